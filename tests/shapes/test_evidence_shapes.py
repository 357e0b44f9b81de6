"""Evidence records in validation: messages on the case and field evidence.<value>.<part>, in
English and Chinese, by both engines and through the fast N-Triples path."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from shapes_corpus import ENTRIES, changed_graph

from cogov.loaders import load_file
from cogov.loaders.ntriples import case_lines
from cogov.loaders.rdf import cases_to_graph
from cogov.validation import turbo_available, validate, validate_graph

CASE_FILE = """cases:
- id: yrd-air-2014
  name: {zh: 长三角区域大气污染防治协作机制}
  domain: air
  start: 2014
  participants:
  - {name: 上海市, level: province}
  - {name: 江苏省, level: province}
  initiation: voluntary
  mechanisms: [cooperation_group]
  activities: [information_sharing]
  drivers: {shared_beliefs: true}
  sources: [paper]
  evidence:
    initiation: {source: paper, confidence: sure}
    mechanisms:
      cooperation_group: {quote: "成立协作小组\\n第二行 \\"引号\\" \\\\", confidence: hgh}
    drivers:
      shared_beliefs: {quote: 共同信念, coder: lw, confidence: high}
"""
ENGINES = ["pyshacl", "turbo"] if turbo_available() else ["pyshacl"]


@pytest.fixture
def dataset(tmp_path: Path):
    path = tmp_path / "evidence.yaml"
    path.write_text(CASE_FILE, encoding="utf-8")
    return load_file(path)


@pytest.mark.parametrize("engine", ENGINES)
def test_messages_name_case_and_evidence_field(dataset, engine):
    assert dataset.problems == []
    report = validate(dataset, engine=engine, workers=1)
    got = {(p.case, p.field, p.line): p.message for p in report.problems}
    line = CASE_FILE.splitlines().index("  evidence:") + 1
    assert set(got) == {
        ("yrd-air-2014", "evidence.initiation.quote", line),
        ("yrd-air-2014", "evidence.initiation.confidence", line),
        ("yrd-air-2014", "evidence.mechanisms.cooperation_group.confidence", line),
    }
    assert "needs exactly one quote" in got[("yrd-air-2014", "evidence.initiation.quote", line)]
    low = got[("yrd-air-2014", "evidence.mechanisms.cooperation_group.confidence", line)]
    assert "'hgh'" in low and "did you mean 'high'?" in low and "high, medium, low" in low


def test_messages_in_chinese(dataset):
    report = validate(dataset, lang="zh", engine="pyshacl", workers=1)
    messages = {p.field: p.message for p in report.problems}
    assert "必须有且只有一段引文" in messages["evidence.initiation.quote"]
    assert "“sure”" in messages["evidence.initiation.confidence"]


@pytest.mark.parametrize(
    "name", [e.name for e in ENTRIES if e.name.startswith("evidence-") and e.expected]
)
def test_rdf_from_other_tools_is_placed_on_the_case(name):
    entry = next(e for e in ENTRIES if e.name == name)
    problems = validate_graph(changed_graph(entry), engine="pyshacl")
    assert problems and all(p.case == "yrd-air-2014" for p in problems)
    prefix = "evidence." if name == "evidence-about-nothing" else "evidence.initiation."
    assert all(p.field.startswith(prefix) for p in problems), problems
    assert {p.field.rsplit(".", 1)[1] for p in problems} <= {
        "quote", "about", "source", "locator", "coder", "confidence",
    }  # fmt: skip
    assert all(p.message and p.severity == "error" for p in problems)


def test_fast_path_text_is_the_same_rdf(dataset):
    for case in dataset.cases:
        for base in ("https://w3id.org/cogov/case/", "https://example.org/cases#"):
            text = "\n".join(case_lines(case, base)[1])
            parsed = Graph().parse(data=text, format="nt")
            assert isomorphic(parsed, cases_to_graph([case], base))
            assert "/evidence/3>" in text
