"""`layoutfix rules test` as a rule author meets it: what it says about their own rule files.

Each test writes a small rule folder and runs the command through the CLI, reading its exit code
and what it prints, as the author would.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.layout.roles import script_tag
from layoutfix.normalize.ruletest import dictionary_edits
from layoutfix.normalize.typos import load_ruleset


def write_rule(folder: Path, name: str = "r.toml", **fields: object) -> Path:
    """One `[[rule]]` file `name` in `folder` (made if need be) with `fields`; the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["[[rule]]"] + [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items()]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


#: A rule that corrects 兰洲 but, without a word check or guard, also fires in 亚洲, 欧洲, 绿洲.
ZHOU = {
    "id": "gs.zhou", "find": "洲", "replace": "州", "cert": "high", "why": "洲 for 州",
    "examples": ["兰洲市委召开会议。 => 兰州市委召开会议。", "兰洲的春天。 => 兰州的春天。"],
    "keep": ["兰州市委召开会议。", "甘肃日报。"],
}


def run(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `layoutfix ARGS`."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def fail_lines(out: str, rule_id: str) -> list[str]:
    """The `FAIL rule_id (...)` lines of `out`."""
    return [line for line in out.splitlines() if line.startswith(f"FAIL {rule_id} (")]


# --- 1. a rule firing inside correct words -------------------------------------------------------


def test_a_rule_firing_inside_dictionary_words_fails_naming_words_and_the_word_check(tmp_path: Path) -> None:
    folder = write_rule(tmp_path / "rules", **ZHOU)
    code, out, _err = run("rules", "test", str(folder))
    assert code == 1
    lines = [line for line in fail_lines(out, "gs.zhou") if "dictionary words" in line]
    assert len(lines) == 1, out
    assert "r.toml" in lines[0]
    named = [w for w in ("欧洲 -> 欧州", "亚洲 -> 亚州", "非洲 -> 非州") if w in lines[0]]
    assert len(named) >= 2, lines[0]
    assert "word_check = true" in lines[0]
    assert "text:" not in out.split(lines[0])[1].split("\n")[1]  # one line, no empty text/expected/got


def test_a_word_level_find_with_the_word_check_passes_the_dictionary_check(tmp_path: Path) -> None:
    # (without the word check it fails: jieba lists the name 冯兰洲)
    folder = write_rule(tmp_path / "rules", **{**ZHOU, "find": "兰洲", "replace": "兰州", "word_check": True})
    code, out, _err = run("rules", "test", str(folder))
    assert code == 0, out
    assert "0 failures" in out


def test_a_rule_changing_only_rare_names_of_the_dictionary_gets_a_note_not_a_failure(tmp_path: Path) -> None:
    # jieba lists 冯兰洲 as a person's name, with frequency 2: no reason to fail a correct 兰洲 rule
    folder = write_rule(tmp_path / "rules", **{**ZHOU, "find": "兰洲", "replace": "兰州"})
    code, out, _err = run("rules", "test", str(folder))
    assert code == 0, out
    assert fail_lines(out, "gs.zhou") == []
    [note] = [line for line in out.splitlines() if line.startswith("NOTE gs.zhou:") and "冯兰洲" in line]
    assert "冯兰洲 -> 冯兰州" in note
    assert "word_check = true" in note


def test_the_audit_the_suite_runs_on_the_shipped_rules_still_lists_rare_names(tmp_path: Path) -> None:
    # tests/test_rules_false_positives.py fails a shipped rule on any edit `dictionary_edits` lists
    folder = write_rule(tmp_path / "rules", **{**ZHOU, "find": "兰洲", "replace": "兰州"})
    edits = dictionary_edits(load_ruleset([folder], include_default=False), [folder], include_default=False)
    assert "冯兰洲" in {e.word for e in edits["gs.zhou"]}


def test_a_rule_changing_a_rare_dictionary_word_that_is_no_name_still_fails(tmp_path: Path) -> None:
    # 一式两份 (a noun, frequency 3) is rare in jieba's counts, but no name: the rule is wrong
    rule = {"id": "gs.fen", "find": "式两份", "replace": "式两分", "cert": "high", "why": "份 for 分",
            "examples": ["新式两份。 => 新式两分。"]}
    code, out, _err = run("rules", "test", str(write_rule(tmp_path / "rules", **rule)))
    assert code == 1, out
    [line] = [line for line in fail_lines(out, "gs.fen") if "dictionary words" in line]
    assert "一式两份 -> 一式两分" in line


# --- 2. a folder whose rule files are not where they are read ---------------------------------------


def test_a_rule_file_with_an_upper_case_suffix_is_read_and_the_summary_counts_the_folders_rules(
    tmp_path: Path,
) -> None:
    folder = write_rule(tmp_path / "nested", "gansu.TOML", **{**ZHOU, "find": "兰洲", "replace": "兰州",
                                                               "word_check": True})
    code, out, _err = run("rules", "test", str(folder))
    assert code == 0, out
    assert f"shipped + 1 from {folder})" in out.splitlines()[-1]
    page = tmp_path / "p.txt"
    page.write_text("兰洲市委召开会议。\n", encoding="utf-8")
    code, out, _err = run("normalize", "--rules", str(folder), str(page))
    assert (code, out) == (0, "兰州市委召开会议。\n")


def test_a_rules_folder_holding_no_rule_file_is_one_error_line_naming_the_nested_file(tmp_path: Path) -> None:
    folder = tmp_path / "nested"
    write_rule(folder / "sub", "gansu.toml", **ZHOU)
    page = tmp_path / "p.txt"
    page.write_text("兰洲市委召开会议。\n", encoding="utf-8")
    for args in (["rules", "test", str(folder)], ["normalize", "--rules", str(folder), str(page)],
                 ["convert", "--rules", str(folder), str(page)]):
        code, out, err = run(*args)
        assert code == 4, (args, out, err)
        assert out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert "no rule file (*.toml)" in lines[0] and "gansu.toml" in lines[0], lines[0]


def test_the_error_for_a_folder_without_rule_files_stops_at_the_first_nested_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `--rules /usr` walked the whole tree (5.6 s) before saying it holds no rule file
    folder = tmp_path / "nested"
    write_rule(folder / "a", "gansu.toml", **ZHOU)
    for n in range(300):
        (folder / f"b{n:03}" / "x").mkdir(parents=True)
    listed: list[str] = []
    scandir = os.scandir

    def counting_scandir(path: str | os.PathLike[str]) -> Iterator[os.DirEntry[str]]:
        listed.append(os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", counting_scandir)
    code, _out, err = run("rules", "test", str(folder))
    assert code == 4
    assert f"({folder / 'a' / 'gansu.toml'})" in err
    assert len(listed) < 20, len(listed)


def test_a_rules_folder_holding_only_a_lexicon_is_still_read(tmp_path: Path) -> None:
    # a folder may add words for the word check alone (docs/rules.md "Lexicon files")
    (tmp_path / "words" / "lexicon").mkdir(parents=True)
    (tmp_path / "words" / "lexicon" / "w.txt").write_text("兰洲 5\n", encoding="utf-8")
    code, out, err = run("rules", "test", str(tmp_path / "words"))
    assert code == 0, out + err


# --- 3. a rule file given alone --------------------------------------------------------------------


def test_rules_test_takes_a_rule_file(tmp_path: Path) -> None:
    folder = write_rule(tmp_path / "rules", "gansu.toml", **{**ZHOU, "find": "兰洲", "replace": "兰州",
                                                              "word_check": True})
    code, out, err = run("rules", "test", str(folder / "gansu.toml"))
    assert code == 0, out + err
    assert f"shipped + 1 from {folder / 'gansu.toml'})" in out.splitlines()[-1]
    write_rule(folder, "zhou.toml", **ZHOU)  # a file of the same folder not given is not read
    code, out, _err = run("rules", "test", str(folder / "zhou.toml"))
    assert code == 1 and fail_lines(out, "gs.zhou")[0].startswith(f"FAIL gs.zhou ({folder / 'zhou.toml'})")


def test_a_rule_file_given_alone_and_in_its_folder_is_read_once_and_summary_says_so(tmp_path: Path) -> None:
    folder = write_rule(tmp_path / "good", "gansu.toml", **{**ZHOU, "find": "兰洲", "replace": "兰州",
                                                             "word_check": True})
    file = folder / "gansu.toml"
    for args in ([str(file), str(folder)], [str(folder), str(file)]):
        code, out, _err = run("rules", "test", *args)
        assert code == 0, out
        summary = out.splitlines()[-1]
        assert f"1 from {args[0]} + 0 from {args[1]}" in summary, summary
        assert f"{file} read once, though given twice" in summary, summary


# --- 4. failures name the rule that fired, and why one did not ------------------------------------


def test_a_keep_line_changed_by_the_users_rule_is_filed_under_that_rule(tmp_path: Path) -> None:
    folder = write_rule(tmp_path / "clash", id="gs.qiceng", find="其层", replace="某层", cert="high",
                        why="t", examples=["研究部署其层组织。 => 研究部署某层组织。"])
    code, out, _err = run("rules", "test", str(folder))
    assert code == 1
    assert "FAIL typo." not in out  # the shipped rules did nothing wrong
    keep = [line for line in fail_lines(out, "gs.qiceng") if "keep line" in line]
    assert keep and all("changes a keep line of typo.ji-ceng" in line for line in keep), out


def test_an_example_lost_to_a_shipped_rule_of_the_same_find_says_how_to_override_it(tmp_path: Path) -> None:
    folder = write_rule(tmp_path / "r", id="gs.ji", find="其层", replace="基层", cert="high", why="t",
                        examples=["干部要多到其层一线调研。 => 干部要多到基层一线调研。"])
    code, out, _err = run("rules", "test", str(folder))
    assert code == 1
    [line] = [x for x in fail_lines(out, "gs.ji") if "): example is corrected, but not by this rule" in x]
    for part in ("gs.ji did not fire", "typo.ji-ceng", 'id = "typo.ji-ceng"', "enabled = false"):
        assert part in line, line


def test_an_example_without_the_find_says_so(tmp_path: Path) -> None:
    folder = write_rule(tmp_path / "r", id="gs.wrong", find="兰洲", replace="兰州", cert="high", why="t",
                        word_check=True, examples=["天水币委。 => 天水市委。"])
    _code, out, _err = run("rules", "test", str(folder))
    [line] = [x for x in fail_lines(out, "gs.wrong") if "does not come out" in x]
    assert "its find 兰洲 is not in the example" in line


def test_an_example_refused_by_a_guard_or_the_word_check_names_it(tmp_path: Path) -> None:
    guard = write_rule(tmp_path / "g", id="gs.g", find="兰洲", replace="兰州", cert="high", why="t",
                       word_check=True, not_after="市", examples=["兰洲市委召开会议。 => 兰州市委召开会议。"])
    _code, out, _err = run("rules", "test", str(guard))
    assert "guard not_after = '市' refuses it" in fail_lines(out, "gs.g")[0]
    words = write_rule(tmp_path / "w", id="gs.w", find="兰洲", replace="兰州", cert="high", why="t",
                       word_check=True, examples=["冯兰洲说。 => 冯兰州说。"])
    _code, out, _err = run("rules", "test", str(words))
    assert "the word check refuses it: 冯兰洲 is a word" in fail_lines(out, "gs.w")[0]


def test_a_rule_without_examples_fails_in_one_line(tmp_path: Path) -> None:
    folder = write_rule(tmp_path / "r", id="gs.noex", find="兰洲", replace="兰州", cert="high", why="t",
                        word_check=True)
    _code, out, _err = run("rules", "test", str(folder))
    lines = out.splitlines()
    at = next(i for i, x in enumerate(lines) if x.startswith("FAIL gs.noex") and "no examples" in x)
    assert not lines[at + 1].startswith("  ")


# --- 5. a find the rules never see; a duplicate id -------------------------------------------------


def test_a_find_holding_ascii_punctuation_gets_a_note_saying_what_to_write(tmp_path: Path) -> None:
    folder = write_rule(tmp_path / "p", id="gs.punct", find="兰洲,", replace="兰州,", cert="high", why="t",
                        examples=["来到兰洲,参观。 => 来到兰州,参观。"])
    _code, out, _err = run("rules", "test", str(folder))
    [note] = [line for line in out.splitlines() if line.startswith("NOTE gs.punct:")]
    assert "ASCII punctuation" in note and "'兰洲，'" in note
    assert "the normalisation before the rules changes its find" in fail_lines(out, "gs.punct")[0]


def test_a_duplicate_id_in_one_file_names_both_rules(tmp_path: Path) -> None:
    rule = {"id": "gs.lanzhou", "find": "兰洲", "replace": "兰州", "cert": "high", "why": "t"}
    folder = write_rule(tmp_path / "d", **rule)
    text = (folder / "r.toml").read_text(encoding="utf-8")
    (folder / "r.toml").write_text(text + "\n" + text.replace("兰洲", "阑州"), encoding="utf-8")
    code, out, err = run("rules", "test", str(folder))
    assert (code, out) == (4, "")
    assert "duplicate id (rule #1 and rule #2)" in err


# --- 6. a rule without a traditional form on traditional pages -------------------------------------

#: A simplified sentence with a stray traditional 肅, and as corrected.
GANSU_WRONG = "甘肅省人民政府近日发布通知，要求各地认真做好今年汛期的防汛抗旱和安全生产工作。"
GANSU_RIGHT = GANSU_WRONG.replace("甘肅", "甘肃")
#: A rule for a stray traditional character in simplified text: it has no traditional form.
GANSU = {
    "id": "gs.gansu-trad", "find": "甘肅", "replace": "甘肃", "cert": "high", "why": "肅 left in a page",
    "examples": [f"{GANSU_WRONG} => {GANSU_RIGHT}"],
}


def test_a_rule_writing_simplified_characters_does_not_fire_on_a_traditional_page(tmp_path: Path) -> None:
    folder = write_rule(tmp_path / "t", **GANSU)
    trad = tmp_path / "trad.txt"
    trad.write_text("據甘肅日報報道，蘭州市委召開會議，這是甘肅省的大事。\n", encoding="utf-8")
    code, out, _err = run("normalize", "--rules", str(folder), str(trad))
    assert (code, out) == (0, "據甘肅日報報道，蘭州市委召開會議，這是甘肅省的大事。\n")
    simple = tmp_path / "simple.txt"
    simple.write_text(GANSU_WRONG + "\n", encoding="utf-8")
    code, out, _err = run("normalize", "--rules", str(folder), str(simple))
    assert (code, out) == (0, GANSU_RIGHT + "\n")


def test_the_note_on_a_rule_without_a_traditional_form_says_where_it_fires(tmp_path: Path) -> None:
    code, out, _err = run("rules", "test", str(write_rule(tmp_path / "t", **GANSU)))
    assert code == 0, out
    [note] = [line for line in out.splitlines() if line.startswith("NOTE gs.gansu-trad: no traditional form")]
    assert "does not fire on traditional pages" not in note
    assert "not where the text around it reads as traditional" in note


#: A page read as traditional as a whole (a traditional masthead and quote) whose body is simplified,
#: holding the stray 肅 in its masthead and its body.
MASTHEAD_PAGE = (
    "甘肅日報\n\n"
    "本报讯 甘肅省人民政府近日发布通知，要求各地做好冬季供暖保障工作。通知指出，各级政府要加强组织领导，"
    "确保群众温暖过冬。\n\n"
    "正如古人所言：「天下興亡，匹夫有責。為政之要，莫先於得人。」这句话今天依然有现实意义。\n"
)


def normalized(tmp_path: Path, folder: Path, text: str) -> str:
    """`layoutfix normalize --rules folder` of a file holding `text` (it must exit 0)."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    code, out, err = run("normalize", "--rules", str(folder), str(page))
    assert code == 0, err
    return out


def test_a_rule_writing_simplified_characters_fires_in_the_simplified_body_of_a_traditional_page(
    tmp_path: Path,
) -> None:
    assert script_tag(MASTHEAD_PAGE) == "zh-Hant"  # the page as a whole reads as traditional
    out = normalized(tmp_path, write_rule(tmp_path / "t", **GANSU), MASTHEAD_PAGE)
    body = "本报讯 甘肅省人民政府"
    assert out == MASTHEAD_PAGE.replace(body, body.replace("甘肅", "甘肃"))  # masthead and quote untouched


def test_a_rule_writing_simplified_characters_fires_on_a_short_simplified_page(tmp_path: Path) -> None:
    out = normalized(tmp_path, write_rule(tmp_path / "t", **GANSU), "甘肅省委召开常委会议。\n")
    assert out == "甘肃省委召开常委会议。\n"


def test_a_rule_writing_simplified_characters_leaves_a_traditional_quote_in_a_simplified_page(
    tmp_path: Path,
) -> None:
    quote = "「據甘肅日報報道，蘭州市委召開會議。」"
    page = f"本报讯 全省各地认真学习贯彻会议精神。他说：{quote}甘肅省各地积极响应。\n"
    out = normalized(tmp_path, write_rule(tmp_path / "t", **GANSU), page)
    assert out == f"本报讯 全省各地认真学习贯彻会议精神。他说：{quote}甘肃省各地积极响应。\n"


def test_a_short_simplified_example_of_such_a_rule_passes(tmp_path: Path) -> None:
    short = {**GANSU, "examples": ["甘肅日报社论。 => 甘肃日报社论。"], "keep": ["甘肃日报社论。"]}
    code, out, _err = run("rules", "test", str(write_rule(tmp_path / "t", **short)))
    assert code == 0, out
    assert "0 failures" in out


def test_an_example_of_such_a_rule_in_a_traditional_quote_says_why_it_did_not_fire(tmp_path: Path) -> None:
    quoted = {**GANSU, "examples": ["他说：「據甘肅日報報道。」 => 他说：「據甘肃日報報道。」"]}
    code, out, _err = run("rules", "test", str(write_rule(tmp_path / "t", **quoted)))
    assert code == 1
    [line] = [line for line in fail_lines(out, "gs.gansu-trad") if "did not fire" in line]
    assert "the text around its find reads as traditional" in line
