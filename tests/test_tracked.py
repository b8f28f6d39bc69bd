"""TrackedText: edits in original offsets, merged when steps meet, exact apply/undo."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix.errors import EditLogError
from layoutfix.model import Edit
from layoutfix.tracked import Change, TrackedText, apply_edits, undo_edits


def roundtrip(t: TrackedText) -> None:
    assert apply_edits(t.original, t.edits) == t.text
    assert undo_edits(t.text, t.edits) == t.original


def test_sub_records_edit_in_original_offsets() -> None:
    t = TrackedText("政协,协商 基层").sub(",", "，", rule="punct.comma", kind="punct")
    assert t.text == "政协，协商 基层"
    [edit] = t.edits
    assert (edit.start, edit.end, edit.before, edit.after) == (2, 3, ",", "，")
    assert edit.rules == ("punct.comma",) and edit.kind == "punct" and edit.cert == "high"


def test_offsets_stay_original_after_earlier_length_change() -> None:
    t = TrackedText("a  b,c").sub(" +", "", rule="space", kind="space")
    t = t.sub(",", "，", rule="comma", kind="punct")
    assert t.text == "ab，c"
    assert [(e.start, e.end, e.before) for e in t.edits] == [(1, 3, "  "), (4, 5, ",")]
    roundtrip(t)


def test_overlapping_steps_merge_into_one_edit_naming_both_rules() -> None:
    t = TrackedText("其层,协商").sub(",", "，", rule="punct.comma", kind="punct", cert="high")
    t = t.sub("层，", "层、", rule="typo.x", kind="typo", cert="low")
    assert t.text == "其层、协商"
    [edit] = t.edits
    assert (edit.start, edit.end, edit.before, edit.after) == (1, 3, "层,", "层、")
    assert edit.rules == ("punct.comma", "typo.x")
    assert edit.kind == "typo"  # the most significant kind taking part
    assert edit.cert == "low"  # the least certain step decides
    roundtrip(t)


def test_insertions_and_deletions_at_text_boundaries() -> None:
    t = TrackedText("基层协商")
    t = t.apply([Change(0, 0, "【", "ins.start", "punct"), Change(4, 4, "】", "ins.end", "punct")])
    assert t.text == "【基层协商】"
    assert [(e.start, e.end, e.after) for e in t.edits] == [(0, 0, "【"), (4, 4, "】")]
    roundtrip(t)
    d = TrackedText(" 基层 ").apply(
        [Change(0, 1, "", "del.start", "space"), Change(3, 4, "", "del.end", "space")]
    )
    assert d.text == "基层"
    assert [(e.start, e.end, e.before, e.after) for e in d.edits] == [(0, 1, " ", ""), (3, 4, " ", "")]
    roundtrip(d)


def test_steps_that_cancel_leave_no_edit() -> None:
    t = TrackedText("协商,议政").sub(",", "，", rule="a", kind="punct").sub("，", ",", rule="b", kind="punct")
    assert t.text == t.original
    assert t.edits == []


def test_overlapping_changes_in_one_step_are_refused() -> None:
    with pytest.raises(ValueError):
        TrackedText("abcdef").apply([Change(0, 3, "x", "r", "typo"), Change(2, 4, "y", "r", "typo")])


def test_edits_in_output_point_at_the_replacement() -> None:
    t = TrackedText("a  b,c,d").sub(" +", " ", rule="s", kind="space").sub(",", "，", rule="p", kind="punct")
    for start, end, edit in t.edits_in_output():
        assert t.text[start:end] == edit.after


def test_to_original_maps_unchanged_and_edited_positions() -> None:
    t = TrackedText("ab  cd").sub(" +", "", rule="s", kind="space")
    assert t.text == "abcd"
    assert t.to_original(0) == 0
    assert t.to_original(3) == 5  # "d"
    assert t.to_original(len(t.text)) == len(t.original)


def test_apply_refuses_a_log_that_does_not_fit_the_original() -> None:
    edit = Edit(0, 2, "其层", "基层", ("typo.ji-ceng",), "typo")
    assert apply_edits("其层协商", [edit]) == "基层协商"
    with pytest.raises(EditLogError):
        apply_edits("基层协商", [edit])


def test_undo_refuses_a_log_that_does_not_fit_the_output() -> None:
    edit = Edit(0, 2, "其层", "基层", ("typo.ji-ceng",), "typo")
    assert undo_edits("基层协商", [edit]) == "其层协商"
    with pytest.raises(EditLogError):
        undo_edits("其层协商", [edit])


def test_overlapping_log_is_refused() -> None:
    edits = [Edit(0, 2, "ab", "x", ("r",), "typo"), Edit(1, 3, "bc", "y", ("r",), "typo")]
    with pytest.raises(EditLogError):
        apply_edits("abcd", edits)
    with pytest.raises(EditLogError):
        undo_edits("xyd", edits)


def test_edit_json_round_trip() -> None:
    edit = Edit(3, 5, "其层", "基层", ("punct.a", "typo.b"), "typo", "medium")
    data = edit.to_json()
    assert data["rule"] == "punct.a+typo.b"
    assert Edit.from_json(data) == edit


def test_a_change_inside_an_earlier_edit_keeps_the_rest_of_it() -> None:
    """An insertion or replacement inside text an earlier step wrote must not drop that text."""
    first = TrackedText("abcd").apply([Change(1, 3, "XY", "r1", "typo")])
    inserted = first.apply([Change(2, 2, "+", "r2", "punct")])
    assert inserted.text == "aX+Yd"
    assert [(e.before, e.after, e.rules) for e in inserted.edits] == [("bc", "X+Y", ("r1", "r2"))]
    both = first.apply([Change(1, 2, "P", "r2", "punct"), Change(2, 3, "Q", "r3", "punct")])
    assert both.text == "aPQd"
    assert [(e.before, e.after) for e in both.edits] == [("bc", "PQ")]


_ALPHABET = "ab中文 ，\n"


@st.composite
def _steps(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int, str]]]]:
    text = draw(st.text(alphabet=_ALPHABET, max_size=12))
    steps: list[list[tuple[int, int, str]]] = []
    length = len(text)
    for _ in range(draw(st.integers(1, 4))):
        points = sorted(draw(st.lists(st.integers(0, length), max_size=6)))
        changes: list[tuple[int, int, str]] = []
        last = -1
        for a, b in zip(points[::2], points[1::2], strict=False):
            if a == last or (changes and a < changes[-1][1]):
                continue
            changes.append((a, b, draw(st.text(alphabet="XYZ", max_size=3))))
            last = a if a == b else -1
        steps.append(changes)
        length += sum(len(after) - (b - a) for a, b, after in changes)
    return text, steps


@settings(max_examples=400, deadline=None)
@given(_steps())
def test_any_sequence_of_steps_matches_plain_string_edits(
    case: tuple[str, list[list[tuple[int, int, str]]]],
) -> None:
    """The tracked text equals the same changes made to a plain string, and its log round-trips."""
    text, steps = case
    tracked = TrackedText(text)
    plain = text
    for n, changes in enumerate(steps):
        tracked = tracked.apply([Change(a, b, after, f"r{n}", "typo") for a, b, after in changes])
        for a, b, after in reversed(changes):
            plain = plain[:a] + after + plain[b:]
        assert tracked.text == plain
    edits = tracked.edits
    assert all(x.end <= y.start for x, y in pairwise(edits))
    assert apply_edits(text, edits) == plain
    assert undo_edits(plain, edits) == text


def test_change_is_immutable_and_built_by_position_or_keyword() -> None:
    by_kw = Change(start=1, end=2, after="，", rule="punct.comma", kind="punct")
    assert by_kw == Change(1, 2, "，", "punct.comma", "punct", "high")
    assert (by_kw.start, by_kw.end, by_kw.after, by_kw.cert) == (1, 2, "，", "high")
    assert repr(by_kw) == "Change(start=1, end=2, after='，', rule='punct.comma', kind='punct', cert='high')"
    with pytest.raises(AttributeError):
        by_kw.start = 3  # type: ignore[misc]
