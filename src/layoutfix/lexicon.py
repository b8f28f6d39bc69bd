"""The word check used by typo rules: jieba's dictionary plus the lexicon files shipped with rules.

A literal rule such as 出合→出台 is right in 省政协出合开展 and wrong in 提出合理化建议, where 出合
straddles the words 提出 and 合理化. The check segments the sentence around a match with jieba's
dictionary (HMM off, so only real dictionary words count) and accepts a correction only when the match
is not part of a real word and every changed character lands inside a real word afterwards.

jieba's dictionary takes about a second to load, so it is loaded lazily, once per process, into a private
`jieba.Tokenizer` (the global `jieba` tokenizer is never touched). Each distinct set of lexicon files gets
its own copy of the word table, so a user's lexicon never leaks into another rule set.

The application's logging is left as it was: importing jieba sets the `jieba` logger to DEBUG and adds
a stderr handler to it, which `_jieba` undoes; the dictionary is built without jieba's `initialize`,
which would log its start-up messages (`Building prefix dict ...`) and keep a cache file.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import logging
import re
import threading
import warnings
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from math import log
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from .contentkey import content_key
from .errors import RuleError

if TYPE_CHECKING:
    import jieba

_LOCK = threading.Lock()
_BASE: jieba.Tokenizer | None = None
#: One hanzi (the CJK unified ideographs and their extension A).
_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@cache
def _jieba() -> ModuleType:
    """jieba, imported when a word check first needs it: the import alone takes ~0.13 s of every start
    of the CLI, and most commands (and pages without a typo candidate) never segment a word.

    jieba 0.42 imports `pkg_resources`, which setuptools 67-80 deprecate with a UserWarning printed on
    stderr; users cannot act on it (setuptools 81+ has no pkg_resources and jieba falls back to plain
    file reads), so that one warning is silenced here."""
    with warnings.catch_warnings(), _logger_kept("jieba"):
        warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
        import jieba
    return jieba


@contextlib.contextmanager
def _logger_kept(name: str) -> Iterator[None]:
    """The logger `name` as it was before the block (level, handlers, propagation) when the block
    ends: jieba's import sets its logger to DEBUG and adds a handler printing on stderr, which would
    override the application's logging set-up (its level for `jieba`, its own handlers)."""
    logger = logging.getLogger(name)
    level, handlers, propagate = logger.level, list(logger.handlers), logger.propagate
    try:
        yield
    finally:
        for handler in [h for h in logger.handlers if h not in handlers]:
            logger.removeHandler(handler)
        for handler in handlers:
            if handler not in logger.handlers:
                logger.addHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def _jieba_posseg() -> ModuleType:
    """`jieba.posseg`, imported with jieba through `_jieba` (so its import leaves logging alone)."""
    _jieba()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
        import jieba.posseg
    return jieba.posseg


@cache
def _jieba_piece() -> re.Pattern[str]:
    """The pattern `jieba.Tokenizer.cut` splits a sentence with before segmenting each piece on its own
    (maximal runs of hanzi, letters, digits and `+#&._%-`; everything else is cut one character at a
    time). A word never crosses a piece boundary, so the words around a match can be found by segmenting
    only the pieces that hold it (see `WordChecker.window_tokens`)."""
    pattern: re.Pattern[str] = _jieba().re_han_default
    return pattern


Token = tuple[str, int, int]


def _base_tokenizer() -> jieba.Tokenizer:
    """jieba's default dictionary in a private tokenizer, built from the dictionary on first use.

    No cache file is read or written (jieba's `initialize` would keep one, about 9 MB, in the
    temporary folder): building the word table from the dictionary took 0.42-0.47 s of CPU against
    0.49-0.55 s to load jieba's cache of it (cold processes, alternating, 8 each, on a loaded 2-core
    machine), and a cache file brought its own troubles (another user's unusable one in a shared
    temporary folder, a home folder to find, a full disk, temporary files a killed process left)."""
    global _BASE
    with _LOCK:
        if _BASE is None:
            tok = _jieba().Tokenizer()
            tok.FREQ, tok.total = tok.gen_pfdict(tok.get_dict_file())
            tok.initialized = True  # (so jieba never runs its `initialize`, which reads or writes a cache)
            _BASE = tok
        return _BASE


def read_lexicon(path: Path) -> list[tuple[str, int | None]]:
    """Words from a lexicon file: one `word [freq]` a line, `#` starts a comment.

    A frequency of 0 removes a word from the dictionary: jieba lists some common misspellings (自已)
    as words, which would make the word check refuse to correct them.

    Raises `RuleError` naming the file and line when a line has more than two fields or a bad frequency.
    """
    words: list[tuple[str, int | None]] = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read lexicon: {exc}") from exc
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if len(fields) > 2 or (len(fields) == 2 and not fields[1].isdigit()):
            raise RuleError(f"{path}:{n}: expected 'word [frequency]', got {raw!r}")
        words.append((fields[0], int(fields[1]) if len(fields) == 2 else None))
    return words


@lru_cache(maxsize=16)
def _tokenizer_for(lexicon_files: tuple[tuple[str, str], ...]) -> jieba.Tokenizer:
    """A tokenizer with jieba's words plus those of `lexicon_files` ((path, content digest) pairs, so an
    edited lexicon gives a new tokenizer, see `layoutfix.contentkey`)."""
    base = _base_tokenizer()
    if not lexicon_files:
        return base
    tok = _jieba().Tokenizer()
    tok.FREQ = dict(base.FREQ)
    tok.total = base.total
    tok.user_word_tag_tab = dict(base.user_word_tag_tab)
    tok.initialized = True
    for path, _digest in lexicon_files:
        for word, freq in read_lexicon(Path(path)):
            tok.add_word(word, freq)
    return tok


class WordChecker:
    """Segments sentences with jieba plus a fixed set of lexicon files; built lazily."""

    def __init__(self, lexicon_files: Sequence[Path] = ()) -> None:
        self._key = tuple((str(p), content_key(str(p))) for p in lexicon_files)
        self._tok: jieba.Tokenizer | None = None
        self._reach: int | None = None

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        if self._tok is None:
            self._tok = _tokenizer_for(self._key)
        return self._tok

    def tokens(self, sentence: str) -> list[Token]:
        """The best dictionary segmentation of `sentence` as (word, start, end) triples."""
        return list(self.tokenizer.tokenize(sentence, HMM=False))

    def window_tokens(self, sentence: str, start: int, end: int) -> list[Token]:
        """The words of `tokens(sentence)` that lie in the pieces holding `sentence[start:end]`.

        jieba segments each piece of a sentence (a maximal run matched by `jieba.re_han_default`, or
        the text between two runs) independently of the others, so segmenting just the pieces that
        overlap `start..end` gives exactly the words of the whole sentence there, offsets shifted back.
        The word check only looks at words overlapping the match; a 160-character sentence then costs
        jieba about a tenth of the work (~0.1 instead of ~0.7 ms per check).
        """
        lo, hi = 0, len(sentence)
        for m in _jieba_piece().finditer(sentence):
            a, b = m.span()
            if a >= end:  # a run wholly after the match: its start bounds the window
                hi = a
                break
            if b >= end:  # the run holding the match's end
                hi = b
                if a <= start:
                    lo = a
                break
            # a run ending before `end`: its boundaries at or before `start` bound the window
            if b <= start:
                lo = b
            elif a <= start:
                lo = a
        if lo == 0 and hi == len(sentence):
            return self.tokens(sentence)
        return [(w, s + lo, e + lo) for w, s, e in self.tokenizer.tokenize(sentence[lo:hi], HMM=False)]

    def accepts(
        self, sentence: str, start: int, end: int, replace: str, tokens: Iterable[Token] | None = None
    ) -> bool:
        """Whether replacing `sentence[start:end]` by `replace` fixes a non-word into a word.

        Refused when a multi-character word on the best path of `sentence` overlaps the match and
        reaches outside it, or is the match itself (the "error" is then a real word). Accepted only if,
        on the best path of the corrected sentence, every changed character sits in a word of two or
        more characters. `tokens` may pass a cached segmentation of `sentence`; without it only the
        pieces around the match are segmented (`window_tokens`), with the same answer.
        """
        if tokens is None:
            tokens = self.window_tokens(sentence, start, end)
        if _word_holds_match(((s, e) for _w, s, e in tokens), start, end):
            return False
        changed = _changed_positions(sentence[start:end], replace, start)
        corrected = sentence[:start] + replace + sentence[end:]
        words = self.window_tokens(corrected, start, start + len(replace))
        return _in_words(((s, e) for _w, s, e in words), changed)

    def word_reach(self) -> int:
        """The length of the longest key of the tokenizer's table (words and their prefixes): no word
        jieba finds is longer, and `Tokenizer.get_DAG` reads no further from a position."""
        if self._reach is None:
            self._reach = max(map(len, self.tokenizer.FREQ), default=1)
        return self._reach

    def checks(self, text: str) -> TextChecks:
        """`accepts` for many matches in one long `text` (`TextChecks`)."""
        return TextChecks(self, text)


def _word_holds_match(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a word of two characters or more among `spans` (start, end) overlaps `start..end` and
    reaches outside it, or is the match itself: the check then refuses the correction."""
    return any(
        e - s >= 2 and s < end and e > start and (s < start or e > end or (s, e) == (start, end))
        for s, e in spans
    )


def _changed_positions(find: str, replace: str, start: int) -> list[int]:
    """The offsets (in the corrected text) of the characters replacing `find` at `start` that differ
    from it: each one where the lengths agree, every one of `replace` where they do not."""
    if len(find) == len(replace):
        return [start + i for i, (a, b) in enumerate(zip(find, replace, strict=True)) if a != b]
    return list(range(start, start + len(replace)))


def _in_words(spans: Iterable[tuple[int, int]], changed: Sequence[int]) -> bool:
    """Whether every offset of `changed` lies in one of the words of two characters or more of `spans`."""
    in_words: set[int] = set()
    for s, e in spans:
        if e - s >= 2:
            in_words.update(range(s, e))
    return all(p in in_words for p in changed)


@cache
def _plain_checker() -> WordChecker:
    """The word check with jieba's dictionary alone (no lexicon files), shared by the layout rules."""
    return WordChecker()


class Segmentation:
    """The best dictionary segmentation (jieba's dictionary alone, HMM off) of one text, for many
    questions about it: each piece jieba segments apart (`_jieba_piece`, and the text between two)
    is segmented when first asked about and kept. The words over a span are those
    `WordChecker.window_tokens` finds there, but a long line with no punctuation (one piece) asked
    about at each of its reporter labels is segmented once, not once per label (`suggest.names`),
    and each question reads only the words over its span, found by bisecting the piece's word
    starts, not every word of the piece."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._bounds: list[int] | None = None
        self._words: dict[int, list[Token]] = {}
        self._starts: dict[int, list[int]] = {}

    def words_over(self, start: int, end: int) -> list[Token]:
        """The words of the text's segmentation that overlap `text[start:end]`, in order."""
        bounds = self._piece_bounds()
        first = bisect_right(bounds, start) - 1
        words: list[Token] = []
        for k in range(max(first, 0), len(bounds) - 1):
            if bounds[k] >= max(end, start + 1):
                break
            words += self._piece_words_over(k, start, end)
        return words

    def _piece_words_over(self, k: int, start: int, end: int) -> list[Token]:
        """The words of piece `k` that overlap `text[start:end]`: from the last word starting at or
        before `start` (the one holding it, as a piece's words follow each other without gaps) to
        the last starting before `end`."""
        words = self._piece_words(k)
        starts = self._starts[k]
        found: list[Token] = []
        for i in range(max(bisect_right(starts, start) - 1, 0), len(words)):
            word = words[i]
            if word[1] >= end:
                break
            if word[2] > start:
                found.append(word)
        return found

    def _piece_bounds(self) -> list[int]:
        """Where each piece starts, then the text's end: a word never crosses one of these."""
        if self._bounds is None:
            cuts = {0, len(self.text)}
            for m in _jieba_piece().finditer(self.text):
                cuts.update(m.span())
            self._bounds = sorted(cuts)
        return self._bounds

    def _piece_words(self, k: int) -> list[Token]:
        """The words of piece `k` (`_piece_bounds`), segmented when first asked for, with their
        starts kept for `bisect`."""
        found = self._words.get(k)
        if found is None:
            bounds = self._piece_bounds()
            lo, hi = bounds[k], bounds[k + 1]
            tokens = _plain_checker().tokenizer.tokenize(self.text[lo:hi], HMM=False)
            found = self._words[k] = [(w, s + lo, e + lo) for w, s, e in tokens]
            self._starts[k] = [s for _w, s, _e in found]
        return found


def _segmentation_of(text: str, words: Segmentation) -> Segmentation:
    """`words`, checked to be the segmentation of `text`: the words of another text would answer
    about that text's characters at the same offsets, silently wrong.

    Raises ValueError when `words.text` is not `text` (the same string, or an equal one)."""
    if words.text is not text and words.text != text:
        raise ValueError(
            f"words= is the segmentation of another text ({len(words.text)} characters, "
            f"{words.text[:10]!r}...), not of the {len(text)} characters asked about ({text[:10]!r}...)"
        )
    return words


def in_dictionary(word: str) -> bool:
    """Whether `word` is a word of jieba's plain dictionary (a frequency above zero; the prefixes
    the dictionary also keeps have none), asked before `word_tags` so that hanzi no dictionary word
    opens (`王丽`) never load the part-of-speech tagger."""
    return _base_tokenizer().FREQ.get(word, 0) > 0


@lru_cache(maxsize=1024)
def _on_path(chars: str) -> bool:
    """Whether `chars` (a match or its replacement) are all characters of jieba's pieces
    (`_jieba_piece`) and none an ASCII letter or digit (`jieba.re_eng`): jieba's words over them are
    then the steps of its best path, as it joins into one word only single letters and digits that
    follow each other."""
    return _jieba_piece().fullmatch(chars) is not None and _jieba().re_eng.search(chars) is None


class _Route:
    """jieba's best dictionary path (HMM off) over one piece (`_jieba_piece`), as `Tokenizer.tokenize`
    takes it: the word graph (`Tokenizer.get_DAG`), the best score to the piece's end and the last
    character of the word taken from each position (`Tokenizer.calc`), the starts of the path's words,
    and the cuts: the positions no dictionary word crosses (no edge of the graph from before one
    ends after it), which every path through the piece goes through."""

    def __init__(self, tok: jieba.Tokenizer, piece: str) -> None:
        self.piece = piece
        self.dag: dict[int, list[int]] = tok.get_DAG(piece)
        self.route: dict[int, tuple[float, int]] = {}
        tok.calc(piece, self.dag, self.route)
        self.starts: list[int] = []
        x = 0
        while x < len(piece):
            self.starts.append(x)
            x = self.route[x][1] + 1
        self.cuts = [0]
        furthest = 0  # the furthest end of a word starting before `p`
        for p in range(1, len(piece) + 1):
            furthest = max(furthest, self.dag[p - 1][-1] + 1)
            if furthest <= p:
                self.cuts.append(p)

    def words_over(self, start: int, end: int) -> list[tuple[int, int]]:
        """The (start, end) of the path's words that overlap `piece[start:end]`, found by bisection."""
        starts, spans = self.starts, []
        for i in range(max(bisect_right(starts, start) - 1, 0), len(starts)):
            if starts[i] >= end:
                break
            spans.append((starts[i], starts[i + 1] if i + 1 < len(starts) else len(self.piece)))
        return spans

    def words_replaced(
        self, tok: jieba.Tokenizer, reach: int, start: int, end: int, replace: str
    ) -> list[tuple[int, int]]:
        """The (start, end) of the words over `replace` on the best path of the piece with
        `piece[start:end]` replaced by it (offsets into that corrected piece), in time bounded by the
        words around the change, not the piece's length. `reach` is the longest key of `tok.FREQ`.

        Right of the replacement the corrected piece holds the piece's own characters, so its graph
        and its best scores there are the piece's (`calc` reads each position's from the positions
        after it alone), shifted by the change in length. Left of it, no word reaches a position
        before the first `i` from which the tokenizer's table holds `piece[i:start]` (`get_DAG` extends
        a word only along keys of the table), so the graph is the piece's there too, and a cut before
        that `i` is a cut of the corrected piece: its path goes through it whatever lies to the left.
        Only the positions from that cut to the replacement's end are scored again, with `calc`'s
        own expression over `get_DAG`'s graph of the corrected characters there, so even the floating
        point sums, and with them the choice between paths of equal score, are those of segmenting
        the whole corrected piece."""
        piece, freq = self.piece, tok.FREQ
        shift = len(replace) - (end - start)
        stop = start + len(replace)  # the replacement's end in the corrected piece
        first = next((i for i in range(max(start - reach, 0), start) if piece[i:start] in freq), start)
        cut = self.cuts[bisect_right(self.cuts, first) - 1]
        high = min(len(piece) + shift, stop + reach)
        local = piece[cut:start] + replace + piece[end : end + high - stop]
        dag = tok.get_DAG(local)
        logtotal = log(tok.total)
        scores: dict[int, float] = {}
        steps: dict[int, int] = {}
        for k in range(stop - 1, cut - 1, -1):
            scores[k], steps[k] = max(
                (
                    log(freq.get(local[k - cut : x + 1]) or 1) - logtotal
                    + (scores[x + cut + 1] if x + cut + 1 < stop else self.route[x + cut + 1 - shift][0]),
                    x + cut,
                )
                for x in dag[k - cut]
            )
        spans = []
        x = cut
        while x < stop:
            y = steps[x] + 1
            if y > start:
                spans.append((x, y))
            x = y
        return spans


class TextChecks:
    """The word check (`WordChecker.accepts`) of many matches in one text, each in time bounded by
    the words around it. `accepts` segments the pieces of the sentence around a match, so a long line
    with no punctuation (one piece: `'见其层' * 17000`, a candidate every three characters) was
    segmented whole twice per candidate. Here each piece is segmented once, when first asked about
    (`_Route`), and a correction is scored again only from the nearest cut before it
    (`_Route.words_replaced`), with the same answers. A match or a replacement that is not made of
    the characters of jieba's pieces alone (`_on_path`), or a sentence cutting a piece, goes the way
    of `WordChecker.accepts`."""

    def __init__(self, checker: WordChecker, text: str) -> None:
        self.checker = checker
        self.text = text
        self._runs: tuple[list[int], list[int]] | None = None
        self._routes: dict[int, _Route] = {}

    def accepts(self, start: int, end: int, replace: str, sentence: tuple[int, int] | None = None) -> bool:
        """`checker.accepts(text[s0:s1], start - s0, end - s0, replace)` for the sentence `s0..s1`
        (the whole text by default) holding the match `text[start:end]`."""
        s0, s1 = sentence if sentence is not None else (0, len(self.text))
        find = self.text[start:end]
        piece = self._piece_at(start) if _on_path(find) and _on_path(replace) else None
        if piece is None or not (s0 <= piece[0] and end <= piece[1] <= s1):
            return self.checker.accepts(self.text[s0:s1], start - s0, end - s0, replace)
        a = piece[0]
        route = self._route(a, piece[1])
        if _word_holds_match(route.words_over(start - a, end - a), start - a, end - a):
            return False
        changed = _changed_positions(find, replace, start - a)
        if not changed:
            return True
        tok = self.checker.tokenizer
        words = route.words_replaced(tok, self.checker.word_reach(), start - a, end - a, replace)
        return _in_words(words, changed)

    def _piece_at(self, start: int) -> tuple[int, int] | None:
        """The span of the run of `_jieba_piece` holding `text[start]`, if one does."""
        if self._runs is None:
            spans = [m.span() for m in _jieba_piece().finditer(self.text)]
            self._runs = [a for a, _b in spans], [b for _a, b in spans]
        starts, ends = self._runs
        k = bisect_right(starts, start) - 1
        return (starts[k], ends[k]) if k >= 0 and start < ends[k] else None

    def _route(self, a: int, b: int) -> _Route:
        """The best path over the piece `text[a:b]`, found when first asked for."""
        route = self._routes.get(a)
        if route is None:
            route = self._routes[a] = _Route(self.checker.tokenizer, self.text[a:b])
        return route


@cache
def word_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of every word of its dictionary (`nr` a person's name, `n` a noun...).

    Read by `jieba.posseg` when first imported (about a second), so only a text made of dictionary
    words asks for it."""
    tags: dict[str, str] = _jieba_posseg().dt.word_tag_tab
    return tags


def spells_words(text: str, start: int, end: int, words: Segmentation | None = None) -> bool:
    """Whether `text[start:end]` reads as ordinary dictionary words rather than a person's name.

    In the best dictionary segmentation of `text` (HMM off), every character of the span must lie in
    a word of two or more characters (a word may reach in from before the span: 记者节 in 记者节到来),
    and none of those words may be tagged a person's name (jieba's `nr` tags: 高峰 is one). A name is
    rarely a dictionary word: 王丽 and 欧阳晓明 segment into single characters, 培训班 and 大会 do not.
    `words` may pass the text's `Segmentation`, kept for many questions about it (the same answer);
    one of another text raises ValueError (`_segmentation_of`).
    """
    covered = []
    if words is None:
        tokens = _plain_checker().window_tokens(text, start, end)  # only the pieces around it
    else:
        tokens = _segmentation_of(text, words).words_over(start, end)
    for word, s, e in tokens:
        if e <= start or s >= end:
            continue
        if e - s < 2:
            return False
        covered.append(word)
    tags = word_tags()
    return bool(covered) and not any(tags.get(w, "").startswith("nr") for w in covered)


@cache
def _pos_tokenizer() -> jieba.posseg.POSTokenizer:
    """jieba's part-of-speech tagger over the private tokenizer (`_base_tokenizer`), with the
    dictionary's tags `word_tags` already read (its constructor would read the dictionary again)."""
    posseg = _jieba_posseg()
    tagger = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    tagger.tokenizer = _base_tokenizer()
    tagger.word_tag_tab = word_tags()
    return tagger


def load_tables() -> None:
    """Load now what the word checks and the name lists load on first use (jieba's dictionary and its
    part-of-speech tags, the shipped name and column lists): `batch.warm_up`, for a worker to pay
    at start-up."""
    for loader in (_plain_checker, word_tags, _pos_tokenizer, surnames, given_names, reporter_columns,
                   short_organisations, running_head_names, running_head_paged_names,
                   running_head_english_names, running_head_english_papers):
        loader()


#: jieba's tags of a person's name.
_PERSON_TAGS = ("nr",)


@lru_cache(maxsize=4096)
def tags_a_person(name: str) -> bool:
    """Whether jieba's tagger (its dictionary and, for words it does not list, its hidden Markov
    model) reads the hanzi `name`, standing alone, as a person's name: one word tagged a person's
    name (`王丽`, `张桂梅`, `李秀英`), or a surname it tags so before the given name (`赵` in `赵国庆`),
    or a compound surname before a given name it tags so (`欧阳晓明`). Phrases of a verb or adjective
    and a noun are not (`强基层`, `补短板`, `稳增长`), which the surname list alone (`names_a_person`)
    cannot tell: 强, 补 and 稳 are surnames too. A name that is also a common word (`江山`, `高洁`)
    is not read so either."""
    single, compound = surnames()
    if len(name) >= 3 and name[:2] in compound:  # `欧阳` / `晓明`: the given name alone is tagged
        given = list(_pos_tokenizer().cut(name[2:]))
        return len(given) == 1 and given[0].flag.startswith(_PERSON_TAGS)
    words = list(_pos_tokenizer().cut(name))
    if not words or not words[0].flag.startswith(_PERSON_TAGS):
        return False
    return len(words) == 1 or words[0].word in single  # `赵` / `国庆`: a surname, then the given name


#: How many characters after a leading word `opens_with_word` hands the tagger: enough context for
#: its segmentation at the word's end (`王丽娟家…`, `张伟大的祖国`), little work.
_OPENING_WINDOW = 8


def opens_with_word(text: str, word: str) -> bool:
    """Whether `text` opens with `word` as a whole word, not the start of a longer one: a character
    that is no hanzi follows it (`黄大年，…`, or the text ends), or jieba's tagger (its dictionary and
    hidden Markov model, which reads a name as one word: `王丽娟`, `张桂梅`) ends a word right after it
    (`张桂梅是…`, `欧阳晓明扎根…` as `欧阳` / `晓明`; not `王丽` in `王丽娟家…`, `张伟` in `张伟大的祖国`,
    cut `张` / `伟大`). Only the opening is segmented (`_OPENING_WINDOW` characters after the word)."""
    if not word or not text.startswith(word):
        return False
    n = len(word)
    if n == len(text) or _HANZI.fullmatch(text[n]) is None:
        return True
    end = 0
    for token in _pos_tokenizer().cut(text[: n + _OPENING_WINDOW]):
        end += len(token.word)
        if end >= n:
            return end == n
    return True


@lru_cache(maxsize=4096)
def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """The words of `text` with jieba's part-of-speech tags (its dictionary and hidden Markov model):
    `(('此外', 'c'),)` for `此外`, `(('市长', 'n'), ('强调', 'v'))` for `市长强调`. For short lines: the
    whole text is tagged."""
    return tuple((token.word, token.flag) for token in _pos_tokenizer().cut(text))


def last_word(text: str) -> str:
    """The word `text` ends with in its best dictionary segmentation (jieba's dictionary alone, HMM
    off): `方向` for `把握正确政治方向`, `的` for `全面推进乡村振兴的`."""
    if not text:
        return ""
    tokens = _plain_checker().window_tokens(text, len(text) - 1, len(text))
    return tokens[-1][0] if tokens else text[-1]


def splits_a_word(before: str, after: str) -> bool:
    """Whether a break between `before` and `after` (simplified text) falls inside a word: the best
    dictionary segmentation (jieba's dictionary alone, HMM off) of the hanzi around it takes a word
    of two or more characters across it (`…以2:1击` / `败澳门队`: 击败). A line that ends so was cut by
    the column's end, never a heading's whole words (`…种植树苗` / `昨日上午`: no word across)."""
    head, tail = before.rstrip()[-4:], after.lstrip()[:4]
    if not head or not tail:
        return False
    text = head + tail
    cut = len(head)
    tokens = _plain_checker().window_tokens(text, cut - 1, cut + 1)
    return any(start < cut < end for _word, start, end in tokens)


def first_word(text: str) -> str:
    """The word `text` opens with in its best dictionary segmentation (jieba's dictionary alone, HMM
    off): `版面设计` for `版面设计大赛`, `版` for `版经济` or `版权威发布` (`版` / `权威`)."""
    if not text:
        return ""
    tokens = _plain_checker().window_tokens(text, 0, 1)
    return tokens[0][0] if tokens else text[0]


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """The single and the compound Chinese surnames (`王`, `欧阳`) of the shipped list
    `rules/names/surnames.txt` (百家姓; the file says where it comes from).

    Raises `RuleError` naming the file when it cannot be read (a broken installation)."""
    names = _shipped_names("surnames.txt", "the surname list")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


def _shipped_names(file_name: str, what: str) -> list[str]:
    """The whitespace-separated tokens of the shipped name list `rules/names/<file_name>`, `#`
    starting a comment.

    Raises `RuleError` naming the file and `what` it holds when it cannot be read (a broken
    installation)."""
    return [name for line in _shipped_lines(file_name, what) for name in line.split()]


@cache
def given_names() -> frozenset[str]:
    """The given names of the shipped list `rules/names/given-names.txt`: Tibetan, Mongolian,
    Uyghur and Kazakh names that open with no surname and that jieba's dictionary often lists as
    words (`扎西`, `宝音`, `买买提`), so that only the list tells that they name a reporter.

    Raises `RuleError` naming the file when it cannot be read (a broken installation)."""
    return frozenset(_shipped_names("given-names.txt", "the given-name list"))


@cache
def common_given_names() -> frozenset[str]:
    """The two-hanzi given names of the shipped list `rules/names/common-given-names.txt` (`建国`,
    `海波`, `红梅`), common among people born in the 1940s-90s: after a surname they name a person
    whom jieba's dictionary lists as a word (`刘建国`) or its tagger does not read as a name
    (`刘海波`). See `is_common_name`.

    Raises `RuleError` naming the file when it cannot be read (a broken installation)."""
    return frozenset(_shipped_names("common-given-names.txt", "the common given-name list"))


def is_common_name(name: str) -> bool:
    """Whether the hanzi `name` are a surname of `surnames` (one hanzi, or two: `欧阳`) then a given
    name of `common_given_names` and nothing else (`刘建国`, `刘海波`, `欧阳红梅`): a person's name,
    whatever the dictionary or the tagger say of it. A given name few but a famous person bear
    (`焦裕禄`) and words (`林海`, `黎明`) are not listed; a famous person with a common given name
    (`刘德华`) reads as such a name, so callers ask only where no title follows (`roles`)."""
    single, compound = surnames()
    given = common_given_names()
    return (len(name) == 3 and name[0] in single and name[1:] in given) or (
        len(name) == 4 and name[:2] in compound and name[2:] in given
    )


@cache
def reporter_columns() -> frozenset[str]:
    """The reporters' column names of the shipped list `rules/names/reporter-columns.txt` (`走基层`,
    `时评`, `田间行`), which papers print glued to a reporter's label as a name would be (`记者走基层
    近日，…`): many open with a surname (时, 田) and are nouns, as given names are, so only the list
    tells them from a reporter's name there (`layout.roles._glued_names_a_person`).

    Raises `RuleError` naming the file when it cannot be read (a broken installation)."""
    return frozenset(_shipped_names("reporter-columns.txt", "the reporter column list"))


@cache
def forms_of_address() -> frozenset[str]:
    """The titles and forms of address of the shipped list `rules/names/forms-of-address.txt`
    (`会长`, `先生`, `老师`) that follow a surname to name a person (`杜会长`): a surname standing
    alone before one is a name, which the suggester must not mend into a word (`suggest.names`).

    Raises `RuleError` naming the file when it cannot be read (a broken installation)."""
    return frozenset(_shipped_names("forms-of-address.txt", "the list of forms of address"))


@cache
def short_organisations() -> frozenset[str]:
    """The organisations of the shipped list `rules/names/short-organisations.txt` printed by a
    name of two hanzi complete on its own (`央视`, `北大`, `人大`), which a line of organisations
    after a label lists as a name of its own (`媒体支持：新华社 央视 人民网`): nothing in the hanzi
    tells them from a piece of a neighbour's name a stray space broke off (`中央 文献研究室`), so only
    the list does (`layout.roles._joined_short_pieces`).

    Raises `RuleError` naming the file when it cannot be read (a broken installation)."""
    return frozenset(_shipped_names("short-organisations.txt", "the short organisation name list"))


@cache
def dateline_places() -> frozenset[str]:
    """The places of the shipped list `rules/names/dateline-places.txt` (`吉隆坡`, `加影`, `马尼拉`,
    `首尔`), which papers date a dispatch from and which jieba's dictionary does not tag a place
    (`ns`): it reads 吉隆坡 and 马尼拉 as a person's name, 槟城 as a noun, and does not know 加影, so
    only the list tells that such hanzi before a day and 日讯 or 日电 name a place
    (`layout.roles._names_a_place`).

    Raises `RuleError` naming the file when it cannot be read (a broken installation)."""
    return frozenset(name.rstrip(_ALSO_A_WORD) for name in _dateline_place_entries())


@cache
def dateline_place_words() -> frozenset[str]:
    """The places of `dateline_places` that are also a common word or a person's name (`太平`,
    `古来`, `芙蓉`, `林茂`), marked `*` in the list: a sentence may open with one and a day
    (`林茂12日电话中表示…`), so their dateline before a stray space is read as a sentence when its 讯
    or 电 and the lead's first hanzi make a word the lead's own first word does not reach past
    (`林茂12日电 话中表示…`: 电话; `太平12日电 台风…` stays a dateline:
    `layout.roles._place_dateline_in_word`).

    Raises `RuleError` naming the file when it cannot be read (a broken installation)."""
    entries = _dateline_place_entries()
    return frozenset(name.rstrip(_ALSO_A_WORD) for name in entries if name.endswith(_ALSO_A_WORD))


#: The mark after a dateline place that is also a common word or a person's name (`林茂*`).
_ALSO_A_WORD = "*"


@cache
def _dateline_place_entries() -> tuple[str, ...]:
    """The entries of `rules/names/dateline-places.txt` as written, a place's `*` mark included."""
    return tuple(_shipped_names("dateline-places.txt", "the dateline place list"))


@cache
def running_head_names() -> frozenset[str]:
    """The names of pages and periodicals of the shipped list `rules/names/running-head-names.txt`
    (`健康`, `观点`, `南方周末`), which a running head prints beside the issue date with the page or the
    weekday (`健康 2024年5月6日 星期一`): no section word or paper's kind tells them from a headline's
    words there, so only the list does (`layout.roles._is_head_name`).

    Raises `RuleError` naming the file when it cannot be read (a broken installation)."""
    return frozenset(_shipped_names("running-head-names.txt", "the running head name list"))


@cache
def running_head_paged_names() -> frozenset[str]:
    """The names of pages of the shipped list `rules/names/running-head-paged-names.txt` (`聚焦`,
    `市场`, `大地`, `副中心`), which a running head prints beside the issue date only with the page
    written with its word (`大地 2024年5月6日 第5版`): headlines open with several of them before their
    day and weekday (`聚焦 2024年5月6日 星期一`), so only that page makes them a head's
    (`layout.roles._is_head_name`).

    Raises `RuleError` naming the file when it cannot be read (a broken installation)."""
    return frozenset(_shipped_names("running-head-paged-names.txt", "the paged running head name list"))


@cache
def running_head_english_names() -> dict[str, frozenset[str]]:
    """The English names of papers and pages of the shipped lists
    `rules/names/running-head-english-papers.txt` and `running-head-english-names.txt`, in capitals,
    each with the hanzi names it renders (`SPORTS` -> `体育`, `CHINA DAILY` -> `中国日报`): a
    bilingual running head prints them beside the issue date, while other capitals there are a
    headline's (`HELLO WORLD`, `梅西 MESSI`), so only the lists tell them apart
    (`layout.roles._latin_title_words`). A paper's (`running_head_english_papers`) is a head's
    anywhere beside the date, a page's only beside its hanzi name.

    Raises `RuleError` naming the file when it cannot be read or a line has no `=` (a broken
    installation)."""
    return {**_english_names("running-head-english-names.txt"), **running_head_english_papers()}


@cache
def running_head_english_papers() -> dict[str, frozenset[str]]:
    """The English names of papers of the shipped list `rules/names/running-head-english-papers.txt`,
    in capitals, each with the hanzi names it renders (`CHINA YOUTH DAILY` -> `中国青年报`): names of
    two words or more that no headline prints alone, so a head's beside the date wherever they stand
    (`layout.roles._listed_english_spans`).

    Raises `RuleError` naming the file when it cannot be read or a line has no `=` (a broken
    installation)."""
    return _english_names("running-head-english-papers.txt")


def _english_names(file_name: str) -> dict[str, frozenset[str]]:
    """The `ENGLISH = hanzi hanzi` lines of the shipped list `rules/names/<file_name>`, the English name
    in capitals, its words one blank apart, with the hanzi names it renders."""
    names: dict[str, frozenset[str]] = {}
    for line in _shipped_lines(file_name, "an English running head name list"):
        english, sep, hanzi = line.partition("=")
        if not sep or not english.strip():
            raise RuleError(f"{file_name}: no `ENGLISH = hanzi` line: {line!r}")
        names[" ".join(english.split()).upper()] = frozenset(hanzi.split())
    return names


def _shipped_lines(file_name: str, what: str) -> list[str]:
    """The lines of the shipped name list `rules/names/<file_name>` that hold more than a comment
    (`#` starts one), stripped.

    Raises `RuleError` naming the file and `what` it holds when it cannot be read."""
    path = importlib.resources.files("layoutfix.rules") / "names" / file_name
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read {what}: {exc}") from exc
    return [kept for line in lines if (kept := line.split("#", 1)[0].strip())]


def stands_as_a_listed_name(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a listed given name (`is_listed_name`) with no hanzi glued after
    it (a space, a bracket, `、` or the text's end follows: `记者 扎西 近日`, `（记者 扎西）`): glued to
    the text after it, the hanzi may be a clause's first words (`记者才让我们…`) or the start of a
    longer word, which only the dictionary could tell."""
    return (end == len(text) or _HANZI.fullmatch(text[end]) is None) and is_listed_name(text[start:end])


def is_listed_name(name: str) -> bool:
    """Whether the hanzi `name` are a given name of `given_names`, or two of them run together as
    Tibetan names are (`扎西次仁`, `次仁卓玛`, `格桑德吉`)."""
    names = given_names()
    return name in names or any(
        name[:k] in names and name[k:] in names for k in range(2, len(name) - 1)
    )


def opens_with_surname(name: str) -> bool:
    """Whether `name` begins with a single or compound surname of `surnames`."""
    single, compound = surnames()
    return name[:1] in single or name[:2] in compound


def names_a_person(
    text: str, start: int, end: int, words: Segmentation | None = None, *, places: bool = True
) -> bool:
    """Whether `text[start:end]`, the two to four hanzi right after a reporter label in `text`, name
    a person rather than spell words (`记者江山`, `记者王丽`, not `记者节到来`, `通讯员 培训班`) or open
    a clause about the reporter (`opens_a_clause`: `记者了解到`, `记者在现场`, `记者从市里`).

    They do when they open with a surname (`opens_with_surname`: a name that is also a word, 江山,
    is still a name there), no dictionary word begins inside the label before them (记者节 in
    `记者节到来`) and they open no clause; otherwise when they do not spell dictionary words
    (`spells_words`: 仝卫, and 高峰, a word tagged a person's name) and open no clause. Only hanzi
    glued to the label need the dictionary for the first test, and a surname's given name with no
    clause cue (`opens_a_clause`: `于海涛`, `谢建国`) needs no tagger, so a spaced `记者 王丽` or
    `记者 于海涛` is answered without loading either. (`layout.roles._is_only_a_name` asks the second
    test alone, where no label says that a name follows.)

    A given name of the shipped list standing alone after the label (`stands_as_a_listed_name`:
    `本报记者 扎西 近日，…`, `（记者 宝音）`) names a person whatever the dictionary says of it: 扎西,
    宝音, 买买提 are also dictionary words, and no surname opens them. Two hanzi neither listed nor
    opening with a surname that the tagger reads as one verb open a clause wherever they stand
    (`opens_a_clause`: `本报记者 实探 兰州新区…`, `记者直击`), so the list alone names such a
    reporter (`本报记者 依明 近日，…`).

    `words` may pass the text's `Segmentation`, kept for all the labels of a long line (the same
    answer; without it each question segments the pieces around its span again; one of another
    text raises ValueError, `_segmentation_of`). `places=False` reads a place or a body after a
    preposition-surname as a given name (`opens_a_clause`), where the byline's layout says that a
    name stands there (`本报记者 于秀场 今天，…`)."""
    if words is not None:
        _segmentation_of(text, words)
    name = text[start:end]
    if stands_as_a_listed_name(text, start, end) and not _word_reaches_in(text, start, words):
        return True
    if opens_with_surname(name) and not _word_reaches_in(text, start, words):
        return not opens_a_clause(name, places=places)
    return not spells_words(text, start, end, words) and not opens_a_clause(name, places=places)


#: jieba's tags of a word that opens a clause, not a name: a verb (`了解`, `注意`, `看到`), a
#: preposition (`在`, `从`, `向`), an adverb (`曾`) or a conjunction.
_CLAUSE_TAGS = ("v", "p", "d", "c")
#: jieba's tags of a place or time word a preposition takes after a surname that is also one
#: (`从` / `市里`, `从` / `县里`, `从` / `会上`), when it ends with a localizer (`_LOCALIZERS`).
_LOCALIZED_TAGS = ("s", "t", "n")
#: The localizers ending such a place or time word: `市里`, `省里`, `网上`, `会上`. (前, 后, 中 and 下
#: end given names as well: 向前, 建中, 天下.)
_LOCALIZERS = "里上"
#: The hanzi a pronoun after such a surname opens with: `从` / `这里`, `从` / `各地`, `于` / `此处`.
_PRONOUN_OPENERS = "这那此该各"
#: Words that open a clause after a surname read as a preposition or conjunction, and never a given
#: name: time words (`于` / `日前`, `于` / `当天`; those of `layout.roles._TIME_WORDS` and a few more)
#: and common words for people the reporter meets or goes with (`和` / `市民`, `向` / `群众`). Given
#: names that are time words or nouns (`国庆`, `黎明`, `建军`, `海洋`) are not listed.
_CLAUSE_WORDS_AFTER_SURNAME = frozenset(
    (
        *("近日", "日前", "连日来", "近期", "近年来", "昨天", "昨日", "今天", "今日", "本周", "上周"),
        *("目前", "今年", "去年", "当天", "当日", "当晚", "当时", "此前", "此后", "次日", "同日"),
        *("近来", "上午", "下午", "晚上", "年初", "年底", "月初", "节前"),
        *("市民", "群众", "同事", "村民", "居民", "游客", "学生", "家长", "网友", "专家", "工人"),
        *("农民", "牧民", "干部", "老人", "孩子", "师生", "代表", "读者", "观众", "乡亲", "民警"),
        *("医生", "老师", "教师", "职工", "员工", "商户", "志愿者", "工作人员", "消费者", "大家"),
    )
)
#: The longest word of `_CLAUSE_WORDS_AFTER_SURNAME`.
_CLAUSE_WORD_REACH = max(map(len, _CLAUSE_WORDS_AFTER_SURNAME))
#: The surnames jieba's tagger reads alone as a preposition or a conjunction that goes before a place
#: or a body (`记者从县委`, `记者向宣传部`, `记者于现场`, `记者和市场监管人员`), 况 aside. Only after them
#: do a place's or a body's hanzi say a clause (`_names_a_place_or_body`): after another surname
#: they may be a slogan's phrase (`强基层 补短板`), whose reading the lists of names decide.
_PREPOSITION_SURNAMES = frozenset("从于向和")
#: The administrative levels a place or a body after a preposition-surname opens with (`从` / `县委`,
#: `从` / `市场`, `向` / `省里`): no given name opens with one.
_LEVEL_OPENERS = "省市县区"
#: The hanzi a body's or a place's name ends with (`公安局`, `县委`, `宣传部`, `医院`, `派出所`,
#: `现场`, `学校`): no given name ends with one.
_BODY_ENDINGS = "局委厅部院所站队场校"
#: Places a reporter learns from or goes to that no level opens and no body's ending ends, and that
#: are no given name: `从` / `基层`, `从` / `一线`, `从` / `农村`.
_PLACE_WORDS = frozenset(
    ("基层", "一线", "农村", "外地", "乡下", "城里", "郊区", "当地", "本地", "国外", "境外")
)
#: The hanzi that open a clause about the reporter when the hanzi after the label open with no
#: surname (`opens_a_clause`): prepositions (`在现场`, `对此`, `与市民`), adverbs (`也注意到`, `还发现`,
#: `正在`) and conjunctions. Not 才, 却, 多, 次 or 其, which open Tibetan and Mongolian names
#: (`才让`, `却吉`, `多吉`, `次仁`, `其其格`); surnames (从, 于, 向, 和, 曾, 都) take the surname's way.
_CLAUSE_OPENERS = frozenset(
    "在对把被将为与跟同给往朝据由自当随经按以因"  # prepositions
    "也还又就再正已刚先便并亦仍均皆即更仅"  # adverbs
    "及而但且或"  # conjunctions
)


def opens_a_clause(name: str, *, places: bool = True) -> bool:
    """Whether the hanzi `name` after a reporter label open a sentence about the reporter rather than
    name one (`记者了解到`, `记者注意到`, `记者在现场`, `记者从市里`, `记者曾在现场`, a line of its own
    when the text wraps before the comma): jieba's tagger reads a verb, a preposition, an adverb or a
    conjunction first (`_CLAUSE_TAGS`), never a person's name (`张扬`, `向阳` are tagged so).

    Many surnames are such words too (于, 从, 向 prepositions, 谢, 管 verbs, 常, 曾 adverbs, 和 a
    conjunction): a surname read alone as one opens a clause only when the words after it go on as
    the clause (`_goes_on_as_a_clause`: `从` / `市里`, `曾` / `在现场`, `都` / `看到`), not as a given
    name (`于` / `海涛`, `谢` / `建国`, `常` / `明远`, `从` / `文`). A longer word opening with a surname
    (`从中` / `得知`) opens a clause when two hanzi at least follow it. A surname before a time word
    or a common word for people (`于` / `日前`, `于` / `当天`, `和` / `市民`: `_opens_with_clause_word`)
    opens one too, with no tagger asked, and so does a preposition-surname before a place or a body
    (`从` / `县委`, `从` / `现场`, `向` / `宣传部`: `_names_a_place_or_body`). Hanzi opening with a
    surname and holding no cue of a clause (`_holds_a_clause_cue`), nearly every byline, are not
    tagged: the tagger takes seconds to load. Hanzi opening with no surname are tagged when they hold a cue of
    a clause (`_opens_like_a_clause`: `在现场`, `了解到`), and two hanzi with none open one only when
    the tagger reads them as one verb (`记者直击`, a column's name, no name): a name the surname list
    lacks, of three hanzi or more (`其其格`, `热合曼`, `阿依古丽`: the tagger reads 其其 a conjunction,
    热合 a verb) or two the tagger cuts (`才` / `让`), is a name. Two hanzi the tagger reads as one
    verb open a clause in a spaced byline's field before its lead too (`本报记者 实探 兰州新区多个工地，…`):
    jieba lists neither 实探 nor 依明, and its hidden Markov model guesses a verb for both, so only
    the given-name list (`names_a_person`, `stands_as_a_listed_name`) tells the name 依明 from the
    verb. `places=False` leaves the place or body test out: where a spaced byline's gap and a lead
    follow the hanzi (`本报记者 于秀场 今天，…`, `通讯员 向区委 今天，…`), or they end a block of
    fields alone (`记者 于建部`), they name the reporter (`layout.roles._names_someone`)."""
    surname = _surname_of(name)
    if surname and _opens_with_clause_word(name[len(surname) :]):
        return True
    if places and surname in _PREPOSITION_SURNAMES and _names_a_place_or_body(name[len(surname) :]):
        return True
    if surname and not _holds_a_clause_cue(name[len(surname) :], len(surname)):
        return False
    cued = bool(surname) or _opens_like_a_clause(name)
    if not cued and len(name) != 2:
        return False
    words = tagged_words(name)
    if not words or not words[0][1].startswith(_CLAUSE_TAGS):
        return False
    first = words[0][0]
    if not surname:
        return cued or len(words) == 1
    if len(first) < len(surname) or len(name) - len(first) < 2:
        return False  # (壤 / 驷晓明: the tagger split a compound surname)
    return _goes_on_as_a_clause(words[1:]) if first == surname else True


def _surname_of(name: str) -> str:
    """The surname of `surnames` `name` opens with, a compound one first (`欧阳` of `欧阳晓明`, `王` of
    `王丽`); empty when it opens with none."""
    single, compound = surnames()
    if name[:2] in compound:
        return name[:2]
    return name[:1] if name[:1] in single else ""


def _holds_a_clause_cue(rest: str, surname_length: int) -> bool:
    """Whether the hanzi `rest` after a surname `surname_length` hanzi long may go on as a clause
    about the reporter (`opens_a_clause`), so that the tagger must be asked: three hanzi and more
    after a single surname (`曾在现场`, `从中得知`: a given name of three hanzi is rare), or two that
    end with the complement `到` (`都看到`) or a localizer (`从市里`, `从会上`; `_LOCALIZERS`), or open
    a pronoun (`从这里`, `从各地`; `_PRONOUN_OPENERS`). A given name of one hanzi (`王丽`, `从文`) or
    of two with no such cue (`于海涛`, `谢建国`, `常明远`) holds none."""
    if len(rest) < 2:
        return False
    if len(rest) > 2 and surname_length == 1:
        return True
    return rest[-1] in "到" + _LOCALIZERS or rest[0] in _PRONOUN_OPENERS


def _opens_with_clause_word(rest: str) -> bool:
    """Whether the hanzi `rest` after a surname open with a word of `_CLAUSE_WORDS_AFTER_SURNAME`, a
    time word or a common word for people, which no given name opens with (`日前`, `当天下午`, `市民`):
    the surname is then the clause's preposition or conjunction (`记者于日前`, `记者和市民`)."""
    reach = min(len(rest), _CLAUSE_WORD_REACH)
    return any(rest[:n] in _CLAUSE_WORDS_AFTER_SURNAME for n in range(2, reach + 1))


def _names_a_place_or_body(rest: str) -> bool:
    """Whether the hanzi `rest` after a surname of `_PREPOSITION_SURNAMES` name a place or a body,
    never a given name, so that the surname is a preposition (`从` / `县委`, `从` / `现场`, `于` /
    `现场`, `向` / `宣传部`): two hanzi at least opening with an administrative level
    (`_LEVEL_OPENERS`: `县委`, `市场`, `县城`) or ending as a body's name does (`_BODY_ENDINGS`:
    `公安局`, `现场`, `学校`), a place of `_PLACE_WORDS` (`基层`, `一线`), or three hanzi at least
    ending with a localizer (`会议上`). Bare place names (`北京`, `兰州`) are not read so: given
    names are place names too (`建国`, `中原`)."""
    if len(rest) < 2:
        return False
    if rest[0] in _LEVEL_OPENERS or rest[-1] in _BODY_ENDINGS or rest in _PLACE_WORDS:
        return True
    return len(rest) >= 3 and rest[-1] in _LOCALIZERS


def may_open_a_clause(name: str) -> bool:
    """Whether the hanzi `name` may open a clause about the person a label names, so that
    `opens_a_clause` is worth asking where no label says that a name follows (`layout.roles.
    _is_only_a_name`): they open with a surname (`从市里`, `于日前`, and every common name) or hold a
    cue of a clause (`_opens_like_a_clause`: `了解到`, `在现场`). A name the surname list lacks
    (`其其格`, `热合曼`, `才让`, `阿依古丽`) does neither, and is never tagged there."""
    return bool(_surname_of(name)) or _opens_like_a_clause(name)


def _opens_like_a_clause(name: str) -> bool:
    """Whether the hanzi `name`, opening with no surname, hold a cue of a clause: they end with the
    complement `到` (`了解到`, `看到`) or open with a preposition, an adverb or a conjunction of
    `_CLAUSE_OPENERS` (`在现场`, `也注意到`, `还发现`)."""
    return name[-1:] == "到" or name[:1] in _CLAUSE_OPENERS


def _goes_on_as_a_clause(words: Sequence[tuple[str, str]]) -> bool:
    """Whether the tagged `words` after a surname that jieba reads as a clause's first word (a
    preposition, verb, adverb or conjunction) go on as the clause, not as a given name: a preposition
    and two hanzi at least (`曾` / `在现场`); verbs ending with their complement `到` (`都` / `看到`,
    `也` / `注意到`); one pronoun (`从` / `这里`, `从` / `各地`) or one place or time word ending with
    a localizer (`从` / `市里`, `从` / `县里`, `从` / `会上`). A verb, a noun or another time word is
    no such sign, since given names are (`谢` / `建国`, `于` / `跃进`, `于` / `国庆`): only the closed
    list of `_opens_with_clause_word` says `记者于日前` and `记者向市民` open clauses."""
    text = "".join(word for word, _tag in words)
    head, tag = words[0]
    if tag.startswith("p"):
        return len(text) - len(head) >= 2
    if text.endswith("到") and all(t.startswith("v") for _w, t in words):
        return True
    if len(words) != 1:
        return False
    return tag.startswith("r") or (tag.startswith(_LOCALIZED_TAGS) and head[-1] in _LOCALIZERS)


def _word_reaches_in(text: str, start: int, words: Segmentation | None = None) -> bool:
    """Whether a dictionary word of the best segmentation of `text` (`words`, when given) begins
    before `start` and ends after it (记者节 across 记者|节到来); never across a space."""
    if start == 0 or text[start - 1].isspace() or _jieba_piece().match(text, start - 1, start) is None:
        return False  # jieba cuts a character outside its pieces (`（`, `：`) off as a word of its own
    # (only the character before `start` is matched: a long line's run would be read to its end)
    if words is not None:
        return any(s < start < e for _w, s, e in words.words_over(start - 1, start + 1))
    return any(s < start < e for _w, s, e in _plain_checker().window_tokens(text, start - 1, start + 1))
