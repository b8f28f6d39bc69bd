"""Golden cases guard the edit log too (`expected.edits.jsonl`), and `golden add` takes every option
an options.toml holds."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.golden import check_case, find_cases

GOLDEN = Path(__file__).resolve().parent.parent / "golden"

#: A user rule whose edits are of a kind the TEI shows only as a count (punct), so its id and
#: certainty are written nowhere but in the edit log.
DASH_RULE = """[[rule]]
id = "{id}"
kind = "punct"
find = "~~"
replace = "——"
cert = "{cert}"
why = "a dash the OCR read as two tildes"
examples = ["合作~~共赢 => 合作——共赢"]
"""
PAGE = "民勤县治沙造林见成效\n\n本报讯 今年以来，民勤县完成造林5万亩~~成效显著。\n"


def _golden(*args: str) -> Any:
    return CliRunner().invoke(app, ["golden", *args])


def _rules(folder: Path, rule_id: str, cert: str) -> Path:
    folder.mkdir()
    (folder / "local.toml").write_text(DASH_RULE.format(id=rule_id, cert=cert), encoding="utf-8")
    return folder


def _case_with_dash_rule(tmp_path: Path) -> Path:
    """A case whose expected files (and log) were made with the dash rule, id local.dash, medium."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    cases = tmp_path / "cases"
    assert _golden("add", str(page), "--name", "c1", "--dir", str(cases)).exit_code == 0
    (cases / "c1" / "options.toml").write_text('apply = "medium"\n', encoding="utf-8")
    rules = _rules(tmp_path / "rules-before", "local.dash", "medium")
    assert _golden("update", str(cases), "--rules", str(rules)).exit_code == 0
    assert "——成效显著" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")
    return cases


@pytest.mark.parametrize(("rule_id", "cert", "changed"), [
    ("local.dash", "high", '"cert": "high"'),
    ("local.tilde-dash", "medium", '"rule": "local.tilde-dash"'),
])
def test_check_fails_when_the_log_changes_but_the_tei_does_not(
    tmp_path: Path, rule_id: str, cert: str, changed: str
) -> None:
    """A rule that now fires with another certainty or under another id makes the same text: only the
    edit log shows it, and the check must fail with a diff of the log lines."""
    cases = _case_with_dash_rule(tmp_path)
    rules = _rules(tmp_path / "rules-after", rule_id, cert)
    result = check_case(find_cases([cases])[0], [rules])
    assert result.status == "differ"
    assert result.tei_diff == "" and result.txt_diff == ""
    out = _golden("check", str(cases), "--rules", str(rules))
    assert out.exit_code == 1, out.output
    assert "DIFFER c1" in out.stdout and "expected.edits.jsonl" in out.stdout
    assert '-{"start": ' in out.stdout and '"cert": "medium"' in out.stdout
    assert '+{"start": ' in out.stdout and changed in out.stdout


def test_case_without_a_log_checks_as_before_and_is_counted(tmp_path: Path) -> None:
    """Cases made before logs were kept still pass; the run says once how many have no log, and
    `update` gives them one."""
    for name in ("markdown-export", "spacing"):
        shutil.copytree(GOLDEN / name, tmp_path / name)
    (tmp_path / "spacing" / "expected.edits.jsonl").unlink()
    out = _golden("check", str(tmp_path))
    assert out.exit_code == 0, out.output
    assert out.stderr.count("no expected.edits.jsonl") == 1 and "layoutfix: note: 1 of 2 cases" in out.stderr
    report = json.loads(_golden("check", "--json", str(tmp_path)).stdout)
    assert report["without_edit_log"] == ["spacing"] and report["ok"] == 2
    updated = _golden("update", str(tmp_path))
    assert "updated spacing (expected.edits.jsonl)" in updated.stdout
    assert "unchanged markdown-export" in updated.stdout
    assert (tmp_path / "spacing" / "expected.edits.jsonl").read_bytes() == (
        GOLDEN / "spacing" / "expected.edits.jsonl").read_bytes()


def test_json_spelling_of_the_log_does_not_count_but_a_bad_line_is_an_error(tmp_path: Path) -> None:
    case = tmp_path / "unicode-cleanup"
    shutil.copytree(GOLDEN / "unicode-cleanup", case)
    log = case / "expected.edits.jsonl"
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    log.write_text("".join(json.dumps(r, sort_keys=True) + "\n\n" for r in records), encoding="utf-8")
    assert _golden("check", str(case)).exit_code == 0
    log.write_text(log.read_text(encoding="utf-8") + '{"start": 3,\n', encoding="utf-8")
    out = _golden("check", str(case))
    assert out.exit_code == 2 and "expected.edits.jsonl line" in out.stdout and "not JSON" in out.stdout
    assert _golden("update", str(case)).exit_code == 0
    assert log.read_bytes() == (GOLDEN / "unicode-cleanup" / "expected.edits.jsonl").read_bytes()


def test_add_writes_every_option_into_options_toml_and_check_uses_them(tmp_path: Path) -> None:
    """`golden add --variants t2s --apply medium ...` keeps the options in options.toml (a number as a
    number), so `check` converts the page the same way."""
    page = tmp_path / "page.txt"
    shutil.copyfile(GOLDEN / "variants-t2s" / "input.txt", page)
    cases = tmp_path / "cases"
    out = _golden("add", str(page), "--name", "t2s", "--dir", str(cases), "--variants", "t2s",
                  "--apply", "medium", "--from", "txt", "--encoding", "utf-8", "--min-conf", "0.5")
    assert out.exit_code == 0, out.output
    case = cases / "t2s"
    options = tomllib.loads((case / "options.toml").read_text(encoding="utf-8"))
    assert options == {"variants": "t2s", "apply": "medium", "from": "txt", "encoding": "utf-8",
                       "min_conf": 0.5}
    assert "澳门社团参访甘肃" in (case / "expected.txt").read_text(encoding="utf-8")
    assert '"rule": "variant.t2s"' in (case / "expected.edits.jsonl").read_text(encoding="utf-8")
    assert _golden("check", str(cases)).exit_code == 0
    (case / "options.toml").write_text('apply = "medium"\n', encoding="utf-8")
    assert _golden("check", str(cases)).exit_code == 1


def test_add_refuses_an_option_value_options_toml_cannot_take(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = _golden("add", str(page), "--name", "c1", "--dir", str(tmp_path / "g"), "--apply", "sometimes")
    assert out.exit_code == 2 and "is not one of" in out.output
    assert not (tmp_path / "g" / "c1").exists()


def test_an_issue_case_logs_its_pages_relative_to_the_case(tmp_path: Path) -> None:
    """An issue's log names each page file as `input/...`, so it does not depend on where the case is."""
    out = _golden("add", str(GOLDEN / "issue-jumps" / "input"), "--name", "issue", "--dir",
                  str(tmp_path / "g"), "--paper", "甘肃日报", "--date", "2023-10-12")
    assert out.exit_code == 0, out.output
    log = (tmp_path / "g" / "issue" / "expected.edits.jsonl").read_text(encoding="utf-8")
    assert log == (GOLDEN / "issue-jumps" / "expected.edits.jsonl").read_text(encoding="utf-8")
    assert {json.loads(line)["source"] for line in log.splitlines()} == {
        f"input/gsrb_p0{n}.txt" for n in range(1, 5)}


def test_a_log_holding_a_line_separator_inside_an_edit_is_read_whole(tmp_path: Path) -> None:
    """The edit log writes U+0085 (a C1 control the page carried) and U+2028 unescaped inside a
    line; Python's `str.splitlines` breaks at them, so `golden add` refused its own log."""
    page = tmp_path / "nel.txt"
    page.write_text("本报讯\n\n他说\x85好。各地\u2028推进。\n", encoding="utf-8")
    cases = tmp_path / "cases"
    out = _golden("add", str(page), "--name", "nel", "--dir", str(cases))
    assert out.exit_code == 0, out.output
    log = (cases / "nel" / "expected.edits.jsonl").read_text(encoding="utf-8")
    assert "\x85" in log or "\\u0085" in log
    assert _golden("check", str(cases)).exit_code == 0
