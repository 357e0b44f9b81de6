"""What the commands that read case data share: the data options, the backend options, and
reading, validating and loading the files with the warnings printed.

Each command module registers its own options with these and calls them; none of them
borrows from another command's module.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from cogov.cli import WARNING_LINES, print_warnings
from cogov.messages import text


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


def add_threshold_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--activity-threshold",
        type=int,
        default=3,
        metavar="N",
        help="distinct activities from which a case has 'many' (default 3)",
    )


def add_data_options(parser: argparse.ArgumentParser) -> None:
    """The threshold, ``--lenient`` and ``--all-warnings``."""
    add_threshold_option(parser)
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
        maplib=getattr(args, "backend", "memory") == "maplib",
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
        skipped = text(cli.LANG, "cases_skipped", left=left, total=kept + left, kept=kept)
        print(skipped, file=sys.stderr)
        for case in prepared.left_out:
            print(f"  {case.as_text(cli.LANG)}", file=sys.stderr)
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
