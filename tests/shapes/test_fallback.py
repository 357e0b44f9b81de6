"""pySHACL is the fallback: if the fast engine fails, the same problems come from pySHACL."""

from __future__ import annotations

from pathlib import Path

import pytest

from cogov import validation
from cogov.loaders import load_files

pytestmark = pytest.mark.skipif(
    not validation.turbo_available(),
    reason="pyshacl-turbo is not installed (pip install pyshacl-turbo)",
)
BAD = Path(__file__).resolve().parents[1] / "data" / "bad"


def _broken(*args, **kwargs):
    raise RuntimeError("engine failure")


def test_fast_path_failure_falls_back_to_pyshacl(monkeypatch):
    dataset = load_files([BAD / "unknown-domain.yaml", BAD / "warn-coded-few-many.yaml"])
    reference = validation.validate(dataset, engine="pyshacl").problems
    monkeypatch.setattr(validation, "_run_turbo_text", _broken)
    assert validation.validate(dataset, engine="turbo").problems == reference
    assert any(p.field == "domain" for p in reference)


def test_graph_path_failure_falls_back_to_pyshacl(monkeypatch):
    import pyshacl_turbo
    from shapes_corpus import ENTRIES, changed_graph

    entry = next(e for e in ENTRIES if e.name == "unknown-domain")
    reference = validation.run_engine(validation.prepare(changed_graph(entry)), "pyshacl")
    monkeypatch.setattr(pyshacl_turbo, "validate", _broken)
    assert validation.run_engine(validation.prepare(changed_graph(entry)), "turbo") == reference
    assert reference
