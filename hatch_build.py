"""Wheel build step: the ontology's import closure pre-serialised as N-Triples.

Every command that classifies loads the ontology into a store; reading N-Triples is a bulk
load, while the Turtle modules would have to be parsed and merged on each run. The wheel gets
``cogov/_data/ontology/cogov-closure.nt``, written here from the Turtle in ``ontology/`` by the
project's own loader (the catalog's import closure), so the two cannot differ.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the Turtle of the checkout
        sys.path.insert(0, str(Path(self.root) / "src"))
        try:
            from cogov.ontology import load_ontology
            from cogov.pipeline import CLOSURE_FILE
        finally:
            sys.path.pop(0)
        out = Path(tempfile.mkdtemp()) / CLOSURE_FILE
        out.write_bytes(load_ontology().serialize(format="nt", encoding="utf-8"))
        build_data["force_include"][str(out)] = f"cogov/_data/ontology/{CLOSURE_FILE}"
