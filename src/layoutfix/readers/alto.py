"""Read ALTO v2-v4 (`Page` / `TextBlock` / `TextLine` / `String@CONTENT`, `HPOS VPOS WIDTH HEIGHT`, `SP`).

Each `TextBlock` (also inside `ComposedBlock`) becomes a Block, each `TextLine` a Line, each `String`
a Word with its `WC` confidence (0..1). A line's text is its strings joined by one space where the
file has an `SP` (or a `HYP`, written as its `CONTENT`) between them and directly otherwise, so the
text is what the engine delivered. Coordinates are kept in the file's `MeasurementUnit` (pixel,
mm10 or inch1200): reading order only needs them to be consistent within a page.
"""

from __future__ import annotations

from lxml import etree

from ..errors import InputError
from ..model import BBox, Block, Line, Page, Word
from .boxes import make_block, mean, number, number_blocks
from .xmlsafe import local, parse_xml


def _num(el: etree._Element, attr: str, name: str) -> float | None:
    raw = el.get(attr)
    if raw is None:
        return None
    return number(raw, f"{name}: line {el.sourceline}: {local(el.tag)}@{attr}")


def _bbox(el: etree._Element, name: str) -> BBox | None:
    x, y, w, h = (_num(el, a, name) for a in ("HPOS", "VPOS", "WIDTH", "HEIGHT"))
    if x is None or y is None or w is None or h is None:
        return None
    return BBox(x, y, x + w, y + h)


def _line(el: etree._Element, name: str) -> Line:
    words: list[Word] = []
    parts: list[str] = []
    pending_space = False
    for child in el:
        tag = local(child.tag)
        if tag == "String":
            content = child.get("CONTENT", "")
            if not content:
                continue
            if parts and pending_space:
                parts.append(" ")
            parts.append(content)
            pending_space = False
            wc = _num(child, "WC", name)
            words.append(Word(content, _bbox(child, name), wc))
        elif tag == "SP":
            pending_space = True
        elif tag == "HYP":
            parts.append(child.get("CONTENT", "-"))
            pending_space = False
    return Line(text="".join(parts), bbox=_bbox(el, name), conf=mean(w.conf for w in words), words=words)


def read_alto(data: bytes, name: str = "-") -> list[Page]:
    """Every ALTO `Page` as a Page with boxes and confidences."""
    root = parse_xml(data, name)
    if local(root.tag) != "alto":
        raise InputError(f"{name}: root element is <{local(root.tag)}>, not <alto>")
    image = None
    for el in root.iter():
        if local(el.tag) == "fileName" and el.text:
            image = el.text.strip()
            break
    pages: list[Page] = []
    for k, page_el in enumerate((el for el in root.iter() if local(el.tag) == "Page"), start=1):
        number = k
        blocks: list[Block] = []
        for tb in (el for el in page_el.iter() if local(el.tag) == "TextBlock"):
            lines = [_line(tl, name) for tl in tb.iter() if local(tl.tag) == "TextLine"]
            lines = [ln for ln in lines if ln.text]
            if lines:
                block_id = tb.get("ID") or f"p{number}b{len(blocks) + 1}"
                blocks.append(make_block(block_id, lines, number, _bbox(tb, name)))
        pages.append(Page(
            blocks=number_blocks(blocks), source=name, number=number,
            width=_num(page_el, "WIDTH", name), height=_num(page_el, "HEIGHT", name), image=image,
        ))
    if not pages:
        raise InputError(f"{name}: ALTO file has no <Page>")
    return pages
