"""An edit log whose rule ids are not strings is refused with one error line, like any other bad field.

Found while type-checking `Edit.from_json`: `rules` was taken as it came from the JSON, so a number
crashed `edits apply` with a traceback and a string was split into one-character rule ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.editlog import loads_edits


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ")
    return lines[0]

_GOOD = {"start": 2, "end": 3, "before": ",", "after": "，", "kind": "punct", "cert": "high"}


@pytest.mark.parametrize("field", [{"rules": 5}, {"rules": "punct.comma"}, {"rules": ["punct.comma", 7]},
                                   {"rules": {"punct.comma": 1}}, {"rule": ["punct.comma"]}, {"rule": 5}])
def test_edits_apply_refuses_rule_ids_that_are_not_strings(
    runner: CliRunner, tmp_path: Path, field: dict[str, object]
) -> None:
    page, log = tmp_path / "a.txt", tmp_path / "bad.jsonl"
    page.write_text("协商,议政", encoding="utf-8")
    log.write_text(json.dumps(_GOOD | field) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert result.exit_code == 5, result.output
    assert "bad.jsonl:1" in one_error_line(result.stderr)
    assert "rule" in result.stderr


@pytest.mark.parametrize(("field", "rules"), [
    ({"rule": "punct.comma"}, ("punct.comma",)),
    ({"rule": "a+b"}, ("a", "b")),
    ({"rules": ["a", "b"], "rule": "a+b"}, ("a", "b")),
    ({"rules": ["a"]}, ("a",)),
])
def test_edit_logs_as_written_keep_their_rule_ids(field: dict[str, object], rules: tuple[str, ...]) -> None:
    (edit,) = loads_edits(json.dumps(_GOOD | field))
    assert edit.rules == rules
