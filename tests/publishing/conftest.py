"""Shared fixtures: the release folder and the docs site are built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def closure() -> Graph:
    from cogov.ontology import load_ontology

    return load_ontology()


@pytest.fixture(scope="session")
def release_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cogov.release import build_release

    out = tmp_path_factory.mktemp("release") / "ontology"
    build_release(out)
    return out


@pytest.fixture(scope="session")
def docs_dir(release_dir: Path) -> Path:
    """The site inside the release (the same code as ``cogov docs``)."""
    return release_dir / "doc"


@pytest.fixture()
def owl_world(tmp_path: Path):
    """Load an ontology closure (imports already resolved) into a fresh owlready2 World.

    owlready2 reads RDF/XML, not Turtle; the ``owl:imports`` lines are dropped because their
    content is already in the closure and owlready2 would otherwise try to fetch them.
    """
    owlready2 = pytest.importorskip("owlready2")
    from rdflib.namespace import OWL

    def load(graph: Graph):
        flat = Graph()
        for triple in graph:
            if triple[1] != OWL.imports:
                flat.add(triple)
        path = tmp_path / "closure.owl"
        flat.serialize(path, format="xml")
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load()
        return world

    return load
