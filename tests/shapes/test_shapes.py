"""Each shape rule fires on exactly the change it is about, and nowhere else (pySHACL)."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, SKOS
from shapes_corpus import CASE, ENTRIES, changed_graph, good_graph

from cogov.resources import data_dir
from cogov.validation import prepare, run_engine, shapes_graph, validate_graph

COGOV = Namespace("https://w3id.org/cogov#")
CGSH = Namespace("https://w3id.org/cogov/shapes#")


def _local(node: object) -> str:
    return str(node).rsplit("#", 1)[-1]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_rule_fires_exactly_where_expected(entry):
    results = run_engine(prepare(changed_graph(entry)), "pyshacl")
    got = frozenset((_local(r.shape), r.severity) for r in results)
    assert got == entry.expected


def test_every_named_shape_is_exercised_by_the_corpus():
    sg = shapes_graph()
    named = {
        _local(s)
        for s in set(sg.subjects(RDF.type, SH.NodeShape))
        | set(sg.subjects(RDF.type, SH.PropertyShape))
        if isinstance(s, URIRef)
    }
    fired = {name for e in ENTRIES for name, _ in e.expected}
    parents = {
        "CaseShape",
        "ActorShape",
        "BehaviourShape",
        "ModeShape",
        "InterventionShape",
        "DriversShape",
        "UniqueIdShape",
        "EvidenceShape",
    }  # only hold property shapes
    assert named - parents <= fired, sorted(named - parents - fired)


def test_every_shape_has_english_and_chinese_messages_and_a_field():
    sg = shapes_graph()
    shapes = list(sg.subjects(CGSH.field, None))
    assert len(shapes) > 40
    for shape in shapes:
        holders = [shape, *sg.objects(shape, SH.sparql)]
        langs = {m.language for h in holders for m in sg.objects(h, SH.message)}
        assert {"en", "zh"} <= langs, shape


def test_shapes_do_not_need_the_ontology_for_key_checks():
    """sh:in lists work on RDF from any tool: no code-list triples in the data graph."""
    graph = good_graph()
    graph.set((CASE, COGOV.hasDomain, COGOV["domain-watr"]))
    results = run_engine(graph, "pyshacl")
    assert {_local(r.shape) for r in results if r.severity == "error"} == {"Case-domainKey"}


@pytest.fixture(scope="module")
def codelists() -> Graph:
    return Graph().parse(data_dir("ontology") / "cogov-codelists.ttl", format="turtle")


@pytest.mark.parametrize(
    "scheme", ["domain", "level", "mechanism", "activity", "instrument", "outcome", "rating"]
)
def test_key_lists_are_the_code_lists(scheme, codelists):
    """Every sh:in list of a scheme holds exactly the concepts of that code list."""
    sg = shapes_graph()
    in_scheme = set(codelists.subjects(SKOS.inScheme, COGOV[f"{scheme}Scheme"]))
    assert in_scheme, scheme
    lists = [sg.value(s, SH["in"]) for s in sg.subjects(CGSH.scheme, Literal(scheme))]
    assert lists
    for node in lists:
        assert set(Collection(sg, node)) == in_scheme


def test_formal_mechanisms_are_read_from_the_code_list(codelists):
    """The formality warning follows cogov:hasFormality, not a list in the shapes."""
    graph = good_graph()
    graph.set((CASE, COGOV.usesMechanism, COGOV["mechanism-joint_conference"]))
    prepared = prepare(graph)
    results = run_engine(prepared, "pyshacl")
    assert {_local(r.shape) for r in results} == {"CodedHighFormalizationShape"}
    # declare the informal mechanism formal in the data: the warning goes away
    prepared.set(
        (COGOV["mechanism-joint_conference"], COGOV.hasFormality, COGOV["formality-formal"])
    )
    assert run_engine(prepared, "pyshacl") == []


def test_problem_names_case_field_and_actor_position():
    graph = good_graph()
    graph.set((URIRef(f"{CASE}/participant/2"), COGOV.hasActorLevel, COGOV["level-provnce"]))
    graph.add((CASE, COGOV.recordedIn, Literal("cases.csv")))
    graph.add((CASE, COGOV.recordedAtRow, Literal(7)))
    (problem,) = validate_graph(graph, lang="en", engine="pyshacl")
    assert problem.case == "yrd-air-2014"
    assert problem.field == "participants[2].level"
    assert problem.row == 7
    assert problem.severity == "error"
    assert "'provnce'" in problem.message and "'province'" in problem.message
    assert "central" in problem.message  # the allowed list


def test_problem_in_chinese():
    graph = good_graph()
    graph.set((CASE, COGOV.hasDomain, COGOV["domain-watr"]))
    (problem,) = validate_graph(graph, lang="zh", engine="pyshacl")
    assert problem.field == "domain"
    assert "未知的领域" in problem.message and "“water”" in problem.message


def test_warning_for_superior_names_the_superior():
    graph = good_graph()
    graph.set((URIRef(f"{CASE}/superior/1"), COGOV.hasActorLevel, COGOV["level-county"]))
    (problem,) = validate_graph(graph, engine="pyshacl")
    assert problem.severity == "warning"
    assert problem.field == "superiors"
    assert "国务院" in problem.message and "county" in problem.message


def test_missing_count_is_reported():
    graph = good_graph()
    graph.remove((CASE, COGOV.hasParticipant, URIRef(f"{CASE}/participant/2")))
    (problem,) = validate_graph(graph, engine="pyshacl")
    assert problem.field == "participants"
    assert "1 given" in problem.message


def test_duplicate_id_across_nodes_names_the_id():
    graph = good_graph()
    twin = URIRef("https://w3id.org/cogov/case/twin")
    for p, o in list(graph.predicate_objects(CASE)):
        graph.add((twin, p, o))
    problems = validate_graph(graph, engine="pyshacl")
    assert [(p.case, p.field) for p in problems] == [("yrd-air-2014", "id")]
