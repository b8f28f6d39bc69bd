"""Imprint, promotional and advertisement lines at a page's bottom are page furniture.

The page-bottom audit (/tmp/bot_audit) found the paper's publication data (`国内统一连续出版物号
CN62-0001`, `本报地址：… 零售价：1.50元`), promotional lines (`扫码关注甘肃日报微信公众号`,
`下载“新甘肃”客户端`) and `广告` alone read as the title of an empty article or a paragraph of the
article above, some losing the spaces between their fields. They are `fw` of type `imprint`,
`promo` and `ad`, placed where other furniture goes, their text as printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from cli_pages import convert_page

NS = {"t": "http://www.tei-c.org/ns/1.0"}
ARTICLE = (
    "秋收时节农事忙\n\n本报记者 李华\n\n10月10日，记者在榆中县看到，农民正在收割玉米。今年玉米喜获丰收。\n"
)

#: Bottom lines (blocks apart) and the `fw` (type, text) the TEI gives for them, in order.
BOTTOMS = {
    "serial-number": (["国内统一连续出版物号 CN62-0001"], [("imprint", "国内统一连续出版物号 CN62-0001")]),
    "issn": (["ISSN 1234-5678"], [("imprint", "ISSN 1234-5678")]),
    "postal-code": (["邮发代号 53-1"], [("imprint", "邮发代号 53-1")]),
    "price": (["定价：2.00元"], [("imprint", "定价：2.00元")]),
    "printer": (["印刷：甘肃日报社印务中心"], [("imprint", "印刷：甘肃日报社印务中心")]),
    "address-and-price": (
        ["本报地址：兰州市城关区南滨河东路123号 零售价：1.50元"],
        [("imprint", "本报地址：兰州市城关区南滨河东路123号 零售价：1.50元")],
    ),
    "address-then-licence": (
        ["地址：兰州市城关区南滨河东路123号 邮编：730030 广告经营许可证：甘工商广字001号"],
        [
            ("contact", "地址：兰州市城关区南滨河东路123号 邮编：730030"),
            ("imprint", "广告经营许可证：甘工商广字001号"),
        ],
    ),
    "scan-and-follow": (
        ["扫码关注甘肃日报微信公众号", "更多内容请扫描二维码"],
        [("promo", "扫码关注甘肃日报微信公众号"), ("promo", "更多内容请扫描二维码")],
    ),
    "download-app": (["下载“新甘肃”客户端"], [("promo", "下载“新甘肃”客户端")]),
    "advertisement": (["广告"], [("ad", "广告")]),
    "accounts": (
        ["微信公众号：gsrb 新浪微博：@甘肃日报"], [("promo", "微信公众号：gsrb 新浪微博：@甘肃日报")]
    ),
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _page(lines: list[str]) -> str:
    return ARTICLE + "".join(f"\n{line}\n" for line in lines)


def _fws(tei: str) -> list[tuple[str, str]]:
    root = etree.fromstring(tei.encode("utf-8"))
    return [(fw.get("type"), "".join(fw.itertext())) for fw in root.iterfind(".//t:body//t:fw", NS)]


def _heads_and_paragraphs(tei: str) -> list[str]:
    root = etree.fromstring(tei.encode("utf-8"))
    elements = root.iterfind(".//t:body//*", NS)
    return ["".join(el.itertext()) for el in elements if el.tag.endswith(("}head", "}p"))]


@pytest.mark.parametrize("case", sorted(BOTTOMS))
def test_bottom_line_is_typed_furniture_in_the_tei(runner: CliRunner, tmp_path: Path, case: str) -> None:
    lines, expected = BOTTOMS[case]
    tei = convert_page(runner, tmp_path, _page(lines), "-o", "-")
    assert _fws(tei) == expected
    texts = _heads_and_paragraphs(tei)
    assert not any(line in text for line in lines for text in texts)  # no title, no paragraph
    assert len(etree.fromstring(tei.encode("utf-8")).findall(".//t:body/t:div", NS)) == 1  # no empty article


@pytest.mark.parametrize("case", sorted(BOTTOMS))
def test_bottom_line_is_the_articles_furniture_in_json(runner: CliRunner, tmp_path: Path, case: str) -> None:
    lines, expected = BOTTOMS[case]
    doc = json.loads(convert_page(runner, tmp_path, _page(lines), "-o", "-", "-f", "json"))
    [article] = doc["articles"]
    assert article["furniture"] == [text for _, text in expected]
    assert article["titles"] == ["秋收时节农事忙"]
    assert not any(line in p["text"] for line in lines for p in article["paragraphs"])


@pytest.mark.parametrize("case", sorted(BOTTOMS))
def test_bottom_line_has_no_edit_inside(runner: CliRunner, tmp_path: Path, case: str) -> None:
    lines, _ = BOTTOMS[case]
    page = _page(lines)
    log = tmp_path / "edits.jsonl"
    convert_page(runner, tmp_path, page, "-o", "-", "--edits", str(log))
    edits = [json.loads(row) for row in log.read_text(encoding="utf-8").splitlines() if row.strip()]
    spans = [(page.index(line), page.index(line) + len(line)) for line in lines]
    inside = [e for e in edits for a, b in spans if a <= e["start"] and e["end"] <= b]
    assert inside == []


#: Lines that only look like the above: a headline naming a price, sentences naming an account.
GUARDS = {
    "price-headline": ("猪肉零售价回落", "head"),
    "printer-headline": ("印刷厂发生火灾", "head"),
    "scan-sentence": ("记者扫码关注了甘肃日报微信公众号。", "p"),
    "price-sentence": ("定价：每份2元，全年订阅另有优惠。", "p"),
}


@pytest.mark.parametrize("case", sorted(GUARDS))
def test_text_naming_a_price_or_an_account_stays_text(runner: CliRunner, tmp_path: Path, case: str) -> None:
    line, tag = GUARDS[case]
    page = ARTICLE + f"\n{line}\n\n乡亲们脸上洋溢着丰收的喜悦，纷纷表示明年还要多种玉米。\n"
    tei = convert_page(runner, tmp_path, page, "-o", "-")
    root = etree.fromstring(tei.encode("utf-8"))
    assert [fw.get("type") for fw in root.iterfind(".//t:body//t:fw", NS)] == []
    assert line in ["".join(el.itertext()) for el in root.iterfind(f".//t:body//t:{tag}", NS)]
