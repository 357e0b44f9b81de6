"""CoGov: a knowledge-graph toolkit for local-government collaborative governance research.

From Python (see :mod:`cogov.api` and ``docs/api.md``)::

    import cogov
    data = cogov.load(["cases.yaml"])          # read
    cogov.validate(data).problems              # check
    cogov.classify(data).to_dataframe()        # Table 1's types and the modes
    cogov.ask("cases-per-type", data).rows     # a named question

The package version is the single source of the ontology's version IRI and
``owl:versionInfo``; see :mod:`cogov.resources`.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

#: the public API, imported on first use so that ``import cogov`` stays light
_API = ("Dataset", "Result", "ask", "classify", "load", "questions", "validate")

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        from cogov import api

        return getattr(api, name)
    raise AttributeError(f"module 'cogov' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
