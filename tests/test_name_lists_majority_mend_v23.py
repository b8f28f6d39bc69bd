"""A group after a people's label that only looks like a surname and a given name stays a word.

The majority reading of a name list (`出席会议的有：王明 李华 张强 钟南山。` keeps its spaces) took
any surname's character before a word the tagger reads as a proper name for a person: a province,
a city, a district, a river (`江苏省`, `成都市`, `黄山区`, `马鞍山`, `金沙江`), a preposition or a
conjunction before a place or a noun (`于北京`, `和南山`, `和夫人`), a phrase (`明天见`, `向前冲`),
a compound surname that is a word first (`东方红`), and any group with a `·` (`中国·杭州`,
`张强·新华社记者`): the stray OCR spaces of such lines were kept. Now they go, as they did before
the majority reading, while the names it reads stay listed (钟南山, 马建国, 于海涛), and a given
name opening with a surname's character after the surname 于 is one too (`于洪涛`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_page

TITLE = "今日要闻"


def _texts(runner: CliRunner, tmp_path: Path, printed: str) -> dict[str, list[str]]:
    """The lines a user reads from `normalize` and from `convert -f txt` of a page holding `printed`."""
    page = f"{TITLE}\n\n{printed}\n"
    return {
        "normalize": normalize_page(runner, tmp_path, page).splitlines(),
        "convert txt": convert_page(runner, tmp_path, page, "-f", "txt").splitlines(),
    }


#: Lines after a people's label whose last group is a place, a noun or a phrase, not a name.
NOT_NAMES = (
    # places and areas the dictionary tags as proper names
    "出席会议的有：王明 李华 张强 江苏省。",
    "成员：王明 李华 张强 云南省。",
    "委员：王明 李华 张强 成都市。",
    "出席会议的有：王明 李华 张强 黄山区。",
    "出席会议的有：王明 李华 张强 金山区。",
    "委员：王明 李华 张强 于都县。",
    "出席会议的有：王明 李华 张强 马鞍山。",
    "委员：王明 李华 张强 金沙江。",
    "受访者：王丽 李华 张强 白沙洲。",
    "嘉宾：王丽 李华 张强 浙江省。",
    # a preposition or a conjunction before a place or a noun
    "嘉宾：王丽 李华 张强 于北京。",
    "嘉宾：王丽 李华 张强 向北京。",
    "出席会议的有：王明 李华 张强 和北京。",
    "嘉宾：王丽 李华 张强 于海南。",
    "嘉宾：王丽 李华 张强 和南山。",
    "嘉宾：王丽 李华 张强 于深圳。",
    "出席招待会的有：王明 李华 张强 和夫人。",
    "嘉宾：王丽 李华 张强 于广州。",
    # phrases and runs of words
    "委员：王明 李华 张强 明天见。",
    "委员：王明 李华 张强 向前冲。",
    "委员：王明 李华 张强 江河湖。",
    "嘉宾：王丽 李华 张强 东方红。",
    # groups with a `·` that are places, bodies or longer than a transliterated name's parts
    "嘉宾：王丽 李华 张强·新华社记者。",
    "嘉宾：王丽 李华 中国·杭州。",
    "嘉宾：王丽 李华 东方卫视·新闻中心。",
    "嘉宾：王丽 李华 张强 中国·东盟博览会秘书处。",
    "获奖者：张强 李华 北京·天安门。",
    "嘉宾：王丽 李华 来自中国·上海。",
)


@pytest.mark.parametrize("printed", NOT_NAMES)
def test_stray_spaces_before_a_place_or_a_word_go(runner: CliRunner, tmp_path: Path, printed: str) -> None:
    corrected = printed.replace(" ", "")
    for command, lines in _texts(runner, tmp_path, printed).items():
        assert corrected in lines, (command, lines)


#: Lists of names the majority reading keeps, and a name 于 + a given name opening with a surname.
NAMES = (
    "出席会议的有：王明 李华 张强 钟南山。",
    "出席会议的有：王明 李华 张强 马建国。",
    "出席会议的有：王明 李华 张强 高建国。",
    "获奖者名单：张伟 刘洋 方向明 陈静。",
    "嘉宾：王丽 李华 张红旗。",
    "出席会议的有：王明 李华 张强 于海涛。",
    "出席会议的有：王明 李华 张强 于洪涛。",
    "出席会议的有：王明 李华 张强 于文华。",
    "出席会议的有：王明 李华 欧阳明 司马光。",
    "受访者：买买提·艾力 王明 李华。",
    "出席会议的有：王明 李华 玛丽·居里。",
    "联系人：王丽 李华 方先生。",
)


@pytest.mark.parametrize("printed", NAMES)
def test_a_list_of_names_keeps_its_spaces(runner: CliRunner, tmp_path: Path, printed: str) -> None:
    for command, lines in _texts(runner, tmp_path, printed).items():
        assert printed in lines, (command, lines)
