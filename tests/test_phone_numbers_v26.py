"""Phone numbers whose local number is printed in two groups (`(010)8888-6666`, `0755-8888 6666`) and
numbers with an extension (`(010)88886666-123`) keep their ASCII parentheses and hyphens, as
`(0931)8926232` always did (W14 finding 11): before, the parentheses turned full-width, `（010）8888-6666`,
an edit of correct text. A parenthesis in the Chinese sentence around the number still changes."""

from __future__ import annotations

import pytest

from cli_pages import convert_stdin


@pytest.mark.parametrize(
    "phone",
    ["(010)8888-6666", "(0755)8888 6666", "(010) 8888-6666", "(010)88886666-123", "(0931)8926232-2024"],
)
def test_phone_number_keeps_its_ascii_while_the_sentence_is_fixed(phone: str) -> None:
    out = convert_stdin(f"本报讯 欢迎来电(周一至周五),联系电话:{phone},王先生。\n", "-f", "txt")
    assert f"联系电话：{phone}，王先生。" in out
    assert "欢迎来电（周一至周五）" in out


@pytest.mark.parametrize("text", ["今年(2024)增长8888-6666。", "编号(0101)共计2024-1234件。"])
def test_figures_that_are_no_phone_number_get_chinese_parentheses(text: str) -> None:
    out = convert_stdin(f"本报讯 {text}\n", "-f", "txt")
    assert "（" in out and "(" not in out
