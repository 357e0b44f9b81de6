"""Errors and messages that name their source.

Every problem a user sees says where it is (file, row, case, field) and what is allowed.
Exit codes are fixed: 0 conforms, 1 violations found, 2 could not run.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Self

from cogov.messages import both, format_problem, text

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_CANNOT_RUN = 2


@dataclass(frozen=True)
class Problem:
    """One message about one place in a user's data."""

    file: str | None
    message: str
    severity: str = "error"  # "error" | "warning" | "info"
    case: str | None = None
    field: str | None = None
    row: int | None = None
    line: int | None = None
    # The same message in Chinese, for ``--lang zh``; not part of equality or ``as_dict``.
    message_zh: str | None = dataclasses.field(default=None, compare=False, repr=False)
    # The SHACL result the problem was made from (cogov.validation.RawResult), for the raw
    # report (``cogov validate --report-ttl``); None for a rule checked outside the shapes.
    origin: object = dataclasses.field(default=None, compare=False, repr=False)
    # The field whose "missing" messages this problem explains (an unknown column ``year``
    # covers ``start``): validation leaves those out. Not part of equality or ``as_dict``.
    covers: str | None = dataclasses.field(default=None, compare=False, repr=False)

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` (``en`` or ``zh``); English when no Chinese text exists."""
        if lang == "zh" and self.message_zh:
            return self.message_zh
        return self.message

    def where(self, lang: str = "en") -> str:
        """The place: file, then row or line, case and field, in ``lang``."""
        parts = [self.file or "<input>"]
        if self.row is not None:
            parts.append(text(lang, "row", n=self.row))
        elif self.line is not None:
            parts.append(text(lang, "line", n=self.line))
        if self.case:
            parts.append(text(lang, "case", id=self.case))
        if self.field:
            parts.append(text(lang, "field", name=self.field))
        return text(lang, "where_sep").join(parts)

    def as_text(self) -> str:
        return f"{self.where()}: {self.severity}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        hidden = ("message_zh", "origin", "covers")
        return {
            f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name not in hidden
        }


class CogovError(Exception):
    """Base class: a problem that stops a command. ``exit_code`` is what the CLI returns."""

    exit_code = EXIT_CANNOT_RUN

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        case: str | None = None,
        field: str | None = None,
        row: int | None = None,
        line: int | None = None,
        message_zh: str | None = None,
    ) -> None:
        self.problem = Problem(
            file=file,
            message=message,
            case=case,
            field=field,
            row=row,
            line=line,
            message_zh=message_zh,
        )
        super().__init__(self.problem.as_text() if file else message)

    @classmethod
    def keyed(
        cls,
        key: str,
        /,
        *,
        file: str | None = None,
        case: str | None = None,
        field: str | None = None,
        row: int | None = None,
        line: int | None = None,
        bilingual: bool = False,
        **values: object,
    ) -> Self:
        """The error whose message is ``key`` of the catalogue (:mod:`cogov.messages`) in
        English and Chinese, filled in with ``values`` and the place (``{line}`` is ``line``).
        ``bilingual`` puts the Chinese after the English as well, for a message read before
        the language is known."""
        place = {"file": file, "case": case, "field": field, "row": row, "line": line}
        english, chinese = both(key, **(place | values))
        if bilingual:
            english = f"{english} / {chinese}"
        return cls(
            english, file=file, case=case, field=field, row=row, line=line, message_zh=chinese
        )

    @property
    def message(self) -> str:
        return self.problem.message

    def said(self, lang: str = "en") -> str:
        """The error as the command line prints it, in ``lang``: its place, when it has a
        file, then its message."""
        if self.problem.file:
            return format_problem(self.problem, lang)
        return self.problem.message_in(lang)


class InputError(CogovError):
    """A file cannot be read or parsed, or it is not what it claims to be."""


class UsageError(CogovError):
    """A command-line argument or parameter is wrong."""


class ResourceError(CogovError):
    """A bundled ontology, shape or query file is missing or broken."""


class BackendError(CogovError):
    """A store or SPARQL endpoint failed or could not be reached."""


class InvalidDataError(CogovError):
    """Data failed validation and the caller did not ask to go on without the bad cases.

    ``str(e)`` is the message and then every problem, one a line (at most
    :attr:`SHOWN`, then how many more), so that a Python caller sees what is wrong without
    reading ``e.problems``. ``hint`` is added for Python callers (``lenient=True``), ``cli_hint``
    for the command line (``--lenient``), both keys of the catalogue (:mod:`cogov.messages`):
    :meth:`cli_text` is what the CLI prints after it has printed the problems itself.
    """

    exit_code = EXIT_VIOLATIONS
    SHOWN = 50

    def __init__(
        self,
        message: str,
        problems: list[Problem],
        *,
        hint: str = "",
        cli_hint: str = "",
        message_zh: str | None = None,
    ) -> None:
        super().__init__(message, message_zh=message_zh)
        self.problems = problems
        self.hint = text("en", hint) if hint else ""
        self.cli_hint = cli_hint

    def __str__(self) -> str:
        lines = [self.message + self.hint]
        lines += [p.as_text() for p in self.problems[: self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            lines.append(f"... and {len(self.problems) - self.SHOWN} more problem(s)")
        return "\n".join(lines)

    def cli_text(self, lang: str = "en") -> str:
        """The sentence the CLI prints last (the problems are printed before it)."""
        hint = text(lang, self.cli_hint) if self.cli_hint else ""
        return self.problem.message_in(lang) + hint
