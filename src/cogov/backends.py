"""One query interface over several places the data can live.

- ``memory`` (default): an in-memory pyoxigraph store, no set-up;
- ``store``: a persistent pyoxigraph store in a folder, loaded once and queried many times;
- ``endpoint``: any SPARQL 1.1 endpoint over HTTP (Oxigraph server, Fuseki, GraphDB, ...),
  read through the SPARQL protocol and written through the Graph Store Protocol and SPARQL
  Update, with the standard library only;
- ``rdflib``: rdflib's own engine in memory, for small data and as the reference.

Every backend returns the same row shape from :meth:`Backend.select`: a list of dicts from
column name to a plain Python value (IRI and plain text as ``str``, integers as ``int``,
decimals as ``float``, booleans as ``bool``, unbound as ``None``).

Parameters are bound, never pasted: :func:`bind_values` adds a SPARQL ``VALUES`` block at the
start of the query's outer ``WHERE`` group, each value written by pyoxigraph's N-Triples
serialiser from a typed term, so that no value can change the structure of a query. The same
mechanism is used on every backend, so they all give the same answers.

>>> backend = open_backend()
>>> backend.load_rdf(b"<urn:a> <urn:p> 1 .", "ttl")
>>> backend.select("SELECT ?s ?o WHERE { ?s <urn:p> ?o }", {})
[{'s': 'urn:a', 'o': 1}]
"""

from __future__ import annotations

import http.client
import json
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from abc import ABC, abstractmethod
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Self

import pyoxigraph as ox

from cogov.errors import BackendError, ResourceError

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    XSD + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}

#: seconds an endpoint may stay silent before a request fails (``--timeout``)
DEFAULT_TIMEOUT = 60.0

#: each load of a store folder or an endpoint goes into a new named graph under this base
DATASET_GRAPH_BASE = "https://w3id.org/cogov/graph/dataset/"
#: the triple ``POINTER POINTS_TO <graph>`` in the default graph names the published dataset
POINTER = "https://w3id.org/cogov/graph/current"
POINTS_TO = "https://w3id.org/cogov/graph/pointsTo"
_CURRENT_QUERY = f"SELECT ?g WHERE {{ <{POINTER}> <{POINTS_TO}> ?g }}"

_FORMATS = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "ttl": ox.RdfFormat.TURTLE,
    "turtle": ox.RdfFormat.TURTLE,
    "xml": ox.RdfFormat.RDF_XML,
}
_MEDIA = {
    "nt": "application/n-triples",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "xml": "application/rdf+xml",
}

Bindings = Mapping[str, ox.NamedNode | ox.Literal]

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind_values(query: str, bindings: Bindings) -> str:
    """Bind variables with a ``VALUES`` block at the start of the outer ``WHERE`` group.

    >>> bind_values("SELECT ?x WHERE { ?x ?p ?y }", {"y": ox.Literal('a"}')})
    'SELECT ?x WHERE { VALUES (?y) { ("a\\\\"}") } ?x ?p ?y }'
    """
    if not bindings:
        return query
    names = sorted(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"not a SPARQL variable name: {name!r}")
        if not isinstance(bindings[name], (ox.NamedNode, ox.Literal)):
            raise TypeError(f"parameter {name} must be an IRI or a literal term")
    block = (
        " VALUES ("
        + " ".join(f"?{n}" for n in names)
        + ") { ("
        + " ".join(str(bindings[n]) for n in names)
        + ") }"
    )
    # Only full-line comments are skipped: a '#' inside an IRI is not a comment.
    offset = 0
    for line in query.splitlines(keepends=True):
        stripped = line.lstrip()
        if stripped.startswith("#") or not stripped:
            offset += len(line)
            continue
        break
    match = _WHERE.search(query, offset)
    if match is None:
        raise ResourceError("a query that takes parameters needs an explicit WHERE { ... }")
    return query[: match.end()] + block + query[match.end() :]


_CONSTRUCT = re.compile(r"\bCONSTRUCT\s*\{", re.IGNORECASE)


def construct_as_insert(query: str, graph: str | None) -> str:
    """The SPARQL Update that adds what a ``CONSTRUCT`` query builds, in the engine itself.

    ``CONSTRUCT { T } WHERE { P }`` becomes ``INSERT { T } WHERE { P }`` (with ``WITH <graph>``
    for a named graph, which is then also the default graph the pattern reads).

    >>> construct_as_insert("CONSTRUCT { ?s <urn:p> 1 } WHERE { ?s ?p ?o }", None)
    'INSERT { ?s <urn:p> 1 } WHERE { ?s ?p ?o }'
    """
    match = _CONSTRUCT.search(query)
    if match is None:
        raise ResourceError("a classification rule must be a CONSTRUCT { ... } WHERE { ... } query")
    head = f"WITH {ox.NamedNode(graph)} INSERT {{" if graph else "INSERT {"
    return query[: match.start()] + head + query[match.end() :]


_NAMED_NODE, _LITERAL = ox.NamedNode, ox.Literal
_PLAIN_TYPES = frozenset({XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"})


def python_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Any:
    """The plain Python value every backend returns for a term.

    Called once per cell of every answer (millions on large data), so the common cases (IRI,
    plain or language-tagged text) are tested first by exact type.
    """
    kind = type(term)
    if kind is _NAMED_NODE:
        return term.value  # type: ignore[union-attr]
    if kind is _LITERAL:
        datatype = term.datatype.value  # type: ignore[union-attr]
        if datatype in _PLAIN_TYPES:
            return term.value  # type: ignore[union-attr]
        return _literal_value(term.value, datatype)  # type: ignore[union-attr]
    if term is None:
        return None
    return f"_:{term.value}"


def _literal_value(lexical: str, datatype: str | None) -> Any:
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype in _FLOAT_TYPES:
            return float(Decimal(lexical)) if datatype == XSD + "decimal" else float(lexical)
        if datatype == XSD + "boolean":
            return lexical.strip() in ("true", "1")
    except (ValueError, ArithmeticError):
        return lexical
    return lexical


class Backend(ABC):
    """A place the data lives, with one way in (RDF) and one way out (rows)."""

    name: str = "backend"
    #: True where each load goes into a new named graph, published when complete: a failed
    #: load leaves the previous dataset in place (store folders and endpoints)
    needs_staging: bool = False

    @abstractmethod
    def load_rdf(self, data: bytes, fmt: str = "nt", graph: str | None = None) -> None:
        """Add RDF (N-Triples, Turtle or RDF/XML bytes) to a graph (None: the default graph)."""

    @abstractmethod
    def select(
        self, query: str, bindings: Bindings | None = None, graph: str | None = None
    ) -> list[dict[str, Any]]:
        """Run a SELECT query; ``graph`` is used as the default graph when given."""

    @abstractmethod
    def apply_construct(
        self, query: str, bindings: Bindings | None = None, graph: str | None = None
    ) -> int | None:
        """Run a CONSTRUCT rule over ``graph`` and add its triples to that graph.

        The number of triples added, where the backend knows it without extra work.
        """

    @abstractmethod
    def construct(self, query: str, bindings: Bindings | None = None) -> bytes:
        """Run a CONSTRUCT query over the default graph; N-Triples bytes."""

    @abstractmethod
    def ask(self, query: str) -> bool:
        """Run an ASK query over the dataset cogov loaded (else the default graph)."""

    @abstractmethod
    def drop(self, graph: str) -> None:
        """Remove a named graph if it exists."""

    @abstractmethod
    def update(self, text: str) -> None:
        """Run a SPARQL Update (one transaction)."""

    def new_dataset_graph(self) -> str:
        """A fresh named graph to assemble a dataset in before it is published."""
        return f"{DATASET_GRAPH_BASE}{uuid.uuid4().hex}"

    def current_graph(self) -> str | None:
        """The published dataset's graph (None: no pointer, the default graph holds the data)."""
        if not self.needs_staging:
            return None
        rows = self.select(_CURRENT_QUERY, graph="")
        return rows[0]["g"] if rows else None

    def publish(self, graph: str) -> None:
        """Point readers at ``graph`` in one small transaction, then drop the previous one."""
        previous = self.current_graph()
        pointer, points_to, target = (
            ox.NamedNode(POINTER),
            ox.NamedNode(POINTS_TO),
            ox.NamedNode(graph),
        )
        try:
            self.update(
                f"DELETE {{ {pointer} {points_to} ?old }} "
                f"INSERT {{ {pointer} {points_to} {target} }} "
                f"WHERE {{ OPTIONAL {{ {pointer} {points_to} ?old }} }}"
            )
        except BackendError:
            # The answer may be lost after the switch was made: then the load has succeeded,
            # and the caller must not drop the graph that readers now see.
            try:
                switched = self.current_graph() == graph
            except BackendError:
                switched = False
            if not switched:
                raise
        if previous and previous != graph:
            # Only clean-up is left: the new dataset is published whatever happens here.
            try:
                self.drop(previous)
            except BackendError:
                pass

    def load_graph(self, graph: Any, target: str | None = None) -> None:
        """Add an rdflib graph."""
        self.load_rdf(graph.serialize(format="nt", encoding="utf-8"), "nt", target)

    def close(self) -> None:
        """Release what the backend holds."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class OxigraphBackend(Backend):
    """pyoxigraph, in memory (``path=None``) or in a folder."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.name = "memory" if path is None else "store"
        self.needs_staging = path is not None
        try:
            self.store = ox.Store(str(path)) if path is not None else ox.Store()
        except OSError as err:
            if "lock" in str(err).lower():
                raise BackendError(
                    f"the store folder {path} is in use by another process (a load or a query "
                    "is running on it); try again when it has finished",
                    file=str(path),
                ) from None
            raise BackendError(f"cannot open the store folder {path}: {err}") from err

    def _graph(self, graph: str | None) -> ox.NamedNode | ox.DefaultGraph:
        return ox.NamedNode(graph) if graph else ox.DefaultGraph()

    def load_rdf(self, data: bytes, fmt: str = "nt", graph: str | None = None) -> None:
        try:
            self.store.bulk_load(data, _FORMATS[fmt], to_graph=self._graph(graph))
        except SyntaxError as err:
            raise BackendError(f"the store could not read the RDF it was given: {err}") from err

    def _query(self, query: str, bindings: Bindings | None, graph: str | None) -> Any:
        text = bind_values(query, bindings or {})
        if graph is None:
            graph = self.current_graph()
        try:
            if graph:
                return self.store.query(text, default_graph=ox.NamedNode(graph))
            return self.store.query(text)
        except SyntaxError as err:
            raise ResourceError(f"a query could not be parsed: {err}") from err
        except OSError as err:
            raise BackendError(f"the store failed while answering a query: {err}") from err

    def select(
        self, query: str, bindings: Bindings | None = None, graph: str | None = None
    ) -> list[dict[str, Any]]:
        result = self._query(query, bindings, graph)
        names = [v.value for v in result.variables]
        try:  # solutions are computed while they are read: SERVICE calls fail here
            # a solution iterates over its terms in the order of ``variables`` (None: unbound)
            return [dict(zip(names, map(python_value, solution))) for solution in result]
        except OSError as err:
            raise BackendError(f"the query failed while it ran: {err}") from None

    def ask(self, query: str) -> bool:
        return bool(self._query(query, None, None))

    def apply_construct(
        self, query: str, bindings: Bindings | None = None, graph: str | None = None
    ) -> int | None:
        if self.path is None:
            # in memory, one SPARQL Update: the triples never leave the engine
            self.update(construct_as_insert(bind_values(query, bindings or {}), graph))
            return None
        # In a folder, the bulk loader writes the rule's triples about twice as fast as an
        # update transaction (bench/query_bench.py). It is not one transaction, but the rules
        # write into a dataset graph that readers see only once it is published.
        # ("" reads the default graph, as the rule would without a dataset graph)
        self.load_rdf(self._construct(query, bindings, graph or ""), "nt", graph)
        return None

    def construct(self, query: str, bindings: Bindings | None = None) -> bytes:
        return self._construct(query, bindings, None)

    def _construct(self, query: str, bindings: Bindings | None, graph: str | None) -> bytes:
        triples = self._query(query, bindings, graph)
        try:
            return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        except OSError as err:
            raise BackendError(f"the query failed while it ran: {err}") from None

    def drop(self, graph: str) -> None:
        node = ox.NamedNode(graph)
        if self.store.contains_named_graph(node):
            self.store.remove_graph(node)

    def update(self, text: str) -> None:
        try:
            self.store.update(text)
        except SyntaxError as err:
            raise ResourceError(f"a SPARQL update could not be parsed: {err}") from err
        except OSError as err:
            raise BackendError(f"the store failed while writing: {err}") from err

    def close(self) -> None:
        """Flush a store folder and release its lock (the backend is unusable after)."""
        if self.path is not None and self.store is not None:
            self.store.flush()
            self.store = None  # dropping the last reference closes the store


class RdflibBackend(Backend):
    """rdflib's own SPARQL engine in memory: the reference, for small data."""

    name = "rdflib"

    def __init__(self) -> None:
        import rdflib

        self._rdflib = rdflib
        self.dataset = rdflib.Dataset()

    def _graph(self, graph: str | None) -> Any:
        if graph:
            return self.dataset.graph(self._rdflib.URIRef(graph))
        return self.dataset.default_graph

    def load_rdf(self, data: bytes, fmt: str = "nt", graph: str | None = None) -> None:
        fmt_name = {"nt": "nt", "ttl": "turtle", "turtle": "turtle", "xml": "xml"}[fmt]
        try:
            self._graph(graph).parse(data=data, format=fmt_name)
        except Exception as err:  # rdflib raises many parser error types
            raise BackendError(f"rdflib could not read the RDF it was given: {err}") from err

    def load_graph(self, graph: Any, target: str | None = None) -> None:
        into = self._graph(target)
        for triple in graph:
            into.add(triple)

    def _query(self, query: str, bindings: Bindings | None, graph: str | None) -> Any:
        text = bind_values(query, bindings or {})
        try:
            return self._graph(graph or None).query(text)
        except Exception as err:  # pyparsing and evaluation errors
            raise ResourceError(f"rdflib could not answer a query: {err}") from err

    def select(
        self, query: str, bindings: Bindings | None = None, graph: str | None = None
    ) -> list[dict[str, Any]]:
        result = self._query(query, bindings, graph)
        names = [str(v) for v in result.vars]
        return [{n: _rdflib_value(row[n]) for n in names} for row in result]

    def ask(self, query: str) -> bool:
        return bool(self._query(query, None, None).askAnswer)

    def apply_construct(
        self, query: str, bindings: Bindings | None = None, graph: str | None = None
    ) -> int:
        target = self._graph(graph)
        triples = list(self._query(query, bindings, graph).graph)
        for triple in triples:
            target.add(triple)
        return len(triples)

    def construct(self, query: str, bindings: Bindings | None = None) -> bytes:
        result = self._query(query, bindings, None).graph
        return result.serialize(format="nt", encoding="utf-8")

    def drop(self, graph: str) -> None:
        self.dataset.remove_graph(self._rdflib.URIRef(graph))

    def update(self, text: str) -> None:
        self.dataset.update(text)


def _rdflib_value(term: Any) -> Any:
    from rdflib import BNode, Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        return _literal_value(str(term), str(term.datatype) if term.datatype else None)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


class EndpointBackend(Backend):
    """Any SPARQL 1.1 endpoint, over HTTP with the standard library.

    ``url`` is the query endpoint. The update endpoint and the Graph Store Protocol endpoint
    default to Oxigraph server's layout (``/query`` → ``/update`` and ``/store``); give them
    explicitly for other servers (Fuseki: ``/ds/query``, ``/ds/update``, ``/ds/data``).
    """

    name = "endpoint"
    needs_staging = True
    chunk_bytes = 8 * 1024 * 1024

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        store_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        parsed = urllib.parse.urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise BackendError(f"the endpoint must be an http(s) URL, not {url!r}")
        self.url = url
        base = re.sub(r"/(query|sparql)/?$", "", url.rstrip("/"))
        self.update_url = update_url or f"{base}/update"
        self.store_url = store_url or f"{base}/store"
        if not timeout > 0:
            raise BackendError(f"the timeout must be a positive number of seconds, not {timeout}")
        self.timeout = timeout
        #: whether the graph store takes uploads outside a transaction (an Oxigraph server);
        #: None until its first answer to an upload tells
        self._bulk_loads: bool | None = None
        self._last_server = ""  # the Server header of the last answer

    def _request(
        self, url: str, data: bytes | None, headers: dict[str, str], method: str = "POST"
    ) -> bytes:
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                self._last_server = response.headers.get("Server", "")
                return response.read()
        except urllib.error.HTTPError as err:
            try:
                detail = err.read().decode("utf-8", "replace")[:500].strip()
            except (OSError, http.client.HTTPException):
                detail = ""
            raise BackendError(
                f"the endpoint {url} answered HTTP {err.code} {err.reason}"
                + (f": {detail}" if detail else "")
            ) from None
        except TimeoutError:
            raise BackendError(self._too_slow(url)) from None
        except urllib.error.URLError as err:
            if isinstance(err.reason, TimeoutError):
                raise BackendError(self._too_slow(url)) from None
            raise BackendError(f"cannot reach the endpoint {url}: {err.reason}") from None
        except (OSError, http.client.HTTPException, ValueError) as err:
            # a dropped connection, a reply cut short or not HTTP at all
            raise BackendError(
                f"the endpoint {url} failed while answering ({type(err).__name__}: {err})"
            ) from None

    def _too_slow(self, url: str) -> str:
        return (
            f"the endpoint {url} did not answer within {self.timeout:g} s "
            "(raise the limit with --timeout SECONDS)"
        )

    def _query(
        self, query: str, bindings: Bindings | None, graph: str | None, accept: str
    ) -> bytes:
        form = {"query": bind_values(query, bindings or {})}
        if graph is None:
            graph = self.current_graph()
        if graph:
            form["default-graph-uri"] = graph
        body = urllib.parse.urlencode(form).encode("utf-8")
        return self._request(
            self.url,
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )

    def update(self, text: str) -> None:
        body = urllib.parse.urlencode({"update": text}).encode("utf-8")
        self._request(self.update_url, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def _post_graph(self, data: bytes, fmt: str, graph: str | None) -> None:
        if graph:
            target = f"{self.store_url}?graph={urllib.parse.quote(graph, safe='')}"
            if self._bulk_loads:
                # Oxigraph's own parameter: its bulk loader, about 4 times faster, and not one
                # transaction. Safe here: data goes to a named graph only while a dataset is
                # built, which readers see once it is published (a failed load drops it).
                target += "&no_transaction"
        else:
            target = f"{self.store_url}?default"
        self._request(target, data, {"Content-Type": _MEDIA[fmt]})
        if self._bulk_loads is None:
            self._bulk_loads = self._last_server.startswith("Oxigraph/")

    def load_rdf(self, data: bytes, fmt: str = "nt", graph: str | None = None) -> None:
        if fmt != "nt" or len(data) <= self.chunk_bytes:
            self._post_graph(data, fmt, graph)
            return
        # N-Triples can be cut at line ends; every chunk is a valid document on its own.
        start = 0
        while start < len(data):
            end = data.rfind(b"\n", start, start + self.chunk_bytes)
            end = len(data) if end < start or start + self.chunk_bytes >= len(data) else end + 1
            self._post_graph(data[start:end], fmt, graph)
            start = end

    def select(
        self, query: str, bindings: Bindings | None = None, graph: str | None = None
    ) -> list[dict[str, Any]]:
        raw = self._query(query, bindings, graph, "application/sparql-results+json")
        try:
            document = json.loads(raw)
            names = [str(n) for n in document["head"]["vars"]]
            rows = document["results"]["bindings"]
            return [{n: _json_value(row.get(n)) for n in names} for row in rows]
        except (ValueError, KeyError, TypeError, AttributeError):
            start = raw[:60].decode("utf-8", "replace")
            raise BackendError(
                f"the endpoint {self.url} did not answer with SPARQL results in JSON "
                f"(it began {start!r}); is this the SPARQL query URL?"
            ) from None

    def construct(self, query: str, bindings: Bindings | None = None) -> bytes:
        raw = self._query(query, bindings, None, "application/n-triples")
        try:
            for _ in ox.parse(raw, format=ox.RdfFormat.N_TRIPLES):
                pass
        except (SyntaxError, ValueError):
            start = raw[:60].decode("utf-8", "replace")
            raise BackendError(
                f"the endpoint {self.url} did not answer with N-Triples (it began {start!r})"
            ) from None
        return raw

    def ask(self, query: str) -> bool:
        raw = self._query(query, None, None, "application/sparql-results+json")
        try:
            answer = json.loads(raw)["boolean"]
        except (ValueError, KeyError, TypeError):
            answer = None
        if not isinstance(answer, bool):
            start = raw[:60].decode("utf-8", "replace")
            raise BackendError(
                f"the endpoint {self.url} did not answer the ASK query with a boolean in "
                f"SPARQL results JSON (it began {start!r})"
            )
        return answer

    def apply_construct(
        self, query: str, bindings: Bindings | None = None, graph: str | None = None
    ) -> int | None:
        self.update(construct_as_insert(bind_values(query, bindings or {}), graph))
        return None

    def drop(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")


def _json_value(cell: dict[str, str] | None) -> Any:
    if cell is None:
        return None
    kind = cell.get("type")
    if kind == "uri":
        return cell["value"]
    if kind == "bnode":
        return f"_:{cell['value']}"
    return _literal_value(cell["value"], cell.get("datatype"))


def open_backend(
    *,
    store: str | Path | None = None,
    endpoint: str | None = None,
    rdflib: bool = False,
    update_url: str | None = None,
    store_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Backend:
    """The backend the options ask for: memory unless ``store``, ``endpoint`` or ``rdflib``."""
    chosen = sum(bool(x) for x in (store, endpoint, rdflib))
    if chosen > 1:
        raise BackendError("choose one of a store folder, an endpoint URL or rdflib")
    if store:
        return OxigraphBackend(store)
    if endpoint:
        return EndpointBackend(
            endpoint, update_url=update_url, store_url=store_url, timeout=timeout
        )
    if rdflib:
        return RdflibBackend()
    return OxigraphBackend()
