"""Edit logs a reviewer edits by hand are read strictly and honestly (`edits apply|undo`).

Found in a walk-through by an archivist who reviews every change: a line marked `"accept": false` (how
the review page records a rejected suggestion) was applied all the same; a line without `kind` or
`cert` was read as a `typo` of `high` certainty; `rule` and `rules` could disagree; any other key was
ignored; a `kind` that is a list crashed with a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.editlog import read_edit_log

ROOT = Path(__file__).resolve().parent.parent
SEED_PAGE = ROOT / "examples" / "seed-page.txt"

PAGE = "协商,议政,建言(献策)\n"


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("layoutfix: error: ")
    return lines[0]


def _page_and_log(tmp_path: Path, runner: CliRunner) -> tuple[Path, Path, list[dict[str, object]]]:
    """A page, the edit log `normalize --edits` writes for it, and that log's records."""
    page, log = tmp_path / "p.txt", tmp_path / "p.edits.jsonl"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["normalize", str(page), "--edits", str(log), "-o", str(tmp_path / "o.txt")])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 3
    return page, log, records


def _write(path: Path, records: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _applied(text: str, records: list[dict[str, object]]) -> str:
    """`text` with the changes of `records` (sorted, not overlapping) made, from the records alone."""
    out, at = [], 0
    for rec in records:
        start, end = int(str(rec["start"])), int(str(rec["end"]))
        out += [text[at:start], str(rec["after"])]
        at = end
    return "".join(out) + text[at:]


def test_a_line_marked_accept_false_is_left_out_of_apply_and_undo(runner: CliRunner, tmp_path: Path) -> None:
    page, log, records = _page_and_log(tmp_path, runner)
    records[1]["accept"] = False
    records[2]["accept"] = True
    _write(log, records)
    result = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == _applied(PAGE, records[:1] + records[2:])
    assert str(records[1]["before"]) in result.stdout  # the rejected change is not made
    out = tmp_path / "out.txt"
    out.write_text(result.stdout, encoding="utf-8")
    result = runner.invoke(app, ["edits", "undo", str(out), str(log)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == PAGE


@pytest.mark.parametrize("value", ["no", 0, None, "false"])
def test_accept_must_be_true_or_false(runner: CliRunner, tmp_path: Path, value: object) -> None:
    page, log, records = _page_and_log(tmp_path, runner)
    records[1]["accept"] = value
    _write(log, records)
    result = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert result.exit_code == 5
    line = one_error_line(result.stderr)
    assert "p.edits.jsonl:2" in line and "'accept'" in line
    assert result.stdout == ""


@pytest.mark.parametrize("key", ["accepted", "note", "Kind", "rejected"])
def test_an_unknown_key_is_one_error_naming_line_and_key(runner: CliRunner, tmp_path: Path, key: str) -> None:
    page, log, records = _page_and_log(tmp_path, runner)
    records[2][key] = False
    _write(log, records)
    for command in ("apply", "undo"):
        result = runner.invoke(app, ["edits", command, str(page), str(log)])
        assert result.exit_code == 5, result.stdout
        line = one_error_line(result.stderr)
        assert "p.edits.jsonl:3" in line and repr(key) in line
        assert result.stdout == ""


@pytest.mark.parametrize("key", ["kind", "cert", "start", "after"])
def test_a_missing_field_is_an_error(runner: CliRunner, tmp_path: Path, key: str) -> None:
    page, log, records = _page_and_log(tmp_path, runner)
    del records[1][key]
    _write(log, records)
    result = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert result.exit_code == 5, result.stdout
    line = one_error_line(result.stderr)
    assert "p.edits.jsonl:2" in line and f"missing {key!r}" in line


@pytest.mark.parametrize("rules", [None, "absent"])
def test_a_line_naming_no_rule_is_an_error(runner: CliRunner, tmp_path: Path, rules: object) -> None:
    """`"rules": null` with no `rule` names no rule either (review of v20: it was applied, exit 0, with
    an empty rule id)."""
    page, log, records = _page_and_log(tmp_path, runner)
    del records[1]["rule"]
    if rules == "absent":
        del records[1]["rules"]
    else:
        records[1]["rules"] = rules
    _write(log, records)
    result = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert result.exit_code == 5, result.stdout
    line = one_error_line(result.stderr)
    assert "p.edits.jsonl:2" in line and "missing 'rule'" in line


@pytest.mark.parametrize("change", [
    {"rule": "typo.a", "rules": ["typo.b"]},
    {"rule": "punct.comma", "rules": ["punct.comma", "variant.t2s"]},
    {"rule": "a+b", "rules": ["b", "a"]},
])
def test_rule_and_rules_must_agree(runner: CliRunner, tmp_path: Path, change: dict[str, object]) -> None:
    page, log, records = _page_and_log(tmp_path, runner)
    records[1].update(change)
    _write(log, records)
    result = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert result.exit_code == 5, result.stdout
    line = one_error_line(result.stderr)
    assert "p.edits.jsonl:2" in line and "'rule'" in line and "'rules'" in line


@pytest.mark.parametrize(("change", "key"), [
    ({"kind": ["punct"]}, "kind"), ({"kind": {"punct": 1}}, "kind"), ({"cert": ["high"]}, "cert"),
    ({"block": 5}, "block"), ({"block": ["b1"]}, "block"),
])
def test_fields_of_the_wrong_type_are_one_error_not_a_traceback(
    runner: CliRunner, tmp_path: Path, change: dict[str, object], key: str
) -> None:
    page, log, records = _page_and_log(tmp_path, runner)
    records[1].update(change)
    _write(log, records)
    result = runner.invoke(app, ["edits", "apply", str(page), str(log)])
    assert result.exit_code == 5, (result.stdout, result.stderr)
    line = one_error_line(result.stderr)
    assert "p.edits.jsonl:2" in line and repr(key) in line


def test_the_review_pages_saved_decisions_apply_the_accepted_suggestions(
    runner: CliRunner, tmp_path: Path
) -> None:
    """The review page saves each decided suggestion as its `suggest -f jsonl` record plus `accept`."""
    result = runner.invoke(app, ["suggest", str(SEED_PAGE), "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 2
    for i, rec in enumerate(records):
        rec["accept"] = i != 0
    decisions = tmp_path / "decisions.jsonl"
    _write(decisions, records)
    original = SEED_PAGE.read_text(encoding="utf-8")
    result = runner.invoke(app, ["edits", "apply", str(SEED_PAGE), str(decisions)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == _applied(original, records[1:])
    out = tmp_path / "out.txt"
    out.write_text(result.stdout, encoding="utf-8")
    result = runner.invoke(app, ["edits", "undo", str(out), str(decisions)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == original


def test_logs_as_layoutfix_writes_them_still_load() -> None:
    """The golden corpus keeps logs as layoutfix wrote them: every one is still read."""
    logs = sorted((ROOT / "golden").glob("*/expected.edits.jsonl"))
    assert logs
    for log in logs:
        read_edit_log(log)  # raises EditLogError for a line the reader refuses
