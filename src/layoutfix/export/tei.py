"""TEI P5 export, following the profile in docs/tei.md.

Typographic edits (space, join, punct, unicode, markup) are declared once in the header and applied
silently; `typo` and `variant` edits stand inline as `<choice><sic>…</sic><corr>…</corr></choice>` with
`@cert`, `@resp="#layoutfix"` and the rule id in `@type`. Furniture becomes `<fw>`, continuation
markers `<note type="continuation">`, and every character of every block is somewhere in `<text>`:
nothing is dropped. The output is deterministic: same input and options, same bytes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex
from lxml import etree

from ..layout.continuation import find_markers
from ..layout.roles import furniture_type
from ..model import Article, Block, Document, Edit, Part
from .text import continues_run

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
#: Edit kinds shown inline as <choice>; every other kind is applied silently.
INLINE_KINDS = frozenset({"typo", "variant"})
SILENT_KINDS = ("unicode", "markup", "punct", "space", "join", "furniture")
_KIND_DESCRIPTION = {
    "unicode": "compatibility and control characters normalised (full-width digits and letters, stray "
    "control and zero-width characters)",
    "markup": "markdown markers left by the OCR export removed (the emphasis they carried informs the "
    "segmentation)",
    "punct": "Chinese punctuation made full-width and quotation marks paired",
    "space": "spaces inserted by the OCR between Chinese characters removed",
    "join": "paragraphs split across OCR blocks joined",
    "furniture": "page furniture separated from the text",
}
_SIGNATURE_NAME = regex.compile(r"^([(（]\s*)(.*?)(\s*[)）])$", regex.DOTALL)


def _t(tag: str) -> str:
    return f"{{{TEI_NS}}}{tag}"


def _sub(parent: etree._Element, tag: str, attrib: dict[str, str] | None = None) -> etree._Element:
    el = etree.SubElement(parent, _t(tag))
    for key, value in (attrib or {}).items():
        el.set(key, value)
    return el


def _add_text(el: etree._Element, text: str) -> None:
    """Append `text` at the end of `el`'s content (after its last child, if any)."""
    if not text:
        return
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


def output_spans(edits: Sequence[Edit]) -> list[tuple[int, int, Edit]]:
    """Each edit with the span its `after` text occupies in the output (edits in original offsets)."""
    out: list[tuple[int, int, Edit]] = []
    delta = 0
    for ed in sorted(edits, key=lambda e: (e.start, e.end)):
        start = ed.start + delta
        out.append((start, start + len(ed.after), ed))
        delta += len(ed.after) - (ed.end - ed.start)
    return out


class _Writer:
    """Renders a document's text spans into TEI elements, with inline corrections."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.text = document.text
        self.inline = [x for x in output_spans(document.edits) if x[2].kind in INLINE_KINDS]

    def fill(self, el: etree._Element, start: int, end: int) -> None:
        """Write `text[start:end]` into `el`, wrapping each inline edit inside it in <choice>."""
        pos = start
        for s, e, ed in self.inline:
            if s < start or e > end or (s == e and not start <= s <= end):
                continue
            if s < pos:
                continue
            _add_text(el, self.text[pos:s])
            choice = _sub(el, "choice")
            sic = _sub(choice, "sic")
            sic.text = regex.sub(r"\s*\n\s*", "", ed.before) or None
            corr = _sub(choice, "corr", {"resp": "#layoutfix", "cert": ed.cert, "type": ed.rule})
            corr.text = self.text[s:e] or None
            pos = e
        _add_text(el, self.text[pos:end])

    def block(
        self, parent: etree._Element, tag: str, block: Block, attrib: dict[str, str] | None = None
    ) -> None:
        self.fill(_sub(parent, tag, attrib), block.start, block.end)

    def fw(self, parent: etree._Element, block: Block) -> None:
        self.block(parent, "fw", block, {"type": furniture_type(block.text)})

    def figure(self, parent: etree._Element, blocks: Sequence[Block]) -> None:
        fig = _sub(parent, "figure", {"type": "photo"})
        for b in blocks:
            if b.role == "credit":
                self.block(fig, "note", b, {"type": "credit"})
            else:
                self.block(fig, "p", b)

    def paragraph(self, parent: etree._Element, part: Part) -> None:
        p = _sub(parent, "p", {"part": "I"} if part.incomplete else None)
        run: list[Block] = []

        def flush() -> None:
            if run:
                self.fill(p, run[0].start, max(b.end for b in run))
                run.clear()

        for b in part.blocks:
            if b.role == "body":
                if run and not continues_run(self.doc, run[-1], b):
                    flush()
                run.append(b)
            elif b.role == "furniture":
                flush()
                self.fw(p, b)
            elif b.role in ("caption", "credit"):
                flush()
                self.figure(p, [b])
            else:
                flush()
                self.fill(p, b.start, b.end)
        flush()

    def marker(self, parent: etree._Element, block: Block, article: Article) -> None:
        attrib = {"type": "continuation"}
        found = find_markers(block.text)
        if found:
            attrib["subtype"] = found[0].direction
            attrib["target"] = f"#p{found[0].page}"
        self.block(parent, "note", block, attrib)

    def signature(self, parent: etree._Element, block: Block) -> None:
        closer = _sub(parent, "closer")
        m = _SIGNATURE_NAME.match(block.text)
        if m is None:
            self.fill(_sub(closer, "signed"), block.start, block.end)
            return
        a, b = block.start + m.end(1), block.start + m.start(3)
        self.fill(closer, block.start, a)
        self.fill(_sub(closer, "signed"), a, b)
        self.fill(closer, b, block.end)

    def article(self, parent: etree._Element, art: Article) -> None:
        attrib = {"type": "article", f"{{{XML_NS}}}id": art.id}
        starts_mid = "starts-mid-article" in art.flags or art.continued_from is not None
        if starts_mid and art.continued_to is not None:
            attrib["part"] = "M"
        elif starts_mid:
            attrib["part"] = "F"
        elif art.continued_to is not None:
            attrib["part"] = "I"
        if art.continued_from is not None:
            attrib["prev"] = f"#p{art.continued_from}"
        if art.continued_to is not None:
            attrib["next"] = f"#p{art.continued_to}"
        div = _sub(parent, "div", attrib)
        for k in art.kicker:
            self.block(div, "head", k, {"type": "kicker"})
        for t in art.titles:
            self.block(div, "head", t)
        for s in art.subtitles:
            self.block(div, "head", s, {"type": "sub"})
        for b in art.bylines:
            self.block(div, "byline", b)
        container = div
        for part in art.parts:
            if part.kind == "head":
                container = _sub(div, "div", {"type": "subsection"})
                for h in part.blocks:
                    self.block(container, "head", h)
            elif part.kind == "p":
                self.paragraph(container, part)
            elif part.kind == "fw":
                self.fw(container, part.blocks[0])
            elif part.kind == "figure":
                self.figure(container, part.blocks)
            elif part.kind == "marker":
                self.marker(container, part.blocks[0], art)
        if art.signature is not None:
            self.signature(div, art.signature)


def _header(root: etree._Element, doc: Document) -> None:
    header = _sub(root, "teiHeader")
    file_desc = _sub(header, "fileDesc")
    title_stmt = _sub(file_desc, "titleStmt")
    bits = [doc.paper or doc.source, doc.date, f"第{doc.page}版" if doc.page is not None else None]
    _sub(title_stmt, "title").text = " ".join(b for b in bits if b) or "OCR page"
    pub = _sub(file_desc, "publicationStmt")
    _sub(pub, "p").text = (
        "Machine-corrected transcription produced by layoutfix from OCR output; unpublished."
    )
    bibl = _sub(_sub(file_desc, "sourceDesc"), "bibl")
    if doc.paper:
        _sub(bibl, "title", {"level": "j"}).text = doc.paper
    if doc.date:
        _sub(bibl, "date", {"when": doc.date}).text = doc.date
    if doc.page is not None:
        _sub(bibl, "biblScope", {"unit": "page", "n": str(doc.page)}).text = str(doc.page)
    _sub(bibl, "idno", {"type": "file"}).text = doc.source

    from .. import __version__  # here, not at import time: the package imports this module

    enc = _sub(header, "encodingDesc")
    app = _sub(_sub(enc, "appInfo"), "application", {
        "ident": "layoutfix", "version": __version__, f"{{{XML_NS}}}id": "layoutfix",
    })
    _sub(app, "label").text = "layoutfix"
    decl = _sub(enc, "editorialDecl")
    counts = Counter(e.kind for e in doc.edits)
    corr = _sub(decl, "correction", {"status": "medium", "method": "markup"})
    _sub(corr, "p").text = (
        "OCR misreadings (typo) and character-variant conversions (variant) are marked inline as "
        "choice/sic/corr; corr/@type names the rule, corr/@cert its certainty, corr/@resp layoutfix. "
        f"Inline corrections: {counts['typo']} typo, {counts['variant']} variant."
    )
    norm = _sub(decl, "normalization", {"method": "silent"})
    for kind in SILENT_KINDS:
        _sub(norm, "p", {"n": kind}).text = f"{_KIND_DESCRIPTION[kind]}: {counts[kind]} edits."
    seg = _sub(decl, "segmentation")
    _sub(seg, "p").text = (
        "Articles are assembled from OCR blocks by text cues (headings, bylines, continuation markers); "
        "paragraphs split across blocks are joined, and a paragraph left unfinished on the page has "
        "part=\"I\". Page furniture is kept as fw. Every edit, with offsets into the source file, is in "
        "the edit log (--edits)."
    )


def to_tei_tree(doc: Document) -> etree._Element:
    """The document as a TEI element tree."""
    root = etree.Element(_t("TEI"), nsmap={None: TEI_NS})
    root.set(f"{{{XML_NS}}}lang", doc.lang)
    _header(root, doc)
    body = _sub(_sub(root, "text"), "body")
    writer = _Writer(doc)
    pb_attrib = {"n": str(doc.page), f"{{{XML_NS}}}id": f"p{doc.page}"} if doc.page is not None else {}
    _sub(body, "pb", pb_attrib)
    for b in doc.front:
        writer.fw(body, b)
    section_div: etree._Element | None = None
    current_section: str | None = None
    for art in doc.articles:
        if art.section is None:
            section_div, current_section = None, None
        elif art.section_head is not None or art.section != current_section:
            section_div = _sub(body, "div", {"type": "section"})
            current_section = art.section
            if art.section_head is not None:
                writer.block(section_div, "head", art.section_head)
            else:
                _sub(section_div, "head").text = art.section
        writer.article(section_div if section_div is not None else body, art)
    if not doc.articles:
        _sub(body, "p")  # TEI wants content in <body>; a page with no article gets an empty paragraph
    return root


def to_tei(doc: Document) -> str:
    """The document as pretty-printed TEI P5 XML (UTF-8, with an XML declaration)."""
    root = to_tei_tree(doc)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True).decode("utf-8")
