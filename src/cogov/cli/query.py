"""``cogov query NAME FILE... [--param KEY=VALUE] [--format csv|json|table]``; ``--list``;
``cogov query --file Q.rq FILE...`` for a user's own SPARQL query.

A user's query is parsed (rdflib's SPARQL parser) before anything runs: ``SERVICE`` (which
would reach other servers) and any update operation (``INSERT``, ``DELETE``, ``LOAD``,
``CLEAR``, ``DROP``, ``CREATE``, ``ADD``, ``MOVE``, ``COPY``) are refused unless
``--allow-service`` / ``--allow-update`` is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cogov.cli.data import add_backend_options, add_data_options, load_into, open_from_args
from cogov.cli.output import FORMATS, format_rows
from cogov.errors import EXIT_OK, InputError, UsageError
from cogov.messages import Listed


def parse_params(pairs: Sequence[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError.keyed("param_form", pair=repr(pair))
        if key.strip() in params:
            raise UsageError.keyed("param_twice", key=key.strip())
        params[key.strip()] = value
    return params


def list_text() -> str:
    """The questions, numbered as the issue numbers them (from 1); a question answered by two
    queries shows its number with a letter (``2a``, ``2b``); the others follow, unnumbered."""
    from collections import Counter

    from cogov.queries import list_questions

    questions = list_questions()
    counts = Counter(q.number for q in questions if q.number is not None)
    seen: Counter[int] = Counter()
    lines = []
    for q in questions:
        number = "   "
        if q.number is not None:
            seen[q.number] += 1
            letter = "abcdefgh"[seen[q.number] - 1] if counts[q.number] > 1 else ""
            number = f"{q.number:>2}{letter:<1}"
        lines.append(f"{number}  {q.name}")
        lines.append(f"       {q.en}")
        if q.zh:
            lines.append(f"       {q.zh}")
        for p in q.parameters:
            need = "optional" if p.optional else (f"default {p.default}" if p.default else "")
            lines.append(f"       --param {p.name}=<{p.type}>  {need}  {p.description}".rstrip())
    return "\n".join(lines) + "\n"


_UPDATE_OPERATIONS = {
    "Load",
    "Clear",
    "Drop",
    "Create",
    "Add",
    "Move",
    "Copy",
    "InsertData",
    "DeleteData",
    "DeleteWhere",
    "Modify",
}


def _parts(node: Any) -> Any:
    """Every node of an rdflib SPARQL parse tree (CompValue and ParseResults), depth first."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, CompValue):
            stack.extend(item.values())
        elif isinstance(item, (ParseResults, list, tuple)):
            stack.extend(item)


def check_user_query(
    text: str,
    *,
    name: str,
    allow_service: bool = False,
    allow_update: bool = False,
    added: int = 0,
) -> str:
    """The kind of a user's SPARQL text (``select``, ``construct``, ``describe``, ``ask`` or
    ``update``), after refusing what was not allowed. Decided by parsing, never by the words.

    ``added`` lines of prefixes were put before the user's text (:mod:`cogov.user_query`);
    messages give the user's own line numbers. A query rdflib cannot parse is handed to the
    engine, over an empty store, only when it cannot call another server (no SERVICE in it)
    or the user allowed that; the engine's parse error becomes one readable sentence.
    """
    from pyparsing import ParseException, ParseResults
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    from rdflib.plugins.sparql.parserutils import CompValue

    from cogov.user_query import mentions_service

    tree: ParseResults | CompValue
    try:
        tree = parseQuery(text)
        kind = tree[1].name.removesuffix("Query").lower()
    except ParseException as query_error:
        try:
            tree = parseUpdate(text)
        except ParseException:
            line = query_error.lineno - added
            if mentions_service(text) and not allow_service:
                raise InputError.keyed(
                    "query_unparsed_service",
                    file=name,
                    line=line,
                    column=query_error.col,
                    problem=query_error.msg,
                ) from None
            return _engine_kind(text, name, added)
        kind = "update"
    except RecursionError:
        raise InputError.keyed("query_too_deep", file=name) from None
    names = {getattr(part, "name", None) for part in _parts(tree)}
    if kind == "update" or names & _UPDATE_OPERATIONS:
        if not allow_update:
            found = sorted(_UPDATE_OPERATIONS & names) or ["update"]
            raise UsageError.keyed("query_is_update", name=name, found=Listed(found))
        kind = "update"
    if "ServiceGraphPattern" in names:
        if not allow_service:
            raise UsageError.keyed("query_service", name=name)
    elif kind != "update":
        _engine_kind(text, name, added)  # what rdflib reads, the engine may not (prefixes)
    return kind


def _engine_kind(text: str, name: str, added: int) -> str:
    """The kind of a read query as the engine (pyoxigraph) parses it over an empty store
    (nothing to read, nothing to change); a parse error is one readable sentence."""
    import pyoxigraph as ox

    from cogov.user_query import parse_error

    try:
        result = ox.Store().query(text)
    except SyntaxError as err:
        own = text.split("\n", added)[-1] if added else text
        raise parse_error(own, str(err), name=name, added=added) from None
    except OSError:  # a SERVICE call failed; the query itself was read
        return "select"
    if isinstance(result, ox.QueryTriples):
        return "construct"
    if isinstance(result, ox.QueryBoolean):
        return "ask"
    return "select"


def run_user_query(args: argparse.Namespace) -> int:
    """``--file Q.rq``: the user's own query over the files, store or endpoint."""
    from cogov.loaders.reading import decode_text, read_bytes
    from cogov.user_query import unknown_terms, with_prefixes

    if args.param:
        raise UsageError.keyed("param_with_file")
    if args.name:  # with --file, every positional argument is a case file
        args.files = [args.name, *args.files]
    text, added = with_prefixes(decode_text(read_bytes(args.file, limit=1024 * 1024), args.file))
    if not (args.files or args.store or args.endpoint):
        raise UsageError.keyed("query_needs_data", name=args.file)
    kind = check_user_query(
        text,
        name=args.file,
        allow_service=args.allow_service,
        allow_update=args.allow_update,
        added=added,
    )
    for warning in unknown_terms(text):
        print(f"{args.file}: warning: {warning}", file=sys.stderr)
    if args.store or args.endpoint:
        with open_from_args(args) as backend:
            if args.files:
                load_into(backend, args.files, args)
            return _answer(backend, kind, text, args.format)
    backend = open_from_args(args)
    load_into(backend, args.files, args)
    return _answer(backend, kind, text, args.format)


def _answer(backend: Any, kind: str, text: str, fmt: str) -> int:
    if kind == "update":
        backend.update(text)
        print("cogov: the update was applied", file=sys.stderr)
        current = backend.current_graph()
        if current:
            print(
                f"cogov: note: the dataset cogov loaded is the named graph <{current}>; an "
                "update without GRAPH or WITH changes the default graph, which questions do not "
                "read",
                file=sys.stderr,
            )
        return EXIT_OK
    if kind in ("construct", "describe"):
        sys.stdout.buffer.write(backend.construct(text))
        return EXIT_OK
    if kind == "ask":
        sys.stdout.write(format_rows([{"answer": backend.ask(text)}], ["answer"], fmt))
        return EXIT_OK
    rows = backend.select(text)
    columns = list(rows[0]) if rows else []
    sys.stdout.write(format_rows(rows, columns, fmt))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    from cogov.queries import get_question, run_question

    if args.list:
        sys.stdout.write(list_text())
        return EXIT_OK
    if args.file:
        return run_user_query(args)
    if args.allow_service or args.allow_update:
        raise UsageError.keyed("allow_needs_file")
    if not args.name:
        raise UsageError.keyed("question_needed")
    question = get_question(args.name)
    params = parse_params(args.param or [])
    question.bindings(params)  # a bad parameter stops here, before any data is read
    if args.store or args.endpoint:
        if args.store and not args.files and not Path(args.store).is_dir():
            raise UsageError.keyed("store_missing", store=args.store)
        with open_from_args(args) as backend:
            if args.files:
                load_into(backend, args.files, args)
            elif backend.current_graph() is None:
                where = args.store or args.endpoint
                raise UsageError.keyed("store_empty", where=where)
            rows = run_question(question.name, backend, params, lang=args.lang)
    else:
        backend = open_from_args(args)
        load_into(backend, args.files, args)
        rows = run_question(question.name, backend, params, lang=args.lang)
    columns = question.columns or (list(rows[0]) if rows else [])
    sys.stdout.write(format_rows(rows, columns, args.format))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "query",
        help="answer a named question over validated, classified case data",
        description="Run a named SPARQL question from queries/questions/ over the case files "
        "(validated and classified first), or over a store or endpoint loaded with "
        "'cogov load'. Questions 11 and 12 need no case file. With --file Q.rq, run your own "
        "SPARQL query instead; SERVICE and updates are refused unless --allow-service / "
        "--allow-update.",
    )
    parser.add_argument("name", nargs="?", metavar="NAME", help="the question's name")
    parser.add_argument("files", nargs="*", metavar="FILE", help="case files")
    parser.add_argument("--list", action="store_true", help="list the questions and stop")
    parser.add_argument(
        "--file",
        metavar="Q.rq",
        help="run your own SPARQL query from this file instead of a named question "
        "(every positional argument is then a case file)",
    )
    parser.add_argument(
        "--allow-service",
        action="store_true",
        help="let a --file query use SERVICE (it then contacts other servers)",
    )
    parser.add_argument(
        "--allow-update",
        action="store_true",
        help="let a --file query be a SPARQL update (it then changes or loads data)",
    )
    parser.add_argument(
        "--param",
        action="append",
        metavar="KEY=VALUE",
        help="a parameter of the question (repeatable)",
    )
    parser.add_argument("--format", choices=FORMATS, default="table")
    add_data_options(parser)
    add_backend_options(parser)
    parser.set_defaults(handler=run)
    _allow_options_between_positionals(parser)


def _allow_options_between_positionals(parser: argparse.ArgumentParser) -> None:
    """``cogov query NAME --format csv FILE``: argparse alone stops reading positionals at the
    first option; its intermixed parsing (which calls the plain one inside) does not."""
    plain = parser.parse_known_args
    inside = False

    def parse_known_args(args: Any = None, namespace: Any = None) -> Any:
        nonlocal inside
        if inside:
            return plain(args, namespace)
        inside = True
        try:
            return parser.parse_known_intermixed_args(args, namespace)
        finally:
            inside = False

    parser.parse_known_args = parse_known_args  # type: ignore[method-assign]
