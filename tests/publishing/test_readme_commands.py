"""Every command the READMEs (and the documentation pages with shell blocks) show works.

Convention: a fenced block tagged ``sh`` holds commands, one per line (``\\`` continues a
line, ``#`` starts a comment); each is run with bash in a temporary folder holding a copy of
``data/`` and every block tagged ``yaml file=NAME`` (or ``json file=NAME``) written as NAME.
The two set-up commands are not run here: the packaging test covers them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
READMES = ["README.md", "README.zh.md"]
#: every file whose sh blocks are run: the READMEs and the pages their sections moved to
COMMAND_FILES = [*READMES, "docs/report.md", "docs/case-files.md"]
SETUP = {"pip install . && cogov report", "pip install '.[test]' && pytest"}
FENCE = re.compile(r"^```([A-Za-z0-9_-]*)([^\n]*)\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
TIMEOUT = 600


def blocks(text: str) -> list[tuple[str, str, str]]:
    """(language, info after the language, body) of every fenced block."""
    return [(m.group(1), m.group(2).strip(), m.group(3)) for m in FENCE.finditer(text)]


def commands(text: str) -> list[str]:
    out: list[str] = []
    for lang, _, body in blocks(text):
        if lang != "sh":
            continue
        pending = ""
        for line in body.splitlines():
            line = line.rstrip()
            if line.endswith("\\"):
                pending += line[:-1] + " "
                continue
            line = (pending + line).strip()
            pending = ""
            if line and not line.startswith("#"):
                out.append(line)
    return out


def files(text: str) -> dict[str, str]:
    out = {}
    for lang, info, body in blocks(text):
        match = re.search(r"\bfile=(\S+)", info)
        if match and lang in ("yaml", "json", "csv", "ttl", "turtle"):
            out[match.group(1)] = body
    return out


def _cases() -> list[tuple[str, str]]:
    out = []
    for name in COMMAND_FILES:
        path = ROOT / name
        if path.is_file():
            out += [
                (name, cmd)
                for cmd in commands(path.read_text(encoding="utf-8"))
                if cmd not in SETUP
            ]
    return out


def test_setup_commands_are_the_same_in_every_readme() -> None:
    for name in READMES:
        path = ROOT / name
        if not path.is_file():
            continue
        shown = commands(path.read_text(encoding="utf-8"))
        assert shown[:2] == ["pip install . && cogov report", "pip install '.[test]' && pytest"], (
            name
        )


@pytest.mark.parametrize("name", ["README.md", "README.zh.md"])
def test_guide_walks_through_validate_classify_and_query(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    shown = " ".join(commands(text))
    for step in ("cogov validate", "cogov classify", "cogov query"):
        assert step in shown, f"{name} does not show {step}"
    written = files(text)
    assert written, f"{name} shows no case file"
    for file_name in written:
        assert file_name in shown, f"{name} writes {file_name} but no command uses it"


@pytest.fixture()
def workdir(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    bin_dir = tmp_path / ".bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "cogov"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m cogov "$@"\n')
    wrapper.chmod(0o755)
    return tmp_path


@pytest.mark.parametrize(("readme", "command"), _cases())
def test_readme_command_runs(readme: str, command: str, workdir: Path) -> None:
    for file_name, body in files((ROOT / readme).read_text(encoding="utf-8")).items():
        (workdir / file_name).write_text(body, encoding="utf-8")
    env = dict(os.environ)
    env["PATH"] = f"{workdir / '.bin'}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(
        ["bash", "-c", command],
        check=False,
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, (
        f"{readme}: `{command}` exited {done.returncode}\n{done.stdout[-2000:]}\n"
        f"{done.stderr[-2000:]}"
    )
    assert "Traceback" not in done.stderr


def _python_blocks() -> list[tuple[str, str]]:
    """The READMEs' Python blocks that use CoGov's API (the owlready2 recipe needs a release
    folder: the release tests cover it)."""
    return [
        (name, body)
        for name in READMES
        for lang, _, body in blocks((ROOT / name).read_text(encoding="utf-8"))
        if lang == "python" and "import cogov" in body
    ]


def test_the_readmes_show_the_python_api() -> None:
    assert {name for name, _ in _python_blocks()} >= {"README.md"}


@pytest.mark.parametrize(("readme", "code"), _python_blocks())
def test_readme_python_runs(readme: str, code: str, workdir: Path) -> None:
    for file_name, body in files((ROOT / readme).read_text(encoding="utf-8")).items():
        (workdir / file_name).write_text(body, encoding="utf-8")
    # each line that is an expression is printed, so that its comment can be checked
    script = "\n".join(
        f"print(repr({line.split('#')[0].strip()}))"
        if line and not line.startswith(("import", "from")) and "=" not in line.split("#")[0]
        else line.split("  #")[0]
        for line in code.splitlines()
    )
    done = subprocess.run([sys.executable, "-c", script], check=False, cwd=workdir,
                          capture_output=True, text=True, timeout=TIMEOUT)  # fmt: skip
    assert done.returncode == 0, f"{readme}:\n{script}\n{done.stderr[-2000:]}"
    if "# True" in code:
        assert "True" in done.stdout.splitlines()


def test_the_readme_is_read_in_five_minutes() -> None:
    """README.md stays under 1,500 words (as `wc -w` counts them); depth goes to docs/."""
    words = len((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert words <= 1500, f"README.md has {words} words; move depth to docs/"


def test_the_chinese_readme_has_a_section_for_each_english_one() -> None:
    def sections(name: str) -> int:
        return sum(line.startswith("## ") for line in (ROOT / name).read_text("utf-8").splitlines())

    assert sections("README.zh.md") >= sections("README.md")
