"""Benchmark: one page through the typo rules engine with 10 vs 10,000 rules.

The engine puts every `find` into one Aho-Corasick automaton, so the cost of a page should hardly
depend on the number of rules. Run: `python bench/bench_rules.py [PAGE]` (default: the seed page).
Prints load time (first and cached) and per-page time for each rule count, plus the shipped rules.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

from layoutfix.normalize.typos import fix_typos, load_ruleset
from layoutfix.tracked import TrackedText

ROOT = Path(__file__).resolve().parents[1]


def generated_rules(folder: Path, n: int, page: str, seed: int = 1) -> Path:
    """`n` rules whose finds are three-character strings; the same 5 of them occur in `page`.

    Keeping the matching rules fixed means the comparison measures the rule count alone.
    """
    rng = random.Random(seed)
    han = [chr(c) for c in range(0x4E00, 0x9FA5)]
    finds: set[str] = set()
    while len(finds) < 5:
        i = rng.randrange(len(page) - 3)
        if "\n" not in page[i : i + 3]:
            finds.add(page[i : i + 3])
    while len(finds) < n:
        finds.add("".join(rng.choice(han) for _ in range(3)))
    lines = []
    for i, f in enumerate(sorted(finds)):
        lines.append(
            f'[[rule]]\nid = "bench.r{i}"\nfind = {json.dumps(f, ensure_ascii=False)}\n'
            f'replace = "〇〇"\nnot_after = "[〇]"\ncert = "high"\nwhy = "bench"\n'
        )
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bench.toml").write_text("\n".join(lines), encoding="utf-8")
    return folder


def per_page(rs: object, page: str, repeat: int = 20) -> float:
    """Best-of-3 mean seconds per page for `fix_typos` at apply=low."""
    tracked = TrackedText(page)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(repeat):
            fix_typos(tracked, rs, apply="low")  # type: ignore[arg-type]
        best = min(best, (time.perf_counter() - t0) / repeat)
    return best


def main() -> None:
    page_path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "examples" / "seed-page.txt"
    page = page_path.read_text(encoding="utf-8")
    print(f"page: {page_path.name}, {len(page)} characters")
    shipped = load_ruleset()
    fix_typos(TrackedText(page), shipped, apply="low")  # load jieba once, outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        for n in (10, 10_000):
            folder = generated_rules(Path(tmp) / str(n), n, page)
            t0 = time.perf_counter()
            rs = load_ruleset([folder], include_default=False)
            first = time.perf_counter() - t0
            t0 = time.perf_counter()
            load_ruleset([folder], include_default=False)
            cached = time.perf_counter() - t0
            edits = len(fix_typos(TrackedText(page), rs, apply="low").edits)
            print(
                f"{n:>6} rules: load {first * 1000:8.1f} ms, cached load {cached * 1000:6.2f} ms, "
                f"page {per_page(rs, page) * 1000:6.2f} ms ({edits} edits)"
            )
    print(f"shipped ({len(shipped)} rules, word check on): page {per_page(shipped, page) * 1000:6.2f} ms")


if __name__ == "__main__":
    main()
