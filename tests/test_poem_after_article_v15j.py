"""A poem's title after another article's text (v15, helper J): a short line over a stanza of regular
verse, after an article whose last paragraph ends a sentence, is the poem's title, a new article, not
a subhead of the article above. A subhead over prose stays one, and a verse quotation after a
paragraph that announces it (`：`) stays in its article."""

from __future__ import annotations

from pathlib import Path

import pytest

from block_pages import article_outline as _articles
from layoutfix.pipeline import convert
from tei_parts import articles_by_id

_NEWS = "全市召开会议\n\n本报讯 近日，全市召开会议。"
_NIGHT = "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。"
_BRIDGE = "月落乌啼霜满天，江枫渔火对愁眠。\n姑苏城外寒山寺，夜半钟声到客船。"
_SPACED = "远山含黛色 近水映秋光\n寒风吹瘦竹 冷月照孤窗"


@pytest.mark.parametrize(
    ("news", "title", "verse", "between"),
    [
        (_NEWS, "静夜思", _NIGHT, "\n"),  # the title over its verse in one block
        (_NEWS, "静夜思", _NIGHT, "\n\n"),  # in blocks of their own
        (_NEWS, "枫桥夜泊", _BRIDGE, "\n"),  # seven hanzi a half
        (_NEWS, "秋夜", _SPACED, "\n\n"),  # halves set apart by a space
        ("市民热议新政策\n\n本报讯 新政策受到市民欢迎！", "静夜思", _NIGHT, "\n"),
        ("老人讲述往事\n\n本报讯 他说：“这是我一生难忘的日子。”", "枫桥夜泊", _BRIDGE, "\n\n"),
        (_NEWS + "\n\n会议要求各地抓好落实，确保取得实效。", "静夜思", _NIGHT, "\n"),  # two paragraphs
    ],
)
def test_a_poem_after_a_finished_article_is_an_article_of_its_own(
    tmp_path: Path, news: str, title: str, verse: str, between: str
) -> None:
    first, poem = _articles(tmp_path, f"{news}\n\n{title}{between}{verse}\n")
    assert first["subheads"] == []
    assert not any(verse.split("\n")[0] in p for p in first["paragraphs"])  # type: ignore[union-attr]
    assert poem["titles"] == [title]
    assert "".join(poem["paragraphs"]).replace("\n", "") == verse.replace("\n", "")  # type: ignore[arg-type]


def test_a_poem_after_a_finished_article_is_its_own_div_in_the_tei(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(f"{_NEWS}\n\n静夜思\n{_NIGHT}\n", encoding="utf-8")
    divs = articles_by_id(convert(page).output)
    assert list(divs) == ["a1", "a2"]
    heads = [h.text for h in divs["a2"].iter("{http://www.tei-c.org/ns/1.0}head")]
    assert heads == ["静夜思"]
    assert divs["a1"].findall(".//{http://www.tei-c.org/ns/1.0}div") == []  # no subsection in a1


@pytest.mark.parametrize(
    ("text", "subhead"),
    [
        (f"{_NEWS}\n\n抓好落实\n\n会议要求各地抓好落实，确保取得实效。\n", "抓好落实"),
        (f"{_NEWS}\n\n会议要求各地抓好落实。\n\n坚持问题导向\n\n各地要坚持问题导向，明月光照千家。\n",
         "坚持问题导向"),  # prose with words of verse in it
    ],
)
def test_a_subhead_over_prose_stays_a_subhead(tmp_path: Path, text: str, subhead: str) -> None:
    (art,) = _articles(tmp_path, text)
    assert art["subheads"] == [subhead]


@pytest.mark.parametrize(
    "text",
    [
        f"诗词大会落幕\n\n本报讯 比赛现场，选手深情吟诵：\n\n静夜思\n{_NIGHT}\n",
        f"诗词大会落幕\n\n本报讯 比赛现场，选手深情吟诵：\n\n静夜思\n\n{_NIGHT}\n",
        f"诗词大会落幕\n\n本报讯 比赛现场，选手深情吟诵：\n\n{_BRIDGE}\n",  # no title
        f"诗词大会落幕\n\n本报讯 比赛现场，选手吟诵了一首诗，\n\n静夜思\n{_NIGHT}\n",  # cut mid-sentence
    ],
)
def test_a_verse_quotation_after_an_announcing_paragraph_stays_in_the_article(
    tmp_path: Path, text: str
) -> None:
    (art,) = _articles(tmp_path, text)
    assert art["titles"] == ["诗词大会落幕"]
    assert any(p.startswith(("床前明月光", "月落乌啼")) for p in art["paragraphs"])  # type: ignore[union-attr]
