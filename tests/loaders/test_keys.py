"""The loaders' data files: keys equal the ontology's code lists; shipped templates are current."""

from __future__ import annotations

import openpyxl
import pytest
from rdflib import Graph, Literal, Namespace

from cogov.loaders.keys import keys
from cogov.loaders.template import csv_template, yaml_template
from cogov.resources import NAMESPACE, data_dir

SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")


@pytest.fixture(scope="module")
def codelists() -> Graph:
    return Graph().parse(data_dir("ontology") / "cogov-codelists.ttl", format="turtle")


@pytest.mark.parametrize(
    "scheme",
    ["level", "domain", "mechanism", "activity", "instrument", "outcome", "rating", "confidence"],
)
def test_keys_match_the_ontology_code_lists(codelists, scheme):
    scheme_iri = Namespace(NAMESPACE)[f"{scheme}Scheme"]
    in_ontology = {
        str(codelists.value(c, SKOS.notation))
        for c in codelists.subjects(SKOS.inScheme, scheme_iri)
    }
    assert in_ontology == set(keys(scheme))
    for key in keys(scheme):  # every key is cogov:{scheme}-{key} with that notation
        concept = Namespace(NAMESPACE)[f"{scheme}-{key}"]
        assert (concept, SKOS.notation, Literal(key)) in codelists


def test_shipped_templates_are_current():
    folder = data_dir("loaders") / "templates"
    assert (folder / "cases-template.csv").read_bytes().decode("utf-8") == csv_template()
    assert (folder / "cases-template.yaml").read_text(encoding="utf-8") == yaml_template()
    book = openpyxl.load_workbook(folder / "cases-template.xlsx")
    from cogov.loaders.keys import columns

    assert [c.value for c in book["cases"][1]] == [c.header for c in columns()]
    assert book["keys"].max_row == 1 + max(
        len(keys(s)) for s in ("mechanism", "activity", "instrument", "domain", "level")
    )
