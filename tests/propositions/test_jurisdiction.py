"""The ``jurisdiction`` field: read, written, mapped to RDF on both paths, and validated."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from cogov.loaders import load_file, write_cases
from cogov.loaders.ntriples import case_lines
from cogov.loaders.rdf import COGOV, case_iri, cases_to_graph, graph_to_cases
from cogov.resources import DEFAULT_CASE_BASE, data_dir
from cogov.validation import validate

CASE = """\
cases:
  - id: a
    name: {en: A}
    domain: water
    start: 2010
    participants: [{name: X, level: county}, {name: Y, level: county}]
    initiation: voluntary
    mechanisms: [forum]
    activities: []
    sources: [x]
    jurisdiction: {jurisdiction}
"""


def _load(tmp_path: Path, value: str):
    path = tmp_path / "case.yaml"
    path.write_text(CASE.replace("{jurisdiction}", value), encoding="utf-8")
    return load_file(path)


@pytest.mark.parametrize("value", ["CN", "CN-JS", "US", "GB-ENG", '"NO"'])
def test_valid_codes(tmp_path: Path, value: str) -> None:
    dataset = _load(tmp_path, value)
    assert dataset.cases[0].jurisdiction == value.strip('"')
    assert validate(dataset).conforms


@pytest.mark.parametrize("value", ["cn", "China", "CN-", "CHN", "CN_JS"])
def test_invalid_codes_name_the_field(tmp_path: Path, value: str) -> None:
    report = validate(_load(tmp_path, value))
    assert not report.conforms
    assert {p.field for p in report.errors} == {"jurisdiction"}
    assert "ISO 3166-1" in report.errors[0].message


def test_absent_is_not_reported(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(CASE.replace("    jurisdiction: {jurisdiction}\n", ""), encoding="utf-8")
    dataset = load_file(path)
    assert dataset.cases[0].jurisdiction is None
    assert (None, COGOV.jurisdiction, None) not in cases_to_graph(dataset.cases)


def test_rdf_both_paths_and_back(tmp_path: Path) -> None:
    (case,) = _load(tmp_path, "CN-JS").cases
    graph = cases_to_graph([case])
    assert (case_iri("a", DEFAULT_CASE_BASE), COGOV.jurisdiction, Literal("CN-JS")) in graph
    text = "\n".join(case_lines(case, DEFAULT_CASE_BASE)[1])
    assert isomorphic(Graph().parse(data=text, format="nt"), graph)
    assert graph_to_cases(graph)[0].jurisdiction == "CN-JS"


@pytest.mark.parametrize("suffix", [".yaml", ".json", ".csv", ".xlsx"])
def test_every_format_keeps_it(tmp_path: Path, suffix: str) -> None:
    (case,) = _load(tmp_path, "GB-ENG").cases
    for value in ("GB-ENG", "NO"):
        out = write_cases([replace(case, jurisdiction=value)], tmp_path / f"out{suffix}")
        assert load_file(out).cases[0].jurisdiction == value


def test_the_paper_cases_name_their_countries() -> None:
    cases = {c.id: c for c in load_file(data_dir("data") / "paper-cases.yaml").cases}
    assert {c.jurisdiction for c in cases.values()} == {"CN", "US", "GB"}
    assert cases["uk-homelessness-2002"].jurisdiction == "GB"
    assert cases["us-istea-1991"].jurisdiction == cases["us-hud-coc-1994"].jurisdiction == "US"
    assert cases["yrd-air-2014"].jurisdiction == "CN"
