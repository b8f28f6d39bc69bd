"""A padded name ending a spaced byline, and titles read from coordinate input as from flat text.

1. `本报记者 王丽 通讯员 张 强 近日，…`: the name after the second label padded to the width of three
   hanzi (`张 强`) was given to the lead (the label `通讯员` taken for a bare name), so the gap before
   the lead went and a second run glued the label to the name. Now the padded name is the byline's
   last field: its padding goes, the gap before the lead stays, and one run gives the final text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from cli_pages import convert_page, normalize_page
from layoutfix.normalize.steps import normalize_text
from layoutfix.pipeline import build_document

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
