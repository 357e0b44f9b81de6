"""The code lists' keys and the spreadsheet columns, read from ``loaders/*.yaml``.

>>> "joint_conference" in keys("mechanism")
True
>>> sort_keys("mechanism", ["regional_agency", "zz", "forum", "forum"])
('forum', 'regional_agency', 'zz')
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from cogov.errors import ResourceError
from cogov.resources import data_dir

# The case field holding a set of keys -> the scheme of its keys.
LIST_SCHEMES = {"mechanisms": "mechanism", "activities": "activity", "instruments": "instrument"}


@cache
def _load(name: str) -> Any:
    path = data_dir("loaders") / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ResourceError(f"cannot read the loaders' data file {name}: {err}") from err


@cache
def key_groups(scheme: str) -> dict[str, tuple[str, ...]]:
    """The groups of a scheme (formality, Imperial level, instrument kind) and their keys."""
    entry = _load("keys.yaml")[scheme]
    return {group: tuple(values) for group, values in entry.get("groups", {}).items()}


@cache
def keys(scheme: str) -> tuple[str, ...]:
    """The keys of one scheme of ``loaders/keys.yaml`` in code-list order."""
    data = _load("keys.yaml")
    if scheme not in data:
        raise ResourceError(f"no code list {scheme!r} in loaders/keys.yaml")
    entry = data[scheme]
    if "keys" in entry:
        return tuple(entry["keys"])
    return tuple(key for group in entry["groups"].values() for key in group)


def schemes() -> tuple[str, ...]:
    return tuple(_load("keys.yaml"))


@cache
def _rank(scheme: str) -> dict[str, int]:
    return {key: n for n, key in enumerate(keys(scheme))}


def sort_keys(scheme: str, values: Iterable[str]) -> tuple[str, ...]:
    """A set of keys in code-list order; keys not in the list follow, sorted."""
    rank = _rank(scheme)
    unique = set(values)
    return tuple(sorted(unique, key=lambda k: (0, rank[k], "") if k in rank else (1, 0, k)))


def nearest(value: str, allowed: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The allowed word closest to ``value`` (difflib), if any is close enough: the one
    "did you mean" of every message."""
    found = difflib.get_close_matches(value, list(allowed), n=1, cutoff=cutoff)
    return found[0] if found else None


@dataclass(frozen=True)
class Column:
    """One spreadsheet column of ``loaders/columns.yaml``."""

    header: str
    field: str
    kind: str
    scheme: str | None = None


@cache
def columns() -> tuple[Column, ...]:
    """The spreadsheet columns in their written order."""
    return tuple(Column(**entry) for entry in _load("columns.yaml")["columns"])


@cache
def _preferred_labels() -> dict[str, dict[str, str]]:
    """``scheme-key`` -> language -> the concept's ``skos:prefLabel``, read from the ontology
    modules with pyoxigraph (a fraction of a second; no reasoning, no imports needed)."""
    import pyoxigraph as ox

    from cogov.resources import NAMESPACE

    pref = "http://www.w3.org/2004/02/skos/core#prefLabel"
    labels: dict[str, dict[str, str]] = {}
    for path in sorted(data_dir("ontology").glob("cogov-*.ttl")):
        try:
            quads = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            for quad in quads:
                subject, obj = quad.subject, quad.object
                if quad.predicate.value != pref or not isinstance(obj, ox.Literal):
                    continue
                if isinstance(subject, ox.NamedNode) and subject.value.startswith(NAMESPACE):
                    local = subject.value[len(NAMESPACE) :]
                    labels.setdefault(local, {})[obj.language or ""] = obj.value
        except (OSError, SyntaxError) as err:
            raise ResourceError(f"cannot read the ontology module {path.name}: {err}") from err
    return labels


def key_label(scheme: str, key: str, lang: str) -> str | None:
    """The preferred label of a key in ``lang`` (``zh`` or ``en``), from the ontology.

    >>> key_label("mechanism", "joint_conference", "zh")
    '联席会议'
    """
    return _preferred_labels().get(f"{scheme}-{key}", {}).get(lang)
