"""Plain-text export: one article after another, heading group first, for reading and for diffing.

Each article is its heading group (section label in 【】, kickers, title, subtitle), byline, then
paragraphs separated by blank lines; subheads stand on their own line, a photo's caption has its
credit on the line under it, the signature comes last. Articles are separated by a line of `＊＊＊`.
Furniture is left out: the TEI keeps it; so are images a markdown export placed (their captions
stay). A table is one line per row, its cells separated by a tab (a grid: a spanning cell leaves an
empty field in each other column and row it covers), its title and caption above the rows and its
footnote below. A note (a region the file labels a marginal note, footnote or endnote) is a
paragraph of its own where it stands, after the paragraph it interrupts, as is each photo item (its
caption and credit, `photo_items`); notes before the first article open the text. An ornament line (`＊＊＊`,
`※※※`) is text of the page and stands on its own line as printed wherever it stands: between two
sections of an article, after an article (before the `＊＊＊` line that parts it from the next one),
before the first article. Only a printed `＊＊＊` right before that line is the line itself, which
stands for it: so the text of this export reads back as it was written (`※※※` then `＊＊＊` gives
the same two lines again).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter

import regex

from ..layout.assemble import (
    LISTING_ROW,
    TABLE_CAPTION,
    TABLE_NOTE,
    around_signature,
    takes_figure_text,
    trailing_separators,
)
from ..layout.roles import SEPARATOR, is_bracketed_label
from ..model import Article, Block, Document, Edit, Part
from ..normalize import htmlmarkup
from ..normalize.tables import RULE_TABLE, holds_pipe_rule, opening_tag

ARTICLE_SEPARATOR = "＊＊＊"


def graphic_parts(text: str, start: int, end: int) -> tuple[int, int, int]:
    """Where the alt text of the image block `text[start:end]` ends, and where its path starts and
    ends (alt_end, path_start, path_end): the path is the last line (`normalize.htmlmarkup` leaves alt
    text and path one per line), inside the `<` and `>` the markup step writes around a path naming
    an image file and holding a blank or a CJK mark (`<图 1.jpg>`), or inside the markdown image it
    writes around one naming no image file (`![](其层治理)`, `![](<其层 治理>)`), which are no part
    of it (`htmlmarkup.written_path`, `htmlmarkup.path_in_line`).
    One reading for every exporter, so that TEI, JSON and the HTML report agree."""
    newline = text.rfind("\n", start, end)
    alt_end, url_start = (start, start) if newline < 0 else (newline, newline + 1)
    path_start, path_end = htmlmarkup.path_in_line(text[url_start:end])
    return alt_end, url_start + path_start, url_start + path_end


_CELL_BREAK = regex.compile(r"(?<!\\)\|")


def table_cells(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """The (start, end) of every cell of the table block `text[start:end]`, row by row: rows are its
    lines, cells are parted by `|` (`normalize.tables` leaves `项目|金额` and `物流园|3亿元`, one per
    line); a `\\|` is no break."""
    rows: list[list[tuple[int, int]]] = []
    pos = start
    for line in text[start:end].split("\n"):
        cells, cell_start = [], pos
        for m in _CELL_BREAK.finditer(text, pos, pos + len(line)):
            cells.append((cell_start, m.start()))
            cell_start = m.end()
        cells.append((cell_start, pos + len(line)))
        rows.append(cells)
        pos += len(line) + 1
    return rows


_OUT_END = itemgetter(1)


@dataclass(frozen=True, slots=True)
class TableCell:
    """A cell of a table block: where its text lies in `doc.text`, the rows and columns it spans,
    and whether it is a header cell (`<th>`)."""

    start: int
    end: int
    rows: int = 1
    cols: int = 1
    label: bool = False


@dataclass(frozen=True, slots=True)
class TableLayout:
    """A table block's rows of cells, which rows are header rows (every cell a `<th>`, or the row
    above a pipe table's `|---|` rule), and where its `<caption>` lies (its first line), if it has one;
    `heads` and `notes`: the blocks of the table's title above it and its footnote under it, when the
    assembly found them (a layout JSON's `table_caption` and `table_footnote`, `table_sides`)."""

    rows: list[list[TableCell]]
    label_rows: list[bool]
    caption: tuple[int, int] | None = None
    heads: tuple[Block, ...] = ()
    notes: tuple[Block, ...] = ()

    def captions(self, text: str) -> list[str]:
        """The table's title and caption texts, top to bottom: the title blocks above it, then its
        own `<caption>`."""
        own = [] if self.caption is None else [text[slice(*self.caption)]]
        return [b.text for b in self.heads] + own


#: The roles of a table's own blocks beside it (`layout.assemble`): its title and its footnote.
TABLE_SIDE_ROLES = frozenset({TABLE_CAPTION, TABLE_NOTE})


def table_sides(blocks: Sequence[Block], table: Block) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    """The title blocks right above `table` and the footnote blocks right under it among `blocks`
    (its part, or the paragraph that runs on across it), as the assembly placed them."""
    at = next((i for i, b in enumerate(blocks) if b is table), None)
    if at is None:
        return (), ()
    first = at
    while first > 0 and blocks[first - 1].role == TABLE_CAPTION:
        first -= 1
    last = at + 1
    while last < len(blocks) and blocks[last].role == TABLE_NOTE:
        last += 1
    return tuple(blocks[first:at]), tuple(blocks[at + 1 : last])


def table_block(part: Part) -> Block | None:
    """The table of a figure part (its title and footnote blocks stand around it), else None."""
    return next((b for b in part.blocks if b.role == "table"), None)


def table_layout(
    doc: Document, block: Block, spans: Sequence[tuple[int, int, Edit]], around: Sequence[Block] = ()
) -> TableLayout:
    """The cells of a table block with what the markup removed before each one said (`spans`: every
    edit of `doc.edits` with its output span, `tei.output_spans`); its title and footnote blocks
    from `around`, the blocks of its part or paragraph (`table_sides`).

    The cell texts are read from the text (`table_cells`); a cell's span and header flag come from
    the `markup.table` edit that removed its opening tag, the very markup an undo puts back, so the
    output follows from the original and the edit log alone."""
    markup_between = _MarkupBetween(doc.original, _table_edits(block, spans))
    rows: list[list[TableCell]] = []
    label_rows: list[bool] = []
    caption: tuple[int, int] | None = None
    gap_start = block.start
    for cells in table_cells(doc.text, block.start, block.end):
        markup = markup_between(gap_start, cells[0][0])
        if label_rows and holds_pipe_rule(markup):
            label_rows[-1] = True
        if caption is None and not rows and opening_tag(markup).name == "caption":
            caption = (cells[0][0], cells[-1][1])  # a `|` in a caption parts nothing
            gap_start = cells[-1][1]
            continue
        row: list[TableCell] = []
        for s, e in cells:
            if row:  # (the row's first cell opens with the markup between the rows)
                markup = markup_between(gap_start, s)
            tag = opening_tag(markup)
            row.append(TableCell(s, e, tag.rows, tag.cols, tag.name == "th"))
            gap_start = e
        rows.append(row)
        label_rows.append(all(c.label for c in row))
    heads, notes = table_sides(around, block)
    return TableLayout(rows, label_rows, caption, heads, notes)


def _table_edits(block: Block, spans: Sequence[tuple[int, int, Edit]]) -> list[tuple[int, int, Edit]]:
    """The `markup.table` edits whose output lies in the block (spans come in output order)."""
    first = bisect_left(spans, block.start, key=_OUT_END)  # output ends grow with the starts
    found: list[tuple[int, int, Edit]] = []
    for span in spans[first:]:
        if span[0] > block.end:
            break
        if RULE_TABLE in span[2].rules:
            found.append(span)
    return found


def _markup_between(original: str, edits: Sequence[tuple[int, int, Edit]], start: int, end: int) -> str:
    """The original text of the table edits that make the output between `start` and `end` (the
    markup removed between two cells, a separator left in its place)."""
    inside = [ed for s, e, ed in edits if start <= s and e <= end]
    return original[inside[0].start : inside[-1].end] if inside else ""


class _MarkupBetween:
    """`_markup_between` over one table's edits, asked once per cell: by bisection when the edits'
    output starts and ends both only grow (every edit log the pipeline makes: its edits follow each
    other), since the edits between two offsets are then a run of them. The scan of every edit for
    every cell made a table's layout grow with the square of its cells (3,000 cells: ~0.15 s per
    output). Edits in another order are scanned, as before."""

    __slots__ = ("_edits", "_ends", "_original", "_starts")

    def __init__(self, original: str, edits: Sequence[tuple[int, int, Edit]]) -> None:
        self._original = original
        self._edits = edits
        starts = [s for s, _e, _ed in edits]
        ends = [e for _s, e, _ed in edits]
        ordered = all(a <= b for a, b in pairwise(starts)) and all(a <= b for a, b in pairwise(ends))
        self._starts: list[int] | None = starts if ordered else None
        self._ends = ends

    def __call__(self, start: int, end: int) -> str:
        """`_markup_between(original, edits, start, end)`."""
        starts = self._starts
        if starts is None:
            return _markup_between(self._original, self._edits, start, end)
        lo, hi = bisect_left(starts, start), bisect_right(self._ends, end)
        if lo >= hi:  # (edits from `lo` on start at or after `start`, those before `hi` end by `end`)
            return ""
        return self._original[self._edits[lo][2].start : self._edits[hi - 1][2].end]


def continues_run(doc: Document, prev: Block, block: Block) -> bool:
    """Do two body blocks of a paragraph stand together in the text (joined by a `join` edit)?

    Blocks that were not joined in the text (something else stands between them) are rendered
    as separate runs, so whatever lies between them is never repeated. A listing's rows joined as
    lines (hint `LISTING_ROW`: the join left one line break between them) stand together too.
    """
    if block.start <= prev.end:
        return True
    between = doc.text[prev.end : block.start]
    return not between.strip(" ") or (between == "\n" and LISTING_ROW in block.hints)


#: The roles of a photo item: an image a markdown export placed, its caption, its credit.
PHOTO_ROLES = frozenset({"graphic", "caption", "credit"})


def photo_groups(blocks: Sequence[Block]) -> Iterator[Block | list[Block]]:
    """A paragraph's blocks in order, each photo item among them in a list: the graphic, caption and
    credit blocks read one after another (on one page) parted as the assembly parts them outside a
    paragraph (`photo_items`). So each list is one photo, one figure (or txt chunk) in every export,
    TEI, review and txt alike: a caption with at most its credit, or a credit or image alone."""
    group: list[Block] = []
    for b in blocks:
        if b.role in PHOTO_ROLES and (not group or group[-1].page == b.page):
            group.append(b)
            continue
        if group:
            yield from photo_items(group)
            group = []
        if b.role in PHOTO_ROLES:
            group.append(b)
        else:
            yield b
    if group:
        yield from photo_items(group)


def paragraph_runs(doc: Document, part: Part) -> list[tuple[int, int]]:
    """The spans of the paragraph's body text in `doc.text`, without furniture or figures."""
    spans: list[tuple[int, int]] = []
    prev: Block | None = None
    for b in part.blocks:
        if b.role != "body":
            prev = None
            continue
        if prev is not None and spans and continues_run(doc, prev, b):
            spans[-1] = (spans[-1][0], max(spans[-1][1], b.end))
        else:
            spans.append((b.start, b.end))
        prev = b
    return spans


def paragraph_text(doc: Document, part: Part) -> str:
    """The text of a paragraph: its body blocks, without the furniture or figures inside it."""
    return "".join(doc.text[s:e] for s, e in paragraph_runs(doc, part))


def part_texts(doc: Document, part: Part) -> list[str]:
    """What a part contributes to the plain text, one entry per paragraph-like chunk."""
    if part.kind == "p":
        if any(b.role == "table" for b in part.blocks):
            chunks = _paragraph_around_tables(doc, part)
        else:
            chunks = [paragraph_text(doc, part)]
        return chunks + _set_apart_texts(part.blocks)
    if part.kind == "fw":  # furniture is left out; a note is a paragraph of its own
        return [b.text for b in part.blocks if b.role == "note"]
    if part.kind == "separator":  # an ornament line parting two sections, as printed
        return [b.text for b in part.blocks]
    table = table_block(part)
    if table is not None:
        return [table_text(doc, table, part.blocks)]
    return [figure_text(part.blocks)]


def figure_text(blocks: Sequence[Block]) -> str:
    """A photo item as plain text: its caption, then its credit on a line of its own (TEI and JSON
    keep them apart: `<note type="credit">`, `credits`), so the credit is not read as the caption's
    last words. An image's alt text and path are no text of the page (the TEI and JSON keep them)."""
    return "\n".join(b.text for b in blocks if b.role != "graphic")


def photo_items(group: Sequence[Block]) -> list[list[Block]]:
    """The photo items of a run of graphic, caption and credit blocks (`photo_groups`), as the
    assembly parts them outside a paragraph (`assemble.takes_figure_text`): an image, a caption
    after a caption or a credit, and a credit after a credit each start a new item. So each item is
    one figure, and its text reads back as one photo: a caption with at most its credit under it."""
    items: list[list[Block]] = []
    for b in group:
        if items and b.role != "graphic" and takes_figure_text(items[-1], b.role):
            items[-1].append(b)
        else:
            items.append([b])
    return items


def _set_apart_texts(blocks: Sequence[Block]) -> list[str]:
    """The notes and photo items a paragraph runs on across (`blocks`: its blocks), in order, each a
    chunk of its own after the paragraph, so the paragraph's sentence stays whole and no caption or
    credit is lost (the TEI keeps them inside the `<p>`, where they stand). Each photo item is a
    chunk of its own (`photo_groups`), as it is outside a paragraph and a figure of its own in the TEI."""
    chunks: list[str] = []
    for item in photo_groups(blocks):
        if isinstance(item, list):
            chunks.append(figure_text(item))
        elif item.role == "note":
            chunks.append(item.text)
    return [c for c in chunks if c]  # (an image alone writes nothing)


def table_text(doc: Document, block: Block, around: Sequence[Block] = ()) -> str:
    """A table as plain text: its title and caption on lines above, then one line per row, cells
    separated by a tab, then its footnote (`around`: the blocks of its part or paragraph)."""
    from .tei import output_spans  # (imported here: the TEI exporter imports this module)

    layout = table_layout(doc, block, output_spans(doc.edits), around)
    lines = layout.captions(doc.text)
    lines += ["\t".join(fields) for fields in grid_rows(doc.text, layout.rows)]
    lines += [b.text for b in layout.notes]
    return "\n".join(lines)


def grid_rows(text: str, rows: Sequence[Sequence[TableCell]]) -> list[list[str]]:
    """The table's rows as fields of a grid: each cell's text in the column it starts in, and an
    empty field for every other column a cell covers, spanning from the left (`colspan`) or from a
    row above (`rowspan`), so the fields of every row stand under their column headings."""
    out: list[list[str]] = []
    from_above: dict[int, int] = {}  # column -> rows below the current one a cell above still covers
    for cells in rows:
        covered = set(from_above)
        fields: list[str] = []
        spanning: dict[int, int] = {}
        for cell in cells:
            while len(fields) in covered:
                fields.append("")
            if cell.rows > 1:
                spanning.update(dict.fromkeys(range(len(fields), len(fields) + cell.cols), cell.rows - 1))
            fields.append(text[cell.start : cell.end])
            fields += [""] * (cell.cols - 1)
        fields += [""] * (max(covered, default=-1) + 1 - len(fields))  # covered columns at the row's end
        out.append(fields)
        from_above = {c: n - 1 for c, n in from_above.items() if n > 1} | spanning
    return out


def _paragraph_around_tables(doc: Document, part: Part) -> list[str]:
    """A paragraph that runs on across a table: its text before the table, the table, the rest (a
    table holds text, so it is not left out as furniture and figures are)."""
    chunks: list[str] = []
    run: list[Block] = []
    for b in part.blocks:
        if b.role == "table":
            chunks += [paragraph_text(doc, Part("p", run)), table_text(doc, b, part.blocks)]
            run = []
        elif b.role not in TABLE_SIDE_ROLES:  # (written with their table)
            run.append(b)
    chunks.append(paragraph_text(doc, Part("p", run)))
    return [c for c in chunks if c]


def article_text(doc: Document, art: Article, *, last: bool = True) -> str:
    """One article as plain text. The ornament lines it ends with (`assemble.trailing_separators`)
    follow its signature, as printed (`printed_ornaments`: before the next article, a last `＊＊＊`
    is the separator line written there)."""
    chunks: list[str] = []
    if art.section_head is not None:  # a column printed in brackets keeps its own (is_bracketed_label)
        label = art.section_head.text
        chunks.append(label if is_bracketed_label(label) else f"【{label}】")
    head = [*art.kicker, *art.titles, *art.subtitles]
    if head:
        chunks.append("\n".join(b.text for b in head))
    chunks.extend(b.text for b in art.bylines)
    trailing = trailing_separators(art)
    above, under = around_signature(art, art.parts[: len(art.parts) - len(trailing)])
    for part in above:
        chunks.extend(part_texts(doc, part))
    if art.signature is not None:
        chunks.append(art.signature.text)
    for part in under:  # an end note printed under the signature (`（本报综合）`)
        chunks.extend(part_texts(doc, part))
    chunks.extend(printed_ornaments([b.text for b in trailing], last=last))
    return "\n\n".join(c for c in chunks if c)


def printed_ornaments(lines: list[str], *, last: bool) -> list[str]:
    """The ornament lines an article ends with, as the plain text writes them: all of them after the
    `last` article; before another one, all but a last line that is the `＊＊＊` separator itself,
    which the separator line written there stands for (so a printed `※※※` is told from the
    export's own line, and the text of this export reads back as it was written)."""
    if not last and lines and lines[-1] == ARTICLE_SEPARATOR:
        return lines[:-1]
    return lines


def to_txt(doc: Document) -> str:
    """The document as plain text, articles in reading order (after the notes standing before the
    first article, if any)."""
    n = len(doc.articles)
    articles = f"\n\n{ARTICLE_SEPARATOR}\n\n".join(
        article_text(doc, a, last=i == n) for i, a in enumerate(doc.articles, start=1)
    )
    notes = [b.text for b in doc.front if b.role in ("note", SEPARATOR)]
    return "\n\n".join([*notes, articles] if articles else notes) + "\n"
