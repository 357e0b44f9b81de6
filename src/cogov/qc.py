"""Quality checks of the ontology: every ``queries/qc/*-violation.rq`` file, run in turn.

The file name is the contract (ODK's convention): a ``*-violation.rq`` query returns the
offending terms, so an empty result means the check passes. The runner executes every file
in the folder, so adding a check is adding a file. Each file opens with a comment block; its
first paragraph is the check's title, shown by ``cogov ontology check``.

The queries run on an embedded Oxigraph store (pyoxigraph), which keeps the whole run well
under a second on the CoGov ontology.

>>> results = run_checks()
>>> sorted(r.name for r in results)[:2]
['dangling-subclass', 'duplicate-definition']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF

from cogov.errors import ResourceError, UsageError
from cogov.loaders.keys import nearest
from cogov.resources import NAMESPACE, ONTOLOGY_IRI, ONTOLOGY_PREFIXES, SOURCE_BASE, data_dir

SUFFIX = "-violation.rq"

#: the name ``--skip`` / ``--only`` give to the HermiT run, beside the SPARQL checks
REASONER = "reasoner"

#: the sub-folder of queries/qc whose files replace the same-named checks in the extension
#: profile (a lighter ontology header)
EXTENSION_FOLDER = "extension"

#: namespace -> prefix, from the project's one map (the ontology's prefixes)
_SHORT = {iri: f"{p}:" for p, iri in ONTOLOGY_PREFIXES.items() if p != "vann"}


@dataclass(frozen=True)
class QCCheck:
    """One check: a SPARQL file and its header comment."""

    name: str  # file name without ``-violation.rq``
    path: Path
    title: str  # first paragraph of the header comment, on one line
    description: str  # the whole header comment
    query: str


@dataclass
class QCResult:
    """What one check found: the offending rows (empty when it passes)."""

    check: QCCheck
    variables: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.check.name

    @property
    def passed(self) -> bool:
        return not self.rows

    def describe_row(self, row: dict[str, str]) -> str:
        """One offending row in plain words: ``term cogov:X, lang zh``."""
        return ", ".join(f"{var} {shorten(row[var])}" for var in self.variables if var in row)


def shorten(value: str) -> str:
    """Write an IRI with its usual prefix (``cogov:Typology``); leave other text alone."""
    for base, prefix in _SHORT.items():
        if value.startswith(base) and " " not in value:
            return prefix + value[len(base) :]
    return value


def list_checks(
    folder: str | Path | None = None, *, profile: Profile | None = None
) -> list[QCCheck]:
    """Every ``*-violation.rq`` file of ``queries/qc`` (or ``folder``), sorted by name.

    With an extension ``profile``, a file of the ``extension/`` sub-folder replaces the
    same-named check, and the CoGov namespace and ontology IRI named in the queries are
    replaced by the extension's (see :meth:`Profile.adapt`).
    """
    folder = Path(folder) if folder is not None else data_dir("queries") / "qc"
    paths = sorted(folder.glob(f"*{SUFFIX}"))
    if not paths:
        raise ResourceError(f"no quality-check queries (*{SUFFIX}) found", file=str(folder))
    if profile is not None and profile.is_extension:
        overrides = {p.name: p for p in (folder / EXTENSION_FOLDER).glob(f"*{SUFFIX}")}
        paths = sorted(
            [overrides.get(p.name, p) for p in paths]
            + [p for name, p in overrides.items() if not (folder / name).is_file()],
            key=lambda p: p.name,
        )
    checks = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        header: list[str] = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line[1:].strip())
        first_paragraph = []
        for line in header:
            if not line:
                break
            first_paragraph.append(line)
        if not first_paragraph:
            raise ResourceError(
                "a quality-check query must open with a comment saying what it finds",
                file=str(path),
            )
        check = QCCheck(
            name=path.name[: -len(SUFFIX)],
            path=path,
            title=" ".join(first_paragraph),
            description="\n".join(header).strip(),
            query=text,
        )
        checks.append(profile.adapt(check) if profile is not None else check)
    return checks


def graph_to_store(graph: Graph) -> ox.Store:
    """Copy an rdflib graph into an in-memory Oxigraph store (through N-Triples)."""
    store = ox.Store()
    data = graph.serialize(format="nt", encoding="utf-8")
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


def _text(term: object) -> str:
    if isinstance(term, ox.Literal):
        if term.language:
            return f'"{term.value}"@{term.language}'
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def run_check(check: QCCheck, store: ox.Store) -> QCResult:
    """Run one check on a store."""
    try:
        solutions = store.query(check.query)
    except (SyntaxError, ValueError, OSError) as err:
        raise ResourceError(
            f"the quality-check query is broken: {err}", file=str(check.path)
        ) from None
    if not isinstance(solutions, ox.QuerySolutions):
        raise ResourceError(
            "a quality-check query must be a SELECT query (a row for each violation)",
            file=str(check.path),
        )
    variables = [v.value for v in solutions.variables]
    result = QCResult(check=check, variables=variables)
    for solution in solutions:
        row = {}
        for var in variables:
            value = solution[var]
            if value is not None:
                row[var] = _text(value)
        result.rows.append(row)
    return result


def run_checks(
    graph: Graph | None = None,
    *,
    folder: str | Path | None = None,
    profile: Profile | None = None,
    only: Iterable[str] = (),
    skip: Iterable[str] = (),
) -> list[QCResult]:
    """Run every check on ``graph`` (default: the bundled ontology, imports included).

    ``profile`` (see :func:`detect_profile`) points the checks at an extension's namespace;
    ``only`` and ``skip`` select checks by name (see :func:`select_checks`).
    """
    if graph is None:
        from cogov.ontology import load_ontology

        graph = load_ontology()
    checks = select_checks(list_checks(folder, profile=profile), only=only, skip=skip)
    if profile is not None and profile.is_extension:
        graph = profile.checked_graph(graph)
    store = graph_to_store(graph)
    return [run_check(check, store) for check in checks]


def check_names(folder: str | Path | None = None) -> list[str]:
    """The names ``--skip`` and ``--only`` accept: every check, and ``reasoner``."""
    return [check.name for check in list_checks(folder)] + [REASONER]


def validate_names(names: Iterable[str], known: list[str], option: str) -> None:
    """A :class:`UsageError` (exit 2) naming an unknown check, with the nearest known one."""
    for name in names:
        if name in known:
            continue
        close = nearest(name, known, cutoff=0.5)
        hint = f" Did you mean {close!r}?" if close else ""
        raise UsageError(
            f"{option} {name}: there is no check of that name.{hint} "
            f"The checks are: {', '.join(known)}."
        )


def select_checks(
    checks: list[QCCheck], *, only: Iterable[str] = (), skip: Iterable[str] = ()
) -> list[QCCheck]:
    """The checks named by ``only`` (all when empty), without those named by ``skip``."""
    only, skip = set(only), set(skip)
    return [c for c in checks if (not only or c.name in only) and c.name not in skip]


# ---- profiles: CoGov itself, or an extension that imports it ---------------------------------


@dataclass(frozen=True)
class Profile:
    """Whose terms the checks look at, and which header policy applies.

    ``cogov`` is CoGov's own policy (the queries as written). ``extension`` points the term
    checks at the extension's ``namespace`` (every ``"https://w3id.org/cogov#"`` and
    ``"https://w3id.org/cogov/source/"`` string in a query becomes the namespace, and
    ``<https://w3id.org/cogov>`` becomes the extension's ontology IRI), applies the lighter
    header policy of ``queries/qc/extension/``, and leaves CoGov's own ontology headers out
    of the checked graph.
    """

    name: str  # "cogov" | "extension"
    namespace: str = NAMESPACE
    ontology: str = ONTOLOGY_IRI
    prefix: str | None = None  # the extension's preferred prefix, for the report
    namespace_source: str = "CoGov"  # how the namespace was found, in words
    #: the checked file is not CoGov itself: CoGov's IRIs that its catalog does not map
    #: resolve through the bundled ontology's catalog
    bundled_imports: bool = False

    @property
    def is_extension(self) -> bool:
        return self.name == "extension"

    def adapt(self, check: QCCheck) -> QCCheck:
        if not self.is_extension:
            return check
        query = check.query
        for text in (f'"{NAMESPACE}"', f'"{SOURCE_BASE}"'):
            query = query.replace(text, f'"{self.namespace}"')
        query = query.replace(f"<{ONTOLOGY_IRI}>", f"<{self.ontology}>")
        return QCCheck(check.name, check.path, self._title(check.title), check.description, query)

    def _title(self, title: str) -> str:
        """A CoGov check's title, said of the extension (only the title shown changes)."""
        title = title.replace(f" or of the bibliography ({SOURCE_BASE})", "")
        title = title.replace(NAMESPACE, self.namespace)
        title = title.replace(f"the CoGov ontology (<{ONTOLOGY_IRI}>)", f"<{self.ontology}>")
        title = title.replace("the CoGov namespace", "the extension's namespace")
        title = re.sub(r"\ba CoGov\b", "an extension", title)
        return re.sub(
            r"\bCoGov (terms?|object property|datatype property)\b", r"extension \1", title
        )

    def checked_graph(self, graph: Graph) -> Graph:
        """``graph`` without the headers of CoGov's own ontologies (not the extension's)."""
        cogov = cogov_ontologies(graph) - {URIRef(self.ontology)}
        if not cogov:
            return graph
        drop: set[object] = set(cogov)
        todo = [o for s in cogov for o in graph.objects(s) if isinstance(o, BNode)]
        while todo:
            node = todo.pop()
            if node not in drop:
                drop.add(node)
                todo.extend(o for o in graph.objects(node) if isinstance(o, BNode))
        out = Graph()
        for triple in graph:
            if triple[0] not in drop:
                out.add(triple)
        return out

    def shorten(self, value: str) -> str:
        if self.is_extension and self.prefix and value.startswith(self.namespace):
            rest = value[len(self.namespace) :]
            if rest and " " not in rest:
                return f"{self.prefix}:{rest}"
        return shorten(value)


COGOV_PROFILE = Profile("cogov")


def cogov_ontologies(graph: Graph) -> set[URIRef]:
    """CoGov's ontology IRIs in ``graph``: ``<https://w3id.org/cogov>`` and what it imports."""
    found: set[URIRef] = set()
    todo = [URIRef(ONTOLOGY_IRI)]
    while todo:
        iri = todo.pop()
        if iri in found or (iri, RDF.type, OWL.Ontology) not in graph:
            continue
        found.add(iri)
        todo.extend(o for o in graph.objects(iri, OWL.imports) if isinstance(o, URIRef))
    return found


def _namespace_of(iri: str) -> str | None:
    cut = max(iri.rfind("#"), iri.rfind("/"))
    if cut <= len("https://") or cut == len(iri) - 1:
        return None
    return iri[: cut + 1]


def extension_namespace(graph: Graph, ontology: URIRef) -> tuple[str, str]:
    """The namespace of an extension's own terms, and how it was found (in words).

    ``graph`` is the extension's top file alone (without its imports). In order:

    1. the header's ``vann:preferredNamespaceUri``;
    2. the ontology IRI followed by ``#``, or by ``/``, whichever its declared terms use
       (``#`` when they use neither but the IRI ends with neither);
    3. the most common namespace (the IRI up to its last ``#`` or ``/``) of the IRIs the
       file declares (subjects of ``rdf:type``), the alphabetically first on a tie.
    """
    vann = URIRef("http://purl.org/vocab/vann/preferredNamespaceUri")
    for value in sorted(graph.objects(ontology, vann), key=str):
        if isinstance(value, URIRef | Literal) and str(value).strip():
            return str(value).strip(), "vann:preferredNamespaceUri of the header"
    declared = sorted(
        {str(s) for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)} - {str(ontology)}
    )
    base = str(ontology)
    if base.endswith(("#", "/")):
        if any(term.startswith(base) for term in declared):
            return base, "the ontology IRI"
    else:
        for sep in ("#", "/"):
            if any(term.startswith(base + sep) for term in declared):
                return base + sep, f"the ontology IRI followed by {sep!r}"
    counts = Counter(ns for ns in map(_namespace_of, declared) if ns is not None)
    if counts:
        best = min(counts.items(), key=lambda item: (-item[1], item[0]))[0]
        return best, "the most common namespace of the terms the file declares"
    return (base if base.endswith(("#", "/")) else base + "#"), "the ontology IRI followed by '#'"


def detect_profile(path: str | Path | None, requested: str | None = None) -> Profile:
    """The profile for checking ``path`` (None: the bundled CoGov ontology).

    ``requested`` (``cogov`` or ``extension``) wins; otherwise a file is checked as CoGov when
    its ontology is ``<https://w3id.org/cogov>`` or its terms are in CoGov's namespace, and
    as an extension otherwise.
    """
    if requested not in (None, "cogov", "extension"):
        raise UsageError(f"unknown profile {requested!r}; choose cogov or extension")
    if path is None:
        if requested == "extension":
            raise UsageError(
                "--profile extension checks an extension: give its top file with --ontology FILE"
            )
        return COGOV_PROFILE
    from cogov.ontology import _parse_file

    top_graph = Graph()
    _parse_file(top_graph, Path(path))
    iris = sorted(
        (s for s in top_graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)), key=str
    )
    if not iris:
        raise ResourceError("the file declares no owl:Ontology with an IRI", file=str(path))
    top = URIRef(ONTOLOGY_IRI) if URIRef(ONTOLOGY_IRI) in iris else iris[0]
    is_cogov = top == URIRef(ONTOLOGY_IRI)
    namespace, source = extension_namespace(top_graph, top)
    if requested == "cogov" or (requested is None and (is_cogov or namespace == NAMESPACE)):
        return replace(COGOV_PROFILE, bundled_imports=not is_cogov)
    vann_prefix = URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix")
    prefixes = sorted(str(p).strip() for p in top_graph.objects(top, vann_prefix))
    if not prefixes:
        prefixes = sorted(p for p, ns in top_graph.namespaces() if str(ns) == namespace and p)
    return Profile(
        "extension",
        namespace=namespace,
        ontology=str(top),
        prefix=prefixes[0] if prefixes else None,
        namespace_source=source,
        bundled_imports=not is_cogov,
    )


# ---- ROBOT's report table ----------------------------------------------------------------

#: ROBOT's report columns (``robot report --output report.tsv``)
REPORT_COLUMNS = ("Level", "Rule Name", "Subject", "Property", "Value")

#: the property a check is about, when its rows do not name it
_RULE_PROPERTY = {
    "missing-label": "rdfs:label",
    "duplicate-label": "rdfs:label",
    "shared-label": "rdfs:label",
    "missing-definition": "skos:definition",
    "duplicate-definition": "skos:definition",
    "shared-definition": "skos:definition",
    "missing-defined-by": "rdfs:isDefinedBy",
    "undeclared-term": "rdf:type",
}
_SUBJECT_VARIABLES = ("term", "class", "property", "ontology")


def report_rows(
    result: QCResult, profile: Profile = COGOV_PROFILE, level: str = "ERROR"
) -> list[tuple[str, str, str, str, str]]:
    """One row of ROBOT's report per problem of ``result``: Level, Rule Name, Subject,
    Property, Value.

    The subject is the row's ``?term`` (else ``?class``, ``?property``, ``?ontology``, else
    its first variable); the property is the row's ``?property`` when that is not the
    subject, else the property the check is about; the value holds the other variables as
    ``name value`` pairs separated by ``; ``.
    """
    subject_var = next((v for v in _SUBJECT_VARIABLES if v in result.variables), None)
    if subject_var is None and result.variables:
        subject_var = result.variables[0]
    rows = []
    for row in result.rows:
        subject = profile.shorten(row.get(subject_var, "")) if subject_var else ""
        if "property" in row and subject_var != "property":
            prop, used = profile.shorten(row["property"]), {subject_var, "property"}
        else:
            prop, used = _RULE_PROPERTY.get(result.name, ""), {subject_var}
        value = "; ".join(
            f"{var} {profile.shorten(row[var])}"
            for var in result.variables
            if var in row and var not in used
        )
        rows.append((level, result.name, subject, prop, value))
    return rows


def report_tsv(rows: Iterable[tuple[str, ...]]) -> str:
    """ROBOT's TSV: the header, then one row per problem (tabs and line breaks made spaces)."""

    def cell(text: str) -> str:
        return " ".join(text.replace("\t", " ").splitlines())

    lines = ["\t".join(REPORT_COLUMNS)]
    lines.extend("\t".join(cell(c) for c in row) for row in rows)
    return "\n".join(lines) + "\n"
