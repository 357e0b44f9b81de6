"""pySHACL validates case data with the released shapes and the released ontology."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from cogov.resources import NAMESPACE

pyshacl = pytest.importorskip("pyshacl")
FIXTURES = Path(__file__).parent / "fixtures"
CASE = URIRef("https://w3id.org/cogov/case/yrd-air-2014")


def _validate(release_dir: Path, data: Graph) -> tuple[bool, Graph]:
    shapes = Graph().parse(release_dir / "shapes" / "cogov-shapes.ttl", format="turtle")
    onto = Graph().parse(release_dir / "cogov.ttl", format="turtle")
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=onto, inference="none", allow_warnings=True
    )
    return bool(conforms), report


def test_a_well_formed_case_conforms(release_dir: Path) -> None:
    data = Graph().parse(FIXTURES / "case.ttl", format="turtle")
    conforms, report = _validate(release_dir, data)
    assert conforms, report.serialize(format="turtle")


def test_a_case_without_domain_and_participants_does_not(release_dir: Path) -> None:
    data = Graph().parse(FIXTURES / "case.ttl", format="turtle")
    data.remove((CASE, URIRef(NAMESPACE + "hasDomain"), None))
    data.remove((CASE, URIRef(NAMESPACE + "hasParticipant"), None))
    conforms, report = _validate(release_dir, data)
    assert not conforms
    focus = set(report.objects(None, SH.focusNode))
    assert CASE in focus
    paths = {str(p) for p in report.objects(None, SH.resultPath)}
    assert NAMESPACE + "hasDomain" in paths


def test_cases_read_by_the_loaders_conform_to_the_released_shapes(release_dir: Path) -> None:
    from cogov.loaders import load_file

    dataset = load_file(FIXTURES / "cases.yaml")
    conforms, report = _validate(release_dir, dataset.graph())
    assert conforms, report.serialize(format="turtle")
