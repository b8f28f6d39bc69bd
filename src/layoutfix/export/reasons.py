"""The review's reasons worded for the edit at hand, for the built-in rules that cover several cases.

A rule id alone does not say which case an edit is: `space.number-unit` removes the space after any
number before a Chinese character (`37.64 亿元`, but also `8:00 朝闻天下` and `13801234567 王先生`),
`punct.quote` writes “” or 「」 as the page's quote style asks, `punct.dash` reads `--` and `――`.
A reason chosen by the id would tell the archivist something untrue of the change they are looking
at ("a number and its unit" for a programme name). Each function here reads the edit (what it
removed or replaced and the original characters beside it) and says what it did in words true of
it, quoting those characters; it returns None when the edit is not one of the cases it knows (the
review then gives the rule's general reason, `html.RULE_WHY`).

The rule ids are spelled once, in `_CASES`; `tests/test_review_reasons.py` reads them as the
explainer's own, not as ids the code emits.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Edit
from ..normalize.context import SHARED_PUNCT, is_alpha, is_digit, is_han, is_strict_cjk_punct

#: How many characters of the number before a removed space the reason quotes, at most.
_NUMBER_REACH = 12
#: How many characters after a removed space the reason quotes, at most (a word's worth).
_WORD_REACH = 2
#: Characters that end a number as `space.number-unit` reads one: digits and these signs.
_NUMBER_SIGNS = "%‰℃°"
#: Characters inside a printed number: decimal and thousands marks, a time's colon, a range's dash.
_NUMBER_INSIDE = ".,:：．-–/"
_CORNER_QUOTES = "「」『』"
#: The full-width mark the punctuation rules write for an ASCII one in Chinese text.
_FULL_WIDTH_OF = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_OPENING_QUOTES = "“‘「『"


def _is_space_run(text: str) -> bool:
    """Whether `text` is a run of horizontal whitespace (what the spacing rules remove)."""
    return bool(text) and not text.strip() and "\n" not in text and "\r" not in text


def _left_token(original: str, start: int, inside: Callable[[str], bool], reach: int) -> str:
    """The characters right before `start` for which `inside` holds, at most `reach` of them."""
    i = start
    while i > 0 and start - i < reach and inside(original[i - 1]):
        i -= 1
    return original[i:start]


def _right_token(original: str, end: int, inside: Callable[[str], bool], reach: int) -> str:
    """The characters from `end` on for which `inside` holds, at most `reach` of them."""
    j = end
    while j < len(original) and j - end < reach and inside(original[j]):
        j += 1
    return original[end:j]


def _number_before(original: str, start: int) -> str:
    """The number ending at `start` as the reason quotes it: from its first digit (`8:00`, not the
    `：` of the label before it)."""
    token = _left_token(original, start, _in_number, _NUMBER_REACH)
    first = next((i for i, ch in enumerate(token) if is_digit(ch)), len(token))
    return token[first:] or token


def _in_number(ch: str) -> bool:
    return is_digit(ch) or ch in _NUMBER_INSIDE or ch in _NUMBER_SIGNS


def _is_visible(ch: str) -> bool:
    return bool(ch) and not ch.isspace()


def _gap(edit: Edit, original: str) -> tuple[str, str] | None:
    """The characters on either side of a removed space run, or None when the edit removes no such
    run between two characters of one line (a degenerate or merged edit: the general reason)."""
    if edit.after or not _is_space_run(edit.before) or edit.start == 0 or edit.end >= len(original):
        return None
    left, right = original[edit.start - 1], original[edit.end]
    return (left, right) if _is_visible(left) and _is_visible(right) else None


def _shown(left: str, right: str) -> str:
    """The characters around a removed space as the review's left pane shows them (`·` the space)."""
    return f"{left}·{right}"


def _cjk_cjk(edit: Edit, original: str) -> str | None:
    gap = _gap(edit, original)
    if gap is None or not (is_han(gap[0]) and is_han(gap[1])):
        return None
    shown = _shown(_left_token(original, edit.start, is_han, 2), _right_token(original, edit.end, is_han, 2))
    return (f"a space between two Chinese characters ({shown}) is an OCR artefact: Chinese is set "
            "without spaces between its characters")


def _chinese_mark(ch: str) -> str | None:
    """The Chinese punctuation mark `ch` is, or becomes by its own edit (`,` -> `，`), or None."""
    full = _FULL_WIDTH_OF.get(ch, ch)
    return full if is_strict_cjk_punct(full) or full in SHARED_PUNCT else None


def _cjk_punct(edit: Edit, original: str) -> str | None:
    """`space.cjk-punct`: the space beside a Chinese mark; the spacing rules read the page after the
    punctuation rules, so an ASCII `,` there is the `，` it became (named so)."""
    gap = _gap(edit, original)
    if gap is None:
        return None
    left, right = gap
    side, printed = ("before", right) if _chinese_mark(right) is not None else ("after", left)
    mark = _chinese_mark(printed)
    if mark is None:
        return None
    named = mark if mark == printed else f"{mark} (written {printed} in the OCR text, corrected too)"
    return (f"a space {side} the punctuation mark {named} ({_shown(left, right)}) is an OCR artefact: "
            "Chinese punctuation takes no space beside it")


def _cjk_number(edit: Edit, original: str) -> str | None:
    gap = _gap(edit, original)
    if gap is None or not (is_han(gap[0]) and is_digit(gap[1])):
        return None
    shown = _shown(_left_token(original, edit.start, is_han, 2),
                   _right_token(original, edit.end, _in_number, _NUMBER_REACH))
    return (f"a space between a Chinese character and the number after it ({shown}) is an OCR "
            "artefact: Chinese sets a number against the word before it")


def _number_unit(edit: Edit, original: str) -> str | None:
    """`space.number-unit` removes the space after any number before a Chinese character: a unit
    (`37.64 亿元`) or not (`8:00 朝闻天下`, `13801234567 王先生`). The reason names what stands
    there, a number and the Chinese after it, and claims no unit."""
    gap = _gap(edit, original)
    if gap is None or not is_han(gap[1]) or not (is_digit(gap[0]) or gap[0] in _NUMBER_SIGNS):
        return None
    number = _number_before(original, edit.start)
    shown = _shown(number, _right_token(original, edit.end, is_han, _WORD_REACH))
    if gap[0] in "%‰":
        what = "a percentage"
    elif gap[0] in "℃°":
        what = "a temperature or angle"
    else:
        what = "a number"
    return (f"a space between {what} and the Chinese text after it ({shown}) is taken for an OCR "
            "artefact, as running text sets none there (37.64亿元, 2019年); the rule does not tell a "
            "unit from another word")


def _cjk_latin(edit: Edit, original: str) -> str | None:
    gap = _gap(edit, original)
    if gap is None:
        return None
    left, right = gap
    if not ((is_han(left) and is_alpha(right)) or (is_alpha(left) and is_han(right))):
        return None
    shown = _shown(_left_token(original, edit.start, lambda c: is_han(c) or is_alpha(c), _WORD_REACH),
                   _right_token(original, edit.end, lambda c: is_han(c) or is_alpha(c), _WORD_REACH))
    return (f"a space between Chinese and a Latin word ({shown}) is taken for an OCR artefact: "
            "mainland papers set 华为Mate without one (medium certainty: some house styles do set it)")


def _box_gap(edit: Edit, original: str) -> str | None:
    """`space.box-gap`: the engine's space between two words whose boxes nearly touch; between
    Latin letters or digits only under a much narrower gap (cert medium)."""
    gap = _gap(edit, original)
    if gap is None:
        return None
    left, right = gap
    if (is_digit(left) and right in ".-%％") or (left in ".-" and is_digit(right)):
        return (f"the engine put a space between a digit and a mark of its number ({_shown(left, right)}) "
                "whose boxes touch: one number it split (156.8, 5%, 0931-8612345)")
    if (is_alpha(left) or is_digit(left)) and (is_alpha(right) or is_digit(right)):
        return (f"the engine put a space between two pieces of Latin letters or digits "
                f"({_shown(left, right)}) whose boxes nearly touch: one word or number it split")
    return (f"the engine put a space between words whose boxes nearly touch ({_shown(left, right)}): "
            "the gap on the page is under 0.6 of the type size, no full-width space as Chinese type "
            "prints one")


def _paren(edit: Edit, original: str) -> str | None:
    if edit.before == "(" and edit.after == "（":
        return "a half-width opening parenthesis ( in Chinese text becomes （"
    if edit.before == ")" and edit.after == "）":
        return "a half-width closing parenthesis ) in Chinese text becomes ）"
    return None


def _quote(edit: Edit, original: str) -> str | None:
    """`punct.quote` writes a straight quote as the opening or closing mark of the page's quote
    style: “” ‘’, or 「」 『』 on a page that prints corner quotes (or with `--quotes corner`)."""
    before, after = edit.before, edit.after
    if len(before) != 1 or len(after) != 1 or after not in "“”‘’「」『』":
        return None
    role = "opens" if after in _OPENING_QUOTES else "closes"
    style = " (corner quotes: the quote style of this page, or the one --quotes asks for)" \
        if after in _CORNER_QUOTES else ""
    if before in "\"'":
        kind = "double" if before == '"' else "single"
        return f"a straight {kind} quotation mark {before} {role} a quotation: it becomes {after}{style}"
    return f"the quotation mark {before} {role} a quotation: it becomes {after}{style}, so the marks pair"


#: What `punct.ellipsis` reads as an ellipsis, by the first mark of the run.
_ELLIPSIS_SPELLINGS = {
    ".": "ASCII dots", "。": "full stops in a row", "·": "middle dots",
}


def _ellipsis(edit: Edit, original: str) -> str | None:
    run = "".join(edit.before.split())
    if edit.after != "……" or not run:
        return None
    if run in ("…", "⋯"):
        return f"a single ellipsis character {run} becomes the Chinese ellipsis …… (two of them)"
    if set(run) == {"⋯"}:
        return f"the centred ellipsis {run} becomes the Chinese ellipsis ……"
    spelling = _ELLIPSIS_SPELLINGS.get(run[0])
    if spelling is None or set(run) != {run[0]}:
        return None
    return f"{len(run)} {spelling} ({edit.before}) stand for an ellipsis: they become the Chinese ellipsis ……"


def _dash(edit: Edit, original: str) -> str | None:
    if edit.after != "——" or not edit.before:
        return None
    if set(edit.before) == {"-"}:
        return f"{len(edit.before)} hyphens ({edit.before}) in Chinese text stand for a dash: they become ——"
    if set(edit.before) == {"―"}:
        return "two horizontal bars ―― (U+2015) stand for a dash: they become the Chinese dash —— (U+2014)"
    return None


def _fullwidth(edit: Edit, original: str) -> str | None:
    """`unicode.fullwidth-ascii` converts full-width letters and digits, and also a full-width mark
    between ASCII letters or digits (`6．5`, `10：30`, `www．gsrb．com`)."""
    if not edit.before or edit.before == edit.after:
        return None
    if all(ch.isalnum() for ch in edit.before):
        what = "digits" if edit.before.isdigit() else "Latin letters" if edit.before.isalpha() \
            else "Latin letters and digits"
        return f"full-width {what} ({edit.before}) become ASCII ({edit.after}), as search and readers expect"
    return (f"the full-width mark {edit.before} stands between Latin letters or digits, inside a "
            f"number, time or address (6．5, 10：30, www．gsrb．com), not in Chinese text: it becomes "
            f"{edit.after}")


_CASES: dict[str, Callable[[Edit, str], str | None]] = {
    "space.cjk-cjk": _cjk_cjk,
    "space.cjk-punct": _cjk_punct,
    "space.cjk-number": _cjk_number,
    "space.number-unit": _number_unit,
    "space.cjk-latin": _cjk_latin,
    "space.box-gap": _box_gap,
    "punct.paren": _paren,
    "punct.quote": _quote,
    "punct.ellipsis": _ellipsis,
    "punct.dash": _dash,
    "unicode.fullwidth-ascii": _fullwidth,
}


def case_why(rule: str, edit: Edit, original: str) -> str | None:
    """The reason of `rule` worded for `edit` (offsets in `original`), or None: the rule's general
    reason is true of it (or the edit is not one of the cases the wording knows)."""
    word = _CASES.get(rule)
    return word(edit, original) if word is not None else None
