"""Hypothesis strategies: random valid cases of the contract, in canonical form."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import strategies as st

from cogov.loaders.evidence import coded_values, sort_evidence
from cogov.loaders.keys import keys, sort_keys
from cogov.model import Actor, Case, Drivers, Evidence, ordered_names

# XML (hence XLSX) cannot hold most C0 control characters, and XML parsers turn "\r" into "\n".
SPREADSHEET_SAFE = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(32) if chr(c) not in "\t\n"],
)


def texts(alphabet=None, max_size: int = 30) -> st.SearchStrategy[str]:
    base = (
        st.text(alphabet=alphabet, min_size=1, max_size=max_size)
        if alphabet is not None
        else st.text(min_size=1, max_size=max_size)
    )
    return base.map(str.strip).filter(bool)


ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,15}", fullmatch=True)
years = st.integers(1000, 2100).map(str)
# ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision ("CN", "CN-JS", "GB-ENG");
# "NO" or "ON" would be booleans in YAML if written unquoted
jurisdictions = st.from_regex(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", fullmatch=True)
dates = st.dates(dt.date(1000, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)


@st.composite
def names(draw, alphabet=None, allow_empty: bool = False, langs=("zh", "en")):
    chosen = draw(st.sets(st.sampled_from(langs), min_size=0 if allow_empty else 1))
    return ordered_names({lang: draw(texts(alphabet)) for lang in chosen})


@st.composite
def actors(draw, alphabet=None):
    level = draw(st.none() | st.sampled_from(keys("level")))
    return Actor(name=draw(names(alphabet, allow_empty=True)), level=level)


@st.composite
def declared_actors(draw, alphabet=None, max_size: int = 4):
    """Declared actors (top-level ``actors:``): unique ids, division codes, Wikidata items
    and names (a shared name would make an inline actor of that name the declared one)."""
    found = draw(
        st.lists(
            st.tuples(
                st.from_regex(r"[a-z0-9][a-z0-9_-]{0,10}", fullmatch=True),
                names(alphabet),
                st.sampled_from(keys("level")) | st.none(),
                st.none() | st.from_regex(r"[1-8][0-9]{5}", fullmatch=True),
                st.none() | st.integers(1, 10**8).map(lambda n: f"Q{n}"),
            ),
            max_size=max_size,
            unique_by=lambda t: t[0],
        )
    )
    actors, codes, items, texts_seen = [], set(), set(), set()
    for ident, name, level, code, item in found:
        if code in codes or item in items or texts_seen & set(name.values()):
            continue
        codes.add(code) if code else None
        items.add(item) if item else None
        texts_seen.update(name.values())
        actors.append(Actor(name=name, level=level, id=ident, division_code=code, wikidata=item))
    return actors


def maybe(strategy):
    return st.none() | strategy


@st.composite
def cases(draw, alphabet=None, case_langs=("zh", "en"), declared=()):
    def key_set(scheme):
        # None: not reported (absent); (): coded as none ([]); both must survive every format
        return draw(
            st.none()
            | st.lists(st.sampled_from(keys(scheme)), max_size=5).map(
                lambda found: sort_keys(scheme, found)
            )
        )

    flag = maybe(st.booleans())
    case = Case(
        id=draw(ids),
        name=draw(names(alphabet, langs=case_langs)),
        domain=draw(maybe(st.sampled_from(keys("domain")))),
        start=draw(maybe(years | dates)),
        end=draw(maybe(years | dates)),
        participants=tuple(draw(st.lists(any_actor(alphabet, declared), max_size=4))),
        superiors=draw(st.none() | st.lists(any_actor(alphabet, declared), max_size=2).map(tuple)),
        initiation=draw(maybe(st.sampled_from(keys("initiation")))),
        decision_autonomy=draw(maybe(st.sampled_from(keys("autonomy")))),
        mechanisms=key_set("mechanism"),
        activities=key_set("activity"),
        instruments=key_set("instrument"),
        drivers=Drivers(
            prior_collaboration=draw(maybe(st.sampled_from(keys("outcome")))),
            shared_beliefs=draw(flag),
            resource_dependence=draw(flag),
            task_complexity=draw(maybe(st.sampled_from(keys("rating")))),
            homophily=draw(maybe(st.sampled_from(keys("rating")))),
            geographic_proximity=draw(flag),
            cooperation_base=draw(maybe(st.sampled_from(keys("rating")))),
            interest_conflicts=draw(flag),
        ),
        formalization=draw(maybe(st.sampled_from(keys("formalization")))),
        activity_level=draw(maybe(st.sampled_from(keys("activityLevel")))),
        performance=draw(maybe(st.sampled_from(keys("rating")))),
        phase_of=draw(maybe(ids)),
        sources=tuple(sorted(set(draw(st.lists(texts(alphabet, 60), max_size=3))))),
        jurisdiction=draw(maybe(jurisdictions)),
    )
    return replace(case, evidence=draw(evidence_records(case, alphabet)))


@st.composite
def evidence_records(draw, case, alphabet=None):
    """Random evidence about some of the values the case codes (one or two records each),
    in canonical order; a record may lack its quote (the shapes report that, not the loader)."""
    targets = [(f, k) for f, k in coded_values(case)]
    targets += [(f, None) for f in ("participants", "superiors") if getattr(case, f)]
    chosen = draw(st.lists(st.sampled_from(targets), unique=True, max_size=4)) if targets else []
    records = []
    for field, key in chosen:
        for _ in range(draw(st.integers(1, 2))):
            records.append(
                Evidence(
                    field=field,
                    key=key,
                    quote=draw(st.none() | texts(alphabet, 80) | texts(alphabet, 80)),
                    source=draw(maybe(texts(alphabet))),
                    locator=draw(maybe(texts(alphabet))),
                    coder=draw(maybe(texts(alphabet, 8))),
                    confidence=draw(maybe(st.sampled_from(keys("confidence")))),
                )
            )
    return sort_evidence(records)


def any_actor(alphabet, declared):
    """An inline actor (whose names are none of the declared actors'), or a declared one."""
    if not declared:
        return actors(alphabet)
    taken = {text for actor in declared for text in actor.name.values()}
    inline = actors(alphabet).filter(lambda a: not taken & set(a.name.values()))
    return inline | st.sampled_from(declared)


def case_lists(alphabet=None, case_langs=("zh", "en"), declared: bool = False):
    if declared:
        return declared_actors(alphabet).flatmap(
            lambda pool: st.lists(
                cases(alphabet, case_langs, tuple(pool)),
                min_size=1,
                max_size=4,
                unique_by=lambda c: c.id,
            )
        )
    return st.lists(cases(alphabet, case_langs), min_size=1, max_size=4, unique_by=lambda c: c.id)
