"""RDF → store → RDF loses nothing: random valid cases (any Unicode in names, every key,
optional fields present and absent) put into a store folder, closed, opened again and read
back give the same graph and the same cases; the same through a real Oxigraph server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from hostile_servers import OxigraphServer
from hypothesis import HealthCheck, given, settings
from rdflib.compare import isomorphic

from cogov.backends import Backend, EndpointBackend, OxigraphBackend
from cogov.loaders.rdf import cases_to_graph, graph_to_cases

# the case strategies of the loader tests
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "loaders"))
from loader_strategies import case_lists

SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
EVERYTHING = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def by_id(cases):
    return sorted(cases, key=lambda c: c.id)


def store_and_read_back(backend: Backend, graph: rdflib.Graph) -> rdflib.Graph:
    target = backend.new_dataset_graph()
    backend.load_graph(graph, target)
    backend.publish(target)
    return rdflib.Graph().parse(data=backend.construct(EVERYTHING), format="nt")


@SETTINGS
@given(cases=case_lists(case_langs=("zh", "en", "fr", "zh-hant")))
def test_store_folder_round_trip(cases, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("store")
    graph = cases_to_graph(cases)
    with OxigraphBackend(folder) as backend:  # an earlier dataset, to be replaced
        target = backend.new_dataset_graph()
        backend.load_rdf(b'<urn:old> <urn:p> "old" .', "nt", target)
        backend.publish(target)
    with OxigraphBackend(folder) as backend:
        store_and_read_back(backend, graph)
    with OxigraphBackend(folder) as backend:  # opened again: what was kept on disk
        back = rdflib.Graph().parse(data=backend.construct(EVERYTHING), format="nt")
    assert isomorphic(back, graph)
    assert by_id(graph_to_cases(back)) == by_id(cases)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    running = OxigraphServer(tmp_path_factory.mktemp("oxigraph-data"))
    yield running
    running.stop()


@SETTINGS
@given(cases=case_lists(case_langs=("zh", "en", "fr", "zh-hant")))
def test_endpoint_round_trip(cases, server) -> None:
    graph = cases_to_graph(cases)
    back = store_and_read_back(EndpointBackend(server.url), graph)
    assert isomorphic(back, graph)
    assert by_id(graph_to_cases(back)) == by_id(cases)
