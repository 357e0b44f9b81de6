"""Uploads to a graph store: an Oxigraph server's own bulk loader for a dataset being built,
plain Graph Store Protocol everywhere else, and the same triples either way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hostile_servers import FaultServer, OxigraphServer

from cogov.backends import EndpointBackend

STAGING = "https://w3id.org/cogov/graph/dataset/upload-test"
# 300 triples of about 70 bytes: a few kilobytes, cut into several uploads below
TRIPLES = b"".join(f'<urn:cogov:s{i}> <urn:cogov:p> "value {i}" .\n'.encode() for i in range(300))


def recording(backend: EndpointBackend) -> list[str]:
    """Record the URL of every request ``backend`` makes."""
    seen: list[str] = []
    original = backend._request

    def request(url, data, headers, method="POST"):
        seen.append(url)
        return original(url, data, headers, method)

    backend._request = request  # type: ignore[method-assign]
    return seen


@pytest.fixture
def server(tmp_path) -> Iterator[OxigraphServer]:
    running = OxigraphServer(tmp_path / "oxigraph-data")
    yield running
    running.stop()


def test_an_oxigraph_server_takes_a_dataset_in_bulk_after_its_first_answer(server) -> None:
    backend = EndpointBackend(server.url)
    backend.chunk_bytes = 4096
    seen = recording(backend)
    backend.load_rdf(TRIPLES, "nt", STAGING)
    uploads = [url for url in seen if "/store?" in url]
    assert len(uploads) >= 4
    # the first upload is plain: its answer says which server this is
    assert "no_transaction" not in uploads[0]
    assert all(url.endswith("&no_transaction") for url in uploads[1:])
    rows = backend.select(f"SELECT ?s ?o WHERE {{ GRAPH <{STAGING}> {{ ?s ?p ?o . }} }}", graph="")
    assert sorted((r["s"], r["o"]) for r in rows) == sorted(
        (f"urn:cogov:s{i}", f"value {i}") for i in range(300)
    )


def test_the_default_graph_is_never_loaded_outside_a_transaction(server) -> None:
    backend = EndpointBackend(server.url)
    backend.chunk_bytes = 4096
    seen = recording(backend)
    backend.load_rdf(TRIPLES, "nt", STAGING)
    backend.load_rdf(TRIPLES, "nt", None)
    defaults = [url for url in seen if url.endswith("/store?default")]
    assert len(defaults) >= 4
    assert not any("no_transaction" in url for url in seen if "?default" in url)


def test_other_servers_get_the_plain_graph_store_protocol(fault_server: FaultServer) -> None:
    fault_server.body = b""
    backend = EndpointBackend(f"{fault_server.url}/query")
    backend.chunk_bytes = 4096
    backend.load_rdf(TRIPLES, "nt", STAGING)
    uploads = [line for line in fault_server.requests if line.startswith("POST /store")]
    assert len(uploads) >= 4
    assert not any("no_transaction" in line for line in uploads)
