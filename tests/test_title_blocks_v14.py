"""A title and what follows it in one flat-text block, without a blank line between them, as many
OCR text exports print them. The page must read as the same page printed in separate blocks.

1. A dateline lead under the title line (`市府宣布新政策` / `本报讯 市府今天…`, `新华社北京10月11日电 …`,
   `中央社台北12日電 …`): the title was glued into the lead's paragraph.
2. A byline line under the title line with the lead in the next block (`市府宣布新政策` / `本报记者 王丽`):
   the byline was swallowed into the title and its space lost (`本报记者王丽`).
3. A byline line under Taiwan's byline line (`記者王麗／台北報導` / `通讯员 张强` / `市府今天…`): it was
   left in the lead's paragraph.
4. Bare names under the title lines (main's `roles._bare_names_line_end`, merged): under a title of two
   lines they were the title's third line, and with a dateline under them in the block
   (`时代楷模` / `张桂梅` / `本报讯 …`) the dateline opened the lead's paragraph.

Titles of two lines, kickers, subtitles and paragraphs that open with 本报 as a word stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_logged, space_edits
from tei_parts import json_articles, page_parts

TITLE = "市府宣布新政策"
LEAD = "市府今天宣布新政策，将于明年实施。"
LEAD_TW = "市府今天宣布新政策，將於明年實施。"
DATED_LEAD = "近日，市府宣布新政策，将于明年实施。"


#: name: (the page in one block where the export printed no blank line, the same page in separate
#: blocks, the heads, bylines and paragraphs expected of both).
CASES: dict[str, tuple[str, str, dict[str, list[str]]]] = {
    "this-paper-dateline": (
        f"{TITLE}\n本报讯 {LEAD}\n",
        f"{TITLE}\n\n本报讯 {LEAD}\n",
        {"heads": [f"title:{TITLE}"], "bylines": ["本报讯"], "paragraphs": [LEAD]},
    ),
    "xinhua-dateline": (
        f"{TITLE}\n新华社北京10月11日电 {LEAD}\n",
        f"{TITLE}\n\n新华社北京10月11日电 {LEAD}\n",
        {"heads": [f"title:{TITLE}"], "bylines": ["新华社北京10月11日电"], "paragraphs": [LEAD]},
    ),
    "cna-dateline": (
        f"{TITLE}\n中央社台北12日電 {LEAD_TW}\n",
        f"{TITLE}\n\n中央社台北12日電 {LEAD_TW}\n",
        {"heads": [f"title:{TITLE}"], "bylines": ["中央社台北12日電"], "paragraphs": [LEAD_TW]},
    ),
    "dateline-with-reporters": (
        f"{TITLE}\n本报讯（记者 李明 王芳）{LEAD}\n",
        f"{TITLE}\n\n本报讯（记者 李明 王芳）{LEAD}\n",
        {"heads": [f"title:{TITLE}"], "bylines": ["本报讯（记者 李明 王芳）"], "paragraphs": [LEAD]},
    ),
    "two-line-title-over-a-dateline": (
        f"聚焦全省两会\n代表委员建言献策\n本报讯 {LEAD}\n",
        f"聚焦全省两会\n代表委员建言献策\n\n本报讯 {LEAD}\n",
        {"heads": ["title:聚焦全省两会\n代表委员建言献策"], "bylines": ["本报讯"], "paragraphs": [LEAD]},
    ),
    "byline-line-lead-apart": (
        f"{TITLE}\n本报记者 王丽\n\n{DATED_LEAD}\n",
        f"{TITLE}\n\n本报记者 王丽\n\n{DATED_LEAD}\n",
        {"heads": [f"title:{TITLE}"], "bylines": ["本报记者 王丽"], "paragraphs": [DATED_LEAD]},
    ),
    "agency-byline-line-lead-apart": (
        f"{TITLE}\n新华社记者 张三 李四\n\n{DATED_LEAD}\n",
        f"{TITLE}\n\n新华社记者 张三 李四\n\n{DATED_LEAD}\n",
        {"heads": [f"title:{TITLE}"], "bylines": ["新华社记者 张三 李四"], "paragraphs": [DATED_LEAD]},
    ),
    "bracketed-names-line-lead-apart": (
        f"{TITLE}\n（本报记者 王丽、李华）\n\n{DATED_LEAD}\n",
        f"{TITLE}\n\n（本报记者 王丽、李华）\n\n{DATED_LEAD}\n",
        {"heads": [f"title:{TITLE}"], "bylines": ["（本报记者 王丽、李华）"], "paragraphs": [DATED_LEAD]},
    ),
    "author-line-lead-apart": (
        f"{TITLE}\n作者：王丽 李华\n\n{DATED_LEAD}\n",
        f"{TITLE}\n\n作者：王丽 李华\n\n{DATED_LEAD}\n",
        {"heads": [f"title:{TITLE}"], "bylines": ["作者：王丽 李华"], "paragraphs": [DATED_LEAD]},
    ),
    "fields-line-lead-apart": (
        f"{TITLE}\n图/文 王丽\n\n{DATED_LEAD}\n",
        f"{TITLE}\n\n图/文 王丽\n\n{DATED_LEAD}\n",
        {"heads": [f"title:{TITLE}"], "bylines": ["图/文 王丽"], "paragraphs": [DATED_LEAD]},
    ),
    "spaced-byline-opening-the-lead": (
        f"{TITLE}\n本报记者 王丽 通讯员 张强 {DATED_LEAD}\n",
        f"{TITLE}\n\n本报记者 王丽 通讯员 张强 {DATED_LEAD}\n",
        {"heads": [f"title:{TITLE}"], "bylines": ["本报记者 王丽 通讯员 张强"], "paragraphs": [DATED_LEAD]},
    ),
    "byline-line-under-taiwan-byline": (
        f"記者王麗／台北報導\n通讯员 张强\n{LEAD_TW}\n",
        f"記者王麗／台北報導\n\n通讯员 张强\n\n{LEAD_TW}\n",
        {"heads": [], "bylines": ["記者王麗／台北報導", "通讯员 张强"], "paragraphs": [LEAD_TW]},
    ),
    "byline-line-under-taiwan-byline-lead-apart": (
        f"記者王麗／台北報導\n通讯员 张强\n\n{LEAD_TW}\n",
        f"記者王麗／台北報導\n\n通讯员 张强\n\n{LEAD_TW}\n",
        {"heads": [], "bylines": ["記者王麗／台北報導", "通讯员 张强"], "paragraphs": [LEAD_TW]},
    ),
    "title-over-both-bylines": (
        f"{TITLE}\n記者王麗／台北報導\n通讯员 张强\n{LEAD_TW}\n",
        f"{TITLE}\n\n記者王麗／台北報導\n\n通讯员 张强\n\n{LEAD_TW}\n",
        {
            "heads": [f"title:{TITLE}"],
            "bylines": ["記者王麗／台北報導", "通讯员 张强"],
            "paragraphs": [LEAD_TW],
        },
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_block_reads_as_separate_blocks(runner: CliRunner, tmp_path: Path, name: str) -> None:
    one_block, separate, want = CASES[name]
    assert page_parts(convert_page(runner, tmp_path, separate)) == want
    assert page_parts(convert_page(runner, tmp_path, one_block)) == want


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_block_gives_the_txt_of_separate_blocks(runner: CliRunner, tmp_path: Path, name: str) -> None:
    one_block, separate, _want = CASES[name]
    want = convert_page(runner, tmp_path, separate, "-f", "txt")
    assert convert_page(runner, tmp_path, one_block, "-f", "txt") == want


def _json_articles(runner: CliRunner, tmp_path: Path, page: str) -> list[dict[str, object]]:
    """The JSON's articles, without their ids."""
    articles = json_articles(convert_page(runner, tmp_path, page, "-f", "json"))
    return [{k: v for k, v in a.items() if k != "id"} for a in articles]


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_block_gives_the_json_of_separate_blocks(runner: CliRunner, tmp_path: Path, name: str) -> None:
    one_block, separate, _want = CASES[name]
    assert _json_articles(runner, tmp_path, one_block) == _json_articles(runner, tmp_path, separate)


@pytest.mark.parametrize(
    "page",
    [
        f"{TITLE}\n本报记者 王丽\n\n{DATED_LEAD}\n",
        f"{TITLE}\n新华社记者 张三 李四\n\n{DATED_LEAD}\n",
        f"{TITLE}\n本报记者 王丽 李华\n\n{DATED_LEAD}\n",
    ],
)
def test_normalize_keeps_the_spaces_of_a_byline_line_under_a_title_line(
    runner: CliRunner, tmp_path: Path, page: str
) -> None:
    text, edits = normalize_logged(tmp_path, page)
    assert text == page
    assert space_edits(edits) == []


# --- guards: what is no byline stays as it was ---------------------------------------------------

#: (page, heads, bylines, paragraphs): titles, kickers, subtitles over the lead in the next block, and
#: paragraphs opening with 本报 as a word.
GUARDS = {
    "two-line-title": (
        f"聚焦全省两会\n代表委员建言献策\n\n{DATED_LEAD}\n",
        ["title:聚焦全省两会\n代表委员建言献策"], [], [DATED_LEAD],
    ),
    "kicker-over-title": (
        f"★两会特别报道\n聚焦全省两会\n\n{DATED_LEAD}\n",
        ["title:★两会特别报道\n聚焦全省两会"], [], [DATED_LEAD],
    ),
    "title-over-subtitle": (
        f"{TITLE}\n——明年起全面实施\n\n{DATED_LEAD}\n",
        [f"title:{TITLE}\n——明年起全面实施"], [], [DATED_LEAD],
    ),
    "this-paper-as-a-word-under-a-title-line": (  # the title line cut off (test_block_subheads_v15n.py)
        f"{TITLE}\n本报今年推出“百姓故事”栏目，记录普通人的生活。\n",
        [f"title:{TITLE}"], [], ["本报今年推出“百姓故事”栏目，记录普通人的生活。"],
    ),
    "this-paper-as-a-word-opening-a-paragraph": (
        f"{TITLE}\n\n本报今年推出“百姓故事”栏目，\n记录普通人的生活。\n",
        [f"title:{TITLE}"], [], ["本报今年推出“百姓故事”栏目，\n记录普通人的生活。"],
    ),
    "reporter-in-a-wrapped-paragraph": (
        "市长今天上午会见了\n本报记者王丽，介绍了新政策。\n",
        [], [], ["市长今天上午会见了\n本报记者王丽，介绍了新政策。"],
    ),
    "agency-reporter-in-a-sentence-under-a-title-line": (  # (as above)
        f"{TITLE}\n新华社记者在国家电网公司了解到，{LEAD}\n",
        [f"title:{TITLE}"], [], [f"新华社记者在国家电网公司了解到，{LEAD}"],
    ),
}


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_titles_and_sentences_stay_as_they_were(runner: CliRunner, tmp_path: Path, name: str) -> None:
    page, heads, bylines, paragraphs = GUARDS[name]
    want = {"heads": heads, "bylines": bylines, "paragraphs": paragraphs}
    assert page_parts(convert_page(runner, tmp_path, page)) == want


def test_a_caption_over_a_photographer_line_stays_a_caption(runner: CliRunner, tmp_path: Path) -> None:
    """`▲市府大楼` / `本报记者 王丽`: the line under a caption's first line names the photographer; the
    caption is no title."""
    page = f"▲市府大楼\n本报记者 王丽\n\n{DATED_LEAD}\n"
    (article,) = json_articles(convert_page(runner, tmp_path, page, "-f", "json"))
    assert article["titles"] == []
    assert article["byline"] == []
    assert [c.startswith("▲市府大楼\n") for c in article["captions"]] == [True]
    assert [p["text"] for p in article["paragraphs"]] == [DATED_LEAD]


# --- bare names under the title lines (`roles._bare_names_line_end`, merged from main) -------------

#: A two-line title (a kicker's words over the title's, `heading_over_byline` read one line only).
TWO_LINE_TITLE = "凝心聚力谋发展\n砥砺奋进新征程"


def test_a_name_under_a_title_over_a_dateline_in_one_block_is_the_title(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`时代楷模` / `张桂梅` / `本报讯 近日，…` in one block reads as with the dateline in a block of
    its own: the name is the title, the line above it the kicker, and the dateline is the byline, not
    the opening of the lead's paragraph."""
    lead = "近日，中宣部授予张桂梅荣誉称号。"
    want = {"heads": ["kicker:时代楷模", "title:张桂梅"], "bylines": ["本报讯"], "paragraphs": [lead]}
    assert page_parts(convert_page(runner, tmp_path, f"时代楷模\n张桂梅\n\n本报讯 {lead}\n")) == want
    assert page_parts(convert_page(runner, tmp_path, f"时代楷模\n张桂梅\n本报讯 {lead}\n")) == want


@pytest.mark.parametrize("names", ["张明", "王丽 李华"])
def test_bare_names_under_a_two_line_title_are_its_byline(
    runner: CliRunner, tmp_path: Path, names: str
) -> None:
    """The writer's bare names under a title of two lines in one block are the byline, as under a title
    of one line (`秋日登高` / `张明`), and keep the space between them."""
    page = f"{TWO_LINE_TITLE}\n{names}\n\n{DATED_LEAD}\n"
    assert page_parts(convert_page(runner, tmp_path, page)) == {
        "heads": [f"title:{TWO_LINE_TITLE}"], "bylines": [names], "paragraphs": [DATED_LEAD],
    }


@pytest.mark.parametrize("title", ["秋日登高", TWO_LINE_TITLE])
def test_normalize_keeps_the_spaces_of_bare_names_under_a_title(
    runner: CliRunner, tmp_path: Path, title: str
) -> None:
    """The names cut off as the byline keep their spaces as printed, as a byline line does (one after
    `、` too, which a line of names elsewhere loses), also with the lead in the same block."""
    page = f"{title}\n王丽、 李华\n{DATED_LEAD}\n"
    assert page_parts(convert_page(runner, tmp_path, page))["bylines"] == ["王丽、 李华"]
    text, edits = normalize_logged(tmp_path, page)
    assert text == page
    assert space_edits(edits) == []
