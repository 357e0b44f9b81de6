"""Shared fixtures of the ontology tests: the bundled ontology, loaded once."""

from __future__ import annotations

import pytest
from rdflib import Graph

from cogov.ontology import LoadedOntology, load_closure, merged_graph


@pytest.fixture(scope="session")
def closure() -> LoadedOntology:
    """The bundled ontology with every import, as loaded through the catalog."""
    return load_closure()


@pytest.fixture(scope="session")
def merged(closure: LoadedOntology) -> Graph:
    """The bundled ontology merged into one ontology (what export and the reasoner see)."""
    return merged_graph(closure)
