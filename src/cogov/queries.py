"""The named questions of ``queries/questions/*.rq`` and how to run them.

Each file starts with a comment block that this module reads; nothing else lists the
questions, so adding a file adds a question::

    # name: cases-per-type
    # number: 1
    # en: How many cases fall into each type of Table 1, and which?
    # zh: 表1的每种类型各有多少案例?是哪些?
    # parameters:
    #   lang: string = en -- ...
    #   case: string, optional -- ...
    # columns: type, type_name, case_count, cases (list)

Parameter types: ``integer``, ``string``, ``boolean``, ``key:<scheme>`` (a key of a code list,
bound as the IRI ``cogov:<scheme>-<key>``). A value is checked against its declared type and
bound as a typed term (see :func:`cogov.backends.bind_values`), never pasted into the text.
Columns marked ``(list)`` hold ``"; "``-separated values, sorted here so that every backend
gives the same text.

>>> "cases-per-type" in [q.name for q in list_questions()]
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from cogov.backends import Backend
from cogov.errors import ResourceError, UsageError
from cogov.query_header import read_fields
from cogov.resources import NAMESPACE, data_dir

LIST_SEPARATOR = "; "
TYPES = ("integer", "string", "boolean")
_KEY = re.compile(r"[a-z0-9][a-z0-9_]*")
_PARAM = re.compile(
    r"([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([a-z]+(?::[A-Za-z]+)?)"
    r"\s*(?:=\s*(\S+)|,\s*(optional))?\s*(?:--\s*(.*))?$"
)


@dataclass(frozen=True)
class Parameter:
    """One declared parameter of a question."""

    name: str
    type: str
    default: str | None = None
    optional: bool = False
    description: str = ""

    def term(self, value: str) -> ox.NamedNode | ox.Literal:
        """The typed term for a value given as text; :class:`UsageError` if it does not fit."""
        if self.type == "integer":
            if not re.fullmatch(r"[+-]?[0-9]{1,18}", value.strip()):
                raise UsageError(f"parameter {self.name} must be a whole number, not {value!r}")
            return ox.Literal(int(value))
        if self.type == "boolean":
            lowered = value.strip().lower()
            if lowered not in ("true", "false", "yes", "no", "1", "0"):
                raise UsageError(f"parameter {self.name} must be true or false, not {value!r}")
            return ox.Literal(lowered in ("true", "yes", "1"))
        if self.type.startswith("key:"):
            scheme = self.type.split(":", 1)[1]
            if not _KEY.fullmatch(value):
                raise UsageError(
                    f"parameter {self.name} must be a {scheme} key (lower-case letters, digits "
                    f"and _), not {value!r}"
                )
            return ox.NamedNode(f"{NAMESPACE}{scheme}-{value}")
        if len(value) > 1000:
            raise UsageError(f"parameter {self.name} is longer than 1000 characters")
        return ox.Literal(value)


@dataclass(frozen=True)
class Question:
    """A named question: its header and its query text."""

    name: str
    path: Path
    text: str
    en: str = ""
    zh: str = ""
    number: int | None = None
    parameters: tuple[Parameter, ...] = ()
    columns: tuple[str, ...] = ()
    list_columns: frozenset[str] = field(default_factory=frozenset)

    def bindings(self, params: Mapping[str, Any] | None) -> dict[str, ox.NamedNode | ox.Literal]:
        """Check ``params`` against the declared parameters; the terms to bind."""
        params = dict(params or {})
        declared = {p.name: p for p in self.parameters}
        unknown = sorted(set(params) - set(declared))
        if unknown:
            allowed = ", ".join(declared) or "none"
            raise UsageError(
                f"question {self.name} has no parameter {', '.join(unknown)}; "
                f"its parameters: {allowed}"
            )
        bound = {}
        for name, parameter in declared.items():
            value = params.get(name)
            if value is None:
                if parameter.default is None:
                    if parameter.optional:
                        continue
                    raise UsageError(f"question {self.name} needs the parameter {name}")
                value = parameter.default
            if isinstance(value, bool):
                value = "true" if value else "false"
            bound[name] = parameter.term(str(value))
        return bound


def parse_header(path: Path, text: str) -> Question:
    """Read the comment block at the top of a question file."""
    fields = {key: _join_continuations(found[-1]) for key, found in read_fields(text).items()}
    name = " ".join(fields.get("name", [])) or path.stem
    if name != path.stem:
        raise ResourceError(f"{path.name}: the header names the question {name!r}")
    parameters = []
    for entry in fields.get("parameters", []):
        if entry in ("", "none"):
            continue
        match = _PARAM.match(entry)
        if match is None:
            raise ResourceError(f"{path.name}: cannot read the parameter line {entry!r}")
        pname, ptype, default, optional, description = match.groups()
        if ptype not in TYPES and not ptype.startswith("key:"):
            raise ResourceError(f"{path.name}: parameter {pname} has an unknown type {ptype}")
        parameters.append(
            Parameter(pname, ptype, default, bool(optional), (description or "").strip())
        )
    columns, lists = [], set()
    for item in " ".join(fields.get("columns", [])).split(","):
        item = item.strip()
        if not item:
            continue
        column = item.split()[0]
        columns.append(column)
        if "(list)" in item:
            lists.add(column)
    number = " ".join(fields.get("number", []))
    return Question(
        name=name,
        path=path,
        text=text,
        en=" ".join(fields.get("en", [])),
        zh="".join(fields.get("zh", [])),
        number=int(number) if number.isdigit() else None,
        parameters=tuple(parameters),
        columns=tuple(columns),
        list_columns=frozenset(lists),
    )


def _join_continuations(lines: list[str]) -> list[str]:
    """Lines indented deeper than the first indented line continue the line before."""
    entries: list[str] = []
    base: int | None = None
    for raw in lines:
        indent = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if not entries or (base is not None and indent <= base) or (base is None and indent < 4):
            base = indent if raw.startswith(" ") and base is None else base
            entries.append(text)
        else:
            entries[-1] = f"{entries[-1]} {text}".strip()
    return entries


@cache
def _questions(folder: Path) -> dict[str, Question]:
    found = {}
    for path in sorted(folder.glob("*.rq")):
        question = parse_header(path, path.read_text(encoding="utf-8"))
        found[question.name] = question
    return found


def list_questions() -> list[Question]:
    """Every named question, numbered ones first in their order, then by name."""
    questions = _questions(data_dir("queries") / "questions").values()
    return sorted(questions, key=lambda q: (q.number is None, q.number or 0, q.name))


def get_question(name: str) -> Question:
    """The question called ``name``; :class:`UsageError` naming the known ones otherwise."""
    questions = _questions(data_dir("queries") / "questions")
    if name not in questions:
        raise UsageError(
            f"there is no question called {name!r}; known questions: "
            + ", ".join(q.name for q in list_questions())
        )
    return questions[name]


def _normalise(row: dict[str, Any], lists: frozenset[str]) -> dict[str, Any]:
    for column in lists:
        value = row.get(column)
        if isinstance(value, str):
            items = sorted({v for v in value.split(LIST_SEPARATOR) if v})
            row[column] = LIST_SEPARATOR.join(items)
    return row


def run_question(
    name: str, backend: Backend, params: Mapping[str, Any] | None = None, *, lang: str = "en"
) -> list[dict[str, Any]]:
    """Answer a named question on a backend: a list of dicts, one per row; with ``lang="zh"``
    the case names in Chinese where the cases have them (:mod:`cogov.names`)."""
    from cogov.names import in_language

    question = get_question(name)
    bindings = question.bindings(params)
    rows = backend.select(question.text, bindings)
    if question.columns:
        rows = [{c: row.get(c) for c in question.columns} for row in rows]
    rows = in_language(rows, backend, lang)
    return [_normalise(row, question.list_columns) for row in rows]


def to_dataframe(rows: list[dict[str, Any]], columns: tuple[str, ...] | None = None) -> Any:
    """The rows as a pandas DataFrame (pandas is optional; a clear error if it is missing)."""
    try:
        import pandas as pd
    except ImportError as err:
        raise UsageError("pandas is not installed; install it to get a DataFrame") from err
    return pd.DataFrame(rows, columns=list(columns) if columns else None)
