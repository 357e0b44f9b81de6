"""``cogov validate``: check case files against the contract and the SHACL shapes.

Exit codes (``docs/case-data.md``): 0 every file conforms (warnings allowed), 1 a
violation of severity error was found, 2 a file could not be read or parsed or an argument is
wrong. Every message names the file, the row (spreadsheets) or line (YAML), the case id and the
field, and says what is allowed.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from cogov.errors import (
    EXIT_CANNOT_RUN,
    EXIT_OK,
    EXIT_VIOLATIONS,
    BackendError,
    CogovError,
    Problem,
)
from cogov.messages import bilingual, format_problem, text
from cogov.resources import DEFAULT_CASE_BASE


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check case files (YAML, JSON, CSV, XLSX, Turtle, JSON-LD) against the shapes",
        description=(
            "Check case files against the case-data contract and the SHACL shapes. Exit 0 when "
            "every file conforms (warnings allowed), 1 when an error is found, 2 when a file "
            "cannot be read or an argument is wrong."
        ),
    )
    parser.add_argument("files", metavar="FILE", nargs="+", help="case files to check")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", dest="output_format",
        help="text (one line per problem) or json (a list of objects)",
    )  # fmt: skip
    parser.add_argument(
        "--base",
        default=DEFAULT_CASE_BASE,
        help=f"base IRI of the cases (default {DEFAULT_CASE_BASE})",
    )
    parser.add_argument(
        "--engine",
        choices=("auto", "pyshacl", "turbo"),
        default="auto",
        help="SHACL engine: pyshacl (the reference), turbo (pyshacl-turbo, proven equal), "
        "auto (turbo when installed)",
    )
    parser.add_argument(
        "--workers", type=int, default=None, help="processes for large files (default: cores)"
    )
    parser.add_argument(
        "--require-evidence",
        action="store_true",
        help="every coded value (each field with one value except id, name and sources, each "
        "key of mechanisms, activities and instruments, each driver) needs an evidence record "
        "with a quote; one without is an error (docs/evidence.md)",
    )
    parser.add_argument(
        "--shapes",
        action="append",
        default=[],
        metavar="EXTRA.ttl",
        help="a project's own SHACL shapes (Turtle), checked beside CoGov's; their sh:message "
        "shows in the problems; repeatable",
    )
    parser.add_argument(
        "--report-ttl",
        default=None,
        metavar="FILE",
        help="also write the raw SHACL report (one sh:ValidationReport, Turtle) of the whole "
        "validation to FILE, written completely or not at all",
    )
    parser.set_defaults(handler=run)


def _quiet_rdflib() -> None:
    """rdflib logs a traceback for an ill-formed literal; the shapes report it in words."""
    logging.getLogger("rdflib").setLevel(logging.CRITICAL)


def run(args: argparse.Namespace) -> int:
    from cogov.cli.convert import check_base
    from cogov.loaders import load_files
    from cogov.validation import choose_engine, read_extra_shapes, sort_problems, validate

    _quiet_rdflib()
    base = check_base(args.base)
    engine = choose_engine(args.engine)
    if args.workers is not None and args.workers < 1:
        from cogov.errors import UsageError

        raise UsageError(f"--workers must be 1 or more; found {args.workers}")
    extra = read_extra_shapes(getattr(args, "shapes", None) or ())
    unreadable: list[Problem] = []
    merged = load_files(args.files, base=base, unreadable=unreadable)
    try:
        report = validate(merged, lang=args.lang, engine=engine, workers=args.workers, shapes=extra)
    except CogovError:
        raise
    except Exception as err:  # a bug must still not show a traceback
        raise BackendError(
            f"validation stopped unexpectedly ({type(err).__name__}: {err}); "
            "please report this with the file, or try --engine pyshacl"
        ) from err
    problems = unreadable + report.problems
    unsupported = _without_evidence(merged.cases, args)
    if getattr(args, "require_evidence", False):
        problems = unreadable + sort_problems(report.problems + unsupported)
    if getattr(args, "report_ttl", None):
        _write_report(args.report_ttl, problems, args.lang, base)
    _print(problems, args, len(merged.cases), len(args.files), len(unreadable), len(unsupported))
    if unreadable:
        return EXIT_CANNOT_RUN
    if getattr(args, "require_evidence", False) and unsupported:
        return EXIT_VIOLATIONS
    return EXIT_OK if report.conforms else EXIT_VIOLATIONS


def _write_report(path: str, problems: list[Problem], lang: str, base: str) -> None:
    """The raw sh:ValidationReport of the whole validation, as Turtle, atomically."""
    from cogov.atomic import write_text
    from cogov.errors import UsageError
    from cogov.validation import report_graph

    data = report_graph(problems, lang=lang, base=base).serialize(format="turtle")
    try:
        write_text(path, data)
    except OSError as err:
        message, chinese = bilingual("report_unwritable", file=path, why=err.strerror or err)
        raise UsageError(message, message_zh=chinese) from None


def _without_evidence(cases: list, args: argparse.Namespace) -> list[Problem]:
    """One error per coded value that no evidence record with a quote supports."""
    from cogov.loaders.evidence import missing_evidence, missing_evidence_problem

    return [
        missing_evidence_problem(case, target, args.lang)
        for case in cases
        for target in missing_evidence(case)
    ]


def _print(
    problems: list[Problem],
    args: argparse.Namespace,
    cases: int,
    files: int,
    unreadable: int,
    unsupported: int = 0,
) -> None:
    if args.output_format == "json":
        rows = [
            {
                "file": p.file,
                "row": p.row,
                "line": p.line,
                "case": p.case,
                "field": p.field,
                "severity": p.severity,
                "message": p.message_in(args.lang),
            }
            for p in problems
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    out = sys.stdout
    for problem in problems:
        out.write(format_problem(problem, args.lang) + "\n")
    errors = sum(p.severity == "error" for p in problems)
    warnings = sum(p.severity == "warning" for p in problems)
    summary = text(args.lang, "summary", errors=errors, warnings=warnings, cases=cases, files=files)
    if unreadable:
        summary += text(args.lang, "where_sep") + text(args.lang, "unreadable", n=unreadable)
    if unsupported:
        summary += text(args.lang, "where_sep") + text(args.lang, "no_evidence", n=unsupported)
    print(summary, file=sys.stderr)
