"""Parameters are checked against their declared types and bound, never pasted."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from cogov.backends import Backend, bind_values
from cogov.errors import ResourceError, UsageError
from cogov.queries import get_question, run_question

HOSTILE = [
    '") || true || CONTAINS("',
    "x' || true || 'x",
    '"} } DELETE WHERE { ?s ?p ?o } #',
    'jjj-air" ) } UNION { ?case ?p ?o } FILTER("',
    'back\\slash "quote" \n newline # hash <iri> {brace}',
    "\\u0022) || true || (\\u0022",
]


class TestHostileValues:
    @pytest.mark.parametrize("value", HOSTILE)
    def test_a_string_cannot_widen_a_filter(self, backend: Backend, value: str) -> None:
        # pasted into the text, each of these would match every concept or every phase
        assert run_question("concept-definition", backend, {"concept": value}) == []
        assert run_question("case-phases", backend, {"case": value}) == []
        assert run_question("typologies", backend, {"scholar": value}) == []
        assert run_question("proposition-evidence", backend, {"only_proposition": value}) == []

    def test_the_data_is_untouched_afterwards(self, backend: Backend) -> None:
        for value in HOSTILE:
            run_question("concept-definition", backend, {"concept": value})
        rows = run_question("case-classification", backend)
        assert len(rows) == 8

    def test_an_exact_value_with_quotes_still_matches_literally(self, backend: Backend) -> None:
        rows = run_question("case-phases", backend, {"case": "jjj-air"})
        assert len(rows) == 2


@pytest.mark.parametrize(
    ("name", "params", "words"),
    [
        ("instrument-mix", {"only_authority": "maybe"}, "true or false"),
        ("domain-by-type", {"only_domain": "air> . ?s ?p ?o"}, "domain key"),
        ("domain-by-type", {"only_domain": "Air"}, "domain key"),
        ("instrument-mix", {"colour": "red"}, "no parameter colour"),
        ("case-phases", {"case": "x" * 1001}, "longer than 1000"),
    ],
)
def test_bad_values_are_refused_with_a_clear_message(name: str, params: dict, words: str) -> None:
    with pytest.raises(UsageError, match=words):
        get_question(name).bindings(params)


def test_an_unknown_question_names_the_known_ones() -> None:
    with pytest.raises(UsageError) as caught:
        get_question("cases-per-typo")
    assert "cases-per-type" in str(caught.value)


def test_integer_parameters_take_whole_numbers_only() -> None:
    from cogov.queries import Parameter

    threshold = Parameter("threshold", "integer")
    assert threshold.term("4") == ox.Literal(4)
    for bad in ("3; DROP ALL", "3.5", "", "1e3"):
        with pytest.raises(UsageError):
            threshold.term(bad)


def test_values_go_after_the_outer_where_not_into_a_comment() -> None:
    text = "# a comment that says WHERE { x }\nSELECT ?a WHERE {\n  ?a ?b ?c }"
    bound = bind_values(text, {"c": ox.Literal('say "}"')})
    assert bound.startswith("# a comment that says WHERE { x }\n")
    assert 'WHERE { VALUES (?c) { ("say \\"}\\"") }' in bound
    # the result is one well-formed query with the value as a single literal
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal('say "}"')))
    assert [s["a"] for s in store.query(bound)] == [ox.NamedNode("urn:a")]


def test_a_query_without_where_cannot_take_parameters() -> None:
    with pytest.raises(ResourceError):
        bind_values("SELECT * { ?s ?p ?o }", {"p": ox.Literal(1)})


def test_variable_names_are_checked() -> None:
    with pytest.raises(ValueError):
        bind_values("SELECT * WHERE { ?s ?p ?o }", {"p) {} #": ox.Literal(1)})


def test_to_dataframe_or_a_clear_message() -> None:
    from cogov.queries import to_dataframe

    rows = [{"type": "A", "case_count": 2}, {"type": "B", "case_count": 0}]
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(UsageError, match="pandas is not installed"):
            to_dataframe(rows)
    else:
        frame = to_dataframe(rows)
        assert list(frame.columns) == ["type", "case_count"]
        assert frame["case_count"].sum() == 2
