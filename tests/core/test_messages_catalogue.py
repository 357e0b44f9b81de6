"""The message catalogue: every message once, in English and Chinese, used everywhere.

A change to a message touches one place, ``cogov.messages.MESSAGES``; no other module spells a
Chinese message beside its English one.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import cogov
from cogov.errors import InputError, Problem, UsageError
from cogov.messages import MESSAGES, Listed, Phrase, Quoted, both, format_problem, text

SRC = Path(cogov.__file__).parent
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Modules whose Chinese is not a message: the report's page and the chart (their words), the
# documentation page, the namespace generated from the ontology's labels, the case template
# and the workbook's notes and key sheet (content written for the coder), the word 无 that
# cells read as "none", and the CJK character ranges of model.py.
NOT_MESSAGES = {
    "messages.py",
    "report.py",
    "chart.py",
    "docs.py",
    "namespace.py",
    "loaders/template.py",
    "loaders/workbook.py",
    "loaders/cells.py",
    "model.py",
}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key):
    english, chinese = MESSAGES[key]
    assert _placeholders(english) == _placeholders(chinese), key
    if english:  # a few phrases exist in one language only ("" in the other)
        assert CJK.search(english) is None or "中文名" in english, key
    values = dict.fromkeys(_placeholders(english) - {""}, 1)
    if "" not in _placeholders(english):
        filled = both(key, **values)
        assert filled == (english.format(**values), chinese.format(**values))
    assert english != chinese, f"{key} is not translated"


def _strings_outside_docstrings(tree: ast.AST) -> list[ast.Constant]:
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_module_spells_a_chinese_message_outside_the_catalogue():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        name = path.relative_to(SRC).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if isinstance(call, ast.Call):
                for keyword in call.keywords:
                    if keyword.arg == "message_zh" and isinstance(
                        keyword.value, ast.Constant | ast.JoinedStr
                    ):
                        found.append(f"{name}:{call.lineno} message_zh= spelled out")
        if name in NOT_MESSAGES:
            continue
        found += [
            f"{name}:{node.lineno} {node.value[:40]!r}"
            for node in _strings_outside_docstrings(tree)
            if CJK.search(node.value)
        ]
    assert found == []


def test_the_scan_would_see_an_inline_chinese_message():
    tree = ast.parse('"""文档"""\nraise InputError("empty", message_zh=f"文件是空的 {x}")\n')
    assert sorted(n.value for n in _strings_outside_docstrings(tree)) == ["empty", "文件是空的 "]


def test_a_keyed_error_carries_both_languages_and_its_place():
    err = InputError.keyed("file_too_large", file="big.csv", size_mb=31.6, limit_mb=20)
    english, chinese = both("file_too_large", size_mb=31.6, limit_mb=20)
    assert err.message == english and err.problem.message_in("zh") == chinese
    assert "32 MB" in english and "32 MB" in chinese and "big.csv" in str(err)
    assert err.problem.file == "big.csv" and err.exit_code == 2


def test_the_place_fills_a_placeholder_of_the_same_name():
    err = InputError.keyed("json_malformed", file="a.json", line=7, column=3, problem="x")
    assert err.problem.line == 7
    assert "line 7, column 3" in err.message
    assert "第 7 行第 3 列" in err.problem.message_in("zh")


def test_a_bilingual_error_shows_the_chinese_after_the_english():
    err = UsageError.keyed("lang_unknown", option="--lang", langs=Listed(["en", "zh"]), chosen="x")
    both_ = UsageError.keyed(
        "lang_unknown", option="--lang", langs=Listed(["en", "zh"]), chosen="x", bilingual=True
    )
    assert both_.message == f"{err.message} / {err.problem.message_in('zh')}"
    assert "en, zh" in err.message and "en、zh" in err.problem.message_in("zh")


def test_values_are_said_in_the_language_of_the_message():
    unknown = both(
        "unknown_name",
        noun=Phrase("noun_column"),
        key=Quoted("yaer"),
        where=Phrase("in_header"),
        hint=Phrase("unknown_hint", hints=Listed(["year", "start"], quoted=True, joiner="or")),
        allowed=Listed(["id", "start"]),
    )
    assert (
        unknown[0] == "unknown column 'yaer'; did you mean 'year' or 'start'? Allowed: id, start."
    )
    assert (
        unknown[1] == "表头中的未知列 “yaer”；是否应为 “year” 或 “start”？允许的取值：id、start。"
    )


def test_the_place_is_written_once_for_both_languages():
    problem = Problem(file="f.csv", message="m", message_zh="信息", row=3, case="c", field="x")
    assert problem.where() == "f.csv, row 3, case c, field x"
    assert format_problem(problem, "zh").startswith(
        text("zh", "where_sep").join(
            [
                "f.csv",
                text("zh", "row", n=3),
                text("zh", "case", id="c"),
                text("zh", "field", name="x"),
            ]
        )
    )
    assert format_problem(problem, "zh").endswith("信息")
