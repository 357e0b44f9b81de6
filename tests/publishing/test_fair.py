"""FAIR metadata on the ontology header: what FOOPS! looks for, listed one by one."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF

from cogov import __version__
from cogov.resources import NAMESPACE, ONTOLOGY_IRI, version_iri

VANN = "http://purl.org/vocab/vann/"
TOP = URIRef(ONTOLOGY_IRI)

#: label -> predicate; each must be on the header of the released merged ontology
FAIR_METADATA = {
    "title": DCTERMS.title,
    "description": DCTERMS.description,
    "licence": DCTERMS.license,
    "creators": DCTERMS.creator,
    "created date": DCTERMS.created,
    "modified date": DCTERMS.modified,
    "version IRI": OWL.versionIRI,
    "version info": OWL.versionInfo,
    "preferred prefix": URIRef(VANN + "preferredNamespacePrefix"),
    "preferred namespace": URIRef(VANN + "preferredNamespaceUri"),
    "citation": DCTERMS.bibliographicCitation,
}


@pytest.fixture(scope="module")
def header(release_dir: Path) -> Graph:
    graph = Graph().parse(release_dir / "cogov.ttl", format="turtle")
    assert (TOP, RDF.type, OWL.Ontology) in graph
    return graph


@pytest.mark.parametrize("name", sorted(FAIR_METADATA))
def test_header_has(header: Graph, name: str) -> None:
    values = list(header.objects(TOP, FAIR_METADATA[name]))
    assert values, f"the ontology header lacks its {name} ({FAIR_METADATA[name]})"


def test_header_values_are_usable(header: Graph) -> None:
    langs = {v.language for v in header.objects(TOP, DCTERMS.title)}
    assert {"en", "zh"} <= langs
    assert {v.language for v in header.objects(TOP, DCTERMS.description)} >= {"en", "zh"}
    assert str(header.value(TOP, DCTERMS.license)).startswith("https://creativecommons.org/")
    for date in (DCTERMS.created, DCTERMS.modified):
        assert header.value(TOP, date).datatype == rdflib.XSD.date
    assert str(header.value(TOP, URIRef(VANN + "preferredNamespaceUri"))) == NAMESPACE
    assert str(header.value(TOP, URIRef(VANN + "preferredNamespacePrefix"))) == "cogov"
    assert str(header.value(TOP, OWL.versionIRI)) == version_iri()
    citation = str(header.value(TOP, DCTERMS.bibliographicCitation))
    assert __version__ in citation
