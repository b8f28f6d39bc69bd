"""Normalising twice gives what normalising once gives: two stray-space cases (v15, RC).

1. A reporter label with a stray space (`通 讯员`) on an indented line under Taiwan's or Hong Kong's
   byline (`記者王麗／台北報導` / ` 通 讯员 张强`): the line's indent went, but the stray space inside
   the label stayed, as the byline under the filed one was read from its first hanzi, which the
   stray-space test took for no line start; a second run then removed it.
2. An imprint label a stray space broke (`零 售价 1.50元`) lost the space standing for its colon with
   the stray space (`零售价1.50元`), where the unbroken label keeps it (`零售价 1.50元`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import normalize_logged
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


# --- 2. an imprint label with a stray space keeps the gap before its value -------------------------

#: Imprint lines whose label a stray space broke, and the unbroken line each must give.
SPLIT_IMPRINT = [
    ("零 售价 1.50元", "零售价 1.50元"),
    ("零售 价 1.50元", "零售价 1.50元"),
    ("定\u3000价 2.00元", "定价 2.00元"),
    ("甘肃日报社出版 零 售价 1.50元", "甘肃日报社出版 零售价 1.50元"),
    ("零 售价 1.50元 甘肃日报社出版 电话：0931-1234567", "零售价 1.50元 甘肃日报社出版 电话：0931-1234567"),
    ("零售 價 1.50元 甘肅日報社出版", "零售價 1.50元 甘肅日報社出版"),
    ("邮发代 号 53-1 定价 2.00元", "邮发代号 53-1 定价 2.00元"),
    ("国内统一连续出版物 号 CN62-0001", "国内统一连续出版物号 CN62-0001"),
    ("定 价：2.00元 印刷：甘肃日报印务中心", "定价：2.00元 印刷：甘肃日报印务中心"),  # a colon: a guard
]


@pytest.mark.parametrize(("line", "unbroken"), SPLIT_IMPRINT)
def test_a_split_imprint_label_keeps_the_gap_before_its_value(
    tmp_path: Path, line: str, unbroken: str
) -> None:
    """Before, `零 售价 1.50元` gave `零售价1.50元`, where `零售价 1.50元` stays as it is."""
    assert normalised_once(unbroken) == unbroken  # the line the label's repair must give
    out, edits = normalize_logged(tmp_path, line + "\n")
    assert out == unbroken + "\n"
    stray = next(i for i, ch in enumerate(line) if ch in " \u3000" and line[: i] + line[i + 1 :] == unbroken)
    assert [(e["start"], e["end"], e["after"]) for e in edits] == [(stray, stray + 1, "")]  # it alone goes
    again, edits = normalize_logged(tmp_path, out)
    assert again == out
    assert edits == []


@pytest.mark.parametrize(("text", "fixed"), [
    # running text: no line of fields, the stray space and the gap go as before
    ("记者了解到，零 售价 1.50元。", "记者了解到，零售价1.50元。"),
    # a headline going on after its number: no value, no field
    ("定 价 2元的午餐受欢迎", "定价2元的午餐受欢迎"),
    # a block with a sentence: its line of fields is running text
    ("近日，本报出版。\n零 售价 1.50元", "近日，本报出版。\n零售价1.50元"),
])
def test_a_split_imprint_label_outside_a_field_goes_as_before(text: str, fixed: str) -> None:
    assert normalised_once(text) == fixed
