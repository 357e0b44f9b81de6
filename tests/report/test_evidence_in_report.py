"""The report shows, beside each placement, the quotes it rests on (issue: evidence)."""

from __future__ import annotations

from pathlib import Path

from cogov.cli import main

CASES = """\
cases:
  - id: quoted
    name: {en: Quoted case}
    domain: air
    start: 2014
    participants: [{name: City A, level: county}, {name: City B, level: county}]
    initiation: voluntary
    mechanisms: [cooperation_group]
    activities: [information_sharing]
    sources: [paper]
    evidence:
      mechanisms:
        cooperation_group: {quote: 成立协作小组 <b>, source: paper, locator: section 1}
      activities:
        information_sharing: {quote: 共享监测信息}
      initiation: {quote: 自发形成}
  - id: gap
    name: {en: Gap case}
    domain: air
    start: 2014
    participants: [{name: City A, level: county}, {name: City B, level: county}]
    initiation: voluntary
    mechanisms: [forum]
    sources: [paper]
    evidence:
      mechanisms:
        forum: {quote: 召开论坛}
"""


def test_each_placement_shows_its_quotes(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    out = tmp_path / "report"
    assert main(["report", str(path), "-o", str(out)]) == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    symbolic = page[page.index('data-type="C"') :].split("</td>")[0]
    assert 'data-case="quoted"' in symbolic
    assert (
        "<code>mechanisms: cooperation_group</code> “成立协作小组 &lt;b&gt;” <small>(paper)</small>"
        in symbolic
    )
    assert "“共享监测信息”" in symbolic and "“自发形成”" in symbolic
    # an unclassified case shows what it has, in its own box
    box = page[page.index('id="unclassified"') :].split("</div>")[0]
    assert 'data-case="gap"' in box and "“召开论坛”" in box and "activities" in box
