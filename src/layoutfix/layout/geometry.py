"""What the boxes of a coordinate input (hOCR, ALTO, PAGE-XML, OCR JSON) tell the text pipeline.

A page with boxes is turned into the same kind of text a flat export gives, so everything downstream
is shared: `page_text` lays the blocks out in reading order, blocks joined by a blank line and each
block's lines by a newline. That text is the ORIGINAL of the edit log, so it holds every character the
engine delivered: a line's text is kept as the engine gave it, less only the spaces, tabs and line
breaks at its two ends (the layout writes the line's own ends; `LINE_EDGE`). A full-width space
(U+3000, the Chinese paragraph indent), a no-break space or a control character at a line's end stays
in the original, for the normalisers to change as recorded edits; a line break INSIDE an engine's line
stays too and is joined like a break between lines (`join.line`). A line of whitespace only carries no
text and is left out. Before that, each OCR block is split into paragraphs where the geometry shows
one ending (`split_paragraphs`): a change of type size (a headline line above a byline in one
Tesseract paragraph), an indented line (a paragraph's first line: its box starts right of the block's
edge, or its text opens with a full-width space), or a line that stops short of the column edge (a
paragraph's last line). The splits are layout, not edits: the engine's characters are all there, in
the engine's lines.

Three kinds of changes are then derived from the boxes, as ordinary edits on that text:
- `line_join_changes`: a line broken at the column edge joins the next line without a space (`join`,
  rule `join.line`); between two Latin words or numbers the break becomes one space, and so does a
  break after a Latin mark ending a word before one (`U.S.` / `Embassy`, `united,` / `not`, but not
  `zaobao.com.` / `sg`, `U.` / `S.`: `latin.space_after_mark`, as flat text's wraps). A run of line
  breaks inside one engine line (RapidOCR `正文\r\n下一行`) is joined the same way: the page text keeps
  one line per engine line, and the log says where the engine's break went;
- `box_gap_changes`: a space the engine put between two words whose boxes nearly touch is removed
  (`space`, rule `space.box-gap`) when a Han character or CJK punctuation is on either side, or
  (cert medium) when the gap is under `LATIN_TIGHT` of the line size between Latin letters or digits;
  a wide gap is left to the spacing normaliser, which keeps it between Latin words and in a
  headline's phrase gap;
- `low_confidence`: words (or, without words, lines) read with an engine confidence under the
  threshold, in original offsets, for the TEI `<unclear>` and the JSON output.

`hints` gives what the boxes say about a block's role: `headline` when its type (the median line) is at least
`HEADLINE_RATIO` times the body size (it heads an article, it is not a subhead), `flow` for two or
more lines of body type in one run (running text, never a heading), `margin` for one
line, not larger than body type, below all other text and saying it is the footer (with `foot`: a page
number, a line of page furniture by its text, a date or page line) or above it and stating the date or
the page (a running head). Any other line there (a kicker, a section label, a title in body type, the
article's last line, a signature) is read by its text, as in flat text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter
from statistics import median

import regex

from ..lexicon import splits_a_word
from ..model import BBox, Block, Line, LowConfidence, Page, Word, Zone
from ..readers.boxes import union
from ..readers.xmlsafe import XML_SPACE
from ..tracked import Change
from .continuation import extension_under_phone, is_jump_line
from .latin import LATIN, LATIN_WORD_END, latin_pair, number_pieces, space_after_mark
from .reading_order import VERTICAL_RATIO, detect_vertical, line_size, order_blocks, to_frame
from .roles import (
    WRAP_SLACK,
    byline_lines_end,
    columns,
    ends_sentence,
    heading_breaks,
    is_date_alone,
    keeps_its_lines,
    names_under_title,
    simplified_text,
    states_page_foot,
    states_running_head,
)

#: A block whose largest line is this many times the body size is a headline.
HEADLINE_RATIO = 1.15
#: Consecutive lines whose sizes differ by more than this factor belong to different blocks.
SIZE_STEP = 1.3
#: A line starting this many line sizes right of its block's left edge is indented.
INDENT = 1.2
#: A line ending this many line sizes short of its block's right edge ends a paragraph.
SHORT_END = 1.5
#: A space between words whose boxes are closer than this share of the line size is the engine's
#: (a real gap in Chinese type, such as a headline's phrase gap, is a full-width space: one em).
TIGHT_GAP = 0.6
#: Between Latin letters or digits, only a gap under this share of the line size is the engine's.
LATIN_TIGHT = 0.15
#: A page's top or bottom line is a margin line when its type is at most this many body sizes
#: (engines that pad their boxes, such as RapidOCR, make a 20px head measure like 22px body).
MARGIN_SIZE = 1.05
#: A run continues the run before it (`_mark_run_ons`) when the gap between them is under this share
#: of their type size (`reading_order.MAX_FLOW_GAP`: a paragraph's lines, not a heading set apart)...
RUN_ON_GAP = 0.8
#: ... and its first line starts no more than this many type sizes from where the run before ends its
#: last line's column (an indent of two characters and an engine's loose box).
RUN_ON_ALIGN = INDENT
#: Sentence marks one of which a chain of runs read as one text flow must hold somewhere (prose does;
#: a title in two lines of body type seldom does).
_PROSE_MARKS = frozenset("。！？!?；;")
#: Marks a line opening with goes on the sentence of the line before it (a comma or stop the column's
#: end pushed over, a closing quote or bracket).
_GOES_ON_MARKS = frozenset("，。、；：？！」』）》,.;:?!)")
#: Marks inside a column that say it holds running text rather than a title in body type (a comma, a
#: semicolon, a full stop: a title seldom holds them; `：`, `、` and `？` often stand in titles).
_INNER_MARKS = frozenset("，；。,;")
#: How many segments after a chain are read for the text flow it opens (`_next_flow`) and its gaps.
_MEASURE_AHEAD = 4
#: A first column's gap to the next may exceed the widest gap between the text's later columns by
#: this share of the type size (the rounding of an engine's boxes) and still be set as they are.
_GAP_SLACK = 0.1
#: With no later gap of the text to compare, the widest gap (a share of the type size) at which a
#: first column cut between words is spaced as body columns are (a title or deck stands further).
_LONE_GAP = 0.5
#: How much shorter than the text's measure (a share of the type size) a first column cut between
#: two words may be: justified body columns fill the measure; a title or deck seldom does exactly.
_BETWEEN_SHORT = 0.5
#: Default confidence threshold (0..1) under which a word is flagged as unclear.
DEFAULT_MIN_CONF = 0.6
#: The rule removing a word-break mark the file states (`Line.word_break`) as the lines it stands
#: between are joined (`line_join_changes`), or the blocks (`join.join_changes`).
DEHYPHENATE_RULE = "layout.dehyphenate"
#: What `page_text` strips from the two ends of a line: XML's whitespace (the indentation of a markup
#: file, a JSON line's CR/LF). Other spaces, such as the full-width indent, are the engine's text.
LINE_EDGE = XML_SPACE
#: The Chinese paragraph indent is two of these at a line's start.
IDEOGRAPHIC_SPACE = "\u3000"
#: A run of line breaks inside one engine line.
_BREAK_RUN = re.compile(r"[\r\n]+")

_HANLIKE = regex.compile(r"[\p{Han}\p{Ps}\p{Pe}\p{Pi}\p{Pf}，。、；：？！…—·《》〈〉「」『』【】（）]")
_HAN = regex.compile(r"\p{Han}")
_LETTER = regex.compile(r"\p{L}")
#: `_char_class` bits: the character matches `latin.LATIN` / `_HANLIKE`.
_IS_LATIN, _IS_HANLIKE = 1, 2
#: Classes of the characters seen so far (a page shows a few hundred distinct ones): one dict look-up
#: per word edge instead of up to four regex matches.
_CLASSES: dict[str, int] = {}


def _char_class(ch: str) -> int:
    """`_IS_LATIN | _IS_HANLIKE` bits of the one-character string `ch`, cached."""
    bits = _CLASSES.get(ch)
    if bits is None:
        bits = (_IS_LATIN if LATIN.match(ch) else 0) | (_IS_HANLIKE if _HANLIKE.match(ch) else 0)
        _CLASSES[ch] = bits
    return bits


@dataclass(slots=True)
class Segment:
    """One paragraph-level block of the page text: its offsets, lines and zone id."""

    start: int
    end: int
    lines: list[Line]
    bbox: BBox | None
    zone: str | None
    hints: frozenset[str] = frozenset()
    #: (start, end, word, line) of every word found in the text, in original offsets.
    words: list[tuple[int, int, Word, Line]] = field(default_factory=list)
    #: Original offsets of each line's start.
    line_starts: list[int] = field(default_factory=list)
    #: Whether the lines are set line by line (`roles.keeps_its_lines`): none is joined to the next.
    set_lines: bool = False


@dataclass(slots=True)
class PageText:
    """A coordinate page laid out as text: the text, its segments and the page facts."""

    text: str
    segments: list[Segment]
    vertical: bool
    body: float
    zones: list[Zone]
    #: (start, end) of each run of line breaks inside an engine's line, in original offsets.
    breaks: list[tuple[int, int]] = field(default_factory=list)
    #: Start of each segment, built on the first `segment_at` (the pipeline asks once per block).
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def segment_at(self, pos: int) -> Segment | None:
        """The segment holding original offset `pos` (a bisection over the segment starts)."""
        starts = self._starts
        if starts is None or len(starts) != len(self.segments):
            starts = self._starts = [s.start for s in self.segments]
        k = bisect_right(starts, pos) - 1
        return self.segments[k] if 0 <= k < len(self.segments) and pos <= self.segments[k].end else None


def _thickness(box: BBox) -> float:
    return min(box.width, box.height)


#: Type sizes of lines measured once, by `id(line)` (valid while those lines are alive).
Sizes = dict[int, float]


def _size(line: Line, known: Sizes | None = None) -> float:
    size = known.get(id(line)) if known is not None else None
    if size is None:
        assert line.bbox is not None
        size = line_size(line.bbox, line.text)
    return size


def _sizes(lines: list[Line], known: Sizes | None) -> list[float]:
    """`_size` of each of `lines` (all boxed); when `known` holds them all, looked up without a
    Python call per line."""
    if known is not None:
        sizes = list(map(known.get, map(id, lines)))
        if None not in sizes:
            return sizes  # type: ignore[return-value]
    return [_size(ln, known) for ln in lines]


def body_size(blocks: list[Block], known: Sizes | None = None) -> float:
    """The page's body type size: the median type size of its lines (`reading_order.line_size`; 1.0
    when no line has a box). `known`: sizes already measured."""
    sizes = _sizes([ln for b in blocks for ln in b.lines if ln.bbox is not None], known)
    return median(sizes) if sizes else 1.0


def line_original(text: str) -> str:
    """What a line contributes to the page's original text: the engine's text without the spaces,
    tabs and line breaks at its ends (`LINE_EDGE`); everything else, breaks inside included, stays."""
    return text.strip(LINE_EDGE)


def _opens_with_indent(text: str) -> bool:
    """Whether a line's text opens with a full-width space: the Chinese paragraph indent (two of them
    by convention; an engine may read one)."""
    return text.lstrip(LINE_EDGE).startswith(IDEOGRAPHIC_SPACE)


def split_paragraphs(
    block: Block, vertical: bool, body: float, known: Sizes | None = None, *, set_lines: bool = False
) -> list[list[Line]]:
    """The block's lines cut into runs at a change of type size, an indent or a short line.

    With `set_lines` (the block is set line by line: `roles.keeps_its_lines`) only a change of type
    size cuts: a table's rows or a notice's closing lines end short of the block's edge as a
    paragraph's last line does, and stay one block, as flat text has them.

    An indent is a line starting right of the block's edge, or a line whose text opens with a
    full-width space (an engine that reads the indent as text may box the line from the column's
    edge); a paragraph cut there by mistake is joined again by the assembly, as a paragraph that does
    not end a sentence. Indents and short lines do not cut between two headline-size lines: a centred
    headline in two lines stays whole. `known`: line sizes already measured.

    Each line's size and visible length is taken once (not once for each of its two pairs), a
    horizontal page's boxes are used as they are (`to_frame` returns them unchanged), and a line is
    kept when it holds a character that is not whitespace (a line of spaces only carries no text).
    """
    lines = [ln for ln in block.lines if ln.text.strip()]
    if len(lines) <= 1:  # nothing to cut (what the steps below give for one line, boxed or not)
        return [lines] if lines else []
    if vertical:
        boxed = [to_frame(ln.bbox, True) for ln in lines if ln.bbox is not None]
    else:
        boxed = [ln.bbox for ln in lines if ln.bbox is not None]
    if len(boxed) != len(lines):
        return [lines]
    left = min([b.x0 for b in boxed])
    right = max([b.x1 for b in boxed])
    sizes = _sizes(lines, known)
    # visible characters: `str.split()` cuts at exactly the characters `str.isspace` accepts
    visible = [len("".join(ln.text.split())) for ln in lines]
    headline = HEADLINE_RATIO * body
    runs: list[list[Line]] = [[lines[0]]]
    run = runs[0]
    for k in range(1, len(lines)):
        ta, tb = sizes[k - 1], sizes[k]
        small = ta if ta <= tb else tb  # `min(ta, tb)`
        # a line of one or two characters has a box as wide as its glyphs, not its type: no measure
        cut = visible[k - 1] >= 3 and visible[k] >= 3 and (tb if tb > ta else ta) > SIZE_STEP * small
        if cut and ta >= headline > tb and _names_under_title(lines, k):
            cut = False  # `秋日登高` / `张晓明`: the writer's name stays under the title, as in flat text
        if not cut and small < headline and not set_lines:
            cut = (boxed[k].x0 - left >= INDENT * tb or boxed[k - 1].x1 <= right - SHORT_END * ta
                   or _opens_with_indent(lines[k].text)) and not _extension_under_phone(lines, k)
        if cut:
            run = [lines[k]]
            runs.append(run)
        else:
            run.append(lines[k])
    return runs


def _extension_under_phone(lines: list[Line], k: int) -> bool:
    """Whether line `k` of a block is a telephone extension alone under the number that line `k - 1`
    ends in (`咨询电话：0931-8612345` / `（转2）`: `continuation.extension_under_phone`): it stays in
    the number's paragraph, though the number's line ends short, as flat text keeps it in its block,
    not cut off to be read as a jump marker of its own."""
    line = lines[k].text
    if "转" not in line and "轉" not in line:
        return False
    return extension_under_phone(line_original(lines[k - 1].text), line_original(line))


def _names_under_title(lines: list[Line], k: int) -> bool:
    """Whether line `k` of a block, under a line in headline type, holds bare names alone, the
    writer's (`roles.names_under_title`)."""
    return names_under_title("\n".join([line_original(ln.text) for ln in lines[k:]]))


#: The hint sets `_hints` gives (immutable, so one of each serves every segment).
_HEADLINE: frozenset[str] = frozenset({"headline"})
_FLOW: frozenset[str] = frozenset({"flow"})
_NO_HINTS: frozenset[str] = frozenset()
#: What `_mark_margins` adds: `margin` for the running head or a footer line, `foot` as well for the
#: footer (the TEI types its `fw` a `footer`, not a `header`).
_MARGIN: frozenset[str] = frozenset({"margin"})
_FOOT: frozenset[str] = frozenset({"margin", "foot"})
#: What a date alone at a page's foot gets: `foot` only, so its text decides (furniture, the page's
#: date), unless it closes a notice or a letter above it (`roles._closing_dates`).
_FOOT_DATE: frozenset[str] = frozenset({"foot"})


def _hints(
    lines: list[Line], body: float, known: Sizes | None = None, *, set_lines: bool = False
) -> frozenset[str]:
    """`headline` for large type; `flow` for several lines of body type in one run, unless they are
    set line by line (`set_lines`: a notice's closing lines are no running text, the labels read
    them by their text as they do flat text's)."""
    sizes = _sizes([ln for ln in lines if ln.bbox is not None], known)
    # (the median of one size is that size)
    if sizes and (sizes[0] if len(sizes) == 1 else median(sizes)) >= HEADLINE_RATIO * body:
        return _HEADLINE
    if len(sizes) >= 2 and len(sizes) == len(lines) and not set_lines:
        # body type over several lines of one paragraph run (`split_paragraphs` cut at every short
        # line): running text, whatever its last characters (an engine drops a final 。)
        return _FLOW
    return _NO_HINTS


def _mark_margins(segments: list[Segment], vertical: bool, body: float) -> None:
    """`margin` for one-line segments not larger than body type, wholly above or below every other
    segment: the running head or a footer line (a masthead or a headline is larger). A line above
    the rest is the running head only when it states the date or the page (`states_running_head`),
    as the flat text's running head must: a kicker (`诗歌`), a section label (`履职风采`) or a title
    set in body type stands there too, and its text decides its role, as in flat text. A line below
    the rest is the footer (hints `margin` and `foot`) only when its text says so (`states_page_foot`:
    `- 4 -`, `责任编辑：王丽`, `邮发代号：53-1`, `第4版 要闻`): the article's last line, a title in body
    type, a signature or a row of figures stands there too. A date alone there (`2023年10月12日`) gets
    `foot` only: it is the page's date, furniture by its text, unless it closes a notice or a
    letter above it (`roles._closing_dates`). On a vertical page "below" is left of the last
    column, where the head line may stand (`第4版 文化` in the top left corner): no `foot`.

    Sizes here are box thicknesses and `body` is their median: a running head on a vertical page is
    a horizontal line, padded like the columns' widths, so it is measured against them.

    "Above every other segment" is "above the highest top among the others": the two highest tops
    and the two lowest bottoms of the page answer it for every segment, in one pass instead of
    comparing each candidate with every other segment."""
    boxed = [s for s in segments if s.bbox is not None]
    if len(boxed) < 2:
        return
    frames = [to_frame(s.bbox, vertical) for s in boxed]  # type: ignore[arg-type]
    top_order = sorted(range(len(frames)), key=lambda i: frames[i].y0)[:2]
    bottom_order = sorted(range(len(frames)), key=lambda i: frames[i].y1, reverse=True)[:2]
    foot = _MARGIN if vertical else _FOOT  # (below the rest of a vertical page is left of it)
    for i, seg in enumerate(boxed):
        assert seg.bbox is not None
        if len(seg.lines) != 1 or _thickness(seg.bbox) > MARGIN_SIZE * body:
            continue
        box = frames[i]
        top = frames[top_order[1] if top_order[0] == i else top_order[0]].y0  # highest other top
        bottom = frames[bottom_order[1] if bottom_order[0] == i else bottom_order[0]].y1
        if bottom <= box.y0 and states_page_foot(seg.lines[0].text):
            seg.hints = seg.hints | foot
        elif bottom <= box.y0 and not vertical and is_date_alone(seg.lines[0].text):
            seg.hints = seg.hints | _FOOT_DATE  # the page's date, or a notice's (`_closing_dates`)
        elif top >= box.y1 and states_running_head(seg.lines[0].text):
            seg.hints = seg.hints | _MARGIN


def _mark_run_ons(segments: list[Segment], vertical: bool, known: Sizes | None = None) -> None:
    """`flow` for each run of a chain of runs that read as one text flow cut into regions: a PAGE-XML
    or hOCR page with one region (or `ocr_par`) per column or line, which a vertical page's engine
    writes, came out as one-line blocks the labels read by their text, so a column cut mid-word
    (`…以2:1擊` / `敗澳門隊，…`) was a subsection head. Two runs next in reading order chain when the
    first does not end a sentence and the second goes on right after it, in the same column
    (`_runs_on`). A chain is marked only when its text holds a sentence mark (`_PROSE_MARKS`):
    prose, not a title set in two lines of body type. A headline (larger type), a margin line, a run
    set line by line and a run of a labelled region (a heading, a caption...) chain with nothing.
    The runs stay blocks of their own (zones, as the file gives them); the assembly joins their
    paragraphs as it joins any paragraph that does not end a sentence."""
    chain: list[Segment] = []
    for k, seg in enumerate(segments):
        if chain and _runs_on(chain[-1], seg, vertical, known):
            chain.append(seg)
            continue
        _mark_flow(chain, segments[k:k + _MEASURE_AHEAD], vertical, known)
        chain = [seg] if _may_run_on(seg) else []
    _mark_flow(chain, [], vertical, known)


def _may_run_on(seg: Segment) -> bool:
    """Whether a run may be part of a text flow cut into regions: boxed, no headline, margin or
    footer line, not set line by line, and of no region a label names."""
    return (seg.bbox is not None and not seg.set_lines and not seg.hints
            and all(ln.bbox is not None and ln.label is None for ln in seg.lines))


def _runs_on(first: Segment, second: Segment, vertical: bool, known: Sizes | None) -> bool:
    """Whether `second` goes on the text of `first`: both may run on (`_may_run_on`), `first`'s last
    line ends no sentence and reaches as far along its column as `second`'s first line (less a short
    end, `SHORT_END`: a column cut at the measure), the two lines are of one type size (within
    `HEADLINE_RATIO`), `second`'s line starts where `first`'s does (`RUN_ON_ALIGN`) and follows it
    closer than `RUN_ON_GAP` of a line (on a vertical page: the next column to the left)."""
    if not _may_run_on(second):
        return False
    last, nxt = first.lines[-1], second.lines[0]
    if ends_sentence(last.text):
        return False
    ta, tb = _size(last, known), _size(nxt, known)
    small, large = (ta, tb) if ta <= tb else (tb, ta)
    if large > HEADLINE_RATIO * small:
        return False
    a = to_frame(last.bbox, vertical)  # type: ignore[arg-type]
    b = to_frame(nxt.bbox, vertical)  # type: ignore[arg-type]
    gap = b.y0 - a.y1
    return (-0.5 * small < gap < RUN_ON_GAP * small and abs(b.x0 - a.x0) <= RUN_ON_ALIGN * small
            and a.x1 >= b.x1 - SHORT_END * small)


def _mark_flow(chain: list[Segment], following: list[Segment] | None = None, vertical: bool = False,
               known: Sizes | None = None) -> None:
    """Give the runs of `chain` the hint `flow` when there are two or more and their text holds a
    sentence mark (`_PROSE_MARKS`). The runs after the first go on a line above them, so they are
    text. The first run gets it only when it opens the text (`_first_run_opens_text`); otherwise its
    text decides its role, as before. `following`: the segments after the chain, for a vertical
    page's column measure."""
    if len(chain) < 2:
        return
    if not any(ch in _PROSE_MARKS for seg in chain for ln in seg.lines for ch in ln.text):
        return
    first, *rest = chain
    if _first_run_opens_text(first, rest, following or [], vertical, known):
        first.hints = first.hints | _FLOW
    for seg in rest:
        seg.hints = seg.hints | _FLOW


def _first_run_opens_text(first: Segment, rest: list[Segment], following: list[Segment],
                          vertical: bool, known: Sizes | None) -> bool:
    """Whether the first run of a chain is the text's first line or column, not a title above it.

    It is when its last line breaks a word that the next run's first line ends (`_cut_in_a_word`:
    `…以2:1擊` / `敗澳門隊`), or the next run opens with a mark that goes on a sentence
    (`_GOES_ON_MARKS`: `…避寒中心` / `，供有需要人士使用`): a subtitle or subhead in body type right
    above the text (`郊野公園植樹日吸引逾千市民參與種植樹苗` / `昨日上午，…`) ends in whole words.

    On a vertical page a column set as body text also fills the measure of its text: the chain's
    later columns and the text flow right after the chain (`_next_flow`; not a headline, a sidebar
    column or another article's headline and text). A title in body type is shorter (`樓價連跌三個月
    市民應否趁低入` / `市？` over columns five characters longer stays a head, however it is cut;
    `_fills_measure` with `SHORT_END`). Such a column also opens the text when its break falls
    between two words (`…今年全港共有` / `一百二十間學校…`) if it holds a mark a title seldom holds
    (`_INNER_MARKS`: a comma), reaches the measure within `_BETWEEN_SHORT` of a character (justified
    body columns fill it) and stands no further from the next column than the text's columns stand
    from each other (`_set_as_the_rest`). A column of body type with no such mark, cut between
    words, stays read by its text, as before."""
    after = rest[0].lines[0].text.lstrip(LINE_EDGE)
    last = first.lines[-1].text
    text = rest + _next_flow(following, known) if vertical else rest
    if vertical and not _fills_measure(first, text, SHORT_END, known):
        return False
    if after[:1] in _GOES_ON_MARKS or _cut_in_a_word(last, after):
        return True
    return (vertical and any(ch in _INNER_MARKS for ln in first.lines for ch in ln.text)
            and _fills_measure(first, text, _BETWEEN_SHORT, known)
            and _set_as_the_rest(first, rest, following, known))


def _column_frame(seg: Segment) -> BBox:
    """A vertical page's segment in the reading frame: its columns become rows read top down, each
    running along x from its first character (`x0`) to its last (`x1`)."""
    assert seg.bbox is not None
    return to_frame(seg.bbox, True)


def _next_flow(following: list[Segment], known: Sizes | None) -> list[Segment]:
    """The text flow that opens right after a chain on a vertical page: the first segment after it
    and the runs that go on from it (`_runs_on`), when there are two or more. This is the text a
    title chain heads (`樓價連跌三個月市民應否趁低入` / `市？` over the article's columns). A headline
    (the next article), a labelled region or a single column set apart (a sidebar, a caption) opens
    no flow: its measure is not the chain's, and a longer one must not turn the chain's first
    column into a title."""
    if not following or not _may_run_on(following[0]):
        return []
    flow = following[:1]
    for seg in following[1:]:
        if not _runs_on(flow[-1], seg, True, known):
            break
        flow.append(seg)
    return flow if len(flow) >= 2 else []


def _fills_measure(first: Segment, others: list[Segment], short: float, known: Sizes | None) -> bool:
    """Whether `first`, a vertical page's column, reaches as far down as the longest of `others` of
    its type size that start where it starts (`RUN_ON_ALIGN`), less `short` of a character: the
    measure of the text it opens. A column of the text is set to that measure; a title in body type
    above it is usually shorter."""
    size = _size(first.lines[-1], known)
    box = _column_frame(first)
    ends = [frame.x1 for seg in others if _may_run_on(seg)
            and abs((frame := _column_frame(seg)).x0 - box.x0) <= RUN_ON_ALIGN * size
            and _same_type(size, _size(seg.lines[0], known))]
    return not ends or box.x1 >= max(ends) - short * size


def _same_type(a: float, b: float) -> bool:
    """Whether two type sizes are one (within `HEADLINE_RATIO`)."""
    return max(a, b) <= HEADLINE_RATIO * min(a, b)


def _set_as_the_rest(first: Segment, rest: list[Segment], following: list[Segment],
                     known: Sizes | None) -> bool:
    """Whether the gap between a vertical page's first column and the next is no wider than the
    text's own gaps between columns (plus `_GAP_SLACK`, the rounding of an engine's boxes): a title
    or deck stands apart, a text's first column is spaced as its other columns. The text's gaps
    are the chain's later ones; with one later column, the gaps to the columns set right after it
    (`_gaps_after`: `…樓價指數。` / `業界預料，…`); with none of those either, the gap must be as
    narrow as body columns are set (`_LONE_GAP`), not merely the chain's `RUN_ON_GAP`."""
    size = _size(first.lines[-1], known)
    frames = [_column_frame(seg) for seg in [first, *rest]]
    gaps = [b.y0 - a.y1 for a, b in pairwise(frames)]
    body = gaps[1:] or _gaps_after(rest[-1], following, known)
    if not body:
        return gaps[0] <= _LONE_GAP * size
    return gaps[0] <= max(body) + _GAP_SLACK * size


def _gaps_after(last: Segment, following: list[Segment], known: Sizes | None) -> list[float]:
    """The gaps between a chain's last column and the columns right after it, one by one, while
    each is of its type size and no further from the one before than `RUN_ON_GAP` (the text's next
    column after a sentence ends, or its next paragraph); a headline, a labelled region or a column
    set apart ends them."""
    size = _size(last.lines[-1], known)
    gaps: list[float] = []
    prev = _column_frame(last)
    for seg in following:
        if not _may_run_on(seg) or not _same_type(size, _size(seg.lines[0], known)):
            break
        frame = _column_frame(seg)
        gap = frame.y0 - prev.y1
        if not -0.5 * size < gap < RUN_ON_GAP * size:
            break
        gaps.append(gap)
        prev = frame
    return gaps


def _cut_in_a_word(before: str, after: str) -> bool:
    """Whether the break between two lines falls inside a dictionary word (`lexicon.splits_a_word`),
    read on the simplified view of the few characters around it (one conversion, of those alone)."""
    head, tail = before.rstrip()[-4:], after.lstrip()[:4]
    view = simplified_text(head + "\n" + tail)
    head_view, _, tail_view = view.partition("\n")
    return splits_a_word(head_view, tail_view)


def _locate_words(line: Line, text: str, base: int) -> list[tuple[int, int, Word, Line]]:
    """Each of the line's words with its offsets in the page text (words not found are skipped).

    A word is searched for without the whitespace around it (its visible characters are what a box
    and a confidence describe); a line break inside it is in the original as the engine wrote it."""
    out: list[tuple[int, int, Word, Line]] = []
    cursor = 0
    find = text.find
    for w in line.words:
        wt = w.text.strip()
        if not wt:
            continue
        k = find(wt, cursor)
        if k < 0:
            continue
        cursor = k + len(wt)
        out.append((base + k, base + cursor, w, line))
    return out


def page_text(page: Page) -> PageText:
    """The page's text in reading order (see the module docstring), with its segments and zones.

    Zone ids are `z1`, `z2`, ... in reading order; the pipeline prefixes them with the page. Each
    line is its `line_original`; the line breaks inside one are listed in `PageText.breaks`.
    """
    vertical = page.vertical if page.vertical is not None else detect_vertical(page)
    page.vertical = vertical
    # each line's size is needed several times (reading order, body size, paragraph cuts, hints):
    # measure it once
    known: Sizes = {id(ln): line_size(ln.bbox, ln.text)
                    for b in page.blocks for ln in b.lines if ln.bbox is not None}
    ordered = order_blocks(page, sizes=known)
    body = body_size(ordered, known)
    parts: list[str] = []
    segments: list[Segment] = []
    breaks: list[tuple[int, int]] = []
    pos = 0
    for block in ordered:
        set_lines = _set_line_by_line(block)
        runs = split_paragraphs(block, vertical, body, known, set_lines=set_lines)
        for run in runs:
            if parts:
                parts.append("\n\n")
                pos += 2
            seg_start = pos
            words: list[tuple[int, int, Word, Line]] = []
            line_starts: list[int] = []
            for k, line in enumerate(run):
                if k:
                    parts.append("\n")
                    pos += 1
                lt = line.text.strip(LINE_EDGE)  # `line_original`
                if "\n" in lt or "\r" in lt:
                    breaks.extend(_breaks_in(lt, pos))
                line_starts.append(pos)
                if line.words:
                    words.extend(_locate_words(line, lt, pos))
                parts.append(lt)
                pos += len(lt)
            box = union([ln.bbox for ln in run])
            if box is None and len(runs) == 1:
                box = block.bbox
            zone = f"z{len(segments) + 1}" if box is not None else None
            hints = _hints(run, body, known, set_lines=set_lines)
            segments.append(Segment(seg_start, pos, run, box, zone, hints, words, line_starts, set_lines))
    thick = [min(box.x1 - box.x0, box.y1 - box.y0)  # `_thickness`
             for b in ordered for ln in b.lines if (box := ln.bbox) is not None]
    _mark_margins(segments, vertical, median(thick) if thick else 1.0)
    _mark_run_ons(segments, vertical, known)
    zones = [Zone(s.zone, s.bbox, tuple([ln.bbox for ln in s.lines if ln.bbox is not None]))
             for s in segments if s.zone is not None and s.bbox is not None]
    return PageText("".join(parts), segments, vertical, body, zones, breaks)


def _set_line_by_line(block: Block) -> bool:
    """Whether the block's lines are set line by line by their text (`roles.keeps_its_lines`: rows,
    listings, verse, a notice's closing lines, a list's items), as flat text reads the same block.

    Only a block holding Chinese, or no letter at all (figures and marks: a sudoku grid, a draw's
    numbers): the row test takes Latin words for data fields, so a column of English would read as
    rows. Never when the file says a word is broken at a line's end (ALTO's `HYP` with
    `SUBS_CONTENT`): that line runs on into the next. (A word broken at the block's last line runs
    on into another block, which says nothing of how this one's lines are set.)"""
    lines = [ln for ln in block.lines if ln.text.strip()]
    if len(lines) < 2 or any(ln.word_break for ln in lines[:-1]):
        return False
    text = "\n".join([line_original(ln.text) for ln in lines])
    return (_HAN.search(text) is not None or _LETTER.search(text) is None) and keeps_its_lines(text)


def _breaks_in(line: str, base: int) -> list[tuple[int, int]]:
    """Page offsets of the runs of line breaks inside a line's original text starting at `base`."""
    return [(base + m.start(), base + m.end()) for m in _BREAK_RUN.finditer(line)]


def line_join_changes(pt: PageText) -> list[Change]:
    """Join each line of a segment to the next, and the two sides of a line break inside an engine's
    line: no space between Chinese, one between Latin words. The lines of a byline opening a segment
    above its lead (`roles.byline_lines_end`) are not joined to it, nor are the lines of a segment set
    line by line (`Segment.set_lines`: a table's rows, a notice's closing lines), nor the lines of a
    segment opening in headline type where flat text keeps them (`_heading_breaks`: a title's lines,
    a title over its byline), nor a jump line of its own to the lines beside it (`_jump_line_breaks`:
    `下转第3版` under the paragraph, the labels' continuation marker)."""
    text = pt.text
    engine_breaks = bool(pt.breaks)
    changes: list[Change] = []
    for seg in pt.segments:
        if seg.set_lines:
            continue
        # a byline printed on its own line(s) above the lead stays on its line: the labels cut it off there
        kept = byline_lines_end(text, seg.start, seg.end) if len(seg.line_starts) > 1 else None
        heads = _heading_breaks(pt, seg)
        jumps = _jump_line_breaks(text, seg) if len(seg.line_starts) > 1 else _NO_BREAKS
        measure = _measure(text, seg)
        for k, ls in enumerate(seg.line_starts[1:]):
            nl = ls - 1
            if (kept is not None and nl <= kept) or nl - seg.start in heads or nl in jumps:
                continue
            hyphen = seg.lines[k].word_break
            if hyphen and text.endswith(hyphen, seg.start, nl):  # a word the file says was broken here
                changes.append(Change(nl - len(hyphen), nl, "", DEHYPHENATE_RULE, "join"))
            spaced = _spaced_pair(text, nl, ls, measure)
            glue = " " if spaced or _spaced_mark(text, nl, ls, engine_breaks) else ""
            changes.append(Change(nl, ls, glue, "join.line", "join"))
    for start, end in pt.breaks:  # (never at a line's ends: `line_original` strips breaks there)
        joined = " " if latin_pair(text[start - 1], text[end]) or _spaced_mark(text, start, end, True) else ""
        changes.append(Change(start, end, joined, "join.line", "join"))
    return changes


def _measure(text: str, seg: Segment) -> int:
    """The columns of the widest line of a segment's text (a hanzi is two), the measure its lines
    fill when they wrap (`number_cut_at_line_end`)."""
    ends = [ls - 1 for ls in seg.line_starts[1:]] + [seg.end]
    return max((columns(text[ls:end]) for ls, end in zip(seg.line_starts, ends, strict=True)), default=0)


def _spaced_pair(text: str, brk: int, nxt: int, measure: int) -> bool:
    """Whether the line break `text[brk:nxt]` stands between two Latin words, so the join puts a
    space: a Latin letter or digit on each side (`World` / `Health`), but not where the line before
    ends inside one number of a Chinese sentence (`number_cut_at_line_end`: `奥斯卡第7` / `8分钟` in a
    full line), which flat text's wrap join glues too; the space read `第7 8分钟`. Only the characters
    around the break are read first; the number's pieces are looked for only between two digits."""
    if not latin_pair(text[brk - 1], text[nxt]):
        return False
    if not (text[brk - 1].isdigit() and text[nxt].isdigit()):
        return True
    end = text.find("\n", nxt)
    line, nxt_line = text[text.rfind("\n", 0, brk) + 1 : brk], text[nxt : end if end >= 0 else len(text)]
    return not number_cut_at_line_end(line, nxt_line, measure)


#: A line of a table or a list, set on its own: narrower than a wrapped column (`join.MIN_MEASURE`,
#: columns), or holding a field gap (`北京  晴  25`).
_ROW_WIDTH = 16
_FIELD_GAP = regex.compile(r"\t|\S[ \u3000]{2,}\S")
_DIGITS = regex.compile(r"\d+")


def number_cut_at_line_end(line: str, nxt: str, measure: int) -> bool:
    """Whether a coordinate page's `line` ends inside one number that the next line `nxt` goes on
    with, so the two join without a space (`全场第8` / `9分钟扳平` -> `第89分钟`). Stricter than flat
    text's `latin.split_number`, because main read every such break as two numbers with a space and
    the boxes tell more: the line must fill the `measure` of its paragraph (columns, as flat text's
    wrap join asks), the two lines must not both look like a table's rows (`1中国38` / `2美国36`,
    `海港3` / `1泰山`: narrow, or holding a field gap), and the pieces must not both read as whole
    numbers (`_two_whole_numbers`: `总分90` / `85分`, `上午10` / `30开始`, `于2024` / `5万元`)."""
    if _row_like(line) and _row_like(nxt):
        return False
    unit = _DIGITS.match(nxt)
    if columns(line) + (unit.end() if unit else 1) + WRAP_SLACK <= measure:
        return False
    pieces = number_pieces(line, nxt)
    return pieces is not None and not _two_whole_numbers(*pieces, nxt)


def _row_like(line: str) -> bool:
    """Whether `line` looks like a row of a table or list rather than a line of running text."""
    return columns(line) < _ROW_WIDTH or _FIELD_GAP.search(line) is not None


def _two_whole_numbers(left: str, right: str, nxt: str) -> bool:
    """Whether the pieces `left` and `right` of a number cut at a coordinate page's line end may
    as well be two numbers, where main's space is kept: both whole numbers of two or more digits
    (`总分90` / `85分`, `上午10` / `30开始`, `电话0931` / `8123456`), or a year, then a whole number
    (`于2024` / `5万元`), or no day before `日` (`于3` / `2日`: no 32nd, `日元` aside). A year cut
    before its `年` is one (`始建于18` / `97年` -> `1897年`)."""
    if not (left.isdigit() and right.isdigit()):
        return False
    unit = nxt[len(right) : len(right) + 2]
    if len(left + right) == 2 and unit[:1] == "日" and unit != "日元" and int(left + right) > _DAY_MAX:
        return True
    if len(left + right) == 4 and nxt.startswith("年", len(right)) and _YEAR_DIGITS.fullmatch(left + right):
        return False
    return (len(left) >= 2 and len(right) >= 2) or _YEAR_DIGITS.fullmatch(left) is not None


#: The largest day of a month (`_two_whole_numbers`).
_DAY_MAX = 31
#: A year of four digits (`1897`, `2024`): `_two_whole_numbers`.
_YEAR_DIGITS = regex.compile(r"(?:1[89]|20)\d\d")


def _spaced_mark(text: str, brk: int, nxt: int, engine_breaks: bool) -> bool:
    """Whether the line break `text[brk:nxt]` follows a Latin mark ending a word before a Latin word
    (`U.S.` / `Embassy`, `united,` / `not`, `Dr.` / `Mahathir`: `latin.space_after_mark`), asked on
    the line before the break and the line after it. Lines end at `\n`, and at `\r` only on a page
    with an engine's breaks inside its lines (`engine_breaks`, `PageText.breaks`: the only `\r` in
    the text); each search stops at the nearest `\n`, so a page of many lines ending in `,` or `.`
    is not read to its end at each one."""
    if text[brk - 1] not in LATIN_WORD_END or brk < 2 or not latin_pair(text[brk - 2], text[nxt]):
        return False  # the common cases (no mark, hanzi around it), answered without slicing the lines
    start = text.rfind("\n", 0, brk) + 1
    end = text.find("\n", nxt)
    if end < 0:
        end = len(text)
    if engine_breaks:
        start = max(start, text.rfind("\r", start, brk) + 1)
        cr = text.find("\r", nxt, end)
        end = cr if cr >= 0 else end
    return space_after_mark(text[start:brk], text[nxt:end])


_NO_BREAKS: frozenset[int] = frozenset()


def _jump_line_breaks(text: str, seg: Segment) -> frozenset[int]:
    """The line breaks (page offsets) on either side of a line of the segment that is a jump line of
    its own (`continuation.is_jump_line`: `下转第3版` under the paragraph, `上接第1版` over it). Flat
    text keeps them, so the labels cut the marker off its paragraph; joined, `…工作。下转第3版` was the
    paragraph's text."""
    if "版" not in text[seg.start : seg.end]:
        return _NO_BREAKS
    starts = seg.line_starts
    ends = [ls - 1 for ls in starts[1:]] + [seg.end]
    breaks: set[int] = set()
    last = len(starts) - 1
    for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
        if is_jump_line(text[a:b]):
            breaks.update(([a - 1] if k else []) + ([b] if k < last else []))
    return frozenset(breaks)


def _heading_breaks(pt: PageText, seg: Segment) -> frozenset[int]:
    """The line breaks (offsets into the segment) of a segment of two lines or more opening in
    headline type that flat text keeps (`roles.heading_breaks`): a title's lines, the break between
    a title and the byline under it. Empty for other segments, whose lines the boxes join."""
    first = seg.lines[0] if len(seg.line_starts) > 1 else None
    if first is None or first.bbox is None or _size(first) < HEADLINE_RATIO * pt.body:
        return frozenset()
    return heading_breaks(pt.text[seg.start : seg.end])


def box_gap_changes(pt: PageText) -> list[Change]:
    """Remove the spaces the engine put between words whose boxes nearly touch.

    A gap is measured along the line the words stand in (`_runs_down`): down a vertical column,
    across a horizontal line, whatever the page's orientation. A running head set horizontally
    over a vertical page's columns (`B3 副刊 1985年6月1日`) keeps its printed gaps, and a headline
    column standing on a horizontal page keeps its own; measured across such a line, its words
    side by side overlapped and every gap went as `space.box-gap`.

    Runs over every pair of neighbouring words, so the checks that usually skip a pair come first,
    each line's thickness and direction are computed once (the words of a line are consecutive),
    the characters at the gap are classified through a per-process cache (`_char_class`), and the
    gap and word sizes are read straight off the boxes: down a column a box's left and right are
    its top and bottom and its height is its width, so no framed box is built. A change is built as
    its tuple (what `Change(...)` does, without the call)."""
    text = pt.text
    vertical = pt.vertical
    #: a gap holding a line break inside a line is `line_join_changes`'s to edit (no overlapping edits)
    breaks = bool(pt.breaks)
    classes = _CLASSES
    changes: list[Change] = []
    append = changes.append
    new = tuple.__new__
    for seg in pt.segments:
        words = seg.words
        if len(words) < 2:
            continue
        size_line: Line | None = None
        line_thick = 0.0
        down = vertical
        _s1, e1, w1, l1 = words[0]
        for k in range(1, len(words)):
            s2, e2, w2, l2 = words[k]
            if l1 is l2 and e1 < s2:
                box1, box2 = w1.bbox, w2.bbox
                gap_text = text[e1:s2]
                if (box1 is not None and box2 is not None and gap_text.isspace()
                        and not (breaks and ("\n" in gap_text or "\r" in gap_text))):
                    line_box = l1.bbox
                    if line_box is not None:
                        if l1 is not size_line:
                            size_line = l1
                            line_thick = min(line_box.x1 - line_box.x0, line_box.y1 - line_box.y0)
                            down = _runs_down(line_box.x1 - line_box.x0, line_box.y1 - line_box.y0,
                                              vertical)
                        size = line_thick
                    else:
                        down = _runs_down(max(box1.x1, box2.x1) - min(box1.x0, box2.x0),
                                          max(box1.y1, box2.y1) - min(box1.y0, box2.y0), vertical)
                        if down:
                            size = max(box1.x1 - box1.x0, box2.x1 - box2.x0)
                        else:
                            size = max(box1.y1 - box1.y0, box2.y1 - box2.y0)
                    gap = box2.y0 - box1.y1 if down else box2.x0 - box1.x1
                    left, right = text[e1 - 1], text[s2]
                    lc = classes.get(left)
                    if lc is None:
                        lc = _char_class(left)
                    rc = classes.get(right)
                    if rc is None:
                        rc = _char_class(right)
                    if lc & rc & _IS_LATIN:
                        if gap < LATIN_TIGHT * size:
                            append(new(Change, (e1, s2, "", "space.box-gap", "space", "medium")))
                    elif (lc | rc) & _IS_HANLIKE and gap < TIGHT_GAP * size:
                        append(new(Change, (e1, s2, "", "space.box-gap", "space", "high")))
                    elif (gap < LATIN_TIGHT * size and (left in _NUMBER_MARKS or right in _NUMBER_MARKS)
                          and _number_mark_gap(text, words, k, vertical)):
                        append(new(Change, (e1, s2, "", "space.box-gap", "space", "medium")))
            e1, w1, l1 = e2, w2, l2
    return changes


#: Marks that stand inside a number (`156.8`, `0931-8612345`) or close one (`5%`): an engine that
#: boxes every character (Tesseract chi_sim) spaces them off the digits though their boxes touch.
_NUMBER_MARKS = frozenset(".-%％")
#: Of `_NUMBER_MARKS`, those that stand between two digits (a decimal point, a phone number's dash).
_INNER_NUMBER_MARKS = frozenset(".-")
#: Of `_NUMBER_MARKS`, those that close a number (a percent sign).
_CLOSING_NUMBER_MARKS = frozenset("%％")


def _number_mark_gap(text: str, words: list[tuple[int, int, Word, Line]], k: int,
                     vertical: bool) -> bool:
    """Whether the tight gap between `words[k - 1]` and `words[k]` parts a digit from a mark of its
    number: `5` / `%`, or `156` / `.` / `8` and `0931` / `-` / `8612345`, where the mark has a digit
    on its other side too, in its own word or across another tight gap. A mark with a letter or
    nothing after it (`A . B`, a sentence ending `5 .` then a new word) keeps its spaces."""
    s1, e1 = words[k - 1][0], words[k - 1][1]
    s2, e2 = words[k][0], words[k][1]
    left, right = text[e1 - 1], text[s2]
    if left.isdecimal() and right in _CLOSING_NUMBER_MARKS:
        return True
    if left.isdecimal() and right in _INNER_NUMBER_MARKS:
        if e2 > s2 + 1:
            return text[s2 + 1].isdecimal()
        return k + 1 < len(words) and _tight_digit_side(text, words[k], words[k + 1], vertical, True)
    if right.isdecimal() and left in _INNER_NUMBER_MARKS:
        if e1 > s1 + 1:
            return text[e1 - 2].isdecimal()
        return k >= 2 and _tight_digit_side(text, words[k - 2], words[k - 1], vertical, False)
    return False


def _tight_digit_side(text: str, first: tuple[int, int, Word, Line],
                      second: tuple[int, int, Word, Line], vertical: bool, after: bool) -> bool:
    """Whether `first` and `second` (a lone mark and its neighbour) stand in one line, only spaces
    between them and their boxes under `LATIN_TIGHT` of the line size apart, with a digit at the
    neighbour's edge facing the mark (its first character when it comes `after` the mark)."""
    _s1, e1, w1, l1 = first
    s2, _e2, w2, l2 = second
    if l1 is not l2 or e1 >= s2 or not text[e1:s2].isspace() or "\n" in text[e1:s2]:
        return False
    if not (text[s2] if after else text[e1 - 1]).isdecimal():
        return False
    box1, box2, line_box = w1.bbox, w2.bbox, l1.bbox
    if box1 is None or box2 is None:
        return False
    if line_box is not None:
        width, height = line_box.x1 - line_box.x0, line_box.y1 - line_box.y0
        size = min(width, height)
    else:
        width = max(box1.x1, box2.x1) - min(box1.x0, box2.x0)
        height = max(box1.y1, box2.y1) - min(box1.y0, box2.y0)
        size = 0.0
    down = _runs_down(width, height, vertical)
    if line_box is None:
        size = max(box1.x1 - box1.x0, box2.x1 - box2.x0) if down else max(box1.y1 - box1.y0,
                                                                          box2.y1 - box2.y0)
    gap = box2.y0 - box1.y1 if down else box2.x0 - box1.x1
    return gap < LATIN_TIGHT * size


def _runs_down(width: float, height: float, vertical: bool) -> bool:
    """Whether the words of a line whose box is `width` by `height` follow each other down (a
    vertical column) on a page that is `vertical` or not: a box more than `VERTICAL_RATIO` times as
    tall as it is wide runs down, one that much wider than tall runs across, and a box between the
    two (which two words in a row never make: two characters side by side are twice as wide as
    tall) goes with the page."""
    if height > VERTICAL_RATIO * width:
        return True
    if width > VERTICAL_RATIO * height:
        return False
    return vertical


def low_confidence(pt: PageText, min_conf: float) -> list[LowConfidence]:
    """Words (lines, for formats without words) read with a confidence below `min_conf`.

    The set of lines with a located word is only built for a segment that has a line without words
    and with a low confidence (the only lines it decides about)."""
    out: list[LowConfidence] = []
    text = pt.text
    for seg in pt.segments:
        zone = seg.zone
        for s, e, w, _ln in seg.words:
            conf = w.conf
            if conf is not None and conf < min_conf:
                out.append(LowConfidence(s, e, text[s:e], conf, zone))
        located: set[int] | None = None
        for line, ls in zip(seg.lines, seg.line_starts, strict=True):
            if line.words or line.conf is None or line.conf >= min_conf:
                continue
            if located is None:
                located = {id(ln) for _s, _e, _w, ln in seg.words}
            if id(line) in located:
                continue
            le = ls + len(line.text.strip(LINE_EDGE))
            out.append(LowConfidence(ls, le, text[ls:le], line.conf, zone))
    return sorted(out, key=_START)


#: A low-confidence word's start, as a C-level sort key.
_START = attrgetter("start")


def has_confidences(page: Page) -> bool:
    """Whether the engine gave any confidence on this page."""
    return any(ln.conf is not None or any(w.conf is not None for w in ln.words)
               for b in page.blocks for ln in b.lines)
