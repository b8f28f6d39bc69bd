"""The speed work of the twenty-first session (docs/performance.md) must not change an output. Each
changed function is compared with the code it had before (`_reference_*`, kept here as it was) on
generated inputs that reach every branch of it."""

from __future__ import annotations

import random

import pytest
import regex

from layoutfix.hanscript import in_simplified_charset
from layoutfix.layout import roles
from layoutfix.normalize import spacing
from layoutfix.tracked import TrackedText

# --- the code before the change ---------------------------------------------------------------------

#: `spacing._LONE_HANZI` as the twentieth session wrote it.
_REFERENCE_LONE_HANZI = regex.compile(r"(?:^|(?<=[\t\p{Zs}]))\p{Han}(?=[\t\p{Zs}]|$)", regex.MULTILINE)


def _reference_lone_hanzi(text: str, start: int, end: int) -> list[int]:
    """Where `spacing._glue_split_pieces` read a line before: each match of `_LONE_HANZI`."""
    return [m.start() for m in _REFERENCE_LONE_HANZI.finditer(text, start, end)]


# --- generated texts ---------------------------------------------------------------------------------

#: Hanzi (one outside the BMP, one with a variation selector after it), other letters and marks,
#: every kind of horizontal space, line breaks and the separators that break no line for `^`/`$`.
_PIECES = [
    "李", "华", "兴", "乡村振", "王小明", "𠀀", "葛\U000e0100", "a", "AB", "3", "，", "。", "：", "（", "）",
    " ", " ", " ", "\u3000", "\xa0", "\t", "\u2002", "\u202f", "\n", "\n", "\r", "\r\n", "\u2028",
    "\x0b", "\x0c", "\x85",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _windows(text: str, rng: random.Random) -> list[tuple[int, int]]:
    """The whole text and a few random windows of it, some ending or starting mid-line."""
    n = len(text)
    found = [(0, n)]
    for _ in range(4):
        a = rng.randint(0, n)
        found.append((a, rng.randint(a, n)))
    return found


def test_lone_hanzi_finds_what_the_regex_found() -> None:
    """`_lone_hanzi` (a standard `re` scan) finds the hanzi the `regex` pattern found, in any window
    of any text: the character before the window is read, the window's end ends a line, and only a
    line break (not a carriage return or a line separator) is a line's edge."""
    rng = random.Random(21)
    for text in _texts(3000, 21):
        for start, end in _windows(text, rng):
            assert spacing._lone_hanzi(text, start, end) == _reference_lone_hanzi(text, start, end), (
                text, start, end)


def test_lone_hanzi_edges() -> None:
    """The edges that tell the two scans apart if one reads them otherwise."""
    cases = [
        ("ab 李 cd", 3, 8),  # a space just before the window
        ("ab李 cd", 2, 8),  # the window opens mid-line: no line's edge there
        ("ab 李cd", 0, 4),  # the window ends mid-line: its end is the line's end
        ("李", 0, 1),
        ("a\n李\nb", 0, 5),
        ("a\r李 b", 0, 5),
        ("a 李\u2028b", 0, 5),
        ("王小明 李 华 张建国", 0, 11),
        ("脱贫攻坚 乡村振 兴 共同富裕", 0, 15),
    ]
    for text, start, end in cases:
        assert spacing._lone_hanzi(text, start, end) == _reference_lone_hanzi(text, start, end), text
    assert spacing._lone_hanzi("王小明 李 华 张建国", 0, 11) == [4, 6]


def test_split_pieces_glue_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole step (`_glue_split_pieces`) on generated lines of pieces, in windows of blocks,
    glues what it glued reading the lines the `regex` scan found: the same text and spans out."""
    rng = random.Random(2121)
    words = ["王小明", "李", "华", "張建國", "乡村振", "兴", "共同富裕", "记者", "张", "小", "明", "通讯员",
             "摄", "，"]
    cases = []
    for _ in range(200):
        blocks = ["\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
                            for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 3))]
        text = "\n\n".join(blocks) + "\n"
        spans = [m.span() for m in regex.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]  # the blocks
        first_line = [(0, text.index("\n"))]  # a window ending mid-block
        cases.append((text, rng.choice([[(0, len(text))], spans, spans[1:], first_line])))
    new = [spacing._glue_split_pieces(TrackedText(text), spans, None) for text, spans in cases]
    monkeypatch.setattr(spacing, "_lone_hanzi", _reference_lone_hanzi)
    old = [spacing._glue_split_pieces(TrackedText(text), spans, None) for text, spans in cases]
    assert [(t.text, list(s)) for t, s in new] == [(t.text, list(s)) for t, s in old]
    assert any(t.text != text for (t, _), (text, _) in zip(new, cases, strict=True))  # some were glued


def _reference_dateline_bracketed_byline(
    text: str, start: int = 0, end: int | None = None
) -> tuple[int, int] | None:
    """`roles.dateline_bracketed_byline` as the twentieth session wrote it (the dateline pattern tried
    on every block whose first character may open one)."""
    stop = len(text) if end is None else end
    reach = min(stop, start + roles.SPACED_BYLINE_REACH)
    window = text[start:reach]
    first = window.lstrip().lstrip(roles.BYLINE_ORNAMENTS).lstrip()[:1]
    if not first or not roles._LEAD_BITS[first] & roles._BYLINE:
        return None
    view = window if in_simplified_charset(window) else roles.simplified_view(window)
    m = roles._ORNAMENTED_DATELINE_HEAD.match(view)
    if m is None or roles.wire_in_word(view, m.start("dateline"), m.end()):
        return None
    after = start + m.end()
    close = min((i for i in (text.find("）", after, reach), text.find(")", after, reach)) if i >= 0),
                default=reach)
    if not any(c.isspace() for c in text[after:close]):
        return None
    fields = roles.bracketed_byline(text, after, stop) or roles.bracketed_byline_line(text, after, stop)
    return None if fields is None else fields[:2]


#: Pieces of datelines in both scripts (the paper's, an agency's, a wire's, a place's, another
#: dispatch's), of bracketed reporter lines and of leads and sentences that hold 讯 or 电 otherwise.
_DATELINE_PIECES = [
    "本报", "本報", "兰州", "蘭州", "讯", "訊", "电", "電", "新华社", "新華社", "北京", "10月9日", "中央社",
    "台北", "十日", "12日", "又", "吉隆坡", "记者", "記者", "通讯员", "王丽", "李华", "（", "）", "(", ")",
    "□", " ", "\u3000", "\n", "近日，", "电话", "电网", "讯问", "会议", "据", "称", "。",
]


_DATELINES = ["本报讯", "本报兰州讯", "本報蘭州訊", "新华社北京10月9日电", "新華社北京電", "中央社台北十日电",
              "吉隆坡12日讯", "又讯", "本报记者走进电网", "会议"]


def _dateline_block(rng: random.Random) -> list[str]:
    """A block opening with a dateline and a bracketed reporter line, a piece or two of it changed
    or dropped now and then, or a run of random pieces."""
    if rng.random() < 0.2:
        return [rng.choice(_DATELINE_PIECES) for _ in range(rng.randint(0, 16))]
    parts = [rng.choice(["", "", "□", " ", "\n"]), rng.choice(_DATELINES), rng.choice(["（", "("]),
             rng.choice(["记者", "記者", "通讯员"]), rng.choice([" ", "\u3000", ""]), "李明",
             rng.choice([" 王芳", "、王芳", ""]), rng.choice(["）", ")"]), rng.choice(["近日，", "电话", ""])]
    for _ in range(rng.randint(0, 2)):
        k = rng.randrange(len(parts))
        parts[k] = rng.choice(["", *_DATELINE_PIECES])
    return parts


def test_dateline_bracketed_byline_as_before() -> None:
    """The dateline byline's fields are found where they were on generated blocks: the new early
    return (no 讯 or 电 in the block's opening) turns away only blocks the pattern turned away."""
    rng = random.Random(821)
    found = 0
    for _ in range(4000):
        text = "".join(_dateline_block(rng))
        start = rng.choice([0, 0, min(len(text), rng.randint(0, 4))])
        end = rng.choice([None, len(text), rng.randint(start, len(text))])
        expected = _reference_dateline_bracketed_byline(text, start, end)
        assert roles.dateline_bracketed_byline(text, start, end) == expected, (text, start, end)
        found += expected is not None
    for text in ["本报讯（记者 李明 王芳）近日，", "新华社北京10月11日电（记者 张三 李四）",
                 "□本报兰州讯（记者 王丽）", "本報蘭州訊（記者 李明 王芳）", "会议（记者 王丽 李华）召开"]:
        assert roles.dateline_bracketed_byline(text) == _reference_dateline_bracketed_byline(text), text
    assert found > 50  # the generated blocks reach the byline's fields, not only the early returns
