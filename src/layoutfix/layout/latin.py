"""Whether a line break joined inside a paragraph stands between two Latin words, so the join puts
a space where it would otherwise put nothing (Chinese runs on across a line break).

Singapore, Malaysian and Hong Kong papers print English inside Chinese text, and a column breaks it
anywhere: between two words (`World` / `Health`), after a mark that ends a word (`united,` / `not`,
`U.S.` / `Embassy`), or inside a number, a link or a dotted name (`12,` / `000`, `zaobao.com.` / `sg`,
`U.` / `S.`), where the two lines are one word. The flat-text wrap join (`join.wrap`) and the box join
of a coordinate page (`join.line`) ask the same questions here.
"""

from __future__ import annotations

import regex

_LATIN = regex.compile(r"[\p{Latin}\p{N}]")
#: A number broken at the column inside a Chinese sentence: a hanzi, then digits up to the line's end
#: (`价值1` / `2.28万元`, `资金37.6` / `4亿元`), and digits then a hanzi or a percent sign after it.
_NUMBER_TAIL = regex.compile(r"\p{Han}[0-9.]*[0-9]$")
_NUMBER_HEAD = regex.compile(r"^[0-9][0-9.]*[\p{Han}%％]")
#: Latin marks that end a word, after which a line of English prints a space (`space_after_mark`).
LATIN_WORD_END = frozenset(",.;:!?")
#: A line's last word that is a link or an e-mail address: a wrap inside it takes no space.
_LINK_WORD = regex.compile(r"(?:://|www\.|@)[^\s]*$", regex.IGNORECASE)
#: Three digits opening a line, no more after them: a thousands group (`12,` / `000名`).
_THOUSANDS_HEAD = regex.compile(r"\d{3}(?!\d)")
#: The Latin word before a full stop at a line's end (`Dr` of `Tun Dr.`, `U.S` of `U.S.`).
_WORD_BEFORE_DOT = regex.compile(r"(?:[\p{Latin}\d]+\.)*[\p{Latin}\d]+$")
#: A line's first word that goes on a dotted name, an address or an abbreviation cut after its `.`:
#: one holding a `.`, `@` or `/` inside it (`com.sg`, `tan@sph.com.sg`, `sg/abc`), an initial
#: (`S.`, `D.`, `m.`), or a domain's or a product's last piece (`com`, `sg`, `NET`, `js`).
_DOTTED_TAIL = regex.compile(
    r"[\p{Latin}\d]+[.@/][\p{Latin}\d]|\p{Latin}\.|"
    r"(?:com|net|org|gov|edu|sg|my|hk|tw|cn|uk|au|io|js)(?![\p{Latin}\d])",
    regex.IGNORECASE,
)
#: Titles printed with a full stop before a name or a number: a wrap after one is between words,
#: even before an initial (`Dr.` / `M. Mahathir`, `No.` / `12`).
_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "St", "No", "Jr", "Sr"})
#: A word of initials, the stop after its last one cut off by the wrap: single letters, or pieces
#: ending in one (`U.S`, `a.m`, `e.g`, `Ph.D`, `J`). A whole word after its stop is the next word
#: (`U.S.` / `Embassy`, `a.m.` / `and`); an initial there goes on the word (`U.` / `S.`, `J.` / `K.`).
_INITIALS = regex.compile(r"(?:\p{Latin}+\.)*\p{Latin}")


def latin_pair(left: str, right: str) -> bool:
    """Whether a join between `left` and `right` needs a space: both are Latin letters or digits."""
    return _LATIN.match(left) is not None and _LATIN.match(right) is not None


def latin_break(body: str, nxt: str) -> bool:
    """Whether the wrap between line `body` and the next line `nxt` of flat text stands between two
    Latin words, so the join puts a space: a Latin letter or digit on each side (`we` / `must`), but
    not inside one number of a Chinese sentence (`价值1` / `2.28万元`), or a Latin mark that ends a
    word before the next one (`space_after_mark`); hanzi on either side joins as before."""
    if latin_pair(body[-1], nxt[0]):
        return not _split_number(body, nxt)
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
    if body[-2].isdigit() and nxt[0].isdigit() and _number_goes_on(body[-1], nxt):
        return False
    if body[-1] == "." and _dotted_name(body[:-1], nxt):
        return False
    return _LINK_WORD.search(body) is None


def _dotted_name(head: str, nxt: str) -> bool:
    """Whether a full stop at a wrap, after `head` and before the line `nxt`, is inside one dotted
    word: a domain or an address (`zaobao.` / `com.sg`, `zaobao.com.` / `sg`, `go.gov.` / `sg/abc`,
    `john.` / `tan@sph.com.sg`), an abbreviation of initials going on (`U.S.` / `A.`, `U.` / `S.`,
    `a.` / `m.`, `Ph.` / `D.`, `J.` / `K. Rowling`, `A.` / `B.两款`) or a product's name (`Node.` /
    `js`, `ASP.` / `NET`). So it is when the next line opens on a word that holds `.`, `@` or `/`, an
    initial, or a domain's last piece, or when the word before the stop holds a stop itself or is
    one digit; the join then adds nothing. A title keeps its space whatever follows (`Tun Dr.` /
    `Ismail`, `Dr.` / `M. Mahathir`, `No.` / `12`), and so does a word of initials before a whole
    word (`U.S.` / `Embassy`, `a.m.` / `and`, `e.g.` / `Singapore`, `J.` / `Rowling`): the stop ends
    the abbreviation, as a line of English prints it."""
    word = _WORD_BEFORE_DOT.search(head)
    before = word.group() if word is not None else ""
    if before in _TITLES:
        return False
    if _DOTTED_TAIL.match(nxt) is not None:
        return True
    return _INITIALS.fullmatch(before) is None and (len(before) == 1 or "." in before)


def _number_goes_on(mark: str, nxt: str) -> bool:
    """Whether `mark` between digits at a wrap is inside one number: a decimal point or a date's or
    time's separator (`1,234.` / `50`, `10:` / `30`), or a thousands separator before a group of
    three digits (`12,` / `000`); a comma before other digits lists numbers (`15:12,` / `15:9`)."""
    return mark != "," or _THOUSANDS_HEAD.match(nxt) is not None


def _split_number(body: str, nxt: str) -> bool:
    """Whether a break between two digits cuts one number of a Chinese sentence (`价值1` / `2.28万元`):
    a hanzi before the digits on the line above, a hanzi or a percent sign after those of the next.
    Such a number is joined without a space; `电话：0931` / `8123456` keeps one (no hanzi before)."""
    return bool(_NUMBER_TAIL.search(body) and _NUMBER_HEAD.match(nxt))
