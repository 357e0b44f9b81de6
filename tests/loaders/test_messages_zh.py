"""``cogov validate --lang zh``: the loaders' own messages are in Chinese too.

Every bad file of the loaders' corpus (``test_bad_files.CORPUS``), every file-level failure
the corpus leaves to other tests (missing, a folder, too large, zip bomb, remote context), every
reading problem (unknown field, field given twice, a case that is not a mapping, ...) and every
file of ``tests/data/bad`` must give a message in Chinese that names the file; the English
output stays as it was.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from cogov.cli import main
from cogov.loaders import load_file, spreadsheet

# helper modules beside this file (the suite runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from loader_samples import GOOD_CASE
from test_bad_files import CORPUS

CJK = re.compile(r"[\u4e00-\u9fff]")
BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
EXPECTED = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))
SEVERITY_ZH = {"error": "错误", "warning": "警告"}

# Words the Chinese message must hold, for a few corpus files.
CORPUS_ZH = {
    "empty.yaml": "文件是空的",
    "binary.yaml": "二进制文件",
    "latin1.yaml": "不是 UTF-8",
    "utf16.yaml": "UTF-16",
    "bad.yaml": "YAML 格式有误（第",
    "bad.json": "JSON 格式有误（第 2 行",
    "laughs.yaml": "YAML 别名",
    "deep-json.json": "嵌套超过 64 层",
    "list.yaml": "“cases:”",
    "nocases.yaml": "没有顶层的 “cases:” 列表",
    "cases-map.yaml": "必须是案例的列表",
    "cases.txt": "无法从扩展名 “.txt” 判断",
    "notzip.xlsx": "不是 zip 压缩包",
    "damaged.xlsx": "已损坏",
    "bad.ttl": "Turtle 格式有误",
    "empty-graph.ttl": "没有案例",
    "imports.ttl": "不从网络获取",
    "header.csv": "不是案例各列的表头",
}


def validate(capsys, path: Path | str, *options: str) -> tuple[int, str, str]:
    code = main(["validate", str(path), *options])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def messages(out: str, path: Path | str) -> list[tuple[str, str]]:
    """(where, message) of each text line about ``path``."""
    found = []
    for line in out.splitlines():
        if not line.startswith(str(path)):
            continue
        for severity in SEVERITY_ZH.values():
            where, sep, message = line.partition(f"：{severity}：")
            if sep:
                found.append((where, message))
                break
        else:
            pytest.fail(f"no Chinese severity in {line!r}")
    return found


def assert_all_chinese(capsys, path: Path | str, words: str = "") -> list[str]:
    """Text and JSON output of ``--lang zh``: every message of the file holds Chinese."""
    code_zh, out, _ = validate(capsys, path, "--lang", "zh")
    found = messages(out, path)
    assert found, out
    for _where, message in found:
        assert CJK.search(message), f"English-only message: {message!r}"
    assert words in "\n".join(m for _, m in found), out

    code_json, out_json, _ = validate(capsys, path, "--lang", "zh", "--format", "json")
    rows = json.loads(out_json)
    assert rows and code_json == code_zh
    for row in rows:
        assert list(row) == ["file", "row", "line", "case", "field", "severity", "message"]
        assert row["file"] == str(path)
        assert CJK.search(row["message"]), row

    code_en, out_en, _ = validate(capsys, path, "--format", "json")
    english = [row["message"] for row in json.loads(out_en)]
    assert code_en == code_zh and len(english) == len(rows)
    chinese = [row["message"] for row in rows]
    assert set(chinese).isdisjoint(english)  # each message was translated, not copied
    return [m for _, m in found]


@pytest.mark.parametrize(("name", "content", "words"), CORPUS, ids=[c[0] for c in CORPUS])
def test_corpus_file_in_chinese(write, name, content, words, capsys):
    path = write(name, content)
    assert_all_chinese(capsys, path, CORPUS_ZH.get(name, ""))
    code, out, _ = validate(capsys, path)  # the English line keeps its words
    assert code == 2 and words in out and not CJK.search(out.replace(str(path), ""))


def test_missing_file_and_folder_in_chinese(tmp_path, capsys):
    assert_all_chinese(capsys, tmp_path / "nope.yaml", "文件不存在")
    folder = tmp_path / "cases.yaml"
    folder.mkdir()
    assert_all_chinese(capsys, folder, "文件夹")


def test_too_large_in_chinese(tmp_path, capsys):
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:  # a sparse file: no disk space, no memory
        handle.truncate(201 * 1024 * 1024)
    assert_all_chinese(capsys, path, "上限为 210 MB")


def test_zip_bomb_in_chinese(write, monkeypatch, capsys):
    monkeypatch.setattr(spreadsheet, "MAX_UNZIPPED_BYTES", 1_000_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 3_000_000)
    assert_all_chinese(capsys, write("bomb.xlsx", buffer.getvalue()), "zip 炸弹")


def test_remote_context_in_chinese(write, capsys):
    doc = {"@context": "http://127.0.0.1:9/context.jsonld", "@id": "https://w3id.org/cogov/case/a"}
    assert_all_chinese(capsys, write("remote.jsonld", json.dumps(doc)), "远程 @context")


def test_deep_block_yaml_names_its_line_in_chinese(write, capsys):
    text = "cases:\n" + "".join(" " * (2 * i + 2) + "- k:\n" for i in range(200))
    path = write("deep.yaml", text)
    (where, message), *_ = messages(validate(capsys, path, "--lang", "zh")[1], path)
    assert "第" in where and "嵌套超过 64 层" in message


# (file name, content, field, words of the Chinese message) of reading problems
READING = [
    (
        "unknown-field.yaml",
        GOOD_CASE.replace("    domain: air\n", "    domian: air\n"),
        "domian",
        "未知字段 “domian”；是否应为 “domain”？",
    ),
    (
        "unknown-far.yaml",
        GOOD_CASE.replace("    domain: air\n", "    domain: air\n    colour: red\n"),
        "colour",
        "允许的取值：id、name、domain",
    ),
    (
        "twice.yaml",
        GOOD_CASE.replace("    domain: air\n", "    domain: air\n    domain: water\n"),
        "domain",
        "字段 “domain” 在这个案例中出现了两次（第 6 行和第 7 行）",
    ),
    (
        "twice.json",
        '{"cases": [{"id": "a", "domain": "air", "domain": "water"}]}',
        "domain",
        "出现了两次",
    ),
    ("string-case.yaml", "cases:\n  - just a string\n", None, "案例必须是字段的映射"),
    ("not-a-list.yaml", "cases:\n  - id: a\n    mechanisms: {a: 1}\n", "mechanisms", "应为列表"),
    ("two-ids.yaml", "cases:\n  - id: [a, b]\n", "id", "应为单个取值，实际为一个列表"),
    ("lang-tag.yaml", "cases:\n  - id: a\n    name: {'1x': A}\n", "name.1x", "不是语言标记"),
    ("name-list.yaml", "cases:\n  - id: a\n    name: [A, B]\n", "name", "应为名称"),
    ("actor.yaml", "cases:\n  - id: a\n    participants: [[x]]\n", "participants[1]", "应为参与者"),
    (
        "actor-field.yaml",
        "cases:\n  - id: a\n    participants: [{name: X, levle: county}]\n",
        "participants[1].levle",
        "参与者的未知字段 “levle”；是否应为 “level”？",
    ),
    ("drivers.yaml", "cases:\n  - id: a\n    drivers: [x]\n", "drivers", "驱动因素"),
    (
        "driver-flag.yaml",
        "cases:\n  - id: a\n    drivers: {shared_beliefs: [x]}\n",
        "drivers.shared_beliefs",
        "应为 true 或 false",
    ),
    (
        "driver-field.yaml",
        "cases:\n  - id: a\n    drivers: {homophilly: high}\n",
        "drivers.homophilly",
        "drivers 中的未知字段",
    ),
    ("top.yaml", GOOD_CASE + "meta: {author: me}\n", "meta", "顶层的未知字段 “meta”"),
    ("column.csv", "id,name_en,partcipants\na,A,x\n", "partcipants", "表头中的未知列"),
    ("column-twice.csv", "id,name_en,id\na,A,b\n", "id", "列 “id” 出现了两次"),
    ("actor-names.csv", "id,participants\na,x | y | z (county)\n", "participants[1]", "\\|"),
    ("unheaded.csv", "id,name_en,,\na,A,,lost value\n", "column D", "D 列没有表头"),
]


@pytest.mark.parametrize(
    ("name", "content", "field", "words"), READING, ids=[r[0] for r in READING]
)
def test_reading_problem_in_chinese(write, name, content, field, words, capsys):
    path = write(name, content)
    problems = [p for p in load_file(path).problems if p.field == field]
    assert problems, load_file(path).problems
    assert all(p.message_zh and CJK.search(p.message_zh) for p in problems)
    found = assert_all_chinese(capsys, path)
    suffix = f"字段 {field}" if field else ""
    _, out, _ = validate(capsys, path, "--lang", "zh")
    hits = [m for w, m in messages(out, path) if w.endswith(suffix) and words in m]
    assert hits, found
    # the English message is the loader's English one, untouched
    _, out_en, _ = validate(capsys, path)
    assert all(p.message in out_en for p in problems)


def test_every_loader_problem_has_chinese(write):
    """Whatever the loaders report about a file, there is a Chinese text for it."""
    for name, content, _field, _words in READING:
        for problem in load_file(write(name, content)).problems:
            assert problem.message_zh and CJK.search(problem.message_zh), problem


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validation_corpus_in_chinese(name, capsys):
    """``tests/data/bad``: shape messages and file-level failures alike are in Chinese."""
    assert_all_chinese(capsys, BAD / name)
