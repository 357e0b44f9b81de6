"""`cogov validate --report-ttl` (the raw sh:ValidationReport) and `--shapes` (a project's own)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SH

from cogov.cli import main
from cogov.loaders.rdf import case_iri, field_of
from cogov.validation import CGSH, CONTRACT_RULE, turbo_available

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad"
GOOD = ROOT / "tests" / "data" / "good"
SEVERITY = {SH.Violation: "error", SH.Warning: "warning", SH.Info: "info"}

JURISDICTION_SHAPE = """\
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix cogov: <https://w3id.org/cogov#> .
@prefix ex: <https://example.org/our-project/shapes#> .

ex:NeedsJurisdiction a sh:NodeShape ;
    sh:targetClass cogov:LocalGovernmentCollaboration ;
    sh:property ex:NeedsJurisdiction-jurisdiction .

ex:NeedsJurisdiction-jurisdiction a sh:PropertyShape ;
    sh:path cogov:jurisdiction ;
    sh:minCount 1 ;
    sh:severity sh:{severity} ;
    sh:message "our project records the jurisdiction of every case"@en ,
               "本项目要求每个案例记录法域"@zh .
"""


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _synthetic(tmp_path: Path, count: int) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    path = tmp_path / "synthetic.yaml"
    path.write_text(synth.dump(synth.generate(count, seed=7, bad=0.2)), encoding="utf-8")
    return path


def _shape(tmp_path: Path, severity: str = "Violation") -> Path:
    path = tmp_path / f"ours-{severity}.ttl"
    path.write_text(JURISDICTION_SHAPE.replace("{severity}", severity), encoding="utf-8")
    return path


def _report(path: Path) -> tuple[Graph, URIRef | None, list[URIRef]]:
    graph = Graph().parse(path, format="turtle")
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    return graph, graph.value(report, SH.conforms), list(graph.objects(report, SH.result))


def _rows(graph: Graph, results: list) -> Counter:
    def text(node, prop):
        value = graph.value(node, prop)
        return None if value is None else str(value)

    return Counter(
        (
            text(r, CGSH.case),
            text(r, CGSH.field),
            SEVERITY[graph.value(r, SH.resultSeverity)],
            text(r, SH.resultMessage),
        )
        for r in results
    )


def _json_rows(out: str) -> Counter:
    return Counter((p["case"], p["field"], p["severity"], p["message"]) for p in json.loads(out))


def test_report_of_a_parallel_chunked_run_is_one_report_equal_to_the_problems(
    tmp_path, capsys, monkeypatch
):
    from cogov import validation

    pools = []
    real = validation._parallel
    monkeypatch.setattr(validation, "_PARALLEL_MIN", 10)
    monkeypatch.setattr(validation, "CHUNK_SIZE", 7)
    monkeypatch.setattr(validation, "_parallel", lambda *a, **k: pools.append(1) or real(*a, **k))
    data = _synthetic(tmp_path, 60)
    target = tmp_path / "report.ttl"
    code, out, _ = run(
        capsys, str(data), "--format", "json", "--workers", "2", "--report-ttl", str(target)
    )
    assert pools and code == 1
    graph, conforms, results = _report(target)
    assert conforms == Literal(False)
    assert _rows(graph, results) == _json_rows(out)
    for result in results:
        focus = graph.value(result, SH.focusNode)
        case = str(graph.value(result, CGSH.case))
        if isinstance(focus, Literal):  # the unique-id shape reports the id itself
            assert str(focus) == case
        else:  # the case, or one of its actors or evidence records
            iri = str(case_iri(case))
            assert str(focus) == iri or str(focus).startswith(f"{iri}/")
        path = graph.value(result, SH.resultPath)
        field = str(graph.value(result, CGSH.field))
        if isinstance(path, URIRef) and field_of(path) is not None:
            assert field.endswith(field_of(path)), (path, field)


def test_good_data_gives_a_conforming_report_with_no_result(tmp_path, capsys):
    target = tmp_path / "report.ttl"
    code, out, _ = run(capsys, str(GOOD / "one-case.yaml"), "--report-ttl", str(target))
    assert (code, out) == (0, "")
    _, conforms, results = _report(target)
    assert conforms == Literal(True) and results == []


def test_warnings_alone_conform_as_the_exit_code_says(tmp_path, capsys):
    target = tmp_path / "report.ttl"
    code, out, _ = run(
        capsys, str(BAD / "warn-coded-low-formal.yaml"), "--format", "json",
        "--report-ttl", str(target),
    )  # fmt: skip
    assert code == 0
    graph, conforms, results = _report(target)
    assert conforms == Literal(True)
    assert results and _rows(graph, results) == _json_rows(out)
    assert {graph.value(r, SH.resultSeverity) for r in results} == {SH.Warning}


def test_rules_checked_outside_the_shapes_are_results_too(tmp_path, capsys):
    target = tmp_path / "report.ttl"
    code, out, _ = run(
        capsys, str(BAD / "duplicate-id.yaml"), "--format", "json", "--report-ttl", str(target)
    )
    assert code == 1
    graph, conforms, results = _report(target)
    assert conforms == Literal(False) and _rows(graph, results) == _json_rows(out)
    contract = [r for r in results if graph.value(r, SH.sourceShape) == CONTRACT_RULE]
    assert contract
    for result in contract:
        assert graph.value(result, SH.focusNode) == case_iri(str(graph.value(result, CGSH.case)))
        assert graph.value(result, SH.sourceConstraintComponent) == CONTRACT_RULE


@pytest.mark.skipif(not turbo_available(), reason="needs pyshacl-turbo")
def test_both_engines_write_the_same_report(tmp_path, capsys):
    reports = []
    for engine in ("pyshacl", "turbo"):
        target = tmp_path / f"{engine}.ttl"
        run(capsys, str(_synthetic(tmp_path, 30)), "--engine", engine, "--report-ttl", str(target))
        reports.append(Graph().parse(target))
    assert len(reports[0]) > 50 and isomorphic(*reports)


def test_a_report_that_cannot_be_written_is_exit_2_and_leaves_nothing(tmp_path, capsys):
    target = tmp_path / "taken"
    target.mkdir()
    (target / "keep.txt").write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, str(BAD / "missing-domain.yaml"), "--report-ttl", str(target))
    assert code == 2
    assert "cannot write the validation report" in err and "无法写入验证报告" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


# ---------------------------------------------------------------- --shapes


def test_a_projects_own_shape_gives_its_message_on_the_case_and_field(tmp_path, capsys):
    shape = _shape(tmp_path)
    code, out, _ = run(capsys, str(GOOD / "one-case.yaml"), "--format", "json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = run(
        capsys, str(GOOD / "one-case.yaml"), "--format", "json", "--shapes", str(shape)
    )
    assert code == 1
    (problem,) = json.loads(out)
    assert problem["case"] == "yrd-air-2014" and problem["field"] == "jurisdiction"
    assert problem["message"].startswith("our project records the jurisdiction of every case")
    assert problem["file"] == str(GOOD / "one-case.yaml") and problem["line"]
    code, out, _ = run(capsys, str(GOOD / "one-case.yaml"), "--lang", "zh", "--shapes", str(shape))
    assert "字段 jurisdiction" in out and "本项目要求每个案例记录法域" in out


def test_a_warning_shape_warns_and_the_report_holds_it(tmp_path, capsys):
    target = tmp_path / "report.ttl"
    code, out, _ = run(
        capsys, str(GOOD / "one-case.yaml"), "--format", "json",
        "--shapes", str(_shape(tmp_path, "Warning")), "--report-ttl", str(target),
    )  # fmt: skip
    assert code == 0
    assert [p["severity"] for p in json.loads(out)] == ["warning"]
    graph, conforms, (result,) = _report(target)
    assert conforms == Literal(True)
    assert graph.value(result, SH.sourceShape) == URIRef(
        "https://example.org/our-project/shapes#NeedsJurisdiction-jurisdiction"
    )
    assert graph.value(result, SH.resultPath) == URIRef("https://w3id.org/cogov#jurisdiction")


def test_own_shapes_give_the_same_problems_in_chunks_processes_and_engines(tmp_path, capsys):
    from cogov.loaders import load_file
    from cogov.validation import read_extra_shapes, validate

    extra = read_extra_shapes([_shape(tmp_path)])
    dataset = load_file(_synthetic(tmp_path, 40))
    whole = validate(dataset, workers=1, chunk_size=1000, shapes=extra, engine="pyshacl")
    ours = [p for p in whole.problems if p.field == "jurisdiction"]
    assert len({p.case for p in ours}) == len({c.id for c in dataset.cases if c.id})
    engines = ("pyshacl", "turbo") if turbo_available() else ("pyshacl",)
    for engine in engines:
        chunked = validate(dataset, workers=2, chunk_size=7, shapes=extra, engine=engine)
        assert chunked.problems == whole.problems


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (None, "cannot read the shapes file"),
        ("this is not { turtle", "is not Turtle"),
        ("@prefix ex: <https://example.org/> .\nex:a ex:b ex:c .\n", "holds no SHACL shape"),
    ],
)
def test_a_bad_shapes_file_is_a_usage_error_naming_it(tmp_path, capsys, content, said):
    path = tmp_path / "ours.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    target = tmp_path / "report.ttl"
    code, out, err = run(
        capsys, str(GOOD / "one-case.yaml"), "--shapes", str(path), "--report-ttl", str(target)
    )
    assert code == 2 and out == ""
    assert said in err and str(path) in err
    assert "形状文件" in err  # the same sentence in Chinese
    assert not target.exists()
