"""``cogov query --file Q.rq``: a user's own query runs, but SERVICE and updates are refused
unless explicitly allowed, and the decision comes from parsing, not from the words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cogov.cli import main

CASE = "<https://w3id.org/cogov#LocalGovernmentCollaboration>"

UPDATES = {
    "load": "LOAD <@REMOTE@/x.ttl>",
    "load-lowercase": "load <@REMOTE@/x.ttl> into graph <urn:g>",
    "insert-data": 'INSERT DATA { <urn:a> <urn:b> "c" }',
    "delete-data": 'DELETE DATA { <urn:a> <urn:b> "c" }',
    "delete-where": "DELETE WHERE { ?s ?p ?o }",
    "modify": "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "with-prefix": "PREFIX x: <urn:x#>\n# a comment\nINSERT DATA { x:a x:b x:c }",
    "clear": "CLEAR ALL",
    "drop": "DROP DEFAULT",
    "create": "CREATE GRAPH <urn:g>",
    "add": "ADD DEFAULT TO <urn:g>",
    "move": "MOVE DEFAULT TO <urn:g>",
    "copy": "COPY DEFAULT TO <urn:g>",
    "two-operations": "CLEAR SILENT GRAPH <urn:g> ; LOAD <@REMOTE@/x.ttl>",
}

SERVICES = {
    "service": "SELECT * WHERE { SERVICE <@REMOTE@/sparql> { ?s ?p ?o } }",
    "service-silent": "SELECT * WHERE { SERVICE SILENT <@REMOTE@/sparql> { ?s ?p ?o } }",
    "in-optional": f"SELECT * WHERE {{ ?c a {CASE} . OPTIONAL {{ SERVICE <@REMOTE@/q> {{ ?c ?p ?o }} }} }}",
    "in-subquery": "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <@REMOTE@/q> { ?s ?p ?o } } } }",
    "in-construct": "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <@REMOTE@/q> { ?s ?p ?o } }",
    "hash-iri-before-service": "PREFIX c: <https://w3id.org/cogov#> SELECT * WHERE { ?s a c:LocalGovernmentCollaboration . SERVICE <@REMOTE@/q> { ?s ?p ?o } }",
    "variable-endpoint": "SELECT * WHERE { BIND(<@REMOTE@/q> AS ?e) SERVICE ?e { ?s ?p ?o } }",
}

EMPTY_RESULTS = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": []}}).encode()


def write_query(tmp_path: Path, text: str, remote: str) -> Path:
    path = tmp_path / "q.rq"
    path.write_text(text.replace("@REMOTE@", remote), encoding="utf-8")
    return path


@pytest.mark.parametrize("text", UPDATES.values(), ids=UPDATES.keys())
def test_an_update_is_refused_without_allow_update(
    text, tmp_path, good_file, counting_server, capsys
) -> None:
    query = write_query(tmp_path, text, counting_server.url)
    assert main(["query", "--file", str(query), str(good_file)]) == 2
    err = capsys.readouterr().err
    assert "SPARQL update" in err and "--allow-update" in err and "q.rq" in err
    assert "Traceback" not in err
    assert counting_server.requests == []


@pytest.mark.parametrize("text", SERVICES.values(), ids=SERVICES.keys())
def test_service_is_refused_without_allow_service(
    text, tmp_path, good_file, counting_server, capsys
) -> None:
    query = write_query(tmp_path, text, counting_server.url)
    assert main(["query", "--file", str(query), str(good_file)]) == 2
    err = capsys.readouterr().err
    assert "SERVICE" in err and "--allow-service" in err and "q.rq" in err
    assert counting_server.requests == []


def test_a_query_rdflib_cannot_read_runs_only_with_allow_service(
    tmp_path, good_file, fault_server, capsys
) -> None:
    """rdflib's parser fails on SERVICE after a '#' in an IRI: such a query is refused (never
    run unchecked) unless --allow-service, and then the engine runs it."""
    fault_server.body = EMPTY_RESULTS
    text = SERVICES["hash-iri-before-service"].replace("@REMOTE@", fault_server.url)
    query = write_query(tmp_path, text, fault_server.url)
    assert main(["query", "--file", str(query), str(good_file)]) == 2
    assert "cannot be checked for SERVICE" in capsys.readouterr().err
    assert fault_server.requests == []
    assert main(["query", "--file", str(query), str(good_file), "--allow-service"]) == 0
    assert fault_server.requests


def test_allow_service_lets_the_query_reach_the_server(tmp_path, good_file, fault_server) -> None:
    """The refusal above is the only thing that stops SERVICE: with the option it is sent."""
    fault_server.body = EMPTY_RESULTS
    query = write_query(tmp_path, SERVICES["service"], fault_server.url)
    assert main(["query", "--file", str(query), str(good_file), "--allow-service"]) == 0
    assert fault_server.requests  # the engine called the service


def test_allow_update_runs_the_update(tmp_path, good_file, capsys) -> None:
    query = write_query(tmp_path, UPDATES["delete-where"], "")
    assert main(["query", "--file", str(query), str(good_file), "--allow-update"]) == 0
    assert "update was applied" in capsys.readouterr().err


def test_words_in_strings_and_comments_do_not_count(tmp_path, good_file, capsys) -> None:
    text = (
        "# SERVICE <http://x/> and LOAD <http://x/> and INSERT DATA in a comment\n"
        f'SELECT ?c ?note WHERE {{ ?c a {CASE} BIND("SERVICE <x> {{}} ; DROP ALL" AS ?note) }}'
    )
    query = write_query(tmp_path, text, "")
    assert main(["query", "--file", str(query), str(good_file), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"c": "https://w3id.org/cogov/case/yrd-air-2014", "note": rows[0]["note"]}]
    assert rows[0]["note"].startswith("SERVICE")


def test_construct_gives_n_triples(tmp_path, good_file, capsys) -> None:
    text = f"CONSTRUCT {{ ?c a {CASE} }} WHERE {{ ?c a {CASE} }}"
    query = write_query(tmp_path, text, "")
    assert main(["query", "--file", str(query), str(good_file)]) == 0
    out = capsys.readouterr().out
    assert (
        out.strip()
        == f"<https://w3id.org/cogov/case/yrd-air-2014> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> {CASE} ."
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("SELECT * WHERE { ?s ?p ", "a '{' is not closed by a '}'"),
        ("\x00\x01binary", "binary"),
    ],
)
def test_a_bad_query_file_is_a_clear_error(text, words, tmp_path, good_file, capsys) -> None:
    query = write_query(tmp_path, text, "")
    assert main(["query", "--file", str(query), str(good_file)]) == 2
    err = capsys.readouterr().err
    assert words in err and "q.rq" in err and "Traceback" not in err


def test_options_that_do_not_fit_are_usage_errors(tmp_path, good_file, capsys) -> None:
    query = write_query(tmp_path, "SELECT * WHERE { ?s ?p ?o }", "")
    assert main(["query", "--file", str(query), "--param", "a=b", str(good_file)]) == 2
    assert "--param" in capsys.readouterr().err
    assert main(["query", "case-classification", str(good_file), "--allow-update"]) == 2
    assert "--file" in capsys.readouterr().err
    assert main(["query", "--file", str(tmp_path / "none.rq")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["query", "--file", str(query)]) == 2  # a query needs data to run on
    assert "needs data to run on" in capsys.readouterr().err


def test_a_user_query_over_a_loaded_store(tmp_path, good_file, capsys) -> None:
    store = tmp_path / "store"
    assert main(["load", str(good_file), "--store", str(store)]) == 0
    query = write_query(tmp_path, f"SELECT ?c WHERE {{ ?c a {CASE} }}", "")
    assert main(["query", "--file", str(query), "--store", str(store), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["c", "https://w3id.org/cogov/case/yrd-air-2014"]


def test_options_may_come_between_the_question_and_the_files(good_file, capsys) -> None:
    argv = ["query", "case-classification", "--format", "csv", str(good_file), "--lenient"]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("yrd-air-2014,")


def test_an_allowed_update_on_a_store_says_where_the_dataset_is(tmp_path, good_file, capsys):
    import re

    store = tmp_path / "store"
    assert main(["load", str(good_file), "--store", str(store)]) == 0
    insert = write_query(tmp_path, UPDATES["insert-data"], "")
    capsys.readouterr()
    assert main(["query", "--file", str(insert), "--store", str(store), "--allow-update"]) == 0
    graph = re.search(r"named graph <([^>]+)>", capsys.readouterr().err).group(1)
    into = tmp_path / "into.rq"
    into.write_text(f'INSERT DATA {{ GRAPH <{graph}> {{ <urn:a> <urn:b> "in" }} }}')
    assert main(["query", "--file", str(into), "--store", str(store), "--allow-update"]) == 0
    read = tmp_path / "read.rq"
    read.write_text("SELECT ?o WHERE { <urn:a> <urn:b> ?o }")
    capsys.readouterr()
    assert main(["query", "--file", str(read), "--store", str(store), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["o", "in"]  # the default graph's is unseen
