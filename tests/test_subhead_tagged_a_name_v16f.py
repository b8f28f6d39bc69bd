"""A subhead that jieba's dictionary tags a person's name (sixteenth session, helper F).

Before: `展望未来` over its prose in one block (`展望未来` / `会议要求各地抓好落实，确保取得实效。`) stayed
in the paragraph while `多措并举` was cut off as a subhead: jieba's dictionary lists `展望未来` as one
word tagged `nr` (a person's name), so the line read as the writer's bare name over the text. A
four-hanzi dictionary word tagged a name that is two words of the dictionary, neither tagged a name,
and opens with no compound surname is now read as a phrase: the subhead of the prose under it.
Guards: real names over prose (`张桂梅`, `欧阳晓明`, `马拉多纳`, `高峰`) stay in the paragraph.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import etree

from cli_pages import convert_stdin
from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (registers the fixture)

NEWS = "全市召开会议\n\n本报讯 近日，全市召开会议。\n\n会议听取了各地工作汇报。"
PROSE = ["会议要求各地抓好落实，确保取得实效。", "各地要结合实际，细化工作措施，确保各项任务落地。"]
#: Four-hanzi set phrases jieba's dictionary tags `nr`, each two dictionary words. (`爱岗敬业`, whose
#: `爱岗` jieba tags a place, is read so again since F3: tests/test_subhead_idiom_kinds_v16f3.py.)
PHRASES = ["展望未来", "严格把关", "爱岗敬业", "思路清晰", "拉开序幕", "特立独行"]
#: Names over prose: no dictionary word, a compound surname, a transliteration, a name that is a word.
NAMES = ["张桂梅", "王丽", "欧阳晓明", "马拉多纳", "高峰", "李秀英"]


def _articles(page: str) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(convert_stdin(page, "-f", "json"))["articles"]
    return articles


@pytest.mark.parametrize("prose", PROSE)
@pytest.mark.parametrize("phrase", PHRASES)
def test_a_phrase_the_dictionary_tags_a_name_is_a_subhead_over_its_prose(phrase: str, prose: str) -> None:
    (story,) = _articles(f"{NEWS}\n\n{phrase}\n{prose}\n")
    assert story["subheads"] == [phrase]
    assert story["paragraphs"][-1] == {"incomplete": False, "subhead": phrase, "text": prose}


def test_tei_opens_a_subsection(tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    root = assert_valid(tei_schema, convert_stdin(f"{NEWS}\n\n展望未来\n{PROSE[0]}\n", "-f", "tei"))
    (sub,) = root.iterfind(f".//{TEI}div[@type='subsection']")
    assert sub.findtext(f"{TEI}head") == "展望未来"
    assert sub.findtext(f"{TEI}p") == PROSE[0]


@pytest.mark.parametrize("name", NAMES)
def test_a_name_over_prose_stays_in_the_paragraph(name: str) -> None:
    (story,) = _articles(f"{NEWS}\n\n{name}\n{PROSE[0]}\n")
    assert story["subheads"] == []
    assert story["paragraphs"][-1]["text"] == f"{name}\n{PROSE[0]}"
