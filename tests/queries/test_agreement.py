"""The SPARQL rules and the ontology's defined classes agree, as HermiT sees them.

The cases (the hand-made ones and the bundled paper cases) are classified by the rules; then
HermiT gets the case data with only the effective values asserted (``hasFormalization``,
``hasActivityLevel``, not the types) and must place every case in the same single Table 1 type
and the same single mode, "unclassified" and "mode not reported" included.
"""

from __future__ import annotations

import pytest
import rdflib

from cogov.classification import classify
from cogov.resources import data_dir

COGOV = rdflib.Namespace("https://w3id.org/cogov#")
# a case not placed for lack of evidence is in the Unclassified / ModeNotReported state
TYPES = {
    COGOV[n + "Collaboration"]
    for n in ("Sporadic", "Normative", "Symbolic", "Institutionalised", "Unclassified")
}
MODES = {
    COGOV[n + "Collaboration"]
    for n in ("Voluntary", "MandatedAutonomous", "Preempted", "ModeNotReported")
}


def _bundled_cases() -> rdflib.Graph:
    loaders = pytest.importorskip("cogov.loaders")
    files = sorted(data_dir("data").glob("*-cases.yaml"))  # not the evidence file
    if not files:
        return rdflib.Graph()
    return loaders.load_files(files).graph()


def test_hermit_places_every_case_where_the_rules_do(cases: rdflib.Graph) -> None:
    reasoner = pytest.importorskip("cogov.reasoner")
    ontology_module = pytest.importorskip("cogov.ontology")
    try:
        reasoner.java_executable()
    except reasoner.ReasonerUnavailable as err:
        pytest.skip(f"HermiT needs Java (Debian: apt-get install default-jre-headless): {err}")
    ontology = ontology_module.load_ontology()
    data = rdflib.Graph()
    for graph in (cases, _bundled_cases()):
        for triple in graph:
            data.add(triple)
    result = classify(data, ontology=ontology)
    individuals = rdflib.Graph()
    for triple in data:
        individuals.add(triple)
    for prop in (COGOV.hasFormalization, COGOV.hasActivityLevel):
        for triple in result.graph.triples((None, prop, None)):
            individuals.add(triple)
    inferred = reasoner.classify_individuals(individuals, ontology)
    case_iris = set(data.subjects(rdflib.RDF.type, COGOV.LocalGovernmentCollaboration))
    assert len(case_iris) >= 8
    for case in case_iris:
        by_rules = set(result.graph.objects(case, rdflib.RDF.type))
        by_hermit = {rdflib.URIRef(c) for c in inferred[str(case)]}
        assert len(by_rules & TYPES) == 1 and len(by_rules & MODES) == 1, case
        assert by_hermit & TYPES == by_rules & TYPES, case
        assert by_hermit & MODES == by_rules & MODES, case
