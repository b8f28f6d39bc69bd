"""Which coordinate format a file is in, and one entry point that reads any of them.

`detect_format` looks at the first bytes (and the name only as a tie-breaker): a JSON list or object
is layout JSON when it holds the keys of a MinerU content list (`"page_idx"` and `"type"`) or of a
PP-StructureV3 result (`"parsing_res_list"`) near its start, else OCR JSON; XML is told apart by
its root element and namespace (`alto`, `PcGts`, or an HTML page with `ocr_page`); anything else is
flat text. Formats: "hocr", "alto", "pagexml", "ocrjson", "layoutjson", "text".
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from ..errors import InputError
from ..model import Page
from .alto import read_alto
from .hocr import read_hocr
from .layoutjson import read_layoutjson
from .limits import check_blocks, check_size, read_limited
from .ocrjson import read_ocrjson
from .pagexml import read_pagexml

FORMATS = ("hocr", "alto", "pagexml", "ocrjson", "layoutjson", "text")
#: Files taken for pages where a folder is given (an issue folder, a batch): flat text (markdown exports
#: included) and the coordinate formats `detect_format` tells apart. A file of another kind under one
#: of them fails on its own.
PAGE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".xml", ".hocr", ".html", ".xhtml", ".json")
#: Other names accepted for a format (`--from txt`).
ALIASES = {"txt": "text", "page": "pagexml", "json": "ocrjson", "html": "hocr"}
_SNIFF = 4096
_ROOT = regex.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")
#: Keys that mark layout JSON (`readers/layoutjson.py`): a PP-StructureV3 result's block list, or both
#: keys of a MinerU content-list item. Inside a JSON string a quote is escaped, so recognised text
#: holding these words never matches.
_PADDLE_KEY = regex.compile(rb'"parsing_res_list"\s*:')
_MINERU_KEYS = (regex.compile(rb'"page_idx"\s*:'), regex.compile(rb'"type"\s*:'))

READERS: dict[str, Callable[[bytes, str], list[Page]]] = {
    "hocr": read_hocr,
    "alto": read_alto,
    "pagexml": read_pagexml,
    "ocrjson": read_ocrjson,
    "layoutjson": read_layoutjson,
}


def page_names(files: Iterable[str]) -> list[str]:
    """The names among `files` taken for pages, sorted: by suffix, hidden ones (`.p1.txt.tmp`, the `._p1.txt`
    macOS leaves on other disks) left out."""
    return sorted(
        f for f in files if not f.startswith(".") and os.path.splitext(f)[1].lower() in PAGE_SUFFIXES
    )


def unreadable(path: Path) -> str | None:
    """Why a page file found in a folder cannot be read (a broken symbolic link; not a regular file, such
    as a FIFO, which would block the reader), or None. A page must never be left out without a word."""
    if path.is_file() or not os.path.lexists(path):
        return None
    if path.is_symlink():
        return f"{path}: broken symbolic link (to {os.readlink(path)})"
    return f"{path}: not a regular file"


#: How every JSON the readers take opens: an object with a key, or an array of arrays, objects or
#: strings. A text page opening with a bracketed column name (`[要闻]`, `{编者按}`) is no JSON.
_JSON_OPENING = regex.compile(rb'\{\s*["}]|\[\s*[\[{"\]]')


def detect_format(data: bytes, name: str = "-") -> str:
    """The format of `data`: one of FORMATS. Never raises; unknown content is "text"."""
    head = data[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _JSON_OPENING.match(head):
        return "layoutjson" if _is_layout_json(data) else "ocrjson"
    if head[:1] == b"<":
        root = _ROOT.search(head)
        tag = root.group(1).decode("ascii", "replace").lower() if root else ""
        if tag == "alto" or b"loc.gov/standards/alto" in head:
            return "alto"
        if tag == "pcgts" or b"primaresearch.org/PAGE" in head:
            return "pagexml"
        if tag == "html" and (b"ocr_page" in data[: _SNIFF * 4] or b"ocr-capabilities" in head):
            return "hocr"
        suffix = name.lower()
        if suffix.endswith((".hocr", ".html", ".xhtml")):
            return "hocr"
        if "alto" in suffix:
            return "alto"
        if "page" in suffix:
            return "pagexml"
    return "text"


def _is_layout_json(data: bytes) -> bool:
    """Whether a JSON file holds the keys of layout JSON (`_PADDLE_KEY`, `_MINERU_KEYS`); no OCR JSON
    shape (`readers/ocrjson.py`) has them. The whole file is searched: MinerU writes a table's HTML
    into its item, so a content list opening with a big table has its first `page_idx` far in."""
    if _PADDLE_KEY.search(data):
        return True
    return all(key.search(data) for key in _MINERU_KEYS)


def read_bytes(data: bytes, name: str = "-", fmt: str | None = None) -> list[Page]:
    """Pages from the bytes of a coordinate file; `fmt` forces a format (as `--from` does)."""
    check_size(len(data), name)
    fmt = canonical_format(fmt) or detect_format(data, name)
    if fmt == "text":
        from .text import decode_bytes, read_page

        text, _codec = decode_bytes(data, name)
        return [read_page(text, source=name)]
    if fmt not in READERS:
        raise InputError(f"{name}: unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    return _parse(fmt, data, name)


def _parse(fmt: str, data: bytes, name: str) -> list[Page]:
    """The pages of a coordinate file; a page over the block limit is refused here, before the
    reading order and layout work that grows with the number of blocks."""
    pages = READERS[fmt](data, name)
    for page in pages:
        check_blocks(len(page.blocks), name)
    return pages


def canonical_format(fmt: str | None) -> str | None:
    """The format name for `fmt` (aliases such as `txt` resolved); InputError for an unknown one."""
    if fmt is None:
        return None
    name = ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        choices = ", ".join(("txt", *FORMATS[:-1]))
        raise InputError(f"unknown input format {fmt!r} (choose from {choices})")
    return name


def _read_source(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    return read_limited(path)


@dataclass(frozen=True, slots=True)
class Input:
    """What `read_input` found: flat `text` (with the codec used) or coordinate `pages`, and the format."""

    format: str
    text: str | None = None
    encoding: str | None = None
    pages: list[Page] = field(default_factory=list)


def read_input(
    source: str | os.PathLike[str] | bytes,
    fmt: str | None = None,
    encoding: str | None = None,
    name: str | None = None,
) -> Input:
    """Read a page file (a path, `-` for stdin, or its bytes) in any format: detected, or `fmt`.

    Flat text is decoded as `readers.text.decode_bytes` does (`encoding` forces a codec); the
    coordinate formats are parsed into Pages. A file over the size or block limit
    (`readers.limits`) is refused with an InputError.
    """
    from .text import decode_bytes

    if isinstance(source, bytes):
        data, label = source, name or "-"
        check_size(len(data), label)
    else:
        data, label = _read_source(source)
    fmt = canonical_format(fmt) or detect_format(data, label)
    if fmt == "text":
        text, codec = decode_bytes(data, label, encoding)
        return Input("text", text=text, encoding=codec)
    return Input(fmt, pages=_parse(fmt, data, label))


def read_any(path: str | Path, fmt: str | None = None) -> list[Page]:
    """Read a file in any supported format (detected unless `fmt` is given) into Pages."""
    p = Path(path)
    try:
        if p.is_file():
            check_size(p.stat().st_size, str(p))  # before reading it
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror}") from None
    return read_bytes(data, str(p), fmt)
