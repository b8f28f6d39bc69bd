"""Find OCR look-alike typos that no rule names, score them, and apply the confident ones on request.

A string is suspect when a character stands alone on the best dictionary path (it is in no word of
two or more characters) and one look-alike swap (`confusion`) puts it into a frequent word and makes
the passage read much better (`scoring`). Each suggestion gets a certainty:

- `high`: a log-probability gain of at least `HIGH_GAIN_STRONG` for a strong (hand-checked or user)
  pair, `HIGH_GAIN` for a derived one; only these are applied by `--apply-suggestions high`;
- `medium`: gain at least `MEDIUM_GAIN` and a new word of frequency at least `MEDIUM_FREQ`;
- `low`: gain at least `LOW_GAIN`. Everything below is dropped.

Words of a user gazetteer (the `lexicon/*.txt` words of three or more characters in the rule folders,
plus any extra names passed in) are matched with `rapidfuzz`: a string one look-alike swap away from a
name is suggested too. The thresholds and measured precision are in docs/suggest.md.

A swap inside a person's name (`names.NameFinder`: after a reporter's label, in a byline or a signature,
or what jieba tags a name) is offered at `low` at most, with the reason "a name": no word list can
tell 冯雪 from 冰雪, and a name changed by `--apply-suggestions high` is wrong text. Only a gazetteer
hit that makes a name the caller gave (`gazetteer=`) keeps its certainty there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex
from rapidfuzz import process
from rapidfuzz.distance import Hamming

from ..lexicon import read_lexicon
from ..model import CERT_LEVELS, Cert
from ..normalize.typos import _SENTENCE_END, _View, load_ruleset
from ..tracked import Change, TrackedText
from .confusion import ConfusionTable, Pair, load_confusion
from .names import NameFinder
from .scoring import score_swap

HIGH_GAIN_STRONG = 8.0
HIGH_GAIN = 9.0
MEDIUM_GAIN = 7.0
MEDIUM_FREQ = 100
LOW_GAIN = 5.0
#: Original-path tokens on each side of a suspect character that the scored window holds.
CONTEXT_TOKENS = 3

_HAN = regex.compile(r"\p{Han}")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A candidate correction of `suspect` (at `start:end` of the text it was found in) to `proposal`."""

    start: int
    end: int
    suspect: str
    proposal: str
    word: str  # the word the swap makes, as read in the corrected text
    found: str  # the same characters as they stand in the text (the string a learned rule finds)
    pair: str  # e.g. "其→基"
    score: float
    cert: Cert
    why: str
    context: str
    orig_start: int  # the suspect span in the ORIGINAL input of a tracked text
    orig_end: int

    @property
    def rule(self) -> str:
        """The rule id recorded on an applied suggestion, e.g. `suggest.其-基`."""
        return f"suggest.{self.suspect}-{self.proposal}"

    def to_json(self) -> dict[str, object]:
        """The suggestion as a JSON-ready dict (one line of `layoutfix suggest --format jsonl`)."""
        return {
            "start": self.orig_start, "end": self.orig_end, "before": self.suspect, "after": self.proposal,
            "word": self.word, "found": self.found, "pair": self.pair, "score": round(self.score, 2),
            "cert": self.cert, "rule": self.rule, "kind": "typo", "why": self.why, "context": self.context,
        }


def _certainty(pair: Pair, gain: float, freq: int) -> Cert | None:
    if gain >= (HIGH_GAIN_STRONG if pair.strong else HIGH_GAIN):
        return "high"
    if gain >= MEDIUM_GAIN and freq >= MEDIUM_FREQ:
        return "medium"
    if gain >= LOW_GAIN:
        return "low"
    return None


def _unless_a_name(
    finder: NameFinder, vpos: int, word: tuple[int, int], cert: Cert, why: str
) -> tuple[Cert, str]:
    """`cert` and `why`, or `low` and the reason "a name" when `vtext[vpos]` stands in a person's name
    (`finder`, a `NameFinder` over `vtext`; `word`, the span of the word the swap makes): a name is no
    dictionary word, so the gain a swap shows there says nothing."""
    name = finder.name_at(vpos, word)
    if name is None:
        return cert, why
    return "low", f"a name: {name}; low at most; {why}"


def _sentences(text: str) -> Iterable[tuple[int, int]]:
    last = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > last:
            yield last, m.start()
        last = m.end()
    if last < len(text):
        yield last, len(text)


def _gazetteer(lexicon_files: Sequence[Path], names: Iterable[str]) -> dict[int, list[str]]:
    """Names of three or more characters by length: lexicon words (frequency not 0) and `names`."""
    by_len: dict[int, set[str]] = {}
    words = [w for f in lexicon_files for w, freq in read_lexicon(f) if freq != 0]
    for w in [*words, *names]:
        if len(w) >= 3 and _HAN.match(w):
            by_len.setdefault(len(w), set()).add(w)
    return {n: sorted(ws) for n, ws in by_len.items()}


def _heads(names: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The first and the second characters of `names` (all of one length, three or more).

    A window one substitution away from a name shares all but one of its characters, so it shares
    the name's first or its second: a window holding neither character of any name can be skipped
    without asking rapidfuzz, which is what makes the gazetteer cheap on a page (a scan of every
    window cost ~13 ms of the seed page's ~60 ms).
    """
    return frozenset(w[0] for w in names), frozenset(w[1] for w in names)


class Suggester:
    """Suggestions for texts, with the lexicon, confusion table and gazetteer loaded once."""

    def __init__(
        self,
        rule_dirs: Sequence[Path] = (),
        include_default: bool = True,
        gazetteer: Iterable[str] = (),
        table: ConfusionTable | None = None,
    ) -> None:
        ruleset = load_ruleset(rule_dirs, include_default=include_default)
        self.checker = ruleset.checker
        self.table = table if table is not None else load_confusion(rule_dirs, include_default)
        given = tuple(gazetteer)
        self.names = _gazetteer(ruleset.lexicon_files, given)
        #: The names the caller gave: a gazetteer hit making one of them may correct a name.
        self._given = frozenset(given)
        self._name_set = {n for ns in self.names.values() for n in ns}
        self._heads = {n: _heads(ns) for n, ns in self.names.items()}
        #: The (find, replace) of every rule spelling: a correction a rule makes is the rule's to make.
        self._ruled = tuple({(sp.find, sp.replace) for sp in ruleset.spellings})

    def __call__(self, text: str | TrackedText) -> list[Suggestion]:
        tracked = TrackedText(text) if isinstance(text, str) else text
        # Characters a typo rule already changed are not suggested again.
        done: list[tuple[int, int]] = [(s, e) for s, e, ed in tracked.edits_in_output() if ed.kind == "typo"]
        view = _View(tracked.text)
        vtext = view.text
        finder = NameFinder(vtext)  # one for the call: each clause is tagged once
        found: dict[int, Suggestion] = {}
        for s0, s1 in _sentences(vtext):
            for sug in self._in_sentence(vtext, s0, s1, view, tracked, finder):
                if any(a < sug.end and sug.start < b for a, b in done):
                    continue
                best = found.get(sug.start)
                if best is None or sug.score > best.score:
                    found[sug.start] = sug
        return [found[k] for k in sorted(found)]

    def _in_sentence(
        self, vtext: str, s0: int, s1: int, view: _View, tracked: TrackedText, finder: NameFinder
    ) -> Iterable[Suggestion]:
        tok = self.checker.tokenizer
        sentence = vtext[s0:s1]
        tokens = self.checker.tokens(sentence)
        for k, (w, s, _e) in enumerate(tokens):
            # Only single characters are in the table; most tokens leave after this one lookup.
            if w not in self.table.alternatives or not _HAN.match(w):
                continue
            pairs = self.table.of(w)
            if not pairs:
                continue
            lo = tokens[max(0, k - CONTEXT_TOKENS)][1]
            hi = tokens[min(len(tokens) - 1, k + CONTEXT_TOKENS)][2]
            window = sentence[lo:hi]
            for pair in pairs:
                ev = score_swap(tok, window, s - lo, pair.meant)
                if ev is None:
                    continue
                cert = _certainty(pair, ev.gain, ev.freq)
                if cert is None:
                    continue
                found = window[ev.start : ev.end]
                cert, why = _unless_a_name(
                    finder, s0 + s, (s0 + lo + ev.start, s0 + lo + ev.end), cert,
                    f"{pair.seen} stands alone; {pair.meant} makes the word {ev.word} "
                    f"(freq {ev.freq}), log-prob +{ev.gain:.1f}; pair from {pair.source}")
                yield self._make(vtext, s0 + s, pair, (ev.word, found), ev.gain, cert, why, view, tracked)
        yield from self._gazetteer_hits(vtext, s0, s1, view, tracked, finder)

    def _gazetteer_hits(
        self, vtext: str, s0: int, s1: int, view: _View, tracked: TrackedText, finder: NameFinder
    ) -> Iterable[Suggestion]:
        """Strings one look-alike swap away from a gazetteer name (rapidfuzz Hamming distance 1)."""
        for n, names in self.names.items():
            firsts, seconds = self._heads[n]
            for i in range(s0, s1 - n + 1):
                if vtext[i] not in firsts and vtext[i + 1] not in seconds:
                    continue  # no name of length n is within one character of this window
                window = vtext[i : i + n]
                if window in self._name_set or not any(self.table.of(c) for c in window):
                    continue
                hit = process.extractOne(window, names, scorer=Hamming.distance, score_cutoff=1)
                if hit is None or hit[1] != 1:
                    continue
                name = hit[0]
                j = next(p for p in range(n) if window[p] != name[p])
                pair = self.table.get(window[j], name[j])
                if pair is None or self._rule_decides(window, name, j):
                    continue
                cert: Cert = "high" if pair.strong else "medium"
                why = f"one look-alike away from the gazetteer name {name}; pair from {pair.source}"
                if name not in self._given:  # a lexicon word is no evidence about a person's name
                    cert, why = _unless_a_name(finder, i + j, (i, i + n), cert, why)
                yield self._make(vtext, i + j, pair, (name, window), 10.0, cert, why, view, tracked)

    def _rule_decides(self, window: str, name: str, j: int) -> bool:
        """Whether a typo rule makes this very swap (its `find` in the window and its `replace` in the
        name, over the differing character): then the rule, with its guards, decides, and the
        gazetteer does not overrule it (住香港 → 驻香港 is right for the 驻/住 rule's garrison contexts,
        wrong in 他住香港，常回内地探亲)."""
        for find, replace in self._ruled:
            size = len(find)
            for k in range(max(0, j - size + 1), min(j, len(window) - size) + 1):
                if window[k : k + size] == find and name[k : k + size] == replace:
                    return True
        return False

    @staticmethod
    def _make(
        vtext: str, vpos: int, pair: Pair, word: tuple[str, str], gain: float, cert: Cert, why: str,
        view: _View, tracked: TrackedText,
    ) -> Suggestion:
        pos = view.to_text(vpos)
        left, right = vtext[max(0, vpos - 12) : vpos], vtext[vpos : vpos + 13]
        return Suggestion(
            start=pos, end=pos + 1, suspect=pair.seen, proposal=pair.meant, word=word[0], found=word[1],
            pair=f"{pair.seen}→{pair.meant}", score=gain, cert=cert, why=why,
            context=left.rsplit("\n", 1)[-1] + right.split("\n", 1)[0],
            orig_start=tracked.to_original(pos), orig_end=tracked.to_original(pos + 1),
        )


def suggest(
    text: str | TrackedText,
    *,
    rule_dirs: Sequence[Path] = (),
    include_default: bool = True,
    gazetteer: Iterable[str] = (),
    min_cert: Cert = "low",
) -> list[Suggestion]:
    """Candidate look-alike corrections in `text` at certainty `min_cert` or better, in text order.

    Offsets `start`/`end` are in `text` (the current text of a tracked text); `orig_start`/`orig_end`
    in its original input. Nothing is changed: see `apply_suggestions`.
    """
    level = CERT_LEVELS.index(min_cert)
    found = _suggester(tuple(Path(d) for d in rule_dirs), include_default, tuple(gazetteer))(text)
    return [s for s in found if CERT_LEVELS.index(s.cert) <= level]


_CACHE: dict[tuple[object, ...], Suggester] = {}


def _suggester(dirs: tuple[Path, ...], include_default: bool, names: tuple[str, ...]) -> Suggester:
    key = (dirs, include_default, names)
    if key not in _CACHE:
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[key] = Suggester(dirs, include_default, names)
    return _CACHE[key]


def apply_suggestions(
    tracked: TrackedText, suggestions: Iterable[Suggestion], level: Cert = "high"
) -> TrackedText:
    """`tracked` with the suggestions at certainty `level` or better applied as `typo` edits.

    The suggestions must have been made on `tracked.text`; raises `ValueError` when one does not fit.
    """
    if level not in CERT_LEVELS:
        raise ValueError(f"level must be one of {CERT_LEVELS}, got {level!r}")
    keep = CERT_LEVELS.index(level)
    changes: list[Change] = []
    for s in suggestions:
        if CERT_LEVELS.index(s.cert) > keep:
            continue
        if tracked.text[s.start : s.end] != s.suspect:
            raise ValueError(f"suggestion {s.pair} at {s.start} does not fit the text")
        changes.append(Change(s.start, s.end, s.proposal, s.rule, "typo", s.cert))
    return tracked.apply(changes)


__all__ = ["Suggester", "Suggestion", "apply_suggestions", "suggest"]
