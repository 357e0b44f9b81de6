"""Table 1 as a chart: each case drawn inside its own cell, Chinese names when a font exists."""

from __future__ import annotations

import re

import pytest

from cogov.chart import (
    CELLS,
    MAX_NAMES_PER_CELL,
    ChartCase,
    draw_table1,
    find_cjk_font,
    matplotlib_context,
    shorten,
    table1_figure,
)

CASES = [
    ChartCase("a1", "甲乙两市领导会晤", "leaders' meeting", "A", "voluntary"),
    ChartCase("b1", "城际规范型协同", "inter-city normative", "B", "voluntary"),
    ChartCase("c1", "象征型协同机制", "symbolic mechanism", "C", "mandated_autonomous"),
    ChartCase("d1", "制度化协同机制", "institutionalised mechanism", "D", "preempted"),
    ChartCase("d2", None, "English only", "D", "voluntary"),
]


def _texts_and_cells(cases, cjk):
    with matplotlib_context(cjk):
        fig = table1_figure(cases, cjk_font=cjk)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        cells = {p.get_gid(): p.get_window_extent(renderer) for p in ax.patches}
        texts = {t.get_gid(): t for t in ax.texts if t.get_gid()}
        extents = {gid: t.get_window_extent(renderer) for gid, t in texts.items()}
    import matplotlib.pyplot as plt

    plt.close(fig)
    return {g: t.get_text() for g, t in texts.items()}, extents, cells


@pytest.mark.parametrize("cjk", [None, "font"])
def test_each_case_is_written_inside_its_cell(cjk):
    font = find_cjk_font() if cjk else None
    if cjk and font is None:
        pytest.skip("no CJK font installed (Debian: apt-get install fonts-noto-cjk)")
    texts, extents, cells = _texts_and_cells(CASES, font)
    for case in CASES:
        label = (case.name_zh if font and case.name_zh else case.name_en) or case.id
        holders = [gid for gid, text in texts.items() if label in text]
        assert holders == [f"cases-{case.type}"], (case.id, holders)
        box, cell = extents[f"cases-{case.type}"], cells[f"cell-{case.type}"]
        assert cell.x0 <= box.x0 and box.x1 <= cell.x1 + 1, case.id
        assert cell.y0 <= box.y0 and box.y1 <= cell.y1 + 1, case.id


def test_without_a_font_every_label_is_english():
    texts, _, _ = _texts_and_cells(CASES, None)
    joined = "\n".join(texts.values())
    assert not re.search(r"[\u4e00-\u9fff]", joined)
    assert "English only" in joined and "leaders' meeting" in joined
    assert draw_table1(CASES, font=None).cjk_font is None


def test_cjk_font_draws_chinese():
    font = find_cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (Debian: apt-get install fonts-noto-cjk)")
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(
        font_manager.FontProperties(family=font), fallback_to_default=False
    )
    face = FT2Font(path)
    for char in "偶发型制度化协同":
        assert face.get_char_index(ord(char)) != 0, char
    chart = draw_table1(CASES, lang="zh")
    assert chart.cjk_font == font
    assert draw_table1(CASES, lang="en").cjk_font is None  # English needs no CJK font
    assert chart.png.startswith(b"\x89PNG") and b"<svg" in chart.svg[:2000]


def test_an_empty_dataset_still_draws_four_cells_and_the_unclassified_box():
    texts, _, cells = _texts_and_cells([], None)
    assert sorted(cells) == sorted([f"cell-{letter}" for letter in CELLS] + ["cell-unclassified"])
    assert all(texts[f"cases-{letter}"] == "—" for letter in CELLS)
    assert texts["cases-unclassified"] == "—"


def test_an_unclassified_case_is_drawn_in_its_own_box_not_in_a_cell():
    unplaced = ChartCase("gap", None, "Case without evidence", "", "voluntary")
    texts, extents, cells = _texts_and_cells([*CASES, unplaced], None)
    holders = [gid for gid, text in texts.items() if "Case without evidence" in text]
    assert holders == ["cases-unclassified"]
    box, cell = extents["cases-unclassified"], cells["cell-unclassified"]
    assert cell.y0 <= box.y0 and box.y1 <= cell.y1 + 1
    assert all(not cells[f"cell-{letter}"].overlaps(cell) for letter in CELLS)


@pytest.mark.parametrize("cjk", [None, "font"])
def test_a_crowded_cell_says_how_many_more_and_stays_inside(cjk):
    font = find_cjk_font() if cjk else None
    if cjk and font is None:
        pytest.skip("no CJK font installed (Debian: apt-get install fonts-noto-cjk)")
    many = [ChartCase(f"x{i:02d}", "很长的中文案例名称" * 4, f"case {i:02d}", "B", "voluntary")
            for i in range(30)]  # fmt: skip
    texts, extents, cells = _texts_and_cells(many, font)
    more = 30 - MAX_NAMES_PER_CELL
    assert texts["cases-B"].splitlines()[-1] == (f"…另有 {more} 个" if font else f"… and {more} more")
    assert extents["cases-B"].x1 <= cells["cell-B"].x1
    assert extents["cases-B"].y0 >= cells["cell-B"].y0


def test_long_names_are_shortened_by_width():
    assert shorten("short") == "short"
    assert len(shorten("x" * 100, 20)) <= 20
    assert shorten("长" * 40, 20).endswith("…") and len(shorten("长" * 40, 20)) <= 11
