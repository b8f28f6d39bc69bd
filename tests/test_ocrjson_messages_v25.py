"""OCR JSON items the reader refuses are named in the file's own spelling (v25, W14 finding 12).

Before: an item whose text was `null` was reported as `OCR JSON item without text or box:
[[…], None, 0.9]`: the box was there, and `None` is Python's word, not the file's. Now the message
says which field is missing and quotes the item as JSON.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

BOX = [[0, 0], [100, 0], [100, 20], [0, 20]]

CASES = {
    "text-null": ([[BOX, None, 0.9]], "item 1: OCR JSON item without text: its text is null"),
    "text-a-number": ([[BOX, "第一行", 0.9], [BOX, 5, 0.9]],
                      "item 2: OCR JSON item without text: its text is 5"),
    "object-without-a-box": ([{"text": "第一行", "score": 0.9}], "item 1: OCR JSON item without a box"),
}


@pytest.mark.parametrize(("items", "said"), CASES.values(), ids=CASES.keys())
def test_a_refused_item_is_named_in_json_spelling(items: list[object], said: str, tmp_path: Path) -> None:
    path = tmp_path / "page.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(path)])
    assert result.exit_code != 0
    message = result.stderr.strip().splitlines()[-1]
    assert said in message, message
    assert "None" not in message and "'" not in message.split(said, 1)[1], message
