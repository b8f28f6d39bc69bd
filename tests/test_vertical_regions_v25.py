"""A page with one region (PAGE-XML `TextRegion`, hOCR `ocr_carea`, ALTO `TextBlock`) per column or
line reads as one text flow, and a running head printing the section before the page is the header.

Through the CLI, as a user converts: the TEI shows whether a cut column became a subsection head, and
whether the first line became the page's `fw` with its date and page label, or a kicker."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

HEAD = "星島日報 A12 體育 2024年12月3日 星期二"
TITLE = "港隊2:1擊敗澳門隊"
BODY = ["香港足球代表隊昨晚在旺角大球場以2:1擊", "敗澳門隊，入場觀眾達6,500人。門票收",
        "入約港幣32萬元。賽後主教練表示：「球", "員表現出色，我們會繼續努力。」下一場比",
        "賽將於12月10日晚上8時舉行，查詢電話", "2345 6789。"]
Box = tuple[int, int, int, int]


def _columns(items: list[tuple[str, int, int]]) -> list[tuple[str, Box]]:
    """Vertical columns right to left from x=950: (text, type size, gap after) -> (text, box)."""
    out, x = [], 950
    for text, size, gap in items:
        out.append((text, (x - size, 120, x, 120 + len(text) * size)))
        x -= size + gap
    return out


def _rows(items: list[tuple[str, int, int]], x0: int = 100) -> list[tuple[str, Box]]:
    """Horizontal lines top to bottom from y=100: (text, type size, gap after) -> (text, box)."""
    out, y = [], 100
    for text, size, gap in items:
        out.append((text, (x0, y, x0 + len(text) * size, y + size)))
        y += size + gap
    return out


def _page_xml(items: list[tuple[str, Box]]) -> str:
    def pts(b: Box) -> str:
        return f"{b[0]},{b[1]} {b[2]},{b[1]} {b[2]},{b[3]} {b[0]},{b[3]}"
    regions = "".join(
        f'<TextRegion id="r{i}"><Coords points="{pts(b)}"/><TextLine id="l{i}"><Coords points="{pts(b)}"/>'
        f"<TextEquiv><Unicode>{t}</Unicode></TextEquiv></TextLine></TextRegion>"
        for i, (t, b) in enumerate(items))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<PcGts xmlns="http://schema.primaresearch.org/PAGE/'
            'gts/pagecontent/2019-07-15"><Page imageFilename="v.png" imageWidth="1000" imageHeight="1400">'
            f"{regions}</Page></PcGts>\n")


def _hocr(items: list[tuple[str, Box]]) -> str:
    def bb(b: Box) -> str:
        return f"bbox {b[0]} {b[1]} {b[2]} {b[3]}"
    areas = "".join(
        f'<div class="ocr_carea" id="c{i}" title="{bb(b)}"><p class="ocr_par" id="p{i}" title="{bb(b)}">'
        f'<span class="ocr_line" id="l{i}" title="{bb(b)}"><span class="ocrx_word" id="w{i}" '
        f'title="{bb(b)}; x_wconf 95">{t}</span></span></p></div>' for i, (t, b) in enumerate(items))
    return ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title>'
            '<meta name="ocr-system" content="tesseract 5.3.0"/></head><body><div class="ocr_page" '
            f'id="page_1" title="image &quot;v.png&quot;; bbox 0 0 1000 1400">{areas}</div></body></html>\n')


def _alto(items: list[tuple[str, Box]]) -> str:
    def at(b: Box) -> str:
        return f'HPOS="{b[0]}" VPOS="{b[1]}" WIDTH="{b[2] - b[0]}" HEIGHT="{b[3] - b[1]}"'
    blocks = "".join(
        f'<TextBlock ID="b{i}" {at(b)}><TextLine ID="l{i}" {at(b)}><String ID="s{i}" {at(b)} '
        f'CONTENT="{t}"/></TextLine></TextBlock>' for i, (t, b) in enumerate(items))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">'
            '<Description><MeasurementUnit>pixel</MeasurementUnit></Description><Layout>'
            f'<Page ID="p1" WIDTH="1000" HEIGHT="1400"><PrintSpace>{blocks}</PrintSpace></Page>'
            "</Layout></alto>\n")


WRITERS = {"page.xml": _page_xml, "hocr": _hocr, "alto.xml": _alto}


def _tei(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(path), "-f", "tei", "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.output


def _body(tei: str) -> str:
    return tei[tei.index("<body>"):]


def _paragraphs(tei: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<p\b[^>]*>.*?</p>", _body(tei))]


def _heads(tei: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<head\b[^>]*>.*?</head>", _body(tei))]


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_vertical_columns_one_region_each_read_as_one_paragraph(tmp_path: Path, suffix: str) -> None:
    columns = [(TITLE, 44, 40), ("本報記者 陳大文", 36, 40), *[(t, 36, 14) for t in BODY]]
    items = [(HEAD, (100, 30, 900, 70)), *_columns(columns)]
    tei = _tei(tmp_path, f"v.{suffix}", WRITERS[suffix](items))
    assert "".join(BODY) in _paragraphs(tei)  # 擊敗 whole, one paragraph
    assert _heads(tei) == [TITLE]  # no column read as a subsection head
    assert 'type="subsection"' not in tei


def test_horizontal_lines_one_region_each_read_as_one_paragraph(tmp_path: Path) -> None:
    items = _rows([(TITLE, 44, 40)] + [(t, 36, 14) for t in BODY])
    tei = _tei(tmp_path, "h.page.xml", _page_xml(items))
    assert "".join(BODY) in _paragraphs(tei)


def test_larger_headline_column_stays_a_head(tmp_path: Path) -> None:
    # a headline column of larger type right before the body columns, no sentence end: not joined
    items = _columns([("天文台發出寒冷天氣警告", 48, 14), ("天文台表示，受強烈東北季候風影響，本港", 36, 14),
                      ("氣溫明日最低跌至攝氏九度，市民應注意保", 36, 14), ("暖。", 36, 14)])
    tei = _tei(tmp_path, "v.page.xml", _page_xml(items))
    assert _heads(tei) == ["天文台發出寒冷天氣警告"]
    assert _paragraphs(tei) == [
        "天文台表示，受強烈東北季候風影響，本港氣溫明日最低跌至攝氏九度，市民應注意保暖。"]


def test_body_type_subhead_ending_in_whole_words_stays_a_head(tmp_path: Path) -> None:
    # a subtitle in body type at full measure right above the text: no word runs over the break
    subtitle = "郊野公園植樹日吸引逾千市民參與種植樹苗"
    items = _rows([("市民踴躍參加植樹活動", 44, 30), (subtitle, 26, 10),
                   ("昨日上午，逾千名市民到郊野公園參加植", 26, 10),
                   ("樹活動，共種植樹苗三千多棵，活動氣氛", 26, 10), ("熱烈。", 26, 10)], x0=60)
    tei = _tei(tmp_path, "h.page.xml", _page_xml(items))
    assert subtitle in _heads(tei)
    assert _paragraphs(tei) == [
        "昨日上午，逾千名市民到郊野公園參加植樹活動，共種植樹苗三千多棵，活動氣氛熱烈。"]


def test_articles_side_by_side_are_not_joined(tmp_path: Path) -> None:
    left = _rows([("市府推出惠民新措施", 44, 30), ("市政府昨日推出多項惠民措施，涵蓋醫", 26, 10),
                  ("療、教育及交通三大範疇，預計惠及三", 26, 10), ("十萬市民。", 26, 10)], x0=60)
    right = _rows([("新區公園正式開放", 44, 30), ("位於東區的新公園昨日正式開放，園內設", 26, 10),
                   ("有兒童遊樂場及緩跑徑，吸引大批市民前", 26, 10), ("往。", 26, 10)], x0=540)
    tei = _tei(tmp_path, "h.page.xml", _page_xml(left + right))
    paragraphs = _paragraphs(tei)
    assert "市政府昨日推出多項惠民措施，涵蓋醫療、教育及交通三大範疇，預計惠及三十萬市民。" in paragraphs
    assert "位於東區的新公園昨日正式開放，園內設有兒童遊樂場及緩跑徑，吸引大批市民前往。" in paragraphs
    assert tei.count('<div type="article"') == 2


def test_two_line_title_without_sentence_marks_stays_headings(tmp_path: Path) -> None:
    items = _columns([("全港中學生運動會開幕", 36, 14), ("逾萬名學生參加比賽", 36, 60),
                      ("本屆運動會於周六在灣仔運動場舉行，一百", 36, 14), ("二十間學校參加。", 36, 14)])
    tei = _tei(tmp_path, "v.page.xml", _page_xml(items))
    assert {"全港中學生運動會開幕", "逾萬名學生參加比賽"} <= set(_heads(tei))


FIRST_LINE_PAGE = "\n\n港隊擊敗澳門隊\n\n本報訊 昨晚比賽結束，港隊以2:1勝出。\n"


@pytest.mark.parametrize(("head", "label"), [
    ("港聞  A12  2024年12月3日 星期二", "A12"),
    ("港闻  A12  2024年12月3日 星期二", "A12"),
    ("要闻  A04  2024年12月3日 星期二", "A4"),
    ("國際 A8 2024年12月3日", "A8"),
    ("娛樂 C2 星島日報 2024年12月3日", "C2"),
    ("港聞 | A12 | 2024年12月3日 星期二", "A12"),
    ("本港新聞 A6 2024年12月3日 星期二", "A6"),
])
def test_section_before_page_label_is_the_running_head(tmp_path: Path, head: str, label: str) -> None:
    tei = _tei(tmp_path, "p.txt", head + FIRST_LINE_PAGE)
    assert f'<fw type="header">{head}</fw>' in tei
    assert '<date when="2024-12-03">' in tei
    assert f'<pb n="{label}"' in tei
    assert 'type="kicker"' not in tei


@pytest.mark.parametrize("first", [
    "港聞  A12",  # a desk and a page alone: may be a kicker, as `A4 港聞` alone is
    "游戏展 E3 2024年6月11日",  # a headline's words before a page
    "峰会 A4 2024年5月6日",
    "醜聞 A1 2024年12月3日",  # 聞 but no desk
    "本報香港12月3日電",  # a dateline
])
def test_kickers_and_datelines_stay_text(tmp_path: Path, first: str) -> None:
    tei = _tei(tmp_path, "p.txt", first + FIRST_LINE_PAGE)
    assert "<fw" not in tei
    assert first in re.sub(r"<[^>]+>", "", tei)
