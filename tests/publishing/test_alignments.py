"""The alignment module: separate, declared, pointing only at real CoGov terms, consistent."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from cogov.ontology import load_ontology
from cogov.resources import NAMESPACE, ONTOLOGY_IRI, data_dir

ALIGNMENTS = data_dir("ontology") / "cogov-alignments.ttl"
IRI = URIRef(ONTOLOGY_IRI + "/alignments")
MAPPINGS = (SKOS.exactMatch, SKOS.closeMatch, SKOS.narrowMatch, SKOS.broadMatch, SKOS.relatedMatch)
EXTERNAL = (
    "http://www.w3.org/ns/org#",
    "http://www.w3.org/ns/prov#",
    "http://data.europa.eu/m8g/",
    "http://www.wikidata.org/entity/",
)


@pytest.fixture(scope="module")
def alignments() -> Graph:
    return Graph().parse(ALIGNMENTS, format="turtle")


def test_header_has_labels_in_both_languages(alignments: Graph) -> None:
    assert (IRI, RDF.type, OWL.Ontology) in alignments
    for predicate in (RDFS.label, URIRef("http://purl.org/dc/terms/title")):
        langs = {v.language for v in alignments.objects(IRI, predicate)}
        assert {"en", "zh"} <= langs


def test_not_imported_by_the_top_ontology(closure: Graph) -> None:
    assert IRI not in set(closure.objects(None, OWL.imports))
    assert (IRI, RDF.type, OWL.Ontology) not in closure


def test_maps_only_existing_cogov_terms_to_each_target_vocabulary(
    alignments: Graph, closure: Graph
) -> None:
    targets = set()
    for s, p, o in alignments:
        if p in (*MAPPINGS, RDFS.subClassOf, RDFS.subPropertyOf) and str(s).startswith(NAMESPACE):
            assert (s, RDF.type, None) in closure, f"{s} is not a CoGov term"
            targets.update(prefix for prefix in EXTERNAL if str(o).startswith(prefix))
    assert targets == set(EXTERNAL), "ORG, PROV-O, CPOV and Wikidata are each aligned"


def test_external_terms_are_declared(alignments: Graph) -> None:
    for _s, p, o in alignments:
        if p in (RDFS.subClassOf, RDFS.subPropertyOf):
            kind = OWL.Class if p == RDFS.subClassOf else None
            declared = set(alignments.objects(o, RDF.type))
            assert declared, f"{o} is used but not declared"
            if kind is not None:
                assert kind in declared
        if p in MAPPINGS:
            assert (p, RDF.type, OWL.AnnotationProperty) in alignments, p


def test_ontology_with_alignments_is_consistent_under_hermit(owl_world) -> None:
    owlready2 = pytest.importorskip("owlready2")
    world = owl_world(load_ontology(ALIGNMENTS))  # imports the ontology through the catalog
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    government = world[NAMESPACE + "Government"]
    ancestors = {c.iri for c in government.ancestors() if hasattr(c, "iri")}
    assert "http://data.europa.eu/m8g/PublicOrganisation" in ancestors
    assert not list(world.inconsistent_classes())


def test_quality_checks_pass_with_the_alignments_loaded() -> None:
    from cogov.qc import run_checks

    failing = {r.check.name: r.rows[:3] for r in run_checks(load_ontology(ALIGNMENTS)) if r.rows}
    assert not failing, failing
