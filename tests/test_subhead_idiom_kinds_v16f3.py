"""Four-hanzi subheads of every phrase's kind over their prose (sixteenth session, helper F3).

Since 7b58741 a four-hanzi dictionary word jieba tags a person's name (`nr`) is a subhead over its
prose only when its halves are a verb, an adverb, an adjective or a noun, then a verb, a noun or an
adjective. That refused 576 of a75df1a's 1,383 words, common subheads among them, whose halves the
dictionary tags a place, a proper noun, an abbreviation or a descriptive word: `绿水青山` (noun and
place), `海纳百川`, `振兴中华`, `纪检监察`, `成绩斐然`, `干劲十足` stayed the first line of the
paragraph (JSON `subhead` null). Now those kinds are a phrase's too; names and time openers still
stay in the paragraph: a first half that is a time word, a pronoun, a numeral or a place word, a
person's title, a ruler's numeral, a Japanese given name after a surname the dictionary reads as a
place (`青山素子`), a transliteration (`伊萨巴尔`).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from cli_pages import convert_stdin

STORY = "全市生态建设取得新成效\n\n本报记者 王丽\n\n近日，记者从市林业局了解到，全市生态建设取得新成效。"
PROSE = "全市森林覆盖率达到百分之三十五，生态环境持续改善。"
#: Subheads whose halves jieba tags a place, a proper noun, an abbreviation, a descriptive word or
#: an adverb (`绿水` n + `青山` ns, `海纳` ns + `百川` ns, `干劲` a + `十足` d).
SUBHEADS = [
    "绿水青山", "海纳百川", "振兴中华", "纪检监察", "安全检查", "龙马精神", "扬帆远航", "春色满园",
    "成绩斐然", "普天同庆", "科教兴农", "干劲十足", "爱岗敬业",
]
#: Names and time openers the dictionary tags `nr`: a Japanese name, transliterations, a rank.
NOT_SUBHEADS = [
    "青山素子", "伊萨巴尔", "加斯科因", "安西将军", "凌晨时分", "中村正雄", "麻生太郎", "路易十四",
]


def _story(line: str) -> dict[str, Any]:
    articles = json.loads(convert_stdin(f"{STORY}\n\n{line}\n{PROSE}\n", "-f", "json"))["articles"]
    (story,) = articles
    assert isinstance(story, dict)
    return story


@pytest.mark.parametrize("line", SUBHEADS)
def test_a_subhead_of_any_phrase_kind_is_cut_off_over_its_prose(line: str) -> None:
    story = _story(line)
    assert story["subheads"] == [line]
    assert story["paragraphs"][-1] == {"incomplete": False, "subhead": line, "text": PROSE}


@pytest.mark.parametrize("line", NOT_SUBHEADS)
def test_a_name_or_a_time_opener_stays_in_the_paragraph(line: str) -> None:
    story = _story(line)
    assert story["subheads"] == []
    assert story["paragraphs"][-1]["text"] == f"{line}\n{PROSE}"


def test_txt_prints_the_subhead_apart() -> None:
    assert f"\n\n绿水青山\n\n{PROSE}\n" in convert_stdin(f"{STORY}\n\n绿水青山\n{PROSE}\n", "-f", "txt")
