"""The report folder written from hand-made classified cases: files, table, escaping, atomicity."""

from __future__ import annotations

import csv
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cogov import report
from cogov.errors import UsageError
from cogov.report import FILES, write_report


class _Cells(HTMLParser):
    """Collects, for Table 1, which case ids sit in which type cell, and every <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.cell: str | None = None
        self.cells: dict[str, list[str]] = {}
        self.scripts = 0
        self.headings: list[str] = []
        self._in_h = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "td" and "data-type" in attrs:
            self.cell = attrs["data-type"]
            self.cells.setdefault(self.cell, [])
        elif tag == "li" and self.cell and "data-case" in attrs:
            self.cells[self.cell].append(attrs["data-case"])
        elif tag == "script":
            self.scripts += 1
        elif tag == "h2":
            self._in_h = True
            self.headings.append("")

    def handle_endtag(self, tag):
        if tag == "td":
            self.cell = None
        if tag == "h2":
            self._in_h = False

    def handle_data(self, data):
        if self._in_h:
            self.headings[-1] += data


def _parse(page: str) -> _Cells:
    parser = _Cells()
    parser.feed(page)
    return parser


def test_folder_holds_the_five_files(tmp_path, sample_data):
    out = write_report(sample_data, tmp_path / "rep", turtle="@prefix x: <urn:x#> .\n")
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    assert (out / "table1.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (out / "table1.svg").read_bytes()[:2000]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers


def test_table1_puts_each_case_in_its_type_cell(tmp_path, sample_data):
    out = write_report(sample_data, tmp_path / "rep")
    cells = _parse((out / "index.html").read_text(encoding="utf-8")).cells
    assert cells == {"A": ["c-sporadic"], "B": ["c-normative"], "C": ["c-symbolic"],
                     "D": ["c-preempted"]}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_page_speaks_the_language_asked_for(tmp_path, sample_data, lang):
    """Headings, table heads, mode and type names in one language: ``--lang`` (English by
    default); case names are the one thing shown in both, the other language smaller."""
    sample_data.lang = lang
    page = (write_report(sample_data, tmp_path / "rep") / "index.html").read_text("utf-8")
    headings = _parse(page).headings
    assert len(headings) >= 7
    chinese = re.compile(r"[\u4e00-\u9fff]")
    for heading in headings:
        assert bool(chinese.search(heading)) == (lang == "zh"), heading
    grid = page[page.index('id="table1-grid"') : page.index("</table>", page.index("table1-grid"))]
    if lang == "zh":
        assert "<b>A. 偶发型</b>" in grid and "sporadic<" not in grid
        assert "甲市乙市领导会晤" in grid  # the case's Chinese name
    else:
        assert not chinese.search(grid.split("<li")[0]) and "<b>A. sporadic</b>" in grid
        assert "leaders&#x27; meeting of A and B" in grid  # the case's English name


def test_user_text_is_escaped(tmp_path, sample_data, evil):
    page = (write_report(sample_data, tmp_path / "rep") / "index.html").read_text("utf-8")
    assert evil not in page
    assert "&lt;script&gt;document.title=&#x27;owned&#x27;&lt;/script&gt;" in page
    assert "overrides the derived value &#x27;low&#x27; &lt;b&gt;" in page
    assert _parse(page).scripts == 0


def test_page_is_self_contained(tmp_path, sample_data):
    page = (write_report(sample_data, tmp_path / "rep") / "index.html").read_text("utf-8")
    assert "<style>" in page and "<link" not in page
    for needle in ('src="http', "src='http", "url(http", "@import"):
        assert needle not in page


def test_instrument_mix_and_drivers_are_counted(tmp_path, sample_data):
    page = (write_report(sample_data, tmp_path / "rep") / "index.html").read_text("utf-8")
    mix = page[
        page.index("id=instrument-mix") : page.index("</table>", page.index("id=instrument-mix"))
    ]
    # mandated_autonomous row: 1 authority, 1 incentive, 0 information, 1 of 1 case
    row = mix[mix.index("autonomous collaboration under a superior") :].split("</tr>")[0]
    assert [c.split("<")[0] for c in row.split('class="num">')[1:]] == ["1", "1", "0", "1 / 1"]
    drivers = page[page.index("id=drivers") :].split("</table>")[0]
    success = drivers[drivers.index("success") :].split("</tr>")[0]
    assert [c.split("<")[0] for c in success.split('class="num">')[1:]] == ["0", "1", "0", "0"]


def test_csv_has_contract_columns_and_one_row_per_case(tmp_path, sample_data):
    out = write_report(sample_data, tmp_path / "rep")
    with open(out / "cases.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:6] == ["id", "formalization", "activity_level", "type", "type_name",
                                 "mode"]  # fmt: skip
    assert {r["id"]: (r["type"], r["mode"]) for r in rows} == {
        c.id: (c.type, c.mode) for c in sample_data.cases
    }
    preempted = next(r for r in rows if r["id"] == "c-preempted")
    assert preempted["phase_of"] == "c-symbolic" and preempted["instruments"] == "task_assignment"


def test_an_earlier_report_is_replaced_whole(tmp_path, sample_data):
    target = tmp_path / "rep"
    write_report(sample_data, target)
    (target / "stale.txt").write_text("from an earlier run")
    sample_data.cases = sample_data.cases[:1]
    write_report(sample_data, target)
    assert not (target / "stale.txt").exists()
    assert len((target / "cases.csv").read_text().splitlines()) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rep"]


def test_a_folder_of_other_files_is_not_replaced(tmp_path, sample_data):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "thesis.docx").write_text("precious")
    with pytest.raises(UsageError, match="holds other files"):
        write_report(sample_data, target)
    assert (target / "thesis.docx").read_text() == "precious"


def test_a_failure_leaves_no_folder(tmp_path, sample_data, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(report, "cases_csv", broken)
    with pytest.raises(RuntimeError):
        write_report(sample_data, tmp_path / "rep")
    assert list(tmp_path.iterdir()) == []


NO_FONT = "未找到中文字体"


def test_without_a_cjk_font_the_chinese_page_says_so(tmp_path, sample_data):
    sample_data.lang = "zh"
    page = (write_report(sample_data, tmp_path / "rep", cjk_font=None) / "index.html").read_text(
        "utf-8"
    )
    assert NO_FONT in page and "fonts-noto-cjk" in page
    with_font = write_report(sample_data, tmp_path / "rep2")
    if report_font_found():
        assert NO_FONT not in (with_font / "index.html").read_text("utf-8")
    sample_data.lang = "en"  # an English chart needs no CJK font: nothing to say
    english = write_report(sample_data, tmp_path / "rep3", cjk_font=None)
    assert NO_FONT not in (english / "index.html").read_text("utf-8")


def report_font_found() -> bool:
    from cogov.chart import find_cjk_font

    return find_cjk_font() is not None


def test_default_paths_point_at_the_bundled_cases():
    (path,) = report.default_paths()
    assert path.name == "paper-cases.yaml" and Path(path).is_file()


def test_question_answers_are_shown_escaped_and_capped(tmp_path, sample_data):
    rows = [
        {"id": f"case-{i:03d}", "note": "<i>x</i>"} for i in range(report.MAX_QUESTION_ROWS + 7)
    ]
    sample_data.questions = [report.QuestionView("many-rows", "问题 <q>", rows, "What? <b>")]
    page = (write_report(sample_data, tmp_path / "rep") / "index.html").read_text("utf-8")
    start = page.index('id="questions"')
    section = page[start : page.index('id="propositions"', start)]
    assert section.count("<td>case-") == report.MAX_QUESTION_ROWS
    assert f"of {len(rows)} rows" in section and "cogov query many-rows" in section
    assert "<i>x</i>" not in section and "&lt;i&gt;x&lt;/i&gt;" in section
    assert "What? &lt;b&gt;" in section and "问题" not in section
    sample_data.lang = "zh"
    page = (write_report(sample_data, tmp_path / "zh") / "index.html").read_text("utf-8")
    assert "问题 &lt;q&gt;" in page and "What? &lt;b&gt;" not in page


def test_only_case_questions_are_answered():
    from cogov.queries import list_questions

    questions = list_questions()
    case_questions = [q for q in questions if report.is_case_question(q)]
    assert case_questions, "no question reads case ids"
    for question in questions:
        reads_cases = "LocalGovernmentCollaboration" in question.text or "Collaboration " in (
            question.text
        )
        if not reads_cases:
            assert question not in case_questions, question.name


def test_files_are_readable_like_any_new_file(tmp_path, sample_data):
    import os

    umask = os.umask(0o022)
    try:
        out = write_report(sample_data, tmp_path / "rep")
    finally:
        os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o755
    for path in out.iterdir():
        assert path.stat().st_mode & 0o777 == 0o644, path.name


def test_turtle_is_sorted_and_loses_nothing():
    from rdflib import Graph, Literal, URIRef
    from rdflib.compare import isomorphic

    graph = Graph()
    case = URIRef("https://w3id.org/cogov/case/x")
    graph.add(
        (case, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("甲", lang="zh"))
    )
    graph.add((case, URIRef("https://w3id.org/cogov#start"), Literal("2014", datatype=URIRef(
        "http://www.w3.org/2001/XMLSchema#gYear"))))  # fmt: skip
    text = report.to_turtle(graph.serialize(format="nt", encoding="utf-8") * 2)  # twice: once
    assert isomorphic(Graph().parse(data=text, format="turtle"), graph)
    shuffled = Graph()
    for triple in sorted(graph, reverse=True):
        shuffled.add(triple)
    assert report.to_turtle(shuffled.serialize(format="nt", encoding="utf-8")) == text
    assert text.count(b"2014") == 1
    assert b"@prefix cogov: <https://w3id.org/cogov#>" in text


def test_a_machine_without_cjk_fonts_gets_english_names_and_a_note(
    tmp_path, sample_data, monkeypatch
):
    from cogov import chart

    drawn = []
    real = chart.table1_figure

    def spy(cases, *, cjk_font):
        drawn.append(cjk_font)
        return real(cases, cjk_font=cjk_font)

    monkeypatch.setattr(chart, "find_cjk_font", lambda: None)
    monkeypatch.setattr(chart, "table1_figure", spy)
    sample_data.lang = "zh"
    page = (write_report(sample_data, tmp_path / "rep") / "index.html").read_text("utf-8")
    assert drawn == [None]
    assert NO_FONT in page and "fonts-noto-cjk" in page
