"""``cogov propositions`` on a small YAML dataset, as a researcher runs it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from cogov.cli import main

pytest.importorskip("scipy")


def _case(n: int, **fields: Any) -> dict[str, Any]:
    case = {
        "id": f"case-{n}",
        "name": {"en": f"Case {n}"},
        "domain": "water",
        "start": 2010 + n,
        "participants": [
            {"name": {"en": f"City A{n}"}, "level": "prefecture"},
            {"name": {"en": f"City B{n}"}, "level": "prefecture"},
        ],
        "initiation": "voluntary",
        "sources": ["interview"],
    }
    case.update(fields)
    return case


def dataset() -> list[dict[str, Any]]:
    """Complex tasks with formal mechanisms (4), simple tasks with informal ones (3), one
    complex task whose mechanisms are not reported (unclassified) and one case that codes no
    task complexity (not coded) but a prior collaboration of none (outside the contrast of
    prior-success-deepens)."""
    cases = [
        _case(n, mechanisms=["agreement"], drivers={"task_complexity": "high"}) for n in range(4)
    ]
    cases += [
        _case(n, mechanisms=["forum"], drivers={"task_complexity": "low"}) for n in range(4, 7)
    ]
    cases.append(_case(7, drivers={"task_complexity": "high"}))
    cases.append(_case(8, mechanisms=["forum"], drivers={"prior_collaboration": "none"}))
    return cases


@pytest.fixture
def cases_file(tmp_path: Path) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(yaml.safe_dump({"cases": dataset()}, allow_unicode=True), encoding="utf-8")
    return path


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    assert main(["propositions", *argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_complexity_formality_table(cases_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (row,) = _json(capsys, str(cases_file), "--only", "complexity-formality")
    # [[4, 0], [0, 3]]: p = 1/35 = 0.0286 (worked in test_statistics.py), odds ratio infinite
    assert (row["condition_outcome"], row["condition_no_outcome"]) == (4, 0)
    assert (row["no_condition_outcome"], row["no_condition_no_outcome"]) == (0, 3)
    assert row["n"] == 7
    assert row["odds_ratio"] == "inf"
    assert row["p_value"] == pytest.approx(0.0286, abs=1e-4)
    assert (row["out_of_scope"], row["not_coded"], row["unclassified"]) == (0, 1, 1)
    assert row["verdict"] == "consistent with the claim (p = 0.029, n = 7)"
    assert "常规性的治理任务" in row["quote"]


def test_out_of_scope_cases_are_counted(
    cases_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (row,) = _json(capsys, str(cases_file), "--only", "prior-success-deepens")
    assert row["n"] == 0
    assert (row["out_of_scope"], row["not_coded"]) == (1, 8)
    assert row["verdict"].startswith("n = 0: too few cases to test")


def test_a_claim_the_data_cannot_test_says_so(
    cases_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (row,) = _json(capsys, str(cases_file), "--only", "resource-dependence-seeks-partners")
    assert row["test"] == "none"
    assert row["p_value"] is None
    assert row["verdict"].startswith("cannot be tested with a dataset of collaborations")
    assert "no field" in row["verdict"]


def test_every_format(cases_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["propositions", str(cases_file), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["name"] for r in rows} >= {"complexity-formality", "authority-symbolic"}
    assert main(["propositions", str(cases_file)]) == 0
    assert "complexity-formality" in capsys.readouterr().out


def test_invalid_data_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump({"cases": [_case(1, domain="nowhere")]}), encoding="utf-8")
    assert main(["propositions", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "domain" in captured.err


def test_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["propositions", str(tmp_path / "missing.yaml")]) == 2
    assert capsys.readouterr().out == ""


def test_unknown_proposition_exits_2(cases_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["propositions", str(cases_file), "--only", "no-such-claim"]) == 2
    assert "no proposition called" in capsys.readouterr().err


def test_scope_by_jurisdiction(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Six Chinese cases intervened in by authority alone, and three cases out of scope: one
    in the United States, one whose jurisdiction is not reported, one Chinese case that
    reports no instruments."""
    cases = [
        _case(n, jurisdiction="CN-JS" if n % 2 else "CN", instruments=["policy_requirement"])
        for n in range(6)
    ]
    cases.append(_case(6, jurisdiction="US", instruments=["funding"]))
    cases.append(_case(7, instruments=["policy_requirement"]))
    cases.append(_case(8, jurisdiction="CN"))
    path = tmp_path / "scoped.yaml"
    path.write_text(yaml.safe_dump({"cases": cases}), encoding="utf-8")
    (row,) = _json(capsys, str(path), "--only", "china-authority-dominant")
    # 6 of 6: the exact binomial test of one half gives 2 * (1/2)^6 = 0.031
    assert (row["n"], row["condition_outcome"], row["condition_no_outcome"]) == (6, 6, 0)
    assert row["out_of_scope"] == 3
    assert row["p_value"] == pytest.approx(0.0312, abs=1e-4)
    assert row["verdict"] == "consistent with the claim (p = 0.031, n = 6)"
    (row,) = _json(capsys, str(path), "--only", "authority-dominant-china-vs-west")
    # China 6 of 6 authority-dominant, the United States 0 of 1: n = 7 but the table
    # [[6, 0], [0, 1]] reaches only p = 1/7 (C(7, 6) = 7 tables, one as extreme)
    assert (row["condition_outcome"], row["no_condition_no_outcome"], row["n"]) == (6, 1, 7)
    assert row["p_value"] == pytest.approx(1 / 7, abs=1e-4)
    assert row["verdict"] == "no evidence either way (p = 0.143, n = 7)"


def test_preemption_after_autonomy_uses_the_phases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Four collaborations, each an autonomous phase from 2010 and a preempted one from 2016:
    the table [[4, 0], [0, 4]] (p = 2/70, worked in test_statistics.py); the four whole
    collaborations are not phases, so they are out of scope."""
    mandated = {"initiation": "mandated"}
    cases = []
    for n in range(4):
        cases.append(_case(n, id=f"whole-{n}", **mandated, decision_autonomy="retained"))
        cases.append(
            _case(n, id=f"whole-{n}-a", start=2010, phase_of=f"whole-{n}", **mandated,
                  decision_autonomy="retained")
        )  # fmt: skip
        cases.append(
            _case(n, id=f"whole-{n}-b", start=2016, phase_of=f"whole-{n}", **mandated,
                  decision_autonomy="partly_preempted")
        )  # fmt: skip
    path = tmp_path / "phases.yaml"
    path.write_text(yaml.safe_dump({"cases": cases}), encoding="utf-8")
    (row,) = _json(capsys, str(path), "--only", "preemption-follows-shortfall")
    assert (row["condition_outcome"], row["condition_no_outcome"]) == (4, 0)
    assert (row["no_condition_outcome"], row["no_condition_no_outcome"]) == (0, 4)
    assert row["out_of_scope"] == 4
    assert row["verdict"] == "consistent with the claim (p = 0.029, n = 8)"
