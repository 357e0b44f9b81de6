"""Warnings at scale: one line per kind beyond a few, every one on request."""

from __future__ import annotations

from pathlib import Path

import pytest

from cogov.cli import WARNING_LINES, main

CASE = """\
  - id: case-{n}
    name: {{en: Case {n}}}
    domain: air
    start: 2014
    participants: [{{name: City A, level: county}}, {{name: City B, level: county}}]
    initiation: voluntary
    mechanisms: [forum]
    sources: [example]
"""


@pytest.fixture
def many_unreported(tmp_path: Path) -> Path:
    """More cases than WARNING_LINES, each with its activities not reported (one warning)."""
    path = tmp_path / "cases.yaml"
    cases = "".join(CASE.format(n=n) for n in range(WARNING_LINES + 5))
    path.write_text("cases:\n" + cases, encoding="utf-8")
    return path


def test_many_warnings_are_summarised_by_kind(capsys, many_unreported: Path) -> None:
    assert main(["classify", str(many_unreported), "--format", "csv"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"cogov: {WARNING_LINES + 5} warnings of 1 kinds; the first of each kind:"
    assert err[1].startswith(f"  {WARNING_LINES + 5} x ") and "case case-0," in err[1]
    assert "activities are not reported" in err[1]
    assert err[2] == f"cogov: to see every warning: cogov validate {many_unreported} " + (
        "(or add --all-warnings)"
    )
    assert len(err) == 3


def test_all_warnings_prints_every_one(capsys, many_unreported: Path) -> None:
    assert main(["classify", str(many_unreported), "--all-warnings"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == WARNING_LINES + 5
    assert {line.split(", case ")[1].split(",")[0] for line in err} == {
        f"case-{n}" for n in range(WARNING_LINES + 5)
    }


def test_a_few_warnings_are_printed_one_a_line(capsys, tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text("cases:\n" + CASE.format(n=1) + CASE.format(n=2), encoding="utf-8")
    assert main(["query", "cases-per-type", str(path)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line.split(", case ")[1].split(",")[0] for line in err] == ["case-1", "case-2"]
