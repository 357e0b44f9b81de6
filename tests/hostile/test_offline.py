"""Every command works with the network cut off: the ontology's own imports resolve through
the catalog, and a file naming the CoGov ontology in ``owl:imports`` fetches nothing."""

from __future__ import annotations

import socket

import pytest

from cogov.cli import main

IMPORTS_COGOV = """\
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix cogov: <https://w3id.org/cogov#> .
<https://example.org/my-data> owl:imports <https://w3id.org/cogov> .
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to open a network connection is recorded and fails."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args[1:] or kwargs)
        raise OSError("the network is cut off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_every_command_runs_offline(no_network, good_file, tmp_path, capsys) -> None:
    turtle = tmp_path / "cases.ttl"
    assert main(["convert", str(good_file), "--to", "ttl", "-o", str(turtle)]) == 0
    turtle.write_text(IMPORTS_COGOV + turtle.read_text(encoding="utf-8"), encoding="utf-8")
    jsonld = tmp_path / "cases.jsonld"
    assert main(["convert", str(turtle), "--to", "jsonld", "-o", str(jsonld)]) == 0
    for path in (good_file, turtle, jsonld):
        for argv in (
            ["validate", str(path)],
            ["classify", str(path)],
            ["query", "case-classification", str(path)],
            ["report", "-o", str(tmp_path / "report"), str(path)],
            ["load", str(path), "--store", str(tmp_path / "store")],
        ):
            code = main(argv)
            assert code == 0, (argv, capsys.readouterr().err)
    assert main(["query", "case-classification", "--store", str(tmp_path / "store")]) == 0
    assert "yrd-air-2014" in capsys.readouterr().out
    assert no_network == []


def test_the_guard_does_catch_a_connection(no_network) -> None:
    """The fixture above would see a fetch: a plain urllib request is caught."""
    import urllib.request

    with pytest.raises(OSError):
        urllib.request.urlopen("http://127.0.0.1:9/x", timeout=1)
    assert no_network
