"""Articles from labelled blocks: who is a title, kicker, subtitle, subhead or section label, and
which paragraphs were split across blocks.

The rules (see docs/architecture.md):
- A run of headings followed (furniture skipped) by a byline, a `(接一版)` marker, a caption or a
  body paragraph that opens with a date starts an article: the last heading is the title, a heading
  starting with a dash after it is the subtitle, the ones above it are kickers. Numbered headings
  in an open article over a date-led text (`一、会议时间` / `10月20日上午9时。`) are its subheads instead.
- A run of headings followed by plain body inside an article are subheads; with no article open they
  start one (an article without byline).
- The first heading of a run is a section label when it is a column name in brackets (【要闻】,
  〖理论〗), or a short unpunctuated label that is not an organisation name and either follows a wider
  gap or holds a section word (专题, 要闻...), or stands over a column of numbered news items, each
  over a byline or a dateline (`聚焦两会` / `1.…` / `本报讯 …` / `2.…` / `本报讯 …`:
  `_Builder.names_a_column`). A section groups the articles after it until the next label, a wider
  gap before a heading, or an article continued from another page (a jump is placed wherever space
  was left, not under a section); a column's section ends with its numbering (`3.` after `2.` goes
  on, any other title closes it: `_Builder.close_ended_column`).
- A body block that does not end a sentence continues in the next body block of the same
  (sub)section, across furniture and figures; a paragraph left unfinished is flagged incomplete,
  unless its article's own text prints no sentence marks (`prints_no_marks`: Republican-era news).
- Words wholly in round brackets right above a heading at an article's start (the page's start or
  an ornament line before them) are its kicker (`（受权发布）` over `中华人民共和国主席令`); under a
  paragraph or a signature they close the article above (`（记者 王丽）` / `（本报综合）`).
- The closing lines of a notice or a letter after an article's text (`兰州公交集团有限公司` /
  `2023年10月12日`, `此致` / `敬礼！` ending the page) close it: its signature, its last paragraph.
- An ornament line (`＊＊＊`, role `separator`) is a part of the open article (before any article:
  the page's front) that no paragraph runs on across; headings after it start a new article, and
  the separators an article ends with stand between it and the next one (`trailing_separators`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal

import regex

from ..lexicon import (
    in_dictionary,
    is_common_name,
    opens_with_surname,
    opens_with_word,
    tagged_words,
)
from ..model import Article, Block, Part
from ..normalize.spacing import is_lone_row
from . import sidebars
from .attribution import ATTRIBUTION
from .continuation import block_markers, chinese_number
from .figure_credits import CARTOON, DRAWING
from .roles import (
    CIRCLED_NUMBER,
    DOCUMENT_NUMBER,
    ITEM_DIGITS,
    ITEM_HANZI,
    LISTED_NAMES,
    NOTICE_CONTACT,
    ORDINAL_HANZI,
    RUN_IN_NOTICE,
    SECTION_UNITS,
    SEPARATOR,
    UNKNOWN_ISSUER,
    VERSE_LINES,
    bare_close_opener,
    closes_a_notice,
    closes_with,
    closes_with_bracketed_words,
    closes_with_document_verb,
    ends_sentence,
    ends_short_notice,
    ends_with_contact,
    has_section_word,
    is_ad_label,
    is_address_line,
    is_author_line,
    is_bare_names_line,
    is_bracketed_dateline,
    is_bracketed_label,
    is_closing_block,
    is_commentator_byline,
    is_complimentary_close,
    is_essay_dateline,
    is_keyword_line,
    is_letter_label,
    is_letter_signer,
    is_notice_formula,
    is_numbered_list,
    is_opinion_label,
    is_plain_notice_label,
    is_prize_grade,
    is_reader_signer,
    is_reply_label,
    is_reporter_signature,
    is_row_block,
    is_salutation,
    is_section_like,
    is_section_name,
    is_set_line_by_line,
    is_short_notice_text,
    is_weather_row,
    names_a_document,
    note_place,
    notice_label,
    opens_complimentary_close,
    opens_editor_note,
    opens_list_item,
    opens_numbered_section,
    opens_with_salutation,
    region_label,
    set_line_kind,
    simplified_text,
    starts_with_date,
    visible_len,
)
from .turns import turn_kind

#: A news item's headline: one unbroken phrase of 6-20 hanzi, digits, Latin letters, quotation and
#: title marks (`机场客运量回升`, `“双减”政策落地见效`); no space, comma or other punctuation.
_NEWS_HEADLINE = regex.compile(r"[\p{Han}\p{N}\p{Latin}“”‘’《》%]{6,20}")
_DASH_LEAD = regex.compile(r"^\s*(?:—|-|─|－|――)")
#: The longest title of a poem printed after another article (`_Builder.titles_a_poem`), in visible
#: characters: `静夜思`, `沁园春·雪`, `七律·人民解放军占领南京`.
_MAX_POEM_TITLE = 16
#: The fewest lines of verse under a heading that make it a poem's title inside an open article
#: (`_Builder.heads_a_poem_after_prose`): one line is a couplet or a slogan under a subhead.
_MIN_POEM_LINES = 2
#: A note under a poem's verse, not the prose of an article quoting it (`_Builder.prose_after_verse`):
#: `注：…`, `注释：…`, `【注释】…`.
_VERSE_NOTE = regex.compile(r"\s*(?:[【\[〔(（]注释?[】\]〕)）]|注释?\s*[:：])")
#: A heading wholly in round brackets under another: a note on it (`（截至第30轮）`, `（单位：元/斤）`,
#: `（2023年10月12日）`), its subtitle, not the title.
_BRACKETED_NOTE = regex.compile(r"\s*[(（][^()（）\n]+[)）]\s*")
#: What may follow the closing lines of a notice ending its article (`_Builder.closing_heads`):
#: the end of the page or an ornament line; text, a byline or a marker after them would be headed.
_AFTER_CLOSING = frozenset({SEPARATOR})
#: The hints that mark a block a heading whatever its text: type set large, a markdown heading.
_MARKED_HEADING = frozenset({"headline", "heading"})
#: Parts a split paragraph may jump over.
_JUMPABLE = frozenset({"fw", "figure"})


@dataclass(slots=True)
class Assembly:
    """The result of assembling one page: furniture before the first article, then the articles."""

    front: list[Block] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


#: Roles that stand between a heading group and what it heads without saying anything about it.
#: The flag of an article that is a heading group and nothing else (page furniture aside): a title
#: with no text, table, image or note after it on the page (docs/json.md).
EMPTY = "empty"
_NO_CONTENT = frozenset({"furniture", "note", "graphic", "table"})
#: Roles kept where they stand, apart from the running text: page furniture and notes (a region the
#: file labels a marginal note or footnote). Both are `fw` parts: a paragraph runs on across them.
_SET_APART = frozenset({"furniture", "note"})
#: The roles of a table's own text around its cells: its title standing above it (TEI `table/head`)
#: and its footnote right under it (a `note` in the table). Both are blocks of the table's part.
TABLE_CAPTION = "table-caption"
TABLE_NOTE = "table-note"


#: The hint of a block read as rows of a listing printed one row a block (`_read_listing_rows`):
#: flat exports put a blank line between the rows of a TV listing, a fund table or a draw's results.
#: Such blocks are one paragraph, joined with their line breaks kept (`join.join_changes`), and it
#: ends where its last row does.
LISTING_ROW = "listing-row"
#: The fewest blocks a run of rows must hold to be read as a listing (`_read_listing_rows`): one row
#: alone may be a headline's words (`港隊 2:1 澳門隊`).
_MIN_LISTING_BLOCKS = 2


def _lone_row_block(b: Block) -> bool:
    """Whether a block of flat text is one listing row alone (`spacing.is_lone_row`: `8:00 朝闻天下`,
    `161725 招商中证白酒 0.8912 -1.02%`), labelled a heading or text, and not marked a heading by the
    file (type set large, markdown `#`)."""
    if b.role not in ("heading", "body") or _MARKED_HEADING & b.hints:
        return False
    line = b.text.strip()
    return bool(line) and "\n" not in line and is_lone_row(line)


def _row_shaped(b: Block) -> bool:
    """Whether a block may stand in a listing's run of rows: a row alone (`_lone_row_block`) or a
    text block of rows (`roles.is_row_block`: `19:38 焦点访谈` / `20:00 电视剧：山海情`)."""
    return _lone_row_block(b) or (b.role == "body" and is_row_block(b.text))


def _read_listing_rows(blocks: Sequence[Block]) -> None:
    """Read each run of `_MIN_LISTING_BLOCKS` row-shaped blocks or more (`_row_shaped`), one at least
    a row alone, as the rows of a listing: text, hinted `LISTING_ROW`. Flat exports set each row of
    a TV listing, a fund table or a draw's results in a block of its own (`8:00 朝闻天下` / blank /
    `12:00 新闻30分`); short and unpunctuated, every row was a heading, the listing a pile of kickers
    and a title with no paragraph. Its label above (`中央电视台一套`) stays a heading: the title over
    the rows, and a bracketed note right under the rows (`（节目如有变动以播出为准）`) is a paragraph
    of the listing. Left as they are: a run over what opens an article's text (`_starts_article`: a
    byline, a dateline lead) or over a story's title (`_heads_a_story`), which is a heading group
    with figures, and the blocks of a coordinate page (a box each), where every line may be a block
    of its own and the boxes tell the roles. Each block's shape is read once: the row tests are the
    costly part of this pass."""
    n = len(blocks)
    shaped = [b.bbox is None and _row_shaped(b) for b in blocks]
    i = 0
    while i < n:
        if not shaped[i]:
            i += 1
            continue
        j = i
        while j < n and shaped[j]:
            j += 1
        run = blocks[i:j]
        if len(run) >= _MIN_LISTING_BLOCKS and any(map(_lone_row_block, run)) \
                and not _starts_article(blocks[j] if j < n else None) and not _heads_a_story(blocks, j, run):
            for b in run:
                b.role = "body"
                b.hints = b.hints | {LISTING_ROW}
            if j < n and _is_listing_note(blocks[j]):
                blocks[j].role = "body"
        i = j
    for i in range(1, n - 2):
        if _lone_row_between_labels(blocks, i, shaped):
            blocks[i].role = "body"
            blocks[i].hints = blocks[i].hints | {LISTING_ROW}


#: A line that ends a sentence inside it or at its end: a story's lead, not a heading.
_STORY_SENTENCE = regex.compile(r"[。！？!?]")
#: The most headings (a title, a `——` subtitle) a headline stack with figures puts between its rows
#: and the story's text (`_heads_a_story`).
_MAX_STORY_HEADS = 2
#: A row of a timetable, opening with a clock time (`8:00 朝闻天下`, `19：30 东张西望`): a TV or radio
#: listing, never the figures of a headline stack.
_CLOCK_ROW = regex.compile(r"\d{1,2}[:：]\d{2}\s")
#: A bracketed note on a line of its own: `（节目如有变动以播出为准）`, `（数据截至收盘）`.
_BRACKETED_NOTE = regex.compile(r"[（(][^\n（）()]+[）)]")


def _heads_a_story(blocks: Sequence[Block], j: int, run: Sequence[Block]) -> bool:
    """Whether the run of row-shaped blocks `run`, ending before `blocks[j]`, is a headline stack
    with figures: one or two headings under it (a title, a `——` subtitle) lead to what opens a
    story (`_starts_article`: a byline, a dateline) or to its lead, a paragraph with sentence marks
    (`上海海港 2:0 山东泰山` / `北京国安 1:1 成都蓉城` / `中超第28轮战罢` / `本报讯（记者 李明）…`). A
    timetable's rows (every row opening with a clock time) or a forecast's (`roles.is_weather_row`:
    `北京 晴 3℃~-5℃ 西北风3-4级`) head no story: the title under them is
    the next article's (`8:00 朝闻天下` / `12:00 新闻30分` / `市政府部署冬季供暖工作` / `本报讯 …`)."""
    k = j
    while k < len(blocks) and k - j < _MAX_STORY_HEADS and blocks[k].role == "heading" \
            and not _MARKED_HEADING & blocks[k].hints and "\n" not in blocks[k].text.strip():
        k += 1
    if k == j or k >= len(blocks):
        return False
    if all(_CLOCK_ROW.match(b.text.strip()) or is_weather_row(b.text) for b in run):
        return False  # (a forecast's rows, `北京 晴 3℃~-5℃`, head no story either)
    nxt = blocks[k]
    return _starts_article(nxt) or (nxt.role == "body" and bool(_STORY_SENTENCE.search(nxt.text)))


def _is_listing_note(b: Block) -> bool:
    """Whether the block under a listing's rows is a note on them, a bracketed line of its own
    (`（节目如有变动以播出为准）`, `（数据截至收盘）`), read as a heading when it has no `。`: it is a
    paragraph of the listing, as the same note with its `。` is, not a heading of an article of its
    own."""
    return b.role == "heading" and b.bbox is None and not _MARKED_HEADING & b.hints \
        and bool(_BRACKETED_NOTE.fullmatch(b.text.strip()))


def _is_listing_rows(b: Block) -> bool:
    """Whether a text block is a listing's rows: one read so (`LISTING_ROW`) or a block of rows
    (`roles.is_row_block`: a channel's name over its programmes, a fund table, results)."""
    return LISTING_ROW in b.hints or is_row_block(b.text)


def _lone_row_between_labels(blocks: Sequence[Block], i: int, shaped: Sequence[bool]) -> bool:
    """Whether `blocks[i]`, a row alone read as a heading (`_lone_row_block`), is the one row of a
    listing in a box of listings: under its label (a heading that is no row: `基金净值`) and over
    the next listing's label, one heading over rows (`外汇牌价（2024年11月2日）` / `美元 712.35 …`).
    Between a kicker and a subtitle over an article's lead it stays a heading. `shaped`: each
    block's `_row_shaped` (no box), read once by `_read_listing_rows`."""
    b, above, label, under = blocks[i], blocks[i - 1], blocks[i + 1], blocks[i + 2]
    if b.role != "heading" or not shaped[i] or not _lone_row_block(b):
        return False
    if above.role != "heading" or shaped[i - 1] or label.role != "heading" or shaped[i + 1]:
        return False
    if under.bbox is not None:
        return False
    return LISTING_ROW in under.hints or (under.role == "body" and is_row_block(under.text))


def _next_content(blocks: Sequence[Block], i: int) -> Block | None:
    """The first block at or after `i` that is neither furniture nor an image (a title, an image,
    then a byline is one article)."""
    for b in blocks[i:]:
        if b.role not in _NO_CONTENT:
            return b
    return None


#: The flags of an article whose text no heading opens (`_Builder.article`), which a desk's name
#: over it then read as its title drops (`_Builder.lone_desk_is_kicker`).
_HEADLESS_FLAGS = ("no-title", "starts-mid-article")


def _is_closing_address(part: Part) -> bool:
    """Whether a paragraph is one short address sentence (`roles.is_address_line`: `如有疑问，请发邮件
    至zx@lzcity.gov.cn` under an item's text), which the text cues read as contact furniture before:
    it counts as that furniture did when a headline under it opens the next news item
    (`_Builder.opens_news_item`), so the item keeps its own article, not a subsection of the one
    above."""
    return len(part.blocks) == 1 and is_address_line(part.blocks[0].text)


def _starts_article(nxt: Block | None) -> bool:
    """Does what follows a run of headings mark them as an article's heading group?"""
    if nxt is None:
        return False
    if nxt.role in ("byline", "caption", "credit"):
        return True
    if nxt.role == "signature":  # `（记者 王丽）` under the title: the byline (`_Builder.signature`)
        return is_reporter_signature(nxt.text)
    if nxt.role == "marker":
        return any(m.direction == "from" for m in block_markers(nxt.text, nxt.hints))
    return nxt.role == "body" and starts_with_date(nxt.text)


def _news_item_lead(b: Block | None) -> bool:
    """Whether a block under a numbered headline opens a news item of a column of them
    (`_Builder.names_a_column`): a byline or a dateline (`本报记者 王丽`, `本报讯`, `新华社北京10月20日电`,
    all role `byline`), or a reporter's signature standing as one (`（记者 王丽）`). A date-led
    paragraph (`10月20日，…`, `近日，…`), though it may open a news item (`_starts_article`), opens a
    story's numbered section as often, so it does not tell a column."""
    if b is None:
        return False
    return b.role == "byline" or (b.role == "signature" and is_reporter_signature(b.text))


def _heads_text(nxt: Block | None, kind: str | None) -> bool:
    """Whether a run of headings shaped like lines of `kind` (`roles.set_line_kind`) stands over
    what a heading group heads rather than going on the verse or figures above it: a byline or a
    dateline lead (`_starts_article`), or, after verse, a paragraph that is no verse of that size
    (`春风拂大地 万物竞芳华` / `本报记者 王丽` or `近日，全市…` after a poem's stanza). A draw's last
    figures stand over prose (`蓝球：09` / `下期奖池累计金额为八亿元。`): after figures only a byline
    or a dateline lead tells a title."""
    if nxt is None:
        return False
    if _starts_article(nxt):
        return True
    return kind != "figures" and nxt.role == "body" and set_line_kind(nxt.text) != kind


def _is_section_label(text: str, *, wide_gap: bool, desk: bool = False) -> bool:
    """Whether the first heading of a run of two or more is a section label: a column name in brackets
    (`【要闻】`), or a short unpunctuated label that follows a wider gap, holds a section word or, where
    the page's sections stand (`desk`: `_Builder.desk_names_sections`), is a desk's name alone (`港闻`,
    `国际`: `is_section_name`)."""
    if is_bracketed_label(text):
        return True
    return is_section_like(text) and (
        wide_gap or has_section_word(text) or (desk and is_section_name(text))
    )


def _assign_heading_group(article: Article, heads: list[Block]) -> None:
    """Kickers, title and subtitle from the headings above an article, top to bottom: the last is the
    title, or the subtitle under it when it opens with a dash (`——记…`) or stands in round brackets
    (`（截至第30轮）`: a note on the heading above)."""
    if len(heads) >= 2 and (_DASH_LEAD.match(heads[-1].text) or _BRACKETED_NOTE.fullmatch(heads[-1].text)):
        *kickers, title, subtitle = heads
        subtitle.role = "subtitle"
        article.subtitles.append(subtitle)
    else:
        *kickers, title = heads
    for k in kickers:
        k.role = "kicker"
    title.role = "title"
    article.kicker.extend(kickers)
    article.titles.append(title)


def _numbered_subheads_at(heads: Sequence[Block], nxt: Block | None) -> int:
    """Where the headings of a new article's first section start in its run of headings: the run's
    last headings when each opens with a section's number (`roles.opens_numbered_section`) under
    one that does not (`市政府部署冬季供暖工作` / `一、提前供暖` over `今年将提前供暖。`). A numbered
    heading is a part of the text under the title, never a title under a kicker; the caller keeps
    a single one a title under its kicker unless more numbered sections follow
    (`_Builder.numbers_more_sections`). Only over body
    text: a byline under a numbered heading (a column of numbered items under its name) is left to
    the title rules. `len(heads)` when the run holds no such section heading."""
    if nxt is None or nxt.role != "body":
        return len(heads)
    i = len(heads)
    while i > 0 and opens_numbered_section(heads[i - 1].text):
        i -= 1
    return i if i > 0 else len(heads)


def _opens_award_list(heads: Sequence[Block], nxt: Block | None) -> bool:
    """Whether the last of a new article's two or more headings is the first prize grade of the award
    list under it (`roles.is_prize_grade` over a line of winners, hint `LISTED_NAMES`): the grade opens
    the article's first subsection as the next grades open theirs, never the title under a kicker."""
    return (
        len(heads) >= 2 and nxt is not None and LISTED_NAMES in nxt.hints and is_prize_grade(heads[-1].text)
    )


#: A section's number opening a heading, read for its style and value (`_section_number`): `一、`,
#: `（二）`, `3.`, `4、`, `(5)`, `①`, `第六条`. Its numerals and units are `roles.opens_numbered_section`'s;
#: unlike `roles._ENUMERATOR` it takes any numeral with any mark, opened or not, for `_section_number`
#: to judge (`一.` is a style of its own, `（1、` none), and no 百 in an ordinal (`roles._SECTION_NUMBER`).
_SECTION_NUMERAL = regex.compile(
    rf"\s*(?:(?P<open>[(（])?(?P<num>{ITEM_DIGITS}|{ITEM_HANZI})(?P<close>[)）]|[.．](?!\d)|、)"
    rf"|(?P<circled>{CIRCLED_NUMBER})|第(?P<ordinal>[{ORDINAL_HANZI}\d]{{1,4}})(?P<unit>{SECTION_UNITS}))"
)
#: The closing marks of a section's number that print alike (`1.` and `1．`, `(1)` and `（1）`).
_CLOSE_STYLE = {"）": ")", "．": "."}


def _section_number(text: str) -> tuple[str, int] | None:
    """The style and value of the section's number opening a heading (`_SECTION_NUMERAL`):
    `一、提前供暖` is `("han、", 1)`, `（2）报名方式` is `("(digit)", 2)`, `③…` is `("circled", 3)`,
    `第四条` is `("第条", 4)`. None when it opens with none, or with a bracket left open."""
    m = _SECTION_NUMERAL.match(text)
    if m is None:
        return None
    if m["circled"]:
        return "circled", ord(m["circled"]) - 0x2460 + 1
    if m["ordinal"]:
        numeral = m["ordinal"]
        value = int(numeral) if numeral.isdigit() else chinese_number(numeral)
        return None if value is None else (f"第{m['unit']}", value)
    close = _CLOSE_STYLE.get(m["close"], m["close"])
    if bool(m["open"]) != (close == ")"):
        return None
    numeral = m["num"]
    value = int(numeral) if numeral.isdigit() else chinese_number(numeral)
    if value is None:
        return None
    kind = "digit" if numeral.isdigit() else "han"
    return (f"({kind})" if m["open"] else f"{kind}{close}"), value


def _goes_on_numbering(earlier: Sequence[str], text: str) -> bool:
    """Whether a heading's section number (`_section_number`) goes on the numbering of an article's
    earlier subheads (`earlier`, top to bottom): it follows the last one of its style (`二、` after
    `一、`, also with `（一）` / `（二）` between), or it is a first number under subheads numbered in
    another style only (`（一）` under `一、`, a subsection). False when no earlier subhead is numbered."""
    number = _section_number(text)
    numbers = [n for n in map(_section_number, earlier) if n is not None]
    if number is None or not numbers:
        return False
    style, value = number
    same = [v for s, v in numbers if s == style]
    return same[-1] == value - 1 if same else value == 1


def _numbered_headline(text: str) -> tuple[str, int] | None:
    """The style and value of the number (`_section_number`) opening a numbered news headline: the
    words after it read as a news item's headline (`_NEWS_HEADLINE`: `1.代表委员热议政府工作报告`,
    `二、全市冬小麦播种过半`), not as a section's short label (`一、提前供暖`). None otherwise."""
    number = _section_number(text)
    if number is None:
        return None
    m = _SECTION_NUMERAL.match(text)
    words = text[m.end() :].strip() if m is not None else ""
    return number if _NEWS_HEADLINE.fullmatch(words) else None


#: The fewest clause commas a heading over another heading holds to be a paragraph that lost its full
#: stop (`_prose_over_heading`): one is a two-part headline's (`稳住基本盘，激发新活力`).
_MIN_PROSE_COMMAS = 2
_CLAUSE_COMMA = regex.compile(r"[，,]")


def _prose_over_heading(heads: Sequence[Block]) -> int:
    """How many of a run of subheads, from its first, are a paragraph whose full stop OCR lost
    (`各区县抢抓晴好天气，组织农机下田，请大家注意` over `机收率再创新高`): each holds two clause commas
    or more (`_MIN_PROSE_COMMAS`), its clauses not all of one length, and another heading stands
    under it. A subhead is one phrase, or two at most (`稳住基本盘，激发新活力`), or a slogan's
    parallel phrases (`抓党建，促发展，惠民生`); a run of heading blocks reads as one subhead, so such a
    block glued the paragraph to the subhead under it. 0 when the run opens otherwise."""
    n = 0
    while n < len(heads) - 1 and _reads_as_clauses(heads[n].text):
        n += 1
    return n


def _reads_as_clauses(text: str) -> bool:
    """Whether a heading's text is clauses of prose (`_prose_over_heading`): two clause commas or
    more, the clauses of different lengths (a slogan's phrases are of one: `抓党建，促发展，惠民生`)."""
    clauses = _CLAUSE_COMMA.split(text.strip())
    return len(clauses) > _MIN_PROSE_COMMAS and len({visible_len(c) for c in clauses}) > 1


class _Builder:
    """The state of one pass over a page's labelled blocks."""

    def __init__(
        self, gaps: Mapping[str, int], own_text: Callable[[Block], str], blocks: Sequence[Block] = ()
    ) -> None:
        self.gaps = gaps
        self.own_text = own_text
        #: The page's blocks, and where the run of headings being read ends in them (`run_end`, set by
        #: `assemble`): what follows a poem's verse tells a poem printed alone from one quoted.
        self.blocks = blocks
        self.run_end = len(blocks)
        self.out = Assembly()
        self.current: Article | None = None
        self.section: Block | None = None
        #: The style and value of the last item's number when `section` names a column of numbered
        #: news items (`names_a_column`): the column closes where its numbering ends
        #: (`close_ended_column`). None under any other section, or none.
        self.column: tuple[str, int] | None = None
        #: The blocks (by `id`) read as items of a list announced by a colon: each is a paragraph
        #: of its own, whole where its item ends.
        self.list_items: set[int] = set()
        #: The blocks (by `id`) read as lines of verse or figures that were headings by their text
        #: alone (`set_lines_among`): each is a paragraph of its own, whole where its line ends.
        self.set_lines: set[int] = set()
        #: Whether a desk's name (`roles.is_section_name`: `港闻`, `国际`) made a section label on the
        #: page: another further down does too (`desk_names_sections`).
        self.desk_sections = False
        #: A desk's name read as the section label of the page's first heading for that alone, with
        #: no page furniture above it, and how many articles stand under it: a lone one makes it that
        #: article's kicker (`lone_desk_is_kicker`).
        self.top_desk: Block | None = None
        self.top_desk_articles = 0
        #: A section label read alone over text (`desk_over_text`), which heads the next article
        #: opened: the one of the text under it.
        self.label_pending: Block | None = None

    def new_article(self, *flags: str) -> Article:
        section = self.own_text(self.section) if self.section else None
        if self.section is not None and self.section is self.top_desk:
            self.top_desk_articles += 1
        art = Article(id="", section=section, flags=list(flags))
        if self.label_pending is not None:
            art.section_head, self.label_pending = self.label_pending, None
        self.out.articles.append(art)
        self.current = art
        return art

    def article(self, *flags: str) -> Article:
        """The open article, or a new one (flagged) when content comes before any heading."""
        return self.current if self.current is not None else self.new_article(*flags)

    def headings(self, heads: list[Block], nxt: Block | None) -> None:
        verse = self.titled_poem_among(heads, nxt)
        if verse is not None:  # `秋思` / its lines, the last heading what follows (`本报讯 …`): read apart
            self.titled_poem(heads[:-1], verse)
            self.headings(heads[-1:], nxt)
            return
        lead, tail = self.set_lines_among(heads, nxt)
        if lead == 0 and tail == len(heads):  # the common case: no line of verse or figures
            self.heading_group(heads, nxt)
            return
        for h in heads[:lead]:  # the open article's verse or figures going on
            self.set_line(h)
        for h in heads[tail:]:  # (body before the headings above them are read)
            h.role = "body"
        if lead < tail:
            self.heading_group(heads[lead:tail], heads[tail] if tail < len(heads) else nxt)
        for h in heads[tail:]:  # the verse or figures under the headings
            self.set_line(h)

    def titled_poem_among(self, heads: Sequence[Block], nxt: Block | None) -> int | None:
        """Where the verse starts in a run of headings ending with lines of verse of one size in
        blocks of their own under a short title (`_MAX_POEM_TITLE`): `秋思` / `远山含黛色 近水映秋光`
        / `寒风吹瘦竹 冷月照孤窗` / `春风拂大地 万物竞芳华`, three lines at least, over what is no verse
        of theirs (`本报讯 …`, a byline, prose, a signature). The title heads the run, or it is the
        open article's, which holds no text yet (`秋思` / `张明` over the lines: 0). Read as one run,
        the verse became the kickers of a title (the last line); it is the poem under its title, and
        its last line is then read after it (`headings`), as any heading after a poem's verse is
        (`set_lines_among`): over a byline, a dateline lead or prose the next article's title, else
        the poem's last line. Two lines under a short heading stay a heading group (a kicker over a
        couplet of kicker and title), as do lines the file marks a heading. None when the run is no
        such poem; over more verse of that size or at the page's end `set_lines_among` reads it."""
        n = len(heads)
        if n < 3 or nxt is None:
            return None
        kinds = [None if _MARKED_HEADING & h.hints else set_line_kind(h.text) for h in heads]
        kind = kinds[-1]
        if kind is None or not kind.startswith("verse"):
            return None
        if nxt.role == "body" and set_line_kind(nxt.text) == kind:
            return None
        start = n - 1
        while start > 0 and kinds[start - 1] == kind:
            start -= 1
        if n - start < 3 or any(kinds[:start]):
            return None
        if start > 0:
            return start if visible_len(heads[start - 1].text) <= _MAX_POEM_TITLE else None
        art = self.current
        if art is None or not art.titles or any(p.kind != "fw" for p in art.parts):
            return None
        return 0 if visible_len(art.titles[-1].text) <= _MAX_POEM_TITLE else None

    def titled_poem(self, heads: Sequence[Block], verse: int) -> None:
        """A poem's headings (`heads[:verse]`, its title last; none when its title is the open
        article's) and its lines of verse in blocks of their own (`titled_poem_among`): the headings
        head the first line, each line a paragraph."""
        lines = heads[verse:]
        for h in lines:
            h.role = "body"
        if verse:
            self.heading_group(list(heads[:verse]), lines[0])
        for h in lines:
            self.set_line(h)

    def set_line(self, h: Block) -> None:
        """Add a heading read as a line of verse or figures (`set_lines_among`) as a paragraph."""
        h.role = "body"
        self.set_lines.add(id(h))
        self.block(h)

    def set_lines_among(self, heads: Sequence[Block], nxt: Block | None) -> tuple[int, int]:
        """Which of a run of headings are lines of verse or figures (`roles.set_line_kind`: a poem's
        line `远山含黛色 近水映秋光` in a block of its own, `蓝球：09` under `红球：03 08 15 22 27 31`),
        which one alone may be a heading (`青春献祖国 奋斗正当时`, `数说：2023`) and its neighbours tell.
        Returns `(lead, tail)`: `heads[:lead]` go on from the open article's last paragraph, of the
        same kind, unless the run stands over a byline or prose (`_heads_text`: a heading group over
        its lead, the next article's); `heads[tail:]` are of one kind and either stand over a
        paragraph of that kind (`nxt`) or head nothing, as no heading does (the page ends after
        them), two lines at least, under another heading (a poem's title) or after the article's
        text. A run of such lines over plain text stays headings (a title over a subtitle over its
        lead), as does one alone on a page, and one the file marks a heading (set large, hint
        `headline`; markdown `#`, hint `heading`). `(0, len(heads))` when none is."""
        kinds = [None if _MARKED_HEADING & h.hints else set_line_kind(h.text) for h in heads]
        n = len(heads)
        if not any(kinds):  # (most runs: the cheap answer)
            return 0, n
        lead = 0
        last = self.last_paragraph_block()
        before = set_line_kind(last.text) if last is not None else None
        while before is not None and lead < n and kinds[lead] == before:
            lead += 1
        if lead == n and _heads_text(nxt, before) and (_starts_article(nxt) or not self.quotes_verse()):
            lead = 0  # `春风拂大地 万物竞芳华` over `本报讯 …` after a poem: the next article's title
        kind = kinds[-1]
        tail = n
        while kind is not None and tail > lead and kinds[tail - 1] == kind:
            tail -= 1
        if tail == n:
            return lead, n
        if nxt is not None:
            under = nxt.role == "body" and set_line_kind(nxt.text) == kind
        else:
            under = n - tail >= 2 or tail > 0 or last is not None
        return lead, tail if under else n

    def quotes_verse(self) -> bool:
        """Whether the open article's text ends with verse it quotes: its last paragraphs are lines
        of verse (`roles.set_line_kind`, furniture and figures between skipped) under a paragraph
        that announces them with a colon (`…即兴赋诗一首：` / `远山含黛色，近水映秋光。` / …). A line of
        that verse in a block of its own under them, over the article's prose (`春风拂大地 万物竞芳华`
        / `大家纷纷鼓掌叫好。…`), is the quotation's last line, not a subhead over the prose."""
        art = self.current
        if art is None:
            return False
        verse = False
        for part in reversed(art.parts):
            if part.kind in _JUMPABLE:
                continue
            if part.kind != "p":
                return False
            text = _last_body(part).text.rstrip()
            kind = set_line_kind(text)
            if kind is None or not kind.startswith("verse"):
                return verse and text.endswith((":", "："))
            verse = True
        return False

    def last_paragraph_block(self) -> Block | None:
        """The last body block of the open article when its last part is a paragraph, else None."""
        art = self.current
        if art is None or not art.parts or art.parts[-1].kind != "p":
            return None
        return _last_body(art.parts[-1])

    def heading_group(self, heads: list[Block], nxt: Block | None) -> None:
        """A run of headings with what follows them (`nxt`): a title group, subheads, or lines the
        headings' place makes text (a jump's, a notice's closing lines, a list's items)."""
        if nxt is not None and nxt.role == "marker" and self.current is not None and all(
            m.direction == "to" for m in block_markers(nxt.text, nxt.hints)
        ):
            for h in heads:  # text running on to another page is not a heading
                h.role = "body"
                self.block(h)
            return
        closing = self.closing_heads(heads, nxt) or int(self.poet_under_verse(heads, nxt))
        if closing:  # `兰州公交集团有限公司` / `2023年10月12日` under a notice: its signature
            for k, h in enumerate(heads[:closing]):  # `此致` / `敬礼！`: the letter's last paragraph
                h.role = "body" if closes_with(h.text, _text_after(heads, k)) else "signature"
                self.block(h)
            heads = heads[closing:]
            if not heads:
                return
        ended = closing > 0  # the letter ends there: the headings left head the next article
        if nxt is not None and nxt.role == SEPARATOR and self.current is not None:
            for h in heads:  # a section's last line above an ornament heads nothing: its text
                h.role = "body"
                self.block(h)
            return
        if self.continues_list(heads, nxt):
            for h in heads:  # `会议要求：` then `1. 抓好落实` / `2. 加强领导`: the items, not subheads
                h.role = "body"
                self.list_items.add(id(h))
                self.block(h)
            return
        first = heads[0]
        wide_gap = self.gaps.get(first.id, 0) >= 2
        if self.desk_over_text(heads, nxt):
            self.desk_label_alone(first, wide_gap=wide_gap)
            return
        section: Block | None = None
        column: tuple[str, int] | None = None
        if len(heads) >= 2 and not self.opens_opinion_piece(heads) and (
            _is_section_label(first.text, wide_gap=wide_gap, desk=self.desk_names_sections())
            or (column := self.names_a_column(heads, nxt)) is not None
        ):
            section = heads.pop(0)
        if section is not None:
            section.role = "section"
            self.section, self.column = section, column
            self.desk_read(section, wide_gap=wide_gap)
        elif wide_gap:
            self.section, self.column = None, None
        headline = any("headline" in h.hints for h in heads)  # type set large (from the boxes)
        essay = not headline and self.writer_under_title(heads, nxt) \
            and (ended or self.essay_goes_on(heads))
        if section is None and not headline and self.titles_a_signed_poem(heads, nxt):
            name = heads.pop()  # `静夜思` / `李白` over `床前明月光，…`: the poem's title and its poet
            self.close_ended_column(heads)
            _assign_heading_group(self.new_article(), heads)
            name.role = "byline"
            self.block(name)
            return
        if section is None and self.byline_over_title(heads, nxt):
            art = self.current  # `本报评论员` / `让基层减负落到实处` / its text: the piece's title
            assert art is not None
            _assign_heading_group(art, heads)
            art.flags = [f for f in art.flags if f not in _HEADLESS_FLAGS]
            return
        if section is None and self.current is not None and nxt is not None \
                and not self.opens_opinion_piece(heads) \
                and (not _starts_article(nxt) or self.heads_a_numbered_section(heads, nxt)) \
                and self.current.signature is None and not headline and not ended \
                and not _ends_with_separator(self.current) and not _ends_a_notice(self.current) \
                and not _only_artist_figures(self.current) \
                and not (self.opens_news_item(heads) and not _set_line_by_line_not_verse(nxt)) \
                and not _opens_letter(heads, nxt) and not self.opens_notice(heads, nxt) and not essay \
                and not self.opens_ad(heads, nxt) \
                and (poem := self.poem_reading(heads, nxt)) != "own":
            if poem == "quoted":
                self.set_line(heads[0])  # `静夜思` over the verse an article quotes: its text
                return
            prose = _prose_over_heading(heads)
            for h in heads[:prose]:  # `…，…，请大家注意` over `机收率再创新高`: text that lost its stop
                h.role = "body"
                self.block(h)
            heads = heads[prose:]
            for h in heads:
                h.role = "subhead"
            self.current.parts.append(Part("head", heads))
            return
        if section is None and nxt is not None and nxt.role == "marker" and _starts_article(nxt):
            self.section, self.column = None, None  # a jump from another page: not under this page's section
        if section is None:
            self.close_ended_column(heads)
        art = self.new_article() if nxt is not None else self.new_article(EMPTY)
        if section is not None:
            art.section = self.own_text(section)
            art.section_head = section
        if essay:  # `读《红楼梦》札记` / `张爱民` / `每读…`: the title and its writer
            name = heads.pop()
            _assign_heading_group(art, heads)
            name.role = "byline"
            self.block(name)
            return
        numbered = _numbered_subheads_at(heads, nxt)
        if numbered == len(heads) - 1 and not self.numbers_more_sections():
            numbered = len(heads)  # `聚焦两会` / `1.代表委员热议政府工作报告`: a kicker over a numbered title
        if numbered == len(heads) and _opens_award_list(heads, nxt):
            numbered = len(heads) - 1  # `第五届书法大赛获奖名单` / `一等奖` / `李华 张强`: title, first grade
        _assign_heading_group(art, heads[:numbered])
        if numbered < len(heads):  # `市政府部署冬季供暖工作` / `一、提前供暖`: the title, its first section
            for h in heads[numbered:]:
                h.role = "subhead"
            art.parts.append(Part("head", heads[numbered:]))

    def byline_over_title(self, heads: Sequence[Block], nxt: Block | None) -> bool:
        """Whether a run of headings over text is the title of the piece whose commentator's byline
        stands right above it (`本报评论员` / `让基层减负落到实处` / `基层是…`,
        `roles.is_commentator_byline`): a paper prints that byline over the title as often as under
        it. The byline opened an article holding nothing else yet; the headings are its title, not
        a subhead of a piece with no title. A numbered heading (`一、…`) stays a subhead."""
        art = self.current
        if art is None or nxt is None or nxt.role != "body" or not art.bylines:
            return False
        if art.titles or art.kicker or art.parts or art.section_head is not None:
            return False
        if not all(is_commentator_byline(b.text) for b in art.bylines):
            return False
        return not any(opens_numbered_section(h.text) for h in heads)

    def opens_opinion_piece(self, heads: Sequence[Block]) -> bool:
        """Whether a run of two or three headings opens a commentary of its own, at the page's top
        or after the open article's text: a column label over commentary
        (`roles.is_opinion_label`: `短评`, `编辑部文章`, `今日谈`, `社評`) over its title (`短评` /
        `垃圾分类贵在坚持` / its text), the label its kicker. On a supplement page a literary
        column's label over the next piece's title does so too (`literary_label_over_title`).
        Under a news story, signed with a reporter's byline or a dateline (`本报记者 王丽`,
        `本报讯`), or under any article that is no commentary itself (`_opinion_piece`: no
        commentary's label as its kicker, no commentator's byline; a news story printed with no
        byline, `省城地铁三号线今日开通` / text / `短评` / `让城市更有温度`), the label and title stay
        the story's last box, its subsection, as printed; so does a label alone over text
        (`短评` / `…`), which titles nothing, and a label the section rules read as a section label
        (`时评`) after such a story stays one, as before. At the page's top a label over a title
        and a writer's name with more pieces under it stays their section label
        (`section_over_signed_pieces`)."""
        art = self.current
        if self.opinion_label_over_title(heads):
            if art is None:
                return not self.section_over_signed_pieces(heads) and not self.reported_below()
            return _opinion_piece(art) and not self.reported_below()
        return art is not None and self.literary_label_over_title(heads) and not _reported(art)

    def reported_below(self) -> bool:
        """Whether the block under the run of headings is a news report's byline or dateline
        (`本報訊`, `本报记者 王丽`; not a writer's bare name nor a commentator's, as `_reported`
        reads an article's): a column's label over a news story (`【時評】` / `省政協召開常委會議` /
        `本報訊 …`, at the page's top or after a commentary) is the page's section label, as before,
        not a kicker."""
        if self.run_end >= len(self.blocks):
            return False
        below = self.blocks[self.run_end]
        return below.role == "byline" and _reports(below)

    def section_over_signed_pieces(self, heads: Sequence[Block]) -> bool:
        """Whether a commentary's label at the page's top over a title and a writer's bare name
        (`时评` / `让城市更有温度` / `张明` / text) is the page's section label over several signed
        pieces: another heading follows on the page that is no such label itself (`莫让形式主义卷土重来`
        / `李华` / text). The label then heads a section holding every piece, as printed; over one
        piece alone, or when each piece carries its own label, it is that piece's kicker."""
        if len(heads) != 3 or not is_bare_names_line(heads[-1].text):
            return False
        rest = islice(self.blocks, self.run_end, None)
        return any(b.role == "heading" and not is_opinion_label(b.text) for b in rest)

    def literary_label_over_title(self, heads: Sequence[Block]) -> bool:
        """Whether a run of two or three headings after a supplement's piece is the next piece's
        column label over its title (`随笔` / `故乡的河`, `夜读抄` / `读《红楼梦》札记`: `_piece_label`),
        its writer unsigned: the open article is itself such a piece, headed by a column's label
        (`_piece_label`) or signed with a writer's bare name. Under any other article a short heading
        holding such a word stays a subhead, as before (`诗意乡村` / `村里建起了文化广场`)."""
        art = self.current
        if art is None or not 2 <= len(heads) <= 3 or not _piece_label(heads[0].text):
            return False
        if any(_piece_label(h.text) or _CHAPTER.match(h.text.strip()) or opens_numbered_section(h.text)
               for h in heads[1:]):
            return False  # (`连载` / `第四章` inside a serial: its next chapter, a subhead; `一、…`)
        return any(_piece_label(k.text) for k in art.kicker) or (
            len(art.bylines) == 1 and is_bare_names_line(art.bylines[0].text)
        )

    def opinion_label_over_title(self, heads: Sequence[Block]) -> bool:
        """Whether a run of two or three headings is a commentary's column label
        (`roles.is_opinion_label`: `时评`, `【短评】`, `评论员文章`) over its title: the label is the
        kicker of that one piece, never a section label over the articles after it (`时评` over
        `让数据多跑路`, then `快评` over the next piece, are two pieces, not one section)."""
        if not 2 <= len(heads) <= 3 or not is_opinion_label(heads[0].text):
            return False
        # (`人民论坛` / `一、稳字当头`: a numbered heading is a subhead, no piece's title)
        return not any(is_opinion_label(h.text) or opens_numbered_section(h.text) for h in heads[1:])

    def opens_notice(self, heads: Sequence[Block], nxt: Block | None) -> bool:
        """Whether one heading opens a notice of its own on a notices page, never a subhead of the
        article above: a notice's label (`roles.notice_label`: `启事`, `遗失声明`, `更正`, `啟事`) over
        a short text (`roles.is_short_notice_text`) that ends with a notice's formula
        (`roles.ends_short_notice`: `…特此启事。`, `…声明作废。`) in one paragraph, its formula
        alone under it or not (`_one_notice_paragraph`), or over its signer and date
        (`roles.is_closing_block`). A story's words under such a label ending with a quoted
        statement (`失主告诉记者…。` / `声明：…特此声明。`) are no notice: two paragraphs of text.
        A label saying only that a document follows (`声明`, `公告`: `roles.is_plain_notice_label`)
        does so only under another notice (`_is_short_notice`): a report may print `声明` over the
        statement it quotes, ending `…特此声明。`. A label the labels cut off a paper's correction or
        announcement run in between two articles (hint `roles.RUN_IN_NOTICE`: `更正：`, `啟事：`) opens
        its notice under any article."""
        if len(heads) != 1 or nxt is None or nxt.role != "body" or self.current is None:
            return False
        label = notice_label(heads[0].text)
        if label is None:
            return False
        if RUN_IN_NOTICE in heads[0].hints:
            return True  # (its text and formula were read where the label was cut off)
        under, after = self.text_under_run()
        if not under or not is_short_notice_text([b.text for b in under]):
            return False
        closed = after is not None and (is_closing_block(after.text) or UNKNOWN_ISSUER in after.hints)
        several = _several_short_notices(under) and _is_an_ad_or_notice(self.current)
        if not closed and not _one_notice_paragraph(under) and not several:
            return False
        return not is_plain_notice_label(label) or _is_short_notice(self.current)

    def opens_ad(self, heads: Sequence[Block], nxt: Block | None) -> bool:
        """Whether one heading opens a classified ad of its own, never a subhead of the ad above: a
        classified ad's label (`roles.is_ad_label`: `旺铺转让`, `招聘`, `房屋出租`) over a short text
        (`roles.is_short_notice_text`), right under another ad or a short notice (an article titled
        by such a label or a notice's: `_is_an_ad_or_notice`), as a classified page prints them. Under
        a news story such a label stays its subhead (`招聘` over a paragraph about hiring)."""
        if len(heads) != 1 or nxt is None or nxt.role != "body" or self.current is None:
            return False
        if not is_ad_label(heads[0].text) or not _is_an_ad_or_notice(self.current):
            return False
        under, _ = self.text_under_run()
        return bool(under) and is_short_notice_text([b.text for b in under])

    def text_under_run(self) -> tuple[list[Block], Block | None]:
        """The body blocks right under the run of headings being read (page furniture among them
        left out), and the first block after them that is neither (None at the page's end)."""
        under: list[Block] = []
        for b in islice(self.blocks, self.run_end, None):
            if b.role == "furniture":
                continue
            if b.role != "body":
                return under, b
            under.append(b)
        return under, None

    def desk_names_sections(self) -> bool:
        """Whether a desk's name alone (`roles.is_section_name`: `港闻`, `经济`) heading a run of headings
        is a section label here: where the page's sections stand, at its first heading (under the
        running head, or under text carried over from another page: `（接A1）…`, `titled_so_far`) or
        on a page whose sections a desk's name already labels. Elsewhere it is the kicker of the
        article under it (`科技` / `本港初创获融资` amid a page's articles, `经济` on a page of
        `要闻`), and the articles after that one stay under the section they were in."""
        return not self.titled_so_far() or self.desk_sections

    def titled_so_far(self) -> bool:
        """Whether an article read so far on the page has a heading: none has when the page opens
        with text carried over from another page (a `（接A1）` jump's or an article's body)."""
        return any(a.titles or a.kicker or a.section_head is not None for a in self.out.articles)

    def desk_over_text(self, heads: Sequence[Block], nxt: Block | None) -> bool:
        """Whether `heads`, one heading, is a desk's name alone (`roles.is_section_name`: `港聞`) above
        all the page's text (nothing read yet but its furniture) over text that is no article's
        start: the body of an article carried over from another page, a `（接A1）` jump's or not
        (`港聞` / `（接A1）市府…` / `立法會通過預算` / …). The name then labels the page's first section,
        where it was that text's title. Under carried text a desk's word over more text is a
        subhead of that text (`（上接第一版）报告指出…` / `经济` / `国内生产总值…`), as any heading
        over text going on is."""
        if len(heads) != 1 or nxt is None or self.out.articles or self.current is not None \
                or not is_section_name(heads[0].text):
            return False
        if nxt.role == "marker":
            return _starts_article(nxt)  # `（接A1）`, not `（转A4版）`
        return nxt.role == "body" and not _starts_article(nxt)

    def desk_label_alone(self, label: Block, *, wide_gap: bool) -> None:
        """Read `label` (`desk_over_text`) as the section label of the text under it and of the
        articles after that, which the next article opened carries (`label_pending`)."""
        label.role = "section"
        self.section, self.column = label, None
        self.current, self.label_pending = None, label
        self.desk_read(label, wide_gap=wide_gap)

    def desk_read(self, section: Block, *, wide_gap: bool) -> None:
        """Note the section label `section` (`heading_group`): whether a desk's name labels it, and
        whether only that made it one at the page's first heading, no furniture above
        (`top_desk`, for `lone_desk_is_kicker`)."""
        if not is_section_name(section.text):
            return
        self.desk_sections = True
        if not self.titled_so_far() and not _is_section_label(section.text, wide_gap=wide_gap) \
                and not any(b.role == "furniture" for b in self.out.front):
            self.top_desk = section

    def lone_desk_is_kicker(self) -> None:
        """A desk's name read as the section label at the top of a page with no running head
        (`top_desk`) over one article and no other section on the page is that article's kicker, as
        before desk names made sections: `体育` / `中超积分榜` / its table, `體育` / `港隊奪金` / its
        lead. A page's section spans articles; one article under it says no page of them. Over text
        with no heading of its own (`desk_over_text`: `體育` / `港隊昨日奪得金牌…`) it is that text's
        title, as before desk names labelled the text carried over under them."""
        desk = self.top_desk
        if desk is None or self.top_desk_articles != 1:
            return
        if any(a.section_head not in (None, desk) for a in self.out.articles):
            return
        for art in self.out.articles:
            if art.section_head is desk:
                art.section, art.section_head = None, None
                if art.titles:
                    desk.role = "kicker"
                    art.kicker.insert(0, desk)
                else:
                    desk.role = "title"
                    art.titles.append(desk)
                    art.flags = [f for f in art.flags if f not in _HEADLESS_FLAGS]

    def closing_heads(self, heads: Sequence[Block], nxt: Block | None) -> int:
        """How many of a run of headings close the open article: a letter's complimentary close
        (`此致` / `敬礼！`, `roles.is_complimentary_close`) if any, then the closing lines of a notice,
        letter or obituary (`roles.is_closing_block`: `兰州公交集团有限公司` / `2023年10月12日`,
        `张伟 李娜 敬启`). The open article must hold text and no signature yet, and the closing
        lines must end the run with nothing after them on the page but an ornament line
        (`_AFTER_CLOSING`), or stand above more headings, which head the next article. A
        complimentary close with no signer under it closes the letter where the page ends after it
        or more headings follow it, which head the next article. 0 when the run does not open so: a
        title over text is a title, whatever it names."""
        over_letter = _opens_next_letter(nxt)
        over_note = _opens_editor_note(nxt) and self.run_end < len(self.blocks) \
            and self.blocks[self.run_end] is nxt  # (a date line between: the note is left as before)
        if len(heads) == 1 and nxt is not None and nxt.role not in _AFTER_CLOSING and not over_letter \
                and not over_note:
            return 0  # one heading over more text, the common case: a title (the test below, at once)
        art = self.current
        if art is None or art.signature is not None or not any(p.kind == "p" for p in art.parts):
            return 0
        i = 0
        while i < len(heads) and closes_with(heads[i].text, _text_after(heads, i)):
            i += 1  # `此致` / `敬礼！`, `谨此` / `敬礼！` (not `谨此` over anything else)
        if i == len(heads):  # `此致` / `敬礼！` ending the page: the letter's end, unsigned here
            return i if nxt is None else 0
        if self.essay_dateline_at(heads, i, nxt):
            return i + 1  # `…兴衰。` / `一九八五年春于北京` / `故乡的河`: the essay's closing line
        signer = _signs_letter(art, heads, i)
        if not is_closing_block(heads[i].text) and UNKNOWN_ISSUER not in heads[i].hints and not signer:
            return i  # `此致` / `敬礼！` over the next article's title: the letter's end, or nothing
        if i + 1 == len(heads) and nxt is not None and nxt.role not in _AFTER_CLOSING \
                and not (signer and over_letter) and not (over_note and _writes_to_the_paper(art)):
            return 0  # (over an editor's note, `编者按：…`, a letter to the paper ends: its signer)
        return i + 1

    def writer_under_title(self, heads: Sequence[Block], nxt: Block | None) -> bool:
        """Whether the last of a run of two or three headings in blocks of their own is the writer's
        name under an essay's, a poem's or an instalment's title (`读《红楼梦》札记` / `张爱民` /
        `每读…`, `星期漫笔` / `春天的声音` / `李明` / its verse), as `秋日登高` / `张明` in one block
        is: one line of one bare name (`roles.is_bare_names_line`: a surname and a given name the
        tagger reads as a person's, or one the shipped lists hold) over text that does not name
        them (a profile names its subject: `张爱民是…`, `_lead_names_byline`), under a title that
        is no kicker's label (`_kicker_shaped`: `人物` / `张爱民` keeps the name the title, the word
        above its kicker) unless the text ends with a writer's closing dateline
        (`roles.is_essay_dateline`), and no further name alone over text follows on the page (a
        series of profiles, each under its subject's name). Flat text only: a coordinate page keeps
        the name in the title's block (`geometry.split_paragraphs`), and its type sizes tell."""
        if not 2 <= len(heads) <= 3 or nxt is None or nxt.role != "body":
            return False
        if any(h.bbox is not None or h.lines for h in heads):
            return False
        name, title = heads[-1].text.strip(), heads[-2].text.strip()
        if len(name) > 4 or not _HAN_RUN.fullmatch(name) or "\n" in title or not is_bare_names_line(name):
            return False
        if name in nxt.text:
            return False  # (a profile names its subject: `张爱民是…`)
        if _profile_column(title) or _honorific_name(name) or _opens_on_a_subject(nxt.text) \
                or _called_by_surname(name, title, nxt.text) or self.interview_follows(name):
            return False  # (`走近劳模` / `张秉贵` / `他在…`, `專訪` / `周潤發` / `記者：…`: the subject)
        if is_set_line_by_line(nxt.text) and is_bare_names_line(nxt.text.split("\n")[0]):
            return False  # (a list of names under them)
        if _kicker_shaped(title) and not self.closed_by_dateline():
            return False
        return not self.profiles_follow()

    def essay_goes_on(self, heads: Sequence[Block]) -> bool:
        """Whether a title and a writer's name (`writer_under_title`) after the open article's text
        open a piece of their own: the article is a piece signed so too (its byline one bare name),
        a column's label heads the pair (`长篇连载` / `山河岁月（二十三）` / `王建国`, `_column_label`),
        the text under them ends with a writer's closing dateline, or no article holds text yet.
        After a news story's text a short heading over a name over prose stays its subhead, as
        before (`抓好落实` / `王丽` / `会议要求…`), and so do three headings whose first is no column's
        label (`专家观点` / `安全是头等大事` / `李华`, `2023年10月` / `春耕忙` / `李明`)."""
        art = self.current
        if art is None or not any(p.kind == "p" for p in art.parts):
            return True
        if (len(heads) == 3 and _column_label(heads[0].text)) or self.closed_by_dateline():
            return True
        return len(art.bylines) == 1 and is_bare_names_line(art.bylines[0].text)

    def interview_follows(self, name: str) -> bool:
        """Whether the text under the run of headings being read (`run_end`, up to the next
        heading) is an interview's: a reporter's byline or question (`记者：…`, `本报记者 王丽`,
        `问：…`, `记者问：…`, `Q：…` / `A：…`) or the person's own answers (`王建国：四十年了。`,
        `王建国答：…`, `梁朝偉答：拍戲。`). The name over it is its subject, never its writer."""
        for b in self.blocks[self.run_end :]:
            if b.role in _NO_CONTENT:
                continue
            if b.role != "body":
                return False
            text = b.text.lstrip()
            if _INTERVIEW_LINE.match(text) or _answers_as(name, text):
                return True
        return False

    def closed_by_dateline(self) -> bool:
        """Whether the text under the run of headings being read (`run_end`) ends with a writer's
        closing dateline (`roles.is_essay_dateline`), the first heading after its paragraphs."""
        for b in self.blocks[self.run_end :]:
            if b.role in _NO_CONTENT:
                continue
            if is_essay_dateline(b.text):
                return True  # (`——一九九二年冬于上海` may be read as text)
            if b.role != "body":
                return False
        return False

    def profiles_follow(self) -> bool:
        """Whether a heading further down the page is one bare name alone over text (`李华` / `李华，
        1962年生…`): a series of profiles, each under its subject's name, which the first name over
        text opens too; the names stay headings there. A name the tagger does not read as one
        (`刘秀英`, `_may_be_a_name`) counts too: the series is no writer's piece either way."""
        blocks = self.blocks
        for k in range(self.run_end + 1, len(blocks) - 1):
            b = blocks[k]
            if b.role == "heading" and blocks[k - 1].role == "body" and blocks[k + 1].role == "body" \
                    and _may_be_a_name(b.text):
                return True
        return False

    def essay_dateline_at(self, heads: Sequence[Block], i: int, nxt: Block | None) -> bool:
        """Whether `heads[i]` is the closing dateline an essay, a poem or an instalment is signed off
        with (`roles.is_essay_dateline`: `一九八五年春于北京`, `（1985年春）`, `2023年10月 兰州`), right
        under the open article's last paragraph, a sentence ended (`roles.ends_sentence`), as the
        piece's last line: nothing but an ornament line or the page's end follows it, or the next
        piece's title and its writer's name (`故乡的河` / `赵晓红`, `_may_be_a_name`), which it never
        opens, under a piece no news story (`news_story`). A bare date or season (`一九五六年五月`,
        `1985年春`) closes the text at the page's end or over such a title and name only. Over a
        title alone a date, a date and a place or `写于…` may be a chronicle's entry date or a
        memoir's dated chapter (`一九六九年冬 北大荒` / `第一个冬天`), read as before."""
        lead = self.last_paragraph_block()
        if lead is None or not ends_sentence(lead.text):
            return False
        if i + 1 == len(heads):
            if nxt is not None and nxt.role not in _AFTER_CLOSING:
                return False
            return is_essay_dateline(heads[i].text, bare=nxt is None)
        if not 2 <= len(heads) - i - 1 <= 3 or self.news_story() \
                or not (_may_be_a_name(heads[-1].text) or _piece_label(heads[i + 1].text)):
            return False  # (`一九六九年冬 北大荒` / `第一个冬天` / text: a memoir's dated chapter)
        return is_essay_dateline(heads[i].text)

    def news_story(self) -> bool:
        """Whether the open article is a news story, signed with a label (`本报讯`, `本报记者 王丽`)
        rather than a writer's bare name: a date under its text over more headings is no
        writer's closing line (`2023年10月` / `春耕忙` / `李明`)."""
        art = self.current
        return art is not None and any(not is_bare_names_line(b.text) for b in art.bylines)

    def poet_under_verse(self, heads: Sequence[Block], nxt: Block | None) -> bool:
        """Whether the first of a run of headings is the poet's name signing the verse right above
        it (`李白` under `床前明月光，疑是地上霜。` / `举头望明月，低头思故乡。`), as `（李白）` does: one
        line of bare names (`roles.is_bare_names_line`) under the open article's last paragraph,
        a stanza of regular verse (`roles.set_line_kind`), the article signed by nobody yet, and
        the name heading nothing: more headings follow it (the next article's title), an ornament
        line or the page's end. A name over text is left to the title rules (`张桂梅` over a lead)."""
        art = self.current
        if art is None or art.signature is not None:
            return False
        if len(heads) == 1 and nxt is not None and nxt.role not in _AFTER_CLOSING:
            return False
        # The verse above first: the names test segments the line with jieba, and most headings
        # after an article's text stand under prose (issue #8).
        last = self.last_paragraph_block()
        kind = set_line_kind(last.text) if last is not None else None
        return kind is not None and kind.startswith("verse") and is_bare_names_line(heads[0].text)

    def titles_a_signed_poem(self, heads: Sequence[Block], nxt: Block | None) -> bool:
        """Whether a run of two headings is a poem's title over its poet's name, over the verse
        (`静夜思` / `李白` / `床前明月光，疑是地上霜。` / …, each in a block of its own): the title short
        (`_MAX_POEM_TITLE`), the name one line of bare names (`roles.is_bare_names_line`) and the
        body under them a stanza of regular verse (`roles.set_line_kind`). It starts the poem's
        article, title and byline, at the page's top or after an article's finished prose when no
        prose follows the verse, as a title alone over verse does (`titles_a_poem`). Before, the
        pair was a subhead of the open article (`静夜思 李白`), or the name the title under a kicker."""
        if len(heads) != 2 or nxt is None or nxt.role != "body" or not is_bare_names_line(heads[1].text):
            return False
        if self.current is not None:
            return self.titles_a_poem(heads[:1], nxt)
        kind = set_line_kind(nxt.text)
        return kind is not None and kind.startswith("verse") and visible_len(heads[0].text) <= _MAX_POEM_TITLE

    def names_a_column(self, heads: Sequence[Block], nxt: Block | None) -> tuple[str, int] | None:
        """The style and value of the first item's number when the first of a run of two headings is
        the name of a column of numbered news items printed under it (`聚焦两会` /
        `1.代表委员热议政府工作报告` / `本报讯 10月20日，…` / `2.代表委员建言乡村振兴` / `本报讯 …`): a
        short bare label (`roles.is_section_like`: 2-8 hanzi, no organisation) over a numbered news
        headline (`_numbered_headline`) over a byline or a dateline (`_news_item_lead`), and the next
        heading on the page the next numbered headline of the same style over one
        (`next_numbered_item`). The label is then the column's section label, each item an article
        of its own under it, until the numbering ends (`close_ended_column`). Over a date-led
        paragraph (`10月20日，…`, `近日，…`) the run keeps its older reading, the label the title and
        the items its numbered subheads (`numbers_more_sections`): a story's numbered sections open
        so as often (`冬季供暖` / `一、全市提前启动冬季供暖` / `10月25日起，…`). None otherwise."""
        if len(heads) != 2 or not _news_item_lead(nxt) or not is_section_like(heads[0].text):
            return None
        number = _numbered_headline(heads[1].text)
        if number is None:
            return None
        style, value = number
        return number if self.next_numbered_item() == (style, value + 1) else None

    def next_numbered_item(self) -> tuple[str, int] | None:
        """The style and value of the number (`_section_number`) of the first heading after the run
        being read when it is a numbered news headline (`_numbered_headline`) alone over a byline
        or a dateline (`_news_item_lead`), the next item of a column of them; None otherwise."""
        rest = list(islice(self.blocks, self.run_end, None))
        at = next((i for i, b in enumerate(rest) if b.role == "heading"), None)
        if at is None:
            return None
        if not _news_item_lead(_next_content(rest, at + 1)):
            return None
        return _numbered_headline(rest[at].text)

    def close_ended_column(self, heads: Sequence[Block]) -> None:
        """Before a new article under a column of numbered news items (`self.column`): the article
        is the column's next item when one of its headings is numbered next in the column's style
        (`3.` after `2.`), and the column goes on; else the column's numbering has ended and so has
        its section (`全市秋粮收购进度加快` / `本报讯 …` after it is no item of `聚焦两会`)."""
        if self.column is None:
            return
        style, value = self.column
        if any(_section_number(h.text) == (style, value + 1) for h in heads):
            self.column = style, value + 1
        else:
            self.section, self.column = None, None

    def heads_a_numbered_section(self, heads: Sequence[Block], nxt: Block) -> bool:
        """Whether a run of headings over text opening with a date (`_starts_article`: a news lead's
        cue) heads a numbered section of the open article instead: each heading opens with a
        section's number (`roles.opens_numbered_section`) and the article announces or holds such
        sections (`announces_numbered_sections`: `一、会议时间` / `10月20日上午9时。` in a notice,
        `二、保障民生` / `近日，…` under the story's subhead `一、提前供暖`). The caller checks the open
        article's text does not end (a signature, an ornament line, a notice's formula); a byline or
        a dateline under a numbered heading (`一、全市召开会议` / `本报讯 …`) still starts an article,
        and so, with no such cue, does `1.全市秋粮收购工作启动` / `10月20日，…` right after a finished
        story: a column of numbered news items, each its own article."""
        if self.current is None or nxt.role != "body":
            return False
        if not all(opens_numbered_section(h.text) for h in heads):
            return False
        return self.announces_numbered_sections(heads[0])

    def announces_numbered_sections(self, head: Block) -> bool:
        """Whether the open article takes a numbered heading (`head`) as a section of its own: it is a
        notice, a statement or a letter (`_is_a_document`), its text so far ends with a colon
        (`…具体安排如下：`), or its own earlier subheads are numbered and `head` goes on their
        numbering (`_goes_on_numbering`: `二、` after `一、`, `（一）` under `一、`)."""
        art = self.current
        if art is None:
            return False
        if _is_a_document(art):
            return True
        last = next((p for p in reversed(art.parts) if p.kind not in _JUMPABLE), None)
        if last is not None and last.kind == "p" and _last_body(last).text.rstrip().endswith((":", "：")):
            return True
        earlier = [b.text for p in art.parts if p.kind == "head" for b in p.blocks]
        return _goes_on_numbering(earlier, head.text)

    def opens_news_item(self, heads: Sequence[Block]) -> bool:
        """Whether a lone heading over plain body is the headline of the next short news item (简讯)
        rather than a subhead: a column of items prints each as a headline and a paragraph, often
        with no byline or dateline after the first. It is when the open article is a titled item
        holding one paragraph, which ends a sentence, and nothing else but furniture, and the heading
        reads as a headline (`_NEWS_HEADLINE`: 6-20 characters of one unbroken phrase). A subhead is
        told by its form: two phrases set apart by a space (`强基层 补短板`) or a comma, a number,
        brackets, or a short label (`票价不变`); after two paragraphs or more a heading stays a
        subhead. Flat text only: boxes tell a headline by its type size (hint `headline`), and a
        markdown heading or emphasis (hints) is left to the markup's own levels."""
        art = self.current  # (called only with an article open and plain body after the run)
        if art is None or len(heads) != 1 or not art.titles:
            return False
        head = heads[0]
        if head.bbox is not None or head.lines or head.hints:
            return False
        if not _NEWS_HEADLINE.fullmatch(head.text.strip()):
            return False
        if any(p.kind not in ("p", "fw") for p in art.parts):
            return False
        paragraphs = [p for p in art.parts if p.kind == "p" and not _is_closing_address(p)]
        return len(paragraphs) == 1 and ends_sentence(_last_body(paragraphs[0]).text)

    def titles_a_poem(self, heads: Sequence[Block], nxt: Block) -> bool:
        """Whether a lone heading over a stanza of regular verse (`roles.set_line_kind`: `静夜思` over
        `床前明月光，疑是地上霜。` / `举头望明月，低头思故乡。`) is the title of a poem printed after the
        open article rather than its subhead: the heading is short (`_MAX_POEM_TITLE`), the
        article's last paragraph is finished prose, a sentence ended (`ends_sentence`) and no verse
        itself, and no prose follows the verse before a heading (`prose_after_verse`: that is a poem
        the article quotes, `poem_reading`). A paragraph announcing a quotation (`…吟诵：`)
        or cut mid-sentence keeps the verse under it in its article, as a subhead over prose stays
        one. A poem after a poem is left as it was read (the poems of a cycle, `其一` / `其二`, share
        their article)."""
        return self.poem_reading(heads, nxt) == "own"

    def poem_reading(self, heads: Sequence[Block], nxt: Block) -> Literal["own", "quoted"] | None:
        """How a lone heading standing as a poem's title does after finished prose
        (`heads_a_poem_after_prose`) reads: `"own"`, the title of a poem printed after the open
        article (`titles_a_poem`), or `"quoted"`, the title of a poem the open article quotes and goes
        on after, when prose follows the verse with no heading between (`prose_after_verse`:
        `…写下了这首诗。` / `静夜思` / `床前明月光，疑是地上霜。` / … / `诗中表达了…`; the title is then a
        line of the quotation, a paragraph of its own, not a subhead heading the prose after the
        poem); None for any other heading. The verse and what follows it are read once for both."""
        if not self.heads_a_poem_after_prose(heads, nxt):
            return None
        return "quoted" if self.prose_after_verse() else "own"

    def heads_a_poem_after_prose(self, heads: Sequence[Block], nxt: Block) -> bool:
        """Whether a lone short heading (`_MAX_POEM_TITLE`) stands over a stanza of regular verse
        (`roles.set_line_kind`) after the open article's finished prose: its last paragraph ends a
        sentence (`ends_sentence`) and is no verse itself. The verse is two lines at least
        (`verse_lines_from`): one line alone under a heading is a couplet or a slogan the subhead
        heads (`产业兴旺` / `不忘初心跟党走，牢记使命再出发。` / `会议指出，…`), no poem."""
        if len(heads) != 1 or nxt.role != "body" or visible_len(heads[0].text) > _MAX_POEM_TITLE:
            return False
        kind = set_line_kind(nxt.text)
        if kind is None or not kind.startswith("verse"):
            return False
        last = self.last_paragraph_block()
        if last is None or not ends_sentence(last.text.rstrip()) or set_line_kind(last.text) is not None:
            return False
        return self.verse_lines_from(nxt) >= _MIN_POEM_LINES

    def verse_lines_from(self, first: Block) -> int:
        """How many lines of verse (`roles.set_line_kind`, any size) stand from the block `first` on,
        in it and the blocks right after it (body or headings; furniture, notes and figures
        skipped), counted up to `_MIN_POEM_LINES`: a poem's stanza in one block or one line a
        block."""
        start = next((i for i, b in enumerate(self.blocks) if b is first), None)
        following = [first] if start is None else islice(self.blocks, start, None)
        lines = 0
        for b in following:
            if b.role in _NO_CONTENT:
                continue
            kind = set_line_kind(b.text) if b.role in ("body", "heading") else None
            if kind is None or not kind.startswith("verse"):
                break
            lines += len(b.text.strip().split("\n"))
            if lines >= _MIN_POEM_LINES:
                break
        return lines

    def numbers_more_sections(self) -> bool:
        """Whether a numbered heading ending the run being read is the first of the article's
        numbered sections: the first heading after the run on the page opens a section numbered
        past the first (`二、保障民生` after `一、提前供暖`), so the heading over the run's numbered one
        is the title (`_numbered_subheads_at`). A single numbered heading under a heading is a
        numbered news title under its kicker (`聚焦两会` / `1.代表委员热议政府工作报告`)."""
        for b in islice(self.blocks, self.run_end, None):
            if b.role != "heading":
                continue
            if not opens_numbered_section(b.text):
                return False
            number = _section_number(b.text)
            return number is None or number[1] > 1
        return False

    def prose_after_verse(self) -> bool:
        """Whether prose follows the verse under the run of headings being read, with no heading
        between: the first block after its stanzas (lines of verse of any size, in blocks of their
        own or not; furniture, notes and figures skipped) is body text that is no verse, rows or
        names (`roles.is_set_line_by_line`), no words in brackets (`（完）`) and no note on the poem
        (`_VERSE_NOTE`: `注：…`). A poem printed as an article of its own ends at the next title, its
        poet's name (a heading, a signature), an ornament line or the page's end."""
        for b in islice(self.blocks, self.run_end, None):
            if b.role in _NO_CONTENT:
                continue
            kind = set_line_kind(b.text) if b.role in ("body", "heading") else None
            if kind is not None and kind.startswith("verse"):
                continue  # the poem's next stanza or line
            text = b.text
            return b.role == "body" and not is_set_line_by_line(text) and not _is_bracketed_words(text) \
                and _VERSE_NOTE.match(text) is None
        return False

    def continues_list(self, heads: Sequence[Block], nxt: Block | None) -> bool:
        """Whether a run of headings is items of a list the open article announces: each opens with
        an item number or a bullet, right after a paragraph ending with a colon (`会议要求：`) or after
        such an item, and there are two of them or the list goes on in the body after them. A lone
        numbered subhead above its body (`一、坚持党的领导`) stays a subhead; headings followed by a
        byline still start an article."""
        art = self.current  # (every test is pure: the cheap ones that fail for most runs go first)
        if art is None or any("headline" in h.hints for h in heads):
            return False
        last = next((p for p in reversed(art.parts) if p.kind not in _JUMPABLE), None)
        if last is None or last.kind != "p":
            return False
        body = _last_body(last)
        if id(body) not in self.list_items and not body.text.rstrip().endswith((":", "：")):
            return False
        if not all(opens_list_item(h.text) for h in heads) or _starts_article(nxt):
            return False
        return len(heads) >= 2 or (nxt is not None and nxt.role == "body" and opens_list_item(nxt.text))

    def block(self, b: Block) -> None:
        role = b.role
        if role == "note" and self.current is not None and _takes_table_note(self.current, b):
            b.role = TABLE_NOTE
            self.current.parts[-1].blocks.append(b)
        elif role in _SET_APART:
            if self.current is None:
                self.out.front.append(b)
            else:
                self.current.parts.append(Part("fw", [b]))
        elif role == "byline":
            art = self.current
            # (a keyword line under the title opens no text: `关键词：…` / `本报记者 王丽`; a cartoon
            # heads none: `漫画 方成` / `“…”` / `本报评论员`)
            opened = art is not None and (any(
                p.kind == "head" or (p.kind == "p" and not _keywords_only(p)) for p in art.parts
            ) or _only_artist_figures(art))
            if art is None or opened:
                art = self.new_article("no-title")
            else:
                _name_is_title(art, b)
            art.bylines.append(b)
        elif role == "marker":
            markers = block_markers(b.text, b.hints)
            from_marker = bool(markers) and markers[0].direction == "from"
            art = self.article("no-title" if from_marker else "starts-mid-article")
            if from_marker and any(p.kind in ("p", "head") for p in art.parts):
                art = self.new_article("no-title")  # text continued from elsewhere starts a new fragment
            for m in markers:
                if m.direction == "from":
                    art.continued_from = art.continued_from or m.page
                elif m.page is not None:  # (`（未完）` names no page: a page named before stays)
                    art.continued_to = m.page
            art.continuation = " ".join(x for x in (art.continuation, self.own_text(b)) if x)
            art.parts.append(Part("marker", [b]))
        elif role in ("graphic", "table"):  # a table is a figure part of its own: never a paragraph
            art = self.article("no-title")
            above = _take_table_caption(art) if role == "table" else []
            art.parts.append(Part("figure", [*above, b]))
        elif role in ("caption", "credit"):
            art = self.article("no-title")
            last = art.parts[-1] if art.parts else None
            if last is not None and last.kind == "figure" and takes_figure_text(last.blocks, role):
                last.blocks.append(b)
            else:
                art.parts.append(Part("figure", [b]))
            (art.captions if role == "caption" else art.credits).append(b)
        elif role == "signature":
            self.signature(b)
        elif role == SEPARATOR:
            self.separator(b)
        else:
            b.role = "body"
            if self.current is not None and self.current.signature is not None:
                self.new_article("no-title")  # a signature closes its article
            # A listing's rows before any heading (`中央电视台一套` / `8:00 朝闻天下` / … in one block)
            # are a whole text with their label inside, not the end of an article from elsewhere.
            # On a coordinate page the boxes decide, as they do for the rows (`_read_listing_rows`).
            opens_page = self.current is None
            whole = opens_page and b.bbox is None and _is_listing_rows(b)
            art = self.article() if whole else self.article("starts-mid-article")
            if not art.parts and _lead_names_byline(art, b):
                _bylines_are_title(art)  # `时代楷模` / `张桂梅` over `张桂梅是…`: the subject's name
            art.parts.append(Part("p", [b]))


    def separator(self, b: Block) -> None:
        """An ornament line: a part of the open article, where it stands (what comes next decides
        whether it parts two sections of the article or the article from the next), or, before any
        article, the page's front."""
        if self.current is None:
            self.out.front.append(b)
        else:
            self.current.parts.append(Part("separator", [b]))

    def kicker_above(self, b: Block, nxt: Block | None) -> bool:
        """Whether a body block of words wholly in round brackets (`（受权发布）`, `（图文）`, read as
        text by the labels: `roles.closes_with_bracketed_words`) is the kicker of the article the
        heading right under it (`nxt`) opens: it stands at an article's start, the page's start or
        after an ornament line. Under a paragraph or a signature it closes the article above, as
        `（完）` does (`takes_signed_end_note`). Decided by position, not by the words; an end note
        (`（完）`, `（据新华社电）`: `roles.ends_sentence`) is never one."""
        if nxt is None or nxt.role != "heading":
            return False
        art = self.current
        if art is not None and not _ends_with_separator(art):
            return False
        text = b.text
        return _is_bracketed_words(text) and not ends_sentence(text)

    def takes_signed_end_note(self, b: Block, nxt: Block | None) -> bool:
        """Whether a body block wholly in round brackets right under the open article's signature
        (`（记者 王丽）` / `（本报综合）`, `（王丽 整理）`, `（完）`) is an end note closing that article,
        and if so add it as its last paragraph, as a note right under the text is, marked as printed
        under the signature (`Part.under_signature`: the writers keep that order): the page ends
        after it, or an ornament line or a heading (which heads the next article) follows it. With
        text after it, it opens an article of its own, as before."""
        art = self.current
        if art is None or art.signature is None or _ends_with_separator(art):
            return False
        if (nxt is not None and nxt.role not in ("heading", SEPARATOR)) or not _is_bracketed_words(b.text):
            return False
        art.parts.append(Part("p", [b], under_signature=True))
        return True

    def takes_editor_note(self, b: Block) -> bool:
        """Whether a body block is the editor's note printed under a letter to the paper and its
        signature (`编者按：…`, `编者附言：…`, `编后：…`, `【编者按】…`: `roles.opens_editor_note`), or a
        further paragraph of such a note, and if so add it to the letter as a paragraph printed under
        the signature (`Part.under_signature`), as an end note is: the note stays with its letter, in
        the order printed. A salutation (`编辑同志：`) opens the next letter instead, an article of its
        own; so does anything after an ornament line."""
        art = self.current
        if art is None or art.signature is None or _ends_with_separator(art):
            return False
        if b.role != "body" or not _writes_to_the_paper(art) or opens_with_salutation(b.text):
            return False
        under = [p for p in art.parts if p.under_signature]
        if under:  # a further paragraph of the note, never of another end note (`（本报综合）`)
            if not (under[0].kind == "p" and opens_editor_note(under[0].blocks[0].text)):
                return False
        elif not opens_editor_note(b.text):
            return False
        art.parts.append(Part("p", [b], under_signature=True))
        return True

    def reader_signs(self, b: Block, nxt: Block | None) -> bool:
        """Whether a body block wholly in round brackets naming who a reader is and their name
        (`（兰州市民 王建国）`, `（甘肃兰州 读者 王建国）`, `（读者 王建国）`: `_bracketed_reader_signer`)
        signs the open article, a letter to the paper (`_writes_to_the_paper`) with text and no
        signature yet. The name alone (`（王建国）`) is a signature already (`roles`); with the
        reader's words before it the labels keep such a line as text, since under a news story it may
        be a note. It closes the letter only where a letter's signer stands: the page's end, a
        heading or an ornament line (the paper's reply, `记者调查`, the next letter), an editor's
        note (`编者按：…`) or the next letter's salutation under it."""
        art = self.current
        if art is None or art.signature is not None or not any(p.kind == "p" for p in art.parts):
            return False
        if not _bracketed_reader_signer(b.text) or not _writes_to_the_paper(art):
            return False
        if nxt is None or nxt.role in ("heading", SEPARATOR):
            return True
        return nxt.role == "body" and (opens_editor_note(nxt.text) or opens_with_salutation(nxt.text))

    def author_signs(self, b: Block, nxt: Block | None) -> bool:
        """Whether a bare author line (`作者：王丽`, `roles.is_author_line`) signs the open article
        rather than starting one: it stands after the article's text, the article has no signature
        yet, and no paragraph follows it for it to head (the page ends, or a heading, byline or
        figure comes next). So it closes the article as `（作者：王丽）` does."""
        art = self.current
        if art is None or art.signature is not None or not any(p.kind == "p" for p in art.parts):
            return False
        if nxt is not None and nxt.role in ("body", "signature", "marker"):
            return False
        return is_author_line(b.text)

    def dateline_closes(self, b: Block, nxt: Block | None) -> bool:
        """Whether a dispatch's dateline alone in brackets (`（本报×月×日电）`, `（新华社3月9日电）`:
        `roles.is_bracketed_dateline`) closes the open article as its signature, as papers of the
        1980s print it under a short item: it stands after the article's text, a sentence ended, the
        article has no signature yet, and no paragraph follows it for it to open (the page ends, or a
        heading, byline or figure comes next). Before, it was an article of its own holding only a
        byline; over a lead it is still that lead's byline."""
        art = self.current
        if art is None or art.signature is not None or not any(p.kind == "p" for p in art.parts):
            return False
        if nxt is not None and nxt.role in ("body", "signature", "marker"):
            return False
        last = self.last_paragraph_block()
        return last is not None and ends_sentence(last.text) and is_bracketed_dateline(b.text)

    def signature(self, b: Block) -> None:
        """A bracketed name: the signature closing the article above it; a reporter's line under the
        headings, before any paragraph (`（记者 王丽）`), is the article's byline, as papers print it;
        a name with nothing signed above it is kept as text."""
        art = self.article("starts-mid-article")
        has_text = any(p.kind in ("p", "head") for p in art.parts)
        if not has_text and (art.titles or art.kicker) and is_reporter_signature(b.text):
            b.role = "byline"
            art.bylines.append(b)
        elif art.signature is None and has_text:
            art.signature = b
        else:
            b.role = "body"
            art.parts.append(Part("p", [b]))


#: A name's hanzi only (`张爱民`, `刘小燕`), for `_Builder.writer_under_title`.
_HAN_RUN = regex.compile(r"\p{Han}{2,4}")
#: The words a column's label or a kicker over a person's name is made of: nouns, adjectives and
#: time words (`人物`, `时代楷模`, `最美奋斗者`, `先进人物`), jieba's tags' first letters.
_KICKER_WORD_TAGS = ("n", "a", "t", "b", "j", "l")


def _kicker_shaped(title: str) -> bool:
    """Whether a heading over a person's name may be the kicker over the name as a title, as a
    column's label is (`人物` / `张爱民`, `时代楷模` / `张桂梅`): a section label, a desk's name or a
    bracketed label (`is_section_like` and words of a label), or two to six hanzi, no `的` or `之`,
    made of nouns and adjectives alone (`_KICKER_WORD_TAGS`). An essay's or a poem's title is
    mostly not so shaped: a phrase with `的` (`故乡的河`), a book's title (`读《红楼梦》札记`), an
    instalment's number (`山河岁月（二十三）`), a verb (`守望`). `故乡` or `致远方` over a name stay
    the kicker over it, unless the text ends with a writer's dateline."""
    if is_bracketed_label(title) or is_section_name(title) or has_section_word(title) \
            or is_letter_label(title) or is_prize_grade(title):
        return True
    if not _KICKER_HANZI.fullmatch(title) or "的" in title or "之" in title:
        return False
    return all(tag.startswith(_KICKER_WORD_TAGS) for _, tag in tagged_words(title))


#: A kicker's shape: two to six hanzi.
_KICKER_HANZI = regex.compile(r"\p{Han}{2,6}")

#: The words of a profile's, an interview's or a people column's label over its subject's name
#: (`人物专访`, `走近劳模`, `專訪`, `对话`, `身边的榜样`, `台灣之光`), simplified and traditional.
_PROFILE_COLUMN_WORDS = (
    "人物", "专访", "專訪", "访谈", "訪談", "对话", "對話", "走近", "走進", "榜样", "榜樣", "楷模",
    "风采", "風采", "之光", "劳模", "勞模", "英模", "先进", "先進", "身边", "身邊", "采访", "採訪",
    "访问", "訪問", "面对面", "面對面", "群英",
)
#: A vox pop's label: people then `说` (`市民说`, `代表说`, `網友說`).
_VOX_POP = regex.compile(r"\p{Han}{2,4}[说說]")
#: How a person is called by others, never signed so (`李大爷`, `王师傅`, `张老师`).
_HONORIFICS = (
    "大爷", "大爺", "大妈", "大媽", "大娘", "大姐", "大哥", "大叔", "阿姨", "师傅", "師傅", "老师",
    "老師", "先生", "女士", "同志", "奶奶", "爷爷", "爺爺", "婆婆", "老汉", "老漢", "老人",
)
#: A lead that opens on a third person, the subject of a profile (`他在百货大楼…`, `她是…`).
_SUBJECT_PRONOUN = regex.compile(r"[\t\p{Zs}]*[他她](?:们|們)?(?![人乡鄉])")
#: A profile's lead opening on its subject (`这位七十岁的老人…`, `老人今年七十八岁，…`).
_SUBJECT_OPENERS = ("这位", "這位", "老人")
#: A lead's first clause, up to its first comma or full stop.
_FIRST_CLAUSE = regex.compile(r"[^，,。；;！？!?]*")
#: A subject described in a lead's first clause (`今年四十二岁的她`, `七十岁的老人`).
_SUBJECT_IN_CLAUSE = regex.compile(r"的(?:她|他|老人)(?![们們人乡鄉家])")
#: How others address a person after their surname (`李老师`, `刘大姐`, `李书记`), never how a
#: writer signs.
_ADDRESS_FORMS = (
    "老师", "老師", "大姐", "大哥", "师傅", "師傅", "书记", "書記", "大爷", "大爺", "大妈", "大媽",
    "大娘", "大叔", "阿姨", "奶奶", "爷爷", "爺爺", "婆婆", "老汉", "老漢", "主任", "校长", "校長",
    "医生", "醫生", "大夫", "院士", "教授", "村长", "村長", "支书", "支書", "队长", "隊長", "厂长",
    "廠長", "站长", "站長", "嫂子", "大嫂", "姐姐", "阿婆", "伯伯",
)
#: The hanzi after `小` or `老` that are surnames but make a word of their own there (`小路`, `老家`).
_NOT_ADDRESSES = {
    "小": "时時路区區麦麥米孩姐心学學吃河山鸟鳥花草雨雪城镇鎮村屋狗猫"
        "貓鱼魚牛马馬羊楼樓院街巷桥橋车車店事平康满滿寒暑年石田树樹",
    "老": "家师師人年乡鄉板闆婆公虎鼠实實天头頭大林屋街马馬牛黄黃城房树"
        "樹宅井路友兵农農汉漢伴少歌区區山河江百爷爺母父妈媽爸姐弟哥鹰鷹",
}
#: An interview's text: a reporter's question or byline, or a question's or answer's label.
_INTERVIEW_LINE = regex.compile(
    r"(?:(?:本报|本報)?(?:记者|記者)[问問]?|主持人|[问問答QAＱＡ])[\t\p{Zs}]*[：:]|(?:本报|本報)(?:记者|記者)"
)
#: Words that open a column's label over a title and its writer (`长篇连载`, `夜读抄`).
#: A serial's chapter heading (`第四章`, `第三章 风雪夜归人`, `第十二回`): never a new piece's title.
_CHAPTER = regex.compile(r"第[\d〇零一二三四五六七八九十百两]+[章回节]")

_COLUMN_LABEL_WORDS = (
    "连载", "連載", "随笔", "隨筆", "散文", "杂文", "雜文", "诗", "詩", "漫笔", "漫筆", "札记", "札記",
    "夜读", "夜讀", "笔会", "筆會", "小品", "书简", "書簡",
)


def _profile_column(title: str) -> bool:
    """Whether a heading over a bare name is a profile's, an interview's or a people column's label
    (`人物专访`, `走近科学家`, `專訪`, `对话`, `身边的榜样`, `市民说`): the name under it is the
    subject, the title as before, never the byline."""
    t = title.strip()
    return any(w in t for w in _PROFILE_COLUMN_WORDS) or (
        _VOX_POP.fullmatch(t) is not None and tagged_words(simplified_text(t[:-1]))[-1][1].startswith("n")
    )


def _honorific_name(name: str) -> bool:
    """Whether a bare name calls a person as others do (`李大爷`, `王师傅`): a subject, not a
    writer's signature."""
    return name.endswith(_HONORIFICS)


def _opens_on_a_subject(lead: str) -> bool:
    """Whether a lead opens on a third person (`他在百货大楼站了一辈子柜台。`, `这位七十岁的老人…`,
    `老人今年七十八岁，…`, `今年四十二岁的她，…`, `七十岁的老人每天巡山。`): a profile's, whose
    subject the name over it is. A first clause holding `我` is a writer's own (`我想起村口的老人，…`)."""
    if _SUBJECT_PRONOUN.match(lead) is not None:
        return True
    text = lead.lstrip()
    if text.startswith(_SUBJECT_OPENERS):
        return True
    clause = _FIRST_CLAUSE.match(text)
    first = clause.group() if clause else text
    return "我" not in first and _SUBJECT_IN_CLAUSE.search(first) is not None


def _answers_as(name: str, text: str) -> bool:
    """Whether an interview's line gives the subject's own answer (`王建国：四十年了。`,
    `王建国答：…`, `梁朝偉說：…`): the name over the text is the person interviewed."""
    return regex.match(regex.escape(name) + r"[答说說]?[\t\p{Zs}]*[：:]", text) is not None


def _called_by_surname(name: str, title: str, lead: str) -> bool:
    """Whether the title or the lead under a bare name calls that person by their surname as others
    do (`李老师`, `刘大姐`, `王师傅`, `李书记`, `老李`, `小李`): the name is a profile's subject
    (`大山的女儿` / `李春燕` / `清晨五点，李老师就起床了。`, `老李的菜园` / `李建国`), never the writer,
    who does not address themselves so. Words that only look so (`小路`, `老家`, `小时`) do not count."""
    text = title + "\n" + lead
    for surname in {name[:1], name[:2]} if len(name) >= 3 else {name[:1]}:
        if not regex.fullmatch(r"\p{Han}+", surname):
            continue
        if regex.search(regex.escape(surname) + "(?:" + "|".join(_ADDRESS_FORMS) + ")", text):
            return True
        for m in regex.finditer("[老小]" + regex.escape(surname), text):
            if len(surname) > 1 or surname not in _NOT_ADDRESSES[m.group()[0]]:
                return True
    return False


def _reported(art: Article) -> bool:
    """Whether an article is a news report: a byline of its is a report's (`_reports`)."""
    return any(_reports(b) for b in art.bylines)


def _reports(byline: Block) -> bool:
    """Whether a byline is a news report's: it holds a label or a dateline (`本报记者 王丽`, `本报讯`,
    `新华社北京10月20日电`), neither a writer's bare name nor a commentator's (`本报评论员`)."""
    return not is_bare_names_line(byline.text) and not is_commentator_byline(byline.text)


def _piece_label(text: str) -> bool:
    """Whether a heading is a supplement's column label over a piece (`随笔`, `夜读抄`, `长篇连载`,
    `【散文】`): at most six hanzi ending in a literary column's word (`_COLUMN_LABEL_WORDS`), or
    such a word of two hanzi and one more (`夜读抄`), its brackets left out, or a commentary's
    label (`roles.is_opinion_label`). A heading merely holding the word (`诗意西湖`, `散文的魅力`)
    is a subhead's or a title's, no label."""
    t = text.strip()
    if is_bracketed_label(t):
        t = t[1:-1].strip()
    if is_opinion_label(t):
        return True
    if _KICKER_HANZI.fullmatch(t) is None:
        return False
    return t.endswith(_COLUMN_LABEL_WORDS) or (
        len(t) == 3 and t[:2] in _COLUMN_LABEL_WORDS
    )


def _opinion_piece(art: Article) -> bool:
    """Whether an article is a commentary, after whose text a commentary's label over a title opens
    the next piece: its kicker or its section's label is a commentary's label (`短评`, `社论`), a
    byline of its names a commentator (`本报评论员`), or it is signed with a writer's bare name
    alone (`让城市更有温度` / `张明`: a signed piece, as `literary_label_over_title` reads it). A news
    story, with a reporter's byline or a dateline or with none, is none: a label and title under it
    are its box."""
    labels = [*art.kicker, *([art.section_head] if art.section_head is not None else [])]
    if any(is_opinion_label(k.text) for k in labels):
        return True
    if len(art.bylines) == 1 and is_bare_names_line(art.bylines[0].text):
        return True
    return any(is_commentator_byline(b.text) for b in art.bylines)


def _column_label(text: str) -> bool:
    """Whether a heading over a title and a writer's name is a column's label (`长篇连载`, `副刊`,
    `【随笔】`, `夜读抄`), which a piece of its own runs under even after a news story's text."""
    t = text.strip()
    return is_section_name(t) or has_section_word(t) or is_bracketed_label(t) \
        or any(w in t for w in _COLUMN_LABEL_WORDS)


def _may_be_a_name(text: str) -> bool:
    """Whether a heading may be a person's bare name (`roles.is_bare_names_line`), or a surname over
    a given name the tagger does not read as a name (`刘秀英`, `张淑芬`: `lexicon.is_common_name`, or
    a surname then hanzi jieba tags a name)."""
    s = text.strip()
    if is_bare_names_line(s):
        return True
    if not _HAN_RUN.fullmatch(s):
        return False
    s = simplified_text(s)
    if is_common_name(s):
        return True
    return opens_with_surname(s) and any(tag.startswith("nr") for _, tag in tagged_words(s)[1:])


def _name_is_title(art: Article, byline: Block) -> None:
    """A byline with a label or a dateline (`本报讯`, `本报记者 王丽`) under a bare name the labels
    cut off the title line above it (`时代楷模` / `张桂梅`, `roles._title_over_byline_pieces`): the name
    is the title, the line above it the kicker, as when the two stand in blocks of their own. Only
    before any text and when every byline so far is such a name."""
    if not art.bylines or not art.titles or art.parts or is_bare_names_line(byline.text):
        return
    if not all(is_bare_names_line(b.text) for b in art.bylines):
        return
    _bylines_are_title(art)


def _lead_names_byline(art: Article, lead: Block) -> bool:
    """Whether the first paragraph under a title and one bare name the labels cut off under it as
    the byline (`时代楷模` / `张桂梅`, `roles.is_bare_names_line`) opens with that name (`张桂梅是…`):
    a writer does not open their text with their own name, so the name is the article's subject, the
    title. The lead must open with the name as a word (`lexicon.opens_with_word`): `王丽` over
    `王丽娟家的院子里…` or `张伟` over `张伟大的祖国…` is the writer. Never with a byline holding a label
    or two names (`王丽 李华`), nor before any title. The cheap tests first: the jieba passes of
    `is_bare_names_line` and `opens_with_word` only for a lead opening with the byline's text."""
    if not art.titles or len(art.bylines) != 1:
        return False
    name = art.bylines[0].text.strip()
    text = lead.text.lstrip()
    if not name or not text.startswith(name) or " " in name or "\u3000" in name or "、" in name:
        return False
    return is_bare_names_line(name) and opens_with_word(text, name)


def _bylines_are_title(art: Article) -> None:
    """Make the bare names the labels read as the byline of `art` its title, and its title lines the
    kicker over them (`_name_is_title`, `_lead_names_byline`)."""
    for title in art.titles:
        title.role = "kicker"
    art.kicker.extend(art.titles)
    for name in art.bylines:
        name.role = "title"
    art.titles = art.bylines
    art.bylines = []


def _is_bracketed_words(text: str) -> bool:
    """Whether a block is words wholly in one pair of round brackets (`（受权发布）`, `（本报综合）`,
    `（完）`), not an item number (`roles.closes_with_bracketed_words`)."""
    return _BRACKETED_NOTE.fullmatch(text) is not None and closes_with_bracketed_words(text)


#: A reporter's or a correspondent's label: a bracketed line holding one is a reporter's signature
#: (`roles.is_reporter_signature`), never a reader's (`_bracketed_reader_signer`).
_REPORTER_WORDS = regex.compile(r"记者|通讯员|特约|本报|编辑")


def _bracketed_reader_signer(text: str) -> bool:
    """Whether a block is a reader's signer's line wholly in round brackets: who or where the reader
    is, then their name (`（兰州市民 王建国）`, `（甘肃兰州 读者 王建国）`, `（读者 王建国）`,
    `（台北 讀者 陳志明）`), as `roles.is_reader_signer` or `roles.is_letter_signer` reads it unbracketed,
    with at least two fields (the name alone is a signature already). A reporter's label
    (`（记者 王丽）`, `（通讯员 张强）`) is no reader's."""
    if _BRACKETED_NOTE.fullmatch(text.strip()) is None:
        return False
    inner = text.strip()[1:-1].strip()
    if len(inner.split()) < 2 or _REPORTER_WORDS.search(simplified_text(inner)):
        return False
    return is_reader_signer(inner) or is_letter_signer(inner)


def _opens_letter(heads: Sequence[Block], nxt: Block | None) -> bool:
    """Whether a run of headings opens a reader's letter: a letter's column label first
    (`roles.is_letter_label`: `读者来信`, `来信照登`), at most one heading under it (the letter's
    title), over a salutation (`_opens_next_letter`: `编辑同志：`). The letter is an article of its own,
    the label its title (or its kicker over its title), never a subhead of the article above."""
    return 1 <= len(heads) <= 2 and is_letter_label(heads[0].text) and _opens_next_letter(nxt)


def _opens_next_letter(nxt: Block | None) -> bool:
    """Whether a block opens a letter's or a notice's text with a salutation
    (`roles.opens_with_salutation`: `编辑同志：` on its own line or glued to the text)."""
    return nxt is not None and nxt.role == "body" and opens_with_salutation(nxt.text)


def _opens_editor_note(nxt: Block | None) -> bool:
    """Whether a block is text opening with an editor's note's label (`roles.opens_editor_note`:
    `编者按：…`, `编者附言：…`), which the paper prints under a reader's letter and its signer."""
    return nxt is not None and nxt.role == "body" and opens_editor_note(nxt.text)


def _is_a_letter(art: Article) -> bool:
    """Whether an article holds a letter or a notice, whose signer may stand alone under its text
    with no date (`张明`, `红星公社第三生产队 张明`: `roles.is_letter_signer`) and whose every salutation
    is a paragraph of its own. Only on strong evidence: a letter's column label heads it (`读者来信`:
    `roles.is_letter_label`), its title names such a document (`关于…的通知`), or its first paragraph
    opens with a salutation to someone (`编辑同志：`, `各公社、各大队：`). A salutation further down
    (`毛主席教导我们：`, `各位市民：` in a news story) is no such evidence, nor a speaker's address to
    the hall (`同志们：`, `_addresses_a_crowd`): a speech is signed by no name under it. A salutation
    to the paper's editors anywhere (`编辑女士：`, `_salutes_the_editor`) is: speeches and news do not
    address the editor."""
    if _writes_to_the_paper(art) or any(names_a_document(t.text) for t in art.titles):
        return True  # (`编辑女士：` under a news story's text: a letter to the paper printed under it)
    paras = [p.blocks[0].text for p in art.parts if p.kind == "p" and not _is_number_part(p)]
    return bool(paras) and opens_with_salutation(paras[0]) and not _addresses_a_crowd(paras[0])


def _salutes_the_editor(text: str) -> bool:
    """Whether a paragraph opens with a salutation to the paper's editors (`编辑同志：`, `編輯先生：`,
    `尊敬的编辑：`, `人民日报编辑部：`): only a letter to the paper does, wherever it is printed."""
    colon = text.lstrip().find("：")
    return opens_with_salutation(text) and "编辑" in simplified_text(text.lstrip()[:colon])


#: How a speaker addresses the hall, read on the addressee before the colon: anyone `各位…`
#: (`尊敬的各位来宾`, `各位领导、各位来宾`), a plural in `们` (`同志们`, `社员同志们`), or guests,
#: delegates and leaders (`尊敬的来宾`, `各位代表`, `尊敬的领导`). A letter to the paper names none.
_CROWD_ADDRESS = regex.compile(r"各位|(?:们|来宾|嘉宾|代表|领导)$")


def _addresses_a_crowd(text: str) -> bool:
    """Whether a paragraph opens with a speaker's address to an audience (`同志们：`, `社员同志们：`,
    `尊敬的各位来宾：`, `各位领导、各位来宾：`: `_CROWD_ADDRESS`). Speeches open so, letters to the
    paper do not (`编辑同志：`); a speech is signed by no bare name under it."""
    colon = text.lstrip().find("：")
    addressee = "".join(text.lstrip()[:colon].split())
    return colon > 0 and _CROWD_ADDRESS.search(simplified_text(addressee)) is not None


def _signs_letter(art: Article, heads: Sequence[Block], i: int) -> bool:
    """Whether `heads[i]` is the signer of the letter `art` (`roles.is_letter_signer`, `_is_a_letter`)
    rather than a heading of the next article. Over more headings it must not be the kicker of a
    title, so there only a letter to the paper signs with it (a speech's or a notice's last line
    over a title stays the next article's kicker, as the text is kept either way), never over a
    subtitle (`红旗渠` / `——林县人民战天斗地`), and not one dictionary word (`林海`, `黎明`, `马兰花`,
    `焦裕禄` / `县委书记的好榜样`: a name over a title is ambiguous).

    A letter to the paper (`_writes_to_the_paper`) is signed in more ways (`roles.is_reader_signer`:
    `上海国棉十七厂 工人 王秀英`, `红旗大队全体社员`, `一位退休职工`, `刘海波`), but only where no
    title follows: the page's end, the next letter's salutation or an editor's note under it
    (`closing_heads`), or the next letter's column label (`读者来信`), where a dictionary word that
    is a surname and a common given name (`刘建国`) signs too. Over a title such a line is as often
    the next article's kicker (`乡村教师 张桂梅` / `大山里的燃灯者`, `刘建国` / `三十年守护一片林`,
    `刘德华` / `演唱会门票一票难求`), which it stays, as before."""
    text = heads[i].text
    if not _is_a_letter(art):
        return False
    to_paper = _writes_to_the_paper(art)
    rest = heads[i + 1:]
    over_label = bool(rest) and (is_letter_label(rest[0].text) or is_reply_label(rest[0].text))
    if not is_letter_signer(text):
        return to_paper and (not rest or over_label) and is_reader_signer(text)
    if not rest:
        return True
    if not to_paper:
        return False
    if _DASH_LEAD.match(rest[0].text) or _BRACKETED_NOTE.fullmatch(rest[0].text):
        return False
    name = "".join(text.split())
    return not in_dictionary(name) or (over_label and is_common_name(simplified_text(name)))


def _writes_to_the_paper(art: Article) -> bool:
    """Whether an article is a reader's letter to the paper: a letter's column label heads it
    (`读者来信`: `roles.is_letter_label`) or it salutes the editors (`编辑同志：`, `_salutes_the_editor`).
    Only then may a bare name over the next headings sign it (`张明` / `春耕忙`); a speech (`尊敬的各位
    来宾：` … `李明` / `春耕忙`) or a notice is no such evidence."""
    if any(is_letter_label(h.text) for h in (*art.kicker, *art.titles)):
        return True
    return any(_salutes_the_editor(p.blocks[0].text) for p in art.parts if p.kind == "p")


def _ends_with_separator(art: Article) -> bool:
    """Whether the last part of `art` is an ornament line: headings after it open a new article
    (a row of `＊＊＊` parts articles as the plain-text export writes them), not a subsection."""
    return bool(art.parts) and art.parts[-1].kind == "separator"


def _ends_a_notice(art: Article) -> bool:
    """Whether the open article's text ends with a notice's or a letter's closing formula, furniture
    after it or not: the notice ends there, so headings after it head the next article, not a
    subsection (`关于上报材料的通知` / … / `特此公告。` / `关于停水的通知` / …). A formula naming a
    notice (`…特此公告。`, `特此公告` alone, `此致敬礼！`: `roles.closes_with_document_verb`) ends any
    text; any other (`特此说明。`, `特此致谢。`: `roles.closes_a_notice`, `roles.is_notice_formula`)
    only a notice's or a letter's (`_is_a_document`), for a story's sentence may end so too
    (`…拓宽就业渠道，特此说明。` / `技能培训 让群众有一技之长` is the story's subhead)."""
    last = next((p for p in reversed(art.parts) if p.kind != "fw"), None)
    if last is None or last.kind != "p":
        return False
    text = _last_body(last).text
    if closes_with_document_verb(text):
        return True
    return (closes_a_notice(text) or is_notice_formula(text)) and _is_a_document(art)


#: The most visible characters of a notice's formula printed as a paragraph of its own
#: (`特此讣告。`, `特此登报声明。`).
_MAX_FORMULA_PARAGRAPH = 8


def _several_short_notices(under: Sequence[Block]) -> bool:
    """Whether the text under a notice's label is two short notices or more, each one paragraph
    ending with a notice's formula (`roles.ends_short_notice`: `张明华…声明作废。` /
    `…公司遗失公章一枚…声明作废。`), as a classified page prints several lost-item notices under one
    `遗失声明`. Read only under another ad or notice (`_is_an_ad_or_notice`): a story about lost
    papers may print `遗失声明` over paragraphs that each end so."""
    return len(under) >= 2 and all(ends_short_notice(b.text) for b in under)


def _is_an_ad_or_notice(art: Article) -> bool:
    """Whether an article is a classified ad or a short notice by its title: a classified ad's
    label (`roles.is_ad_label`: `旺铺转让`) or a notice's (`roles.notice_label`: `遗失声明`), with no
    subhead under it. An ad's label under it then opens the next ad (`_Builder.opens_ad`)."""
    if not art.titles or any(p.kind == "head" for p in art.parts):
        return False
    title = art.titles[-1].text
    return is_ad_label(title) or notice_label(title) is not None


def _one_notice_paragraph(under: Sequence[Block]) -> bool:
    """Whether the text under a notice's label is one paragraph ending with a notice's formula
    (`roles.ends_short_notice`: `…声明作废。`), or one paragraph and the formula alone under it
    (`…举行。` / `特此讣告。`), as a short notice prints it."""
    if not 1 <= len(under) <= 2 or not ends_short_notice(under[-1].text):
        return False
    return len(under) == 1 or visible_len(under[-1].text) <= _MAX_FORMULA_PARAGRAPH


def _is_short_notice(art: Article) -> bool:
    """Whether an article is a short notice: a notice's label is its title (`roles.notice_label`:
    `遗失声明`, `启事`), or its title names a document (`关于停水的通知`) and its text ends with a
    notice's formula or it is signed, over a short text and no subhead, so another notice's label
    under it opens the next notice (`_Builder.opens_notice`)."""
    if not art.titles or any(p.kind == "head" for p in art.parts):
        return False
    title = art.titles[-1].text
    labelled = notice_label(title) is not None
    if not labelled and not names_a_document(title):
        return False
    texts = [b.text for p in art.parts if p.kind == "p" for b in p.blocks]
    if not labelled and not (texts and ends_short_notice(texts[-1])) and art.signature is None:
        return False  # a news brief whose title names a document (`某公司发布声明`) is no notice
    return is_short_notice_text(texts)


def _is_a_document(art: Article) -> bool:
    """Whether an article is a notice's, a statement's or a letter's by its title or the text under
    it, as `roles._ends_a_document` reads the pieces: a title naming one (`roles.names_a_document`:
    `关于召开年度会议的通知`, `招标公告`), or a first paragraph opening with a salutation
    (`roles.opens_with_salutation`: `各单位：`)."""
    if any(names_a_document(t.text) for t in art.titles):
        return True
    first = next((p for p in art.parts if p.kind == "p" and not _is_number_part(p)), None)
    return first is not None and opens_with_salutation(first.blocks[0].text)


def trailing_separator_parts(art: Article) -> list[Part]:
    """The separator parts an article ends with (after its last other part): they stand between it
    and the next article, not inside it (TEI: a `milestone` after the article's `div`)."""
    end = len(art.parts)
    while end and art.parts[end - 1].kind == "separator":
        end -= 1
    return art.parts[end:]


def around_signature(art: Article, parts: Sequence[Part]) -> tuple[list[Part], list[Part]]:
    """`parts` (an article's, its trailing ornament lines left out) split into those printed above
    its signature and those printed under it (end notes, `Part.under_signature`), each in reading
    order: the writers put the signature between the two. An article with no signature has all
    its parts above."""
    if art.signature is None or not any(p.under_signature for p in parts):
        return list(parts), []
    return [p for p in parts if not p.under_signature], [p for p in parts if p.under_signature]


def trailing_separators(art: Article) -> list[Block]:
    """The ornament lines of `trailing_separator_parts`."""
    return [b for part in trailing_separator_parts(art) for b in part.blocks]


def takes_figure_text(figure: Sequence[Block], role: str) -> bool:
    """Whether a caption or credit (`role`) right after the blocks of a photo item (`figure`) belongs
    to it: a caption belongs to the image just before it, a credit to the image and captions just
    before it. One reading for the assembly and every export (`export.text.photo_items`, `photo_groups`)."""
    if role == "caption" and figure and _is_artist_credit(figure[0]) \
            and all(x.role == "caption" for x in figure[1:]):
        return True  # `漫画 方成` / `“我们这里早就减负了！”`: the cartoon's caption under its credit
    allowed = ("graphic",) if role == "caption" else ("graphic", "caption")
    return all(x.role in allowed for x in figure)


def _only_artist_figures(art: Article) -> bool:
    """Whether the article holds only cartoons or drawings (`漫画 方成` over its caption): a byline
    or a heading under them opens the next article, as the cartoon heads no text (`漫画 方成` /
    `“…”` / `莫让形式主义卷土重来` / text: two articles; a photo's caption over a byline stays that
    article's, as before)."""
    return bool(art.parts) and not art.titles and all(
        p.kind == "figure" and _is_artist_credit(p.blocks[0]) for p in art.parts
    )


def _is_artist_credit(b: Block) -> bool:
    """Whether `b` is a cartoon's or drawing's artist credit (`漫画 方成`: `figure_credits`)."""
    return b.role == "credit" and not {CARTOON, DRAWING}.isdisjoint(b.hints)


def _take_table_caption(art: Article) -> list[Block]:
    """The title of a table about to be added to `art`: a caption region the file labelled (MinerU
    `table_caption`, PP-StructureV3 `table_title` or `figure_title`) standing alone, no image above
    it, right before the table. It is taken out of the article's captions (it is no photo's) and
    becomes the table's (role `table-caption`); anything else gives nothing."""
    last = art.parts[-1] if art.parts else None
    if last is None or last.kind != "figure" or len(last.blocks) != 1:
        return []
    caption = last.blocks[0]
    if caption.role != "caption" or not caption.lines or region_label(caption) != "caption":
        return []
    art.parts.pop()
    art.captions = [c for c in art.captions if c is not caption]
    caption.role = TABLE_CAPTION
    return [caption]


def _takes_table_note(art: Article, note: Block) -> bool:
    """Whether a note region right after a table is the table's footnote: a note whose label does
    not place it on the page (`aside`: MinerU's `table_footnote`), the first one under the table.
    A margin note, footnote or endnote stays where the page prints it, and so does a note the text
    cues found (an author's note, `（作者单位：…）`, ends the article, not the table)."""
    last = art.parts[-1] if art.parts else None
    return (
        last is not None and last.kind == "figure" and last.blocks[-1].role == "table"
        and bool(note.lines) and region_label(note) is not None and note_place(note) is None
    )


def _keywords_only(part: Part) -> bool:
    """Whether a paragraph is the article's keywords and nothing else (`关键词：乡村振兴 基层治理`,
    `roles.is_keyword_line`), which papers print under the title, before the byline too: a byline
    after it is the same article's, not the start of another."""
    return all(is_keyword_line(b.text) for b in part.blocks)


def _is_number_part(part: Part) -> bool:
    """Whether a paragraph is a document's number alone (hint `DOCUMENT_NUMBER`:
    `甘政函〔2024〕88号`, `（2024）京01民初123号`): the document's reference, not the start of its text,
    so a salutation under it still opens the text."""
    body = [b for b in part.blocks if b.role == "body"]
    return part.kind == "p" and bool(body) and all(DOCUMENT_NUMBER in b.hints for b in body)


#: What an addressee on its own line under a document's number may hold: hanzi, digits, spaces and
#: the marks parting several addressees (`各县区人民政府，市政府各部门：`, `张三、李四：`).
_ADDRESSEE_UNDER_NUMBER = regex.compile(r"[\p{Han}\d·，,、\t\p{Zs}]{1,40}[:：]")


def _addresses_under_number(text: str) -> bool:
    """Whether a line right under a document's number is its salutation, though `is_salutation` does
    not know its addressee (`张三：`, `各县区人民政府，市政府各部门：`): one line of names and `，`/`、`
    ending with a colon, no sentence mark. Right under `（2024）京01民初123号` or `兰政发〔2024〕20号`
    such a line addresses the document's reader; no lead (`记者获悉：`) stands there."""
    s = text.strip()
    return "\n" not in s and _ADDRESSEE_UNDER_NUMBER.fullmatch(s) is not None


def _join_split_paragraphs(
    art: Article,
    list_items: Set[int] = frozenset(),
    set_lines: Set[int] = frozenset(),
    printed: Callable[[Block], str] | None = None,
) -> None:
    """Merge a paragraph that does not end a sentence with the next paragraph of the same
    (sub)section, keeping furniture and figures between them inside the paragraph in place. A list's
    item (`list_items`, block ids) ends its paragraph, and a paragraph announcing it is whole. One
    left unfinished is flagged incomplete, unless the article's own text prints no sentence marks
    (`prints_no_marks`, a Republican-era article, read on `printed`, each block's text as printed):
    there the lack of a mark at its end says nothing. A salutation on its own line (`is_salutation`)
    is a paragraph of its own at the text's start, and anywhere in a letter, a notice or a speech
    that opens with one (the next letter's `编辑同志：`, a speech's `社员同志们：`); in a news story it
    runs on into the sentence under it (`各位市民：` / `政府呼籲…`), as it may quote one."""
    parts = art.parts = _join_listing_rows(art.parts)
    unmarked = prints_no_marks(art, printed)
    letter = _is_a_letter(art) or _is_a_document(art)  # a speech too: `同志们：` … `社员同志们：`
    out: list[Part] = []
    i = 0
    first = True  # no paragraph yet: a salutation may open the text
    while i < len(parts):
        part = parts[i]
        i += 1
        if part.kind != "p":
            out.append(part)
            continue
        if _is_number_part(part):
            out.append(part)  # `甘政函〔2024〕88号`: the document's reference, a salutation may still
            continue  # follow it as the text's start (`兰州市人民政府：`)
        if (first or letter) and (is_salutation(_last_body(part).text)
                                  or (first and out and _is_number_part(out[-1])
                                      and _addresses_under_number(_last_body(part).text))):
            first = False  # `编辑同志：`, `甘肃某某建设工程有限公司：` on its own line: whole, at the text's
            out.append(part)  # start, or wherever it stands in a letter (the next letter's salutation)
            continue
        first = False
        while not ends_paragraph(_last_body(part).text) and id(_last_body(part)) not in list_items \
                and id(_last_body(part)) not in set_lines \
                and _SET_HINTS.isdisjoint(_last_body(part).hints) \
                and NOTICE_CONTACT not in _last_body(part).hints \
                and DOCUMENT_NUMBER not in _last_body(part).hints \
                and ATTRIBUTION not in _last_body(part).hints:  # `地址：…`, `（2024）京01民初123号`, `——…`
            j = i
            while j < len(parts) and parts[j].kind in _JUMPABLE:
                j += 1
            k = j + 1
            while k < len(parts) and parts[k].kind in _JUMPABLE:
                k += 1
            after = parts[k] if k < len(parts) else None
            if j < len(parts) and parts[j].kind == "p" and _announces_list(part, parts[j], list_items, after):
                break  # `要做好以下工作：` then its numbered items: two paragraphs, both whole
            if j < len(parts) and parts[j].kind == "p" \
                    and number_stop_ends(_last_body(part).text, parts[j].blocks[0].text):
                break  # `fax: 2345 6788.` / `售價…`: the stop after the number ends the sentence
            if j < len(parts) and parts[j].kind == "p" and (
                is_set_line_by_line(parts[j].blocks[0].text) or id(parts[j].blocks[0]) in set_lines
                or not _SET_HINTS.isdisjoint(parts[j].blocks[0].hints)
                or opens_complimentary_close(parts[j].blocks[0].text)  # `此致`, not `敬礼！` alone
                or bare_close_opener(_last_body(part).text, parts[j].blocks[0].text)  # `致` / `敬礼！`
            ):
                break  # rows (a table, a listing), names, figures, verse, `此致` go on no sentence
            if j < len(parts) and parts[j].kind == "p" and _two_turns(part, parts[j]):
                break  # `问：您对年轻科研人员有什么建议` / `答：…`: a turn whose mark the OCR dropped
            if j < len(parts) and parts[j].kind == "p" and not parts[j].under_signature:
                for between in parts[i:j]:
                    part.blocks.extend(between.blocks)
                part.blocks.extend(parts[j].blocks)
                i = j + 1
            else:  # (an end note under the signature goes on no sentence)
                part.incomplete = not unmarked
                break
        out.append(part)
    art.parts = out
    if any(p.incomplete for p in out) and art.continued_to is None:
        art.flags.append("incomplete")


def _two_turns(part: Part, nxt: Part) -> bool:
    """Whether a paragraph and the next one both open as an interview's turns (`turns.turn_kind`:
    `问：…` / `答：…`, `□…` / `■…`): the first ends its turn where the next speaker begins, even
    with its closing mark lost, so no sentence runs on from one into the other."""
    return turn_kind(part.blocks[0].text) is not None and turn_kind(nxt.blocks[0].text) is not None


def _join_listing_rows(parts: list[Part]) -> list[Part]:
    """`parts` with each run of paragraphs of a listing's rows (`_read_listing_rows`, hint
    `LISTING_ROW`) standing next to each other made one paragraph: the rows of one listing, as the
    same rows printed in one block are. Rows with anything between them (a subhead, furniture) stay
    apart."""
    out: list[Part] = []
    for part in parts:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "p" and part.kind == "p" and not part.under_signature \
                and LISTING_ROW in _last_body(prev).hints and LISTING_ROW in part.blocks[0].hints:
            prev.blocks.extend(part.blocks)
            continue
        out.append(part)
    return out


#: Hints of a body block set line by line that ends its paragraph: a line of winners, a stanza of
#: free verse read so by the stanza above it, a listing's row.
_SET_HINTS = frozenset({LISTED_NAMES, VERSE_LINES, LISTING_ROW})


def _set_line_by_line_not_verse(block: Block) -> bool:
    """Whether the body under a heading is set line by line but no verse: names, figures or rows
    (`roles.is_set_line_by_line`: `王丽 李华 张强 刘洋` / `赵敏 孙杰 周婷 吴刚`), which a column of
    short news items never prints as an item's text (its paragraph is prose), so a headline-like
    heading over it (`优秀教师名单`) heads that list in the open article, not the next item
    (`_Builder.opens_news_item`). A stanza is left to the poem rules (`_Builder.titles_a_poem`)."""
    kind = set_line_kind(block.text)
    return is_set_line_by_line(block.text) and not (kind is not None and kind.startswith("verse"))


#: Sentence marks, either width: an article's body printing none of them (`prints_no_marks`) gives
#: no evidence by a paragraph's missing end mark. A full stop in a figure (`8.52`) counts: a text
#: printing one is read as punctuated, as before.
_SENTENCE_MARKS = regex.compile(r"[。！？；，、．.!?;,]")
_HANZI = regex.compile(r"\p{Han}")
#: How many hanzi of running text (`prose_hanzi`) an article's body must print, none of its marks
#: among them, to be read as a text set without sentence marks (Republican-era news): modern prose
#: prints a mark every 8-15 hanzi, and a headline, a dateline or a sentence cut short holds fewer.
UNMARKED_MIN_HANZI = 40
#: How many hanzi of running text one block of such an article must print at least: a few short
#: fragments add up to no evidence.
UNMARKED_MIN_BLOCK_HANZI = 30
#: How many gaps the first line of a block of running text may hold before its text, the gaps of
#: its lead (`本報南京十九日電 京滬綫…`, `本报讯 记者王丽报道 市交通委…`).
_MAX_LEAD_GAPS = 2


def prose_hanzi(text: str) -> int:
    """How many hanzi a body block prints as running text, its lead on its first line not counted:
    none for a block set line by line (rows, a list, a schedule, verse: `is_set_line_by_line`) or
    holding cells set apart by spaces (`北京南站 十二万人次 上海虹桥站`, `王丽 李华 张强`), whose lines
    and cells are whole without a mark and so say nothing of how the text around them is set."""
    if is_set_line_by_line(text):
        return 0
    lines = [line.split() for line in text.strip().split("\n") if line.strip()]
    if not lines or len(lines[0]) - 1 > _MAX_LEAD_GAPS or any(len(line) > 1 for line in lines[1:]):
        return 0
    running = [lines[0][-1], *(line[0] for line in lines[1:])]
    if _ragged(running[1:]):
        return 0
    return sum(len(_HANZI.findall(t)) for t in running)


#: How much shorter than the block's longest line a line wrapped by its column may be (a line's
#: last character carried over, an OCR drop): the last line only may end anywhere.
_MAX_WRAP_SHORTFALL = 2


def _ragged(lines: Sequence[str]) -> bool:
    """Whether the lines under a block's first line end where they do, not where the column ends:
    one above the last falls short of the longest (verse, a list set line by line, `我把春天写进信里`
    / `寄给远方的你`), while a column's running text fills every line but its last."""
    width = max((len(line) for line in lines), default=0)
    return any(width - len(line) > _MAX_WRAP_SHORTFALL for line in lines[:-1])


def prints_no_marks(art: Article, printed: Callable[[Block], str] | None = None) -> bool:
    """Whether the article's own body text (the body blocks of its paragraphs) holds no sentence
    mark at all and at least `UNMARKED_MIN_HANZI` hanzi of running text (`prose_hanzi`), one block
    `UNMARKED_MIN_BLOCK_HANZI` at least, as Republican-era papers set their news
    (`京滬綫鐵路自上月因水災中斷後經鐵路局日夜搶修…`). Its paragraphs are then never flagged
    incomplete for ending without a mark. Only the article's own running text is evidence: an
    unpunctuated table, list, schedule or poem elsewhere on the page, or in the article itself
    (rows of a table over a sentence cut short), changes nothing. `printed` gives a block's text as
    printed, its spaces kept (the normalisers remove a space between two hanzi, `space.cjk-cjk`,
    also between the cells of a table they do not read as one); without it, the block's text."""
    body = [b for part in art.parts if part.kind == "p" for b in part.blocks if b.role == "body"]
    if any(_SENTENCE_MARKS.search(b.text) for b in body):
        return False
    counts = [prose_hanzi(printed(b) if printed is not None else b.text) for b in body]
    return sum(counts) >= UNMARKED_MIN_HANZI and max(counts, default=0) >= UNMARKED_MIN_BLOCK_HANZI


def ends_paragraph(text: str) -> bool:
    """Whether a paragraph's last block closes it: it ends a sentence, it is a numbered list
    (`1. 加强组织领导` / `2. 压实工作责任`), whose items end where the list does, it ends with a
    list item (`会议要求：` / `1. 抓好落实` / `2. 加强领导`, `_ends_with_list_item`), it is rows
    (`上海海港 2:1 北京国安` / `山东泰山 3:0 河南队`, `roles.is_row_block`), which end where the table
    does, it lists names or figures or is a stanza of verse (`一等奖：王丽 李华`, `红球：03 08 15`,
    `roles.is_listing`), ending where its last line does, it ends with words in brackets standing
    alone or after a sentence's end (`（平安）`, `（会议现场）`: `roles.closes_with_bracketed_words`), a
    note closing it as `（完）` does, or it ends with a contact field (`…电话：0931-8612345 联系人：王女士`,
    a classified ad, or a booking line `购票电话：0931-8650000 12328`: `roles.ends_with_contact`), or it
    is a notice's closing formula printed with no full stop (`特此公告`, `roles.is_notice_formula`), or a
    letter's complimentary close or a line of it (`此致`, `敬礼`, `此致` / `敬礼！`:
    `roles.is_complimentary_close`), two lines by convention: printed in two blocks (`此致` / blank /
    `敬礼`) they stay two paragraphs, as printed, never `此致敬礼`. Asked
    by the page's paragraph join here and by an issue's join across a jump (`issue._merge`), so both
    read a paragraph's end alike."""
    return (
        ends_sentence(text) or is_numbered_list(text) or _ends_with_list_item(text)
        or is_set_line_by_line(text) or closes_with_bracketed_words(text) or ends_with_contact(text)
        or is_notice_formula(text) or is_complimentary_close(text)
    )


_HAN = regex.compile(r"\p{Han}")
#: A number closing a block's last line before its ASCII stop (`2345 6788`, `3.5`, `1,280`).
_NUMBER_BEFORE_STOP = regex.compile(r"\d(?:[\d.,:]*\d)?\.\Z")
#: What a list number (`1.`) stands after when it is one: a mark closing a clause or opening brackets.
_BEFORE_LIST_NUMBER = frozenset("：:。；;，,、！？!?（(")
#: The opening CJK marks a paragraph may begin with besides Han.
_CJK_OPENING = frozenset("“「『《（【〔")


def number_stop_ends(text: str, nxt: str) -> bool:
    """Whether block `text`, ending in a number and an ASCII stop, ends its sentence before block
    `nxt` (`聯絡：… fax: 2345 6788.` / `售價HK$1,280…`, `The growth was 3.5.` / `Next year…`).
    `roles.ends_sentence` reads a stop after a digit as a decimal point (`3.` / `5%` goes on);
    before Han, an opening CJK mark or a capital Latin letter it is none, as no digit follows it.
    Not a list number: one or two digits opening the line or after a mark (`要求如下：1.` /
    `加强领导`), the item's text going on in the next block. A stop after a number in Chinese text
    is a `。` already (`punctuation.number_stop_cert`); this reads the ones Latin text before the
    number kept."""
    tail = text.rstrip()
    first = nxt.lstrip()[:1]
    if not first or not (_HAN.match(first) or first in _CJK_OPENING or "A" <= first <= "Z"):
        return False
    number = _NUMBER_BEFORE_STOP.search(tail, max(0, len(tail) - 40))
    if number is None:
        return False
    digits = number.group()[:-1]
    before = tail[: number.start()].rstrip(" \t\u3000")
    line_before = before[before.rfind("\n") + 1 :]
    opens_item = not line_before or line_before[-1] in _BEFORE_LIST_NUMBER
    return not (digits.isdigit() and len(digits) <= 2 and opens_item)


def _text_after(blocks: Sequence[Block], k: int) -> str | None:
    """The text of the block after `blocks[k]` in the run, None after the last."""
    return blocks[k + 1].text if k + 1 < len(blocks) else None


#: What a list item left open for the next block ends with: a comma, 、, colon or semicolon.
_ITEM_LEFT_OPEN = tuple(",，、:：;；")


def _ends_with_list_item(text: str) -> bool:
    """Whether the last line of a block opens a list item (an item number or a bullet,
    `roles.opens_list_item`) that is not left open by a comma or a colon: the item ends where its
    line does, as the items of a list block do, so the next block is a new paragraph, not the rest
    of a sentence a column break cut."""
    lines = text.rstrip().splitlines()
    if len(lines) < 2:  # a one-line block is a list only as `is_numbered_list` or a heading says
        return False
    last = lines[-1]
    return opens_list_item(last) and not last.endswith(_ITEM_LEFT_OPEN)


def _announces_list(
    part: Part, nxt: Part, list_items: Set[int] = frozenset(), after: Part | None = None
) -> bool:
    """Whether paragraph `part` ends with a colon announcing the list `nxt` opens with
    (`会议强调，要做好以下工作：` then `1. 加强组织领导` / `2. …` in one block, or its first item
    in a block of its own, a heading read as one, `list_items`, or a paragraph opening with an item
    number, `一、1路公交车延伸至兰州西站。`), or with `如下：` over a block ending a paragraph of its
    own (`_ANNOUNCES_ITEMS`: `…公示如下：` / `王海燕，女，…拟任市农业农村局局长。`, items with no
    number; `_announces_items`): the list is not the rest of a sentence cut by a block break, so the
    two are not joined."""
    first = next((b for b in nxt.blocks if b.role == "body"), None)
    intro = _last_body(part).text.rstrip()
    return (
        first is not None and intro.endswith((":", "："))
        and (is_numbered_list(first.text) or id(first) in list_items or opens_list_item(first.text)
             or _announces_items(intro, first, after))
    )


def _announces_items(intro: str, first: Block, after: Part | None) -> bool:
    """Whether an introduction ending `如下：` (`_ANNOUNCES_ITEMS`) announces items in blocks of their
    own, `first` the first and `after` the part under it: `first` ends a paragraph, opens with no
    quotation mark, and either has an item's shape (`_ITEM_SHAPE`: `王海燕，女，…`, `拍卖标的：…`) or
    the part under it is a second such block (`新建改建学校20所，…。` / `新增城市公园10个，…。`), and
    opens with no speaker's clause (`_SPEAKER_CLAUSE`: `市长强调：…`). Not
    inside a quotation the introduction opens and leaves open (`市长表示：“…如下：` / `…。”`), nor over
    one quoted paragraph (`…具体情况如下：` / `“截至10月底…。”`) or one sentence under which the
    story goes on with a heading (`…重点工作如下：` / `稳增长、促改革。` / `新闻链接`): those read as
    one sentence cut by a block break, as before."""
    if _ANNOUNCES_ITEMS.search(intro) is None or not ends_paragraph(first.text) \
            or _leaves_quote_open(intro) or first.text.lstrip().startswith(_QUOTE_OPENERS) \
            or _SPEAKER_CLAUSE.match(first.text.lstrip()):
        return False
    if _ITEM_SHAPE.match(first.text.lstrip()):
        return True
    second = next((b for b in after.blocks if b.role == "body"), None) if after is not None else None
    return after is not None and after.kind == "p" and second is not None \
        and ends_paragraph(second.text) and not second.text.lstrip().startswith(_QUOTE_OPENERS)


#: The quotation marks that open a quotation: a block opening with one is a quotation, no item.
_QUOTE_OPENERS = ("“", "「", "『", "\"", "‘")
#: An item's shape under `如下：`: a name and two comma fields (`王海燕，女，汉族…`), or a field's label
#: and colon (`拍卖标的：…`, `展示时间：…`), not a speaker's (`市长强调：`, `他说：`).
_ITEM_SHAPE = regex.compile(
    r"\p{Han}{2,4}[，,][\t\p{Zs}]*\p{Han}{1,4}[，,]"
    r"|\p{Han}{1,7}(?<!说|表示|指出|强调|认为|介绍|称|道|问|答|要求|提出)[:：]"
)


#: A block opening with a speaker's clause (`市长强调：`, `他说，`): what was said, no item.
_SPEAKER_CLAUSE = regex.compile(r"\p{Han}{0,10}(?:说|表示|指出|强调|认为|介绍|称|要求|提出)[:：，,]")


def _leaves_quote_open(text: str) -> bool:
    """Whether a text opens a quotation it does not close (`市长表示：“今年的主要措施如下：`): more
    `“`, `「`, `『` than their closing marks."""
    return any(text.count(o) > text.count(c) for o, c in (("“", "”"), ("「", "」"), ("『", "』")))


#: How an introduction over a list of items in blocks of their own ends: `如下：`
#: (`现将拟任职干部情况公示如下：` over each candidate's paragraph, `现将有关事项公告如下：`). Over a
#: block that ends a paragraph of its own it announces the items, no sentence cut by a block break;
#: any other colon (`他说：` / `“…”`, a column's cut after `：`) is left to the sentence test.
_ANNOUNCES_ITEMS = regex.compile(r"如下[\t\p{Zs}]*[:：]$")


def _last_body(part: Part) -> Block:
    last = part.blocks[-1]
    if last.role == "body":  # the usual paragraph: its last block is body text
        return last
    return next((b for b in reversed(part.blocks) if b.role == "body"), last)


def assemble(
    blocks: Sequence[Block],
    gaps: Mapping[str, int],
    page: int | None = None,
    *,
    text: str | None = None,
    printed: Callable[[Block], str] | None = None,
) -> Assembly:
    """Assemble labelled blocks (see `roles.label_blocks`) into articles.

    `gaps` gives, per block id, how many blank lines came before the block in the input beyond the one
    that separates every block (a wider gap is a layout cue). Article ids are `p{page}-a{n}`, or
    `a{n}` when the page number is unknown.

    `text` is the page's own text when the blocks carry another view of it (the simplified view of a
    traditional page, `roles.simplified_view`, offset for offset): the rules read the view, and
    the blocks, section names and continuation markers come out in the page's own characters.

    `printed` gives a block's text as the input printed it, before the normalisers (its spaces
    kept): whether an article prints running text without marks is read on it (`prints_no_marks`).
    """
    own_text: Callable[[Block], str] = _view_text if text is None else (lambda b: text[b.start : b.end])
    _read_listing_rows(blocks)
    builder = _Builder(gaps, own_text, blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.role == "heading":
            j = i
            while j < len(blocks) and blocks[j].role == "heading":
                j += 1
            builder.run_end = j
            builder.headings(list(blocks[i:j]), _next_content(blocks, j))
            i = j
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.role == "body" and builder.kicker_above(b, after):
            b.role = "heading"  # `（受权发布）` over `中华人民共和国主席令`: read with the run under it
            continue
        if b.role == "body" and builder.takes_editor_note(b):
            i += 1  # `编者按：…` under a reader's letter and its signer: the letter's, under the signer
            continue
        if b.role == "body" and builder.reader_signs(b, after):
            b.role = "signature"  # `（兰州市民 王建国）` under a letter to the paper: its signer
        if b.role == "body" and builder.takes_signed_end_note(b, after):
            i += 1  # `（本报综合）` under `（记者 王丽）`: the signed article's last paragraph
            continue
        if b.role == "byline" and builder.author_signs(b, _next_content(blocks, i + 1)):
            b.role = "signature"  # `作者：王丽` after the text: the article's signature
        elif b.role == "byline" and builder.dateline_closes(b, _next_content(blocks, i + 1)):
            b.role = "signature"  # `（本报×月×日电）` after the text: the article's closing line
        builder.block(b)
        i += 1
    builder.lone_desk_is_kicker()
    prefix = f"p{page}-" if page is not None else ""
    for n, art in enumerate(builder.out.articles, start=1):
        art.id = f"{prefix}a{n}"
        art.page = page
        _join_split_paragraphs(art, builder.list_items, builder.set_lines, printed)
        sidebars.mend_parts(art)  # a chart's title and source note, a sidebar's label: no subheads
        if EMPTY in art.flags and _holds_content(art):
            art.flags.remove(EMPTY)
    if text is not None:
        for b in iter_blocks(builder.out):
            b.text = text[b.start : b.end]
    return builder.out


def _holds_content(art: Article) -> bool:
    """Whether an article holds anything under its headings but page furniture: a heading group
    with no text after it on the page (flagged `empty`) may still take the table, image or note
    that follows it, and an article holding a table is not empty."""
    return any(b.role != "furniture" for part in art.parts for b in part.blocks)


def _view_text(block: Block) -> str:
    """A block's text when it is the page's own (no separate view)."""
    return block.text


def iter_blocks(assembly: Assembly) -> Iterator[Block]:
    """Every block of the assembly once, in no particular order.

    (In fact in the order of first appearance: front, then per article its heading blocks, signature,
    captions, credits and parts.) Collected in one dict by object id, without a generator per list."""
    seen: dict[int, Block] = {}
    add = seen.setdefault
    for b in assembly.front:
        add(id(b), b)
    for art in assembly.articles:
        if art.section_head is not None:
            add(id(art.section_head), art.section_head)
        for group in (art.kicker, art.titles, art.subtitles, art.bylines):
            for b in group:
                add(id(b), b)
        if art.signature is not None:
            add(id(art.signature), art.signature)
        for group in (art.captions, art.credits):
            for b in group:
                add(id(b), b)
        for part in art.parts:
            for b in part.blocks:
                add(id(b), b)
    return iter(seen.values())
