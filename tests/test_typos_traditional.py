"""Typo rules fire on pages printed in traditional characters, and write traditional corrections.

Rules are simplified literals (其层→基层); each gets a traditional form derived with OpenCC
(其層→基層), judged on the simplified view of its context. The traditional pages here are made from
simplified ones with OpenCC s2t, with the misread characters left as OCR printed them.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from layoutfix.normalize import NormalizeOptions, normalize_text
from layoutfix.normalize.ruletest import check_rules
from layoutfix.normalize.typos import fix_typos, load_ruleset
from layoutfix.tracked import TrackedText, apply_edits, undo_edits

ROOT = Path(__file__).resolve().parents[1]
_S2T = opencc.OpenCC("s2t")


def _typos(text: str) -> list[tuple[int, int, str, str, str]]:
    out = normalize_text(text)
    return [(e.start, e.end, e.before, e.after, e.rule) for e in out.edits if e.kind == "typo"]


def _traditional_twin(page: str, typos: list[tuple[int, int, str, str, str]]) -> str:
    """`page` converted with s2t, but for the characters the typo edits correct: those stay as
    printed (OCR misreads a shape; s2t would turn the misread 干 of 干站 into 乾)."""
    twin = list(_S2T.convert(page))
    assert len(twin) == len(page)
    for start, _end, before, after, _rule in typos:
        for k, (b, a) in enumerate(zip(before, after, strict=True)):
            if b != a:
                twin[start + k] = page[start + k]
    return "".join(twin)


def test_the_traditional_seed_page_gets_every_correction_of_the_simplified_one() -> None:
    page = (ROOT / "examples/seed-page.txt").read_text(encoding="utf-8")
    simplified = _typos(page)
    assert len(simplified) >= 5
    twin = _traditional_twin(page, simplified)
    traditional = _typos(twin)
    assert [(s, e, r) for s, e, _b, _a, r in traditional] == [(s, e, r) for s, e, _b, _a, r in simplified]
    corrected = {rule: after for _s, _e, _b, after, rule in traditional}
    # 基層, 駐甘, 駐香港 as s2t writes them (层 and 驻 are simplified only); 出台 as printed: 合 is a
    # misread 台, and s2t's 臺 is a character the page never printed
    assert corrected["typo.ji-ceng"] == "基層" and corrected["typo.zhu-gan"] == "駐甘"
    assert corrected["typo.chu-tai"] == "出台"
    for (_s, _e, before, after, rule), (*_, s_after, _) in zip(traditional, simplified, strict=True):
        if rule != "typo.chu-tai":
            assert after == _S2T.convert(s_after), before
    out = normalize_text(twin)
    assert apply_edits(twin, out.edits) == out.text and undo_edits(out.text, out.edits) == twin


def test_guards_read_a_traditional_match_in_the_simplified_view() -> None:
    # typo.zhu-gang: after = 部队|官兵|...; on the traditional page the guard reads 部隊 as 部队
    text = _S2T.convert("中国人民解放军住港部队举行开放日活动。")
    assert "部隊" in text
    assert normalize_text(text).text == _S2T.convert("中国人民解放军驻港部队举行开放日活动。")
    # and a traditional keep line stays: 与其层层把关 (typo.ji-ceng-yu's not_after reads 層 as 层)
    keep = _S2T.convert("与其层层把关，不如一次到位。")
    assert normalize_text(keep).text == keep


def test_the_word_check_reads_a_traditional_sentence_in_the_simplified_view() -> None:
    # typo.chu-tai relies on the word check alone: 提出 + 合理化 is refused, 出合 + 开展 corrected
    kept = _S2T.convert("委員們提出合理化建議十余條，涉及多個領域。")
    assert normalize_text(kept).text == kept
    wrong = "近日，省政府出合了一系列惠企政策，為企業紓困。"
    assert normalize_text(wrong).text == "近日，省政府出台了一系列惠企政策，為企業紓困。"


def test_a_simplified_page_quoting_a_traditional_name_keeps_each_script() -> None:
    page = (ROOT / "examples/seed-page.txt").read_text(encoding="utf-8")
    text = page + "\n\n近日，香港其層組織聯會代表团来访，双方就省政府出合的惠企政策交换了意见。\n"
    out = normalize_text(text).text
    assert "香港基層組織聯會" in out  # the traditional name corrected in its own characters
    assert "省政府出台的惠企政策" in out  # the simplified text beside it with simplified ones
    assert "臺" not in out and "基层组织" not in out


def test_the_misread_character_is_kept_as_printed_in_the_traditional_form(tmp_path: Path) -> None:
    (tmp_path / "r.toml").write_text(
        '[[rule]]\nid = "t.qjwh"\nfind = "干家万户"\nreplace = "千家万户"\ncert = "high"\nwhy = "t"\n',
        encoding="utf-8",
    )
    rs = load_ruleset([tmp_path], include_default=False)
    assert fix_typos(TrackedText("走進干家萬戶。"), rs).text == "走進千家萬戶。"
    assert fix_typos(TrackedText("走進幹家萬戶。"), rs).text == "走進幹家萬戶。"  # s2t's 干, never printed


def test_a_rule_without_a_faithful_traditional_form_is_named(tmp_path: Path) -> None:
    (tmp_path / "r.toml").write_text(
        '[[rule]]\nid = "t.long"\nfind = "后台"\nreplace = "後臺的"\ncert = "high"\nwhy = "t"\n',
        encoding="utf-8",
    )
    rs = load_ruleset([tmp_path], include_default=False)
    assert [rid for rid, _why in rs.untraditional] == ["t.long"]
    assert [s.find for s in rs.spellings] == ["后台"]


def test_rules_test_checks_the_traditional_form_of_examples_and_keep_lines(tmp_path: Path) -> None:
    # the traditional example (解放軍住港部隊) passes only if the guard reads 部隊 as 部队
    (tmp_path / "r.toml").write_text(
        '[[rule]]\nid = "t.zhu-gang"\nfind = "住港"\nreplace = "驻港"\nafter = "部队"\ncert = "high"\n'
        'why = "t"\nexamples = ["解放军住港部队。 => 解放军驻港部队。"]\nkeep = ["居住港口部门。"]\n',
        encoding="utf-8",
    )
    report = check_rules([tmp_path], include_default=False)
    assert report.ok, [str(f) for f in report.failures]
    # a traditional keep line that the rule changes is reported as such
    (tmp_path / "r.toml").write_text(
        '[[rule]]\nid = "t.ji-ceng"\nfind = "其层"\nreplace = "基层"\nnot_after = "次"\ncert = "high"\n'
        'why = "t"\nexamples = ["到其层一线。 => 到基层一线。"]\nkeep = ["其层面广。"]\n',
        encoding="utf-8",
    )
    problems = {f.problem for f in check_rules([tmp_path], include_default=False).failures}
    assert problems == {
        "keep line is changed (t.ji-ceng)", "traditional form: keep line is changed (t.ji-ceng)"
    }


@pytest.mark.parametrize("apply", ["high", "low"])
def test_a_simplified_page_does_not_convert_a_window(monkeypatch: pytest.MonkeyPatch, apply: str) -> None:
    """The usual page pays nothing for traditional forms: no window around a match is converted."""
    from layoutfix.normalize import typos

    calls: list[str] = []
    real = typos.simplified_view

    def counting(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(typos, "simplified_view", counting)
    page = (ROOT / "examples/seed-page.txt").read_text(encoding="utf-8")
    assert normalize_text(page, NormalizeOptions(apply=apply)).text
    assert calls == []


def test_rules_test_names_a_rule_without_a_traditional_form(tmp_path: Path) -> None:
    """A rule author learns from `layoutfix rules test` that a rule will not fire on traditional pages
    (the rule set knew it, the command never said it); it is a note, not a failure."""
    from typer.testing import CliRunner

    from layoutfix.cli import app

    (tmp_path / "r.toml").write_text(
        '[[rule]]\nid = "t.long"\nfind = "后召"\nreplace = "後臺的"\ncert = "high"\nwhy = "t"\n'
        'examples = ["进了后召。 => 进了後臺的。"]\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["rules", "test", str(tmp_path)])
    assert "NOTE t.long: no traditional form" in result.stdout
    assert "FAIL t.long" not in result.stdout
