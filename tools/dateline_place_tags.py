"""Print each name of rules/names/dateline-places.txt with jieba's part-of-speech tag and frequency.

For choosing the `*` marks of the list (a place that is also a common word or a person's name,
`lexicon.dateline_place_words`): jieba tags a place `ns`; a name it tags otherwise, or does not know,
is printed first, as a candidate to judge by hand (it tags many foreign places a person's name,
吉隆坡 `nr`, or a noun, 槟城 `n`, which are no words of a paper's prose and stay unmarked).

Run from the repository root:  PYTHONPATH=src python tools/dateline_place_tags.py
"""

from __future__ import annotations

from layoutfix.lexicon import dateline_place_words, dateline_places, word_tags


def main() -> None:
    """Print the table: name, tag (`-` unknown to the dictionary), `*` when marked; candidates first."""
    tags = word_tags()
    marked = dateline_place_words()
    rows = sorted(dateline_places(), key=lambda p: ((tags.get(p) or "").startswith("ns"), len(p), p))
    for place in rows:
        print(f"{place}\t{tags.get(place) or '-'}\t{'*' if place in marked else ''}")


if __name__ == "__main__":
    main()
