"""Figures OCR spaced or ended with an ASCII stop are not turned into other text (walk-through W15).

A thousands comma with a space after it (`1, 280万台`) stays a thousands comma, its space closed
(`space.thousands`) where a currency sign or an amount says the figure is one; a stop after a
number at a block's end before Han (`…增長至3.5.` / `門票售價…`) ends the sentence and the
paragraph. Each case goes through `convert` as a user runs it: flat text, ALTO and hOCR.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app
from test_coords_parity_v14 import alto, hocr

TITLE = "测试标题"
LEAD = "近日，全市召开会议，部署今冬明春各项重点工作。"


def _result(blocks: list[list[str]], fmt: str = "txt") -> layoutfix.ConvertResult:
    """`convert` of a page: a title, a lead paragraph, then `blocks` (lists of lines)."""
    page = [[TITLE], [LEAD], *blocks]
    if fmt == "txt":
        data = ("\n\n".join("\n".join(lines) for lines in page) + "\n").encode()
    else:
        data = (alto if fmt == "alto" else hocr)(page, titles={TITLE})
    return layoutfix.convert(data, fmt="json", input_format=fmt)


def _paragraphs(result: layoutfix.ConvertResult) -> list[str]:
    """The article's paragraphs after the lead, and its subheads, marked `H:`."""
    articles: list[dict[str, Any]] = json.loads(result.output)["articles"]
    out: list[str] = []
    for art in articles:
        out += ["H:" + h for h in art["subheads"]]
        out += [p["text"] for p in art["paragraphs"] if p["text"] != LEAD]
    return out


def _rules(result: layoutfix.ConvertResult) -> set[tuple[str, str]]:
    """The (rule, certainty) of each edit of a figure's comma, space or stop."""
    kept = ("punct.comma", "punct.period", "space.thousands", "space.cjk-punct")
    return {(e.rule, e.cert) for e in result.edits if e.rule in kept}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("全年销售1, 280万台,收入12, 345, 678元.", "全年销售1,280万台，收入12,345,678元。"),
        ("售價HK$1, 280,早鳥價HK$ 998。", "售價HK$1,280，早鳥價HK$ 998。"),
        ("票價NT$1, 280元，學生NT$ 880元。", "票價NT$1,280元，學生NT$ 880元。"),
        ("票價HK$ 1, 280起，即日發售。", "票價HK$ 1,280起，即日發售。"),
        ("共有1, 280名学生参加考试。", "共有1,280名学生参加考试。"),
        ("全市人口约1, 280, 000人。", "全市人口约1,280,000人。"),
        ("去年营收3, 456.7亿元。", "去年营收3,456.7亿元。"),
        ("收入12,345, 678元。", "收入12,345,678元。"),
        ("全台共有3, 500所學校，其中1, 200所位於北部。", "全台共有3,500所學校，其中1,200所位於北部。"),
    ],
)
def test_a_spaced_thousands_comma_stays_in_its_figure(line: str, expected: str) -> None:
    result = _result([[line]])
    assert _paragraphs(result) == [expected]
    rules = _rules(result)
    assert any(rule == "space.thousands" for rule, _cert in rules)
    assert ("space.cjk-punct", "high") not in rules  # no clause comma's space was removed


def test_the_space_after_a_currency_or_money_is_sure_and_after_a_measure_word_less() -> None:
    assert ("space.thousands", "high") in _rules(_result([["售價HK$1, 280,即日起發售。"]]))
    assert ("space.thousands", "high") in _rules(_result([["收入12, 345元。"]]))
    assert _rules(_result([["共有1, 280名学生参加。"]])) == {("space.thousands", "medium")}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("他获得第1, 2名的好成绩。", "他获得第1，2名的好成绩。"),
        ("分别为1, 2, 3号选手。", "分别为1，2，3号选手。"),
        ("三组分别为1, 2, 100人。", "三组分别为1，2，100人。"),
        ("中国女排以15:12, 15:9获胜。", "中国女排以15:12, 15:9获胜。"),
        ("活动在2023, 2024年连续举办。", "活动在2023，2024年连续举办。"),
        ("车队沿G312, 310国道前行。", "车队沿G312，310国道前行。"),
        ("两项分别为1.5, 280元。", "两项分别为1.5，280元。"),
        ("会议于10:30, 12:00各举行一场。", "会议于10:30，12:00各举行一场。"),
        ("坐标为(120, 350)的位置。", "坐标为(120, 350)的位置。"),
        ("共有1,280人参加。", "共有1,280人参加。"),
    ],
)
def test_lists_years_scores_and_codes_are_read_as_before(line: str, expected: str) -> None:
    result = _result([[line]])
    assert _paragraphs(result) == [expected]
    assert not any(rule == "space.thousands" for rule, _cert in _rules(result))


def test_an_ordinal_figure_stays_as_printed() -> None:
    """`第1, 280名` may be a rank or two: the comma is no clause comma for sure, and the space no
    stray gap for sure, so both stay as printed."""
    result = _result([["他排名第1, 280名。"]])
    assert _paragraphs(result) == ["他排名第1, 280名。"]
    assert _rules(result) == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("演唱會票價分為280, 380, 480元三檔。", "演唱會票價分為280，380，480元三檔。"),
        ("票價分別為80, 120, 180元。", "票價分別為80，120，180元。"),
        ("门票有300, 500元两种。", "门票有300，500元两种。"),
        ("客房价格为每晚680, 880元不等。", "客房价格为每晚680，880元不等。"),
        ("售价为100, 200元不等。", "售价为100，200元不等。"),
        ("兩款型號售價HK$298, 398不等。", "兩款型號售價HK$298，398不等。"),
        ("今年分别录取了120, 150名学生。", "今年分别录取了120，150名学生。"),
        ("两场比赛观众分别为800, 950人。", "两场比赛观众分别为800，950人。"),
        ("实验组与对照组分别为101, 102只小鼠。", "实验组与对照组分别为101，102只小鼠。"),
        ("房间101, 102, 103已清理完毕。", "房间101，102，103已清理完毕。"),
        ("位于坐标120, 350处。", "位于坐标120，350处。"),
    ],
)
def test_a_list_of_amounts_or_a_three_digit_first_group_is_read_as_before(
    line: str, expected: str
) -> None:
    """Amounts listed with one unit (`280, 380, 480元三檔`, `分别为120, 150名`) are no figure: their
    commas become clause commas as before. A first group of three digits may as well open a list,
    so it is read as before too; no space after a comma is closed as a figure's."""
    result = _result([[line]])
    assert _paragraphs(result) == [expected]
    assert not any(rule == "space.thousands" for rule, _cert in _rules(result))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("一九五五年全國產鋼285, 000噸，超額完成計劃。", "一九五五年全國產鋼285,000噸，超額完成計劃。"),
        ("今年共接待游客120, 000人次。", "今年共接待游客120,000人次。"),
        ("销售收入达到285, 000, 000元。", "销售收入达到285,000,000元。"),
    ],
)
def test_a_three_digit_first_group_before_000_is_one_figure(line: str, expected: str) -> None:
    """A group `000` after a three-digit first group is no listed amount: `285, 000噸` is one
    figure, its comma kept and its gap closed, not the list `285，000噸` it was read as."""
    result = _result([[line]])
    assert _paragraphs(result) == [expected]
    assert any(rule == "space.thousands" for rule, _cert in _rules(result))


def test_a_list_word_in_another_clause_leaves_the_figure_whole() -> None:
    """Only the clause holding the figure is read for a list word: `各` in the clause after it
    does not turn `1, 280万台` into two numbers."""
    result = _result([["全年销售1, 280万台，各地销量均有增长。"]])
    assert _paragraphs(result) == ["全年销售1,280万台，各地销量均有增长。"]


@pytest.mark.parametrize(
    "line", ["The study covered 1, 280 cases in total.", "Revenue reached US$1, 280 million last year."]
)
def test_latin_text_keeps_its_spacing(line: str) -> None:
    result = _result([["报道如下。"], [line]])
    assert _paragraphs(result) == ["报道如下。", line]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([["公司CEO表示,銷售額增長至3.5."], ["門票售價HK$128,即日起發售。"]],
         ["公司CEO表示，銷售額增長至3.5。", "門票售價HK$128，即日起發售。"]),
        ([["今年全市经济增长率为3.5."], ["明年预计继续保持稳定增长。"]],
         ["今年全市经济增长率为3.5。", "明年预计继续保持稳定增长。"]),
        ([["恒指昨日收報19,250."], ["成交額為八百億元。"]], ["恒指昨日收報19,250。", "成交額為八百億元。"]),
        ([["門票售價HK$128."], ["即日起發售。"]], ["門票售價HK$128。", "即日起發售。"]),
        ([["中国队以3:1获胜，比分为25:23."], ["门票已经售罄。"]],
         ["中国队以3:1获胜，比分为25:23。", "门票已经售罄。"]),
        ([["全年產量達二萬噸，比去年增加35."], ["這是全體職工努力的結果。"]],
         ["全年產量達二萬噸，比去年增加35。", "這是全體職工努力的結果。"]),
        ([["全年销售额达到1,280."], ["“我们很满意，”他说。"]],
         ["全年销售额达到1,280。", "“我们很满意，”他说。"]),
    ],
)
@pytest.mark.parametrize("fmt", ["txt", "alto", "hocr"])
def test_a_number_and_a_stop_ending_a_block_end_the_paragraph(
    blocks: list[list[str]], expected: list[str], fmt: str
) -> None:
    result = _result(blocks, fmt)
    assert _paragraphs(result) == expected
    assert ("punct.period", "high") in _rules(result)


def test_latin_before_the_number_keeps_the_stop_but_ends_the_paragraph() -> None:
    blocks = [["聯絡: Mr. Chan, tel: 2345-6789, email: chan.tm@example.com.hk; fax: 2345 6788."],
              ["售價HK$1,280,即日起發售。"]]
    assert _paragraphs(_result(blocks)) == [
        "聯絡：Mr. Chan, tel: 2345-6789, email: chan.tm@example.com.hk; fax: 2345 6788.",
        "售價HK$1,280，即日起發售。",
    ]
    latin = [["报道如下。"], ["The growth was 3.5."], ["Next year will be better."]]
    assert _paragraphs(_result(latin)) == ["报道如下。", "The growth was 3.5.", "Next year will be better."]


def test_a_stop_inside_a_line_after_a_figure_before_han() -> None:
    result = _result([["中国队以3:1获胜,比分为25:23.门票售价HK$1,280. 特價$9.9/杯。"]])
    assert _paragraphs(result) == ["中国队以3:1获胜，比分为25:23。门票售价HK$1,280。特價$9.9/杯。"]
    assert ("punct.period", "medium") in _rules(result)
    # Lines joined in one block: a dotted number's stop before Han may be a section number's last
    # dot (`概述1.1.研究背景`), so `3.5.門票` stays as printed too.
    joined = _result([["公司CEO表示，銷售額增長至3.5.", "門票售價HK$128，即日起發售。"]], "alto")
    assert _paragraphs(joined) == ["公司CEO表示，銷售額增長至3.5.門票售價HK$128，即日起發售。"]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([["今年全市经济增长了3.", "5%，创历史新高，各地积极推进各项工作。"]],
         ["今年全市经济增长了3.\n5%，创历史新高，各地积极推进各项工作。"]),
        ([["会议于2023.10.12在兰州召开。"]], ["会议于2023.10.12在兰州召开。"]),
        ([["版本v2.0.1已发布，新版软件v2.0.已停用。"]], ["版本v2.0.1已发布，新版软件v2.0.已停用。"]),
        ([["如图1.2.所示，数据明显增长。"]], ["如图1.2.所示，数据明显增长。"]),
        ([["他是编号为No.1的选手，表现出色。"]], ["他是编号为No.1的选手，表现出色。"]),
        ([["会议要求：1.加强组织领导2.落实工作责任。"]], ["会议要求：1.加强组织领导2.落实工作责任。"]),
        ([["会议要求做好以下工作："], ["1."], ["加强组织领导。"]],
         ["会议要求做好以下工作：", "1.加强组织领导。"]),
        ([["本季该队胜率为.522 排名联盟第一。"]], ["本季该队胜率为.522 排名联盟第一。"]),
    ],
)
def test_decimals_dates_versions_and_item_numbers_keep_their_dot(
    blocks: list[list[str]], expected: list[str]
) -> None:
    result = _result(blocks)
    assert _paragraphs(result) == expected
    assert not any(rule == "punct.period" for rule, _cert in _rules(result))


def test_normalize_twice_changes_nothing_more(tmp_path: Any) -> None:
    """The CLI's `normalize` of its own output finds nothing to change: the kept comma, the closed
    space and the new full stop are read the same way again."""
    page = tmp_path / "p.txt"
    page.write_text(
        "全年销售1, 280万台,收入12, 345, 678元.房间101, 102, 103已清理.\n\n"
        "公司CEO表示,銷售額增長至3.5.\n\n門票售價HK$1, 280,即日起發售。\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    first = runner.invoke(app, ["normalize", str(page)])
    assert first.exit_code == 0, first.output
    assert "1,280万台，收入12,345,678元。房间101，102，103已清理。" in first.stdout
    assert "增長至3.5。" in first.stdout and "HK$1,280，" in first.stdout
    again = tmp_path / "q.txt"
    again.write_text(first.stdout, encoding="utf-8")
    second = runner.invoke(app, ["normalize", str(again)])
    assert second.exit_code == 0, second.output
    assert second.stdout == first.stdout


@pytest.mark.parametrize(
    ("blocks", "kept"),
    [
        ([["目录", "概述1.1.研究背景"]], "概述1.1.研究背景"),
        ([["目录"], ["概述1.1.研究背景"]], "概述1.1.研究背景"),
        ([["本文第二部分2.3.1.研究方法如下。"]], "2.3.1.研究方法"),
    ],
)
def test_a_dotted_section_number_keeps_its_last_stop(blocks: list[list[str]], kept: str) -> None:
    """A section number in a line (`1.1.`, `2.3.1.`) before its title keeps its dots as printed."""
    result = _result(blocks)
    page = ("\n\n".join("\n".join(lines) for lines in [[TITLE], [LEAD], *blocks]) + "\n").encode()
    assert kept in layoutfix.convert(page, fmt="txt", input_format="txt").output
    assert not any(rule == "punct.period" for rule, _cert in _rules(result))
