"""Where a look-alike suggestion would change a person's name, which no word list can check.

A name is made of characters that stand alone on the dictionary path (冯雪 segments as 冯 / 雪), so
the suggester takes it for a broken word, and a look-alike swap often spells one (冯雪 → 冰雪,
杨帆 → 扬帆, 王丽 → 玛丽). A reporter's name changed by `--apply-suggestions high` is wrong text
nobody asked for, so a suggestion inside a name is offered at `low` at most (`suggest.Suggester`).

A character stands in a name when it lies in one of these (`NameFinder.name_at`):

- the name after a reporter's or writer's label: `记者冯雪`, `（通讯员 冯雪 记者 王丽）`,
  `本报记者 王丽、李华`, `摄影 冯雪`, `作者：冯雪`, `文/冯雪` (`lexicon.names_a_person` decides
  whether the hanzi glued to a label name someone: `记者了解到` does not);
- a name before a credit word: `冯雪 摄`, `（冯雪 整理）`;
- a line of names alone, as a letter's or an article's signature: `冯雪`, `——冯雪`, `（冯雪）`;
- a surname and one or two hanzi that jieba's tagger (dictionary and hidden Markov model) reads as a
  person's name in their clause: `冯雪说，…`, `他和冯雪一起…`.

The last test is the loosest: the tagger reads most unknown surname-led pairs as names, so a real
look-alike whose broken character is a surname (玉米 printed 王米) is demoted too.

The suggester asks about every suggestion of a call through one `NameFinder`, which reads each line
and tags each clause once: a clause ends only at punctuation, so a long line without any is one
clause, and tagging it again for each suggestion in it made the cost grow with its square.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

import regex

from ..lexicon import (
    Segmentation,
    _pos_tokenizer,
    forms_of_address,
    names_a_person,
    opens_with_surname,
    spells_words,
    surnames,
)
from ..normalize.context import HSPACE_CLASS as _HSPACE

#: The words papers print before 记者 (`本报记者`, `见习记者`, `融媒体记者`).
_KINDS = r"本报|新华社|特约|实习|见习|特派|驻站|融媒体|全媒体|首席"
#: A label a name follows: a reporter's or a writer's role, or a credit word with its slash.
_LABEL = regex.compile(
    rf"(?:(?:{_KINDS}){{0,2}}记者|(?:特约)?通讯员|实习生|摄影(?:记者)?|作者|撰文|撰稿|执笔|口述"
    rf"|责任编辑|编辑|责编|主持人|(?:文[/／·]图|图[/／·]文)[/／]?|(?:文|图|图片)[/／])"
    rf"{_HSPACE}*[:：/／]?{_HSPACE}*(?=\p{{Han}})"
)
#: A name (two to four hanzi, standing alone) before a credit word: `冯雪 摄`, `冯雪/摄`, `冯雪 整理`.
_CREDITED = regex.compile(
    rf"(?<!\p{{Han}})(\p{{Han}}{{2,4}}){_HSPACE}*[/／]?{_HSPACE}*(?:摄影报道|摄影|摄|供图|整理|报道)(?!\p{{Han}})"
)
#: A line of one or more names alone (a signature), with the brackets, dashes and ornaments papers
#: print around it: `冯雪`, `——冯雪`, `（冯雪）`, `冯雪 王丽`.
_SIGNATURE_LINE = regex.compile(
    rf"{_HSPACE}*(?:——|—|－－|[-□■●◆▲★◎])?{_HSPACE}*[(（]?"
    rf"(\p{{Han}}{{2,4}}(?:(?:、|{_HSPACE}+)\p{{Han}}{{2,4}})*)[)）]?{_HSPACE}*"
)
_RUN = regex.compile(r"\p{Han}+")
#: How many hanzi after the longest name `_name_length` hands the tagger, for context.
_NAME_CONTEXT = 3
#: How many hanzi of the run after a label `_name_length` reads: the longest name (a compound surname
#: and two hanzi), the tagger's context after it, and one more to tell a run longer than that. A long
#: line with no punctuation is one run, and matching it to its end at each label made the cost grow
#: with its square.
_RUN_READ = 4 + _NAME_CONTEXT + 1
#: Another name after one, in a list: `王丽、李华`, `王丽 李华`.
_NEXT_NAME = regex.compile(rf"(?:、|{_HSPACE}+)(\p{{Han}}{{2,4}})(?!\p{{Han}})")
#: What ends the clause whose words the tagger reads: punctuation, but not a decimal point, since the
#: numeral before a name-like pair tells the tagger it is none (`17.07万园`).
_CLAUSE_END = regex.compile(r"(?!(?<=\d)\.(?=\d))[\p{P}\p{S}]")
#: Any punctuation: a clause end when nothing after it is looked at.
_PUNCTUATION = regex.compile(r"[\p{P}\p{S}]")
#: The most hanzi of a name the tagger reads (`_person_spans`): a compound surname and two.
_LONGEST_TAGGED = 4
#: jieba's tags of a person's name.
_PERSON = "nr"
#: jieba's tag of a numeral (`17.07`, `两张`): no name follows one directly.
_NUMERAL = "m"


class NameFinder:
    """Where a person's name stands in one text, for all the suggestions of one call: each line's
    labels, credits and signature are read once, and each clause is tagged once, so the cost grows
    with the text, not with the text times its suggestions (a 4,800-hanzi line with no punctuation
    took minutes when each suggestion in it tagged its clause again)."""

    def __init__(self, text: str) -> None:
        self.text = text
        #: Where each line starts (after each newline), for `bisect`.
        self._starts = [0] + [m.end() for m in regex.finditer("\n", text)]
        self._lines: dict[int, _Line] = {}

    def name_at(self, pos: int, word: tuple[int, int] | None = None) -> str | None:
        """Why `self.text[pos]` stands in a person's name (`冯雪 after the label 记者`), or None.
        `word` is the span of the word a swap at `pos` would make: a name only the tagger reads
        must hold all of it (`_tagged_why`)."""
        line = self._line(pos)
        at = pos - line.start
        for why in (line.after_label(at), line.before_credit(at), line.signature(at)):
            if why is not None:
                return why
        span = (word[0] - line.start, word[1] - line.start) if word is not None else (at, at + 1)
        if span[0] >= at:  # (a word reaching back past the surname is no name's: 新华杜记者 → 新华社)
            why = line.surname_alone(at, span[1])
            if why is not None:
                return why
        return line.tagged_name(at, span)

    def _line(self, pos: int) -> _Line:
        start = self._starts[bisect_right(self._starts, pos) - 1]
        found = self._lines.get(start)
        if found is None:
            end = self.text.find("\n", start)
            found = self._lines[start] = _Line(self.text[start : end if end >= 0 else len(self.text)], start)
        return found


class _Line:
    """One line of a `NameFinder`'s text and what it learnt about it, each computed when first asked."""

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self._labels: list[regex.Match[str]] | None = None
        self._label_ends: list[int] = []
        self._labelled: dict[int, str] | None = None
        self._credited: dict[int, str] | None = None
        self._signed: dict[int, tuple[int, int]] | None = None
        self._clause_ends: list[int] | None = None
        self._tagged: dict[tuple[int, int], list[tuple[int, int]]] = {}
        #: The line's dictionary segmentation, each piece segmented once for all the questions about
        #: it: a long line with no punctuation is one piece, and each of its labels asks about it.
        self.words = Segmentation(text)

    def after_label(self, at: int) -> str | None:
        """`冯雪 after the label 记者` when `self.text[at]` is in a name a label introduces (or a list
        of them): `_after_label`, with the names after each of the line's labels found once."""
        if self._labels is None:
            self._labels = list(_LABEL.finditer(self.text))
            self._label_ends = [m.end() for m in self._labels]
            self._labelled = _label_names(self.text, self._labels, self.words)
        assert self._labelled is not None
        why = self._labelled.get(at)
        if why is not None:
            return why
        # `_after_label` reads the labels of `text[: at + 1]`; they are the line's up to the first
        # that ends past `at`, which the cut may shorten (`摄影记者` to `摄影` before `记`): read that
        # one and any after it again, cut.
        k = bisect_right(self._label_ends, at)
        if k == len(self._labels) or self._labels[k].start() > at:
            return None
        return _after_label(self.text, at, self._labels[k].start(), self.words)

    def before_credit(self, at: int) -> str | None:
        """`冯雪 before the credit 摄` when `self.text[at]` is in a name that a credit word follows."""
        if self._credited is None:
            self._credited = _credited_names(self.text)
        return self._credited.get(at)

    def signature(self, at: int) -> str | None:
        """`冯雪 alone on its line (a signature)` when the line holds names only and `self.text[at]` is
        in one that opens with a surname and spells no dictionary words."""
        if self._signed is None:
            self._signed = _signature_names(self.text)
        span = self._signed.get(at)
        if span is None:
            return None
        if spells_words(self.text, *span, self.words):
            return None
        return f"{self.text[span[0] : span[1]]} alone on its line (a signature)"

    def surname_alone(self, at: int, end: int) -> str | None:
        """Why `self.text[at]`, a surname the line's segmentation keeps as a word of its own, stands in
        a name, for a swap there making a word that ends at `end`: the next word is a title or form of
        address (`杜 / 会长`: 社 for 杜 would make 社会, yet 杜会长 is a person), or a word the swap
        would cut (`书记杜 / 会见`, `市长杜 / 会同`: 社会 takes the 会 of a verb after a name).
        `经济杜会长期` is `杜 / 会 / 长期`: no title follows and no word is cut, the typo stays."""
        if self.text[at] not in surnames()[0]:
            return None
        words = self.words.words_over(at, at + 2)
        for k, (word, start, stop) in enumerate(words[:-1]):
            if (start, stop) != (at, at + 1):
                continue
            after, after_start, after_stop = words[k + 1]
            if after in forms_of_address():
                return f"{word} before the title {after}"
            if after_start < end < after_stop:
                return f"{word} alone before the word {after}, which the swap would cut"
        return None

    def tagged_name(self, at: int, word: tuple[int, int]) -> str | None:
        """`jieba tags 冯雪 a person's name` when a surname and one or two hanzi around `self.text[at]`
        are tagged so in their clause and hold all of `word` (`_tagged_why`); each clause is tagged
        once, for all its positions."""
        if not _surname_near(self.text, at):
            return None
        lo, hi = self._clause(at)
        spans = self._tagged.get((lo, hi))
        if spans is None:
            spans = self._tagged[lo, hi] = _person_spans(self.text[lo:hi])
        span = _first_holding(spans, at - lo)
        return _tagged_why(self.text, lo, span, word)

    def _clause(self, at: int) -> tuple[int, int]:
        """The clause the tagger reads around `at`: from after the last clause end before `at` (any
        punctuation right before it: a decimal point is one there too) to the first after it."""
        if self._clause_ends is None:
            self._clause_ends = [m.start() for m in _CLAUSE_END.finditer(self.text)]
        ends = self._clause_ends
        if at > 0 and _PUNCTUATION.match(self.text, at - 1):
            lo = at
        else:
            k = bisect_left(ends, at - 1)
            lo = ends[k - 1] + 1 if k > 0 else 0
        k = bisect_left(ends, at + 1)
        return lo, ends[k] if k < len(ends) else len(self.text)


def _after_label(line: str, at: int, first: int, words: Segmentation) -> str | None:
    """`冯雪 after the label 记者` when `line[at]` is in a name a label introduces (or a list of them),
    reading the labels of `line[: at + 1]` from `first` on; `words` is the line's segmentation."""
    for m in _LABEL.finditer(line, first, at + 1):
        for s, e in _names_after(line, m.end(), words):
            if s <= at < e:
                return _label_why(line, m, s, e)
    return None


def _label_why(line: str, label: regex.Match[str], s: int, e: int) -> str:
    return f"{line[s:e]} after the label {label.group().strip(' :：/／')}"


def _label_names(line: str, labels: Sequence[regex.Match[str]], words: Segmentation) -> dict[int, str]:
    """Why each position of `line` in a name after one of its `labels` (all of the line's, in order)
    stands in a name, by the first label naming it, as `_after_label` finds it; `words` is the line's
    segmentation."""
    named: dict[int, str] = {}
    for m in labels:
        for s, e in _names_after(line, m.end(), words):
            why = _label_why(line, m, s, e)
            for i in range(s, e):
                named.setdefault(i, why)
    return named


def _names_after(line: str, i: int, words: Segmentation) -> Iterator[tuple[int, int]]:
    """The spans of the name at `line[i]` after a label and of the names listed after it; `words` is
    the line's segmentation (`lexicon.names_a_person` reads it there)."""
    run = _RUN.match(line, i, i + _RUN_READ)
    if run is None:
        return
    size = _name_length(run.group())
    if size is None or not names_a_person(line, i, i + size, words):
        return
    yield i, i + size
    if run.end() != i + size:
        return  # the name is glued to running text (the run read goes on past it): no list follows
    pos = i + size
    while (nxt := _next_name(line, pos)) is not None:
        yield nxt
        pos = nxt[1]


def _next_name(line: str, pos: int) -> tuple[int, int] | None:
    """The span of another name listed at `line[pos]`: after `、`, glued to the text or not
    (`王丽、冯雪为方便…`, the page's line break read through); after a space, only a short field
    (`王丽 冯雪`), since a spaced byline goes on with its paragraph (`本报记者 王丽 高度重视…`)."""
    if (m := _NEXT_NAME.match(line, pos)) is not None:
        s, e = m.span(1)
    elif line.startswith("、", pos) and (run := _RUN.match(line, pos + 1, pos + 1 + _RUN_READ)) is not None:
        size = _name_length(run.group())
        if size is None:
            return None
        s, e = run.start(), run.start() + size
    else:
        return None
    if not opens_with_surname(line[s:e]) or _LABEL.match(line, s):
        return None  # `冯雪 记者 王丽`: the next label's own name is found from that label
    return s, e


def _name_length(run: str) -> int | None:
    """How many hanzi of `run`, the hanzi after a label, are the name: all of a short run (`冯雪`,
    `欧阳晓明`); of a longer one (`冯雪为方便…`, glued to the text) what the tagger reads as a person's
    name, or else the commonest length, a surname and two hanzi or a compound surname and two."""
    _single, compound = surnames()
    longest = 4 if run[:2] in compound else 3
    if len(run) < 2:
        return None
    if len(run) <= longest:
        return len(run)
    tagged = _person_span(run[: longest + _NAME_CONTEXT], 0)
    if tagged is not None and tagged[0] == 0:
        return tagged[1]
    return 3 if run[:2] in compound else 2


def _credited_names(line: str) -> dict[int, str]:
    """`冯雪 before the credit 摄` for each position of `line` in a name that a credit word follows."""
    named: dict[int, str] = {}
    for m in _CREDITED.finditer(line):
        s, e = m.span(1)
        if opens_with_surname(m.group(1)):
            why = f"{m.group(1)} before the credit {line[m.end(1):m.end()].strip(' /／')}"
            named.update(dict.fromkeys(range(s, e), why))
    return named


def _signature_names(line: str) -> dict[int, tuple[int, int]]:
    """When `line` holds names only (a signature), the span of the name opening with a surname each
    of its positions is in. Whether such a name spells dictionary words (and names nobody) is not
    asked here but by `_Line.signature`, for the positions a suggestion asks about only, of the
    name's span in the line's segmentation (`lexicon.spells_words` with the line's `Segmentation`)."""
    m = _SIGNATURE_LINE.fullmatch(line)
    if m is None:
        return {}
    named: dict[int, tuple[int, int]] = {}
    for name in regex.finditer(r"\p{Han}+", line, pos=m.start(1), endpos=m.end(1)):
        if opens_with_surname(name.group()):
            named.update(dict.fromkeys(range(*name.span()), name.span()))
    return named


def _surname_near(line: str, at: int) -> bool:
    """Whether a surname starts close enough before `line[at]` for a tagged name to hold it; most
    positions have none, and need no tagging."""
    single, compound = surnames()
    near = line[max(0, at - 3) : at + 1]
    return any(c in single for c in near[-3:]) or any(near[i : i + 2] in compound for i in range(3))


def _tagged_why(line: str, lo: int, span: tuple[int, int] | None, word: tuple[int, int]) -> str | None:
    """`jieba tags 冯雪 a person's name` when the tagger read a name at `span` of the clause opening
    at `line[lo]` and it holds all of `word`, the word the swap would make: a word reaching past it
    (白依战士 → 白衣战士, 尤舟竞渡 → 龙舟竞渡) shows the tagger took part of it for a name."""
    if span is None or not lo + span[0] <= word[0] < word[1] <= lo + span[1]:
        return None
    return f"jieba tags {line[lo + span[0] : lo + span[1]]} a person's name"


def _person_span(clause: str, at: int) -> tuple[int, int] | None:
    """The span in `clause` of a name the tagger reads there that holds `clause[at]` (or, with `at`
    0, opens the clause); `_person_spans`."""
    return _first_holding(_person_spans(clause), at)


def _first_holding(spans: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The first of `spans` (`_person_spans`, in the order of their starts) that holds `at`."""
    for k in range(bisect_left(spans, (at - _LONGEST_TAGGED, 0)), len(spans)):
        s, e = spans[k]
        if s > at:
            break
        if at < e:
            return s, e
    return None


def _person_spans(clause: str) -> list[tuple[int, int]]:
    """The spans in `clause` of the names the tagger reads there, in order: a surname and one or two
    hanzi (a compound surname and one to two) tagged a person's name, as one word (`冯雪/nr`) or as a
    surname and a given name (`王/nr 玉兰/nr`), and not right after a numeral (`17.07万园` is 17.07 /
    万园 to the tagger, `两张苏公桌` 两张 / 苏公). The clause is tagged once for all its positions."""
    single, compound = surnames()
    words: list[tuple[str, str, int]] = []
    pos = 0
    for token in _pos_tokenizer().cut(clause):
        words.append((token.word, token.flag, pos))
        pos += len(token.word)
    spans: list[tuple[int, int]] = []
    for k, (word, flag, s) in enumerate(words):
        if not flag.startswith(_PERSON) or (k > 0 and words[k - 1][1].startswith(_NUMERAL)):
            continue
        e = s + len(word)
        sur = 2 if word[:2] in compound else 1 if word[:1] in single else 0
        if len(word) == sur and k + 1 < len(words) and words[k + 1][1].startswith(_PERSON):
            e += len(words[k + 1][0])  # `王` / `玉兰`: the surname, then the given name
        if sur and 1 <= e - s - sur <= 2:
            spans.append((s, e))
    return spans
