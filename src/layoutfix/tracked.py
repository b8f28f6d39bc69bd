"""TrackedText: a text plus the edits that made it from an original, lossless by construction.

Every normaliser is a pure function `TrackedText -> TrackedText`. It computes `Change`s in the
coordinates of the CURRENT text and calls `apply`; the tracked text keeps the map back to the
original. Where a later step changes characters an earlier step already changed, the two merge into one
`Edit` spanning the original characters involved and naming every rule, so the edit log never
overlaps and can always be applied to the original (or undone from the output) exactly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import NamedTuple

import regex

from .errors import EditLogError
from .model import CERT_LEVELS, KIND_PRIORITY, Cert, Edit, EditKind


@dataclass(frozen=True, slots=True)
class Change:
    """A replacement of `current[start:end]` by `after`, requested by one rule."""

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


def _lower_cert(a: Cert, b: Cert) -> Cert:
    return a if CERT_LEVELS.index(a) >= CERT_LEVELS.index(b) else b


def _main_kind(kinds: Iterable[EditKind]) -> EditKind:
    present = set(kinds)
    for kind in KIND_PRIORITY:
        if kind in present:
            return kind
    raise ValueError("an edit needs at least one kind")


class TrackedText:
    """An immutable text that remembers how it was made from `original`."""

    __slots__ = ("_edits_out", "_seg_starts", "_segments", "_text", "original")

    def __init__(self, original: str, _segments: tuple[_Segment, ...] | None = None) -> None:
        self.original = original
        if _segments is None:
            _segments = (_Segment(0, len(original), original),) if original else ()
        self._segments = _segments
        self._text = "".join(s.text for s in _segments)
        self._seg_starts: list[int] | None = None  # built on first to_original (the text is immutable)
        self._edits_out: tuple[tuple[int, int, Edit], ...] | None = None  # built on first use, likewise

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
        return [edit for _s, _e, edit in self.edits_in_output()]

    def edits_in_output(self) -> list[tuple[int, int, Edit]]:
        """Each edit with the span (start, end) its `after` text occupies in the CURRENT text.

        Exporters use this to wrap corrections (`<choice>`) at the right place in the output.
        Computed once per instance (edits are frozen); each call returns a new list.
        """
        if self._edits_out is None:
            self._edits_out = tuple(self._compute_edits_in_output())
        return list(self._edits_out)

    def _compute_edits_in_output(self) -> list[tuple[int, int, Edit]]:
        out: list[tuple[int, int, Edit]] = []
        cur = 0
        for seg in self._segments:
            n = len(seg.text)
            if seg.changed:
                edit = Edit(
                    start=seg.orig_start,
                    end=seg.orig_end,
                    before=self.original[seg.orig_start : seg.orig_end],
                    after=seg.text,
                    rules=seg.rules,
                    kind=_main_kind(seg.kinds),
                    cert=seg.cert,
                )
                out.append((cur, cur + n, edit))
            cur += n
        return out

    def to_original(self, pos: int) -> int:
        """Map an offset in the current text to the original (edited runs map to their start/end).

        A binary search over the segments' current-text starts (built once per instance), because
        convert maps every block edge and a page can hold thousands of segments after many edits.
        """
        if self._seg_starts is None:
            self._seg_starts = [0, *accumulate(len(seg.text) for seg in self._segments)]
        starts = self._seg_starts
        if pos >= starts[-1] or not self._segments:
            return len(self.original)
        # A negative pos is not an offset; as before, the first segment answers for it.
        i = 0 if pos < 0 else bisect_right(starts, pos) - 1
        seg, cur = self._segments[i], starts[i]
        if seg.changed:
            return seg.orig_start if pos == cur else seg.orig_end
        return seg.orig_start + (pos - cur)

    def apply(self, changes: Iterable[Change]) -> TrackedText:
        """Return a new tracked text with `changes` (current-text offsets) applied.

        Changes must not overlap each other; they are applied as one simultaneous step.
        """
        ordered = sorted(changes, key=lambda c: (c.start, c.end))
        if not ordered:
            return self
        for a, b in pairwise(ordered):
            if b.start < a.end or (a.start == a.end == b.start == b.end):
                raise ValueError(f"overlapping changes at {a.start}..{a.end} and {b.start}..{b.end}")
        if ordered[-1].end > len(self._text) or ordered[0].start < 0:
            raise ValueError("change outside the text")

        segs = list(self._segments)  # items may be replaced by their unchanged tail, never added
        if self._seg_starts is None:
            self._seg_starts = [0, *accumulate(len(seg.text) for seg in self._segments)]
        starts = self._seg_starts  # so segs[i] always ends at starts[i + 1]
        nsegs = len(segs)
        out: list[_Segment] = []
        idx = 0
        pos = 0  # current-text offset where segs[idx] starts
        k = -1
        while k + 1 < len(ordered):
            k += 1
            ch = ordered[k]
            s, e = ch.start, ch.end
            # Segments that end at or before s stay as they are (found by bisection: a page has
            # thousands of segments and a step may make only a few changes).
            if idx < nsegs and pos + len(segs[idx].text) <= s:
                j = bisect_right(starts, s, idx + 1) - 1
                out.extend(segs[idx:j])
                idx, pos = j, starts[j]
            if idx < len(segs) and not segs[idx].rules and e <= pos + len(segs[idx].text):
                # The common case, kept fast: the change lies inside one unchanged run.
                seg = segs[idx]
                a, b = s - pos, e - pos
                if a:
                    out.append(_Segment(seg.orig_start, seg.orig_start + a, seg.text[:a]))
                orig_start, orig_end = seg.orig_start + a, seg.orig_start + b
                if ch.after == seg.text[a:b]:
                    out.append(_Segment(orig_start, orig_end, ch.after))  # a no-op change
                else:
                    out.append(_Segment(orig_start, orig_end, ch.after, (ch.rule,), (ch.kind,), ch.cert))
                if b < len(seg.text):
                    segs[idx] = _Segment(orig_end, seg.orig_end, seg.text[b:])
                    pos = e
                else:
                    pos += len(seg.text)
                    idx += 1
                continue
            # A change touching text earlier steps changed: the touched changed runs and every later
            # change that falls inside them form one region, rewritten as one merged edit.
            if idx < nsegs and pos < s and not segs[idx].changed:
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
                    if pos + n > limit and not seg.changed:
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
                break
            region = "".join(seg.text for seg in absorbed)
            pieces: list[str] = []
            cur = 0
            for c in cluster:
                pieces.append(region[cur : c.start - region_start])
                pieces.append(c.after)
                cur = c.end - region_start
            pieces.append(region[cur:])
            text = "".join(pieces)
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
                if seg.changed:
                    cert = _lower_cert(cert, seg.cert)
            for c in cluster:
                if c.rule not in rules:
                    rules.append(c.rule)
                kinds.append(c.kind)
                cert = _lower_cert(cert, c.cert)
            if text == self.original[orig_start:orig_end]:
                out.append(_Segment(orig_start, orig_end, text))  # the steps cancelled out
            else:
                out.append(_Segment(orig_start, orig_end, text, tuple(rules), tuple(kinds), cert))
        out.extend(segs[idx:])
        return TrackedText(self.original, tuple(s for s in out if s.text or s.changed))

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


def apply_edits(original: str, edits: Sequence[Edit]) -> str:
    """Rebuild the output text from the original input and its edit log.

    Raises `EditLogError` if an edit's `before` does not match the original at its offsets.
    """
    parts: list[str] = []
    cur = 0
    for ed in sorted(edits, key=lambda x: (x.start, x.end)):
        if ed.start < cur:
            raise EditLogError(f"edit at {ed.start} overlaps the previous edit (ends at {cur})")
        if original[ed.start : ed.end] != ed.before:
            raise EditLogError(
                f"edit at {ed.start}..{ed.end} expects {ed.before!r} but the text has "
                f"{original[ed.start : ed.end]!r}"
            )
        parts.append(original[cur : ed.start])
        parts.append(ed.after)
        cur = ed.end
    parts.append(original[cur:])
    return "".join(parts)


def undo_edits(output: str, edits: Sequence[Edit]) -> str:
    """Rebuild the original input from the output text and its edit log.

    Raises `EditLogError` if an edit's `after` does not match the output where it should stand.
    """
    parts: list[str] = []
    cur = 0  # position in output
    delta = 0  # output offset minus original offset, before the current edit
    for ed in sorted(edits, key=lambda x: (x.start, x.end)):
        out_start = ed.start + delta
        if out_start < cur:
            raise EditLogError(f"edit at {ed.start} overlaps the previous edit")
        out_end = out_start + len(ed.after)
        if output[out_start:out_end] != ed.after:
            raise EditLogError(
                f"edit at original {ed.start} expects {ed.after!r} in the output at {out_start} but "
                f"finds {output[out_start:out_end]!r}"
            )
        parts.append(output[cur:out_start])
        parts.append(ed.before)
        cur = out_end
        delta += len(ed.after) - (ed.end - ed.start)
    parts.append(output[cur:])
    return "".join(parts)
