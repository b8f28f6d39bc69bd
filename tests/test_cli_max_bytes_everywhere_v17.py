"""Every command that refuses a file over the size limit takes the `--max-bytes` its error names.

A file over the limit (20 MB by default) is refused with `raise it with --max-bytes (0 = no limit)`.
`suggest`, `edits apply` and `edits undo` read their text file under that limit but took no
`--max-bytes`: the advice was a usage error (`No such option: --max-bytes`), and the edit log of a big
page that `normalize --max-bytes 0` had cleaned could not be applied or undone at all. Now they take
it, as `normalize` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = "全市召开会议\n\n本报讯 近日，全市召开会议。 会议指出，要扎实推进各项工作。\n"


@pytest.fixture
def made(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """A page, its cleaned text and edit log in the working folder; the page's size in bytes."""
    monkeypatch.chdir(tmp_path)
    Path("p.txt").write_text(PAGE, encoding="utf-8")
    done = runner.invoke(app, ["normalize", "p.txt", "-o", "n.txt", "--edits", "e.jsonl"])
    assert done.exit_code == 0, done.output
    assert Path("n.txt").read_text(encoding="utf-8") != PAGE  # the log holds an edit
    return len(PAGE.encode("utf-8"))


COMMANDS = {
    "suggest": ["suggest", "p.txt"],
    "edits apply": ["edits", "apply", "p.txt", "e.jsonl", "-o", "out.txt"],
    "edits undo": ["edits", "undo", "n.txt", "e.jsonl", "-o", "out.txt"],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_the_limit_the_error_names_can_be_raised(runner: CliRunner, made: int, command: str) -> None:
    args = COMMANDS[command]
    small = runner.invoke(app, [*args, "--max-bytes", "20"])
    assert small.exit_code == 3, small.output
    assert "raise it with --max-bytes, in Python layoutfix.limits(max_bytes=N) (0 = no limit)" in small.stderr
    for limit in ("0", str(made + 100)):
        raised = runner.invoke(app, [*args, "--max-bytes", limit])
        assert raised.exit_code == 0, raised.output


def test_undo_under_a_raised_limit_gives_the_page_back(runner: CliRunner, made: int) -> None:
    result = runner.invoke(app, ["edits", "undo", "n.txt", "e.jsonl", "-o", "back.txt", "--max-bytes", "0"])
    assert result.exit_code == 0, result.output
    assert Path("back.txt").read_text(encoding="utf-8") == PAGE
