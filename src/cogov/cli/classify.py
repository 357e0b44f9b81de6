"""``cogov classify FILE... --format csv|json|ttl [--activity-threshold N] [--lenient]``."""

from __future__ import annotations

import argparse
import sys

from cogov.cli.data import add_data_options
from cogov.errors import EXIT_OK


def handler(args: argparse.Namespace) -> int:
    from cogov.classification import COLUMNS, check_threshold, classify
    from cogov.cli.data import read_valid_reporting
    from cogov.cli.output import format_rows

    check_threshold(args.activity_threshold)
    prepared = read_valid_reporting(
        args.files, lenient=args.lenient, all_warnings=args.all_warnings
    )
    result = classify(prepared, threshold=args.activity_threshold, lang=args.lang)
    if args.format == "ttl":
        sys.stdout.write(result.graph.serialize(format="turtle"))
    else:
        sys.stdout.write(format_rows(result.rows, COLUMNS, args.format))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="classify cases into Table 1's types and the modes",
        description="Validate the case files, then derive formalization, activity level, "
        "type (A-D) and mode for each case with the rules of queries/rules/. Invalid data is "
        "not classified unless --lenient, which skips the bad cases and names them.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="case files")
    parser.add_argument("--format", choices=("csv", "json", "ttl"), default="csv")
    add_data_options(parser)
    parser.set_defaults(handler=handler)
