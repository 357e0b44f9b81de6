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
import json
from collections.abc import Iterable, Iterator
from typing import Any

import yaml

from cogov.errors import InputError, Problem
from cogov.loaders.reading import MAX_DEPTH, check_yaml_structure, flow_depth_exceeds, yaml_error
from cogov.loaders.records import CaseReader, Collector, case_to_mapping
from cogov.model import Case

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
TOP_FIELDS = ("cases",)


class CaseLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, keeping timestamps and ``=`` as text."""


def _as_text(loader: yaml.BaseLoader, node: yaml.Node) -> str:
    return str(node.value)


CaseLoader.add_constructor("tag:yaml.org,2002:timestamp", _as_text)
CaseLoader.add_constructor("tag:yaml.org,2002:value", _as_text)


def _key_text(node: yaml.Node) -> str:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else "<complex key>"


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
        fields: dict[str, int] = {}
        if isinstance(item, yaml.MappingNode):
            for key, _value in item.value:
                name = _key_text(key)
                if name in fields:
                    collector.line = item.start_mark.line + 1
                    collector.case = None
                    collector.error(
                        name,
                        f"field '{name}' appears twice in this case (lines {fields[name]} and "
                        f"{key.start_mark.line + 1}); only the last one would count",
                        line=key.start_mark.line + 1,
                    )
                fields[name] = key.start_mark.line + 1
        field_lines.append(fields)
    return lines, field_lines


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


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


def parse_yaml(text: str, data: bytes, name: str, collector: Collector) -> tuple[Any, list, list]:
    """The document, the line of each case and the lines of each case's fields."""
    check_yaml_structure(data, name, _BaseLoader)
    with _no_gc():
        return _parse_yaml(text, name, collector)


def _parse_yaml(text: str, name: str, collector: Collector) -> tuple[Any, list, list]:
    loader = CaseLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError("the file holds no YAML document", file=name)
        lines, field_lines = _case_nodes(node, collector)
        document = _Builder(loader).build(node)
    except yaml.YAMLError as err:
        raise yaml_error(err, name) from None
    except RecursionError:
        raise InputError(f"the file is nested deeper than {MAX_DEPTH} levels", file=name) from None
    finally:
        loader.dispose()
    return document, lines, field_lines


def parse_json(text: str, data: bytes, name: str) -> Any:
    if flow_depth_exceeds(data):
        raise InputError(f"the file is nested deeper than {MAX_DEPTH} levels", file=name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(
            f"malformed JSON at line {err.lineno}, column {err.colno}: {err.msg}",
            file=name,
            line=err.lineno,
        ) from None
    except RecursionError:
        raise InputError(f"the file is nested deeper than {MAX_DEPTH} levels", file=name) from None


def cases_from_document(
    document: Any,
    name: str,
    problems: list[Problem],
    lines: list[int | None] | None = None,
    field_lines: list[dict[str, int]] | None = None,
) -> list[Case]:
    """The cases of a parsed document ``{cases: [...]}``; structure errors are problems."""
    if isinstance(document, list):
        raise InputError(
            "expected a mapping with a top-level 'cases:' list, found a list; "
            "put 'cases:' on the first line and indent the cases under it",
            file=name,
        )
    if not isinstance(document, dict):
        raise InputError(
            "expected a mapping with a top-level 'cases:' list, found "
            f"{type(document).__name__ if document is not None else 'nothing'}",
            file=name,
        )
    collector = Collector(name, problems)
    if "cases" not in document:
        raise InputError("the file has no top-level 'cases:' list", file=name)
    for key in document:
        if key not in TOP_FIELDS:
            collector.unknown(str(key), TOP_FIELDS, " at the top level")
    raw_cases = document["cases"]
    if raw_cases is None:
        return []
    if not isinstance(raw_cases, list):
        raise InputError(
            f"'cases' must be a list of cases (each starting with '- id:'), found "
            f"{type(raw_cases).__name__}",
            file=name,
        )
    reader = CaseReader(collector)
    cases = []
    for n, raw in enumerate(raw_cases):
        line = lines[n] if lines and n < len(lines) else None
        collector.lines = field_lines[n] if field_lines and n < len(field_lines) else {}
        case = reader.case(raw, line=line)
        if case is not None:
            cases.append(case)
    return cases


def read_yaml(text: str, data: bytes, name: str, problems: list[Problem]) -> list[Case]:
    collector = Collector(name, problems)
    document, lines, field_lines = parse_yaml(text, data, name, collector)
    with _no_gc():
        return cases_from_document(document, name, problems, lines, field_lines)


def read_json(text: str, data: bytes, name: str, problems: list[Problem]) -> list[Case]:
    return cases_from_document(parse_json(text, data, name), name, problems)


def dump_yaml(cases: Iterable[Case]) -> str:
    """Cases as a YAML case file: UTF-8 text, fields in contract order, names by language."""
    document = {"cases": [case_to_mapping(c) for c in cases]}
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
    document = {"cases": [case_to_mapping(c, dates=False) for c in cases]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
