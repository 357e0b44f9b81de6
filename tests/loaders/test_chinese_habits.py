"""Case files written in Chinese habits (``tests/data/zh``): labels and common words for keys,
Chinese separators and parentheses, hints for unknown columns, one message per problem; and
``--lenient`` naming every case it leaves out."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest
import yaml

from cogov.cli import main
from cogov.errors import InvalidDataError
from cogov.loaders import load_file, write_cases
from cogov.loaders.records import case_to_mapping
from cogov.loaders.words import canonical, resolve
from cogov.messages import format_problem
from cogov.pipeline import read_valid
from cogov.validation import validate

ZH = Path(__file__).resolve().parents[1] / "data" / "zh"
EXPECTED = yaml.safe_load((ZH / "expected.yaml").read_text(encoding="utf-8"))
GOOD = Path(__file__).resolve().parents[1] / "data" / "good" / "one-case.yaml"


def test_every_corpus_file_has_an_expectation_and_back():
    assert {p.name for p in ZH.iterdir() if p.name != "expected.yaml"} == set(EXPECTED)


def _subset(case, fields: dict) -> dict:
    written = case_to_mapping(case)
    return {name: written.get(name) for name in fields}


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "accepted" in EXPECTED[n]))
def test_accepted_with_the_canonical_keys(name, tmp_path):
    data = load_file(ZH / name)
    report = validate(data)
    assert report.errors == [], [p.as_text() for p in report.errors]
    by_id = {c.id: c for c in data.cases}
    for case_id, fields in EXPECTED[name]["accepted"].items():
        assert _subset(by_id[case_id], fields) == fields
    # every writer keeps the English key, and reading the output gives the same cases
    for ext in ("yaml", "json", "csv", "xlsx"):
        out = write_cases(data.cases, tmp_path / f"out.{ext}")
        again = load_file(out)
        assert again.cases == data.cases and again.problems == []
        if ext != "xlsx":
            text = out.read_text(encoding="utf-8-sig")
            assert "地级市" not in text and "联席会议" not in text and "信息共享" not in text


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "problem" in EXPECTED[n]))
def test_the_one_problem_in_both_languages(name):
    expected = EXPECTED[name]["problem"]
    data = load_file(ZH / name)
    errors = validate(data).errors
    assert len(errors) == expected["errors"], [p.as_text() for p in errors]
    hits = [p for p in errors if p.field == expected["field"]]
    assert len(hits) == 1, [p.as_text() for p in errors]
    assert all(word in hits[0].message for word in expected["words"]), hits[0].message
    zh = validate(data, lang="zh").errors
    zh_line = next(format_problem(p, "zh") for p in zh if p.field == expected["field"])
    assert all(word in zh_line for word in expected["words_zh"]), zh_line
    assert "只能填写一次" not in zh_line
    for field_name, value in EXPECTED[name].get("kept", {}).items():
        assert list(getattr(data.cases[0], field_name)) == value


def test_the_separators_hold_in_a_workbook_too(tmp_path):
    """The CSV of the corpus typed into a workbook reads the same."""
    rows = list(csv.reader(io.StringIO((ZH / "separators.csv").read_text(encoding="utf-8"))))
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "separators.xlsx")
    assert load_file(tmp_path / "separators.xlsx").cases == load_file(ZH / "separators.csv").cases


def test_every_key_is_accepted_under_its_chinese_label():
    from cogov.loaders.keys import key_label, keys

    for scheme in ("level", "domain", "mechanism", "activity", "instrument", "initiation"):
        for key in keys(scheme):
            label = key_label(scheme, key, "zh")
            assert label and canonical(scheme, label) == key, (scheme, key, label)


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("中央", "central"),
        ("省", "province"),
        ("省级", "province"),
        ("直辖市", "province"),
        ("自治区", "province"),
        ("地级市", "prefecture"),
        ("地市级", "prefecture"),
        ("县", "county"),
        ("县级", "county"),
        ("区县", "county"),
        ("乡", "township"),
        ("镇", "township"),
        ("乡镇", "township"),
        ("Prefecture", "prefecture"),
    ],
)
def test_the_common_ways_of_writing_a_level(word, key):
    assert resolve("level", word) == (key,)


def test_a_key_is_never_taken_for_another_and_unknown_words_stay_as_written():
    assert canonical("mechanism", "agreement") == "agreement"
    assert canonical("level", "市") == "市"  # ambiguous: kept, and reported
    assert canonical("mechanism", "不存在") == "不存在"


# --- --lenient ---------------------------------------------------------------------------


def _write(path: Path, cases: list[dict]) -> Path:
    cases = json.loads(json.dumps(cases))  # no shared objects: PyYAML would write aliases
    path.write_text(yaml.safe_dump({"cases": cases}, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def good() -> dict:
    return yaml.safe_load(GOOD.read_text(encoding="utf-8"))["cases"][0]


def test_lenient_names_every_case_sharing_an_id(tmp_path, good, capsys):
    other = {**good, "id": "other-2016"}
    path = _write(tmp_path / "dup.yaml", [good, {**good, "start": 2015}, other])
    code = main(["classify", str(path), "--lenient", "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0
    assert [r["id"] for r in csv.DictReader(io.StringIO(out))] == ["other-2016"]
    assert "skipped 2 invalid case(s) of 3, kept 1:" in err
    lines = [line for line in err.splitlines() if "case yrd-air-2014:" in line]
    assert len(lines) == 2 and len({line.split(",")[1] for line in lines}) == 2  # two lines
    assert all("used by 2 cases" in line for line in lines)


def test_lenient_keeps_every_valid_case_and_says_why_it_left_one_out(tmp_path, good):
    broken = {**good, "id": "broken-2016", "participants": good["participants"][:1]}
    path = _write(tmp_path / "mixed.yaml", [good, broken, {**good, "id": "third"}])
    prepared = read_valid([str(path)], lenient=True)
    assert prepared.case_count == 2 and prepared.skipped == ["broken-2016"]
    (left,) = prepared.left_out
    assert (left.file, left.id) == (str(path), "broken-2016") and left.line is not None
    assert any("participants" in reason for reason in left.reasons)


def test_lenient_with_nothing_left_exits_1(tmp_path, good, capsys):
    path = _write(tmp_path / "dup.yaml", [good, good])
    assert main(["classify", str(path), "--lenient", "--format", "csv"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "no valid case is left" in err


def test_lenient_leaves_out_a_case_without_an_id_and_keeps_the_others(tmp_path, good):
    nameless = {k: v for k, v in good.items() if k != "id"}
    path = _write(tmp_path / "noid.yaml", [good, nameless])
    prepared = read_valid([str(path)], lenient=True)
    assert prepared.case_count == 1
    assert [c.id for c in prepared.left_out] == [None] and prepared.left_out[0].line


def test_from_python_the_error_speaks_python_and_lists_the_problems(tmp_path, good):
    path = _write(tmp_path / "dup.yaml", [good, good])
    with pytest.raises(InvalidDataError) as caught:
        read_valid([str(path)])
    text = str(caught.value)
    assert "lenient=True" in text and "--lenient" not in text
    assert text.count("used by 2 cases") == 2 and caught.value.problems


def test_the_cli_still_says_lenient_as_a_flag(tmp_path, good, capsys):
    path = _write(tmp_path / "dup.yaml", [good, good])
    assert main(["classify", str(path)]) == 1
    err = capsys.readouterr().err
    assert "use --lenient" in err and "lenient=True" not in err
