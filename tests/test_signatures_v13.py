"""Bare names in brackets closing a paragraph (`……落实。（江山 高峰）`) when a name is also a word.

`（王丽 李华）` kept its spaces as a signature, but `（江山 高峰）` lost its space and its signature:
江山 ("land") is a dictionary word. A word opening with a surname counts as a name beside a name that
is no other word; words alone (`（会议 现场）`, `（平安 和谐）`) keep losing their stray OCR space.
"""

from __future__ import annotations

import json

import pytest

from cli_pages import convert_stdin

TITLE = "全市召开会议"
LEAD = "近日，全市召开会议。会议强调要抓好落实。"


def _convert(text: str, fmt: str) -> str:
    return convert_stdin(text, "-f", fmt)


@pytest.mark.parametrize("sep", ["", "\n"])
@pytest.mark.parametrize("names", ["江山 高峰", "高峰 江山", "江山 海燕", "江山 王丽 李华"])
def test_a_name_that_is_also_a_word_keeps_the_signature(sep: str, names: str) -> None:
    page = f"{TITLE}\n\n{LEAD}{sep}（{names}）\n"
    (article,) = json.loads(_convert(page, "json"))["articles"]
    assert article["signature"] == f"（{names}）"
    assert [p["text"] for p in article["paragraphs"]] == [LEAD]
    assert f"<signed>{names}</signed>" in _convert(page, "tei")
    assert f"（{names}）" in _convert(page, "txt")


@pytest.mark.parametrize(("inner", "printed"), [
    ("会议 现场", "（会议现场）"), ("平安 和谐", "（平安和谐）"), ("金融 安全", "（金融安全）"),
    ("江山 会议", "（江山会议）"), ("会议现场", "（会议现场）"), ("平安和谐", "（平安和谐）"),
])
def test_words_in_brackets_are_no_signature(inner: str, printed: str) -> None:
    """They lose a stray OCR space, and stay in the paragraph they close instead of signing it."""
    page = f"{TITLE}\n\n{LEAD}（{inner}）\n"
    assert printed in _convert(page, "txt")
    (article,) = json.loads(_convert(page, "json"))["articles"]
    assert article["signature"] is None
    assert [p["text"] for p in article["paragraphs"]] == [LEAD + printed]


@pytest.mark.parametrize("names", ["王丽", "高峰", "欧阳晓明", "记者 江山", "作者：江山"])
def test_one_name_or_a_labelled_word_still_signs(names: str) -> None:
    (article,) = json.loads(_convert(f"{TITLE}\n\n{LEAD}（{names}）\n", "json"))["articles"]
    assert article["signature"] == f"（{names}）"
