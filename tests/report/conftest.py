"""Fixtures for the report tests: hand-made classified cases and a headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cogov.errors import Problem
from cogov.report import CaseView, ReportData

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
EVIL = "<script>document.title='owned'</script>"


def _case(case_id: str, letter: str, mode: str, zh: str | None, en: str, **extra) -> CaseView:
    names = {"A": "sporadic", "B": "normative", "C": "symbolic", "D": "institutionalised"}
    return CaseView(
        id=case_id,
        type=letter,
        type_name=names[letter],
        mode=mode,
        formalization="low" if letter in "AB" else "high",
        activity_level="few" if letter in "AC" else "many",
        name_zh=zh,
        name_en=en,
        domain="air",
        start="2014",
        sources=["a cited work"],
        **extra,
    )


@pytest.fixture
def evil() -> str:
    """A case name that would run a script if the page did not escape it."""
    return EVIL


@pytest.fixture
def sample_data() -> ReportData:
    """Four classified cases, one per type, one of them with markup in its name and source."""
    cases = [
        _case("c-sporadic", "A", "voluntary", "甲市乙市领导会晤", "leaders' meeting of A and B"),
        _case(
            "c-normative", "B", "voluntary", None, "normative example",
            drivers={"prior_collaboration": "success", "homophily": "high"},
        ),
        _case(
            "c-symbolic", "C", "mandated_autonomous", "象征型示例", EVIL,
            instruments={"authority": ["policy_requirement"], "incentive": ["funding"]},
        ),
        _case(
            "c-preempted", "D", "preempted", "取代协同示例", "preempted example",
            instruments={"authority": ["task_assignment"]}, phase_of="c-symbolic",
        ),
    ]  # fmt: skip
    cases[2].sources = [f"source with {EVIL}"]
    cases[2].name_zh = None  # the page must show the English name, escaped
    warnings = [
        Problem(file="cases.yaml", case="c-symbolic", field="formalization", severity="warning",
                message="the coder's formalization 'high' overrides the derived value 'low' <b>"),
    ]  # fmt: skip
    return ReportData(cases=cases, files=["cases.yaml"], warnings=warnings)


@pytest.fixture
def artifacts_dir() -> Path:
    """``tests/artifacts/``: screenshots kept for people to look at (git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def chromium_binary() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def chromium(tmp_path):
    """Run headless Chromium on a file: ``chromium(page, *flags) -> stdout``."""
    binary = chromium_binary()
    if binary is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")

    def run(page: Path, *flags: str) -> str:
        profile = tmp_path / "chromium-profile"
        profile.mkdir(exist_ok=True)
        command = [
            binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={profile}", *flags, page.resolve().as_uri(),
        ]  # fmt: skip
        done = subprocess.run(
            command, check=False, capture_output=True, text=True, timeout=120, cwd=tmp_path
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    return run
