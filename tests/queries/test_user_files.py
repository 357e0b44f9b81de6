"""Your own SPARQL file: the usual prefixes, ASK, readable parse errors, unknown terms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cogov.cli import main
from cogov.user_query import with_prefixes

GOOD = Path(__file__).resolve().parents[1] / "data" / "good" / "one-case.yaml"


def _query(tmp_path: Path, text: str) -> str:
    path = tmp_path / "my.rq"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_usual_prefixes_need_no_declaration(tmp_path, capsys) -> None:
    q = _query(tmp_path, "SELECT ?id WHERE { ?c a cogov:LocalGovernmentCollaboration ; "
               "dcterms:identifier ?id }")  # fmt: skip
    assert main(["query", "--file", q, str(GOOD), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["id", "yrd-air-2014"]


def test_a_prefix_the_file_declares_wins() -> None:
    text, added = with_prefixes("PREFIX cogov: <urn:mine#>\nSELECT * { ?s a cogov:X }")
    assert added == 1 and "<urn:mine#>" in text and "PREFIX cogov: <https" not in text


@pytest.mark.parametrize(("pattern", "answer"), [("cogov:SymbolicCollaboration", "false"),
                                                  ("cogov:LocalGovernmentCollaboration", "true")])  # fmt: skip
def test_ask_answers_true_or_false(tmp_path, capsys, pattern: str, answer: str) -> None:
    q = _query(tmp_path, f"ASK {{ ?c a {pattern} }}")
    assert main(["query", "--file", q, str(GOOD), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["answer", answer]


def test_an_undeclared_prefix_is_one_line_with_its_place_and_a_hint(tmp_path, capsys) -> None:
    q = _query(tmp_path, "SELECT ?c WHERE {\n  ?c a foo:Bar .\n}\n")
    assert main(["query", "--file", q, str(GOOD)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "\\u{" not in err
    assert "my.rq, line 2" in err and "the prefix 'foo:' is not declared" in err


def test_a_missing_brace_is_named(tmp_path, capsys) -> None:
    q = _query(tmp_path, "SELECT ?c WHERE {\n  ?c a cogov:SymbolicCollaboration .\n")
    assert main(["query", "--file", q, str(GOOD)]) == 2
    err = capsys.readouterr().err
    assert "a '{' is not closed by a '}'" in err and "SERVICE" not in err


def test_a_term_the_ontology_does_not_declare_is_warned_about(tmp_path, capsys) -> None:
    q = _query(tmp_path, "SELECT ?c WHERE { ?c a cogov:InstitutionalizedCollaboration }")
    assert main(["query", "--file", q, str(GOOD), "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert "cogov:InstitutionalizedCollaboration is not a term of the CoGov ontology" in err
    assert "did you mean cogov:InstitutionalisedCollaboration?" in err


def test_declared_terms_and_code_list_values_give_no_warning(tmp_path, capsys) -> None:
    q = _query(tmp_path, "SELECT ?c WHERE { ?c cogov:usesMechanism cogov:mechanism-meeting ; "
               "a cogov:SporadicCollaboration } # cogov:NotATerm in a comment")  # fmt: skip
    assert main(["query", "--file", q, str(GOOD)]) == 0
    assert "is not a term" not in capsys.readouterr().err


def _backend_options(backend: str, tmp_path: Path, request) -> list[str]:
    if backend == "store":
        return ["--store", str(tmp_path / "store")]
    if backend == "endpoint":
        return ["--endpoint", request.getfixturevalue("oxigraph_server")]
    return []


@pytest.mark.parametrize("backend", ["memory", "store", "endpoint"])
def test_ask_and_construct_files_run_on_every_backend(tmp_path, capsys, request, backend) -> None:
    """`cogov query --file` with ASK and CONSTRUCT on the embedded store, a store folder and a
    SPARQL endpoint (a real Oxigraph server): the same answers everywhere."""
    import rdflib

    options = _backend_options(backend, tmp_path, request)
    answers = {}
    for pattern in ("cogov:LocalGovernmentCollaboration", "cogov:SymbolicCollaboration"):
        q = _query(tmp_path, f"ASK {{ ?c a {pattern} }}")
        assert main(["query", "--file", q, str(GOOD), *options, "--format", "json"]) == 0
        answers[pattern] = capsys.readouterr().out
    assert '"answer": true' in answers["cogov:LocalGovernmentCollaboration"]
    assert '"answer": false' in answers["cogov:SymbolicCollaboration"]

    q = _query(
        tmp_path,
        "CONSTRUCT { ?c rdfs:label ?name ; cogov:typeFound ?type } WHERE { "
        "?c a cogov:LocalGovernmentCollaboration ; rdfs:label ?name ; a ?type . "
        "FILTER(?type IN (cogov:InstitutionalisedCollaboration, cogov:SporadicCollaboration)) }",
    )
    assert main(["query", "--file", q, str(GOOD), *options]) == 0
    graph = rdflib.Graph().parse(data=capsys.readouterr().out, format="nt")
    case = rdflib.URIRef("https://w3id.org/cogov/case/yrd-air-2014")
    assert {str(o) for o in graph.objects(case, rdflib.RDFS.label)} >= {
        "长三角区域大气污染防治协作机制"
    }
    assert main(["classify", str(GOOD), "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    expected = f"https://w3id.org/cogov#{row['type_name'].capitalize()}Collaboration"
    found = set(graph.objects(case, rdflib.URIRef("https://w3id.org/cogov#typeFound")))
    assert found == {rdflib.URIRef(expected)}  # the type the rules give, and only it
