"""`cogov validate` and evidence: a count in the summary, or errors with --require-evidence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from cogov.cli import main
from cogov.loaders import load_file, write_cases
from cogov.loaders.evidence import coded_values
from cogov.model import Evidence

GOOD = Path(__file__).resolve().parents[1] / "data" / "good" / "one-case.yaml"
CODED = 21  # the coded values of one-case.yaml: 8 fields, 7 keys, 6 drivers


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _with_evidence(tmp_path: Path, drop: str | None = None, fmt: str = "yaml") -> Path:
    """one-case.yaml with a quoted record for every coded value except ``drop``."""
    (case,) = load_file(GOOD).cases
    records = tuple(
        Evidence(field, key, f"quote for {field}.{key}", "paper", "p. 1", "lw", "high")
        for field, key in coded_values(case)
        if (field if key is None else f"{field}.{key}") != drop
    )
    path = tmp_path / f"evidenced.{fmt}"
    write_cases([dataclasses.replace(case, evidence=records)], path)
    return path


def test_summary_counts_values_without_evidence_but_lists_none(capsys):
    code, out, err = run(capsys, str(GOOD))
    assert code == 0 and out == ""  # not one warning per value
    assert f"{CODED} coded value(s) without evidence" in err
    assert f"{CODED} 个编码值没有证据" in run(capsys, str(GOOD), "--lang", "zh")[2]


def test_summary_has_no_count_when_every_value_has_evidence(tmp_path, capsys):
    code, out, err = run(capsys, str(_with_evidence(tmp_path)))
    assert (code, out) == (0, "")
    assert "without evidence" not in err


def test_require_evidence_makes_each_unsupported_value_an_error(capsys):
    code, out, _ = run(capsys, str(GOOD), "--require-evidence")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == CODED
    assert all(
        "case yrd-air-2014, field evidence." in line and ": error:" in line for line in lines
    )
    assert any(
        "line 26, case yrd-air-2014, field evidence.mechanisms.cooperation_group: error:" in line
        for line in lines
    )


def test_require_evidence_passes_when_everything_is_quoted(tmp_path, capsys):
    for fmt in ("yaml", "csv", "ttl"):
        code, out, _ = run(capsys, str(_with_evidence(tmp_path, fmt=fmt)), "--require-evidence")
        assert (code, out) == (0, ""), fmt


def test_require_evidence_names_the_one_value_left(tmp_path, capsys):
    path = _with_evidence(tmp_path, drop="drivers.homophily", fmt="csv")
    code, out, _ = run(capsys, str(path), "--require-evidence", "--lang", "zh")
    assert code == 1
    (line,) = out.splitlines()
    assert "第 2 行（表格）" in line and "字段 evidence.drivers.homophily：错误：" in line
    assert "没有证据" in line
