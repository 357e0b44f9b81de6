"""The HermiT reasoner on the CoGov ontology, through owlready2.

owlready2 cannot read Turtle, so the merged ontology (and any individuals) is first written
by rdflib as N-Triples into a temporary folder, loaded into a fresh owlready2 ``World`` and
handed to HermiT, which runs on Java. Without Java these functions raise
:class:`ReasonerUnavailable`, whose message says what still works: the quality checks,
export, validation and the SPARQL classification rules need no Java.

- :func:`check_consistency` -- is the ontology consistent, which classes are unsatisfiable.
- :func:`classify_individuals` -- the named classes HermiT infers for each individual of an
  rdflib graph (for example cases with asserted ``cogov:hasFormalization`` values), to check
  the SPARQL rules against the defined classes of Table 1 and the modes.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from cogov.errors import EXIT_VIOLATIONS, BackendError, CogovError

WITHOUT_JAVA = (
    "Without Java everything except the reasoner still works: `cogov ontology check "
    "--no-reasoner` (the quality checks), `cogov ontology export`, loading, validating and "
    "classifying cases with the SPARQL rules, and the questions. Install a Java runtime "
    "(version 8 or later, for example Debian's default-jre-headless) to run HermiT."
)


class ReasonerUnavailable(BackendError):
    """Java (needed by HermiT) is missing or could not start."""


class InconsistentError(CogovError):
    """HermiT found the ontology, or the ontology with some individuals, inconsistent."""

    exit_code = EXIT_VIOLATIONS


@dataclass
class ConsistencyReport:
    """What HermiT says about an ontology."""

    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)  # class IRIs, sorted
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable


def java_executable() -> str:
    """The Java command owlready2 will run; :class:`ReasonerUnavailable` when there is none."""
    import owlready2

    java = shutil.which(owlready2.JAVA_EXE)
    if java is None:
        raise ReasonerUnavailable(
            f"the HermiT reasoner needs Java, and no Java runtime was found "
            f"(looked for {owlready2.JAVA_EXE!r}). {WITHOUT_JAVA}"
        )
    return java


def _ontology_graph(ontology: Graph | None) -> Graph:
    if ontology is not None:
        return ontology
    from cogov.ontology import merged_graph

    return merged_graph(canonical=False)


def _without_imports(graph: Graph) -> Graph:
    """owlready2 would try to fetch owl:imports; the merged graph already holds them."""
    if (None, OWL.imports, None) not in graph:
        return graph
    copy = Graph()
    for triple in graph:
        if triple[1] != OWL.imports:
            copy.add(triple)
    return copy


def _run_hermit(graphs: list[Graph]) -> tuple[Any, bool]:
    """Load ``graphs`` into a fresh World and run HermiT; return (world, consistent)."""
    import owlready2

    java_executable()
    world = owlready2.World()
    with tempfile.TemporaryDirectory(prefix="cogov-hermit-") as tmp:
        for n, graph in enumerate(graphs):
            path = Path(tmp) / f"part-{n}.nt"
            _without_imports(graph).serialize(path, format="nt", encoding="utf-8")
            onto = world.get_ontology(f"https://w3id.org/cogov/reasoner-input/{n}")
            with open(path, "rb") as handle:
                onto.load(fileobj=handle, format="ntriples")
        # owlready2 leaves its temporary file behind when HermiT finds an inconsistency:
        # make it write into our folder, which goes away in any case
        saved_tempdir = tempfile.tempdir
        tempfile.tempdir = tmp
        try:
            owlready2.sync_reasoner_hermit(
                world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
            )
        except owlready2.OwlReadyInconsistentOntologyError:
            return world, False
        except owlready2.OwlReadyJavaError as err:
            raise BackendError(f"HermiT failed: {err}") from None
        except FileNotFoundError as err:  # Java vanished between the check and the run
            raise ReasonerUnavailable(f"Java could not be started ({err}). {WITHOUT_JAVA}")
        finally:
            tempfile.tempdir = saved_tempdir
    return world, True


def check_consistency(ontology: Graph | None = None) -> ConsistencyReport:
    """Run HermiT on ``ontology`` (default: the merged bundled ontology)."""
    start = time.perf_counter()
    world, consistent = _run_hermit([_ontology_graph(ontology)])
    unsatisfiable: list[str] = []
    if consistent:
        unsatisfiable = sorted(
            c.iri for c in world.inconsistent_classes() if c.iri != str(OWL.Nothing)
        )
    world.close()
    return ConsistencyReport(
        consistent=consistent,
        unsatisfiable=unsatisfiable,
        seconds=time.perf_counter() - start,
    )


def classify_individuals(
    individuals: Graph, ontology: Graph | None = None
) -> dict[str, frozenset[str]]:
    """Each individual of ``individuals`` -> every named class HermiT places it in.

    The individuals are the IRI subjects of ``individuals``; the classes include asserted and
    inferred ones and their superclasses, without ``owl:Thing``. Raises
    :class:`InconsistentError` when the individuals contradict the ontology.
    """
    import owlready2

    subjects = sorted({s for s in individuals.subjects() if isinstance(s, URIRef)}, key=str)
    world, consistent = _run_hermit([_ontology_graph(ontology), individuals])
    if not consistent:
        world.close()
        raise InconsistentError(
            "HermiT found the individuals inconsistent with the ontology (for example a "
            "case in two disjoint classes, or two values of a functional property)"
        )
    result: dict[str, frozenset[str]] = {}
    for iri in subjects:
        entity = world[str(iri)]
        if not isinstance(entity, owlready2.Thing):
            continue
        classes = {
            c.iri
            for c in entity.INDIRECT_is_a
            if isinstance(c, owlready2.ThingClass) and c is not owlready2.Thing
        }
        result[str(iri)] = frozenset(classes)
    world.close()
    return result
