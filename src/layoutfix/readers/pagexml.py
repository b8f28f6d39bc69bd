"""Read PAGE-XML 2013/2019 (`TextRegion` / `TextLine` / `TextEquiv/Unicode`, `Coords@points`).

Each `TextRegion` (also nested ones) becomes a Block, each `TextLine` a Line with `Word`s when the
file has them. A line's text is its own `TextEquiv` (the one with the lowest `index`, PAGE's
convention for the preferred reading; its `Unicode`, or its `PlainText` when it has no `Unicode`),
else (none, or a blank one) its words joined by spaces. A region without lines keeps its
region-level text, one line per line of it, unless regions nested in it hold text (then that text is
theirs, read from them). `conf` attributes are carried, 0..1 as PAGE defines them; a file written
in percent (any `conf` read from it above 1) is read as percent and divided by 100, and a `conf`
outside both scales is ignored with one warning line per file (`readers/confidence.py`, as ALTO's
`WC`). A `Word` with no text is dropped, and its `conf` counts for neither. When the page has a
`ReadingOrder`, blocks are put in that order (regions it does not mention follow, in file order) and
`Page.explicit_order` is set. PAGE also allows the old 2010 `Point`
children instead of `Coords@points`; both are read.

A region's layout label (`TextRegion/@type`, or the `structure {type:…}` Transkribus writes into
`@custom`, which wins when both are given; a line's own `structure` wins over its region's) becomes
the `Line.label` of each of its lines, by `REGION_TYPES` (docs/readers.md, "Region labels"): a
person often set it, so the labels honour it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable

from lxml import etree

from ..errors import InputError
from ..layout.roles import is_byline_block, is_photo_credit
from ..model import BBox, Block, Line, Page, Word
from .boxes import FLOATS, make_block, number, number_blocks, polygon_bbox, remembered_float
from .confidence import Confidences
from .xmlsafe import XML_SPACE, local, parse_xml

#: PAGE region types (2013 and 2019 `TextTypeSimpleType`) and Transkribus structure tags, lower case,
#: as `Line.label`s. Types not listed (`paragraph`, `floating`, `TOC-entry`, `list-label`, `other`,
#: a project's own tags) carry no label: the text cues decide, as for an unlabelled region.
REGION_TYPES: dict[str, str] = {
    "heading": "heading", "title": "heading", "caption": "caption", "credit": "credit",
    "header": "furniture", "footer": "furniture", "page-number": "page-number",
    "catch-word": "furniture", "signature-mark": "furniture",
    "marginalia": "margin-note", "footnote": "footnote", "footnote-continued": "footnote",
    "endnote": "endnote",
    "drop-capital": "drop-capital",
}
#: PAGE regions that hold a picture: a `credit` region next to one (or next to a caption region) is
#: a photo credit (`_credits_a_picture`).
_PICTURE_REGIONS = ("ImageRegion", "GraphicRegion", "LineDrawingRegion", "ChartRegion", "MapRegion")
#: How far from a picture or caption a credit region may stand, in its line heights (`_line_height`):
#: a credit is set under, over or beside its picture, at a corner too, a line or two away (a
#: separator rule, a gap; 2.8 lines apart is seen).
_CREDIT_REACH = 4.0
#: The index inside a Transkribus `custom` attribute: `readingOrder {index:3;}`.
_READING_ORDER_INDEX = re.compile(r"(?:^|\s)readingOrder\s*\{[^}]*?\bindex\s*:\s*([0-9]{1,9})")
#: Elements read as text regions: PAGE's `TextRegion` and the `TableCell` Transkribus writes inside its
#: `TableRegion` (a cell of its own kind, holding `TextLine`s, where PAGE 2019 nests `TextRegion`s).
_TEXT_REGIONS = ("{*}TextRegion", "{*}TableCell")
#: The type inside a Transkribus `custom` attribute: `readingOrder {index:0;} structure {type:heading;}`.
_STRUCTURE_TYPE = re.compile(r"(?:^|\s)structure\s*\{[^}]*?\btype\s*:\s*([^;}]+)")


def _children(el: etree._Element, tag: str) -> list[etree._Element]:
    """The child elements of `el` with local name `tag`, in any namespace or none (libxml2 filters)."""
    return list(el.iterchildren("{*}" + tag))


def _finite_polygon_box(raw: str) -> BBox | None:
    """The bounding box of `points` ("x,y x,y ...") when they are one or more pairs of finite numbers;
    None for anything else, which the caller reads the checked way (and reports)."""
    pairs = [p.split(",") for p in raw.split()]
    floats = FLOATS
    try:
        try:  # the usual case: every number seen before (and so finite)
            xs = [floats[x] for x, _y in pairs]
            ys = [floats[y] for _x, y in pairs]
        except KeyError:
            xs = [remembered_float(x) for x, _y in pairs]  # type: ignore[misc]
            ys = [remembered_float(y) for _x, y in pairs]  # type: ignore[misc]
            if None in xs or None in ys:
                return None
    except ValueError:  # a point that is not a pair
        return None
    if not xs:
        return None
    return BBox(min(xs), min(ys), max(xs), max(ys))


def _coords(el: etree._Element, name: str) -> BBox | None:
    for c in el.iterchildren("{*}Coords"):
        raw = c.get("points")
        if raw:
            box = _finite_polygon_box(raw)
            if box is not None:
                return box
            pts = [tuple(p.split(",")) for p in raw.split()]
        else:
            pts = [(p.get("x", ""), p.get("y", "")) for p in _children(c, "Point")]
        where = f"{name}: line {c.sourceline}: bad Coords points {raw!r:.40}"
        return polygon_bbox(pts, where)
    return None


def _text_equiv(
    el: etree._Element, name: str = "-", scale: Confidences | None = None, empty_counts: bool = True
) -> tuple[str | None, float | None]:
    """The preferred TextEquiv of `el`: lowest @index (or the first), as (text, conf). A `conf`
    outside 0..100 is None, noted in `scale` (given where the text is read, not only looked at).
    With `empty_counts=False` the conf of an empty reading is not shown to `scale` (a `Word` with no
    text is dropped: its conf must not make the file's confidences percent)."""
    equivs = _children(el, "TextEquiv")
    if not equivs:
        return None, None
    best = equivs[0] if len(equivs) == 1 else min(  # (the key never raises: one needs no ranking)
        equivs, key=lambda e: int(e.get("index", "0")) if e.get("index", "0").isdecimal() else 0)
    # PAGE requires Unicode; some tools write only PlainText, which must not lose the line
    uni = _children(best, "Unicode") or _children(best, "PlainText")
    # itertext gives str on a parsed document; lxml-stubs allow bytes too
    text = "".join(uni[0].itertext()) if uni else None  # type: ignore[arg-type]
    raw = best.get("conf")
    if raw is None:
        return text, None
    conf = number(raw, f"{name}: line {best.sourceline}: TextEquiv@conf")
    if scale is None or not (text or empty_counts):
        return text, conf
    return text, scale.kept(conf, best.sourceline)


def _structure_type(el: etree._Element) -> str | None:
    """The Transkribus structure type in `el`'s `custom` attribute, if any."""
    custom = el.get("custom")
    m = _STRUCTURE_TYPE.search(custom) if custom else None
    return m.group(1).strip() if m else None


def _label(el: etree._Element, inherited: str | None = None) -> str | None:
    """The `Line.label` that `el`'s own structure tag or `@type` gives (`REGION_TYPES`), else
    `inherited` (a line's region's label). A type outside the table gives no label."""
    raw = _structure_type(el) or el.get("type")
    if raw is None:
        return inherited
    return REGION_TYPES.get(raw.strip().lower())


def _line(
    el: etree._Element, name: str, region_label: str | None = None, scale: Confidences | None = None
) -> Line:
    words = []
    for w in _children(el, "Word"):
        wt, wc = _text_equiv(w, name, scale, empty_counts=False)
        if wt:
            words.append(Word(wt, _coords(w, name), wc))
    text, conf = _text_equiv(el, name, scale)
    if text is None or (not text.strip(XML_SPACE) and any(w.text.strip(XML_SPACE) for w in words)):
        # no line reading, or an empty one (a placeholder some tools write) over words that hold
        # text: the words are the engine's text. (A reading of U+3000 or NBSP is text, not empty; a
        # reading of spaces over words of spaces is the line's own text, kept whole.)
        text = " ".join(w.text for w in words)
    label = _label(el, region_label) if el.get("custom") else region_label  # (a line has no @type)
    return Line(text=text, bbox=_coords(el, name), conf=conf, words=words, label=label)


def _own_lines(region: etree._Element, name: str, scale: Confidences | None = None) -> list[Line]:
    """The region's own `TextLine`s that hold text (nested regions' lines are theirs), in the order
    their Transkribus `readingOrder {index:N;}` gives when every line states one (`_line_order`)."""
    label = _label(region)
    elements = _line_order(_children(region, "TextLine"))
    return [ln for ln in (_line(tl, name, label, scale) for tl in elements) if ln.text]


def _line_order(lines: list[etree._Element]) -> list[etree._Element]:
    """`lines` sorted by the index of their `custom="readingOrder {index:N;}"` when each has one:
    Transkribus keeps a region's line order there, and its file order may differ after a person
    reordered the lines. Otherwise (or on a tie) file order."""
    indexes = [_custom_index(el) for el in lines]
    if len(lines) < 2 or None in indexes:
        return lines
    order = sorted(range(len(lines)), key=lambda k: indexes[k])  # type: ignore[arg-type,return-value]
    return [lines[k] for k in order]


def _custom_index(el: etree._Element) -> int | None:
    """The index in `el`'s Transkribus `custom="readingOrder {index:N;}"`, if any."""
    custom = el.get("custom")
    m = _READING_ORDER_INDEX.search(custom) if custom else None
    return int(m.group(1)) if m else None


def _region_text_lines(region: etree._Element, name: str, scale: Confidences | None = None) -> list[Line]:
    """The region-level `TextEquiv` as lines (split at newlines), for a region without text lines."""
    text, conf = _text_equiv(region, name, scale)
    label = _label(region)
    return [Line(t, None, conf, label=label) for t in (text or "").split("\n") if t]


def _nested_regions_hold_text(region: etree._Element, name: str) -> bool:
    """Whether a `TextRegion` inside `region` has text of its own (lines or region-level text).

    PAGE gives a parent region's `TextEquiv` as the text of what it holds: a parent without lines
    of its own whose children are read would otherwise give their text twice."""
    return any(
        _own_lines(sub, name) or _region_text_lines(sub, name)
        for sub in region.iter("{*}TextRegion") if sub is not region
    )


def _reading_order(page_el: etree._Element, name: str = "-") -> list[str]:
    """Region ids in the order the page's ReadingOrder gives (depth first through nested groups)."""
    order: list[str] = []

    def walk(group: etree._Element) -> None:
        kids = [c for c in group if local(c.tag) in
                ("RegionRef", "RegionRefIndexed", "OrderedGroup", "OrderedGroupIndexed",
                 "UnorderedGroup", "UnorderedGroupIndexed")]
        if any(c.get("index") is not None for c in kids):
            kids.sort(key=lambda c: number(c.get("index", "0"), f"{name}: line {c.sourceline}: @index"))
        for c in kids:
            if c.get("regionRef"):
                order.append(c.get("regionRef", ""))
            if "Group" in local(c.tag):
                walk(c)

    for ro in _children(page_el, "ReadingOrder"):
        walk(ro)
    return order


def _region_rank(region: etree._Element, rank: dict[str, int]) -> int:
    """A region's place in the ReadingOrder: its own, else that of the nearest element around it the
    order names (a table's cells, regions nested in a region, stand where their table or parent
    does), else after all (`len(rank)`: regions the order does not mention follow, in file order)."""
    for el in (region, *region.iterancestors()):
        found = rank.get(el.get("id", ""))
        if found is not None:
            return found
    return len(rank)


def _credits_a_picture(region: etree._Element, block: Block, page_el: etree._Element, name: str) -> bool:
    """Whether a region typed `credit` (on the page `page_el`) is read as a photo's credit. The person
    who typed it said so, and that wins whenever a picture or a caption region stands near it (`_near`),
    whatever its text (`本报记者 王丽 摄影`, `记者 王丽` beside a caption credit the photo). PAGE's
    `credit` type is used for an article's author credit too (`本报记者 王丽` under a headline): a
    region near none is read as text only when its text is an article's byline
    (`roles.is_byline_block`) and no photo's credit (`roles.is_photo_credit`: `CFP`, `人民视觉`,
    `摄影 王丽`, `王丽` stay credits, as they were). The credit's neighbours in the file
    (`_file_neighbours`, a walk over the page) are found only when a box is missing to measure by."""
    neighbours = functools.cache(lambda: _file_neighbours(region, page_el))
    if any(_near(region, block, other, neighbours, name) for other in _pictures_and_captions(page_el)):
        return True
    text = block.text
    return not is_byline_block(text, alone=True) or is_photo_credit(text)


def _pictures_and_captions(page_el: etree._Element) -> list[etree._Element]:
    """The page's picture regions (`_PICTURE_REGIONS`) and its text regions labelled caption."""
    pictures = list(page_el.iter(*("{*}" + tag for tag in _PICTURE_REGIONS)))
    captions = [el for el in page_el.iter(*_TEXT_REGIONS) if _label(el) == "caption"]
    return pictures + captions


def _near(region: etree._Element, block: Block, other: etree._Element,
          neighbours: Callable[[], list[etree._Element]], name: str) -> bool:
    """Whether `other` (a picture or caption region) stands near the credit `region` (read as `block`):
    `region` lies inside it; or their boxes touch, overlap or lie apart (across, along, or
    diagonally) by at most `_CREDIT_REACH` of the credit's line heights (`_line_height`); without
    both boxes, `other` is one of the credit's `neighbours()` in the file (`_file_neighbours`)."""
    if other is region:
        return False
    if any(el is other for el in region.iterancestors()):
        return True  # a credit region nested in its ImageRegion
    other_box = _coords(other, name)
    if block.bbox is None or other_box is None:
        return any(el is other for el in neighbours())
    box = block.bbox
    dx = max(0.0, other_box.x0 - box.x1, box.x0 - other_box.x1)
    dy = max(0.0, other_box.y0 - box.y1, box.y0 - other_box.y1)
    return math.hypot(dx, dy) <= _CREDIT_REACH * _line_height(block)


def _line_height(block: Block) -> float:
    """The height of one of `block`'s lines, set across or along (the short side of a line's box):
    the mean over the lines with boxes, else the block box's short side shared among its lines."""
    sides = [min(ln.bbox.width, ln.bbox.height) for ln in block.lines if ln.bbox is not None]
    if sides:
        return sum(sides) / len(sides)
    box = block.bbox
    return 0.0 if box is None else min(box.width, box.height) / max(1, len(block.lines))


def _file_neighbours(region: etree._Element, page_el: etree._Element) -> list[etree._Element]:
    """The regions right before and right after `region` in the file (document order, any nesting)
    among the page's text and picture regions: regions that hold neither (`SeparatorRegion`,
    `NoiseRegion`, ...), the regions around `region` and those inside it are passed over, so a
    separator between a picture and its credit does not part them, and a paragraph does."""
    inside = {id(el) for el in region.iterancestors()} | {id(el) for el in region.iterdescendants()}
    tags = (*_TEXT_REGIONS, *("{*}" + tag for tag in _PICTURE_REGIONS))
    regions = [el for el in page_el.iter(*tags) if id(el) not in inside]
    k = next(i for i, el in enumerate(regions) if el is region)
    return regions[max(0, k - 1): k] + regions[k + 1: k + 2]


def _drop_credit_label(block: Block) -> None:
    """Read a `credit` region that credits no picture as ordinary text: its lines lose the label, and
    the text cues decide (a byline is a byline, and keeps its place in the ReadingOrder)."""
    for line in block.lines:
        if line.label == "credit":
            line.label = None


def read_pagexml(data: bytes, name: str = "-") -> list[Page]:
    """The pages of a PAGE-XML document, with boxes. The format defines one `<Page>` per file; a file
    holding several (as some exporters write) gives them all, in file order, so no text is left out."""
    root = parse_xml(data, name)
    if local(root.tag) != "PcGts":
        raise InputError(f"{name}: root element is <{local(root.tag)}>, not <PcGts>")
    page_els = _children(root, "Page")
    if not page_els:
        raise InputError(f"{name}: PAGE-XML file has no <Page>")
    scale = Confidences("TextEquiv@conf")
    pages = [_read_page(page_el, index, name, scale) for index, page_el in enumerate(page_els, start=1)]
    scale.settle(pages, name)
    return pages


def _read_page(page_el: etree._Element, page_number: int, name: str, scale: Confidences) -> Page:
    """One `<Page>`: its text regions as blocks, in the file's reading order when it gives one."""
    blocks: list[Block] = []
    order = _reading_order(page_el, name)
    rank = {rid: i for i, rid in enumerate(order)}
    ranks: list[int] = []  # each block's place in the ReadingOrder (`_region_rank`)
    for region in page_el.iter(*_TEXT_REGIONS):
        lines = _own_lines(region, name, scale)
        if not lines:
            if _nested_regions_hold_text(region, name):
                continue  # its region-level text repeats theirs, which are read on their own
            lines = _region_text_lines(region, name, scale)
            if not lines:
                continue
        block_id = region.get("id") or f"p{page_number}b{len(blocks) + 1}"
        block = make_block(block_id, lines, page_number, _coords(region, name))
        if any(ln.label == "credit" for ln in lines) and not _credits_a_picture(region, block, page_el, name):
            _drop_credit_label(block)
        blocks.append(block)
        ranks.append(_region_rank(region, rank))
    if order:
        by_rank = sorted(range(len(blocks)), key=ranks.__getitem__)
        blocks = [blocks[k] for k in by_rank]
    width, height = page_el.get("imageWidth"), page_el.get("imageHeight")
    return Page(
        blocks=number_blocks(blocks), source=name, number=page_number,
        width=number(width, f"{name}: Page@imageWidth") if width else None,
        height=number(height, f"{name}: Page@imageHeight") if height else None,
        image=page_el.get("imageFilename"), explicit_order=bool(order),
    )
