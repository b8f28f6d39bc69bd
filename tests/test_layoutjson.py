"""Layout JSON (MinerU `*_content_list.json`, PaddleOCR PP-StructureV3 results) is read with its
labels, boxes and reading order: a title is a TEI `head`, a page header or page number furniture, an
image a figure with its caption, a table's cells a table, and the blocks stand in the file's order.

Every test here fails on the code before the reader (863e6a5): there `convert` refused both files
(`OCR JSON item without text`, `JSON object is not PaddleOCR output`), or, for a content list
of text items with boxes, read them as OCR lines and lost the labels.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.errors import InputError
from layoutfix.pipeline import convert
from layoutfix.readers.detect import detect_format, read_bytes
from layoutfix.tracked import apply_edits, undo_edits

HERE = Path(__file__).parent / "fixtures"
MINERU = HERE / "layoutjson" / "page_content_list.json"
PADDLE = HERE / "layoutjson" / "page_res.json"
ISSUE = HERE / "layoutjson" / "issue_content_list.json"
TEI = "{http://www.tei-c.org/ns/1.0}"


def _json(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


def _bytes(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def _body(source: Path | bytes) -> etree._Element:
    body = etree.fromstring(convert(source, fmt="tei").output.encode()).find(f".//{TEI}body")
    assert body is not None
    return body


def _texts(body: etree._Element, tag: str) -> list[str]:
    return ["".join(el.itertext()).strip() for el in body.iter(f"{TEI}{tag}")]


def test_a_content_list_gives_head_furniture_figure_and_table() -> None:
    body = _body(MINERU)
    # the table's caption is the table's head (tests/test_table_captions.py), not a photo's
    assert _texts(body, "head") == ["全国秋粮收购进度过半", "主产区收购情况"]
    assert _texts(body, "fw") == ["人民日报 2024年10月12日 星期六", "4"]
    assert [g.get("url") for g in body.iter(f"{TEI}graphic")] == ["images/3f2a9c.jpg"]
    figure = next(g.getparent() for g in body.iter(f"{TEI}graphic"))
    assert "图为农民在晾晒玉米。" in "".join(figure.itertext())
    assert _texts(body, "cell") == ["省份", "收购量（万吨）", "黑龙江", "2150"]
    assert _texts(body, "byline") == ["本报北京10月11日电（记者王丽）"]


def test_a_content_list_keeps_its_edit_log_lossless() -> None:
    result = convert(MINERU, fmt="tei")
    doc = result.document
    assert apply_edits(doc.original, result.edits) == doc.text
    assert undo_edits(doc.text, result.edits) == doc.original
    for item in _json(MINERU):  # every text of the file is in the page text
        for text in [item.get("text"), *item.get("image_caption", []), *item.get("table_caption", [])]:
            if text:
                assert text in doc.original


def test_the_content_lists_order_is_the_reading_order() -> None:
    items = _json(MINERU)
    first, second = items[2], items[4]  # two body paragraphs, the second below the first ...
    first["bbox"], second["bbox"] = second["bbox"], first["bbox"]  # ... now printed above it
    text = convert(_bytes(items), fmt="txt").output
    assert text.index("记者从国家粮食") < text.index("各地粮食部门")


def test_an_old_content_list_without_boxes_reads_its_img_caption() -> None:
    items = [
        {"type": "text", "text": "全国秋粮收购进度过半", "text_level": 1, "page_idx": 0},
        {"type": "text", "text": "记者从国家粮食和物资储备局获悉，主产区累计收购秋粮超过1亿吨。",
         "page_idx": 0},
        {"type": "image", "img_path": "images/a.jpg", "img_caption": ["图为农民在晾晒玉米。"],
         "img_footnote": [], "page_idx": 0},
    ]
    body = _body(_bytes(items))
    assert _texts(body, "head") == ["全国秋粮收购进度过半"]
    assert [g.get("url") for g in body.iter(f"{TEI}graphic")] == ["images/a.jpg"]
    assert "图为农民在晾晒玉米。" in "".join(body.itertext())


def test_a_content_list_of_several_pages_gives_several_pages() -> None:
    pages = read_bytes(ISSUE.read_bytes(), "issue.json")
    assert [p.number for p in pages] == [1, 2]
    assert [b.text for b in pages[1].blocks] == ["2024年10月12日 星期六 第2版",
                                                  "（上接第1版）各地粮食部门加强市场监测，确保农民售粮顺畅。"]
    assert [b.lines[0].label for b in pages[0].blocks] == ["heading", None, "page-number"]


def test_a_pp_structure_result_gives_heads_furniture_and_caption() -> None:
    body = _body(PADDLE)
    assert _texts(body, "head") == ["城区新增三条公交线路", "票价不变"]
    assert _texts(body, "fw") == ["2024年10月12日 星期六 第4版", "4"]
    figure = next(body.iter(f"{TEI}figure"))
    assert "".join(figure.itertext()).strip() == "图为新开通的公交车驶出首末站。"
    assert "10月10日起，城区新增三条公交线路，方便沿线居民出行。" in _texts(body, "p")


def test_pp_structure_block_order_decides_the_reading_order() -> None:
    page = _json(PADDLE)
    items = page["parsing_res_list"]
    items[5], items[7] = items[7], items[5]  # listed out of order; block_order still 3 ... 5
    text = convert(_bytes(page), fmt="txt").output
    assert text.index("据介绍") < text.index("票价不变") < text.index("新线路票价")


@pytest.mark.parametrize("wrap", [
    lambda page: {"res": page},
    lambda page: [page],
    lambda page: {"logId": "x", "result": {"layoutParsingResults": [{"prunedResult": page}]}},
], ids=["res", "list", "serving-api"])
def test_pp_structure_wrappers_read_as_the_page(wrap: Any) -> None:
    want = [(b.text, b.bbox) for b in read_bytes(PADDLE.read_bytes(), "p.json")[0].blocks]
    data = _bytes(wrap(_json(PADDLE)))
    assert detect_format(data, "p.json") == "layoutjson"
    assert [(b.text, b.bbox) for b in read_bytes(data, "p.json")[0].blocks] == want


def test_layout_json_is_detected_and_ocr_json_is_not_taken() -> None:
    assert detect_format(MINERU.read_bytes(), "x.json") == "layoutjson"
    assert detect_format(PADDLE.read_bytes(), "x.json") == "layoutjson"
    for path in sorted((HERE / "ocr").glob("*.json")):
        if "truth" not in path.name:
            assert detect_format(path.read_bytes(), path.name) == "ocrjson", path.name


def _broken_mineru(change: str) -> bytes:
    items = copy.deepcopy(_json(MINERU))
    if change == "page_idx":
        items[1]["page_idx"] = "0"
    elif change == "bbox":
        items[1]["bbox"] = [1, 2, 3]
    elif change == "text":
        items[1]["text"] = ["全国"]
    elif change == "type":
        items[1]["type"] = None
    return _bytes(items)


def _broken_paddle(change: str) -> bytes:
    page = copy.deepcopy(_json(PADDLE))
    if change == "list":
        page["parsing_res_list"] = {"block_label": "text"}
    elif change == "label":
        del page["parsing_res_list"][1]["block_label"]
    elif change == "order":
        page["parsing_res_list"][1]["block_order"] = "1"
    return _bytes(page)


@pytest.mark.parametrize(("data", "says"), [
    (_broken_mineru("page_idx"), "item 2: page_idx is not a page index"),
    (_broken_mineru("bbox"), "item 2: bbox is not [x0, y0, x1, y1]"),
    (_broken_mineru("text"), "item 2: text is not text"),
    (_broken_mineru("type"), "item 2: type is not text"),
    (_broken_paddle("list"), "parsing_res_list is not a list of blocks"),
    (_broken_paddle("label"), "page 1: block 2: block_label is not text"),
    (_broken_paddle("order"), "page 1: block 2: block_order is not a number"),
    (b'{"parsing_res_list": [', "malformed JSON"),
], ids=["page_idx", "bbox", "text", "type", "not-a-list", "no-label", "order", "truncated"])
def test_a_bad_shape_is_one_line_naming_the_file(tmp_path: Path, data: bytes, says: str) -> None:
    with pytest.raises(InputError, match=r"^bad\.json: "):
        read_bytes(data, "bad.json", "layoutjson")
    src = tmp_path / "bad_content_list.json"
    src.write_bytes(data)
    result = CliRunner().invoke(app, ["convert", str(src)])
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"layoutfix: error: {src}: ") and says in lines[0]


def test_cli_converts_a_content_list(tmp_path: Path) -> None:
    out = tmp_path / "page.tei.xml"
    result = CliRunner().invoke(app, ["convert", str(MINERU), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    body = etree.parse(str(out)).getroot().find(f".//{TEI}body")
    assert body is not None
    assert _texts(body, "head") == ["全国秋粮收购进度过半", "主产区收购情况"]  # the title, the table's
    assert "人民日报 2024年10月12日 星期六" in _texts(body, "fw")


def test_a_content_list_opening_with_a_big_table_is_still_layout_json() -> None:
    """MinerU writes a table's whole HTML into its item; when the first item is a big table, the keys
    that tell a content list stand after the first 16 KB, and the file was read as OCR lines."""
    rows = "".join(f"<tr><td>第{i}项</td><td>{i * 7}万吨</td></tr>" for i in range(900))
    table = {"type": "table", "table_body": f"<table>{rows}</table>", "bbox": [60, 40, 940, 900],
             "page_idx": 0}
    data = _bytes([table, *_json(MINERU)])
    assert data.index(b'"page_idx"') > 16 * 1024
    assert detect_format(data, "x.json") == "layoutjson"


def test_a_key_inside_recognised_text_does_not_make_ocr_json_layout_json() -> None:
    data = _bytes([[[[0, 0], [9, 0], [9, 9], [0, 9]], '"parsing_res_list": "page_idx" "type":', 0.9]])
    assert detect_format(data, "x.json") == "ocrjson"


def test_from_layoutjson_forces_the_reader(tmp_path: Path) -> None:
    """`--from layoutjson` reads a content list whatever its name and content sniff say."""
    src = tmp_path / "scan.dat"
    src.write_bytes(MINERU.read_bytes())
    result = CliRunner().invoke(app, ["convert", str(src), "--from", "layoutjson", "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "全国秋粮收购进度过半" in result.stdout
    bad = CliRunner().invoke(app, ["convert", str(src), "--from", "ocrjson"])
    assert bad.exit_code == 3
