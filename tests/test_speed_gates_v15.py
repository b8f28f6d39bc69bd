"""The cheap tests put before the v15 rules' patterns for speed (docs/performance.md, fifteenth
session) must not change an answer. Each gate is a necessary condition of the test it guards; the
cases below sit at its edge (a stray space right after a label's first hanzi or right before its
last, in any label, as an opening or a further field; a traditional line, which the gates pass on to
the view; a title line whose break ends the byline's reach), and the generated texts compare each
gated function with the code it had before the gate (`_reference_*`, kept here as it was)."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

import layoutfix
from layoutfix.hanscript import in_simplified_charset, is_simplified_char
from layoutfix.layout import assemble, roles
from layoutfix.layout.roles import (
    SpacedByline,
    closes_a_notice,
    closes_with_document_verb,
    is_bare_names_line,
    is_headline_block,
    is_keyword_line,
    is_listing,
    is_verse_stanza,
    label_stray_space,
    lists_people,
    lists_people_beside,
    set_line_kind,
    simplified_view,
    spaced_byline,
    verse_line_size,
)
from layoutfix.model import Block
from layoutfix.normalize import spacing
from layoutfix.normalize.spacing import fix_spacing
from layoutfix.tracked import TrackedText

LEAD = "近日，全市召开会议，部署秋冬季农业生产工作。"
LABELS = roles._reporter_labels()
#: Every reporter label with one stray space at each place inside it: (label, split label, offset).
SPLITS = [(label, f"{label[:i]} {label[i:]}", i) for label in LABELS for i in range(1, len(label))]


def spaced(text: str) -> str:
    """`text` after the spacing step."""
    return fix_spacing(TrackedText(text)).text


# --- the code before the gates ----------------------------------------------------------------------


def _reference_stray_label_spaces(text: str, start: int, reach: int) -> list[tuple[int, int]]:
    """`roles._stray_label_spaces` before its `_STRAY_IN_LABEL` gate."""
    nl = text.find("\n", start, reach)
    stop = nl if nl >= 0 else reach
    dateline = roles.dateline_stray_space(text, start, stop)
    opening = dateline if dateline is not None else label_stray_space(text, start, stop)
    strays = [] if opening is None else [opening]
    window = text[start:stop]
    after = strays[0][1] - start if strays else 0
    if not roles._LABEL_ENDS.intersection(window[after:]) or not roles._HSPACE_RUN.search(window, after):
        return strays
    view = window if in_simplified_charset(window) else simplified_view(window)
    further = roles._SPLIT_FIELD_LABEL.finditer(view, after)
    return strays + [(start + m.start("stray"), start + m.end("stray")) for m in further]


def _reference_padded_lead_byline(text: str, start: int, reach: int) -> SpacedByline | None:
    """`roles._padded_lead_byline` before its anchored gate (it searched `_PADDED_AHEAD`)."""
    if not roles._PADDED_AHEAD.search(text, start, reach):
        return None
    for pattern in (roles._PADDED_LEAD_BYLINE_NAMES, roles._PADDED_LEAD_BYLINE):
        m = pattern.match(text, start, reach)
        if m is not None and all(roles._pads_a_name(text, pad) for pad in m.spans("pad")):
            return SpacedByline(m.start("gap"), m.end("gap"), tuple(m.spans("pad")))
    return None


def _reference_spaced_byline(text: str, start: int = 0, end: int | None = None) -> SpacedByline | None:
    """`roles.spaced_byline` before `_may_open_spaced_byline` (both readings tried on every block)."""
    stop = len(text) if end is None else end
    found = roles._unsplit_spaced_byline(text, start, stop)
    split = roles._split_label_byline(text, start, stop)
    return split if split is not None and (found is None or split.end > found.end) else found


def _reference_set_line_kind(text: str) -> str | None:
    """`roles.set_line_kind` before its colon test and its first-line verse test."""
    lines = text.strip().split("\n")
    if not lines[0]:
        return None
    if all(roles._FIGURES_LINE.fullmatch(line) for line in lines):
        return "figures"
    sizes = {verse_line_size(line) for line in lines}
    size = sizes.pop() if len(sizes) == 1 else None
    return None if size is None else f"verse{size}"


# --- generated texts ----------------------------------------------------------------------------------

_TRADITIONAL = str.maketrans("报记讯员习约实见驻华丽强", "報記訊員習約實見駐華麗強")
_NAMES = ["王丽", "李华", "张强", "王 丽", "李 华", "欧阳修", "马 上", "高 温"]
_PIECES = [
    "近日，", "全市召开会议。", "文/图", "摄", "报道", "发自北京", "、", "（", "）", "／", "：", "——", "\n",
    "\u3000", "\t", "\xa0", "【", "】", "本报讯", "新华社", "记者会上", "通讯员工作", "2023年", "“", "《",
    "■", "★", "人民", "全国", "首都", "红球：03 08 15", "蓝球：09", "远山含黛色", "近水映秋光",
    "床前明月光，",
]
_HANZI = "的一是了不人在有这个上们来到时大地为子中说生国年着就和要出也得里后以会家可下而过天去能对小多然于心"


def _piece(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.25:
        label = rng.choice(LABELS)
        if rng.random() < 0.4:
            i = rng.randrange(1, len(label))
            label = label[:i] + rng.choice([" ", "\u3000", "  ", "\xa0"]) + label[i:]
        return label.translate(_TRADITIONAL) if rng.random() < 0.3 else label
    if r < 0.45:
        return rng.choice(_NAMES)
    if r < 0.75:
        return rng.choice(_PIECES)
    return "".join(rng.choice(_HANZI) for _ in range(rng.randint(1, 6)))


def _texts(n: int, seed: int) -> list[str]:
    """`n` random blocks of labels (split or not, in either script), names, fields and prose."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = [rng.choice(["", "", " ", "\u3000\u3000", "\t", "■", "★ "])]
        for _ in range(rng.randint(1, 10)):
            parts.append(_piece(rng))
            if rng.random() < 0.5:
                parts.append(rng.choice([" ", "  ", "\u3000"]))
        texts.append("".join(parts))
    return texts


def test_the_byline_gates_give_the_answers_of_the_code_before_them() -> None:
    """Over 4,000 generated blocks (a few hundred bylines among them, split labels too)."""
    found = 0
    for text in _texts(4000, seed=15):
        for start, end in ((0, None), (min(1, len(text)), None), (0, len(text) // 2)):
            expected = _reference_spaced_byline(text, start, end)
            assert spaced_byline(text, start, end) == expected, (text, start, end)
            found += expected is not None
        assert roles._stray_label_spaces(text, 0, 121) == _reference_stray_label_spaces(text, 0, 121), text
        view = simplified_view(text)
        for t in {text, view}:
            assert roles._padded_lead_byline(t, 0, len(t)) == _reference_padded_lead_byline(t, 0, len(t)), t
    assert found > 100  # (the generator does reach bylines)


def test_set_line_kind_gives_the_answers_of_the_code_before_its_gate() -> None:
    rng = random.Random(8)
    lines = [
        "红球：03 08 15 22", "蓝球：09", "数说：2023", "红球: 03 08", "得分: 12 15", "全市召开会议", "", "  ",
        "远山含黛色 近水映秋光", "远山含黛色，近水映秋光", "床前明月光，疑是地上霜。",
        "霜叶红于二月花 停车坐爱枫林晚", "青春献祖国 奋斗正当时",
    ]
    for _ in range(3000):
        text = "\n".join(rng.choice(lines) for _ in range(rng.randint(1, 3)))
        assert set_line_kind(text) == _reference_set_line_kind(text), text


# --- the edges --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("label", "split", "offset"), SPLITS)
def test_a_stray_space_anywhere_in_any_label_is_found(label: str, split: str, offset: int) -> None:
    """`_STRAY_IN_LABEL` (`_stray_label_spaces`' and `label_stray_space`'s gate) holds every label's
    hanzi and every place of the stray space, opening the block and in a further field."""
    assert label_stray_space(f"{split} 王丽 {LEAD}") == (offset, offset + 1)
    further = f"本报记者 王丽 {split} 张强 {LEAD}"
    at = len("本报记者 王丽 ") + offset
    assert (at, at + 1) in roles._stray_label_spaces(further, 0, len(further))


@pytest.mark.parametrize("split", [s for _label, s, _i in SPLITS if len(_label) >= 5])
def test_the_longest_labels_split_anywhere_keep_their_byline(split: str) -> None:
    """A stray space right after a long label's first hanzi (`本 报融媒体记者`, five hanzi between
    it and the label's last) is the farthest the gate reaches back."""
    glued = split.replace(" ", "")
    assert spaced(f"{split} 王丽 {LEAD}") == f"{glued} 王丽 {LEAD}"


@pytest.mark.parametrize(
    "block",
    [
        f"本 報記者 王麗 {LEAD}",  # traditional: the gate passes the line to the view
        f"本報記者 王麗 通 訊員 張強 {LEAD}",
        f"\u3000本 报记者 王丽 {LEAD}",  # spaces before the label
        f"□ 本 报记者 王丽 {LEAD}",  # an ornament and a space before it
        f"本报记者 王 丽 {LEAD}",  # a padded name: the anchored gate at the label
        f"本报本报记者 王 丽 {LEAD}",
        f"■本报记者 王 丽 李 华 {LEAD}",
    ],
)
def test_bylines_at_the_edge_of_the_gates_are_read_as_before(block: str) -> None:
    assert spaced_byline(block) is not None
    assert spaced_byline(block) == _reference_spaced_byline(block)


@pytest.mark.parametrize("first", ["本", "記", "記者", "“", "1", "近"])
def test_the_first_character_gate_is_the_unsplit_readers_own(first: str) -> None:
    """`_may_open_spaced_byline` answers as `_unsplit_spaced_byline`'s first test does: a character
    of the opening set, or a hanzi outside the simplified set (a traditional byline's)."""
    char = first[0]
    expected = char in roles._SPACED_BYLINE_STARTS or (
        not is_simplified_char(char) and roles._HAN.match(char) is not None
    )
    assert roles._may_open_spaced_byline(f"  {first}者 王丽 {LEAD}", 0, 40) is expected


@pytest.mark.parametrize(
    "page",
    [
        # the publisher's token on either side of the gap, at the line's end too
        "零售价 1.50元 甘肃日报社出版 电话：0931-1234567",
        "印刷：甘肃日报印务中心 甘肃日报社出版",
        "邮发代号：53-1 甘肃日报社出版\n",
        # title lines over a byline in their block: the phrase gap before the line break stays
        f"全省秋粮收获过半 冬种有序推进\n本报记者 王丽\n{LEAD}",
        f"全市召开会议\n部署工作 抓好落实\n本报记者 王丽\n{LEAD}",
        # ...its line break far from the gap, near the end of the byline's reach
        f"专题协商 让建言更精准更有效更务实\n本报记者 王丽\n{LEAD}",
        f"强基层 补短板促发展惠民生\n本报记者 王丽\n{LEAD}",
    ],
)
def test_gaps_at_the_edge_of_the_spacing_gates_stay(page: str) -> None:
    assert spaced(page) == page


@pytest.mark.parametrize(
    ("line", "gap"),
    [
        ("甘肃日报社出版 电话：0931-1234567", 7),  # the publisher before the gap
        ("定价：2.00元 甘肃日报社出版 印刷：甘肃日报印务中心", 8),  # after it
        ("定价：2.00元 甘肃日报社出版 印刷：甘肃日报印务中心", 16),  # before it, text after it
        ("印刷：甘肃日报印务中心 甘肃日报社出版", 11),  # after it, at the line's end
        ("印刷：甘肃日报印务中心 甘肃日报社出版\n", 11),
    ],
)
def test_the_publishers_gap_is_found_on_either_side(line: str, gap: int) -> None:
    """`_publisher_gap`'s substring test, before the line is read, passes a publisher's token on
    either side of the gap (other tests keep most of these gaps as well, so it is asked directly)."""
    assert line[gap] == " "
    assert spacing._publisher_gap(line, gap, gap + 1, spacing._Layout(line, None))


# --- a notice's closing formula ---------------------------------------------------------------------


def _reference_closes_with_document_verb(text: str) -> bool:
    """`roles.closes_with_document_verb` before its substring test."""
    view = text if in_simplified_charset(text) else simplified_view(text)
    return roles._DOCUMENT_FORMULA.search(view) is not None


_FORMULA_PIECES = [
    "特此", "此致", "敬礼", "敬禮", "公告", "聲明", "声明", "说明", "通知", "。", "！", "，", "\n", " ",
    "\u3000", "全市", "会议", "後", "乾",
]


def test_the_notice_formula_gates_give_the_answers_of_the_code_before_them() -> None:
    rng = random.Random(3)
    hits = 0
    for _ in range(5000):
        text = "".join(rng.choice(_FORMULA_PIECES) for _ in range(rng.randint(1, 8)))
        expected = _reference_closes_with_document_verb(text)
        assert closes_with_document_verb(text) is expected, text
        assert closes_a_notice(text) is (roles._NOTICE_FORMULA.search(text) is not None), text
        hits += expected
    assert hits > 30


@pytest.mark.parametrize(
    ("text", "document", "notice"),
    [
        ("请各单位按时报送。特此通知。", True, True),
        ("望周知。特此聲明", True, True),  # traditional: read through the view, not the substring test
        ("此致\n敬禮！", True, False),  # (closes_a_notice reads the text as printed)
        ("此致 敬礼", True, True),
        ("特此说明。", False, True),
        ("全市召开会议，部署秋冬季工作。", False, False),
    ],
)
def test_formulas_at_the_edge_of_the_notice_gates(text: str, document: bool, notice: bool) -> None:
    assert closes_with_document_verb(text) is document
    assert closes_a_notice(text) is notice


# --- listings -----------------------------------------------------------------------------------------


def _reference_is_listing(text: str) -> bool:
    """`roles.is_listing` before its one-line and keyword-start tests."""
    s = text.strip()
    if not s:
        return False
    if is_keyword_line(s):
        return True
    if "\n" in s and is_verse_stanza(s):
        return True
    if " " not in s and "\u3000" not in s and "\t" not in s and "：" not in s and ":" not in s:
        return False
    figures = 0
    people = False
    lines = s.split("\n")
    for k, line in enumerate(lines):
        m = roles._FIGURES_LINE.fullmatch(line)
        if m is not None:
            figures += len(roles._FIGURE_RUN.findall(line, *m.span("figures")))
        elif lists_people(line):
            people = True
        elif lists_people_beside(line, lines[:k] + lines[k + 1 :]) is None:
            return False
    return people or figures >= 2


_LISTING_LINES = [
    "一等奖：王丽 李华", "二等奖：高洁 江山", "获奖名单：王丽 李华 张强", "王丽 李华 张强 刘洋",
    "红球：03 08 15", "蓝球：09", "关键词：乡村振兴 基层治理", "【关键词】乡村振兴",
    "關鍵詞：鄉村振興 基層治理", "远山含黛色 近水映秋光", "专题协商 让建言更精准", "全市召开会议。", "  ",
    "标签：高洁 江山",
]


def test_is_listing_gives_the_answers_of_the_code_before_its_gates() -> None:
    rng = random.Random(5)
    hits = 0
    for _ in range(3000):
        text = "\n".join(rng.choice(_LISTING_LINES) for _ in range(rng.randint(1, 3)))
        expected = _reference_is_listing(text)
        assert is_listing(text) is expected, text
        hits += expected
    assert hits > 300


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        ("一等奖：王丽 李华\n二等奖：高洁 江山", True),  # names only another line shows
        ("二等奖：高洁 江山", False),  # alone: words, whose stray space goes
    ],
)
def test_names_only_another_line_shows_at_the_edge_of_the_one_line_gate(page: str, kept: bool) -> None:
    assert (spaced(page) == page) is kept
    assert is_listing(page) is kept


# --- second round: the poet's name under verse, title lines over a byline in the spacing step ------


def _reference_poet_under_verse(
    builder: assemble._Builder, heads: Sequence[Block], nxt: Block | None
) -> bool:
    """`_Builder.poet_under_verse` before the verse above was asked first (the names line first)."""
    art = builder.current
    if art is None or art.signature is not None or not is_bare_names_line(heads[0].text):
        return False
    if len(heads) == 1 and nxt is not None and nxt.role not in assemble._AFTER_CLOSING:
        return False
    last = builder.last_paragraph_block()
    kind = set_line_kind(last.text) if last is not None else None
    return kind is not None and kind.startswith("verse")


def _reference_headline_span(layout: spacing._Layout, pos: int) -> tuple[int, int] | None:
    """`_Layout.headline_span` before the line-break test was put before the sentence-line test."""
    b = layout.blocks.index(pos)
    block_start, block_end = layout.blocks.starts[b], layout.blocks.ends[b]
    if is_headline_block(layout.text[block_start:block_end]):
        return block_start, block_end
    if pos - block_start > spacing._BYLINE_REACH or layout.sentence_line(pos):
        return None
    if layout.text.find("\n", pos, min(block_end, block_start + spacing._BYLINE_REACH)) < 0:
        return None
    title_end = layout.title_end(b)
    if title_end is None or pos >= title_end:
        return None
    return (block_start, title_end) if is_headline_block(layout.text[block_start:title_end]) else None


_POEM_BLOCKS = [
    "静夜思", "李白", "王丽 李华", "杜甫、李白", "会议", "全市召开会议", "欧阳修",
    "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。", "远山含黛色 近水映秋光", "白日依山尽 黄河入海流",
    "红球：03 08 15 22\n蓝球：09", LEAD, "本报记者 王丽", "本报讯 近日，市里召开会议。", "★★★", "——",
    "1. 抓好落实", "此致\n敬礼！", "2023年10月12日",
]


def _poem_pages(n: int, seed: int) -> list[str]:
    """`n` pages of 2-7 blocks: titles, poets' names, verse, figures, prose, bylines, ornaments."""
    rng = random.Random(seed)
    return ["\n\n".join(rng.choice(_POEM_BLOCKS) for _ in range(rng.randint(2, 7))) + "\n" for _ in range(n)]


def test_poet_under_verse_gives_the_answers_of_the_code_before_its_gate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every call the assembly makes on 600 generated pages (poets' names under verse among them)
    answers as the names-first code did."""
    real = assemble._Builder.poet_under_verse
    answers: list[bool] = []

    def both(builder: assemble._Builder, heads: Sequence[Block], nxt: Block | None) -> bool:
        found = real(builder, heads, nxt)
        assert found == _reference_poet_under_verse(builder, heads, nxt), [h.text for h in heads]
        answers.append(found)
        return found

    monkeypatch.setattr(assemble._Builder, "poet_under_verse", both)
    for page in _poem_pages(600, seed=21):
        layoutfix.convert(page.encode())
    assert len(answers) > 300 and sum(answers) > 10  # (the generator reaches names under verse)


def test_a_poets_name_under_verse_still_signs_it() -> None:
    """The edge of the gate: the verse above is what is now read first."""
    page = "千年古诗\n\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n\n李白\n"
    assert '<signed>李白</signed>' in layoutfix.convert(page.encode()).output
    prose = f"千年古诗\n\n{LEAD}\n\n李白\n"
    assert '<signed>李白</signed>' not in layoutfix.convert(prose.encode()).output


def test_headline_span_gives_the_answers_of_the_code_before_its_gate() -> None:
    """At every place of 1,500 generated pages (title lines over bylines among them)."""
    rng = random.Random(22)
    blocks = [
        "全省秋粮收获过半 冬种有序推进\n本报记者 王丽", "全市召开会议\n本报记者 王丽 近日，全市召开会议。",
        "市府宣布新政策\n記者王麗／台北報導 市府今天宣布。", LEAD, "部署冬季 供暖工作",
        "床前明月光，\n疑是地上霜。", "本报讯 （记者 王丽）近日，全市召开会议。",
        "王丽 李华\n近日，全市召开会议。",
        "零 售价 1.50元", "市里开会，部署工作\n本报记者 王丽", "冬种 推进：\n本报记者 王丽 近日。",
        "全市召开会议\n部署冬季 供暖工作\n王丽",
    ]
    spans = 0
    for _ in range(1500):
        text = "\n\n".join(rng.choice(blocks) for _ in range(rng.randint(1, 4)))
        new, old = spacing._Layout(text, None), spacing._Layout(text, None)
        for pos in range(len(text)):
            expected = _reference_headline_span(old, pos)
            assert new.headline_span(pos) == expected, (text, pos)
            spans += expected is not None
    assert spans > 1000
