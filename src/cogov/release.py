"""Release files: what other projects download, import and cite.

:func:`build_release` writes one folder (default ``dist/ontology/``)::

    cogov.ttl cogov.owl cogov.jsonld cogov.nt     the merged ontology (no owl:imports left)
    modules/cogov-<module>.{ttl,owl,jsonld,nt}     each module on its own, imports intact
    shapes/*.shapes.ttl  shapes/cogov-shapes.ttl   the SHACL shapes, per module and merged
    cogov-context.jsonld                           a JSON-LD context for case data
    cogov-case-file.schema.json                    a JSON Schema of the YAML/JSON case file
    inferred.ttl                                   what HermiT infers (cogov ontology reason)
    RELEASE-NOTES.md                               changes since the previous version, inferences
    catalog-v001.xml                               ontology and version IRIs -> files (offline)
    LICENSE                                        the ontology's licence (CC BY 4.0)
    doc/                                           the HTML documentation (cogov docs)

The release notes compare the ontology with the previous version's (``cogov ontology diff``):
a release folder or ontology file given as ``previous``, else the release already in the
target folder when it is of another version. They also summarise the subclasses and types
HermiT infers (``cogov ontology reason``), written whole to ``inferred.ttl``.

Every ``owl:versionIRI`` and ``owl:versionInfo`` is stamped from the package version
(:data:`cogov.__version__` through :func:`cogov.resources.version_iri`), the one place it is
kept. The folder is built beside the target and renamed into place when complete.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from cogov import __version__, ontology
from cogov.atomic import atomic_dir, write_bytes, write_text
from cogov.docs import load_shapes, local_name, namespace_terms, write_site
from cogov.errors import ResourceError
from cogov.resources import (
    ONTOLOGY_IRI,
    PREFIXES,
    data_dir,
    version_iri,
)

DEFAULT_RELEASE_DIR = Path("dist/ontology")
CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
CONTEXT_FILE = "cogov-context.jsonld"
CATALOG_FILE = "catalog-v001.xml"
NOTES_FILE = "RELEASE-NOTES.md"
INFERRED_FILE = "inferred.ttl"

#: file extensions of the serialisations the release carries (see cogov.ontology.FORMATS)
EXTENSIONS = ("ttl", "owl", "jsonld", "nt")


@dataclass
class ReleaseResult:
    """What :func:`build_release` wrote (paths relative to ``out_dir``) and what it noticed."""

    out_dir: Path
    version: str
    files: list[str] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    previous: str | None = None  # the version the release notes compare with


# ---- Versions -------------------------------------------------------------------------------


def module_name(ontology_iri: str) -> str:
    """``https://w3id.org/cogov/core`` -> ``core``; the top ontology -> ``''``."""
    if ontology_iri.rstrip("/#") == ONTOLOGY_IRI:
        return ""
    return ontology_iri.rstrip("/#").rsplit("/", 1)[-1]


def expected_version_iri(ontology_iri: str, version: str = __version__) -> str:
    """The version IRI a CoGov ontology or module carries for a package version."""
    name = module_name(ontology_iri)
    return version_iri(version) + (f"/{name}" if name else "")


def stamp_version(graph: Graph, ontology: URIRef, version: str = __version__) -> list[str]:
    """Set ``owl:versionIRI`` and ``owl:versionInfo`` from the package version.

    Returns notes about values in the source that disagreed (they are replaced).
    """
    notes = []
    wanted_iri = URIRef(expected_version_iri(str(ontology), version))
    for old in list(graph.objects(ontology, OWL.versionIRI)):
        if old != wanted_iri:
            notes.append(f"{ontology}: source version IRI {old} replaced by {wanted_iri}")
    for old in list(graph.objects(ontology, OWL.versionInfo)):
        if str(old) != version:
            notes.append(f"{ontology}: source versionInfo {old} replaced by {version}")
    graph.remove((ontology, OWL.versionIRI, None))
    graph.remove((ontology, OWL.versionInfo, None))
    graph.add((ontology, OWL.versionIRI, wanted_iri))
    graph.add((ontology, OWL.versionInfo, Literal(version)))
    return notes


# ---- Catalog --------------------------------------------------------------------------------


def catalog_xml(entries: dict[str, str]) -> str:
    """An OASIS XML catalog (the Protégé ``catalog-v001.xml`` form) mapping IRI -> file."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        f'<catalog prefer="public" xmlns="{CATALOG_NS}">',
    ]
    for name, uri in sorted(entries.items()):
        lines.append(f'    <uri name="{_xml_attr(name)}" uri="{_xml_attr(uri)}"/>')
    lines.append("</catalog>")
    return "\n".join(lines) + "\n"


def _xml_attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


# ---- JSON-LD context ------------------------------------------------------------------------


def _curie(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and iri != ns:
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def case_context(graph: Graph) -> dict[str, object]:
    """A JSON-LD context for case data, generated from the ontology's classes and properties.

    Object properties take IRIs (``"@type": "@id"``); datatype properties with one XSD range
    coerce to it; ``label`` is a language map (``{"zh": ..., "en": ...}``).
    """
    context: dict[str, object] = dict(sorted(PREFIXES.items()))
    context.update({"id": "@id", "type": "@type"})
    context["label"] = {"@id": "rdfs:label", "@container": "@language"}
    context["identifier"] = "dcterms:identifier"
    context["source"] = "dcterms:source"
    context["Organization"] = "org:Organization"
    for term in namespace_terms(graph):
        name = local_name(term)
        types = set(graph.objects(term, RDF.type))
        if OWL.Class in types:
            context[name] = _curie(str(term))
        elif OWL.ObjectProperty in types:
            context[name] = {"@id": _curie(str(term)), "@type": "@id"}
        elif OWL.DatatypeProperty in types:
            ranges = [r for r in graph.objects(term, RDFS.range) if isinstance(r, URIRef)]
            entry: dict[str, str] = {"@id": _curie(str(term))}
            if (
                len(ranges) == 1
                and str(ranges[0]).startswith(str(XSD))
                and ranges[0]
                not in (
                    XSD.string,
                    RDFS.Literal,
                )
            ):
                entry["@type"] = _curie(str(ranges[0]))
            context[name] = entry
    return {"@context": context}


# ---- Build ----------------------------------------------------------------------------------


def merged_release_graph(merged: Graph, version: str = __version__) -> tuple[Graph, list[str]]:
    """The merged ontology (:func:`cogov.ontology.merged_graph`) stamped with the version."""
    top = URIRef(ONTOLOGY_IRI)
    if (top, RDF.type, OWL.Ontology) not in merged:
        raise ResourceError(f"the merged ontology has no header for {ONTOLOGY_IRI}")
    out = Graph()
    for prefix, ns in merged.namespaces():
        out.bind(prefix, ns, override=True)
    out += merged
    notes = stamp_version(out, top, version)
    return out, notes


def module_files() -> list[Path]:
    """The module files of ``ontology/`` (``cogov-*.ttl``), the alignments included."""
    return sorted(data_dir("ontology").glob("cogov-*.ttl"))


def _serialise(graph: Graph, ext: str) -> bytes:
    return ontology.serialize(graph, ext)


def write_release(
    folder: Path, closure: Graph, merged: Graph, version: str = __version__
) -> ReleaseResult:
    """Write every release file into an existing folder (no atomic swap)."""
    result = ReleaseResult(out_dir=folder, version=version)

    def put(relative: str, data: bytes | str) -> None:
        target = folder / relative
        if isinstance(data, str):
            write_text(target, data)
        else:
            write_bytes(target, data)
        result.files.append(relative)

    whole, notes = merged_release_graph(merged, version)
    result.notes.extend(notes)
    for ext in EXTENSIONS:
        put(f"cogov.{ext}", _serialise(whole, ext))

    catalog = {ONTOLOGY_IRI: "cogov.ttl", version_iri(version): "cogov.ttl"}
    for path in module_files():
        graph = Graph()
        try:
            graph.parse(path, format="turtle")
        except Exception as err:  # rdflib raises several parser exception types
            raise ResourceError(f"the module cannot be parsed: {err}", file=str(path)) from err
        headers = list(graph.subjects(RDF.type, OWL.Ontology))
        if len(headers) != 1:
            raise ResourceError(
                f"a module must have exactly one owl:Ontology header, found {len(headers)}",
                file=str(path),
            )
        onto = headers[0]
        assert isinstance(onto, URIRef)
        result.notes.extend(stamp_version(graph, onto, version))
        for ext in EXTENSIONS:
            put(f"modules/{path.stem}.{ext}", _serialise(graph, ext))
        catalog[str(onto)] = f"modules/{path.stem}.ttl"
        catalog[expected_version_iri(str(onto), version)] = f"modules/{path.stem}.ttl"
        result.modules.append(module_name(str(onto)))

    shapes, shape_files = load_shapes()
    for path in shape_files:
        put(f"shapes/{path.name}", path.read_bytes())
    put("shapes/cogov-shapes.ttl", _serialise(shapes, "ttl"))

    context = case_context(closure)
    put(CONTEXT_FILE, json.dumps(context, indent=2, ensure_ascii=False) + "\n")
    put(CATALOG_FILE, catalog_xml(catalog))
    from cogov.tools.gen_case_schema import SCHEMA_FILE

    put(SCHEMA_FILE, (data_dir("schema") / SCHEMA_FILE).read_bytes())
    licence = data_dir("ontology") / "LICENSE"
    if licence.is_file():
        put("LICENSE", licence.read_bytes())

    site = write_site(folder / "doc", closure, shapes, shape_files)
    result.files.extend(f"doc/{page}" for page in site.pages)
    return result


# ---- Release notes --------------------------------------------------------------------------


def previous_release(
    target: Path, previous: str | os.PathLike[str] | None, version: str = __version__
) -> Path | None:
    """The ontology to compare with: ``previous`` if given (a release folder or an ontology
    file), else the release in ``target`` when it is of another version, else None."""
    from cogov.errors import UsageError
    from cogov.ontology_diff import resolve_input

    if previous is not None:
        path = resolve_input(previous)
        if not path.is_file():
            raise UsageError(
                f"the previous version {previous} is not an ontology file or a release folder"
            )
        return path
    top = target / "cogov.ttl"
    if top.is_file() and _version_of(top) not in (None, version):
        return top
    return None


def _version_of(path: Path) -> str | None:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception:
        return None
    info = graph.value(URIRef(ONTOLOGY_IRI), OWL.versionInfo)
    return str(info) if info is not None else None


def _demoted(markdown: str) -> str:
    """Markdown with every heading one level lower (a section of the notes)."""
    return "\n".join("#" + line if line.startswith("#") else line for line in markdown.split("\n"))


def release_notes(
    folder: Path, merged: Graph, previous: Path | None, version: str = __version__
) -> tuple[str, bytes | None]:
    """The release notes (Markdown) and the inferred triples (Turtle, None if HermiT could
    not run) of the release in ``folder``."""
    from cogov.ontology_diff import as_markdown, diff_graphs, load_side
    from cogov.reasoner import InconsistentError, ReasonerUnavailable, infer, sorted_turtle

    lines = [f"# CoGov {version}", ""]
    lines += ["## Changes to the ontology", ""]
    if previous is None:
        lines.append(
            "No previous version to compare with (`cogov release --previous DIR` names one)."
        )
    else:
        old_version = _version_of(previous) or "the previous version"
        result = diff_graphs(
            load_side(previous),
            load_side(folder / "cogov.ttl"),
            old_name=old_version,
            new_name=version,
            prefixes=PREFIXES,
        )
        lines.append(f"Compared with {old_version} (`cogov ontology diff`).")
        lines += ["", _demoted(as_markdown(result)).rstrip("\n")]
    lines += ["", "## Inferred assertions", ""]
    inferred = None
    try:
        report = infer(merged)
    except (ReasonerUnavailable, InconsistentError) as err:
        lines.append(f"HermiT did not give its inferences: {err.message}")
    else:
        lines.append(
            f"HermiT infers {report.subclass_count} subclass and {report.type_count} type "
            "assertions that the ontology does not state (direct superclasses and direct "
            f"types of named entities; `cogov ontology reason`, all of them in {INFERRED_FILE})."
        )
        if report.unsatisfiable:
            names = ", ".join(f"`{iri}`" for iri in report.unsatisfiable)
            lines.append(f"Classes that can have no member: {names}.")
        by_property: dict[str, list[str]] = {}
        for s, p, o in sorted(report.graph):
            verb = "rdf:type" if p == RDF.type else _curie(str(p))
            by_property.setdefault(verb, []).append(f"`{_curie(str(s))}` → `{_curie(str(o))}`")
        for prop, pairs in sorted(by_property.items()):
            lines += ["", f"### {prop} ({len(pairs)})", ""]
            lines += [f"- {pair}" for pair in pairs]
        comment = (
            f"What HermiT infers from CoGov {version} that the ontology does not state: direct "
            "superclasses and direct types of named entities (cogov ontology reason)."
        )
        inferred = sorted_turtle(report.graph, PREFIXES, comment).encode("utf-8")
    return "\n".join(lines) + "\n", inferred


def build_release(
    out_dir: str | os.PathLike[str] | None = None,
    previous: str | os.PathLike[str] | None = None,
) -> ReleaseResult:
    """Write the release folder (default ``dist/ontology``), all files or none; the notes
    compare it with ``previous`` (see :func:`previous_release`)."""
    target = Path(out_dir) if out_dir is not None else DEFAULT_RELEASE_DIR
    loaded = ontology.load_closure()
    merged = ontology.merged_graph(loaded)
    earlier = previous_release(target, previous)
    with atomic_dir(target) as tmp:
        result = write_release(tmp, loaded.graph, merged)
        notes, inferred = release_notes(tmp, merged, earlier)
        if inferred is not None:
            write_bytes(tmp / INFERRED_FILE, inferred)
            result.files.append(INFERRED_FILE)
        write_text(tmp / NOTES_FILE, notes)
        result.files.append(NOTES_FILE)
        result.previous = _version_of(earlier) if earlier is not None else None
    result.out_dir = target
    return result
