"""``cogov convert``: a case file in another format (YAML, JSON, CSV, XLSX, Turtle, JSON-LD)."""

from __future__ import annotations

import argparse
import sys
from urllib.parse import urlsplit

from cogov.errors import EXIT_OK, EXIT_VIOLATIONS, UsageError
from cogov.messages import Quoted, format_problem
from cogov.resources import DEFAULT_CASE_BASE

TARGETS = ("ttl", "jsonld", "yaml", "json", "csv", "xlsx")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="convert a case file to Turtle, JSON-LD, YAML, JSON, CSV or XLSX",
        description=(
            "Read a case file (YAML, JSON, CSV, XLSX, Turtle or JSON-LD) and write the same "
            "cases in another format. Nothing is written when the file cannot be read, or "
            "when it holds fields that the output would lose (unless --lenient)."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the case file to read")
    parser.add_argument("--to", required=True, choices=TARGETS, help="the output format")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.add_argument(
        "--base",
        default=DEFAULT_CASE_BASE,
        help=f"base IRI of the cases (default {DEFAULT_CASE_BASE})",
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="write the output even if some fields could not be read (they are left out)",
    )
    parser.set_defaults(handler=run)


def check_base(base: str) -> str:
    parts = urlsplit(base)
    if (
        parts.scheme not in ("http", "https", "urn")
        or not (base.endswith(("/", "#", ":")))
        or any(ch in base for ch in ' <>"{}|\\^`')
    ):
        raise UsageError.keyed("base_bad", default=DEFAULT_CASE_BASE, base=Quoted(base))
    return base


def run(args: argparse.Namespace) -> int:
    from cogov.loaders import load_file, output_format, write_cases

    base = check_base(args.base)
    fmt = output_format(args.to)
    if fmt == "xlsx" and not args.output:
        raise UsageError.keyed("xlsx_needs_output")
    dataset = load_file(args.file, base=base)
    for problem in dataset.problems:
        print(f"cogov: {format_problem(problem, args.lang)}", file=sys.stderr)
    # warnings (a declared actor no case lists, an inline actor kept apart) lose nothing
    blocking = [p for p in dataset.problems if p.severity == "error"]
    if blocking and not args.lenient:
        print(
            f"cogov: nothing written: {len(blocking)} problem(s) would be lost in the "
            "output; fix them, or use --lenient to convert without them",
            file=sys.stderr,
        )
        return EXIT_VIOLATIONS
    if args.output:
        write_cases(dataset.cases, args.output, fmt, base=base)
        print(f"wrote {len(dataset.cases)} case(s) to {args.output}", file=sys.stderr)
        return EXIT_OK
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        out = write_cases(dataset.cases, Path(folder) / f"out.{args.to}", fmt, base=base)
        sys.stdout.buffer.write(out.read_bytes())
    sys.stdout.flush()
    return EXIT_OK
