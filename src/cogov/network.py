"""The actor network of validated cases, as GraphML or as an edge-list CSV.

Nodes are the participants, named as the ``actor-network`` question names them (English name,
else Chinese, else any name, else the declared id), so that inline actors of the same name in
several cases are one node and every edge is one row of that question. A node carries its
label, level, GB/T 2260 division code, Wikidata item and, for a declared actor, its shared IRI.
An edge joins two actors that take part in the same cases: ``weight`` is the number of cases,
``cases`` their ids and ``types`` their Table 1 types (``"; "``-separated, sorted).

GraphML is written with the standard library's ``xml.etree`` (it reads in networkx, Gephi,
Cytoscape, igraph and yEd); the CSV has the columns ``source,target,weight,cases`` and escapes
formulas as the other CSV writers do (:func:`cogov.loaders.cells.protect_formula`).

>>> net = Network({"A": Node("A", level="province")}, [Edge("A", "B", 2, "x; y", "D")])
>>> "<edge" in graphml_text(net) and edge_list_text(net).splitlines()[1]
'A,B,2,x; y'
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from cogov.resources import NAMESPACE

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
EDGE_COLUMNS = ("source", "target", "weight", "cases")
_NODE_KEYS = (
    ("label", "label"),
    ("level", "level"),
    ("division_code", "division_code"),
    ("wikidata", "wikidata"),
    ("iri", "iri"),
)
_EDGE_KEYS = (("weight", "int"), ("cases", "string"), ("types", "string"))
# characters XML 1.0 cannot hold (C0 controls other than tab, line feed, carriage return)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class Node:
    id: str
    level: str | None = None
    division_code: str | None = None
    wikidata: str | None = None
    iri: str | None = None


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    weight: int
    cases: str
    types: str = ""


@dataclass
class Network:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)


def _name(labels: dict[str, list[str]], key: str | None, node: str) -> str:
    for lang in ("en", "zh"):
        if labels.get(lang):
            return min(labels[lang])
    every = [text for texts in labels.values() for text in texts]
    return min(every) if every else (key or node)


def network_from_graph(graph: Any, *, threshold: int = 3) -> Network:
    """The network of an rdflib graph of validated cases (classified here for the types)."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import OWL, RDFS

    from cogov.actors import ACTOR_BASE, wikidata_item
    from cogov.backends import OxigraphBackend
    from cogov.pipeline import load
    from cogov.queries import run_question

    def cogov(local: str) -> URIRef:
        return URIRef(NAMESPACE + local)

    network = Network()
    for actor in sorted(set(graph.objects(None, cogov("hasParticipant"))), key=str):
        labels: dict[str, list[str]] = {}
        for label in graph.objects(actor, RDFS.label):
            if isinstance(label, Literal):
                lang = (label.language or "").lower().split("-")[0]
                labels.setdefault(lang, []).append(str(label))
        keys = sorted(str(k) for k in graph.objects(actor, cogov("actorId")))
        name = _name(labels, keys[0] if keys else None, str(actor))
        node = network.nodes.setdefault(name, Node(name))
        levels = sorted(
            str(o).removeprefix(f"{NAMESPACE}level-")
            for o in graph.objects(actor, cogov("hasActorLevel"))
        )
        codes = sorted(str(o) for o in graph.objects(actor, cogov("divisionCode")))
        items = sorted(
            item for o in graph.objects(actor, OWL.sameAs) if (item := wikidata_item(str(o)))
        )
        node.level = node.level or (levels[0] if levels else None)
        node.division_code = node.division_code or (codes[0] if codes else None)
        node.wikidata = node.wikidata or (items[0] if items else None)
        if str(actor).startswith(ACTOR_BASE):
            node.iri = node.iri or str(actor)
    backend = OxigraphBackend()
    try:
        load(backend, graph, threshold=threshold)
        rows = run_question("actor-network", backend)
    finally:
        backend.close()
    network.edges = [
        Edge(r["actor_a"], r["actor_b"], int(r["case_count"]), r["cases"] or "", r["types"] or "")
        for r in rows
    ]
    for edge in network.edges:  # the question's names are the nodes' names
        network.nodes.setdefault(edge.source, Node(edge.source))
        network.nodes.setdefault(edge.target, Node(edge.target))
    return network


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def graphml_text(network: Network) -> str:
    """The network as GraphML (undirected), nodes sorted by id, edges in the question's order."""
    ET.register_namespace("", GRAPHML_NS)
    def q(tag: str) -> str:
        return f"{{{GRAPHML_NS}}}{tag}"

    root = ET.Element(q("graphml"))
    for name, _ in _NODE_KEYS:
        ET.SubElement(
            root,
            q("key"),
            {"id": f"n_{name}", "for": "node", "attr.name": name, "attr.type": "string"},
        )
    for name, kind in _EDGE_KEYS:
        ET.SubElement(
            root, q("key"), {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": kind}
        )
    graph = ET.SubElement(root, q("graph"), {"id": "actor-network", "edgedefault": "undirected"})
    for name in sorted(network.nodes):
        node = network.nodes[name]
        element = ET.SubElement(graph, q("node"), {"id": _xml(name)})
        values = {
            "label": name,
            "level": node.level,
            "division_code": node.division_code,
            "wikidata": node.wikidata,
            "iri": node.iri,
        }
        for key, _ in _NODE_KEYS:
            value = values[key]
            if value is not None:
                ET.SubElement(element, q("data"), {"key": f"n_{key}"}).text = _xml(value)
    for n, edge in enumerate(network.edges):
        element = ET.SubElement(
            graph,
            q("edge"),
            {"id": f"e{n}", "source": _xml(edge.source), "target": _xml(edge.target)},
        )
        ET.SubElement(element, q("data"), {"key": "e_weight"}).text = str(edge.weight)
        ET.SubElement(element, q("data"), {"key": "e_cases"}).text = _xml(edge.cases)
        if edge.types:
            ET.SubElement(element, q("data"), {"key": "e_types"}).text = _xml(edge.types)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def edge_list_text(network: Network) -> str:
    """The edges as CSV ``source,target,weight,cases``; cells a spreadsheet would run as a
    formula get a leading ``'``."""
    from cogov.loaders.cells import protect_formula

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EDGE_COLUMNS)
    for edge in network.edges:
        writer.writerow(
            [
                protect_formula(edge.source),
                protect_formula(edge.target),
                edge.weight,
                protect_formula(edge.cases),
            ]
        )
    return out.getvalue()


def write_network(network: Network, path: Any) -> str:
    """Write GraphML (``.graphml``) or the edge list (``.csv``), complete or not at all; the
    format written."""
    from pathlib import Path

    from cogov import atomic
    from cogov.errors import UsageError

    suffix = Path(path).suffix.lower()
    if suffix == ".graphml":
        atomic.write_text(path, graphml_text(network))
        return "graphml"
    if suffix == ".csv":
        atomic.write_text(path, edge_list_text(network))
        return "csv"
    raise UsageError(
        f"cannot tell the network format from '{suffix or '(no extension)'}': name the output "
        "file .graphml (GraphML) or .csv (an edge list)"
    )
