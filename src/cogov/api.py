"""CoGov from Python: read case files, validate them, classify the cases, ask the questions.

The functions are the commands' own path (:mod:`cogov.pipeline`), for notebooks and scripts:

>>> import cogov
>>> from cogov.resources import data_dir
>>> data = cogov.load(data_dir("data") / "paper-cases.yaml")
>>> cogov.validate(data).conforms
True
>>> types = cogov.classify(data)
>>> types.columns[:4]
('id', 'formalization', 'activity_level', 'type')
>>> [(row["id"], row["type_name"]) for row in types.rows if row["type"]]
[('yrd-air-2014', 'symbolic')]
>>> {row["type"]: row["case_count"] for row in cogov.ask("cases-per-type", data).rows}
{'A': 0, 'B': 0, 'C': 1, 'D': 0, '': 11}

A dataset is read once, validated once and loaded into an in-memory store once per activity
threshold, however many questions are asked of it. Bad data raises
:class:`cogov.errors.InvalidDataError` with every problem in its message; ``lenient=True``
leaves the invalid cases out instead, and names them in :attr:`Dataset.skipped`. The
unclassified cases (here the paper's cases that it does not describe fully) count apart,
under the empty type.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cogov.classification import COLUMNS, DEFAULT_THRESHOLD, check_threshold
from cogov.errors import Problem, UsageError

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class Result:
    """Rows of an answer: ``rows`` is a list of dicts keyed by ``columns`` (the command line's
    columns, in its order)."""

    rows: list[dict[str, Any]]
    columns: tuple[str, ...]
    warnings: tuple[Problem, ...] = ()

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame (pandas must be installed)."""
        from cogov.queries import to_dataframe

        return to_dataframe(self.rows, self.columns)

    def __len__(self) -> int:
        return len(self.rows)


class Dataset:
    """Case files read into memory; validated and loaded on first use."""

    def __init__(self, read: Any, *, lenient: bool, lang: str) -> None:
        self._read = read
        self.lenient = lenient
        self.lang = lang
        self._report: Any = None
        self._prepared: Any = None
        self._stores: dict[int, Any] = {}

    @property
    def cases(self) -> list[Any]:
        """Every case read, valid or not (:class:`cogov.model.Case`)."""
        return list(self._read.cases)

    @property
    def files(self) -> list[str]:
        return list(self._read.files)

    @property
    def skipped(self) -> list[str]:
        """The ids of the cases left out because they do not validate (``lenient=True``)."""
        return list(self.prepared().skipped)

    def report(self) -> Any:
        """The validation report (computed once)."""
        if self._report is None:
            from cogov.validation import validate

            self._report = validate(self._read, lang=self.lang)
        return self._report

    def prepared(self) -> Any:
        """The cases that may be used (:class:`cogov.pipeline.Prepared`); raises
        :class:`cogov.errors.InvalidDataError` on errors unless the dataset is lenient."""
        if self._prepared is None:
            from cogov.pipeline import keep_valid

            self._prepared = keep_valid(
                self._read, lenient=self.lenient, report=self.report()
            )
        return self._prepared

    def store(self, threshold: int = DEFAULT_THRESHOLD) -> Any:
        """An in-memory store holding the valid cases, the ontology and the classification."""
        threshold = check_threshold(threshold)
        if threshold not in self._stores:
            from cogov.backends import OxigraphBackend
            from cogov.pipeline import load

            backend = OxigraphBackend()
            load(backend, self.prepared(), threshold=threshold)
            self._stores[threshold] = backend
        return self._stores[threshold]

    def __len__(self) -> int:
        return len(self._read.cases)

    def __repr__(self) -> str:
        return f"<cogov.Dataset: {len(self)} case(s) from {', '.join(self.files) or 'no file'}>"


def load(
    paths: PathLike | Iterable[PathLike], *, lenient: bool = False, lang: str = "en"
) -> Dataset:
    """Read case files (YAML, JSON, CSV, XLSX, Turtle, JSON-LD) into a :class:`Dataset`.

    A file that cannot be read raises :class:`cogov.errors.InputError`. ``lenient=True`` lets
    later steps leave out the cases that do not validate; ``lang`` (``en`` or ``zh``) is the
    language of the validation messages and of the case names in the answers.
    """
    from cogov.loaders import load_files
    from cogov.messages import LANGS, Listed

    if lang not in LANGS:
        chosen = repr(lang)
        raise UsageError.keyed("lang_unknown", option="lang", langs=Listed(LANGS), chosen=chosen)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    return Dataset(load_files(list(paths)), lenient=lenient, lang=lang)


def validate(dataset: Dataset) -> Any:
    """The validation report: ``.conforms``, ``.problems`` (errors and warnings, in file
    order), ``.errors``, ``.warnings``."""
    return dataset.report()


def classify(dataset: Dataset, *, activity_threshold: int = DEFAULT_THRESHOLD) -> Result:
    """One row per case: formalization, activity level, Table 1 type and mode, with the
    columns of ``cogov classify``."""
    from cogov.classification import classification_rows, warnings_of

    rows = classification_rows(dataset.store(activity_threshold), lang=dataset.lang)
    warnings = warnings_of(rows, dataset.prepared().files)
    return Result(rows, COLUMNS, tuple(warnings))


def ask(
    name: str,
    dataset: Dataset,
    *,
    activity_threshold: int = DEFAULT_THRESHOLD,
    **params: Any,
) -> Result:
    """Answer a named question (``cogov query --list``) with its parameters as keywords."""
    from cogov.queries import get_question, run_question

    question = get_question(name)
    question.bindings(params)  # a bad parameter stops before any data is loaded
    rows = run_question(name, dataset.store(activity_threshold), params, lang=dataset.lang)
    columns = question.columns or (tuple(rows[0]) if rows else ())
    return Result(rows, tuple(columns))


def questions() -> dict[str, str]:
    """The named questions: name → English title."""
    from cogov.queries import list_questions

    return {q.name: q.en for q in list_questions()}


__all__ = ["Dataset", "Result", "ask", "classify", "load", "questions", "validate"]
