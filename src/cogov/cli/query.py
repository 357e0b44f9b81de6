"""``cogov query NAME FILE... [--param KEY=VALUE] [--format csv|json|table]``; ``--list``;
``cogov query --file Q.rq FILE...`` for a user's own SPARQL query.

A user's query is parsed (rdflib's SPARQL parser) before anything runs: ``SERVICE`` (which
would reach other servers) and any update operation (``INSERT``, ``DELETE``, ``LOAD``,
``CLEAR``, ``DROP``, ``CREATE``, ``ADD``, ``MOVE``, ``COPY``) are refused unless
``--allow-service`` / ``--allow-update`` is given.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cogov.cli import WARNING_LINES, print_warnings
from cogov.errors import EXIT_OK, InputError, UsageError

FORMATS = ("csv", "json", "table")


def add_backend_options(parser: argparse.ArgumentParser) -> None:
    """``--store DIR`` / ``--endpoint URL`` (and the endpoint's other URLs) / ``--backend``."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--backend",
        choices=("memory", "maplib"),
        default="memory",
        help="the engine in memory: pyoxigraph (default), or maplib for the questions "
        "(pyoxigraph still runs the rules; pip install 'cogov[columnar]'; docs/performance.md)",
    )
    where.add_argument("--store", metavar="DIR", help="a persistent Oxigraph store in this folder")
    where.add_argument(
        "--endpoint",
        metavar="URL",
        help="a SPARQL 1.1 query endpoint (Oxigraph server, Virtuoso, Fuseki, GraphDB, ...); "
        "credentials come from COGOV_ENDPOINT_USER and COGOV_ENDPOINT_PASSWORD (with "
        "COGOV_ENDPOINT_AUTH=auto|basic|digest), COGOV_ENDPOINT_TOKEN or a .netrc entry for "
        "the host, never from the command line (docs/endpoints.md)",
    )
    parser.add_argument(
        "--update-endpoint",
        metavar="URL",
        help="the SPARQL Update URL (default: the endpoint's /update)",
    )
    parser.add_argument(
        "--graph-store",
        metavar="URL",
        help="the Graph Store Protocol URL (default: the endpoint's /store)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how long an endpoint may stay silent before the command gives up (default 60)",
    )


def add_data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--activity-threshold",
        type=int,
        default=3,
        metavar="N",
        help="distinct activities from which a case has 'many' (default 3)",
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="skip the cases that do not validate instead of stopping",
    )
    parser.add_argument(
        "--all-warnings",
        action="store_true",
        help=f"print every warning (default: one line per kind beyond {WARNING_LINES})",
    )


def open_from_args(args: argparse.Namespace) -> Any:
    from cogov.backends import open_backend

    return open_backend(
        store=args.store,
        endpoint=args.endpoint,
        maplib=args.backend == "maplib",
        update_url=args.update_endpoint,
        store_url=args.graph_store,
        timeout=args.timeout,
    )


def read_valid_reporting(files: Sequence[str], *, lenient: bool, all_warnings: bool = False) -> Any:
    """Read and validate ``files`` (see :func:`cogov.pipeline.read_valid`), printing the
    warnings (summarised by kind when there are many) and, with ``--lenient``, which invalid
    cases were skipped and why."""
    from cogov import cli
    from cogov.pipeline import read_valid

    prepared = read_valid(files, lenient=lenient, lang=cli.LANG)
    print_warnings(prepared.problems, files, all_warnings=all_warnings)
    if prepared.left_out:
        kept, left = prepared.case_count, len(prepared.left_out)
        print(
            f"cogov: 跳过了 {kept + left} 个案例中的 {left} 个无效案例，保留 {kept} 个："
            if cli.LANG == "zh"
            else f"cogov: skipped {left} invalid case(s) of {kept + left}, kept {kept}:",
            file=sys.stderr,
        )
        for case in prepared.left_out:
            print(f"  {case.as_text()}", file=sys.stderr)
    return prepared


def load_into(backend: Any, files: Sequence[str], args: argparse.Namespace) -> int:
    """Validate, then load and classify ``files`` into ``backend``; the number of cases."""
    from cogov.classification import check_threshold
    from cogov.pipeline import load

    check_threshold(args.activity_threshold)
    prepared = None
    if files:
        prepared = read_valid_reporting(
            files, lenient=args.lenient, all_warnings=getattr(args, "all_warnings", False)
        )
    load(backend, prepared, threshold=args.activity_threshold)
    return prepared.case_count if prepared else 0


def format_rows(rows: list[dict[str, Any]], columns: Sequence[str], fmt: str) -> str:
    """Rows as CSV (header line first), JSON (a list of objects) or a text table. CSV and JSON
    keep the column keys (scripts read them); a table's titles follow the run's language."""
    if fmt == "json":
        return (
            json.dumps(
                [{c: row.get(c) for c in columns} for row in rows], ensure_ascii=False, indent=2
            )
            + "\n"
        )
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(row.get(c)) for c in columns])
        return out.getvalue()
    from rich.console import Console
    from rich.table import Table

    from cogov import cli
    from cogov.messages import column_title

    table = Table(*(column_title(c, cli.LANG) for c in columns), show_lines=False)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else _text(row.get(c)) for c in columns))
    buffer = io.StringIO()
    Console(file=buffer, width=200, force_terminal=False).print(table)
    return buffer.getvalue()


def _csv_cell(value: Any) -> str:
    """A CSV cell; text a spreadsheet program would run as a formula gets a leading ``'``."""
    from cogov.loaders.cells import protect_formula

    if value is None:
        return ""
    return protect_formula(value) if isinstance(value, str) else _text(value)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def parse_params(pairs: Sequence[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"a parameter is written KEY=VALUE, not {pair!r}")
        if key.strip() in params:
            raise UsageError(f"the parameter {key.strip()} is given twice")
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
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    from cogov.user_query import mentions_service

    try:
        tree = parseQuery(text)
        kind = tree[1].name.removesuffix("Query").lower()
    except ParseException as query_error:
        try:
            tree = parseUpdate(text)
        except ParseException:
            line = query_error.lineno - added
            where = f"{query_error.msg} at line {line}, column {query_error.col}"
            if mentions_service(text) and not allow_service:
                raise InputError(
                    f"rdflib's SPARQL parser cannot read this query ({where}), so it cannot be "
                    "checked for SERVICE; correct it, or add --allow-service to let the engine "
                    "run it unchecked",
                    file=name,
                    line=line,
                ) from None
            return _engine_kind(text, name, added)
        kind = "update"
    except RecursionError:
        raise InputError("the query is nested too deeply to parse", file=name) from None
    names = {getattr(part, "name", None) for part in _parts(tree)}
    if kind == "update" or names & _UPDATE_OPERATIONS:
        if not allow_update:
            found = sorted(names & _UPDATE_OPERATIONS) or ["update"]
            raise UsageError(
                f"{name} is a SPARQL update ({', '.join(found)}), which changes or loads data; "
                "cogov query only reads unless you add --allow-update"
            )
        kind = "update"
    if "ServiceGraphPattern" in names:
        if not allow_service:
            raise UsageError(
                f"{name} uses SERVICE, which would send a query to another server; "
                "add --allow-service if you mean it"
            )
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
        raise UsageError("--param binds the parameters of named questions, not of --file")
    if args.name:  # with --file, every positional argument is a case file
        args.files = [args.name, *args.files]
    text, added = with_prefixes(decode_text(read_bytes(args.file, limit=1024 * 1024), args.file))
    if not (args.files or args.store or args.endpoint):
        raise UsageError(
            f"{args.file} needs data to run on: give case files, --store DIR or --endpoint URL"
        )
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
        raise UsageError("--allow-service and --allow-update go with --file Q.rq")
    if not args.name:
        raise UsageError("name a question (cogov query --list shows them)")
    question = get_question(args.name)
    params = parse_params(args.param or [])
    question.bindings(params)  # a bad parameter stops here, before any data is read
    if args.store or args.endpoint:
        if args.store and not args.files and not Path(args.store).is_dir():
            raise UsageError(
                f"there is no store folder {args.store}; create one with "
                f"'cogov load FILE... --store {args.store}'"
            )
        with open_from_args(args) as backend:
            if args.files:
                load_into(backend, args.files, args)
            elif backend.current_graph() is None:
                where = args.store or args.endpoint
                raise UsageError(
                    f"{where} holds no dataset loaded by cogov; load one with "
                    "'cogov load FILE... --store DIR' (or --endpoint URL)"
                )
            rows = run_question(question.name, backend, params)
    else:
        backend = open_from_args(args)
        load_into(backend, args.files, args)
        rows = run_question(question.name, backend, params)
    columns = question.columns or (list(rows[0]) if rows else [])
    sys.stdout.write(format_rows(rows, columns, args.format))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
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
