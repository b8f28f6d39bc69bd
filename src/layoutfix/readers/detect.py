"""Which coordinate format a file is in, and one entry point that reads any of them.

`detect_format` looks at the first bytes (and the name only as a tie-breaker): a JSON list or object
is OCR JSON; XML is told apart by its root element and namespace (`alto`, `PcGts`, or an HTML page
with `ocr_page`); anything else is flat text. Formats: "hocr", "alto", "pagexml", "ocrjson", "text".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import regex

from ..errors import InputError
from ..model import Page
from .alto import read_alto
from .hocr import read_hocr
from .ocrjson import read_ocrjson
from .pagexml import read_pagexml

FORMATS = ("hocr", "alto", "pagexml", "ocrjson", "text")
_SNIFF = 4096
_ROOT = regex.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")

READERS: dict[str, Callable[[bytes, str], list[Page]]] = {
    "hocr": read_hocr,
    "alto": read_alto,
    "pagexml": read_pagexml,
    "ocrjson": read_ocrjson,
}


def detect_format(data: bytes, name: str = "-") -> str:
    """The format of `data`: one of FORMATS. Never raises; unknown content is "text"."""
    head = data[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"[", b"{"):
        return "ocrjson"
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


def read_bytes(data: bytes, name: str = "-", fmt: str | None = None) -> list[Page]:
    """Pages from the bytes of a coordinate file; `fmt` forces a format (as `--from` does)."""
    fmt = fmt or detect_format(data, name)
    if fmt == "text":
        from .text import decode_bytes, read_page

        text, _codec = decode_bytes(data, name)
        return [read_page(text, source=name)]
    if fmt not in READERS:
        raise InputError(f"{name}: unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    return READERS[fmt](data, name)


def read_any(path: str | Path, fmt: str | None = None) -> list[Page]:
    """Read a file in any supported format (detected unless `fmt` is given) into Pages."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror}") from None
    return read_bytes(data, str(p), fmt)
