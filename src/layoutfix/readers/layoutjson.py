"""Read the JSON that layout-analysis OCR tools write: MinerU's `*_content_list.json` and the result
JSON of PaddleOCR's PP-StructureV3 (`save_to_json`, or the serving API's `prunedResult`).

Both give the page's regions (blocks) in reading order, each with the layout model's label, its box
and its text, which their markdown exports lose. Shapes read (docs/readers.md, "Layout JSON"):

- MinerU content list: `[{"type": "text", "text": ..., "text_level": 1, "bbox": [x0, y0, x1, y1],
  "page_idx": 0}, {"type": "image", "img_path": ..., "image_caption": [...], "image_footnote":
  [...]}, {"type": "table", "table_body": "<table>…", "table_caption": [...]}, ...]`; boxes are on
  MinerU's 0-1000 scale of the page's width and height; older versions write `img_caption` /
  `img_footnote` and no boxes.
- PP-StructureV3: `{"input_path", "page_index", "width"?, "height"?, "parsing_res_list":
  [{"block_label", "block_content", "block_bbox", "block_id"?, "block_order"?}, ...]}`, possibly
  under `res`, a list of such pages, or the serving API's `{"result": {"layoutParsingResults":
  [{"prunedResult": {...}}]}}`. Boxes are page pixels.

Every item becomes one block (an image or table with captions: one block for each part), one line per
line of its text; the item's box is the block's (a line box would be the whole region's, which the
geometry would take for a type size). The layout label goes on every line as `Line.label`
(`model.REGION_LABELS`): titles are headings, figure titles and image captions captions, headers,
footers and page numbers furniture, asides and page footnotes asides. An image with a path becomes the
markdown image line MinerU's own markdown writes (`![](images/….jpg)`), which the markup step makes
a figure; a table's HTML is its text, which the tables step reduces to its cells. The file's order is
the page's reading order (`Page.explicit_order`), as the tools computed it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ..errors import InputError, NotAPageError
from ..model import BBox, Line, Page
from .boxes import make_block, number, number_blocks
from .ocrjson import load_json

#: MinerU content-list types whose whole text carries a label (`Line.label`). `text` with a
#: `text_level` of 1 or more, and `title`, are headings.
MINERU_TYPES: dict[str, str] = {
    "title": "heading",
    "header": "furniture", "footer": "furniture", "page_number": "page-number",
    "aside_text": "aside", "page_footnote": "footnote",
}
#: The caption and footnote fields of MinerU's visual items, read after the item's body as one block
#: with the label: a photo's captions and footnotes (its credit) make one caption, which the labels
#: split into caption and credit; a table's or a code block's footnotes are a note kept apart.
_MINERU_AFTER: dict[str, tuple[tuple[str, ...], str]] = {
    "image": (("image_caption", "img_caption", "image_footnote", "img_footnote"), "caption"),
    "chart": (("chart_caption", "chart_footnote"), "caption"),
    "table": (("table_footnote",), "aside"),
    "code": (("code_footnote",), "aside"),
}
#: The caption fields read before a visual item's body (a table's title stands above it).
_MINERU_BEFORE: dict[str, str] = {"table": "table_caption", "code": "code_caption"}
#: The envelope MinerU puts around a table's HTML (`<html><body><table>…</table></body></html>`): a
#: document wrapper, not text of the page; the table inside it is what the tables step reads.
_HTML_ENVELOPE = regex.compile(
    r"\A\s*<html>\s*<body>(.*)</body>\s*</html>\s*\Z", regex.DOTALL | regex.IGNORECASE)

#: PP-StructureV3 block labels (and the PaddleOCR-VL ones it shares) that carry a `Line.label`;
#: `text`, `content`, `abstract`, `reference`, `formula`, `algorithm`, `table` ... carry none (the
#: text cues decide). Text read inside an image, chart or seal is kept apart from the running text.
PADDLE_LABELS: dict[str, str] = {
    "doc_title": "heading", "paragraph_title": "heading", "abstract_title": "heading",
    "content_title": "heading", "reference_title": "heading",
    "figure_title": "caption", "chart_title": "caption", "table_title": "caption",
    "vision_footnote": "caption",
    "header": "furniture", "footer": "furniture", "number": "page-number",
    "aside_text": "aside", "footnote": "footnote",
    "image": "aside", "chart": "aside", "seal": "aside",
}


def read_layoutjson(data: bytes, name: str = "-") -> list[Page]:
    """Pages from a MinerU content list or a PP-StructureV3 result (see the module docstring)."""
    obj = load_json(data, name, "layout JSON")
    if isinstance(obj, list) and obj and all(isinstance(it, dict) and "page_idx" in it for it in obj):
        return _mineru_pages(obj, name)
    pages = list(_paddle_page_objects(obj, name))
    if not pages:
        raise NotAPageError(name, "not layout JSON: expected a MinerU content list (items with type "
                            "and page_idx) or a PP-StructureV3 result (parsing_res_list)")
    return [_paddle_page(p, k, name) for k, p in enumerate(pages, start=1)]


def _box(raw: Any, where: str) -> BBox | None:
    """A `[x0, y0, x1, y1]` box (None when absent), else InputError at `where`."""
    if raw is None:
        return None
    if not isinstance(raw, list) or len(raw) != 4 or any(isinstance(v, bool | str) for v in raw):
        raise InputError(f"{where}: bbox is not [x0, y0, x1, y1]: {raw!r:.60}")
    x0, y0, x1, y1 = (number(v, f"{where}: bbox") for v in raw)
    return BBox(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _text(raw: Any, where: str) -> str:
    """A text field: a string (None reads as empty), else InputError at `where`."""
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise InputError(f"{where} is not text: {raw!r:.40}")
    return raw


def _texts(raw: Any, where: str) -> list[str]:
    """A list-of-strings field (MinerU's captions, list items); a lone string is one."""
    if raw is None:
        return []
    if isinstance(raw, str):
        return [raw]
    if not isinstance(raw, list):
        raise InputError(f"{where} is not a list of texts: {raw!r:.40}")
    return [_text(t, where) for t in raw]


def _lines(text: str, label: str | None) -> list[Line]:
    """One line for each line of `text` that holds more than whitespace, all with `label`."""
    return [Line(t, None, None, label=label) for t in text.split("\n") if t.strip()]


# --- MinerU ----------------------------------------------------------------------------------------


def _mineru_pages(items: list[dict[str, Any]], name: str) -> list[Page]:
    """The content list's items grouped into pages by `page_idx`, in the order pages first occur."""
    parts: dict[int, list[tuple[list[Line], BBox | None]]] = {}
    for k, item in enumerate(items, start=1):
        where = f"{name}: item {k}"
        page_idx = item.get("page_idx")
        if isinstance(page_idx, bool) or not isinstance(page_idx, int) or page_idx < 0:
            raise InputError(f"{where}: page_idx is not a page index (0, 1, ...): {page_idx!r:.40}")
        box = _box(item.get("bbox"), where)
        page_parts = parts.setdefault(page_idx, [])
        page_parts.extend((lines, box) for lines in _mineru_item(item, where) if lines)
    return [_page(page_parts, idx + 1, name) for idx, page_parts in parts.items()]


def _mineru_item(item: dict[str, Any], where: str) -> Iterator[list[Line]]:
    """The lines of each block one content-list item makes (see the module docstring): a caption
    standing above, the body (an image line, a table, a list, code or text), captions and notes
    below."""
    kind = item.get("type")
    if not isinstance(kind, str):
        raise InputError(f"{where}: type is not text: {kind!r:.40}")
    before = _MINERU_BEFORE.get(kind)
    if before is not None:
        yield _field_lines(item, (before,), "caption", where)
    if kind in ("image", "chart"):
        yield _lines(_image_line(item, where), None)
        yield _lines(_text(item.get("content"), f"{where}: content"), "aside")
    elif kind == "table":
        body = _text(item.get("table_body"), f"{where}: table_body")
        envelope = _HTML_ENVELOPE.match(body)
        yield _lines(envelope.group(1) if envelope else body, None)
    elif kind == "code":
        yield _lines(_text(item.get("code_body"), f"{where}: code_body"), None)
    elif kind == "list":
        yield _field_lines(item, ("list_items",), None, where)
    if kind not in ("image", "chart", "table", "code", "list") or "text" in item:
        yield _lines(_text(item.get("text"), f"{where}: text"), _mineru_label(item, kind, where))
    after = _MINERU_AFTER.get(kind)
    if after is not None:
        yield _field_lines(item, after[0], after[1], where)


def _field_lines(item: dict[str, Any], fields: tuple[str, ...], label: str | None, where: str) -> list[Line]:
    """The lines of the texts in the item's list fields `fields`, one block's worth."""
    return [ln for f in fields for t in _texts(item.get(f), f"{where}: {f}") for ln in _lines(t, label)]


def _mineru_label(item: dict[str, Any], kind: str, where: str) -> str | None:
    """The `Line.label` of a content-list item's `text`: a heading for a `text_level` of 1 or more."""
    level = item.get("text_level")
    if level is not None and (isinstance(level, bool) or not isinstance(level, int)):
        raise InputError(f"{where}: text_level is not a number: {level!r:.40}")
    if kind in ("text", "title") and level:
        return "heading"
    return MINERU_TYPES.get(kind)


def _image_line(item: dict[str, Any], where: str) -> str:
    """The markdown image line MinerU's own markdown writes for an image with a path, else ''."""
    path = _text(item.get("img_path"), f"{where}: img_path").strip()
    return f"![]({path})" if path else ""


# --- PP-StructureV3 --------------------------------------------------------------------------------


def _paddle_page_objects(obj: Any, name: str) -> Iterator[dict[str, Any]]:
    """Each page object holding a `parsing_res_list`, through the wrappers PaddleOCR writes (`res`,
    a list of pages, the serving API's `result.layoutParsingResults[].prunedResult`)."""
    if isinstance(obj, list):
        for page in obj:
            yield from _paddle_page_objects(page, name)
        return
    if not isinstance(obj, dict):
        return
    if "parsing_res_list" in obj:
        yield obj
        return
    for key in ("res", "prunedResult", "result"):
        if key in obj:
            yield from _paddle_page_objects(obj[key], name)
            return
    if "layoutParsingResults" in obj:
        yield from _paddle_page_objects(obj["layoutParsingResults"], name)


def _paddle_page(obj: dict[str, Any], position: int, name: str) -> Page:
    """One PP-StructureV3 page: a block for each item of `parsing_res_list`, in reading order."""
    items = obj["parsing_res_list"]
    if not isinstance(items, list) or not all(isinstance(it, dict) for it in items):
        raise InputError(f"{name}: parsing_res_list is not a list of blocks")
    index = obj.get("page_index")
    number_ = index + 1 if isinstance(index, int) and not isinstance(index, bool) and index >= 0 else position
    where = f"{name}: page {number_}"
    parts = []
    for k, item in enumerate(_in_block_order(items, where), start=1):
        at = f"{where}: block {k}"
        label = item.get("block_label")
        if not isinstance(label, str):
            raise InputError(f"{at}: block_label is not text: {label!r:.40}")
        lines = _lines(_text(item.get("block_content"), f"{at}: block_content"), PADDLE_LABELS.get(label))
        if lines:
            parts.append((lines, _box(item.get("block_bbox"), at)))
    page = _page(parts, number_, name)
    page.width, page.height = _size(obj.get("width"), where), _size(obj.get("height"), where)
    path = obj.get("input_path")
    if isinstance(path, str) and path and not path.lower().endswith(".pdf"):
        page.image = path
    return page


def _in_block_order(items: list[dict[str, Any]], where: str) -> list[dict[str, Any]]:
    """The items in reading order. PP-StructureV3 lists them in that order already and numbers the
    running text (`block_order`; null for headers, figures and their titles, which stand where it
    placed them). Should the numbered items be out of order in the list, they are put in order in
    the places numbered items hold, the others staying where they are."""
    orders = [it.get("block_order") for it in items]
    for k, order in enumerate(orders, start=1):
        if order is not None and (isinstance(order, bool) or not isinstance(order, int | float)):
            raise InputError(f"{where}: block {k}: block_order is not a number: {order!r:.40}")
    slots = [k for k, order in enumerate(orders) if order is not None]
    numbered = sorted(slots, key=lambda k: orders[k])  # type: ignore[arg-type, return-value]
    if numbered == slots:
        return items
    result = list(items)
    for slot, k in zip(slots, numbered, strict=True):
        result[slot] = items[k]
    return result


def _size(raw: Any, where: str) -> float | None:
    """A page width or height, when given."""
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise InputError(f"{where}: page size is not a number: {raw!r:.40}")
    return number(raw, f"{where}: page size")


# --- shared ----------------------------------------------------------------------------------------


def _page(parts: list[tuple[list[Line], BBox | None]], page_no: int, name: str) -> Page:
    """A page of one block per part (its lines and box), in the given order, which is stated."""
    blocks = [make_block(f"p{page_no}b{k}", lines, page_no, box)
              for k, (lines, box) in enumerate(parts, start=1)]
    return Page(blocks=number_blocks(blocks), source=name, number=page_no, explicit_order=True)
