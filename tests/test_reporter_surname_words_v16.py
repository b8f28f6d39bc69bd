"""A surname that is also a function word, before a given name, names a reporter: no clause.

The v16 reading of a clause after a reporter label (`记者了解到`, `lexicon.opens_a_clause`) took a
surname that jieba tags a verb, a preposition, an adverb or a conjunction (于, 谢, 常, 管, 和, 向,
曾, 顾, 戴...) and a two-hanzi given name for a clause: `本报记者 于海涛 近日，…` lost its byline and
the spacing step glued it to the lead (`本报记者于海涛近日，…`), `本报记者 谢建国` on its own line was
the article's title, and `（记者 常明远）` lost its gap. It also loaded jieba's tagger (seconds) for
every byline name of three hanzi. A surname now opens a clause only when the words after it go on
as one (`从` / `市里`, `曾` / `在现场`, `都` / `看到`), and a given name with no cue of a clause is
answered without the tagger.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text
from layoutfix.lexicon import names_a_person, opens_a_clause, surnames, tagged_words

TITLE = "全市冬小麦播种过半"
LEAD = "近日，全省冬小麦播种已过半，各地抢抓农时加快进度。"

#: Two-hanzi given names of every kind jieba tags them: a person's name (海涛, 秀英), a place (建国,
#: 爱国), a noun (建军, 新民), a verb (跃进, 振兴, 得胜), an adjective (明远, 浩然), an adverb (立新),
#: a time word (国庆, 向前, 初阳), an unlisted pair (晓明, 德胜).
GIVEN_NAMES = [
    given
    for row in (
        "海涛 建国 明远 建华 志强 卫东 立新 振华 国庆 晓明 丽华 秀英 红梅 德胜 俊杰 海燕 春生 新民 爱国 建军",
        "光明 跃进 胜利 继红 保国 国强 玉兰 淑珍 志刚 建平 兴旺 东升 浩然 天宇 美玲 得胜 向前 初阳 振兴 拥军",
        "为民 创新 解放 前程 远航 致远 黎明 曙光 永安 中华 一鸣 子轩 欣怡 宇航 鹏飞 海洋 中原 明月 秋月 东来",
    )
    for given in row.split()
]

#: jieba's tags of a clause's first word: a verb, a preposition, an adverb, a conjunction.
CLAUSE_TAGS = ("v", "p", "d", "c")


def function_word_surnames() -> list[str]:
    """The single surnames of the shipped list that jieba's tagger reads, alone, as a clause's first
    word (于 a preposition, 谢 a verb, 常 an adverb, 和 a conjunction)."""
    single, _compound = surnames()
    return sorted(s for s in single if tagged_words(s)[0][1].startswith(CLAUSE_TAGS))


SURNAMES = function_word_surnames()


def test_the_generated_table_holds_the_surnames_the_review_named() -> None:
    assert len(SURNAMES) >= 40
    assert set("于谢常管和向曾顾戴莫应都谈费查从能") <= set(SURNAMES)


@pytest.mark.parametrize("surname", SURNAMES)
def test_a_function_word_surname_and_a_given_name_name_a_reporter(surname: str) -> None:
    refused = []
    for given in GIVEN_NAMES:
        for text in (f"本报记者 {surname}{given} ", f"（记者 {surname}{given}）", f"记者{surname}{given}"):
            start = text.index(surname)
            if not names_a_person(text, start, start + 3):
                refused.append(text)
    assert refused == []


NAMES = ["于海涛", "谢建国", "常明远", "顾明远", "戴建华", "管志强", "和卫东", "向东升", "曾国庆", "莫立新"]


@pytest.mark.parametrize("name", NAMES)
def test_a_spaced_byline_before_its_lead_keeps_its_gaps(name: str) -> None:
    page = f"{TITLE}\n\n本报记者 {name} {LEAD}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [f"本报记者 {name}"], [LEAD])


@pytest.mark.parametrize("name", NAMES)
def test_a_byline_on_its_own_line_is_no_title(name: str) -> None:
    assert article(f"{TITLE}\n\n本报记者 {name}\n\n{LEAD}\n") == ([TITLE], [f"本报记者 {name}"], [LEAD])


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "template",
    [
        "本报讯（记者 {name}）{lead}\n",
        "新华社北京10月9日电（记者 {name}）{lead}\n",
        "{lead}（记者 {name}）\n",
    ],
)
def test_a_bracketed_reporter_keeps_the_gap_after_the_label(name: str, template: str) -> None:
    page = template.format(name=name, lead=LEAD)
    assert normalize_text(page).text == page


#: A surname that is also a preposition, adverb or verb, and the clause it opens on a line of its
#: own (the text wrapped before the comma), with the rest of the sentence.
SURNAME_CLAUSES = [
    ("从市里", "获悉全市已建成充电桩3000个。"),
    ("从省里", "获悉全省已建成充电桩3000个。"),
    ("从网上", "查询到全市的充电桩分布。"),
    ("从会上", "获悉全市已建成充电桩3000个。"),
    ("从这里", "出发前往各个乡镇采访。"),
    ("从各地", "了解到秋播进展顺利。"),
    ("曾在现场", "看到工人们正在检修设备。"),
    ("常在现场", "看到工人们正在检修设备。"),
    ("都看到", "工人们正在检修设备。"),
    ("都注意到", "不少市民带着孩子前来参观。"),
    ("能看到", "工人们正在检修设备。"),
]


@pytest.mark.parametrize("label", ["记者", "本报记者", "通讯员"])
@pytest.mark.parametrize(("clause", "rest"), SURNAME_CLAUSES)
def test_a_clause_after_a_label_and_a_surname_stays_a_clause(label: str, clause: str, rest: str) -> None:
    assert opens_a_clause(clause)
    _heads, bylines, paragraphs = article(f"兰州新区打造西部陆港枢纽\n\n{label}{clause}\n{rest}\n\n{LEAD}\n")
    assert bylines == []
    assert f"{label}{clause}" in "".join(paragraphs).replace(" ", "")


def test_an_author_label_before_a_clause_is_no_byline() -> None:
    """`作者了解到` over the rest of its sentence: no label says a name follows, and no name does."""
    page = "兰州新区打造西部陆港枢纽\n\n作者了解到\n全市已建成充电桩3000个。\n"
    _heads, bylines, paragraphs = article(page)
    assert bylines == []
    assert "".join(paragraphs).replace("\n", "") == "作者了解到全市已建成充电桩3000个。"


def test_a_page_of_spaced_bylines_does_not_load_the_tagger(tmp_path: Path) -> None:
    """jieba's tagger takes seconds to load: reading a byline's name must not need it."""
    page = tmp_path / "page.txt"
    page.write_text(f"{TITLE}\n\n本报记者 于海涛 谢建国 {LEAD}\n", encoding="utf-8")
    script = (
        "import sys, layoutfix\n"
        f"r = layoutfix.convert(open({str(page)!r}, encoding='utf-8').read())\n"
        "assert '<byline>本报记者 于海涛 谢建国</byline>' in r.output, r.output\n"
        "print('jieba.posseg' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (*sys.path,) if p))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("verb", ["来电", "致电"])
def test_a_verb_ending_in_dian_after_a_stray_space_is_no_dateline(verb: str) -> None:
    """`本报 来电 记者 王丽 …`: 来电, 致电 are verbs (`roles.wire_in_word`), so no dateline `本报来电`."""
    line = f"本报 {verb} 记者 王丽 近日，全市召开会议。"
    _heads, bylines, paragraphs = article(f"{TITLE}\n\n{line}\n")
    assert bylines == []
    assert [p.replace(" ", "") for p in paragraphs] == [line.replace(" ", "")]


def test_a_dateline_a_stray_space_broke_still_opens_the_byline() -> None:
    _heads, bylines, paragraphs = article(f"{TITLE}\n\n本报 讯 记者 王丽 {LEAD}\n")
    assert (bylines, paragraphs) == (["本报讯 记者 王丽"], [LEAD])
