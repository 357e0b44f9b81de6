"""Load the CoGov ontology offline, merge its modules, and export it.

The top file ``ontology/cogov.ttl`` imports every module. :func:`load_ontology` parses it and
follows ``owl:imports`` **only through the catalog** (``ontology/catalog-v001.xml``): an import
that the catalog does not map to a file is an error, never a download. The result is one
rdflib graph holding the whole import closure, module headers included.

:func:`merged_graph` turns that closure into one ontology: the top header stays, the
``owl:imports`` links and the module headers go (their content is already inside), blank
nodes get stable names. :func:`export` serialises it deterministically, so that the same
ontology always gives the same bytes.

>>> graph = load_ontology()
>>> (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in graph
True
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import OWL, RDF
from rdflib.term import Node

from cogov.errors import InputError, ResourceError, UsageError
from cogov.resources import ONTOLOGY_IRI, ONTOLOGY_PREFIXES, data_dir

TOP_FILE = "cogov.ttl"
CATALOG_FILE = "catalog-v001.xml"
_CATALOG_NS = "{urn:oasis:names:tc:entity:xmlns:xml:catalog}"

#: export format name -> (rdflib serializer, media type, file suffix)
FORMATS: dict[str, tuple[str, str, str]] = {
    "ttl": ("turtle", "text/turtle", ".ttl"),
    "owl": ("xml", "application/rdf+xml", ".owl"),
    "jsonld": ("json-ld", "application/ld+json", ".jsonld"),
    "nt": ("nt", "application/n-triples", ".nt"),
}

#: prefixes bound in every exported file, in this order
PREFIXES = ONTOLOGY_PREFIXES

_PARSE_FORMATS = {
    ".ttl": "turtle",
    ".owl": "xml",
    ".rdf": "xml",
    ".nt": "nt",
    ".jsonld": "json-ld",
}


@dataclass
class LoadedOntology:
    """The import closure: the merged graph and where each ontology came from."""

    graph: Graph
    top: URIRef
    files: dict[str, Path] = field(default_factory=dict)  # ontology IRI -> file


def read_catalog(path: str | Path) -> dict[str, Path]:
    """Map each IRI named in an OASIS XML catalog (``<uri name= uri=>``) to a file path."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise ResourceError(
            "the ontology catalog is missing; it must map every import to a file",
            file=str(path),
        ) from None
    except ET.ParseError as err:
        raise ResourceError(
            f"the ontology catalog is not well-formed XML: {err}", file=str(path)
        ) from None

    mapping: dict[str, Path] = {}

    def walk(element: ET.Element, base: Path) -> None:
        xml_base = element.get("{http://www.w3.org/XML/1998/namespace}base")
        if xml_base:
            base = base / xml_base
        for child in element:
            if child.tag == f"{_CATALOG_NS}uri":
                name, target = child.get("name"), child.get("uri")
                if not name or not target:
                    raise ResourceError(
                        "a <uri> entry of the catalog lacks its name or uri attribute",
                        file=str(path),
                    )
                if "://" in target and not target.startswith("file:"):
                    raise ResourceError(
                        f"the catalog maps {name} to {target}, which is not a local file; "
                        "only local files are allowed (loading never uses the network)",
                        file=str(path),
                    )
                mapping[name] = (base / target.removeprefix("file:")).resolve()
            else:
                walk(child, base)

    walk(root, path.parent)
    return mapping


def _parse_file(graph: Graph, path: Path) -> None:
    fmt = _PARSE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ResourceError(
            f"cannot tell the RDF format of {path.name}; use one of "
            + ", ".join(sorted(_PARSE_FORMATS)),
            file=str(path),
        )
    try:
        graph.parse(path, format=fmt)
    except FileNotFoundError:
        raise ResourceError("the ontology file is missing", file=str(path)) from None
    except Exception as err:
        raise ResourceError(f"the ontology file cannot be parsed: {err}", file=str(path)) from None


def load_closure(
    path: str | Path | None = None,
    *,
    catalog: str | Path | None = None,
    fallback_catalog: str | Path | None = None,
) -> LoadedOntology:
    """Parse ``path`` (default: the bundled top file) and every import, through the catalog.

    ``fallback_catalog`` is consulted for the IRIs that the catalog does not map (an
    extension checked against the bundled CoGov: :func:`bundled_catalog`).
    """
    folder = data_dir("ontology")
    top_path = Path(path) if path is not None else folder / TOP_FILE
    catalog_path = Path(catalog) if catalog is not None else top_path.parent / CATALOG_FILE
    mapping = read_catalog(catalog_path) if catalog_path.is_file() else {}
    if fallback_catalog is not None:
        for iri, mapped in read_catalog(fallback_catalog).items():
            mapping.setdefault(iri, mapped)

    graph = Graph(bind_namespaces="core")
    _parse_file(graph, top_path)
    tops = sorted(set(graph.subjects(RDF.type, OWL.Ontology)), key=str)
    top = URIRef(ONTOLOGY_IRI) if URIRef(ONTOLOGY_IRI) in tops else (tops[0] if tops else None)
    if not isinstance(top, URIRef):
        raise ResourceError("the file declares no owl:Ontology", file=str(top_path))

    loaded = LoadedOntology(graph=graph, top=top, files={str(top): top_path.resolve()})
    done_files = {top_path.resolve()}
    pending = [(str(top), str(o), top_path) for o in graph.objects(top, OWL.imports)]
    while pending:
        importer, iri, importer_file = pending.pop(0)
        if iri in loaded.files:
            continue
        target = mapping.get(iri)
        if target is None:
            raise ResourceError(
                f"{importer} imports {iri}, which the catalog {catalog_path.name} does not "
                "map to a file; add it to the catalog (imports are never fetched from the "
                "network)",
                file=str(importer_file),
            )
        if not target.is_file():
            raise ResourceError(
                f"{importer} imports {iri}, which the catalog maps to {target.name}, but that "
                "file is missing",
                file=str(importer_file),
            )
        loaded.files[iri] = target
        if target in done_files:
            continue
        done_files.add(target)
        part = Graph()
        _parse_file(part, target)
        for prefix, ns in part.namespaces():
            graph.bind(prefix, ns, override=False)
        graph += part
        # imports declared by the module itself (its header IRI may differ from `iri`)
        for module in part.subjects(RDF.type, OWL.Ontology):
            for imported in part.objects(module, OWL.imports):
                pending.append((str(module), str(imported), target))
    return loaded


def bundled_catalog() -> Path:
    """The catalog of the bundled CoGov ontology (maps CoGov's IRIs to its files)."""
    return data_dir("ontology") / CATALOG_FILE


def load_ontology(path: str | Path | None = None, *, catalog: str | Path | None = None) -> Graph:
    """The import closure of the ontology as one rdflib graph (module headers included)."""
    return load_closure(path, catalog=catalog).graph


def merged_graph(loaded: LoadedOntology | None = None, *, canonical: bool = True) -> Graph:
    """One ontology: the closure without ``owl:imports`` and module headers.

    With ``canonical`` (the default, what export uses) blank nodes get stable names and the
    triples a stable order, so that serialising gives the same bytes every time; the
    reasoner and the quality checks do not need it.
    """
    loaded = loaded if loaded is not None else load_closure()
    source = loaded.graph
    modules = {m for m in source.subjects(RDF.type, OWL.Ontology) if m != loaded.top}
    drop_bnodes: set[BNode] = set()
    for module in modules:
        drop_bnodes.update(_bnode_closure(source, module))
    keep = Graph()
    for s, p, o in source:
        if p == OWL.imports or s in modules or s in drop_bnodes:
            continue
        keep.add((s, p, o))
    if not canonical:
        for prefix, ns in PREFIXES.items():
            keep.bind(prefix, ns, override=True, replace=True)
        return keep
    stable = _label_tree_bnodes(keep)
    return _sorted_copy(stable if stable is not None else to_canonical_graph(keep))


def _label_tree_bnodes(graph: Graph) -> Graph | None:
    """Name every blank node after its content and its place, when they form trees.

    OWL restrictions, lists and n-ary axioms are trees of blank nodes (each used once), so
    a hash of what hangs below a node and of the triple pointing to it names it stably, in
    a fraction of the time of the general canonicalisation. Anything else (a shared or
    cyclic blank node, two identical subtrees in one place) returns None, and the caller
    falls back to rdflib's canonical form.
    """
    parent: dict[BNode, tuple[Node, Node]] = {}
    for s, p, o in graph:
        if isinstance(o, BNode):
            if o in parent:
                return None
            parent[o] = (s, p)
    content: dict[BNode, str] = {}
    names: dict[BNode, str] = {}

    def content_hash(node: BNode, path: frozenset[BNode]) -> str:
        if node in content:
            return content[node]
        if node in path:
            raise _CyclicBlankNodes
        parts = sorted(
            f"{p.n3()} {content_hash(o, path | {node}) if isinstance(o, BNode) else o.n3()}"
            for p, o in graph.predicate_objects(node)
        )
        content[node] = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()
        return content[node]

    def name(node: BNode, path: frozenset[BNode]) -> str:
        if node in names:
            return names[node]
        if node in path:
            raise _CyclicBlankNodes
        context = ""
        if node in parent:
            subject, predicate = parent[node]
            where = name(subject, path | {node}) if isinstance(subject, BNode) else subject.n3()
            context = f"{where} {predicate.n3()}"
        digest = hashlib.sha256(f"{context}|{content_hash(node, frozenset())}".encode())
        names[node] = "b" + digest.hexdigest()[:24]
        return names[node]

    bnodes = {t for triple in graph for t in triple if isinstance(t, BNode)}
    try:
        for node in bnodes:
            name(node, frozenset())
    except (_CyclicBlankNodes, RecursionError):
        return None
    if len(set(names.values())) != len(names):
        return None
    out = Graph()
    for s, p, o in graph:
        out.add(
            (
                BNode(names[s]) if isinstance(s, BNode) else s,
                p,
                BNode(names[o]) if isinstance(o, BNode) else o,
            )
        )
    return out


class _CyclicBlankNodes(Exception):
    pass


def _bnode_closure(graph: Graph, subject: Node) -> set[BNode]:
    seen: set[BNode] = set()
    todo = [o for o in graph.objects(subject) if isinstance(o, BNode)]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        todo.extend(o for o in graph.objects(node) if isinstance(o, BNode))
    return seen


def _sort_key(term: object) -> tuple[int, str, str]:
    if isinstance(term, Literal):
        return (2, str(term), f"{term.language or ''}|{term.datatype or ''}")
    if isinstance(term, BNode):
        return (1, str(term), "")
    return (0, str(term), "")


def _sorted_copy(graph: Graph) -> Graph:
    """A fresh graph whose triples were added in sorted order (stable iteration)."""
    out = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True, replace=True)
    triples = sorted(
        graph, key=lambda t: (_sort_key(t[0]), _sort_key(t[1]), _sort_key(t[2]))
    )
    for triple in triples:
        out.add(triple)
    return out


def serialize(graph: Graph, fmt: str) -> bytes:
    """Serialise ``graph`` deterministically in one of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdflib_format = FORMATS[fmt][0]
    if fmt == "nt":
        lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        body = "\n".join(sorted(line for line in lines if line.strip()))
        return (body + "\n").encode("utf-8")
    if fmt == "jsonld":
        context = dict(PREFIXES.items())
        return graph.serialize(
            format=rdflib_format, context=context, indent=2, sort_keys=True, encoding="utf-8"
        )
    return graph.serialize(format=rdflib_format, encoding="utf-8")


def export(fmt: str = "ttl", *, path: str | Path | None = None) -> bytes:
    """The merged ontology in ``fmt`` (``ttl``, ``owl``, ``jsonld`` or ``nt``) as bytes."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return serialize(merged_graph(load_closure(path)), fmt)


def parse_export(data: bytes, fmt: str) -> Graph:
    """Parse bytes written by :func:`export` (used by the round-trip tests and tools)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "jsonld":  # pyoxigraph's parser: rdflib's goes through a deprecated class
        from cogov.loaders.rdf import parse_rdf

        return parse_rdf(data, "json-ld", f"the exported ontology ({fmt})")
    graph = Graph()
    try:
        graph.parse(data=data, format=FORMATS[fmt][0])
    except Exception as err:
        raise InputError(f"the {fmt} data cannot be parsed: {err}") from None
    return graph
