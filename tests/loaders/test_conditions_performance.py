"""The conditions of types C and D (cooperation base, latent conflicts of interest) and the
collaboration's performance: optional fields, absent = not reported, kept by every format."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from cogov.loaders import load_file, write_cases
from cogov.loaders.rdf import COGOV, cases_to_graph, graph_to_cases
from cogov.validation import validate

CASE = """\
cases:
  - id: cond
    name: {en: Conditions}
    domain: air
    start: 2014
    participants: [{name: 上海市, level: province}, {name: 江苏省, level: province}]
    initiation: mandated
    decision_autonomy: retained
    mechanisms: [regional_agency]
    activities: [information_sharing]
    drivers: {cooperation_base: low, interest_conflicts: true}
    performance: low
    sources: [paper]
    evidence:
      performance: {quote: 很难发挥实质作用, source: paper, locator: section 五}
  - id: silent
    name: {en: Silent}
    domain: air
    start: 2014
    participants: [{name: 上海市, level: province}, {name: 江苏省, level: province}]
    initiation: voluntary
    sources: [paper]
"""


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "cond.yaml"
    path.write_text(CASE, encoding="utf-8")
    return path


def test_the_fields_are_read_and_absent_is_not_reported(case_file: Path) -> None:
    coded, silent = load_file(case_file).cases
    assert (coded.drivers.cooperation_base, coded.drivers.interest_conflicts) == ("low", True)
    assert coded.performance == "low"
    assert [e.target for e in coded.evidence] == ["performance"]
    assert silent.performance is None and silent.drivers.cooperation_base is None
    assert silent.drivers.interest_conflicts is None


def test_rdf_has_the_values_and_nothing_for_the_silent_case(case_file: Path) -> None:
    cases = load_file(case_file).cases
    graph = cases_to_graph(cases)
    assert set(graph.objects(None, COGOV.performance)) == {COGOV["rating-low"]}
    assert set(graph.objects(None, COGOV.cooperationBase)) == {COGOV["rating-low"]}
    assert set(graph.objects(None, COGOV.interestConflicts)) == {Literal(True)}
    assert graph_to_cases(graph) == list(cases)


@pytest.mark.parametrize("ext", ["csv", "xlsx", "json", "ttl"])
def test_every_format_keeps_them(case_file: Path, tmp_path: Path, ext: str) -> None:
    cases = load_file(case_file).cases
    out = tmp_path / f"cond.{ext}"
    write_cases(cases, out)
    assert list(load_file(out).cases) == list(cases)


def test_an_unknown_performance_is_reported_with_its_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(CASE.replace("performance: low", "performance: great"), encoding="utf-8")
    report = validate(load_file(path))
    errors = [(p.case, p.field) for p in report.problems if p.severity == "error"]
    assert errors == [("cond", "performance")]
