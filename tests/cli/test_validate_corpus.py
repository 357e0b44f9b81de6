"""`cogov validate` on the bad-file corpus: the exit code and message each file must get."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from cogov.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
BAD = DATA / "bad"
EXPECTED = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_every_corpus_file_has_an_expectation_and_back():
    files = {p.name for p in BAD.iterdir() if p.name != "expected.yaml"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file(name, capsys):
    expected = EXPECTED[name]
    path = str(BAD / name)
    code, out, err = run(capsys, path)
    assert code == expected["exit"]
    lines = [line for line in (out + err).splitlines() if line.startswith(path)]
    assert lines, out + err
    if "field" in expected:
        hits = [
            line
            for line in lines
            if f"field {expected['field']}: {expected['severity']}:" in line
            and all(word in line for word in expected["words"])
        ]
        assert hits, "\n".join(lines)
        if "id" not in expected["field"]:
            assert all("case yrd-air-2014" in line for line in hits)
        assert all(", line " in line for line in hits)  # YAML: the line of the field or case
    else:
        assert all(word in "\n".join(lines) for word in expected["words"]), lines


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "words_zh" in EXPECTED[n]))
def test_bad_file_in_chinese(name, capsys):
    expected = EXPECTED[name]
    code, out, _err = run(capsys, str(BAD / name), "--lang", "zh")
    assert code == expected["exit"]
    assert f"字段 {expected['field']}" in out
    assert all(word in out for word in expected["words_zh"]), out


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "field" in EXPECTED[n]))
def test_bad_file_as_json(name, capsys):
    expected = EXPECTED[name]
    code, out, _ = run(capsys, str(BAD / name), "--format", "json")
    assert code == expected["exit"]
    rows = json.loads(out)
    assert all(set(row) >= {"file", "row", "case", "field", "severity", "message"} for row in rows)
    assert any(
        row["field"] == expected["field"]
        and row["severity"] == expected["severity"]
        and row["file"] == str(BAD / name)
        and all(word in row["message"] for word in expected["words"])
        for row in rows
    ), rows


def test_file_that_does_not_exist(tmp_path, capsys):
    code, out, err = run(capsys, str(tmp_path / "nothing.yaml"))
    assert code == 2 and "does not exist" in out + err


def test_directory(tmp_path, capsys):
    folder = tmp_path / "cases.yaml"
    folder.mkdir()
    code, out, err = run(capsys, str(folder))
    assert code == 2 and "folder" in out + err


def test_huge_file_is_refused_quickly(tmp_path, capsys):
    huge = tmp_path / "huge.yaml"
    with open(huge, "wb") as handle:  # sparse: takes no disk space
        handle.truncate(300 * 1024 * 1024)
    code, out, err = run(capsys, str(huge))
    assert code == 2 and "MB" in out + err


def test_good_files_conform(capsys):
    for path in sorted((DATA / "good").iterdir()):
        code, out, err = run(capsys, str(path))
        assert code == 0, out + err
        assert out == ""


def test_unreadable_and_invalid_files_together(capsys):
    """Exit 2 wins, and the problems of the readable file are still reported."""
    code, out, _err = run(capsys, str(BAD / "empty.yaml"), str(BAD / "unknown-domain.yaml"))
    assert code == 2
    assert "empty.yaml" in out and "unknown-domain.yaml" in out and "'airr'" in out


def test_ids_are_unique_across_files(capsys):
    code, out, _ = run(
        capsys,
        str(DATA / "good" / "one-case.yaml"),
        str(BAD / "bad-id.yaml"),
        str(BAD / "end-before-start.yaml"),
    )
    assert code == 1
    assert "used by 2 cases" in out and "one-case.yaml" in out


def test_environment_cannot_pick_an_unknown_engine(capsys, monkeypatch):
    monkeypatch.setenv("COGOV_SHACL_ENGINE", "jena")
    code, _out, err = run(capsys, str(DATA / "good" / "one-case.yaml"))
    assert code == 2 and "jena" in err
