"""Straight quotes on a page that quotes with corner marks become 「」 and 『』, as the page prints
them; inside a printed 「…」 a straight quote is nested and becomes 『』 on any page; a page that
prints “” or gives no evidence keeps getting “” and ‘’."""

from __future__ import annotations

import pytest

from layoutfix.normalize import normalize_text
from layoutfix.normalize.punctuation import fix_punctuation
from layoutfix.tracked import TrackedText

#: A line of a page that quotes with 「」 (and prints no “”), to give a page its evidence.
CORNER_LINE = "他說：「來得及時。」"
#: A line of a page that quotes with “”.
CURLY_LINE = "市長表示：“本市將加強建設。”"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a page that prints 「」 and no “”: its straight quotes take its marks
        (
            "總統在文告中指出:\"我們要以'三民主義統一中國'爲共同目標。\"\n\n" + CORNER_LINE,
            "總統在文告中指出：「我們要以『三民主義統一中國』爲共同目標。」\n\n" + CORNER_LINE,
        ),
        (
            "台鐵表示:\"旅客若有疑問,可洽詢各站。\"他又說:\"謝謝。\"\n\n措施『來得及時』。",
            "台鐵表示：「旅客若有疑問，可洽詢各站。」他又說：「謝謝。」\n\n措施『來得及時』。",
        ),
        # inside a printed 「…」 a straight quote is nested: 『』, on any page
        ("他說:「我們要以'三民主義'爲目標。」", "他說：「我們要以『三民主義』爲目標。」"),
        (
            "他說:「我們要以'三民主義'爲目標。」\n\n" + CURLY_LINE,
            "他說：「我們要以『三民主義』爲目標。」\n\n" + CURLY_LINE,
        ),
        ("他說:「我們要以\"三民主義\"爲目標。」", "他說：「我們要以『三民主義』爲目標。」"),
    ],
)
def test_straight_quotes_follow_the_page_corner_marks(page: str, expected: str) -> None:
    out = normalize_text(page).text
    assert out == expected
    assert normalize_text(out).text == out


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a page that prints “”: “” and ‘’, though it prints 「」 too
        (
            "總統在文告中指出:\"我們要以'三民主義'爲共同目標。\"\n\n" + CURLY_LINE + "\n\n" + CORNER_LINE,
            "總統在文告中指出：“我們要以‘三民主義’爲共同目標。”\n\n" + CURLY_LINE + "\n\n" + CORNER_LINE,
        ),
        # no evidence: a traditional page without quotation marks, a simplified page
        (
            "總統在文告中指出:\"我們要以'三民主義'爲共同目標。\"",
            "總統在文告中指出：“我們要以‘三民主義’爲共同目標。”",
        ),
        ("他说:\"我们要以'三个代表'为指导。\"", "他说：“我们要以‘三个代表’为指导。”"),
        # a straight quote after a printed 「…」, not inside it
        ("他說:「好。」記者問:'何時?'\n\n" + CURLY_LINE, "他說：「好。」記者問：‘何時？’\n\n" + CURLY_LINE),
    ],
)
def test_curly_quotes_where_the_page_prints_them_or_tells_nothing(page: str, expected: str) -> None:
    out = normalize_text(page).text
    assert out == expected
    assert normalize_text(out).text == out


def test_latin_quotes_stay_on_a_corner_page() -> None:
    page = 'He said "hello" to me.\n\n' + CORNER_LINE
    assert normalize_text(page).text == page


def test_each_corner_quote_is_one_punct_quote_edit() -> None:
    t = fix_punctuation(TrackedText("指出:\"我們要以'三民主義'爲目標。\"\n\n" + CORNER_LINE))
    assert [(e.before, e.after, e.rules) for e in t.edits] == [
        (":", "：", ("punct.colon",)), ('"', "「", ("punct.quote",)), ("'", "『", ("punct.quote",)),
        ("'", "』", ("punct.quote",)), ('"', "」", ("punct.quote",)),
    ]


@pytest.mark.parametrize(
    "curly",
    [
        "他說:“好!”又說:\"我們要以'三民主義'爲目標...\"",
        "主題是“AI”.片名“Titanic”,票房“中文”,佳。",
        '“Hello, world!”他說。他問:"Why?"',
    ],
)
def test_a_corner_page_is_judged_as_its_curly_twin(curly: str) -> None:
    # the marks beside 「」 are judged as beside “”; only the quotes written differ
    corner = curly.translate(str.maketrans("“”‘’", "「」『』"))
    as_corner = str.maketrans("“”‘’", "「」『』")
    assert fix_punctuation(TrackedText(corner)).text == fix_punctuation(TrackedText(curly)).text.translate(
        as_corner
    )


def test_a_traditional_page_normalised_twice_is_normalised_once() -> None:
    page = (
        "【本報訊】財政司司長表示:\"經濟復甦的基礎已經穩固 ,但仍須注意'外圍環境'的變化。\"\n\n"
        "業界對此普遍表示歡迎 。香港總商會主席認爲 ,措施「來得及時」,有助企業維持營運...\n\n"
        "他說:「OK!」記者問:'何時?' He said \"fine\".\n"
    )
    once = normalize_text(page).text
    assert "表示：「經濟復甦" in once and "『外圍環境』" in once
    assert normalize_text(once).text == once
