"""The spreadsheet form: cell syntax, rows, formula safety, XLSX reading and writing."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from cogov.loaders import load_file, write_cases
from cogov.loaders.cells import format_actor, parse_actor, split_items
from cogov.loaders.keys import columns, key_label, keys
from cogov.model import Actor, Case, has_cjk

HEADER = ",".join(c.header for c in columns())


def _csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[c.header for c in columns()])
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(
    ("cell", "names", "level"),
    [
        ("上海市 | Shanghai (province)", {"zh": "上海市", "en": "Shanghai"}, "province"),
        ("上海市 (province)", {"zh": "上海市"}, "province"),
        ("Shanghai", {"en": "Shanghai"}, None),
        ("| 上海 (province)", {"en": "上海"}, "province"),
        ("Shanghai |", {"zh": "Shanghai"}, None),
        ("(central)", {}, "central"),
        ("Hong Kong (SAR) (province)", {"en": "Hong Kong (SAR)"}, "province"),
        ("Hong Kong (SAR\\)", {"en": "Hong Kong (SAR)"}, None),
        ("香港（特别行政区） (province)", {"zh": "香港（特别行政区）"}, "province"),
        ("A \\| B | C (county)", {"zh": "A | B", "en": "C"}, "county"),
        ("x (a\\)b)", {"en": "x"}, "a)b"),
    ],
)
def test_actor_cell_syntax(cell, names, level):
    got_names, got_level, _ = parse_actor(cell)
    assert (got_names, got_level) == (names, level)
    again = parse_actor(format_actor(got_names, got_level))
    assert again[:2] == (names, level)


def test_list_cells_split_on_semicolons_and_line_breaks_not_escapes():
    assert split_items("a;b\nc\r\nd; ;") == ["a", "b", "c", "d"]
    assert split_items("a\\;b; c") == ["a\\;b", "c"]


def test_csv_rows_are_numbered_like_a_spreadsheet(write):
    text = _csv(
        [
            {
                "id": "a",
                "name_zh": "甲",
                "participants": "上海市 | Shanghai (province); 江苏省 (province)",
                "mechanisms": "forum;\njoint_conference",
                "shared_beliefs": "TRUE",
                "sources": "One; Two \\; three",
            },
            {},
            {"id": "c", "name_en": "C", "start": "2016-06-30", "mechanisms": "joint_conferance"},
        ]
    )
    data = load_file(write("c.csv", text))
    assert [(c.id, c.row) for c in data.cases] == [("a", 2), ("c", 4)]
    a = data.cases[0]
    assert a.participants == (
        Actor({"zh": "上海市", "en": "Shanghai"}, "province"),
        Actor({"zh": "江苏省"}, "province"),
    )
    assert a.mechanisms == ("forum", "joint_conference")
    assert a.drivers.shared_beliefs is True
    assert a.sources == ("One", "Two ; three")
    assert data.cases[1].start == "2016-06-30"
    assert data.cases[1].mechanisms == ("joint_conferance",)
    assert data.problems == []


def test_unknown_column_is_a_problem_on_row_one(write):
    data = load_file(write("u.csv", "id,name_en,partcipants,colour\na,A,x,red\n"))
    assert [(p.field, p.row) for p in data.problems] == [("partcipants", 1), ("colour", 1)]
    assert "did you mean 'participants'" in data.problems[0].message
    assert data.cases[0].id == "a"


def test_actor_with_three_names_is_a_problem(write):
    data = load_file(write("a.csv", "id,participants\na,x | y | z (county)\n"))
    problem = data.problems[0]
    assert (problem.row, problem.case, problem.field) == (2, "a", "participants[1]")
    assert "\\|" in problem.message


def test_extra_name_language_columns(write, tmp_path):
    data = load_file(write("l.csv", "id,name_en,name_fr\na,Lake,Lac\n"))
    assert data.cases[0].name == {"en": "Lake", "fr": "Lac"}
    out = write_cases(data.cases, tmp_path / "o.csv")
    assert (
        out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("id,name_zh,name_en,name_fr")
    )


def test_semicolon_separated_csv_is_detected(write):
    data = load_file(write("s.csv", 'id;name_en;mechanisms\na;A;"forum; meeting"\n'))
    assert data.cases[0].mechanisms == ("forum", "meeting")


@pytest.mark.parametrize("text", ["=1+1", "+cmd", "-2", "@SUM(A1)", "'quoted", "'=x", "- dash"])
def test_csv_formulas_are_escaped_and_read_back(tmp_path, text):
    case = Case(id="a", name={"en": text}, sources=(text,))
    out = write_cases([case], tmp_path / "f.csv")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cell = rows[1][2]
    assert not cell.startswith(("=", "+", "-", "@")) or cell.startswith("'")
    assert cell.startswith("'")
    assert load_file(out).cases == [case]


def test_xlsx_text_that_looks_like_a_formula_is_stored_as_text(tmp_path):
    case = Case(id="a", name={"en": '=HYPERLINK("http://x")'}, start="2014", end="2016-06-30")
    out = write_cases([case], tmp_path / "f.xlsx")
    book = openpyxl.load_workbook(out)
    sheet = book["cases"]
    header = [c.value for c in sheet[1]]
    name_cell = sheet.cell(row=2, column=header.index("name_en") + 1)
    assert name_cell.data_type == "s"
    assert sheet.cell(row=2, column=header.index("start") + 1).value == 2014
    assert load_file(out).cases == [case]


def test_xlsx_typed_cells_from_a_researcher(tmp_path):
    import datetime as dt

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "name_zh", "start", "end", "shared_beliefs", "participants"])
    sheet.append([2021, "甲", 2014.0, dt.datetime(2016, 6, 30), True, "上海市 (province)"])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["b", "乙", "2015", None, "false", None])
    path = tmp_path / "typed.xlsx"
    book.save(path)
    data = load_file(path)
    a, b = data.cases
    assert (a.id, a.start, a.end, a.drivers.shared_beliefs, a.row) == (
        "2021",
        "2014",
        "2016-06-30",
        True,
        2,
    )
    assert (b.id, b.drivers.shared_beliefs, b.row) == ("b", False, 4)


def test_xlsx_reads_the_cases_sheet_by_name(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "notes"
    book.active.append(["nothing here"])
    cases = book.create_sheet("cases")
    cases.append(["id", "name_en"])
    cases.append(["a", "A"])
    path = tmp_path / "named.xlsx"
    book.save(path)
    assert [c.id for c in load_file(path).cases] == ["a"]


def test_actor_names_in_other_languages_cannot_go_to_a_spreadsheet(tmp_path):
    from cogov.errors import InputError

    case = Case(id="a", participants=(Actor({"fr": "Lyon"}, "prefecture"),))
    with pytest.raises(InputError, match="zh and en only"):
        write_cases([case], tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_template_xlsx_has_keys_sheet_and_drop_downs(tmp_path):
    from cogov.cli import main

    out = tmp_path / "t.xlsx"
    assert main(["template", "--format", "xlsx", "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["cases", "keys"]
    header = [c.value for c in book["cases"][1]]
    assert header == [c.header for c in columns()]
    key_sheet = book["keys"]
    first_row = [c.value for c in key_sheet[1]]
    domain_col = first_row.index("domain") + 1
    listed = [
        key_sheet.cell(row=r, column=domain_col).value for r in range(2, 2 + len(keys("domain")))
    ]
    assert listed == list(keys("domain"))
    # beside each list of keys, its keys' Chinese labels from the ontology
    assert first_row[domain_col] == "domain 中文"
    chinese = [key_sheet.cell(row=r, column=domain_col + 1).value for r in (2, 3)]
    assert chinese == [key_label("domain", k, "zh") for k in keys("domain")[:2]]
    assert all(chinese) and all(has_cjk(text) for text in chinese)
    rules = {str(v.sqref).split(":")[0]: v for v in book["cases"].data_validations.dataValidation}
    domain_letter = openpyxl.utils.get_column_letter(header.index("domain") + 1)
    rule = rules[f"{domain_letter}2"]
    assert rule.type == "list" and rule.showErrorMessage
    assert "keys!" in rule.formula1
    mech_letter = openpyxl.utils.get_column_letter(header.index("mechanisms") + 1)
    assert rules[f"{mech_letter}2"].showErrorMessage is False  # several keys per cell allowed
    assert_only_the_example_row(load_file(out))


def assert_only_the_example_row(data) -> None:
    """A template holds the example row, and reading it says to delete the row (one error)."""
    from cogov.loaders.template import EXAMPLE

    assert data.cases == [EXAMPLE]
    assert [(p.row, p.case, p.field, p.severity) for p in data.problems] == [
        (2, EXAMPLE.id, "id", "error")
    ]
    assert "example row" in data.problems[0].message
    assert "示例行" in data.problems[0].message_zh


def test_template_csv_is_the_header_and_the_example_row(tmp_path):
    from cogov.cli import main

    out = tmp_path / "t.csv"
    assert main(["template", "--format", "csv", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    header, example = out.read_text(encoding="utf-8-sig").strip().splitlines()
    assert header == HEADER and example.startswith("example-")
    assert_only_the_example_row(load_file(out))


def test_a_template_with_the_example_row_left_in_is_refused(tmp_path, capsys):
    from cogov.cli import main

    out = tmp_path / "t.csv"
    assert main(["template", "--format", "csv", "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 1
    assert "row 2" in capsys.readouterr().out
    # the same row under an id of the researcher's own is a valid case
    out.write_text(out.read_text(encoding="utf-8-sig").replace("example-delete-this-row", "m-1"))
    assert main(["validate", str(out)]) == 0


def test_template_yaml_loads_as_an_empty_case_file(tmp_path):
    from cogov.cli import main

    out = tmp_path / "t.yaml"
    assert main(["template", "--format", "yaml", "-o", str(out)]) == 0
    data = load_file(out)
    assert data.cases == [] and data.problems == []
    for key in keys("mechanism"):
        assert key in out.read_text(encoding="utf-8")


def test_template_yaml_uncommented_is_a_valid_case(tmp_path):
    import re

    from cogov.loaders.template import yaml_template

    lines = [re.sub(r"^#(?=  )", "", line) for line in yaml_template().splitlines()]
    path = tmp_path / "filled.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = load_file(path)
    assert data.problems == []
    case = data.cases[0]
    assert case.id == "my-case-2020" and len(case.participants) == 2
    assert case.drivers.shared_beliefs is True and case.sources


def test_value_in_a_column_without_header_is_a_problem(write):
    data = load_file(write("extra.csv", "id,name_en,,\na,A,,lost value\nb,B\n"))
    assert [c.id for c in data.cases] == ["a", "b"]
    assert [(p.row, p.case, p.field) for p in data.problems] == [(2, "a", "column D")]
    assert "no header" in data.problems[0].message
