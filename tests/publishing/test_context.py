"""The JSON-LD context for case data: compacting a case and expanding it gives the same triples."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph
from rdflib.compare import isomorphic

from cogov.loaders.rdf import parse_rdf

FIXTURES = Path(__file__).parent / "fixtures"


def _jsonld(text: str) -> Graph:
    """JSON-LD read with pyoxigraph, as the loaders read it (rdflib's parser goes through a
    deprecated class); the context is inline, nothing is fetched."""
    return parse_rdf(text.encode("utf-8"), "json-ld", "document")


def _context(release_dir: Path) -> dict:
    return json.loads((release_dir / "cogov-context.jsonld").read_text(encoding="utf-8"))


def test_context_round_trips_a_case(release_dir: Path) -> None:
    context = _context(release_dir)["@context"]
    case = Graph().parse(FIXTURES / "case.ttl", format="turtle")
    compact = case.serialize(format="json-ld", context=context, auto_compact=True)
    document = json.loads(compact)
    nodes = document["@graph"]
    main = next(n for n in nodes if n.get("identifier") == "yrd-air-2014")
    # the context's short names are used, with language maps and IRI values
    assert main["type"] == "LocalGovernmentCollaboration"
    assert main["label"]["zh"] == "长三角区域大气污染防治协作机制"
    assert main["hasDomain"] == "cogov:domain-air"
    participants = sorted(main["hasParticipant"])
    assert [p.rsplit("/", 2)[-2:] for p in participants] == [
        ["participant", "1"],
        ["participant", "2"],
    ]
    back = _jsonld(compact)
    assert isomorphic(case, back)


def test_context_covers_every_case_property_of_the_data_model(release_dir: Path) -> None:
    context = _context(release_dir)["@context"]
    case = Graph().parse(FIXTURES / "case.ttl", format="turtle")
    for predicate in set(case.predicates()):
        text = str(predicate)
        if text.startswith("https://w3id.org/cogov#"):
            name = text.rsplit("#", 1)[1]
            assert name in context, f"the context has no term for {name}"
            entry = context[name]
            assert entry["@id"] == f"cogov:{name}"


def test_a_handwritten_document_using_the_context_reads_as_rdf(release_dir: Path) -> None:
    context = _context(release_dir)["@context"]
    document = {
        "@context": context,
        "id": "case:demo",
        "type": "LocalGovernmentCollaboration",
        "label": {"zh": "示例", "en": "demo"},
        "hasDomain": "cogov:domain-water",
        "sharedBeliefs": True,
    }
    graph = _jsonld(json.dumps(document))
    turtle = graph.serialize(format="nt")
    assert (
        "<https://w3id.org/cogov/case/demo> <https://w3id.org/cogov#hasDomain> "
        "<https://w3id.org/cogov#domain-water>" in turtle
    )
    assert '"示例"@zh' in turtle


def test_context_round_trips_cases_read_by_the_loaders(release_dir: Path) -> None:
    from cogov.loaders import load_file

    dataset = load_file(FIXTURES / "cases.yaml")
    assert len(dataset.cases) == 2 and not dataset.problems
    graph = dataset.graph()
    context = _context(release_dir)["@context"]
    compact = graph.serialize(format="json-ld", context=context, auto_compact=True)
    document = json.loads(compact)
    keys = {key for node in document["@graph"] for key in node}
    assert {"hasDomain", "hasParticipant", "label", "type"} <= keys
    assert not any(key.startswith("https://w3id.org/cogov#") for key in keys), keys
    assert isomorphic(graph, _jsonld(compact))
