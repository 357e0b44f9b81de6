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

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
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
    added: bytes  # N-Triples of the triples the rules added
    warnings: list[Problem] = field(default_factory=list)
    threshold: int = DEFAULT_THRESHOLD

    @cached_property
    def graph(self) -> Any:
        """The added triples as an rdflib graph (built on first use: only Turtle needs it)."""
        import rdflib

        graph = rdflib.Graph()
        graph.bind("cogov", "https://w3id.org/cogov#")
        graph.parse(data=self.added, format="nt")
        return graph


def rule_files() -> list[Path]:
    """The rule files, in the order they run."""
    files = sorted((data_dir("queries") / "rules").glob("*.rq"))
    if not files:
        raise ResourceError("no classification rules found in queries/rules/")
    return files


@cache
def _rule_text(path: Path) -> str:
    """A rule's text; its header (:mod:`cogov.query_header`) must name it as its file does."""
    from cogov.query_header import read_fields

    text = path.read_text(encoding="utf-8")
    named = read_fields(text).get("name")
    if not named or named[-1][:1] != [path.stem.split("-", 1)[-1]]:
        raise ResourceError(f"{path.name}: the header must name the rule (# name: ...)")
    return text


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


def classification_rows(backend: Backend, *, lang: str = "en") -> list[dict[str, Any]]:
    """One row per classified case (the ``case-classification`` question), the names in
    ``lang``."""
    from cogov.queries import run_question

    return run_question("case-classification", backend, {}, lang=lang)


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
    data: Any,
    *,
    threshold: int = DEFAULT_THRESHOLD,
    ontology: Any | None = None,
    backend: Backend | None = None,
    lang: str = "en",
) -> Classification:
    """Classify cases: prepared cases (:class:`cogov.pipeline.Prepared`), N-Triples bytes or an
    rdflib graph, in memory unless a backend is given; the names in ``lang``."""
    from cogov.pipeline import load

    backend = backend or OxigraphBackend()
    load(backend, data, ontology=ontology, threshold=threshold)
    rows = classification_rows(backend, lang=lang)
    files = getattr(data, "files", None)
    return Classification(
        rows=rows,
        added=backend.construct(CLASSIFICATION_TRIPLES),
        warnings=warnings_of(rows, files),
        threshold=threshold,
    )
