"""Compare two versions of an ontology: terms added, removed and changed; axioms added and removed.

``cogov ontology diff OLD NEW`` loads each side with its imports (through its catalog, offline)
and merges it like ``cogov ontology export``; a release folder stands for its ``cogov.ttl``.
Then:

- a *term* is an IRI with an ``rdf:type`` (the ontology header included). A term is added or
  removed when it is declared on one side only, and *changed* when any of its statements
  differ: labels, definitions, types, superclasses, other annotations;
- a *logical axiom* is a ``rdfs:subClassOf``, ``owl:equivalentClass``, ``owl:disjointWith``,
  ``owl:disjointUnionOf``, ``rdfs:domain``, ``rdfs:range``, ``rdfs:subPropertyOf``,
  ``owl:equivalentProperty``, ``owl:inverseOf`` or ``owl:propertyDisjointWith`` statement, or
  an ``owl:AllDisjointClasses`` / ``owl:AllDisjointProperties`` group; each is added or
  removed.

Blank nodes (restrictions, class expressions, lists) are compared by their content: each is
written out as a stable text of what hangs below it, with the members of unordered lists
(``owl:intersectionOf``, ``owl:unionOf``, ``owl:oneOf``, ``owl:members``, ...) sorted, so two
files that state the same restriction with different blank-node names or list orders agree.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from cogov.errors import UsageError

#: the statements counted as logical axioms
AXIOM_PREDICATES = (
    RDFS.subClassOf,
    OWL.equivalentClass,
    OWL.disjointWith,
    OWL.disjointUnionOf,
    RDFS.domain,
    RDFS.range,
    RDFS.subPropertyOf,
    OWL.equivalentProperty,
    OWL.inverseOf,
    OWL.propertyDisjointWith,
)
#: the n-ary disjointness axioms (a blank node of this type, with owl:members)
GROUP_AXIOMS = (OWL.AllDisjointClasses, OWL.AllDisjointProperties)
#: lists whose order means nothing
_UNORDERED = {
    OWL.intersectionOf,
    OWL.unionOf,
    OWL.oneOf,
    OWL.members,
    OWL.disjointUnionOf,
    OWL.distinctMembers,
}

FORMATS = ("text", "json", "md")


@dataclass(frozen=True)
class Axiom:
    subject: str
    property: str
    value: str

    def __str__(self) -> str:
        return f"{self.subject} {self.property} {self.value}"


@dataclass
class TermChange:
    """What differs in one term: per property, the values removed and the values added."""

    term: str
    changes: list[tuple[str, list[str], list[str]]] = field(default_factory=list)


@dataclass
class OntologyDiff:
    old: str
    new: str
    old_terms: int = 0
    new_terms: int = 0
    added_terms: list[tuple[str, list[str], list[str]]] = field(default_factory=list)
    removed_terms: list[tuple[str, list[str], list[str]]] = field(default_factory=list)
    changed_terms: list[TermChange] = field(default_factory=list)
    added_axioms: list[Axiom] = field(default_factory=list)
    removed_axioms: list[Axiom] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not (
            self.added_terms
            or self.removed_terms
            or self.changed_terms
            or self.added_axioms
            or self.removed_axioms
        )

    def as_dict(self) -> dict[str, object]:
        def term(entry: tuple[str, list[str], list[str]]) -> dict[str, object]:
            return {"term": entry[0], "types": entry[1], "labels": entry[2]}

        return {
            "old": self.old,
            "new": self.new,
            "old_terms": self.old_terms,
            "new_terms": self.new_terms,
            "added_terms": [term(t) for t in self.added_terms],
            "removed_terms": [term(t) for t in self.removed_terms],
            "changed_terms": [
                {
                    "term": change.term,
                    "changes": [
                        {"property": p, "removed": removed, "added": added}
                        for p, removed, added in change.changes
                    ],
                }
                for change in self.changed_terms
            ],
            "added_axioms": [a.__dict__ for a in self.added_axioms],
            "removed_axioms": [a.__dict__ for a in self.removed_axioms],
        }


# ---- loading -----------------------------------------------------------------------------


def resolve_input(path: str | os.PathLike[str]) -> Path:
    """A file stands for itself; a folder (a release) for its ``cogov.ttl``."""
    path = Path(path)
    if path.is_dir():
        top = path / "cogov.ttl"
        if not top.is_file():
            raise UsageError(
                f"{path} is a folder without cogov.ttl; give an ontology file or a release "
                "folder (the output of cogov release)"
            )
        return top
    return path


def load_side(path: str | Path) -> Graph:
    """One side of the comparison: the merged ontology of ``path`` (imports through the
    catalog beside it; CoGov's through the installed one for an extension)."""
    from cogov.ontology import bundled_catalog, load_closure, merged_graph
    from cogov.qc import detect_profile

    top = resolve_input(path)
    profile = detect_profile(top, "cogov")
    fallback = bundled_catalog() if profile.bundled_imports else None
    return merged_graph(load_closure(top, fallback_catalog=fallback), canonical=False)


# ---- rendering blank nodes by content -------------------------------------------------------


class Renderer:
    """Stable text for the nodes of one graph: IRIs with the usual prefixes, blank nodes by
    what hangs below them."""

    def __init__(self, graph: Graph, prefixes: dict[str, str]) -> None:
        self.graph = graph
        self.prefixes = sorted(prefixes.items(), key=lambda item: -len(item[1]))
        self._cache: dict[BNode, str] = {}

    def name(self, iri: str) -> str:
        for prefix, namespace in self.prefixes:
            local = iri[len(namespace) :]
            if (
                iri.startswith(namespace)
                and local
                and all(c.isalnum() or c in "_-." for c in local)
            ):
                return f"{prefix}:{local}"
        return f"<{iri}>"

    def node(
        self, node: object, unordered: bool = False, path: frozenset[BNode] = frozenset()
    ) -> str:
        if isinstance(node, URIRef):
            return self.name(str(node))
        if isinstance(node, Literal):
            if node.language:
                return f"{json.dumps(str(node), ensure_ascii=False)}@{node.language}"
            if node.datatype is not None:
                return f"{json.dumps(str(node), ensure_ascii=False)}^^{self.name(node.datatype)}"
            return json.dumps(str(node), ensure_ascii=False)
        if not isinstance(node, BNode):
            return str(node)
        if node in path:
            return "[...]"  # a cycle of blank nodes: not OWL, but do not loop
        key = node if not unordered else None
        if key is not None and key in self._cache:
            return self._cache[key]
        items = self._list(node)
        if items is not None:
            rendered = [self.node(item, path=path | {node}) for item in items]
            text = "(" + " ".join(sorted(rendered) if unordered else rendered) + ")"
        else:
            parts = sorted(
                f"{self.node(p)} {self.node(o, p in _UNORDERED, path | {node})}"
                for p, o in self.graph.predicate_objects(node)
            )
            text = "[" + " ; ".join(parts) + "]"
        if key is not None:
            self._cache[key] = text
        return text

    def _list(self, node: BNode) -> list[Node] | None:
        if (node, RDF.first, None) not in self.graph:
            return None
        items, seen = [], set()
        current: Node = node
        while current != RDF.nil and current not in seen:
            seen.add(current)
            first = self.graph.value(current, RDF.first)
            if first is None:
                break
            items.append(first)
            current = self.graph.value(current, RDF.rest) or RDF.nil
        return items


# ---- comparing -------------------------------------------------------------------------------


def _terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}


def _description(graph: Graph, term: URIRef, render: Renderer) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p, o in graph.predicate_objects(term):
        out.setdefault(render.node(p), set()).add(render.node(o, p in _UNORDERED))
    return out


def _axioms(graph: Graph, render: Renderer) -> set[Axiom]:
    axioms = set()
    for predicate in AXIOM_PREDICATES:
        for s, o in graph.subject_objects(predicate):
            axioms.add(
                Axiom(
                    render.node(s), render.node(predicate), render.node(o, predicate in _UNORDERED)
                )
            )
    for kind in GROUP_AXIOMS:
        for group in graph.subjects(RDF.type, kind):
            for members in graph.objects(group, OWL.members):
                axioms.add(
                    Axiom(render.node(kind), render.node(OWL.members), render.node(members, True))
                )
    return axioms


def _summary(graph: Graph, term: URIRef, render: Renderer) -> tuple[str, list[str], list[str]]:
    types = sorted(render.node(t) for t in graph.objects(term, RDF.type))
    labels = sorted(render.node(label) for label in graph.objects(term, RDFS.label))
    return render.name(str(term)), types, labels


def diff_graphs(
    old: Graph,
    new: Graph,
    *,
    old_name: str = "old",
    new_name: str = "new",
    prefixes: dict[str, str] | None = None,
) -> OntologyDiff:
    """The differences between two merged ontologies."""
    from cogov.ontology import PREFIXES

    prefixes = dict(PREFIXES if prefixes is None else prefixes)
    render_old, render_new = Renderer(old, prefixes), Renderer(new, prefixes)
    old_terms, new_terms = _terms(old), _terms(new)
    result = OntologyDiff(
        old=old_name, new=new_name, old_terms=len(old_terms), new_terms=len(new_terms)
    )
    result.added_terms = sorted(_summary(new, t, render_new) for t in new_terms - old_terms)
    result.removed_terms = sorted(_summary(old, t, render_old) for t in old_terms - new_terms)
    for term in sorted(old_terms & new_terms, key=render_new.name):
        before = _description(old, term, render_old)
        after = _description(new, term, render_new)
        if before == after:
            continue
        change = TermChange(render_new.name(str(term)))
        for prop in sorted(set(before) | set(after)):
            removed = sorted(before.get(prop, set()) - after.get(prop, set()))
            added = sorted(after.get(prop, set()) - before.get(prop, set()))
            if removed or added:
                change.changes.append((prop, removed, added))
        result.changed_terms.append(change)
    old_axioms, new_axioms = _axioms(old, render_old), _axioms(new, render_new)
    result.added_axioms = sorted(new_axioms - old_axioms, key=str)
    result.removed_axioms = sorted(old_axioms - new_axioms, key=str)
    return result


def diff_files(old: str | Path, new: str | Path) -> OntologyDiff:
    """Load both sides (see :func:`load_side`) and compare them.

    IRIs are written with CoGov's usual prefixes, and with an extension's preferred prefix
    (``vann:preferredNamespacePrefix``, else the file's own prefix for its namespace).
    """
    from cogov.ontology import PREFIXES
    from cogov.qc import detect_profile

    prefixes = dict(PREFIXES)
    for side in (old, new):
        profile = detect_profile(resolve_input(side))
        if profile.is_extension and profile.prefix and profile.prefix not in prefixes:
            prefixes[profile.prefix] = profile.namespace
    return diff_graphs(
        load_side(old), load_side(new), old_name=str(old), new_name=str(new), prefixes=prefixes
    )


# ---- writing -----------------------------------------------------------------------------------


def _term_line(entry: tuple[str, list[str], list[str]]) -> str:
    term, types, labels = entry
    extra = f" ({', '.join(types)})" if types else ""
    return f"{term}{extra}" + (f" {' '.join(labels)}" if labels else "")


def as_text(result: OntologyDiff) -> str:
    lines = [
        (
            f"Ontology diff: {result.old} ({result.old_terms} terms) -> {result.new} "
            f"({result.new_terms} terms)"
        )
    ]
    if result.same:
        lines.append("No difference in terms or logical axioms.")
        return "\n".join(lines) + "\n"
    sections: list[tuple[str, Iterable[str]]] = [
        ("Added terms", (f"  + {_term_line(t)}" for t in result.added_terms)),
        ("Removed terms", (f"  - {_term_line(t)}" for t in result.removed_terms)),
        ("Changed terms", _changed_lines(result.changed_terms)),
        ("Added axioms", (f"  + {a}" for a in result.added_axioms)),
        ("Removed axioms", (f"  - {a}" for a in result.removed_axioms)),
    ]
    counts = _counts(result)
    for (title, body), count in zip(sections, counts.values(), strict=True):
        if count:
            lines.append(f"\n{title} ({count}):")
            lines.extend(body)
    lines.append("\n" + _summary_line(result))
    return "\n".join(lines) + "\n"


def _changed_lines(changes: list[TermChange]) -> Iterable[str]:
    for change in changes:
        yield f"  ~ {change.term}"
        for prop, removed, added in change.changes:
            for value in removed:
                yield f"      - {prop} {value}"
            for value in added:
                yield f"      + {prop} {value}"


def _counts(result: OntologyDiff) -> dict[str, int]:
    return {
        "added terms": len(result.added_terms),
        "removed terms": len(result.removed_terms),
        "changed terms": len(result.changed_terms),
        "added axioms": len(result.added_axioms),
        "removed axioms": len(result.removed_axioms),
    }


def _summary_line(result: OntologyDiff) -> str:
    return "Summary: " + ", ".join(f"{what} {n}" for what, n in _counts(result).items()) + "."


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def as_markdown(result: OntologyDiff) -> str:
    lines = [
        f"# Ontology diff: `{result.old}` → `{result.new}`",
        "",
        f"{result.old_terms} terms before, {result.new_terms} after. {_summary_line(result)}",
    ]
    if result.added_terms or result.removed_terms:
        for title, entries in (
            ("Added terms", result.added_terms),
            ("Removed terms", result.removed_terms),
        ):
            if entries:
                lines += ["", f"## {title}", "", "| term | types | labels |", "|---|---|---|"]
                lines += [
                    f"| `{_md_cell(t)}` | {_md_cell(', '.join(ty))} | {_md_cell(' '.join(la))} |"
                    for t, ty, la in entries
                ]
    if result.changed_terms:
        lines += ["", "## Changed terms", "", "| term | property | removed | added |"]
        lines.append("|---|---|---|---|")
        for change in result.changed_terms:
            for prop, removed, added in change.changes:
                lines.append(
                    f"| `{_md_cell(change.term)}` | `{_md_cell(prop)}` | "
                    f"{_md_cell('<br>'.join(removed))} | {_md_cell('<br>'.join(added))} |"
                )
    for title, axioms in (
        ("Added axioms", result.added_axioms),
        ("Removed axioms", result.removed_axioms),
    ):
        if axioms:
            lines += ["", f"## {title}", "", "| subject | property | value |", "|---|---|---|"]
            lines += [
                f"| `{_md_cell(a.subject)}` | `{_md_cell(a.property)}` | `{_md_cell(a.value)}` |"
                for a in axioms
            ]
    return "\n".join(lines) + "\n"


def render(result: OntologyDiff, fmt: str = "text") -> str:
    if fmt == "text":
        return as_text(result)
    if fmt == "json":
        return json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return as_markdown(result)
    raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
