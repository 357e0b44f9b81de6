"""The SPARQL quality checks: they pass on the ontology and each fails on its broken fixture."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from cogov.errors import ResourceError
from cogov.ontology import LoadedOntology, load_ontology
from cogov.qc import list_checks, run_checks

QC_FIXTURES = Path(__file__).parent / "fixtures" / "qc"
CHECK_NAMES = [check.name for check in list_checks()]
BROKEN = sorted(p for p in QC_FIXTURES.glob("*.ttl") if p.name != "good.ttl")

#: fixture -> the term (or ontology) each broken fixture must be blamed on
BLAMED = {
    "missing-label": "https://w3id.org/cogov#level-county",
    "duplicate-label": "https://w3id.org/cogov#Actor",
    "label-language": "https://w3id.org/cogov#Actor",
    "shared-label": "https://w3id.org/cogov#LocalGovernmentCollaboration",
    "missing-definition": "https://w3id.org/cogov#level-county",
    "duplicate-definition": "https://w3id.org/cogov#start",
    "shared-definition": "https://w3id.org/cogov#Actor",
    "undeclared-term": "https://w3id.org/cogov#hasMember",
    "ontology-header": "https://w3id.org/cogov",
    "ontology-header--version-mismatch": "https://w3id.org/cogov",
    "dangling-subclass": "http://www.w3.org/ns/org#Organisation",
    "property-domain-range": "https://w3id.org/cogov#hasParticipant",
    "property-domain-range--datatype": "https://w3id.org/cogov#start",
    "missing-defined-by": "https://w3id.org/cogov#level-county",
    "preflabel": "https://w3id.org/cogov#level-county",
}


def _failing(path: Path) -> dict[str, list[dict[str, str]]]:
    graph = Graph().parse(path, format="turtle")
    return {r.name: r.rows for r in run_checks(graph) if not r.passed}


def test_every_check_has_a_broken_fixture() -> None:
    covered = {p.stem.split("--")[0] for p in BROKEN}
    assert covered == set(CHECK_NAMES)
    assert {p.stem for p in BROKEN} == set(BLAMED)


def test_good_fixture_passes_every_check() -> None:
    assert _failing(QC_FIXTURES / "good.ttl") == {}


@pytest.mark.parametrize("fixture", BROKEN, ids=lambda p: p.stem)
def test_broken_fixture_fails_only_its_check(fixture: Path) -> None:
    check = fixture.stem.split("--")[0]
    failing = _failing(fixture)
    assert set(failing) == {check}, f"{fixture.name} should fail only {check}"
    blamed = {value for row in failing[check] for value in row.values()}
    assert BLAMED[fixture.stem] in blamed


def test_missing_header_parts_are_named_in_words() -> None:
    rows = _failing(QC_FIXTURES / "ontology-header.ttl")["ontology-header"]
    assert sorted(row["missing"] for row in rows) == [
        "Chinese title (dcterms:title @zh)",
        "date of creation (dcterms:created)",
    ]


def test_module_headers_need_less_than_the_top_header(tmp_path: Path) -> None:
    top = (QC_FIXTURES / "good.ttl").read_text(encoding="utf-8")
    top = top.replace(
        '    owl:versionInfo "0.1.0" ;',
        '    owl:versionInfo "0.1.0" ;\n    owl:imports <https://w3id.org/cogov/part> ;',
    )
    (tmp_path / "top.ttl").write_text(top, encoding="utf-8")
    (tmp_path / "part.ttl").write_text(
        """@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<https://w3id.org/cogov/part> a owl:Ontology ;
    owl:versionIRI <https://w3id.org/cogov/0.1.0/part> ; owl:versionInfo "0.1.0" ;
    dcterms:title "part"@en , "部分"@zh ; dcterms:description "A part."@en , "一部分。"@zh .
""",
        encoding="utf-8",
    )
    (tmp_path / "catalog-v001.xml").write_text(
        '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">'
        '<uri name="https://w3id.org/cogov/part" uri="part.ttl"/></catalog>',
        encoding="utf-8",
    )
    results = {r.name: r for r in run_checks(load_ontology(tmp_path / "top.ttl"))}
    rows = results["ontology-header"].rows
    # the module lacks only its licence; creators, dates and VANN are asked of the top only
    assert rows == [
        {"ontology": "https://w3id.org/cogov/part", "missing": "licence (dcterms:license)"}
    ]


def test_runner_executes_every_file_in_the_folder(tmp_path: Path) -> None:
    (tmp_path / "everything-violation.rq").write_text(
        "# Everything: lists every class.\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
        "SELECT ?class WHERE { ?class a owl:Class }\n",
        encoding="utf-8",
    )
    (tmp_path / "ignored.rq").write_text("SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    graph = Graph().parse(QC_FIXTURES / "good.ttl", format="turtle")
    results = run_checks(graph, folder=tmp_path)
    assert [r.name for r in results] == ["everything"]
    assert results[0].check.title == "Everything: lists every class."
    assert not results[0].passed and len(results[0].rows) == 5


@pytest.mark.parametrize("query", ["ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }"])
def test_query_that_is_not_a_select_is_refused(tmp_path: Path, query: str) -> None:
    (tmp_path / "yes-no-violation.rq").write_text(f"# Not a SELECT.\n{query}\n", encoding="utf-8")
    graph = Graph().parse(QC_FIXTURES / "good.ttl", format="turtle")
    with pytest.raises(ResourceError, match="SELECT") as raised:
        run_checks(graph, folder=tmp_path)
    assert raised.value.problem.file == str(tmp_path / "yes-no-violation.rq")


def test_query_without_header_comment_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bare-violation.rq").write_text("SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="comment"):
        list_checks(tmp_path)


@pytest.mark.parametrize("check", CHECK_NAMES)
def test_check_passes_on_the_ontology(check: str, closure: LoadedOntology) -> None:
    result = {r.name: r for r in run_checks(closure.graph)}[check]
    shown = "\n".join(result.describe_row(row) for row in result.rows[:20])
    assert result.passed, f"{len(result.rows)} violations of {check}, first ones:\n{shown}"
