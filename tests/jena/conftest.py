from __future__ import annotations

import sys
from pathlib import Path

# helper modules beside this file and the shapes corpus (the suite runs with importlib mode)
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "shapes"))
