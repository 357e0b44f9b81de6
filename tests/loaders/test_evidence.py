"""Evidence for coded values: the YAML/JSON mapping, the spreadsheet cell, RDF (docs/evidence.md)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import find, settings
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from cogov.loaders import load_file, write_cases
from cogov.loaders.evidence import format_cell, missing_evidence, parse_cell
from cogov.loaders.rdf import COGOV, PROV, cases_to_graph, graph_to_cases
from cogov.model import Case, Drivers, Evidence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loader_strategies import cases as random_cases

CASE = """cases:
- id: yrd-air-2014
  name: {zh: 长三角区域大气污染防治协作机制, en: YRD air}
  domain: air
  start: 2014
  participants:
  - {name: 上海市, level: province}
  - {name: 江苏省, level: province}
  initiation: mandated
  decision_autonomy: retained
  mechanisms: [cooperation_group, joint_conference]
  drivers: {shared_beliefs: true, task_complexity: high}
  sources: [paper]
"""

EVIDENCE = """  evidence:
    mechanisms:
      cooperation_group:
      - {quote: 成立协作小组, source: paper, locator: p. 12}
      - 每年定期召开工作会议
    initiation: {quote: 国务院要求建立协作机制, source: paper, locator: section 4.2, coder: lw,
      confidence: high}
    drivers:
      shared_beliefs: {quote: 各方都认为需要联防联控}
    participants: {quote: 三省一市, confidence: medium}
"""


def _load(write, text: str, name: str = "case.yaml"):
    return load_file(write(name, text))


def test_records_are_read_in_canonical_order(write):
    loaded = _load(write, CASE + EVIDENCE)
    assert loaded.problems == []
    assert loaded.cases[0].evidence == (
        Evidence("participants", None, "三省一市", confidence="medium"),
        Evidence(
            "initiation", None, "国务院要求建立协作机制", "paper", "section 4.2", "lw", "high"
        ),
        Evidence("mechanisms", "cooperation_group", "成立协作小组", "paper", "p. 12"),
        Evidence("mechanisms", "cooperation_group", "每年定期召开工作会议"),
        Evidence("drivers", "shared_beliefs", "各方都认为需要联防联控"),
    )


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv", "xlsx", "ttl", "jsonld"])
def test_every_format_keeps_the_evidence(write, tmp_path, fmt):
    cases = _load(write, CASE + EVIDENCE).cases
    path = tmp_path / f"out.{fmt}"
    write_cases(cases, path)
    again = load_file(path)
    assert again.problems == []
    assert again.cases == cases and again.cases[0].evidence == cases[0].evidence


def _problems(write, evidence: str, lang: str = "en"):
    loaded = _load(write, CASE + "  evidence:\n" + evidence)
    return loaded, [(p.field, p.case, p.message_in(lang)) for p in loaded.problems]


def test_evidence_about_a_key_the_case_does_not_code(write):
    loaded, problems = _problems(write, "    mechanisms:\n      forum: {quote: 论坛}\n")
    assert loaded.cases[0].evidence == ()
    [(field, case, message)] = problems
    assert (field, case) == ("evidence.mechanisms.forum", "yrd-air-2014")
    assert "'forum'" in message and "yrd-air-2014" in message
    assert "coded: joint_conference, cooperation_group" in message
    zh = _problems(write, "    mechanisms:\n      forum: {quote: 论坛}\n", "zh")[1][0][2]
    assert "“forum”" in zh and "未在案例 yrd-air-2014 的 mechanisms 中编码" in zh


def test_evidence_about_an_uncoded_driver_and_field(write):
    _, problems = _problems(write, "    drivers:\n      homophily: h\n    end: {quote: e}\n")
    assert [p[0] for p in problems] == ["evidence.drivers.homophily", "evidence.end"]
    assert "does not code" in problems[0][2] and "does not code" in problems[1][2]


def test_unknown_parts_and_fields_get_a_suggestion(write):
    _, problems = _problems(
        write,
        "    mechanism: {quote: x}\n    initiation: {quote: q, confidnce: high}\n"
        "    drivers:\n      shared_belief: x\n",
    )
    by_field = {p[0]: p[2] for p in problems}
    assert "did you mean 'mechanisms'?" in by_field["evidence.mechanism"]
    assert "did you mean 'confidence'?" in by_field["evidence.initiation.confidnce"]
    assert "did you mean 'shared_beliefs'?" in by_field["evidence.drivers.shared_belief"]


def test_a_list_where_a_mapping_is_expected(write):
    _, problems = _problems(write, "    mechanisms: [{quote: x}]\n")
    assert problems == [
        (
            "evidence.mechanisms",
            "yrd-air-2014",
            (
                "expected a mapping of mechanism to evidence record(s), such as "
                "joint_conference: {quote: ...}; found a list"
            ),
        )
    ]
    _, whole = _problems(write, "")  # an evidence: with nothing under it is no evidence
    assert whole == []
    _, listed = _problems(write, "    - {quote: x}\n")
    assert [p[0] for p in listed] == ["evidence"]


def test_a_record_without_a_quote_is_kept_for_the_shapes(write):
    loaded, problems = _problems(write, "    initiation: {source: paper, confidence: sure}\n")
    assert problems == []  # the shapes report both (tests/shapes/test_evidence_shapes.py)
    assert loaded.cases[0].evidence == (
        Evidence("initiation", None, None, "paper", confidence="sure"),
    )


def test_problems_carry_the_line_of_the_evidence_field(write):
    loaded, _ = _problems(write, "    mechanisms:\n      forum: x\n")
    assert loaded.problems[0].line == CASE.count("\n") + 1


# ---- the spreadsheet cell


BASE = Case(
    id="c",
    initiation="mandated",
    mechanisms=("cooperation_group",),
    drivers=Drivers(shared_beliefs=True),
)


def test_cell_syntax():
    cell = (
        "mechanisms.cooperation_group: 每年定期召开工作会议 | paper | section 4.2 | lw | high\n"
        "initiation: a \\| b\\; c: d | | p. 3\n"
        "drivers.shared_beliefs:"
    )
    problems = []
    assert parse_cell(cell, BASE, problems) == (
        Evidence("initiation", None, "a | b; c: d", None, "p. 3"),
        Evidence("mechanisms", "cooperation_group", "每年定期召开工作会议", "paper", "section 4.2", "lw", "high"),
        Evidence("drivers", "shared_beliefs"),
    )  # fmt: skip
    assert problems == []


@pytest.mark.parametrize(
    ("cell", "field", "words"),
    [
        ("mechanisms.forum: x", "evidence.mechanisms.forum", "does not code"),
        ("mechanisms: x", "evidence.mechanisms", "names the mechanism"),
        ("initiation.mandated: x", "evidence.initiation.mandated", "holds one value"),
        ("initiaton: x", "evidence.initiaton", "did you mean 'initiation'"),
        ("just a quote", "evidence", "does not start with the value"),
        ("initiation: a | b | c | d | high | extra", "evidence.initiation", "6 parts"),
    ],
)
def test_cell_errors(cell, field, words):
    problems = []
    parse_cell(cell, BASE, problems)
    assert [p.field for p in problems] == [field]
    assert words in problems[0].message and problems[0].message_zh


def test_cell_writes_what_it_reads():
    records = (
        Evidence("initiation", None, 'a|b;c\\d\ne: "f"', "x;y", None, "lw"),
        Evidence("initiation", None, None, None, "p. 1"),
        Evidence("mechanisms", "cooperation_group", "q", confidence="low"),
    )
    text = format_cell(records)
    assert "\ninitiation:  |  | p. 1\n" in text
    assert parse_cell(text, BASE) == records


# ---- RDF


def test_rdf_nodes_numbered_in_canonical_order(write):
    case = _load(write, CASE + EVIDENCE).cases[0]
    graph = cases_to_graph([case])
    iri = "https://w3id.org/cogov/case/yrd-air-2014"
    nodes = sorted(graph.objects(URIRef(iri), COGOV.hasEvidence))
    assert nodes == [URIRef(f"{iri}/evidence/{n}") for n in range(1, 6)]
    first, second = URIRef(f"{iri}/evidence/2"), URIRef(f"{iri}/evidence/3")
    assert (first, RDF.type, COGOV.Evidence) in graph
    assert (first, COGOV.aboutProperty, COGOV.hasInitiation) in graph
    assert (first, PROV.value, Literal("国务院要求建立协作机制")) in graph  # plain, no language
    assert (first, DCTERMS.source, Literal("paper")) in graph
    assert (first, COGOV.locator, Literal("section 4.2")) in graph
    assert (first, COGOV.coder, Literal("lw")) in graph
    assert (first, COGOV.confidence, COGOV["confidence-high"]) in graph
    assert (second, COGOV.aboutProperty, COGOV.usesMechanism) in graph
    assert (second, COGOV.aboutValue, COGOV["mechanism-cooperation_group"]) in graph
    driver = URIRef(f"{iri}/evidence/5")
    assert (driver, COGOV.aboutProperty, COGOV.sharedBeliefs) in graph
    assert graph_to_cases(graph)[0].evidence == case.evidence


def test_rdf_order_of_nodes_wins_over_the_order_of_triples(write):
    """Two records about one value come back in the order of their numbers."""
    case = _load(write, CASE + EVIDENCE).cases[0]
    swapped = replace(case, evidence=(case.evidence[3], case.evidence[2]))
    assert graph_to_cases(cases_to_graph([swapped]))[0].evidence == swapped.evidence


# ---- what is left without evidence


def test_missing_evidence_lists_every_coded_value_without_a_quote():
    case = replace(
        BASE,
        domain="air",
        evidence=(Evidence("initiation", None, "q"), Evidence("mechanisms", "cooperation_group")),
    )
    assert missing_evidence(case) == [
        "domain",
        "mechanisms.cooperation_group",
        "drivers.shared_beliefs",
    ]


def test_random_cases_carry_evidence():
    """The round-trip strategies draw evidence, several records and missing quotes included."""
    found = find(
        random_cases(),
        lambda c: (
            len({e.field for e in c.evidence}) >= 3
            and any(e.quote is None for e in c.evidence)
            and any(e.key for e in c.evidence)
        ),
        settings=settings(max_examples=2000, database=None),
    )
    assert found.evidence
