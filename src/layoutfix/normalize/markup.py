"""Markdown debris from OCR-to-markdown exports, and the block hints it leaves behind.

Engines that export markdown wrap what they took for headings and bold type in `#`, `**` and `>`.
The markers are not text: they go, as `markup` edits, and the text inside stays. What they said about
the block (a heading, an emphasised title, a quote) is still useful to the segmenter, so
`block_hints` and `emphasised_parts` read it from the block's ORIGINAL text.

Only what is clearly markup is touched: `#` must start a line and be followed by a space (`#3车间` is
text), a single `*` must not touch a letter, digit or ideograph on its outer side (`长*宽*高`, `3*4`
are multiplication), and the emphasised run must contain a letter.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Protocol, TypeVar

import regex

from ..model import Cert
from ..tracked import Change, TrackedText
from . import htmlmarkup, latex, tables, unicode
from .context import HAN, Spans, urls

_RULE_HEADING = "markup.heading"
_RULE_QUOTE = "markup.quote"
_RULE_BOLD = "markup.bold"
_RULE_EM = "markup.em"
_RULE_LINK = "markup.link"

#: Line-start markers: ATX heading `# ` .. `###### ` and block quote `> ` (also `>> `).
_LINE_MARKER = regex.compile(r"(?P<heading>#{1,6}[ \t]+)|(?P<quote>>+[ \t]+)")
#: The optional closing `#`s of an ATX heading: ` ##` at the end of the line.
_HEADING_CLOSE = regex.compile(r"[ \t]+#+[ \t]*$")

#: Emphasis on one line. `***x***` and `**x**` may touch CJK text (CJK has no spaces); `*x*` must not
#: touch a word character outside, so multiplication (`3*4`, `长*宽*高`) is left; `__x__` needs an
#: ideograph inside and no `_` or word character outside (identifiers like `__init__` stay).
_EMPHASIS = regex.compile(
    r"(?<!\*)(?P<m>\*\*\*?)(?=[^\s*])(?P<c>[^\n]*?[^\s*])(?P=m)(?!\*)"
    r"|(?<![\w*])(?P<m>\*)(?=[^\s*])(?P<c>[^\n*]*?[^\s*])(?P=m)(?![\w*])"
    r"|(?<![\w_])(?P<m>__)(?=[^\s_])(?P<c>[^\n]*?[^\s_])(?P=m)(?![\w_])"
)
_HAS_LETTER = regex.compile(r"\p{L}")
_HAS_HAN = regex.compile(r"\p{Han}")
_WORDS = regex.compile(r"[\p{L}\p{N}]")
#: Every marker holds one of these (`#` or `>` opening a line, `*` or `__` around emphasis, `>` closing
#: an HTML tag, `![` opening a markdown image, `](` of a markdown link, `|` of a pipe table, `$` of
#: inline LaTeX): a text without any is not parsed line by line (most pages are plain OCR text).
_ANY_MARKER = regex.compile(r"[#>*|$]|__|!\[|\]\(")
#: A character every match of `_ANY_MARKER` holds (`]` a link's), an HTML table's `<`, an entity's
#: `&` or the TAB of tab-separated rows (`tables`): a text without any holds nothing `strip_markup`
#: removes. One character class, searched with the standard `re` (it scans a class several times faster than
#: `regex` scans `_ANY_MARKER`'s alternatives), so the usual page, plain OCR text, leaves each of the
#: three `strip_markup` calls of a convert at once.
_MARKUP_CHARS = re.compile(r"[#>*|$_!<&\t\]]")


#: A markdown link `[text](target)` or `[text](target "title")`, not an image's `![`: the target
#: written as CommonMark allows a link destination (`htmlmarkup.md_destination`, as an image's path),
#: without spaces and its parentheses balanced, or between `<` and `>`.
_MD_LINK = regex.compile(
    r"(?<![!\\])\[(?P<text>[^\[\]\n]*[^\[\]\s][^\[\]\n]*)\]" + htmlmarkup.md_destination("target")
)
#: A target that names a page or a file, as a link's does: a web scheme (`http:`, `mailto:`) or
#: `www.`; an ASCII path (`/`, `./`, `#anchor`, `?q=`, a file name with its extension, `a.html`); or a
#: path holding hanzi only as a file's (`news/其层,1.html`: a folder, and an extension at its end, no
#: Chinese punctuation). Brackets in running text hold none: `[注](见下文)`, `[1](2)`,
#: `[注](数据来源：国家统计局/新华社)`, `[编者按](2023/2024年度)`, `[1](表2.xlsx)` stay text, which a
#: link would lose (its target is written nowhere but the edit log).
_LINK_SCHEME = regex.compile(r"(?i)(?:https?|ftp|mailto|file):|www\.")
_ASCII_LINK_TARGET = regex.compile(r"[./#~?]|.*/|.*\.[A-Za-z][A-Za-z0-9]{0,4}$", regex.DOTALL)
_FILE_PATH_TARGET = regex.compile(r"[\x21-\x7e\p{Han} ]*/[\x21-\x7e\p{Han} ]*\.[A-Za-z][A-Za-z0-9]{0,4}")


def _names_a_target(target: str) -> bool:
    """Whether a markdown link's `target` names a page or a file (`_LINK_SCHEME` and after)."""
    if _LINK_SCHEME.match(target) is not None:
        return True
    if target.isascii():
        return _ASCII_LINK_TARGET.match(target) is not None
    return _FILE_PATH_TARGET.fullmatch(target) is not None


def link_changes(text: str, start: int = 0, end: int | None = None) -> list[Change]:
    """The edits that read every markdown link in `text[start:end]` (`_MD_LINK`): the link text
    stays, as text, and the markup goes, the target with it (`markup.link`: `[`, and `](target)`).
    The TEI profile has no element for a link, so the target is not written anywhere; the edit log
    keeps it, as written, so the link can be rebuilt (`edits undo`). A target that names no page or
    file (`_names_a_target`) makes no link: `[注](见下文)` stays text. Nor do brackets inside a URL
    (`www.a.cn/b[1](c/d)`, `_in_urls`): they are the URL's, which no edit may change, unless they
    are a link of their own glued to it (`_a_link_itself`: `见http://a.cn/x.html[其层治理](http://…)`)."""
    found: list[Change] = []
    stop = len(text) if end is None else end
    in_urls: Spans | None = None
    for m in _MD_LINK.finditer(text, start, stop):
        if not _names_a_target(m.group("target")):
            continue
        if in_urls is None:
            in_urls = _in_urls(text, start, stop)
        url = in_urls.span_at(m.start())
        if url is not None and m.end() <= url[1] and not _a_link_itself(m):
            continue  # the URL's brackets
        found.append(Change(m.start(), m.start("text"), "", _RULE_LINK, "markup"))
        found.append(Change(m.end("text"), m.end(), "", _RULE_LINK, "markup"))
    return found


def _a_link_itself(link: regex.Match[str]) -> bool:
    """Whether the markdown link `link`, though a URL's match runs over it, is a link: its text holds
    hanzi (`www.a.cn/新闻[其层治理](jc/1.html)`, `…/x.html[专题](http://a.cn/x.html)`). Brackets of
    ASCII text are the URL's, whatever their target (`wiki/b[1](c/d)`,
    `…/x.html[PDF](http://a.cn/x.pdf)`): read as a link, they would glue their text to the URL and
    change it (`…/x.htmlPDF`)."""
    return HAN.search(link.group("text")) is not None


def _in_urls(text: str, start: int, end: int) -> Spans:
    """The URLs of `text[start:end]` (`context.urls`), as offsets into `text`. `link_changes` reads
    them once, when a link candidate first names a target, on the slice it was given: a whole page
    (`strip_links`) or one line (`_markers_by_line`; a URL never spans lines, so a line holds its
    URLs whole)."""
    return Spans((start + s, start + e) for s, e in urls(text[start:end]))


def strip_links(t: TrackedText) -> TrackedText:
    """`t` with every markdown link read (`link_changes`): a step of its own before the unicode
    step, so no step changes a target before it goes (the edit log keeps it as the input wrote it:
    `[其层治理](news/其层,1.html)` gives `其层治理`, corrected later, and the edit `](news/其层,1.html)`
    -> nothing). The markup step reads links too (`_find_markers`), for the block hints' text."""
    if "](" not in t.text:
        return t
    changes = link_changes(t.text)
    return t.apply(changes) if changes else t


@dataclass(frozen=True, slots=True)
class _Marker:
    """A markup marker found in a text: `text[start:end]` is replaced by `after` (removed, for all
    but the separators an image or table leaves between its parts) by `rule`."""

    start: int
    end: int
    rule: str
    after: str = ""
    #: How sure the replacement is: `medium` for a degree sign read from a superscript o.
    cert: Cert = "high"


@dataclass(frozen=True, slots=True)
class _Emphasis:
    """An emphasised run: the whole match and the content between its markers."""

    start: int
    end: int
    content_start: int
    content_end: int


@dataclass(frozen=True, slots=True)
class _Line:
    """One line's markup: its `#` / `>` markers and where its text (between them) lies."""

    markers: tuple[_Marker, ...]
    body_start: int
    body_end: int

    @property
    def heading(self) -> bool:
        return any(mk.rule == _RULE_HEADING for mk in self.markers)

    @property
    def quote(self) -> bool:
        return any(mk.rule == _RULE_QUOTE for mk in self.markers)


def _parse_line(text: str, line_start: int, line_end: int) -> _Line:
    """The `#` / `>` markers that open the line `text[line_start:line_end]`, peeled one by one."""
    markers: list[_Marker] = []
    pos = line_start
    heading = False
    while True:
        m = _LINE_MARKER.match(text, pos, line_end)
        # A marker needs text right after it: a bare `# ` or `> ` line is left alone.
        if m is None or m.end() >= line_end:
            break
        heading = heading or bool(m.group("heading"))
        markers.append(_Marker(m.start(), m.end(), _RULE_HEADING if m.group("heading") else _RULE_QUOTE))
        pos = m.end()
    body_end = line_end
    if heading:
        close = _HEADING_CLOSE.search(text, pos, line_end)
        if close is not None and close.start() > pos:
            markers.append(_Marker(close.start(), close.end(), _RULE_HEADING))
            body_end = close.start()
    return _Line(tuple(markers), pos, body_end)


def _emphases(text: str, start: int = 0, end: int | None = None) -> list[_Emphasis]:
    """The emphasised runs in `text[start:end]` that are clearly markup."""
    found: list[_Emphasis] = []
    for m in _EMPHASIS.finditer(text, start, len(text) if end is None else end):
        content = m.group("c")
        marker = m.group("m")
        if not _HAS_LETTER.search(content):
            continue  # `**2**`, `*3*`: not emphasis of any words
        if marker == "__" and not _HAS_HAN.search(content):
            continue
        found.append(_Emphasis(m.start(), m.end(), m.start("c"), m.end("c")))
    return found


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _marked_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line holding a character a marker needs (`_ANY_MARKER`), in order.

    A line without one has no marker, so `_find_markers` parses only these (a page of OCR text with
    one markdown heading parses one line, not all of them).
    """
    spans: list[tuple[int, int]] = []
    end = -1
    for m in _ANY_MARKER.finditer(text):
        if m.start() < end:
            continue  # on the line found last
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        if end < 0:
            end = len(text)
        spans.append((start, end))
    return spans


#: The characters of `_may_hold_markers`' first test: a tag's, an HTML table's or an image's `<`,
#: LaTeX's `$`, a tab-separated row's TAB.
_MARKER_CUE_CHARS = re.compile(r"[<$\t]")
#: What every match of `_EMPHASIS` holds: a `*` or `__` with a character right after it that is no
#: blank and no `*` (`_`), as each of its alternatives asks (the same `\s`, of the `regex` module). A
#: list's `* ` bullet and a rule's `***` hold none.
_EMPHASIS_CUE = regex.compile(r"\*[^\s*]|__[^\s_]")


def _may_hold_markers(text: str) -> bool:
    """Whether `text` holds what some marker of `_find_markers` needs: `_MARKER_CUE_CHARS`, an
    image's `![`, a link's `](`, a `#` or `>` opening a line (a heading, a quote: `_parse_line` reads
    them there only), a pipe table's `|` with its rule row's `---`, or emphasis (`_EMPHASIS_CUE`).
    Each finder asks for its own characters first (`tag_spans`, `latex_changes`, `standalone_image`,
    ...), so a text without any yields no marker. The text the markup step leaves often holds `|` (a
    table's cells, `项目|投资`) or `#` (`&#12288;`), which `_marked_lines` reads: the pass that checks
    nothing is left, and the markup step asked again after the spacing step, skip such a page."""
    return (
        _MARKER_CUE_CHARS.search(text) is not None
        or "![" in text
        or "](" in text
        or text.startswith(("#", ">"))
        or "\n#" in text
        or "\n>" in text
        or ("|" in text and "---" in text)
        or (("*" in text or "__" in text) and _EMPHASIS_CUE.search(text) is not None)
    )


def _find_markers(text: str) -> list[_Marker]:
    """Every marker to remove from `text` in one pass, sorted and never overlapping; none, without a
    parse, when `text` holds nothing a marker needs (`_may_hold_markers`)."""
    if not _may_hold_markers(text):
        return []
    table = [_Marker(c.start, c.end, c.rule, c.after) for c in tables.table_changes(text)]
    envelopes: list[_Marker] = []  # an image's wrapper-tag lines: they span lines, so kept apart
    markers = _keeping_every_line(text, sorted(_markers_by_line(text, envelopes), key=lambda mk: mk.start))
    # A block's lines of nothing but wrapper tags, which `_keeping_every_line` kept: they span lines.
    markers += [_Marker(c.start, c.end, c.rule) for c in htmlmarkup.text_wrapper_changes(text)]
    markers.sort(key=lambda mk: mk.start)
    table += envelopes
    if table:  # the table's (or image's wrapper) edits win over anything else found in their span
        markers = _outside_spans(markers, [(mk.start, mk.end) for mk in table]) + table
        markers.sort(key=lambda mk: mk.start)
    return markers


def _outside_spans(markers: list[_Marker], spans: list[tuple[int, int]]) -> list[_Marker]:
    """The `markers` that overlap none of `spans` (`_inside_tag` of each), by bisection: `spans`
    sorted by start, with the farthest end any of them reaches up to each, so a marker overlaps one
    exactly when a span starting before its end reaches past its start. A table's or an image's
    edits (dozens) against every marker of the page, without a scan of the spans per marker."""
    ordered = sorted(spans)
    starts = [a for a, _b in ordered]
    reach = list(accumulate([b for _a, b in ordered], max))
    kept: list[_Marker] = []
    for mk in markers:
        i = bisect_left(starts, mk.end)
        if not i or reach[i - 1] <= mk.start:
            kept.append(mk)
    return kept


class _Replacement(Protocol):
    """A marker or a change: `text[start:end]` becomes `after`."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def after(self) -> str: ...


_R = TypeVar("_R", bound=_Replacement)


def _keeping_every_line(text: str, markers: list[_R]) -> list[_R]:
    """`markers` (sorted, each within one line) without those of a line they would leave blank (a
    line of nothing but tags, `<b>` or `<div></div>`, or a no-break space `&nbsp;`): such a line stays
    as written, so no block of the page disappears or falls apart at a new blank line."""
    kept: list[_R] = []
    i = 0
    while i < len(markers):
        line_start = text.rfind("\n", 0, markers[i].start) + 1
        line_end = text.find("\n", markers[i].start)
        line_end = len(text) if line_end < 0 else line_end
        on_line: list[_R] = []
        while i < len(markers) and markers[i].start < line_end:
            on_line.append(markers[i])
            i += 1
        if _leaves_text(text, line_start, line_end, on_line):
            kept.extend(on_line)
    return kept


def _leaves_text(text: str, start: int, end: int, markers: list[_R]) -> bool:
    """Whether `text[start:end]` holds anything but blanks once `markers` are made."""
    pos = start
    for mk in markers:
        if text[pos : mk.start].strip() or mk.after.strip():
            return True
        pos = max(pos, mk.end)
    return bool(text[pos:end].strip())


def _markers_by_line(text: str, envelopes: list[_Marker]) -> list[_Marker]:
    """The markers of `_find_markers` that lie on one line: tags, images, `#`/`>`, emphasis. The
    edits of an image's wrapper-tag lines (`ImageLine.envelope`) go to `envelopes`: they span lines,
    and `_keeping_every_line` would keep such a line as written."""
    markers: list[_Marker] = []
    for start, end in _marked_lines(text):
        scripts = htmlmarkup.script_changes(text, start, end) + latex.latex_changes(text, start, end)
        scripted = [(c.start, c.end) for c in scripts]
        plain = [t for t in htmlmarkup.tag_spans(text, start, end) if not _inside_tag(*t, scripted)]
        in_line = [_Marker(c.start, c.end, c.rule, c.after, c.cert) for c in scripts]
        in_line += [_Marker(a, b, htmlmarkup.RULE_TAG) for a, b in plain]
        tags = scripted + plain
        image = htmlmarkup.standalone_image(text, start, end)
        if image is not None:  # its edits win over tags in its alt text or path (`![<b>图</b>](a.jpg)`)
            drawn = [_Marker(c.start, c.end, c.rule, c.after) for c in image.changes(text)]
            spans = [(mk.start, mk.end) for mk in drawn]
            markers.extend(mk for mk in in_line if not _inside_tag(mk.start, mk.end, spans))
            markers.extend(drawn)
            envelopes.extend(_Marker(c.start, c.end, c.rule, c.after) for c in image.envelope)
            continue
        markers.extend(in_line)
        if "](" in text[start:end]:
            markers.extend(_Marker(c.start, c.end, c.rule) for c in link_changes(text, start, end)
                           if not _inside_tag(c.start, c.end, tags))
        line = _parse_line(text, start, end)
        markers.extend(mk for mk in line.markers if not _inside_tag(mk.start, mk.end, tags))
        for em in _emphases(text, line.body_start, line.body_end):
            opening, closing = (em.start, em.content_start), (em.content_end, em.end)
            if _inside_tag(*opening, tags) or _inside_tag(*closing, tags):
                continue  # a `*` or `__` in a tag's attributes goes with the tag
            rule = _RULE_BOLD if em.content_start - em.start >= 2 else _RULE_EM
            markers.append(_Marker(*opening, rule))
            markers.append(_Marker(*closing, rule))
    return markers


def _inside_tag(start: int, end: int, tags: list[tuple[int, int]]) -> bool:
    """Whether `start:end` overlaps one of the HTML tags at `tags`."""
    return any(start < b and a < end for a, b in tags)


def strip_markup(t: TrackedText) -> TrackedText:
    """Remove markdown markers (headings, quotes, bold, emphasis), keeping the text they wrap.

    Removing one marker can expose another (`*a**b**c*`), so passes repeat until nothing changes;
    every pass only shortens the text (but for the line break an image's alt text gets, after which
    the image's line is protected whole, `_path_lines`), so this ends, and the result is stable
    under a second call.
    HTML character entities are decoded last (`htmlmarkup.entity_changes`), never where that would
    leave a block blank, and what they decode to is cleaned like any character (`&nbsp;` is a no-break
    space, a plain space after the Unicode step).
    """
    if _MARKUP_CHARS.search(t.text) is None:
        return t  # no marker, table or entity: nothing to parse
    t = _markers_removed(protect_image_paths(t))
    entities = htmlmarkup.entity_changes(t.text)
    if entities:
        entities = _keeping_every_line(t.text, entities)
    if entities:  # what an entity stood for may leave an image alone on its line (`&nbsp;![图](a.png)`)
        t = _markers_removed(unicode.fix_unicode(t.apply(entities)), images_only=True)
    return protect_inline_images(t)


def _markers_removed(t: TrackedText, *, images_only: bool = False) -> TrackedText:
    """`t` with the markers of `_find_markers` removed, pass after pass until none is left; with
    `images_only`, those of the images standing alone on their line only (`_image_blocks`): after the
    entities are decoded, which make no other markup (`&#91;其层&#93;(http://a.cn)` stays text)."""
    while True:
        markers = _find_markers(t.text)
        if images_only and markers:
            blocks = _image_blocks(t.text)
            markers = [mk for mk in markers if _overlaps(mk.start, mk.end, blocks)]
        if not markers:
            return t
        made = t.apply(Change(mk.start, mk.end, mk.after, mk.rule, "markup", mk.cert) for mk in markers)
        if made.text == t.text:
            return t  # every marker left lies in a protected span (`*` in an image's path)
        t = protect_image_paths(made)  # an image's path written as markdown (`![](其层治理)`) stays so


def _image_blocks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the line of every image standing alone on its line in `text`, with the
    lines of wrapper tags around it that go with it (`ImageLine.envelope`), in order."""
    blocks: list[tuple[int, int]] = []
    for image in htmlmarkup.standalone_images(text):
        start = text.rfind("\n", 0, image.start) + 1
        end = text.find("\n", image.end)
        end = len(text) if end < 0 else end
        for c in image.envelope:
            start, end = min(start, c.start), max(end, c.end)
        blocks.append((start, end))
    return blocks


def protect_image_paths(t: TrackedText) -> TrackedText:
    """`t` with the path of every image protected (`TrackedText.protect`): a path names a file, and
    a typo, variant, punctuation, spacing or full-width correction would point it at another one
    (`images/其层,1.jpg` stays so). The alt text is text, and is corrected. So is a line that is
    nothing but an image file's path, as the markup step leaves an image's (`_path_lines`), so
    normalising the normalised text changes nothing. A step of its own before the unicode step, and
    again when the markup step reads the images. A path naming no image file is an image's too
    (`![](images/其层治理)` keeps its `其层`). The markup of an image inside a line of text is
    protected once the markup step is done (`protect_inline_images`): only then is it known which
    image stands alone on its line (`> ![图](a.png)` does once its `> ` is gone)."""
    text = t.text
    if "<" not in text and "![" not in text and "." not in text:
        return t  # no image, no file name
    images = htmlmarkup.standalone_images(text)
    paths = [(image.url_start, image.url_end) for image in images]
    paths += [(image.url_start, image.url_end) for image in htmlmarkup.inline_images(text, images)]
    return t.protect(paths + _path_lines(text))


def protect_inline_images(t: TrackedText) -> TrackedText:
    """`t` with the markup and path of every image inside a line of text protected, as the markup
    step leaves them (`htmlmarkup.inline_images`): such an image stays text, as written, its alt text
    corrected (`见图![图](其层,1.png)` keeps its `!`, `(其层,1.png)`), so no later step makes half of
    its markup full-width (`！`, `（`) or leaves a `[` a later pass would read as a link's, which
    would drop the path. An `<img>` is protected whole, its `alt` attribute as written: an
    attribute is markup, no sentence of the paragraph. The last thing the markup step does, once
    every marker or entity around an image that would leave it alone on its line is gone."""
    text = t.text
    if "![" not in text and "<" not in text:
        return t
    inline = htmlmarkup.inline_images(text, htmlmarkup.standalone_images(text))
    return t.protect([span for image in inline for span in (*image.markup, (image.url_start, image.url_end))])


def protect_urls(t: TrackedText) -> TrackedText:
    """`t` with every URL protected (`TrackedText.protect`, `context.urls`): a URL is an address, and
    a typo, variant, punctuation or spacing correction inside it would point it at another page
    (`http://www.gsrb.com/其层治理/園區,1.html` stays so, hanzi, comma and all). A step of its own
    before the unicode step, so the URL is protected as the input wrote it, and again after it, for
    one whose full-width marks that step made ASCII (`www．gsrb．com/其层` is a URL once it is
    `www.gsrb.com/其层`). A URL ends where the text of a link read off it begins (`_cut_at_links`),
    and one in an image's alt text ends with it (`_outside_image_markup`)."""
    spans = urls(t.text)
    if not spans:
        return t
    spans = _cut_at_links(t, spans)
    if "![" in t.text or "<" in t.text:
        spans = _outside_image_markup(t.text, spans)
    return t.protect(spans)


def _outside_image_markup(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The URL `spans` of `text` but those in an image's markup or alt text, and the URLs of every
    markdown image's alt text, found on the alt text alone (`htmlmarkup.alt_texts`). The markup step
    removes the markup of an image standing as a block of its own (`htmlmarkup.standalone_images`:
    `](a.png)`, an `<img>`'s attributes, its `alt` among them) and leaves its alt text and its path
    one per line, so a URL there ends with the alt text: `![见http://a.cn/x](a.png)` holds
    `http://a.cn/x`, not `http://a.cn/x](a.png)`, whose protection kept the image's `](a.png)` from
    going. An image inside a paragraph is read alike, so no later pass reads half of it as a link.
    The path is protected as a path (`protect_image_paths`)."""
    extents = [(image.start, image.end) for image in htmlmarkup.standalone_images(text)]
    alts = htmlmarkup.alt_texts(text)
    if not extents and not alts:
        return spans
    kept = [(s, e) for s, e in spans if not _overlaps(s, e, extents) and not _overlaps(s, s + 1, alts)]
    for a, b in alts:
        kept += [(a + s, a + e) for s, e in urls(text[a:b])]
    return sorted(kept)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `start:end` overlaps one of `spans`, sorted and apart from each other (so their ends
    are sorted too): only the last one beginning before `end` may reach past `start`. A bisection,
    so a page of thousands of images and URLs is read in time growing with its size only."""
    i = bisect_left(spans, (end,)) - 1
    return i >= 0 and spans[i][1] > start


def _cut_at_links(t: TrackedText, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The URL `spans` of `t`, each ending where the text of a markdown link glued to it begins
    (`strip_links` read it: `_a_link_itself`): `访问www.a.cn/news/新闻[其层治理](http://b.cn)` leaves
    `…/news/新闻其层治理`, whose `其层治理` is the link's, the sentence's, no part of the URL. What
    follows the link's text is read for URLs again (`…[原文](http://b.cn)及www.gsrb.com/其层治理/1.html`
    names a second one)."""
    if "](" not in t.original:
        return spans
    edges = [(s, e.before) for s, _, e in t.edits_in_output() if _RULE_LINK in e.rules]
    starts = sorted(s for s, before in edges if before.startswith("["))
    if not starts:
        return spans
    ends = sorted(s for s, before in edges if before.startswith("]("))
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        cut.extend(_cut_span(t.text, start, end, starts, ends))
    return cut


def _cut_span(
    text: str, start: int, end: int, starts: list[int], ends: list[int]
) -> list[tuple[int, int]]:
    """The URL `text[start:end]` ended where the first link text in it begins (`starts`), and the
    URLs found after that link's text ends (`ends`), each cut so in turn."""
    i = bisect_right(starts, start)
    if i == len(starts) or starts[i] >= end:
        return [(start, end)]
    j = bisect_right(ends, starts[i])
    after = ends[j] if j < len(ends) else end
    rest = [(after + a, after + b) for a, b in urls(text[after:end])] if after < end else []
    cut = [(start, starts[i])]
    for a, b in rest:
        cut.extend(_cut_span(text, a, b, starts, ends))
    return cut


#: A line of nothing but a markdown image with no alt text: how the markup step writes the path of
#: an image naming no image file (`htmlmarkup.written_line`), which a bare line or one between `<`
#: and `>` would not tell from text.
_WRITTEN_IMAGE_LINE = re.compile(r"^!\[\]\([^\n]*\)$", re.MULTILINE)


def _path_lines(text: str) -> list[tuple[int, int]]:
    """The lines of `text` that are nothing but an image file's path, as the markup step leaves an
    image's (`htmlmarkup.path_line`: `images/其层治理,1.jpg`, `<imgs/園區 x.jpg>`), so a second run
    protects what the first one did. A line of text naming a file is no such line. A line that is
    a markdown image with no alt text, as the markup step writes the path of one naming no image
    file (`![](其层治理)`), is protected whole: the markup step leaves it as it is."""
    spans: list[tuple[int, int]] = []
    done = -1
    for m in htmlmarkup.IMAGE_FILE_END.finditer(text):
        if m.start() < done:
            continue  # on the line read last
        start = text.rfind("\n", 0, m.start()) + 1
        done = text.find("\n", m.end())
        done = len(text) if done < 0 else done
        if htmlmarkup.path_line(text[start:done]):
            spans.append((start, done))
    if "![](" in text:
        written = _WRITTEN_IMAGE_LINE.finditer(text)
        spans.extend(m.span() for m in written if htmlmarkup.written_line(m.group()))
    return spans


def _strip(text: str) -> str:
    """`strip_markup(TrackedText(text)).text`, without the tracking: the same passes, each cutting
    its markers out of the string (for hints, which need only the text). Markers are sorted and
    never overlap; if they ever did, the tracked way runs, so its error is raised as before."""
    while True:
        markers = _find_markers(text)
        if not markers:
            return text
        pieces: list[str] = []
        last = 0
        for mk in markers:
            if mk.start < last:
                return strip_markup(TrackedText(text)).text
            pieces.append(text[last : mk.start])
            pieces.append(mk.after)
            last = mk.end
        pieces.append(text[last:])
        text = "".join(pieces)


def emphasised_parts(raw_block: str) -> list[str]:
    """The text of each emphasised run in a block's original text, markers removed.

    For `秦州区政协 **调研教师队伍建设情况**` this is `["调研教师队伍建设情况"]`, so the segmenter can
    split the line into kicker and title.
    """
    if _ANY_MARKER.search(raw_block) is None:
        return []
    return [_strip(raw_block[s:e]) for s, e in _parsed_block(raw_block).contents]


def has_marker(text: str) -> bool:
    """Whether `text` holds a character some marker needs (`#`, `>`, `*` or `__`) or a TAB (rows of a
    tab-separated table). When it does not, no slice of it does either: `block_hints` of any of its
    blocks is empty and `emphasised_parts` finds nothing."""
    return _MARKUP_CHARS.search(text) is not None and (_ANY_MARKER.search(text) is not None or "\t" in text)


_NO_HINTS: frozenset[str] = frozenset()


def block_hints(raw_block: str) -> frozenset[str]:
    """What a block's markdown says about it, read from its ORIGINAL text.

    - `heading`: its first line is a `#` heading;
    - `quote`: every non-blank line is a `>` quote;
    - `emphasis`: all its words are emphasised (nothing but spaces and punctuation outside);
    - `partial-emphasis`: some of its words are emphasised, others not (a kicker before a title);
    - `table`: it is one HTML, pipe or tab-separated table, which the markup step turns into its cell texts
      (`tables`): a table, never a heading or part of a paragraph;
    - `graphic`: it is one image line (`![alt](path)`, `<img src=...>`), which the markup step turns
      into its alt text and path (`htmlmarkup`): a figure, not text.
    """
    if _ANY_MARKER.search(raw_block) is None and "\t" not in raw_block:
        return _NO_HINTS  # no heading, quote, emphasis or table marker: no hint
    return _parsed_block(raw_block).hints


@dataclass(frozen=True, slots=True)
class _ParsedBlock:
    """What a block's markdown says, from one parse of its lines: its hints, and where the content of
    each emphasised run lies (its text is stripped only when asked for)."""

    hints: frozenset[str]
    contents: tuple[tuple[int, int], ...]


_GRAPHIC = _ParsedBlock(frozenset({"graphic"}), ())
_TABLE = _ParsedBlock(frozenset({"table"}), ())


@lru_cache(maxsize=256)
def _parsed_block(raw_block: str) -> _ParsedBlock:
    """`block_hints` and `emphasised_parts` of a block holding a marker character, from one parse.

    Both are asked of the same original block (the pipeline reads the hints of every block, the
    segmenter the emphasised parts of a possible kicker line), so its lines are parsed once and the
    answer kept per block text (it depends on nothing else).
    """
    filled = [(s, e) for s, e in _lines(raw_block) if raw_block[s:e].strip()]
    if _image_block(raw_block, filled):
        return _GRAPHIC
    if filled and tables.table_in_block(raw_block, filled[0][0], filled[-1][1]) is not None:
        return _TABLE
    spans = _lines(raw_block)
    counted = [_says_something(raw_block, s, e) for s, e in spans]
    if not any(counted):  # nothing but wrapper tags: they stay text, and are read as such
        counted = [bool(raw_block[s:e].strip()) for s, e in spans]
    parsed = [(_parse_line(raw_block, s, e), keep) for (s, e), keep in zip(spans, counted, strict=True)]
    runs = [(line, _emphases(raw_block, line.body_start, line.body_end)) for line, _ in parsed]
    contents = tuple((em.content_start, em.content_end) for _, ems in runs for em in ems)
    lines = [(line, ems) for (line, nonblank), (_, ems) in zip(parsed, runs, strict=True) if nonblank]
    return _ParsedBlock(_hints(raw_block, lines), contents)


def _says_something(raw_block: str, start: int, end: int) -> bool:
    """Whether the line `raw_block[start:end]` counts for the block's hints: not blank, and not a line
    of nothing but wrapper tags (`<div style="text-align: center;">` above a `# ` heading, which the
    markup step removes: `htmlmarkup.text_wrapper_changes`)."""
    return bool(raw_block[start:end].strip()) and not htmlmarkup.tag_line(raw_block, start, end)


def _image_block(raw_block: str, filled: list[tuple[int, int]]) -> bool:
    """Whether the block's non-blank lines `filled` are one image line and lines of nothing but
    wrapper tags around it (which the markup step removes with the image's markup)."""
    images = [(s, e) for s, e in filled if not htmlmarkup.wrapper_line(raw_block, s, e)]
    return len(images) == 1 and htmlmarkup.image_in_line(raw_block, *images[0]) is not None


def _hints(raw_block: str, lines: list[tuple[_Line, list[_Emphasis]]]) -> frozenset[str]:
    """The hints of a block from its non-blank lines and their emphasised runs (see `block_hints`)."""
    if not lines:
        return frozenset()
    hints: set[str] = set()
    if lines[0][0].heading:
        hints.add("heading")
    if all(line.quote for line, _ in lines):
        hints.add("quote")
    outside: list[str] = []
    emphasised = False
    for line, ems in lines:
        pos = line.body_start
        for em in ems:
            emphasised = True
            outside.append(raw_block[pos : em.start])
            pos = em.end
        outside.append(raw_block[pos : line.body_end])
    if emphasised:
        rest = _strip("\n".join(outside))
        hints.add("partial-emphasis" if _WORDS.search(rest) else "emphasis")
    return frozenset(hints)
