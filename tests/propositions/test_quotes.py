"""Every quote in queries/propositions/*.rq occurs in the paper (compared without whitespace)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cogov.propositions import list_propositions

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed"
_SPACE = re.compile(r"\s+")


def _paper() -> str:
    files = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    if not files:
        pytest.skip("the paper's text (shared/seed) is not on this machine")
    return "".join(_SPACE.sub("", f.read_text(encoding="utf-8")) for f in files)


@pytest.mark.parametrize("proposition", list_propositions(), ids=lambda p: p.name)
def test_quotes_occur_in_the_paper(proposition) -> None:  # type: ignore[no-untyped-def]
    paper = _paper()
    for quote in proposition.quotes:
        assert _SPACE.sub("", quote) in paper, f"{proposition.name}: not in the paper: {quote}"
