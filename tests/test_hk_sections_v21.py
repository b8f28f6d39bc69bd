"""Hong Kong and Taiwan desk names printed alone over a page's first headline (`港聞`, `國際`, `財經`,
`娛樂`, `體育`, and their simplified forms) are section labels, as `要聞` and `副刊` were: before, they
became the kicker of the first article only, and the articles after them were under no section. A
headline or kicker that only holds such a word (`國際油價大跌`, `體育中心`) is no section label.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import NS, article_parts, tei_root, text_of

TITLE = "立法會昨通過撥款"
LEAD = "【本報訊】立法會昨日通過撥款，議員表示支持。政府會盡快落實。"
SECOND_TITLE = "銅鑼灣商戶盼遊客回流"
SECOND_LEAD = "本報記者 李小明\n\n銅鑼灣時代廣場一帶的商戶表示，內地旅客人數減少約三成。"

#: Desk names printed alone as a section's label, in either script.
DESK_NAMES = ["港聞", "港闻", "國際", "国际", "財經", "财经", "娛樂", "娱乐", "體育", "体育", "要聞", "副刊"]
#: Labels that hold a desk's name but are a headline's or a kicker's words: never a section.
LOOK_ALIKES = ["國際油價大跌", "体育中心", "財經界聯署", "港聞透視"]


def _sections(tei: str) -> list[tuple[str, list[str]]]:
    """Each section div: its head and the titles of the articles in it."""
    return [
        (text_of(div.find("t:head", NS)),
         [text_of(h) for h in div.iterfind("t:div[@type='article']/t:head", NS) if h.get("type") is None])
        for div in tei_root(tei).iterfind(".//t:body/t:div[@type='section']", NS)
    ]


@pytest.mark.parametrize("label", DESK_NAMES)
def test_a_desk_name_alone_over_the_first_headline_is_a_section(
    runner: CliRunner, tmp_path: Path, label: str
) -> None:
    page = f"{label}\n\n{TITLE}\n\n{LEAD}\n\n{SECOND_TITLE}\n\n{SECOND_LEAD}\n"
    tei = convert_page(runner, tmp_path, page)
    assert _sections(tei) == [(label, [TITLE, SECOND_TITLE])]
    assert article_parts(tei)[0]["heads"] == [f"title:{TITLE}"]


def test_a_desk_name_under_a_running_head_is_a_section(runner: CliRunner, tmp_path: Path) -> None:
    page = f"A4 港聞 2015年3月12日 星期四\n\n港聞\n\n{TITLE}\n\n{LEAD}\n"
    tei = convert_page(runner, tmp_path, page)
    assert _sections(tei) == [("港聞", [TITLE])]


@pytest.mark.parametrize("label", LOOK_ALIKES)
def test_a_headline_holding_a_desk_name_stays_a_kicker(runner: CliRunner, tmp_path: Path, label: str) -> None:
    page = f"{label}\n\n{TITLE}\n\n{LEAD}\n"
    tei = convert_page(runner, tmp_path, page)
    assert _sections(tei) == []
    assert article_parts(tei)[0]["heads"] == [f"kicker:{label}", f"title:{TITLE}"]
