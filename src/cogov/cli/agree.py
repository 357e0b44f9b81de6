"""``cogov agree A.yaml B.yaml [C.yaml ...] [--format table|csv|json]``: agreement between
coders who coded the same cases (``docs/agreement.md``).

Exit codes as for ``validate``: 0 the comparison ran (whatever the agreement), 1 a file does
not validate, 2 a file cannot be read, fewer than two files, or no case id in every file.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from cogov.cli import print_problems
from cogov.cli.data import add_threshold_option
from cogov.errors import EXIT_OK

STAT_COLUMNS = ("field", "n", "agreement", "kappa", "alpha")


def handler(args: argparse.Namespace) -> int:
    from cogov.agreement import compare

    result = compare(args.files, threshold=args.activity_threshold)
    print_problems(result.warnings)
    if result.left_out:
        print(
            f"cogov: {len(result.left_out)} case(s) not in every file were left out: "
            + ", ".join(result.left_out),
            file=sys.stderr,
        )
    if args.format == "json":
        sys.stdout.write(json.dumps(result.as_json(), ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        sys.stdout.write(_stats_table(result, "csv"))
    else:
        sys.stdout.write(
            f"{len(result.cases)} case(s) in every file, {len(result.coders)} coders\n"
        )
        sys.stdout.write(_stats_table(result, "table"))
        sys.stdout.write(_disagreements_table(result))
    return EXIT_OK


def _number(value: float | None, fmt: str) -> Any:
    if value is None or fmt == "csv":
        return value
    return f"{value:.3f}"


def _stats_table(result: Any, fmt: str) -> str:
    from cogov.cli.output import format_rows

    rows = [
        {
            "field": name,
            "n": stats.n,
            "agreement": _number(stats.agreement, fmt),
            "kappa": _number(stats.kappa, fmt),
            "alpha": _number(stats.alpha, fmt),
        }
        for name, stats in result.fields.items()
    ]
    return format_rows(rows, STAT_COLUMNS, fmt)


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(value) if value else "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _disagreements_table(result: Any) -> str:
    from cogov.cli.output import format_rows

    if not result.disagreements:
        return "\nNo disagreements.\n"
    columns = ("case", "field", *result.coders)
    rows = [
        {"case": d.case, "field": d.field, **{c: _shown(v) for c, v in d.values.items()}}
        for d in result.disagreements
    ]
    return f"\n{len(rows)} disagreement(s):\n" + format_rows(rows, columns, "table")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "agree",
        help="agreement between coders who coded the same cases",
        description="Validate and classify each coder's file, then report, for every coded "
        "field, the cases coded by at least two coders (n), percent agreement, Cohen's kappa "
        "(two coders) and Krippendorff's alpha (nominal) over the cases in every file, and "
        "list every disagreement. Files that do not validate are refused (exit 1).",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="one case file per coder")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    add_threshold_option(parser)
    parser.set_defaults(handler=handler)
