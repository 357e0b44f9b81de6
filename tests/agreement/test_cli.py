"""``cogov agree`` on small case files: output formats, disagreements, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from cogov.cli import main

CASE = """\
  - id: {id}
    name: {{en: Case {id}}}
    domain: air
    start: 2014
    participants:
      - {{name: {{en: Shanghai}}, level: province}}
      - {{name: {{en: Jiangsu}}, level: province}}
    initiation: {initiation}
{autonomy}    mechanisms: [{mechanisms}]
    activities: [information_sharing, joint_monitoring, joint_planning]
    drivers: {{shared_beliefs: {beliefs}}}
    sources: ["A report (2015)"]
"""


def _case(id: str, **over: str) -> str:
    fields = {
        "id": id,
        "initiation": "mandated",
        "autonomy": "    decision_autonomy: retained\n",
        "mechanisms": "cooperation_group, joint_conference",
        "beliefs": "true",
    }
    fields.update(over)
    return CASE.format(**fields)


def _file(tmp_path: Path, name: str, *cases: str) -> str:
    path = tmp_path / name
    path.write_text("cases:\n" + "".join(cases), encoding="utf-8")
    return str(path)


def _pair(tmp_path: Path) -> tuple[str, str]:
    """Two coders: they agree on case v, and on case m differ in the mechanisms (so in
    formalization and type, through the classification) and in a driver."""
    voluntary = _case("v", initiation="voluntary", autonomy="", mechanisms="forum")
    a = _file(tmp_path, "a.yaml", _case("m"), voluntary)
    b = _file(tmp_path, "b.yaml", _case("m", mechanisms="forum", beliefs="false"), voluntary)
    return a, b


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["agree", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_identical_files_agree_fully(tmp_path, capsys) -> None:
    a, _ = _pair(tmp_path)
    b = _file(tmp_path, "copy.yaml", Path(a).read_text(encoding="utf-8")[len("cases:\n") :])
    code, out, _ = run(capsys, a, b, "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert result["disagreements"] == []
    for name in ("initiation", "mode", "type", "mechanisms"):
        assert result["fields"][name] == {"n": 2, "agreement": 1.0, "kappa": 1.0, "alpha": 1.0}


def test_json_shape_and_the_disagreements(tmp_path, capsys) -> None:
    a, b = _pair(tmp_path)
    code, out, _ = run(capsys, a, b, "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert set(result) == {"fields", "disagreements"}
    assert list(result["fields"])[:6] == [
        "initiation", "decision_autonomy", "formalization", "activity_level", "type", "mode",
    ]  # fmt: skip
    assert "drivers.shared_beliefs" in result["fields"] and "instruments" in result["fields"]
    for stats in result["fields"].values():
        assert set(stats) == {"n", "agreement", "kappa", "alpha"}
    found = {(d["case"], d["field"]): d["values"] for d in result["disagreements"]}
    assert found == {
        ("m", "formalization"): {a: "high", b: "low"},
        ("m", "type"): {a: "D", b: "B"},
        ("m", "drivers.shared_beliefs"): {a: True, b: False},
        ("m", "mechanisms"): {a: ["cooperation_group", "joint_conference"], b: ["forum"]},
    }
    assert result["fields"]["initiation"]["agreement"] == 1.0
    assert result["fields"]["formalization"]["agreement"] == 0.5
    assert result["fields"]["decision_autonomy"]["n"] == 1  # v is voluntary: not coded


def test_table_lists_each_disagreement_with_both_values(tmp_path, capsys) -> None:
    a, b = _pair(tmp_path)
    code, out, _ = run(capsys, a, b)
    assert code == 0
    assert "2 case(s) in every file, 2 coders" in out
    line = next(x for x in out.splitlines() if "drivers.shared_beliefs" in x and "true" in x)
    assert "false" in line and "│ m " in line
    assert "4 disagreement(s):" in out


def test_csv_is_the_fields_table(tmp_path, capsys) -> None:
    a, b = _pair(tmp_path)
    code, out, _ = run(capsys, a, b, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["field", "n", "agreement", "kappa", "alpha"]
    by_field = {r["field"]: r for r in rows}
    assert by_field["formalization"]["agreement"] == "0.5"
    assert by_field["drivers.homophily"] == {
        "field": "drivers.homophily", "n": "0", "agreement": "", "kappa": "", "alpha": "",
    }  # fmt: skip


def test_cases_not_in_every_file_are_left_out_and_named(tmp_path, capsys) -> None:
    a, _ = _pair(tmp_path)
    b = _file(tmp_path, "b.yaml", _case("m"))
    c = _file(tmp_path, "c.yaml", _case("m"))
    code, out, err = run(capsys, a, b, c, "--format", "json")
    assert code == 0
    assert "1 case(s) not in every file were left out: v" in err
    assert json.loads(out)["fields"]["initiation"] == {
        "n": 1, "agreement": 1.0, "kappa": None, "alpha": None,
    }  # fmt: skip


def test_a_file_that_does_not_validate_is_refused(tmp_path, capsys) -> None:
    a, _ = _pair(tmp_path)
    bad = _file(tmp_path, "bad.yaml", _case("m").replace("domain: air", "domain: airr"))
    code, out, err = run(capsys, a, bad)
    assert code == 1 and out == ""
    assert f"{bad}, line" in err and "case m, field domain: error:" in err


def test_a_missing_file_a_single_file_and_no_common_case_exit_2(tmp_path, capsys) -> None:
    a, _ = _pair(tmp_path)
    missing = str(tmp_path / "missing.yaml")
    code, out, err = run(capsys, a, missing)
    assert (code, out) == (2, "") and "does not exist" in err
    code, out, err = run(capsys, a)
    assert (code, out) == (2, "") and "two or more" in err
    other = _file(tmp_path, "other.yaml", _case("w"))
    code, out, err = run(capsys, a, other)
    assert (code, out) == (2, "") and f"{a}, {other} have no case id in common" in err


def test_not_reported_is_missing_data_and_listed_as_a_disagreement(tmp_path, capsys) -> None:
    """Contract 0.2.0: one coder finds the initiation not reported, the other codes it; the
    case does not count toward n for initiation, and the pair is listed."""
    voluntary = _case("v", initiation="voluntary", autonomy="", mechanisms="forum")
    unreported = _case("v", initiation="not_reported", autonomy="", mechanisms="forum")
    a = _file(tmp_path, "a.yaml", _case("m"), voluntary)
    b = _file(tmp_path, "b.yaml", _case("m"), unreported)
    code, out, _ = run(capsys, a, b, "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert result["fields"]["initiation"]["n"] == 1  # only case m is coded by both
    listed = [d for d in result["disagreements"] if d["field"] == "initiation"]
    assert listed == [{"case": "v", "field": "initiation",
                       "values": {a: "voluntary", b: "not_reported"}}]  # fmt: skip
