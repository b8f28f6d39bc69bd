"""`--edits -` writes the edit log to standard output, as `-o -` does the output and `batch --report -`
the report. Before, it wrote a file named `-` into the working folder, which a user piping the log
(`--edits - -o out.xml | jq`) never saw."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.tracked import apply_edits

PAGE = "全省会议召开\n\n近日，全省 会议在兰州召开.\n"


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "p.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.mark.parametrize(("command", "suffix"), [("convert", "xml"), ("normalize", "txt")])
def test_the_log_goes_to_standard_output(
    runner: CliRunner, page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, suffix: str
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / f"out.{suffix}"
    result = runner.invoke(app, [command, str(page), "-o", str(out), "--edits", "-"])
    assert result.exit_code == 0, result.stderr
    assert not (tmp_path / "-").exists()
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["rule"] for r in records} >= {"space.cjk-cjk", "punct.period"}
    assert out.exists()
    if command == "normalize":
        from layoutfix.editlog import loads_edits

        assert apply_edits(PAGE, loads_edits(result.stdout)) == out.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["convert", "normalize"])
def test_log_and_output_both_on_standard_output_is_a_usage_error(
    runner: CliRunner, page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [command, str(page), "--edits", "-"])
    assert result.exit_code == 2
    assert "standard output" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
    assert os.listdir(tmp_path) == ["p.txt"]
