"""Inject known OCR layout damage into correct Chinese paragraphs and measure how much comes out.

    python bench/damage.py inject bench/data/recall-clean.txt --kind all --seed 7 > damaged.txt
    python bench/damage.py measure bench/data/recall-clean.txt --seed 7 [--seed 8 ...]

The clean file holds correct paragraphs set apart by blank lines (bench/data/recall-clean.txt: the
body paragraphs of `layoutfix convert examples/seed-page.txt -f txt` that are correct as printed,
and the sentences of bench/data/news.txt). Damage is injected inside paragraphs only, one kind at
a time or all together (`--kind all`), at these rates:

- `space`: a stray ASCII space at each boundary between two hanzi with probability 0.04
  (OCR's commonest damage);
- `punct`: each full-width mark of ，。：；？！（）“” replaced by its ASCII twin (,.:;?!()")
  with probability 0.5, each mark on its own;
- `wrap`: every paragraph hard-wrapped at a column width of 20-30 hanzi (drawn per paragraph),
  counted on the printed (clean) line: a wide character is two columns, an ASCII one one; no
  line opens with a closing mark, which hangs at the end of the line before, as Chinese
  typesetting does;
- `bold`: with probability 0.3 a paragraph gets `**` around a phrase of one to three jieba words
  of hanzi only.

`inject` writes the damaged page. `measure` runs every kind through `layoutfix normalize` and
`layoutfix convert -f txt` (the command line, as a user runs it) and aligns each output with the
clean page (difflib, characters): an injected damage is undone when the output equals the clean
text over its place, left when some difference touches it; a difference that touches no injected
damage is a false fix (a change the tool made to correct text). The clean page itself is the
`none` kind: any change there is a false fix.
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field

import jieba

KINDS = ("space", "punct", "wrap", "bold")
SPACE_RATE = 0.04
PUNCT_RATE = 0.5
BOLD_RATE = 0.3
WIDTHS = (20, 30)
ASCII_TWIN = {"，": ",", "。": ".", "：": ":", "；": ";", "？": "?", "！": "!",
              "（": "(", "）": ")", "“": '"', "”": '"'}
NO_LINE_START = set("，。、：；？！）》」』”’…")


@dataclass
class Damage:
    """One injected damage: its kind and its place in the clean page (`start == end`: an insertion
    point; two points for `bold`)."""

    kind: str
    points: tuple[tuple[int, int], ...]


@dataclass
class Paragraph:
    """A clean paragraph being damaged: text inserted before each character and its replacement."""

    text: str
    before: list[str] = field(default_factory=list)
    chars: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.before = [""] * (len(self.text) + 1)
        self.chars = list(self.text)

    def render(self) -> str:
        """The damaged paragraph."""
        return "".join(self.before[i] + c for i, c in enumerate(self.chars)) + self.before[-1]


def is_han(ch: str) -> bool:
    """True for a CJK unified ideograph."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def width(s: str) -> int:
    """Columns `s` takes: two for a wide or full-width character, one otherwise."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def add_spaces(p: Paragraph, base: int, rng: random.Random) -> list[Damage]:
    """A stray space between two hanzi with probability SPACE_RATE."""
    out = []
    for i in range(1, len(p.text)):
        if is_han(p.text[i - 1]) and is_han(p.text[i]) and rng.random() < SPACE_RATE:
            p.before[i] += " "
            out.append(Damage("space", ((base + i, base + i),)))
    return out


def add_ascii_punct(p: Paragraph, base: int, rng: random.Random) -> list[Damage]:
    """Full-width marks replaced by their ASCII twins with probability PUNCT_RATE."""
    out = []
    for i, ch in enumerate(p.text):
        if ch in ASCII_TWIN and rng.random() < PUNCT_RATE:
            p.chars[i] = ASCII_TWIN[ch]
            out.append(Damage("punct", ((base + i, base + i + 1),)))
    return out


def add_bold(p: Paragraph, base: int, rng: random.Random) -> list[Damage]:
    """`**` around one to three jieba words of hanzi, with probability BOLD_RATE."""
    if rng.random() >= BOLD_RATE:
        return []
    spans, pos = [], 0
    for w in jieba.lcut(p.text, HMM=False):
        spans.append((pos, pos + len(w), all(is_han(c) for c in w)))
        pos += len(w)
    choices = []
    for k in range(len(spans)):
        for n in (1, 2, 3):
            run = spans[k:k + n]
            if len(run) == n and all(h for _, _, h in run) and run[-1][1] - run[0][0] >= 2:
                choices.append((run[0][0], run[-1][1]))
    if not choices:
        return []
    a, b = rng.choice(choices)
    p.before[a] += "**"
    p.before[b] = "**" + p.before[b]
    return [Damage("bold", ((base + a, base + a), (base + b, base + b)))]


def add_wraps(p: Paragraph, base: int, rng: random.Random, damage: list[Damage]) -> list[Damage]:
    """Break the paragraph at a column width of 20-30 hanzi of the printed (clean) line, as a
    scanned column is broken whatever the OCR then reads into it; a stray space where a line
    breaks is taken by the break (its damage is dropped)."""
    limit = 2 * rng.randint(*WIDTHS)
    out, line = [], 0
    for i, ch in enumerate(p.text):
        if i and line + width(ch) > limit and ch not in NO_LINE_START:
            if p.before[i] == " ":
                p.before[i] = ""
                damage[:] = [d for d in damage if d.points != ((base + i, base + i),)]
            p.before[i] = "\n" + p.before[i]
            out.append(Damage("wrap", ((base + i, base + i),)))
            line = 0
        line += width(ch)
    return out


def inject(clean: str, kinds: tuple[str, ...], seed: int) -> tuple[str, list[Damage]]:
    """The damaged page and its damage list (places in the clean page)."""
    rng = random.Random(seed)
    paragraphs = clean.rstrip("\n").split("\n\n")
    out, damage, base = [], [], 0
    for text in paragraphs:
        p = Paragraph(text)
        if "space" in kinds:
            damage += add_spaces(p, base, rng)
        if "punct" in kinds:
            damage += add_ascii_punct(p, base, rng)
        if "bold" in kinds:
            damage += add_bold(p, base, rng)
        if "wrap" in kinds:
            damage += add_wraps(p, base, rng, damage)
        out.append(p.render())
        base += len(text) + 2
    return "\n\n".join(out) + "\n", damage


def _touches(op: tuple[str, int, int, int, int], point: tuple[int, int]) -> bool:
    """Whether a difference (difflib opcode over the clean page) touches a damage's place."""
    _, i1, i2, _, _ = op
    a, b = point
    if a == b:
        return i1 <= a <= i2
    return i1 < b and a < i2  # an insertion (i1 == i2) touches a replaced mark only inside it


@dataclass
class Score:
    """What one run did: damage undone, damage left, false fixes (with a few examples)."""

    injected: int = 0
    undone: int = 0
    left: int = 0
    false: int = 0
    left_by_kind: dict[str, int] = field(default_factory=dict)
    left_examples: list[str] = field(default_factory=list)
    false_examples: list[str] = field(default_factory=list)


def _context(clean: str, out: str, op: tuple[str, int, int, int, int]) -> str:
    _, i1, i2, j1, j2 = op
    show = lambda s: s.replace("\n", "⏎")  # noqa: E731
    return f"{show(clean[max(0, i1 - 6):i2 + 6])} -> {show(out[max(0, j1 - 6):j2 + 6])}"


def score(clean: str, out: str, damage: list[Damage]) -> Score:
    """Align `out` with `clean` and sort every difference into left damage or a false fix."""
    ops = [op for op in difflib.SequenceMatcher(None, clean, out, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    s = Score(injected=len(damage))
    used = set()
    for d in damage:
        hit = [k for k, op in enumerate(ops) if any(_touches(op, pt) for pt in d.points)]
        used.update(hit)
        if hit:
            s.left += 1
            s.left_by_kind[d.kind] = s.left_by_kind.get(d.kind, 0) + 1
            if len(s.left_examples) < 8:
                s.left_examples.append(f"{d.kind}: {_context(clean, out, ops[hit[0]])}")
        else:
            s.undone += 1
    for k, op in enumerate(ops):
        if k not in used:
            s.false += 1
            if len(s.false_examples) < 8:
                s.false_examples.append(_context(clean, out, op))
    return s


def run_tool(command: list[str], page: str) -> str:
    """Run `layoutfix COMMAND PAGE` on a temporary file and return its standard output."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "page.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(page)
        done = subprocess.run(["layoutfix", *command[:1], path, *command[1:]], capture_output=True,
                              text=True, check=True)
    return done.stdout


TOOLS = {"normalize": ["normalize"], "convert": ["convert", "-f", "txt"]}


def measure(clean: str, seeds: list[int], verbose: bool) -> None:
    """Print, per damage kind and tool, the damage undone and left and the false fixes."""
    clean = clean.rstrip("\n") + "\n"
    print("| kind | tool | injected | undone | left | false fixes |")
    print("|---|---|---:|---:|---:|---:|")
    for kind in ("none", *KINDS, "all"):
        kinds = KINDS if kind == "all" else (() if kind == "none" else (kind,))
        for tool, command in TOOLS.items():
            total = Score()
            for seed in seeds:
                page, damage = inject(clean, kinds, seed)
                s = score(clean, run_tool(command, page).rstrip("\n") + "\n", damage)
                total.injected += s.injected
                total.undone += s.undone
                total.left += s.left
                for k, n in s.left_by_kind.items():
                    total.left_by_kind[k] = total.left_by_kind.get(k, 0) + n
                total.false += s.false
                total.left_examples += s.left_examples
                total.false_examples += s.false_examples
            share = f"{100 * total.undone / total.injected:.1f}%" if total.injected else "-"
            by_kind = ", ".join(f"{k} {n}" for k, n in sorted(total.left_by_kind.items()))
            left = f"{total.left} ({by_kind})" if kind == "all" and by_kind else str(total.left)
            print(f"| {kind} | {tool} | {total.injected} | {total.undone} ({share}) "
                  f"| {left} | {total.false} |")
            if verbose:
                for e in total.left_examples[:8]:
                    print(f"    {kind} {tool} left  {e}", file=sys.stderr)
                for e in total.false_examples[:8]:
                    print(f"    {kind} {tool} false {e}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    inj = sub.add_parser("inject", help="write the damaged page to standard output")
    inj.add_argument("clean")
    inj.add_argument("--kind", choices=(*KINDS, "all"), default="all")
    inj.add_argument("--seed", type=int, default=7)
    mea = sub.add_parser("measure", help="run every kind through normalize and convert -f txt")
    mea.add_argument("clean")
    mea.add_argument("--seed", type=int, action="append")
    mea.add_argument("-v", "--verbose", action="store_true", help="examples on stderr")
    args = ap.parse_args()
    with open(args.clean, encoding="utf-8") as fh:
        clean = fh.read()
    jieba.setLogLevel(60)
    if args.command == "inject":
        page, damage = inject(clean, KINDS if args.kind == "all" else (args.kind,), args.seed)
        sys.stdout.write(page)
        print(f"{len(damage)} damages", file=sys.stderr)
    else:
        measure(clean, args.seed or [7], args.verbose)


if __name__ == "__main__":
    main()
