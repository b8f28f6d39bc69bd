"""Normalising twice gives what normalising once gives (v19): cases where the second run changed
more, each checked for the text a reader gets as well as for the fixed point.

1. Spacing decided a block's gaps on the block as it was before the pass: `基层 基层` over
   `基层本报酒泉讯(下转第3版)一一 一` kept its gap, as the stray space in `一一 一` (removed in the same
   pass) made the labels read the block as a heading; the second run read a paragraph and glued it.
"""

from __future__ import annotations

import pytest

from layoutfix.normalize.steps import NormalizeOptions, normalize_text

OPTIONS = [NormalizeOptions(), NormalizeOptions(variants="t2s", apply="low")]


def normalised_once(text: str, options: NormalizeOptions) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text, options).text
    twice = normalize_text(once, options)
    assert twice.text == once, twice.edits
    return once


# --- 1. a block's gaps are decided on the block the spacing step leaves ----------------------------


@pytest.mark.parametrize("options", OPTIONS)
def test_a_stray_space_in_a_paragraph_goes_when_another_gap_of_its_block_goes(
    options: NormalizeOptions,
) -> None:
    """Hypothesis seed 408. The block is a paragraph once `一一 一` loses its stray space (it prints a
    jump marker, `（下转第3版）`), so the gap between the two words on its first line is a stray
    space as well: before, the first run kept it and the second removed it."""
    text = "基层 基层\n基层本报酒泉讯(下转第3版)一一 一\n\n"
    assert normalised_once(text, options) == "基层基层\n基层本报酒泉讯（下转第3版）一一一\n\n"


@pytest.mark.parametrize("options", OPTIONS)
def test_the_same_block_without_the_stray_space_is_spaced_as_before(options: NormalizeOptions) -> None:
    """Guard: the block already without `一一 一`'s space lost its first line's gap on the first run."""
    text = "基层 基层\n基层本报酒泉讯(下转第3版)一一一\n\n"
    assert normalised_once(text, options) == "基层基层\n基层本报酒泉讯（下转第3版）一一一\n\n"


def test_a_headline_keeps_its_phrase_gap_when_a_stray_space_beside_one_hanzi_goes() -> None:
    """Guard: a title over two lines stays a title once a stray space splitting one hanzi off goes, and
    keeps its phrase gaps (`强基层 补短板` / `惠民生 促发 展`)."""
    text = "强基层 补短板\n惠民生 促发 展\n\n正文第一段。\n"
    assert normalised_once(text, NormalizeOptions()) == "强基层 补短板\n惠民生 促发展\n\n正文第一段。\n"
