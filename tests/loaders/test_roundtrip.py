"""Lossless round trips over random valid cases (hypothesis): the models compare equal."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from cogov.loaders import load_file, write_cases
from cogov.loaders.rdf import cases_to_graph, graph_to_cases

# helper modules beside this file (the suite runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from loader_strategies import SPREADSHEET_SAFE, case_lists

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _by_id(cases):
    return sorted(cases, key=lambda c: c.id)


def _through(cases, *formats):
    with tempfile.TemporaryDirectory() as folder:
        current = cases
        for n, fmt in enumerate(formats):
            path = Path(folder) / f"step{n}.{fmt}"
            write_cases(current, path)
            loaded = load_file(path)
            assert loaded.problems == []
            current = loaded.cases
        return current


@SETTINGS
@given(case_lists(case_langs=("zh", "en", "fr", "zh-hant")))
def test_yaml_rdf_yaml_in_memory(cases):
    graph = cases_to_graph(cases)
    assert _by_id(graph_to_cases(graph)) == _by_id(cases)


@SETTINGS
@given(case_lists(case_langs=("zh", "en", "fr")))
def test_yaml_turtle_yaml_files(cases):
    assert _by_id(_through(cases, "yaml", "ttl", "yaml")) == _by_id(cases)


@SETTINGS
@given(case_lists())
def test_yaml_jsonld_json_files(cases):
    assert _by_id(_through(cases, "jsonld", "json")) == _by_id(cases)


@SETTINGS
@given(case_lists(alphabet=SPREADSHEET_SAFE))
def test_csv_yaml_csv(cases):
    out = _through(cases, "csv", "yaml", "csv")
    assert out == cases  # spreadsheets and YAML keep the order of the cases too


@SETTINGS
@given(case_lists(alphabet=SPREADSHEET_SAFE, case_langs=("zh", "en", "de")))
def test_xlsx_yaml_xlsx(cases):
    assert _through(cases, "xlsx", "yaml", "xlsx") == cases


@SETTINGS
@given(case_lists())
def test_yaml_keeps_any_unicode(cases):
    assert _through(cases, "yaml") == cases


# --- shared actors (top-level actors:) -----------------------------------------------------


@SETTINGS
@given(case_lists(case_langs=("zh", "en", "fr"), declared=True))
def test_declared_actors_yaml_rdf_yaml_in_memory(cases):
    graph = cases_to_graph(cases)
    assert _by_id(graph_to_cases(graph)) == _by_id(cases)


@SETTINGS
@given(case_lists(case_langs=("zh", "en", "fr"), declared=True))
def test_declared_actors_yaml_turtle_yaml_files(cases):
    assert _by_id(_through(cases, "yaml", "ttl", "yaml")) == _by_id(cases)


@SETTINGS
@given(case_lists(declared=True))
def test_declared_actors_jsonld_json_files(cases):
    assert _by_id(_through(cases, "jsonld", "json")) == _by_id(cases)


@SETTINGS
@given(case_lists(declared=True))
def test_declared_actors_yaml_keeps_them(cases):
    assert _through(cases, "yaml") == cases


@SETTINGS
@given(case_lists(alphabet=SPREADSHEET_SAFE, declared=True))
def test_declared_actors_csv_yaml_csv(cases):
    assert _through(cases, "yaml", "csv", "yaml", "csv") == cases


@SETTINGS
@given(case_lists(alphabet=SPREADSHEET_SAFE, declared=True))
def test_declared_actors_xlsx_yaml_xlsx(cases):
    assert _through(cases, "yaml", "xlsx", "yaml", "xlsx") == cases
