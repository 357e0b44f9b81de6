"""Classify cases into Table 1's types and the modes by running ``queries/rules/*.rq``.

The rules are SPARQL ``CONSTRUCT`` files, run in file-name order; each step's triples are
added to the data before the next step runs, so other tools can run the same files. They read
the ontology's code lists (which mechanism is formal), so the ontology is loaded alongside
the data. The Python here only orders the steps, binds the threshold and reads the result.

>>> from cogov.backends import open_backend
>>> [path.name for path in rule_files()][:2]
['10-derived-formalization.rq', '20-derived-activity-level.rq']
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from cogov.backends import Backend, OxigraphBackend
from cogov.errors import Problem, ResourceError, UsageError
from cogov.resources import data_dir

DEFAULT_THRESHOLD = 3

#: the triples the rules add, for ``--format ttl``
CLASSIFICATION_TRIPLES = """
PREFIX cogov: <https://w3id.org/cogov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
CONSTRUCT { ?case ?p ?o . ?o ?p2 ?o2 . }
WHERE {
  ?case a cogov:LocalGovernmentCollaboration .
  {
    ?case ?p ?o .
    VALUES ?p {
      cogov:derivedFormalization cogov:formalizedBy cogov:derivedActivityLevel
      cogov:countedActivity cogov:activityThreshold cogov:hasFormalization
      cogov:hasActivityLevel cogov:hasOverride cogov:caseName
    }
  }
  UNION
  { ?case cogov:hasOverride ?o . ?o ?p2 ?o2 . }
  UNION
  {
    ?case a ?o .
    VALUES ?o {
      cogov:SporadicCollaboration cogov:NormativeCollaboration cogov:SymbolicCollaboration
      cogov:InstitutionalisedCollaboration cogov:VoluntaryCollaboration
      cogov:MandatedAutonomousCollaboration cogov:PreemptedCollaboration
      cogov:UnclassifiedCollaboration cogov:ModeNotReportedCollaboration
    }
    BIND (rdf:type AS ?p)
  }
}
"""

#: the columns of ``cogov classify``, in order (the contract's six first)
COLUMNS = (
    "id",
    "formalization",
    "activity_level",
    "type",
    "type_name",
    "mode",
    "derived_formalization",
    "derived_activity_level",
    "activity_threshold",
    "formalized_by",
    "counted_activities",
    "warnings",
    "name",
)


@dataclass
class Classification:
    """The result of :func:`classify`: one row per case, the added triples, the warnings."""

    rows: list[dict[str, Any]]
    graph: Any  # rdflib.Graph of the triples the rules added
    warnings: list[Problem] = field(default_factory=list)
    threshold: int = DEFAULT_THRESHOLD


def rule_files() -> list[Path]:
    """The rule files, in the order they run."""
    files = sorted((data_dir("queries") / "rules").glob("*.rq"))
    if not files:
        raise ResourceError("no classification rules found in queries/rules/")
    return files


@cache
def _rule_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def check_threshold(threshold: int) -> int:
    """A threshold is a whole number of at least 1."""
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise UsageError(
            f"the activity threshold must be a whole number of at least 1, not {threshold!r}"
        )
    return threshold


def run_rules(
    backend: Backend,
    *,
    threshold: int = DEFAULT_THRESHOLD,
    graph: str | None = None,
    on_step: Callable[[str, float], None] | None = None,
) -> dict[str, int | None]:
    """Run every rule over ``graph`` of ``backend``; triples each step added (None: unknown).

    ``on_step(name, seconds)`` is called after each step (the benchmark times them so).
    """
    bindings = {"threshold": ox.Literal(check_threshold(threshold))}
    added = {}
    for path in rule_files():
        text = _rule_text(path)
        wanted = {k: v for k, v in bindings.items() if f"?{k}" in text}
        start = time.perf_counter()
        added[path.stem] = backend.apply_construct(text, wanted, graph)
        if on_step is not None:
            on_step(path.stem, time.perf_counter() - start)
    return added


def ontology_graph() -> Any:
    """The merged ontology (imported lazily: the ontology module is a sibling's work)."""
    try:
        from cogov.ontology import load_ontology
    except ImportError as err:  # pragma: no cover - only before the ontology module exists
        raise ResourceError("the ontology module of cogov is missing") from err
    return load_ontology()


def load_dataset(
    backend: Backend,
    data: Iterable[Any] | Any,
    *,
    ontology: Any | None = None,
    threshold: int = DEFAULT_THRESHOLD,
) -> None:
    """Put the data, the ontology and the classification into ``backend``, all or nothing.

    ``data`` is an rdflib graph, or N-Triples bytes. Backends that keep data (a store folder,
    an endpoint) assemble everything in a new named graph and then publish it by switching one
    pointer triple in one small transaction (see :meth:`Backend.publish`): a failure half-way
    leaves the previous dataset in place, and readers never see a half-loaded one.
    """
    check_threshold(threshold)
    ontology = ontology_graph() if ontology is None else ontology
    target = backend.new_dataset_graph() if backend.needs_staging else None
    try:
        backend.load_graph(ontology, target)
        if isinstance(data, bytes):
            backend.load_rdf(data, "nt", target)
        else:
            backend.load_graph(data, target)
        run_rules(backend, threshold=threshold, graph=target)
        if target:
            backend.publish(target)
    except BaseException:
        if target:
            with contextlib.suppress(Exception):  # the first error is the one to report
                backend.drop(target)
        raise


def classification_rows(backend: Backend) -> list[dict[str, Any]]:
    """One row per classified case (the ``case-classification`` question)."""
    from cogov.queries import run_question

    return run_question("case-classification", backend, {})


def warnings_of(
    rows: Iterable[dict[str, Any]], files: dict[str, str] | None = None
) -> list[Problem]:
    """A warning for every coder judgement that overrode a derived value."""
    problems = []
    for row in rows:
        for text in filter(None, (row.get("warnings") or "").split("; ")):
            field_name = "formalization" if "formalization" in text else "activity_level"
            problems.append(
                Problem(
                    file=(files or {}).get(row["id"]),
                    case=row["id"],
                    field=field_name,
                    severity="warning",
                    message=text,
                )
            )
    return problems


def classify(
    graph: Any,
    *,
    threshold: int = DEFAULT_THRESHOLD,
    ontology: Any | None = None,
    backend: Backend | None = None,
) -> Classification:
    """Classify the cases of an rdflib graph (in memory unless a backend is given)."""
    import rdflib

    backend = backend or OxigraphBackend()
    load_dataset(backend, graph, ontology=ontology, threshold=threshold)
    rows = classification_rows(backend)
    added = rdflib.Graph()
    added.parse(data=backend.construct(CLASSIFICATION_TRIPLES), format="nt")
    added.bind("cogov", "https://w3id.org/cogov#")
    return Classification(rows=rows, graph=added, warnings=warnings_of(rows), threshold=threshold)


@dataclass(frozen=True)
class SkippedCase:
    """A case ``lenient`` left out: where it is, its id and why."""

    file: str | None
    row: int | None
    line: int | None
    id: str | None
    reasons: tuple[str, ...]

    def as_text(self) -> str:
        where = Problem(file=self.file, message="", row=self.row, line=self.line, case=self.id)
        return f"{where.where()}: {'; '.join(self.reasons)}"


@dataclass
class PreparedData:
    """Validated case data ready to classify: the graph of the good cases, and what was left."""

    graph: Any  # rdflib.Graph
    case_count: int
    problems: list[Problem]
    skipped: list[str] = field(default_factory=list)  # the ids of the cases left out
    files: dict[str, str] = field(default_factory=dict)  # case id -> file
    left_out: list[SkippedCase] = field(default_factory=list)  # every case left out, in order


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


def read_valid(paths: Iterable[str], *, lenient: bool = False, lang: str = "en") -> PreparedData:
    """Read and validate case files; only valid data comes back.

    Without ``lenient``, any error stops with :class:`InvalidDataError` (exit 1), whose text
    lists the validation messages. With ``lenient``, exactly the cases with errors are left out
    (all the cases sharing an id, each named) and described in ``left_out``; an error that
    belongs to no case (a broken header) still stops, and so does data of which no case is
    left.
    """
    from cogov.errors import InvalidDataError
    from cogov.loaders import load_files
    from cogov.loaders.rdf import case_iri, cases_to_graph
    from cogov.validation import validate

    dataset = load_files(list(paths))
    report = validate(dataset, lang=lang)
    problems = list(report.problems)
    files = {c.id: c.file for c in dataset.cases if c.id}
    if report.conforms:
        return PreparedData(dataset.graph(), len(dataset.cases), problems, [], files)
    errors = report.errors
    owners = {n: _owners(p, dataset.cases) for n, p in enumerate(errors)}
    unplaced = [p for n, p in enumerate(errors) if not owners[n]]
    if not lenient or unplaced:
        raise InvalidDataError(
            "the data does not validate; nothing was classified",
            unplaced if lenient else errors + report.warnings,
            hint="" if lenient else " (lenient=True skips the invalid cases)",
            cli_hint="" if lenient else " (use --lenient to skip the invalid cases)",
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
        raise InvalidDataError(
            f"no valid case is left: all {len(bad)} case(s) have errors; nothing was classified",
            errors,
        )
    graph = cases_to_graph([c for c in kept if c.file not in dataset.rdf_graphs], dataset.base)
    doomed = {str(c.iri or case_iri(c.id, dataset.base)) for c in bad if c.id is not None}
    starts = tuple(p + "/" for p in doomed)
    for rdf_graph in dataset.rdf_graphs.values():  # RDF as written, without the bad cases
        graph.addN(
            (s, p, o, graph)
            for s, p, o in rdf_graph
            if not (str(s) in doomed or str(s).startswith(starts))
        )
    skipped = sorted({c.id for c in bad if c.id is not None})
    return PreparedData(graph, len(kept), problems, skipped, files, left_out)
