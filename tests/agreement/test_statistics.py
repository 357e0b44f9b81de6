"""The statistics of ``cogov agree`` against published worked examples, and how the fields of
two coders' cases become units (missing data, list fields, not reported)."""

from __future__ import annotations

import pytest

from cogov.agreement import (
    FIELDS,
    agreement_of,
    coded_values,
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
)
from cogov.errors import InputError
from cogov.model import Case, Drivers

N = None

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: nominal data,
# 4 observers, 12 units, missing values. Unit 12 has one value only and is not pairable.
# The paper gives n = 40 pairable values and alpha = 0.743.
KRIPPENDORFF_2011 = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    "C": [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
}


def _units(by_coder: dict[str, list]) -> list[tuple]:
    return list(zip(*by_coder.values(), strict=True))


def test_alpha_reproduces_krippendorffs_nominal_example() -> None:
    assert krippendorff_alpha(_units(KRIPPENDORFF_2011)) == pytest.approx(0.743, abs=5e-4)


def test_alpha_ignores_a_unit_with_a_single_value() -> None:
    units = _units(KRIPPENDORFF_2011)
    assert krippendorff_alpha(units[:11]) == krippendorff_alpha(units)
    changed = [*units[:11], (N, 1, N, N)]  # unit 12 coded 1 instead of 3: still alone
    assert krippendorff_alpha(changed) == krippendorff_alpha(units)


def test_alpha_of_two_coders_by_hand() -> None:
    # Units (a,a) (a,b) (b,b): pairable values n = 6, n_a = 3, n_b = 3.
    # Disagreeing pairs: unit 2 adds (a,b) and (b,a), each with weight 1/(2-1): D = 2.
    # E = n_a*n_b + n_b*n_a = 18. alpha = 1 - (n-1) * D / E = 1 - 5 * 2 / 18 = 4/9.
    assert krippendorff_alpha([("a", "a"), ("a", "b"), ("b", "b")]) == pytest.approx(4 / 9)


def test_alpha_is_undefined_without_variation_or_pairs() -> None:
    assert krippendorff_alpha([("a", "a"), ("a", "a")]) is None
    assert krippendorff_alpha([("a", N), (N, "b")]) is None


def test_cohen_kappa_textbook_example() -> None:
    # 50 items coded yes/no by two coders: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no.
    # p_o = (20 + 15) / 50 = 0.7. Coder 1 says yes 25/50 = 0.5, coder 2 says yes 30/50 = 0.6.
    # p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5. kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    units = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15
    assert cohen_kappa(units) == pytest.approx(0.4)
    assert percent_agreement(units) == pytest.approx(0.7)


def test_cohen_kappa_skips_missing_and_refuses_three_coders() -> None:
    units = [("yes", "yes"), ("no", "no"), ("yes", N), (N, "no")]
    assert cohen_kappa(units) == pytest.approx(1.0)
    assert cohen_kappa([("a", "a"), ("a", "a")]) is None  # p_e = 1: undefined
    with pytest.raises(ValueError, match="two coders"):
        cohen_kappa([("a", "a", "a")])


def test_percent_agreement_counts_units_with_two_values() -> None:
    assert percent_agreement([("a", "a", N), ("a", "b", "a"), ("b", N, N)]) == 0.5
    assert percent_agreement([(N, "a")]) is None


def _case(**fields) -> Case:
    return Case(id="c", **fields)


def test_coded_values_treat_not_reported_and_none_as_missing() -> None:
    case = _case(
        initiation="not_reported",
        mechanisms=None,  # contract 0.2.0: not reported
        activities=(),  # coded as none
        instruments=("funding", "guidance", "funding"),
        drivers=Drivers(homophily="not_reported", shared_beliefs=False),
    )
    values = coded_values(case, {"formalization": "not_reported", "type": "", "mode": "voluntary"})
    assert set(values) == set(FIELDS)
    assert values["initiation"] is None
    assert values["mechanisms"] is None and values["activities"] == ()
    assert values["instruments"] == ("funding", "guidance")
    assert values["drivers.homophily"] is None and values["drivers.shared_beliefs"] is False
    assert values["formalization"] is None and values["type"] is None
    assert values["mode"] == "voluntary"


def _coded(**fields) -> dict:
    return {name: fields.get(name) for name in FIELDS}


def test_list_fields_are_one_binary_item_per_key_used() -> None:
    a = {"x": _coded(mechanisms=("forum", "mou")), "y": _coded(mechanisms=("forum",))}
    b = {"x": _coded(mechanisms=("forum",)), "y": _coded(mechanisms=("forum",))}
    stats = agreement_of(["a", "b"], [a, b]).fields["mechanisms"]
    # keys used: forum, mou; items x/forum (1,1), x/mou (1,0), y/forum (1,1), y/mou (0,0)
    # agreement 3/4; coder a present 3/4, coder b 2/4: p_e = 3/4*2/4 + 1/4*2/4 = 1/2,
    # kappa = (3/4 - 1/2) / (1/2) = 1/2
    assert stats.n == 2
    assert stats.agreement == pytest.approx(0.75)
    assert stats.kappa == pytest.approx(0.5)


def test_not_reported_is_missing_but_listed_as_a_disagreement() -> None:
    a = {"x": _coded(initiation="mandated", activities=None), "y": _coded(initiation="voluntary")}
    b = {"x": _coded(initiation=None, activities=()), "y": _coded(initiation="voluntary")}
    result = agreement_of(["a", "b"], [a, b])
    assert result.fields["initiation"].n == 1  # x has one coded value only
    assert result.fields["initiation"].agreement == 1.0
    assert result.fields["activities"].n == 0
    shown = {(d.case, d.field): d.values for d in result.disagreements}
    assert shown[("x", "initiation")] == {"a": "mandated", "b": "not_reported"}
    assert shown[("x", "activities")] == {"a": "not_reported", "b": []}
    assert ("y", "initiation") not in shown


def test_kappa_is_null_with_three_coders_and_only_common_cases_count() -> None:
    one = {"x": _coded(initiation="mandated"), "y": _coded(initiation="voluntary")}
    two = {"x": _coded(initiation="mandated")}
    result = agreement_of(["a", "b", "c"], [one, two, dict(one)])
    assert result.cases == ["x"] and result.left_out == ["y"]
    assert result.fields["initiation"].kappa is None
    assert result.fields["initiation"].n == 1


def test_no_common_case_names_the_files() -> None:
    with pytest.raises(InputError, match=r"a\.yaml, b\.yaml have no case id in common"):
        agreement_of(["a.yaml", "b.yaml"], [{"x": _coded()}, {"y": _coded()}])


def test_a_list_coded_as_none_by_everyone_is_full_agreement() -> None:
    a = {"x": _coded(instruments=()), "y": _coded(instruments=())}
    b = {"x": _coded(instruments=()), "y": _coded(instruments=None)}
    stats = agreement_of(["a", "b"], [a, b]).fields["instruments"]
    assert (stats.n, stats.agreement, stats.kappa, stats.alpha) == (1, 1.0, None, None)
