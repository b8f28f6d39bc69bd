"""convert(): read -> normalise -> label -> assemble -> join -> normalise paragraphs -> export, in one place.

The page text is normalised once as a whole (blocks stay separated by blank lines), split into
blocks, labelled and assembled into articles. Split paragraphs are then joined by `join` edits on the
same tracked text and the paragraph-level steps (punctuation, spacing, typos) run again, so a word or
a quotation split across a block break is still seen, and the edit log stays one lossless log from the
input to the output.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import opencc
import regex

from .errors import InputError
from .export.jsonl import to_json
from .export.tei import to_tei
from .export.text import to_txt
from .layout import assemble as assemble_mod
from .layout import join, order, roles
from .model import Block, Document, Edit, Page
from .normalize import NormalizeOptions, build_steps
from .normalize import markup as markup_mod
from .readers.text import read_text, split_blocks
from .tracked import TrackedText

Format = Literal["tei", "txt", "json"]
FORMATS: tuple[str, ...] = ("tei", "txt", "json")
#: Steps that run again on joined paragraphs (the block-level ones cannot be affected by a join).
_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")
_HAN = regex.compile(r"\p{Han}")
PARAGRAPH_STEPS: tuple[str, ...] = ("punctuation", "spacing", "typos")


@dataclass(frozen=True, slots=True)
class ConvertResult:
    """What `convert` returns: the document model, the rendered output and the edit log."""

    document: Document
    output: str
    edits: list[Edit]


def _load(source: str | os.PathLike[str] | bytes, encoding: str | None) -> tuple[str, str]:
    """(text, source name) from a path, raw bytes or the text itself.

    A `str` is a path when it is one line naming an existing file, or an ASCII name with a file suffix
    (so a mistyped file name is reported, not converted as a one-line page); otherwise it is the text.
    """
    if isinstance(source, bytes):
        from .readers.text import decode_bytes

        return decode_bytes(source, "<bytes>", encoding)[0], "-"
    if isinstance(source, os.PathLike):
        return read_text(source, encoding)[0], str(source)
    if "\n" not in source and len(source) < 1024:
        path = Path(source)
        try:
            exists = path.is_file()
        except OSError:  # not a possible file name: text
            exists = False
        looks_like_path = source.isascii() and bool(re.fullmatch(r"\.[A-Za-z0-9]{1,5}", path.suffix))
        if source == "-" or exists or looks_like_path:
            return read_text(source, encoding)[0], source
    return source, "-"


def build_document(
    text: str,
    *,
    source: str = "-",
    page: int | None = None,
    paper: str | None = None,
    date: str | None = None,
    options: NormalizeOptions | None = None,
) -> Document:
    """The article structure of one flat page of OCR text, with its edit log.

    `date` and `page` default to what a furniture line prints (`2023年10月12日 星期四`, `第4版`).
    Raises `InputError` if `date` is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD).
    """
    if date is not None and not _DATE.fullmatch(date):
        raise InputError(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    steps = build_steps(options or NormalizeOptions())
    tracked = TrackedText(text)
    for _name, step in steps:
        tracked = step(tracked)
    norm = tracked.text

    blocks: list[Block] = []
    gaps: dict[str, int] = {}
    raw: dict[str, str] = {}
    prev_end = 0
    for i, (s, e) in enumerate(split_blocks(norm), start=1):
        os_, oe = tracked.to_original(s), tracked.to_original(e)
        ident = f"b{i}"
        raw[ident] = text[os_:oe]
        gaps[ident] = max(0, text[prev_end:os_].count("\n") - 2) if i > 1 else 0
        prev_end = oe
        hints = markup_mod.block_hints(raw[ident])
        blocks.append(Block(id=ident, text=norm[s:e], start=s, end=e, hints=hints, page=page))
    blocks = order.reading_order(Page(blocks=blocks, source=source, number=page)).blocks
    labelled = roles.label_blocks(
        blocks, norm, lambda b: markup_mod.emphasised_parts(raw.get(b.id, b.text))
    )
    for b in labelled:  # a page header says which page and issue this is, unless told
        if b.role == "furniture":
            found_date, found_page = roles.page_facts(b.text)
            date = date or found_date
            page = page if page is not None else found_page
    for b in labelled:
        b.page = page
    assembly = assemble_mod.assemble(labelled, gaps, page)

    all_blocks = list(assemble_mod.iter_blocks(assembly))
    spans = join.original_spans(all_blocks, tracked)
    changes = join.join_changes(assembly, norm)
    if changes:
        tracked = tracked.apply(changes)
        for name, step in steps:
            if name in PARAGRAPH_STEPS:
                tracked = step(tracked)
    join.relocate(all_blocks, spans, tracked)

    document = Document(
        pages=[Page(blocks=labelled, source=source, number=page)],
        articles=assembly.articles,
        edits=tracked.edits,
        original=text,
        text=tracked.text,
        paper=paper,
        date=date,
        front=assembly.front,
        source=source,
        page=page,
    )
    document.lang = script_tag(tracked.text)
    return document


def script_tag(text: str) -> str:
    """`zh-Hant` if the text is mostly traditional characters, else `zh-Hans` (for `@xml:lang`).

    Decided on the output text, so it follows a `--variants` conversion: a character counts as
    traditional when OpenCC's t2s conversion changes it.
    """
    han = "".join(_HAN.findall(text))
    if not han:
        return "zh-Hans"
    simplified = _t2s().convert(han)
    changed = sum(1 for a, b in zip(han, simplified, strict=False) if a != b)
    return "zh-Hant" if changed > 0.05 * len(han) else "zh-Hans"


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def render(document: Document, fmt: str = "tei") -> str:
    """The document in one of the output formats: `tei`, `txt` or `json`."""
    if fmt == "tei":
        return to_tei(document)
    if fmt == "txt":
        return to_txt(document)
    if fmt == "json":
        return to_json(document)
    raise InputError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")


def convert(
    source: str | os.PathLike[str] | bytes,
    *,
    fmt: str = "tei",
    paper: str | None = None,
    date: str | None = None,
    page: int | None = None,
    options: NormalizeOptions | None = None,
    encoding: str | None = None,
) -> ConvertResult:
    """Convert one flat OCR page (a path, bytes, or the text itself) into articles.

    Returns the document model, the output in `fmt` (`tei`, `txt` or `json`) and the edit log in
    ORIGINAL offsets. Raises `InputError` for unreadable input or an unknown format.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")
    text, name = _load(source, encoding)
    document = build_document(text, source=name, page=page, paper=paper, date=date, options=options)
    return ConvertResult(document, render(document, fmt), list(document.edits))


__all__ = ["FORMATS", "ConvertResult", "build_document", "convert", "render", "to_tei"]
