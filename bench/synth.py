"""Seeded synthetic case files in the contract's YAML (docs/case-data.md).

    python bench/synth.py 10000 -o cases-10k.yaml [--seed 1] [--bad 0.05]

Cases are random but plausible: 2-6 participants at levels below their superiors, keys drawn
from the code lists, coder judgements on some cases. A share ``--bad`` of the cases carries
one mistake each (an unknown key, a missing field, end before start, ...), so that validation
has problems to report. The same seed always gives the same file.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from cogov import atomic
from cogov.loaders.keys import key_groups, keys

LEVELS = ["central", "province", "prefecture", "county", "township"]
PLACES_ZH = "甲乙丙丁戊己庚辛壬癸"
MISTAKES = (
    "unknown_mechanism", "unknown_level", "no_autonomy", "end_before_start", "no_sources",
    "one_participant", "bad_id", "unknown_domain",
)  # fmt: skip


def _actor(rng: random.Random, level: str, n: int) -> dict:
    zh = "".join(rng.choice(PLACES_ZH) for _ in range(2)) + f"{n}市"
    return {"name": {"zh": zh, "en": f"City {n}"}, "level": level}


def make_case(rng: random.Random, n: int, mistake: str | None) -> dict:
    level_index = rng.randrange(1, 5)
    participants = [_actor(rng, LEVELS[level_index], k) for k in range(rng.randint(2, 6))]
    mandated = rng.random() < 0.5
    mechanisms = rng.sample(keys("mechanism"), rng.randint(0, 4))
    activities = rng.sample(keys("activity"), rng.randint(0, 6))
    start = rng.randint(1980, 2024)
    case: dict = {
        "id": f"case-{n:06d}",
        "name": {"zh": f"合作案例{n}", "en": f"Collaboration case {n}"},
        "domain": rng.choice(keys("domain")),
        "start": start,
        "end": start + rng.randint(0, 10) if rng.random() < 0.4 else None,
        "participants": participants,
    }
    if mandated:
        case["superiors"] = [_actor(rng, LEVELS[rng.randrange(0, level_index)], 0)]
        case["initiation"] = "mandated"
        case["decision_autonomy"] = rng.choice(["retained", "partly_preempted"])
        case["instruments"] = rng.sample(keys("instrument"), rng.randint(1, 4))
    else:
        case["initiation"] = "voluntary"
    case["mechanisms"] = mechanisms
    case["activities"] = activities
    case["drivers"] = {
        "prior_collaboration": rng.choice(["none", "success", "failure", "mixed"]),
        "shared_beliefs": rng.random() < 0.5,
        "task_complexity": rng.choice(["low", "high"]),
    }
    if rng.random() < 0.3:
        formal = set(key_groups("mechanism").get("formal", ()))
        case["formalization"] = "high" if formal & set(mechanisms) else "low"
        case["activity_level"] = "many" if len(activities) >= 3 else "few"
    case["sources"] = [f"Synthetic source {n}"]
    if case["end"] is None:
        del case["end"]
    if mistake == "unknown_mechanism":
        case["mechanisms"] = [*mechanisms, "joint_conferance"]
    elif mistake == "unknown_level":
        participants[0]["level"] = "provnce"
    elif mistake == "no_autonomy":
        case["initiation"] = "mandated"
        case.pop("decision_autonomy", None)
    elif mistake == "end_before_start":
        case["end"] = start - 1
    elif mistake == "no_sources":
        del case["sources"]
    elif mistake == "one_participant":
        case["participants"] = participants[:1]
    elif mistake == "bad_id":
        case["id"] = f"Case {n}"
    elif mistake == "unknown_domain":
        case["domain"] = "airr"
    return case


def generate(count: int, seed: int = 1, bad: float = 0.05) -> dict:
    rng = random.Random(seed)
    cases = []
    for n in range(count):
        mistake = rng.choice(MISTAKES) if rng.random() < bad else None
        cases.append(make_case(rng, n, mistake))
    return {"cases": cases}


def dump(document: dict) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(document, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bad", type=float, default=0.05, help="share of cases with a mistake")
    args = parser.parse_args(argv)
    atomic.write_text(args.output, dump(generate(args.count, args.seed, args.bad)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
