"""``cogov load FILE... --store DIR | --endpoint URL``: validate, classify, store."""

from __future__ import annotations

import argparse
import sys

from cogov.errors import EXIT_OK, UsageError


def handler(args: argparse.Namespace) -> int:
    from cogov.cli.data import load_into, open_from_args

    if not (args.store or args.endpoint):
        raise UsageError.keyed("load_where")
    with open_from_args(args) as backend:
        count = load_into(backend, args.files, args)
    where = args.store or args.endpoint
    print(
        f"cogov: loaded and classified {count} case(s) into {where} "
        f"(activity threshold {args.activity_threshold}); its previous content was replaced",
        file=sys.stderr,
    )
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from cogov.cli.data import add_backend_options, add_data_options

    parser = subparsers.add_parser(
        "load",
        help="validate, classify and load case files into a store or a SPARQL endpoint",
        description="Validate and classify the case files and put them, with the ontology, "
        "into a persistent Oxigraph store or a SPARQL 1.1 endpoint, replacing what was there "
        "in one step (all or nothing). Then 'cogov query NAME --store DIR' answers questions "
        "without reading the files again.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="case files")
    add_data_options(parser)
    add_backend_options(parser)
    parser.set_defaults(handler=handler)
