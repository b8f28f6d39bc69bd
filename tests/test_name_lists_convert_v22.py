"""Lists of people's names keep the spaces between the names, in `convert` as in `normalize`.

A list printed as rows under its label (`出席会议的有：` / `毛泽东 刘少奇 朱德 周恩来` / …) kept its spaces
in `normalize`, but `convert` joined the rows as wrapped lines and then removed every space:
`毛泽东刘少奇朱德周恩来陈云…`, a corpus counting glued names as words. A name the tagger reads as
another word (周恩来, a time word to jieba) made the row no list. A list after a colon closed by a
full stop (`出席会议的有：毛泽东 刘少奇 … 李富春。`) lost its spaces in both commands, and a list
wrapped inside a paragraph was joined with its rows' last and first names glued. Now every such
list keeps its spaces: rows stay rows, a wrapped list is joined with a space. Running text with
stray OCR spaces, spaced bylines and headlines are corrected as before; after a colon only a label
announcing people (`出席会议的有`, `受访者`) opens such a list, so stray spaces after any other colon
(`他表示：王明 强调，`) go, and a wrap after a colon and a name gains no space.
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_page
from tei_parts import json_articles, json_paragraphs

TITLE = "大会主席团"
#: Rows of names as a list prints them; the first holds 周恩来, which jieba tags a time word.
ROWS_A = ("毛泽东 刘少奇 朱德 周恩来", "陈云 邓小平 林伯渠 董必武", "彭德怀 贺龙 陈毅 李富春")
ROWS_B = ("陈云 邓小平 林伯渠 董必武", "王稼祥 周恩来 聂荣臻 张治中", "宋庆龄 郭沫若 黄炎培")
IDEOGRAPHIC_SPACE = "\u3000"


def _printed(rows: tuple[str, ...], space: str) -> list[str]:
    """The rows as the page prints them, their names set apart by `space`."""
    return [row.replace(" ", space) for row in rows]


def _glued_pairs(rows: tuple[str, ...]) -> list[str]:
    """Every two neighbouring names of the list run together, across rows too (`周恩来陈云`)."""
    names = " ".join(rows).split()
    return [a + b for a, b in pairwise(names)]


def _outputs(runner: CliRunner, tmp_path: Path, page: str) -> dict[str, str]:
    """What a user reads: `normalize`'s text, `convert`'s txt and the JSON paragraphs' text."""
    doc = convert_page(runner, tmp_path, page, "-f", "json")
    paragraphs = "\n".join(p for art in json_articles(doc) for p in json_paragraphs(art))
    return {
        "normalize": normalize_page(runner, tmp_path, page),
        "convert txt": convert_page(runner, tmp_path, page, "-f", "txt"),
        "convert json": paragraphs,
    }


@pytest.mark.parametrize("space", [" ", IDEOGRAPHIC_SPACE])
@pytest.mark.parametrize("label", ["出席会议的有：", "主席团成员名单："])
@pytest.mark.parametrize("rows", [ROWS_A, ROWS_B])
def test_rows_of_names_under_a_label_keep_their_spaces_and_rows(
    runner: CliRunner, tmp_path: Path, rows: tuple[str, ...], label: str, space: str
) -> None:
    page = f"{TITLE}\n\n{label}\n" + "\n".join(_printed(rows, space)) + "\n"
    for command, text in _outputs(runner, tmp_path, page).items():
        lines = text.splitlines()
        assert all(row in lines for row in rows), (command, text)
        assert not any(pair in text for pair in _glued_pairs(rows)), (command, text)


@pytest.mark.parametrize("space", [" ", IDEOGRAPHIC_SPACE])
@pytest.mark.parametrize("label", ["出席会议的有：", "主席团成员：", "大会执行主席名单："])
@pytest.mark.parametrize("rows", [ROWS_A, ROWS_B])
def test_a_list_closed_by_a_full_stop_keeps_its_spaces(
    runner: CliRunner, tmp_path: Path, rows: tuple[str, ...], label: str, space: str
) -> None:
    names = " ".join(rows)
    page = f"{TITLE}\n\n{label}{names.replace(' ', space)}。\n"
    for command, text in _outputs(runner, tmp_path, page).items():
        assert f"{label}{names}。" in text.splitlines(), (command, text)


@pytest.mark.parametrize("rows", [ROWS_A, ROWS_B])
def test_a_list_wrapped_in_a_paragraph_is_joined_with_a_space(
    runner: CliRunner, tmp_path: Path, rows: tuple[str, ...]
) -> None:
    opening = "本报北京9月15日电 第一届全国人民代表大会第一次会议今天在北京开幕。出席会议的有："
    closing = "会议由刘少奇主持，大会通过了议程和各项决议，会议开得很好。"
    first, *rest = rows
    page = f"{TITLE}\n\n{opening}{first}\n{' '.join(rest)}。{closing}\n"
    names = " ".join(rows)
    outputs = _outputs(runner, tmp_path, page)
    assert f"出席会议的有：{names}。{closing}" in outputs["convert txt"]
    assert f"出席会议的有：{names}。{closing}" in outputs["convert json"]
    assert f"出席会议的有：{first}\n{' '.join(rest)}。" in outputs["normalize"]
    log = tmp_path / "edits.jsonl"
    convert_page(runner, tmp_path, page, "-f", "txt", "--edits", str(log))
    joins = [e for e in map(json.loads, log.read_text(encoding="utf-8").splitlines()) if e["kind"] == "join"]
    assert [(e["before"], e["after"], e["rule"]) for e in joins] == [("\n", " ", "join.wrap")]
    for command, text in outputs.items():
        assert not any(pair in text for pair in _glued_pairs(rows)), (command, text)


# --- what is corrected as before -----------------------------------------------------------------


@pytest.mark.parametrize(("printed", "corrected"), [
    ("全 省 人 民 正 在 认 真 学 习", "全省人民正在认真学习"),
    ("各级 领导 干部 要 正确 处理", "各级领导干部要正确处理"),
    ("记者 王 明 报道", "记者 王明 报道"),
    ("他说：各级 领导 干部 要 正确 处理好关系。", "他说：各级领导干部要正确处理好关系。"),
    ("会议指出：高质量 新发展 强基层。", "会议指出：高质量新发展强基层。"),
    ("关键词：高洁 江山 平安。", "关键词：高洁江山平安。"),
])
def test_stray_spaces_in_running_text_still_go(
    runner: CliRunner, tmp_path: Path, printed: str, corrected: str
) -> None:
    page = f"今日要闻\n\n{printed}\n"
    assert corrected in normalize_page(runner, tmp_path, page).splitlines()
    assert corrected in convert_page(runner, tmp_path, page, "-f", "txt").splitlines()


#: Sentences after a colon that announces no people, stray OCR spaces splitting their words: the
#: first run after the colon is a name or looks like one, so only the label tells them from a list.
STRAY_AFTER_A_COLON = (
    "他表示：王明 强调，要坚持。",
    "記者了解到：王明 強調，要堅持。",
    "他說：王明 強調，要堅持。",
    "据介绍：王丽 曾获 全国 劳模。",
    "会议决定：王明 任局长。",
    "主办方：王丽 文化 公司。",
    "点评：王丽 成绩好，表现佳。",
    "他问：王丽 何在？",
    "主持人：王丽 周末好。",
    "目标：高质量 高水平 高效率。",
    "标语：高水平 严要求。",
    "途经：张家口 李家庄 王家坝。",
)


@pytest.mark.parametrize("printed", STRAY_AFTER_A_COLON)
def test_stray_spaces_after_a_colon_announcing_no_people_go(
    runner: CliRunner, tmp_path: Path, printed: str
) -> None:
    page = f"今日要闻\n\n{printed}\n"
    corrected = printed.replace(" ", "")
    for command, text in _outputs(runner, tmp_path, page).items():
        assert corrected in text.splitlines(), (command, text)


@pytest.mark.parametrize("printed", [
    "受访者：王丽 任局长 张强。",
    "获奖者：王丽 成绩好 张强。",
    "嘉宾：王丽 李华，",
])
def test_a_label_over_no_spaced_list_of_three_names_is_no_list(
    runner: CliRunner, tmp_path: Path, printed: str
) -> None:
    """A group spelling words (`任局长`: 局长) or two names only are no list whose spaces the output
    keeps: glued, as any running text."""
    page = f"今日要闻\n\n{printed}\n"
    corrected = printed.replace(" ", "")
    assert corrected in convert_page(runner, tmp_path, page, "-f", "txt").splitlines()


#: A lead under a spaced byline (the block holds ASCII spaces), wrapped after a colon and one name.
WRAPPED_AFTER_A_NAME = (
    "本报讯（记者 王丽）全市上下认真贯彻落实会议精神，他表示：王明\n"
    "强调，要坚持以人民为中心的发展思想，各地各\n"
    "部门积极行动起来推动各项工作落地见效取得。"
)


def test_a_wrap_after_a_colon_and_a_name_adds_no_space(runner: CliRunner, tmp_path: Path) -> None:
    page = f"今日要闻\n\n{WRAPPED_AFTER_A_NAME}\n"
    text = convert_page(runner, tmp_path, page, "-f", "txt")
    assert "他表示：王明强调，" in text
    log = tmp_path / "edits.jsonl"
    convert_page(runner, tmp_path, page, "-f", "txt", "--edits", str(log))
    joins = [e for e in map(json.loads, log.read_text(encoding="utf-8").splitlines()) if e["kind"] == "join"]
    assert joins and all(e["after"] == "" for e in joins), joins


def test_a_list_under_a_label_wrapped_over_lines_keeps_its_spaces(runner: CliRunner, tmp_path: Path) -> None:
    """The label wrapped too (`出席会` / `议的有：`) still announces the people."""
    page = (f"{TITLE}\n\n本报北京9月15日电 第一届全国人民代表大会第一次会议今天在北京开幕，出席会\n"
            "议的有：毛泽东 刘少奇 朱德 周恩来 陈云 邓小平 林伯渠 董必武 彭德怀 贺龙 陈毅\n"
            "李富春。会议由刘少奇主持，大会通过了议程和各项决议，会议开得很好。\n")
    assert "出席会议的有：毛泽东 刘少奇 朱德 周恩来 陈云 邓小平 林伯渠 董必武 彭德怀 贺龙 陈毅 李富春。" in (
        convert_page(runner, tmp_path, page, "-f", "txt"))


@pytest.mark.parametrize("word", ["高质量", "成绩好", "任局长", "毕业于", "于是乎", "和张强"])
@pytest.mark.parametrize("rows", ["王丽 李华 {w}\n张强 赵敏 高水平", "王丽 李华 {w} 张强"])
def test_a_word_opening_with_a_surname_is_no_name_in_rows(
    runner: CliRunner, tmp_path: Path, rows: str, word: str
) -> None:
    """Three hanzi opening with a surname's character that spell words are read as any other word
    (`会议室`) would be: the rows are set as before, not as a list of people."""
    def as_json(token: str) -> str:
        return convert_page(runner, tmp_path, f"今日要闻\n\n{rows.format(w=token)}\n", "-f", "json")

    assert as_json(word) == as_json("会议室").replace("会议室", word)


@pytest.mark.parametrize("line", ["强基层 补短板", "本报记者 王明 李华"])
def test_spaced_headlines_and_bylines_keep_their_design(runner: CliRunner, tmp_path: Path, line: str) -> None:
    page = f"今日要闻\n\n{line}\n\n近日，全省各地认真学习会议精神，干部群众反响热烈。\n"
    assert line in normalize_page(runner, tmp_path, page).splitlines()
    assert line in convert_page(runner, tmp_path, page, "-f", "txt").splitlines()
