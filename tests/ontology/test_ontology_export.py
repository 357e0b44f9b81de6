"""Export: the merged ontology in four formats, each parsing back to the same graph."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF

from cogov.errors import UsageError
from cogov.ontology import (
    FORMATS,
    LoadedOntology,
    _label_tree_bnodes,
    export,
    merged_graph,
    parse_export,
    serialize,
)
from cogov.resources import ONTOLOGY_IRI


@pytest.fixture(scope="module")
def exported(merged: Graph) -> dict[str, bytes]:
    return {fmt: serialize(merged, fmt) for fmt in FORMATS}


def test_merged_ontology_is_one_ontology_without_imports(
    merged: Graph, closure: LoadedOntology
) -> None:
    top = URIRef(ONTOLOGY_IRI)
    assert list(merged.subjects(RDF.type, OWL.Ontology)) == [top]
    assert (None, OWL.imports, None) not in merged
    # every other triple of every module is there: only module headers and imports went
    modules = set(closure.graph.subjects(RDF.type, OWL.Ontology)) - {top}
    expected = {t for t in _ground(closure.graph) if t[0] not in modules and t[1] != OWL.imports}
    assert _ground(merged) == expected
    assert len(merged) == len(closure.graph) - sum(
        1 for s, p, _ in closure.graph if s in modules or p == OWL.imports
    )


def test_identical_restrictions_in_two_places_keep_two_blank_nodes() -> None:
    data = """@prefix : <https://w3id.org/cogov#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    :A rdfs:subClassOf [ a owl:Restriction ; owl:onProperty :p ; owl:someValuesFrom :C ] .
    :B rdfs:subClassOf [ a owl:Restriction ; owl:onProperty :p ; owl:someValuesFrom :C ] ."""
    graph = Graph().parse(data=data, format="turtle")
    named = _label_tree_bnodes(graph)
    assert named is not None and len(named) == len(graph) == 8
    assert isomorphic(named, graph)
    again = _label_tree_bnodes(Graph().parse(data=data, format="turtle"))
    assert set(again) == set(named)  # same names from a fresh parse


def test_shared_blank_node_falls_back_to_rdflib_canonical_form() -> None:
    data = """@prefix : <https://w3id.org/cogov#> .
    :A :p _:shared . :B :p _:shared . _:shared :q :C ."""
    graph = Graph().parse(data=data, format="turtle")
    assert _label_tree_bnodes(graph) is None
    loaded = LoadedOntology(graph=graph, top=URIRef(ONTOLOGY_IRI))
    first = serialize(merged_graph(loaded), "nt")
    second = serialize(
        merged_graph(
            LoadedOntology(
                graph=Graph().parse(data=data, format="turtle"), top=URIRef(ONTOLOGY_IRI)
            )
        ),
        "nt",
    )
    assert first == second
    assert isomorphic(parse_export(first, "nt"), graph)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_round_trips(fmt: str, merged: Graph, exported: dict[str, bytes]) -> None:
    back = parse_export(exported[fmt], fmt)
    assert len(back) == len(merged)
    # triples without blank nodes compare directly; the rest after naming each blank node
    # after its content and place (what rdflib's isomorphic() does, only much faster here)
    assert _ground(back) == _ground(merged)
    assert set(_label_tree_bnodes(back)) == set(_label_tree_bnodes(merged))


def test_stable_blank_node_names_agree_with_rdflib_isomorphism(merged: Graph) -> None:
    back = parse_export(serialize(merged, "ttl"), "ttl")
    assert isomorphic(back, merged)


def _ground(graph: Graph) -> set[tuple]:
    return {t for t in graph if not any(isinstance(x, BNode) for x in t)}


def test_export_is_deterministic_across_processes(exported: dict[str, bytes]) -> None:
    code = (
        "import sys; from cogov.ontology import export; "
        "sys.stdout.buffer.write(export(sys.argv[1]))"
    )
    for fmt in ("ttl", "nt"):
        env = dict(os.environ, PYTHONHASHSEED="12345")
        other = subprocess.run(
            [sys.executable, "-c", code, fmt], capture_output=True, check=True, env=env
        ).stdout
        assert other == exported[fmt], f"{fmt} export differs between two runs"


def test_turtle_export_uses_the_cogov_prefix(exported: dict[str, bytes]) -> None:
    text = exported["ttl"].decode("utf-8")
    assert "@prefix cogov: <https://w3id.org/cogov#> ." in text
    assert "cogov:SporadicCollaboration" in text


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="ttl, owl, jsonld, nt"):
        export("rdfa")
