"""Random and mutated files fed to every loader: a clean result or a clean InputError, never
an uncaught exception."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cogov.errors import InputError, Problem
from cogov.loaders import load_file, write_cases
from cogov.loaders.yaml_json import read_yaml

# helper modules beside this file (the suite runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).resolve().parent))
import contextlib

from loader_samples import GOOD_CASE

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


def _seed_files() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "c.yaml"
        source.write_text(GOOD_CASE, encoding="utf-8")
        cases = load_file(source).cases
        seeds = {}
        for ext in ("yaml", "json", "csv", "xlsx", "ttl", "jsonld"):
            out = write_cases(cases, Path(folder) / f"seed.{ext}")
            seeds[ext] = out.read_bytes()
        return seeds


SEEDS = _seed_files()


@st.composite
def mutated(draw, ext: str) -> bytes:
    data = bytearray(SEEDS[ext])
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 20))]
        elif kind == "insert":
            data[at:at] = draw(
                st.binary(max_size=20)
                | st.sampled_from(
                    [b"[", b"{", b"&a ", b"*a", b":", b"- ", b"\\", b";", b"|", b"(", b'"', b"\n  "]
                )
            )
        elif kind == "truncate":
            del data[at:]
    return bytes(data)


def _load(ext: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz.{ext}"
        path.write_bytes(data)
        try:
            result = load_file(path)
        except InputError as err:
            assert err.message and "Traceback" not in err.message
            return
        assert all(isinstance(p, Problem) and p.message for p in result.problems)
        result.graph()  # the RDF can always be built from what was read


@SETTINGS
@given(st.sampled_from(sorted(SEEDS)).flatmap(lambda ext: st.tuples(st.just(ext), mutated(ext))))
def test_mutated_files_never_crash(sample):
    ext, data = sample
    _load(ext, data)


@SETTINGS
@given(st.sampled_from(sorted(SEEDS)), st.binary(max_size=300))
def test_random_bytes_never_crash(ext, data):
    _load(ext, data)


@SETTINGS
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=30,
    )
)
def test_random_yaml_structures_never_crash(value):
    import yaml

    document = {
        "cases": [value, {"id": "a", "participants": value, "drivers": value, "name": value}]
    }
    text = yaml.safe_dump(document, allow_unicode=True)
    with contextlib.suppress(InputError):
        read_yaml(text, text.encode(), "r.yaml", [])
