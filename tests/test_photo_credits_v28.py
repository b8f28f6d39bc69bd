"""PHOTO (v28): a page's credit note (`本版图片除署名外均由新华社提供`) is a `note[@type="credit"]`, no
empty article; a cartoon's credit (`漫画 方成`) and its quoted caption are a `figure[@type="cartoon"]`,
no subsection. Through the CLI (flat text) and `layoutfix.convert` (ALTO, hOCR)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from block_pages import page_bytes
from cli_pages import convert_page

NS = {"t": "http://www.tei-c.org/ns/1.0"}
STORY = "今年全国秋粮收获已过九成，粮食生产再获丰收。据农业农村部统计，全年粮食总产量预计超过1.4万亿斤。"
PHOTO = [
    "金秋时节 丰收在望", "▲ 11月20日，农民在河北省邢台市南和区的田间收获玉米。 新华社记者 李涛 摄", STORY,
]
TW_PHOTO = [
    "金秋時節 豐收在望", "▲ 11月20日，農民在河北省邢台市南和區的田間收穫玉米。 新華社記者 李濤 攝",
    "今年全國秋糧收穫已過九成，糧食生產再獲豐收。",
]
OPINION = ["本报评论员", "让基层减负落到实处", "基层是党的执政之基。为基层减负，关键在于落实。"]
CAPTION = "“我们这里早就减负了！”"


def _flat(blocks: list[str]) -> str:
    return "\n\n".join(blocks) + "\n"


def _tei(tmp_path: Path, blocks: list[str]) -> etree._Element:
    return etree.fromstring(convert_page(CliRunner(), tmp_path, _flat(blocks), "-f", "tei").encode())


def _texts(root: etree._Element, path: str) -> list[str]:
    return ["".join(str(t) for t in e.itertext()) for e in root.iterfind(path, NS)]


@pytest.mark.parametrize("credit, blocks", [
    ("本版图片除署名外均由新华社提供", PHOTO),
    ("本版图片由新华社提供", PHOTO),
    ("本版摄影：王丽 李华", PHOTO),
    ("图片均由受访者提供", PHOTO),
    ("本版图片来源：视觉中国", PHOTO),
    ("（本版图片由新华社提供）", PHOTO),
    ("本版圖片除署名外均由新華社提供", TW_PHOTO),
    ("本版圖片來源：視覺中國", TW_PHOTO),
])
def test_page_credit_foot_line_is_a_credit_note_after_the_article(
    tmp_path: Path, credit: str, blocks: list[str]
) -> None:
    root = _tei(tmp_path, [*blocks, credit])
    body = root.find(".//t:body", NS)
    assert body is not None
    # one article: the credit heads none, and stands after it in the body, where the page prints it
    assert len(root.findall(".//t:div[@type='article']", NS)) == 1
    assert _texts(root, ".//t:body/t:note[@type='credit']") == [credit]
    assert [e.tag.split("}")[1] for e in body][-2:] == ["div", "note"]
    assert credit not in _texts(root, ".//t:head")


def test_page_credit_kept_in_text_and_json(tmp_path: Path) -> None:
    page = _flat([*PHOTO, "本版图片除署名外均由新华社提供"])
    txt = convert_page(CliRunner(), tmp_path, page, "-f", "txt")
    assert txt.rstrip().endswith(STORY + "\n\n本版图片除署名外均由新华社提供")
    assert "＊＊＊" not in txt  # no second, empty article
    data = json.loads(convert_page(CliRunner(), tmp_path, page, "-f", "json"))
    assert len(data["articles"]) == 1
    assert data["articles"][0]["notes"] == [
        {"text": "本版图片除署名外均由新华社提供", "place": None, "type": "credit"}
    ]


def test_page_credit_at_the_top_opens_the_body(tmp_path: Path) -> None:
    root = _tei(tmp_path, ["本版图片均由新华社提供", *PHOTO])
    assert _texts(root, ".//t:body/t:note[@type='credit']") == ["本版图片均由新华社提供"]
    assert not root.findall(".//t:head[@type='kicker']", NS)


@pytest.mark.parametrize("blocks", [
    ["本版图片展示了农民的笑脸", "本报记者 王丽", STORY],  # a headline opening with 本版
    ["本版策划 丰收的喜悦", "本报记者 王丽", STORY],
    [*PHOTO, "据悉，本版图片均由当地农民提供，展示了丰收景象。"],  # a story's sentence
    ["金秋时节", "▲ 农民收获玉米。（图片由受访者提供）", STORY],  # a caption's own credit
    ["漫画里的中国", "本报记者 王丽", STORY],  # a headline about cartoons
    ["漫画大师", "本报记者 王丽", "漫画家方成说：“漫画是讽刺的艺术。”他的作品影响了几代人。"],
    ["漫画 展现时代变迁", "本报记者 王丽", STORY],
    ["方成 漫画人生", "本报记者 王丽", STORY],
])
def test_lines_that_only_mention_photos_or_cartoons_stay(tmp_path: Path, blocks: list[str]) -> None:
    root = _tei(tmp_path, blocks)
    assert not root.findall(".//t:body/t:note", NS)
    assert not root.findall(".//t:div[@type='article']/t:note", NS)
    assert not root.findall(".//t:figure[@type='cartoon']", NS)
    assert not root.findall(".//t:figure[@type='drawing']", NS)
    if blocks[1] == "本报记者 王丽":
        assert _texts(root, ".//t:head") == [blocks[0]]


@pytest.mark.parametrize("credit, kind", [
    ("漫画 方成", "cartoon"),
    ("漫画：方成", "cartoon"),
    ("方成 漫画", "cartoon"),
    ("（漫画：方成）", "cartoon"),
    ("漫画：方成、李滨声", "cartoon"),
    ("插图 李滨声", "drawing"),
])
def test_cartoon_credit_and_caption_are_one_figure(tmp_path: Path, credit: str, kind: str) -> None:
    root = _tei(tmp_path, [*OPINION, credit, '"我们这里早就减负了!"'])
    figures = root.findall(f".//t:figure[@type='{kind}']", NS)
    assert len(figures) == 1
    assert _texts(figures[0], "t:note[@type='credit']") == [credit]
    assert _texts(figures[0], "t:p") == [CAPTION]
    assert credit not in _texts(root, ".//t:head")
    assert not root.findall(".//t:div[@type='subsection']/t:head[.='" + credit + "']", NS)


def test_traditional_cartoon_credit(tmp_path: Path) -> None:
    blocks = [
        "本報評論員", "讓基層減負落到實處", "基層是黨的執政之基。",
        "漫畫 方成", "「我們這裏早就減負了！」"]
    root = _tei(tmp_path, blocks)
    fig = root.find(".//t:figure[@type='cartoon']", NS)
    assert fig is not None
    assert _texts(fig, "t:note[@type='credit']") == ["漫畫 方成"]
    assert _texts(fig, "t:p") == ["「我們這裏早就減負了！」"]


def test_cartoon_over_a_byline_is_no_part_of_the_next_article(tmp_path: Path) -> None:
    root = _tei(tmp_path, ["漫画 方成", '"我们这里早就减负了!"', *OPINION])
    articles = root.findall(".//t:div[@type='article']", NS)
    assert len(articles) == 2
    assert articles[0].find("t:figure[@type='cartoon']", NS) is not None
    assert _texts(articles[1], "t:byline") == ["本报评论员"]


@pytest.mark.parametrize("fmt", ["alto", "hocr"])
def test_coordinate_pages_read_alike(fmt: str) -> None:
    blocks = [[b] for b in [*OPINION, "漫画 方成", CAPTION, *PHOTO, "本版图片除署名外均由新华社提供"]]
    tei = layoutfix.convert(page_bytes(blocks, fmt), fmt="tei", input_format=fmt).output
    root = etree.fromstring(tei.encode())
    fig = root.find(".//t:figure[@type='cartoon']", NS)
    assert fig is not None
    assert _texts(fig, "t:note[@type='credit']") == ["漫画 方成"]
    assert _texts(root, ".//t:body/t:note[@type='credit']") == ["本版图片除署名外均由新华社提供"]
