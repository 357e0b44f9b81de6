"""Quality checks of the ontology: every ``queries/qc/*-violation.rq`` file, run in turn.

The file name is the contract (ODK's convention): a ``*-violation.rq`` query returns the
offending terms, so an empty result means the check passes. The runner executes every file
in the folder, so adding a check is adding a file. Each file opens with a comment block; its
first paragraph is the check's title, shown by ``cogov ontology check``.

The queries run on an embedded Oxigraph store (pyoxigraph), which keeps the whole run well
under a second on the CoGov ontology.

>>> results = run_checks()
>>> sorted(r.name for r in results)[:2]
['dangling-subclass', 'duplicate-definition']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from cogov.errors import ResourceError
from cogov.resources import NAMESPACE, SOURCE_BASE, data_dir

SUFFIX = "-violation.rq"

_SHORT = {
    NAMESPACE: "cogov:",
    SOURCE_BASE: "src:",
    "http://www.w3.org/2002/07/owl#": "owl:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://purl.org/dc/terms/": "dcterms:",
    "http://www.w3.org/ns/org#": "org:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://www.w3.org/2006/time#": "time:",
}


@dataclass(frozen=True)
class QCCheck:
    """One check: a SPARQL file and its header comment."""

    name: str  # file name without ``-violation.rq``
    path: Path
    title: str  # first paragraph of the header comment, on one line
    description: str  # the whole header comment
    query: str


@dataclass
class QCResult:
    """What one check found: the offending rows (empty when it passes)."""

    check: QCCheck
    variables: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.check.name

    @property
    def passed(self) -> bool:
        return not self.rows

    def describe_row(self, row: dict[str, str]) -> str:
        """One offending row in plain words: ``term cogov:X, lang zh``."""
        return ", ".join(f"{var} {shorten(row[var])}" for var in self.variables if var in row)


def shorten(value: str) -> str:
    """Write an IRI with its usual prefix (``cogov:Typology``); leave other text alone."""
    for base, prefix in _SHORT.items():
        if value.startswith(base) and " " not in value:
            return prefix + value[len(base) :]
    return value


def list_checks(folder: str | Path | None = None) -> list[QCCheck]:
    """Every ``*-violation.rq`` file of ``queries/qc`` (or ``folder``), sorted by name."""
    folder = Path(folder) if folder is not None else data_dir("queries") / "qc"
    paths = sorted(folder.glob(f"*{SUFFIX}"))
    if not paths:
        raise ResourceError(f"no quality-check queries (*{SUFFIX}) found", file=str(folder))
    checks = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        header: list[str] = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line[1:].strip())
        first_paragraph = []
        for line in header:
            if not line:
                break
            first_paragraph.append(line)
        if not first_paragraph:
            raise ResourceError(
                "a quality-check query must open with a comment saying what it finds",
                file=str(path),
            )
        checks.append(
            QCCheck(
                name=path.name[: -len(SUFFIX)],
                path=path,
                title=" ".join(first_paragraph),
                description="\n".join(header).strip(),
                query=text,
            )
        )
    return checks


def graph_to_store(graph: Graph) -> ox.Store:
    """Copy an rdflib graph into an in-memory Oxigraph store (through N-Triples)."""
    store = ox.Store()
    data = graph.serialize(format="nt", encoding="utf-8")
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


def _text(term: object) -> str:
    if isinstance(term, ox.Literal):
        if term.language:
            return f'"{term.value}"@{term.language}'
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def run_check(check: QCCheck, store: ox.Store) -> QCResult:
    """Run one check on a store."""
    try:
        solutions = store.query(check.query)
    except (SyntaxError, ValueError, OSError) as err:
        raise ResourceError(f"the quality-check query is broken: {err}", file=str(check.path))
    variables = [v.value for v in solutions.variables]
    result = QCResult(check=check, variables=variables)
    for solution in solutions:
        row = {}
        for var in variables:
            value = solution[var]
            if value is not None:
                row[var] = _text(value)
        result.rows.append(row)
    return result


def run_checks(graph: Graph | None = None, *, folder: str | Path | None = None) -> list[QCResult]:
    """Run every check on ``graph`` (default: the bundled ontology, imports included)."""
    if graph is None:
        from cogov.ontology import load_ontology

        graph = load_ontology()
    store = graph_to_store(graph)
    return [run_check(check, store) for check in list_checks(folder)]
