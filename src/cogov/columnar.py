"""Questions answered by maplib, a SPARQL engine over Polars data frames (``--backend maplib``).

The data, the ontology and the classification rules stay in an in-memory pyoxigraph store
(:class:`~cogov.backends.OxigraphBackend`): maplib answers only the ``SELECT`` queries, on a
copy of the store's default graph made on the first query after a change. Its answers come
back as typed columns (``solution_mappings``), turned into the same plain rows as every other
backend without a Python call per value.

maplib 0.20 gives wrong answers to two forms the named questions use, so the text it is given
is rewritten first, each time into a form that means the same in SPARQL 1.1:

- ``GROUP_CONCAT(?x ...)`` joins maplib's internal numbers instead of the values: it becomes
  ``GROUP_CONCAT(STR(?x) ...)`` (the values joined are text already, so ``STR`` changes
  nothing);
- ``COALESCE(?x, y)`` gives ``y`` even where ``?x`` is bound when the two have different
  datatypes (a count and a literal 0): it becomes ``IF(BOUND(?x), ?x, y)``;
- ``STRAFTER(a, b)`` and ``STRBEFORE(a, b)`` give ``a`` where ``b`` is not in it (SPARQL 1.1:
  the empty string): each becomes ``IF(CONTAINS(a, b), STRAFTER(a, b), "")`` (:func:`str_parts`);
- ``GROUP BY`` over no solutions at all gives one group with every key unbound (and counts of
  0), which an ``OPTIONAL`` sub-select then joins to every row: each ``GROUP BY`` gets
  ``HAVING (COUNT(*) > 0)``, true of every group there is.

A query maplib rejects (it does not accept a variable that no pattern binds, as in
``FILTER (!BOUND(?case) || ...)`` without the optional parameter, nor ``isNumeric``) is
answered by pyoxigraph: the same text, the same rows. So is every query that is not one of the
named questions (a user's ``--file``): maplib 0.20 has wrong answers beyond the rewrites above
(``SELECT ?s WHERE { ?s ?p ?o }``, a predicate variable left out of the answer, gives one row
per subject kind instead of one per triple), and only the named questions are checked against
the other engines (tests/queries). docs/performance.md has the figures and which questions go
where.

>>> backend = MaplibBackend(named_only=False)
>>> backend.load_rdf(b'<urn:a> <urn:p> "x" .\\n<urn:b> <urn:p> "y" .\\n', "nt")
>>> backend.select('SELECT (GROUP_CONCAT(?o; separator="; ") AS ?all) WHERE { ?s <urn:p> ?o }')
[{'all': 'x; y'}]
"""

from __future__ import annotations

import importlib.util
import os
import re
import tempfile
from typing import Any

import pyoxigraph as ox

from cogov.backends import (
    _INTEGER_TYPES,
    XSD,
    Bindings,
    OxigraphBackend,
    bind_values,
)
from cogov.errors import BackendError

_GROUP_CONCAT = re.compile(r"\bGROUP_CONCAT\(\s*(DISTINCT\s+)?(\?\w+)", re.IGNORECASE)
# variables, then a last argument that is a variable, a simple literal or STR(?variable)
_COALESCE = re.compile(
    r"\bCOALESCE\(((?:\s*\?\w+\s*,)+)"
    r"\s*(\?\w+|[-+]?\d+|\"[^\"\\]*\"|true|false|STR\(\s*\?\w+\s*\))\s*\)",
    re.IGNORECASE,
)
# text first (STR gives a simple literal) and a text literal last: one datatype, which maplib
# gets right
_TEXT_COALESCE = re.compile(
    r"\bCOALESCE\(\s*STR(?:AFTER)?\([^()]*(?:\([^()]*\))?[^()]*\)\s*,\s*\"[^\"\\]*\"\s*\)",
    re.IGNORECASE,
)
_GROUP_BY = re.compile(r"\bGROUP\s+BY((?:\s+\?\w+)+)(\s+HAVING\b)?", re.IGNORECASE)
_STR_PART = re.compile(r"\b(STRAFTER|STRBEFORE)\(", re.IGNORECASE)
_WHERE_GROUP = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_NOT_FOUND = re.compile(r"Variable \?(\w+) not found in context")
_FLOATS = {XSD + "decimal", XSD + "double", XSD + "float"}
_TEXT = {XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}


def maplib_text(query: str) -> str | None:
    """The query in the forms maplib answers correctly (see the module's notes); None where
    a ``COALESCE`` is left that may mix datatypes.

    >>> maplib_text('SELECT (COALESCE(?n, 0) AS ?c) (GROUP_CONCAT(DISTINCT ?id) AS ?ids) {}')
    'SELECT (IF(BOUND(?n), ?n, 0) AS ?c) (GROUP_CONCAT(DISTINCT STR(?id)) AS ?ids) {}'
    >>> maplib_text("SELECT (COALESCE(?a, ?b, STR(?c)) AS ?d) {}")
    'SELECT (IF(BOUND(?a), ?a, IF(BOUND(?b), ?b, STR(?c))) AS ?d) {}'
    >>> maplib_text('SELECT (COALESCE(?kind = ?x, false) AS ?d) {}') is None
    True
    >>> maplib_text("SELECT ?k (COUNT(?s) AS ?n) {} GROUP BY ?k HAVING (?n > 1)")
    'SELECT ?k (COUNT(?s) AS ?n) {} GROUP BY ?k HAVING (COUNT(*) > 0) (?n > 1)'
    """
    query = _GROUP_CONCAT.sub(lambda m: f"GROUP_CONCAT({m.group(1) or ''}STR({m.group(2)})", query)
    query = _GROUP_BY.sub(lambda m: f"GROUP BY{m.group(1)} HAVING (COUNT(*) > 0)", query)
    query = str_parts(query)
    query = _COALESCE.sub(_nested_if, query)
    if "COALESCE(" in _TEXT_COALESCE.sub("", query).upper():
        return None
    return query


def _nested_if(match: re.Match[str]) -> str:
    variables = [v.strip() for v in match.group(1).split(",") if v.strip()]
    text = match.group(2)
    for variable in reversed(variables):
        text = f"IF(BOUND({variable}), {variable}, {text})"
    return text


def str_parts(query: str) -> str:
    """Each ``STRAFTER(a, b)`` / ``STRBEFORE(a, b)`` as ``IF(CONTAINS(a, b), ..., "")``, the
    ``""`` written ``STR(SUBSTR(a, 1, 0))`` so that it stays unbound where ``a`` is.

    >>> str_parts('(STRAFTER(?x, "#") AS ?y)')
    '(IF(CONTAINS(?x, "#"), STRAFTER(?x, "#"), STR(SUBSTR(?x, 1, 0))) AS ?y)'
    """
    match = _STR_PART.search(query)
    if match is None:
        return query
    arguments, end = _arguments(query, match.end())
    if arguments is None or len(arguments) != 2:
        return query  # not a call of two arguments: left for maplib to refuse
    a, b = (str_parts(argument.strip()) for argument in arguments)
    call = f"IF(CONTAINS({a}, {b}), {match.group(1).upper()}({a}, {b}), STR(SUBSTR({a}, 1, 0)))"
    return query[: match.start()] + call + str_parts(query[end:])


def _arguments(text: str, start: int) -> tuple[list[str] | None, int]:
    """The comma-separated arguments of a call whose ``(`` ends just before ``start``, and
    where the call ends; strings in double quotes are skipped over."""
    depth, arguments, begin, position = 0, [], start, start
    while position < len(text):
        char = text[position]
        if char == '"':
            position = text.find('"', position + 1)
            while position > 0 and text[position - 1] == "\\":
                position = text.find('"', position + 1)
            if position < 0:
                break
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == ")":
            arguments.append(text[begin:position])
            return arguments, position + 1
        elif char == "," and not depth:
            arguments.append(text[begin:position])
            begin = position + 1
        position += 1
    return None, len(text)


def declare_unbound(query: str, name: str) -> str:
    """The query with ``OPTIONAL { VALUES ?name { UNDEF } }`` at the start of every group
    that follows a ``WHERE``: maplib then accepts a variable that no pattern binds (an optional
    parameter left out, or ``?unbound`` written for "no value"). The pattern adds nothing: it
    leaves each solution as it was and the variable unbound, as SPARQL 1.1 has it without it.

    >>> print(declare_unbound("SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?y } } }", "z"))
    ... # doctest: +NORMALIZE_WHITESPACE
    SELECT ?x WHERE { OPTIONAL { VALUES ?z { UNDEF } }
      { SELECT ?x WHERE { OPTIONAL { VALUES ?z { UNDEF } } ?x ?p ?y } } }
    """
    block = f" OPTIONAL {{ VALUES ?{name} {{ UNDEF }} }}"
    return _WHERE_GROUP.sub(lambda m: m.group(0) + block, query)


class MaplibBackend(OxigraphBackend):
    """In memory: pyoxigraph holds the data and runs the rules, maplib answers the questions."""

    def __init__(self, *, named_only: bool = True) -> None:
        """``named_only=False``: maplib gets every ``SELECT``, not only the named questions'
        (for the tests of the rewrites)."""
        if importlib.util.find_spec("maplib") is None:
            raise BackendError.keyed("maplib_missing", bilingual=True)
        super().__init__(None)
        self.name = "maplib"
        self._texts: set[str] | None = None
        if named_only:
            from cogov.queries import list_questions

            self._texts = {question.text for question in list_questions()}
        self._model: Any = None  # maplib's copy of the default graph; None: not made or stale
        #: how many SELECT queries maplib rejected and pyoxigraph answered
        self.fallbacks = 0

    # every way in changes the store: maplib's copy is made again on the next question
    def load_rdf(self, data: bytes, fmt: str = "nt", graph: str | None = None) -> None:
        self._model = None
        super().load_rdf(data, fmt, graph)

    def update(self, text: str) -> None:
        self._model = None
        super().update(text)

    def drop(self, graph: str) -> None:
        self._model = None
        super().drop(graph)

    def sync(self) -> Any:
        """maplib's copy of the default graph, made now if a change made it stale."""
        if self._model is None:
            import maplib

            model = maplib.Model()
            # maplib reads a file in parallel; the copy is removed as soon as it is read
            handle, path = tempfile.mkstemp(prefix="cogov-", suffix=".nt")
            try:
                with os.fdopen(handle, "wb") as out:
                    self.store.dump(out, ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
                if os.path.getsize(path):
                    model.read(path, format="ntriples")
            finally:
                os.unlink(path)
            self._model = model
        return self._model

    def select(
        self, query: str, bindings: Bindings | None = None, graph: str | None = None
    ) -> list[dict[str, Any]]:
        if graph or (self._texts is not None and query not in self._texts):
            # a named graph (only the store has them), or not a named question
            return super().select(query, bindings, graph)
        text = maplib_text(bind_values(query, bindings or {}))
        if text is None:
            self.fallbacks += 1
            return super().select(query, bindings, graph)
        model = self.sync()
        declared: set[str] = set()
        while True:
            try:
                answer = model.query(text, solution_mappings=True)
                break
            except Exception as err:  # maplib raises its own exception types
                missing = _NOT_FOUND.search(str(err))
                if missing is None or missing.group(1) in declared or len(declared) >= 8:
                    self.fallbacks += 1
                    return super().select(query, bindings, graph)
                declared.add(missing.group(1))
                text = declare_unbound(text, missing.group(1))
        if answer is None:  # not a SELECT
            raise BackendError("maplib answers SELECT queries only")
        return frame_rows(answer.mappings, answer.rdf_types)


def frame_rows(frame: Any, types: dict[str, Any]) -> list[dict[str, Any]]:
    """maplib's typed columns as rows of plain Python values (as :func:`python_value`)."""
    import polars as pl

    columns = []
    mixed: dict[str, list[Any]] = {}
    for name in frame.columns:
        dtype = frame.schema[name]
        if not isinstance(dtype, pl.Struct):
            columns.append(_plain(pl.col(name), _kind(types.get(name))).alias(name))
            continue
        # several kinds in one column (a number here, a text there), one field for each kind
        # (and ``l`` for the language tags): the values are picked one at a time
        exprs = [
            _plain(pl.col(name).struct.field(f.name), _field_kind(f.name)).alias(str(n))
            for n, f in enumerate(dtype.fields)
            if f.name != "l"
        ]
        picked = frame.select(exprs).rows()
        mixed[name] = [next((v for v in values if v is not None), None) for values in picked]
        columns.append(pl.lit(None).alias(name))
    plain = frame.select(columns) if columns else frame
    rows = [dict(zip(frame.columns, values, strict=True)) for values in plain.rows()]
    for name, values in mixed.items():
        for row, value in zip(rows, values, strict=True):
            row[name] = value
    return rows


_RDF_TYPE = re.compile(r'RDFType\.(IRI|BlankNode|Literal)\(\s*(?:"([^"]*)")?')


def _kind(rdf_type: Any) -> str | None:
    """``iri``, ``blank`` or the datatype IRI of a column of one kind (None: never bound)."""
    match = _RDF_TYPE.match(repr(rdf_type))
    if match is None:
        return None
    return {"IRI": "iri", "BlankNode": "blank"}.get(match.group(1), match.group(2))


def _field_kind(field: str) -> str:
    """The kind of a field of maplib's struct column (``I``, ``B``, ``<datatype>``)."""
    return {"I": "iri", "B": "blank"}.get(field, field.strip("<>"))


def _plain(expr: Any, kind: str | None) -> Any:
    import polars as pl

    if kind is None:
        return pl.lit(None)
    if kind == "blank":
        return pl.lit("_:") + expr
    if kind in _INTEGER_TYPES:
        return expr.cast(pl.Int64)
    if kind in _FLOATS:
        return expr.cast(pl.Float64)
    if kind == XSD + "boolean":
        return expr.cast(pl.Boolean)
    if kind == "iri" or kind in _TEXT:
        return expr
    return expr.cast(pl.String)
