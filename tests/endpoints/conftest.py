"""Fixtures of the endpoint tests: servers that require credentials, Virtuoso, and a clean
environment (no credentials of the person running the tests, no ~/.netrc of theirs)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# helper modules beside this file (the suite runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from auth_servers import AuthServer, serve_auth
from virtuoso_server import PASSWORD as VIRTUOSO_PASSWORD
from virtuoso_server import USER as VIRTUOSO_USER
from virtuoso_server import VirtuosoServer

from cogov.backends import ENV_AUTH, ENV_PASSWORD, ENV_TOKEN, ENV_USER


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (ENV_USER, ENV_PASSWORD, ENV_AUTH, ENV_TOKEN, "NETRC"):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))


def _server(scheme: str, forbid: bool = False) -> Iterator[AuthServer]:
    state = AuthServer(scheme, forbid=forbid)
    server = serve_auth(state)
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def basic_server() -> Iterator[AuthServer]:
    yield from _server("basic")


@pytest.fixture
def digest_server() -> Iterator[AuthServer]:
    yield from _server("digest")


@pytest.fixture
def bearer_server() -> Iterator[AuthServer]:
    yield from _server("bearer")


@pytest.fixture
def forbidding_server() -> Iterator[AuthServer]:
    """Accepts Digest credentials, then answers 403 with an HTML page (as Virtuoso does)."""
    yield from _server("digest", forbid=True)


@pytest.fixture
def echo_server() -> Iterator[AuthServer]:
    """Answers 500 quoting the Authorization header it was sent."""
    state = AuthServer("none", echo=True)
    server = serve_auth(state)
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """Virtuoso on 127.0.0.1 with a new database, for one test module (skipped where the
    Debian package is not installed)."""
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture
def virtuoso_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Virtuoso's default account, in the environment as a user gives it (Digest only)."""
    monkeypatch.setenv(ENV_USER, VIRTUOSO_USER)
    monkeypatch.setenv(ENV_PASSWORD, VIRTUOSO_PASSWORD)
    monkeypatch.setenv(ENV_AUTH, "digest")
