"""`cogov validate` on spreadsheets, RDF files and large datasets; the Python API behind it."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from cogov.cli import main
from cogov.loaders import load_file, load_files, write_cases
from cogov.validation import validate

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad"
GOOD = ROOT / "tests" / "data" / "good"
GOOD_TTL = ROOT / "tests" / "shapes" / "data" / "good-case.ttl"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_spreadsheet_messages_name_the_row(tmp_path, capsys):
    cases = load_files([GOOD / "one-case.yaml", BAD / "unknown-mechanism.yaml"]).cases
    cases[1] = dataclasses.replace(cases[1], id="second-case")
    sheet = tmp_path / "cases.csv"
    write_cases(cases, sheet)
    code, out, _ = run(capsys, str(sheet), "--format", "json")
    assert code == 1
    (row,) = [r for r in json.loads(out) if r["field"] == "mechanisms"]
    assert row["row"] == 3  # header is row 1, the second case row 3
    assert row["case"] == "second-case" and row["file"] == str(sheet)
    code, out, _ = run(capsys, str(sheet))
    assert "row 3, case second-case, field mechanisms: error:" in out


def test_turtle_from_another_tool_is_validated_as_written(tmp_path, capsys):
    graph = Graph().parse(GOOD_TTL)
    case = URIRef("https://w3id.org/cogov/case/yrd-air-2014")
    graph.set((case, URIRef("https://w3id.org/cogov#start"), Literal("2014-06")))
    path = tmp_path / "other-tool.ttl"
    path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    code, out, _ = run(capsys, str(path))
    assert code == 1
    assert "case yrd-air-2014, field start: error:" in out and "'2014-06'" in out
    assert str(path) in out


def test_good_turtle_conforms(capsys):
    code, out, _ = run(capsys, str(GOOD_TTL))
    assert (code, out) == (0, "")


def test_chinese_output_says_where_in_chinese(capsys):
    code, out, err = run(capsys, str(BAD / "unknown-domain.yaml"), "--lang", "zh")
    assert code == 1
    assert "案例 yrd-air-2014，字段 domain：错误：" in out
    assert "个错误" in err


def test_summary_counts_errors_and_warnings(capsys):
    code, _, err = run(
        capsys, str(BAD / "unknown-domain.yaml"), str(BAD / "warn-coded-few-many.yaml")
    )
    assert code == 1  # both files use the id yrd-air-2014: one error each, plus the domain
    assert "3 error(s), 1 warning(s) in 2 case(s) of 2 file(s)" in err


def test_bad_base_is_a_usage_error(capsys):
    code, _, err = run(capsys, str(GOOD / "one-case.yaml"), "--base", "not an iri")
    assert code == 2 and "--base" in err


def _synthetic(tmp_path: Path, count: int) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    path = tmp_path / "synthetic.yaml"
    path.write_text(synth.dump(synth.generate(count, seed=7, bad=0.2)), encoding="utf-8")
    return path


def test_chunks_and_processes_give_the_same_report(tmp_path):
    dataset = load_file(_synthetic(tmp_path, 120))
    whole = validate(dataset, workers=1, chunk_size=1000).problems
    chunked = validate(dataset, workers=2, chunk_size=7).problems
    assert whole == chunked
    assert sum(p.severity == "error" for p in whole) >= 10


def test_parallel_pool_is_used_for_large_datasets(tmp_path, monkeypatch):
    from cogov import validation

    calls = []
    real = validation._parallel
    monkeypatch.setattr(validation, "_PARALLEL_MIN", 10)
    monkeypatch.setattr(validation, "_parallel", lambda *a, **k: calls.append(1) or real(*a, **k))
    dataset = load_file(_synthetic(tmp_path, 40))
    report = validate(dataset, workers=2, chunk_size=10)
    assert calls and report.problems == validate(dataset, workers=1).problems


def test_report_lists_invalid_cases(tmp_path):
    dataset = load_file(_synthetic(tmp_path, 60))
    report = validate(dataset)
    assert not report.conforms
    assert report.invalid_case_ids == {p.case for p in report.errors if p.case}
    assert all(p.case and p.line for p in report.problems)


def test_unexpected_failure_is_a_sentence_not_a_traceback(capsys, monkeypatch):
    from cogov import validation

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(validation, "validate", broken)
    code, _, err = run(capsys, str(GOOD / "one-case.yaml"))
    assert code == 2
    assert "validation stopped unexpectedly" in err and "boom" in err
