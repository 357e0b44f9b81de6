"""A SPARQL endpoint that is down, slow, failing or talking nonsense: a plain message that
names the endpoint, exit 2, no traceback, and never a partial load reported as success."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_servers import OxigraphServer, free_port

from cogov.backends import DEFAULT_TIMEOUT, EndpointBackend
from cogov.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "good"
FIRST, SECOND = DATA / "one-case.yaml", DATA / "bom.yaml"
FIRST_ID, SECOND_ID = "yrd-air-2014", "yrd-air-2014-bom"


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


def test_the_default_timeout_is_sane() -> None:
    assert 10 <= DEFAULT_TIMEOUT <= 300
    assert EndpointBackend("http://127.0.0.1:1/query").timeout == DEFAULT_TIMEOUT


@pytest.mark.parametrize("command", ["query", "load"])
def test_an_endpoint_that_is_down(command, good_file, capsys) -> None:
    host = f"127.0.0.1:{free_port()}"  # nothing listens there
    argv = ["query", "case-classification"] if command == "query" else ["load", str(good_file)]
    code, _, err = run(capsys, *argv, "--endpoint", f"http://{host}/query")
    assert code == 2
    assert "cannot reach the endpoint" in err and f"http://{host}/" in err
    assert "loaded" not in err


@pytest.mark.parametrize(
    ("status", "body", "words"),
    [
        (500, b"internal error: disk full", "answered HTTP 500"),
        (503, b"", "answered HTTP 503"),
        (404, b"<html>no such page</html>", "answered HTTP 404"),
        (200, b"<html><body>Welcome to nginx!</body></html>", "did not answer with SPARQL"),
        (200, b'{"head": {"vars": ["g"]}}', "did not answer with SPARQL"),
        (200, b"[1, 2, 3]", "did not answer with SPARQL"),
        (200, b'{"head": {"vars": "g"}, "results": {"bindings": [1]}}', "did not answer with"),
        (200, b"\xff\xfe\x00garbage", "did not answer with SPARQL"),
    ],
)
def test_an_endpoint_that_fails_or_answers_garbage(
    status, body, words, fault_server, good_file, capsys
) -> None:
    fault_server.status, fault_server.body = status, body
    url = f"{fault_server.url}/query"
    code, _, err = run(capsys, "query", "case-classification", "--endpoint", url)
    assert code == 2 and words in err and fault_server.url in err
    code, _, err = run(capsys, "load", str(good_file), "--endpoint", url)
    assert code == 2 and fault_server.url in err
    assert "loaded" not in err  # never a success after a failed write


def test_garbage_instead_of_n_triples_is_a_clear_error(fault_server) -> None:
    fault_server.queue = [
        json.dumps({"head": {"vars": ["g"]}, "results": {"bindings": []}}).encode()
    ]
    fault_server.body = b"<html>not triples</html>"
    backend = EndpointBackend(f"{fault_server.url}/query")
    with pytest.raises(Exception, match="did not answer with N-Triples") as caught:
        backend.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert fault_server.url in str(caught.value)


@pytest.mark.parametrize("command", ["query", "load"])
def test_a_slow_endpoint_times_out_with_a_message(command, fault_server, good_file, capsys) -> None:
    fault_server.delay = 3.0
    fault_server.body = json.dumps({"head": {"vars": ["g"]}, "results": {"bindings": []}}).encode()
    url = f"{fault_server.url}/query"
    argv = ["query", "case-classification"] if command == "query" else ["load", str(good_file)]
    code, _, err = run(capsys, *argv, "--endpoint", url, "--timeout", "0.5")
    assert code == 2
    assert "did not answer within 0.5 s" in err and "--timeout" in err and fault_server.url in err
    assert "loaded" not in err


def test_a_bad_timeout_is_refused(good_file, capsys) -> None:
    code, _, err = run(
        capsys, "query", "case-classification", "--endpoint", "http://127.0.0.1:1/q",
        "--timeout", "0",
    )  # fmt: skip
    assert code == 2 and "timeout" in err


def _count_requests(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = EndpointBackend._request

    def counting(self, url, data, headers, method="POST"):
        seen.append(url)
        return original(self, url, data, headers, method)

    monkeypatch.setattr(EndpointBackend, "_request", counting)
    return seen


def _stopping(server: OxigraphServer, stop_after: int):
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


def test_a_server_stopped_midway_never_leaves_a_mixed_dataset(
    tmp_path, monkeypatch, capsys
) -> None:
    """Load once; then load other data, stopping the real Oxigraph server after each request
    in turn. Started again on the same data folder, the server serves one whole dataset: the
    first one whenever the command failed, the second only when it said it loaded it."""
    location = tmp_path / "oxigraph-data"
    server = OxigraphServer(location)
    try:
        assert run(capsys, "load", str(FIRST), "--endpoint", server.url)[0] == 0
        assert case_ids(capsys, server.url) == [FIRST_ID]
        with monkeypatch.context() as patch:
            seen = _count_requests(patch)
            assert run(capsys, "load", str(SECOND), "--endpoint", server.url)[0] == 0
        assert case_ids(capsys, server.url) == [SECOND_ID]
        assert run(capsys, "load", str(FIRST), "--endpoint", server.url)[0] == 0
    finally:
        server.stop()
    assert len(seen) >= 4  # ontology, data, rules, pointer: several writes to stop between
    expected = [FIRST_ID]
    outcomes = []
    for stop_after in range(1, len(seen) + 1):
        server = OxigraphServer(location)
        try:
            with monkeypatch.context() as patch:
                patch.setattr(EndpointBackend, "_request", _stopping(server, stop_after))
                code, _, err = run(capsys, "load", str(SECOND), "--endpoint", server.url)
        finally:
            server.stop()
        stopped = server.base
        server = OxigraphServer(location)
        try:
            found = case_ids(capsys, server.url)
            if code == 0:
                assert "loaded" in err and found == [SECOND_ID], f"stopped after {stop_after}"
                # put the first dataset back for the next round
                assert run(capsys, "load", str(FIRST), "--endpoint", server.url)[0] == 0
            else:
                assert code == 2 and "loaded" not in err, err
                assert stopped in err  # the message names the endpoint
                assert found == expected, f"stopped after request {stop_after}: {err}"
        finally:
            server.stop()
        outcomes.append(code)
    assert outcomes[0] == 2 and 2 in outcomes[: len(seen) // 2]  # early stops do fail
