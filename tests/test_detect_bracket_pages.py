"""A text page opening with a bracketed column name is text, not JSON.

Format detection took every input starting with `[` or `{` for JSON, so a page whose first line is
`[要闻]` (a column name in ASCII brackets, as OCR often reads 【要闻】) was refused as malformed JSON
(exit 3), though its name and content say text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.readers.detect import detect_format

PAGE = "{label}\n\n省政协召开常委会议\n\n本报讯 11月20日，省政协召开常委会议，听取有关情况通报。\n"


@pytest.mark.parametrize("label", ["[要闻]", "{编者按}", "[ 要闻 ]", "[1] 本报讯"])
def test_a_page_opening_with_a_bracket_converts_as_text(tmp_path: Path, label: str) -> None:
    page = tmp_path / "a.txt"
    page.write_text(PAGE.format(label=label), encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "txt"])
    assert result.exit_code == 0, result.output
    assert "省政协召开常委会议" in result.stdout
    assert label.split()[0] in result.stdout


@pytest.mark.parametrize("data", [b'[[[[1, 2], [3, 4]], "text", 0.9]]', b' {"res": {}}', b"[]", b"{}",
                                  b'[{"type": "text"}]', b'\xef\xbb\xbf[\n  ["a"]]', b'["x"]'])
def test_json_openings_are_still_json(data: bytes) -> None:
    assert detect_format(data, "x.json") in ("ocrjson", "layoutjson")


def test_broken_json_is_still_refused_as_json(tmp_path: Path) -> None:
    page = tmp_path / "broken.json"
    page.write_bytes(b'[{"type": "text", "text": "x"')
    result = CliRunner().invoke(app, ["convert", str(page)])
    assert result.exit_code == 3
    assert "JSON" in result.output
