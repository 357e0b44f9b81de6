"""Parsed YAML/JSON values ⇄ :class:`cogov.model.Case`, reporting what does not fit.

Reading is forgiving so that one file gives every message at once: an unknown field or a value
of the wrong structure becomes a :class:`cogov.errors.Problem` (severity error) and the rest of
the case still loads. A value of the wrong kind that can still be written as text (an unknown
key, a bad year) is kept as text, so that the SHACL shapes report it.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from cogov.errors import Problem
from cogov.loaders.keys import LIST_SCHEMES, columns, sort_keys
from cogov.loaders.words import ambiguity, column_hint, resolve, split_keys
from cogov.messages import Listed, Phrase, Quoted, both, kind
from cogov.model import (
    ACTOR_FIELDS,
    BOOLEAN_DRIVERS,
    CASE_FIELDS,
    DRIVER_FIELDS,
    Actor,
    Case,
    Drivers,
    guess_language,
    ordered_names,
    pack_lines,
)

if TYPE_CHECKING:
    from cogov.actors import ActorIndex

LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
YEAR = re.compile(r"^\d{4}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TRUE = {"true", "yes", "on"}
_FALSE = {"false", "no", "off"}
# A case field (``drivers.homophily``, ``participants`` for the actors' level) -> its code list.
SCHEME_OF = {c.field: c.scheme for c in columns() if c.scheme}


class Collector:
    """Gathers the problems of one file, each naming the file, case, field and place."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems
        self.case: str | None = None
        self.row: int | None = None
        self.line: int | None = None
        self.lines: dict[str, int] = {}
        # a spreadsheet's @id declarations, read before its rows (cogov.loaders.spreadsheet)
        self.declared: ActorIndex | None = None

    def error(
        self,
        field: str | None,
        message: str,
        zh: str | None = None,
        *,
        line: int | None = None,
        severity: str = "error",
        covers: str | None = None,
    ) -> None:
        """A problem at ``field`` of the current case; ``zh`` is the message in Chinese."""
        if line is None and field is not None:
            line = self.lines.get(field.split(".", 1)[0].split("[", 1)[0])
        self.problems.append(
            Problem(
                file=self.file,
                message=message,
                severity=severity,
                case=self.case,
                field=field,
                row=self.row,
                line=line if line is not None else self.line,
                message_zh=zh,
                covers=covers,
            )
        )

    def unknown(
        self,
        field: str,
        allowed: tuple[str, ...],
        where: str = "",
        noun: str = "field",
        *,
        covers: dict[str, str] | None = None,
    ) -> None:
        """An unknown field or column, with the one(s) it most likely means. ``covers`` maps a
        hinted name to the field it fills: that field's own "missing" messages are then left
        out (one problem, one message). ``where`` is the catalogue's phrase for the place
        (``in_actor``: " of an actor"), ``noun`` is ``field`` or ``column``."""
        key = field.rsplit(".", 1)[-1]
        hints = column_hint(key, allowed)
        message = both(
            "unknown_name",
            noun=Phrase(f"noun_{noun}"),
            key=Quoted(key),
            where=Phrase(where) if where else "",
            hint=Phrase("unknown_hint", hints=Listed(hints, quoted=True, joiner="or"))
            if hints
            else Phrase("unknown_no_hint"),
            allowed=Listed(allowed),
        )
        filled = {(covers or {}).get(h) for h in hints} - {None}
        self.error(field, *message, covers=filled.pop() if len(filled) == 1 else None)

    def key(self, field: str, scheme: str | None, text: str) -> str:
        """The key ``text`` means in ``scheme`` (a label or a synonym becomes the key); a word
        that means several keys is an error naming them, and is kept as written."""
        if scheme is None:
            return text
        meant = resolve(scheme, text)
        if len(meant) == 1:
            return meant[0]
        if meant:
            self.error(field, ambiguity(scheme, text, "en"), ambiguity(scheme, text, "zh"))
        return text


def text_value(value: Any) -> str | None:
    """A scalar as text (``None`` and empty text are missing); a collection is ``TypeError``."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        text = str(value).strip()
        return text or None
    raise TypeError(type(value).__name__)


def flag_value(value: Any) -> bool | str | None:
    """A boolean driver: ``true``/``false`` (also ``yes``/``no``), else the text as found."""
    if isinstance(value, bool) or value is None:
        return value
    text = text_value(value)
    if text is None:
        return None
    low = text.lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    return text


class CaseReader:
    """Builds cases from parsed mappings; one per file."""

    def __init__(self, collector: Collector) -> None:
        self.c = collector

    def scalar(self, field: str, value: Any) -> str | None:
        try:
            return text_value(value)
        except TypeError:
            self.c.error(field, *both("one_value", found=kind(value)))
            return None

    def names(self, field: str, value: Any) -> dict[str, str]:
        if value is None:
            return {}
        if isinstance(value, Mapping):
            names: dict[str, str] = {}
            for lang, text in value.items():
                lang_s = str(lang).strip().lower()  # language tags ignore case (BCP 47)
                if not LANGUAGE_TAG.match(lang_s):
                    self.c.error(f"{field}.{lang_s}", *both("not_language_tag", tag=Quoted(lang_s)))
                    continue
                got = self.scalar(f"{field}.{lang_s}", text)
                if got is not None:
                    names[lang_s] = got
            return ordered_names(names)
        if isinstance(value, list):
            self.c.error(field, *both("name_is_list"))
            return {}
        text = text_value(value)
        return {guess_language(text): text} if text else {}

    def as_list(self, field: str, value: Any) -> list[Any]:
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self.c.error(field, *both("not_list", found=kind(value)))
        return [value]

    def key(self, field: str, value: Any, scheme: str | None = None) -> str | None:
        """A key: one short text shared by many cases, so kept once in memory. With its code
        list (default: the field's), a label or synonym of a key becomes the key."""
        text = self.scalar(field, value)
        if text is None:
            return None
        text = self.c.key(field, scheme or SCHEME_OF.get(field), text)
        return sys.intern(text) if len(text) < 64 else text

    def key_list(self, field: str, value: Any) -> tuple[str, ...] | None:
        """The keys of a list field; ``None`` when the field is absent (not reported). Text
        holding ``;`` or a Chinese separator (、，；) is a list, as in a spreadsheet cell."""
        if value is None:
            return None
        if isinstance(value, str) and len(split_keys(value.replace(";", "；"))) > 1:
            value = split_keys(value.replace(";", "；"))
        found = []
        scheme = LIST_SCHEMES[field]
        for n, item in enumerate(self.as_list(field, value)):
            words = split_keys(item) if isinstance(item, str) else [item]
            for word in words:
                key = self.key(f"{field}[{n + 1}]", word, scheme)
                if key is not None:
                    found.append(key)
        return sort_keys(scheme, found)

    def actors(self, field: str, value: Any) -> tuple[Actor, ...]:
        from cogov.loaders.cells import KEY_SEPARATORS, split_items

        if isinstance(value, str) and len(split_items(value, KEY_SEPARATORS)) > 1:
            value = split_items(value, KEY_SEPARATORS)  # 广州市（地级市）、佛山市（地级市）
        actors = []
        for n, item in enumerate(self.as_list(field, value), start=1):
            where = f"{field}[{n}]"
            if isinstance(item, Mapping) and "actor" in item:  # {actor: ID}: a declared actor
                found = self.refer_actor(where, item)
                if found is not None:
                    actors.append(found)
                continue
            if isinstance(item, Mapping):
                for key in item:
                    if key not in ACTOR_FIELDS:
                        self.c.unknown(f"{where}.{key}", ACTOR_FIELDS, "in_actor")
                actors.append(
                    self.match_actor(
                        where,
                        Actor(
                            name=self.names(f"{where}.name", item.get("name")),
                            level=self.key(f"{where}.level", item.get("level"), "level"),
                        ),
                    )
                )
            elif isinstance(item, (str, int, float)) and not isinstance(item, bool):
                actors.append(self.match_actor(where, self.text_actor(where, item)))
            else:
                self.c.error(where, *both("not_actor", found=kind(item)))
        return tuple(actors)

    def text_actor(self, where: str, item: str | float) -> Actor:
        """An actor written as text: a name, and a level in parentheses at its end when what
        they hold is a level (``广州市（地级市）``, ``Shanghai (province)``)."""
        from cogov.loaders.cells import parse_actor

        if isinstance(item, str) and item.rstrip().endswith((")", "）")):
            names, level, parts = parse_actor(item.replace("\\", "\\\\").replace("|", "\\|"))
            if level is not None and resolve("level", level) and parts == 1:
                return Actor(name=names, level=self.c.key(f"{where}.level", "level", level))
        return Actor(name=self.names(f"{where}.name", item))

    # --- shared actors (cogov.actors): the file's top-level ``actors:`` ---------------------

    declared: Any = None  # an ActorIndex once ``read_actors`` ran; None: the file declares none

    def read_actors(self, value: Any) -> Any:
        """Read the top-level ``actors:`` list; cases read afterwards can refer to them."""
        from cogov.actors import read_declared

        self.declared = read_declared(self, value)
        self.used_actors: set[str] = set()
        return self.declared

    def refer_actor(self, where: str, item: Mapping[str, Any]) -> Actor | None:
        from cogov.actors import ActorIndex, refer

        if self.declared is None:
            self.declared = ActorIndex()
        found = refer(self, where, item)
        if found is not None and hasattr(self, "used_actors"):
            self.used_actors.add(found.id or "")
        return found

    def match_actor(self, where: str, actor: Actor) -> Actor:
        if not self.declared:
            return actor
        from cogov.actors import match_inline

        found = match_inline(self, where, actor)
        if found.id is not None and hasattr(self, "used_actors"):
            self.used_actors.add(found.id)
        return found

    def warn_unused_actors(self) -> None:
        if self.declared:
            from cogov.actors import unused

            unused(self, self.declared, getattr(self, "used_actors", set()))

    def drivers(self, value: Any) -> Drivers:
        if value is None:
            return Drivers()
        if not isinstance(value, Mapping):
            self.c.error("drivers", *both("not_drivers", found=kind(value)))
            return Drivers()
        got: dict[str, Any] = {}
        for key, item in value.items():
            if key not in DRIVER_FIELDS:
                self.c.unknown(f"drivers.{key}", DRIVER_FIELDS, "in_drivers")
            elif key in BOOLEAN_DRIVERS:
                if isinstance(item, (list, Mapping)):
                    self.c.error(f"drivers.{key}", *both("not_boolean", found=kind(item)))
                else:
                    got[key] = flag_value(item)
            else:
                got[key] = self.key(f"drivers.{key}", item)
        return Drivers(**got)

    def case(self, raw: Any, *, line: int | None = None, row: int | None = None) -> Case | None:
        """One case from a parsed mapping, or ``None`` (with a problem) if it is not one."""
        c = self.c
        c.row, c.line = row, line
        c.case = None
        if not isinstance(raw, Mapping):
            c.error(None, *both("not_case", found=kind(raw)))
            return None
        ident = raw.get("id")
        c.case = text_value(ident) if not isinstance(ident, (list, Mapping)) else None
        for key in raw:
            if key not in CASE_FIELDS:
                c.unknown(str(key), CASE_FIELDS, covers={f: f for f in CASE_FIELDS if f not in raw})
        case = Case(
            id=self.scalar("id", ident),
            name=self.names("name", raw.get("name")),
            domain=self.key("domain", raw.get("domain")),
            start=self.scalar("start", raw.get("start")),
            end=self.scalar("end", raw.get("end")),
            participants=self.actors("participants", raw.get("participants")),
            superiors=(
                None
                if raw.get("superiors") is None
                else self.actors("superiors", raw.get("superiors"))
            ),
            initiation=self.key("initiation", raw.get("initiation")),
            decision_autonomy=self.key("decision_autonomy", raw.get("decision_autonomy")),
            mechanisms=self.key_list("mechanisms", raw.get("mechanisms")),
            activities=self.key_list("activities", raw.get("activities")),
            instruments=self.key_list("instruments", raw.get("instruments")),
            drivers=self.drivers(raw.get("drivers")),
            formalization=self.key("formalization", raw.get("formalization")),
            activity_level=self.key("activity_level", raw.get("activity_level")),
            performance=self.key("performance", raw.get("performance")),
            phase_of=self.scalar("phase_of", raw.get("phase_of")),
            sources=tuple(
                sorted(
                    {
                        s
                        for n, item in enumerate(self.as_list("sources", raw.get("sources")))
                        if (s := self.scalar(f"sources[{n + 1}]", item)) is not None
                    }
                )
            ),
            jurisdiction=self.scalar("jurisdiction", raw.get("jurisdiction")),
            file=c.file,
            row=row,
            line=line,
            field_lines=pack_lines(c.lines),
        )
        if raw.get("evidence") is not None:
            case = self.with_evidence(case, raw["evidence"])
        return case

    def with_evidence(self, case: Case, value: Any) -> Case:
        """The case with the records of its ``evidence:`` mapping (``docs/evidence.md``)."""
        from dataclasses import replace

        from cogov.loaders.evidence import EvidenceReader

        records = EvidenceReader(self.c).read(case, value)
        return replace(case, evidence=records) if records else case


def date_out(value: str | None) -> Any:
    """A start/end for YAML output: a year as a number, a valid ISO date as a date."""
    if value is None:
        return None
    if YEAR.match(value) and not value.startswith("0"):
        return int(value)
    if ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _actor_out(actor: Actor) -> dict[str, Any]:
    if actor.id is not None:  # a declared actor: written once in the top-level actors:
        return {"actor": actor.id}
    out: dict[str, Any] = {"name": dict(actor.name)}
    if actor.level is not None:
        out["level"] = actor.level
    return out


def case_to_mapping(case: Case, *, dates: bool = True) -> dict[str, Any]:
    """A case in the contract's form (fields in contract order, missing ones left out)."""
    out: dict[str, Any] = {}
    if case.id is not None:
        out["id"] = case.id
    out["name"] = ordered_names(case.name)
    for name in ("domain", "start", "end"):
        value = getattr(case, name)
        if value is not None:
            out[name] = date_out(value) if dates and name != "domain" else value
    if dates is False:
        for name in ("start", "end"):
            if name in out and YEAR.match(out[name]) and not out[name].startswith("0"):
                out[name] = int(out[name])
    out["participants"] = [_actor_out(a) for a in case.participants]
    if case.superiors is not None:  # [] is "coded as none"; absent is "not reported"
        out["superiors"] = [_actor_out(a) for a in case.superiors]
    for name in (
        "initiation", "decision_autonomy", "mechanisms", "activities", "instruments",
    ):  # fmt: skip
        value = getattr(case, name)
        if isinstance(value, tuple):
            out[name] = list(value)
        elif value is not None:
            out[name] = value
    if not case.drivers.is_empty():
        out["drivers"] = {
            k: getattr(case.drivers, k)
            for k in DRIVER_FIELDS
            if getattr(case.drivers, k) is not None
        }
    for name in ("formalization", "activity_level", "performance", "phase_of"):
        value = getattr(case, name)
        if value is not None:
            out[name] = value
    out["sources"] = list(case.sources)
    if case.jurisdiction is not None:
        out["jurisdiction"] = case.jurisdiction
    if case.evidence:
        from cogov.loaders.evidence import evidence_mapping

        out["evidence"] = evidence_mapping(case.evidence)
    return out
