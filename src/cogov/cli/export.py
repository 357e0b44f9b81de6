"""``cogov export FILE... --to FORMAT -o PATH``: validated, classified cases for analysis.

Formats (``docs/export.md``):

- ``long-csv``: tidy data, one row per case, field and value, with the evidence of the value;
- ``wide-csv``: one row per case, one 0/1 column per mechanism, activity and instrument key,
  the drivers and the classification (a list not reported gives empty cells, not zeros);
- ``parquet``: the wide table for R (arrow) and Python, types kept (pyarrow);
- ``dta``: the wide table for Stata, with variable labels in ``--lang`` (pandas);
- ``network``: the actors' network, GraphML (``.graphml``) or an edge list (``.csv``).

Files that do not validate are refused (exit 1), unless ``--lenient``, which skips the
invalid cases and names them; exit 2 when a file cannot be read or an argument is wrong. The
output is written whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cogov.cli.data import add_data_options
from cogov.errors import EXIT_OK, UsageError

if TYPE_CHECKING:  # pandas is an optional extra, imported where a DataFrame is made
    from pandas.api.extensions import ExtensionArray

TARGETS = ("long-csv", "wide-csv", "parquet", "dta", "network")
NETWORK_SUFFIXES = (".graphml", ".csv")


def handler(args: argparse.Namespace) -> int:
    from cogov.classification import check_threshold
    from cogov.cli.data import read_valid_reporting

    check_threshold(args.activity_threshold)
    if args.to == "network":
        _check_network_suffix(args.output)
    if args.to in ("parquet", "dta"):
        _analysis_libraries(args.to)
    prepared = read_valid_reporting(args.files, lenient=args.lenient)
    if args.to == "network":
        return _network(prepared, args)
    from cogov import atomic, tabular
    from cogov.classification import classify

    if args.to == "long-csv":
        atomic.write_text(args.output, _csv(tabular.long_rows(prepared.cases),
                                            tabular.LONG_COLUMNS))  # fmt: skip
        print(f"wrote {len(prepared.cases)} case(s) as long CSV to {args.output}", file=sys.stderr)
        return EXIT_OK
    rows = classify(prepared, threshold=args.activity_threshold).rows
    wide = tabular.wide_rows(prepared.cases, {row["id"]: row for row in rows})
    columns = tabular.wide_columns()
    if args.to == "wide-csv":
        atomic.write_text(args.output, _csv(wide, columns))
    elif args.to == "parquet":
        _write_parquet(wide, columns, args.output)
    else:
        _write_dta(wide, columns, args.output, args.lang)
    print(f"wrote {len(wide)} case(s) as {args.to} to {args.output}", file=sys.stderr)
    return EXIT_OK


def _csv(rows: list[dict[str, Any]], columns: Any) -> str:
    from cogov.cli.output import rows_csv

    return rows_csv(rows, columns)


def _analysis_libraries(fmt: str) -> None:
    try:
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        raise UsageError.keyed("needs_analysis", fmt=fmt) from None


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> Any:
    """A DataFrame with the types kept, decided from the values themselves: 0/1 columns and
    counts as nullable integers, the true or false drivers as nullable booleans, the rest as
    text; an empty cell is missing in every type."""
    import pandas as pd

    from cogov.tabular import flag_columns

    counted = {*flag_columns(), "participant_count"}
    data: dict[str, ExtensionArray] = {}
    for column in columns:
        values = [row.get(column) for row in rows]
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, bool) for v in present):
            data[column] = pd.array(values, dtype="boolean")
        elif column in counted or (
            present and all(type(v) is int for v in present)
        ):
            data[column] = pd.array(values, dtype="Int64")
        else:
            data[column] = pd.array([None if v is None else str(v) for v in values],
                                    dtype="string")  # fmt: skip
    return pd.DataFrame(data, columns=columns)


def _write_parquet(rows: list[dict[str, Any]], columns: list[str], path: str) -> None:
    from cogov import atomic

    with atomic.atomic_path(Path(path)) as tmp:
        _frame(rows, columns).to_parquet(tmp, index=False)


def _write_dta(rows: list[dict[str, Any]], columns: list[str], path: str, lang: str) -> None:
    """Stata 118 (Unicode): names cut to 32 characters (the full name starts the label), the
    labels in ``lang``, booleans as 0/1 bytes, missing values as Stata's missing."""
    from cogov import atomic, tabular

    frame = _frame(rows, columns)
    names: dict[str, str] = {}
    for column in columns:
        name = f"{column}_" if column in _STATA_RESERVED else column[:32]
        n = 1
        while name in names.values():
            n += 1
            name = f"{column[: 32 - len(str(n)) - 1]}_{n}"
        names[column] = name
    labels = tabular.labels(columns, lang)
    for column in columns:
        if str(frame[column].dtype) == "boolean":
            frame[column] = frame[column].astype("Int8")
        elif str(frame[column].dtype) == "Int64":
            frame[column] = frame[column].astype("float64")  # Stata's missing for empty cells
        else:
            frame[column] = frame[column].astype(object).where(frame[column].notna(), "")
    frame = frame.rename(columns=names)
    variable_labels = {
        names[c]: (labels[c] if names[c] == c else f"{c}: {labels[c]}")[:80] for c in columns
    }
    with atomic.atomic_path(Path(path)) as tmp:
        frame.to_stata(tmp, write_index=False, version=118, variable_labels=variable_labels)


#: names Stata keeps for itself (a column of that name gets a trailing ``_``)
_STATA_RESERVED = frozenset(
    ["_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long",
     "_n", "_N", "_pi", "_pred", "_rc", "_skip", "strL", "using", "with", "end"]
)  # fmt: skip


def _check_network_suffix(output: str) -> None:
    if Path(output).suffix.lower() not in NETWORK_SUFFIXES:
        raise UsageError.keyed("network_suffix", output=output)


def _network(prepared: Any, args: argparse.Namespace) -> int:
    from cogov.network import network_from_graph, write_network

    network = network_from_graph(prepared.graph, threshold=args.activity_threshold)
    written = write_network(network, args.output)
    print(
        f"wrote {len(network.nodes)} actor(s) and {len(network.edges)} link(s) as {written} to "
        f"{args.output}",
        file=sys.stderr,
    )
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the cases for R, Stata or pandas, or the actor network",
        description="Validate and classify the case files, then write them for analysis: "
        "long-csv (one row per case, field and value, with evidence), wide-csv (one 0/1 "
        "column per key), parquet, dta (Stata, labels in --lang), or the actors' network "
        "(.graphml or an edge-list .csv). Invalid data is not exported unless --lenient, which "
        "skips the bad cases and names them.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="case files")
    parser.add_argument("--to", required=True, choices=TARGETS, help="what to write")
    parser.add_argument("-o", "--output", required=True, metavar="PATH", help="the file to write")
    add_data_options(parser)
    parser.set_defaults(handler=handler)
