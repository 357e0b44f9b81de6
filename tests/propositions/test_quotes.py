"""Every quote in queries/propositions/*.rq occurs in the paper (compared without whitespace)."""

from __future__ import annotations

import pytest

from cogov.propositions import list_propositions


@pytest.mark.parametrize("proposition", list_propositions(), ids=lambda p: p.name)
def test_quotes_occur_in_the_paper(proposition, in_paper) -> None:  # type: ignore[no-untyped-def]
    for quote in proposition.quotes:
        assert in_paper(quote), f"{proposition.name}: not in the paper: {quote}"
