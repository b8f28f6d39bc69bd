"""A traditional byline block of fields only keeps its gaps like its simplified twin.

`本報記者 王麗 文/圖` is a byline of fields only (`roles.byline_fields`), as `本报记者 王丽 文/图` is.
The reader tried the simplified view only for a block whose first character cannot open a byline in
simplified text; 本, 通, 文 and an ornament can, so such a traditional block was read as printed, its
traditional labels matched nothing, and the spacing step removed the gap before `文/圖`. After a
dateline (`本報訊 記者 王麗 文/圖`) the convert command then cut the dateline alone off as the byline
and glued `記者王麗文/圖` to the lead paragraph. Every traditional input here is written out; its
simplified twin (OpenCC t2s) is the expectation: the same edits, and output that reads as the twin's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import layoutfix
from layoutfix.cli import app
from layoutfix.layout import roles
from layoutfix.layout.roles import byline_fields

TITLE = "市府宣佈新政策"
LEAD = "市府今天宣佈，將推動新政策。"

#: Traditional bylines of fields only that lost a gap (a field beside `文/圖`, or names joined by `、`
#: after a dateline): 本報記者, 本報訊, 本報通訊員 and 通訊員 openings, an ornament before them.
LOST_A_GAP = [
    "本報記者 王麗 文/圖",
    "本報訊 記者 王麗 文/圖",
    "本報通訊員 張強 文/圖",
    "通訊員 張強 李華 文/圖",
    "本報訊 記者 王麗、李華",
    "本報記者 王麗 文/圖 通訊員 張強",
    "●本報記者 王麗 文／圖",
    "本報蘭州訊 記者 王麗 圖/文",
    "本報見習記者 歐陽修 文/圖",
]
#: Traditional bylines that kept their gaps before (`攝`, `報道` fields, openings whose first
#: character is traditional): they must read as they did.
KEPT_THEIR_GAPS = [
    "本報記者 王麗 攝",
    "本報通訊員 張強 李華 攝",
    "記者 王麗 文/圖",
    "記者 王麗 報道",
    "通訊員 張強 報道",
    "本報訊 記者 王麗",
    "圖/文 王麗",
]


def page(byline: str) -> str:
    """A title, the byline as a block of its own, and the lead: the brief's reproducer's shape."""
    return f"{TITLE}\n\n{byline}\n\n{LEAD}\n"


def twin(text: str) -> str:
    """`text` in simplified characters (t2s changes hanzi only, one for one)."""
    converted = roles.t2s_converter().convert(text)
    assert len(converted) == len(text)
    return converted


def run(args: list[str], text: str, tmp_path: Path, name: str) -> tuple[str, list[dict[str, object]]]:
    """The command's stdout on a page holding `text`, and its edit log; it must succeed quietly."""
    src = tmp_path / f"{name}.txt"
    src.write_text(text, encoding="utf-8")
    log = tmp_path / f"{name}.edits.jsonl"
    result = CliRunner().invoke(app, [*args, str(src), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout, [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("byline", LOST_A_GAP + KEPT_THEIR_GAPS)
def test_normalize_keeps_every_gap_of_a_traditional_byline_block(byline: str, tmp_path: Path) -> None:
    """The page comes out as printed, with no edit, as its simplified twin does."""
    out, edits = run(["normalize"], page(byline), tmp_path, "t")
    twin_out, twin_edits = run(["normalize"], twin(page(byline)), tmp_path, "s")
    assert twin_out.rstrip("\n") == twin(page(byline)).rstrip("\n")  # (the twin's gaps stay)
    assert out.rstrip("\n") == page(byline).rstrip("\n")
    assert edits == twin_edits == []


@pytest.mark.parametrize("byline", LOST_A_GAP + KEPT_THEIR_GAPS)
def test_convert_prints_a_traditional_byline_block_as_its_twin(byline: str, tmp_path: Path) -> None:
    """Plain text output: the byline as printed, on its own, the lead paragraph apart."""
    out, edits = run(["convert", "--format", "txt"], page(byline), tmp_path, "t")
    twin_out, twin_edits = run(["convert", "--format", "txt"], twin(page(byline)), tmp_path, "s")
    assert twin(out) == twin_out
    assert [e["rule"] for e in edits] == [e["rule"] for e in twin_edits]
    assert out.split("\n\n") == [TITLE, byline, LEAD + "\n"]


@pytest.mark.parametrize("byline", ["本報訊 記者 王麗 文/圖", "本報訊 記者 王麗、李華"])
def test_json_keeps_the_dated_byline_off_the_lead_paragraph(byline: str) -> None:
    """Before, the JSON byline was `本報訊` alone and the lead paragraph began `記者王麗…`."""
    (article,) = json.loads(layoutfix.convert(page(byline), fmt="json").output)["articles"]
    assert article["byline"] == [byline]
    assert [p["text"] for p in article["paragraphs"]] == [LEAD]


@pytest.mark.parametrize("byline", LOST_A_GAP + KEPT_THEIR_GAPS)
def test_byline_fields_reads_a_traditional_block_as_its_twin(byline: str) -> None:
    assert byline_fields(byline) is byline_fields(twin(byline)) is True
    text = page(byline)
    at = text.index(byline)
    assert byline_fields(text, at, at + len(byline)) is True


@pytest.mark.parametrize(
    "block",
    [
        "本報 今天 發佈 新政策",  # words the OCR spaced out, opening with 本
        "通訊員 培訓班 開班",  # a label before words, no name
        "本報記者節 文/圖",  # no label and name
    ],
)
def test_traditional_text_opening_like_a_byline_is_no_byline_of_fields(block: str) -> None:
    """The view reads words as its twin does: no byline, so their spaces go as the twin's do."""
    assert byline_fields(block) is byline_fields(twin(block)) is False
    normalized = layoutfix.normalize_text(page(block)).text
    assert twin(normalized) == layoutfix.normalize_text(twin(page(block))).text
