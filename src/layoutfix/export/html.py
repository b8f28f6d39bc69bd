"""Review report for archivists: every change and every layout decision on one self-contained HTML page.

Left: the original OCR text, block by block in the order the engine delivered it, with every edit of
the edit log highlighted by kind (hover for rule and certainty, click for the reason). Right: the
articles as a reader sees them, each in its own colour, with the corrections marked. With block
coordinates (and a page image), the page with each block's box in its article's colour and its
reading-order number. Suggestions that were not applied are listed with accept/reject controls whose
result is saved as the JSONL that `layoutfix rules learn` reads.

The page needs no network: CSS, script, data and the image are inline, and a Content-Security-Policy
forbids every fetch. All OCR text is escaped here; the script writes only with `textContent`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import html
import json
import os
import struct
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import accumulate, pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from ..contentkey import file_digest
from ..errors import InputError, printable
from ..layout.assemble import around_signature
from ..layout.continuation import is_relative
from ..model import CERT_LEVELS, Article, BBox, Block, Document, Edit, EditKind, LowConfidence, Part
from ..normalize.htmlmarkup import RULE_TAG
from ..readers.xmlsafe import parse_xml
from ..tracked import Change, TrackedText
from .reasons import case_why
from .review_assets import CSS, JS
from .tei import output_spans, setting_items, to_output
from .text import (
    TABLE_SIDE_ROLES,
    TableCell,
    continues_run,
    graphic_parts,
    paragraph_runs,
    photo_groups,
    table_block,
    table_layout,
)

if TYPE_CHECKING:  # (the layout's jump matching is not loaded to render a page's report)
    from ..layout.jumps import Jump

#: Article colours: distinct on white and for common colour-vision deficiencies (Okabe-Ito, then Tol).
PALETTE: tuple[str, ...] = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#882255", "#117733",
    "#332288", "#AA4499", "#44AA99", "#999933",
)
FRONT_COLOUR = "#8a8a8a"
KIND_LABELS: dict[EditKind, str] = {
    "typo": "typo", "variant": "variant", "join": "join",
    "punct": "punctuation", "markup": "markup", "unicode": "unicode", "space": "space",
}
#: Why a change of each kind is made, when its rule has no `why` of its own.
KIND_WHY: dict[str, str] = {
    "space": "spaces the OCR put between Chinese characters are not in the printed text",
    "join": "one paragraph was split across two OCR blocks; the blocks are joined",
    "punct": "Chinese text takes full-width punctuation (GB/T 15834); quotation marks are paired",
    "unicode": "compatibility, full-width ASCII and invisible characters are normalised (NFC)",
    "markup": "markdown markers left by the OCR export are removed; the emphasis informs the layout",
    "typo": "an OCR misreading corrected by a rule",
    "variant": "character variant converted with OpenCC",
}
#: How the review shows a removed whitespace character, which would otherwise be invisible (a
#: carriage return of a Windows line ending, a tab) or look like any space.
_WHITESPACE_GLYPHS = str.maketrans({"\n": "↵", "\r": "␍", "\t": "⇥", " ": "·", "\u3000": "□"})

#: Reasons for the built-in (non-file) rules, by id. The `variant.<config>` rules, one per OpenCC
#: config, get theirs from `_builtin_why`; `suggest.*` edits from `_why`.
RULE_WHY: dict[str, str] = {
    "punct.comma": "a half-width comma in Chinese text becomes ，",
    "punct.colon": "a half-width colon in Chinese text becomes ：",
    "punct.semicolon": "a half-width semicolon in Chinese text becomes ；",
    "punct.question": "a half-width question mark in Chinese text becomes ？",
    "punct.exclamation": "a half-width exclamation mark in Chinese text becomes ！",
    "punct.paren": "half-width parentheses in Chinese text become （ and ）",
    "punct.quote": "straight quotation marks become the opening and closing marks of the page's quote "
    "style (“ ” ‘ ’, or 「 」 『 』 where the page prints corner quotes or --quotes asks for them)",
    "punct.ellipsis": "a run of dots, full stops or middle dots, or a single …, becomes the Chinese "
    "ellipsis ……",
    "punct.dash": "two or three hyphens (--) or two horizontal bars (――) become the Chinese dash ——",
    "punct.period": "a half-width full stop ending a Chinese sentence becomes 。",
    "space.cjk-cjk": "a space between two Chinese characters is an OCR artefact",
    "space.cjk-punct": "a space next to Chinese punctuation is an OCR artefact",
    "space.cjk-number": "a space between Chinese and a number is an OCR artefact",
    "space.cjk-latin": "a space between Chinese and Latin letters is an OCR artefact",
    "space.number-unit": "a space between a number and the Chinese text after it (a unit or any other "
    "word) is taken for an OCR artefact",
    "space.thousands": "a space after a thousands comma inside one amount (1, 280万台, HK$1, 280) is an OCR "
    "artefact: the figure is 1,280, not a list of two numbers",
    "space.spaced-line": "a space inside a number on a line the OCR spaced character by character "
    "(1 5 6 . 8 万 亩 ， …) is the OCR's, as the spaces between its hanzi are",
    "space.line-start": "a single space opening a line inside a block (not its first line, whose "
    "indentation is kept) is OCR debris, not text",
    "space.line-end": "spaces at the end of a line are not text",
    "unicode.newline": "a Windows (CR LF) or old Mac (CR) line ending becomes a plain line break",
    "unicode.kangxi": "a Kangxi radical (⼀ U+2F00) looks like a character but is another code point: it "
    "becomes the ideograph it stands for (一), which search and readers expect",
    "unicode.compat-ideograph": "a CJK compatibility ideograph duplicates a unified one: it becomes that "
    "ideograph (the same character, the code point search and readers expect)",
    "unicode.fullwidth-ascii": "full-width Latin letters and digits (ＧＤＰ, ２０２３) become ASCII, and so "
    "does a full-width mark between them (6．5, 10：30); full-width punctuation in Chinese text stays",
    "unicode.space": "a no-break, typographic or ideographic space becomes a plain space (the spacing "
    "rules then decide whether it stays)",
    "unicode.zero-width": "an invisible zero-width character (zero-width space, word joiner, BOM) carries "
    "nothing in Chinese text",
    "unicode.xml-illegal": "a control character or non-character XML cannot carry (NUL, form feed, vertical "
    "tab...) holds no text and would make the TEI impossible to write",
    "unicode.cp1252": "a C1 control character (U+0080-U+009F) is a Windows-1252 byte read as Latin-1: it "
    "becomes the character Windows-1252 has there (0x93 0x94 “ ”, 0x85 …, 0x96 –, 0x80 €)",
    "unicode.control": "DEL or a C1 control character that Windows-1252 leaves empty holds no text",
    "unicode.vertical-form": "a vertical presentation form of a mark, which OCR of a vertical page emits "
    "(﹁ ︵ ︒), becomes the ordinary mark (「 （ 。): a reader turns those upright itself",
    "unicode.ansi": "a terminal escape sequence (colour codes such as ESC[1;31m) that the OCR export picked "
    "up on its way through a terminal is not text",
    "unicode.nfc": "a character written decomposed (a letter and its combining mark) is composed into "
    "one (Unicode NFC), as search expects",
    "layout.join-paragraph": "the paragraph continues in the next block: the block break is removed",
    "layout.jump-quote": "the paragraph continues one on another page (下转/接): its quotation marks are "
    "paired again with the text before the jump, where a quotation may have opened",
    "join.line": "a line break inside a paragraph (from the boxes) is not a break in the text",
    "layout.dehyphenate": "the file says the hyphen ending the line breaks one word (ALTO HypPart1/HypPart2 "
    "with its SUBS_CONTENT, or a ¬ mark): the hyphen is removed as the line, or the block the word goes on "
    "in, is joined",
    "join.wrap": "a line break inside a paragraph of flat text where the line fills the column width: "
    "the export wrapped the line, it is not a break in the text",
    "space.box-gap": "the engine put a space (or a line break) between words whose boxes nearly touch: "
    "no printed gap",
    "markup.bold": "the ** markers of bold text are removed (the block is read as a heading or emphasis)",
    "markup.em": "the * markers of emphasis are removed",
    "markup.heading": "the # marker of a markdown heading is removed",
    "markup.quote": "the > marker of a quotation is removed",
    "markup.html-tag": "an HTML tag the markdown export wrapped around text (<div>, <span>, <b>...) is "
    "layout, not text: the tag is removed, the text inside it kept",
    "markup.html-script": "digits in <sup>/<sub> become superscript/subscript characters (10<sup>6</sup> "
    "is 10⁶, not 106)",
    "markup.image": "an image line of the markdown export is a figure, not text: its markup is removed, "
    "the image path (and alt text) kept for the TEI <graphic>",
    "markup.link": "a markdown link [text](target) is read: its text stays, its markup and target go "
    "(the TEI has no link; the edit keeps the target as written)",
    "markup.table": "the HTML or pipe markup of a table is removed: its rows and cells become a TEI table",
    "markup.latex": "an inline LaTeX mark of the export ($^{\\circ}$, \\textcircled{1}) becomes the "
    "character it stands for",
    "unicode.html-entity": "an HTML character entity (&amp;, &nbsp;, &#12288;) becomes the character it "
    "stands for",
}
#: How the review names the direction of an unresolved jump (`Article.unresolved`).
_JUMP_DIRECTIONS = {"to": "下转: continues on another page", "from": "上接: continued from another page"}
_CONTINUES = ' <span class="marker">[paragraph continues on another page]</span>'
#: What each article flag (JSON `flags`, docs/json.md) tells the archivist to look at, shown after the
#: flag's value, which stays as the JSON spells it (a consumer and the archivist read the same word).
FLAG_WORDS: dict[str, str] = {
    "empty": "no paragraph: only headings were read (nothing but page furniture under them on this "
    "page); rows or text may have been read as headings, or the article's text is on another page",
    "incomplete": "the last paragraph ends mid-sentence and nothing continues it (no continuation "
    "marker, or the page it continues on holds no more of it): text may be missing, or go on elsewhere",
    "starts-mid-article": "text comes before any heading: the article's start may be on another page, "
    "or its heading was read as text",
    "no-title": "no heading opens this part: it goes on from elsewhere (a marker, or text after another "
    "article's end)",
}
ROLE_LABELS: dict[str, str] = {"body": "", "furniture": "furniture", "continuation": "marker"}


@dataclass(frozen=True, slots=True)
class ReviewRun:
    """What the report cannot know from its document, for the run block of its header: the input
    files as given, each with the SHA-256 of its bytes (None: standard input, or a file that could
    not be read again), and when the report was made (ISO 8601, UTC). An archivist who signs off a
    page must be able to tell which file, which options and which rules the report showed."""

    inputs: tuple[tuple[str, str | None], ...] = ()
    made: str | None = None


def review_run(paths: Iterable[str | os.PathLike[str]]) -> ReviewRun:
    """The `ReviewRun` of a report made now of the input files `paths` (`-`: standard input), in
    order, each once (the pages of one file of several pages are that one file)."""
    inputs = []
    for name in dict.fromkeys(str(p) for p in paths):
        digest = None
        if name != "-":
            try:
                digest = file_digest(name)
            except OSError:  # (read a moment ago; gone or unreadable since: no checksum to give)
                digest = None
        inputs.append((printable(name), digest))  # (a name not valid UTF-8 shown escaped, not a crash)
    return ReviewRun(tuple(inputs), made_now())


def made_now() -> str:
    """The time a report is made, ISO 8601 in UTC to the second; `SOURCE_DATE_EPOCH` (seconds since
    1970, the reproducible-builds convention) stands for now when set, so two runs can give the same
    bytes (a batch's report and `review DIR/` of the same folder, a test)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    when = datetime.now(UTC)
    if epoch.isdigit():  # (past the calendar datetime knows: now instead)
        with contextlib.suppress(ValueError, OverflowError, OSError):
            when = datetime.fromtimestamp(int(epoch), UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _flag_html(flag: str) -> str:
    """An article flag as the articles pane shows it: the value (`empty`), and what it means for the
    archivist, so a flag says what to look at and not only a word (an unknown flag: its value)."""
    words = FLAG_WORDS.get(flag)
    shown = f"{_esc(flag)}: {_esc(words)}" if words else _esc(flag)
    return f'<span class="flag" data-flag="{_esc(flag)}">{shown}</span>'


def _apart_class(b: Block) -> str:
    """The class of a block the TEI sets apart from the running text: `note-region` for a region the
    file labels a marginal note, footnote or endnote (TEI `note`), else `fw`."""
    return "note-region" if b.role == "note" else "fw"


HINT = ("Click a highlighted change to see its rule, certainty and reason; "
        "n / j: next change, p / k: previous, Esc: clear.")
_CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "base-uri 'none'; form-action 'none'")


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _page_words(ref: str) -> str:
    """A marker's page for the review's article line: `p. 3`, or `the next page` for `（转下页）`."""
    return f"the {ref} page" if is_relative(ref) else f"p. {_esc(ref)}"


def tracked_of(document: Document) -> TrackedText:
    """The document's original text with its edit log applied, as a `TrackedText` (for suggestions)."""
    changes = [Change(e.start, e.end, e.after, e.rule, e.kind, e.cert) for e in document.edits]
    return TrackedText(document.original).apply(changes)


def unapplied_suggestions(
    document: Document, rule_dirs: Sequence[Path] = (), gazetteer: Iterable[str] = ()
) -> list[Any]:
    """Look-alike suggestions on the document's output that no edit applied (see layoutfix.suggest)."""
    from ..suggest import suggest

    return suggest(tracked_of(document), rule_dirs=rule_dirs, gazetteer=gazetteer)


def rule_reasons(rule_dirs: Sequence[Path] = ()) -> dict[str, str]:
    """The `why` of every rule of the shipped rules and `rule_dirs`, by id, plus the built-in rules."""
    from ..normalize.typos import load_ruleset

    reasons = dict(RULE_WHY)
    reasons.update({r.id: r.why for r in load_ruleset(rule_dirs).rules})
    return reasons


def _builtin_why(rule: str) -> str | None:
    """The reason of a built-in rule whose id is made at run time (`variant.<OpenCC config>`)."""
    if rule.startswith("variant."):
        config = rule.removeprefix("variant.")
        return f"the --variants option converted this character or phrase with OpenCC's {config} config"
    if rule.startswith("suggest."):
        return "a look-alike suggestion applied (see layoutfix suggest)"
    return None


def _why(edit: Edit, reasons: dict[str, str], original: str = "") -> str:
    """Why the edit was made: its rules' reasons, else the reason of its kind. A built-in rule that
    covers several cases says which one this edit is (`reasons.case_why`, read in `original`), so
    the reason is true of the change shown; a rule file's `why` (the shipped rules or `--rules`)
    is given as written."""
    parts = []
    for rule in edit.rules:
        own = reasons.get(rule)
        why = (case_why(rule, edit, original) if own == RULE_WHY.get(rule) else None) \
            or own or _builtin_why(rule)
        if why:
            parts.append(why)
    return "; ".join(dict.fromkeys(parts)) or KIND_WHY.get(edit.kind, edit.kind)


def to_original(spans: Sequence[tuple[int, int, Edit]], pos: int, side: str) -> int:
    """Where output offset `pos` (a block's `start` or `end`, by `side`) stands in the original.

    An edit the position falls inside belongs to the block; an edit that only deletes at a block's
    edge is left outside it (so a `join` lands between its two blocks). Never inside an edit.
    """
    delta = 0
    for s, e, ed in spans:
        if s == e:
            if s < pos or (s == pos and side == "start"):
                delta = ed.end - e
                continue
            break
        if e <= pos:
            delta = ed.end - e
            continue
        if s < pos:
            return ed.start if side == "start" else ed.end
        break
    return pos + delta


#: Roles of blocks a markdown export's markup made (a table, an image): the markup removed at their
#: edges (`<table><tr><td>`, `![](`, `)`, an `<html><body>` envelope) is theirs, not the gap's.
_MARKUP_MADE_ROLES = frozenset({"table", "graphic"})


def _out_start(span: tuple[int, int, Edit]) -> int:
    return span[0]


def _with_edge_markup(
    spans: Sequence[tuple[int, int, Edit]], block: Block, start: int, end: int
) -> tuple[int, int]:
    """The original span `start:end` of a block widened over the markup deleted right at its edges,
    so the review's original pane shows it inside the block it belongs to rather than in the gap
    before or after it (where it read as the neighbouring block's): for a table or an image all its
    markup (`<table><tr><td>`, `![](`), for any block the wrapper-tag lines around it (`<div …>`,
    `</div>`). A removed `# ` still stands before its heading."""
    belongs = _is_markup if block.role in _MARKUP_MADE_ROLES else _is_wrapper_tag
    first = bisect_left(spans, block.start, key=_out_start)
    at_start = first
    while at_start < len(spans) and spans[at_start][0] == spans[at_start][1] == block.start:
        at_start += 1
    for _s, _e, ed in reversed(spans[first:at_start]):
        if not belongs(ed) or ed.end != start:
            break
        start = ed.start
    i = bisect_left(spans, block.end, key=_out_start)
    while i < len(spans) and spans[i][0] == spans[i][1] == block.end:
        ed = spans[i][2]
        if not belongs(ed) or ed.start != end:
            break
        end, i = ed.end, i + 1
    return start, end


def _is_markup(ed: Edit) -> bool:
    return ed.kind == "markup"


def _is_wrapper_tag(ed: Edit) -> bool:
    return ed.rule == RULE_TAG


@dataclass(slots=True)
class _BlockInfo:
    block: Block
    number: int
    art: str | None
    colour: str
    start: int = 0  # span in the original
    end: int = 0


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    html: str
    #: Indices (in `_Report.low`) of the low-confidence words the marked text overlaps.
    words: tuple[int, ...] = ()


def _touches(start: int, end: int, w: LowConfidence) -> bool:
    """Whether the original span start..end (an insertion when empty) lies in or across the word `w`."""
    if start == end:
        return w.start < start < w.end
    return start < w.end and w.start < end


def _conf_text(w: LowConfidence) -> str:
    return f"{w.conf:.2f}"


def _article_blocks(art: Article) -> list[Block]:
    """An article's blocks in reading order (heading group, parts, figures, signature, the end notes
    printed under it)."""
    blocks: list[Block | None] = [art.section_head, *art.kicker, *art.titles, *art.subtitles, *art.bylines]
    above, under = around_signature(art, art.parts)
    for part in above:
        blocks.extend(part.blocks)
    blocks.extend([*art.captions, *art.credits, art.signature])
    for part in under:
        blocks.extend(part.blocks)
    seen: set[int] = set()
    out = []
    for b in blocks:
        if b is not None and id(b) not in seen:
            seen.add(id(b))
            out.append(b)
    return out


def _title(art: Article) -> str:
    for b in (*art.titles, *art.kicker, *art.bylines):
        return b.text.strip()[:40]
    for part in art.parts:
        if part.blocks:
            return part.blocks[0].text.strip()[:20] + "…"
    return art.id


class _Report:
    """Builds the report of one document."""

    def __init__(
        self, doc: Document, suggestions: Sequence[Any], reasons: dict[str, str], image: bytes | None,
        markers: dict[tuple[str, str], str] | None = None, run: ReviewRun | None = None,
    ) -> None:
        self.doc = doc
        self.run = run
        #: An issue's unresolved jumps' markers, by (direction, message) (`_jump_markers`).
        self.markers = markers or {}
        self.edits = sorted(doc.edits, key=lambda e: (e.start, e.end))
        self.spans = output_spans(self.edits)
        self.reasons = reasons
        self.image = image
        self.colours = {a.id: PALETTE[i % len(PALETTE)] for i, a in enumerate(doc.articles)}
        self.blocks = self._number_blocks()
        self.by_block = {id(info.block): info for info in self.blocks}
        self.edit_art, self.edit_block = self._edit_places()
        self.suggestions = [s for s in suggestions if not self._overlaps_edit(s.orig_start, s.orig_end)]
        self.all_suggestions = list(suggestions)
        #: The words the OCR engine read below --min-conf, in original order (none for flat text).
        self.low = sorted(doc.low_confidence, key=lambda w: (w.start, w.end))
        self._low_ends = [w.end for w in self.low]
        self.edit_words = [self._words_in(ed.start, ed.end) for ed in self.edits]
        self._edit_starts = [ed.start for ed in self.edits]
        #: The same words where their text stands in the output, in output order (articles pane).
        self.low_out = self._low_in_output()
        self._low_out_reach = list(accumulate((e for _s, e, _k in self.low_out), max))

    # ---------------------------------------------------------------- structure
    def _number_blocks(self) -> list[_BlockInfo]:
        """Every block with its reading-order number, article and original span."""
        infos: list[_BlockInfo] = []
        seen: set[int] = set()

        def add(b: Block, art: str | None) -> None:
            if id(b) in seen:
                return
            seen.add(id(b))
            colour = self.colours[art] if art else FRONT_COLOUR
            infos.append(_BlockInfo(b, len(infos) + 1, art, colour))

        for b in self.doc.front:
            add(b, None)
        for art in self.doc.articles:
            for b in _article_blocks(art):
                add(b, art.id)
        for page in self.doc.pages:
            for b in page.blocks:
                add(b, None)
        for info in infos:
            info.start = to_original(self.spans, info.block.start, "start")
            info.end = max(info.start, to_original(self.spans, info.block.end, "end"))
            info.start, info.end = _with_edge_markup(self.spans, info.block, info.start, info.end)
        return infos

    def _edit_places(self) -> tuple[list[str | None], list[str | None]]:
        """For each edit, the article and block it belongs to (an edit between blocks: the one before)."""
        regions = sorted(self.blocks, key=lambda i: (i.start, i.end))
        starts = [r.start for r in regions]
        arts: list[str | None] = []
        blocks: list[str | None] = []
        for ed in self.edits:
            k = bisect_right(starts, ed.start) - 1
            info = regions[k] if k >= 0 else (regions[0] if regions else None)
            arts.append(info.art if info else None)
            blocks.append(info.block.id if info else None)
        return arts, blocks

    def _overlaps_edit(self, start: int, end: int) -> bool:
        return any((e.start < end and start < e.end) or e.start == e.end == start for e in self.edits)

    def _words_in(self, start: int, end: int) -> tuple[int, ...]:
        """The low-confidence words the original span start..end lies in or across (their indices)."""
        if not self.low:
            return ()
        found = []
        for k in range(bisect_right(self._low_ends, start), len(self.low)):
            w = self.low[k]
            if w.start > end:
                break
            if _touches(start, end, w):
                found.append(k)
        return tuple(found)

    def _low_in_output(self) -> list[tuple[int, int, int]]:
        """Each low-confidence word's output span and index, as the TEI's `<unclear>` places it
        (`tei.to_output`): a word an edit changed covers that edit's output, so the corrected text is
        marked where it stands; a word removed entirely, or left as whitespace only, has no span."""
        out = []
        text = self.doc.text
        for k, w in enumerate(self.low):
            s, e = self._to_output(w.start, False), self._to_output(w.end, True)
            if e > s and text[s:e].strip():
                out.append((s, e, k))
        out.sort()
        return out

    def _to_output(self, pos: int, end: bool) -> int:
        """`tei.to_output` of original offset `pos`, given only the edit that decides it: the last one
        starting before `pos` (the edits of a log follow each other), found by bisection rather than
        a scan of the page's edits for every word."""
        k = bisect_left(self._edit_starts, pos)
        return to_output(self.spans[k - 1 : k] if k else (), pos, end)

    def _plain_output(self, start: int, end: int) -> str:
        """Output text start..end (holding no marked correction) escaped, the low-confidence words in
        it marked, as `_plain` marks them in the original (a piece two words share names both)."""
        text = self.doc.text
        first = bisect_right(self._low_out_reach, start)
        words = []
        for s, e, k in self.low_out[first:]:
            if s >= end:
                break
            if e > start:
                words.append((max(s, start), min(e, end), k))
        if not words:
            return _esc(text[start:end])
        cuts = sorted({start, end, *(s for s, _e, _k in words), *(e for _s, e, _k in words)})
        out = []
        for a, b in pairwise(cuts):
            inside = tuple(k for s, e, k in words if s <= a and b <= e)
            piece = _esc(text[a:b])
            out.append(self._low_open(inside) + piece + "</span>" if inside else piece)
        return "".join(out)

    def _low_open(self, words: Sequence[int]) -> str:
        """The opening tag that marks text of the low-confidence words `words`, with their confidences
        as its tooltip."""
        confs = ", ".join(f"{self.low[k].text} {_conf_text(self.low[k])}" for k in words)
        return (f'<span class="lc" data-w="{" ".join(map(str, words))}" '
                f'title="{_esc(f"low OCR confidence (below {self.doc.min_conf:g}): {confs}")}">')

    def _plain(self, start: int, end: int) -> str:
        """Original text start..end (holding no edit) escaped, the low-confidence words in it marked."""
        text = self.doc.original
        if not self.low:
            return _esc(text[start:end])
        out: list[str] = []
        pos = start
        for k in self._words_in(start, end):
            w = self.low[k]
            ws, we = max(w.start, pos), min(w.end, end)
            if we <= ws:
                continue
            out.append(_esc(text[pos:ws]))
            out.append(self._low_open((k,)) + _esc(text[ws:we]) + "</span>")
            pos = we
        out.append(_esc(text[pos:end]))
        return "".join(out)

    def _in_low_words(self, mark: _Mark) -> str:
        """A mark's HTML, inside a low-confidence mark when its text lies in such words."""
        return self._low_open(mark.words) + mark.html + "</span>" if mark.words else mark.html

    # ---------------------------------------------------------------- pieces
    def edit_title(self, i: int) -> str:
        ed = self.edits[i]
        return f"{ed.rule} · {KIND_LABELS.get(ed.kind, ed.kind)} · {ed.cert} · {ed.before!r} → {ed.after!r}"

    def _mark_open(self, i: int) -> str:
        ed = self.edits[i]
        art = self.edit_art[i] or ""
        return (f'<mark class="ed k-{ed.kind} c-{ed.cert}" data-e="{i}" data-art="{_esc(art)}" '
                f'title="{_esc(self.edit_title(i))}">')

    def _original_marks(self) -> list[_Mark]:
        marks: list[_Mark] = []
        for i, ed in enumerate(self.edits):
            if ed.before == "":
                inner = '<span class="glyph">‸</span>'
            elif not ed.before.strip():
                inner = '<span class="glyph">' + _esc(ed.before.translate(_WHITESPACE_GLYPHS)) + "</span>"
            else:
                inner = _esc(ed.before).replace("\n", '<span class="glyph">↵</span>\n')
            if ed.kind in ("typo", "variant"):
                inner += f"<sup>{_esc(ed.after)}</sup>"
            marks.append(_Mark(ed.start, ed.end, self._mark_open(i) + inner + "</mark>", self.edit_words[i]))
        for j, s in enumerate(self.all_suggestions):
            if s in self.suggestions:
                marks.append(_Mark(s.orig_start, s.orig_end, (
                    f'<mark class="sug" data-s="{j}" title="{_esc("suggestion " + s.pair + " → " + s.word)}">'
                    f"{_esc(self.doc.original[s.orig_start:s.orig_end])}</mark>"),
                    self._words_in(s.orig_start, s.orig_end)))
        marks.sort(key=lambda m: (m.start, m.end))
        return marks

    def original_html(self) -> str:
        """The original text: blocks in input order, gaps between them, every edit marked."""
        text = self.doc.original
        marks = self._original_marks()
        out: list[str] = []
        pos, mi = 0, 0

        def upto(limit: int, final: bool = False, gap: bool = False) -> None:
            nonlocal pos, mi
            chunk: list[str] = []
            while mi < len(marks) and (marks[mi].start < limit or (final and marks[mi].start <= limit)):
                m = marks[mi]
                mi += 1
                if m.start < pos:  # cannot happen with a lossless log; never print text twice
                    continue
                chunk.append(self._plain(pos, m.start))
                chunk.append(self._in_low_words(m))
                pos = m.end
            if limit > pos:
                chunk.append(self._plain(pos, limit))
                pos = limit
            piece = "".join(chunk)
            if gap:
                if piece.strip():
                    out.append(f'<div class="gap">{piece.strip(chr(10))}</div>')
            else:
                out.append(piece)

        for info in sorted(self.blocks, key=lambda i: (i.start, i.end)):
            if info.start < pos:
                continue
            upto(info.start, gap=True)
            role = info.block.role
            label = ROLE_LABELS.get(role, role)
            out.append(
                f'<div class="blk" id="o-{_esc(info.block.id)}" data-b="{_esc(info.block.id)}" '
                f'data-art="{_esc(info.art or "")}" style="--c:{info.colour}">'
                f'<span class="num" title="reading order">{info.number}</span>'
                + (f'<span class="role">{_esc(label)}</span>' if label else "")
            )
            upto(info.end)
            out.append("</div>")
        upto(len(text), final=True, gap=True)
        return "".join(out)

    def fill(self, start: int, end: int) -> str:
        """Output text `[start, end)` escaped, with typo and variant corrections marked, and the
        words read below --min-conf underlined as in the original pane (a correction inside such a
        word is underlined whole)."""
        out: list[str] = []
        pos = start
        for i, (s, e, ed) in enumerate(self.spans):
            if ed.kind not in ("typo", "variant") or s < pos or e > end or s == e:
                continue
            out.append(self._plain_output(pos, s))
            mark = self._mark_open(i) + _esc(self.doc.text[s:e]) + "</mark>"
            out.append(self._in_low_words(_Mark(s, e, mark, self.edit_words[i])))
            pos = e
        out.append(self._plain_output(pos, end))
        return "".join(out)

    def _num(self, b: Block) -> str:
        info = self.by_block.get(id(b))
        return f'<span class="num" title="reading order">{info.number}</span>' if info else ""

    def _block(self, tag: str, cls: str, b: Block) -> str:
        return (f'<{tag} class="{cls}" data-b="{_esc(b.id)}">{self._num(b)}'
                f"{self.fill(b.start, b.end)}</{tag}>")

    def _paragraph(self, part: Part) -> str:
        """A paragraph as the TEI has it: body text only, or with what interrupts it in its place."""
        if any(b.role != "body" for b in part.blocks):
            return self._paragraph_in_place(part)
        runs = paragraph_runs(self.doc, part)
        inner = "".join(self._num(b) for b in part.blocks) + "".join(self.fill(s, e) for s, e in runs)
        tail = _CONTINUES if part.incomplete else ""
        return f"<p>{inner}{tail}</p>"

    def _paragraph_in_place(self, part: Part) -> str:
        """A paragraph that something else interrupts, as the TEI has it, so the archivist reads the
        page in the TEI's order: a furniture line (or a marker, a stray heading) stands in the text
        where it interrupts it; a table, image, caption or credit stands between the text up to it and
        the text running on (an HTML `<p>` cannot hold a table or figure, so the paragraph is written
        in pieces; the pieces after the first are not indented)."""
        out: list[str] = []
        piece: list[str] = []
        run: list[Block] = []

        def flush_run() -> None:
            if run:
                nums = "".join(self._num(b) for b in run)
                piece.append(nums + self.fill(run[0].start, max(b.end for b in run)))
                run.clear()

        def close_piece() -> None:
            flush_run()
            if piece:
                cls = ' class="cont"' if any(o.startswith("<p") for o in out) else ""
                out.append(f"<p{cls}>{''.join(piece)}</p>")
                piece.clear()

        for b in photo_groups(part.blocks):
            if isinstance(b, list):  # a photo item: one figure, as in the TEI
                close_piece()
                out.append(self._figure(b))
            elif b.role == "body":
                if run and not continues_run(self.doc, run[-1], b):
                    flush_run()
                run.append(b)
            elif b.role == "table":
                close_piece()
                out.append(self._table(b, part.blocks))
            elif b.role in TABLE_SIDE_ROLES:  # shown inside their table
                continue
            else:
                flush_run()
                piece.append(self._block("span", "marker" if b.role == "marker" else _apart_class(b), b))
        if part.incomplete:
            flush_run()
            piece.append(_CONTINUES)
        close_piece()
        return "".join(out)

    def _figure(self, blocks: Sequence[Block]) -> str:
        """An image a markdown export placed (a box naming it) with its caption and credit."""
        inner = [self._graphic(b) for b in blocks if b.role == "graphic"]
        captions = [self._block("p", "credit" if b.role == "credit" else "caption", b)
                    for b in blocks if b.role != "graphic"]
        if captions:
            inner.append(f"<figcaption>{''.join(captions)}</figcaption>")
        return f'<figure class="fig">{"".join(inner)}</figure>'

    def _graphic(self, b: Block) -> str:
        """The box standing for an image: its path (the report holds no file it could fetch), or the
        picture itself when the path is a `data:` URL of an image a browser shows; the alt text."""
        text = self.doc.text
        alt_end, path_start, path_end = graphic_parts(text, b.start, b.end)
        alt = text[b.start : alt_end].strip()
        embedded = embedded_image(text[path_start:path_end])
        if embedded is None:
            shown = ('<span class="where">image not in the report:</span> '
                     f'<code class="path">{self.fill(path_start, path_end)}</code>')
        else:
            mime, size, uri = embedded
            shown = (f'<img src="{_esc(uri)}" alt="{_esc(alt)}">'
                     f'<span class="where">embedded image ({_esc(mime)}, {size} bytes)</span>')
        desc = f'<span class="figdesc">{self.fill(b.start, alt_end)}</span>' if alt else ""
        return f'<div class="graphic" data-b="{_esc(b.id)}">{self._num(b)}{shown}{desc}</div>'

    def _table(self, b: Block, around: Sequence[Block]) -> str:
        """A table block as an HTML table (`text.table_layout`): its title block and caption, header
        cells as `<th>`, spanning cells with their `rowspan`/`colspan`, its footnote under it, as the
        TEI has them (`around`: the blocks of its part or paragraph)."""
        layout = table_layout(self.doc, b, self.spans, around)
        rows = "".join(
            "<tr>" + "".join(self._cell(c, label_row) for c in cells) + "</tr>"
            for cells, label_row in zip(layout.rows, layout.label_rows, strict=True)
        )
        heads = [self._block("span", "caption", h) for h in layout.heads]
        if layout.caption is not None:
            heads.append(self.fill(*layout.caption))
        caption = f"<caption>{' '.join(heads)}</caption>" if heads else ""
        notes = "".join(self._block("p", "note-region", n) for n in layout.notes)
        return (f'<div class="table" data-b="{_esc(b.id)}">{self._num(b)}'
                f"<table>{caption}<tbody>{rows}</tbody></table>{notes}</div>")

    def _cell(self, c: TableCell, in_label_row: bool) -> str:
        """One table cell of the review: `<th>` for a header, its spans as attributes."""
        tag = "th" if c.label or in_label_row else "td"
        spans = f' rowspan="{c.rows}"' if c.rows > 1 else ""
        spans += f' colspan="{c.cols}"' if c.cols > 1 else ""
        return f"<{tag}{spans}>{self.fill(c.start, c.end)}</{tag}>"

    def article_html(self, art: Article) -> str:
        colour = self.colours[art.id]
        aid = _esc(art.id)
        out = [f'<article class="art" id="art-{aid}" data-art="{aid}" style="--c:{colour}">',
               f'<span class="aid">{_esc(art.id)}'
               + (f" · continued from {_page_words(art.continued_from)}" if art.continued_from else "")
               + (f" · continues on {_page_words(art.continued_to)}" if art.continued_to else "")
               + "".join(f" · {_flag_html(f)}" for f in art.flags) + "</span>"]
        if art.section_head is not None:
            out.append(self._block("div", "section", art.section_head))
        elif art.section:
            out.append(f'<div class="section">{_esc(art.section)}</div>')
        out.extend(self._block("p", "kicker", b) for b in art.kicker)
        out.extend(self._block("h3", "title", b) for b in art.titles)
        out.extend(self._block("p", "subtitle", b) for b in art.subtitles)
        out.extend(self._block("p", "byline", b) for b in art.bylines)
        above, under = around_signature(art, art.parts)
        for part in above:
            if part.kind == "p":
                out.append(self._paragraph(part))
            elif part.kind == "head":
                out.extend(self._block("h4", "subhead", b) for b in part.blocks)
            elif part.kind == "fw":
                out.extend(self._block("p", _apart_class(b), b) for b in part.blocks)
            elif part.kind == "figure" and (table := table_block(part)) is not None:
                out.append(self._table(table, part.blocks))
            elif part.kind == "figure" and any(b.role == "graphic" for b in part.blocks):
                out.append(self._figure(part.blocks))
            elif part.kind == "figure":
                out.extend(self._block("p", "caption", b) for b in part.blocks)
            elif part.kind == "separator":  # an ornament line (TEI milestone), not a marker
                out.extend(self._block("p", "separator", b) for b in part.blocks)
            else:
                out.extend(self._block("p", "marker", b) for b in part.blocks)
        if art.signature is not None:
            out.append(self._block("p", "signed", art.signature))
        out.extend(self._paragraph(part) for part in under)  # an end note printed under it
        out.append("</article>")
        return "".join(out)

    def articles_html(self) -> str:
        kept = self.doc.front
        front = "".join(self._block("div", "", b) for b in kept if b.role not in ("note", "separator"))
        notes = "".join(self._block("div", "note-region", b) for b in kept if b.role == "note")
        ornaments = "".join(self._block("div", "separator", b) for b in kept if b.role == "separator")
        parts = [f'<div class="front">page furniture: {front}</div>'] if front else []
        if notes:
            parts.append(f'<div class="front">notes: {notes}</div>')
        if ornaments:  # an ornament line before the first article (TEI milestone), no furniture
            parts.append(f'<div class="front">separator: {ornaments}</div>')
        parts.extend(self.article_html(a) for a in self.doc.articles)
        if not self.doc.articles:
            parts.append("<p>No article was found on this page.</p>")
        return "".join(parts)

    def page_html(self) -> str:
        """The page image (if given) with each block's box, colour and reading-order number."""
        boxed = [i for i in self.blocks if i.block.bbox is not None]
        if not boxed and self.image is None:
            return ""
        width, height = _page_size(self.doc, self.image, [i.block.bbox for i in boxed if i.block.bbox])
        out = [f'<svg viewBox="0 0 {width:g} {height:g}" role="img" aria-label="page with block boxes">']
        if self.image is not None:
            uri = f"data:{image_mime(self.image)};base64,{base64.b64encode(self.image).decode('ascii')}"
            out.append(f'<image href="{uri}" x="0" y="0" width="{width:g}" height="{height:g}"/>')
        size = max(width, height) / 32
        for info in boxed:
            bb = info.block.bbox
            assert bb is not None
            out.append(
                f'<g class="box" data-b="{_esc(info.block.id)}" data-art="{_esc(info.art or "")}">'
                f"<title>{info.number}: {_esc(info.block.role)} {_esc(info.art or 'furniture')}</title>"
                f'<rect x="{bb.x0:g}" y="{bb.y0:g}" width="{bb.width:g}" height="{bb.height:g}" '
                f'fill="{info.colour}" stroke="{info.colour}" stroke-width="{size / 6:.1f}"/>'
                f'<rect class="badge" x="{bb.x0:g}" y="{bb.y0:g}" width="{size * 1.6:.1f}" '
                f'height="{size * 1.2:.1f}" '
                f'fill="{info.colour}" fill-opacity="0.9"/>'
                f'<text x="{bb.x0 + size * 0.2:.1f}" y="{bb.y0 + size:.1f}" font-size="{size:.1f}" '
                f'fill="#fff">{info.number}</text></g>'
            )
        out.append("</svg>")
        note = "" if boxed else '<p class="note">The input has no block coordinates: no boxes to draw.</p>'
        return "".join(out) + note

    def suggestions_html(self) -> str:
        if not self.all_suggestions:
            return ('<section class="sugg"><h2>Suggestions not applied: none</h2></section>')
        rows = []
        for j, s in enumerate(self.all_suggestions):
            ctx = _esc(s.context).replace(_esc(s.found), f"<b>{_esc(s.found)}</b>", 1)
            rows.append(
                f'<tr id="sug-{j}"><td>{j + 1}</td><td class="ctx">…{ctx}…</td>'
                f"<td>{_esc(s.pair)}</td><td>{_esc(s.found)} → {_esc(s.word)}</td><td>{_esc(s.cert)}</td>"
                f'<td class="why">{_esc(s.why)}</td>'
                f'<td class="act"><button data-s="{j}" data-v="accept">Accept</button> '
                f'<button data-s="{j}" data-v="reject">Reject</button> <span class="state"></span></td></tr>'
            )
        return (
            '<section class="sugg"><h2>Suggestions not applied '
            f'(<span data-count="suggestions">{len(self.all_suggestions)}</span>)</h2>'
            "<table><thead><tr><th>#</th><th>context</th><th>look-alike</th><th>makes</th><th>certainty</th>"
            "<th>why</th><th>decision</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
            '<p><button id="save" disabled>Save decisions (JSONL for layoutfix rules learn)</button> '
            '<span id="decided"></span></p></section>'
        )

    # ---------------------------------------------------------------- whole page
    def data(self) -> dict[str, Any]:
        edits = []
        for i, ed in enumerate(self.edits):
            rec = ed.to_json()
            # `line`: the edit log of the same run (`convert --edits`, `review --edits`) lists the edits in
            # this order (an issue's: by page, then offset, as the original runs), so change
            # i + 1 is its line i + 1, which the detail names for the archivist holding the log
            rec.update(i=i, line=i + 1, why=_why(ed, self.reasons, self.doc.original),
                       art=self.edit_art[i] or "", block=self.edit_block[i])
            if self.edit_words[i]:  # the confidences of the low-confidence words the edit lies in
                rec["lc"] = [round(self.low[k].conf, 3) for k in self.edit_words[i]]
            edits.append(rec)
        suggestions = [{"record": s.to_json()} for s in self.all_suggestions]
        stem = Path(self.doc.source).stem if self.doc.source not in ("", "-") else "page"
        return {"edits": edits, "suggestions": suggestions, "kindLabels": KIND_LABELS, "hint": HINT,
                "saveName": f"{stem}.reviewed.jsonl"}

    def header_html(self) -> str:
        doc = self.doc
        kinds = Counter(e.kind for e in self.edits)
        certs = Counter(e.cert for e in self.edits)
        # a one-page issue given its section label (`review A03.txt:A3`) has no number but the label
        page = doc.page if doc.page is not None or len(doc.pages) != 1 else doc.pages[0].label
        bits = [doc.paper, doc.date, f"page {page}" if page is not None else None]
        title = " · ".join(b for b in bits if b)
        counts = [f'<span><b data-count="edits">{len(self.edits)}</b> changes</span>']
        for kind in KIND_LABELS:
            if kinds[kind]:
                counts.append(f'<span><i class="swatch" style="background:var(--k-{kind})"></i>'
                              f'{KIND_LABELS[kind]} <b data-count="kind-{kind}">{kinds[kind]}</b></span>')
        counts.append("<span>certainty: " + ", ".join(
            f'{c} <b data-count="cert-{c}">{certs[c]}</b>' for c in CERT_LEVELS) + "</span>")
        if doc.min_conf is not None:  # an input with engine confidences (never flat text)
            counts.append(f'<span><b data-count="low-confidence">{len(self.low)}</b> words read below OCR '
                          f"confidence {doc.min_conf:g} (wavy underline)</span>")
        counts.append(f'<span><b data-count="articles">{len(doc.articles)}</b> articles</span>')
        counts.append(f'<span><b data-count="blocks">{len(self.blocks)}</b> blocks</span>')
        counts.append(f'<span><b data-count="suggestions">{len(self.all_suggestions)}</b> suggestions '
                      "not applied</span>")
        jumps = self.unresolved_jumps()
        if jumps:
            counts.append(f'<span><b data-count="unresolved-jumps">{len(jumps)}</b> unresolved jumps</span>')
        return (f'<header class="top"><h1>Review: {_esc(doc.source)}'
                + (f" — {_esc(title)}" if title else "") + "</h1>"
                f'<p class="counts">{"".join(counts)}</p>{self._warnings_html()}{self._jumps_html(jumps)}'
                f"{self.run_html()}</header>")

    def run_html(self) -> str:
        """The run block: layoutfix's version, when the report was made, each input file with its
        SHA-256, and the settings that changed the text as the TEI header records them
        (`tei.setting_items`: `--apply`, `--apply-suggestions`, `--variants`, shipped rules, the rules'
        SHA-256, `--min-conf`) with the `--rules` folders and files as given. Without it a report
        could not be matched to the run or edit log it came from."""
        from .. import __version__  # here, not at import time: the package imports this module

        rows = [("layoutfix", "version", __version__)]
        run = self.run or ReviewRun()
        if run.made is not None:
            rows.append(("made", "made", run.made))
        for name, digest in run.inputs:
            rows.append(("input", "input", f"{name} (sha256 {digest})" if digest else
                         f"{'standard input' if name == '-' else name} (no checksum)"))
        options = self.doc.options
        if options is None:
            rows.append(("settings", "settings", "not recorded with the document"))
        else:
            rows += [(f"setting-{kind}", kind, f"{value}: {text}")
                     for kind, value, text in setting_items(options, self.doc.min_conf)]
            given = ", ".join(printable(str(d)) for d in options.rule_dirs) or "none"
            rows.append(("rules", "--rules", given))
        items = "".join(f'<dt>{_esc(label)}</dt><dd data-run="{_esc(key)}">{_esc(value)}</dd>'
                        for key, label, value in rows)
        return (f'<details class="run" id="run" open><summary>Run: layoutfix {_esc(__version__)}'
                + (f" · made {_esc(run.made)}" if run.made else "") + f"</summary><dl>{items}</dl></details>")

    def _warnings_html(self) -> str:
        """What the conversion said of the page (`Document.warnings`: typo rules that do not settle,
        what a reader read past), as `convert` and `review` say it on stderr: listed at the top, so a
        report read later still tells why a correction stopped half-way."""
        if not self.doc.warnings:
            return ""
        items = "".join(f"<li>{_esc(line)}</li>" for line in self.doc.warnings)
        return f'<div class="warnings" id="warnings">Warnings:<ul>{items}</ul></div>'

    def unresolved_jumps(self) -> list[tuple[Article, str, str, str]]:
        """An issue's jumps (continued on or from another page) matched to no page, as (article,
        direction, message, marker): what the TEI's `<note type="jump">` and `convert DIR/`'s stderr
        say, and `batch --issues` only counts. The marker is '' when `to_html` was given no jumps."""
        return [(art, direction, message, self.markers.get((direction, message), ""))
                for art in self.doc.articles for direction, _status, message in art.unresolved]

    def _jumps_html(self, jumps: Sequence[tuple[Article, str, str, str]]) -> str:
        """The unresolved jumps listed under the counts, each with its marker as the page prints it
        (what to search the page for) and linking to its article (a plain anchor: it works without
        the script), so the archivist knows which article's other part to find."""
        if not jumps:
            return ""
        items = "".join(
            f'<li data-art="{_esc(art.id)}">{_esc(message)}'
            + (f' <span class="jump-marker">{_esc(marker)}</span>' if marker else "")
            + f' ({_JUMP_DIRECTIONS.get(direction, "")}; '
            f'article <a href="#art-{_esc(art.id)}">{_esc(art.id)}</a>)</li>'
            for art, direction, message, marker in jumps)
        return f'<div class="jumps" id="unresolved-jumps">Unresolved jumps:<ul>{items}</ul></div>'

    def toolbar_html(self) -> str:
        kinds = Counter(e.kind for e in self.edits)
        kind_opts = "".join(f'<option value="{k}">{KIND_LABELS[k]} ({kinds[k]})</option>'
                            for k in KIND_LABELS if kinds[k])
        certs = Counter(e.cert for e in self.edits)
        cert_opts = "".join(f'<option value="{c}">{c} ({certs[c]})</option>' for c in CERT_LEVELS)
        art_opts = "".join(f'<option value="{_esc(a.id)}">{_esc(a.id)}: {_esc(_title(a))}</option>'
                           for a in self.doc.articles)
        in_low = sum(1 for words in self.edit_words if words)
        low_filter = ('<label><input type="checkbox" id="f-lc"> only changes in low-confidence words '
                      f"({in_low})</label>") if self.low else ""
        low_legend = (" · wavy underline: read below OCR confidence "
                      f"{self.doc.min_conf:g}") if self.doc.min_conf is not None else ""
        return (
            '<nav class="toolbar">'
            f'<label>Kind <select id="f-kind"><option value="">all kinds</option>{kind_opts}</select></label>'
            f'<label>Certainty <select id="f-cert"><option value="">all</option>{cert_opts}</select></label>'
            '<label>Article <select id="f-art"><option value="">all articles</option>'
            f"{art_opts}</select></label>{low_filter}"
            '<button id="prev" title="previous change (p or k)">◀ previous</button>'
            '<button id="next" title="next change (n or j)">next ▶</button>'
            '<span class="shown" id="shown"></span>'
            '<span class="legend"><kbd>n</kbd>/<kbd>j</kbd> next · <kbd>p</kbd>/<kbd>k</kbd> previous · '
            f"dashed outline: medium or low certainty{low_legend}</span></nav>"
        )

    def render(self) -> str:
        data = json.dumps(self.data(), ensure_ascii=False, separators=(",", ":"))
        # Inside <script>, "</script" or "<!--" would end or confuse the element: escape < > & as JSON does.
        data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        page = self.page_html()
        main_cls = ' class="with-image"' if page else ""
        image_section = (f'<section id="page"><h2>Page: block boxes, reading order</h2><div>{page}</div>'
                         "</section>") if page else ""
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{_esc(self.doc.lang)}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="icon" href="data:,">'
            f"<title>Review: {_esc(self.doc.source)} — layoutfix</title><style>{CSS}</style></head><body>"
            + self.header_html()
            + f'<div class="sticky">{self.toolbar_html()}<p id="detail">{_esc(HINT)}</p></div>'
            + self.suggestions_html()
            + f"<main{main_cls}>"
            + f'<section id="original"><h2>Original OCR text (input order), changes highlighted</h2>'
              f"{self.original_html()}</section>"
            + '<section id="articles"><h2>Articles as read (reading order)</h2>'
              f"{self.articles_html()}</section>"
            + image_section
            + "</main>"
            + f'<script type="application/json" id="review-data">{data}</script>'
            + f"<script>{JS}</script></body></html>\n"
        )


_DATA_URL = regex.compile(r"data:(?P<mime>image/[a-z0-9.+-]+);base64,(?P<data>[A-Za-z0-9+/]*={0,2})",
                          regex.IGNORECASE)


def embedded_image(url: str) -> tuple[str, int, str] | None:
    """(MIME type, size in bytes, data URI) of the image a `data:` URL holds, when it is one the
    report can show (see `image_mime`: the bytes must be what the URL says); None for any other path.

    The URI is rebuilt from the decoded bytes, so nothing of the OCR text but the picture gets into
    the page."""
    m = _DATA_URL.fullmatch(url)
    if m is None:
        return None
    try:
        data = base64.b64decode(m.group("data"), validate=True)
        mime = image_mime(data)
    except (binascii.Error, PageImageError):
        return None
    if mime != m.group("mime").lower():
        return None
    return mime, len(data), f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return w, h
    return None


class PageImageError(InputError):
    """The page image is in a format the report cannot show: a broken image in the report would leave
    the archivist without the boxes and without a word why."""


#: Signatures of formats archives scan to that most browsers do not show (Chromium, Firefox): what
#: the error calls them.
_UNSHOWN_FORMATS: tuple[tuple[tuple[bytes, ...], str], ...] = (
    ((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"), "a TIFF image"),  # (classic and BigTIFF)
    ((b"\x00\x00\x00\x0cjP  \r\n\x87\n",), "a JPEG 2000 image (JP2)"),
    ((b"\xff\x4f\xff\x51",), "a JPEG 2000 codestream"),
)

#: The sizes a BMP's info header can have: with the `BM` mark, what tells a BMP from text starting "BM".
_BMP_INFO_SIZES = (12, 40, 52, 56, 64, 108, 124)

SVG_NS = "http://www.w3.org/2000/svg"


def image_mime(data: bytes, source: str = "page image") -> str:
    """The MIME type of a page image the report can show: PNG, JPEG, GIF, WebP, BMP or SVG (an SVG
    in the report's `<image>` is drawn as a picture: its scripts do not run and it fetches nothing).

    Raises `PageImageError` naming `source` and what the bytes are (a TIFF, a JPEG 2000 image...).
    """
    if not data:
        raise PageImageError(f"{source}: an empty file, not an image")
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:2] == b"BM" and len(data) >= 18 and struct.unpack("<I", data[14:18])[0] in _BMP_INFO_SIZES:
        return "image/bmp"
    if _is_svg(data):
        return "image/svg+xml"
    for signatures, name in _UNSHOWN_FORMATS:
        if data.startswith(signatures):
            raise PageImageError(f"{source}: {name}, which most browsers do not show; convert it to PNG "
                                 "or JPEG first")
    raise PageImageError(f"{source}: not a PNG, JPEG, GIF, WebP, BMP or SVG image")


def _is_svg(data: bytes) -> bool:
    """Whether `data` is an SVG document (parsed by the hardened XML parser: no entities, no network)."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return False
    try:
        root = parse_xml(data)
    except InputError:
        return False
    return root.tag == f"{{{SVG_NS}}}svg"


def _page_size(doc: Document, image: bytes | None, boxes: Sequence[BBox]) -> tuple[float, float]:
    """The page size in the coordinates of the boxes: the page's, else the PNG's, else the boxes' extent."""
    for page in doc.pages:
        if page.width and page.height:
            return page.width, page.height
    if image is not None and (size := _png_size(image)):
        return float(size[0]), float(size[1])
    if boxes:
        return max(b.x1 for b in boxes) * 1.02, max(b.y1 for b in boxes) * 1.02
    return 1000.0, 1400.0


def to_html(
    document: Document,
    suggestions: Sequence[Any] = (),
    *,
    image: bytes | None = None,
    reasons: dict[str, str] | None = None,
    jumps: Sequence[Jump] = (),
    run: ReviewRun | None = None,
) -> str:
    """The review report of `document` as one self-contained HTML page.

    `suggestions` are `Suggestion`s made on the document's output (see `unapplied_suggestions`);
    `image` the bytes of the page image the block boxes refer to, in a format browsers show (see
    `image_mime`: a `PageImageError` otherwise); `reasons` rule id -> why (default: the shipped rules
    and the built-in ones, see `rule_reasons`); `jumps` an issue's jumps (`IssueResult.unresolved`),
    whose marker text (`（下转第4版）`) the list of unresolved jumps shows, as stderr prints it: the
    document keeps each jump's message only. `run` the input files, their checksums and the time for
    the header's run block (`review_run`); without it the block gives the version and the settings.
    """
    if image is not None:
        image_mime(image)  # refused before any work, not shown as a broken image
    return _Report(document, suggestions, reasons if reasons is not None else rule_reasons(), image,
                   _jump_markers(jumps), run).render()


def _jump_markers(jumps: Iterable[Jump]) -> dict[tuple[str, str], str]:
    """The marker text of each unresolved jump, by its (direction, message) as `Article.unresolved`
    records it (`issue._link`): a message names its part, so the key is the part's jump that way."""
    return {("to" if j.source is not None else "from", j.describe()): j.marker
            for j in jumps if not j.resolved}


__all__ = [
    "PageImageError", "ReviewRun", "embedded_image", "image_mime", "made_now", "review_run", "rule_reasons",
    "to_html", "to_original", "tracked_of", "unapplied_suggestions",
]
