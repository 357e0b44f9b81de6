"""File-level failures: each bad file raises InputError with a clear message (exit 2 in the CLI),
without a traceback, quickly and in bounded memory."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import pytest

from cogov.cli import main
from cogov.errors import InputError
from cogov.loaders import load_file, spreadsheet

# helper modules beside this file (the suite runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from loader_samples import GOOD_CASE

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
cases: [*i]
"""

# (file name, content, words the message must hold)
CORPUS = [
    ("empty.yaml", b"", "empty"),
    ("blank.yaml", b"  \n\n\t\n", "empty"),
    ("bom-only.csv", b"\xef\xbb\xbf\r\n", "empty"),
    ("binary.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.yaml", "cases:\n  - id: a\n    name: Gen\xe8ve\n".encode("latin-1"), "not UTF-8"),
    ("utf16.yaml", "cases: []\n".encode("utf-16"), "UTF-16"),
    ("bad.yaml", b"cases:\n  - id: a\n    name: [unclosed\n", "malformed YAML at line"),
    ("tabs.yaml", b"cases:\n\t- id: a\n", "malformed YAML at line 2"),
    ("bad.json", b'{"cases": [\n  {"id": "a",}\n]}', "malformed JSON at line 2"),
    ("laughs.yaml", BILLION_LAUGHS.encode(), "aliases"),
    ("alias.yaml", b"x: &n {zh: a}\ncases:\n  - id: a\n    name: *n\n", "aliases"),
    ("deep-flow.yaml", b"cases: " + b"[" * 10000 + b"]" * 10000, "nested deeper"),
    ("deep-json.json", b'{"cases": ' + b"[" * 10000 + b"]" * 10000 + b"}", "nested deeper"),
    (
        "deep-block.yaml",
        b"cases:\n" + b"".join(b" " * (2 * i + 2) + b"- k:\n" for i in range(200)),
        "nested deeper",
    ),
    ("deep-dashes.yaml", b"cases:\n" + b"- " * 100000 + b"x\n", "nested deeper"),
    ("list.yaml", b"- id: a\n- id: b\n", "top-level 'cases:'"),
    ("scalar.yaml", b"just some words\n", "top-level 'cases:'"),
    ("nocases.yaml", b"case:\n  - id: a\n", "no top-level 'cases:'"),
    ("cases-map.yaml", b"cases:\n  id: a\n", "must be a list"),
    ("two-docs.yaml", b"cases: []\n---\ncases: []\n", "malformed YAML"),
    ("python-tag.yaml", b"cases: !!python/object/apply:os.system [echo]\n", "malformed YAML"),
    ("cases.txt", b"cases: []\n", "allowed: .yaml"),
    ("cases.rdf", b"<rdf:RDF/>", "allowed: .yaml"),
    ("notzip.xlsx", b"id,name_en\na,A\n", "not a zip"),
    ("damaged.xlsx", b"PK\x03\x04garbage", "damaged"),
    ("bad.ttl", b"@prefix cogov: <https://w3id.org/cogov#> .\n<a> cogov:x \n", "malformed Turtle"),
    ("empty-graph.ttl", b"@prefix x: <http://example.org/> .\n", "no case"),
    (
        "imports.ttl",
        (
            b"<https://example.org/x> <http://www.w3.org/2002/07/owl#imports> "
            b"<https://example.org/evil.ttl> .\n"
        ),
        "owl:imports",
    ),
    ("bad.jsonld", b'{"@id": "http://x/a", ', "malformed JSON-LD"),
    ("header.csv", b"foo,bar\n1,2\n", "not a header"),
]


@pytest.mark.parametrize(("name", "content", "words"), CORPUS, ids=[c[0] for c in CORPUS])
def test_bad_file_is_refused_with_a_clear_message(write, name, content, words, capsys):
    path = write(name, content)
    with pytest.raises(InputError) as caught:
        load_file(path)
    assert words in str(caught.value)
    assert str(path) in str(caught.value)  # the message names the file
    assert main(["convert", str(path), "--to", "yaml"]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_missing_file_and_directory(tmp_path, capsys):
    with pytest.raises(InputError, match="does not exist"):
        load_file(tmp_path / "nope.yaml")
    folder = tmp_path / "cases.yaml"
    folder.mkdir()
    with pytest.raises(InputError, match="folder"):
        load_file(folder)
    assert main(["convert", str(tmp_path / "nope.yaml"), "--to", "ttl"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as handle:  # a sparse file: no disk space, no memory
        handle.truncate(201 * 1024 * 1024)
    with pytest.raises(InputError, match="limit is 210 MB"):
        load_file(path)


def test_utf8_with_bom_is_accepted(write):
    path = write("bom.yaml", b"\xef\xbb\xbf" + GOOD_CASE.encode())
    assert load_file(path).cases[0].id == "yrd-air-2014"


def test_not_utf8_names_the_line(write):
    path = write("latin1.yaml", b"cases:\n  - id: a\n    name: Gen\xe8ve\n")
    with pytest.raises(InputError) as caught:
        load_file(path)
    assert caught.value.problem.line == 3
    assert "line 3" in str(caught.value)


def test_malformed_yaml_names_line_and_column(write):
    path = write("bad.yaml", "cases:\n  - id: a\n    name: {zh: 上海\n")
    with pytest.raises(InputError) as caught:
        load_file(path)
    assert caught.value.problem.line is not None
    assert "column" in str(caught.value)


def test_xlsx_zip_bomb_is_refused(write, monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_UNZIPPED_BYTES", 1_000_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 3_000_000)
    path = write("bomb.xlsx", buffer.getvalue())
    with pytest.raises(InputError, match="zip bomb"):
        load_file(path)


def test_xlsx_extreme_compression_ratio_is_refused(write):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("xl/sharedStrings.xml", b"\0" * 40_000_000)
    assert buffer.getbuffer().nbytes * 1000 < 40_000_000
    path = write("ratio.xlsx", buffer.getvalue())
    with pytest.raises(InputError, match="zip bomb"):
        load_file(path)


def test_remote_jsonld_context_is_refused_and_not_fetched(write, tmp_path):
    import http.server
    import threading

    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = json.dumps({"@context": {"name": "http://www.w3.org/2000/01/rdf-schema#label"}})
            self.send_response(200)
            self.send_header("Content-Type", "application/ld+json")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/context.jsonld"
        doc = {"@context": url, "@id": "https://w3id.org/cogov/case/a", "name": "A"}
        path = write("remote.jsonld", json.dumps(doc))
        with pytest.raises(InputError, match="remote @context"):
            load_file(path)
    finally:
        server.shutdown()
        server.server_close()
    assert hits == []


def test_remote_owl_import_is_refused_but_cogov_import_is_allowed(write):
    cogov_import = (
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix cogov: <https://w3id.org/cogov#> .\n"
        "<https://example.org/data> owl:imports <https://w3id.org/cogov> .\n"
        "<https://w3id.org/cogov/case/a> a cogov:LocalGovernmentCollaboration .\n"
    )
    assert len(load_file(write("ok.ttl", cogov_import)).cases) == 1
    remote = cogov_import.replace("<https://w3id.org/cogov> .", "<http://127.0.0.1:9/x.ttl> .")
    with pytest.raises(InputError, match="fetches nothing"):
        load_file(write("remote.ttl", remote))


def test_unknown_extension_lists_the_allowed_ones(write):
    with pytest.raises(InputError) as caught:
        load_file(write("cases.yam", GOOD_CASE))
    for ext in (".yaml", ".yml", ".json", ".csv", ".xlsx", ".ttl", ".jsonld"):
        assert ext in str(caught.value)


def test_anchor_text_without_aliases_still_loads(write):
    text = GOOD_CASE.replace("State Council (2013)", "R&D *and* more (2013)")
    assert load_file(write("amp.yaml", text)).cases[0].sources == ("R&D *and* more (2013)",)


def test_file_path_given_is_the_name_in_messages(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("rel.yaml").write_text("cases:\n  - id: a\n    nmae: x\n", encoding="utf-8")
    data = load_file("rel.yaml")
    assert data.problems[0].file == "rel.yaml"
    assert data.cases[0].file == "rel.yaml"
