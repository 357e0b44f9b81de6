"""Very large and very deep input, each run in a subprocess whose address space is capped at
2 GB: processed or refused with a message, never an out-of-memory crash or a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hostile_corpus import CORPUS

from cogov.loaders.reading import MAX_FILE_BYTES

LIMIT = 2 * 1024**3
RUN = (
    "import resource, sys\n"
    f"resource.setrlimit(resource.RLIMIT_AS, ({LIMIT}, {LIMIT}))\n"
    "from cogov.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)
BIG = 100 * 1024 * 1024  # one string of 100 MB
CASE = "https://w3id.org/cogov/case/a"


def capped(*argv: str) -> subprocess.CompletedProcess[str]:
    """``cogov argv`` in a subprocess that cannot grow beyond 2 GB of address space."""
    return subprocess.run(
        [sys.executable, "-c", RUN, *argv], capture_output=True, text=True, check=False, timeout=600
    )


def one_big_string(path: Path) -> Path:
    s = "x" * BIG
    text = {
        ".json": '{"cases": [{"id": "a", "name": {"en": "' + s + '"}, "domain": "air"}]}',
        ".yaml": 'cases:\n- id: a\n  name:\n    en: "' + s + '"\n  domain: air\n',
        ".csv": "id,name_en,domain\na," + s + ",air\n",
        ".ttl": f"<{CASE}> a <https://w3id.org/cogov#LocalGovernmentCollaboration> ;\n"
        f'  <http://www.w3.org/2000/01/rdf-schema#label> "{s}" .\n',
    }[path.suffix]
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".csv", ".ttl"])
def test_a_100_mb_string_is_processed_or_refused_cleanly(suffix: str, tmp_path: Path) -> None:
    path = one_big_string(tmp_path / f"big{suffix}")
    result = capped("validate", str(path))
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert result.returncode in (1, 2), result.stderr[-2000:]
    said = result.stdout + result.stderr
    assert str(path) in said  # whatever the verdict, it names the file


DEEP = [h for h in CORPUS if h.name.startswith("deep")]


@pytest.mark.parametrize("command", ["validate", "convert"])
@pytest.mark.parametrize("hostile", DEEP, ids=[h.name for h in DEEP])
def test_nesting_10000_deep_is_refused_in_bounded_memory(hostile, command, tmp_path) -> None:
    path = hostile.write(tmp_path)
    argv = [command, str(path)] + (["--to", "yaml"] if command == "convert" else [])
    result = capped(*argv)
    assert result.returncode == 2, result.stderr[-2000:]
    assert hostile.words in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_a_million_case_file_is_over_the_documented_limit(tmp_path: Path) -> None:
    """A million cases in the contract's YAML take about 800 MB (a generated 30,000-case file
    is 24 MB): such a file is refused at once by its size, before it is read."""
    path = tmp_path / "million.yaml"
    with open(path, "wb") as handle:  # sparse: no disk space, no memory
        handle.truncate(800 * 1000 * 1000)
    assert path.stat().st_size > MAX_FILE_BYTES
    for command in (["validate"], ["convert", "--to", "ttl"], ["classify"]):
        result = capped(*command, str(path))
        assert result.returncode == 2
        assert "the limit is 210 MB" in result.stderr + result.stdout
        assert "split the cases into several files" in result.stderr + result.stdout
