"""Two processes loading the same store folder: never a corrupt store; the one that cannot
have it stops with a plain message (exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cogov.backends import OxigraphBackend

DATA = Path(__file__).resolve().parents[1] / "data" / "good"
FILES = {"yrd-air-2014": DATA / "one-case.yaml", "yrd-air-2014-bom": DATA / "bom.yaml"}
COGOV = [sys.executable, "-m", "cogov"]


def cogov(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COGOV, *argv], capture_output=True, text=True, check=False)


def case_ids(store: Path) -> list[str]:
    result = cogov("query", "case-classification", "--store", str(store), "--format", "json")
    assert result.returncode == 0, result.stderr
    return sorted(row["id"] for row in json.loads(result.stdout))


def test_a_store_in_use_is_a_plain_message(tmp_path: Path) -> None:
    store = tmp_path / "store"
    holder = OxigraphBackend(store)  # this test process holds the store
    try:
        result = cogov("load", str(FILES["yrd-air-2014"]), "--store", str(store))
        assert result.returncode == 2
        assert "in use by another process" in result.stderr and str(store) in result.stderr
        assert "Traceback" not in result.stderr and "LOCK" not in result.stderr
        result = cogov("query", "case-classification", "--store", str(store))
        assert result.returncode == 2 and "in use by another process" in result.stderr
    finally:
        holder.close()
    assert cogov("load", str(FILES["yrd-air-2014"]), "--store", str(store)).returncode == 0
    assert case_ids(store) == ["yrd-air-2014"]


def test_two_loads_at_once_never_corrupt_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    for _ in range(3):
        processes = {
            case: subprocess.Popen(
                [*COGOV, "load", str(path), "--store", str(store)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for case, path in FILES.items()
        }
        results = {case: (p.wait(timeout=300), p.stderr.read()) for case, p in processes.items()}
        for p in processes.values():
            p.stdout.close()
            p.stderr.close()
        for code, err in results.values():
            assert "Traceback" not in err
            assert code == 0 or (code == 2 and "in use by another process" in err), err
        succeeded = [case for case, (code, _) in results.items() if code == 0]
        assert succeeded  # one of them got the store
        found = case_ids(store)
        assert len(found) == 1 and found[0] in succeeded  # one whole dataset, never a mix
