"""A vertical page with one region per column, after the review of the first-column change.

A first column cut inside a word joins its paragraph even when the next article or a sidebar has
longer columns (its measure is the text's own), and a title or deck in body type that holds a comma
stays a head when it stands wider than the text's columns or falls short of their measure.
Through the CLI, as a user converts a PAGE-XML, hOCR or ALTO page."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_vertical_first_column_v26 import BODY, HEADLINE, _body
from test_vertical_regions_v25 import WRITERS, _columns, _heads, _paragraphs, _tei


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_cut_in_a_word_beside_the_next_articles_longer_columns_joins(tmp_path: Path, suffix: str) -> None:
    # `…涵蓋醫療及教` / `育兩大範疇。`, then another article whose columns are two characters longer
    first = ["市政府昨日推出多項惠民措施，涵蓋醫療及教", "育兩大範疇。"]
    other = ["位於東區的新公園昨日正式開放，園內設有兒童遊", "樂場及緩跑徑，吸引大批市民前往遊玩。"]
    items = _columns([("惠民新措施", HEADLINE, 40), (first[0], BODY, 14), (first[1], BODY, 40),
                      ("新公園開放", HEADLINE, 30), *_body(other)])
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](items))
    assert "".join(first) in _paragraphs(tei)
    assert "".join(other) in _paragraphs(tei)
    assert _heads(tei) == ["惠民新措施", "新公園開放"]


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_cut_in_a_word_beside_a_longer_sidebar_column_joins(tmp_path: Path, suffix: str) -> None:
    # `…以二比一擊` / `敗澳門隊。`, then a sidebar column three characters longer
    lines = ["香港足球代表隊昨晚在旺角大球場以二比一擊", "敗澳門隊。"]
    sidebar = "賽後主教練表示球員表現出色我們會繼續努力爭取佳績"
    items = _columns([("港隊勝澳門", HEADLINE, 40), (lines[0], BODY, 14), (lines[1], BODY, 30),
                      (sidebar, BODY, 14)])
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](items))
    assert "".join(lines) in _paragraphs(tei)
    assert lines[0] not in _heads(tei)


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_cut_in_a_word_before_a_deeper_article_joins(tmp_path: Path, suffix: str) -> None:
    # a four-column paragraph (`…反罪惡行` / `動，…`) followed by an article set deeper
    lines = ["警方昨日於旺角進行反罪惡行", "動，拘捕十二名男女，檢獲大批", "懷疑冒牌貨品，市值約二十萬",
             "元。案件交由旺角警區跟進。"]
    other = ["消委會昨日公布最新測試結果，發現多款市面常見", "的電熱水壺存在安全隱患，部分產品更未有附上中",
             "文說明書，消委會呼籲市民小心選購。"]
    items = _columns([("旺角反罪惡", HEADLINE, 40), *_body(lines[:3]), (lines[3], BODY, 40),
                      ("電熱水壺有隱患", HEADLINE, 30), *_body(other)])
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](items))
    assert "".join(lines) in _paragraphs(tei)
    assert "".join(other) in _paragraphs(tei)


TITLE = "樓價再跌，業界預料明年仍大受壓難以回升"


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_title_over_a_one_column_paragraph_stays_a_head(tmp_path: Path, suffix: str) -> None:
    # the title and the paragraph's one column chain; the title stands 26 px off, the text 14 px
    lines = ["差餉物業估價署昨日公布十一月樓價指數。", "業界預料，明年樓價仍會受壓，買家觀望。"]
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](_columns([(TITLE, BODY, 26), *_body(lines)])))
    assert _heads(tei) == [TITLE]
    assert lines[0] in _paragraphs(tei)


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_deck_a_character_short_and_set_apart_stays_a_head(tmp_path: Path, suffix: str) -> None:
    deck = "政府宣布推行徵費，市民須購買指定膠袋"
    lines = ["環境局昨日宣布，都市固體廢物收費將於明", "年四月一日起實施，市民須使用指定膠袋，",
             "違者最高罰款一萬元。"]
    items = _columns([("垃圾徵費四月實施", HEADLINE, 30), (deck, BODY, 20), *_body(lines)])
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](items))
    assert deck in _heads(tei)
    assert _paragraphs(tei) == ["".join(lines)]


@pytest.mark.parametrize("suffix", sorted(WRITERS))
@pytest.mark.parametrize("gap", [14, 20])
@pytest.mark.parametrize("title", [TITLE, "「明日大嶼」，政府決定分階段推展工程"])
def test_title_short_of_the_measure_stays_a_head(tmp_path: Path, suffix: str, gap: int, title: str) -> None:
    # one or two characters short of the text's twenty-character columns, tight or a little apart
    lines = ["差餉物業估價署昨日公布，十一月樓價指數下", "跌百分之一，已連跌三個月，業界預料明年樓",
             "價仍會受壓。"]
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](_columns([(title, BODY, gap), *_body(lines)])))
    assert _heads(tei) == [title]
    assert _paragraphs(tei) == ["".join(lines)]


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_two_column_deck_stays_out_of_the_paragraph(tmp_path: Path, suffix: str) -> None:
    # a body-type deck in two columns (`…仍會受壓` / `市民應否入市？`) a character short of the text
    deck = ["樓價連跌三個月，業界預料明年仍會受壓", "市民應否入市？"]
    lines = ["差餉物業估價署昨日公布，十一月樓價指數", "按月下跌百分之一，已連跌三個月，業界",
             "預料明年樓價仍會受壓。"]
    items = _columns([("樓市寒冬", HEADLINE, 30), (deck[0], BODY, 14), (deck[1], BODY, 40), *_body(lines)])
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](items))
    assert "".join(lines) in _paragraphs(tei)
    assert not any(deck[0] in p for p in _paragraphs(tei))
