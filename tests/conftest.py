"""Settings for the whole suite."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

# Commands installed beside the interpreter that runs the tests (the `oxigraph` server of the
# test extra, `cogov` itself) are found even when pytest runs from a virtual environment that
# was not activated, as `venv/bin/pytest` does.
_BIN = str(Path(sys.executable).parent)
if _BIN not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = os.pathsep.join(filter(None, (_BIN, os.environ.get("PATH"))))


# --- The paper's text ---------------------------------------------------------------------
# The source paper is the authority for every quote the project ships; it is not in the
# repository. Tests that compare quotes with it look for it in $COGOV_PAPER (a file or folder),
# then in ../shared/seed beside the repository, and skip with that explanation when it is absent.

PAPER_TITLE = "地方政府协同治理研究:概念、模式与动因"
PAPER_FILE = "000_63d1712f8dbe4652.txt"
_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """Text without whitespace or line breaks (the paper has hard line breaks mid-phrase)."""
    return _SPACE.sub("", text)


def _paper_candidates() -> list[Path]:
    found = []
    env = os.environ.get("COGOV_PAPER")
    if env:
        found.append(Path(env))
    found.append(Path(__file__).resolve().parents[2] / "shared" / "seed")
    return found


def _read_paper() -> str | None:
    for place in _paper_candidates():
        files = [place] if place.is_file() else []
        if place.is_dir():
            named = place / PAPER_FILE
            files = [named] if named.is_file() else sorted(place.glob("*.txt"))
        for path in files:
            text = squeeze(path.read_text(encoding="utf-8"))
            if PAPER_TITLE in text or path.name == PAPER_FILE:
                return text
    return None


@pytest.fixture(scope="session")
def paper() -> str:
    """The paper's text without whitespace; the test is skipped when the text is absent."""
    text = _read_paper()
    if text is None:
        pytest.skip(
            "the paper's text is not here: set COGOV_PAPER to its file (or folder), "
            "or put it in ../shared/seed next to the repository"
        )
    return text


@pytest.fixture(scope="session")
def in_paper(paper: str) -> Callable[[str], bool]:
    """Whether a quote occurs in the paper, compared without whitespace."""
    return lambda quote: squeeze(quote) in paper
