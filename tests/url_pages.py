"""A page around one line, and the checks every URL, path and link test makes of what `normalize`
writes for it: the edits rebuild both texts, and a second run keeps the text without an edit."""

from __future__ import annotations

from layoutfix.model import Edit
from layoutfix.normalize.steps import NormalizeOptions, normalize_text
from layoutfix.tracked import apply_edits, undo_edits


def page(line: str) -> str:
    """A short news page holding `line` as a block of its own between a title, a lead and a caption."""
    return f"# 兰州新区打造西部陆港枢纽\n\n本报讯 近日，物流园区建设加快。\n\n{line}\n\n图为物流园区一角。\n"


def inside(edits: list[Edit], start: int, end: int) -> list[Edit]:
    """The edits that change a character of `[start, end)` or insert strictly inside it."""
    return [e for e in edits if (e.start < end and start < e.end) or start < e.start == e.end < end]


def twice_is_once(text: str, options: NormalizeOptions | None = None) -> str:
    """What `normalize` writes for `text`, checked: its edits rebuild the output and the input, and a
    second run keeps the output, edit-free."""
    once = normalize_text(text, options)
    assert apply_edits(text, once.edits) == once.text
    assert undo_edits(once.text, once.edits) == text
    again = normalize_text(once.text, options)
    assert (again.text, again.edits) == (once.text, [])
    return once.text


def assert_url_kept(line: str, url: str) -> None:
    """Check that `normalize` leaves `url` of `line` as written, on the line alone and inside a page:
    no edit touches it, and it stands in the output (checked by `twice_is_once`)."""
    for text in (line, page(line)):
        out = normalize_text(text)
        start = text.index(url)
        assert inside(out.edits, start, start + len(url)) == []
        assert url in twice_is_once(text)
