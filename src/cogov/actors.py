"""Shared actors: the top-level ``actors:`` of a case file, their IRIs and how cases refer to them.

A file may declare actors beside its cases::

    actors:
      - {id: shanghai, name: {zh: 上海市, en: Shanghai}, level: province,
         division_code: "310000", wikidata: Q8686}

and a participant or superior refers to one with ``{actor: shanghai}``. An inline actor
(``{name: ..., level: ...}``) whose name, in any language, is the name of exactly one declared
actor *is* that actor, when its level is the same or left out. When its level differs it stays
an inline actor of its own case and a warning says so (two governments of the same name at two
levels are different governments; a typing slip is worth a look either way).

One declared actor has one IRI in every case and file (:func:`actor_iri`)::

    https://w3id.org/cogov/actor/cn-310000     from the GB/T 2260 division code, else
    https://w3id.org/cogov/actor/wd-Q8686      from the Wikidata item, else
    https://w3id.org/cogov/actor/id/shanghai   from the declared id

>>> str(actor_iri(Actor(id="shanghai", division_code="310000")))
'https://w3id.org/cogov/actor/cn-310000'
>>> str(actor_iri(Actor(id="un", wikidata="Q1065")))
'https://w3id.org/cogov/actor/wd-Q1065'
>>> str(actor_iri(Actor(id="yrd office")))
'https://w3id.org/cogov/actor/id/yrd%20office'
>>> actor_iri(Actor(name={"en": "Shanghai"})) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from cogov.errors import Problem
from cogov.messages import quote as quoted
from cogov.model import DECLARED_ACTOR_FIELDS, Actor, Case

ACTOR_BASE = "https://w3id.org/cogov/actor/"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
ACTOR_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# GB/T 2260: two digits of province, two of prefecture, two of county; provinces 11..82
DIVISION_CODE = re.compile(r"^[1-8][0-9]{5}$")
WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
_SAFE = "-._~"


def actor_iri(actor: Actor) -> str | None:
    """The shared IRI of a declared actor; ``None`` for an inline one (a per-case node)."""
    if actor.division_code:
        return f"{ACTOR_BASE}cn-{quote(actor.division_code, safe=_SAFE)}"
    if actor.wikidata:
        return f"{ACTOR_BASE}wd-{quote(actor.wikidata, safe=_SAFE)}"
    if actor.id is not None:
        return f"{ACTOR_BASE}id/{quote(actor.id, safe=_SAFE)}"
    return None


def wikidata_iri(item: str) -> str:
    return WIKIDATA_ENTITY + quote(item, safe=_SAFE)


def wikidata_item(iri: str) -> str | None:
    """The Q-id of a Wikidata entity IRI (http or https), else ``None``."""
    for prefix in (WIKIDATA_ENTITY, WIKIDATA_ENTITY.replace("http:", "https:")):
        if iri.startswith(prefix):
            return iri[len(prefix) :]
    return None


def _kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"'{value}'"


class ActorIndex:
    """The declared actors of one file, by id and by every name they carry."""

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        self.by_id: dict[str, Actor] = {}
        self.by_name: dict[str, list[Actor]] = {}
        for actor in actors:
            self.add(actor)

    def __bool__(self) -> bool:
        return bool(self.by_id)

    def add(self, actor: Actor) -> None:
        assert actor.id is not None
        self.by_id[actor.id] = actor
        for text in set(actor.name.values()):
            self.by_name.setdefault(text, []).append(actor)

    def match(self, actor: Actor) -> list[Actor]:
        """The declared actors that carry one of the inline actor's names."""
        found: dict[str, Actor] = {}
        for text in actor.name.values():
            for declared in self.by_name.get(text, ()):
                found.setdefault(declared.id or "", declared)
        return list(found.values())


def read_declared(reader: Any, value: Any) -> ActorIndex:
    """The top-level ``actors:`` list, read with a :class:`cogov.loaders.records.CaseReader`
    (for its names and keys); wrong entries become problems of the reader's collector."""
    c = reader.c
    c.case, c.row, c.line, c.lines = None, None, None, {}
    index = ActorIndex()
    if value is None:
        return index
    if not isinstance(value, list):
        c.error(
            "actors",
            f"'actors' must be a list of actors (each starting with '- id:'), found {_kind(value)}",
            "“actors” 必须是参与者的列表（每个以 “- id:” 开头）",
        )
        return index
    for n, raw in enumerate(value, start=1):
        where = f"actors[{n}]"
        if not isinstance(raw, Mapping):
            c.error(
                where,
                f"a declared actor must be a mapping (id: ..., name: ..., level: ...), found "
                f"{_kind(raw)}",
                "声明的参与者必须是映射（id: ..., name: ..., level: ...）",
            )
            continue
        for key in raw:
            if key not in DECLARED_ACTOR_FIELDS:
                c.unknown(
                    f"{where}.{key}", DECLARED_ACTOR_FIELDS, " of a declared actor",
                    where_zh="声明的参与者的",
                )  # fmt: skip
        ident = reader.scalar(f"{where}.id", raw.get("id"))
        if ident is None:
            c.error(
                f"{where}.id",
                "a declared actor needs an id (lower-case letters, digits, '-' and '_'), which "
                "cases use as {actor: ID}",
                "声明的参与者必须有 id（小写字母、数字、“-” 与 “_”），案例以 {actor: ID} 引用它",
            )
            continue
        if not ACTOR_ID.match(ident):
            c.error(
                f"{where}.id",
                f"the actor id '{ident}' is not allowed: use lower-case letters, digits, '-' "
                "and '_', starting with a letter or digit (such as 'shanghai')",
                f"参与者 id {quoted(ident, 'zh')} 不合规：请使用小写字母、数字、“-” 与 “_”，"
                "并以字母或数字开头（如 “shanghai”）",
            )
        if ident in index.by_id:
            c.error(
                f"{where}.id",
                f"the actor id '{ident}' is declared twice in this file; each declared actor "
                "needs its own id",
                f"参与者 id {quoted(ident, 'zh')} 在本文件中声明了两次；每个声明的参与者都需要"
                "自己的 id",
            )
            continue
        code = reader.scalar(f"{where}.division_code", raw.get("division_code"))
        if code is not None and not DIVISION_CODE.match(code):
            c.error(
                f"{where}.division_code",
                f"'{code}' is not a GB/T 2260 administrative division code: write its six "
                "digits, such as 310000 for Shanghai",
                f"{quoted(code, 'zh')} 不是 GB/T 2260 行政区划代码：请写出六位数字，"
                "如上海市为 310000",
            )
        wikidata = reader.scalar(f"{where}.wikidata", raw.get("wikidata"))
        if wikidata is not None:
            item = wikidata_item(wikidata) or wikidata
            if WIKIDATA_ID.match(item):
                wikidata = item
            else:
                c.error(
                    f"{where}.wikidata",
                    f"'{wikidata}' is not a Wikidata item id: write Q and its number, such as "
                    "Q8686 for Shanghai",
                    f"{quoted(wikidata, 'zh')} 不是 Wikidata 条目编号：请写 Q 加数字，"
                    "如上海市为 Q8686",
                )
        for attribute, value_ in (("division_code", code), ("wikidata", wikidata)):
            twin = next(
                (a for a in index.by_id.values() if value_ and getattr(a, attribute) == value_),
                None,
            )
            if twin is not None:
                c.error(
                    f"{where}.{attribute}",
                    f"the actors '{twin.id}' and '{ident}' have the same {attribute} "
                    f"'{value_}', so they would be one actor; declare it once",
                    f"参与者 {quoted(twin.id or '', 'zh')} 与 {quoted(ident, 'zh')} 的 {attribute} "
                    f"同为 {quoted(str(value_), 'zh')}，会成为同一个参与者；请只声明一次",
                )
        actor = Actor(
            name=reader.names(f"{where}.name", raw.get("name")),
            level=reader.key(f"{where}.level", raw.get("level"), "level"),
            id=ident,
            division_code=code,
            wikidata=wikidata,
        )
        index.add(_checked_code(c, where, actor))
    return index


def _checked_code(c: Any, where: str, actor: Actor) -> Actor:
    """The offline GB/T 2260 checks of :mod:`cogov.divisions` (warnings; only when a code
    table is installed)."""
    from cogov import divisions

    codes = divisions.table()
    if not codes:
        return actor
    if actor.division_code is not None and not DIVISION_CODE.match(actor.division_code):
        return actor  # already an error
    actor, notes = divisions.fill(actor, codes)
    for en, zh in notes + divisions.check(actor, codes):
        _warn(c, f"{where}.division_code", en, zh)
    return actor


def refer(reader: Any, where: str, item: Mapping[str, Any]) -> Actor | None:
    """The declared actor named by ``{actor: ID}``; an unknown id is an error (with the nearest
    declared id)."""
    c = reader.c
    index: ActorIndex = reader.declared
    for key in item:
        if key != "actor":
            c.error(
                f"{where}.{key}",
                f"a reference to a declared actor holds only 'actor: ID', found '{key}' too; "
                "change the actor in the top-level 'actors:' list",
                f"对已声明参与者的引用只能写 “actor: ID”，这里还有 {quoted(str(key), 'zh')}；"
                "请在顶层 “actors:” 列表中修改该参与者",
            )
    ident = reader.scalar(f"{where}.actor", item.get("actor"))
    if ident is None:
        c.error(
            f"{where}.actor",
            "'actor:' needs the id of an actor declared in the top-level 'actors:' list",
            "“actor:” 需要写顶层 “actors:” 列表中已声明参与者的 id",
        )
        return None
    found = index.by_id.get(ident)
    if found is not None:
        return found
    from cogov.loaders.keys import nearest

    declared = tuple(index.by_id)
    hint = nearest(ident, declared)
    text = f"unknown actor '{ident}': no actor with this id is declared in the top-level 'actors:'"
    zh = f"未知参与者 {quoted(ident, 'zh')}：顶层 “actors:” 中没有声明这个 id"
    if hint:
        text += f"; did you mean '{hint}'?"
        zh += f"；是否应为 {quoted(hint, 'zh')}？"
    else:
        zh += "。"
    if declared:
        text += f" Declared: {', '.join(declared)}."
        zh += f"已声明：{'、'.join(declared)}。"
    else:
        text += " This file declares no actors."
        zh += "本文件没有声明参与者。"
    c.error(f"{where}.actor", text, zh)
    return None


def match_inline(reader: Any, where: str, actor: Actor) -> Actor:
    """An inline actor, or the declared actor of the same name (see the module's text)."""
    index: ActorIndex = reader.declared
    if not index or not actor.name:
        return actor
    found = index.match(actor)
    if not found:
        return actor
    c = reader.c
    if len(found) > 1:
        ids = ", ".join(sorted(a.id or "" for a in found))
        _warn(
            c,
            where,
            f"the actor '{actor.label()}' has the name of several declared actors ({ids}); it "
            "is kept as an actor of this case only: write {actor: ID} to say which",
            f"参与者 {quoted(actor.label(), 'zh')} 与多个已声明参与者（{ids}）同名；它只作为本"
            "案例的参与者保留：请写 {actor: ID} 指明是哪一个",
        )
        return actor
    declared = found[0]
    if actor.level is None or actor.level == declared.level:
        return declared
    _warn(
        c,
        where,
        f"the actor '{actor.label()}' has the name of the declared actor '{declared.id}' but "
        f"level '{actor.level}', not '{declared.level}'; it is kept as a different actor of "
        f"this case only. If it is the same, write {{actor: {declared.id}}}",
        f"参与者 {quoted(actor.label(), 'zh')} 与已声明参与者 {quoted(declared.id or '', 'zh')}"
        f" 同名，但层级为 {quoted(actor.level, 'zh')} 而非 {quoted(str(declared.level), 'zh')}；"
        f"它作为本案例中另一个参与者保留。若是同一个，请写 {{actor: {declared.id}}}",
    )
    return actor


def _warn(c: Any, field: str, message: str, zh: str) -> None:
    c.error(field, message, zh, severity="warning")


def unused(reader: Any, index: ActorIndex, used: set[str]) -> None:
    """A declared actor that no case lists is worth a warning: it is in no output."""
    for ident in index.by_id:
        if ident not in used:
            c = reader.c
            c.case, c.row, c.line = None, None, None
            _warn(
                c,
                "actors",
                f"the actor '{ident}' is declared but no case lists it; it is left out of "
                "converted files and of the graph",
                f"参与者 {quoted(ident, 'zh')} 已声明，但没有案例列出它；转换后的文件和图中不含它",
            )


def declared_actors(cases: Iterable[Case]) -> list[Actor]:
    """The declared actors the cases list, each once, sorted by id (for writing files)."""
    found: dict[str, Actor] = {}
    for case in cases:
        for actor in (*case.participants, *(case.superiors or ())):
            if actor.id is not None:
                found.setdefault(actor.id, actor)
    return [found[k] for k in sorted(found)]


def conflicts(cases: Iterable[Case]) -> list[Problem]:
    """Declared actors of the same id (or the same IRI) that differ between files."""
    seen: dict[str, tuple[Actor, Case]] = {}
    problems = []
    for case in cases:
        for actor in (*case.participants, *(case.superiors or ())):
            if actor.id is None:
                continue
            for key in {f"id {actor.id}", f"IRI {actor_iri(actor)}"}:
                first = seen.setdefault(key, (actor, case))
                if first[0] != actor and first[1].file != case.file:
                    problems.append(
                        Problem(
                            file=case.file,
                            message=f"the declared actor '{actor.id}' differs from the actor "
                            f"with the same {key.split()[0]} declared in {first[1].file}; "
                            "one actor must be declared alike in every file",
                            case=case.id,
                            field="actors",
                            message_zh=f"已声明参与者 {quoted(actor.id, 'zh')} 与 "
                            f"{first[1].file} 中同一 {key.split()[0]} 的参与者不一致；"
                            "同一参与者在各文件中的声明必须相同",
                        )
                    )
    return sorted(set(problems), key=lambda p: (p.file or "", p.case or "", p.message))


def actors_to_mappings(actors: Iterable[Actor]) -> list[dict[str, Any]]:
    """Declared actors in the file form of ``actors:``."""
    from cogov.model import ordered_names

    out = []
    for actor in actors:
        entry: dict[str, Any] = {"id": actor.id, "name": dict(ordered_names(actor.name))}
        if actor.level is not None:
            entry["level"] = actor.level
        if actor.division_code is not None:
            entry["division_code"] = actor.division_code
        if actor.wikidata is not None:
            entry["wikidata"] = actor.wikidata
        out.append(entry)
    return out
