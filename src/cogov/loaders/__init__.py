"""Read case files of every supported format into cases; write cases back in any of them.

The format is chosen by the file's extension (:data:`EXTENSIONS`). A file that cannot be read
as a whole raises :class:`cogov.errors.InputError`; what is wrong inside a readable file (an
unknown field, a case that is not a mapping) becomes a :class:`cogov.errors.Problem` in
:attr:`Dataset.problems` and the rest still loads.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "c.yaml").write_text("cases:\\n  - id: a\\n    name: 上海\\n    domian: air\\n")
>>> data = load_file(folder / "c.yaml")
>>> data.cases[0].name, data.problems[0].field, data.problems[0].line
({'zh': '上海'}, 'domian', 4)
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph

from cogov import atomic
from cogov.errors import InputError, Problem, UsageError
from cogov.loaders import rdf, reading, spreadsheet, yaml_json
from cogov.messages import Listed, Phrase, Quoted
from cogov.model import Case
from cogov.resources import DEFAULT_CASE_BASE

EXTENSIONS = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".ttl": "turtle",
    ".jsonld": "json-ld",
}
OUTPUT_FORMATS = {
    "yaml": "yaml",
    "yml": "yaml",
    "json": "json",
    "csv": "csv",
    "xlsx": "xlsx",
    "ttl": "turtle",
    "turtle": "turtle",
    "jsonld": "json-ld",
    "json-ld": "json-ld",
}
RDF_FORMATS = frozenset({"turtle", "json-ld"})


@dataclass
class Dataset:
    """The cases of one or more files, what was wrong while reading them, and their graph."""

    cases: list[Case] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    base: str = DEFAULT_CASE_BASE
    # graphs of RDF files, kept as written (the shapes validate what other tools wrote)
    rdf_graphs: dict[str, Graph] = field(default_factory=dict, repr=False)

    def graph(self) -> Graph:
        """One rdflib graph of every case, built directly from the records (no text)."""
        own = [c for c in self.cases if c.file not in self.rdf_graphs]
        graph = rdf.cases_to_graph(own, self.base)
        for rdf_graph in self.rdf_graphs.values():
            graph.addN((s, p, o, graph) for s, p, o in rdf_graph)
        return graph

    def case_for(self, iri: str) -> Case | None:
        """The case behind a case IRI (to place a message about a focus node)."""
        index = getattr(self, "_index", None)
        if index is None:
            index = {}
            for case in self.cases:
                if case.iri:
                    index[case.iri] = case
                elif case.id is not None:
                    index[str(rdf.case_iri(case.id, self.base))] = case
            self._index = index
        found = index.get(str(iri))
        if found is None and ("/participant/" in str(iri) or "/superior/" in str(iri)):
            found = index.get(str(iri).rsplit("/", 2)[0])
        return found


#: RDF/XML is refused by name: an XML parser is where entity-expansion attacks live
RDF_XML_EXTENSIONS = (".rdf", ".owl", ".xml")


def format_of(path: str | os.PathLike[str]) -> str:
    """The input format for a file name, by its extension."""
    suffix = Path(path).suffix.lower()
    if suffix in RDF_XML_EXTENSIONS:
        raise InputError.keyed(
            "rdf_xml", file=os.fspath(path), ext=Quoted(suffix), allowed=Listed(tuple(EXTENSIONS))
        )
    if suffix not in EXTENSIONS:
        ext = Quoted(suffix) if suffix else Phrase("ext_none")
        raise InputError.keyed(
            "ext_unknown", file=os.fspath(path), ext=ext, allowed=Listed(tuple(EXTENSIONS))
        )
    return EXTENSIONS[suffix]


def load_file(path: str | os.PathLike[str], *, base: str = DEFAULT_CASE_BASE) -> Dataset:
    """Read one case file (YAML, JSON, CSV, XLSX, Turtle or JSON-LD) into a :class:`Dataset`."""
    name = reading.display_name(path)
    fmt = format_of(path)
    data = reading.read_bytes(path)
    problems: list[Problem] = []
    dataset = Dataset(problems=problems, files=[name], base=base)
    if fmt == "xlsx":
        dataset.cases = spreadsheet.read_xlsx(data, name, problems)
        return dataset
    text = reading.decode_text(data, name)
    if fmt == "yaml":
        dataset.cases = yaml_json.read_yaml(text, data, name, problems)
    elif fmt == "json":
        dataset.cases = yaml_json.read_json(text, data, name, problems)
    elif fmt == "csv":
        dataset.cases = spreadsheet.read_csv(text, name, problems)
    else:
        payload = text.encode("utf-8")
        graph = rdf.parse_rdf(payload, fmt, name, base)
        dataset.rdf_graphs[name] = graph
        dataset.cases = rdf.graph_to_cases(graph, base, file=name)
        if not dataset.cases:
            raise InputError.keyed("rdf_no_case", file=name)
    return dataset


def load_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    base: str = DEFAULT_CASE_BASE,
    unreadable: list[Problem] | None = None,
) -> Dataset:
    """Read several files into one dataset. The first file that cannot be read raises, or,
    given an ``unreadable`` list, is named there (with its file) and the others still load."""
    merged = Dataset(base=base)
    for path in paths:
        try:
            one = load_file(path, base=base)
        except InputError as err:
            if unreadable is None:
                raise
            problem = err.problem
            unreadable.append(problem if problem.file else replace(problem, file=str(path)))
            continue
        merged.cases.extend(one.cases)
        merged.problems.extend(one.problems)
        merged.files.extend(one.files)
        merged.rdf_graphs.update(one.rdf_graphs)
    return merged


def output_format(fmt: str) -> str:
    try:
        return OUTPUT_FORMATS[fmt.lower().lstrip(".")]
    except KeyError:
        raise UsageError(
            f"unknown output format '{fmt}'; allowed: yaml, json, csv, xlsx, ttl, jsonld"
        ) from None


def write_cases(
    cases: Iterable[Case],
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    base: str = DEFAULT_CASE_BASE,
) -> Path:
    """Write cases to ``path`` in ``fmt`` (default: by the extension), complete or not at all."""
    target = Path(path)
    fmt = output_format(fmt) if fmt else format_of(target)
    cases = list(cases)
    if fmt == "xlsx":
        with atomic.atomic_path(target) as tmp:
            spreadsheet.write_xlsx(cases, tmp)
        return target
    if fmt == "yaml":
        text = yaml_json.dump_yaml(cases)
    elif fmt == "json":
        text = yaml_json.dump_json(cases)
    elif fmt == "csv":
        text = spreadsheet.dump_csv(cases)
    elif fmt == "turtle":
        text = rdf.dump_turtle(rdf.cases_to_graph(cases, base))
    else:
        text = rdf.dump_jsonld(rdf.cases_to_graph(cases, base))
    atomic.write_text(target, text)
    return target


__all__ = [
    "EXTENSIONS",
    "Dataset",
    "format_of",
    "load_file",
    "load_files",
    "write_cases",
]
