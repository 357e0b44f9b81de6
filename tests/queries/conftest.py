"""Fixtures of the query tests: the hand-made data, and one backend of each kind.

The maplib backend (pyoxigraph for the data and the rules, maplib for the questions) runs
where maplib is installed. The endpoint backend talks to a real Oxigraph server (the
``oxigraph`` command of the PyPI package), started on a free port of 127.0.0.1 for the session
and stopped after.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib

from cogov.backends import Backend, EndpointBackend, OxigraphBackend, RdflibBackend
from cogov.pipeline import load as load_dataset

DATA = Path(__file__).parent / "data"
BACKENDS = ("memory", "store", "endpoint", "rdflib", "maplib")


@pytest.fixture(scope="session")
def ontology() -> rdflib.Graph:
    """The hand-written ontology fixture (the terms the rules and questions read)."""
    return rdflib.Graph().parse(DATA / "ontology-fixture.ttl")


@pytest.fixture(scope="session")
def cases() -> rdflib.Graph:
    return rdflib.Graph().parse(DATA / "cases.ttl")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server on 127.0.0.1; yields its query URL."""
    command = shutil.which("oxigraph")
    if command is None:
        pytest.skip("the oxigraph server command (pip install oxigraph) is not installed")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    process = subprocess.Popen(
        [command, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                message = process.stderr.read().decode() if process.stderr else ""
                pytest.fail(f"the oxigraph server stopped at start: {message}")
            try:
                with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("the oxigraph server did not answer within 30 s")
                time.sleep(0.1)
        yield f"{url}/query"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def make_backend(kind: str, request: pytest.FixtureRequest, folder: Path) -> Backend:
    if kind == "memory":
        return OxigraphBackend()
    if kind == "store":
        return OxigraphBackend(folder / "store")
    if kind == "rdflib":
        return RdflibBackend()
    if kind == "maplib":
        pytest.importorskip("maplib")
        from cogov.columnar import MaplibBackend

        return MaplibBackend()
    return EndpointBackend(request.getfixturevalue("oxigraph_server"))


@pytest.fixture(params=BACKENDS, scope="module")
def backend(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    ontology: rdflib.Graph,
    cases: rdflib.Graph,
) -> Iterator[Backend]:
    """Each kind of backend, loaded with the hand-made cases and classified (threshold 3).

    Loaded once per test module: the questions only read.
    """
    made = make_backend(request.param, request, tmp_path_factory.mktemp(request.param))
    load_dataset(made, cases, ontology=ontology)
    yield made
    made.close()


@pytest.fixture(scope="session")
def reference_backend(ontology: rdflib.Graph, cases: rdflib.Graph) -> Backend:
    """rdflib in memory: the reference the other backends must match row for row."""
    made = RdflibBackend()
    load_dataset(made, cases, ontology=ontology)
    return made
