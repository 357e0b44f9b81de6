"""The words a researcher may write for a key or a column, and the key or column they mean.

A key of a code list may be written as the key, as any label of its concept in the ontology
(``skos:prefLabel``, ``rdfs:label``, ``skos:altLabel``; also without a trailing qualifier in
parentheses, and the part after a colon) or as a word of ``loaders/synonyms.yaml`` (the
project's own gloss). The loaders keep the key; a word that means several keys is refused with
the candidates. Column headers are never read under another name, but an unknown header gets a
hint from the same table.

>>> resolve("mechanism", "联席会议"), resolve("level", "地级市"), resolve("level", "prefecture")
(('joint_conference',), ('prefecture',), ('prefecture',))
>>> resolve("level", "市")
('province', 'prefecture', 'county')
>>> resolve("mechanism", "nothing like it")
()
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from cogov.loaders.keys import _load, columns, key_label, keys, nearest, schemes
from cogov.resources import data_dir

#: list separators researchers type in Chinese text, besides ``;`` and a line break
CHINESE_SEPARATORS = "、，；"
_QUALIFIER = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _fold(word: str) -> str:
    """The form words are compared in: stripped, lower case, full-width ASCII folded."""
    folded = "".join(
        chr(ord(ch) - 0xFEE0) if "\uff01" <= ch <= "\uff5e" else ch for ch in word.strip()
    )
    return " ".join(folded.lower().split())


def _forms(label: str) -> set[str]:
    """A label, without its parenthesised qualifier, and the part after a colon."""
    bare = _QUALIFIER.sub("", label)
    forms = {label, bare}
    for form in (label, bare):
        for colon in (":", "："):
            if colon in form:
                forms.add(form.rsplit(colon, 1)[1].strip())
    return {f for f in forms if f}


@cache
def _concept_labels() -> dict[str, set[str]]:
    """``scheme-key`` -> every label of the concept in the ontology (any language)."""
    import pyoxigraph as ox

    from cogov.errors import ResourceError
    from cogov.resources import NAMESPACE

    skos = "http://www.w3.org/2004/02/skos/core#"
    wanted = {skos + "prefLabel", skos + "altLabel", "http://www.w3.org/2000/01/rdf-schema#label"}
    labels: dict[str, set[str]] = {}
    for path in sorted(data_dir("ontology").glob("cogov-*.ttl")):
        try:
            for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
                subject, obj = quad.subject, quad.object
                if quad.predicate.value not in wanted or not isinstance(obj, ox.Literal):
                    continue
                if isinstance(subject, ox.NamedNode) and subject.value.startswith(NAMESPACE):
                    labels.setdefault(subject.value[len(NAMESPACE) :], set()).add(obj.value)
        except (OSError, SyntaxError) as err:
            raise ResourceError(f"cannot read the ontology module {path.name}: {err}") from err
    return labels


@cache
def _table() -> dict[str, dict[str, tuple[str, ...]]]:
    """scheme -> folded word -> the keys it may mean (one key, or several: ambiguous)."""
    synonyms = _load("synonyms.yaml")
    concepts = _concept_labels()
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for scheme in schemes():
        words: dict[str, set[str]] = {}
        own = (synonyms.get("keys") or {}).get(scheme) or {}
        for key in keys(scheme):
            found = {key}
            for label in concepts.get(f"{scheme}-{key}", ()):
                found |= _forms(label)
            found |= set(own.get(key) or ())
            for word in found:
                words.setdefault(_fold(str(word)), set()).add(key)
        for word, meant in ((synonyms.get("ambiguous") or {}).get(scheme) or {}).items():
            words.setdefault(_fold(str(word)), set()).update(meant)
        for key in keys(scheme):  # a key always means itself, whatever a label says
            words[_fold(key)] = {key}
        order = {k: n for n, k in enumerate(keys(scheme))}
        table[scheme] = {w: tuple(sorted(m, key=order.__getitem__)) for w, m in words.items()}
    return table


def resolve(scheme: str, word: str) -> tuple[str, ...]:
    """The keys of ``scheme`` that ``word`` may mean: one, several (ambiguous) or none."""
    return _table().get(scheme, {}).get(_fold(word), ())


def canonical(scheme: str | None, word: str) -> str:
    """The key ``word`` means, if exactly one; else ``word`` unchanged (an unknown or an
    ambiguous word is kept as written, so that the message shows it)."""
    if scheme is None:
        return word
    meant = resolve(scheme, word)
    return meant[0] if len(meant) == 1 else word


def suggest(scheme: str | None, word: str, allowed: Iterable[str]) -> str | None:
    """The allowed key closest to ``word``: by its key, or by any word for it (difflib)."""
    allowed = list(allowed)
    found = nearest(word, allowed)
    if found:
        return found
    if scheme is None or scheme not in _table():
        return None
    words = {w: m[0] for w, m in _table()[scheme].items() if len(m) == 1 and m[0] in allowed}
    folded = _fold(word)
    close = nearest(folded, words)
    if close:
        return words[close]
    # a Chinese word inside a longer label, or a label inside the word ("联席" in "联席会议")
    if len(folded) >= 2 and not folded.isascii():
        inside = {words[w] for w in words if not w.isascii() and (folded in w or w in folded)}
        if len(inside) == 1:
            return inside.pop()
    return None


def ambiguity(scheme: str, word: str, lang: str) -> str:
    """The sentence for a word that means several keys, naming each with its label."""
    from cogov.messages import Listed, Quoted, text

    meant = resolve(scheme, word)
    labelled = [
        text(lang, "key_with_label", key=k, label=key_label(scheme, k, lang) or k) for k in meant
    ]
    return text(lang, "ambiguous_word", word=Quoted(word), keys=Listed(labelled))


def column_hint(header: str, allowed: Iterable[str]) -> tuple[str, ...]:
    """The column(s) an unknown header most likely means: the synonyms table, then difflib."""
    table = {_fold(k): tuple(v) for k, v in (_load("synonyms.yaml").get("columns") or {}).items()}
    allowed = list(allowed)
    meant = table.get(_fold(header))
    if meant:
        direct = tuple(c for c in meant if c in allowed)
        if direct:
            return direct
        fields = {c.header: c.field.split(".", 1)[0] for c in columns()}  # YAML: name, not name_zh
        return tuple(dict.fromkeys(f for c in meant if (f := fields.get(c)) in allowed))
    found = nearest(_fold(header), allowed)
    return (found,) if found else ()


def split_keys(item: str) -> list[str]:
    """One list item split at the Chinese separators (a key never holds one)."""
    parts = re.split(f"[{CHINESE_SEPARATORS}]", item)
    return [p.strip() for p in parts if p.strip()]
