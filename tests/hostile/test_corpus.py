"""Every hostile file through every command that reads it: validate, convert, classify,
query, report, load. Each must stop with its exit code and the words of its message, write
nothing, fetch nothing and never show a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_corpus import CORPUS, Hostile

from cogov.cli import main


def commands(out: Path) -> dict[str, list[str]]:
    """Each command that reads case files, with the options that make it write into ``out``."""
    return {
        "validate": ["validate"],
        "convert": ["convert", "--to", "ttl", "-o", str(out / "converted.ttl")],
        "classify": ["classify"],
        "query": ["query", "case-classification"],
        "report": ["report", "-o", str(out / "report")],
        "load": ["load", "--store", str(out / "store")],
        "export": ["export", "--to", "network", "-o", str(out / "network.graphml")],
    }


COMMANDS = list(commands(Path(".")))


def test_every_corpus_name_is_unique() -> None:
    assert len({h.name for h in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("hostile", CORPUS, ids=[h.name for h in CORPUS])
def test_hostile_file_is_refused_by_every_command(
    hostile: Hostile,
    command: str,
    tmp_path: Path,
    counting_server,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = hostile.write(tmp_path, counting_server.url)
    out = tmp_path / "out"
    out.mkdir()
    code = main([*commands(out)[command], str(path)])
    captured = capsys.readouterr()
    said = captured.out + captured.err  # validate reports problems on standard output
    assert code == hostile.code, said
    assert hostile.words in said
    assert str(path) in said  # the message names the file
    assert "Traceback" not in said
    assert counting_server.requests == []  # nothing was fetched
    leftovers = [p.name for p in out.iterdir() if not p.name.startswith(".")]
    if command == "load":  # opening the store makes its folder; it must hold no dataset
        assert main(["query", "case-classification", "--store", str(out / "store")]) == 2
        assert "holds no dataset" in capsys.readouterr().err
        leftovers.remove("store")
    assert leftovers == []  # no output file, not even a partial one


XML_FILES = [h for h in CORPUS if h.name.endswith((".rdf", ".xml", ".owl"))]


@pytest.mark.parametrize("hostile", XML_FILES, ids=[h.name for h in XML_FILES])
def test_rdf_xml_message_says_it_is_not_an_input_format(
    hostile: Hostile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", "--to", "ttl", str(hostile.write(tmp_path))]) == 2
    assert "RDF/XML" in capsys.readouterr().err
