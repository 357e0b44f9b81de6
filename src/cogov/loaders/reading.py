"""Reading a user's file safely: size, emptiness, binary content, encoding, nesting, aliases.

Every check raises :class:`cogov.errors.InputError` with a sentence naming the file. Limits:

- a file larger than :data:`MAX_FILE_BYTES` (200 MB) is refused before it is read;
- YAML and JSON nested deeper than :data:`MAX_DEPTH` levels are refused before they are parsed
  (a case file needs 6);
- YAML anchors and aliases (``&a`` / ``*a``) are refused outright: case files never need them,
  and they are how a "billion laughs" file expands without bound;
- an XLSX whose parts would unpack to more than :data:`MAX_UNZIPPED_BYTES` is refused.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

from cogov.errors import InputError

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
MAX_DEPTH = 64

_BOMS = {
    b"\xff\xfe\x00\x00": "UTF-32",
    b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16",
    b"\xfe\xff": "UTF-16",
}
_BRACKETS = bytes(range(256)).translate(None, b"[]{}")
# A line indented (or opened with "- " / "? " markers) this deep may nest deeply in block style.
_DEEP_BLOCK = re.compile(rb"(?m)^[ \t?:-]{%d}" % (2 * MAX_DEPTH))


def display_name(path: str | os.PathLike[str]) -> str:
    """The file name as the user gave it, for messages and ``recordedIn``."""
    return os.fspath(path)


def _unreadable(name: str, err: OSError) -> InputError:
    return InputError.keyed("file_unreadable", file=name, why=err.strerror or err)


def read_bytes(path: str | os.PathLike[str], *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a file after checking that it exists, is a file, is not empty or huge."""
    name = display_name(path)
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError:
        raise InputError.keyed("file_missing", file=name) from None
    except OSError as err:
        raise _unreadable(name, err) from None
    if p.is_dir():
        raise InputError.keyed("file_is_folder", file=name)
    if not p.is_file():
        raise InputError.keyed("file_not_regular", file=name)
    if info.st_size > limit:
        raise InputError.keyed(
            "file_too_large", file=name, size_mb=info.st_size / 1e6, limit_mb=limit / 1e6
        )
    try:
        data = p.read_bytes()
    except OSError as err:
        raise _unreadable(name, err) from None
    if len(data) > limit:  # the file grew while we looked
        raise InputError.keyed("file_grew", file=name, limit_mb=limit / 1e6)
    if not data.strip():
        raise InputError.keyed("file_empty", file=name)
    return data


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is accepted and dropped); binary and other encodings fail."""
    for bom, encoding in _BOMS.items():
        if data.startswith(bom):
            raise InputError.keyed("file_encoding", file=name, encoding=encoding)
    if b"\x00" in data[:65536]:
        raise InputError.keyed("file_binary", file=name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise InputError.keyed(
            "file_not_utf8", file=name, line=line, byte=data[err.start], column=column
        ) from None
    if not text.strip("\ufeff \t\r\n"):
        raise InputError.keyed("file_empty", file=name)
    return text


def flow_depth_exceeds(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when brackets ``[]{}`` may nest deeper than ``limit`` (peels pairs, C speed)."""
    only = data.translate(None, _BRACKETS)
    for _ in range(limit + 1):
        if not only:
            return False
        peeled = only.replace(b"[]", b"").replace(b"{}", b"")
        if peeled == only:  # unbalanced brackets (in quoted text): no more nesting to peel
            return False
        only = peeled
    return bool(only)


def check_yaml_structure(data: bytes, name: str, loader: type) -> None:
    """Refuse YAML aliases and nesting deeper than :data:`MAX_DEPTH` before composing.

    The checks run on the raw bytes first (C speed); only a file that may hold an anchor or
    deep block nesting is scanned event by event (libyaml's parser has no recursion).
    """
    if flow_depth_exceeds(data):
        raise too_deep(name)
    may_alias = b"&" in data and b"*" in data
    may_nest = _DEEP_BLOCK.search(data) is not None
    if not (may_alias or may_nest):
        return
    depth = 0
    try:
        for event in yaml.parse(data, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                raise InputError.keyed(
                    "yaml_alias", file=name, line=_line(event), anchor=event.anchor
                )
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise too_deep(name, _line(event))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as err:
        raise yaml_error(err, name) from None


def _line(event: yaml.Event) -> int | None:
    """The line (from 1) where a YAML event starts; the parser marks every event it emits."""
    return None if event.start_mark is None else event.start_mark.line + 1


def yaml_error(err: yaml.YAMLError, name: str) -> InputError:
    """A YAML syntax error as an :class:`InputError` with its line and column."""
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    if mark is not None:
        return InputError.keyed(
            "yaml_malformed_at",
            file=name,
            line=mark.line + 1,
            column=mark.column + 1,
            problem=problem,
        )
    return InputError.keyed("yaml_malformed", file=name, problem=problem)


def too_deep(name: str, line: int | None = None) -> InputError:
    """The file nests deeper than :data:`MAX_DEPTH` levels."""
    return InputError.keyed("file_too_deep", file=name, line=line, depth=MAX_DEPTH)
