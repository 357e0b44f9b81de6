"""The classification rules: threshold, reasons, overrides, and all-or-nothing loading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib

from cogov import classification as classify_module
from cogov.backends import DATASET_GRAPH_BASE, EndpointBackend, OxigraphBackend, RdflibBackend
from cogov.classification import check_threshold, classify
from cogov.errors import BackendError, ResourceError, UsageError
from cogov.pipeline import load as load_dataset
from cogov.queries import run_question

COGOV = rdflib.Namespace("https://w3id.org/cogov#")
CASE = rdflib.Namespace("https://w3id.org/cogov/case/")


def types(rows: list[dict]) -> dict[str, str]:
    return {r["id"]: r["type"] for r in rows}


@pytest.mark.parametrize("make", [OxigraphBackend, RdflibBackend])
def test_the_threshold_moves_cases_between_few_and_many(make, ontology, cases) -> None:
    at_two = classify(cases, ontology=ontology, threshold=2, backend=make())
    rows = {r["id"]: r for r in at_two.rows}
    assert rows["jjj-air-2013"]["type"] == "B"  # 2 distinct activities: many at threshold 2
    assert rows["alpha-forum"]["type"] == "A"  # 1 activity: still few
    assert {r["activity_threshold"] for r in at_two.rows} == {2}
    # eta's coder said "many"; at threshold 2 the derived value agrees, so one warning is left
    assert [w.field for w in at_two.warnings] == ["formalization"]
    at_five = classify(cases, ontology=ontology, threshold=5, backend=make())
    assert types(at_five.rows)["jjj-air"] == "C"  # 4 activities: few at threshold 5
    assert types(at_five.rows)["eta-override"] == "B"  # the coder's values still win


def test_the_added_triples_carry_the_reasons(ontology, cases) -> None:
    result = classify(cases, ontology=ontology)
    graph = result.graph
    eta = CASE["eta-override"]
    assert (eta, COGOV.formalizedBy, COGOV["mechanism-mou"]) in graph
    assert set(graph.objects(eta, COGOV.countedActivity)) == {
        COGOV["activity-technical_assistance"],
        COGOV["activity-expert_exchange"],
    }
    assert (eta, COGOV.hasFormalization, COGOV["formalization-low"]) in graph
    assert (eta, COGOV.derivedFormalization, COGOV["formalization-high"]) in graph
    overrides = set(graph.objects(eta, COGOV.hasOverride))
    assert len(overrides) == 2
    properties = {graph.value(o, COGOV.overridesProperty) for o in overrides}
    assert properties == {COGOV.hasFormalization, COGOV.hasActivityLevel}
    assert all(graph.value(o, COGOV.warning) for o in overrides)
    assert (CASE["gamma-symbolic"], rdflib.RDF.type, COGOV.SymbolicCollaboration) in graph
    assert (CASE["jjj-air-2016"], rdflib.RDF.type, COGOV.PreemptedCollaboration) in graph
    assert not list(graph.objects(CASE["theta-agree"], COGOV.hasOverride))
    assert [(w.case, w.severity) for w in result.warnings] == [
        ("eta-override", "warning"),
        ("eta-override", "warning"),
    ]


def test_every_case_gets_exactly_one_type_and_one_mode(ontology, cases) -> None:
    graph = classify(cases, ontology=ontology).graph
    type_classes = {
        COGOV[n + "Collaboration"]
        for n in ("Sporadic", "Normative", "Symbolic", "Institutionalised")
    }
    mode_classes = {
        COGOV[n + "Collaboration"] for n in ("Voluntary", "MandatedAutonomous", "Preempted")
    }
    for case in cases.subjects(rdflib.RDF.type, COGOV.LocalGovernmentCollaboration):
        classes = set(graph.objects(case, rdflib.RDF.type))
        assert len(classes & type_classes) == 1, case
        assert len(classes & mode_classes) == 1, case


def _backend(kind: str, tmp_path: Path):
    return {
        "memory": lambda: OxigraphBackend(),
        "store": lambda: OxigraphBackend(tmp_path / "store"),
        "rdflib": lambda: RdflibBackend(),
    }[kind]()


@pytest.mark.parametrize("kind", ["memory", "store", "rdflib"])
def test_a_case_is_listed_by_its_english_name_else_its_chinese_name_else_its_id(
    kind, ontology, cases, tmp_path
) -> None:
    data = rdflib.Graph()
    for triple in cases:
        data.add(triple)
    zh_only, unnamed = CASE["alpha-forum"], CASE["beta-water"]
    data.remove((zh_only, rdflib.RDFS.label, None))
    data.add((zh_only, rdflib.RDFS.label, rdflib.Literal("甲乙两县旅游论坛", lang="zh")))
    data.remove((unnamed, rdflib.RDFS.label, None))
    graph = classify(data, ontology=ontology, backend=_backend(kind, tmp_path)).graph
    assert str(graph.value(CASE["gamma-symbolic"], COGOV.caseName)) == "Gamma water agreement"
    assert str(graph.value(zh_only, COGOV.caseName)) == "甲乙两县旅游论坛"
    assert str(graph.value(unnamed, COGOV.caseName)) == "beta-water"


def test_a_store_folder_adds_the_same_triples_as_memory_and_rdflib(
    ontology, cases, tmp_path
) -> None:
    # the store folder takes each rule's triples through the bulk loader, memory and rdflib
    # through the engine: the classification must not depend on the path
    added = {
        kind: set(classify(cases, ontology=ontology, backend=_backend(kind, tmp_path)).graph)
        for kind in ("memory", "store", "rdflib")
    }
    assert len(added["memory"]) > 100
    assert added["store"] == added["memory"] == added["rdflib"]


@pytest.mark.parametrize("value", [0, -1, True, "3", 2.5])
def test_a_threshold_must_be_a_whole_number_from_one(value) -> None:
    with pytest.raises(UsageError):
        check_threshold(value)


def _broken_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "99-broken.rq"
    broken.write_text("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o ", encoding="utf-8")
    real = classify_module.rule_files()
    monkeypatch.setattr(classify_module, "rule_files", lambda: [*real, broken])


def _dataset_graphs(backend) -> list[str]:
    rows = backend.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", graph="")
    return sorted(r["g"] for r in rows if r["g"].startswith(DATASET_GRAPH_BASE))


def _loaded_twice_with_a_failure(backend, ontology, cases, tmp_path, monkeypatch) -> None:
    load_dataset(backend, cases, ontology=ontology)
    assert len(run_question("case-classification", backend)) == 8
    smaller = rdflib.Graph()
    for triple in cases.triples((CASE["alpha-forum"], None, None)):
        smaller.add(triple)
    _broken_rules(tmp_path, monkeypatch)
    with pytest.raises((ResourceError, BackendError)):
        load_dataset(backend, smaller, ontology=ontology)
    # the failed load left the earlier content as it was, and no staging graph behind
    assert len(run_question("case-classification", backend)) == 8


def test_a_failed_load_leaves_the_store_folder_as_it_was(
    ontology, cases, tmp_path, monkeypatch
) -> None:
    backend = OxigraphBackend(tmp_path / "store")
    _loaded_twice_with_a_failure(backend, ontology, cases, tmp_path, monkeypatch)
    assert _dataset_graphs(backend) == [backend.current_graph()]
    backend.close()
    reopened = OxigraphBackend(tmp_path / "store")
    assert len(run_question("case-classification", reopened)) == 8


def test_a_failed_load_leaves_the_endpoint_as_it_was(
    oxigraph_server, ontology, cases, tmp_path, monkeypatch
) -> None:
    backend = EndpointBackend(oxigraph_server)
    _loaded_twice_with_a_failure(backend, ontology, cases, tmp_path, monkeypatch)
    assert _dataset_graphs(backend) == [backend.current_graph()]


def test_a_second_load_replaces_the_first(ontology, cases, tmp_path) -> None:
    backend = OxigraphBackend(tmp_path / "store")
    load_dataset(backend, cases, ontology=ontology)
    smaller = rdflib.Graph()
    for triple in cases.triples((CASE["beta-water"], None, None)):
        smaller.add(triple)
    load_dataset(backend, smaller, ontology=ontology)
    assert [r["id"] for r in run_question("case-classification", backend)] == ["beta-water"]
    assert _dataset_graphs(backend) == [backend.current_graph()]  # the old one was dropped


def test_an_endpoint_that_is_not_there_is_a_clear_error(ontology) -> None:
    backend = EndpointBackend("http://127.0.0.1:9/query", timeout=5)
    with pytest.raises(BackendError, match="cannot reach the endpoint"):
        backend.select("SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(BackendError, match="http"):
        EndpointBackend("file:///etc/passwd")


def test_each_rule_step_is_reported_in_order(ontology, cases) -> None:
    backend = OxigraphBackend()
    load_dataset(backend, cases, ontology=ontology)
    steps: list[tuple[str, float]] = []
    added = classify_module.run_rules(backend, on_step=lambda n, s: steps.append((n, s)))
    assert (
        [name for name, _ in steps] == list(added) == [p.stem for p in classify_module.rule_files()]
    )
    assert all(seconds >= 0 for _, seconds in steps)


def test_every_rule_is_numbered_in_order_and_described_in_the_queries_readme() -> None:
    from cogov.resources import data_dir

    files = classify_module.rule_files()
    readme = (data_dir("queries") / "README.md").read_text(encoding="utf-8")
    for position, path in enumerate(files, start=1):
        text = path.read_text(encoding="utf-8")
        step = re.search(r"^# step: (\d+) of (\d+)", text, re.MULTILINE)
        assert step is not None, path.name
        assert (int(step.group(1)), int(step.group(2))) == (position, len(files)), path.name
        assert f"| `{path.name}` |" in readme, path.name
