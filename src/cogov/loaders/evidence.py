"""Evidence for coded values: the ``evidence:`` mapping of a case file and the ``evidence``
spreadsheet column, both read into :class:`cogov.model.Evidence` records (``docs/evidence.md``).

YAML and JSON, beside the values, without repeating the case::

    evidence:
      initiation: {quote: "…", source: paper, locator: "section 4.2", coder: lw, confidence: high}
      mechanisms:
        cooperation_group: {quote: "…", source: paper, locator: "p. 12"}
      drivers:
        shared_beliefs: "…"            # a plain text is the quote

A field that holds one value (``initiation``, ``start``...) or a list of actors takes one
record or a list of records; a list field (``mechanisms``, ``activities``, ``instruments``) and
``drivers`` take a mapping of key to record(s). Evidence about a value the case does not code
is an error; so is a part of a record other than quote, source, locator, coder, confidence.

A spreadsheet cell holds one record per line (``;`` also separates records, as in every list
cell), the value it is about, a colon, then the parts separated by ``|``; trailing parts may be
left out, and a backslash makes the next character literal (``\\;`` ``\\|`` ``\\:`` ``\\\\``)::

    mechanisms.cooperation_group: 每年定期召开工作会议 | paper | section 4.2 | lw | high

Records are kept in a canonical order (the fields in contract order, the keys in code-list
order, the records of one value as written), so that every form numbers them alike.

>>> from cogov.model import Case
>>> case = Case(id="a", mechanisms=("forum",), initiation="voluntary")
>>> records = parse_cell("mechanisms.forum: 论坛 | paper | p. 3\\ninitiation: agreed", case)
>>> [(e.target, e.quote, e.locator) for e in records]
[('initiation', 'agreed', None), ('mechanisms.forum', '论坛', 'p. 3')]
>>> format_cell(records)
'initiation: agreed\\nmechanisms.forum: 论坛 | paper | p. 3'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from cogov.errors import Problem
from cogov.loaders import cells
from cogov.loaders.keys import LIST_SCHEMES, keys
from cogov.loaders.records import Collector, text_value
from cogov.messages import Listed, Phrase, Quoted, both, kind
from cogov.model import CASE_FIELDS, DRIVER_FIELDS, EVIDENCE_PARTS, Case, Evidence

# The fields whose values may carry evidence, in contract order.
SCALAR_FIELDS = (
    "domain", "start", "end", "initiation", "decision_autonomy", "formalization",
    "activity_level", "performance", "phase_of",
)  # fmt: skip
ACTOR_FIELDS = ("participants", "superiors")  # evidence about the list as a whole
KEYED_FIELDS = ("mechanisms", "activities", "instruments", "drivers")
TARGET_FIELDS = tuple(f for f in CASE_FIELDS if f in SCALAR_FIELDS + ACTOR_FIELDS + KEYED_FIELDS)
_FIELD_ORDER = {name: n for n, name in enumerate(TARGET_FIELDS)}
_CELL_SPECIAL = "\\;|\n\r"
_HEAD_SPECIAL = "\\;|:\n\r"


def _key_rank(field: str, key: str | None) -> tuple[int, int, str]:
    if key is None:
        return (0, 0, "")
    order: tuple[str, ...]
    if field == "drivers":
        order = DRIVER_FIELDS
    elif field in LIST_SCHEMES:
        order = keys(LIST_SCHEMES[field])
    else:
        order = ()
    return (1, order.index(key), "") if key in order else (2, 0, key)


def sort_evidence(records: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Records in the canonical order: fields in contract order, keys in code-list order,
    the records of one value in the order given (a stable sort)."""
    return tuple(
        sorted(
            records,
            key=lambda e: (
                (_FIELD_ORDER.get(e.field, len(_FIELD_ORDER)), e.field, *_key_rank(e.field, e.key))
            ),
        )
    )


def coded_keys(case: Case, field: str) -> tuple[str, ...]:
    """The keys of a list field, or the drivers, that the case codes."""
    if field == "drivers":
        return tuple(k for k in DRIVER_FIELDS if getattr(case.drivers, k) is not None)
    return tuple(getattr(case, field, None) or ())


def coded_values(case: Case) -> list[tuple[str, str | None]]:
    """Every coded value that ``--require-evidence`` asks evidence for: each field holding one
    value (except id, name and sources), each key of a list field, each driver."""
    found: list[tuple[str, str | None]] = []
    for field in TARGET_FIELDS:
        if field in SCALAR_FIELDS:
            if getattr(case, field, None) is not None:
                found.append((field, None))
        elif field in KEYED_FIELDS:
            found += [(field, key) for key in coded_keys(case, field)]
    return found


def missing_evidence(case: Case) -> list[str]:
    """The coded values of a case that no evidence record with a quote supports."""
    covered = {(e.field, e.key) for e in case.evidence if e.quote}
    return [
        field if key is None else f"{field}.{key}"
        for field, key in coded_values(case)
        if (field, key) not in covered
    ]


def missing_evidence_problem(case: Case, target: str, lang: str = "en") -> Problem:
    """The error ``cogov validate --require-evidence`` gives for one unsupported value."""
    english, chinese = both("evidence_missing", target=target)
    return Problem(
        file=case.file,
        message=english,
        severity="error",
        case=case.id,
        field=f"evidence.{target}",
        row=case.row,
        line=case.line_of(target) if case.row is None else None,
        message_zh=chinese,
    )


class EvidenceReader:
    """Reads the evidence of one case, reporting what does not fit to a collector."""

    def __init__(self, collector: Collector) -> None:
        self.c = collector

    # ---- which value a record is about

    def target_ok(self, case: Case, field: str, key: str | None, where: str) -> bool:
        """Whether evidence may be about ``field`` (and ``key``); if not, say why."""
        c = self.c
        if field not in TARGET_FIELDS:
            c.unknown(where, TARGET_FIELDS, "in_evidence")
            return False
        if field in KEYED_FIELDS:
            noun = Phrase(f"noun_{field}")
            if key is None:
                example = Quoted(f"{field}.{_example(case, field)}")
                c.error(where, *both("evidence_no_key", field=field, noun=noun, example=example))
                return False
            coded = coded_keys(case, field)
            if key not in coded:
                if field == "drivers" and key not in DRIVER_FIELDS:
                    c.unknown(where, DRIVER_FIELDS, "in_drivers")
                    return False
                not_coded = both(
                    "evidence_key_not_coded",
                    noun=noun,
                    key=Quoted(key),
                    case=case.id,
                    field=field,
                    coded=Listed(coded) if coded else Phrase("none"),
                )
                c.error(where, *not_coded)
                return False
            return True
        if key is not None:
            c.error(where, *both("evidence_one_value", field=field))
            return False
        value = getattr(case, field, None)
        if value is None or value == ():
            c.error(where, *both("evidence_not_coded", field=field, case=case.id))
            return False
        return True

    # ---- YAML and JSON

    def read(self, case: Case, value: Any) -> tuple[Evidence, ...]:
        """The records of a parsed ``evidence:`` mapping."""
        if value is None:
            return ()
        if not isinstance(value, Mapping):
            self._not_mapping("evidence", value, "initiation: {quote: ...}")
            return ()
        found: list[Evidence] = []
        for raw_field, item in value.items():
            field = str(raw_field)
            where = f"evidence.{field}"
            if field in KEYED_FIELDS:
                if not isinstance(item, Mapping):
                    if item is not None:
                        example = f"{_example(case, field)}: {{quote: ...}}"
                        self._not_mapping(where, item, example, keyed=field)
                    continue
                for raw_key, records in item.items():
                    key = str(raw_key)
                    if self.target_ok(case, field, key, f"{where}.{key}"):
                        found += self.records(f"{where}.{key}", field, key, records)
            elif self.target_ok(case, field, None, where):
                found += self.records(where, field, None, item)
        return sort_evidence(found)

    def records(self, where: str, field: str, key: str | None, value: Any) -> list[Evidence]:
        if isinstance(value, list):
            got = (self.record(f"{where}[{n}]", field, key, v) for n, v in enumerate(value, 1))
            return [e for e in got if e is not None]
        record = self.record(where, field, key, value)
        return [record] if record is not None else []

    def record(self, where: str, field: str, key: str | None, value: Any) -> Evidence | None:
        c = self.c
        if isinstance(value, Mapping):
            parts: dict[str, str | None] = {}
            for name, part in value.items():
                name = str(name)
                if name not in EVIDENCE_PARTS:
                    c.unknown(f"{where}.{name}", EVIDENCE_PARTS, "in_evidence_record")
                    continue
                try:
                    parts[name] = text_value(part)
                except TypeError:
                    c.error(f"{where}.{name}", *both("evidence_part_not_text", name=name))
            return Evidence(field=field, key=key, **parts)
        if isinstance(value, list):
            c.error(where, *both("evidence_nested_list"))
            return None
        return Evidence(field=field, key=key, quote=text_value(value))

    def _not_mapping(self, where: str, value: Any, example: str, keyed: str = "") -> None:
        if keyed:
            noun = Phrase(f"noun_{keyed}")
            message = both(
                "evidence_not_keyed_mapping", noun=noun, example=example, found=kind(value)
            )
        else:
            message = both("evidence_not_mapping", example=example, found=kind(value))
        self.c.error(where, *message)

    # ---- spreadsheet cells

    def read_cell(self, case: Case, text: str) -> tuple[Evidence, ...]:
        """The records of an ``evidence`` cell, one per line (or per ``;``)."""
        found: list[Evidence] = []
        for n, item in enumerate(cells.split_items(text), start=1):
            colon = _first_unescaped(item, ":")
            if colon is None:
                no_colon = both("evidence_line_no_colon", n=n, item=Quoted(_short(item)))
                self.c.error("evidence", *no_colon)
                continue
            target = cells.unescape(item[:colon]).strip()
            field, dot, key = target.partition(".")
            where = f"evidence.{target}"
            if not self.target_ok(case, field, key if dot else None, where):
                continue
            parts = _split_parts(item[colon + 1 :])
            if len(parts) > len(EVIDENCE_PARTS):
                too_many = both(
                    "evidence_line_parts",
                    n=n,
                    count=len(parts),
                    most=len(EVIDENCE_PARTS),
                    parts=" | ".join(EVIDENCE_PARTS),
                )
                self.c.error(where, *too_many)
                parts = parts[: len(EVIDENCE_PARTS)]
            found.append(
                Evidence(
                    field=field,
                    key=key if dot else None,
                    **dict(zip(EVIDENCE_PARTS, parts, strict=False)),
                )
            )
        return sort_evidence(found)


def parse_cell(
    text: str, case: Case, problems: list[Problem] | None = None
) -> tuple[Evidence, ...]:
    """The records of one ``evidence`` cell (problems, if any, appended to ``problems``)."""
    collector = Collector(case.file or "<cell>", problems if problems is not None else [])
    collector.case = case.id
    return EvidenceReader(collector).read_cell(case, text)


def _first_unescaped(text: str, char: str) -> int | None:
    escaped = False
    for n, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == char:
            return n
    return None


def _split_parts(text: str) -> list[str | None]:
    parts, current, escaped = [], [], False
    for ch in text:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == "|":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    out = [cells.unescape(p).strip() or None for p in parts]
    while out and out[-1] is None:
        out.pop()
    return out


def _short(text: str, size: int = 40) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _example(case: Case, field: str) -> str:
    coded = coded_keys(case, field)
    if coded:
        return coded[0]
    return {"drivers": "shared_beliefs", "mechanisms": "cooperation_group"}.get(
        field, "information_sharing" if field == "activities" else "funding"
    )


# ---- writing


def format_cell(records: Iterable[Evidence]) -> str:
    """Records in the spreadsheet syntax, one per line (the inverse of :func:`parse_cell`)."""
    lines = []
    for record in records:
        parts = [getattr(record, name) for name in EVIDENCE_PARTS]
        while parts and parts[-1] is None:
            parts.pop()
        head = cells.escape(record.target, _HEAD_SPECIAL)
        body = " | ".join(cells.escape(p or "", _CELL_SPECIAL) for p in parts)
        lines.append(f"{head}: {body}" if body else f"{head}:")
    return "\n".join(lines)


def _record_out(record: Evidence) -> dict[str, str]:
    return {
        name: getattr(record, name) for name in EVIDENCE_PARTS if getattr(record, name) is not None
    }


def _one_or_list(records: list[Evidence]) -> Any:
    return _record_out(records[0]) if len(records) == 1 else [_record_out(r) for r in records]


def evidence_mapping(records: Iterable[Evidence]) -> dict[str, Any]:
    """Records as the ``evidence:`` mapping of a case file (the inverse of reading it)."""
    grouped: dict[str, dict[str | None, list[Evidence]]] = {}
    for record in records:
        grouped.setdefault(record.field, {}).setdefault(record.key, []).append(record)
    out: dict[str, Any] = {}
    for field, by_key in grouped.items():
        if field in KEYED_FIELDS:
            out[field] = {key: _one_or_list(found) for key, found in by_key.items()}
        else:
            out[field] = _one_or_list(by_key.get(None) or next(iter(by_key.values())))
    return out
