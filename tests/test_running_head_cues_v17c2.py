"""A page or a weekday beside the date makes a running head of a line whose words name a paper or a
page; a date between a title's marks is a title; glued head pieces read as spaced ones. (Since
v17c3 other words make a heading whatever cue stands beside the date: `开国大典 1949年10月1日
星期六`, test_running_head_titles_v17c3.py.)

Before: a section's or a paper's name that `_is_head_word` / `_HEAD_SECTIONS` do not know, before the
date, made a coordinate page (ALTO, hOCR, OCR-JSON) read its running head as the first article's
kicker, whatever the line printed after the date (`健康 2024年5月6日 第5版`, `观点 2024年5月6日 星期一`,
`南方周末 2024年5月6日 星期一`): the TEI header and the JSON lost the issue date. Flat text read them
so before as well. A date between a title's marks (`《1976年1月8日》`, `“1949年10月1日”`,
`（2024年5月6日）`) was the page's running head, gone from the txt, its day taken for the issue date.
`2024年5月6日第三版` and `2024年5月6日 星期一农历甲辰年` were kickers where `2024年5月6日第3版` was a head.
"""

from __future__ import annotations

import json

import pytest

from test_running_head_edges_v17c import FORMATS, _assert_head, _assert_heading, _convert

#: Names of pages and papers a running head prints before the date: sections no word list knows,
#: sections it does, papers of every kind of name. (`聚焦` and `乡村振兴` open headlines as often: a
#: head's with the page written with its word only since v17c4, `PAGED_HEAD_NAMES`.)
HEAD_NAMES = [
    "健康", "观点", "城事", "深度", "天下", "文体", "广告", "评论", "副刊", "综合", "读书", "旅游",
    "汽车", "房产", "科教", "人物", "时评", "理论", "党建", "视点", "特刊", "专题", "文艺",
    "生活", "家园", "要闻", "国际", "体育", "财经", "今日关注",
    "南方周末", "瞭望", "半月谈", "每日甘肃", "参考消息", "求是", "甘肃日报", "中国青年报",
    "环球时报", "新华每日电讯",
]

#: What a head prints after the date that no headline prints: the weekday, the page in its forms.
CUE_FORMS = ["{} 2024年5月6日 星期一", "{} 2024年5月6日 第5版", "{} 2024年5月6日 星期一 第5版",
             "{} 2024年5月6日 A5", "{} 2024年5月6日 第五版", "{} 2024年5月6日 周一"]


@pytest.mark.parametrize("fmt", ["txt", "alto"])
@pytest.mark.parametrize("name", HEAD_NAMES)
def test_a_page_or_weekday_beside_the_date_makes_a_head_whatever_name_opens_it(name: str, fmt: str) -> None:
    """Before, `健康 2024年5月6日 第5版` and `观点 2024年5月6日 星期一` were the first article's kicker
    and the page had no date (on ALTO since v17, in flat text before it too). Now the line is the
    page's one header `fw`, as printed, and the TEI header and the JSON take its date."""
    for form in CUE_FORMS:
        _assert_head(form.format(name), fmt)


#: Pages' names a headline opens with as often (`聚焦 2024年5月6日 星期一` is a headline since v17c4:
#: test_running_head_table_v17c4.py), and the cue forms that make a head of them: the written page.
PAGED_HEAD_NAMES = ["聚焦", "乡村振兴"]
PAGED_FORMS = ["{} 2024年5月6日 第5版", "{} 2024年5月6日 星期一 第5版", "{} 2024年5月6日 第五版"]


@pytest.mark.parametrize("fmt", ["txt", "alto"])
@pytest.mark.parametrize("name", PAGED_HEAD_NAMES)
def test_a_written_page_beside_the_date_makes_a_head_of_a_headline_word_page(name: str, fmt: str) -> None:
    """With the page written with its word, `聚焦 2024年5月6日 第5版` is the page's header `fw`, dated."""
    for form in PAGED_FORMS:
        _assert_head(form.format(name), fmt)


#: Lines with no head's cue whose words before the date name no known paper or section, and a
#: headline opening on a date: each heads its article, as before.
NO_CUE_HEADINGS = ["全市 2024年5月6日", "参考消息 2024年5月6日", "1949年10月1日 开国大典"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", NO_CUE_HEADINGS)
def test_words_before_a_date_with_no_cue_still_head_the_article(top: str, fmt: str) -> None:
    """Guard: with neither the page nor the weekday beside the date, an unknown word before it opens
    a headline, and a date before a title's words is the title's."""
    _assert_heading(top, fmt)


#: A title that is a day's date between a title's marks, over the article it names.
TITLE_MARKED_DATES = [
    "《1976年1月8日》", "“1949年10月1日”", "（2024年5月6日）", "「2024年5月6日」", "〈2024年5月6日〉",
]
ELEGY = ["周总理，我们永远怀念您", "本报讯 近日，全市召开会议，部署今冬明春各项重点工作。"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", TITLE_MARKED_DATES)
def test_a_date_between_a_titles_marks_is_a_title_kept_in_the_text(top: str, fmt: str) -> None:
    """Before, `《1976年1月8日》` over `周总理，我们永远怀念您` was the running head: gone from the txt,
    the TEI header dated 1976-01-08. Now it is the article's heading, printed in the txt, and the
    page has no issue date."""
    assert _convert(top, fmt, "txt", ELEGY).split("\n")[0] == top
    tei = _convert(top, fmt, "tei", ELEGY)
    assert "<fw" not in tei
    assert "<date" not in tei.split("</teiHeader>")[0]
    doc = json.loads(_convert(top, fmt, "json", ELEGY))
    assert (doc["date"], doc["furniture"]) == (None, [])
    first = doc["articles"][0]
    assert top in first["kicker"] + first["titles"]


#: A date between marks of no pair, which the engine garbled around a bare date line.
GARBLED_DATES = ["”2024年5月6日”", "2024年5月6日》", "“2024年5月6日"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", GARBLED_DATES)
def test_a_date_between_stray_marks_is_still_the_running_head(top: str, fmt: str) -> None:
    """Guard: marks that pair with nothing are the engine's garble around the date line."""
    _assert_head(top, fmt)


#: Head pieces OCR glued to the date or the weekday before them.
GLUED_HEADS = [
    "2024年5月6日第三版", "2024年5月6日 星期一农历甲辰年", "2024年5月6日农历甲辰年",
    "2024年5月6日 星期一第三版",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("top", GLUED_HEADS)
def test_a_piece_glued_to_the_date_or_weekday_is_still_a_heads(top: str, fmt: str) -> None:
    """Before, `2024年5月6日第三版` was the first article's kicker (the glued page read as a title's
    words after the date) while `2024年5月6日第3版` was the running head. Now both are heads."""
    _assert_head(top, fmt)
