"""The one path every command takes: read → validate → keep the valid cases → N-Triples → a store.

:func:`read_valid` reads and validates case files and keeps the cases that may be used
(all of them, or with ``lenient`` the valid ones); :class:`Prepared` holds them and writes
them once as N-Triples text, which :func:`load` puts into any backend with the ontology and
the classification rules. No rdflib graph is built on the way: :attr:`Prepared.graph` builds
one only for an output that needs rdflib (the actors' network).

>>> from cogov.resources import data_dir
>>> prepared = read_valid([data_dir("data") / "paper-cases.yaml"])
>>> prepared.case_count > 5, prepared.ntriples().startswith(b"<https://w3id.org/cogov/case/")
(True, True)
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from cogov.errors import InvalidDataError, Problem
from cogov.messages import both, text
from cogov.resources import DEFAULT_CASE_BASE


@dataclass(frozen=True)
class SkippedCase:
    """A case ``lenient`` left out: where it is, its id and why."""

    file: str | None
    row: int | None
    line: int | None
    id: str | None
    reasons: tuple[str, ...]

    def as_text(self, lang: str = "en") -> str:
        where = Problem(file=self.file, message="", row=self.row, line=self.line, case=self.id)
        return f"{where.where(lang)}{text(lang, 'colon')}{text(lang, 'sep').join(self.reasons)}"


@dataclass
class Prepared:
    """Valid case data ready for a backend: the cases kept, and what was said about the rest."""

    cases: list[Any]
    problems: list[Problem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # case id -> file
    base: str = DEFAULT_CASE_BASE
    # RDF input (Turtle, JSON-LD) kept as written, the skipped cases taken out
    rdf_graphs: dict[str, Any] = field(default_factory=dict, repr=False)
    left_out: list[SkippedCase] = field(default_factory=list)  # every case left out, in order

    @property
    def case_count(self) -> int:
        return len(self.cases)

    def ntriples(self) -> bytes:
        """The cases as N-Triples (one mapping: :mod:`cogov.loaders.ntriples`), written once."""
        return b"".join(self._chunks)

    def ntriples_chunks(self) -> list[bytes]:
        """The same text in chunks of cases (what a store loads, one chunk at a time)."""
        return self._chunks

    @cached_property
    def _chunks(self) -> list[bytes]:
        from cogov.loaders.ntriples import ntriples_chunks

        own = [c for c in self.cases if c.file not in self.rdf_graphs]
        chunks = list(ntriples_chunks(own, self.base))
        chunks += [g.serialize(format="nt", encoding="utf-8") for g in self.rdf_graphs.values()]
        return chunks

    @cached_property
    def graph(self) -> Any:
        """The cases as an rdflib graph, for outputs that need rdflib."""
        from rdflib import Graph

        from cogov.resources import DATA_PREFIXES

        graph = Graph()
        for prefix, namespace in DATA_PREFIXES.items():
            graph.bind(prefix, namespace, override=True, replace=True)
        graph.parse(data=self.ntriples(), format="nt")
        return graph


def read_valid(
    paths: Iterable[str | os.PathLike[str]],
    *,
    lenient: bool = False,
    lang: str = "en",
    engine: str = "auto",
    workers: int | None = None,
) -> Prepared:
    """Read and validate case files; only valid data comes back.

    Without ``lenient``, any error stops with :class:`InvalidDataError` (exit 1), whose text
    lists the validation messages. With ``lenient``, exactly the cases with errors are left out
    (all the cases sharing an id, each named) and described in ``left_out``; an error that
    belongs to no case (a broken header) still stops, and so does data of which no case is
    left.
    """
    from cogov.loaders import load_files

    dataset = load_files(list(paths))
    return keep_valid(dataset, lenient=lenient, lang=lang, engine=engine, workers=workers)


def keep_valid(
    dataset: Any,
    *,
    lenient: bool = False,
    lang: str = "en",
    engine: str = "auto",
    workers: int | None = None,
    report: Any = None,
) -> Prepared:
    """Validate a read :class:`cogov.loaders.Dataset` (unless its ``report`` is given) and keep
    the cases that may be used, as :func:`read_valid` says."""
    from cogov.validation import validate

    if report is None:
        report = validate(dataset, lang=lang, engine=engine, workers=workers)
    problems = list(report.problems)
    files = {c.id: c.file for c in dataset.cases if c.id}
    if report.conforms:
        return Prepared(list(dataset.cases), problems, [], files, dataset.base,
                        dict(dataset.rdf_graphs))  # fmt: skip
    errors = report.errors
    owners = {n: _owners(p, dataset.cases) for n, p in enumerate(errors)}
    unplaced = [p for n, p in enumerate(errors) if not owners[n]]
    if not lenient or unplaced:
        english, chinese = both("data_invalid")
        raise InvalidDataError(
            english,
            unplaced if lenient else errors + report.warnings,
            hint="" if lenient else "hint_lenient_python",
            cli_hint="" if lenient else "hint_lenient_cli",
            message_zh=chinese,
        )
    reasons: dict[int, list[str]] = {}
    for n, problem in enumerate(errors):
        for case in owners[n]:
            text = f"{problem.field}: " if problem.field else ""
            reasons.setdefault(id(case), []).append(text + problem.message_in(lang))
    bad = [c for c in dataset.cases if id(c) in reasons]
    left_out = [
        SkippedCase(c.file, c.row, c.line, c.id, tuple(dict.fromkeys(reasons[id(c)]))) for c in bad
    ]
    kept = [c for c in dataset.cases if id(c) not in reasons]
    if not kept:
        english, chinese = both("no_valid_case", n=len(bad))
        raise InvalidDataError(english, errors, message_zh=chinese)
    rdf_graphs = {
        name: _without_cases(graph, [c for c in bad if c.file == name], dataset.base)
        for name, graph in dataset.rdf_graphs.items()
    }
    skipped = sorted({c.id for c in bad if c.id is not None})
    return Prepared(kept, problems, skipped, files, dataset.base, rdf_graphs, left_out)


def _owners(problem: Problem, cases: list[Any]) -> list[Any]:
    """The cases a problem is about: by id, narrowed by file and by row or line (two cases may
    share an id); a problem without an id belongs to the case at its row or line, if any."""
    found = [c for c in cases if problem.file is None or c.file == problem.file]
    if problem.case:
        found = [c for c in found if c.id == problem.case]
        if len(found) < 2:
            return found
    if problem.row is not None:
        return [c for c in found if c.row == problem.row] or (found if problem.case else [])
    if problem.line is not None:
        starts = [c for c in found if c.line is not None and c.line <= problem.line]
        if starts:
            last = max(c.line for c in starts)
            return [c for c in starts if c.line == last]
    return found if problem.case else []


def _without_cases(graph: Any, cases: list[Any], base: str) -> Any:
    """A copy of an RDF file's graph without the given cases and what hangs below their IRIs."""
    from rdflib import Graph

    from cogov.loaders.rdf import case_iri

    if not any(c.id is not None for c in cases):
        return graph
    prefixes = tuple(str(c.iri or case_iri(c.id, base)) for c in cases if c.id is not None)
    below = tuple(p + "/" for p in prefixes)
    kept = Graph()
    kept += (t for t in graph if not (str(t[0]) in prefixes or str(t[0]).startswith(below)))
    return kept


@cache
def ontology_ntriples() -> bytes:
    """The ontology's import closure as N-Triples: the wheel ships it pre-serialised (written
    at build time by ``hatch_build.py``); a checkout serialises the Turtle once per process."""
    from cogov.resources import data_dir

    packaged = data_dir("ontology") / CLOSURE_FILE
    if packaged.is_file():
        return packaged.read_bytes()
    from cogov.ontology import load_ontology

    data: bytes = load_ontology().serialize(format="nt", encoding="utf-8")
    return data


#: the pre-serialised closure's file name inside the wheel's ontology folder
CLOSURE_FILE = "cogov-closure.nt"


def load(
    backend: Any,
    data: Prepared | bytes | Any | None,
    *,
    threshold: int | None = None,
    ontology: bytes | Any | None = None,
) -> None:
    """Put the data, the ontology and the classification into ``backend``, all or nothing.

    ``data`` is prepared cases, N-Triples bytes, an rdflib graph, or None (the ontology
    alone); ``ontology`` replaces the bundled ontology (N-Triples bytes or an rdflib graph).
    Backends that keep data (a store folder, an endpoint) get the classified dataset in a new
    named graph, published by switching one pointer triple in one small transaction (see
    :meth:`cogov.backends.Backend.publish`): a failure half-way leaves the previous dataset in
    place, and readers never see a half-loaded one.
    """
    from cogov.backends import OxigraphBackend
    from cogov.classification import DEFAULT_THRESHOLD, check_threshold, run_rules

    threshold = check_threshold(DEFAULT_THRESHOLD if threshold is None else threshold)
    memory = backend if not backend.needs_staging else OxigraphBackend()
    memory.load_rdf(_nt(ontology_ntriples() if ontology is None else ontology), "nt")
    for payload in data.ntriples_chunks() if isinstance(data, Prepared) else [_nt(data)]:
        if payload:
            memory.load_rdf(payload, "nt")
    run_rules(memory, threshold=threshold)
    if memory is backend:
        return
    # A store folder or an endpoint gets the classified dataset in one load into a new
    # graph, published by switching one pointer: the rules ran in memory, where they are
    # fastest, and nothing reached the store if they failed.
    classified = memory.dump()
    memory.close()
    target = backend.new_dataset_graph()
    try:
        backend.load_rdf(classified, "nt", target)
        backend.publish(target)
    except BaseException:
        with contextlib.suppress(Exception):  # the first error is the one to report
            backend.drop(target)
        raise


def _nt(data: Prepared | bytes | Any | None) -> bytes:
    """N-Triples bytes of prepared cases or of an rdflib graph (tests and tools build graphs)."""
    if data is None:
        return b""
    if isinstance(data, Prepared):
        return data.ntriples()
    if isinstance(data, bytes):
        return data
    text: bytes = data.serialize(format="nt", encoding="utf-8")
    return text
