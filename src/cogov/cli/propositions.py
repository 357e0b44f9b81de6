"""``cogov propositions FILE... [--format table|csv|json] [--only NAME]``.

Validates the case files (files that do not validate stop with exit 1, as for ``cogov
classify``; unreadable files exit 2), classifies them, then tests each proposition of
``queries/propositions/`` as a cross-tabulation (see :mod:`cogov.propositions`).
"""

from __future__ import annotations

import argparse
import sys

from cogov.cli.data import add_data_options
from cogov.errors import EXIT_OK


def handler(args: argparse.Namespace) -> int:
    from cogov.classification import check_threshold
    from cogov.cli.data import read_valid_reporting
    from cogov.cli.output import format_rows
    from cogov.propositions import COLUMNS, TABLE_COLUMNS, assess_graph, get_proposition

    check_threshold(args.activity_threshold)
    for name in args.only or ():
        get_proposition(name)  # an unknown name is a usage error before any work
    prepared = read_valid_reporting(
        args.files, lenient=args.lenient, all_warnings=args.all_warnings
    )
    results = assess_graph(prepared, args.only, threshold=args.activity_threshold)
    if args.format == "table":
        rows = [result.table_row() for result in results]
        sys.stdout.write(format_rows(rows, TABLE_COLUMNS, "table"))
    else:
        rows = [result.as_dict() for result in results]
        sys.stdout.write(format_rows(rows, COLUMNS, args.format))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "propositions",
        help="test the paper's propositions on coded cases (2x2 tables, Fisher's exact test)",
        description="Validate and classify the case files, then test each of the paper's "
        "propositions as a cross-tabulation of a condition by an outcome over the cases in its "
        "scope: the 2x2 counts, the odds ratio, the two-sided p-value of Fisher's exact test, "
        "the cases left out (out of scope, not coded, unclassified) and a verdict that does not "
        "overstate small samples.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="case files")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="test only this proposition (a file name of queries/propositions/ without .rq); "
        "may be repeated",
    )
    add_data_options(parser)
    parser.set_defaults(handler=handler)
