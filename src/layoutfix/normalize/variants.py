"""Optional variant / traditional-simplified conversion with OpenCC, recorded as edits.

OpenCC converts whole phrases (乾燥 -> 干燥, 軟體 -> 软件 with `tw2sp`), so a change is not always one
character. We convert one line at a time (offsets stay local, newlines and block separators are never
seen by OpenCC) and let `rapidfuzz` align each line before and after: every run of changed characters
becomes one `variant` edit named `variant.<config>`.

OpenCC is not idempotent: its output, converted again, segments into other phrases and changes
further (征讨 -> 征討 -> 徵討, 一万里 -> 一萬里 -> 一萬裏, 履职风采 -> 履職風采 -> 履職風採; `tw2sp` even
grows 厄瓜多尔 -> 厄瓜多尔尔 -> 厄瓜多尔尔尔). A normaliser must be stable when the pipeline runs it
twice, but converting each line to its fixed point, as this step did, writes those wrong second
conversions (徵討 where one pass gives the right 征討). So a line is converted once, and left alone
when it is already in the target script, which OpenCC itself decides by a round trip: a line that the
reverse config (`t2s` for `s2t`, `tw2sp` for `s2twp`) and then the config give back unchanged is
what the config writes (征討 -> t2s 征讨 -> s2t 征討), so a second run of layoutfix changes nothing. A
character-by-character test cannot decide this: 采 and 了 are characters of both scripts, right in
風采 but converted in 采访 -> 採訪 and 了解 -> 瞭解. In the rare case where the one-pass result is not
settled either (伙夫 -> 伙伕, which t2s does not give back), the line is converted again, up to
`_MAX_PASSES` times.

Measured over the flat sample pages (294 distinct lines) and their s2t, s2tw, s2hk, s2twp and t2s
conversions, for all 16 shipped configs: the fixed point differed from one pass on 2 page lines
(邻里纠纷 -> 鄰裏糾紛, 履职风采 -> 履職風採); now every line is converted as one pass converts it, except
an already traditional 鄰里糾紛 or 履職風采, which stays, and a second run changes nothing. Over jieba's
349,046 dictionary words, one word a line, s2t differs from one pass on 6 (the fixed point on 827):
already traditional or mixed words (小傢伙 stays, one pass gives 小傢夥) and unsettled ones (伙夫 ->
夥伕, as before).

A config converting simplified text (`s2t`, `s2tw`, `s2twp`, `s2hk`, `s2hkp`) converts only the
text that is simplified: a page printed in traditional characters keeps its own (鄰里, 了解, 月台,
指導云 are right there, though s2t writes 鄰裏, 瞭解, 月臺, 指導雲), and a simplified headline on such a
page is converted without touching the body. Each line is converted as above, then each of its
segments (the text between punctuation and spaces) decides which of the changes in it stand, by
the characters only one script writes (`hanscript.char_script`; 台, 里, 云, 了 are written by both):

- more simplified-only characters than traditional-only ones: the segment is simplified, every
  change stands (台商踊跃投资 -> 臺商踴躍投資);
- some simplified-only characters, but no more than traditional-only ones (a stray simplified
  character in traditional text, 九龙城一帶): only the changes of simplified-only characters stand,
  judged character by character (九龍城一帶; 台湾一帶 -> 台灣一帶, the 台 beside them stays);
- traditional-only characters and no simplified-only ones: the segment stays as printed;
- neither (了解, 月台): the line decides by the same count, and where it does not either, the page;
  where no text tells, the segment is converted as OpenCC converts it.

A character the config writes as it stands (`_Converted.written`: OpenCC keeps the 征 of 於是征討
in the phrase 征讨 -> 征討) is no change to make. A second run changes nothing: the changes that stood leave
no simplified-only character but such ones, and the counts of what stayed are those of the first
run. The typo rules run after this step; their corrections are written as this step writes the text
around them (`convert_corrections`), so a page spells a corrected word as it spells it elsewhere.
The other configs convert every line as above (t2s on a simplified line changes only the 16
characters of GB 2312 it converts, to their standard simplified forms where no phrase keeps them:
一身乾净 -> 一身干净, 於梨华 and 乾隆 stay).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from functools import cache
from typing import Literal, NamedTuple

import opencc
import regex
from rapidfuzz.distance import Levenshtein

from ..errors import LayoutfixError
from ..hanscript import char_script, opencc_converter
from ..tracked import Change, Edit, TrackedText

#: Upper bound on conversion passes per line (one is the rule; see the module docstring).
_MAX_PASSES = 5
_HAN = regex.compile(r"\p{Han}")
#: A segment of a line: text between punctuation, symbols and spaces (`_segment_verdicts`).
_SEGMENT = regex.compile(r"[^\p{P}\p{S}\s]+")
#: What a segment of a line converted from simplified lets stand: every change (`all`), only the
#: changes of simplified-only characters (`simplified`), none (`none`).
Verdict = Literal["all", "simplified", "none"]
#: What the typo rules find in a text: (start, end, misread characters) of each match of a rule
#: (`typos.misread_matches`).
Misreads = Callable[[str], list[tuple[int, int, str]]]


def available_configs() -> list[str]:
    """The OpenCC configs shipped with the installed `opencc` package, without `.json`."""
    return sorted(name.removesuffix(".json") for name in opencc.CONFIGS)


def _config_name(config: str) -> str:
    """`config` as a shipped config stem (`t2s`, `s2twp`...), or a `LayoutfixError`."""
    name = config.strip().lower().removesuffix(".json")
    valid = available_configs()
    if name not in valid:
        raise LayoutfixError(
            f"unknown OpenCC config {config!r}; valid configs are: {', '.join(valid)}"
        )
    return name


def converts_simplified(config: str) -> bool:
    """Whether OpenCC config `config` converts simplified text (`s2t`, `s2tw`, `s2hk`...): it then
    converts only the text that is simplified (see the module docstring)."""
    return _config_name(config).startswith("s2")


@cache
def _reverse_config(name: str) -> str | None:
    """The shipped config converting back what `name` converts (`s2t` -> `t2s`, `s2twp` -> `tw2sp`,
    `t2jp` -> `jp2t`), or None if OpenCC ships none."""
    source, _, target = name.partition("2")
    valid = available_configs()
    for candidate in (f"{target}2{source}", f"{target.removesuffix('p')}2{source}p"):
        if candidate in valid:
            return candidate
    return None


class _Converted(NamedTuple):
    """A line as `_convert_settled` converts it (`text`), and what the config writes for the line's
    text character for character (`written`: the line converted back and forth again, the round
    trip of the first pass; None where that changes its length, there is no way back, or OpenCC
    leaves the line unchanged and there is nothing to judge)."""

    text: str
    written: str | None


def _convert_settled(cc: opencc.OpenCC, back: opencc.OpenCC | None, line: str) -> _Converted:
    """`line` converted once, unless it is already in the target script (see the module docstring).

    A line is settled when OpenCC leaves it unchanged or when converting it back (`back`) and
    forth again gives it unchanged; an unsettled result is converted again (at most `_MAX_PASSES`
    times), so a second run over the result changes nothing. The first pass's round trip is kept
    (`_Converted.written`): the changes that stand ask it (`_standing_runs`), at no further cost.
    """
    current = line
    written: str | None = None
    for i in range(_MAX_PASSES):
        converted = cc.convert(current)
        if converted == current:
            break
        if back is not None:
            round_trip = cc.convert(back.convert(current))
            if i == 0 and len(round_trip) == len(line):
                written = round_trip
            if round_trip == current:
                break
        current = converted
    return _Converted(current, written)


def _changed_runs(before: str, after: str) -> list[tuple[int, int, str]]:
    """Minimal (start, end, replacement) runs turning `before` into `after`, by Levenshtein alignment.

    Adjacent non-equal opcodes are merged, so a converted phrase is one run.
    """
    runs: list[tuple[int, int, str]] = []
    for op in Levenshtein.opcodes(before, after):
        if op.tag == "equal":
            continue
        replacement = after[op.dest_start : op.dest_end]
        if runs and runs[-1][1] == op.src_start:
            start, _end, text = runs[-1]
            runs[-1] = (start, op.src_end, text + replacement)
        else:
            runs.append((op.src_start, op.src_end, replacement))
    return runs


def _script_balance(text: str) -> int:
    """Simplified-only minus traditional-only characters of `text` (`hanscript.char_script`)."""
    return -sum(char_script(c) for c in text)


class _Counts(NamedTuple):
    """Per character of a line: how many simplified-only (`simplified`) and traditional-only
    (`traditional`) characters it stands for (`hanscript.char_script`; a character an earlier step
    wrote stands for those it replaced, `_printed_counts`)."""

    simplified: list[int]
    traditional: list[int]


def _counts(text: str) -> _Counts:
    """`_Counts` of `text` as it stands."""
    scripts = [char_script(c) for c in text]
    return _Counts([int(x < 0) for x in scripts], [int(x > 0) for x in scripts])


def _segment_verdicts(
    line: str, page_balance: Callable[[], int], counts: _Counts | None = None
) -> list[tuple[int, int, Verdict]]:
    """(start, end, verdict) of each segment of `line` (see the module docstring): which of the
    changes converting simplified text stand in it. `page_balance` is `_script_balance` of the page,
    asked only where a segment and its line tell nothing. `counts`: what each character of the line
    counts for, when not what it is (`_printed_counts`)."""
    simp, trad = counts or _counts(line)
    found: list[tuple[int, int, Verdict]] = []
    line_balance: int | None = None
    for m in _SEGMENT.finditer(line):
        simplified, traditional = sum(simp[m.start() : m.end()]), sum(trad[m.start() : m.end()])
        verdict: Verdict
        if simplified > traditional:
            verdict = "all"
        elif simplified:
            verdict = "simplified"
        elif traditional:
            verdict = "none"
        else:
            if line_balance is None:
                line_balance = sum(simp) - sum(trad)
            balance = line_balance or page_balance()
            verdict = "none" if balance < 0 else "all"
        found.append((m.start(), m.end(), verdict))
    return found


def _stands(
    line: str, start: int, end: int, verdicts: list[tuple[int, int, Verdict]]
) -> bool:
    """Whether the change of `line[start:end]` stands by the verdicts of the segments it touches: it
    changes a simplified-only character, or touches a segment whose every change stands. A change
    in no segment (between punctuation and spaces) stands as OpenCC made it."""
    if any(char_script(c) < 0 for c in line[start:end]):
        return True
    touched = [v for s, e, v in verdicts if s <= start < e or (start < s < end)]
    return not touched or "all" in touched


def _pieces(run: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """`run` (start, end, replacement) one character a piece where it changes as many characters as it
    writes (a phrase converted character for character: 台湾 -> 臺灣), else whole."""
    start, end, after = run
    if end - start == len(after) > 1:
        return [(start + i, start + i + 1, a) for i, a in enumerate(after)]
    return [run]


def _standing_runs(
    line: str,
    runs: list[tuple[int, int, str]],
    verdicts: list[tuple[int, int, Verdict]],
    written: str | None,
    left: frozenset[int] = frozenset(),
) -> list[tuple[int, int, str]]:
    """The parts of `runs` (changes to `line`) that stand by `verdicts` (`_stands`). A run changing
    as many characters as it writes is judged character by character, so a simplified-only
    character does not carry the characters beside it (台湾一帶: 湾 -> 灣 stands, 台 stays); the
    standing characters of one run are one change again where they touch. A character the config
    writes as it stands (`written`, `_Converted.written`: the 征 of 於是征討, which OpenCC keeps in
    the phrase 征讨 -> 征討, though it writes 徵 for 征 alone) is no change to make. Where every
    segment lets every change stand and the config writes each changed character as `runs` do (a
    simplified line), that is `runs` as they are, and they are not taken apart. A character at an
    offset of `left` (`_left_to_typos`) is left as printed."""
    unchanged = written is None or _writes_runs(written, runs)
    if not left and unchanged and all(v == "all" for _, _, v in verdicts):
        return runs
    kept: list[tuple[int, int, str]] = []
    for run in runs:
        merged: list[tuple[int, int, str]] = []
        for piece in _pieces(run):
            a, b = piece[0], piece[1]
            if written is not None and written[a:b] == line[a:b]:
                continue
            if left and any(k in left for k in range(a, max(b, a + 1))):
                continue
            if not _stands(line, a, b, verdicts):
                continue
            if merged and merged[-1][1] == piece[0]:
                merged[-1] = (merged[-1][0], piece[1], merged[-1][2] + piece[2])
            else:
                merged.append(piece)
        kept.extend(merged)
    return kept


def _writes_runs(written: str, runs: list[tuple[int, int, str]]) -> bool:
    """Whether `written` (a line as the config writes it, `_Converted.written`) holds each change of
    `runs` (to that line) as the change writes it."""
    return all(written[start:end] == after for start, end, after in runs)


def _left_to_typos(text: str, cc: opencc.OpenCC, misreads: Misreads | None) -> list[tuple[int, int]]:
    """(start, end) of each span of `text`, in order, that a config converting simplified text (`cc`)
    leaves as printed for the typo rules: a rule's match (`misreads`) whose misread characters the
    config converts (the 干 of 干家万户, which s2t writes 幹家萬戶, where no rule finds it). The step
    after the typo rules writes it as the conversion does, corrected or not (`convert_corrections`)."""
    if misreads is None:
        return []
    return sorted({(s, e) for s, e, chars in misreads(text) if any(cc.convert(c) != c for c in chars)})


def _left_in_line(left: list[tuple[int, int]], starts: list[int], offset: int, end: int) -> frozenset[int]:
    """The offsets, in the line `offset`..`end`, of the spans `left` (`_left_to_typos`; `starts`
    their starts) that begin in it."""
    i, j = bisect.bisect_left(starts, offset), bisect.bisect_right(starts, end)
    return frozenset(k - offset for s, e in left[i:j] for k in range(s, min(e, end)))


def convert_text(t: TrackedText, config: str, misreads: Misreads | None = None) -> TrackedText:
    """Convert `t` with OpenCC config `config`, one line at a time, recording each changed run.

    A config converting simplified text leaves what is already traditional as printed (see the
    module docstring), and a typo rule's match whose misread characters it would convert
    (`misreads`, `_left_to_typos`) to the typo rules."""
    name = _config_name(config)
    cc = opencc_converter(name)
    reverse = _reverse_config(name)
    back = opencc_converter(reverse) if reverse else None
    rule = f"variant.{name}"
    from_simplified = converts_simplified(name)
    page_balance = cache(lambda: _script_balance(t.text))
    left = _left_to_typos(t.text, cc, misreads) if from_simplified else []
    starts = [s for s, _ in left]
    changes: list[Change] = []
    offset = 0
    for line in t.text.split("\n"):
        if _HAN.search(line):
            converted, written = _convert_settled(cc, back, line)
            if converted != line:
                runs = _changed_runs(line, converted)
                if from_simplified:
                    verdicts = _segment_verdicts(line, page_balance)
                    in_line = _left_in_line(left, starts, offset, offset + len(line)) if left else frozenset()
                    runs = _standing_runs(line, runs, verdicts, written, in_line)
                changes.extend(
                    Change(offset + start, offset + end, after, rule, "variant") for start, end, after in runs
                )
        offset += len(line) + 1
    return t.apply(changes)


def _printed_counts(edits: list[tuple[int, int, Edit]], line_start: int, line: str) -> _Counts:
    """`_Counts` of `line`, at `line_start` of a text, as printed: a character an edit wrote counts
    for nothing, and the first of an edit's characters for the ones it replaced (`Edit.before`: the
    simplified characters a conversion replaced, the misread a correction did). `edits`: the
    text's edits that write into the line (`_edits_by_line`), with their spans in the text."""
    simp, trad = _counts(line)
    line_end = line_start + len(line)
    for s, e, edit in edits:
        if e <= line_start or s >= line_end or s == e:
            continue
        a, b = max(s, line_start) - line_start, min(e, line_end) - line_start
        simp[a:b] = [0] * (b - a)
        trad[a:b] = [0] * (b - a)
        if s >= line_start:
            printed = _counts(edit.before)
            simp[a] += sum(printed.simplified)
            trad[a] += sum(printed.traditional)
    return _Counts(simp, trad)


def convert_corrections(t: TrackedText, config: str, misreads: Misreads | None = None) -> TrackedText:
    """The typo corrections of `t` (edits of kind `typo`: typo rules, applied suggestions) written as
    `--variants` `config` writes the text around them, for a config converting simplified text.

    The variants step runs before the typo rules (the rules read the page in its final script), so a
    correction would otherwise stand as the rule writes it: 出合 -> 出台 beside the conversion's 出臺
    (省政协出台…市政协出合… -> 省政協出臺…市政協出台…), and a second run converted the 台 it left.
    Each segment holding a correction (`_SEGMENT`) is converted as the variants step converts its
    line, judged by the text as printed (`_printed_counts`: 市政协出合 was simplified, so 出合 ->
    出臺; a page printed in traditional characters keeps the rule's 出台, as it keeps its own 月台):
    so the text a correction changed is what a second run's variants step finds settled (a
    correction may change how OpenCC reads the characters beside it). A typo rule's match that the
    conversion left to the typo rules (`_left_to_typos`) and they did not correct is written so too
    (a 干 the rule's word check refused is 幹 as before). Other configs return `t`."""
    name = _config_name(config)
    if not converts_simplified(name):
        return t
    cc = opencc_converter(name)
    edits = t.edits_in_output()
    left = _left_to_typos(t.text, cc, misreads)
    if not left and not any(edit.kind == "typo" and e > s for s, e, edit in edits):
        return t
    reverse = _reverse_config(name)
    back = opencc_converter(reverse) if reverse else None
    rule = f"variant.{name}"
    page_balance = cache(lambda: _script_balance(t.original))
    changes: list[Change] = []
    starts = [s for s, _ in left]
    for offset, line, in_line, (i, j) in _lines_to_write(t.text, edits, starts):
        end = offset + len(line)
        inside = [
            (s - offset, e - offset) for s, e, edit in in_line
            if edit.kind == "typo" and offset <= s < e <= end
        ]
        held = [
            (m.start(), m.end()) for m in _SEGMENT.finditer(line)
            if any(m.start() < e and s < m.end() for s, e in inside)
        ]
        waiting = [(s - offset, e - offset) for s, e in left[i:j]]
        if not held and not waiting:
            continue
        converted, written = _convert_settled(cc, back, line)
        # a misread no rule corrected is written as the config writes the word printed, in a clause
        # holding a correction too: the line's round trip reads it with simplified characters around
        # it (曬干米粉 -> 曬乾米粉, where the line as it stands, 把曬干米粉, gives 曬幹)
        in_held = [
            piece for piece in _pieces_within(line, converted, held)
            if not any(s <= piece[0] and piece[1] <= e for s, e in waiting)
        ]
        runs = in_held + _pieces_within(line, written or converted, waiting)
        runs.sort()
        if runs:
            verdicts = _segment_verdicts(line, page_balance, _printed_counts(in_line, offset, line))
            changes.extend(
                Change(offset + a, offset + b, after, rule, "variant")
                for a, b, after in _standing_runs(line, runs, verdicts, written)
            )
    return t.apply(changes)


def _pieces_within(line: str, target: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The changes turning `line` into `target` (`_changed_runs`, one character a piece where they can
    be, `_pieces`) that lie within one of `spans`."""
    if not spans or target == line:
        return []
    return [
        piece for run in _changed_runs(line, target) for piece in _pieces(run)
        if any(s <= piece[0] and piece[1] <= e for s, e in spans)
    ]


def _lines_to_write(
    text: str, edits: list[tuple[int, int, Edit]], starts: list[int]
) -> Iterator[tuple[int, str, list[tuple[int, int, Edit]], tuple[int, int]]]:
    """(offset, line, edits, (i, j)) of each line of `text` that an edit of `edits` (spans in `text`,
    in order, as `TrackedText.edits_in_output` gives them) writes into or touches, or where a span
    left to the typo rules begins (`starts`, in order; `starts[i:j]` those beginning in the line): one
    walk over all three, so a page's edits are read once, not once per line."""
    offset = i = 0
    for line in text.split("\n"):
        end = offset + len(line)
        while i < len(edits) and edits[i][1] < offset:  # ended before this line
            i += 1
        j = i
        while j < len(edits) and edits[j][0] <= end:
            j += 1
        k, m = bisect.bisect_left(starts, offset), bisect.bisect_right(starts, end)
        if j > i or m > k:
            yield offset, line, edits[i:j], (k, m)
        offset = end + 1


def converter(config: str, misreads: Misreads | None = None) -> Callable[[TrackedText], TrackedText]:
    """A normaliser step converting with OpenCC config `config` (`t2s`, `s2t`, `tw2sp`...), leaving
    to the typo rules the matches of `misreads` it would convert a misread of (`convert_text`).

    The config is checked here, so a wrong name fails before any text is read.
    """
    name = _config_name(config)
    opencc_converter(name)  # built here, before any text is read
    if reverse := _reverse_config(name):
        opencc_converter(reverse)

    def step(t: TrackedText) -> TrackedText:
        return convert_text(t, name, misreads)

    step.__name__ = f"variants_{name}"
    return step


def correction_converter(
    config: str, misreads: Misreads | None = None
) -> Callable[[TrackedText], TrackedText]:
    """A normaliser step writing the typo corrections as `config` writes the page, and what the
    conversion left to the typo rules (`misreads`, `convert_corrections`); run after the typo rules."""
    name = _config_name(config)

    def step(t: TrackedText) -> TrackedText:
        return convert_corrections(t, name, misreads)

    step.__name__ = f"variants_{name}_corrections"
    return step
