"""Modern free verse on literary pages keeps its lines and stanzas (twenty-sixth session, VERSE).

Before: a stanza of free verse (`父亲在田埂上站着` / `像一棵老树` / `守望着这片土地。`) had its lines
joined as a column's wrap (`join.wrap`), an unpunctuated poem (余光中's 乡愁) became a pile of
headings with no paragraph, and a stanza ending in `，` was joined to the next stanza. Now each stanza
is a paragraph whose line breaks stay. Guards: prose wrapped at a narrow column, headline stacks,
slogans, award lists and regular verse read as before.
"""

from __future__ import annotations

import json

import pytest

from cli_pages import convert_stdin

BYLINE_PROSE = (
    "本报记者 王丽\n\n"
    "近日，全市春耕生产全面展开，各地抢抓农时，确保粮食生产稳定，农民群众积极性高涨。"
)
XIANGCHOU = [
    "小时候\n乡愁是一枚小小的邮票\n我在这头\n母亲在那头",
    "长大后\n乡愁是一张窄窄的船票\n我在这头\n新娘在那头",
]


def _paragraphs(page: str) -> list[str]:
    doc = json.loads(convert_stdin(page, "-f", "json"))
    return [p["text"] for a in doc["articles"] for p in a["paragraphs"]]


def _page(title: str, poet: str, stanzas: list[str]) -> str:
    return "\n\n".join([title, poet, *stanzas]) + "\n"


@pytest.mark.parametrize("stanzas", [
    XIANGCHOU,
    ["小時候\n鄉愁是一枚小小的郵票\n我在這頭\n母親在那頭",
     "長大後\n鄉愁是一張窄窄的船票\n我在這頭\n新娘在那頭"],
    ["父亲在田埂上站着\n像一棵老树\n守望着这片土地。"],
    ["我把思念折成纸船，\n放进门前的小河，\n让它顺流而下，",
     "流过村庄和田野，\n流到你在的城市，\n轻轻敲你的窗"],
    ["东风吹，战鼓擂，\n现在世界上究竟谁怕谁？\n不是人民怕美帝，\n而是美帝怕人民！"],
    ["你听见了吗？\n那是春天的脚步\n轻轻地\n走过我的窗前！"],
    ["流过村庄和田野，\n流到你在的城市，\n轻轻敲你的窗",
     "父亲在田埂上站着\n像一棵老树\n守望着这片土地"],
], ids=["xiangchou", "traditional", "three-lines", "comma-stanzas", "political", "question",
        "plain-after-stanza"])
def test_each_stanza_is_a_paragraph_keeping_its_lines(stanzas: list[str]) -> None:
    paragraphs = _paragraphs(_page("守 望", "刘 小 燕", stanzas))
    assert paragraphs == stanzas


def test_an_unpunctuated_poem_is_text_and_its_txt_keeps_the_blank_lines() -> None:
    txt = convert_stdin(_page("乡 愁", "□ 余光中", XIANGCHOU), "-f", "txt")
    assert "\n\n".join(XIANGCHOU) in txt


def test_a_plain_stanza_under_a_second_poems_title_keeps_its_lines() -> None:
    qiuye = "月亮爬上了山岗\n桂花落满了小路\n远处的狗叫了几声\n村庄就睡着了"
    page = _page("乡 愁", "余光中", [XIANGCHOU[0]]) + "\n秋 夜\n\n" + qiuye + "\n"
    assert qiuye in _paragraphs(page)


@pytest.mark.parametrize("page", [
    "老槐树\n\n第二天一早，秀英就来\n到了老槐树下。天还没\n有大亮，街上只有几个\n扫地的老人。她等了一\n个钟头，哥哥还没有来\n",
    "春天来了\n今天早上我推开窗户看见\n院子里的桃花全都开了，\n在阳光下格外好看。\n",
])
def test_prose_in_a_narrow_column_is_still_joined(page: str) -> None:
    assert all("\n" not in p for p in _paragraphs(page))


@pytest.mark.parametrize("heads", [
    "聚焦两会\n代表委员热议政府工作报告\n凝心聚力谋发展",
    "强基层\n补短板\n惠民生\n促发展",
    "坚持人民至上\n坚持自信自立\n坚持守正创新\n坚持问题导向",
])
def test_a_headline_stack_stays_headings(heads: str) -> None:
    doc = json.loads(convert_stdin(heads + "\n\n" + BYLINE_PROSE, "-f", "json"))
    texts = [p["text"] for a in doc["articles"] for p in a["paragraphs"]]
    assert texts == ["近日，全市春耕生产全面展开，各地抢抓农时，确保粮食生产稳定，农民群众积极性高涨。"]
