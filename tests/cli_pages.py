"""Running `layoutfix convert` on a page given as text, for the CLI tests of labels and furniture
(imported as `conftest_tei` is)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from layoutfix.cli import app


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
