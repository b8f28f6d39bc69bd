"""Normalising twice gives what normalising once gives: a split label under a filed byline (v15, RC).

1. A reporter label with a stray space (`通 讯员`) on an indented line under Taiwan's or Hong Kong's
   byline (`記者王麗／台北報導` / ` 通 讯员 张强`): the line's indent went, but the stray space inside
   the label stayed, as the byline under the filed one was read from its first hanzi, which the
   stray-space test took for no line start; a second run then removed it.
"""

from __future__ import annotations

import pytest

from layoutfix.normalize.steps import normalize_text

FILED = "記者王麗／台北報導"


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text).text
    assert normalize_text(once).text == once
    return once


# --- 1. a split reporter label on an indented line under a filed byline ----------------------------


@pytest.mark.parametrize("indent", [" ", "\u3000", "  ", "\t"])
@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("通 讯员", "张强"), ("通讯 员", "张强"), ("本 报记者", "李华"), ("实习 生", "王丽"),
        ("實習 生", "李華"),
    ],
)
def test_a_split_label_on_an_indented_line_under_a_filed_byline_is_mended_at_once(
    indent: str, label: str, name: str
) -> None:
    """Before, ` 通 讯员 张强` gave `通 讯员 张强` on the first run and `通讯员 张强` on the second."""
    text = f"{FILED}\n{indent}{label} {name}\n"
    once = normalised_once(text)
    second = once.split("\n")[1]
    glued = label.replace(" ", "")
    assert second.strip() == f"{glued} {name}"  # the label mended, the gap before the name kept


def test_an_unindented_split_label_under_a_filed_byline_is_mended_as_before() -> None:
    """Guard: the line without an indent was mended on the first run already."""
    assert normalised_once(f"{FILED}\n通 讯员 张强\n") == f"{FILED}\n通讯员 张强\n"
