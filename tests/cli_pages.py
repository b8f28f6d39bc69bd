"""Running `layoutfix` on a page given as text, for the CLI tests (imported as `conftest_tei` is):
convert or normalize it to standard output or to a file, with or without an edit log, and the
working folders and error checks of the tests of the CLI's options."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from layoutfix import atomic
from layoutfix.cli import app

TESTS = Path(__file__).resolve().parent
#: A three-page issue folder, copied into the working folder of the options' tests.
WORK_ISSUE = TESTS / "issues" / "weekly-b"


def convert_page(runner: CliRunner, tmp_path: Path, page: str, *args: str) -> str:
    """The CLI's stdout for `page` written to `tmp_path/page.txt` and converted with `args`, after
    checking it exits 0 with nothing on stderr."""
    source = tmp_path / "page.txt"
    source.write_text(page, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(source), *args])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def convert_stdin(text: str, *args: str) -> str:
    """The CLI's stdout for `text` read from standard input and converted with `args`, after checking
    it exits 0."""
    result = CliRunner().invoke(app, ["convert", "-", *args], input=text)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def normalize_stdin(text: str, log: Path | None = None) -> str:
    """`layoutfix normalize -`'s stdout for `text` on standard input (its edit log written to `log`
    when given), after checking it exits 0."""
    args = ["normalize", "-"] + ([] if log is None else ["--edits", str(log)])
    result = CliRunner().invoke(app, args, input=text)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def normalize_page(runner: CliRunner, tmp_path: Path, page: str) -> str:
    """`layoutfix normalize`'s stdout for `page` written to `tmp_path/page.txt`, after checking it
    exits 0."""
    source = tmp_path / "page.txt"
    source.write_text(page, encoding="utf-8")
    result = runner.invoke(app, ["normalize", str(source)])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def written_output(tmp_path: Path, command: str, page: str, *args: str) -> str:
    """Run `layoutfix COMMAND PAGE.txt -o OUT ARGS` on `page` written to `tmp_path`; the text written
    to OUT (its bytes as they are, no newline translated), after checking it exits 0."""
    source, out = tmp_path / "page.txt", tmp_path / "out.txt"
    source.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, [command, str(source), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return out.read_bytes().decode("utf-8")


def edit_records(log: Path) -> list[dict[str, object]]:
    """The records of an edit log (JSON Lines), in order."""
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def logged_output(tmp_path: Path, command: str, page: str, *args: str) -> tuple[str, list[dict[str, object]]]:
    """Run `layoutfix COMMAND PAGE.txt -o OUT --edits LOG ARGS` on `page`; OUT's text and LOG's records."""
    log = tmp_path / "edits.jsonl"
    out = written_output(tmp_path, command, page, "--edits", str(log), *args)
    return out, edit_records(log)


def normalize_logged(tmp_path: Path, page: str) -> tuple[str, list[dict[str, object]]]:
    """`layoutfix normalize`'s output for `page` and its edit log's records."""
    return logged_output(tmp_path, "normalize", page)


def convert_txt(tmp_path: Path, page: str, fmt: str = "txt") -> tuple[str, list[dict[str, object]]]:
    """`layoutfix convert -f FMT`'s output for `page` (plain text unless told) and its edit log's records."""
    return logged_output(tmp_path, "convert", page, "-f", fmt)


def first_article(tmp_path: Path, page: str) -> dict[str, Any]:
    """The first article `layoutfix convert -f json` reads from `page`."""
    out, _log = convert_txt(tmp_path, page, "json")
    article: dict[str, Any] = json.loads(out)["articles"][0]
    return article


def normalized_twice(tmp_path: Path, page: str) -> tuple[str, str]:
    """`layoutfix normalize` run on `page`, then on its own output: both outputs, for the tests that
    a second run keeps what the first wrote."""
    once, _edits = normalize_logged(tmp_path, page)
    twice, _edits = normalize_logged(tmp_path, once)
    return once, twice


def failed_under_a_link(tmp_path: Path, target: Path | str) -> tuple[Path, list[str]]:
    """Run `layoutfix batch IN OUT -j 1` on a sample page `IN/sub/p.txt` where the output folder
    `OUT/sub` is a symbolic link to `target` (IN, OUT: `in` and `out` in `tmp_path`): the page and the
    FAILED lines of stderr, after checking the batch exits 1."""
    page = tmp_path / "in" / "sub" / "p.txt"
    page.parent.mkdir(parents=True)
    shutil.copy(TESTS / "pages" / "photo-item.txt", page)
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").symlink_to(target)
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), str(out), "-j", "1"])
    assert result.exit_code == 1
    return page, [line for line in result.stderr.splitlines() if "FAILED" in line]


def edit_kinds(log: Path) -> list[str]:
    """The `kind` of each record of an edit log, in order."""
    return [str(e["kind"]) for e in edit_records(log)]


def space_edits(records: list[dict[str, object]]) -> list[dict[str, object]]:
    """The records of an edit log that edit a space (`kind` "space")."""
    return [e for e in records if e["kind"] == "space"]


def work_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: Path, *folders: str) -> Path:
    """`tmp_path` made the working folder, holding a copy of `WORK_ISSUE` as `issue/`, a copy of the
    flat page `page` as `p.txt` and the empty `folders`: the ground of the options' tests."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.txt").write_bytes(page.read_bytes())
    (tmp_path / "issue").mkdir()
    for issue_page in sorted(WORK_ISSUE.iterdir()):
        (tmp_path / "issue" / issue_page.name).write_bytes(issue_page.read_bytes())
    for folder in folders:
        (tmp_path / folder).mkdir()
    return tmp_path


def files_under(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (relative path -> bytes), to show a refused command wrote nothing."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def one_error_line(stderr: str) -> str:
    """The one line of a refusal on stderr, after checking it is one `layoutfix: error:` line."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ")
    return lines[0]


def disk_full_at(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make writing any file named `name` fail as a full disk does (after the command's work, as
    the write comes last), to check what a command leaves behind when one of its outputs cannot be
    written. (A missing folder no longer does: it is refused before any work.)"""
    real = atomic._stage

    def failing(path: Path, data: bytes) -> str:
        if path.name == name:
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(atomic, "_stage", failing)


def write_pages(folder: Path, pages: dict[str, str]) -> Path:
    """`folder` (made if missing) holding one UTF-8 page file per name in `pages`: an issue folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
