"""Read hOCR (Tesseract's `ocr_page` / `ocr_carea` / `ocr_par` / `ocr_line` / `ocrx_word`).

Each `ocr_par` becomes a Block (an `ocr_carea` without paragraphs, or lines outside any paragraph,
become one Block each), each line class (`ocr_line`, `ocr_header`, `ocr_caption`, `ocr_textfloat`) a
Line, each `ocrx_word` a Word with its `bbox` and `x_wconf` scaled to 0..1. Line text is the words
joined by single spaces, exactly as Tesseract's own text output has them (it separates every CJK
character); the spacing normaliser removes those spaces later. The file must be well-formed XHTML,
as Tesseract writes it: it goes through the hardened parser in `xmlsafe`.
"""

from __future__ import annotations

import regex

from ..errors import InputError
from ..model import BBox, Block, Line, Page, Word
from .boxes import make_block, mean, number, number_blocks, union
from .xmlsafe import parse_xml

LINE_CLASSES = frozenset({"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
_PROP = regex.compile(r"\s*([a-z_]+)\s+([^;]*)")


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


def _classes(el: object) -> set[str]:
    return set((el.get("class") or "").split())  # type: ignore[attr-defined]


def _line(el: object, name: str) -> Line:
    props = parse_title(el.get("title", ""))  # type: ignore[attr-defined]
    words: list[Word] = []
    for w in el.iter():  # type: ignore[attr-defined]
        if "ocrx_word" not in _classes(w):
            continue
        wp = parse_title(w.get("title", ""))
        text = "".join(w.itertext()).strip()
        if not text:
            continue
        conf = None
        if "x_wconf" in wp:
            conf = number(wp["x_wconf"], f"{name}: line {w.sourceline}: x_wconf") / 100
        words.append(Word(text, _bbox(wp, name, w.sourceline), conf))
    # no words: the line's own text, whitespace runs collapsed as an HTML reader would
    text = " ".join(w.text for w in words) if words else " ".join("".join(el.itertext()).split())  # type: ignore[attr-defined]
    box = _bbox(props, name, el.sourceline) or union(w.bbox for w in words)  # type: ignore[attr-defined]
    return Line(text=text, bbox=box, conf=mean(w.conf for w in words), words=words)


def _blocks_of(page_el: object, page_no: int, name: str) -> list[Block]:
    """Blocks of one page: paragraphs, else content areas, each holding its lines in document order."""
    units = [el for el in page_el.iter() if "ocr_par" in _classes(el)]  # type: ignore[attr-defined]
    if not units:
        units = [el for el in page_el.iter() if "ocr_carea" in _classes(el)]  # type: ignore[attr-defined]
    if not units:
        units = [page_el]
    blocks: list[Block] = []
    for unit in units:
        lines = [_line(el, name) for el in unit.iter() if _classes(el) & LINE_CLASSES]  # type: ignore[attr-defined]
        lines = [ln for ln in lines if ln.text]
        if not lines:
            continue
        box = _bbox(parse_title(unit.get("title", "")), name, unit.sourceline)  # type: ignore[attr-defined]
        block_id = unit.get("id") or f"p{page_no}b{len(blocks) + 1}"  # type: ignore[attr-defined]
        blocks.append(make_block(block_id, lines, page_no, box))
    return number_blocks(blocks)


def read_hocr(data: bytes, name: str = "-") -> list[Page]:
    """Every `ocr_page` of an hOCR document as a Page with boxes and confidences."""
    root = parse_xml(data, name)
    pages_el = [el for el in root.iter() if "ocr_page" in _classes(el)]
    if not pages_el:
        raise InputError(f"{name}: no ocr_page element: not hOCR")
    pages: list[Page] = []
    for k, el in enumerate(pages_el, start=1):
        props = parse_title(el.get("title", ""))
        box = _bbox(props, name, el.sourceline)
        number = k
        if "ppageno" in props and props["ppageno"].isdecimal():
            number = int(props["ppageno"]) + 1
        image = props.get("image", "").strip('"') or None
        pages.append(Page(
            blocks=_blocks_of(el, number, name), source=name, number=number,
            width=box.width if box else None, height=box.height if box else None, image=image,
        ))
    return pages
