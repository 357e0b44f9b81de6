"""The case mapping: a case as N-Triples lines (``docs/data-model.md``). The one place where a
case becomes RDF.

Everything else reads it: the stores and the fast validation path take the text as it is
(:func:`ntriples_chunks`), and :func:`cogov.loaders.rdf.iter_triples` parses it into rdflib
terms for the outputs that need an rdflib graph. The lines are written as text, without an
rdflib term per triple: the terms that repeat (properties, code-list IRIs, names) are written
once each and cached.

A case with an id is ``<{base}{id}>``, its actors ``<{case}/participant/{n}>``; a case without
an id (invalid data, still to be validated) is a blank node, and so are its actors.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

#: cases per chunk of text: small enough that the lines of one chunk are a few megabytes
CHUNK = 1000
#: the longest line Oxigraph's parser reads (bytes); a case with a longer value is refused
LONGEST_LINE = 16 * 1024 * 1024

_N3: dict[Any, str] = {}  # terms repeat (properties, code-list IRIs, names): n3() once each
_BLANK = itertools.count(1)  # labels of the blank nodes of id-less cases, unique per process
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def n3(term: Any) -> str:
    """An rdflib term in N-Triples.

    >>> n3(Literal("两行\\n文本", lang="zh"))
    '"两行\\\\n文本"@zh'
    """
    text = _N3.get(term)
    if text is None:
        if len(_N3) > 500_000:
            _N3.clear()
        if isinstance(term, Literal) and term.datatype is None:
            text = literal(str(term), term.language)
        else:
            text = term.n3()
        _N3[term] = text
    return text


@lru_cache(maxsize=65536)
def literal(text: str, lang: str | None = None) -> str:
    """A plain or language-tagged literal in N-Triples (rdflib's n3() would write a
    multi-line text in Turtle's long form, which N-Triples does not have)."""
    quoted = '"' + text.translate(_ESCAPES) + '"'
    return f"{quoted}@{lang}" if lang else quoted


def ntriples(triples: Iterable[tuple[Any, Any, Any]]) -> str:
    """rdflib triples as N-Triples text."""
    return "".join(f"{n3(s)} {n3(p)} {n3(o)} .\n" for s, p, o in triples)


@cache
def _terms() -> dict[str, Any]:
    """The N-Triples text of the fixed terms of the mapping."""
    from cogov.loaders import rdf

    cogov = rdf.COGOV
    return {
        "type": n3(RDF.type),
        "case": n3(rdf.CASE_CLASS),
        "org": n3(rdf.ORG.Organization),
        "identifier": n3(DCTERMS.identifier),
        "label": n3(RDFS.label),
        "start": n3(cogov.start),
        "end": n3(cogov.end),
        "level": n3(cogov.hasActorLevel),
        "phase": n3(cogov.isPhaseOf),
        "jurisdiction": n3(cogov.jurisdiction),
        "source": n3(DCTERMS.source),
        "in": n3(cogov.recordedIn),
        "row": n3(cogov.recordedAtRow),
        "none": n3(cogov.codedAsNone),
        "listed": n3(cogov.listedActor),
        "actor_id": n3(cogov.actorId),
        "division": n3(cogov.divisionCode),
        "same_as": n3(OWL.sameAs),
        "roles": (
            ("participant", n3(cogov.hasParticipant), "participants"),
            ("superior", n3(cogov.hasSuperior), "superiors"),
        ),
        "keys": [(name, n3(prop), scheme) for name, (prop, scheme) in rdf.KEY_FIELDS.items()],
        "lists": [(name, n3(prop), scheme) for name, (prop, scheme) in rdf.LIST_FIELDS.items()],
        "drivers": [(name, n3(prop), scheme) for name, (prop, scheme) in rdf.DRIVER_KEYS.items()],
        "flags": [(name, n3(prop)) for name, prop in rdf.DRIVER_FLAGS.items()],
    }


def case_lines(case: Any, base: str) -> tuple[str, list[str]]:
    """The N-Triples lines of one case and its subject's IRI (a ``_:`` label when the case has
    no id). The first line is always ``case rdf:type cogov:LocalGovernmentCollaboration``, so
    that a stream of cases can be cut into cases.

    >>> from cogov.model import Case
    >>> iri, lines = case_lines(Case(id="a1", name={"zh": "甲"}), "https://example.org/")
    >>> print(*lines, sep="\\n")  # doctest: +NORMALIZE_WHITESPACE
    <https://example.org/a1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
        <https://w3id.org/cogov#LocalGovernmentCollaboration> .
    <https://example.org/a1> <http://purl.org/dc/terms/identifier> "a1" .
    <https://example.org/a1> <http://www.w3.org/2000/01/rdf-schema#label> "甲"@zh .
    """
    from cogov.loaders.rdf import case_iri, concept, date_literal, evidence_triples

    t = _terms()
    node: URIRef | BNode
    if case.id is not None:
        iri = str(case_iri(case.id, base))
        s, node = f"<{iri}>", URIRef(iri)

        def place(role: str, n: int) -> str:
            return f"<{iri}/{role}/{n}>"
    else:
        label = f"c{next(_BLANK)}"
        iri, s, node = f"_:{label}", f"_:{label}", BNode(label)

        def place(role: str, n: int) -> str:
            return f"_:{label}{role}{n}"

    out = [f"{s} {t['type']} {t['case']} ."]
    if case.id is not None:
        out.append(f"{s} {t['identifier']} {literal(case.id)} .")
    out += [f"{s} {t['label']} {literal(text, lang)} ." for lang, text in case.name.items()]
    for name, prop, scheme in t["keys"]:
        value = getattr(case, name)
        if value is not None:
            out.append(f"{s} {prop} <{concept(scheme, value)}> .")
    if case.start is not None:
        out.append(f"{s} {t['start']} {n3(date_literal(case.start))} .")
    if case.end is not None:
        out.append(f"{s} {t['end']} {n3(date_literal(case.end))} .")
    for role, prop, name in t["roles"]:
        for n, actor in enumerate(getattr(case, name) or (), start=1):
            if actor.id is not None:  # a declared actor: one node in every case and file
                out += _shared_actor_lines(s, place(role, n), prop, actor)
                continue
            a = place(role, n)
            out.append(f"{s} {prop} {a} .")
            out.append(f"{a} {t['type']} {t['org']} .")
            out += [f"{a} {t['label']} {literal(v, lang)} ." for lang, v in actor.name.items()]
            if actor.level is not None:
                out.append(f"{a} {t['level']} <{concept('level', actor.level)}> .")
    if case.superiors == ():
        out.append(f"{s} {t['none']} {literal('superiors')} .")
    for name, prop, scheme in t["lists"]:
        keys = getattr(case, name)
        if keys == ():
            out.append(f"{s} {t['none']} {literal(name)} .")
        out += [f"{s} {prop} <{concept(scheme, key)}> ." for key in keys or ()]
    drivers = case.drivers
    for name, prop, scheme in t["drivers"]:
        value = getattr(drivers, name)
        if value is not None:
            out.append(f"{s} {prop} <{concept(scheme, value)}> .")
    for name, prop in t["flags"]:
        value = getattr(drivers, name)
        if value is not None:
            flag = Literal(value) if isinstance(value, bool) else Literal(str(value))
            out.append(f"{s} {prop} {n3(flag)} .")
    if case.phase_of is not None:
        out.append(f"{s} {t['phase']} <{case_iri(case.phase_of, base)}> .")
    if case.jurisdiction is not None:
        out.append(f"{s} {t['jurisdiction']} {literal(case.jurisdiction)} .")
    out += [f"{s} {t['source']} {literal(source)} ." for source in case.sources]
    if case.evidence:
        out += [f"{n3(a)} {n3(p)} {n3(b)} ." for a, p, b in evidence_triples(node, case)]
    if case.file is not None:
        out.append(f"{s} {t['in']} {literal(case.file)} .")
    if case.row is not None:
        out.append(f"{s} {t['row']} {n3(Literal(case.row))} .")
    for line in out:
        if len(line) > LONGEST_LINE // 4 and len(line.encode("utf-8")) > LONGEST_LINE:
            _too_long(case, line)
    return iri, out


def _too_long(case: Any, line: str) -> None:
    """Refuse a case with a value Oxigraph cannot read back, naming the case and the field."""
    from cogov.errors import InputError
    from cogov.loaders.rdf import field_of

    field = field_of(URIRef(line.split(" ", 2)[1].strip("<>")))
    raise InputError.keyed(
        "value_too_long",
        file=getattr(case, "file", None),
        case=getattr(case, "id", None),
        field=field,
        row=getattr(case, "row", None),
        line=getattr(case, "line", None),
        size_mb=len(line.encode("utf-8")) // (1024 * 1024),
        limit_mb=LONGEST_LINE // (1024 * 1024),
    )


def _shared_actor_lines(s: str, place: str, prop: str, actor: Any) -> list[str]:
    """A declared actor listed at ``place`` of a case's list: the link from the case to the
    shared node, the place (``cogov:listedActor``, so that the list order survives), and the
    actor's own description (repeated in every case that lists it, so that each case's block
    of lines is complete on its own)."""
    from cogov.actors import actor_iri, wikidata_iri
    from cogov.loaders.rdf import concept

    t = _terms()
    a = f"<{actor_iri(actor)}>"
    out = [
        f"{s} {prop} {a} .",
        f"{place} {t['listed']} {a} .",
        f"{a} {t['type']} {t['org']} .",
        f"{a} {t['actor_id']} {literal(actor.id)} .",
    ]
    out += [f"{a} {t['label']} {literal(text, lang)} ." for lang, text in actor.name.items()]
    if actor.level is not None:
        out.append(f"{a} {t['level']} <{concept('level', actor.level)}> .")
    if actor.division_code is not None:
        out.append(f"{a} {t['division']} {literal(actor.division_code)} .")
    if actor.wikidata is not None:
        out.append(f"{a} {t['same_as']} <{wikidata_iri(actor.wikidata)}> .")
    return out


def cases_ntriples(cases: Iterable[Any], base: str) -> str:
    """The N-Triples of the cases."""
    return "".join(chunk.decode("utf-8") for chunk in ntriples_chunks(list(cases), base))


def ntriples_chunks(cases: Sequence[Any], base: str, size: int = CHUNK) -> Iterator[bytes]:
    """The same text as UTF-8, :data:`CHUNK` cases at a time, so that a store can take it
    chunk by chunk and the whole text is never held as lines."""
    for start in range(0, len(cases), size):
        chunk = cases[start : start + size]
        lines = [line for case in chunk for line in case_lines(case, base)[1]]
        if lines:
            yield ("\n".join(lines) + "\n").encode("utf-8")


def rdflib_triples(data: bytes) -> list[tuple[Any, Any, Any]]:
    """The triples of N-Triples text as rdflib terms, in the text's order: read by Oxigraph's
    parser, each distinct term converted once (:func:`case_lines` refuses a line longer than
    Oxigraph reads).

    >>> [str(term) for term in rdflib_triples(b'<urn:a> <urn:p> "x"@en .')[0]]
    ['urn:a', 'urn:p', 'x']
    """
    import pyoxigraph as ox

    memo: dict[Any, Any] = {}
    out: list[tuple[Any, Any, Any]] = []
    for triple in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        terms = []
        for node in (triple.subject, triple.predicate, triple.object):
            term = memo.get(node)
            if term is None:
                term = memo[node] = _rdflib_term(node)
            terms.append(term)
        out.append((terms[0], terms[1], terms[2]))
    return out


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _rdflib_term(node: Any) -> Any:
    import pyoxigraph as ox

    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    if node.language:
        return Literal(node.value, lang=node.language)
    datatype = node.datatype.value
    return Literal(node.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
