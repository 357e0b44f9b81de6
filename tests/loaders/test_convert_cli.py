"""``cogov convert`` and ``write_cases``: every format, complete output or none."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cogov.cli import main
from cogov.loaders import load_file, spreadsheet, write_cases

# helper modules beside this file (the suite runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from loader_samples import GOOD_CASE


@pytest.mark.parametrize("target", ["ttl", "jsonld", "yaml", "json", "csv", "xlsx"])
def test_convert_to_each_format_and_back(write, tmp_path, target, capsys):
    source = write("c.yaml", GOOD_CASE)
    out = tmp_path / f"out.{target}"
    assert main(["convert", str(source), "--to", target, "-o", str(out)]) == 0
    assert load_file(out).cases == load_file(source).cases
    assert "wrote 1 case" in capsys.readouterr().err


def test_convert_to_stdout(write, capsys):
    source = write("c.yaml", GOOD_CASE)
    assert main(["convert", str(source), "--to", "ttl"]) == 0
    out = capsys.readouterr().out
    assert "cogov:mechanism-joint_conference" in out
    assert main(["convert", str(source), "--to", "xlsx"]) == 2  # binary needs -o


def test_turtle_output_is_deterministic(write, tmp_path):
    source = write("c.yaml", GOOD_CASE)
    first, second = tmp_path / "1.ttl", tmp_path / "2.ttl"
    main(["convert", str(source), "--to", "ttl", "-o", str(first)])
    main(["convert", str(source), "--to", "ttl", "-o", str(second)])
    assert first.read_bytes() == second.read_bytes()
    text = first.read_text(encoding="utf-8")
    assert text.index("@prefix") < text.index(
        "case:yrd-air-2014 a cogov:LocalGovernmentCollaboration"
    )


def test_convert_with_base(write, capsys):
    source = write("c.yaml", GOOD_CASE)
    assert main(["convert", str(source), "--to", "ttl", "--base", "https://example.org/c/"]) == 0
    assert "https://example.org/c/" in capsys.readouterr().out
    assert main(["convert", str(source), "--to", "ttl", "--base", "not an iri"]) == 2


def test_problems_stop_the_conversion_unless_lenient(write, tmp_path, capsys):
    source = write("c.yaml", GOOD_CASE.replace("    domain: air\n", "    domian: air\n"))
    out = tmp_path / "out.csv"
    assert main(["convert", str(source), "--to", "csv", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "domian" in err and "did you mean 'domain'" in err and "nothing written" in err
    assert not out.exists()
    assert main(["convert", str(source), "--to", "csv", "-o", str(out), "--lenient"]) == 0
    assert out.exists()


def test_failed_conversion_leaves_no_file(write, tmp_path):
    source = write("c.yaml", "cases:\n  - id: a\n    participants: [{name: {fr: Lyon}}]\n")
    out = tmp_path / "out.csv"
    assert main(["convert", str(source), "--to", "csv", "-o", str(out)]) == 2
    assert os.listdir(tmp_path) == ["c.yaml"]  # neither the output nor a temporary file


def test_existing_output_is_replaced_only_when_complete(write, tmp_path, monkeypatch):
    data = load_file(write("c.yaml", GOOD_CASE))
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"the old workbook")

    def broken(cases, path):
        path.write_bytes(b"PK half a workbook")
        raise KeyboardInterrupt  # interrupted in the middle of writing

    monkeypatch.setattr(spreadsheet, "write_xlsx", broken)
    with pytest.raises(KeyboardInterrupt):
        write_cases(data.cases, out)
    assert out.read_bytes() == b"the old workbook"
    assert sorted(os.listdir(tmp_path)) == ["c.yaml", "out.xlsx"]
    monkeypatch.undo()
    write_cases(data.cases, out)
    assert load_file(out).cases == data.cases


def test_unknown_output_format_is_a_usage_error(write, tmp_path):
    from cogov.errors import UsageError

    data = load_file(write("c.yaml", GOOD_CASE))
    with pytest.raises(UsageError, match="allowed"):
        write_cases(data.cases, tmp_path / "x.out", "docx")


def test_rdf_written_by_another_tool_is_read(write):
    turtle = """\
@prefix cogov: <https://w3id.org/cogov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix org: <http://www.w3.org/ns/org#> .
<https://example.org/x/one> a cogov:LocalGovernmentCollaboration ;
    dcterms:identifier "one" ;
    rdfs:label "无锡" , "Wuxi"@en ;
    cogov:hasParticipant _:b , _:a ;
    cogov:usesMechanism cogov:mechanism-regional_agency , cogov:mechanism-forum ;
    cogov:start "2001-05-04"^^<http://www.w3.org/2001/XMLSchema#date> ;
    cogov:sharedBeliefs true .
_:a a org:Organization ; rdfs:label "A"@en ; cogov:hasActorLevel cogov:level-county .
_:b a org:Organization ; rdfs:label "B"@en .
"""
    data = load_file(write("other.ttl", turtle))
    case = data.cases[0]
    assert case.id == "one"
    assert case.name == {"zh": "无锡", "en": "Wuxi"}
    assert case.mechanisms == ("forum", "regional_agency")
    assert case.start == "2001-05-04" and case.drivers.shared_beliefs is True
    assert sorted(a.label() for a in case.participants) == ["A", "B"]
    assert case.file.endswith("other.ttl")
    # the graph handed to the shapes is the file's own, not a re-creation
    assert len(data.graph()) == len(data.rdf_graphs[data.files[0]])


def test_jsonld_with_inline_context_is_read(write):
    doc = """{"@context": {"cogov": "https://w3id.org/cogov#",
                "dcterms": "http://purl.org/dc/terms/"},
              "@id": "https://w3id.org/cogov/case/j", "@type": "cogov:LocalGovernmentCollaboration",
              "dcterms:identifier": "j"}"""
    assert load_file(write("j.jsonld", doc)).cases[0].id == "j"
