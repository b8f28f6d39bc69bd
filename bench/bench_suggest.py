"""Precision, recall, false alarms and speed of look-alike suggestions (issue 7). Not a test.

    python bench/bench_suggest.py [--sighan PATH/sighan2015_test.tsv] [--rate 0.01] [--runs 5]
    python bench/bench_suggest.py --long-only [--pieces 300]    # long lines alone (speed)

Clean text: bench/data/news.txt (news sentences written for this benchmark), the correct side of every
`examples`/`keep` line of the shipped rules, the seed page after normalisation, and, when given, the
correct sentences of SIGHAN-2015 (in pycorrector's data, Apache-2.0; `pip download --no-deps
pycorrector`). Each clean text is corrupted by bench/corrupt.py at `--rate` per look-alike-able
character, `--runs` times with different seeds; a suggestion is right when it is at an injected
position and proposes the original character. False alarms on clean text are counted per 10,000
characters. The seed page is also run as is (its real OCR errors, minus those the rules fix).
Long lines: one line of `--pieces` copies of a 16-hanzi piece with no punctuation (one clause for the
name check's tagger), a line of as many names separated by spaces, and one of as many reporter
labels and names with no punctuation (`记者冯雪说` repeated: each label's name is checked against the
dictionary), the last also at 4,000 and 8,000 labels (`LABELLED_SIZES`); the time should grow with
the length, not its square.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import timeit
import tomllib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corrupt import corrupt

from layoutfix.model import CERT_LEVELS
from layoutfix.normalize import NormalizeOptions, normalize_text
from layoutfix.normalize.typos import shipped_rules_dir
from layoutfix.suggest import load_confusion, suggest

ROOT = Path(__file__).resolve().parents[1]


def clean_texts(sighan: str | None) -> dict[str, str]:
    """Named clean corpora, sentences joined by newlines."""
    texts = {"news": (ROOT / "bench" / "data" / "news.txt").read_text("utf-8")}
    lines: list[str] = []
    for f in sorted(shipped_rules_dir().glob("*.toml")):
        for rule in tomllib.loads(f.read_text("utf-8")).get("rule", []):
            lines += [e.split(" => ")[1] for e in rule.get("examples", [])] + rule.get("keep", [])
    texts["rule-lines"] = "\n".join(lines)
    seed = (ROOT / "examples" / "seed-page.txt").read_text("utf-8")
    texts["seed-normalised"] = normalize_text(seed, NormalizeOptions()).text
    if sighan:
        rows = Path(sighan).read_text("utf-8").splitlines()
        texts["sighan-correct"] = "\n".join(r.split("\t")[1] for r in rows if "\t" in r)
    return texts


def evaluate(texts: dict[str, str], rate: float, runs: int) -> None:
    table = load_confusion()
    print("| corpus | chars | false alarms /10k chars (high / medium / low) |")
    print("| --- | ---: | --- |")
    total_chars = 0
    for name, text in texts.items():
        found = suggest(text)
        counts = [sum(s.cert == c for s in found) for c in CERT_LEVELS]
        total_chars += len(text)
        per = " / ".join(f"{10000 * n / len(text):.1f}" for n in counts)
        print(f"| {name} | {len(text)} | {per} |")
        for s in found:
            if s.cert != "low":
                print(f"|   {s.cert}: {s.context} {s.pair} ({s.word}, {s.score:.1f}) | | |", file=sys.stderr)
    print()
    print(f"Injected look-alikes at rate {rate}, {runs} runs per corpus:")
    print("| level (cumulative) | suggested | right | precision | recall |")
    print("| --- | ---: | ---: | ---: | ---: |")
    stats = {c: [0, 0] for c in CERT_LEVELS}
    injected = 0
    for name, text in texts.items():
        for run in range(runs):
            bad, truth = corrupt(text, table, rate, random.Random(f"{name}-{run}"))
            want = {(p, orig) for p, orig, _new in truth}
            injected += len(truth)
            for s in suggest(bad):
                for c in CERT_LEVELS[CERT_LEVELS.index(s.cert):]:
                    stats[c][0] += 1
                    stats[c][1] += (s.start, s.proposal) in want
    for c in CERT_LEVELS:
        n, right = stats[c]
        print(f"| {c} | {n} | {right} | {right / n if n else 0:.3f} | {right / injected:.3f} |")
    print(f"\n{injected} injected substitutions")


def seed_without_rules() -> None:
    """The seed page's real OCR typos: those the shipped rules fix, looked for with no rules at all."""
    seed = (ROOT / "examples" / "seed-page.txt").read_text("utf-8")
    with_rules = normalize_text(seed, NormalizeOptions())
    truth = {(e.start, e.after) for e in with_rules.edits if e.kind == "typo"}
    bare = normalize_text(seed, NormalizeOptions(default_rules=False))
    found = suggest(bare)
    print(f"\nseed page, rules off: {len(truth)} typos the rules fix")
    print("| level (cumulative) | suggested | right | precision | recall |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for c in CERT_LEVELS:
        sel = [s for s in found if CERT_LEVELS.index(s.cert) <= CERT_LEVELS.index(c)]
        right = sum(any(a <= s.orig_start < b for a, b, in ((t[0], t[0] + len(t[1])) for t in truth))
                    for s in sel)
        print(f"| {c} | {len(sel)} | {right} | {right / len(sel) if sel else 0:.3f} | "
              f"{right / len(truth) if truth else 0:.3f} |")
    for s in found:
        print(f"  {s.cert:6} {s.pair} {s.word:6} {s.score:5.1f}  …{s.context}…")


def speed() -> None:
    seed = (ROOT / "examples" / "seed-page.txt").read_text("utf-8")
    normalize_text(seed, NormalizeOptions())
    suggest(seed)  # warm caches (jieba dictionary, tables)
    t0 = time.perf_counter()
    tracked = normalize_text(seed, NormalizeOptions())
    t1 = time.perf_counter()
    found = suggest(tracked)
    t2 = time.perf_counter()
    print(f"\nseed page ({len(seed)} chars): normalise {1000 * (t1 - t0):.0f} ms, suggest "
          f"{1000 * (t2 - t1):.0f} ms ({(t2 - t1) / (t1 - t0):.1f}x); suggestions on the normalised page:")
    for s in found:
        print(f"  {s.cert:6} {s.pair} {s.word:6} {s.score:5.1f}  …{s.context}…")
    norm = _best_ms(lambda: normalize_text(seed, NormalizeOptions()))
    sugg = _best_ms(lambda: suggest(tracked))
    print(f"warm, best of 7 x 10 calls: normalise {norm:.1f} ms, suggest {sugg:.1f} ms ({sugg / norm:.1f}x)")


#: A piece with a name the tagger reads (冯雪) and a look-alike it takes for one (王米): two suggestions.
LONG_PIECE = "市民冯雪表示出行更方便了王米丰收"
#: Names the shipped pairs turn into words (冯雪 → 冰雪, 严宇 → 严守, ...): one suggestion each.
LISTED = ["冯雪", "严宇", "范涛", "韩玉", "杜兰", "肖亮", "付敏", "龙秀", "肖丽", "王丽", "杨帆"]
#: A reporter's label, a name and a verb: a line of them is one run of hanzi with a label in every piece.
LABELLED_PIECE = "记者冯雪说"
#: Further sizes of the line of labelled names: one piece of jieba's with thousands of words, which
#: each label's question used to scan whole (8,000 labels: 30 s).
LABELLED_SIZES = (4000, 8000)


def long_lines(pieces: int) -> None:
    """Suggest on one line of `pieces` pieces with no punctuation, on a line of `pieces` names and on
    a line of `pieces` labelled names with no punctuation, each at that size and a quarter of it: a
    linear cost takes about 4x as long for the full size. The labelled line is also timed at
    `LABELLED_SIZES` (about 2x from one to the next)."""
    suggest(LONG_PIECE)  # warm caches (jieba dictionary and tagger, tables)
    print("\nlong lines (one call each, warm):")
    print("| line | chars | suggestions | seconds |")
    print("| --- | ---: | ---: | ---: |")
    for n in (max(1, pieces // 4), pieces):
        for kind, text in (("no punctuation", LONG_PIECE * n),
                           ("names and spaces", " ".join(LISTED[k % len(LISTED)] for k in range(n))),
                           ("labels, no punctuation", LABELLED_PIECE * n)):
            _time_row(kind, n, text)
    for n in LABELLED_SIZES:
        _time_row("labels, no punctuation", n, LABELLED_PIECE * n)


def _time_row(kind: str, n: int, text: str) -> None:
    """One row of `long_lines`' table: one `suggest` call on `text`, `n` pieces of `kind`."""
    t0 = time.perf_counter()
    found = suggest(text)
    print(f"| {kind} x{n} | {len(text)} | {len(found)} | {time.perf_counter() - t0:.2f} |")


def _best_ms(call: Callable[[], object]) -> float:
    """The fastest of 7 rounds of 10 calls, per call in ms, with the garbage collector on (as in use)."""
    rounds = timeit.repeat(call, number=10, repeat=7, setup="gc.enable()", globals={"gc": gc})
    return 100 * min(rounds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sighan")
    ap.add_argument("--rate", type=float, default=0.01)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pieces", type=int, default=300, help="pieces of the long lines")
    ap.add_argument("--long-only", action="store_true", help="time the long lines alone")
    args = ap.parse_args()
    if not args.long_only:
        evaluate(clean_texts(args.sighan), args.rate, args.runs)
        seed_without_rules()
        speed()
    long_lines(args.pieces)


if __name__ == "__main__":
    main()
