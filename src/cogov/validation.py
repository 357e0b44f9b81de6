"""SHACL validation of case data, with messages in plain words.

The shapes are ``shapes/cogov-*.shapes.ttl``; the only part of the ontology they need is a
handful of code-list triples (``cogov:rank`` of the levels, ``cogov:hasFormality`` of the
mechanisms), which are added to each data graph, so no inference and no whole ontology is
needed. pySHACL is the reference engine. ``pyshacl-turbo`` (a Rust engine with pySHACL's API)
is used as the fast path when it is installed: ``tests/shapes/test_engine_parity.py`` proves it
gives exactly pySHACL's results on the whole shapes test corpus.

Large datasets are validated in chunks of cases, each chunk's graph built directly from the
parsed cases, in a pool of processes (one per core); the one cross-case rule (unique ids) is
checked over the whole dataset before chunking. A graph of RDF written by other tools is
validated whole with :func:`validate_graph`.
"""

from __future__ import annotations

import importlib.util
import logging
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, SH

from cogov.errors import Problem, ResourceError, UsageError
from cogov.messages import LANGS, bilingual, compose, text
from cogov.resources import DEFAULT_CASE_BASE, NAMESPACE, data_dir

_log = logging.getLogger(__name__)
COGOV = Namespace(NAMESPACE)
CGSH = Namespace("https://w3id.org/cogov/shapes#")
ENGINES = ("auto", "pyshacl", "turbo")
CHUNK_SIZE = 200  # cases per graph: bounds memory; measured fastest (engine cost grows faster
# than the graph: 10,000 cases took 3.9 CPU s in chunks of 100-200, 5.1 s in 1,000, 6.6 s in 5,000)
_PARALLEL_MIN = 2000  # below this, starting worker processes costs more than it saves
_SEVERITY = {SH.Violation: "error", SH.Warning: "warning", SH.Info: "info"}
_ACTOR_IRI = re.compile(r"/(participant|superior)/(\d+)$")
_ACTOR_FIELD = {COGOV.hasParticipant: "participants", COGOV.hasSuperior: "superiors"}
_EVIDENCE_IRI = re.compile(r"/evidence/(\d+)$")


class RawResult(NamedTuple):
    """One SHACL validation result, engine-independent (what the parity test compares)."""

    focus: Any
    path: Any
    value: Any
    shape: Any
    severity: str
    component: Any = None  # sh:sourceConstraintComponent


@dataclass
class ValidationReport:
    """The outcome of validating a dataset: problems in plain words, errors first in file order."""

    problems: list[Problem] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    @property
    def invalid_case_ids(self) -> set[str]:
        return {p.case for p in self.problems if p.severity == "error" and p.case}

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


# ------------------------------------------------------------------ shapes and code lists


#: a project's own shapes files beside CoGov's (``cogov validate --shapes``): (name, Turtle
#: text) pairs, read once by :func:`read_extra_shapes`; hashable, so the caches key on them
ExtraShapes = tuple[tuple[str, str], ...]


@cache
def _bundled_shapes() -> Graph:
    graph = Graph()
    files = sorted(data_dir("shapes").glob("cogov-*.shapes.ttl"))
    if not files:
        raise ResourceError("no shapes files (cogov-*.shapes.ttl) in the shapes folder")
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except Exception as err:
            raise ResourceError(f"cannot read the shapes file {path.name}: {err}") from err
    return graph


@cache
def shapes_graph(extra: ExtraShapes = ()) -> Graph:
    """All bundled shapes files in one graph, and a project's own shapes (``extra``) beside."""
    if not extra:
        return _bundled_shapes()
    graph = Graph()
    graph += _bundled_shapes()
    for name, turtle in extra:
        graph.parse(data=turtle, format="turtle", publicID=Path(name).resolve().as_uri())
    return graph


def read_extra_shapes(paths: Iterable[str | os.PathLike[str]]) -> ExtraShapes:
    """Read a project's own shapes files: each must exist, be Turtle and hold a shape.

    A file that does not is a :class:`UsageError` naming it, in English and Chinese."""
    out = []
    for path in paths:
        name = str(path)
        try:
            turtle = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            why = getattr(err, "strerror", None) or str(err)
            raise _shapes_error("shapes_unreadable", name, why) from None
        graph = Graph()
        try:
            graph.parse(data=turtle, format="turtle", publicID=Path(name).resolve().as_uri())
        except Exception as err:
            why = " ".join(str(err).split())
            raise _shapes_error("shapes_not_turtle", name, why) from None
        kinds = (SH.NodeShape, SH.PropertyShape)
        if not any(True for k in kinds for _ in graph.subjects(RDF.type, k)) and not any(
            True for _ in graph.subjects(SH.path, None)
        ):
            raise _shapes_error("shapes_none", name, "")
        out.append((name, turtle))
    return tuple(out)


def _shapes_error(key: str, name: str, why: str) -> UsageError:
    message, chinese = bilingual(key, file=name, why=why)
    return UsageError(message, message_zh=chinese)


@cache
def codelist_triples() -> tuple[tuple[Any, Any, Any], ...]:
    """The code-list triples the shapes read: level ranks and mechanism formality."""
    path = data_dir("ontology") / "cogov-codelists.ttl"
    try:
        source = Graph().parse(path, format="turtle")
    except Exception as err:
        raise ResourceError(f"cannot read the code lists {path.name}: {err}") from err
    wanted = (COGOV.rank, COGOV.hasFormality)
    return tuple(t for p in wanted for t in source.triples((None, p, None)))


@cache
def _shape_info(extra: ExtraShapes = ()) -> dict[Any, dict[str, Any]]:
    """Per shape (named or nested): field, scheme, messages by language, allowed keys.

    A shape without ``cgsh:field`` (a project's own) gets the case-file field of its path; a
    message without a language tag stands for both languages."""
    from cogov.loaders.rdf import field_of

    sg = shapes_graph(extra)
    info: dict[Any, dict[str, Any]] = {}
    shapes = set(sg.subjects(CGSH.field, None)) | set(sg.subjects(SH.message, None))
    for shape in shapes:
        entry: dict[str, Any] = {"field": None, "scheme": None, "messages": {}, "allowed": []}
        fld = sg.value(shape, CGSH.field)
        entry["field"] = str(fld) if fld is not None else field_of(sg.value(shape, SH.path))
        scheme = sg.value(shape, CGSH.scheme)
        entry["scheme"] = str(scheme) if scheme is not None else None
        holders = [shape, *sg.objects(shape, SH.sparql)]
        for holder in holders:
            for msg in sg.objects(holder, SH.message):
                if isinstance(msg, Literal) and msg.language in LANGS:
                    entry["messages"].setdefault(msg.language, str(msg))
        for holder in holders:
            for msg in sg.objects(holder, SH.message):
                if isinstance(msg, Literal) and not msg.language:
                    for lang in LANGS:
                        entry["messages"].setdefault(lang, str(msg))
        in_list = sg.value(shape, SH["in"])
        if in_list is not None and entry["scheme"]:
            prefix = f"{NAMESPACE}{entry['scheme']}-"
            entry["allowed"] = [str(v).removeprefix(prefix) for v in Collection(sg, in_list)]
        info[shape] = entry
    return info


def allowed_keys(scheme: str) -> list[str]:
    """The keys the shapes allow for one code list (from their ``sh:in`` lists)."""
    for entry in _shape_info().values():
        if entry["scheme"] == scheme:
            return list(entry["allowed"])
    raise KeyError(scheme)


# ------------------------------------------------------------------ engines


def turbo_available() -> bool:
    return importlib.util.find_spec("pyshacl_turbo") is not None


def choose_engine(engine: str = "auto") -> str:
    """``pyshacl`` or ``turbo``; ``auto`` (or ``$COGOV_SHACL_ENGINE``) picks turbo if installed."""
    engine = os.environ.get("COGOV_SHACL_ENGINE", engine) if engine == "auto" else engine
    if engine not in ENGINES:
        raise UsageError(f"unknown SHACL engine {engine!r}; allowed: {', '.join(ENGINES)}")
    if engine == "turbo" and not turbo_available():
        raise UsageError("the SHACL engine 'turbo' needs the package pyshacl-turbo")
    if engine == "auto":
        return "turbo" if turbo_available() else "pyshacl"
    return engine


def prepare(graph: Graph) -> Graph:
    """Add the code-list triples the shapes need to a data graph (in place) and return it."""
    for triple in codelist_triples():
        graph.add(triple)
    return graph


def run_engine(graph: Graph, engine: str = "pyshacl", extra: ExtraShapes = ()) -> list[RawResult]:
    """Validate a prepared data graph with one engine; the results, engine-independent."""
    options = {
        "shacl_graph": shapes_graph(extra),
        "inference": "none",
        "advanced": True,  # SHACL-AF SPARQL targets (see shapes/cogov-core.shapes.ttl)
        "allow_warnings": True,
        "allow_infos": True,
    }
    if engine == "turbo":
        import pyshacl_turbo

        try:
            _, report, _ = pyshacl_turbo.validate(graph, **options)
            return raw_results(report)
        except Exception:
            _log.debug("pyshacl-turbo failed; validating with pySHACL", exc_info=True)
    import pyshacl

    _, report, _ = pyshacl.validate(graph, inplace=True, **options)
    return raw_results(report)


def raw_results(report: Graph) -> list[RawResult]:
    """The results of a SHACL report graph as plain tuples."""
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(node, SH.resultSeverity)
        results.append(
            RawResult(
                focus=report.value(node, SH.focusNode),
                path=report.value(node, SH.resultPath),
                value=report.value(node, SH.value),
                shape=report.value(node, SH.sourceShape),
                severity=_SEVERITY.get(severity, "error"),
                component=report.value(node, SH.sourceConstraintComponent),
            )
        )
    return results


# ------------------------------------------------------------------ results -> problems


class _Where(NamedTuple):
    case_node: Any
    case_id: str | None
    prefix: str  # "" for the case itself, "participants[2]." for an actor


def _key_of(node: Any) -> str:
    """How a value appears in a case file: a key for a code-list IRI, text for a literal."""
    if isinstance(node, URIRef):
        value = str(node)
        if value.startswith(NAMESPACE):
            local = value[len(NAMESPACE) :]
            return unquote(local.split("-", 1)[1] if "-" in local else local)
        return value
    return str(node)


def _label(graph: Graph, node: Any) -> str:
    labels = {lit.language: str(lit) for lit in graph.objects(node, RDFS.label)}
    for lang in ("zh", "en"):
        if lang in labels:
            return labels[lang]
    return next(iter(labels.values()), _key_of(node))


class ResultMapper:
    """Turns raw SHACL results over one data graph into :class:`Problem` objects."""

    def __init__(
        self,
        graph: Graph,
        lang: str = "en",
        base: str = DEFAULT_CASE_BASE,
        cases: dict[str, Any] | None = None,
        file: str | None = None,
        case_of: Callable[[Any], Any] | None = None,
        extra: ExtraShapes = (),
    ) -> None:
        self.graph = graph
        self.extra = extra
        self.file = file
        self.case_of = case_of
        self.lang = lang if lang in LANGS else "en"
        self.base = base
        self.cases = cases or {}
        self.info = _shape_info(extra)

    def case_id(self, node: Any) -> str | None:
        ident = self.graph.value(node, DCTERMS.identifier)
        if ident is not None:
            return str(ident)
        if isinstance(node, URIRef) and str(node).startswith(self.base):
            return str(node)[len(self.base) :]
        return str(node) if isinstance(node, URIRef) else None

    def where(self, focus: Any) -> _Where:
        evidence_of = self.graph.value(None, COGOV.hasEvidence, focus)
        if evidence_of is not None:  # an evidence record: evidence.<value it is about>.
            from cogov.loaders.rdf import evidence_target

            field, key = evidence_target(
                self.graph.value(focus, COGOV.aboutProperty),
                self.graph.value(focus, COGOV.aboutValue),
            )
            target = field if key is None else f"{field}.{key}"
            prefix = f"evidence.{target}." if field else "evidence."
            return _Where(evidence_of, self.case_id(evidence_of), prefix)
        for predicate, name in _ACTOR_FIELD.items():
            owner = self.graph.value(None, predicate, focus)
            if owner is not None:
                match = _ACTOR_IRI.search(str(focus))
                index = f"[{match.group(2)}]" if match else self._shared_place(owner, focus)
                return _Where(owner, self.case_id(owner), f"{name}{index}.")
        return _Where(focus, self.case_id(focus), "")

    def _shared_place(self, owner: Any, focus: Any) -> str:
        """``[n]`` of a declared actor in its case's list (its ``cogov:listedActor`` place)."""
        for place in sorted(self.graph.subjects(COGOV.listedActor, focus), key=str):
            match = _ACTOR_IRI.search(str(place))
            if match and str(place).startswith(f"{owner}/"):
                return f"[{match.group(2)}]"
        return ""

    def provenance(self, case_node: Any, case_id: str | None, fld: str | None) -> dict[str, Any]:
        file = self.graph.value(case_node, COGOV.recordedIn)
        row = self.graph.value(case_node, COGOV.recordedAtRow)
        out: dict[str, Any] = {
            "file": str(file) if file is not None else self.file,
            "row": int(row.toPython()) if isinstance(row, Literal) else None,
            "line": None,
        }
        if self.file is not None and out["file"] != self.file:
            # an RDF file names where its cases were first recorded; the user gave this file
            out.update(file=self.file, row=None)
        case = self.case_of(case_node) if self.case_of is not None else None
        if case is None and case_id:
            case = self.cases.get(case_id)
        if case is not None:
            out["file"] = out["file"] or getattr(case, "file", None)
            out["row"] = out["row"] if out["row"] is not None else getattr(case, "row", None)
            if out["row"] is None and hasattr(case, "line_of"):
                out["line"] = case.line_of(re.split(r"[.\[]", fld or "id", maxsplit=1)[0])
        return out

    def message(self, result: RawResult, entry: dict[str, Any], focus_node: Any) -> str:
        lang = self.lang
        base = entry["messages"].get(lang) or entry["messages"].get("en")
        if base is None:
            base = text(lang, "unknown_shape", shape=_key_of(result.shape))
        sg = shapes_graph(self.extra)
        if result.value == focus_node:  # a node-level rule: the shape's sentence says it all
            return base
        if entry["allowed"]:
            return compose(
                base,
                lang,
                found=[_key_of(result.value)],
                allowed=entry["allowed"],
                scheme=entry["scheme"],
            )
        if isinstance(result.value, (URIRef, BNode)) and (
            (focus_node, COGOV.hasParticipant, result.value) in self.graph
            or (focus_node, COGOV.hasSuperior, result.value) in self.graph
        ):
            level = self.graph.value(result.value, COGOV.hasActorLevel)
            found = text(
                lang,
                "actor",
                name=_label(self.graph, result.value),
                level=_key_of(level) if level is not None else "?",
            )
            return compose(base, lang, found=[found])
        if result.value is not None:
            return compose(base, lang, found=[_key_of(result.value)])
        counted = (
            sg.value(result.shape, SH.minCount),
            sg.value(result.shape, SH.maxCount),
            sg.value(result.shape, SH.qualifiedMinCount),
        )
        if isinstance(result.path, URIRef) and any(c is not None for c in counted):
            n = len(set(self.graph.objects(focus_node, result.path)))
            return compose(base, lang, count=n) if n else compose(base, lang, found=[])
        return base

    def problem(self, result: RawResult) -> Problem:
        entry = self.info.get(result.shape) or {
            "field": None,
            "scheme": None,
            "messages": {},
            "allowed": [],
        }
        if isinstance(result.focus, Literal):  # the unique-id shape: focus is the id itself
            owners = sorted(self.graph.subjects(DCTERMS.identifier, result.focus), key=str)
            first = owners[0] if owners else None
            where = _Where(first, str(result.focus), "")
        else:
            where = self.where(result.focus)
        fld = entry["field"]
        if fld is None and isinstance(result.path, URIRef):
            fld = _key_of(result.path)
        full_field = f"{where.prefix}{fld}" if fld else (where.prefix.rstrip(".") or None)
        prov = self.provenance(where.case_node, where.case_id, full_field)
        return Problem(
            file=prov["file"],
            message=self.message(result, entry, result.focus),
            severity=result.severity,
            case=where.case_id,
            field=full_field,
            row=prov["row"],
            line=prov["line"],
            origin=result,
        )


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(
        set(problems),
        key=lambda p: (
            p.file or "",
            p.row or 0,
            p.line or 0,
            p.case or "",
            p.field or "",
            order.get(p.severity, 3),
            p.message,
        ),
    )


# ------------------------------------------------------------------ public API


def validate_graph(
    graph: Graph,
    *,
    lang: str = "en",
    engine: str = "auto",
    base: str = DEFAULT_CASE_BASE,
    cases: dict[str, Any] | None = None,
    file: str | None = None,
    extra: ExtraShapes = (),
) -> list[Problem]:
    """Validate one RDF graph in the ontology's terms (it gets the code-list triples added)."""
    results = run_engine(prepare(graph), choose_engine(engine), extra)
    mapper = ResultMapper(graph, lang, base, cases, file, extra=extra)
    return [mapper.problem(r) for r in results]


#: the sh:sourceShape and sh:sourceConstraintComponent of a result that no shape gave: a rule
#: of the case-data contract checked in code (reading, unique ids, declared actors, evidence)
CONTRACT_RULE = CGSH.CaseDataContract
_SEVERITY_IRI = {name: iri for iri, name in _SEVERITY.items()}


def report_graph(
    problems: Iterable[Problem], *, lang: str = "en", base: str = DEFAULT_CASE_BASE
) -> Graph:
    """One ``sh:ValidationReport`` of every problem of a whole validation (all chunks and
    files): each SHACL result as the engine gave it, each problem found outside the shapes
    as a result of :data:`CONTRACT_RULE` on its case. ``sh:conforms`` is false when any
    result is an error (``sh:Violation``), as the engines report with warnings allowed and as
    ``cogov validate`` exits. Each result also names the case-file field (``cgsh:field``) and
    the case id (``cgsh:case``) of the problem, and says it in ``sh:resultMessage``."""
    from cogov.loaders.rdf import case_iri, property_of

    graph = Graph()
    graph.bind("sh", SH)
    graph.bind("cgsh", CGSH)
    graph.bind("cogov", COGOV)
    graph.bind("case", base)
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    conforms = True
    for problem in problems:
        node = BNode()
        graph.add((report, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        origin = problem.origin if isinstance(problem.origin, RawResult) else None
        if origin is not None:
            focus, path, value = origin.focus, origin.path, origin.value
            shape, component = origin.shape, origin.component or CONTRACT_RULE
        else:
            focus = case_iri(problem.case, base) if problem.case else Literal(problem.file or "")
            path, value = property_of(problem.field), None
            shape = component = CONTRACT_RULE
        graph.add((node, SH.focusNode, focus))
        if path is not None and not isinstance(path, BNode):
            graph.add((node, SH.resultPath, path))
        if value is not None:
            graph.add((node, SH.value, value))
        if shape is not None:
            graph.add((node, SH.sourceShape, shape))
        graph.add((node, SH.sourceConstraintComponent, component))
        severity = problem.severity if problem.severity in _SEVERITY_IRI else "error"
        graph.add((node, SH.resultSeverity, _SEVERITY_IRI[severity]))
        conforms = conforms and severity != "error"
        graph.add((node, SH.resultMessage, Literal(problem.message_in(lang), lang=lang)))
        if problem.case:
            graph.add((node, CGSH.case, Literal(problem.case)))
        if problem.field:
            graph.add((node, CGSH.field, Literal(problem.field)))
    graph.add((report, SH.conforms, Literal(conforms)))
    return graph


def duplicate_ids(cases: Sequence[Any], lang: str = "en") -> list[Problem]:
    """The one cross-case rule, over the whole dataset: ids are unique."""
    seen: dict[str, list[Any]] = {}
    for case in cases:
        if getattr(case, "id", None):
            seen.setdefault(case.id, []).append(case)
    problems = []
    for case_id, group in seen.items():
        if len(group) < 2:
            continue
        for case in group:
            others = [_place(c, lang) for c in group if c is not case]
            problems.append(
                Problem(
                    file=getattr(case, "file", None),
                    message=text(
                        lang,
                        "duplicate_id",
                        id=case_id,
                        n=len(group),
                        others=text(lang, "list").join(others),
                    ),
                    case=case_id,
                    field="id",
                    row=getattr(case, "row", None),
                    line=getattr(case, "line", None)
                    if getattr(case, "row", None) is None
                    else None,
                )
            )
    return problems


def _place(case: Any, lang: str = "en") -> str:
    where = case.file or "<input>"
    if case.row is not None:
        return f"{where} {text(lang, 'row', n=case.row)}"
    if case.line is not None:
        return f"{where} {text(lang, 'line', n=case.line)}"
    return where


@cache
def _compiled_turbo(extra: ExtraShapes = ()) -> Any:
    """The shapes compiled once per process for pyshacl-turbo."""
    import pyshacl_turbo

    return pyshacl_turbo.CompiledShapes(shapes_graph(extra), advanced=True)


_N3: dict[Any, str] = {}  # terms repeat (properties, code-list IRIs, names): n3() once each


def _n3(term: Any) -> str:
    text = _N3.get(term)
    if text is None:
        if len(_N3) > 500_000:
            _N3.clear()
        if isinstance(term, Literal) and term.datatype is None:
            text = _lit(str(term), term.language)
        else:
            text = term.n3()
        _N3[term] = text
    return text


def _ntriples(triples: Iterable[tuple[Any, Any, Any]]) -> str:
    n3 = _n3
    return "".join(f"{n3(s)} {n3(p)} {n3(o)} .\n" for s, p, o in triples)


def _blocks(cases: Sequence[Any], base: str) -> list[list[tuple[Any, Any, Any]]]:
    """The triples of each case, in the order of ``cases`` (one block per case)."""
    from cogov.loaders.rdf import CASE_CLASS, iter_triples

    blocks: list[list[tuple[Any, Any, Any]]] = []
    for triple in iter_triples(cases, base):
        if triple[1] == RDF.type and triple[2] == CASE_CLASS:
            blocks.append([])
        blocks[-1].append(triple)
    return blocks


@cache
def _nt_terms() -> dict[str, Any]:
    """The N-Triples text of the fixed terms of the case mapping (``cogov.loaders.rdf``)."""
    from cogov.loaders import rdf

    n3 = _n3
    return {
        "type": n3(RDF.type),
        "case": n3(rdf.CASE_CLASS),
        "org": n3(rdf.ORG.Organization),
        "identifier": n3(DCTERMS.identifier),
        "label": n3(RDFS.label),
        "start": n3(COGOV.start),
        "end": n3(COGOV.end),
        "level": n3(COGOV.hasActorLevel),
        "phase": n3(COGOV.isPhaseOf),
        "jurisdiction": n3(COGOV.jurisdiction),
        "source": n3(DCTERMS.source),
        "in": n3(COGOV.recordedIn),
        "row": n3(COGOV.recordedAtRow),
        "none": n3(COGOV.codedAsNone),
        "roles": (
            ("participant", n3(COGOV.hasParticipant), "participants"),
            ("superior", n3(COGOV.hasSuperior), "superiors"),
        ),
        "keys": [(name, n3(prop), scheme) for name, (prop, scheme) in rdf.KEY_FIELDS.items()],
        "lists": [(name, n3(prop), scheme) for name, (prop, scheme) in rdf.LIST_FIELDS.items()],
        "drivers": [(name, n3(prop), scheme) for name, (prop, scheme) in rdf.DRIVER_KEYS.items()],
        "flags": [(name, n3(prop)) for name, prop in rdf.DRIVER_FLAGS.items()],
    }


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


@lru_cache(maxsize=65536)
def _lit(text: str, lang: str | None = None) -> str:
    """A plain or language-tagged literal in N-Triples (rdflib's n3() would write a
    multi-line text in Turtle's long form, which N-Triples does not have)."""
    quoted = '"' + text.translate(_ESCAPES) + '"'
    return f"{quoted}@{lang}" if lang else quoted


def _case_lines(case: Any, base: str) -> tuple[str, list[str]]:
    """The N-Triples lines of one case that has an id, exactly the triples of
    ``cogov.loaders.rdf.iter_triples`` (tested: the graphs are isomorphic), written as text
    without building rdflib terms for every triple (the fast path's input)."""
    from cogov.loaders.rdf import case_iri, concept, date_literal

    t = _nt_terms()
    iri = str(case_iri(case.id, base))
    s = f"<{iri}>"
    out = [f"{s} {t['type']} {t['case']} .", f"{s} {t['identifier']} {_lit(case.id)} ."]
    out += [f"{s} {t['label']} {_lit(text, lang)} ." for lang, text in case.name.items()]
    for name, prop, scheme in t["keys"]:
        value = getattr(case, name)
        if value is not None:
            out.append(f"{s} {prop} <{concept(scheme, value)}> .")
    if case.start is not None:
        out.append(f"{s} {t['start']} {_n3(date_literal(case.start))} .")
    if case.end is not None:
        out.append(f"{s} {t['end']} {_n3(date_literal(case.end))} .")
    for role, prop, name in t["roles"]:
        for n, actor in enumerate(getattr(case, name) or (), start=1):
            if actor.id is not None:  # a declared actor: as rdf.shared_actor_triples
                out += _shared_actor_lines(s, iri, prop, role, n, actor)
                continue
            a = f"<{iri}/{role}/{n}>"
            out.append(f"{s} {prop} {a} .")
            out.append(f"{a} {t['type']} {t['org']} .")
            out += [f"{a} {t['label']} {_lit(text, lang)} ." for lang, text in actor.name.items()]
            if actor.level is not None:
                out.append(f"{a} {t['level']} <{concept('level', actor.level)}> .")
    if case.superiors == ():
        out.append(f"{s} {t['none']} {_lit('superiors')} .")
    for name, prop, scheme in t["lists"]:
        keys = getattr(case, name)
        if keys == ():
            out.append(f"{s} {t['none']} {_lit(name)} .")
        out += [f"{s} {prop} <{concept(scheme, key)}> ." for key in keys or ()]
    drivers = case.drivers
    for name, prop, scheme in t["drivers"]:
        value = getattr(drivers, name)
        if value is not None:
            out.append(f"{s} {prop} <{concept(scheme, value)}> .")
    for name, prop in t["flags"]:
        value = getattr(drivers, name)
        if value is not None:
            literal = Literal(value) if isinstance(value, bool) else Literal(str(value))
            out.append(f"{s} {prop} {_n3(literal)} .")
    if case.phase_of is not None:
        out.append(f"{s} {t['phase']} <{case_iri(case.phase_of, base)}> .")
    if case.jurisdiction is not None:
        out.append(f"{s} {t['jurisdiction']} {_lit(case.jurisdiction)} .")
    out += [f"{s} {t['source']} {_lit(source)} ." for source in case.sources]
    if case.file is not None:
        out.append(f"{s} {t['in']} {_lit(case.file)} .")
    if case.row is not None:
        out.append(f"{s} {t['row']} {_n3(Literal(case.row))} .")
    if case.evidence:  # the same function as iter_triples: the same triples by construction
        from cogov.loaders.rdf import evidence_triples

        n3 = _n3
        out += [f"{n3(a)} {n3(p)} {n3(b)} ." for a, p, b in evidence_triples(URIRef(iri), case)]
    return iri, out


def _shared_actor_lines(s: str, iri: str, prop: str, role: str, n: int, actor: Any) -> list[str]:
    """The N-Triples of ``cogov.loaders.rdf.shared_actor_triples`` (a declared actor)."""
    from cogov.actors import actor_iri, wikidata_iri
    from cogov.loaders.rdf import concept

    t = _nt_terms()
    a = f"<{actor_iri(actor)}>"
    out = [
        f"{s} {prop} {a} .",
        f"<{iri}/{role}/{n}> {_n3(COGOV.listedActor)} {a} .",
        f"{a} {t['type']} {t['org']} .",
        f"{a} {_n3(COGOV.actorId)} {_lit(actor.id)} .",
    ]
    out += [f"{a} {t['label']} {_lit(text, lang)} ." for lang, text in actor.name.items()]
    if actor.level is not None:
        out.append(f"{a} {t['level']} <{concept('level', actor.level)}> .")
    if actor.division_code is not None:
        out.append(f"{a} {_n3(COGOV.divisionCode)} {_lit(actor.division_code)} .")
    if actor.wikidata is not None:
        out.append(f"{a} {_n3(OWL.sameAs)} <{wikidata_iri(actor.wikidata)}> .")
    return out


def _run_turbo_text(text: str, extra: ExtraShapes = ()) -> list[RawResult]:
    import pyshacl_turbo

    data = pyshacl_turbo.Input(text, "nt", None, {}, {}, preserve_ids=True)
    _, report, _ = _compiled_turbo(extra).validate(data, allow_warnings=True, allow_infos=True)
    return raw_results(report)


def _validate_chunk(
    cases: Sequence[Any], lang: str, engine: str, base: str, extra: ExtraShapes = ()
) -> list[Problem]:
    """Validate a chunk of parsed cases; each result is placed on its case by the triples'
    block, so cases without an id (blank nodes) still get their file and line.

    The fast path feeds N-Triples text straight from the cases to the compiled shapes (no
    rdflib graph); an rdflib graph is then built only for the cases that have results.
    pySHACL gets an rdflib graph of the whole chunk, and is the fallback if the fast path
    fails for any reason."""
    if engine == "turbo" and all(getattr(c, "id", None) for c in cases):
        fast = _turbo_text_chunk(cases, lang, base, extra)
        if fast is not None:
            return fast
    blocks = _blocks(cases, base)
    owner: dict[Any, int] = {}
    for n, block in enumerate(blocks):
        for s, p, o in block:
            owner.setdefault(s, n)
            if p == DCTERMS.identifier:
                owner.setdefault(o, n)
    results: list[RawResult] | None = None
    graph: Graph | None = None
    if engine == "turbo":
        text = "".join(_ntriples(b) for b in blocks) + _ntriples(codelist_triples())
        try:
            results = _run_turbo_text(text, extra)
        except Exception:
            _log.debug("pyshacl-turbo failed; validating with pySHACL", exc_info=True)
            results = None
    if results is None:
        graph = prepare(Graph())
        graph.addN((s, p, o, graph) for block in blocks for s, p, o in block)
        results = run_engine(graph, "pyshacl", extra)
    elif results:
        graph = Graph()
        for n in sorted({owner[r.focus] for r in results if r.focus in owner}):
            graph.addN((s, p, o, graph) for s, p, o in blocks[n])
    if not results:
        return []
    by_id = {c.id: c for c in cases if getattr(c, "id", None)}
    mapper = ResultMapper(
        graph, lang, base, by_id, case_of=lambda node: _case_at(cases, owner, node), extra=extra
    )
    return [mapper.problem(r) for r in results]


def _turbo_text_chunk(
    cases: Sequence[Any], lang: str, base: str, extra: ExtraShapes = ()
) -> list[Problem] | None:
    """The fast path for cases that all have ids: N-Triples text written from the cases, no
    rdflib term per triple. ``None`` if the engine failed (the caller falls back)."""
    from cogov.loaders.rdf import cases_to_graph

    index: dict[str, int] = {}
    parts: list[str] = []
    for n, case in enumerate(cases):
        iri, lines = _case_lines(case, base)
        index.setdefault(iri, n)
        for shared in _shared_iris(case):
            index.setdefault(shared, n)
        parts += lines
    parts.append(_ntriples(codelist_triples()))
    try:
        results = _run_turbo_text("\n".join(parts), extra)
    except Exception:
        _log.debug("pyshacl-turbo failed; validating with pySHACL", exc_info=True)
        return None
    if not results:
        return []
    ids = {case.id: n for n, case in enumerate(cases)}

    def case_number(node: Any) -> int | None:
        if isinstance(node, Literal):
            return ids.get(str(node))
        text = str(node)
        if text in index:
            return index[text]
        match = _ACTOR_IRI.search(text) or _EVIDENCE_IRI.search(text)
        return index.get(text[: match.start()]) if match else None

    numbers = (case_number(r.focus) for r in results)
    involved = sorted({n for n in numbers if n is not None})
    graph = cases_to_graph([cases[n] for n in involved], base)
    by_id = {c.id: c for c in cases}

    def case_of(node: Any) -> Any:
        n = case_number(node)
        return cases[n] if n is not None else None

    mapper = ResultMapper(graph, lang, base, by_id, case_of=case_of, extra=extra)
    return [mapper.problem(r) for r in results]


def _shared_iris(case: Any) -> list[str]:
    """The IRIs of the declared actors a case lists (shared by every case that lists them)."""
    from cogov.actors import actor_iri

    return [
        iri
        for actor in (*case.participants, *(case.superiors or ()))
        if actor.id is not None and (iri := actor_iri(actor)) is not None
    ]


def _case_at(cases: Sequence[Any], owner: dict[Any, int], node: Any) -> Any:
    n = owner.get(node)
    return cases[n] if n is not None else None


def _chunks(cases: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [cases[i : i + size] for i in range(0, len(cases), size)]


def validate(
    dataset: Any,
    *,
    lang: str = "en",
    engine: str = "auto",
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    shapes: ExtraShapes = (),
) -> ValidationReport:
    """Validate a :class:`cogov.loaders.Dataset`: reading problems, unique ids, then shapes.

    ``workers`` processes (default: the number of cores) validate chunks of ``chunk_size``
    cases each when the dataset is large; results do not depend on the chunking because every
    shape looks at one case only, except unique ids, which are checked here over all cases.
    ``shapes`` are a project's own shapes (:func:`read_extra_shapes`), checked beside CoGov's.
    """
    if lang not in LANGS:
        raise UsageError(f"unknown language {lang!r}; allowed: {', '.join(LANGS)}")
    chosen = choose_engine(engine)
    base = getattr(dataset, "base", None) or DEFAULT_CASE_BASE
    cases = list(dataset.cases)
    read = list(getattr(dataset, "problems", []))
    problems = list(read)
    problems += duplicate_ids(cases, lang)
    problems += _actor_conflicts(cases)
    rdf_graphs: dict[str, Graph] = getattr(dataset, "rdf_graphs", {}) or {}
    own = [c for c in cases if getattr(c, "file", None) not in rdf_graphs]
    unique, extras = _split_duplicates(own)
    workers = workers or os.cpu_count() or 1
    if not unique:
        pass
    elif workers < 2 or len(unique) < _PARALLEL_MIN:
        for chunk in _chunks(unique, chunk_size):
            problems += _validate_chunk(chunk, lang, chosen, base, shapes)
    else:
        problems += _parallel(unique, lang, chosen, base, workers, chunk_size, shapes)
    for case in extras:  # a repeated id: its own graph, so it does not merge with the first
        problems += _validate_chunk([case], lang, chosen, base, shapes)
    for name, graph in rdf_graphs.items():  # RDF from other tools: validated as written
        by_id = {c.id: c for c in cases if c.file == name and c.id}
        copy = Graph()
        copy += graph
        problems += validate_graph(
            copy, lang=lang, engine=chosen, base=base, cases=by_id, file=name, extra=shapes
        )
    return ValidationReport(sort_problems(one_message_each(read, problems[len(read) :], lang)))


def one_message_each(read: list[Problem], checked: list[Problem], lang: str) -> list[Problem]:
    """The reading problems, and the checks' problems that do not say the same again.

    Left out: an error about a field that a reading error already names (an ambiguous word, a
    value of the wrong structure), about a field an unknown column or field stands for (the
    column ``year`` covers ``start``), and a second "found: nothing" for one field of a case
    (a missing name breaks two shapes).
    """
    said = {(p.file, p.case, p.field) for p in read if p.severity == "error" and p.field}
    said |= {(f, c, re.sub(r"\[\d+\]$", "", fld)) for f, c, fld in said}  # a list's item
    covered = {(p.file, p.case, p.covers) for p in read if p.covers}
    nothing = text(lang, "found", found=text(lang, "nothing"))
    missing: set[tuple[Any, ...]] = set()
    kept = list(read)
    for problem in sort_problems(checked):  # which of two "nothing" messages stays: fixed
        top = re.split(r"[.\[]", problem.field or "", maxsplit=1)[0]
        if problem.severity == "error" and (
            (problem.file, problem.case, problem.field) in said
            or (problem.file, problem.case, top) in covered
            or (problem.file, None, top) in covered
        ):
            continue
        if problem.severity == "error" and problem.message.endswith(nothing):
            where = (problem.file, problem.case, problem.field)
            if where in missing:
                continue
            missing.add(where)
        kept.append(problem)
    return kept


def _actor_conflicts(cases: list[Any]) -> list[Problem]:
    """Cross-file rule: a declared actor (one IRI) is declared alike in every file."""
    from cogov.actors import conflicts

    return conflicts(c for c in cases if hasattr(c, "participants"))


def _split_duplicates(cases: list[Any]) -> tuple[list[Any], list[Any]]:
    """The first case of each id, and the repeats (reported by :func:`duplicate_ids`; in one
    graph they would merge with the first into one node)."""
    seen: set[str] = set()
    first, repeats = [], []
    for case in cases:
        key = getattr(case, "id", None)
        if key and key in seen:
            repeats.append(case)
            continue
        if key:
            seen.add(key)
        first.append(case)
    return first, repeats


_FORKED: list[Any] = []  # the cases, inherited by forked workers (not pickled to them)


def _validate_range(
    start: int, stop: int, lang: str, engine: str, base: str, extra: ExtraShapes = ()
) -> list[Problem]:
    return _validate_chunk(_FORKED[start:stop], lang, engine, base, extra)


def _parallel(
    cases: list[Any],
    lang: str,
    engine: str,
    base: str,
    workers: int,
    chunk_size: int,
    extra: ExtraShapes = (),
) -> list[Problem]:
    shapes_graph(extra), codelist_triples(), _shape_info(extra)  # parse once, before the fork
    fork = hasattr(os, "fork")
    context = multiprocessing.get_context("fork") if fork else None
    problems: list[Problem] = []
    if fork:
        _FORKED[:] = cases
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            if fork:
                futures = [
                    pool.submit(_validate_range, i, i + chunk_size, lang, engine, base, extra)
                    for i in range(0, len(cases), chunk_size)
                ]
            else:
                futures = [
                    pool.submit(_validate_chunk, chunk, lang, engine, base, extra)
                    for chunk in _chunks(cases, chunk_size)
                ]
            for future in futures:
                problems += future.result()
    finally:
        _FORKED.clear()
    return problems
