"""Every named question on every backend: the same rows as rdflib, and the right rows.

The expected rows are worked out by hand from ``data/cases.ttl`` (each case's comment says
why it has its type and mode) and ``data/ontology-fixture.ttl``.
"""

from __future__ import annotations

import pytest

from cogov.backends import Backend
from cogov.queries import list_questions, run_question

QUESTIONS = [q.name for q in list_questions()]


def ids(rows: list[dict]) -> list[str]:
    return [row["id"] for row in rows]


def test_the_thirteen_questions_of_the_issue_are_there() -> None:
    numbers = {q.number for q in list_questions()}
    assert set(range(1, 14)) <= numbers
    for question in list_questions():
        assert question.en and question.zh and question.columns, question.name


class TestBackendContract:
    """One contract, run against memory, store folder, Oxigraph server and rdflib."""

    @pytest.mark.parametrize("name", QUESTIONS)
    def test_same_rows_as_rdflib(
        self, backend: Backend, reference_backend: Backend, name: str
    ) -> None:
        rows = run_question(name, backend)
        assert rows == run_question(name, reference_backend)
        if name not in ("case-phases", "symbolic-under-requirement", "preempted-collaborations"):
            assert len(rows) > 0 or name == "proposition-evidence"

    def test_row_shape_is_plain_python(self, backend: Backend) -> None:
        row = run_question("case-classification", backend)[0]
        assert isinstance(row["activity_threshold"], int)
        assert all(v is None or isinstance(v, (str, int, float, bool)) for v in row.values())

    def test_classification(self, backend: Backend) -> None:
        rows = {r["id"]: r for r in run_question("case-classification", backend)}
        assert {k: (r["type"], r["type_name"], r["mode"]) for k, r in rows.items()} == {
            "alpha-forum": ("A", "sporadic", "voluntary"),
            "beta-water": ("B", "normative", "voluntary"),
            "gamma-symbolic": ("C", "symbolic", "mandated_autonomous"),
            "jjj-air": ("D", "institutionalised", "mandated_autonomous"),
            "jjj-air-2013": ("A", "sporadic", "mandated_autonomous"),
            "jjj-air-2016": ("D", "institutionalised", "preempted"),
            "eta-override": ("B", "normative", "voluntary"),
            "theta-agree": ("D", "institutionalised", "mandated_autonomous"),
        }
        eta = rows["eta-override"]
        assert (eta["derived_formalization"], eta["derived_activity_level"]) == ("high", "few")
        assert (eta["formalization"], eta["activity_level"]) == ("low", "many")
        assert eta["formalized_by"] == "mou"
        assert eta["counted_activities"] == "expert_exchange; technical_assistance"
        assert "formalization 'low' overrides the derived value 'high'" in eta["warnings"]
        assert "activity_level 'many' overrides the derived value 'few'" in eta["warnings"]
        assert rows["theta-agree"]["warnings"] is None  # the coder agrees: no warning
        assert rows["jjj-air-2016"]["formalized_by"] == "cooperation_group; joint_enforcement_group"
        assert {r["activity_threshold"] for r in rows.values()} == {3}

    def test_q1_cases_per_type(self, backend: Backend) -> None:
        rows = run_question("cases-per-type", backend)
        assert [
            (r["type"], r["type_name"], r["formalization"], r["activity_level"]) for r in rows
        ] == [
            ("A", "sporadic", "low", "few"),
            ("B", "normative", "low", "many"),
            ("C", "symbolic", "high", "few"),
            ("D", "institutionalised", "high", "many"),
        ]
        assert [r["case_count"] for r in rows] == [2, 2, 1, 3]
        assert rows[0]["cases"] == "alpha-forum; jjj-air-2013"
        assert rows[3]["cases"] == "jjj-air; jjj-air-2016; theta-agree"
        assert "Alpha tourism forum" in rows[0]["case_names"]
        assert rows[2]["label_zh"] == "象征型协同"

    def test_q2_modes_and_type_by_mode(self, backend: Backend) -> None:
        modes = run_question("cases-per-mode", backend)
        assert [(r["mode"], r["case_count"]) for r in modes] == [
            ("voluntary", 3),
            ("mandated_autonomous", 4),
            ("preempted", 1),
        ]
        grid = {
            (r["type"], r["mode"]): r["case_count"] for r in run_question("type-by-mode", backend)
        }
        assert len(grid) == 12 and sum(grid.values()) == 8
        assert grid[("D", "preempted")] == 1
        assert grid[("B", "voluntary")] == 2
        assert grid[("C", "voluntary")] == 0

    def test_q3_symbolic_under_requirement(self, backend: Backend) -> None:
        rows = run_question("symbolic-under-requirement", backend)
        assert rows == [
            {
                "id": "gamma-symbolic",
                "name": "Gamma water agreement",
                "mode": "mandated_autonomous",
                "superiors": "Gamma Province",
                "instruments": "performance_assessment; policy_requirement",
                "authority_instruments": "performance_assessment; policy_requirement",
                "prior_collaboration": "failure",
            }
        ]

    def test_q4_preempted(self, backend: Backend) -> None:
        rows = run_question("preempted-collaborations", backend)
        assert ids(rows) == ["jjj-air-2016"]
        row = rows[0]
        assert (
            row["superiors"]
            == "Ministry of Ecology and Environment (central); State Council (central)"
        )
        assert row["authority_instruments"] == "administrative_order; task_assignment"
        assert row["other_instruments"] == "funding; information_provision"
        assert (row["type"], row["start"]) == ("D", "2016")

    def test_q5_instrument_mix(self, backend: Backend) -> None:
        rows = {r["id"]: r for r in run_question("instrument-mix", backend)}
        mix = {k: (r["authority"], r["incentive"], r["information"]) for k, r in rows.items()}
        assert mix["jjj-air-2016"] == (2, 1, 1)
        assert mix["theta-agree"] == (0, 1, 1)
        assert mix["alpha-forum"] == (0, 0, 0)
        only = run_question("instrument-mix", backend, {"only_authority": "true"})
        assert ids(only) == ["gamma-symbolic", "jjj-air"]
        others = run_question("instrument-mix", backend, {"only_authority": False})
        assert len(others) == 6 and "gamma-symbolic" not in ids(others)

    def test_q6_imperial_levels(self, backend: Backend) -> None:
        rows = {r["id"]: r for r in run_question("imperial-levels", backend)}
        deep = {
            k: (r["operational"], r["policy"], r["institutional"], r["deepest_level"])
            for k, r in rows.items()
        }
        assert deep["jjj-air-2016"] == (2, 1, 1, "institutional")
        assert deep["theta-agree"] == (0, 3, 0, "policy")
        assert deep["beta-water"] == (2, 1, 0, "policy")
        assert deep["alpha-forum"] == (1, 0, 0, "operational")
        assert rows["jjj-air-2016"]["deepest_depth"] == 3

    def test_q7_drivers_by_type(self, backend: Backend) -> None:
        rows = run_question("drivers-by-type", backend, {"only_driver": "task_complexity"})
        assert [(r["value"], r["type"], r["cases"]) for r in rows] == [
            ("high", "A", "alpha-forum"),
            ("high", "C", "gamma-symbolic"),
            ("high", "D", "theta-agree"),
            ("low", "B", "eta-override"),
        ]
        every = run_question("drivers-by-type", backend)
        success = [
            (r["type"], r["case_count"])
            for r in every
            if (r["driver"], r["value"]) == ("prior_collaboration", "success")
        ]
        assert success == [("B", 1), ("D", 1)]

    def test_q8_level_by_type(self, backend: Backend) -> None:
        rows = run_question("level-by-type", backend)
        table = {(r["level"], r["type"]): (r["case_count"], r["participant_count"]) for r in rows}
        assert table == {
            ("province", "A"): (1, 2),
            ("province", "D"): (3, 6),
            ("prefecture", "B"): (2, 2),
            ("prefecture", "C"): (1, 2),
            ("county", "A"): (1, 2),
            ("county", "B"): (1, 1),
            ("township", "B"): (1, 1),
            ("social_organization", "B"): (1, 1),
        }
        assert [r["level"] for r in rows][-1] == "social_organization"  # no rank: last

    def test_q9_domain_by_type(self, backend: Backend) -> None:
        rows = run_question("domain-by-type", backend, {"only_domain": "water"})
        assert [(r["domain"], r["type"], r["cases"]) for r in rows] == [
            ("water", "B", "beta-water"),
            ("water", "C", "gamma-symbolic"),
        ]
        assert len(run_question("domain-by-type", backend)) == 7

    def test_q10_case_phases(self, backend: Backend) -> None:
        rows = run_question("case-phases", backend, {"case": "jjj-air"})
        assert [(r["phase"], r["start"], r["end"], r["type"], r["mode"]) for r in rows] == [
            ("jjj-air-2013", "2013", "2015", "A", "mandated_autonomous"),
            ("jjj-air-2016", "2016", None, "D", "preempted"),
        ]
        assert {(r["parent_type"], r["parent_mode"]) for r in rows} == {
            ("D", "mandated_autonomous")
        }
        assert run_question("case-phases", backend, {"case": "alpha-forum"}) == []

    def test_q11_concepts(self, backend: Backend) -> None:
        rows = run_question("concept-definition", backend, {"concept": "元治理"})
        assert len(rows) == 1
        assert rows[0]["definition_en"] == "The coordination of self-governing networks."
        assert rows[0]["definition_zh"] == "对自治网络的协调与管理。"
        assert rows[0]["scholars"] == "Sørensen, E.; Torfing, J."
        assert rows[0]["year"] == "2009"
        by_gash = run_question("concept-definition", backend, {"scholar": "gash"})
        assert [(r["term"].rsplit("#")[1], r["source"].rsplit("/")[-1]) for r in by_gash] == [
            ("CollaborativeGovernance", "ansell-gash-2008")
        ]

    def test_q12_typologies(self, backend: Backend) -> None:
        rows = run_question("typologies", backend)
        assert len(rows) == 1
        row = rows[0]
        assert row["scholars"] == "范永茂"
        assert row["types"] == "contract-led; hierarchy-led; network-led"
        assert row["dimensions"] == "dominant mechanism"
        assert run_question("typologies", backend, {"scholar": "Torfing"}) == []

    def test_q13_proposition_evidence(self, backend: Backend) -> None:
        rows = run_question("proposition-evidence", backend)
        verdicts = {(r["proposition"], r["id"]): r["verdict"] for r in rows}
        assert verdicts == {
            ("authority_symbolic", "gamma-symbolic"): "supports",
            ("authority_symbolic", "jjj-air"): "contradicts",
            ("china_authority_dominant", "gamma-symbolic"): "supports",
            ("china_authority_dominant", "jjj-air"): "supports",
            ("china_authority_dominant", "theta-agree"): "contradicts",
            ("complexity_formality", "alpha-forum"): "contradicts",
            ("complexity_formality", "eta-override"): "supports",
            ("complexity_formality", "gamma-symbolic"): "supports",
            ("complexity_formality", "theta-agree"): "supports",
            ("institutionalised_conditions", "jjj-air-2016"): "supports",
            ("institutionalised_conditions", "theta-agree"): "supports",
            ("normative_conditions", "beta-water"): "supports",
            ("normative_conditions", "eta-override"): "supports",
            ("prior_success_deepens", "beta-water"): "supports",
            ("prior_success_deepens", "gamma-symbolic"): "supports",
            ("prior_success_deepens", "jjj-air-2016"): "supports",
            ("sporadic_conditions", "alpha-forum"): "contradicts",
            ("symbolic_under_requirement", "gamma-symbolic"): "supports",
        }
        labelled = {
            (r["label_en"], r["testable_with"])
            for r in rows
            if r["proposition"] == "complexity_formality"
        }
        assert labelled == {
            (
                "complex tasks lead to formal mechanisms",
                "drivers.task_complexity, mechanisms, formalization",
            )
        }
        one = run_question(
            "proposition-evidence", backend, {"only_proposition": "symbolic_under_requirement"}
        )
        assert ids(one) == ["gamma-symbolic"]

    def test_actor_network(self, backend: Backend) -> None:
        """Pairs of participants of the same cases, named as in the files (English first)."""
        rows = run_question("actor-network", backend)
        assert [tuple(r.values()) for r in rows] == [
            ("Beijing", "Hebei", 2, "jjj-air; jjj-air-2016", "D"),
            ("Anhui", "Zhejiang", 1, "theta-agree", "D"),
            ("Beijing", "Tianjin", 1, "jjj-air-2013", "A"),
            ("Beta City", "Beta County", 1, "beta-water", "B"),
            ("Beta City", "Beta Town", 1, "beta-water", "B"),
            ("Beta County", "Beta Town", 1, "beta-water", "B"),
            ("Delta City", "Gamma City", 1, "gamma-symbolic", "C"),
            ("Eta City", "Eta Health Association", 1, "eta-override", "B"),
            ("乙县", "甲县", 1, "alpha-forum", "A"),
        ]
        assert all(r["actor_a"] < r["actor_b"] for r in rows)


EMPTY_CASE = """
@prefix cogov: <https://w3id.org/cogov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<https://w3id.org/cogov/case/empty-talks> a cogov:LocalGovernmentCollaboration ;
    dcterms:identifier "empty-talks" ;
    cogov:hasInitiation cogov:initiation-voluntary ;
    cogov:usesMechanism cogov:mechanism-meeting ;
    cogov:codedAsNone "activities", "instruments" .
"""


@pytest.mark.parametrize("kind", ["memory", "rdflib"])
def test_a_case_without_activities_or_instruments_has_one_row_each(kind, ontology, cases) -> None:
    """Regression: an unbound deepest depth once matched every Imperial level (3 rows)."""
    import rdflib

    from cogov.backends import open_backend
    from cogov.pipeline import load as load_dataset

    data = rdflib.Graph()
    data += cases
    data.parse(data=EMPTY_CASE, format="turtle")
    backend = open_backend(rdflib=kind == "rdflib")
    load_dataset(backend, data, ontology=ontology)
    levels = [r for r in run_question("imperial-levels", backend) if r["id"] == "empty-talks"]
    assert levels == [
        {
            "id": "empty-talks",
            "name": "empty-talks",
            "type": "A",
            "operational": 0,
            "policy": 0,
            "institutional": 0,
            "levels": None,
            "deepest_level": None,
            "deepest_depth": None,
        }
    ]
    mix = [r for r in run_question("instrument-mix", backend) if r["id"] == "empty-talks"]
    assert [(r["authority"], r["authority_only"]) for r in mix] == [(0, False)]
    assert len(run_question("imperial-levels", backend)) == 9


def test_case_evidence(backend: Backend) -> None:
    """One row per evidence record, in the records' order (evidence/10 after evidence/4)."""
    rows = run_question("case-evidence", backend)
    assert [(r["id"], r["field"], r["value"], r["quote"]) for r in rows] == [
        ("alpha-forum", "drivers.geographic_proximity", "true", "two neighbouring counties"),
        ("jjj-air-2016", "participants", None, "Beijing and Hebei"),
        ("jjj-air-2016", "decision_autonomy", "partly_preempted", "the ministry sets the targets"),
        ("jjj-air-2016", "mechanisms", "cooperation_group", "成立协作小组"),
        ("jjj-air-2016", "phase_of", "jjj-air", "the second phase"),
        ("jjj-air-2016", "drivers.prior_collaboration", "success", "the first phase worked"),
    ]
    assert rows[2] == {
        "id": "jjj-air-2016",
        "field": "decision_autonomy",
        "value": "partly_preempted",
        "quote": "the ministry sets the targets",
        "source": "fixture",
        "locator": "section 4.2",
        "coder": "lw",
        "confidence": "high",
    }
    assert [r["confidence"] for r in rows] == [None, None, "high", None, "medium", "low"]
    only = run_question("case-evidence", backend, {"case": "alpha-forum"})
    assert [r["field"] for r in only] == ["drivers.geographic_proximity"]
