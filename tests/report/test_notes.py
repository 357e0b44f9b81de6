"""The report's notes say where a Table 1 placement is a default rather than coded evidence."""

from __future__ import annotations

from cogov.report import CaseView, _thin_coding_notes


def _case(**kw) -> CaseView:
    base = {"id": "x", "type": "A", "type_name": "sporadic", "mode": "voluntary"}
    base |= {"formalization": "low", "activity_level": "few"}
    base.update(kw)
    return CaseView(**base)


def test_nothing_coded_is_flagged_as_a_default_type():
    (note,) = _thin_coding_notes([_case()], ["f.yaml"])
    assert note.case == "x" and note.severity == "info" and "by default" in note.message
    assert "type A" in note.message and note.file == "f.yaml"


def test_missing_content_or_form_is_flagged_separately():
    no_content = _case(id="c", type="C", formalization="high", mechanisms=["regional_agency"])
    no_form = _case(id="b", type="B", activity_level="many",
                    activities=["joint_planning", "joint_monitoring", "fund_sharing"])  # fmt: skip
    notes = {n.case: n for n in _thin_coding_notes([no_content, no_form], ["f.yaml"])}
    assert notes["c"].field == "activities" and "'few' by default" in notes["c"].message
    assert notes["b"].field == "mechanisms" and "'low' by default" in notes["b"].message


def test_fully_coded_cases_and_coder_judgements_are_not_flagged():
    full = _case(mechanisms=["meeting"], activities=["information_sharing"])
    judged = _case(id="j", type="D", formalization="high", activity_level="many")
    assert _thin_coding_notes([full, judged], ["f.yaml"]) == []
