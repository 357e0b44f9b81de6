"""End-to-end benchmark: each command run as a user runs it, a whole process on a whole file.

    python bench/e2e_bench.py [--sizes 1000 10000 100000] [--runs 1] [--workdir DIR]
                              [--commands validate classify query report load]
                              [--python VENV/bin/python] [--write docs/performance.md]

For each size, bench/synth.py writes a YAML file of valid cases (seed 1, no mistakes); then
each command runs in a fresh process (``python -m cogov ...``, output to a file) and the wall
time and the peak memory are recorded. Memory is the largest sum of the proportional set sizes
of the command's process and its workers (psutil, sampled every 50 ms; pages a forked worker
shares with its parent count once): what the machine has to hold at once. With ``--runs N``
the median wall time of N runs is shown. ``--write`` replaces the table between the
``e2e-bench`` markers of a Markdown file (not a test: the figures depend on the machine).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

COMMANDS = {
    "validate": ["validate", "{file}"],
    "classify": ["classify", "{file}", "--format", "csv"],
    "query": ["query", "cases-per-type", "{file}", "--format", "csv"],
    "report": ["report", "{file}", "-o", "{out}/report.html"],
    "load": ["load", "{file}", "--store", "{out}/store"],
}
START, END = "<!-- e2e-bench:start -->", "<!-- e2e-bench:end -->"


def synth(size: int, folder: Path) -> Path:
    path = folder / f"cases-{size}.yaml"
    if not path.exists():
        subprocess.run(
            [sys.executable, str(HERE / "synth.py"), str(size), "-o", str(path),
             "--seed", "1", "--bad", "0"],
            check=True,
        )  # fmt: skip
    return path


def tree_memory(process: psutil.Process) -> int:
    """Bytes a process and all its descendants hold: the proportional set size (PSS: a page
    shared by a forked worker and its parent counts once, split between them) where the
    system reports it, else the resident set size (an upper bound)."""
    total = 0
    try:
        family = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in family:
        try:
            info = member.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except psutil.Error:
            continue
    return total


def run_once(args: list[str], out: Path, python: str | None) -> tuple[float, float, int]:
    """Wall seconds, peak MB of the process tree, exit code. Without ``python``, the checkout's
    code runs (PYTHONPATH=src); with it, that interpreter's installed cogov (a wheel)."""
    env = dict(os.environ)
    if python is None:
        env["PYTHONPATH"] = str(ROOT / "src")
    with open(out / "stdout", "wb") as stdout, open(out / "stderr", "wb") as stderr:
        start = time.perf_counter()
        child = subprocess.Popen([python or sys.executable, "-m", "cogov", *args], stdout=stdout,
                                 stderr=stderr, env=env)  # fmt: skip
        watched = psutil.Process(child.pid)
        peak = 0
        while child.poll() is None:
            peak = max(peak, tree_memory(watched))
            time.sleep(0.05)
        wall = time.perf_counter() - start
    return wall, peak / 2**20, child.returncode


def bench(
    sizes: list[int], commands: list[str], runs: int, workdir: Path, python: str | None = None
) -> list[dict]:
    results = []
    for size in sizes:
        path = synth(size, workdir)
        for name in commands:
            walls, peaks, code = [], [], 0
            for _ in range(runs):
                out = Path(tempfile.mkdtemp(dir=workdir))
                args = [a.format(file=path, out=out) for a in COMMANDS[name]]
                wall, peak, code = run_once(args, out, python)
                walls.append(wall)
                peaks.append(peak)
            row = {"size": size, "command": name, "wall_s": statistics.median(walls),
                   "peak_mb": max(peaks), "exit": code}  # fmt: skip
            print(f"{size:>7} {name:<9} {row['wall_s']:7.1f} s {row['peak_mb']:7.0f} MB"
                  f"  exit {code}", flush=True)  # fmt: skip
            results.append(row)
    return results


def table(results: list[dict], runs: int) -> str:
    sizes = sorted({r["size"] for r in results})
    commands = list(dict.fromkeys(r["command"] for r in results))
    cell = {(r["size"], r["command"]): r for r in results}
    head = "| command | " + " | ".join(f"{s:,} cases" for s in sizes) + " |"
    lines = [head, "|---|" + "---:|" * len(sizes)]
    for name in commands:
        cells = []
        for size in sizes:
            r = cell.get((size, name))
            cells.append(f"{r['wall_s']:.1f} s, {r['peak_mb']:.0f} MB" if r else "")
        lines.append(f"| `{' '.join(COMMANDS[name][:1])}` | " + " | ".join(cells) + " |")
    cpu = platform.processor() or platform.machine()
    lines.append("")
    lines.append(
        f"Wall time ({'median of ' + str(runs) + ' runs' if runs > 1 else 'one run'}) and peak "
        f"memory of the process and its workers; {os.cpu_count()} cores ({cpu}), Python "
        f"{platform.python_version()}; measured by `bench/e2e_bench.py`."
    )
    return "\n".join(lines)


def write(path: Path, text: str) -> None:
    from cogov import atomic

    content = path.read_text(encoding="utf-8")
    before, rest = content.split(START, 1)
    _, after = rest.split(END, 1)
    atomic.write_text(path, f"{before}{START}\n{text}\n{END}{after}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--commands", nargs="+", choices=COMMANDS, default=list(COMMANDS))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--write", type=Path, help="a Markdown file with e2e-bench markers")
    parser.add_argument(
        "--python", help="an interpreter with cogov installed from the wheel, as users have it "
        "(default: this interpreter, with the checkout's code)",
    )  # fmt: skip
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="cogov-e2e-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results = bench(args.sizes, args.commands, args.runs, workdir, args.python)
    text = table(results, args.runs)
    print(text)
    if args.write:
        sys.path.insert(0, str(ROOT / "src"))
        write(args.write, text)


if __name__ == "__main__":
    main()
