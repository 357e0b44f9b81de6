"""``cogov ontology check|reason|diff|export``: check, reason over, compare and export ontologies.

- ``cogov ontology check [--ontology FILE] [--profile cogov|extension] [--skip CHECK]
  [--only CHECK] [--output report.tsv] [--no-reasoner] [--all]`` runs every quality check of
  ``queries/qc`` and the HermiT reasoner, and says in plain words what is wrong. An
  ``--ontology`` file that is not CoGov is checked as an extension: its own namespace, a
  lighter header policy, CoGov imported (docs/ontology-tools.md). ``--output`` writes
  ROBOT's report table. Exit 0: all passed; 1: a check found problems or the ontology is
  inconsistent; 2: the ontology could not be loaded, a check name is unknown, or the
  reasoner could not run (no Java).
- ``cogov ontology reason [--ontology FILE] [-o FILE]`` writes the subclasses and types
  HermiT infers that are not asserted, as sorted Turtle.
- ``cogov ontology diff OLD NEW [--format text|json|md]`` lists the terms added, removed and
  changed and the logical axioms added and removed between two versions.
- ``cogov ontology export --format ttl|owl|jsonld|nt [-o FILE]`` writes the merged ontology
  (all modules in one file) to standard output or, atomically, to FILE.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING

from cogov.errors import EXIT_CANNOT_RUN, EXIT_OK, EXIT_VIOLATIONS, CogovError

if TYPE_CHECKING:
    from cogov.ontology import LoadedOntology
    from cogov.qc import Profile

_EXAMPLES = 5


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "ontology",
        help="check the ontology or an extension, export inferences, compare versions, export",
        description=(
            "Check the CoGov ontology or an extension of it, export what the reasoner "
            "infers, compare two versions, or export the ontology merged into one file."
        ),
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
        "--profile",
        choices=["cogov", "extension"],
        default=None,
        help="cogov: CoGov's own policy; extension: check only the extension's own terms "
        "(its namespace), with a lighter header policy, reasoning with CoGov imported. "
        "Default: cogov for CoGov itself, extension for an --ontology file that is not CoGov",
    )
    check.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="CHECK",
        help="do not run this check (a queries/qc file name without -violation.rq, or "
        "'reasoner'); repeatable",
    )
    check.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="CHECK",
        help="run only this check (same names as --skip); repeatable",
    )
    check.add_argument(
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="also write every problem to FILE as ROBOT's report table (TSV: Level, Rule "
        "Name, Subject, Property, Value), written completely or not at all",
    )
    check.add_argument(
        "--all", action="store_true", help=f"list every problem, not only {_EXAMPLES} per check"
    )
    check.set_defaults(handler=run_check)

    reason = commands.add_parser(
        "reason",
        help="write what HermiT infers (subclasses and types not asserted) as Turtle",
        description=(
            "Run HermiT on the ontology (or on --ontology FILE with its imports, CoGov "
            "included) and write the rdfs:subClassOf and rdf:type triples it infers that are "
            "not asserted already: direct superclasses and direct types between named "
            "entities, sorted (the same ontology always gives the same bytes). Exit 1 when "
            "the ontology is inconsistent, 2 when the reasoner cannot run."
        ),
    )
    reason.add_argument(
        "--ontology",
        type=Path,
        default=None,
        metavar="FILE",
        help="reason over this top file instead of the bundled ontology (imports through the "
        "catalog-v001.xml beside it; CoGov's through the installed one)",
    )
    reason.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="Turtle file to write (written completely or not at all); default: standard output",
    )
    reason.set_defaults(handler=run_reason)

    diff = commands.add_parser(
        "diff",
        help="compare two versions: terms added, removed, changed; axioms added, removed",
        description=(
            "Compare two versions of an ontology (each an ontology file, imports resolved "
            "through its catalog, or a release folder): the terms added, removed and changed "
            "(labels, definitions, types, superclasses, other annotations) and the logical "
            "axioms (subclass, equivalence, disjointness, domain, range, ...) added and "
            "removed. Blank nodes are compared by their content."
        ),
    )
    diff.add_argument("old", type=Path, metavar="OLD", help="the earlier version")
    diff.add_argument("new", type=Path, metavar="NEW", help="the later version")
    diff.add_argument(
        "--format",
        choices=["text", "json", "md"],
        default="text",
        help="text (default), json or md (Markdown tables, for release notes)",
    )
    diff.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="file to write (written completely or not at all); default: standard output",
    )
    diff.add_argument(
        "--exit-code",
        action="store_true",
        help="exit 1 when the versions differ (as git diff --exit-code); default: exit 0",
    )
    diff.set_defaults(handler=run_diff)

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


def _write_report(path: Path, rows: list[tuple[str, str, str, str, str]]) -> None:
    from cogov.atomic import write_text
    from cogov.qc import report_tsv

    try:
        write_text(path, report_tsv(rows))
    except OSError as err:
        raise CogovError(
            f"cannot write the report: {err.strerror or err}", file=str(path)
        ) from None


def load_for_profile(path: Path | None, profile: Profile) -> tuple[LoadedOntology, list[str]]:
    """The import closure to check, and the imports resolved through the bundled catalog.

    A file that is not CoGov itself (an extension) may leave CoGov's IRIs out of its own
    catalog: they resolve through the catalog of the bundled ontology.
    """
    from cogov.ontology import CATALOG_FILE, bundled_catalog, load_closure, read_catalog

    if path is None or not profile.bundled_imports:
        return load_closure(path), []
    loaded = load_closure(path, fallback_catalog=bundled_catalog())
    beside = path.parent / CATALOG_FILE
    own = read_catalog(beside) if beside.is_file() else {}
    fallback = sorted(iri for iri in loaded.files if iri not in own and iri != str(loaded.top))
    return loaded, fallback


def run_check(args: argparse.Namespace) -> int:
    from rdflib.namespace import OWL, RDF

    from cogov import __version__
    from cogov.ontology import merged_graph
    from cogov.qc import (
        REASONER,
        check_names,
        detect_profile,
        report_rows,
        run_checks,
        validate_names,
    )

    names = check_names()
    validate_names(args.skip, names, "--skip")
    validate_names(args.only, names, "--only")
    skip = set(args.skip) | ({REASONER} if args.no_reasoner else set())
    run_reasoner = REASONER not in skip and (not args.only or REASONER in args.only)

    start = time.perf_counter()
    profile = detect_profile(args.ontology, args.profile)
    loaded, through_bundled = load_for_profile(args.ontology, profile)
    graph = loaded.graph
    modules = set(graph.subjects(RDF.type, OWL.Ontology))
    files = len(set(loaded.files.values()))
    if profile.is_extension:
        print(
            f"Extension {profile.ontology} of CoGov {__version__}: "
            f"{_plural(len(modules), 'ontology', 'ontologies')} in "
            f"{_plural(files, 'file', 'files')}, {len(graph)} triples, imports resolved offline "
            "through the catalog."
        )
        _say(
            f"Profile extension: the checks look at the terms of {profile.namespace} (from "
            f"{profile.namespace_source}), with the extension header policy; the reasoner "
            "runs with CoGov imported."
        )
    else:
        print(
            f"CoGov ontology {__version__}: {_plural(len(modules), 'ontology', 'ontologies')} in "
            f"{_plural(files, 'file', 'files')}, {len(graph)} triples, imports resolved offline "
            "through the catalog."
        )

    if through_bundled:
        _say(
            f"CoGov's {_plural(len(through_bundled), 'ontology', 'ontologies')} (not in the "
            "catalog beside the file) resolved through the catalog of the installed CoGov."
        )

    results = run_checks(graph, profile=profile, only=args.only, skip=skip)
    failed = [r for r in results if not r.passed]
    report: list[tuple[str, str, str, str, str]] = []
    total = len(names) - 1
    chosen = f" of {total}, chosen with --only/--skip" if len(results) < total else ""
    print(f"\nQuality checks ({len(results)}{chosen}):")
    for result in results:
        report.extend(report_rows(result, profile))
        if result.passed:
            _say(f"ok      {result.check.title}", "  ")
            continue
        count = len(result.rows)
        _say(f"FAILED  {result.check.title} ({result.check.path.name}: {count} found)", "  ")
        shown = result.rows if args.all else result.rows[:_EXAMPLES]
        for row in shown:
            described = ", ".join(
                f"{var} {profile.shorten(row[var])}" for var in result.variables if var in row
            )
            _say("- " + described, "          ")
        if len(shown) < count:
            print(f"          ... and {count - len(shown)} more (use --all to list them)")

    reasoner_ok: bool | None = None
    if not run_reasoner:
        why = "--no-reasoner" if args.no_reasoner else "--skip/--only"
        print(f"\nReasoner: skipped ({why}).")
    else:
        from cogov.reasoner import ReasonerUnavailable, check_consistency

        try:
            consistency = check_consistency(merged_graph(loaded, canonical=False))
        except ReasonerUnavailable as err:
            print("\nReasoner (HermiT): could not run.")
            _say(err.message, "  ")
        else:
            reasoner_ok = consistency.ok
            if not consistency.consistent:
                report.append(
                    ("ERROR", REASONER, profile.shorten(str(loaded.top)), "", "inconsistent")
                )
                print(
                    "\nReasoner (HermiT): the ontology is INCONSISTENT "
                    f"({consistency.seconds:.1f} s)."
                )
            elif consistency.unsatisfiable:
                print(
                    f"\nReasoner (HermiT): consistent, but {len(consistency.unsatisfiable)} "
                    f"classes can have no member (unsatisfiable; {consistency.seconds:.1f} s):"
                )
                for iri in consistency.unsatisfiable:
                    report.append(
                        (
                            "ERROR",
                            REASONER,
                            profile.shorten(iri),
                            "owl:equivalentClass",
                            "owl:Nothing",
                        )
                    )
                    print(f"          - {profile.shorten(iri)}")
            else:
                print(
                    "\nReasoner (HermiT): the ontology is consistent and every class can have "
                    f"members ({consistency.seconds:.1f} s)."
                )

    if args.output is not None:
        _write_report(args.output, report)
        print(f"\nReport: {_plural(len(report), 'problem', 'problems')} written to {args.output}")

    elapsed = time.perf_counter() - start
    if failed or reasoner_ok is False:
        what = []
        if failed:
            what.append(f"{len(failed)} of {len(results)} quality checks failed")
        if reasoner_ok is False:
            what.append("the reasoner found a problem")
        print(f"\nResult: {' and '.join(what)} ({elapsed:.1f} s).")
        return EXIT_VIOLATIONS
    if reasoner_ok is None and run_reasoner:
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


def run_reason(args: argparse.Namespace) -> int:
    from cogov.atomic import write_bytes
    from cogov.ontology import PREFIXES, merged_graph
    from cogov.qc import detect_profile
    from cogov.reasoner import infer, sorted_turtle

    profile = detect_profile(args.ontology)
    loaded, _ = load_for_profile(args.ontology, profile)
    report = infer(merged_graph(loaded, canonical=False))
    prefixes = dict(PREFIXES)
    if profile.is_extension and profile.prefix:
        prefixes[profile.prefix] = profile.namespace
    data = sorted_turtle(
        report.graph,
        prefixes,
        f"What HermiT infers from <{loaded.top}> and its imports that is not asserted there: "
        "direct superclasses and direct types of named entities (cogov ontology reason).",
    ).encode("utf-8")
    for iri in report.unsatisfiable:
        print(
            f"cogov: warning: {profile.shorten(iri)} can have no member (unsatisfiable); "
            "`cogov ontology check` says more",
            file=sys.stderr,
        )
    what = (
        f"{_plural(report.subclass_count, 'inferred subclass', 'inferred subclasses')} and "
        f"{_plural(report.type_count, 'inferred type', 'inferred types')} "
        f"(HermiT, {report.seconds:.1f} s)"
    )
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        print(f"wrote {what}", file=sys.stderr)
        return EXIT_OK
    try:
        write_bytes(args.output, data)
    except OSError as err:
        raise CogovError(
            f"cannot write the inferences: {err.strerror or err}", file=str(args.output)
        ) from None
    print(f"wrote {what} to {args.output}", file=sys.stderr)
    return EXIT_OK


def run_diff(args: argparse.Namespace) -> int:
    from cogov.atomic import write_text
    from cogov.ontology_diff import diff_files, render

    result = diff_files(args.old, args.new)
    text = render(result, args.format)
    if args.output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        try:
            write_text(args.output, text)
        except OSError as err:
            raise CogovError(
                f"cannot write the comparison: {err.strerror or err}", file=str(args.output)
            ) from None
        print(f"wrote the comparison ({args.format}) to {args.output}", file=sys.stderr)
    return EXIT_VIOLATIONS if args.exit_code and not result.same else EXIT_OK
