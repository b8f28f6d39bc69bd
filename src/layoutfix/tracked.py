"""TrackedText: a text plus the edits that made it from an original, lossless by construction.

Every normaliser is a pure function `TrackedText -> TrackedText`. It computes `Change`s in the
coordinates of the CURRENT text and calls `apply`; the tracked text keeps the map back to the
original. Where a later step changes characters an earlier step already changed, the two merge into one
`Edit` spanning the original characters involved and naming every rule, so the edit log never
overlaps and can always be applied to the original (or undone from the output) exactly. Insertions
that steps make at one original offset become one edit likewise, so the log has at most one
insertion per offset and a second one there is an error (`editlog.loads_edit_log`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate, compress, repeat, starmap
from operator import add, itemgetter, sub
from typing import NamedTuple

import regex

from .errors import EditLogError
from .model import CERT_LEVELS, KIND_PRIORITY, Cert, Edit, EditKind


class Change(NamedTuple):
    """A replacement of `current[start:end]` by `after`, requested by one rule.

    A named tuple (immutable, same fields, positional or keyword construction and repr as the frozen
    dataclass it was): normalisers make one per change, hundreds per page (an ALTO page's line
    joins and box gaps alone are ~300), and a named tuple costs about a third to build.
    """

    start: int
    end: int
    after: str
    rule: str
    kind: EditKind
    cert: Cert = "high"


class _Segment(NamedTuple):
    """A run of the current text: unchanged original (`rules == ()`) or the result of edits.

    A named tuple rather than a frozen dataclass: a full page makes some ten thousand of these per
    convert, and a tuple is immutable at a fraction of a frozen dataclass's construction cost.
    """

    orig_start: int
    orig_end: int
    text: str
    rules: tuple[str, ...] = ()
    kinds: tuple[EditKind, ...] = ()
    cert: Cert = "high"

    @property
    def changed(self) -> bool:
        return bool(self.rules)


_TEXT = itemgetter(2)  # a segment's text, for C-level `map`
_RULES = itemgetter(3)  # a segment's rules (empty for an unchanged run)
_EDIT = itemgetter(2)  # the edit of an (out_start, out_end, edit) triple
_SPAN = itemgetter(0, 1)  # the sort key of changes: (start, end)
#: `tuple.__new__(_Segment, fields)` builds a segment without the Python-level `__new__` of a named
#: tuple; used where `apply` makes one per change.
_new_seg = tuple.__new__


def _lower_cert(a: Cert, b: Cert) -> Cert:
    return a if CERT_LEVELS.index(a) >= CERT_LEVELS.index(b) else b


def _main_kind(kinds: Iterable[EditKind]) -> EditKind:
    """The most significant kind among `kinds` (remembered per tuple of kinds, there are few)."""
    present = set(kinds)
    for kind in KIND_PRIORITY:
        if kind in present:
            if isinstance(kinds, tuple) and len(_MAIN_KIND) < 4096:
                _MAIN_KIND[kinds] = kind
            return kind
    raise ValueError("an edit needs at least one kind")


#: Fewer edits than this are built one by one (`_compute_edits_in_output`): the column-wise way's
#: fixed cost (a dozen C-level passes) is then about what it saves.
_COLUMNS_MIN = 32


#: Fewer segments than this are measured again rather than spliced (`TrackedText._starts`): the
#: splice's per-run Python work then costs about as much as measuring them all.
_SPLICE_MIN = 64

#: `_main_kind` of each tuple of kinds seen so far (bounded: the tuples are short and few).
_MAIN_KIND: dict[tuple[EditKind, ...], EditKind] = {}


class TrackedText:
    """An immutable text that remembers how it was made from `original`."""

    __slots__ = ("_edits_out", "_protected", "_seg_starts", "_segments", "_splice", "_text", "original")

    def __init__(self, original: str, _segments: tuple[_Segment, ...] | None = None) -> None:
        self.original = original
        if _segments is None:
            _segments = (_Segment(0, len(original), original),) if original else ()
        self._segments = _segments
        self._text = "".join(map(_TEXT, _segments))
        self._seg_starts: list[int] | None = None  # built on first use (the text is immutable)
        #: For a text `apply` made: its copied runs and the old text's starts, to build the starts
        #: from (see `_spliced_starts`); None to measure every segment.
        self._splice: tuple[list[tuple[int, int, int]], list[int]] | None = None
        self._edits_out: tuple[tuple[int, int, Edit], ...] | None = None  # built on first use, likewise
        #: The protected spans of the current text (`protect`), sorted and apart: no change reaches them.
        self._protected: tuple[tuple[int, int], ...] = ()

    @classmethod
    def joined(cls, parts: Sequence[TrackedText]) -> TrackedText:
        """One tracked text whose original is the parts' originals one after the other, and whose
        text and edits are theirs, moved to offsets into that whole: each edit keeps every rule that
        made it (rebuilding them as changes would keep one rule per edit). For text normalised in
        pieces that must be read one by one (the pages of a file, `normalize.normalize_text`)."""
        segments: list[_Segment] = []
        protected: list[tuple[int, int]] = []
        offset = at = 0
        for part in parts:
            segments.extend(seg._replace(orig_start=seg.orig_start + offset, orig_end=seg.orig_end + offset)
                            for seg in part._segments)
            protected.extend((s + at, e + at) for s, e in part._protected)
            offset += len(part.original)
            at += len(part._text)
        made = cls("".join(part.original for part in parts), tuple(segments))
        made._protected = tuple(protected)
        return made

    @classmethod
    def _make(cls, original: str, segments: tuple[_Segment, ...], text: str) -> TrackedText:
        """A tracked text whose `text` the caller already knows (`apply` splices it from the changes)."""
        self = object.__new__(cls)
        self.original = original
        self._segments = segments
        self._text = text
        self._seg_starts = None
        self._splice = None
        self._edits_out = None
        self._protected = ()
        return self

    def protect(self, spans: Iterable[tuple[int, int]]) -> TrackedText:
        """This text with `spans` (current offsets) protected as well: no later change reaches into
        them (`apply` drops it), nor inserts at their edges, except a rule of `PASSING_RULES`.

        For text that is no prose but names something exactly, such as an image's path
        (`normalize.htmlmarkup`): a correction of the text would point it at another file. The spans
        move with the text as later changes are made around them.
        """
        added = [(s, e) for s, e in spans if s < e]
        if not added:
            return self
        made = TrackedText._make(self.original, self._segments, self._text)
        made._seg_starts, made._edits_out = self._seg_starts, self._edits_out
        made._protected = merged_spans([*self._protected, *added])
        return made

    @property
    def protected(self) -> tuple[tuple[int, int], ...]:
        """The protected spans of the current text (`protect`), sorted, apart from each other."""
        return self._protected

    def _starts(self) -> list[int]:
        """The current-text offset where each segment starts, plus the text length at the end.

        Built once per instance, since both `to_original` and `apply` bisect it: for a text `apply`
        made from one whose starts were known, spliced from those (`_spliced_starts`; a step making
        a few changes leaves most starts as they were or shifted by one amount), otherwise with
        C-level iteration (`accumulate` over `map`).
        """
        starts = self._seg_starts
        if starts is None:
            if self._splice is not None:
                runs, old = self._splice
                starts = _spliced_starts(self._segments, runs, old)
                self._splice = None
            else:
                starts = list(accumulate(map(len, map(_TEXT, self._segments)), initial=0))
            self._seg_starts = starts
        return starts

    @property
    def text(self) -> str:
        """The current text."""
        return self._text

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"TrackedText({self._text!r}, edits={len(self.edits)})"

    @property
    def edits(self) -> list[Edit]:
        """The edits from the original to the current text: sorted, never overlapping."""
        if self._edits_out is None:
            self._edits_out = tuple(self._compute_edits_in_output())
        return list(map(_EDIT, self._edits_out))

    def edits_in_output(self) -> list[tuple[int, int, Edit]]:
        """Each edit with the span (start, end) its `after` text occupies in the CURRENT text.

        Exporters use this to wrap corrections (`<choice>`) at the right place in the output.
        Computed once per instance (edits are frozen); each call returns a new list.
        """
        if self._edits_out is None:
            self._edits_out = tuple(self._compute_edits_in_output())
        return list(self._edits_out)

    def _compute_edits_in_output(self) -> list[tuple[int, int, Edit]]:
        """One `Edit` per changed segment, with its span in the current text.

        The changed segments are picked out with `compress` at C speed: a page has a few hundred
        edits (ALTO p1: ~300) among thousands of unchanged runs. Each edit's output start is its
        original start plus the length change of the edits before it (an unchanged run keeps its
        length), so the segment starts are not needed. From `_COLUMNS_MIN` edits on, their fields are
        computed column by column (`zip`, `map`, `accumulate`) and the edits made in one `starmap`;
        fewer, one by one.
        """
        changed = list(compress(self._segments, map(_RULES, self._segments)))
        if len(changed) < _COLUMNS_MIN:  # a short page: one by one, the same fields
            out: list[tuple[int, int, Edit]] = []
            original = self.original
            delta = 0
            for o_start, o_end, after, rules, kinds, cert in changed:
                kind = _MAIN_KIND.get(kinds) or _main_kind(kinds)
                size = len(after)
                before = original[o_start:o_end]
                edit = Edit(o_start, o_end, before, after, rules, kind, cert)
                out.append((o_start + delta, o_start + delta + size, edit))
                delta += size - o_end + o_start
            return out
        o_starts, o_ends, afters, rules, kindss, certs = zip(*changed, strict=True)
        sizes = list(map(len, afters))
        out_starts = list(
            map(add, o_starts, accumulate(map(sub, sizes, map(sub, o_ends, o_starts)), initial=0))
        )
        main_kinds: list[EditKind | None] = list(map(_MAIN_KIND.get, kindss))
        if None in main_kinds:
            main_kinds = [k or _main_kind(ks) for k, ks in zip(main_kinds, kindss, strict=True)]
        befores = map(self.original.__getitem__, map(slice, o_starts, o_ends))
        edits = list(
            starmap(Edit, zip(o_starts, o_ends, befores, afters, rules, main_kinds, certs, strict=True))
        )
        return list(zip(out_starts, map(add, out_starts, sizes), edits, strict=True))

    def to_original(self, pos: int) -> int:
        """Map an offset in the current text to the original (edited runs map to their start/end).

        A binary search over the segments' current-text starts (built once per instance), because
        convert maps every block edge and a page can hold thousands of segments after many edits.
        """
        starts = self._seg_starts or self._starts()  # never empty once built: it holds the 0
        if pos >= starts[-1] or not self._segments:
            return len(self.original)
        # A negative pos is not an offset; as before, the first segment answers for it.
        i = 0 if pos < 0 else bisect_right(starts, pos) - 1
        seg, cur = self._segments[i], starts[i]
        if seg.rules:
            return seg.orig_start if pos == cur else seg.orig_end
        return seg.orig_start + (pos - cur)

    def to_original_start(self, pos: int) -> int:
        """`to_original` for the start of a span: where text deleted right before `pos` began (a
        markdown `# ` removed before a heading), so the original span includes what was removed there."""
        starts = self._seg_starts or self._starts()
        i = bisect_left(starts, pos)
        if 0 <= pos < starts[-1] and i < len(self._segments) and starts[i] == pos and self._segments[i].rules:
            return self._segments[i].orig_start
        return self.to_original(pos)

    def apply(self, changes: Iterable[Change]) -> TrackedText:
        """Return a new tracked text with `changes` (current-text offsets) applied.

        Changes must not overlap each other; they are applied as one simultaneous step.

        The Python work is proportional to the number of changes, not to the size of the text: the
        new text is spliced from the old one around the changes, untouched segments are copied as
        slices (found by bisection), and no empty unchanged segment is ever appended, so the result
        needs no filtering pass. Normalisers call this some twenty times per page.
        """
        ordered = sorted(changes, key=_SPAN)
        protected = self._protected
        if protected:
            ordered = _unprotected(ordered, protected)
        if not ordered:
            return self
        made = self._applied(ordered)
        if protected:
            made._protected = _moved_spans(protected, ordered)
        return made

    def _applied(self, ordered: list[Change]) -> TrackedText:
        """`apply` of the sorted `ordered`, none of which reaches a protected span."""
        original = self.original
        if len(self._segments) == 1 and not self._segments[0].rules and self._text == original:
            return self._apply_to_original(ordered)
        old_text = self._text
        pieces: list[str] = []
        prev = None
        prev_start, prev_end = -1, 0
        for c in ordered:  # validate, and splice the new text in the same pass
            cs, ce, after = c[0], c[1], c[2]
            if prev is not None and (cs < prev_end or (cs == ce == prev_start == prev_end)):
                raise ValueError(f"overlapping changes at {prev_start}..{prev_end} and {cs}..{ce}")
            pieces.append(old_text[prev_end:cs])
            pieces.append(after)
            prev, prev_start, prev_end = c, cs, ce
        if prev_end > len(old_text) or ordered[0].start < 0:
            raise ValueError("change outside the text")
        pieces.append(old_text[prev_end:])
        new_text = "".join(pieces)

        segs = list(self._segments)  # items may be replaced by their unchanged tail, never added
        starts = self._starts()  # so segs[i] always ends at starts[i + 1]
        nsegs = len(segs)
        out: list[_Segment] = []
        append = out.append
        #: (index in out, first, end) of each run segs[first:end] copied into `out` as it stands
        #: (only segs[first] may be a tail), for `_spliced_starts`.
        runs: list[tuple[int, int, int]] = []
        idx = 0
        pos = 0  # current-text offset where segs[idx] (or its part not yet emitted) starts
        cut = 0  # characters of the unchanged run segs[idx] already emitted by the fast path
        k = -1
        nchanges = len(ordered)
        while k + 1 < nchanges:
            k += 1
            ch = ordered[k]
            s, e, after, rule, kind, cert = ch
            if cut:
                seg = segs[idx]
                rest_end = pos + seg.orig_end - seg.orig_start - cut
                if not (s < rest_end and e <= rest_end):
                    # Leaving the partly emitted run: its rest becomes a segment of its own.
                    rest, seg_end = seg.orig_start + cut, seg.orig_end
                    segs[idx] = _new_seg(_Segment, (rest, seg_end, original[rest:seg_end], (), (), "high"))
                    cut = 0
            if not cut:
                # Segments that end at or before s stay as they are (found by bisection: a page has
                # thousands of segments and a step may make only a few changes).
                if idx < nsegs and pos + len(segs[idx].text) <= s:
                    j = bisect_right(starts, s, idx + 1) - 1
                    runs.append((len(out), idx, j))
                    out.extend(segs[idx:j])
                    idx, pos = j, starts[j]
                if not (idx < nsegs and not segs[idx].rules and e <= pos + len(segs[idx].text)):
                    made_before = len(out)
                    idx, pos, k = _merge_region(ordered, k, segs, idx, pos, out, original)
                    if len(out) > made_before and made_before:  # it may follow an insertion there
                        _join_last_insertions(out, runs)
                    continue
                seg = segs[idx]
            # The common case, kept fast: the change lies inside the unchanged run segs[idx], whose
            # first `cut` characters are already emitted. An unchanged run's text is the original's
            # at its offsets, so pieces are sliced from the original and the run's rest is only
            # made into a segment when a change leaves it (no copy of the tail per change).
            base = seg.orig_start + cut  # the original offset at pos
            orig_start, orig_end = base + s - pos, base + e - pos
            if orig_start > base:
                append(_new_seg(_Segment, (base, orig_start, original[base:orig_start], (), (), "high")))
            # A change of length differs from the original without slicing it (a line join or
            # box-gap space removed, most changes of a coordinate page).
            if len(after) != orig_end - orig_start or after != original[orig_start:orig_end]:
                append(_new_seg(_Segment, (orig_start, orig_end, after, (rule,), (kind,), cert)))
                if orig_start == orig_end == base and len(out) > 1:  # may follow an insertion there
                    _join_last_insertions(out, runs)
            elif after:  # a no-op change: the run stays unchanged (an empty one is dropped)
                append(_new_seg(_Segment, (orig_start, orig_end, after, (), (), "high")))
            pos = e
            if orig_end < seg.orig_end:
                cut = orig_end - seg.orig_start
            else:
                cut = 0
                idx += 1
        if cut:
            rest, seg_end = segs[idx].orig_start + cut, segs[idx].orig_end
            segs[idx] = _new_seg(_Segment, (rest, seg_end, original[rest:seg_end], (), (), "high"))
        runs.append((len(out), idx, nsegs))
        out.extend(segs[idx:])
        made = TrackedText._make(original, tuple(out), new_text)
        if len(out) >= _SPLICE_MIN:
            made._splice = (runs, starts)
        return made

    def _apply_to_original(self, ordered: list[Change]) -> TrackedText:
        """`apply` on a text no step has changed yet (one unchanged segment: the whole original).

        The first step of every page takes this path, often with hundreds of changes (an ALTO page's
        line joins and box gaps): current offsets are original offsets, so one pass validates the
        changes, splices the new text and makes at most two segments per change (the unchanged run
        before it and its own), with no segment bookkeeping. The segments and errors are exactly
        those of the general path.
        """
        original = self.original
        out: list[_Segment] = []
        append = out.append
        pieces: list[str] = []
        piece = pieces.append
        prev_start = prev_end = ordered[0][0] - 1  # so the first change passes the overlap test
        last = 0  # where the unchanged run before the next change starts
        for cs, ce, after, rule, kind, cert in ordered:
            if cs < prev_end or (cs == ce == prev_start == prev_end):
                raise ValueError(f"overlapping changes at {prev_start}..{prev_end} and {cs}..{ce}")
            if cs > last:
                gap = original[last:cs]
                piece(gap)
                append(_new_seg(_Segment, (last, cs, gap, (), (), "high")))
            piece(after)
            if len(after) != ce - cs or after != original[cs:ce]:  # as in `apply`
                append(_new_seg(_Segment, (cs, ce, after, (rule,), (kind,), cert)))
            elif after:  # a no-op change: the run stays unchanged (an empty one is dropped)
                append(_new_seg(_Segment, (cs, ce, after, (), (), "high")))
            prev_start = cs
            prev_end = last = ce
        if last > len(original) or ordered[0][0] < 0:
            raise ValueError("change outside the text")
        if last < len(original):
            tail = original[last:]
            piece(tail)
            append(_new_seg(_Segment, (last, len(original), tail, (), (), "high")))
        new_text = "".join(pieces)
        return TrackedText._make(original, tuple(out), new_text)

    def sub(
        self,
        pattern: str | regex.Pattern[str],
        repl: str | Callable[[regex.Match[str]], str | None],
        *,
        rule: str,
        kind: EditKind,
        cert: Cert = "high",
    ) -> TrackedText:
        """Replace every match of `pattern` in the current text, recording each as an edit.

        `repl` may be a template string (`\\1` etc.) or a function; a function returning `None`
        leaves that match alone. Matches whose replacement equals the match are not recorded.
        """
        compiled = regex.compile(pattern) if isinstance(pattern, str) else pattern
        changes: list[Change] = []
        for m in compiled.finditer(self._text):
            after = repl(m) if callable(repl) else m.expand(repl)
            if after is None or after == m.group(0):
                continue
            changes.append(Change(m.start(), m.end(), after, rule, kind, cert))
        return self.apply(changes)


#: Rules whose changes reach into protected spans too (`TrackedText.protect`): a character XML cannot
#: carry is removed wherever it stands, or no TEI could be written.
PASSING_RULES = frozenset({"unicode.xml-illegal"})


def merged_spans(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """`spans` sorted, those that overlap or touch made one (protected spans here, and the spans
    `normalize.context.Spans` tests membership in)."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(merged)


def _unprotected(ordered: list[Change], protected: Sequence[tuple[int, int]]) -> list[Change]:
    """The changes of `ordered` (sorted) that leave the `protected` spans alone: none replaces a
    character inside one or inserts at one's edge, unless its rule is in `PASSING_RULES`."""
    starts = [s for s, _ in protected]
    return [c for c in ordered if c.rule in PASSING_RULES or not _reaches(c, protected, starts)]


def _reaches(c: Change, protected: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    """Whether `c` replaces a character of a `protected` span (`starts`: theirs) or inserts at its edge."""
    i = bisect_right(starts, c.end) - 1  # the last span starting at or before the change's end
    if c.start == c.end:
        return i >= 0 and c.start <= protected[i][1]
    # The span starting at the change's end is not reached, the one before it may be.
    return any(c.start < e and s < c.end for s, e in protected[max(0, i - 1) : i + 1])


def moved_spans(spans: Sequence[tuple[int, int]], ordered: Sequence[Change]) -> list[tuple[int, int]]:
    """The `spans` where they stand once the sorted, non-overlapping `ordered` changes are made: each
    edge moves by what the changes ending at or before it added or removed (none of them may hold an
    edge inside it). Empty spans stay, in the order given."""
    ends = [c.end for c in ordered]
    shifts = list(accumulate((len(c.after) - (c.end - c.start) for c in ordered), initial=0))
    return [(s + shifts[bisect_right(ends, s)], e + shifts[bisect_right(ends, e)]) for s, e in spans]


def _moved_spans(
    protected: Sequence[tuple[int, int]], ordered: Sequence[Change]
) -> tuple[tuple[int, int], ...]:
    """The `protected` spans where they stand once the sorted `ordered` are made (those changes
    lie around them, or are `PASSING_RULES` changes inside them), those left empty dropped."""
    return tuple((s, e) for s, e in moved_spans(protected, ordered) if s < e)


def _spliced_starts(
    out: Sequence[_Segment], runs: list[tuple[int, int, int]], starts: list[int]
) -> list[int]:
    """The segment starts of a text `apply` made (see `TrackedText._starts`), from the old ones.

    `out` holds the new segments; `runs` names the runs of old segments it copied as they stood
    (`out[at : at + end - first] == segs[first:end]`, where only `segs[first]` may have been cut to
    its tail). Inside a run every segment after the first keeps its old start shifted by one
    amount (a slice of the old starts when the shift is 0, as after a mark-for-mark step), so only
    the segments `apply` made and each run's first are measured in Python: a step with a few
    changes on a page of thousands of segments does not measure them all again.
    """
    new: list[int] = []
    append = new.append
    cur = 0  # the new text offset where the next segment starts
    done = 0  # segments of `out` whose starts are in `new`
    for at, first, end in runs:
        for seg in out[done:at]:
            append(cur)
            cur += len(seg[2])
        if end > first:
            append(cur)
            cur += len(out[at][2])
            if end > first + 1:
                shift = cur - starts[first + 1]
                kept = starts[first + 1 : end]
                new.extend(map(add, kept, repeat(shift)) if shift else kept)
                cur = starts[end] + shift
        done = at + end - first
    for seg in out[done:]:
        append(cur)
        cur += len(seg[2])
    append(cur)
    return new


def _merge_region(
    ordered: list[Change], k: int, segs: list[_Segment], idx: int, pos: int, out: list[_Segment],
    original: str,
) -> tuple[int, int, int]:
    """`TrackedText.apply` for a change touching text earlier steps changed (`ordered[k]`).

    The touched changed runs and every later change that falls inside them form one region,
    rewritten as one merged edit appended to `out`; an insertion right before an earlier insertion
    at the same original offset takes that one into its region. `segs[idx]` starts at current
    offset `pos`; returns the new `idx`, `pos` and the index of the last change taken into the region.
    """
    nsegs = len(segs)
    ch = ordered[k]
    s, e = ch.start, ch.end
    if idx < nsegs and pos < s and not segs[idx].rules:
        seg, cut = segs[idx], s - pos
        out.append(_Segment(seg.orig_start, seg.orig_start + cut, seg.text[:cut]))
        segs[idx] = _Segment(seg.orig_start + cut, seg.orig_end, seg.text[cut:])
        pos = s
    region_start = pos
    absorbed: list[_Segment] = []
    if idx < nsegs and pos < s:  # s falls inside a changed run: take all of it
        absorbed.append(segs[idx])
        pos += len(segs[idx].text)
        idx += 1
    cluster = [ch]
    limit = e
    while True:
        while idx < nsegs and pos < limit:
            seg = segs[idx]
            n = len(seg.text)
            if pos + n > limit and not seg.rules:
                cut = limit - pos
                absorbed.append(_Segment(seg.orig_start, seg.orig_start + cut, seg.text[:cut]))
                segs[idx] = _Segment(seg.orig_start + cut, seg.orig_end, seg.text[cut:])
                pos = limit
                break
            absorbed.append(seg)
            pos += n
            idx += 1
        if k + 1 < len(ordered) and ordered[k + 1].start < pos:
            k += 1
            cluster.append(ordered[k])
            limit = ordered[k].end
            continue
        if not absorbed and ch.after and idx < nsegs and _is_insertion(segs[idx]):
            # An insertion right before an earlier step's insertion at the same original offset: one
            # edit for both (the log holds at most one insertion per offset), the earlier one's rules
            # first, as for any run a change merges with.
            absorbed.append(segs[idx])
            pos += len(segs[idx].text)
            idx += 1
            continue
        break
    region = "".join(seg.text for seg in absorbed)
    parts: list[str] = []
    cur = 0
    for c in cluster:
        parts.append(region[cur : c.start - region_start])
        parts.append(c.after)
        cur = c.end - region_start
    parts.append(region[cur:])
    text = "".join(parts)
    if absorbed:
        orig_start, orig_end = absorbed[0].orig_start, absorbed[-1].orig_end
    else:
        orig_start = orig_end = out[-1].orig_end if out else 0
    rules: list[str] = []
    kinds: list[EditKind] = []
    cert: Cert = ch.cert
    for seg in absorbed:
        for r in seg.rules:
            if r not in rules:
                rules.append(r)
        kinds.extend(seg.kinds)
        if seg.rules:
            cert = _lower_cert(cert, seg.cert)
    for c in cluster:
        if c.rule not in rules:
            rules.append(c.rule)
        kinds.append(c.kind)
        cert = _lower_cert(cert, c.cert)
    if text != original[orig_start:orig_end]:
        out.append(_Segment(orig_start, orig_end, text, tuple(rules), tuple(kinds), cert))
    elif text:  # the steps cancelled out: an unchanged run (an empty one is dropped)
        out.append(_Segment(orig_start, orig_end, text))
    return idx, pos, k


def _is_insertion(seg: _Segment) -> bool:
    """Whether `seg` is an edit that inserts text without replacing any original character."""
    return bool(seg.rules) and seg.orig_start == seg.orig_end


def _join_last_insertions(out: list[_Segment], runs: list[tuple[int, int, int]]) -> None:
    """Make the last two segments of `out` one, if both are insertions at one original offset.

    `out[-1]` was just made by `apply`. Two edits at one offset would leave their order to the edit
    log's line order, so a line duplicated by hand could not be told from a real second insertion.
    One edit instead, as when a change merges with earlier edits: the texts in output order, the
    rules of `out[-2]` (made first) then those of `out[-1]`, every kind and the lower certainty.
    A copied run that ends with `out[-2]` is shortened by it, since that segment changes length
    (`_spliced_starts` measures it then).
    """
    prev, last = out[-2], out[-1]
    if not (_is_insertion(last) and _is_insertion(prev) and prev.orig_start == last.orig_start):
        return
    if runs:
        at, first, end = runs[-1]
        keep = len(out) - 2 - at  # the run's segments before `prev`
        if end - first > keep:
            runs[-1] = (at, first, first + keep)
    rules = prev.rules + tuple(r for r in last.rules if r not in prev.rules)
    out[-2:] = [_Segment(prev.orig_start, prev.orig_end, prev.text + last.text, rules,
                         prev.kinds + last.kinds, _lower_cert(prev.cert, last.cert))]


class EditMismatchError(EditLogError):
    """An edit does not fit the text `apply_edits` / `undo_edits` was given. `index` is the edit's place
    in the edits sorted by offset (the order of an edit log's lines), so a caller holding the log can
    name the line."""

    def __init__(self, message: str, index: int) -> None:
        super().__init__(message)
        self.index = index


def _refuse_second_insertion(prev: Edit | None, edit: Edit, index: int) -> None:
    """Raise `EditMismatchError` when `edit` inserts at the offset where `prev` (the edit before it in
    offset order) inserts already.

    `TrackedText` makes all that is inserted at one original offset one edit, so a second insertion
    there is an edit duplicated or merged in by a program, and nothing tells which text comes first:
    applying both would put text in twice (`editlog.loads_edit_log` refuses such a log line likewise).
    """
    if prev is not None and edit.start == edit.end == prev.start == prev.end:
        raise EditMismatchError(f"a second insertion at {edit.start} (the edit before it inserts there "
                                "already; one edit holds all that is inserted at one place)", index)


def apply_edits(original: str, edits: Sequence[Edit]) -> str:
    """Rebuild the output text from the original input and its edit log.

    Raises `EditMismatchError` if an edit's `before` does not match the original at its offsets, its
    offsets lie past the end of the original (an insertion there would match any text), or it is a
    second insertion at one offset.
    """
    parts: list[str] = []
    cur = 0
    prev: Edit | None = None
    for i, ed in enumerate(sorted(edits, key=lambda x: (x.start, x.end))):
        if ed.start < cur:
            raise EditMismatchError(f"edit at {ed.start} overlaps the previous edit (ends at {cur})", i)
        _refuse_second_insertion(prev, ed, i)
        prev = ed
        if ed.end > len(original):
            raise EditMismatchError(f"edit at {ed.start}..{ed.end} lies past the end of the text "
                                    f"({len(original)} characters)", i)
        if original[ed.start : ed.end] != ed.before:
            raise EditMismatchError(
                f"edit at {ed.start}..{ed.end} expects {ed.before!r} but the text has "
                f"{original[ed.start : ed.end]!r}", i
            )
        parts.append(original[cur : ed.start])
        parts.append(ed.after)
        cur = ed.end
    parts.append(original[cur:])
    return "".join(parts)


def undo_edits(output: str, edits: Sequence[Edit]) -> str:
    """Rebuild the original input from the output text and its edit log.

    Raises `EditMismatchError` if an edit's `after` does not match the output where it should stand,
    that place lies past the end of the output (a deletion undone there would match any text), or it
    is a second insertion at one offset.
    """
    parts: list[str] = []
    cur = 0  # position in output
    delta = 0  # output offset minus original offset, before the current edit
    prev: Edit | None = None
    for i, ed in enumerate(sorted(edits, key=lambda x: (x.start, x.end))):
        out_start = ed.start + delta
        if out_start < cur:
            raise EditMismatchError(f"edit at {ed.start} overlaps the previous edit", i)
        _refuse_second_insertion(prev, ed, i)
        prev = ed
        out_end = out_start + len(ed.after)
        if out_end > len(output):
            raise EditMismatchError(f"edit at original {ed.start} stands at {out_start}..{out_end}, past "
                                    f"the end of the output ({len(output)} characters)", i)
        if output[out_start:out_end] != ed.after:
            raise EditMismatchError(
                f"edit at original {ed.start} expects {ed.after!r} in the output at {out_start} but "
                f"finds {output[out_start:out_end]!r}", i
            )
        parts.append(output[cur:out_start])
        parts.append(ed.before)
        cur = out_end
        delta += len(ed.after) - (ed.end - ed.start)
    parts.append(output[cur:])
    return "".join(parts)
