"""``cogov ontology check`` and ``cogov ontology export`` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import owlready2
import pytest
from rdflib import Graph

from cogov.cli import main
from cogov.errors import EXIT_CANNOT_RUN, EXIT_OK, EXIT_VIOLATIONS

QC_FIXTURES = Path(__file__).parent / "fixtures" / "qc"


def test_check_passes_on_the_bundled_ontology_without_reasoner(
    capsys: pytest.CaptureFixture,
) -> None:
    assert main(["ontology", "check", "--no-reasoner"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "FAILED" not in out
    assert "Result: all checks passed" in out


def test_check_reports_violations_in_plain_words(capsys: pytest.CaptureFixture) -> None:
    code = main(
        ["ontology", "check", "--no-reasoner", "--ontology", str(QC_FIXTURES / "missing-label.ttl")]
    )
    assert code == EXIT_VIOLATIONS
    out = capsys.readouterr().out
    assert "FAILED  Missing label" in out
    assert "term cogov:level-county, lang zh" in out
    assert "1 of" in out and "quality checks failed" in out


def test_check_without_java_says_what_still_works(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setattr(owlready2, "JAVA_EXE", "/nonexistent/java")
    code = main(["ontology", "check", "--ontology", str(QC_FIXTURES / "good.ttl")])
    assert code == EXIT_CANNOT_RUN
    out = capsys.readouterr().out
    assert "Reasoner (HermiT): could not run" in out
    assert "--no-reasoner" in out


def test_check_of_a_missing_file_exits_2(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    assert main(["ontology", "check", "--ontology", str(tmp_path / "none.ttl")]) == EXIT_CANNOT_RUN
    err = capsys.readouterr().err
    assert "none.ttl" in err and "missing" in err
    assert "Traceback" not in err


def test_export_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "out" / "cogov.owl"
    assert main(["ontology", "export", "--format", "owl", "-o", str(target)]) == EXIT_OK
    assert len(Graph().parse(target, format="xml")) > 1000
    assert "wrote the merged ontology" in capsys.readouterr().err
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left


def test_export_to_standard_output(capsysbinary: pytest.CaptureFixture) -> None:
    assert main(["ontology", "export", "--format", "nt"]) == EXIT_OK
    data = capsysbinary.readouterr().out
    assert len(Graph().parse(data=data, format="nt")) > 1000


def test_export_to_an_unwritable_place_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    code = main(["ontology", "export", "-o", str(blocker / "cogov.ttl")])
    assert code == EXIT_CANNOT_RUN
    err = capsys.readouterr().err
    assert "cannot write the ontology" in err and "Traceback" not in err


def test_export_rejects_an_unknown_format(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["ontology", "export", "--format", "rdfa"])
    assert caught.value.code == EXIT_CANNOT_RUN
    assert "invalid choice" in capsys.readouterr().err
