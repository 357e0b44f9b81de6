"""One query interface over several places the data can live.

- ``memory`` (default): an in-memory pyoxigraph store, no set-up;
- ``store``: a persistent pyoxigraph store in a folder, loaded once and queried many times;
- ``endpoint``: any SPARQL 1.1 endpoint over HTTP (Oxigraph server, Virtuoso, Fuseki,
  GraphDB, ...), read through the SPARQL protocol and written through the Graph Store Protocol
  and SPARQL Update, with the standard library only; credentials (HTTP Basic, Digest or a
  bearer token) come from the environment or a ``.netrc`` file, never from the command line
  (:func:`endpoint_credentials`, docs/endpoints.md);
- ``rdflib``: rdflib's own engine in memory, for small data and as the reference;
- ``maplib`` (opt-in, ``pip install 'cogov[columnar]'``): pyoxigraph in memory for the data
  and the rules, maplib's columnar engine for the questions (:mod:`cogov.columnar`).

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

import contextlib
import html
import http.client
import json
import netrc
import os
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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
#: where the pointer lives on a server without a default graph of its own (Virtuoso, whose
#: default graph is the union of all graphs and cannot be written without naming a graph)
POINTER_GRAPH = "https://w3id.org/cogov/graph/pointer"
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


def bind_values(query: str, bindings: Bindings, *, style: str = "values") -> str:
    """Bind variables with a ``VALUES`` block at the start of the outer ``WHERE`` group.

    ``style="bind"`` writes one ``BIND (term AS ?name)`` per variable there instead, which
    means the same for one row of values (Virtuoso 7.2 drops solutions of a ``CONSTRUCT``
    and fails on some queries when the values come in a ``VALUES`` block).

    >>> bind_values("SELECT ?x WHERE { ?x ?p ?y }", {"y": ox.Literal('a"}')})
    'SELECT ?x WHERE { VALUES (?y) { ("a\\\\"}") } ?x ?p ?y }'
    >>> bind_values("SELECT ?x WHERE { ?x ?p ?y }", {"y": ox.Literal("a")}, style="bind")
    'SELECT ?x WHERE { BIND ("a" AS ?y) ?x ?p ?y }'
    """
    if not bindings:
        return query
    names = sorted(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"not a SPARQL variable name: {name!r}")
        if not isinstance(bindings[name], (ox.NamedNode, ox.Literal)):
            raise TypeError(f"parameter {name} must be an IRI or a literal term")
    if style == "bind":
        block = "".join(f" BIND ({bindings[n]} AS ?{n})" for n in names)
    else:
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
        try:
            self.update(self._pointer_update(graph, previous))
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
            with contextlib.suppress(BackendError):
                self.drop(previous)

    def _pointer_update(self, graph: str, previous: str | None) -> str:
        """The one SPARQL Update operation that points readers at ``graph`` (in the default
        graph, whatever it pointed at before)."""
        pointer, points_to = ox.NamedNode(POINTER), ox.NamedNode(POINTS_TO)
        return (
            f"DELETE {{ {pointer} {points_to} ?old }} "
            f"INSERT {{ {pointer} {points_to} {ox.NamedNode(graph)} }} "
            f"WHERE {{ OPTIONAL {{ {pointer} {points_to} ?old }} }}"
        )

    def load_graph(self, graph: Any, target: str | None = None) -> None:
        """Add an rdflib graph."""
        self.load_rdf(graph.serialize(format="nt", encoding="utf-8"), "nt", target)

    def close(self) -> None:  # noqa: B027 - most backends hold nothing to release
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
            return [
                dict(zip(names, map(python_value, solution), strict=False)) for solution in result
            ]
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

    def dump(self) -> bytes:
        """The default graph as N-Triples."""
        data = self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""
        return data

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
        if self.path is not None and hasattr(self, "store"):
            self.store.flush()
            del self.store  # dropping the last reference closes the store


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


#: the environment variables that give an endpoint's credentials (docs/endpoints.md)
ENV_USER = "COGOV_ENDPOINT_USER"
ENV_PASSWORD = "COGOV_ENDPOINT_PASSWORD"
ENV_AUTH = "COGOV_ENDPOINT_AUTH"
ENV_TOKEN = "COGOV_ENDPOINT_TOKEN"
#: ``auto``: answer the server's Basic or Digest challenge; ``basic``: send Basic at once
#: (no 401 round trip, no upload sent twice); ``digest``: Digest only, never the password itself
AUTH_SCHEMES = ("auto", "basic", "digest")


@dataclass(frozen=True)
class Credentials:
    """Who cogov says it is to an endpoint; the secret never shows in ``repr`` or messages."""

    scheme: str  # one of AUTH_SCHEMES, or "bearer"
    user: str = ""
    secret: str = field(default="", repr=False)
    source: str = ""  # where they came from: the environment or a .netrc file

    def describe(self) -> str:
        """Whose credentials, for messages: never the password or the token."""
        if self.scheme == "bearer":
            return f"the token from {self.source}"
        return f"the credentials of user {self.user!r} from {self.source}"

    def hidden(self) -> list[str]:
        """The strings no message may contain (the secret, and Basic's encoding of it)."""
        import base64

        if not self.secret:
            return []
        basic = base64.b64encode(f"{self.user}:{self.secret}".encode()).decode("ascii")
        return [self.secret, basic]


def endpoint_credentials(
    urls: Iterable[str], environ: Mapping[str, str] | None = None
) -> dict[str, Credentials]:
    """The credentials for each host of ``urls`` (host name → credentials).

    From the environment first: ``COGOV_ENDPOINT_TOKEN`` (a bearer token), or
    ``COGOV_ENDPOINT_USER`` with ``COGOV_ENDPOINT_PASSWORD`` (and ``COGOV_ENDPOINT_AUTH``:
    ``auto``, ``basic`` or ``digest``); else the ``.netrc`` entry of each host (the file
    ``NETRC`` names, else ``~/.netrc``). Never from the command line, where ``ps`` shows them.
    """
    env = os.environ if environ is None else environ
    hosts = sorted({h for h in (urllib.parse.urlsplit(u).hostname for u in urls) if h})
    scheme = (env.get(ENV_AUTH) or "auto").strip().lower()
    if scheme not in AUTH_SCHEMES:
        raise BackendError(f"{ENV_AUTH} must be auto, basic or digest (unset: auto)")
    token, user, password = (env.get(n, "") for n in (ENV_TOKEN, ENV_USER, ENV_PASSWORD))
    if token:
        if user or password or env.get(ENV_AUTH):
            raise BackendError(
                f"set either {ENV_TOKEN} (a bearer token) or {ENV_USER} and {ENV_PASSWORD} "
                f"(with {ENV_AUTH}), not both"
            )
        return {h: Credentials("bearer", secret=token, source=ENV_TOKEN) for h in hosts}
    if user or password:
        if not (user and password):
            raise BackendError(
                f"{ENV_USER} and {ENV_PASSWORD} go together: set both, or neither to use "
                "a .netrc entry"
            )
        given = Credentials(scheme, user, password, f"{ENV_USER} and {ENV_PASSWORD}")
        return dict.fromkeys(hosts, given)
    return _netrc_credentials(hosts, env, scheme)


def _netrc_credentials(
    hosts: list[str], env: Mapping[str, str], scheme: str
) -> dict[str, Credentials]:
    named = env.get("NETRC")
    path = Path(named).expanduser() if named else Path.home() / ".netrc"
    if not path.is_file():
        if named:
            raise BackendError(f"NETRC names {path}, which is not a file")
        return {}
    try:
        entries = netrc.netrc(str(path))
    except netrc.NetrcParseError as err:
        # its text may quote a token of the file, which may be a password: only the line
        raise BackendError(
            f"the .netrc file {path} could not be read (line {err.lineno}); fix it, or set "
            "NETRC to another file"
        ) from None
    except OSError as err:
        raise BackendError(f"cannot read the .netrc file {path}: {err.strerror}") from None
    found = {}
    for host in hosts:
        entry = entries.authenticators(host)
        if entry and entry[0] and entry[2]:
            found[host] = Credentials(scheme, entry[0], entry[2], f"{path} (machine {host})")
    return found


class _BearerHandler(urllib.request.BaseHandler):
    """Adds ``Authorization: Bearer`` to requests for the endpoint's own hosts only, and not
    to a redirected request (an unredirected header): a token never goes to another server."""

    handler_order = 400

    def __init__(self, tokens: dict[str, str]) -> None:
        self._tokens = tokens  # URL authority (host:port) → token

    def http_request(self, request: urllib.request.Request) -> urllib.request.Request:
        token = self._tokens.get(request.host.lower())
        if token:
            request.add_unredirected_header("Authorization", f"Bearer {token}")
        return request

    https_request = http_request


def _challenges(headers: Any, scheme: str) -> list[str]:
    """The ``WWW-Authenticate`` challenges of ``scheme`` in an answer's headers."""
    found = (headers.get_all("WWW-Authenticate") if headers is not None else None) or []
    return [c for c in found if c.strip().lower().startswith(scheme)]


class _BasicHandler(urllib.request.HTTPBasicAuthHandler):
    """Answers Basic challenges only: another scheme's challenge is left to the other
    handlers (the standard handler raises ValueError on it).

    Once a Basic challenge was answered, later requests to that URL send Basic at once. The
    standard handler also does so after *any* success, a Digest one included: the password
    would then go out in Basic's reversible encoding to a server that asked for Digest.
    """

    passwd: urllib.request.HTTPPasswordMgrWithPriorAuth  # the one :func:`_opener` gives it

    def http_error_401(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        if not _challenges(headers, "basic"):
            return None
        response = super().http_error_401(req, fp, code, msg, headers)
        if response is not None and 200 <= response.status < 300:
            self.passwd.update_authenticated(req.full_url, True)
        return response

    def http_response(self, req, response):  # type: ignore[no-untyped-def]
        return response

    https_response = http_response


class _DigestOnceHandler(urllib.request.HTTPDigestAuthHandler):
    """Answers a Digest challenge once per request: credentials the server refused are not
    sent again (the standard handler tries six times, which can lock an account), and a
    challenge in another scheme is left to the other handlers instead of raising."""

    def http_error_401(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        challenges = _challenges(headers, "digest")
        if not challenges:
            return None
        sent = req.get_header("Authorization") or ""
        if sent.startswith("Digest ") and "stale=true" not in challenges[0].lower():
            return None  # refused: the 401 goes to the caller
        return self.retry_http_digest_auth(req, challenges[0])


def _opener(
    urls: Iterable[str], credentials: Mapping[str, Credentials]
) -> urllib.request.OpenerDirector:
    """An opener that gives each URL its host's credentials, and nothing to other URLs."""
    basic = urllib.request.HTTPPasswordMgrWithPriorAuth()
    digest = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    tokens: dict[str, str] = {}
    uses_basic = uses_digest = False
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        given = credentials.get(parts.hostname or "")
        if given is None:
            continue
        if given.scheme == "bearer":
            tokens[parts.netloc.lower()] = given.secret
            continue
        if given.scheme in ("auto", "basic"):
            basic.add_password(
                None, url, given.user, given.secret, is_authenticated=given.scheme == "basic"
            )
            uses_basic = True
        if given.scheme in ("auto", "digest"):
            digest.add_password(None, url, given.user, given.secret)
            uses_digest = True
    handlers: list[urllib.request.BaseHandler] = []
    if uses_basic:
        handlers.append(_BasicHandler(basic))
    if tokens:
        handlers.append(_BearerHandler(tokens))
    if uses_digest:
        handlers.append(_DigestOnceHandler(digest))
    return urllib.request.build_opener(*handlers)


_TAG = re.compile(r"<[^>]*>")
_LOOKS_HTML = re.compile(r"\s*<(!doctype|html|head|body|title|h[1-6]|p|div|pre)\b", re.IGNORECASE)


def meaningful_line(body: bytes, content_type: str, code: int = 0, reason: str = "") -> str:
    """What an error page says, in one line: an HTML page's first line of text outside its
    headings, else its first heading, else its title, that says more than the status itself;
    other text up to its first blank line, at most 500 characters. >>>
    meaningful_line(b"<html><head><title>SPARQL request failed</title></head><body>" ...
    b"<h1>HTTP/1.1 403 Forbidden</h1><h3>Error 42000</h3>" ... b"<xmp>SR575:SECURITY: No
    permission to execute ...</xmp></body></html>", ... "text/html", 403, "Forbidden")
    'SR575:SECURITY: No permission to execute ...'
    """
    text = body.decode("utf-8", "replace")
    if "html" not in content_type.lower() and not _LOOKS_HTML.match(text):
        # up to the first blank line: Virtuoso follows its message with the whole query
        return re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0][:500].strip()
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
    titles = re.findall(r"(?is)<title\b[^>]*>(.*?)</title\s*>", text)
    body_text = re.sub(r"(?is)<head\b.*?</head\s*>", " ", text)
    headings = re.findall(r"(?is)<h[1-6]\b[^>]*>(.*?)</h[1-6]\s*>", body_text)
    plain = re.sub(r"(?is)<h[1-6]\b[^>]*>.*?</h[1-6]\s*>", "\n", body_text)
    # the page's own words first (Virtuoso: "SR575:SECURITY: No permission to execute ..."),
    # then its headings, then its title (often generic: "... request failed")
    candidates = [*_TAG.sub("\n", plain).splitlines(), *headings, *titles]
    status_words = {w.lower() for w in re.findall(r"\w+", f"{code} {reason} error http status")}
    for candidate in candidates:
        line = " ".join(html.unescape(_TAG.sub(" ", candidate)).split())
        if {w.lower() for w in re.findall(r"\w+", line)} - status_words:
            return line[:300]
    return ""


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
        credentials: Mapping[str, Credentials] | None = None,
    ) -> None:
        for given in (url, update_url, store_url):
            if given and "@" in urllib.parse.urlsplit(given).netloc:
                # not echoed: the URL holds a password, which would then show in a message
                raise BackendError(
                    "an endpoint URL must not hold a user name or password (the process list "
                    f"shows command lines): set {ENV_USER} and {ENV_PASSWORD}, or add a .netrc "
                    "entry for the host (docs/endpoints.md)"
                )
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
        urls = (self.url, self.update_url, self.store_url)
        #: host name → credentials (see :func:`endpoint_credentials`)
        self.credentials = endpoint_credentials(urls) if credentials is None else dict(credentials)
        self._opener = _opener(urls, self.credentials)

    def _request(
        self, url: str, data: bytes | None, headers: dict[str, str], method: str = "POST"
    ) -> bytes:
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                self._last_server = response.headers.get("Server", "")
                return response.read()
        except urllib.error.HTTPError as err:
            message = self._http_error(url, err)
        except TimeoutError:
            message = self._too_slow(url)
        except urllib.error.URLError as err:
            if isinstance(err.reason, TimeoutError):
                message = self._too_slow(url)
            else:
                message = f"cannot reach the endpoint {url}: {err.reason}"
        except (OSError, http.client.HTTPException, ValueError) as err:
            # a dropped connection, a reply cut short or not HTTP at all
            message = f"the endpoint {url} failed while answering ({type(err).__name__}: {err})"
        raise BackendError(self._scrub(message)) from None

    def _server(self) -> str:
        """The Server header of the endpoint's answers (asked with ``ASK {}`` if none yet)."""
        if not self._last_server:
            self._request(
                self.url,
                urllib.parse.urlencode({"query": "ASK {}"}).encode("ascii"),
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Accept": "application/sparql-results+json",
                },
            )
        return self._last_server

    def _pointer_update(self, graph: str, previous: str | None) -> str:
        if not self._server().startswith("Virtuoso/"):
            return super()._pointer_update(graph, previous)
        # Virtuoso (7.2) differs from SPARQL 1.1 in three ways here: DELETE/INSERT needs a
        # graph ("SP031: No plain default graph specified"); it inserts nothing for a solution
        # that leaves a DELETE template's variable unbound (the OPTIONAL above, when there is
        # no pointer yet); and the operations of one request are not one transaction. So one
        # operation, in a graph of the pointer's own, which current_graph() finds in
        # Virtuoso's default graph for reading (the union of all graphs).
        pointer, points_to, target = (
            ox.NamedNode(POINTER),
            ox.NamedNode(POINTS_TO),
            ox.NamedNode(graph),
        )
        home = ox.NamedNode(POINTER_GRAPH)
        if previous is None:
            return f"INSERT DATA {{ GRAPH {home} {{ {pointer} {points_to} {target} }} }}"
        return (
            f"WITH {home} DELETE {{ {pointer} {points_to} ?old }} "
            f"INSERT {{ {pointer} {points_to} {target} }} "
            f"WHERE {{ {pointer} {points_to} ?old }}"
        )

    def _scrub(self, message: str) -> str:
        """``message`` without any secret (a server may echo what it was sent)."""
        for given in self.credentials.values():
            for secret in given.hidden():
                message = message.replace(secret, "[hidden]")
        return message

    def _http_error(self, url: str, err: urllib.error.HTTPError) -> str:
        try:
            body = err.read(64 * 1024) or b""
        except (OSError, http.client.HTTPException, ValueError, AttributeError):
            body = b""
        if err.headers is not None:
            self._last_server = err.headers.get("Server", "") or self._last_server
        content_type = err.headers.get("Content-Type", "") if err.headers else ""
        detail = meaningful_line(body, content_type, err.code, str(err.reason))
        status = f"HTTP {err.code} {err.reason}".strip()
        parts = urllib.parse.urlsplit(url)
        host, where = parts.hostname or "", url.split("?", 1)[0]
        given = self.credentials.get(host)
        how = (
            f"set {ENV_USER} and {ENV_PASSWORD} (or {ENV_TOKEN}), or add a .netrc entry for "
            f"{host} (docs/endpoints.md)"
        )
        if err.code == 401:
            if given is None:
                return (
                    f"the endpoint {where} requires credentials ({status}) and none were "
                    f"given: {how}"
                )
            return f"the endpoint {where} refused {given.describe()} ({status})"
        if err.code == 403:
            said = f"{status}: {detail}" if detail else status
            if given is None:
                return (
                    f"the endpoint {where} refused the request ({said}); it may need "
                    f"credentials: {how}"
                )
            return (
                f"the endpoint {where} refused the request made with {given.describe()} "
                f"({said}); the account may lack the permission to do it"
            )
        return f"the endpoint {url} answered {status}" + (f": {detail}" if detail else "")

    def _too_slow(self, url: str) -> str:
        return (
            f"the endpoint {url} did not answer within {self.timeout:g} s "
            "(raise the limit with --timeout SECONDS)"
        )

    def _query(
        self, query: str, bindings: Bindings | None, graph: str | None, accept: str
    ) -> bytes:
        if graph is None:
            graph = self.current_graph()
        form = {"query": self._bind(query, bindings)}
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
        self.update(construct_as_insert(self._bind(query, bindings), graph))
        return None

    def _bind(self, query: str, bindings: Bindings | None) -> str:
        if not bindings:
            return query
        style = "bind" if self._server().startswith("Virtuoso/") else "values"
        return bind_values(query, bindings, style=style)

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
    maplib: bool = False,
    update_url: str | None = None,
    store_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Backend:
    """The backend the options ask for: memory unless ``store``, ``endpoint``, ``rdflib`` or
    ``maplib``."""
    chosen = sum(bool(x) for x in (store, endpoint, rdflib, maplib))
    if chosen > 1:
        if maplib:
            raise BackendError.keyed("maplib_not_here", bilingual=True)
        raise BackendError("choose one of a store folder, an endpoint URL or rdflib")
    if store:
        return OxigraphBackend(store)
    if endpoint:
        return EndpointBackend(
            endpoint, update_url=update_url, store_url=store_url, timeout=timeout
        )
    if rdflib:
        return RdflibBackend()
    if maplib:
        from cogov.columnar import MaplibBackend

        return MaplibBackend()
    return OxigraphBackend()
