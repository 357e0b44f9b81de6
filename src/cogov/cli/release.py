"""``cogov release [-o DIR]``: write the ontology's release files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cogov.errors import EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    parser.add_argument(
        "--previous",
        type=Path,
        default=None,
        metavar="DIR",
        help="the previous version (its release folder or ontology file) that the release notes "
        "compare with; default: the release already in the output folder, if of another version",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cogov.release import build_release

    result = build_release(args.out, previous=args.previous)
    for note in result.notes:
        print(f"cogov: note: {note}", file=sys.stderr)
    print(
        f"wrote release {result.version} to {result.out_dir}: {len(result.files)} files, "
        f"modules {', '.join(m for m in result.modules if m)}"
    )
    compared = f"compared with {result.previous}" if result.previous else "no previous version"
    print(f"release notes: RELEASE-NOTES.md ({compared})")
    return EXIT_OK
