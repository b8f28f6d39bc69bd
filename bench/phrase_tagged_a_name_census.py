"""Which four-hanzi words jieba's dictionary tags a person's name read as a subhead's phrase.

`python bench/phrase_tagged_a_name_census.py [N]` lists the words a75df1a's test admitted (one
dictionary word tagged `nr`, four hanzi, no compound surname first, two dictionary halves neither
tagged `nr`), counts how many `roles._phrase_tagged_a_name` reads as a subhead's phrase now, and
prints N of each side (default 40) with their halves' tags, so a change to `_subhead_halves` can be
measured: the kept should be phrases, the refused names and time openers.
"""

from __future__ import annotations

import sys

from layoutfix.layout import roles
from layoutfix.lexicon import surnames


def candidates() -> list[str]:
    """a75df1a's words: four hanzi jieba tags `nr` that split into two dictionary words, neither `nr`."""
    tags = roles.word_tags()
    compound = surnames()[1]
    found = []
    for word, tag in tags.items():
        if roles._FOUR_HANZI.fullmatch(word) is None or word[:2] in compound or not tag.startswith("nr"):
            continue
        if all(half in tags and not tags[half].startswith("nr") for half in (word[:2], word[2:])):
            found.append(word)
    return sorted(found)


def main(argv: list[str]) -> None:
    shown = int(argv[0]) if argv else 40
    tags = roles.word_tags()
    words = candidates()
    kept = [w for w in words if roles._phrase_tagged_a_name(w)]
    refused = [w for w in words if not roles._phrase_tagged_a_name(w)]
    print(f"{len(words)} words, {len(kept)} read as a phrase, {len(refused)} refused")
    for name, side in (("kept", kept), ("refused", refused)):
        step = max(1, len(side) // shown)
        sample = " ".join(f"{w}/{tags[w[:2]]}+{tags[w[2:]]}" for w in side[::step][:shown])
        print(f"{name}: {sample}")


if __name__ == "__main__":
    main(sys.argv[1:])
