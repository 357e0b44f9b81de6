"""``cogov ontology diff``: terms added, removed and changed, axioms added and removed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from cogov.cli import main
from cogov.errors import EXIT_CANNOT_RUN, EXIT_OK, EXIT_VIOLATIONS
from cogov.ontology_diff import Axiom, OntologyDiff, diff_files, diff_graphs

FIXTURES = Path(__file__).parent / "fixtures" / "diff"
OLD, NEW = FIXTURES / "old.ttl", FIXTURES / "new.ttl"
C_SOME = "[owl:onProperty ex:p ; owl:someValuesFrom ex:{} ; rdf:type owl:Restriction]"


@pytest.fixture(scope="module")
def result() -> OntologyDiff:
    return diff_files(OLD, NEW)


def test_added_removed_and_changed_terms(result: OntologyDiff) -> None:
    assert [t[0] for t in result.added_terms] == ["ex:New"]
    assert [t[0] for t in result.removed_terms] == ["ex:Old"]
    changes = {c.term: c.changes for c in result.changed_terms}
    assert set(changes) == {"<https://example.org/diff>", "ex:A", "ex:B", "ex:C", "ex:p"}
    assert changes["ex:A"] == [("rdfs:label", ['"a"@en'], ['"a class"@en'])]
    assert changes["ex:B"] == [
        ("skos:definition", ['"The second class."@en'], ['"The second class, revised."@en'])
    ]
    assert changes["ex:C"] == [("rdfs:subClassOf", [C_SOME.format("A")], [C_SOME.format("B")])]
    assert changes["ex:p"] == [("rdfs:domain", ["ex:A"], ["ex:C"])]


def test_blank_nodes_compare_by_content(result: OntologyDiff) -> None:
    # ex:Same: other blank nodes, another order of the intersection: no difference
    assert "ex:Same" not in {c.term for c in result.changed_terms}
    assert not [a for a in result.added_axioms + result.removed_axioms if a.subject == "ex:Same"]


def test_added_and_removed_axioms(result: OntologyDiff) -> None:
    assert result.added_axioms == [
        Axiom("ex:C", "rdfs:subClassOf", C_SOME.format("B")),
        Axiom("ex:New", "rdfs:subClassOf", "ex:B"),
        Axiom("ex:p", "rdfs:domain", "ex:C"),
        Axiom("owl:AllDisjointClasses", "owl:members", "(ex:A ex:New)"),
    ]
    assert result.removed_axioms == [
        Axiom("ex:C", "rdfs:subClassOf", C_SOME.format("A")),
        Axiom("ex:Old", "rdfs:subClassOf", "ex:A"),
        Axiom("ex:p", "rdfs:domain", "ex:A"),
    ]


def test_same_file_has_no_difference() -> None:
    graph = Graph().parse(OLD)
    again = Graph().parse(data=graph.serialize(format="nt"), format="nt")  # new blank nodes
    assert diff_graphs(graph, again).same


def test_text_output_and_exit_codes(capsys: pytest.CaptureFixture) -> None:
    assert main(["ontology", "diff", str(OLD), str(NEW)]) == EXIT_OK
    out = capsys.readouterr().out
    assert '  + ex:New (owl:Class) "new"@en' in out
    assert '  - ex:Old (owl:Class) "old"@en' in out
    assert '      + rdfs:label "a class"@en' in out
    assert "  + owl:AllDisjointClasses owl:members (ex:A ex:New)" in out
    assert "Summary: added terms 1, removed terms 1, changed terms 5, added axioms 4" in out
    assert main(["ontology", "diff", "--exit-code", str(OLD), str(NEW)]) == EXIT_VIOLATIONS
    assert main(["ontology", "diff", "--exit-code", str(OLD), str(OLD)]) == EXIT_OK
    assert "No difference" in capsys.readouterr().out


def test_json_and_markdown(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "diff.json"
    args = ["ontology", "diff", str(OLD), str(NEW), "--format", "json", "-o", str(target)]
    assert main(args) == EXIT_OK
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [t["term"] for t in data["added_terms"]] == ["ex:New"]
    assert {"subject": "ex:New", "property": "rdfs:subClassOf", "value": "ex:B"} in data[
        "added_axioms"
    ]
    capsys.readouterr()
    assert main(["ontology", "diff", str(OLD), str(NEW), "--format", "md"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "## Changed terms" in out
    assert '| `ex:A` | `rdfs:label` | "a"@en | "a class"@en |' in out


def test_release_folder_stands_for_its_cogov_ttl(tmp_path: Path) -> None:
    shutil.copy(OLD, tmp_path / "cogov.ttl")
    assert diff_files(tmp_path, OLD).same
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["ontology", "diff", str(empty), str(OLD)]) == EXIT_CANNOT_RUN


def test_extension_diff_resolves_cogov_offline() -> None:
    ext = Path(__file__).parent / "fixtures" / "extension" / "ext.ttl"
    result = diff_files(ext, ext)
    assert result.same and result.old_terms > 100  # CoGov's terms came in through the catalog
