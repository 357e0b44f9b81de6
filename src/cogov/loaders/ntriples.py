"""Cases as N-Triples text: the mapping of :mod:`cogov.loaders.rdf` written without building an
rdflib term per triple (the input of the stores and of the fast validation path)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def cases_ntriples(cases: Iterable[Any], base: str) -> str:
    """The N-Triples of cases that all have an id (validated cases do)."""
    from cogov.validation import _case_lines

    parts: list[str] = []
    for case in cases:
        parts += _case_lines(case, base)[1]
    if parts:
        parts.append("")
    return "\n".join(parts)
