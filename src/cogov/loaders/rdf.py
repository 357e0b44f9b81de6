"""Cases ⇄ RDF in the ontology's terms, exactly as ``docs/data-model.md`` says.

The graph is built directly with rdflib terms (no Turtle text in between). Every key becomes
``cogov:{scheme}-{key}`` whether or not the code list holds it, and every start/end that is not
a year or an ISO date becomes a plain literal, so that the SHACL shapes see and report it.

Turtle and JSON-LD written by other tools are parsed with pyoxigraph, which fetches nothing:
a remote JSON-LD ``@context`` is refused, and so is an ``owl:imports`` of anything but the
CoGov ontology.

>>> from cogov.model import Case, Actor
>>> g = cases_to_graph([Case(id="x", name={"en": "X"}, participants=(Actor({"zh": "上海市"}),))])
>>> graph_to_cases(g)[0].participants[0].name
{'zh': '上海市'}
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD
from rdflib.term import Identifier, Node

from cogov.errors import InputError
from cogov.loaders.keys import sort_keys
from cogov.loaders.reading import flow_depth_exceeds, too_deep
from cogov.model import Actor, Case, Drivers, Evidence, guess_language, ordered_names
from cogov.namespace import COGOV  # the ontology's terms: a misspelt one fails at import
from cogov.resources import DEFAULT_CASE_BASE, NAMESPACE, ONTOLOGY_IRI, prefixes

#: the prefixes of case data written as RDF (a part of the project's one map)
PREFIXES = {
    p: Namespace(iri)
    for p, iri in prefixes("cogov", "org", "prov", "skos", "dcterms", "rdfs", "xsd").items()
}
ORG, PROV, SKOS = (PREFIXES[p] for p in ("org", "prov", "skos"))

CASE_CLASS = COGOV.LocalGovernmentCollaboration

# case field -> (property, scheme of the value IRIs)
KEY_FIELDS = {
    "domain": (COGOV.hasDomain, "domain"),
    "initiation": (COGOV.hasInitiation, "initiation"),
    "decision_autonomy": (COGOV.hasDecisionAutonomy, "autonomy"),
    "formalization": (COGOV.codedFormalization, "formalization"),
    "activity_level": (COGOV.codedActivityLevel, "activityLevel"),
    "performance": (COGOV.performance, "rating"),
}
LIST_FIELDS = {
    "mechanisms": (COGOV.usesMechanism, "mechanism"),
    "activities": (COGOV.hasActivity, "activity"),
    "instruments": (COGOV.usesInstrument, "instrument"),
}
DRIVER_KEYS = {
    "prior_collaboration": (COGOV.priorCollaboration, "outcome"),
    "task_complexity": (COGOV.taskComplexity, "rating"),
    "homophily": (COGOV.homophily, "rating"),
    "cooperation_base": (COGOV.cooperationBase, "rating"),
}
DRIVER_FLAGS = {
    "shared_beliefs": COGOV.sharedBeliefs,
    "resource_dependence": COGOV.resourceDependence,
    "geographic_proximity": COGOV.geographicProximity,
    "interest_conflicts": COGOV.interestConflicts,
}
# a list field coded as none ([]) says so; an absent one (not reported) writes nothing
# Evidence (docs/evidence.md): the property of the case whose value a field's evidence supports
EVIDENCE_CLASS = COGOV.Evidence
EVIDENCE_PROPERTIES = {
    "domain": COGOV.hasDomain, "start": COGOV.start, "end": COGOV.end,
    "participants": COGOV.hasParticipant, "superiors": COGOV.hasSuperior,
    "initiation": COGOV.hasInitiation, "decision_autonomy": COGOV.hasDecisionAutonomy,
    "mechanisms": COGOV.usesMechanism, "activities": COGOV.hasActivity,
    "instruments": COGOV.usesInstrument, "formalization": COGOV.codedFormalization,
    "activity_level": COGOV.codedActivityLevel, "performance": COGOV.performance,
    "phase_of": COGOV.isPhaseOf,
}  # fmt: skip
_YEAR = re.compile(r"^\d{4}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SAFE = "-._~"


@lru_cache(maxsize=4096)
def concept(scheme: str, key: str) -> URIRef:
    """``cogov:{scheme}-{key}``; characters not allowed in an IRI are percent-encoded."""
    return URIRef(f"{NAMESPACE}{scheme}-{quote(key, safe=_SAFE)}")


def key_of(node: Node, scheme: str) -> str:
    """The key of a value IRI (the whole IRI when it is not in the scheme)."""
    text = str(node)
    prefix = f"{NAMESPACE}{scheme}-"
    return unquote(text[len(prefix) :]) if text.startswith(prefix) else text


@lru_cache(maxsize=4096)
def date_literal(value: str) -> Literal:
    """A year as ``xsd:gYear``, an ISO date as ``xsd:date``, anything else as plain text."""
    if _YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    if _DATE.match(value):
        try:
            dt.date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        except ValueError:
            pass
    return Literal(value)


def case_iri(case_id: str, base: str = DEFAULT_CASE_BASE) -> URIRef:
    return URIRef(base + quote(case_id, safe=_SAFE))


#: one triple of the case data, as rdflib adds it to a graph
Triple = tuple[Node, Node, Node]


def iter_triples(cases: Iterable[Case], base: str = DEFAULT_CASE_BASE) -> Iterator[Triple]:
    """The triples of the cases as rdflib terms, one case after the other: the mapping of
    :func:`cogov.loaders.ntriples.case_lines` (``docs/data-model.md``), read back.

    Each case's triples begin with ``(case, rdf:type, cogov:LocalGovernmentCollaboration)``
    and hold its actors, so a caller can cut the stream into cases.
    """
    from cogov.loaders.ntriples import ntriples_chunks, rdflib_triples

    for chunk in ntriples_chunks(list(cases), base):
        yield from rdflib_triples(chunk)


def evidence_property(field: str, key: str | None) -> URIRef | None:
    """The property of the case whose value an evidence record is about: the field's property,
    or a driver's own property (``cogov:sharedBeliefs``)."""
    if field == "drivers" and key is not None:
        if key in DRIVER_KEYS:
            return DRIVER_KEYS[key][0]
        return DRIVER_FLAGS.get(key)
    if field in EVIDENCE_PROPERTIES:
        return EVIDENCE_PROPERTIES[field]
    return URIRef(field) if ":" in field else None  # a property read from someone else's RDF


def evidence_target(prop: Node | None, value: Node | None) -> tuple[str, str | None]:
    """The field and key an evidence node is about (the inverse of :func:`evidence_property`
    with ``cogov:aboutValue``)."""
    for name, (driver_prop, _) in DRIVER_KEYS.items():
        if prop == driver_prop:
            return "drivers", name
    for name, flag_prop in DRIVER_FLAGS.items():
        if prop == flag_prop:
            return "drivers", name
    for name, field_prop in EVIDENCE_PROPERTIES.items():
        if prop == field_prop:
            if name in LIST_FIELDS:
                scheme = LIST_FIELDS[name][1]
                return name, key_of(value, scheme) if value is not None else None
            return name, None
    return str(prop) if prop is not None else "", str(value) if value is not None else None


def field_of(prop: Node | None) -> str | None:
    """The case-file field a property of the case mapping holds (``cogov:hasDomain`` ->
    ``domain``, ``cogov:homophily`` -> ``drivers.homophily``); None for another property."""
    if prop is None:
        return None
    for name, driver_prop in (
        *((n, p) for n, (p, _) in DRIVER_KEYS.items()),
        *DRIVER_FLAGS.items(),
    ):
        if prop == driver_prop:
            return f"drivers.{name}"
    for name, field_prop in EVIDENCE_PROPERTIES.items():
        if prop == field_prop:
            return name
    return _OTHER_FIELDS.get(prop)


_OTHER_FIELDS: dict[Node, str] = {
    DCTERMS.identifier: "id", RDFS.label: "name", COGOV.jurisdiction: "jurisdiction",
    DCTERMS.source: "sources", COGOV.hasActorLevel: "level", COGOV.hasEvidence: "evidence",
}  # fmt: skip


def property_of(field: str | None) -> URIRef | None:
    """The property of the case (or actor) that holds a case-file field, the inverse of
    :func:`field_of`: ``participants[2].level`` -> ``cogov:hasActorLevel``."""
    if not field:
        return None
    last = re.sub(r"\[\d+\]", "", field).split(".")
    name = ".".join(last[-2:]) if last[0] == "drivers" and len(last) > 1 else last[-1]
    name = "evidence" if last[0] == "evidence" else name
    inverse: dict[str | None, Node] = {}
    for prop in (
        *(p for p, _ in DRIVER_KEYS.values()),
        *DRIVER_FLAGS.values(),
        *EVIDENCE_PROPERTIES.values(),
        *_OTHER_FIELDS,
    ):
        inverse.setdefault(field_of(prop), prop)
    found = inverse.get(name)
    return found if isinstance(found, URIRef) else None


def evidence_triples(s: Node, case: Case) -> Iterator[Triple]:
    """The evidence nodes of one case: ``{case IRI}/evidence/{n}``, n from 1 in the records'
    canonical order (``docs/evidence.md``)."""
    for n, record in enumerate(case.evidence, start=1):
        e = URIRef(f"{s}/evidence/{n}") if isinstance(s, URIRef) else BNode()
        yield s, COGOV.hasEvidence, e
        yield e, RDF.type, EVIDENCE_CLASS
        prop = evidence_property(record.field, record.key)
        if prop is not None:
            yield e, COGOV.aboutProperty, prop
        if record.key is not None and record.field in LIST_FIELDS:
            yield e, COGOV.aboutValue, concept(LIST_FIELDS[record.field][1], record.key)
        if record.quote is not None:
            yield e, PROV.value, Literal(record.quote)
        if record.source is not None:
            yield e, DCTERMS.source, Literal(record.source)
        if record.locator is not None:
            yield e, COGOV.locator, Literal(record.locator)
        if record.coder is not None:
            yield e, COGOV.coder, Literal(record.coder)
        if record.confidence is not None:
            yield e, COGOV.confidence, concept("confidence", record.confidence)


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return graph


def cases_to_graph(
    cases: Iterable[Case], base: str = DEFAULT_CASE_BASE, *, graph: Graph | None = None
) -> Graph:
    """An rdflib graph of the cases, built directly from the records.

    Pass ``graph`` to add to an existing graph, or to choose its store: an rdflib
    ``Graph(store="SimpleMemory")`` takes the triples about four times faster than the default
    store (no named-graph bookkeeping).
    """
    if graph is None:
        graph = new_graph()
    else:
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
    graph.bind("case", Namespace(base))
    add = graph.add
    was_enabled = gc.isenabled()
    gc.disable()  # millions of acyclic objects: the cycle collector would only slow this down
    try:
        for triple in iter_triples(cases, base):
            add(triple)
    finally:
        if was_enabled:
            gc.enable()
    return graph


# --- RDF -> cases -----------------------------------------------------------------------------


def _text(node: Node) -> str:
    return str(node)


def _names(labels: list[Literal]) -> dict[str, str]:
    names: dict[str, str] = {}
    for label in sorted(labels):
        text = str(label)
        lang = label.language if isinstance(label, Literal) and label.language else None
        names.setdefault(lang.lower() if lang else guess_language(text), text)
    return ordered_names(names)


def _flag_value(node: Node) -> bool | str:
    if isinstance(node, Literal) and node.datatype == XSD.boolean:
        value = node.toPython()
        if isinstance(value, bool):
            return value
    return str(node)


def _position(node: Node) -> tuple[int, int, str]:
    tail = str(node).rsplit("/", 1)[-1]
    return (0, int(tail), "") if tail.isdigit() else (1, 0, str(node))


def _actors(graph: Graph, nodes: list[Node]) -> tuple[Actor, ...]:
    actors = []
    for node in sorted(set(nodes), key=_position):
        labels = [o for o in graph.objects(node, RDFS.label) if isinstance(o, Literal)]
        levels = sorted(key_of(o, "level") for o in graph.objects(node, COGOV.hasActorLevel))
        actors.append(Actor(name=_names(labels), level=levels[0] if levels else None))
    return tuple(actors)


def _listed_actors(graph: Graph, case: Node, role: str, nodes: list[Node]) -> tuple[Actor, ...]:
    """A case's participants or superiors in their order: inline actors by the number that
    ends their IRI, declared (shared) actors by their ``cogov:listedActor`` places."""
    shared = [n for n in set(nodes) if (n, COGOV.actorId, None) in graph]
    if not shared:
        return _actors(graph, nodes)
    from cogov.actors import wikidata_item

    placed: list[tuple[tuple[int, int, str], Actor]] = []
    inline = [n for n in set(nodes) if n not in shared]
    for node, actor in zip(sorted(inline, key=_position), _actors(graph, inline), strict=False):
        placed.append((_position(node), actor))
    prefix = f"{case}/{role}/"
    for node in sorted(shared, key=str):
        labels = [o for o in graph.objects(node, RDFS.label) if isinstance(o, Literal)]
        levels = sorted(key_of(o, "level") for o in graph.objects(node, COGOV.hasActorLevel))
        codes = sorted(str(o) for o in graph.objects(node, COGOV.divisionCode))
        items = sorted(
            item
            for o in graph.objects(node, OWL.sameAs)
            if (item := wikidata_item(str(o))) is not None
        )
        actor = Actor(
            name=_names(labels),
            level=levels[0] if levels else None,
            id=str(min(_terms(graph.objects(node, COGOV.actorId)))),
            division_code=codes[0] if codes else None,
            wikidata=items[0] if items else None,
        )
        places = [
            _position(p)
            for p in graph.subjects(COGOV.listedActor, node)
            if isinstance(case, URIRef) and str(p).startswith(prefix)
        ]
        for place in places or [(2, 0, str(node))]:
            placed.append((place, actor))
    return tuple(actor for _, actor in sorted(placed, key=lambda pair: pair[0]))


def _terms(nodes: Iterable[Node]) -> Iterator[Identifier]:
    """The RDF terms among rdflib's nodes (a graph read from a file holds no other kind), which
    rdflib orders as SPARQL does: so ``min`` picks one value of several the same way each time."""
    return (node for node in nodes if isinstance(node, Identifier))


def _evidence(graph: Graph, nodes: list[Node]) -> tuple[Evidence, ...]:
    from cogov.loaders.evidence import sort_evidence

    def one(node: Node, prop: URIRef) -> Identifier | None:
        return min(_terms(graph.objects(node, prop)), default=None)

    def text(node: Node, prop: URIRef) -> str | None:
        found = one(node, prop)
        return str(found) if found is not None else None

    records = []
    for node in sorted(set(nodes), key=_position):
        field, key = evidence_target(one(node, COGOV.aboutProperty), one(node, COGOV.aboutValue))
        confidence = one(node, COGOV.confidence)
        records.append(
            Evidence(
                field=field,
                key=key,
                quote=text(node, PROV.value),
                source=text(node, DCTERMS.source),
                locator=text(node, COGOV.locator),
                coder=text(node, COGOV.coder),
                confidence=key_of(confidence, "confidence") if confidence is not None else None,
            )
        )
    return sort_evidence(records)


def _case_id_of(graph: Graph, node: Node, base: str | None) -> str:
    ident = graph.value(node, DCTERMS.identifier)
    if ident is not None:
        return str(ident)
    text = str(node)
    if base and text.startswith(base):
        return unquote(text[len(base) :])
    return unquote(re.split(r"[/#]", text)[-1])


def case_nodes(graph: Graph) -> list[Node]:
    """The case nodes: typed ``cogov:LocalGovernmentCollaboration`` or having participants."""
    nodes = set(graph.subjects(RDF.type, CASE_CLASS))
    nodes.update(graph.subjects(COGOV.hasParticipant, None))
    return sorted(nodes, key=str)


def graph_to_cases(graph: Graph, base: str | None = None, *, file: str | None = None) -> list[Case]:
    """The cases of a graph in the ontology's terms (the inverse of :func:`cases_to_graph`)."""
    cases = []
    for node in case_nodes(graph):
        values: dict[Node, list[Node]] = {}
        for p, o in graph.predicate_objects(node):
            values.setdefault(p, []).append(o)

        def one(prop: URIRef, values: dict[Node, list[Node]] = values) -> Identifier | None:
            found = values.get(prop)
            return min(_terms(found)) if found else None

        fields: dict[str, Any] = {}
        ident = one(DCTERMS.identifier)
        fields["id"] = str(ident) if ident is not None else None
        fields["name"] = _names([o for o in values.get(RDFS.label, []) if isinstance(o, Literal)])
        for name, (prop, scheme) in KEY_FIELDS.items():
            value = one(prop)
            fields[name] = key_of(value, scheme) if value is not None else None
        for name in ("start", "end"):
            value = one(COGOV[name])
            fields[name] = str(value) if value is not None else None
        fields["participants"] = _listed_actors(
            graph, node, "participant", values.get(COGOV.hasParticipant, [])
        )
        none = {str(o) for o in values.get(COGOV.codedAsNone, [])}
        superiors = values.get(COGOV.hasSuperior)
        fields["superiors"] = (
            _listed_actors(graph, node, "superior", superiors)
            if superiors
            else ()
            if "superiors" in none
            else None
        )
        for name, (prop, scheme) in LIST_FIELDS.items():
            found = values.get(prop)
            fields[name] = (
                sort_keys(scheme, (key_of(o, scheme) for o in found))
                if found
                else ()
                if name in none
                else None
            )
        drivers: dict[str, Any] = {}
        for name, (prop, scheme) in DRIVER_KEYS.items():
            value = one(prop)
            drivers[name] = key_of(value, scheme) if value is not None else None
        for name, prop in DRIVER_FLAGS.items():
            value = one(prop)
            drivers[name] = _flag_value(value) if value is not None else None
        fields["drivers"] = Drivers(**drivers)
        phase = one(COGOV.isPhaseOf)
        fields["phase_of"] = _case_id_of(graph, phase, base) if phase is not None else None
        fields["sources"] = tuple(sorted({str(o) for o in values.get(DCTERMS.source, [])}))
        jurisdiction = one(COGOV.jurisdiction)
        fields["jurisdiction"] = str(jurisdiction) if jurisdiction is not None else None
        if COGOV.hasEvidence in values:
            fields["evidence"] = _evidence(graph, values[COGOV.hasEvidence])
        recorded = one(COGOV.recordedIn)
        row = one(COGOV.recordedAtRow)
        try:
            row_number = int(row) if row is not None else None
        except (TypeError, ValueError):
            row_number = None
        cases.append(
            Case(
                **fields,
                file=file if file is not None else (str(recorded) if recorded else None),
                row=row_number if file is None else None,
                iri=str(node) if isinstance(node, URIRef) else None,
            )
        )
    return cases


# --- reading RDF files ------------------------------------------------------------------------

_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "json-ld": ox.RdfFormat.JSON_LD}


def _term(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise InputError.keyed("rdf_term", term=repr(term))


def parse_rdf(data: bytes, fmt: str, name: str, base: str = DEFAULT_CASE_BASE) -> Graph:
    """Parse Turtle or JSON-LD with pyoxigraph into an rdflib graph; nothing is fetched."""
    if fmt == "json-ld" and flow_depth_exceeds(data):
        raise too_deep(name)
    graph = new_graph()
    try:
        quads = ox.parse(data, format=_FORMATS[fmt], base_iri=base, without_named_graphs=True)
        graph.addN((_term(q.subject), _term(q.predicate), _term(q.object), graph) for q in quads)
    except SyntaxError as err:
        message = str(err)
        if "LoadDocumentCallback" in message or "remote context" in message.lower():
            raise InputError.keyed("jsonld_remote_context", file=name) from None
        label = "Turtle" if fmt == "turtle" else "JSON-LD"
        line = None
        found = re.search(r"line (\d+)", message) or re.search(r"^(\d+):\d+", message)
        if found:
            line = int(found.group(1))
        raise InputError.keyed(
            "rdf_malformed", file=name, line=line, syntax=label, problem=message
        ) from None
    except RecursionError:
        raise too_deep(name) from None
    except MemoryError:
        # pyoxigraph refuses a single token (a literal or an IRI) larger than its buffer (16 MB)
        raise InputError.keyed("rdf_token_too_large", file=name) from None
    except (ValueError, OSError) as err:
        raise InputError.keyed("rdf_unreadable", file=name, problem=err) from None
    for imported in graph.objects(None, OWL.imports):
        if not str(imported).startswith(ONTOLOGY_IRI):
            raise InputError.keyed("rdf_imports", file=name, iri=imported)
    return graph


def _ox_term(term: Node) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _subject_order(term: Node) -> tuple[str, ...]:
    # a case, then its participants and superiors in order (natural sort of the numbers)
    return tuple(
        part.zfill(12) if part.isdigit() else part for part in re.split(r"(\d+|/)", str(term))
    )


def dump_turtle(graph: Graph) -> str:
    """Turtle, sorted by subject, predicate and object, with stable prefixes (pyoxigraph)."""
    triples = sorted(
        graph,
        key=lambda t: (_subject_order(t[0]), t[1] != RDF.type, str(t[1]), str(t[2])),
    )
    prefixes = {prefix: str(ns) for prefix, ns in sorted(graph.namespaces()) if prefix}
    used = {p: ns for p, ns in prefixes.items() if p in PREFIXES or p == "case"}
    data = ox.serialize(
        (ox.Triple(_ox_term(s), _ox_term(p), _ox_term(o)) for s, p, o in triples),
        format=ox.RdfFormat.TURTLE,
        prefixes=used,
    )
    text = (data or b"").decode("utf-8")
    lines = text.split("\n")
    head = [line for line in lines if line.startswith("@prefix ")]
    body = lines[len(head) :]
    return "\n".join([*sorted(head), "", *body])


def dump_jsonld(graph: Graph) -> str:
    """JSON-LD with an inline context, nodes sorted by ``@id``."""
    import json

    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    text = graph.serialize(format="json-ld", context=context, auto_compact=True)
    document = json.loads(text)
    if isinstance(document, dict) and isinstance(document.get("@graph"), list):
        document["@graph"].sort(key=lambda node: str(node.get("@id", "")))
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
