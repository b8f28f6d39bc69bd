"""A running head the engine cut into items far apart on one row is one running head line.

Before: PaddleOCR / RapidOCR cut `第3版　　要闻　　2024年5月6日 星期一` at its wide gaps into three items
(x 150, 1430, 2400, one height, the page's top row). Too far apart for the printed-line join, they
stayed three lines: `第3版` and the date furniture, and `要闻` the headline of an empty article (TEI
`<head>要闻</head><fw>…</fw>`, txt `要闻` then `＊＊＊`). Now the page's top row, when read left to right
it states the page or the date, is one line, `<fw type="header">第3版 要闻 2024年5月6日 星期一</fw>`, as
flat text and an hOCR line of three words read it. A top row that states neither (two headlines side
by side), or one beside which another item reaches up, stays apart.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from layoutfix import convert
from layoutfix.cli import app

HEAD = ["第3版", "要闻", "2024年5月6日 星期一"]
BODY = ["本报讯 眼下正值春耕备耕的关键时节，全市各", "地抢抓农时，组织农户开展春播生产，田间地头",
        "处处是一派繁忙景象。"]


def _quad(x: float, y: float, w: float, h: float) -> list[list[float]]:
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]


def _page(head: list[tuple[float, float, str]]) -> list[Any]:
    """PaddleOCR 2.x items: `head` (x, y, text) in 38-pixel type, a headline, a paragraph."""
    items: list[Any] = [[_quad(x, y, 36 * len(t), 38), [t, 0.98]] for x, y, t in head]
    items.append([_quad(485, 240, 1100, 114), ["全市春耕生产全面展开", 0.98]])
    for k, text in enumerate(BODY):
        items.append([_quad(150 + (76 if k == 0 else 0), 420 + 60 * k, 38 * len(text), 42), [text, 0.98]])
    return items


def _convert(tmp_path: Path, items: list[Any], fmt: str) -> str:
    path = tmp_path / "p3.json"
    path.write_text(json.dumps([items], ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(path), "-f", fmt])
    assert result.exit_code == 0, result.stderr
    return result.stdout


SPLIT = [(150, 110, HEAD[0]), (1430, 110, HEAD[1]), (2400, 110, HEAD[2])]


def test_a_head_cut_into_three_items_is_one_running_head(tmp_path: Path) -> None:
    tei = _convert(tmp_path, _page(SPLIT), "tei")
    assert ">第3版 要闻 2024年5月6日 星期一</fw>" in tei
    assert ">要闻</head>" not in tei and tei.count("<head ") == 1  # the headline's only
    txt = _convert(tmp_path, _page(SPLIT), "txt")
    assert txt.startswith("全市春耕生产全面展开\n") and "＊＊＊" not in txt


def test_it_reads_as_the_flat_text_head_reads(tmp_path: Path) -> None:
    flat = convert("\n\n".join([" ".join(HEAD), "全市春耕生产全面展开", "".join(BODY)]) + "\n", fmt="tei")
    ocr = convert(json.dumps([_page(SPLIT)], ensure_ascii=False).encode(), fmt="tei")
    titles = [[t.text for t in a.titles] for a in ocr.document.articles]
    assert titles == [[t.text for t in a.titles] for a in flat.document.articles]
    assert titles == [["全市春耕生产全面展开"]]
    assert (ocr.document.date, ocr.document.page) == (flat.document.date, flat.document.page)
    assert (ocr.document.date, ocr.document.page) == ("2024-05-06", 3)
    assert ">第3版 要闻 2024年5月6日 星期一</fw>" in flat.output


def test_a_top_row_stating_no_head_stays_apart(tmp_path: Path) -> None:
    # two titles side by side over the page: no page, no date; the section word is read as before
    row = [(150, 110, "春耕"), (1430, 110, "要闻")]
    tei = _convert(tmp_path, _page(row), "tei")
    assert "春耕 要闻" not in tei


def test_a_row_with_text_reaching_up_beside_it_stays_apart(tmp_path: Path) -> None:
    items = _page(SPLIT)
    items.append([_quad(2000, 100, 38, 600), ["图片说明文字", 0.98]])  # a column starting above the row
    tei = _convert(tmp_path, items, "tei")
    assert "第3版 要闻 2024年5月6日 星期一" not in tei
