"""Page-bottom lines an archivist saw mislabelled or altered.

- An imprint field whose colon is printed as a space (`定价 2.00元`, `零售价 1.50元`) lost that space and
  the ones after it (`定价 2.00元 印刷：…` became `定价2.00元印刷：…`), and was the title of an empty
  article; `定价：2.00元 …` was already `fw type="imprint"`, its spaces kept.
- A line printed in traditional characters must read as its simplified twin does: the same `fw` types,
  its spaces kept as the twin's are.
- An end note naming its source with a space for the label's colon (`（来源 人民网）`) signed the
  article (`<signed>来源 人民网</signed>`), or lost its space and left the paragraph unfinished in a
  block with the last paragraph. It is the article's end note, as `（来源：人民网）` is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_page
from tei_parts import NS, body_fws, body_texts, tei_root

ARTICLE = (
    "秋收时节农事忙\n\n本报记者 李华\n\n10月10日，记者在榆中县看到，农民正在收割玉米。今年玉米喜获丰收。\n"
)
TRADITIONAL_ARTICLE = (
    "秋收時節農事忙\n\n本報記者 李華\n\n10月10日，記者在榆中縣看到，農民正在收割玉米。今年玉米喜獲豐收。\n"
)


def _edits_inside(runner: CliRunner, tmp_path: Path, page: str, line: str) -> list[dict]:
    log = tmp_path / "edits.jsonl"
    convert_page(runner, tmp_path, page, "-o", "-", "--edits", str(log))
    edits = [json.loads(row) for row in log.read_text(encoding="utf-8").splitlines() if row.strip()]
    start = page.index(line)
    return [e for e in edits if start <= e["start"] and e["end"] <= start + len(line)]


#: Imprint lines with a space where a label's colon would be, and the `fw` (type, text) they give.
SPACED_IMPRINT = {
    "price-then-printer": (
        "定价 2.00元 印刷：甘肃日报印务中心", [("imprint", "定价 2.00元 印刷：甘肃日报印务中心")]
    ),
    "price-alone": ("定价 2.00元", [("imprint", "定价 2.00元")]),
    "retail-price": ("零售价 1.50元", [("imprint", "零售价 1.50元")]),
    "postal-code-then-price": ("邮发代号 53-1 定价 2.00元", [("imprint", "邮发代号 53-1 定价 2.00元")]),
    "traditional-price-then-printer": (
        "定價 2.00元 印刷：甘肅日報印務中心", [("imprint", "定價 2.00元 印刷：甘肅日報印務中心")]
    ),
    "traditional-retail-price": ("零售價 1.50元", [("imprint", "零售價 1.50元")]),
}


@pytest.mark.parametrize("case", sorted(SPACED_IMPRINT))
def test_spaced_imprint_line_is_imprint_furniture(runner: CliRunner, tmp_path: Path, case: str) -> None:
    line, expected = SPACED_IMPRINT[case]
    tei = convert_page(runner, tmp_path, f"{ARTICLE}\n{line}\n", "-o", "-")
    assert body_fws(tei) == expected
    assert len(tei_root(tei).findall(".//t:body/t:div", NS)) == 1  # no empty article titled by the line
    assert not any(line.split()[0] in text for text in body_texts(tei, "head") + body_texts(tei, "p"))


@pytest.mark.parametrize("case", sorted(SPACED_IMPRINT))
def test_spaced_imprint_line_keeps_its_spaces(runner: CliRunner, tmp_path: Path, case: str) -> None:
    line, _ = SPACED_IMPRINT[case]
    page = f"{ARTICLE}\n{line}\n"
    assert normalize_page(runner, tmp_path, page).endswith(f"\n{line}\n")
    assert _edits_inside(runner, tmp_path, page, line) == []


#: Headlines that open with an imprint label and a space, or name a price: headlines as before.
HEADLINES = [
    "猪肉零售价回落",
    "定价 偏高引发热议",
    "豬肉零售價回落",
    "定价 2元的午餐受欢迎",
    "零售价 3元起 市民排队购买",
    "微博 2023年度盘点",
]


@pytest.mark.parametrize("title", HEADLINES)
def test_a_headline_naming_a_price_stays_a_headline(runner: CliRunner, tmp_path: Path, title: str) -> None:
    page = f"{ARTICLE}\n{title}\n\n乡亲们脸上洋溢着丰收的喜悦，纷纷表示明年还要多种玉米。\n"
    tei = convert_page(runner, tmp_path, page, "-o", "-")
    assert body_fws(tei) == []
    assert title in body_texts(tei, "head")


def test_a_sentence_opening_with_a_spaced_price_stays_text(runner: CliRunner, tmp_path: Path) -> None:
    """Guard: running text is no line of fields; its stray space goes as anywhere."""
    page = f"{ARTICLE}\n定价 2.00元，比去年上涨了一成。\n"
    tei = convert_page(runner, tmp_path, page, "-o", "-")
    assert body_fws(tei) == []
    assert "定价2.00元，比去年上涨了一成。" in body_texts(tei, "p")


#: Page-bottom lines as a simplified and a traditional page print them.
TWINS = [
    ("国内统一连续出版物号 CN62-0001", "國內統一連續出版物號 CN62-0001"),
    ("邮发代号 53-1", "郵發代號 53-1"),
    ("定价：2.00元", "定價：2.00元"),
    ("定价 2.00元 印刷：甘肃日报印务中心", "定價 2.00元 印刷：甘肅日報印務中心"),
    (
        "本报地址：兰州市城关区南滨河东路123号 零售价：1.50元",
        "本報地址：蘭州市城關區南濱河東路123號 零售價：1.50元",
    ),
    ("广告经营许可证：甘工商广字001号", "廣告經營許可證：甘工商廣字001號"),
    ("印刷：甘肃日报社印务中心", "印刷：甘肅日報社印務中心"),
    (
        "本报地址：兰州市城关区 邮编 730030 零售价：1.50元",
        "本報地址：蘭州市城關區 郵編 730030 零售價：1.50元",
    ),
    ("责任编辑 王丽 电话：0931-8456789", "責任編輯 王麗 電話：0931-8456789"),
    ("扫码关注甘肃日报微信公众号", "掃碼關注甘肅日報微信公眾號"),
    ("更多内容请扫描二维码", "更多內容請掃描二維碼"),
]


@pytest.mark.parametrize(("simplified", "traditional"), TWINS)
@pytest.mark.parametrize(
    "article", [ARTICLE, TRADITIONAL_ARTICLE], ids=["simplified-page", "traditional-page"]
)
def test_traditional_line_reads_as_its_simplified_twin(
    runner: CliRunner, tmp_path: Path, simplified: str, traditional: str, article: str
) -> None:
    twin = body_fws(convert_page(runner, tmp_path, f"{ARTICLE}\n{simplified}\n", "-o", "-"))
    page = f"{article}\n{traditional}\n"
    fws = body_fws(convert_page(runner, tmp_path, page, "-o", "-"))
    assert [kind for kind, _ in fws] == [kind for kind, _ in twin]
    assert " ".join(text for _, text in fws) == traditional  # as printed, each space kept
    assert normalize_page(runner, tmp_path, page).endswith(f"\n{traditional}\n")


#: End notes naming the source with a space for the label's colon.
SPACED_SOURCES = ["（来源 人民网）", "（稿件来源 人民网）", "（來源 人民網）"]
FIRST_ARTICLE = "全市召开会议\n\n近日，全市召开会议。会议强调要抓好落实。\n"
NEXT_ARTICLE = "秋收时节农事忙\n\n本报记者 李华\n\n10月10日，农民正在收割玉米。\n"


@pytest.mark.parametrize("note", SPACED_SOURCES)
@pytest.mark.parametrize("gap", ["\n", ""], ids=["own-block", "paragraph-block"])
def test_spaced_source_is_the_articles_end_note(
    runner: CliRunner, tmp_path: Path, note: str, gap: str
) -> None:
    page = f"{FIRST_ARTICLE}{gap}{note}\n\n{NEXT_ARTICLE}"
    first, second = json.loads(convert_page(runner, tmp_path, page, "-o", "-", "-f", "json"))["articles"]
    assert first["paragraphs"][-1]["text"].endswith(note)  # its space kept
    assert first["signature"] is None
    assert "incomplete" not in first["flags"]
    assert not any(p["incomplete"] for p in first["paragraphs"])
    assert second["titles"] == ["秋收时节农事忙"]
    tei = convert_page(runner, tmp_path, page, "-o", "-")
    assert body_texts(tei, "closer") == [] and body_texts(tei, "signed") == []
    assert note in normalize_page(runner, tmp_path, page)


@pytest.mark.parametrize("signature", ["（记者 王丽）", "（王丽）"])
def test_a_bracketed_writer_still_signs(runner: CliRunner, tmp_path: Path, signature: str) -> None:
    """Guard: a bracketed writer under the text is the article's signature."""
    page = f"{FIRST_ARTICLE}\n{signature}\n\n{NEXT_ARTICLE}"
    first, _ = json.loads(convert_page(runner, tmp_path, page, "-o", "-", "-f", "json"))["articles"]
    assert first["signature"] == signature


@pytest.mark.parametrize(
    "line",
    [
        "零售价 1.50元 甘肃日报社出版 电话：0931-1234567",
        "零售價 1.50元 甘肅日報社出版 電話：0931-1234567",
        "定价 2.00元 印刷：甘肃日报印务中心",
        "邮发代号 53-1 定价 2.00元",
    ],
)
def test_a_spaced_imprint_line_normalises_once(line: str) -> None:
    """The gap after a value a space sets apart from its label stays with the label's gap: removing it
    (`1.50元甘肃…`) undid the field, and a second run removed the label's gap as well."""
    from layoutfix.normalize.steps import normalize_text

    once = normalize_text(line).text
    assert once == line
    assert normalize_text(once).text == once


def test_a_promotional_label_before_a_latin_word_stays_promo(runner: CliRunner, tmp_path: Path) -> None:
    """Guard: the stricter value after a spaced label (no `微博 2023年度盘点`) keeps `客户端 APP下载`."""
    tei = convert_page(runner, tmp_path, f"{ARTICLE}\n客户端 APP下载\n", "-o", "-")
    assert body_fws(tei) == [("promo", "客户端 APP下载")]
