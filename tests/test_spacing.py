"""The spacing normaliser: debris spaces go, meaningful gaps (headlines, datelines, Latin) stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bench_cases import bench_limits
from layoutfix.normalize.spacing import fix_spacing
from layoutfix.normalize.steps import normalize_text
from layoutfix.tracked import TrackedText, apply_edits, undo_edits

SEED = Path(__file__).resolve().parents[1] / "examples" / "seed-page.txt"


def run(text: str) -> str:
    return fix_spacing(TrackedText(text)).text


def rules(text: str) -> list[str]:
    return [e.rule for e in fix_spacing(TrackedText(text)).edits]


@pytest.mark.parametrize(
    ("before", "after", "rule"),
    [
        ("学习了习近平总 书记的重要讲话。", "学习了习近平总书记的重要讲话。", "space.cjk-cjk"),
        ("本报武威讯（通讯员梁 钰）", "本报武威讯（通讯员梁钰）", "space.cjk-cjk"),
        ("政协党组书记、主席鞠 毅主持召开会议。", "政协党组书记、主席鞠毅主持召开会议。", "space.cjk-cjk"),
        ("要在效能上下功夫， 坚持把党政所需。", "要在效能上下功夫，坚持把党政所需。", "space.cjk-punct"),
        ("巩固脱贫攻坚成果、 接续推进乡村振兴。", "巩固脱贫攻坚成果、接续推进乡村振兴。", "space.cjk-punct"),
        ("边志强说。 （张莉芳）", "边志强说。（张莉芳）", "space.cjk-punct"),
        ("深化调研效果。 “报告深入分析了问题。”", "深化调研效果。“报告深入分析了问题。”", "space.cjk-punct"),
        ("围绕“生态渭源” 建设协商建言。", "围绕“生态渭源”建设协商建言。", "space.cjk-punct"),
        ("签约5个项目，签约总资金37.64 亿元。", "签约5个项目，签约总资金37.64亿元。", "space.number-unit"),
        ("四级政协委员共有1.9 万余名。", "四级政协委员共有1.9万余名。", "space.number-unit"),
        ("同比增长5% 的目标", "同比增长5%的目标", "space.number-unit"),
        ("本报武威讯（通讯员梁钰）10月 10日，", "本报武威讯（通讯员梁钰）10月10日，", "space.cjk-number"),
        ("签约总资金 37.64亿元。", "签约总资金37.64亿元。", "space.cjk-number"),
        ("AI 智算协同产业化平台项目签约落地。", "AI智算协同产业化平台项目签约落地。", "space.cjk-latin"),
        ("这是一个关于\n 城市发展的问题。", "这是一个关于\n城市发展的问题。", "space.line-start"),
        ("这是一个关于   \n城市发展的问题。  ", "这是一个关于\n城市发展的问题。", "space.line-end"),
    ],
)
def test_debris_spaces_go(before: str, after: str, rule: str) -> None:
    assert run(before) == after
    assert rule in rules(before)


@pytest.mark.parametrize(
    "text",
    [
        # headline phrase gaps, including a kicker + title on one line
        "专题协商 让建言更精准",
        "制度先行管长远 用心用情促成效",
        "秦州区政协 调研教师队伍建设情况",
        "签约总资金 37.64亿元",
        # dateline gap
        "本报定西讯 10月10日，定西市政协在漳县东泉乡直沟村举行启动仪式。",
        "本报讯 记者张三报道，会议于昨日召开。",
        # Latin words, numbers, addresses
        "The People's Daily, New York Times",
        "详见 https://www.gansu.gov.cn/a 查看。",
        "来信请寄 mzxsb02@163.com 编辑部。",
        # indentation and whitespace-only lines, blank-line separators
        "  第一段首行缩进。\n\n  第二段。",
        "第一行\n   \n第二行",
        "“Hello” “World”",
    ],
)
def test_meaningful_spaces_stay(text: str) -> None:
    assert run(text) == text


def test_digit_groups_stay_but_the_gaps_to_han_go() -> None:
    assert run("全县常住人口为 10 000 人。") == "全县常住人口为10 000人。"


def test_headline_letterspacing_is_debris_but_phrase_gap_is_not() -> None:
    # Single characters padded apart are debris even in a headline; the gap between two words stays.
    assert run("专 题 协 商") == "专题协商"
    assert run("武威市政协 召开 五届二十八次党组会议") == "武威市政协 召开 五届二十八次党组会议"
    assert run("本报武威讯（通讯员梁 钰）") == "本报武威讯（通讯员梁钰）"


def test_body_text_is_not_a_headline() -> None:
    text = "据悉，全市政协委员“走进基层、了解 民情、帮办实事”系列活动是市政协贯彻 落实市委的举措。"
    assert run(text) == "据悉，全市政协委员“走进基层、了解民情、帮办实事”系列活动是市政协贯彻落实市委的举措。"


def test_a_short_block_with_sentence_punctuation_is_body() -> None:
    assert run("召开 会议。") == "召开会议。"


def test_block_separators_and_lines_are_kept() -> None:
    src = "第一 段  \n\n  第二段 内容。\n继续 写。\n\n\n第三 段"
    out = run(src)
    assert out == "第一段\n\n  第二段内容。\n继续写。\n\n\n第三段"
    t = fix_spacing(TrackedText(src))
    assert all(e.kind == "space" and "\n" not in e.before for e in t.edits)


def test_seed_page_after_the_pipeline() -> None:
    src = SEED.read_text(encoding="utf-8")
    out = normalize_text(src).text
    blocks = out.split("\n\n")
    spaced = [b for b in blocks if regex.search(r"\p{Han} +\p{Han}", b)]
    # Only headlines and a photo credit's fields keep a gap between Han characters.
    credit = "，听取相关工作情况介绍和意见建议。通讯员 齐彦军 摄影报道"
    assert [b for b in spaced if not b.endswith(credit)] == [
        "秦州区政协 调研教师队伍建设情况", "专题协商 让建言更精准", "制度先行管长远 用心用情促成效",
    ]
    assert len(spaced) == 4
    assert "本报定西讯 10月10日" in out and "本报渭源讯 10月10日" in out
    assert "签约总资金37.64亿元" in out and "共有1.9万余名" in out
    assert "（通讯员梁钰）10月10日" in out and "主席鞠毅主持" in out
    assert not regex.search(r"[\p{Han}，。、：；？！“”（）] | [\p{Han}，。、：；？！“”（）]", "\n".join(
        b for b in blocks if b not in spaced and not b.startswith(("本报定西讯", "本报渭源讯"))))
    assert "e-mail:mzxsb02@163.com" in out and "0931-8926232" in out


# --- properties ---------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("政协委员会议调研工作本报讯")
    + list("abXY019%")
    + list(",.:()\"…。，：“”（）、《》@")
    + [" ", " ", "  ", "\t", "\u3000", "\n", "\n\n", "\n \n", "http://a.cn/x", "a@b.cn", "本报兰州讯 "]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_idempotent_lossless_and_only_spaces_removed(src: str) -> None:
    once = fix_spacing(TrackedText(src))
    assert fix_spacing(once).text == once.text
    assert apply_edits(src, once.edits) == once.text
    assert undo_edits(once.text, once.edits) == src
    assert regex.sub(r"[\t\p{Zs}]", "", once.text) == regex.sub(r"[\t\p{Zs}]", "", src)
    assert all(e.after == "" and not e.before.strip() for e in once.edits)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_whole_pipeline_is_idempotent(src: str) -> None:
    once = normalize_text(src)
    assert normalize_text(once.text).text == once.text
    assert src.count("\n") == once.text.count("\n")


@pytest.mark.parametrize("case", bench_limits.SPACING_CASES, ids=lambda case: case.name)
def test_long_lines_keep_every_character(case: Any) -> None:
    # The time of each is bench/bench_limits.py's (`python bench/bench_limits.py pathological`); here
    # the input must come through whole: the edit log gives it back, and a second run changes nothing.
    text = case.make()
    out, edits = bench_limits.run_text_case(case, text)  # as the benchmark times it
    assert undo_edits(out, edits) == text
    assert fix_spacing(TrackedText(out)).text == out


def test_re_space_class_matches_the_regex_one() -> None:
    """`HSPACE_RE_CLASS` (for the standard `re` scans) holds exactly the characters of `HSPACE_CLASS`."""
    import re

    from layoutfix.normalize.context import HSPACE_CLASS, HSPACE_RE_CLASS

    every = "".join(map(chr, range(0x110000)))
    assert re.findall(HSPACE_RE_CLASS, every) == regex.findall(HSPACE_CLASS, every)


_LAYOUT_ALPHABET = st.sampled_from(
    list("本报兰州讯电月日新华社记者中")
    + list("0123456789 \n\t")
    + ["\u3000", "10月9日电", "讯 ", "http://a.cn/x", "a@b.cn "]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LAYOUT_ALPHABET, max_size=40).map("".join))
@example("本报 讯 ")
def test_layout_shortcuts_answer_like_the_full_tests(text: str) -> None:
    """The dateline test's 讯/电 pretest and the links' edge sets give the answers of the full
    dateline match (a dateline a stray space split, `本报 讯`, included: `_after_split_dateline`) and
    of `Spans.ends_at` / `starts_at` at every position."""
    from layoutfix.normalize.spacing import _DATELINE, _DATELINE_REACH, _Layout, wire_in_word

    layout = _Layout(text)
    ends, starts = layout.link_edges
    for pos in range(len(text) + 1):
        ls = text.rfind("\n", 0, pos) + 1
        matched = _DATELINE.fullmatch(text, ls, pos) is not None
        matched = matched and not wire_in_word(text[: layout._dateline_reach(pos)], ls, pos)
        full = (
            pos - ls <= _DATELINE_REACH
            and (matched or layout._after_split_dateline(ls, pos))
            and not layout._splits_label(ls, pos)
            and layout._opens_dispatch(ls)  # a line the labels may read a dateline on
        )
        assert layout.is_dateline_gap(pos) == full, (text, pos)
        assert (pos in ends) == layout.links.ends_at(pos)
        assert (pos in starts) == layout.links.starts_at(pos)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*'中a()," \n', "\n\n", "\n \n"]), max_size=30).map("".join))
def test_blocks_reused_from_punctuation_are_the_texts_blocks(src: str) -> None:
    """The block edges spacing takes over from the punctuation step are those of its own text."""
    from layoutfix.normalize.context import Blocks
    from layoutfix.normalize.punctuation import fix_punctuation, known_blocks

    out = fix_punctuation(TrackedText(src)).text
    found = known_blocks(out)
    if found is not None:
        fresh = Blocks(out)
        assert (found.starts, found.ends) == (fresh.starts, fresh.ends)
