"""``cogov report`` end to end: the bundled paper cases, user files, bad data, the browser."""

from __future__ import annotations

import csv
import shutil
import textwrap

import pytest

from cogov.cli import main
from cogov.errors import EXIT_CANNOT_RUN, EXIT_VIOLATIONS

CASE = """\
  - id: {id}
    name: {{en: "{name}"}}
    domain: air
    start: 2019
    participants:
      - {{name: {{en: City A}}, level: prefecture}}
      - {{name: {{en: City B}}, level: prefecture}}
    initiation: voluntary
    mechanisms: [agreement]
    activities: [information_sharing, joint_monitoring, joint_planning]
    sources: ["a test"]
"""


def _write_cases(path, *cases: tuple[str, str], extra: str = "") -> None:
    body = "".join(CASE.format(id=i, name=n) for i, n in cases)
    path.write_text("cases:\n" + body + textwrap.dedent(extra), encoding="utf-8")


def _rows(folder):
    with open(folder / "cases.csv", encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def paper_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("paper") / "cogov-report"
    assert main(["report", "-o", str(out)]) == 0
    return out


def test_no_argument_reports_on_the_paper_cases(paper_report):
    names = sorted(p.name for p in paper_report.iterdir())
    assert names == ["cases.csv", "cases.ttl", "index.html", "table1.png", "table1.svg"]
    rows = _rows(paper_report)
    assert len(rows) == 12
    assert rows["yrd-air-2014"]["mode"] == "mandated_autonomous"
    assert rows["bth-air-2016"]["mode"] == "preempted"
    page = (paper_report / "index.html").read_text("utf-8")
    assert "长三角区域大气污染防治协作机制" in page
    assert page.count("<li data-case=") == 12
    assert rows["bth-air-2016"]["instruments"] == "administrative_order;task_assignment"
    hud = page[page.index('id="case-us-hud-coc-1994"') :].split("</tr>")[0]
    assert "<b>incentive</b> conditional_<wbr>funding" in hud  # an incentive instrument
    mix = page[page.index("id=instrument-mix") :].split("</table>")[0]
    preempted = mix[mix.index("preempted collaboration") :].split("</tr>")[0]
    cells = [c.split("<")[0] for c in preempted.split('class="num">')[1:]]
    # bth-air-2016, the one preempted case: two authority instruments
    assert cells == ["2", "0", "0", "1 / 1"]


def test_turtle_holds_the_cases_and_their_classification(paper_report):
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF

    graph = Graph().parse(paper_report / "cases.ttl", format="turtle")
    case = URIRef("https://w3id.org/cogov/case/bth-air-2016")
    assert (case, RDF.type, URIRef("https://w3id.org/cogov#PreemptedCollaboration")) in graph
    assert any(
        True for _ in graph.objects(case, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
    )


def test_terminal_summary_counts_types_and_modes(tmp_path, capsys):
    out = tmp_path / "r"
    assert main(["report", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    rows = _rows(out)
    assert f"{len(rows)} cases" in printed
    preempted = sum(1 for r in rows.values() if r["mode"] == "preempted")
    assert f"preempted {preempted}" in printed
    sporadic = sum(1 for r in rows.values() if r["type"] == "A")
    assert f"A sporadic {sporadic}" in printed
    assert str((out / "index.html").resolve()) in printed


def test_lang_zh_gives_a_chinese_page_chart_and_summary(tmp_path, capsys, paper_report):
    out = tmp_path / "zh"
    assert main(["report", "-o", str(out), "--lang", "zh"]) == 0
    printed = capsys.readouterr().out
    rows = _rows(out)
    symbolic = sum(1 for r in rows.values() if r["type"] == "C")
    assert f"{len(rows)} 个案例" in printed and f"C 象征型 {symbolic}" in printed
    page = (out / "index.html").read_text("utf-8")
    assert '<html lang="zh-Hans">' in page and '<h2 id="table1">表1' in page
    # the case listed in Table 1 under its Chinese name, not its English one
    grid = page[page.index('id="table1-grid"') :].split("</table>")[0]
    assert "长三角区域大气污染防治协作机制 <small>" in grid
    assert "Yangtze River Delta" not in grid
    # the CSV and the Turtle are data: the same whatever the page's language
    assert (out / "cases.csv").read_bytes() == (paper_report / "cases.csv").read_bytes()
    assert (out / "table1.png").read_bytes() != (paper_report / "table1.png").read_bytes()


def test_user_files_and_escaped_names(tmp_path, capsys):
    cases = tmp_path / "mine.yaml"
    _write_cases(cases, ("evil", "<script>alert(1)</script>"), ("plain", "Plain case"))
    out = tmp_path / "rep"
    assert main(["report", str(cases), "-o", str(out)]) == 0
    page = (out / "index.html").read_text("utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert set(_rows(out)) == {"evil", "plain"}
    assert _rows(out)["plain"]["type"] == "D"  # a formal agreement and three activities


def test_invalid_data_stops_and_writes_nothing(tmp_path, capsys):
    cases = tmp_path / "bad.yaml"
    _write_cases(cases, ("good", "Good"))
    cases.write_text(cases.read_text().replace("domain: air", "domain: weather"), "utf-8")
    out = tmp_path / "rep"
    assert main(["report", str(cases), "-o", str(out)]) == EXIT_VIOLATIONS
    err = capsys.readouterr().err
    assert "bad.yaml" in err and "good" in err and "domain" in err
    assert not out.exists()


def test_lenient_leaves_out_invalid_cases_and_says_so(tmp_path):
    cases = tmp_path / "mixed.yaml"
    _write_cases(cases, ("kept", "Kept"), ("broken", "Broken"))
    text = cases.read_text().split("  - id: broken")
    cases.write_text(text[0] + "  - id: broken" + text[1].replace("domain: air", "domain: x"))
    out = tmp_path / "rep"
    assert main(["report", str(cases), "-o", str(out), "--lenient"]) == 0
    assert set(_rows(out)) == {"kept"}
    page = (out / "index.html").read_text("utf-8")
    assert "left out of the report because they do not validate: broken" in page


def test_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["report", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "r")]) == (
        EXIT_CANNOT_RUN
    )
    assert "no such file" in capsys.readouterr().err


def test_progress_bar_run_writes_the_same_report(tmp_path, monkeypatch):
    monkeypatch.setenv("COGOV_PROGRESS", "1")
    out = tmp_path / "r"
    assert main(["report", "-o", str(out)]) == 0
    assert len(_rows(out)) == 12


def test_paper_report_renders_in_chromium(paper_report, chromium, artifacts_dir, tmp_path):
    dom = chromium(paper_report / "index.html", "--dump-dom", "--virtual-time-budget=5000")
    assert 'id="table1-grid"' in dom and 'data-loaded="1"' in dom
    for row in _rows(paper_report).values():
        assert f'data-case="{row["id"]}"' in dom
    shot = tmp_path / "shot.png"
    chromium(paper_report / "index.html", f"--screenshot={shot}", "--window-size=1280,2000",
             "--hide-scrollbars")  # fmt: skip
    assert shot.stat().st_size > 20_000
    shutil.copy(shot, artifacts_dir / "report-paper-cases.png")
