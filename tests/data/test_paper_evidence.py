"""The evidence behind the paper's cases: every coded value has a quote, every paper quote is in the paper.

``data/paper-evidence.yaml`` holds one record per coded value of ``data/paper-cases.yaml`` (the
shape of the per-case ``evidence:`` field, kept apart until the loader accepts it). These tests
hold the dataset to the paper: quotes attributed to the paper must occur in its text, nothing is
coded without a record, and each case comes out of ``cogov classify`` where the quotes put it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from cogov.resources import data_dir

SCALARS = ("domain", "start", "end", "initiation", "decision_autonomy", "formalization",
           "activity_level", "phase_of")  # fmt: skip
KEY_LISTS = ("mechanisms", "activities", "instruments")
ACTOR_LISTS = ("participants", "superiors")
RECORD_KEYS = {"quote", "source", "locator", "coder", "confidence", "outside_paper"}
NOT_REPORTED = "not_reported"


@pytest.fixture(scope="module")
def cases_path() -> Path:
    return data_dir("data") / "paper-cases.yaml"


@pytest.fixture(scope="module")
def cases(cases_path) -> dict:
    document = yaml.safe_load(cases_path.read_text(encoding="utf-8"))
    return {case["id"]: case for case in document["cases"]}


@pytest.fixture(scope="module")
def evidence() -> dict:
    path = data_dir("data") / "paper-evidence.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(document) == {"evidence"}
    return document["evidence"]


def _actor_key(actor) -> str:
    if isinstance(actor, str):
        return actor
    name = actor["name"]
    if isinstance(name, str):
        return name
    return name.get("zh") or name["en"]


def coded_values(case: dict) -> set[tuple[str, ...]]:
    """The path of every coded value of a case: (field,) or (field, key)."""
    paths: set[tuple[str, ...]] = set()
    for field in SCALARS:
        if case.get(field) is not None and case[field] != NOT_REPORTED:
            paths.add((field,))
    for field in KEY_LISTS:
        if field in case:
            # [] is "coded as none": the field itself needs its record
            paths.update({(field, key) for key in case[field]} if case[field] else {(field,)})
    for field in ACTOR_LISTS:
        if field in case:
            actors = case[field]
            paths.update({(field, _actor_key(a)) for a in actors} if actors else {(field,)})
    for driver, value in (case.get("drivers") or {}).items():
        if value is not None and value != NOT_REPORTED:
            paths.add(("drivers", driver))
    return paths


def _records(node, path=()):
    """(path, record) for every record under one case's evidence."""
    if isinstance(node, dict) and "quote" in node:
        yield path, node
    elif isinstance(node, dict):
        for key, child in node.items():
            yield from _records(child, (*path, str(key)))
    else:
        raise AssertionError(f"{path}: expected a record or a mapping of records, found {node!r}")


def all_records(evidence):
    for case_id, node in evidence.items():
        for path, record in _records(node):
            yield case_id, path, record


# --- (a) quotes attributed to the paper are in the paper --------------------------------


def test_every_paper_quote_is_in_the_paper(evidence, in_paper):
    missing = [
        (case_id, ".".join(path), record["quote"])
        for case_id, path, record in all_records(evidence)
        if record["source"] == "paper" and not in_paper(record["quote"])
    ]
    assert missing == []


# --- (b) every coded value has a record, every record a coded value ---------------------


def test_every_coded_value_has_a_record_and_every_record_a_value(cases, evidence):
    assert set(evidence) <= set(cases), set(evidence) - set(cases)
    for case_id, case in cases.items():
        recorded = {path for path, _ in _records(evidence.get(case_id, {}))}
        coded = coded_values(case)
        assert coded - recorded == set(), (case_id, "coded without evidence", coded - recorded)
        assert recorded - coded == set(), (case_id, "evidence for no coded value", recorded - coded)


def test_records_are_well_formed(evidence):
    for case_id, path, record in all_records(evidence):
        where = (case_id, ".".join(path))
        assert set(record) <= RECORD_KEYS, (where, set(record) - RECORD_KEYS)
        assert isinstance(record["quote"], str) and record["quote"].strip(), where
        assert record.get("coder") == "cogov-team", where
        assert record.get("confidence") in {"high", "medium", "low"}, where
        assert record.get("locator"), where
        if record["source"] == "paper":
            assert re.match(r"section [一二三四五]", record["locator"]), where
            assert not record.get("outside_paper"), where
        else:
            # a value from outside the paper says so
            assert record.get("outside_paper") is True, where
            assert record["source"].strip(), where


def test_outside_sources_are_cited_by_the_case(cases, evidence):
    # an outside source named in a record is also among the case's sources
    for case_id, _path, record in all_records(evidence):
        if record["source"] != "paper":
            head = record["source"].split(",")[0].split("(")[0].strip()
            assert any(head in s for s in cases[case_id]["sources"]), (case_id, head)


# --- (c) the expected classification, with the quote that justifies it ------------------

# id -> (type_name, mode, the paper's words that decide it). Table 1 placements are the rules'
# (the paper places no named case in a type); the modes of yrd-air-2014, bth-air-2016 and the
# Western mandates are the paper's own (section 五 and section 四(二)1).
EXPECTED_CLASSIFICATION = {
    "yrd-air-2014": (
        "symbolic", "mandated_autonomous",
        # a standing body with an office (formal) and two negotiated items (priorities, each
        # place's tasks: fewer than 3 activities), under the State Council's plan, decided
        # autonomously
        (
            "在国务院《大气污染防治行动计划》的要求下,上海、江苏、浙江、安徽三省一市自2014年起建立"
            "长三角区域大气污染防治协作机制,根据中央的要求每年定期召开工作会议、办公室会议及专题会议,"
            "自主协商工作重点及各地任务"
        ),
    ),
    "bth-air": (
        # the parent spans both phases: its decision autonomy is the phases'
        "unclassified", "not_reported",
        "2013年组建的京津冀及周边地区大气污染联防联控机制",
    ),
    "bth-air-2013": (
        "unclassified", "mandated_autonomous",
        "本研究借用此概念来形容当地方政府自主协同效果无法达到上级政府期望时,上级政府就会部分收回参与者的协同决策权",
    ),
    "bth-air-2016": (
        "unclassified", "preempted",
        "最典型的体现就是2016年起京津冀及周边地区的大气污染协同实践,生态环境部强力介入决策过程",
    ),
    "hhjs-enforcement-2008": (
        # a formal form, no reported content, no reported origin
        "unclassified", "not_reported",
        "2008年设立的杭湖嘉绍边界联合执法小组",
    ),
    "taihu-water-2015": (
        # formal only through the outside source's rules of procedure; no content reported
        "unclassified", "not_reported",
        "2015年形成的环太湖城市水利联席会议",
    ),
    "taipu-water-2015": (
        "unclassified", "not_reported",
        "太浦河水资源保护省际协作机制",
    ),
    "yrd-office-2018": (
        "unclassified", "voluntary",
        "长三角区域各省市就经济社会一体化彼此主动对接、深度互动的区域合作",
    ),
    "pprd-9plus2-2004": (
        # many activities (all-round collaboration), but no form the paper names
        "unclassified", "not_reported",
        "“9+2”泛珠三角区域在商贸、交通、旅游、科教文卫、环境保护等领域的全方位协同",
    ),
    "us-istea-1991": (
        # three activities, no form reported; a mandate within which the parties decide
        "unclassified", "mandated_autonomous",
        "更多是根据本地区的实际需求及资源状况来决策",
    ),
    "uk-homelessness-2002": (
        "unclassified", "mandated_autonomous",
        "莫斯利和詹姆斯通过研究英国政府对无家可归人群提供公共服务的强制型协同发现",
    ),
    "us-hud-coc-1994": (
        # an incentive, not a mandate: funds only for localities that form a collaborative body
        "unclassified", "voluntary",
        (
            "甚至有时候中央政府会发布政策,要求只有地方建立协同组织来提供特定社会公共服务才能获得"
            "资金支持,如20世纪90年代末美国住房部设立的持续护理基金"
        ),
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def classified(cases_path):
    from cogov.classification import classify
    from cogov.pipeline import read_valid

    prepared = read_valid([str(cases_path)])
    return {row["id"]: row for row in classify(prepared.graph).rows}


def test_the_table_covers_every_case(cases):
    assert set(EXPECTED_CLASSIFICATION) == set(cases)


@pytest.mark.parametrize("case_id", sorted(EXPECTED_CLASSIFICATION))
def test_expected_classification(classified, case_id):
    type_name, mode, _quote = EXPECTED_CLASSIFICATION[case_id]
    row = classified[case_id]
    assert (row["type_name"], row["mode"]) == (type_name, mode)


def test_the_justifying_quotes_are_the_papers(in_paper):
    for case_id, (_t, _m, quote) in EXPECTED_CLASSIFICATION.items():
        assert in_paper(quote), case_id


def test_cogov_classify_prints_the_same(cases_path, capsys):
    from cogov.cli import main

    assert main(["classify", str(cases_path), "--format", "json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert {i: (r["type_name"], r["mode"]) for i, r in rows.items()} == {
        i: (t, m) for i, (t, m, _q) in EXPECTED_CLASSIFICATION.items()
    }
