"""The fast engine (pyshacl-turbo) gives exactly pySHACL's results on the whole corpus.

pySHACL is the reference: `cogov validate` uses the fast engine only because this test holds.
"""

from __future__ import annotations

import pytest
from shapes_corpus import ENTRIES, changed_graph

from cogov.validation import prepare, run_engine, turbo_available, validate_graph

pytestmark = pytest.mark.skipif(
    not turbo_available(), reason="pyshacl-turbo is not installed (pip install pyshacl-turbo)"
)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_same_results_as_pyshacl(entry):
    reference = sorted(map(repr, run_engine(prepare(changed_graph(entry)), "pyshacl")))
    fast = sorted(map(repr, run_engine(prepare(changed_graph(entry)), "turbo")))
    assert fast == reference


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_same_messages_as_pyshacl(lang):
    for entry in ENTRIES:
        reference = validate_graph(changed_graph(entry), lang=lang, engine="pyshacl")
        fast = validate_graph(changed_graph(entry), lang=lang, engine="turbo")
        assert sorted(map(repr, fast)) == sorted(map(repr, reference)), entry.name


def test_whole_corpus_in_one_graph():
    """All changed cases at once (cases renamed apart): one graph, same results."""
    from rdflib import Graph, URIRef

    merged = Graph()

    def rename(term, n):
        if isinstance(term, URIRef):
            return URIRef(str(term).replace("yrd-air-2014", f"c{n}"))
        return term

    for n, entry in enumerate(ENTRIES):
        for s, p, o in changed_graph(entry):
            merged.add((rename(s, n), p, rename(o, n)))
    reference = sorted(map(repr, run_engine(prepare(merged), "pyshacl")))
    fast = sorted(map(repr, run_engine(prepare(merged), "turbo")))
    assert fast == reference and len(reference) > 40


def test_same_problems_on_the_bad_file_corpus():
    """Through the loaders and the chunked fast path (N-Triples text), file by file."""
    from pathlib import Path

    from cogov.errors import InputError
    from cogov.loaders import load_file
    from cogov.validation import validate

    folder = Path(__file__).resolve().parents[1] / "data"
    checked = 0
    for path in sorted([*folder.glob("bad/*"), *folder.glob("good/*")]):
        try:
            dataset = load_file(path)
        except InputError:
            continue
        for lang in ("en", "zh"):
            reference = validate(dataset, lang=lang, engine="pyshacl").problems
            assert validate(dataset, lang=lang, engine="turbo").problems == reference, path
        checked += 1
    assert checked > 30
