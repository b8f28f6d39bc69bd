"""The markup normaliser: markdown markers go, the words stay, and the block keeps its hints."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.normalize import markup
from layoutfix.normalize.markup import block_hints, emphasised_parts, strip_markup
from layoutfix.tracked import TrackedText, apply_edits, undo_edits

SEED = Path(__file__).resolve().parents[1] / "examples" / "seed-page.txt"
SEED_KICKER_LINE = "秦州区政协 **调研教师队伍建设情况**"


def run(text: str) -> TrackedText:
    return strip_markup(TrackedText(text))


def log(t: TrackedText) -> list[tuple[int, int, str, str, str]]:
    return [(e.start, e.end, e.before, e.after, e.rule) for e in t.edits]


def test_bold_markers_are_removed_and_recorded() -> None:
    t = run("政协**调研**情况")
    assert t.text == "政协调研情况"
    assert log(t) == [(2, 4, "**", "", "markup.bold"), (6, 8, "**", "", "markup.bold")]
    assert {e.kind for e in t.edits} == {"markup"}


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("# 武威市政协", "武威市政协", "markup.heading"),
        ("###### 召开会议 ###", "召开会议", "markup.heading"),
        ("> 建议放开落户门槛", "建议放开落户门槛", "markup.quote"),
        ("> > 嵌套引文", "嵌套引文", "markup.quote"),
        ("__专题协商议政__", "专题协商议政", "markup.bold"),
        ("***重要讲话***", "重要讲话", "markup.bold"),
        ("The *quick* fox", "The quick fox", "markup.em"),
    ],
)
def test_each_kind_of_marker(text: str, expected: str, rule: str) -> None:
    t = run(text)
    assert t.text == expected
    assert {e.rule for e in t.edits} == {rule}


def test_markers_at_line_start_only_in_the_middle_of_a_page() -> None:
    text = "正文一段。\n## 小标题\n正文 # 不是标题\n> 引文"
    assert run(text).text == "正文一段。\n小标题\n正文 # 不是标题\n引文"


@pytest.mark.parametrize(
    "text",
    [
        "#3车间全体职工",  # a lone # in running text
        "话题#两会#讨论",
        "面积为3*4平方米，长*宽*高",  # multiplication
        "计算 2 * 3 * 4 = 24",
        "**2**",  # no words inside
        "__init__ 是 Python 的方法",  # an identifier, not markup
        "填空：____年____月",
        "e-mail:mzxsb02@163.com https://example.org/a*b*c",
        "# ",  # a bare marker with nothing after it
        "收入>支出 > 0",
        "，。：；？！（）“”",
    ],
)
def test_text_that_only_looks_like_markup_is_left_alone(text: str) -> None:
    t = run(text)
    assert t.text == text
    assert t.edits == []


def test_seed_page_loses_exactly_the_bold_markers() -> None:
    text = SEED.read_text(encoding="utf-8")
    t = run(text)
    assert [(e.before, e.rule) for e in t.edits] == [("**", "markup.bold"), ("**", "markup.bold")]
    assert "秦州区政协 调研教师队伍建设情况\n" in t.text
    assert t.text == text.replace(SEED_KICKER_LINE, "秦州区政协 调研教师队伍建设情况")
    assert t.text.split("\n\n") == [b.replace("**", "") for b in text.split("\n\n")]


def test_seed_kicker_line_hints_and_parts() -> None:
    assert block_hints(SEED_KICKER_LINE) == frozenset({"partial-emphasis"})
    assert emphasised_parts(SEED_KICKER_LINE) == ["调研教师队伍建设情况"]


@pytest.mark.parametrize(
    ("block", "hints"),
    [
        ("# 武威市政协", {"heading"}),
        ("## **召开会议**", {"heading", "emphasis"}),
        ("**召开五届二十八次党组(扩大)会议**。", {"emphasis"}),
        ("**武威市政协** **召开会议**", {"emphasis"}),
        ("> 第一行\n> 第二行", {"quote"}),
        ("> 第一行\n第二行", set()),
        ("本报武威讯(通讯员梁钰)10月10日", set()),
        ("#3车间", set()),
        ("长*宽*高", set()),
        ("", set()),
    ],
)
def test_block_hints(block: str, hints: set[str]) -> None:
    assert block_hints(block) == frozenset(hints)


def test_emphasised_parts_removes_nested_markers() -> None:
    assert emphasised_parts("**学习 *重要* 讲话** 后记") == ["学习 重要 讲话"]
    assert emphasised_parts("没有强调") == []


def test_edit_log_rebuilds_output_and_original() -> None:
    text = "# 标题 #\n\n> 引**文**\n\nThe *quick* fox"
    t = run(text)
    assert t.text == "标题\n\n引文\n\nThe quick fox"
    assert apply_edits(text, t.edits) == t.text
    assert undo_edits(t.text, t.edits) == text


_ALPHABET = st.sampled_from(
    [*"政协调研委员abcX3 #*_>，。（）\n", "\n\n", "**", "__", "# ", "> ", "## ", " #", "***"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_property_idempotent_lossless_and_blocks_kept(text: str) -> None:
    once = run(text)
    twice = strip_markup(once)
    assert twice.text == once.text
    assert twice.edits == once.edits
    assert apply_edits(text, once.edits) == once.text
    assert undo_edits(once.text, once.edits) == text
    # Markers are deleted, never added, and newlines are never touched.
    assert all(e.after == "" and "\n" not in e.before for e in once.edits)
    assert once.text.count("\n") == text.count("\n")


def _plain_emphasised_parts(raw_block: str) -> list[str]:
    """`emphasised_parts` defined directly: every line parsed, each emphasised run stripped."""
    parts: list[str] = []
    for start, end in markup._lines(raw_block):
        line = markup._parse_line(raw_block, start, end)
        for em in markup._emphases(raw_block, line.body_start, line.body_end):
            parts.append(markup._strip(raw_block[em.content_start : em.content_end]))
    return parts


def _plain_block_hints(raw_block: str) -> frozenset[str]:
    """`block_hints` defined directly from its docstring, over the non-blank lines."""
    lines = [
        markup._parse_line(raw_block, s, e) for s, e in markup._lines(raw_block) if raw_block[s:e].strip()
    ]
    if not lines:
        return frozenset()
    hints: set[str] = set()
    if lines[0].heading:
        hints.add("heading")
    if all(line.quote for line in lines):
        hints.add("quote")
    outside: list[str] = []
    emphasised = False
    for line in lines:
        pos = line.body_start
        for em in markup._emphases(raw_block, line.body_start, line.body_end):
            emphasised = True
            outside.append(raw_block[pos : em.start])
            pos = em.end
        outside.append(raw_block[pos : line.body_end])
    if emphasised:
        rest = markup._strip("\n".join(outside))
        hints.add("partial-emphasis" if markup._WORDS.search(rest) else "emphasis")
    return frozenset(hints)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_hints_and_parts_from_one_parse_equal_the_plain_definitions(text: str) -> None:
    # Asked in both orders and twice (the parse is kept per block text).
    for _ in range(2):
        assert block_hints(text) == _plain_block_hints(text)
        assert emphasised_parts(text) == _plain_emphasised_parts(text)
    assert emphasised_parts(text + " ") == _plain_emphasised_parts(text + " ")
    assert block_hints(text + " ") == _plain_block_hints(text + " ")


def test_a_markdown_heading_that_reads_like_a_sentence_still_titles_its_article() -> None:
    """The `#` removed before a block's first character was left out of the text its hints are read
    from, so the heading hint was lost: a heading holding a comma was cut off as a title-less fragment
    and the article under it started without its title."""
    from layoutfix.pipeline import build_document

    doc = build_document("# 会议强调，要落实责任\n\n本报讯 近日，会议召开。\n")
    [article] = doc.articles
    assert [b.text for b in article.titles] == ["会议强调，要落实责任"]


def test_to_original_start_reaches_back_over_a_deletion() -> None:
    tracked = strip_markup(TrackedText("# 标题\n\n正文"))
    assert tracked.text.startswith("标题")
    assert (tracked.to_original(0), tracked.to_original_start(0)) == (2, 0)
    assert tracked.to_original_start(3) == tracked.to_original(3)  # nothing deleted before it
