"""TEI P5 export, following the profile in docs/tei.md.

Typographic edits (space, join, punct, unicode, markup) are declared once in the header and applied
silently; `typo` and `variant` edits stand inline as `<choice><sic>…</sic><corr>…</corr></choice>` with
`@cert`, `@resp="#layoutfix"` and the rule id in `@type`. Furniture becomes `<fw>`, continuation
markers `<note type="continuation">`, and every character of every block is somewhere in `<text>`:
nothing is dropped. The output is deterministic: same input and options, same bytes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Sequence
from functools import cached_property
from itertools import pairwise
from operator import attrgetter
from pathlib import Path
from urllib.parse import quote

import regex
from lxml import etree

from ..contentkey import rules_digest
from ..layout.assemble import around_signature, trailing_separators
from ..layout.continuation import block_markers, is_relative
from ..layout.figure_credits import CARTOON, DRAWING, PAGE_CREDIT
from ..layout.jumps import absolute_ref, is_lettered, page_number
from ..layout.roles import (
    SEPARATOR,
    closing_date_start,
    furniture_type,
    is_bracketed_dateline,
    is_folio,
    is_page_number,
    note_place,
    simplified_view,
)
from ..model import Article, BBox, Block, Document, Edit, Page, Part, zone_ids
from ..normalize import NormalizeOptions
from .text import (
    TABLE_SIDE_ROLES,
    TableCell,
    continues_run,
    graphic_parts,
    photo_groups,
    table_block,
    table_layout,
)

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
#: Edit kinds shown inline as <choice>; every other kind is applied silently.
INLINE_KINDS = frozenset({"typo", "variant"})
#: Furniture is not among them: it is labelled (`fw`, declared under `segmentation`), never edited.
SILENT_KINDS = ("unicode", "markup", "punct", "space", "join")
_KIND_DESCRIPTION = {
    "unicode": "compatibility and control characters normalised (full-width digits and letters, stray "
    "control and zero-width characters)",
    "markup": "markdown markers left by the OCR export removed (the emphasis they carried informs the "
    "segmentation)",
    "punct": "Chinese punctuation made full-width and quotation marks paired",
    "space": "spaces inserted by the OCR between Chinese characters removed",
    "join": "paragraphs split across OCR blocks joined",
}
#: Characters XML 1.0 cannot carry. The page text never holds them (the unicode normaliser removes
#: them as edits), but header strings come from outside: file names, and --paper/--date through the library.
_XML_ILLEGAL = regex.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]")
_ISO_DATE = regex.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


def _escape_illegal(m: regex.Match[str]) -> str:
    code = ord(m.group())
    if 0xDC80 <= code <= 0xDCFF:  # a file-name byte that did not decode (Python's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def header_text(value: str) -> str:
    """`value` fit for the TEI header: each character XML 1.0 cannot carry is written as a visible
    escape (U+0001 as `\\x01`; an undecodable file-name byte as `\\x80`), so a file name with
    control characters still names its file and the document is still well-formed."""
    if value.isprintable():  # every character XML 1.0 cannot carry is a control, surrogate or noncharacter
        return value
    return _XML_ILLEGAL.sub(_escape_illegal, value)


def _sic_text(before: str) -> str | None:
    """What `<sic>` shows of an inline edit's original text: without its line breaks, and without the
    characters XML 1.0 cannot carry (a control character the unicode step removed can be part of a
    typo or variant edit it merged with: 豈\x01亂 -> 岂乱). The edit log keeps the exact original."""
    text = _LINE_BREAK.sub("", before)
    if not text.isprintable():  # every character XML 1.0 cannot carry is a control, surrogate or noncharacter
        text = _XML_ILLEGAL.sub("", text)
    return text or None


_SIGNATURE_NAME = regex.compile(r"^([(（]\s*)(.*?)(\s*[)）])$", regex.DOTALL)
_LINE_BREAK = regex.compile(r"\s*\n\s*")  # compiled once: regex.sub(str) pays the module cache per call


def _t(tag: str) -> str:
    return f"{{{TEI_NS}}}{tag}"


class _Tags(dict[str, str]):
    """Qualified TEI tag names by local name, each formatted once per process (`_sub` runs ~100
    times per page)."""

    def __missing__(self, tag: str) -> str:
        self[tag] = qualified = _t(tag)
        return qualified


_TAGS = _Tags()
_SubElement = etree.SubElement


def _sub(parent: etree._Element, tag: str, attrib: dict[str, str] | None = None) -> etree._Element:
    """A new TEI element `tag` at the end of `parent`, with `attrib` in its order (one lxml call:
    setting the attributes one by one cost a call each)."""
    return _SubElement(parent, _TAGS[tag], attrib)


def _add_text(el: etree._Element, text: str) -> None:
    """Append `text` at the end of `el`'s content (after its last child, if any)."""
    if not text:
        return
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


def output_spans(edits: Sequence[Edit]) -> list[tuple[int, int, Edit]]:
    """Each edit with the span its `after` text occupies in the output (edits in original offsets)."""
    return _output_spans(edits)[0]


_EDIT_ORDER = attrgetter("start", "end")
_KIND = attrgetter("kind")
_BEFORE_ALL = float("-inf")


def _output_spans(
    edits: Sequence[Edit], kinds: Collection[str] | None = None
) -> tuple[list[tuple[int, int, Edit]], bool]:
    """`output_spans` (only of the edits of `kinds`, when given: the writer's inline edits without a
    tuple for each of the page's mostly silent edits), and whether the edits follow each other
    without overlapping (as in every edit log the pipeline makes). Then output starts and ends both
    only grow, and the span a position falls in can be found by bisection instead of a scan.

    Edits already in that order (the usual case) are taken in one pass without sorting: each one
    starting at or after the previous one's end, they are sorted by (start, end) already."""
    out: list[tuple[int, int, Edit]] = []
    append = out.append
    delta = 0
    if not isinstance(edits, list | tuple):  # taken twice when out of order
        edits = list(edits)
    prev_end: float = _BEFORE_ALL
    for ed in edits:
        start, end = ed.start, ed.end
        if start < prev_end or end < start:
            break
        prev_end = end
        size = len(ed.after)
        if kinds is None or ed.kind in kinds:
            out_start = start + delta
            append((out_start, out_start + size, ed))
        delta += size - end + start
    else:
        return out, True
    out = []
    delta = 0
    for ed in sorted(edits, key=_EDIT_ORDER):
        start = ed.start + delta
        out.append((start, start + len(ed.after), ed))
        delta += len(ed.after) - (ed.end - ed.start)
    if kinds is None:
        return out, _ordered(out)
    return [x for x in out if x[2].kind in kinds], _ordered(out)


def _ordered(spans: Sequence[tuple[int, int, Edit]]) -> bool:
    """Do the (sorted) edits under `spans` follow each other without overlapping?"""
    prev_end: float = _BEFORE_ALL
    for _s, _e, ed in spans:
        if ed.start < prev_end or ed.end < ed.start:
            return False
        prev_end = ed.end
    return True


def _num(value: float) -> str:
    """A coordinate as TEI writes it: an integer when it is one."""
    text = _NUMS.get(value)
    if text is None:
        text = str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")
        if len(_NUMS) < _NUMS_MAX:
            _NUMS[value] = text
    return text


#: `_num` of each coordinate value met so far (equal numbers write the same: 3 and 3.0 are both
#: "3"), since a page writes four per zone and pages share most of their values; never empty.
_NUMS: dict[float, str] = {}
_NUMS_MAX = 1 << 16


def _box_attrib(box: BBox) -> dict[str, str]:
    return {"ulx": _num(box.x0), "uly": _num(box.y0), "lrx": _num(box.x1), "lry": _num(box.y1)}


def _zone_attrib(ident: str, kind: str, box: BBox) -> dict[str, str]:
    """The attributes of a facsimile `<zone>`, in their order (one dict: zones are most of the
    elements of a coordinate page's TEI)."""
    nums = _NUMS.get  # a value seen before (nearly all) without the call to `_num`
    x0, y0, x1, y1 = box.x0, box.y0, box.x1, box.y1
    return {
        _XML_ID: ident, "type": kind, "ulx": nums(x0) or _num(x0), "uly": nums(y0) or _num(y0),
        "lrx": nums(x1) or _num(x1), "lry": nums(y1) or _num(y1),
    }


def _refs(zone: str) -> str:
    """The `@facs` value pointing at the zones a block's `zone` names (`z6` -> `#z6`; a block joined
    from two OCR blocks, `z6 z7` -> `#z6 #z7`)."""
    if " " not in zone:
        return f"#{zone}"  # (nearly every block: one zone)
    return " ".join(f"#{z}" for z in zone.split())


def _facs(el: etree._Element, blocks: Sequence[Block]) -> etree._Element:
    """Point `el` at the facsimile zones its blocks were read from (`@facs`), when they have any."""
    zones = list(dict.fromkeys(z for b in blocks for z in zone_ids(b.zone)))
    if zones:
        el.set("facs", " ".join(f"#{z}" for z in zones))
    return el


def _surface_id(doc: Document) -> str | None:
    page = doc.pages[0] if doc.pages else None
    if page is None or not page.zones:
        return None
    return f"p{doc.page}-surface" if doc.page is not None else "surface"


def page_name(page: Page) -> str:
    """How the TEI names a page of an issue (`pb/@n`, `surface/@n`, the header): its section label
    (`A4`) in a paper printed in sections, else its number. Ids stay number-based (`p3`)."""
    return page.label if page.label is not None else str(page.number)


def single_page_name(doc: Document) -> str | None:
    """How the TEI names a single page (not an issue: `pb/@n`, the title's `第N版`, `biblScope`): its
    section label (`A4`: `--page A4`, or the one its head prints) when it has one, else its number;
    None when neither is known."""
    label = single_page_label(doc)
    if label is not None:
        return label
    return str(doc.page) if doc.page is not None else None


def single_page_label(doc: Document) -> str | None:
    """The section label (`A4`) of a document of one page, None for an issue or a page without one."""
    return doc.pages[0].label if len(doc.pages) == 1 else None


def _issue_facsimile(root: etree._Element, doc: Document, line_zones: bool) -> None:
    """An issue's `<facsimile>`: a `<surface>` per page read from coordinates (zone ids carry the page)."""
    surfaces = [(page, {_XML_ID: f"p{page.number}-surface", "n": page_name(page)})
                for page in doc.pages if page.zones]
    if surfaces:
        _add_facsimile(root, surfaces, line_zones)


def _facsimile(root: etree._Element, doc: Document, line_zones: bool) -> None:
    """`<facsimile>`: one `<surface>` for the page (its size when known, the image when named) and a
    `<zone>` per OCR block (and per line with `line_zones`), which the text points at with `@facs`."""
    surface_id = _surface_id(doc)
    if surface_id is None:
        return
    _add_facsimile(root, [(doc.pages[0], {_XML_ID: surface_id})], line_zones)


_XML_ID = f"{{{XML_NS}}}id"
def _add_facsimile(
    root: etree._Element, surfaces: Sequence[tuple[Page, dict[str, str]]], line_zones: bool
) -> None:
    """Append `<facsimile>` with one `<surface>` per (page, surface attributes) to `root`."""
    facsimile = _sub(root, "facsimile")
    for page, attrib in surfaces:
        _surface(facsimile, page, attrib, line_zones)


def _surface(facsimile: etree._Element, page: Page, attrib: dict[str, str], line_zones: bool) -> None:
    """One page's `<surface>` (its size when known, the image when named) with a `<zone>` per OCR
    block, and per line with `line_zones`, element by element (see `_add_facsimile`)."""
    if page.width is not None and page.height is not None:
        attrib = {**attrib, **_box_attrib(BBox(0, 0, page.width, page.height))}
    surface = _sub(facsimile, "surface", attrib)
    if page.image:
        _sub(surface, "graphic", {"url": page.image})
    zone_tag = _TAGS["zone"]
    for zone in page.zones:
        _SubElement(surface, zone_tag, _zone_attrib(zone.id, "block", zone.bbox))
        if line_zones:
            for k, line in enumerate(zone.lines, start=1):
                _SubElement(surface, zone_tag, _zone_attrib(f"{zone.id}-l{k}", "line", line))


def to_output(spans: Sequence[tuple[int, int, Edit]], pos: int, end: bool) -> int:
    """Where ORIGINAL offset `pos` lands in the output; a position inside an edit goes to the edit's
    output start (`end` False) or end (`end` True)."""
    delta = 0
    for out_start, out_end, ed in spans:
        if ed.start >= pos:
            break
        if ed.end <= pos:
            delta = out_end - ed.end
        else:
            return out_end if end else out_start
    return pos + delta


def unclear_spans(
    doc: Document,
    spans: Sequence[tuple[int, int, Edit]],
    inline: Sequence[tuple[int, int, Edit]],
    ordered: bool | None = None,
) -> list[tuple[int, int]]:
    """Output spans of the low-confidence words, merged, widened over any inline edit they cut
    (`ordered`: whether the edits under `spans` do not overlap, when the caller knows)."""
    if not doc.low_confidence:
        return []
    if not (_ordered(spans) if ordered is None else ordered):
        return _unclear_spans_scan(doc, spans, inline)
    # Edits follow each other without overlapping: a word's edges are mapped by bisection over the
    # edit starts, and the inline edits a word cuts are a contiguous run (their output starts and
    # ends both only grow), found by bisection too instead of a scan per word.
    starts = [ed.start for _s, _e, ed in spans]
    inline_starts = [cs for cs, _ce, _ed in inline]
    inline_ends = [ce for _cs, ce, _ed in inline]
    text = doc.text
    out: list[tuple[int, int]] = []

    def to_output(pos: int, end: bool) -> int:
        """`to_output` by bisection: the last edit starting before `pos` decides."""
        k = bisect_left(starts, pos)
        if not k:
            return pos
        out_start, out_end, ed = spans[k - 1]
        if ed.end <= pos:
            return pos + out_end - ed.end
        return out_end if end else out_start

    for w in doc.low_confidence:
        s, e = to_output(w.start, False), to_output(w.end, True)
        if inline:
            lo, hi = bisect_right(inline_ends, s), bisect_left(inline_starts, e)
            if lo < hi:  # inline edits overlapping the word: cs < e and s < ce
                s, e = min(s, inline_starts[lo]), max(e, inline_ends[hi - 1])
        _add_unclear(out, text, s, e)
    return out


def _add_unclear(out: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    """Add the output span s..e of a low-confidence word to `out`, merged with the previous span
    it overlaps; a span of nothing but whitespace is left out."""
    if e <= s or not text[s:e].strip():
        return
    if out and s < out[-1][1]:
        out[-1] = (out[-1][0], max(out[-1][1], e))
    else:
        out.append((s, e))


def _unclear_spans_scan(
    doc: Document, spans: Sequence[tuple[int, int, Edit]], inline: Sequence[tuple[int, int, Edit]]
) -> list[tuple[int, int]]:
    """`unclear_spans` for edits that overlap (never made by the pipeline): a scan per word."""
    out: list[tuple[int, int]] = []
    for w in doc.low_confidence:
        s, e = to_output(spans, w.start, False), to_output(spans, w.end, True)
        for cs, ce, _ed in inline:
            if cs < e and s < ce:
                s, e = min(s, cs), max(e, ce)
        _add_unclear(out, doc.text, s, e)
    return out


def _sorted_starts(spans: Sequence[tuple[int, int]]) -> list[int] | None:
    """The starts of `spans` when they are in order (low-confidence words come in text order), for
    bisection; None when not, and every span is then tested."""
    starts = [s for s, _e in spans]
    return starts if all(a <= b for a, b in pairwise(starts)) else None


#: The attributes of every `<unclear>` (lxml copies them: the dict is never changed).
_UNCLEAR = {"reason": "low-confidence", "cert": "low"}
#: Blocks inside a paragraph that `@facs` of the `<p>` does not point at (they get their own element).
#: What an image path may hold that a URI may not (RFC 3986/3987; TEI's `@url` is `xsd:anyURI`, which the
#: schema check refuses for `[`, `]`, spaces and a stray `%`): a `%` not starting an escape, white space,
#: `"<>\\^`{|}[]`, and every `#` after the first.
_NOT_IN_URI = regex.compile(r'%(?![0-9A-Fa-f]{2})|[\s"<>\\^`{|}\[\]]|(?<=#.*)#')


def as_uri(path: str) -> str:
    """An image path as written by the export, as a URI: the characters a URI may not hold
    percent-encoded (`images/a[1].jpg` -> `images/a%5B1%5D.jpg`), everything else, CJK included, as is."""
    return _NOT_IN_URI.sub(lambda m: quote(m.group(), safe=""), path)


_NOT_IN_PARAGRAPH_FACS = frozenset(
    {"furniture", "note", "caption", "credit", "graphic", "table", *TABLE_SIDE_ROLES}
)


def _cell_attrib(cell: TableCell, in_label_row: bool) -> dict[str, str] | None:
    """A TEI cell's `@role`, `@rows` and `@cols`, each only when it says something."""
    attrib: dict[str, str] = {}
    if cell.label and not in_label_row:
        attrib["role"] = "label"
    if cell.rows > 1:
        attrib["rows"] = str(cell.rows)
    if cell.cols > 1:
        attrib["cols"] = str(cell.cols)
    return attrib or None


class _Writer:
    """Renders a document's text spans into TEI elements, with inline corrections."""

    def __init__(self, document: Document, kinds: Counter[str] | None = None) -> None:
        """`kinds`: the number of edits of each kind, when the caller has counted them."""
        self.doc = document
        self.text = document.text
        if kinds is not None and not document.low_confidence and not kinds["typo"] and not kinds["variant"]:
            # No inline edit (most pages): no span to find (`ordered` only matters for spans).
            self.inline, ordered = [], True
            self.unclear = []
        elif document.low_confidence:
            spans, ordered = _output_spans(document.edits)
            self.inline = [x for x in spans if x[2].kind in INLINE_KINDS]
            self.unclear = unclear_spans(document, spans, self.inline, ordered)
        else:
            self.inline, ordered = _output_spans(document.edits, INLINE_KINDS)
            self.unclear = []
        # `fill` and `fill_choices` start at the first span that can lie inside their range (found
        # by bisection) and stop after it, instead of testing every span of the page for each
        # block, when the spans come in order (always, for an edit log the pipeline made).
        self.inline_starts: list[int] | None = (
            [s for s, _e, _ed in self.inline] if ordered else None
        )
        self.unclear_starts = _sorted_starts(self.unclear) if self.unclear else []
        #: Nothing to mark up on this page (no inline edit, no low-confidence word): every element
        #: gets its text as it is.
        self.plain = not self.unclear and not self.inline
        #: An issue, of one page or several (`Document.is_issue`): pages are announced by <pb/>, also
        #: where an article jumps, and page pointers name only its pages.
        self.issue = document.is_issue
        #: The page numbers of an issue (`page_target` looks only there; empty for one page).
        self.pages = (
            {pg.number for pg in document.pages if pg.number is not None} if self.issue else set()
        )
        #: An issue labelled by section: each page's label by its number, and its number by label.
        self.labels = {pg.number: pg.label for pg in document.pages
                       if pg.number is not None and pg.label is not None} if self.issue else {}
        self.by_label = {label: n for n, label in self.labels.items()}
        self.cur_page: int | None = None

    def page_target(self, ref: str | None, page: int | None = None) -> str | None:
        """`#pN` for a page reference; in an issue, only when page N is in it (in an issue labelled by
        section: when the page labelled `ref` is; a reference without a letter names none, as in
        `layout.jumps`). A relative one (`（转下页）`) names the page after or before `page`, the page
        it stands on, in an issue only: a single page has no next page to point at."""
        if is_relative(ref):
            if not self.issue or page is None:
                return None
            ref = absolute_ref(ref, page, self.labels.get(page))
        if ref is None:
            return None
        if not self.issue:
            return f"#p{ref}"
        if self.labels:
            labelled = self.by_label.get(ref)
            return f"#p{labelled}" if labelled is not None else None
        n = None if is_lettered(ref) else page_number(ref)  # (A4 is not page 4 of a sectioned paper)
        return f"#p{n}" if n in self.pages else None

    def page_n(self, number: int) -> str:
        """`pb/@n` of page `number`: its section label in an issue labelled by section, else the number."""
        return self.labels.get(number, str(number))

    def turn(self, parent: etree._Element, block: Block, kind: str = "jump") -> None:
        """In an issue, a `<pb/>` before `block` when it is on another page than what came before:
        `jump` to where an article goes on, `resume` back to a page an article left."""
        if self.issue and block.page is not None and block.page != self.cur_page:
            self.cur_page = block.page
            _sub(parent, "pb", {"n": self.page_n(block.page), "type": kind, "corresp": f"#p{block.page}"})

    def fill(self, el: etree._Element, start: int, end: int) -> None:
        """Write `text[start:end]` into `el`: low-confidence words in <unclear>, inline edits in <choice>."""
        unclear = self.unclear
        if not unclear:
            if self.inline:
                self.fill_choices(el, start, end)
            else:  # nothing to mark up on this page: the text as it is
                _add_text(el, self.text[start:end])
            return
        first = 0
        starts = self.unclear_starts
        if starts is not None:  # in order: skip the spans before `start`
            first = bisect_left(starts, start)
            if first and unclear[first - 1][1] > start:  # a word running into the range from before
                first -= 1
            if first == len(unclear) or unclear[first][0] > end:  # no word here (most blocks)
                self.fill_choices(el, start, end)
                return
        if self.inline:
            self._fill_words(el, first, start, end)
        else:
            self._fill_words_plain(el, first, start, end)

    def clipped(self, s: int, e: int, start: int, end: int) -> tuple[int, int]:
        """The part of the low-confidence span s..e inside the element's range start..end: a word
        the page split into two elements (a JSON line holding a paragraph's end and its signature,
        a byline and its lead paragraph) is unclear in each, not in neither. An empty span (e <= s)
        when nothing but whitespace of it is inside."""
        if start <= s and e <= end:
            return s, e
        s, e = max(s, start), min(e, end)
        return (s, e) if e > s and self.text[s:e].strip() else (s, s)

    def _fill_words(self, el: etree._Element, first: int, start: int, end: int) -> None:
        """`fill` for a range holding low-confidence words (`unclear[first]` the first that can lie in
        it): the text between the words and each word in its `<unclear>`, through `fill_choices`."""
        unclear = self.unclear
        sorted_ = self.unclear_starts is not None
        pos = start
        for i in range(first, len(unclear)):
            s, e = unclear[i]
            if s > end and sorted_:
                break  # this and every later span start past `end`
            s, e = self.clipped(s, e, start, end)
            if s < pos or e <= s:
                continue
            self.fill_choices(el, pos, s)
            self.fill_choices(_SubElement(el, _TAGS["unclear"], _UNCLEAR), s, e)
            pos = e
        self.fill_choices(el, pos, end)

    def _fill_words_plain(self, el: etree._Element, first: int, start: int, end: int) -> None:
        """`_fill_words` on a page without inline edits (every ALTO page with confidences): the text
        between the words goes straight into the tail of the `<unclear>` before it, which is new,
        instead of being appended after a look-up of `el`'s last child."""
        unclear = self.unclear
        text = self.text
        sorted_ = self.unclear_starts is not None
        tag = _TAGS["unclear"]
        pos = start
        last: etree._Element | None = None  # the <unclear> whose tail takes the next text
        for i in range(first, len(unclear)):
            s, e = unclear[i]
            if s > end and sorted_:
                break  # this and every later span start past `end`
            s, e = self.clipped(s, e, start, end)
            if s < pos or e <= s:
                continue
            if last is None:
                _add_text(el, text[pos:s])
            else:
                last.tail = text[pos:s] or None
            last = _SubElement(el, tag, _UNCLEAR)
            last.text = text[s:e] or None
            pos = e
        if last is None:
            _add_text(el, text[pos:end])
        else:
            last.tail = text[pos:end] or None

    def fill_choices(self, el: etree._Element, start: int, end: int) -> None:
        """Write `text[start:end]` into `el`, wrapping each inline edit inside it in <choice>."""
        inline = self.inline
        pos = start
        if inline:
            starts = self.inline_starts
            first = 0 if starts is None else bisect_left(starts, start)
            for i in range(first, len(inline)):
                s, e, ed = inline[i]
                if s > end and starts is not None:
                    break  # this and every later edit start past `end`
                if s < start or e > end or (s == e and not start <= s <= end):
                    continue
                if s < pos:
                    continue
                _add_text(el, self.text[pos:s])
                choice = _sub(el, "choice")
                _sub(choice, "sic").text = _sic_text(ed.before)
                _sub(choice, "corr", {"resp": "#layoutfix", "cert": ed.cert, "type": ed.rule}).text = (
                    self.text[s:e] or None
                )
                pos = e
        _add_text(el, self.text[pos:end])

    def block(
        self, parent: etree._Element, tag: str, block: Block, attrib: dict[str, str] | None = None
    ) -> None:
        """`<tag>` holding one block's text, pointing at the block's facsimile zone (`@facs`, the
        last attribute)."""
        zone = block.zone
        if zone is not None:
            facs = _refs(zone)
            attrib = {**attrib, "facs": facs} if attrib else {"facs": facs}
        el = _SubElement(parent, _TAGS[tag], attrib)
        if self.plain:  # a new element: what `fill` would write into it, without its calls
            el.text = self.text[block.start : block.end] or None
        else:
            self.fill(el, block.start, block.end)

    def fw(self, parent: etree._Element, block: Block) -> None:
        """`<fw>`: furniture typed by its text, a labelled page number `pageNum`, and a heading
        that came with a jump (`jump-head`). A page number alone is `pageNum` too (`- 4 -` at a
        coordinate page's foot or head, `第4页`: `is_folio`); on a coordinate page's footer line (hint
        `foot`) a line with no more specific type is a `footer`, not a `header`."""
        foot = "foot" in block.hints
        if block.role != "furniture":
            kind = "jump-head"
        elif is_page_number(block) or is_folio(block.text):
            kind = "pageNum"
        else:
            kind = _furniture_type(block.text)
            if foot and kind == "header":
                kind = "footer"
        self.block(parent, "fw", block, {"type": kind})

    def set_apart(self, parent: etree._Element, block: Block) -> None:
        """A block kept apart from the running text where it stands: a note region as `<note>`
        (with `@place` when its label says where the page prints it), furniture as `<fw>`, an
        ornament line before the first article as a `<milestone>`."""
        if block.role == SEPARATOR:
            self.milestone(parent, block)
        elif block.role == "note" and PAGE_CREDIT in block.hints:
            self.block(parent, "note", block, {"type": "credit"})  # `本版图片除署名外均由新华社提供`
        elif block.role == "note":
            place = note_place(block)
            self.block(parent, "note", block, {"place": place} if place else None)
        else:
            self.fw(parent, block)

    def milestone(self, parent: etree._Element, block: Block) -> None:
        """An ornament line (`＊＊＊`, role `separator`) as `<milestone unit="section"/>`, its marks
        as printed (after normalisation) in `@rend`: an empty element, so the marks are kept there.
        From a coordinate page it points at the zone the line was read from (`@facs`), as every other
        element holding a block does, so a reviewer can find the ornament on the image."""
        marks = self.text[block.start : block.end].strip()
        _facs(_sub(parent, "milestone", {"unit": "section", "rend": marks}), [block])

    def figure(self, parent: etree._Element, blocks: Sequence[Block]) -> None:
        """A photo's caption and credit; with an image the markdown placed (role `graphic`), its
        `<graphic url>` and alt text (`<figDesc>`), without `@type` (an image may be a chart or map);
        a chart a story prints (`layout.sidebars`), `@type="chart"`: its title `<head>`, its figures
        `<p>` and its source note `<note type="source">`."""
        graphic = any(b.role == "graphic" for b in blocks)
        chart = any(b.role.startswith("chart-") for b in blocks)  # `layout.sidebars`
        attrib = None if graphic else {"type": "chart" if chart else _figure_type(blocks)}
        fig = _facs(_sub(parent, "figure", attrib), blocks)
        for b in blocks:
            if b.role == "graphic":
                self.graphic(fig, b)
            elif b.role == "credit":
                self.block(fig, "note", b, {"type": "credit"})
            elif b.role == "chart-title":  # the chart's title (TEI figure/head)
                self.block(fig, "head", b)
            elif b.role == "chart-source":  # `数据来源：国家统计局`: where its figures come from
                self.block(fig, "note", b, {"type": "source"})
            else:
                self.block(fig, "p", b)

    def graphic(self, fig: etree._Element, block: Block) -> None:
        """`<graphic url>` from the block's last line (the image path), `<figDesc>` from the lines
        before it (the alt text), see `normalize.htmlmarkup`."""
        alt_end, path_start, path_end = graphic_parts(self.text, block.start, block.end)
        _sub(fig, "graphic", {"url": as_uri(self.text[path_start:path_end])})
        if alt_end > block.start:
            self.fill(_sub(fig, "figDesc"), block.start, alt_end)

    @cached_property
    def edit_spans(self) -> list[tuple[int, int, Edit]]:
        """Every edit with its output span (only a page with a table asks: `text.table_layout`)."""
        return output_spans(self.doc.edits)

    def table(self, parent: etree._Element, block: Block, around: Sequence[Block]) -> None:
        """`<table>` of `<row>`s and `<cell>`s from a table block (`text.table_layout`): its title
        block and its own caption as `<head>`s, a spanning cell with `@rows`/`@cols`, a header cell
        `@role="label"`, a row of header cells `row/@role="label"` instead, its footnote as a
        `<note>` after the rows (`around`: the blocks of its part or paragraph)."""
        layout = table_layout(self.doc, block, self.edit_spans, around)
        size = {"rows": str(len(layout.rows)), "cols": str(max(sum(c.cols for c in r) for r in layout.rows))}
        table = _facs(_sub(parent, "table", size), [block])  # the table's own region on the page
        for head in layout.heads:
            self.block(table, "head", head)
        if layout.caption is not None:
            self.fill(_sub(table, "head"), *layout.caption)
        for cells, label_row in zip(layout.rows, layout.label_rows, strict=True):
            row = _sub(table, "row", {"role": "label"} if label_row else None)
            for c in cells:
                self.fill(_sub(row, "cell", _cell_attrib(c, label_row)), c.start, c.end)
        for note in layout.notes:
            self.block(table, "note", note)

    def paragraph(self, parent: etree._Element, part: Part) -> None:
        blocks = part.blocks
        if len(blocks) == 1 and blocks[0].role == "body" and not self.issue:
            # The usual paragraph, one body block: what the general path below does for it.
            b = blocks[0]
            attrib = {"part": "I"} if part.incomplete else None
            if b.zone is not None:
                facs = _refs(b.zone)
                attrib = {**attrib, "facs": facs} if attrib else {"facs": facs}
            el = _SubElement(parent, _TAGS["p"], attrib)
            if self.plain:  # as in `block`
                el.text = self.text[b.start : b.end] or None
            else:
                self.fill(el, b.start, b.end)
            return
        zones = list(dict.fromkeys(
            z for b in part.blocks if b.role not in _NOT_IN_PARAGRAPH_FACS for z in zone_ids(b.zone)
        ))
        attrib = {"part": "I"} if part.incomplete else None
        if zones:
            facs = " ".join(f"#{z}" for z in zones)
            attrib = {**attrib, "facs": facs} if attrib else {"facs": facs}
        p = _SubElement(parent, _TAGS["p"], attrib)
        run: list[Block] = []

        def flush() -> None:
            if run:
                self.fill(p, run[0].start, max(b.end for b in run))
                run.clear()

        for item in photo_groups(part.blocks):
            b = item[0] if isinstance(item, list) else item
            if self.issue and b.page is not None and b.page != self.cur_page:
                flush()
                self.turn(p, b)
            if isinstance(item, list):
                flush()
                self.figure(p, item)
            elif b.role == "body":
                if run and not continues_run(self.doc, run[-1], b):
                    flush()
                run.append(b)
            elif b.role in ("furniture", "note"):
                flush()
                self.set_apart(p, b)
            elif b.role == "table":
                flush()
                self.table(p, b, part.blocks)
            elif b.role in TABLE_SIDE_ROLES:  # written inside their table
                continue
            elif b.role == "marker":  # a paragraph running on across a jump to another page
                flush()
                self.marker(p, b, None)
            elif b.role in ("title", "kicker", "subtitle", "byline", "section"):
                flush()
                self.fw(p, b)
            else:
                flush()
                self.fill(p, b.start, b.end)
        flush()

    def marker(self, parent: etree._Element, block: Block, article: Article | None) -> None:
        attrib = {"type": "continuation"}
        found = block_markers(block.text, block.hints)  # in either script (下轉第3版 too)
        if found:
            attrib["subtype"] = found[0].direction
            target = self.page_target(found[0].page, block.page)
            if target is not None:
                attrib["target"] = target
        self.block(parent, "note", block, attrib)

    def signature(self, parent: etree._Element, block: Block) -> None:
        """The article's signature as a `<closer>`: the name in `<signed>`, its brackets outside
        (`（<signed>记者 王丽</signed>）`); a notice's closing lines, the issuer in `<signed>`; a date
        under either is the closer's text (the date does not sign), a date alone a closer with no
        `<signed>`; so is a dispatch's dateline closing the text (`（本报×月×日电）`: it names no
        signer)."""
        closer = _facs(_sub(parent, "closer"), [block])
        if is_bracketed_dateline(block.text):
            self.fill(closer, block.start, block.end)
            return
        date = closing_date_start(block.text)
        signed_end = block.end if date is None else block.start + len(block.text[:date].rstrip())
        m = _SIGNATURE_NAME.match(block.text, 0, signed_end - block.start)
        if m is not None:  # `（记者 王丽）`: the brackets stay outside `signed`
            a, b = block.start + m.end(1), block.start + m.start(3)
            self.fill(closer, block.start, a)
            self.fill(_sub(closer, "signed"), a, b)
            self.fill(closer, b, signed_end)
        elif signed_end > block.start:  # (a date alone: nobody signs)
            self.fill(_sub(closer, "signed"), block.start, signed_end)
        if signed_end < block.end:
            self.fill(closer, signed_end, block.end)

    def article(self, parent: etree._Element, art: Article) -> None:
        attrib = {"type": "article", _XML_ID: art.id}
        starts_mid = "starts-mid-article" in art.flags or art.continued_from is not None
        if starts_mid and art.continued_to is not None:
            attrib["part"] = "M"
        elif starts_mid:
            attrib["part"] = "F"
        elif art.continued_to is not None:
            attrib["part"] = "I"
        # `page_target` of no page is None: most articles neither come from nor go to one
        if art.prev_part:
            attrib["prev"] = f"#{art.prev_part}"
        elif art.continued_from is not None and (prev := self.page_target(art.continued_from)):
            attrib["prev"] = prev
        if art.next_part:
            attrib["next"] = f"#{art.next_part}"
        elif art.continued_to is not None and (nxt := self.page_target(art.continued_to)):
            attrib["next"] = nxt
        div = _sub(parent, "div", attrib)
        self.cur_page = art.page
        for k in art.kicker:
            self.block(div, "head", k, {"type": "kicker"})
        for t in art.titles:
            self.block(div, "head", t)
        for s in art.subtitles:
            self.block(div, "head", s, {"type": "sub"})
        for b in art.bylines:
            self.block(div, "byline", b)
        for direction, status, message in art.unresolved:
            _sub(div, "note", {"type": "jump", "subtype": status, "n": direction}).text = message
        container = div
        trailing = trailing_separators(art)
        parts, under = around_signature(art, art.parts[: len(art.parts) - len(trailing)])
        below = [] if under else _set_apart_below_signature(art, parts)
        for part in parts[: len(parts) - len(below)]:
            if self.issue and part.kind != "p" and part.blocks:
                self.turn(container, part.blocks[0])
            if part.kind == "head":
                container = _sub(div, "div", {"type": "subsection"})
                for h in part.blocks:
                    self.block(container, "head", h)
            elif part.kind == "p":
                self.paragraph(container, part)
            elif part.kind == "fw":
                self.set_apart(container, part.blocks[0])
            elif part.kind == "figure" and (table := table_block(part)) is not None:
                self.table(container, table, part.blocks)
            elif part.kind == "figure":
                self.figure(container, part.blocks)
            elif part.kind == "marker":
                self.marker(container, part.blocks[0], art)
            elif part.kind == "separator":  # between two of its sections
                self.milestone(container, part.blocks[0])
        if art.signature is not None:
            if self.issue:
                self.turn(div, art.signature)
            self.signature(div, art.signature)
        for part in below:  # (`（责任编辑：王芳）` printed under `2022年秋于西安`: fw may follow a closer)
            if self.issue:
                self.turn(div, part.blocks[0])
            self.set_apart(div, part.blocks[0])
        for b in (b for part in under for b in part.blocks):  # an end note printed under it: a
            if self.issue:  # closer of its own (a `p` may not follow a `closer`)
                self.turn(div, b)
            self.block(div, "closer", b)
        for b in trailing:  # after the article, before the next one
            if self.issue:  # (printed after a jump marker: back on the article's first page)
                self.turn(parent, b, "resume" if b.page == art.page else "jump")
            self.milestone(parent, b)


def _set_apart_below_signature(art: Article, parts: Sequence[Part]) -> list[Part]:
    """The last of an article's parts that are kept apart from its text (furniture, a note: `fw`
    parts) and printed under its signature on the same page (`（责任编辑：王芳）` or
    `（作者单位：山东大学）` under an essay's closing `2022年秋于西安`). TEI lets a `<fw>` or a
    `<note>` follow the `<closer>`, so they are written after it, in printed order, not above it."""
    sig = art.signature
    if sig is None:
        return []
    k = len(parts)
    while k > 0 and parts[k - 1].kind == "fw" and len(parts[k - 1].blocks) == 1 \
            and parts[k - 1].blocks[0].page == sig.page and parts[k - 1].blocks[0].start > sig.start:
        k -= 1
    return list(parts[k:])


_PUBLICATION = "Machine-corrected transcription produced by layoutfix from OCR output; unpublished."
_SEGMENTATION = (
    "Articles are assembled from OCR blocks by text cues (headings, bylines, continuation markers); "
    "paragraphs split across blocks are joined, and a paragraph left unfinished on the page has "
    "part=\"I\". Page furniture is kept as fw. Every edit, with offsets into the source file, is in "
    "the edit log (--edits)."
)
#: A `<TEI>` root holding the parts of the `<teiHeader>` that are the same on every page (see
#: `_new_root`), built once per process.
_root_template: etree._Element | None = None
_XML_LANG = f"{{{XML_NS}}}lang"
#: The `@xml:lang` the template's root carries (a page's is set only when it differs).
_TEMPLATE_LANG = "zh-Hans"


def _template() -> etree._Element:
    """The `<TEI>` root with a `<teiHeader>` whose variable parts are left empty: the title, the
    `<bibl>` content, and the texts of the correction and normalisation paragraphs (edit counts)."""
    from .. import __version__  # here, not at import time: the package imports this module

    # (lxml takes the None prefix for the default namespace; lxml-stubs type nsmap keys as str)
    root = etree.Element(_t("TEI"), {_XML_LANG: _TEMPLATE_LANG}, nsmap={None: TEI_NS})  # type: ignore[dict-item]
    header = _sub(root, "teiHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title")
    _sub(_sub(file_desc, "publicationStmt"), "p").text = _PUBLICATION
    _sub(_sub(file_desc, "sourceDesc"), "bibl")
    enc = _sub(header, "encodingDesc")
    app = _sub(_sub(enc, "appInfo"), "application", {
        "ident": "layoutfix", "version": __version__, f"{{{XML_NS}}}id": "layoutfix",
    })
    _sub(app, "label").text = "layoutfix"
    decl = _sub(enc, "editorialDecl")
    _sub(_sub(decl, "correction", {"status": "medium", "method": "markup"}), "p").text = (
        _correction_text(0, 0)
    )
    norm = _sub(decl, "normalization", {"method": "silent"})
    for kind in SILENT_KINDS:
        _sub(norm, "p", {"n": kind}).text = _normalization_text(kind, 0)
    _sub(_sub(decl, "segmentation"), "p").text = _SEGMENTATION
    return root


def _correction_text(typo: int, variant: int) -> str:
    """The correction paragraph of the header, for the numbers of inline edits."""
    return (
        "OCR misreadings (typo) and character-variant conversions (variant) are marked inline as "
        "choice/sic/corr; corr/@type names the rule, corr/@cert its certainty, corr/@resp layoutfix. "
        f"Inline corrections: {typo} typo, {variant} variant."
    )


def _normalization_text(kind: str, count: int) -> str:
    """The normalisation paragraph of the header for one silent edit kind and its number of edits."""
    return f"{_KIND_DESCRIPTION[kind]}: {count} edits."


def _header_parts(doc: Document) -> tuple[str, list[tuple[str, dict[str, str], str]], str | None]:
    """The parts of `doc`'s `<teiHeader>` that do not depend on its edits: the title, the `<bibl>`
    children as (tag, attributes, text) and the low-confidence paragraph (with `--min-conf`)."""
    numbers = [page_name(pg) for pg in doc.pages if pg.number is not None]
    pages = single_page_name(doc)
    if doc.is_issue:
        pages = _page_range(numbers) if numbers else None
    bits = [doc.paper or doc.source, doc.date, f"第{pages}版" if pages is not None else None]
    title = header_text(" ".join(b for b in bits if b)) or "OCR page"
    bibl: list[tuple[str, dict[str, str], str]] = []
    if doc.paper:
        bibl.append(("title", {"level": "j"}, header_text(doc.paper)))
    if doc.date:  # @when only for an ISO date in ASCII digits (the schema's xsd date types)
        when = {"when": doc.date} if _ISO_DATE.fullmatch(doc.date) else {}
        bibl.append(("date", when, header_text(doc.date)))
    if doc.is_issue:  # the page (or page range) and one file per page
        if numbers:
            bibl.append(("biblScope", _scope_attrib(numbers), _page_range(numbers)))
        for pg in doc.pages:
            bibl.append(("idno", {"type": "file", "n": page_name(pg)}, header_text(pg.source or "")))
    else:
        if pages is not None:
            bibl.append(("biblScope", {"unit": "page", "n": pages}, pages))
        bibl.append(("idno", {"type": "file"}, header_text(doc.source or "")))

    unclear = None
    if doc.min_conf is not None:
        unclear = (
            f"Words the OCR engine read with a confidence below {doc.min_conf:g} are marked "
            f"unclear[@reason='low-confidence'][@cert='low']: {len(doc.low_confidence)} words."
        )
    return title, bibl, unclear


def _settings_template(doc: Document) -> etree._Element:
    """The root template (`_root_template`) with a `<desc type=SETTING n=VALUE>` in `<application>`
    for each setting that changes the text: `--apply`, `--apply-suggestions`, `--variants`, `--quotes`
    (unless `auto`), the rule set (shipped rules on or off and a SHA-256 of the rule files' contents,
    never their paths) and, on a coordinate page with confidences, `--min-conf`; so a consumer can
    tell how the text was
    corrected. Nothing of the run (no date, no path) is written: the same input and settings give
    the same bytes.

    Made again only when the options, the rule files the text was corrected with (`rules_key`,
    `Document.rules_key`; when not known, those `typos.load_ruleset` loads now) or `--min-conf`
    change: a batch writes the same on every page, and the page's one copy of the template then
    brings them along (copying them into each page's header cost a sixth of making it)."""
    global _settings_last
    options, min_conf, rules_key = doc.options, doc.min_conf, doc.rules_key
    assert options is not None and _root_template is not None
    if rules_key is None:
        from ..normalize.typos import load_ruleset

        rules_key = load_ruleset(options.rule_dirs, include_default=options.default_rules).loaded_from
    last = _settings_last
    if (last is not None and last[0] == options and last[1] == rules_key and last[2] == min_conf
            and last[3] is _root_template):
        return last[4]
    root = _root_template.__copy__()  # type: ignore[attr-defined]
    app = root[0][1][0][0]
    for kind, value, text in setting_items(options, min_conf):
        _sub(app, "desc", {"type": kind, "n": value}).text = text
    _settings_last = (options, rules_key, min_conf, _root_template, root)
    return root


#: The options, rule files and `--min-conf` of the last `_settings_template`, the template it
#: copied and the result.
_settings_last: tuple[NormalizeOptions, object, float | None, etree._Element, etree._Element] | None = None


def setting_items(options: NormalizeOptions, min_conf: float | None) -> list[tuple[str, str, str]]:
    """The (type, value, text) of each setting that changes the text (see `_settings_template`; the
    review report's header lists the same, `export.html`).
    Hashing every rule file (`contentkey.rules_digest`) costs about a millisecond, hence the cache in
    `_settings_template`."""
    suggestions = options.apply_suggestions
    files = sum(1 for d in options.rule_dirs if Path(d).is_file())
    folders = len(options.rule_dirs) - files
    counts = ((folders, "folder"), (files, "rule file"))
    own = [f"{n} {kind}{'s' if n != 1 else ''}" for n, kind in counts if n]
    rules = ["the shipped rules"] if options.default_rules else []
    rules += [f"{' and '.join(own)} of your own (--rules)"] if own else []
    items = [
        ("apply", options.apply, f"Typo rules of certainty {_CERT_RANGE[options.apply]} applied "
                                 f"(--apply {options.apply})."),
        ("apply-suggestions", suggestions or "none",
         f"Look-alike suggestions of certainty {_CERT_RANGE[suggestions]} applied (--apply-suggestions "
         f"{suggestions})." if suggestions else "Look-alike suggestions not applied (--apply-suggestions)."),
        ("variants", options.variants,
         "No character-variant conversion (--variants none)." if options.variants == "none" else
         f"Character variants converted with OpenCC {options.variants} (--variants {options.variants})."),
        ("shipped-rules", "on" if options.default_rules else "off",
         "The rules shipped with layoutfix applied." if options.default_rules else
         "The rules shipped with layoutfix not applied."),
        ("rules-sha256", rules_digest(options),
         f"SHA-256 of the contents of the rule files applied: {' and '.join(rules) or 'none'}."),
    ]
    if options.quotes != "auto":  # (`auto` is how every run quoted before --quotes: not written)
        items.insert(3, ("quotes", options.quotes, _QUOTES_SETTING[options.quotes]))
    if min_conf is not None:
        items.append(("min-conf", f"{min_conf:g}", f"Words read with a confidence below "
                                                   f"{min_conf:g} marked unclear (--min-conf)."))
    return items


#: What the header says of a quote style other than `auto` (`NormalizeOptions.quotes`).
_QUOTES_SETTING = {
    "corner": "Straight quotes written as corner quotes 「」『』 on every page (--quotes corner).",
    "curly": "Straight quotes written as curly quotes “”‘’ on every page (--quotes curly).",
}

#: The certainties a level applies, for the header's settings.
_CERT_RANGE = {"high": "high", "medium": "high and medium", "low": "high, medium and low"}


def _page_range(names: Sequence[str]) -> str:
    """An issue's pages (at least one) as the header names them: `A3` for one page, `A1–B3` for
    several."""
    return names[0] if len(names) == 1 else f"{names[0]}–{names[-1]}"


def _scope_attrib(names: Sequence[str]) -> dict[str, str]:
    """`biblScope` attributes of an issue's pages: `@n` for one page, `@from`/`@to` for several."""
    if len(names) == 1:
        return {"unit": "page", "n": names[0]}
    return {"unit": "page", "from": names[0], "to": names[-1]}


def _new_root(doc: Document, counts: Counter[str] | None = None, *, indented: bool = False) -> etree._Element:
    """A `<TEI>` root with the document's `<teiHeader>`.

    Most of the header is the same on every page; it is copied from a template built once (one
    C-level copy) and only the variable parts are filled in: building the ~30 header elements one
    by one was about half the rendering time of a short page. The template already holds the
    language and edit-count paragraphs of a page with none of an edit kind (most kinds on most
    pages), so only the paragraphs of the kinds the page has are rewritten; and, for a document that
    knows its options, the settings' `<desc>`s (`_settings_template`).

    `indented` (for `to_tei`): the header comes indented as `_indent` indents it, from an indented
    copy of the template (`_indented_template`), and the parts added here are indented as they are
    added; the root itself is left to `_indent_root`, once its other children are in."""
    global _root_template
    if _root_template is None:
        _root_template = _template()
    template = _root_template if doc.options is None else _settings_template(doc)
    if indented:
        template = _indented_template(template)
    # lxml copies the whole tree (as deepcopy, without its memo); lxml-stubs leave out __copy__
    root = template.__copy__()  # type: ignore[attr-defined]
    if doc.lang != _TEMPLATE_LANG:
        root.set(_XML_LANG, doc.lang)
    header = root[0]
    file_desc, decl = header[0], header[1][1]
    title, bibl_items, unclear = _header_parts(doc)
    file_desc[0][0].text = title
    bibl = file_desc[2][0]
    for tag, attrib, text in bibl_items:
        _sub(bibl, tag, attrib).text = text
    if indented:
        _indent_structure(bibl, _BIBL_LEVEL)  # (empty in the template: never indented there)
    if counts is None:
        counts = Counter(map(_KIND, doc.edits))
    count = counts.get  # a kind with no edit: without Counter.__missing__, a Python call
    typo, variant = count("typo", 0), count("variant", 0)
    corr = decl[0]
    if typo or variant:
        corr[0].text = _correction_text(typo, variant)
    if unclear is not None:
        added = _sub(corr, "p")
        added.text = unclear
        if indented:  # the paragraph before it now ends a line inside `correction`, as its others do
            before = corr[-2]
            added.tail, before.tail = before.tail, corr.text
    norm = decl[1]
    for i, kind in enumerate(SILENT_KINDS):
        n = count(kind, 0)
        if n:
            norm[i].text = _normalization_text(kind, n)
    return root


def _furniture_type(text: str) -> str:
    """`roles.furniture_type`, read like the labels read a block: a traditional line (責任編輯) in its
    simplified view. Only a line that is no contact or credit as printed pays for the conversion."""
    kind = furniture_type(text)
    if kind == "header":
        view = simplified_view(text)
        if view is not text:
            kind = furniture_type(view)
    return kind


def to_tei_tree(doc: Document, line_zones: bool = False) -> etree._Element:
    """The document as a TEI element tree (`line_zones`: a facsimile zone per OCR line as well)."""
    root = _new_root(doc)
    _fill_root(root, doc, line_zones)
    return root


def _fill_root(
    root: etree._Element, doc: Document, line_zones: bool, kinds: Counter[str] | None = None
) -> None:
    """Append the facsimile (if any) and the `<text>` of `doc` to `root` (`kinds`: see `_Writer`)."""
    if doc.is_issue:
        _issue_facsimile(root, doc, line_zones)
    else:
        _facsimile(root, doc, line_zones)
    body = _sub(_sub(root, "text"), "body")
    writer = _Writer(doc, kinds)
    if writer.issue:
        _issue_body(body, doc, writer)
        return
    name = single_page_name(doc)
    pb_attrib = {"n": name} if name is not None else {}
    if doc.page is not None:  # (ids stay number-based: a page named by its label alone has none)
        pb_attrib[f"{{{XML_NS}}}id"] = f"p{doc.page}"
    surface = _surface_id(doc)
    if surface is not None:
        pb_attrib["facs"] = f"#{surface}"
    _sub(body, "pb", pb_attrib)
    for b in doc.front:
        writer.set_apart(body, b)
    _articles(body, doc.articles, writer)
    if not doc.articles:
        _sub(body, "p")  # TEI wants content in <body>; a page with no article gets an empty paragraph


def _figure_type(blocks: Sequence[Block]) -> str:
    """A figure's `@type` without an image: `cartoon` or `drawing` when its credit names a cartoon's
    or a drawing's artist (`漫画 方成`, `插图 李滨声`: `figure_credits`), else `photo`."""
    hints = frozenset().union(*(b.hints for b in blocks if b.role == "credit"))
    if CARTOON in hints:
        return "cartoon"
    return "drawing" if DRAWING in hints else "photo"


def _hoist_page_credits(div: etree._Element) -> list[etree._Element]:
    """Take the page credit notes (`<note type="credit">` right in an article's `div` or its last
    subsection's, `本版图片除署名外均由新华社提供`) ending the article `div` out of it, in order: the
    note credits the page's photos, not the article's, so it is written after the article's `div`
    (a figure's own credit stands in its `figure`, never right in a `div`)."""
    taken: list[etree._Element] = []
    node = div
    while len(node) and node[-1].tag == f"{{{TEI_NS}}}div" and node[-1].get("type") == "subsection":
        node = node[-1]
    while len(node) and node[-1].tag == f"{{{TEI_NS}}}note" and node[-1].get("type") == "credit":
        taken.insert(0, node[-1])
        node.remove(node[-1])
    return taken


#: A section `<div>` being written and its label: the articles after it under that label go in it.
_Section = tuple[etree._Element, str]


def _articles(body: etree._Element, articles: Sequence[Article], writer: _Writer) -> None:
    """Articles in order, those under a section label grouped in a section `<div>`."""
    section: _Section | None = None
    for art in articles:
        section = _article(body, art, writer, section)


def _article(
    body: etree._Element, art: Article, writer: _Writer, section: _Section | None
) -> _Section | None:
    """Write one article in `body`: in the open `section` when it stands under that label, in a new
    section `<div>` when it opens one (or stands under another label), else in `body`. Returns the
    section the next article may go on in."""
    if art.section is None:
        _write_article(body, art, writer)
        return None
    if section is None or art.section_head is not None or art.section != section[1]:
        div = _sub(body, "div", {"type": "section"})
        if art.section_head is not None:
            writer.block(div, "head", art.section_head)
        else:
            _sub(div, "head").text = art.section
        section = (div, art.section)
    _write_article(section[0], art, writer)
    return section


def _write_article(parent: etree._Element, art: Article, writer: _Writer) -> None:
    """Write the article's `div` in `parent`, the page credit notes ending it right after it."""
    at = len(parent)
    writer.article(parent, art)
    for k, note in enumerate(_hoist_page_credits(parent[at]), start=at + 1):
        parent.insert(k, note)


def _issue_body(body: etree._Element, doc: Document, writer: _Writer) -> None:
    """An issue (of one page or several): per page a `<pb n="N" xml:id="pN"/>`, its furniture, then
    the articles that start on it. An article that jumped to another page carries `<pb type="jump"/>`
    where the page changed; a `<pb type="resume"/>` after it says the page it left goes on, when
    another of that page's articles follows: one before the next page's `pb` (or the end) would stand
    for nothing and read as a page of its own."""
    for pg in doc.pages:
        n = pg.number
        pb = _sub(body, "pb", {"n": page_name(pg), f"{{{XML_NS}}}id": f"p{n}"})
        if pg.zones:
            pb.set("facs", f"#p{n}-surface")
        writer.cur_page = n
        for b in doc.front:
            if b.page == n:
                writer.set_apart(body, b)
        section: _Section | None = None
        articles = [a for a in doc.articles if a.page == n]
        for art in articles:
            section = _article(body, art, writer, section)
            if writer.cur_page != n and art is not articles[-1]:
                # in the section's div: the articles after it under its label go on in that div
                parent = body if section is None else section[0]
                _sub(parent, "pb", {"n": page_name(pg), "type": "resume", "corresp": f"#p{n}"})
            writer.cur_page = n
    if not doc.articles:
        _sub(body, "p")


def to_tei(doc: Document, line_zones: bool = False) -> str:
    """The document as pretty-printed TEI P5 XML (UTF-8, with an XML declaration): the structural
    elements indented, every element holding text written exactly as it reads (`_indent`)."""
    kinds = Counter(map(_KIND, doc.edits))  # counted once, for the header and the writer
    root = _new_root(doc, kinds, indented=True)
    _fill_root(root, doc, line_zones, kinds)
    _indent_root(root)
    # Serialised straight to str (the same characters as UTF-8 bytes decoded, without the copy)
    # behind the declaration lxml writes for encoding="UTF-8", and the newline lxml's
    # pretty-printer ends with.
    return _XML_DECLARATION + etree.tostring(root, encoding="unicode") + "\n"


#: The elements of the profile whose content is elements only (docs/tei.md): the header's structure,
#: the facsimile, `text`/`body`/`div` and the figure and table frames. Only these are indented.
#: lxml's own pretty-printer indents any element that happens to hold no text, so a `head` of only
#: `unclear`s, or a `choice` in it, gained a line break and spaces between its words and readings.
_STRUCTURAL = frozenset(map(_t, (
    "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "sourceDesc", "bibl",
    "encodingDesc", "appInfo", "application", "editorialDecl", "correction", "normalization",
    "segmentation", "facsimile", "surface", "text", "body", "div", "figure", "table", "row",
)))
#: The same, public: what `golden check` may drop whitespace-only text in (its indentation).
STRUCTURAL_ELEMENTS = _STRUCTURAL
_INDENT = "  "


def _indent(el: etree._Element, level: int) -> None:
    """Indent `el`'s children by `level + 1` steps as lxml's pretty-printer would, when `el` is a
    structural element holding elements and no text, and so on down: whitespace is added only
    between the elements of a structure, never inside an element that holds text or inline
    elements (`head`, `p`, `choice`, ...), which keeps its text exactly."""
    if el.tag in _STRUCTURAL:
        _indent_structure(el, level)


def indent_structure(root: etree._Element) -> None:
    """Indent the tree of `root` as `to_tei` indents it (`_indent`): between the elements of a
    structure only, so `golden check` lays out the canonical form it compares as the file is laid out,
    and never adds whitespace inside an element holding text."""
    _indent(root, 0)


def _indent_structure(el: etree._Element, level: int) -> None:
    """`_indent` of a structural element. Each child is read once (lxml makes a new proxy object and
    tag string at each reading) and only a structural child is walked into: the paragraphs and
    heads, most of a page's elements, are never indented inside."""
    if el.text is not None:
        return
    children = list(el)
    if not children:
        return
    for child in children:
        if child.tail is not None:
            return  # text between the children (none in the profile): left as it is, as lxml does
    inner = "\n" + _INDENT * (level + 1)
    el.text = inner
    for child in children:
        if child.tag in _STRUCTURAL:
            _indent_structure(child, level + 1)
        child.tail = inner
    children[-1].tail = "\n" + _INDENT * level


def _indent_root(root: etree._Element) -> None:
    """`_indent(root, 0)` of a root whose header came indented (`_new_root(indented=True)`): only the
    root's other children (facsimile, text) are indented here, and the tails between the root's
    children set, as `_indent` sets them. The header (about 30 elements, two thirds of a short
    page's) was walked again on every page although only its `<bibl>` and `<correction>` change."""
    children = list(root)
    inner = "\n" + _INDENT
    for child in children[1:]:
        _indent(child, 1)
        child.tail = inner
    if len(children) > 1:
        children[0].tail = inner
        children[-1].tail = "\n"


#: How deep `<bibl>` stands (TEI/teiHeader/fileDesc/sourceDesc/bibl): the level `_indent` indents
#: its children from.
_BIBL_LEVEL = 4
#: The indented copies of the header templates (`_indented_template`): (template, indented copy) of
#: the plain template and of the last settings template.
_indented_plain: tuple[etree._Element, etree._Element] | None = None
_indented_settings: tuple[etree._Element, etree._Element] | None = None


def _indented_template(template: etree._Element) -> etree._Element:
    """A copy of the root template `template` with its header indented as `_indent` indents it (the
    root alone holds the header: its own text and the header's tail are set again by
    `_indent_root`), made once per template."""
    global _indented_plain, _indented_settings
    for cached in (_indented_plain, _indented_settings):
        if cached is not None and cached[0] is template:
            return cached[1]
    made = template.__copy__()  # type: ignore[attr-defined]
    _indent(made, 0)
    if template is _root_template:
        _indented_plain = (template, made)
    else:
        _indented_settings = (template, made)
    return made


_XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"
