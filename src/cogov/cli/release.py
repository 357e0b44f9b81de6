"""``cogov release [-o DIR]``: write the ontology's release files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cogov.errors import EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "release",
        help="write the release files: merged ontology in four formats, modules, shapes, "
        "JSON-LD context, catalog and HTML documentation",
        description="Write the CoGov release folder; version IRIs come from the package version.",
    )
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="output folder (default: dist/ontology); replaced as a whole when the build succeeds",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cogov.release import build_release

    result = build_release(args.out)
    for note in result.notes:
        print(f"cogov: note: {note}", file=sys.stderr)
    print(
        f"wrote release {result.version} to {result.out_dir}: {len(result.files)} files, "
        f"modules {', '.join(m for m in result.modules if m)}"
    )
    return EXIT_OK
