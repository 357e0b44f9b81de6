"""Chart labels stay distinct without a CJK font (the English names of phases share a start)."""

from __future__ import annotations

import cogov
from cogov.chart import ChartCase, _cell_lines, distinct_labels
from cogov.resources import data_dir


def _paper_cases() -> list[ChartCase]:
    data = cogov.load(data_dir("data") / "paper-cases.yaml")
    names = {case.id: case.name for case in data.cases}
    return [
        ChartCase(r["id"], names[r["id"]].get("zh"), names[r["id"]].get("en"), r["type"] or "C",
                  r["mode"])
        for r in cogov.classify(data).rows
    ]  # fmt: skip


def test_the_papers_cases_have_distinct_labels_in_english_and_chinese() -> None:
    cases = _paper_cases()
    for chinese in (False, True):
        labels = list(distinct_labels(cases, chinese=chinese).values())
        assert len(set(labels)) == len(labels)
        lines = _cell_lines(cases, chinese=chinese)
        assert len(set(lines)) == len(lines)


def test_a_label_that_is_already_distinct_is_left_alone() -> None:
    case = ChartCase("x", None, "Short name", "A", None)
    assert distinct_labels([case], chinese=False) == {"x": "Short name"}
