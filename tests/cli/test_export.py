"""``cogov export --to network``: GraphML and edge-list CSV of the actor network."""

from __future__ import annotations

import csv
import importlib.util
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cogov import cli
from cogov.network import GRAPHML_NS, Edge, Network, Node, edge_list_text, graphml_text

CASES = """\
actors:
  - {id: shanghai, name: {zh: 上海市, en: Shanghai}, level: province, division_code: "310000",
     wikidata: Q8686}
  - {id: jiangsu, name: {zh: 江苏省, en: Jiangsu}, level: province, division_code: "320000"}
cases:
  - id: yrd-air
    name: {en: YRD air}
    domain: air
    start: 2014
    participants: [{actor: shanghai}, {actor: jiangsu}, {name: "=HYPERLINK(1)", level: public}]
    initiation: voluntary
    mechanisms: [cooperation_group]
    activities: [information_sharing, joint_monitoring, joint_planning]
    sources: [a]
  - id: yrd-water
    name: {en: YRD water}
    domain: water
    start: 2016
    participants: [{actor: jiangsu}, {name: {zh: 上海市}, level: province}]
    initiation: voluntary
    mechanisms: [forum]
    activities: [information_sharing]
    sources: [b]
"""


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    return path


def _read_graphml(path: Path) -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], dict]]:
    """Nodes and edges of a GraphML file: with networkx when installed, else with the XML."""
    if importlib.util.find_spec("networkx") is not None:
        import networkx as nx

        graph = nx.read_graphml(path)
        nodes = {n: dict(d) for n, d in graph.nodes(data=True)}
        edges = {tuple(sorted((a, b))): dict(d) for a, b, d in graph.edges(data=True)}
        return nodes, edges
    ns = {"g": GRAPHML_NS}
    root = ET.parse(path).getroot()
    names = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}
    kinds = {k.get("id"): k.get("attr.type") for k in root.findall("g:key", ns)}

    def data(element: ET.Element) -> dict:
        out: dict = {}
        for d in element.findall("g:data", ns):
            value = d.text or ""
            out[names[d.get("key")]] = int(value) if kinds[d.get("key")] == "int" else value
        return out

    graph = root.find("g:graph", ns)
    assert graph is not None and graph.get("edgedefault") == "undirected"
    nodes = {n.get("id"): data(n) for n in graph.findall("g:node", ns)}
    edges = {
        tuple(sorted((e.get("source"), e.get("target")))): data(e)
        for e in graph.findall("g:edge", ns)
    }
    return nodes, edges


def test_graphml_has_the_actors_and_weights(case_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "net.graphml"
    code = cli.main(["export", str(case_file), "--to", "network", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    nodes, edges = _read_graphml(out)
    assert set(nodes) == {"Shanghai", "Jiangsu", "=HYPERLINK(1)"}
    assert nodes["Shanghai"]["division_code"] == "310000"
    assert nodes["Shanghai"]["wikidata"] == "Q8686"
    assert nodes["Shanghai"]["iri"] == "https://w3id.org/cogov/actor/cn-310000"
    assert nodes["Shanghai"]["level"] == "province"
    assert nodes["=HYPERLINK(1)"]["level"] == "public"
    pair = edges[("Jiangsu", "Shanghai")]
    assert pair["weight"] == 2  # the inline 上海市 of yrd-water is the declared Shanghai
    assert pair["cases"] == "yrd-air; yrd-water"
    assert pair["types"] == "A; D"
    assert edges[("=HYPERLINK(1)", "Jiangsu")]["weight"] == 1
    assert len(edges) == 3


def test_edge_list_csv_escapes_formulas(case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "net.csv"
    assert cli.main(["export", str(case_file), "--to", "network", "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ["source", "target", "weight", "cases"]
    assert rows[1] == ["Jiangsu", "Shanghai", "2", "yrd-air; yrd-water"]
    assert ["'=HYPERLINK(1)", "Jiangsu", "1", "yrd-air"] in rows
    assert ["'=HYPERLINK(1)", "Shanghai", "1", "yrd-air"] in rows


def test_invalid_files_are_refused_and_nothing_is_written(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(CASES.replace("{actor: jiangsu}, {name", "{actor: jiangsx}, {name"), "utf-8")
    out = tmp_path / "net.graphml"
    assert cli.main(["export", str(bad), "--to", "network", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "unknown actor 'jiangsx'" in err and "did you mean 'jiangsu'?" in err
    assert not out.exists()


def test_wrong_output_name_and_unreadable_file_exit_2(case_file: Path, tmp_path: Path) -> None:
    assert cli.main(["export", str(case_file), "--to", "network", "-o", "net.txt"]) == 2
    missing = tmp_path / "missing.yaml"
    assert cli.main(["export", str(missing), "--to", "network", "-o", "n.csv"]) == 2
    with pytest.raises(SystemExit) as stop:
        cli.main(["export", str(case_file), "--to", "cases", "-o", "n.csv"])
    assert stop.value.code == 2


def test_graphml_holds_no_character_xml_forbids() -> None:
    net = Network({"a\x01b": Node("a\x01b")}, [Edge("a\x01b", "c", 1, "x")])
    root = ET.fromstring(graphml_text(net).split("\n", 1)[1])
    assert root.tag == f"{{{GRAPHML_NS}}}graphml"
    assert edge_list_text(net).splitlines()[1] == "a\x01b,c,1,x"
