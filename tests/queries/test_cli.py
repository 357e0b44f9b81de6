"""``cogov classify``, ``cogov query`` and ``cogov load`` as a researcher runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cogov.cli import main

pytest.importorskip("cogov.loaders")
pytest.importorskip("cogov.validation")

GOOD = """\
cases:
  - id: yrd-air-2014
    name: {zh: 长三角区域大气污染防治协作机制, en: YRD air pollution cooperation}
    domain: air
    start: 2014
    participants:
      - {name: {zh: 上海市, en: Shanghai}, level: province}
      - {name: {zh: 江苏省, en: Jiangsu}, level: province}
    superiors:
      - {name: {zh: 国务院, en: State Council}, level: central}
    initiation: mandated
    decision_autonomy: retained
    mechanisms: [cooperation_group, joint_conference]
    activities: [information_sharing, joint_monitoring, joint_planning]
    instruments: [policy_requirement, performance_assessment]
    sources: ["State Council (2013)"]
  - id: county-forum
    name: County tourism forum
    domain: tourism
    start: 2010
    participants:
      - {name: A County, level: county}
      - {name: B County, level: county}
    initiation: voluntary
    mechanisms: [forum]
    activities: [information_sharing, expert_exchange]
    formalization: high
    sources: [interview]
"""
BAD = """\
  - id: broken-case
    name: Broken
    domain: nowhere
    start: 2014
    participants:
      - {name: A, level: county}
      - {name: B, level: county}
    initiation: voluntary
    mechanisms: [forum]
    activities: [information_sharing]
    sources: [x]
"""


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(GOOD, encoding="utf-8")
    return path


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.yaml"
    path.write_text(GOOD + BAD, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_classify_csv_has_the_contract_columns(capsys, good: Path) -> None:
    code, out, err = run(capsys, "classify", str(good), "--format", "csv")
    assert code == 0
    assert out.splitlines()[0].startswith("id,formalization,activity_level,type,type_name,mode")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out))}
    yrd = rows["yrd-air-2014"]
    assert (
        yrd["formalization"],
        yrd["activity_level"],
        yrd["type"],
        yrd["type_name"],
        yrd["mode"],
    ) == ("high", "many", "D", "institutionalised", "mandated_autonomous")
    forum = rows["county-forum"]
    # the coder said high formalization for a forum: the coder wins, with a warning
    assert (forum["type"], forum["type_name"], forum["mode"]) == ("C", "symbolic", "voluntary")
    assert forum["derived_formalization"] == "low"
    assert "overrides the derived value 'low'" in forum["warnings"]
    assert "Traceback" not in err


def test_classify_json_and_the_threshold(capsys, good: Path) -> None:
    code, out, _ = run(
        capsys, "classify", str(good), "--format", "json", "--activity-threshold", "2"
    )
    assert code == 0
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows["county-forum"]["activity_level"] == "many"  # 2 activities, threshold 2
    assert rows["county-forum"]["type"] == "D"
    assert rows["county-forum"]["activity_threshold"] == 2


def test_classify_ttl(capsys, good: Path) -> None:
    import rdflib

    code, out, _ = run(capsys, "classify", str(good), "--format", "ttl")
    assert code == 0
    graph = rdflib.Graph().parse(data=out, format="turtle")
    case = rdflib.URIRef("https://w3id.org/cogov/case/yrd-air-2014")
    assert (
        case,
        rdflib.RDF.type,
        rdflib.URIRef("https://w3id.org/cogov#InstitutionalisedCollaboration"),
    ) in graph


def test_invalid_data_is_not_classified(capsys, mixed: Path) -> None:
    code, out, err = run(capsys, "classify", str(mixed))
    assert code == 1
    assert out == ""
    assert "broken-case" in err and "domain" in err and "--lenient" in err


def test_lenient_skips_the_bad_case_and_says_which(capsys, mixed: Path) -> None:
    code, out, err = run(capsys, "classify", str(mixed), "--lenient")
    assert code == 0
    assert [r["id"] for r in csv.DictReader(io.StringIO(out))] == ["county-forum", "yrd-air-2014"]
    assert "skipped 1 invalid case(s) of 3, kept 2:" in err
    assert f"{mixed}, line" in err and "case broken-case:" in err


def test_query_list(capsys) -> None:
    code, out, _ = run(capsys, "query", "--list")
    assert code == 0
    for name in ("cases-per-type", "symbolic-under-requirement", "proposition-evidence"):
        assert name in out
    assert "表1" in out


def test_query_list_numbers_each_question_once_from_one(capsys) -> None:
    import re

    _code, out, _ = run(capsys, "query", "--list")
    numbers = re.findall(r"^ ?(\d+[a-z]?) +[a-z-]+$", out, flags=re.MULTILINE)
    assert numbers[0] == "1" and "0" not in numbers
    assert len(numbers) == len(set(numbers))
    assert {"2a", "2b"} <= set(numbers) and "2" not in numbers


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["query", "no-such-question"], "no question called"),
        (["query", "instrument-mix", "--param", "only_authority=perhaps"], "true or false"),
        (["query", "instrument-mix", "--param", "colour=red"], "no parameter colour"),
        (["query", "instrument-mix", "--param", "novalue"], "KEY=VALUE"),
        (["classify", "x.yaml", "--activity-threshold", "0"], "at least 1"),
    ],
)
def test_mistakes_exit_2_with_a_clear_message(capsys, argv: list[str], words: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert words in err and "Traceback" not in err


def test_query_over_files(capsys, good: Path) -> None:
    code, out, _ = run(capsys, "query", "cases-per-type", str(good), "--format", "csv")
    assert code == 0
    counts = {r["type_name"]: r["case_count"] for r in csv.DictReader(io.StringIO(out))}
    assert counts == {
        "sporadic": "0", "normative": "0", "symbolic": "1", "institutionalised": "1",
        "unclassified": "0",
    }  # fmt: skip


def test_query_needs_valid_data(capsys, mixed: Path) -> None:
    code, out, err = run(capsys, "query", "cases-per-type", str(mixed))
    assert code == 1 and out == "" and "broken-case" in err


def test_ontology_questions_need_no_file(capsys) -> None:
    code, out, _ = run(capsys, "query", "typologies", "--format", "json")
    assert code == 0
    assert len(json.loads(out)) >= 1


def test_load_a_store_then_query_it_without_the_files(capsys, good: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    code, _, err = run(capsys, "load", str(good), "--store", store)
    assert code == 0 and "2 case(s)" in err
    _, from_store, _ = run(capsys, "query", "type-by-mode", "--store", store, "--format", "json")
    _, from_files, _ = run(capsys, "query", "type-by-mode", str(good), "--format", "json")
    assert json.loads(from_store) == json.loads(from_files)


def test_load_an_endpoint_then_query_it(capsys, good: Path, oxigraph_server: str) -> None:
    code, _, _ = run(capsys, "load", str(good), "--endpoint", oxigraph_server)
    assert code == 0
    _, out, _ = run(
        capsys, "query", "case-classification", "--endpoint", oxigraph_server, "--format", "json"
    )
    assert {r["id"]: r["type"] for r in json.loads(out)} == {
        "county-forum": "C",
        "yrd-air-2014": "D",
    }


def test_querying_a_store_that_was_never_loaded(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "query", "cases-per-type", "--store", str(tmp_path / "none"))
    assert code == 2 and "cogov load" in err
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "query", "cases-per-type", "--store", str(tmp_path / "empty"))
    assert code == 2 and "holds no dataset" in err


def test_load_needs_a_place(capsys, good: Path) -> None:
    code, _, err = run(capsys, "load", str(good))
    assert code == 2 and "--store" in err
