"""Punctuation after GB/T 15834: full-width marks and paired quotes in Chinese context.

OCR engines trained on mixed text emit ASCII `, : ; ? ! ( ) "` in Chinese sentences, `.` for the
full stop, `...` or a lone `…` for the ellipsis and `--` for the dash. In Chinese context they become
，：；？！（）“”‘’。……——. ASCII stays in Latin text, numbers (1,000  10:30  29.35), phone numbers
(0931-8926232), URLs and e-mail addresses (`e-mail:` keeps its colon: the text around it is Latin),
and in a list or call quoted in Chinese text (`[[1, 2], [3, 4]]`, `(1, 2)`, `f(x, y)`): a pair of ASCII
brackets with no Chinese inside keeps the marks inside, and parentheses that hold a , or ; stay ASCII.
A full stop needs more than context, as a dot is also a decimal point, a date or version separator,
an abbreviation's or a list number's dot: it becomes 。 only where it ends a sentence after Chinese
(`fix_periods`). A stop before one to three digits that end their field (`勝率.522`, `打击率.300`:
a rate as sports tables print it, without its zero) is a decimal point after Chinese too, unless a
gap and a count follow them (`落实.5 月份起`, `召开.500 人参加`: `is_bare_fraction`); a word
opening with a unit character is no count (`胜率.600 名次第三`). After a rate word a bracket or a
mark ends its digits too (`胜率.522（联盟第一）`, a rank `胜率.750（1）`), and after an average a
count is its own (`场均.5 次抢断`); elsewhere an item number in brackets is no fraction
(`第一名.2（3）班`), and a clock time never is (`举行.10:30`). The spacing step keeps the gap
after such a fraction, so a second run reads it alike.

How "Chinese context" is decided, and why it makes the step idempotent: a mark looks through the
run of punctuation and spaces it stands in (every character this step converts or produces is part
of such runs) to the first real character on each side. Converting one mark therefore never changes
what another mark sees, so a second run finds nothing to do. Evidence of Chinese is a Han character
or a strictly CJK mark that this step never touches (、《》【】 ...).

Sub-steps, in order: ellipsis, dash, double and single quotes, parentheses, , : ; ? !, then the
full stop.

A page that prints corner quotes (「」『』) and no “” quotes with them: its straight quotes become 「」
and 『』, and on any page a straight quote inside a printed 「…」 becomes 『』 (`_QuoteStyle`). The
sub-steps read such a page with each corner quote as the curly quote it stands for
(`_in_corner_style`), so the corner quotes they write are looked through as curly ones are, and a
second run judges every mark as the first did. That is the `auto` quote style; `corner` and `curly`
(`QUOTE_STYLES`, the `quotes` setting) write 「」『』 or “”‘’ for the straight quotes of every page,
whatever it prints, and an issue decides `auto` once for all its pages (`issue_quote_style`). A
printed quotation mark is never changed: only straight quotes are written in a style.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise
from typing import Any

import regex

from ..hanscript import in_simplified_charset, opencc_converter
from ..lexicon import tagged_words, tags_a_person, word_tags
from ..model import Cert
from ..tracked import Change, TrackedText, merged_spans
from .context import (
    HAN,
    HSPACE_CLASS,
    HSPACE_RE_CLASS,
    Blocks,
    Spans,
    is_alpha,
    is_cjk,
    is_digit,
    is_han,
    lazy,
    phones,
    protected,
    urls,
)
from .thousands import spaced_thousands

#: Characters context looks through: horizontal spaces, ASCII punctuation, and every mark this step
#: produces or consumes (，：；？！（）“”‘’……——, 。 and · of 。。。/···, ⋯, ―).
_SKIP_CLASS = r"[" + HSPACE_CLASS + r"[\p{P}&&\p{ASCII}]，：；？！（）“”‘’…—。·⋯―"
_SKIP_RUN = regex.compile(_SKIP_CLASS + "]+", regex.V1)
#: The same, looking through numbers as well: 涨了10%! ends a Chinese sentence.
_SKIP_NUMBER_RUN = regex.compile(_SKIP_CLASS + r"\p{Nd}]+", regex.V1)
#: The same runs matched backwards (from a position to the run's start), and how far `around`
#: measures a run from its mark before it looks the run up in the page's list of runs instead.
_SKIP_RUN_BACK = regex.compile(_SKIP_CLASS + "]+", regex.V1 | regex.REVERSE)
_SKIP_NUMBER_RUN_BACK = regex.compile(_SKIP_CLASS + r"\p{Nd}]+", regex.V1 | regex.REVERSE)
_LOCAL = 64
#: Evidence of Chinese inside a quotation or parentheses: Han, or a CJK mark this step never
#: produces (a ， made from , later in the same run must not change the verdict on a second run).
_CJK_CHARS = regex.compile(
    r"[\p{Han}[[\p{Block=CJKSymbolsAndPunctuation}\p{Block=HalfwidthAndFullwidthForms}]"
    r"&&[\p{P}\p{S}]--[，：；？！（）]]]",
    regex.V1,
)
_HSPACE = regex.compile(HSPACE_CLASS)
_HSPACE_RUN = regex.compile(HSPACE_CLASS + "+")

#: A run of ellipsis-like marks; spaces beside 。 belong to it (spacing removes them later, and the
#: verdict must not change when it does).
_ELLIPSIS_RUN = re.compile(
    r"[.。·⋯…](?:(?:(?<=。)" + HSPACE_RE_CLASS + r"+|" + HSPACE_RE_CLASS + r"+(?=。))?[.。·⋯…])*"
)
#: Ellipsis spellings: 3-6 ASCII dots, 3-6 ideographic full stops or middle dots, one or two ⋯,
#: a lone …. (…… is already right; other lengths are left alone.)
_ELLIPSIS_FORM = regex.compile(r"\.{3,6}|。{3,6}|·{3,6}|⋯{1,2}|…")
#: Found in every run `_ELLIPSIS_FORM` accepts (spaces in a run only stand beside 。, so dots and
#: middle dots are adjacent): a text without it has no ellipsis to fix, and is not scanned further.
#: The forms of `_ELLIPSIS_FORM` shorter than three characters.
_SHORT_ELLIPSES = frozenset(("…", "⋯", "⋯⋯"))
_ELLIPSIS_HINT = re.compile(r"\.\.\.|···|⋯|…|。" + HSPACE_RE_CLASS + r"*。" + HSPACE_RE_CLASS + r"*。")
_DASH = regex.compile(r"(?<![-―])(?:-{2,3}|――)(?![-―])")
#: The characters each sub-step looks at, found with `_positions`.
_MARK_CHARS = ",:;?!"
_QUOTE_CHARS = "\"“”'‘’"
_PAREN_OPENERS = "(（"
_PAREN_CLOSERS = ")）"
_PAREN_CHARS = _PAREN_OPENERS + _PAREN_CLOSERS
_THOUSANDS = regex.compile(r"\d{3}(?!\d)")
#: A group of three digits cut by the wrap of a flat-text column (`1,2` / `00名`, `1,23` / `4人`) or
#: by a block break (a coordinate page's line set apart): the digits after the comma on its line,
#: the rest opening the next line or block.
_GROUP_ACROSS_WRAP = regex.compile(r"(\d{1,2})\n\n?(\d{1,2})(?!\d)")
#: A decimal fraction written without its zero, as sports tables print a rate (`勝率.522`, `打击率.300`,
#: `.5%`): a stop before one to three digits that end the field or clause (a space, the line's end,
#: `%`, a comma or semicolon). After a rate word more marks end them (`_RATE_FIELD_END`).
_BARE_FRACTION = regex.compile(r"\.\d{1,3}(?=[%\t\p{Zs}\n，、；,;]|$)")
#: Marks that end a rate's digits besides `_BARE_FRACTION`'s: a full stop, `！？：`, a bracket, a
#: title mark (`胜率.522（联盟第一）`, `上垒率.400。`). The spacing step glues them to the digits, so
#: a second run reads the stop as the first did. Elsewhere they end no fraction: the stop before
#: `揭晓.3！` or `举行.10:30` ends the sentence, with a gap before the mark or without.
_RATE_FIELD_END = frozenset("。！？：!?:（）()《》〈〉「」『』【】〔〕〖〗～")
#: Units and measure words a number opens a phrase with: before one of them, alone in jieba's
#: reading, the digits are a count (`召开.500 人参加`, `要求.10 条建议`, `上午.3 项工作`), and the
#: stop before them ends a sentence (`_opens_a_count`). Simplified and traditional forms; not those
#: a sports table's next column may open with (场, 轮: `勝率.522 場次`).
_COUNTED = frozenset(
    "年月日号號时時点點分秒周岁歲天个個名位人家项項次件条條份倍届屆期批座台臺辆輛户戶篇所"
    "万萬亿億千百元角米吨噸"
)
#: One to three digits after a stop, no more digits after them: a rate's fraction after a rate word
#: (`胜率.600名次第三`, whose gap OCR lost), unless a count follows.
_RATE_DIGITS = regex.compile(r"\.\d{1,3}(?![\d.．])")
#: Digits that go on as a clock time (`举行.10:30`), a gap before the colon skipped: what the
#: stop's digits open is no fraction, after a rate word too (`提高效率.10:30`).
_CLOCK_GOES_ON = regex.compile(r"[:：]\d")
#: Digits that go on as an item number in brackets (`第一名.2（3）班`, `要求.1（一）加强`), a gap
#: before the bracket skipped: no fraction, unless a rate or an average stands before the stop,
#: whose bracket holds a rank (`胜率.750（1）`).
_ITEM_GOES_ON = regex.compile(r"[（(][\d〇一二三四五六七八九十]{1,3}[）)]")
#: How a rate ends (`胜率`, `打击率`, `得分`): the digits after it and a stop are a fraction unless a
#: count follows them (`工作效率.3 个单位` ends a sentence; `胜率.600 名列第三` is a rate).
_RATE_ENDS = ("率", "得分")
#: What stands before `均` in an average (`场均`, `人均`, `户均`): the digits after it and a stop are
#: a fraction whatever follows, a count too (`场均.5 次抢断`). Not `不均`, `平均`, which often end a
#: sentence (`发展不均.3个县`).
_AVERAGE_UNITS = frozenset("场場人户戶年日月周週亩畝局次轮輪盘盤季单單家校村")
#: How many hanzi after a unit character jieba's tagger reads to tell a measure word standing alone
#: (`个` in `个单位`) from the opening of a longer word (`名次`, `名列第一`, `位居`, `年度`).
_COUNT_WINDOW = 6
#: jieba's tags of a longer word opening with a unit character that is itself an amount (`万元`);
#: elsewhere than after a rate a time too (`年底`, `月初`, `年内`). Not `q`, which it gives some
#: verbs opening with a unit character (`分列第二`).
_AMOUNT_TAGS = frozenset({"m"})
_AMOUNT_OR_TIME_TAGS = frozenset({"m", "t"})
#: Counts jieba reads as one word and tags otherwise (a noun, a measure word it gives verbs too, an
#: adverb): `热烈.15 分钟后`, `他说.3 时许`, `参观.500 人次`. Simplified: the words are read so.
_COUNT_WORDS = frozenset({"月份", "分钟", "小时", "时许", "人次", "周年", "公里", "公斤"})
_DOUBLE = frozenset("\"“”")
_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_MARK_RULE = {
    ",": "punct.comma",
    ":": "punct.colon",
    ";": "punct.semicolon",
    "?": "punct.question",
    "!": "punct.exclamation",
}
#: Each ASCII mark's full-width form and rule, for one lookup per converted mark.
_MARK_CHANGE = {mark: (_FULL[mark], rule) for mark, rule in _MARK_RULE.items()}

#: A quote followed by one of these closes; a quote after one of these opens.
_CLOSER_FOLLOWS = frozenset("，。、；：？！）》】」』,;:?!)\"“”")
_OPENER_PRECEDES = frozenset("：:（(《【「『\"“”")
#: A block whose text ends with one of these (after closing quotes/brackets) ends a sentence.
_SENTENCE_END = frozenset("。！？；.!?;…")
#: What `_prev_block_ends_sentence` looks through at a block's end: closers, and straight quotes that
#: were not judged opening.
_TRAILING_CLOSERS = frozenset("\"'”’)）」』》")

OPEN, CLOSE = True, False


def _positions(text: str, chars: str) -> list[int]:
    """Where any of `chars` stands in `text`, in order.

    One `str.find` loop per character: the search itself runs in C without a regex engine's
    per-character class test, so a page costs a few microseconds per character plus one Python step
    per occurrence (on a full page 2-4x cheaper than `finditer` of the character class).
    """
    out: list[int] = []
    append = out.append
    find = text.find
    for ch in chars:
        i = find(ch)
        while i >= 0:
            append(i)
            i = find(ch, i + 1)
    if len(chars) > 1:
        out.sort()
    return out


def _runs(pattern: regex.Pattern[str], text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for m in pattern.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


class _Context:
    """For each run of skippable characters: the first real character on each side.

    The runs and the CJK positions are found on first use only (most pages have no ellipsis or
    dash to decide), and `_context` hands the same object to every sub-step that sees the same text.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @classmethod
    def of(cls, text: str) -> _Context:
        return _context(text)

    @lazy
    def runs(self) -> tuple[list[int], list[int]]:
        return _runs(_SKIP_RUN, self.text)

    @lazy
    def number_runs(self) -> tuple[list[int], list[int]]:
        return _runs(_SKIP_NUMBER_RUN, self.text)

    @lazy
    def guard(self) -> Spans:
        """Links and phone numbers (`protected`): found once per text, not once per sub-step."""
        return protected(self.text)

    @lazy
    def guarded(self) -> frozenset[int]:
        """Every position inside `guard`: a set lookup per mark instead of a binary search (the
        spans are a phone number or link here and there, so the set stays small)."""
        return frozenset(chain.from_iterable(range(s, e) for s, e in self.guard))

    @lazy
    def url_spans(self) -> list[tuple[int, int]]:
        """The text's URLs (`context.urls`), read once for the tests below."""
        return urls(self.text)

    @lazy
    def url_guarded(self) -> frozenset[int]:
        """Every position inside a URL."""
        return frozenset(chain.from_iterable(range(s, e) for s, e in self.url_spans))

    @lazy
    def han_in_urls(self) -> bool:
        """Whether a URL of the text holds hanzi in its path (`http://www.gsrb.com/其层,1.html`), so a
        mark right after a Han character may be a URL's."""
        return any(HAN.search(self.text, s, e) is not None for s, e in self.url_spans)

    @lazy
    def paren_guarded(self) -> frozenset[int]:
        """The positions of `guarded` a parenthesis can stand at: inside a URL or a phone number
        (`(0931)8926232`); an e-mail address holds none. Taken from `guarded` when that is known.

        A phone number holds a parenthesis only as its area code's `(0`, so without `(0` in the
        text the phone scan (a page-long regex search) is skipped.
        """
        found = self.__dict__.get("guarded")
        if found is not None:
            return found
        if "(0" not in self.text:
            return self.url_guarded
        return self.url_guarded.union(chain.from_iterable(range(s, e) for s, e in phones(self.text)))

    @property
    def mark_guarded(self) -> frozenset[int]:
        """The positions of `guarded` an ASCII , : ; ? ! or a quote mark can stand at: inside a URL.

        A phone number holds only digits, hyphens, parentheses and spaces, an e-mail address letters,
        digits and `._%+-@` (see `context.urls`), so the mark and quote sub-steps need only the URLs,
        found with a test for `://` / `www.` on most pages, unless `guarded` is already known.
        """
        found = self.__dict__.get("guarded")
        return found if found is not None else self.url_guarded

    @lazy
    def ascii_groups(self) -> tuple[list[int], list[int]]:
        """The ASCII bracket pairs (`[ ]`, `( )`, `{ }`, one line each) whose content holds no Chinese:
        their starts and ends, outermost pairs only, in order (see `_ascii_group_spans`)."""
        return _ascii_group_spans(self)

    def in_ascii_group(self, pos: int) -> bool:
        """Does `pos` stand inside an ASCII bracket pair without Chinese (`[[1, 2], [3, 4]]`)?"""
        starts, ends = self.ascii_groups
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]

    @lazy
    def blocks(self) -> Blocks:
        """The block edges of the text, shared by the quote and parenthesis sub-steps."""
        return Blocks(self.text)

    def run_span(self, pos: int, *, through_numbers: bool = False) -> tuple[int, int]:
        """The start and end of the skip run holding `pos` (`pos`, `pos + 1` if it is not skippable).

        The run is measured from `pos` outwards with two bounded regex matches (a run is a few
        characters: listing every run of the page cost more than all the lookups); only a run
        longer than `_LOCAL` on either side is looked up in the list of runs, which keeps a page
        of nothing but punctuation linear.
        """
        text = self.text
        n = len(text)
        forward, backward = (
            (_SKIP_NUMBER_RUN, _SKIP_NUMBER_RUN_BACK) if through_numbers else (_SKIP_RUN, _SKIP_RUN_BACK)
        )
        hi = min(pos + 1 + _LOCAL, n)
        m = forward.match(text, pos, hi)
        if m is None:
            s, e = pos, pos + 1  # not a skippable character: its neighbours are the real ones
        else:
            lo = max(pos - _LOCAL, 0)
            e = m.end()
            s = backward.match(text, lo, pos + 1).start()  # type: ignore[union-attr]
            if (e == hi and hi < n) or (s == lo and lo > 0):
                starts, ends = self.number_runs if through_numbers else self.runs
                i = bisect_right(starts, pos) - 1
                s, e = starts[i], ends[i]
        return s, e

    def around(self, pos: int, *, through_numbers: bool = False) -> tuple[str, str]:
        """The real characters left and right of the skip run holding `pos` ("" at a line edge)."""
        text = self.text
        n = len(text)
        s, e = self.run_span(pos, through_numbers=through_numbers)
        left = text[s - 1] if s > 0 else ""
        right = text[e] if e < n else ""
        return ("" if left in "\r\n" else left), ("" if right in "\r\n" else right)

    def chinese(self, pos: int) -> bool:
        """A real character on either side of the mark at `pos` is Chinese."""
        left, right = self.around(pos)
        return is_cjk(left) or is_cjk(right)

    def cjk_between(self, start: int, end: int) -> bool:
        """Is there a Han character or CJK mark in text[start:end]? (A bounded search: a quotation
        is short, while listing every Han position of the page cost more than all the pairing.)"""
        return start < end and _CJK_CHARS.search(self.text, start, end) is not None

    def separator_between(self, start: int, end: int) -> bool:
        """Is there an ASCII comma or semicolon in text[start:end] (`_ASCII_SEPARATOR`: a bracket pair
        holding one and no Chinese is a list or a call, `fix_parentheses`)?"""
        return _ASCII_SEPARATOR.search(self.text, start, end) is not None


#: A test of a bracket pair's content `text[start:end]` (`_bracket_pairs`).
_ContentTest = Callable[[int, int], bool]


def _bracket_pairs(
    ctx: _Context,
    opener: str,
    closer: str,
    guarded: Collection[int] = (),
    tests: Sequence[_ContentTest] | None = None,
) -> Iterator[tuple[int, int, list[bool]]]:
    """The pairs of brackets whose openers are in `opener` and closers in `closer`, within a block,
    and for each of `tests` whether the pair's content passes it (by default one test: whether it
    holds a Han character or CJK mark, `_Context.cjk_between`).

    One stack per block, an unmatched closer ignored: `fix_parentheses` pairs `()（）` (with its
    guarded positions) here too, so `_ascii_group_spans` finds the same pairs, before and after that
    step. Each pair scans only the gaps between its inner pairs and takes their verdicts, so nested
    brackets cost linear time (10,000 nested pairs: seconds -> milliseconds).
    """
    text = ctx.text
    blocks = ctx.blocks
    checks = tests or (ctx.cjk_between,)
    # open pairs: [open position, what each test found in the content so far, where the unscanned
    # content starts]
    stack: list[list[Any]] = []
    block = 0
    for pos in _positions(text, opener + closer):
        if pos in guarded:
            continue
        b = blocks.index(pos)
        if b != block:
            stack.clear()
            block = b
        if text[pos] in opener:
            stack.append([pos, [False] * len(checks), pos + 1])
            continue
        if not stack:
            continue
        o, found, scan_from = stack.pop()
        found = [f or test(scan_from, pos) for f, test in zip(found, checks, strict=True)]
        if stack:
            parent = stack[-1]
            parent[1] = [
                pf or f or test(parent[2], o) for pf, f, test in zip(parent[1], found, checks, strict=True)
            ]
            parent[2] = pos + 1
        yield o, pos, found


def _ascii_group_spans(ctx: _Context) -> tuple[list[int], list[int]]:
    """The insides of the ASCII bracket pairs of `ctx.text` whose content holds no Han or CJK mark,
    merged where they overlap: starts and ends, in order.

    Square brackets and braces pair each on their own; parentheses as `fix_parentheses` pairs them,
    and only a pair that step left ASCII counts (it converts every pair it judges Chinese). Evidence
    is `_CJK_CHARS`, to which no mark this step produces belongs: a second run finds the same groups.
    """
    text = ctx.text
    spans = [
        (o + 1, c)
        for pairs in (
            _bracket_pairs(ctx, "[", "]"),
            _bracket_pairs(ctx, "{", "}"),
            _bracket_pairs(ctx, _PAREN_OPENERS, _PAREN_CLOSERS, ctx.paren_guarded),
        )
        for o, c, (cjk,) in pairs
        if not cjk and text[o] in "[{(" and text[c] in "]})"
    ]
    merged = merged_spans(spans)
    return [s for s, _ in merged], [e for _, e in merged]


#: Recent contexts by text: a sub-step that sees the text an earlier one saw (or produced with
#: mark-for-mark replacements, see `_apply`) reuses its runs. A few entries, guarded for threads.
_CONTEXTS: dict[str, _Context] = {}
_CONTEXTS_LOCK = threading.Lock()


def _remember(ctx: _Context) -> _Context:
    with _CONTEXTS_LOCK:
        _CONTEXTS[ctx.text] = ctx
        while len(_CONTEXTS) > 4:
            del _CONTEXTS[next(iter(_CONTEXTS))]
    return ctx


def _context(text: str) -> _Context:
    """The context of `text`, shared by the sub-steps that see it (a context is never mutated)."""
    with _CONTEXTS_LOCK:
        found = _CONTEXTS.get(text)
    return found if found is not None else _remember(_Context(text))


def known_blocks(text: str) -> Blocks | None:
    """The block edges of `text` if a punctuation sub-step already found them (for the spacing step,
    which runs next on the text the last sub-step produced), else None."""
    with _CONTEXTS_LOCK:
        found = _CONTEXTS.get(text)
    return None if found is None else found.__dict__.get("blocks")


def _apply(t: TrackedText, changes: list[Change], ctx: _Context) -> TrackedText:
    """`t.apply(changes)`; when every change replaces one ASCII quote, bracket or mark by another
    mark (its full-width form), what `_Context` found in the old text holds for the new one, so the
    next sub-step reuses it instead of scanning the page again:

    - the skip runs, character for character (both characters are skippable);
    - the block edges (no line break or space changes);
    - the protected spans: a mark inside a link or phone number is never changed, and a changed mark
      is outside every match of `_PHONE`, `_URL`, `_EMAIL` and their look-arounds, or in the trailing
      `.,;:!?'")]` a link sheds; a full-width mark there ends the match at the same place.
    """
    out = t.apply(changes)
    if out is t:
        return out
    found = ctx.__dict__
    if found.keys().isdisjoint(_CARRIED):
        return out
    old = t.text
    if all(
        c.end - c.start == 1 and old[c.start] in _CARRY_FROM and c.after in _CARRY_TO for c in changes
    ):
        carried = _Context(out.text)
        for name in _CARRIED:
            if name in found:
                carried.__dict__[name] = found[name]
        _remember(carried)
    return out


#: What `_apply` carries over, and the replacements it carries it across (quote, parenthesis, mark
#: and full stop conversions; every one of these characters is in `_SKIP_CLASS`). A converted stop
#: has only spaces, quotes and brackets between it and the non-ASCII characters on either side, so
#: it is neither inside a link nor the character a link's look-behind reads.
_CARRIED = ("runs", "number_runs", "guard", "guarded", "url_guarded", "paren_guarded", "blocks")
_CARRY_FROM = frozenset("\"'“”‘’()（）,:;?!.")
_CARRY_TO = frozenset("“”‘’（），：；？！。")


@lru_cache(maxsize=4096)
def _is_hspace(ch: str) -> bool:
    """`_HSPACE` matches `ch` (memoised: the quote sub-step tests every neighbour of every quote)."""
    return _HSPACE.match(ch) is not None


def _prev_visible(text: str, pos: int) -> tuple[int, str]:
    """The position and character before `pos`, skipping horizontal spaces on the same line."""
    i = pos - 1
    while i >= 0 and _is_hspace(text[i]):
        i -= 1
    return i, (text[i] if i >= 0 else "")


def _next_visible(text: str, pos: int) -> tuple[int, str]:
    i = pos + 1
    while i < len(text) and _is_hspace(text[i]):
        i += 1
    return i, (text[i] if i < len(text) else "")


def _block_start(text: str, pos: int, blocks: Blocks) -> bool:
    """Nothing but spaces between the start of `pos`'s block and `pos`."""
    start, _ = blocks.bounds(pos)
    i, _c = _prev_visible(text, pos)
    return i < start


def _block_end(text: str, pos: int, blocks: Blocks) -> bool:
    _, end = blocks.bounds(pos)
    i, _c = _next_visible(text, pos)
    return i >= end


def _prev_block_ends_sentence(
    text: str, pos: int, blocks: Blocks, opening: Collection[int] = ()
) -> bool:
    """Does the block before `pos`'s block end a sentence (or is there none)?

    Closing quotes and brackets at its end are looked through, but not a straight quote judged
    opening (its position is in `opening`): the answer must be the same once that quote has become
    “ or ‘, or a second run over the output would pair the quotes differently.
    """
    b = blocks.index(pos)
    if b == 0:
        return True
    i = blocks.ends[b - 1] - 1
    while i >= blocks.starts[b - 1] and (
        (text[i] in _TRAILING_CLOSERS and i not in opening) or _is_hspace(text[i])
    ):
        i -= 1
    return i < blocks.starts[b - 1] or text[i] in _SENTENCE_END


def _hint(text: str, pos: int) -> bool | None:
    """What the neighbours of a quote inside a block say: a mark after it closes, 说: before it opens."""
    _, right = _next_visible(text, pos)
    if right in _CLOSER_FOLLOWS:
        return CLOSE
    _, left = _prev_visible(text, pos)
    if left in _OPENER_PRECEDES:
        return OPEN
    return None


def _role(
    text: str, pos: int, state: bool, blocks: Blocks, b: int | None = None, opening: Collection[int] = ()
) -> tuple[bool, Cert]:
    """Whether the straight quote at `pos` opens or closes, given whether a quotation is open.

    Block edges first: a quote that starts a block opens (GB/T 15834: each paragraph of a long
    quotation starts with an opening quote) unless a quotation is open and the previous block broke
    off mid-sentence (a column break just before the closing quote). A quote that ends a block
    closes, unless no quotation is open and it does not follow a sentence end (the quotation
    continues in the next block). Then neighbours; then alternation.

    `b` is the number of `pos`'s block when the caller knows it; `opening` holds the straight quotes
    before `pos` already judged opening (see `_prev_block_ends_sentence`). Each neighbour is looked up once
    (this is `_block_start`, `_block_end` and `_hint` in one pass).
    """
    if b is None:
        b = blocks.index(pos)
    i, left = _prev_visible(text, pos)
    if i < blocks.starts[b]:
        if state is OPEN and not _prev_block_ends_sentence(text, pos, blocks, opening):
            return CLOSE, "medium"
        return OPEN, "high"
    j, right = _next_visible(text, pos)
    if j >= blocks.ends[b]:
        if left in _OPENER_PRECEDES:
            return OPEN, "high"
        if state is OPEN or left in _SENTENCE_END:
            return CLOSE, "high"
        return OPEN, "medium"
    if right in _CLOSER_FOLLOWS:
        return CLOSE, "high"
    if left in _OPENER_PRECEDES:
        return OPEN, "high"
    return (CLOSE if state is OPEN else OPEN), "high"


def _stale(text: str, first: tuple[int, str], second: tuple[int, str] | None, blocks: Blocks) -> bool:
    """Is a quotation still open from an earlier block really over (its closing quote was lost)?

    Yes when this block's first quote says nothing about itself (or is an opening “) and its second
    quote surely closes: the two are a pair, so the first opens, not closes.
    """
    if second is None:
        return False
    (p1, c1), (p2, c2) = first, second
    if _block_start(text, p1, blocks):
        return False
    first_free = c1 == "“" or (c1 == '"' and not _block_end(text, p1, blocks) and _hint(text, p1) is None)
    second_closes = c2 == "”" or (c2 == '"' and _hint(text, p2) is CLOSE)
    return first_free and second_closes


#: The mark a closed quotation's last clause ends with, before its closing quote: `…提升，”他要求`.
_CLAUSE_END = frozenset("，。！？,.!?")
#: A speech attribution after a quote (`他要求`, `王丽表示`, `省农业农村厅负责人说`): who speaks, an
#: adverb, the verb, and a punctuation mark right after the verb (`他要求，`, `他说。`): a verb going on
#: as other words is none (`他说了算`, `专家说要种`, `他们要求我们`, `说明`, `说到做到`), as the words
#: after it may be the quotation's own (`"专家认为这个方案可行。"`). In both scripts (`他說，`, `他強調，`).
_ATTRIBUTION = regex.compile(
    r"(?P<who>\p{Han}{1,10}?)"
    r"(?:还|還|也|又|则|則|都|也都|纷纷|紛紛|一致|随后|隨後|接着|接著|最后|最後|进一步|進一步|再次|同时|同時"
    r"|笑着|笑著|对记者|對記者|向记者|向記者)?"
    r"(?:说道|介绍说|强调说|表示说|说|表示|要求|指出|强调|介绍|认为|坦言|透露|告诉记者|告诉|直言|呼吁|感慨|补充道|解释道|回忆道|反问道|问道|称|谓"
    r"|說道|介紹說|強調說|表示說|說|強調|介紹|認為|告訴記者|告訴|呼籲|補充道|解釋道|回憶道|反問道|問道|稱|謂|話)"
    r"(?=[，。：；！？,.:;!?])",
    regex.V1,
)
#: Who speaks in an attribution: a third person pronoun. Not 我 or 我们, which open many quotations
#: (`"我认为，…"`), so they say nothing of the quote before them.
_SPEAKER_PRONOUNS = frozenset(("他", "她", "他们", "她们", "他們", "她們", "佢", "佢哋"))
#: Words opening a quotation's own first clause, never a speaker after its closing quote: 我, 我们,
#: 咱们 (`"我们村书记说到做到。"`), also before an office (`我们村书记`).
_FIRST_PERSON = ("我", "咱")
#: What a speaker's attribution may end with besides a person's name: a reporter or an office
#: (`记者`, `省农业农村厅负责人`, `市长`, `专家`), in both scripts.
_SPEAKER_ROLES = (
    "记者", "负责人", "书记", "主任", "局长", "部长", "厅长", "省长", "市长", "县长", "区长", "镇长",
    "乡长", "村长", "院长", "校长", "所长", "站长", "队长", "厂长", "经理", "董事长", "主席", "会长",
    "社长", "行长", "处长", "科长", "委员", "代表", "专家", "教授", "研究员", "医生", "老师", "同志",
    "发言人", "工作人员", "总裁", "总书记", "总统", "总理", "支书", "村民", "市民", "居民", "网友",
    "某君", "该员",
    "記者", "負責人", "書記", "局長", "部長", "廳長", "省長", "市長", "縣長", "區長", "鎮長", "村長",
    "院長", "校長", "所長", "站長", "隊長", "廠長", "經理", "董事長", "會長", "社長", "行長", "處長",
    "科長", "委員", "代表", "專家", "醫生", "老師", "發言人", "工作人員", "總裁", "特首", "議員", "官員",
    "總統", "總理", "支書", "網友", "該員",
)


def _names_a_speaker(who: str) -> bool:
    """Whether `who`, the hanzi before a speech verb, names someone speaking: a third person
    pronoun, a reporter or an office (`_SPEAKER_ROLES`), or a person's name, alone or after an
    office (`王丽`, `市委书记李明`, `王书记`). Never words in the first person (`我们村书记`):
    they open quotations."""
    if who.startswith(_FIRST_PERSON):
        return False
    if who in _SPEAKER_PRONOUNS or who.endswith(_SPEAKER_ROLES):
        return True
    return any(tags_a_person(who[-k:]) for k in (2, 3, 4) if len(who) >= k)


#: A verb of saying or writing and the comma OCR gave it for its colon, before a quote (`王老师说,"`,
#: `表示，"`, `他在信中写道,"`, `他告诉记者,"`, `宗旨是,"`): the quotation opens there. Not a verb read
#: as a noun after 的 (`满足群众的要求,"他说`), and `是` only after a word naming what is quoted
#: (`宗旨是,"`, not `不是,"`). In both scripts.
_SPEECH_BEFORE = regex.compile(
    r"(?<!的)(?:说道|说|表示|要求|指出|强调|介绍|认为|坦言|透露|问道|问|称|写道|笑道|答道|回答|回忆道|补充道"
    r"|解释道|直言|呼吁|感慨|感叹|告诉|对记者|向记者|宣布|提醒|建议"
    r"|(?:宗旨|目标|口号|理念|主题|原则|标语|座右铭)是"
    r"|說道|說|強調|介紹|認為|問道|問|稱|寫道|回憶道|補充道|解釋道|呼籲|感嘆|告訴|對記者|向記者|建議"
    r"|(?:宗旨|目標|口號|理念|主題|原則|標語)是)"
    r"(?:记者|記者|我们|我們|大家)?[ \t\u3000]*[，,]$"
)
#: Spaces and line breaks OCR leaves inside an attribution (`他 要求`, `他⏎强调`), read through.
_GAPS = regex.compile(r"[ \t\u3000\n]+")
#: A sentence's end right after the attribution's verb (`"他说。`): the quotation before it closed.
_ENDS_ATTRIBUTION = frozenset("。！？.!?")
#: A clause mark after the verb (`"他要求，`, `"他说：`): what follows tells (`_attribution_goes_on`).
_GOES_ON = frozenset("，,：:")
#: The marks a quotation's last sentence ends with before its closing quote (`…等我回来。"`).
_QUOTED_SENTENCE_END = frozenset("。！？.!?…")


def _opens_after_speech(text: str, pos: int) -> bool:
    """Whether a verb of saying and a comma stand right before the straight quote at `pos`
    (`市民纷纷表示,"很好"`, `他告诉记者,"…`): the quotation it says opens there."""
    i, _left = _prev_visible(text, pos)
    return _SPEECH_BEFORE.search(text, max(0, i - 8), i + 1) is not None


def _closes_before_attribution(text: str, pos: int, blocks: Blocks) -> bool:
    """Whether the straight quote at `pos` ends a quoted clause before its speaker is named.

    Chinese news style writes `“…提升，”他要求，“各地…”`: a clause's end mark, the closing quote,
    the speaker and a speech verb (`_ATTRIBUTION`, `_names_a_speaker`), then either the sentence
    ends (`"他说。`) or the quotation opens again (`,"他要求,"各地`, `"他说："我们`). A speaker and a
    verb can also open a quotation that reports someone (`。"他说，妈妈，等我回来。"`): after the
    verb and a clause mark the words go on unquoted to a quote ending a sentence, so that is no
    evidence (`_attribution_goes_on`). Spaces and line breaks inside the attribution are read
    through, a blank line is not."""
    _, left = _prev_visible(text, pos)
    if left not in _CLAUSE_END:
        return False
    b = blocks.index(pos)
    after = _GAPS.sub("", text[pos + 1 : blocks.ends[b]])
    m = _ATTRIBUTION.match(after)
    if m is None or not _names_a_speaker(m.group("who")):
        return False
    mark, rest = after[m.end()], after[m.end() + 1 :]
    if mark in _ENDS_ATTRIBUTION:
        return True  # `"他说。`, `"他说。"下一步…`
    if mark not in _GOES_ON:
        return False
    if rest.startswith(('"', "“")):
        return True  # the quotation opens again: `,"他要求,"各地要`
    k = b + 1
    while (
        not any(ch in _DOUBLE for ch in rest)
        and rest.rstrip()[-1:] not in _QUOTED_SENTENCE_END
        and k < len(blocks.starts)
    ):  # the paragraph runs on into the next block (a column break): read it too
        rest += _GAPS.sub("", text[blocks.starts[k] : blocks.ends[k]])
        k += 1
    nxt = blocks.starts[k] if k < len(blocks.starts) else len(text)
    return not _attribution_goes_on(rest, text[nxt:].lstrip(" \t\u3000"))


def _attribution_goes_on(rest: str, next_block: str) -> bool:
    """Whether the words after a speaker, a verb and a clause mark (`rest`: to its block's end, or on
    across a column break while the paragraph runs on) may be the first words of a quotation
    reporting someone (`"他说，妈妈，等我回来。"`): a quote in them ends a sentence, or one is left
    unpaired (`"他说，明天就走"，…`), or there is none and the next block opens with a quote (the
    quotation may go on there). Quotes in pairs after other words are titles or names
    (`他说,要把"放管服"改革…`)."""
    quotes = [i for i, ch in enumerate(rest) if ch in _DOUBLE]
    if len(quotes) % 2 or any(i > 0 and rest[i - 1] in _QUOTED_SENTENCE_END for i in quotes):
        return True
    return not quotes and next_block.startswith(('"', "“"))


#: Where a continuation marker saying where the text comes from opens a line (`（上接第1版）`,
#: `(接1版)`, `（紧接第二版）`, `续第一版`, `▶上接2版`): the text after it goes on from another page,
#: so whether a quotation is open there is unknown (`_continuation_quotes`).
_MARKER_HINT = regex.compile(r"[接续續承]")


def _continuation_quotes(text: str, blocks: Blocks) -> dict[int, int]:
    """The first quote mark after each continuation marker that opens a line, where that mark is a
    straight double quote in the marker's block (or, the marker alone on its lines, in the next).

    Before it the text may be the tail of a quotation opened on the other page: its direction
    cannot be read from the quotes before it on this page, which belong to other articles. Each
    such quote is mapped to where its marker ends."""
    if _MARKER_HINT.search(text) is None:
        return {}
    from ..layout.continuation import find_markers

    firsts: dict[int, int] = {}
    for marker in find_markers(text):
        start, end = marker.span
        if marker.direction != "from" or text[text.rfind("\n", 0, start) + 1 : start].strip(" \t\u3000"):
            continue
        b = blocks.index(end) if end < len(text) else len(blocks.starts) - 1
        rest_blank = not text[end : blocks.ends[b]].strip()
        nxt = min((p for p in (text.find(c, end) for c in _DOUBLE) if p >= 0), default=-1)
        if nxt < 0 or text[nxt] != '"':
            continue
        if blocks.index(nxt) == b or (rest_blank and blocks.index(nxt) == b + 1):
            firsts[nxt] = end
    return firsts


@dataclass(slots=True)
class _Quote:
    pos: int
    straight: bool
    role: bool
    cert: Cert = "high"


def _pair_up(quotes: list[_Quote], ctx: _Context) -> list[tuple[_Quote, bool]]:
    """Each straight quote with the verdict "Chinese context": judged as a pair where it has one."""
    verdicts: list[tuple[_Quote, bool]] = []

    def single(q: _Quote) -> None:
        if q.straight:
            verdicts.append((q, ctx.chinese(q.pos)))

    pending: _Quote | None = None
    for q in quotes:
        if q.role is OPEN:
            if pending is not None:
                single(pending)
            pending = q
        elif pending is None:
            single(q)
        else:
            o, pending = pending, None
            # The tests are pure, so their order only sets the cost: the bounded search of the
            # quotation (almost always Chinese in a Chinese page) before the two neighbour walks.
            chinese = (
                not o.straight
                or not q.straight
                or ctx.cjk_between(o.pos + 1, q.pos)
                or is_cjk(ctx.around(o.pos)[0])
                or is_cjk(ctx.around(q.pos)[1])
            )
            verdicts.extend((m, chinese) for m in (o, q) if m.straight)
    if pending is not None:
        single(pending)
    return verdicts


def _quote_changes(
    quotes: list[_Quote], ctx: _Context, open_mark: str, close_mark: str
) -> list[Change]:
    return [
        Change(q.pos, q.pos + 1, open_mark if q.role is OPEN else close_mark, "punct.quote", "punct", q.cert)
        for q, chinese in _pair_up(quotes, ctx)
        if chinese
    ]


#: Corner quotes: a page that prints them and no “” quotes with them (`_QuoteStyle`).
_CORNER_QUOTES = regex.compile(r"[「」『』]")
#: The corner quotes that open and close a quotation (`_CornerSpans`).
_CORNER_PAIR = regex.compile(r"[「」]")
#: How the punctuation step reads corner quotes (`_quote_view`): as the curly quotes they stand for.
CORNER_AS_CURLY = str.maketrans("「」『』", "“”‘’")
_NESTED_AS_CURLY = str.maketrans("『』", "‘’")


class _CornerSpans:
    """The spans of the page's 「…」 quotations: a 「 whose next corner mark is a 」."""

    def __init__(self, text: str) -> None:
        marks = [(m.start(), m.group()) for m in _CORNER_PAIR.finditer(text)]
        self.starts: list[int] = []
        self.ends: list[int] = []
        for (p, a), (q, b) in pairwise(marks):
            if a == "「" and b == "」":
                self.starts.append(p)
                self.ends.append(q)

    def holds(self, pos: int) -> bool:
        """Whether `pos` lies inside one of the quotations."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


#: The quote styles a run may ask for (`NormalizeOptions.quotes`, `--quotes`): `auto`, the page's
#: own marks decide (`_QuoteStyle`; in an issue, the issue's: `issue_quote_style`); `corner`, straight
#: quotes become 「」 and 『』 on every page; `curly`, “” and ‘’ on every page.
QUOTE_STYLES: tuple[str, ...] = ("auto", "corner", "curly")


def prints_quotes(text: str) -> tuple[bool, bool]:
    """Whether `text` prints corner quotes (「」『』) and whether it prints “ or ”: what the `auto`
    style reads of a page (`_QuoteStyle.of`)."""
    return _CORNER_QUOTES.search(text) is not None, "“" in text or "”" in text


def issue_quote_style(printed: Iterable[tuple[bool, bool]]) -> str:
    """The quote style every page of an issue gets under `auto`, from what each page prints
    (`prints_quotes`): `corner` when a page prints corner quotes and none prints “”, `curly` when a
    page prints “” and none prints corner quotes, else `auto` (each page by its own marks: the pages
    disagree, or none prints any). So a page whose OCR lost every corner quote writes its straight
    quotes as the rest of its issue does, not as a page of another paper."""
    pages = list(printed)
    corner = any(c for c, _ in pages)
    curly = any(q for _, q in pages)
    if corner != curly:
        return "corner" if corner else "curly"
    return "auto"


def _refuse_style(quotes: str) -> None:
    """Raise `ValueError` for a quote style that is none of `QUOTE_STYLES`."""
    if quotes not in QUOTE_STYLES:
        raise ValueError(f"quote style {quotes!r} is none of {', '.join(QUOTE_STYLES)}")


@dataclass(frozen=True, slots=True)
class _QuoteStyle:
    """Which marks the straight quotes of a page become.

    Under `auto`, a page that prints 「」 or 『』 and no “ or ” quotes with corner marks, as Hong Kong
    and Taiwan papers set them (`corner`): its " become 「」 and its ' 『』. Any other page gets “” and
    ‘’ (the usual simplified page, a traditional page that prints “”, or one with no quotation marks
    to tell), but for a straight quote inside a printed 「…」 (`inside`), which is nested there: 『』
    (`nested_corner`). The `corner` style writes 「」『』 on every page, the `curly` style “”‘’, a
    quote nested in a printed 「…」 too.
    """

    corner: bool
    inside: _CornerSpans
    nested_corner: bool = True

    @classmethod
    def of(cls, text: str, quotes: str = "auto") -> _QuoteStyle:
        if quotes != "auto":
            return cls(quotes == "corner", _CornerSpans(text), nested_corner=quotes == "corner")
        printed_corner, printed_curly = prints_quotes(text)
        return cls(printed_corner and not printed_curly, _CornerSpans(text))

    def marks(self, pos: int, curly: str) -> str:
        """The marks for `curly` (a curly quote the quote sub-step wrote at `pos`)."""
        if curly in "“”" and self.corner:
            return "「」"[curly == "”"]
        if curly in "‘’" and (self.corner or (self.nested_corner and self.inside.holds(pos))):
            return "『』"[curly == "’"]
        return curly


def _quote_view(text: str, style: _QuoteStyle) -> str:
    """`text` as the punctuation step reads a page with corner quotes: each as the curly quote it
    stands for (「」 on a page that quotes with them, 『』 on every page), and a straight " inside a
    「…」 as a nested '. The sub-steps then judge it as they judge a page with curly quotes, and the
    marks they write read the same in a second run: the corner quotes the quote sub-step writes
    read as the curly ones it wrote (which the marks around it look through), so the quotes it left
    straight (in Latin text) and the marks beside them are judged as in the first run."""
    view = text.translate(CORNER_AS_CURLY if style.corner else _NESTED_AS_CURLY)
    if '"' not in text or not style.inside.starts:
        return view
    chars = list(view)
    for pos in _positions(text, '"'):
        if style.inside.holds(pos):
            chars[pos] = "'"
    return "".join(chars)


def _in_corner_style(
    t: TrackedText, steps: Sequence[Callable[[TrackedText], TrackedText]], quotes: str = "auto"
) -> TrackedText:
    """`steps` over a page that prints corner quotes or is to get them (`_QuoteStyle`, the style
    `quotes`): run over the page as they read it (`_quote_view`), their edits made to `t` with the
    quotes they wrote as the page writes them."""
    style = _QuoteStyle.of(t.text, quotes)
    fixed = TrackedText(_quote_view(t.text, style)).protect(t.protected)
    for step in steps:
        fixed = step(fixed)
    changes: list[Change] = []
    for e in fixed.edits:
        after = e.after
        if "punct.quote" in e.rules:
            after = "".join(style.marks(e.start + i, c) for i, c in enumerate(after))
        # one rule an edit: no sub-step changes what another wrote (each reads ASCII marks only)
        changes.append(Change(e.start, e.end, after, e.rules[0], e.kind, e.cert))
    return t.apply(changes)


def fix_quotes(t: TrackedText, *, continuations: bool = True) -> TrackedText:
    """Straight quotes -> “ ” (and nested ' -> ‘ ’), paired across the whole page text.

    One pass over the quotes keeps the open/closed state from block to block, so a quotation that
    opens in one block and closes in the next is paired correctly. Existing curly quotes set the
    state; apostrophes between letters (Xi'an, don't) are not quotes. (A page with corner quotes
    gets corner ones: `fix_punctuation`.)

    After a continuation marker opening a line (`（上接第1版）`) the state is unknown: the text may
    go on inside a quotation opened on another page (`_continuation_quotes`). There the first quote
    closes before an attribution that ends the sentence or opens the quotation again (`升,"他要求,"`
    -> `升，”他要求，“`) and opens after a speech verb and a comma (`表示,"`); where the words say
    nothing sure it is judged as before (`_first_after_continuation`).
    `continuations=False` when the caller knows the state there (`layout.jumps.pair_quotes_across`
    judges the continuation with the paragraph it continues before it).
    """
    text = t.text
    if '"' not in text and "'" not in text:
        return t  # only straight quotes change; curly ones only set the state
    ctx = _Context.of(text)
    doubles, singles = _straight_quotes(text, ctx, continuations)
    changes = _quote_changes(doubles, ctx, "“", "”") + _quote_changes(singles, ctx, "‘", "’")
    return _apply(t, changes, ctx)


def _first_after_continuation(
    text: str, pos: int, marker_end: int, state: bool, blocks: Blocks, b: int, opening: Collection[int]
) -> tuple[bool, Cert]:
    """The role and certainty of the first quote after a continuation marker (`_continuation_quotes`).

    The quotes before it on the page belong to other articles, so what they left open says nothing
    of it. A quote opening its block or right after the marker opens, as one with no quotation open
    does; one its neighbours judge (`："` opens, `"，` closes) is judged as before. Else the words
    around it may tell: a speech verb and a comma before it open (`表示,"很好"`,
    `_opens_after_speech`), a clause's end and an attribution after it close (`升,"他要求,"`,
    `_closes_before_attribution`). Where neither tells, or both do, it is judged as before (the
    state and its certainty), as the words are no evidence."""
    if _block_start(text, pos, blocks) or not text[marker_end:pos].strip(" \t\u3000"):
        return _role(text, pos, CLOSE, blocks, b, opening)
    role, cert = _role(text, pos, state, blocks, b, opening)
    if _role(text, pos, not state, blocks, b, opening)[0] == role:
        return role, cert
    opens = _opens_after_speech(text, pos)
    if opens == _closes_before_attribution(text, pos, blocks):
        return role, cert
    return (OPEN if opens else CLOSE), "high"


def _straight_quotes(
    text: str, ctx: _Context, continuations: bool = True
) -> tuple[list[_Quote], list[_Quote]]:
    """The double and the single quotes of `text`, each judged opening or closing (see `fix_quotes`)."""
    blocks = ctx.blocks
    firsts = _continuation_quotes(text, blocks) if continuations and '"' in text else {}
    guarded = ctx.mark_guarded  # a quote mark is never inside a phone number or e-mail address
    doubles: list[_Quote] = []
    singles: list[_Quote] = []
    state = CLOSE
    single_state = CLOSE
    opening: set[int] = set()  # straight quotes judged opening so far
    marks = [(p, text[p]) for p in _positions(text, _QUOTE_CHARS) if p not in guarded]
    double_marks = [(p, c) for p, c in marks if c in _DOUBLE]
    block = -1
    k = 0  # index of the next double quote in double_marks
    for pos, ch in marks:
        if ch in _DOUBLE:
            b = blocks.index(pos)
            if b != block:
                block = b
                second = double_marks[k + 1] if k + 1 < len(double_marks) else None
                if second is not None and blocks.index(second[0]) != b:
                    second = None
                if state is OPEN and _stale(text, (pos, ch), second, blocks):
                    state = CLOSE
            k += 1
            single_state = CLOSE  # a nested quotation never outlives its outer one
            if ch == '"':
                if pos in firsts:
                    role, cert = _first_after_continuation(text, pos, firsts[pos], state, blocks, b, opening)
                else:
                    role, cert = _role(text, pos, state, blocks, b, opening)
                doubles.append(_Quote(pos, True, role, cert))
                if role is OPEN:
                    opening.add(pos)
            else:
                role = OPEN if ch == "“" else CLOSE
                doubles.append(_Quote(pos, False, role))
            state = role
            continue
        if ch == "'":
            before = text[pos - 1] if pos else ""
            after = text[pos + 1] if pos + 1 < len(text) else ""
            if (is_alpha(before) or is_digit(before)) and (is_alpha(after) or is_digit(after)):
                continue  # an apostrophe
            role, cert = _role(text, pos, single_state, blocks, None, opening)
            singles.append(_Quote(pos, True, role, cert))
            if role is OPEN:
                opening.add(pos)
        else:
            role = OPEN if ch == "‘" else CLOSE
            singles.append(_Quote(pos, False, role))
        single_state = role
    return doubles, singles


#: What makes a parenthesis pair without Chinese inside a list or call: (1, 2), f(x, y), (a; b).
_ASCII_SEPARATOR = re.compile(r"[,;]")


#: A phone number's area code in ASCII brackets (`(65)`, `(03)`), and the number after it: a space,
#: then seven or eight digits, in two groups or one (`6222-3344`, `2161 2345`, `62223344`), not a
#: year range (`(1) 2023-2024年度`, `(1) 2019 2020年`) nor an amount or a count (`(3) 1000000元`,
#: `(2) 2345 6789 人次`). A hanzi after the number is read only as a unit: the spacing step removes a
#: space before one (`3344 联系` -> `3344联系`), and a second run must judge the pair alike.
_AREA_CODE = regex.compile(r"\(\d{1,4}\)")
_NUMBER_AFTER_CODE = regex.compile(
    r"[ \t](?!(?:19|20)\d\d[- ]?(?:19|20)\d\d(?!\d))\d{3,4}[- ]?\d{4}(?![\d.,])"
    r"(?![ \t]*[年月日元人名次万亿个位户家届度岁件台辆项份倍千百%％])"
)


def _area_code(text: str, opener: int, closer: int) -> bool:
    """Is the ASCII bracket pair at `opener`, `closer` a phone number's area code (`(65) 6222-3344`)?

    Singapore and Malaysian papers print it so, with a space before the number. Made full-width
    it read `（65）6222-3344`, and the spacing step took the space out: the number no longer read as
    printed. The pair keeps its ASCII, whatever stands around it."""
    return (
        _AREA_CODE.fullmatch(text, opener, closer + 1) is not None
        and _NUMBER_AFTER_CODE.match(text, closer + 1) is not None
    )


def fix_parentheses(t: TrackedText) -> TrackedText:
    """ASCII ( ) -> （ ） as pairs, when the pair is in Chinese context.

    A pair is Chinese when its content or the text on either side is: (通讯员茹建荣), (扩大), (1) at
    the head of a Chinese list item, 人工智能(AI). Pairs never span blocks; an unmatched parenthesis
    is left alone, and a pair with one full-width member gets the other converted. A pair without
    Chinese inside that holds an ASCII comma or semicolon is a list or a call quoted in Chinese text
    (坐标为(1, 2)的点, 调用f(x, y)): it keeps its ASCII, and so do the marks inside (`fix_marks`).
    """
    text = t.text
    if "(" not in text and ")" not in text:
        return t  # only ASCII parentheses change
    ctx = _Context.of(text)
    changes: list[Change] = []
    tests = (ctx.cjk_between, ctx.separator_between)
    pairs = _bracket_pairs(ctx, _PAREN_OPENERS, _PAREN_CLOSERS, ctx.paren_guarded, tests)
    for o, pos, (inner, listed) in pairs:
        pair = (o, pos)
        if text[o] == "（" and text[pos] == "）":
            continue
        # Pure tests, cheapest first: `inner` is known already, the neighbour walks cost two searches.
        if _area_code(text, o, pos):
            continue  # 或 (65) 6222-3344: a phone number as printed
        chinese = (
            inner
            or text[o] == "（"
            or text[pos] == "）"
            or (not listed and (is_cjk(ctx.around(o)[0]) or is_cjk(ctx.around(pos)[1])))
        )
        if chinese:
            changes.extend(
                Change(p, p + 1, _FULL[text[p]], "punct.paren", "punct") for p in pair if text[p] in "()"
            )
    return _apply(t, changes, ctx)


#: The characters an `_ELLIPSIS_RUN` is made of (its marks and the horizontal spaces it may hold).
_ELLIPSIS_RUN_CHAR = re.compile(r"[.。·⋯…]|" + HSPACE_RE_CLASS)


def _ellipsis_runs(text: str) -> Iterator[re.Match[str]]:
    """The runs of `_ELLIPSIS_RUN.finditer(text)` that hold a match of `_ELLIPSIS_HINT`, in order.

    Only these can be an ellipsis (every spelling `_ELLIPSIS_FORM` accepts holds a hint, and a hint
    never spans two runs: its spaces stand beside 。), while a page has a run for every 。. Each hint
    outside the runs already found is traced back to where its run starts: a character that no run
    holds (or the end of the previous run) is a boundary of the full scan's runs, so scanning from
    there finds the same run.
    """
    end = 0  # the end of the last run found: the full scan resumes here
    for h in _ELLIPSIS_HINT.finditer(text):
        hs = h.start()
        if hs < end:
            continue  # inside the run found last
        lo = hs
        while lo > end and _ELLIPSIS_RUN_CHAR.match(text[lo - 1]):
            lo -= 1
        for m in _ELLIPSIS_RUN.finditer(text, lo):
            if m.end() > hs:
                end = m.end()
                yield m
                break


def fix_ellipsis(t: TrackedText) -> TrackedText:
    """... / …… spellings -> …… in Chinese context (。。。 is Chinese wherever it stands)."""
    text = t.text
    if _ELLIPSIS_HINT.search(text) is None:
        return t
    ctx = _Context.of(text)
    changes: list[Change] = []
    for m in _ellipsis_runs(text):
        run = m.group()
        if len(run) < 3 and run not in _SHORT_ELLIPSES:
            continue  # a lone 。 or . (most runs): too short for any other form, spaces or not
        if (
            _ELLIPSIS_FORM.fullmatch(_HSPACE_RUN.sub("", run))
            and m.start() not in ctx.guarded
            and (run[0] == "。" or ctx.chinese(m.start()))
        ):
            changes.append(Change(m.start(), m.end(), "……", "punct.ellipsis", "punct"))
    return t.apply(changes)


def fix_dashes(t: TrackedText) -> TrackedText:
    """-- (and ――) -> —— in Chinese context; --option, arrows (-->) and ranges keep their ASCII."""
    text = t.text
    if "--" not in text and "――" not in text:
        return t  # no dash spelling `_DASH` could match
    ctx = _Context.of(text)
    guarded = ctx.guarded
    changes: list[Change] = []
    for m in _DASH.finditer(text):
        after = text[m.end()] if m.end() < len(text) else ""
        before = text[m.start() - 1] if m.start() else ""
        ascii_kept = m.group()[0] == "-" and (is_alpha(after) or after == ">" or before == "<")
        if not ascii_kept and m.start() not in guarded and ctx.chinese(m.start()):
            changes.append(Change(m.start(), m.end(), "——", "punct.dash", "punct"))
    return t.apply(changes)


def _thousands_after(text: str, pos: int) -> bool:
    """Does a group of three digits follow the comma at `pos`, on its line or, as flat text wraps a
    column, at the start of the next (`12,` / `000名`: the join makes it `12,000名`) or across the
    wrap (`1,2` / `00名`, `1,23` / `4人`: the join makes them `1,200名`, `1,234人`)? The same across
    a blank line, where a paragraph's blocks meet (`layout.join-paragraph`). The punctuation step
    reads the page before those joins, so the group is looked for as the join will make it."""
    start = pos + 1
    while start < pos + 3 and text.startswith("\n", start):
        start += 1
    if _THOUSANDS.match(text[start : start + 4]) is not None:
        return True
    split = _GROUP_ACROSS_WRAP.match(text[pos + 1 : pos + 7])
    return split is not None and len(split.group(1)) + len(split.group(2)) == 3


def _convert_mark(text: str, pos: int, ctx: _Context) -> bool:
    """Should the ASCII , : ; ? ! at `pos` become full-width?"""
    mark = text[pos]
    before = text[pos - 1] if pos else ""
    if is_han(before):
        # The common case, decided at once: a Han character is not skippable, so it is `left`
        # below, and not a digit, so every test before `is_cjk(left)` fails and that one holds.
        return True
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if ctx.in_ascii_group(pos):
        return False  # ASCII text: a list or call quoted in Chinese, [[1, 2], [3, 4]], f(x, 1)
    left, right = ctx.around(pos)
    if mark == "," and is_digit(before) and (_thousands_after(text, pos) or spaced_thousands(text, pos)):
        return False  # thousands separator: 1,000, and OCR's 1, 280 (`thousands`)
    if mark == ":" and is_digit(before) and is_digit(after):
        return False  # time or ratio: 10:30, 3:2
    if mark == ":" and is_digit(left) and is_digit(right):
        return False  # the same, spaced: 10 : 30
    if mark == "," and is_digit(before) and _between_scores(text, pos):
        return False  # set scores, Latin context: 15:12, 15:9
    if is_cjk(left) or is_cjk(right):
        if mark in ",;" or is_cjk(left):
            return True
        # : ? ! belong to what stands before them: Latin before (e-mail:, Why?) keeps ASCII.
        return not is_alpha(left)
    if is_digit(left) or is_digit(right):
        # A number between the mark and the text: 涨了10%!  在2023,2024年  共有,3个
        far_left, far_right = ctx.around(pos, through_numbers=True)
        return is_cjk(far_left) if mark in ":?!" else is_cjk(far_left) or is_cjk(far_right)
    return False


#: A list of scores or times (`15:12, 13:15, 15:9`): each after a comma, spaces or a line's wrap
#: between (flat text wraps a column anywhere: `以15:12,` / `15:9获胜`).
_SCORE = r"\d{1,3}:\d{1,3}"
_SCORE_LINK = "," + HSPACE_CLASS + r"*\n?" + HSPACE_CLASS + "*"
_SCORES_BEFORE = regex.compile(r"(?<![\d:])(?:" + _SCORE + _SCORE_LINK + ")*" + _SCORE + "$")
_SCORES_AFTER = regex.compile(r"(?:" + _SCORE_LINK + _SCORE + r")+(?![\d:])")
#: What says a list of digits:digits groups is a match's scores, not times (`以15:12, 15:9获胜`,
#: `比分为…`, `比数为…` (Singapore and Malaysia), `首局…`, `战胜…`), just before its first score.
_SCORE_WORD = regex.compile(r"(?:以|比分|比数|比數|局|盘|盤|胜|勝|负|負)[为為是:：]?" + HSPACE_CLASS + "*$")


def _between_scores(text: str, pos: int) -> bool:
    """Is the comma at `pos` one in a list of set scores (`以15:12, 15:9获胜`, `15:12,15:9`)?

    Digits around a colon are Latin context (`fix_marks` keeps their colon ASCII), and so is the
    comma that lists a match's scores: a full-width one joined two sets' scores as Chinese clauses
    (`15:12，15:9`), the space after it gone too. Conservative: the list must read as scores, a
    score word before it (以, 比分, 比数, 局, 盘, 胜, 负) or three groups or more; times listed in a Chinese
    clause take a Chinese comma as before (`会议于10:30, 12:00各举行一场` -> `10:30，12:00`)."""
    before = _SCORES_BEFORE.search(text, max(0, pos - 80), pos)
    after = _SCORES_AFTER.match(text, pos)
    if before is None or after is None:
        return False
    if before.group().count(":") + after.group().count(":") >= 3:
        return True
    return _SCORE_WORD.search(text, max(0, before.start() - 4), before.start()) is not None


def fix_marks(t: TrackedText) -> TrackedText:
    """ASCII , : ; ? ! -> ，：；？！ in Chinese context."""
    text = t.text
    marks = _positions(text, _MARK_CHARS)  # one scan answers "any mark?" and lists them
    if not marks:
        return t
    ctx = _Context.of(text)
    guarded: frozenset[int] | None = None
    changes: list[Change] = []
    for pos in marks:
        # After a Han character (most marks) the answer is yes without the call (see _convert_mark),
        # and without the protected spans: a URL (the only span a mark can stand in) cannot start
        # with a mark, and holds hanzi only in a path (`han_in_urls`: most pages have none).
        if not (pos and is_han(text[pos - 1])) or ctx.han_in_urls:
            if guarded is None:
                guarded = ctx.mark_guarded
            if pos in guarded or not _convert_mark(text, pos, ctx):
                continue
        full, rule = _MARK_CHANGE[text[pos]]
        changes.append(Change(pos, pos + 1, full, rule, "punct"))
    return _apply(t, changes, ctx)


#: What the skip run of a full stop may hold besides the stop and horizontal spaces: quotes and
#: brackets. The other sub-steps map each of these to another of them (and every other mark to a
#: mark outside the set), so the verdict on a run is the same before and after they run.
_PERIOD_RUN_OK = frozenset("\"'“”‘’()（）")
#: Marks outside the skip class that close a Chinese phrase (left of a stop) or open one (right).
_CJK_CLOSERS = frozenset("》」』】〕〉〗％")
_CJK_OPENERS = frozenset("《「『【〔〈〖")
#: Chinese numerals: 一. or 十二. opening a line or clause is a list number (一、), not a sentence.
_CHINESE_NUMERALS = frozenset("〇零一二两三四五六七八九十百")
_LIST_NUMERAL_MAX = 3


def _lone_stop_run(run: str) -> bool:
    """The run holds one ASCII full stop and otherwise only spaces, quotes and brackets.

    Two stops (`..`), a 。 or another ellipsis mark next to it belong to the ellipsis rule, and a
    stop beside , : ; ? ! - % @ / is not a plain sentence end; converting a lone stop also never
    builds an ellipsis (。 。 。) for a second run to find.
    """
    body = run[1:] if run[0] == "%" else run  # a percentage ends the sentence: 增长21%.
    return body.count(".") == 1 and all(ch == "." or ch in _PERIOD_RUN_OK or _is_hspace(ch) for ch in body)


def _list_numeral_before(text: str, end: int) -> bool:
    """Is text[:end] a Chinese list number: 1-3 numerals opening a line or following a non-Han mark?
    Spaces before the numerals are looked through: after a hanzi they are a stray gap the spacing
    step removes (`之 一.` is `之一.`, a sentence's end), so deciding on the character before them
    gives the answer a second normalisation would give."""
    i = end
    while i > 0 and end - i <= _LIST_NUMERAL_MAX and text[i - 1] in _CHINESE_NUMERALS:
        i -= 1
    if i == end or end - i > _LIST_NUMERAL_MAX:
        return False
    return not is_han(_prev_visible(text, i)[1])


def _ends_chinese_phrase(text: str, pos: int, start: int, ctx: _Context) -> bool:
    """Does the stop at `pos`, whose skip run starts at `start`, follow a Chinese phrase?

    Yes after Han or a closing CJK mark (》」％), and after a percentage in Chinese (增长21%.). A digit
    or letter makes a decimal, version, date, list number (GB/T 15834 numbers list items 1. or 1．),
    URL, e-mail address or abbreviation; 1-3 Chinese numerals opening a clause are a list number too
    (一. for 一、).
    """
    left = text[start - 1] if start else ""
    if text[start] == "%":
        return is_digit(left) and _is_chinese_before(ctx.around(pos, through_numbers=True)[0])
    return _is_chinese_before(left) and not _list_numeral_before(text, start)


def _is_chinese_before(ch: str) -> bool:
    """Han, or a mark that closes a Chinese phrase and is not in `_SKIP_CLASS`."""
    return is_han(ch) or ch in _CJK_CLOSERS


def is_bare_fraction(text: str, pos: int) -> bool:
    """Does the stop at `pos` open a fraction without its zero (`勝率.522`, `打击率.300，`, `.5%`)?

    After an average (`场均.5 次抢断`) always; after a rate (`…率`, `得分`) unless a count follows
    the digits, with a gap or glued (`胜率.600 名列第三`, `胜率.600名次第三` keep the point;
    `工作效率.3 个单位`, `当好表率.10月以来` end a sentence): its digits may end at a bracket or a
    mark too (`胜率.522（联盟第一）`), a bracketed rank as well (`胜率.750（1）`). Elsewhere the
    digits must end their field (`_BARE_FRACTION`: `基层.7 基层`, `增长.7%，`), be no count
    (`召开.500 人参加` ends a sentence) and open no item number (`第一名.2（3）班`). A clock time is
    never a fraction (`举行.10:30`).

    The spacing step keeps the gap after such a fraction (`ends_bare_fraction`): without it the
    digits would no longer end their field, and a second run would read the stop as a full stop.
    What follows the gap is read with the gap skipped, so a second run reads it alike."""
    digits = _RATE_DIGITS.match(text, pos)
    if digits is None:
        return False
    ahead = _skip_gap(text, digits.end())
    if _CLOCK_GOES_ON.match(text, ahead):
        return False
    if _after_average(text, pos):
        return True
    if _after_rate(text, pos):
        return not _opens_a_count(text, ahead, after_rate=True)
    if _ITEM_GOES_ON.match(text, ahead) or _BARE_FRACTION.match(text, pos) is None:
        return False
    if ahead == digits.end() or ahead >= len(text):
        return True  # `增长.7%，`, `基层.5`: a mark or the end right after the digits
    return text[ahead] not in _RATE_FIELD_END and not _opens_a_count(text, ahead, after_rate=False)


def _skip_gap(text: str, pos: int) -> int:
    """Where the horizontal spaces from `pos` end (`pos` itself without any)."""
    gap = _HSPACE_RUN.match(text, pos)
    return pos if gap is None else gap.end()


def _word_before(text: str, pos: int) -> int:
    """Where the text before the stop at `pos` ends, the spaces before it skipped (`场均 .5`)."""
    end = pos
    while end > 0 and _HSPACE.match(text, end - 1):
        end -= 1
    return end


def _after_rate(text: str, pos: int) -> bool:
    """Does a rate end before the stop at `pos` (`胜率.600`, `打击率 .300`: `_RATE_ENDS`)?"""
    return text.endswith(_RATE_ENDS, 0, _word_before(text, pos))


def _after_average(text: str, pos: int) -> bool:
    """Does an average end before the stop at `pos` (`场均.5`, `人均 .8`: `_AVERAGE_UNITS`)?"""
    end = _word_before(text, pos)
    return end >= 2 and text[end - 1] == "均" and text[end - 2] in _AVERAGE_UNITS


def _opens_a_count(text: str, pos: int, *, after_rate: bool) -> bool:
    """Does the word jieba reads at `pos` say what digits before it count: a unit character
    standing alone (`个` / `单位`, `人` / `参加`, `条` / `建议`), a unit before a noun in one word
    (`篇文章`), a count jieba tags otherwise (`分钟`, `时许`, `人次`: `_COUNT_WORDS`), an amount
    (`万元`), or, unless `after_rate`, a time word opening with a unit character (`年底`, `月初`)?
    Not a longer word opening with one (`名次`, `名列`, `位居`, `分差`, `年度`, `个人`, `分列`),
    which follows a rate (`胜率.600 名次第三`); nor, after a rate, a time word (`胜率.600 次之`,
    `年内最佳`): a doubt keeps a rate's point.

    The hanzi are read with the spaces between them skipped, as the spacing step may remove those:
    both runs read the same words."""
    hanzi = []
    for ch in text[pos : pos + 2 * _COUNT_WINDOW]:
        if is_han(ch):
            hanzi.append(ch)
        elif not _HSPACE.match(ch):
            break
        if len(hanzi) == _COUNT_WINDOW:
            break
    words = tagged_words(_simplified("".join(hanzi)))
    if not words:
        return False
    word, tag = words[0]
    if word in _COUNT_WORDS:
        return True
    if word[0] not in _COUNTED:
        return False
    if len(word) == 1 or _unit_before_noun(word):
        return True
    return tag in (_AMOUNT_TAGS if after_rate else _AMOUNT_OR_TIME_TAGS)


def _simplified(hanzi: str) -> str:
    """`hanzi` in simplified characters (OpenCC t2s), which jieba's dictionary lists: in
    traditional ones it reads `個人` as `個` / `人`, a count (`打擊率.350 個人最佳`)."""
    return hanzi if in_simplified_charset(hanzi) else opencc_converter("t2s").convert(hanzi)


def _unit_before_noun(word: str) -> bool:
    """Is `word` a unit character before a noun of two or more hanzi, which jieba's dictionary
    lists as one word (`篇文章`, `份文件`)? Not `名次` or `个人`: a one-hanzi rest opens no noun."""
    return len(word) >= 3 and word_tags().get(word[1:], "").startswith("n")


def ends_bare_fraction(text: str, end: int) -> bool:
    """Does a fraction without its zero that `fix_periods` keeps as it is end at `end` (`勝率.522`
    before ` 排名`)? Its stop stands after no letter or digit (`29.35` is a number of its own)."""
    start = end
    while start > 0 and end - start < 3 and is_digit(text[start - 1]):
        start -= 1
    dot = start - 1
    if start == end or dot < 0 or text[dot] != ".":
        return False
    before = text[dot - 1] if dot else ""
    return not (is_alpha(before) or is_digit(before)) and is_bare_fraction(text, dot)


def _period_cert(text: str, pos: int, span: tuple[int, int]) -> Cert | None:
    """The certainty that the stop at `pos`, alone in its skip run `span`, ends the sentence.

    The line's end, an opening CJK mark or Han after the run: high, but medium for Han glued to the
    stop (it may be a misread name dot, 阿卜杜拉·买买提). A digit: medium (a sentence opening with a
    date, 6月27日, or a number in a heading). A letter (报告.pdf, .NET) or another mark (、): none.
    """
    end = span[1]
    right = text[end] if end < len(text) else ""
    if right in ("", "\n", "\r") or right in _CJK_OPENERS:
        return "high"
    if is_han(right):
        return "medium" if span == (pos, pos + 1) else "high"
    return "medium" if is_digit(right) else None


#: A number ending a Chinese sentence, up to a stop after it: Han or a closing CJK mark, a currency
#: sign with its code and one space after them (`售價HK$128`), then the number, its groups, decimal
#: part, ratio or time included (`增长至3.5`, `1,280`, `比分为25:23`, `下午3:00`).
_NUMBER_AFTER_CHINESE = regex.compile(
    r"(?P<before>[\p{Han}》」』】〕〉〗])(?:[A-Z]{0,3}[$¥￥€£]\p{Zs}?)?(?P<number>\d(?:[\d.,:]*\d)?)\Z"
)
#: Hanzi naming a numbered thing (`图1.2.`, `第3.`, `版本2.0.`, `表4.`): the dots after its number
#: belong to the number as printed (a figure's, section's or version's), not to a sentence.
_NUMBERED_THINGS = frozenset("图圖表章节節条條款式例版本号號第附页頁期卷篇")
#: How far back a number and what stands before it are looked for.
_NUMBER_REACH = 32
#: What a stop's line break may run to: blank lines and spaces, then the next line's first character.
_NEXT_LINE = regex.compile(r"\p{Zs}*(?:\n[\t\p{Zs}]*)+(?=\S)")
#: One or two digits alone: within a line an item number may stand so (`…领导2.落实责任`, its `。`
#: lost), so the stop after it is left.
_ITEM_DIGITS = regex.compile(r"\d{1,2}")
#: A dotted number (`1.1`, `2.3.1`): within a line the stop after it is a section number's last dot
#: (`概述1.1.研究背景`), as printed, more often than a sentence's end after a decimal.
_DOTTED_NUMBER = regex.compile(r"\d+(?:\.\d+)+")
#: Opening marks a Chinese sentence may begin with after a stop ending a line.
_SENTENCE_OPENERS = frozenset("“「『（") | _CJK_OPENERS


def number_stop_cert(text: str, pos: int) -> Cert | None:
    """The certainty that the stop at `pos`, after a digit, ends a Chinese sentence, or None.

    A stop after digits is a decimal point, a date's or version's dot or a list number's (`3.5`,
    `2023.10`, `v2.0`, `1.`), so it ends a sentence only where no digit follows it and Chinese
    stands on both sides: the number after Han, a closing CJK mark or a currency sign after Han
    (`增长至3.5.`, `售價HK$128.`, not `v2.0.`, `No.1.` or a list number opening its line, nor after a
    hanzi naming a numbered thing, `图1.2.`, `第3.`: `_NUMBERED_THINGS`), and
    after the stop Han or an opening CJK mark. At a line's end (the next line opens so:
    `…增长至3.5.` / `門票售價…`) `high` at a block's end (a blank line between) and `medium` inside
    a block, whose lines may be a table's or a list's; within a line (`比分为25:23.门票`, a
    coordinate page's block whose lines were joined) `medium`, and not after one or two digits
    alone, which may number an item (`…领导2.落实`), nor after a dotted number, which may be a
    section's (`概述1.1.研究背景`: `_DOTTED_NUMBER`). A digit after the break (`增长3.` / `5%`)
    keeps the stop."""
    if text[pos + 1 : pos + 2].isdigit():
        return None  # 29.35, 2023.10: the common case, decided at once
    number = _NUMBER_AFTER_CHINESE.search(text, max(0, pos - _NUMBER_REACH), pos)
    if number is None or number.group("before") in _NUMBERED_THINGS:
        return None
    gap = _NEXT_LINE.match(text, pos + 1)
    if gap is not None:
        nxt = text[gap.end()]
        if not (is_han(nxt) or nxt in _SENTENCE_OPENERS):
            return None
        return "high" if gap.group().count("\n") > 1 else "medium"
    ahead = _skip_gap(text, pos + 1)
    digits = number.group("number")
    if ahead >= len(text) or not is_han(text[ahead]) or _ITEM_DIGITS.fullmatch(digits):
        return None
    return None if _DOTTED_NUMBER.fullmatch(digits) else "medium"


def fix_periods(t: TrackedText) -> TrackedText:
    """An ASCII full stop ending a Chinese sentence -> 。 (rule `punct.period`).

    Decided on the run of punctuation and spaces the stop stands in, as the other marks are (see
    the module docstring), and only for a stop alone in its run with quotes, brackets and spaces.
    """
    text = t.text
    if "." not in text:
        return t
    ctx = _Context.of(text)
    changes: list[Change] = []
    lone: dict[tuple[int, int], bool] = {}  # each run is read once, however many stops it holds
    span = (0, 0)
    for pos in _positions(text, "."):
        if pos and is_digit(text[pos - 1]):
            cert = number_stop_cert(text, pos)
            if cert is not None and pos not in ctx.guarded:
                changes.append(Change(pos, pos + 1, "。", "punct.period", "punct", cert))
            continue  # 29.35, 1.: a decimal point or a list number, unless a line's end tells
        if pos and is_alpha(text[pos - 1]):
            continue  # www.gsrb.com, U.S., No.1: the common case, decided at once
        if is_bare_fraction(text, pos):
            continue  # 勝率.522: a fraction, no sentence's end
        if not span[0] <= pos < span[1]:  # a stop in the run just measured is in that run
            span = ctx.run_span(pos)
        if span not in lone:
            lone[span] = _lone_stop_run(text[span[0] : span[1]])
        if not lone[span]:
            continue
        if not _ends_chinese_phrase(text, pos, span[0], ctx):
            continue
        cert = _period_cert(text, pos, span)
        if cert is not None and pos not in ctx.guarded:
            changes.append(Change(pos, pos + 1, "。", "punct.period", "punct", cert))
    return _apply(t, changes, ctx)


def fix_punctuation(t: TrackedText, quotes: str = "auto") -> TrackedText:
    """Every punctuation fixer, in an order where each sees the marks the earlier ones produced.

    On a page that prints corner quotes they read them as the curly quotes they stand for, and its
    straight quotes become corner ones where it quotes with them (`_QuoteStyle`, `_in_corner_style`).
    `quotes`: the quote style (`QUOTE_STYLES`); `corner` and `curly` write the straight quotes of
    any page so, whatever it prints.
    """
    _refuse_style(quotes)
    steps = (fix_ellipsis, fix_dashes, fix_quotes, fix_parentheses, fix_marks, fix_periods)
    if quotes == "corner" or _CORNER_QUOTES.search(t.text) is not None:
        return _in_corner_style(t, steps, quotes)
    for step in steps:
        t = step(t)
    return t

