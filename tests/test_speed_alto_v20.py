"""The ALTO reader's speed work of the twentieth session (docs/performance.md) must not change what
it reads. `alto._line` and `alto._block_lines` are compared with the code they had before
(`_reference_*`, kept here as it was) on generated ALTO files that reach every branch of them:
strings with and without `CONTENT`, `SP` and `HYP` (with and without `CONTENT`, closing a line or
inside it, before a line with text or an empty one), elements of other names, strings of two ALTO
namespaces and of none in one line, confidences in 0..1, in percent, out of range and not numbers,
boxes with numbers missing, not numbers or seen for the first time, and nested text blocks."""

from __future__ import annotations

import pickle
import random
from itertools import pairwise

import pytest
from lxml import etree

from layoutfix.errors import InputError
from layoutfix.model import BBox, Line, Page, Word
from layoutfix.readers import alto
from layoutfix.readers.alto import (
    _LOCAL,
    FLOATS,
    _bbox,
    _uncached_box,
    _uncached_conf,
    _word_break,
    local,
)
from layoutfix.readers.confidence import Confidences

# --- the code before the change ---------------------------------------------------------------------


def _reference_line(el: etree._Element, name: str, scale: Confidences) -> tuple[Line, etree._Element | None]:
    """`alto._line` as the nineteenth session left it (a dict look-up of every child's tag)."""
    words: list[Word] = []
    closing_hyp: etree._Element | None = None
    confs: list[float] = []
    parts: list[str] = []
    pending_space = False
    names = _LOCAL
    floats = FLOATS
    for child in el:
        full = child.tag
        tag = names.get(full)
        if tag is None:
            tag = names[full] = local(full)
        if tag == "String":
            get = child.get
            content = get(b"CONTENT", "")
            if not content:
                continue
            if parts and pending_space:
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
                box = BBox(x, y, x + w, y + h)
            words.append(Word(content, box, wc))
            closing_hyp = None
        elif tag == "SP":
            pending_space = True
        elif tag == "HYP":
            closing_hyp = child
            parts.append(child.get("CONTENT", "-"))
            pending_space = False
    if confs and (max(confs) > 1.0 or min(confs) < 0.0):
        confs = scale.checked(words, confs, el.sourceline)
    conf = sum(confs) / len(confs) if confs else None
    return Line("".join(parts), _bbox(el, name), conf, words), closing_hyp


def _reference_block_lines(tb: etree._Element, name: str, scale: Confidences) -> list[Line]:
    """`alto._block_lines` as the nineteenth session left it (every line read, then filtered, then
    paired)."""
    read = [(tl, *_reference_line(tl, name, scale)) for tl in tb.iter("{*}TextLine")]
    read = [item for item in read if item[1].text]
    for (_, line, hyp), (next_el, _, _) in pairwise(read):
        if hyp is not None:
            line.word_break = _word_break(hyp, next_el)
    return [line for _, line, _ in read]


# --- generated ALTO files ----------------------------------------------------------------------------

V3 = "http://www.loc.gov/standards/alto/ns-v3#"
V4 = "http://www.loc.gov/standards/alto/ns-v4#"

#: Attribute values: numbers seen often, numbers new to `FLOATS` (a fresh one per draw), and values
#: no number reads from.
NUMBERS = ["10", "12", "0", "7.5", "1e1", " 3", "-2"]
BAD_NUMBERS = ["x", "nan", "inf", ""]
CONFIDENCES = ["0.9", "0.35", "1", "95", "35", "100", "-1", "101", "1e3"]
CONTENTS = ["会", "议", "Co", "vid", "-", "¬", "19", " ", "", "政协"]


def _number(rng: random.Random, bad: float) -> str | None:
    roll = rng.random()
    if roll < 0.04:
        return None
    if roll < 0.04 + bad:
        return rng.choice(BAD_NUMBERS)
    if roll < 0.25:
        return f"{rng.randrange(10**6)}.{rng.randrange(100)}"  # not in `FLOATS` yet
    return rng.choice(NUMBERS)


def _set_box(rng: random.Random, el: etree._Element, bad: float) -> None:
    for attr in ("HPOS", "VPOS", "WIDTH", "HEIGHT"):
        value = _number(rng, bad)
        if value is not None:
            el.set(attr, value)


def _child(rng: random.Random, line: etree._Element, ns: str, bad: float) -> None:
    """One child of a `TextLine`: mostly strings and spaces, now and then a hyphen or another element."""
    roll = rng.random()
    tag_ns = ns if rng.random() < 0.9 else rng.choice([V3, V4, ""])
    if roll < 0.55:
        el = etree.SubElement(line, f"{{{tag_ns}}}String" if tag_ns else "String")
        content = rng.choice(CONTENTS)
        if rng.random() < 0.95:
            el.set("CONTENT", content)
        if rng.random() < 0.8:
            el.set("WC", rng.choice(CONFIDENCES) if rng.random() > bad else rng.choice(BAD_NUMBERS))
        _set_box(rng, el, bad)
        if rng.random() < 0.1:
            el.set("SUBS_TYPE", rng.choice(["HypPart1", "HypPart2"]))
            el.set("SUBS_CONTENT", rng.choice(["Covid", "Co", "vid"]))
    elif roll < 0.85:
        etree.SubElement(line, f"{{{tag_ns}}}SP" if tag_ns else "SP")
    elif roll < 0.95:
        el = etree.SubElement(line, f"{{{tag_ns}}}HYP" if tag_ns else "HYP")
        if rng.random() < 0.7:
            el.set("CONTENT", rng.choice(["-", "¬", "\u00ad", ""]))
    else:
        etree.SubElement(line, f"{{{tag_ns}}}{rng.choice(['Shape', 'Glyph', 'Strings'])}")


def _block(rng: random.Random, parent: etree._Element, ns: str, bad: float, depth: int = 0) -> None:
    tb = etree.SubElement(parent, f"{{{ns}}}TextBlock")
    if rng.random() < 0.7:
        tb.set("ID", f"tb{rng.randrange(1000)}")
    _set_box(rng, tb, bad)
    for _ in range(rng.randrange(0, 5)):
        if depth < 1 and rng.random() < 0.05:
            _block(rng, tb, ns, bad, depth + 1)  # a text block inside a text block: its lines read twice
            continue
        line = etree.SubElement(tb, f"{{{ns}}}TextLine")
        _set_box(rng, line, bad)
        for _ in range(rng.randrange(0, 8)):
            _child(rng, line, ns, bad)


def _alto(rng: random.Random, bad: float) -> bytes:
    """A random ALTO file of one or two pages of text blocks."""
    ns = rng.choice([V3, V4])
    root = etree.Element(f"{{{ns}}}alto", nsmap={None: ns})
    layout = etree.SubElement(root, f"{{{ns}}}Layout")
    for _ in range(rng.choice([1, 1, 2])):
        page = etree.SubElement(layout, f"{{{ns}}}Page", WIDTH="1000", HEIGHT="800")
        space = etree.SubElement(page, f"{{{ns}}}PrintSpace")
        for _ in range(rng.randrange(1, 5)):
            _block(rng, space, ns, bad)
    return etree.tostring(root)


def _read(data: bytes) -> bytes | str:
    """What `read_alto` gives for `data`: its pages pickled, or its error's message."""
    try:
        pages: list[Page] = alto.read_alto(data, "p.xml")
    except InputError as exc:
        return f"InputError: {exc}"
    return pickle.dumps(pages)


@pytest.mark.parametrize("bad", [0.0, 0.02])
def test_alto_reader_reads_what_the_code_before_read(bad: float, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(20 + int(bad * 100))
    for _ in range(1500):
        data = _alto(rng, bad)
        new = _read(data)
        with monkeypatch.context() as patched:
            patched.setattr(alto, "_block_lines", _reference_block_lines)
            old = _read(data)
        assert new == old, data.decode()
