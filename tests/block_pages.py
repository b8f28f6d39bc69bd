"""Pages written as blocks of lines, for the tests that read one page as flat text and as ALTO or
hOCR built from the same lines (`test_coords_parity_v14.MAKERS`): the page's bytes in each format,
its JSON conversion, and the page's first blocks most of those tests share; and the outline of a
flat page's articles, for the tests of headings and subheads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import layoutfix
from test_coords_parity_v14 import MAKERS

TITLE = ["全市召开会议"]
LEAD = ["近日，全市召开会议，部署今冬明春各项重点工作。"]
#: Flat text and every coordinate format a page of blocks is built in.
FORMATS = ["txt", *MAKERS]


def page_bytes(blocks: list[list[str]], fmt: str) -> bytes:
    """The page of `blocks` (each a list of lines) in `fmt`: blank-line separated flat text, or the
    coordinate file `MAKERS` builds (one box per block, one line box per line)."""
    if fmt == "txt":
        return ("\n\n".join("\n".join(lines) for lines in blocks) + "\n").encode()
    return MAKERS[fmt](blocks)


def convert_json(blocks: list[list[str]], fmt: str = "txt") -> dict[str, Any]:
    """The JSON `convert` writes for the page of `blocks` in `fmt`."""
    return json.loads(layoutfix.convert(page_bytes(blocks, fmt), fmt="json", input_format=fmt).output)


def squeezed(text: str) -> str:
    """`text` without any whitespace (the TEI and JSON keep a block's line breaks)."""
    return "".join(text.split())


def article_outline(
    tmp_path: Path, text: str, *, paragraph_subheads: bool = False
) -> list[dict[str, object]]:
    """Each article of the flat page `text` (written to `tmp_path/p.txt` and converted to JSON): its
    titles, subheads and paragraphs' texts, each paragraph with the subhead it stands under when
    `paragraph_subheads`."""
    page = tmp_path / "p.txt"
    page.write_text(text, encoding="utf-8")
    data = json.loads(layoutfix.convert(page, fmt="json").output)
    return [{"titles": a["titles"], "subheads": a["subheads"],
             "paragraphs": [(p["subhead"], p["text"]) if paragraph_subheads else p["text"]
                            for p in a["paragraphs"]]} for a in data["articles"]]
