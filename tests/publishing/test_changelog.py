"""The changelog records the release, and deprecated terms point to their replacements."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL

from cogov import __version__
from cogov.docs import pylode_graph

ROOT = Path(__file__).resolve().parents[2]


def test_changelog_has_a_section_for_the_package_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(
        rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", text, re.MULTILINE
    )
    assert "owl:deprecated" in text and "dcterms:isReplacedBy" in text


def test_every_deprecated_term_points_to_a_live_replacement(closure: Graph) -> None:
    for term in closure.subjects(OWL.deprecated, Literal(True)):
        replacements = list(closure.objects(term, DCTERMS.isReplacedBy))
        assert replacements, f"{term} is deprecated without dcterms:isReplacedBy"
        for new in replacements:
            assert (new, None, None) in closure, f"{term} is replaced by unknown {new}"
            assert (new, OWL.deprecated, Literal(True)) not in closure


def test_documentation_marks_deprecated_terms(closure: Graph) -> None:
    graph = Graph()
    graph += closure
    old = next(iter(sorted(t for t in closure.subjects(OWL.deprecated, None))), None)
    if old is None:  # nothing deprecated yet: deprecate a class in a copy to check the page
        from rdflib import URIRef

        old = URIRef("https://w3id.org/cogov#LocalGovernmentCollaboration")
        graph.add((old, OWL.deprecated, Literal(True)))
        graph.add((old, DCTERMS.isReplacedBy, URIRef("https://w3id.org/cogov#Collaboration")))
    titles = [str(t) for t in pylode_graph(graph).objects(old, DCTERMS.title)]
    assert any("deprecated" in t for t in titles), titles
