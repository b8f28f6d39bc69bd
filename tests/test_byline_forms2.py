"""Byline forms an audit found mishandled.

1. A dateline with a bracketed reporter line (`本报讯（记者 李明 王芳）近日，…`) keeps the spaces between
   its fields, as the same line without a dateline (`（记者 王丽 李华）近日，…`) and a byline block do:
   without them 李明 and 王芳 read as one name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "全市召开会议"
LEAD = "近日，全市召开会议。"


def tei_texts(page: str) -> dict[str, list[str]]:
    """The texts of the `<byline>`, `<head>` and `<p>` elements of the TEI body `convert` writes."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    body = root.find(".//tei:body", TEI)
    assert body is not None
    return {
        tag: ["".join(el.itertext()) for el in body.iterfind(f".//tei:{tag}", TEI)]
        for tag in ("byline", "head", "p")
    }


#: A dateline and a bracketed reporter line opening the lead, and the byline cut off it.
DATELINE_BRACKETED = [
    ("本报讯（记者 李明 王芳）", "本报讯（记者 李明 王芳）"),
    ("新华社北京10月11日电（记者 张三 李四）", "新华社北京10月11日电（记者 张三 李四）"),
    ("本报兰州讯（记者 李明 王芳）", "本报兰州讯（记者 李明 王芳）"),
    ("本报讯（记者 王晓明）", "本报讯（记者 王晓明）"),
    ("本报讯（本报记者 李明、王芳）", "本报讯（本报记者 李明、王芳）"),
    ("本报兰州讯 ( 记者 李明 王芳 ) ", "本报兰州讯（记者 李明 王芳）"),  # a space beside a bracket goes
    ("本報蘭州訊（記者 李明 王芳）", "本報蘭州訊（記者 李明 王芳）"),
]


@pytest.mark.parametrize(("opening", "byline"), DATELINE_BRACKETED)
def test_a_dateline_bracketed_byline_keeps_its_field_spaces(opening: str, byline: str) -> None:
    texts = tei_texts(f"{TITLE}\n\n{opening}{LEAD}\n")
    assert texts["byline"] == [byline]
    assert texts["p"] == [LEAD]


def test_a_dateline_bracketed_byline_of_its_own_keeps_its_field_spaces() -> None:
    # a block holding `、` is no headline, so the phrase-gap rule does not keep its space
    texts = tei_texts(f"{TITLE}\n\n本报讯（本报记者 李明、王芳）\n\n{LEAD}\n")
    assert texts["byline"] == ["本报讯（本报记者 李明、王芳）"]


#: Must not change: a name padded with a space (one hanzi each side) and hanzi that spell words.
DATELINE_GLUED = [
    ("本报武威讯（通讯员梁 钰）", "本报武威讯（通讯员梁钰）"),
    ("本报讯（通讯员 培训班）", "本报讯（通讯员培训班）"),
]


@pytest.mark.parametrize(("opening", "byline"), DATELINE_GLUED)
def test_a_dateline_bracket_naming_no_reporter_loses_its_spaces(opening: str, byline: str) -> None:
    texts = tei_texts(f"{TITLE}\n\n{opening}{LEAD}\n")
    assert texts["byline"] == [byline]


def test_the_cli_logs_no_space_edit_inside_a_dateline_bracketed_byline(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text(f"{TITLE}\n\n本报讯（记者 李明 王芳）{LEAD}\n", encoding="utf-8")
    edits = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "json", "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["byline"] == ["本报讯（记者 李明 王芳）"]
    assert edits.read_text(encoding="utf-8") == ""


# 2. A byline on a line of its own at the top of the lead's block (no blank line between them) is the
#    byline, as when it is a block of its own, and keeps its field spaces.
GEO_TITLE = "黄河流域生态保护取得新进展"
GEO_LEAD = "近日，记者从黄河水利委员会获悉。"

#: The byline lines above the lead, the lead, and the byline they give.
BYLINE_LINES = [
    ("本报记者 王丽 李华", GEO_LEAD, "本报记者 王丽 李华"),
    ("本报记者王丽", GEO_LEAD, "本报记者王丽"),
    ("通讯员 张强", GEO_LEAD, "通讯员 张强"),
    ("本报记者 王丽\n通讯员 张强", GEO_LEAD, "本报记者 王丽通讯员 张强"),
    ("記者 王麗 李華", "近日，記者從黃河水利委員會獲悉。", "記者 王麗 李華"),
]


def unbroken(texts: list[str]) -> list[str]:
    """`texts` without their line breaks (TEI keeps a block's line breaks in its element)."""
    return [t.replace("\n", "") for t in texts]


@pytest.mark.parametrize(("lines", "lead", "byline"), BYLINE_LINES)
def test_a_byline_line_above_the_lead_is_the_byline(lines: str, lead: str, byline: str) -> None:
    texts = tei_texts(f"{GEO_TITLE}\n\n{lines}\n{lead}\n")
    assert unbroken(texts["byline"]) == [byline]
    assert texts["p"] == [lead]


#: Must not change: a first line that opens with a reporter label but is a sentence or words.
NOT_BYLINE_LINES = ["记者从黄河水利委员会获悉", "通讯员培训班"]


@pytest.mark.parametrize("line", NOT_BYLINE_LINES)
def test_a_first_line_naming_no_reporter_stays_in_the_paragraph(line: str) -> None:
    texts = tei_texts(f"{GEO_TITLE}\n\n{line}\n今年全流域生态保护取得新进展。\n")
    assert texts["byline"] == []
    if len(line) * 2 <= len("今年全流域生态保护取得新进展。"):
        # a line of words at most half the prose's measure is a heading over it (222d460), as in a
        # block of its own: never the byline
        assert line in texts["head"]
        assert texts["p"] == ["今年全流域生态保护取得新进展。"]
    else:
        assert unbroken(texts["p"]) == [f"{line}今年全流域生态保护取得新进展。"]


def test_the_cli_text_sets_the_byline_line_apart_from_the_lead(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text(f"{GEO_TITLE}\n\n本报记者 王丽 李华\n{GEO_LEAD}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "txt"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{GEO_TITLE}\n\n本报记者 王丽 李华\n\n{GEO_LEAD}\n"


# 3. A byline naming the paper or agency before the reporter's or commentator's label, under the
#    headline, is the byline: the headline stays the title instead of becoming a kicker.
OPINION_TITLE = "让基层协商更有温度"
OPINION_LEAD = "协商于民、协商为民，是人民政协的重要职责。"

#: The byline block under the headline, and the byline it gives.
ORG_BYLINES = [
    ("新华社记者 张三 李四", "新华社记者 张三 李四"),
    ("人民日报记者 王丽", "人民日报记者 王丽"),
    ("本报评论员", "本报评论员"),
    ("本报特约评论员 张明", "本报特约评论员 张明"),
    ("甘肃日报评论员", "甘肃日报评论员"),
    ("新华社记者张三", "新华社记者张三"),
    ("新华社记者 张三、李四", "新华社记者 张三、李四"),
    ("新華社記者 張三 李四", "新華社記者 張三 李四"),
]


@pytest.mark.parametrize(("block", "byline"), ORG_BYLINES)
def test_a_paper_reporter_byline_under_the_headline_leaves_it_the_title(block: str, byline: str) -> None:
    texts = tei_texts(f"{OPINION_TITLE}\n\n{block}\n\n{OPINION_LEAD}\n")
    assert texts["head"] == [OPINION_TITLE]
    assert texts["byline"] == [byline]


#: Must not change: a headline that opens with a paper's reporter but goes on with words.
ORG_HEADLINES = ["新华社记者探访雄安新区", "人民日报评论员文章", "本报记者节"]


@pytest.mark.parametrize("block", ORG_HEADLINES)
def test_a_headline_about_a_papers_reporters_stays_a_heading(block: str) -> None:
    texts = tei_texts(f"{OPINION_TITLE}\n\n{block}\n\n{OPINION_LEAD}\n")
    assert texts["byline"] == []
    assert block in texts["head"]


def test_the_cli_json_names_the_headline_the_title_over_a_commentator(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text(f"{OPINION_TITLE}\n\n本报评论员\n\n{OPINION_LEAD}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["titles"] == [OPINION_TITLE]
    assert article["kicker"] == []
    assert article["byline"] == ["本报评论员"]


def test_a_layout_json_block_opening_with_a_byline_line_keeps_it_whole(tmp_path: Path) -> None:
    """A PP-StructureV3 text block `本报记者 王丽 李华\\n近日，…`: the reader's line join glued the byline
    line to the lead before the labels ran, which then cut the byline at its last space (`本报记者
    王丽`) and left 李华 at the head of the paragraph (`李华近日，…`)."""
    fixture = Path(__file__).parent / "fixtures" / "layoutjson" / "page_res.json"
    page = json.loads(fixture.read_text("utf-8"))
    blocks = page.get("res", page)["parsing_res_list"]
    blocks[2]["block_content"] = "本报记者 王丽 李华\n近日，记者从黄河水利委员会获悉。"
    path = tmp_path / "page_res.json"
    path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    result = json.loads(layoutfix.convert(path, fmt="json").output)
    article = result["articles"][0]
    assert article["byline"] == ["本报记者 王丽 李华"]
    assert any(p["text"].startswith("近日，记者从") for p in article["paragraphs"])
