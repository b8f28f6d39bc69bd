"""JSON export of the article structure, and the JSON-lines edit log.

`to_json` gives one JSON object for the page: its source, paper, date, page and the articles, each
with kicker, titles, subtitle, byline, paragraphs (with the subhead they sit under and an
`incomplete` flag), captions, credits, signature, section, continuation (every marker, also one
inside a paragraph an issue joined across its jump), furniture (with an issue's jump heads) and
flags; for a coordinate input with engine confidences, `low_confidence` lists the words under the
threshold (original offsets, text, confidence, zone). An article holding images that a markdown
export placed lists them under `graphics` (path and alt text), one holding tables under `tables`
(rows of cell texts), one holding ornament lines (`＊＊＊`) under `separators` (each its text and
the paragraph it stands before; the page's own `separators` those before the first article). Keys
are sorted and the output is
deterministic. docs/json.md and docs/schema/page.schema.json document the format. (The `--edits` log
is written by `layoutfix.editlog`.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from ..layout.figure_credits import PAGE_CREDIT
from ..layout.roles import SEPARATOR, note_place
from ..model import Article, Block, Document
from .tei import output_spans, single_page_label
from .text import TableLayout, graphic_parts, paragraph_text, table_layout

#: Roles of heading blocks that stand inside an article's content only as the heading a page repeats
#: over an article's continuation (an issue's jump head, TEI `fw type="jump-head"`).
_JUMP_HEAD_ROLES = frozenset({"title", "kicker", "subtitle", "byline", "section"})


def _texts(blocks: Iterable[Block | None]) -> list[str]:
    return [b.text for b in blocks if b is not None]


def _furniture(art: Article) -> list[str]:
    """The article's blocks the TEI writes as `fw`, in reading order: furniture wherever it stands,
    and in an issue the jump heads (an `fw` part, or a heading inside a paragraph joined across a
    jump), whose text is in no other field."""
    return [
        b.text for p in art.parts for b in p.blocks
        if b.role == "furniture" or (p.kind == "fw" and b.role != "note")
        or (p.kind == "p" and b.role in _JUMP_HEAD_ROLES)
    ]


def _notes(blocks: Iterable[Block]) -> list[dict[str, str | None]]:
    """The notes among `blocks` (regions the file labels a marginal note, footnote or endnote), in
    reading order: text and TEI `@place` (`margin`, `foot`, `end`, or null when the label does not say);
    a page's credit note (`本版图片除署名外均由新华社提供`) also `"type": "credit"`, as TEI `note/@type`."""
    return [_note(b) for b in blocks if b.role == "note"]


def _note(b: Block) -> dict[str, str | None]:
    """One note as JSON (`_notes`): `type` only on a page's credit note, so other notes read as before."""
    obj = {"text": b.text, "place": note_place(b)}
    if PAGE_CREDIT in b.hints:
        obj["type"] = "credit"
    return obj


def _markers(art: Article) -> list[str]:
    """The article's continuation markers in reading order, also those inside a paragraph that an
    issue joined across the jump they announce."""
    return [b.text for p in art.parts for b in p.blocks if b.role == "marker"]


def _graphics(doc: Document, art: Article) -> list[dict[str, str | None]]:
    """The images a markdown export placed in the article, in reading order: path and alt text."""
    found: list[dict[str, str | None]] = []
    for b in (b for p in art.parts for b in p.blocks if b.role == "graphic"):
        alt_end, path_start, path_end = graphic_parts(doc.text, b.start, b.end)
        found.append({"url": doc.text[path_start:path_end], "alt": doc.text[b.start : alt_end] or None})
    return found


def _tables(doc: Document, art: Article) -> list[dict[str, object]]:
    """The tables in the article, in reading order (`table_json`), each with the title and footnote
    blocks of its part or paragraph."""
    found = [(b, p.blocks) for p in art.parts for b in p.blocks if b.role == "table"]
    if not found:
        return []
    spans = output_spans(doc.edits)
    return [table_json(doc, table_layout(doc, b, spans, around)) for b, around in found]


def table_json(doc: Document, layout: TableLayout) -> dict[str, object]:
    """A table as JSON: `rows` of cell texts; its `caption` (its title above it and its own
    `<caption>`, one line each), `notes` (its footnotes), `header_rows` (the indexes of its header
    rows) and `cells` (each cell spanning rows or columns or a header cell outside a header row, `row`
    and `cell` its indexes in `rows`), only when there are any (a plain table's JSON is unchanged)."""
    obj: dict[str, object] = {"rows": [[doc.text[c.start : c.end] for c in row] for row in layout.rows]}
    captions = layout.captions(doc.text)
    if captions:
        obj["caption"] = "\n".join(captions)
    if layout.notes:
        obj["notes"] = _texts(layout.notes)
    header_rows = [i for i, label in enumerate(layout.label_rows) if label]
    if header_rows:
        obj["header_rows"] = header_rows
    cells = [
        {"row": i, "cell": j, "rows": c.rows, "cols": c.cols, "label": c.label}
        for i, row in enumerate(layout.rows)
        for j, c in enumerate(row)
        if c.rows > 1 or c.cols > 1 or (c.label and not layout.label_rows[i])
    ]
    if cells:
        obj["cells"] = cells
    return obj


def _paragraph(text: str, stack: Sequence[str], incomplete: bool) -> dict[str, object]:
    """A paragraph's entry: `subhead` is the heading right over it (the last of its subsection's
    heads), and `subheads` all of them, top to bottom, only when the subsection has two or more (a
    kicker over a subhead, `专家观点` / `安全是头等大事`): two headings are never one string."""
    obj: dict[str, object] = {"text": text, "subhead": stack[-1] if stack else None, "incomplete": incomplete}
    if len(stack) > 1:
        obj["subheads"] = list(stack)
    return obj


def _charts(art: Article) -> list[dict[str, object]]:
    """The charts a story prints (`layout.sidebars`): each its `title` and `source` (a line or
    null) and `data`, its lines of figures (TEI `figure[@type="chart"]`)."""
    charts: list[dict[str, object]] = []
    for part in art.parts:
        blocks = part.blocks
        if part.kind != "figure" or not any(b.role.startswith("chart-") for b in blocks):
            continue
        charts.append({
            "title": next((b.text for b in blocks if b.role == "chart-title"), None),
            "data": [ln for b in blocks if b.role == "chart-data" for ln in b.text.split("\n")],
            "source": next((b.text for b in blocks if b.role == "chart-source"), None),
        })
    return charts


def article_json(doc: Document, art: Article) -> dict[str, object]:
    """One article as a JSON-ready dict."""
    paragraphs: list[dict[str, object]] = []
    separators: list[dict[str, object]] = []
    stack: list[str] = []
    for part in art.parts:
        if part.kind == "separator":  # `paragraph`: the one it stands before (len: after the last)
            separators += [{"text": b.text, "paragraph": len(paragraphs)} for b in part.blocks]
        elif part.kind == "head":
            stack = _texts(part.blocks)
        elif part.kind == "p":
            text = paragraph_text(doc, part)
            paragraphs.append(_paragraph(text, stack, part.incomplete))
    obj: dict[str, object] = {
        "id": art.id,
        "section": art.section,
        "kicker": _texts(art.kicker),
        "titles": _texts(art.titles),
        "subtitle": _texts(art.subtitles),
        "byline": _texts(art.bylines),
        "paragraphs": paragraphs,
        "subheads": [t for p in art.parts if p.kind == "head" for t in _texts(p.blocks)],
        "captions": _texts(art.captions),
        "credits": _texts(art.credits),
        "signature": art.signature.text if art.signature is not None else None,
        "continuation": {
            "from_page": art.continued_from,
            "to_page": art.continued_to,
            "markers": _markers(art),
        },
        "furniture": _furniture(art),
        "flags": list(art.flags),
    }
    graphics = _graphics(doc, art)
    if graphics:  # only an article holding images has the key (the JSON of other pages is unchanged)
        obj["graphics"] = graphics
    charts = _charts(art)
    if charts:  # likewise
        obj["charts"] = charts
    tables = _tables(doc, art)
    if tables:  # likewise
        obj["tables"] = tables
    notes = _notes(b for p in art.parts for b in p.blocks)
    if notes:  # likewise
        obj["notes"] = notes
    if separators:  # likewise
        obj["separators"] = separators
    return obj


def to_json(doc: Document) -> str:
    """The document's article structure as pretty-printed JSON."""
    obj: dict[str, object] = {
        "source": doc.source,
        "paper": doc.paper,
        "date": doc.date,
        "page": doc.page,
        "furniture": [b.text for b in doc.front if b.role not in ("note", SEPARATOR)],
        "articles": [article_json(doc, a) for a in doc.articles],
    }
    label = single_page_label(doc)
    if label is not None:  # only a page named by a section label has the key (`A4`; one-page issue too)
        obj["label"] = label
    notes = _notes(doc.front)
    if notes:  # only a page with notes before its first article has the key
        obj["notes"] = notes
    separators = [b.text for b in doc.front if b.role == SEPARATOR]
    if separators:  # likewise: ornament lines before the first article
        obj["separators"] = separators
    if doc.min_conf is not None:  # coordinate input with engine confidences
        obj["low_confidence"] = {"min_conf": doc.min_conf, "words": [w.to_json() for w in doc.low_confidence]}
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
