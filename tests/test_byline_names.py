"""Bylines name people: a reporter label glued to a word is no byline, and a bracketed reporter line
under the title is the article's byline.

`通讯员培训班`, `记者节到来`, `记者站成立` open with a reporter label, but the hanzi after it spell
words (a training class, Journalists' Day, a news bureau), not a reporter's name; jieba's dictionary
tells them apart. `（记者 王丽）` between the headings and the lead paragraph is the byline (TEI
`<byline>`, its field space kept); at the end of an article it stays the signature.
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
TITLE = "兰州新区打造西部陆港枢纽"
LEAD = "近日，兰州新区召开会议。"


def tei_texts(page: str) -> dict[str, list[str]]:
    """The texts of the `<byline>`, `<head>`, `<p>` and `<signed>` elements of the TEI body that
    `convert` writes for `page`."""
    root = etree.fromstring(layoutfix.convert(page).output.encode("utf-8"))
    body = root.find(".//tei:body", TEI)
    assert body is not None
    return {
        tag: ["".join(el.itertext()) for el in body.iterfind(f".//tei:{tag}", TEI)]
        for tag in ("byline", "head", "p", "signed")
    }


def under_title(block: str) -> dict[str, list[str]]:
    """`tei_texts` of a page holding the title, `block`, then the lead paragraph."""
    return tei_texts(f"{TITLE}\n\n{block}\n\n{LEAD}\n")


#: Must change: a reporter label glued to a word, on a line of its own.
LABEL_WORDS = ["通讯员培训班", "记者节到来", "记者站成立", "通讯员大会召开"]


@pytest.mark.parametrize("block", LABEL_WORDS)
def test_a_reporter_label_glued_to_a_word_is_no_byline(block: str) -> None:
    texts = under_title(block)
    assert texts["byline"] == []
    assert block in texts["head"] + texts["p"]  # kept whole, as printed
    assert texts["p"][-1] == LEAD


#: Must not change: reporter bylines, the name glued to the label or not; two-character, rare,
#: compound and traditional names, and a name that is also a dictionary word (高峰, tagged a name).
NAMED_BYLINES = [
    "记者 王丽",
    "本报记者 王丽 李华",
    "记者王丽报道",
    "记者王丽",
    "通讯员 张强",
    "通讯员张强",
    "记者欧阳晓明",
    "记者 仝卫",
    "记者仝卫",
    "記者 王麗",
    "記者王麗",
    "记者高峰",
    "记者王丽、李华",
]


@pytest.mark.parametrize("block", NAMED_BYLINES)
def test_a_reporter_label_before_a_name_stays_a_byline(block: str) -> None:
    texts = under_title(block)
    assert texts["byline"] == [block]
    assert texts["head"] == [TITLE]
    assert texts["p"] == [LEAD]


def test_the_cli_json_has_no_byline_for_a_glued_word(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text(f"{TITLE}\n\n通讯员培训班\n\n{LEAD}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["byline"] == []
    assert "通讯员培训班" in article["kicker"] + article["titles"]


#: A bracketed reporter line as papers print it under the title.
BRACKETED_BYLINES = ["（记者 王丽）", "（本报记者 王丽 李华）", "（通讯员 张强）", "（記者 王麗）"]


@pytest.mark.parametrize("block", BRACKETED_BYLINES)
def test_a_bracketed_reporter_line_under_the_title_is_the_byline(block: str) -> None:
    texts = under_title(block)
    assert texts["byline"] == [block]  # its own block, its field spaces kept
    assert texts["head"] == [TITLE]
    assert texts["p"] == [LEAD]  # not merged into the lead paragraph
    assert texts["signed"] == []


def test_a_bracketed_reporter_line_under_a_second_title_bylines_that_article() -> None:
    texts = tei_texts(f"{TITLE}\n\n{LEAD}\n\n兰州召开推进会\n\n（记者 李华）\n\n日前，兰州召开推进会。\n")
    assert texts["head"] == [TITLE, "兰州召开推进会"]  # a title, not a subhead of the first article
    assert texts["byline"] == ["（记者 李华）"]
    assert texts["p"] == [LEAD, "日前，兰州召开推进会。"]


def test_a_bracketed_reporter_line_closing_an_article_stays_its_signature() -> None:
    texts = tei_texts(f"{TITLE}\n\n{LEAD}\n\n（记者 王丽）\n")
    assert texts["signed"] == ["记者 王丽"]
    assert texts["byline"] == []
    assert texts["p"] == [LEAD]


def test_a_bare_bracketed_name_under_the_title_is_left_as_it_was() -> None:
    texts = under_title("（王丽）")
    assert texts["byline"] == []
    # A paragraph of its own: words in brackets end their paragraph (7e6ec91), so the lead is no
    # longer joined onto it (`（王丽）近日，…`, a join edit).
    assert texts["p"] == ["（王丽）", LEAD]


def test_the_cli_keeps_the_bracketed_bylines_space_and_logs_no_join(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text(f"{TITLE}\n\n（记者 王丽）\n\n{LEAD}\n", encoding="utf-8")
    edits = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "txt", "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    assert "（记者 王丽）\n" in result.stdout
    assert "（记者王丽）" not in result.stdout
    assert edits.read_text(encoding="utf-8") == ""  # no space removed, no paragraph join


#: The bracketed reporter line opening the lead paragraph, and the byline cut off it (its spaces kept).
LEAD_OPENINGS = [
    ("（记者 王丽）", "（记者 王丽）"),
    ("（记者王丽）", "（记者王丽）"),
    ("(记者 王丽 李华) ", "（记者 王丽 李华）"),
    ("（本报通讯员 张强）", "（本报通讯员 张强）"),
    ("（記者 王麗）", "（記者 王麗）"),
]


@pytest.mark.parametrize(("opening", "byline"), LEAD_OPENINGS)
def test_a_bracketed_reporter_line_opening_the_lead_is_cut_off_as_byline(opening: str, byline: str) -> None:
    texts = tei_texts(f"{TITLE}\n\n{opening}{LEAD}\n")
    assert texts["byline"] == [byline]
    assert texts["p"] == [LEAD]


#: Must not change: a bracket opening the lead that names no reporter, or a glued label before words.
NOT_LEAD_BYLINES = ["（王丽）", "（记者站供稿）"]


@pytest.mark.parametrize("opening", NOT_LEAD_BYLINES)
def test_a_bracket_naming_no_reporter_stays_in_the_lead(opening: str) -> None:
    texts = tei_texts(f"{TITLE}\n\n{opening}{LEAD}\n")
    assert texts["byline"] == []
    assert texts["p"] == [opening + LEAD]


#: A bracketed reporter line of its own naming several people joined by `、`: the headline gap rule
#: does not keep its field space (a block holding `、` is no headline), the byline's fields do.
ENUMERATED_BRACKETED = [
    ("（本报记者 王丽、李华）", "（本报记者 王丽、李华）"),
    ("（記者 王麗、李華）", "（記者 王麗、李華）"),
    ("（ 本报记者 王丽、李华 ）", "（本报记者 王丽、李华）"),  # a space beside a bracket still goes
]


@pytest.mark.parametrize(("block", "byline"), ENUMERATED_BRACKETED)
def test_an_enumerated_bracketed_byline_keeps_its_field_space(block: str, byline: str) -> None:
    texts = under_title(block)
    assert texts["byline"] == [byline]
    assert texts["p"] == [LEAD]


def test_an_enumerated_bracketed_signature_keeps_its_field_space() -> None:
    texts = tei_texts(f"{TITLE}\n\n{LEAD}\n\n（本报记者 王丽、李华）\n")
    assert texts["signed"] == ["本报记者 王丽、李华"]


def test_the_cli_logs_no_space_edit_inside_an_enumerated_bracketed_byline(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text(f"{TITLE}\n\n（本报记者 王丽、李华）\n\n{LEAD}\n", encoding="utf-8")
    edits = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "json", "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["byline"] == ["（本报记者 王丽、李华）"]
    assert edits.read_text(encoding="utf-8") == ""


#: A surname and a given name that together spell a dictionary word (江山 "land", 高原 "plateau",
#: 方圆 "surroundings", 黄河 "the Yellow River"): after the reporter label they name the reporter.
SURNAMED_WORD_NAMES = ["记者江山", "记者高原", "通讯员方圆", "本报记者黄河", "记者江山报道"]


@pytest.mark.parametrize("block", SURNAMED_WORD_NAMES)
def test_a_name_that_is_also_a_word_stays_a_byline_when_it_opens_with_a_surname(block: str) -> None:
    texts = under_title(block)
    assert texts["byline"] == [block]
    assert texts["head"] == [TITLE]
    assert texts["p"] == [LEAD]


def test_a_surname_after_a_word_that_begins_in_the_label_is_no_name() -> None:
    # 席 is a surname, but 记者席 (the press seats) begins inside the label: no byline, as 记者节到来.
    texts = under_title("记者席爆满")
    assert texts["byline"] == []
    assert "记者席爆满" in texts["head"]


def test_the_cli_json_names_the_reporter_whose_name_is_a_word(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text(f"{TITLE}\n\n记者江山\n\n{LEAD}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["byline"] == ["记者江山"]
    assert article["titles"] == [TITLE]


#: Must change: a reporter label, a space and a dictionary word, on a line of its own; as when glued.
SPACED_LABEL_WORDS = ["通讯员 培训班", "记者 节日", "通訊員 培訓班"]


@pytest.mark.parametrize("block", SPACED_LABEL_WORDS)
def test_a_reporter_label_spaced_from_a_word_is_no_byline(block: str) -> None:
    texts = under_title(block)
    assert texts["byline"] == []
    assert block in texts["head"]  # kept whole, its phrase gap too
    assert texts["p"] == [LEAD]


def test_a_reporter_label_spaced_from_a_word_opening_the_lead_stays_in_it() -> None:
    texts = tei_texts(f"{TITLE}\n\n通讯员 培训班 近日，兰州新区召开会议。\n")
    assert texts["byline"] == []
    assert texts["p"] == ["通讯员培训班近日，兰州新区召开会议。"]


#: Must not change: spaced names, one also a word (高峰 tagged a name, 江山 after a surname).
SPACED_NAMES = ["记者 王丽", "记者 仝卫", "记者 高峰", "记者 江山", "本报记者 王丽 发自北京"]


@pytest.mark.parametrize("block", SPACED_NAMES)
def test_a_reporter_label_spaced_from_a_name_stays_a_byline(block: str) -> None:
    texts = under_title(block)
    assert texts["byline"] == [block]
    assert texts["p"] == [LEAD]
