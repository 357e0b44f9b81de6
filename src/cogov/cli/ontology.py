"""``cogov ontology check|export``: check the ontology's quality and consistency; export it.

- ``cogov ontology check [--no-reasoner] [--all]`` runs every quality check of
  ``queries/qc`` and the HermiT reasoner, and says in plain words what is wrong.
  Exit 0: all passed; 1: a check found problems or the ontology is inconsistent;
  2: the ontology could not be loaded or the reasoner could not run (no Java).
- ``cogov ontology export --format ttl|owl|jsonld|nt [-o FILE]`` writes the merged ontology
  (all modules in one file) to standard output or, atomically, to FILE.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import time
from pathlib import Path

from cogov.errors import EXIT_CANNOT_RUN, EXIT_OK, EXIT_VIOLATIONS, CogovError

_EXAMPLES = 5


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ontology",
        help="check the ontology (quality checks and reasoner) or export it in one file",
        description="Check the CoGov ontology or export it merged into one file.",
    )
    commands = parser.add_subparsers(dest="ontology_command", metavar="ACTION")
    parser.set_defaults(handler=lambda args: _usage(parser))

    check = commands.add_parser(
        "check",
        help="run the quality checks and the HermiT reasoner",
        description=(
            "Run every quality check of queries/qc (labels and definitions in English and "
            "Chinese, undeclared terms, header, dangling subclasses, domains and ranges) and "
            "the HermiT reasoner (consistency, unsatisfiable classes). Exit 0 when all pass, "
            "1 when something is wrong, 2 when the check could not run."
        ),
    )
    check.add_argument(
        "--no-reasoner",
        action="store_true",
        help="skip HermiT (which needs Java); run only the quality checks",
    )
    check.add_argument(
        "--ontology",
        type=Path,
        default=None,
        metavar="FILE",
        help="check this top file instead of the bundled ontology (imports through the "
        "catalog-v001.xml beside it)",
    )
    check.add_argument(
        "--all", action="store_true", help=f"list every problem, not only {_EXAMPLES} per check"
    )
    check.set_defaults(handler=run_check)

    export = commands.add_parser(
        "export",
        help="write the merged ontology (all modules in one file)",
        description="Write the merged CoGov ontology, serialised deterministically.",
    )
    export.add_argument(
        "--format",
        choices=["ttl", "owl", "jsonld", "nt"],
        default="ttl",
        help="ttl (Turtle, default), owl (RDF/XML), jsonld (JSON-LD) or nt (N-Triples)",
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="file to write (written completely or not at all); default: standard output",
    )
    export.set_defaults(handler=run_export)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_CANNOT_RUN


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _say(text: str, indent: str = "") -> None:
    print(
        textwrap.fill(
            text,
            width=100,
            initial_indent=indent,
            subsequent_indent=indent + "        ",
            break_on_hyphens=False,
        )
    )


def run_check(args: argparse.Namespace) -> int:
    from rdflib.namespace import OWL, RDF

    from cogov import __version__
    from cogov.ontology import load_closure, merged_graph
    from cogov.qc import run_checks, shorten

    start = time.perf_counter()
    loaded = load_closure(args.ontology)
    graph = loaded.graph
    modules = set(graph.subjects(RDF.type, OWL.Ontology))
    files = len(set(loaded.files.values()))
    print(
        f"CoGov ontology {__version__}: {_plural(len(modules), 'ontology', 'ontologies')} in "
        f"{_plural(files, 'file', 'files')}, {len(graph)} triples, imports resolved offline "
        "through the catalog."
    )

    results = run_checks(graph)
    failed = [r for r in results if not r.passed]
    print(f"\nQuality checks ({len(results)}):")
    for result in results:
        if result.passed:
            _say(f"ok      {result.check.title}", "  ")
            continue
        count = len(result.rows)
        _say(f"FAILED  {result.check.title} ({result.check.path.name}: {count} found)", "  ")
        shown = result.rows if args.all else result.rows[:_EXAMPLES]
        for row in shown:
            _say("- " + result.describe_row(row), "          ")
        if len(shown) < count:
            print(f"          ... and {count - len(shown)} more (use --all to list them)")

    reasoner_ok: bool | None = None
    if args.no_reasoner:
        print("\nReasoner: skipped (--no-reasoner).")
    else:
        from cogov.reasoner import ReasonerUnavailable, check_consistency

        try:
            report = check_consistency(merged_graph(loaded, canonical=False))
        except ReasonerUnavailable as err:
            print("\nReasoner (HermiT): could not run.")
            _say(err.message, "  ")
        else:
            reasoner_ok = report.ok
            if not report.consistent:
                print(
                    f"\nReasoner (HermiT): the ontology is INCONSISTENT ({report.seconds:.1f} s)."
                )
            elif report.unsatisfiable:
                print(
                    f"\nReasoner (HermiT): consistent, but {len(report.unsatisfiable)} classes "
                    f"can have no member (unsatisfiable; {report.seconds:.1f} s):"
                )
                for iri in report.unsatisfiable:
                    print(f"          - {shorten(iri)}")
            else:
                print(
                    "\nReasoner (HermiT): the ontology is consistent and every class can have "
                    f"members ({report.seconds:.1f} s)."
                )

    elapsed = time.perf_counter() - start
    if failed or reasoner_ok is False:
        what = []
        if failed:
            what.append(f"{len(failed)} of {len(results)} quality checks failed")
        if reasoner_ok is False:
            what.append("the reasoner found a problem")
        print(f"\nResult: {' and '.join(what)} ({elapsed:.1f} s).")
        return EXIT_VIOLATIONS
    if reasoner_ok is None and not args.no_reasoner:
        print(f"\nResult: quality checks passed; the reasoner could not run ({elapsed:.1f} s).")
        return EXIT_CANNOT_RUN
    print(f"\nResult: all checks passed ({elapsed:.1f} s).")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from cogov.atomic import write_bytes
    from cogov.ontology import export

    data = export(args.format)
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    try:
        write_bytes(args.output, data)
    except OSError as err:
        raise CogovError(
            f"cannot write the ontology: {err.strerror or err}", file=str(args.output)
        ) from None
    print(
        f"wrote the merged ontology ({args.format}, {len(data)} bytes) to {args.output}",
        file=sys.stderr,
    )
    return EXIT_OK
