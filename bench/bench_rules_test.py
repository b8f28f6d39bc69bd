"""Benchmark: `layoutfix rules test` (`ruletest.check_rules`) on a folder of generated user rules.

The rules are two-hanzi finds over an alphabet of common hanzi, each replacing one of its two
characters by another of the alphabet, with its own example: their replacements make other rules'
finds (`ruletest.feeding_texts`, ~4 texts a rule) as a large user folder's do. The part of the time
the check for rules that do not settle takes (`ruletest.unsettled_findings`) is printed on its own,
with how many feeding texts there are.

Run: `python bench/bench_rules_test.py [--rules N] [--repeat R] [--cpu]`. `--cpu` times with the
thread's CPU clock (`time.thread_time`), which a machine loaded by other processes does not inflate.
The same command with PYTHONPATH pointing at an older checkout's `src` measures the code before.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from layoutfix.normalize import ruletest
from layoutfix.normalize.typos import load_ruleset

#: Common hanzi the generated finds are written with (U+4E00..U+9FA5 holds many rare ones).
ALPHABET_START, ALPHABET_SIZE = 0x4E00, 1300


def generated_rules(folder: Path, n: int, seed: int = 7) -> Path:
    """`n` rules `AB` -> `AC` or `CB` over the alphabet, each with its example, in one file."""
    rng = random.Random(seed)
    alphabet = [chr(ALPHABET_START + i) for i in range(ALPHABET_SIZE)]
    finds: set[str] = set()
    lines = []
    while len(lines) < n:
        find = rng.choice(alphabet) + rng.choice(alphabet)
        if find in finds or find[0] == find[1]:
            continue
        finds.add(find)
        new = rng.choice(alphabet)
        replace = find[0] + new if rng.random() < 0.5 else new + find[1]
        if replace == find:
            continue
        example = json.dumps(f"他说{find}了。 => 他说{replace}了。", ensure_ascii=False)
        lines.append(f'[[rule]]\nid = "bench.g{len(lines)}"\nfind = "{find}"\nreplace = "{replace}"\n'
                     f'cert = "high"\nwhy = "bench"\nexamples = [{example}]\n')
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bench.toml").write_text("\n".join(lines), encoding="utf-8")
    return folder


def timed(clock: Callable[[], float], run: Callable[[], object], repeat: int) -> tuple[list[float], object]:
    """The seconds of each of `repeat` runs of `run`, and the last run's result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = clock()
        result = run()
        times.append(clock() - t0)
    return times, result


def spread(times: list[float]) -> str:
    """Each run's seconds."""
    return ", ".join(f"{t:.2f}" for t in times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cpu", action="store_true", help="time with the thread's CPU clock")
    args = parser.parse_args(argv)
    clock = time.thread_time if args.cpu else time.perf_counter
    with tempfile.TemporaryDirectory() as tmp:
        folder = generated_rules(Path(tmp) / "rules", args.rules)
        ruleset = load_ruleset([folder])
        ruletest.check_rules([folder])  # warm up: jieba, the dictionary, the rule automaton
        texts = len(ruletest.feeding_texts(ruleset))
        whole, report = timed(clock, lambda: ruletest.check_rules([folder]), args.repeat)
        part, found = timed(clock, lambda: ruletest.unsettled_findings(ruleset, [folder]), args.repeat)
    failures = len(report.failures)  # type: ignore[attr-defined]
    unsettled = sorted(f.problem.split(" do not settle")[0] for f in found)  # type: ignore[attr-defined]
    kind = "CPU" if args.cpu else "wall"
    print(f"{args.rules} rules, {texts} feeding texts; {kind} seconds, median of {args.repeat}")
    print(f"rules test (check_rules): {statistics.median(whole):.2f} s  ({spread(whole)}); "
          f"{failures} failures")
    print(f"unsettled_findings:       {statistics.median(part):.2f} s  ({spread(part)}); "
          f"{len(unsettled)} sets of rules that do not settle")
    for line in unsettled:
        print(f"  {line}")


if __name__ == "__main__":
    main()
