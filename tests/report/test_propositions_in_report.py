"""The report has a section per proposition: the table, the statistic and the verdict."""

from __future__ import annotations

import html
import re

import pytest

from cogov.propositions import list_propositions
from cogov.report import collect, default_paths, render_html


@pytest.fixture(scope="module")
def report() -> tuple[object, str]:
    data, _graph = collect([str(p) for p in default_paths()])
    return data, render_html(data, cjk_font=None)


def test_one_section_per_proposition(report) -> None:  # type: ignore[no-untyped-def]
    data, page = report
    names = {p.name for p in list_propositions()}
    assert {r.proposition.name for r in data.propositions} == names
    assert set(re.findall(r'<h3 id="prop-([a-z0-9-]+)"', page)) == names


def test_each_section_shows_the_counts_and_the_verdict_of_the_runner(report) -> None:  # type: ignore[no-untyped-def]
    data, page = report
    for result in data.propositions:
        start = page.index(f'id="prop-{result.proposition.name}"')
        end = page.find("<h3", start + 1)
        section = html.unescape(page[start : end if end > 0 else None])
        assert html.unescape(result.verdict) in section
        assert f"n = {result.n} " in section
        assert f"{result.not_coded} not coded" in section
        for count in (result.table.a, result.table.b):
            assert f">{count}<" in section


def test_the_section_does_not_overstate_a_dozen_cases(report) -> None:  # type: ignore[no-untyped-def]
    data, page = report
    start = page.index('id="propositions"')
    text = html.unescape(page[start : page.index("<footer", start)]).lower()
    assert f"with {len(data.cases)} cases a table describes the coded cases" in text
    assert "neither prove nor refute" in text
    assert "proven" not in text and "confirms" not in text
