"""The paper's propositions tested as cross-tabulations of coded cases.

Each testable proposition is one SPARQL file, ``queries/propositions/<name>.rq``. Its header
says what it tests; its query returns one row per case in the claim's scope::

    ?id ?condition ?outcome [?unclassified]

``?condition`` and ``?outcome`` are booleans; an unbound value means the case does not code
what the test needs, so the case is left out and counted as *not coded* (or as *unclassified*
when the query binds ``?unclassified`` true: the missing value is the Table 1 type or one of
its two dimensions). A case whose condition is not coded counts as not coded whatever else
it lacks; the type, where a test uses it, is always its outcome. Cases the query does not
return are *out of scope*.

The header of a file (``#`` lines at the top; deeper-indented lines continue a field)::

    # name: complexity-formality                   (the file name, without .rq)
    # proposition: proposition-complexity_formality (the ontology's individual, or none)
    # claim: the claim in a sentence
    # quote: the paper's words, verbatim (may repeat)
    # section: the paper's section, e.g. 四(一)4
    # scope: which cases the claim speaks of
    # condition: what ?condition true (and false) means
    # outcome: what ?outcome true (and false) means
    # test: fisher | share
    # expects: positive | negative | limited
    # cannot-test: why a dataset of collaborations cannot test the claim (optional)
    # needs: the optional case fields the test reads that few datasets code (optional)
    # note: anything a reader must know about the test (optional)

Two tests:

- ``fisher``: the 2x2 table of condition by outcome and Fisher's exact test (two-sided), with
  the sample odds ratio ``(a*d)/(b*c)``. ``expects`` says which direction the claim predicts:
  ``positive`` (the outcome is more frequent with the condition), ``negative``, or
  ``limited`` (the claim says the condition does little: a significant positive association
  contradicts it).
- ``share``: a claim about how often something happens within its scope (``authority
  instruments dominate in China``): the cases whose outcome is true against those whose outcome
  is false, with an exact binomial test of a share of one half (two-sided). ``?condition`` is
  true for every case in scope.

A verdict never says more than the numbers carry. Below :data:`MIN_CASES` cases no table can
reach ``p < 0.05`` at all (for Fisher's test, n = 6 at best gives ``[[4, 0], [0, 2]]``,
p = 1/15 = 0.067; for the binomial test, n = 5 at best gives p = 2/32 = 0.0625), so the verdict
is "too few cases to test". Otherwise it is "consistent with the claim", "contrary to the
claim" (p below :data:`ALPHA` in the predicted or the opposite direction) or "no evidence
either way"; never "proven".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from cogov.errors import ResourceError, UsageError
from cogov.query_header import read_fields
from cogov.resources import NAMESPACE, data_dir

#: significance level of every test (two-sided)
ALPHA = 0.05
#: the fewest cases with which each test could reach p < ALPHA at all (see the module text)
MIN_CASES = {"fisher": 7, "share": 6}
TESTS = ("fisher", "share")
EXPECTS = ("positive", "negative", "limited")
_REPEATED = frozenset({"quote"})

#: the columns of ``cogov propositions --format csv|json``, in order
COLUMNS = (
    "name",
    "proposition",
    "claim",
    "section",
    "scope",
    "condition",
    "outcome",
    "test",
    "n",
    "condition_outcome",
    "condition_no_outcome",
    "no_condition_outcome",
    "no_condition_no_outcome",
    "odds_ratio",
    "p_value",
    "out_of_scope",
    "not_coded",
    "unclassified",
    "verdict",
    "quote",
    "note",
)
#: the shorter columns of ``--format table``
TABLE_COLUMNS = ("name", "scope", "n", "table", "odds_ratio", "p_value", "left_out", "verdict")


@dataclass(frozen=True)
class Proposition:
    """One proposition file: its header and its query."""

    name: str
    path: Path
    text: str
    proposition: str | None
    claim: str
    quotes: tuple[str, ...]
    section: str
    scope: str
    condition: str
    outcome: str
    test: str = "fisher"
    expects: str = "positive"
    cannot_test: str | None = None
    note: str | None = None
    needs: str | None = None

    @property
    def iri(self) -> str | None:
        """The ontology individual's IRI (None for a claim the ontology does not list)."""
        return f"{NAMESPACE}{self.proposition}" if self.proposition else None


def parse_header(path: Path, text: str) -> Proposition:
    """Read the comment block at the top of a proposition file."""
    # each occurrence on one line; only a repeated field (a quote) keeps them all
    fields = {
        key: [" ".join(part.strip() for part in lines if part.strip()) for lines in found]
        for key, found in read_fields(text).items()
    }
    fields = {key: values if key in _REPEATED else values[-1:] for key, values in fields.items()}
    # a Chinese quote broken over lines is joined without the space
    quotes = tuple(_join_cjk(q) for q in fields.get("quote", []))

    def one(key: str, default: str | None = None) -> str:
        values = fields.get(key)
        if not values or not values[0]:
            if default is None:
                raise ResourceError(f"{path.name}: the header has no {key!r}")
            return default
        return values[0]

    name = one("name")
    if name != path.stem:
        raise ResourceError(f"{path.name}: the header names the proposition {name!r}")
    test = one("test", "fisher")
    if test not in TESTS:
        raise ResourceError(f"{path.name}: unknown test {test!r}; known: {', '.join(TESTS)}")
    expects = one("expects", "positive")
    if expects not in EXPECTS:
        raise ResourceError(f"{path.name}: unknown expects {expects!r}; known: {EXPECTS}")
    proposition = one("proposition", "none")
    if not quotes:
        raise ResourceError(f"{path.name}: the header quotes nothing from the paper")
    return Proposition(
        name=name,
        path=path,
        text=text,
        proposition=None if proposition == "none" else proposition,
        claim=one("claim"),
        quotes=quotes,
        section=one("section"),
        scope=one("scope"),
        condition=one("condition"),
        outcome=one("outcome"),
        test=test,
        expects=expects,
        cannot_test=fields.get("cannot-test", [None])[0] or None,
        note=fields.get("note", [None])[0] or None,
        needs=fields.get("needs", [None])[0] or None,
    )


_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def _join_cjk(text: str) -> str:
    return _CJK_GAP.sub("", text)


def folder() -> Path:
    return data_dir("queries") / "propositions"


@cache
def _propositions(where: Path) -> dict[str, Proposition]:
    found = {}
    for path in sorted(where.glob("*.rq")):
        proposition = parse_header(path, path.read_text(encoding="utf-8"))
        found[proposition.name] = proposition
    return found


def list_propositions() -> list[Proposition]:
    """Every proposition file, by name."""
    found = _propositions(folder())
    if not found:
        raise ResourceError("no proposition files found in queries/propositions/")
    return list(found.values())


def get_proposition(name: str) -> Proposition:
    found = _propositions(folder())
    if name not in found:
        raise UsageError(
            f"there is no proposition called {name!r}; known propositions: "
            + ", ".join(sorted(found))
        )
    return found[name]


# --- counting and testing ---------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """The 2x2 table: rows condition yes/no, columns outcome yes/no."""

    a: int = 0  # condition, outcome
    b: int = 0  # condition, no outcome
    c: int = 0  # no condition, outcome
    d: int = 0  # no condition, no outcome

    @property
    def n(self) -> int:
        return self.a + self.b + self.c + self.d

    def rows(self) -> list[list[int]]:
        return [[self.a, self.b], [self.c, self.d]]


@dataclass
class Result:
    """What the test of one proposition found."""

    proposition: Proposition
    table: Table = field(default_factory=Table)
    odds_ratio: float | None = None
    p_value: float | None = None
    out_of_scope: int = 0
    not_coded: int = 0
    unclassified: int = 0
    verdict: str = ""

    @property
    def n(self) -> int:
        return self.table.n

    def as_dict(self) -> dict[str, Any]:
        p = self.proposition
        return {
            "name": p.name,
            "proposition": p.proposition,
            "claim": p.claim,
            "section": p.section,
            "scope": p.scope,
            "condition": p.condition,
            "outcome": p.outcome,
            "test": "none" if p.cannot_test else p.test,
            "n": self.n,
            "condition_outcome": self.table.a,
            "condition_no_outcome": self.table.b,
            "no_condition_outcome": self.table.c,
            "no_condition_no_outcome": self.table.d,
            "odds_ratio": _number(self.odds_ratio),
            "p_value": None if self.p_value is None else round(self.p_value, 4),
            "out_of_scope": self.out_of_scope,
            "not_coded": self.not_coded,
            "unclassified": self.unclassified,
            "verdict": self.verdict,
            "quote": " … ".join(p.quotes),
            "note": p.note,
        }

    def table_row(self) -> dict[str, Any]:
        """The short row of ``--format table``."""
        row = self.as_dict()
        t = self.table
        row["table"] = (
            f"{t.a} {t.b} / {t.c} {t.d}"
            if self.proposition.test == "fisher"
            else (f"{t.a} yes / {t.b} no")
        )
        row["left_out"] = (
            f"{self.out_of_scope} out of scope, {self.not_coded} not coded, "
            f"{self.unclassified} unclassified"
        )
        return row


def _number(value: float | None) -> float | str | None:
    """A number JSON can carry: ``"inf"`` for an infinite odds ratio, None when undefined."""
    if value is None or math.isnan(value):
        return None
    if math.isinf(value):
        return "inf"
    return round(value, 4)


def count(
    rows: Iterable[dict[str, Any]], total: int, *, share: bool = False
) -> tuple[Table, int, int, int]:
    """The table and the cases left out: (table, out_of_scope, not_coded, unclassified).

    ``rows`` are one per case in scope (``id``, ``condition``, ``outcome``, ``unclassified``);
    ``total`` is the number of cases in the data. With ``share``, only the outcome counts
    (``a`` true, ``b`` false).
    """
    seen: set[str] = set()
    a = b = c = d = not_coded = unclassified = 0
    for row in rows:
        case = row.get("id")
        if case is None or case in seen:
            continue
        seen.add(case)
        condition, outcome = row.get("condition"), row.get("outcome")
        if share:
            condition = True
        if not isinstance(condition, bool) or not isinstance(outcome, bool):
            if isinstance(condition, bool) and row.get("unclassified") is True:
                unclassified += 1
            else:
                not_coded += 1
            continue
        if condition:
            a, b = a + outcome, b + (not outcome)
        else:
            c, d = c + outcome, d + (not outcome)
    return Table(a, b, c, d), max(total - len(seen), 0), not_coded, unclassified


def fisher(table: Table) -> tuple[float, float]:
    """Fisher's exact test, two-sided: (sample odds ratio, p-value)."""
    import numpy as np
    from scipy.stats import fisher_exact

    result = fisher_exact(np.asarray(table.rows()), alternative="two-sided")
    return float(result.statistic), float(result.pvalue)


def binomial(successes: int, n: int) -> float:
    """The exact binomial test of a share of one half, two-sided: the p-value."""
    from scipy.stats import binomtest

    return float(binomtest(successes, n, 0.5, alternative="two-sided").pvalue)


def p_text(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def judge(proposition: Proposition, table: Table) -> tuple[float | None, float | None, str]:
    """The odds ratio, the p-value and the verdict for a table."""
    n = table.n
    least = MIN_CASES[proposition.test]
    if n < least:
        return None, None, f"n = {n}: too few cases to test (the test needs at least {least})"
    if proposition.test == "share":
        p = binomial(table.a, n)
        direction = 1 if table.a * 2 > n else -1 if table.a * 2 < n else 0
        ratio = None
    else:
        if table.a + table.b == 0 or table.c + table.d == 0:
            return None, None, f"n = {n}: the condition does not vary; cannot test"
        if table.a + table.c == 0 or table.b + table.d == 0:
            return None, None, f"n = {n}: the outcome does not vary; cannot test"
        ratio, p = fisher(table)
        direction = 0 if math.isnan(ratio) else (ratio > 1) - (ratio < 1)
    where = f"{p_text(p)}, n = {n}"
    if p >= ALPHA or direction == 0:
        return ratio, p, f"no evidence either way ({where})"
    predicted = {"positive": 1, "negative": -1, "limited": -1}[proposition.expects]
    if proposition.expects == "limited" and direction == -1:
        return ratio, p, f"consistent with the claim: the condition goes with less ({where})"
    if direction == predicted:
        return ratio, p, f"consistent with the claim ({where})"
    return ratio, p, f"contrary to the claim ({where})"


# --- running ----------------------------------------------------------------------------------

_TOTAL = """
PREFIX cogov: <https://w3id.org/cogov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT (COUNT(DISTINCT ?id) AS ?total)
WHERE { ?case a cogov:LocalGovernmentCollaboration ; dcterms:identifier ?id . }
"""


def run(proposition: Proposition, backend: Any, total: int) -> Result:
    """Test one proposition on a loaded and classified backend holding ``total`` cases."""
    rows = backend.select(proposition.text)
    table, out, not_coded, unclassified = count(rows, total, share=proposition.test == "share")
    result = Result(proposition, table, None, None, out, not_coded, unclassified)
    if proposition.cannot_test:
        result.verdict = (
            f"cannot be tested with a dataset of collaborations: {proposition.cannot_test}"
        )
        return result
    result.odds_ratio, result.p_value, result.verdict = judge(proposition, table)
    if proposition.needs and table.n < MIN_CASES[proposition.test] and not_coded:
        result.verdict += (
            f"; {not_coded} case(s) in scope do not code what the test needs"
            f" ({proposition.needs}): code these fields to test the claim"
        )
    return result


def assess_graph(
    data: Any,
    names: Sequence[str] | None = None,
    *,
    threshold: int | None = None,
    backend: Any | None = None,
) -> list[Result]:
    """Load and classify cases (prepared cases, N-Triples or an rdflib graph), then test the
    propositions (all, or ``names``) on them."""
    from cogov.backends import OxigraphBackend
    from cogov.pipeline import load

    backend = backend or OxigraphBackend()
    load(backend, data, threshold=threshold)
    return run_all(backend, names)


def run_all(backend: Any, names: Sequence[str] | None = None) -> list[Result]:
    """Test the propositions (all, or ``names``) on a backend that holds classified cases."""
    chosen = [get_proposition(n) for n in names] if names else list_propositions()
    total = int(backend.select(_TOTAL)[0]["total"] or 0)
    return [run(p, backend, total) for p in chosen]


def assess_files(
    paths: Iterable[str], names: Sequence[str] | None = None, *, lenient: bool = False
) -> list[Result]:
    """Read and validate case files (:func:`cogov.pipeline.read_valid`), then test them."""
    from cogov.pipeline import read_valid

    return assess_graph(read_valid(list(paths), lenient=lenient), names)
