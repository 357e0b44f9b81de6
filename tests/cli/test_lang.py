"""One language setting for every command: --lang, else COGOV_LANG, else English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cogov.cli import main
from cogov.resources import data_dir

PAPER = str(data_dir("data") / "paper-cases.yaml")


@pytest.fixture(autouse=True)
def _no_session_language(monkeypatch):
    monkeypatch.delenv("COGOV_LANG", raising=False)


def test_warnings_follow_the_option(capsys) -> None:
    assert main(["classify", PAPER, "--lang", "zh"]) == 0
    err = capsys.readouterr().err
    assert "条警告" in err and "未报告协同活动" in err and "warnings of" not in err
    assert main(["classify", PAPER]) == 0
    err = capsys.readouterr().err
    assert "warnings of" in err and "未报告" not in err


def test_the_session_variable_sets_it_and_the_option_wins(capsys, monkeypatch) -> None:
    monkeypatch.setenv("COGOV_LANG", "zh")
    assert main(["validate", PAPER]) == 0
    assert "个警告" in capsys.readouterr().err
    assert main(["validate", PAPER, "--lang", "en"]) == 0
    assert "warning(s)" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["option", "variable"])
def test_an_unknown_language_is_a_usage_error(capsys, monkeypatch, where: str) -> None:
    args = ["query", "cases-per-type", PAPER]
    if where == "option":
        args += ["--lang", "fr"]
    else:
        monkeypatch.setenv("COGOV_LANG", "fr")
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "'fr'" in err and "只能是" in err


@pytest.mark.parametrize("command", ["classify", "convert"])
def test_a_command_that_cannot_run_says_why_in_the_language(capsys, tmp_path, command) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("\n", encoding="utf-8")
    args = [command, str(empty)] + (["--to", "ttl"] if command == "convert" else [])
    assert main([*args, "--lang", "zh"]) == 2
    err = capsys.readouterr().err
    assert f"{empty}：错误：文件是空的" in err and "the file is empty" not in err
    assert main(args) == 2
    assert f"{empty}: error: the file is empty" in capsys.readouterr().err


def test_table_titles_follow_the_language_and_keys_stay(capsys) -> None:
    assert main(["query", "cases-per-type", PAPER, "--format", "table", "--lang", "zh"]) == 0
    assert "案例数" in capsys.readouterr().out
    assert main(["query", "cases-per-type", PAPER, "--format", "json", "--lang", "zh"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert "case_count" in rows[0] and "案例数" not in rows[0]


def test_the_report_notes_stand_at_the_top_in_the_readers_language(tmp_path: Path) -> None:
    out = tmp_path / "report"
    assert main(["report", "-o", str(out), "--lang", "zh"]) == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.index('id="warnings"') < page.index('id="table1"')
    assert "未报告协同活动" in page
    assert str(data_dir("data")) not in page  # the bundled data is named, not its path


def test_classify_names_the_cases_in_the_language(capsys) -> None:
    import cogov

    data = cogov.load(PAPER)
    zh = {case.id: case.name.get("zh") for case in data.cases}
    en = {row["id"]: row["name"] for row in cogov.classify(data).rows}
    assert main(["classify", PAPER, "--format", "json", "--lang", "zh"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["id"]: row["name"] for row in rows} == {k: zh[k] or en[k] for k in en}
    assert main(["classify", PAPER, "--format", "json"]) == 0
    assert {row["id"]: row["name"] for row in json.loads(capsys.readouterr().out)} == en
