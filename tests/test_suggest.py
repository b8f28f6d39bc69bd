"""Look-alike suggestions: found where a swap makes a word, quiet on correct text, applied as edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.errors import RuleError
from layoutfix.model import CERT_LEVELS
from layoutfix.suggest import apply_suggestions, load_confusion, suggest
from layoutfix.suggest.confusion import ConfusionTable, read_table
from layoutfix.suggest.learn import learn
from layoutfix.tracked import TrackedText, apply_edits, undo_edits

# A look-alike breaking a word no shipped rule names: 建设 printed as 建没 (设/没 share 殳).
BROKEN = "要进一步加强基础设施建没，改善民生。"
CLEAN = [
    "省政协召开专题协商会，围绕推进乡村全面振兴建言献策。",
    "市委、市政府高度重视营商环境建设，先后出台了一系列支持民营经济发展的政策措施。",
    "这本书其层次分明。",
    "他提出合理化建议。",
    "他自己经常下乡调研。",
    # 住 is right here; the 驻/住 rules' guards leave it, and the gazetteer (驻香港, 驻澳门 are lexicon
    # words) suggested 驻 at high, which --apply-suggestions high then applied.
    "他住香港，常回内地探亲。",
    "要想办法留住澳门企业。",
]


def test_shipped_table_has_the_issue_pairs_in_both_directions() -> None:
    table = load_confusion()
    for a, b in [("基", "其"), ("台", "合"), ("千", "干"), ("驻", "住")]:
        assert table.get(a, b) is not None and table.get(b, a) is not None
        assert table.get(a, b).strong


def test_a_bad_table_line_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "mine.txt"
    f.write_text("基 其\n基其\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"mine.txt:2"):
        read_table(f, ConfusionTable())


def test_finds_a_broken_word_and_proposes_the_real_one() -> None:
    found = suggest(BROKEN)
    assert [(s.suspect, s.proposal, s.word, s.found) for s in found] == [("没", "设", "建设", "建没")]
    s = found[0]
    assert BROKEN[s.start : s.end] == "没"
    assert s.score > 0 and s.cert in CERT_LEVELS and "建设" in s.why


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_sentences_get_no_medium_or_high_suggestion(sentence: str) -> None:
    assert suggest(sentence, min_cert="medium") == []


def test_min_cert_filters() -> None:
    everything = suggest(BROKEN + "实现政协协商和其层协商有效衔接。")
    high = suggest(BROKEN + "实现政协协商和其层协商有效衔接。", min_cert="high")
    assert all(s.cert == "high" for s in high) and len(high) <= len(everything)


def test_applied_suggestions_are_typo_edits_and_round_trip() -> None:
    original = "第一段。\n\n" + BROKEN
    tracked = TrackedText(original)
    found = suggest(tracked)
    out = apply_suggestions(tracked, found, "low")
    assert "建设" in out.text and "建没" not in out.text
    (edit,) = out.edits
    assert edit.kind == "typo" and edit.rule == "suggest.没-设" and edit.cert == found[0].cert
    assert apply_edits(original, out.edits) == out.text
    assert undo_edits(out.text, out.edits) == original
    assert "\n\n" in out.text


def test_nothing_below_the_level_is_applied() -> None:
    tracked = TrackedText(BROKEN)
    found = [s for s in suggest(tracked) if s.cert != "high"]
    assert apply_suggestions(tracked, found, "high").text == BROKEN


def test_a_suggestion_from_another_text_is_refused() -> None:
    found = suggest(BROKEN)
    with pytest.raises(ValueError, match="does not fit"):
        apply_suggestions(TrackedText("完全不同的一段文字，长度也足够长了。"), found, "low")


def test_spans_a_rule_already_fixed_are_not_suggested_again() -> None:
    from layoutfix.normalize import normalize_text

    tracked = normalize_text("实现政协协商和其层协商有效衔接。")
    assert "基层" in tracked.text
    assert all(s.proposal != "基" for s in suggest(tracked))


def test_gazetteer_name_one_look_alike_away(tmp_path: Path) -> None:
    found = suggest("他来自甘肃省合水县。", gazetteer=["甘肃省台水县"])
    assert any(s.word == "甘肃省台水县" and s.pair == "合→台" for s in found)


def test_learn_makes_a_rule_that_fixes_the_text(tmp_path: Path) -> None:
    lines = [dict(s.to_json()) for s in suggest(BROKEN)]
    rejected = dict(lines[0], found="其它", word="其他", accept=False)
    reviewed = tmp_path / "reviewed.jsonl"
    body = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in [*lines, rejected])
    reviewed.write_text(body, "utf-8")
    rules = learn(reviewed)
    assert [(r.find, r.replace) for r in rules] == [("建没", "建设")]

    folder = tmp_path / "rules"
    folder.mkdir()
    result = CliRunner().invoke(app, ["rules", "learn", str(reviewed), "-o", str(folder / "learned.toml")])
    assert result.exit_code == 0, result.output
    args = ["normalize", "-", "--rules", str(folder)]
    fixed = CliRunner().invoke(app, args, input="另一篇：推进道路建没工作。")
    assert fixed.stdout == "另一篇：推进道路建设工作。"


def test_cli_suggest_jsonl_and_normalize_apply(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("标题\n\n" + BROKEN, encoding="utf-8")
    out = CliRunner().invoke(app, ["suggest", str(page), "-f", "jsonl"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert rows and rows[0]["before"] == "没" and page.read_text("utf-8")[rows[0]["start"]] == "没"
    norm = CliRunner().invoke(app, ["normalize", str(page), "--apply-suggestions", "low", "--suggest"])
    assert norm.exit_code == 0 and "建设" in norm.stdout


def test_convert_applies_suggestions_as_choice_and_lists_the_rest(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("城乡道路建设提速\n\n本报讯 " + BROKEN + "\n", encoding="utf-8")
    level = suggest(BROKEN)[0].cert
    plain = CliRunner().invoke(app, ["convert", str(page)])
    assert plain.exit_code == 0 and "建没" in plain.stdout and "<choice>" not in plain.stdout
    applied = CliRunner().invoke(app, ["convert", str(page), "--apply-suggestions", level])
    assert applied.exit_code == 0, applied.output
    assert "<sic>没</sic>" in applied.stdout and 'type="suggest.没-设"' in applied.stdout
    listed = CliRunner().invoke(app, ["convert", str(page), "--suggest", "-f", "txt"])
    assert listed.exit_code == 0 and "没→设" in listed.stderr and "建没" in listed.stdout


def test_learn_reads_what_suggest_writes_around_a_line_separator(tmp_path: Path) -> None:
    """JSON leaves U+2028 unescaped; `rules learn` split the file with str.splitlines, cut a suggestion's
    context in two and stopped with 'not JSON' on a file `suggest -f jsonl` had just written."""
    page = tmp_path / "p.txt"
    page.write_text("标题\n\n" + BROKEN.replace("。", "。\u2028", 1), encoding="utf-8")
    out = CliRunner().invoke(app, ["suggest", str(page), "-f", "jsonl"])
    assert out.exit_code == 0, out.output
    assert "\u2028" in out.stdout
    reviewed = tmp_path / "s.jsonl"
    reviewed.write_text(out.stdout, encoding="utf-8")
    assert [(r.find, r.replace) for r in learn(reviewed)] == [("建没", "建设")]
