"""The examples in the docstrings run, as part of the suite (one test per module)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import cogov

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(cogov.__path__, prefix="cogov.")
    # the tools are scripts that write files when run; __main__ runs the command line
    if not info.name.startswith("cogov.tools.") and info.name != "cogov.__main__"
)


def test_the_package_has_examples() -> None:
    assert sum(_count(name) for name in MODULES) >= 30


def _count(name: str) -> int:
    finder = doctest.DocTestFinder()
    return sum(len(t.examples) for t in finder.find(importlib.import_module(name)))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed"
