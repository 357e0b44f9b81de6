"""The documentation site: every term of the namespace has an anchor, both languages shown."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SH, SKOS

from cogov.docs import local_name, namespace_terms


def _anchors(page: str) -> dict[str, int]:
    return {m.group(1): m.start() for m in re.finditer(r'\bid="([^"]+)"', page)}


def test_every_term_of_the_namespace_has_an_anchor_with_its_iri(
    docs_dir: Path, closure: Graph
) -> None:
    page = (docs_dir / "index.html").read_text(encoding="utf-8")
    anchors = _anchors(page)
    terms = namespace_terms(closure)
    assert len(terms) > 100
    missing = [local_name(t) for t in terms if local_name(t) not in anchors]
    assert not missing, f"{len(missing)} terms without an anchor, e.g. {missing[:10]}"
    for term in terms:
        start = anchors[local_name(term)]
        block = page[start : start + 4000]
        assert html.escape(str(term)) in block, f"the anchor of {term} does not show its IRI"


def test_labels_and_definitions_appear_in_both_languages(docs_dir: Path, closure: Graph) -> None:
    page = html.unescape((docs_dir / "index.html").read_text(encoding="utf-8"))
    for term in namespace_terms(closure):
        for predicate in (RDFS.label, SKOS.definition):
            for value in closure.objects(term, predicate):
                if getattr(value, "language", None) in ("en", "zh"):
                    assert str(value) in page, f"{local_name(term)}: {predicate} {value!r}"


def test_sources_and_examples_are_shown(docs_dir: Path, closure: Graph) -> None:
    from rdflib.namespace import DCTERMS

    page = html.unescape((docs_dir / "index.html").read_text(encoding="utf-8"))
    examples = [str(v) for v in closure.objects(None, SKOS.example)]
    assert examples, "the ontology gives examples"
    for text in examples:
        assert text in page
    cited = {
        local_name(s)
        for s in closure.objects(None, DCTERMS.source)
        if str(s).startswith("https://w3id.org/cogov/source/")
    }
    anchors = _anchors(page)
    assert cited and all(f"source-{name}" in anchors for name in cited)


def test_overview_has_the_two_diagrams(docs_dir: Path, closure: Graph) -> None:
    overview = (docs_dir / "overview.html").read_text(encoding="utf-8")
    for name in ("classes.svg", "typologies.svg"):
        assert f'src="{name}"' in overview
        root = ET.parse(docs_dir / name).getroot()
        assert root.tag.endswith("svg")
    classes_svg = html.unescape((docs_dir / "classes.svg").read_text(encoding="utf-8"))
    assert "local government collaboration" in classes_svg or "地方政府协同" in classes_svg
    from cogov.docs import typologies

    rows = typologies(closure)
    assert rows, "the ontology records typologies"
    for row in rows:
        assert local_name(row.iri) in overview


def test_shapes_page_has_every_node_shape(docs_dir: Path) -> None:
    from cogov.resources import data_dir

    shapes = Graph()
    for path in data_dir("shapes").glob("*.shapes.ttl"):
        shapes.parse(path, format="turtle")
    page = (docs_dir / "shapes.html").read_text(encoding="utf-8")
    anchors = _anchors(page)
    node_shapes = set(shapes.subjects(SH.targetClass, None)) | set(
        shapes.subjects(RDF.type, SH.NodeShape)
    )
    assert node_shapes
    for shape in node_shapes:
        assert f"shape-{local_name(shape)}" in anchors


def test_built_in_svg_when_graphviz_is_missing(
    tmp_path: Path, closure: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cogov import docs

    monkeypatch.setattr(docs.shutil, "which", lambda name: None)
    assert docs.render_dot("digraph { a -> b }") is None
    shapes, files = docs.load_shapes()
    result = docs.write_site(tmp_path, closure, shapes, files)
    assert result.diagram_tool == "built-in"
    svg_ns = "{http://www.w3.org/2000/svg}"
    for name, expected in (("classes.svg", "government"), ("typologies.svg", "typology")):
        root = ET.parse(tmp_path / name).getroot()
        texts = " ".join(t.text or "" for t in root.iter(f"{svg_ns}text"))
        assert expected in texts, name
        links = [a.get("href") for a in root.iter(f"{svg_ns}a")]
        assert links and all(link.startswith("index.html#") for link in links)


def test_docs_command_replaces_the_folder_only_when_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cogov import docs
    from cogov.cli import main

    out = tmp_path / "site"
    assert main(["docs", "-o", str(out)]) == 0
    first = (out / "index.html").read_text(encoding="utf-8")
    assert 'id="LocalGovernmentCollaboration"' in first

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(docs, "write_site", broken)
    with pytest.raises(RuntimeError):
        docs.build_docs(out)
    assert (out / "index.html").read_text(encoding="utf-8") == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"], "no temporary folder left"


def test_unwritable_output_folder_is_a_plain_message(tmp_path: Path, capsys) -> None:
    from cogov.cli import main

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert main(["docs", "-o", str(blocker / "site")]) == 2
    err = capsys.readouterr().err
    assert "cannot write the folder" in err and "a-file" in err
    assert "Traceback" not in err


def test_every_link_into_the_reference_lands_on_an_anchor(docs_dir: Path) -> None:
    reference = (docs_dir / "index.html").read_text(encoding="utf-8")
    anchors = _anchors(reference)
    checked = 0
    for page, prefix in (
        ("index.html", ""),
        ("overview.html", "index.html"),
        ("shapes.html", "index.html"),
    ):
        text = (docs_dir / page).read_text(encoding="utf-8")
        for target in re.findall(r'href="' + re.escape(prefix) + r'#([^"]+)"', text):
            checked += 1
            assert html.unescape(target) in anchors, f"{page} links to missing #{target}"
    assert checked > 500


def test_table_of_contents_lists_code_lists_individuals_and_sources(docs_dir: Path) -> None:
    page = (docs_dir / "index.html").read_text(encoding="utf-8")
    toc = page[page.index('id="toc"') :]
    for anchor in ("classes", "objectproperties", "codelists", "individuals", "sources"):
        assert f'href="#{anchor}"' in toc
        assert f'id="{anchor}"' in page


def test_ontology_without_a_title_is_a_plain_message(tmp_path: Path, closure: Graph) -> None:
    from rdflib import URIRef
    from rdflib.namespace import DCTERMS

    from cogov.docs import build_docs
    from cogov.errors import ResourceError
    from cogov.resources import ONTOLOGY_IRI

    broken = Graph()
    broken += closure
    broken.remove((URIRef(ONTOLOGY_IRI), None, None))
    broken.remove((None, DCTERMS.title, None))
    with pytest.raises(ResourceError, match="pyLODE could not"):
        build_docs(tmp_path / "site", graph=broken)
    assert not (tmp_path / "site").exists()
