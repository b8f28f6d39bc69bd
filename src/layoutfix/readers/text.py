"""The flat-text reader: OCR exports as plain text, blocks separated by blank lines.

Decoding is strict. A byte that does not decode is reported with its offset, never replaced, because a
silent U+FFFD would be an unrecorded change to the text the edit log is measured against.

Offsets everywhere in layoutfix (blocks, edits) are code points of the DECODED text. A byte-order mark
is part of the encoding, not of the text: it is removed while decoding, so the "original text" an edit
log refers to starts after the BOM. `decode_bytes` reports the encoding as `utf-8-sig` or `utf-16`
so a caller that wants the exact bytes back can re-encode with the same codec (which writes the BOM).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import regex

from ..errors import InputError
from ..model import Block, Page
from ..normalize.markup import block_hints
from .limits import read_limited

#: How much of a file is looked at to decide whether it is binary.
_SNIFF_BYTES = 8192
#: A file whose sniffed bytes are more than this share of C0 controls (other than tab, newlines and
#: form feed) is binary, not text.
_MAX_CONTROL_SHARE = 0.1
#: When the bytes are not UTF-8 but decode as both GB18030 and Big5, GB18030 is chosen only if at
#: least this share of the non-ASCII characters are GB2312 hanzi or punctuation. Big5 bytes read as
#: GB18030 give mostly kana, Greek, Cyrillic and rare hanzi (about 25% on a real page); GB text gives
#: nearly 100%, and even traditional characters stored as GBK give above 60%.
_MIN_GB_SHARE = 0.5
#: A UTF-8 error after this many well-formed multi-byte characters means a damaged UTF-8 file, not a
#: file in another encoding: legacy Chinese encodings rarely form valid UTF-8 sequences by chance.
_UTF8_EVIDENCE = 3

_CONTROL_BYTES = frozenset(range(32)) - {0x09, 0x0A, 0x0C, 0x0D}
#: The same bytes as a `bytes.translate` deletion table: counting them is then one C call, not a loop.
_CONTROL_TABLE = bytes(sorted(_CONTROL_BYTES))
_GB_FRIENDLY = regex.compile(r"[\p{P}\u3000]")
_HAN = regex.compile(r"\p{Han}")
_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
#: The page break of flat-text exports (U+000C): pdftotext and Tesseract's txt end every page with it.
FORM_FEED = "\f"
#: Spaces that may stand between a page-break form feed and its line's start or end, or the sentence
#: end before it (an export pads lines; the form feed still ends the page).
_PAD = r"[ \t\u00a0\u3000]*"
#: A sentence's end: the marks and closers of `layout.roles.SENTENCE_END` (a `.` after a digit is a
#: decimal point, no end).
_ENDS = r"(?:[。!?！？…;；]|\.{3}|(?<!\d)\.)[”’」』\"')）\]]*"
#: Page breaks: a run of two or more form feeds anywhere, or one at a line's start or end or after a
#: sentence's end (spaces between allowed). A single form feed inside a sentence is no page break.
_PAGE_BREAKS = regex.compile(
    rf"\f{{2,}}|(?<=(?:^|[\r\n]|{_ENDS}){_PAD})\f|\f(?={_PAD}(?:[\r\n]|$))"
)
#: How many characters either side of a stray form feed a warning quotes.
_CONTEXT = 6


def _is_binary(data: bytes) -> bool:
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_TABLE))
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _gb_share(text: str) -> float:
    """Share of the non-ASCII characters that are GB2312 hanzi or punctuation (see `_MIN_GB_SHARE`)."""
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return 1.0
    good = 0
    for c in non_ascii:
        if _GB_FRIENDLY.match(c):
            good += 1
        elif _HAN.match(c):
            try:
                c.encode("gb2312")
            except UnicodeEncodeError:
                continue
            good += 1
    return good / len(non_ascii)


def _strict(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: cannot decode as {codec}: byte 0x{data[exc.start]:02X} at byte offset {exc.start} "
            f"({exc.reason})"
        ) from None
    except LookupError:
        raise InputError(f"{source}: unknown encoding {codec!r}") from None


def decode_bytes(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode an OCR export strictly and return (text, encoding used).

    Without `encoding`: a UTF-8 or UTF-16 byte-order mark decides (`utf-8-sig`, `utf-16`); else UTF-8,
    then GB18030 (a superset of GBK and GB2312), then Big5. Binary data (NUL bytes or mostly control
    bytes) is refused. With `encoding`, only that codec is used (a UTF-8 BOM is still dropped).
    Raises `InputError` naming `source` and the byte offset of the first undecodable byte.
    """
    if encoding is not None:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"{source}: unknown encoding {encoding!r}") from None
        if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
            name = "utf-8-sig"
        return _strict(data, name, source), name

    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", source), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source), "utf-16"
    if _is_binary(data):
        raise InputError(f"{source}: looks like a binary file, not text (NUL or control bytes)")

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    prefix = data[: utf8_error.start].decode("utf-8")
    utf8_msg = (
        f"byte 0x{data[utf8_error.start]:02X} at byte offset {utf8_error.start} is not valid UTF-8"
    )
    if sum(1 for c in prefix if ord(c) > 0x7F) >= _UTF8_EVIDENCE:
        raise InputError(f"{source}: {utf8_msg} (the bytes before it are UTF-8; the file is damaged)")

    gb_text: str | None
    try:
        gb_text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        gb_text, gb_offset = None, exc.start
    big5_text: str | None
    try:
        big5_text = data.decode("big5")
    except UnicodeDecodeError as exc:
        big5_text, big5_offset = None, exc.start

    if gb_text is not None and (big5_text is None or _gb_share(gb_text) >= _MIN_GB_SHARE):
        return gb_text, "gb18030"
    if big5_text is not None:
        return big5_text, "big5"
    raise InputError(
        f"{source}: cannot decode: {utf8_msg}, nor GB18030 (offset {gb_offset}) nor Big5 "
        f"(offset {big5_offset}); name the encoding with --encoding, in Python convert(encoding=...)"
    )


def read_text(path: str | Path, encoding: str | None = None) -> tuple[str, str]:
    """Read and decode a text file (`"-"` is standard input); return (text, encoding used)."""
    data, source = read_limited(path)  # a file over the size limit is refused before it is read
    return decode_bytes(data, source, encoding)


def split_pages(text: str) -> list[str]:
    """The pages of a flat-text export, in file order: the texts its form feeds separate.

    pdftotext, Tesseract's txt and other exports of a multi-page scan end every page with a form feed,
    written at a line's start (after the page's last line break) or end, so such a form feed is a
    page break: two pages are never one block, let alone one paragraph. The form feeds belong to no
    page. Whitespace after the last one is no page (the terminator of the last page), and a blank
    text between two form feeds is a blank page, which keeps its place (pages are numbered by place,
    as a PAGE-XML file's `<Page>`s are). A page whose text does not end with a line break puts its
    form feed inside a line: there a run of two or more (`召开。\f\f第三版`, a blank page between)
    or one right after a sentence's end (`召开。\f第二版`) is a page break too. A single form feed
    inside a sentence (`会议\f在兰州`, `3.\f5`, OCR noise) cannot be told from noise: it stays in its
    page, a stray control character for the unicode normaliser to remove as an edit, as it removes
    any other (`stray_form_feeds`: the callers warn about each).

    Text whose page breaks do not separate two pages holding text (none, a single trailing one as
    Tesseract writes after one page, one followed by whitespace only) is one page: `[text]`, itself,
    form feeds and all (removed as edits by the unicode normaliser).
    """
    if FORM_FEED not in text:
        return [text]
    pieces: list[str] = []
    pos = 0
    for run in _PAGE_BREAKS.finditer(text):
        pieces.append(text[pos:run.start()])
        pieces.extend([""] * (run.end() - run.start() - 1))  # blank pages between form feeds
        pos = run.end()
    pieces.append(text[pos:])
    if sum(1 for piece in pieces if piece.strip()) < 2:
        return [text]
    while not pieces[-1].strip():  # (a page holding text comes later than any trailing blank)
        pieces.pop()
    return pieces


def stray_form_feeds(text: str) -> list[int]:
    """The offsets of the form feeds of `text` that are no page break (`split_pages`): each alone
    inside a sentence (`会议\f在兰州`, `3.\f5`, OCR noise `本报讯\v\f记者`). They stay in their page
    and are removed as stray control characters, which joins the text on both sides: if an export
    wrote a page break there, the pages are one, so the readers' callers warn about each."""
    if FORM_FEED not in text:
        return []
    breaks = {i for run in _PAGE_BREAKS.finditer(text) for i in range(run.start(), run.end())}
    return [m.start() for m in regex.finditer(FORM_FEED, text) if m.start() not in breaks]


def stray_form_feed_warnings(text: str, source: str, first_line: int = 1) -> list[str]:
    """A warning for each stray form feed of `text` (`stray_form_feeds`), naming `source` (`-` is
    standard input) and the line it is on, counted from `first_line` (the line of the file `text`
    starts on, for a page of a file of several pages), with the text either side of it."""
    name = "<stdin>" if source == "-" else source
    warnings = []
    for offset in stray_form_feeds(text):
        line = first_line + count_line_breaks(text, 0, offset)
        start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
        ends = [e for e in (text.find("\n", offset), text.find("\r", offset)) if e >= 0]
        end = min(ends, default=len(text))
        before = text[max(start, offset - _CONTEXT):offset]
        after = text[offset + 1:min(end, offset + 1 + _CONTEXT)]
        warnings.append(f"{name}: line {line}: a form feed inside a sentence, between {before!r} and "
                        f"{after!r}, is removed as a stray control character, not read as a page break "
                        "(if a page ends there, put the form feed at the start of the next page's line)")
    return warnings


def count_line_breaks(text: str, start: int, end: int) -> int:
    """How many line breaks (`\n`, `\r\n`, `\r`) `text[start:end]` holds."""
    part = text[start:end]
    return part.count("\n") + part.count("\r") - part.count("\r\n")


def split_blocks(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the blocks of `text`.

    Blocks are separated by one or more blank lines; a line holding only whitespace (including the
    ideographic space U+3000) is blank. A span runs from the first character of the block's first line
    to the end of its last line, without that line's line break.

    Lines end at `\n`, `\r\n` or `\r`. Text without `\r` (nearly all of it: the normalisers' output)
    is cut with `str.split("\n")`, several times cheaper than the line regex it agrees with.
    """
    if "\r" in text:
        return _split_blocks_any_newline(text)
    spans: list[tuple[int, int]] = []
    start = -1
    end = pos = 0
    for line in text.split("\n"):
        if line.strip():
            if start < 0:
                start = pos
            end = pos + len(line)
        elif start >= 0:
            spans.append((start, end))
            start = -1
        pos += len(line) + 1
    if start >= 0:
        spans.append((start, end))
    return spans


def _split_blocks_any_newline(text: str) -> list[tuple[int, int]]:
    """`split_blocks` for text whose lines may also end in `\r\n` or `\r`."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for m in _LINE.finditer(text):
        line = m.group(0)
        content = line.rstrip("\r\n")
        if content.strip():
            if start is None:
                start = m.start()
            end = m.start() + len(content)
        elif start is not None:
            spans.append((start, end))
            start = None
    if start is not None:
        spans.append((start, end))
    return spans


def read_page(text: str, source: str = "-", number: int | None = None) -> Page:
    """A `Page` whose blocks are the blank-line separated blocks of `text` (ids `b1`, `b2`, ...)."""
    blocks = [
        Block(
            id=f"b{i}",
            text=text[s:e],
            start=s,
            end=e,
            hints=block_hints(text[s:e]),
            page=number,
        )
        for i, (s, e) in enumerate(split_blocks(text), start=1)
    ]
    return Page(blocks=blocks, source=source, number=number)
