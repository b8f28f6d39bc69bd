"""Read ALTO v2-v4 (`Page` / `TextBlock` / `TextLine` / `String@CONTENT`, `HPOS VPOS WIDTH HEIGHT`, `SP`).

Each `TextBlock` (also inside `ComposedBlock`) becomes a Block, each `TextLine` a Line, each `String`
a Word with its `WC` confidence (0..1). ALTO defines `WC` from 0 to 1, but some producers write
percent (`WC="95"`): when any `WC` of the file is above 1, the file's `WC`s are read as percent and
divided by 100, so `WC="35"` is flagged as low as `WC="0.35"` is. A number outside both scales
(negative, above 100) is ignored (the word has no confidence) with one warning per file, logged on the
`layoutfix` logger; a `WC` that is no finite number is an `InputError`, as a bad box number is.

A line's text is its strings joined by one space where the file has an `SP` (or a `HYP`, written as
its `CONTENT`) between them and directly otherwise, so the text is what the engine delivered.
Coordinates are kept in the file's `MeasurementUnit` (pixel, mm10 or inch1200): reading order only
needs them to be consistent within a page.
"""

from __future__ import annotations

import math

from lxml import etree

from ..errors import InputError
from ..model import BBox, Block, Line, Page, Word
from .boxes import FLOATS, make_block, number, number_blocks, remembered_float
from .confidence import Confidences
from .xmlsafe import local, parse_xml

#: `HYP` contents that only mark a word broken at the line's end and are never text: the not sign `¬`
#: (ABBYY and others write it as ALTO's hyphenation mark) and the soft hyphen U+00AD. Before a next
#: line such a `HYP` breaks a word whether or not `SUBS_CONTENT` names it (`_word_break`); a `-` may
#: belong to the word (`Covid-19`), so it needs `SUBS_CONTENT`.
_BREAK_MARKS = frozenset({"¬", "\u00ad"})


def _num(el: etree._Element, attr: str, name: str) -> float | None:
    raw = el.get(attr)
    if raw is None:
        return None
    return number(raw, f"{name}: line {el.sourceline}: {local(el.tag)}@{attr}")


def _checked_bbox(el: etree._Element, name: str) -> BBox | None:
    x, y, w, h = (_num(el, a, name) for a in ("HPOS", "VPOS", "WIDTH", "HEIGHT"))
    if x is None or y is None or w is None or h is None:
        return None
    return BBox(x, y, x + w, y + h)


def _bbox(el: etree._Element, name: str) -> BBox | None:
    """The box of `el`; None if an attribute is missing, `InputError` if one is not a finite number.

    The usual case (four numbers seen before) is four `FLOATS` look-ups; anything else goes through
    `_uncached_box`, which parses and remembers them or reports the bad attribute.
    """
    get = el.get
    hpos, vpos, width, height = get(b"HPOS"), get(b"VPOS"), get(b"WIDTH"), get(b"HEIGHT")
    floats = FLOATS
    try:
        x, y, w, h = floats[hpos], floats[vpos], floats[width], floats[height]
    except KeyError:
        return _uncached_box(el, name, hpos, vpos, width, height)
    return BBox(x, y, x + w, y + h)  # (finite numbers, as `_checked_bbox` would make it)


def _conf(el: etree._Element, name: str) -> float | None:
    raw = el.get("WC")
    if raw is not None:
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if value - value == 0.0:
            return value
    return _num(el, "WC", name)


def _uncached_box(
    el: etree._Element, name: str, hpos: str | None, vpos: str | None, width: str | None, height: str | None
) -> BBox | None:
    """A box when one of its numbers is not in `FLOATS`: parsed (and remembered), or, for anything
    but four finite numbers, `_checked_bbox` with its error."""
    x, y, w, h = (remembered_float(raw) for raw in (hpos, vpos, width, height))
    if x is None or y is None or w is None or h is None:
        return _checked_bbox(el, name)
    return BBox(x, y, x + w, y + h)


def _uncached_conf(el: etree._Element, raw: str, name: str) -> float:
    """A `WC` that is not in `FLOATS`: parsed (and remembered), or `_conf` with its error."""
    value = remembered_float(raw)
    return _conf(el, name) if value is None else value  # type: ignore[return-value]


#: Local name of each tag seen (`{ns}String` -> `String`): one dict look-up per element instead of a split.
_LOCAL: dict[object, str] = {}


def _line(el: etree._Element, name: str, scale: Confidences) -> tuple[Line, etree._Element | None]:
    """One `TextLine` as a Line: its `String`s as Words, joined as the module docstring says.

    Runs for every string of the page, so the usual case (a finite `WC` and four finite box numbers)
    is parsed inline; anything else goes through `_conf` / `_checked_bbox`, which report the bad
    attribute exactly as before (the `WC` before the box). A `WC` outside 0..100 is left out (noted in
    `scale`); the others are as written here: `read_alto` scales a file of percent once it has seen
    every `WC`. Also returns the line's closing `HYP` when no `String` follows it (`_word_break`
    reads it; found here, it costs the words nothing)."""
    words: list[Word] = []
    closing_hyp: etree._Element | None = None
    confs: list[float] = []
    parts: list[str] = []
    pending_space = False
    names = _LOCAL
    floats = FLOATS
    string_tag: object = None  # the full tag of this line's `String`s, once one is seen
    for child in el:
        full = child.tag
        if full != string_tag:  # (one string comparison for most children instead of a dict look-up)
            tag = names.get(full)  # (a comment's or PI's tag is a function: `local` gives it '')
            if tag is None:
                tag = names[full] = local(full)
            if tag == "SP":
                pending_space = True
                continue
            if tag != "String":
                if tag == "HYP":
                    closing_hyp = child
                    parts.append(child.get("CONTENT", "-"))
                    pending_space = False
                continue
            string_tag = full
        get = child.get
        content = get(b"CONTENT", "")
        if not content:
            continue
        if pending_space and parts:
            parts.append(" ")
        parts.append(content)
        pending_space = False
        raw = get(b"WC")
        if raw is None:
            wc = None
        else:
            try:
                wc = floats[raw]
            except KeyError:
                wc = _uncached_conf(child, raw, name)
            confs.append(wc)
        hpos, vpos, width, height = get(b"HPOS"), get(b"VPOS"), get(b"WIDTH"), get(b"HEIGHT")
        try:
            x, y, w, h = floats[hpos], floats[vpos], floats[width], floats[height]
        except KeyError:
            box = _uncached_box(child, name, hpos, vpos, width, height)
        else:
            box = BBox(x, y, x + w, y + h)  # (finite numbers, as `_checked_bbox` would make it)
        words.append(Word(content, box, wc))
        closing_hyp = None
    if confs and (max(confs) > 1.0 or min(confs) < 0.0):  # (two C calls a line, not a test a word)
        confs = scale.checked(words, confs, el.sourceline)
    conf = sum(confs) / len(confs) if confs else None  # `boxes.mean`, without a generator step per word
    return Line("".join(parts), _bbox(el, name), conf, words), closing_hyp


def _word_break(hyp: etree._Element, next_line: etree._Element) -> str | None:
    """The hyphen `hyp` ending a line when the file says it breaks one word that `next_line` ends: the
    line's last `String` is `HypPart1`, the next line's first `HypPart2`, both with the same
    `SUBS_CONTENT`, which is the two parts without the hyphen; or the `HYP` is a mark that is never
    text (`_BREAK_MARKS`: `¬`), before a next line; else None."""
    part1 = next(hyp.itersiblings("{*}String", preceding=True), None)
    part2 = next((s for s in next_line.iterfind("{*}String") if s.get("CONTENT")), None)
    if part1 is None or part2 is None:
        return None
    if hyp.get("CONTENT") in _BREAK_MARKS:
        return hyp.get("CONTENT")
    if part1.get("SUBS_TYPE") != "HypPart1" or part2.get("SUBS_TYPE") != "HypPart2":
        return None
    whole = part1.get("SUBS_CONTENT")
    joined = part1.get("CONTENT", "") + part2.get("CONTENT", "")
    return hyp.get("CONTENT", "-") if whole and whole == part2.get("SUBS_CONTENT") == joined else None


def _block_lines(tb: etree._Element, name: str, scale: Confidences) -> list[Line]:
    """A `TextBlock`'s lines that hold text, each ending in a word break the file states marked
    (`Line.word_break`, its hyphen) for the layout to remove as an edit. The last line too when it
    ends in a mark that is never text (`_BREAK_MARKS`) after a word: the word goes on in another
    block, which the layout may join to this one (`join.join_changes`)."""
    lines: list[Line] = []
    broken: tuple[Line, etree._Element] | None = None  # the last line kept, when a `HYP` closes it
    for tl in tb.iter("{*}TextLine"):
        line, hyp = _line(tl, name, scale)
        if not line.text:
            continue
        if broken is not None:
            broken[0].word_break = _word_break(broken[1], tl)
        lines.append(line)
        broken = (line, hyp) if hyp is not None else None
    if broken is not None:
        broken[0].word_break = _block_end_break(broken[1])
    return lines


def _block_end_break(hyp: etree._Element) -> str | None:
    """The mark `hyp` ending a block's last line when it is one that is never text (`_BREAK_MARKS`)
    and a `String` stands before it; else None (a `-` may belong to the word, and which block holds
    the rest of it is the layout's call)."""
    mark = hyp.get("CONTENT")
    if mark not in _BREAK_MARKS or next(hyp.itersiblings("{*}String", preceding=True), None) is None:
        return None
    return mark


def read_alto(data: bytes, name: str = "-") -> list[Page]:
    """Every ALTO `Page` as a Page with boxes and confidences."""
    root = parse_xml(data, name)
    if local(root.tag) != "alto":
        raise InputError(f"{name}: root element is <{local(root.tag)}>, not <alto>")
    image = None
    for el in root.iter("{*}fileName"):  # `{*}`: in any namespace or none, found by libxml2
        if el.text:
            image = el.text.strip()
            break
    pages: list[Page] = []
    scale = Confidences("String@WC")
    for k, page_el in enumerate(root.iter("{*}Page"), start=1):
        number = k
        blocks: list[Block] = []
        for tb in page_el.iter("{*}TextBlock"):
            lines = _block_lines(tb, name, scale)
            if lines:
                block_id = tb.get("ID") or f"p{number}b{len(blocks) + 1}"
                blocks.append(make_block(block_id, lines, number, _bbox(tb, name)))
        pages.append(Page(
            blocks=number_blocks(blocks), source=name, number=number,
            width=_num(page_el, "WIDTH", name), height=_num(page_el, "HEIGHT", name), image=image,
        ))
    if not pages:
        raise InputError(f"{name}: ALTO file has no <Page>")
    scale.settle(pages, name)
    return pages
