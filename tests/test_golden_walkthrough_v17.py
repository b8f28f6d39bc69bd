"""A user's walk-through of `layoutfix golden` with cases of their own pages (v17): one broken case
folder stopped the whole run (so the CI report was empty), a stdout that is not UTF-8 crashed the
report, `update` without `--rules` dropped a user rule's corrections without a word, and smaller
things (a case run twice, a hidden folder taken for a case, API arguments iterated letter by letter)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.golden import check_case, find_cases
from terminal_run import on_a_terminal

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
#: Small cases copied into a folder of cases for each test.
SMALL = ("separators", "kicker-subtitle", "subheads")


def cases_folder(tmp_path: Path, names: tuple[str, ...] = SMALL) -> Path:
    root = tmp_path / "cases"
    for name in names:
        shutil.copytree(GOLDEN / name, root / name)
    return root


def golden(*args: str, charset: str = "utf-8") -> object:
    return CliRunner(charset=charset).invoke(app, ["golden", *args])


def json_report(stdout: str) -> dict[str, object]:
    report = json.loads(stdout)
    assert isinstance(report, dict)
    return report


def by_case(report: dict[str, object]) -> dict[str, dict[str, object]]:
    results = report["results"]
    assert isinstance(results, list)
    return {r["case"]: r for r in results}


# --- 1. a broken case folder is that case's error; the other cases still run ----------------------


def _no_input(case: Path) -> str:
    (case / "input.txt").unlink()
    return "no input file"


def _two_inputs(case: Path) -> str:
    shutil.copyfile(case / "input.txt", case / "input.md")
    return "more than one input file"


def _upper_suffix(case: Path) -> str:
    (case / "input.txt").rename(case / "input.TXT")
    return "no input file"


@pytest.mark.parametrize("breaks", [_no_input, _two_inputs, _upper_suffix],
                         ids=["no-input", "two-inputs", "input.TXT"])
def test_a_broken_case_is_reported_and_the_others_run(tmp_path: Path, breaks: object) -> None:
    root = cases_folder(tmp_path)
    message = breaks(root / "kicker-subtitle")  # type: ignore[operator]
    result = golden("check", str(root), "--json")
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    report = json_report(result.stdout)  # type: ignore[attr-defined]
    assert (report["cases"], report["ok"], report["error"]) == (3, 2, 1)
    broken = by_case(report)["kicker-subtitle"]
    assert broken["status"] == "error"
    error = broken["error"]
    assert isinstance(error, str) and "\n" not in error
    assert message in error and "kicker-subtitle" in error
    assert {by_case(report)[n]["status"] for n in ("separators", "subheads")} == {"ok"}


def test_a_broken_case_in_the_text_report(tmp_path: Path) -> None:
    root = cases_folder(tmp_path)
    _no_input(root / "subheads")
    result = golden("check", str(root))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert "ERROR subheads" in result.stdout  # type: ignore[attr-defined]
    assert "3 cases: 2 match, 0 differ, 1 error" in result.stdout  # type: ignore[attr-defined]


def test_a_case_name_in_two_folders_names_both(tmp_path: Path) -> None:
    first = cases_folder(tmp_path, ("separators", "subheads"))
    second = tmp_path / "more"
    shutil.copytree(GOLDEN / "subheads", second / "subheads")
    result = golden("check", str(first), str(second), "--json")
    assert result.exit_code == 2  # type: ignore[attr-defined]
    report = json_report(result.stdout)  # type: ignore[attr-defined]
    error = by_case(report)["subheads"]["error"]
    assert isinstance(error, str)
    assert str(first / "subheads") in error and str(second / "subheads") in error
    assert by_case(report)["separators"]["status"] == "ok"


def test_the_same_folder_given_twice_is_not_a_clash(tmp_path: Path) -> None:
    root = cases_folder(tmp_path, ("separators",))
    result = golden("check", str(root), str(root))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]


def test_the_pytest_recipe_collects_a_broken_case(tmp_path: Path) -> None:
    """docs/golden.md's recipe calls find_cases at collection: it must list the broken case (whose
    test fails with the message), not raise and fail the whole collection."""
    root = cases_folder(tmp_path)
    _two_inputs(root / "separators")
    cases = find_cases([root])
    assert [c.name for c in cases] == sorted(SMALL)
    results = {c.name: check_case(c) for c in cases}
    assert results["separators"].status == "error"
    assert "more than one input file" in (results["separators"].error or "")
    assert results["subheads"].status == "ok"


def test_update_with_a_broken_case_names_each_and_writes_nothing(tmp_path: Path) -> None:
    root = cases_folder(tmp_path)
    _no_input(root / "separators")
    _two_inputs(root / "subheads")
    tei = root / "kicker-subtitle" / "expected.tei.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace("<body>", "<body><pb/>", 1), encoding="utf-8")
    before = tei.read_bytes()
    result = golden("update", str(root))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 2 and all(line.startswith("layoutfix: error: ") for line in lines)
    assert "separators" in lines[0] and "subheads" in lines[1]
    assert tei.read_bytes() == before


# --- 2. the report is UTF-8 whatever the stream's encoding; a stdout that cannot be written -------


def _make_differ(case: Path) -> str:
    """Change one hanzi of the expected text of `case`: the hanzi the diff must show."""
    txt = case / "expected.txt"
    text = txt.read_text(encoding="utf-8")
    hanzi = next(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    txt.write_text(text.replace(hanzi, "龘", 1), encoding="utf-8")
    return "龘"


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_report_is_utf8_on_a_cp1252_stdout(tmp_path: Path, as_json: bool) -> None:
    root = cases_folder(tmp_path, ("separators", "subheads"))
    changed = _make_differ(root / "subheads")
    result = golden("check", str(root), *(["--json"] if as_json else []), charset="cp1252")
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    out = result.stdout_bytes.decode("utf-8")  # type: ignore[attr-defined]
    if as_json:
        assert changed in by_case(json_report(out))["subheads"]["txt_diff"]  # type: ignore[operator]
    else:
        assert changed in out and "DIFFER subheads" in out


def test_a_stdout_that_cannot_be_written_is_one_error_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    root = cases_folder(tmp_path, ("subheads",))
    _make_differ(root / "subheads")
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "layoutfix.cli", "golden", "check", str(root), "--json"],
                              stdout=full, stderr=subprocess.PIPE, cwd=tmp_path, check=False)
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, stderr
    assert stderr.count("\n") == 1 and stderr.startswith("layoutfix: error: "), stderr
    assert "standard output" in stderr


# --- 3. update without the --rules a case was made with says what it drops ----------------------

#: A typo rule of the user's own (a place name misread); PAGE holds the misreading.
USER_RULE = (
    '[[rule]]\nid = "dh.mo-gao"\nfind = "莫高窑"\nreplace = "莫高窟"\ncert = "high"\n'
    'why = "窟 read as 窑 in small type"\n'
    'examples = ["参观莫高窑壁画。 => 参观莫高窟壁画。", "莫高窑第45窟。 => 莫高窟第45窟。"]\n'
    'keep = ["这是一座莫高窟。", "砖窑厂。"]\n'
)
PAGE = "敦煌研究院举办壁画展\n\n本报讯 敦煌研究院在莫高窑数字展示中心举办壁画展。\n"


def _case_made_with_a_user_rule(tmp_path: Path) -> tuple[Path, Path]:
    """(the cases folder, the user's rule folder) of one case added with --rules."""
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "dh.toml").write_text(USER_RULE, encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    cases = tmp_path / "cases"
    added = golden("add", str(page), "--name", "c1", "--dir", str(cases), "--rules", str(rules))
    assert added.exit_code == 0, added.output  # type: ignore[attr-defined]
    assert 'type="dh.mo-gao"' in (cases / "c1" / "expected.tei.xml").read_text(encoding="utf-8")
    return cases, rules


def test_update_without_the_users_rules_warns_naming_them(tmp_path: Path) -> None:
    """Of a case added before `golden add --rules` recorded `own_rules` (which refuses the update:
    tests/test_golden_own_rules_v24.py), the rule ids its files recorded tell."""
    cases, _rules = _case_made_with_a_user_rule(tmp_path)
    (cases / "c1" / "options.toml").unlink()
    result = golden("update", str(cases))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]  # type: ignore[attr-defined]
    assert len(warnings) == 1, result.stderr  # type: ignore[attr-defined]
    assert warnings[0].startswith("layoutfix: warning: c1: ")
    assert "dh.mo-gao" in warnings[0] and "--rules" in warnings[0]


def test_update_with_the_users_rules_says_nothing(tmp_path: Path) -> None:
    cases, rules = _case_made_with_a_user_rule(tmp_path)
    (cases / "c1" / "expected.txt").unlink()  # (so that update writes a file)
    result = golden("update", str(cases), "--rules", str(rules))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert "updated c1 (expected.txt)" in result.stdout  # type: ignore[attr-defined]
    assert result.stderr == ""  # type: ignore[attr-defined]


# --- 5. smaller things ---------------------------------------------------------------------------


def test_a_case_named_twice_runs_once(tmp_path: Path) -> None:
    root = cases_folder(tmp_path, ("separators", "subheads"))
    result = golden("check", str(root), "--case", "subheads", "--case", "subheads", "--json")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    report = json_report(result.stdout)  # type: ignore[attr-defined]
    assert report["cases"] == 1 and [r["case"] for r in report["results"]] == ["subheads"]  # type: ignore[union-attr]


def test_a_hidden_folder_is_no_case(tmp_path: Path) -> None:
    root = cases_folder(tmp_path, ("separators",))
    cache = root / ".cache"
    cache.mkdir()
    shutil.copyfile(root / "separators" / "input.txt", cache / "input.txt")
    result = golden("check", str(root), "--json")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert json_report(result.stdout)["cases"] == 1  # type: ignore[attr-defined]


def test_a_failed_case_is_not_counted_as_without_edit_log(tmp_path: Path) -> None:
    root = cases_folder(tmp_path, ("separators", "subheads"))
    (root / "subheads" / "expected.edits.jsonl").unlink()
    (root / "subheads" / "options.toml").write_text("page = 0\n", encoding="utf-8")
    result = golden("check", str(root), "--json")
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert json_report(result.stdout)["without_edit_log"] == []  # type: ignore[attr-defined]
    text = golden("check", str(root))
    assert "no expected.edits.jsonl" not in text.stderr  # type: ignore[attr-defined]


@pytest.mark.parametrize(("toml", "wanted", "unwanted"), [
    ('paper = ""', "options.toml: paper: empty value", None),
    ('date = "2023-13-45"', "options.toml: date '2023-13-45': month 13", None),
    ("date = 2023-10-12T10:00:00", "got 2023-10-12T10:00:00", "datetime"),
    ("min-conf = 0.5", "min-conf (did you mean min_conf?)", None),
], ids=["empty-paper", "bad-date", "datetime", "min-conf"])
def test_option_errors_name_the_file_and_read_as_toml(tmp_path: Path, toml: str, wanted: str,
                                                      unwanted: str | None) -> None:
    root = cases_folder(tmp_path, ("separators",))
    (root / "separators" / "options.toml").write_text(toml + "\n", encoding="utf-8")
    result = golden("check", str(root), "--json")
    assert result.exit_code == 2  # type: ignore[attr-defined]
    error = by_case(json_report(result.stdout))["separators"]["error"]  # type: ignore[attr-defined]
    assert isinstance(error, str) and wanted in error, error
    assert unwanted is None or unwanted not in error


def test_malformed_expected_tei_names_its_line_not_a_string(tmp_path: Path) -> None:
    root = cases_folder(tmp_path, ("separators",))
    tei = root / "separators" / "expected.tei.xml"
    text = tei.read_text(encoding="utf-8")
    line = text[:text.index("</body>")].count("\n") + 1
    tei.write_text(text.replace("</body>", "</bod>", 1), encoding="utf-8")
    error = check_case(find_cases([root])[0]).error or ""
    assert error.startswith(f"{tei}: not well-formed XML: ") and f"line {line}" in error, error
    assert "<string>" not in error


def test_the_api_takes_one_folder_as_a_str(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = cases_folder(tmp_path, ("separators",))
    monkeypatch.chdir(tmp_path)
    cases = find_cases("cases")
    assert [c.name for c in cases] == ["separators"]
    assert [c.name for c in find_cases([root], only="separators")] == ["separators"]
    (tmp_path / "myrules").mkdir()  # (a folder holding no rule file is an error: it holds one)
    (tmp_path / "myrules" / "r.toml").write_text(
        '[[rule]]\nid = "t.none"\nfind = "甲乙丙"\nreplace = "甲乙丁"\ncert = "high"\nwhy = "t"\n',
        encoding="utf-8",
    )
    assert check_case(cases[0], rule_dirs="myrules").status == "ok"
    missing = check_case(cases[0], rule_dirs="nowhere")
    assert missing.status == "error" and (missing.error or "").startswith("nowhere: ")


def test_add_case_with_a_bad_option_names_no_file_it_did_not_make(tmp_path: Path) -> None:
    from layoutfix.errors import InputError
    from layoutfix.golden import add_case

    with pytest.raises(InputError) as raised:
        add_case(GOLDEN / "separators" / "input.txt", "x", tmp_path / "g", {"page": "2"})
    assert "options.toml" not in str(raised.value) and "page must be" in str(raised.value)
    assert not (tmp_path / "g").exists()


def test_no_color_means_no_style_on_a_terminal(tmp_path: Path) -> None:
    root = cases_folder(tmp_path, ("subheads",))
    _make_differ(root / "subheads")
    code, text = on_a_terminal(["golden", "check", str(root)], tmp_path, NO_COLOR="1")
    assert code == 1
    assert "DIFFER subheads" in text and "\x1b[" not in text, text[:200]


# --- 4. diffs a user can read: the file's lines, invisible characters, what changed in a line -----


def test_tei_diff_shows_the_files_lines_at_their_numbers(tmp_path: Path) -> None:
    root = cases_folder(tmp_path, ("typo-rules",))
    tei = root / "typo-rules" / "expected.tei.xml"
    lines = tei.read_text(encoding="utf-8").splitlines()
    number, line = next((n, x) for n, x in enumerate(lines, 1) if "<choice>" in x)
    changed = line.replace("陇南", "陇西", 1)
    assert changed != line
    lines[number - 1] = changed
    tei.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check_case(find_cases([root])[0])
    diff = result.tei_diff
    assert diff.endswith("\n")
    hunk = diff.splitlines()
    removed = [n for n, x in enumerate(hunk) if x.startswith("-") and not x.startswith("---")]
    assert [hunk[n] for n in removed] == [f"-{changed}"]  # the file's line, <choice> inline
    header = next(x for x in reversed(hunk[:removed[0]]) if x.startswith("@@"))
    start = int(header.split()[1][1:].split(",")[0])
    context = removed[0] - hunk.index(header) - 1
    assert start + context == number  # the hunk counts the file's lines
    assert "[-西-]{+南+}" in result.tei_diff_marked


@pytest.mark.parametrize(("invisible", "shown"), [
    ("\u200b", "\\u200b"), ("\u3000", "\\u3000"), (" ", "␣"),
], ids=["zero-width", "ideographic-space", "trailing-space"])
def test_invisible_changes_are_shown(tmp_path: Path, invisible: str, shown: str) -> None:
    root = cases_folder(tmp_path, ("separators",))
    txt = root / "separators" / "expected.txt"
    lines = txt.read_text(encoding="utf-8").splitlines()
    number = next(n for n, x in enumerate(lines) if len(x) > 10)
    lines[number] += invisible
    txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    diff = check_case(find_cases([root])[0]).txt_diff_marked
    removed = next(x for x in diff.splitlines() if x.startswith("-") and not x.startswith("---"))
    assert removed.endswith(shown), removed
    assert f"[-{shown}-]" in diff and diff.endswith("\n")
