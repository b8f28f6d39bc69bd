"""A surname before a time word or a word for people opens a clause; a name the surname list lacks
is a name; a verb ending in 电 opens no dateline however it is spaced.

Three readings of the v16 byline rules went wrong (`lexicon.opens_a_clause`, `roles._is_only_a_name`,
`lexicon.names_a_person`, `roles.dateline_stray_space`, `roles._names_someone`):

- a surname that is also a preposition or conjunction (于, 和, 向) before a time word or a word for
  people (`记者 于当天 下午赶到现场。`, `本报讯 记者于日前 从…`, `记者 和市民 一起…`) was read as a
  reporter's name, and the clause's first words moved from the lead into the byline;
- an author line naming someone whose name opens with no listed surname (`作者 其其格`, `作者热合曼`)
  was refused as a clause (jieba tags 其其 a conjunction, 热合 a verb) and the line became the title;
- `本报来电 记者 王丽 …` and `本报来 电 记者 王丽 …` read the dateline `本报来电`, while `本报 来电 …` did
  not: 来电 is a verb (`roles.wire_in_word`), so none of the three opens a dateline now.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest_tei import article_parts as article
from layoutfix import normalize_text
from layoutfix.lexicon import names_a_person, opens_a_clause

TITLE = "全市冬小麦播种过半"
LEAD = "近日，全省冬小麦播种已过半，各地抢抓农时加快进度。"


#: A preposition-surname (于) before a time word, and the rest of its sentence.
TIME_CLAUSES = [
    ("于日前", "从市教育局获悉，全市将新建学校十所。"),
    ("于当天", "下午赶到现场。"),
    ("于当日", "下午赶到现场。"),
    ("于昨日", "下午赶到现场。"),
    ("于此前", "多次前往现场采访。"),
    ("于近日", "走访了多家企业。"),
    ("于今年", "三月赶赴灾区。"),
    ("于当晚", "赶到医院了解伤者情况。"),
]
#: A conjunction- or preposition-surname (和, 向) before a common word for people.
PEOPLE_CLAUSES = [
    ("和市民", "一起参加了活动。"),
    ("和同事", "一起赶到现场。"),
    ("和群众", "一起清理积雪。"),
    ("向市民", "发放宣传资料。"),
    ("向群众", "了解情况。"),
    ("向村民", "询问秋收情况。"),
]
CLAUSES = TIME_CLAUSES + PEOPLE_CLAUSES


@pytest.mark.parametrize(("clause", "rest"), CLAUSES)
def test_a_surname_before_a_time_word_or_people_opens_a_clause(clause: str, rest: str) -> None:
    assert opens_a_clause(clause)
    text = f"记者 {clause} {rest}"
    assert not names_a_person(text, 3, 3 + len(clause))


@pytest.mark.parametrize("label", ["记者", "本报记者", "通讯员"])
@pytest.mark.parametrize(("clause", "rest"), CLAUSES)
def test_a_spaced_clause_after_a_label_stays_in_the_lead(label: str, clause: str, rest: str) -> None:
    """`记者 于当天 下午赶到现场。`: no byline `记者 于当天` over `下午赶到现场。`."""
    _heads, bylines, paragraphs = article(f"{TITLE}\n\n{label} {clause} {rest}\n")
    assert bylines == []
    assert [p.replace(" ", "") for p in paragraphs] == [f"{label}{clause}{rest}"]


@pytest.mark.parametrize(("clause", "rest"), CLAUSES)
def test_a_clause_after_a_dateline_stays_in_the_lead(clause: str, rest: str) -> None:
    """`本报讯 记者于日前 从…`: the byline is the dateline, the clause opens the paragraph."""
    page = f"{TITLE}\n\n本报讯 记者{clause} {rest}\n"
    _heads, bylines, paragraphs = article(page)
    assert bylines == ["本报讯"]
    assert [p.replace(" ", "") for p in paragraphs] == [f"记者{clause}{rest}"]
    assert f"记者{clause} " not in normalize_text(page).text


#: Names of Mongolian, Uyghur and Tibetan writers whose first hanzi opens no listed surname and
#: whose hanzi jieba does not list as words; the tagger reads some as a clause's first word (其其 a
#: conjunction, 热合 a verb, 才 an adverb).
UNLISTED_NAMES = ["其其格", "热合曼", "才让", "阿依古丽", "斯琴高娃", "努尔兰", "次仁"]


@pytest.mark.parametrize("name", UNLISTED_NAMES)
@pytest.mark.parametrize("gap", [" ", ""])
def test_an_author_line_naming_someone_outside_the_surname_list_is_the_byline(name: str, gap: str) -> None:
    heads, bylines, paragraphs = article(
        f"草原上的那达慕\n\n作者{gap}{name}\n\n七月的草原，到处是欢乐的人群。\n"
    )
    assert (heads, bylines, paragraphs) == (
        ["草原上的那达慕"],
        [f"作者{gap}{name}"],
        ["七月的草原，到处是欢乐的人群。"],
    )


@pytest.mark.parametrize("name", UNLISTED_NAMES)
def test_a_reporter_outside_the_surname_list_keeps_the_byline(name: str) -> None:
    page = f"{TITLE}\n\n本报记者 {name} {LEAD}\n"
    assert normalize_text(page).text == page
    assert article(page) == ([TITLE], [f"本报记者 {name}"], [LEAD])


@pytest.mark.parametrize("name", UNLISTED_NAMES)
def test_a_name_outside_the_surname_list_opens_no_clause(name: str) -> None:
    assert not opens_a_clause(name)


def run_without_tagger(script: str) -> str:
    """What `script` prints in a fresh interpreter, after it printed whether jieba's tagger module
    (`jieba.posseg`, about a second to import) was loaded."""
    script += "print('jieba.posseg' in sys.modules)\n"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (*sys.path,) if p))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip()


@pytest.mark.parametrize("name", ["其其格", "热合曼"])
def test_an_author_line_of_an_unlisted_name_does_not_load_the_tagger(tmp_path: Path, name: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"草原上的那达慕\n\n作者 {name}\n\n七月的草原，到处是欢乐的人群。\n", encoding="utf-8")
    script = (
        "import sys, layoutfix\n"
        f"r = layoutfix.convert(open({str(page)!r}, encoding='utf-8').read())\n"
        f"assert '<byline>作者 {name}</byline>' in r.output, r.output\n"
    )
    assert run_without_tagger(script) == "False"


def test_a_surname_before_a_time_word_is_answered_without_the_tagger() -> None:
    script = (
        "import sys\n"
        "from layoutfix.lexicon import names_a_person\n"
        "assert not names_a_person('记者 于当天 下午赶到现场。', 3, 6)\n"
        "assert not names_a_person('记者 和市民 一起参加了活动。', 3, 6)\n"
    )
    assert run_without_tagger(script) == "False"


@pytest.mark.parametrize("verb", ["来电", "致电"])
@pytest.mark.parametrize("spelling", ["{a}{b}", "{a} {b}", "本报{b0} {b1}"])
@pytest.mark.parametrize("after", [" 近日，全市召开会议。", "\n近日，全市召开会议。"])
def test_a_verb_ending_in_dian_opens_no_dateline_however_spaced(verb: str, spelling: str, after: str) -> None:
    """`本报来电 记者 王丽`, `本报 来电 记者 王丽`, `本报来 电 记者 王丽`: 来电 is a verb, no dateline."""
    head = spelling.format(a="本报", b=verb, b0=verb[0], b1=verb[1])
    page = f"{TITLE}\n\n{head} 记者 王丽{after}\n"
    _heads, bylines, paragraphs = article(page)
    assert bylines == []
    assert "".join(paragraphs).replace(" ", "") == f"本报{verb}记者王丽近日，全市召开会议。"
    unspaced = f"{TITLE}\n\n本报{verb} 记者 王丽{after}\n"
    assert normalize_text(page).text == normalize_text(unspaced).text


@pytest.mark.parametrize(
    "dateline", ["本报讯", "本报北京电", "本报北 京电", "本报天水电", "新华社北京电", "本报兰州10月9日电"]
)
def test_a_dateline_before_a_reporter_still_opens_the_byline(dateline: str) -> None:
    _heads, bylines, paragraphs = article(f"{TITLE}\n\n{dateline} 记者 王丽 {LEAD}\n")
    assert (bylines, paragraphs) == ([f"{dateline.replace(' ', '')} 记者 王丽"], [LEAD])
