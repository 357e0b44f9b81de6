"""docs/examples/tour.R reads the Parquet and Stata exports (where R, arrow and haven are)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cogov.cli import main
from cogov.resources import data_dir

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "examples" / "tour.R"


def _r_with_packages() -> bool:
    if shutil.which("Rscript") is None:
        return False
    check = 'quit(status = !all(c("arrow", "haven") %in% rownames(installed.packages())))'
    return subprocess.run(["Rscript", "-e", check], check=False, timeout=120).returncode == 0


@pytest.mark.skipif(not _r_with_packages(), reason="R with the arrow and haven packages is "
                    "not installed (the R tour is checked where it is)")  # fmt: skip
def test_the_r_tour_reads_both_exports(tmp_path: Path) -> None:
    paper = str(data_dir("data") / "paper-cases.yaml")
    assert main(["export", paper, "--to", "parquet", "-o", str(tmp_path / "c.parquet")]) == 0
    assert main(["export", paper, "--to", "dta", "-o", str(tmp_path / "c.dta")]) == 0
    done = subprocess.run(["Rscript", str(SCRIPT), "c.parquet", "c.dta"], cwd=tmp_path,
                          capture_output=True, text=True, check=False, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "cases: 12" in done.stdout and "collaboration forum" in done.stdout


def test_the_r_tour_names_the_columns_the_export_writes() -> None:
    from cogov.tabular import wide_columns

    text = SCRIPT.read_text(encoding="utf-8")
    for column in ("type_name", "mode", "mechanism_joint_conference", "mechanism_forum", "id"):
        assert f"${column}" in text and column in wide_columns()
