"""The release notes: the diff against the previous version and HermiT's inferences; the case
file's JSON Schema in the release."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from cogov import __version__
from cogov.release import INFERRED_FILE, NOTES_FILE, previous_release, release_notes
from cogov.resources import ONTOLOGY_IRI, data_dir

COGOV = "https://w3id.org/cogov#"


def _reasoner_runs() -> bool:
    from cogov.reasoner import ReasonerUnavailable, java_executable

    try:
        java_executable()
    except ReasonerUnavailable:
        return False
    return True


def _older(release_dir: Path, folder: Path) -> Path:
    """A copy of the release as an older version: one term less, one label changed."""
    shutil.copytree(release_dir, folder)
    top = folder / "cogov.ttl"
    graph = Graph().parse(top, format="turtle")
    graph.set((URIRef(ONTOLOGY_IRI), OWL.versionInfo, Literal("0.0.9")))
    gone = URIRef(COGOV + "InformationInstrument")
    for triple in list(graph.triples((gone, None, None))):
        graph.remove(triple)
    case = URIRef(COGOV + "LocalGovernmentCollaboration")
    graph.remove((case, SKOS.prefLabel, Literal("local government collaboration", lang="en")))
    graph.add((case, SKOS.prefLabel, Literal("a former label", lang="en")))
    top.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    return folder


def test_the_release_carries_the_case_file_schema(release_dir: Path) -> None:
    released = release_dir / "cogov-case-file.schema.json"
    assert released.read_bytes() == (data_dir("schema") / released.name).read_bytes()
    assert json.loads(released.read_text(encoding="utf-8"))["$defs"]["case"]


def test_without_a_previous_version_the_notes_say_so(release_dir: Path) -> None:
    notes = (release_dir / NOTES_FILE).read_text(encoding="utf-8")
    assert notes.startswith(f"# CoGov {__version__}\n")
    assert "No previous version to compare with" in notes


@pytest.mark.skipif(not _reasoner_runs(), reason="HermiT needs Java")
def test_the_notes_summarise_what_hermit_infers(release_dir: Path) -> None:
    notes = (release_dir / NOTES_FILE).read_text(encoding="utf-8")
    inferred = Graph().parse(release_dir / INFERRED_FILE, format="turtle")
    subclasses = len(set(inferred.triples((None, RDFS.subClassOf, None))))
    types = len(set(inferred.triples((None, RDF.type, None))))
    assert subclasses and types
    assert f"HermiT infers {subclasses} subclass and {types} type assertions" in notes
    assert f"### rdfs:subClassOf ({subclasses})" in notes
    assert f"### rdf:type ({types})" in notes
    for s, _p, o in inferred:
        pair = f"`{s.n3(inferred.namespace_manager)}` → `{o.n3(inferred.namespace_manager)}`"
        assert pair in notes, pair
    released = Graph().parse(release_dir / "cogov.ttl", format="turtle")
    assert not any(triple in released for triple in inferred)  # inferred, not asserted


def test_the_notes_show_the_diff_against_the_previous_version(
    release_dir: Path, tmp_path: Path
) -> None:
    older = _older(release_dir, tmp_path / "ontology-0.0.9")
    previous = previous_release(tmp_path / "elsewhere", older)
    assert previous == older / "cogov.ttl"
    merged = Graph().parse(release_dir / "cogov.ttl", format="turtle")
    notes, _ = release_notes(release_dir, merged, previous)
    assert "Compared with 0.0.9" in notes
    assert f"## Ontology diff: `0.0.9` → `{__version__}`" in notes
    added = notes.split("### Added terms", 1)[1].split("###", 1)[0]
    assert "`cogov:InformationInstrument`" in added
    changed = notes.split("### Changed terms", 1)[1].split("###", 1)[0]
    assert "cogov:LocalGovernmentCollaboration" in changed and "a former label" in changed
    assert str(tmp_path) not in notes  # versions, not paths, name the two sides


def test_a_release_over_an_older_one_compares_with_it(release_dir: Path, tmp_path: Path) -> None:
    from cogov.cli import main

    target = _older(release_dir, tmp_path / "ontology")
    assert previous_release(target, None) == target / "cogov.ttl"
    assert main(["release", "-o", str(target)]) == 0
    notes = (target / NOTES_FILE).read_text(encoding="utf-8")
    assert "Compared with 0.0.9" in notes and "`cogov:InformationInstrument`" in notes
    # the same version again: nothing earlier to compare with
    assert previous_release(target, None) is None


def test_a_previous_version_that_is_not_there_is_a_usage_error(tmp_path: Path, capsys) -> None:
    from cogov.cli import main

    code = main(["release", "-o", str(tmp_path / "out"), "--previous", str(tmp_path / "none")])
    assert code == 2
    assert "previous version" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_readme_owlready2_recipe_reads_the_release(release_dir: Path, tmp_path: Path) -> None:
    """The README's reuse section, run as written with its release folder made here."""
    import re
    import subprocess
    import sys

    pytest.importorskip("owlready2")
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("To reuse CoGov", 1)[1]
    (recipe,) = re.findall(r"^```python\n(.*?)^```", section, re.MULTILINE | re.DOTALL)[:1]
    assert 'onto_path.append("dist/ontology")' in recipe and "cogov.owl" in recipe
    for name in ("cogov.owl", "catalog-v001.xml", "cogov-context.jsonld", "cogov.ttl"):
        assert f"`{name}`" in section.split("## ", 1)[0]  # the file each tool reads, named
        assert (release_dir / name).is_file()
    shutil.copytree(release_dir, tmp_path / "dist" / "ontology")
    done = subprocess.run(
        [sys.executable, "-c", recipe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "cogov.CollaborativeGovernance" in done.stdout
