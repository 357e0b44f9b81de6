"""The fast path's N-Triples text holds exactly the loaders' triples for the same cases."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from rdflib import Graph
from rdflib.compare import isomorphic

from cogov.errors import InputError
from cogov.loaders import load_file
from cogov.loaders.rdf import cases_to_graph
from cogov.validation import _case_lines

ROOT = Path(__file__).resolve().parents[2]


def _corpus_cases():
    cases = []
    for path in sorted(
        [*(ROOT / "tests/data/bad").glob("*"), *(ROOT / "tests/data/good").glob("*")]
    ):
        try:
            cases += [c for c in load_file(path).cases if c.id]
        except InputError:
            continue
    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    cases += [
        replace(c, id=f"synthetic-{n}")
        for n, c in enumerate(load_text(synth.dump(synth.generate(200, seed=3, bad=0.5))))
    ]
    return cases


def load_text(text: str):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.yaml"
        path.write_text(text, encoding="utf-8")
        return load_file(path).cases


def test_text_and_graph_are_the_same_rdf():
    cases = _corpus_cases()
    tricky = replace(
        cases[0],
        id="tricky",
        name={"en": 'Line one\nline "two" \\ end'},
        sources=("a\r\nb",),
        row=4,
        file="x.csv",
    )
    cases.append(tricky)
    for base in ("https://w3id.org/cogov/case/", "https://example.org/cases#"):
        for case in cases:
            text = "\n".join(_case_lines(case, base)[1])
            parsed = Graph().parse(data=text, format="nt")
            assert isomorphic(parsed, cases_to_graph([case], base)), case.id
