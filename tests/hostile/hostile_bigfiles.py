"""Large case files made cheaply from one good case (text copies with new ids)."""

from __future__ import annotations

from pathlib import Path

GOOD = Path(__file__).resolve().parents[1] / "data" / "good" / "one-case.yaml"


def many_cases(path: Path, count: int) -> Path:
    """A valid YAML case file of ``count`` copies of the good case, each with its own id."""
    text = GOOD.read_text(encoding="utf-8")
    head, _, case = text.partition("cases:\n")
    case = case.replace("  phase_of: yrd-air\n", "")
    parts = [head, "cases:\n"]
    parts.extend(case.replace("- id: yrd-air-2014\n", f"- id: case-{n}\n", 1) for n in range(count))
    path.write_text("".join(parts), encoding="utf-8")
    return path
