"""Credentials for SPARQL endpoints: HTTP Basic, Digest and a bearer token, from the
environment or a .netrc file, never from the command line, never in a message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from auth_servers import AuthServer

from cogov.backends import (
    ENV_AUTH,
    ENV_PASSWORD,
    ENV_TOKEN,
    ENV_USER,
    EndpointBackend,
    endpoint_credentials,
    meaningful_line,
)
from cogov.cli import main
from cogov.errors import BackendError

GOOD = Path(__file__).resolve().parents[1] / "data" / "good" / "one-case.yaml"
ASK_GRAPH = "SELECT ?g WHERE { ?s ?p ?g }"


def give(monkeypatch: pytest.MonkeyPatch, server: AuthServer, *, secret: str = "", auth: str = ""):
    monkeypatch.setenv(ENV_USER, server.user)
    monkeypatch.setenv(ENV_PASSWORD, secret or server.secret)
    if auth:
        monkeypatch.setenv(ENV_AUTH, auth)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def refused(backend: EndpointBackend) -> str:
    with pytest.raises(BackendError) as caught:
        backend.select(ASK_GRAPH, graph="")
    return str(caught.value)


# --- Basic ----------------------------------------------------------------------------------


def test_basic_answers_the_challenge(basic_server, monkeypatch) -> None:
    give(monkeypatch, basic_server)
    assert EndpointBackend(f"{basic_server.url}/query").select(ASK_GRAPH, graph="") == []
    assert [h.split()[0] for _, _, h in basic_server.seen if h] == ["Basic"]


def test_basic_is_sent_at_once_after_a_basic_challenge(basic_server, monkeypatch) -> None:
    give(monkeypatch, basic_server)
    backend = EndpointBackend(f"{basic_server.url}/query")
    for _ in range(3):
        backend.select(ASK_GRAPH, graph="")
    assert [h.split(" ")[0] for _, _, h in basic_server.seen] == ["", "Basic", "Basic", "Basic"]


def test_basic_at_once_sends_no_request_without_credentials(basic_server, monkeypatch) -> None:
    """COGOV_ENDPOINT_AUTH=basic: no 401 round trip, so no upload is ever sent twice."""
    give(monkeypatch, basic_server, auth="basic")
    backend = EndpointBackend(f"{basic_server.url}/query")
    backend.select(ASK_GRAPH, graph="")
    backend.load_rdf(b"<urn:a> <urn:p> <urn:o> .\n", "nt", "urn:g")
    assert len(basic_server.seen) == 2
    assert all(h.startswith("Basic ") for _, _, h in basic_server.seen)


def test_a_wrong_basic_password_is_refused_in_one_sentence(basic_server, monkeypatch) -> None:
    give(monkeypatch, basic_server, secret="not-the-password-42")
    message = refused(EndpointBackend(f"{basic_server.url}/query"))
    assert message == (
        f"the endpoint {basic_server.url}/query refused the credentials of user 'alice' from "
        f"{ENV_USER} and {ENV_PASSWORD} (HTTP 401 Unauthorized)"
    )


# --- Digest ---------------------------------------------------------------------------------


@pytest.mark.parametrize("auth", ["", "auto", "digest"])
def test_digest(digest_server, monkeypatch, auth) -> None:
    give(monkeypatch, digest_server, auth=auth)
    backend = EndpointBackend(f"{digest_server.url}/query")
    assert backend.select(ASK_GRAPH, graph="") == []
    for _ in range(2):  # POSTs with a body, to one URL
        backend.load_rdf(b"<urn:a> <urn:p> <urn:o> .\n", "nt", "urn:g")
    sent = [h for _, _, h in digest_server.seen if h]
    assert len(sent) == 3 and all(h.startswith("Digest ") for h in sent)
    assert not any(digest_server.secret in h for _, _, h in digest_server.seen)


def test_a_wrong_digest_password_is_tried_once(digest_server, monkeypatch) -> None:
    """The standard library's handler would try six times (an account lock-out on some
    servers); cogov tries once per request and says the credentials were refused."""
    give(monkeypatch, digest_server, secret="not-the-password-42", auth="digest")
    message = refused(EndpointBackend(f"{digest_server.url}/query"))
    assert "refused the credentials of user 'alice'" in message
    assert f"{digest_server.url}/query" in message
    assert len(digest_server.seen) == 2  # the challenge, one answer


def test_digest_only_never_sends_the_password_itself(basic_server, monkeypatch) -> None:
    """COGOV_ENDPOINT_AUTH=digest against a server that asks for Basic: refused, and the
    password was never sent in Basic's reversible encoding."""
    give(monkeypatch, basic_server, auth="digest")
    message = refused(EndpointBackend(f"{basic_server.url}/query"))
    assert "refused the credentials" in message
    assert [h for _, _, h in basic_server.seen] == [""]


# --- bearer token ---------------------------------------------------------------------------


def test_a_bearer_token(bearer_server, monkeypatch) -> None:
    monkeypatch.setenv(ENV_TOKEN, bearer_server.secret)
    backend = EndpointBackend(f"{bearer_server.url}/query")
    assert backend.select(ASK_GRAPH, graph="") == []
    assert bearer_server.seen[0][2] == f"Bearer {bearer_server.secret}"


def test_a_token_goes_to_the_endpoint_host_only(bearer_server, basic_server, monkeypatch) -> None:
    monkeypatch.setenv(ENV_TOKEN, bearer_server.secret)
    backend = EndpointBackend(f"{bearer_server.url}/query")
    with pytest.raises(Exception):  # noqa: B017 - the other server answers 401
        backend._opener.open(f"{basic_server.url}/query", timeout=5)
    assert basic_server.seen == [("GET", "/query", "")]


def test_a_wrong_token_is_not_in_the_message(bearer_server, monkeypatch) -> None:
    monkeypatch.setenv(ENV_TOKEN, "wrong-token-0123456789")
    message = refused(EndpointBackend(f"{bearer_server.url}/query"))
    assert message == (
        f"the endpoint {bearer_server.url}/query refused the token from {ENV_TOKEN} "
        "(HTTP 401 Unauthorized)"
    )


# --- .netrc ---------------------------------------------------------------------------------


def test_a_netrc_entry_for_the_host(digest_server, monkeypatch, tmp_path) -> None:
    netrc = tmp_path / "creds.netrc"
    netrc.write_text(
        "machine example.org login bob password other\n"
        f"machine 127.0.0.1 login {digest_server.user} password {digest_server.secret}\n"
    )
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    backend = EndpointBackend(f"{digest_server.url}/query")
    assert backend.select(ASK_GRAPH, graph="") == []
    given = backend.credentials["127.0.0.1"]
    assert given.user == digest_server.user and str(netrc) in given.source


def test_the_default_netrc_in_home(basic_server, monkeypatch) -> None:
    netrc = Path.home() / ".netrc"
    netrc.write_text(
        f"machine 127.0.0.1 login {basic_server.user} password {basic_server.secret}\n"
    )
    netrc.chmod(0o600)
    assert EndpointBackend(f"{basic_server.url}/query").select(ASK_GRAPH, graph="") == []


def test_the_environment_comes_before_netrc(basic_server, monkeypatch, tmp_path) -> None:
    netrc = tmp_path / "n"
    netrc.write_text("machine 127.0.0.1 login bob password wrong\n")
    monkeypatch.setenv("NETRC", str(netrc))
    give(monkeypatch, basic_server)
    assert EndpointBackend(f"{basic_server.url}/query").select(ASK_GRAPH, graph="") == []


def test_a_broken_netrc_does_not_show_its_content(monkeypatch, tmp_path) -> None:
    netrc = tmp_path / "n"
    netrc.write_text("machine 127.0.0.1 login bob password\n  'Secret-Token-77\n  bogus")
    monkeypatch.setenv("NETRC", str(netrc))
    try:
        found = endpoint_credentials(["http://127.0.0.1:1/query"])
    except BackendError as err:
        assert "Secret-Token-77" not in str(err) and str(netrc) in str(err)
    else:
        assert "Secret-Token-77" not in repr(found)


# --- no credentials, and what is refused ----------------------------------------------------


def test_no_credentials_says_how_to_give_them(digest_server) -> None:
    message = refused(EndpointBackend(f"{digest_server.url}/query"))
    assert message.startswith(f"the endpoint {digest_server.url}/query requires credentials")
    assert ENV_USER in message and ".netrc" in message and "<" not in message


def test_a_403_html_page_is_shortened_to_its_meaningful_line(
    forbidding_server, monkeypatch, capsys
) -> None:
    give(monkeypatch, forbidding_server)
    code, _, err = run(capsys, "load", str(GOOD), "--endpoint", f"{forbidding_server.url}/sparql")
    assert code == 2 and "loaded" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"the endpoint {forbidding_server.url}/" in err and "HTTP 403 Forbidden" in err
    assert "SR575: SECURITY: No permission to execute DB.DBA.TTLP_RL_NEW_GRAPH" in err
    assert "<" not in err and "SPARQL query" not in err and "font:" not in err
    assert forbidding_server.secret not in err


def test_a_403_without_credentials_suggests_them(forbidding_server, capsys) -> None:
    forbidding_server.scheme = "none"  # no challenge: the 403 comes at once
    code, _, err = run(capsys, "load", str(GOOD), "--endpoint", f"{forbidding_server.url}/sparql")
    assert code == 2 and "HTTP 403 Forbidden: SR575" in err and ENV_USER in err


@pytest.mark.parametrize("command", ["query", "load"])
def test_the_password_never_shows_on_failure(command, digest_server, monkeypatch, capsys) -> None:
    secret = "Wr0ng-But-Secret-Pa55word"
    give(monkeypatch, digest_server, secret=secret)
    argv = ["query", "case-classification"] if command == "query" else ["load", str(GOOD)]
    code, out, err = run(capsys, *argv, "--endpoint", f"{digest_server.url}/query")
    assert code == 2 and "refused the credentials" in err
    assert secret not in out + err


def test_a_secret_echoed_by_the_server_is_hidden(echo_server, monkeypatch) -> None:
    monkeypatch.setenv(ENV_TOKEN, "Echoed-Token-123456")
    message = refused(EndpointBackend(f"{echo_server.url}/query"))
    assert "Echoed-Token-123456" not in message and "[hidden]" in message


def test_credentials_in_the_url_are_refused_and_not_echoed() -> None:
    with pytest.raises(BackendError) as caught:
        EndpointBackend("http://dba:Hunter2-pw@127.0.0.1:8890/sparql")
    assert "Hunter2-pw" not in str(caught.value) and ENV_USER in str(caught.value)
    with pytest.raises(BackendError):
        EndpointBackend("http://127.0.0.1:1/q", store_url="http://u:p@127.0.0.1:1/store")


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({ENV_USER: "alice"}, "go together"),
        ({ENV_PASSWORD: "x"}, "go together"),
        ({ENV_TOKEN: "t", ENV_USER: "alice", ENV_PASSWORD: "x"}, "not both"),
        ({ENV_USER: "alice", ENV_PASSWORD: "x", ENV_AUTH: "ntlm"}, "auto, basic or digest"),
    ],
)
def test_inconsistent_settings_are_refused(env, words, monkeypatch, capsys) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, _, err = run(
        capsys, "query", "case-classification", "--endpoint", "http://127.0.0.1:1/query"
    )
    assert code == 2 and words in err


@pytest.mark.parametrize("option", ["--user", "--password", "--token", "--auth"])
def test_credentials_are_not_a_command_line_option(option) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["load", str(GOOD), "--endpoint", "http://127.0.0.1:1/q", option, "x"])
    assert caught.value.code == 2


def test_the_repr_hides_the_secret(monkeypatch) -> None:
    monkeypatch.setenv(ENV_USER, "alice")
    monkeypatch.setenv(ENV_PASSWORD, "Repr-Secret-99")
    found = endpoint_credentials(["http://127.0.0.1:1/query"])
    assert "Repr-Secret-99" not in repr(found) and "alice" in repr(found)


@pytest.mark.parametrize(
    ("body", "kind", "line"),
    [
        ((b"<html><head><title>Error 403</title></head><body><h1>Forbidden</h1>"
          b"<p>You may not write here.</p></body></html>"), "text/html",
         "You may not write here."),
        (b"<html><head><title>Repository is read-only</title></head></html>", "text/html",
         "Repository is read-only"),
        (b"<!DOCTYPE html><html><body><h2>Access &amp; rights denied</h2></body></html>", "",
         "Access & rights denied"),
        (b"<html><body><h1>403 Forbidden</h1><hr><center>nginx</center></body></html>",
         "text/html", "nginx"),
        (b"plain text: not allowed", "text/plain", "plain text: not allowed"),
    ],
)  # fmt: skip
def test_meaningful_line(body, kind, line) -> None:
    assert meaningful_line(body, kind, 403, "Forbidden") == line


def test_a_json_answer_still_reads(basic_server, monkeypatch) -> None:
    give(monkeypatch, basic_server)
    rows = EndpointBackend(f"{basic_server.url}/query").select(ASK_GRAPH, graph="")
    assert json.dumps(rows) == "[]"
