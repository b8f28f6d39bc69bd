"""Page-bottom lines left by the v14 page-bottom work, as an archivist saw them.

- An imprint line holding a phone number and more than 12 hanzi (`零售价 1.50元 甘肃日报社出版 电话：…`)
  was not furniture: it titled an empty article, or became the kicker of the next article's title.
  It is furniture, one `fw` per kind of field (`imprint`, then `contact`), as shorter lines were.
- The gap after an imprint field's value after its colon (`定价：2.00元 甘肃日报社出版`) went
  (`定价：2.00元甘肃日报社出版`), where the space form (`定价 2.00元 甘肃日报社出版`) kept it. It sets two
  fields apart: it is text, kept in both scripts; in a sentence the gap still goes.
- Words in brackets closing an article (`（平安）`, `（会议现场）`), in a block of their own or under the
  last paragraph, left that paragraph unfinished (`<p part="I">`, JSON `incomplete`) and the article
  flagged `incomplete`. They close it, as `（完）` does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_page
from tei_parts import NS, body_fws, body_texts, tei_root

ARTICLE = (
    "秋收时节农事忙\n\n本报记者 李华\n\n10月10日，记者在榆中县看到，农民正在收割玉米。今年玉米喜获丰收。\n"
)
NEXT_TITLE = "全市召开会议"
NEXT_ARTICLE = f"{NEXT_TITLE}\n\n近日，全市召开会议。会议强调要抓好落实。\n"


#: Imprint lines holding a phone number and more than 12 hanzi, and the `fw` (type, text) they give.
IMPRINT_WITH_PHONE = {
    "spaced-price": (
        "零售价 1.50元 甘肃日报社出版 电话：0931-1234567",
        [("imprint", "零售价 1.50元 甘肃日报社出版"), ("contact", "电话：0931-1234567")],
    ),
    "colon-price": (
        "零售价：1.50元 甘肃日报社出版 电话：0931-1234567",
        [("imprint", "零售价：1.50元 甘肃日报社出版"), ("contact", "电话：0931-1234567")],
    ),
    "traditional-spaced-price": (
        "零售價 1.50元 甘肅日報社出版 電話：0931-1234567",
        [("imprint", "零售價 1.50元 甘肅日報社出版"), ("contact", "電話：0931-1234567")],
    ),
    "traditional-colon-price": (
        "零售價：1.50元 甘肅日報社出版 電話：0931-1234567",
        [("imprint", "零售價：1.50元 甘肅日報社出版"), ("contact", "電話：0931-1234567")],
    ),
}


@pytest.mark.parametrize("case", sorted(IMPRINT_WITH_PHONE))
@pytest.mark.parametrize("after", ["", f"\n{NEXT_ARTICLE}"], ids=["page-end", "before-next-article"])
def test_imprint_line_with_a_phone_is_furniture(
    runner: CliRunner, tmp_path: Path, case: str, after: str
) -> None:
    line, expected = IMPRINT_WITH_PHONE[case]
    page = f"{ARTICLE}\n{line}\n{after}"
    tei = convert_page(runner, tmp_path, page, "-o", "-")
    assert body_fws(tei) == expected
    heads = body_texts(tei, "head")
    assert heads == ["秋收时节农事忙"] + ([NEXT_TITLE] if after else [])  # no title, no kicker
    assert not any(line.split()[0][:2] in text for text in body_texts(tei, "p"))
    assert normalize_page(runner, tmp_path, page).splitlines()[ARTICLE.count("\n") + 1] == line


#: Imprint lines whose field value after its colon ends at a gap before the next field.
COLON_FIELD_GAPS = [
    "定价：2.00元 甘肃日报社出版",
    "定價：2.00元 甘肅日報社出版",
    "邮发代号：53-1 甘肃日报社出版",
    "定价：2.00元 甘肃日报社出版 印刷：甘肃日报印务中心",
]


@pytest.mark.parametrize("line", COLON_FIELD_GAPS)
def test_gap_after_a_colon_fields_value_stays(runner: CliRunner, tmp_path: Path, line: str) -> None:
    page = f"{ARTICLE}\n{line}\n"
    assert normalize_page(runner, tmp_path, page).endswith(f"\n{line}\n")
    fws = body_fws(convert_page(runner, tmp_path, page, "-o", "-"))
    assert {kind for kind, _ in fws} == {"imprint"}
    assert " ".join(text for _, text in fws) == line  # as printed, each space kept


def test_colon_and_space_forms_read_alike(runner: CliRunner, tmp_path: Path) -> None:
    """The colon form keeps the gap the space form keeps."""
    spaced = normalize_page(runner, tmp_path, f"{ARTICLE}\n定价 2.00元 甘肃日报社出版\n")
    colon = normalize_page(runner, tmp_path, f"{ARTICLE}\n定价：2.00元 甘肃日报社出版\n")
    assert colon == spaced.replace("定价 2.00元", "定价：2.00元")


@pytest.mark.parametrize(
    ("line", "spaced"),
    [
        ("定价：2.00元 甘肃日报社出版，比去年上涨了一成。", "定价：2.00元甘肃日报社出版，比去年上涨了一成。"),
        ("记者了解到，定价：2.00元 甘肃日报社出版。", "记者了解到，定价：2.00元甘肃日报社出版。"),
        ("猪肉定价：2.00元 市民排队购买", "猪肉定价：2.00元市民排队购买"),
    ],
)
def test_a_gap_after_a_price_in_text_still_goes(
    runner: CliRunner, tmp_path: Path, line: str, spaced: str
) -> None:
    """Guard: a sentence or a headline is no line of fields; its stray space goes as anywhere."""
    assert normalize_page(runner, tmp_path, f"{ARTICLE}\n{line}\n").endswith(f"\n{spaced}\n")


FIRST_TITLE = "全市召开会议"
FIRST_LEAD = "近日，全市召开会议。会议强调要抓好落实。"
SECOND_ARTICLE = "秋收时节农事忙\n\n本报记者 李华\n\n10月10日，农民正在收割玉米。\n"


def _first_article(runner: CliRunner, tmp_path: Path, page: str) -> tuple[dict[str, Any], str]:
    articles = json.loads(convert_page(runner, tmp_path, page, "-o", "-", "-f", "json"))["articles"]
    assert [a["titles"] for a in articles] == [[FIRST_TITLE], ["秋收时节农事忙"]]
    return articles[0], convert_page(runner, tmp_path, page, "-o", "-")


@pytest.mark.parametrize("note", ["（平安）", "（会议现场）", "（完）"])
@pytest.mark.parametrize("gap", ["\n\n", "\n", ""], ids=["own-block", "own-line", "same-line"])
def test_words_in_brackets_close_the_article(runner: CliRunner, tmp_path: Path, note: str, gap: str) -> None:
    page = f"{FIRST_TITLE}\n\n{FIRST_LEAD}{gap}{note}\n\n{SECOND_ARTICLE}"
    article, tei = _first_article(runner, tmp_path, page)
    assert article["signature"] is None
    assert "".join(p["text"] for p in article["paragraphs"]).replace("\n", "") == FIRST_LEAD + note
    assert not any(p["incomplete"] for p in article["paragraphs"])
    assert "incomplete" not in article["flags"]
    first = tei_root(tei).find(".//t:body/t:div", NS)
    assert [p.get("part") for p in first.iterfind("t:p", NS)] == [None] * len(article["paragraphs"])


@pytest.mark.parametrize("ending", ["近日，全市召开会议（平安）", "近日，全市召开会议。会议要求：（一）"])
def test_an_unfinished_sentence_before_brackets_stays_unfinished(
    runner: CliRunner, tmp_path: Path, ending: str
) -> None:
    """Guard: brackets after a cut sentence, or an item number after a sentence (its item cut off),
    do not close the paragraph."""
    page = f"{FIRST_TITLE}\n\n{ending}\n\n{SECOND_ARTICLE}"
    article, tei = _first_article(runner, tmp_path, page)
    assert article["paragraphs"][-1]["incomplete"]
    assert "incomplete" in article["flags"]
    assert 'part="I"' in tei


def test_words_in_brackets_between_paragraphs_stay_a_paragraph(runner: CliRunner, tmp_path: Path) -> None:
    """Within an article such a block closes its paragraph too: it is not the start of the next."""
    later = "会后，代表们分组讨论。"
    page = f"{FIRST_TITLE}\n\n{FIRST_LEAD}\n\n（会议现场）\n\n{later}\n\n{SECOND_ARTICLE}"
    article, _ = _first_article(runner, tmp_path, page)
    assert [p["text"] for p in article["paragraphs"]] == [FIRST_LEAD, "（会议现场）", later]
    assert not any(p["incomplete"] for p in article["paragraphs"])
