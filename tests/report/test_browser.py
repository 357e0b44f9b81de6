"""The report opens in a real browser (headless Chromium): table, chart, escaped text."""

from __future__ import annotations

import shutil

import pytest

from cogov.report import write_report


def test_report_renders_in_chromium(tmp_path, sample_data, chromium, evil, artifacts_dir):
    out = write_report(sample_data, tmp_path / "rep")
    dom = chromium(out / "index.html", "--dump-dom", "--virtual-time-budget=5000")
    assert 'id="table1-grid"' in dom
    for case in sample_data.cases:
        assert f'data-case="{case.id}"' in dom
    assert 'data-loaded="1"' in dom, "the chart image did not load"
    assert "<title>CoGov 报告 report</title>" in dom  # the case name's script never ran
    assert "&lt;script&gt;document.title='owned'&lt;/script&gt;" in dom
    assert evil not in dom

    shot = tmp_path / "shot.png"
    chromium(out / "index.html", f"--screenshot={shot}", "--window-size=1280,2000",
             "--hide-scrollbars")  # fmt: skip
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000
    shutil.copy(shot, artifacts_dir / "report-sample.png")


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
