"""The command line's last line of defence: plain messages and fixed exit codes."""

from __future__ import annotations

import argparse

import pytest

from cogov import cli
from cogov.errors import InvalidDataError, Problem


def _run_with(handler, monkeypatch, capsys):
    real = cli.build_parser

    def parser_with_boom() -> argparse.ArgumentParser:
        parser = real()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        sub.add_parser("boom").set_defaults(handler=handler)
        return parser

    monkeypatch.setattr(cli, "build_parser", parser_with_boom)
    code = cli.main(["boom"])
    return code, capsys.readouterr().err


def test_an_unexpected_error_is_one_sentence_not_a_traceback(monkeypatch, capsys) -> None:
    def handler(args):
        raise MemoryError("parser buffer")

    monkeypatch.delenv("COGOV_DEBUG", raising=False)
    code, err = _run_with(handler, monkeypatch, capsys)
    assert code == 2
    assert "unexpected error (MemoryError: parser buffer)" in err
    assert "Traceback" not in err


def test_cogov_debug_shows_the_traceback(monkeypatch, capsys) -> None:
    def handler(args):
        raise ValueError("inner")

    monkeypatch.setenv("COGOV_DEBUG", "1")
    with pytest.raises(ValueError, match="inner"):
        _run_with(handler, monkeypatch, capsys)


def test_invalid_data_prints_every_message_then_exits_1(monkeypatch, capsys) -> None:
    problems = [
        Problem(file="a.yaml", case="x", field="domain", message="unknown domain"),
        Problem(file="a.yaml", case="y", field="start", message="not a year"),
    ]

    def handler(args):
        raise InvalidDataError("2 case(s) do not validate", problems)

    code, err = _run_with(handler, monkeypatch, capsys)
    assert code == 1
    assert "a.yaml, case x, field domain: error: unknown domain" in err
    assert "a.yaml, case y, field start: error: not a year" in err
    assert err.rstrip().endswith("cogov: 2 case(s) do not validate")
