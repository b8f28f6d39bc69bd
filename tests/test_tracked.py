"""TrackedText: edits in original offsets, merged when steps meet, exact apply/undo."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from layoutfix import tracked as tracked_mod
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


def test_changes_at_the_edges_of_earlier_edits_stay_separate_edits() -> None:
    """A change ending where an earlier edit starts, or starting where one ends, is not merged."""
    t = TrackedText("ab,cd,ef").sub(",", "，", rule="comma", kind="punct")
    t = t.apply([Change(1, 2, "B", "r1", "typo"), Change(3, 4, "C", "r2", "typo")])
    assert t.text == "aB，Cd，ef"
    assert [(e.start, e.end, e.before, e.after) for e in t.edits] == [
        (1, 2, "b", "B"), (2, 3, ",", "，"), (3, 4, "c", "C"), (5, 6, ",", "，"),
    ]
    roundtrip(t)


def test_several_changes_in_one_unchanged_run_then_one_merging_with_an_edit() -> None:
    t = TrackedText("abcdefgh").apply([Change(6, 7, "G", "r1", "typo")])
    t = t.apply([
        Change(0, 1, "A", "r2", "punct"), Change(2, 3, "C", "r2", "punct"),
        Change(4, 4, "+", "r2", "punct"), Change(5, 7, "FX", "r3", "space", "low"),
    ])
    assert t.text == "AbCd+eFXh"
    assert [(e.start, e.end, e.before, e.after, e.rules) for e in t.edits] == [
        (0, 1, "a", "A", ("r2",)), (2, 3, "c", "C", ("r2",)), (4, 4, "", "+", ("r2",)),
        (5, 7, "fg", "FX", ("r1", "r3")),
    ]
    assert t.edits[-1].kind == "typo" and t.edits[-1].cert == "low"
    roundtrip(t)


def test_no_op_changes_leave_no_edit() -> None:
    t = TrackedText("abc").apply([Change(0, 1, "a", "r", "typo"), Change(2, 2, "", "r", "typo")])
    assert t.text == "abc" and t.edits == []
    t = t.apply([Change(1, 2, "X", "r", "typo")]).apply([Change(0, 1, "a", "r", "typo")])
    assert [(e.start, e.end, e.after) for e in t.edits] == [(1, 2, "X")]
    assert t.to_original(3) == 3


def test_insertion_and_deletion_at_the_same_position() -> None:
    t = TrackedText("abcdef").apply([Change(2, 2, "X", "ins", "punct"), Change(2, 4, "", "del", "space")])
    assert t.text == "abXef"
    assert [(e.start, e.end, e.before, e.after) for e in t.edits] == [(2, 2, "", "X"), (2, 4, "cd", "")]
    roundtrip(t)
    # An insertion right after a deletion an earlier step made, in a step that also changed the run
    # before it: the insertion lands after the deleted characters.
    t = TrackedText("abcdef").apply([Change(3, 4, "", "del", "space")])
    t = t.apply([Change(0, 1, "A", "r", "typo"), Change(3, 3, "Y", "ins", "punct")])
    assert t.text == "AbcYef"
    assert [(e.start, e.end, e.before, e.after) for e in t.edits] == [
        (0, 1, "a", "A"), (3, 4, "d", ""), (4, 4, "", "Y"),
    ]
    roundtrip(t)


def test_changes_out_of_order_and_errors_on_a_fresh_text() -> None:
    t = TrackedText("abcd").apply([Change(3, 4, "D", "r", "typo"), Change(0, 1, "A", "r", "typo")])
    assert t.text == "AbcD"
    with pytest.raises(ValueError, match="outside"):
        TrackedText("abcd").apply([Change(2, 5, "x", "r", "typo")])
    with pytest.raises(ValueError, match="overlapping"):
        TrackedText("abcd").apply([Change(1, 1, "x", "r", "typo"), Change(1, 1, "y", "r", "typo")])
    assert TrackedText("").apply([Change(0, 0, "x", "r", "typo")]).edits[0].after == "x"


@st.composite
def _mixed_steps(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int, str | None]]]]:
    """Like `_steps`, but some changes are no-ops (`None`: put back what the text holds there)."""
    text = draw(st.text(alphabet=_ALPHABET, max_size=12))
    steps: list[list[tuple[int, int, str | None]]] = []
    length = len(text)
    for _ in range(draw(st.integers(1, 5))):
        points = sorted(draw(st.lists(st.integers(0, length), max_size=8)))
        changes: list[tuple[int, int, str | None]] = []
        for a, b in zip(points[::2], points[1::2], strict=False):
            if changes and (a < changes[-1][1] or a == b == changes[-1][0] == changes[-1][1]):
                continue
            after = None if draw(st.booleans()) else draw(st.text(alphabet="XYZ", max_size=3))
            changes.append((a, b, after))
            length += 0 if after is None else len(after) - (b - a)
        steps.append(changes)
    return text, steps


Steps = list[list[tuple[int, int, str | None]]]


def _replay(text: str, steps: Steps) -> Iterator[tuple[TrackedText, str]]:
    """Apply each step to a tracked text and, as plain string edits, to a string: both after each
    step (a change with `after` None replaces a span by itself, a no-op)."""
    tracked = TrackedText(text)
    plain = text
    for n, changes in enumerate(steps):
        concrete = [(a, b, plain[a:b] if after is None else after) for a, b, after in changes]
        tracked = tracked.apply([Change(a, b, after, f"r{n}", "typo") for a, b, after in concrete])
        for a, b, after in reversed(concrete):
            plain = plain[:a] + after + plain[b:]
        yield tracked, plain


@settings(max_examples=300, deadline=None)
@given(_mixed_steps())
def test_no_op_changes_match_plain_string_edits(case: tuple[str, Steps]) -> None:
    """With no-op changes mixed in, the text still matches plain string edits and no edit is a no-op."""
    text, steps = case
    tracked, plain = TrackedText(text), text
    for tracked, plain in _replay(text, steps):
        assert tracked.text == plain
    assert all(e.before != e.after for e in tracked.edits)
    assert apply_edits(text, tracked.edits) == plain
    assert undo_edits(plain, tracked.edits) == text
    assert all(plain[s:e] == edit.after for s, e, edit in tracked.edits_in_output())
    positions = [tracked.to_original(p) for p in range(len(plain) + 1)]
    assert positions == sorted(positions) and positions[-1] == len(text)


@pytest.fixture(scope="module")
def _lowest_thresholds() -> Iterator[None]:
    """`apply` leaves every text's starts to be spliced, and edits are built column by column."""
    saved = tracked_mod._SPLICE_MIN, tracked_mod._COLUMNS_MIN
    tracked_mod._SPLICE_MIN, tracked_mod._COLUMNS_MIN = 0, 1
    yield
    tracked_mod._SPLICE_MIN, tracked_mod._COLUMNS_MIN = saved


@settings(max_examples=300, deadline=None)
@given(_mixed_steps())
def test_spliced_starts_and_column_built_edits_match_the_plain_ways(
    _lowest_thresholds: None, case: tuple[str, Steps]
) -> None:
    """With the size thresholds at their lowest, every applied text's segment starts are spliced
    from its parent's and every edit set is built column by column: the starts equal the segment
    lengths summed, and the edits (with output spans) those built one by one."""
    from itertools import accumulate

    text, steps = case
    states = [(TrackedText(text), text), *_replay(text, steps)]
    for tracked, _plain in states:
        measured = list(accumulate((len(seg.text) for seg in tracked._segments), initial=0))
        assert tracked._starts() == measured
    tracked, plain = states[-1]
    columns = tracked._compute_edits_in_output()
    tracked_mod._COLUMNS_MIN = 10**9
    try:
        one_by_one = tracked._compute_edits_in_output()
    finally:
        tracked_mod._COLUMNS_MIN = 1
    assert columns == one_by_one
    assert all(plain[s:e] == edit.after for s, e, edit in columns)


def test_edit_keeps_its_dataclass_behaviour() -> None:
    """Edit has its own faster __init__ (model.py); it must stay a frozen dataclass in every other
    respect, the `cert` default included."""
    import dataclasses
    import pickle

    from layoutfix.model import Edit

    edit = Edit(3, 5, "其层", "基层", ("typo.ji-ceng",), "typo")
    assert edit == Edit(start=3, end=5, before="其层", after="基层", rules=("typo.ji-ceng",), kind="typo",
                        cert="high")
    assert hash(edit) == hash(Edit(3, 5, "其层", "基层", ("typo.ji-ceng",), "typo"))
    assert repr(edit).startswith("Edit(start=3, end=5, before='其层', after='基层'")
    assert dataclasses.replace(edit, cert="low").cert == "low"
    assert dataclasses.asdict(edit)["rules"] == ("typo.ji-ceng",)
    assert pickle.loads(pickle.dumps(edit)) == edit
    assert Edit.from_json(edit.to_json()) == edit
    with pytest.raises(dataclasses.FrozenInstanceError):
        edit.start = 4  # type: ignore[misc]
    with pytest.raises(TypeError):
        Edit(3, 5, "其层", "基层", ("typo.ji-ceng",))  # type: ignore[call-arg]


def test_insertions_at_one_original_offset_make_one_edit() -> None:
    """Two steps inserting at the same place in the original, before or after each other: one edit
    with both texts in output order and both rules, so the log has one line per place."""
    first = TrackedText("ab").apply([Change(1, 1, "X", "r1", "punct")])
    before = first.apply([Change(1, 1, "Y", "r2", "typo", "low")])
    after = first.apply([Change(2, 2, "Y", "r2", "typo", "low")])
    for t, text in ((before, "aYXb"), (after, "aXYb")):
        assert t.text == text
        assert [(e.start, e.end, e.after, e.rules, e.kind, e.cert) for e in t.edits] == [
            (1, 1, text[1:3], ("r1", "r2"), "typo", "low")
        ]
        assert [(s, e) for s, e, _ in t.edits_in_output()] == [(1, 3)]
        roundtrip(t)
    # At the end of the text, and before an edit that replaced the next character.
    end = TrackedText("ab").apply([Change(2, 2, "X", "r1", "punct")])
    end = end.apply([Change(3, 3, "Y", "r2", "punct")])
    assert [(e.start, e.after) for e in end.edits] == [(2, "XY")]
    mid = TrackedText("abc").apply([Change(2, 2, "X", "r1", "punct"), Change(2, 3, "C", "r1", "typo")])
    mid = mid.apply([Change(3, 3, "Y", "r2", "punct")])
    assert mid.text == "abXYC"
    assert [(e.start, e.end, e.after) for e in mid.edits] == [(2, 2, "XY"), (2, 3, "C")]
    roundtrip(mid)


def _one_insertion_per_offset(t: TrackedText) -> None:
    starts = [e.start for e in t.edits if e.start == e.end]
    assert len(starts) == len(set(starts)), t.edits


@settings(max_examples=400, deadline=None)
@given(_mixed_steps())
def test_random_steps_never_log_two_insertions_at_one_offset(case: tuple[str, Steps]) -> None:
    """Whatever steps insert where: at most one insertion per original offset after every step, the
    log rebuilds the output and the original, and each edit's output span holds its text."""
    text, steps = case
    for tracked, plain in _replay(text, steps):
        _one_insertion_per_offset(tracked)
        assert apply_edits(text, tracked.edits) == plain
        assert undo_edits(plain, tracked.edits) == text
        assert all(plain[s:e] == edit.after for s, e, edit in tracked.edits_in_output())


@settings(max_examples=200, deadline=None)
@given(_mixed_steps())
def test_joined_insertions_keep_spliced_starts_right(
    _lowest_thresholds: None, case: tuple[str, Steps]
) -> None:
    """Joining an insertion with the one before it shortens the copied run it ended: with every
    text's starts spliced, they still equal the segment lengths summed."""
    from itertools import accumulate

    text, steps = case
    # The run copied before the insertion after "X" ends with "X", which becomes "XY".
    joined = TrackedText("ab").apply([Change(1, 1, "X", "r1", "punct")])
    joined = joined.apply([Change(2, 2, "Y", "r2", "punct")])
    for tracked, _plain in [(joined, "aXYb"), *_replay(text, steps)]:
        _one_insertion_per_offset(tracked)
        measured = list(accumulate((len(seg.text) for seg in tracked._segments), initial=0))
        assert tracked._starts() == measured
    assert joined.to_original(3) == 1  # "b"
