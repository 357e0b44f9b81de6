"""Reading a YAML file one case at a time gives exactly what composing the whole file gives."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from cogov.loaders.records import Collector
from cogov.loaders.yaml_json import (
    _parse_yaml,
    _pieces,
    _read_pieces,
    cases_from_document,
    dump_yaml,
    read_yaml,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loader_samples import GOOD_CASE
from loader_strategies import case_lists


def _whole(text: str):
    problems: list = []
    document, lines, field_lines = _parse_yaml(text, "f.yaml", Collector("f.yaml", problems))
    cases = cases_from_document(document, "f.yaml", problems, lines, field_lines)
    return cases, problems


def _by_pieces(text: str, batch: int = 2):
    problems: list = []
    pieces = _pieces(text, batch)
    assert pieces is not None
    cases = _read_pieces(text, pieces, Collector("f.yaml", problems))
    return cases, problems


def _same(text: str) -> None:
    whole, whole_problems = _whole(text)
    for batch in (1, 2, 100):
        cut, cut_problems = _by_pieces(text, batch)
        assert cut == whole
        assert [(c.line, c.field_lines) for c in cut] == [(c.line, c.field_lines) for c in whole]
        assert cut_problems == whole_problems


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case_lists(case_langs=("zh", "en", "fr")))
def test_written_files_read_the_same_by_pieces(cases):
    _same(dump_yaml(cases))


TRICKY = (
    GOOD_CASE
    + """\

  # a comment between cases
  - id: second
    name: |
      a block scalar
        - that looks like an item
    domian: air
    sources:
      - "quoted # not a comment"
    domian: water
  - id: third
    name: >-
      folded
      text
  - just text
"""
)


def test_tricky_but_usual_layout_reads_the_same_by_pieces():
    _same(TRICKY)
    cases, problems = _by_pieces(TRICKY)
    assert [c.id for c in cases] == ["yrd-air-2014", "second", "third"]
    assert cases[1].name == {"en": "a block scalar\n  - that looks like an item"}
    assert {p.field for p in problems} == {"domian", None}


@pytest.mark.parametrize(
    "text",
    [
        "cases: [{id: a}, {id: b}]\n",  # flow style
        "cases:\n  - id: a\nmeta: 1\n",  # another top-level key
        "# only\ncases: []\n",
        'cases:\n  - id: a\n    name: "two\n  - lines"\n',  # a quoted text across a cut
    ],
)
def test_other_layouts_fall_back_to_the_whole_file(text, tmp_path):
    problems: list = []
    data = text.encode()
    cases = read_yaml(text, data, "f.yaml", problems)
    whole_cases, whole_problems = _whole(text)
    assert cases == whole_cases and problems == whole_problems
