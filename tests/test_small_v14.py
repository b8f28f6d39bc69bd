"""Small user-facing fixes of v14: each test states what a user saw before."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.readers.text import read_page

PAGE_2 = "第二版 会议\n\n本报讯 会议强调.\n"


def _log_records(runner: CliRunner, text: str, tmp_path: Path) -> tuple[str, list[dict[str, object]]]:
    """The cleaned text of `text` through `layoutfix normalize` and its edit log's records."""
    page, out, log = tmp_path / "scan.txt", tmp_path / "clean.txt", tmp_path / "e.jsonl"
    page.write_bytes(text.encode("utf-8"))
    result = runner.invoke(app, ["normalize", str(page), "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return out.read_bytes().decode("utf-8"), records


def test_a_file_normalised_whole_names_the_blocks_of_the_whole_file(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A page holding only a control character makes normalize clean the file whole (its page
    breaks would not hold); the log numbered the blocks page by page all the same: the last line's
    edit named b3 of a text whose cleaned form has two blocks, and the removed page break none."""
    text = "\x07\n\f" + PAGE_2
    cleaned, records = _log_records(runner, text, tmp_path)
    assert "\f" not in cleaned  # (normalised whole: the page break is a removed control character)
    assert len(read_page(cleaned).blocks) == 2
    by_before = {r["before"]: r["block"] for r in records}
    assert by_before["."] == "b2"
    assert by_before["\f"] == "b1"


def test_a_file_normalised_page_by_page_still_numbers_blocks_on(runner: CliRunner, tmp_path: Path) -> None:
    """A guard (passes before too): pages that hold keep their blocks numbered through the file."""
    text = "全省会议召开\n\n近日，全省会议在兰州召开.\n\f" + PAGE_2
    cleaned, records = _log_records(runner, text, tmp_path)
    assert cleaned.count("\f") == 1
    periods = [r["block"] for r in records if r["before"] == "."]
    assert periods == ["b2", "b4"]
