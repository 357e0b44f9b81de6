"""The generated namespace module: current, complete, closed, and deterministic."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

import cogov.namespace
from cogov.errors import ResourceError
from cogov.namespace import COGOV
from cogov.ontology import LoadedOntology
from cogov.resources import NAMESPACE
from cogov.tools.gen_namespace import alias_for, collect_terms, main, render_namespace


def test_committed_namespace_module_is_current(closure: LoadedOntology) -> None:
    committed = Path(cogov.namespace.__file__).read_text(encoding="utf-8")
    assert render_namespace(closure.graph) == committed, (
        "src/cogov/namespace.py is out of date: run python -m cogov.tools.gen_namespace"
    )


def test_generation_does_not_depend_on_triple_order(closure: LoadedOntology) -> None:
    reordered = Graph()
    for triple in sorted(closure.graph, key=lambda t: tuple(str(x) for x in t), reverse=True):
        reordered.add(triple)
    assert render_namespace(reordered) == render_namespace(closure.graph)


def test_every_declared_term_is_an_attribute(closure: LoadedOntology) -> None:
    names = [n for group in collect_terms(closure.graph).values() for n in group]
    assert len(names) > 100
    for name in names:
        attribute = name if name.isidentifier() else alias_for(name)
        assert getattr(COGOV, attribute) == URIRef(NAMESPACE + name)
        assert COGOV[name] == URIRef(NAMESPACE + name)
        assert name in COGOV


def test_unknown_terms_raise() -> None:
    with pytest.raises(AttributeError, match="not in namespace"):
        COGOV.SporadicColaboration  # noqa: B018  (a typo must fail loudly)
    with pytest.raises(AttributeError):
        COGOV["formalization-medium"]


def test_names_that_are_not_identifiers_get_documented_aliases() -> None:
    assert COGOV.formalization_high == URIRef(NAMESPACE + "formalization-high")
    assert COGOV.level_regional_body == URIRef(NAMESPACE + "level-regional_body")
    assert alias_for("formalization-high") == "formalization_high"
    assert alias_for("from") == "from_"
    assert alias_for("3-levels") == "t_3_levels"


def test_two_terms_mapping_to_one_attribute_stop_the_generator() -> None:
    graph = Graph()
    for name in ("level-county", "level_county"):
        term = URIRef(NAMESPACE + name)
        graph.add((term, RDF.type, SKOS.Concept))
        graph.add((term, SKOS.definition, Literal(f"The {name} concept.", lang="en")))
    with pytest.raises(ResourceError, match="level_county"):
        render_namespace(graph)


def test_definitions_become_comments() -> None:
    graph = Graph()
    term = URIRef(NAMESPACE + "Thing")
    graph.add((term, RDF.type, OWL.Class))
    graph.add((term, SKOS.definition, Literal("A  thing\n that exists.", lang="en")))
    graph.add((term, SKOS.definition, Literal("存在之物。", lang="zh")))
    text = render_namespace(graph)
    assert "    # A thing that exists.\n    Thing: URIRef\n" in text
    assert "存在之物" not in text


def test_check_mode_reports_an_outdated_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "namespace.py"
    target.write_text("# old\n", encoding="utf-8")
    assert main(["--check", "-o", str(target)]) == 1
    assert main(["-o", str(target)]) == 0
    assert main(["--check", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == Path(cogov.namespace.__file__).read_text(
        encoding="utf-8"
    )
