"""A page opening with text carried over from another page (a `（接A1）` jump's or an article's body
with no heading) keeps its desk's name as the label of its first section. Before, `港聞` over the
carried text was that text's title and `港聞` under it the first article's kicker, so the page's
articles were under no section. A desk's name over carried text alone on the page stays its title,
and a desk's name amid a page's articles stays a kicker. A desk's word under carried text, over more
of it, is a subhead of the carried text (review of 571e032..8a40c50: the carried article was cut
there and the word made the title of a new article holding the rest).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page
from tei_parts import NS, article_parts, sectioned_head, tei_root, text_of

CARRIED = "市府今天公布新措施，市民表示歡迎。政府會盡快落實。"
JUMP = "（接A1）"
ARTICLES = [
    "立法會通過預算", "本報訊 立法會昨日三讀通過預算案。",
    "銅鑼灣商戶盼遊客回流", "本報訊 銅鑼灣一帶的商戶表示，內地旅客人數減少。",
]
TITLES = ["立法會通過預算", "銅鑼灣商戶盼遊客回流"]


def _page(*blocks: str) -> str:
    """A page of `blocks`, one blank line between two."""
    return "\n\n".join(blocks) + "\n"


def _sections(tei: str) -> list[tuple[str, list[list[str]]]]:
    """Each section div: its head and the paragraphs of each article in it."""
    return [
        (text_of(div.find("t:head", NS)),
         [[text_of(p) for p in art.iterfind("t:p", NS)]
          for art in div.iterfind("t:div[@type='article']", NS)])
        for div in tei_root(tei).iterfind(".//t:body/t:div[@type='section']", NS)
    ]


#: Pages opening with carried-over text and a desk's name over or under it: (desk first, jump marker).
LAYOUTS = {
    "desk-over-jump": (True, True),
    "desk-over-body": (True, False),
    "desk-under-jump": (False, True),
    "desk-under-body": (False, False),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("desk", ["港聞", "國際", "体育"])
def test_the_desk_name_labels_the_pages_first_section(
    runner: CliRunner, tmp_path: Path, layout: str, desk: str
) -> None:
    desk_first, jump = LAYOUTS[layout]
    carried = (JUMP if jump else "") + CARRIED
    blocks = [desk, carried] if desk_first else [carried, desk]
    tei = convert_page(runner, tmp_path, _page(*blocks, *ARTICLES))
    sections = _sections(tei)
    assert [head for head, _ in sections] == [desk]
    paragraphs = [p for _, arts in sections for p in arts]
    assert paragraphs[-2:] == [["立法會昨日三讀通過預算案。"], ["銅鑼灣一帶的商戶表示，內地旅客人數減少。"]]
    assert [CARRIED] in paragraphs if desk_first else [CARRIED] not in paragraphs
    heads = [a["heads"] for a in article_parts(tei)]
    assert heads == [[], *([f"title:{t}"] for t in TITLES)]


@pytest.mark.parametrize("jump", [True, False])
def test_a_desk_name_over_carried_text_alone_is_its_title(
    runner: CliRunner, tmp_path: Path, jump: bool
) -> None:
    tei = convert_page(runner, tmp_path, _page("港聞", (JUMP if jump else "") + CARRIED))
    assert _sections(tei) == []
    assert article_parts(tei) == [{"heads": ["title:港聞"], "bylines": [], "paragraphs": [CARRIED]}]


def test_a_desk_name_after_a_titled_article_stays_a_kicker(runner: CliRunner, tmp_path: Path) -> None:
    tei = convert_page(runner, tmp_path, _page(JUMP + CARRIED, *ARTICLES[:2], "科技", *ARTICLES[2:]))
    assert _sections(tei) == []
    assert [a["heads"] for a in article_parts(tei)] == [
        [], ["title:立法會通過預算"], ["kicker:科技", "title:銅鑼灣商戶盼遊客回流"],
    ]


#: Pages opening with carried text (a jump's or not) whose desk words under it head more of that
#: text (text and desk word alternating), before a titled article.
SUBHEADED_CARRIED = [
    ["（上接第一版）报告指出，过去一年成绩显著。", "经济", "国内生产总值增长百分之五。", "社会",
     "城镇新增就业一千二百万人。", "科技", "研发投入持续增长。"],
    ["报告指出，过去一年成绩显著。", "经济", "国内生产总值增长百分之五。", "社会",
     "城镇新增就业一千二百万人。"],
    ["（接A1）市府今日宣布新措施，市民反應熱烈。", "港聞", "市民反應熱烈，紛紛表示支持。"],
    ["（接A1）港隊昨日奪得金牌。", "體育", "港隊昨日奪得金牌，全城歡騰。"],
]


@pytest.mark.parametrize("blocks", SUBHEADED_CARRIED, ids=lambda b: b[1])
def test_a_desk_word_under_carried_text_is_its_subhead(
    runner: CliRunner, tmp_path: Path, blocks: list[str]
) -> None:
    tei = convert_page(runner, tmp_path, _page(*blocks, *ARTICLES[:2]))
    assert _sections(tei) == []
    texts = [b.removeprefix(JUMP).removeprefix("（上接第一版）") for b in blocks[0::2]]
    assert article_parts(tei, sectioned_head) == [
        {"heads": [f"sub:{h}" for h in blocks[1::2]], "bylines": [], "paragraphs": texts},
        {"heads": [f"title:{TITLES[0]}"], "bylines": ["本報訊"],
         "paragraphs": ["立法會昨日三讀通過預算案。"]},
    ]
