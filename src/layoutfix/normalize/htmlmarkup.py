"""HTML debris and image lines that OCR-to-markdown tools (MinerU, PP-StructureV3, Marker, olmOCR...)
write into their markdown, and the character entities they leave in the text.

- Inline and wrapper tags (`<div style="text-align: center;">`, `<span>`, `<sup>`, `<br/>`...) are not
  text: they go as `markup.html-tag` edits, the text between them stays. Only the tags named in
  `TAG_NAMES` count, so `a < b` and book-title marks typed as `<<人民日报>>` are text.
- A line that is nothing but one image (`![alt](path)`, `<img src=... alt=...>`, possibly inside
  wrapper tags, `<html><body>` among them) and stands alone between blank lines is a figure, not
  text: its markup goes as a `markup.image` edit and leaves the alt text (markdown only) and the
  path, one per line, so the block carries what the exporters need and `markup.block_hints` marks it
  `graphic` (it reads the block's original text from where the markup removed right before its
  first character began: `TrackedText.to_original_start`).
- A `<sup>`/`<sub>` holding only digits (`10<sup>6</sup>`, `H<sub>2</sub>O`) becomes Unicode superscript
  or subscript digits (`10⁶`, `H₂O`), one `markup.html-script` edit: dropping the tags alone would
  turn a power into another number.
- Character entities (`&amp;`, `&nbsp;`, `&#12288;`) are decoded with the standard library's table as
  `unicode.html-entity` edits, except where the decoded character would make new markup (`&lt;b&gt;`
  stays text, not a tag a second run would remove), so normalising twice equals normalising once.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import regex

from ..tracked import Change

RULE_TAG = "markup.html-tag"
RULE_IMAGE = "markup.image"
RULE_ENTITY = "unicode.html-entity"
RULE_SCRIPT = "markup.html-script"

#: The inline and wrapper tags the exports write around text; their content is kept.
TAG_NAMES = ("div", "span", "center", "p", "sup", "sub", "br", "b", "i", "strong", "em", "font")
TAG = regex.compile(rf"</?(?:{'|'.join(TAG_NAMES)})(?=[\s/>])[^<>\n]*>", regex.IGNORECASE)
#: The document tags an export wraps around a table or an image (MinerU writes its tables as
#: `<html><body><table>…</table></body></html>`, in its markdown too): markup there, text elsewhere.
DOCUMENT_TAG = regex.compile(r"</?(?:html|body)(?=[\s/>])[^<>\n]*>", regex.IGNORECASE)
#: Any tag that may stand around a table or an image: an inline or wrapper tag, or a document tag.
WRAPPER_TAG = regex.compile(rf"{TAG.pattern}|{DOCUMENT_TAG.pattern}", regex.IGNORECASE)

#: A superscript or subscript of digits (a footnote mark `责任<sup>1</sup>`, a power `10<sup>6</sup>`,
#: `H<sub>2</sub>O`): without its tags it would read as another number (`106`), so it becomes the
#: Unicode superscript or subscript characters instead.
_SCRIPT = regex.compile(r"<(?P<tag>sup|sub)>(?P<c>[0-9+\-=()]{1,8})</(?P=tag)>", regex.IGNORECASE)
_SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
_SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")

_MD_IMAGE = regex.compile(r'!\[(?P<alt>[^\]\n]*)\]\((?P<url>[^()\s]+)(?:[ \t]+"[^"\n]*")?\)')
_HTML_IMAGE = regex.compile(
    r"<img\b[^<>\n]*?\bsrc\s*=\s*(?P<q>[\"']?)(?P<url>[^\"'\s<>]+)(?P=q)[^<>\n]*>", regex.IGNORECASE
)
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

    def changes(self, text: str) -> list[Change]:
        """The edits on `text` that leave the alt text (when there is one) and the path, one per line,
        and remove the document tags around the image (the other wrapper tags go as any tag does)."""
        if self.alt_end > self.alt_start:
            first = self.alt_start
            tail = [Change(self.alt_end, self.url_start, "\n", RULE_IMAGE, "markup")]
        else:
            first, tail = self.url_start, []
        image = [
            Change(self.start, first, "", RULE_IMAGE, "markup"),
            *tail,
            Change(self.url_end, self.end, "", RULE_IMAGE, "markup"),
        ]
        documents = [Change(a, b, "", RULE_TAG, "markup") for a, b in self.documents]
        return sorted(image + documents, key=lambda c: c.start)


def tag_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of every inline or wrapper tag in `text[start:end]`."""
    if "<" not in text[start:end]:
        return []
    return [m.span() for m in TAG.finditer(text, start, end)]


def script_changes(text: str, start: int, end: int) -> list[Change]:
    """`<sup>6</sup>` -> `⁶`, `<sub>2</sub>` -> `₂` in `text[start:end]`: one edit each."""
    if "<" not in text[start:end]:
        return []
    return [
        Change(m.start(), m.end(), _scripted(m.group("tag"), m.group("c")), RULE_SCRIPT, "markup")
        for m in _SCRIPT.finditer(text, start, end)
    ]


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
    return ImageLine(m.start(), m.end(), m.start("url"), m.end("url"), *alt, documents)


def document_tags(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The (start, end) of every document tag (`<html>`, `</body>`...) in `text[start:end]`."""
    if "<" not in text[start:end]:
        return ()
    return tuple(m.span() for m in DOCUMENT_TAG.finditer(text, start, end))


def standalone_image(text: str, start: int, end: int) -> ImageLine | None:
    """`image_in_line`, when the line is also a block of its own (blank or no line around it)."""
    if "<img" not in text[start:end].lower() and "![" not in text[start:end]:
        return None
    if start > 0 and text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip():
        return None  # the line above holds text
    after = text.find("\n", end + 1)
    if end < len(text) and text[end + 1 : len(text) if after < 0 else after].strip():
        return None  # the line below holds text
    return image_in_line(text, start, end)


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
