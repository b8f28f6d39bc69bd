"""Which four-hanzi words jieba tags a person's name are a subhead's phrase (sixteenth session, F2).

Since a75df1a a four-hanzi dictionary word tagged a name (`nr`) that splits into two dictionary
words, neither tagged a name, is a subhead over the prose under it (`展望未来`). That held for 1,383
words, time openers and real names among them: `凌晨时分` / `一场大火突然袭来，…` (a sentence whose
comma OCR lost, one paragraph before) was cut into a subhead, as were `中村正雄`, `路易十四` and
`居里夫人` over their text. Now the halves must be of a subhead's kind (a verb, an adverb, an
adjective or a noun, then a verb, a noun or an adjective; `展望` + `未来`, a verb over a time word),
with no numeral and no person's title in the second (`一世`, `夫人`).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from cli_pages import convert_stdin

NEWS = "全市召开会议\n\n本报讯 近日，全市召开会议。\n\n会议听取了各地工作汇报。"
PROSE = "一场大火突然袭来，消防员迅速赶到现场。"
#: Time openers and names jieba's dictionary tags `nr`, each two dictionary words.
NOT_SUBHEADS = [
    "凌晨时分", "今年夏天", "今天上午", "某年某月",  # a time opener
    "中村正雄", "麻生太郎", "路易十四", "查理一世", "居里夫人", "公爵夫人", "光绪皇帝",  # a name
]
#: Subheads' phrases the dictionary tags `nr` (a75df1a's, `爱岗敬业` aside: jieba tags `爱岗` a place).
SUBHEADS = ["展望未来", "严格把关", "思路清晰", "拉开序幕", "特立独行", "努力奋斗"]


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


@pytest.mark.parametrize("line", NOT_SUBHEADS)
def test_a_time_opener_or_a_name_over_prose_stays_in_the_paragraph(line: str) -> None:
    (story,) = _articles(f"{NEWS}\n\n{line}\n{PROSE}\n")
    assert story["subheads"] == []
    assert story["paragraphs"][-1]["text"] == f"{line}\n{PROSE}"


@pytest.mark.parametrize("line", SUBHEADS)
def test_a_subheads_phrase_over_prose_is_still_cut_off(line: str) -> None:
    (story,) = _articles(f"{NEWS}\n\n{line}\n{PROSE}\n")
    assert story["subheads"] == [line]
    assert story["paragraphs"][-1]["text"] == PROSE
