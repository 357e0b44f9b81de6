"""Settings for the whole suite."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Commands installed beside the interpreter that runs the tests (the `oxigraph` server of the
# test extra, `cogov` itself) are found even when pytest runs from a virtual environment that
# was not activated, as `venv/bin/pytest` does.
_BIN = str(Path(sys.executable).parent)
if _BIN not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = os.pathsep.join(filter(None, (_BIN, os.environ.get("PATH"))))
