"""JSON export of the article structure, and the JSON-lines edit log.

`to_json` gives one JSON object for the page: its source, paper, date, page and the articles, each
with kicker, titles, subtitle, byline, paragraphs (with the subhead they sit under and an
`incomplete` flag), captions, credits, signature, section, continuation and flags; for a coordinate
input with engine confidences, `low_confidence` lists the words under the threshold (original
offsets, text, confidence, zone). Keys are sorted
and the output is deterministic. (The `--edits` log is written by `layoutfix.editlog`.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from json.encoder import encode_basestring

from ..model import Article, Block, Document
from .text import paragraph_text


def _texts(blocks: Iterable[Block | None]) -> list[str]:
    return [b.text for b in blocks if b is not None]


def article_json(doc: Document, art: Article) -> dict[str, object]:
    """One article as a JSON-ready dict."""
    paragraphs: list[dict[str, object]] = []
    subhead: str | None = None
    for part in art.parts:
        if part.kind == "head":
            subhead = " ".join(_texts(part.blocks))
        elif part.kind == "p":
            text = paragraph_text(doc, part)
            paragraphs.append({"text": text, "subhead": subhead, "incomplete": part.incomplete})
    furniture = [b.text for p in art.parts for b in p.blocks if b.role == "furniture"]
    return {
        "id": art.id,
        "section": art.section,
        "kicker": _texts(art.kicker),
        "titles": _texts(art.titles),
        "subtitle": _texts(art.subtitles),
        "byline": _texts(art.bylines),
        "paragraphs": paragraphs,
        "subheads": [" ".join(_texts(p.blocks)) for p in art.parts if p.kind == "head"],
        "captions": _texts(art.captions),
        "credits": _texts(art.credits),
        "signature": art.signature.text if art.signature is not None else None,
        "continuation": {
            "from_page": art.continued_from,
            "to_page": art.continued_to,
            "markers": [b.text for p in art.parts if p.kind == "marker" for b in p.blocks],
        },
        "furniture": furniture,
        "flags": list(art.flags),
    }


def to_json(doc: Document) -> str:
    """The document's article structure as pretty-printed JSON."""
    obj = {
        "source": doc.source,
        "paper": doc.paper,
        "date": doc.date,
        "page": doc.page,
        "furniture": [b.text for b in doc.front],
        "articles": [article_json(doc, a) for a in doc.articles],
    }
    if doc.min_conf is not None:  # coordinate input with engine confidences
        obj["low_confidence"] = {"min_conf": doc.min_conf, "words": [w.to_json() for w in doc.low_confidence]}
    return dumps(obj) + "\n"


class _Unsupported(Exception):
    """A value `_write` does not write (left to `json.dumps`)."""


def dumps(obj: object) -> str:
    """`json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True)`, the same text, faster.

    With `indent` the standard library encodes in Python through generators (its C encoder has no
    indentation), about 0.25 ms for a page's structure and 1.5 ms with a few hundred low-confidence
    words; this writes the same characters with one recursive function. Values other than dicts
    with string keys, lists, tuples, strings, numbers, booleans and None go to `json.dumps`."""
    out: list[str] = []
    try:
        _write(obj, out, "\n")
    except _Unsupported:
        return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True)
    return "".join(out)


def _float(value: float) -> str:
    """A float as `json.dumps` writes it (NaN and the infinities as JavaScript names)."""
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def _write(value: object, out: list[str], newline: str) -> None:
    """Append `value` as indented JSON to `out`; `newline` is a line break and the indentation of
    the line `value` stands on. The checks go in `json`'s order (bool before int)."""
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        out.append("[")
        sep = inner
        for item in value:
            if type(item) is str:  # the usual leaf, without a call
                out.append(sep + encode_basestring(item))
            else:
                out.append(sep)
                _write(item, out, inner)
            sep = "," + inner
        out.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        out.append("{")
        sep = inner
        for key, item in sorted(value.items()):
            if not isinstance(key, str):
                raise _Unsupported
            kind = type(item)
            if kind is str:  # the usual leaves, without a call
                out.append(f"{sep}{encode_basestring(key)}: {encode_basestring(item)}")
            elif item is None:
                out.append(f"{sep}{encode_basestring(key)}: null")
            elif kind is int:
                out.append(f"{sep}{encode_basestring(key)}: {int.__repr__(item)}")
            elif kind is float:
                out.append(f"{sep}{encode_basestring(key)}: {_float(item)}")
            else:
                out.append(sep + encode_basestring(key) + ": ")
                _write(item, out, inner)
            sep = "," + inner
        out.append(newline + "}")
    else:
        raise _Unsupported
