"""A list of names after a label announcing people keeps its spaces when one name spells a word.

Before, a list after `出席会议的有：` (or `名单`, `成员`, `嘉宾`...) kept its printed spaces only when
every name was read as a person's by the tagger or was a surname and two hanzi spelling no word: one
name whose given name is a word (钟南山: 南山, 马建国: 建国, 张红旗: 红旗, 方向明: 方向) glued the
whole list (`王明李华张强钟南山。`), as did compound surnames (欧阳明 司马光 诸葛亮), names with `·`
(买买提·艾力), and `等` after a name that was not already a list (钟南山等). Now, when most names of
such a list are people's, a name opening with a surname is one though its given name is a word;
a group that is a common word (高质量, 任局长, 成绩好) or a village's name (张家口, 李家庄) is not,
and stray OCR spaces after any other colon, or in slogans and lists of places, go as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_page
from tei_parts import json_articles, json_paragraphs

TITLE = "今日要闻"


def _outputs(runner: CliRunner, tmp_path: Path, page: str, *, json_too: bool = True) -> dict[str, str]:
    """What a user reads: `normalize`'s text, `convert`'s txt and (`json_too`) the JSON paragraphs."""
    outputs = {
        "normalize": normalize_page(runner, tmp_path, page),
        "convert txt": convert_page(runner, tmp_path, page, "-f", "txt"),
    }
    if json_too:
        doc = convert_page(runner, tmp_path, page, "-f", "json")
        outputs["convert json"] = "\n".join(p for art in json_articles(doc) for p in json_paragraphs(art))
    return outputs


#: Lists after a label announcing people, one name (or more) not read as a person's by the tagger.
LISTS = (
    "出席会议的有：王明 李华 张强 钟南山。",
    "出席会议的有：王明 李华 张强 方向明。",
    "出席会议的有：王明 李华 张强 张红旗。",
    "出席会议的有：王明 李华 张强 马建国。",
    "出席会议的有：钟南山 王明 李华 张强。",
    "出席会议的有：王明 钟南山 李华 马建国 张强。",
    "主席团成员：王明 李华 张强 钟南山，会议由王明主持。",
    "获奖者名单：王丽 李华 张强 方向明 张红旗。",
    "出席会议的有：欧阳明 司马光 诸葛亮。",
    "出席会议的有：王明 欧阳明 李华。",
    "出席会议的有：买买提·艾力 阿不都·热合曼 王明。",
    "出席会议的有：王明 李华 买买提·艾力。",
    "出席会议的有：王明 李华 钟南山等。",
    "出席会议的有：王明 李华 钟南山等人。",
    "出席会议的有：王明 李华 张强 于海涛。",
)


@pytest.mark.parametrize("printed", LISTS)
def test_a_list_with_a_name_spelling_a_word_keeps_its_spaces(
    runner: CliRunner, tmp_path: Path, printed: str
) -> None:
    for command, text in _outputs(runner, tmp_path, f"{TITLE}\n\n{printed}\n").items():
        assert printed in text.splitlines(), (command, text)


@pytest.mark.parametrize(("printed", "wrap"), [
    ("出席会议的有：王明 李华 张强 钟南山 马建国。", "张强 "),
    ("出席会议的有：王明 李华 方向明 张红旗 欧阳明。", "方向明 "),
])
def test_such_a_list_wrapped_in_a_paragraph_reads_alike_in_both_commands(
    runner: CliRunner, tmp_path: Path, printed: str, wrap: str
) -> None:
    """Wrapped inside a paragraph, the list keeps its spaces and its break becomes one in `convert`;
    `normalize` keeps every space too (before, it kept those of the first line alone)."""
    opening = "本报北京9月15日电 第一届全国人民代表大会第一次会议今天在北京开幕。"
    closing = "会议由刘少奇主持，大会通过了议程和各项决议，会议开得很好。"
    page = f"{TITLE}\n\n{opening}{printed.replace(wrap, wrap.rstrip() + chr(10))}{closing}\n"
    outputs = _outputs(runner, tmp_path, page)
    assert printed + closing in outputs["convert txt"], outputs["convert txt"]
    assert printed + closing in outputs["convert json"], outputs["convert json"]
    assert printed.replace(wrap, wrap.rstrip() + "\n") in outputs["normalize"], outputs["normalize"]


#: Stray OCR spaces after a colon that announces no people, in slogans, in lists of places, or
#: after a people's label over words (common words, villages, too few names): glued as before.
GLUED = (
    # a colon announcing no people
    "他表示：王明 强调，要坚持。",
    "記者了解到：王明 強調，要堅持。",
    "据介绍：王丽 曾获 全国 劳模。",
    "会议决定：王明 任局长。",
    "主办方：王丽 文化 公司。",
    "点评：王丽 成绩好，表现佳。",
    "主持人：王丽 周末好。",
    "他说：各级 领导 干部 要 正确 处理好关系。",
    "会议指出：高质量 新发展 强基层。",
    "关键词：高洁 江山 平安。",
    "会议强调：王明 李华 张强 要带头。",
    "通知说：王明 李华 张强 钟南山 到会。",
    "他介绍：钟南山 院士 团队 已 抵达。",
    "据悉：马建国 同志 已 到任。",
    "报道称：方向明 确 目标 明确。",
    "会议要求：张红旗 帜 鲜明。",
    "他指出：高水平 高质量 高效率。",
    "文章写道：周末好 时光 马上 来。",
    # slogans
    "目标：高质量 高水平 高效率。",
    "标语：高水平 严要求。",
    "口号：强基层 补短板 稳增长。",
    "主题：方向明 路子 对。",
    "要求：严要求 高标准 硬措施。",
    "原则：高起点 高标准 高质量。",
    "方针：马上 就办 真抓 实干。",
    # places
    "途经：张家口 李家庄 王家坝。",
    "途经：石家庄 张家口 王府井。",
    "沿线：钟南山 黄山 泰山。",
    "站点：张家口 石家庄 秦皇岛。",
    "地点：王府井 西单 前门。",
    "途经：马家沟 李家庄 张家湾。",
    "景点：黄山 庐山 华山 泰山。",
    # a people's label over words, or over too few names
    "受访者：王丽 任局长 张强。",
    "获奖者：王丽 成绩好 张强。",
    "嘉宾：王丽 李华，",
    "嘉宾：王丽 周末好。",
    "获奖者：王丽 高质量 张强。",
    "出席会议的有：王明 高水平 高质量。",
    "嘉宾：高水平 高质量 高效率。",
    "委员：王明 马上 李华。",
    "受访者：王丽 毕业于 张强。",
    "受访者：王丽 于是乎 张强。",
    "获奖者：王丽 和张强 李华。",
    "获奖者：王丽 李华 张强 与张强。",
    "出席会议的有：王明 李华 严要求。",
    "主席团成员：王明 李华 文化 公司。",
    "参加会议的有：各级 领导 干部。",
    "出席会议的有：市委 市政府 领导。",
    "出席会议的有：王明 李华 任局长。",
    "嘉宾名单：王丽 方向 明确。",
    "队员：王丽 张红 旗帜。",
    "出席会议的有：王明 同志 李华 同志。",
    "成员：王明 李华 成绩好。",
    "联系人：王明 李华 马上 到。",
    "获奖者：王丽 李华 周末 好。",
    "出席会议的有：高兴 王明 李华。",
    "出席会议的有：王明 李华 黄河 长江。",
    "出席会议的有：王明 李华。",
    # villages the tagger reads as people's names (jieba tags 张家口, 石家庄, 李家庄 `nr`)
    "出席会议的有：王明 李华 张家口。",
    "成员：张家口 石家庄 李家庄。",
    "嘉宾：王明 李华 石家庄。",
)


@pytest.mark.parametrize("printed", GLUED)
def test_stray_spaces_outside_a_list_of_people_go(runner: CliRunner, tmp_path: Path, printed: str) -> None:
    corrected = printed.replace(" ", "")
    for command, text in _outputs(runner, tmp_path, f"{TITLE}\n\n{printed}\n", json_too=False).items():
        assert corrected in text.splitlines(), (command, text)


def test_the_answer_kept_per_text_cannot_go_stale(tmp_path: Path) -> None:
    """`roles.names_in_sentence` keeps its answer per text; the name lists it reads are the shipped
    ones, loaded once per process: a rules folder's `names/` is no input, so a list converted with
    one listing no surname of the names reads as without it, in whichever order they run."""
    from layoutfix import convert
    from layoutfix.normalize.steps import NormalizeOptions

    mine = tmp_path / "mine"
    (mine / "names").mkdir(parents=True)
    (mine / "own.toml").write_text("", encoding="utf-8")
    (mine / "names" / "surnames.txt").write_text("欧阳\n", encoding="utf-8")
    printed = "出席会议的有：王明 李华 张强 钟南山。"
    page = f"{TITLE}\n\n{printed}\n"
    texts = [convert(page, fmt="txt", options=options).output
             for options in (NormalizeOptions(rule_dirs=(mine,)), None, NormalizeOptions(rule_dirs=(mine,)))]
    assert all(printed in text.splitlines() for text in texts), texts
