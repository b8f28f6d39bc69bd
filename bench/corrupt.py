"""Inject OCR look-alike substitutions into clean Chinese text at a known rate.

    python bench/corrupt.py CLEAN.txt --rate 0.01 --seed 7 > corrupted.txt

Each Han character that has a look-alike in the confusion table (rules/confusion/*.txt) is replaced,
with probability `rate`, by one of its look-alikes (strong, hand-checked pairs are three times as likely
as derived ones, as in print). Block separators and non-Han characters are never touched. `corrupt()`
also returns the truth: (position, original character, injected character) for each substitution.
"""

from __future__ import annotations

import argparse
import random
import sys

from layoutfix.suggest.confusion import ConfusionTable, load_confusion


def corrupt(
    text: str, table: ConfusionTable, rate: float, rng: random.Random, strong_only: bool = False
) -> tuple[str, list[tuple[int, str, str]]]:
    """`text` with look-alike substitutions and the list of (position, original, injected)."""
    chars = list(text)
    truth: list[tuple[int, str, str]] = []
    for i, ch in enumerate(chars):
        pairs = [p for p in table.of(ch) if p.strong or not strong_only]
        if not pairs or rng.random() >= rate:
            continue
        weights = [3.0 if p.strong else 1.0 for p in pairs]
        pair = rng.choices(pairs, weights)[0]
        chars[i] = pair.meant
        truth.append((i, ch, pair.meant))
    return "".join(chars), truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("clean")
    ap.add_argument("--rate", type=float, default=0.01)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with open(args.clean, encoding="utf-8") as fh:
        text = fh.read()
    out, truth = corrupt(text, load_confusion(), args.rate, random.Random(args.seed))
    sys.stdout.write(out)
    print(f"{len(truth)} substitutions", file=sys.stderr)


if __name__ == "__main__":
    main()
