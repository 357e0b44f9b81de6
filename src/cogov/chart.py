"""Table 1 of the paper as a 2×2 chart, with each case written into its cell.

Rows are the degree of formalisation (low, high), columns the number of collaborative
activities (few, many), as in the paper's Table 1. Each case is listed in its cell with a marker
for its mode. Chinese names need a CJK font: :func:`find_cjk_font` looks for one among the
fonts matplotlib knows; without one the chart uses English names and says so.

>>> draw_table1([ChartCase("c1", "Example", "Example", "A", "voluntary")],
...             font=None).cjk_font is None
True
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

# Font families, best first, that carry the Chinese characters the case names use.
CJK_FONT_PATTERNS = (
    r"^Noto Sans CJK SC$",
    r"^Noto Sans CJK",
    r"^Source Han Sans",
    r"^WenQuanYi",
    r"^Droid Sans Fallback$",
    r"^Noto Serif CJK",
    r"^AR PL",
)

# The paper's Table 1: (type letter) -> (row, column, Chinese name, English name).
CELLS = {
    "A": (0, 0, "偶发型", "sporadic"),
    "B": (0, 1, "规范型", "normative"),
    "C": (1, 0, "象征型", "symbolic"),
    "D": (1, 1, "制度化型", "institutionalised"),
}

#: mode -> (marker, Chinese legend, English legend)
MODE_MARKERS = {
    "voluntary": ("○", "自愿协同", "voluntary"),
    "mandated_autonomous": (
        "◆",
        "上级要求下的自主协同",
        "autonomous under a superior's requirement",
    ),
    "preempted": ("■", "上级要求下的取代协同", "preempted"),
}

#: the chart's other words, (Chinese, English)
WORDS = {
    "few": ("少", "few"),
    "many": ("多", "many"),
    "low": ("低", "low"),
    "high": ("高", "high"),
    "activities": ("协同活动", "collaborative activities"),
    "formalisation": ("正式化程度", "formalisation"),
    "unclassified": ("未归类(证据不足)", "unclassified for lack of evidence"),
    "more": ("…另有 {n} 个", "… and {n} more"),
}


def word(key: str, *, chinese: bool, **values: object) -> str:
    """One of the chart's :data:`WORDS` in its language.

    >>> word("more", chinese=True, n=3), word("more", chinese=False, n=3)
    ('…另有 3 个', '… and 3 more')
    """
    zh, en = WORDS[key]
    return (zh if chinese else en).format(**values)

MAX_NAMES_PER_CELL = 12


@dataclass(frozen=True)
class ChartCase:
    """What the chart needs of one classified case."""

    id: str
    name_zh: str | None
    name_en: str | None
    type: str
    mode: str | None


@dataclass(frozen=True)
class Chart:
    """The chart as PNG and SVG bytes, and the font it used (``None``: English names only)."""

    png: bytes
    svg: bytes
    cjk_font: str | None


def find_cjk_font() -> str | None:
    """The family name of an installed font that can draw Chinese, or ``None``."""
    from matplotlib import font_manager

    names = {entry.name for entry in font_manager.fontManager.ttflist}
    for pattern in CJK_FONT_PATTERNS:
        matches = sorted(name for name in names if re.search(pattern, name))
        if matches:
            return matches[0]
    return None


def case_label(case: ChartCase, *, chinese: bool) -> str:
    """The name shown for a case: Chinese when it can be drawn, else English, else the id."""
    if chinese and case.name_zh:
        return case.name_zh
    return case.name_en or case.id


def shorten(label: str, width: int = 52) -> str:
    """Cut a label to about ``width`` units; a Chinese character counts two.

    >>> shorten("长" * 40, 10)
    '长长长长…'
    """
    used = 0
    for index, char in enumerate(label):
        used += _units(char)
        if used > width:
            return label[: max(index - 1, 1)] + "…"
    return label


def _units(text: str) -> int:
    """The width of ``text`` in units: a Chinese character counts two."""
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def wrap_names(names: Sequence[str], width: int) -> list[str]:
    """Names joined by "; " into lines of at most ``width`` units, broken between names.

    >>> wrap_names(["甲乙协作", "ab", "丙丁"], 13)
    ['甲乙协作; ab;', '丙丁']
    """
    lines: list[str] = []
    for name in names:
        # a name joins the line when the line, "; ", the name and a closing ";" still fit
        if lines and _units(lines[-1]) + 2 + _units(name) + 1 <= width:
            lines[-1] += f"; {name}"
        else:
            lines.append(name)
    return [f"{line};" for line in lines[:-1]] + lines[-1:]


def distinct_labels(
    cases: Sequence[ChartCase], *, chinese: bool, width: int = 52
) -> dict[str, str]:
    """Each case's shortened label; labels that would read alike (two phases of one case
    whose names differ only after the cut) end with the case id instead.

    >>> a = ChartCase("bth-2013", None, "Beijing-Tianjin-Hebei air pollution joint control (2013)",
    ...               "C", None)
    >>> b = ChartCase("bth-2016", None, "Beijing-Tianjin-Hebei air pollution joint control (2016)",
    ...               "C", None)
    >>> print(*sorted(distinct_labels([a, b], chinese=False).values()), sep="\\n")
    Beijing-Tianjin-Hebei air pollution join… [bth-2013]
    Beijing-Tianjin-Hebei air pollution join… [bth-2016]
    """
    short = {c.id: shorten(case_label(c, chinese=chinese), width) for c in cases}
    seen: dict[str, int] = {}
    for label in short.values():
        seen[label] = seen.get(label, 0) + 1
    return {
        c.id: short[c.id]
        if seen[short[c.id]] == 1
        else shorten(case_label(c, chinese=chinese), width - len(c.id) - 3) + f" [{c.id}]"
        for c in cases
    }


def _cell_lines(cases: Sequence[ChartCase], *, chinese: bool) -> list[str]:
    ordered = sorted(cases, key=lambda c: (case_label(c, chinese=chinese), c.id))
    labels = distinct_labels(ordered, chinese=chinese)
    lines = []
    for case in ordered[:MAX_NAMES_PER_CELL]:
        marker = MODE_MARKERS.get(case.mode or "", ("·", "", ""))[0]
        lines.append(f"{marker} {labels[case.id]}")
    if len(ordered) > MAX_NAMES_PER_CELL:
        lines.append(word("more", chinese=chinese, n=len(ordered) - MAX_NAMES_PER_CELL))
    return lines


def draw_table1(
    cases: Sequence[ChartCase], *, font: str | bool | None = True, lang: str = "en"
) -> Chart:
    """Draw Table 1 with the cases in their cells, in ``lang`` (``zh`` or ``en``).

    In Chinese, ``font=True`` looks for a CJK font; ``font=None`` (or ``False``) forces
    English, as when no CJK font is installed. In English no CJK font is used.
    """
    import matplotlib.pyplot as plt

    cjk = None
    if lang == "zh":
        cjk = find_cjk_font() if font is True else (font or None)
    with matplotlib_context(cjk):
        fig = table1_figure(cases, cjk_font=cjk)
        try:
            png, svg = io.BytesIO(), io.BytesIO()
            fig.savefig(png, format="png", metadata={"Software": None})
            fig.savefig(svg, format="svg", metadata={"Date": None})
        finally:
            plt.close(fig)
    return Chart(png=png.getvalue(), svg=svg.getvalue(), cjk_font=cjk)


def matplotlib_context(cjk_font: str | None):  # type: ignore[no-untyped-def]
    """The rc settings of the chart: the CJK font first when there is one, text as paths."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    rc: dict[RcKeyType, Any] = {"svg.fonttype": "path", "svg.hashsalt": "cogov-table1"}
    rc["font.family"] = [cjk_font, "DejaVu Sans"] if cjk_font else ["DejaVu Sans"]
    return matplotlib.rc_context(rc)


def table1_figure(cases: Sequence[ChartCase], *, cjk_font: str | None):  # type: ignore[no-untyped-def]
    """The matplotlib figure of Table 1 (call inside :func:`matplotlib_context`)."""
    import matplotlib.pyplot as plt

    by_type: dict[str, list[ChartCase]] = {letter: [] for letter in CELLS}
    for case in cases:
        by_type.setdefault(case.type, []).append(case)
    fig, ax = plt.subplots(figsize=(11, 9.6), dpi=110)
    _draw(ax, by_type, chinese=cjk_font is not None)
    return fig


def _draw(ax, by_type: dict[str, list[ChartCase]], *, chinese: bool) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.patches import Rectangle

    colours = {"A": "#eef4fb", "B": "#e8f5e9", "C": "#fff4e5", "D": "#f3e8f7"}
    ax.set_xlim(0, 2)
    ax.set_ylim(0, 2.5)
    ax.invert_yaxis()
    ax.set_axis_off()
    for letter, (row, col, zh, en) in CELLS.items():
        cell = Rectangle((col, row), 1, 1, facecolor=colours[letter], edgecolor="#555555", lw=1.2)
        cell.set_gid(f"cell-{letter}")
        ax.add_patch(cell)
        title = f"{letter}. {zh if chinese else en}"
        count = len(by_type.get(letter, []))
        ax.text(
            col + 0.03,
            row + 0.05,
            f"{title}  (n = {count})",
            fontsize=12,
            fontweight="bold",
            va="top",
        )
        lines = _cell_lines(by_type.get(letter, []), chinese=chinese)
        ax.text(
            col + 0.04,
            row + 0.15,
            "\n".join(lines) if lines else "—",
            fontsize=9.5,
            va="top",
            linespacing=1.45,
            gid=f"cases-{letter}",
        )
    def say(key: str) -> str:
        return word(key, chinese=chinese)

    ax.text(0.5, -0.04, say("few"), ha="center", va="bottom", fontsize=11)
    ax.text(1.5, -0.04, say("many"), ha="center", va="bottom", fontsize=11)
    ax.text(-0.03, 0.5, say("low"), ha="right", va="center", fontsize=11, rotation=90)
    ax.text(-0.03, 1.5, say("high"), ha="right", va="center", fontsize=11, rotation=90)
    ax.text(1.0, -0.11, say("activities"), ha="center", va="bottom", fontsize=12,
            fontweight="bold")  # fmt: skip
    ax.text(-0.11, 1.0, say("formalisation"), ha="right", va="center", fontsize=12,
            fontweight="bold", rotation=90)  # fmt: skip
    legend = "   ".join(
        f"{mark} {zh if chinese else en}" for mark, zh, en in MODE_MARKERS.values()
    )
    # the cases placed in no type for lack of evidence, apart from the four cells
    box = Rectangle((0, 2.12), 2, 0.34, facecolor="#f2f2f2", edgecolor="#999999", lw=1, ls="--")
    box.set_gid("cell-unclassified")
    ax.add_patch(box)
    unplaced = by_type.get("", [])
    ax.text(0.03, 2.15, f"{say('unclassified')}  (n = {len(unplaced)})", fontsize=11,
            fontweight="bold", va="top")  # fmt: skip
    labels = distinct_labels(unplaced, chinese=chinese, width=40)
    names = wrap_names([labels[c.id] for c in unplaced], 150)
    ax.text(
        0.04, 2.24, "\n".join(names[:4]) or "—", fontsize=9, va="top",
        gid="cases-unclassified",
    )  # fmt: skip
    ax.text(1.0, 2.04, legend, ha="center", va="top", fontsize=9.5)
    ax.figure.subplots_adjust(left=0.08, right=0.98, top=0.90, bottom=0.07)
