"""A titled poem an article quotes after a finished sentence, then goes on after in prose (v15, helper
N): the poem is part of the article, its title a paragraph of the quotation, and the prose after it
stays in the article. A poem printed as an article of its own after another article (its title over
the verse, ending at the next title, its poet's name, an ornament line or the page's end) still
starts an article of its own (`test_poem_after_article_v15j.py`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (the fixture)
from layoutfix.pipeline import convert

_DIARY = "全市召开会议\n\n本报讯 近日，全市召开会议。他在日记中写下了这首诗。"
_VISIT = "老人讲述往事\n\n本报讯 老人说，这首诗陪伴了他一生！"
_NIGHT = "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。"
_BRIDGE = "月落乌啼霜满天，江枫渔火对愁眠。\n姑苏城外寒山寺，夜半钟声到客船。"
_SPACED = "远山含黛色 近水映秋光\n寒风吹瘦竹 冷月照孤窗"
_AFTER = "诗中表达了诗人对故乡的思念。"
_AFTER_LONG = "这首诗写于多年以前，\n如今读来仍令人感慨。"


def _articles(tmp_path: Path, text: str) -> list[dict[str, object]]:
    page = tmp_path / "p.txt"
    page.write_text(text, encoding="utf-8")
    data = json.loads(convert(page, fmt="json").output)
    return [{"titles": a["titles"], "subheads": a["subheads"], "kicker": a["kicker"], "byline": a["byline"],
             "signature": a["signature"], "paragraphs": [p["text"] for p in a["paragraphs"]]}
            for a in data["articles"]]


@pytest.mark.parametrize(
    ("news", "title", "verse", "between", "after"),
    [
        (_DIARY, "静夜思", _NIGHT, "\n", _AFTER),  # the title over its verse in one block
        (_DIARY, "静夜思", _NIGHT, "\n\n", _AFTER),  # in blocks of their own
        (_DIARY, "静夜思", _NIGHT.replace("\n", "\n\n"), "\n\n", _AFTER),  # a line a block
        (_VISIT, "枫桥夜泊", _BRIDGE, "\n", _AFTER_LONG),  # seven hanzi a half, two lines of prose
        (_VISIT, "秋夜", _SPACED, "\n\n", _AFTER),  # halves set apart by a space
        (_DIARY, "《静夜思》", _NIGHT, "\n", _AFTER),  # the title in title marks
    ],
)
def test_a_quoted_poem_and_the_prose_after_it_stay_in_the_article(
    tmp_path: Path, news: str, title: str, verse: str, between: str, after: str
) -> None:
    (art,) = _articles(tmp_path, f"{news}\n\n{title}{between}{verse}\n\n{after}\n")
    assert art["titles"] == [news.split("\n")[0]]
    assert art["subheads"] == []  # the poem's title heads no part of the article
    paragraphs = art["paragraphs"]
    assert isinstance(paragraphs, list)
    assert paragraphs[1] == title  # the title: a line of the quotation, where it stands
    assert "".join(paragraphs[2:-1]).replace("\n", "") == verse.replace("\n", "")
    assert paragraphs[-1].replace("\n", "") == after.replace("\n", "")


def test_a_quoted_poem_is_valid_tei_with_its_title_a_paragraph(
    tmp_path: Path, tei_schema: etree.RelaxNG  # noqa: F811
) -> None:
    page = tmp_path / "p.txt"
    page.write_text(f"{_DIARY}\n\n静夜思\n{_NIGHT}\n\n{_AFTER}\n", encoding="utf-8")
    root = assert_valid(tei_schema, convert(page).output)
    (div,) = root.iter(f"{TEI}div")
    assert [h.text for h in div.iter(f"{TEI}head")] == ["全市召开会议"]
    assert [p.text for p in div.iter(f"{TEI}p")] == [
        "近日，全市召开会议。他在日记中写下了这首诗。", "静夜思", _NIGHT, _AFTER,
    ]


def test_a_quoted_poem_in_plain_text_keeps_its_place(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(f"{_DIARY}\n\n静夜思\n{_NIGHT}\n\n{_AFTER}\n", encoding="utf-8")
    out = convert(page, fmt="txt").output
    assert "＊＊＊" not in out  # (the line the plain text sets between two articles)
    assert out.index("写下了这首诗。") < out.index("静夜思") < out.index("床前明月光") < out.index(_AFTER)


@pytest.mark.parametrize(
    ("after", "poem"),
    [
        ("", {"paragraphs": [_NIGHT]}),  # the page ends
        ("\n\n（李白）", {"signature": "（李白）"}),  # the poet's signature under it
        ("\n\n注：霜，白霜。", {"paragraphs": [_NIGHT, "注：霜，白霜。"]}),  # a note on the poem
        ("\n\n＊＊＊\n\n" + _AFTER, {"subheads": []}),  # an ornament line, then more text
        ("\n\n下一篇文章标题\n\n本报讯 正文在这里。", {"paragraphs": [_NIGHT]}),  # the next article
    ],
)
def test_a_poem_ending_at_a_title_a_signature_or_the_page_end_is_its_own_article(
    tmp_path: Path, after: str, poem: dict[str, object]
) -> None:
    arts = _articles(tmp_path, f"全市召开会议\n\n本报讯 近日，全市召开会议。\n\n静夜思\n{_NIGHT}{after}\n")
    assert arts[0]["titles"] == ["全市召开会议"] and arts[0]["subheads"] == []
    assert arts[1]["titles"] == ["静夜思"]
    for key, value in poem.items():
        assert arts[1][key] == value


@pytest.mark.parametrize(
    "under", ["静夜思\n李白", "静夜思\n（唐）李白"],  # the poet's name under the title
)
def test_a_poem_with_its_poet_under_the_title_is_its_own_article(tmp_path: Path, under: str) -> None:
    arts = _articles(tmp_path, f"全市召开会议\n\n本报讯 近日，全市召开会议。\n\n{under}\n{_NIGHT}\n")
    assert [a["paragraphs"] for a in arts] == [["近日，全市召开会议。"], [_NIGHT]]
    assert "静夜思" in arts[1]["titles"][0]  # type: ignore[index]
