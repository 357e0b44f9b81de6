"""The report opens in a real browser (headless Chromium): table, chart, escaped text."""

from __future__ import annotations

import re
import shutil

import matplotlib.pyplot as plt
import numpy as np
import pytest

from cogov.chart import find_cjk_font
from cogov.report import write_report

#: what each language's page must show: its <html lang>, its title and its Table 1 heading
PAGES = {
    "en": ('<html lang="en">', "<title>CoGov report</title>", "Table 1: types of collaboration"),
    "zh": ('<html lang="zh-Hans">', "<title>CoGov 报告</title>", "表1 地方协同行为的类型划分"),
}
#: a script the report does not have, added to a copy: the chart's size as the browser decoded it
CHART_PROBE = (
    "<script>addEventListener('load', () => { const i = document.querySelector('#chart img');"
    " document.body.dataset.chart = i.naturalWidth + 'x' + i.naturalHeight; });</script>"
)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_report_renders_in_chromium(tmp_path, sample_data, chromium, evil, artifacts_dir, lang):
    sample_data.lang = lang
    out = write_report(sample_data, tmp_path / "rep")
    dom = chromium(out / "index.html", "--dump-dom", "--virtual-time-budget=5000")
    assert 'id="table1-grid"' in dom
    for case in sample_data.cases:
        assert f'data-case="{case.id}"' in dom
    assert 'data-loaded="1"' in dom, "the chart image did not load"
    html_lang, title, heading = PAGES[lang]
    assert html_lang in dom and heading in dom
    assert title in dom  # the case name's script never ran
    assert "&lt;script&gt;document.title='owned'&lt;/script&gt;" in dom
    assert evil not in dom

    # the chart as the browser decoded it: the PNG the report wrote, whole
    page = (out / "index.html").read_text(encoding="utf-8")
    (out / "probe.html").write_text(page.replace("</body>", CHART_PROBE + "</body>"), "utf-8")
    probed = chromium(out / "probe.html", "--dump-dom", "--virtual-time-budget=5000")
    size = re.search(r'data-chart="(\d+)x(\d+)"', probed)
    assert size is not None, "the browser did not decode the chart"
    image = plt.imread(out / "table1.png")
    assert (int(size.group(1)), int(size.group(2))) == (image.shape[1], image.shape[0])

    shot = tmp_path / "shot.png"
    chromium(out / "index.html", f"--screenshot={shot}", "--window-size=1280,2000",
             "--hide-scrollbars")  # fmt: skip
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000
    shutil.copy(shot, artifacts_dir / f"report-sample-{lang}.png")


def test_the_chinese_chart_draws_chinese_glyphs(tmp_path, sample_data):
    """The Chinese chart, as an image: each cell's title drawn in the CJK font differs from the
    English one, and two different Chinese titles differ from each other (a font without the
    characters would draw the same empty boxes for both). Drawing a missing glyph also warns,
    and warnings fail the suite."""
    if find_cjk_font() is None:
        pytest.skip("no CJK font installed (Debian: apt-get install fonts-noto-cjk)")
    charts = {}
    for lang in ("en", "zh"):
        sample_data.lang = lang
        charts[lang] = plt.imread(write_report(sample_data, tmp_path / lang) / "table1.png")
    assert charts["en"].shape == charts["zh"].shape
    height, width = charts["zh"].shape[:2]

    def title(image, col):  # the strip of a top cell that holds its title (see chart._draw)
        top = int(height * 0.10)
        left = int(width * (0.08 + 0.45 * col))
        return image[top : top + int(height * 0.05), left : left + int(width * 0.40)]

    assert not np.array_equal(title(charts["zh"], 0), title(charts["en"], 0))
    assert not np.array_equal(title(charts["zh"], 0), title(charts["zh"], 1))
    ink = (title(charts["zh"], 0)[..., :3] < 0.5).any(axis=-1).sum()
    assert ink > 200, "the Chinese title of cell A left almost no ink"


LONG_CASE = """\
cases:
  - id: a-case-with-a-rather-long-identifier-2014
    name: {{en: "{en}", zh: "{zh}"}}
    domain: public_service
    start: 2014
    participants: [{{name: A very long name of a municipal bureau, level: prefecture}},
                   {{name: Another very long name of a municipal bureau, level: prefecture}}]
    initiation: mandated
    decision_autonomy: partly_preempted
    mechanisms: [joint_enforcement_group, framework_agreement, cooperation_group]
    activities: [joint_planning, information_sharing, joint_enforcement]
    instruments: [policy_requirement, performance_assessment, leader_participation]
    sources: ["https://example.org/{path}"]
""".format(en="Regional " * 20, zh="区域" * 40, path="a-long-path-segment-without-any-break-" * 6)


@pytest.mark.parametrize("which", ["paper", "long"])
def test_the_case_table_fits_a_1280_pixel_window(tmp_path, chromium, which):
    """Measured in the browser, on the paper's cases and on a case of long names, keys and an
    unbreakable source: a copy of the page gets a script (the report has none) that opens
    every folded list of quotes and writes the case table's scroll width into the DOM."""
    from cogov.report import build_report

    files = []
    if which == "long":
        files = [tmp_path / "long.yaml"]
        files[0].write_text(LONG_CASE, encoding="utf-8")
    out = build_report(files, tmp_path / "rep")
    page = (out / "index.html").read_text(encoding="utf-8")
    probe = (
        "<script>addEventListener('load', () => {"
        " document.querySelectorAll('details').forEach((d) => { d.open = true; });"
        " const t = document.querySelector('table#cases');"
        " document.body.dataset.tableWidth = t.scrollWidth;"
        " document.body.dataset.boxWidth = t.parentElement.clientWidth; });</script>"
    )
    (out / "probe.html").write_text(page.replace("</body>", probe + "</body>"), encoding="utf-8")
    dom = chromium(out / "probe.html", "--dump-dom", "--virtual-time-budget=5000",
                   "--window-size=1280,2000")  # fmt: skip
    import re

    table = int(re.search(r'data-table-width="(\d+)"', dom).group(1))
    box = int(re.search(r'data-box-width="(\d+)"', dom).group(1))
    assert 0 < table <= box <= 1280
