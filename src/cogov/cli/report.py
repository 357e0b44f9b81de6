"""``cogov report [FILE...] [-o DIR]``: write the HTML report, chart, CSV and Turtle.

With no file it reports on the paper's own cases, bundled with the package. The folder appears
complete or not at all. The terminal shows the counts per type and mode and the folder's path;
a progress bar appears on stderr for large inputs.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from cogov.cli.data import add_data_options
from cogov.errors import EXIT_OK, UsageError
from cogov.messages import text

#: inputs larger than this (bytes, all files together) get a progress bar
LARGE_INPUT_BYTES = 150_000
STEPS = ("load and validate", "classify", "questions", "write")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "report",
        help="write an HTML report with Table 1, the modes and the chart",
        description="Validate, classify and chart case files (none: the paper's own cases) "
        "and write a report folder: index.html, table1.png, table1.svg, cases.csv, cases.ttl. "
        "The page and the chart are in English, or in Chinese with --lang zh.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="case files (default: bundled)")
    parser.add_argument(
        "-o", "--output", default="cogov-report", metavar="DIR",
        help="report folder to write (default: ./cogov-report); replaced whole if it exists",
    )  # fmt: skip
    add_data_options(parser)
    # the name this command had first; --activity-threshold is the one all commands share
    parser.add_argument("--threshold", dest="activity_threshold", type=int, help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from cogov import report
    from cogov.classification import check_threshold

    check_threshold(args.activity_threshold)
    for name in args.files:
        if not Path(name).is_file():
            raise UsageError.keyed("no_such_file", name=name)
    paths = args.files or [str(p) for p in report.default_paths()]
    console = Console(stderr=True)
    size = sum(os.path.getsize(p) for p in paths)
    if (size >= LARGE_INPUT_BYTES and console.is_terminal) or os.environ.get("COGOV_PROGRESS"):
        out = _with_progress(report, paths, args, console)
    else:
        out = report.build_report(
            paths, args.output, threshold=args.activity_threshold, lenient=args.lenient,
            lang=args.lang,
        )  # fmt: skip
    _summary(report, out, args.lang)
    return EXIT_OK


def _with_progress(report, paths, args, console) -> Path:  # type: ignore[no-untyped-def]
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]report[/]"), BarColumn(), TextColumn("{task.description}"),
        TimeElapsedColumn(), console=console, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("starting", total=len(STEPS))
        seen: list[str] = []

        def step(name: str) -> None:
            if seen:
                progress.advance(task)
            seen.append(name)
            progress.update(task, description=name)

        out = report.build_report(
            paths, args.output, threshold=args.activity_threshold, lenient=args.lenient,
            step=step, lang=args.lang,
        )  # fmt: skip
        progress.update(task, completed=len(STEPS), description="done")
    return out


def _summary(report, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Counts per type and mode, read back from the CSV just written, and the path."""
    import csv
    from collections import Counter

    with open(out / "cases.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    types = Counter(row["type"] for row in rows)
    modes = Counter(row["mode"] for row in rows)
    print(text(lang, "report_cases", n=len(rows)))
    type_text = ", ".join(
        f"{letter} {report.say(lang, *names)} {types.get(letter, 0)}"
        for letter, names in report.TYPE_NAMES.items()
    )
    print(text(lang, "report_types", types=type_text))
    mode_text = ", ".join(f"{mode} {modes.get(mode, 0)}" for mode in report.MODE_NAMES)
    print(text(lang, "report_modes", modes=mode_text))
    print(text(lang, "report_written", path=(out / "index.html").resolve()))
