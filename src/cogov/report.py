"""``cogov report``: the cases validated, classified, charted and written to one folder.

:func:`build_report` loads case files (the bundled paper cases when none are given), validates
them with the SHACL shapes, classifies them with the rules of ``queries/rules/``, answers the
named questions that need no parameter, and writes a folder that appears complete or not at
all:

- ``index.html``: one self-contained page (inline CSS) with bilingual headings: Table 1 with
  the case names, the modes, each case's instrument mix, the drivers by type, the answers, the
  warnings;
- ``table1.png`` and ``table1.svg``: Table 1 as a 2×2 chart (:mod:`cogov.chart`);
- ``cases.csv``: one row per classified case; ``cases.ttl``: the classified graph.

Every piece of user text on the page goes through :func:`html.escape`.
"""

from __future__ import annotations

import csv
import html
import io
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from cogov import __version__
from cogov.atomic import atomic_dir, write_bytes, write_text
from cogov.errors import Problem, UsageError
from cogov.loaders.cells import protect_formula
from cogov.resources import DATA_PREFIXES, NAMESPACE, data_dir

BUNDLED_FILE = "paper-cases.yaml"
DEFAULT_OUT = "cogov-report"
FILES = ("index.html", "table1.png", "table1.svg", "cases.csv", "cases.ttl")

TYPE_NAMES = {
    "A": ("偶发型", "sporadic"),
    "B": ("规范型", "normative"),
    "C": ("象征型", "symbolic"),
    "D": ("制度化型", "institutionalised"),
}
MODE_NAMES = {
    "voluntary": ("自愿协同", "voluntary collaboration"),
    "mandated_autonomous": (
        "上级要求下的自主协同",
        "autonomous collaboration under a superior's requirement",
    ),
    "preempted": ("上级要求下的取代协同", "preempted collaboration"),
}
INSTRUMENT_KINDS = {
    "authority": ("权威型", "authority"),
    "incentive": ("激励型", "incentive"),
    "information": ("信息型", "information"),
}
DRIVERS = (
    ("priorCollaboration", "prior_collaboration", "既有的合作经历"),
    ("sharedBeliefs", "shared_beliefs", "共同信念"),
    ("resourceDependence", "resource_dependence", "资源依赖"),
    ("taskComplexity", "task_complexity", "问题/任务复杂性"),
    ("homophily", "homophily", "同质性"),
    ("geographicProximity", "geographic_proximity", "地理邻近"),
)
CSV_COLUMNS = (
    "id", "formalization", "activity_level", "type", "type_name", "mode", "name_zh", "name_en",
    "domain", "start", "end", "mechanisms", "activities", "instruments", "phase_of", "sources",
)  # fmt: skip

Step = Callable[[str], None]


@dataclass
class CaseView:
    """One classified case as the report shows it."""

    id: str
    type: str
    type_name: str
    mode: str | None
    formalization: str | None = None
    activity_level: str | None = None
    name_zh: str | None = None
    name_en: str | None = None
    domain: str | None = None
    start: str | None = None
    end: str | None = None
    mechanisms: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)
    instruments: dict[str, list[str]] = field(default_factory=dict)  # kind -> keys
    drivers: dict[str, str] = field(default_factory=dict)  # contract field -> value
    sources: list[str] = field(default_factory=list)
    phase_of: str | None = None
    # what the placement rests on: (what it supports, the quoted passage, its source), in order
    evidence: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.name_zh or self.name_en or self.id


@dataclass
class QuestionView:
    """The answer to one named question."""

    name: str
    title: str
    rows: list[dict[str, Any]]
    description: str = ""


@dataclass
class ReportData:
    """Everything the page, the chart and the CSV are made from."""

    cases: list[CaseView]
    files: list[str]
    threshold: int = 3
    warnings: list[Problem] = field(default_factory=list)
    lang: str = "en"  # the language of the notes (the headings carry both)
    questions: list[QuestionView] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    propositions: list[Any] = field(default_factory=list)  # cogov.propositions.Result

    def type_counts(self) -> Counter[str]:
        return Counter(case.type for case in self.cases)

    def mode_counts(self) -> Counter[str]:
        return Counter(case.mode or "" for case in self.cases)


# --------------------------------------------------------------------------- collecting


def default_paths() -> list[Path]:
    """The bundled dataset of the paper's cases."""
    return [data_dir("data") / BUNDLED_FILE]


def collect(
    paths: Sequence[str | os.PathLike[str]],
    *,
    threshold: int = 3,
    lenient: bool = False,
    step: Step | None = None,
    lang: str = "en",
) -> tuple[ReportData, tuple[bytes, str]]:
    """Load, validate, classify and question the cases; return the data, and the classified
    cases as N-Triples (the case data and the triples the classification added) with their
    base IRI.

    Raises :class:`InvalidDataError` when a case has an error and ``lenient`` is false; with
    ``lenient`` the invalid cases are left out and named among the warnings.
    """
    from cogov.backends import open_backend
    from cogov.classification import classify
    from cogov.pipeline import read_valid
    from cogov.propositions import run_all

    step = step or (lambda _name: None)
    files = [str(path) for path in paths] or [str(path) for path in default_paths()]
    step("load and validate")
    prepared = read_valid(files, lenient=lenient, lang=lang)
    problems = list(prepared.problems)
    invalid = set(prepared.skipped)
    step("classify")
    backend = open_backend()
    try:
        classification = classify(prepared, threshold=threshold, backend=backend)
        records = {case.id: case for case in prepared.cases}
        kinds = instrument_kinds(backend)
        cases = [_case_view(row, records.get(row["id"]), kinds) for row in classification.rows]
        cases.sort(key=lambda case: case.id)
        added = [_with_file(p, prepared.files, files) for p in classification.warnings]
        warnings = problems + added
        if invalid:
            warnings.append(
                Problem(
                    file=None,
                    severity="warning",
                    message="left out of the report because they do not validate: "
                    + ", ".join(sorted(invalid)),
                )
            )
        step("questions")
        questions = _answer_questions(backend)
        propositions = run_all(backend)
    finally:
        backend.close()
    data = ReportData(
        cases=cases,
        files=files,
        threshold=threshold,
        warnings=warnings,
        questions=questions,
        skipped=sorted(invalid),
        lang=lang,
        propositions=propositions,
    )
    return data, (prepared.ntriples() + classification.added, prepared.base)


def _key(node: Any) -> str:
    """The contract key of a code-list IRI ``cogov:{scheme}-{key}``."""
    text = str(node)
    if text.startswith(NAMESPACE) and "-" in text:
        return text[len(NAMESPACE) :].split("-", 1)[1]
    return text


def _case_view(row: dict[str, Any], case: Any, kinds: dict[str, str]) -> CaseView:
    """What the page shows of one case: its classification row and its coded record."""
    from cogov.loaders.rdf import concept

    view = CaseView(
        id=str(row["id"]),
        type=str(row.get("type") or ""),
        type_name=str(row.get("type_name") or ""),
        mode=str(row["mode"]) if row.get("mode") else None,
        formalization=_opt(row.get("formalization")),
        activity_level=_opt(row.get("activity_level")),
    )
    if case is None:
        return view
    view.name_zh = case.name.get("zh")
    view.name_en = case.name.get("en")
    view.domain, view.start, view.end = case.domain, case.start, case.end
    view.mechanisms = sorted(case.mechanisms or ())
    view.activities = sorted(case.activities or ())
    for key in sorted(case.instruments or ()):
        kind = kinds.get(str(concept("instrument", key)), "unknown")
        view.instruments.setdefault(kind, []).append(key)
    for _prop, fieldname, _zh in DRIVERS:
        value = getattr(case.drivers, fieldname)
        if value is not None:
            view.drivers[fieldname] = str(value).lower() if isinstance(value, bool) else value
    view.sources = sorted(case.sources)
    view.phase_of = case.phase_of
    view.evidence = [
        (f"{e.field}: {e.key}" if e.key else e.field, e.quote, e.source or "")
        for e in case.evidence
        if e.field in PLACEMENT_FIELDS and e.quote is not None
    ]
    return view


#: the case fields a Table 1 placement or a mode rests on: their evidence is shown beside it
PLACEMENT_FIELDS = frozenset(
    {"mechanisms", "formalization", "activities", "activity_level", "initiation",
     "decision_autonomy"}
)  # fmt: skip


def _evidence_html(case: CaseView) -> str:
    """The quotes a placement rests on, folded under the case's name (nothing when none)."""
    if not case.evidence:
        return ""
    items = "".join(
        f"<li><code>{e(what)}</code> “{e(quote)}”"
        + (f" <small>({e(source)})</small>" if source else "")
        + "</li>"
        for what, quote, source in case.evidence
    )
    return (
        f'<details class="evidence"><summary>证据 evidence ({len(case.evidence)})</summary>'
        f"<ul>{items}</ul></details>"
    )


def _opt(value: Any, *, key: bool = False) -> str | None:
    if value is None or value == "":
        return None
    return _key(value) if key else str(value)


INSTRUMENT_KIND_QUERY = """
PREFIX cogov: <https://w3id.org/cogov#>
SELECT ?instrument ?kind WHERE { ?instrument cogov:hasInstrumentKind ?kind }
"""


def instrument_kinds(backend: Any) -> dict[str, str]:
    """instrument IRI -> kind key (authority, incentive, information), from the ontology."""
    rows = backend.select(INSTRUMENT_KIND_QUERY, {})
    return {str(row["instrument"]): _key(row["kind"]) for row in rows}


def _with_file(problem: Problem, recorded: dict[str, str], files: Sequence[str]) -> Problem:
    """The problem with the file its case was read from, when the problem does not say."""
    if problem.file or not problem.case:
        return problem
    found = recorded.get(problem.case)
    return replace(problem, file=found or (files[0] if len(files) == 1 else None))


#: questions whose answer the page already shows in its own tables
SHOWN_ELSEWHERE = frozenset({"case-classification"})
#: rows of one answer shown on the page; ``cogov query NAME`` gives them all
MAX_QUESTION_ROWS = 50


def is_case_question(question: Any) -> bool:
    """A question about the cases (it reads their ``dcterms:identifier``), not the ontology."""
    return "dcterms:identifier" in question.text


def _answer_questions(backend: Any) -> list[QuestionView]:
    """Answer every case question that needs no parameter, on the classified store."""
    from cogov import queries

    answers = []
    for question in queries.list_questions():
        if question.name in SHOWN_ELSEWHERE or not is_case_question(question):
            continue
        if any(p.default is None and not p.optional for p in question.parameters):
            continue
        rows = queries.run_question(question.name, backend, {})
        answers.append(
            QuestionView(
                name=question.name,
                title=question.zh or question.en or question.name,
                rows=list(rows),
                description=question.en if question.zh else "",
            )
        )
    return answers


# --------------------------------------------------------------------------- writing


def cases_csv(data: ReportData) -> str:
    """The classified cases as CSV, the contract's columns first; lists joined with ``;``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for case in data.cases:
        instruments = [key for keys in case.instruments.values() for key in keys]
        values = {
            "id": case.id,
            "formalization": case.formalization,
            "activity_level": case.activity_level,
            "type": case.type,
            "type_name": case.type_name,
            "mode": case.mode,
            "name_zh": case.name_zh,
            "name_en": case.name_en,
            "domain": case.domain,
            "start": case.start,
            "end": case.end,
            "mechanisms": ";".join(case.mechanisms),
            "activities": ";".join(case.activities),
            "instruments": ";".join(sorted(instruments)),
            "phase_of": case.phase_of,
            "sources": " | ".join(case.sources),
        }
        writer.writerow(
            ["" if values[c] is None else protect_formula(str(values[c])) for c in CSV_COLUMNS]
        )
    return out.getvalue()


def build_report(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str] = DEFAULT_OUT,
    *,
    threshold: int = 3,
    lenient: bool = False,
    step: Step | None = None,
    cjk_font: str | bool | None = True,
    lang: str = "en",
) -> Path:
    """Write the report folder for ``paths`` (none: the paper's cases) and return its path;
    ``lang`` is the language of its notes."""
    target = Path(out_dir)
    _check_target(target)
    data, (ntriples, base) = collect(
        paths, threshold=threshold, lenient=lenient, step=step, lang=lang
    )
    if step:
        step("write")
    turtle = to_turtle(ntriples, base)
    return write_report(data, target, turtle=turtle, cjk_font=cjk_font)


def to_turtle(ntriples: bytes, base: str | None = None) -> bytes:
    """N-Triples as Turtle, each triple once and sorted, so that the same data gives the same
    bytes (serialised by Oxigraph, much faster than rdflib's pretty printer)."""
    import pyoxigraph as ox

    lines = sorted(set(ntriples.splitlines()) - {b""})  # a triple's line is its sort key
    triples = ox.parse(b"\n".join(lines), format=ox.RdfFormat.N_TRIPLES)
    prefixes = dict(DATA_PREFIXES)
    if base:
        prefixes["case"] = base
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""


def write_report(
    data: ReportData,
    target: str | os.PathLike[str],
    *,
    turtle: str | bytes = "",
    cjk_font: str | bool | None = True,
) -> Path:
    """Write ``data`` as a report folder, built beside ``target`` and renamed into place."""
    from cogov.chart import ChartCase, draw_table1

    target = Path(target)
    _check_target(target)
    chart = draw_table1(
        [ChartCase(c.id, c.name_zh, c.name_en, c.type, c.mode) for c in data.cases],
        font=cjk_font,
    )
    page = render_html(data, cjk_font=chart.cjk_font)
    with atomic_dir(target) as building:
        write_text(building / "index.html", page)
        write_bytes(building / "table1.png", chart.png)
        write_bytes(building / "table1.svg", chart.svg)
        write_text(building / "cases.csv", cases_csv(data))
        write_bytes(building / "cases.ttl", turtle.encode() if isinstance(turtle, str) else turtle)
    return target


def _check_target(target: Path) -> None:
    """Refuse to replace anything that is not an earlier report folder."""
    if target.exists() and not target.is_dir():
        raise UsageError(f"{target} is a file; give a folder for the report with -o")
    if target.is_dir() and any(target.iterdir()) and not (target / "index.html").is_file():
        raise UsageError(
            f"{target} is a folder that holds other files; the report replaces its folder, "
            "so give a new or an earlier report folder with -o"
        )


# --------------------------------------------------------------------------- HTML


def e(value: object) -> str:
    """Escape any value for HTML text and attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def _css() -> str:
    return (importlib_resources.files("cogov") / "report_assets" / "report.css").read_text(
        encoding="utf-8"
    )


def _h2(anchor: str, zh: str, en: str) -> str:
    return f'<h2 id="{e(anchor)}">{e(zh)}<span class="en">{e(en)}</span></h2>'


def _case_name(case: CaseView) -> str:
    if case.name_zh and case.name_en:
        return f'{e(case.name_zh)}<br><small lang="en">{e(case.name_en)}</small>'
    return e(case.name_zh or case.name_en or case.id)


def render_html(data: ReportData, *, cjk_font: str | None) -> str:
    """The report page; every piece of user text is escaped."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-Hans"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>CoGov 报告 report</title>",
        f"<style>{_css()}</style></head><body><main>",
        (
            '<h1>地方政府协同治理案例报告<span class="en">Local government collaborative '
            "governance: case report</span></h1>"
        ),
        (
            f'<p class="lead">CoGov {e(__version__)} · '
            f"{e(datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC'))} · "
            f"{e(', '.join(Path(f).name for f in data.files))}</p>"
        ),
        _overview(data, cjk_font),
        _warnings(data),
        _table1(data),
        _modes(data),
        _cases_table(data),
        _instrument_mix(data),
        _drivers(data),
        _questions(data),
        _propositions(data),
        (
            "<footer>表1引自《地方政府协同治理研究:概念、模式与动因》。Table 1 after the source "
            "paper; formalisation is high when a case has a formal mechanism, activities are many "
            f"from {e(data.threshold)} distinct activities on, unless the coder says otherwise."
            "</footer>"
        ),
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def _overview(data: ReportData, cjk_font: str | None) -> str:
    types = data.type_counts()
    modes = data.mode_counts()
    boxes = [f"<div><b>{len(data.cases)}</b>案例 cases</div>"]
    for letter, (zh, en) in TYPE_NAMES.items():
        boxes.append(f"<div><b>{types.get(letter, 0)}</b>{letter} {e(zh)} {e(en)}</div>")
    for mode, (zh, en) in MODE_NAMES.items():
        boxes.append(f"<div><b>{modes.get(mode, 0)}</b>{e(zh)}<br>{e(en)}</div>")
    out = [_h2("overview", "概览", "Overview"), '<div class="counts">', *boxes, "</div>"]
    errors = sum(1 for p in data.warnings if p.severity == "error")
    out.append(
        f"<p>{len(data.warnings)} 条提示 notes ({errors} errors), "
        f"{len(data.skipped)} 个案例未通过验证而略去 cases left out as invalid.</p>"
    )
    if cjk_font is None:
        out.append(
            '<p class="note">未找到中文字体,图中以英文名称显示。No CJK font was found on this '
            "machine, so the chart shows English names; install a CJK font such as Noto Sans "
            "CJK (Debian: <code>fonts-noto-cjk</code>) to see the Chinese names.</p>"
        )
    return "\n".join(out)


def _table1(data: ReportData) -> str:
    by_type: dict[str, list[CaseView]] = {letter: [] for letter in TYPE_NAMES}
    for case in data.cases:
        by_type.setdefault(case.type, []).append(case)

    def cell(letter: str) -> str:
        zh, en = TYPE_NAMES[letter]
        items = "".join(
            f'<li data-case="{e(c.id)}" title="{e(c.name_en or c.id)}">{e(c.label)} '
            f"<small>({e(_mode_short(c.mode))})</small>{_evidence_html(c)}</li>"
            for c in sorted(by_type[letter], key=lambda c: c.id)
        )
        return (
            f'<td class="type-{letter}" data-type="{letter}"><b>{letter}. {e(zh)} {e(en)}</b>'
            f" ({len(by_type[letter])})<ul>{items}</ul></td>"
        )

    return "\n".join(
        [
            _h2("table1", "表1 地方协同行为的类型划分", "Table 1: types of collaboration"),
            (
                '<table class="table1" id="table1-grid"><thead><tr><th>正式化程度 formalisation'
                " \\ 协同活动 activities</th><th>少 few</th><th>多 many</th></tr></thead><tbody>"
            ),
            f'<tr><th class="row">低 low</th>{cell("A")}{cell("B")}</tr>',
            f'<tr><th class="row">高 high</th>{cell("C")}{cell("D")}</tr>',
            "</tbody></table>",
            _unclassified(by_type.get("", [])),
            (
                '<figure id="chart"><img src="table1.png" onload="this.dataset.loaded=1" '
                'alt="Table 1 chart: each case in its cell" width="1210" height="1056">'
                "<figcaption>表1图示 Table 1 as a chart "
                '(<a href="table1.svg">SVG</a>) — ○ voluntary 自愿 · ◆ autonomous under a '
                "superior's requirement 自主 · ■ preempted 取代</figcaption></figure>"
            ),
        ]
    )


def unreported_fields(case: CaseView) -> list[str]:
    """What keeps a case out of Table 1: the fields whose evidence is not reported."""
    return [
        field
        for field, value in (
            ("mechanisms", case.formalization),
            ("activities", case.activity_level),
        )
        if value == "not_reported"
    ]


def _unclassified(cases: Sequence[CaseView]) -> str:
    """The cases placed in no type for lack of evidence, in their own box, with what is missing."""
    items = "".join(
        f'<li data-case="{e(c.id)}" title="{e(c.name_en or c.id)}">{e(c.label)} '
        f"<small>(未报告 not reported: {e(', '.join(unreported_fields(c)))})</small>"
        f"{_evidence_html(c)}</li>"
        for c in sorted(cases, key=lambda c: c.id)
    )
    return (
        f'<div class="unclassified" id="unclassified" data-type="unclassified">'
        f"<b>未归类(证据不足) unclassified for lack of evidence</b> ({len(cases)})"
        f"<ul>{items}</ul></div>"
    )


def _keys(keys: Sequence[str]) -> str:
    """Code-list keys, one per line, breakable after each underscore."""
    return "<br>".join(e(key).replace("_", "_<wbr>") for key in keys)


def _mode_cell(mode: str | None) -> str:
    zh = MODE_NAMES.get(mode or "", ("—", ""))[0]
    return f"{e(zh)}<br><small><code>{e(mode or '')}</code></small>"


def _mode_short(mode: str | None) -> str:
    return MODE_NAMES.get(mode or "", ("—", mode or "no mode"))[1]


def _modes(data: ReportData) -> str:
    rows = []
    for mode, (zh, en) in MODE_NAMES.items():
        members = [c for c in data.cases if c.mode == mode]
        names = "; ".join(e(c.label) for c in members) or "—"
        rows.append(
            f'<tr data-mode="{e(mode)}"><td>{e(zh)}<br><small>{e(en)}</small></td>'
            f'<td class="num">{len(members)}</td><td>{names}</td></tr>'
        )
    return "\n".join(
        [
            _h2("modes", "治理模式", "Modes"),
            (
                "<table><thead><tr><th>模式 mode</th><th class=num>n</th><th>案例 cases</th></tr>"
                "</thead><tbody>"
            ),
            *rows,
            "</tbody></table>",
        ]
    )


def _cases_table(data: ReportData) -> str:
    rows = []
    for c in data.cases:
        period = f"{e(c.start)}–{e(c.end)}" if c.end else f"{e(c.start)}–"
        mix = "<br>".join(
            f"<b>{e(INSTRUMENT_KINDS.get(kind, (kind, kind))[0])}</b> {_keys(keys)}"
            for kind, keys in sorted(c.instruments.items())
        )
        sources = "".join(f'<small class="src">{e(s)}</small>' for s in c.sources)
        if sources:
            sources = (
                f"<details><summary>来源 sources ({len(c.sources)})</summary>{sources}</details>"
            )
        phase = f"<br><small>phase of {e(c.phase_of)}</small>" if c.phase_of else ""
        rows.append(
            f'<tr id="case-{e(c.id)}"><td><code>{e(c.id)}</code>{phase}</td>'
            f"<td>{_case_name(c)}{sources}</td><td>{e(c.domain)}</td><td>{period}</td>"
            f"<td>{e(c.type)} {e(c.type_name)}</td><td>{_mode_cell(c.mode)}</td>"
            f'<td class="keys">{_keys(c.mechanisms) or "—"}</td>'
            f'<td class="keys">{_keys(c.activities) or "—"}</td>'
            f'<td class="keys">{mix or "—"}</td></tr>'
        )
    return "\n".join(
        [
            _h2("cases", "案例", "Cases"),
            (
                '<div class="wide"><table id="cases"><thead><tr><th>id</th>'
                '<th>名称 name · 来源 sources</th>'
                "<th>领域 domain</th><th>时间 years</th><th>类型 type</th><th>模式 mode</th>"
                "<th>机制 mechanisms</th><th>活动 activities</th><th>工具 instruments</th></tr>"
                "</thead><tbody>"
            ),
            *rows,
            "</tbody></table></div>",
        ]
    )


def _instrument_mix(data: ReportData) -> str:
    kinds = list(INSTRUMENT_KINDS)
    rows = []
    for mode, (zh, en) in MODE_NAMES.items():
        members = [c for c in data.cases if c.mode == mode]
        counts = [sum(len(c.instruments.get(k, [])) for c in members) for k in kinds]
        with_any = sum(1 for c in members if c.instruments)
        rows.append(
            f"<tr><td>{e(zh)}<br><small>{e(en)}</small></td>"
            + "".join(f'<td class="num">{n}</td>' for n in counts)
            + f'<td class="num">{with_any} / {len(members)}</td></tr>'
        )
    head = "".join(f"<th class=num>{e(zh)} {e(en)}</th>" for zh, en in INSTRUMENT_KINDS.values())
    return "\n".join(
        [
            _h2("instruments", "纵向干预工具组合", "Instrument mix of vertical intervention"),
            "<p>每种模式下各类工具被使用的次数。"
            "Times each kind of instrument is used, by mode.</p>",
            (
                f"<table id=instrument-mix><thead><tr><th>模式 mode</th>{head}"
                "<th class=num>有工具的案例 cases with instruments</th></tr></thead><tbody>"
            ),
            *rows,
            "</tbody></table>",
        ]
    )


def _drivers(data: ReportData) -> str:
    letters = list(TYPE_NAMES)
    rows = []
    for _prop, fieldname, zh in DRIVERS:
        values = sorted({c.drivers[fieldname] for c in data.cases if fieldname in c.drivers})
        for value in values:
            counts = [
                sum(1 for c in data.cases if c.type == t and c.drivers.get(fieldname) == value)
                for t in letters
            ]
            rows.append(
                f"<tr><td>{e(zh)} {e(fieldname)}</td><td>{e(value)}</td>"
                + "".join(f'<td class="num">{n}</td>' for n in counts)
                + "</tr>"
            )
    head = "".join(f"<th class=num>{t} {e(TYPE_NAMES[t][0])}</th>" for t in letters)
    body = rows or [f'<tr><td colspan="{2 + len(letters)}">没有编码动因 no drivers coded</td></tr>']
    return "\n".join(
        [
            _h2("drivers", "动因(按类型)", "Drivers by type"),
            (
                f"<table id=drivers><thead><tr><th>动因 driver</th><th>值 value</th>{head}</tr>"
                "</thead><tbody>"
            ),
            *body,
            "</tbody></table>",
        ]
    )


def _questions(data: ReportData) -> str:
    out = [_h2("questions", "问题", "Questions")]
    if not data.questions:
        out.append("<p>没有可回答的问题。No named question was answered.</p>")
    for question in data.questions:
        out.append(f"<h3>{e(question.title)} <small><code>{e(question.name)}</code></small></h3>")
        if question.description:
            out.append(f'<p class="lead">{e(question.description)}</p>')
        if not question.rows:
            out.append("<p>无结果 no rows</p>")
            continue
        columns = list(question.rows[0])
        shown = question.rows[:MAX_QUESTION_ROWS]
        if len(shown) < len(question.rows):
            out.append(
                f"<p>前 {len(shown)} 行,共 {len(question.rows)} 行。The first {len(shown)} of "
                f"{len(question.rows)} rows; <code>cogov query {e(question.name)}</code> gives "
                "them all.</p>"
            )
        out.append('<div class="wide"><table><thead><tr>')
        out.append("".join(f"<th>{e(c)}</th>" for c in columns) + "</tr></thead><tbody>")
        for row in shown:
            out.append(
                "<tr>" + "".join(f"<td>{e(_plain(row.get(c)))}</td>" for c in columns) + "</tr>"
            )
        out.append("</tbody></table></div>")
    return "\n".join(out)


def _propositions(data: ReportData) -> str:
    """One section per proposition: its 2x2 table, the statistic and a verdict in words."""
    from cogov.propositions import ALPHA, MIN_CASES

    out = [
        _h2("propositions", "命题检验", "Propositions tested on the cases"),
        (
            "<p>每个命题以其范围内案例的条件×结果交叉表检验(Fisher 精确检验或二项检验,双侧);"
            "少量案例只能描述已编码的案例,不能证实或否定论文的命题。Each claim is tested as a "
            "cross-tabulation of condition by outcome over the cases in its scope (Fisher's "
            f"exact test or a binomial test, two-sided, alpha {ALPHA}). With {len(data.cases)} "
            "cases a table describes the coded cases; it can neither prove nor refute the "
            "paper's claim. <code>cogov propositions</code> gives the same results.</p>"
        ),
    ]
    if not data.propositions:
        out.append("<p>没有检验命题。No proposition was tested.</p>")
    for result in data.propositions:
        p, t = result.proposition, result.table
        out.append(f'<h3 id="prop-{e(p.name)}">{e(p.claim)} <small><code>{e(p.name)}</code>')
        out.append(f"</small></h3><p class=lead>论文 the paper, {e(p.section)}: ")
        out.append(" … ".join(f"“{e(q)}”" for q in p.quotes) + "</p>")
        out.append(f"<p>范围 scope: {e(p.scope)}</p>")
        if p.test == "share":
            out.append(
                f"<table class=prop><tbody><tr><td>{e(p.outcome)}</td>"
                f'<td class="num">{t.a}</td></tr><tr><td>not so</td>'
                f'<td class="num">{t.b}</td></tr></tbody></table>'
            )
        else:
            out.append(
                "<table class=prop><thead><tr><th></th><th>结果 outcome: yes</th>"
                "<th>结果 outcome: no</th></tr></thead><tbody>"
                f'<tr><td>条件 condition: yes</td><td class="num">{t.a}</td>'
                f'<td class="num">{t.b}</td></tr>'
                f'<tr><td>条件 condition: no</td><td class="num">{t.c}</td>'
                f'<td class="num">{t.d}</td></tr></tbody></table>'
            )
            out.append(f"<p><small>条件 condition: {e(p.condition)}; 结果 outcome: ")
            out.append(f"{e(p.outcome)}</small></p>")
        stats = f"n = {result.n} (the test needs at least {MIN_CASES[p.test]})"
        if result.odds_ratio is not None:
            stats += f", odds ratio {result.odds_ratio:.3g}"
        if result.p_value is not None:
            stats += f", p = {result.p_value:.3g}"
        out.append(
            f"<p>{e(stats)}; 未计入 left out: {result.out_of_scope} out of scope, "
            f"{result.not_coded} not coded, {result.unclassified} unclassified.</p>"
        )
        out.append(f"<p><b>结论 verdict:</b> {e(result.verdict)}</p>")
        if p.note:
            out.append(f'<p class="note">{e(p.note)}</p>')
    return "\n".join(out)


def _plain(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return _key(text) if text.startswith(NAMESPACE) else text


def _warnings(data: ReportData) -> str:
    out = [_h2("warnings", "提示与警告", "Warnings")]
    if not data.warnings:
        out.append("<p>没有警告。No warnings.</p>")
        return "\n".join(out)
    out.append("<table id=warnings><thead><tr><th>级别 severity</th><th>位置 where</th>")
    out.append("<th>说明 message</th></tr></thead><tbody>")
    for p in data.warnings:
        # a file is named as the user gave it; an absolute path (the bundled data) by its name
        shown = replace(p, file=Path(p.file).name) if p.file and os.path.isabs(p.file) else p
        out.append(
            f'<tr><td class="sev-{e(p.severity)}">{e(p.severity)}</td><td>{e(shown.where())}</td>'
            f"<td>{e(p.message_in(data.lang))}</td></tr>"
        )
    out.append("</tbody></table>")
    return "\n".join(out)
