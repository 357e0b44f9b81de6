"""The ``cogov`` command line: one small module per command, found automatically.

Each module in this package that defines ``register(subparsers)`` adds one command. The
registered handler receives the parsed arguments and returns an exit code. Errors of the
:class:`cogov.errors.CogovError` family are printed as one plain sentence, never as a
traceback (data that does not validate: its messages, then exit 1); Ctrl-C exits 130 with a
message; anything unexpected is one sentence too (``COGOV_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence
from typing import NoReturn

from cogov import __version__
from cogov.errors import EXIT_CANNOT_RUN, CogovError, InvalidDataError, Problem, UsageError
from cogov.messages import LANGS, Listed, format_problem, text

#: the environment variable that sets the language of a whole session (``--lang`` wins)
LANG_VARIABLE = "COGOV_LANG"
#: the language of this run's messages, set by :func:`main` from ``--lang`` or ``COGOV_LANG``
LANG = "en"


def resolve_lang(option: str | None) -> str:
    """The language of the run: ``--lang``, else ``COGOV_LANG``, else English.

    >>> resolve_lang("zh"), resolve_lang(None) in LANGS
    ('zh', True)
    """
    chosen = option or os.environ.get(LANG_VARIABLE, "").strip() or "en"
    if chosen not in LANGS:
        where = "--lang" if option else LANG_VARIABLE
        raise UsageError.keyed(
            "lang_unknown", option=where, langs=Listed(LANGS), chosen=repr(chosen), bilingual=True
        )
    return chosen


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 on usage errors, as we do
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
    for command in subparsers.choices.values():  # one language option, on every command
        if not any("--lang" in action.option_strings for action in command._actions):
            command.add_argument(
                "--lang", default=None,
                help=f"language of the messages and tables: en or zh (default: ${LANG_VARIABLE}, "
                "else en)",
            )  # fmt: skip
    return parser


def print_problems(problems: Sequence[Problem]) -> None:
    """Messages about a user's data, one a line, on standard error."""
    for problem in problems:
        print(format_problem(problem, LANG), file=sys.stderr)


#: up to this many warnings are printed one a line; more are summarised by kind
WARNING_LINES = 10


def warning_kind(problem: Problem) -> tuple[str, str]:
    """What makes two warnings the same kind: the field and the message without what was found.

    >>> warning_kind(Problem(file="f", message="unknown key; found: 'x'", field="domain"))
    ('domain', 'unknown key')
    """
    return problem.field or "", problem.message.split("; found", 1)[0]


def print_warnings(
    problems: Sequence[Problem], files: Sequence[str], *, all_warnings: bool = False
) -> None:
    """The warnings about the data on standard error: each one when there are few (or with
    ``all_warnings``), else one line per kind with its count and first place, and the command
    that lists them all."""
    warnings = [p for p in problems if p.severity != "error"]
    if all_warnings or len(warnings) <= WARNING_LINES:
        print_problems(warnings)
        return
    kinds: dict[tuple[str, str], list[Problem]] = {}
    for problem in warnings:
        kinds.setdefault(warning_kind(problem), []).append(problem)
    print(text(LANG, "warning_kinds", n=len(warnings), kinds=len(kinds)), file=sys.stderr)
    for members in sorted(kinds.values(), key=lambda m: (-len(m), warning_kind(m[0]))):
        print(f"  {len(members)} x {format_problem(members[0], LANG)}", file=sys.stderr)
    command = f"cogov validate {' '.join(files)}"
    print(text(LANG, "warnings_all", command=command), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    global LANG
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_CANNOT_RUN
    try:
        LANG = args.lang = resolve_lang(getattr(args, "lang", None))
        return int(handler(args) or 0)
    except InvalidDataError as err:  # data that did not validate: the messages, then exit 1
        print_problems(err.problems)
        print(f"cogov: {err.cli_text(LANG)}", file=sys.stderr)
        return err.exit_code
    except CogovError as err:
        print(f"cogov: {err.said(LANG)}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("cogov: interrupted; no partial output was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:
        if os.environ.get("COGOV_DEBUG"):
            raise
        print(
            f"cogov: unexpected error ({type(err).__name__}: {err}); nothing was written. "
            "This is a bug in CoGov: please report it with the command you ran "
            "(set COGOV_DEBUG=1 to see the details)",
            file=sys.stderr,
        )
        return EXIT_CANNOT_RUN
