"""Vertical pages (columns read top to bottom, right to left) through the geometry and `convert`.

The pages here are built the way RapidOCR reports a rendered vertical page (tests/fixtures/ocr/p3):
every column box padded, body columns by about a third of their type width, so that a headline
column set at 38px measures only a little wider than 26px body columns. The text is made up.
"""

from __future__ import annotations

import json

import pytest

from layoutfix.layout.geometry import page_text
from layoutfix.layout.reading_order import line_size
from layoutfix.layout.roles import is_heading_like
from layoutfix.model import BBox, Document, Line
from layoutfix.pipeline import build_document
from layoutfix.readers.ocrjson import group_lines, read_ocrjson

BODY, TITLE = 26, 38
#: RapidOCR's padding of a column box: across (each side) and along (each end).
PAD_ACROSS, PAD_ALONG = 4, 4
#: Characters per full column of body text.
PER = 14


def _entry(x: float, y: float, size: float, text: str, pad: float = PAD_ACROSS) -> list:
    """A RapidOCR item for a vertical column with its left edge at x, first character at y."""
    x0, x1 = x - pad, x + size + pad
    y0, y1 = y - PAD_ALONG, y + size * len(text) + PAD_ALONG
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], text, 0.95]


def _columns(paragraph: str) -> list[tuple[str, bool]]:
    """A paragraph cut into columns, the first indented by one character: (text, indented)."""
    out = [(paragraph[: PER - 1], True)]
    rest = paragraph[PER - 1 :]
    while rest:
        out.append((rest[:PER], False))
        rest = rest[PER:]
    return out


def _article(items: list[list], x: float, top: float, title: str, paragraphs: list[str]) -> float:
    """Add to `items` an article whose title column has its left edge at x: the title, then its
    paragraphs in columns to its left. Return the left edge of its last column."""
    items.append(_entry(x, top, TITLE, title, pad=1))
    x -= 60
    for par in paragraphs:
        for text, indented in _columns(par):
            items.append(_entry(x, top + (BODY * 2 if indented else 0), BODY, text))
            x -= 44
    return x + 44


def vertical_page(articles: list[tuple[str, list[str]]], head: str | None = "第8版副刊") -> bytes:
    """RapidOCR JSON of a vertical page: `articles` stacked in bands, each a title column at the
    right and its paragraphs in columns to its left; a horizontal running head on top."""
    items: list[list] = []
    if head is not None:
        items.append([[[46, 26], [168, 26], [168, 54], [46, 54]], head, 0.99])
    for band, (title, paragraphs) in enumerate(articles):
        _article(items, 806, 84 + band * 486, title, paragraphs)
    return json.dumps(items, ensure_ascii=False).encode()


def convert_page(data: bytes) -> Document:
    return build_document(read_ocrjson(data, "v.json")[0])


def paragraphs(doc: Document) -> list[list[str]]:
    """Each article's paragraph texts."""
    from layoutfix.export.text import paragraph_text

    return [[paragraph_text(doc, p) for p in a.parts if p.kind == "p"] for a in doc.articles]


# the body texts: the last column of each paragraph is one to a few characters long
A_TITLE, A_PARS = "山村小學添新樓", ["新教學樓上月落成，全校師生告別了漏雨的舊教室，搬進了明亮的課堂。",
                                     "村民們說孩子們終於有了好地方讀書。"]
B_TITLE, B_PARS = "河畔步道全線貫通", ["沿河步道經過半年施工全線貫通，市民可以從老橋一路走到新區公園散步。"]


def test_line_size_of_a_padded_vertical_column_is_its_pitch() -> None:
    # 14 characters of 26px type, padded 4px on every side: 34px wide, but 26.6px per character
    box = BBox(100, 100, 134, 100 + 14 * 26 + 8)
    assert line_size(box, "市民可以從老橋一路走到新區公") == pytest.approx(26.6, abs=0.1)
    # a letter-spaced vertical headline: its pitch is not its type, its thickness is
    assert line_size(BBox(0, 0, 40, 400), "山村小學") == 40
    # horizontal lines keep their thickness (half-width digits make the pitch no measure)
    assert line_size(BBox(46, 26, 168, 54), "第8版 2024") == 28


def test_reader_keeps_a_headline_column_apart_and_joins_a_short_last_column() -> None:
    lines = read_ocrjson(vertical_page([(B_TITLE, B_PARS)], head=None), "v.json")[0].blocks
    texts = [[ln.text for ln in b.lines] for b in lines]
    assert [B_TITLE] in texts  # the title column is not grouped with the body columns beside it
    body = next(t for t in texts if t != [B_TITLE])
    assert "".join(body) == B_PARS[0]  # the 3-character last column stays with its paragraph
    assert len(body) == len(_columns(B_PARS[0]))


def test_group_lines_does_not_compare_padded_widths() -> None:
    # a 2-character last column measures 26px across, the full column before it 34px (padding):
    # both are 26px type, one block
    full = Line("沿河步道經過半年施工全線貫通", BBox(696, 574, 735, 574 + 14 * 26 + 8))
    last = Line("習。", BBox(659, 579, 685, 633))
    assert len(group_lines([full, last])) == 1


@pytest.mark.parametrize("vertical", [False, True])
def test_group_lines_joins_an_indented_first_line_and_a_short_last_line(vertical: bool) -> None:
    # a two-line paragraph indented two characters with a three-character last line: the lines
    # overlap by less than half the shorter one, and are still one paragraph
    def box(start: float, across: float, n: int) -> BBox:
        along = (start, start + 26 * n)
        return BBox(across, along[0], across + 26, along[1]) if vertical else \
            BBox(along[0], across, along[1], across + 26)
    first = Line("村民們說孩子們終於有了好地", box(132, 610 if vertical else 100, 13))
    last = Line("方讀書", box(80, 566 if vertical else 136, 3))
    assert len(group_lines([first, last])) == 1
    # a line of another column (not under the first) stays apart
    other = Line("方讀書", box(80 + 26 * 14 + 30, 566 if vertical else 136, 3))
    assert len(group_lines([first, other])) == 2


def test_headline_column_gets_the_headline_hint() -> None:
    page = read_ocrjson(vertical_page([(A_TITLE, A_PARS), (B_TITLE, B_PARS)]), "v.json")[0]
    pt = page_text(page)
    assert pt.vertical
    assert pt.body == pytest.approx(BODY, abs=2)  # the pitch, not the padded width (34)
    hinted = {pt.text[s.start:s.end]: s.hints for s in pt.segments}
    assert "headline" in hinted[A_TITLE] and "headline" in hinted[B_TITLE]
    assert "margin" in hinted["第8版副刊"]


def test_vertical_page_articles_titles_and_paragraphs() -> None:
    doc = convert_page(vertical_page([(A_TITLE, A_PARS), (B_TITLE, B_PARS)]))
    assert [[t.text for t in a.titles] for a in doc.articles] == [[A_TITLE], [B_TITLE]]
    assert paragraphs(doc) == [A_PARS, B_PARS]
    assert [f.text for f in doc.front] == ["第8版副刊"]


# a second tier's articles: C's paragraphs take as many columns as A's, so that in a grid the
# boundary between the two articles of each tier is at one x
C_TITLE, C_PARS = "老街夜市重新開張", ["停業兩年的老街夜市昨晚重新開張，攤販和遊客把整條街擠得水洩不通。",
                                       "不少老顧客專程回來吃小吃和甜湯。"]
D_TITLE, D_PARS = "鋒面週末過境", ["氣象部門預報本週後半段將有鋒面過境，請市民注意保暖。"]


@pytest.mark.parametrize("aligned", [True, False])
def test_vertical_page_reads_top_tier_first_right_to_left(aligned: bool) -> None:
    """A vertical page set in two tiers of two articles each reads as printed: the top tier right
    to left, then the tier below. Where the boundary between the two articles of each tier was at
    one x (a grid), a gap ran down the whole page there and the right-hand articles of both tiers
    were read first (A, C, B, D); with the boundaries apart the tiers were already read in turn."""
    assert sum(map(len, map(_columns, A_PARS))) == sum(map(len, map(_columns, C_PARS)))
    items: list[list] = []
    for top, (right, left) in ((84, ((A_TITLE, A_PARS), (B_TITLE, B_PARS))),
                               (570, ((C_TITLE, C_PARS if aligned else [*C_PARS, D_PARS[0]]),
                                      (D_TITLE, D_PARS)))):
        x = _article(items, 806, top, *right)
        _article(items, x - 90, top, *left)  # a gap of about two columns between articles
    doc = convert_page(json.dumps(items, ensure_ascii=False).encode())
    titles = [[t.text for t in a.titles] for a in doc.articles]
    assert titles == [[A_TITLE], [B_TITLE], [C_TITLE], [D_TITLE]]
    assert paragraphs(doc)[0] == A_PARS and paragraphs(doc)[1] == B_PARS


def test_paragraph_without_final_stop_is_not_a_heading() -> None:
    # the engine dropped the final 。 of the last paragraph: still running text over two columns
    # of body type, not the kicker of the article after it
    cut = A_PARS[1].rstrip("。")
    doc = convert_page(vertical_page([(A_TITLE, [A_PARS[0], cut]), (B_TITLE, B_PARS)]))
    assert not any(a.kicker for a in doc.articles)
    assert [[t.text for t in a.titles] for a in doc.articles] == [[A_TITLE], [B_TITLE]]
    assert paragraphs(doc)[0] == [A_PARS[0], cut]


def test_flow_hint_is_never_a_heading() -> None:
    assert is_heading_like("村民們說孩子們終於有了好地方讀書")
    assert not is_heading_like("村民們說孩子們終於有了好地方讀書", frozenset({"flow"}))


def _continued(items: list[list], x: float, top: float, paragraphs: list[str]) -> float:
    """Add to `items` an article's paragraphs continued from the tier above: columns from x
    leftwards, no title. Return the left edge of its last column."""
    for par in paragraphs:
        for text, indented in _columns(par):
            items.append(_entry(x, top + (BODY * 2 if indented else 0), BODY, text))
            x -= 44
    return x + 44


#: The two tiers' tops, as `test_vertical_page_reads_top_tier_first_right_to_left` sets them.
TIER1, TIER2 = 84, 570


def _grid() -> list[list]:
    """Two tiers of two articles whose boundaries meet at one x: A | B over C | D."""
    items: list[list] = []
    for top, (right, left) in ((TIER1, ((A_TITLE, A_PARS), (B_TITLE, B_PARS))),
                               (TIER2, ((C_TITLE, C_PARS), (D_TITLE, D_PARS)))):
        x = _article(items, 806, top, *right)
        _article(items, x - 90, top, *left)
    return items


def _spanning_title_top() -> list[list]:
    """A runs down the right of both tiers, its title at the top only; B top left, C bottom left."""
    items: list[list] = []
    x = _article(items, 806, TIER1, A_TITLE, A_PARS[:1])
    _continued(items, 806, TIER2, A_PARS[1:])
    _article(items, x - 90, TIER1, B_TITLE, B_PARS)
    _article(items, x - 90, TIER2, C_TITLE, C_PARS)
    return items


def _spanning_title_tall() -> list[list]:
    """A's title column runs down both tiers, its paragraphs one a tier to its left; B top left,
    C bottom left."""
    items: list[list] = [_entry(806, TIER1, TITLE, A_TITLE * 2, pad=1)]
    x = _continued(items, 746, TIER1, A_PARS[:1])
    _continued(items, 746, TIER2, A_PARS[1:])
    _article(items, x - 90, TIER1, B_TITLE, B_PARS)
    _article(items, x - 90, TIER2, C_TITLE, C_PARS)
    return items


def _two_spanning() -> list[list]:
    """A runs down the right of both tiers and B down the middle, titles at the top only; C top
    left, D bottom left."""
    items: list[list] = []
    x = _article(items, 806, TIER1, A_TITLE, A_PARS[:1])
    _continued(items, 806, TIER2, A_PARS[1:])
    x = _article(items, x - 90, TIER1, B_TITLE, [B_PARS[0][:20]])
    _continued(items, x + 44, TIER2, [B_PARS[0][20:]])
    _article(items, x - 90, TIER1, C_TITLE, C_PARS[:1])
    _article(items, x - 90, TIER2, D_TITLE, D_PARS)
    return items


def _spanning_on_the_left() -> list[list]:
    """A top right over B bottom right; C runs down the left of both tiers, its title at the top."""
    items: list[list] = []
    x = _article(items, 806, TIER1, A_TITLE, A_PARS)
    _article(items, 806, TIER2, B_TITLE, [*B_PARS, D_PARS[0]])
    x = _article(items, x - 90, TIER1, C_TITLE, C_PARS[:1])
    _continued(items, x + 3 * 44, TIER2, C_PARS[1:])
    return items


#: A third article for each tier.
E_TITLE, E_PARS = "全市運動會開幕", ["運動會今天上午在體育中心開幕。"]
F_TITLE, F_PARS = "新圖書館開放", ["新館藏書二十萬冊，週末照常開放。"]


def _three_a_tier() -> list[list]:
    """Three articles a tier, boundaries apart: A B E over C D F."""
    items: list[list] = []
    x = _article(items, 806, TIER1, A_TITLE, A_PARS[:1])
    x = _article(items, x - 90, TIER1, B_TITLE, B_PARS)
    _article(items, x - 90, TIER1, E_TITLE, E_PARS)
    x = _article(items, 806, TIER2, C_TITLE, C_PARS)
    x = _article(items, x - 90, TIER2, D_TITLE, D_PARS)
    _article(items, x - 90, TIER2, F_TITLE, F_PARS)
    return items


def _staggered() -> list[list]:
    """Three articles a tier, the boundaries staggered between the tiers (titles at x = 805, 479,
    241 over 805, 553, 227): D's title sits under A's last columns, D's first column under B's
    title, with whitespace down both tiers between D's title and D's first column."""
    items: list[list] = []
    x = _article(items, 806, TIER1, A_TITLE, A_PARS)
    x = _article(items, x - 90, TIER1, B_TITLE, B_PARS)
    _article(items, x - 90, TIER1, E_TITLE, E_PARS)
    x = _article(items, 806, TIER2, C_TITLE, C_PARS[:1])
    x = _article(items, x - 104, TIER2, D_TITLE, [*D_PARS, *B_PARS])
    _article(items, x - 90, TIER2, F_TITLE, F_PARS)
    return items


def _headline_across() -> list[list]:
    """A B over C D; D's title is a horizontal headline across the top of its columns (its first
    column sticking out a little to the right of it), those columns under B's title."""
    items: list[list] = []
    x = _article(items, 806, TIER1, A_TITLE, A_PARS[:1])
    _article(items, x - 90, TIER1, B_TITLE, B_PARS)
    _article(items, 806, TIER2, C_TITLE, C_PARS[1:])
    right = 538
    left = right - TITLE * len(D_TITLE)
    items.append([[[left, TIER2], [right, TIER2], [right, TIER2 + TITLE], [left, TIER2 + TITLE]],
                  D_TITLE, 0.99])
    _continued(items, 510, TIER2 + TITLE + 14, [*D_PARS, *B_PARS])
    return items


@pytest.mark.parametrize(("layout", "printed"), [
    # tiers read in turn: an article under the tier line starts with its own title
    (_grid, [(A_TITLE, A_PARS), (B_TITLE, B_PARS), (C_TITLE, C_PARS), (D_TITLE, D_PARS)]),
    # three articles a tier, the tier line a real boundary whether or not the articles' boundaries
    # line up: a column under an upper title that follows its own title (in its tier, to its
    # right, or a headline across it) is no run-on
    (_three_a_tier, [(A_TITLE, A_PARS[:1]), (B_TITLE, B_PARS), (E_TITLE, E_PARS), (C_TITLE, C_PARS),
                     (D_TITLE, D_PARS), (F_TITLE, F_PARS)]),
    (_staggered, [(A_TITLE, A_PARS), (B_TITLE, B_PARS), (E_TITLE, E_PARS), (C_TITLE, C_PARS[:1]),
                  (D_TITLE, [*D_PARS, *B_PARS]), (F_TITLE, F_PARS)]),
    (_headline_across, [(A_TITLE, A_PARS[:1]), (B_TITLE, B_PARS), (C_TITLE, C_PARS[1:]),
                        (D_TITLE, [*D_PARS, *B_PARS])]),
    # an article continued under the tier line is read whole before the articles to its left
    (_spanning_title_top, [(A_TITLE, A_PARS), (B_TITLE, B_PARS), (C_TITLE, C_PARS)]),
    (_spanning_title_tall, [(A_TITLE * 2, A_PARS), (B_TITLE, B_PARS), (C_TITLE, C_PARS)]),
    # B's paragraph broken at the tier line is one paragraph
    (_two_spanning, [(A_TITLE, A_PARS), (B_TITLE, B_PARS), (C_TITLE, C_PARS[:1]), (D_TITLE, D_PARS)]),
    (_spanning_on_the_left, [(A_TITLE, A_PARS), (B_TITLE, [*B_PARS, D_PARS[0]]),
                             (C_TITLE, C_PARS)]),
], ids=["grid", "three-a-tier", "staggered", "headline-across", "title-top", "title-tall",
        "two-spanning", "spanning-on-the-left"])
def test_an_article_running_down_two_tiers_is_read_whole(layout: object, printed: list) -> None:
    """A vertical page is read top tier first only where the tier line is a real boundary: each
    column group crossing it starts a new article (a title) under it. An article continued under
    the line (A down the right of the page, its title at the top) was read A's top, B, A's bottom,
    C, and A's bottom, having no title, became part of B."""
    assert callable(layout)
    doc = convert_page(json.dumps(layout(), ensure_ascii=False).encode())
    got = [("".join(t.text for t in a.titles), pars) for a, pars in
           zip(doc.articles, paragraphs(doc), strict=True)]
    assert got == [(title, list(pars)) for title, pars in printed]
