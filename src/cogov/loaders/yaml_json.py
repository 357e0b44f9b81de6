"""YAML and JSON case files of the contract: read (with line numbers) and write.

YAML is read with PyYAML's safe loader (the C one, ``CSafeLoader``, when present), with two
changes: dates stay text (``2014-06-30`` keeps its form, an impossible date is reported by the
shapes rather than crashing the reader), and anchors/aliases are refused. The composed nodes
give each case its line and each field its line, and reveal duplicate keys that a plain load
would silently drop.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import yaml

from cogov.errors import InputError, Problem
from cogov.loaders.reading import check_yaml_structure, flow_depth_exceeds, too_deep, yaml_error
from cogov.loaders.records import CaseReader, Collector, case_to_mapping
from cogov.messages import MESSAGES, Phrase, Quoted, both
from cogov.model import Case

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
TOP_FIELDS = ("cases", "actors")
_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_BOOL = "tag:yaml.org,2002:bool"


class CaseLoader(_BaseLoader):
    """The safe loader, keeping timestamps and ``=`` as text, and ``yes``/``no``/``on``/``off``
    as the words written (YAML 1.2: only ``true`` and ``false`` are booleans), so that a
    message shows what the user wrote; a boolean driver still reads them as true or false."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        # Fast path for the commonest scalar: plain text whose first character starts no
        # number, boolean, null or date (the answer the safe resolver would give anyway).
        if kind is yaml.ScalarNode and implicit[0] and value and value[0] not in _SPECIAL:
            return _STR
        tag = super().resolve(kind, value, implicit)
        if tag == _BOOL and implicit[0] and value.lower() not in ("true", "false"):
            return _STR
        return tag


def _as_text(loader: yaml.BaseLoader, node: yaml.Node) -> str:
    return str(node.value)


CaseLoader.add_constructor("tag:yaml.org,2002:timestamp", _as_text)
CaseLoader.add_constructor("tag:yaml.org,2002:value", _as_text)
CaseLoader.add_constructor("tag:yaml.org,2002:merge", _as_text)  # "<<" is a field name here
_SPECIAL = frozenset(key for key in CaseLoader.yaml_implicit_resolvers if key)


def _key_text(node: yaml.Node) -> str:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else "<complex key>"


def _item_lines(item: yaml.Node, collector: Collector, offset: int = 0) -> dict[str, int]:
    """The line of each field of one case node; a field given twice becomes a problem."""
    fields: dict[str, int] = {}
    if isinstance(item, yaml.MappingNode):
        for key, _value in item.value:
            name = _key_text(key)
            line = key.start_mark.line + 1 + offset
            if name in fields:
                collector.line = item.start_mark.line + 1 + offset
                collector.case = None
                twice = both("field_twice_at", name=Quoted(name), first=fields[name], line=line)
                collector.error(name, *twice, line=line)
            fields[name] = line
    return fields


def _case_nodes(
    root: yaml.Node, collector: Collector
) -> tuple[list[int | None], list[dict[str, int]]]:
    """Lines of each case and of each case's fields; duplicate keys become problems."""
    lines: list[int | None] = []
    field_lines: list[dict[str, int]] = []
    if not isinstance(root, yaml.MappingNode):
        return lines, field_lines
    cases_node = None
    for key, value in root.value:
        if _key_text(key) == "cases":
            cases_node = value
    if not isinstance(cases_node, yaml.SequenceNode):
        return lines, field_lines
    for item in cases_node.value:
        lines.append(item.start_mark.line + 1)
        field_lines.append(_item_lines(item, collector))
    return lines, field_lines


class _Builder:
    """Python values from composed nodes: the safe constructor's results, built faster.

    Text scalars (nearly all of a case file) are taken as they are; every other scalar goes
    through the safe constructor (ints, booleans, nulls, floats; a date stays text). A tag on
    a collection other than map/seq, or an unhashable key, is an error as in ``safe_load``.
    """

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def build(self, node: yaml.Node) -> Any:
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _STR:
                return node.value
            return self.loader.construct_object(node, deep=True)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                raise yaml.constructor.ConstructorError(
                    None, None, f"unknown tag {node.tag}", node.start_mark
                )
            return [self.build(item) for item in node.value]
        if node.tag != _MAP:
            raise yaml.constructor.ConstructorError(
                None, None, f"unknown tag {node.tag}", node.start_mark
            )
        mapping = {}
        for key_node, value_node in node.value:
            key = self.build(key_node)
            if isinstance(key, (list, dict)):
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping or list cannot be a key", key_node.start_mark
                )
            mapping[key] = self.build(value_node)
        return mapping


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cycle collector while building many acyclic objects (twice as fast)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_yaml(
    text: str, data: bytes, name: str, collector: Collector
) -> tuple[Any, list[int | None], list[dict[str, int]]]:
    """The document, the line of each case and the lines of each case's fields."""
    check_yaml_structure(data, name, _BaseLoader)
    with _no_gc():
        return _parse_yaml(text, name, collector)


def _parse_yaml(
    text: str, name: str, collector: Collector
) -> tuple[Any, list[int | None], list[dict[str, int]]]:
    loader = CaseLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError.keyed("no_yaml", file=name)
        lines, field_lines = _case_nodes(node, collector)
        document = _Builder(loader).build(node)
    except yaml.YAMLError as err:
        raise yaml_error(err, name) from None
    except RecursionError:
        raise too_deep(name) from None
    finally:
        loader.dispose()
    return document, lines, field_lines


class _JsonObject(dict[str, Any]):
    """A JSON object that remembers the keys it was given more than once."""

    __slots__ = ("repeated",)
    repeated: list[str]


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = _JsonObject(pairs)
    obj.repeated = (
        sorted({k for k, _ in pairs if sum(1 for j, _ in pairs if j == k) > 1})
        if len(obj) < len(pairs)
        else []
    )
    return obj


def parse_json(text: str, data: bytes, name: str) -> Any:
    if flow_depth_exceeds(data):
        raise too_deep(name)
    try:
        return json.loads(text, object_pairs_hook=_json_object)
    except json.JSONDecodeError as err:
        raise InputError.keyed(
            "json_malformed", file=name, line=err.lineno, column=err.colno, problem=err.msg
        ) from None
    except RecursionError:
        raise too_deep(name) from None


def cases_from_document(
    document: Any,
    name: str,
    problems: list[Problem],
    lines: list[int | None] | None = None,
    field_lines: list[dict[str, int]] | None = None,
) -> list[Case]:
    """The cases of a parsed document ``{cases: [...]}``; structure errors are problems."""
    if isinstance(document, list):
        raise InputError.keyed("top_is_list", file=name)
    if not isinstance(document, dict):
        raise InputError.keyed("top_not_mapping", file=name, found=_type_word(document))
    collector = Collector(name, problems)
    if "cases" not in document:
        raise InputError.keyed("no_cases", file=name)
    for key in document:
        if key not in TOP_FIELDS:
            collector.unknown(str(key), TOP_FIELDS, "in_top")
    raw_cases = document["cases"]
    if raw_cases is None:
        return []
    if not isinstance(raw_cases, list):
        raise InputError.keyed("cases_not_list", file=name, found=_type_word(raw_cases))
    reader = CaseReader(collector)
    if "actors" in document:
        reader.read_actors(document["actors"])
    cases = []
    for n, raw in enumerate(raw_cases):
        line = lines[n] if lines and n < len(lines) else None
        collector.lines = field_lines[n] if field_lines and n < len(field_lines) else {}
        for key in getattr(raw, "repeated", ()):
            collector.case, collector.row, collector.line = str(raw.get("id")), None, line
            collector.error(key, *both("field_twice", name=Quoted(key)))
        case = reader.case(raw, line=line)
        if case is not None:
            cases.append(case)
    reader.warn_unused_actors()
    return cases


# --- one case at a time ---------------------------------------------------------------------
#
# Composing a whole file keeps a node (with two position marks) for every value until the end:
# about 25 kB per case, 3.5 GB for 100,000 cases. A file in the usual block layout (only
# "cases:" at the left margin, each case starting with "- " at one indentation) is instead
# cut before each case and every piece composed on its own, which bounds the memory to the
# cases themselves. Anything else, or any piece that does not parse as exactly one list item,
# falls back to composing the whole file, so the result never depends on the cutting.

_TOP_LINE = re.compile(r"(?m)^(?!- )[^\s#].*$")
_CASES_LINE = re.compile(r"cases:[ \t]*(#.*)?")
_FIRST_ITEM = re.compile(r"(?m)^( *)- ")


def _type_word(value: Any) -> Phrase | str:
    """The Python type of what was found, as a word of the catalogue when it has one."""
    name = type(value).__name__
    return Phrase(f"type_{name}") if f"type_{name}" in MESSAGES else name


class _Fallback(Exception):
    """The file is not in the layout that can be read one case at a time."""


def _pieces(text: str, batch: int = 20) -> list[tuple[int, int, int]] | None:
    """``(start, end, number of cases)`` of each run of up to ``batch`` cases, or ``None``
    when the layout is not the usual one."""
    top = list(itertools.islice(_TOP_LINE.finditer(text), 2))
    if len(top) != 1 or not _CASES_LINE.fullmatch(top[0].group().rstrip("\r")):
        return None
    start = top[0].end()
    first = _FIRST_ITEM.search(text, start)
    if first is None or not all(
        line.strip().startswith("#") or not line.strip()
        for line in text[start : first.start()].splitlines()
    ):
        return None
    item = re.compile(rf"(?m)^{first.group(1)}- ")
    starts = [m.start() for m in item.finditer(text, first.start())]
    cuts = [*starts[::batch], len(text)]
    return [
        (cuts[n], cuts[n + 1], min(batch, len(starts) - n * batch)) for n in range(len(cuts) - 1)
    ]


def _read_pieces(text: str, pieces: list[tuple[int, int, int]], collector: Collector) -> list[Case]:
    reader = CaseReader(collector)
    cases = []
    offset = text.count("\n", 0, pieces[0][0]) if pieces else 0
    for start, end, count in pieces:
        piece = text[start:end]
        loader = CaseLoader(piece)
        try:
            node = loader.get_single_node()
            if not isinstance(node, yaml.SequenceNode) or len(node.value) != count:
                raise _Fallback
            builder = _Builder(loader)
            for item in node.value:
                collector.lines = _item_lines(item, collector, offset)
                raw = builder.build(item)
                case = reader.case(raw, line=item.start_mark.line + 1 + offset)
                if case is not None:
                    cases.append(case)
        except (yaml.YAMLError, RecursionError):
            raise _Fallback from None
        finally:
            loader.dispose()
        offset += piece.count("\n")
    return cases


def read_yaml(text: str, data: bytes, name: str, problems: list[Problem]) -> list[Case]:
    check_yaml_structure(data, name, _BaseLoader)
    collector = Collector(name, problems)
    known = len(problems)
    with _no_gc():
        pieces = _pieces(text)
        if pieces is not None:
            try:
                return _read_pieces(text, pieces, collector)
            except _Fallback:
                del problems[known:]
        document, lines, field_lines = _parse_yaml(text, name, collector)
        return cases_from_document(document, name, problems, lines, field_lines)


def read_json(text: str, data: bytes, name: str, problems: list[Problem]) -> list[Case]:
    with _no_gc():
        return cases_from_document(parse_json(text, data, name), name, problems)


def _with_actors(cases: Iterable[Case], document: dict[str, Any]) -> dict[str, Any]:
    """The document with the declared actors its cases list first (``actors:``), if any."""
    from cogov.actors import actors_to_mappings, declared_actors

    actors = declared_actors(cases)
    return {"actors": actors_to_mappings(actors), **document} if actors else document


def dump_yaml(cases: Iterable[Case]) -> str:
    """Cases as a YAML case file: UTF-8 text, fields in contract order, names by language."""
    cases = list(cases)
    document = _with_actors(cases, {"cases": [case_to_mapping(c) for c in cases]})
    body = yaml.dump(
        document,
        Dumper=_BaseDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=100,
    )
    return "# CoGov case file\n" + body


def dump_json(cases: Iterable[Case]) -> str:
    cases = list(cases)
    document = _with_actors(cases, {"cases": [case_to_mapping(c, dates=False) for c in cases]})
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
