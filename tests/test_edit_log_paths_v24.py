"""An issue's edit log records its page files relative to the log's folder (`../west/news.txt` for a log
in `out/`) and `edits apply|undo` find them from the log's folder, so the same commands work from any
current folder; a log of an earlier version (page files relative to where `convert` ran) is still read
from that folder (docs/issues.md, "Edit log")."""

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


def _run(monkeypatch: pytest.MonkeyPatch, cwd: Path, *args: str) -> Any:
    monkeypatch.chdir(cwd)
    return CliRunner().invoke(app, list(args))


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _sources(log: Path) -> dict[int, str]:
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["page"]: r["source"] for r in records}


def test_a_page_without_edits_is_found_from_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "news.txt", NEWS)
    _write(tmp_path / "west" / "news.txt", CLEAN)
    made = _run(monkeypatch, tmp_path, "convert", "news.txt", "west/news.txt", "-o", "issue.xml",
                "--edits", "log.jsonl")
    assert made.exit_code == 0, made.output
    assert _sources(tmp_path / "log.jsonl") == {1: "news.txt"}  # page 2 had no edits
    # west/news.txt is page 2, not the news.txt beside the log recorded as page 1.
    result = _run(monkeypatch, tmp_path / "west", "edits", "apply", "news.txt", "../log.jsonl", "--page", "2")
    unchanged_with_note(result, CLEAN, "page 2")
    # From the log's folder the page recorded as page 1 is still refused as page 2.
    line = error_line(_run(monkeypatch, tmp_path / "west", "edits", "apply", "../news.txt", "../log.jsonl",
                            "--page", "2"))
    assert "../news.txt is recorded as page 1, not page 2" in line


def test_the_page_file_picks_its_lines_from_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "news.txt", NEWS)
    _write(tmp_path / "west" / "news.txt", SPORT)
    made = _run(monkeypatch, tmp_path, "convert", "news.txt", "west/news.txt", "-o", "issue.xml",
                "--edits", "log.jsonl")
    assert made.exit_code == 0, made.output
    here = _run(monkeypatch, tmp_path, "edits", "apply", "west/news.txt", "log.jsonl")
    assert here.exit_code == 0, here.output
    assert "全年产量有望保持稳定" in here.stdout and "," not in here.stdout
    # The same page from its own folder: page 2's lines, not page 1's (recorded as a bare news.txt).
    there = _run(monkeypatch, tmp_path / "west", "edits", "apply", "news.txt", "../log.jsonl")
    assert there.exit_code == 0, there.output
    assert there.stdout == here.stdout


def test_undo_from_the_page_s_folder_gives_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "news.txt", NEWS)
    _write(tmp_path / "west" / "news.txt", SPORT)
    assert _run(monkeypatch, tmp_path, "convert", "news.txt", "west/news.txt", "-o", "issue.xml",
                "--edits", "log.jsonl").exit_code == 0
    applied = _run(monkeypatch, tmp_path / "west", "edits", "apply", "news.txt", "../log.jsonl",
                   "-o", "clean.txt")
    assert applied.exit_code == 0, applied.output
    undone = _run(monkeypatch, tmp_path / "west", "edits", "undo", "clean.txt", "../log.jsonl",
                  "--source", "news.txt")
    assert undone.exit_code == 0, undone.output
    assert undone.stdout == SPORT


def _sectioned(folder: Path) -> None:
    """A01.txt (page 1), A02.txt (page 2, no edits) and scan_3.txt, whose head prints B1 (page 3)."""
    shutil.copy(SECTIONS / "gsrb_A01.txt", _write(folder / "A01.txt", ""))
    _write(folder / "A02.txt", "2023年10月12日 星期四 第A2版\n\n" + CLEAN)
    shutil.copy(SECTIONS / "gsrb_B01.txt", folder / "scan_3.txt")


def test_a_labelled_page_is_placed_from_the_parent_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    issue = tmp_path / "issue"
    _sectioned(issue)
    made = _run(monkeypatch, issue, "convert", "A01.txt", "A02.txt", "scan_3.txt", "-o", "issue.xml",
                "--edits", "log.jsonl")
    assert made.exit_code == 0, made.output
    assert _sources(issue / "log.jsonl") == {1: "A01.txt", 3: "scan_3.txt"}
    text = (issue / "A02.txt").read_text(encoding="utf-8")
    unchanged_with_note(_run(monkeypatch, issue, "edits", "apply", "A02.txt", "log.jsonl", "--page", "A2"),
                         text, "page A2")
    # From the parent folder the head of scan_3.txt (B1) is read where the log is: A2 is page 2.
    result = _run(monkeypatch, tmp_path, "edits", "apply", "issue/A02.txt", "issue/log.jsonl", "--page", "A2")
    unchanged_with_note(result, text, "page A2")
    assert "states no section label" not in result.stderr


def test_a_log_in_another_folder_records_where_the_pages_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    issue = tmp_path / "issue"
    _sectioned(issue)
    made = _run(monkeypatch, tmp_path, "convert", "issue/A01.txt", "issue/A02.txt", "issue/scan_3.txt",
                "-o", "issue.xml", "--edits", "issue/log.jsonl")
    assert made.exit_code == 0, made.output
    # Pages below the log's folder: relative to it; pages elsewhere: absolute.
    assert _sources(issue / "log.jsonl") == {1: "A01.txt", 3: "scan_3.txt"}
    (tmp_path / "out").mkdir()
    made = _run(monkeypatch, tmp_path, "convert", "issue/A01.txt", "issue/A02.txt", "issue/scan_3.txt",
                "-o", "issue.xml", "--edits", "out/log.jsonl")
    assert made.exit_code == 0, made.output
    # Pages outside the log's folder: relative too, through `..`, never the machine's absolute path.
    assert _sources(tmp_path / "out" / "log.jsonl") == {1: "../issue/A01.txt", 3: "../issue/scan_3.txt"}
    assert str(tmp_path) not in (tmp_path / "out" / "log.jsonl").read_text(encoding="utf-8")
    # Page 1's file is known as page 1 from the log's folder too: not given back unchanged as page 2.
    line = error_line(_run(monkeypatch, tmp_path / "out", "edits", "apply", "../issue/A01.txt", "log.jsonl",
                            "--page", "2"))
    assert "../issue/A01.txt is recorded as page 1, not page 2" in line


def test_the_log_to_standard_output_names_the_pages_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "a" / "news.txt", NEWS)
    _write(tmp_path / "a" / "sport.txt", SPORT)
    made = _run(monkeypatch, tmp_path, "convert", "a/news.txt", "a/sport.txt", "-o", "issue.xml",
                "--edits", "-")
    assert made.exit_code == 0, made.output
    assert {json.loads(line)["source"] for line in made.stdout.splitlines()} == {"a/news.txt", "a/sport.txt"}


def test_a_log_of_an_earlier_version_is_read_from_where_convert_ran(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Earlier versions recorded the page files as given (`convert a/news.txt a/sport.txt --edits
    out/log.jsonl`: `a/news.txt`, relative to the folder convert ran in, not to `out/`)."""
    _write(tmp_path / "a" / "news.txt", NEWS)
    _write(tmp_path / "a" / "sport.txt", CLEAN)
    made = _run(monkeypatch, tmp_path, "convert", "a/news.txt", "a/sport.txt", "-o", "issue.xml",
                "--edits", "-")
    assert made.exit_code == 0, made.output
    _write(tmp_path / "out" / "log.jsonl", made.stdout)  # as an earlier version wrote it into out/
    assert _sources(tmp_path / "out" / "log.jsonl") == {1: "a/news.txt"}
    # Not found beside the log, found from the current folder: a/news.txt is page 1, so not page 2.
    line = error_line(_run(monkeypatch, tmp_path, "edits", "apply", "a/news.txt", "out/log.jsonl",
                            "--page", "2"))
    assert "a/news.txt is recorded as page 1, not page 2" in line
    applied = _run(monkeypatch, tmp_path, "edits", "apply", "a/news.txt", "out/log.jsonl")
    assert applied.exit_code == 0, applied.output
    assert "10月9日，天水市政协" in applied.stdout
    unchanged_with_note(_run(monkeypatch, tmp_path, "edits", "apply", "a/sport.txt", "out/log.jsonl",
                              "--page", "2"), CLEAN, "page 2")


def test_a_project_moved_with_its_log_in_another_folder_still_finds_its_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two pages of the same name in sibling folders, the log in `out/`: the whole project moved (or
    copied) elsewhere, each page still gets its own lines."""
    project = tmp_path / "proj"
    _write(project / "east" / "news.txt", NEWS)
    _write(project / "west" / "news.txt", SPORT)
    (project / "out").mkdir()
    made = _run(monkeypatch, project, "convert", "east/news.txt", "west/news.txt", "-o", "o.xml",
                "--edits", "out/log.jsonl")
    assert made.exit_code == 0, made.output
    assert _sources(project / "out" / "log.jsonl") == {1: "../east/news.txt", 2: "../west/news.txt"}
    moved = tmp_path / "proj2"
    project.rename(moved)
    for extra in ((), ("--page", "2")):
        applied = _run(monkeypatch, moved, "edits", "apply", "west/news.txt", "out/log.jsonl", *extra)
        assert applied.exit_code == 0, applied.output
        assert "新华社北京10月9日电 今年我国粮食生产再获丰收，全年产量" in applied.stdout
        assert "天水" not in applied.stdout


def test_a_log_of_an_earlier_version_in_a_page_s_folder_is_read_as_a_whole_from_where_convert_ran(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An earlier version's log of `convert news.txt west/news.txt --edits west/log.jsonl` records
    `news.txt` and `west/news.txt`: `news.txt` is found beside the log too (west's own page), but
    `west/news.txt` is not, so the whole log is read from the current folder, not page by page."""
    _write(tmp_path / "news.txt", NEWS)
    _write(tmp_path / "west" / "news.txt", SPORT)
    made = _run(monkeypatch, tmp_path, "convert", "news.txt", "west/news.txt", "-o", "issue.xml",
                "--edits", "-")
    assert made.exit_code == 0, made.output
    _write(tmp_path / "west" / "log.jsonl", made.stdout)  # as an earlier version wrote it into west/
    assert _sources(tmp_path / "west" / "log.jsonl") == {1: "news.txt", 2: "west/news.txt"}
    for extra in ((), ("--page", "2")):
        applied = _run(monkeypatch, tmp_path, "edits", "apply", "west/news.txt", "west/log.jsonl", *extra)
        assert applied.exit_code == 0, applied.output
        assert "新华社北京10月9日电 今年我国粮食生产再获丰收，全年产量" in applied.stdout
    page1 = _run(monkeypatch, tmp_path, "edits", "apply", "news.txt", "west/log.jsonl")
    assert page1.exit_code == 0, page1.output
    assert "10月9日，天水市政协" in page1.stdout
