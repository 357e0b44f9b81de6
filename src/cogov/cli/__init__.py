"""The ``cogov`` command line: one small module per command, found automatically.

Each module in this package that defines ``register(subparsers)`` adds one command. The
registered handler receives the parsed arguments and returns an exit code. Errors of the
:class:`cogov.errors.CogovError` family are printed as one plain sentence, never as a
traceback; Ctrl-C exits 130 with a message.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from cogov import __version__
from cogov.errors import EXIT_CANNOT_RUN, CogovError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors, as we do
        self.print_usage(sys.stderr)
        self.exit(EXIT_CANNOT_RUN, f"cogov: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cogov",
        description="Knowledge-graph toolkit for local-government collaborative governance.",
    )
    parser.add_argument("--version", action="version", version=f"cogov {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_CANNOT_RUN
    try:
        return int(handler(args) or 0)
    except CogovError as err:
        print(f"cogov: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("cogov: interrupted; no partial output was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
