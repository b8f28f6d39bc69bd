"""A padded name ending a spaced byline, and titles read from coordinate input as from flat text.

1. `本报记者 王丽 通讯员 张 强 近日，…`: the name after the second label padded to the width of three
   hanzi (`张 强`) was given to the lead (the label `通讯员` taken for a bare name), so the gap before
   the lead went and a second run glued the label to the name. Now the padded name is the byline's
   last field: its padding goes, the gap before the lead stays, and one run gives the final text.
2. Coordinate input (ALTO, hOCR): a title over the writer's bare name in one block (`秋日登高` at 45 px
   over `张明` at 30 px) was one title, `秋日登高张明` (no size change is measured on a line of two
   characters), and over a name of three (`张晓明`) the size change cut the name off into a block of
   its own, read as the title under a kicker. Flat text gives title and byline; so do the boxes now.
3. Coordinate input: a title of two lines lost its line break (`凝心聚力谋发展砥砺奋进新征程`), where
   flat text keeps it in the head (TEI `<head>`, the JSON title); a title over its byline was joined
   to it too. Now the lines of a block opening in headline type stay where flat text keeps them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from cli_pages import convert_page, normalize_page
from layoutfix.normalize.steps import normalize_text
from layoutfix.pipeline import build_document
from test_coords_parity_v14 import MAKERS

NS = {"t": "http://www.tei-c.org/ns/1.0"}
LEAD = "近日，全市召开会议，部署今冬明春各项重点工作。"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


# --- 1. a padded name ending a spaced byline ---------------------------------------------------

#: (byline as OCR read it, the byline once its padding is gone): the padded name after a further
#: label, also before a second name or a credit word, in both scripts.
PADDED_BYLINES = [
    ("本报记者 王丽 通讯员 张 强", "本报记者 王丽 通讯员 张强"),
    ("本报记者 王丽 特约通讯员 李 华", "本报记者 王丽 特约通讯员 李华"),
    ("本报记者 王丽 通讯员 张 强、李华", "本报记者 王丽 通讯员 张强、李华"),
    ("记者 王丽 通讯员 张 强 摄", "记者 王丽 通讯员 张强 摄"),
    ("本報記者 王麗 通訊員 張 強", "本報記者 王麗 通訊員 張強"),
]


@pytest.mark.parametrize(("padded", "byline"), PADDED_BYLINES)
def test_a_padded_name_ending_a_spaced_byline_normalises_once(
    runner: CliRunner, tmp_path: Path, padded: str, byline: str
) -> None:
    """Before, `…通讯员 张 强 近日，…` became `…通讯员 张强近日，…`, then `…通讯员张强近日，…`."""
    once = normalize_page(runner, tmp_path, f"{padded} {LEAD}\n")
    assert once == f"{byline} {LEAD}\n"
    assert normalize_page(runner, tmp_path, once) == once


@pytest.mark.parametrize(("padded", "byline"), PADDED_BYLINES)
def test_a_padded_name_ending_a_spaced_byline_stays_in_the_byline(
    runner: CliRunner, tmp_path: Path, padded: str, byline: str
) -> None:
    """The TEI byline holds the whole name and the lead paragraph none of it (before, the lead
    opened `张强近日，…`)."""
    page = f"全市召开会议\n\n{padded} {LEAD}\n"
    root = etree.fromstring(convert_page(runner, tmp_path, page, "-o", "-").encode("utf-8"))
    assert ["".join(b.itertext()) for b in root.iterfind(".//t:body//t:byline", NS)] == [byline]
    assert ["".join(p.itertext()) for p in root.iterfind(".//t:body//t:p", NS)] == [LEAD]


def test_the_padding_is_the_one_space_edit_of_the_byline() -> None:
    """The edit log removes the padding inside the name and no other space of the byline."""
    padded = "本报记者 王丽 通讯员 张 强"
    doc = build_document(f"{padded} {LEAD}\n")
    removed = [(e.start, e.end) for e in doc.edits if e.kind == "space" and e.start <= len(padded)]
    pad = padded.index("张") + 1
    assert removed == [(pad, pad + 1)]


@pytest.mark.parametrize(
    "text",
    [
        "本报记者 王丽 通讯员 张强 近日，全市召开会议。",  # nothing padded: as before
        "本报记者 王丽 近日，全市召开会议。",
        "本报记者 王丽 通讯员 张强",  # fields only
    ],
)
def test_an_unpadded_byline_reads_as_before(text: str) -> None:
    assert normalize_text(text).text == text


def test_a_padded_pair_not_opening_with_a_surname_is_no_name() -> None:
    """Guard: after a label, two hanzi set apart that open with no surname (他 说) are the lead's
    words, as before: the byline ends at the label."""
    text = "本报记者 王丽 通讯员 他 说 近日，全市召开会议。"
    assert normalize_text(text).text == "本报记者 王丽 通讯员 他说近日，全市召开会议。"


# --- 2. and 3. titles read from the boxes as from flat text -----------------------------------

MORE = "会议要求，各地各部门要切实抓好落实。"


def _articles(data: bytes, fmt: str) -> list[dict[str, Any]]:
    return json.loads(layoutfix.convert(data, fmt="json", input_format=fmt).output)["articles"]


def _flat(blocks: list[list[str]]) -> list[dict[str, Any]]:
    text = "\n\n".join("\n".join(lines) for lines in blocks) + "\n"
    return _articles(text.encode(), "txt")


def _heads(articles: list[dict[str, Any]]) -> list[tuple[list[str], list[str], list[str]]]:
    """Each article's kicker, titles and byline."""
    return [(a["kicker"], a["titles"], a["byline"]) for a in articles]


def _tei_heads(data: bytes, fmt: str) -> list[str]:
    root = etree.fromstring(layoutfix.convert(data, fmt="tei", input_format=fmt).output.encode("utf-8"))
    return ["".join(h.itertext()) for h in root.iterfind(".//t:body//t:head", NS)]


@pytest.mark.parametrize("fmt", MAKERS)
@pytest.mark.parametrize("name", ["张明", "张晓明", "王丽 李华"])
def test_a_title_over_the_writers_name_in_one_block_is_title_and_byline(name: str, fmt: str) -> None:
    """Before: `秋日登高张明` one title; `张晓明` the title under the kicker `秋日登高`."""
    blocks = [["秋日登高", name], [LEAD], [MORE]]
    got = _articles(MAKERS[fmt](blocks, {"秋日登高"}), fmt)
    assert _heads(got) == _heads(_flat(blocks)) == [([], ["秋日登高"], [name])]
    assert [p["text"] for p in got[0]["paragraphs"]] == [LEAD, MORE]


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_title_over_a_second_title_line_stays_one_title(fmt: str) -> None:
    """A second line of words under the title (`部署秋冬农业生产` names no one) stays the title's, its
    line break kept as in flat text (before, the lines were joined into one)."""
    blocks = [["全市召开会议", "部署秋冬农业生产"], [LEAD], [MORE]]
    got = _articles(MAKERS[fmt](blocks, {"全市召开会议", "部署秋冬农业生产"}), fmt)
    assert _heads(got) == _heads(_flat(blocks))
    assert got[0]["byline"] == []


@pytest.mark.parametrize("fmt", MAKERS)
def test_a_title_of_two_lines_keeps_its_line_break(fmt: str) -> None:
    """Before, the boxes' line join ran the two lines into one (`凝心聚力谋发展砥砺奋进新征程`)."""
    title = ["凝心聚力谋发展", "砥砺奋进新征程"]
    blocks = [title, [LEAD], [MORE]]
    data = MAKERS[fmt](blocks, set(title))
    assert _heads(_articles(data, fmt)) == _heads(_flat(blocks)) == [([], ["\n".join(title)], [])]
    text = "\n\n".join("\n".join(lines) for lines in blocks) + "\n"
    assert _tei_heads(data, fmt) == _tei_heads(text.encode(), "txt") == ["\n".join(title)]


@pytest.mark.parametrize("fmt", MAKERS)
def test_running_text_in_large_type_is_still_joined(fmt: str) -> None:
    """Guard: a paragraph set in larger type (an editor's note) is body; its wrapped lines join."""
    note = ["编者按：近日，全市召开冬春农业生产工作会议，", "安排部署今冬明春各项重点工作。"]
    blocks = [["全市召开会议"], note, [LEAD], [MORE], [LEAD], [MORE]]
    got = _articles(MAKERS[fmt](blocks, {"全市召开会议", *note}), fmt)
    assert "".join(note) in [p["text"] for a in got for p in a["paragraphs"]]
