"""Headings, bylines and paragraph joins read as a reader sees them (v11 audit of the labels and
the assembly): a paragraph ending in a list item is whole, a first paragraph cut mid-sentence is no
headline, a bare byline after the text signs its article, a byline line above the lead is one byline.
"""

from __future__ import annotations

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "全市召开会议"


def article_divs(page: str) -> list[etree._Element]:
    """The article `<div>`s of the TEI body `convert` writes for `page`."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    return root.findall(".//tei:body//tei:div[@type='article']", TEI)


def texts(div: etree._Element, path: str) -> list[str]:
    """The texts of the elements `path` finds under `div`."""
    return ["".join(el.itertext()) for el in div.iterfind(path, TEI)]


def convert_txt(page: str) -> str:
    """The plain-text output of `layoutfix convert - -f txt` for `page`, through the CLI."""
    result = CliRunner().invoke(app, ["convert", "-", "-f", "txt"], input=page)
    assert result.exit_code == 0, result.output
    return result.stdout


# 1. A paragraph whose last line is a list item ends with it.

LIST_PARAGRAPH = "近日，全市召开会议，会议要求各地做好以下工作：\n{0}抓好落实\n{1}加强领导"
AFTER = "会议还强调了安全。"


def test_a_paragraph_ending_in_a_list_item_is_not_glued_to_the_next() -> None:
    for first, second in (("1. ", "2. "), ("（一）", "（二）"), ("● ", "● "), ("- ", "- ")):
        block = LIST_PARAGRAPH.format(first, second)
        out = convert_txt(f"{TITLE}\n\n{block}\n\n{AFTER}\n")
        assert f"\n{AFTER}" in out, out  # its own paragraph, not `加强领导会议还强调了安全。`
        assert "加强领导会议" not in out
        (div,) = article_divs(f"{TITLE}\n\n{block}\n\n{AFTER}\n")
        paras = texts(div, "tei:p")
        assert paras[-1] == AFTER and len(paras) == 2
        assert div.xpath(".//tei:p[@part]", namespaces=TEI) == []


def test_a_paragraph_cut_mid_sentence_by_a_column_break_is_still_joined() -> None:
    first = "近日，全市召开会议。会议要求各地各部门切实做好今年的安全生产工作，\n确保各项任务"
    for last_line in ("确保各项任务", "1. 抓好落实，确保各项任务，"):  # an item left open goes on too
        block = first.replace("确保各项任务", last_line)
        (div,) = article_divs(f"{TITLE}\n\n{block}\n\n按期完成，会议还强调了安全。\n")
        (para,) = texts(div, "tei:p")
        rest = "按期完成，会议还强调了安全。"
        assert para.replace(" ", "").endswith(last_line.replace(" ", "") + rest), para


# 2. A first paragraph cut mid-sentence, holding a full stop, is no headline.

KICKER_LIKE = "全市经济稳中有进"
CUT_LEAD = "近日，全市召开会议。会议强调，要抓紧落实。会议要求各地"


@pytest.mark.parametrize("byline", ["", "本报记者 王丽\n\n"])
def test_a_short_lead_cut_after_a_full_stop_is_a_paragraph_not_the_title(byline: str) -> None:
    (div,) = article_divs(f"{KICKER_LIKE}\n\n{byline}{CUT_LEAD}\n")
    assert texts(div, "tei:head") == [KICKER_LIKE]  # the title, not a kicker over the lead
    assert texts(div, "tei:p") == [CUT_LEAD]
    assert div.xpath("tei:p/@part", namespaces=TEI) == ["I"]  # flagged unfinished, text intact


def test_the_text_output_of_a_cut_lead_keeps_title_and_paragraph_apart() -> None:
    # The txt of a PAGE-XML page with this heading and paragraph region is this page; converting
    # it again must give it back (it gave the kicker and heading on adjacent lines).
    page = f"{KICKER_LIKE}\n\n{CUT_LEAD}\n"
    assert convert_txt(page) == page
    assert convert_txt(convert_txt(page)) == page


@pytest.mark.parametrize(
    "title",
    [
        "“江山就是人民。”的深刻内涵",  # a quotation's own full stop
        "关注！这些新规下月起施行",
        "房价会涨吗？专家这样说",
        "《意见》落实效果如何？",
        "创新工作，厚植服务群众新土壤",
    ],
)
def test_headlines_with_inner_marks_stay_titles(title: str) -> None:
    (div,) = article_divs(f"{title}\n\n本报记者 王丽\n\n近日，全市召开会议。\n")
    assert texts(div, "tei:head") == [title]


# 3. A bare author line after the text signs the article above it.

LEAD = "近日，全市召开会议。会议强调要抓好落实。"


def signed(div: etree._Element) -> list[str]:
    return texts(div, "tei:closer/tei:signed")


@pytest.mark.parametrize(
    ("author", "signs"),
    # the punctuation step makes `:` full width
    [("作者：王丽", "作者：王丽"), ("作者:王丽", "作者：王丽"), ("作者：王麗", "作者：王麗")],
)
def test_a_bare_author_line_after_the_text_signs_the_article(author: str, signs: str) -> None:
    (div,) = article_divs(f"{TITLE}\n\n{LEAD}\n\n{author}\n")
    assert texts(div, "tei:head") == [TITLE]
    assert texts(div, "tei:p") == [LEAD]
    assert signed(div) == [signs] and texts(div, "tei:byline") == []


def test_an_author_line_before_the_next_article_signs_the_one_above() -> None:
    page = f"{TITLE}\n\n{LEAD}\n\n作者：王丽\n\n城区新增三条公交线路\n\n本报讯 近日，城区新增三条公交线路。\n"
    first, second = article_divs(page)
    assert signed(first) == ["作者：王丽"]
    assert texts(second, "tei:head") == ["城区新增三条公交线路"] and signed(second) == []


def test_an_author_line_under_the_title_stays_the_byline() -> None:
    (div,) = article_divs(f"{TITLE}\n\n作者：王丽\n\n{LEAD}\n")
    assert texts(div, "tei:byline") == ["作者：王丽"] and signed(div) == []


# 4. A byline line above the lead is one byline, whole.

LEAD_LINE = "近日，全市召开会议。"
BYLINE_LINES = [
    "本报记者 王丽 发自北京报道",
    "本报北京10月9日电 记者 王丽 发自北京",
    "新华社北京10月9日电 记者 王丽 发自北京",
    "本报北京10月9日电 记者 王丽",
    "本報記者 王麗 發自北京報道",
]


@pytest.mark.parametrize("byline", BYLINE_LINES)
@pytest.mark.parametrize("sep", ["\n", "\n\n"])  # above the lead in its block, or a block of its own
def test_a_byline_line_above_the_lead_is_the_whole_byline(byline: str, sep: str) -> None:
    (div,) = article_divs(f"{TITLE}\n\n{byline}{sep}{LEAD_LINE}\n")
    assert texts(div, "tei:byline") == [byline]  # its field spaces kept
    assert texts(div, "tei:p") == [LEAD_LINE]


def test_a_byline_filing_from_a_place_on_the_lead_line_is_cut_off_whole() -> None:
    (div,) = article_divs(f"{TITLE}\n\n本报记者 王丽 发自北京报道 {LEAD_LINE}\n")
    assert texts(div, "tei:byline") == ["本报记者 王丽 发自北京报道"]
    assert texts(div, "tei:p") == [LEAD_LINE]


@pytest.mark.parametrize(
    ("block", "byline", "para"),
    [
        ("本报北京10月9日电\n近日，全市召开会议。", "本报北京10月9日电", LEAD_LINE),
        ("本报北京10月9日电 近日，全市召开会议。", "本报北京10月9日电", LEAD_LINE),
        ("本报记者 王丽 发自内心地说，会议很好。", "本报记者 王丽", "发自内心地说，会议很好。"),
    ],
)
def test_a_dateline_or_byline_before_running_text_keeps_the_text_in_the_paragraph(
    block: str, byline: str, para: str
) -> None:
    (div,) = article_divs(f"{TITLE}\n\n{block}\n")
    assert texts(div, "tei:byline") == [byline]
    assert texts(div, "tei:p") == [para]


# 5. Title, byline and lead on lines of one block.


@pytest.mark.parametrize(
    "byline", ["本报记者 王丽 发自北京", "本报记者 王丽", "新华社北京10月9日电 记者 王丽", "本報記者 王麗"]
)
def test_title_byline_and_lead_in_one_block_are_cut_apart(byline: str) -> None:
    (div,) = article_divs(f"{TITLE}\n{byline}\n{LEAD_LINE}\n")
    assert texts(div, "tei:head") == [TITLE]
    # the spacing step, which reads a block's first lines only, still takes the field spaces
    assert [b.replace(" ", "") for b in texts(div, "tei:byline")] == [byline.replace(" ", "")]
    assert texts(div, "tei:p") == [LEAD_LINE]


@pytest.mark.parametrize(
    "block",
    [
        f"{TITLE}\n记者节到来之际，\n{LEAD_LINE}",  # the second line is text about reporters
        f"{TITLE}\n{LEAD_LINE}",  # no byline line
        f"近日，全市召开会议，会议由市委书记主持，研究部署\n本报记者 王丽\n{LEAD_LINE}",  # no title line
    ],
)
def test_a_block_without_a_title_over_a_byline_line_is_not_cut_so(block: str) -> None:
    divs = article_divs(f"{block}\n")
    assert all(texts(div, "tei:byline") == [] or texts(div, "tei:head") == [] for div in divs)
