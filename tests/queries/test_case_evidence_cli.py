"""`cogov query case-evidence` from a YAML case file: the evidence comes through loading,
validation and classification to the question's rows."""

from __future__ import annotations

import csv
import io

from cogov.cli import main

CASES = """cases:
- id: yrd-air-2014
  name: {zh: 长三角区域大气污染防治协作机制}
  domain: air
  start: 2014
  participants:
  - {name: 上海市, level: province}
  - {name: 江苏省, level: province}
  initiation: voluntary
  mechanisms: [joint_conference, cooperation_group]
  drivers: {task_complexity: high}
  sources: [paper]
  evidence:
    start: {quote: "2014年启动", source: paper, locator: p. 3}
    mechanisms:
      joint_conference: {quote: "召开联席会议", coder: lw, confidence: medium}
      cooperation_group: {quote: "成立协作小组", confidence: high}
    drivers:
      task_complexity: {quote: "跨界污染治理复杂"}
"""


def test_rows_from_a_yaml_file(tmp_path, capsys):
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    assert main(["query", "case-evidence", str(path), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["field"], r["value"], r["quote"], r["confidence"]) for r in rows] == [
        ("start", "2014", "2014年启动", ""),
        ("mechanisms", "joint_conference", "召开联席会议", "medium"),
        ("mechanisms", "cooperation_group", "成立协作小组", "high"),
        ("drivers.task_complexity", "high", "跨界污染治理复杂", ""),
    ]
    assert rows[0]["locator"] == "p. 3" and rows[1]["coder"] == "lw"
