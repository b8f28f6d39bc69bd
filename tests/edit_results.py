"""What `edits apply|undo` leave on the terminal when they refuse a page or give it back untouched,
read alike by the tests of page options, page paths and markup pages."""

from __future__ import annotations

from typing import Any


def error_line(result: Any) -> str:
    """The one error line of a refused command (exit 5, nothing on stdout)."""
    assert result.exit_code == 5, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("layoutfix: error: ") and result.stderr.count("\n") == 1, result.stderr
    return str(result.stderr)


def unchanged_with_note(result: Any, text: str, page: str) -> None:
    """The text given back unchanged (exit 0) with one note saying the log has no lines for `page`."""
    assert result.exit_code == 0, result.output
    assert result.stdout == text
    assert result.stderr.startswith("layoutfix: note: ") and result.stderr.count("\n") == 1
    assert f"no lines for {page}," in result.stderr
