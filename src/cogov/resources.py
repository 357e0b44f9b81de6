"""Where the project's data files live: inside the wheel, or in the checkout.

The wheel carries ``ontology/``, ``shapes/``, ``queries/``, ``loaders/``, ``data/`` and
``schema/`` under ``cogov/_data/``. An editable install or a plain checkout has them at the top
of the repository; :func:`data_dir` finds either, so callers never build paths themselves.

>>> (data_dir("ontology") / "cogov.ttl").is_file()
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from cogov import __version__

KINDS = ("ontology", "shapes", "queries", "loaders", "data", "schema")

NAMESPACE = "https://w3id.org/cogov#"
ONTOLOGY_IRI = "https://w3id.org/cogov"
DEFAULT_CASE_BASE = "https://w3id.org/cogov/case/"
SOURCE_BASE = "https://w3id.org/cogov/source/"

#: the one prefix map of the project: every file CoGov writes and every query a user writes
#: draws its prefixes from here (in this order)
PREFIXES = {
    "cogov": NAMESPACE,
    "case": DEFAULT_CASE_BASE,
    "src": SOURCE_BASE,
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "vann": "http://purl.org/vocab/vann/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
}


def prefixes(*names: str) -> dict[str, str]:
    """Part of :data:`PREFIXES`, in its order.

    >>> prefixes("xsd", "cogov")
    {'cogov': 'https://w3id.org/cogov#', 'xsd': 'http://www.w3.org/2001/XMLSchema#'}
    """
    return {p: iri for p, iri in PREFIXES.items() if p in names}


#: the prefixes of files of case data (docs/data-model.md: Turtle output, JSON-LD context)
DATA_PREFIXES = prefixes(
    "cogov", "case", "src", "org", "prov", "skos", "dcterms", "rdfs", "owl", "xsd"
)
#: the prefixes of the ontology's own files
ONTOLOGY_PREFIXES = prefixes(
    "cogov", "src", "owl", "rdf", "rdfs", "xsd", "skos", "dcterms", "vann", "org", "prov", "time"
)


def version_iri(version: str = __version__) -> str:
    """The ontology's version IRI for a package version (one place for both)."""
    return f"{ONTOLOGY_IRI}/{version}"


@cache
def data_dir(kind: str) -> Path:
    """The folder holding one kind of data file (``ontology``, ``shapes``, ...)."""
    if kind not in KINDS:
        raise ValueError(f"unknown data folder {kind!r}; expected one of {', '.join(KINDS)}")
    packaged = resources.files("cogov") / "_data" / kind
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / kind
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the {kind} folder is missing from this installation of cogov")
