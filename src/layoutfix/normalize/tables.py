"""Tables in OCR-to-markdown exports: HTML `<table>` (MinerU, PP-StructureV3) and markdown pipe tables
(Marker, olmOCR).

A table standing as a block of its own (blank lines or the page's edge around it; wrapper tags around
it allowed, MinerU's `<html><body>` envelope and tags on lines of their own among them, which go as
`markup.html-tag` edits with their line breaks) keeps
only its cell texts: cells separated by `|`, rows by line breaks (`项目|金额\\n物流园|3亿元`). Everything
else (the structure tags and the whitespace between them, the pipes and spaces around cells, the `|---|` row)
goes as `markup.table` edits, so the log still rebuilds the input, and the cell texts are normalised
like any text. `markup.block_hints` marks the block `table` (the pipeline reads a block's original
text from where markup removed right before its first character began,
`TrackedText.to_original_start`, so the removed `<table><tr><td>` is in it); the exporters read rows
and cells back from the `|` and line breaks.

Only the cell texts stay in the text. A cell's `rowspan`/`colspan` and whether it is a header cell
are in the markup its edit removed: the exporters read them back from the log (`opening_tag`,
`holds_pipe_rule`, used by `export.text.table_layout`). A `<caption>` before the first row is a line
of its own above the rows (an empty one goes with the markup). A table holding a nested table or
text outside its cells is left as text. A `|` inside a cell
would read as a cell break; `\\|` in a pipe table is kept as written.

Tab-separated rows (OCR text exports, a spreadsheet pasted into a page, and layoutfix's own plain-text
export of a table) are a table too when the block has two or more lines, every one holding a TAB and
all with the same number of fields: each TAB (with any spaces beside it) becomes the `|` between two
cells as a `markup.table` edit, so undoing the log gives the TABs back. A TAB at a line's edge is an
empty field (the plain-text export writes one for a column a spanning cell covers). Rows of differing
field counts, a single line, a block holding a `|` and lines that each only open with a TAB (an
indent: paragraph lines as some text exports write them) stay text.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from typing import NamedTuple

import regex

from ..tracked import Change
from .context import Blocks
from .htmlmarkup import WRAPPER_TAG, envelope_changes, line_spans

RULE_TABLE = "markup.table"

_STRUCTURE = regex.compile(
    r"<(?P<close>/?)(?P<name>table|caption|thead|tbody|tfoot|tr|td|th|colgroup|col)(?=[\s/>])[^<>]*>",
    regex.IGNORECASE,
)
_WRAPPERS = regex.compile(rf"(?:\s|{WRAPPER_TAG.pattern})*", regex.IGNORECASE)
_WRAPPERS_BEFORE_END = regex.compile(rf"(?:\s|{WRAPPER_TAG.pattern})*$", regex.IGNORECASE)
_PIPE_ROW = regex.compile(r"[ \t]*\|.*\|[ \t]*")
_PIPE_RULE = regex.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*")
_PIPE = regex.compile(r"[ \t]*(?<!\\)\|[ \t]*")
#: A field break of tab-separated rows: one TAB and the spaces padding it.
_TAB_BREAK = regex.compile(r" *\t *")

#: A cell: the row it is in, and where its text lies.
Cell = tuple[int, int, int]
#: The row of a table's `<caption>`: a line of its own above the rows.
CAPTION_ROW = -1


class CellTag(NamedTuple):
    """What the markup opening a cell says about it: `td`, `th` (a header cell), `caption` (the
    table's caption, a line above its rows) or `""` (a pipe table's cell), and the rows and columns
    it spans."""

    name: str = ""
    rows: int = 1
    cols: int = 1


#: HTML's own limits on a span (`rowspan` 65534, `colspan` 1000); a larger or unreadable value is 1.
_SPAN_LIMITS = {"rowspan": 65534, "colspan": 1000}


def opening_tag(markup: str) -> CellTag:
    """The cell the removed `markup` right before a cell's text opens: its last `<td>`, `<th>` (with
    `rowspan`/`colspan`) or `<caption>`, or a plain cell when it holds none (a pipe table). A tag
    with no attribute (`<td>`, most cells) spans one row and one column without asking the HTML
    parser (~6 µs a cell, for every cell of every table in each output)."""
    last = None
    for m in _STRUCTURE.finditer(markup):
        if not m.group("close") and m.group("name").lower() in ("td", "th", "caption"):
            last = m
    if last is None:
        return CellTag()
    name = last.group("name")
    if last.end() - last.start() == len(name) + 2:  # `<td>` as written: nothing between `<td` and `>`
        return CellTag(name.lower())
    attrs = _attributes(last.group())
    return CellTag(name.lower(), _span(attrs, "rowspan"), _span(attrs, "colspan"))


def holds_pipe_rule(markup: str) -> bool:
    """Whether the removed `markup` between two rows holds a pipe table's `|---|` rule row: the row
    above it is the table's header."""
    return any(_PIPE_RULE.fullmatch(line) for line in markup.split("\n"))


def _span(attrs: dict[str, str | None], name: str) -> int:
    """The rows or columns attribute `name` spans: 1 when absent, unreadable or past HTML's limit."""
    value = (attrs.get(name) or "").strip()
    number = int(value) if value.isascii() and value.isdigit() else 0
    return number if 1 <= number <= _SPAN_LIMITS[name] else 1


class _TagAttributes(HTMLParser):
    """The attributes of one start tag, read by the standard library's HTML parser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found = dict(attrs)


def _attributes(tag: str) -> dict[str, str | None]:
    parser = _TagAttributes()
    parser.feed(tag)
    parser.close()
    return parser.found


def table_changes(text: str) -> list[Change]:
    """The `markup.table` edits of every table in `text` that is a block of its own."""
    if "|" not in text and "\t" not in text and ("<" not in text or "<table" not in text.lower()):
        return []  # (the usual page: no `|`, no TAB, no `<`, and no copy of it lowered)
    changes: list[Change] = []
    for start, end in blocks(text):
        found = table_in_block(text, start, end)
        if found is not None:
            changes.extend(found)
    return changes


def table_in_block(text: str, start: int, end: int) -> list[Change] | None:
    """The edits that turn the block `text[start:end]` into its cell texts, if it is a table with
    some text in its cells (a table of empty cells would leave no block behind: it stays text)."""
    block = text[start:end]
    if "<table" in block.lower():
        cells = _html_cells(text, start, end)
        changes = None if cells is None else _html_table_changes(text, start, end, cells)
    elif "|" in block:
        changes = _pipe_table(text, start, end)
    elif "\t" in block:
        changes = _tab_table(text, start, end)
    else:
        return None
    if changes is None or not _leaves_text(text, start, end, changes):
        return None
    return changes


def _leaves_text(text: str, start: int, end: int, changes: list[Change]) -> bool:
    """Whether the table's cells hold anything but blanks once `changes` are made."""
    pos = start
    for c in changes:
        if text[pos : c.start].strip():
            return True
        pos = c.end
    return bool(text[pos:end].strip())


def blocks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the blocks of `text` (the normalisers' `context.Blocks`), blank edges trimmed."""
    found = Blocks(text)
    for start, end in zip(found.starts, found.ends, strict=True):
        yield from _trimmed(text, start, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start] in " \t\r\n\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\r\n\u3000":
        end -= 1
    if end > start:
        yield start, end


def _html_cells(text: str, start: int, end: int) -> tuple[int, int, list[Cell]] | None:
    """The span from `<table` to `</table>` and its cells, when the block is that table (wrapper tags
    around it allowed) with no text outside its cells."""
    lead = _WRAPPERS.match(text, start, end)
    open_at = lead.end() if lead else start
    lowered = text[open_at:end].lower()
    close_at = open_at + lowered.rfind("</table>")
    if close_at < open_at or not lowered.startswith("<table"):
        return None
    table_end = close_at + len("</table>")
    trail = _WRAPPERS_BEFORE_END.match(text, table_end, end)
    if trail is None or trail.end() != end:
        return None
    cells: list[Cell] = []
    row, cell_start, pos, tables, in_caption = -1, -1, open_at, 0, False
    for m in _STRUCTURE.finditer(text, open_at, table_end):
        name, closing = m.group("name").lower(), bool(m.group("close"))
        if cell_start < 0 and text[pos : m.start()].strip():
            return None  # text outside any cell (stray words)
        if cell_start >= 0 and (name in ("td", "th", "tr", "table", "caption") or closing):
            cells.append((CAPTION_ROW if in_caption else max(row, 0), cell_start, m.start()))
            cell_start = -1
        in_caption = name == "caption" and not closing
        if name == "table" and not closing:
            tables += 1
            if tables > 1:
                return None  # a nested table
        elif in_caption:
            if row >= 0 or cells:
                return None  # a caption after the first row: not where HTML puts it
            cell_start = m.end()
        elif name == "tr" and not closing:
            row += 1
        elif name in ("td", "th") and not closing:
            cell_start = m.end()
        pos = m.end()
    if cells and cells[0][0] == CAPTION_ROW and not text[cells[0][1] : cells[0][2]].strip():
        cells = cells[1:]  # an empty caption: its tags go with the markup before the first cell
    return (open_at, table_end, cells) if any(row != CAPTION_ROW for row, _s, _e in cells) else None


def _cell_changes(text: str, found: tuple[int, int, list[Cell]]) -> list[Change]:
    """Edits leaving the cell texts of an HTML table, `|` between cells and a line break between rows."""
    table_start, table_end, cells = found
    changes: list[Change] = []
    pos, prev_row = table_start, None
    for row, s, e in cells:
        s, e = _strip_span(text, s, e)
        sep = "" if prev_row is None else ("|" if row == prev_row else "\n")
        changes.append(Change(pos, s, sep, RULE_TABLE, "markup"))
        pos, prev_row = e, row
    changes.append(Change(pos, table_end, "", RULE_TABLE, "markup"))
    return changes


def _html_table_changes(text: str, start: int, end: int, found: tuple[int, int, list[Cell]]) -> list[Change]:
    """The edits of an HTML table standing as the block `text[start:end]`, in order: its cells', and
    `markup.html-tag` edits removing the wrapper tags around it that would otherwise stay as text: the
    document tags (`<html><body>`, as MinerU writes them; the html-tag step leaves tags of those names
    alone elsewhere) and the tags on lines of their own (`<div style="text-align: center;">` above the
    table, `</div>` below it: the html-tag step keeps a tag that would leave its line blank, and the
    line would read as a row)."""
    table_start, table_end, _cells = found
    changes = _cell_changes(text, found) + envelope_changes(
        text, start, table_start, table_end, end, documents_on_line=True)
    return sorted(changes, key=lambda c: c.start)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pipe_table(text: str, start: int, end: int) -> list[Change] | None:
    """Edits leaving the cell texts of a markdown pipe table: every line `| a | b |`, the second the
    `|---|---|` rule."""
    lines = line_spans(text, start, end)
    if len(lines) < 2 or not _PIPE_RULE.fullmatch(text, *lines[1]):
        return None
    if not all(_PIPE_ROW.fullmatch(text, s, e) for i, (s, e) in enumerate(lines) if i != 1):
        return None
    changes: list[Change] = []
    for i, (s, e) in enumerate(lines):
        if i == 1:
            changes.append(Change(lines[0][1], e, "", RULE_TABLE, "markup"))  # the rule and its break
            continue
        pipes = list(_PIPE.finditer(text, s, e))
        for n, m in enumerate(pipes):
            first, last = n == 0, n == len(pipes) - 1
            a = s if first else m.start()
            b = e if last else m.end()
            changes.append(Change(a, b, "" if first or last else "|", RULE_TABLE, "markup"))
    changes.sort(key=lambda c: c.start)
    return changes


def _tab_table(text: str, start: int, end: int) -> list[Change] | None:
    """Edits making every TAB of a block of tab-separated rows a cell break (`|`): two or more lines,
    each holding a TAB, all with the same number of fields. The block is taken to its lines' edges, so
    a TAB opening its first line or ending its last (an empty field) counts."""
    start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    lines = line_spans(text, start, len(text) if line_end < 0 else line_end)
    fields = {text.count("\t", s, e) + 1 for s, e in lines}
    if len(lines) < 2 or len(fields) != 1 or fields == {1} or _tab_indented(text, lines, fields):
        return None
    return [
        Change(m.start(), m.end(), "|", RULE_TABLE, "markup")
        for s, e in lines
        for m in _TAB_BREAK.finditer(text, s, e)
    ]


def _tab_indented(text: str, lines: list[tuple[int, int]], fields: set[int]) -> bool:
    """Whether two-field rows are paragraph lines indented by a TAB (as some text exports indent):
    the first field empty on every line is an indent, not a column."""
    return fields == {2} and all(not text[s : text.index("\t", s, e)].strip() for s, e in lines)
