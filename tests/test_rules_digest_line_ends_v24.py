"""The rules digest (TEI `desc[@type="rules-sha256"]`) of the same rules on every machine.

A Windows clone whose git turns LF into CRLF (`core.autocrlf`) loads the same rules, but the digest
hashed the files' bytes: every TEI header recorded another `rules-sha256`, and `golden check` said of
every case that differs that it "was made with other rules". A rule file re-saved by a Windows editor
with a byte order mark was refused ("not valid TOML"), and a lexicon's first word kept the mark. Line
ends and a leading BOM no longer count; any other change still does, and the digest of LF files is
what it was (the golden files' headers stay as they are).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.lexicon import read_lexicon
from layoutfix.normalize import typos

RULE = (
    '[[rule]]\nid = "local.min-qin"\nkind = "typo"\nfind = "民芹"\nreplace = "民勤"\ncert = "high"\n'
    'why = "local place name"\n'
    'examples = ["民芹县治沙 => 民勤县治沙", "走进民芹 => 走进民勤"]\n'
    'keep = ["民勤县治沙", "芹菜种植"]\n'
)
PAGE = "民芹县治沙造林见成效\n\n本报讯 今年以来，民芹县完成造林5万亩。\n"
BOM = b"\xef\xbb\xbf"


def _windows_copy(folder: Path, copy: Path, *, bom: bool = False) -> Path:
    """`folder` as a Windows checkout has it: every text file with CRLF line ends (and a BOM)."""
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    for path in copy.rglob("*"):
        if path.suffix in (".toml", ".txt"):
            data = path.read_bytes().replace(b"\n", b"\r\n")
            path.write_bytes((BOM if bom else b"") + data)
    return copy


def _digest(runner: CliRunner, page: Path, *rules: Path) -> str:
    args = ["convert", str(page), "-f", "tei", "-o", "-"]
    for folder in rules:
        args += ["--rules", str(folder)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    found = re.search(r'rules-sha256" n="([0-9a-f]{64})"', result.stdout)
    assert found, result.stdout
    return found.group(1)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    """A project's own rule folder with a rule, a lexicon and a confusion table, in LF."""
    folder = tmp_path / "mine"
    (folder / "lexicon").mkdir(parents=True)
    (folder / "confusion").mkdir()
    (folder / "local.toml").write_text(RULE, encoding="utf-8")
    (folder / "lexicon" / "places.txt").write_text("民勤县 100\n治沙站\n", encoding="utf-8")
    (folder / "confusion" / "pairs.txt").write_text("芹 勤\n", encoding="utf-8")
    return folder


def test_crlf_and_bom_rule_folder_gives_the_lf_digest(
    runner: CliRunner, tmp_path: Path, page: Path, mine: Path
) -> None:
    lf = _digest(runner, page, mine)
    assert _digest(runner, page, _windows_copy(mine, tmp_path / "crlf")) == lf
    assert _digest(runner, page, _windows_copy(mine, tmp_path / "bom", bom=True)) == lf
    lone_cr = tmp_path / "cr"
    shutil.copytree(mine, lone_cr)
    toml = lone_cr / "local.toml"
    toml.write_bytes(toml.read_bytes().replace(b"\n", b"\r"))
    assert _digest(runner, page, lone_cr) == lf


def test_a_rule_edit_still_changes_the_digest_under_crlf(
    runner: CliRunner, tmp_path: Path, page: Path, mine: Path
) -> None:
    crlf = _windows_copy(mine, tmp_path / "crlf")
    before = _digest(runner, page, crlf)
    toml = crlf / "local.toml"
    toml.write_bytes(toml.read_bytes().replace(b'cert = "high"', b'cert = "medium"'))
    assert _digest(runner, page, crlf) != before
    lexicon = crlf / "lexicon" / "places.txt"
    lexicon.write_bytes(lexicon.read_bytes() + b"\r\n")  # a blank line more is a change of bytes
    edited = _digest(runner, page, crlf)
    lexicon.write_bytes(lexicon.read_bytes().replace("治沙站".encode(), "治沙所".encode()))
    assert _digest(runner, page, crlf) != edited


def test_a_rule_file_with_a_bom_is_applied(runner: CliRunner, tmp_path: Path, page: Path) -> None:
    """Refused before: `not valid TOML: Invalid statement (at line 1, column 1)`."""
    rule = tmp_path / "local.toml"
    rule.write_bytes(BOM + RULE.replace("\n", "\r\n").encode("utf-8"))
    result = runner.invoke(app, ["convert", str(page), "-f", "txt", "--rules", str(rule)])
    assert result.exit_code == 0, result.output
    assert "民勤县完成造林" in result.stdout
    tested = runner.invoke(app, ["rules", "test", str(rule)])
    assert tested.exit_code == 0, tested.output


def test_a_lexicon_with_a_bom_reads_its_first_word(tmp_path: Path) -> None:
    lexicon = tmp_path / "words.txt"
    lexicon.write_bytes(BOM + "民勤县 100\r\n治沙站\r\n".encode())
    assert read_lexicon(lexicon) == [("民勤县", 100), ("治沙站", None)]


def test_a_windows_checkout_of_the_shipped_rules_is_not_other_rules(
    runner: CliRunner, tmp_path: Path, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The symptom: a case that differs (here its text edited by hand) checked on a CRLF clone was
    said to be made with other rules, which sent its reader looking for a `--rules` folder."""
    cases = tmp_path / "cases"
    added = runner.invoke(app, ["golden", "add", str(page), "--name", "c1", "--dir", str(cases)])
    assert added.exit_code == 0, added.output
    expected = cases / "c1" / "expected.txt"
    expected.write_text(expected.read_text(encoding="utf-8").replace("造林", "植树"), encoding="utf-8")
    lf_digest = _digest(runner, page)
    crlf = _windows_copy(typos.shipped_rules_dir(), tmp_path / "shipped-crlf")
    monkeypatch.setattr(typos, "shipped_rules_dir", lambda: crlf)
    assert _digest(runner, page) == lf_digest
    checked = runner.invoke(app, ["golden", "check", str(cases)])
    assert checked.exit_code == 1, checked.output
    assert "DIFFER c1" in checked.stdout
    assert "other rules" not in checked.stdout


def test_an_upper_case_rule_file_is_in_the_digest(runner: CliRunner, tmp_path: Path, page: Path) -> None:
    """The loader reads `local.TOML` as a rule file; editing it changed the output but not the digest,
    so golden files could not tell the two runs apart."""
    folder = tmp_path / "upper"
    folder.mkdir()
    (folder / "local.TOML").write_text(RULE, encoding="utf-8")
    before = _digest(runner, page, folder)
    (folder / "local.TOML").write_text(RULE.replace('cert = "high"', 'cert = "medium"'), encoding="utf-8")
    assert _digest(runner, page, folder) != before
