"""Random and mutated case files, spreadsheets and RDF fed to every command that reads them,
through the command line's own entry point: exit 0, 1 or 2, never an uncaught exception and
never a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cogov.cli import main
from cogov.loaders import load_file, write_cases

GOOD = Path(__file__).resolve().parents[1] / "data" / "good" / "one-case.yaml"
SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
COMMANDS = ("validate", "convert", "classify", "query", "report", "load")
TOKENS = [b"[", b"{", b"&a ", b"*a", b":", b"- ", b"\\", b";", b"|", b"(", b'"', b"\n  ", b"<",
          b"@prefix", b"=", b"\x00", b"\xff", b"PK\x03\x04", b"@context", b"owl:imports"]  # fmt: skip


def _seeds() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        cases = load_file(GOOD).cases
        return {
            ext: write_cases(cases, Path(folder) / f"seed.{ext}").read_bytes()
            for ext in ("yaml", "json", "csv", "xlsx", "ttl", "jsonld")
        }


SEEDS = _seeds()


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    ext = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[ext])
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "delete", "insert", "truncate", "repeat"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(max_size=20) | st.sampled_from(TOKENS))
        elif kind == "truncate":
            del data[at:]
        elif kind == "repeat":
            data[at:at] = data[at : at + 30] * draw(st.integers(2, 50))
    return ext, bytes(data)


def run_command(command: str, ext: str, data: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz.{ext}"
        path.write_bytes(data)
        out = Path(folder) / "out"
        argv = {
            "validate": ["validate"],
            "convert": ["convert", "--to", "yaml", "-o", str(out)],
            "classify": ["classify", "--format", "json"],
            "query": ["query", "case-classification"],
            "report": ["report", "-o", str(out)],
            "load": ["load", "--store", str(out)],
        }[command]
        code = main([*argv, str(path)])  # an uncaught exception fails the test here
        captured = capsys.readouterr()
        assert code in (0, 1, 2), (command, code)
        assert "Traceback" not in captured.err
        if code != 0:
            assert "fuzz." in captured.out + captured.err  # the message names the file
        if code != 0 and command in ("convert", "report"):
            assert not out.exists()  # nothing written after a failure


@SETTINGS
@given(command=st.sampled_from(COMMANDS), sample=mutated())
def test_mutated_files_through_every_command(command, sample, capsys) -> None:
    ext, data = sample
    run_command(command, ext, data, capsys)


@SETTINGS
@given(
    command=st.sampled_from(COMMANDS),
    ext=st.sampled_from(sorted(SEEDS)),
    data=st.binary(max_size=400) | st.text(max_size=400).map(str.encode),
)
def test_random_bytes_through_every_command(command, ext, data, capsys) -> None:
    run_command(command, ext, data, capsys)
