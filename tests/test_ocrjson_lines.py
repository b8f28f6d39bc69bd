"""RapidOCR / PaddleOCR items cut out of one printed line are read as that one line.

The engines split a printed line where the print has a wide gap (a byline's field spaces, a dateline
before its first sentence): each piece used to be a line of its own, so a byline lost its name to a
new article. Columns side by side, a caption beside a photo and vertical columns stay apart.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.model import BBox
from layoutfix.pipeline import convert
from layoutfix.readers.ocrjson import read_ocrjson
from layoutfix.tracked import apply_edits, undo_edits

FIX = Path(__file__).parent / "fixtures" / "ocr"
TEI = {"t": "http://www.tei-c.org/ns/1.0"}

Item = list  # [[[x, y] x 4], text, score]: one RapidOCR item


def item(x0: float, y0: float, x1: float, y1: float, text: str, score: float = 0.95) -> Item:
    """One RapidOCR item: the four corners of its box, its text and score."""
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], text, score]


TITLE = item(50, 40, 330, 80, "全市召开经济工作会议")
BODY = [
    item(90, 140, 560, 166, "近日，全市召开经济工作会议，总结今年工作，部署"),
    item(50, 174, 560, 200, "明年任务。会议强调，要抓好落实，确保各项任务按期"),
    item(50, 208, 250, 234, "完成。"),
]
#: `本报记者  王丽  发自北京` as RapidOCR writes it: three items on one row, 1.5 line heights apart
BYLINE = [item(50, 100, 150, 126, "本报记者"), item(190, 101, 240, 126, "王丽"),
          item(280, 100, 380, 127, "发自北京")]


def write(tmp_path: Path, items: list[Item], name: str = "page.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return path


def tei_of(runner: CliRunner, path: Path) -> etree._Element:
    result = runner.invoke(app, ["convert", str(path)])
    assert result.exit_code == 0, result.stderr
    return etree.fromstring(result.stdout.encode())


def texts(tei: etree._Element, xpath: str) -> list[str]:
    return ["".join(el.itertext()) for el in tei.xpath(xpath, namespaces=TEI)]


def test_a_byline_in_three_items_is_one_byline(runner: CliRunner, tmp_path: Path) -> None:
    tei = tei_of(runner, write(tmp_path, [TITLE, *BYLINE, *BODY]))
    assert texts(tei, "//t:div[@type='article']/t:byline") == ["本报记者 王丽 发自北京"]
    assert len(tei.xpath("//t:div[@type='article']", namespaces=TEI)) == 1
    assert texts(tei, "//t:div[@type='article']/t:head") == ["全市召开经济工作会议"]


def test_a_byline_in_paddleocr_shape_is_one_byline(runner: CliRunner, tmp_path: Path) -> None:
    paddle = [[box, [text, score]] for box, text, score in [TITLE, *BYLINE, *BODY]]
    tei = tei_of(runner, write(tmp_path, paddle))
    assert texts(tei, "//t:div[@type='article']/t:byline") == ["本报记者 王丽 发自北京"]


def test_a_dateline_split_from_its_first_sentence_opens_the_lead(runner: CliRunner, tmp_path: Path) -> None:
    items = [TITLE, item(50, 100, 260, 126, "本报北京5月5日电"),
             item(300, 100, 560, 126, "近日，全市召开经济工作"),
             item(50, 134, 560, 160, "会议，总结今年工作，部署明年任务。会议强调，要抓"),
             item(50, 168, 250, 194, "好落实。")]
    tei = tei_of(runner, write(tmp_path, items))
    assert len(tei.xpath("//t:div[@type='article']", namespaces=TEI)) == 1
    assert texts(tei, "//t:div[@type='article']/t:byline") == ["本报北京5月5日电"]
    assert texts(tei, "//t:div[@type='article']/t:p") == [
        "近日，全市召开经济工作会议，总结今年工作，部署明年任务。会议强调，要抓好落实。"]


def test_the_joined_line_is_the_items_text_and_the_log_rebuilds_it(tmp_path: Path) -> None:
    path = write(tmp_path, [TITLE, *BYLINE, *BODY])
    page = read_ocrjson(path.read_bytes(), "page.json")[0]
    byline = [ln for blk in page.blocks for ln in blk.lines if ln.text.startswith("本报记者")]
    assert [ln.text for ln in byline] == ["本报记者 王丽 发自北京"]
    # each item is a word with its own box and score; the line's box covers them
    assert [(w.text, w.bbox.x0, w.conf) for w in byline[0].words] == [
        ("本报记者", 50, 0.95), ("王丽", 190, 0.95), ("发自北京", 280, 0.95)]
    assert byline[0].bbox == BBox(50, 100, 380, 127)
    doc = convert(path).document
    assert "本报记者 王丽 发自北京\n" in doc.original
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original


def _two_columns(gutter: float) -> list[Item]:
    """Two articles side by side, their lines on the same rows, `gutter` pixels apart."""
    left, right = (50, 350), (350 + gutter, 650 + gutter)
    items = [item(left[0], 40, left[0] + 240, 76, "全市召开经济工作会议"),
             item(right[0], 40, right[0] + 240, 76, "城区新增三条公交线路")]
    rows = [("近日，全市召开经济工作会议，总结", "为方便市民出行，市交通部门近日"),
            ("今年工作，部署明年任务。会议强调，", "新开通三条公交线路，覆盖新建小区"),
            ("要抓好落实。", "和产业园区。")]
    for k, (a, b) in enumerate(rows):
        y = 100 + 34 * k
        short = k == len(rows) - 1
        items.append(item(left[0], y, left[0] + 120 if short else left[1], y + 26, a))
        items.append(item(right[0], y, right[0] + 120 if short else right[1], y + 26, b))
    return items


@pytest.mark.parametrize("gutter", [26, 40, 78])
def test_two_columns_lines_at_the_same_height_stay_apart(
    runner: CliRunner, tmp_path: Path, gutter: float
) -> None:
    path = write(tmp_path, _two_columns(gutter))
    page = read_ocrjson(path.read_bytes(), "page.json")[0]
    assert all(not ln.words for blk in page.blocks for ln in blk.lines)
    tei = tei_of(runner, path)
    assert texts(tei, "//t:div[@type='article']/t:p") == [
        "近日，全市召开经济工作会议，总结今年工作，部署明年任务。会议强调，要抓好落实。",
        "为方便市民出行，市交通部门近日新开通三条公交线路，覆盖新建小区和产业园区。"]


def test_a_caption_under_a_photo_beside_a_column_stays_apart(tmp_path: Path) -> None:
    # a photo (no text) at 50..300 x 100..260, its caption below it, the next column's lines beside
    column = "近日，全市召开经济工作会议，总结今年"
    items = [item(50, 270, 300, 292, "图为会议现场。"),
             *[item(340, 100 + 34 * k, 640, 126 + 34 * k, column) for k in range(8)]]
    page = read_ocrjson(write(tmp_path, items).read_bytes(), "page.json")[0]
    assert [ln.text for blk in page.blocks for ln in blk.lines if "图为" in ln.text] == ["图为会议现场。"]


def test_vertical_columns_side_by_side_stay_apart(tmp_path: Path) -> None:
    # columns read right to left, their tops on one row; the last holds one character
    items = [item(700, 100, 735, 400, "第十届古城文化节昨日开幕"),
             item(650, 100, 685, 400, "来自各地的民间艺术团体"),
             item(600, 100, 635, 135, "演")]
    page = read_ocrjson(write(tmp_path, items).read_bytes(), "page.json")[0]
    assert sorted(ln.text for blk in page.blocks for ln in blk.lines) == sorted(t for _b, t, _s in items)


#: Two row items and a third item lying over them in their own row (a duplicate detection, a box
#: over both): no line above or below runs across their gap, so nothing shows they share a column.
ROW_OVERLAID = {
    "degenerate boxes": [item(0, 0, 823, 711, "一"), item(0, 0, 674, 548, "一"),
                         item(577, 0, 1746, 550, "一")],
    "duplicate over a byline": [item(50, 100, 150, 126, "本报记者"), item(190, 101, 240, 126, "王丽"),
                                item(40, 98, 260, 128, "本报记者王丽")],
    "overlapping pieces": [item(50, 100, 160, 126, "第一部分"), item(155, 100, 265, 126, "第二部分"),
                           item(100, 96, 220, 128, "重叠")],
}


@pytest.mark.parametrize("name", ROW_OVERLAID)
def test_items_overlaid_by_a_third_in_their_row_stay_apart(tmp_path: Path, name: str) -> None:
    """Before, the third item counted as the line across the gap and two of the items were read as
    one line (`一 一`). Now each item is a line of its own, as the engine wrote it."""
    items = ROW_OVERLAID[name]
    page = read_ocrjson(write(tmp_path, items).read_bytes(), "page.json")[0]
    lines = [ln for blk in page.blocks for ln in blk.lines]
    assert sorted(ln.text for ln in lines) == sorted(t for _b, t, _s in items)
    assert all(not ln.words for ln in lines)


@pytest.mark.parametrize("where", ["above", "below"])
def test_a_byline_row_with_a_column_line_on_one_side_is_still_one_line(tmp_path: Path, where: str) -> None:
    """The line across the gap may stand above the row or below it, its padded box touching the row's."""
    line = (item(50, 72, 380, 100, "近日，全市召开经济工作会议，总结今年工作。") if where == "above"
            else item(50, 124, 380, 152, "近日，全市召开经济工作会议，总结今年工作。"))
    page = read_ocrjson(write(tmp_path, [*BYLINE, line]).read_bytes(), "page.json")[0]
    assert "本报记者 王丽 发自北京" in [ln.text for blk in page.blocks for ln in blk.lines]


def _truth_line(box: BBox, truth: list[dict]) -> int:
    """The rank of the printed line (in the fixture's truth) whose box covers most of `box`."""
    def shared(t: dict) -> float:
        x0, y0, x1, y1 = t["bbox"]
        return max(0, min(x1, box.x1) - max(x0, box.x0)) * max(0, min(y1, box.y1) - max(y0, box.y0))
    return max(truth, key=shared)["rank"]


@pytest.mark.parametrize("page_name", ["p1", "p2", "p3"])
def test_sample_pages_never_join_two_printed_lines(page_name: str) -> None:
    """On the rendered sample pages (three columns; two with a one-character gutter; vertical
    columns), no line holds items of two printed lines (by the fixture's truth boxes)."""
    truth = json.loads((FIX / f"{page_name}.truth.json").read_text(encoding="utf-8"))["lines"]
    page = read_ocrjson((FIX / f"{page_name}.rapidocr.json").read_bytes(), "r")[0]
    for line in (ln for blk in page.blocks for ln in blk.lines):
        boxes = [w.bbox for w in line.words] if line.words else [line.bbox]
        assert len({_truth_line(b, truth) for b in boxes}) == 1, line.text
