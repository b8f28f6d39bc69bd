"""`normalize` and `suggest` given JSON that holds no OCR output say so, and send nobody in a circle.

Before: `layoutfix normalize notes.json` on a delivery's `{"note": "…"}` said the file "is OCR JSON"
and that `layoutfix convert notes.json -f txt` reads it; convert then refused the same file ("JSON
object is not PaddleOCR output"). Now normalize (and suggest) refuse it, exit 3, in one line saying it
is JSON but no OCR output layoutfix reads, with the reader's reason, and name no convert command. A
file that convert does read is still sent to convert; flat pages opening with brackets stay text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

#: JSON files of no OCR shape: a delivery's notes, an empty object, a PaddleOCR-like result without
#: texts, a list of numbers, a layout JSON key holding no blocks, a truncated file.
NOT_OCR = [
    json.dumps({"note": "本期共八版，第三版缺页。"}, ensure_ascii=False),
    "{}",
    '{"res": {"input_path": "p.png"}}',
    "[[1, 2], [3, 4]]",
    '{"parsing_res_list": 3}',
    '[{"text": "本报讯',
]

#: JSON that convert reads: a RapidOCR page of one line, a blank page.
OCR = [
    json.dumps([[[[10, 10], [300, 10], [300, 40], [10, 40]], "本报讯 今天召开会议。", 0.98]],
               ensure_ascii=False),
    "[]",
]


def _file(tmp_path: Path, text: str, name: str = "p.json") -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["normalize"], ["suggest"]])
@pytest.mark.parametrize("text", NOT_OCR)
def test_json_without_ocr_output_is_refused_as_such_naming_no_convert(
    command: list[str], text: str, tmp_path: Path
) -> None:
    page = _file(tmp_path, text)
    out = tmp_path / "out.txt"
    result = CliRunner().invoke(app, [*command, str(page), "-o", str(out)])
    assert result.exit_code == 3, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"layoutfix: error: {page}: "), result.stderr
    assert "JSON, but no OCR output layoutfix reads" in lines[0]
    assert "convert" not in lines[0] and "OCR JSON," not in lines[0]
    assert not out.exists()


@pytest.mark.parametrize("text", NOT_OCR + OCR)
def test_normalize_sends_to_convert_only_a_file_convert_reads(text: str, tmp_path: Path) -> None:
    """The round a user was sent on: whenever normalize names convert, convert reads the file."""
    page = _file(tmp_path, text)
    refused = CliRunner().invoke(app, ["normalize", str(page)])
    assert refused.exit_code == 3
    converted = CliRunner().invoke(app, ["convert", str(page), "-f", "txt"])
    assert ("layoutfix convert" in refused.stderr) == (converted.exit_code == 0), (
        refused.stderr, converted.output)


def test_json_without_ocr_output_on_stdin_is_named_stdin() -> None:
    result = CliRunner().invoke(app, ["normalize", "-"], input='{"note": "说明"}\n'.encode())
    assert result.exit_code == 3
    assert result.stderr.startswith("layoutfix: error: <stdin>: ")
    assert "JSON, but no OCR output layoutfix reads" in result.stderr


@pytest.mark.parametrize("text", [
    # pages whose text opens with a bracket, read as text before and now
    "[1]",
    "[1]\n\n本报讯(记者 王刚)今天召开会议。",
    "{} 是一个空的对象。\n\n本报讯 今天召开会议。",
    "[要闻]",
    "[要闻]\n\n本报讯(记者 王刚)今天召开会议。",
    "‹经济日报>",
    "‹经济日报>\n\n本报讯(记者 王刚)今天召开会议。",
])
@pytest.mark.parametrize("name", ["p.txt", "p.json"])
def test_pages_opening_with_brackets_are_still_normalised(text: str, name: str, tmp_path: Path) -> None:
    page = _file(tmp_path, text, name)
    result = CliRunner().invoke(app, ["normalize", str(page)])
    assert result.exit_code == 0, result.output
    for word in re.findall(r"\w+", text):  # the words and numbers, whatever becomes of the brackets
        assert word in result.stdout, (word, result.stdout)
