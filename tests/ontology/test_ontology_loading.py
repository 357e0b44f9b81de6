"""Loading the ontology: offline, through the catalog only, every module, the right version."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF

import cogov
from cogov.errors import ResourceError
from cogov.ontology import (
    CATALOG_FILE,
    LoadedOntology,
    load_closure,
    load_ontology,
    read_catalog,
)
from cogov.resources import ONTOLOGY_IRI, data_dir, version_iri

IMPORTS = Path(__file__).parent / "fixtures" / "imports"
MODULES = [
    "core",
    "codelists",
    "behaviour",
    "modes",
    "intervention",
    "drivers",
    "propositions",
    "sources",
]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every attempt to open a connection or resolve a name fail loudly."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the ontology loader tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_loading_the_ontology_never_reaches_the_network(no_network: None) -> None:
    from cogov.ontology import export

    graph = load_ontology()
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in graph
    assert export("nt")  # merging and serialising stay offline too


def test_every_module_is_loaded_through_the_catalog(closure: LoadedOntology) -> None:
    folder = data_dir("ontology").resolve()
    for module in MODULES:
        iri = f"{ONTOLOGY_IRI}/{module}"
        assert closure.files[iri] == folder / f"cogov-{module}.ttl"
        assert (URIRef(iri), RDF.type, OWL.Ontology) in closure.graph


def test_top_file_imports_every_module() -> None:
    top = Graph().parse(data_dir("ontology") / "cogov.ttl", format="turtle")
    imported = {str(o) for o in top.objects(URIRef(ONTOLOGY_IRI), OWL.imports)}
    assert imported == {f"{ONTOLOGY_IRI}/{m}" for m in MODULES}


def test_catalog_maps_every_module_file_by_iri_and_version_iri() -> None:
    folder = data_dir("ontology")
    catalog = read_catalog(folder / CATALOG_FILE)
    for path in sorted(folder.glob("cogov*.ttl")):
        header = Graph().parse(path, format="turtle")
        ontologies = list(header.subjects(RDF.type, OWL.Ontology))
        assert len(ontologies) == 1, f"{path.name} should declare one owl:Ontology"
        iri = ontologies[0]
        assert catalog.get(str(iri)) == path.resolve(), f"{iri} is not mapped to {path.name}"
        for version in header.objects(iri, OWL.versionIRI):
            assert catalog.get(str(version)) == path.resolve()
    assert all(target.is_file() for target in catalog.values())


def test_version_iri_and_info_agree_with_the_package(closure: LoadedOntology) -> None:
    top = URIRef(ONTOLOGY_IRI)
    graph = closure.graph
    assert list(graph.objects(top, OWL.versionIRI)) == [URIRef(version_iri())]
    assert list(graph.objects(top, OWL.versionInfo)) == [Literal(cogov.__version__)]
    for module in MODULES:
        iri = URIRef(f"{ONTOLOGY_IRI}/{module}")
        assert list(graph.objects(iri, OWL.versionIRI)) == [URIRef(f"{version_iri()}/{module}")], (
            module
        )
        assert list(graph.objects(iri, OWL.versionInfo)) == [Literal(cogov.__version__)], module


def test_import_found_through_a_catalog_is_loaded(no_network: None) -> None:
    loaded = load_closure(IMPORTS / "top-ok.ttl")
    assert (URIRef("https://w3id.org/cogov#PartClass"), RDF.type, OWL.Class) in loaded.graph
    assert loaded.files["https://w3id.org/cogov/test-part"] == (IMPORTS / "part.ttl").resolve()


def test_import_missing_from_the_catalog_is_a_clear_error(no_network: None) -> None:
    with pytest.raises(ResourceError) as caught:
        load_ontology(IMPORTS / "top-unknown.ttl")
    message = str(caught.value)
    assert "https://example.org/not-in-catalog" in message
    assert "catalog" in message and "top-unknown.ttl" in message


def test_catalog_entry_pointing_to_the_web_is_refused(no_network: None) -> None:
    with pytest.raises(ResourceError, match="not a local file"):
        load_ontology(IMPORTS / "top-ok.ttl", catalog=IMPORTS / "catalog-remote.xml")


def test_missing_catalog_means_no_import_can_be_resolved(tmp_path: Path) -> None:
    top = tmp_path / "top.ttl"
    top.write_text((IMPORTS / "top-ok.ttl").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ResourceError, match=re.escape("https://w3id.org/cogov/test-part")):
        load_ontology(top)


def test_unparsable_module_names_its_file(tmp_path: Path) -> None:
    (tmp_path / "top.ttl").write_text(
        (IMPORTS / "top-ok.ttl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "part.ttl").write_text("this is not turtle", encoding="utf-8")
    (tmp_path / CATALOG_FILE).write_text(
        (IMPORTS / CATALOG_FILE).read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(ResourceError) as caught:
        load_ontology(tmp_path / "top.ttl")
    assert caught.value.problem.file == str(tmp_path / "part.ttl")
