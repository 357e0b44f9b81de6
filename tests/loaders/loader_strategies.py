"""Hypothesis strategies: random valid cases of the contract, in canonical form."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from cogov.loaders.keys import keys, sort_keys
from cogov.model import Actor, Case, Drivers, ordered_names

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


def maybe(strategy):
    return st.none() | strategy


@st.composite
def cases(draw, alphabet=None, case_langs=("zh", "en")):
    def key_set(scheme):
        # None: not reported (absent); (): coded as none ([]); both must survive every format
        return draw(
            st.none()
            | st.lists(st.sampled_from(keys(scheme)), max_size=5).map(
                lambda found: sort_keys(scheme, found)
            )
        )

    flag = maybe(st.booleans())
    return Case(
        id=draw(ids),
        name=draw(names(alphabet, langs=case_langs)),
        domain=draw(maybe(st.sampled_from(keys("domain")))),
        start=draw(maybe(years | dates)),
        end=draw(maybe(years | dates)),
        participants=tuple(draw(st.lists(actors(alphabet), max_size=4))),
        superiors=draw(st.none() | st.lists(actors(alphabet), max_size=2).map(tuple)),
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
        ),
        formalization=draw(maybe(st.sampled_from(keys("formalization")))),
        activity_level=draw(maybe(st.sampled_from(keys("activityLevel")))),
        phase_of=draw(maybe(ids)),
        sources=tuple(sorted(set(draw(st.lists(texts(alphabet, 60), max_size=3))))),
        jurisdiction=draw(maybe(jurisdictions)),
    )


def case_lists(alphabet=None, case_langs=("zh", "en")):
    return st.lists(cases(alphabet, case_langs), min_size=1, max_size=4, unique_by=lambda c: c.id)
