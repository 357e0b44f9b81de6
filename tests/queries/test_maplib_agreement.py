"""The maplib backend against pyoxigraph on random datasets, question by question.

maplib is given rewritten texts (:func:`cogov.columnar.maplib_text`) and its answers are
turned into rows from typed columns (:func:`cogov.columnar.frame_rows`); random cases, with
random names in any script, check both on data nobody chose. The reference here is the default
backend, pyoxigraph, not rdflib: on random data rdflib gives one row of unbound values where a
``GROUP BY`` has no solution to group (SPARQL 1.1: no row), and proposition-evidence gets
rows that pyoxigraph and maplib both leave out; the contract test (test_questions.py) compares every backend with rdflib
on the hand-made cases, where the two references agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings

from cogov.backends import OxigraphBackend, open_backend
from cogov.cli import main
from cogov.errors import BackendError
from cogov.loaders.ntriples import cases_ntriples
from cogov.pipeline import load as load_dataset
from cogov.queries import list_questions, run_question
from cogov.resources import DEFAULT_CASE_BASE

pytest.importorskip("maplib")

from cogov.columnar import MaplibBackend, declare_unbound, maplib_text

# the strategies of the loader tests (the suite runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "loaders"))
from loader_strategies import case_lists

QUESTIONS = list_questions()
GOOD = Path(__file__).resolve().parents[1] / "data" / "good" / "one-case.yaml"


# derandomized: the same generated datasets on every run, so that CI does not depend on luck
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(cases=case_lists())
def test_every_question_gives_pyoxigraphs_rows(cases: list, ontology) -> None:
    data = cases_ntriples(cases, DEFAULT_CASE_BASE).encode("utf-8")
    reference, maplib = OxigraphBackend(), MaplibBackend()
    for backend in (reference, maplib):
        load_dataset(backend, data, ontology=ontology)
    for question in QUESTIONS:
        assert run_question(question.name, maplib) == run_question(question.name, reference), (
            question.name
        )


def test_rewrites_keep_the_meaning_on_pyoxigraph(cases, ontology) -> None:
    """Each question as maplib is given it (rewritten, every variable declared unbound where
    the questions leave one so) gives pyoxigraph the same rows as the question itself."""
    backend = OxigraphBackend()
    load_dataset(backend, cases, ontology=ontology)
    rewritten = 0
    for question in QUESTIONS:
        text = maplib_text(question.text)
        if text is None:
            continue
        for name in ("unbound", *(p.name for p in question.parameters)):
            text = declare_unbound(text, name)
        rewritten += text != question.text
        assert _rows(backend, text) == _rows(backend, question.text), question.name
    assert rewritten >= 5


def _rows(backend: OxigraphBackend, text: str) -> list:
    return sorted(repr(sorted(row.items())) for row in backend.select(text))


def test_rows_from_typed_columns_are_those_of_pyoxigraph() -> None:
    """Texts, tags, numbers, truth values, IRIs, blank nodes and mixed columns."""
    data = (
        b'<urn:a> <urn:p> "x"@en .\n<urn:a> <urn:p> "<urn:z> \\"q\\"\\t\\u00e9" .\n'
        b'<urn:b> <urn:p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
        b'<urn:b> <urn:p> "2.5"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n'
        b'<urn:b> <urn:p> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n'
        b"<urn:c> <urn:p> <urn:d> .\n_:n <urn:q> <urn:d> .\n"
    )
    query = (
        "SELECT ?s ?p ?o ?n ?none WHERE { ?s ?p ?o "
        "OPTIONAL { ?s <urn:p> ?n FILTER (DATATYPE(?n) IN (<http://www.w3.org/2001/XMLSchema"
        "#integer>, <http://www.w3.org/2001/XMLSchema#decimal>)) } OPTIONAL { ?s <urn:r> ?none } }"
    )
    columnar, reference = MaplibBackend(named_only=False), OxigraphBackend()
    for backend in (columnar, reference):
        backend.load_rdf(data, "nt")
    rows = columnar.select(query)
    assert columnar.fallbacks == 0

    def key(row: dict) -> str:
        # blank node labels are each engine's own
        return repr(sorted((k, "_:" if str(v).startswith("_:") else v) for k, v in row.items()))

    assert sorted(map(key, rows)) == sorted(map(key, reference.select(query)))
    assert {type(row["n"]) for row in rows} == {int, float, type(None)}


def test_a_left_out_parameter_stays_unbound_and_maplib_answers() -> None:
    backend = MaplibBackend(named_only=False)
    backend.load_rdf(b'<urn:a> <urn:p> "x" .\n<urn:b> <urn:p> "y" .\n', "nt")
    query = "SELECT ?s WHERE { ?s <urn:p> ?o FILTER (!BOUND(?only) || ?o = ?only) } ORDER BY ?s"
    assert backend.select(query) == [{"s": "urn:a"}, {"s": "urn:b"}]
    assert backend.select(query, {"only": ox.Literal("y")}) == [{"s": "urn:b"}]
    assert backend.fallbacks == 0


def test_a_change_to_the_store_reaches_maplib() -> None:
    backend = MaplibBackend(named_only=False)
    backend.load_rdf(b'<urn:a> <urn:p> "x" .\n', "nt")
    query = "SELECT (COUNT(?s) AS ?n) WHERE { ?s <urn:p> ?o }"
    assert backend.select(query) == [{"n": 1}]
    backend.update('INSERT DATA { <urn:b> <urn:p> "y" }')
    assert backend.select(query) == [{"n": 2}]


def test_a_coalesce_that_may_mix_datatypes_goes_to_pyoxigraph() -> None:
    backend = MaplibBackend(named_only=False)
    backend.load_rdf(b"<urn:a> <urn:p> <urn:k> .\n", "nt")
    query = "SELECT (COALESCE(?o = <urn:k>, false) AS ?is) WHERE { ?s <urn:p> ?o }"
    assert backend.select(query) == [{"is": True}]
    assert backend.fallbacks == 1


def test_text_functions_and_empty_groups_as_sparql_has_them() -> None:
    """maplib 0.20 alone: ``STRAFTER`` without a match gives the whole text, and a
    ``GROUP BY`` over nothing one group of counts 0; the rewrites give SPARQL 1.1's answers."""
    backend = MaplibBackend(named_only=False)
    backend.load_rdf(b'<urn:a> <urn:p> <https://x.org/case/e> .\n<urn:b> <urn:p> "ab"@en .\n')
    query = (
        'SELECT ?s (STRAFTER(STR(?o), "#") AS ?after) (STRBEFORE(STR(?o), "b") AS ?before) '
        "?n WHERE { ?s <urn:p> ?o "
        "OPTIONAL { SELECT ?k (COUNT(?x) AS ?n) WHERE { ?x <urn:none> ?k } GROUP BY ?k } }"
    )
    rows = sorted(backend.select(query), key=lambda row: row["s"])
    assert rows == [
        {"s": "urn:a", "after": "", "before": "", "n": None},
        {"s": "urn:b", "after": "", "before": "a", "n": None},
    ]
    assert backend.fallbacks == 0


def test_cli_backend_maplib_answers_a_question(capsys) -> None:
    argv = ["query", "cases-per-type", "--format", "json", str(GOOD)]
    rows = {}
    for backend in ("memory", "maplib"):
        assert main([*argv, "--backend", backend]) == 0
        rows[backend] = capsys.readouterr().out
    assert rows["maplib"] == rows["memory"]
    assert '"case_count": 1' in rows["maplib"]


def test_maplib_goes_with_no_store_or_endpoint(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match="--store") as caught:
        open_backend(store=tmp_path / "store", maplib=True)
    assert "--store" in caught.value.problem.message_zh


def test_a_query_of_ones_own_is_answered_by_pyoxigraph() -> None:
    """maplib 0.20 answers this with one row: a user's query is not given to it."""
    query = "SELECT ?s WHERE { ?s ?p ?o }"
    data = b"<urn:a> <urn:p> <urn:x> .\n<urn:a> <urn:q> <urn:y> .\n<urn:b> <urn:p> <urn:x> .\n"
    backend = MaplibBackend()
    backend.load_rdf(data, "nt")
    assert sorted(row["s"] for row in backend.select(query)) == ["urn:a", "urn:a", "urn:b"]
