"""The public `apply_edits` / `undo_edits` refuse what the edit-log reader refuses: a program that
builds or merges edit lists itself gets the same protection as `layoutfix edits apply|undo`."""

from __future__ import annotations

import pytest

from layoutfix import TrackedText, apply_edits, undo_edits
from layoutfix.errors import EditLogError
from layoutfix.model import Edit
from layoutfix.tracked import Change, EditMismatchError


def _insertion(at: int, text: str, rule: str = "punct.comma") -> Edit:
    return Edit(at, at, "", text, (rule,), "punct")


def test_a_second_insertion_at_one_offset_is_refused_not_applied_twice() -> None:
    # Two logs merged by a program: the same insertion twice (or two at one place, order unknown).
    original = "基层协商"
    edits = [_insertion(2, "，"), _insertion(2, "，")]
    with pytest.raises(EditMismatchError, match="a second insertion at 2") as caught:
        apply_edits(original, edits)
    assert caught.value.index == 1  # the second of the edits in offset order
    assert isinstance(caught.value, EditLogError)  # what the CLI and the log reader raise
    with pytest.raises(EditMismatchError, match="a second insertion at 2"):
        undo_edits("基层，，协商", edits)


def test_the_refusal_does_not_depend_on_the_order_edits_are_given_in() -> None:
    edits = [Edit(0, 1, "其", "基", ("typo.ji-ceng",), "typo"), _insertion(2, "X"), _insertion(2, "Y")]
    with pytest.raises(EditMismatchError, match="a second insertion at 2"):
        apply_edits("其层协商", list(reversed(edits)))


def test_one_insertion_beside_a_replacement_at_its_offset_still_applies() -> None:
    edits = [_insertion(2, "，"), Edit(2, 3, "协", "协", ("x",), "typo")]
    assert apply_edits("基层协商", edits) == "基层，协商"
    assert undo_edits("基层，协商", edits) == "基层协商"


def test_tracked_texts_merged_insertions_still_round_trip() -> None:
    t = TrackedText("基层协商").apply([Change(2, 2, "，", "punct.comma", "punct")])
    t = t.apply([Change(3, 3, " ", "space.x", "space")])  # right after the first insertion
    t = t.apply([Change(2, 2, "“", "punct.quote", "punct")])  # right before it
    [edit] = t.edits
    assert (edit.start, edit.end, edit.after) == (2, 2, "“， ")
    assert apply_edits(t.original, t.edits) == t.text == "基层“， 协商"
    assert undo_edits(t.text, t.edits) == t.original
