"""A paragraph's last line that lost its full stop stays apart from the next paragraph.

The join of a sentence cut after a short line (`join.wrap` on a line shorter than the next) glued two
paragraphs when the first one's last line had lost its `。`: a line ending in the sentence-final 的
of `是…的` or in 等 (`…压力是非常大的` / `如今，…`) read as left open, and a dictionary word made of the
line's last word and the next paragraph's first (`学生` / `家长们…` as `学生家长`, `老人` / `家住…` as
`老人家`) read as a word cut at the break. `convert -f txt` then printed `…非常大的如今，…` as one
paragraph. Now such lines keep their break, and sentences cut inside a word (`取` / `得`, `党组` /
`织`) still join.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

#: Two paragraphs: the first one's last line lost its full stop, the second opens with no mark of a
#: paragraph (no `会议指出，`), in one block. Each must print as two lines, as typed.
APART = [
    # sentence-final 的 of `是…的`
    "他说，这些年的变化是实实在在的\n"
    "如今，村里家家户户都住上了新房，孩子们上学再也不用走十几里山路了。",
    "她笑着说，这份工作虽然辛苦，但是很值得的\n"
    "去年以来，她先后帮助三十多户困难家庭解决了实际问题，受到群众的一致好评。",
    # traditional hanzi
    "他說，這些年的變化是實實在在的\n"
    "如今，村裡家家戶戶都住上了新房，孩子們上學再也不用走十幾里山路了。",
    # a list closed by 等
    "节日期间，商场推出了电视、冰箱、空调等\n"
    "不少市民一大早就赶来选购，现场人头攒动，销售人员忙得不可开交，一片繁忙。",
    # the line's last word and the next paragraph's first make one dictionary word (`学生家长`)
    "他每天早早来到学校，认真辅导班里的学生\n"
    "家长们都说，有这样的老师，孩子们的学习我们放心，心里也踏实多了。",
    # likewise `老人家`, the line's last word whole inside it
    "重阳节当天，社区工作人员上门看望独居老人\n"
    "家里收拾得干干净净，老人拉着工作人员的手，一遍又一遍地说着感谢的话。",
]

#: Sentences cut inside a word or after a preposition: each still prints as one line.
JOINED = [
    # the line ends in a hanzi that is no word alone (`党组织`: 织 opens the next line alone)
    ("会议指出，要切实加强基层党组\n织建设，充分发挥党员的先锋模范作用，推动各项工作落到实处。",
     "会议指出，要切实加强基层党组织建设，充分发挥党员的先锋模范作用，推动各项工作落到实处。"),
    ("全心全意为人民服务，始终牢记为人\n民群众是我们力量的源泉，我们要始终坚持以人民为中心。",
     "全心全意为人民服务，始终牢记为人民群众是我们力量的源泉，我们要始终坚持以人民为中心。"),
    ("他说了一些话，认为应当取\n得成绩，并且进一步发展生产力和科学技术的水平。",
     "他说了一些话，认为应当取得成绩，并且进一步发展生产力和科学技术的水平。"),
    # a preposition left open
    ("会议强调，各级干部要切实把\n基层群众的冷暖放在心上，推动各项工作真正落到实处。",
     "会议强调，各级干部要切实把基层群众的冷暖放在心上，推动各项工作真正落到实处。"),
]


def _convert(runner: CliRunner, page: Path) -> list[str]:
    result = runner.invoke(app, ["convert", str(page), "-f", "txt"])
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("body", APART)
def test_a_last_line_that_lost_its_full_stop_keeps_its_break(
    runner: CliRunner, tmp_path: Path, body: str
) -> None:
    page = tmp_path / "p.txt"
    page.write_text(body + "\n", encoding="utf-8")
    assert _convert(runner, page) == body.splitlines()


@pytest.mark.parametrize(("body", "joined"), JOINED)
def test_a_sentence_cut_inside_a_word_still_joins(
    runner: CliRunner, tmp_path: Path, body: str, joined: str
) -> None:
    page = tmp_path / "p.txt"
    page.write_text(body + "\n", encoding="utf-8")
    assert _convert(runner, page) == [joined]
