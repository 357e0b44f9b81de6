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
- :func:`infer` -- the subclass and type assertions HermiT infers that are not asserted
  already (``cogov ontology reason``).
"""

from __future__ import annotations

import re
import shutil
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

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
            raise ReasonerUnavailable(
                f"Java could not be started ({err}). {WITHOUT_JAVA}"
            ) from None
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


#: where owlready2 puts what HermiT infers
_INFERENCES = "http://inferrences/"


@dataclass
class InferenceReport:
    """What :func:`infer` found: the inferred triples, and the classes that can have no member."""

    graph: Graph
    unsatisfiable: list[str] = field(default_factory=list)  # class IRIs, sorted
    seconds: float = 0.0

    @property
    def subclass_count(self) -> int:
        return len(set(self.graph.triples((None, RDFS.subClassOf, None))))

    @property
    def type_count(self) -> int:
        return len(set(self.graph.triples((None, RDF.type, None))))


def infer(ontology: Graph | None = None) -> InferenceReport:
    """The ``rdfs:subClassOf`` and ``rdf:type`` triples HermiT infers and ``ontology`` lacks.

    HermiT classifies the classes and realises the individuals; owlready2 keeps the direct
    superclasses and direct types it finds that no asserted triple states. Triples between
    named entities only, without ``owl:Thing`` and without the equivalences. Raises
    :class:`InconsistentError` when the ontology is inconsistent (nothing can be inferred
    then). Unsatisfiable classes are listed in the report (HermiT makes them equivalent to
    ``owl:Nothing``, which is not written as a subclass).
    """
    start = time.perf_counter()
    source = _ontology_graph(ontology)
    world, consistent = _run_hermit([source])
    if not consistent:
        world.close()
        raise InconsistentError(
            "HermiT found the ontology inconsistent: nothing can be inferred from it; "
            "run `cogov ontology check` to see the problem"
        )
    wanted = {str(RDFS.subClassOf): RDFS.subClassOf, str(RDF.type): RDF.type}
    skipped = {str(OWL.Thing), str(OWL.Nothing), str(OWL.Ontology), str(OWL.NamedIndividual)}
    inferred = Graph()
    for s, p, o in world.get_ontology(_INFERENCES).get_triples():
        if not isinstance(s, int) or not isinstance(o, int) or s < 0 or o < 0:
            continue  # a literal or a blank node
        predicate = wanted.get(world._unabbreviate(p))
        subject, obj = world._unabbreviate(s), world._unabbreviate(o)
        if predicate is None or obj in skipped or subject == obj:
            continue
        triple = (URIRef(subject), predicate, URIRef(obj))
        if triple not in source:
            inferred.add(triple)
    unsatisfiable = sorted(c.iri for c in world.inconsistent_classes() if c.iri != str(OWL.Nothing))
    world.close()
    return InferenceReport(
        graph=inferred, unsatisfiable=unsatisfiable, seconds=time.perf_counter() - start
    )


_LOCAL_NAME = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$")


def sorted_turtle(graph: Graph, prefixes: dict[str, str], comment: str = "") -> str:
    """Turtle for a graph of IRIs only, sorted by subject, predicate (``a`` first) and object.

    rdflib's serialiser orders subjects by how often they are referenced; this writer sorts
    them by IRI, so that a diff of two outputs reads like a diff of two sorted lists.
    """

    def name(iri: str) -> str:
        best = None
        for prefix, namespace in prefixes.items():
            local = iri[len(namespace) :]
            fits = iri.startswith(namespace) and (not local or _LOCAL_NAME.match(local))
            if fits and (best is None or len(namespace) > len(prefixes[best])):
                best = prefix
        if best is None:
            return f"<{iri}>"
        used.add(best)
        return f"{best}:{iri[len(prefixes[best]) :]}"

    used: set[str] = set()
    by_subject: dict[str, dict[str, list[str]]] = {}
    for s, p, o in graph:
        if not (isinstance(s, URIRef) and isinstance(o, URIRef)):
            raise TypeError("sorted_turtle writes triples of IRIs only")
        by_subject.setdefault(str(s), {}).setdefault(str(p), []).append(str(o))
    blocks = []
    for subject in sorted(by_subject):
        predicates = by_subject[subject]
        parts = []
        for predicate in sorted(predicates, key=lambda p: (p != str(RDF.type), p)):
            verb = "a" if predicate == str(RDF.type) else name(predicate)
            objects = " , ".join(name(o) for o in sorted(set(predicates[predicate])))
            parts.append(f"{verb} {objects}")
        blocks.append(f"{name(subject)} " + " ;\n    ".join(parts) + " .")
    head = [f"# {line}" for line in textwrap.wrap(comment, 98)] if comment else []
    if head:
        head.append("")
    head += [f"@prefix {prefix}: <{prefixes[prefix]}> ." for prefix in sorted(used)]
    return (
        "\n".join(head)
        + ("\n\n" if used else "\n" if head else "")
        + "\n\n".join(blocks)
        + ("\n" if blocks else "")
    )
