"""Time classification and every named question on each backend.

    python bench/query_bench.py --cases 100000 [--small 1000] [--seed 1] [--json out.json]

The cases come from ``bench/synth.py`` (seeded, all valid), become RDF through the loaders'
own ``iter_triples`` (the data model of ``docs/data-model.md``), and are written as N-Triples
once. Then, per backend (in-memory pyoxigraph, a pyoxigraph store folder, an Oxigraph server
started on 127.0.0.1, maplib where it is installed, and rdflib in memory at the small size
only), the script times: loading, classification (the ``queries/rules/`` steps), the swap into
the default graph, maplib's copy of the classified data (``sync_s``, apart from the questions)
and each question of ``queries/questions/`` (the median of ``--repeat`` runs; the machine is
shared, so the median says more than the best run). At the small size every
backend runs, so the ratio to rdflib is reported there; rdflib is not run on the large size
(at 1,000 cases it already takes seconds per question; see README.md, "Speed").

Each backend also reports what one value of an answer costs at the least: the time to return
every case's identifier (a short stored text, the cheapest kind of value a question returns)
through the same ``select`` the questions use, divided by the number of cases. A question's
output floor is this cost times its rows times its columns: however a question is written,
the engine still has to produce every value of its answer.

Targets (issue 4): classification of 100,000 cases under 30 s, every question under 1 s on
the Oxigraph store. Issue 15: every question under 1 s (aggregates under 0.2 s) and the rules
under 5 s at 100,000 cases; docs/performance.md, "Columnar engine (maplib)", has the figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cogov import atomic
from cogov.backends import (
    Backend,
    EndpointBackend,
    OxigraphBackend,
    RdflibBackend,
)
from cogov.classification import run_rules
from cogov.queries import Question, list_questions, run_question


def synth_ntriples(count: int, seed: int) -> bytes:
    """N-Triples of ``count`` valid synthetic cases."""
    import synth

    from cogov.loaders.rdf import iter_triples
    from cogov.loaders.records import CaseReader, Collector

    problems: list[Any] = []
    reader = CaseReader(Collector("synthetic.yaml", problems))
    cases = [reader.case(raw) for raw in synth.generate(count, seed, bad=0.0)["cases"]]
    lines = [
        f"{s.n3()} {p.n3()} {o.n3()} .\n"
        for s, p, o in iter_triples(c for c in cases if c is not None)
    ]
    return "".join(lines).encode("utf-8")


def ontology_ntriples() -> bytes:
    from cogov.ontology import load_ontology

    return load_ontology().serialize(format="nt", encoding="utf-8")


class Server:
    """An Oxigraph server on a free port of 127.0.0.1, stopped on exit."""

    def __init__(self, folder: Path) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        command = shutil.which("oxigraph")
        if command is None:
            raise SystemExit("the oxigraph server command is missing (pip install oxigraph)")
        self.process = subprocess.Popen(
            [command, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{port}/query"
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"{self.url}?query=ASK%7B%7D", timeout=2):
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise SystemExit("the oxigraph server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def timed(action: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def bench_backend(
    backend: Backend, data: bytes, ontology: bytes, repeat: int, questions: list[Question]
) -> dict[str, Any]:
    target = backend.new_dataset_graph() if backend.needs_staging else None
    result: dict[str, Any] = {"backend": backend.name}
    result["load_s"], _ = timed(
        lambda: (backend.load_rdf(ontology, "nt", target), backend.load_rdf(data, "nt", target))
    )
    steps: dict[str, float] = {}
    result["classify_s"], _ = timed(
        lambda: run_rules(backend, threshold=3, graph=target, on_step=steps.__setitem__)
    )
    result["rules"] = steps
    print("    rules: " + ", ".join(f"{n} {s:.2f} s" for n, s in steps.items()), flush=True)
    if target:
        result["swap_s"], _ = timed(lambda: backend.publish(target))
    sync = getattr(backend, "sync", None)
    if sync is not None:  # maplib: the copy it answers from, made once after the rules
        result["sync_s"], _ = timed(sync)
        print(f"    copy into maplib {result['sync_s']:.2f} s", flush=True)
    value_s = value_cost(backend, repeat)
    result["value_us"] = value_s * 1e6
    print(f"    one value of an answer costs at least {value_s * 1e6:.2f} µs", flush=True)
    result["questions"] = {}
    for question in questions:
        times, rows = [], []
        fallbacks = getattr(backend, "fallbacks", 0)
        for _ in range(repeat):
            seconds, rows = timed(lambda n=question.name: run_question(n, backend))
            times.append(seconds)
        median = statistics.median(times)
        floor = value_s * len(rows) * len(question.columns)
        result["questions"][question.name] = {
            "seconds": median,
            "runs": times,
            "rows": len(rows),
            "output_floor_s": floor,
        }
        # maplib: which engine answered (pyoxigraph where maplib refused the query)
        engine = ""
        if hasattr(backend, "fallbacks"):
            engine = "pyoxigraph" if backend.fallbacks > fallbacks else "maplib"
            result["questions"][question.name]["engine"] = engine
        print(
            f"    {backend.name:8} {question.name:28} {median:8.3f} s  {len(rows):7} rows"
            f"  (output floor {floor:.2f} s) {engine}",
            flush=True,
        )
    return result


def value_cost(backend: Backend, repeat: int) -> float:
    """Seconds per value for returning the cases' identifiers (median of ``repeat`` runs)."""
    query = "SELECT ?id WHERE { ?case <http://purl.org/dc/terms/identifier> ?id . }"
    runs = []
    for _ in range(repeat):
        seconds, rows = timed(lambda: backend.select(query))
        runs.append(seconds / max(len(rows), 1))
    return statistics.median(runs)


def run_size(count: int, seed: int, repeat: int, kinds: list[str], workdir: Path) -> dict[str, Any]:
    print(f"== {count} cases", flush=True)
    seconds, data = timed(lambda: synth_ntriples(count, seed))
    ontology = ontology_ntriples()
    triples = data.count(b"\n")
    print(f"  generated {triples} triples in {seconds:.1f} s", flush=True)
    questions = list_questions()
    size: dict[str, Any] = {"cases": count, "triples": triples, "backends": {}}
    for kind in kinds:
        server = None
        if kind == "memory":
            backend: Backend = OxigraphBackend()
        elif kind == "store":
            backend = OxigraphBackend(workdir / f"store-{count}")
        elif kind == "endpoint":
            if shutil.which("oxigraph") is None:
                print("  endpoint: the oxigraph server command is missing (pip install oxigraph)")
                continue
            server = Server(workdir / f"server-{count}")
            backend = EndpointBackend(server.url)
        elif kind == "maplib":
            if importlib.util.find_spec("maplib") is None:
                print("  maplib: not installed (pip install 'cogov[columnar]'), left out")
                continue
            from cogov.columnar import MaplibBackend

            backend = MaplibBackend()
        else:
            backend = RdflibBackend()
        try:
            print(f"  {kind}", flush=True)
            outcome = bench_backend(backend, data, ontology, repeat, questions)
            print(
                f"    load {outcome['load_s']:.2f} s, classify {outcome['classify_s']:.2f} s"
                + (f", swap {outcome['swap_s']:.2f} s" if "swap_s" in outcome else ""),
                flush=True,
            )
            size["backends"][kind] = outcome
        finally:
            backend.close()
            if server:
                server.stop()
    reference = size["backends"].get("rdflib")
    if reference:
        for outcome in size["backends"].values():
            outcome["classify_ratio_to_rdflib"] = reference["classify_s"] / outcome["classify_s"]
            for name, q in outcome["questions"].items():
                q["ratio_to_rdflib"] = reference["questions"][name]["seconds"] / q["seconds"]
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000, help="the large size")
    parser.add_argument("--small", type=int, default=1_000, help="the size rdflib also runs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--backends", default="memory,store,endpoint,maplib")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)
    kinds = [k for k in args.backends.split(",") if k]
    results = []
    with tempfile.TemporaryDirectory(prefix="cogov-bench-") as folder:
        if args.small:
            results.append(
                run_size(args.small, args.seed, args.repeat, [*kinds, "rdflib"], Path(folder))
            )
        if args.cases:
            results.append(run_size(args.cases, args.seed, args.repeat, kinds, Path(folder)))
    if args.json:
        atomic.write_text(args.json, json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
