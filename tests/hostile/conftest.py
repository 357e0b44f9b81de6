"""Fixtures of the hostile-input and fault tests (the servers are in hostile_servers.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# helper modules beside this file (the suite runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_servers import FaultServer, serve

GOOD = Path(__file__).resolve().parents[1] / "data" / "good" / "one-case.yaml"


@pytest.fixture
def good_file() -> Path:
    """A valid one-case file of the contract."""
    return GOOD


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    state = FaultServer()
    server = serve(state)
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def counting_server() -> Iterator[FaultServer]:
    """Answers every request with a small valid JSON-LD context, and records them."""
    state = FaultServer(body=b'{"@context": {}}', content_type="application/ld+json")
    server = serve(state)
    yield state
    server.shutdown()
    server.server_close()
