"""The wheel: built, installed into a fresh virtual environment, and run from elsewhere.

The environment is isolated, as a user's is: it sees none of the packages of the interpreter
that runs the tests (whether that is a virtual environment, the system's Python or CI's), and pip
installs the wheel *with its dependencies* from the package index pip is configured with (its
cache holds the wheels already downloaded, so a second run fetches nothing). The checks make
sure the command, its dependencies and its data files come from the environment, not from the
checkout or from the interpreter running the tests.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from rdflib import Graph

import cogov

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


#: the environment of the commands run in the venv: nothing from the caller's PYTHONPATH (a
#: checkout on it would stand in for the wheel)
CLEAN_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def _run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args],
        check=False,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env=CLEAN_ENV,
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the freshly built wheel installed; returns its bin."""
    tmp = tmp_path_factory.mktemp("wheel")
    build = [sys.executable, "-m", "build", "--wheel", "--outdir", tmp / "dist"]
    if importlib.util.find_spec("hatchling") is not None:
        build.append("--no-isolation")  # the backend is here already: no download needed
    _run([*build, ROOT], cwd=tmp)
    wheels = sorted((tmp / "dist").glob("cogov-*.whl"))
    assert len(wheels) == 1
    env = tmp / "venv"
    _run([sys.executable, "-m", "venv", env], cwd=tmp)  # ensurepip: offline
    bindir = env / ("Scripts" if sys.platform == "win32" else "bin")
    _run([bindir / "python", "-m", "pip", "install", "--quiet", wheels[0]], cwd=tmp)
    return bindir


def test_wheel_carries_the_data_files(tmp_path: Path, venv: Path) -> None:
    wheel = next((venv.parent.parent / "dist").glob("cogov-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "cogov/_data/ontology/cogov.ttl",
        "cogov/_data/ontology/catalog-v001.xml",
        "cogov/_data/ontology/cogov-core.ttl",
        "cogov/_data/queries/qc/missing-label-violation.rq",
        "cogov/_data/schema/cogov-case-file.schema.json",
        "cogov/namespace.py",
    ):
        assert required in names


def test_installed_command_reports_its_version(tmp_path: Path, venv: Path) -> None:
    result = _run([venv / "cogov", "--version"], cwd=tmp_path)
    assert result.stdout.strip() == f"cogov {cogov.__version__}"


def test_installed_command_exports_the_ontology(tmp_path: Path, venv: Path) -> None:
    result = subprocess.run(
        [str(venv / "cogov"), "ontology", "export", "--format", "nt"],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        timeout=600,
        env=CLEAN_ENV,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    graph = Graph().parse(data=result.stdout, format="nt")
    assert len(graph) > 1000


def test_installed_quality_checks_run_from_the_wheel(tmp_path: Path, venv: Path) -> None:
    result = subprocess.run(
        [str(venv / "cogov"), "ontology", "check", "--no-reasoner"],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        env=CLEAN_ENV,
    )
    assert result.returncode in (0, 1), result.stderr  # 1: the checks found problems
    assert "Quality checks (" in result.stdout


def test_dependencies_come_from_the_venv_not_the_test_interpreter(
    tmp_path: Path, venv: Path
) -> None:
    code = "import rdflib, pyshacl, owlready2, pyoxigraph, yaml; print(rdflib.__file__)"
    path = Path(_run([venv / "python", "-c", code], cwd=tmp_path).stdout.strip()).resolve()
    assert path.is_relative_to(venv.parent.resolve()), f"rdflib came from {path}"


def test_data_files_come_from_the_venv_not_the_checkout(tmp_path: Path, venv: Path) -> None:
    code = (
        "import cogov, cogov.resources as r; "
        "print(cogov.__file__); print(r.data_dir('ontology')); print(r.data_dir('queries'))"
    )
    lines = _run([venv / "python", "-c", code], cwd=tmp_path).stdout.splitlines()
    env = venv.parent.resolve()
    for line in lines:
        path = Path(line).resolve()
        assert path.is_relative_to(env), f"{path} is not inside the virtual environment"
        assert not path.is_relative_to(ROOT), f"{path} comes from the checkout"


def test_wheel_ships_the_ontology_pre_serialised(tmp_path: Path, venv: Path) -> None:
    """The closure in the wheel is the checkout's ontology, and the installed package loads it
    rather than parsing Turtle."""
    from rdflib.compare import isomorphic

    from cogov.ontology import load_ontology
    from cogov.pipeline import CLOSURE_FILE

    wheel = next((venv.parent.parent / "dist").glob("cogov-*.whl"))
    shipped = zipfile.ZipFile(wheel).read(f"cogov/_data/ontology/{CLOSURE_FILE}")
    assert isomorphic(Graph().parse(data=shipped, format="nt"), load_ontology())
    code = (
        "import sys, cogov.pipeline as p; data = p.ontology_ntriples(); "
        "print(len(data), 'cogov.ontology' in sys.modules)"
    )
    size, parsed = _run([venv / "python", "-c", code], cwd=tmp_path).stdout.split()
    assert (int(size), parsed) == (len(shipped), "False")
