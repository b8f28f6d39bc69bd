"""Golden-file regression: every case in golden/ is its own test, plus the `layoutfix golden` workflow."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import load_schema
from layoutfix.cli import app
from layoutfix.golden import GoldenCase, check_case, find_cases

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
CASES = find_cases([GOLDEN])


def test_golden_folder_has_enough_cases() -> None:
    assert len(CASES) >= 12
    assert "seed-page" in {c.name for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_case(case: GoldenCase) -> None:
    """The case's current output matches its expected files, and the expected TEI is schema-valid."""
    result = check_case(case)
    assert result.status == "ok", (
        f"{case.name}: {result.error or ''}\n{result.tei_diff}\n{result.txt_diff}\n{result.edits_diff}")
    schema = load_schema()
    doc = etree.parse(str(case.expected_tei))
    assert schema.validate(doc), f"{case.name}: {schema.error_log.last_error}"


def _copy_case(tmp_path: Path, name: str = "markdown-export") -> Path:
    dest = tmp_path / "cases" / name
    shutil.copytree(GOLDEN / name, dest)
    return dest


def test_check_fails_on_altered_expected_and_passes_after_update(tmp_path: Path) -> None:
    runner = CliRunner()
    case = _copy_case(tmp_path)
    tei = case / "expected.tei.xml"
    text = tei.read_text(encoding="utf-8")
    assert "因地制宜" in text
    tei.write_text(text.replace("因地制宜", "因时制宜"), encoding="utf-8")

    failed = runner.invoke(app, ["golden", "check", str(case.parent)])
    assert failed.exit_code == 1
    assert "DIFFER markdown-export" in failed.stdout
    assert "-" in failed.stdout and "因时制宜" in failed.stdout and "因地制宜" in failed.stdout

    updated = runner.invoke(app, ["golden", "update", str(case.parent), "--case", "markdown-export"])
    assert updated.exit_code == 0, updated.stdout
    assert "updated markdown-export" in updated.stdout
    assert tei.read_text(encoding="utf-8") == text

    passed = runner.invoke(app, ["golden", "check", str(case.parent)])
    assert passed.exit_code == 0, passed.stdout
    assert "1 case: 1 match, 0 differ" in passed.stdout


def test_attribute_order_and_indentation_do_not_count(tmp_path: Path) -> None:
    case = _copy_case(tmp_path)
    tei = case / "expected.tei.xml"
    root = etree.parse(str(tei)).getroot()
    flat = etree.tostring(root, encoding="unicode").replace("\n", "").replace("  <", "<")
    flat = flat.replace('xml:lang="zh-Hans"', 'xml:lang="zh-Hans"   ')
    tei.write_text(flat, encoding="utf-8")
    result = check_case(GoldenCase("markdown-export", case, case / "input.txt"))
    assert result.status == "ok", result.tei_diff


def test_text_difference_is_reported(tmp_path: Path) -> None:
    case = _copy_case(tmp_path)
    txt = case / "expected.txt"
    txt.write_text(txt.read_text(encoding="utf-8").replace("临夏州", "临夏县", 1), encoding="utf-8")
    result = check_case(GoldenCase("markdown-export", case, case / "input.txt"))
    assert result.status == "differ"
    assert "+临夏州" in result.txt_diff.replace("+++", "") and "-临夏县" in result.txt_diff.replace("---", "")
    assert result.tei_diff == ""


def test_json_report_for_ci(tmp_path: Path) -> None:
    case = _copy_case(tmp_path)
    (case / "expected.tei.xml").write_text("<TEI><broken></TEI>", encoding="utf-8")
    other = _copy_case(tmp_path, "spacing")
    assert other.exists()
    out = CliRunner().invoke(app, ["golden", "check", "--json", str(case.parent)])
    assert out.exit_code == 2
    report = json.loads(out.stdout)
    assert report["cases"] == 2 and report["ok"] == 1 and report["error"] == 1
    bad = next(r for r in report["results"] if r["case"] == "markdown-export")
    assert "not well-formed" in bad["error"]


def test_add_creates_a_case_that_checks_clean(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("民勤县治沙造林见成效\n\n本报民勤讯(通讯员何军)今年以来,民勤县完成造林5万亩。\n", "utf-8")
    out = CliRunner().invoke(
        app, ["golden", "add", str(page), "--name", "minqin", "--dir", str(tmp_path / "g"), "--page", "4"]
    )
    assert out.exit_code == 0, out.stdout
    folder = tmp_path / "g" / "minqin"
    assert (folder / "input.txt").read_bytes() == page.read_bytes()
    assert 'page = 4' in (folder / "options.toml").read_text(encoding="utf-8")
    assert "民勤县完成造林5万亩" in (folder / "expected.txt").read_text(encoding="utf-8")
    assert check_case(find_cases([tmp_path / "g"])[0]).status == "ok"
    again = CliRunner().invoke(
        app, ["golden", "add", str(page), "--name", "minqin", "--dir", str(tmp_path / "g")]
    )
    assert again.exit_code == 2


def test_user_rules_folder_takes_part(tmp_path: Path) -> None:
    """`golden check --rules MYRULES/ MYCASES/`: a user's rule is applied to every case."""
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "local.toml").write_text(
        '[[rule]]\nid = "local.min-qin"\nkind = "typo"\nfind = "民芹"\nreplace = "民勤"\ncert = "high"\n'
        'why = "local place name"\n'
        'examples = ["民芹县治沙 => 民勤县治沙", "走进民芹 => 走进民勤"]\n'
        'keep = ["民勤县治沙", "芹菜种植"]\n',
        encoding="utf-8",
    )
    page = tmp_path / "page.txt"
    page.write_text("民芹县治沙造林见成效\n\n本报讯 今年以来,民芹县完成造林5万亩。\n", "utf-8")
    cases = tmp_path / "mycases"
    runner = CliRunner()
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(cases)])
    assert added.exit_code == 0
    assert runner.invoke(app, ["golden", "update", str(cases), "--rules", str(rules)]).exit_code == 0
    assert "民勤县完成造林" in (cases / "c1" / "expected.txt").read_text(encoding="utf-8")
    with_rules = runner.invoke(app, ["golden", "check", "--rules", str(rules), str(cases)])
    assert with_rules.exit_code == 0, with_rules.stdout
    without = runner.invoke(app, ["golden", "check", str(cases)])
    assert without.exit_code == 1


def test_unknown_case_and_missing_folder_are_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["golden", "check", str(tmp_path / "nope")]).exit_code == 2
    assert runner.invoke(app, ["golden", "check", str(GOLDEN), "--case", "no-such-case"]).exit_code == 2


def _convert_with_seed(seed: str, path: Path) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run(
        [sys.executable, "-m", "layoutfix.cli", "convert", str(path), "--page", "2"],
        capture_output=True, env=env, check=True, cwd=ROOT,
    )
    return proc.stdout


def test_output_is_byte_identical_across_hash_seeds() -> None:
    page = GOLDEN / "seed-page" / "input.txt"
    first = _convert_with_seed("0", page)
    second = _convert_with_seed("2718281", page)
    assert first == second
    assert b"<choice>" in first


# --- audit round 4: golden files as an archive runs them in its own CI ---------------------------------


def _golden(*args: str) -> Any:
    return CliRunner().invoke(app, ["golden", *args])


def test_new_layoutfix_version_alone_makes_no_case_differ(tmp_path: Path) -> None:
    """An upgrade changes application/@version in every TEI header: that alone must not fail a check,
    nor make `update` rewrite every expected file."""
    case = _copy_case(tmp_path)
    tei = case / "expected.tei.xml"
    text = tei.read_text(encoding="utf-8")
    older = re.sub(r'(ident="layoutfix" version=")[^"]*"', r'\g<1>0.0.1"', text)
    assert older != text
    tei.write_text(older, encoding="utf-8")
    checked = _golden("check", str(case.parent))
    assert checked.exit_code == 0, checked.stdout
    updated = _golden("update", str(case.parent))
    assert updated.exit_code == 0 and "unchanged markdown-export" in updated.stdout
    assert tei.read_text(encoding="utf-8") == older


def test_spaces_around_inline_elements_count(tmp_path: Path) -> None:
    """Only whitespace-only text (indentation) is ignored: a space gained next to a correction is a
    change of the text, even when there is no expected.txt to show it."""
    case = _copy_case(tmp_path, "typo-rules")
    (case / "expected.txt").unlink()
    tei = case / "expected.tei.xml"
    text = tei.read_text(encoding="utf-8")
    assert "<choice>" in text
    tei.write_text(text.replace("<choice>", " <choice>", 1), encoding="utf-8")
    result = check_case(find_cases([case])[0])
    assert result.status == "differ"


@pytest.mark.parametrize(("toml", "message"), [
    ('apply = "sometimes"', "apply"),
    ('min_conf = "high"', "min_conf"),
    ("paper = 5", "paper"),
    ('page = "three"', "page"),
    ("page = 0", "page"),
    ("page = 3.5", "page"),
    ("variants = true", "variants"),
    ('encoding = ["gbk"]', "encoding"),
])
def test_bad_option_value_is_a_one_line_error(tmp_path: Path, toml: str, message: str) -> None:
    """A wrong value in options.toml names the file and the key, exit 2, no traceback, nothing written."""
    case = _copy_case(tmp_path)
    (case / "options.toml").write_text(toml + "\n", encoding="utf-8")
    before = (case / "expected.tei.xml").read_bytes()
    for command in ("check", "update"):
        out = _golden(command, str(case))
        assert out.exit_code == 2, (command, out.output)
        assert out.exception is None or isinstance(out.exception, SystemExit), out.exception
        errors = out.stderr + out.stdout
        assert "options.toml" in errors and message in errors and "Traceback" not in errors
    assert (case / "expected.tei.xml").read_bytes() == before


def test_toml_date_is_taken_as_the_issue_date(tmp_path: Path) -> None:
    """`date = 2023-10-12` (a TOML date, no quotes) means the same as the quoted form."""
    case = _copy_case(tmp_path)
    (case / "options.toml").write_text("date = 2023-10-12\n", encoding="utf-8")
    assert _golden("update", str(case)).exit_code == 0
    quoted = tmp_path / "quoted"
    shutil.copytree(case, quoted)
    (quoted / "options.toml").write_text('date = "2023-10-12"\n', encoding="utf-8")
    assert 'when="2023-10-12"' in (case / "expected.tei.xml").read_text(encoding="utf-8")
    assert check_case(find_cases([quoted])[0]).status == "ok"


def test_a_folder_without_cases_fails_the_check(tmp_path: Path) -> None:
    """A wrong path in CI, or inputs renamed away, must not pass as '0 cases, all match'."""
    (tmp_path / "empty").mkdir()
    out = _golden("check", str(tmp_path / "empty"))
    assert out.exit_code == 2 and "no golden cases" in out.stderr


def test_a_case_folder_without_a_readable_input_is_an_error(tmp_path: Path) -> None:
    case = _copy_case(tmp_path)
    (case / "input.txt").rename(case / "input.TXT")
    _copy_case(tmp_path, "spacing")
    out = _golden("check", str(case.parent))
    assert out.exit_code == 2  # (the case's error in the report; the other case still runs)
    assert "ERROR markdown-export" in out.stdout and "no input file" in out.stdout
    assert "2 cases: 1 match" in out.stdout


def test_add_that_fails_leaves_no_case_behind(tmp_path: Path) -> None:
    """A page that cannot be converted: error, and no half-made folder blocking the next `add`."""
    page = tmp_path / "page.txt"
    page.write_bytes(b"\x00\x01binary\x00" * 50)
    out = _golden("add", str(page), "--name", "bad", "--dir", str(tmp_path / "g"))
    assert out.exit_code == 2 and "binary" in out.stderr
    assert not (tmp_path / "g" / "bad").exists()
    page.write_text("民勤县治沙造林见成效\n\n本报讯 今年以来,民勤县完成造林5万亩。\n", "utf-8")
    assert _golden("add", str(page), "--name", "bad", "--dir", str(tmp_path / "g")).exit_code == 0


def test_add_takes_an_issue_folder(tmp_path: Path) -> None:
    """A case may hold a whole issue (input/); `add` makes one from a folder of pages."""
    issue = tmp_path / "issue"
    shutil.copytree(GOLDEN / "issue-jumps" / "input", issue)
    out = _golden("add", str(issue), "--name", "my-issue", "--dir", str(tmp_path / "g"),
                  "--paper", "甘肃日报", "--date", "2023-10-12")
    assert out.exit_code == 0, out.output
    case = tmp_path / "g" / "my-issue"
    assert sorted(p.name for p in (case / "input").iterdir()) == sorted(p.name for p in issue.iterdir())
    assert (case / "expected.tei.xml").read_text(encoding="utf-8") == (
        GOLDEN / "issue-jumps" / "expected.tei.xml").read_text(encoding="utf-8")
    assert check_case(find_cases([case])[0]).status == "ok"
