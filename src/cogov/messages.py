"""SHACL results in plain words, in English or Chinese.

Each shape of ``shapes/`` carries ``sh:message`` in both languages and a ``cgsh:field``
annotation naming the case-file field. This module turns one SHACL result (focus node, path,
value, source shape) into a :class:`cogov.errors.Problem`: it finds the case the focus node
belongs to, the field, what was found and, for a key outside its code list, the nearest
allowed key and the whole list.

>>> render_found(["forum", "mou"], "zh")
'“forum”、“mou”'
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

LANGS = ("en", "zh")

_TEXT = {
    "en": {
        "found": "found: {found}",
        "nothing": "nothing",
        "nearest": "did you mean {nearest}?",
        "allowed": "allowed: {allowed}",
        "sep": "; ",
        "list": ", ",
        "quote": "'{}'",
        "count": "{n} given",
        "duplicate_id": "the id {id} is used by {n} cases (also at {others}); ids must be unique",
        "unknown_shape": "the case does not conform to the shape {shape}",
        "actor": "{name} (level {level})",
    },
    "zh": {
        "found": "实际为：{found}",
        "nothing": "无",
        "nearest": "是否应为 {nearest}？",
        "allowed": "允许的取值：{allowed}",
        "sep": "；",
        "list": "、",
        "quote": "“{}”",
        "count": "共 {n} 个",
        "duplicate_id": "id {id} 被 {n} 个案例使用（另见 {others}）；id 必须唯一",
        "unknown_shape": "案例不符合形状 {shape}",
        "actor": "{name}（层级 {level}）",
    },
}


def text(lang: str, key: str, **values: object) -> str:
    """One fixed phrase in ``lang`` (``en`` or ``zh``), filled in."""
    return _TEXT[lang if lang in _TEXT else "en"][key].format(**values)


def quote(value: str, lang: str) -> str:
    return _TEXT[lang if lang in _TEXT else "en"]["quote"].replace("{}", value)


def render_found(values: Sequence[str], lang: str) -> str:
    """What was found, quoted and joined in the language's way."""
    if not values:
        return text(lang, "nothing")
    return text(lang, "list").join(quote(v, lang) for v in values)


def nearest_key(value: str, allowed: Iterable[str]) -> str | None:
    """The allowed key closest to ``value`` (difflib), if any is close enough."""
    found = difflib.get_close_matches(value, list(allowed), n=1, cutoff=0.6)
    return found[0] if found else None


def compose(
    base: str,
    lang: str,
    *,
    found: Sequence[str] | None = None,
    allowed: Sequence[str] | None = None,
    count: int | None = None,
) -> str:
    """The shape's own sentence, then what was found, then what is allowed."""
    parts = [base]
    if count is not None:
        parts.append(text(lang, "found", found=text(lang, "count", n=count)))
    elif found is not None:
        parts.append(text(lang, "found", found=render_found(found, lang)))
    if allowed:
        guesses = [nearest_key(v, allowed) for v in (found or ())]
        guesses = [g for g in guesses if g]
        if guesses:
            parts.append(text(lang, "nearest", nearest=render_found(guesses, lang)))
        parts.append(text(lang, "allowed", allowed=text(lang, "list").join(allowed)))
    return text(lang, "sep").join(parts)
