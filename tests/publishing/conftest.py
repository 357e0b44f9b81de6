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
