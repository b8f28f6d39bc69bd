"""A CI maintainer's walk-through of `layoutfix golden add|check|update` (v22): holes through which
a check passed or said too little (whitespace between inline elements ignored, a missing
expected.txt or a case one folder deeper skipped without a word, a BOM in the edit log an error,
nothing on stderr with --json)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"


def golden(*args: str) -> object:
    return CliRunner().invoke(app, ["golden", *args])


def copy_case(tmp_path: Path, name: str, folder: str = "cases") -> Path:
    case = tmp_path / folder / name
    shutil.copytree(GOLDEN / name, case)
    return case


def edit_tei(case: Path, old: str, new: str) -> None:
    tei = case / "expected.tei.xml"
    text = tei.read_bytes().decode("utf-8")  # (CRLF kept as it is)
    assert old in text
    tei.write_bytes(text.replace(old, new, 1).encode("utf-8"))


# --- 1. whitespace between inline elements is text ------------------------------------------------


@pytest.mark.parametrize("space", [" ", "\u3000", "\u00a0", "\n"])
@pytest.mark.parametrize(("case_name", "inline"), [
    ("hocr-three-articles", "</unclear><unclear"),  # two inline elements side by side in a p
    ("typo-rules", "</sic><corr"),  # the reading and the correction of a choice
])
def test_whitespace_between_inline_elements_differs(
    tmp_path: Path, space: str, case_name: str, inline: str
) -> None:
    case = copy_case(tmp_path, case_name)
    edit_tei(case, inline, inline.replace("><", f">{space}<"))
    result = golden("check", str(case.parent))
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    assert f"DIFFER {case_name}" in result.stdout  # type: ignore[attr-defined]


def test_reindented_structure_still_matches(tmp_path: Path) -> None:
    """Indentation between block-level elements never counts: deeper, with tabs or CRLF line ends,
    or none at all between a div's paragraphs."""
    case = copy_case(tmp_path, "hocr-three-articles")
    tei = case / "expected.tei.xml"
    lines = tei.read_text(encoding="utf-8").split("\n")
    tei.write_bytes("\r\n".join("\t" + line if line.startswith("  ") else line
                                  for line in lines).encode("utf-8"))
    edit_tei(case, "</p>\r\n\t        <p", "</p><p")
    result = golden("check", str(case.parent))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]


# --- 2. a deleted or misnamed expected.txt is said ------------------------------------------------


def test_missing_expected_txt_is_noted_and_listed(tmp_path: Path) -> None:
    deleted = copy_case(tmp_path, "typo-rules")
    misnamed = copy_case(tmp_path, "spacing")
    copy_case(tmp_path, "seed-page")
    (deleted / "expected.txt").unlink()
    (misnamed / "expected.txt").rename(misnamed / "Expected.txt")
    result = golden("check", str(deleted.parent))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    stderr = result.stderr  # type: ignore[attr-defined]
    assert ("layoutfix: note: 2 of 3 cases have no expected.txt, so their article texts are not "
            "compared") in stderr
    assert f"layoutfix: note: {misnamed / 'Expected.txt'}: not a file golden check reads" in stderr
    report = golden("check", "--json", str(deleted.parent))
    assert json.loads(report.stdout)["without_text"] == ["spacing", "typo-rules"]  # type: ignore[attr-defined]
    assert "no expected.txt" in report.stderr  # type: ignore[attr-defined]


# --- 3. cases one folder deeper are said; names that are one folder on macOS are refused -----------


def test_cases_one_folder_deeper_are_noted(tmp_path: Path) -> None:
    copy_case(tmp_path, "spacing")
    copy_case(tmp_path, "typo-rules", "cases/1950")
    cases = tmp_path / "cases"
    result = golden("check", str(cases))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert (f"layoutfix: note: {cases / '1950'}: not a case, and the case below it (typo-rules) is not "
            "run") in result.stderr  # type: ignore[attr-defined]
    both = golden("check", str(cases), str(cases / "1950"))
    assert both.exit_code == 0 and "not a case" not in both.stderr  # type: ignore[attr-defined]
    assert "2 cases" in both.stdout  # type: ignore[attr-defined]


def test_deeper_cases_are_not_noted_when_cases_are_picked(tmp_path: Path) -> None:
    """`--case` asks for some cases by name: the ones one folder deeper were not asked for (review RG1)."""
    copy_case(tmp_path, "spacing")
    copy_case(tmp_path, "typo-rules", "cases/1950")
    result = golden("check", str(tmp_path / "cases"), "--case", "spacing")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert "not a case" not in result.stderr  # type: ignore[attr-defined]


def test_only_deeper_cases_name_the_folder_to_give(tmp_path: Path) -> None:
    copy_case(tmp_path, "spacing", "cases/1950")
    result = golden("check", str(tmp_path / "cases"))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert f"cases are deeper down: give {tmp_path / 'cases' / '1950'}" in result.stderr  # type: ignore[attr-defined]


@pytest.mark.parametrize(("existing", "new"), [
    ("B", "b"), ("caf\u00e9", "cafe\u0301"), ("cafe\u0301", "CAF\u00c9"),
])
def test_add_refuses_a_name_one_folder_on_macos(tmp_path: Path, existing: str, new: str) -> None:
    cases = tmp_path / "cases"
    copy_case(tmp_path, "spacing").rename(cases / existing)
    result = golden("add", str(cases / existing / "input.txt"), "--name", new, "--dir", str(cases))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and f"{cases / existing} exists already" in lines[0], lines
    assert sorted(p.name for p in cases.iterdir()) == [existing]


@pytest.mark.parametrize(("existing", "new"), [("strasse", "stra\u00dfe"), ("fi", "\ufb01")])
def test_add_takes_names_those_disks_keep_apart(tmp_path: Path, existing: str, new: str) -> None:
    """APFS, HFS+ and NTFS fold case by simple mapping: `straße` is no `strasse` there (review RG1)."""
    cases = tmp_path / "cases"
    copy_case(tmp_path, "spacing").rename(cases / existing)
    result = golden("add", str(cases / existing / "input.txt"), "--name", new, "--dir", str(cases))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert sorted(p.name for p in cases.iterdir()) == sorted([existing, new])


# --- 6.-9. a BOM in the log, a bad --rules, a FIFO, a folder that does not exist -------------------


def test_bom_in_the_edit_log_matches(tmp_path: Path) -> None:
    """A log re-saved by another tool (Notepad writes a BOM) still matches, as a TEI with one does."""
    case = copy_case(tmp_path, "typo-rules")
    for name in ("expected.edits.jsonl", "expected.tei.xml"):
        path = case / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    result = golden("check", str(case.parent))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]


def test_a_bad_rules_folder_is_said_once(tmp_path: Path) -> None:
    for name in ("spacing", "typo-rules", "seed-page"):
        copy_case(tmp_path, name)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.toml").write_text('[[rule]]\nid = "x"\nfind = "甲"\n', encoding="utf-8")
    for command in ("check", "update"):
        result = golden(command, "--rules", str(rules), str(tmp_path / "cases"))
        assert result.exit_code == 2  # type: ignore[attr-defined]
        lines = result.stderr.splitlines()  # type: ignore[attr-defined]
        assert len(lines) == 1 and str(rules / "bad.toml") in lines[0], lines
        assert result.stdout == ""  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["expected.txt", "expected.edits.jsonl", "expected.tei.xml", "options.toml"])
def test_a_fifo_case_file_is_refused_not_waited_on(tmp_path: Path, name: str) -> None:
    case = copy_case(tmp_path, "spacing")
    (case / name).unlink(missing_ok=True)
    os.mkfifo(case / name)
    for command in ("check", "update"):
        result = golden(command, str(case.parent))
        assert result.exit_code == 2  # type: ignore[attr-defined]
        assert f"{case / name}: a pipe, not a regular file" in result.output  # type: ignore[attr-defined]


def test_a_log_linked_to_dev_zero_is_refused(tmp_path: Path) -> None:
    case = copy_case(tmp_path, "spacing")
    (case / "expected.edits.jsonl").unlink()
    (case / "expected.edits.jsonl").symlink_to("/dev/zero")
    result = golden("check", str(case.parent))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert "symbolic link to a character device, not a regular file" in result.stdout  # type: ignore[attr-defined]


def test_a_folder_that_does_not_exist_is_said_so(tmp_path: Path) -> None:
    result = golden("check", str(tmp_path / "nowhere"))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert result.stderr == f"layoutfix: error: {tmp_path / 'nowhere'}: no such folder\n"  # type: ignore[attr-defined]


# --- 5. --json says on stderr why it failed; the summary counts differ and error apart ---------------


def test_json_check_says_each_failed_case_on_stderr(tmp_path: Path) -> None:
    broken = copy_case(tmp_path, "spacing")
    differs = copy_case(tmp_path, "typo-rules")
    copy_case(tmp_path, "seed-page")
    (broken / "expected.tei.xml").unlink()
    (differs / "expected.txt").write_text("changed\n", encoding="utf-8")
    result = golden("check", "--json", str(broken.parent))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert json.loads(result.stdout)["error"] == 1  # type: ignore[attr-defined]
    assert result.stderr.splitlines() == [  # type: ignore[attr-defined]
        f"layoutfix: error: {broken}: missing expected.tei.xml",
        f"layoutfix: differ: {differs}: expected.txt",
    ]
    text = golden("check", str(broken.parent))
    assert text.stdout.splitlines()[-1] == "3 cases: 1 match, 1 differ, 1 error"  # type: ignore[attr-defined]


# --- 4. a case made by another version or with other rules says so when it differs -----------------


def test_a_differing_case_says_its_recorded_version_and_rules(tmp_path: Path) -> None:
    rules = tmp_path / "mine"
    rules.mkdir()
    (rules / "own.toml").write_text(
        '[[rule]]\nid = "dh.mo-gao"\nfind = "莫高窑"\nreplace = "莫高窟"\ncert = "high"\n'
        'why = "misread"\nexamples = ["在莫高窑数字 => 在莫高窟数字"]\nkeep = ["莫高窟"]\n', encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("敦煌研究院在莫高窑数字展示中心举办壁画数字化成果展。\n", encoding="utf-8")
    cases = tmp_path / "cases"
    added = golden("add", str(page), "--name", "p1", "--dir", str(cases), "--rules", str(rules))
    assert added.exit_code == 0, added.output  # type: ignore[attr-defined]
    assert golden("check", str(cases), "--rules", str(rules)).exit_code == 0  # type: ignore[attr-defined]
    (cases / "p1" / "options.toml").unlink()  # (a case added before own_rules was recorded: the digest tells)
    without = golden("check", str(cases))
    assert without.exit_code == 1  # type: ignore[attr-defined]
    assert ("  note: expected.tei.xml was made with other rules" in without.stdout  # type: ignore[attr-defined]
            and "an earlier state of the shipped rules, or --rules folder(s) it was made with"
            in without.stdout)  # type: ignore[attr-defined]
    notes = json.loads(golden("check", "--json", str(cases)).stdout)["results"][0]["notes"]  # type: ignore[attr-defined]
    assert len(notes) == 1 and "--rules" in notes[0]
    edit_tei(cases / "p1", 'version="', 'version="0.0.1-old')
    older = golden("check", str(cases))
    assert "was made by layoutfix 0.0.1-old" in older.stdout  # type: ignore[attr-defined]
