"""The TEI header's rule digest (`desc[@type="rules-sha256"]`) follows every rule file it covers
within one process: a notebook or a batch worker converting after a confusion table was edited
must not record the digest of the table as it was."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"
RULE = '[[rule]]\nid = "typo.mine"\nfind = "抓好落时"\nreplace = "抓好落实"\ncert = "high"\nwhy = "a test"\n'
PAGE = "全市召开会议\n\n近日，全市召开会议。会议强调要抓好落实。\n"


def _digest(*args: str) -> str:
    result = CliRunner().invoke(app, ["convert", *args])
    assert result.exit_code == 0, result.output
    root = etree.fromstring(result.stdout.encode("utf-8"))
    return next(d.get("n") for d in root.iter(f"{TEI}desc") if d.get("type") == "rules-sha256")


def _rule_folder(tmp_path: Path) -> Path:
    rules = tmp_path / "myrules"
    (rules / "confusion").mkdir(parents=True)
    (rules / "mine.toml").write_text(RULE, encoding="utf-8")
    (rules / "confusion" / "mine.txt").write_text("未 末\n", encoding="utf-8")
    return rules


def test_an_edited_confusion_table_changes_the_digest_in_the_same_process(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    rules = _rule_folder(tmp_path)
    first = _digest(str(page), "--rules", str(rules))
    (rules / "confusion" / "mine.txt").write_text("未 末\n己 已\n", encoding="utf-8")
    second = _digest(str(page), "--rules", str(rules))
    assert second != first
    assert _digest(str(page), "--rules", str(rules)) == second  # stable while nothing changes


def test_an_added_confusion_table_changes_the_digest_in_the_same_process(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    rules = _rule_folder(tmp_path)
    first = _digest(str(page), "--rules", str(rules))
    (rules / "confusion" / "more.txt").write_text("己 已\n", encoding="utf-8")
    assert _digest(str(page), "--rules", str(rules)) != first
