"""A second SHACL engine on CoGov's shapes: Apache Jena finds the same focus nodes, with the
same severities and named shapes, as pySHACL (the reference) on every entry of the shapes
corpus and every readable file of the bad-file corpus. This keeps the shapes standard SHACL
(SHACL Core, SHACL-SPARQL and SPARQL-based targets), not pySHACL's dialect.

Jena 4.5 gets a copy of the shapes without the Chinese messages of SPARQL-based constraints
(see jena_shacl.py): the shapes CoGov ships keep them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jena_shacl import jena_available, jena_shapes, run_jena
from rdflib import BNode, Graph, URIRef
from shapes_corpus import ENTRIES, changed_graph

from cogov.validation import prepare, raw_results, run_engine, shapes_graph

available, reason = jena_available()
pytestmark = [pytest.mark.skipif(not available, reason=reason), pytest.mark.slow]

BAD = Path(__file__).resolve().parents[1] / "data"


def findings(results) -> set[tuple[str, str, str]]:
    """(focus node, severity, shape) of each result; a blank-node shape (a property shape
    written inline) or focus node is compared by kind only, as blank nodes have no name."""

    def name(node) -> str:
        return "_:blank" if isinstance(node, BNode) else str(node)

    return {(name(r.focus), r.severity, name(r.shape)) for r in results}


def compare(graphs: dict[str, Graph], folder: Path) -> int:
    """Both engines on each graph; the number of findings compared."""
    shapes, dropped = jena_shapes(shapes_graph())
    assert dropped > 0  # the shapes do carry Chinese messages on SPARQL-based constraints
    reports = run_jena(shapes, [prepare(g) for g in graphs.values()], folder)
    compared = 0
    for (label, graph), report in zip(graphs.items(), reports, strict=True):
        reference = findings(run_engine(graph, "pyshacl"))
        assert findings(raw_results(report)) == reference, label
        compared += len(reference)
    return compared


def test_the_shapes_keep_their_chinese_messages() -> None:
    shapes, dropped = jena_shapes(shapes_graph())
    full = shapes_graph()
    assert len(full) - len(shapes) == dropped
    zh = list(full.objects(None, URIRef("http://www.w3.org/ns/shacl#message")))
    assert any(getattr(m, "language", None) == "zh" for m in zh)


def test_same_focus_nodes_on_the_shapes_corpus(tmp_path) -> None:
    graphs = {entry.name: changed_graph(entry) for entry in ENTRIES}
    assert compare(graphs, tmp_path) > 60


def test_same_focus_nodes_on_the_bad_file_corpus(tmp_path) -> None:
    from cogov.errors import InputError
    from cogov.loaders import load_file
    from cogov.loaders.rdf import cases_to_graph

    graphs = {}
    for path in sorted(BAD.glob("bad/*")):
        try:
            dataset = load_file(path)
        except InputError:
            continue
        if dataset.cases:
            graphs[path.name] = cases_to_graph(dataset.cases, graph=Graph())
    assert len(graphs) >= 30  # every bad file the loaders can read
    # every finding of pySHACL is compared; a few files' errors come from the loaders (evidence
    # about an uncoded value is dropped with an error), not the shapes, and give none
    assert compare(graphs, tmp_path) >= 30
