"""cogov export for analysis: long and wide CSV, Parquet and Stata, read back and compared."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from cogov.cli import main
from cogov.loaders.keys import key_label, keys
from cogov.resources import data_dir

PAPER = str(data_dir("data") / "paper-cases.yaml")
CASES = """\
cases:
  - id: coded
    name: {zh: 甲乙协作, en: A and B}
    domain: air
    start: 2014
    participants: [{name: City A, level: county}, {name: City B, level: county}]
    initiation: voluntary
    mechanisms: [forum, agreement]
    activities: []
    drivers: {shared_beliefs: true}
    sources: ["=HYPERLINK(\\"x\\")"]
    evidence:
      mechanisms:
        forum: {quote: 双方定期召开论坛, source: paper, locator: p. 3}
  - id: unreported
    name: {en: C and D}
    domain: water
    start: 2015
    participants: [{name: City C, level: county}, {name: City D, level: county}]
    initiation: voluntary
    sources: [example]
"""


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    return path


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_wide_csv_keeps_not_reported_apart_from_none(cases: Path, tmp_path: Path) -> None:
    out = tmp_path / "wide.csv"
    assert main(["export", str(cases), "--to", "wide-csv", "-o", str(out)]) == 0
    rows = {row["id"]: row for row in _read_csv(out)}
    coded, unreported = rows["coded"], rows["unreported"]
    assert (coded["mechanism_forum"], coded["mechanism_agreement"]) == ("1", "1")
    assert coded["mechanism_contract"] == "0"
    assert {coded[f"activity_{k}"] for k in keys("activity")} == {"0"}  # coded as none
    assert {unreported[f"mechanism_{k}"] for k in keys("mechanism")} == {""}  # not reported
    assert coded["type"] == "C" and unreported["type"] == ""  # formal, no activities
    header = next(csv.reader(out.open(encoding="utf-8")))
    assert [f"instrument_{k}" for k in keys("instrument")] == header[-len(keys("instrument")):]


def test_long_csv_carries_the_evidence_and_escapes_formulas(cases: Path, tmp_path: Path) -> None:
    out = tmp_path / "long.csv"
    assert main(["export", str(cases), "--to", "long-csv", "-o", str(out)]) == 0
    rows = _read_csv(out)
    forum = [r for r in rows if r["id"] == "coded" and r["value"] == "forum"]
    assert forum == [{"id": "coded", "field": "mechanisms", "value": "forum",
                      "quote": "双方定期召开论坛", "source": "paper", "locator": "p. 3"}]  # fmt: skip
    assert {"field": "activities", "value": "none"}.items() <= next(
        r for r in rows if r["id"] == "coded" and r["field"] == "activities"
    ).items()
    assert not [r for r in rows if r["id"] == "unreported" and r["field"] == "mechanisms"]
    source = next(r for r in rows if r["field"] == "sources" and r["id"] == "coded")
    assert source["value"].startswith("'=")


def test_parquet_keeps_the_types(cases: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the analysis extra")
    out = tmp_path / "cases.parquet"
    assert main(["export", str(cases), "--to", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out).to_pylist()
    by_id = {row["id"]: row for row in table}
    assert by_id["coded"]["mechanism_forum"] == 1 and by_id["coded"]["shared_beliefs"] is True
    assert by_id["unreported"]["mechanism_forum"] is None
    assert by_id["unreported"]["shared_beliefs"] is None
    assert by_id["coded"]["participant_count"] == 2


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_stata_has_labels_in_the_language(cases: Path, tmp_path: Path, lang: str) -> None:
    pd = pytest.importorskip("pandas", reason="the analysis extra")
    out = tmp_path / "cases.dta"
    assert main(["export", str(cases), "--to", "dta", "-o", str(out), "--lang", lang]) == 0
    frame = pd.read_stata(out)
    assert list(frame["id"]) == ["coded", "unreported"]
    assert frame.loc[0, "mechanism_forum"] == 1 and pd.isna(frame.loc[1, "mechanism_forum"])
    with pd.io.stata.StataReader(out) as reader:
        labels = reader.variable_labels()
    assert labels["mechanism_forum"] == key_label("mechanism", "forum", lang)
    assert all(len(name) <= 32 for name in labels)


def test_the_papers_cases_export_in_every_format(tmp_path: Path) -> None:
    for fmt in ("long-csv", "wide-csv", "parquet", "dta"):
        assert main(["export", PAPER, "--to", fmt, "-o", str(tmp_path / f"out.{fmt}")]) == 0


def test_an_unknown_format_is_a_usage_error(cases: Path, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(cases), "--to", "sav", "-o", str(tmp_path / "x")])
    assert exit_.value.code == 2
    assert not (tmp_path / "x").exists()


def test_invalid_data_writes_nothing(cases: Path, tmp_path: Path) -> None:
    cases.write_text(CASES.replace("domain: air", "domain: airr"), encoding="utf-8")
    out = tmp_path / "wide.csv"
    assert main(["export", str(cases), "--to", "wide-csv", "-o", str(out)]) == 1
    assert not out.exists()
