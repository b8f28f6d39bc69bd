"""A list, tuple or call quoted in Chinese text keeps its ASCII commas (and its parentheses).

The punctuation step took every ASCII comma near Chinese for a misread `，`: `列表写作[[1, 2], [3, 4]]，…`
came out as `[[1，2]，[3，4]]` and `坐标为(1, 2)的点` as `（1，2）`: correct text altered. A bracket pair
(`[ ]`, `{ }`, `( )`) with no Chinese inside that holds an ASCII comma or semicolon is ASCII text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.normalize.punctuation import fix_punctuation
from layoutfix.normalize.spacing import fix_spacing
from layoutfix.tracked import TrackedText, apply_edits, undo_edits


def convert_txt(page: str) -> str:
    result = CliRunner().invoke(app, ["convert", "-", "-f", "txt"], input=page)
    assert result.exit_code == 0, result.output
    return result.stdout


#: Sentences quoting ASCII text, and the ASCII text that must come out as it went in.
KEEP = {
    "列表写作[[1, 2], [3, 4]]，是一个二维列表。": "[[1, 2], [3, 4]]",
    "坐标为(1, 2)的点在第一象限。": "(1, 2)",
    "调用f(x, 1)函数即可。": "f(x, 1)",
    "调用f(x, y)函数即可。": "f(x, y)",
    "研究表明[1,2]，该方法有效。": "[1,2]",
    "集合{1, 2}只有两个元素。": "{1, 2}",
    "矩阵[1, 2; 3, 4]是二阶方阵。": "[1, 2; 3, 4]",
    "元组((1, 2), (3, 4))可以嵌套。": "((1, 2), (3, 4))",
}


@pytest.mark.parametrize("sentence", KEEP)
def test_ascii_list_in_chinese_text_keeps_its_marks(sentence: str) -> None:
    """Before: the commas (and the parentheses) became full-width. Now the quoted text is unchanged."""
    out = convert_txt(sentence + "\n")
    assert KEEP[sentence] in out
    assert sentence in out


def test_no_punct_edit_inside_a_quoted_list() -> None:
    """The edit log records no change inside the list; the comma after it, glued to Chinese, changes."""
    page = "列表写作[[1, 2], [3, 4]],是一个二维列表。\n"
    t = fix_punctuation(TrackedText(page))
    start, end = page.index("[["), page.index("]],") + 2
    assert [e for e in t.edits if start <= e.start < end] == []
    assert t.text == "列表写作[[1, 2], [3, 4]]，是一个二维列表。\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("见[张三,李四]的发言。", "见[张三，李四]的发言。"),  # Chinese inside the brackets
        ("在2023,2024年连续两年增长", "在2023，2024年连续两年增长"),  # no brackets
        ("(1)加强理论学习;(2)改进工作作风。", "（1）加强理论学习；（2）改进工作作风。"),
        ("发展人工智能(AI)产业", "发展人工智能（AI）产业"),  # no comma: Chinese context decides
        ("第(1，2)条", "第（1，2）条"),  # a full-width comma is Chinese already
        ("会议(上午,下午)举行", "会议（上午，下午）举行"),
    ],
)
def test_chinese_brackets_still_get_full_width_marks(before: str, after: str) -> None:
    assert fix_punctuation(TrackedText(before)).text == after


_ALPHABET = st.sampled_from(
    list("政协中国abc019")
    + list(" \n,;:.()[]{}（）“”\"，")
    + ["\n\n", "(1, 2)", "[1, 2]", "f(x, y)"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_idempotent_and_lossless_with_brackets(src: str) -> None:
    once = fix_spacing(fix_punctuation(TrackedText(src)))
    twice = fix_spacing(fix_punctuation(once))
    assert twice.text == once.text
    assert apply_edits(src, once.edits) == once.text
    assert undo_edits(once.text, once.edits) == src
