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
from cogov.messages import Listed, Phrase, Quoted, both, kind
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
        c.error("actors", *both("actors_not_list", found=kind(value)))
        return index
    for n, raw in enumerate(value, start=1):
        where = f"actors[{n}]"
        if not isinstance(raw, Mapping):
            c.error(where, *both("declared_not_mapping", found=kind(raw)))
            continue
        for key in raw:
            if key not in DECLARED_ACTOR_FIELDS:
                c.unknown(f"{where}.{key}", DECLARED_ACTOR_FIELDS, "in_declared_actor")
        ident = reader.scalar(f"{where}.id", raw.get("id"))
        if ident is None:
            c.error(f"{where}.id", *both("declared_no_id"))
            continue
        if not ACTOR_ID.match(ident):
            c.error(f"{where}.id", *both("actor_id_bad", id=Quoted(ident)))
        if ident in index.by_id:
            c.error(f"{where}.id", *both("actor_id_twice", id=Quoted(ident)))
            continue
        code = reader.scalar(f"{where}.division_code", raw.get("division_code"))
        if code is not None and not DIVISION_CODE.match(code):
            c.error(f"{where}.division_code", *both("division_code_bad", code=Quoted(code)))
        wikidata = reader.scalar(f"{where}.wikidata", raw.get("wikidata"))
        if wikidata is not None:
            item = wikidata_item(wikidata) or wikidata
            if WIKIDATA_ID.match(item):
                wikidata = item
            else:
                c.error(f"{where}.wikidata", *both("wikidata_bad", item=Quoted(wikidata)))
        for attribute, value_ in (("division_code", code), ("wikidata", wikidata)):
            twin = next(
                (a for a in index.by_id.values() if value_ and getattr(a, attribute) == value_),
                None,
            )
            if twin is not None:
                same = both(
                    "actors_same",
                    first=Quoted(twin.id or ""),
                    second=Quoted(ident),
                    attribute=attribute,
                    value=Quoted(value_),
                )
                c.error(f"{where}.{attribute}", *same)
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
    for message in notes + divisions.check(actor, codes):
        _warn(c, f"{where}.division_code", message)
    return actor


def refer(reader: Any, where: str, item: Mapping[str, Any]) -> Actor | None:
    """The declared actor named by ``{actor: ID}``; an unknown id is an error (with the nearest
    declared id)."""
    c = reader.c
    index: ActorIndex = reader.declared
    for key in item:
        if key != "actor":
            c.error(f"{where}.{key}", *both("reference_extra", key=Quoted(key)))
    ident = reader.scalar(f"{where}.actor", item.get("actor"))
    if ident is None:
        c.error(f"{where}.actor", *both("reference_no_id"))
        return None
    found = index.by_id.get(ident)
    if found is not None:
        return found
    from cogov.loaders.keys import nearest

    declared = tuple(index.by_id)
    hint = nearest(ident, declared)
    unknown = both(
        "actor_unknown",
        id=Quoted(ident),
        hint=Phrase("actor_hint", hint=Quoted(hint)) if hint else Phrase("unknown_no_hint"),
        declared=Phrase("actors_declared", ids=Listed(declared))
        if declared
        else Phrase("actors_none_declared"),
    )
    c.error(f"{where}.actor", *unknown)
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
        ids = Listed(sorted(a.id or "" for a in found))
        _warn(c, where, both("actor_names_several", actor=Quoted(actor.label()), ids=ids))
        return actor
    declared = found[0]
    if actor.level is None or actor.level == declared.level:
        return declared
    differs = both(
        "actor_level_differs",
        actor=Quoted(actor.label()),
        declared=Quoted(declared.id or ""),
        level=Quoted(actor.level),
        declared_level=Quoted(declared.level),
        id=declared.id,
    )
    _warn(c, where, differs)
    return actor


def _warn(c: Any, field: str, message: tuple[str, str]) -> None:
    """A warning at ``field``: ``message`` in English and Chinese (:func:`cogov.messages.both`)."""
    c.error(field, *message, severity="warning")


def unused(reader: Any, index: ActorIndex, used: set[str]) -> None:
    """A declared actor that no case lists is worth a warning: it is in no output."""
    for ident in index.by_id:
        if ident not in used:
            c = reader.c
            c.case, c.row, c.line = None, None, None
            _warn(c, "actors", both("actor_unused", id=Quoted(ident)))


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
                    english, chinese = both(
                        "actor_conflict",
                        id=Quoted(actor.id),
                        what=key.split()[0],
                        other=first[1].file,
                    )
                    problems.append(
                        Problem(
                            file=case.file,
                            message=english,
                            case=case.id,
                            field="actors",
                            message_zh=chinese,
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
