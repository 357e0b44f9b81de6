"""docs/examples/tour.ipynb runs from top to bottom, so that it never rots."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "docs" / "examples" / "tour.ipynb"

nbformat = pytest.importorskip("nbformat", reason="the notebook test needs the test extra")
nbclient = pytest.importorskip("nbclient", reason="the notebook test needs the test extra")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def executed() -> object:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT)}})  # fmt: skip
    client.execute()
    return notebook


def _outputs(notebook, cell: int) -> list[dict]:
    code = [c for c in notebook.cells if c.cell_type == "code"]
    return code[cell].outputs


def test_every_cell_runs_without_an_error(executed) -> None:
    for cell in executed.cells:
        if cell.cell_type == "code":
            assert all(o.output_type != "error" for o in cell.outputs), cell.source


def test_the_tour_shows_the_papers_cases_and_the_chart(executed) -> None:
    import cogov
    from cogov.resources import data_dir

    validated = "".join(o.get("text", "") for o in _outputs(executed, 1))
    assert validated.startswith("True 0 errors,")
    classified = _outputs(executed, 2)[0]["data"]["text/plain"]
    for case in cogov.load(data_dir("data") / "paper-cases.yaml").cases:
        assert case.id in classified
    crosstab = _outputs(executed, 6)[0]["data"]["text/plain"]
    assert "symbolic" in crosstab and "All" in crosstab
    png = base64.b64decode(_outputs(executed, 7)[0]["data"]["image/png"])
    assert png.startswith(b"\x89PNG")
