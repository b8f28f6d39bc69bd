"""A reviewer's findings on the v17 golden diffs: the JSON's `*_diff` fields stopped being unified diffs
that `patch` applies (`?` lines inside hunks, escapes instead of the file's text), `?` lines paired
lines by position, look-alike characters (a compatibility ideograph, NFD, a variation selector) still
looked identical, a literal `\\u3000` read as an escape, and `…` cut marks read as Chinese `……`."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.golden import canonical_lines

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"

#: A page of the user's own: the hanzi and accents the look-alike tests change in the expected text.
PAGE = ("人民代表视察豈山水库\n\n"
        "本报讯 人民代表大会常务委员会组成人员昨日到豈山水库查看工程进展，并与café店主座谈交流。\n\n"
        "代表们察看了大坝、溢洪道和灌区渠系，听取了管理单位关于防汛准备工作的情况汇报。\n")


def golden(*args: str) -> object:
    return CliRunner().invoke(app, ["golden", *args])


def copy_case(tmp_path: Path, name: str) -> Path:
    root = tmp_path / "cases"
    shutil.copytree(GOLDEN / name, root / name)
    return root


def own_case(tmp_path: Path) -> Path:
    """A folder of one case, `own`, added from PAGE; its expected.txt is the output."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    root = tmp_path / "cases"
    added = golden("add", str(page), "--name", "own", "--dir", str(root))
    assert added.exit_code == 0, added.output  # type: ignore[attr-defined]
    return root


def check_json(root: Path) -> dict[str, object]:
    result = golden("check", str(root), "--json")
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    report = json.loads(result.stdout)  # type: ignore[attr-defined]
    (only,) = report["results"]
    assert isinstance(only, dict)
    return only


def check_text(root: Path) -> str:
    result = golden("check", str(root))
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    return str(result.stdout)  # type: ignore[attr-defined]


def apply_unified(lines: list[str], diff: str) -> list[str]:
    """`lines` with a unified diff applied, strictly as `patch` reads it: every hunk line is context,
    removed or added, a hunk holds the line counts its header says, and its context and removed lines
    are the file's lines at the numbers the header gives."""
    out: list[str] = []
    at = 0
    body = diff.split("\n")
    assert body[-1] == "", "a diff ends with a newline"
    body = body[2:-1]  # (the --- and +++ lines)
    n = 0
    while n < len(body):
        header = re.fullmatch(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", body[n])
        assert header, body[n]
        old_start, old_count = int(header[1]), int(header[2] or 1)
        new_count = int(header[4] or 1)
        start = old_start - 1 if old_count else old_start
        out += lines[at:start]
        at = start
        n += 1
        olds = news = 0
        while olds < old_count or news < new_count:
            line = body[n]
            kind, text = line[:1], line[1:]
            assert kind in " -+", f"not a line of a unified diff: {line!r}"
            if kind in " -":
                assert lines[at] == text, f"line {at + 1} is {lines[at]!r}, the diff says {text!r}"
                at += 1
                olds += 1
            if kind in " +":
                out.append(text)
                news += 1
            n += 1
        assert (olds, news) == (old_count, new_count), body[n - 1]
    return out + lines[at:]


def file_lines(text: str) -> list[str]:
    """A file's lines as patch counts them (a final newline ends the last line)."""
    return text.removesuffix("\n").split("\n")


def _reference(root: Path, tmp_path: Path, name: str, file: str) -> str:
    """The file as `golden update` writes it from the current output (in a copy of the cases)."""
    copy = tmp_path / "updated"
    shutil.copytree(root, copy)
    assert golden("update", str(copy)).exit_code == 0  # type: ignore[attr-defined]
    return (copy / name / file).read_text(encoding="utf-8")


# --- 1. the JSON's diffs are unified diffs that patch applies; the marked form is its own field ---


def _txt_changes(case: Path) -> None:
    """A hanzi changed, an ideographic space added and a trailing space added, in expected.txt."""
    txt = case / "expected.txt"
    lines = txt.read_text(encoding="utf-8").split("\n")
    long = [n for n, line in enumerate(lines) if len(line) > 20]
    lines[long[0]] = lines[long[0]].replace(lines[long[0]][5], "龘", 1)
    lines[long[1]] = "\u3000" + lines[long[1]] + " "
    txt.write_text("\n".join(lines), encoding="utf-8")


def test_txt_diff_in_the_json_is_a_patch_of_the_expected_file(tmp_path: Path) -> None:
    root = copy_case(tmp_path, "separators")
    _txt_changes(root / "separators")
    expected = (root / "separators" / "expected.txt").read_text(encoding="utf-8")
    result = check_json(root)
    diff = str(result["txt_diff"])
    assert "\n? " not in diff and "\\u3000" not in diff and "␣" not in diff
    wanted = _reference(root, tmp_path, "separators", "expected.txt")
    assert apply_unified(file_lines(expected), diff) == file_lines(wanted)
    marked = str(result["txt_diff_marked"])
    assert "\n? " in marked and "\\u3000" in marked and "␣" in marked


def test_patch_applies_the_json_diffs(tmp_path: Path) -> None:
    if shutil.which("patch") is None:
        pytest.skip("no patch")
    root = copy_case(tmp_path, "separators")
    case = root / "separators"
    _txt_changes(case)
    tei = case / "expected.tei.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace("植树", "植樹", 1), encoding="utf-8")
    result = check_json(root)
    for file, field in (("expected.txt", "txt_diff"), ("expected.tei.xml", "tei_diff")):
        proc = subprocess.run(["patch", "--dry-run", "-s", str(case / file)], input=str(result[field]),
                              capture_output=True, text=True, check=False)
        assert proc.returncode == 0, (field, proc.stdout, proc.stderr)


def test_tei_diff_applied_to_the_file_gives_the_output(tmp_path: Path) -> None:
    root = copy_case(tmp_path, "typo-rules")
    tei = root / "typo-rules" / "expected.tei.xml"
    text = tei.read_text(encoding="utf-8")
    tei.write_text(text.replace("陇南", "陇西", 1).replace("。</p>", "。\u200b</p>", 1), encoding="utf-8")
    diff = str(check_json(root)["tei_diff"])
    applied = apply_unified(file_lines(tei.read_text(encoding="utf-8")), diff)
    wanted = _reference(root, tmp_path, "typo-rules", "expected.tei.xml")
    assert canonical_lines("\n".join(applied), "patched") == canonical_lines(wanted, "updated")


def test_the_text_report_shows_the_marked_form(tmp_path: Path) -> None:
    root = copy_case(tmp_path, "separators")
    _txt_changes(root / "separators")
    out = check_text(root)
    assert "\n? " in out and "[-龘-]" in out and "\\u3000" in out


# --- 2. `?` lines pair a changed line with the line it became, not the one at its position --------


def test_a_question_line_marks_the_real_edit_after_two_paragraphs_merged(tmp_path: Path) -> None:
    root = own_case(tmp_path)
    tei = root / "own" / "expected.tei.xml"
    lines = tei.read_text(encoding="utf-8").split("\n")
    first = next(n for n, line in enumerate(lines) if "常务委员会" in line)
    second = next(n for n, line in enumerate(lines) if "察看" in line)
    assert second == first + 1, lines[first:second + 1]
    # Expected: the first paragraph in two, the next one with 查看 where the output has 察看.
    indent, text = lines[first].split("<p>")
    half = len(text) // 2
    lines[first:second + 1] = [f"{indent}<p>{text[:half]}</p>", f"{indent}<p>{text[half:]}",
                               lines[second].replace("察看", "查看")]
    tei.write_text("\n".join(lines), encoding="utf-8")
    marked = check_text(root).split("\n")
    (n,) = [n for n, line in enumerate(marked) if "[-查-]{+察+}" in line and line.startswith("? ")]
    assert marked[n - 1].startswith("+") and "察看" in marked[n - 1]  # right after its + line
    assert marked[n - 2].startswith("-") and "查看" in marked[n - 2]
    for question in (line for line in marked if line.startswith("? ")):  # never two paragraphs
        assert not ("代表们" in question and "委员会" in question), question


# --- 3. look-alike characters are shown by code point; a literal backslash is escaped ------------


@pytest.mark.parametrize(("output", "expected", "shown"), [
    ("豈", "\uf900", "[-\\uf900-]{+\\u8c48+}"),
    ("人", "\u2f08", "[-\\u2f08-]{+\\u4eba+}"),
    ("é", "e\u0301", "[-\\u0065\\u0301-]{+\\u00e9+}"),
    ("豈", "豈\U000e0100", "[-\\U000e0100-]"),
], ids=["compatibility-ideograph", "kangxi-radical", "nfd", "variation-selector"])
def test_look_alike_changes_show_code_points(tmp_path: Path, output: str, expected: str, shown: str) -> None:
    root = own_case(tmp_path)
    txt = root / "own" / "expected.txt"
    text = txt.read_text(encoding="utf-8")
    assert output in text
    txt.write_text(text.replace(output, expected, 1), encoding="utf-8")
    marked = check_text(root)
    assert shown in marked, marked


def test_a_literal_backslash_u_is_not_an_escape(tmp_path: Path) -> None:
    root = own_case(tmp_path)
    txt = root / "own" / "expected.txt"
    text = txt.read_text(encoding="utf-8")
    txt.write_text(text.replace("座谈", "座\\u3000谈", 1), encoding="utf-8")
    literal = check_text(root)
    txt.write_text(text.replace("座谈", "座\u3000谈", 1), encoding="utf-8")
    space = check_text(root)
    assert "[-\\\\u3000-]" in literal and "[-\\u3000-]" in space
    assert literal != space


# --- 6. the cut mark of a `?` line is not Chinese `……` ------------------------------------------


def test_a_cut_in_a_question_line_is_not_an_ellipsis(tmp_path: Path) -> None:
    root = own_case(tmp_path)
    txt = root / "own" / "expected.txt"
    text = txt.read_text(encoding="utf-8")
    txt.write_text(text.replace("昨日", "昨天", 1), encoding="utf-8")
    (question,) = [x for x in check_text(root).split("\n") if x.startswith("? ")]
    assert question.startswith("? […]") and question.endswith("[…]") and "[-天-]{+日+}" in question
    assert "…" not in question.replace("[…]", "")


def test_a_line_separator_in_a_paragraph_does_not_shift_the_diffs_lines(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE.replace("座谈", "座\u2028谈"), encoding="utf-8")
    root = tmp_path / "cases"
    assert golden("add", str(page), "--name", "own", "--dir", str(root)).exit_code == 0  # type: ignore[attr-defined]
    txt = root / "own" / "expected.txt"
    text = txt.read_text(encoding="utf-8")
    assert "\u2028" in text
    txt.write_text(text.replace("察看", "查看"), encoding="utf-8")
    diff = str(check_json(root)["txt_diff"])
    wanted = _reference(root, tmp_path, "own", "expected.txt")
    assert apply_unified(file_lines(txt.read_text(encoding="utf-8")), diff) == file_lines(wanted)
