"""Rule files as their authors meet them: a guard that matches empty text is refused at load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.errors import RuleError
from layoutfix.normalize.typos import fix_typos, load_ruleset
from layoutfix.tracked import TrackedText

GUARDS = ("before", "after", "not_before", "not_after")


def write_rule(folder: Path, **guards: str) -> Path:
    """One rule file (甲乙丙 -> 甲乙丁) with the given guards, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        "[[rule]]", 'id = "typo.guarded"', 'find = "甲乙丙"', 'replace = "甲乙丁"', 'cert = "high"',
        'why = "test"', 'examples = ["这是甲乙丙。 => 这是甲乙丁。"]', 'keep = ["无关。"]',
    ]
    lines += [f"{name} = {json.dumps(value, ensure_ascii=False)}" for name, value in guards.items()]
    (folder / "guarded.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("field", GUARDS)
@pytest.mark.parametrize("pattern", ["x*", "(?:这|)", r"\s?", "(?!甲)"])
def test_a_guard_matching_empty_text_is_refused_naming_file_rule_and_field(
    tmp_path: Path, field: str, pattern: str
) -> None:
    folder = write_rule(tmp_path, **{field: pattern})
    with pytest.raises(RuleError) as err:
        load_ruleset([folder], include_default=False)
    message = str(err.value)
    for part in ("guarded.toml", "'typo.guarded'", f"'{field}'", "empty text"):
        assert part in message


@pytest.mark.parametrize(("field", "pattern", "text", "fixed"), [
    ("after", "(?=。)", "这是甲乙丙。", "这是甲乙丁。"),
    ("not_after", "(?=。)", "这是甲乙丙。", "这是甲乙丙。"),
    ("before", "是", "这是甲乙丙。", "这是甲乙丁。"),
    ("not_before", "这?是", "这是甲乙丙。", "这是甲乙丙。"),
])
def test_a_guard_that_needs_text_still_loads_and_decides(
    tmp_path: Path, field: str, pattern: str, text: str, fixed: str
) -> None:
    ruleset = load_ruleset([write_rule(tmp_path, **{field: pattern})], include_default=False)
    assert fix_typos(TrackedText(text), ruleset).text == fixed


def test_rules_test_says_why_an_empty_guard_fails_in_one_line_and_exits_4(tmp_path: Path) -> None:
    folder = write_rule(tmp_path, not_after="x*")
    result = CliRunner().invoke(app, ["rules", "test", str(folder)])
    assert result.exit_code == 4
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("layoutfix: error: ")
    for part in ("guarded.toml", "'typo.guarded'", "'not_after'", "empty text"):
        assert part in lines[0]


def test_convert_with_an_empty_after_guard_stops_with_exit_4(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("这是甲乙丙。\n", encoding="utf-8")
    folder = write_rule(tmp_path / "rules", after="x*")
    result = CliRunner().invoke(app, ["convert", str(page), "--rules", str(folder)])
    assert result.exit_code == 4
    assert "'after'" in result.stderr
    assert result.stdout == ""


def test_a_credit_line_gap_of_ideographic_spaces_is_one_unicode_edit_as_docs_rules_says(
    tmp_path: Path,
) -> None:
    """docs/rules.md, "Built-in rules": the gap becomes two plain spaces, its only edit unicode.space."""
    page = tmp_path / "credit.txt"
    page.write_text("全市召开会议\n\n本版编辑：赵静\u3000\u3000美编：王强\n", encoding="utf-8")
    log = tmp_path / "edits.jsonl"
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "txt", "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(e["rule"], e["before"], e["after"]) for e in edits] == [("unicode.space", "\u3000\u3000", "  ")]
    out = tmp_path / "credit.xml"
    assert CliRunner().invoke(app, ["convert", str(page), "-o", str(out)]).exit_code == 0
    assert "本版编辑：赵静  美编：王强" in out.read_text(encoding="utf-8")
