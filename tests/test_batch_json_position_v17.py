"""A truncated OCR JSON's error keeps where the file broke, in `convert` and in `batch`.

`layoutfix convert truncated.json` said `line 1: malformed JSON: Unterminated string starting at` and
stopped there: the position Python's parser gives (`line 1 column 422 (char 421)`) was dropped, so a
user could not find the cut in a one-line file. Now the message ends with it, in both commands.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from layoutfix.cli import app

#: A PaddleOCR result cut off inside its last string, as a copy interrupted mid-file leaves it.
TRUNCATED = '{"rec_texts": ["全市召开会议", "近日，全市召开会议。", "' + "本报讯" * 40


def _position(text: str) -> str:
    """Where the unterminated string opens, counted here from the text itself (one line)."""
    char = text.rindex('"')
    return f"line 1 column {char + 1} (char {char})"


def test_convert_names_where_the_json_breaks(tmp_path: Path) -> None:
    page = tmp_path / "p1.json"
    page.write_text(TRUNCATED, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-o", str(tmp_path / "o.xml")])
    assert result.exit_code == 3
    assert result.stderr.strip().endswith(f"malformed JSON: Unterminated string starting at: "
                                          f"{_position(TRUNCATED)}"), result.stderr


def test_batch_names_where_the_json_breaks(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "p1.json").write_text(TRUNCATED, encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(src), str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 1
    failed = [x for x in result.stderr.splitlines() if "FAILED" in x]
    assert failed and failed[0].endswith(_position(TRUNCATED)), result.stderr
