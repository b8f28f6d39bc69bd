"""A front page's contents box (`导读` / `全市春耕备耕全面展开（第3版）` / …) is a unit of its own: an
article headed by its label whose items are its text, one line each as printed. Before v28, items
in blocks of their own became the kickers of the story under the box (and the label its section),
and items in one block a paragraph marked broken off (`<p part="I">`, flag `incomplete`) for want
of a full stop.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

LEAD = ("春耕时节农事忙\n\n本报讯(记者 张丽华)3月14日,记者从市农业农村局获悉,"
        "今年全市计划完成粮食播种面积156.8万亩。\n")
ITEMS = ["全市春耕备耕全面展开（第3版）", "兰州牛肉面入选非遗名录（第4版）"]


def _convert(tmp_path: Path, page: str, fmt: str = "tei") -> str:
    src = tmp_path / "p1.txt"
    src.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(src), "-f", fmt, "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("label", "box"),
    [
        ("导读", "\n\n".join(ITEMS)),  # one item a block
        ("今日导读", "\n".join(ITEMS)),  # the items in one block
        ("本期要目", "\n".join(ITEMS)),
        ("导读", "全市春耕备耕全面展开 (第3版)\n\n兰州牛肉面入选非遗名录 (A4版)"),
    ],
)
def test_contents_box_is_an_article_of_its_own(tmp_path: Path, label: str, box: str) -> None:
    out = _convert(tmp_path, f"{label}\n\n{box}\n\n{LEAD}", "json")
    articles = json.loads(out)["articles"]
    assert [a["titles"] for a in articles] == [[label], ["春耕时节农事忙"]]
    contents, lead = articles
    assert "incomplete" not in contents["flags"]
    assert not any(p["incomplete"] for p in contents["paragraphs"])
    assert lead["kicker"] == []
    text = "\n".join(p["text"] for p in contents["paragraphs"]).replace(" ", "")
    for line in box.split("\n"):
        if line.strip():
            assert line.replace("(", "（").replace(")", "）").replace(" ", "") in text


def test_contents_items_are_no_kickers_in_tei(tmp_path: Path) -> None:
    body = _convert(tmp_path, "导读\n\n" + "\n\n".join(ITEMS) + "\n\n" + LEAD)
    assert 'type="kicker"' not in body
    assert 'type="section"' not in body
    assert '<p part="I">' not in body
    assert "<head>导读</head>" in body and f"<p>{ITEMS[0]}</p>" in body


def test_contents_in_one_block_keeps_its_lines(tmp_path: Path) -> None:
    body = _convert(tmp_path, "今日导读\n\n" + "\n".join(ITEMS) + "\n\n" + LEAD)
    assert f"<p>{ITEMS[0]}\n{ITEMS[1]}</p>" in body


def test_traditional_contents_box(tmp_path: Path) -> None:
    page = ("導讀\n\n全市春耕備耕全面展開（第3版）\n\n蘭州牛肉麵入選非遺名錄（第4版）\n\n"
            "春耕時節農事忙\n\n本報訊(記者 張麗華)3月14日,記者從市農業農村局獲悉,"
            "今年全市計劃完成糧食播種面積。\n")
    body = _convert(tmp_path, page)
    assert 'type="kicker"' not in body
    assert "<head>春耕時節農事忙</head>" in body


@pytest.mark.parametrize(
    "page",
    [
        f"全市春耕备耕全面展开（第3版）\n\n{LEAD}",  # no label: a kicker naming a page, as before
        f"导读\n\n全市春耕备耕全面展开（第3版）\n\n{LEAD}",  # one item: left as the other rules read it
    ],
)
def test_without_a_box_the_kicker_stays(tmp_path: Path, page: str) -> None:
    body = _convert(tmp_path, page)
    assert '<head type="kicker">全市春耕备耕全面展开（第3版）</head>' in body


def test_item_wrapped_over_two_lines_keeps_the_box_whole(tmp_path: Path) -> None:
    """c11: an item wrapped over two lines (the first names no page) is still an item: the box is not
    marked broken off (before: `<p part="I">`), and its lines stay as printed."""
    box = ("导读\n\n全市春耕备耕全面展开 今年计划完成粮食\n播种面积156.8万亩（第3版）\n"
           "兰州牛肉面入选非遗名录（第4版）\n\n")
    page = box + ("全省经济运行稳中向好\n\n"
                  "本报讯 今年前三季度，全省地区生产总值同比增长6.2%，经济运行稳中向好。\n")
    tei = _convert(tmp_path, page)
    body = tei[tei.index("<body>") : tei.index("</body>")]
    assert 'part="' not in body
    assert "<head>导读</head>" in body
    assert "计划完成粮食\n播种面积156.8万亩（第3版）\n兰州牛肉面入选非遗名录（第4版）</p>" in body
    assert "<head>全省经济运行稳中向好</head>" in body
    data = json.loads(_convert(tmp_path, page, "json"))
    assert not any(p["incomplete"] for a in data["articles"] for p in a["paragraphs"])
