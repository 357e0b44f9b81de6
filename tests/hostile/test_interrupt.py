"""Ctrl-C during a long run: exit 130 with a message, and no output, not even a partial one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_bigfiles import many_cases

COGOV = [sys.executable, "-m", "cogov"]


def interrupt_every_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C arriving while the output is made durable: every ``os.fsync`` raises it."""

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)


def files_in(folder: Path) -> dict[Path, bytes]:
    """Every file under ``folder`` with its bytes, to compare before and after."""
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def interrupt(argv: list[str], folder: Path, after: float = 2.5) -> subprocess.CompletedProcess:
    """Run ``cogov argv`` and send it SIGINT (what Ctrl-C sends) after ``after`` seconds."""
    process = subprocess.Popen(
        [*COGOV, *argv],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    time.sleep(after)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(argv, process.returncode, out, err)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return many_cases(tmp_path_factory.mktemp("big") / "big.yaml", 20_000)


@pytest.mark.parametrize(
    ("argv", "output"),
    [
        (["convert", "--to", "ttl", "-o", "out.ttl"], "out.ttl"),
        (["convert", "--to", "xlsx", "-o", "out.xlsx"], "out.xlsx"),
        (["report", "-o", "report"], "report"),
        (["load", "--store", "store"], None),
    ],
    ids=["convert-ttl", "convert-xlsx", "report", "load"],
)
def test_ctrl_c_leaves_no_partial_output(argv, output, big, tmp_path) -> None:
    result = interrupt([*argv, str(big)], tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    left = sorted(p.name for p in tmp_path.iterdir())
    if output is None:  # a load: the store may exist, but holds no dataset
        check = subprocess.run(
            [*COGOV, "query", "case-classification", "--store", "store"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 2 and "holds no dataset" in check.stderr
        left.remove("store")
    assert left == []  # neither the output nor a temporary file


@pytest.mark.parametrize(
    "argv",
    [
        ["convert", "--to", "ttl", "-o", "{out}/cases.ttl"],
        ["convert", "--to", "yaml", "-o", "{out}/cases.ttl"],
    ],
    ids=["convert-ttl", "convert-yaml"],
)
def test_ctrl_c_while_writing_keeps_the_previous_output(
    argv, tmp_path, good_file, monkeypatch, capsys
) -> None:
    """Ctrl-C arriving while the output is being written (as the data is made durable)."""
    from cogov.cli import main

    out = tmp_path / "out"
    out.mkdir()
    (out / "cases.ttl").write_text("previous\n", encoding="utf-8")

    interrupt_every_fsync(monkeypatch)
    code = main([*(a.format(out=out) for a in argv), str(good_file)])
    err = capsys.readouterr().err
    assert code == 130 and "interrupted" in err
    assert sorted(p.name for p in out.iterdir()) == ["cases.ttl"]  # no temporary file left
    assert (out / "cases.ttl").read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_ctrl_c_while_writing_a_report_keeps_the_previous_report(
    tmp_path, good_file, monkeypatch, capsys
) -> None:
    from cogov.cli import main

    out = tmp_path / "report"
    assert main(["report", "-o", str(out), str(good_file)]) == 0
    before = files_in(out)
    assert before

    interrupt_every_fsync(monkeypatch)
    capsys.readouterr()
    assert (
        main(["report", "-o", str(out), str(good_file), str(good_file.with_name("bom.yaml"))])
        == 130
    )
    assert "interrupted" in capsys.readouterr().err
    after = files_in(out)
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


@pytest.mark.parametrize(
    "argv",
    [
        ["release", "-o", "{out}"],
        ["template", "--format", "xlsx", "-o", "{out}/cases.xlsx"],
        ["template", "--format", "yaml", "-o", "{out}/cases.yaml"],
    ],
    ids=["release", "template-xlsx", "template-yaml"],
)
def test_ctrl_c_while_writing_release_or_template_keeps_the_previous_files(
    argv, tmp_path, monkeypatch, capsys
) -> None:
    from cogov.cli import main

    out = tmp_path / "out"
    assert main([a.format(out=out) for a in argv]) == 0
    before = files_in(out)
    assert before

    interrupt_every_fsync(monkeypatch)
    capsys.readouterr()
    assert main([a.format(out=out) for a in argv]) == 130
    assert "interrupted" in capsys.readouterr().err
    after = files_in(out)
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("where", ["apply_construct", "publish"])
def test_ctrl_c_during_a_store_load_keeps_the_previous_dataset(
    where, tmp_path, monkeypatch, capsys
) -> None:
    """Ctrl-C while the rules run or just before the new dataset is published."""
    import json

    from cogov.backends import DATASET_GRAPH_BASE, OxigraphBackend
    from cogov.cli import main

    data = Path(__file__).resolve().parents[1] / "data" / "good"
    store = tmp_path / "store"
    assert main(["load", str(data / "one-case.yaml"), "--store", str(store)]) == 0

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(OxigraphBackend, where, interrupted)
        capsys.readouterr()
        assert main(["load", str(data / "bom.yaml"), "--store", str(store)]) == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "loaded" not in err
    assert main(["query", "case-classification", "--store", str(store), "--format", "json"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == ["yrd-air-2014"]
    with OxigraphBackend(store) as backend:  # the half-built graph was dropped
        graphs = [g.value for g in backend.store.named_graphs()]
    assert len([g for g in graphs if g.startswith(DATASET_GRAPH_BASE)]) == 1
