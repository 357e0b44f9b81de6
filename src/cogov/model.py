"""The case record of the contract (``docs/case-data.md``), whatever file it came from.

A :class:`Case` holds what the researcher coded, normalised only where the contract says the
form carries no meaning: lists of keys are sets (kept in code-list order, unknown keys after
them, sorted), sources are a set (sorted), names map a language tag to a text. Values of the
wrong kind are kept as text so that the SHACL shapes can report them.

A list field (``mechanisms``, ``activities``, ``instruments``, ``superiors``) is ``None`` when
the file does not report it (the field is absent) and an empty tuple when it is coded as none
(``[]``): contract 0.2.0 keeps the two apart, and only evidence classifies a case.

Provenance (``file``, ``row``, ``line``, ``field_lines``, ``iri``) does not take part in
equality: two cases are equal when their data are.

>>> Case(id="a", name={"en": "A"}) == Case(id="a", name={"en": "A"}, file="x.yaml", row=2)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A driver or date that is not of the expected kind stays as its text.
Flag = bool | str | None

_CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
)

CASE_FIELDS = (
    "id", "name", "domain", "start", "end", "participants", "superiors", "initiation",
    "decision_autonomy", "mechanisms", "activities", "instruments", "drivers",
    "formalization", "activity_level", "performance", "phase_of", "sources", "jurisdiction",
    "evidence",
)  # fmt: skip
ACTOR_FIELDS = ("name", "level")
# A declared actor (top-level ``actors:``) and a reference to one (``{actor: ID}``).
DECLARED_ACTOR_FIELDS = ("id", "name", "level", "division_code", "wikidata")
ACTOR_REFERENCE_FIELDS = ("actor",)
DRIVER_FIELDS = (
    "prior_collaboration", "shared_beliefs", "resource_dependence", "task_complexity",
    "homophily", "geographic_proximity", "cooperation_base", "interest_conflicts",
)  # fmt: skip
BOOLEAN_DRIVERS = frozenset(
    {"shared_beliefs", "resource_dependence", "geographic_proximity", "interest_conflicts"}
)
LIST_FIELDS = ("superiors", "mechanisms", "activities", "instruments")
NOT_REPORTED = "not_reported"  # the key of a single-valued field the source does not report
# The parts of an evidence record, in the order they are written (docs/evidence.md).
EVIDENCE_PARTS = ("quote", "source", "locator", "coder", "confidence")


def has_cjk(text: str) -> bool:
    """True when ``text`` holds a CJK character (Han, kana, hangul, CJK punctuation)."""
    return _CJK.search(text) is not None


def guess_language(text: str) -> str:
    """The language the contract gives a plain-string name: ``zh`` with CJK, else ``en``."""
    return "zh" if has_cjk(text) else "en"


def ordered_names(names: dict[str, str]) -> dict[str, str]:
    """Names in a stable order: ``zh``, ``en``, then other languages sorted."""
    order = {"zh": 0, "en": 1}
    return {k: names[k] for k in sorted(names, key=lambda k: (order.get(k, 2), k))}


@dataclass(frozen=True, slots=True)
class Actor:
    """A participant or superior: names by language and a level key.

    A *declared* actor (one of a file's top-level ``actors:``) also has its ``id`` and,
    optionally, its GB/T 2260 ``division_code`` and its ``wikidata`` item; it is the same
    node in every case and file (:func:`cogov.actors.actor_iri`). An inline actor has none of
    the three: ``Actor(name=..., level=...)`` as before.
    """

    name: dict[str, str] = field(default_factory=dict)
    level: str | None = None
    id: str | None = None
    division_code: str | None = None
    wikidata: str | None = None

    @property
    def declared(self) -> bool:
        """True for an actor of the top-level ``actors:`` (one IRI across cases and files)."""
        return self.id is not None

    def label(self) -> str:
        """One name for messages: the Chinese, else the English, else any."""
        for lang in ("zh", "en"):
            if self.name.get(lang):
                return self.name[lang]
        return next(iter(self.name.values()), "?")


@dataclass(frozen=True, slots=True)
class Drivers:
    """The drivers of section 4 of the paper; each may be missing (``None``)."""

    prior_collaboration: str | None = None
    shared_beliefs: Flag = None
    resource_dependence: Flag = None
    task_complexity: str | None = None
    homophily: str | None = None
    geographic_proximity: Flag = None
    # the conditions of types C and D (section 五): the cooperation base (合作基础) low or high,
    # latent conflicts of interest (潜在的利益冲突) present or not
    cooperation_base: str | None = None
    interest_conflicts: Flag = None

    def is_empty(self) -> bool:
        return all(getattr(self, name) is None for name in DRIVER_FIELDS)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What supports one coded value: the quoted text and where it was found.

    ``field`` is the case field (``initiation``, ``mechanisms``, ``drivers``, ...); ``key`` the
    key within a list field or the driver (``cooperation_group``, ``shared_beliefs``), else
    ``None``. A missing quote stays ``None`` so that the shapes report it; a confidence outside
    ``high | medium | low`` stays as its text for the same reason.
    """

    field: str
    key: str | None = None
    quote: str | None = None
    source: str | None = None
    locator: str | None = None
    coder: str | None = None
    confidence: str | None = None

    @property
    def target(self) -> str:
        """The coded value it is about, as messages name it: ``mechanisms.forum``."""
        return self.field if self.key is None else f"{self.field}.{self.key}"


@dataclass(frozen=True, slots=True)
class Case:
    """One collaboration case of the contract, with where it was read from."""

    id: str | None = None
    name: dict[str, str] = field(default_factory=dict)
    domain: str | None = None
    start: str | None = None  # "2014" or "2014-06-30" (the form is kept), or any other text
    end: str | None = None
    participants: tuple[Actor, ...] = ()
    superiors: tuple[Actor, ...] | None = None  # None: not reported; (): coded as none
    initiation: str | None = None
    decision_autonomy: str | None = None
    mechanisms: tuple[str, ...] | None = None
    activities: tuple[str, ...] | None = None
    instruments: tuple[str, ...] | None = None
    drivers: Drivers = field(default_factory=Drivers)
    formalization: str | None = None
    activity_level: str | None = None
    # collaboration performance (绩效), low or high: whether it has a substantive effect
    performance: str | None = None
    phase_of: str | None = None
    sources: tuple[str, ...] = ()
    # ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision: "CN", "CN-JS", "GB-ENG"
    jurisdiction: str | None = None
    evidence: tuple[Evidence, ...] = ()
    # provenance: not part of the data
    file: str | None = field(default=None, compare=False)
    row: int | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)
    # the line of each field of CASE_FIELDS, in that order (a tuple: small for 100,000 cases)
    field_lines: tuple[int | None, ...] = field(default=(), compare=False, repr=False)
    iri: str | None = field(default=None, compare=False, repr=False)

    def line_of(self, name: str) -> int | None:
        """The line of one field in a YAML file (else the case's own line).

        >>> Case(line=2, field_lines=pack_lines({"domain": 5})).line_of("domain")
        5
        """
        index = _FIELD_INDEX.get(name.split(".", 1)[0].split("[", 1)[0])
        if index is None or index >= len(self.field_lines):
            return self.line
        found = self.field_lines[index]
        return self.line if found is None else found


_FIELD_INDEX = {name: n for n, name in enumerate(CASE_FIELDS)}


def pack_lines(lines: dict[str, int]) -> tuple[int | None, ...]:
    """Field lines by name as the compact tuple that :class:`Case` keeps."""
    if not lines:
        return ()
    return tuple(lines.get(name) for name in CASE_FIELDS)
