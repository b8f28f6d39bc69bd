"""`--variants s2t` writes the typo corrections of a page in time linear in its lines (v20): the step
after the typo rules (`variants.convert_corrections`) read every edit of the page again for each line
holding a correction (800 such lines: 162 -> 465 ms). The page's edits are read once now, and the
output is what it was (tests/test_variants_traditional_mend_v20.py, test_variants_own_forms_v20.py)."""

from __future__ import annotations

import pytest

from layoutfix.normalize import NormalizeOptions, normalize_text
from layoutfix.tracked import Edit, TrackedText

LINE = "市政协出合开展工作方案，台风过后，合风又来了，其层干部深入一线。"


def _reads_of_the_edits(lines: int, monkeypatch: pytest.MonkeyPatch) -> int:
    calls = 0
    real = TrackedText.edits_in_output

    def counted(self: TrackedText) -> list[tuple[int, int, Edit]]:
        nonlocal calls
        calls += 1
        return real(self)

    monkeypatch.setattr(TrackedText, "edits_in_output", counted)
    out = normalize_text("\n".join([LINE] * lines), NormalizeOptions(variants="s2t"))
    monkeypatch.undo()
    assert out.text == "\n".join(["市政協出臺開展工作方案，颱風過後，颱風又來了，基層幹部深入一線。"] * lines)
    return calls


def test_the_edits_are_read_as_often_for_many_lines_as_for_few(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _reads_of_the_edits(40, monkeypatch) == _reads_of_the_edits(4, monkeypatch)
