"""A stray space the spacing step removes no longer makes a block a headline (v17).

`test_properties_convert.py` (seed 408) found `normalize` changing its own output: in the block
`基层 基层` / `基层本报酒泉讯(下转第3版)一一 一` the stray space of `一一 一` split the second line into
clauses short enough for a headline (`roles.is_heading_like`), so the spacing step kept `基层 基层`
as a headline's phrase gap and removed the stray space; the second run read the block without it,
as a paragraph, and glued `基层基层`. The headline test now reads the block without the spaces the
step removes in a headline too (`spacing._Layout._headline_view`): a stray space beside a word of
one character, one beside full-width punctuation, one closing a line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import convert_txt, normalize_logged, space_edits

#: Two-line blocks whose second line holds a jump marker and a stray space that made the block a
#: headline on the first run only, and what `normalize` gives: the gap of the first line goes too.
STRAY_GAP_UNDER_A_SHORT_LINE = [
    ("基层 基层\n基层本报酒泉讯(下转第3版)一一 一\n", "基层基层\n基层本报酒泉讯（下转第3版）一一一\n"),
    ("秋日 登高\n(接第2版)一 一一（接第2版）本报酒泉讯\n",
     "秋日登高\n（接第2版）一一一（接第2版）本报酒泉讯\n"),
    ("全市 召开会议\n基层本报酒泉讯（下转第3版）一 一一\n",
     "全市召开会议\n基层本报酒泉讯（下转第3版）一一一\n"),
    # a space beside a bracket, which goes in a headline too
    ("全市 召开会议\n基层本报酒泉讯（下转第3版） 一一一\n",
     "全市召开会议\n基层本报酒泉讯（下转第3版）一一一\n"),
    ("全市 召开会议\n(接第2版)） 一一(下转第3版)— —\n", "全市召开会议\n（接第2版））一一（下转第3版）— —\n"),
]


@pytest.mark.parametrize(("page", "expected"), STRAY_GAP_UNDER_A_SHORT_LINE)
def test_a_stray_space_makes_no_headline(tmp_path: Path, page: str, expected: str) -> None:
    """Before, the first run kept the first line's gap (`基层 基层`) and the second removed it."""
    out, edits = normalize_logged(tmp_path, page)
    assert out == expected
    assert len(space_edits(edits)) == page.count(" ") - expected.count(" ")
    again, edits = normalize_logged(tmp_path, out)
    assert again == out
    assert space_edits(edits) == []


def test_a_converted_paragraph_loses_the_gap_on_the_first_run(tmp_path: Path) -> None:
    """The plain text of `convert` reads as that of a second conversion: `基层基层`, not `基层 基层`."""
    out, _ = convert_txt(tmp_path, STRAY_GAP_UNDER_A_SHORT_LINE[0][0])
    assert out.startswith("基层基层\n")
    again, _ = convert_txt(tmp_path, out)
    assert again == out


#: Headlines over two lines with a stray space beside a one-character word: the stray space goes,
#: the phrase gaps stay, on every run.
HEADLINES_WITH_A_STRAY_SPACE = [
    ("强基层 补短板\n惠民生 促发 展\n", "强基层 补短板\n惠民生 促发展\n"),
    ("专题协商 让建言更精 准\n", "专题协商 让建言更精准\n"),
]


@pytest.mark.parametrize(("page", "expected"), HEADLINES_WITH_A_STRAY_SPACE)
def test_a_headline_keeps_its_phrase_gaps(tmp_path: Path, page: str, expected: str) -> None:
    out, _ = normalize_logged(tmp_path, page)
    assert out == expected
    again, edits = normalize_logged(tmp_path, out)
    assert again == out
    assert space_edits(edits) == []


#: Poems a stray space beside a one-character word broke, and what `normalize` gives.
POEMS_WITH_A_STRAY_SPACE = [
    ("床 前明月光 疑是地上霜\n举头望明月 低头思故乡\n李白\n",
     "床前明月光 疑是地上霜\n举头望明月 低头思故乡\n李白\n"),
    ("秋日登高\n张明\n远山含黛色 近水映秋光\n白云随雁去 红叶伴霜 黄\n",
     "秋日登高\n张明\n远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄\n"),
]


@pytest.mark.parametrize(("page", "expected"), POEMS_WITH_A_STRAY_SPACE)
def test_a_poem_keeps_its_caesuras_beside_a_stray_space(tmp_path: Path, page: str, expected: str) -> None:
    """The verse test reads the block as the headline test does, without the stray space
    (`床 前明月光`): before, that space hid the poem and every caesura went (`床前明月光疑是地上霜`)."""
    out, _ = normalize_logged(tmp_path, page)
    assert out == expected
    again, edits = normalize_logged(tmp_path, out)
    assert again == out
    assert space_edits(edits) == []
