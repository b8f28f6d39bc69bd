"""Normalising twice gives what normalising once gives, with two stray spaces (v15).

A fuzz inserting two stray OCR spaces at random positions of the v14 corpus's clean texts
(tests/test_idempotence_v14.py, `CORPUS`) found `normalize` changing its own output, by two causes:

1. A publisher's statement on an imprint line whose label a stray space broke (`零 售价 1.50元
   甘肃日报社出版 电话：…`) kept the gap after it and lost the one before it, so a second run read no
   whole statement there and lost the gap after it too.
2. A poem whose first line a stray space broke (`远山含 黛色 近水映秋光` / `白云随雁去 红叶伴霜 黄`) was a
   headline on the first run, which kept its phrase gaps; without the stray space the labels read
   its first line as the title over a line of verse (`roles.verse_under_title`), which the spacing
   step did not, so the second run removed every gap. A doubled caesura (`远山含黛色  近水映秋光`) made
   the stanza verse to the labels and none to the spacing step, likewise.
3. `test_two_stray_spaces_normalise_once` is the fuzz as a property test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings

from cli_pages import convert_txt, normalize_logged, space_edits
from layoutfix.normalize.steps import normalize_text
from test_idempotence_v14 import CORPUS, with_two_stray_spaces


def normalised_once(text: str) -> str:
    """`normalize_text`'s output, checked to be its own normal form."""
    once = normalize_text(text).text
    assert normalize_text(once).text == once
    return once


# --- 1. a publisher's statement before a labelled field keeps the gaps on both sides ---------------

#: Imprint lines whose first field a stray space damaged (or that open with a value of no label),
#: and what `normalize` gives: the statement stays a token of its own, set apart on both sides.
PUBLISHER_BEFORE_A_FIELD = [
    ("零 售价 1.50元 甘肃日报社出版 电话：0931-1234567", "零售价 1.50元 甘肃日报社出版 电话：0931-1234567"),
    ("定 价 2.00元 甘肃日报社出版 印刷：甘肃日报印务中心",
     "定价 2.00元 甘肃日报社出版 印刷：甘肃日报印务中心"),
    ("零售 價 1.50元 甘肅日報社出版 電話：0931-1234567", "零售價 1.50元 甘肅日報社出版 電話：0931-1234567"),
    ("CN62-0001 甘肃日报社出版 电话：0931-1234567", "CN62-0001 甘肃日报社出版 电话：0931-1234567"),
    ("邮发代号53-1 兰州晚报社出版 定价 2.00元", "邮发代号53-1 兰州晚报社出版 定价 2.00元"),
]


@pytest.mark.parametrize(("line", "expected"), PUBLISHER_BEFORE_A_FIELD)
def test_a_publisher_before_a_field_keeps_both_gaps(tmp_path: Path, line: str, expected: str) -> None:
    """Before, the first run gave `零售价1.50元甘肃日报社出版 电话：…` and the second
    `零售价1.50元甘肃日报社出版电话：…`."""
    out, edits = normalize_logged(tmp_path, line + "\n")
    assert out == expected + "\n"
    assert len(space_edits(edits)) == line.count(" ") - expected.count(" ")
    again, edits = normalize_logged(tmp_path, out)
    assert again == out
    assert space_edits(edits) == []


@pytest.mark.parametrize(("text", "fixed"), [
    # in a sentence: no line of fields
    ("记者了解到，定价2.00元 甘肃日报社出版 电话：0931-1234567。",
     "记者了解到，定价2.00元甘肃日报社出版电话：0931-1234567。"),
    # a stray space inside the statement makes it none (a known limit): no field to set apart
    ("零售价1.50元 甘肃日报 社出版 电话：0931-1234567", "零售价1.50元甘肃日报社出版电话：0931-1234567"),
    # a value glued to the statement: no whole token, as before
    ("零售价1.50元甘肃日报社出版 电话：0931-1234567", "零售价1.50元甘肃日报社出版电话：0931-1234567"),
])
def test_stray_spaces_beside_a_publisher_without_a_field_after_it_go(text: str, fixed: str) -> None:
    assert normalised_once(text) == fixed


# --- 2. a poem's caesuras under a title line, and a doubled caesura -------------------------------

#: Stanzas with stray spaces, and what `normalize` gives: the first run's kept gaps stay.
VERSE = [
    # the labels read the broken first line as the title over a line of verse
    ("远山含 黛色 近水映秋光\n白云随雁去 红叶伴霜 黄", "远山含 黛色 近水映秋光\n白云随雁去 红叶伴霜黄"),
    ("人生 得意须尽欢 莫使金樽空对月\n天生我材必有用 千金散尽还复 来",
     "人生 得意须尽欢 莫使金樽空对月\n天生我材必有用 千金散尽还复来"),
    ("秋日登高\n张明\n\n远山含黛 色 近水映秋光\n白云随雁去 红叶伴霜 黄\n",
     "秋日登高\n张明\n\n远山含黛色近水映秋光\n白云随雁去 红叶伴霜黄\n"),
    # a padded writer's name between the title and the poem: title lines over verse to the labels
    ("秋日登高\n张 明\n远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄",
     "秋日登高\n张明\n远山含黛色 近水映秋光\n白云随雁去 红叶伴霜黄"),
    # a doubled caesura: a stanza to the labels
    ("远山含黛色  近 水映秋光\n白云随雁去 红叶伴霜黄", "远山含黛色  近水映秋光\n白云随雁去 红叶伴霜黄"),
    ("人生得意须尽欢  莫使金樽空对月\n天 生我材必有用 千金散尽还复来",
     "人生得意须尽欢  莫使金樽空对月\n天生我材必有用 千金散尽还复来"),
    ("远山含黛色  近水映秋光\n白云随雁去 红叶伴霜黄", "远山含黛色  近水映秋光\n白云随雁去 红叶伴霜黄"),
]


@pytest.mark.parametrize(("text", "expected"), VERSE)
def test_a_stanza_with_stray_spaces_normalises_once(tmp_path: Path, text: str, expected: str) -> None:
    """Before, the second run removed the caesuras the first kept: `远山含 黛色 近水映秋光` /
    `白云随雁去 红叶伴霜黄` became `远山含黛色近水映秋光` / `白云随雁去红叶伴霜黄`."""
    out, edits = normalize_logged(tmp_path, text + "\n")
    assert out == expected + "\n"
    assert len(space_edits(edits)) == text.count(" ") - expected.count(" ")
    again, edits = normalize_logged(tmp_path, out)
    assert again == out
    assert space_edits(edits) == []


@pytest.mark.parametrize(("text", "fixed"), [
    # a title over prose, not verse: a stray space in the prose goes
    ("远山含黛色\n白云随雁去 红叶伴霜黄的季节，我们登上了山顶。",
     "远山含黛色\n白云随雁去红叶伴霜黄的季节，我们登上了山顶。"),
    # a line of two halves under a title, prose after it: no poem
    ("秋日登高\n白云随雁去 红叶伴霜黄\n我们登上了山顶，远眺群山。",
     "秋日登高\n白云随雁去红叶伴霜黄\n我们登上了山顶，远眺群山。"),
])
def test_stray_spaces_beside_no_verse_still_go(text: str, fixed: str) -> None:
    assert normalised_once(text) == fixed


def test_a_wrapped_clause_of_seven_hanzi_is_no_poem_under_a_title(tmp_path: Path) -> None:
    """A paragraph's wrapped line of one clause (`季农业生产工作。`) is no line of verse
    (`roles.verse_line_size` asks for two halves): before, the labels cut the line above it off as
    the title of a poem (`全市召开会议部署秋冬` / `季农业生产工作。`), and the spacing step, reading them
    alike, kept the stray space in it."""
    out, _log = convert_txt(tmp_path, "全市召开会议 部署秋冬\n季农业生产工作。\n")
    assert out == "全市召开会议部署秋冬季农业生产工作。\n"


# --- 3. two stray spaces anywhere: the fuzz as a property test -------------------------------------


@settings(max_examples=300, deadline=None)
@given(with_two_stray_spaces(CORPUS))
@example("零 售价 1.50元 甘肃日报社出版 电话：0931-1234567")  # the fuzz's finds, which a draw may miss
@example("零售 價 1.50元 甘肅日報社出版 電話：0931-12345 67")
@example("人生 得意须尽欢 莫使金樽空对月\n天生我材必有用 千金散尽还复\u3000来")
@example("秋日登高\n张明\n\n远山含\u3000黛色 近水映秋光\n白云随雁去 红叶伴霜 黄\n")
@example("秋日登高\n张明\n\n远山含黛色  近水映秋光\n白 云随雁去 红叶伴霜黄\n")
@example("全市召开会议 部署工作\n会议要求各\u3000\u3000地 抓好落实")
@example("国 内统 一连续出版物号 CN62-0001")  # seed 23: two stray spaces in one imprint label
def test_two_stray_spaces_normalise_once(text: str) -> None:
    once = normalize_text(text).text
    assert normalize_text(once).text == once


@pytest.mark.parametrize(
    ("text", "once"),
    [
        ("国 内统 一连续出版物号 CN62-0001", "国内统一连续出版物号 CN62-0001"),
        ("邮 发 代号 53-1", "邮发代号 53-1"),
        ("零 售 价 1.50元 甘肃日报社出版", "零售价 1.50元 甘肃日报社出版"),
        ("国内统一 连续 出版物号 CN62-0001 邮发代号 53-1", "国内统一连续出版物号 CN62-0001 邮发代号 53-1"),
    ],
)
def test_every_stray_space_of_an_imprint_label_goes_on_the_first_run(text: str, once: str) -> None:
    """Two stray spaces in one imprint label: the first run removed one and kept the other as a
    phrase gap, and a second run removed that too. Both go at once, the space before the value stays."""
    first = normalize_text(text).text
    assert first == once
    assert normalize_text(first).text == first
