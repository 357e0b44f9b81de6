"""The ontology's words attributed to the paper are the paper's words.

A definition, note or example that quotes the paper puts the paper's words in quotation marks
with their place; every such quotation must occur in the paper's text (compared without
whitespace). Where the paper only names a type, its definition is the paper's sentence naming it
and the project's gloss is a ``skos:editorialNote``, so that no gloss is credited to the scholar
the paper reports. The paper's text is not in the repository: see ``tests/conftest.py``.
"""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS

from cogov.namespace import COGOV

NOTES = (SKOS.definition, SKOS.scopeNote, SKOS.editorialNote, SKOS.example, SKOS.historyNote,
         RDFS.comment, DCTERMS.description)  # fmt: skip
LABELS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
# A quotation: between curly quotation marks, or straight ones, holding Chinese text.
_QUOTED = re.compile(r"“([^“”]*)”|\"([^\"]*)\"")
_HAN = re.compile(r"[\u4e00-\u9fff]")
SRC = "https://w3id.org/cogov/source/"

# The glosses that the review of the ontology against the paper moved out of the definitions:
# each definition quotes the paper, the project's reading is an editorial note.
REVIEWED = {
    "HierarchicalContractingOutStrategy": SRC + "cui-bi",
    "AdaptiveAdjustmentStrategy": SRC + "cui-bi",
    "MarketContractStrategy": SRC + "cui-bi",
    "MultiActorParticipationStrategy": SRC + "cui-bi",
    "ParallelRegionalCoordinationMode": SRC + "zhang-etal",
    "MultiDriverNetworkMode": SRC + "zhang-etal",
    "MutualBenefitMode": SRC + "central-intervention-degree",
    "LargeAdministrativeUnitLedMode": SRC + "central-intervention-degree",
    "CentralInducedMode": SRC + "central-intervention-degree",
    "fanPattern": SRC + "paper",
    "Trust": SRC + "paper",
}


def quotations(text: str) -> list[str]:
    """The quoted passages of a text that hold at least two Chinese characters."""
    found = (a or b for a, b in _QUOTED.findall(text))
    return [q for q in found if len(_HAN.findall(q)) >= 2]


def _terms_names(graph: Graph) -> set[str]:
    """Labels and notations of the ontology's terms: a quotation of a term's name is no quote."""
    names = {str(o) for p in LABELS for o in graph.objects(None, p)}
    return names | {str(o) for o in graph.objects(None, SKOS.notation)}


def test_quotations_are_found_in_text() -> None:
    text = '论文:“信任是……的认知”(第四部分)and "本质上,协同" but not “A” or “未”'
    assert quotations(text) == ["信任是……的认知", "本质上,协同"]


def test_every_quotation_in_the_ontology_is_the_papers(merged: Graph, in_paper) -> None:
    names = _terms_names(merged)
    missing = []
    for prop in NOTES:
        for term, note in merged.subject_objects(prop):
            if not isinstance(term, URIRef) or not isinstance(note, Literal):
                continue
            for quote in quotations(str(note)):
                if quote not in names and not in_paper(quote):
                    missing.append((str(term), quote))
    assert missing == []


def test_the_review_found_quotations_to_check(merged: Graph) -> None:
    quoted = [q for prop in NOTES for note in merged.objects(None, prop) for q in quotations(note)]
    assert len(quoted) > len(REVIEWED)


@pytest.mark.parametrize("name", sorted(REVIEWED))
def test_reviewed_definitions_quote_the_paper_and_keep_the_gloss_apart(
    merged: Graph, in_paper, name: str
) -> None:
    term = COGOV[name]
    definitions = list(merged.objects(term, SKOS.definition))
    assert {d.language for d in definitions} == {"en", "zh"}
    for definition in definitions:
        quoted = quotations(str(definition))
        assert quoted, f"{name}: the {definition.language} definition quotes nothing"
        assert all(in_paper(q) for q in quoted), name
    notes = {n.language for n in merged.objects(term, SKOS.editorialNote)}
    assert notes == {"en", "zh"}, f"{name}: the project's gloss needs an editorial note"
    assert {str(s) for s in merged.objects(term, DCTERMS.source)} == {REVIEWED[name]}


# The links the paper makes between typologies: annotations with the paper's words, never
# axioms (a subclass axiom would classify cases the paper's sentence only says "usually" of).
TYPOLOGY_LINKS = {
    "VerticalLedMode": ("MandatedCollaboration", "要求地方政府予以合作"),
    "HorizontalLedMode": ("VoluntaryCollaboration", "而形成的自发协同"),
}


@pytest.mark.parametrize("name", sorted(TYPOLOGY_LINKS))
def test_typology_links_are_annotations_with_the_papers_words(merged: Graph, name: str) -> None:
    target, words = TYPOLOGY_LINKS[name]
    mode, other = COGOV[name], COGOV[target]
    assert (mode, SKOS.related, other) in merged
    notes = [str(n) for n in merged.objects(mode, SKOS.editorialNote)]
    assert any(words in q for n in notes for q in quotations(n)), name
    assert other not in set(merged.transitive_objects(mode, RDFS.subClassOf))
    assert mode not in set(merged.transitive_objects(other, RDFS.subClassOf))
