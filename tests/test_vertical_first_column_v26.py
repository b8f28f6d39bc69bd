"""A vertical page with one region per column: a paragraph's first column that breaks between two
words joins its paragraph when it is set as body text, and a title in body type stays a head.

Through the CLI, as a user converts a PAGE-XML, hOCR or ALTO page: the TEI shows whether the first
column became a subsection head (`…今年全港共有` / `一百二十間學校…`) or the paragraph's start."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_vertical_regions_v25 import WRITERS, _columns, _heads, _paragraphs, _tei

HEADLINE = 48
BODY = 36

TRAD = ["教育局昨日公布最新統計數字，今年全港共有", "一百二十間學校參加計劃，較去年增加兩成，",
        "當局預計明年會再增加名額。"]
SIMP = ["国家统计局昨日发布数据显示，上月全国共有", "一千二百万人次出境旅游，同比增长三成，",
        "其中前往东南亚的游客最多。"]


def _body(lines: list[str], gap: int = 14) -> list[tuple[str, int, int]]:
    return [(t, BODY, gap) for t in lines]


@pytest.mark.parametrize("suffix", sorted(WRITERS))
@pytest.mark.parametrize(("title", "lines"), [("學校參加計劃增兩成", TRAD), ("出境游人次大增", SIMP)])
def test_first_column_cut_between_words_joins_its_paragraph(
        tmp_path: Path, suffix: str, title: str, lines: list[str]) -> None:
    items = _columns([(title, HEADLINE, 40), *_body(lines)])
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](items))
    assert "".join(lines) in _paragraphs(tei)
    assert _heads(tei) == [title]
    assert 'type="subsection"' not in tei


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_first_column_after_a_dateline_joins_its_paragraph(tmp_path: Path, suffix: str) -> None:
    lines = ["中美兩國高層昨日在華盛頓舉行會談，雙方就", "貿易問題交換意見。"]
    items = _columns([("中美會談", HEADLINE, 40), ("新華社華盛頓12月3日電", BODY, 14), *_body(lines)])
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](items))
    assert "".join(lines) in _paragraphs(tei)
    assert 'type="subsection"' not in tei


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_shorter_title_in_body_type_with_a_comma_stays_a_head(tmp_path: Path, suffix: str) -> None:
    # a one-column title in body type, shorter than the text's columns, set apart
    title = "樓價三連跌，市民觀望"
    lines = ["差餉物業估價署昨日公布，十一月樓價指數", "按月下跌百分之一，已連跌三個月，業界",
             "預料明年樓價仍會受壓。"]
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](_columns([(title, BODY, 40), *_body(lines)])))
    assert _heads(tei) == [title]
    assert _paragraphs(tei) == ["".join(lines)]


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_body_type_title_cut_inside_a_word_stays_a_head(tmp_path: Path, suffix: str) -> None:
    # `…應否趁低入` / `市？`: cut inside 入市, but shorter than the text's columns: a title
    lines = ["差餉物業估價署昨日公布，十一月樓價指數", "按月下跌百分之一，連跌三個月。"]
    items = _columns([("樓價連跌三個月市民應否趁低入", BODY, 14), ("市？", BODY, 40), *_body(lines)])
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](items))
    assert _heads(tei)[:1] == ["樓價連跌三個月市民應否趁低入"]
    assert not any("樓價連跌三個月" in p for p in _paragraphs(tei))
    assert "".join(lines) in _paragraphs(tei)
    assert 'part="F"' not in tei


@pytest.mark.parametrize("suffix", sorted(WRITERS))
@pytest.mark.parametrize("deck", ["政府宣布明年起推行垃圾徵費計劃詳情", "特首李家超：明年增建三萬公營房屋單"])
def test_body_type_deck_tight_over_the_text_stays_a_head(tmp_path: Path, suffix: str, deck: str) -> None:
    # a subtitle in body type right above the text, without a comma: not the text's first column
    lines = ["環境局昨日宣布，都市固體廢物收費將於明", "年四月一日起實施，市民須使用指定膠袋。"]
    items = _columns([("垃圾徵費四月實施", HEADLINE, 30), (deck, BODY, 14), *_body(lines)])
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](items))
    assert deck in _heads(tei)
    assert "".join(lines) in _paragraphs(tei)
