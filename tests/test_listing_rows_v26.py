"""Listing rows printed one a block are the text, not headings (s26-LIST, W14 findings 3 and 7):

- flat exports put a blank line between the rows of a listing box (`8:00 朝闻天下` / blank /
  `12:00 新闻30分`); every row was read as a heading, the listing a pile of kickers and a title with
  no paragraph (JSON flag `empty`). Now the rows are one paragraph, a row a line, under their label;
- a listing printed in one block before any heading was flagged as starting mid-article
  (TEI `part="F"`, JSON `starts-mid-article`): it is a whole text.

Headlines holding figures, a kicker and title over a story, award lists and coordinate pages are
read as before. Each page goes through `layoutfix convert` (typer's CliRunner).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from tei_parts import NS, TEI, all_paragraphs, converted_articles, own_heads, tei_root

#: (label, rows): a listing box, each row printed in a block of its own under its label.
LISTINGS = [
    ("中央电视台一套", ["8:00 朝闻天下", "12:00 新闻30分", "19:00 新闻联播"]),
    ("基金净值", ["161725 招商中证白酒 0.8912 -1.02%", "161726 招商国证生物 0.7011 +0.33%"]),
    ("中国福利彩票双色球", ["第2024125期 红球 03 08 15 21 27 33 蓝球 09", "一等奖 6注 每注奖金 7,523,409元",
                   "二等奖 128注 每注奖金 186,032元"]),
    ("無綫電視翡翠台", ["18:00 六點半新聞", "19:30 東張西望", "20:30 愛·回家"]),
    ("港股收市", ["00700 騰訊控股 368.20 +1.25%", "00005 匯豐控股 65.30 -0.45%"]),
    ("中超联赛第28轮", ["上海海港 2:0 山东泰山", "北京国安 1:1 成都蓉城", "广州队 0:3 武汉三镇"]),
    ("港超聯戰果", ["傑志 2:1 東方", "理文 0:0 南區"]),
    ("积分榜", ["1 中国 5 5 0 14", "2 巴西 5 4 1 12", "3 美国 5 2 3 7"]),
    ("天气预报", ["北京 晴 -3℃~8℃ 北风3-4级", "上海 多云 12℃~19℃ 东风2级"]),
    ("外匯牌價", ["美元 7.8120 7.8250", "歐元 8.4310 8.5120"]),
    ("北京人民广播电台", ["6:30 早安北京 7:00 新闻早报", "8:00 音乐之声 9:00 交通广播"]),
]


def _convert(tmp_path: Path, text: str, fmt: str, *extra: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", fmt, "-o", "-", *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(("label", "rows"), LISTINGS, ids=[label for label, _ in LISTINGS])
def test_rows_in_blocks_of_their_own_are_one_paragraph_under_their_label(
    tmp_path: Path, label: str, rows: list[str]
) -> None:
    (art,) = converted_articles(tmp_path, "\n\n".join([label, *rows]) + "\n")
    assert own_heads(art) == [label]
    assert all_paragraphs(art) == ["\n".join(rows)]
    assert art.get("part") is None
    assert all(p.get("part") is None for p in art.iter(f"{TEI}p"))


def test_json_reads_the_rows_as_a_complete_paragraph(tmp_path: Path) -> None:
    rows = ["8:00 朝闻天下", "12:00 新闻30分", "19:00 新闻联播"]
    (art,) = json.loads(_convert(tmp_path, "\n\n".join(["中央电视台一套", *rows]), "json"))["articles"]
    assert art["titles"] == ["中央电视台一套"]
    assert art["kicker"] == []
    assert art["flags"] == []
    assert art["paragraphs"] == [{"text": "\n".join(rows), "subhead": None, "incomplete": False}]


def test_the_rows_are_joined_by_recorded_edits_that_keep_a_line_break(tmp_path: Path) -> None:
    edits_file = tmp_path / "edits.jsonl"
    page = "基金净值\n\n161725 招商中证白酒 0.8912 -1.02%\n\n161726 招商国证生物 0.7011 +0.33%\n"
    out = _convert(tmp_path, page, "txt", "--edits", str(edits_file))
    assert "161725 招商中证白酒 0.8912 -1.02%\n161726 招商国证生物 0.7011 +0.33%" in out
    edits = [json.loads(line) for line in edits_file.read_text(encoding="utf-8").splitlines()]
    joins = [e for e in edits if e["kind"] == "join"]
    assert [(e["before"], e["after"], e["rule"]) for e in joins] == [("\n\n", "\n", "layout.join-paragraph")]


def test_a_row_block_next_to_rows_alone_joins_them(tmp_path: Path) -> None:
    page = "中央电视台一套\n\n8:00 朝闻天下\n\n12:00 新闻30分\n\n19:38 焦点访谈\n20:00 电视剧：山海情\n"
    (art,) = converted_articles(tmp_path, page)
    assert own_heads(art) == ["中央电视台一套"]
    assert all_paragraphs(art) == ["8:00 朝闻天下\n12:00 新闻30分\n19:38 焦点访谈\n20:00 电视剧：山海情"]


def test_one_row_between_two_labels_of_a_listings_box_is_text(tmp_path: Path) -> None:
    page = "基金净值\n\n161725 招商白酒 0.8912 -1.02%\n\n外汇牌价\n\n美元 712.35 706.55\n\n欧元 771.2 747.2\n"
    (art,) = converted_articles(tmp_path, page)
    heads = [h.text for h in art.iter(f"{TEI}head")]
    assert heads == ["基金净值", "外汇牌价"]
    assert all_paragraphs(art) == ["161725 招商白酒 0.8912 -1.02%", "美元 712.35 706.55\n欧元 771.2 747.2"]


def test_a_note_under_the_rows_stays_its_own_paragraph(tmp_path: Path) -> None:
    page = "中央电视台一套\n\n8:00 朝闻天下\n\n12:00 新闻30分\n\n（以上节目如有变动，以播出为准。）\n"
    (art,) = converted_articles(tmp_path, page)
    assert all_paragraphs(art) == ["8:00 朝闻天下\n12:00 新闻30分", "（以上节目如有变动，以播出为准。）"]


def test_rows_without_a_label_are_a_whole_text(tmp_path: Path) -> None:
    (art,) = converted_articles(tmp_path, "8:00 朝闻天下\n\n12:00 新闻30分\n\n19:00 新闻联播\n")
    assert own_heads(art) == []
    assert all_paragraphs(art) == ["8:00 朝闻天下\n12:00 新闻30分\n19:00 新闻联播"]
    assert art.get("part") is None


@pytest.mark.parametrize("page", [
    "中央电视台一套\n8:00 朝闻天下\n12:00 新闻30分\n19:00 新闻联播\n",
    "基金净值\n161725 招商中证白酒 0.8912 -1.02%\n161726 招商国证生物 0.7011 +0.33%\n",
])
def test_a_listing_in_one_block_opening_the_page_starts_no_article_mid_way(tmp_path: Path, page: str) -> None:
    (art,) = converted_articles(tmp_path, page)
    assert art.get("part") is None
    assert all_paragraphs(art) == [page.rstrip("\n")]
    (data,) = json.loads(_convert(tmp_path, page, "json"))["articles"]
    assert "starts-mid-article" not in data["flags"]
    assert [p["incomplete"] for p in data["paragraphs"]] == [False]


def test_text_before_any_heading_still_starts_mid_article(tmp_path: Path) -> None:
    page = "区提前做好准备，确保群众温暖过冬。\n\n市政府部署冬季供暖工作\n\n本报讯 昨日召开会议。\n"
    arts = converted_articles(tmp_path, page)
    assert [a.get("part") for a in arts] == ["F", None]


#: (page, heads, paragraphs): headings holding figures over a story stay headings.
HEADINGS_KEPT = [
    ("上证指数涨1.25% 收复3000点\n\n本报讯 昨日，沪深两市全线上涨，成交额突破万亿元。\n",
     ["上证指数涨1.25% 收复3000点"], ["昨日，沪深两市全线上涨，成交额突破万亿元。"]),
    ("19时30分 神舟十九号发射成功\n\n本报酒泉10月30日电 今天，神舟十九号载人飞船发射成功。\n",
     ["19时30分 神舟十九号发射成功"], ["今天，神舟十九号载人飞船发射成功。"]),
    ("港隊 2:1 澳門隊\n\n本報訊 昨晚，港隊在旺角大球場以2:1擊敗澳門隊。\n",
     ["港隊 2:1 澳門隊"], ["昨晚，港隊在旺角大球場以2:1擊敗澳門隊。"]),
    ("上海海港 2:0 山东泰山\n\n北京国安 1:1 成都蓉城\n\n本报讯（记者 李明）昨晚，中超联赛第28轮展开角逐。\n",
     ["上海海港 2:0 山东泰山", "北京国安 1:1 成都蓉城"], ["昨晚，中超联赛第28轮展开角逐。"]),
    ("沪指 3088.64 +0.52%\n\n深成指 9856.20 -0.31%\n\n本报讯（记者 王强）昨日，两市走势分化。\n",
     ["沪指 3088.64 +0.52%", "深成指 9856.20 -0.31%"], ["昨日，两市走势分化。"]),
    ("巴黎奥运会\n\n中国队3:1力克日本队\n\n——女排小组赛综述\n\n本报巴黎8月4日电 中国队战胜日本队。\n",
     ["巴黎奥运会", "中国队3:1力克日本队", "——女排小组赛综述"], ["中国队战胜日本队。"]),
    ("中超联赛\n\n上海海港 2:0 山东泰山\n\n武磊梅开二度\n\n昨晚的比赛中，武磊打入两球。\n",
     ["中超联赛", "上海海港 2:0 山东泰山", "武磊梅开二度"], ["昨晚的比赛中，武磊打入两球。"]),
]


@pytest.mark.parametrize(("page", "heads", "paragraphs"), HEADINGS_KEPT, ids=range(len(HEADINGS_KEPT)))
def test_headings_with_figures_over_a_story_stay_headings(
    tmp_path: Path, page: str, heads: list[str], paragraphs: list[str]
) -> None:
    (art,) = converted_articles(tmp_path, page)
    assert own_heads(art) == heads
    assert all_paragraphs(art) == paragraphs


def test_an_award_list_is_read_as_before(tmp_path: Path) -> None:
    page = "第五届书法大赛获奖名单\n\n一等奖\n\n李华 张强\n\n二等奖\n\n王丽 刘洋 赵敏\n"
    (art,) = converted_articles(tmp_path, page)
    subsections = art.findall(f"{TEI}div")
    assert [(s.findtext(f"{TEI}head"), s.findtext(f"{TEI}p")) for s in subsections] == [
        ("一等奖", "李华 张强"), ("二等奖", "王丽 刘洋 赵敏")]


def test_a_table_of_contents_is_read_as_before(tmp_path: Path) -> None:
    page = "本期导读\n\n要闻 2版\n\n省政府常务会议召开\n\n经济 3版\n\n前三季度经济稳中向好\n"
    tei = _convert(tmp_path, page, "tei")
    heads = ["".join(h.itertext()) for h in tei_root(tei).iterfind(".//t:body//t:head", NS)]
    assert heads == ["本期导读", "要闻 2版", "省政府常务会议召开", "经济 3版", "前三季度经济稳中向好"]
