"""RapidOCR / PaddleOCR items of one row: a gutter is no field gap, a photo credit is one line (v19).

A byline centred over two columns ran across the gutter between the columns' first lines, so those two
items were taken for one printed line cut at a field gap: column 2's first line was spliced into column
1's first sentence, and on a full page every later line became a paragraph of its own. A photo credit
the engine cut into items (`记者` / `李明` / `摄`, an em apart, nothing above or below) stayed three
lines: a new article with byline `记者`, head `李明` and paragraph `摄`. hOCR and ALTO of the same page
were right; the OCR JSON shapes now give what they give.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.readers.ocrjson import read_ocrjson

TEI = {"t": "http://www.tei-c.org/ns/1.0"}

Item = list  # [[[x, y] x 4], text, score]: one RapidOCR item


def item(x0: float, y0: float, x1: float, y1: float, text: str, score: float = 0.96) -> Item:
    """One RapidOCR item: the four corners of its box, its text and score."""
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], text, score]


def body_row(y: float, text: str, x0: float = 100) -> Item:
    """One line of body type (28 px a character) at `y`, starting at `x0`."""
    return item(x0, y, x0 + 28 * len(text), y + 28, text)


#: A byline centred over two columns (380..586, the gutter 464..540), then a row of each column.
GUTTER_BYLINE = item(380, 170, 586, 198, "本报记者 王丽")
COLUMN_1 = ["本报讯 今年以来，全市各地", "抢抓晴好天气，组织农民收获", "晾晒秋粮。截至十月底，全市",
            "已收购秋粮十二万吨，进度过", "半。市粮食局负责人表示，将", "继续做好收购"]
COLUMN_2 = ["资金保障，确保农民售粮不难", "。"]


def page_items(byline: Item) -> list[Item]:
    """A full page: headline, `byline`, two columns (column 2 the end of column 1's paragraph), a
    jump line, a photo's caption and credit (four items) and the page number."""
    items = [item(200, 80, 800, 140, "全市秋粮收购进度过半"), byline]
    items += [body_row(240 + 40 * k, text) for k, text in enumerate(COLUMN_1[:2])]
    items += [body_row(240 + 40 * k, text, 540) for k, text in enumerate(COLUMN_2)]
    items += [body_row(240 + 40 * k, text) for k, text in enumerate(COLUMN_1[2:], start=2)]
    items += [item(708, 320, 904, 348, "（下转第2版）"), item(200, 920, 440, 944, "图为农民在晾晒玉米。"),
              item(520, 920, 568, 944, "记者"), item(600, 920, 648, 944, "李明"),
              item(680, 920, 704, 944, "摄"), item(488, 1340, 512, 1364, "1")]
    return items


def as_shape(items: list[Item], shape: str) -> object:
    """The items as the engine's JSON shape writes them."""
    if shape == "paddle2":
        return [[box, [text, score]] for box, text, score in items]
    if shape == "paddle3":
        return {"res": {"rec_texts": [t for _b, t, _s in items], "rec_scores": [s for _b, _t, s in items],
                        "rec_polys": [b for b, _t, _s in items]}}
    return items


def write(tmp_path: Path, data: object, name: str = "page.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def convert_cli(runner: CliRunner, path: Path, fmt: str = "txt") -> str:
    result = runner.invoke(app, ["convert", str(path), "-f", fmt])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def paragraphs(txt: str) -> list[str]:
    return [p for p in txt.strip().split("\n\n") if p]


def test_a_byline_over_the_gutter_does_not_splice_the_columns_first_lines(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Before: `今年以来，全市各地资金保障，确保农民售粮不难抢抓晴好天气…` (column 2's first line in
    column 1's sentence). Now each column's line stays whole and in its own column's text."""
    items = [GUTTER_BYLINE, body_row(240, COLUMN_1[0]), body_row(240, COLUMN_2[0], 540),
             body_row(280, COLUMN_1[1])]
    paras = paragraphs(convert_cli(runner, write(tmp_path, items)))
    assert "今年以来，全市各地抢抓晴好天气，组织农民收获" in paras
    assert COLUMN_2[0] in paras
    assert not any("各地资金" in p for p in paras)


@pytest.mark.parametrize("shape", ["rapid", "paddle2", "paddle3"])
def test_a_page_with_a_byline_over_the_gutter_reads_as_with_it_over_one_column(
    runner: CliRunner, tmp_path: Path, shape: str
) -> None:
    """Before, the spliced row broke the page: a paragraph a line (`已收购秋粮十二万吨，进度过`, ...)
    and `。` alone. Now the lead is one paragraph, as when the byline stands over column 1 only."""
    over_gutter = convert_cli(runner, write(tmp_path, as_shape(page_items(GUTTER_BYLINE), shape)))
    over_column = convert_cli(runner, write(tmp_path, as_shape(
        page_items(item(128, 170, 334, 198, "本报记者 王丽")), shape), "col1.json"))
    assert over_gutter == over_column
    paras = paragraphs(over_gutter)
    assert "".join(COLUMN_1)[4:] + "".join(COLUMN_2) in paras
    assert "。" not in paras


#: A caption under a photo (nothing above or below it) and its credit cut into three items.
CAPTION = item(200, 920, 440, 944, "图为农民在晾晒玉米。")
CREDITS = {
    "an em apart": [CAPTION, item(464, 920, 512, 944, "记者"), item(536, 920, 584, 944, "李明"),
                    item(608, 920, 632, 944, "摄")],
    "far from the caption": [CAPTION, item(520, 920, 568, 944, "记者"), item(600, 920, 648, 944, "李明"),
                             item(680, 920, 704, 944, "摄")],
}


@pytest.mark.parametrize("name", CREDITS)
def test_a_photo_credit_cut_into_items_is_one_credit_under_the_caption(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    """Before: `＊＊＊` and the paragraphs `记者`, `李明`, `摄` (a new article: byline `记者`, head
    `李明`), or `记者` before the caption. Now the credit is one line under the caption, as hOCR and
    ALTO give it."""
    lead = [body_row(240, "今年以来，全市各地抢抓晴好天气，组织农民收获"),
            body_row(280, "晾晒秋粮。截至十月底，全市已收购秋粮过半。")]
    path = write(tmp_path, [*lead, *CREDITS[name]])
    assert "图为农民在晾晒玉米。\n记者 李明 摄" in paragraphs(convert_cli(runner, path))
    tei = etree.fromstring(convert_cli(runner, path, "tei").encode())
    assert len(tei.xpath("//t:div[@type='article']", namespaces=TEI)) == 1
    assert tei.xpath("//t:figure/t:note[@type='credit']/text()", namespaces=TEI) == ["记者 李明 摄"]
    assert not tei.xpath("//t:byline | //t:head", namespaces=TEI)


def lines_of(items: list[Item], tmp_path: Path) -> list[str]:
    page = read_ocrjson(write(tmp_path, items).read_bytes(), "page.json")[0]
    return [ln.text for blk in page.blocks for ln in blk.lines]


def test_two_long_items_alone_in_a_row_stay_two_lines(tmp_path: Path) -> None:
    """A row with nothing above or below joins only when one item is a piece the engine cut off:
    two footer fields (or two captions) side by side, an em and a half apart, stay apart."""
    items = [item(50, 780, 280, 804, "新闻热线：0935-2212345"), item(316, 780, 459, 804, "责任编辑：李明")]
    assert lines_of(items, tmp_path) == ["新闻热线：0935-2212345", "责任编辑：李明"]


def test_a_byline_in_a_column_joins_when_one_line_near_it_runs_under_both_items(tmp_path: Path) -> None:
    """A short line crossing the gap above (over a third of the shorter item only) shows no column,
    but the column's full line below does: the byline is one line."""
    items = [item(120, 60, 274, 88, "（上接第一版）"),
             item(100, 100, 212, 128, "本报记者"), item(254, 100, 310, 128, "王丽"),
             body_row(140, "今年以来，全市各地抢抓晴好天气，组")]
    assert lines_of(items, tmp_path)[:2] == ["（上接第一版）", "本报记者 王丽"]


#: A brief's opening row cut after its dateline (`本报讯`, short, then a long item), over its last line.
BRIEF_LINES = [body_row(240, "本报讯"), body_row(240, "今年以来，全市各地抢抓晴好天气，组织", 212),
               body_row(280, "农民收获。")]


@pytest.mark.parametrize("headline_top", [150, 100], ids=["headline within 2 lines", "headline beyond"])
def test_a_short_last_line_under_a_dateline_row_keeps_the_row_one_line(
    runner: CliRunner, tmp_path: Path, headline_top: int
) -> None:
    """The line under the row (`农民收获。`, 100..240) crosses the gap and runs under the whole dateline
    (the shorter item) though not under half of the long item. Before: the row was split, `农民收获。`
    read before the sentence it ends and `今年以来，…组织` made the head of a new article. Now the brief
    reads as one paragraph under its dateline."""
    items = [item(100, headline_top, 500, headline_top + 40, "秋粮收购过半"), *BRIEF_LINES]
    path = write(tmp_path, items)
    assert lines_of(items, tmp_path)[1] == "本报讯 今年以来，全市各地抢抓晴好天气，组织"
    tei = etree.fromstring(convert_cli(runner, path, "tei").encode())
    assert len(tei.xpath("//t:div[@type='article']", namespaces=TEI)) == 1
    assert tei.xpath("//t:body//t:head/text()", namespaces=TEI) == ["秋粮收购过半"]
    lead = "今年以来，全市各地抢抓晴好天气，组织农民收获。"
    assert tei.xpath("//t:body//t:p/text()", namespaces=TEI) == [lead]
    assert tei.xpath("//t:byline/text()", namespaces=TEI) == ["本报讯"]
    assert "＊＊＊" not in convert_cli(runner, path)


def test_a_line_over_less_than_half_of_the_shorter_item_shows_no_column(tmp_path: Path) -> None:
    """A line crossing the gap over a quarter of each item (a byline centred over the gutter) is
    no line of the items' column, even when it runs under all of neither: the columns stay apart."""
    items = [item(380, 200, 586, 228, "本报记者 王丽"), body_row(240, COLUMN_1[0]),
             body_row(240, COLUMN_2[0], 540)]
    assert lines_of(items, tmp_path)[1:] == [COLUMN_1[0], COLUMN_2[0]]


LEAD = [body_row(300, "今年以来，全市各地抢抓晴好天气，组织农民收获"),
        body_row(340, "晾晒秋粮。截至十月底，全市已收购秋粮过半。")]


def test_a_long_caption_and_the_next_photos_short_caption_stay_apart(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A row alone under photos, a long caption and a short one 1.5 em apart: only pieces all short
    (a credit) join. Before: `图①：农民在田间晾晒新收的玉米。秋粮入库`, one caption. Now two texts."""
    items = [*LEAD, item(100, 920, 484, 944, "图①：农民在田间晾晒新收的玉米。"),
             item(520, 920, 616, 944, "秋粮入库")]
    tei = etree.fromstring(convert_cli(runner, write(tmp_path, items), "tei").encode())
    texts = tei.xpath("//t:body//text()[normalize-space()]", namespaces=TEI)
    assert "图①：农民在田间晾晒新收的玉米。" in texts
    assert "秋粮入库" in texts


def test_a_footer_name_and_the_page_number_stay_apart(runner: CliRunner, tmp_path: Path) -> None:
    """Before: `<fw type="credit">责任编辑：李明3</fw>`: the name altered, the page number gone.
    Now the editor's name is kept as printed and the `3` is its own text."""
    items = [*LEAD, item(100, 1300, 268, 1324, "责任编辑：李明"), item(300, 1300, 324, 1324, "3")]
    tei = etree.fromstring(convert_cli(runner, write(tmp_path, items), "tei").encode())
    assert tei.xpath("//t:fw[@type='credit']/text()", namespaces=TEI) == ["责任编辑：李明"]
    assert "3" in tei.xpath("//t:body//text()[normalize-space()]", namespaces=TEI)


def test_a_page_head_of_two_short_pieces_alone_in_a_row_is_one_header(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`第3版` and `要闻`, both short, two ems apart with nothing near above or below: one page head,
    as hOCR gives it (not `要闻` as a section head)."""
    items = [item(100, 30, 184, 58, "第3版"), item(240, 30, 296, 58, "要闻"),
             item(200, 160, 800, 220, "全市秋粮收购进度过半"), *LEAD]
    tei = etree.fromstring(convert_cli(runner, write(tmp_path, items), "tei").encode())
    assert tei.xpath("//t:fw[@type='header']/text()", namespaces=TEI) == ["第3版 要闻"]
