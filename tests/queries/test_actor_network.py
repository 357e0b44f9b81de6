"""The actor-network question over declared (shared) actors, read from a YAML case file."""

from __future__ import annotations

from pathlib import Path

import pytest

from cogov.backends import open_backend
from cogov.pipeline import load as load_dataset
from cogov.pipeline import read_valid
from cogov.queries import run_question

NETWORK = """\
actors:
  - {id: shanghai, name: {zh: 上海市, en: Shanghai}, level: province, division_code: "310000"}
  - {id: jiangsu, name: {zh: 江苏省, en: Jiangsu}, level: province, division_code: "320000"}
  - {id: zhejiang, name: {zh: 浙江省}, level: province}
  - {id: state-council, name: {zh: 国务院, en: State Council}, level: central, wikidata: Q1045520}
cases:
  - id: yrd-air
    name: {en: YRD air}
    domain: air
    start: 2014
    participants: [{actor: shanghai}, {actor: jiangsu}, {actor: zhejiang}]
    superiors: [{actor: state-council}]
    initiation: mandated
    decision_autonomy: retained
    mechanisms: [cooperation_group]
    activities: [information_sharing, joint_monitoring, joint_planning]
    instruments: [policy_requirement]
    sources: [a]
  - id: yrd-water
    name: {en: YRD water}
    domain: water
    start: 2016
    participants:
      - {actor: jiangsu}
      - {name: {zh: 上海市}, level: province}   # inline, matched to the declared Shanghai
    initiation: voluntary
    mechanisms: [forum]
    activities: [information_sharing]
    sources: [b]
  - id: yrd-forum
    name: {en: YRD forum}
    domain: economy
    start: 2018
    participants: [{actor: shanghai}, {actor: jiangsu}]
    initiation: voluntary
    mechanisms: [forum]
    sources: [c]                          # activities not reported: unclassified
"""


@pytest.mark.parametrize("kind", ["memory", "rdflib"])
def test_shared_actors_make_one_network(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "network.yaml"
    path.write_text(NETWORK, encoding="utf-8")
    prepared = read_valid([str(path)])
    backend = open_backend(rdflib=kind == "rdflib")
    load_dataset(backend, prepared.graph)
    rows = run_question("actor-network", backend)
    assert [tuple(r.values()) for r in rows] == [
        ("Jiangsu", "Shanghai", 3, "yrd-air; yrd-forum; yrd-water", "A; D; unclassified"),
        ("Jiangsu", "浙江省", 1, "yrd-air", "D"),
        ("Shanghai", "浙江省", 1, "yrd-air", "D"),
    ]
    levels = run_question("level-by-type", backend)
    assert {(r["level"], r["type"], r["participant_count"]) for r in levels} == {
        ("province", "A", 2),
        ("province", "D", 3),
        ("province", "", 2),  # yrd-forum, unclassified
    }
