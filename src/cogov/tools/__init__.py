"""Developer tools that generate files of the package from the ontology and the shapes."""

from __future__ import annotations

from pathlib import Path

from cogov.errors import EXIT_OK, EXIT_VIOLATIONS


def write_generated(target: Path, text: str, *, check: bool, command: str) -> int:
    """Write a generated file if it changed (atomically), or with ``check`` only compare:
    exit 0 when it is current, 1 when it is out of date."""
    from cogov.atomic import write_text

    current = target.read_text(encoding="utf-8") if target.is_file() else None
    if check:
        if current == text:
            print(f"{target.name} is up to date")
            return EXIT_OK
        print(f"{target.name} is out of date: run python -m {command}")
        return EXIT_VIOLATIONS
    if current != text:
        write_text(target, text)
        print(f"wrote {target}")
    else:
        print(f"{target.name} was already up to date")
    return EXIT_OK
