"""Every CoGov term that a query, rule or shape names is a declared term of the ontology.

A rule that writes an undeclared term produces data that no reader of the ontology can
interpret; this guards the seam between the query files and the ontology.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, URIRef

from cogov.ontology import load_ontology
from cogov.resources import NAMESPACE, data_dir

PREFIXED = re.compile(r"(?<![\w/#])cogov:([A-Za-z_][\w-]*[\w])")
FULL = re.compile(re.escape("<" + NAMESPACE) + r"([^>]+)>")
FILES = sorted(
    [*data_dir("queries").rglob("*.rq"), *data_dir("shapes").glob("*.ttl")],
    key=lambda p: str(p),
)


def _declared() -> set[str]:
    """Terms of the namespace that the ontology types (classes, properties, individuals)."""
    return {
        str(subject)[len(NAMESPACE) :]
        for subject in load_ontology().subjects(RDF.type)
        if isinstance(subject, URIRef) and str(subject).startswith(NAMESPACE)
    }


@pytest.fixture(scope="module")
def declared() -> set[str]:
    return _declared()


def _strip_comments(text: str) -> str:
    """Drop whole-line comments (query headers name terms in prose)."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_file_names_only_declared_terms(path: Path, declared: set[str]) -> None:
    text = _strip_comments(path.read_text(encoding="utf-8"))
    used = set(PREFIXED.findall(text)) | set(FULL.findall(text))
    unknown = sorted(t for t in used if t not in declared)
    assert not unknown, f"{path.name} names terms the ontology does not declare: {unknown}"


def test_the_check_sees_an_undeclared_term(declared: set[str]) -> None:
    text = "INSERT { ?c cogov:hasOverride ?o ; cogov:noSuchTerm 1 } WHERE {}"
    used = set(PREFIXED.findall(text))
    assert {t for t in used if t not in declared} == {"noSuchTerm"}
