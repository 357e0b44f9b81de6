"""CSV and XLSX case tables: one row per case, the columns of ``loaders/columns.yaml``.

Rows are numbered as a spreadsheet program shows them: the header is row 1, the first case
row 2; each case records its row. The cell syntax of lists and actors is in
:mod:`cogov.loaders.cells`. XLSX files are read with openpyxl in read-only mode, values only,
after checking that the file is a zip archive that does not unpack to an absurd size.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cogov.errors import InputError, Problem
from cogov.loaders import cells
from cogov.loaders.keys import Column, columns, sort_keys
from cogov.loaders.reading import MAX_UNZIPPED_BYTES
from cogov.loaders.records import Collector, flag_value, text_value
from cogov.messages import Listed, Quoted, both
from cogov.model import Actor, Case, Drivers, ordered_names

if TYPE_CHECKING:
    from cogov.actors import ActorIndex

#: the id of the templates' example row begins so; a file that still holds it is refused
EXAMPLE_PREFIX = "example-"
NAME_COLUMN = re.compile(r"^name_([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$")
MAX_CELL = 256 * 1024 * 1024  # the file limit bounds it anyway; the csv default is 128 kB


def cell_text(value: Any) -> str | None:
    """A cell's value as text; empty cells are ``None``; a date-time at midnight is the date
    the researcher typed (spreadsheet programs store dates as date-times)."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        value = value.date()
    try:
        return text_value(value)
    except TypeError:  # any other cell type (a time, a decimal...) as it prints
        return str(value).strip() or None


def _header_map(header: list[Any], collector: Collector) -> list[tuple[int, Column]]:
    by_name = {c.header: c for c in columns()}
    allowed = tuple(by_name)
    found: list[tuple[int, Column]] = []
    seen: set[str] = set()
    collector.row = 1
    names = [(cell_text(raw) or "").lower() for raw in header]
    # an unknown header hinting at a column the file lacks stands for that field's messages
    covers = {
        c.header: c.field.split(".", 1)[0]
        for c in columns()
        if not ({c.header} | ({"name_zh", "name_en"} if c.kind == "name" else set())) & set(names)
    }
    for n, name in enumerate(names):
        if not name:
            continue
        if name in seen:
            collector.error(name, *both("column_twice", name=Quoted(name)))
            continue
        seen.add(name)
        if name in by_name:
            found.append((n, by_name[name]))
        elif match := NAME_COLUMN.match(name):
            found.append((n, Column(name, f"name.{match.group(1)}", "name")))
        else:
            collector.unknown(name, allowed, "in_header", "column", covers=covers)
    if not found:
        raise InputError.keyed("no_header", file=collector.file, row=1)
    return found


def _row_case(
    values: list[Any], header: list[tuple[int, Column]], collector: Collector, row: int, csv_: bool
) -> Case | None:
    texts: dict[str, str] = {}
    raw: dict[str, Any] = {}
    for n, column in header:
        value: Any = values[n] if n < len(values) else None
        if isinstance(value, str) and csv_:
            value = cells.unprotect_formula(value)
        text = cell_text(value)
        if text is not None:
            texts[column.field] = text
            raw[column.field] = value
    if not texts:
        return None
    collector.row, collector.line, collector.lines = row, None, {}
    collector.case = texts.get("id")
    fields: dict[str, Any] = {"name": {}, "file": collector.file, "row": row}
    drivers: dict[str, Any] = {}
    for _, column in header:
        text = texts.get(column.field)
        target, _, sub = column.field.partition(".")
        if column.kind == "name":
            if text is not None:
                fields["name"][sub] = text
            continue
        if text is None or column.kind == "evidence":  # empty: not reported; evidence: later
            continue
        if column.kind in ("keys", "actors") and cells.is_none(text):
            value = ()  # coded as none
        elif column.kind == "key":
            value = collector.key(column.header, column.scheme, text)
        elif column.kind == "keys":
            items = cells.split_items(text, cells.KEY_SEPARATORS)
            value = sort_keys(
                column.scheme or "",
                (
                    collector.key(f"{column.header}[{n}]", column.scheme, cells.unescape(i))
                    for n, i in enumerate(items, start=1)
                ),
            )
        elif column.kind == "list":
            items = cells.split_items(text, cells.TEXT_SEPARATORS)
            value = tuple(sorted({cells.unescape(i) for i in items}))
        elif column.kind == "actors":
            value = _actors(column.header, text, collector)
        elif column.kind == "boolean":
            value = raw[column.field] if isinstance(raw[column.field], bool) else flag_value(text)
        else:
            value = text
        if target == "drivers":
            drivers[sub] = value
        else:
            fields[target] = value
    fields["name"] = ordered_names(fields["name"])
    fields["drivers"] = Drivers(**drivers)
    case = Case(**fields)
    if "evidence" in texts:
        from dataclasses import replace

        from cogov.loaders.evidence import EvidenceReader

        records = EvidenceReader(collector).read_cell(case, texts["evidence"])
        case = replace(case, evidence=records) if records else case
    return case


def _actors(field: str, text: str, collector: Collector) -> tuple[Actor, ...]:
    actors = []
    declared = collector.declared
    for n, item in enumerate(cells.split_items(text, cells.KEY_SEPARATORS), start=1):
        if cells.is_reference(item):
            found = _reference(f"{field}[{n}]", item, collector)
            if found is not None:
                actors.append(found)
            continue
        names, level, parts = cells.parse_actor(item)
        if parts > 2:
            many = both("actor_names_many", item=Quoted(item), parts=parts)
            collector.error(f"{field}[{n}]", *many)
        if level is not None:
            level = collector.key(f"{field}[{n}].level", "level", level)
        actor = Actor(name=names, level=level)
        if declared:
            from types import SimpleNamespace

            from cogov.actors import match_inline

            reader = SimpleNamespace(c=collector, declared=declared)
            actor = match_inline(reader, f"{field}[{n}]", actor)
        actors.append(actor)
    return tuple(actors)


# --- declared (shared) actors: "@id" and "@id = names (level) [code Q-id]" (cells.py) -------


def _reference(where: str, item: str, collector: Collector) -> Actor | None:
    """The declared actor an ``@id`` item names; an unknown id is an error."""
    from types import SimpleNamespace

    from cogov.actors import ActorIndex, refer

    ident = cells.parse_reference(item)[0]
    index = collector.declared or ActorIndex()
    reader = SimpleNamespace(c=collector, declared=index, scalar=lambda _f, v: v or None)
    return refer(reader, where, {"actor": ident})


def _declarations(
    rows: list[list[Any]], header: list[tuple[int, Column]], collector: Collector, csv_: bool
) -> ActorIndex:
    """Every ``@id = ...`` of the actors cells, read before the cases so that a case may refer
    to an actor declared in a later row. A second, different declaration is an error."""
    from cogov.actors import DIVISION_CODE, WIKIDATA_ID, ActorIndex

    index = ActorIndex()
    actor_columns = [(n, c) for n, c in header if c.kind == "actors"]
    id_at = next((n for n, c in header if c.field == "id"), None)
    for row, values in enumerate(rows, start=2):
        for n, column in actor_columns:
            value = values[n] if n < len(values) else None
            if isinstance(value, str) and csv_:
                value = cells.unprotect_formula(value)
            text = cell_text(value)
            if text is None or "@" not in text:
                continue
            for k, item in enumerate(cells.split_items(text, cells.KEY_SEPARATORS), start=1):
                if not cells.is_reference(item):
                    continue
                ident, names, level, _parts, attributes = cells.parse_reference(item)
                if names is None:
                    continue
                collector.row, collector.line, collector.lines = row, None, {}
                collector.case = (
                    cell_text(values[id_at]) if id_at is not None and id_at < len(values) else None
                )
                where = f"{column.header}[{k}]"
                code = wikidata = None
                for word in attributes:
                    if DIVISION_CODE.match(word) and code is None:
                        code = word
                    elif WIKIDATA_ID.match(word) and wikidata is None:
                        wikidata = word
                    else:
                        bracket = both(
                            "actor_bracket_word", word=Quoted(word), actor=Quoted(f"@{ident}")
                        )
                        collector.error(where, *bracket)
                if level is not None:
                    level = collector.key(f"{where}.level", "level", level)
                actor = Actor(
                    name=ordered_names(names),
                    level=level,
                    id=ident,
                    division_code=code,
                    wikidata=wikidata,
                )
                known = index.by_id.get(ident)
                if known is None:
                    index.add(actor)
                elif known != actor:
                    again = both("actor_declared_again", actor=Quoted(f"@{ident}"))
                    collector.error(where, *again)
    return index


def _cases(rows: Iterator[list[Any]], name: str, problems: list[Problem], csv_: bool) -> list[Case]:
    collector = Collector(name, problems)
    try:
        header_values = next(rows)
    except StopIteration:
        raise InputError.keyed("file_empty", file=name) from None
    header_list = list(header_values)
    header = _header_map(header_list, collector)
    named = {n for n, raw in enumerate(header_list) if cell_text(raw)}
    if any(c.kind == "actors" for _, c in header):
        read = list(rows)
        collector.declared = _declarations(read, header, collector, csv_)
        rows = iter(read)
    cases = []
    for row, values in enumerate(rows, start=2):
        values = list(values)
        case = _row_case(values, header, collector, row, csv_)
        if case is not None:
            cases.append(case)
            if case.id and case.id.startswith(EXAMPLE_PREFIX):
                collector.error("id", *both("example_row", row=row, id=case.id))
        if len(values) > len(named):
            _unheaded(values, named, collector, row, case)
    return cases


def _unheaded(
    values: list[Any], named: set[int], collector: Collector, row: int, case: Case | None
) -> None:
    """A value in a column without a header would be lost: say so."""
    from openpyxl.utils import get_column_letter

    for n, value in enumerate(values):
        if n not in named and cell_text(value) is not None:
            collector.row, collector.line = row, None
            collector.case = case.id if case is not None else None
            letter = get_column_letter(n + 1)
            collector.error(f"column {letter}", *both("column_unheaded", letter=letter))


def read_csv(text: str, name: str, problems: list[Problem]) -> list[Case]:
    """Cases from CSV text (comma-separated; a semicolon- or tab-separated file is detected)."""
    first = text.split("\n", 1)[0]
    delimiter = ","
    if first.count(",") == 0 and first.count("\t") > first.count(";"):
        delimiter = "\t"
    elif first.count(",") == 0 and first.count(";") > 0 and "id;" in first.lower():
        delimiter = ";"
    if csv.field_size_limit() < MAX_CELL:
        csv.field_size_limit(MAX_CELL)
    try:
        return _cases(
            iter(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)),
            name,
            problems,
            True,
        )
    except csv.Error as err:
        raise InputError.keyed("csv_malformed", file=name, problem=err) from None


def check_zip(data: bytes, name: str) -> None:
    """Refuse what is not a zip archive, or one that would unpack to an absurd size."""
    if not data.startswith(b"PK"):
        raise InputError.keyed("xlsx_not_zip", file=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise InputError.keyed("xlsx_damaged", file=name, problem=err) from None
    total = sum(info.file_size for info in infos)
    if total > MAX_UNZIPPED_BYTES or any(
        info.file_size > 1_000_000 and info.file_size > 1000 * max(info.compress_size, 1)
        for info in infos
    ):
        raise InputError.keyed(
            "xlsx_zip_bomb", file=name, size_mb=total / 1e6, limit_mb=MAX_UNZIPPED_BYTES / 1e6
        )


def read_xlsx(data: bytes, name: str, problems: list[Problem]) -> list[Case]:
    """Cases from the sheet named ``cases`` (else the first sheet) of an XLSX workbook."""
    import openpyxl

    check_zip(data, name)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as err:
        raise InputError.keyed("xlsx_unreadable", file=name, problem=err) from None
    try:
        sheet = book["cases"] if "cases" in book.sheetnames else book.worksheets[0]
        rows = (list(r) for r in sheet.iter_rows(values_only=True))
        return _cases(rows, name, problems, False)
    except InputError:
        raise
    except Exception as err:
        raise InputError.keyed("xlsx_unreadable", file=name, problem=err) from None
    finally:
        book.close()


# --- writing ----------------------------------------------------------------------------------


def _layout(cases: list[Case]) -> list[Column]:
    """The columns, with a name_<lang> column for each further language the cases use."""
    base = list(columns())
    extra = sorted({lang for c in cases for lang in c.name} - {"zh", "en"})
    at = next(n for n, c in enumerate(base) if c.header == "name_en") + 1
    base[at:at] = [Column(f"name_{lang}", f"name.{lang}", "name") for lang in extra]
    return base


def _actor_item(actor: Actor, seen: set[str] | None) -> str:
    """An actor in a cell: inline, or a declared actor (declared where first written)."""
    if actor.id is None:
        return cells.format_inline(actor.name, actor.level)
    if seen is not None and actor.id in seen:
        return cells.format_reference(actor.id)
    if seen is not None:
        seen.add(actor.id)
    attributes = tuple(a for a in (actor.division_code, actor.wikidata) if a)
    return cells.format_reference(actor.id, dict(actor.name), actor.level, attributes)


def _cell(case: Case, column: Column, seen: set[str] | None = None) -> Any:
    target, _, sub = column.field.partition(".")
    if target == "name":
        return case.name.get(sub)
    value = getattr(case.drivers, sub) if target == "drivers" else getattr(case, target)
    if value is None:
        return None  # not reported: an empty cell
    if value == ():
        return cells.NONE if column.kind in ("keys", "actors") else None
    if column.kind == "actors":
        for actor in value:
            extra = set(actor.name) - {"zh", "en"}
            if extra:
                raise InputError.keyed(
                    "actor_name_languages",
                    case=case.id,
                    field=column.header,
                    langs=Listed(sorted(extra)),
                )
        return cells.protect_none("; ".join(_actor_item(a, seen) for a in value))
    if column.kind in ("keys", "list"):
        return cells.protect_none("; ".join(cells.escape(v) for v in value))
    if column.kind == "evidence":
        from cogov.loaders.evidence import format_cell

        return format_cell(value)
    return value


def table(cases: Iterable[Case]) -> tuple[list[str], list[list[Any]]]:
    """The header and the rows of a case table."""
    cases = list(cases)
    layout = _layout(cases)
    seen: set[str] = set()  # declared actors already written in full
    return [c.header for c in layout], [[_cell(case, c, seen) for c in layout] for case in cases]


def _csv_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def dump_csv(cases: Iterable[Case]) -> str:
    """CSV with a UTF-8 byte-order mark (so Excel and WPS read Chinese right), formulas escaped."""
    header, rows = table(cases)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else cells.protect_formula(_csv_text(v)) for v in row])
    return "\ufeff" + out.getvalue()


def workbook(cases: Iterable[Case]) -> tuple[Any, Any]:
    """An XLSX workbook of the cases (the cases sheet, the keys sheet, drop-down lists) and its
    cases sheet."""
    from openpyxl.cell.cell import Cell

    from cogov.loaders.workbook import new_workbook, put_value

    header, rows = table(cases)
    book, sheet = new_workbook(header)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                cell = sheet.cell(row=r, column=c)
                assert isinstance(cell, Cell)  # a new sheet merges no cells
                put_value(cell, value, header[c - 1])
    return book, sheet


def write_xlsx(cases: Iterable[Case], path: Path) -> None:
    """An XLSX workbook: the cases sheet, the keys sheet and drop-down lists."""
    workbook(cases)[0].save(path)
