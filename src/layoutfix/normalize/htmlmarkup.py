"""HTML debris and image lines that OCR-to-markdown tools (MinerU, PP-StructureV3, Marker, olmOCR...)
write into their markdown, and the character entities they leave in the text.

- Inline and wrapper tags (`<div style="text-align: center;">`, `<span>`, `<sup>`, `<br/>`...) are not
  text: they go as `markup.html-tag` edits, the text between them stays. Only the tags named in
  `TAG_NAMES` count, and only in HTML tag syntax (attributes `name` or `name="value"`), so `a < b`,
  `a<b && c>d` and book-title marks typed as `<<人民日报>>` are text.
- A line that is nothing but one image (`![alt](path)`, `<img src=... alt=...>`, possibly inside
  wrapper tags, `<html><body>` among them) and stands alone between blank lines is a figure, not
  text: its markup goes as a `markup.image` edit and leaves the alt text (markdown only) and the
  path, one per line, so the block carries what the exporters need and `markup.block_hints` marks it
  `graphic` (it reads the block's original text from where the markup removed right before its
  first character began: `TrackedText.to_original_start`). Lines of nothing but wrapper tags right
  around it (MinerU and Marker write `<div style="text-align: center;">` and `</div>` on lines of
  their own) belong to the figure: each tag goes as a `markup.html-tag` edit with its line break
  (`envelope_changes`, as for a table), so no tag or blank line is left in the block. Around
  ordinary text (a centred headline or caption) such lines go the same way (`text_wrapper_changes`),
  so the block keeps its text and stays apart from the next one.
- A `<sup>`/`<sub>` holding only digits (`10<sup>6</sup>`, `H<sub>2</sub>O`) becomes Unicode superscript
  or subscript digits (`10⁶`, `H₂O`), one `markup.html-script` edit: dropping the tags alone would
  turn a power into another number.
- A degree sign the export wrote as a superscript letter o after a number (`-3<sup>o</sup>C`,
  `北纬36<sup>O</sup>`, also `º`), or as a superscript zero between a number and C or F
  (`-3<sup>0</sup>C`), becomes `°` (`-3°C`, as `$-3^{\\circ}$C` does in `latex.py`), one
  `markup.html-script` edit of certainty `medium` (the letter is read as a sign): dropping the tags
  would glue a letter onto the number (`-3oC`), and `⁰` would make it a power. The unit letter stays.
- Character entities (`&amp;`, `&nbsp;`, `&#12288;`) are decoded with the standard library's table as
  `unicode.html-entity` edits, except where the decoded character would make new markup (`&lt;b&gt;`
  stays text, not a tag a second run would remove), so normalising twice equals normalising once.
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from ..tracked import Change
from .context import HAN, URL_OPENING_AFTER_HAN

RULE_TAG = "markup.html-tag"
RULE_IMAGE = "markup.image"
RULE_ENTITY = "unicode.html-entity"
RULE_SCRIPT = "markup.html-script"

#: What follows a tag's name up to its `>` on the same line: HTML attribute syntax, each attribute a
#: name or name=value (quoted or not), then an optional `/`. Text that merely has a tag name after a `<`
#: (`a<b && c>d`, `若a<b，则b>a`) is not a tag and stays.
_ATTRIBUTES = (
    r"""(?:[^\S\n]+[A-Za-z_:][-A-Za-z0-9_:.]*"""
    r"""(?:[^\S\n]*=[^\S\n]*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'=<>`]+))?)*"""
    r"[^\S\n]*/?>"
)
#: The inline and wrapper tags the exports write around text; their content is kept.
TAG_NAMES = ("div", "span", "center", "p", "sup", "sub", "br", "b", "i", "strong", "em", "font")
TAG = regex.compile(rf"</?(?:{'|'.join(TAG_NAMES)})(?=[\s/>]){_ATTRIBUTES}", regex.IGNORECASE)
#: The document tags an export wraps around a table or an image (MinerU writes its tables as
#: `<html><body><table>…</table></body></html>`, in its markdown too): markup there, text elsewhere.
DOCUMENT_TAG = regex.compile(rf"</?(?:html|body)(?=[\s/>]){_ATTRIBUTES}", regex.IGNORECASE)
#: Any tag that may stand around a table or an image: an inline or wrapper tag, or a document tag.
WRAPPER_TAG = regex.compile(rf"{TAG.pattern}|{DOCUMENT_TAG.pattern}", regex.IGNORECASE)
#: A line of nothing but inline or wrapper tags and blanks (`<div style="text-align: center;">`,
#: `</div>`): around text it is markup (`text_wrapper_changes`); document tags do not count there.
_TAG_LINE = regex.compile(rf"^[^\S\n]*(?:(?:{TAG.pattern})[^\S\n]*)+$", regex.IGNORECASE | regex.MULTILINE)

#: A superscript or subscript of digits (a footnote mark `责任<sup>1</sup>`, a power `10<sup>6</sup>`,
#: `H<sub>2</sub>O`): without its tags it would read as another number (`106`), so it becomes the
#: Unicode superscript or subscript characters instead.
_SCRIPT = regex.compile(r"<(?P<tag>sup|sub)>(?P<c>[0-9+\-=()]{1,8})</(?P=tag)>", regex.IGNORECASE)
_SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
_SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
#: A degree sign written as a superscript after a number: a letter o (or º, °) anywhere after a
#: digit, a zero only before a Celsius or Fahrenheit C/F (`10<sup>0</sup>` alone is a power).
_DEGREE = regex.compile(
    r"(?<=[0-9])<(?P<tag>sup)>(?:[oOº°]|0(?=</sup>[^\S\n]?[CF](?![A-Za-z])))</(?P=tag)>", regex.IGNORECASE
)
DEGREE = "°"


def md_destination(group: str) -> str:
    """The pattern of a markdown image's or link's `(destination)` or `(destination "title")`, the
    destination in the named `group`: written as CommonMark allows, without spaces and parentheses in
    it balanced (`images/图片,1(2).jpg`), or between `<` and `>`, spaces allowed (`<images/图 1.jpg>`:
    the destination is what the brackets hold). One pattern, so that an image's path and a link's
    target are read alike (`_MD_IMAGE`, `markup._MD_LINK`)."""
    return (
        rf"\((?:<(?P<{group}>[^<>\n]+)>"
        rf"|(?P<{group}>(?:[^()\s<]|(?P<paren>\((?:[^()\s]|(?&paren))*\)))(?:[^()\s]|(?&paren))*))"
        r'(?:[ \t]+"[^"\n]*")?\)'
    )


#: A markdown image `![alt](path)` or `![alt](path "title")`, its path written as a link's
#: destination (`md_destination`).
_MD_IMAGE = regex.compile(r"!\[(?P<alt>[^\]\n]*)\]" + md_destination("url"))
#: An HTML `<img>` and its `src`: a quoted value may hold spaces (`src="imgs/園區 x.jpg"`, the blanks
#: just inside the quotes are no part of the path); an unquoted one holds no space, quote (curly
#: ones included: the punctuation step's quotes make no attribute), `=`, `<`, `>` or backtick.
_HTML_IMAGE = regex.compile(
    r"<img\b[^<>\n]*?\bsrc[^\S\n]*=[^\S\n]*"
    r"(?:\"[^\S\n]*(?P<url>[^\"<>\s](?:[^\"<>\n]*[^\"<>\s])?)[^\S\n]*\""
    r"|'[^\S\n]*(?P<url>[^'<>\s](?:[^'<>\n]*[^'<>\s])?)[^\S\n]*'"
    r"|(?P<url>[^\s\"'=<>`“”‘’]+))"
    r"[^<>\n]*>",
    regex.IGNORECASE,
)
#: Where an image may begin: a line without it holds none.
_IMAGE_START = regex.compile(r"!\[|<img\b", regex.IGNORECASE)
#: Whatever may stand around the image on its line: wrapper tags and blanks.
_WRAPPER = regex.compile(rf"(?:\s|{WRAPPER_TAG.pattern})*", regex.IGNORECASE)

_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Decoded characters that are markdown markers: such an entity stays as written.
_MARKER_CHARS = frozenset("*#_`")
_ENTITY_AHEAD = regex.compile(r"#?[A-Za-z0-9]+;")
_TAG_AHEAD = regex.compile(r"/?[A-Za-z!]")
_QUOTE_LEAD = regex.compile(r"[\s>]*")
_OPEN_TAG_BEFORE = regex.compile(r"<[^<>]*$")


@dataclass(frozen=True, slots=True)
class ImageLine:
    """An image standing alone on its line: the markup spans to remove and where its path lies."""

    start: int
    end: int
    url_start: int
    url_end: int
    alt_start: int
    alt_end: int
    #: The document tags (`<html>`, `<body>`) around the image on its line: they go with it.
    documents: tuple[tuple[int, int], ...] = ()
    #: The edits removing the wrapper tags on lines of their own around the image's line, each with
    #: its line break: they span lines, so they are made after the line-by-line tag step.
    envelope: tuple[Change, ...] = ()
    #: The runs of blanks around the image on its line, outside its tags (`<p>![](其层治理) </p>`,
    #: `　　![](其层治理)`): they go with it, so that the path's line is the path as written, which a
    #: second run reads as such (`path_line`, `written_line`). Blanks before the alt text stay.
    blanks: tuple[tuple[int, int], ...] = ()

    def changes(self, text: str) -> list[Change]:
        """The edits on `text` that leave the alt text (when there is one) and the path, one per line,
        and remove the document tags around the image (the other wrapper tags go as any tag does).
        A path no line of text could be told from (`path_line`: a blank or a CJK mark in it) is
        left between `<` and `>`, as CommonMark writes such a destination, or one naming no image
        file in a markdown image of its own (`![](其层治理)`), so a second run knows the line for a
        path too (`written_path`). An edit that would write what is there already is none."""
        opening, closing = written_path(text[self.url_start : self.url_end])
        if self.alt_end > self.alt_start:
            first = self.alt_start
            tail = [Change(self.alt_end, self.url_start, "\n" + opening, RULE_IMAGE, "markup")]
        else:
            first, tail = self.url_start, []
        image = [
            Change(self.start, first, "" if tail else opening, RULE_IMAGE, "markup"),
            *tail,
            Change(self.url_end, self.end, closing, RULE_IMAGE, "markup"),
        ]
        image = [c for c in image if text[c.start : c.end] != c.after]
        image += [Change(a, b, "", RULE_IMAGE, "markup") for a, b in self.blanks if not tail or a >= self.end]
        documents = [Change(a, b, "", RULE_TAG, "markup") for a, b in self.documents]
        return sorted(image + documents, key=lambda c: c.start)


def tag_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of every inline or wrapper tag in `text[start:end]`."""
    if "<" not in text[start:end]:
        return []
    return [m.span() for m in TAG.finditer(text, start, end)]


def script_changes(text: str, start: int, end: int) -> list[Change]:
    """`<sup>6</sup>` -> `⁶`, `<sub>2</sub>` -> `₂`, `3<sup>o</sup>C` -> `3°C` in `text[start:end]`: one
    edit each (a degree sign at certainty `medium`, as it reads a letter as a sign)."""
    if "<" not in text[start:end]:
        return []
    degrees = [
        Change(m.start(), m.end(), DEGREE, RULE_SCRIPT, "markup", "medium")
        for m in _DEGREE.finditer(text, start, end)
    ]
    taken = {c.start for c in degrees}
    scripts = [
        Change(m.start(), m.end(), _scripted(m.group("tag"), m.group("c")), RULE_SCRIPT, "markup")
        for m in _SCRIPT.finditer(text, start, end)
        if m.start() not in taken
    ]
    return sorted(degrees + scripts, key=lambda c: c.start)


def _scripted(tag: str, content: str) -> str:
    return content.translate(_SUPERSCRIPT if tag.lower() == "sup" else _SUBSCRIPT)


def image_in_line(text: str, start: int, end: int) -> ImageLine | None:
    """The image that `text[start:end]` (one line) holds and nothing else but wrapper tags, if any."""
    lead = _WRAPPER.match(text, start, end)
    pos = lead.end() if lead else start
    m = _MD_IMAGE.match(text, pos, end) or _HTML_IMAGE.match(text, pos, end)
    if m is None:
        return None
    trail = _WRAPPER.match(text, m.end(), end)
    if trail is None or trail.end() != end:
        return None
    alt = (m.start("alt"), m.end("alt")) if "alt" in m.re.groupindex else (m.start(), m.start())
    if not text[alt[0] : alt[1]].strip():
        alt = (m.start(), m.start())
    documents = document_tags(text, start, pos) + document_tags(text, m.end(), end)
    blanks = _blanks_between_tags(text, start, pos) + _blanks_between_tags(text, m.end(), end)
    return ImageLine(m.start(), m.end(), m.start("url"), m.end("url"), *alt, documents, blanks=blanks)


def _blanks_between_tags(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The (start, end) of every run of blanks in `text[start:end]`, wrapper tags and blanks only
    (`_WRAPPER`), that lies outside the tags (`<div> ` has one after its `<div>`)."""
    tags = [m.span() for m in WRAPPER_TAG.finditer(text, start, end)]
    runs: list[tuple[int, int]] = []
    pos = start
    for a, b in [*tags, (end, end)]:
        if a > pos:
            runs.append((pos, a))
        pos = max(pos, b)
    return tuple(runs)


def document_tags(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The (start, end) of every document tag (`<html>`, `</body>`...) in `text[start:end]`."""
    if "<" not in text[start:end]:
        return ()
    return tuple(m.span() for m in DOCUMENT_TAG.finditer(text, start, end))


def standalone_image(text: str, start: int, end: int) -> ImageLine | None:
    """`image_in_line`, when the line is also a block of its own (blank or no line around it), lines
    of nothing but wrapper tags around it allowed (they go with it: `ImageLine.envelope`)."""
    if "<img" not in text[start:end].lower() and "![" not in text[start:end]:
        return None
    top, bottom = _wrapper_lines_above(text, start), _wrapper_lines_below(text, end)
    if top is None or bottom is None:
        return None  # a line of text above or below: the image is part of a paragraph
    image = image_in_line(text, start, end)
    if image is None or (top == start and bottom == end):
        return image
    envelope = envelope_changes(text, top, image.start, image.end, bottom, documents_on_line=False)
    return replace(image, envelope=tuple(envelope))


def standalone_images(text: str) -> tuple[ImageLine, ...]:
    """Every image standing as a block of its own in `text` (`standalone_image`), in order. The
    steps before the unicode step and after it ask this of the same text (`markup.protect_image_paths`,
    both `markup.protect_urls` passes), so the last answers are kept (`_standalone_images`)."""
    if "![" not in text and "<" not in text:
        return ()
    return _standalone_images(text)


@lru_cache(maxsize=4)
def _standalone_images(text: str) -> tuple[ImageLine, ...]:
    """`standalone_images`, computed."""
    images: list[ImageLine] = []
    done = -1
    for m in _IMAGE_START.finditer(text):
        if m.start() < done:
            continue  # on the line read last
        start = text.rfind("\n", 0, m.start()) + 1
        done = text.find("\n", m.start())
        done = len(text) if done < 0 else done
        image = standalone_image(text, start, done)
        if image is not None:
            images.append(image)
    return tuple(images)


def alt_texts(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the alt text of every markdown image in `text` (`![alt](path)`), on a
    line of its own or not, in order; none for an empty one."""
    if "![" not in text:
        return []
    spans: list[tuple[int, int]] = []
    done = -1
    for image in md_images(text):
        if image.start >= done:  # as `_MD_IMAGE.finditer` reads them: none inside another
            done = image.end
            if image.alt_end > image.alt_start:
                spans.append((image.alt_start, image.alt_end))
    return spans


@dataclass(frozen=True, slots=True)
class InlineImage:
    """An image inside a line of text: the spans of its markup and of its path."""

    #: A markdown image's `![` and its `](path)` (its alt text left out), or an `<img>` tag whole.
    markup: tuple[tuple[int, int], ...]
    url_start: int
    url_end: int


def inline_images(text: str, standalone: tuple[ImageLine, ...]) -> list[InlineImage]:
    """Every image inside a line of text in `text` (any image but the `standalone` ones), in order of
    its start, one beginning inside another's alt text too, as `_MD_IMAGE` and `_HTML_IMAGE` match
    at each `![` and `<img`. The markdown images are read in one pass (`md_images`), so a line of
    thousands of `![` that never close is read in time growing with its length only."""
    if "![" not in text and "<" not in text:
        return []
    extents = [(image.start, image.end) for image in standalone]
    starts = [a for a, _ in extents]
    markdown = {image.start: image for image in md_images(text)} if "![" in text else {}
    found: list[InlineImage] = []
    for m in _IMAGE_START.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < extents[i][1]:
            continue  # a standalone image's: the markup step reads it
        if (md := markdown.get(m.start())) is not None:
            markup = ((md.start, md.alt_start), (md.alt_end, md.end))
            found.append(InlineImage(markup, md.url_start, md.url_end))
        elif m.group() != "![" and (tag := _HTML_IMAGE.match(text, m.start())) is not None:
            found.append(InlineImage((tag.span(),), tag.start("url"), tag.end("url")))
    return found


@dataclass(frozen=True, slots=True)
class MdImage:
    """Where a markdown image `![alt](path)` lies, as `_MD_IMAGE` matches it: whole, its alt text,
    its path."""

    start: int
    alt_start: int
    alt_end: int
    url_start: int
    url_end: int
    end: int


def md_images(text: str) -> list[MdImage]:
    """The markdown image `_MD_IMAGE.match` finds at each `![` of `text` that starts one, in order
    (an image may begin inside another's alt text). The same matches, read in one pass: the pattern
    matched at each `![` reads to the line's end when no `]` or no closing `)` comes (a line of
    `![a](b` repeated, of `![` or `![a`), which made thousands of them take seconds to minutes.
    Here each line's parentheses are paired once (`_Parentheses`), and a start whose alt text would
    run to the same `]` as the last one's is read from what that one found. The steps of one
    normalisation ask it of the same text several times (image paths, both URL passes, the markup
    step), so the last answers are kept (`_md_images`)."""
    return list(_md_images(text))


@lru_cache(maxsize=4)
def _md_images(text: str) -> tuple[MdImage, ...]:
    """`md_images`, kept per text (`MdImage` is frozen)."""
    found: list[MdImage] = []
    bracket = newline = -1  # the first `]` and line break at or after the last start read
    lines: dict[int, _Parentheses] = {}
    for m in _MD_IMAGE_START.finditer(text):
        p = m.start()
        if bracket < p + 2:
            bracket = _find(text, "]", p + 2)
        if newline < p:
            newline = _find(text, "\n", p)
        if bracket >= newline or not text.startswith("(", bracket + 1):
            continue  # no `]` on the line, or no `(` right after it: no image starts here
        if (parens := lines.get(newline)) is None:
            parens = lines[newline] = _Parentheses(text, text.rfind("\n", 0, p) + 1, newline)
        url_end = parens.image_end(bracket + 2)
        if url_end is not None:
            found.append(MdImage(p, p + 2, bracket, *url_end))
    return tuple(found)


def _find(text: str, sub: str, start: int) -> int:
    """`text.find(sub, start)`, the text's length when there is none."""
    at = text.find(sub, start)
    return len(text) if at < 0 else at


#: What opens a markdown image.
_MD_IMAGE_START = regex.compile(r"!\[")
#: What ends a destination's run of characters (`md_destination`): a parenthesis or a blank.
_DESTINATION_STOP = regex.compile(r"[()\s]")
#: What ends a destination written between `<` and `>`.
_ANGLE = regex.compile(r"[<>]")


class _Parentheses:
    """The parentheses and blanks of one line (`text[start:end]`), paired once, so that the
    destination of each `](` on it is read in a few steps (`image_end`), as `md_destination` reads
    it: characters but parentheses and blanks, and groups of balanced parentheses holding no blank."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.end = text, end
        #: Each parenthesis or blank of the line, in order.
        self.stops = [m.start() for m in _DESTINATION_STOP.finditer(text, start, end)]
        #: Where a run of destination characters starting at the stop of that index ends: at a blank,
        #: a `)` or a `(` that no `)` closes on the line; over every group it closes.
        self.run_end = self._run_ends(self._closing())
        self.titles: dict[int, int | None] = {}

    def _closing(self) -> list[int]:
        """For each stop, the index of the stop that closes it, when it is a `(` a `)` closes with
        no blank between; -1 for any other."""
        closing = [-1] * len(self.stops)
        opened: list[int] = []
        for i, at in enumerate(self.stops):
            ch = self.text[at]
            if ch == "(":
                opened.append(i)
            elif ch == ")":
                if opened:
                    closing[opened.pop()] = i
            else:
                opened.clear()  # a blank: no group holds it
        return closing

    def _run_ends(self, closing: list[int]) -> list[int]:
        """`run_end`, from the last stop back to the first."""
        ends = [0] * (len(self.stops) + 1)
        ends[-1] = self.end
        for i in range(len(self.stops) - 1, -1, -1):
            ends[i] = ends[closing[i] + 1] if closing[i] >= 0 else self.stops[i]
        return ends

    def image_end(self, at: int) -> tuple[int, int, int] | None:
        """The (path start, path end, image end) of the destination whose `(` stands right before
        `at` (`md_destination`), or None when none is written there."""
        text = self.text
        if at < self.end and text[at] == "<":
            close = _ANGLE.search(text, at + 1, self.end)
            if close is None or text[close.start()] != ">" or close.start() == at + 1:
                return None
            url = (at + 1, close.start())
            after = close.end()
        else:
            url_end = self.run_end[bisect_left(self.stops, at)]
            if url_end == at:
                return None  # no destination: a blank, a `)` or a `(` never closed
            url, after = (at, url_end), url_end
        end = self._closed_at(after)
        return None if end is None else (*url, end)

    def _closed_at(self, at: int) -> int | None:
        """Where the image ends when its destination ends at `at`: after its `)`, or after an
        optional title (blanks, then `"…"`) and its `)`; None when neither follows."""
        if at < self.end and self.text[at] == ")":
            return at + 1
        if at not in self.titles:
            self.titles[at] = self._title_end(at)
        return self.titles[at]

    def _title_end(self, at: int) -> int | None:
        text, pos = self.text, at
        while pos < self.end and text[pos] in " \t":
            pos += 1
        if pos == at or pos >= self.end or text[pos] != '"':
            return None
        quote = text.find('"', pos + 1, self.end)
        if quote < 0 or quote + 1 >= self.end or text[quote + 1] != ")":
            return None
        return quote + 2


#: An image file's extension, ending a name.
IMAGE_FILE_END = regex.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg)(?![A-Za-z0-9])", regex.IGNORECASE)
#: What an image file's path may begin with: a letter, digit or Han, `_`, `.`, `/`, `~`, and the
#: `*`, `$` of a name the markup step would read as emphasis or LaTeX (`**x**.jpg`, `$^{1}$.png`),
#: never a heading's `#`, a quote's `>`, a tag's `<` or an image's `!`.
_PATH_START = regex.compile(r"[\w./~*$]")
#: A mark of CJK text (`，`, `、`, `。`, `“`, `《`...): any punctuation outside ASCII.
_CJK_MARK = regex.compile(r"[^\P{P}\x00-\x7f]")
#: How an HTML tag with attributes opens after its `<` (`a href=`): no path between `<` and `>`.
_TAG_OPENING = regex.compile(r"/?[A-Za-z][A-Za-z0-9]*\s+[^\s=]+\s*=")
#: A mark ending a CJK sentence (`。`, `！`, `？`, `；`): between `<` and `>` it makes a line of text
#: (`<其层治理，成效明显。a.jpg>`), never a path the markup step writes there.
_SENTENCE_END = regex.compile(r"[。！？；]")


def path_line(line: str) -> bool:
    """Whether the line `line` is nothing but an image's path, as the markup step writes an
    image's (`ImageLine.changes`), not a line of text: either one bare token (no blank, no CJK mark,
    beginning as a path does, `_PATH_START`, no image markup, no URL glued to a hanzi before it, no
    hanzi after its image file's extension) ending in an image file's extension or holding a `/`
    and one (`images/其层治理,1.jpg`, `imgs/<b>c.jpg</b>`, `a/b.jpg?w=300`), or between `<` and
    `>` any such path (`<imgs/園區 x.jpg>`, `<其层 治理 ,1.jpg>`: blanks allowed) with no mark
    ending a CJK sentence in it (`_SENTENCE_END`). A sentence that names a file is
    text: `详见 www.lz.gov.cn/a.jpg`, and `详见www.lz.gov.cn/a.jpg`, whose URL begins after the
    sentence's hanzi; so is any line of text between `<` and `>` naming no image file, as OCR
    writes a title's 〈〉 or 《》 (`<其层治理工作会议在兰州召开>`, `<2024/05/01 其层治理>`): the path
    of an image naming no image file is written as a markdown image (`written_line`)."""
    if "](" in line or _IMAGE_START.search(line) is not None:
        return False  # image markup: no path the markup step wrote
    if len(line) > 2 and line[0] == "<" and line[-1] == ">":
        inner = line[1:-1]
        bare = not any(ch in "<>\n" for ch in inner)
        return (
            bare
            and _TAG_OPENING.match(inner) is None
            and _names_image(inner, _last_image_end(inner))
            and _SENTENCE_END.search(inner) is None
        )
    if (
        _PATH_START.match(line) is None
        or any(ch.isspace() for ch in line)
        or _CJK_MARK.search(line) is not None
        or URL_OPENING_AFTER_HAN.search(line) is not None
    ):
        return False
    last = _last_image_end(line)
    # no hanzi after the image file's extension: a token so is a sentence naming a file
    # (`www.lz.gov.cn/a.jpg,其层治理成效明显`); a query there is ASCII (`a/b.jpg?w=300`)
    return _names_image(line, last) and HAN.search(line, last) is None


def _last_image_end(path: str) -> int:
    """Where the last image file's extension in `path` ends (`IMAGE_FILE_END`), -1 when none does."""
    end = -1
    for m in IMAGE_FILE_END.finditer(path):
        end = m.end()
    return end


def _names_image(path: str, last: int) -> bool:
    """Whether `path`, whose last image file's extension ends at `last` (`_last_image_end`), ends in
    one, or holds a `/` and one."""
    return last >= 0 and ("/" in path or last == len(path))


def written_path(path: str) -> tuple[str, str]:
    """What the markup step writes before and after an image's path `path` on its line: nothing,
    when the line reads as a path as it is (`path_line`); else `<` and `>`, when that makes it one
    (a blank or a CJK mark in a path naming an image file, a URL glued to hanzi: `<图 1.jpg>`); else
    the markdown image around it (`![](` and `)`, or `![](<` and `>)` as CommonMark needs for a
    blank: `![](其层治理)`, `![](<其层 治理>)`), a form no line of text takes after the markup step,
    which a second run reads as the same path (`written_line`). So no line of text between `<` and
    `>` need ever read as a path (`<其层治理工作会议在兰州召开>` is a title)."""
    if path_line(path):
        return "", ""
    if path_line(f"<{path}>"):
        return "<", ">"
    for opening, closing in (("![](", ")"), ("![](<", ">)")):
        m = _MD_IMAGE.fullmatch(f"{opening}{path}{closing}")
        if m is not None and m.group("url") == path:
            return opening, closing
    return "", ""  # no path an image's markup can hold (`image_in_line` found none such)


def written_line(line: str) -> bool:
    """Whether the line `line` is an image's path as the markup step writes one naming no image
    file (`written_path`: `![](其层治理)`, `![](<其层 治理>)`), exactly: a markdown image with no alt
    text whose path would be written so again. A second run keeps it as it is (`markup._path_lines`)."""
    return _written_image(line) is not None


def _written_image(line: str) -> regex.Match[str] | None:
    """The markdown image that `line` is, when it is one as `written_line` says, else None."""
    m = _MD_IMAGE.fullmatch(line)
    if m is None or m.group("alt"):
        return None
    opening, closing = written_path(m.group("url"))
    return m if opening.startswith("!") and f"{opening}{m.group('url')}{closing}" == line else None


def path_in_line(line: str) -> tuple[int, int]:
    """Where the path lies in the last line `line` of an image block, as the markup step writes it
    (`written_path`): inside the `<` and `>` around a path holding a blank or a CJK mark, inside
    the markdown image around one naming no image file (`written_line`), else the whole line."""
    if (m := _written_image(line)) is not None:
        return m.span("url")
    if len(line) > 2 and line[0] == "<" and line[-1] == ">":
        return 1, len(line) - 1
    return 0, len(line)


def wrapper_line(text: str, start: int, end: int) -> bool:
    """Whether the line `text[start:end]` holds wrapper tags and nothing else but blanks."""
    m = _WRAPPER.match(text, start, end)
    return m is not None and m.end() == end and bool(text[start:end].strip())


def _wrapper_lines_above(text: str, line_start: int) -> int | None:
    """Where the run of wrapper-tag lines right above the line at `line_start` begins (`line_start`
    when there is none), or None when a line of text stands above it with no blank line between."""
    while line_start > 0:
        above = text.rfind("\n", 0, line_start - 1) + 1
        if not text[above : line_start - 1].strip():
            break
        if not wrapper_line(text, above, line_start - 1):
            return None
        line_start = above
    return line_start


def _wrapper_lines_below(text: str, line_end: int) -> int | None:
    """Where the run of wrapper-tag lines right below the line ending at `line_end` ends (`line_end`
    when there is none), or None when a line of text stands below it with no blank line between."""
    while line_end < len(text):
        after = text.find("\n", line_end + 1)
        below_end = len(text) if after < 0 else after
        if not text[line_end + 1 : below_end].strip():
            break
        if not wrapper_line(text, line_end + 1, below_end):
            return None
        line_end = below_end
    return line_end


def envelope_changes(
    text: str, start: int, inner_start: int, inner_end: int, end: int, *, documents_on_line: bool
) -> list[Change]:
    """`markup.html-tag` edits removing the wrapper tags an export writes around a table or an image
    (`text[inner_start:inner_end]`) in its block `text[start:end]`: every wrapper tag on a line of its
    own, and (`documents_on_line`) the document tags on the table's own lines. Each takes the blanks
    between it and the table or image along, so a tag on its own line leaves no line behind. (The
    other tags on the table's or image's lines go as any tag does: their line keeps text.)"""
    first = max(start, text.rfind("\n", start, inner_start) + 1)
    last = text.find("\n", inner_end, end)
    last = end if last < 0 else last
    lead = [m.span() for m in WRAPPER_TAG.finditer(text, start, first)]
    trail = [m.span() for m in WRAPPER_TAG.finditer(text, last, end)]
    if documents_on_line:
        lead += document_tags(text, first, inner_start)
        trail = [*document_tags(text, inner_end, last), *trail]
    return [Change(a, _blanks_end(text, b, inner_start), "", RULE_TAG, "markup") for a, b in lead] + [
        Change(_blanks_start(text, inner_end, a), b, "", RULE_TAG, "markup") for a, b in trail
    ]


def text_wrapper_changes(text: str) -> list[Change]:
    """`markup.html-tag` edits removing the lines of nothing but wrapper tags in a block of text
    (MinerU and Marker write `<div style="text-align: center;">` above a centred headline or caption
    and `</div>` below it, on lines of their own), each tag with the line break between it and the
    block's text, so the text stays and the block neither splits nor loses its blank line to the next
    one. A block of nothing but such lines stays as written (no block of the page disappears); a table
    or an image standing as a block removes its wrapper lines itself (`envelope_changes`)."""
    if "<" not in text:
        return []
    changes: list[Change] = []
    done = -1
    for m in _TAG_LINE.finditer(text):
        if m.start() < done:
            continue  # in the block handled last
        start, end = _block_around(text, m.start(), m.end())
        changes += _tag_line_changes(text, line_spans(text, start, end))
        done = end
    return changes


def tag_line(text: str, start: int, end: int) -> bool:
    """Whether the line `text[start:end]` holds inline or wrapper tags and nothing else but blanks."""
    return _TAG_LINE.fullmatch(text, start, end) is not None


def _block_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the block (the run of non-blank lines) holding the line `text[start:end]`."""
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if not text[above : start - 1].strip():
            break
        start = above
    while end < len(text):
        after = text.find("\n", end + 1)
        below_end = len(text) if after < 0 else after
        if not text[end + 1 : below_end].strip():
            break
        end = below_end
    return start, end


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every line of `text[start:end]`, without its line break."""
    spans: list[tuple[int, int]] = []
    for line in text[start:end].split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _tag_line_changes(text: str, lines: list[tuple[int, int]]) -> list[Change]:
    """The edits removing the tag lines among a block's `lines`: a tag below a line of text goes with
    the line break after that text, a tag above the block's first line of text with the line break
    before it. None when the block has no line of text."""
    if all(tag_line(text, s, e) for s, e in lines):
        return []
    changes: list[Change] = []
    text_end = -1  # where the last line of text above ends
    first_text = next(s for s, e in lines if not tag_line(text, s, e))
    for s, e in lines:
        if not tag_line(text, s, e):
            text_end = e
            continue
        for m in TAG.finditer(text, s, e):
            a, b = m.span()
            if text_end >= 0:
                changes.append(Change(_blanks_start(text, text_end, a), b, "", RULE_TAG, "markup"))
            else:
                changes.append(Change(a, _blanks_end(text, b, first_text), "", RULE_TAG, "markup"))
    return changes


def _blanks_end(text: str, pos: int, stop: int) -> int:
    """Where the blanks starting at `pos` end (at `stop` at the latest)."""
    while pos < stop and text[pos].isspace():
        pos += 1
    return pos


def _blanks_start(text: str, stop: int, pos: int) -> int:
    """Where the blanks ending at `pos` start (at `stop` at the earliest)."""
    while pos > stop and text[pos - 1].isspace():
        pos -= 1
    return pos


def entity_changes(text: str) -> list[Change]:
    """Character entities decoded (stdlib `html.unescape`), one `unicode.html-entity` edit each."""
    if "&" not in text:
        return []
    return [
        Change(m.start(), m.end(), decoded, RULE_ENTITY, "unicode")
        for m in _ENTITY.finditer(text)
        if (decoded := _decoded(text, m.start(), m.end())) is not None
    ]


def _decoded(text: str, start: int, end: int) -> str | None:
    """What the entity `text[start:end]` stands for, or None when it stays as written: unknown, or a
    character that would make new markup where it stands."""
    decoded = html.unescape(text[start:end])
    if decoded == text[start:end] or _MARKER_CHARS.intersection(decoded):
        return None
    if decoded == "<" and _TAG_AHEAD.match(text, end):
        return None
    if decoded == "&" and _ENTITY_AHEAD.match(text, end):
        return None
    if decoded == ">":
        line_start = text.rfind("\n", 0, start) + 1
        lead = _QUOTE_LEAD.match(text, line_start, start)
        if (lead is not None and lead.end() == start) or _OPEN_TAG_BEFORE.search(text, line_start, start):
            return None
    return decoded
