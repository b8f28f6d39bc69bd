"""Second mend of the essay writer reading (second review of the oped branch, cases K04-P18).

An interview's or a profile's subject under a title that is no column's label became the byline
where the text under the name asked its questions as `记者问：` or `Q：` / `A：`, answered as
`王建国答：`, or the lead called the subject as others do (`这位…的老人`, `今年四十二岁的她`,
`李老师`, `刘大姐`, `老李`). These read as before again: the title the kicker, the name the title.
An essay whose lead only looks so (`小路`, `我想起村口的老人`) keeps its writer's byline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from cli_pages import convert_page
from test_essay_writer_mend_v27 import B, _read, assert_subject_is_the_title


@pytest.mark.parametrize("page", [
    # interviews: a reporter's question as `记者问：` or `Q：`, the subject answering as `…答：`
    ["春天的约会", "王建国", "Q：您从事农业研究多少年了？", "A：四十年了。"],
    ["春天的约会", "王建国", "记者问：您从事农业研究多少年了？", "王建国答：四十年了。"],
    ["星級對談", "梁朝偉", "記者問：近來忙甚麼？", "梁朝偉答：拍戲。"],
    # profiles: the lead calls its subject as others do
    ["一辈子守一座山", "王德顺", "这位七十岁的老人守了一辈子山。"],
    ["守山人", "王德顺", "七十岁的老人每天巡山。"],
    ["山里的守林人", "赵德福", "老人今年七十八岁，守林五十年。"],
    ["大山的女儿", "李春燕", "今年四十二岁的她，在山里教书二十年。"],
    ["追梦人", "李春燕", "清晨五点，李老师就起床了。"],
    ["奋斗者的足迹", "李春燕", "清晨五点，李老师就起床了。"],
    ["她的田野", "刘桂香", "天刚亮，刘大姐就下地了。"],
    ["老李的菜园", "李建国", "老李的菜园在村东头。"],
])
def test_interview_or_profile_subject_stays_the_title(
    runner: CliRunner, tmp_path: Path, page: list[str]
) -> None:
    assert_subject_is_the_title(runner, tmp_path, page)


@pytest.mark.parametrize("page", [
    # `小路` is a path, not the writer 路遥 called so
    ["故乡的小路", "路遥", "那条小路弯弯曲曲，通向山外。", "一九八五年春于延安"],
    # the writer's own first clause (`我`) about an old man
    ["村口的老槐树", "王建国", "我想起村口的老人，他总坐在槐树下。", "二〇〇三年春于兰州"],
    # the writer's own surname in a word that is no address (`老家`)
    ["回乡记", "张建华", "老家的院子还是老样子。", "二〇一〇年秋于郑州"],
])
def test_essay_lead_that_only_looks_so_keeps_its_byline(
    runner: CliRunner, tmp_path: Path, page: list[str]
) -> None:
    arts, closers = _read(runner, tmp_path, page)
    assert len(arts) == 1 and arts[0]["bylines"] == [page[1]]
    assert arts[0]["heads"] == [f"title:{page[0]}"]
    assert closers == [page[-1]]


def test_feast_dateline_closes_the_essay_above_not_the_next_kicker(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`二〇一〇年清明于故乡` (a solar term, not a season) over the next essay's title and writer
    is the closing line of the essay above, never the next one's kicker."""
    arts, closers = _read(runner, tmp_path, [
        "老屋", "郑伟民", "老屋已经空了好多年。", "二〇一〇年清明于故乡",
        "山路", "唐秀芬", "山路弯弯，一直通到云里。", "二〇一一年秋于贵阳",
    ])
    assert closers == ["二〇一〇年清明于故乡", "二〇一一年秋于贵阳"]
    assert arts[-1]["heads"] == ["title:山路"] and arts[-1]["bylines"] == ["唐秀芬"]
    assert all("二〇一〇年清明于故乡" not in h for a in arts for h in a["heads"])


@pytest.mark.parametrize("line, tag", [("（责任编辑：王芳）", "fw"), ("（作者单位：山东大学）", "note")])
def test_editor_line_under_the_closer_stays_under_it(
    runner: CliRunner, tmp_path: Path, line: str, tag: str
) -> None:
    """A line kept apart from the text (`fw`, `note`) printed under the essay's closing dateline
    follows the `<closer>` in the TEI, in printed order, and keeps its element."""
    page = ["秋夜", "罗立民", "秋夜的风，已有几分凉意。", "2022年秋于西安", line]
    tei = convert_page(runner, tmp_path, B.join(page) + "\n")
    body = tei[tei.index("<body"):]
    assert body.index("<closer>2022年秋于西安</closer>") < body.index(line)
    assert regex.search(rf"<{tag}\b[^>]*>{regex.escape(line)}</{tag}>", body)
