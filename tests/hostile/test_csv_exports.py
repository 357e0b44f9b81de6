"""Every CSV the tools write escapes cells that a spreadsheet program would run as formulas:
``cogov convert --to csv``, ``cogov classify --format csv``, ``cogov query --format csv`` and
the report's ``cases.csv``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import yaml

from cogov.cli import main

GOOD = Path(__file__).resolve().parents[1] / "data" / "good" / "one-case.yaml"
FORMULAS = [
    '=HYPERLINK("http://127.0.0.1:9/x","click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "=1+1",
]


def case_file(tmp_path: Path, name: str) -> Path:
    data = yaml.safe_load(GOOD.read_text(encoding="utf-8"))
    data["cases"][0]["name"] = {"zh": "上海", "en": name}
    path = tmp_path / "cases.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"))) for cell in row]


def runs_nothing(text: str) -> list[str]:
    """The cells of a CSV text that a spreadsheet program would run."""
    return [cell for cell in cells(text) if cell.startswith(("=", "+", "-", "@", "\t"))]


@pytest.mark.parametrize("formula", FORMULAS)
def test_every_csv_export_escapes_formulas(formula, tmp_path, capsys) -> None:
    path = case_file(tmp_path, formula)
    outputs = {}
    assert main(["convert", str(path), "--to", "csv", "-o", str(tmp_path / "c.csv")]) == 0
    outputs["convert"] = (tmp_path / "c.csv").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["classify", str(path), "--format", "csv"]) == 0
    outputs["classify"] = capsys.readouterr().out
    assert main(["query", "case-classification", str(path), "--format", "csv"]) == 0
    outputs["query"] = capsys.readouterr().out
    for command, text in outputs.items():
        assert any(formula in cell for cell in cells(text)), command  # the name is there
        assert runs_nothing(text) == [], command
    # and the escaped name reads back as it was written
    assert main(["convert", str(tmp_path / "c.csv"), "--to", "yaml"]) == 0
    back = yaml.safe_load(capsys.readouterr().out)
    assert back["cases"][0]["name"]["en"] == formula


@pytest.mark.parametrize("formula", FORMULAS)
def test_the_report_csv_escapes_formulas(formula, tmp_path) -> None:
    path = case_file(tmp_path, formula)
    assert main(["report", "-o", str(tmp_path / "report"), str(path)]) == 0
    text = (tmp_path / "report" / "cases.csv").read_text(encoding="utf-8")
    assert any(formula in cell for cell in cells(text))
    assert runs_nothing(text) == []
