"""Tables for analysis in R, Stata or pandas: the cases and their classification, unpacked.

- :func:`long_rows`: tidy data, one row per case, field and value, with the evidence (quote,
  source, locator) of that value where a record supports it;
- :func:`wide_rows`: one row per case, one 0/1 column per key of the mechanism, activity and
  instrument lists (every key of the code lists, so that the columns do not depend on the
  data), the drivers and the classification columns.

Missing data stays missing: a list that is *not reported* gives empty cells in its 0/1
columns, a list *coded as none* gives zeros.

>>> from cogov.model import Case
>>> row = wide_rows([Case(id="a", mechanisms=("forum",), activities=None)], {})[0]
>>> row["mechanism_forum"], row["mechanism_agreement"], row["activity_joint_planning"]
(1, 0, None)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

#: the list fields unpacked into 0/1 columns, with their code list and column prefix
LIST_COLUMNS = (
    ("mechanisms", "mechanism", "mechanism"),
    ("activities", "activity", "activity"),
    ("instruments", "instrument", "instrument"),
)
#: the single-valued fields of a case, in the contract's order
CASE_FIELDS = (
    "domain", "start", "end", "initiation", "decision_autonomy", "formalization",
    "activity_level", "performance", "phase_of", "jurisdiction",
)  # fmt: skip
#: the classification columns of ``cogov classify`` that follow the case's own
CLASSIFIED = ("type", "type_name", "mode", "derived_formalization", "derived_activity_level")


def _drivers(case: Any) -> dict[str, Any]:
    from cogov.model import DRIVER_FIELDS

    return {name: getattr(case.drivers, name) for name in DRIVER_FIELDS}


def flag_columns() -> list[str]:
    """The 0/1 columns of :func:`wide_rows`: one per key of each unpacked list."""
    from cogov.loaders.keys import keys

    return [f"{prefix}_{key}" for _f, scheme, prefix in LIST_COLUMNS for key in keys(scheme)]


def wide_columns() -> list[str]:
    """The columns of :func:`wide_rows`, in order."""
    from cogov.model import DRIVER_FIELDS

    out = ["id", "name_zh", "name_en", *CASE_FIELDS]
    return [*out, "participant_count", *DRIVER_FIELDS, *CLASSIFIED, *flag_columns()]


def wide_rows(cases: Iterable[Any], classified: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per case; ``classified`` is the classification row of each case id."""
    from cogov.loaders.keys import keys

    rows = []
    for case in cases:
        row: dict[str, Any] = {"id": case.id, "name_zh": case.name.get("zh"),
                               "name_en": case.name.get("en")}  # fmt: skip
        row.update({name: getattr(case, name, None) for name in CASE_FIELDS})
        row["participant_count"] = len(case.participants)
        row.update(_drivers(case))
        found = classified.get(case.id, {})
        row.update({name: found.get(name) for name in CLASSIFIED})
        for field, scheme, prefix in LIST_COLUMNS:
            coded = getattr(case, field)
            for key in keys(scheme):
                row[f"{prefix}_{key}"] = None if coded is None else int(key in coded)
        rows.append(row)
    return rows


def long_rows(cases: Iterable[Any]) -> list[dict[str, Any]]:
    """Tidy rows ``id, field, value, quote, source, locator``: one per coded value (a list
    gives one row per key; a not-reported field gives no row; a list coded as none gives one
    row with the value ``none``)."""
    rows: list[dict[str, Any]] = []
    for case in cases:
        evidence: dict[tuple[str, str | None], Any] = {}
        for record in case.evidence:
            evidence.setdefault((record.field, record.key), record)

        def add(field: str, value: Any, about: tuple[str, str | None], case: Any = case,
                evidence: dict[tuple[str, str | None], Any] = evidence) -> None:  # fmt: skip
            record = evidence.get(about)
            rows.append({
                "id": case.id, "field": field, "value": _text(value),
                "quote": record.quote if record else None,
                "source": record.source if record else None,
                "locator": record.locator if record else None,
            })  # fmt: skip

        for lang in ("zh", "en"):
            if case.name.get(lang):
                add(f"name_{lang}", case.name[lang], ("name", None))
        for name in CASE_FIELDS:
            value = getattr(case, name, None)
            if value is not None:
                add(name, value, (name, None))
        for role in ("participants", "superiors"):
            for actor in getattr(case, role) or ():
                add(role, actor.name.get("zh") or actor.name.get("en") or actor.id, (role, None))
        for field, _scheme, _prefix in LIST_COLUMNS:
            coded = getattr(case, field)
            if coded == ():
                add(field, "none", (field, None))
            for key in coded or ():
                add(field, key, (field, key))
        for name, value in _drivers(case).items():
            if value is not None:
                add(f"drivers.{name}", value, ("drivers", name))
        for source in case.sources:
            add("sources", source, ("sources", None))
    return rows


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


LONG_COLUMNS = ("id", "field", "value", "quote", "source", "locator")


def labels(columns: Sequence[str], lang: str) -> dict[str, str]:
    """A label per column for Stata: the code list's label of a 0/1 column's key, else the
    column's title (:func:`cogov.messages.column_title`)."""
    from cogov.loaders.keys import key_label
    from cogov.messages import column_title

    out = {}
    for column in columns:
        for _field, scheme, prefix in LIST_COLUMNS:
            if column.startswith(prefix + "_"):
                key = column[len(prefix) + 1 :]
                out[column] = key_label(scheme, key, lang) or key
                break
        else:
            out[column] = column_title(column, lang)
    return out
