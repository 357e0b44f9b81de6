"""``cogov export FILE... --to network -o PATH``: the actor network of validated cases.

``PATH`` ending in ``.graphml`` gets GraphML, ``.csv`` an edge list ``source,target,weight,
cases`` (see :mod:`cogov.network`). Files that do not validate are refused (exit 1), unless
``--lenient``, which skips the invalid cases and names them; exit 2 when a file cannot be read
or an argument is wrong. The output is written whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cogov.cli.query import add_data_options
from cogov.errors import EXIT_OK, UsageError

TARGETS = ("network",)
NETWORK_SUFFIXES = (".graphml", ".csv")


def handler(args: argparse.Namespace) -> int:
    from cogov.classification import check_threshold
    from cogov.cli.query import read_valid_reporting
    from cogov.network import network_from_graph, write_network

    check_threshold(args.activity_threshold)
    suffix = Path(args.output).suffix.lower()
    if suffix not in NETWORK_SUFFIXES:
        raise UsageError(
            f"-o {args.output}: name the network file .graphml (GraphML) or .csv (an edge "
            "list source,target,weight,cases)"
        )
    prepared = read_valid_reporting(args.files, lenient=args.lenient)
    network = network_from_graph(prepared.graph, threshold=args.activity_threshold)
    written = write_network(network, args.output)
    print(
        f"wrote {len(network.nodes)} actor(s) and {len(network.edges)} link(s) as {written} to "
        f"{args.output}",
        file=sys.stderr,
    )
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the actor network of the cases (GraphML or an edge-list CSV)",
        description="Validate the case files, then write the network of the actors that take "
        "part in the same cases: GraphML when the output ends in .graphml, an edge list "
        "(source,target,weight,cases) when it ends in .csv. Invalid data is not exported "
        "unless --lenient, which skips the bad cases and names them.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="case files")
    parser.add_argument("--to", required=True, choices=TARGETS, help="what to export")
    parser.add_argument(
        "-o", "--output", required=True, metavar="PATH", help="the file to write (.graphml, .csv)"
    )
    add_data_options(parser)
    parser.set_defaults(handler=handler)
