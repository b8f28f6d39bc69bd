"""convert(): read -> normalise -> label -> assemble -> join -> normalise paragraphs -> export, in one place.

The page text is normalised once as a whole (blocks stay separated by blank lines), split into
blocks, labelled and assembled into articles. Split paragraphs are then joined by `join` edits on the
same tracked text and the paragraph-level steps (punctuation, spacing, typos) run again, so a word or
a quotation split across a block break is still seen, and the edit log stays one lossless log from the
input to the output.
"""

from __future__ import annotations

import calendar
import datetime
import json
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Literal

import regex

from .errors import InputError, InputTypeError, NotAPageError, printable
from .export.jsonl import to_json
from .export.tei import to_tei
from .export.text import to_txt
from .gcpause import collector_paused
from .layout import assemble as assemble_mod
from .layout import geometry, join, order, roles
from .layout.roles import script_tag  # (also this module's: issue.py and users import it from here)
from .model import Block, Document, Edit, LowConfidence, Page, Zone, prefixed_zone_ids, zone_ids
from .normalize import NormalizeOptions, build_steps
from .normalize import markup as markup_mod
from .normalize.typos import load_ruleset
from .normalize.unicode import JOINING_LETTER
from .readers.boxes import union
from .readers.detect import (
    FROM_TXT_ADVICE,
    Input,
    canonical_format,
    detect_format,
    printed_results,
    read_input,
    unknown_xml_root,
)
from .readers.limits import RAISE_MAX_BLOCKS, check_size
from .readers.ocrjson import ocr_shaped
from .readers.text import FORM_FEED, split_blocks, split_pages, stray_form_feed_warnings
from .readers.turn import scan_zones
from .tracked import TrackedText

Format = Literal["tei", "txt", "json"]
FORMATS: tuple[str, ...] = ("tei", "txt", "json")
#: A file suffix (`.txt`, `.alto`): a one-line ASCII `str` ending in one names a file, even a missing one.
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,5}")
#: What a paper's name cannot hold: C0/C1 control characters (tab, newline, NUL, BEL...), invisible
#: format characters (U+200B, U+FEFF, bidi marks), lone surrogates (a byte the terminal's encoding
#: could not decode) and the Unicode line and paragraph separators. Private-use and unassigned code
#: points pass: a rare hanzi of an old archive or one newer than Python's Unicode tables.
#: A ZWNJ or ZWJ between two letters of a script that uses them, marks (a virama) between: part of
#: a Persian or Indic name's spelling (هم‌میهن, क्‍ष), which the page text keeps too
#: (`unicode.remove_zero_width`).
_JOINER_IN_A_WORD = (rf"(?<={JOINING_LETTER}\p{{M}}*)[\u200c\u200d](?=\p{{M}}*{JOINING_LETTER})")
_NOT_IN_A_NAME = regex.compile(rf"(?!{_JOINER_IN_A_WORD})[\p{{Cc}}\p{{Cf}}\p{{Cs}}\p{{Zl}}\p{{Zp}}]")
_JOINERS = "\u200c\u200d"
#: What each refused kind of character is, for the message.
_CHARACTER_KINDS = {
    "Cc": "a control character", "Cf": "an invisible format character",
    "Cs": "a lone surrogate: a byte the terminal's or file name's encoding could not decode",
    "Zl": "a line break", "Zp": "a line break",
}
#: An ISO date of the three forms, in ASCII digits (after NFKC: `checked_date`); `\d` took any script's
#: digits, so `٢٠٢١` passed and was written without `when`.
_DATE = re.compile(r"[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?")
#: A date in the forms `_DATE` takes, whatever its month and day: to say which of them is wrong.
_DATE_PARTS = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
#: Everything but hanzi: removing it leaves the page's Han text (one `sub`, ~4x cheaper than
#: joining a `findall` of every single character).
#: The options of a convert given none (frozen, so one instance serves every page instead of a
#: frozen dataclass built per page).
_DEFAULT_OPTIONS = NormalizeOptions()
#: Steps that run again on joined paragraphs (the block-level ones cannot be affected by a join).
PARAGRAPH_STEPS: tuple[str, ...] = ("punctuation", "spacing", "typos")


@dataclass(frozen=True, slots=True)
class ConvertResult:
    """What `convert` returns: the document model, the rendered output and the edit log."""

    document: Document
    output: str
    edits: list[Edit]


#: A line break of the original: a page saved on Windows (`\r\n`) or an old Mac (`\r`) counts its
#: blank lines as a `\n` page does (the normalisers see `\n` only, `normalize/newlines.py`).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _line_breaks(text: str, start: int, end: int) -> int:
    """How many line breaks `text[start:end]` holds, whatever their form."""
    gap = text[start:end]
    return gap.count("\n") if "\r" not in gap else len(_LINE_BREAK.findall(gap))


class SeveralPagesError(InputError):
    """A file holding several pages (a coordinate file's, or flat text's separated by form feeds) was
    given to `convert` or `build_document`, which read one page. The CLI's `convert`, `review` and
    `batch` catch it and make the file's pages one issue (`layoutfix.issue`); the message says how a
    program does (`convert_issue` takes a file or bytes in a list, text as a `(name, text)` pair: a
    `str` in its list is a path)."""

    def __init__(self, name: str, count: int) -> None:
        super().__init__(f"{name}: holds {count} pages; convert() reads one page: convert_issue() takes "
                         "pages as a list and makes them one issue: convert_issue([file or bytes]), or "
                         "convert_issue([(name, text)]) for text")
        self.name = name
        self.count = count


def _single(pages: list[Page], name: str) -> Page:
    """The one page of a coordinate file; `convert` reads one page at a time."""
    if len(pages) != 1:
        raise SeveralPagesError(name, len(pages))
    return pages[0]


def _one_text_page(text: str, name: str) -> str:
    """Flat text of one page; text whose form feeds separate several pages (`split_pages`) is an
    issue, never one page with the next page's first line glued into the last paragraph before it."""
    if FORM_FEED in text:
        count = len(split_pages(text))
        if count > 1:
            raise SeveralPagesError(name, count)
    return text


#: What `convert` reads a page from: a path, the page's bytes (any bytes-like buffer), or its text.
PageSource = str | os.PathLike[str] | bytes | bytearray | memoryview


def page_data(source: object, what: str = "convert() takes") -> str | os.PathLike[str] | bytes:
    """`source` as `_load` reads it: a `bytearray` or `memoryview` (a buffer from a socket, an
    object store's download) as its bytes, a path or text as given. Anything else (`None`, a number,
    an open file) raises `InputTypeError`, one line naming its type and what `what` is given instead."""
    if isinstance(source, (bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, (str, bytes, os.PathLike)):
        return source
    raise InputTypeError(f"a page given as {type(source).__name__}: {what} a path (str or os.PathLike), "
                         "the page's bytes (bytes, bytearray, memoryview) or its text (str)")


def _load(
    source: str | os.PathLike[str] | bytes,
    encoding: str | None,
    input_format: str | None = None,
    *,
    in_memory: bool,
    name: str | None = None,
) -> tuple[str | Page, str]:
    """(text or Page, source name) from a path, raw bytes or the text itself.

    A `str` is a path when it is one line naming an existing file, or an ASCII name with a file suffix
    (so a mistyped file name is reported, not converted as a one-line page); otherwise it is the page
    (`read_string`: the text, or a coordinate page when it opens as one). `in_memory`: that decision
    (`is_in_memory`) made already. Files and bytes are read in the format detected from their
    content, or `input_format`. An error reading a `str` names it `<string>`, one reading bytes
    `<bytes>`, unless `name` (`convert(name=)`) names the page given in memory.
    """
    fmt = canonical_format(input_format)
    if isinstance(source, str) and in_memory:
        found = read_string(source, fmt, name or "<string>")
        name = name or "-"
        return (source, name) if found is None else (_single(found.pages, name), name)
    label = name or "<bytes>"
    name = name or ("-" if isinstance(source, bytes) else os.fspath(source))
    found = read_input(source, fmt, encoding, name=label)
    if found.format == "text":
        assert found.text is not None
        return found.text, name
    page = _single(found.pages, name)
    return (from_stdin(page) if name == "-" and not isinstance(source, bytes) else page), name


def is_in_memory(source: str | os.PathLike[str] | bytes) -> bool:
    """Whether `source` is the page itself (bytes, or a `str` that is no file name: `_is_path`)
    rather than a path naming its file."""
    return isinstance(source, bytes) or (isinstance(source, str) and not _is_path(source))


def check_source_name(name: object, what: str = "name=") -> str:
    """`name`, the name a page given in memory is recorded and reported by (`convert(name=)`): one
    line of text, as an object store's key or a request id is. Raises `InputTypeError` for another
    type than `str`, `InputError` for an empty name or one holding a control character (line breaks
    included: messages are one line), an invisible format character or a lone surrogate. `what`
    names the argument in the messages: a keyword (`name=`) is written against the value given."""
    given = f"{what}{name!r}" if what.endswith("=") else f"{what} {name!r}"
    if not isinstance(name, str):
        raise InputTypeError(f"{given} is not a str: it names the page in the outputs and messages")
    if bad := _NOT_IN_A_NAME.search(name):
        kind = _CHARACTER_KINDS[unicodedata.category(bad.group())]
        raise InputError(f"{given}: holds {bad.group()!r} ({kind}), which a name written in one "
                         "line of a message and the TEI header cannot hold")
    if not name.strip():
        raise InputError(f"{given if what.endswith('=') else what}: empty name")
    return name


def _check_memory_facts(
    data: str | os.PathLike[str] | bytes, in_memory: bool, name: str | None,
    relative_to: str | os.PathLike[str] | None,
) -> None:
    """Refuse what names a file given with a page given in memory, and the reverse: `name` names a
    page given as bytes or text (a file is named by its path), `relative_to` a file (a page given in
    memory lies in no folder, with a name or without)."""
    if name is not None:
        check_source_name(name)
        if not in_memory:
            raise InputError(f"name={name!r} names a page given as bytes or text; "
                             f"{printable(os.fsdecode(data))!r} is a file, named by its path")
    if relative_to is not None and in_memory:
        advice = ": name it with name=" if name is None else f" (name={name!r} names it, as given)"
        raise InputError(f"relative_to {os.fspath(relative_to)!r} names the folder holding a file; a page "
                         f"given as bytes or text lies in none{advice}")


#: How a message names what a `str` opening as a coordinate format (`readers.detect.detect_format`),
#: as other XML (`unknown_xml_root`) or as OCR results printed from Python is read as.
_OPENS_AS = {
    "alto": "ALTO XML", "hocr": "hOCR", "pagexml": "PAGE-XML", "ocrjson": "OCR JSON",
    "layoutjson": "layout JSON", "xml": "XML", "printed": "printed OCR results",
}
#: The first character of a `str` that may be one of those: markup, JSON (`null` too), a repr.
_MAY_BE_MARKUP = re.compile(r"[\ufeff\s]*[<\[{(Rn]")
#: What may stand before the markup of a `str` (a triple-quoted literal's first line break), which an
#: XML declaration may not follow.
_LEADING = "\ufeff \t\r\n"
#: The encoding an XML declaration names: a `str` has none, and is parsed as the UTF-8 it is encoded in.
_DECLARED_ENCODING = re.compile(r"""(\A<\?xml[^>]*?\sencoding\s*=\s*["'])[\w.:-]+(["'])""")
#: A start tag in the XHTML namespace opening a `str`: a markdown export's HTML (`<div xmlns=…>`), text
#: as in a `.md` file; hOCR (an `html` root with `ocr_page`) is told apart before.
_XHTML_START = re.compile(r"""<[A-Za-z][\w.:-]*\s[^<>]*?\bxmlns\s*=\s*["']http://www\.w3\.org/1999/xhtml["']""")
#: The JSON formats: a `str` is read in one only when it is JSON of the shape its reader takes.
JSON_FORMATS = ("ocrjson", "layoutjson")
#: What a page read from a `str` of JSON holding no text is warned of (after its name): the string may
#: have been meant as text (`null`, `[]`).
BLANK_JSON_STRING = ('the string is JSON, read as an OCR page without text: give input_format="txt" to '
                     "convert it as flat text")


def read_string(text: str, fmt: str | None, name: str) -> Input | None:
    """A page given as a `str`, read as its UTF-8 bytes would be when it opens unmistakably as a
    coordinate page (`string_format`: an ALTO, hOCR or PAGE-XML root, OCR or layout JSON), as other XML
    or as OCR results printed from Python, or when `fmt` (canonical) names a coordinate format; None
    when it is flat text, to use as given (`fmt` "text" always). A flat page that merely holds `<` or
    `{` (markdown with an HTML table, `<p>`, a JSON line in prose) is text; so is a `str` opening as
    JSON that is no JSON (`[ ] TODO`, `{"a": 1}` then prose) or JSON of no shape the reader takes
    (`["a", "b"]`), and markdown opening with an XHTML element (`<div xmlns=…>`). JSON read as a page
    without text (`null`, `[]`) gets a warning saying how to read it as text (`BLANK_JSON_STRING`).
    The format is found from the content alone: `name` (`p1.txt`) names the page only.

    Raises `InputError` naming `name`, for a page that opens as XML or printed OCR results but cannot
    be read as a page: what is wrong, the format it was taken for and `input_format="txt"`, never
    converting its markup as the article. A lone surrogate in such a page (which no XML or JSON file
    holds) is one too, and a page over the size or block limit.
    The string being text already, white space before its markup and the encoding its XML declaration
    names are passed over.
    """
    if fmt == "text":
        return None
    found = string_format(text) if fmt is None else fmt
    state = _json_state(text) if fmt is None and found in JSON_FORMATS else None
    if found is None or state == "text":
        return None
    try:
        data = _DECLARED_ENCODING.sub(r"\1UTF-8\2", text.lstrip(_LEADING), count=1).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"{name}: holds a lone surrogate ({text[exc.start]!r} at character {exc.start}), "
                         "which no XML or JSON page holds") from None
    check_size(len(data), name)
    try:  # (in the format found, never detected again by the name: `name=p1.txt` is no flat text file)
        read = read_input(data, fmt or (found if found in _OPENS_AS_FORMAT else None), None, name=name)
    except InputError as exc:
        if fmt is not None:  # the caller chose the format: the reader's message says it all
            raise
        if state == "whole" and RAISE_MAX_BLOCKS not in str(exc) and not _page_shaped(found, text, exc):
            return None  # JSON of no shape the reader takes (`["a", "b"]`): text
        raise _read_as_error(exc, _OPENS_AS[found], name) from None
    if read.format == "text":  # (XML of no page format, taken for text by `name`: `p1.md`)
        return None
    if read.format in JSON_FORMATS:
        for page in read.pages:
            if not any(block.text.strip() for block in page.blocks):
                page.warnings.append(f"{name}: {BLANK_JSON_STRING}")
    return read


#: The formats found by `string_format` that are a reader's (not "xml" nor "printed", which the
#: detection by content refuses with its own message).
_OPENS_AS_FORMAT = frozenset(("alto", "hocr", "pagexml", *JSON_FORMATS))


def _page_shaped(found: str, text: str, exc: InputError) -> bool:
    """Whether a `str` of whole JSON that the reader of `found` refused (`exc`) has the shape of a
    page all the same, a bad item in it (a score that is a word, a text that is null): OCR JSON's
    shape (`readers.ocrjson.ocr_shaped`), or layout JSON (found by its keys) that its reader did not
    refuse as of no such shape (`NotAPageError`). Such a page is an error, as its file is, never its
    JSON source converted as the article; JSON of no page shape (`["a", "b"]`, a press release's
    fields) is text."""
    if isinstance(exc, NotAPageError):
        return False
    if found == "layoutjson":
        return True
    try:
        return ocr_shaped(json.loads(text.strip(_LEADING)))
    except RecursionError:  # (nested too deep for json: no page)
        return False


def _json_state(text: str) -> Literal["whole", "broken off", "text"]:
    """What a `str` opening as JSON is: "whole" JSON (`json.loads`; too deep to parse counts, its
    reader says so), JSON "broken off" before its end (a truncated OCR JSON, which its reader refuses
    rather than it being converted as the article), or "text" that merely opens as JSON does
    (`[ ] TODO`, `{"a": 1}` followed by prose)."""
    body = text.strip(_LEADING)
    try:
        json.loads(body)
    except json.JSONDecodeError as exc:
        broken = exc.pos >= len(body) or exc.msg.startswith("Unterminated string")
        return "broken off" if broken else "text"
    except RecursionError:
        pass  # (nested too deep for json: whole, for the reader to refuse in its words)
    return "whole"


def string_format(text: str) -> str | None:
    """What a `str` given as the page opens as, as `_OPENS_AS` names it; None for flat text. Decided on
    its UTF-8 bytes as for a file (`readers.detect`), with no file name to tip the balance."""
    if _MAY_BE_MARKUP.match(text) is None:  # (most pages: no encoding, no look)
        return None
    data = text.encode("utf-8", "surrogatepass")  # (for the look only)
    if printed_results(data) is not None:
        return "printed"
    found = detect_format(data)
    if found != "text":
        return found
    if unknown_xml_root(data) is None or _XHTML_START.match(text.lstrip(_LEADING)):
        return None
    return "xml"


def _read_as_error(exc: InputError, what: str, name: str) -> InputError:
    """`exc`, raised reading a `str` taken for `what` by its opening, as the same error saying so and
    how to have the string read as flat text instead."""
    detail = str(exc).removeprefix(f"{name}: ").removesuffix(FROM_TXT_ADVICE)
    advice = (f"the string opens as {what}, so it is read as such: "
              'give input_format="txt" to convert it as flat text')
    if isinstance(exc, NotAPageError):
        return NotAPageError(name, f"{detail}; {advice}")
    return InputError(f"{name}: {detail}; {advice}")


def from_stdin(page: Page) -> Page:
    """`page`, read from standard input, named `-` as the outputs record standard input (TEI `idno`
    and title, JSON `source`), as flat text read so is. The readers name it `<stdin>`, which their
    error messages and warnings keep: clearer in a sentence than a dash."""
    page.source = "-"
    return page


def _is_path(source: str) -> bool:
    """Whether `_load` reads `source` as a file name (see there) rather than as the text itself.

    A name `os.path.isfile` accepts is answered at once: it names the same regular file that
    `Path(source).is_file()` would find (pathlib only drops redundant separators and `.` parts, which a
    name that `stat`s as a file does not end in), without building the `Path`, about two thirds of
    the check's cost for a file name. Any other string goes the `Path` way, as before.
    """
    if "\n" in source or len(source) >= 1024:
        return False
    if source == "-" or os.path.isfile(source) or os.path.isdir(source):
        return True  # (a folder is read as a path too: refused as one, as a `Path` naming it is)
    path = Path(source)
    try:
        if path.is_file():
            return True
    except OSError:  # not a possible file name: text
        pass
    return source.isascii() and _SUFFIX.fullmatch(path.suffix) is not None


def recorded_name(source: str, relative_to: str | os.PathLike[str] | None = None) -> str:
    """How the outputs name an input file: its name only, or its path relative to `relative_to` (a
    folder holding it: a batch's input folder, a golden case) with `/` separators on every OS. "-"
    (standard input, or text given as such) stays "-". A name that is not UTF-8 (a GBK name from a
    Windows archive, which Python keeps as lone surrogates) is shown with `\\xNN` escapes (`printable`),
    so every output can be written."""
    if source == "-":
        return source
    if relative_to is not None:
        return printable(Path(source).relative_to(relative_to).as_posix())
    name = os.path.basename(source) or Path(source).name  # (no Path per page; `dir/` needs one)
    return name if name.isascii() else printable(name)


def build_document(
    text: str | Page,
    *,
    source: str = "-",
    page: int | None = None,
    paper: str | None = None,
    date: str | None = None,
    options: NormalizeOptions | None = None,
    min_conf: float | None = None,
    relative_to: str | os.PathLike[str] | None = None,
    first_line: int = 1,
    label: str | None = None,
) -> Document:
    """The article structure of one page, with its edit log: flat OCR text, or a `Page` with boxes.

    `source` (the input file's path, or "-") is recorded by the file's name only (`seed-page.txt`),
    or with `relative_to` by its path relative to that folder with `/` separators
    (`1950-01-01/p1.alto.xml`): the output must not depend on how the path was typed nor name the
    folders of the machine it ran on (see `recorded_name`).

    A `Page` (from a coordinate reader) is laid out as text by `layout.geometry.page_text`: its
    blocks in reading order (`order_blocks`), split into paragraphs where the boxes show one, joined
    by blank lines, each block's lines joined by newlines. That text is the document's ORIGINAL, so
    the edit log's offsets point into it; the line breaks inside a paragraph and the engine's spaces
    between words whose boxes touch are removed as `join.line` / `space.box-gap` edits. Blocks keep
    their boxes (`bbox`, `lines`, `zone`), and words the engine read with a confidence below
    `min_conf` (default `geometry.DEFAULT_MIN_CONF`) are listed in `Document.low_confidence`.

    `date` and `page` default to what a furniture line prints (`2023年10月12日 星期四`, `第4版`).
    `label` is the section label of a page of a paper printed in sections (`A4`; `a04`, `Ａ４` read
    so); without it, a page with no number given or printed takes the one its head prints (`A4 港聞`,
    `第A4版`: `label_page`). It names the page in the TEI (`pb/@n`, title, `biblScope`) and the JSON.
    A form feed inside a sentence of flat text is no page break: it is removed as a stray control
    character, and `Document.warnings` names it by `source` and line (counted from `first_line`: the
    line of its file the text starts on, for a page of a flat file of several pages).
    `date` is read after NFKC (full-width digits are its ASCII form: `checked_date`).
    Raises `InputError` if `date` is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the calendar
    (year 0001 on),
    `page` is negative, `label` is no section label or given with `page`, or `paper` is empty or
    holds a control character (tab and line breaks included), an invisible format character or a lone
    surrogate (`check_paper`).
    """
    checked = _checked_label(label, page)
    return label_page(build_named_document(text, source=source, page=page, paper=paper, date=date,
                                           options=options, min_conf=min_conf, relative_to=relative_to,
                                           first_line=first_line), checked)


def _checked_label(label: str | None, page: int | None) -> str | None:
    """`label` in its one spelling (`a04`, `Ａ４` -> `A4`; `issue.page_label`); `InputError` for a
    value that is no section label (`4`, `A0`, `AB4`), or one given with a page number: a page is
    named by one or the other."""
    if label is None:
        return None
    from .issue import page_label  # (issue builds on this module)

    found = page_label(label) if isinstance(label, str) else None
    if found is None:
        raise InputError(f"label {label!r} is not a section page label (a letter and a page number: A4)")
    if page is not None:
        raise InputError(f"page {page!r} and label {label!r}: give a page number or a section label, "
                         "not both")
    return found


def label_page(document: Document, label: str | None = None) -> Document:
    """`document`, one page, with its page's section label (`Page.label`): `label` when given, else,
    for a page with no number given or printed, the one its head prints (`issue.header_label`: a
    furniture line `第A4版`, a page-top header `A4 港聞`; never running text citing another page).
    A page that has a number keeps its number alone, as before. An issue reads its pages' labels
    itself (`issue.build_issue_pages`), so it builds its pages without this."""
    if label is None and document.page is None and document.pages:
        from .issue import header_label

        label = header_label(document)
    if label is not None and document.pages:
        document.pages[0].label = label
    return document


@collector_paused()  # see layoutfix.gcpause: the collector frees nothing while a page is built
def build_named_document(
    text: str | Page,
    *,
    source: str,
    page: int | None,
    paper: str | None,
    date: str | None,
    options: NormalizeOptions | None,
    min_conf: float | None,
    relative_to: str | os.PathLike[str] | None = None,
    first_line: int = 1,
    as_given: bool = False,
    issue_quotes: str = "auto",
) -> Document:
    """`build_document`; with `as_given`, `source` is the name of a page given in memory
    (`convert(name=)`, a named page of `convert_issue`), recorded and named in every warning as given
    (`bucket/key.xml`), not cut to a file name by `recorded_name` (`relative_to` is then unused: such
    a page lies in no folder). `issue_quotes`: the quote style the page's issue decided
    (`normalize.build_steps`), which an `auto` run writes the page's straight quotes in."""
    date = checked_date(date)
    _check_header_facts(paper, page)
    if min_conf is not None and not 0.0 <= min_conf <= 1.0:
        raise InputError(f"minimum confidence {min_conf} is not between 0 and 1")
    options = options or _DEFAULT_OPTIONS
    ruleset = load_ruleset(options.rule_dirs, include_default=options.default_rules)
    step_warnings: list[str] = []  # what a step says of the page (typo rules that do not settle)
    steps = build_steps(options, ruleset, paper=paper, warn=step_warnings.append, issue_quotes=issue_quotes)
    layout: geometry.PageText | None = None
    source_page: Page | None = None
    if isinstance(text, Page):
        source_page = text
        source = text.source if source == "-" else source
        layout = geometry.page_text(source_page)
        text = layout.text
        changes = geometry.line_join_changes(layout) + geometry.box_gap_changes(layout)
        tracked = TrackedText(text).apply(changes)  # `apply` sorts by (start, end) itself, stably
    else:
        tracked = TrackedText(_one_text_page(text, source))
    warnings = (list(source_page.warnings) if source_page is not None
                else stray_form_feed_warnings(text, source, first_line))
    source = source if as_given else recorded_name(source, relative_to)
    for _name, step in steps:
        tracked = step(tracked)
    norm = tracked.text
    # Layout rules match simplified literals (本报讯, 下转第3版, 电话): they read a simplified view of
    # the page, character for character, while blocks get their own text back after assembly.
    view = roles.simplified_view(norm)

    blocks: list[Block] = []
    gaps: dict[str, int] = {}
    raw: dict[str, str] = {}
    prev_end = 0
    to_original = tracked.to_original
    # A page whose text holds no markdown marker character gives every block no hint (a block's
    # original text is a slice of it): one scan of the page instead of one per block.
    block_hints = markup_mod.block_hints if markup_mod.has_marker(text) else _no_hints
    #: Current offsets already mapped to the original (block edges), for `join.original_spans`.
    mapped: dict[int, int] = {}
    for i, (s, e) in enumerate(split_blocks(norm), start=1):
        os_ = mapped[s] = to_original(s)
        oe = mapped[e] = to_original(e)
        ident = f"b{i}"
        raw[ident] = block_raw = text[os_:oe]
        gaps[ident] = max(0, _line_breaks(text, prev_end, os_) - 2) if i > 1 else 0
        prev_end = oe
        # The hints read what the export marked, also a marker removed right before the block's first
        # character (`# ` of a heading), which the block's own original span leaves out.
        if block_hints is _no_hints:  # (no marker on the page: nothing to reach back for)
            hints = _no_hints(block_raw)
        else:
            hint_start = tracked.to_original_start(s)
            hints = block_hints(text[hint_start:oe] if hint_start < os_ else block_raw)
        if _BLOCK_DIRECT:  # the constructor with every field in order (about half the keyword call)
            block = Block(ident, view[s:e], s, e, "body", hints, None, [], page, None)
        else:
            block = Block(id=ident, text=view[s:e], start=s, end=e, hints=hints, page=page)
        segment = layout.segment_at(os_) if layout is not None else None
        if segment is not None:
            block.hints = hints | segment.hints
            block.bbox, block.lines, block.zone = segment.bbox, list(segment.lines), segment.zone
        blocks.append(block)
    blocks = order.reading_order(Page(blocks=blocks, source=source, number=page)).blocks
    labelled = roles.label_blocks(blocks, view, _emphasis_of(raw, text, view is not norm), paper=paper)
    folio: int | None = None
    for b in labelled:  # a page header says which page and issue this is, unless told
        if b.role == "furniture":
            found_date, found_page = roles.page_facts(b.text)
            date = date or found_date
            page = page if page is not None else found_page
            folio = folio or _folio(b)
    page = page if page is not None else folio  # a printed `第4版` wins over the folio
    for b in labelled:
        b.page = page
    assembly = assemble_mod.assemble(
        labelled, gaps, page, text=None if view is norm else norm,
        printed=lambda b: text[to_original(b.start) : to_original(b.end)],
    )

    all_blocks = list(assemble_mod.iter_blocks(assembly))
    spans = join.original_spans(all_blocks, tracked, mapped)
    changes = join.join_changes(assembly, norm)
    if changes:
        tracked = tracked.apply(changes)
        for name, step in steps if join.rewrites_text(changes) else ():
            if name in PARAGRAPH_STEPS:
                tracked = step(tracked)
    join.relocate(all_blocks, spans, tracked)

    result_page = Page(blocks=labelled, source=source, number=page)
    low: list[LowConfidence] = []
    threshold: float | None = None
    if layout is not None and source_page is not None:
        prefix = f"p{page}-" if page is not None else ""
        _zones_on_scan(layout, [*labelled, *all_blocks])
        for b in {id(b): b for b in [*labelled, *all_blocks]}.values():
            b.zone = prefixed_zone_ids(b.zone, prefix)
        result_page.zones = [_prefixed_zone(z, prefix) for z in layout.zones]
        result_page.width, result_page.height = source_page.width, source_page.height
        result_page.image, result_page.vertical = source_page.image, layout.vertical
        if geometry.has_confidences(source_page):
            threshold = geometry.DEFAULT_MIN_CONF if min_conf is None else min_conf
            low = [_prefixed_word(w, prefix) for w in geometry.low_confidence(layout, threshold)]

    document = Document(
        pages=[result_page],
        articles=assembly.articles,
        edits=tracked.edits,
        original=text,
        text=tracked.text,
        paper=paper,
        date=date,
        front=assembly.front,
        source=source,
        page=page,
        low_confidence=low,
        min_conf=threshold,
        warnings=warnings + [f"{source}: {w}" for w in dict.fromkeys(step_warnings)],
        options=options,
        rules_key=ruleset.loaded_from,
    )
    document.lang = script_tag(tracked.text, may_be_traditional=view is not norm)
    return document


def _check_header_facts(paper: str | None, page: int | None) -> None:
    """Refuse header facts that would be written wrong: a negative page (ids `p-1-a1`), a paper name
    `check_paper` refuses (the TEI would show `\x07` where the JSON holds the character itself). The
    schema and the TEI take page 0, so it passes. (The date: `checked_date`, before.)"""
    if page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < 0):
        raise InputError(f"page {page!r} is not a page number (an int, 0 or more)")
    if paper is not None:
        check_paper(paper)


def check_paper(paper: str, name: str = "paper") -> None:
    """Raise `InputError` for a paper name no header should carry: an empty or blank one, or one
    holding a control character (tab and line breaks included: a name is one line of the title),
    an invisible format character (U+200B: two names that look the same would differ) or a lone
    surrogate. A zero-width non-joiner or joiner (U+200C, U+200D) between two letters of a script
    that uses them is part of the name (Persian هم‌میهن, Indic क्‍ष): refused only at an end, alone,
    doubled, or beside letters it does nothing to (甘肃\u200c日报). `name` is how the message names
    the value: `paper` for the API, `--paper` for the CLI, which refuses it with this message too."""
    if not isinstance(paper, str):
        raise InputError(f"{name} {paper!r} is not a str")
    if bad := _NOT_IN_A_NAME.search(paper):
        kind = _CHARACTER_KINDS[unicodedata.category(bad.group())]
        where = (" (only between two letters of a script that joins them: Arabic, Indic...)"
                 if bad.group() in _JOINERS else "")
        raise InputError(f"{name} {paper!r}: holds {bad.group()!r} ({kind}), which a newspaper name "
                         f"cannot hold{where}")
    if not paper.strip():
        raise InputError(f"{name}: empty value")


def checked_date(date: object) -> str | None:
    """The issue date as the header writes it (None: none given): an ISO date (YYYY, YYYY-MM or
    YYYY-MM-DD) of the calendar, read after NFKC, so full-width digits and hyphens (`２０２１－０１－０１`,
    as an archivist typing with a Chinese input method enters them) are its ASCII form and TEI gets
    its `when`. Raises `InputError` quoting the date as given, with what is wrong (`_date_fault`):
    other digits (`٢٠٢١`) and year 0000 are no such date."""
    if date is None:
        return None
    ascii_form = unicodedata.normalize("NFKC", date) if isinstance(date, str) else None
    if ascii_form is None or not (_DATE.fullmatch(ascii_form) and _on_calendar(ascii_form)):
        raise InputError(f"date {date!r}{_date_fault(ascii_form)}")
    return ascii_form


def _date_fault(date: object) -> str:
    """What is wrong with a refused date, to follow it in the error: the month or day a date written
    YYYY-MM[-DD] has out of range (`: month 13 is out of range (01-12)`, `: no such day (2021-02 has 28
    days)`), else that it is not written in one of the three forms. (Saying only the forms for
    `2021-13-01` sent the user looking for a typo in a date written just that way.)"""
    parts = _DATE_PARTS.fullmatch(date) if isinstance(date, str) else None
    if parts is not None:
        year, month, day = parts.groups()
        if int(year) == 0:
            return f": year {year} is out of range (0001-9999)"
        if month is not None and not 1 <= int(month) <= 12:
            return f": month {month} is out of range (01-12)"
        if day is not None:
            last = calendar.monthrange(int(year), int(month))[1]
            if not 1 <= int(day) <= last:
                return f": no such day ({year}-{month} has {last} days)"
    return " is not a date written YYYY, YYYY-MM or YYYY-MM-DD"


def _on_calendar(date: str) -> bool:
    """Whether a date exists: a year from 0001 (no calendar has a year 0000, and `xsd:gYear` of XSD
    1.0 refuses it), and a full `YYYY-MM-DD` date on the calendar (shorter forms are checked by
    their pattern and year alone)."""
    if date[:4] == "0000":
        return False
    if len(date) < 10:
        return True
    try:
        datetime.date.fromisoformat(date)
    except ValueError:
        return False
    return True


def _folio(block: Block) -> int | None:
    """The page number a furniture block states as a folio, else None: a region the file labels a
    page number printing plain digits (hOCR `ocr_pageno`, PAGE `page-number`: `4`, `０４`), or a
    folio line (`roles.folio_number`: `- 4 -`, `·4·`, `第4页`, `Page 4`, `4/8` at a coordinate page's
    foot; `第4页` in flat text too). In a newspaper the folio is the 版 number; `第4版` printed in a
    header states the same and is preferred."""
    text = unicodedata.normalize("NFKC", block.text).strip()
    if roles.is_page_number(block) and text.isascii() and text.isdigit() and len(text) <= 3:
        return int(text) or None  # pages count from 1
    return roles.folio_number(text)


def _emphasis_of(
    raw: dict[str, str], text: str, traditional: bool = False
) -> Callable[[Block], list[str]] | None:
    """What `roles.label_blocks` asks of a possible heading: the emphasised parts of its original text
    (`raw`, by block id). None (no emphasis to ask for) when the page `text` holds no markdown marker
    character: every block built from it is a slice of it without one, and `emphasised_parts` of
    such a block is empty, so the callback would answer nothing for every heading candidate.
    On a page with `traditional` characters the parts are given in the simplified view the labels
    read, so they are found in the block's text."""
    if not markup_mod.has_marker(text):
        return None
    if traditional:
        view = roles.simplified_view
        return lambda b: [view(p) for p in markup_mod.emphasised_parts(raw.get(b.id, b.text))]
    return lambda b: markup_mod.emphasised_parts(raw.get(b.id, b.text))


def _no_hints(_raw: str) -> frozenset[str]:
    """What `markup.block_hints` says of a block without a markdown marker character: nothing."""
    return _NO_HINTS


_NO_HINTS: frozenset[str] = frozenset()
#: Whether `build_document` may call `Block` with its fields in order (they are these, with these
#: defaults: `role` "body", no box, an empty list of lines, no zone).
_BLOCK_DIRECT = tuple(f.name for f in fields(Block)) == (
    "id", "text", "start", "end", "role", "hints", "bbox", "lines", "page", "zone"
) and Block("b", "") == Block("b", "", 0, 0, "body", frozenset(), None, [], None, None)

_ZONE_FIELDS = ("id", "bbox", "lines")
_LOW_FIELDS = ("start", "end", "text", "conf", "zone")
#: Whether the two helpers below may call the constructors directly (they fall back to `replace` if
#: the model's fields ever change, so no field is dropped).
_DIRECT = (
    tuple(f.name for f in fields(Zone)) == _ZONE_FIELDS
    and tuple(f.name for f in fields(LowConfidence)) == _LOW_FIELDS
)


def _zones_on_scan(layout: geometry.PageText, blocks: list[Block]) -> None:
    """Put the zones of paragraphs the reader turned into their reading frame (Tesseract's
    `textangle`, `readers/turn.py`) back on the scan, and the boxes of their blocks (the review
    overlay): the layout read them turned, the TEI and the overlay show them on the page image."""
    scan = scan_zones([(s.zone, s.lines) for s in layout.segments])
    if not scan:
        return
    layout.zones = [Zone(z.id, *scan[z.id]) if z.id in scan else z for z in layout.zones]
    for b in blocks:
        ids = zone_ids(b.zone)
        if ids and all(z in scan for z in ids):
            b.bbox = union([scan[z][0] for z in ids])


def _prefixed_zone(z: Zone, prefix: str) -> Zone:
    """`z` with its id prefixed by the page (`p3-`); `z` itself when there is no prefix (frozen)."""
    if not prefix:
        return z
    if not _DIRECT:
        return replace(z, id=f"{prefix}{z.id}")
    return Zone(f"{prefix}{z.id}", z.bbox, z.lines)


def _prefixed_word(w: LowConfidence, prefix: str) -> LowConfidence:
    """A low-confidence word with its zone id prefixed by the page; `w` itself when that changes
    nothing (frozen)."""
    if not prefix or not w.zone:
        return w if w.zone or w.zone is None else replace(w, zone=None)
    if not _DIRECT:
        return replace(w, zone=f"{prefix}{w.zone}")
    return LowConfidence(w.start, w.end, w.text, w.conf, f"{prefix}{w.zone}")


def is_blank(document: Document) -> bool:
    """Whether a page document holds no text at all (a scan with no words, a photo-only page, an
    empty file): its output holds no article."""
    return not document.original.strip()


def warn_if_blank(document: Document, name: str) -> None:
    """Add the warning a blank page of an issue gets (`issue._warn_blank_pages`) to a single page that
    is blank, naming it `name`, so that `convert` says so on stderr and `batch` counts it, rather than
    a photo-only or empty page passing as a page without articles unremarked. A page the reader
    already warned of says why it is blank (a JSON `null` file, `ocrjson.null_file_warning`): one line
    a page, which `batch` counts once."""
    if is_blank(document) and not document.warnings:
        document.warnings.append(f"{name}: the page is blank (no text): no article")


def render(document: Document, fmt: str = "tei", *, line_zones: bool = False) -> str:
    """The document in one of the output formats: `tei`, `txt` or `json` (`line_zones`: TEI
    facsimile zones for every OCR line as well as every block)."""
    if fmt == "tei":
        return to_tei(document, line_zones)
    if fmt == "txt":
        return to_txt(document)
    if fmt == "json":
        return to_json(document)
    raise InputError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")


def convert(
    source: PageSource,
    *,
    fmt: str = "tei",
    paper: str | None = None,
    date: str | None = None,
    page: int | None = None,
    options: NormalizeOptions | None = None,
    encoding: str | None = None,
    input_format: str | None = None,
    min_conf: float | None = None,
    line_zones: bool = False,
    relative_to: str | os.PathLike[str] | None = None,
    name: str | None = None,
    label: str | None = None,
) -> ConvertResult:
    """Convert one OCR page (a path, bytes, or the text itself) into articles.

    A `bytearray` or `memoryview` is read as the bytes it holds; a page of another type (`None`)
    raises `InputTypeError`, an `InputError` and a `TypeError`.

    The input is flat text or a coordinate file (hOCR, ALTO, PAGE-XML, RapidOCR/PaddleOCR JSON),
    detected from its content unless `input_format` (`txt`, `hocr`, `alto`, `pagexml`, `ocrjson`)
    forces one. Returns the document model, the output in `fmt` (`tei`, `txt` or `json`) and the
    edit log in ORIGINAL offsets (for a coordinate file: into the page text `build_document` lays
    out). The outputs record a file by its name, or with `relative_to` (a folder holding it) by its
    path relative to that folder; a page given as bytes or text by `name` (`bucket/key.xml`, as
    given) when given, which errors and warnings name it by too. `label`: the page's section label
    (`A4`), as `build_document` takes it. Raises `InputError` for unreadable or malformed input or
    an unknown format.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")
    data = page_data(source)
    in_memory = is_in_memory(data)
    _check_memory_facts(data, in_memory, name, relative_to)
    checked = _checked_label(label, page)
    with collector_paused():  # see layoutfix.gcpause: the collector frees nothing during a convert
        content, recorded = _load(data, encoding, input_format, in_memory=in_memory, name=name)
        document = label_page(build_named_document(
            content, source=recorded, page=page, paper=paper, date=date, options=options,
            min_conf=min_conf, relative_to=relative_to, as_given=name is not None,
        ), checked)
        warn_if_blank(document, recorded)
        return ConvertResult(document, render(document, fmt, line_zones=line_zones), list(document.edits))


__all__ = [
    "FORMATS", "ConvertResult", "SeveralPagesError", "build_document", "check_paper", "convert",
    "from_stdin", "render", "script_tag", "to_tei",
]
