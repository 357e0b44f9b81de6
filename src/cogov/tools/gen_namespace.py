"""Generate ``src/cogov/namespace.py`` from the ontology.

Run ``python -m cogov.tools.gen_namespace`` after changing the ontology (``--check`` only
compares, exit 1 when the file is out of date). The output is deterministic: terms sorted by
kind and name, definitions with normalised spaces, no date or path inside.

Every term of ``https://w3id.org/cogov#`` (an IRI of the namespace with an ``rdf:type``)
becomes an attribute of the rdflib ``DefinedNamespace`` subclass ``COGOV``, with its English
``skos:definition`` as a comment above it. Unknown terms raise ``AttributeError``.

Local names that are not Python identifiers (the value-set and code-list individuals such as
``formalization-high`` or ``level-regional_body``) are listed in ``_extras`` so that
``COGOV["formalization-high"]`` works, and get an alias attribute in which every character
that cannot appear in a name becomes ``_``: ``COGOV.formalization_high``. A local name that is
a Python keyword gets a trailing ``_`` (``COGOV.from_``). Two terms that would map to the same
attribute stop the generator with an error, so no alias ever points at the wrong term.
"""

from __future__ import annotations

import argparse
import keyword
import re
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from cogov import __version__
from cogov.errors import EXIT_CANNOT_RUN, CogovError, ResourceError
from cogov.resources import NAMESPACE, ONTOLOGY_IRI
from cogov.tools import write_generated

TARGET = Path(__file__).resolve().parents[1] / "namespace.py"

_KINDS: list[tuple[str, tuple[URIRef, ...]]] = [
    ("Classes", (OWL.Class, RDFS.Class)),
    ("Object properties", (OWL.ObjectProperty,)),
    ("Datatype properties", (OWL.DatatypeProperty,)),
    ("Annotation properties", (OWL.AnnotationProperty,)),
]
_INDIVIDUALS = "Individuals (code-list concepts, schemes, value partitions, typologies, ...)"
_RESERVED = {"_NS", "_fail", "_warn", "_extras", "_underscore_num"}


def is_plain_name(name: str) -> bool:
    """Can ``name`` be written as a class attribute annotation as it is?"""
    return name.isidentifier() and not keyword.iskeyword(name) and name not in _RESERVED


def alias_for(name: str) -> str:
    """The attribute that stands for a local name that is not a Python identifier."""
    alias = re.sub(r"\W", "_", name, flags=re.ASCII)
    if not alias or alias[0].isdigit():
        alias = "t_" + alias
    if keyword.iskeyword(alias) or alias in _RESERVED:
        alias += "_"
    return alias


def _english_definition(graph: Graph, term: URIRef) -> str:
    texts = sorted(
        str(d)
        for d in graph.objects(term, SKOS.definition)
        if isinstance(d, Literal) and d.language and d.language.lower().startswith("en")
    )
    if not texts:
        return "(no English definition in the ontology yet)"
    return " ".join(texts[0].split())


def collect_terms(graph: Graph) -> dict[str, list[str]]:
    """Local names of the namespace's declared terms, grouped by kind, sorted."""
    declared = {
        s
        for s in graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NAMESPACE) and len(str(s)) > len(NAMESPACE)
    }
    groups: dict[str, list[str]] = {}
    placed: set[URIRef] = set()
    for title, types in _KINDS:
        members = sorted(
            str(t)[len(NAMESPACE) :]
            for t in declared
            if t not in placed and any((t, RDF.type, k) in graph for k in types)
        )
        placed.update(URIRef(NAMESPACE + m) for m in members)
        groups[title] = members
    groups[_INDIVIDUALS] = sorted(str(t)[len(NAMESPACE) :] for t in declared - placed)
    return groups


def _comment(text: str, indent: str = "    ") -> list[str]:
    return textwrap.wrap(
        text,
        width=100,
        initial_indent=f"{indent}# ",
        subsequent_indent=f"{indent}# ",
        break_long_words=True,
        break_on_hyphens=False,
    )


def render_namespace(graph: Graph) -> str:
    """The text of ``namespace.py`` for the ontology ``graph``."""
    groups = collect_terms(graph)
    all_names = [n for names in groups.values() for n in names]
    plain = {n for n in all_names if is_plain_name(n)}
    aliases: dict[str, str] = {}
    for name in sorted(set(all_names) - plain):
        alias = alias_for(name)
        clash = alias in plain or alias in aliases
        if clash:
            other = alias if alias in plain else aliases[alias]
            raise ResourceError(
                f"the terms cogov:{name} and cogov:{other} would both be the Python attribute "
                f"COGOV.{alias}; rename one of them in the ontology"
            )
        aliases[alias] = name

    lines = [
        '"""The CoGov namespace: every term of the ontology as an attribute of ``COGOV``.',
        "",
        f"GENERATED from the CoGov ontology {__version__} by",
        "``python -m cogov.tools.gen_namespace``; do not edit by hand (a test fails when this file",
        "is out of date).",
        "",
        "Unknown terms raise ``AttributeError``. Local names that are not Python identifiers",
        '(``formalization-high``) are reached as ``COGOV["formalization-high"]`` or through an '
        "alias",
        "in which every other character becomes ``_`` (``COGOV.formalization_high``).",
        "",
        ">>> str(COGOV.LocalGovernmentCollaboration)",
        "'https://w3id.org/cogov#LocalGovernmentCollaboration'",
        '"""',
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class COGOV(DefinedNamespace):",
        f'    """CoGov: local-government collaborative governance ({ONTOLOGY_IRI})."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{NAMESPACE}")',
    ]
    for title, names in groups.items():
        members = [n for n in names if n in plain]
        if not members:
            continue
        lines += ["", f"    # ---- {title} ----"]
        for name in members:
            lines += _comment(_english_definition(graph, URIRef(NAMESPACE + name)))
            lines.append(f"    {name}: URIRef")
    if aliases:
        lines += [
            "",
            "    # ---- Local names that are not Python identifiers ----",
            "    _extras = (",
        ]
        for name in sorted(aliases.values()):
            lines.append(f'        "{name}",')
        lines.append("    )")
        lines += ["", "    # Aliases for them: every other character of the local name becomes _"]
        for alias in sorted(aliases):
            name = aliases[alias]
            lines += _comment(_english_definition(graph, URIRef(NAMESPACE + name)))
            line = f'    {alias} = _NS["{name}"]'
            if len(line) > 100:  # break it as a formatter would
                line = f'    {alias} = _NS[\n        "{name}"\n    ]'
            lines.append(line)
    lines += ["", "", '__all__ = ["COGOV"]', ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cogov.tools.gen_namespace",
        description="Regenerate src/cogov/namespace.py from the ontology.",
    )
    parser.add_argument("--check", action="store_true", help="only report whether it is current")
    parser.add_argument("-o", "--output", type=Path, default=TARGET, help="file to write")
    args = parser.parse_args(argv)
    from cogov.ontology import load_ontology

    try:
        text = render_namespace(load_ontology())
    except CogovError as err:
        print(f"gen_namespace: {err}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    return write_generated(args.output, text, check=args.check, command="cogov.tools.gen_namespace")


if __name__ == "__main__":
    raise SystemExit(main())
