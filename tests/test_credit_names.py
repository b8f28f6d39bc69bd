"""Photo credits naming several people set apart by spaces, after a caption that ends without
punctuation: `图为工人在检修设备 张强 李华 摄` credits 张强 and 李华, not only 李华.

Without a role before them such names are taken only where the caption's last run is longer than a
name (so its words were not spaced out by the OCR) and each name but the last opens with a surname
and spells no dictionary word; otherwise the credit keeps its last field, as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest_tei import figure_parts
from layoutfix.cli import app

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
TITLE = "兰州新区打造西部陆港枢纽"


#: Must change: every name goes to the credit, with its spaces; the caption keeps its own text.
SPACED_NAMES = [
    ("图为工人在检修设备 张强 李华 摄", "图为工人在检修设备", "张强 李华 摄"),
    ("图为工人在检修设备 张强 李华 王建国 摄", "图为工人在检修设备", "张强 李华 王建国 摄"),
    ("图为工人在检修设备 欧阳晓明 李华 摄", "图为工人在检修设备", "欧阳晓明 李华 摄"),
    ("图为工人在检修设备，现场 张强 李华 摄", "图为工人在检修设备，现场", "张强 李华 摄"),
    ("圖為工人在檢修設備 張強 李華 攝", "圖為工人在檢修設備", "張強 李華 攝"),
]


@pytest.mark.parametrize(("block", "caption", "credit"), SPACED_NAMES)
def test_spaced_names_after_a_caption_are_all_credited(block: str, caption: str, credit: str) -> None:
    assert figure_parts(block) == ([caption], [credit])


#: Must not change: a word before the name stays in the caption (现场 spells a word, 游玩 too though
#: 游 is a surname, 江山 is a word not tagged a name); a caption the OCR spaced out keeps all but the
#: last field, which cannot be told from its words; a role before the names takes them all.
KEPT = [
    ("图为工人在检修设备 现场 张强 摄", "图为工人在检修设备 现场", "张强 摄"),
    ("图为市民在公园 游玩 张强 摄", "图为市民在公园 游玩", "张强 摄"),
    ("图为工人在检修设备 江山 李华 摄", "图为工人在检修设备 江山", "李华 摄"),
    ("图为 工人 在 检修 设备 张强 李华 摄", "图为 工人在检修 设备 张强", "李华 摄"),
    ("图为工人在检修设备 新华社记者 张强 摄", "图为工人在检修设备", "新华社记者 张强 摄"),
    ("图为工人在检修设备 张强 摄", "图为工人在检修设备", "张强 摄"),
]


@pytest.mark.parametrize(("block", "caption", "credit"), KEPT)
def test_a_caption_word_or_a_spaced_out_caption_keeps_its_text(block: str, caption: str, credit: str) -> None:
    assert figure_parts(block) == ([caption], [credit])


def test_the_cli_keeps_the_spaces_between_the_credited_names(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text(f"{TITLE}\n\n图为工人在检修设备 张强 李华 摄\n", encoding="utf-8")
    edits = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["convert", str(src), "-f", "json", "--edits", str(edits)])
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["credits"] == ["张强 李华 摄"]
    assert article["captions"] == ["图为工人在检修设备"]
    assert edits.read_text(encoding="utf-8") == ""  # no space removed
