"""A column name (栏目) printed in brackets above a title (`【要闻】`, `〖理论〗`) is a section label.

Chinese papers print the column a story runs under in brackets on a line of its own. Such a line is
the section label (TEI `div type="section"` with its `head`, JSON `section`), kept with its brackets,
and the section lasts as any other does. An organisation or a long phrase in brackets stays a kicker,
an editor's note label stays where it was, and a line merely opening with a bracketed word is text.
"""

from __future__ import annotations

import json

import pytest
from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.pipeline import convert

TEI = "{http://www.tei-c.org/ns/1.0}"
TITLE = "省政协召开常委会议"
LEAD = "本报讯 11月20日，省政协召开常委会议，听取有关情况通报。"
SECOND = "市委召开全体会议\n\n本报讯 11月21日，市委召开全体会议，部署近期工作。"
THIRD = "县政协开展视察活动\n\n本报讯 11月22日，县政协组织委员视察重点项目。"


def page_under(label: str, *rest: str) -> str:
    """A flat page: `label` on a line of its own, a title and its lead, then the blocks of `rest`."""
    return "\n\n".join([label, TITLE, LEAD, *rest]) + "\n"


def articles(text: str) -> list[dict[str, object]]:
    """The JSON articles of a converted flat page."""
    out = convert(text.encode(), fmt="json", input_format="txt").output
    return json.loads(out)["articles"]  # type: ignore[no-any-return]


def section_divs(text: str) -> list[tuple[str, list[str]]]:
    """Each TEI section of a converted flat page: its head's text and its articles' ids."""
    tei = convert(text.encode(), fmt="tei", input_format="txt").output
    body = etree.fromstring(tei.encode()).find(f".//{TEI}body")
    return [
        ("".join(div.find(f"{TEI}head").itertext()),
         [a.get("{http://www.w3.org/XML/1998/namespace}id") for a in div.iter(f"{TEI}div")
          if a.get("type") == "article"])
        for div in body.iter(f"{TEI}div") if div.get("type") == "section"
    ]


@pytest.mark.parametrize(
    "label", ["【要闻】", "【基层协商】", "〖理论〗", "［专题］", "〔委员风采〕", "[要闻]"]
)
def test_a_bracketed_column_name_is_the_section_label_with_its_brackets(label: str) -> None:
    (art,) = articles(page_under(label))
    assert (art["section"], art["kicker"], art["titles"]) == (label, [], [TITLE])
    assert section_divs(page_under(label)) == [(label, ["a1"])]


def test_the_bracketed_section_holds_the_next_article_and_ends_at_a_wider_gap() -> None:
    text = page_under("【基层协商】", SECOND, "\n\n" + THIRD)
    assert [a["section"] for a in articles(text)] == ["【基层协商】", "【基层协商】", None]
    assert section_divs(text) == [("【基层协商】", ["a1", "a2"])]


def test_a_kicker_under_the_bracketed_section_stays_a_kicker() -> None:
    (art,) = articles(f"【要闻】\n\n武威市政协\n\n{TITLE}\n\n{LEAD}\n")
    assert (art["section"], art["kicker"], art["titles"]) == ("【要闻】", ["武威市政协"], [TITLE])


def test_a_traditional_column_name_keeps_its_own_characters() -> None:
    lead = "本報訊 11月20日，省政協召開常委會議，聽取有關情況通報。"
    (art,) = articles(f"【時評】\n\n省政協召開常委會議\n\n{lead}\n")
    assert (art["section"], art["kicker"]) == ("【時評】", [])


def test_the_command_line_prints_the_section() -> None:
    result = CliRunner().invoke(app, ["convert", "-", "--format", "json"], input=page_under("【要闻】"))
    assert result.exit_code == 0, result.stderr
    (art,) = json.loads(result.stdout)["articles"]
    assert (art["section"], art["kicker"]) == ("【要闻】", [])


# Must not change (these pass on the code before bracketed column names were section labels).


@pytest.mark.parametrize(
    "label",
    [
        "【省政协办公厅】",  # an organisation, as 武威市政协 unbracketed
        "【武威市政协】",
        "【学习贯彻党的二十大精神】",  # longer than a label
        "【委员·履职】",  # punctuated, as a bare label may not be
        "【编者按】",  # an editor's note label, not a column
        "【要闻］",  # brackets that do not pair
    ],
)
def test_other_bracketed_lines_above_a_title_stay_kickers(label: str) -> None:
    (art,) = articles(page_under(label))
    assert (art["section"], art["kicker"], art["titles"]) == (None, [label], [TITLE])


def test_a_sidebar_label_inside_an_article_heads_a_subsection() -> None:
    text = (f"{TITLE}\n\n{LEAD}\n\n【相关链接】\n\n什么是基层协商\n\n"
            "基层协商是在基层开展的协商活动，内容贴近群众生活。\n")
    (art,) = articles(text)
    assert art["section"] is None
    last = art["paragraphs"][-1]  # the label over its title: one subsection, its heads listed apart
    assert (last["subhead"], last["subheads"]) == ("什么是基层协商", ["【相关链接】", "什么是基层协商"])


def test_a_line_opening_with_a_bracketed_word_stays_text() -> None:
    text = f"{TITLE}\n\n【编者按】近年来，各地政协积极探索基层协商。\n\n{LEAD}\n"
    arts = articles(text)
    assert [a["section"] for a in arts] == [None, None]
    assert arts[0]["paragraphs"][0]["text"] == "【编者按】近年来，各地政协积极探索基层协商。"


def test_brackets_inside_a_title_and_a_lone_bracketed_line_stay_titles() -> None:
    (inside,) = articles(f"省政协召开【专题】常委会议\n\n{LEAD}\n")
    assert (inside["section"], inside["titles"]) == (None, ["省政协召开【专题】常委会议"])
    (lone,) = articles(f"【要闻】\n\n{LEAD}\n")
    assert (lone["section"], lone["titles"]) == (None, ["【要闻】"])


@pytest.mark.parametrize("label", ["【要闻】", "〖理论〗", "[要闻]"])
def test_the_plain_text_prints_a_bracketed_section_once(label: str) -> None:
    """The plain text puts a section label in 【】; one printed in brackets already came out 【【要闻】】."""
    text = convert(page_under(label), fmt="txt").output
    assert text.splitlines()[0] == label


def test_the_plain_text_still_brackets_a_bare_section_label() -> None:
    text = convert(f"专题协商\n\n\n\n{TITLE}\n\n{LEAD}\n", fmt="txt").output
    assert text.splitlines()[0] == "【专题协商】"
