"""A whole newspaper issue: several pages in one TEI document, articles that jump between pages joined.

Each page is converted on its own (`pipeline.build_document`), so a single page gives exactly what
`convert` gives. Then:

1. Pages are numbered and ordered: the number given for a file wins, then the file name (`…_p03`,
   `page-3`, `p3`, `03.txt`), then the page header the page prints (`第3版`); when no page has any of
   these, the input order. A page number used twice, or pages of which only some are numbered, is an
   `InputError` (nothing is guessed). A paper printed in sections labels its pages instead (`A4`,
   given for a file, read from its name: `A04.txt`, `gsrb_A04.txt`, `a4.alto.xml`, `A4版.txt`,
   `A04_20240506.txt` (this dated form only when every page is labelled), or, for a file whose name
   states no label and no number, from its header: `第A4版`, `A04 要闻`): such an issue is ordered
   by section letter, then number (A1 < A2 < A10 < B1), and its pages are numbered 1..n in that
   order; a label used twice, or pages of which only some are labelled, is an `InputError`.
2. Jumps are resolved (`layout.jumps`): page numbers, then titles and the text around the break.
3. The pages are put end to end into one `Document`: texts and originals are joined with a page
   separator, block offsets and edits are shifted, so the edit log stays lossless for the issue. The
   shifts are kept (`IssuePage`): each page's own text, original and edits are cut back out of the
   issue by them, which is what `convert --edits` writes for an issue (offsets per page file).
4. Unless `keep_parts`, each resolved chain of parts becomes one article (the first part's id), its
   page changes marked in TEI by `<pb/>`; a paragraph broken off at the jump and the one that goes on
   after it become one paragraph, its quotes paired across the break. With `keep_parts`, the parts stay
   where they are, linked by `prev_part`/`next_part`.
5. Unresolved jumps stay as parts, listed in `Article.unresolved` (TEI `<note type="jump">`) and in the
   report.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from .errors import InputError, InputTypeError, LayoutfixError, NotAPageError
from .gcpause import collector_paused
from .layout.assemble import ends_paragraph, trailing_separator_parts
from .layout.continuation import page_ref
from .layout.jumps import (
    Jump,
    absolute_refs,
    drop_teasers,
    pair_quotes_across,
    resolve_jumps,
    take_repeated_titles,
)
from .layout.roles import page_label_fact
from .model import Article, Block, Document, Edit, LowConfidence, Page, Part, Teaser, prefixed_zone_ids
from .normalize import NormalizeOptions
from .normalize.punctuation import issue_quote_style
from .normalize.steps import printed_quotes
from .pipeline import (
    FORMATS,
    build_named_document,
    check_source_name,
    checked_date,
    is_blank,
    read_string,
    render,
    script_tag,
)
from .readers.detect import PAGE_SUFFIXES, Input, canonical_format, page_names, read_input, unreadable
from .readers.limits import missing_file
from .readers.text import count_line_breaks

#: What stands between two pages in the issue's text and original (never inside any block).
PAGE_SEPARATOR = "\n\n\n"
#: File suffixes taken from a directory given as the issue.
_NAME_PAGE = regex.compile(r"(?i)(?:^|[^a-z0-9])(?:p|pg|page)[-_ ]?0*(\d{1,3})$")
_BARE_NUMBER = regex.compile(r"0*(\d{1,3})")
#: A page named as papers print it, at the end of the name: `第1版`, `第01版`, `04版`, `甘肃日报第5版`
#: (not a section page: `第A3版`, `A4版` are labels).
_NAME_PRINTED_PAGE = regex.compile(r"(?i)(?:^|[^a-z0-9])第?0*(\d{1,3})版$")
#: A section's page in a file name, after a separator or at the start, at the end of the name: `A04`,
#: `gsrb_A04`, `a4`, `A4版`.
_NAME_LABEL = regex.compile(r"(?i)(?:^|[^a-z0-9])([a-z]0*[1-9]\d{0,2})版?$")
#: A section's page as archives name pages, before the issue's date and nothing after it:
#: `A01_20240506`, `gsrb_A01-2024-05-06`, `B12_2024_05_06` (`_NAME_DATED_LABEL`). Narrower than
#: `_NAME_LABEL`, as many names hold a letter and a digit before a date (a version `v1_20240506`, a
#: scan `s1_`, `x2_`, `c3_`): the letter and exactly two digits (`A01`), never `p` (`p03_20240506`
#: numbers a page) nor `v` (`v01_20240506`: a version or a volume; no Chinese paper's section); and
#: such a label counts only when every page of the issue is labelled (`named_labels`).
_NAME_DATED_LABEL = regex.compile(
    r"(?i)(?:^|[^a-z0-9])([a-oq-uw-z]\d\d)版?"
    r"[-_ ]+(?:19|20)\d\d([-_]?)(?:0[1-9]|1[0-2])\2(?:0[1-9]|[12]\d|3[01])$"
)
#: A version or volume after the issue's date, `20240506_v01`, `2024-05-06_V2` (`_NAME_LABEL`'s form
#: with a date before it): no section label, as `v` is none in `_NAME_DATED_LABEL`'s form either.
_NAME_DATE_THEN_V = regex.compile(
    r"(?i)(?:^|[^a-z0-9])(?:19|20)\d\d([-_]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])"
    r"[-_ ]+v0*[1-9]\d{0,2}版?$"
)
#: A page label as `page_label` gives it: one section letter and the page's number in the section.
_LABEL = regex.compile(r"[A-Z][1-9]\d{0,2}")


@dataclass(frozen=True, slots=True)
class IssuePage:
    """One page of an issue as its own file sees it: the page's original text (for a coordinate page,
    its laid-out text, `Document.original`), its normalised text, and its edits with offsets into that
    original, so `apply_edits(original, edits) == text`. `orig_offset`/`text_offset` are where the page
    starts in the issue's original and text (the shifts `_concatenate` applied)."""

    number: int
    source: str
    original: str
    text: str
    edits: list[Edit]
    orig_offset: int
    text_offset: int
    #: The page's section label (`A4`) in an issue of a paper printed in sections, else None.
    label: str | None = None


@dataclass(frozen=True, slots=True)
class IssueResult:
    """What `convert_issue` returns: the issue document, its rendering, the edit log, the jumps and the
    report (also written to `report` when a path was given), and each page with its own edit log."""

    document: Document
    output: str
    edits: list[Edit]
    jumps: list[Jump]
    report: dict[str, object]
    pages: list[IssuePage] = field(default_factory=list)

    @property
    def unresolved(self) -> list[Jump]:
        return [j for j in self.jumps if not j.resolved]


def page_from_name(path: str | os.PathLike[str]) -> int | None:
    """The page number a file name states: `gsrb_p03.txt`, `page-3.txt`, `P3.txt`, `03.txt`, `第3版.txt`
    -> 3 (full-width digits read as ASCII)."""
    return _stem_page(_name_stem(path))


def _stem_page(stem: str) -> int | None:
    """`page_from_name` of a file name's stem (`_name_stem`)."""
    m = _NAME_PAGE.search(stem) or _BARE_NUMBER.fullmatch(stem) or _NAME_PRINTED_PAGE.search(stem)
    return int(m.group(1)) if m and int(m.group(1)) > 0 else None


def page_label(raw: str) -> str | None:
    """A section page label in its one spelling (`a04`, `Ａ４` -> `A4`), None when `raw` is not a
    section letter followed by a page number (`4`, `A0`, `AB4`)."""
    label = page_ref(raw)
    return label if label is not None and _LABEL.fullmatch(label) else None


def label_from_name(path: str | os.PathLike[str]) -> str | None:
    """The section label a file name states: `A04.txt`, `gsrb_A04.txt`, `a4.alto.xml`, `A4版.txt`,
    `20240506_A04.hocr`, and as archives name pages, `A04_20240506.hocr` (`dated_label_from_name`)
    -> `A4` (case-insensitive, full-width letters and digits read as ASCII, leading zeros dropped). A
    name that `page_from_name` reads as a page number (`p3.txt`, `page-3.txt`) states no label, nor
    does a version or volume after the date (`20240506_v01.txt`, `_NAME_DATE_THEN_V`; `v01.txt` is V1)."""
    stem = _name_stem(path)
    if _stem_page(stem) is not None or _NAME_DATE_THEN_V.search(stem):
        return None
    m = _NAME_LABEL.search(stem)
    return page_label(m.group(1)) if m else _stem_dated_label(stem)


def dated_label_from_name(path: str | os.PathLike[str]) -> str | None:
    """The section label a file name states before the issue's date, as archives name pages
    (`_NAME_DATED_LABEL`: `A01_20240506.hocr`, `gsrb_A01-2024-05-06.txt` -> `A1`); None for any other
    name (`v1_20240506`, `v01_20240506`, `A01_final`, `A01_20240506_scan`, `p03_20240506`)."""
    stem = _name_stem(path)
    return None if _stem_page(stem) is not None else _stem_dated_label(stem)


def _stem_dated_label(stem: str) -> str | None:
    """The label a file name's stem (`_name_stem`) states before a date (`_NAME_DATED_LABEL`), as
    `dated_label_from_name` reads it once the stem states no page number."""
    m = _NAME_DATED_LABEL.search(stem)
    return page_label(m.group(1)) if m else None


def _name_stem(path: str | os.PathLike[str]) -> str:
    """A file's name up to its first dot, full-width letters and digits read as ASCII (NFKC)."""
    return unicodedata.normalize("NFKC", Path(path).name).split(".")[0]


def label_order(label: str) -> tuple[str, int]:
    """The sort key of a section label: section letter, then page number (A1 < A2 < A10 < B1)."""
    return label[0], int(label[1:])


#: A page given in memory: its bytes (or a bytes-like buffer) or its text.
PageData = bytes | bytearray | memoryview | str
#: One source of an issue: a page file or a folder of them, a page's bytes, or a named page given in
#: memory, `(name, data)`.
IssueSource = str | os.PathLike[str] | bytes | bytearray | memoryview | tuple[str, PageData]
#: What `convert_issue` takes: one folder or page file, a list of sources, or page names mapped to data.
IssueSources = str | os.PathLike[str] | Iterable[IssueSource] | Mapping[str, PageData]


@dataclass(frozen=True, slots=True)
class MemoryPage:
    """A page file of an issue given in memory: the name it goes by (given, or `<bytes N>` for the
    Nth source given as bytes alone) and its bytes or text. The name stands for a file name: the
    page's number or label is read from it as from a file's (`p3.txt`, `A04.xml`), and the outputs
    and messages name the page by it, as given."""

    name: str
    data: bytes | str


_WHAT_AN_ISSUE_TAKES = ("a folder or page file (str or os.PathLike), a list of them, of pages' bytes or of "
                        "(name, data) pairs, or a mapping of page names to data (bytes or str)")


def given_sources(sources: object) -> list[str | os.PathLike[str] | MemoryPage]:
    """The sources of an issue, one item per folder, file or page given in memory (`IssueSources`).

    A single `str` or path is one folder or file (not a sequence of one-letter files); a mapping
    gives named pages in memory, name -> data; in a list, an item is a path, a page's bytes (named
    `<bytes N>`, N its place in the list) or a `(name, data)` pair. A `str` item of a list is a path:
    a page's text goes in a pair, with its name. Raises `InputTypeError` for anything else, one line,
    and `InputError` for a name that cannot be one (`check_source_name`) or one given twice."""
    if isinstance(sources, (str, os.PathLike)):
        return [sources]
    if isinstance(sources, (bytes, bytearray, memoryview)):
        raise InputTypeError("the pages of an issue given as one bytes object: give them in a list, "
                             "one item per page file (convert_issue([data]))")
    if isinstance(sources, Mapping):
        items: list[object] = list(sources.items())
    elif isinstance(sources, Iterable):
        items = list(sources)
    else:
        raise InputTypeError(f"the pages of an issue given as {type(sources).__name__}: give "
                             f"{_WHAT_AN_ISSUE_TAKES}")
    out: list[str | os.PathLike[str] | MemoryPage] = []
    for place, item in enumerate(items, start=1):
        if isinstance(item, (str, os.PathLike)):
            out.append(item)
        elif isinstance(item, (bytes, bytearray, memoryview)):
            out.append(MemoryPage(f"<bytes {place}>", bytes(item)))
        elif isinstance(item, tuple) and len(item) == 2:
            out.append(_memory_page(item[0], item[1], place))
        else:
            raise InputTypeError(f"item {place} of the issue's sources is {_a_type(item)} ({item!r:.40}): "
                                 "each is a page file or folder (str or os.PathLike), a page's bytes or a "
                                 "(name, data) pair")
    _refuse_names_twice(out)
    return out


def _a_type(value: object) -> str:
    """`value`'s type with its article, for a message: `an int`, `a float`."""
    kind = type(value).__name__
    return f"{'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind}"


def _memory_page(name: object, data: object, place: int) -> MemoryPage:
    """The page named `name` given in memory as `data` (bytes, a bytes-like buffer or text), item
    `place` of the issue's sources (which a name of another type than `str` is refused by: `3` read
    after `page name` looked like the third page's name)."""
    if not isinstance(name, str):
        raise InputTypeError(f"the page name of item {place} of the issue's sources is {_a_type(name)} "
                             f"({name!r:.40}), not a str: it names the page in the outputs and messages")
    name = check_source_name(name, "page name")
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (bytes, str)):
        raise InputTypeError(f"page {name!r} given as {type(data).__name__}: give its bytes or its text "
                             "(str)")
    return MemoryPage(name, data)


def _refuse_names_twice(sources: Sequence[str | os.PathLike[str] | MemoryPage]) -> None:
    """Raise `InputError` when two pages given in memory go by one name, compared as given (an object
    store's `a.txt` and `./a.txt` are two keys). (One going by a file's name: `expand_sources`.)"""
    seen: set[str] = set()
    for src in sources:
        if isinstance(src, MemoryPage):
            if src.name in seen:
                raise InputError(f"page name {src.name!r} given twice: each page of an issue needs a name "
                                 "of its own")
            seen.add(src.name)


def _refuse_memory_files(
    sources: Sequence[str | os.PathLike[str] | MemoryPage], files: Sequence[Path]
) -> None:
    """Raise `InputError` when a page given in memory goes by the name of one of `files` (named, or
    found in a folder named): the issue would hold one of them under the other's name, one line
    saying which is the page in memory and which the file."""
    memory = {Path(src.name): src.name for src in sources if isinstance(src, MemoryPage)}
    clash = next((path for path in files if path in memory), None)
    if clash is not None:
        raise InputError(f"page {memory[clash]!r} given twice: as a page in memory and as the file "
                         f"{clash}; give each page once, or name the page in memory otherwise")


if TYPE_CHECKING:
    _ConcretePath = Path
else:  # (Python 3.11 cannot subclass `Path` itself, only the class of this OS)
    _ConcretePath = type(Path())


def _memory_name(path: Path) -> str | None:
    """The name as given of the page given in memory that `path` stands for, or None for a file."""
    return path.page.name if isinstance(path, _MemoryPath) else None


class _MemoryPath(_ConcretePath):
    """The name of a page given in memory (`page`), standing in the list of an issue's page files for
    that page alone: equal to itself only, so that two pages named alike as paths (`a.txt`, `./a.txt`)
    stay two pages, and a page in memory is never read as a file of its name, nor the reverse."""

    page: MemoryPage

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)


def _shown(path: Path) -> str:
    """`path` as a message names a page file: a page given in memory is said to be one."""
    return f"{path} (given in memory)" if isinstance(path, _MemoryPath) else str(path)


def expand_sources(sources: Sequence[str | os.PathLike[str] | MemoryPage]) -> list[Path]:
    """The page files: each directory given stands for its page files (`readers.detect.page_names`),
    sorted by name; a page given in memory (`MemoryPage`) stands for itself, by its name. Raises
    `InputError` for a page file that cannot be read (a broken symbolic link): no page of an issue is
    left out without a word."""
    out: list[Path] = []
    not_files: list[Path] = []
    for src in sources:
        if isinstance(src, MemoryPage):
            out.append(named := _MemoryPath(src.name))
            named.page = src
            continue
        path = Path(src)
        if path.is_dir():
            found = [path / name for name in page_names(os.listdir(path))]
            for page in found:
                if (why := unreadable(page)) is not None:
                    raise InputError(why)
            if not found:
                raise InputError(f"{path}: no page files ({', '.join(PAGE_SUFFIXES)}) in this directory")
            out.extend(found)
        elif not path.is_file():  # a broken link, a FIFO (which would block the reader), or nothing
            not_files.append(path)
        else:
            out.append(path)
    if not_files:
        raise InputError(_not_page_files(not_files))
    if not out:
        raise InputError("no pages given")
    _refuse_memory_files(sources, [path for path in out if not isinstance(path, _MemoryPath)])
    return out


def _not_page_files(paths: Sequence[Path]) -> str:
    """Why `paths`, given as pages of an issue, are no files to read (missing, a broken link, or no
    regular file: a pipe, as a shell's `<(...)` gives, which an issue reads more than once), in one
    line: each named, the advice to save what exists to files said once, in the right number, after
    the last of those (never after a missing file, which no saving helps)."""
    whys = [unreadable(path) or missing_file(path) for path in paths]
    pipes = [k for k, path in enumerate(paths) if path.exists()]
    if pipes:
        save = "save it to one first" if len(pipes) == 1 else "save them to files first"
        whys[pipes[-1]] += f": the pages of an issue are read from files ({save})"
    return "; ".join(whys)


#: Told of each file of a folder skipped as not a page (see `build_issue_pages`).
NotAPageCallback = Callable[[NotAPageError], None]


@dataclass(frozen=True, slots=True)
class _PageFiles:
    """The page files of an issue that are pages, each with the pages it holds, and the number and
    label given for it (None where none were given)."""

    paths: list[Path]
    contents: list[list[str | Page]]
    pages: list[int | None] | None
    labels: list[str | None] | None


def _listed_in_folders(sources: Sequence[str | os.PathLike[str]]) -> set[Path]:
    """The page files `expand_sources` takes from the folders among `sources` (not files named)."""
    return {Path(src) / name for src in sources if Path(src).is_dir()
            for name in page_names(os.listdir(src))} - {Path(src) for src in sources}


def _without_files_beside(
    sources: Sequence[str | os.PathLike[str]], paths: list[Path], pages: Sequence[int | None] | None,
    labels: Sequence[str | None] | None, read: Callable[[Path], list[str | Page]],
    on_not_a_page: NotAPageCallback,
) -> _PageFiles:
    """The files of `paths` that are pages, read. A file found in a folder that is no page (METS,
    metadata JSON, an index.html delivered beside the scans: `NotAPageError`) is left out and passed
    to `on_not_a_page`; a file named itself stays an error. A folder holding no page at all is a
    `NotAPageError` of its own, after its files were passed on.
    A broken page (malformed XML, truncated JSON) is an error here as anywhere."""
    listed = _listed_in_folders(sources)
    kept: list[int] = []
    contents: list[list[str | Page]] = []
    for i, path in enumerate(paths):
        try:
            contents.append(read(path))
        except NotAPageError as exc:
            if path not in listed:
                raise
            on_not_a_page(exc)
            continue
        kept.append(i)
    if not kept:  # a delivery's top folder holding its index.html only, say: no issue at all
        folders = ", ".join(str(src) for src in sources if Path(src).is_dir())
        raise NotAPageError(folders, "no page among its files, only files that are not pages")
    return _PageFiles([paths[i] for i in kept], contents,
                      [pages[i] for i in kept] if pages is not None else None,
                      [labels[i] for i in kept] if labels is not None else None)


def named_page_texts(pages: Sequence[IssuePage]) -> list[tuple[str, str]]:
    """Each page of an issue as (`<page file name>.txt`, the page text its lines of the issue's edit log
    point into), for `convert --page-text DIR` and `batch --page-text`. The pages of a file holding
    several pages are told apart by their numbers (`issue.json.p2.txt`, for `edits apply|undo --page
    2`). Two pages with the same file name are refused (before anything is written)."""
    sources = Counter(pg.source for pg in pages)
    names = [Path(pg.source).name + (f".p{pg.number}" if sources[pg.source] > 1 else "") + ".txt"
             for pg in pages]
    clash = sorted({n for n in names if names.count(n) > 1})
    if clash:
        raise InputError(f"--page-text: two pages would both be written as {clash[0]}; "
                         "convert pages with distinct file names")
    return [(name, pg.original) for name, pg in zip(names, pages, strict=True)]


def named_labels(
    paths: Sequence[Path], pages: Sequence[int | None] | None, labels: Sequence[str | None] | None
) -> list[str | None]:
    """Each file's section label as given (`FILE:A4`) or stated by its name (None: neither). A label
    only an archive's dated name states (`A01_20240506`, `dated_label_from_name`) counts only when
    every file has one: `A01_20240506`, `A02_20240506`, `A03_20240506_rescan` are ordered by the
    headers they print (`第3版`), as before such names were read, not refused. Raises
    `InputError` for what needs no page read: a label that is not one (`AB4`), a number and a label
    for one file, a label used twice (`checked_labels` refuses the rest once the headers are read)."""
    numbers = pages if pages is not None else [None] * len(paths)
    given = labels if labels is not None else [None] * len(paths)
    found = [_label_of(path, n, raw) for path, n, raw in zip(paths, numbers, given, strict=True)]
    if None in found:  # a label read before a date counts only when every page has one
        found = [None if raw is None and label == dated_label_from_name(path) else label
                 for path, raw, label in zip(paths, given, found, strict=True)]
    _refuse_twice(paths, found)
    return found


def checked_labels(paths: Sequence[Path], found: Sequence[str | None]) -> list[str] | None:
    """The labels of a sectioned issue (`found`, one per page), None when no page has one. Raises
    `InputError` for pages only some of which are labelled and for a label used twice."""
    if all(label is None for label in found):
        return None
    unlabelled = [str(path) for path, label in zip(paths, found, strict=True) if label is None]
    if unlabelled:
        raise InputError(
            f"cannot tell the section label of {', '.join(unlabelled)} while other pages have one: "
            "name the file like A04.txt or give the label (FILE:A4)"
        )
    _refuse_twice(paths, found)
    return [label for label in found if label is not None]


def _refuse_twice(paths: Sequence[Path], found: Sequence[str | None]) -> None:
    """Raise `InputError` when two pages have the same label: the issue is not guessed."""
    seen: dict[str, str] = {}
    for path, label in zip(paths, found, strict=True):
        if label is None:
            continue
        if label in seen:
            raise InputError(f"page {label} given twice: {seen[label]} and {_shown(path)}")
        seen[label] = _shown(path)


def _label_of(path: Path, number: int | None, given: str | None) -> str | None:
    """One file's section label: the one `given`, else none when a number was given, else its name's."""
    if given is None:
        return label_from_name(path) if number is None else None
    if number is not None:
        raise InputError(f"{path}: give a page number or a section label, not both")
    label = page_label(given)
    if label is None:
        raise InputError(f"{path}: {given!r} is not a section page label (a letter and a number: A4)")
    return label


def header_label(doc: Document, *, running_head: bool = True) -> str | None:
    """The section label a page prints at its head, as `第3版` gives its number: a furniture line
    naming the page (`2023年10月12日 星期四 第A4版`, `A4版`, `Ａ４版`), or a line at the top of the page
    holding only the page and its section (`A04 要闻`). Never read from running text or headings
    further down, which may name other pages (`详见A4版`). The page's first line, when the labels made
    it furniture (its running head), may name the section by a word that is no section word
    (`A4 港聞 2015年3月12日 星期四`, `page_label_fact(first=True)`)."""
    at_top = True
    for i, block in enumerate(doc.pages[0].blocks if doc.pages else []):
        furniture = block.role == "furniture"
        if not (furniture or at_top):
            continue  # running text below the page's top names no label
        text = unicodedata.normalize("NFKC", block.text)
        raw = page_label_fact(text) if furniture else None
        if raw is None and at_top:
            raw = page_label_fact(text, whole_header=True, first=running_head and furniture and i == 0)
        label = page_label(raw) if raw is not None else None
        if label is not None:
            return label
        at_top = at_top and (furniture or raw is not None)
    return None


def label_numbers(labels: Sequence[str]) -> list[int]:
    """The page number of each labelled page: 1..n in section order (A1 < A2 < A10 < B1)."""
    numbers = [0] * len(labels)
    for n, i in enumerate(sorted(range(len(labels)), key=lambda i: label_order(labels[i])), start=1):
        numbers[i] = n
    return numbers


def _number_pages(docs: list[Document], paths: list[Path]) -> None:
    """Fill in missing page numbers from the input order; refuse what the order cannot settle and
    duplicates.

    When no page has a number, the pages are 1..n in the order given. When some have one (a file
    name, FILE:N, a printed `第2版` or folio `第2页`) and others none (a front page prints no folio), the
    others take their place in that order, if every numbered page stands where its number says, give
    or take one offset for an issue given from a later page (`_order_offset`); each page numbered so
    carries a warning naming the number it was given. Otherwise the issue is refused."""
    missing = [i for i, d in enumerate(docs) if d.page is None]
    if missing and len(missing) < len(docs):
        offset = _order_offset(docs)
        if offset is None:
            raise InputError(
                f"cannot tell the page number of {', '.join(str(paths[i]) for i in missing)}: name the "
                "file like p3.txt or give the number (FILE:3)"
            )
        for i in missing:
            _renumber(docs[i], i + 1 + offset)
            docs[i].warnings.append(
                f"{paths[i]}: no page number printed or given: page {i + 1 + offset}, from its place "
                "among the numbered pages (give FILE:N if that is wrong)"
            )
    elif missing:
        for n, doc in enumerate(docs, start=1):
            _renumber(doc, n)
    seen: dict[int, str] = {}
    for doc, path in zip(docs, paths, strict=True):
        assert doc.page is not None
        if doc.page in seen:
            raise InputError(f"page {doc.page} given twice: {seen[doc.page]} and {_shown(path)}")
        seen[doc.page] = _shown(path)


def _order_offset(docs: Sequence[Document]) -> int | None:
    """The one offset between the numbered pages' numbers and their places in the input order
    (place 1, 2, 3 numbered `?`, 2, 3 gives 0; `?`, 5 gives 3), None when they disagree (`?`, 3, 2)
    or the first place would get no page number of 1 or more."""
    offsets = {d.page - place for place, d in enumerate(docs, start=1) if d.page is not None}
    if len(offsets) != 1:
        return None
    offset = offsets.pop()
    return offset if offset >= 0 else None


def _warn_blank_pages(docs: list[Document], paths: list[Path]) -> None:
    """Add a warning to each page of an issue that holds no text (a blank page between two form
    feeds of a flat file, `正文。\n\f\f正文二。`; a scanned page with no words): it keeps its place
    and number (an empty `body` in the TEI), and the CLI says so on stderr (batch counts it), rather
    than the page passing unremarked (a single page gets the same, `pipeline.warn_if_blank`)."""
    for doc, path in zip(docs, paths, strict=True):
        if is_blank(doc):
            doc.warnings.append(f"{path}: page {doc.page} is blank (no text): kept in its place, with no "
                                "article")


def _numbered(doc: Document | None, number: int, build: Callable[[], Document]) -> Document:
    """The page document numbered `number`: built so when not built yet, renumbered when it had no
    number, built again when its header printed another one (`第3版` beside `第A4版`)."""
    if doc is None or doc.page not in (None, number):
        return build()
    if doc.page is None:
        _renumber(doc, number)
    return doc


def _renumber(doc: Document, page: int) -> None:
    """Give a page that had no number (none given, none printed) the number `page`, with the zone ids
    `build_document` prefixes by page number when it knows it (`p3-z1`)."""
    _prefix_zones(doc, f"p{page}-")
    doc.page = page
    for pg in doc.pages:
        pg.number = page
    for n, art in enumerate(doc.articles, start=1):
        art.id = f"p{page}-a{n}"
        art.page = page
    for pg in doc.pages:
        for b in pg.blocks:
            b.page = page


def _prefix_zones(doc: Document, prefix: str) -> None:
    """Prefix the zone ids of a page document (`z1` -> `p3-z1`), so they are unique in an issue."""
    for b in _all_blocks(doc):
        if b.zone is not None:
            b.zone = prefixed_zone_ids(b.zone, prefix)
    for pg in doc.pages:
        pg.zones = [replace(z, id=prefix + z.id) for z in pg.zones]
    doc.low_confidence = [replace(w, zone=prefix + w.zone) if w.zone else w for w in doc.low_confidence]


def _all_blocks(doc: Document) -> list[Block]:
    """Every block of a page document once (labelled blocks, headings, parts)."""
    seen: dict[int, Block] = {}
    items: list[Block | None] = [*doc.front]
    for pg in doc.pages:
        items.extend(pg.blocks)
    for art in doc.articles:
        items.extend([art.section_head, art.signature, *art.kicker, *art.titles, *art.subtitles])
        items.extend([*art.bylines, *art.captions, *art.credits])
        items.extend(b for p in art.parts for b in p.blocks)
    for b in items:
        if b is not None:
            seen.setdefault(id(b), b)
    return list(seen.values())


def _concatenate(
    docs: list[Document], paper: str | None, date: str | None
) -> tuple[Document, list[tuple[int, int]]]:
    """One document holding every page end to end (offsets and edits shifted), and each page's shift:
    where it starts in the issue's original and in its text."""
    texts: list[str] = []
    originals: list[str] = []
    edits: list[Edit] = []
    low: list[LowConfidence] = []
    shifts: list[tuple[int, int]] = []
    text_pos = orig_pos = 0
    for i, doc in enumerate(docs):
        if i:
            texts.append(PAGE_SEPARATOR)
            originals.append(PAGE_SEPARATOR)
            text_pos += len(PAGE_SEPARATOR)
            orig_pos += len(PAGE_SEPARATOR)
        shifts.append((orig_pos, text_pos))
        for b in _all_blocks(doc):  # (zone ids already carry the page: build_document or _renumber)
            b.start += text_pos
            b.end += text_pos
        low.extend(replace(w, start=w.start + orig_pos, end=w.end + orig_pos) for w in doc.low_confidence)
        edits.extend(replace(e, start=e.start + orig_pos, end=e.end + orig_pos) for e in doc.edits)
        texts.append(doc.text)
        originals.append(doc.original)
        text_pos += len(doc.text)
        orig_pos += len(doc.original)
    text = "".join(texts)
    dates = Counter(d.date for d in docs if d.date)
    issue = Document(
        pages=[pg for d in docs for pg in d.pages],
        articles=[a for d in docs for a in d.articles],
        edits=edits,
        original="".join(originals),
        text=text,
        paper=paper,
        date=checked_date(date) or (dates.most_common(1)[0][0] if dates else None),  # ASCII, as the pages
        front=[b for d in docs for b in d.front],
        source=", ".join(dict.fromkeys(d.source for d in docs)),  # a file of several pages once
        page=_one_page_number(docs),
        low_confidence=low,
        min_conf=next((d.min_conf for d in docs if d.min_conf is not None), None),
        warnings=[w for d in docs for w in d.warnings],
        options=docs[0].options,  # (every page is built with the same)
        rules_key=docs[0].rules_key,
        is_issue=True,
    )
    issue.lang = script_tag(text)
    return issue, shifts


def _one_page_number(docs: list[Document]) -> int | None:
    """The issue's own page number: that of its one page (`convert scan.txt:3`), so the JSON `page`
    and the TEI title name it. None for several pages, and for a page of a paper printed in sections
    (`scan.txt:A3`): its number only counts the issue's pages (ids `p1`), the label names it."""
    if len(docs) != 1 or any(pg.label is not None for pg in docs[0].pages):
        return None
    return docs[0].page


def _split_pages(
    issue: Document, docs: list[Document], shifts: list[tuple[int, int]], files: list[str]
) -> list[IssuePage]:
    """Each page's original, text and edits cut back out of the issue by its shift.

    Every edit of the issue must fall inside one page (the page separator is never edited; quotes
    paired across a jump change the continuation page's own edit). An edit that does not is a bug
    here, reported rather than dropped from every page's log.
    """
    pages: list[IssuePage] = []
    taken = 0
    for doc, file, (orig_at, text_at) in zip(docs, files, shifts, strict=True):
        assert doc.page is not None
        orig_end, text_end = orig_at + len(doc.original), text_at + len(doc.text)
        mine = [replace(e, start=e.start - orig_at, end=e.end - orig_at)
                for e in issue.edits if orig_at <= e.start and e.end <= orig_end]
        taken += len(mine)
        pages.append(IssuePage(doc.page, file, issue.original[orig_at:orig_end],
                               issue.text[text_at:text_end], mine, orig_at, text_at,
                               doc.pages[0].label if doc.pages else None))
    if taken != len(issue.edits):
        raise LayoutfixError(f"{len(issue.edits) - taken} edits of the issue reach across a page boundary")
    return pages


def _heading_blocks(art: Article) -> list[Block]:
    return [*art.kicker, *art.titles, *art.subtitles, *art.bylines]


def _signature_as_text(art: Article) -> None:
    """Make a signed article's signature a paragraph of its text, where it was printed: above the
    end notes printed under it (`Part.under_signature`, which become plain paragraphs), else last."""
    assert art.signature is not None
    at = next((i for i, p in enumerate(art.parts) if p.under_signature), len(art.parts))
    art.parts.insert(at, Part("p", [art.signature]))
    for part in art.parts[at:]:
        part.under_signature = False
    art.signature = None


def _merge(first: Article, nxt: Article, siblings: list[Article]) -> None:
    """Append the part `nxt` to the article `first` (in place): its heading group becomes jump heads,
    and a paragraph broken off at the jump runs on into the continuation's first paragraph."""
    if nxt.section_head is not None:  # hand a section label on to the next article under it
        heir = next((a for a in siblings if a is not nxt and a.section == nxt.section
                     and a.section_head is None and a.page == nxt.page), None)
        if heir is not None:
            heir.section_head = nxt.section_head
            heads = _heading_blocks(nxt)
        else:
            heads = [nxt.section_head, *_heading_blocks(nxt)]
    else:
        heads = _heading_blocks(nxt)
    lead_end = next((i for i, p in enumerate(nxt.parts) if p.kind in ("p", "head")), len(nxt.parts))
    lead, rest = nxt.parts[:lead_end], nxt.parts[lead_end:]
    # ornament lines after the jump stand between this part and the next article on its page: they
    # go after the merged article, not inside it, and do not keep the cut paragraph from running on
    between = trailing_separator_parts(first)
    first.parts = first.parts[: len(first.parts) - len(between)]
    last_p = max((i for i, p in enumerate(first.parts) if p.kind == "p"), default=None)
    trailing = first.parts[last_p + 1 :] if last_p is not None else []
    if first.signature is not None:  # a signed part going on elsewhere: keep the name as text
        _signature_as_text(first)
        trailing = []
    broken = (
        last_p is not None
        and all(p.kind in ("marker", "fw") for p in trailing)
        and rest and rest[0].kind == "p"
        and not ends_paragraph(first.parts[last_p].blocks[-1].text)
    )
    if broken:
        assert last_p is not None
        blocks = list(first.parts[last_p].blocks)
        for p in trailing:
            blocks.extend(p.blocks)
        # the jump heads and the opening marker as printed: `（上接第1版）` over the title or under it
        blocks.extend(sorted([*heads, *(b for p in lead for b in p.blocks)], key=lambda b: b.start))
        blocks.extend(rest[0].blocks)
        first.parts = [*first.parts[:last_p], Part("p", blocks, rest[0].incomplete), *rest[1:]]
    else:
        opening = sorted([*(Part("fw", [h]) for h in heads), *lead], key=lambda p: p.blocks[0].start)
        first.parts = [*first.parts, *opening, *rest]
    first.parts.extend(between)
    first.continued_to = nxt.continued_to
    first.next_part = nxt.next_part
    first.signature = nxt.signature
    first.captions.extend(nxt.captions)
    first.credits.extend(nxt.credits)
    first.unresolved.extend(nxt.unresolved)
    first.flags.extend(f for f in nxt.flags if f not in ("no-title", "starts-mid-article")
                       and f not in first.flags)
    if first.continued_to is None and "incomplete" not in first.flags and any(
        p.kind == "p" and p.incomplete for p in first.parts
    ):
        first.flags.append("incomplete")


def _link(articles: list[Article], jumps: list[Jump], keep_parts: bool) -> list[Article]:
    """Record the jumps on the parts; unless `keep_parts`, merge each resolved chain into one article."""
    for j in jumps:
        if j.resolved:
            assert j.source is not None and j.target is not None
            j.source.next_part, j.target.prev_part = j.target.id, j.source.id
        else:
            direction, part = ("to", j.source) if j.source is not None else ("from", j.target)
            assert part is not None
            part.unresolved.append((direction, j.status, j.describe()))
    if keep_parts:
        return articles
    by_id = {a.id: a for a in articles}
    merged_away: set[str] = set()
    for art in articles:
        if art.prev_part is not None or art.id in merged_away:
            continue
        seen = {art.id}
        while art.next_part is not None and art.next_part not in seen:
            nxt = by_id[art.next_part]
            seen.add(nxt.id)
            merged_away.add(nxt.id)
            _merge(art, nxt, articles)
        art.next_part = None
    return [a for a in articles if a.id not in merged_away]


def _pages_of(path: Path, input_format: str | None, encoding: str | None) -> list[str | Page]:
    """The pages of the page file `path` (`_file_pages`), or of the page given in memory it names
    (`expand_sources`)."""
    if not isinstance(path, _MemoryPath):
        return _file_pages(path, input_format, encoding)
    page = path.page
    if isinstance(page.data, str):  # the text, or a coordinate page given as a str (`read_string`)
        found = read_string(page.data, canonical_format(input_format), page.name)
        contents = (found or Input("text", text=page.data)).contents()
    else:
        contents = read_input(page.data, input_format, encoding, name=page.name).contents()
    if not contents:
        raise InputError(f"{page.name}: holds no page")
    return contents


def _file_pages(path: Path, input_format: str | None, encoding: str | None) -> list[str | Page]:
    """The pages a file holds: a coordinate file holds each page its reader finds (a Tesseract hOCR
    of a TIFF, a MinerU content list of a whole PDF: several); flat text is one page, or the pages
    its form feeds separate (pdftotext, Tesseract's txt of a multi-page scan)."""
    contents = read_input(path, input_format, encoding).contents()
    if not contents:
        raise InputError(f"{path}: holds no page")
    return contents


def _first_lines(file_pages: Sequence[str | Page]) -> list[int]:
    """The line of its file each page starts on: flat text's pages are set apart by form feeds,
    which end no line (a page break inside a line starts the next page on that line). A warning
    about a page's text names the file's line, as an editor shows it (coordinate pages: 1)."""
    lines, line = [], 1
    for page in file_pages:
        lines.append(line)
        if isinstance(page, str):
            line += count_line_breaks(page, 0, len(page))
    return lines


def several_page_numbers(
    paths: Sequence[Path], contents: Sequence[Sequence[str | Page]],
    pages: Sequence[int | None] | None = None, labels: Sequence[str | None] | None = None,
) -> list[list[int]]:
    """The page numbers of an issue holding a file of several pages, per file and page (`contents`:
    each file's pages in the file's order). One file alone: the numbers its reader gives (hOCR
    `ppageno` + 1, MinerU `page_idx` + 1, PP-StructureV3 `page_index` + 1, else the page's place in
    the file). With other files: every page in the order given, numbered 1..n, as neither the file
    names nor the readers (each counting from its own first page) can number them together. Raises
    `InputError` for a number or label given for a file (`FILE:N`, `FILE:A4`: in such an issue the
    pages are numbered by the files and their order) and for a page number a file holds twice."""
    _refuse_given(paths, contents, pages, labels)
    if len(contents) == 1:
        numbers = [page.number if isinstance(page, Page) and page.number else place
                   for place, page in enumerate(contents[0], start=1)]
        twice = next((n for n in numbers if numbers.count(n) > 1), None)
        if twice is not None:
            raise InputError(f"{paths[0]}: holds page {twice} twice (its pages are numbered by the file)")
        return [numbers]
    out: list[list[int]] = []
    first = 1
    for content in contents:
        out.append(list(range(first, first + len(content))))
        first += len(content)
    return out


def _refuse_given(
    paths: Sequence[Path], contents: Sequence[Sequence[str | Page]],
    pages: Sequence[int | None] | None, labels: Sequence[str | None] | None,
) -> None:
    """Raise `InputError` for a page number or label given for a file (`FILE:N`, `FILE:A4`) of an
    issue holding a file of several pages: `FILE:N` could be read as page N of that file, and the
    other pages are numbered by their order, so a number given would be a guess either way."""
    several = next(i for i, content in enumerate(contents) if len(content) > 1)
    for i, path in enumerate(paths):
        given = pages[i] if pages is not None and pages[i] is not None else None
        given_label = labels[i] if labels is not None else None
        if given is None and given_label is None:
            continue
        form = f"{path}:{given if given is not None else given_label}"
        if len(contents[i]) > 1:
            raise InputError(f"{form}: the file holds {len(contents[i])} pages, numbered by the file; "
                             "FILE:N and FILE:A4 name a file of one page (give the file alone)")
        raise InputError(f"{form}: {paths[several]} holds {len(contents[several])} pages, so the pages "
                         "are numbered in the order given; FILE:N and FILE:A4 cannot be used with it")


def build_issue(
    sources: IssueSources,
    *,
    paper: str | None = None,
    date: str | None = None,
    pages: Sequence[int | None] | None = None,
    keep_parts: bool = False,
    options: NormalizeOptions | None = None,
    encoding: str | None = None,
    input_format: str | None = None,
    min_conf: float | None = None,
    relative_to: Path | None = None,
    labels: Sequence[str | None] | None = None,
) -> tuple[Document, list[Jump]]:
    """The issue as one `Document` plus every jump found (see the module docstring).

    `sources` are page files or directories of them, or pages given in memory (`given_sources`);
    `pages` gives a page number per file (None: find
    it), `labels` a section label (`A4`) per file of a paper printed in sections (None: read it from
    the file name); page files are named by file name only in the output, or with `relative_to`
    relative to that folder
    (golden cases use it so their expected files do not depend on where the case lives). Raises
    `InputError` for unreadable pages, duplicate page numbers or labels, or pages only some of which
    are numbered or labelled.
    """
    document, jumps, _pages = build_issue_pages(
        sources, paper=paper, date=date, pages=pages, keep_parts=keep_parts, options=options,
        encoding=encoding, input_format=input_format, min_conf=min_conf, relative_to=relative_to,
        labels=labels,
    )
    return document, jumps


def build_issue_pages(
    sources: IssueSources,
    *,
    paper: str | None,
    date: str | None,
    pages: Sequence[int | None] | None,
    keep_parts: bool,
    options: NormalizeOptions | None,
    encoding: str | None,
    input_format: str | None,
    min_conf: float | None,
    relative_to: Path | None = None,
    labels: Sequence[str | None] | None = None,
    on_not_a_page: NotAPageCallback | None = None,
) -> tuple[Document, list[Jump], list[IssuePage]]:
    """`build_issue`, plus each page cut back out of the issue (`IssuePage`).

    With `on_not_a_page`, a file of a folder given that is no page (`NotAPageError`: METS, metadata
    JSON, a web page delivered beside the scans) is left out of the issue and passed to it, as folder
    runs want; without, it is an error, as every file that cannot be read as a page."""
    given = given_sources(sources)
    files = [src for src in given if not isinstance(src, MemoryPage)]
    paths = expand_sources(given)
    read = partial(_pages_of, input_format=input_format, encoding=encoding)
    if pages is not None and len(pages) != len(paths):
        raise InputError(f"{len(pages)} page numbers given for {len(paths)} page files")
    if labels is not None and len(labels) != len(paths):
        raise InputError(f"{len(labels)} page labels given for {len(paths)} page files")
    contents: list[list[str | Page]] | None = None
    if on_not_a_page is not None:  # the files are read first: which of them are pages decides the rest
        found_pages = _without_files_beside(files, paths, pages, labels, read, on_not_a_page)
        paths, contents = found_pages.paths, found_pages.contents
        pages, labels = found_pages.pages, found_pages.labels
    named = named_labels(paths, pages, labels)
    if contents is None:
        contents = [read(path) for path in paths]
    quotes = _issue_quotes(contents, options)

    def build(i: int, number: int | None, content: str | Page | None = None, first_line: int = 1) -> Document:
        path = paths[i]
        if content is None:  # built again with another number: read afresh, as the first time
            content = read(path)[0]
        name = _memory_name(path)
        # a page given in memory is recorded by its name as given
        return build_named_document(content, source=name or str(path), page=number, paper=paper,
                                    date=date, options=options, min_conf=min_conf, relative_to=relative_to,
                                    first_line=first_line, as_given=name is not None, issue_quotes=quotes)

    if any(len(content) > 1 for content in contents):
        numbers = several_page_numbers(paths, contents, pages, labels)
        docs = [build(i, number, content, line) for i, (file_pages, file_numbers) in
                enumerate(zip(contents, numbers, strict=True))
                for content, number, line in zip(file_pages, file_numbers, _first_lines(file_pages),
                                                 strict=True)]
        return _assemble_issue(docs, [paths[i] for i, c in enumerate(contents) for _ in c], paper, date,
                               keep_parts, relative_to)
    # A page neither labelled nor given a label by its name is read first: its header may label it.
    built: list[Document | None] = [None] * len(paths)
    found = list(named)
    headed: list[int] = []  # the pages whose labels their heads give
    for i, path in enumerate(paths):
        if named[i] is None:
            number = pages[i] if pages is not None and pages[i] is not None else page_from_name(path)
            built[i] = doc = build(i, number, contents[i][0])
            if number is None:
                found[i] = header_label(doc)
                headed.append(i)
    try:
        sections = checked_labels(paths, found)
    except InputError:
        # the labels a running head alone gives (`A4 港聞 2015年3月12日`) name an issue only when every
        # page gets one, once: else the issue is read as before they were read (review RC2b: a
        # headline-shaped first line, `B2 轰炸机 2024年5月6日`, refused a folder that converted)
        for i in headed:
            headed_doc = built[i]
            assert headed_doc is not None
            found[i] = header_label(headed_doc, running_head=False)
        sections = checked_labels(paths, found)
    if sections is not None:
        for i, number in enumerate(label_numbers(sections)):
            built[i] = doc = _numbered(built[i], number, partial(build, i, number))
            for pg in doc.pages:
                pg.label = sections[i]
    docs = [doc for doc in built if doc is not None]  # every page: a named label makes a sectioned issue
    assert len(docs) == len(paths)
    return _assemble_issue(docs, paths, paper, date, keep_parts, relative_to)


def _issue_quotes(contents: Sequence[Sequence[str | Page]], options: NormalizeOptions | None) -> str:
    """The quote style the issue's pages get under `NormalizeOptions.quotes` `auto`, decided once on
    what every page prints (`punctuation.issue_quote_style`): a page whose OCR lost every corner
    quote writes its straight quotes as the rest of its issue does, so an article that jumps from
    it to another page quotes alike on both. `auto` (each page by its own marks) when the pages
    disagree or another style is asked for."""
    if options is not None and options.quotes != "auto":
        return "auto"  # (the options' style wins: `build_steps`)
    return issue_quote_style(printed_quotes(_page_text(page)) for content in contents for page in content)


def _page_text(page: str | Page) -> str:
    """The text of a page as its file holds it: flat text, or every line of a coordinate page (in
    the reader's order: what it prints, not how it reads, is asked)."""
    if isinstance(page, str):
        return page
    return "\n".join("\n".join(line.text for line in block.lines) if block.lines else block.text
                     for block in page.blocks)


def _assemble_issue(
    docs: list[Document], paths: list[Path], paper: str | None, date: str | None, keep_parts: bool,
    relative_to: Path | None = None,
) -> tuple[Document, list[Jump], list[IssuePage]]:
    """The issue of the page documents `docs` (one per entry of `paths`, the file each page comes
    from, or the page given in memory: `_memory_name`): numbered and checked, ordered
    by number, jumps resolved, concatenated and each page cut back out (`build_issue_pages`)."""
    _number_pages(docs, paths)
    _warn_blank_pages(docs, paths)
    order = sorted(range(len(docs)), key=lambda i: docs[i].page or 0)
    docs = [docs[i] for i in order]
    # The edit log names each page file as given (relative to `relative_to`), so that `edits apply`
    # finds it; the TEI and JSON record the name `build_document` gave.
    files = [_memory_name(paths[i]) or (str(paths[i].relative_to(relative_to)) if relative_to is not None
                                     else str(paths[i])) for i in order]
    take_repeated_titles(docs)  # `（上接第1版）` / `春耕时节农事忙`: the title the continuation repeats
    teasers = drop_teasers(docs)  # `（详见第3版）` under a front-page teaser: a whole article, no part
    jumps = resolve_jumps(docs)
    absolute_refs(docs)  # `（转下页）` on page 3 names page 4 from here on (merges, TEI, JSON)
    by_page = {d.page: d for d in docs}
    for j in jumps:
        if j.resolved and j.source is not None and j.target is not None:
            pair_quotes_across(by_page[j.from_page], j.source, by_page[j.to_page], j.target)
    issue, shifts = _concatenate(docs, paper, date)
    issue.teasers = teasers
    issue_pages = _split_pages(issue, docs, shifts, files)
    issue.articles = _link(issue.articles, jumps, keep_parts)
    return issue, jumps, issue_pages


def issue_report(document: Document, jumps: list[Jump]) -> dict[str, object]:
    """The `--report` content: the pages in order, every jump, the unresolved ones, and the front-page
    teasers read as whole articles (`Document.teasers`)."""
    labels = {pg.number: pg.label for pg in document.pages if pg.number is not None and pg.label is not None}
    return {
        "pages": [_report_page(pg) for pg in document.pages],
        "articles": len(document.articles),
        "jumps": [j.to_json() for j in jumps],
        "unresolved": [j.to_json() for j in jumps if not j.resolved],
        "teasers": [_report_teaser(t, labels) for t in document.teasers],
    }


def _report_teaser(teaser: Teaser, labels: dict[int, str]) -> dict[str, object]:
    """One teaser of the report: the article and its page, the page its marker names (with their
    labels in a paper printed in sections, as a jump has them), the marker, the teaser's title, the
    article there that carries it (null when none does) and one line for a person."""
    entry: dict[str, object] = {"article": teaser.article.id, "page": teaser.page}
    if labels:
        entry["label"] = labels.get(teaser.page)
    entry["to_page"] = teaser.to_page
    if labels:
        entry["to_label"] = labels.get(teaser.to_page)
    entry.update({
        "marker": teaser.marker,
        "title": _title(teaser.article),
        "match": teaser.match.id if teaser.match is not None else None,
        "match_title": _title(teaser.match) if teaser.match is not None else None,
        "message": teaser_message(teaser, labels),
    })
    return entry


def _title(art: Article) -> str | None:
    """An article's title as one line (its title lines joined), None when it has none."""
    return "".join(b.text.strip() for b in art.titles) or None


def teaser_message(teaser: Teaser, labels: dict[int, str]) -> str:
    """One line saying why a part sending the reader on was read as a teaser, a whole article: the
    article on the page named that carries its title, or that none does and none continues from its
    page, so a continuation whose `（接1版）` OCR lost would be worth a look there."""
    page = labels.get(teaser.page, str(teaser.page))
    to = labels.get(teaser.to_page, str(teaser.to_page))
    if teaser.match is not None:
        return f"{teaser.article.id}: a teaser of {teaser.match.id} on page {to} (its title), a whole article"
    return (f"{teaser.article.id}: read as a teaser of page {to}, a whole article: no part there continues "
            f"from page {page} and no article there carries its title (a lost continuation marker?)")


def _report_page(page: Page) -> dict[str, object]:
    """One page of the report: its number, its file and, in a paper printed in sections, its label."""
    entry: dict[str, object] = {"n": page.number, "source": page.source}
    if page.label is not None:
        entry["label"] = page.label
    return entry


def convert_issue(
    sources: IssueSources,
    *,
    fmt: str = "tei",
    paper: str | None = None,
    date: str | None = None,
    pages: Sequence[int | None] | None = None,
    keep_parts: bool = False,
    options: NormalizeOptions | None = None,
    encoding: str | None = None,
    report: str | os.PathLike[str] | None = None,
    input_format: str | None = None,
    min_conf: float | None = None,
    line_zones: bool = False,
    labels: Sequence[str | None] | None = None,
    on_not_a_page: NotAPageCallback | None = None,
) -> IssueResult:
    """Convert the pages of one issue into one document (`tei`, `txt` or `json`; `line_zones`: TEI
    facsimile zones for every OCR line as well as every block, as `convert` has them; `labels`: a
    section label per file, see `build_issue`; `on_not_a_page`: skip the files of a folder that are no
    pages, see `build_issue_pages`).

    `sources`: one folder or page file (a `str` or path), a list of them, of pages' bytes or of
    `(name, data)` pairs, or a mapping of page names to data (`given_sources`): an ingest service
    passes an issue's pages as it holds them, named as its store names them.

    Writes the JSON report to `report` when given. Raises `InputError` (see `build_issue`), and
    `InputTypeError` for sources of a type it does not take.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")
    with collector_paused():  # see layoutfix.gcpause: the collector frees nothing during a convert
        document, jumps, issue_pages = build_issue_pages(
            sources, paper=paper, date=date, pages=pages, keep_parts=keep_parts, options=options,
            encoding=encoding, input_format=input_format, min_conf=min_conf, labels=labels,
            on_not_a_page=on_not_a_page,
        )
        output = render(document, fmt, line_zones=line_zones)
    data = issue_report(document, jumps)
    if report is not None:
        try:
            Path(report).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{report}: cannot write the report: {exc.strerror}") from None
    return IssueResult(document, output, list(document.edits), jumps, data, issue_pages)


__all__ = [
    "IssuePage", "IssueResult", "IssueSource", "IssueSources", "MemoryPage", "NotAPageCallback",
    "build_issue", "build_issue_pages", "convert_issue", "expand_sources", "given_sources", "issue_report",
    "label_from_name", "named_page_texts", "page_from_name", "page_label", "several_page_numbers",
]
