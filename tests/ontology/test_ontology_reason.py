"""``cogov ontology reason``: what HermiT infers and is not asserted, as sorted Turtle."""

from __future__ import annotations

import shutil
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from cogov.cli import main
from cogov.errors import EXIT_OK, EXIT_VIOLATIONS
from cogov.reasoner import infer, sorted_turtle

needs_java = pytest.mark.skipif(
    shutil.which(owlready2.JAVA_EXE) is None,
    reason="no Java runtime: HermiT cannot run (Debian: apt-get install default-jre-headless)",
)

FIXTURE = Path(__file__).parent / "fixtures" / "reasoner" / "inferred-subclass.ttl"
INCONSISTENT = Path(__file__).parent / "fixtures" / "extension" / "ext-inconsistent.ttl"
EX = Namespace("https://example.org/infer#")


@needs_java
def test_reason_writes_only_the_inferred_triples(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    target = tmp_path / "inferred.ttl"
    assert main(["ontology", "reason", "--ontology", str(FIXTURE), "-o", str(target)]) == EXIT_OK
    assert "2 inferred subclasses and 1 inferred type" in capsys.readouterr().err
    inferred = Graph().parse(target, format="turtle")
    # from the equivalentClass definition of ex:GovernmentCollaboration
    assert (EX.TwoGovernmentCollaboration, RDFS.subClassOf, EX.GovernmentCollaboration) in inferred
    assert (EX.GovernmentCollaboration, RDFS.subClassOf, EX.Collaboration) in inferred
    assert (EX["case-1"], RDF.type, EX.GovernmentCollaboration) in inferred
    # nothing that is asserted
    asserted = Graph().parse(FIXTURE, format="turtle")
    assert not set(inferred) & set(asserted)
    assert (EX.TwoGovernmentCollaboration, RDFS.subClassOf, EX.Collaboration) not in inferred
    assert (EX.Government, RDFS.subClassOf, EX.Actor) not in inferred
    assert len(inferred) == 3
    # sorted by subject, and the same bytes on a second run
    text = target.read_text(encoding="utf-8")
    subjects = [line.split()[0] for line in text.splitlines() if line.startswith("ex:")]
    assert subjects == sorted(subjects)
    again = tmp_path / "again.ttl"
    assert main(["ontology", "reason", "--ontology", str(FIXTURE), "-o", str(again)]) == EXIT_OK
    assert again.read_bytes() == target.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.ttl", "inferred.ttl"]


@needs_java
def test_reason_on_an_inconsistent_ontology_exits_1(capsys: pytest.CaptureFixture) -> None:
    assert main(["ontology", "reason", "--ontology", str(INCONSISTENT)]) == EXIT_VIOLATIONS
    assert "inconsistent" in capsys.readouterr().err


@needs_java
def test_infer_returns_a_graph() -> None:
    report = infer(Graph().parse(FIXTURE, format="turtle"))
    assert report.subclass_count == 2 and report.type_count == 1
    assert report.unsatisfiable == []


def test_sorted_turtle_is_sorted_and_parses() -> None:
    graph = Graph()
    graph.add((EX.b, RDFS.subClassOf, EX.a))
    graph.add((EX.a, RDFS.subClassOf, URIRef("https://other.example/x/y")))
    graph.add((EX["c-1"], RDF.type, EX.b))
    graph.add((EX["c-1"], RDF.type, EX.a))
    prefixes = {"ex": str(EX), "rdfs": str(RDFS), "unused": "https://unused.example/"}
    text = sorted_turtle(graph, prefixes, "A comment.")
    assert text == (
        "# A comment.\n\n"
        "@prefix ex: <https://example.org/infer#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\n"
        "ex:a rdfs:subClassOf <https://other.example/x/y> .\n\n"
        "ex:b rdfs:subClassOf ex:a .\n\n"
        "ex:c-1 a ex:a , ex:b .\n"
    )
    assert set(Graph().parse(data=text, format="turtle")) == set(graph)
