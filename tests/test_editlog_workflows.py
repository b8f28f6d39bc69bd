"""Edit logs as archivists handle them: lines deleted, hand-edited or pointing past the text, logs that
cannot be written. Black-box through the CLI: exit codes, one-line messages naming file:line, and no
output written when the log does not fit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_pages import disk_full_at
from layoutfix.cli import app


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ")
    return lines[0]


def _log(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _edit(start: int, end: int, before: str, after: str) -> dict[str, object]:
    return {"start": start, "end": end, "before": before, "after": after, "rule": "hand.made",
            "kind": "typo", "cert": "high"}


@pytest.fixture
def seed_log(runner: CliRunner, seed_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The seed page's edit log and normalised output, as `normalize --edits` writes them."""
    log, out = tmp_path / "seed.jsonl", tmp_path / "seed.out"
    result = runner.invoke(app, ["normalize", str(seed_path), "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    return log, out


def test_kept_subset_applies_and_undoes(runner: CliRunner, seed_path: Path, seed_text: str,
                                        seed_log: tuple[Path, Path], tmp_path: Path) -> None:
    """An archivist keeps every third line: apply gives the original with exactly those changes,
    undo of that result gives the original back."""
    log, _ = seed_log
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = lines[::3]
    sub = tmp_path / "kept.jsonl"
    sub.write_text("".join(kept), encoding="utf-8")
    applied = runner.invoke(app, ["edits", "apply", str(seed_path), str(sub)])
    assert applied.exit_code == 0, applied.stderr
    expected, cur = [], 0
    for rec in map(json.loads, kept):
        expected += [seed_text[cur:rec["start"]], rec["after"]]
        cur = rec["end"]
    assert applied.stdout == "".join(expected) + seed_text[cur:]
    middle = tmp_path / "middle.txt"
    middle.write_text(applied.stdout, encoding="utf-8")
    undone = runner.invoke(app, ["edits", "undo", str(middle), str(sub)])
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout == seed_text


def test_mismatching_line_is_named_by_file_and_line(runner: CliRunner, seed_path: Path,
                                                    seed_log: tuple[Path, Path], tmp_path: Path) -> None:
    """The text was edited after the log was written: the message points at the log line to look at."""
    log, out = seed_log
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    rec = json.loads(lines[4])
    rec["before"] = "X" * len(rec["before"])
    rec["after"] = "Y" + rec["after"]
    lines[4] = json.dumps(rec, ensure_ascii=False) + "\n"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(lines), encoding="utf-8")
    for command, text in (("apply", seed_path), ("undo", out)):
        target = tmp_path / f"{command}.txt"
        result = runner.invoke(app, ["edits", command, str(text), str(bad), "-o", str(target)])
        assert result.exit_code == 5, result.stdout
        assert f"{bad}:5: " in one_error_line(result.stderr)
        assert not target.exists()


def test_edit_past_the_end_of_the_text_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    """A log for a longer page (or a truncated text): an insertion, or a deletion to undo, beyond the
    text's end is an error, never text tacked on at the end."""
    page = tmp_path / "page.txt"
    page.write_text("短文", encoding="utf-8")
    insert = _log(tmp_path / "insert.jsonl", _edit(40, 40, "", "。"))
    result = runner.invoke(app, ["edits", "apply", str(page), str(insert)])
    assert result.exit_code == 5, result.stdout
    assert f"{insert}:1: " in one_error_line(result.stderr)
    assert "past the end" in result.stderr
    delete = _log(tmp_path / "delete.jsonl", _edit(1, 2, "文", "文"), _edit(40, 41, " ", ""))
    result = runner.invoke(app, ["edits", "undo", str(page), str(delete)])
    assert result.exit_code == 5, result.stdout
    assert f"{delete}:2: " in one_error_line(result.stderr)
    assert "past the end" in result.stderr


@pytest.mark.parametrize("full", ["page.jsonl", "clean.txt"])
def test_normalize_writes_output_and_log_or_neither(runner: CliRunner, seed_path: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, full: str) -> None:
    """normalize cannot write its log: exit 1 (an output file that cannot be written), and the cleaned
    text is not left behind without the log that explains it; nor a log without its text. (The disk
    is full at one of them: a missing folder is now refused before any work, exit 2.)"""
    disk_full_at(monkeypatch, full)
    out, log = tmp_path / "clean.txt", tmp_path / "page.jsonl"
    result = runner.invoke(app, ["normalize", str(seed_path), "-o", str(out), "--edits", str(log)])
    assert result.exit_code == 1, result.stdout
    assert f"{full}: cannot write" in one_error_line(result.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_duplicated_insertion_line_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    """An archivist copies an insertion line by mistake: apply and undo refuse it, naming the second
    line, rather than inserting the text twice."""
    page = tmp_path / "page.txt"
    page.write_text("基层协商", encoding="utf-8")
    insertion = _edit(2, 2, "", "，")
    log = _log(tmp_path / "dup.jsonl", _edit(0, 1, "基", "基"), insertion, insertion)
    for command in ("apply", "undo"):
        target = tmp_path / f"{command}.txt"
        result = runner.invoke(app, ["edits", command, str(page), str(log), "-o", str(target)])
        assert result.exit_code == 5, result.stdout
        line = one_error_line(result.stderr)
        assert f"{log}:3: " in line and "a second insertion at 2" in line and "line 2" in line
        assert not target.exists()
    single = _log(tmp_path / "single.jsonl", insertion)
    result = runner.invoke(app, ["edits", "apply", str(page), str(single)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "基层，协商"

