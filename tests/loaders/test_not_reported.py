"""Contract 0.2.0: an absent list is *not reported*, ``[]`` is *coded as none*, in every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from cogov.loaders import load_file, write_cases
from cogov.loaders.rdf import COGOV, cases_to_graph, graph_to_cases

CASE = """\
cases:
  - id: gap
    name: {en: Gap}
    domain: air
    start: 2014
    participants: [{name: 上海市}, {name: 江苏省}]
    initiation: not_reported
    mechanisms: []
    activities: [information_sharing]
    drivers: {shared_beliefs: not_reported, homophily: not_reported}
    sources: [paper]
"""


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "gap.yaml"
    path.write_text(CASE, encoding="utf-8")
    return path


def test_absent_is_none_and_empty_list_is_an_empty_tuple(case_file: Path) -> None:
    (case,) = load_file(case_file).cases
    assert case.mechanisms == () and case.activities == ("information_sharing",)
    assert case.instruments is None and case.superiors is None
    assert case.initiation == "not_reported"
    assert case.drivers.shared_beliefs == "not_reported"


def test_rdf_says_which_lists_are_coded_as_none(case_file: Path) -> None:
    data = load_file(case_file)
    graph = cases_to_graph(data.cases)
    assert {str(o) for o in graph.objects(None, COGOV.codedAsNone)} == {"mechanisms"}
    (back,) = graph_to_cases(graph)
    assert back == data.cases[0]


@pytest.mark.parametrize("ext", ["csv", "xlsx", "json", "ttl", "jsonld"])
def test_every_format_keeps_not_reported_apart_from_none(
    case_file: Path, tmp_path: Path, ext: str
) -> None:
    (case,) = load_file(case_file).cases
    out = tmp_path / f"gap.{ext}"
    write_cases([case], out)
    (back,) = load_file(out).cases
    assert (back.mechanisms, back.instruments, back.superiors) == ((), None, None)
    assert back == case


def test_a_spreadsheet_cell_none_is_coded_as_none_and_empty_is_not_reported(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "id,name_en,domain,start,participants,initiation,mechanisms,activities,sources\n"
        "a,A,air,2014,上海市; 江苏省,voluntary,none,,paper\n"
        "b,B,air,2014,上海市; 江苏省,voluntary,无,\\none,paper\n",
        encoding="utf-8",
    )
    a, b = load_file(path).cases
    assert (a.mechanisms, a.activities) == ((), None)
    assert b.mechanisms == () and b.activities == ("none",)  # an escaped key stays a key
