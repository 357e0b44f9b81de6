"""The case mapping's N-Triples text (the one mapping: the stores, the fast validation path and
the rdflib outputs all read it) is N-Triples that two parsers read alike, line by line."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import isomorphic

from cogov.errors import InputError
from cogov.loaders import load_file
from cogov.loaders.ntriples import case_lines
from cogov.loaders.rdf import cases_to_graph

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


def test_rdflib_and_oxigraph_read_the_same_triples_from_each_line():
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
            lines = case_lines(case, base)[1]
            for line in lines:  # one triple per line: a text that breaks a line fails here
                assert len(list(ox.parse(line.encode(), format=ox.RdfFormat.N_TRIPLES))) == 1
            # rdflib's own N-Triples parser against the graph built through Oxigraph's
            by_rdflib = Graph().parse(data="\n".join(lines), format="nt")
            assert isomorphic(by_rdflib, cases_to_graph([case], base)), case.id

