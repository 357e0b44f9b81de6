"""The syntax of a spreadsheet cell holding a list or actors, and formula escaping.

- A list cell holds items separated by ``;`` or a line break. A cell of keys or of actors also
  splits at the Chinese separators ``、`` ``，`` ``；`` (``广州市、佛山市`` is two actors); a
  cell of sources splits at ``；`` too (a citation may hold ``、`` and ``，``).
- An actor is ``中文名 | English name (level)``: the Chinese name, ``|``, the English name, and
  the level in parentheses at the end (the key, or a word for it such as ``地级市``). Either
  name may be left out: ``上海市 (province)`` (one name: Chinese if it holds a CJK character,
  else English), ``| Shanghai (province)`` (an English name that holds CJK characters),
  ``(province)`` (no name). Full-width parentheses hold a level too, ``广州市（地级市）``, but
  only when what they hold is a level; ``办公室（上海）`` is a name.
- A backslash makes the next character literal: ``\\;`` ``\\|`` ``\\(`` ``\\)`` ``\\\\``
  ``\\、``. Only a name ending in ``)`` without a level after it needs ``\\)``; other
  parentheses in names are read as written.
- An empty cell is *not reported*; ``none`` alone (any case; or ``无``) is *coded as none*, the
  ``[]`` of a YAML file. A single item that is really called "none" is written ``\\none``.
- A CSV cell beginning with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or ``'`` is
  written with a leading ``'`` so that a spreadsheet program runs nothing; reading removes it.

>>> split_items("a; b\\\\;c\\nd")
['a', 'b\\\\;c', 'd']
>>> parse_actor("上海市 | Shanghai (province)")
({'zh': '上海市', 'en': 'Shanghai'}, 'province', 2)
>>> format_actor({"en": "Hong Kong (SAR)"}, None)
'Hong Kong (SAR\\\\)'
"""

from __future__ import annotations

import re

from cogov.model import guess_language

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
#: where the items of a cell split: a cell of keys or actors, a cell of texts (sources)
KEY_SEPARATORS = ";\n\r、，；"
TEXT_SEPARATORS = ";\n\r；"
_LIST_SPECIAL = "\\;\n\r；"
_NAME_SPECIAL = "\\;|\n\r、，；"


NONE = "none"
_NONE_WORDS = frozenset({"none", "无"})


def is_none(cell: str) -> bool:
    """True for a cell that says *coded as none* (``none`` or ``无``), not for ``\\none``.

    >>> is_none(" None "), is_none("\\none"), is_none("meeting")
    (True, False, False)
    """
    return cell.strip().lower() in _NONE_WORDS


def protect_none(cell: str) -> str:
    """A written list cell that would read as ``none`` gets its first character escaped."""
    return "\\" + cell if is_none(cell) else cell


def escape(text: str, special: str = _LIST_SPECIAL) -> str:
    """Backslash before every special character."""
    if not any(ch in text for ch in special):
        return text
    return "".join("\\" + ch if ch in special else ch for ch in text)


def unescape(text: str) -> str:
    """Drop each escaping backslash; the character after it stays."""
    if "\\" not in text:
        return text
    out, it = [], iter(text)
    for ch in it:
        out.append(next(it, "") if ch == "\\" else ch)
    return "".join(out)


def split_items(cell: str, separators: str = ";\n\r") -> list[str]:
    """Split a cell at unescaped separators; items keep their escapes, stripped, non-empty."""
    if "\\" not in cell:  # no escapes: split at C speed
        parts = re.split(f"[{re.escape(separators)}]", cell)
        return [part.strip() for part in parts if part.strip()]
    items, current, escaped = [], [], False
    for ch in cell:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch in separators:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    if escaped:  # a lone backslash at the end stands for itself
        current.append("\\")
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def _unescaped_positions(text: str, char: str) -> list[int]:
    if "\\" not in text:
        return [m.start() for m in re.finditer(re.escape(char), text)]
    positions, escaped = [], False
    for n, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == char:
            positions.append(n)
    return positions


def parse_actor(item: str) -> tuple[dict[str, str], str | None, int]:
    """Names, level and the number of ``|``-separated name parts of one actor item."""
    item = item.strip()
    level = None
    closing = _unescaped_positions(item, ")")
    wide = _unescaped_positions(item, "）")
    if closing and closing[-1] == len(item) - 1:
        opening = [n for n in _unescaped_positions(item, "(") if n < closing[-1]]
        if opening:
            level = unescape(item[opening[-1] + 1 : -1]).strip() or None
            item = item[: opening[-1]]
    elif wide and wide[-1] == len(item) - 1:
        from cogov.loaders.words import resolve

        opening = [n for n in _unescaped_positions(item, "（") if n < wide[-1]]
        inside = unescape(item[opening[-1] + 1 : -1]).strip() if opening else ""
        if inside and resolve("level", inside):
            level, item = inside, item[: opening[-1]]
    bars = _unescaped_positions(item, "|")
    parts, start = [], 0
    for n in bars:
        parts.append(item[start:n])
        start = n + 1
    parts.append(item[start:])
    texts = [unescape(p).strip() for p in parts]
    names: dict[str, str] = {}
    if len(texts) == 1:
        if texts[0]:
            names[guess_language(texts[0])] = texts[0]
    else:
        for lang, text in zip(("zh", "en"), texts, strict=False):
            if text:
                names[lang] = text
    return names, level, len(texts)


def _name_text(text: str) -> str:
    if text.endswith((")", "）")):  # could be read as a level
        return escape(text[:-1], _NAME_SPECIAL) + "\\" + text[-1]
    return escape(text, _NAME_SPECIAL)


def format_actor(names: dict[str, str], level: str | None) -> str:
    """One actor in the cell syntax (names other than zh and en cannot be written)."""
    zh, en = names.get("zh"), names.get("en")
    if len(names) == 1 and guess_language(next(iter(names.values()))) == next(iter(names)):
        text = _name_text(next(iter(names.values())))
    elif not names:
        text = ""
    else:
        text = f"{_name_text(zh or '')} | {_name_text(en or '')}".strip()
    if level is not None:
        level_text = escape(level, _NAME_SPECIAL + "()")
        text = f"{text} ({level_text})" if text else f"({level_text})"
    return text or "()"  # an actor with neither name nor level


def protect_formula(text: str) -> str:
    """A CSV cell that a spreadsheet program would run gets a leading ``'``."""
    return "'" + text if text.startswith(FORMULA_START) else text


def unprotect_formula(text: str) -> str:
    """The inverse of :func:`protect_formula`."""
    if text.startswith("'") and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


# --- declared (shared) actors in a cell -------------------------------------------------------
#
# ``@shanghai`` refers to the declared actor ``shanghai``. It is declared once in the file, in
# any actors cell, by ``@shanghai = 上海市 | Shanghai (province) [310000 Q8686]``: the id, ``=``,
# the actor in the usual syntax, then in square brackets its GB/T 2260 division code and/or its
# Wikidata item (either may be left out, and so may the brackets). An inline actor whose name
# begins with ``@`` is written ``\@``.


def is_reference(item: str) -> bool:
    """True for an actor item that names a declared actor (``@id`` or ``@id = ...``)."""
    return item.strip().startswith("@")


def parse_reference(
    item: str,
) -> tuple[str, dict[str, str] | None, str | None, int, list[str]]:
    """``(id, names, level, name parts, attributes)`` of ``@id = ...``; ``names`` is ``None``
    for a bare ``@id``. Attributes are the bracketed words (a code, a Q-id), unchecked."""
    item = item.strip()[1:]
    equals = _unescaped_positions(item, "=")
    if not equals:
        return unescape(item).strip(), None, None, 0, []
    ident, rest = unescape(item[: equals[0]]).strip(), item[equals[0] + 1 :].strip()
    attributes: list[str] = []
    closing = _unescaped_positions(rest, "]")
    if closing and closing[-1] == len(rest) - 1:
        opening = [n for n in _unescaped_positions(rest, "[") if n < closing[-1]]
        if opening:
            attributes = re.split(r"[\s,]+", unescape(rest[opening[-1] + 1 : -1]).strip())
            attributes = [a for a in attributes if a]
            rest = rest[: opening[-1]].strip()
    names, level, parts = parse_actor(rest)
    return ident, names, level, parts, attributes


def format_reference(
    ident: str,
    names: dict[str, str] | None = None,
    level: str | None = None,
    attributes: tuple[str, ...] = (),
) -> str:
    """``@id``, or the declaration ``@id = names (level) [attributes]`` when names is given."""
    if names is None:
        return f"@{ident}"
    text = format_actor(names, level)
    if attributes:
        text += f" [{' '.join(attributes)}]"
    elif text.endswith("]"):  # would be read as attributes
        text = text[:-1] + "\\]"
    return f"@{ident} = {text}"


def format_inline(names: dict[str, str], level: str | None) -> str:
    """An inline actor; a leading ``@`` is escaped so that it is not read as a reference."""
    text = format_actor(names, level)
    return "\\" + text if text.startswith("@") else text
