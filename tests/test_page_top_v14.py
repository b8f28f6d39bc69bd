"""Minguo dates in hanzi numerals at a page top (Taiwan's papers): `中華民國一一二年十月十二日` (the year
digit by digit) and `中華民國一百一十二年十月十二日` (positional), with or without 中華. The page top
was taken for a kicker over the first headline and gave no date, while the same top in Arabic digits
(`中華民國112年10月12日`) gave a header `fw` and the issue date. A sentence mentioning such a year stays
text, and a date the calendar has not fills no date.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from cli_pages import convert_page
from test_page_top_v13 import NS, _front_and_first_article

TITLE = "市府宣布新政策"
ARTICLE = f"{TITLE}\n\n記者王麗／台北報導 市府今天宣布新政策，市民反應熱烈。\n"

#: Page tops dating the issue in the Minguo calendar in hanzi numerals, and the ISO date they state.
HANZI_MINGUO_TOPS = {
    "digit-by-digit-under-masthead": ("聯合報\n中華民國一一二年十月十二日 星期四", "2023-10-12"),
    "positional-under-masthead": ("聯合報\n中華民國一百一十二年十月十二日 星期四", "2023-10-12"),
    "short-minguo-own-block": ("聯合報\n\n民國一一二年十月十二日 星期四", "2023-10-12"),
    "positional-with-zero-and-page": ("民國一百零二年一月一日 星期三 第3版", "2013-01-01"),
    "digit-zero-simplified": ("中华民国一〇二年十二月三十一日 星期二", "2013-12-31"),
    "ocr-circle-zero": ("民國一○二年十二月三十一日", "2013-12-31"),
    "two-digit-year": ("中華民國九十九年三月二十日 星期六", "2010-03-20"),
}


def _json(runner: CliRunner, tmp_path: Path, page: str) -> dict[str, object]:
    return json.loads(convert_page(runner, tmp_path, page, "-f", "json"))


@pytest.mark.parametrize("name", sorted(HANZI_MINGUO_TOPS))
def test_a_hanzi_minguo_date_top_is_a_header_and_gives_the_date(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    top, iso = HANZI_MINGUO_TOPS[name]
    tei = convert_page(runner, tmp_path, f"{top}\n\n{ARTICLE}")
    front, heads = _front_and_first_article(tei)
    assert front == [("header", block) for block in top.split("\n\n")]
    assert heads == [(None, TITLE)]
    dates = etree.fromstring(tei.encode("utf-8")).findall(".//t:teiHeader//t:date", NS)
    assert [d.get("when") for d in dates] == [iso]
    doc = _json(runner, tmp_path, f"{top}\n\n{ARTICLE}")
    assert doc["date"] == iso
    assert doc["furniture"] == top.split("\n\n")
    assert (doc["articles"][0]["kicker"], doc["articles"][0]["titles"]) == ([], [TITLE])


@pytest.mark.parametrize("name", sorted(HANZI_MINGUO_TOPS))
def test_no_text_of_a_hanzi_minguo_top_changes(runner: CliRunner, tmp_path: Path, name: str) -> None:
    """The gap between the date and the weekday stays, as on a date line in Arabic digits."""
    top, _ = HANZI_MINGUO_TOPS[name]
    log = tmp_path / "edits.jsonl"
    convert_page(runner, tmp_path, f"{top}\n\n{ARTICLE}", "--edits", str(log))
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [e for e in edits if e["start"] < len(top)] == []


@pytest.mark.parametrize("top", ["中華民國一一二年二月三十日 星期四", "民國一百一十二年四月三十一日"])
def test_a_hanzi_minguo_date_the_calendar_has_not_fills_no_date(
    runner: CliRunner, tmp_path: Path, top: str
) -> None:
    """Read as a date line (furniture, as `2023年2月30日` is), but no date for the TEI header and JSON."""
    doc = _json(runner, tmp_path, f"{top}\n\n{ARTICLE}")
    assert top in doc["furniture"]
    assert doc["date"] is None


def test_a_thirteenth_month_is_no_date_line(runner: CliRunner, tmp_path: Path) -> None:
    doc = _json(runner, tmp_path, f"聯合報\n\n民國一百一十二年十三月一日\n\n{ARTICLE}")
    assert (doc["date"], doc["furniture"]) == (None, [])


def test_minguo_year_zero_fills_no_date(runner: CliRunner, tmp_path: Path) -> None:
    """The Minguo calendar counts from year 1 (1912): `民國0年` is a misreading, not 1911."""
    doc = _json(runner, tmp_path, f"民國0年10月12日 星期四\n\n{ARTICLE}")
    assert doc["date"] is None


def test_a_sentence_mentioning_a_hanzi_minguo_year_stays_text(runner: CliRunner, tmp_path: Path) -> None:
    body = "民國一一二年十月十二日，市府宣布新政策，市民反應熱烈。"
    mention = "市府表示，民國一一二年起將推動新政策。"
    doc = _json(runner, tmp_path, f"{body}\n\n{TITLE}\n\n{mention}\n")
    assert doc["date"] is None
    assert doc["furniture"] == []
    paragraphs = [p["text"] for a in doc["articles"] for p in a["paragraphs"]]
    assert body in paragraphs and mention in paragraphs


#: Date lines the calendar has not (misread days), each under a masthead, with their valid twins.
MISREAD_DATES = {
    "february-30": ("2023年2月30日 星期四", "2023年2月28日 星期四"),
    "april-31-dotted": ("2023.4.31", "2023.4.30"),
    "minguo-february-30": ("中華民國112年2月30日 星期四", "中華民國112年2月28日 星期四"),
    "hanzi-april-31": ("二〇二三年四月三十一日 星期一", "二〇二三年四月三十日 星期日"),
}


@pytest.mark.parametrize("masthead", ["人民日报", "聯合報"])
@pytest.mark.parametrize("name", sorted(MISREAD_DATES))
def test_a_masthead_over_a_date_the_calendar_has_not_is_furniture(
    runner: CliRunner, tmp_path: Path, masthead: str, name: str
) -> None:
    """`人民日报` / `2023年2月30日 星期四` was article a1's title with the date line a `fw` inside it;
    now both are the page's furniture as over `2023年2月28日`. The misread date still fills no date."""
    bad, good = MISREAD_DATES[name]
    page = f"{masthead}\n\n{bad}\n\n{TITLE}\n\n市府今天宣布新政策。\n"
    front, heads = _front_and_first_article(convert_page(runner, tmp_path, page))
    assert front == [("header", masthead), ("header", bad)]
    assert heads == [(None, TITLE)]
    doc = _json(runner, tmp_path, page)
    assert (doc["date"], doc["furniture"]) == (None, [masthead, bad])
    twin = _json(runner, tmp_path, page.replace(bad, good))
    assert twin["furniture"] == [masthead, good]
    assert [a["titles"] for a in doc["articles"]] == [a["titles"] for a in twin["articles"]]


def test_a_masthead_in_one_block_with_a_misread_date_is_furniture(runner: CliRunner, tmp_path: Path) -> None:
    page = f"人民日报\n2023年2月30日 星期四\n\n{TITLE}\n\n市府今天宣布新政策。\n"
    doc = _json(runner, tmp_path, page)
    assert (doc["date"], doc["furniture"]) == (None, ["人民日报\n2023年2月30日 星期四"])
    assert doc["articles"][0]["titles"] == [TITLE]


def test_a_headline_naming_a_paper_over_a_sentence_with_a_misread_date_stays_a_title(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Only a date line stands beside a masthead: a paragraph mentioning a date is no page top."""
    page = "人民日报\n\n2023年2月30日，市府宣布新政策。\n"
    doc = _json(runner, tmp_path, page)
    assert doc["furniture"] == []
    assert doc["articles"][0]["titles"] == ["人民日报"]
