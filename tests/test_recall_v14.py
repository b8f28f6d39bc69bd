"""Damaged text in, the original back out: cases the recall audit of v14 (bench/damage.py) found
`convert` did not undo.

A flat-text page hard-wrapped at the column width reads as one line per paragraph (`join.wrap`).
Two kinds of wrap stayed: a paragraph of two lines whose first line happens to end at a comma or a
closing quote (every line then ends in a mark, which read as verse or one sentence per line), and a
number broken between two digits (`价值1` / `2.28万元`), which was joined with a space, as two Latin
words are. Each case is checked against the correct text it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

TITLE = "全市召开会议"


def convert_txt(tmp_path: Path, body: str) -> str:
    """`layoutfix convert PAGE -f txt` of a page holding a title and `body`; the body's output."""
    page = tmp_path / "page.txt"
    page.write_text(f"{TITLE}\n\n{body}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "txt"])
    assert result.exit_code == 0, result.output
    head, _, rest = result.stdout.partition("\n\n")
    assert head == TITLE
    return rest.rstrip("\n")


# --- a two-line paragraph whose first line ends at a mark --------------------------------------

WRAPPED_AT_A_MARK = [
    "截至目前，全区已建成村级综合服务站一百二十个，\n实现了全覆盖。",
    "医院组织专家团队深入偏远乡镇开展义诊活动，\n为群众提供免费健康咨询。",
    "10月10日，渭源县政协召开专题协商座谈会，围绕“生态渭源”\n建设协商建言。县政协主席魏长缨出席并讲话。",
    "会议指出，要加强协作配合，形成工作合力，确保各项任务、\n各项措施按期落实。",
]


@pytest.mark.parametrize("wrapped", WRAPPED_AT_A_MARK)
def test_a_two_line_paragraph_whose_first_line_ends_at_a_mark_is_joined(
    tmp_path: Path, wrapped: str
) -> None:
    assert convert_txt(tmp_path, wrapped) == wrapped.replace("\n", "")


SET_ON_THEIR_OWN = [
    "两个黄鹂鸣翠柳，一行白鹭上青天。\n窗含西岭千秋雪，门泊东吴万里船。",  # verse, lines of one length
    "人有悲欢离合，月有阴晴圆缺，\n此事古难全。",  # verse under the prose measure
    "会议强调，要进一步深化理论学习，提高政治站位。\n要大兴调查研究，把情况摸清楚。",  # a sentence a line
    "一要加强组织领导，压实各级责任；\n二要狠抓工作落实。",  # items ending in a semicolon
    "床前明月光，\n疑是地上霜。",
]


@pytest.mark.parametrize("lines", SET_ON_THEIR_OWN)
def test_lines_set_on_their_own_keep_their_breaks(tmp_path: Path, lines: str) -> None:
    assert convert_txt(tmp_path, lines) == lines


# --- a number broken at the column -------------------------------------------------------------

@pytest.mark.parametrize(
    ("wrapped", "joined"),
    [
        ("并现场为直沟村群众捐赠物资，其中捐赠物品价值1\n2.28万元，随后还举办了义诊活动。",
         "价值12.28万元"),
        ("通过招商引资，共签约5个项目，签约总资金37.6\n4亿元，带动就业两千余人。", "总资金37.64亿元"),
        ("今年以来，全县地区生产总值同比增长了1\n2%，增速居全市前列，发展势头良好。", "增长了12%"),
    ],
)
def test_a_number_broken_at_the_column_is_joined_without_a_space(
    tmp_path: Path, wrapped: str, joined: str
) -> None:
    out = convert_txt(tmp_path, wrapped)
    assert joined in out and "\n" not in out


@pytest.mark.parametrize(
    ("wrapped", "kept"),
    [
        ("如有疑问，请拨打咨询电话：0931\n8123456，工作人员将在工作日为您解答。", "0931 8123456"),
        ("会议邀请了来自World Health Organization的专家，就2023\n2024 report作了解读。",
         "2023 2024 report"),
    ],
)
def test_digits_not_inside_a_chinese_number_keep_their_space(
    tmp_path: Path, wrapped: str, kept: str
) -> None:
    assert kept in convert_txt(tmp_path, wrapped)
