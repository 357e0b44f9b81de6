"""``cogov report``: the cases validated, classified, charted and written to one folder.

:func:`build_report` loads case files (the bundled paper cases when none are given), validates
them with the SHACL shapes, classifies them with the rules of ``queries/rules/``, answers the
named questions that need no parameter, and writes a folder that appears complete or not at
all:

- ``index.html``: one self-contained page (inline CSS) in English or Chinese (``lang``): Table 1
  with the case names, the modes, each case's instrument mix, the drivers by type, the answers, the
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
from cogov.chart import CELLS, MODE_MARKERS, WORDS
from cogov.errors import Problem, UsageError
from cogov.loaders.cells import protect_formula
from cogov.resources import DATA_PREFIXES, NAMESPACE, data_dir

BUNDLED_FILE = "paper-cases.yaml"
DEFAULT_OUT = "cogov-report"
FILES = ("index.html", "table1.png", "table1.svg", "cases.csv", "cases.ttl")

#: Table 1's types: letter -> (Chinese, English), as the chart names them
TYPE_NAMES = {letter: (zh, en) for letter, (_row, _col, zh, en) in CELLS.items()}
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

    def label_in(self, lang: str) -> str:
        """The case's name in ``lang``, else in the other language, else its id."""
        names = (self.name_zh, self.name_en) if lang == "zh" else (self.name_en, self.name_zh)
        return names[0] or names[1] or self.id


@dataclass
class QuestionView:
    """The answer to one named question."""

    name: str
    zh: str  # the question in Chinese
    rows: list[dict[str, Any]]
    en: str = ""  # and in English


@dataclass
class ReportData:
    """Everything the page, the chart and the CSV are made from."""

    cases: list[CaseView]
    files: list[str]
    threshold: int = 3
    warnings: list[Problem] = field(default_factory=list)
    lang: str = "en"  # the language of the page and the chart: en or zh
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
        questions = _answer_questions(backend, lang)
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


def _evidence_html(case: CaseView, lang: str) -> str:
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
        f'<details class="evidence"><summary>{say(lang, "证据", "evidence")} '
        f"({len(case.evidence)})</summary>"
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


def _answer_questions(backend: Any, lang: str) -> list[QuestionView]:
    """Answer every case question that needs no parameter, on the classified store, the case
    names in ``lang``."""
    from cogov import queries

    answers = []
    for question in queries.list_questions():
        if question.name in SHOWN_ELSEWHERE or not is_case_question(question):
            continue
        if any(p.default is None and not p.optional for p in question.parameters):
            continue
        rows = queries.run_question(question.name, backend, {}, lang=lang)
        answers.append(
            QuestionView(
                name=question.name,
                zh=question.zh,
                rows=list(rows),
                en=question.en,
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
    ``lang`` (``en`` or ``zh``) is the language of the page and the chart."""
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
        lang=data.lang,
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


def say(lang: str, zh: str, en: str) -> str:
    """The page's words in its language (``zh`` or ``en``).

    >>> say("zh", "案例", "cases"), say("en", "案例", "cases")
    ('案例', 'cases')
    """
    return zh if lang == "zh" else en


def _h2(anchor: str, lang: str, zh: str, en: str) -> str:
    return f'<h2 id="{e(anchor)}">{e(say(lang, zh, en))}</h2>'


def _case_name(case: CaseView, lang: str) -> str:
    """The case's name in the page's language, the other one below it where it has both."""
    first, other = (case.name_zh, case.name_en) if lang == "zh" else (case.name_en, case.name_zh)
    other_lang = "en" if lang == "zh" else "zh"
    if first and other:
        return f'{e(first)}<br><small lang="{other_lang}">{e(other)}</small>'
    return e(first or other or case.id)


def render_html(data: ReportData, *, cjk_font: str | None) -> str:
    """The report page in ``data.lang``; every piece of user text is escaped."""
    lang = data.lang
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-Hans" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{say(lang, 'CoGov 报告', 'CoGov report')}</title>",
        f"<style>{_css()}</style></head><body><main>",
        "<h1>"
        + say(lang, "地方政府协同治理案例报告", "Local government collaborative governance: "
              "case report")
        + "</h1>",
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
        "<footer>"
        + say(
            lang,
            "表1引自《地方政府协同治理研究:概念、模式与动因》。案例有正式机制时正式化程度为高;"
            f"不同协同活动达到 {e(data.threshold)} 项时协同活动为多;编码者另有判断时从其判断。",
            "Table 1 after the source paper; formalisation is high when a case has a formal "
            f"mechanism, activities are many from {e(data.threshold)} distinct activities on, "
            "unless the coder says otherwise.",
        )
        + "</footer>",
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def _overview(data: ReportData, cjk_font: str | None) -> str:
    lang = data.lang
    types = data.type_counts()
    modes = data.mode_counts()
    boxes = [f"<div><b>{len(data.cases)}</b>{say(lang, '案例', 'cases')}</div>"]
    for letter, (zh, en) in TYPE_NAMES.items():
        boxes.append(f"<div><b>{types.get(letter, 0)}</b>{letter} {e(say(lang, zh, en))}</div>")
    for mode, (zh, en) in MODE_NAMES.items():
        boxes.append(f"<div><b>{modes.get(mode, 0)}</b>{e(say(lang, zh, en))}</div>")
    out = [_h2("overview", lang, "概览", "Overview"), '<div class="counts">', *boxes, "</div>"]
    errors = sum(1 for p in data.warnings if p.severity == "error")
    out.append(
        say(
            lang,
            f"<p>{len(data.warnings)} 条提示(其中 {errors} 条错误),"
            f"{len(data.skipped)} 个案例未通过验证而略去。</p>",
            f"<p>{len(data.warnings)} notes ({errors} errors), "
            f"{len(data.skipped)} cases left out as invalid.</p>",
        )
    )
    if lang == "zh" and cjk_font is None:
        out.append(
            '<p class="note">未找到中文字体,图中以英文名称显示。请安装中文字体,例如 Noto Sans '
            "CJK(Debian: <code>fonts-noto-cjk</code>),即可在图中看到中文名称。</p>"
        )
    return "\n".join(out)


def _table1(data: ReportData) -> str:
    lang = data.lang
    by_type: dict[str, list[CaseView]] = {letter: [] for letter in TYPE_NAMES}
    for case in data.cases:
        by_type.setdefault(case.type, []).append(case)

    def cell(letter: str) -> str:
        zh, en = TYPE_NAMES[letter]
        items = "".join(
            f'<li data-case="{e(c.id)}" title="{e(c.id)}">{e(c.label_in(lang))} '
            f"<small>({e(_mode_short(c.mode, lang))})</small>{_evidence_html(c, lang)}</li>"
            for c in sorted(by_type[letter], key=lambda c: c.id)
        )
        return (
            f'<td class="type-{letter}" data-type="{letter}"><b>{letter}. {e(say(lang, zh, en))}'
            f"</b> ({len(by_type[letter])})<ul>{items}</ul></td>"
        )

    legend = " · ".join(f"{mark} {say(lang, zh, en)}" for mark, zh, en in MODE_MARKERS.values())
    low, high, few, many = (say(lang, *WORDS[k]) for k in ("low", "high", "few", "many"))
    alt = say(lang, "表1图示:各案例位于其类型格中", "Table 1 chart: each case in its cell")
    return "\n".join(
        [
            _h2("table1", lang, "表1 地方协同行为的类型划分", "Table 1: types of collaboration"),
            (
                '<table class="table1" id="table1-grid"><thead><tr><th>'
                + say(lang, "正式化程度 \\ 协同活动", "formalisation \\ activities")
                + f"</th><th>{few}</th><th>{many}</th></tr></thead><tbody>"
            ),
            f'<tr><th class="row">{low}</th>{cell("A")}{cell("B")}</tr>',
            f'<tr><th class="row">{high}</th>{cell("C")}{cell("D")}</tr>',
            "</tbody></table>",
            _unclassified(by_type.get("", []), lang),
            (
                '<figure id="chart"><img src="table1.png" onload="this.dataset.loaded=1" '
                f'alt="{alt}" '
                'width="1210" height="1056">'
                f"<figcaption>{say(lang, '表1图示', 'Table 1 as a chart')} "
                f'(<a href="table1.svg">SVG</a>) — {e(legend)}</figcaption></figure>'
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


def _unclassified(cases: Sequence[CaseView], lang: str) -> str:
    """The cases placed in no type for lack of evidence, in their own box, with what is missing."""
    items = "".join(
        f'<li data-case="{e(c.id)}" title="{e(c.id)}">{e(c.label_in(lang))} '
        f"<small>({say(lang, '未报告', 'not reported')}: "
        f"{e(', '.join(unreported_fields(c)))})</small>{_evidence_html(c, lang)}</li>"
        for c in sorted(cases, key=lambda c: c.id)
    )
    return (
        f'<div class="unclassified" id="unclassified" data-type="unclassified">'
        f"<b>{say(lang, *WORDS['unclassified'])}</b> ({len(cases)})<ul>{items}</ul></div>"
    )


def _keys(keys: Sequence[str]) -> str:
    """Code-list keys, one per line, breakable after each underscore."""
    return "<br>".join(e(key).replace("_", "_<wbr>") for key in keys)


def _mode_cell(mode: str | None, lang: str) -> str:
    name = _mode_short(mode, lang) if mode in MODE_NAMES else "—"
    return f"{e(name)}<br><small><code>{e(mode or '')}</code></small>"


def _mode_short(mode: str | None, lang: str) -> str:
    if mode in MODE_NAMES:
        return say(lang, *MODE_NAMES[mode])
    return mode or say(lang, "无模式", "no mode")


def _modes(data: ReportData) -> str:
    lang = data.lang
    rows = []
    for mode, (zh, en) in MODE_NAMES.items():
        members = [c for c in data.cases if c.mode == mode]
        names = "; ".join(e(c.label_in(lang)) for c in members) or "—"
        rows.append(
            f'<tr data-mode="{e(mode)}"><td>{e(say(lang, zh, en))}</td>'
            f'<td class="num">{len(members)}</td><td>{names}</td></tr>'
        )
    return "\n".join(
        [
            _h2("modes", lang, "治理模式", "Modes"),
            (
                f"<table><thead><tr><th>{say(lang, '模式', 'mode')}</th><th class=num>n</th>"
                f"<th>{say(lang, '案例', 'cases')}</th></tr></thead><tbody>"
            ),
            *rows,
            "</tbody></table>",
        ]
    )


def _cases_table(data: ReportData) -> str:
    lang = data.lang
    rows = []
    for c in data.cases:
        period = f"{e(c.start)}–{e(c.end)}" if c.end else f"{e(c.start)}–"
        mix = "<br>".join(
            f"<b>{e(say(lang, *INSTRUMENT_KINDS.get(kind, (kind, kind))))}</b> {_keys(keys)}"
            for kind, keys in sorted(c.instruments.items())
        )
        sources = "".join(f'<small class="src">{e(s)}</small>' for s in c.sources)
        if sources:
            sources = (
                f"<details><summary>{say(lang, '来源', 'sources')} ({len(c.sources)})</summary>"
                f"{sources}</details>"
            )
        phase = (
            f"<br><small>{say(lang, '阶段,属于', 'phase of')} {e(c.phase_of)}</small>"
            if c.phase_of
            else ""
        )
        type_name = say(lang, *TYPE_NAMES[c.type]) if c.type in TYPE_NAMES else c.type_name
        rows.append(
            f'<tr id="case-{e(c.id)}"><td><code>{e(c.id)}</code>{phase}</td>'
            f"<td>{_case_name(c, lang)}{sources}</td><td>{e(c.domain)}</td><td>{period}</td>"
            f"<td>{e(c.type)} {e(type_name)}</td><td>{_mode_cell(c.mode, lang)}</td>"
            f'<td class="keys">{_keys(c.mechanisms) or "—"}</td>'
            f'<td class="keys">{_keys(c.activities) or "—"}</td>'
            f'<td class="keys">{mix or "—"}</td></tr>'
        )
    heads = (
        ("id", "id"), ("名称 · 来源", "name · sources"), ("领域", "domain"), ("时间", "years"),
        ("类型", "type"), ("模式", "mode"), ("机制", "mechanisms"), ("活动", "activities"),
        ("工具", "instruments"),
    )  # fmt: skip
    return "\n".join(
        [
            _h2("cases", lang, "案例", "Cases"),
            '<div class="wide"><table id="cases"><thead><tr>'
            + "".join(f"<th>{say(lang, zh, en)}</th>" for zh, en in heads)
            + "</tr></thead><tbody>",
            *rows,
            "</tbody></table></div>",
        ]
    )


def _instrument_mix(data: ReportData) -> str:
    lang = data.lang
    kinds = list(INSTRUMENT_KINDS)
    rows = []
    for mode, (zh, en) in MODE_NAMES.items():
        members = [c for c in data.cases if c.mode == mode]
        counts = [sum(len(c.instruments.get(k, [])) for c in members) for k in kinds]
        with_any = sum(1 for c in members if c.instruments)
        rows.append(
            f"<tr><td>{e(say(lang, zh, en))}</td>"
            + "".join(f'<td class="num">{n}</td>' for n in counts)
            + f'<td class="num">{with_any} / {len(members)}</td></tr>'
        )
    head = "".join(
        f"<th class=num>{e(say(lang, zh, en))}</th>" for zh, en in INSTRUMENT_KINDS.values()
    )
    return "\n".join(
        [
            _h2("instruments", lang, "纵向干预工具组合", "Instrument mix of vertical intervention"),
            say(
                lang,
                "<p>每种模式下各类工具被使用的次数。</p>",
                "<p>Times each kind of instrument is used, by mode.</p>",
            ),
            (
                f"<table id=instrument-mix><thead><tr><th>{say(lang, '模式', 'mode')}</th>{head}"
                f"<th class=num>{say(lang, '有工具的案例', 'cases with instruments')}</th>"
                "</tr></thead><tbody>"
            ),
            *rows,
            "</tbody></table>",
        ]
    )


def _drivers(data: ReportData) -> str:
    lang = data.lang
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
                f"<tr><td>{e(say(lang, zh + ' ', ''))}<code>{e(fieldname)}</code></td>"
                f"<td>{e(value)}</td>"
                + "".join(f'<td class="num">{n}</td>' for n in counts)
                + "</tr>"
            )
    head = "".join(f"<th class=num>{t} {e(say(lang, *TYPE_NAMES[t]))}</th>" for t in letters)
    none = say(lang, "没有编码动因", "no drivers coded")
    body = rows or [f'<tr><td colspan="{2 + len(letters)}">{none}</td></tr>']
    return "\n".join(
        [
            _h2("drivers", lang, "动因(按类型)", "Drivers by type"),
            (
                f"<table id=drivers><thead><tr><th>{say(lang, '动因', 'driver')}</th>"
                f"<th>{say(lang, '值', 'value')}</th>{head}</tr></thead><tbody>"
            ),
            *body,
            "</tbody></table>",
        ]
    )


def _questions(data: ReportData) -> str:
    lang = data.lang
    out = [_h2("questions", lang, "问题", "Questions")]
    if not data.questions:
        out.append(say(lang, "<p>没有可回答的问题。</p>", "<p>No named question was answered.</p>"))
    for question in data.questions:
        title = say(lang, question.zh or question.en, question.en or question.zh) or question.name
        out.append(f"<h3>{e(title)} <small><code>{e(question.name)}</code></small></h3>")
        if not question.rows:
            out.append(f"<p>{say(lang, '无结果', 'no rows')}</p>")
            continue
        columns = list(question.rows[0])
        shown = question.rows[:MAX_QUESTION_ROWS]
        if len(shown) < len(question.rows):
            command = f"<code>cogov query {e(question.name)}</code>"
            out.append(
                say(
                    lang,
                    f"<p>前 {len(shown)} 行,共 {len(question.rows)} 行;{command} 给出全部。</p>",
                    f"<p>The first {len(shown)} of {len(question.rows)} rows; {command} gives "
                    "them all.</p>",
                )
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
    """One section per proposition: its 2x2 table, the statistic and a verdict in words.

    The propositions' claims, scopes and verdicts are written in English only
    (``queries/propositions/``); the quotes are the paper's, in Chinese."""
    from cogov.propositions import ALPHA, MIN_CASES

    lang = data.lang
    out = [
        _h2("propositions", lang, "命题检验", "Propositions tested on the cases"),
        say(
            lang,
            "<p>每个命题以其范围内案例的条件×结果交叉表检验(Fisher 精确检验或二项检验,双侧,"
            f"α = {ALPHA});{len(data.cases)} 个案例的交叉表只描述已编码的案例,"
            "不能证实或否定论文的命题。<code>cogov propositions</code> 给出相同结果。"
            "命题的陈述与结论仅有英文。</p>",
            "<p>Each claim is tested as a cross-tabulation of condition by outcome over the "
            "cases in its scope (Fisher's exact test or a binomial test, two-sided, alpha "
            f"{ALPHA}). With {len(data.cases)} cases a table describes the coded cases; it can "
            "neither prove nor refute the paper's claim. <code>cogov propositions</code> gives "
            "the same results.</p>",
        ),
    ]
    if not data.propositions:
        out.append(say(lang, "<p>没有检验命题。</p>", "<p>No proposition was tested.</p>"))
    yes, no = say(lang, "是", "yes"), say(lang, "否", "no")
    condition, outcome = say(lang, "条件", "condition"), say(lang, "结果", "outcome")
    for result in data.propositions:
        p, t = result.proposition, result.table
        out.append(f'<h3 id="prop-{e(p.name)}">{e(p.claim)} <small><code>{e(p.name)}</code>')
        out.append(f"</small></h3><p class=lead>{say(lang, '论文', 'the paper')}, {e(p.section)}: ")
        out.append(" … ".join(f"“{e(q)}”" for q in p.quotes) + "</p>")
        out.append(f"<p>{say(lang, '范围', 'scope')}: {e(p.scope)}</p>")
        if p.test == "share":
            out.append(
                f"<table class=prop><tbody><tr><td>{e(p.outcome)}</td>"
                f'<td class="num">{t.a}</td></tr><tr><td>{say(lang, "其余", "not so")}</td>'
                f'<td class="num">{t.b}</td></tr></tbody></table>'
            )
        else:
            out.append(
                f"<table class=prop><thead><tr><th></th><th>{outcome}: {yes}</th>"
                f"<th>{outcome}: {no}</th></tr></thead><tbody>"
                f'<tr><td>{condition}: {yes}</td><td class="num">{t.a}</td>'
                f'<td class="num">{t.b}</td></tr>'
                f'<tr><td>{condition}: {no}</td><td class="num">{t.c}</td>'
                f'<td class="num">{t.d}</td></tr></tbody></table>'
            )
            out.append(f"<p><small>{condition}: {e(p.condition)}; {outcome}: ")
            out.append(f"{e(p.outcome)}</small></p>")
        stats = say(
            lang,
            f"n = {result.n}(检验至少需要 {MIN_CASES[p.test]} 个)",
            f"n = {result.n} (the test needs at least {MIN_CASES[p.test]})",
        )
        if result.odds_ratio is not None:
            stats += say(lang, ",优势比 ", ", odds ratio ") + f"{result.odds_ratio:.3g}"
        if result.p_value is not None:
            stats += f", p = {result.p_value:.3g}"
        out.append(
            say(
                lang,
                f"<p>{e(stats)};未计入:{result.out_of_scope} 个不在范围内,"
                f"{result.not_coded} 个未编码,{result.unclassified} 个未归类。</p>",
                f"<p>{e(stats)}; left out: {result.out_of_scope} out of scope, "
                f"{result.not_coded} not coded, {result.unclassified} unclassified.</p>",
            )
        )
        out.append(f"<p><b>{say(lang, '结论', 'verdict')}:</b> {e(result.verdict)}</p>")
        if p.note:
            out.append(f'<p class="note">{e(p.note)}</p>')
    return "\n".join(out)


def _plain(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return _key(text) if text.startswith(NAMESPACE) else text


def _warnings(data: ReportData) -> str:
    lang = data.lang
    out = [_h2("warnings", lang, "提示与警告", "Warnings")]
    if not data.warnings:
        out.append(say(lang, "<p>没有警告。</p>", "<p>No warnings.</p>"))
        return "\n".join(out)
    out.append(
        f"<table id=warnings><thead><tr><th>{say(lang, '级别', 'severity')}</th>"
        f"<th>{say(lang, '位置', 'where')}</th><th>{say(lang, '说明', 'message')}</th></tr>"
        "</thead><tbody>"
    )
    for p in data.warnings:
        # a file is named as the user gave it; an absolute path (the bundled data) by its name
        shown = replace(p, file=Path(p.file).name) if p.file and os.path.isabs(p.file) else p
        out.append(
            f'<tr><td class="sev-{e(p.severity)}">{e(p.severity)}</td><td>{e(shown.where())}</td>'
            f"<td>{e(p.message_in(data.lang))}</td></tr>"
        )
    out.append("</tbody></table>")
    return "\n".join(out)
