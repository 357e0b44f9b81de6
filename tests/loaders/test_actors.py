"""Shared actors: declaring them, referring to them, matching inline actors, their IRIs,
the offline GB/T 2260 checks, and the spreadsheet cell syntax."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL

from cogov import divisions
from cogov.actors import actor_iri
from cogov.loaders import load_file, write_cases
from cogov.loaders.ntriples import case_lines
from cogov.loaders.rdf import COGOV, cases_to_graph, graph_to_cases
from cogov.model import Actor

HEAD = """\
actors:
  - {id: shanghai, name: {zh: 上海市, en: Shanghai}, level: province, division_code: "310000",
     wikidata: Q8686}
  - {id: jiangsu, name: {zh: 江苏省, en: Jiangsu}, level: province}
cases:
"""
CASE = """\
  - id: {id}
    name: {{en: YRD}}
    domain: air
    start: 2014
    participants: {participants}
    initiation: voluntary
    mechanisms: [forum]
    sources: [a]
"""


def _load(tmp_path: Path, *participants: str, head: str = HEAD, name: str = "c.yaml"):
    body = "".join(CASE.format(id=f"c{n}", participants=p) for n, p in enumerate(participants))
    path = tmp_path / name
    path.write_text(head + body, encoding="utf-8")
    return load_file(path)


def test_a_reference_and_a_same_named_inline_actor_are_one_actor(tmp_path: Path) -> None:
    data = _load(
        tmp_path,
        "[{actor: shanghai}, {actor: jiangsu}]",
        "[{name: 上海市, level: province}, {name: {en: Jiangsu}}]",
    )
    assert data.problems == []
    first, second = data.cases
    assert first.participants == second.participants
    assert first.participants[0].division_code == "310000"
    assert first.participants[1].id == "jiangsu"
    graph = cases_to_graph(data.cases)
    shanghai = URIRef("https://w3id.org/cogov/actor/cn-310000")
    assert set(graph.subjects(COGOV.hasParticipant, shanghai)) == {
        URIRef("https://w3id.org/cogov/case/c0"),
        URIRef("https://w3id.org/cogov/case/c1"),
    }
    assert (shanghai, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q8686")) in graph
    jiangsu = URIRef("https://w3id.org/cogov/actor/id/jiangsu")
    assert (jiangsu, COGOV.actorId, None) in graph


def test_unknown_actor_id_names_the_field_and_the_nearest(tmp_path: Path) -> None:
    data = _load(tmp_path, "[{actor: shanghai}, {actor: jiangsuu}]")
    [problem] = [p for p in data.problems if p.field != "actors"]  # and: jiangsu is unused
    assert (problem.file, problem.case, problem.field) == (
        str(tmp_path / "c.yaml"),
        "c0",
        "participants[2].actor",
    )
    assert problem.severity == "error"
    assert "unknown actor 'jiangsuu'" in problem.message
    assert "did you mean 'jiangsu'?" in problem.message
    assert "是否应为 “jiangsu”" in (problem.message_zh or "")


def test_an_inline_actor_of_another_level_stays_apart_with_a_warning(tmp_path: Path) -> None:
    data = _load(tmp_path, "[{actor: jiangsu}, {name: Shanghai, level: prefecture}]")
    [problem] = [p for p in data.problems if p.field != "actors"]  # and: shanghai is unused
    assert problem.severity == "warning" and problem.field == "participants[2]"
    assert "level 'prefecture', not 'province'" in problem.message
    assert data.cases[0].participants[1] == Actor(name={"en": "Shanghai"}, level="prefecture")


@pytest.mark.parametrize(
    ("declaration", "words"),
    [
        ("  - {id: shanghai, name: X, level: public}\n", "declared twice"),
        ("  - {id: x, name: X, level: public, division_code: 3100}\n", "GB/T 2260"),
        ("  - {id: x, name: X, level: public, wikidata: P31}\n", "not a Wikidata item"),
        ("  - {id: x, name: X, level: public, division_code: '310000'}\n", "the same division"),
        ("  - {id: Bad Id, name: X, level: public}\n", "is not allowed"),
        ("  - {id: x, name: X, colour: red}\n", "unknown field 'colour'"),
    ],
)
def test_bad_declarations_are_errors(tmp_path: Path, declaration: str, words: str) -> None:
    head = HEAD.replace("cases:\n", declaration + "cases:\n")
    data = _load(tmp_path, "[{actor: shanghai}, {actor: jiangsu}]", head=head)
    errors = [p for p in data.problems if p.severity == "error"]
    assert any(words in p.message for p in errors), data.problems
    assert all(p.message_zh for p in errors)


def test_an_unused_declaration_is_a_warning(tmp_path: Path) -> None:
    data = _load(tmp_path, "[{actor: shanghai}, {name: Anhui, level: province}]")
    assert [(p.severity, p.field) for p in data.problems] == [("warning", "actors")]
    assert "'jiangsu' is declared but no case lists it" in data.problems[0].message


def test_one_iri_across_files_and_the_fast_path_writes_the_same_triples(tmp_path: Path) -> None:
    one = _load(tmp_path, "[{actor: shanghai}, {actor: jiangsu}]", name="one.yaml")
    two = _load(tmp_path, "[{actor: jiangsu}, {actor: shanghai}]", name="two.yaml")
    cases = [one.cases[0], two.cases[0].__class__(**{**_fields(two.cases[0]), "id": "other"})]
    graph = cases_to_graph(cases)
    assert len(set(graph.objects(None, COGOV.hasParticipant))) == 2
    lines = [
        line for case in cases for line in case_lines(case, "https://w3id.org/cogov/case/")[1]
    ]
    assert isomorphic(graph, Graph().parse(data="\n".join(lines), format="nt"))
    assert graph_to_cases(graph)[1].participants == two.cases[0].participants  # order kept


def _fields(case):
    return {name: getattr(case, name) for name in case.__dataclass_fields__}


def test_iri_rule() -> None:
    assert actor_iri(Actor(id="a", division_code="310000", wikidata="Q1")).endswith("/cn-310000")
    assert actor_iri(Actor(id="a", wikidata="Q1")).endswith("/wd-Q1")
    assert actor_iri(Actor(id="a")).endswith("/actor/id/a")


def test_division_checks_are_warnings(tmp_path: Path, monkeypatch) -> None:
    table = {"310000": "上海市", "320000": "江苏省", "110105": "朝阳区", "220104": "朝阳区"}
    monkeypatch.setattr(divisions, "table", lambda: table)
    head = HEAD.replace('division_code: "310000"', 'division_code: "320000"')
    data = _load(tmp_path, "[{actor: shanghai}, {actor: jiangsu}]", head=head)
    messages = [(p.severity, p.field, p.message) for p in data.problems]
    assert messages[0][:2] == ("warning", "actors[1].division_code")
    assert "is 江苏省" in messages[0][2]
    assert messages[1][:2] == ("warning", "actors[2].division_code")
    assert "filled in from the name 江苏省" in messages[1][2]
    jiangsu = data.cases[0].participants[1]
    assert jiangsu.division_code == "320000"


def test_spreadsheet_declares_in_any_row_and_refers_with_at(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "id,name_en,domain,start,participants,initiation,mechanisms,sources\n"
        "a,A,air,2014,@sh; @js,voluntary,forum,x\n"
        "b,B,air,2015,@js = 江苏省 | Jiangsu (province); "
        "@sh = 上海市 | Shanghai (province) [310000 Q8686],voluntary,forum,y\n"
        "c,C,air,2016,上海市 (province); \\@home (public),voluntary,forum,z\n",
        encoding="utf-8",
    )
    data = load_file(path)
    assert data.problems == []
    a, b, c = data.cases
    assert a.participants == b.participants[::-1]
    assert a.participants[0].wikidata == "Q8686"
    assert c.participants[0].id == "sh"  # the inline 上海市 is the declared actor
    assert c.participants[1] == Actor(name={"en": "@home"}, level="public")
    out = tmp_path / "out.yaml"
    write_cases(data.cases, out)
    assert load_file(out).cases == data.cases


def test_spreadsheet_declaration_errors(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "id,name_en,domain,start,participants,initiation,mechanisms,sources\n"
        "a,A,air,2014,@sh = Shanghai (province) [31 Q1]; @shh,voluntary,forum,x\n"
        "b,B,air,2015,@sh = Shanghai (prefecture); @js = Jiangsu,voluntary,forum,y\n",
        encoding="utf-8",
    )
    messages = [(p.row, p.field, p.message) for p in load_file(path).problems]
    assert any(m[:2] == (2, "participants[1]") and "'31'" in m[2] for m in messages)
    assert any(m[:2] == (3, "participants[1]") and "declared again" in m[2] for m in messages)
    assert any(m[1] == "participants[2].actor" and "did you mean 'sh'" in m[2] for m in messages)
