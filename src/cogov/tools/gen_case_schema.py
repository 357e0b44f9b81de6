"""Generate ``schema/cogov-case-file.schema.json``: a JSON Schema of the YAML/JSON case file.

Run ``python -m cogov.tools.gen_case_schema`` after changing the shapes or the code lists
(``--check`` only compares, exit 1 when the file is out of date). The schema (draft 2020-12)
is made from the same sources as the validation:

- the SHACL shapes (``shapes/``): each property shape's ``cgsh:field`` names the key it
  describes; ``sh:in`` gives the allowed keys (``enum``), ``sh:minCount`` what is required (or
  a list's ``minItems``), ``sh:pattern``, ``sh:minLength`` and ``sh:datatype`` (also inside
  ``sh:or``) the form of a value, ``sh:message`` (en and zh) the description;
- the code lists (the ontology's ``skos:Concept`` individuals): each allowed key's
  ``skos:prefLabel`` in English and Chinese, in the description and in ``enumDescriptions``
  (what editors such as VS Code show beside each key while typing);
- the case-file layout that the loaders read (:mod:`cogov.model`: the fields of a case, an
  actor, a declared actor, the drivers and an evidence record; a name as text or a
  ``{zh, en}`` mapping; the patterns of a declared actor's id, code and Wikidata item).

The schema checks what an editor can check in one file: the keys and their types, the keys of
the code lists, the required fields, the forms of ids, dates and codes. The rules across fields
or files (end not before start, distinct participants, unique ids, a mandated case's decision
autonomy, the warnings) stay with ``cogov validate``. The output is deterministic: no date or
path inside.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, SKOS, XSD
from rdflib.term import IdentifiedNode

from cogov import __version__
from cogov.errors import EXIT_CANNOT_RUN, CogovError, ResourceError
from cogov.tools import write_generated

SCHEMA_FILE = "cogov-case-file.schema.json"
TARGET = Path(__file__).resolve().parents[3] / "schema" / SCHEMA_FILE
DRAFT = "https://json-schema.org/draft/2020-12/schema"

#: the node shapes whose property shapes describe each part of the case file
_PARTS = {
    "case": ("CaseShape", "BehaviourShape", "ModeShape", "InterventionShape", "DriversShape"),
    "actor": ("ActorShape",),
    "evidence": ("EvidenceShape",),
}
#: how a value of an XSD datatype is written in YAML or JSON
_DATATYPES: dict[URIRef, dict[str, Any]] = {
    XSD.boolean: {"type": "boolean"},
    XSD.gYear: {
        "anyOf": [
            {"type": "integer", "minimum": 1000, "maximum": 9999},
            {"type": "string", "pattern": "^[0-9]{4}$"},
        ]
    },
    XSD.date: {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    XSD.string: {"type": "string"},
}


class _Shapes:
    """The shapes and code lists, read once; what they say about one key of the file."""

    def __init__(self, shapes: Graph, codelists: Graph) -> None:
        self.sg = shapes
        self.codes = codelists
        self.cgsh = "https://w3id.org/cogov/shapes#"

    def properties(self, part: str) -> dict[str, list[Any]]:
        """The property shapes of one part of the file, by ``cgsh:field``, in file order."""
        found: dict[str, list[Any]] = {}
        for name in _PARTS[part]:
            node = URIRef(self.cgsh + name)
            if (node, None, None) not in self.sg:
                raise ResourceError(f"the shapes have no node shape cgsh:{name}")
            for prop in sorted(self.sg.objects(node, SH.property), key=str):
                field = self.sg.value(prop, URIRef(self.cgsh + "field"))
                if field is not None:
                    found.setdefault(str(field), []).append(prop)
        return found

    def value(self, shapes: list[Any], predicate: URIRef) -> Any:
        values = sorted({v for s in shapes for v in self.sg.objects(s, predicate)}, key=str)
        return values[0] if values else None

    def messages(self, shapes: list[Any]) -> str:
        """The shapes' sentences, English then Chinese, one per line."""
        lines = []
        for lang in ("en", "zh"):
            for shape in shapes:
                lines += sorted(
                    str(m)
                    for m in self.sg.objects(shape, SH.message)
                    if isinstance(m, Literal) and m.language == lang
                )
        return "\n".join(dict.fromkeys(lines))

    def label(self, concept: Any, lang: str) -> str:
        labels = sorted(
            str(x)
            for x in self.codes.objects(concept, SKOS.prefLabel)
            if isinstance(x, Literal) and x.language == lang
        )
        return labels[0] if labels else ""

    def keys(self, shapes: list[Any]) -> dict[str, Any] | None:
        """``enum`` of the allowed keys (from ``sh:in``) and their labels, or None."""
        members = self.value(shapes, SH["in"])
        scheme = self.value(shapes, URIRef(self.cgsh + "scheme"))
        if members is None or scheme is None:
            return None
        prefix = f"https://w3id.org/cogov#{scheme}-"
        keys, labels = [], []
        for concept in Collection(self.sg, members):
            key = str(concept).removeprefix(prefix)
            keys.append(key)
            en, zh = self.label(concept, "en"), self.label(concept, "zh")
            if not en and not zh:
                raise ResourceError(f"the code list has no skos:prefLabel for {concept}")
            labels.append(f"{en} / {zh}")
        listing = "\n".join(f"- {k}: {label}" for k, label in zip(keys, labels, strict=True))
        return {"enum": keys, "enumDescriptions": labels, "keys": listing}

    def form(self, shapes: list[Any]) -> dict[str, Any]:
        """A value's form from ``sh:datatype``, ``sh:or``, ``sh:pattern``, ``sh:minLength``."""
        out: dict[str, Any] = {}
        for shape in shapes:
            datatype = self.sg.value(shape, SH.datatype)
            if datatype in _DATATYPES:
                out.update(_DATATYPES[datatype])
            pattern = self.sg.value(shape, SH.pattern)
            if pattern is not None:
                out.update(type="string", pattern=str(pattern))
            either = self.sg.value(shape, SH["or"])
            if either is not None and "anyOf" not in out:
                options = [self._option(o) for o in Collection(self.sg, either)]
                present = [option for option in options if option]
                if len(present) == len(options):
                    flat = []
                    for option in present:
                        flat += option.get("anyOf", [option])
                    out["anyOf"] = flat
            length = self.sg.value(shape, SH.minLength)
            if isinstance(length, Literal):
                out["minLength"] = int(length.toPython())
        return out

    def _option(self, node: Any) -> dict[str, Any] | None:
        datatype = self.sg.value(node, SH.datatype)
        if datatype in _DATATYPES:
            return dict(_DATATYPES[datatype])
        members = self.sg.value(node, SH["in"])
        if members is not None:
            values = [
                m.toPython()
                for m in Collection(self.sg, members)
                if isinstance(m, IdentifiedNode | Literal)  # what an RDF list of sh:in holds
            ]
            if all(isinstance(v, str) for v in values):
                return {"enum": values}
        return None

    def min_count(self, shapes: list[Any]) -> int:
        counts = [
            int(c.toPython())
            for s in shapes
            for c in self.sg.objects(s, SH.minCount)
            if isinstance(c, Literal)  # sh:minCount is an integer literal
        ]
        return max(counts, default=0)


def _describe(shapes: _Shapes, props: list[Any], keys: dict[str, Any] | None) -> str:
    text = shapes.messages(props)
    if keys is not None:
        text = f"{text}\n{keys['keys']}" if text else keys["keys"]
    return text


def _value(shapes: _Shapes, props: list[Any]) -> dict[str, Any]:
    """The schema of one value of a key: its allowed keys, else its form."""
    keys = shapes.keys(props)
    out: dict[str, Any] = {}
    if keys is not None:
        out = {"type": "string", "enum": keys["enum"], "enumDescriptions": keys["enumDescriptions"]}
    else:
        out = shapes.form(props)
    description = _describe(shapes, props, keys)
    return {"description": description, **out} if description else out


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """An optional key may be written empty (``end:`` or ``end: null``): not reported."""
    return {"anyOf": [schema, {"type": "null"}]}


def _with_description(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, **schema} if description else schema


def build_schema(shapes_graph: Graph, codelists: Graph) -> dict[str, Any]:
    """The JSON Schema of a case file, from the shapes and the code lists."""
    from cogov.actors import ACTOR_ID, DIVISION_CODE, WIKIDATA_ENTITY, WIKIDATA_ID
    from cogov.loaders.keys import LIST_SCHEMES
    from cogov.loaders.rdf import EVIDENCE_PROPERTIES
    from cogov.loaders.records import LANGUAGE_TAG
    from cogov.model import (
        ACTOR_FIELDS,
        BOOLEAN_DRIVERS,
        CASE_FIELDS,
        DECLARED_ACTOR_FIELDS,
        DRIVER_FIELDS,
        EVIDENCE_PARTS,
    )

    shapes = _Shapes(shapes_graph, codelists)
    case_props = shapes.properties("case")
    actor_props = shapes.properties("actor")
    evidence_props = shapes.properties("evidence")
    defs: dict[str, Any] = {}

    defs["name"] = {
        "description": "a name: text, or a mapping from language (zh, en) to text",
        "anyOf": [
            {"type": "string", "minLength": 1},
            {
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"pattern": LANGUAGE_TAG.pattern},
                "additionalProperties": {"type": ["string", "number"]},
            },
        ],
    }
    actor_level = _value(shapes, actor_props["level"])
    actor: dict[str, Any] = {
        "type": "object",
        "properties": {"name": {"$ref": "#/$defs/name"}, "level": actor_level},
        "required": [f for f in ACTOR_FIELDS if shapes.min_count(actor_props.get(f, [])) > 0],
        "additionalProperties": False,
    }
    defs["actor"] = {
        "description": _describe(shapes, actor_props["name"] + actor_props["level"], None),
        "anyOf": [
            actor,
            {
                "type": "object",
                "description": "a declared actor of the file's actors: list",
                "properties": {"actor": {"type": "string", "pattern": ACTOR_ID.pattern}},
                "required": ["actor"],
                "additionalProperties": False,
            },
            {"type": "string", "minLength": 1, "description": "a name only"},
        ],
    }
    declared_form = {
        "id": {"type": "string", "pattern": ACTOR_ID.pattern},
        "name": {"$ref": "#/$defs/name"},
        "level": actor_level,
        "division_code": {
            "type": ["string", "integer"],
            "pattern": DIVISION_CODE.pattern,
            "description": "six digits (GB/T 2260)",
        },
        "wikidata": {
            "type": "string",
            "pattern": f"^(https?{re.escape(WIKIDATA_ENTITY[4:])})?{WIKIDATA_ID.pattern[1:]}",
            "description": "a Wikidata item, Q…, or its entity IRI",
        },
    }
    defs["declared_actor"] = {
        "type": "object",
        "properties": {f: declared_form[f] for f in DECLARED_ACTOR_FIELDS},
        "required": ["id", "name"],
        "additionalProperties": False,
    }

    record = {
        part: _value(shapes, evidence_props[part]) if part in evidence_props else {}
        for part in EVIDENCE_PARTS
    }
    defs["evidence_record"] = {
        "description": "an evidence record (docs/evidence.md); a plain text is the quote",
        "anyOf": [
            {"type": "string", "minLength": 1},
            {
                "type": "object",
                "properties": record,
                "required": [p for p in EVIDENCE_PARTS if shapes.min_count(evidence_props[p])],
                "additionalProperties": False,
            },
        ],
    }
    defs["evidence_records"] = {
        "anyOf": [
            {"$ref": "#/$defs/evidence_record"},
            {"type": "array", "items": {"$ref": "#/$defs/evidence_record"}},
        ]
    }
    by_key = {"type": "object", "additionalProperties": {"$ref": "#/$defs/evidence_records"}}
    evidence_fields = {
        f: by_key if f in LIST_SCHEMES else {"$ref": "#/$defs/evidence_records"}
        for f in EVIDENCE_PROPERTIES
    }
    evidence_fields["drivers"] = {
        "type": "object",
        "propertyNames": {"enum": list(DRIVER_FIELDS)},
        "additionalProperties": {"$ref": "#/$defs/evidence_records"},
    }

    drivers = {}
    for name in DRIVER_FIELDS:
        props = case_props.get(f"drivers.{name}", [])
        value = _value(shapes, props)
        if name in BOOLEAN_DRIVERS and "anyOf" not in value:
            raise ResourceError(f"the shapes give no form for the driver {name}")
        drivers[name] = _nullable(value)

    properties: dict[str, Any] = {}
    required = []
    for name in CASE_FIELDS:
        props = case_props.get(name, [])
        needed = shapes.min_count(props)
        description = _describe(shapes, props, shapes.keys(props))
        if name == "name":
            schema: dict[str, Any] = _with_description({"$ref": "#/$defs/name"}, description)
        elif name in ("participants", "superiors"):
            schema = {"type": "array", "items": {"$ref": "#/$defs/actor"}}
            if needed:
                schema["minItems"] = needed
            schema = _with_description(schema, description)
        elif name in LIST_SCHEMES:
            item = _value(shapes, props)
            item.pop("description", None)
            schema = _with_description({"type": "array", "items": item}, description)
        elif name == "sources":
            item = shapes.form(props)
            schema = {"type": "array", "items": {"type": "string", **item}, "minItems": needed}
            schema = _with_description(schema, description)
        elif name == "drivers":
            schema = {"type": "object", "properties": drivers, "additionalProperties": False}
            schema = _with_description(schema, "what drove the collaboration; any subset")
        elif name == "evidence":
            schema = {
                "type": "object",
                "description": "evidence for the coded values (docs/evidence.md)",
                "properties": evidence_fields,
                "additionalProperties": False,
            }
        elif name == "phase_of":
            id_form = shapes.form(case_props["id"])
            schema = _with_description(id_form, description)
        else:
            schema = _value(shapes, props)
            if not schema.keys() - {"description"}:
                raise ResourceError(f"the shapes give no form for the field {name}")
        if needed:
            required.append(name)
        elif name not in ("evidence", "drivers"):
            description = schema.pop("description", None)
            schema = _with_description(_nullable(schema), description or "")
        properties[name] = schema
    defs["case"] = {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    return {
        "$schema": DRAFT,
        "title": f"CoGov case file {__version__}",
        "description": (
            "A YAML or JSON file of collaboration cases (docs/case-data.md). GENERATED from the "
            "SHACL shapes and the code lists by python -m cogov.tools.gen_case_schema; do not "
            "edit by hand. The rules across fields and files are checked by cogov validate."
        ),
        "type": "object",
        "properties": {
            "actors": {"type": "array", "items": {"$ref": "#/$defs/declared_actor"}},
            "cases": {"type": "array", "items": {"$ref": "#/$defs/case"}},
        },
        "required": ["cases"],
        "additionalProperties": False,
        "$defs": defs,
    }


def render_schema() -> str:
    """The text of the schema file for the bundled shapes and ontology (its code lists)."""
    from cogov.ontology import load_ontology
    from cogov.validation import shapes_graph

    schema = build_schema(shapes_graph(), load_ontology())
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cogov.tools.gen_case_schema",
        description=f"Regenerate schema/{SCHEMA_FILE} from the shapes and the code lists.",
    )
    parser.add_argument("--check", action="store_true", help="only report whether it is current")
    parser.add_argument("-o", "--output", type=Path, default=TARGET, help="file to write")
    args = parser.parse_args(argv)
    try:
        text = render_schema()
    except CogovError as err:
        print(f"gen_case_schema: {err}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    return write_generated(
        args.output, text, check=args.check, command="cogov.tools.gen_case_schema"
    )


if __name__ == "__main__":
    raise SystemExit(main())
