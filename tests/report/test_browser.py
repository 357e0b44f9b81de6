"""The report opens in a real browser (headless Chromium): table, chart, escaped text."""

from __future__ import annotations

import shutil

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
