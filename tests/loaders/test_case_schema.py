"""The JSON Schema of the case file: generated from the shapes and code lists, up to date, and
it accepts the valid files and rejects the schema-level errors of the bad-file corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from cogov.resources import data_dir
from cogov.tools import gen_case_schema
from cogov.validation import allowed_keys, shapes_graph

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad"
GOOD = ROOT / "tests" / "data" / "good"
SCHEMA = data_dir("schema") / gen_case_schema.SCHEMA_FILE


class _EditorLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it: a date stays text."""


_EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read(path: Path):
    text = path.read_text(encoding="utf-8-sig")
    return json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_EditorLoader)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_committed_schema_is_the_generated_one(capsys):
    assert gen_case_schema.main(["--check", "-o", str(SCHEMA)]) == 0, capsys.readouterr().out


def test_the_schema_is_draft_2020_12():
    assert json.loads(SCHEMA.read_text(encoding="utf-8"))["$schema"] == gen_case_schema.DRAFT


def _valid_examples() -> list[Path]:
    return [ROOT / "data" / "paper-cases.yaml", *sorted(GOOD.iterdir())]


@pytest.mark.parametrize("path", _valid_examples(), ids=lambda p: p.name)
def test_valid_files_pass(validator, path):
    errors = [e.message for e in validator.iter_errors(_read(path))]
    assert errors == []


def test_the_readme_examples_pass(validator, tmp_path):
    fence = re.compile(r"^```yaml[^\n]*file=\S+\n(.*?)^```", re.MULTILINE | re.DOTALL)
    found = 0
    for page in ("README.md", "docs/case-data.md", "docs/evidence.md"):
        for body in fence.findall((ROOT / page).read_text(encoding="utf-8")):
            document = yaml.load(body, Loader=_EditorLoader)
            if isinstance(document, dict) and "cases" in document:
                found += 1
                assert [e.message for e in validator.iter_errors(document)] == []
    assert found


@pytest.mark.parametrize(
    ("name", "where", "words"),
    [
        ("unknown-field.yaml", ["cases", 0], "'domian' was unexpected"),
        ("unknown-domain.yaml", ["cases", 0, "domain"], "'airr' is not one of"),
        ("unknown-initiation.yaml", ["cases", 0, "initiation"], "'forced' is not one of"),
        ("not-reported-misspelt.yaml", ["cases", 0, "initiation"], "'notreported'"),
        ("missing-domain.yaml", ["cases", 0], "'domain' is a required property"),
        ("missing-sources.yaml", ["cases", 0], "'sources' is a required property"),
        ("bad-id.yaml", ["cases", 0, "id"], "does not match"),
        ("one-participant.yaml", ["cases", 0, "participants"], "is too short"),
        ("no-cases-key.yaml", [], "'cases' is a required property"),
        ("evidence-list-not-mapping.yaml", ["cases", 0, "evidence", "mechanisms"], "not of type"),
        ("start-not-a-year.yaml", ["cases", 0, "start"], ""),
        ("unknown-mechanism.yaml", ["cases", 0, "mechanisms", 1], ""),
        ("participant-unknown-level.yaml", ["cases", 0, "participants", 1], ""),
        ("unknown-task-complexity.yaml", ["cases", 0, "drivers", "task_complexity"], ""),
    ],
)
def test_schema_level_errors_of_the_corpus_are_rejected(validator, name, where, words):
    errors = list(validator.iter_errors(_read(BAD / name)))
    assert errors
    best = jsonschema.exceptions.best_match(errors)
    places = [list(e.absolute_path) for e in errors]
    assert where in places or list(best.absolute_path)[: len(where)] == where, places
    assert words in " ".join(e.message for e in errors)


def test_a_wrong_type_is_rejected(validator):
    document = _read(GOOD / "one-case.yaml")
    document["cases"][0]["mechanisms"] = "forum"  # a list is expected
    document["cases"][0]["drivers"] = {"shared_beliefs": "often"}
    places = sorted(list(e.absolute_path) for e in validator.iter_errors(document))
    assert places == [["cases", 0, "drivers", "shared_beliefs"], ["cases", 0, "mechanisms"]]


def test_allowed_keys_and_labels_come_from_the_shapes_and_code_lists():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    domain = schema["$defs"]["case"]["properties"]["domain"]
    assert domain["enum"] == allowed_keys("domain")
    assert domain["enumDescriptions"][domain["enum"].index("air")] == (
        "air pollution domain / 大气污染防治领域"
    )
    assert "every case needs exactly one domain" in domain["description"]
    mechanism = schema["$defs"]["case"]["properties"]["mechanisms"]["anyOf"][0]["items"]
    assert mechanism["enum"] == allowed_keys("mechanism")


def test_a_changed_shape_changes_the_schema():
    from cogov.ontology import load_ontology

    shapes = Graph()
    shapes += shapes_graph()
    key_shape = URIRef("https://w3id.org/cogov/shapes#Case-domainKey")
    *kept, dropped = list(Collection(shapes, shapes.value(key_shape, SH["in"])))
    shorter = BNode()
    Collection(shapes, shorter, kept)
    shapes.set((key_shape, SH["in"], shorter))
    shapes.remove((URIRef("https://w3id.org/cogov/shapes#Case-domain"), SH.minCount, None))
    schema = gen_case_schema.build_schema(shapes, load_ontology())
    case = schema["$defs"]["case"]
    keys = case["properties"]["domain"]["anyOf"][0]["enum"]  # optional now: or null
    assert str(dropped).removeprefix("https://w3id.org/cogov#domain-") not in keys
    assert len(keys) == len(kept)
    assert "domain" not in case["required"]
