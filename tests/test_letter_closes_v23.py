"""A letter's complimentary close in its printed forms (helper P2, v23).

A reader converting letters to the editor found their closes altered:
- `此致 敬礼！` printed on one line came out `此致敬礼！`: the gap between the close's two parts, printed
  as `此致` / `敬礼！` prints a line break, was removed as an OCR space;
- `谨致`, `顺致`, `谨此` over `敬礼！` (or on one line with it) became the kicker of a new article
  holding the signer as its title, and `致` / blank line / `敬礼！` was joined into one paragraph
  `致敬礼！`, while `此致` / blank line / `敬礼！` stays two paragraphs closing the letter.
"""

from __future__ import annotations

import json

import pytest

import layoutfix

LETTER = "编辑同志：\n\n我是一名退休教师，最近小区的路灯坏了很久，希望有关部门尽快修好。\n\n"
SIGNER = "\n\n读者 刘建国\n"


def _json(page: str) -> dict:
    """The JSON `convert` writes for the flat page `page`."""
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _txt(page: str) -> str:
    """The plain text `convert` writes for the flat page `page`."""
    return layoutfix.convert(page.encode(), fmt="txt").output


@pytest.mark.parametrize(
    "close", ["此致 敬礼！", "此致\u3000敬礼！", "谨此 敬礼", "顺致 敬礼", "即致 敬礼！"]
)
def test_one_line_close_keeps_its_gap(close: str) -> None:
    """The close on one line keeps a gap between its parts (an ideographic one becomes a space, as
    the unicode step makes every one), and closes the letter above its signer."""
    page = LETTER + close + SIGNER
    assert close.replace("\u3000", " ") in _txt(page).splitlines()
    data = _json(page)
    assert len(data["articles"]) == 1
    assert data["articles"][0]["signature"] == "读者 刘建国"


@pytest.mark.parametrize("opener", ["此致", "谨致", "顺致", "即致", "谨此", "致"])
@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_two_line_close_stays_two_lines_of_the_letter(opener: str, between: str) -> None:
    """`谨致` / `敬礼！` closes the letter as `此致` / `敬礼！` does: no new article, no joined line."""
    page = LETTER + opener + between + "敬礼！" + SIGNER
    lines = _txt(page).splitlines()
    assert opener in lines and "敬礼！" in lines
    assert opener + "敬礼！" not in _txt(page)
    data = _json(page)
    assert len(data["articles"]) == 1
    assert data["articles"][0]["signature"] == "读者 刘建国"


@pytest.mark.parametrize("line", ["此致敬 礼！", "此 致敬礼！", "此致 敬 礼！"])
def test_stray_space_inside_a_close_still_goes(line: str) -> None:
    """Only the gap between the close's two parts is printed; a space inside one of them is OCR's."""
    assert line.replace(" ", "") in _txt(LETTER + line + SIGNER).splitlines()


def _shape(page: str) -> list[tuple[list[str], list[str], list[str]]]:
    """Each article's kicker, titles and paragraph texts for the flat page `page`."""
    return [(a["kicker"], a["titles"], [p["text"] for p in a["paragraphs"]]) for a in _json(page)["articles"]]


NOTE = "今天是教师节，我们向全市教师致以节日的问候。"


@pytest.mark.parametrize(
    ("page", "shape"),
    [
        # a salutation over a one-line headline: the headline keeps its own article
        ("尊敬的老师：\n\n您辛苦了\n\n" + NOTE + "\n",
         [([], [], ["尊敬的老师："]), ([], ["您辛苦了"], [NOTE])]),
        # a bare `致` over a title is no close: the title heads its article as before
        ("致\n\n全市人民的一封信\n\n" + NOTE + "\n",
         [([], [], ["致"]), ([], ["全市人民的一封信"], [NOTE])]),
        # `敬礼！` under a line that is no close reads as before
        ("全体官兵向英雄们致\n\n敬礼！\n", [(["全体官兵向英雄们致"], ["敬礼！"], [])]),
    ],
)
def test_counter_cases_read_as_before(page: str, shape: list[tuple[list[str], list[str], list[str]]]) -> None:
    """Blocks that only look like a close's parts are read as they were before the close forms grew."""
    assert _shape(page) == shape


HEAD = "市民服务热线运行平稳\n\n"
AFTER = "\n\n据介绍，今年以来各窗口共受理群众诉求一万余件，办结率达百分之九十八。\n"


@pytest.mark.parametrize(
    ("middle", "shown"),
    [
        # a sentence's end wrapped onto its own line: `致 敬礼！` is no one-line close, its space goes
        ("大会向全体劳动者\n致 敬礼！", "致敬礼！"),
        ("受阅部队行进到天安门前，全体官兵向英雄\n致 敬礼！\n据介绍，今年以来各窗口共受理群众诉求一万余件。",
         "致敬礼！"),
        # a headline `致 敬礼` over a lead
        ("全场起立\n\n致 敬礼", "致敬礼"),
    ],
)
def test_bare_zhi_on_one_line_is_no_close(middle: str, shown: str) -> None:
    """A bare `致` before `敬礼` on one line is a sentence's or a headline's words: the OCR space between
    them goes, as before the close forms grew (only `此致`, `谨致`… open a one-line close)."""
    txt = _txt(HEAD + middle + AFTER)
    assert shown in txt.replace("\n", "")
    assert "致 敬礼" not in txt


@pytest.mark.parametrize("opener", ["谨此", "顺致", "谨致", "即致"])
@pytest.mark.parametrize(
    "words", ["向全体医护人员致以崇高的敬意和衷心的感谢！", "节日的问候！", "诚挚的谢意！"]
)
def test_verb_opener_over_other_words_is_no_close(opener: str, words: str) -> None:
    """`谨此`, `顺致`, `谨致`, `即致` alone close nothing unless `敬礼` follows: over other words they
    begin the sentence printed under them, which no article boundary cuts off (`谨此` / `＊＊＊` / …)."""
    page = LETTER + opener + "\n\n" + words + SIGNER
    txt = _txt(page)
    assert txt.index(opener) < txt.index(words)
    assert "＊＊＊" not in txt[txt.index(opener) : txt.index(words)]
