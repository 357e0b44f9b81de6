"""Reading YAML and JSON case files: faithful values, problems that name their place."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef

from cogov.errors import InputError
from cogov.loaders import load_file, write_cases
from cogov.loaders.rdf import COGOV, cases_to_graph, concept
from cogov.model import Actor

# helper modules beside this file (the suite runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from loader_samples import GOOD_CASE

BASE = "https://w3id.org/cogov/case/"


def test_contract_example_loads_with_lines(write):
    data = load_file(write("c.yaml", GOOD_CASE))
    assert data.problems == []
    case = data.cases[0]
    assert case.id == "yrd-air-2014"
    assert case.name["zh"] == "长三角区域大气污染防治协作机制"
    assert case.start == "2014"
    assert case.participants[0] == Actor({"zh": "上海市", "en": "Shanghai"}, "province")
    # a set of keys in code-list order: joint_conference (informal) before cooperation_group
    assert case.mechanisms == ("joint_conference", "cooperation_group")
    assert case.line == 2
    assert case.line_of("domain") == 6
    assert case.file.endswith("c.yaml")


def test_plain_string_names_get_their_language(write):
    text = """\
cases:
  - id: a
    name: 长三角 (YRD)
    participants: [{name: 上海市}, {name: Jiangsu}, 安徽省]
  - id: b
    name: Pearl River Delta
"""
    data = load_file(write("n.yaml", text))
    assert data.cases[0].name == {"zh": "长三角 (YRD)"}
    assert data.cases[1].name == {"en": "Pearl River Delta"}
    names = [a.name for a in data.cases[0].participants]
    assert names == [{"zh": "上海市"}, {"en": "Jiangsu"}, {"zh": "安徽省"}]


def test_dates_keep_their_form_and_bad_dates_stay_text(write):
    text = "cases:\n  - {id: a, start: 2014, end: 2016-06-30}\n  - {id: b, start: 2014-02-30}\n"
    data = load_file(write("d.yaml", text))
    assert (data.cases[0].start, data.cases[0].end) == ("2014", "2016-06-30")
    assert data.cases[1].start == "2014-02-30"  # impossible date: for the shapes to report
    graph = cases_to_graph(data.cases)
    assert Literal("2014", datatype=rdflib.XSD.gYear) in graph.objects(
        URIRef(BASE + "a"), COGOV.start
    )
    assert Literal("2016-06-30", datatype=rdflib.XSD.date) in graph.objects(
        URIRef(BASE + "a"), COGOV.end
    )
    assert Literal("2014-02-30") in graph.objects(URIRef(BASE + "b"), COGOV.start)


def test_unknown_keys_and_bad_years_reach_the_rdf(write):
    text = """\
cases:
  - id: a
    domain: aire
    start: around 2014
    participants: [{name: X, level: provnce}, {name: Y, level: 3}]
    mechanisms: [joint_conferance, forum]
    drivers: {shared_beliefs: maybe, prior_collaboration: great}
"""
    data = load_file(write("k.yaml", text))
    assert data.problems == []  # the shapes report these, not the loader
    case = data.cases[0]
    assert case.mechanisms == ("forum", "joint_conferance")  # known keys first, then unknown
    graph = cases_to_graph(data.cases)
    s = URIRef(BASE + "a")
    assert concept("mechanism", "joint_conferance") in set(graph.objects(s, COGOV.usesMechanism))
    assert concept("domain", "aire") in set(graph.objects(s, COGOV.hasDomain))
    assert Literal("around 2014") in set(graph.objects(s, COGOV.start))
    assert Literal("maybe") in set(graph.objects(s, COGOV.sharedBeliefs))
    assert concept("outcome", "great") in set(graph.objects(s, COGOV.priorCollaboration))
    levels = set(graph.objects(None, COGOV.hasActorLevel))
    assert {concept("level", "provnce"), concept("level", "3")} == levels


def test_unknown_field_is_a_problem_with_the_nearest_name(write):
    text = GOOD_CASE.replace("    domain: air\n", "    domian: air\n    colour: red\n")
    data = load_file(write("u.yaml", text))
    assert len(data.cases) == 1 and data.cases[0].mechanisms  # the rest still loads
    by_field = {p.field: p for p in data.problems}
    assert set(by_field) == {"domian", "colour"}
    typo = by_field["domian"]
    assert typo.severity == "error"
    assert typo.case == "yrd-air-2014"
    assert typo.line == 6
    assert typo.file.endswith("u.yaml")
    assert "did you mean 'domain'" in typo.message
    assert "did you mean" not in by_field["colour"].message
    assert "participants" in by_field["colour"].message  # the allowed fields are listed


def test_unknown_nested_fields_are_problems(write):
    text = """\
cases:
  - id: a
    participants: [{name: X, levle: province}, {name: {zh: 甲, english: Y}}]
    drivers: {homophilly: high}
"""
    data = load_file(write("nested.yaml", text))
    fields = sorted(p.field for p in data.problems)
    assert fields == ["drivers.homophilly", "participants[1].levle", "participants[2].name.english"]
    assert any("did you mean 'level'" in p.message for p in data.problems)
    assert any("did you mean 'homophily'" in p.message for p in data.problems)
    assert data.cases[0].participants[1].name == {"zh": "甲"}


def test_structural_nonsense_is_a_problem_and_the_rest_loads(write):
    text = """\
cases:
  - just a string
  - id: b
    participants: {name: X, level: province}
    mechanisms: forum
  - id: c
    name: C
"""
    data = load_file(write("s.yaml", text))
    assert [c.id for c in data.cases] == ["b", "c"]
    messages = {(p.case, p.field, p.line): p.message for p in data.problems}
    assert any("must be a mapping" in m for (_, _, line), m in messages.items() if line == 2)
    assert ("b", "participants", 4) in messages
    assert "expected a list" in messages[("b", "participants", 4)]
    assert data.cases[0].participants == (Actor({"en": "X"}, "province"),)
    assert data.cases[0].mechanisms == ("forum",)


def test_duplicate_field_is_reported(write):
    text = "cases:\n  - id: a\n    domain: air\n    domain: water\n"
    data = load_file(write("dup.yaml", text))
    assert [p.field for p in data.problems] == ["domain"]
    assert "twice" in data.problems[0].message and data.problems[0].line == 4


def test_unknown_top_level_key_is_a_problem(write):
    data = load_file(write("t.yaml", GOOD_CASE + "meta: {author: me}\n"))
    assert [p.field for p in data.problems] == ["meta"]


def test_cases_null_is_an_empty_file_of_cases(write):
    assert load_file(write("none.yaml", "cases:\n")).cases == []


def test_json_case_file(write):
    doc = {
        "cases": [
            {"id": "a", "name": "上海", "start": 2014, "mechanisms": ["forum"], "particpants": []}
        ]
    }
    data = load_file(write("c.json", json.dumps(doc, ensure_ascii=False)))
    assert data.cases[0].name == {"zh": "上海"} and data.cases[0].start == "2014"
    assert [p.field for p in data.problems] == ["particpants"]
    assert "did you mean 'participants'" in data.problems[0].message


def test_json_not_a_mapping(write):
    with pytest.raises(InputError, match="found a list"):
        load_file(write("l.json", "[1, 2]"))


def test_written_yaml_is_readable_contract_form(write, tmp_path):
    data = load_file(write("c.yaml", GOOD_CASE))
    out = write_cases(data.cases, tmp_path / "out.yaml")
    text = out.read_text(encoding="utf-8")
    assert "长三角区域大气污染防治协作机制" in text  # UTF-8, not escapes
    assert "start: 2014\n" in text  # a year stays a number
    assert "mechanisms: [joint_conference, cooperation_group]" in text
    assert text.index("id:") < text.index("name:") < text.index("sources:")


def test_dataset_graph_and_case_lookup(write):
    data = load_file(write("c.yaml", GOOD_CASE))
    graph = data.graph()
    s = URIRef(BASE + "yrd-air-2014")
    assert (s, COGOV.recordedIn, Literal(data.files[0])) in graph
    assert data.case_for(str(s)).id == "yrd-air-2014"
    assert data.case_for(str(s) + "/participant/2").id == "yrd-air-2014"
    assert data.case_for(BASE + "other") is None


def test_base_is_configurable(write):
    base = "https://example.org/cases/"
    data = load_file(write("c.yaml", GOOD_CASE), base=base)
    subjects = {str(s) for s in data.graph().subjects(COGOV.hasParticipant, None)}
    assert subjects == {base + "yrd-air-2014"}


def test_duplicate_field_in_json_is_reported(write):
    data = load_file(
        write("dup.json", '{"cases": [{"id": "a", "domain": "air", "domain": "water"}]}')
    )
    assert [(p.case, p.field) for p in data.problems] == [("a", "domain")]
    assert "twice" in data.problems[0].message
