"""The ontology's documentation site: pyLODE reference, code lists, shapes and an overview.

:func:`build_docs` writes a static HTML site from the merged ontology
(:func:`cogov.ontology.load_ontology`) and the SHACL shapes:

- ``index.html``: the pyLODE reference of every class and property, followed by the code lists,
  the other named individuals and the bibliography; every term of the namespace has an anchor
  named after its local name, so ``https://w3id.org/cogov#SporadicCollaboration`` lands on
  ``index.html#SporadicCollaboration``;
- ``overview.html``: the modules, a diagram of the main classes and one of the typologies;
- ``shapes.html``: every node shape and property shape with its messages.

The site is built in a temporary sibling folder and renamed into place, so a reader never
sees half a site.
"""

from __future__ import annotations

import html
import importlib
import importlib.metadata
import logging
import os
import shutil
import subprocess
import sys
import types
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from cogov import __version__
from cogov.atomic import atomic_dir, write_text
from cogov.errors import ResourceError
from cogov.resources import NAMESPACE, ONTOLOGY_IRI, SOURCE_BASE, data_dir

DEFAULT_DOCS_DIR = Path("dist/docs")
COGOV_KEY = URIRef(NAMESPACE + "key")
TYPOLOGY = URIRef(NAMESPACE + "Typology")
HAS_TYPOLOGY_TYPE = URIRef(NAMESPACE + "hasTypologyType")
ALONG_DIMENSION = URIRef(NAMESPACE + "alongDimension")
PROPERTY_TYPES = (
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
)
LANGS = ("en", "zh")

log = logging.getLogger(__name__)


@dataclass
class DocsResult:
    """What :func:`build_docs` wrote."""

    out_dir: Path
    pages: list[str] = field(default_factory=list)
    terms: int = 0
    diagram_tool: str = ""


# ---- Graph helpers --------------------------------------------------------------------------


def local_name(iri: Node | str) -> str:
    """The part of a CoGov IRI after the namespace (or after the last ``/`` or ``#``)."""
    text = str(iri)
    if text.startswith(NAMESPACE):
        return text[len(NAMESPACE) :]
    return text.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def namespace_terms(graph: Graph) -> list[URIRef]:
    """Every IRI of the CoGov namespace that the graph types or defines, sorted."""
    terms = {
        s
        for s in graph.subjects()
        if isinstance(s, URIRef)
        and str(s).startswith(NAMESPACE)
        and ((s, RDF.type, None) in graph or (s, RDFS.isDefinedBy, None) in graph)
    }
    return sorted(terms, key=str)


def _predicates(graph: Graph, subject: Node) -> list[URIRef]:
    """The predicates of a subject, each once, sorted (in RDF a predicate is always an IRI)."""
    return sorted({p for p in graph.predicates(subject) if isinstance(p, URIRef)})


def text_in(graph: Graph, subject: Node, predicate: URIRef, lang: str) -> str:
    """One literal of ``predicate`` in ``lang`` (or untagged), or ''."""
    for value in graph.objects(subject, predicate):
        if isinstance(value, Literal) and (value.language or "") == lang:
            return str(value)
    return ""


def label(graph: Graph, term: URIRef | BNode, lang: str = "en") -> str:
    """The term's label in ``lang``, else any label, else its local name."""
    found = text_in(graph, term, RDFS.label, lang) or text_in(graph, term, SKOS.prefLabel, lang)
    if found:
        return found
    for value in graph.objects(term, RDFS.label):
        return str(value)
    for value in graph.objects(term, DCTERMS.title):
        return str(value)
    return local_name(term) if isinstance(term, URIRef) else "(anonymous)"


def both_labels(graph: Graph, term: URIRef) -> str:
    en, zh = text_in(graph, term, RDFS.label, "en"), text_in(graph, term, RDFS.label, "zh")
    return " / ".join(part for part in (en, zh) if part) or label(graph, term)


def is_class(graph: Graph, term: URIRef) -> bool:
    return (term, RDF.type, OWL.Class) in graph or (term, RDF.type, RDFS.Class) in graph


def is_property(graph: Graph, term: URIRef) -> bool:
    return any((term, RDF.type, kind) in graph for kind in PROPERTY_TYPES)


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


# ---- pyLODE ---------------------------------------------------------------------------------


def _import_pylode() -> types.ModuleType:
    """Import pyLODE, working around 3.4.1's version module that reads a missing file.

    pyLODE 3.4.1 reads its version from a ``pyproject.toml`` that the wheel does not carry
    (RDFLib/pyLODE issues 256 and 260); supply the version from the installed metadata.
    """
    try:
        return importlib.import_module("pylode")
    except ModuleNotFoundError as err:
        raise ResourceError(
            "pyLODE is not installed; install it with: pip install 'pylode>=3.4'"
        ) from err
    except FileNotFoundError:
        for name in [m for m in sys.modules if m == "pylode" or m.startswith("pylode.")]:
            del sys.modules[name]
        shim = types.ModuleType("pylode.version")
        shim.__dict__["__version__"] = importlib.metadata.version("pylode")
        sys.modules["pylode.version"] = shim
        return importlib.import_module("pylode")


def _quiet_pylode_logging() -> None:
    for name in ("root", "httpx", "asyncio"):
        logging.getLogger(None if name == "root" else name).setLevel(logging.WARNING)


DECLARATION_TYPES = (*PROPERTY_TYPES, OWL.Class, RDFS.Class)


def pylode_graph(graph: Graph) -> Graph:
    """The part of the ontology pyLODE documents: header, classes, properties, sources.

    Module headers and code-list individuals are left out (pyLODE would merge every
    ontology and scheme header into one); each term gets one title ``english / 中文``.
    """
    top = URIRef(ONTOLOGY_IRI)
    drop: set[Node] = set()
    for onto in graph.subjects(RDF.type, OWL.Ontology):
        if onto != top:
            drop.add(onto)
    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True)
    for s, p, o in graph:
        if s in drop:
            continue
        if isinstance(s, URIRef) and str(s).startswith(NAMESPACE):
            keep = is_class(graph, s) or is_property(graph, s)
            if not keep:
                continue  # individuals, concepts and schemes go to our own sections
            if p in (RDFS.label, SKOS.prefLabel):
                continue
        if p == OWL.imports and s == top:
            continue
        if s == top and p == DCTERMS.title:
            continue
        if p == RDF.type and o in DECLARATION_TYPES and not str(s).startswith(NAMESPACE):
            continue  # external terms are declared for OWL 2 DL; they are not ours to document
        out.add((s, p, o))
    titles = [text_in(graph, top, DCTERMS.title, lang) for lang in LANGS]
    out.add((top, DCTERMS.title, Literal(" / ".join(t for t in titles if t) or "CoGov")))
    for term in namespace_terms(graph):
        if is_class(graph, term) or is_property(graph, term):
            title = both_labels(graph, term)
            if (term, OWL.deprecated, Literal(True)) in graph:
                replacement = graph.value(term, DCTERMS.isReplacedBy)
                title = f"{title} (deprecated; use {local_name(replacement or term)})"
            out.add((term, DCTERMS.title, Literal(title)))
    return out


TOC_EXTRA = (
    ("codelists", "Code lists / 代码表"),
    ("individuals", "Named individuals / 个体"),
    ("sources", "Sources / 文献"),
)


def _pylode_html(graph: Graph, extra_sections: str, nav: str) -> str:
    _import_pylode()
    _quiet_pylode_logging()
    from dominate.util import raw
    from pylode import OntPub  # imported just above, with its workaround

    class CogovPub(OntPub):
        def _make_metadata(self) -> None:
            with self.content:
                raw(nav)
            super()._make_metadata()

        def _make_main_sections(self) -> None:
            super()._make_main_sections()
            with self.content:
                raw(extra_sections)

        def _make_toc(self) -> None:
            super()._make_toc()
            # add our sections to pyLODE's table of contents (its first list), if it is there
            from dominate.tags import a, h4, li, ul

            tocs = self.doc.body.get(id="toc")
            lists = tocs[0].get(ul) if tocs else []
            first = lists[0] if lists else None
            if first is not None:
                for anchor, title in TOC_EXTRA:
                    first.add(li(h4(a(title, href=f"#{anchor}"))))

    doc_graph = pylode_graph(graph)
    try:
        pub = CogovPub(doc_graph, sort_subjects=True)
    except Exception as err:  # pyLODE raises bare exceptions for missing metadata
        raise ResourceError(f"pyLODE could not document the ontology: {err}") from err
    pub.fids = {str(term): local_name(term) for term in namespace_terms(graph)}
    for source in graph.subjects(RDF.type, DCTERMS.BibliographicResource):
        pub.fids[str(source)] = "source-" + local_name(source)
    try:
        return str(pub.make_html())
    except Exception as err:  # pyLODE's renderer raises whatever its helpers raise
        raise ResourceError(
            f"pyLODE could not render the ontology: {type(err).__name__}: {err}"
        ) from err


# ---- Term cards (code lists, individuals, sources) ----------------------------------------


def _value_html(graph: Graph, value: object, page: str = "") -> str:
    if isinstance(value, Literal):
        lang = f' <span class="lang">@{_esc(value.language)}</span>' if value.language else ""
        return f"{_esc(value)}{lang}"
    if isinstance(value, URIRef):
        text = str(value)
        if text.startswith(NAMESPACE):
            return (
                f'<a href="{page}#{_esc(local_name(value))}">{_esc(both_labels(graph, value))}</a>'
            )
        if text.startswith(SOURCE_BASE):
            return (
                f'<a href="{page}#source-{_esc(local_name(value))}">{_esc(label(graph, value))}</a>'
            )
        short = _esc(graph.namespace_manager.normalizeUri(value).strip("<>"))
        return f'<a href="{_esc(text)}"><code>{short}</code></a>'
    if isinstance(value, BNode):
        items = list(Collection(graph, value)) if (value, RDF.first, None) in graph else []
        if items:
            return ", ".join(_value_html(graph, item, page) for item in items)
        pairs = "; ".join(
            f"{_esc(graph.namespace_manager.normalizeUri(str(p)))} {_value_html(graph, o, page)}"
            for p, o in sorted(graph.predicate_objects(value))
        )
        return f"[ {pairs} ]"
    return _esc(value)


CARD_ORDER = (
    (RDF.type, "type"),
    (SKOS.notation, "notation"),
    (COGOV_KEY, "case-data key"),
    (SKOS.definition, "definition"),
    (SKOS.altLabel, "synonyms"),
    (SKOS.example, "example"),
    (SKOS.inScheme, "in scheme"),
    (SKOS.broader, "broader"),
    (DCTERMS.source, "source"),
    (RDFS.seeAlso, "see also"),
    (RDFS.isDefinedBy, "defined by"),
)


def term_card(graph: Graph, term: URIRef, anchor: str, page: str = "") -> str:
    """One term as an HTML block with an ``id`` anchor, its IRI, labels and annotations."""
    rows = [f"<tr><th>IRI</th><td><code>{_esc(term)}</code></td></tr>"]
    for lang in LANGS:
        text = text_in(graph, term, RDFS.label, lang)
        if text:
            rows.append(f"<tr><th>label ({lang})</th><td>{_esc(text)}</td></tr>")
    shown = {RDFS.label}
    for predicate, title in CARD_ORDER:
        values = sorted(
            graph.objects(term, predicate), key=lambda v: (getattr(v, "language", "") or "", str(v))
        )
        shown.add(predicate)
        if values:
            cells = "<br>".join(_value_html(graph, v, page) for v in values)
            rows.append(f"<tr><th>{_esc(title)}</th><td>{cells}</td></tr>")
    for predicate in _predicates(graph, term):
        if predicate in shown:
            continue
        values = sorted(graph.objects(term, predicate), key=str)
        cells = "<br>".join(_value_html(graph, v, page) for v in values)
        name = graph.namespace_manager.normalizeUri(predicate)
        rows.append(f"<tr><th>{_esc(name)}</th><td>{cells}</td></tr>")
    title = _esc(both_labels(graph, term))
    return (
        f'<div class="property entity" id="{_esc(anchor)}"><h3>{title}</h3>'
        f"<table>{''.join(rows)}</table></div>\n"
    )


def _sort_key(graph: Graph, term: URIRef) -> tuple[str, str]:
    return (str(next(iter(sorted(graph.objects(term, SKOS.notation), key=str)), "")), str(term))


def extra_sections(graph: Graph) -> str:
    """Code lists, other individuals and the bibliography, each term with its anchor."""
    parts: list[str] = []
    schemes = sorted(
        (s for s in graph.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(s, URIRef)), key=str
    )
    documented: set[URIRef] = set()
    parts.append('<div class="section" id="codelists"><h2>Code lists / 代码表</h2>')
    if schemes:
        parts.append(
            "<ul>"
            + "".join(
                f'<li><a href="#{_esc(local_name(s))}">{_esc(both_labels(graph, s))}</a></li>'
                for s in schemes
            )
            + "</ul>"
        )
    for scheme in schemes:
        parts.append(term_card(graph, scheme, local_name(scheme)))
        documented.add(scheme)
        members = sorted(
            (c for c in graph.subjects(SKOS.inScheme, scheme) if isinstance(c, URIRef)),
            key=lambda c: str(c),
        )
        parts.append(f'<div class="scheme-members"><h4>{_esc(both_labels(graph, scheme))}</h4>')
        for concept in members:
            if concept in documented or is_class(graph, concept) or is_property(graph, concept):
                continue
            parts.append(term_card(graph, concept, local_name(concept)))
            documented.add(concept)
        parts.append("</div>")
    parts.append("</div>")
    others = [
        t
        for t in namespace_terms(graph)
        if t not in documented and not is_class(graph, t) and not is_property(graph, t)
    ]
    if others:
        parts.append('<div class="section" id="individuals"><h2>Named individuals / 个体</h2>')
        for term in others:
            parts.append(term_card(graph, term, local_name(term)))
        parts.append("</div>")
    sources = sorted(
        (
            s
            for s in graph.subjects(RDF.type, DCTERMS.BibliographicResource)
            if isinstance(s, URIRef)
        ),
        key=str,
    )
    if sources:
        parts.append('<div class="section" id="sources"><h2>Sources / 文献</h2><dl>')
        for source in sources:
            creators = "; ".join(sorted(str(c) for c in graph.objects(source, DCTERMS.creator)))
            bits = [
                creators,
                text_in(graph, source, DCTERMS.date, "") or "",
                label(graph, source),
                "; ".join(str(v) for v in graph.objects(source, DCTERMS.isPartOf)),
            ]
            text = ". ".join(b for b in bits if b)
            parts.append(
                f'<dt id="source-{_esc(local_name(source))}"><code>{_esc(source)}</code></dt>'
                f"<dd>{_esc(text)}</dd>"
            )
        parts.append("</dl></div>")
    return "\n".join(parts)


# ---- Shapes page ----------------------------------------------------------------------------


def load_shapes() -> tuple[Graph, list[Path]]:
    """All ``shapes/*.shapes.ttl`` merged, and the files read."""
    folder = data_dir("shapes")
    files = sorted(folder.glob("*.shapes.ttl"))
    shapes = Graph()
    for path in files:
        try:
            shapes.parse(path, format="turtle")
        except Exception as err:  # rdflib raises several parser exception types
            raise ResourceError(f"the shapes file cannot be parsed: {err}", file=str(path)) from err
    return shapes, files


def _shape_title(shapes: Graph, shape: object) -> str:
    if isinstance(shape, URIRef):
        return shapes.namespace_manager.normalizeUri(shape)
    return "shape"


def shapes_page(shapes: Graph, files: list[Path], onto: Graph) -> str:
    """HTML for every node shape and its property shapes."""
    merged = shapes + onto
    for prefix, ns in shapes.namespaces():
        merged.bind(prefix, ns, override=False)
    body = [
        "<h1>SHACL shapes / 数据形状</h1>",
        '<p><a href="index.html">ontology reference</a> · <a href="overview.html">overview</a></p>',
        "<p>Files: " + ", ".join(f"<code>{_esc(p.name)}</code>" for p in files) + "</p>",
    ]
    node_shapes = sorted(
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.subjects(SH.targetClass, None)),
        key=str,
    )
    if not node_shapes:
        body.append("<p>No shapes are defined yet.</p>")
    for shape in node_shapes:
        anchor = "shape-" + local_name(shape) if isinstance(shape, URIRef) else f"shape-{shape}"
        rows = []
        for predicate in _predicates(shapes, shape):
            if predicate == SH.property:
                continue
            values = sorted(shapes.objects(shape, predicate), key=str)
            cells = "<br>".join(_value_html(merged, v, "index.html") for v in values)
            rows.append(
                f"<tr><th>{_esc(shapes.namespace_manager.normalizeUri(predicate))}</th><td>{cells}</td></tr>"
            )
        body.append(
            f'<div class="shape" id="{_esc(anchor)}"><h2>{_esc(_shape_title(shapes, shape))}</h2>'
            f"<table>{''.join(rows)}</table>"
        )
        prop_shapes = sorted(
            shapes.objects(shape, SH.property), key=lambda p: str(shapes.value(p, SH.path))
        )
        for prop in prop_shapes:
            path = shapes.value(prop, SH.path)
            rows = []
            for predicate in _predicates(shapes, prop):
                values = sorted(shapes.objects(prop, predicate), key=str)
                cells = "<br>".join(_value_html(merged, v, "index.html") for v in values)
                rows.append(
                    f"<tr><th>{_esc(shapes.namespace_manager.normalizeUri(predicate))}</th><td>{cells}</td></tr>"
                )
            title = (
                _value_html(merged, path, "index.html") if path is not None else "(property shape)"
            )
            body.append(
                f'<div class="property-shape"><h3>{title}</h3><table>{"".join(rows)}</table></div>'
            )
        body.append("</div>")
    return _page("CoGov SHACL shapes", "\n".join(body))


# ---- Overview and diagrams ------------------------------------------------------------------

STYLE = """
body{font-family:"Noto Sans","Noto Sans CJK SC",sans-serif;max-width:72em;margin:2em auto;
  padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3}code{font-size:90%}.lang{color:#888;font-size:80%}
.diagram{overflow:auto;border:1px solid #ddd;padding:.5em;margin-bottom:2em}
.shape,.property-shape{margin-left:1em}
"""


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_esc(title)}</title><style>{STYLE}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


MAIN_CLASS = URIRef(NAMESPACE + "LocalGovernmentCollaboration")


def _named_subclasses(graph: Graph, cls: URIRef) -> list[URIRef]:
    return sorted(
        (s for s in graph.subjects(RDFS.subClassOf, cls) if isinstance(s, URIRef)), key=str
    )


def main_classes(graph: Graph) -> list[URIRef]:
    """The classes of the case model around ``cogov:LocalGovernmentCollaboration``.

    Its named superclasses, its subclasses (two levels down where they are Table 1 types or
    modes of the case-data contract), the classes
    its object properties point to (value partitions with their parts, actors, typologies),
    and the named subclasses of the actor classes.
    """
    chosen: set[URIRef] = {MAIN_CLASS}
    chosen.update(
        c for c in graph.transitive_objects(MAIN_CLASS, RDFS.subClassOf) if isinstance(c, URIRef)
    )

    def keyed(cls: URIRef) -> bool:  # a class of the case-data contract (types, modes)
        return (cls, COGOV_KEY, None) in graph

    for child in _named_subclasses(graph, MAIN_CLASS):
        chosen.add(child)
        for grandchild in _named_subclasses(graph, child):  # the scholars' modes are left to
            if keyed(grandchild) or any(  # the typology diagram
                keyed(c) for c in _named_subclasses(graph, grandchild)
            ):
                chosen.add(grandchild)
    linked: set[URIRef] = set()
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        if not str(prop).startswith(NAMESPACE):
            continue
        domains = set(graph.objects(prop, RDFS.domain))
        if domains & chosen:
            linked.update(r for r in graph.objects(prop, RDFS.range) if isinstance(r, URIRef))
    chosen |= linked
    for cls in sorted(linked, key=str):
        if str(cls).startswith(NAMESPACE) or cls in (ORG_ORGANIZATION, PROV_AGENT):
            chosen.update(c for c in _named_subclasses(graph, cls) if str(c).startswith(NAMESPACE))
    chosen.update(
        c
        for c in (URIRef(NAMESPACE + "Typology"), URIRef(NAMESPACE + "TypologyDimension"))
        if (c, RDF.type, OWL.Class) in graph
    )
    return sorted(chosen, key=str)


ORG_ORGANIZATION = URIRef("http://www.w3.org/ns/org#Organization")
PROV_AGENT = URIRef("http://www.w3.org/ns/prov#Agent")


def class_edges(
    graph: Graph, classes: list[URIRef]
) -> tuple[list[tuple[URIRef, URIRef]], list[tuple[URIRef, str, URIRef]]]:
    """Subclass edges, and object-property edges (domain → range, labels joined) among classes."""
    wanted = set(classes)
    subs = sorted(
        (s, o)
        for s, o in graph.subject_objects(RDFS.subClassOf)
        if isinstance(s, URIRef) and s in wanted and isinstance(o, URIRef) and o in wanted
    )
    joined: dict[tuple[URIRef, URIRef], list[str]] = {}
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        if not str(prop).startswith(NAMESPACE):
            continue
        for dom in graph.objects(prop, RDFS.domain):
            for rng in graph.objects(prop, RDFS.range):
                if (
                    isinstance(dom, URIRef)
                    and dom in wanted
                    and isinstance(rng, URIRef)
                    and rng in wanted
                ):
                    joined.setdefault((dom, rng), []).append(local_name(prop))
    props = [(d, "\\n".join(sorted(names)), r) for (d, r), names in sorted(joined.items())]
    return subs, props


@dataclass(frozen=True)
class TypologyRow:
    """One typology individual: its dimensions, its types and who proposed it."""

    iri: URIRef
    dimensions: list[URIRef]
    types: list[URIRef]
    sources: list[URIRef]


def typologies(graph: Graph) -> list[TypologyRow]:
    """Every ``cogov:Typology`` individual with its dimensions, types and sources."""

    def iris(subject: URIRef, predicate: URIRef) -> list[URIRef]:
        found = (o for o in graph.objects(subject, predicate) if isinstance(o, URIRef))
        return sorted(found, key=str)

    return [
        TypologyRow(
            iri=typ,
            dimensions=iris(typ, ALONG_DIMENSION),
            types=iris(typ, HAS_TYPOLOGY_TYPE),
            sources=iris(typ, DCTERMS.source),
        )
        for typ in sorted(
            (t for t in set(graph.subjects(RDF.type, TYPOLOGY)) if isinstance(t, URIRef)), key=str
        )
    ]


def _dot_id(term: object) -> str:
    return '"' + str(term).replace('"', r"\"") + '"'


def _dot_label(graph: Graph, term: URIRef) -> str:
    if str(term).startswith(NAMESPACE):
        en, zh = text_in(graph, term, RDFS.label, "en"), text_in(graph, term, RDFS.label, "zh")
        text = "\\n".join(x for x in (en, zh) if x) or local_name(term)
    else:
        text = graph.namespace_manager.normalizeUri(term)
    return '"' + text.replace('"', r"\"") + '"'


def classes_dot(graph: Graph) -> str:
    classes = main_classes(graph)
    subs, props = class_edges(graph, classes)
    lines = [
        "digraph classes {",
        '  rankdir=LR; node [shape=box, style=rounded, fontname="Noto Sans CJK SC"];',
        '  edge [fontname="Noto Sans CJK SC", fontsize=9];',
    ]
    for node in classes:
        inside = str(node).startswith(NAMESPACE)
        url = f"index.html#{local_name(node)}" if inside else str(node)
        extra = "" if inside else ", style=dashed"
        lines.append(f'  {_dot_id(node)} [label={_dot_label(graph, node)}, URL="{url}"{extra}];')
    for s, o in subs:
        lines.append(f"  {_dot_id(s)} -> {_dot_id(o)} [arrowhead=empty];")
    for dom, names, rng in props:
        lines.append(
            f'  {_dot_id(dom)} -> {_dot_id(rng)} [label="{names}", style=dashed, color=gray40];'
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def typologies_dot(graph: Graph) -> str:
    lines = [
        "digraph typologies {",
        '  rankdir=LR; node [fontname="Noto Sans CJK SC"];',
        '  edge [fontname="Noto Sans CJK SC", fontsize=9];',
    ]
    for row in typologies(graph):
        typ = row.iri
        lines.append(
            f"  {_dot_id(typ)} [shape=folder, label={_dot_label(graph, typ)}, "
            f'URL="index.html#{local_name(typ)}"];'
        )
        for dim in row.dimensions:
            lines.append(f"  {_dot_id(dim)} [shape=note, label={_dot_label(graph, dim)}];")
            lines.append(f'  {_dot_id(typ)} -> {_dot_id(dim)} [style=dashed, label="along"];')
        for kind in row.types:
            lines.append(
                f"  {_dot_id(kind)} [shape=box, style=rounded, label={_dot_label(graph, kind)}, "
                f'URL="index.html#{local_name(kind)}"];'
            )
            lines.append(f"  {_dot_id(typ)} -> {_dot_id(kind)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_dot(dot_source: str) -> str | None:
    """SVG from graphviz ``dot`` when it is installed, else None."""
    dot = shutil.which("dot")
    if dot is None:
        return None
    try:
        done = subprocess.run(
            [dot, "-Tsvg"],
            input=dot_source.encode("utf-8"),
            capture_output=True,
            timeout=120,
            check=True,
        )
    except (subprocess.SubprocessError, OSError) as err:
        log.warning("graphviz failed (%s); drawing the diagram without it", err)
        return None
    return done.stdout.decode("utf-8")


def simple_svg(nodes: list[tuple[str, str, str]], edges: list[tuple[str, str]]) -> str:
    """A plain layered SVG: nodes ``(id, text, href)`` in columns by depth, edges as lines."""
    ids = [n[0] for n in nodes]
    depth = dict.fromkeys(ids, 0)
    for _ in range(len(ids)):  # longest path from a root; bounded, so cycles cannot hang
        changed = False
        for s, t in edges:
            if s in depth and t in depth and depth[s] < depth[t] + 1 <= len(ids):
                depth[s] = depth[t] + 1
                changed = True
        if not changed:
            break
    columns: dict[int, list[str]] = {}
    for n in ids:
        columns.setdefault(depth.get(n, 0), []).append(n)
    width, height, gap_x, gap_y = 230, 40, 60, 18
    pos = {}
    for col, members in columns.items():
        for row, n in enumerate(members):
            pos[n] = (20 + col * (width + gap_x), 20 + row * (height + gap_y))
    total_w = 40 + (max(columns) + 1 if columns else 1) * (width + gap_x)
    total_h = 40 + max((len(m) for m in columns.values()), default=1) * (height + gap_y)
    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{total_w}" height="{total_h}" '
            'font-family="sans-serif" font-size="11">'
        )
    ]
    for s, t in edges:
        if s in pos and t in pos:
            (x1, y1), (x2, y2) = pos[s], pos[t]
            out.append(
                f'<line x1="{x1}" y1="{y1 + height / 2}" x2="{x2 + width}" '
                f'y2="{y2 + height / 2}" stroke="#888"/>'
            )
    for n, text, href in nodes:
        x, y = pos[n]
        lines = text.split("\n")
        out.append(
            f'<a href="{_esc(href)}"><rect x="{x}" y="{y}" width="{width}" height="{height}" '
            'rx="6" fill="#eef" stroke="#446"/>'
        )
        for i, line in enumerate(lines[:2]):
            out.append(f'<text x="{x + 6}" y="{y + 16 + i * 14}">{_esc(line[:38])}</text>')
        out.append("</a>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _fallback_classes_svg(graph: Graph) -> str:
    classes = main_classes(graph)
    subs, _ = class_edges(graph, classes)
    named = sorted(set(classes) | {o for _, o in subs}, key=str)
    nodes = [
        (
            str(c),
            _dot_label(graph, c).strip('"').replace("\\n", "\n"),
            f"index.html#{local_name(c)}",
        )
        for c in named
    ]
    return simple_svg(nodes, [(str(s), str(o)) for s, o in subs])


def _fallback_typologies_svg(graph: Graph) -> str:
    nodes: dict[str, tuple[str, str, str]] = {}
    edges = []
    for row in typologies(graph):
        typ = row.iri
        nodes[str(typ)] = (
            str(typ),
            _dot_label(graph, typ).strip('"').replace("\\n", "\n"),
            f"index.html#{local_name(typ)}",
        )
        for kind in row.types:
            nodes.setdefault(
                str(kind),
                (
                    str(kind),
                    _dot_label(graph, kind).strip('"').replace("\\n", "\n"),
                    f"index.html#{local_name(kind)}",
                ),
            )
            edges.append((str(kind), str(typ)))
    return simple_svg(list(nodes.values()), edges)


ALIGNMENT_LINKS = (
    SKOS.exactMatch,
    SKOS.closeMatch,
    SKOS.broadMatch,
    SKOS.narrowMatch,
    SKOS.relatedMatch,
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    OWL.equivalentClass,
)


def _cells(graph: Graph, values: Iterable[object]) -> str:
    return "<br>".join(_value_html(graph, v, "index.html") for v in values)


def overview_page(graph: Graph, alignments: Graph | None) -> str:
    """Modules, the two diagrams, the typologies table and the alignments."""
    top = URIRef(ONTOLOGY_IRI)
    title_en = text_in(graph, top, DCTERMS.title, "en") or "CoGov"
    title_zh = text_in(graph, top, DCTERMS.title, "zh")
    body = [
        f"<h1>{_esc(title_en)} / {_esc(title_zh)}</h1>",
        (
            '<p><a href="index.html">ontology reference</a> · '
            '<a href="shapes.html">SHACL shapes</a></p>'
        ),
        f"<p>{_esc(text_in(graph, top, DCTERMS.description, 'en'))}</p>",
        f"<p>{_esc(text_in(graph, top, DCTERMS.description, 'zh'))}</p>",
        (
            f"<p>Version {_esc(__version__)} · namespace <code>{_esc(NAMESPACE)}</code> "
            "(prefix <code>cogov:</code>)</p>"
        ),
        (
            "<h2>Modules / 模块</h2><table>"
            "<tr><th>IRI</th><th>title</th><th>标题</th><th>description</th></tr>"
        ),
    ]
    for onto in sorted(graph.subjects(RDF.type, OWL.Ontology), key=str):
        body.append(
            f"<tr><td><code>{_esc(onto)}</code></td>"
            f"<td>{_esc(text_in(graph, onto, DCTERMS.title, 'en'))}</td>"
            f"<td>{_esc(text_in(graph, onto, DCTERMS.title, 'zh'))}</td>"
            f"<td>{_esc(text_in(graph, onto, DCTERMS.description, 'en'))}</td></tr>"
        )
    body.append("</table>")
    body.append(
        '<h2>Main classes / 主要类</h2><div class="diagram">'
        '<img src="classes.svg" alt="class diagram"></div>'
    )
    body.append(
        '<h2>Typologies / 类型划分</h2><div class="diagram">'
        '<img src="typologies.svg" alt="typology diagram"></div>'
    )
    body.append("<table><tr><th>typology</th><th>dimensions</th><th>types</th><th>source</th></tr>")
    for row in typologies(graph):
        iri = row.iri
        body.append(
            f'<tr><td><a href="index.html#{_esc(local_name(iri))}">'
            f"{_esc(both_labels(graph, iri))}</a></td>"
            f"<td>{_cells(graph, row.dimensions)}</td><td>{_cells(graph, row.types)}</td>"
            f"<td>{_cells(graph, row.sources)}</td></tr>"
        )
    body.append("</table>")
    if alignments is not None:
        body.append(
            "<h2>Alignments / 对齐</h2><p>Module <code>cogov-alignments.ttl</code>, "
            "not imported by <code>cogov.ttl</code>.</p><table>"
            "<tr><th>CoGov term</th><th>relation</th><th>external term</th></tr>"
        )
        for s, p, o in sorted(alignments):
            inside = str(s).startswith(NAMESPACE)
            if inside and p in ALIGNMENT_LINKS and isinstance(o, URIRef):
                relation = _esc(alignments.namespace_manager.normalizeUri(str(p)))
                body.append(
                    f"<tr><td>{_value_html(graph, s, 'index.html')}</td>"
                    f"<td><code>{relation}</code></td>"
                    f'<td><a href="{_esc(o)}"><code>{_esc(o)}</code></a></td></tr>'
                )
        body.append("</table>")
    return _page("CoGov overview", "\n".join(body))


# ---- Build ----------------------------------------------------------------------------------


def _load_closure() -> Graph:
    from cogov.ontology import load_ontology

    return load_ontology()


def load_alignments() -> Graph | None:
    path = data_dir("ontology") / "cogov-alignments.ttl"
    if not path.is_file():
        return None
    try:
        return Graph().parse(path, format="turtle")
    except Exception as err:  # rdflib raises several parser exception types
        raise ResourceError(
            f"the alignment module cannot be parsed: {err}", file=str(path)
        ) from err


def write_site(
    folder: Path, graph: Graph, shapes: Graph, shape_files: Iterable[Path]
) -> DocsResult:
    """Write every page of the site into an existing folder (no atomic swap)."""
    result = DocsResult(out_dir=folder)
    nav = (
        '<p class="cogov-nav"><a href="overview.html">overview and diagrams</a> · '
        '<a href="shapes.html">SHACL shapes</a> · <a href="#codelists">code lists</a> · '
        '<a href="#individuals">individuals</a> · <a href="#sources">sources</a></p>'
    )
    pages = {
        "index.html": _pylode_html(graph, extra_sections(graph), nav),
        "shapes.html": shapes_page(shapes, list(shape_files), graph),
        "overview.html": overview_page(graph, load_alignments()),
    }
    classes_svg = render_dot(classes_dot(graph))
    typologies_svg = render_dot(typologies_dot(graph)) if classes_svg is not None else None
    result.diagram_tool = "graphviz" if classes_svg is not None else "built-in"
    pages["classes.svg"] = classes_svg or _fallback_classes_svg(graph)
    pages["typologies.svg"] = typologies_svg or _fallback_typologies_svg(graph)
    pages["classes.dot"] = classes_dot(graph)
    pages["typologies.dot"] = typologies_dot(graph)
    for name, text in pages.items():
        write_text(folder / name, text)
        result.pages.append(name)
    result.terms = len(namespace_terms(graph))
    return result


def build_docs(
    out_dir: str | os.PathLike[str] | None = None, *, graph: Graph | None = None
) -> DocsResult:
    """Build the documentation site into ``out_dir`` (default ``dist/docs``), all at once."""
    target = Path(out_dir) if out_dir is not None else DEFAULT_DOCS_DIR
    merged = graph if graph is not None else _load_closure()
    shapes, files = load_shapes()
    with atomic_dir(target) as tmp:
        result = write_site(tmp, merged, shapes, files)
    result.out_dir = target
    return result
