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
    assert list(merged.subjects(RDF.type, OWL.Ontology)) == [URIRef(ONTOLOGY_IRI)]
    assert (None, OWL.imports, None) not in merged
    # every term of every module is there: only module headers and imports were left out
    modules = {m for m in closure.graph.subjects(RDF.type, OWL.Ontology)}
    header_triples = sum(
        1 for s, p, _ in closure.graph if s in modules - {URIRef(ONTOLOGY_IRI)} or p == OWL.imports
    )
    assert len(merged) >= len(closure.graph) - header_triples - 50  # a few bnode header parts
    for term in closure.graph.subjects(RDF.type, OWL.Class):
        if isinstance(term, URIRef):
            assert (term, RDF.type, OWL.Class) in merged


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
