"""How the commands print rows: CSV, JSON or a text table (``--format``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

FORMATS = ("csv", "json", "table")


def format_rows(rows: list[dict[str, Any]], columns: Sequence[str], fmt: str) -> str:
    """Rows as CSV (header line first), JSON (a list of objects) or a text table. CSV and JSON
    keep the column keys (scripts read them); a table's titles follow the run's language."""
    if fmt == "json":
        return (
            json.dumps(
                [{c: row.get(c) for c in columns} for row in rows], ensure_ascii=False, indent=2
            )
            + "\n"
        )
    if fmt == "csv":
        return rows_csv(rows, columns)
    from rich.console import Console
    from rich.table import Table

    from cogov import cli
    from cogov.messages import column_title

    table = Table(*(column_title(c, cli.LANG) for c in columns), show_lines=False)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else _text(row.get(c)) for c in columns))
    buffer = io.StringIO()
    Console(file=buffer, width=200, force_terminal=False).print(table)
    return buffer.getvalue()


def rows_csv(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    """Rows as CSV, the header line first, every cell through :func:`csv_cell`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
    return out.getvalue()


def csv_cell(value: Any) -> str:
    """A CSV cell; text a spreadsheet program would run as a formula gets a leading ``'``."""
    from cogov.loaders.cells import protect_formula

    if value is None:
        return ""
    return protect_formula(value) if isinstance(value, str) else _text(value)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
