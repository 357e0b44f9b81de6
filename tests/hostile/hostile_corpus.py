"""The hostile-file corpus shared by the cross-entry-point tests.

Each entry is a file name, its content (bytes, or a callable that writes the file cheaply), the
exit code every command that reads it must return, and words its message must hold.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: replaced, when a file is written, by the address of a local server that counts requests
NOWHERE = "@REMOTE@"

XXE = f"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">
             <!ENTITY remote SYSTEM "{NOWHERE}/evil.dtd">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
  <rdf:Description rdf:about="https://w3id.org/cogov/case/a">
    <rdfs:label>&xxe;&remote;</rdfs:label>
  </rdf:Description>
</rdf:RDF>
""".encode()

XML_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
  <rdf:Description rdf:about="urn:x"><rdfs:label>&lol9;</rdfs:label></rdf:Description>
</rdf:RDF>
"""

YAML_LAUGHS = "\n".join(
    [f"a0: &a0 [{', '.join(['lol'] * 9)}]"]
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    + ["cases: [*a8]", ""]
).encode()

REMOTE_IMPORT = f"""@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix cogov: <https://w3id.org/cogov#> .
<https://example.org/data> owl:imports <{NOWHERE}/evil.ttl> .
<https://w3id.org/cogov/case/a> a cogov:LocalGovernmentCollaboration .
""".encode()

REMOTE_IMPORT_JSONLD = json.dumps(
    {
        "@id": "https://example.org/data",
        "http://www.w3.org/2002/07/owl#imports": {"@id": f"{NOWHERE}/evil.jsonld"},
    }
).encode()

REMOTE_CONTEXT = json.dumps(
    {"@context": f"{NOWHERE}/context.jsonld", "@id": "https://w3id.org/cogov/case/a"}
).encode()

REMOTE_CONTEXT_LIST = json.dumps(
    {
        "@context": [{"rdfs": "http://www.w3.org/2000/01/rdf-schema#"}, f"{NOWHERE}/c.jsonld"],
        "@id": "https://w3id.org/cogov/case/a",
    }
).encode()


def _zip(name: str, member: bytes, level: int = 9) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr(name, member)
    return buffer.getvalue()


def _sparse(size: int) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with open(path, "wb") as handle:  # no disk space, no memory
            handle.truncate(size)

    return write


@dataclass(frozen=True)
class Hostile:
    name: str
    content: bytes | Callable[[Path], None]
    words: str
    code: int = 2

    def write(self, folder: Path, remote: str = "http://127.0.0.1:9") -> Path:
        """Write the file into ``folder``; remote addresses point at ``remote``."""
        path = folder / self.name
        if callable(self.content):
            self.content(path)
        else:
            path.write_bytes(self.content.replace(NOWHERE.encode(), remote.encode()))
        return path


def _actor_file(actors: str, participants: str) -> bytes:
    """A case file with declared actors, otherwise valid."""
    return (
        f"actors:\n{actors}"
        "cases:\n"
        "  - id: yrd-air\n"
        "    name: {en: YRD air}\n"
        "    domain: air\n"
        "    start: 2014\n"
        f"    participants: {participants}\n"
        "    initiation: voluntary\n"
        "    mechanisms: [forum]\n"
        "    sources: [a]\n"
    ).encode()


_SHANGHAI = "  - {id: shanghai, name: {zh: 上海市, en: Shanghai}, level: province}\n"
_JIANGSU = "  - {id: jiangsu, name: {zh: 江苏省, en: Jiangsu}, level: province}\n"

ACTOR_CORPUS: list[Hostile] = [
    Hostile(
        "unknown-actor.yaml",
        _actor_file(_SHANGHAI + _JIANGSU, "[{actor: shanghai}, {actor: jiangsuu}]"),
        "unknown actor 'jiangsuu'",
        code=1,
    ),
    Hostile(
        "duplicate-actor.yaml",
        _actor_file(_SHANGHAI + _SHANGHAI, "[{actor: shanghai}, {name: Jiangsu, level: province}]"),
        "declared twice",
        code=1,
    ),
    Hostile(
        "bad-division-code.yaml",
        _actor_file(
            _SHANGHAI.replace("level: province", "level: province, division_code: 31000")
            + _JIANGSU,
            "[{actor: shanghai}, {actor: jiangsu}]",
        ),
        "not a GB/T 2260 administrative division code",
        code=1,
    ),
    Hostile(
        "unknown-actor.csv",
        "id,name_en,domain,start,participants,initiation,mechanisms,sources\n"
        "yrd-air,YRD air,air,2014,@shanghai = 上海市 | Shanghai (province); @jiangsuu,"
        "voluntary,forum,a\n".encode(),
        "unknown actor 'jiangsuu'",
        code=1,
    ),
]


CORPUS: list[Hostile] = [
    Hostile("xxe.rdf", XXE, "allowed: .yaml"),
    Hostile("xxe.xml", XXE, "allowed: .yaml"),
    Hostile("laughs.owl", XML_LAUGHS, "allowed: .yaml"),
    Hostile("xxe-named.ttl", XXE, "malformed Turtle"),
    Hostile("laughs.yaml", YAML_LAUGHS, "aliases"),
    Hostile("python-tag.yaml", b"cases: !!python/object/apply:os.system [echo]\n", "malformed"),
    Hostile("remote-import.ttl", REMOTE_IMPORT, "owl:imports"),
    Hostile("remote-import.jsonld", REMOTE_IMPORT_JSONLD, "owl:imports"),
    Hostile("remote-context.jsonld", REMOTE_CONTEXT, "remote @context"),
    Hostile("remote-context-list.jsonld", REMOTE_CONTEXT_LIST, "remote @context"),
    Hostile("not-a-zip.xlsx", b"id,name_en\na,A\n", "not a zip"),
    Hostile("bomb.xlsx", _zip("xl/sharedStrings.xml", b"\0" * 40_000_000), "zip bomb"),
    Hostile("deep.json", b'{"cases": ' + b"[" * 10_000 + b"]" * 10_000 + b"}", "nested deeper"),
    Hostile("deep.yaml", b"cases: " + b"[" * 10_000 + b"]" * 10_000 + b"\n", "nested deeper"),
    Hostile("deep-dashes.yaml", b"cases:\n" + b"- " * 10_000 + b"x\n", "nested deeper"),
    Hostile(
        "deep.jsonld",
        b'{"@id": "urn:x", "urn:p": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
        "nested deeper",
    ),
    Hostile("deep.ttl", b"<urn:x> <urn:p> " + b"( " * 10_000 + b") " * 10_000 + b".\n", "no case"),
    Hostile("binary.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    Hostile("huge.yaml", _sparse(201 * 1024 * 1024), "limit is 210 MB"),
    Hostile("huge.csv", _sparse(201 * 1024 * 1024), "limit is 210 MB"),
    Hostile("huge.ttl", _sparse(201 * 1024 * 1024), "limit is 210 MB"),
]
CORPUS += ACTOR_CORPUS


# Evidence that does not fit (docs/evidence.md): a valid case with one evidence record the reader
# refuses; every command stops with exit 1 and the message. (A record without a quote or with
# confidence "sure" is reported by the shapes, which convert does not run: see tests/data/bad.)
_GOOD_CASE = (Path(__file__).resolve().parents[1] / "data" / "good" / "one-case.yaml").read_bytes()

CORPUS += [
    Hostile(
        "evidence-uncoded-key.yaml",
        _GOOD_CASE + b"  evidence:\n    mechanisms:\n      forum: {quote: x}\n",
        "evidence.mechanisms.forum",
        code=1,
    ),
    Hostile(
        "evidence-list-not-mapping.yaml",
        _GOOD_CASE + b"  evidence:\n    mechanisms: [{quote: x}]\n",
        "expected a mapping of mechanism",
        code=1,
    ),
]
