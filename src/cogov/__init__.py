"""CoGov: a knowledge-graph toolkit for local-government collaborative governance research.

The package version is the single source of the ontology's version IRI and
``owl:versionInfo``; see :mod:`cogov.resources`.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
