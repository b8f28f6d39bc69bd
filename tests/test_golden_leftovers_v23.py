"""Leftovers of a CI maintainer's walk-through of `layoutfix golden` (v23): holes through which a
check passed, or an update rewrote, without a word.

1. `expected.txt` was compared by its lines, so one that lost its final newline still matched: a
   layoutfix regression dropping the final newline of its txt output would pass too.
2. A UTF-8 BOM at the start of `expected.txt` (an editor on Windows) made the case differ, its diff a
   line that reads the same; the edit log's BOM matched already.
4. Case folders `B/` and `b/` (one folder on macOS and Windows) both ran.
5. `golden add --page +3` was taken as page 3: convert refuses a sign.
6. An `options.toml` saved with a UTF-8 BOM (an editor on Windows) was refused.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from layoutfix.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"


def golden(*args: str) -> Result:
    return CliRunner().invoke(app, ["golden", *args])


def copy_case(tmp_path: Path, name: str = "typo-rules", folder: str = "cases") -> Path:
    case = tmp_path / folder / name
    shutil.copytree(GOLDEN / name, case)
    return case


# --- 1. expected.txt is compared as a whole text, its final newline included ------------------------


def test_expected_txt_without_its_final_newline_differs(tmp_path: Path) -> None:
    case = copy_case(tmp_path)
    txt = case / "expected.txt"
    text = txt.read_bytes()
    assert text.endswith(b"\n") and not text.endswith(b"\n\n")
    txt.write_bytes(text[:-1])
    result = golden("check", str(case.parent))
    assert result.exit_code == 1, result.output
    assert "DIFFER typo-rules" in result.stdout
    assert "\\ No newline at end of file" in result.stdout  # the one-line reason, as diff -u says it
    assert "{+\\u000a+}" in result.stdout  # the `?` line marks the line feed the output adds


def test_a_final_newline_diff_applies_as_a_patch(tmp_path: Path) -> None:
    """`patch expected.txt < txt_diff` gives what update writes: the output, final newline included."""
    case = copy_case(tmp_path)
    txt = case / "expected.txt"
    want = txt.read_bytes()
    txt.write_bytes(want[:-1])
    result = golden("check", "--json", str(case.parent))
    assert result.exit_code == 1, result.output
    diff = json.loads(result.stdout)["results"][0]["txt_diff"]
    if shutil.which("patch") is None:
        pytest.skip("no patch program")
    subprocess.run(["patch", "-s", str(txt)], input=diff.encode("utf-8"), check=True)
    assert txt.read_bytes() == want


@pytest.mark.parametrize("extra", ["\n", "\n\n", " \n"])
def test_expected_txt_with_more_at_its_end_differs(tmp_path: Path, extra: str) -> None:
    case = copy_case(tmp_path)
    txt = case / "expected.txt"
    txt.write_bytes(txt.read_bytes() + extra.encode("utf-8"))  # trailing blank lines: no part of the output
    result = golden("check", str(case.parent))
    assert result.exit_code == 1, result.output


def test_update_restores_the_final_newline(tmp_path: Path) -> None:
    case = copy_case(tmp_path)
    txt = case / "expected.txt"
    want = txt.read_bytes()
    txt.write_bytes(want[:-1])
    result = golden("update", str(case.parent))
    assert result.exit_code == 0, result.output
    assert "updated typo-rules (expected.txt)" in result.stdout
    assert txt.read_bytes() == want
    assert golden("check", str(case.parent)).exit_code == 0


def test_a_crlf_checkout_of_expected_txt_still_matches(tmp_path: Path) -> None:
    """Line ends are decoded as before (git's autocrlf on Windows): only the text counts."""
    case = copy_case(tmp_path)
    txt = case / "expected.txt"
    txt.write_bytes(txt.read_bytes().replace(b"\n", b"\r\n"))
    result = golden("check", str(case.parent))
    assert result.exit_code == 0, result.output


# --- 2. a BOM at the start of expected.txt is no part of its text -----------------------------------


def test_a_bom_in_expected_txt_matches_as_in_the_edit_log(tmp_path: Path) -> None:
    case = copy_case(tmp_path)
    for name in ("expected.txt", "expected.edits.jsonl"):
        path = case / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    result = golden("check", str(case.parent))
    assert result.exit_code == 0, result.output
    assert "1 case: 1 match" in result.stdout
    assert result.stderr == ""
    updated = golden("update", str(case.parent))
    assert updated.exit_code == 0, updated.output
    assert "unchanged typo-rules" in updated.stdout  # (as the edit log's BOM: the file is left as it is)


def test_a_bom_in_the_middle_of_expected_txt_still_differs(tmp_path: Path) -> None:
    case = copy_case(tmp_path)
    txt = case / "expected.txt"
    lines = txt.read_bytes().split(b"\n")
    lines[2] = b"\xef\xbb\xbf" + lines[2]
    txt.write_bytes(b"\n".join(lines))
    result = golden("check", str(case.parent))
    assert result.exit_code == 1, result.output
    assert "[-\\ufeff-]" in result.stdout


# --- 5. golden add --page reads a page number as convert --page does --------------------------------

PAGE = "惠民政策走进千家万户\n\n本报讯 让政策红利走进千家万户。\n"


@pytest.mark.parametrize("page", ["+3", "-3", "＋3", "+٣"])
def test_golden_add_refuses_a_signed_page_as_convert_does(tmp_path: Path, page: str) -> None:
    source = tmp_path / "page.txt"
    source.write_text(PAGE, encoding="utf-8")
    convert = CliRunner().invoke(app, ["convert", str(source), "--page", page])
    result = golden("add", str(source), "--name", "p1", "--dir", str(tmp_path / "cases"), "--page", page)
    assert convert.exit_code == result.exit_code == 2, result.output
    assert ("page numbers are written without a sign; give a page number (3) or a section label (A4)."
            in result.stderr)
    assert not (tmp_path / "cases").exists()


@pytest.mark.parametrize("page", ["٣", "３", "03"])
def test_golden_add_reads_any_scripts_digits_as_convert_does(tmp_path: Path, page: str) -> None:
    source = tmp_path / "page.txt"
    source.write_text(PAGE, encoding="utf-8")
    cases = tmp_path / "cases"
    for name, given in (("ascii", "3"), ("other", page)):
        result = golden("add", str(source), "--name", name, "--dir", str(cases), "--page", given)
        assert result.exit_code == 0, result.output
    assert (cases / "other" / "options.toml").read_text(encoding="utf-8") == "page = 3\n"
    assert ((cases / "other" / "expected.tei.xml").read_bytes()
            == (cases / "ascii" / "expected.tei.xml").read_bytes())
    assert golden("check", str(cases)).exit_code == 0


# --- 4. case folders that are one folder on macOS and Windows ---------------------------------------


@pytest.mark.parametrize(("first", "second", "why"), [
    ("B", "b", "letter case"),
    (unicodedata.normalize("NFC", "café"), unicodedata.normalize("NFD", "café"), "Unicode normalisation"),
])
def test_check_refuses_case_folders_that_collide_on_macos(
    tmp_path: Path, first: str, second: str, why: str
) -> None:
    cases = tmp_path / "cases"
    for name in (first, second):
        shutil.copytree(GOLDEN / "typo-rules", cases / name)
    if len({p.name for p in cases.iterdir()}) < 2:
        pytest.skip("this file system folds the two names into one folder")
    copy_case(tmp_path, "spacing")
    result = golden("check", str(cases))
    assert result.exit_code == 2, result.output
    assert "3 cases: 1 match, 0 differ, 2 error" in result.stdout
    line = next(line for line in result.stdout.splitlines() if "differ only in" in line)
    assert str(cases / first) in line and str(cases / second) in line and why in line
    report = golden("check", "--json", str(cases))
    assert report.exit_code == 2, report.output
    errors = [r for r in json.loads(report.stdout)["results"] if r["status"] == "error"]
    assert sorted(r["case"] for r in errors) == sorted([first, second])
    assert all("macOS" in r["error"] for r in errors)
    assert report.stderr.count("differ only in") == 2  # one line per case, each naming both


def test_update_writes_nothing_beside_case_folders_that_collide(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    for name in ("B", "b"):
        shutil.copytree(GOLDEN / "typo-rules", cases / name)
    if len({p.name for p in cases.iterdir()}) < 2:
        pytest.skip("this file system folds the two names into one folder")
    (cases / "b" / "expected.txt").write_text("stale\n", encoding="utf-8")
    result = golden("update", str(cases))
    assert result.exit_code == 2, result.output
    assert result.stderr.count("differ only in letter case") == 1
    assert (cases / "b" / "expected.txt").read_text(encoding="utf-8") == "stale\n"


def test_same_names_in_two_folders_of_cases_are_no_twins(tmp_path: Path) -> None:
    """`one/B` and `two/b` are two folders on any disk: both run."""
    copy_case(tmp_path, "typo-rules", "one")
    shutil.copytree(GOLDEN / "typo-rules", tmp_path / "one" / "B")
    shutil.rmtree(tmp_path / "one" / "typo-rules")
    shutil.copytree(GOLDEN / "typo-rules", tmp_path / "two" / "b")
    result = golden("check", str(tmp_path / "one"), str(tmp_path / "two"))
    assert result.exit_code == 0, result.output
