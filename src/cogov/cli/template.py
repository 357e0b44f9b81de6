"""``cogov template``: an empty case file to start from (CSV, XLSX or YAML)."""

from __future__ import annotations

import argparse
import sys

from cogov.errors import EXIT_OK, UsageError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "template",
        help="write an empty case file (CSV, XLSX or YAML) to start from",
        description=(
            "Write an empty case file: CSV or XLSX with the header row (the XLSX adds a sheet "
            "of the allowed keys and drop-down lists), or YAML with every field explained."
        ),
    )
    parser.add_argument("--format", choices=("csv", "xlsx", "yaml"), default="xlsx")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cogov.loaders.template import template_bytes, write_template

    if args.output:
        write_template(args.format, args.output)
        print(f"wrote {args.output}", file=sys.stderr)
        return EXIT_OK
    if args.format == "xlsx" and sys.stdout.isatty():
        raise UsageError.keyed("xlsx_template_needs_output")
    sys.stdout.buffer.write(template_bytes(args.format))
    sys.stdout.flush()
    return EXIT_OK
