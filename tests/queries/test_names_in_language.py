"""Case names in the reader's language: every question's name columns, and nothing else."""

from __future__ import annotations

from pathlib import Path

import cogov
from cogov.cli import main
from cogov.names import names_columns
from cogov.queries import list_questions
from cogov.resources import data_dir

PAPER = data_dir("data") / "paper-cases.yaml"

# three cases of one type whose English names sort against their ids, the middle one with no
# Chinese name: a list of names must follow its ids, not its own order
CASE = """\
  - id: {id}
    name: {name}
    domain: air
    start: 2014
    participants: [{{name: City A, level: county}}, {{name: City B, level: county}}]
    initiation: voluntary
    mechanisms: [framework_agreement]
    activities: [joint_planning, information_sharing, joint_enforcement]
    sources: [example]
"""


def _answers(path: Path, lang: str) -> dict[str, list[dict]]:
    dataset = cogov.load(path, lang=lang)
    return {
        q.name: cogov.ask(q.name, dataset).rows
        for q in list_questions()
        if not any(p.default is None and not p.optional for p in q.parameters)
    }


def test_chinese_changes_the_name_columns_only_and_to_each_cases_own_name() -> None:
    english, chinese = _answers(PAPER, "en"), _answers(PAPER, "zh")
    records = cogov.load(PAPER).prepared().cases
    zh = {case.id: case.name.get("zh") or case.name.get("en") for case in records}
    changed = 0
    for name, rows in english.items():
        assert len(chinese[name]) == len(rows), name
        columns = names_columns(rows[0]) if rows else {}
        for en_row, zh_row in zip(rows, chinese[name], strict=True):
            for column in en_row:
                if column not in columns:
                    assert zh_row[column] == en_row[column], (name, column)
            for column, ids in columns.items():
                if column == "case_names":
                    listed = [i for i in zh_row[ids].split("; ") if i]
                    assert zh_row[column] == "; ".join(sorted(zh[i] for i in listed)), name
                elif zh_row[ids]:
                    assert zh_row[column] == zh[zh_row[ids]], (name, column)
                changed += zh_row[column] != en_row[column]
    assert changed > 20  # the paper's cases have Chinese names: many values changed


def test_a_list_of_names_follows_its_ids(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(
        "cases:\n"
        + CASE.format(id="a-case", name="{en: Zeta, zh: 甲}")
        + CASE.format(id="b-case", name="{en: Alpha}")
        + CASE.format(id="c-case", name="{en: Middle, zh: 丙}"),
        encoding="utf-8",
    )
    rows = {
        row["type"]: row for row in cogov.ask("cases-per-type", cogov.load(path, lang="zh")).rows
    }
    assert rows["D"]["cases"] == "a-case; b-case; c-case"
    assert rows["D"]["case_names"] == "; ".join(sorted(["甲", "Alpha", "丙"]))


def test_query_on_the_command_line_speaks_the_language(tmp_path: Path, capsys) -> None:
    assert main(["query", "imperial-levels", str(PAPER), "--format", "csv", "--lang", "zh"]) == 0
    assert "长三角区域大气污染防治协作机制" in capsys.readouterr().out
    assert main(["query", "imperial-levels", str(PAPER), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "Yangtze River Delta" in out and "长三角区域大气污染防治协作机制" not in out
