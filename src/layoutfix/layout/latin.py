"""Whether a line break joined inside a paragraph stands between two Latin words, so the join puts
a space where it would otherwise put nothing (Chinese runs on across a line break).

Singapore, Malaysian and Hong Kong papers print English inside Chinese text, and a column breaks it
anywhere: between two words (`World` / `Health`), after a mark that ends a word (`united,` / `not`,
`U.S.` / `Embassy`), or inside a number, a link or a dotted name (`12,` / `000`, `zaobao.com.` / `sg`,
`U.` / `S.`, `t.` / `co`, `report.` / `pdf`), where the two lines are one word. The flat-text wrap
join (`join.wrap`) and the box join of a coordinate page (`join.line`) ask the same questions here;
the last pieces of a domain or a file name are data, in `latin_tails`.
"""

from __future__ import annotations

import functools

import regex

from .latin_tails import CAPITAL_TAILS, SHORT_LINK_TAILS, STRONG_TAILS, TAILS

#: A Latin letter or a digit (`is_latin`).
LATIN = regex.compile(r"[\p{Latin}\p{N}]")
#: A number broken at the column inside a Chinese sentence: a hanzi, then digits (with decimal points
#: and thousands commas) up to the line's end (`价值1` / `2.28万元`, `资金37.6` / `4亿元`, `每场1,2` /
#: `00名`), and digits then a hanzi or a percent sign opening the next line. Any script's digits
#: (`第７` / `８分钟`): the box join runs before full-width digits become ASCII.
_NUMBER_TAIL = regex.compile(r"(?<=\p{Han})\d[\d.,]*(?<=\d)$")
_NUMBER_HEAD = regex.compile(r"^(\d[\d.,]*(?<=\d))([\p{Han}%％])")
#: What the two pieces of a number make joined: digits with one decimal point at most, or groups of
#: three after thousands commas (`1,200`, `1,234,567.5`). `1,23` of `1,2` / `3个` is no number.
_ONE_FIGURE = regex.compile(r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: A year closing a line (`成立于2024`) and a date opening the next (`10月12日`, `10.12`): two numbers.
#: A dotted head is a date only as a real month.day not followed by a quantity (`2.3万元`, `8.7亿`,
#: `10.5%` are amounts: `营业收入1865` / `2.3万元` is one figure, 18652.3万元).
_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
_DATE_HEAD = regex.compile(
    r"(?:0?[1-9]|1[0-2])(?:月|\.(?:0?[1-9]|[12]\d|3[01])(?![\d.,万亿元%％倍]))"
)
#: The largest month a joined number can be before `月` (`第7` / `8月` is no month 78: two numbers),
#: and the largest day before `日` or `号` when a `月` stands right before
#: the left piece (`10月3` / `5日` is no day 35). Without that `月` a `号` or `日` counts anything: a
#: house or document number (`人民路1` / `28号`, `公告第7` / `8号文件`), days (`一年3` / `65日`).
_MONTH_MAX = 12
_DAY_MAX = 31
_DAY_UNITS = frozenset("日号")
#: Latin marks that end a word, after which a line of English prints a space (`space_after_mark`).
LATIN_WORD_END = frozenset(",.;:!?")
#: A line's last word that is a link or an e-mail address: a wrap inside it takes no space.
_LINK_WORD = regex.compile(r"(?:://|www\.|@)[^\s]*$", regex.IGNORECASE)
#: Three digits opening a line, no more after them: a thousands group (`12,` / `000名`).
_THOUSANDS_HEAD = regex.compile(r"\d{3}(?!\d)")
#: One to three digits before a comma ending a line: what a thousands separator can follow (`12,`,
#: `1,234,`); after four (`in 1998,` / `200 people`) the comma ends a clause.
_THOUSANDS_TAIL = regex.compile(r"(?<!\d)\d{1,3},$")
#: The Latin word before a full stop at a line's end (`Dr` of `Tun Dr.`, `U.S` of `U.S.`).
_WORD_BEFORE_DOT = regex.compile(r"(?:[\p{Latin}\d]+\.)*[\p{Latin}\d]+$")
#: A line's first word that goes on a dotted name, an address or an abbreviation cut after its `.`
#: whatever the word before the stop: one holding a `.`, `@` or `/` inside it (`com.sg`,
#: `tan@sph.com.sg`, `sg/abc`) or an initial (`S.`, `D.`, `m.`).
_GOES_ON = regex.compile(r"[\p{Latin}\d]+[.@/][\p{Latin}\d]|\p{Latin}\.")
#: A line's first Latin word, to look up among the last pieces of a name (`latin_tails`): not the
#: start of a word with a hyphen or an apostrophe (`co` of `co-founder`, `re` of `re-election`, `ma`
#: of `ma'am`), which no domain's piece is, nor the first word of a phrase of English (`txt files`,
#: `ke mahkamah`, `pdf and docx`): a name's piece ends a link or goes on in hanzi (`pdf文件`).
_FIRST_WORD = regex.compile(r"[\p{Latin}\d]++(?![-'’]|[ \t]+\p{Ll})")
#: A line's first Latin word whatever follows it (`com` of `com for more`, `com's`, `com-owned`).
_RAW_FIRST_WORD = regex.compile(r"[\p{Latin}\d]+")
#: A word in capitals opening a line before another capitalised word: a line of English in capitals
#: (`ASIA EDITION`, `INFO DESK`), not a domain's or a file's piece (`ASP.` / `NET`).
_CAPITALS_PHRASE = regex.compile(r"\p{Lu}[\p{Lu}\d]*[ \t]+\p{Lu}")
#: A single Latin letter glued to a hanzi opening a line: no English word (`H值` of `p.` / `H值`,
#: `B两款` of `A.` / `B两款`, `c编译` of `main.` / `c编译`), a piece of the name before the stop
#: when that is one letter or the glued letter is lowercase (`_glued_letter_goes_on`).
_LONE_LETTER = regex.compile(r"\p{Latin}\p{Han}")
#: A line ending in a letter after a Latin word, a digit or a stop (`Ltd`, `Tower A`, `U.S`): a capital
#: glued to hanzi after its stop is a word of its own (`Ltd.` / `H股`, `Tower A.` / `A栋`, `U.S.` / `A股`).
_LETTER_AFTER_WORD = regex.compile(r"[\p{Latin}\d.][ \t]*\p{Latin}$")
#: Titles printed with a full stop before a name or a number: a wrap after one is between words,
#: even before an initial (`Dr.` / `M. Mahathir`, `No.` / `12`).
_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "St", "No", "Jr", "Sr"})
#: A word of initials, the stop after its last one cut off by the wrap: single letters, or pieces
#: ending in one (`U.S`, `a.m`, `e.g`, `Ph.D`, `J`). A whole word after its stop is the next word
#: (`U.S.` / `Embassy`, `a.m.` / `and`); an initial there goes on the word (`U.` / `S.`, `J.` / `K.`).
_INITIALS = regex.compile(r"(?:\p{Latin}+\.)*\p{Latin}")


def latin_pair(left: str, right: str) -> bool:
    """Whether a join between `left` and `right` needs a space: both are Latin letters or digits."""
    return is_latin(left) and is_latin(right)


@functools.cache
def is_latin(ch: str) -> bool:
    """Whether the character `ch` is a Latin letter or a digit, cached: a page shows a few hundred
    distinct characters, and the joins ask at every line break."""
    return LATIN.match(ch) is not None


def latin_break(body: str, nxt: str) -> bool:
    """Whether the wrap between line `body` and the next line `nxt` of flat text stands between two
    Latin words, so the join puts a space: a Latin letter or digit on each side (`we` / `must`), but
    not inside one number of a Chinese sentence (`价值1` / `2.28万元`), or a Latin mark that ends a
    word before the next one (`space_after_mark`); hanzi on either side joins as before."""
    if latin_pair(body[-1], nxt[0]):
        return not split_number(body, nxt)
    return space_after_mark(body, nxt)


def space_after_mark(body: str, nxt: str) -> bool:
    """Whether a line break after the text `body` (its line, or what of it ends there) and before
    `nxt` (the text opening the next line) follows a Latin mark that ends a word before a Latin
    letter or digit (`united,` / `not divided.`, `Tun Dr.` / `Ismail`, `U.S.` / `Embassy`, `No.` /
    `12, Jalan`), so the join puts a space, as a line of English prints one after it. Not inside
    one number (`12,` / `000名`, `1,234.` / `50万`, `3.` / `5 percent`, `10:` / `30`), a link or an
    address (`www.zaobao.` / `com.sg`) or a dotted word (`_dotted_name`), which a column breaks
    anywhere. Shared by the flat-text wrap join (`latin_break`) and the box join
    (`geometry.line_join_changes`)."""
    if len(body) < 2 or not nxt or body[-1] not in LATIN_WORD_END or not latin_pair(body[-2], nxt[0]):
        return False
    if body[-2].isdigit() and nxt[0].isdigit() and _number_goes_on(body, nxt):
        return False
    if body[-1] == "." and _dotted_name(body[:-1], nxt):
        return False
    return _LINK_WORD.search(body) is None


def _dotted_name(head: str, nxt: str) -> bool:
    """Whether a full stop at a wrap, after `head` and before the line `nxt`, is inside one dotted
    word: a domain, a link, an address or a file name (`zaobao.` / `com.sg`, `zaobao.com.` / `sg`,
    `go.gov.` / `sg/abc`, `john.` / `tan@sph.com.sg`, `t.` / `co`, `nikkei.` / `jp`, `report.` /
    `pdf`), an abbreviation of initials going on (`U.S.` / `A.`, `U.` / `S.`, `a.` / `m.`, `Ph.` /
    `D.`, `J.` / `K. Rowling`, `A.` / `B.两款`), a product's name (`Node.` / `js`, `ASP.` / `NET`) or
    a name whose next piece is one letter glued to hanzi (`p.` / `H值`, `A.` / `B两款`, `main.` /
    `c编译`). So it is when the next line opens on a word that holds `.`, `@` or `/`, an initial or a
    letter glued to hanzi going on (`_glued_letter_goes_on`), a link's piece after a lone lowercase
    letter (`_short_link`), or, after a word that is no word of initials, a name's last piece
    (`_name_tail`), or when the word before the stop holds a stop itself or is one digit; the join
    then adds nothing. A title keeps its space whatever follows (`Tun Dr.` / `Ismail`, `Dr.` /
    `M. Mahathir`, `No.` / `12`), and so does a word of initials before any whole word (`U.S.` /
    `Embassy`, `a.m.` / `and`, `e.g.` / `pdf and docx`, `J.` / `Rowling`), any word before a
    capitalised one (`in London.` / `UK officials`), a hyphenated one (`Corp.` / `co-founder`) or a
    phrase of English (`the zoo.` / `txt files`): the stop ends the word, as a line of English
    prints it."""
    word = _WORD_BEFORE_DOT.search(head)
    before = word.group() if word is not None else ""
    if before in _TITLES:
        return False
    if _GOES_ON.match(nxt) is not None or _glued_letter_goes_on(head, nxt):
        return True
    first = _FIRST_WORD.match(nxt)
    piece = first.group() if first is not None else ""
    if _short_link(before, piece):
        return True
    raw = _RAW_FIRST_WORD.match(nxt)
    if raw is not None and raw.group() in STRONG_TAILS:
        return True  # `zaobao.` / `com for more`, `Amazon.` / `com's`, `X.` / `com上发文`
    if _INITIALS.fullmatch(before) is not None:
        return False  # `e.g.` / `pdf`, `a.m.` / `pm`, `U.S.` / `A股`: the abbreviation ends at its stop
    if _CAPITALS_PHRASE.match(nxt) is not None:
        piece = ""  # `WORLD NEWS.` / `ASIA EDITION`: English in capitals
    return _name_tail(before, piece) or len(before) == 1 or "." in before


def _glued_letter_goes_on(head: str, nxt: str) -> bool:
    """Whether the line `nxt` opens on one Latin letter glued to hanzi that goes on the name ending
    `head` before the stop: after a lone letter (`p.` / `H值`, `型号A.` / `B两款`), or a lowercase one
    (`main.` / `c编译`). A capital after a word is an everyday word of its own (`Ltd.` / `H股`, `Real
    Madrid.` / `C罗`, `Inc.` / `T恤`, `U.S.` / `A股`, `Tower A.` / `A栋`)."""
    if _LONE_LETTER.match(nxt) is None:
        return False
    return nxt[0].islower() or _LETTER_AFTER_WORD.search(head) is None


def _name_tail(before: str, piece: str) -> bool:
    """Whether `piece`, the next line's first word, is a domain's, a link's or a file name's last
    piece after the stop ending `before` (`latin_tails`): lowercase (`sg`, `jp`, `pdf`), or a generic
    one or an extension in capitals after a word in capitals (`ASP.` / `NET`, `ZAOBAO.` / `COM`).
    A capitalised word is English (`London.` / `UK`, `U.S.` / `Com`, `it.` / `Io`)."""
    if piece in TAILS:
        return True
    return piece in CAPITAL_TAILS and before.isupper() and "." not in before


def _short_link(before: str, piece: str) -> bool:
    """Whether a stop after a lone lowercase letter `before`, with a link's last piece `piece` opening
    the next line (`latin_tails.SHORT_LINK_TAILS`), is inside a short link (`t.` / `co`, `x.` / `ai`,
    `t.` / `me`): an initial of a name is a capital (`J.` / `Rowling`), and an English word after a
    lone letter is the next word (`point a.` / `to point b`, `plan a.` / `go`, `vitamin c.` / `in`)."""
    return len(before) == 1 and before.islower() and piece in SHORT_LINK_TAILS


def _number_goes_on(body: str, nxt: str) -> bool:
    """Whether the mark ending `body` between digits at a wrap is inside one number: a decimal point
    or a date's or time's separator (`1,234.` / `50`, `10:` / `30`), or a thousands separator: one
    to three digits before it, a group of three after (`12,` / `000`, `1,234,` / `567`). A comma
    before other digits lists numbers (`15:12,` / `15:9`), and one after a year or another run of
    four digits ends a clause (`in 1998,` / `200 people`)."""
    if body[-1] != ",":
        return True
    return _THOUSANDS_TAIL.search(body) is not None and _THOUSANDS_HEAD.match(nxt) is not None


def number_pieces(body: str, nxt: str) -> tuple[str, str] | None:
    """The two pieces (`第7` / `8分钟` -> `7`, `8`) of one number of a Chinese sentence cut by the
    break between the text `body` and the next line `nxt` (`split_number`), or None."""
    tail = _NUMBER_TAIL.search(body)
    if tail is None:
        return None
    head = _NUMBER_HEAD.match(nxt)
    if head is None:
        return None
    left, right = tail.group(), head.group(1)
    if _ONE_FIGURE.fullmatch(left + right) is None:
        return None
    if _YEAR.fullmatch(left) and _DATE_HEAD.match(nxt):
        return None
    if _beyond_date_unit(body[: tail.start()], left + right, nxt[head.end(2) - 1 : head.end(2) + 1]):
        return None
    return left, right


def split_number(body: str, nxt: str) -> bool:
    """Whether a break between the text `body` and the next line `nxt` cuts one number of a Chinese
    sentence (`奥斯卡第7` / `8分钟`, `价值1` / `2.28万元`, `每场1,2` / `00名`): a hanzi before the digits
    closing `body`, a hanzi or a percent sign after those opening `nxt`, and the two pieces joined
    one figure (`_ONE_FIGURE`). Such a number is joined without a space by the flat-text wrap join;
    a coordinate page asks more (`geometry.number_cut_at_line_end`). Not two numbers: `电话：0931` /
    `8123456` (no hanzi before), `成立于2024` / `10月12日` or `10.12` (a year, then a date), `第7` /
    `8月` (no month 78), `10月3` / `5日` (no day 35), `1,2` / `3个` (`1,23` is no figure), `3.2` /
    `5.6万` (two decimal points)."""
    return number_pieces(body, nxt) is not None


def _beyond_date_unit(before: str, digits: str, unit: str) -> bool:
    """Whether `digits` (the joined number) before `unit` (its first character and the next) is too
    large for a month (`月`: `第7` / `8月`, `民國113` / `10月12日`), or, joined of one or two digits, for
    a day (`日`, `号`) when `before` (the text before the left piece) ends in `月`. Never before `日元`
    (yen), never for a day of three or more digits (`人民路1` / `28号`, `一年3` / `65日` stay one)."""
    if not digits.isdigit():
        return False
    if unit.startswith("月"):
        return int(digits) > _MONTH_MAX
    if len(digits) <= 2 and unit[:1] in _DAY_UNITS and unit != "日元" and before.endswith("月"):
        return int(digits) > _DAY_MAX
    return False
