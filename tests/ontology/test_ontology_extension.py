"""``cogov ontology check`` on an extension of CoGov: the extension profile, --skip/--only, the
ROBOT report table, and HermiT with CoGov imported."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, URIRef

from cogov.cli import main
from cogov.errors import EXIT_CANNOT_RUN, EXIT_VIOLATIONS, UsageError
from cogov.qc import REPORT_COLUMNS, detect_profile, extension_namespace, list_checks

FIXTURES = Path(__file__).parent / "fixtures"
TOTAL = len(list_checks())  # the quality checks of queries/qc
EXT = FIXTURES / "extension" / "ext.ttl"
BAD = FIXTURES / "extension" / "ext-inconsistent.ttl"

needs_java = pytest.mark.skipif(
    shutil.which(owlready2.JAVA_EXE) is None,
    reason="no Java runtime: HermiT cannot run (Debian: apt-get install default-jre-headless)",
)


def _check(args: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str]:
    code = main(["ontology", "check", *args])
    return code, capsys.readouterr().out


def test_an_extension_file_gets_the_extension_profile() -> None:
    profile = detect_profile(EXT)
    assert profile.is_extension
    assert profile.namespace == "https://example.org/cogov-ext#"
    assert profile.ontology == "https://example.org/cogov-ext"
    assert profile.prefix == "ext"
    # CoGov itself, and a file whose ontology is CoGov's, keep CoGov's profile
    assert not detect_profile(None).is_extension
    assert not detect_profile(FIXTURES / "qc" / "good.ttl").is_extension
    assert detect_profile(FIXTURES / "qc" / "good.ttl", "extension").is_extension


def test_extension_namespace_rules() -> None:
    # 1. vann:preferredNamespaceUri
    assert extension_namespace(Graph().parse(EXT), URIRef("https://example.org/cogov-ext"))[0] == (
        "https://example.org/cogov-ext#"
    )
    # 2. the ontology IRI and the separator its terms use
    bad = Graph().parse(BAD)
    assert extension_namespace(bad, URIRef("https://example.org/cogov-bad")) == (
        "https://example.org/cogov-bad#",
        "the ontology IRI followed by '#'",
    )
    # 3. the most common namespace of the declared terms
    other = Graph().parse(
        data="""@prefix owl: <http://www.w3.org/2002/07/owl#> .
<https://example.org/onto> a owl:Ontology .
<https://example.org/terms/A> a owl:Class .
<https://example.org/terms/B> a owl:Class .
<https://example.org/other#C> a owl:Class .
""",
        format="turtle",
    )
    namespace, how = extension_namespace(other, URIRef("https://example.org/onto"))
    assert namespace == "https://example.org/terms/"
    assert "most common" in how


def test_extension_profile_reports_the_extension_terms_only(
    capsys: pytest.CaptureFixture,
) -> None:
    code, out = _check(["--ontology", str(EXT), "--skip", "reasoner"], capsys)
    assert code == EXIT_VIOLATIONS
    assert "Profile extension" in out and "https://example.org/cogov-ext#" in out
    assert "FAILED  Missing label" in out
    assert "term ext:BasinCommission, lang zh" in out
    assert out.count("FAILED") == 1  # CoGov's terms and headers are not judged
    assert "cogov:" not in out
    assert f"1 of {TOTAL} quality checks failed" in out
    assert "Reasoner: skipped" in out


def test_cogov_profile_on_the_extension_judges_it_by_cogov_policy(
    capsys: pytest.CaptureFixture,
) -> None:
    code, out = _check(
        [
            "--ontology",
            str(EXT),
            "--profile",
            "cogov",
            "--no-reasoner",
            "--only",
            "ontology-header",
        ],
        capsys,
    )
    assert code == EXIT_VIOLATIONS
    assert "Chinese title (dcterms:title @zh)" in out


def test_extension_header_policy(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    text = EXT.read_text(encoding="utf-8").replace(
        "    dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;\n", ""
    )
    (tmp_path / "ext.ttl").write_text(text, encoding="utf-8")
    code, out = _check(
        ["--ontology", str(tmp_path / "ext.ttl"), "--only", "ontology-header"], capsys
    )
    assert code == EXIT_VIOLATIONS
    assert "ontology https://example.org/cogov-ext, missing licence (dcterms:license)" in out
    assert f"Quality checks (1 of {TOTAL}, chosen with --only/--skip)" in out
    assert "Reasoner: skipped" in out


def test_only_and_skip_select_checks(capsys: pytest.CaptureFixture) -> None:
    code, out = _check(["--ontology", str(EXT), "--no-reasoner", "--skip", "missing-label"], capsys)
    assert code == 0
    assert "Missing label" not in out
    assert f"Quality checks ({TOTAL - 1} of {TOTAL}" in out
    code, out = _check(
        ["--ontology", str(EXT), "--only", "missing-definition", "--only", "shared-label"], capsys
    )
    assert code == 0
    assert f"Quality checks (2 of {TOTAL}" in out
    assert "Missing definition" in out and "Shared label" in out and "Missing label" not in out
    assert "Reasoner: skipped" in out


@pytest.mark.parametrize("option", ["--skip", "--only"])
def test_unknown_check_name_is_a_usage_error_with_a_suggestion(
    option: str, capsys: pytest.CaptureFixture
) -> None:
    assert main(["ontology", "check", option, "missing-lable"]) == EXIT_CANNOT_RUN
    err = capsys.readouterr().err
    assert "missing-lable" in err and "Did you mean 'missing-label'?" in err
    assert "reasoner" in err and "Traceback" not in err


def test_extension_profile_needs_an_ontology_file() -> None:
    with pytest.raises(UsageError, match="--ontology"):
        detect_profile(None, "extension")


def test_report_table_has_robot_columns(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "out" / "report.tsv"
    code, out = _check(["--ontology", str(EXT), "--no-reasoner", "--output", str(target)], capsys)
    assert code == EXIT_VIOLATIONS
    assert "1 problem written" in out
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    assert (
        tuple(rows[0])
        == REPORT_COLUMNS
        == (
            "Level",
            "Rule Name",
            "Subject",
            "Property",
            "Value",
        )
    )
    assert rows[1:] == [["ERROR", "missing-label", "ext:BasinCommission", "rdfs:label", "lang zh"]]
    assert [p.name for p in target.parent.iterdir()] == ["report.tsv"]  # no temporary left


def test_report_table_is_written_when_all_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    target = tmp_path / "report.tsv"
    args = ["--ontology", str(EXT), "--no-reasoner", "--skip", "missing-label"]
    code, _ = _check([*args, "--output", str(target)], capsys)
    assert code == 0
    assert target.read_text(encoding="utf-8") == "\t".join(REPORT_COLUMNS) + "\n"


def test_report_rows_of_every_cogov_check(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "report.tsv"
    fixture = FIXTURES / "qc" / "dangling-subclass.ttl"
    code, _ = _check(["--ontology", str(fixture), "--no-reasoner", "--output", str(target)], capsys)
    assert code == EXIT_VIOLATIONS
    rows = [line.split("\t") for line in target.read_text(encoding="utf-8").splitlines()[1:]]
    assert rows == [
        ["ERROR", "dangling-subclass", "cogov:Actor", "rdfs:subClassOf", "target org:Organisation"]
    ]


@needs_java
def test_inconsistent_extension_is_reported_by_the_reasoner(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    target = tmp_path / "report.tsv"
    code, out = _check(
        ["--ontology", str(BAD), "--only", "reasoner", "--output", str(target)], capsys
    )
    assert code == EXIT_VIOLATIONS
    assert f"Quality checks (0 of {TOTAL}" in out
    assert "INCONSISTENT" in out
    assert (
        target.read_text(encoding="utf-8").splitlines()[1]
        == "ERROR\treasoner\thttps://example.org/cogov-bad\t\tinconsistent"
    )
