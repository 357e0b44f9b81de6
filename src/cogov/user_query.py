"""A user's own SPARQL file (``cogov query --file Q.rq``): prefixes, parse errors, unknown terms.

The usual prefixes are declared for the user (those of :data:`cogov.ontology.PREFIXES`); a
prefix the file declares itself wins. They go on one line before the text, so a message about
line N of what the engine read is about line N - 1 of the file.

>>> text, added = with_prefixes("PREFIX cogov: <urn:x#> SELECT * { ?s a skos:Concept }")
>>> added, "PREFIX skos:" in text.splitlines()[0], "PREFIX cogov: <https" in text
(1, True, False)
"""

from __future__ import annotations

import re
from functools import cache

from cogov.errors import InputError
from cogov.loaders.keys import nearest
from cogov.ontology import PREFIXES
from cogov.resources import NAMESPACE

_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
_BINDING = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)
_ERROR_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
# comments and strings, which can hold anything (braces, words that look like names)
_NOISE = re.compile(
    r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\''
)


def mentions_service(text: str) -> bool:
    """True when the text could call another server: the word SERVICE anywhere (comments,
    strings and IRIs included), or a codepoint escape that could spell it. Only a query for which
    this is False is handed to the engine to find out what is wrong with it; the test is
    deliberately blunt, so that a query is never run unchecked by mistake.

    >>> mentions_service("SELECT * { <urn:x#> ?p ?o }"), mentions_service("# SERVICE <x>")
    (False, True)
    >>> mentions_service("SELECT * { \\u0053ERVICE <urn:x> { } }")
    True
    """
    return re.search(r"service|\\[uU]", text, re.IGNORECASE) is not None


def with_prefixes(text: str) -> tuple[str, int]:
    """The text with the usual prefixes it does not declare itself, and the lines added."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(_NOISE.sub(" ", text))}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    if not missing:
        return text, 0
    return " ".join(missing) + "\n" + text, 1


def _token_at(line: str, column: int) -> str:
    """The word that ends at (or runs through) ``column`` (1-based) of ``line``."""
    start = end = max(0, min(column - 1, len(line)))
    while start > 0 and not line[start - 1].isspace() and line[start - 1] not in "{}().;,":
        start -= 1
    while end < len(line) and not line[end].isspace() and line[end] not in "{}().;,":
        end += 1
    return line[start:end]


def parse_error(text: str, engine_message: str, *, name: str, added: int = 0) -> InputError:
    """One readable sentence for a query the engine cannot parse: place, what, and a hint.

    >>> err = parse_error("SELECT * { ?s a foo:Bar }", "error at 1:20: expected one of "
    ...     "Prefix not found, ['%']", name="q.rq")
    >>> print(err.problem.message)  # doctest: +ELLIPSIS
    column 20: the query cannot be parsed: the prefix 'foo:' is not declared; add PREFIX foo: ...
    """
    found = _ERROR_AT.match(engine_message.strip())
    if found is None:
        first = engine_message.strip().splitlines()[0] if engine_message.strip() else "?"
        return InputError(f"the query cannot be parsed: {first}", file=name)
    line, column, expected = int(found.group(1)) - added, int(found.group(2)), found.group(3)
    lines = text.splitlines()
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    clean = _NOISE.sub(" ", text)
    if "Prefix not found" in expected:
        token = _token_at(source, column)
        prefix = token.split(":", 1)[0] if ":" in token else token
        hint = (
            f"the prefix '{prefix}:' is not declared; add PREFIX {prefix}: <...> "
            f"(declared for you: {', '.join(PREFIXES)})"
        )
    elif clean.count("{") > clean.count("}"):
        hint = "a '{' is not closed by a '}'"
    elif clean.count("}") > clean.count("{"):
        hint = "a '}' has no '{' before it"
    else:
        words = expected.replace("\n", " ")
        near = _token_at(source, column) or source.strip()[:40]
        hint = f"near '{near}'" + (f"; expected {words}" if len(words) <= 80 else "")
    return InputError(f"column {column}: the query cannot be parsed: {hint}", file=name, line=line)


@cache
def _terms() -> frozenset[str]:
    """The local names the ontology declares in the cogov namespace (the generated vocabulary)."""
    from cogov.namespace import COGOV

    return frozenset(COGOV.__annotations__) | frozenset(COGOV._extras)


def unknown_terms(text: str) -> list[str]:
    """A sentence for each cogov term the query names that the ontology does not declare,
    with the nearest declared one; a typo would silently return fewer rows.

    >>> print(*unknown_terms("SELECT * { ?c a cogov:InstitutionalizedCollaboration }"))
    ... # doctest: +NORMALIZE_WHITESPACE
    cogov:InstitutionalizedCollaboration is not a term of the CoGov ontology;
    did you mean cogov:InstitutionalisedCollaboration?
    """
    clean = _NOISE.sub(" ", text)
    bound = {(m.group(1) or ""): m.group(2) for m in _BINDING.finditer(clean)}
    prefixes = {p for p, iri in bound.items() if iri == NAMESPACE}
    if "cogov" not in bound:
        prefixes.add("cogov")  # declared for the user
    names = set()
    for prefix in prefixes:
        names |= set(re.findall(rf"(?<![\w:]){re.escape(prefix)}:([\w-]+)", clean))
    names |= set(re.findall(rf"<{re.escape(NAMESPACE)}([^>]*)>", clean))
    out = []
    for local in sorted(names - _terms()):
        hint = nearest(local, _terms())
        out.append(
            f"cogov:{local} is not a term of the CoGov ontology"
            + (f"; did you mean cogov:{hint}?" if hint else "")
        )
    return out
