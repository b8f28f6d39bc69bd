"""The typo rules engine: matching, guards, word check, certainty, folders, errors, scale."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from layoutfix.errors import RuleError
from layoutfix.normalize import NormalizeOptions, normalize_text, typos
from layoutfix.normalize.ruletest import check_rules
from layoutfix.normalize.typos import fix_typos, load_ruleset
from layoutfix.tracked import TrackedText, apply_edits, undo_edits


def write_rules(folder: Path, body: str, name: str = "rules.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(body, encoding="utf-8")
    return folder


def rule(rid: str, find: str, replace: str, cert: str = "high", **extra: object) -> str:
    lines = [
        "[[rule]]", f'id = "{rid}"', f'find = "{find}"', f'replace = "{replace}"', f'cert = "{cert}"',
        'why = "test"',
    ]
    for key, value in extra.items():
        lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")  # JSON values are TOML values
    return "\n".join(lines) + "\n\n"


def run(folder: Path, text: str, apply: str = "high") -> TrackedText:
    return fix_typos(TrackedText(text), load_ruleset([folder], include_default=False), apply=apply)


# --- matching -------------------------------------------------------------------------------------


def test_longest_match_wins_at_the_same_start(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("t.short", "甲乙", "子") + rule("t.long", "甲乙丙", "丑"))
    out = run(d, "一甲乙丙二甲乙三")
    assert out.text == "一丑二子三"
    assert [e.rule for e in out.edits] == ["t.long", "t.short"]


def test_leftmost_match_wins_over_a_later_overlapping_one(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("t.left", "甲乙", "子丑") + rule("t.right", "乙丙丁", "寅"))
    assert run(d, "甲乙丙丁").text == "子丑丙丁"


def test_refused_longer_match_gives_way_to_a_shorter_one(tmp_path: Path) -> None:
    d = write_rules(
        tmp_path, rule("t.long", "甲乙丙", "丑", not_after="丁") + rule("t.short", "甲乙", "子")
    )
    assert run(d, "甲乙丙丁").text == "子丙丁"
    assert run(d, "甲乙丙戊").text == "丑戊"


def test_edits_name_rule_kind_and_cert_and_are_lossless(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("t.med", "出合", "出台", cert="medium", kind="typo"))
    text = "省政府出合了新政策,各地出合细则。"
    out = run(d, text, apply="medium")
    assert out.text == "省政府出台了新政策,各地出台细则。"
    assert [(e.start, e.before, e.after, e.rule, e.kind, e.cert) for e in out.edits] == [
        (3, "出合", "出台", "t.med", "typo", "medium"),
        (12, "出合", "出台", "t.med", "typo", "medium"),
    ]
    assert apply_edits(text, out.edits) == out.text
    assert undo_edits(out.text, out.edits) == text


# --- guards ---------------------------------------------------------------------------------------


def test_after_and_not_after_guards(tmp_path: Path) -> None:
    d = write_rules(
        tmp_path,
        rule("t.zhu", "住港", "驻港", after="部队|机构") + rule("t.ji", "其层", "基层", not_after="[次面]"),
    )
    assert run(d, "住港部队和他住港岛").text == "驻港部队和他住港岛"
    assert run(d, "其层干部,其层次分明").text == "基层干部,其层次分明"


def test_before_and_not_before_guards_read_backwards_from_the_match(tmp_path: Path) -> None:
    d = write_rules(
        tmp_path,
        rule("t.date", "曰", "日", before=r"\d") + rule("t.gan", "干克", "千克", not_before="若"),
    )
    assert run(d, "10月10曰,子曰").text == "10月10日,子曰"
    assert run(d, "若干克与五干克").text == "若干克与五千克"


def test_guards_look_across_a_block_break_inside_a_sentence(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("t.ji", "其层", "基层", before="协商和"))
    text = "实现政协协商和\n\n其层协商有效衔接。"
    out = run(d, text)
    assert out.text == "实现政协协商和\n\n基层协商有效衔接。"
    # After a finished sentence the previous block is not context.
    assert run(d, "实现政协协商和。\n\n其层协商有效衔接。").text == "实现政协协商和。\n\n其层协商有效衔接。"


def test_a_match_across_a_block_break_never_changes_the_break(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("t.chu", "出合", "出台"))
    text = "省政府出\n\n合了新政策。"
    out = run(d, text)
    assert out.text == "省政府出\n\n台了新政策。"
    assert [(e.before, e.after) for e in out.edits] == [("合", "台")]
    assert undo_edits(out.text, out.edits) == text


# --- word check -----------------------------------------------------------------------------------


def test_word_check_refuses_a_match_that_straddles_words(tmp_path: Path) -> None:
    bare = write_rules(tmp_path / "bare", rule("t.chu", "出合", "出台"))
    checked = write_rules(tmp_path / "checked", rule("t.chu", "出合", "出台", word_check=True))
    # Without the check the bare rule breaks correct text: this is why the check exists.
    assert run(bare, "提出合理化建议").text == "提出台理化建议"
    for correct in ["提出合理化建议", "签订出合同", "作出合理安排"]:
        assert run(checked, correct).text == correct
    assert run(checked, "省政协出合开展行动。").text == "省政协出台开展行动。"


def test_word_check_sees_the_sentence_across_a_block_break(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("t.chu", "出合", "出台", word_check=True))
    # 提 + 出合理化: the word 提出 spans the break, so the match sits inside a word.
    assert run(d, "委员们提\n\n出合理化建议。").text == "委员们提\n\n出合理化建议。"


def test_word_check_requires_the_replacement_to_make_a_word(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("t.odd", "其层", "其屋", word_check=True))
    assert run(d, "深入其层调研").text == "深入其层调研"


def test_user_lexicon_supplies_missing_words(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("t.qian", "干站", "千站", word_check=True))
    assert run(d, "建设干站。").text == "建设干站。"  # 千站 is not in jieba's dictionary
    (d / "lexicon").mkdir()
    (d / "lexicon" / "words.txt").write_text("# test\n千站\n", encoding="utf-8")
    assert run(d, "建设干站。").text == "建设千站。"


# --- certainty ------------------------------------------------------------------------------------


def test_certainty_levels(tmp_path: Path) -> None:
    d = write_rules(
        tmp_path,
        rule("t.h", "甲甲", "子", "high")
        + rule("t.m", "乙乙", "丑", "medium")
        + rule("t.l", "丙丙", "寅", "low"),
    )
    text = "甲甲乙乙丙丙"
    assert run(d, text, "high").text == "子乙乙丙丙"
    assert run(d, text, "medium").text == "子丑丙丙"
    assert run(d, text, "low").text == "子丑寅"
    with pytest.raises(ValueError):
        run(d, text, "sure")


# --- folders --------------------------------------------------------------------------------------


def test_later_folder_overrides_an_id_and_can_switch_one_off(tmp_path: Path) -> None:
    a = write_rules(tmp_path / "a", rule("t.x", "甲乙", "子") + rule("t.y", "丙丁", "丑"))
    b = write_rules(tmp_path / "b", rule("t.x", "甲乙", "寅") + '[[rule]]\nid = "t.y"\nenabled = false\n')
    rs = load_ruleset([a, b], include_default=False)
    assert len(rs) == 1
    assert fix_typos(TrackedText("甲乙丙丁"), rs).text == "寅丙丁"


def test_user_folder_overrides_a_shipped_rule(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("typo.chu-tai", "出合", "出台", cert="low", word_check=True))
    text = "省政府出合了新政策。"
    assert normalize_text(text).text == "省政府出台了新政策。"
    assert normalize_text(text, NormalizeOptions(rule_dirs=(d,))).text == text
    assert normalize_text(text, NormalizeOptions(rule_dirs=(d,), apply="low")).text == "省政府出台了新政策。"


def test_loading_is_cached_until_a_file_changes(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("t.x", "甲乙", "子"))
    first = load_ruleset([d])
    assert load_ruleset([d]) is first
    write_rules(d, rule("t.x", "甲乙", "子") + rule("t.y", "丙丁", "丑"))
    assert load_ruleset([d]) is not first
    assert load_ruleset([d]).get("t.y") is not None


def test_shipped_folder_is_looked_at_again_only_after_the_recheck_interval(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]
    monkeypatch.setattr(typos, "_clock", lambda: now[0])
    monkeypatch.setattr(typos, "_shipped_seen", None)
    d = write_rules(tmp_path / "shipped", rule("t.x", "甲乙", "子"))
    monkeypatch.setattr(typos, "shipped_rules_dir", lambda: d)
    first = load_ruleset()
    write_rules(d, rule("t.x", "甲乙", "丑寅"))  # another size: mtimes may tie
    now[0] += typos.RECHECK_SECONDS / 2
    assert load_ruleset() is first  # within the interval the shipped folder is not looked at
    user = write_rules(tmp_path / "user", rule("t.y", "丙丁", "寅"))
    with_user = load_ruleset([user])
    write_rules(user, rule("t.y", "丙丁", "卯辰"))  # another size: mtimes may tie
    assert load_ruleset([user]) is not with_user  # a user folder is looked at on every call
    now[0] += typos.RECHECK_SECONDS
    assert fix_typos(TrackedText("甲乙"), load_ruleset()).text == "丑寅"


def test_default_rule_set_is_the_general_load_of_the_shipped_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`load_ruleset()` answers from the last shipped load while the fingerprint object is the same,
    and is otherwise what the general path loads (`_load_cached` of the shipped folder)."""
    monkeypatch.setattr(typos, "_shipped_seen", None)
    monkeypatch.setattr(typos, "_shipped_last", None)
    d = write_rules(tmp_path / "shipped", rule("t.x", "甲乙", "子"))
    monkeypatch.setattr(typos, "shipped_rules_dir", lambda: d)
    first = load_ruleset()
    assert first is typos._load_cached((str(d),), (typos._shipped_fingerprint(d),))
    assert load_ruleset() is first and load_ruleset((), include_default=True) is first
    monkeypatch.setattr(typos, "_shipped_seen", None)  # the next call looks at the folder again
    write_rules(d, rule("t.x", "甲乙", "丑寅"))  # another size: mtimes may tie
    again = load_ruleset()
    assert again is not first
    assert fix_typos(TrackedText("甲乙"), again).text == "丑寅"


# --- malformed files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[rule]]\nid = "t.a"\nfind = "甲"\ncert = "high"\nwhy = "w"\n', "missing field(s) replace"),
        (rule("t.a", "甲", "乙", colour="red"), "unknown key(s) colour"),
        (rule("t.a", "甲", "乙", after="(unclosed"), "bad regex in 'after'"),
        (rule("t.a", "甲", "乙", cert="sure"), "cert must be one of"),
        (rule("t.a", "甲", "乙", kind="spelling"), "unknown kind"),
        (rule("t.a", "甲", "甲"), "'replace' equals 'find'"),
        (rule("t.a", "甲", "乙", examples=["甲乙"]), "is not 'wrong => right'"),
        (rule("t.a", "甲", "乙") + rule("t.a", "丙", "丁"), "duplicate id"),
        ('[[rule]\nid = "t.a"\n', "not valid TOML"),
        ('title = "x"\n' + rule("t.a", "甲", "乙"), "unknown top-level key(s) title"),
    ],
)
def test_malformed_rule_files_name_file_and_rule(tmp_path: Path, body: str, message: str) -> None:
    d = write_rules(tmp_path, body, name="bad.toml")
    with pytest.raises(RuleError) as err:
        load_ruleset([d], include_default=False)
    assert message in str(err.value)
    assert "bad.toml" in str(err.value)
    if "TOML" not in message and "top-level" not in message:
        assert "'t.a'" in str(err.value)


def test_duplicate_id_across_files_of_one_folder(tmp_path: Path) -> None:
    write_rules(tmp_path, rule("t.a", "甲", "乙"), name="one.toml")
    write_rules(tmp_path, rule("t.a", "丙", "丁"), name="two.toml")
    expected = r"two\.toml: rule 't\.a': duplicate id \(first defined in .*one\.toml"
    with pytest.raises(RuleError, match=expected):
        load_ruleset([tmp_path], include_default=False)


def test_missing_folder_is_a_rule_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="rule folder not found"):
        load_ruleset([tmp_path / "nope"])


# --- check_rules ----------------------------------------------------------------------------------


def test_check_rules_reports_each_kind_of_failure(tmp_path: Path) -> None:
    body = (
        rule("t.good", "其础", "基础", examples=["夯实其础。 => 夯实基础。"], keep=["其基础好。"])
        + rule("t.wrong", "平合", "平台", examples=["搭建平合。 => 搭建舞台。"])
        + rule(
            "t.keep", "出合", "出台", examples=["政府出合政策。 => 政府出台政策。"], keep=["提出合理化建议"]
        )
        + rule("t.again", "合作", "合作社", examples=["开展合作。 => 开展合作社。"])
        + rule("t.none", "甲乙", "丙丁")
    )
    d = write_rules(tmp_path, body)
    report = check_rules([d], include_default=False, dictionary=False)  # (平合 is in 公平合理)
    assert (report.rules, report.examples, report.keeps) == (5, 4, 2)
    problems = {(f.rule_id, f.problem.split(" (")[0]) for f in report.failures}
    assert problems == {
        ("t.wrong", "example does not come out as written: t.wrong fired"),
        ("t.keep", "keep line is changed"),
        ("t.again", "corrected example changes again"),
        ("t.none", "no examples: a rule must show at least one 'wrong => right' line"),
        # the same lines in traditional characters (開展合作社, 提出合理化建議)
        ("t.keep", "traditional form: keep line is changed"),
        ("t.again", "traditional form: corrected example changes again"),
    }
    keep_fail = next(f for f in report.failures if f.rule_id == "t.keep")
    assert keep_fail.got == "提出台理化建议"
    assert keep_fail.file == d / "rules.toml"


def test_check_rules_runs_examples_at_the_rules_own_certainty(tmp_path: Path) -> None:
    body = rule("t.low", "平合", "平台", cert="low", examples=["搭建平合。 => 搭建平台。"])
    d = write_rules(tmp_path, body)
    assert check_rules([d], include_default=False, dictionary=False).failures == []


# --- scale ----------------------------------------------------------------------------------------


def test_ten_thousand_generated_rules_load_and_apply_correctly(tmp_path: Path) -> None:
    rng = random.Random(7)
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 400)]
    finds: dict[str, str] = {}
    while len(finds) < 10_000:
        f = "".join(rng.choice(han) for _ in range(3))
        finds[f] = "〇" + f[1:]  # replace the first character by a marker that no find contains
    body = "".join(rule(f"gen.r{i}", f, r) for i, (f, r) in enumerate(finds.items()))
    d = write_rules(tmp_path, body)
    rs = load_ruleset([d], include_default=False)
    assert len(rs) == 10_000
    chosen = rng.sample(sorted(finds), 50)
    text = "。".join(chosen) + "。"
    out = fix_typos(TrackedText(text), rs)
    # Each sentence is one find, separated by 。, so each is corrected exactly once.
    assert out.text == "。".join(finds[f] for f in chosen) + "。"
    assert {e.rule for e in out.edits} <= {f"gen.r{i}" for i in range(10_000)}
    assert len(out.edits) == 50
    assert undo_edits(out.text, out.edits) == text


def test_offsets_are_right_after_ascii_and_astral_characters(tmp_path: Path) -> None:
    d = write_rules(tmp_path, rule("t.chu", "出合", "出台"))
    text = "ab 𠀀𝒳 2023年出合,é出合。"
    out = run(d, text)
    assert out.text == "ab 𠀀𝒳 2023年出台,é出台。"
    assert [(e.start, e.end) for e in out.edits] == [(text.index("出合"), text.index("出合") + 2),
                                                      (text.rindex("出合"), text.rindex("出合") + 2)]


def test_word_check_window_gives_the_words_of_the_whole_sentence() -> None:
    """`window_tokens` relies on jieba cutting each run of `re_han_default` on its own: guard it."""
    checker = load_ruleset().checker
    sentence = (
        "调研结束后的三个月，9月初，省政协出合开展《“千站千室万名委员”联系服务界别群众行动方案（试行）》。"
    )
    whole = checker.tokens(sentence)
    rng = random.Random(3)
    for _ in range(200):
        start = rng.randrange(len(sentence))
        end = rng.randint(start + 1, min(len(sentence), start + 4))
        overlapping = [t for t in whole if t[1] < end and t[2] > start]
        window = checker.window_tokens(sentence, start, end)
        assert [t for t in window if t[1] < end and t[2] > start] == overlapping
        assert set(window) <= set(whole)
