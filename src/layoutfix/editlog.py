"""Edit logs on disk: one JSON object per edit and line (JSONL), UTF-8.

Each line is `Edit.to_json()` (offsets in code points of the ORIGINAL decoded text, `before`, `after`,
`rule`, `rules`, `kind`, `cert`) plus `block`, the id of the input block the edit falls in (`null` for
an edit in the blank lines between blocks). Lines are sorted by offset and never overlap, so applying
them to the original rebuilds the output and undoing them from the output rebuilds the original.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import EditLogError
from .model import CERT_LEVELS, KIND_PRIORITY, Block, Edit


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
    try:
        Path(path).write_text(dumps_edits(edits, blocks), encoding="utf-8", newline="\n")
    except OSError as exc:
        raise EditLogError(f"{path}: cannot write the edit log: {exc.strerror}") from None


_REQUIRED: dict[str, type] = {"start": int, "end": int, "before": str, "after": str}


def _parse_line(line: str, where: str) -> Edit:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EditLogError(f"{where}: not JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise EditLogError(f"{where}: expected a JSON object, found {type(obj).__name__}")
    for key, typ in _REQUIRED.items():
        if key not in obj:
            raise EditLogError(f"{where}: missing {key!r}")
        if not isinstance(obj[key], typ) or isinstance(obj[key], bool):
            raise EditLogError(f"{where}: {key!r} must be {'an integer' if typ is int else 'a string'}")
    if not ("rule" in obj or "rules" in obj):
        raise EditLogError(f"{where}: missing 'rule'")
    if obj.get("kind", "typo") not in KIND_PRIORITY:
        raise EditLogError(f"{where}: unknown kind {obj.get('kind')!r}")
    if obj.get("cert", "high") not in CERT_LEVELS:
        raise EditLogError(f"{where}: unknown cert {obj.get('cert')!r}")
    start, end = obj["start"], obj["end"]
    if not 0 <= start <= end:
        raise EditLogError(f"{where}: bad offsets start={start} end={end}")
    if len(obj["before"]) != end - start:
        raise EditLogError(f"{where}: 'before' has {len(obj['before'])} characters but spans {end - start}")
    return Edit.from_json(obj)


def loads_edits(text: str, source: str = "<edits>") -> list[Edit]:
    """Parse JSONL edit-log text; blank lines are skipped. Errors name `source` and the line number."""
    edits: list[Edit] = []
    prev: Edit | None = None
    # Split on "\n" only: JSON leaves U+2028, U+0085 etc. unescaped, and str.splitlines would cut there.
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{source}:{number}"
        edit = _parse_line(line, where)
        if prev is not None and (edit.start, edit.end) < (prev.start, prev.end):
            raise EditLogError(f"{where}: edits are out of order (offset {edit.start} after {prev.start})")
        if prev is not None and edit.start < prev.end:
            raise EditLogError(
                f"{where}: edit at {edit.start} overlaps the previous one (ends at {prev.end})"
            )
        edits.append(edit)
        prev = edit
    return edits


def read_edits(path: str | Path) -> list[Edit]:
    """Read an edit log written by `write_edits`."""
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
    return loads_edits(text, str(path))
