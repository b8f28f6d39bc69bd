"""The TEI header names the input the same way however its path was typed, and records the settings
that changed the text (a downstream consumer's audit, v12)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from conftest_tei import assert_valid, load_schema
from layoutfix.cli import app
from layoutfix.issue import convert_issue

TEI = "{http://www.tei-c.org/ns/1.0}"
RULE = '[[rule]]\nid = "typo.mine"\nfind = "抓好落时"\nreplace = "抓好落实"\ncert = "high"\nwhy = "a test"\n'
PAGE = "全市召开会议\n\n近日，全市召开会议。会议强调要抓好落实。\n"


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, ["convert", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _settings(tei: str) -> dict[str, str]:
    root = assert_valid(load_schema(), tei)
    return {d.get("type"): d.get("n") for d in root.iter(f"{TEI}desc")}


def test_convert_records_the_file_name_however_the_path_was_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed-page.txt").write_text(PAGE, encoding="utf-8")
    absolute = _run(str(folder / "seed-page.txt"))
    monkeypatch.chdir(tmp_path)
    relative = _run(os.path.join("in", "seed-page.txt"))
    monkeypatch.chdir(folder)
    bare = _run("seed-page.txt")
    assert absolute == relative == bare
    assert str(tmp_path) not in absolute
    assert "<idno type=\"file\">seed-page.txt</idno>" in bare


def test_an_issue_records_each_page_by_file_name(tmp_path: Path) -> None:
    for n in (1, 2):
        (tmp_path / f"p{n}.txt").write_text(PAGE, encoding="utf-8")
    tei = convert_issue([tmp_path]).output
    root = etree.fromstring(tei.encode("utf-8"))
    assert [i.text for i in root.iter(f"{TEI}idno")] == ["p1.txt", "p2.txt"]


def test_the_header_records_the_settings_that_change_the_text(tmp_path: Path) -> None:
    page = tmp_path / "zero.txt"
    page.write_text(PAGE, encoding="utf-8")
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "mine.toml").write_text(
        RULE, encoding="utf-8")
    plain = _run(str(page))
    tuned = _run(str(page), "--apply", "low", "--apply-suggestions", "low", "--variants", "t2s",
                 "--rules", str(rules))
    assert plain != tuned
    before, after = _settings(plain), _settings(tuned)
    assert before["apply"] == "high" and after["apply"] == "low"
    assert before["apply-suggestions"] == "none" and after["apply-suggestions"] == "low"
    assert before["variants"] == "none" and after["variants"] == "t2s"
    assert before["shipped-rules"] == after["shipped-rules"] == "on"
    assert before["rules-sha256"] != after["rules-sha256"]
    assert str(rules) not in tuned and "myrules" not in tuned  # never a local path
    assert _run(str(page), "--apply", "low", "--apply-suggestions", "low", "--variants", "t2s",
                "--rules", str(rules)) == tuned  # byte-stable


def test_an_edited_rule_file_changes_the_digest(tmp_path: Path) -> None:
    page = tmp_path / "zero.txt"
    page.write_text(PAGE, encoding="utf-8")
    rules = tmp_path / "myrules"
    rules.mkdir()
    rule = rules / "mine.toml"
    rule.write_text(RULE, encoding="utf-8")
    first = _settings(_run(str(page), "--rules", str(rules)))["rules-sha256"]
    rule.write_text(rule.read_text(encoding="utf-8").replace("high", "medium"), encoding="utf-8")
    assert _settings(_run(str(page), "--rules", str(rules)))["rules-sha256"] != first


def test_min_conf_is_recorded_for_a_page_with_confidences() -> None:
    page = Path(__file__).parent / "fixtures" / "tei_profile" / "separator.alto.xml"
    assert _settings(_run(str(page), "--min-conf", "0.5"))["min-conf"] == "0.5"
    assert "min-conf" not in _settings(_run(str(Path(__file__).parent / "pages" / "profile-example.txt")))
