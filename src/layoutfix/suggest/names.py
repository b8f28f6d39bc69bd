"""Where a look-alike suggestion would change a person's name, which no word list can check.

A name is made of characters that stand alone on the dictionary path (冯雪 segments as 冯 / 雪), so
the suggester takes it for a broken word, and a look-alike swap often spells one (冯雪 → 冰雪,
杨帆 → 扬帆, 王丽 → 玛丽). A reporter's name changed by `--apply-suggestions high` is wrong text
nobody asked for, so a suggestion inside a name is offered at `low` at most (`suggest.Suggester`).

A character stands in a name when it lies in one of these (`name_at`):

- the name after a reporter's or writer's label: `记者冯雪`, `（通讯员 冯雪 记者 王丽）`,
  `本报记者 王丽、李华`, `摄影 冯雪`, `作者：冯雪`, `文/冯雪` (`lexicon.names_a_person` decides
  whether the hanzi glued to a label name someone: `记者了解到` does not);
- a name before a credit word: `冯雪 摄`, `（冯雪 整理）`;
- a line of names alone, as a letter's or an article's signature: `冯雪`, `——冯雪`, `（冯雪）`;
- a surname and one or two hanzi that jieba's tagger (dictionary and hidden Markov model) reads as a
  person's name in their clause: `冯雪说，…`, `他和冯雪一起…`.

The last test is the loosest: the tagger reads most unknown surname-led pairs as names, so a real
look-alike whose broken character is a surname (玉米 printed 王米) is demoted too.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..lexicon import _pos_tokenizer, names_a_person, spells_words, surnames

_HSPACE = r"[\t\p{Zs}]"
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
#: Another name after one, in a list: `王丽、李华`, `王丽 李华`.
_NEXT_NAME = regex.compile(rf"(?:、|{_HSPACE}+)(\p{{Han}}{{2,4}})(?!\p{{Han}})")
#: What ends the clause whose words the tagger reads: punctuation, but not a decimal point, since the
#: numeral before a name-like pair tells the tagger it is none (`17.07万园`).
_CLAUSE_END = regex.compile(r"(?!(?<=\d)\.(?=\d))[\p{P}\p{S}]")
#: jieba's tags of a person's name.
_PERSON = "nr"
#: jieba's tag of a numeral (`17.07`, `两张`): no name follows one directly.
_NUMERAL = "m"


def name_at(text: str, pos: int, word: tuple[int, int] | None = None) -> str | None:
    """Why `text[pos]` stands in a person's name (`冯雪 after the label 记者`), or None.

    `word` is the span of the word a swap at `pos` would make: a name only the tagger reads must
    hold all of it (`_tagged_name`)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    at = pos - start
    for why in (_after_label(line, at), _before_credit(line, at), _signature(line, at)):
        if why is not None:
            return why
    return _tagged_name(line, at, (word[0] - start, word[1] - start) if word is not None else (at, at + 1))


def _opens_with_surname(name: str) -> bool:
    single, compound = surnames()
    return name[:1] in single or name[:2] in compound


def _after_label(line: str, at: int) -> str | None:
    """`冯雪 after the label 记者` when `line[at]` is in a name a label introduces (or a list of them)."""
    for m in _LABEL.finditer(line, 0, at + 1):
        for s, e in _names_after(line, m.end()):
            if s <= at < e:
                return f"{line[s:e]} after the label {m.group().strip(' :：/／')}"
    return None


def _names_after(line: str, i: int) -> Iterator[tuple[int, int]]:
    """The spans of the name at `line[i]` after a label and of the names listed after it."""
    run = _RUN.match(line, i)
    if run is None:
        return
    size = _name_length(run.group())
    if size is None or not names_a_person(line, i, i + size):
        return
    yield i, i + size
    if run.end() != i + size:
        return  # the name is glued to running text: no list follows
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
    elif line.startswith("、", pos) and (run := _RUN.match(line, pos + 1)) is not None:
        size = _name_length(run.group())
        if size is None:
            return None
        s, e = run.start(), run.start() + size
    else:
        return None
    if not _opens_with_surname(line[s:e]) or _LABEL.match(line, s):
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
    tagged = _person_span(run[: longest + 3], 0)
    if tagged is not None and tagged[0] == 0:
        return tagged[1]
    return 3 if run[:2] in compound else 2


def _before_credit(line: str, at: int) -> str | None:
    """`冯雪 before the credit 摄` when `line[at]` is in a name that a credit word follows."""
    for m in _CREDITED.finditer(line):
        s, e = m.span(1)
        if s <= at < e and _opens_with_surname(m.group(1)):
            return f"{m.group(1)} before the credit {line[m.end(1):m.end()].strip(' /／')}"
    return None


def _signature(line: str, at: int) -> str | None:
    """`冯雪 alone on its line (a signature)` when the line holds names only and `line[at]` is in one."""
    m = _SIGNATURE_LINE.fullmatch(line)
    if m is None:
        return None
    for name in regex.finditer(r"\p{Han}+", line, pos=m.start(1), endpos=m.end(1)):
        s, e = name.span()
        if s <= at < e and _opens_with_surname(name.group()) and not spells_words(line, s, e):
            return f"{name.group()} alone on its line (a signature)"
    return None


def _tagged_name(line: str, at: int, word: tuple[int, int]) -> str | None:
    """`jieba tags 冯雪 a person's name` when a surname and one or two hanzi around `line[at]` are
    tagged so in their clause, and hold all of `word`, the word the swap would make: a word reaching
    past them (白依战士 → 白衣战士, 尤舟竞渡 → 龙舟竞渡) shows the tagger took part of it for a name."""
    single, compound = surnames()
    near = line[max(0, at - 3) : at + 1]
    if not any(c in single for c in near[-3:]) and not any(near[i : i + 2] in compound for i in range(3)):
        return None  # no surname starts close enough before it (the common case: no tagging)
    lo = max((m.end() for m in _CLAUSE_END.finditer(line, 0, at)), default=0)
    hi_m = _CLAUSE_END.search(line, at + 1)
    hi = hi_m.start() if hi_m is not None else len(line)
    span = _person_span(line[lo:hi], at - lo)
    if span is None or not lo + span[0] <= word[0] < word[1] <= lo + span[1]:
        return None
    return f"jieba tags {line[lo + span[0] : lo + span[1]]} a person's name"


def _person_span(clause: str, at: int) -> tuple[int, int] | None:
    """The span in `clause` of a name the tagger reads there that holds `clause[at]` (or, with `at`
    0, opens the clause): a surname and one or two hanzi (a compound surname and one to two) tagged a
    person's name, as one word (`冯雪/nr`) or as a surname and a given name (`王/nr 玉兰/nr`), and
    not right after a numeral (`17.07万园` is 17.07 / 万园 to the tagger, `两张苏公桌` 两张 / 苏公)."""
    single, compound = surnames()
    words: list[tuple[str, str, int]] = []
    pos = 0
    for token in _pos_tokenizer().cut(clause):
        words.append((token.word, token.flag, pos))
        pos += len(token.word)
    for k, (word, flag, s) in enumerate(words):
        if not flag.startswith(_PERSON) or (k > 0 and words[k - 1][1].startswith(_NUMERAL)):
            continue
        e = s + len(word)
        sur = 2 if word[:2] in compound else 1 if word[:1] in single else 0
        if len(word) == sur and k + 1 < len(words) and words[k + 1][1].startswith(_PERSON):
            e += len(words[k + 1][0])  # `王` / `玉兰`: the surname, then the given name
        if sur and 1 <= e - s - sur <= 2 and s <= at < e:
            return s, e
    return None
