"""``cogov docs [-o DIR]``: write the ontology's HTML documentation site."""

from __future__ import annotations

import argparse
from pathlib import Path

from cogov.errors import EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "docs",
        help="write the ontology's HTML documentation (pyLODE reference, shapes, diagrams)",
        description="Write a static HTML site documenting the CoGov ontology and its shapes.",
    )
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="output folder (default: dist/docs); replaced as a whole when the build succeeds",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cogov.docs import build_docs

    result = build_docs(args.out)
    print(
        f"wrote {len(result.pages)} files documenting {result.terms} terms to {result.out_dir} "
        f"(diagrams drawn with {result.diagram_tool})"
    )
    return EXIT_OK
