"""Pages written as blocks of lines, for the tests that read one page as flat text and as ALTO or
hOCR built from the same lines (`test_coords_parity_v14.MAKERS`): the page's bytes in each format,
its JSON conversion, and the page's first blocks most of those tests share."""

from __future__ import annotations

import json
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
