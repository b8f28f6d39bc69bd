"""Read hOCR (Tesseract's `ocr_page` / `ocr_carea` / `ocr_par` / `ocr_line` / `ocrx_word`).

Each `ocr_par` becomes a Block (the lines of an `ocr_carea` outside its paragraphs, or of a page
outside any area, become one Block each), each line class (`ocr_line`, `ocr_header`, `ocr_caption`,
`ocr_textfloat`) a Line, each `ocrx_word` a Word with its `bbox` and `x_wconf` scaled to 0..1 (an
`x_wconf` outside the spec's 0..100 is ignored, with one warning line per file: `readers/confidence.py`). Line
text is the words joined by single spaces, exactly as Tesseract's own text output has them (it
separates every CJK character); the spacing normaliser removes those spaces later. A line holding
text outside its words (or no words) is its whole text with the markup's whitespace runs collapsed,
so no character of it is lost. Every word is read once: a line nested in another line (not
Tesseract's output, but a hand-edited file or an engine that wraps lines in an `ocr_caption` or
`ocr_textfloat` span) is a line of its own, and the outer line holds only what lies outside it; words
outside any line (an engine that writes paragraphs of words) form a line of their own, one for each
run of such words in one paragraph (or area, or page) not interrupted by a line. Text outside every
line and word (`<span class='ocr_pageno'>4</span>`, a hand-made `<p class='ocr_par'>text</p>`, a
character between two lines) is a line of its own, in document order, in the block of the element
holding it, with that element's box (else the nearest box around it below the page): no text of a
page is dropped. Text in the body outside every `ocr_page` belongs to no page: the file is refused.
The alternative readings Tesseract writes with `-c lstm_choice_mode=1|2` (`ocrx_cinfo` spans inside
an `ocr_symbol` or another `ocrx_cinfo`) are no text and are left out (`_drop_alternatives`).
The file must be well-formed XHTML, as Tesseract writes it: it goes through the hardened parser in
`xmlsafe`.

A line's `Line.label` comes from the hOCR classes that say what a region is (docs/readers.md,
"Region labels"): `ocr_pageno`, `ocr_footer` and `ocr_title` on the line or an element around it,
`ocr_header` (the spec's page header) and `ocr_caption` on an element around it. Tesseract's own line
classes `ocr_header`, `ocr_caption` and `ocr_textfloat` are its layout guess from the same type sizes
the geometry measures, and weak (`ocr_header` marks a headline there, not a running head): they give
no label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

import regex
from lxml import etree

from ..errors import InputError
from ..model import BBox, Block, Line, Page, Word
from .boxes import FLOATS, make_block, number, number_blocks, remembered_float, union
from .confidence import PERCENT_MAX, Confidences
from .turn import TURNS, turn_blocks
from .xmlsafe import XML_SPACE, parse_xml

LINE_CLASSES = frozenset({"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
#: Labels (`Line.label`) of the classes a person or a layout tool sets, on a line element itself.
LINE_LABELS: dict[str, str] = {"ocr_pageno": "page-number", "ocr_footer": "furniture", "ocr_title": "heading"}
#: Labels of the classes on an element holding lines (hOCR 1.2's floats and logical elements): also
#: `ocr_header` (a page header there) and `ocr_caption`, which on a line are Tesseract's guesses.
AREA_LABELS: dict[str, str] = {**LINE_LABELS, "ocr_header": "furniture", "ocr_caption": "caption"}
_LABEL_CLASSES = frozenset(AREA_LABELS)
#: The classes whose elements' text `_line` and `_LooseWords` read: text anywhere else is read as
#: a line of its own (`_add_stray`).
_TEXT_CLASSES = LINE_CLASSES | {"ocrx_word"}
_PROP = regex.compile(r"\s*([a-z_]+)\s+([^;]*)")
#: A word's `title` exactly as Tesseract writes it (ASCII digits: `float` reads them as `number`
#: would, and nine digits stay finite). Any other title goes through `parse_title`.
_WORD_TITLE = re.compile(r"bbox ([0-9]{1,9}) ([0-9]{1,9}) ([0-9]{1,9}) ([0-9]{1,9}); x_wconf ([0-9]{1,9})")
#: A line's or paragraph's `title` opening as Tesseract writes it: its first property a bbox of four
#: such numbers. When "bbox" occurs nowhere else in the title, that is the box `parse_title` finds.
_BOX_TITLE = re.compile(r"bbox ([0-9]{1,9}) ([0-9]{1,9}) ([0-9]{1,9}) ([0-9]{1,9})(?:;|\Z)")
#: What XML and HTML count as whitespace (`xmlsafe.XML_SPACE`): the indentation around and between the
#: elements' text. Other Unicode spaces (U+3000, NBSP) are text the engine delivered: a full-width space
#: is a phrase gap, so `str.strip` / `str.split` (which take them too) would alter the text.
MARKUP_SPACE = XML_SPACE
_MARKUP_SPACE_RUN = re.compile(r"[ \t\n\r]+")
#: Class sets of the `class` values seen (a page repeats a handful), bounded against odd files.
_CLASS_SETS: dict[str | None, frozenset[str]] = {}
#: Every element of one document with its classes: the readers walk subtrees several times (pages,
#: paragraphs, lines, words), and lxml hands back the same element objects while they are alive.
Classes = dict[etree._Element, frozenset[str]]


def parse_title(title: str) -> dict[str, str]:
    """hOCR properties from a `title` attribute: `bbox 1 2 3 4; x_wconf 95` -> {'bbox': '1 2 3 4', ...}."""
    props: dict[str, str] = {}
    for part in title.split(";"):
        m = _PROP.match(part)
        if m:
            props[m.group(1)] = m.group(2).strip()
    return props


def _bbox(props: dict[str, str], name: str, where: object) -> BBox | None:
    raw = props.get("bbox")
    if raw is None:
        return None
    values = raw.split()
    if len(values) != 4:
        raise InputError(f"{name}: line {where}: bad hOCR bbox {raw!r}")
    x0, y0, x1, y1 = (number(v, f"{name}: line {where}: hOCR bbox") for v in values)
    return BBox(x0, y0, x1, y1)


def _title_box(title: str, name: str, where: object) -> BBox | None:
    """The bbox property of a `title` (`_bbox` of `parse_title`), read directly when the title opens
    as Tesseract writes it."""
    m = _BOX_TITLE.match(title)
    if m is None or title.count("bbox") != 1:
        return _bbox(parse_title(title), name, where)
    v = [remembered_float(raw) for raw in m.groups()]  # (digits only: finite)
    return BBox(v[0], v[1], v[2], v[3])  # type: ignore[arg-type]


def _classes(el: object) -> frozenset[str]:
    raw = el.get("class")  # type: ignore[attr-defined]
    found = _CLASS_SETS.get(raw)
    if found is None:
        found = frozenset((raw or "").split())
        if len(_CLASS_SETS) < 4096:
            _CLASS_SETS[raw] = found
    return found


def _remembered_word_numbers(x0: str, y0: str, x1: str, y1: str, wconf: str) -> tuple[float, BBox]:
    """A Tesseract word title's `x_wconf` (as written, 0..100) and box when a number of it is not in
    `FLOATS` yet."""
    v = [remembered_float(raw) for raw in (x0, y0, x1, y1, wconf)]
    return v[4], BBox(v[0], v[1], v[2], v[3])  # type: ignore[return-value,arg-type]


def _word_conf(wconf: float, word: etree._Element, scale: Confidences) -> float | None:
    """An `x_wconf` (0..100 by the hOCR spec) as a fraction, or None (noted for the file's warning)
    for a number outside 0..100, which no scale reads as a confidence."""
    if 0.0 <= wconf <= PERCENT_MAX:
        return wconf / 100
    return scale.kept(wconf, word.sourceline)  # (None: outside the range)


def _collapse_space(text: str) -> str:
    """`text` with each run of markup whitespace as one space and none at the ends (how HTML shows
    it); other Unicode spaces are kept as they are."""
    return _MARKUP_SPACE_RUN.sub(" ", text).strip(" ")


def _visible_length(text: str) -> int:
    """How many characters of `text` are not markup whitespace."""
    return len(text) - sum(map(text.count, MARKUP_SPACE))


def _line(el: etree._Element, name: str, classes: Classes,
          claimed: set[etree._Element], scale: Confidences) -> tuple[Line, bool]:
    """One line element as a Line: its `ocrx_word` descendants as Words (see the module docstring),
    each added to `claimed`. A line with another line inside holds only what lies outside that one;
    the flag says whether there is one (the page's walk must then visit the line's inside)."""
    word_els: list[etree._Element] = []
    for d in el.iter():
        kinds = classes[d]
        if "ocrx_word" in kinds:
            word_els.append(d)
        elif kinds & LINE_CLASSES and d is not el:
            return _outer_line(el, name, classes, claimed, scale), True
    claimed.update(word_els)
    # (the text serialiser is C: ~2 us a line, `itertext` ~12)
    whole = etree.tostring(el, method="text", encoding=str, with_tail=False)
    box = _title_box(el.get("title", ""), name, el.sourceline)
    return _line_of(_outermost(word_els), whole, box, name, scale), False


def _outer_line(el: etree._Element, name: str, classes: Classes, claimed: set[etree._Element],
                scale: Confidences) -> Line:
    """A line element holding other line elements: its words and text outside them."""
    word_els = [d for d in _outside_lines(el, classes) if "ocrx_word" in classes[d]]
    claimed.update(word_els)
    # a word holding a line is no word here: its text outside that line is the outer line's text
    word_els = [w for w in word_els if not any(classes[d] & LINE_CLASSES for d in w.iterdescendants())]
    box = _title_box(el.get("title", ""), name, el.sourceline)
    return _line_of(_outermost(word_els), _text_outside_lines(el, classes), box, name, scale)


def _outermost(word_els: list[etree._Element]) -> list[etree._Element]:
    """The words of `word_els` (in document order) not inside another word: a word's text holds the
    words inside it, which read again would repeat their text (and hide text outside the words)."""
    if not any(map(len, word_els)):  # (Tesseract's words hold at most a <strong>: the usual case)
        return word_els
    inner: set[etree._Element] = set()
    for w in word_els:
        if len(w) and w not in inner:
            inner.update(w.iterdescendants())
    return [w for w in word_els if w not in inner]


def _outside_lines(el: etree._Element, classes: Classes) -> Iterator[etree._Element]:
    """The descendants of `el` that are not inside a line element nested in it (nor such a line)."""
    for child in el:
        if not classes[child] & LINE_CLASSES:
            yield child
            yield from _outside_lines(child, classes)


def _text_outside_lines(el: etree._Element, classes: Classes) -> str:
    """The text of `el` (no tail) without the text of the line elements nested in it."""
    parts = [el.text or ""]
    for child in el:
        if not classes[child] & LINE_CLASSES:
            parts.append(_text_outside_lines(child, classes))
        parts.append(child.tail or "")
    return "".join(parts)


def _word_text(word: etree._Element) -> str:
    """The text of a word element holding elements (`<strong>`, Tesseract's `ocrx_cinfo` character
    spans): its text pieces without the indentation between those elements. Tesseract's
    `hocr_char_boxes=1` writes each character's span on a line of its own (`\n       <span
    class='ocrx_cinfo' …>全</span>`), and that line break is markup, not a gap inside the word; a
    piece of whitespace on one line (`<b>A</b> <i>B</i>`) is kept, as an HTML reader shows it."""
    # (str from a parsed document; lxml-stubs also allow bytes)
    texts = [p for p in word.itertext() if isinstance(p, str)]
    pieces = [p for p in texts if p.strip(MARKUP_SPACE) or not _is_indent(p)]
    return "".join(pieces).strip(MARKUP_SPACE)


def _is_indent(space: str) -> bool:
    """Whether a run of markup whitespace breaks the line: indentation between elements."""
    return "\n" in space or "\r" in space


def _line_of(word_els: list[etree._Element], whole: str | None, box: BBox | None, name: str,
             scale: Confidences) -> Line:
    """A Line of word elements and the text of the markup they stand in (`whole`; None: just the
    words): the words joined by single spaces, or `whole` with its markup whitespace collapsed when
    it holds more. Without a `box`, the words' union. An `x_wconf` outside 0..100 is left out (the
    word has no confidence), noted in `scale` for the file's warning.

    Runs for every word of the page, so a title written as Tesseract writes it is read from one
    regex match (its groups taken at once) and the line's confidence is averaged over a list."""
    words: list[Word] = []
    confs: list[float] = []
    fullmatch = _WORD_TITLE.fullmatch
    floats = FLOATS
    for w in word_els:
        title = w.get("title", "")
        m = fullmatch(title)
        wp = parse_title(title) if m is None else None
        text = _word_text(w) if len(w) else (w.text or "").strip(MARKUP_SPACE)
        if not text:
            continue
        if m is not None:  # `parse_title` would give bbox and x_wconf: the same numbers, directly
            x0, y0, x1, y1, wconf = m.groups()
            try:  # (digits only: every one is a finite float, remembered in `FLOATS`)
                raw = floats[wconf]
                wbox: BBox | None = BBox(floats[x0], floats[y0], floats[x1], floats[y1])
            except KeyError:
                raw, wbox = _remembered_word_numbers(x0, y0, x1, y1, wconf)
            # (never negative: digits only)
            conf: float | None = raw / 100 if raw <= PERCENT_MAX else _word_conf(raw, w, scale)
        else:
            assert wp is not None
            conf = None
            if "x_wconf" in wp:
                conf = _word_conf(number(wp["x_wconf"], f"{name}: line {w.sourceline}: x_wconf"), w, scale)
            wbox = _bbox(wp, name, w.sourceline)
        if conf is not None:
            confs.append(conf)
        words.append(Word(text, wbox, conf))
    text = " ".join([w.text for w in words])
    if whole is not None and _visible_length(whole) != _visible_length(text):
        # no words, or text outside them: the line's own text, markup whitespace runs collapsed as
        # an HTML reader would show it
        text = _collapse_space(whole)
    # `boxes.mean` of the words' confidences, the known ones collected above in word order
    return Line(text, box or union([w.bbox for w in words]), sum(confs) / len(confs) if confs else None,
                words)


def _unit_of(line_el: etree._Element, page_el: etree._Element, classes: Classes) -> etree._Element:
    """The element whose block a line belongs to: its nearest `ocr_par`, else its nearest
    `ocr_carea` or labelled element (`AREA_LABELS`: a page number, a caption is a block of its own),
    else the page. The line's own classes do not count (Tesseract's `ocr_caption` line is a line)."""
    return _nearest_unit(line_el.iterancestors(), page_el, classes)


def _nearest_unit(
    elements: Iterable[etree._Element], page_el: etree._Element, classes: Classes
) -> etree._Element:
    """The unit (`_unit_of`) among `elements`, walked nearest first up to the page: the first
    `ocr_par`, else the first `ocr_carea` or labelled element, else the page."""
    area = None
    for anc in elements:
        found = classes.get(anc, frozenset())
        if "ocr_par" in found:
            return anc
        if area is None and ("ocr_carea" in found or found & _LABEL_CLASSES):
            area = anc
        if anc is page_el:
            break
    return area if area is not None else page_el


def _label_of(el: etree._Element, page_el: etree._Element, classes: Classes) -> str | None:
    """The `Line.label` of a line (or loose word) element: from its own classes (`LINE_LABELS`), else
    from the nearest element around it below the page that carries one (`AREA_LABELS`)."""
    for kind in classes[el] & _LABEL_CLASSES:
        if kind in LINE_LABELS:
            return LINE_LABELS[kind]
    parent = el.getparent()
    return _holder_label(parent, page_el, classes) if parent is not None else None


def _blocks_of(page_el: etree._Element, page_no: int, name: str, classes: Classes,
               scale: Confidences) -> tuple[list[Block], list[int | None]]:
    """Blocks of one page: each line goes to its paragraph, else its content area, else the page's
    own block; blocks in the order of their first lines. Words outside every line make lines of
    their own (`_LooseWords`). Lines get their labels (`_label_of`) when the page holds a label class.
    With each block, how its text is turned on the scan (`_block_angle`)."""
    units: dict[etree._Element, list[Line]] = {}
    turns: dict[etree._Element, list[int]] = {}  # each unit's line elements' `textangle`s
    claimed: set[etree._Element] = set()  # the words the lines read so far (a line precedes its words)
    loose = _LooseWords(page_el, name, classes, units, scale)
    labelled = any(classes[el] & _LABEL_CLASSES for el in page_el.iter())
    inside = 0  # how many line or word elements the walk is in: text there is theirs
    walk = etree.iterwalk(page_el, events=("start", "end"))
    space = MARKUP_SPACE
    for event, el in walk:
        kinds = classes[el]
        if event == "end":
            if kinds & _TEXT_CLASSES:
                inside -= 1
            # (`_holds_text` inlined: every element ends here, and its tail is mostly indentation)
            if inside == 0 and (tail := el.tail) and tail.strip(space) and el is not page_el:
                loose.flush()
                _add_stray(el.getparent(), tail, page_el, name, classes, units)
            continue
        if kinds & LINE_CLASSES:
            loose.flush()
            line, nested = _line(el, name, classes, claimed, scale)
            if labelled:
                line.label = _label_of(el, page_el, classes)
            unit = _unit_of(el, page_el, classes)
            units.setdefault(unit, []).append(line)
            turns.setdefault(unit, []).append(_text_angle(el.get("title", "")))
            if not nested:  # the line read all of its inside
                walk.skip_subtree()
        elif "ocrx_word" in kinds and el not in claimed:
            loose.add(el)
            walk.skip_subtree()  # its text is the word's: a word inside is no word of its own
        elif inside == 0 and (text := el.text) and text.strip(space):
            loose.flush()
            _add_stray(el, text, page_el, name, classes, units)
        if kinds & _TEXT_CLASSES:
            inside += 1
    loose.flush()
    blocks: list[Block] = []
    angles: list[int | None] = []
    for unit, found in units.items():
        lines = [ln for ln in found if ln.text]
        if not lines:
            continue
        box = _title_box(unit.get("title", ""), name, unit.sourceline)
        block_id = unit.get("id") or f"p{page_no}b{len(blocks) + 1}"
        blocks.append(make_block(block_id, lines, page_no, box))
        angles.append(_block_angle(turns.get(unit)))
    return number_blocks(blocks), angles


#: A `textangle` property in a line's `title` (Tesseract writes it instead of a baseline).
_TEXT_ANGLE = re.compile(r"(?:^|;)\s*textangle\s+([0-9]{1,3})\s*(?:;|$)")


def _text_angle(title: str) -> int:
    """How a line's text is turned on the scan, from its `textangle` (90, 180 or 270: `turn.TURNS`);
    0 without one, or for any other value (Tesseract writes no other)."""
    if "textangle" not in title:
        return 0
    m = _TEXT_ANGLE.search(title)
    angle = int(m.group(1)) if m else 0
    return angle if angle in TURNS else 0


def _block_angle(line_angles: list[int] | None) -> int | None:
    """How a block's text is turned: as most of its line elements' (Tesseract turns a whole block,
    so they agree); None for a block of no line element (text outside lines, words outside lines),
    which goes with the page."""
    if not line_angles:
        return None
    return Counter(line_angles).most_common(1)[0][0]


def _holds_text(text: str | None) -> bool:
    """Whether markup text holds a character that is not markup whitespace (indentation is not text)."""
    return text is not None and bool(text.strip(MARKUP_SPACE))


def _add_stray(holder: etree._Element, text: str, page_el: etree._Element, name: str, classes: Classes,
               units: dict[etree._Element, list[Line]]) -> None:
    """Text standing outside every line and word (`<span class='ocr_pageno'>4</span>`, a hand-made
    `<p class='ocr_par'>…</p>`, text between two elements) as a line of its own in the block its
    `holder` (the element it stands in) belongs to, so no character of the file is lost."""
    box = _holder_box(holder, page_el, name)
    line = Line(_collapse_space(text), box, None, [])
    line.label = _holder_label(holder, page_el, classes)
    units.setdefault(_holder_unit(holder, page_el, classes), []).append(line)


def _holder_box(holder: etree._Element, page_el: etree._Element, name: str) -> BBox | None:
    """The box of text outside lines: its holder's bbox, else that of the nearest element around it
    below the page (the page's box would make the text a page-sized line, a headline by its size)."""
    for el in (holder, *holder.iterancestors()):
        if el is page_el:
            return None
        title = el.get("title")
        if title and "bbox" in title:
            box = _title_box(title, name, el.sourceline)
            if box is not None:
                return box
    return None


def _holder_unit(holder: etree._Element, page_el: etree._Element, classes: Classes) -> etree._Element:
    """The element whose block text outside lines belongs to: as for a line (`_unit_of`), with its
    holder counted as the nearest paragraph or area when it is one (the holder is no line)."""
    return _nearest_unit((holder, *holder.iterancestors()), page_el, classes)


def _holder_label(holder: etree._Element, page_el: etree._Element, classes: Classes) -> str | None:
    """The `Line.label` of text outside lines: from the nearest element, its holder first, below the
    page carrying a label class (`AREA_LABELS`: the holder is no line, so its `ocr_caption` is no
    Tesseract guess)."""
    for el in (holder, *holder.iterancestors()):
        if el is page_el:
            break
        for kind in classes.get(el, frozenset()) & _LABEL_CLASSES:
            return AREA_LABELS[kind]
    return None


class _LooseWords:
    """Words outside every line, gathered into one line per run in one paragraph (or area, or page):
    a run ends at a line element or at a word of another unit, and its line joins that unit's block
    in document order. Its text is the words joined by single spaces, as a line's is."""

    def __init__(self, page_el: etree._Element, name: str, classes: Classes,
                 units: dict[etree._Element, list[Line]], scale: Confidences) -> None:
        self.page_el, self.name, self.classes, self.units = page_el, name, classes, units
        self.scale = scale
        self.unit: etree._Element | None = None
        self.words: list[etree._Element] = []

    def add(self, word: etree._Element) -> None:
        """Take the next word outside every line."""
        unit = _unit_of(word, self.page_el, self.classes)
        if unit is not self.unit:
            self.flush()
            self.unit = unit
        self.words.append(word)

    def flush(self) -> None:
        """End the current run: its words as one line of its unit."""
        if self.unit is not None and self.words:
            line = _line_of(self.words, None, None, self.name, self.scale)
            line.label = _label_of(self.words[0], self.page_el, self.classes)
            self.units.setdefault(self.unit, []).append(line)
        self.unit, self.words = None, []


#: The classes of the elements Tesseract's `lstm_choice_mode` writes a character's alternative
#: readings in: `=1` an `ocr_symbol` of `ocrx_cinfo` timesteps of `ocrx_cinfo` choices, `=2` an
#: `ocrx_cinfo` group of `ocrx_cinfo` choices (hocrrenderer.cpp), after the chosen character.
_CHOICE_HOLDERS = frozenset({"ocr_symbol", "ocrx_cinfo"})


def _drop_alternatives(classes: Classes) -> None:
    """Take Tesseract's alternative readings (`-c lstm_choice_mode=1` or `=2`) out of the document:
    every `ocrx_cinfo` inside an `ocr_symbol` or another `ocrx_cinfo`. They are candidates the engine
    did not choose (`全` then `全 仝` for the one character 全), never text of the page; the chosen
    character stands before them, in the word's text or its own `ocrx_cinfo` (`hocr_char_boxes=1`),
    which no other `ocrx_cinfo` holds. The holders stay, so text of theirs outside the choices (none
    in Tesseract's output) is still read; each dropped element's tail stays in place."""
    drop = []
    for el, found in classes.items():
        if "ocrx_cinfo" in found:
            parent = el.getparent()
            if parent is not None and classes.get(parent, frozenset()) & _CHOICE_HOLDERS:
                drop.append(el)
    for el in drop:
        parent = el.getparent()
        assert parent is not None  # (an element of `drop` had a parent; its own parent may be gone)
        if el.tail:
            previous = el.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
        del classes[el]


#: Elements whose text is no page text: the document's head (its `title`, `meta`) and scripts.
_NOT_PAGE_TEXT = frozenset({"head", "script", "style"})


def _refuse_text_outside_pages(root: etree._Element, classes: Classes, name: str) -> None:
    """Raise InputError for text of the document's body outside every `ocr_page`: it belongs to no
    page, so reading the pages alone would lose it silently."""
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, el in walk:
        if event == "start":
            skip = "ocr_page" in classes[el] or etree.QName(el).localname in _NOT_PAGE_TEXT
            if skip:
                walk.skip_subtree()
            elif _holds_text(el.text):
                _text_outside_pages(el.text, f"line {el.sourceline}", name)
        elif el is not root and _holds_text(el.tail):
            where = f"after the element of line {el.sourceline}"
            _text_outside_pages(el.tail, where, name)


def _text_outside_pages(text: str, where: str, name: str) -> None:
    """Raise the one-line error for `text` standing outside every page."""
    shown = _collapse_space(text)
    shown = shown if len(shown) <= 20 else shown[:20] + "…"
    raise InputError(f"{name}: {where}: text outside every ocr_page: {shown!r}; "
                     "put it inside a page or remove it")


def read_hocr(data: bytes, name: str = "-") -> list[Page]:
    """Every `ocr_page` of an hOCR document as a Page with boxes and confidences."""
    root = parse_xml(data, name)
    classes: Classes = {el: _classes(el) for el in root.iter()}  # one `class` read per element
    pages_el = [el for el, found in classes.items() if "ocr_page" in found]
    if not pages_el:
        raise InputError(f"{name}: no ocr_page element: not hOCR")
    _refuse_text_outside_pages(root, classes, name)
    _drop_alternatives(classes)
    pages: list[Page] = []
    scale = Confidences("x_wconf", scales="0 to 100")
    for k, el in enumerate(pages_el, start=1):
        props = parse_title(el.get("title", ""))
        box = _bbox(props, name, el.sourceline)
        number = k
        if "ppageno" in props and props["ppageno"].isdecimal():
            number = int(props["ppageno"]) + 1
        image = props.get("image", "").strip('"') or None
        blocks, angles = _blocks_of(el, number, name, classes, scale)
        # the boxes are the scan's: the text of a block Tesseract read turned is turned upright (the
        # page keeps the scan's size: its zones are put back on the scan)
        turn_blocks(blocks, angles, box)
        pages.append(Page(
            blocks=blocks, source=name, number=number,
            width=box.width if box else None, height=box.height if box else None, image=image,
        ))
    scale.warn(pages, name)  # (hOCR is percent by its spec: every x_wconf was divided by 100 as read)
    return pages
