"""Agreement between coders who coded the same cases: percent agreement, kappa and alpha.

The statistics are pure functions over *units*: one unit is what every coder gave one item,
in the coders' order, with ``None`` where a coder gave nothing (missing data). A unit counts
only when at least two coders gave a value. :func:`compare` reads, validates and classifies
each coder's file with the project's own helpers, then compares the files case by case.

>>> percent_agreement([["a", "a"], ["a", "b"], ["b", None]])
0.5
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cogov.errors import InputError, InvalidDataError, Problem, UsageError
from cogov.messages import both
from cogov.model import DRIVER_FIELDS

NOT_REPORTED = "not_reported"
SINGLE_FIELDS = ("initiation", "decision_autonomy")
#: the classification's results, read from :func:`cogov.classification.classify`
CLASSIFIED_FIELDS = ("formalization", "activity_level", "type", "mode")
DRIVERS = tuple(f"drivers.{name}" for name in DRIVER_FIELDS)
LIST_FIELDS = ("mechanisms", "activities", "instruments")
FIELDS = SINGLE_FIELDS + CLASSIFIED_FIELDS + DRIVERS + LIST_FIELDS
#: values that mean "nothing coded" (contract 0.2.0 and the classification of unreported cases)
_MISSING = frozenset({NOT_REPORTED, "unclassified", ""})

Unit = Sequence[Hashable | None]


def _pairable(units: Iterable[Unit]) -> list[list[Hashable]]:
    """The coded values of each unit that has at least two of them."""
    kept = ([v for v in unit if v is not None] for unit in units)
    return [values for values in kept if len(values) >= 2]


def percent_agreement(units: Iterable[Unit]) -> float | None:
    """Share of units on which every coder who coded it gave the same value (None: no unit)."""
    pairable = _pairable(units)
    if not pairable:
        return None
    return sum(len(set(values)) == 1 for values in pairable) / len(pairable)


def cohen_kappa(units: Iterable[Unit]) -> float | None:
    """Cohen's kappa of two coders over the units both coded.

    ``(p_o - p_e) / (1 - p_e)`` where ``p_e`` sums, over the values, the product of the two
    coders' own proportions. None when no unit is coded by both or when ``p_e`` is 1 (both
    coders always gave the same single value: kappa is undefined).
    """
    pairs = []
    for unit in units:
        if len(unit) != 2:
            raise ValueError(f"Cohen's kappa compares two coders; a unit has {len(unit)} values")
        if unit[0] is not None and unit[1] is not None:
            pairs.append((unit[0], unit[1]))
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[v] * second[v] for v in first) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(units: Iterable[Unit]) -> float | None:
    """Krippendorff's alpha for nominal data, any number of coders, missing values allowed.

    From the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
    Alpha-Reliability"): each unit with ``m`` coded values adds every ordered pair of its
    values with weight ``1 / (m - 1)``; ``alpha = 1 - (n - 1) * D / E`` where ``D`` is the
    weight of the unequal pairs and ``E`` the sum of ``n_c * n_k`` over unequal values ``c, k``.
    None when fewer than two values are pairable or only one value occurs (no variation).
    """
    disagreeing = 0.0
    totals: Counter[Hashable] = Counter()
    for values in _pairable(units):
        counts = Counter(values)
        m = len(values)
        disagreeing += (m * m - sum(c * c for c in counts.values())) / (m - 1)
        totals.update(counts)
    n = sum(totals.values())
    expected = n * n - sum(c * c for c in totals.values())
    if n < 2 or expected == 0:
        return None
    return 1 - (n - 1) * disagreeing / expected


@dataclass(frozen=True)
class FieldAgreement:
    """The statistics of one field; ``n`` counts the cases coded by at least two coders."""

    n: int
    agreement: float | None
    kappa: float | None
    alpha: float | None


@dataclass(frozen=True)
class Disagreement:
    """One case and field on which the coders differ; values by coder, ``not_reported`` for
    a coder who coded nothing."""

    case: str
    field: str
    values: dict[str, Any]


@dataclass
class AgreementResult:
    """What :func:`compare` found: the statistics by field and every disagreement."""

    coders: list[str]
    cases: list[str]  # the case ids present in every file, compared
    fields: dict[str, FieldAgreement]
    disagreements: list[Disagreement]
    left_out: list[str] = field(default_factory=list)  # case ids missing from some file
    warnings: list[Problem] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The contract's shape: ``{"fields": {...}, "disagreements": [...]}``."""
        return {
            "fields": {
                name: {"n": s.n, "agreement": s.agreement, "kappa": s.kappa, "alpha": s.alpha}
                for name, s in self.fields.items()
            },
            "disagreements": [
                {"case": d.case, "field": d.field, "values": d.values} for d in self.disagreements
            ],
        }


def _value(value: Any) -> Any:
    """A coder's value, None when nothing was coded."""
    return None if value is None or value in _MISSING else value


def coded_values(case: Any, classified: dict[str, Any]) -> dict[str, Any]:
    """Every field of one coder's case (see :data:`FIELDS`); None where nothing is coded.

    ``classified`` is the case's row of :func:`cogov.classification.classify`. A list field is a
    sorted tuple of keys, None when not reported (contract 0.2.0) and ``()`` when coded as none.
    """
    values = {name: _value(getattr(case, name)) for name in SINGLE_FIELDS}
    values.update({name: _value(classified.get(name)) for name in CLASSIFIED_FIELDS})
    for name in DRIVER_FIELDS:
        values[f"drivers.{name}"] = _value(getattr(case.drivers, name))
    for name in LIST_FIELDS:
        keys = getattr(case, name)
        values[name] = None if keys is None else tuple(sorted(set(keys)))
    return values


def _statistics(units: list[list[Any]], coders: int, n: int | None = None) -> FieldAgreement:
    pairable = len(_pairable(units))
    return FieldAgreement(
        n=pairable if n is None else n,
        agreement=percent_agreement(units),
        kappa=cohen_kappa(units) if coders == 2 else None,
        alpha=krippendorff_alpha(units),
    )


def _list_statistics(by_case: list[list[tuple[str, ...] | None]], coders: int) -> FieldAgreement:
    """One binary item (present or absent) per case and per key used by any coder."""
    keys = sorted({key for unit in by_case for coded in unit if coded for key in coded})
    items = [
        [None if coded is None else key in coded for coded in unit]
        for unit in by_case
        for key in keys
    ]
    n = len(_pairable(by_case))
    if n and not keys:  # every coder coded none for every case: nothing to disagree on
        return FieldAgreement(n, 1.0, None, None)
    return _statistics(items, coders, n)


def _shown(value: Any) -> Any:
    if value is None:
        return NOT_REPORTED
    return list(value) if isinstance(value, tuple) else value


def agreement_of(
    coders: Sequence[str], coded: Sequence[dict[str, dict[str, Any]]]
) -> AgreementResult:
    """Compare the coders' values (``coded[i][case_id][field]``, see :func:`coded_values`)."""
    common = sorted(set.intersection(*(set(c) for c in coded)))
    if not common:
        raise InputError(
            f"the files {', '.join(coders)} have no case id in common; nothing to compare"
        )
    left_out = sorted(set().union(*coded) - set(common))
    fields, disagreements = {}, []
    for name in FIELDS:
        units = [[c[case][name] for c in coded] for case in common]
        if name in LIST_FIELDS:
            fields[name] = _list_statistics(units, len(coders))
        else:
            fields[name] = _statistics(units, len(coders))
        for case, unit in zip(common, units, strict=True):
            if len(set(unit)) > 1:
                values = {label: _shown(v) for label, v in zip(coders, unit, strict=True)}
                disagreements.append(Disagreement(case, name, values))
    order = {name: n for n, name in enumerate(FIELDS)}
    disagreements.sort(key=lambda d: (d.case, order[d.field]))
    return AgreementResult(list(coders), common, fields, disagreements, left_out)


def compare(paths: Sequence[str], *, threshold: int | None = None) -> AgreementResult:
    """Read, validate and classify each coder's file, then compare them case by case.

    Raises :class:`UsageError` with fewer than two files, :class:`InvalidDataError` (exit 1)
    with every file's validation messages when any file does not validate, and
    :class:`InputError` (exit 2) for an unreadable file or when no case id is in every file.
    """
    from cogov.classification import DEFAULT_THRESHOLD, check_threshold, classify
    from cogov.pipeline import read_valid

    threshold = check_threshold(DEFAULT_THRESHOLD if threshold is None else threshold)
    paths = [str(p) for p in paths]
    if len(paths) < 2:
        raise UsageError(f"agree compares two or more coders' files; {len(paths)} given")
    if len(set(paths)) < len(paths):
        raise UsageError("a file is given twice; give each coder's file once")
    coded: list[dict[str, dict[str, Any]]] = []
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for path in paths:
        try:
            prepared = read_valid([path])
        except InvalidDataError as err:
            problems.extend(err.problems)
            continue
        warnings.extend(p for p in prepared.problems if p.severity != "error")
        rows = classify(prepared, threshold=threshold).rows
        by_id = {row["id"]: row for row in rows}
        coded.append({c.id: coded_values(c, by_id.get(c.id, {})) for c in prepared.cases})
    if problems:
        english, chinese = both("agreement_invalid")
        raise InvalidDataError(english, problems, message_zh=chinese)
    result = agreement_of(paths, coded)
    result.warnings = warnings
    return result
