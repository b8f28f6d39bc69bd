"""Which coordinate format a file is in, and one entry point that reads any of them.

`detect_format` looks at the first bytes (and the name only as a tie-breaker): a JSON list or object
is layout JSON when it holds the keys of a MinerU content list (`"page_idx"` and `"type"`) or of a
PP-StructureV3 result (`"parsing_res_list"`) near its start, else OCR JSON; XML is told apart by
its root element and namespace (`alto`, `PcGts`, or an HTML page with `ocr_page`); anything else is
flat text. Formats: "hocr", "alto", "pagexml", "ocrjson", "layoutjson", "text".
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from ..errors import InputError, NotAPageError
from ..model import Page
from .alto import read_alto
from .hocr import read_hocr
from .layoutjson import read_layoutjson
from .limits import (
    broken_link,
    check_blocks,
    check_size,
    is_link_loop,
    link_loop,
    not_a_regular_file,
    read_limited,
)
from .ocrjson import RAPIDOCR_SAVE, read_ocrjson
from .pagexml import read_pagexml

FORMATS = ("hocr", "alto", "pagexml", "ocrjson", "layoutjson", "text")
#: Files taken for pages where a folder is given (an issue folder, a batch): flat text (markdown exports
#: included) and the coordinate formats `detect_format` tells apart. A file of another kind under one
#: of them fails on its own.
PAGE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".xml", ".hocr", ".html", ".xhtml", ".json")
#: How a refusal of XML of no page format ends: the way to read it as flat text anyway, for the command
#: line and for Python (`pipeline` replaces it for a `str` given to `convert`, which Python alone gives).
FROM_TXT_ADVICE = '; --from txt, in Python convert(input_format="txt"), reads it as flat text'

#: Other names accepted for a format (`--from txt`).
ALIASES = {"txt": "text", "page": "pagexml", "json": "ocrjson", "html": "hocr"}
_SNIFF = 4096
#: The root element's start tag: its prefix, its local name and its attributes (up to the tag's end).
_ROOT = regex.compile(rb"<(?![?!])(?:([\w.-]+):)?([\w.-]+)([^<>]*)")
#: The same after the prolog, matched from the start: white space, processing instructions, comments
#: (which may quote markup: `<!-- from <b>scanner</b> -->`) and a DOCTYPE with its internal subset.
_ROOT_AFTER_PROLOG = regex.compile(
    rb"(?s)(?:\s|<\?.*?\?>|<!--.*?-->|<!(?i:DOCTYPE)(?:[^\[>]|\[.*?\])*+>)*+" + _ROOT.pattern)
#: A namespace declaration among a start tag's attributes: its prefix (none: the default namespace)
#: and the namespace.
_XMLNS = regex.compile(rb"""(?<![\w.:-])xmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')""")
#: hOCR's page, as a class of an element (`class='ocr_page'`, one class among others), and the
#: capabilities it declares (`<meta name='ocr-capabilities' …>`): not the words in a page's prose.
#: HTML's attribute names are case-insensitive (`CLASS=`).
_HOCR_PAGE = regex.compile(rb"""(?i)(?<![\w.:-])class\s*=\s*["']?(?:[^"'<>]*\s)?ocr_page(?![\w-])""")
_HOCR_CAPABILITIES = regex.compile(rb"""(?i)(?<![\w.:-])name\s*=\s*["']?ocr-capabilities(?![\w-])""")
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
    """Why a page file found in a folder cannot be read (a broken symbolic link, or one leading round in a
    loop, named so; not a regular file, such
    as a FIFO, which would block the reader, or a link to one), or None. A page must never be left
    out without a word."""
    if path.is_file() or not os.path.lexists(path):
        return None
    if path.is_symlink() and not path.exists():
        return link_loop(path) if is_link_loop(path) else broken_link(path)
    return not_a_regular_file(path)


#: How every JSON the readers take opens: an object with a key, or an array of arrays, objects or
#: strings; or `null` for a page without text, as an array's first item (PaddleOCR 2.x writes
#: `[null]` for a blank page, and a PDF's blank first page opens its list of pages so) or as the
#: whole file (RapidOCR's `to_json()` of a blank page; not in a `.txt` or `.md` file, `_null_text`).
#: A text page opening with a bracketed column name (`[要闻]`, `{编者按}`) is no JSON.
_JSON_OPENING = regex.compile(rb'\{\s*["}]|\[\s*(?:[\[{"\]]|null\s*[,\]])|null\s*\Z')


#: Byte-order marks of the wide Unicode encodings, UTF-32 first (its little-endian mark begins with
#: UTF-16's): PowerShell's Out-File and Windows Notepad write UTF-16 with a mark.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Suffixes of flat text: the name never makes such a file XML, only its content can.
_TEXT_SUFFIXES = (".txt", ".md", ".markdown")


def wide_codec(data: bytes) -> str | None:
    """"utf-16" or "utf-32" when `data` opens with that encoding's byte-order mark, else None."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            return codec
    return None


def _sniffable(data: bytes) -> bytes:
    """`data` as bytes the sniffing patterns can read: a UTF-16/32 file (with its byte-order mark)
    re-encoded as UTF-8, for detection only (an undecodable byte is replaced here; the reader or the
    text decoder reports it)."""
    codec = wide_codec(data)
    if codec is None:
        return data
    return data.decode(codec, "replace").encode("utf-8")


def detect_format(data: bytes, name: str = "-") -> str:
    """The format of `data`: one of FORMATS. Never raises; unknown content is "text"."""
    data = _sniffable(data)
    head = data[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _JSON_OPENING.match(head) and not _words_outside_json(head) and not _null_text(head, name):
        return "layoutjson" if _is_layout_json(data) else "ocrjson"
    if head[:1] == b"<":
        tag, namespace = _root(head)
        if tag == "alto" or b"loc.gov/standards/alto" in namespace:
            return "alto"
        if tag == "pcgts" or b"primaresearch.org/PAGE" in namespace:
            return "pagexml"
        marks = data[: _SNIFF * 4]  # (an export may embed CSS in its <head>: the marks come later)
        if tag == "html" and (_HOCR_PAGE.search(marks) or _HOCR_CAPABILITIES.search(marks)):
            return "hocr"
        suffix = os.path.basename(name).lower()
        if suffix.endswith(_TEXT_SUFFIXES):
            return "text"
        if suffix.endswith((".hocr", ".html", ".xhtml")):
            return "hocr"
        if "alto" in suffix:
            return "alto"
        if "page" in suffix:
            return "pagexml"
    return "text"


def _root(head: bytes) -> tuple[str, bytes]:
    """The root element's local name (lower case) and the namespace it is in (empty for none), from
    its start tag in `head`: the namespace its prefix, or the default one, is declared as there. A
    page is told by its root, never by a namespace its text merely mentions (`<b>loc.gov/standards/
    alto …</b>` is text, a METS file declaring ALTO's namespace no ALTO)."""
    root = _ROOT_AFTER_PROLOG.match(head) or _ROOT.search(head)  # (a broken prolog: the first tag)
    if root is None:
        return "", b""
    prefix, tag, attributes = root.groups()
    namespace = next((m.group(2) or m.group(3) or b"" for m in _XMLNS.finditer(attributes)
                      if m.group(1) == prefix), b"")
    return tag.decode("ascii", "replace").lower(), namespace


def _null_text(head: bytes, name: str) -> bool:
    """Whether `head` is the word `null` alone in a file named as flat text (`.txt`, `.md`): text to
    keep, not the JSON `null` of an OCR engine's blank page, which no engine saves under such a name."""
    return head.rstrip() == b"null" and os.path.basename(name).lower().endswith(_TEXT_SUFFIXES)


#: The opening of a JSON text up to its first character that is neither ASCII nor in a string: JSON
#: strings (escapes inside) and ASCII characters other than the quote. Valid JSON holds non-ASCII
#: characters only in its strings; an unterminated string (a truncated file) stops the match at its quote.
_JSON_ASCII_RUN = regex.compile(rb'(?s)(?:"(?:[^"\\]|\\.)*+"|[\x00-\x21\x23-\x7f]++)*+')
#: What a page's text opens with after a bracketed list it quotes: a hanzi or CJK punctuation.
_WORD_CHAR = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef]")


def _words_outside_json(head: bytes) -> bool:
    """Whether `head`, opening as JSON does (`_JSON_OPENING`), holds a hanzi or CJK punctuation
    outside any JSON string before its first string left open: no JSON at all, but a text page
    quoting a list (`[[1, 2], [3, 4]] 是一个二维列表。`). A truncated or otherwise broken OCR JSON file
    holds its hanzi in strings only, so it stays JSON and its reader says what is wrong."""
    run = _JSON_ASCII_RUN.match(head)  # (it matches the empty string: never None)
    end = run.end() if run is not None else 0
    if end >= len(head) or head[end] < 0x80:
        return False
    return _WORD_CHAR.match(head[end : end + 4].decode("utf-8", "replace")) is not None


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
    fmt = canonical_format(fmt) or _detected(data, name)
    if fmt == "text":
        from .text import decode_bytes, read_page

        text, _codec = decode_bytes(data, name, wide_codec(data))
        return [read_page(text, source=name)]
    if fmt not in READERS:
        raise InputError(f"{name}: unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    return _parse(fmt, _reader_bytes(fmt, data, name, None), name)


#: The XML and JSON formats, as `--from` names them (the message refusing other XML lists them).
_XML_FORMATS = ("hocr", "alto", "pagexml")
_XML_DECLARATION = regex.compile(rb"<\?xml[\s?]")
#: A start tag declaring a namespace: XML markup, not a bracketed word nor an HTML fragment of a
#: markdown export (`<div align="center"><table>…`), which declares none.
_NAMESPACED_ROOT = regex.compile(rb"<([A-Za-z_][\w.:-]*)\s[^<>]*?\bxmlns(?::[\w.-]+)?\s*=\s*[\"']")
_ROOT_NAME = regex.compile(rb"<(?![?!])([A-Za-z_][\w.:-]*)")
#: Anything of hOCR: a class (`ocr_page`, `ocrx_word`) or the capabilities it declares.
_HOCR_MARK = regex.compile(rb"ocrx?_[a-z]|ocr-capabilities")
_DECLARED_ENCODING = regex.compile(rb"""^<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']""")


#: How OCR results printed from Python (`print(result)`: a repr, not JSON) open, what printed them
#: and how to save them instead. Neither opening is JSON (a single-quoted key or text, a tuple) nor
#: a page's text: PaddleOCR 3.x's (PaddleX's) result dict, its first key `input_path`, possibly under
#: `res` (`res.print()`), or a list of them; RapidOCR 2.x and later's output object; and a list or tuple
#: whose first item is a box of numbers followed by a quoted text, the text in a tuple for PaddleOCR
#: 2.x (`[[[[28.0, 37.0], …], ('text', 0.99)]]`), bare for RapidOCR 1.x, whose `(result, elapse)` pair
#: opens with `(`.
_PRINTED: tuple[tuple[regex.Pattern[bytes], str, str], ...] = (
    (regex.compile(rb"(?:\[\s*)?\{\s*(?:'res'\s*:\s*\{\s*)?'input_path'\s*:"), "PaddleOCR 3.x",
     'save each result with res.save_to_json("out/") (or json.dump(res.json, f, ensure_ascii=False))'),
    (regex.compile(rb"RapidOCROutput\("), "RapidOCR",
     f"save it with {RAPIDOCR_SAVE} (its to_json() returns None in RapidOCR 2.0 to 3.2)"),
    (regex.compile(rb"[\[(]\s*(?:[\[(]\s*){2,4}-?[0-9][0-9\s.,eE+\-\[\]]*\]\s*,\s*(?:\(\s*['\"]|')"),
     "PaddleOCR 2.x or RapidOCR 1.x", "save it with json.dump(result, f, ensure_ascii=False)"),
)


def has_hocr_mark(data: bytes) -> bool:
    """Whether `data` shows a trace of hOCR (`_HOCR_MARK`): a file taken for hOCR by its `.html` name
    alone is none (a web page), here and in `normalize`, which then reads it as text."""
    return _HOCR_MARK.search(_sniffable(data)) is not None


def printed_results(data: bytes) -> str | None:
    """What a file of OCR results printed from Python instead of saved holds and how to save it
    (`_PRINTED`), or None. Only the file's opening counts: a text page quoting such a repr in an
    article about code is no printed result."""
    head = _sniffable(data[: _SNIFF * 2])[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] not in (b"[", b"{", b"(", b"R"):
        return None
    for opening, engine, how in _PRINTED:
        if opening.match(head):
            return (f"{engine} results printed from Python (print(result) writes a Python repr, not "
                    f"JSON): {how}")
    return None


def _detected(data: bytes, name: str) -> str:
    """The detected format of `data`; NotAPageError for XML that is none of the page formats (METS,
    ABBYY FineReader XML, ...), which read as flat text would make its markup the article, and for an
    `.html` file holding no `ocr_page` (a web page, well-formed or not); InputError for OCR results
    printed from Python (`printed_results`): a page, but in no form a reader takes, whose repr read
    as text would be the article (so no `NotAPageError`, which a folder run passes over)."""
    printed = printed_results(data)
    if printed is not None:
        raise InputError(f"{name}: {printed}")
    fmt = detect_format(data, name)
    if fmt == "text" and (root := unknown_xml_root(data, name)) is not None:
        raise NotAPageError(
            name, f"{_xml_found(root)} is not a page format layoutfix reads (hOCR, ALTO, PAGE-XML)"
            + FROM_TXT_ADVICE
        )
    if fmt == "hocr" and not has_hocr_mark(data):
        # taken for hOCR by its name only, with no trace of hOCR: a web page (a delivery's index.html,
        # which need not even be XML). A broken hOCR page keeps its marks and fails in the reader.
        raise NotAPageError(name, "no ocr_page element: not hOCR")
    return fmt


def _xml_found(root: str) -> str:
    """What a refusal says was found: the root element, or (`?`, see `unknown_xml_root`) an XML
    declaration with no element after it, which a flat page opening with `<?xml …?>` is."""
    if root == "?":
        return "an XML declaration (<?xml …?>) with no element after it"
    return f"XML with root element <{root}>"


def unknown_xml_root(data: bytes, name: str = "-") -> str | None:
    """The root element's name when `data`, detected as flat text, is clearly XML: it opens with an XML
    declaration, or (not for a `.txt`/`.md` name) with a start tag declaring a namespace and the whole
    file parses as XML. A text page opening with a bracketed word (`<经济日报>`) or with HTML
    (a markdown export's `<div align="center"><table>`) stays text."""
    head = _sniffable(data[: _SNIFF * 2])[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _XML_DECLARATION.match(head):
        root = _ROOT_NAME.search(head)
        return root.group(1).decode("ascii") if root else "?"
    tag = _NAMESPACED_ROOT.match(head)
    if tag is None or os.path.basename(name).lower().endswith(_TEXT_SUFFIXES):
        return None
    from .xmlsafe import parse_xml

    try:
        parse_xml(data)
    except InputError:
        return None
    return tag.group(1).decode("ascii")


def _reader_bytes(fmt: str, data: bytes, name: str, encoding: str | None) -> bytes:
    """The bytes a coordinate reader parses. JSON in UTF-16/32 (with its byte-order mark) or in the
    `encoding` given is re-encoded as UTF-8, the encoding JSON is read in; XML takes `encoding` when it
    declares none (an XML declaration naming another encoding is refused: which would be right?)."""
    from .text import decode_bytes

    if fmt in _XML_FORMATS:
        if encoding is None or wide_codec(data) is not None:
            return data
        declared = _DECLARED_ENCODING.match(data.lstrip(b"\xef\xbb\xbf"))
        if declared is not None:
            _check_declared(declared.group(1).decode("ascii"), encoding, name)
            return data
        text, _codec = decode_bytes(data, name, encoding)
        return text.encode("utf-8")
    codec = encoding or wide_codec(data)
    if codec is None:
        return data
    text, _codec = decode_bytes(data, name, codec)
    return text.encode("utf-8")


def _check_declared(declared: str, encoding: str, name: str) -> None:
    """InputError when `--encoding` names another codec than the XML declaration does."""
    try:
        same = codecs.lookup(declared).name == codecs.lookup(encoding).name
    except LookupError:
        same = declared.lower() == encoding.lower()
    if not same:
        raise InputError(
            f"{name}: --encoding {encoding} (in Python encoding='{encoding}') given, but the XML declares "
            f"encoding {declared!r}; XML is read in the encoding it declares: drop --encoding "
            "(encoding= in Python) or correct the declaration"
        )


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

    def contents(self) -> list[str | Page]:
        """The pages the file holds, in file order: a coordinate file's `pages`, or the flat text's
        pages (`readers.text.split_pages`: its form feeds separate them; most text is one page).
        More than one makes the file an issue of its own, whatever its format."""
        if self.text is None:
            return list(self.pages)
        from .text import split_pages

        return list(split_pages(self.text))


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
    fmt = canonical_format(fmt) or _detected(data, label)
    if fmt == "text":
        text, codec = decode_bytes(data, label, encoding or wide_codec(data))
        return Input("text", text=text, encoding=codec)
    return Input(fmt, pages=_parse(fmt, _reader_bytes(fmt, data, label, encoding), label))


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
