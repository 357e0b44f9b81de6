"""Cases as N-Triples text: the mapping of :mod:`cogov.loaders.rdf` written without building an
rdflib term per triple (the input of the stores and of the fast validation path)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

#: cases per chunk of text: small enough that the lines of one chunk are a few megabytes
CHUNK = 1000


def cases_ntriples(cases: Iterable[Any], base: str) -> str:
    """The N-Triples of cases that all have an id (validated cases do)."""
    return "".join(chunk.decode("utf-8") for chunk in ntriples_chunks(list(cases), base))


def ntriples_chunks(cases: Sequence[Any], base: str, size: int = CHUNK) -> Iterator[bytes]:
    """The same text as UTF-8, :data:`CHUNK` cases at a time, so that a store can take it
    chunk by chunk and the whole text is never held as lines."""
    from cogov.validation import _case_lines

    for start in range(0, len(cases), size):
        chunk = cases[start : start + size]
        lines = [line for case in chunk for line in _case_lines(case, base)[1]]
        if lines:
            yield ("\n".join(lines) + "\n").encode("utf-8")
