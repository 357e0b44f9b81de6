"""Benchmark of `cogov validate` on seeded synthetic case files (not a test).

    python bench/validate_bench.py [--sizes 1000 10000 100000] [--baseline-max 1000]
                                   [--workdir DIR] [--engine auto] [--json OUT.json]

For each size, bench/synth.py writes a YAML case file (seed 1, 5% of the cases with one
mistake), then a fresh process runs `cogov validate FILE --format json` and reports the wall
time, the time spent reading the file and validating (wall and CPU seconds of all processes:
the CPU figure does not depend on what else runs on the machine), cases per second, and peak
memory
(resource.getrusage: the main process, the largest worker process, and their sum as an upper
bound of the total). For sizes up to --baseline-max the same process also runs plain
`pyshacl.validate` over the same RDF (the whole dataset as one rdflib graph built from the
cases, the code-list triples added, no inference, advanced=True for the SPARQL targets) as the
baseline; the ratio is baseline seconds / our validation seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from cogov import atomic

CHILD = r"""
import io, json, logging, resource, sys, time, contextlib
logging.getLogger("rdflib").setLevel(logging.CRITICAL)
path, engine, baseline = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
from cogov.loaders import load_file
from cogov import validation
def cpu():
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
t0, c0 = time.perf_counter(), cpu()
dataset = load_file(path)
t1, c1 = time.perf_counter(), cpu()
report = validation.validate(dataset, engine=engine)
t2, c2 = time.perf_counter(), cpu()
out = {"read_s": t1 - t0, "validate_s": t2 - t1, "cases": len(dataset.cases),
       "read_cpu_s": c1 - c0, "validate_cpu_s": c2 - c1,
       "errors": len(report.errors), "warnings": len(report.warnings),
       "engine": validation.choose_engine(engine)}
out["self_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["workers_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
if baseline:
    import pyshacl
    t3 = time.perf_counter()
    graph = validation.prepare(dataset.graph())
    t4 = time.perf_counter()
    conforms, results, _ = pyshacl.validate(graph, shacl_graph=validation.shapes_graph(),
        inference="none", advanced=True, allow_warnings=True)
    t5 = time.perf_counter()
    out["baseline_graph_s"] = t4 - t3
    out["baseline_validate_s"] = t5 - t4
    out["baseline_results"] = len(validation.raw_results(results))
    out["baseline_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def measure(path: Path, engine: str, baseline: bool) -> dict:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), engine, "1" if baseline else "0"],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"benchmark run failed for {path}:\n{proc.stderr[-2000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    result["cases_per_s"] = result["cases"] / (result["read_s"] + result["validate_s"])
    result["peak_rss_mb_upper"] = result["self_rss_mb"] + result["workers_rss_mb"]
    if baseline:
        result["ratio"] = result["baseline_validate_s"] / result["validate_s"]
    return result


def cli_run(path: Path) -> tuple[float, int]:
    """`cogov validate FILE --format json` as a user runs it: wall time and exit code."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "cogov", "validate", str(path), "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - start, proc.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--baseline-max", type=int, default=1000)
    parser.add_argument("--workdir", default=None, help="where the synthetic files are kept")
    parser.add_argument("--engine", default="auto", choices=("auto", "pyshacl", "turbo"))
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    args = parser.parse_args(argv)

    import synth

    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="cogov-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start")
    header = (
        f"{'cases':>7} {'engine':>7} {'read s':>7} {'valid. s':>8} {'cli wall s':>10} "
        f"{'cases/s':>8} {'RSS MB':>7} {'+workers':>8} {'pyshacl s':>9} {'ratio':>6}"
    )
    print(header)
    print("(valid. s is wall time; the CPU seconds of all processes are in the --json output)")
    for size in args.sizes:
        path = workdir / f"cases-{size}.yaml"
        if not path.exists():
            atomic.write_text(path, synth.dump(synth.generate(size, seed=1, bad=0.05)))
        result = measure(path, args.engine, size <= args.baseline_max)
        result["cli_wall_s"], result["cli_exit"] = cli_run(path)
        result["load_average_after"] = os.getloadavg()[0]
        rows.append(result)
        base = result.get("baseline_validate_s")
        ratio = f"{result['ratio']:.0f}x" if base else "-"
        print(
            f"{size:>7} {result['engine']:>7} {result['read_s']:>7.1f} "
            f"{result['validate_s']:>8.1f} {result['cli_wall_s']:>10.1f} "
            f"{result['cases_per_s']:>8.0f} {result['self_rss_mb']:>7.0f} "
            f"{result['workers_rss_mb']:>8.0f} "
            f"{(f'{base:.1f}' if base else '-'):>9} "
            f"{ratio:>6}"
        )
        sys.stdout.flush()
    if args.json:
        atomic.write_text(args.json, json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
