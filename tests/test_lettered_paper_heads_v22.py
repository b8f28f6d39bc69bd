"""A lettered running head that prints the paper's name (`A4 明報 港聞 2015年3月12日 星期四`,
`A12 星島日報 2015年3月12日`) names its page as one without the name does (`A4 港聞 2015年3月12日`):
the TEI `pb/@n`, the JSON `label`, the head kept out of the articles. Before, the paper's name stopped
the label (and `A4 明報 港聞 …` was read as the first article's heading). A headline's words with a
date (`E3 游戏展 2024年6月11日`) still name no page: a paper's or a desk's name is what a head prints
beside its page, a headline's words are neither."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"
BODY = "旺角清場後街坊鬆一口氣\n\n佔領旺角的示威者昨日被清場，彌敦道恢復通車。\n"

#: Running heads naming a paper, a desk and/or a date beside a lettered page, and the label each names.
PAPER_HEADS = [
    ("A4 明報 港聞 2015年3月12日 星期四", "A4"),
    ("A12 星島日報 2015年3月12日", "A12"),
    ("B2 聯合報 2015年3月12日 星期四", "B2"),
    ("A4 明报 港闻 2015年3月12日 星期四", "A4"),
    ("C1 大公報 財經 2015年3月12日", "C1"),
    ("A6 文匯報 2015年3月12日 星期四", "A6"),
    ("A4 港聞 明報 2015年3月12日", "A4"),
    ("明報 A4 港聞 2015年3月12日", "A4"),
    # a field mark closing the head (left before the page's editors) is no part of it
    ("A4 明報 港聞 ●", "A4"),
    ("A4 明報 港聞 2015年3月12日 ●", "A4"),
    ("A4 港聞 2015年3月12日 ●", "A4"),
    ("A04 要闻 ●", "A4"),
    # must-keep: a page's news and a paper's name ending in a paper's kind
    ("A4 明報 新聞 2015年3月12日", "A4"),
    ("A4 明報 本港新聞 2015年3月12日", "A4"),
    ("A4 大公報 新聞", "A4"),
    ("A4 新民晚报 港闻", "A4"),
    ("A4 人民日报海外版 要闻", "A4"),
]
#: Look-alikes that name no page: a headline's words (or a report word ending in 報) beside the date.
HEADLINE_HEADS = [
    "E3 游戏展 2024年6月11日",
    "B2 轰炸机 2024年5月6日",
    "B2 喜報 2024年5月6日",
    "A4 捷报 游戏展 2024年5月6日",
    "A4 明報 游戏展 2024年5月6日",
    "E3 游戏展开幕",
]
#: A word ending in 闻 that names no desk (a scandal, a rumour, a marvel, what one saw), or a word
#: ending in 报 that names no paper (a paper's kind alone, a company's report, a pupils' paper), in the
#: places a head prints the desk and the paper: a headline's words, kept as text.
NO_DESK_OR_PAPER_HEADS = [
    "A4 明報 醜聞",
    "A4 明報 丑聞 2015年3月12日",
    "A4 新民晚报 丑闻",
    "A4 新民晚报 传闻 2024年5月6日",
    "A4 新民晚报 听闻",
    "A4 新民晚报 旧闻 2024年5月6日",
    "A4 明報 奇聞",
    "A4 明報 見聞 2015年3月12日",
    "A4 日報 港聞",
    "A4 日报 港闻",
    "A4 晚报 要闻",
    "A4 财报 要闻",
    "A4 季报 港闻",
    "A4 三季报 要闻",
    "A4 中报 港闻",
    "A4 业绩报 港闻",
    "A4 书报 港闻",
    "A4 手抄报 港闻",
]
#: Heads whose look-alike paper's name stands beside the date only: no page named (the line may be
#: furniture all the same, as a date line).
UNNAMED_PAPER_DATED_HEADS = ["A12 财报 2015年3月12日", "A12 日报 2015年3月12日", "A12 三季报 2015年3月12日"]


def _convert(runner: CliRunner, tmp_path: Path, head: str, *args: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(f"{head}\n\n{BODY}", encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("head, label", PAPER_HEADS)
def test_a_head_naming_the_paper_labels_the_page(
    runner: CliRunner, tmp_path: Path, head: str, label: str
) -> None:
    data = json.loads(_convert(runner, tmp_path, head, "-f", "json"))
    assert (data.get("label"), data["page"]) == (label, None)
    assert head in data["furniture"]
    root = etree.fromstring(_convert(runner, tmp_path, head).encode("utf-8"))
    assert [pb.get("n") for pb in root.iter(f"{TEI}pb")] == [label]


@pytest.mark.parametrize("head", HEADLINE_HEADS)
def test_a_headline_with_a_lettered_word_names_no_page(runner: CliRunner, tmp_path: Path, head: str) -> None:
    data = json.loads(_convert(runner, tmp_path, head, "-f", "json"))
    assert "label" not in data and data["page"] is None


@pytest.mark.parametrize("head", NO_DESK_OR_PAPER_HEADS)
def test_a_head_without_a_desk_or_a_paper_stays_text(runner: CliRunner, tmp_path: Path, head: str) -> None:
    data = json.loads(_convert(runner, tmp_path, head, "-f", "json"))
    assert "label" not in data and data["page"] is None
    assert head not in data["furniture"]
    assert _convert(runner, tmp_path, head, "-f", "txt").startswith(head + "\n")


@pytest.mark.parametrize("head", NO_DESK_OR_PAPER_HEADS)
def test_under_a_real_head_such_a_line_stays_text(runner: CliRunner, tmp_path: Path, head: str) -> None:
    data = json.loads(_convert(runner, tmp_path, f"第4版 要闻 2023年10月12日\n\n{head}", "-f", "json"))
    assert (data["page"], data["furniture"]) == (4, ["第4版 要闻 2023年10月12日"])
    assert head in data["articles"][0]["titles"] + data["articles"][0]["kicker"]


@pytest.mark.parametrize("head", UNNAMED_PAPER_DATED_HEADS)
def test_a_report_word_beside_the_date_names_no_page(runner: CliRunner, tmp_path: Path, head: str) -> None:
    data = json.loads(_convert(runner, tmp_path, head, "-f", "json"))
    assert "label" not in data and data["page"] is None
    root = etree.fromstring(_convert(runner, tmp_path, head).encode("utf-8"))
    assert [pb.get("n") for pb in root.iter(f"{TEI}pb")] == [None]


def test_an_issue_of_paper_named_heads_is_ordered_by_its_labels(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "issue"
    folder.mkdir()
    (folder / "first.txt").write_text(f"B2 明報 國際 2015年3月12日 星期四\n\n{BODY}", encoding="utf-8")
    (folder / "second.txt").write_text(f"A4 明報 港聞 2015年3月12日 星期四\n\n{BODY}", encoding="utf-8")
    result = runner.invoke(app, ["convert", str(folder)])
    assert result.exit_code == 0, result.stderr
    root = etree.fromstring(result.stdout.encode("utf-8"))
    assert [pb.get("n") for pb in root.iter(f"{TEI}pb")] == ["A4", "B2"]
