"""The release folder: every file parses, versions agree with the package, catalog resolves."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF

from cogov import __version__
from cogov.loaders.rdf import parse_rdf
from cogov.ontology import FORMATS, load_closure, read_catalog
from cogov.release import EXTENSIONS, expected_version_iri, module_files
from cogov.resources import ONTOLOGY_IRI, version_iri


def _parse(path: Path) -> Graph:
    if path.suffix == ".jsonld":  # pyoxigraph's parser (rdflib's uses a deprecated class)
        return parse_rdf(path.read_bytes(), "json-ld", path.name)
    fmt = {".ttl": "turtle", ".owl": "xml", ".nt": "nt"}[path.suffix]
    return Graph().parse(path, format=fmt)


def _rdf_files(release_dir: Path) -> list[Path]:
    """The released ontology files: the merged ontology and the modules, every format."""
    return sorted(
        p
        for p in [*release_dir.glob("cogov.*"), *(release_dir / "modules").iterdir()]
        if p.suffix in (".ttl", ".owl", ".nt", ".jsonld")
    )


def test_merged_ontology_in_four_formats_is_the_same_graph(release_dir: Path) -> None:
    graphs = {ext: _parse(release_dir / f"cogov.{ext}") for ext in EXTENSIONS}
    assert set(EXTENSIONS) == {f.lstrip(".") for _, _, f in FORMATS.values()}
    turtle = graphs["ttl"]
    assert len(turtle) > 500
    for ext, graph in graphs.items():
        assert isomorphic(turtle, graph), f"cogov.{ext} differs from cogov.ttl"


def test_merged_ontology_is_one_document_without_imports(release_dir: Path) -> None:
    graph = _parse(release_dir / "cogov.ttl")
    assert list(graph.subjects(RDF.type, OWL.Ontology)) == [URIRef(ONTOLOGY_IRI)]
    assert not list(graph.objects(None, OWL.imports))


def test_every_module_is_released_on_its_own_in_every_format(release_dir: Path) -> None:
    for source in module_files():
        for ext in EXTENSIONS:
            released = release_dir / "modules" / f"{source.stem}.{ext}"
            assert released.is_file(), released
        original = Graph().parse(source, format="turtle")
        again = _parse(release_dir / "modules" / f"{source.stem}.ttl")
        # same content except the stamped version triples
        for graph in (original, again):
            graph.remove((None, OWL.versionIRI, None))
            graph.remove((None, OWL.versionInfo, None))
        assert isomorphic(original, again), source.name


@pytest.mark.parametrize("kind", ["released", "source"])
def test_version_iri_and_info_agree_with_the_package_version(release_dir: Path, kind: str) -> None:
    files = (
        _rdf_files(release_dir)
        if kind == "released"
        else sorted([*module_files(), module_files()[0].parent / "cogov.ttl"])
    )
    seen = 0
    for path in files:
        graph = _parse(path)
        for onto in graph.subjects(RDF.type, OWL.Ontology):
            seen += 1
            assert list(graph.objects(onto, OWL.versionInfo)) == [Literal(__version__)], path
            expected = URIRef(expected_version_iri(str(onto)))
            assert list(graph.objects(onto, OWL.versionIRI)) == [expected], path
            assert str(expected).startswith(version_iri())
    assert seen >= len(module_files())


def test_top_version_iri_comes_from_the_package_version(release_dir: Path) -> None:
    graph = _parse(release_dir / "cogov.owl")
    assert graph.value(URIRef(ONTOLOGY_IRI), OWL.versionIRI) == URIRef(
        f"{ONTOLOGY_IRI}/{__version__}"
    )


def test_release_catalog_maps_every_ontology_and_version_iri_to_a_file(release_dir: Path) -> None:
    catalog = read_catalog(release_dir / "catalog-v001.xml")
    for path in [release_dir / "cogov.ttl", *sorted((release_dir / "modules").glob("*.ttl"))]:
        graph = _parse(path)
        for onto in graph.subjects(RDF.type, OWL.Ontology):
            for iri in (str(onto), str(graph.value(onto, OWL.versionIRI))):
                assert catalog[iri].is_file(), iri
            for imported in graph.objects(onto, OWL.imports):
                assert str(imported) in catalog, f"{path.name} imports {imported}"


def test_each_released_module_loads_offline_through_the_release_catalog(
    release_dir: Path,
) -> None:
    catalog = release_dir / "catalog-v001.xml"
    top_modules = list((release_dir / "modules").glob("*.ttl"))
    for path in top_modules:
        loaded = load_closure(path, catalog=catalog)
        assert loaded.files  # imports resolved to local files only


def test_shapes_are_released(release_dir: Path) -> None:
    from cogov.resources import data_dir

    for source in sorted(data_dir("shapes").glob("*.shapes.ttl")):
        assert (release_dir / "shapes" / source.name).read_bytes() == source.read_bytes()
    merged = Graph().parse(release_dir / "shapes" / "cogov-shapes.ttl", format="turtle")
    total = Graph()
    for source in sorted(data_dir("shapes").glob("*.shapes.ttl")):
        total.parse(source, format="turtle")
    assert isomorphic(merged, total)


def test_owlready2_loads_the_released_rdf_xml(release_dir: Path) -> None:
    owlready2 = pytest.importorskip("owlready2")
    world = owlready2.World()
    onto = world.get_ontology((release_dir / "cogov.owl").as_uri()).load()
    iri = "https://w3id.org/cogov#LocalGovernmentCollaboration"
    cls = world[iri]
    assert cls is not None, "the main class did not load"
    assert isinstance(cls, owlready2.ThingClass)
    released = _parse(release_dir / "cogov.owl")
    declared = set(released.subjects(RDF.type, OWL.Class))
    loaded = {c.iri for c in world.classes()}
    missing = {str(c) for c in declared if isinstance(c, URIRef)} - loaded
    assert not missing, sorted(missing)[:10]
    assert onto is not None


def test_release_command_writes_the_folder(tmp_path: Path) -> None:
    from cogov.cli import main

    out = tmp_path / "rel"
    (out).mkdir()
    (out / "stale.txt").write_text("from an older release")
    assert main(["release", "-o", str(out)]) == 0
    assert (out / "cogov.ttl").is_file()
    assert not (out / "stale.txt").exists(), "the old folder is replaced as a whole"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "rel"]
    assert leftovers == []


def test_release_carries_the_ontology_licence(release_dir: Path) -> None:
    from cogov.resources import data_dir

    licence = (release_dir / "LICENSE").read_text(encoding="utf-8")
    assert licence == (data_dir("ontology") / "LICENSE").read_text(encoding="utf-8")
    assert "Attribution 4.0" in licence or "CC BY 4.0" in licence or "CC-BY-4.0" in licence


def test_version_stamps_follow_the_version_they_are_given(closure: Graph) -> None:
    from cogov.ontology import merged_graph
    from cogov.release import merged_release_graph, stamp_version

    whole, notes = merged_release_graph(merged_graph(), "0.2.0")
    top = URIRef(ONTOLOGY_IRI)
    assert whole.value(top, OWL.versionIRI) == URIRef(version_iri("0.2.0"))
    assert whole.value(top, OWL.versionInfo) == Literal("0.2.0")
    assert any("0.2.0" in note for note in notes), "a disagreeing source version is reported"
    module = Graph().parse(module_files()[0], format="turtle")
    onto = next(iter(module.subjects(RDF.type, OWL.Ontology)))
    stamp_version(module, onto, "0.2.0")
    assert str(module.value(onto, OWL.versionIRI)).startswith(f"{ONTOLOGY_IRI}/0.2.0/")
    assert len(list(module.objects(onto, OWL.versionInfo))) == 1
