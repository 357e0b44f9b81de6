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
import textwrap
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

MODE_MARKERS = {
    "voluntary": ("○", "voluntary 自愿协同"),
    "mandated_autonomous": ("◆", "autonomous under a superior's requirement 上级要求下的自主协同"),
    "preempted": ("■", "preempted 取代协同"),
}

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
        used += 2 if ord(char) > 0x2E80 else 1
        if used > width:
            return label[: max(index - 1, 1)] + "…"
    return label


def distinct_labels(cases: Sequence[ChartCase], *, chinese: bool) -> dict[str, str]:
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
    short = {c.id: shorten(case_label(c, chinese=chinese)) for c in cases}
    seen: dict[str, int] = {}
    for label in short.values():
        seen[label] = seen.get(label, 0) + 1
    return {
        c.id: short[c.id]
        if seen[short[c.id]] == 1
        else shorten(case_label(c, chinese=chinese), 52 - len(c.id) - 3) + f" [{c.id}]"
        for c in cases
    }


def _cell_lines(cases: Sequence[ChartCase], *, chinese: bool) -> list[str]:
    ordered = sorted(cases, key=lambda c: (case_label(c, chinese=chinese), c.id))
    labels = distinct_labels(ordered, chinese=chinese)
    lines = []
    for case in ordered[:MAX_NAMES_PER_CELL]:
        marker = MODE_MARKERS.get(case.mode or "", ("·", ""))[0]
        lines.append(f"{marker} {labels[case.id]}")
    if len(ordered) > MAX_NAMES_PER_CELL:
        lines.append(f"… and {len(ordered) - MAX_NAMES_PER_CELL} more")
    return lines


def draw_table1(cases: Sequence[ChartCase], *, font: str | bool | None = True) -> Chart:
    """Draw Table 1 with the cases in their cells; ``font=True`` looks for a CJK font.

    ``font=None`` (or ``False``) forces English names, as when no CJK font is installed.
    """
    import matplotlib.pyplot as plt

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
        title = f"{letter}. {zh} {en}" if chinese else f"{letter}. {en}"
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
    few, many = ("少 few", "多 many") if chinese else ("few", "many")
    low, high = ("低 low", "高 high") if chinese else ("low", "high")
    ax.text(0.5, -0.04, few, ha="center", va="bottom", fontsize=11)
    ax.text(1.5, -0.04, many, ha="center", va="bottom", fontsize=11)
    ax.text(-0.03, 0.5, low, ha="right", va="center", fontsize=11, rotation=90)
    ax.text(-0.03, 1.5, high, ha="right", va="center", fontsize=11, rotation=90)
    top = "协同活动 collaborative activities" if chinese else "collaborative activities"
    side = "正式化程度 formalisation" if chinese else "formalisation"
    ax.text(1.0, -0.11, top, ha="center", va="bottom", fontsize=12, fontweight="bold")
    ax.text(-0.11, 1.0, side, ha="right", va="center", fontsize=12, fontweight="bold", rotation=90)
    if chinese:
        legend = "   ".join(f"{mark} {text}" for mark, text in MODE_MARKERS.values())
    else:
        legend = "   ".join(f"{mark} {key}" for key, (mark, _) in MODE_MARKERS.items())
    # the cases placed in no type for lack of evidence, apart from the four cells
    box = Rectangle((0, 2.12), 2, 0.34, facecolor="#f2f2f2", edgecolor="#999999", lw=1, ls="--")
    box.set_gid("cell-unclassified")
    ax.add_patch(box)
    unplaced = by_type.get("", [])
    title = (
        "未归类(证据不足) unclassified for lack of evidence"
        if chinese
        else ("unclassified for lack of evidence")
    )
    ax.text(0.03, 2.15, f"{title}  (n = {len(unplaced)})", fontsize=11, fontweight="bold", va="top")
    names = "; ".join(shorten(case_label(c, chinese=chinese), 30) for c in unplaced)
    ax.text(
        0.04, 2.24, "\n".join(textwrap.wrap(names, 150)[:4]) or "—", fontsize=9, va="top",
        gid="cases-unclassified",
    )  # fmt: skip
    ax.text(1.0, 2.04, legend, ha="center", va="top", fontsize=9.5)
    ax.figure.subplots_adjust(left=0.08, right=0.98, top=0.90, bottom=0.07)
