"""The backend contract on Virtuoso: every named question, with its parameters, gives the rows
the reference gives (tests/queries: the same hand-made cases, the same expectations).

The data goes in as every endpoint load does (staging graph, Graph Store Protocol, SPARQL
Update, pointer switch), with Digest credentials; questions are read anonymously through
Virtuoso's public /sparql. Virtuoso 7.2 answers every question: the four it could not
compile were rewritten in standard SPARQL it accepts (docs/endpoints.md, queries/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib

from cogov.backends import Backend, Credentials, EndpointBackend, RdflibBackend
from cogov.pipeline import load as load_dataset
from cogov.queries import run_question

QUERIES = Path(__file__).resolve().parents[1] / "queries"
sys.path.insert(0, str(QUERIES))
from test_params import HOSTILE
from test_questions import TestBackendContract as _Contract


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(QUERIES / "data" / "ontology-fixture.ttl")


@pytest.fixture(scope="module")
def cases() -> rdflib.Graph:
    return rdflib.Graph().parse(QUERIES / "data" / "cases.ttl")


@pytest.fixture(scope="module")
def reference_backend(ontology: rdflib.Graph, cases: rdflib.Graph) -> Backend:
    made = RdflibBackend()
    load_dataset(made, cases, ontology=ontology)
    return made


@pytest.fixture(scope="module")
def backend(virtuoso, ontology: rdflib.Graph, cases: rdflib.Graph) -> Iterator[Backend]:
    """Virtuoso, loaded with the contract's cases by the endpoint backend with Digest."""
    writer = EndpointBackend(
        virtuoso.sparql_auth,
        update_url=virtuoso.sparql_auth,
        store_url=virtuoso.graph_store_auth,
        credentials={"127.0.0.1": Credentials("digest", "dba", "dba", "the test")},
    )
    load_dataset(writer, cases, ontology=ontology)
    reader = EndpointBackend(virtuoso.sparql, credentials={})
    yield reader
    reader.close()


class TestVirtuosoContract(_Contract):
    """Every test of the contract, every named question among them, on Virtuoso."""


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_value_cannot_widen_a_filter(backend, value) -> None:
    """Parameters are bound with BIND on Virtuoso (not VALUES, see cogov.backends): still
    never pasted."""
    assert run_question("case-phases", backend, {"case": value}) == []
    for name, parameter in [
        ("concept-definition", "concept"),
        ("typologies", "scholar"),
        ("proposition-evidence", "only_proposition"),
    ]:
        assert run_question(name, backend, {parameter: value}) == [], name
    assert len(run_question("case-classification", backend)) == 8  # the data is untouched


def test_an_exact_value_still_matches_literally(backend) -> None:
    assert len(run_question("case-phases", backend, {"case": "jjj-air"})) == 2
    rows = run_question("instrument-mix", backend, {"only_authority": "true"})
    assert [r["id"] for r in rows] == ["gamma-symbolic", "jjj-air"]
