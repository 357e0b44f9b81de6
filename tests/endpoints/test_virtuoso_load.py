"""``cogov load`` into Virtuoso with credentials from the environment, and all or nothing:
a server stopped in the middle of a load leaves the previous dataset whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from virtuoso_server import VirtuosoServer

from cogov.backends import EndpointBackend, OxigraphBackend
from cogov.cli import main
from cogov.pipeline import load as load_dataset
from cogov.pipeline import read_valid
from cogov.queries import list_questions, run_question

ROOT = Path(__file__).resolve().parents[2]
PAPER = ROOT / "data" / "paper-cases.yaml"
GOOD = ROOT / "tests" / "data" / "good"
FIRST, SECOND = GOOD / "one-case.yaml", GOOD / "bom.yaml"
FIRST_ID, SECOND_ID = "yrd-air-2014", "yrd-air-2014-bom"

pytestmark = pytest.mark.slow


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def case_ids(capsys: pytest.CaptureFixture[str], endpoint: str) -> list[str]:
    code, out, err = run(
        capsys, "query", "case-classification", "--endpoint", endpoint, "--format", "json"
    )
    assert code == 0, err
    return sorted(row["id"] for row in json.loads(out))


def test_writing_without_credentials_is_refused_in_one_line(virtuoso, capsys) -> None:
    code, _, err = run(
        capsys, "load", str(FIRST), "--endpoint", virtuoso.sparql,
        "--update-endpoint", virtuoso.sparql, "--graph-store", virtuoso.graph_store,
    )  # fmt: skip
    assert code == 2 and "loaded" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert f"the endpoint {virtuoso.graph_store} refused the request (HTTP 403" in err
    assert "SR575:SECURITY: No permission to execute" in err and "<" not in err
    assert "COGOV_ENDPOINT_USER" in err


def test_a_wrong_password_is_refused(virtuoso, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COGOV_ENDPOINT_USER", "dba")
    monkeypatch.setenv("COGOV_ENDPOINT_PASSWORD", "Not-Dba-Pa55")
    code, out, err = run(capsys, "load", str(FIRST), *virtuoso.load_argv())
    assert code == 2 and "refused the credentials of user 'dba'" in err
    assert "Not-Dba-Pa55" not in out + err


def test_load_with_digest_then_every_question(virtuoso, virtuoso_credentials, capsys) -> None:
    """The paper's cases through `cogov load`; every question, read anonymously, gives the
    rows of the in-memory backend, over the bundled ontology too (with and without the
    optional parameters that Virtuoso 7.2 used to refuse)."""
    code, _, err = run(capsys, "load", str(PAPER), *virtuoso.load_argv())
    assert code == 0 and "loaded and classified 12 case(s)" in err, err
    memory = OxigraphBackend()
    load_dataset(memory, read_valid([str(PAPER)], lenient=False).graph)
    served = EndpointBackend(virtuoso.sparql, credentials={})
    for question in list_questions():
        rows = run_question(question.name, served)
        assert rows == run_question(question.name, memory), question.name
    rows = run_question("drivers-by-type", served, {"only_driver": "task_complexity"})
    assert rows == run_question("drivers-by-type", memory, {"only_driver": "task_complexity"})
    for name, params in [
        ("concept-definition", {"scholar": "torfing"}),
        ("concept-definition", {"concept": "governance", "scholar": "e"}),
        ("typologies", {"scholar": "ansell"}),
        ("proposition-evidence", {"only_proposition": "authority_symbolic"}),
        ("actor-network", {}),
    ]:
        rows = run_question(name, served, params)
        assert rows and rows == run_question(name, memory, params), (name, params)


def _stopping(server: VirtuosoServer, stop_after: int):
    """``EndpointBackend._request`` that stops ``server`` once request ``stop_after`` is done."""
    original = EndpointBackend._request
    made: list[str] = []

    def request(self, url, data, headers, method="POST"):
        made.append(url)
        answer = original(self, url, data, headers, method)
        if len(made) == stop_after:
            server.stop()
        return answer

    return request


def test_a_server_stopped_midway_leaves_the_previous_dataset(
    tmp_path, monkeypatch, virtuoso_credentials, capsys
) -> None:
    """Load once; then load other data, stopping Virtuoso after a request of the load: early
    (the staging graph half written), just before the pointer switch, and just after it.
    Started again on the same database, Virtuoso serves one whole dataset: the first one
    whenever the command failed, the second only when it said it loaded it."""
    folder = tmp_path / "virtuoso"
    server = VirtuosoServer(folder)
    seen: list[str] = []
    original = EndpointBackend._request

    def counting(self, url, data, headers, method="POST"):
        seen.append(url)
        return original(self, url, data, headers, method)

    try:
        assert run(capsys, "load", str(FIRST), *server.load_argv())[0] == 0
        with monkeypatch.context() as patch:
            patch.setattr(EndpointBackend, "_request", counting)
            assert run(capsys, "load", str(SECOND), *server.load_argv())[0] == 0
        assert case_ids(capsys, server.sparql) == [SECOND_ID]
        assert run(capsys, "load", str(FIRST), *server.load_argv())[0] == 0
        assert case_ids(capsys, server.sparql) == [FIRST_ID]
        # the classified dataset in one upload, then the pointer and the clean-up (the rules run
        # in memory before): requests to stop before, between and after
        assert len(seen) >= 4
        # the request that switches the pointer is the last update before the clean-up
        publish = len(seen) - 1
        outcomes = []
        for stop_after in sorted({1, 2, publish - 1, publish}):
            with monkeypatch.context() as patch:
                patch.setattr(EndpointBackend, "_request", _stopping(server, stop_after))
                code, _, err = run(capsys, "load", str(SECOND), *server.load_argv())
            stopped = server.base
            server = VirtuosoServer(folder)  # the same database, on new ports
            found = case_ids(capsys, server.sparql)
            if code == 0:
                assert "loaded" in err and found == [SECOND_ID], f"stopped after {stop_after}"
                assert run(capsys, "load", str(FIRST), *server.load_argv())[0] == 0
            else:
                assert code == 2 and "loaded" not in err, err
                assert stopped in err  # the message names the endpoint
                assert found == [FIRST_ID], f"stopped after request {stop_after}: {err}"
            outcomes.append(code)
        assert outcomes[0] == 2  # an early stop does fail
    finally:
        server.stop()
