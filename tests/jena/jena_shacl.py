"""Apache Jena's SHACL engine (Debian package ``libapache-jena-java``), run from the tests.

The package has no ``shacl`` command; its class ``shacl.shacl`` (in jena-cmds) needs a class
path of Jena's jars and their dependencies only (``/usr/share/java/*`` holds conflicting SLF4J
bindings). :func:`run_jena` starts one JVM (``JenaShacl.java``, beside this file) that parses
the shapes once and writes one report per data graph.

Two limitations of Jena 4.5 as packaged by Debian 12, handled here and in docs/endpoints.md:

- Debian moved Jena's copy of Xerces from ``org.apache.jena.ext.xerces`` to ``xerces`` but
  left its message files where they were, so every XSD datatype fails to initialise
  ("ExceptionInInitializerError ... internal error"). :func:`xerces_messages` copies them
  to the place the classes look for them, on the class path before the jars.
- Jena rejects a SPARQL-based constraint (``sh:sparql [ sh:select ...; sh:message ... ]``) with
  more than one ``sh:message`` ("More than one match ... sh:message"), although SHACL allows
  several (one per language). CoGov's constraints carry an English and a Chinese message;
  :func:`jena_shapes` is a copy of the shapes without the Chinese messages of SPARQL-based
  constraints, for Jena only. The shapes CoGov ships keep both.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SH

PACKAGE = "libapache-jena-java"
JAVA_DIR = Path("/usr/share/java")
HERE = Path(__file__).resolve().parent
#: Jena's jars and those of the Debian packages it depends on (unversioned names)
JARS = [
    *("jena-base", "jena-core", "jena-arq", "jena-iri", "jena-shacl", "jena-cmds"),
    *("commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io"),
    *("commons-lang3", "dexx.collection", "gson", "guava", "httpclient", "jackson-core"),
    *("jackson-databind", "jakarta.json-api", "jsonld-java", "protobuf", "thrift"),
    *("titanium-json-ld", "slf4j-api"),
]


def jena_available() -> tuple[bool, str]:
    if shutil.which("java") is None:
        return False, "Java is not installed (Debian package default-jre-headless)"
    if not (JAVA_DIR / "jena-shacl.jar").exists():
        return False, f"Apache Jena is not installed (Debian package {PACKAGE})"
    return True, ""


def xerces_messages(folder: Path) -> Path:
    """A class-path folder with Jena's Xerces message files where Debian's classes look."""
    prefix = "org/apache/jena/ext/xerces/"
    with zipfile.ZipFile(JAVA_DIR / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(prefix) and name.endswith(".properties"):
                target = folder / "xerces" / name[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    return folder


def class_path(folder: Path) -> str:
    jars = [str(JAVA_DIR / f"{name}.jar") for name in JARS if (JAVA_DIR / f"{name}.jar").exists()]
    return ":".join([str(xerces_messages(folder)), *jars])


def jena_shapes(shapes: Graph) -> tuple[Graph, int]:
    """A copy of ``shapes`` without the Chinese sh:message of SPARQL-based constraints (Jena
    4.5 accepts one message there); the number of messages dropped."""
    copy = Graph()
    copy += shapes
    dropped = 0
    for constraint in set(copy.objects(None, SH.sparql)):
        messages = list(copy.objects(constraint, SH.message))
        chinese = [m for m in messages if isinstance(m, Literal) and m.language == "zh"]
        if len(messages) > len(chinese):  # an English message stays
            for message in chinese:
                copy.remove((constraint, SH.message, message))
            dropped += len(chinese)
    return copy, dropped


def run_jena(shapes: Graph, graphs: list[Graph], folder: Path) -> list[Graph]:
    """Jena's validation report for each data graph, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    shapes_file = folder / "shapes.ttl"
    shapes.serialize(shapes_file, format="turtle", encoding="utf-8")
    files = []
    for n, graph in enumerate(graphs):
        files.append(folder / f"data-{n}.nt")
        graph.serialize(files[-1], format="nt", encoding="utf-8")
    reports = folder / "reports"
    reports.mkdir(exist_ok=True)
    done = subprocess.run(
        [
            "java",
            "-cp",
            class_path(folder / "classes"),
            str(HERE / "JenaShacl.java"),
            str(shapes_file),
            str(reports),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"Jena SHACL failed: {done.stderr[-2000:]}")
    return [Graph().parse(reports / f"{n}.nt", format="nt") for n in range(len(graphs))]
