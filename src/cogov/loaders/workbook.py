"""XLSX layout shared by written case tables and the empty template.

Sheet ``cases``: the header in row 1 (bold, frozen), one case per row. Sheet ``keys``: one
column per code list with its allowed keys. Drop-down lists (data validation) on the columns
that take one key or true/false; on the columns that take several keys the drop-down offers the
keys but accepts any text, since a cell may hold ``key; key``.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from cogov.loaders.keys import columns, key_label, keys

_YEAR = re.compile(r"^[1-9]\d{3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_ROWS = 1_048_576

HELP = {
    "keys": "Several keys: separate them with ';' or '、' (or a line break in the cell); a "
    "key's Chinese label (keys sheet) is read as the key.",
    "actors": "Actors: 中文名 | English name (level); separate actors with ';' or '、'; the level "
    "may be written in Chinese, 广州市（地级市）.",
    "list": "Several entries: separate them with ';'; write a ';' inside one as '\\;'.",
    "evidence": "One line per record: field or field.key, ':', then quote | source | locator | "
    "coder | confidence.",
}


# what an empty cell and "none" mean in the list columns (contract 0.2.0), on their headers
_LIST_NOTE = (
    "Empty: not reported (the sources do not say). none (or 无): coded as none. "
    "留空：未报告（资料未提及）。填 none 或 无：编码为“无”。"
)
_BOOLEAN_ZH = {"true": "是", "false": "否"}
LIST_COLUMNS = frozenset({"superiors", "mechanisms", "activities", "instruments"})


def new_workbook(header: list[str]) -> tuple[Workbook, Worksheet]:
    """A workbook with the ``cases`` sheet (header only) and the ``keys`` sheet."""
    book = Workbook()
    sheet = book.worksheets[0]  # a new workbook's one sheet, the active one
    sheet.title = "cases"
    bold = Font(bold=True)
    for n, name in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=n, value=name)
        cell.font = bold
        if name in LIST_COLUMNS:
            cell.comment = Comment(_LIST_NOTE, "CoGov")
        sheet.column_dimensions[get_column_letter(n)].width = max(12, min(40, len(name) + 4))
    sheet.freeze_panes = "B2"

    key_sheet = book.create_sheet("keys")
    spec = {c.header: c for c in columns()}
    schemes: list[str] = []
    for c in columns():
        if c.scheme and c.scheme not in schemes:
            schemes.append(c.scheme)
    ranges: dict[str, str] = {}
    # each code list: its keys (what a cell holds), and beside them their Chinese labels
    for n, scheme in enumerate([*schemes, "boolean"], start=1):
        values = ("true", "false") if scheme == "boolean" else keys(scheme)
        key_column = 2 * n - 1
        key_sheet.cell(row=1, column=key_column, value=scheme).font = bold
        key_sheet.cell(row=1, column=key_column + 1, value=f"{scheme} 中文").font = bold
        for r, value in enumerate(values, start=2):
            key_sheet.cell(row=r, column=key_column, value=value)
            zh = _BOOLEAN_ZH[value] if scheme == "boolean" else key_label(scheme, value, "zh")
            key_sheet.cell(row=r, column=key_column + 1, value=zh)
        letter = get_column_letter(key_column)
        ranges[scheme] = f"keys!${letter}$2:${letter}${len(values) + 1}"
        key_sheet.column_dimensions[letter].width = 26
        key_sheet.column_dimensions[get_column_letter(key_column + 1)].width = 22

    for n, name in enumerate(header, start=1):
        column = spec.get(name)
        if column is None:
            continue
        letter = get_column_letter(n)
        area = f"{letter}2:{letter}{MAX_ROWS}"
        if column.kind == "key" and column.scheme:
            rule = DataValidation(type="list", formula1=ranges[column.scheme], allow_blank=True)
            rule.error = (
                f"Choose a key of the list '{column.scheme}' (see the keys sheet); a key's "
                "Chinese label is read as the key."
            )
            rule.errorTitle = "Unknown key"
            rule.errorStyle = "warning"  # a label (联席会议) may still be typed: it is read
            rule.showErrorMessage = True
        elif column.kind == "boolean":
            rule = DataValidation(type="list", formula1=ranges["boolean"], allow_blank=True)
            rule.error = "Write true or false."
            rule.showErrorMessage = True
        elif column.kind == "keys" and column.scheme:
            rule = DataValidation(type="list", formula1=ranges[column.scheme], allow_blank=True)
            rule.showErrorMessage = False
            rule.prompt = HELP["keys"]
            rule.showInputMessage = True
        elif column.kind in HELP:
            rule = DataValidation(allow_blank=True)
            rule.prompt = HELP[column.kind]
            rule.showInputMessage = True
        else:
            continue
        rule.add(area)
        sheet.add_data_validation(rule)
    return book, sheet


def put_value(cell: Cell, value: Any, header: str) -> None:
    """Write one value: years as numbers, ISO dates as dates, text always as text."""
    import datetime as dt

    if isinstance(value, bool):
        cell.value = value
        return
    text = str(value)
    if header in ("start", "end"):
        if _YEAR.match(text):
            cell.value = int(text)
            return
        if _DATE.match(text):
            try:
                day = dt.date.fromisoformat(text)
                if day.year < 1900:  # spreadsheet programs count days from 1900
                    raise ValueError(text)
                cell.value = day
                cell.number_format = "yyyy-mm-dd"
                return
            except ValueError:
                pass
    cell.value = text
    cell.data_type = "s"  # never a formula, whatever the text begins with
