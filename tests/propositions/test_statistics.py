"""The 2x2 counting, Fisher's exact test and the verdicts, against tables worked by hand."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from cogov.errors import ResourceError
from cogov.propositions import (
    MIN_CASES,
    Proposition,
    Table,
    binomial,
    count,
    fisher,
    judge,
    list_propositions,
    parse_header,
)

pytest.importorskip("scipy")


def _proposition(test: str = "fisher", expects: str = "positive") -> Proposition:
    return Proposition(
        name="p", path=Path("p.rq"), text="", proposition=None, claim="c", quotes=("q",),
        section="s", scope="every case", condition="x", outcome="y", test=test, expects=expects,
    )  # fmt: skip


def test_tea_tasting_worked_by_hand() -> None:
    # Fisher's tea-tasting table [[3, 1], [1, 3]]: both margins are 4 and 4, n = 8. With the
    # margins fixed, the top-left cell k has the hypergeometric probability
    # C(4, k) * C(4, 4 - k) / C(8, 4) = C(4, k)^2 / 70, i.e. 1, 16, 36, 16, 1 (/70) for
    # k = 0..4. The two-sided p-value sums every table no more likely than the one observed
    # (16/70): k = 0, 1, 3, 4, so p = (1 + 16 + 16 + 1) / 70 = 34/70 = 0.4857.
    # The sample odds ratio is (3 * 3) / (1 * 1) = 9.
    ratio, p = fisher(Table(3, 1, 1, 3))
    assert ratio == pytest.approx(9.0)
    assert p == pytest.approx(34 / 70)
    assert round(p, 3) == 0.486


def test_perfect_table_of_eight_worked_by_hand() -> None:
    # [[4, 0], [0, 4]]: k = 4 has probability 1/70, and so has k = 0, so p = 2/70 = 0.0286;
    # the odds ratio (4 * 4) / (0 * 0) is infinite.
    ratio, p = fisher(Table(4, 0, 0, 4))
    assert math.isinf(ratio)
    assert p == pytest.approx(2 / 70)
    _, _, verdict = judge(_proposition(), Table(4, 0, 0, 4))
    assert verdict == "consistent with the claim (p = 0.029, n = 8)"
    _, _, verdict = judge(_proposition(), Table(0, 4, 4, 0))
    assert verdict == "contrary to the claim (p = 0.029, n = 8)"


def test_the_tea_table_says_no_evidence_either_way() -> None:
    ratio, p, verdict = judge(_proposition(), Table(3, 1, 1, 3))
    assert ratio == pytest.approx(9.0)
    assert p == pytest.approx(34 / 70)
    assert verdict == "no evidence either way (p = 0.486, n = 8)"
    assert "proven" not in verdict


def test_minimum_is_the_smallest_n_that_can_reach_five_percent() -> None:
    # n = 6 at best: [[4, 0], [0, 2]]. Margins 4, 2 and 4, 2; the top-left cell k runs from
    # 2 to 4 with probabilities C(4, k) * C(2, 4 - k) / C(6, 4) = 6, 8, 1 (/15); only k = 4 is
    # as unlikely as the table, so p = 1/15 = 0.067. [[3, 0], [0, 3]] gives 2/20 = 0.1.
    assert fisher(Table(4, 0, 0, 2))[1] == pytest.approx(1 / 15)
    assert fisher(Table(3, 0, 0, 3))[1] == pytest.approx(2 / 20)
    # n = 7: [[4, 0], [0, 3]]: k runs from 1 to 4 with 4, 18, 12, 1 (/35), so p = 1/35 = 0.029
    assert fisher(Table(4, 0, 0, 3))[1] == pytest.approx(1 / 35)
    assert MIN_CASES["fisher"] == 7
    # the binomial test: 5 of 5 gives 2 * (1/2)^5 = 0.0625, 6 of 6 gives 2/64 = 0.031
    assert binomial(5, 5) == pytest.approx(0.0625)
    assert binomial(6, 6) == pytest.approx(2 / 64)
    assert MIN_CASES["share"] == 6


def test_small_samples_are_not_tested() -> None:
    ratio, p, verdict = judge(_proposition(), Table(2, 0, 0, 2))
    assert (ratio, p) == (None, None)
    assert verdict == "n = 4: too few cases to test (the test needs at least 7)"


def test_no_variation_cannot_be_tested() -> None:
    assert "condition does not vary" in judge(_proposition(), Table(5, 5, 0, 0))[2]
    assert "outcome does not vary" in judge(_proposition(), Table(5, 0, 5, 0))[2]


def test_limited_claims_are_contradicted_only_by_a_positive_association() -> None:
    limited = _proposition(expects="limited")
    assert judge(limited, Table(4, 0, 0, 4))[2].startswith("contrary to the claim")
    assert judge(limited, Table(0, 4, 4, 0))[2].startswith("consistent with the claim")
    assert judge(limited, Table(3, 1, 1, 3))[2].startswith("no evidence either way")


def test_share_test() -> None:
    share = _proposition(test="share")
    # 7 of 7: p = 2 * (1/2)^7 = 0.0156
    assert judge(share, Table(7, 0))[2] == "consistent with the claim (p = 0.016, n = 7)"
    assert judge(share, Table(0, 7))[2] == "contrary to the claim (p = 0.016, n = 7)"
    assert judge(share, Table(3, 2))[2].startswith("n = 5: too few cases")


def test_counting_leaves_out_and_counts() -> None:
    rows = [
        {"id": "a", "condition": True, "outcome": True},
        {"id": "b", "condition": True, "outcome": False},
        {"id": "c", "condition": False, "outcome": True},
        {"id": "d", "condition": False, "outcome": False},
        {"id": "e", "condition": False, "outcome": False},
        {"id": "e", "condition": False, "outcome": False},  # a case counts once
        {"id": "f", "condition": True, "outcome": None, "unclassified": True},
        {"id": "g", "condition": True, "outcome": None, "unclassified": False},
        {"id": "h", "condition": None, "outcome": True},
        {"id": "i", "condition": None, "outcome": None, "unclassified": True},  # not coded
    ]
    table, out, not_coded, unclassified = count(rows, total=12)
    assert table == Table(1, 1, 1, 2)
    assert (out, not_coded, unclassified) == (3, 3, 1)  # 12 cases, 9 in scope


def test_counting_a_share_ignores_the_condition() -> None:
    rows = [{"id": "a", "outcome": True}, {"id": "b", "outcome": False}, {"id": "c"}]
    assert count(rows, total=3, share=True) == (Table(1, 1, 0, 0), 0, 1, 0)


def test_every_proposition_file_has_a_complete_header() -> None:
    found = list_propositions()
    assert len(found) >= 4
    for proposition in found:
        assert proposition.quotes and proposition.section and proposition.scope
        assert "SELECT ?id ?condition ?outcome" in proposition.text


def test_a_header_without_a_quote_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.rq"
    text = "# name: x\n# claim: c\n# section: s\n# scope: all\n# condition: a\n# outcome: b\n"
    with pytest.raises(ResourceError, match="quotes nothing"):
        parse_header(path, text)
    with pytest.raises(ResourceError, match="names the proposition"):
        parse_header(tmp_path / "y.rq", text + "# quote: q\n")


def test_a_quote_broken_over_lines_is_joined_without_a_space(tmp_path: Path) -> None:
    text = (
        "# name: x\n# claim: c\n# section: s\n# scope: all\n# condition: a\n# outcome: b\n"
        "# quote: 共同的问题理解\n#   或政策信念\n"
    )
    assert parse_header(tmp_path / "x.rq", text).quotes == ("共同的问题理解或政策信念",)
