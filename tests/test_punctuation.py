"""The punctuation normaliser: what a reader notices changed, and what must keep its ASCII."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bench_cases import bench_limits
from layoutfix.normalize.punctuation import fix_punctuation
from layoutfix.normalize.spacing import fix_spacing
from layoutfix.tracked import TrackedText, apply_edits, undo_edits

SEED = Path(__file__).resolve().parents[1] / "examples" / "seed-page.txt"


def run(text: str) -> str:
    return fix_punctuation(TrackedText(text)).text


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # commas, colons, question marks in Chinese sentences
        ("10月10日,酒泉市政协主席王海明带领调研组", "10月10日，酒泉市政协主席王海明带领调研组"),
        ("联系电话:0931-8926232", "联系电话：0931-8926232"),
        ("他说:我们要加强学习;要提高能力。", "他说：我们要加强学习；要提高能力。"),
        ("《意见》落实效果如何?怎样更好推动制度建设?", "《意见》落实效果如何？怎样更好推动制度建设？"),
        ("真是太好了!", "真是太好了！"),
        ("AI智算协同产业化平台,杰瑞10万吨", "AI智算协同产业化平台，杰瑞10万吨"),
        ("捐赠物资29.35万元,其中捐款17.07万元", "捐赠物资29.35万元，其中捐款17.07万元"),
        ("时间:10:30,地点:会议室", "时间：10:30，地点：会议室"),
        ("价格为3.5元/斤,比上周涨了10%!", "价格为3.5元/斤，比上周涨了10%！"),
        ("在2023,2024年连续两年增长", "在2023，2024年连续两年增长"),
        ("问:你是谁?答:我是记者。", "问：你是谁？答：我是记者。"),
        # parentheses as pairs
        ("本报酒泉讯(通讯员茹建荣)10月10日", "本报酒泉讯（通讯员茹建荣）10月10日"),
        ("召开五届二十八次党组(扩大)会议", "召开五届二十八次党组（扩大）会议"),
        ("(1)加强理论学习;(2)改进工作作风。", "（1）加强理论学习；（2）改进工作作风。"),
        ("发展人工智能(AI)产业", "发展人工智能（AI）产业"),
        ("省、市(州)、县(市、区)三级政协", "省、市（州）、县（市、区）三级政协"),
        ("《调研报告(讨论稿)》", "《调研报告（讨论稿）》"),
        ("本报武威讯(通讯员梁钰）10月10日", "本报武威讯（通讯员梁钰）10月10日"),  # mixed pair
        # quotes
        ('全市政协委员"走进基层、了解民情"系列活动', "全市政协委员“走进基层、了解民情”系列活动"),
        ('探索建立了"3+5"助力工作运行机制', "探索建立了“3+5”助力工作运行机制"),
        ('"建议放开落户门槛""希望降低生活成本"', "“建议放开落户门槛”“希望降低生活成本”"),
        ("他说:\"面向'一带一路'的食品产业。\"", "他说：“面向‘一带一路’的食品产业。”"),
        ("他说:“把'老三线精神'融入工作”", "他说：“把‘老三线精神’融入工作”"),
        # ellipsis and dash
        ("谈感受、说建议...经过深度协商", "谈感受、说建议……经过深度协商"),
        ("谈感受、说建议…经过深度协商", "谈感受、说建议……经过深度协商"),
        ("谈感受、说建议。。。经过深度协商", "谈感受、说建议……经过深度协商"),
        ("成效已初步显现--这是关键", "成效已初步显现——这是关键"),
    ],
)
def test_chinese_context_gets_full_width_marks(before: str, after: str) -> None:
    assert run(before) == after


@pytest.mark.parametrize(
    "text",
    [
        "e-mail:mzxsb02@163.com",
        "联系电话：0931-8926232",
        "电话(0931)8926232",
        "网址https://www.gansu.gov.cn/a?b=1,c=2(x)查看",
        "比分为3:2,时间10:30",  # the colons; the comma is Chinese (below)
        "The committee met on Monday, then voted: yes (12) or no? \"Fine,\" he said!",
        "Xi'an, don't, rock 'n' roll",
        "wait... what -- really?",
        "共有1,000名委员",
        "比分为3 : 2",
        "使用--help参数",
        "成效已初步显现……这是关键",
        "2011—2012年",
    ],
)
def test_ascii_that_is_not_chinese_punctuation_stays(text: str) -> None:
    out = run(text)
    for keep in ("mzxsb02@163.com", "0931-8926232", "(0931)8926232", "https://www.gansu.gov.cn/a?b=1,c=2(x)",
                 "3:2", "3 : 2", "10:30", "Xi'an", "1,000", "--help"):
        if keep in text:
            assert keep in out
    if not regex.search(r"\p{Han}", text):
        assert out == text


def test_email_colon_keeps_ascii_but_chinese_label_colon_changes() -> None:
    assert run("e-mail:mzxsb02@163.com") == "e-mail:mzxsb02@163.com"
    assert run("邮箱:mzxsb02@163.com") == "邮箱：mzxsb02@163.com"


def test_quotation_opening_in_one_block_and_closing_in_the_next() -> None:
    text = '全市政协委员"走进基层、了解\n\n民情、帮办实事"系列活动,并"千名干部进千村"活动'
    out = run(text)
    assert out == "全市政协委员“走进基层、了解\n\n民情、帮办实事”系列活动，并“千名干部进千村”活动"


def test_multi_paragraph_quotation_opens_each_paragraph() -> None:
    # GB/T 15834: each paragraph of a long quotation opens with “, only the last one closes.
    text = '他说:"第一段话。\n\n"第二段话。"\n\n会议结束。'
    assert run(text) == "他说：“第一段话。\n\n“第二段话。”\n\n会议结束。"


def test_unclosed_quotation_does_not_flip_the_next_article() -> None:
    # The first article's quotation continues on another page; the next article must start fresh.
    text = '他说:"我了解到临夏州正在打造\n\n创新工作\n\n解决了许多群众关心的"大问题",这就是工作室。'
    out = run(text)
    assert out.endswith("“大问题”，这就是工作室。")


def test_closing_quote_after_a_column_break() -> None:
    text = '围绕"绿满渭源\n\n"行动、生态农业等议题建言献策。'
    assert run(text) == "围绕“绿满渭源\n\n”行动、生态农业等议题建言献策。"


def test_unmatched_parenthesis_is_left_alone() -> None:
    assert run("(接一版") == "(接一版"
    assert run("1)加强学习") == "1)加强学习"


def test_spaced_ideographic_stops_are_one_ellipsis() -> None:
    # Spacing would remove the spaces beside 。 later; the ellipsis must not depend on that.
    assert run("谈感受、说建议。。 。经过协商") == "谈感受、说建议……经过协商"
    assert run("他说。 我们走吧。") == "他说。 我们走吧。"


def test_edits_carry_rule_kind_and_round_trip() -> None:
    src = '本报讯(记者张三)他说:"好!"...'
    t = fix_punctuation(TrackedText(src))
    assert {e.kind for e in t.edits} == {"punct"}
    assert {e.rule for e in t.edits} == {
        "punct.paren", "punct.colon", "punct.quote", "punct.exclamation", "punct.ellipsis",
    }
    assert apply_edits(src, t.edits) == t.text
    assert undo_edits(t.text, t.edits) == src


def test_block_separators_are_kept() -> None:
    src = "第一段,结束。\n\n第二段(续)\n\n\n第三段..."
    out = run(src)
    assert out == "第一段，结束。\n\n第二段（续）\n\n\n第三段……"


def test_seed_page_has_no_ascii_left_in_chinese_context() -> None:
    src = SEED.read_text(encoding="utf-8")
    out = fix_spacing(fix_punctuation(TrackedText(src))).text
    assert not regex.search(r'\p{Han}[,:()?;!"]|[,:()?;!"]\p{Han}', out)
    assert "'" not in out and '"' not in out
    for keep in ("0931-8926232", "e-mail:mzxsb02@163.com", "29.35", "17.07", "“3+5”", "1.2号", "37.64亿元"):
        assert keep in out
    # Every quotation is closed within its block, except the one article the page cuts off.
    unbalanced = [b for b in out.split("\n\n") if b.count("“") != b.count("”")]
    assert len(unbalanced) == 1 and unbalanced[0].endswith("共建数字化供应链综合服务")
    assert out.count("‘") == out.count("’") == 8


# --- properties ---------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("政协委员会议调研工作中国人民大")
    + list("abcXYZ019")
    + list(" \n,.:;?!()\"'-…。，：“”‘’（）、《》@/")
    + [" ", "  ", "\n\n", "...", "--", "http://a.cn/x?y=1", "a@b.cn", "0931-8926232", "10:30", "1,000"]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
@example('政.)"\n\n"')  # a block ending in an opening quote: once “ it must still read as opening
def test_idempotent_and_lossless(src: str) -> None:
    once = fix_punctuation(TrackedText(src))
    twice = fix_punctuation(once)
    assert twice.text == once.text
    assert apply_edits(src, once.edits) == once.text
    assert undo_edits(once.text, once.edits) == src
    # Only punctuation changes: line breaks stay exactly where they were.
    assert [i for i, c in enumerate(src) if c == "\n"] == [
        once.to_original(i) for i, c in enumerate(once.text) if c == "\n"
    ]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_punctuation_then_spacing_is_idempotent(src: str) -> None:
    once = fix_spacing(fix_punctuation(TrackedText(src)))
    twice = fix_spacing(fix_punctuation(once))
    assert twice.text == once.text
    assert apply_edits(src, twice.edits) == twice.text
    assert undo_edits(twice.text, twice.edits) == src


@pytest.mark.parametrize("case", bench_limits.PUNCTUATION_CASES, ids=lambda case: case.name)
def test_long_lines_keep_every_character(case: Any) -> None:
    # The time of each is bench/bench_limits.py's (`python bench/bench_limits.py pathological`); here
    # the input must come through whole: the edit log gives it back, and a second run changes nothing.
    text = case.make()
    out, edits = bench_limits.run_text_case(case, text)  # as the benchmark times it
    assert undo_edits(out, edits) == text
    assert fix_punctuation(TrackedText(out)).text == out


# --- the shortcuts of the mark sub-step -----------------------------------------------------------

_GUARD_ALPHABET = st.sampled_from(
    list("政协中国abcXY019")
    + list(" ,:;?!()（）-.@/'\"“”‘’")
    + ["(0", "0931)8926232", "(0931 8926232", "（0931）8926232", "(13912345678)"]
    + ["http://a.cn/x?y=1,2;3:4!", "www.x.cn/a,b", "a@b.cn", "x.y+z@mail.163.com,", "0931-8926232",
       "(0931) 8926232", "(0931)8926232", "13912345678", "http://a.cn/x'y(1)", "0931-8926232-12",
       "https://", "WWW.", "://"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_GUARD_ALPHABET, max_size=30).map("".join))
def test_marks_stand_only_in_the_url_part_of_the_protected_spans(text: str) -> None:
    """`fix_marks` and `fix_quotes` look marks up in the URL spans only (`mark_guarded`), marks not at
    all after a Han character unless a URL's path holds hanzi (`han_in_urls`), `fix_parentheses` in
    URLs and phone numbers (`paren_guarded`): at every such character the answer equals the full
    protected set's."""
    from layoutfix.normalize.punctuation import _Context

    full = _Context(text).guarded
    urls_only = _Context(text).mark_guarded
    for_parens = _Context(text).paren_guarded
    han_in_urls = _Context(text).han_in_urls
    for i, ch in enumerate(text):
        if ch in ",:;?!\"'“”‘’":
            assert (i in full) == (i in urls_only), (text, i)
        if ch in ",:;?!" and i and regex.match(r"\p{Han}", text[i - 1]):
            assert han_in_urls or i not in full, (text, i)
        if ch in "()（）":
            assert (i in full) == (i in for_parens), (text, i)


def test_mark_guard_reuses_the_full_guard_when_found() -> None:
    from layoutfix.normalize.punctuation import _Context

    ctx = _Context("见 http://a.cn/x?y=1 和 0931-8926232")
    assert "url_guarded" not in ctx.__dict__
    full = ctx.guarded
    assert ctx.mark_guarded is full


def test_lazy_property_computes_once() -> None:
    from layoutfix.normalize.context import lazy

    calls: list[int] = []

    class Thing:
        @lazy
        def value(self) -> int:
            """Doc."""
            calls.append(1)
            return 42

    thing = Thing()
    assert thing.value == 42 and thing.value == 42 and calls == [1]
    assert thing.__dict__["value"] == 42
    assert isinstance(Thing.__dict__["value"], lazy) and Thing.__dict__["value"].__doc__ == "Doc."


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(",:;?!()（）\"“”'‘’，。中a 1\n")), max_size=40))
def test_positions_are_the_character_class_matches(text: str) -> None:
    """`_positions` lists what `finditer` of the characters' class finds, in the same order."""
    from layoutfix.normalize.punctuation import _MARK_CHARS, _PAREN_CHARS, _QUOTE_CHARS, _positions

    for chars in (_MARK_CHARS, _PAREN_CHARS, _QUOTE_CHARS, "("):
        expected = [m.start() for m in regex.finditer("[" + regex.escape(chars) + "]", text)]
        assert _positions(text, chars) == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*".。·⋯… \u3000\t中a,\n", "...", "。 。", "··"]), max_size=30).map("".join))
def test_ellipsis_runs_are_the_hinted_runs_of_the_full_scan(text: str) -> None:
    """`_ellipsis_runs` yields exactly the runs of the full `_ELLIPSIS_RUN` scan holding a hint, and
    every run an ellipsis form accepts is among them."""
    from layoutfix.normalize.punctuation import (
        _ELLIPSIS_FORM,
        _ELLIPSIS_HINT,
        _ELLIPSIS_RUN,
        _HSPACE_RUN,
        _ellipsis_runs,
    )

    every = [m.span() for m in _ELLIPSIS_RUN.finditer(text)]
    hinted = [(s, e) for s, e in every if _ELLIPSIS_HINT.search(text, s, e)]
    assert [m.span() for m in _ellipsis_runs(text)] == hinted
    for s, e in every:
        if _ELLIPSIS_FORM.fullmatch(_HSPACE_RUN.sub("", text[s:e])):
            assert (s, e) in hinted, (text, s, e)


# --- which sub-steps are local to a paragraph join (evidence for the second pass) --------------------

_JOIN_ALPHABET = st.sampled_from(
    list("政协中国abc019")
    + list(" ,:;?!()\"'-.。…（）“”")
    + ["\n\n", "\n\n", "\n", "...", "--", "http://a.cn/x?y=1", "0931-8926232", "10:30", "1,000"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_JOIN_ALPHABET, max_size=40).map("".join), st.integers(min_value=0, max_value=50))
def test_sub_steps_but_quotes_change_only_the_joined_block_after_a_join(src: str, which: int) -> None:
    """On a text a sub-step leaves as it is, removing one block separator (a paragraph join) lets the
    ellipsis, dash, parenthesis and mark sub-steps and spacing change only the joined block: their
    verdicts read the mark's line (runs, links, numbers) or block (parenthesis pairs, headline, first
    line), never another block. Quote pairing carries its state across blocks and is not local."""
    from layoutfix.normalize.context import BLOCK_SEP
    from layoutfix.normalize.punctuation import fix_dashes, fix_ellipsis, fix_marks, fix_parentheses

    for step in (fix_ellipsis, fix_dashes, fix_parentheses, fix_marks, fix_spacing):
        text = step(TrackedText(src)).text
        if step(TrackedText(text)).text != text:
            continue  # not a fixed point of this step: the premise does not hold
        seps = list(BLOCK_SEP.finditer(text))
        if not seps:
            continue
        sep = seps[which % len(seps)]
        joined = text[: sep.start()] + text[sep.end() :]
        lo = max((m.end() for m in seps if m.end() <= sep.start()), default=0)
        hi = min((m.start() - (sep.end() - sep.start()) for m in seps if m.start() >= sep.end()),
                 default=len(joined))
        for e in step(TrackedText(joined)).edits:
            assert lo <= e.start and e.end <= hi, (step.__name__, joined, e)


def test_www_pretest_letters() -> None:
    """`context.urls` tests for `w.` / `W.` before its case-insensitive `www.` search: only w and W
    match the pattern's w, over every code point."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert sorted(set(regex.findall(r"(?i)w", every))) == ["W", "w"]


def test_quote_opening_at_a_block_end_pairs_with_the_next_block_once_and_for_all() -> None:
    # The straight quote ending the first block opens a quotation that the next block's quote
    # closes; a second run over the output must not pair them differently.
    once = fix_punctuation(TrackedText('政.)"\n\n"'))
    assert once.text == "政。)“\n\n”"  # the stop ends the Chinese sentence (punct.period)
    assert fix_punctuation(once).text == once.text


def test_long_quotation_paragraph_after_a_nested_closing_quote_opens() -> None:
    # GB/T 15834: each paragraph of a long quotation opens with “, also when the previous paragraph
    # ends with a nested quotation's closing quote after its full stop.
    text = '他说："她说\'好。\'\n\n"我们走吧。"'
    assert fix_punctuation(TrackedText(text)).text == "他说：“她说‘好。’\n\n“我们走吧。”"
