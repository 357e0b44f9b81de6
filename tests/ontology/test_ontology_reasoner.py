"""HermiT on the ontology: consistent, no unsatisfiable class, and Table 1 and the modes work.

These tests need Java; they are skipped (with the reason) only when no Java runtime exists.
CI installs one, so there they always run.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from cogov.reasoner import (
    InconsistentError,
    ReasonerUnavailable,
    check_consistency,
    classify_individuals,
    java_executable,
)

needs_java = pytest.mark.skipif(
    shutil.which(owlready2.JAVA_EXE) is None,
    reason="no Java runtime: HermiT cannot run (Debian: apt-get install default-jre-headless)",
)

FIXTURES = Path(__file__).parent / "fixtures" / "reasoner"
COGOV = Namespace("https://w3id.org/cogov#")
CASE = Namespace("https://w3id.org/cogov/case/test-")

#: Table 1 (docs/data-model.md): (formalization, activity level) -> type
TABLE1 = {
    ("low", "few"): COGOV.SporadicCollaboration,
    ("low", "many"): COGOV.NormativeCollaboration,
    ("high", "few"): COGOV.SymbolicCollaboration,
    ("high", "many"): COGOV.InstitutionalisedCollaboration,
}
#: the modes: (initiation, decision autonomy) -> mode
MODES = {
    ("voluntary", "retained"): COGOV.VoluntaryCollaboration,
    ("mandated", "retained"): COGOV.MandatedAutonomousCollaboration,
    ("mandated", "partly_preempted"): COGOV.PreemptedCollaboration,
}
COMBINATIONS = list(itertools.product(TABLE1, MODES))


def _case_iri(cell: tuple[str, str], mode: tuple[str, str]) -> URIRef:
    return CASE["-".join(cell + mode)]


@pytest.fixture(scope="module")
def classified(merged: Graph) -> dict[str, frozenset[str]]:
    """Twelve cases, one per Table 1 cell and mode, classified in one HermiT run."""
    cases = Graph()
    for (formalization, activity), (initiation, autonomy) in COMBINATIONS:
        case = _case_iri((formalization, activity), (initiation, autonomy))
        cases.add((case, RDF.type, COGOV.LocalGovernmentCollaboration))
        cases.add((case, COGOV.hasFormalization, COGOV[f"formalization-{formalization}"]))
        cases.add((case, COGOV.hasActivityLevel, COGOV[f"activityLevel-{activity}"]))
        cases.add((case, COGOV.hasInitiation, COGOV[f"initiation-{initiation}"]))
        cases.add((case, COGOV.hasDecisionAutonomy, COGOV[f"autonomy-{autonomy}"]))
    # a case whose activity level is unknown: HermiT must not guess its Table 1 type
    partial = CASE["formalization-only"]
    cases.add((partial, RDF.type, COGOV.LocalGovernmentCollaboration))
    cases.add((partial, COGOV.hasFormalization, COGOV["formalization-high"]))
    return classify_individuals(cases, merged)


@needs_java
def test_ontology_is_consistent_without_unsatisfiable_classes(merged: Graph) -> None:
    report = check_consistency(merged)
    assert report.consistent
    assert report.unsatisfiable == []
    assert report.ok


@needs_java
@pytest.mark.parametrize(
    ("cell", "mode"), COMBINATIONS, ids=lambda v: "-".join(v) if isinstance(v, tuple) else v
)
def test_case_lands_in_exactly_one_type_and_one_mode(
    classified: dict[str, frozenset[str]], cell: tuple[str, str], mode: tuple[str, str]
) -> None:
    inferred = classified[str(_case_iri(cell, mode))]
    assert inferred & {str(c) for c in TABLE1.values()} == {str(TABLE1[cell])}
    assert inferred & {str(c) for c in MODES.values()} == {str(MODES[mode])}


@needs_java
def test_case_without_activity_level_gets_no_table1_type(
    classified: dict[str, frozenset[str]],
) -> None:
    inferred = classified[str(CASE["formalization-only"])]
    assert not inferred & {str(c) for c in TABLE1.values()}
    assert str(COGOV.LocalGovernmentCollaboration) in inferred


@needs_java
@pytest.mark.parametrize("fixture", ["two-table1-types.ttl", "two-formalization-values.ttl"])
def test_inconsistent_fixture_is_found_inconsistent(merged: Graph, fixture: str) -> None:
    broken = Graph().parse(FIXTURES / fixture, format="turtle")
    assert not check_consistency(merged + broken).consistent
    with pytest.raises(InconsistentError):
        classify_individuals(broken, merged)


@needs_java
def test_unsatisfiable_class_is_reported(merged: Graph) -> None:
    broken = Graph().parse(FIXTURES / "unsatisfiable-class.ttl", format="turtle")
    report = check_consistency(merged + broken)
    assert report.consistent
    assert report.unsatisfiable == ["https://w3id.org/cogov/test#SporadicAndNormative"]
    assert not report.ok


def test_missing_java_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(owlready2, "JAVA_EXE", "/nonexistent/java")
    with pytest.raises(ReasonerUnavailable) as caught:
        java_executable()
    message = str(caught.value)
    assert "needs Java" in message
    assert "--no-reasoner" in message and "cogov ontology export" in message
    with pytest.raises(ReasonerUnavailable):
        check_consistency(Graph())


@needs_java
def test_reasoner_leaves_no_temporary_files(
    merged: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    broken = Graph().parse(FIXTURES / "two-table1-types.ttl", format="turtle")
    assert not check_consistency(merged + broken).consistent
    assert list(tmp_path.iterdir()) == []
    assert tempfile.tempdir == str(tmp_path)
