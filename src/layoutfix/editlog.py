"""Edit logs on disk: one JSON object per edit and line (JSONL), UTF-8.

Each line is `Edit.to_json()` (offsets in code points of the ORIGINAL decoded text, `before`, `after`,
`rule`, `rules`, `kind`, `cert`) plus `block`, the id of the input block the edit falls in (`null` for
an edit in the blank lines between blocks). Lines are sorted by offset and never overlap, so applying
them to the original rebuilds the output and undoing them from the output rebuilds the original.
All that is inserted at one offset is one edit, so no two lines insert at the same offset.

An issue's log (`convert PAGE1 PAGE2 ... --edits`) holds several pages: each line also has `source`
(the page file, relative to the log's folder, `../west/news.txt` for a log in `out/`) and `page`
(its number), and its offsets are into THAT page's original text. Lines are sorted by page, then by
offset; the rules above hold within each page's lines. `loads_edit_log` reads either kind into one
`PageLog` per page, `select_page` picks the one that fits a page file (`edits apply|undo`);
`read_edit_log` also finds each recorded page file from the log's folder (`PageLog.file`), so the
same commands work from any current folder.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .atomic import write_output
from .errors import EditLogError, LayoutfixError
from .model import CERT_LEVELS, KIND_PRIORITY, Block, Document, Edit, EditKind
from .readers.text import read_page
from .tracked import EditMismatchError, undo_edits


class LoggedPage(Protocol):
    """A page of an issue as `write_issue_edits` needs it (`layoutfix.issue.IssuePage`)."""

    @property
    def number(self) -> int: ...
    @property
    def source(self) -> str: ...
    @property
    def original(self) -> str: ...
    @property
    def edits(self) -> list[Edit]: ...


@dataclass(slots=True)
class PageLog:
    """The lines of an edit log for one page: `source` and `page` as recorded (both None in a
    single-page log), the edits with offsets into that page's original, and the line number of each
    edit in the log file (`lines[i]` is where `edits[i]` was read), for messages."""

    source: str | None
    page: int | None
    edits: list[Edit] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    #: Where the recorded page file is on disk from the current folder (`resolve_sources`); None: the
    #: log was not read from a file, and `source` is taken as it stands.
    path: str | None = None

    @property
    def file(self) -> str | None:
        """The recorded page file as the current folder reaches it: `path`, else `source`."""
        return self.path if self.path is not None else self.source

    def describe(self) -> str:
        """`page 3 (p03.txt)`, for messages."""
        return f"page {self.page} ({self.source})" if self.source else f"page {self.page}"


def block_of(edit: Edit, blocks: Sequence[Block]) -> str | None:
    """The id of the block an edit (original offsets) falls in, or None between blocks.

    An insertion right after a block's last character belongs to that block.
    """
    for block in blocks:
        if block.start <= edit.start and edit.end <= block.end and (
            edit.start < block.end or edit.start == edit.end
        ):
            return block.id
    for block in blocks:  # an edit reaching over a block edge: the block where it starts
        if block.start <= edit.start < block.end:
            return block.id
    return None


def edit_records(edits: Sequence[Edit], blocks: Sequence[Block] = ()) -> list[dict[str, Any]]:
    """The JSON-ready records of `edits`, sorted by offset, each naming its block."""
    records = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        rec: dict[str, Any] = edit.to_json()
        rec["block"] = block_of(edit, blocks)
        records.append(rec)
    return records


def dumps_edits(edits: Sequence[Edit], blocks: Sequence[Block] = ()) -> str:
    """The JSONL text of an edit log (empty string for no edits)."""
    return "".join(
        json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n" for rec in edit_records(edits, blocks)
    )


def write_edits(path: str | Path, edits: Sequence[Edit], blocks: Sequence[Block] = ()) -> None:
    """Write an edit log to `path` as UTF-8 JSONL."""
    _write(path, dumps_edits(edits, blocks))


def dumps_document_edits(document: Document) -> str:
    """A converted page's edit log as `convert --edits` writes it: each edit with the id of the block of
    the page's original it falls in (the blocks the flat-text reader splits the original into)."""
    return dumps_edits(document.edits, read_page(document.original, source=document.source).blocks)


def write_document_edits(path: str | Path, document: Document) -> None:
    """Write a converted page's edit log to `path` as `convert --edits` does (`dumps_document_edits`)."""
    _write(path, dumps_document_edits(document))


def dumps_issue_edits(pages: Sequence[LoggedPage], folder: str | Path | None = None) -> str:
    """The JSONL text of an issue's edit log: each page's records (offsets into that page's original,
    block ids as `normalize --edits` numbers that page's blocks) with its `source` and `page`, sorted
    by page, then offset. `source` is the page file relative to `folder`, the folder the log is
    written to (`source_for_log`), so the log finds its pages from wherever it is read; without a
    folder (the log goes to standard output, or the pages are named relative to a golden case), the
    page file as given."""
    lines: list[str] = []
    for pg in sorted(pages, key=lambda p: p.number):
        source = pg.source if folder is None else source_for_log(pg.source, folder)
        for rec in edit_records(pg.edits, read_page(pg.original, source=pg.source).blocks):
            rec["source"], rec["page"] = source, pg.number
            lines.append(json.dumps(rec, ensure_ascii=False) + "\n")
    return "".join(lines)


def write_issue_edits(path: str | Path, pages: Sequence[LoggedPage]) -> None:
    """Write an issue's edit log (`dumps_issue_edits`) to `path` as UTF-8 JSONL, its page files
    relative to the log's folder (as given when `path` is `-`, standard output)."""
    _write(path, dumps_issue_edits(pages, None if str(path) == "-" else log_folder(path)))


def log_folder(path: str | Path) -> str:
    """The folder of the edit log `path`, as the current folder reaches it (`""` for the current
    folder itself)."""
    return os.path.dirname(os.fspath(path))


def source_for_log(source: str, folder: str | Path) -> str:
    """The page file `source` (as given, from the current folder) as an issue's log in `folder`
    records it: relative to that folder (`p01.txt`, `issue/p01.txt`, `../west/news.txt` for a log in
    `out/`), so a project moved or copied with its log still finds its pages, and the log carries no
    machine path; absolute only when no relative path exists (another drive on Windows). A name that
    is no file path (`-`, `<stdin>`) is kept as it is."""
    if source == "-" or source.startswith("<"):
        return source
    page, base = os.path.abspath(source), os.path.abspath(folder or os.curdir)
    try:
        relative = os.path.relpath(page, base)
        if relative.split(os.sep)[0] == os.pardir:
            # `..` is taken on disk from the real folder: through a symlinked folder, count from there.
            real = os.path.join(os.path.realpath(os.path.dirname(page)), os.path.basename(page))
            relative = os.path.relpath(real, os.path.realpath(base))
    except ValueError:  # (another drive on Windows: no relative path)
        return page
    if not _same_file(os.path.join(base, relative), page):
        return page  # (no relative path reaches the same file)
    return Path(relative).as_posix()


def resolve_sources(logs: Sequence[PageLog], folder: str | Path) -> None:
    """Find each recorded page file of `logs`, read from an edit log in `folder`, from the current
    folder (`PageLog.path`): a relative `source` is relative to the log's folder. A log written by an
    earlier version recorded the page files as given, relative to the folder `convert` ran in, which
    the log does not say. The choice is made once for the whole log, never page by page (a page
    `news.txt` beside the log and another `west/news.txt` from the current folder would mix two
    readings): the log's folder when every relative `source` is found there; else the current folder
    when every one is found there; else, for a log whose pages have moved apart, each page where it is
    found (the log's folder first). An absolute `source` is taken as it stands."""
    where = os.fspath(folder)
    if where in ("", os.curdir):
        return
    relative = [(lg, lg.source) for lg in logs if lg.source is not None and not os.path.isabs(lg.source)]
    beside_all = all(os.path.exists(os.path.join(where, source)) for _, source in relative)
    here_all = not beside_all and all(os.path.exists(source) for _, source in relative)
    for lg, source in relative:
        beside = os.path.join(where, source)
        if beside_all or (not here_all and (os.path.exists(beside) or not os.path.exists(source))):
            lg.path = beside
        else:
            lg.path = source


def _write(path: str | Path, text: str) -> None:
    """Write the log (`-`: to standard output); a log that cannot be written is an output that cannot
    be written (exit 1), not a log that does not fit its text (exit 5)."""
    if str(path) == "-":
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    try:
        write_output(Path(path), text.encode("utf-8"))  # whole or not at all (layoutfix.atomic)
    except OSError as exc:
        raise LayoutfixError(f"{path}: cannot write the edit log: {exc.strerror}") from None


_REQUIRED: dict[str, type] = {"start": int, "end": int, "before": str, "after": str, "kind": str, "cert": str}

#: Keys a line may hold besides `_REQUIRED`: the rule ids (`rule` and/or `rules`), where the edit is
#: (`block`; `source` and `page` in an issue's log), a reviewer's decision (`accept`), and what a
#: suggestion's line describes (`layoutfix suggest -f jsonl`; the review page saves its decisions as
#: these lines with `accept`). Any other key is an error: a key a person added by hand that the reader
#: would ignore (`"rejected": true`) must not leave the change applied without a word.
_OPTIONAL: frozenset[str] = frozenset({
    "rule", "rules", "block", "source", "page", "accept", "word", "found", "pair", "score", "why", "context",
})

#: Kinds an edit log of an earlier version may hold that are no longer edit kinds, and the kind they
#: are read as. `furniture` was declared but never made by a built-in step (furniture is labelled,
#: not edited); only a rule file declaring `kind = "furniture"` made such edits, and a rule's edit is
#: a `typo` by default. Applying and undoing a log do not depend on the kind.
LEGACY_KINDS: dict[str, EditKind] = {"furniture": "typo"}


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of an edit log as read: its edit, its page (`source`, `page`; None in a one-page log)
    and whether it is to be made (`"accept": false` marks a change a reviewer rejected)."""

    edit: Edit
    source: str | None
    page: int | None
    accept: bool


def _check_keys(obj: dict[str, Any], where: str) -> None:
    """Every required key present with its type, and no key the format does not define."""
    unknown = sorted(k for k in obj if k not in _REQUIRED and k not in _OPTIONAL)
    if unknown:
        names = ", ".join(repr(k) for k in unknown)
        raise EditLogError(f"{where}: unknown key{'s' if len(unknown) > 1 else ''} {names}: not part of "
                           "an edit line (to leave its change out, mark the line \"accept\": false)")
    for key, typ in _REQUIRED.items():
        if key not in obj:
            raise EditLogError(f"{where}: missing {key!r}")
        if not isinstance(obj[key], typ) or isinstance(obj[key], bool):
            raise EditLogError(f"{where}: {key!r} must be {'an integer' if typ is int else 'a string'}")
    if "accept" in obj and not isinstance(obj["accept"], bool):
        raise EditLogError(f"{where}: 'accept' must be true or false, not {json.dumps(obj['accept'])}")
    if obj.get("block") is not None and not isinstance(obj["block"], str):
        raise EditLogError(f"{where}: 'block' must be a block id (\"b3\") or null")


def _check_rules(obj: dict[str, Any], where: str) -> None:
    """`rule` (ids joined by `+`) and/or `rules` (the list): one at least, and the same ids when both."""
    if obj.get("rule") is None and obj.get("rules") is None:  # (`"rules": null` names no rule either)
        raise EditLogError(f"{where}: missing 'rule'")
    if "rule" in obj and not isinstance(obj["rule"], str):
        raise EditLogError(f"{where}: 'rule' must be a string")
    rules = obj.get("rules")
    if rules is not None and not (isinstance(rules, list) and all(isinstance(r, str) for r in rules)):
        raise EditLogError(f"{where}: 'rules' must be a list of strings")
    if isinstance(rules, list) and "rule" in obj and "+".join(rules) != obj["rule"]:
        raise EditLogError(f"{where}: 'rule' {obj['rule']!r} is not 'rules' {rules} joined by '+' "
                           "(one of them was edited)")


def _parse_line(line: str, where: str) -> _Line:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EditLogError(f"{where}: not JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise EditLogError(f"{where}: expected a JSON object, found {type(obj).__name__}")
    _check_keys(obj, where)
    _check_rules(obj, where)
    obj["kind"] = LEGACY_KINDS.get(obj["kind"], obj["kind"])
    if obj["kind"] not in KIND_PRIORITY:
        raise EditLogError(f"{where}: unknown kind {obj['kind']!r}")
    if obj["cert"] not in CERT_LEVELS:
        raise EditLogError(f"{where}: unknown cert {obj['cert']!r}")
    start, end = obj["start"], obj["end"]
    if not 0 <= start <= end:
        raise EditLogError(f"{where}: bad offsets start={start} end={end}")
    if len(obj["before"]) != end - start:
        raise EditLogError(f"{where}: 'before' has {len(obj['before'])} characters but spans {end - start}")
    page, src = obj.get("page"), obj.get("source")
    if page is not None and (not isinstance(page, int) or isinstance(page, bool) or page < 1):
        raise EditLogError(f"{where}: 'page' must be a page number (1, 2, ...)")
    if src is not None and not isinstance(src, str):
        raise EditLogError(f"{where}: 'source' must be a string")
    return _Line(Edit.from_json(obj), src, page, obj.get("accept", True))


def loads_edit_log(text: str, source: str = "<edits>") -> list[PageLog]:
    """Parse JSONL edit-log text into one `PageLog` per page, in the log's order; blank lines are
    skipped. Errors name `source` and the line number.

    A page's lines must be together, sorted by offset and not overlapping, with at most one insertion
    per offset (layoutfix writes all text inserted at one place as one edit, so a second line there is
    a line duplicated or added by hand, whose order the log could not tell); lines with and without a
    page number cannot be mixed. A line marked `"accept": false` is checked as any other, then left
    out: its change is neither applied nor undone (so `undo` of what `apply` made gives the original
    back), and order and overlap are checked among the lines kept.
    """
    logs: list[PageLog] = []
    seen: dict[tuple[str | None, int | None], int] = {}
    prev: Edit | None = None
    # Split on "\n" only: JSON leaves U+2028, U+0085 etc. unescaped, and str.splitlines would cut there.
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{source}:{number}"
        parsed = _parse_line(line, where)
        edit, src, page = parsed.edit, parsed.source, parsed.page
        if not logs or (logs[-1].source, logs[-1].page) != (src, page):
            if logs and (page is None) != (logs[-1].page is None):
                raise EditLogError(f"{where}: lines with and without a 'page' in one edit log")
            if (src, page) in seen:
                raise EditLogError(f"{where}: the lines of page {page} ({src}) are not together "
                                   f"(line {seen[src, page]} had them before)")
            seen[src, page] = number
            logs.append(PageLog(src, page))
            prev = None
        if not parsed.accept:
            continue  # a change a reviewer rejected: neither applied nor undone
        if prev is not None and (edit.start, edit.end) < (prev.start, prev.end):
            raise EditLogError(f"{where}: edits are out of order (offset {edit.start} after {prev.start})")
        if prev is not None and edit.start < prev.end:
            raise EditLogError(
                f"{where}: edit at {edit.start} overlaps the previous one (ends at {prev.end})"
            )
        if prev is not None and edit.start == edit.end == prev.start == prev.end:
            raise EditLogError(f"{where}: a second insertion at {edit.start} (line {logs[-1].lines[-1]} "
                               "inserts there already; one line holds all that is inserted at one place)")
        logs[-1].edits.append(edit)
        logs[-1].lines.append(number)
        prev = edit
    return logs


def loads_edits(text: str, source: str = "<edits>") -> list[Edit]:
    """Parse a one-page JSONL edit log (see `loads_edit_log`); a log of several pages is an error
    (pick one with `select_page`)."""
    return select_page(loads_edit_log(text, source), log=source)


def _same_file(given: str, recorded: str) -> bool:
    """Whether the file named `given` now is the page file `recorded` in the log (`PageLog.file`: the
    same path, or the same file on disk)."""
    if given == recorded or os.path.abspath(given) == os.path.abspath(recorded):
        return True
    try:
        return os.path.samefile(given, recorded)
    except OSError:
        return False


def select_page(
    logs: Sequence[PageLog], *, log: str = "<edits>", file: str | None = None, source: str | None = None,
    page: int | None = None,
) -> list[Edit]:
    """The edits of one page of an edit log (`select_log`)."""
    return list(select_log(logs, log=log, file=file, source=source, page=page).edits)


def select_log(
    logs: Sequence[PageLog], *, log: str = "<edits>", file: str | None = None, source: str | None = None,
    page: int | None = None, page_name: str | None = None,
) -> PageLog:
    """The lines of one page of an edit log, with their line numbers.

    `page`/`source` pick the page by number and/or page file (as recorded, the same file on disk, or
    the same file name when only one page has it); a page the log has no lines for has no edits, so
    the result has no edits (a `PageLog` not in `logs`), unless the log records the page file named
    (`source`, else `file`: the same path or file, holding one page) as another page
    (`_refuse_recorded_elsewhere`). Without them: the page
    whose recorded `source` is `file` (the text being applied or undone), matched the same way; a log
    without page numbers, or one page's lines read from stdin (`file` "-" or None), is used whole.
    Raises `EditLogError` when no page, or more than one, fits: another page's lines would be applied
    to this page's text, or none to a page that had some. `page_name`: `--page` as the user gave it
    (a section label, `B1`, for page 3), so that a message names the page as they did.
    """
    paged = [lg for lg in logs if lg.page is not None]
    listing = ", ".join(lg.describe() for lg in paged)
    if page is not None or source is not None:
        if logs and not paged:
            raise EditLogError(f"{log}: holds the edits of one page, without page numbers: "
                               "drop --page/--source")
        numbered = found = [lg for lg in paged if page is None or lg.page == page]
        if source is not None:
            found = _by_file(found, source)
            if not found and page is not None and numbered:
                _refuse_recorded_elsewhere(paged, log, page, source)
                _refuse_page_of_another_file(numbered[0], log, source, listing)
        if len(found) > 1:
            raise EditLogError(f"{log}: {len(found)} pages fit ({', '.join(f.describe() for f in found)}); "
                               "name one with --page N")
        if found:
            _refuse_text_of_another_page(paged, found[0], log, file, page_name or page, source)
            return found[0]
        _refuse_recorded_elsewhere(paged, log, page, source if source is not None else file)
        return PageLog(source, page)
    named = file is not None and file != "-"
    found = _by_file(paged, file) if file is not None and named else []
    if len(found) == 1:
        return found[0]
    if not logs or (len(logs) == 1 and (logs[0].page is None or not named)):
        return logs[0] if logs else PageLog(None, None)
    why = f"none is recorded as {file}" if file not in (None, "-") else "which one is meant?"
    pages = f"{len(logs)} pages" if len(logs) > 1 else "one page"
    raise EditLogError(f"{log}: holds the edits of {pages} ({listing}) and {why}: name the page "
                       "with --page N or --source FILE (a page with no lines in the log had no edits)")


def _refuse_recorded_elsewhere(
    paged: Sequence[PageLog], log: str, page: int | None, file: str | None
) -> None:
    """Refuse to give `file` back unchanged as page `page`, which the log has no lines for, when the
    log records that very file (the same path as recorded, or the same file on disk) as one other
    page and the file holds one page: its lines would be left out, and the text given back unchanged
    as if it were the result. Not refused: a file of the same name elsewhere (`west/news.txt` when
    the log records `east/news.txt`), a page renamed since or read from stdin (nothing tells them from
    a page that had no edits), and a file holding several pages (recorded as several, or split by
    form feeds or its reader: `issue.txt` of pages 1-3 whose page 2 had no edits)."""
    if file is None or file == "-":
        return
    recorded = sorted({lg.page for lg in paged
                       if lg.page is not None and lg.file is not None and _same_file(file, lg.file)})
    if len(recorded) != 1 or _holds_several_pages(file):
        return
    listing = ", ".join(lg.describe() for lg in paged)
    raise EditLogError(f"{log}: {file} is recorded as page {recorded[0]}, not page {page} ({listing}): name "
                       f"the page with --page N, or page {page}'s file with --source FILE")


def _refuse_page_of_another_file(numbered: PageLog, log: str, source: str, listing: str) -> None:
    """Refuse `--page N --source FILE` when page N has lines in the log but they are recorded for
    another page file than FILE (and FILE is no other page of the log): the two options name two
    different pages, and which one is meant cannot be told. Before, the lines of neither were used
    and the text came back unchanged with a note saying the log had no lines for page N, next to a
    list showing that it had."""
    raise EditLogError(f"{log}: page {numbered.page} is recorded as {numbered.source}, not {source} "
                       f"({listing}): drop --source to use page {numbered.page}'s lines (or give its "
                       "file as the log records it)")


def _refuse_text_of_another_page(
    paged: Sequence[PageLog], chosen: PageLog, log: str, file: str | None, page: int | str | None,
    source: str | None,
) -> None:
    """Refuse to run page `chosen`'s lines on `file` (the text being applied or undone) when the log
    records that very file (the same path, or the same file on disk; not a file of the same name
    elsewhere) as one other page, and it holds one page: its offsets are into another page's text,
    so they would fail on their first line with an edit-position mismatch (`expects '(' but the text
    has '产'`), or, where the text happens to fit, alter it silently. Said before anything is run.
    `page` is `--page` as given (`B1`, named with its number: `page B1 (page 3)`); the chosen page's
    file is named from the current folder (`_path_from_here`), as the user would type it."""
    if file is None or file == "-":
        return
    recorded = sorted({lg.page for lg in paged
                       if lg.page is not None and lg.file is not None and _same_file(file, lg.file)})
    if len(recorded) != 1 or recorded[0] == chosen.page or _holds_several_pages(file):
        return
    option = f"--page {page}" if page is not None else f"--source {source}"
    same = page is None or str(page) == str(chosen.page)
    named = f"page {chosen.page}" if same else f"page {page} (page {chosen.page})"
    raise EditLogError(f"{log}: {file} is recorded as page {recorded[0]}, not {named}: drop "
                       f"{option} to use page {recorded[0]}'s lines; page {chosen.page}'s lines are for "
                       f"its own text ({_path_from_here(chosen)})")


def _path_from_here(chosen: PageLog) -> str:
    """The page file of `chosen` as the user would type it from the current folder: the recorded
    `source` found from there (`resolve_sources`: `out/../daily-a/p03.txt` is `daily-a/p03.txt`),
    else `recorded as SOURCE from the log's folder` (a `source` from the log's folder does not exist
    from the current one, and found nowhere it cannot be given from here)."""
    path = chosen.path
    if path is None:
        return str(chosen.source)
    short = os.path.normpath(path)
    if os.path.exists(short) and _same_file(short, path):
        return short
    if os.path.exists(path):
        return path
    return f"recorded as {chosen.source} from the log's folder"


def _holds_several_pages(file: str) -> bool:
    """Whether the page file `file` holds several pages, as `convert` reads it (form feeds in flat
    text, several pages in a coordinate file); False when it cannot be read."""
    from .readers.detect import read_input

    try:
        return len(read_input(file).contents()) > 1
    except (LayoutfixError, OSError, ValueError):
        return False


def run_page_log(fn: Callable[[str, Sequence[Edit]], str], text: str, page_log: PageLog, log: str) -> str:
    """`fn` (`apply_edits` or `undo_edits`) on `text` with one page's lines; an edit that does not fit
    the text is reported as `LOG:LINE: ...`, the line an archivist has to look at."""
    try:
        return fn(text, page_log.edits)
    except EditMismatchError as exc:
        line = page_log.lines[exc.index] if exc.index < len(page_log.lines) else None
        where = f"{log}:{line}" if line else log
        raise EditLogError(f"{where}: {exc} ({_TAKES_UNDO if fn is undo_edits else _TAKES_APPLY})") from None


#: What each command's text must be, said after an edit that does not fit: the commonest cause is
#: a text of another step (`convert -f txt`'s articles given to `undo`, an output given to `apply`).
_TAKES_UNDO = ("edits undo takes the text edits apply rebuilds with this log (for normalize's log, its "
               "output), not convert's articles")
_TAKES_APPLY = ("edits apply takes the text the log was made from: the page file, or for a coordinate "
                "page what convert --page-text wrote")


def recorded_pages(logs: Sequence[PageLog], file: str) -> list[int]:
    """The numbers of the pages of an issue's log recorded as `file`, matched as `select_log` matches
    the file being applied or undone (the same path, the same file on disk, or the same file name)."""
    return sorted({lg.page for lg in _by_file(logs, file) if lg.page is not None})


def _by_file(logs: Sequence[PageLog], name: str) -> list[PageLog]:
    """The pages recorded as the file `name`: the same path or the same file on disk; failing that,
    every page recorded under the same file name (a file moved since), which a caller takes only when
    one page has it. Never used to refuse a page: a file of the same name may be another page's."""
    exact = [lg for lg in logs if lg.file is not None and _same_file(name, lg.file)]
    if exact:
        return exact
    base = Path(name).name
    return [lg for lg in logs if lg.source is not None and Path(lg.source).name == base]


def read_edit_log(path: str | Path) -> list[PageLog]:
    """Read an edit log written by `write_edits` or `write_issue_edits`, one `PageLog` per page, each
    recorded page file found from the log's folder (`resolve_sources`)."""
    logs = loads_edit_log(_read_text(path), str(path))
    resolve_sources(logs, log_folder(path))
    return logs


def read_edits(path: str | Path) -> list[Edit]:
    """Read a one-page edit log written by `write_edits`."""
    return select_page(read_edit_log(path), log=str(path))


def _read_text(path: str | Path) -> str:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise EditLogError(f"{path}: no such edit log") from None
    except OSError as exc:
        raise EditLogError(f"{path}: cannot read the edit log: {exc.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EditLogError(f"{path}: not UTF-8 (byte offset {exc.start})") from None
    return text
