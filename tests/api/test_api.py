"""The Python API: the same answers as the command line, Python's words in its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cogov
from cogov.cli import main
from cogov.errors import InputError, InvalidDataError, UsageError
from cogov.resources import data_dir

PAPER = data_dir("data") / "paper-cases.yaml"

GOOD = """\
  - id: {id}
    name: {{en: Case {id}}}
    domain: air
    start: 2014
    participants: [{{name: City A, level: county}}, {{name: City B, level: county}}]
    initiation: voluntary
    mechanisms: [{mechanism}]
    activities: [joint_planning, information_sharing, joint_enforcement]
    sources: [example]
"""


def _file(tmp_path: Path, *cases: str) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text("cases:\n" + "".join(cases), encoding="utf-8")
    return path


def test_the_public_names_are_the_api() -> None:
    assert set(cogov.__all__) >= {"load", "validate", "classify", "ask", "Dataset", "Result"}
    assert cogov.classify is cogov.api.classify
    with pytest.raises(AttributeError):
        cogov.no_such_function  # noqa: B018


def test_classify_gives_the_command_lines_rows(capsys) -> None:
    assert main(["classify", str(PAPER), "--format", "json"]) == 0
    expected = json.loads(capsys.readouterr().out)
    result = cogov.classify(cogov.load(PAPER))
    assert result.rows == expected
    assert list(result.columns) == list(expected[0])


def test_ask_gives_the_command_lines_rows_with_parameters(capsys) -> None:
    args = ["query", "domain-by-type", str(PAPER), "--param", "only_domain=air"]
    assert main([*args, "--format", "json"]) == 0
    expected = json.loads(capsys.readouterr().out)
    assert expected
    data = cogov.load([PAPER])
    assert cogov.ask("domain-by-type", data, only_domain="air").rows == expected


def test_a_dataset_is_validated_and_loaded_once(tmp_path: Path) -> None:
    data = cogov.load(_file(tmp_path, GOOD.format(id="a", mechanism="forum"),
                            GOOD.format(id="b", mechanism="agreement")))  # fmt: skip
    assert cogov.validate(data) is cogov.validate(data)
    assert data.store() is data.store()
    assert data.store(2) is not data.store()
    by_id = {row["id"]: row for row in cogov.classify(data).rows}
    assert (by_id["a"]["type"], by_id["b"]["type"]) == ("B", "D")


def test_the_threshold_changes_the_level(tmp_path: Path) -> None:
    data = cogov.load(_file(tmp_path, GOOD.format(id="a", mechanism="forum")))
    assert cogov.classify(data).rows[0]["activity_level"] == "many"
    assert cogov.classify(data, activity_threshold=4).rows[0]["activity_level"] == "few"
    with pytest.raises(UsageError):
        cogov.classify(data, activity_threshold=0)


def test_invalid_data_raises_in_pythons_words_and_lenient_skips(tmp_path: Path) -> None:
    bad = GOOD.format(id="b", mechanism="forum").replace("domain: air", "domain: airr")
    path = _file(tmp_path, GOOD.format(id="a", mechanism="forum"), bad)
    strict = cogov.load(path)
    assert not cogov.validate(strict).conforms
    with pytest.raises(InvalidDataError) as caught:
        cogov.classify(strict)
    assert "lenient=True" in str(caught.value) and "--lenient" not in str(caught.value)
    assert any(p.field == "domain" and p.case == "b" for p in caught.value.problems)
    lenient = cogov.load(path, lenient=True)
    assert [row["id"] for row in cogov.classify(lenient).rows] == ["a"]
    assert lenient.skipped == ["b"]


def test_a_bad_question_or_parameter_stops_before_loading(tmp_path: Path) -> None:
    data = cogov.load(_file(tmp_path, GOOD.format(id="a", mechanism="forum")))
    with pytest.raises(UsageError, match="no-such-question"):
        cogov.ask("no-such-question", data)
    with pytest.raises(UsageError, match="no parameter colour"):
        cogov.ask("cases-per-type", data, colour="red")
    assert data._stores == {}


def test_an_unreadable_file_and_a_bad_language_are_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        cogov.load(tmp_path / "missing.yaml")
    with pytest.raises(UsageError, match="lang"):
        cogov.load(PAPER, lang="fr")


def test_questions_are_listed_with_their_titles() -> None:
    names = cogov.questions()
    assert "case-classification" in names and all(names.values())


def test_results_become_data_frames() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is optional (the analysis extra)")
    frame = cogov.classify(cogov.load(PAPER)).to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(cogov.classify(cogov.load(PAPER)).columns)
    assert len(frame) == len(cogov.load(PAPER).cases)
