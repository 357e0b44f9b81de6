"""Reuse, proven: another ontology imports CoGov through a catalog and HermiT accepts it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from cogov.ontology import load_ontology
from cogov.resources import NAMESPACE, data_dir

owlready2 = pytest.importorskip("owlready2")

FIXTURES = Path(__file__).parent / "fixtures"
EX = "https://example.org/basin#"


def _reason(world: object) -> None:
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)


@pytest.fixture(params=["release catalog", "source catalog"])
def consumer_closure(request: pytest.FixtureRequest, release_dir: Path) -> Graph:
    catalog = (
        release_dir / "catalog-v001.xml"
        if request.param == "release catalog"
        else data_dir("ontology") / "catalog-v001.xml"
    )
    graph = load_ontology(FIXTURES / "consumer.ttl", catalog=catalog)
    assert (URIRef(NAMESPACE + "LocalGovernmentCollaboration"), None, None) in graph
    return graph


def test_consumer_is_consistent_and_its_individual_is_classified(
    consumer_closure: Graph, owl_world
) -> None:
    world = owl_world(consumer_closure)
    _reason(world)
    case = world[EX + "taihu-symposium"]
    types = {c.iri for c in case.INDIRECT_is_a if hasattr(c, "iri")}
    assert EX + "RiverBasinCollaboration" in types
    assert NAMESPACE + "SporadicCollaboration" in types
    assert NAMESPACE + "VoluntaryCollaboration" in types
    assert NAMESPACE + "NormativeCollaboration" not in types


def test_a_contradiction_in_the_consumer_is_caught(release_dir: Path, owl_world) -> None:
    graph = load_ontology(FIXTURES / "consumer.ttl", catalog=release_dir / "catalog-v001.xml")
    graph.add(
        (
            URIRef(EX + "taihu-symposium"),
            URIRef(NAMESPACE + "hasFormalization"),
            URIRef(NAMESPACE + "formalization-high"),
        )
    )
    world = owl_world(graph)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _reason(world)
