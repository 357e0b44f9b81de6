"""The w3id redirects: every IRI we publish, in every media type, lands on a released file.

The rules of ``w3id/.htaccess`` are read and applied the way Apache's mod_rewrite applies
them in a per-directory context (conditions bind to the next rule, first match wins, ``$n``
back-references), to every ontology, module and version IRI found in the release.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF

from cogov.resources import ONTOLOGY_IRI

HTACCESS = Path(__file__).resolve().parents[2] / "w3id" / ".htaccess"
ACCEPT = {
    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8": ".html",
    "text/turtle": ".ttl",
    "application/rdf+xml": ".owl",
    "application/ld+json": ".jsonld",
    "application/n-triples": ".nt",
    "*/*": ".html",
    "application/rdf+xml, text/html;q=0.5": ".owl",  # RDF wins when a client takes both
    "text/turtle;q=0.9, text/html;q=0.8, */*;q=0.1": ".ttl",
}


@dataclass
class Rule:
    pattern: str
    target: str
    flags: str
    conds: list[tuple[str, str, str]] = field(default_factory=list)
    used: int = 0


def read_rules(path: Path) -> list[Rule]:
    rules: list[Rule] = []
    pending: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words = shlex.split(line, posix=False)
        if words[0] == "RewriteCond":
            pending.append((words[1], words[2], words[3] if len(words) > 3 else ""))
        elif words[0] == "RewriteRule":
            rules.append(Rule(words[1], words[2], words[3] if len(words) > 3 else "", pending))
            pending = []
        else:
            assert words[0] in ("Options", "RewriteEngine"), f"unexpected directive {line}"
    assert not pending, "a RewriteCond without its rule"
    return rules


def resolve(rules: list[Rule], path: str, accept: str) -> str | None:
    for rule in rules:
        match = re.search(rule.pattern, path)
        if not match:
            continue
        ok = True
        for test, pattern, flags in rule.conds:
            assert test == "%{HTTP_ACCEPT}", test
            if not re.search(pattern, accept, re.IGNORECASE if "NC" in flags else 0):
                ok = False
        if not ok:
            continue
        assert "R=303" in rule.flags and "L" in rule.flags
        if "#" in rule.target:
            assert "NE" in rule.flags, "a fragment needs [NE] or Apache escapes the '#'"
        rule.used += 1
        return _substitute(rule.target, match.groups())
    return None


def _substitute(target: str, groups: tuple[str | None, ...]) -> str:
    return re.sub(r"\$(\d)", lambda m: groups[int(m.group(1)) - 1] or "", target)


def served_file(target: str, release_dir: Path, version: str | None) -> Path:
    base = re.match(r"https://[^/]+/[^/]+/(latest|[0-9]+\.[0-9]+\.[0-9]+)/(.*)$", target)
    assert base, f"redirect target outside the release site: {target}"
    if version is not None:
        assert base.group(1) == version, f"{target} is not the release {version}"
    else:
        assert base.group(1) == "latest"
    return release_dir / base.group(2).split("#", 1)[0]


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    return read_rules(HTACCESS)


def _published_iris(release_dir: Path) -> list[tuple[str, str | None]]:
    """(IRI path below https://w3id.org/cogov, version or None) for every ontology we release."""
    out = []
    for path in [release_dir / "cogov.ttl", *sorted((release_dir / "modules").glob("*.ttl"))]:
        graph = Graph().parse(path, format="turtle")
        for onto in graph.subjects(RDF.type, OWL.Ontology):
            version = str(graph.value(onto, OWL.versionInfo))
            for iri in (str(onto), str(graph.value(onto, OWL.versionIRI))):
                assert iri.startswith(ONTOLOGY_IRI)
                rel = iri[len(ONTOLOGY_IRI) :].lstrip("/")
                out.append((rel, version if rel.startswith(version) else None))
    return out


def test_every_ontology_module_and_version_iri_is_served_in_every_format(
    rules: list[Rule], release_dir: Path
) -> None:
    iris = _published_iris(release_dir)
    assert len(iris) >= 2 * 8
    for rel, version in iris:
        for accept, suffix in ACCEPT.items():
            target = resolve(rules, rel, accept)
            assert target is not None, f"no redirect for /cogov/{rel} ({accept})"
            file = served_file(target, release_dir, version)
            assert file.is_file(), f"/cogov/{rel} ({accept}) -> {target}: not in the release"
            assert file.suffix == suffix, f"/cogov/{rel} ({accept}) -> {target}"


def test_other_published_paths_are_served(rules: list[Rule], release_dir: Path) -> None:
    graph = Graph().parse(release_dir / "cogov.ttl", format="turtle")
    sources = sorted(
        {
            str(s)[len(ONTOLOGY_IRI) + 1 :]
            for s in graph.subjects()
            if str(s).startswith(ONTOLOGY_IRI + "/source/")
        }
    )
    assert sources, "the release carries the bibliography"
    paths = [
        *sources,
        "context.jsonld",
        "shapes",
        "catalog-v001.xml",
        "doc",
        "cogov.ttl",
        "cogov.owl",
        "cogov.jsonld",
        "cogov.nt",
        *(
            f"{p.stem.removeprefix('cogov-')}{p.suffix}"
            for p in sorted((release_dir / "modules").iterdir())
        ),
    ]
    for rel in paths:
        for accept in ACCEPT:
            target = resolve(rules, rel, accept)
            assert target is not None, f"no redirect for /cogov/{rel}"
            assert served_file(target, release_dir, None).is_file(), target
    page = (release_dir / "doc" / "index.html").read_text(encoding="utf-8")
    for source in sources:
        assert f'id="source-{source.split("/")[-1]}"' in page


def test_every_rule_is_exercised(rules: list[Rule], release_dir: Path) -> None:
    test_every_ontology_module_and_version_iri_is_served_in_every_format(rules, release_dir)
    test_other_published_paths_are_served(rules, release_dir)
    unused = [f"{r.pattern} -> {r.target}" for r in rules if r.used == 0]
    assert not unused, unused


def test_unknown_paths_are_not_redirected(rules: list[Rule]) -> None:
    for rel in ("nonsense", "0.1/core", "core/extra", "../etc/passwd"):
        assert resolve(rules, rel, "text/turtle") is None
