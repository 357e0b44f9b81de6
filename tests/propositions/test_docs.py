"""The generated part of docs/propositions.md is current."""

from __future__ import annotations

import pytest

from cogov.tools import gen_propositions_doc


def test_generated_section_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    if not gen_propositions_doc.PAGE.exists():
        pytest.skip("docs/ is not in this installation")
    code = gen_propositions_doc.main(["--check"])
    assert code == 0, capsys.readouterr().out


def test_the_page_lists_every_proposition() -> None:
    from cogov.propositions import list_propositions

    if not gen_propositions_doc.PAGE.exists():
        pytest.skip("docs/ is not in this installation")
    page = gen_propositions_doc.PAGE.read_text(encoding="utf-8")
    for proposition in list_propositions():
        assert f"### {proposition.name}" in page
