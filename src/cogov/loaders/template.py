"""Case files to start from: CSV and XLSX with the header and one example row, YAML with every
field explained.

The spreadsheet templates' example row (:data:`EXAMPLE`) shows how each cell is written; its
id begins with ``example-`` and its names say to delete it, and a file that still holds it is
refused (the reader reports the row). The templates are built from ``loaders/columns.yaml``
and ``loaders/keys.yaml``; the copies shipped in ``loaders/templates/`` are these outputs (a
test keeps them current).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from cogov import atomic
from cogov.errors import UsageError
from cogov.loaders.keys import keys
from cogov.loaders.spreadsheet import EXAMPLE_PREFIX, dump_csv, workbook
from cogov.model import Actor, Case, Drivers

TEMPLATE_FORMATS = ("csv", "xlsx", "yaml")

#: the example row of the spreadsheet templates (the case of the YAML template's comments)
EXAMPLE = Case(
    id=f"{EXAMPLE_PREFIX}delete-this-row",
    name={"zh": "示例行（填写前请删除）", "en": "EXAMPLE ROW: delete it before you add cases"},
    domain="air",
    start="2014",
    participants=(
        Actor(name={"zh": "上海市", "en": "Shanghai"}, level="province"),
        Actor(name={"zh": "江苏省", "en": "Jiangsu"}, level="province"),
    ),
    superiors=(Actor(name={"zh": "国务院", "en": "State Council"}, level="central"),),
    initiation="mandated",
    decision_autonomy="retained",
    mechanisms=("joint_conference",),
    activities=("information_sharing",),
    instruments=("policy_requirement",),
    drivers=Drivers(shared_beliefs=True),
    sources=("Author, Title (year)",),
)


def csv_template() -> str:
    return dump_csv([EXAMPLE])


def yaml_template() -> str:
    """A YAML case file with no case and every field explained in comments."""

    def allowed(scheme: str) -> str:
        return " | ".join(keys(scheme))

    lines = [
        "# CoGov case file. Remove the '#' before the lines of the case below and fill it in;",
        "# one entry starting with '- id:' under 'cases:' per case. Lists of keys are written",
        "# [key, key]. Until a case is filled in, the file holds no case.",
        "# Not reported is not none: leave a list out when the sources do not report it, and",
        "# write [] when they say there is none; a single value the sources do not give is",
        "# not_reported. A case is placed in Table 1 only when its mechanisms and its",
        "# activities are reported.",
        "# A key may also be written as its Chinese label or a common word for it (联席会议,",
        "# 地级市, 省); it is read as the key. A list of keys may be written 联席会议、合作协议.",
        "cases:",
        "#  - id: my-case-2020                # required; unique; a-z, 0-9 and '-'",
        "#    name: {zh: 中文名, en: English name}   # required; zh and/or en",
        f"#    domain: air                     # required; {allowed('domain')}",
        "#    start: 2020                     # required; a year or an ISO date (2020-06-30)",
        "#    end: 2022                       # optional; not before start",
        "#    participants:                   # required; at least 2",
        "#      - {name: {zh: 上海市, en: Shanghai}, level: province}",
        "#      - {name: {zh: 江苏省, en: Jiangsu}, level: province}",
        "#    superiors:                      # leave out when not reported; [] for none",
        "#      - {name: {zh: 国务院, en: State Council}, level: central}",
        f"#    # levels: {allowed('level')}",
        f"#    initiation: voluntary           # required; {allowed('initiation')}",
        f"#    decision_autonomy: retained     # when mandated; {allowed('autonomy')}",
        f"#    mechanisms: [joint_conference]  # {allowed('mechanism')}",
        f"#    activities: [information_sharing]  # {allowed('activity')}",
        f"#    instruments: []                 # [] = none; {allowed('instrument')}",
        "#    drivers:                        # optional; any subset",
        f"#      prior_collaboration: none     # {allowed('outcome')}",
        "#      shared_beliefs: true          # true | false | not_reported",
        "#      resource_dependence: true     # true | false | not_reported",
        f"#      task_complexity: high         # {allowed('rating')}",
        f"#      homophily: high               # {allowed('rating')}",
        "#      geographic_proximity: true    # true | false | not_reported",
        f"#      cooperation_base: low         # 合作基础; {allowed('rating')}",
        "#      interest_conflicts: true      # 潜在的利益冲突; true | false | not_reported",
        f"#    formalization: high             # optional; {allowed('formalization')}",
        f"#    activity_level: many            # optional; {allowed('activityLevel')}",
        f"#    performance: high               # optional; 绩效; {allowed('rating')}",
        "#    phase_of: broader-case-id       # optional",
        "#    sources:                        # at least one; a citation or a URL",
        '#      - "Author, Title (year)"',
        "#    jurisdiction: CN                # optional; ISO 3166-1 alpha-2 country code,",
        "#                                    # optionally with an ISO 3166-2 subdivision (CN-JS)",
        "#    evidence:                       # optional; what supports each coded value",
        "#      initiation: {quote: 原文引文, source: paper, locator: p. 3, coder: ab, "
        "confidence: high}",
        "#      mechanisms:                   # a list field or drivers: key -> record(s)",
        "#        joint_conference: {quote: 原文引文, source: paper, locator: section 2}",
        f"#      # confidence: {allowed('confidence')}; only quote is required",
    ]
    return "\n".join(lines) + "\n"


def xlsx_template() -> bytes:
    from openpyxl.comments import Comment

    book, sheet = workbook([EXAMPLE])
    sheet["A2"].comment = Comment(
        "Example row: delete it before you add your cases (a file that still holds it is "
        "refused). 示例行：添加案例前请删除（仍含示例行的文件会被拒绝）。",
        "CoGov",
    )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def template_bytes(fmt: str) -> bytes:
    if fmt == "csv":
        return csv_template().encode("utf-8")
    if fmt == "yaml":
        return yaml_template().encode("utf-8")
    if fmt == "xlsx":
        return xlsx_template()
    raise UsageError(f"unknown template format '{fmt}'; allowed: {', '.join(TEMPLATE_FORMATS)}")


def write_template(fmt: str, path: str | os.PathLike[str]) -> Path:
    """Write an empty template, complete or not at all."""
    atomic.write_bytes(path, template_bytes(fmt))
    return Path(path)
