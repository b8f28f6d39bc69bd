"""`edits apply --page/--source` with an issue's edit log: a page that had no edits comes back unchanged,
exit 0, with a note, also when a file of the same name elsewhere is recorded as another page, when the
file named by `--source` holds several pages, when a page file states no label but cannot be the page
asked for, and when the log has no lines at all. A file that is a recorded page stays an error; a page
whose label cannot be placed names the page file that states none."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from edit_results import error_line, unchanged_with_note
from layoutfix.cli import app

SECTIONS = Path(__file__).resolve().parent / "issues" / "sections-d"
#: Pages printing no head: the first two need edits (ASCII commas), the last none.
NEWS = "市政协委员建言文旅融合\n\n本报天水讯 10月9日,天水市政协召开专题协商会,围绕文旅融合发展建言献策。\n"
SPORT = "我国粮食生产再获丰收\n\n新华社北京10月9日电 今年我国粮食生产再获丰收,全年产量有望保持稳定。\n"
CLEAN = "市政府召开会议\n\n本报讯 昨天上午，市政府召开常务会议，研究部署今年的重点工作。\n"


def _invoke(*args: str, cwd: Path) -> Any:
    import os

    before = Path.cwd()
    os.chdir(cwd)  # the log records the page files as given, relative to where convert ran
    try:
        return CliRunner().invoke(app, list(args))
    finally:
        os.chdir(before)


def _log_pages(log: Path) -> dict[int, str]:
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["page"]: r["source"] for r in records}


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_of_the_same_name_in_another_folder_is_not_the_recorded_page(tmp_path: Path) -> None:
    _write(tmp_path / "east" / "news.txt", NEWS)
    _write(tmp_path / "west" / "news.txt", CLEAN)
    _write(tmp_path / "east" / "sport.txt", SPORT)
    made = _invoke("convert", "east/news.txt", "west/news.txt", "east/sport.txt", "-o", "issue.xml",
                   "--edits", "log.jsonl", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    assert _log_pages(tmp_path / "log.jsonl") == {1: "east/news.txt", 3: "east/sport.txt"}
    unchanged_with_note(_invoke("edits", "apply", "west/news.txt", "log.jsonl", "--page", "2", cwd=tmp_path),
                         CLEAN, "page 2")
    # The very file recorded as page 1 is still refused as page 2.
    line = error_line(_invoke("edits", "apply", "east/news.txt", "log.jsonl", "--page", "2", cwd=tmp_path))
    assert "east/news.txt is recorded as page 1, not page 2" in line


@pytest.mark.parametrize("third", [SPORT, CLEAN], ids=["pages-1-and-3-edited", "page-1-edited"])
def test_a_source_holding_several_pages_gives_a_page_without_edits_back(tmp_path: Path, third: str) -> None:
    _write(tmp_path / "issue.txt", f"{NEWS}\f{CLEAN}\f{third}")
    made = _invoke("convert", "issue.txt", "-o", "issue.xml", "--edits", "log.jsonl", "--page-text", "pt",
                   cwd=tmp_path)
    assert made.exit_code == 0, made.output
    assert 2 not in _log_pages(tmp_path / "log.jsonl")
    page2 = tmp_path / "pt" / "issue.txt.p2.txt"
    text = page2.read_text(encoding="utf-8")
    result = _invoke("edits", "apply", str(page2), "log.jsonl", "--page", "2", "--source", "issue.txt",
                     cwd=tmp_path)
    unchanged_with_note(result, text, "page 2")
    # Page 1's lines are still found by the shared source.
    first = _invoke("edits", "apply", str(tmp_path / "pt" / "issue.txt.p1.txt"), "log.jsonl", "--page", "1",
                    "--source", "issue.txt", cwd=tmp_path)
    assert first.exit_code == 0 and "，" in first.stdout and first.stderr == ""


def _sectioned_with_an_unlabelled_page(tmp_path: Path) -> Path:
    """A01.txt (page 1), A02.txt (page 2, no edits), B01.txt (3) and extra.txt given as B2 (4)."""
    folder = tmp_path / "mix"
    shutil.copy(SECTIONS / "gsrb_A01.txt", _write(folder / "A01.txt", ""))
    _write(folder / "A02.txt", "2023年10月12日 星期四 第A2版\n\n" + CLEAN)
    shutil.copy(SECTIONS / "gsrb_B01.txt", folder / "B01.txt")
    _write(folder / "extra.txt", SPORT)
    made = _invoke("convert", "mix/A01.txt", "mix/A02.txt", "mix/B01.txt", "mix/extra.txt:B2", "-o",
                   "issue.xml", "--edits", "log.jsonl", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    assert _log_pages(tmp_path / "log.jsonl") == {1: "mix/A01.txt", 3: "mix/B01.txt", 4: "mix/extra.txt"}
    return folder


def test_a_page_without_label_placed_after_the_page_asked_for_is_no_bar(tmp_path: Path) -> None:
    folder = _sectioned_with_an_unlabelled_page(tmp_path)
    text = (folder / "A02.txt").read_text(encoding="utf-8")
    unchanged_with_note(_invoke("edits", "apply", "mix/A02.txt", "log.jsonl", "--page", "A2", cwd=tmp_path),
                         text, "page A2")


def test_a_label_that_may_be_an_unlabelled_page_names_that_page_file(tmp_path: Path) -> None:
    _sectioned_with_an_unlabelled_page(tmp_path)
    line = error_line(_invoke("edits", "apply", "mix/extra.txt", "log.jsonl", "--page", "B2", cwd=tmp_path))
    assert "page 4 (mix/extra.txt) states no section label" in line and "may be page B2" in line
    assert "head prints" not in line
    # A file named B02.txt (extra.txt renamed) is not given back unchanged: page 4 may be B2.
    shutil.copy(tmp_path / "mix" / "extra.txt", tmp_path / "B02.txt")
    line = error_line(_invoke("edits", "apply", "B02.txt", "log.jsonl", "--page", "B2", cwd=tmp_path))
    assert "page 4 (mix/extra.txt) states no section label" in line


def test_pages_labelled_by_their_heads_place_a_page_without_edits(tmp_path: Path) -> None:
    folder = tmp_path / "iss"
    shutil.copy(SECTIONS / "gsrb_A01.txt", _write(folder / "scan_001.txt", ""))
    _write(folder / "scan_002.txt", "2023年10月12日 星期四 第A2版\n\n" + CLEAN)
    shutil.copy(SECTIONS / "gsrb_B01.txt", folder / "scan_003.txt")
    made = _invoke("convert", "iss", "-o", "issue.xml", "--edits", "log.jsonl", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    assert sorted(_log_pages(tmp_path / "log.jsonl")) == [1, 3]
    shutil.copy(folder / "scan_002.txt", tmp_path / "A02.txt")
    text = (tmp_path / "A02.txt").read_text(encoding="utf-8")
    unchanged_with_note(_invoke("edits", "apply", "A02.txt", "log.jsonl", "--page", "A2", cwd=tmp_path),
                         text, "page A2")
    # Page 3 renamed for the label its head prints is still an error, not its text back unchanged.
    shutil.copy(folder / "scan_003.txt", tmp_path / "B01.txt")
    line = error_line(_invoke("edits", "apply", "B01.txt", "log.jsonl", "--page", "B1", cwd=tmp_path))
    assert "page B1" in line and "page 3 (" in line


@pytest.mark.parametrize("options", [["--page", "2"], ["--source", "p02.txt"]])
def test_an_issue_log_with_no_lines_gives_the_note(tmp_path: Path, options: list[str]) -> None:
    _write(tmp_path / "p01.txt", CLEAN)
    _write(tmp_path / "p02.txt", CLEAN)
    made = _invoke("convert", "p01.txt", "p02.txt", "-o", "issue.xml", "--edits", "log.jsonl", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    assert (tmp_path / "log.jsonl").read_text(encoding="utf-8").strip() == ""
    result = _invoke("edits", "apply", "p02.txt", "log.jsonl", *options, cwd=tmp_path)
    unchanged_with_note(result, CLEAN, "page 2" if options[0] == "--page" else "page file p02.txt")
    assert "no page had edits" in result.stderr
    # Without --page/--source the log may be one page's: no note, as before.
    plain = _invoke("edits", "apply", "p02.txt", "log.jsonl", cwd=tmp_path)
    assert plain.exit_code == 0 and plain.stdout == CLEAN and plain.stderr == ""
