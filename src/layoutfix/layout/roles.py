"""Block labels from text cues: what each OCR block is, before articles are assembled.

A flat OCR export gives blocks and nothing else, so every label here comes from what a reader of
Chinese newspapers sees in the text itself: sentence-final punctuation, length, the 本报X讯 / 新华社X电
byline formula, 记者 / 通讯员, a trailing 摄 / 摄影报道 credit, a trailing `(姓名)` signature, continuation
markers, phone / e-mail / date lines, and the markdown emphasis the markup normaliser reports.

`label_blocks` assigns the PRIMITIVE roles: `furniture`, `marker`, `byline`, `body`, `caption`,
`credit`, `signature`, `heading`. A block carrying two things (a byline followed by the lead paragraph,
a caption followed by its credit, a last paragraph followed by its signature, a kicker and a title on
one line) is split into pieces with their own spans. Which heading is a section label, kicker, title,
subtitle or subhead depends on its neighbours; `assemble` decides that.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import fields, replace
from functools import cache, lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

import opencc
import regex

from ..hanscript import in_simplified_charset, is_simplified_char, opencc_converter
from ..lexicon import (
    dateline_place_words,
    dateline_places,
    first_word,
    given_names,
    in_dictionary,
    is_common_name,
    is_listed_name,
    last_word,
    may_open_a_clause,
    names_a_person,
    opens_a_clause,
    opens_with_surname,
    reporter_columns,
    running_head_english_names,
    running_head_english_papers,
    running_head_names,
    running_head_paged_names,
    short_organisations,
    spells_words,
    stands_as_a_listed_name,
    surnames,
    tagged_words,
    tags_a_person,
    word_tags,
)
from ..model import Block, zone_ids
from ..readers.boxes import union
from .attribution import quote_attributions
from .continuation import CLOSING_MARKER, SHEET_UNITS, chinese_number, find_markers
from .figure_credits import (
    CARTOON,
    DRAWING,
    PAGE_CREDIT,
    artist_credit_kind,
    is_page_credit,
    is_quoted_caption,
)
from .turns import interview_turns

#: Characters that end a sentence, possibly followed by closing quotes or brackets.
SENTENCE_END = regex.compile(r"(?:[。!?！？…;；]|\.{3}|(?<!\d)\.)[”’」』\"')）\]]*\s*$")
#: The characters a `SENTENCE_END` match can end with (before trailing whitespace).
_SENTENCE_CHARS = "。!?！？…;；.”’」』\"')）]"
_SENTENCE_TAIL = frozenset(_SENTENCE_CHARS)
#: `SENTENCE_END`'s one-character marks, and its closers.
_MARKS = frozenset("。!?！？…;；")
_CLOSERS = "”’」』\"')）]"
#: Ends that can never close a heading: a heading is not cut off after a comma or a colon.
_OPEN_END = regex.compile(r"[,，、:：;；(（“‘「『]\s*$")
#: The characters of `_OPEN_END`'s class: on stripped text (no trailing `\s`) it matches exactly when
#: the last character is one of them.
_OPEN_END_CHARS = frozenset(",，、:：;；(（“‘「『")

#: Longest heading, in characters other than whitespace.
MAX_HEADING = 40
#: Longest clause of a heading (between commas or spaces); a longer one is a sentence cut by a block break.
MAX_CLAUSE = 26
#: A headline in several parts: longest part, and longest whole.
MAX_PART = 16
MAX_MULTI_CLAUSE = 32
#: Longest block that can be page furniture.
MAX_FURNITURE = 60

#: The labels opening a furniture line's fields, by kind: how to reach the paper, and who edited the
#: page.
_CONTACT_LABELS = (
    r"联系电话|新闻热线|服务热线|热线|电话|传真|邮箱|电子邮箱|投稿邮箱|e-?mail|email|网址|邮编|地址"
)
#: `责编` (short for 责任编辑) needs its colon or a space after it: `责编谈创作体会` is a headline.
#: `编辑同志：` (`编辑先生：`, `编辑女士：`, `编辑老师：`) is a letter's salutation to the paper, not an
#: editor's credit. Each may name the page (`本版编辑`, `本版责任编辑 周华`, `本版责编：王丽`). Glued
#: to the hanzi after it, a label making a dictionary word with them or glued to words naming no one
#: opens a headline, no credit (`编辑部的故事`, `本版主编的话`: `_label_opens_word`).
_EDITOR_LABELS = (
    r"(?:本版)?(?:责任编辑|责编(?=\s*[:：]|\s)|编辑(?!同志|先生|女士|老师)|美编|校对|版式|组版|值班|主编|监制)"
)
_FIELD_LABELS = rf"(?:{_CONTACT_LABELS}|{_EDITOR_LABELS})"
#: The labels of the paper's publication data (its imprint): serial numbers, postal code, price,
#: printer, the paper's own address. Each opens a field only before its colon, or before a space
#: standing for the colon and a value of digits or Latin letters (`ISSN 1234-5678`, `定价：2.00元`,
#: `定价 2.00元`; `_SPACED_VALUE`): `猪肉零售价回落` and `定价 2元的午餐受欢迎` are headlines.
_IMPRINT_LABELS = (
    r"国内统一连续出版物号|国内统一刊号|连续出版物号|ISSN|邮发代号|广告经营许可证|广告许可证"
    r"|零售价|定价|印刷|承印|本报地址|社址"
)
#: The labels of a promotional line's fields: where else the paper can be followed (`微信公众号：gsrb`).
_PROMO_LABELS = r"微信公众号|公众号|微信号|新浪微博|官方微博|微博|抖音号|视频号|客户端|APP|App"
#: The value after a space that stands for an imprint or promotional label's colon: one token of
#: digits or Latin letters (`53-1`, `CN62-0001`, `gsrb`), a price's `元` after it, then a space or the
#: end. A headline goes on after its number (`定价 2元的午餐受欢迎`, `微博 2023年度盘点`): no value.
_SPACED_VALUE = r"[A-Za-z0-9][A-Za-z0-9.．\-－—/_]*元?(?=\s|$)"
#: A label's colon, or a space standing for it before a value (`_SPACED_VALUE`).
_COLON_OR_SPACED_VALUE = rf"(?=[ \t\u3000]*[:：]|[ \t\u3000]+{_SPACED_VALUE})"
#: A field of publication data or of a promotional line, with its label (group `imprint` or `promo`).
#: A promotional label before a space and a Latin word opens a field too (`客户端 APP下载`).
_OTHER_FIELD = (
    rf"(?:(?P<imprint>{_IMPRINT_LABELS}){_COLON_OR_SPACED_VALUE}"
    rf"|(?P<promo>{_PROMO_LABELS})(?:{_COLON_OR_SPACED_VALUE}|(?=[ \t\u3000]+[A-Za-z])))"
)
_OTHER_FIELD_LEAD = regex.compile(rf"\s*{_OTHER_FIELD}")
#: A promotional line as a whole: an invitation to scan, follow or download (`扫码关注甘肃日报微信公众号`,
#: `更多内容请扫描二维码`, `下载“新甘肃”客户端`), naming what to reach (a QR code, an account, an app),
#: with no sentence punctuation: `记者扫码关注了…。` is a sentence.
_PROMO_LINE = regex.compile(
    r"\s*(?:请|欢迎)?(?:扫码|扫一扫|扫描|长按|关注|下载|更多\p{Han}{0,4}?请?(?:扫描|扫码|关注|下载|登录))"
    r"[^\n，。；！？,;!?]{0,24}?(?:二维码|公众号|客户端|微博|视频号|抖音号?|APP|App)[^\n，。；！？,;!?]{0,6}"
)
#: `广告` alone on a line: the page's advertisement space.
_AD_LINE = regex.compile(r"\s*[广廣]告\s*")
#: The characters a line of publication data, a promotional line or `广告` can open with.
_OTHER_LEADS = frozenset("国连I邮广廣零定印承本社微公新官抖视客A扫长关下更请欢")
_FURNITURE_LEAD = regex.compile(rf"^\s*{_FIELD_LABELS}\s*[:：]?", regex.IGNORECASE)
#: The editors' lines among `_FURNITURE_LEAD`: who edited, proofread or laid out the page or story.
_EDITOR_LEAD = regex.compile(rf"\s*(?:{_EDITOR_LABELS})")
#: A whole line in one pair of brackets (group `inner`): `（责任编辑：赵静）`, `【责任编辑：赵静】`,
#: `(责任编辑 赵静)`, `（作者单位：甘肃省政协研究室）`. Papers print editor credits and author notes so
#: as often as bare; OCR may pair a half-width bracket with a full-width one.
_BRACKETED_LINE = regex.compile(
    r"\s*(?:[(（](?P<inner>[^()（）\n]+)[)）]|【(?P<inner>[^【】\n]+)】|〖(?P<inner>[^〖〗\n]+)〗"
    r"|[［\[](?P<inner>[^［］\[\]\n]+)[］\]]|〔(?P<inner>[^〔〕\n]+)〕)\s*"
)
#: An author's note closing an article: where the writer works or who they are (`作者单位：…`,
#: `作者简介：…`, and in brackets also `（作者系…）`, `（本文作者为…）`). Bare, it needs its colon, so a
#: sentence opening `作者系统地…` stays text.
_AUTHOR_NOTE_BARE = regex.compile(r"\s*(?:本文)?作者(?:单位|简介|工作单位)\s*[:：]")
_AUTHOR_NOTE_INNER = regex.compile(
    r"\s*(?:本文)?作者(?:单位|简介|工作单位|系|为|是|现任|现为|任职于|供职于|工作于)"
)
#: The numeral of an item's number: one or two digits (`3`, `12`), one to three hanzi numerals
#: (`三`, `十二`), or a circled number (`①` to `⑳`). `_ENUMERATOR` and `assemble._SECTION_NUMERAL`
#: read them alike.
ITEM_DIGITS = r"\d{1,2}"
ITEM_HANZI = r"[一二三四五六七八九十]{1,3}"
CIRCLED_NUMBER = r"[\u2460-\u2473]"
#: What opens an item of a numbered list or a numbered subhead: `1.`, `1、`, `1)`, `（1）`, `(一)`,
#: `一、`, `①`. `1.5亿元` opens with a number, not an item.
_ENUMERATOR = regex.compile(
    rf"\s*(?:{ITEM_DIGITS}(?:[.．](?!\d)|[、)）])|[(（](?:{ITEM_DIGITS}|{ITEM_HANZI})[)）]"
    rf"|{ITEM_HANZI}、|{CIRCLED_NUMBER})"
)
#: What opens an item of a bulleted list: a bullet sign (`●`, `•`, `·`, `■`, `◆`...; the space after it
#: may be gone, as the spacing step takes it), or a hyphen or asterisk followed by a space (`- `,
#: `* `). Not a dash (`——` opens a subtitle), `▲` (a caption's pointer), `★` (a kicker's ornament) nor
#: `○` (a zero in `二○二三年`).
_BULLET = regex.compile(r"\s*(?:[●•·・■□◆◇▪▫◎◉►▸]|[-－*＊](?=[ \t\u3000]))")
_CONTACT_LEAD = regex.compile(
    r"^\s*(?:联系电话|新闻热线|服务热线|热线|电话|传真|邮箱|电子邮箱|投稿邮箱|e-?mail|email|网址|邮编|地址)",
    regex.IGNORECASE,
)
_EMAIL_URL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+", regex.IGNORECASE)
_PHONE = regex.compile(r"(?<!\d)(?:\d{3,4}[-－—]\d{7,8}|1[3-9]\d{9})(?!\d)")
#: A month and a day in hanzi numerals: 一 to 十二, 一 to 三十一 (`十月十二日`), the day's twenties and
#: thirties also written 廿 and 卅 as Republican-era and Hong Kong papers print them (`五月廿日`,
#: `廿一日`, `卅日`, `卅一日`; `_date_number` reads them).
_HANZI_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
_HANZI_DAY = (
    r"(?:三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|十[一二三四五六七八九]?"
    r"|[一二三四五六七八九])"
)
#: A Minguo year in hanzi numerals, as Taiwan's papers print it: positional (`一百一十二`, `一百零二`,
#: `九十九`, `三`, and `廿六`, `卅六` as Republican-era papers print the twenties and thirties) or
#: digit by digit (`一一二`, `一〇二`, with `〇`, `零` or the OCR's `○` for zero).
_ROC_HANZI_YEAR = (
    r"(?:[一二三四五六七八九]百(?:[零〇○][一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?"
    r"|[一二三四五六七八九]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?"
    r"|[一二三四五六七八九][〇零○一二三四五六七八九]{0,2})"
)
#: An issue date of the Republic of China (Minguo) calendar, as Taiwan's papers print it
#: (`中華民國112年10月12日`, `民国112年10月12日`, `中華民國一一二年十月十二日`, `民國一百一十二年十月十二日`):
#: the year counts from 1912 (`page_facts` adds 1911). Arabic digits throughout or hanzi numerals
#: throughout. Without 民国 a year of three digits (`112年`) is no date. Both scripts: the spacing step
#: reads the page's own characters.
_ROC_DATE = (
    r"(?:中[华華])?民[国國]\s*(?:\d{1,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}"
    rf"|{_ROC_HANZI_YEAR}\s*年\s*{_HANZI_MONTH}\s*月\s*{_HANZI_DAY})\s*日"
)
#: An issue date in hanzi numerals (`二〇二三年十月十二日`, `二零二三年十月二十一日`), as Hong Kong's and
#: some mainland papers print it: a year of four digits (`〇`, `零` or the OCR's `○` for zero), a
#: month of 一 to 十二, a day of 一 to 三十一.
_HANZI_DATE = rf"[一二][〇零○一二三四五六七八九]{{3}}\s*年\s*{_HANZI_MONTH}\s*月\s*{_HANZI_DAY}\s*日"
#: An issue date written out with 年月日: in Arabic digits, of the Minguo calendar, or in hanzi numerals.
_WRITTEN_DATE = rf"(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{_ROC_DATE}|{_HANZI_DATE})"
#: The weekday written 星期 (`星期一`, `星期天`), the form OCR glues to the piece after it.
_WEEKDAY_XINGQI = r"星期[一二三四五六日天]"
#: The weekday as a running head prints it beside the date (`星期一`, `周一`). A headline may print it
#: too (`开国大典 1949年10月1日 星期六`): it makes a head only of a line whose other words are a head's
#: (`_dated_title`).
_WEEKDAY = rf"(?:{_WEEKDAY_XINGQI}|周[一二三四五六日])"
#: The words of a newspaper's sheet (张, 張), which Republican-era papers print in the head (`第二张`)
#: and in continuation markers (`（续第一张）`): a sheet holds several pages, so it names none.
SHEET_WORDS = SHEET_UNITS
#: A page number in hanzi numerals, as older papers print their page (`一`, `十二`: `第一版`).
_HANZI_PAGE = r"[一二三四五六七八九十〇零两兩]{1,3}"
_DATE_LINE = regex.compile(
    rf"^\s*{_WRITTEN_DATE}?\s*{_WEEKDAY}?"
    rf"\s*(?:(?:第\s*)?[A-Za-z]?\d{{1,3}}\s*版|第\s*{_HANZI_PAGE}\s*版|第\s*\d{{1,3}}\s*[{SHEET_WORDS}])?\s*$"
)

#: The wire services whose dispatches Republican-era, Taiwan's and Hong Kong's papers print under
#: their dateline: the Central News Agency (中央社), United Press (合众社, 合众国际社), Reuters (路透社),
#: the Associated Press (美联社), AFP (法新社), Kyodo (共同社), TASS (塔斯社), Transocean (海通社).
_WIRE_AGENCIES = r"中央社(?!会)|合众国际社|合众社|路透社|美联社|法新社|共同社|塔斯社|海通社"
#: A wire service's dateline: the day without the month, in digits or hanzi numerals, `中央社台北12日電`,
#: `中央社台北十日電`, `中央社記者王麗台北12日電`, `中央社華盛頓11日專電`, `路透社倫敦十日電`,
#: `合眾社華盛頓廿日電`. Not `中央社会…` (中央社会工作部), nor `…12日电视`, `…12日电话`, `…十日电讯全文`,
#: `…十日电报道`, `…十日电告`; without the day and 电 an agency's name opens a sentence (`路透社报道称…`).
_WIRE_DATELINE = (
    rf"(?:{_WIRE_AGENCIES})[\p{{Han}}、]{{0,16}}?(?:\d{{1,2}}|{_HANZI_DAY})日专?电(?![视话讯报告])"
)
#: Another dispatch under the one before, as Republican-era papers print it: `又讯` (also under 本报讯),
#: `又电` (under a wire's dateline), a gap or the line's end after it: glued to a hanzi it opens a
#: word (`又讯息传来…`, `又讯号中断…`, `又电话联系…`, `又讯问…` are sentences), and across a stray
#: space it may too (`又讯 问了…`: `another_dispatch_in_word`).
_ANOTHER_DISPATCH = r"又[讯电](?!\p{Han})"
#: What never follows a dateline glued: a mark of the sentence it then opens (`中央社台北廿日电，总统…`,
#: `本报讯：…`) or the verb of one (`路透社十日电称，…`, `共同社、路透社十日电均称，…`,
#: `…电说`): the formula is the sentence's subject, no byline over a paragraph opening with `，`.
_NOT_AFTER_DATELINE = r"(?!均?[称说]|[，,、：:；;。.！!？?])"
#: The first hanzi of a sentence that reports a dispatch rather than opening under its dateline
#: (`据吉隆坡12日讯，…`, `另据…`, `又据…`, `援引…`, `引述…`, `根据…`, `综合…`): no place's first hanzi.
_NOT_A_PLACE = "据另又援引根综"
#: A space inside a line (a tab or any space separator), as a character class.
_HSPACE = r"[\t\p{Zs}]"
#: A dispatch's day (digits or hanzi numerals) and 日讯 or 日电 (`12日讯`, `十日电`).
_DAY_DISPATCH = rf"(?:\d{{1,2}}|{_HANZI_DAY})日[讯电]"
#: A place and its day before 日讯 or 日电 (`_DAY_DISPATCH`), as `_PLACE_DATELINE` reads them
#: (`吉隆坡12日讯`).
_PLACE_AND_DAY = rf"\p{{Han}}{{2,5}}{_DAY_DISPATCH}"
#: What follows a place's dateline (`_PLACE_DATELINE`): a gap (a line break too) and the lead's
#: hanzi, digit or opening bracket (`吉隆坡12日讯 马来西亚首相…`), a colon or an opening bracket or
#: quote glued (`新山十日电《南洋商报》…`), the closing bracket of a bracketed dateline
#: (`（吉隆坡12日讯）…`, `【吉隆坡12日讯】`) or the text's end. Never a closing quote or bracket
#: opened before it, a dash or an ellipsis (`本月12日电”一文…`, `两国12日电）…`, `中央12日电——…`,
#: `市长5日电……`): the day then ends a phrase of a sentence.
_AFTER_PLACE_DATELINE = (
    rf"(?:(?<=[(（【〔\[［]{_HSPACE}*{_PLACE_AND_DAY})(?={_HSPACE}*[)）】〕\]］])"
    r"|(?=\s+[\p{Han}\d(（【《“「]|[:：(（【〔《“「]|\s*$))"
)
#: A dateline naming neither paper nor agency, as Singapore's and Malaysia's Chinese papers print
#: it: a place of 2 to 5 hanzi and the day (digits or hanzi numerals) before 日讯 or 日电
#: (`吉隆坡12日讯`, `新山十日电`), not inside a run of hanzi, before what `_AFTER_PLACE_DATELINE`
#: allows: glued to the hanzi after it the 讯 or 电 opens a word (`警方12日讯问…`, `总统12日电贺…`),
#: and a sentence reporting a dispatch is none (`_NOT_A_PLACE`). The place must name one and the
#: 讯 or 电 open no word with the lead across the gap (`上海12日电 力供应…`): `wire_in_word` asks the
#: dictionary, after the match (`_place_dateline_in_word`).
_PLACE_DATELINE = rf"(?<!\p{{Han}})(?![{_NOT_A_PLACE}]){_PLACE_AND_DAY}{_AFTER_PLACE_DATELINE}"
#: The news sites of mainland papers and broadcasters, which date their dispatches as 新华社 does
#: (`人民网北京5月6日电`, `中新网北京12日电`) or print `消息` for 讯 (`央视网消息`, `央广网北京5月6日消息`).
_WEB_OUTLETS = r"人民网|新华网|央视网|中新网|中国新闻网|央广网|光明网"
#: The agencies and sites whose dateline names them before its place and date and ends in 电
#: (`新华社北京电`, `中新社北京5月6日电`, `人民网北京5月6日电`): the one list the labels
#: (`_DATELINE_FORMULA`), a place's dateline (`_NAMED_SOURCE`) and the spacing step read.
DISPATCH_SOURCES = rf"新华社|中新社|{_WEB_OUTLETS}"
#: A news site's dateline with `消息` for 讯, right after its name or after a place and a day
#: (`央视网消息`, `央广网北京5月6日消息`): no other hanzi between (`人民网发布消息…` is a sentence), nor a
#: hanzi glued after it (`央视网消息显示…`), nor a colon, after the programme's bracket too: a colon
#: after a dateline opens the paragraph (`央视网消息（新闻联播）：…`, as `本报讯：…`), no byline.
WEB_NEWS_DATELINE = (
    rf"(?:{_WEB_OUTLETS})(?:\p{{Han}}{{1,8}}?(?:\d{{1,2}}月)?\d{{1,2}}日)?消息"
    r"(?!\p{Han}|(?:[(（][^()（）\n]{0,40}[)）])?[:：])"
)
#: The signs a reprint or an archive prints for a name, a month or a day it leaves out or never
#: knew (`（本报记者 ××）`, `新华社北京×月×日电`, `本报×月×日讯`): the multiplication sign `×`, the box
#: drawing `╳` and the letter X (the fullwidth `Ｘ` is read as `X` by then).
PLACEHOLDER_SIGNS = "×╳XＸ"
#: A placeholder standing for a month's or a day's figure in a dateline: one or two signs right
#: before 月 or 日 (`×月×日`, `××日`); elsewhere `×` stays a multiplication sign (`3×4`).
PLACEHOLDER_FIGURE = rf"[{PLACEHOLDER_SIGNS}](?=[{PLACEHOLDER_SIGNS}]?[月日])"
#: A placeholder standing for a person's name after a reporter's label (`（本报记者 ××）`,
#: `（记者 ×××）`): two or three signs.
PLACEHOLDER_NAME = rf"[{PLACEHOLDER_SIGNS}]{{2,3}}"
#: The dateline formula opening a news item: `本报X讯`, `本报X月X日电`, `新华社X电`, `人民网X电`,
#: `央视网消息`, `中央社X日电`, `路透社X日电`, `又讯`, `吉隆坡X日讯`; not glued to a sentence's mark or
#: verb (`_NOT_AFTER_DATELINE`).
_DATELINE_FORMULA = (
    rf"(?:本报(?:记者|特约记者|通讯员|特派员)?(?:[\p{{Han}}\d]|{PLACEHOLDER_FIGURE}){{0,12}}?(?:讯(?!员)|电(?!\p{{Han}}))"
    rf"|(?:{DISPATCH_SOURCES})(?:[\p{{Han}}\d]|{PLACEHOLDER_FIGURE}){{0,14}}?电|{WEB_NEWS_DATELINE}"
    rf"|{_WIRE_DATELINE}|{_ANOTHER_DISPATCH}|{_PLACE_DATELINE}){_NOT_AFTER_DATELINE}"
)
_BYLINE_LEAD = regex.compile(r"^\s*" + _DATELINE_FORMULA + r"(?:\s*[(（][^()（）\n]{1,40}[)）])?")
#: The dateline formula alone at the start of a block, before a bracketed reporter line.
_DATELINE_HEAD = regex.compile(r"\s*" + _DATELINE_FORMULA)


def wire_in_word(text: str, start: int, end: int) -> bool:
    """Whether the dateline formula `text[start:end]`, most often a wire line ending in 电
    (`新华社北京电`), is instead the start of a sentence whose 电 opens a word with the hanzi after it:
    glued, a dictionary word of 电 and that hanzi (`新华社记者在国家电网公司…`: 电网), across a gap the
    best segmentation of the text glued (`本报记者走进中国电 信营业厅…`: 电信; `新华社北京电 记者`,
    `新华社北京电 台湾…` cut 电 / 记者, 电 / 台湾, though 电台 is a word: a dispatch's lead opens with a
    word of its own, as after `又电`, `_another_dispatch_in_word`; and so does `本报北京电 台风…`, 台风
    reaching past the 台 of 电台: `_word_across_gap`) when an agency's or the paper's name, and a place
    alone or none, stand before 电 or 专电 (`_source_and_place`: `新华社电 台湾…`), else, as glued, a
    dictionary word of 电 and the hanzi after the gap (`本报记者获悉居民用电 价格…`: 电价), or whose 电
    closes a verb with the hanzi before it: `本报接到群众来电 反映…`, `本报记者致电 市住建局…` (来电,
    致电, 回电 are verbs; 京电 of `新华社北京电` is no word, 水电 of `新华社天水电` a noun). A dated formula
    (`新华社北京10月9日电`, `中央社台北十日电`: `电台` after its gap is 台湾's) is a dateline whatever
    follows, unless a verb of report comes after it. Another dispatch's `又讯` / `又电` is read by
    `_another_dispatch_in_word`, a place's dateline (`吉隆坡12日讯`) by `_place_dateline_in_word`. A 电,
    dated or not, before a verb of report across its gap or line break that says what the report says
    (`新华社北京12日电 报称，…`), or a news site's `消息` before such a verb (`人民网消息 称，…`), is a
    sentence's subject (`_reports_source`), checked first."""
    if end > start and text[end - 1] in "讯电" and text[start:end].strip().endswith(("又讯", "又电")):
        return _another_dispatch_in_word(text, end)
    if end - start >= 2 and text.endswith("消息", start, end):
        return _reports_source(text, end)
    if end > start and text[end - 1] == "电" and _reports_source(text, end, wire=True):
        return True  # `新华社电 报称，…`: the agency's report is the sentence's subject
    if (place := _place_of_dateline(text[start:end])) is not None:
        return _place_dateline_in_word(text, end, place)
    if end <= start or text[end - 1] != "电" or any(c.isdigit() for c in text[start:end]):
        return False
    if _HANZI_DATED_WIRE_END.search(text, start, end) is not None:
        return False  # `中央社台北十日电 台湾省政府…`: dated as `中央社台北10日电` is
    if end - start >= 2 and word_tags().get(text[end - 2 : end], "").startswith("v"):
        return True  # 来电, 致电: the sentence's verb
    span = text[start:end]
    if (end < len(text) and text[end] not in _LINE_GAPS) or not (
        _source_and_place(span) or _reporter_and_place(span)
    ):
        return _glued_word(text, end)  # `新华社记者在国家电网公司…`, `本报记者获悉居民用电 价格…`
    return _word_across_gap(text, end)


def _glued_word(text: str, end: int) -> bool:
    """Whether the 电 ending at `end` and the first hanzi after it, past a gap on its line, are a
    dictionary word (`电网` of `…国家电网公司`, `电价` of `…居民用电 价格…`), as a sentence glued reads."""
    after = _gap_end(text, end, _LINE_GAPS)
    return after < len(text) and "电" + text[after] in word_tags()


#: The spaces of a gap on one line (`_gap_end`).
_LINE_GAPS = " \t\u3000"
#: The spaces and line breaks of a gap a dateline's lead may follow on the next line.
_GAPS_ACROSS_LINES = " \t\u3000\n\r"


def _gap_end(text: str, end: int, gaps: str) -> int:
    """Where the run of `gaps` characters starting at `end` ends (`end` itself when there is none)."""
    after = end
    while after < len(text) and text[after] in gaps:
        after += 1
    return after


#: The verbs of speech and report a sentence about a news site's or an agency's report goes on with
#: after `消息` or 电 (`人民网消息 称，…`, `中新网消息 显示，…`, `央视网消息 报道，…`, `新华社电 报称，…`):
#: no dispatch's lead opens with one. 报导 is Taiwan's spelling of 报道 (`中央社台北12日電 報導說，…`).
_REPORTING_VERBS = frozenset({"称", "报称", "显示", "报道", "报导", "说", "指出", "表示", "透露"})
#: The hanzi that make a noun of a verb before them, naming who or what does it (`报道组`, `报道员`,
#: `报道者`, `报道团`): the dictionary holds few such nouns, which its segmentation cuts after the verb
#: (`报道` / `组`), so a lone one of these after a reporting verb makes the verb no word of its own.
_AGENT_SUFFIXES = frozenset("组员者团队部处室站")


def _reports_source(text: str, end: int, *, wire: bool = False) -> bool:
    """Whether a news site's `消息` (`WEB_NEWS_DATELINE`) or, `wire`, a dateline's 电 ending at `end` is
    instead a sentence's subject: the text after its gap or line break opens with a verb of speech or
    report (`人民网消息 称，…`, `新华社电 报称，…`: `_REPORTING_VERBS`), where a dispatch's lead opens
    with its own subject (`央视网消息 国家统计局…`, `新华社电 报告会…`).
    The verb must be the lead's whole first word: not the start of a noun the dictionary does not
    hold (`人民网消息 报道组抵达灾区…`: `_AGENT_SUFFIXES`), nor of one it holds (`称号`, `显示屏`).
    After a wire's 电 it must also go on as a report's does (`_verb_reports`: `新华社北京电 报称停战。`),
    not before its object (`新华社北京电 指出问题的人受到表彰。`: a dispatch's lead). A site's `消息`
    before a verb keeps the v21 reading (`人民网消息 指出问题。`: one sentence)."""
    after = _gap_end(text, end, _GAPS_ACROSS_LINES)
    lead = text[after : after + _WORD_AFTER]
    verb = first_word(lead)
    if verb not in _REPORTING_VERBS:
        return False
    rest_at = _gap_end(text, after + len(verb), _GAPS_ACROSS_LINES)
    rest = text[rest_at : rest_at + _WORD_AFTER]
    if rest_at == after + len(verb) and first_word(rest) in _AGENT_SUFFIXES:
        return False
    return not wire or _verb_reports(verb, rest)


#: The verbs of report that say what a report says with no mark after them (`报称停战`, `称今年…`).
_SAYING_VERBS = frozenset({"称", "报称"})
#: The marks after a verb of report that open what the report says: a comma, a colon, a quote.
_REPORTED_MARKS = frozenset(",，:：“「『‘\"")
#: The words after a verb of report that go on saying what the report says (`报道说，…`, `报道指出，…`,
#: `报道指，…`, `报道中称，…`, `报道还称，…`, `报道援引…说`), where a lead's verb is followed by its
#: object (`指出问题的人…`).
_SAYING_AFTER_REPORT = frozenset({"称", "说", "指", "指出", "援引", "引述"})
#: The hanzi before such a word that keep it saying what the report says (`报道中称`, `报道还称`,
#: `报道也说`), which the segmentation cuts off as a word of its own.
_REPORT_ADVERBS = frozenset("中还也又亦并更")


def _verb_reports(verb: str, rest: str) -> bool:
    """Whether the verb of report `verb`, followed by `rest` (past any gap or line break: `表示` /
    `，会议闭幕。`), says what a report says: before a comma, a colon or a quote (`报道，…`, `指出：…`,
    `表示“…`: `_REPORTED_MARKS`), before a word saying it (`报道称，…`, `报道说，…`, `报道指出，…`,
    `报道援引…说`: `_SAYING_AFTER_REPORT`; `报道中称`, `报道还称`: `_REPORT_ADVERBS`), or `称` / `报称`
    before anything (`报称停战`: `_SAYING_VERBS`). Another verb opens a dispatch's lead with its object
    (`指出问题的人受到表彰。`, `表示感谢的信件寄到。`): the formula before it a dateline."""
    if verb in _SAYING_VERBS or rest[:1] in _REPORTED_MARKS:
        return True
    if rest[:1] in _REPORT_ADVERBS:
        rest = rest[1:]
    return first_word(rest) in _SAYING_AFTER_REPORT


def _word_across_gap(text: str, end: int) -> bool:
    """Whether the 讯 or 电 ending at `end` opens a word with the hanzi after a gap on its line that the
    lead's own first word does not reach past: `电信` of `…中国电 信营业厅` (the lead's `信`), `电影院` of
    `…电 影院` (`影院` ends where it does), not `电台` of `本报北京电 台风…` (`台风` reaches past its 台),
    of `新华社电 台湾…` nor of `太平12日电 台风…`: a dispatch's lead opens with a word of its own."""
    after = _gap_end(text, end, _LINE_GAPS)
    word = _word_across(text, end, _LINE_GAPS, gap_needed=True)
    return len(word) > 1 and len(first_word(text[after : after + _WORD_AFTER])) <= len(word) - 1


def _source_and_place(span: str) -> bool:
    """Whether `span`, an undated formula ending in 电 or 专电, is an agency's or the paper's name and a
    place alone before it, or the name alone (`新华社北京电`, `本报北京电`, `中新网北京电`, `新华社电`,
    `本报电`, `新华社北京专电`): only then may its lead own a word its 电 would open across the gap
    (`_word_across_gap`). A reporter, a verb or any other word before
    电 makes it a sentence's start (`本报记者获悉居民用电 价格…`, `本报记者在市电 话题…`: 电价, 电话)."""
    m = _SOURCE_AND_PLACE.fullmatch(span)
    return m is not None and (m["place"] is None or _plain_place(m["place"]))


def _reporter_and_place(span: str) -> bool:
    """Whether `span`, an undated formula ending in 电 or 专电, is an agency's or the paper's name, a
    reporter's label, the reporter's name and a place alone before it (`本报记者王明北京电`,
    `新华社记者李华北京电`: `_REPORTER_AND_PLACE`), so its lead may own a word its 电 would open across
    the gap (`…北京电 台风来袭…`), as `新华社北京电`'s does (`_source_and_place`). The hanzi between
    the label and 电 must read as a name and a place: the place a plain one (`_plain_place`), the name
    a person's glued to its label (`_glued_names_a_person`) with no word of a clause in it (a
    preposition, a verb, an adverb, a time: `王明在北京`, `从国家`, `昨日获悉居民用`), cut where the
    dictionary cuts the two. A sentence's words are never read so (`本报记者在中国电 信息中心…`)."""
    m = _REPORTER_AND_PLACE.fullmatch(span)
    if m is None:
        return False
    words = tagged_words(m["rest"])
    cut = 0
    for k, (word, tag) in enumerate(words[:-1]):
        cut += len(word)
        if tag.startswith(_CLAUSE_WORD_TAGS):
            return False
        place = m["rest"][cut:]
        if 2 <= cut <= 4 and _plain_place(place) and _glued_names_a_person(m["rest"], 0, cut, places=False):
            return all(not t.startswith(_CLAUSE_WORD_TAGS) for _w, t in words[k + 1 :])
    return False


#: jieba's tags of the words of a clause, never in a reporter's name nor a place (`_reporter_and_place`):
#: a preposition, a verb, an adverb, a time word, a conjunction, a particle, a pronoun.
_CLAUSE_WORD_TAGS = ("p", "v", "d", "t", "c", "u", "r")


def _plain_place(name: str) -> bool:
    """Whether `name` is a place's name alone: jieba tags it a place (`北京`), the list of dateline
    places holds it (`吉隆坡`), or it is one of those and a place's hanzi (`南宁市`). Not a place's
    form a dictionary word does not fill (`记者在市`, which `_names_a_place` reads as one)."""
    if name[-1] in _PLACE_SUFFIXES and len(name) > 2 and _plain_place(name[:-1]):
        return True
    return _known_place(name, word_tags().get(name))


def _known_place(name: str, tag: str | None) -> bool:
    """Whether `name`, whose jieba tag is `tag`, is a place jieba or the list of dateline places knows
    (`北京`; `吉隆坡`: `lexicon.dateline_places`)."""
    return (tag or "").startswith(_PLACE_TAG) or name in dateline_places()


#: A dateline's day in hanzi numerals and its 电 closing the formula (`中央社台北十日电`, `廿日专电`).
_HANZI_DATED_WIRE_END = regex.compile(rf"(?:{_HANZI_DAY})日专?电$")


def _another_dispatch_in_word(text: str, end: int) -> bool:
    """Whether `又讯` / `又电` ending at `end` opens a sentence instead, its 讯 or 电 opening a word with
    the hanzi after a stray space (`又讯 问了三名证人…`, `又电 话联系…`, `又电 影院昨日…`: 讯问, 电话,
    电影院 in the best segmentation of the text glued), where another dispatch's lead opens with a
    word of its own (`又电 台湾省政府…`, cut 电 / 台湾: a dispatch, though 电台 is a word)."""
    return _opens_word_across(text, end, _LINE_GAPS, gap_needed=True)


def _opens_word_across(text: str, end: int, gaps: str, *, gap_needed: bool) -> bool:
    """Whether the 讯 or 电 ending at `end` opens a word with the hanzi after the run of `gaps` there
    (none needed unless `gap_needed`): the best segmentation of the text glued reads them as one."""
    return len(_word_across(text, end, gaps, gap_needed=gap_needed)) > 1


def _word_across(text: str, end: int, gaps: str, *, gap_needed: bool) -> str:
    """The word the hanzi ending at `end` opens with the lead after the run of `gaps` there, in the
    best segmentation of the text glued (`电台` of `新华社北京电 台湾…`, `电` alone of `…电 记者…`);
    empty when no gap is there though `gap_needed` or no hanzi follows it. Reads `_WORD_AFTER`
    characters of the lead, whatever the gap's length."""
    after = _gap_end(text, end, gaps)
    if (gap_needed and after == end) or after >= len(text) or _HAN.match(text, after) is None:
        return ""
    return first_word(text[end - 1] + text[after : after + _WORD_AFTER])


#: A dateline that names its paper or an agency (`本报吉隆坡12日讯`, `中央社台北12日电`): no place's alone.
_NAMED_SOURCE = regex.compile(rf"本报|{DISPATCH_SOURCES}|{_WIRE_AGENCIES}")


def dateline_names_source(dateline: str) -> bool:
    """Whether `dateline`, a dateline opening its line, names the paper, an agency or a news site
    (`本报讯`, `新华社北京电`, `本报吉隆坡12日讯`, `中央社台北10日電`, `人民网消息`) or is another
    dispatch's (`又电`), read through its simplified view: a sentence's words do not look so, where a
    place's and its day alone (`首尔7日电`, `北京12日讯`) may go on a sentence from the line before
    (`据报道，` / `首尔7日电 影节开幕。`), the spacing step's question (`_Layout.is_dateline_gap`)."""
    return _SOURCED_DATELINE.match(line_view(dateline)) is not None


#: The hanzi a place's name may end with (`霹雳州`, `新山市`, `兰卡威岛`), read as a place when the
#: dictionary does not know the name; `_NOT_A_PLACE_STEM` opens no place's name with them.
_PLACE_SUFFIXES = frozenset("市省县区州坡山港岛城镇乡村")
#: The first hanzi of a word of the form of a place that names none: `全市`, `本港`, `该县`, `我区`,
#: `各州`, `此岛`, `两岸`.
_NOT_A_PLACE_STEM = frozenset("全本该我各此两外")


def _place_of_dateline(span: str) -> str | None:
    """The place of `span` when it is a place's dateline and nothing else (`_PLACE_DATELINE_SPAN`:
    `吉隆坡12日讯`, `（吉隆坡12日讯`, `□新山十日电`), the longest reading that names a place
    (`_names_a_place`: `槟城` of `槟城十二日电`, not `槟城十`) or else the shortest; None for any other
    span, a paper's or an agency's dateline included (`本报吉隆坡12日讯`: `_NAMED_SOURCE`)."""
    if not span.endswith(_PLACE_DATELINE_ENDS):
        return None  # (most spans: the cheap test before `_PLACE_DATELINE_SPAN`)
    m = _PLACE_DATELINE_SPAN.fullmatch(span)
    if m is None or _NAMED_SOURCE.match(m["place"]):
        return None
    readings = [r for r in _place_readings(span[m.start("place") :]) if _names_a_place(r)]
    return readings[-1] if readings else m["place"]


#: How every place's dateline ends (`_PLACE_DATELINE_SPAN`): `_place_of_dateline`'s cheap test.
_PLACE_DATELINE_ENDS = ("日讯", "日电")


def _place_readings(dateline: str) -> list[str]:
    """Every place `dateline` (a place, its day and 日讯 or 日电) may be read with, shortest first:
    `槟城` and `槟城十` of `槟城十二日电`."""
    return [dateline[:k] for k in range(2, min(6, len(dateline)))
            if _DAY_AND_DISPATCH.fullmatch(dateline, k) is not None]


#: The day and 日讯 or 日电 closing a place's dateline.
_DAY_AND_DISPATCH = regex.compile(_DAY_DISPATCH)


def _names_a_place(name: str) -> bool:
    """Whether `name`, read before a day and 日讯 or 日电, names a place: jieba tags it one (`北京`,
    `新山`), the shipped list of dateline places holds it (`吉隆坡`, `加影`, `马尼拉`:
    `lexicon.dateline_places`), or the dictionary does not know it and it ends
    with a place's hanzi (`霹雳州`, `新山市`: `_PLACE_SUFFIXES`) not after a word of reference
    (`全市`, `该县`: `_NOT_A_PLACE_STEM`). `新闻`, `今年`, `警方`, `该公司`, `他们在` name none."""
    tag = word_tags().get(name)
    if _known_place(name, tag):
        return True
    return tag is None and name[-1] in _PLACE_SUFFIXES and name[0] not in _NOT_A_PLACE_STEM


def _place_dateline_in_word(text: str, end: int, place: str) -> bool:
    """Whether a place's dateline ending at `end` (`_PLACE_DATELINE`) is instead the start of a
    sentence: its place names none (`新闻12日讯 全市…`, `今年12日电 视台…`: `_names_a_place`), or, before
    a line break, its 讯 or 电 opens a word with the hanzi after it (`上海12日电` / `力供应紧张…`,
    `香港七日电` / `影节…`: 电力, 电影节 in the best segmentation of the text glued), where a dispatch's
    lead opens with a word of its own (`吉隆坡12日讯` / `马来西亚首相…`: 讯 / 马来西亚).

    Before a gap on its line a named place's dated dateline is one whatever hanzi follows
    (`吉隆坡12日电 线上会议…`, `新山12日讯 息口…`, `槟城12日电 流感…`: 电线, 讯息, 电流 are words, and the
    lead's first word the dictionary may not know, 息口): a line wraps anywhere, but a sentence needs a
    stray space right after its day's 电 (`上海12日电 力供应紧张…`) to look so, and read as a dateline
    it keeps every character, the space too, where read as a sentence a dispatch loses its gap. A
    listed place that is also a common word or a person's name (`林茂`, `太平`, `古来`:
    `lexicon.dateline_place_words`) is read as an undated wire's (`_word_across_gap`), as a sentence
    may open with it and a day: `林茂12日电 话中表示…` is one (电话, the lead's `话` alone), `太平12日电
    台风来袭…` a dateline (`台风` reaches past the 台 of 电台)."""
    if not _names_a_place(place):
        return True
    if _gap_on_line(text, end):
        return place in dateline_place_words() and _word_across_gap(text, end)
    return _opens_word_across(text, end, _GAPS_ACROSS_LINES, gap_needed=False)


def _gap_on_line(text: str, end: int) -> bool:
    """Whether a run of spaces on one line follows `end`, the hanzi or digit after it on that line."""
    after = _gap_end(text, end, _LINE_GAPS)
    return end < after < len(text) and text[after] not in "\n\r"


def dispatch_dateline(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, a line's start up to a space run, is a wire service's dateline with
    the day in hanzi numerals or of an agency other than 新华社 (`中央社台北十日電`, `路透社倫敦十日電`,
    `合眾社華盛頓10日電`: `_WIRE_DATELINE`), another dispatch's (`又電`, `又訊`: `_ANOTHER_DISPATCH`) or
    a place's with no paper or agency (`吉隆坡12日讯`, `新山十日電`: `_PLACE_DATELINE`),
    read through its simplified view: the spacing step keeps the gap after it, as the labels read it
    (`_DATELINE_FORMULA`). A 讯 or 电 opening a word with the hanzi after the gap is none (`又电
    话联系…`, `上海12日电 力供应…`), and so is a place's dateline whose place names none (`新闻12日讯
    全市…`): `wire_in_word`."""
    view = line_view(text[start : dateline_reach(text, end)])  # offset for offset
    n = end - start
    return _DISPATCH_DATELINE.fullmatch(view, 0, n) is not None and not wire_in_word(view, 0, n)


#: How many characters of the lead after a dateline's gap `wire_in_word` reads, for the word its 讯,
#: 电 or 消息 may open with them.
_WORD_AFTER = 8


def dateline_reach(text: str, end: int) -> int:
    """Where the text `wire_in_word` reads after a dateline ending at `end` ends: past its gap (spaces
    and the line breaks a place's dateline is read across) and `_WORD_AFTER` characters of the lead.
    A caller passing a dateline's line up to there reads it as the labels do the whole block, however
    long the gap (the spacing step)."""
    return min(len(text), _gap_end(text, end, _GAPS_ACROSS_LINES) + _WORD_AFTER)


#: Ornaments some papers print before a byline (`□本报记者 王丽`, `○本报讯`); part of the byline's text.
#: `○` (U+25CB, a white circle) also stands for a zero in hanzi dates (`二○二三年`), never opening a
#: block; the hanzi zero `〇` (U+3007) is no ornament.
BYLINE_ORNAMENTS = "□■●◆▲★◎○"
#: `dispatch_dateline`'s forms at a line's start, after an indent and an ornament.
_DISPATCH_DATELINE = regex.compile(
    rf"[\t\p{{Zs}}]*(?:[{BYLINE_ORNAMENTS}][\t\p{{Zs}}]*)?(?:{_WIRE_DATELINE}|{_ANOTHER_DISPATCH}|{_PLACE_DATELINE})"
)
#: A place's dateline alone, the place (group `place`) and its day, after an indent, an ornament or
#: an opening bracket (`_PLACE_DATELINE` without what follows it).
_PLACE_DATELINE_SPAN = regex.compile(
    rf"[\s{BYLINE_ORNAMENTS}(（【〔\[［]*(?P<place>\p{{Han}}{{2,5}}?){_DAY_DISPATCH}"
)
#: An undated dispatch's dateline naming its agency or paper and a place alone (group `place`), or no
#: place, before its 电 or 专电, after an indent or an ornament: `新华社北京电`, `本报北京电`,
#: `中新网北京电`, `新华社电`, `本报电`, `新华社北京专电`, `新华社专电` (`_source_and_place`).
_SOURCE_AND_PLACE = regex.compile(
    rf"[\s{BYLINE_ORNAMENTS}]*(?:本报|{DISPATCH_SOURCES})(?P<place>\p{{Han}}{{2,5}}?)?专?电"
)
#: A dateline opening with the paper's, an agency's or a news site's name, or another dispatch's
#: `又讯` / `又电`, after an indent or an ornament (`dateline_names_source`).
_SOURCED_DATELINE = regex.compile(rf"[\s{BYLINE_ORNAMENTS}]*(?:{_NAMED_SOURCE.pattern}|又[讯电])")
#: Two-character surnames, whose bearers may have a three-character given name (欧阳晓明月 is rare,
#: but a five-hanzi name must not end the byline early).
_COMPOUND_SURNAMES = (
    "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|独孤|南宫|呼延"
)
#: Time words that open a lead (`_DATE_LEAD`'s words and a few more): never a reporter's name.
_TIME_WORDS = "近日|日前|连日来|近期|近年来|昨天|昨日|今天|今日|本周|上周|目前|今年|去年"
_COMPOUND_SURNAME = regex.compile(_COMPOUND_SURNAMES)
_NAME = rf"(?!{_TIME_WORDS})(?:(?:{_COMPOUND_SURNAMES})\p{{Han}}{{3}}|\p{{Han}}{{2,4}})"
_NAMES = rf"{_NAME}(?:、{_NAME})*"
#: The words papers print before 记者 in a reporter's label: special (特约), intern (实习), trainee
#: (见习), sent on assignment (特派), stationed in a county (驻站), of the paper's media centre
#: (融媒体, 全媒体), chief (首席). Traditional pages (見習記者, 駐站記者) are read through their view.
_REPORTER_KINDS = r"特约|实习|见习|特派|驻站|融媒体|全媒体|首席"
#: An undated dispatch's dateline naming its agency or paper, a reporter's label and, glued, the
#: reporter's name and a place (group `rest`) before its 电 or 专电: `本报记者王明北京电`,
#: `新华社记者李华北京电` (`_reporter_and_place`).
_REPORTER_AND_PLACE = regex.compile(
    rf"[\s{BYLINE_ORNAMENTS}]*(?:本报|{DISPATCH_SOURCES})(?:{_REPORTER_KINDS})?记者(?P<rest>\p{{Han}}{{4,9}}?)专?电"
)
#: A reporter's role in a byline, a signature or a photo credit: `记者`, `见习记者`, `融媒体记者`,
#: `通讯员`, `特约通讯员`, `实习生`, `特派员` (a correspondent sent out, as Republican-era papers and
#: Taiwan's print it: `本報特派員 王大同`).
_REPORTER_ROLE = rf"(?:(?:{_REPORTER_KINDS})?记者|(?:特约)?通讯员|实习生|特派员)"
#: A reporter's label: the role, after the word the paper calls itself by (本报, or 我报, its
#: pronoun form, `我报记者王丽`) if any.
_REPORTER_LABEL = rf"(?:本报|我报)?{_REPORTER_ROLE}"
#: Where a field ends: at a space, or at the end of its line (a line made of fields only is a
#: byline or a credit, `通讯员 杨帆 摄`, with no paragraph to cut off).
_FIELD_END = r"(?!\S)"
#: Who a photo credit names as its source before the role: `本报`, `新华社`, `人民日报`, `经济日报`,
#: `中国青年报`, `央视网`: a paper, agency, site or station (a name ending in 报, 社, 网 or 台).
_CREDIT_ORG = r"(?:本报|\p{Han}{1,8}?(?:报|社|网|台))"
#: The first reporter field: `本报记者 王丽`, `通讯员 张强、李华`, with a space after the label; glued
#: (`记者王丽`) after a dateline. With no dateline a glued name opens a byline only before a gap and a
#: lead opening as one (`_REPORTER_OR_GLUED`, `本报记者王丽 近日，…`), never in a block of fields alone,
#: since `通讯员培训班 近日…` and `记者节到来 各地…` open running text with a word, not a name, and
#: such hanzi must name a person (`_glued_names_a_person`). Group `first` is the first name after a
#: spaced label, which must name a person (`_names_someone`: `通讯员 培训班` spells a word); group
#: `dated` the first name after the label behind a dateline (group `wire`), spaced or glued, which
#: must too (`本报讯 记者了解到 全市…` opens a clause); that dateline must be one, no verb ending in
#: 电 (`本报来电 记者…`: `wire_in_word`). The label behind a dateline may name its agency or paper
#: first (group `org`, which must name one: `本报讯 新华社记者王丽 近日，…`, `_org_names_a_medium`).
_REPORTER = (
    rf"(?:(?>{_REPORTER_LABEL}{_HSPACE}+(?P<first>{_NAME})(?:、{_NAME})*)"
    rf"|(?P<wire>{_DATELINE_FORMULA}){_HSPACE}+"
    rf"(?>(?P<org>{_CREDIT_ORG})?{_REPORTER_LABEL}{_HSPACE}*(?P<dated>{_NAME})(?:、{_NAME})*))"
    rf"{_FIELD_END}"
)
#: `_REPORTER`; a label naming its paper or agency first (group `org`, a `_CREDIT_ORG` before a
#: `_REPORTER_ROLE`, as an `_ORG_BYLINE` reads it: `新华社记者`, `人民日报记者`, `兰州日报实习生`), a
#: space and a name (group `first`, as in `_REPORTER`: `新华社记者 王丽 近日，…`); or a name glued to a
#: label, that one or a reporter's, with no dateline before it (group `glued`: `本报记者王丽 近日，…`,
#: `新华社记者王丽 近日，…`). Group `org` must name a medium (`_org_names_a_medium`: `他告诉新华社` does
#: not). Such a byline, glued or spaced after an `org`, stands only before a gap and a lead that opens as
#: one (`_names_someone`, `_LEAD_AFTER_PAD`): `新华社记者 从中 了解到，…` is a sentence. Only a pattern
#: with a `gap` group (`_spaced_byline_pattern`) takes it: in a block of fields alone
#: (`_FIELDS_BYLINE`) it could never name someone, and `org_byline` reads an agency's byline block.
_REPORTER_OR_GLUED = (
    rf"(?:{_REPORTER}"
    rf"|(?>(?P<org>{_CREDIT_ORG}){_REPORTER_ROLE}{_HSPACE}+(?P<first>{_NAME})(?:、{_NAME})*){_FIELD_END}"
    rf"|(?>(?P<org>{_CREDIT_ORG})?{_REPORTER_ROLE}(?P<glued>{_NAME})(?:、{_NAME})*){_FIELD_END})"
)
#: A credit word opening a byline, before its name: `图/文 王丽` (photos and text by one reporter),
#: `文/图 王丽`, `文·图 王丽`, `文·图/王丽`, `图文/王丽`, `文/本报记者 王丽`, `撰文/王丽`. `图文` and `文图`
#: need a slash or a space after them (`图文并茂` opens a headline); `图/王丽` alone is a photo credit
#: (`find_credit`).
_CREDIT_WORD_LEAD = (
    rf"(?:(?:文[/／·]图|图[/／·]文)[/／:：]?|(?:图文|文图)(?:[/／]|(?={_HSPACE}))|撰文[/／:：]|文[/／])"
)
#: A photographer's field after the writer's in one byline line: `文/王丽 图/李华`, `撰文/王丽 摄影/李华`,
#: `文/本报记者 王丽 图/本报记者 李华`. Alone on its line or after a caption, `图/李华` is a credit.
_PHOTO_FIELD = rf"(?:图|图片|摄影)[/／:：]{_HSPACE}*(?:{_REPORTER_LABEL}{_HSPACE}*)?{_NAMES}"
#: The label a credit word may name before the name: a reporter's (`_REPORTER_LABEL`), or any label
#: ending as a reporter's, a commentator's, an editor's or a photographer's does, whoever employs
#: them (`摄影记者`, `本报摄影记者`, `新华社记者`, `央视记者`, `本报特约评论员`, `责任编辑`). Read as
#: the name, such a label names no one, and the byline was lost (`文/图 摄影记者 王丽`).
_CREDIT_LABEL = rf"(?:\p{{Han}}{{0,8}}(?:记者|评论员|通讯员|编辑|摄影)|{_REPORTER_LABEL})"
#: A credit word, a label if any (`_CREDIT_LABEL`) and its name (group `credited`, the first name,
#: which must name a person: `文/图 新闻 发布会` is no byline).
_CREDITED = (
    rf"{_CREDIT_WORD_LEAD}{_HSPACE}*(?>(?:{_CREDIT_LABEL}{_HSPACE}*)?(?P<credited>{_NAME})(?:、{_NAME})*)"
    rf"{_FIELD_END}"
)
#: The field a byline of fields alone opens with (`_FIELDS_BYLINE`): a reporter (`_REPORTER`), or a
#: credit word and its name (`_CREDITED`).
_OPENING = rf"(?:{_REPORTER}|{_CREDITED})"
#: The field a spaced byline before its lead opens with: `_OPENING`, or a name glued to its label
#: (`_REPORTER_OR_GLUED`).
_LEAD_OPENING = rf"(?:{_REPORTER_OR_GLUED}|{_CREDITED})"
#: Where the reporter files from: `发自北京`, `发自北京报道`, `发自兰州新区` (before the bare names, which
#: would take `发自北京` and leave `报道` glued to it).
_SENT_FROM = r"发自\p{Han}{1,8}"
#: Where and when a reporter files, closing a Taiwan or Hong Kong byline after the name: a wire's
#: place and day (`中央社记者 王丽 台北12日电`, `华盛顿11日专电`) or a place and 报导/报道
#: (`本报记者 陈大文 台北报导`). Glued to the lead after it, only 报导/报道 ends the byline
#: (`_FILED_BEFORE_LEAD`): a day's 电 glued to hanzi may open a word.
_FILED_FIELD = rf"\p{{Han}}{{2,5}}?(?:(?:\d{{1,2}}|{_HANZI_DAY})日专?电|报[导道])"
#: `_FILED_FIELD`'s place (group `filed`) and 报导/报道 glued to the lead it closes (`台北报导立法会昨日…`):
#: the byline's end only where the place names one and the lead opens with a word of its own
#: (`_filed_glued_to_lead`); `报导表示`, `据外媒报导美国…`, `昨日报导市府…` are sentences about a report.
_FILED_BEFORE_LEAD = r"(?P<filed>\p{Han}{2,5}?)报[导道]"
#: A further field: another reporter, a photographer (`图/李华`), a credit word (`文/图`, `摄`), where
#: the reporter files from (`发自北京报道`), or one more name (`记者 王丽 李华`) (`_FIELD_OTHERS`: all but
#: the first).
_FIELD_OTHERS = rf"{_PHOTO_FIELD}|文[/／·]图|图[/／·]文|摄影|摄|{_SENT_FROM}|{_FILED_FIELD}|{_NAMES}"
_FIELD = rf"(?>{_REPORTER_LABEL}{_HSPACE}*{_NAMES}|{_FIELD_OTHERS}){_FIELD_END}"
#: A further field whose label is followed by a two-hanzi name padded to the width of three by a
#: space: `通讯员 张 强`, `通讯员 张 强、李华` (group `pad`, the padding). `_PADDED_SPACED_BYLINE` reads
#: it as a field; its surname is checked after the match (`_padded_match`).
_PADDED_FIELD = (
    rf"(?>{_REPORTER_LABEL}{_HSPACE}*{_NAMES}|{_REPORTER_LABEL}{_HSPACE}+\p{{Han}}(?P<pad>{_HSPACE})\p{{Han}}"
    rf"(?:、{_NAME})*|{_FIELD_OTHERS}){_FIELD_END}"
)


def _spaced_byline_pattern(field: str, *, filed_glued: bool = True) -> regex.Pattern[str]:
    """A spaced byline whose further fields are `field`s, and the paragraph's text after it; with
    `filed_glued`, the place and 报导 closing it may be glued to that text (`_FILED_BEFORE_LEAD`)."""
    glued = rf"{_HSPACE}+{_FILED_BEFORE_LEAD}(?P<gap>)|" if filed_glued else ""
    return regex.compile(
        rf"{_HSPACE}*(?:[{BYLINE_ORNAMENTS}]{_HSPACE}*)?"
        rf"{_LEAD_OPENING}(?:{_HSPACE}+{field})*+"
        rf"(?:{glued}(?P<gap>{_HSPACE}+))[\p{{Han}}\p{{N}}\p{{Latin}}“‘「『《]"
    )


#: A byline whose fields are set apart by spaces, opening a lead paragraph on its first line:
#: `本报记者 王丽 通讯员 张强 近日,…`, `本报讯 记者王丽 近日,…`, `●本报记者 王丽 文/图 近日,…`.
#: It opens with a reporter field (after an ornament, if any); every field ends at a space, and the
#: paragraph's text follows the last one (group `gap`). The fields are atomic and taken greedily, so
#: none is given back to the paragraph: a line made of fields only (`本报记者 王丽 李华`, `通讯员 杨帆
#: 摄`) is not cut, nor is `记者近日从…` (no field ends at a space).
_SPACED_BYLINE = _spaced_byline_pattern(_FIELD)
#: `_SPACED_BYLINE`, and the same with no place and 报导 glued to the lead (`_match_spaced`).
_SPACED_BYLINES = (_SPACED_BYLINE, _spaced_byline_pattern(_FIELD, filed_glued=False))
#: `_SPACED_BYLINE` whose further labels may be followed by a padded name (`_PADDED_FIELD`):
#: `本报记者 王丽 通讯员 张 强 近日,…`, where `_SPACED_BYLINE` takes `通讯员` for a bare name and
#: gives `张 强` to the paragraph. Tried only when a label and a padded name follow the byline's
#: start (`_PADDED_AHEAD`).
_PADDED_SPACED_BYLINE = _spaced_byline_pattern(_PADDED_FIELD)
_PADDED_SPACED_BYLINES = (_PADDED_SPACED_BYLINE, _spaced_byline_pattern(_PADDED_FIELD, filed_glued=False))
#: A byline opening with a reporter label and a two-hanzi name padded to three (`本报记者 王 丽 近日,…`,
#: group `pad` the padding, as in `_PADDED_FIELD`), its further fields as `_PADDED_SPACED_BYLINE`'s:
#: `_SPACED_BYLINE` reads no name of one hanzi and found no byline there, so the padding, the gap before
#: the lead and the one after the label all went (`本报记者王丽近日,…`). Tried only when a label and a
#: padded name follow the block's start (`_PADDED_AHEAD`); its surnames are checked after the match.
_PADDED_LEAD_BYLINE = regex.compile(
    rf"{_HSPACE}*(?:[{BYLINE_ORNAMENTS}]{_HSPACE}*)?"
    rf"(?:本报)?{_REPORTER_LABEL}{_HSPACE}+\p{{Han}}(?P<pad>{_HSPACE})\p{{Han}}(?:、{_NAME})*{_FIELD_END}"
    rf"(?:{_HSPACE}+{_PADDED_FIELD})*+"
    rf"(?P<gap>{_HSPACE}+)[\p{{Han}}\p{{N}}\p{{Latin}}“‘「『《]"
)
#: `_PADDED_LEAD_BYLINE` whose further fields may be a second padded name with no label of its own
#: (`本报记者 王 丽 李 华 近日,…`), which `_NAMES` does not read (one hanzi, a space, one hanzi): the
#: byline ended after 王丽 and the spaces of `李 华 近日` went as stray ones, the gap before the lead
#: too (`本报记者 王丽 李华近日,…`).
_PADDED_LEAD_BYLINE_NAMES = regex.compile(
    rf"{_HSPACE}*(?:[{BYLINE_ORNAMENTS}]{_HSPACE}*)?"
    rf"(?:本报)?{_REPORTER_LABEL}{_HSPACE}+\p{{Han}}(?P<pad>{_HSPACE})\p{{Han}}(?:、{_NAME})*{_FIELD_END}"
    rf"(?:{_HSPACE}+(?:\p{{Han}}(?P<pad>{_HSPACE})\p{{Han}}{_FIELD_END}|{_PADDED_FIELD}))*+"
    rf"(?P<gap>{_HSPACE}+)[\p{{Han}}\p{{N}}\p{{Latin}}“‘「『《]"
)
#: A label, a space, one hanzi, a space and one hanzi ending a field: a padded name after a label.
_PADDED_AHEAD = regex.compile(rf"{_REPORTER_LABEL}{_HSPACE}+\p{{Han}}{_HSPACE}\p{{Han}}[、\t\p{{Zs}}]")
#: `_PADDED_AHEAD` where a `_PADDED_LEAD_BYLINE(_NAMES)` match has it, at the block's start (after
#: its spaces, an ornament and a second 本报): `_padded_lead_byline`'s gate, one anchored match
#: instead of a search of the whole window.
_PADDED_AT_START = regex.compile(
    rf"{_HSPACE}*(?:[{BYLINE_ORNAMENTS}]{_HSPACE}*)?(?:本报)?{_PADDED_AHEAD.pattern}"
)
#: A block that is a byline of fields only, on one line: `图/文 王丽`, `本报记者 王丽、李华`,
#: `本报记者 王丽 文/图`. Its spaces are the byline's, as a spaced byline's up to its paragraph are.
_FIELDS_BYLINE = regex.compile(
    rf"\s*(?:[{BYLINE_ORNAMENTS}]{_HSPACE}*)?{_OPENING}(?:{_HSPACE}+{_FIELD})*+\s*"
)
#: The characters a `_SPACED_BYLINE` or `_FIELDS_BYLINE` match can start with after its leading spaces.
_SPACED_BYLINE_STARTS = frozenset(BYLINE_ORNAMENTS + "本我记通实特见驻融全首新中人央文图撰")
#: A space after a block's first characters and before its first bracket, comma, full stop or line
#: break: where every spaced byline has its first space (`spaced_byline`'s gate). Up to that space
#: its opening holds hanzi, digits, an ornament, `/`, `·`, `、` and colons only (`_OPENING`), so a
#: block without one opens with no spaced byline (`本报兰州讯（记者 王丽）…`, a headline, a paragraph
#: without spaces: most blocks the labels read). Read without a stray label space a block has its
#: spaces but that one, and its simplified view has the same spaces and marks (t2s changes hanzi only).
_SPACE_BEFORE_CLAUSE = regex.compile(r"[ \t\u3000]*[^（(，。\n\t\p{Zs}]+[\t\p{Zs}]")


def _reporter_labels() -> list[str]:
    """Every label `_REPORTER_LABEL` reads, longest first: `本报记者`, `见习记者`, `特约通讯员`..."""
    roles = [kind + "记者" for kind in ("", *_REPORTER_KINDS.split("|"))] + ["通讯员", "特约通讯员", "实习生"]
    return sorted((paper + role for paper in ("", "本报", "我报") for role in roles), key=len, reverse=True)


#: Every reporter label with one stray space between two of its hanzi (group `stray`), as
#: alternatives: what `_SPLIT_LABEL` and `_SPLIT_FIELD_LABEL` read after what each opens with.
_SPLIT_LABEL_FORMS = "|".join(
    f"{label[:i]}(?P<stray>{_HSPACE}){label[i:]}"
    for label in _reporter_labels()
    for i in range(1, len(label))
)
#: A reporter label opening a line (after its indent and an ornament) with one stray space the OCR
#: put between two of its hanzi (group `stray`): `通 讯员`, `本 报记者`, `本报 记者`, `见习记 者`. The
#: labels are a closed list, so such a label is still recognisable; what follows it must read as a
#: byline once the space is gone (`记 者会上，…`, `通 讯员工作…` are sentences).
_SPLIT_LABEL = regex.compile(rf"{_HSPACE}*(?:[{BYLINE_ORNAMENTS}]{_HSPACE}*)?(?:{_SPLIT_LABEL_FORMS})")
#: `_SPLIT_LABEL` opening a further field of a byline, after a space: `本报记者 王丽 通 讯员 张强`.
_SPLIT_FIELD_LABEL = regex.compile(rf"(?<={_HSPACE})(?:{_SPLIT_LABEL_FORMS})")
#: The hanzi every reporter label ends with, in either script (记者, 通讯员, 通訊員, 实习生).
_LABEL_ENDS = frozenset("者员員生")
#: The hanzi of the reporter labels (`本报融媒体记者`...).
_LABEL_CHARS = "".join(sorted(set("".join(_reporter_labels()))))
#: One space between a label's hanzi, the rest of the label after it ending with its last hanzi: what
#: every stray space `_SPLIT_LABEL` and `_SPLIT_FIELD_LABEL` find stands in. `_stray_label_spaces`'
#: gate on a simplified line, where the rules read the text as printed.
_STRAY_IN_LABEL = regex.compile(
    rf"[{_LABEL_CHARS}]{_HSPACE}[{_LABEL_CHARS}]{{0,{max(map(len, _reporter_labels())) - 2}}}"
    rf"[{''.join(sorted(_LABEL_ENDS))}]"
)
#: How far into its line a split label ends at most: an indent, an ornament and `特约 通讯员`.
_SPLIT_LABEL_REACH = 16


def label_stray_space(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The stray space inside the reporter label opening `text[start:end]` (`通 讯员 张强`, `本 报记者
    王丽 近日,…`), as offsets into `text`; None when it opens with no label holding one.

    Such a space stopped the byline from being read, so the spacing step lost its gaps with the stray
    space (`通讯员张强近日,…`). `spaced_byline`, `byline_fields` and `byline_lines_end` read the byline
    without it, and the spacing step removes it as the padding of a name. Whether a byline follows
    is theirs to say. A traditional label (`本 報記者`) is read through its simplified view."""
    stop = len(text) if end is None else end
    window = text[start : min(stop, start + _SPLIT_LABEL_REACH)]
    first = window.lstrip()[:1]
    if not first or (first not in _SPACED_BYLINE_STARTS and is_simplified_char(first)):
        return None
    if not _LABEL_ENDS.intersection(window) or _HSPACE_RUN.search(window.lstrip()) is None:
        return None  # (the cheap test: no label, or no space inside one)
    view = window if in_simplified_charset(window) else simplified_view(window)  # offset for offset
    if _STRAY_IN_LABEL.search(view) is None:
        return None  # (a space after a label, `记者 王丽`: none inside one, which the long pattern needs)
    m = _SPLIT_LABEL.match(view)
    return None if m is None else (start + m.start("stray"), start + m.end("stray"))


def _without_stray_label_space(text: str, start: int, stop: int) -> str | None:
    """`text[start:stop]` without the stray space inside the reporter label opening it
    (`label_stray_space`); None when it opens with no such label."""
    stray = label_stray_space(text, start, stop)
    if stray is None:
        return None
    window = text[start:stop]
    return window[: stray[0] - start] + window[stray[1] - start :]


#: How far into its block a spaced byline is looked for (no byline is longer): the labels and the
#: spacing step look at the same characters.
SPACED_BYLINE_REACH = 120
_BYLINE_BLOCK = regex.compile(
    rf"^\s*(?:本报|我报)?(?:{_REPORTER_ROLE}|特约撰稿人?|文\s*/|文\s*／|文图\s*[/／]|撰文\s*[/／:：]|作者\s*[:：]|撰稿\s*[:：])"
)
#: A credit word opening a block, as `_CREDIT_FIRST_RUN` and `_PADDED_CREDIT_LINE` read it:
#: `_CREDIT_WORD_LEAD`'s and `_BYLINE_BLOCK`'s (spaces before the mark, `文 /`, `撰文 ：`; a writer's
#: label, `撰稿：`, `特约撰稿人：`).
_CREDIT_OPENING_WORD = (
    rf"(?:{_CREDIT_WORD_LEAD}|文\s*[/／]|文图\s*[/／]|撰文\s*[/／:：]|撰稿\s*[:：]|特约撰稿人?[:：]?)"
)
#: A credit word opening a block (`_BYLINE_BLOCK`'s and `_CREDIT_WORD_LEAD`'s), a label after it if
#: any (group `label`, `_CREDIT_LABEL`), and the first run of hanzi after them, if any (group `name`):
#: `文/图 王丽`, `撰文/王丽`, `文/本报记者 王丽`, `文/图 摄影记者 王丽`, `文/图 发布会现场`. The credit
#: word is atomic: `文/图 Li Wei` is no credit word `文/` before the name `图`.
_CREDIT_FIRST_RUN = regex.compile(
    rf"(?>\s*{_CREDIT_OPENING_WORD})"
    rf"\s*(?:(?P<label>{_CREDIT_LABEL})\s*)?(?P<name>\p{{Han}}+)?"
)
#: A line opening with a credit word (as `_CREDIT_FIRST_RUN`'s), a label after it if any, and a
#: two-hanzi name padded to the width of three by a space (group `pad`), nothing after it: `文/图 张 强`,
#: `文/图 记者 张 强`, `文/本报记者 张 强`. Its surname is checked after the match (`_pads_a_name`).
_PADDED_CREDIT_LINE = regex.compile(
    rf"(?>{_HSPACE}*{_CREDIT_OPENING_WORD})"
    rf"{_HSPACE}*(?:{_CREDIT_LABEL}{_HSPACE}*)?\p{{Han}}(?P<pad>{_HSPACE})\p{{Han}}{_HSPACE}*(?:\n|\Z)"
)
#: The characters a `_PADDED_CREDIT_LINE` match opens with after its spaces, in either script.
_PADDED_CREDIT_STARTS = frozenset("文图圖撰特")
#: A Latin letter: a name written in pinyin or in a foreign script after a credit word's label.
_LATIN_LETTER = regex.compile(r"\p{Latin}")
#: A reporter label glued to the hanzi after it (`记者王丽报道`, `记者摄下了车祸现场`).
_GLUED_LABEL = regex.compile(rf"\s*{_REPORTER_LABEL}(?=\p{{Han}})")
#: ...which opens a byline only when a name follows the label and ends where a field ends: at a space,
#: `、`, a slash or a parenthesis, before `摄` / `报道` / `发自`, or at the block's end. A byline names
#: people: `记者摄下了车祸现场` (摄 is the verb, no surname) and `记者从市交通局获悉` are sentences.
_GLUED_NAME = regex.compile(
    rf"\s*{_REPORTER_LABEL}(?!摄)(?P<name>{_NAME})(?:、{_NAME})*(?:{_HSPACE}|[、/／(（]|摄|报道|发自|\s*$)"
)
#: A reporter label, a space and two to four hanzi ending where a field ends (as in `_GLUED_NAME`):
#: `本报记者 王丽 发自北京`, which must name a person (`通讯员 培训班` is no byline).
_SPACED_NAME = regex.compile(
    rf"\s*{_REPORTER_LABEL}{_HSPACE}+(?P<name>{_NAME})(?:、{_NAME})*(?:{_HSPACE}|[、/／(（]|摄|报道|发自|\s*$)"
)
#: A block that is a byline naming the paper or agency before the reporter's or commentator's label,
#: with or without names (`新华社记者 张三 李四`, `人民日报记者 王丽`, `本报评论员`, `本报特约评论员 张明`,
#: `甘肃日报评论员`): printed under the headline as a byline is. Group `name` is the first name, which
#: must name a person (`本报记者节`, `人民日报评论员文章` are no bylines; see `org_byline`).
_ORG_BYLINE = regex.compile(
    rf"\s*{_CREDIT_ORG}(?:{_REPORTER_ROLE}|(?:特约)?评论员)"
    rf"(?:{_HSPACE}*(?P<name>{_NAME})(?:(?:、|{_HSPACE}+){_NAME})*)?(?:{_HSPACE}+{_FILED_FIELD})?\s*"
)
#: The labels an `_ORG_BYLINE` holds: one of them must be in a block before the pattern is tried.
_ORG_BYLINE_LABELS = ("记者", "评论员", "通讯员", "实习生")
#: Those labels in either script (記者, 評論員, 通訊員, 實習生): most blocks hold none, and are refused by
#: one search without their simplified view.
_ORG_BYLINE_GATE = regex.compile(r"[记記]者|[评評][论論][员員]|通[讯訊][员員]|[实實][习習]生")
_CREDIT_ROLE = rf"(?:{_REPORTER_ROLE}|摄影记者|特约摄影师?)"
_CREDIT_NAMES = r"[\p{Han}·]{2,4}(?:\s*[、\s]\s*[\p{Han}·]{2,4}){0,3}"
#: A two-hanzi name padded to the width of three, a surname, one space and its given name, right
#: before the credit's 摄 (group `padname`): `新华社发 陈 欣 摄`, `（新华社记者 陈 欣 摄）`, `（陈 欣 摄）`,
#: after an agency, a role, an opening bracket or a caption's last sentence, where `_CREDIT_NAMES`
#: (two hanzi at least) read none, so the spacing step glued the whole credit (`新华社发陈欣摄`, a
#: paragraph's text). The surname must be one (`_named_credit`); the spacing step removes the padding
#: and keeps the credit's other gaps (`padded_credit_name`).
_PADDED_CREDIT_NAME = rf"(?P<padname>\p{{Han}}{_HSPACE}\p{{Han}})(?=\s*(?:[/／]\s*)?摄)"
#: The names of a credit, or one name padded (`_PADDED_CREDIT_NAME`).
_CREDIT_NAMED = rf"(?:{_CREDIT_NAMES}|{_PADDED_CREDIT_NAME})"
#: The names of a credit without a role before them, where only a space sets the credit apart from a
#: caption that ends without punctuation: one field (`张强 摄`), several names joined by 、. Words the
#: OCR spaced out (`图为 工人 在 检修 设备 张强 摄`) cannot be told from spaced names there, so the
#: credit takes the last field only. After a role (`记者 张强 李华 摄`), on a line of its own, or
#: after the caption's last sentence or an opening parenthesis, names may be set apart by spaces.
#: So may they after a caption whose last run is longer than a name (`图为工人在检修设备 张强 李华 摄`,
#: group `spaced`), if each but the last opens with a surname and spells no words (`_named_credit`:
#: `图为工人在检修设备 现场 张强 摄` keeps 现场 in its caption).
_CREDIT_BARE_NAMES = (
    rf"(?:(?<=(?:^|[\n。!?！？…”」』(（])\s*){_CREDIT_NAMED}"
    rf"|(?<=\S{{5}}{_HSPACE}+)(?P<spaced>[\p{{Han}}·]{{2,4}}(?:{_HSPACE}+[\p{{Han}}·]{{2,4}}){{1,3}})"
    r"|[\p{Han}·]{2,4}(?:\s*、\s*[\p{Han}·]{2,4}){0,3})"
)
#: `新华社记者 张强 摄`, `本报记者 王丽/摄`, `通讯员 齐彦军 摄影报道`, `张强 摄`, `视觉中国供图`; not
#: `…正在拍摄` (拍摄 is the verb "to photograph", no name before it).
_CREDIT_BY = (
    rf"(?:(?:{_CREDIT_ORG}\s*)?{_CREDIT_ROLE}\s*{_CREDIT_NAMED}|{_CREDIT_BARE_NAMES})"
    r"\s*(?:[/／]\s*)?(?<!拍)(?:摄影报道|摄|供图)"
)
#: The other forms papers print: `新华社发（李明 摄）`, `新华社发 李明 摄` and `新华社发` (an agency's
#: photo), `资料图片`, `视觉中国供图` / `兰州新区管委会供图` (a source longer than a name), and the
#: credits opening with their word, `摄影：王丽`, `图/王丽` (`图：` opens a caption, and `图/文 王丽` is
#: a byline, also once the spacing step has glued it: `图/文王丽`). A reporter's photo an agency sends
#: closes with 发 after the names and a space (`新华社记者 王丽 发`, as `is_photo_credit` reads it;
#: `_SENT_BY`); a name glued to it (`新华社记者 王丽发`) is a byline naming 王丽发.
_SENT_BY = rf"(?:{_CREDIT_ORG}\s*)?{_CREDIT_ROLE}\s*{_CREDIT_NAMES}{_HSPACE}+发"
_CREDIT_FORMS = (
    rf"{_CREDIT_BY}|{_SENT_BY}"
    rf"|\p{{Han}}{{1,6}}?社发(?:\s*[(（]\s*(?:{_CREDIT_ROLE}\s*)?{_CREDIT_NAMED}\s*(?:[/／]\s*)?摄\s*[)）]"
    rf"|{_HSPACE}+{_CREDIT_NAMED}\s*(?:[/／]\s*)?(?<!拍)摄)?"
    r"|\p{Han}{2,12}供图"
    rf"|(?:{_CREDIT_ORG})?资料(?:图片|照片)"
    rf"|(?:摄影\s*[:：/／]|图\s*[/／](?!\s*文\s*\p{{Han}}{{2,4}}\s*$))\s*(?:{_CREDIT_ORG}?{_CREDIT_ROLE}\s*)?"
    rf"{_CREDIT_NAMES}"
)
#: A photo credit ending its block: on a line of its own or after the caption's last sentence (or a
#: space), in parentheses or not. Its fields may be set apart by spaces (`新华社记者 张强 摄`), which the
#: spacing step keeps (`credit_span`).
_CREDIT = regex.compile(
    r"(?:^|(?<=[。!?！？…”」』]\s*)|(?<=\s))"
    rf"[(（]?\s*(?:{_CREDIT_FORMS})\s*[)）]?\s*$"
)
#: (A stray OCR space may stand inside the lead, `图 为`, `上 图`: the spacing step removes it, and a
#: second run must read the line as the first did.)
_CAPTION_LEAD = regex.compile(
    r"^\s*(?:图[\t\p{Zs}]?为|[上下左右][\t\p{Zs}]?图|图[\t\p{Zs}]?[:：]|[▲△↑↓◀▶])"
)
#: What opens like a side's caption lead and is a sentence's words, read with the line's gaps left
#: out (a stray space inside it must not change the answer, `上 图 书馆`): going up or down to a
#: library (`上图书馆借书…`, `下图书室`), the idiom `左图右史` (`左图右书`).
_NO_CAPTION_LEAD = regex.compile(r"^\s*(?:[上下]图书(?:馆|室)|左图右[史书])")
_GAPS = regex.compile(r"[\t\p{Zs}]+")


def opens_caption(line: str) -> bool:
    """Does `line` open with a caption's lead (`_CAPTION_LEAD`: `图为…`, `上图：…`, `▲…`, a stray OCR
    space inside the lead too, `图 为`, `上 图`)? Not when the lead's words are a sentence's
    (`_NO_CAPTION_LEAD`: `上图书馆借书…`, `左图右史`), read without gaps so that a gap the spacing step
    removes gives the same answer on a second run. Captions print any word after the side's 图
    (`下图左一为…`, `上图 书法爱好者…`, `右图文艺工作者…`, `上图下方为…`), and a sentence does too
    (`下图表显示，…`, read as a caption, a known limit)."""
    if _CAPTION_LEAD.match(line) is None:
        return False
    return _NO_CAPTION_LEAD.match(_GAPS.sub("", line[:12])) is None


#: The label an author signs a closing line with, `（作者：王丽）`, `（作者 王丽）`: a signature as a
#: reporter's `（记者 王丽）` is (who the author is or where they work, `（作者系…）`, is a note).
_AUTHOR_LABEL = r"作者\s*[:：]?"
#: The news agencies a closing line credits, on a line of its own: the wire services
#: (`_WIRE_AGENCIES`), China's (新华社, 中新社) and those Singapore's and Malaysia's Chinese papers credit
#: (马新社, Bernama; 安塔拉社, Antara; 彭博社, Bloomberg). 路透社 and 彭博社 are no proper names to the
#: dictionary (`_all_proper_names`), so an agency is known by name.
_AGENCY = rf"(?:{_WIRE_AGENCIES}|新华社|中新社|马新社|安塔拉社|彭博社)"
#: A reporter's label naming the agency or the paper the reporter works for, as a story run from
#: another desk is signed under its text: `（新华社记者 王丽）`, `（中新社记者 ×××）`,
#: `（人民日报记者 王丽）`: an agency (`_AGENCY`) or a daily's or an evening paper's name, then a
#: reporter's role; never after `据` (`（据人民日报记者 王丽）` says where the story comes from).
_ORG_REPORTER_LABEL = rf"(?:{_AGENCY}|(?!据)\p{{Han}}{{1,6}}?[日晚]报){_REPORTER_ROLE}"
#: Every label a closing signature names its writer by: a reporter's (`_REPORTER_LABEL`), one naming
#: the agency or paper (`_ORG_REPORTER_LABEL`), or an author's (`_AUTHOR_LABEL`).
_SIGNATURE_LABEL = rf"(?:{_ORG_REPORTER_LABEL}|{_REPORTER_LABEL}|{_AUTHOR_LABEL})"
#: A name after a signature's label: two to four hanzi (a `·` of a foreign or minority name counts),
#: or the placeholder a reprint prints for it (`PLACEHOLDER_NAME`, `××`, `×××`).
_SIGNED_NAME = rf"(?:[\p{{Han}}·]{{2,4}}|{PLACEHOLDER_NAME})"
#: The names after a signature's label: one to four, set apart by a space or `、`, placeholders among
#: them or not (`王丽 李华`, `×× ×××`, `××、×××`, `王丽 ××`), a further label before a name allowed
#: (`本报通讯员 张三 记者 李四`).
_SIGNED_NAMES = rf"{_SIGNED_NAME}(?:\s*[、\s]\s*(?:{_SIGNATURE_LABEL}\s*)?{_SIGNED_NAME}){{0,3}}"
_SIGNATURE = regex.compile(
    r"(?:(?<=[。!?！？…”」』]\s*)|^\s*)"
    rf"[(（]\s*(?:{_SIGNATURE_LABEL}\s*{_SIGNED_NAMES}"
    r"|[\p{Han}·]{2,4}(?:\s*[、\s]\s*[\p{Han}·]{2,4}){0,3})\s*[)）]\s*$"
)
#: A line crediting one agency or a few that share the article, in brackets: `（路透社）`,
#: `（路透社/法新社）`, `（美联社、路透社）`: the article's signature.
_AGENCY_SIGNATURE = regex.compile(rf"\s*[(（]\s*{_AGENCY}(?:\s*[/／、]\s*{_AGENCY}){{0,3}}\s*[)）]\s*")
#: A signature naming its writer by a reporter's or author's label: `（记者 王丽）`, `(本报通讯员 张强)`,
#: `（作者：王丽）`. Papers print the byline so under the title too (`is_reporter_signature`).
_REPORTER_SIGNATURE = regex.compile(rf"\s*[(（]\s*(?:{_ORG_REPORTER_LABEL}|{_REPORTER_LABEL}|作者)")
#: A bracketed reporter line, `（记者 王丽）`, `（本报记者 王丽、李华）`: its fields (label and names, as a
#: signature's) inside the brackets.
_BRACKETED_REPORTER = (
    rf"\s*[(（]\s*(?P<fields>{_REPORTER_LABEL}(?P<gap>\s*)"
    rf"(?P<name>{_SIGNED_NAME})(?:\s*[、\s]\s*{_SIGNED_NAME}){{0,3}})\s*[)）]"
)
#: A reporter line in Hong Kong's lenticular or tortoise-shell brackets, its label set apart from the
#: name by a space (`【特約記者 李明】`, `【本報記者 陳大文 報道】`, `〔記者 王麗〕`): fields as
#: `_BRACKETED_REPORTER`'s. Glued (`【記者手記】`, `【本報記者陳大文報道】`) it is read by `filed_byline`
#: or stays text, as a column's name glued to 记者 would be taken for a name.
_LENTICULAR_REPORTER = (
    rf"\s*[【〔]\s*(?P<fields>{_REPORTER_LABEL}(?P<gap>\s+)"
    r"(?P<name>[\p{Han}·]{2,4})(?:\s*[、\s]\s*[\p{Han}·]{2,4}){0,3})\s*[】〕]"
)
#: Such a line opening the lead paragraph, `（记者 王丽）近日，…`, `【特約記者 李明】立法會…`: the byline,
#: cut off the paragraph as `本报讯（记者 王丽）` is (`_BYLINE_LEAD`).
_BRACKETED_BYLINE_LEAD = regex.compile(rf"(?:{_BRACKETED_REPORTER}|{_LENTICULAR_REPORTER})(?=\s*\S)")
#: Such a line as a block of its own (the byline under a title, or an article's closing signature).
_BRACKETED_BYLINE_LINE = regex.compile(_BRACKETED_REPORTER + r"\s*")
#: The reporter labels of Taiwan's bylines: 記者, 特約記者, 實習記者, 特派員 (a correspondent abroad),
#: 編譯 (who translated and edited foreign news).
#: A stray space the OCR put between two of its hanzi is allowed (`記 者王麗／台北報導`), as in the
#: place (`_SLASH_BYLINE`).
_FILED_LABEL = (
    rf"(?:(?:特{_HSPACE}?约|实{_HSPACE}?习)?{_HSPACE}?记{_HSPACE}?者|特{_HSPACE}?派{_HSPACE}?员|编{_HSPACE}?译)"
)
_HSPACE_RUN = regex.compile(rf"{_HSPACE}+")
#: A name in Taiwan's byline: two to four hanzi (`_NAME`), or a name of two or three with a space
#: inside (`王 麗`, padded to three; `陳 怡君`, `陳怡 君`), one side a single hanzi, which no name is:
#: the OCR's or the typesetter's space, which goes, where one between two names stays.
_FILED_NAME = (
    rf"(?:{_NAME}|\p{{Han}}{_HSPACE}\p{{Han}}{{1,2}}(?!\p{{Han}})|\p{{Han}}{{2}}{_HSPACE}\p{{Han}}(?!\p{{Han}}))"
)
#: Taiwan's byline: a label, the names, a slash and where the story was filed, closed by 报导 (or
#: 报道): `記者王麗／台北報導` (聯合報), `記者王麗、李華／台北報導`, `記者王麗 李華／台北報導`,
#: `記者王麗／綜合報導`, `編譯王麗／綜合報導`, or without the label, `王麗／台北報導` (中國時報); also in
#: simplified characters (`记者王丽／台北报道`). Group `name` is the first name, which must name a
#: person (`names_a_person`; no label opens it: `記者會／…`), `sep` and `more` the separator before
#: each further name and that name. Spaces the OCR put inside it are allowed, a stray one inside the
#: place and its 报导 too (`記者王麗／台 北報導`, `台北報 導`): the spacing step removes it, and read as
#: no byline there, the block lost the gap before its lead with it.
_SLASH_BYLINE = (
    rf"(?:{_FILED_LABEL}{_HSPACE}*)?(?P<name>(?!{_FILED_LABEL}){_FILED_NAME})"
    rf"(?:(?P<sep>、|{_HSPACE}+)(?P<more>{_FILED_NAME}))*"
    rf"{_HSPACE}*[/／]{_HSPACE}*(?:\p{{Han}}{_HSPACE}?){{1,6}}?报{_HSPACE}?[导道]"
)
#: Hong Kong's bracketed byline: `【本報記者王麗台北報道】` (where it was filed, glued to the name).
_HK_BYLINE = r"本报(?:特约)?记者[\p{Han}、]{2,16}?报[道导]"
#: Hong Kong's bracketed dateline naming its paper (`【明報專訊】`, `【大公報訊】`, `【星島日報報道】`): in
#: brackets only, which say the byline (`大公報訊息…`, `明報報道指…` in running text are sentences).
_HK_PAPER_DATELINE = r"\p{Han}{1,6}?报(?:专讯|讯|报[道导])"
#: A byline of Taiwan's or Hong Kong's papers in brackets, opening its block: `〔記者王麗／台北報導〕`
#: (自由時報), `（中央社記者王麗台北12日電）` (the wire copy of the Central News Agency), `【本報訊】`,
#: `【本報記者王麗台北報道】`. The brackets hold the byline and nothing else.
_FILED_BRACKETED = regex.compile(
    rf"\s*[〔【(（\[［]{_HSPACE}*(?:{_SLASH_BYLINE}|{_DATELINE_FORMULA}|{_HK_BYLINE}"
    rf"|{_HK_PAPER_DATELINE}){_HSPACE}*[〕】)）\]］]"
)
#: Taiwan's byline without brackets opening its block (`記者王麗／台北報導 市府今天…`): a space or a line
#: break sets it apart from the lead, or it is the whole block. Glued to the text after it, 报导 may
#: be a verb (`記者王麗／台北報導指出`), so it is no byline.
_FILED_BARE = regex.compile(rf"\s*{_SLASH_BYLINE}(?!\S)")
#: The 报导 (报道) closing every bare byline of `filed_byline`, a stray space inside it allowed.
_REPORTED = regex.compile(rf"报{_HSPACE}?[导道]")
#: Hong Kong's byline without brackets, set apart from the lead by a space or a line break:
#: `本報記者王麗台北報道 市府今天…` (also the mainland's `本报记者王丽报道 近日…`). Group `name` is the
#: two hanzi after the label, which must open a person's name (`本報記者昨天在台北報道` is a sentence).
#: A stray space the OCR put between two of its characters is allowed (`本報記者王麗台 北報道`), not
#: after the label: a name set apart from it is a spaced byline (`本报记者 王丽 报道`, `spaced_byline`).
_HK_BARE = regex.compile(
    rf"\s*本{_HSPACE}?报{_HSPACE}?(?:特{_HSPACE}?约{_HSPACE}?)?记{_HSPACE}?者"
    rf"(?P<name>\p{{Han}}{_HSPACE}?\p{{Han}})(?:{_HSPACE}?[\p{{Han}}、]){{0,14}}?{_HSPACE}?报{_HSPACE}?[道导](?!\S)"
)
#: The characters a labelled or bracketed byline of `filed_byline` opens with after its spaces, in
#: either script; one without a label has a slash among its first characters (`_FILED_SLASH_REACH`).
_FILED_STARTS = frozenset("记記特实實编編本〔【(（[［")
#: How far into its block the slash of a byline without a label stands at most: four names of four
#: hanzi with a separator between them.
_FILED_SLASH_REACH = 24
#: A bracketed signature naming its writer by label (`（记者 王丽）`, `（作者 王丽）`, `（新华社记者 王丽）`,
#: `（本报记者 ×× ×××）`: `_SIGNATURE_LABEL`, `_SIGNED_NAME`), group `fields`
#: its label and names inside the brackets, as `_BRACKETED_REPORTER`'s: where the spacing step keeps
#: the space between them when the line closes a paragraph's block (`closing_signature_fields`).
_SIGNED_FIELDS = regex.compile(
    rf"\s*[(（]\s*(?P<fields>{_SIGNATURE_LABEL}(?P<gap>\s*)"
    rf"(?P<name>{_SIGNED_NAME})(?:\s*[、\s]\s*(?:{_SIGNATURE_LABEL}\s*)?{_SIGNED_NAME}){{0,3}})\s*[)）]\s*"
)
#: Parenthesised end notes that look like a signature but are not a name.
_NOT_A_NAME = regex.compile(
    r"[(（]\s*(?:完|待续|未完待续|全文完|节选|有删节|试行|草案|摘要|续完|本文完)\s*[)）]"
)
#: An end note closing an article: `(完)`, `(待续)`, or where the story comes from (`（据新华社电）`,
#: `（来源：人民网）`, `（综合新华社、人民网）`): papers print the source so under the last paragraph.
#: The `来源` label may have a space for its colon (`（来源 人民网）`, group `gap`): that space is text.
_END_NOTE = regex.compile(
    r"\s*[(（]\s*(?:完|待续|未完待续|全文完|续完|本文完"
    r"|(?:据|综合|摘自|转自|(?:稿件)?来源(?:\s*[:：]|(?P<gap>[ \t\u3000]+)))[^()（）\n]{2,24})\s*[)）]\s*$"
)
#: How far before the space of `（稿件来源 人民网）` its opening bracket can stand.
_SOURCE_LABEL_REACH = 6


def source_label_gap(text: str, start: int, end: int) -> bool:
    """Whether the space run `text[start:end]` stands for the colon of the `来源` label of an end note
    closing its line (`（来源 人民网）`, `……落实。（稿件来源 人民网）`): the spacing step keeps it, as the
    colon of `（来源：人民网）` is kept. A traditional note (`（來源 人民網）`) is read through its
    simplified view."""
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - _SOURCE_LABEL_REACH)
    bracket = max(text.rfind("（", lo, start), text.rfind("(", lo, start))
    if bracket < 0:
        return False
    line_end = text.find("\n", end)
    note = line_view(text[bracket : line_end if line_end >= 0 else len(text)])  # offset for offset
    m = _END_NOTE.match(note)
    return m is not None and m.span("gap") == (start - bracket, end - bracket)
_DATE_LEAD = regex.compile(
    r"^\s*(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|连日来|近期|近年来|昨天|昨日|今天|今日"
    r"|本周|上周|\d{1,2}\s*日(?:上午|下午|晚)?[,，])"
)
_HAN = regex.compile(r"\p{Han}")
#: Two hanzi anywhere in a text (one search instead of two `_HAN` searches).
_TWO_HAN = regex.compile(r"\p{Han}\P{Han}*+\p{Han}")
#: A block ending in a particle, conjunction or preposition was cut mid-sentence; no headline ends so.
_CUT_END = regex.compile(r"[的和与及在对把将为从向以被给跟同并而或但且其之等]\s*$")
_CUT_END_CHARS = frozenset("的和与及在对把将为从向以被给跟同并而或但且其之等")  # likewise
#: jieba's tags of the words that may end a headline though their last character is one of
#: `_CUT_END_CHARS`: nouns, adjectives, idioms and set phrases (方向, 导向, 平等, 缓和, 大有可为,
#: 何去何从, 土耳其), not verbs, adverbs nor conjunctions (认为, 即将, 从而), which leave a sentence open.
_WHOLE_WORD_TAGS = ("n", "a", "i", "l", "vn")
#: An adverb of time or company before a final 在, the verb "to be there" (初心永在, 青春与梦想同在,
#: 精神犹在): a headline's end, not a preposition left open.
_VERB_ZAI_END = regex.compile(r"[永犹常长同皆俱]在$")
_HEADING_HINTS = frozenset({"heading", "emphasis"})
#: `会议强调,` / `他指出,` / `据悉,`: a paragraph opening, not a headline.
_SPEECH_LEAD = regex.compile(r"^[^,，]{0,10}(?:强调|指出|表示|认为|提出|要求|据悉|据了解|介绍)[,，:：]")
#: `近日，` / `10月9日上午，`: a news lead's opening time and its comma. A headline names no such time
#: before a comma, so a short block opening so is a first paragraph cut by a block break.
_TIME_LEAD = regex.compile(
    r"^(?:近日|日前|近期|前不久|不久前|昨天|昨日|今天|今日|\d{1,2}月\d{1,2}日)"
    r"(?:上午|下午|中午|晚上|晚间|晚|凌晨)?[,，]"
)
_CLAUSE_BREAK = regex.compile(r"[,，、;；\s]+")
#: A short headline may end with ? or ! (`《意见》落实效果如何?`) if it holds no other sentence mark.
_QUESTION_TITLE = regex.compile(r"[^。,，;；:：!?！？]{2,24}[!?！？]")
_INNER_SPACE = regex.compile(r"[ \t\u3000]+")
_SPACES = regex.compile(r"\s+")
_SECTION_LIKE = regex.compile(r"\p{Han}{2,8}")
#: What every `_EMAIL_URL` match holds (`@`, `://` or `www.`): a cheap test before the costly search,
#: whose `[\w.+-]+@` tries every run of hanzi (`\w`) from each of its characters.
_EMAIL_URL_HINT = regex.compile(r"@|://|www\.", regex.IGNORECASE)

#: The characters each `^\s*`-anchored lead pattern can start with after its leading whitespace, as a
#: bit per pattern: a block whose first non-space character has no bit for a pattern cannot match it,
#: and that one cheap look-up (cached per character) saves the pattern's match on most blocks. Each
#: class lists the first character of every alternative of its pattern (with the pattern's flags).
#: `str.strip` strips every character `\s` matches (and \x1c-\x1f, which `\s` does not: a block
#: starting so gets a bit it may not need, and the pattern, run then, answers as before).
_FURNITURE, _DATE, _BYLINE, _BYLINE_BLK, _CAPTION, _DATE_START = 1, 2, 4, 8, 16, 32
#: Not a lead pattern: the character is a hanzi (`_HAN`), for `_fewer_han_than_two`.
_HANZI = 64
_LEAD_CLASSES = (
    (_FURNITURE, regex.compile(r"[联新服热电传邮投e网地责本编美校版组值主监]", regex.IGNORECASE)),
    (_DATE, regex.compile(r"[\d星周第A-Za-z中民一二]")),
    (_BYLINE, _HAN),  # a place's dateline (`_PLACE_DATELINE`) opens with any hanzi
    (_BYLINE_BLK, regex.compile(rf"[本我特记通实见驻融全首文作撰图{BYLINE_ORNAMENTS}]")),
    (_CAPTION, regex.compile(r"[图上下左右▲△↑↓◀▶]")),
    (_DATE_START, regex.compile(r"[\d近日连昨今本上]")),
    (_HANZI, _HAN),
)


class _LeadBits(dict[str, int]):
    """Which lead patterns a first character allows, as bits; computed once per character."""

    def __missing__(self, char: str) -> int:
        self[char] = bits = sum(bit for bit, cls in _LEAD_CLASSES if cls.fullmatch(char))
        return bits


_LEAD_BITS = _LeadBits()
#: The opening brackets `_BRACKETED_LINE` knows.
_LINE_OPENERS = frozenset("(（【〖［[〔")
#: ...and the closing ones.
_LINE_CLOSERS = frozenset(")）】〗］]〕")

#: A short name that ends like an organisation is typical of a kicker (`武威市政协` above
#: `召开……会议`), not of a section label.
ORG_SUFFIX = regex.compile(
    r"(?:政协|人大|委员会|常委会|政府|党委|党组|纪委|监委|法院|检察院|总工会|团委|妇联|工商联|科协|侨联|文联|作协"
    r"|协会|学会|研究会|商会|基金会|集团|公司|银行|大学|学院|学校|医院|中心|局|厅|部|办|署|委|院|所|站|队"
    r"|市|县|区|州|省|镇|乡|村|街道|社区|盟|旗)$"
)
#: Words typical of newspaper section labels (栏目). Text cues, not page-specific strings.
SECTION_WORDS: tuple[str, ...] = (
    "专题", "专栏", "专版", "专刊", "要闻", "综合", "视点", "特稿", "特刊", "时评", "评论", "观察", "动态",
    "速递", "快讯", "简讯", "资讯", "议政", "履职", "纵横", "广角", "论坛", "副刊", "理论", "读书", "一线",
    "导读", "图片新闻",
)
#: Desk names a paper prints alone as a section's label over its first headline (`港闻`, `国际`,
#: `财经`): a section only as the whole label, never as a word inside one (`国际油价大跌` is a
#: headline, `体育中心` a kicker), so they are not among `SECTION_WORDS`, which are looked for
#: anywhere in a label and in running heads. Simplified: the labels read a page's simplified view.
#: `娱闻` is Hong Kong's entertainment desk (`A4 明報 娛聞`), as `港闻` its local news.
SECTION_NAMES: frozenset[str] = frozenset({
    "港闻", "澳闻", "娱闻", "国际", "国内", "两岸", "财经", "经济", "娱乐", "体育", "社会", "地产", "科技",
})

#: The brackets a column name (栏目) is printed in: lenticular, white lenticular, full-width and ASCII
#: square (as OCR often reads 【】), tortoise shell.
_BRACKET_PAIRS = {"【": "】", "〖": "〗", "［": "］", "[": "]", "〔": "〕"}
#: Labels of an editor's note or a sidebar inside an article (`【编者按】`, `【内容提要】`, `【相关链接】`,
#: `【记者手记】`), printed in the same brackets as a column name but not one.
_NOTE_LABEL = regex.compile(
    r"(?:编者按|编辑按|按语|编后语?|提要|摘要|导语|提示|题记|链接|手记|贴士|延伸阅读)$"
)

#: The primitive roles `label_blocks` assigns.
PRIMITIVE_ROLES = ("furniture", "marker", "byline", "body", "caption", "credit", "signature", "heading")


#: `Block`'s fields in constructor order, when `_with_role` may call the constructor directly.
_BLOCK_FIELDS = ("id", "text", "start", "end", "role", "hints", "bbox", "lines", "page", "zone")
_DIRECT_COPY = tuple(f.name for f in fields(Block)) == _BLOCK_FIELDS


def _with_role(block: Block, role: str) -> Block:
    """`dataclasses.replace(block, role=role)` at a third of the cost (one per labelled block).

    Calls the constructor with every field; if `Block` ever gains or reorders fields, falls back to
    `replace` so no field is dropped.
    """
    if not _DIRECT_COPY:
        return replace(block, role=role)
    b = block
    return Block(b.id, b.text, b.start, b.end, role, b.hints, b.bbox, b.lines, b.page, b.zone)


def visible_len(text: str) -> int:
    """Length without whitespace: what a reader would count.

    In printable text the only whitespace character is the ASCII space (every other one is a Unicode
    separator or control, which `str.isprintable` refuses), so a C scan and a count replace the
    regex substitution on most blocks (a third of the cost on a long paragraph).
    """
    if text.isprintable():
        return len(text) - text.count(" ")
    return len(_SPACES.sub("", text))


def ends_sentence(text: str) -> bool:
    """True if `text` ends with sentence-final punctuation (closing quotes and brackets allowed), or
    with an end note such as `(完)` / `(待续)` after it."""
    tail = text.rstrip()
    if tail.endswith((")", "）")):  # an end note closes so (its `\s*$` is what rstrip strips)
        text = _END_NOTE.sub("", text)
        if not text:
            return True  # an end note alone (`（完）`, `（据新华社电）`) under the last paragraph
        tail = text.rstrip()
    # A match is a mark, closers, whitespace, the end (`str.rstrip` strips every character `\s`
    # matches): the last non-space character must be a mark or closer, or there is no match, and a
    # match cannot start before the run of marks and closers that ends the text. So the search runs
    # only on blocks that may match, from there (its lookbehind still sees the character before).
    if not tail or tail[-1] not in _SENTENCE_TAIL:
        return False
    if len(tail) == len(text):
        # No trailing space: the mark of a match is the character before the closers that end the
        # text (marks and closers are disjoint). One of 。!?！？…;； matches on its own; only `.`
        # (`...`, or not after a digit) needs the pattern.
        body = tail.rstrip(_CLOSERS)
        if not body:
            return False
        if body[-1] in _MARKS:
            return True
        if body[-1] != ".":
            return False
    return SENTENCE_END.search(text, len(tail.rstrip(_SENTENCE_CHARS))) is not None


def closes_with_bracketed_words(text: str) -> bool:
    """Whether `text` ends with words in round brackets standing alone or after a sentence's end
    (`（平安）`, `（会议现场）`, `……落实。（会议现场）`, the words on a line of their own or not): a note
    closing its paragraph, as `（完）` does (`ends_sentence`), not a sentence a page or column break cut.
    An item number in brackets (`（一）`) opens an item instead, and brackets without hanzi hold no words."""
    tail = text.rstrip()
    if not tail.endswith((")", "）")):
        return False
    m = _CLOSING_BRACKETED.search(tail)
    if m is None or _HAN.search(m.group("inner")) is None or _ENUMERATOR.fullmatch(m.group()):
        return False
    before = tail[: m.start()]
    return not before.strip() or ends_sentence(before)


#: Words in one pair of round brackets ending a text (group `inner`), as `closes_with_bracketed_words`
#: reads them.
_CLOSING_BRACKETED = regex.compile(r"[(（](?P<inner>[^()（）\n]+)[)）]$")


def starts_with_date(text: str) -> bool:
    """True if `text` opens with a date or a time word (10月10日, 近日, 日前): the lead of a news item."""
    s = text.lstrip()  # the same object when there is nothing to strip (no copy of a long block)
    return bool(s) and bool(_LEAD_BITS[s[0]] & _DATE_START) and bool(_DATE_LEAD.match(text))


def bracketed_inner(text: str) -> str | None:
    """The text inside the one pair of brackets `text` is wholly set in (`（责任编辑：赵静）` gives
    `责任编辑：赵静`), else None."""
    s = text.strip()
    if len(s) < 3 or s[0] not in _LINE_OPENERS:
        return None
    m = _BRACKETED_LINE.fullmatch(s)
    return m.group("inner") if m is not None else None


def is_editor_credit(text: str) -> bool:
    """An editor's credit line (`责任编辑：赵静`), bare or wholly in brackets (`（责任编辑：赵静）`,
    `【责任编辑：赵静】`, `(责任编辑 赵静)`): page furniture, whose brackets change nothing. In brackets
    it is never a title (it does not end a sentence) nor a signature (it names an editor, not the
    writer)."""
    inner = bracketed_inner(text)
    s = inner if inner is not None else text
    return bool(_EDITOR_LEAD.match(s)) and is_furniture(s)


def is_author_note(text: str) -> bool:
    """An author's note ending an article, where its writer works or who they are: `作者单位：甘肃省
    政协研究室`, `（作者单位：…）`, `（作者系甘肃省政协委员）`, `【作者简介】`-less `作者简介：…`. It belongs
    to the article it ends, kept apart from its running text as a note (role `note`), never a title."""
    if "作者" not in text:  # every form names the author so (most blocks: one test)
        return False
    inner = bracketed_inner(text)
    if inner is not None:
        return bool(_AUTHOR_NOTE_INNER.match(inner))
    return bool(_AUTHOR_NOTE_BARE.match(text))


def _trailing_editor_credit(text: str) -> int | None:
    """Where a bracketed editor credit closing a paragraph after its last sentence stands
    (`……会议。（责任编辑：赵静）`), else None: it is the page's furniture, cut off the paragraph as a
    signature is, so the paragraph still ends its sentence and the credit is no part of its text."""
    tail = text.rstrip()
    if not tail or tail[-1] not in _LINE_CLOSERS:
        return None
    start = max(tail.rfind(c) for c in _LINE_OPENERS)
    if start <= 0 or not ends_sentence(text[:start]) or not is_editor_credit(tail[start:]):
        return None
    return start


def opens_list_item(line: str) -> bool:
    """Whether a line opens with an item number (`1.`, `（一）`, `一、`, `①`) or a bullet (`● 抓好落实`,
    `- 抓好落实`, `■抓好落实`): it starts an item of a list, so the line break before it is no wrap
    of the line above, nor (after a sentence end) the start of an indented paragraph."""
    return _ENUMERATOR.match(line) is not None or _BULLET.match(line) is not None


def is_numbered_list(text: str) -> bool:
    """A block of two or more lines each opening with an item number or a bullet (`1. 加强组织领导` /
    `2. 压实工作责任`, `（一）…` / `（二）…`, `一、…` / `二、…`, `● 抓好落实` / `● 加强领导`): the
    items of a list the paragraph before it announces, body text however short each item is. A
    numbered subhead stands alone on its line (`一、坚持党的领导` before its body) and stays a heading."""
    if "\n" not in text.strip():
        return False
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) >= 2 and all(map(opens_list_item, lines))


#: A field of a row: a run of visible characters holding a digit, a Latin letter, or a mark
#: no running-text phrase holds (`63:31`, `8～19℃`, `+0.52%`, `进/失球`, `《三体》`, `（CCTV-1）`).
_ROW_FIELD = regex.compile(r"[\p{N}\p{Latin}《》〈〉（）()/%‰℃～~+\-−:．.★☆]")
#: Punctuation that ends or splits a sentence (a comma between digits, 1,200, does not; `：` and `、`
#: do not either, as `作者：王丽` and `15、16集` are fields): a line holding any is running text.
_ROW_SENTENCE = regex.compile(r"[，。；！？;!?]|(?<!\d),|,(?!\d)")
#: A title in book-title marks: its own punctuation (`《我爱你，中国》`) is no sentence of the row's.
_TITLE_MARKS = regex.compile(r"《[^《》\n]*》")
#: The longest line of a block of rows, in visible characters: a table row, a listing, not a column
#: of running text.
MAX_ROW = 40


def is_row_block(text: str) -> bool:
    """Whether a block of flat text is rows set with spaces between their fields: a league table
    (`3. 山东泰山 30 18 7 5 55:28 61`), results (`上海海港 2:1 北京国安`), listings (`19:00 新闻联播`),
    quotes (`上证指数 3088.64 +0.52%`), a forecast by city (`兰州 晴 8～19℃`), a timeline
    (`1949年10月1日 中华人民共和国成立`), a grid of digits, a list of books (`《三体》 刘慈欣 著`).

    Two lines or more are fields set apart by spaces, one at least a field no phrase of running
    text is (`_ROW_FIELD`: a number, a time, a score, a title in 《》); no line holds sentence
    punctuation (inside a work's title, `《我爱你，中国》`, it does not count) or is longer than
    `MAX_ROW`; and the block is no markup table (`|`: `normalize.tables` made its cells). Other
    lines may stand among the rows (a channel's name over its programmes, `甘肃卫视`; a header row,
    `排名 球队 场次`). Two lines of hanzi with a stray space each (`全市召开会议 部署工作` /
    `会议要求各地 抓好落实`) are no rows. One row line is enough when it is an entry of a table of
    contents or a list (`_is_entry_row`: `要闻 2版` / `省政府常务会议…`, `二等奖（8件）` /
    `《乡村振兴看陇原》 天水日报 作者：陈晨`). Papers set rows with single spaces; the spaces and the
    line breaks are all that tell one field and one row from the next."""
    if "\n" not in text.strip() or "|" in text:
        return False
    bodies = [line.strip() for line in text.strip("\n").split("\n")]
    # Every line's cheap tests first: a column's running text fails them on some line, often not
    # the first, and the field tests below (pure functions) would be wasted on the lines above it.
    if not all(map(_may_be_row_line, bodies)):
        return False
    rows = 0
    entry = False
    for body in bodies:
        fields = body.split()
        rows += len(fields) >= 2 and any(map(_is_data_field, fields))
        entry = entry or _is_entry_row(body, fields)
    return rows >= 2 or (rows == 1 and entry)


def _may_be_row_line(body: str) -> bool:
    """Whether a stripped line may stand in a block of rows (`is_row_block`): no sentence punctuation
    outside a work's title, and no wider than `MAX_ROW` visible characters."""
    # (`_TITLE_MARKS` matches nothing in a line without `《`: no copy of such a line)
    bare = _TITLE_MARKS.sub("", body) if "《" in body else body
    return _ROW_SENTENCE.search(bare) is None and visible_len(body) <= MAX_ROW


#: A page reference ending a table of contents' entry (`2版`, `第3版`, `A04版`).
_PAGE_REFERENCE = regex.compile(r"第?[A-Za-z]?\d{1,3}版")


def _is_entry_row(line: str, fields: Sequence[str]) -> bool:
    """Whether one row line makes its block a table's entry with the line beside it: a section and
    its page in a table of contents (`要闻 2版` over the headline it lists), a work's title with two
    fields more (`《乡村振兴看陇原》 天水日报 作者：陈晨` under `二等奖（8件）`), or a line whose data
    fields keep their gaps (`data_field_gaps`: `票价：80元 180元`). A headline line with a number
    (`前三季度 GDP 增长 5.2%`, `2023年 全省经济运行稳中向好`) is none of these and its block stays a
    headline."""
    if len(fields) < 2:
        return False
    if _PAGE_REFERENCE.fullmatch(fields[-1]) or _PAGE_REFERENCE.fullmatch(fields[0]):
        return True
    if len(fields) >= 3 and any(_TITLE_MARKS.fullmatch(f) for f in fields):
        return True
    return bool(data_field_gaps(line))


def _is_data_field(field: str) -> bool:
    """Whether a field of a row is data no headline phrase is: a work's title in 《》, a move of Chinese
    chess (`车二进三`, `1.车二进三`, `将4进1`), a page reference (`2版`, `A04版`), or a number, time,
    score or measure (`_ROW_FIELD`) with fewer hanzi than other characters (`55:28`, `19:00`, `21球`,
    `1949年10月1日`, `8～19℃`), not a phrase holding a number (`第19届亚运会`, `共派出886名运动员`: the
    two lines of a headline, `第19届亚运会 今晚开幕` / `中国代表团 共派出886名运动员`)."""
    if ("《" in field and "》" in field) or _CHESS_MOVE.fullmatch(field) or _PAGE_REFERENCE.fullmatch(field):
        return True
    if not _ROW_FIELD.search(field):
        return False
    han = len(_HAN.findall(field))
    return han < len(field) - han


#: A move of Chinese chess, its number before it or not: the piece, its file (or `前` / `后` / `中`),
#: the direction and the file or count (`1.车二进三`, `将4进1`, `前炮平五`).
_CHESS_MOVE = regex.compile(
    r"(?:\d{1,3}[.．、]\s?)?(?:[车馬马炮砲兵卒相象仕士将帅俥傌炮車將帥]|[前后中後][车马炮兵卒車馬])"
    r"[一二三四五六七八九1-9前后中後]?[进退平進][一二三四五六七八九1-9]"
)
#: A label and its colon opening a field (`票价：`, `射手榜：`), before the value the line lists.
_FIELD_LABEL_COLON = regex.compile(r"\p{Han}{1,8}[:：]")
#: A number with its unit as a field (`80元`, `21球`, `1200米`, `5.8%`, `3.50元`): digits, then a unit
#: of at most 3 hanzi or a mark; or an ordinal (`第一場`, `第3轮`), which a race card or a programme
#: sets before its measure (`第一場 1200米`).
_QUANTITY = regex.compile(
    r"[+\-−]?\d[\d.．,]*(?P<unit>\p{Han}{0,3}|[%‰℃])|第[\d一二三四五六七八九十百零〇两]{1,4}(?P<unit>\p{Han})"
)
#: Units one quantity goes on in with the next (a date, a time, an amount: `2023年 10月`, `10月 12日`,
#: `9时 30分`, `3亿 5000万元`), by the last hanzi of the first and the first of the next: such a gap is
#: a stray space inside one quantity, not between two fields.
_UNIT_GOES_ON = frozenset({
    ("年", "月"), ("月", "日"), ("月", "号"), ("日", "时"), ("日", "点"), ("时", "分"), ("点", "分"),
    ("分", "秒"), ("亿", "万"), ("万", "千"), ("米", "厘"),
})


#: A character every data gap needs beside it: a quantity's digit or ordinal 第 (`_QUANTITY`), or the
#: direction of a chess move (`_CHESS_MOVE`). Each kept gap has a quantity or a move on a side (the
#: cheap test before the patterns: most lines, a headline's too, hold none).
_DATA_GATE = regex.compile(r"[\d第进退平進]")
#: A field of a line: a run of visible characters.
_TOKEN = regex.compile(r"\S+")


def data_field_gaps(line: str) -> list[tuple[int, int]]:
    """The gaps of a line of fields that set two data fields apart, as (start, end) offsets of the
    spaces: `票价：80元 180元 280元`, where the prices run together would read as other numbers; a list of
    names each with its count, the counts in one unit (`射手榜：武磊 21球 泽卡 18球`); a measure before
    the next field's label (`第一場 1200米 勝出馬匹：金多寶`); moves of Chinese chess
    (`1.车二进三 将4进1 2.马三进四`).

    Only on a line with no sentence punctuation (`roles.is_row_block`'s test) of at most `MAX_ROW`
    visible characters: in running text, and beside a phrase (`增长 5% 以上`, `2023 年度：`), a space
    beside a number is OCR's, and so is one inside a date, time or amount (`2023年 10月 12日`,
    `9时 30分`: `_UNIT_GOES_ON`). Latin words (`全年 GDP 增长`) are no data fields here."""
    if _DATA_GATE.search(line) is None:
        return []  # no quantity (a digit, 第) and no chess move (进退平進): no field to keep apart
    body = line.strip()
    if not body or _ROW_SENTENCE.search(_TITLE_MARKS.sub("", body)) or visible_len(body) > MAX_ROW:
        return []
    tokens = list(_TOKEN.finditer(line))
    if len(tokens) < 2:
        return []
    values = [_field_value(m.group()) for m in tokens]
    units = [_quantity_unit(v) for v in values]
    moves = [_CHESS_MOVE.fullmatch(v) is not None for v in values]
    pairs = _pair_list(units)
    keep = set(pairs)
    for i in range(len(tokens) - 1):
        left, right = units[i], units[i + 1]
        if (
            (left is not None and right is not None and (left[-1:], right[:1]) not in _UNIT_GOES_ON)
            or (moves[i] and moves[i + 1])
            or (left and _FIELD_LABEL_COLON.match(tokens[i + 1].group()))
        ):
            keep.add(i)
    keep |= _labelled_field_gaps(tokens, values, keep)
    keep -= _glued_fields(line, tokens, keep - pairs)
    return [(tokens[i].end(), tokens[i + 1].start()) for i in sorted(keep)]


def _glued_fields(line: str, tokens: Sequence[regex.Match[str]], kept: set[int]) -> set[int]:
    """The gaps of `kept` (by the index of the field before each) to give up because a field beside
    one will not stay a field of its own: its gap on the other side is neither kept nor a field gap
    (a TAB, two spaces or more), so the spacing step glues it to its neighbour (`成人 80元`,
    `120元 学生半价` in `门票：成人 80元 120元 学生半价`), and a second run, reading `成人80元` as no
    quantity, would remove this gap then. Giving it up at once keeps normalising idempotent. A label
    after a gap (`勝出馬匹：金多寶`) stays a label whatever is glued after it. Repeated until no kept
    gap leans on a lost one."""
    held = set(kept) | {
        i for i in range(len(tokens) - 1) if _is_wide_gap(line[tokens[i].end() : tokens[i + 1].start()])
    }
    lost: set[int] = set()
    changed = True
    while changed:
        changed = False
        for i in sorted(kept - lost):
            left_cut = i == 0 or i - 1 in held
            right_cut = (
                i + 2 >= len(tokens) or i + 1 in held or _FIELD_LABEL_COLON.match(tokens[i + 1].group())
            )
            if not (left_cut and right_cut):
                lost.add(i)
                held.discard(i)
                changed = True
    return lost


def _is_wide_gap(run: str) -> bool:
    """A gap the spacing step keeps between any two fields of a line: a TAB, or two spaces or more."""
    return "\t" in run or len(run) > 1


def _labelled_field_gaps(
    tokens: Sequence[regex.Match[str]], values: Sequence[str], keep: Set[int]
) -> set[int]:
    """The gaps (by the index of the field before each) after a labelled field in the middle of a
    line (`胜出马匹：金多宝`, after a kept gap) before two data fields whose gap is kept
    (`第四场 1200米`): the label heads one field, and the next race, item or match opens after it, as
    the line's first one does. Glued, `金多宝第四场` would be no ordinal, so the next run would glue
    `1200米` too. A label opening the line may head several words (`门票：成人 80元`): not there."""
    return {
        i for i in range(1, len(tokens) - 1)
        if i + 1 in keep and values[i] != tokens[i].group() and _quantity_unit(values[i + 1]) is not None
    }


def _field_value(token: str) -> str:
    """A field's value: the field without the label and colon before it (`票价：80元`,
    `勝出馬匹：金多寶`), so a labelled number counts as a number wherever it stands on the line."""
    if (m := _FIELD_LABEL_COLON.match(token)) is not None and m.end() < len(token):
        return token[m.end() :]
    return token


def _quantity_unit(value: str) -> str | None:
    """The unit of a field that is a number with its unit or an ordinal (`_QUANTITY`: `80元` -> `元`,
    `5.8%` -> `%`, `2023` -> ``), None for any other field."""
    m = _QUANTITY.fullmatch(value)
    return None if m is None else m.group("unit")


def _pair_list(units: Sequence[str | None]) -> set[int]:
    """The gaps (by the index of the field before each) of a line listing names each with its count
    in one unit (`武磊 21球 泽卡 18球`): two pairs or more of a field that is no quantity and a quantity,
    every count in the same unit of hanzi; all gaps, or none."""
    if len(units) < 4 or len(units) % 2:
        return set()
    names, counts = units[0::2], units[1::2]
    if any(n is not None for n in names) or len(set(counts)) != 1 or not counts[0]:
        return set()
    return set(range(len(units) - 1))


#: A number of a line of figures: `03`, `5.3`, `3:1`, `12%`, `-2`.
_FIGURE = r"[+\-]?\d+(?:[.:/\-]\d+)*%?"
#: A line of figures after a label and its colon (`红球：03 08 15 22 27 31`, `蓝球：09`, `后区：04 11`):
#: results, a draw, scores. Group `figures` holds the figures, set apart by spaces.
_FIGURES_LINE = regex.compile(
    r"[\t\p{Zs}]*[^\s：:，。；！？,;!?]{1,12}[：:][\t\p{Zs}]*"
    rf"(?P<figures>{_FIGURE}(?:[\t\p{{Zs}}]+{_FIGURE})*)[\t\p{{Zs}}]*"
)
_FIGURE_RUN = regex.compile(_FIGURE)
#: The fewest names a line listing people must hold without a label and its colon before them: two
#: words the tagger reads as names (`白云 黄鹤`) may still be a headline's two phrases.
_MIN_BARE_NAMES = 3
#: What sets the halves of a line of verse apart: a space, or a clause mark and spaces around it.
_VERSE_BREAK = regex.compile(r"[\t\p{Zs}]*[，。、；！？,;!?][\t\p{Zs}]*|[\t\p{Zs}]+")
#: The halves of a line of regular verse the labels read as verse: five or seven hanzi (五言, 七言).
_VERSE_HALF_SIZES = frozenset({5, 7})
#: A run of hanzi only: one half of a line of verse; the hanzi glued to an editor's label.
_HAN_ONLY = regex.compile(r"\p{Han}+")
#: How a stanza's first line opens (`is_verse_stanza`'s gate): break characters, a first half of five
#: or seven hanzi, and the break after it. Kept in step with `_VERSE_BREAK` and `_VERSE_HALF_SIZES`.
_VERSE_OPENING = regex.compile(
    r"[\t\p{Zs}，。、；！？,;!?]*\p{Han}{5}(?:\p{Han}{2})?[\t\p{Zs}，。、；！？,;!?]"
)


#: A line of an article's keywords or tags: the label and its colon or brackets (`关键词：`, `【关键词】`,
#: `主题词:`, `关键字：`, `标签：`, `Tags:`) opening it, its terms after them (simplified literals; a
#: traditional line, `關鍵詞：…`, is read through its view).
_KEYWORD_LINE = regex.compile(
    r"(?:(?P<label>关键[词字]|主题词|标签|(?i:tags?|key\s?words?))[\t\p{Zs}]*[:：]"
    r"|[【\[〔](?&label)[】\]〕])[\t\p{Zs}]*"
)
#: What sets a keyword line's terms apart: spaces, `、`, `；`, a comma or a slash.
_KEYWORD_BREAK = regex.compile(r"[\t\p{Zs}、，,；;/／]+")
#: A keyword line's label as `_KEYWORD_LINE` reads it, after the line's indent (`keyword_label_end`).
_KEYWORD_LABEL = regex.compile(r"[\t\p{Zs}]*" + _KEYWORD_LINE.pattern)
#: The longest term of a keyword line, in characters (`全过程人民民主`, `Chinese modernization`): of
#: a keyword block (`is_keyword_line`) and of a keyword line whose gaps the spacing step keeps.
MAX_KEYWORD = 16
#: The characters a `_KEYWORD_LINE` opens with, in either script (關鍵詞, 標籤).
_KEYWORD_STARTS = frozenset("关關主标標TtKk【[〔")


def is_keyword_line(text: str) -> bool:
    """Whether a block is one line of an article's keywords or tags (`关键词：乡村振兴 基层治理`,
    `【关键词】乡村振兴`): short and ending no sentence, as a heading is, but a paper prints it under
    the title or after the text as part of the article, never as a title of its own. It lists two
    terms or more, set apart by spaces, `、`, `；` or commas, none longer than `MAX_KEYWORD`: one
    term after the label may be a headline's form (`关键词：担当`, a year's review)."""
    s = text.strip()
    if not s or s[0] not in _KEYWORD_STARTS or "\n" in s or visible_len(s) > MAX_HEADING * 2:
        return False
    m = _KEYWORD_LINE.match(line_view(s))
    if m is None:
        return False
    terms = [t for t in _KEYWORD_BREAK.split(s[m.end() :].rstrip("。.")) if t]
    return len(terms) >= 2 and all(len(t) <= MAX_KEYWORD for t in terms)


def keyword_label_end(line: str) -> int | None:
    """Where the terms of `line` start when a keyword line's label and its colon or brackets open it,
    after its indent (`关键词：`, `【关键词】`, `Tags:`: `_KEYWORD_LINE`, the spaces after them included);
    None when no such label opens the line. A traditional line is asked through its view. Shared
    with the spacing step, which keeps the gaps between such a line's terms."""
    m = _KEYWORD_LABEL.match(line)
    return None if m is None else m.end()


def is_listing(text: str) -> bool:
    """Whether a short block is text set line by line that no heading is: every line lists people
    (`lists_people`: `一等奖：王丽 李华`, `王丽 李华 张强 刘洋`) or figures after a label and its colon
    (`红球：03 08 15 22 27 31` / `蓝球：09`; two figures at least in the block, as `数说：2023`
    is a headline's form), the block is a stanza of regular verse (`is_verse_stanza`), or a line of
    the article's keywords (`is_keyword_line`: `关键词：乡村振兴 基层治理`).

    Such lines are short and end no sentence, as headings are, but a paper prints a title over its
    text, never a list of names, a draw's numbers, a poem's lines or its keywords. They are the text
    of the article around them, each block a paragraph that ends where it does."""
    s = text.strip()
    if not s:
        return False
    if s[0] in _KEYWORD_STARTS and is_keyword_line(s):  # (its own first test, before the call)
        return True
    if "\n" in s and is_verse_stanza(s):
        return True
    if " " not in s and "\u3000" not in s and "\t" not in s and "：" not in s and ":" not in s:
        return False  # (the cheap test most blocks fail: no space, no colon)
    figures = 0
    people = False
    lines = s.split("\n")
    for k, line in enumerate(lines):
        m = _FIGURES_LINE.fullmatch(line)
        if m is not None:
            figures += len(_FIGURE_RUN.findall(line, *m.span("figures")))
        elif lists_people(line):
            people = True
        elif len(lines) == 1 or lists_people_beside(line, lines[:k] + lines[k + 1 :]) is None:
            return False  # (`二等奖：高洁 江山` needs another line listing people: none on one line)
    return people or figures >= 2


def is_set_line_by_line(text: str) -> bool:
    """Whether a block is set line by line, each line ending where it does and no sentence running
    into or out of it: rows (`is_row_block`), names, figures or verse (`is_listing`). Its line
    breaks are no wraps of a column, and it ends its paragraph."""
    return is_row_block(text) or is_listing(text)


def lists_people(line: str) -> bool:
    """Whether a line lists people and nothing else, where a headline's phrases could be taken for
    names (`name_list_names`, which keeps the spaces of both): after a label and its colon
    (`一等奖：王丽 李华`) or `_MIN_BARE_NAMES` names at least (`王丽 李华 张强 刘洋`), each read as a
    person's name by jieba's tagger (`lexicon.tags_a_person`; a name holding `·` is a foreign or
    minority name). Slogans whose phrases open with a surname's character (`强基层 补短板`,
    `聚焦：稳增长 促改革`) are not, and two bare words the tagger reads as names (`白云 黄鹤`) are
    too few."""
    # `name_list_names`, its dictionary test (jieba) after the cheap tests of the form.
    found = _name_list_match(line)
    if found is None:
        return False
    view, m = found
    if _SIGNER_LINE.fullmatch(view):
        return False  # who signs a letter or a notice (`张伟 李娜 敬启`, `读者 刘建国`): its closer
    labelled = bool(view[: m.start("names")].strip())
    return _people_listed(view, *m.span("names"), labelled=labelled)


def _people_listed(view: str, start: int, end: int, *, labelled: bool) -> bool:
    """Whether the names `view[start:end]`, set apart by single spaces, list people (`lists_people`):
    after a label (`labelled`) or `_MIN_BARE_NAMES` of them at least, every one
    naming a person where it stands (`_all_bare_names`), each read as a person's name by the tagger or
    a surname and a given name beside names that are only names."""
    names = view[start:end].split()
    if not labelled and len(names) < _MIN_BARE_NAMES:
        return False
    if not _all_bare_names(view, [name.span() for name in _NAME_RUN.finditer(view, start, end)]):
        return False
    people = ["·" in name or tags_a_person(name) for name in names]
    if all(people):
        return True
    # Names the tagger reads as words (`高洁`, `江山`, `周恩来`): a surname and a given name, among
    # names that are only names, one at least after a label (`获奖者：高洁 江山 王丽`), two without one.
    if not all(person or _surname_and_given_name(name) or _surnamed_full_name(name)
               for person, name in zip(people, names, strict=True)):
        return False
    return sum(map(_is_only_a_person, names)) >= (1 if labelled else _MIN_ANCHOR_NAMES)


#: The fewest names that are only names (`_is_only_a_person`) a bare line listing people must hold
#: beside names the tagger reads as words (`王丽 高洁 江山 李华`): slogans of two-character words
#: opening with a surname's character (`富强 民主 文明 和谐`) hold none, or one at most.
_MIN_ANCHOR_NAMES = 2


def _surname_and_given_name(name: str) -> bool:
    """Whether a word of a line listing people may be a surname and a given name although the
    tagger reads it as a word (`高洁`, `江山`, `马力`): two hanzi, the first a single surname of
    `lexicon.surnames`."""
    return len(name) == 2 and name[0] in surnames()[0]


def _surnamed_full_name(name: str) -> bool:
    """Whether a word of a line listing people may be a surname and a two-hanzi given name although
    the tagger reads it as another word (`周恩来`, which jieba tags a time word): three hanzi, the
    first a single surname of `lexicon.surnames`, spelling no dictionary word but names. Neither
    two hanzi of it may be a word the dictionary tags otherwise (`任局长`: 局长, `成绩好`: 成绩,
    `毕业于`, `于是乎`, `高质量`, `张家口`: 家口, `王家坝`: 王家), the whole may be another word only
    over a given name the dictionary tags a name (周恩来 over 恩来), and the tagger must not read its
    first hanzi as a word of its own before a name (`和张强`: 和 / 张强). `lists_people` asks it only
    of a line whose every name already names a person where it stands (`_all_bare_names`) and that
    holds names that are only names beside it, `names_in_sentence` only after a label announcing
    people."""
    if len(name) != 3 or name[0] not in surnames()[0]:
        return False
    tags = word_tags()
    if not all(tags.get(pair, "nr").startswith(_PERSON_NAME_TAGS) for pair in (name[:2], name[1:])):
        return False
    if not tags.get(name, "nr").startswith(_PERSON_NAME_TAGS) and name[1:] not in tags:
        return False  # another word with no given name inside (a word over 恩来 is kept above)
    words = tagged_words(name)
    return not (len(words) == 2 and len(words[0][0]) == 1 and not words[0][1].startswith(_PERSON_NAME_TAGS)
                and words[1][1].startswith(_PERSON_NAME_TAGS))


def _is_only_a_person(name: str) -> bool:
    """Whether a token of a list names a person and nothing else: the tagger reads it as a person's
    name and it spells no dictionary words (`王丽`, `李华`; not `文明`, which the tagger also tags)."""
    return tags_a_person(name) and not spells_words(name, 0, len(name))


def lists_people_beside(line: str, others: Iterable[str]) -> tuple[int, int] | None:
    """Where the names of a line stand (offsets into `line`) when it lists people after a label and
    its colon only as the other lines of its block show: every name a surname and a given name the
    tagger may read as a word (`二等奖：高洁 江山` under `一等奖：王丽 李华`; `_surname_and_given_name`)
    and one of `others` a line listing people (`name_list_names`). None otherwise: alone such a line
    may be words (`关键词：高洁 江山`)."""
    found = _name_list_match(line)
    if found is None:
        return None
    view, m = found
    if not view[: m.start("names")].strip() or _SIGNER_LINE.fullmatch(view):
        return None
    names = m.group("names").split()
    if not all(_surname_and_given_name(name) for name in names):
        return None
    spans = [name.span() for name in _NAME_RUN.finditer(view, m.start("names"), m.end("names"))]
    if not all(_is_surnamed_word(view, s, e) for s, e in spans):
        return None
    return m.span("names") if any(name_list_names(other) for other in others) else None


def is_verse_stanza(text: str) -> bool:
    """Whether a block is a stanza of regular verse: two lines or more, each of two halves or more
    of five or seven hanzi (`_VERSE_HALF_SIZES`), the same on every line, set apart by a space (the
    caesura papers print, `远山含黛色 近水映秋光`) or a clause mark (`远山含黛色，近水映秋光`).
    A headline of two such phrases is one line (`青春献祖国 奋斗正当时`), and a title of two lines
    holds one phrase a line (`凝心聚力谋发展` / `砥砺奋进新征程`); shorter halves are a slogan's
    (`强基层 补短板`)."""
    lines = text.strip().split("\n")
    if len(lines) < 2:
        return False
    if _VERSE_OPENING.match(lines[0].strip()) is None:
        # The cheap test most blocks fail, with the answer of the loop below: the halves
        # `_VERSE_BREAK.split` gives are the maximal runs of characters no break holds (every break
        # character is inside a match of it, nothing else is), so the first line's first half is the
        # run after its leading breaks; the loop returns False unless that run is hanzi only, five
        # or seven of them (every size is one of `_VERSE_HALF_SIZES`), and a break follows it (two
        # halves at least). That is what `_VERSE_OPENING` matches.
        return False
    sizes: set[int] = set()
    for line in lines:
        halves = [h for h in _VERSE_BREAK.split(line.strip()) if h]
        if len(halves) < 2 or not all(_HAN_ONLY.fullmatch(h) for h in halves):
            return False
        sizes.update(map(len, halves))
        if len(sizes) > 1:
            return False
    return sizes <= _VERSE_HALF_SIZES


#: The fewest lines of a stanza of free verse: two short lines are a kicker over its title as often.
_MIN_FREE_VERSE_LINES = 3
#: The most hanzi of a line of free verse: a line of a newspaper's narrowest prose column holds more
#: than a poem's line mostly does, and a wider line is running text (`join.wrap`'s measure).
_MAX_FREE_VERSE_LINE = 15
#: A line of free verse: hanzi and the marks inside a sentence, an opening quote before them; no
#: colon (a label, a letter's salutation), no digit, Latin letter, space or bracket (a date, a row,
#: a name list, a headline's spaced phrases, a list's item number).
_FREE_VERSE_LINE = regex.compile(r"[“‘「『]?\p{Han}[\p{Han}，、！？；。…—“”‘’「」『』]*")
#: The marks that end a clause at a line's end (a line of verse ending where its clause does).
_CLAUSE_END_MARKS = frozenset("，、！？；。…")
#: How many of a stanza's lines may fill the measure and end inside a word, as a wrapped line does.
_MAX_FULL_VERSE_LINES = 1


def is_free_verse_stanza(text: str) -> bool:
    """Whether a block is a stanza of modern free verse, set line by line: `_MIN_FREE_VERSE_LINES`
    lines or more of hanzi (`_FREE_VERSE_LINE`, 2 to `_MAX_FREE_VERSE_LINE` of them each) whose
    breaks a column's wrap does not explain. A wrapped line fills the block's measure (to within
    `WRAP_SLACK`, and the next line's first hanzi would not have fitted) and ends inside a sentence
    with no mark; a line of verse ends where its clause does (`，`, `！`, `？`, `。`, nothing) and its
    lines vary in length. At most `_MAX_FULL_VERSE_LINES` line but the last may look wrapped
    (`父亲在田埂上站着` / `像一棵老树` / `守望着这片土地，`; `小时候` / `乡愁是一枚小小的邮票` /
    `我在这头` / `母亲在那头`), and the block must show verse's breaks: a short line inside it (not
    its first, which may be a title set over prose) or a clause mark ending its lines but the last,
    and lines of varying length (one line two hanzi short of the widest at least: a narrow column of
    prose cut at its commas, `…，` / `…，` / `…，`, has lines of one width).
    A headline stack (a kicker, its title, a subtitle) is three lines at most with no mark at their
    ends: such a block of three lines is verse only when a line ends in a mark (`，`, `！`, `？`)."""
    raw = text.strip()
    if "\n" not in raw or len(raw) > (_MAX_FREE_VERSE_LINE + 3) * 12:
        return False  # (the cheap test most blocks fail: one line, or too long for a stanza)
    lines = [ln.strip() for ln in raw.split("\n")]
    if len(lines) < _MIN_FREE_VERSE_LINES or not all(map(_is_free_verse_line, lines)):
        return False
    measure = max(map(columns, lines))
    full = short_inside = 0
    for k, line in enumerate(lines[:-1]):
        short = columns(line) + 2 + WRAP_SLACK <= measure
        if not short and line[-1] not in _CLAUSE_END_MARKS:
            full += 1  # fills the column and ends in a word: a wrap's break
        elif short and k > 0:
            short_inside += 1
    if full > _MAX_FULL_VERSE_LINES:
        return False
    marked = sum(line[-1] in _CLAUSE_END_MARKS for line in lines)
    if len(lines) == _MIN_FREE_VERSE_LINES and not marked:
        return False  # a kicker, a title and a subtitle as often
    if not any(columns(line) + WRAP_SLACK <= measure for line in lines):
        return False  # lines of one width: a narrow column cut at its commas, or regular verse
    return short_inside > 0 or full == 0


def _is_free_verse_line(line: str) -> bool:
    """Whether one line may be a line of free verse (`is_free_verse_stanza`): hanzi and inner marks
    only (`_FREE_VERSE_LINE`), 2 to `_MAX_FREE_VERSE_LINE` hanzi."""
    if _FREE_VERSE_LINE.fullmatch(line) is None:
        return False
    han = len(_HAN_ONLY.findall(line)) and sum(map(len, _HAN_ONLY.findall(line)))
    return 2 <= han <= _MAX_FREE_VERSE_LINE


def verse_line_size(line: str) -> int | None:
    """The size of the halves of one line of regular verse (`is_verse_stanza`'s line: two halves or
    more of five or seven hanzi, the same, set apart by a space or a clause mark, `远山含黛色 近水映秋光`,
    `床前明月光，疑是地上霜。`), else None. Alone such a line may be a headline's two phrases
    (`青春献祖国 奋斗正当时`); its neighbours tell (`set_line_kind`)."""
    s = line.strip()
    if _VERSE_OPENING.match(s) is None:  # the cheap test most lines fail (see `is_verse_stanza`)
        return None
    halves = [h for h in _VERSE_BREAK.split(s) if h]
    if len(halves) < 2 or not all(_HAN_ONLY.fullmatch(h) for h in halves):
        return None  # one clause (`季农业生产工作。`, a paragraph's wrapped line) is no line of verse
    sizes = set(map(len, halves))
    return sizes.pop() if len(sizes) == 1 else None


def set_line_kind(text: str) -> str | None:
    """What a block set line by line holds, read line by line, when it may run on in a block of its
    own (a poem's stanza, a draw's numbers cut into blocks): `verse5` / `verse7` when every line is
    a line of regular verse of that size (`verse_line_size`), `figures` when every line is figures
    after a label and its colon (`红球：03 08 15`, `蓝球：09`), else None. One such line alone may be a
    heading (`青春献祖国 奋斗正当时`, `数说：2023`); next to a block of the same kind it is the same
    text (the assembly's `_Builder.set_lines_among`)."""
    lines = text.strip().split("\n")
    first = lines[0]
    if not first:
        return None
    # (a figures line holds its label's colon; a line that is no verse makes the block none)
    if ("：" in first or ":" in first) and all(_FIGURES_LINE.fullmatch(line) for line in lines):
        return "figures"
    size = verse_line_size(first)
    if size is None or any(verse_line_size(line) != size for line in lines[1:]):
        return None
    return f"verse{size}"


#: A paragraph indent opening a line of flat text: two ideographic spaces (`　　`, which the unicode
#: step has made two plain spaces by the time the labels read the page), 2-4 plain spaces or a TAB.
#: One space is OCR noise, not an indent.
_INDENT = regex.compile(r"(?:\t|[ \u3000]{2,4})(?=[^\s])")
#: A field gap inside a line (after its indent): a table row's cells or `编辑：赵静  美编：王强`.
_INNER_FIELD_GAP = regex.compile(r"\S(?:[ \u3000]*\t|[ \u3000]{2,}\S)")
#: What sets a verse line's clauses apart.
_CLAUSE_MARKS = regex.compile(r"[，。！？；、,.!?;：:…“”‘’「」『』]+")
#: The longest clause of a classical poem's line (five or seven hanzi, nine at most in a ci).
_MAX_VERSE_CLAUSE = 9


def indented_paragraph_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """The offsets (into `text`) of the lines inside the flat-text block `text[start:end]` that open
    a new paragraph: a line opening with an indent (`_INDENT`) after a line that ends a sentence.
    Many OCR text exports (ABBYY, Word-saved txt, newspaper CMS exports) set paragraphs apart so,
    with no blank line between them.

    A block whose every line is indented says nothing by its indents unless each line is a whole
    paragraph (ends a sentence). Left whole: a numbered list, a block holding a field gap (a table's
    rows), verse (every line's clauses of one length, `白日依山尽，黄河入海流。`) and, so a list's
    items stay together, a break before an item number (`1.`, `一、`) or after a semicolon."""
    stop = len(text) if end is None else end
    block = text[start:stop]
    if "\n" not in block.strip():
        return []
    lines = block.split("\n")
    indents = [_INDENT.match(ln) for ln in lines]
    if not any(indents[1:]) or _holds_field_gap(lines, indents) or is_numbered_list(block):
        return []
    visible = [ln for ln in lines if ln.strip()]
    every_line_indented = all(m for m, ln in zip(indents, lines, strict=True) if ln.strip())
    if every_line_indented and not all(_ends_paragraph(ln) for ln in visible[:-1]):
        return []  # an indented column (a quotation, a poem), not one paragraph per line
    if _is_verse(visible):
        return []
    starts: list[int] = []
    pos = start
    for prev, line, indent in zip(lines, lines[1:], indents[1:], strict=False):
        pos += len(prev) + 1
        if indent and _ends_paragraph(prev) and not opens_list_item(line):
            starts.append(pos)
    return starts


def _ends_paragraph(line: str) -> bool:
    """Whether a line ends a sentence other than by a semicolon (which ends a list's item)."""
    tail = line.rstrip()
    return ends_sentence(tail) and not tail.endswith((";", "；"))


def _holds_field_gap(lines: Sequence[str], indents: Sequence[regex.Match[str] | None]) -> bool:
    """Whether a line holds a field gap after its indent (a table's rows, fields of a credit line)."""
    return any(_INNER_FIELD_GAP.search(ln, m.end() if m else 0) for ln, m in zip(lines, indents, strict=True))


def _is_verse(lines: Sequence[str]) -> bool:
    """Whether the lines are verse: every clause of every line holds the same number of characters,
    a classical poem's five or seven (`床前明月光，` / `疑是地上霜。`)."""
    sizes = {len(c.strip()) for ln in lines for c in _CLAUSE_MARKS.split(ln) if c.strip()}
    return len(sizes) == 1 and sizes.pop() <= _MAX_VERSE_CLAUSE


#: A phone word and a number after it (`热线电话：12345`, `服务热线 96128`): a contact `_PHONE` may not read.
_CONTACT_NUMBER_WORD = regex.compile(r"(?:电话|热线|手机|传真|专线|電話|熱線)\s*[:：]?\s*\d")
#: A reporter's bracketed signature closing a line (`（记者王芳）`, `（本报记者 王芳）`, `（通讯员李强）`).
_CLOSING_REPORTER_SIGNATURE = regex.compile(rf"{_BRACKETED_REPORTER}\s*$")


def _contact_signed_by_reporter(line: str) -> bool:
    """Does `line` name a phone number, an e-mail address or a site and close with a reporter's
    bracketed signature (`咨询电话0931-8612345（记者王芳）`, `热线电话：12345（本报记者王芳）`)? Such a
    line ends an article: a contact line of the page carries no reporter's signature, and read as
    furniture the line, signature and all, would leave the article's text (`-f txt` writes no `fw`).
    A byline (`本报讯（通讯员赵丽）`) names no contact and is left to the byline tests."""
    if not line.rstrip().endswith((")", "）")):
        return False  # (cheap: most lines end otherwise)
    m = _CLOSING_REPORTER_SIGNATURE.search(line)
    if m is None:
        return False
    before = line[: m.start()]
    if _has_email_url(before) or (_may_hold_phone(before) and _PHONE.search(before) is not None):
        return True
    return _CONTACT_NUMBER_WORD.search(before) is not None  # `热线电话：12345`: a short hotline


#: The most hanzi a contact line holds (`is_furniture`): a longer line naming a phone or an address is text.
_CONTACT_HAN = 12


def is_furniture(text: str) -> bool:
    """Phone and e-mail lines, editor credits (bare or in brackets: `is_editor_credit`), date lines,
    page numbers (`第4版`, `第一版`, and stated with their word: `第4页`, `Page 4`: `is_worded_folio`) and the
    paper's publication and promotional lines (`other_furniture_type`, also one holding a phone
    number): page furniture."""
    s = text.strip()
    if s and s[0] in _LINE_OPENERS:
        inner = bracketed_inner(s)
        if inner is not None and _EDITOR_LEAD.match(inner) and is_furniture(inner):
            return True
    if not s or visible_len(s) > MAX_FURNITURE or (ends_sentence(s) and not _address_line_end(s)):
        return False
    if _contact_signed_by_reporter(s):
        return False  # `咨询电话0931-8612345（记者王芳）`: the article's last line, its signature with it
    lead = _LEAD_BITS[s[0]]
    if lead & _FURNITURE and (m := _FURNITURE_LEAD.match(s)) is not None and not _label_opens_word(s, m):
        return True
    if lead & _DATE and _DATE_LINE.match(s):
        return True
    if lead & _DATE and is_worded_folio(s):  # `第4页`, `Page 4`: a page line, as `第4版` is
        return True
    contact = _has_email_url(s) or (_may_hold_phone(s) and _PHONE.search(s))
    if contact and len(_HAN.findall(s)) <= _CONTACT_HAN:
        return True  # a contact line; a longer one naming a phone is text, or publication data:
    if lead & _FURNITURE and is_paper_desk_contact(s):
        return True  # `本报编辑部 电话：55.6631`: a number `_PHONE` does not read
    return other_furniture_type(s) is not None  # `零售价 1.50元 甘肃日报社出版 电话：…`


#: A contact field's value that is no words: a number (digits and their dots, dashes, brackets and
#: slashes, an extension `转8001`: `55.6631`, `0931-8612345`), an e-mail address or a URL.
_CONTACT_VALUE = (
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+"
    r"|[^\s:：\p{Han}]*\d[^\s:：\p{Han}]*(?:转\d+)?)"
)
#: A contact field of the paper's desk: its label (`电话`, `联系电话`, `传真`), its colon and a value
#: (`_CONTACT_VALUE`); an address or a contact person's field holds words (`地址：兰州市城关区1号`,
#: `联系人：王女士`).
_DESK_FIELD = (
    rf"(?:\p{{Han}}{{0,4}}?(?:{_CONTACT_LABELS})\s*[:：]\s*{_CONTACT_VALUE}"
    r"|(?:地址|联系人)\s*[:：]\s*[^\s:：]+)"
)
#: A line of the paper's own desk and how to reach it (`本报编辑部 电话：55.6631`, `本报广告部 电话：…`,
#: `本社总编室 传真：…`): the paper (本报, 本社) and a desk (a word ending in 部, 科, 室, 处, 组 or 中心),
#: a gap, then a contact field with its colon (`电话：`, `联系电话：`) whose value holds a digit, and
#: maybe more fields or values (`_DESK_FIELD`, `_CONTACT_VALUE`: `传真：55.6633`, a second number),
#: each after a gap, nothing else: words after them make it a sentence
#: (`本报编辑部 电话：12345 欢迎读者来电反映情况`). Papers print it at the foot as they print
#: `本报地址：… 电话：…`; older numbers (`55.6631`, six digits with a dot) are no phone to `_PHONE`.
_PAPER_DESK = r"本[报社]\p{Han}{0,6}?(?:部|科|室|处|组|中心)[ \t\u3000]+"
_PAPER_DESK_CONTACT = regex.compile(
    rf"\s*{_PAPER_DESK}(?=[^\s:：]*[:：]\s*[^\s:：]*\d)"
    rf"{_DESK_FIELD}(?:[ \t\u3000]+(?:{_DESK_FIELD}|{_CONTACT_VALUE}))*\s*",
    regex.IGNORECASE,
)


def is_paper_desk_contact(line: str) -> bool:
    """Whether `line` is the paper's desk and a contact field (`_PAPER_DESK_CONTACT`: `本报编辑部
    电话：55.6631`), one line with no sentence punctuation: page furniture (`contact`), whose gap
    between the desk and the field's label the spacing step keeps, as it keeps a line of fields'."""
    s = line.strip()
    if not s.startswith(("本报", "本社")) or "\n" in s or _SENTENCE_PUNCT.search(s):
        return False
    return _PAPER_DESK_CONTACT.fullmatch(s) is not None


#: A label's colon after it, maybe after spaces.
_LABEL_COLON = regex.compile(r"[ \t\u3000]*[:：]")
#: A field's label ending the hanzi glued to an editor's label (`编辑部电话`, `编辑部地址`).
_FIELD_LABEL_END = regex.compile(rf"(?:{_CONTACT_LABELS})$", regex.IGNORECASE)


def _label_opens_word(text: str, m: regex.Match[str]) -> bool:
    """Whether the editor's label opening `text` (`m`, a `_FURNITURE_LEAD` match) is glued to hanzi
    that are no editor's name, so the line is a headline (a column's title), no credit. A credit
    glued to what follows gives a name after its label (`编辑王丽`, `责任编辑王丽`, `本版编辑王丽`); a
    title glues words: the label and the hanzi after it make a longer dictionary word, as jieba's
    best segmentation reads them from the label on (`编辑部的故事`: 编辑部, `值班室`, `本版编辑部`), or
    the hanzi after it name no person (`本版主编的话`, `本版编辑手记`, `本版值班记者手记`, `主编寄语`:
    `_glued_names_a_person`). A longer label closed by its colon (`值班主任：王丽`) or two labels
    (`值班编辑 王丽`) are the credit's label: only the word test asks them; the desk's contact field
    (`编辑部电话：55.6631`, `编辑部地址：…`) is furniture whatever word it opens with."""
    end = m.end()
    if end >= len(text) or _HAN.match(text, end) is None or _EDITOR_LEAD.match(text) is None:
        return False  # (a colon, a space or the end after it: a label)
    glued = _HAN_ONLY.match(text, end)  # (the run of hanzi glued to the label)
    assert glued is not None  # (a hanzi follows the label)
    colon = _LABEL_COLON.match(text, glued.end()) is not None
    if colon and _FIELD_LABEL_END.search(text, end, glued.end()):
        return False  # `编辑部电话：55.6631`, `编辑部地址：…`: the desk's field, its label and colon
    label = len(text) - len(text.lstrip())
    if text.startswith("本版", label):
        label += 2  # jieba's word 本版 naming the page: the label's own word starts after it
    if len(first_word(text[label:])) > end - label:
        return True
    if colon or _EDITOR_LEAD.fullmatch(text, end, glued.end()):
        return False  # `值班主任：王丽`: a longer label and its colon; `值班编辑 王丽`: two labels
    spaced = _SPACED_HAN_RUN.match(text, glued.end())
    if spaced is not None and _glued_names_a_person(text, spaced.start(1), spaced.end(1)):
        return False  # `版式设计 李华`, `值班编委 王丽`: a longer label, a space, the name (review RF1b)
    return not _glued_names_a_person(text, end, glued.end())


#: A gap and a name's two to four hanzi after it, ending the line or before another gap (the name
#: after a longer editor's label: `值班编委 王丽`; `编辑手记 春天的故事` is a title).
_SPACED_HAN_RUN = regex.compile(r"[ \t\u3000]+(\p{Han}{2,4})(?=[ \t\u3000]|$)")


def other_furniture_type(text: str) -> str | None:
    """`imprint` for a line of the paper's publication data (`国内统一连续出版物号 CN62-0001`,
    `本报地址：… 零售价：1.50元`), `promo` for a promotional line (`扫码关注甘肃日报微信公众号`,
    `微信公众号：gsrb 新浪微博：@甘肃日报`), `ad` for `广告` alone; else None. They are page furniture,
    not a title nor a paragraph. A line of fields qualifies when it opens with a field and holds one of
    these (`地址：… 邮编：730030 广告经营许可证：…`); a line with sentence punctuation never does."""
    s = text.strip()
    if not s or "\n" in s or _SENTENCE_PUNCT.search(s):
        return None
    if s[0] in _OTHER_LEADS:
        if _AD_LINE.fullmatch(s):
            return "ad"
        if _PROMO_LINE.fullmatch(s):
            return "promo"
        m = _OTHER_FIELD_LEAD.match(s)
        if m is not None:
            return "imprint" if m.group("imprint") else "promo"
    if not _may_hold_other_field(s):
        return None  # (a headline, most lines: the cheap test before the fields are read)
    if _TYPED_FIELD.match(s) and any(_field_kind(f) in _OTHER_KINDS for f in _TYPED_FIELD.finditer(s)):
        return "imprint"  # contact fields before the publication data; the runs type each
    return None


def _may_hold_other_field(text: str) -> bool:
    """Whether `text` holds a colon, a space, an ideographic space or a TAB, one of which every field of
    publication data or promotion has after its label (`_OTHER_FIELD`: `定价：2.00元`, `定价 2.00元`,
    `客户端 APP下载`): a necessary condition that spares a line without one (a headline) the field
    patterns."""
    return ":" in text or "：" in text or " " in text or "\u3000" in text or "\t" in text


#: The kinds of field `other_furniture_type` looks for in a line of fields.
_OTHER_KINDS = ("imprint", "promo")
#: The punctuation of a sentence: a line holding it is text, not a line of fields.
_SENTENCE_PUNCT = regex.compile(r"[，。；！？,;!?]")


def is_date_line(line: str) -> bool:
    """A line of the issue's date, its weekday and its page only, each part optional
    (`2023年10月12日 星期四`, `2023年10月12日 星期四 第4版`, `第4版`, `第一版`): page furniture."""
    return _DATE_LINE.match(line) is not None


def _address_line_end(text: str) -> bool:
    """Whether a line ending a sentence may still be a contact line: it names an e-mail or a site,
    and its end is no Chinese sentence's (`e-mail:ab@163.com.` is furniture, `请发邮件至ab@163.com报名。`
    a sentence of the article, also before an end note: `详情请登录www.gansu.gov.cn查询。（完）`)."""
    body = _END_NOTE.sub("", text) if text.rstrip().endswith((")", "）")) else text  # `…查询。（完）`
    return body.rstrip().rstrip(_CLOSERS)[-1:] not in _CHINESE_SENTENCE_MARKS and _has_email_url(text)


#: The marks ending a Chinese sentence.
_CHINESE_SENTENCE_MARKS = frozenset("。！？…")


def _may_hold_phone(text: str) -> bool:
    """False when `_PHONE` cannot match: a landline holds one of its dashes, a mobile number a `1`."""
    return "1" in text or "-" in text or "－" in text or "—" in text


def _has_email_url(text: str) -> bool:
    # Every match holds `@`, `://` or `www.` (so `@`, `:` or `.`): most blocks hold none of them.
    return (
        ("@" in text or ":" in text or "." in text)
        and _EMAIL_URL_HINT.search(text) is not None
        and _EMAIL_URL.search(text) is not None
    )


#: The preposition that names a source (据, 根据), ending a line cut before that source:
#: `另据` / `中新社电，…`, `又据` / `新华社电 …`.
_SOURCE_PREPOSITIONS = frozenset({"据", "根据"})
#: The marks a line ends with when the source it names follows on the next line: a colon, an opening
#: quote (`来源：` / `人民网消息 …`, `他说：“` / `又电 …`).
_SOURCE_CUT_MARKS = frozenset(":：“「『‘")
#: A line holding the words that open a sentence naming its source and nothing else (`据`, `根据`,
#: `另据`, `又据`, `而据`, `但据`, `还据`, `并据`), maybe opening with a clause's mark (`，另据`).
_SOURCE_WORDS_ALONE = regex.compile(r"[,，、;；:：。]*[另又而但还并]?根?据")


def cut_before_source(line: str) -> bool:
    """Whether `line` ends cut before the source its sentence names on the next line, so that a
    dateline opening that line is the sentence's words (`另据` / `中新社电，…`: `另据中新社电，…`): it
    ends with a colon or an opening quote (`_SOURCE_CUT_MARKS`), or with the preposition 据 or 根据 as
    a word of its own (`_SOURCE_PREPOSITIONS`, jieba's last word: `会议指出，另据`, `要做到于法有据`).
    A noun ending in 据 is a word of its own (`大数据`, `图为证据`: 数据, 证据). The one test of the
    spacing step (a named dateline's gap, `spacing._Layout._cut_before`) and of a caption left open
    (`_left_open`, so of the dispatch `_dispatch_under_caption` cuts off a caption)."""
    s = line.rstrip(" \t\u3000")
    if s[-1:] in _SOURCE_CUT_MARKS:
        return True
    return s.endswith("据") and last_word(s) in _SOURCE_PREPOSITIONS


#: The words before a final 据 or 根据 that make it a noun (a ground, a proof), not the preposition
#: naming a source: `于法有据`, `以事实为据`, `立字为据`, `没有根据`, `确有根据`, `查无据`. Any word
#: ending in 有 or 无 does so too (`_noun_before_ju`).
_NOUN_MAKERS_BEFORE_JU = frozenset({"为"})


def ends_in_source_preposition(text: str) -> bool:
    """Whether the stripped `text` ends with the preposition 据 or 根据 naming a source on the next
    line (`此外据`, `另外据`, `此外，据`, `记者据`, `再据`, `而根据`: jieba's last word), so it is a
    sentence's start, not a heading (`is_heading_like`): only words that open a sentence stand
    before it (`_OPENERS_BEFORE_SOURCE`; `决策要有科学根据` is a headline). 据 after a word that
    makes it a noun is a heading's end (`重大改革于法有据`, `以事实为据`: `_noun_before_ju`), and so
    is a noun ending in 据 that jieba holds (`大数据`, `图为证据`, `有理有据`). Inside a paragraph
    such a line is still cut before the source (`cut_before_source`, the spacing step's question:
    `会议指出，` / `以事实为据` / `中新社电 …` one sentence)."""
    if not text.endswith("据"):
        return False
    word = last_word(text)
    if word not in _SOURCE_PREPOSITIONS:
        return False
    head = text[: -len(word)]
    if _noun_before_ju(head, last_word(head) if head else "", word):
        return False
    # only words that open a sentence before its source: a headline's words before 根据 stay a
    # heading (`决策要有科学根据`, `指控缺乏根据`, `政策根据`: review RD3c)
    opening = line_view(head).strip(_OPENING_MARKS)
    return all(w in _OPENERS_BEFORE_SOURCE or not w.strip(_OPENING_MARKS)
               for w, _tag in tagged_words(opening)) if opening else True


#: The words that open a sentence before the source it names at a line's end (`此外据`, `与此同时据`,
#: `记者据`, `今年以来根据`: `ends_in_source_preposition`); any other word makes the line a heading
#: ending in the noun (`决策要有科学根据`).
_OPENERS_BEFORE_SOURCE = frozenset({
    "另", "又", "而", "但", "还", "并", "也", "再", "另外", "此外", "同时", "与此同时", "不过", "然而",
    "但是", "而且", "并且", "另一方面", "首先", "其次", "最后", "记者", "本报记者", "会上", "目前", "此前",
    "近日", "日前", "当天", "同日", "昨日", "昨天", "今天", "今日", "今年", "以来", "据悉", "对此", "因此",
    "所以", "其中", "特别", "尤其", "另悉", "又悉", "此次", "这次", "今年以来", "会议", "期间", "会议期间",
})
#: Marks and blanks around the words before a source (`此外，据`).
_OPENING_MARKS = " \t\u3000,，、;；"


def _noun_before_ju(head: str, before: str, word: str) -> bool:
    """Whether `before`, jieba's last word of `head` before a final 据 or 根据 (`word`), makes it a
    noun: a word ending in 有 or 无 (`有据`, `无据`, `没有根据`, `毫无根据`, `确有根据`), or 为 before 据
    (`以事实为据`, `立字为据`) or, in `以…为根据`, before 根据; `图为根据` / `新华社北京电 …` is the
    caption's preposition."""
    if before.endswith(("有", "无")):
        return True
    if before not in _NOUN_MAKERS_BEFORE_JU:
        return False
    return word == "据" or "以" in head[:-1]


def source_words_alone(text: str) -> bool:
    """Whether the stripped `text` is the words opening a sentence that names its source, alone
    (`_SOURCE_WORDS_ALONE`: `另据`, `又据`, `根据`): a sentence's start cut before its source, never a
    heading. A heading ending in 据 holds more words (`重大改革于法有据`, `以事实为据`, `为据`): it
    stays one, though jieba cuts its 据 off as it cuts the preposition's (`有` / `据`)."""
    return _SOURCE_WORDS_ALONE.fullmatch(text) is not None


#: The close of an article or of a photo's caption ending a line: an end mark between dashes
#: (`——完——`, `--完--`) or a photographer's credit in brackets (`…（王明摄）`, `（新华社记者 张强 摄影）`).
_CLOSING_MARK = regex.compile(r"(?:[—\-－]+\s*完\s*[—\-－]+|[摄攝]影?\s*[)）])\s*$")


def closes_line(line: str) -> bool:
    """Does `line` close what it holds, so that a place's dateline may open the line under it: a
    sentence's end (`ends_sentence`, after an end note too: `（完）`, `(完)`), an end mark or a
    photographer's credit (`_CLOSING_MARK`: `——完——`, `…（王明摄）`), or a caption's line
    (`opens_caption`: `图为市民排队`) not left open (`_left_open`: `图为视察组在` / `北京12日电 视台…`
    goes on with the caption's sentence)? The spacing step keeps a dateline's gap under such a line,
    and the labels cut the dispatch off a caption there (`_dispatch_under_caption`)."""
    if ends_sentence(line) or _CLOSING_MARK.search(line) is not None:
        return True
    return opens_caption(line) and not _left_open(line.strip())


def _left_open(s: str) -> bool:
    """Whether the stripped line `s` ends where its sentence cannot: after a comma or a colon, a
    particle, conjunction or preposition (`…在`, `…的`: `is_heading_like`'s ends), or the preposition
    of a source (`…另据`: `cut_before_source`)."""
    last = s[-1:]
    if last in _OPEN_END_CHARS:
        return True
    if last in _CUT_END_CHARS and not _ends_in_whole_word(s):
        return True
    return cut_before_source(s)


def _fewer_han_than_two(text: str) -> bool:
    """Whether `text` holds fewer than two hanzi; most headings open with two (a cached look-up each)."""
    if len(text) >= 2 and _LEAD_BITS[text[0]] & _LEAD_BITS[text[1]] & _HANZI:
        return False
    return _TWO_HAN.search(text) is None


def _ends_in_whole_word(text: str) -> bool:
    """Whether `text`, ending in one of `_CUT_END_CHARS`, ends in a word a headline may end with
    rather than a particle, conjunction or preposition left open (`坚持问题导向`, `人人平等`, `初心永在`,
    not `全面推进乡村振兴的`, `会议认为`): a dictionary word of two or more characters tagged a noun,
    adjective, idiom or set phrase (`_WHOLE_WORD_TAGS`), or 在 after 永, 犹, 常... (`_VERB_ZAI_END`)."""
    if _VERB_ZAI_END.search(text):
        return True
    word = last_word(text)
    return len(word) >= 2 and word_tags().get(word, "").startswith(_WHOLE_WORD_TAGS)


def is_heading_like(text: str, hints: frozenset[str] = frozenset()) -> bool:
    """Short, and not ending a sentence or left open: a title, kicker, subtitle, subhead or label.
    Never text the boxes show running over several lines of body type (hint `flow`), nor rows set
    with spaces between their fields (`is_row_block`: a listing, results, a league table)."""
    # Every test but the heading hint's and the question title's can only answer False, so they run
    # cheapest first: the two-hanzi search comes last, after most body text has been turned away.
    s = text.strip()
    if not s or "flow" in hints:
        return False
    if s[0] == "特" and is_notice_formula(s):  # `特此公告` with no full stop: the notice's last paragraph
        return False
    if hints and not _HEADING_HINTS.isdisjoint(hints):  # no set built, none for most blocks
        return not _fewer_han_than_two(s) and visible_len(s) <= MAX_HEADING * 2
    # Longer than any heading (a `_QUESTION_TITLE` match is at most 25 characters): most body blocks.
    if len(s) > MAX_HEADING and visible_len(s) > MAX_HEADING:
        return False
    last = s[-1]
    if last in "!?！？" and len(s) <= 25 and _QUESTION_TITLE.fullmatch(s):  # its only possible ends
        return not _fewer_han_than_two(s)
    # `s` is stripped (`str.strip` removes every `\s`), so `_OPEN_END` / `_CUT_END` match exactly when
    # its last character is in their class: a set lookup instead of two searches over the block.
    if last in _OPEN_END_CHARS or ends_sentence(s):
        return False
    size = visible_len(s)
    if size > MAX_HEADING or _fewer_han_than_two(s):
        return False
    if "。" in s and _INNER_FULL_STOP.search(s):
        return False
    if _may_open_with_speech(s) and (_SPEECH_LEAD.match(s) or _TIME_LEAD.match(s)):
        return False
    clauses = [c for c in _CLAUSE_BREAK.split(s) if c] if _may_break_clauses(s) else None
    if clauses is None or len(clauses) == 1:
        short = size <= MAX_CLAUSE
    else:
        # Two-part headlines are short on both sides (`创新工作，厚植服务群众新土壤`); a long clause
        # after a comma is a sentence cut by a block break.
        short = size <= MAX_MULTI_CLAUSE and all(visible_len(c) <= MAX_PART for c in clauses)
    # The costlier tests last (the last word and a listing's names ask jieba), and only of what is
    # short enough.
    if not short or ("\n" in s and is_row_block(s)):
        return False  # rows of a table or a listing (`19:00 新闻联播` / `19:31 焦点访谈`): body text
    if last in _CUT_END_CHARS and not _ends_in_whole_word(s):
        return False  # a particle, conjunction or preposition left open: `…国家战略的`
    if last == "据" and (source_words_alone(s) or ends_in_source_preposition(s)):
        return False  # `另据`, `此外据` / `中新社电 …`: a sentence's opening, cut before its source
    return not is_listing(s)  # names, a draw's figures, a poem's lines: the article's text


#: A full stop inside a text with more text right after it (`会议强调，要抓紧落实。会议要求各地`): a
#: sentence ended and another began, which a headline never does; a first paragraph cut mid-sentence
#: by a block break does. A quotation's full stop before its closing mark (`“不忘初心。”的答卷`) is
#: the quote's own, and `！` / `？` inside a headline are its voice (`关注！这些新规下月起施行`).
_INNER_FULL_STOP = regex.compile(r"。\s*[\p{Han}\p{L}\p{N}]")


#: The most visible characters of a headline's line (`is_headline_block`).
HEADLINE_MAX_CHARS = 40
#: Sentence punctuation, 、 and the colon: a line holding any of it is no headline's line.
_HEADLINE_PUNCT = regex.compile(r"[，。；：？！、,;:?!]")
_VISIBLE_CHAR = regex.compile(r"\S")


def is_headline_block(text: str) -> bool:
    """Whether a block of flat text is a headline, whose gaps between phrases an editor set
    (`专题协商 让建言更精准`, `强基层 补短板` / `惠民生 促发展`): every line short (`HEADLINE_MAX_CHARS`
    visible characters) with no sentence punctuation, 、 or colon (`_HEADLINE_PUNCT`), and a block of
    two lines to `MAX_TITLE_LINES` one the labels read as headings only (`label_block`: a title over
    two lines, a kicker over its title, a title over its subtitle), so a paragraph's wrapped lines
    (`全市召开会议 部署秋冬` / `季农业生产工作。`), rows, a list of names, verse or a title over its
    byline are none.

    The spacing step keeps a headline's phrase gaps by this test, and the labels read the spaced
    text as they read the block here: one decision, so a title keeps the gaps of every line, not
    those of its first line only."""
    body = text.strip()
    lines = body.split("\n")
    cells = len(lines) > 1  # (a table's cells are `|` over rows: one line's `|` is a field mark)
    if len(lines) > MAX_TITLE_LINES or not all(_is_headline_line(line, cells) for line in lines):
        return False
    if len(lines) == 1:
        return True
    block = Block(id="", text=body, start=0, end=len(body))
    return all(p.role == "heading" for p in label_block(block, body))


def _is_headline_line(line: str, cells: bool = True) -> bool:
    """A line a headline may print: short, no sentence punctuation, 、 or colon, and no TAB, nor,
    when `cells` (a block of several lines), `|` (a table row's cells, `线路|列数` as the markup step
    writes a table, under its caption); a block of one line prints `|` as a field mark between its
    parts (`第2版|要闻 2024年5月6日 星期一 HELLO WORLD`, read as a title), its gaps kept as the same
    line's with a blank there. Visible characters are counted only when the line is longer than the
    limit."""
    piped = cells and "|" in line
    return not _HEADLINE_PUNCT.search(line) and "\t" not in line and not piped and (
        len(line) <= HEADLINE_MAX_CHARS or len(_VISIBLE_CHAR.findall(line)) <= HEADLINE_MAX_CHARS
    )


def opens_like_paragraph(text: str) -> bool:
    """A block opening as a paragraph does (`会议指出，`, `近日，`): after a block left open, it more
    likely starts a new paragraph (the sentence end lost) than goes on with the sentence."""
    s = text.lstrip()
    if not _may_open_with_speech(s):
        return False
    lead = _SPEECH_LEAD.match(s) or _TIME_LEAD.match(s)
    # `干部队伍建设。会议指出，`: the sentence cut at the break ends first, then a new one opens.
    return lead is not None and not any(mark in lead.group() for mark in "。！？!?")


def _may_open_with_speech(text: str) -> bool:
    """False when `_SPEECH_LEAD` and `_TIME_LEAD` cannot match: a comma or colon ends their matches
    within 14 characters."""
    head = text[:14]
    return "，" in head or "," in head or "：" in head or ":" in head


def _may_break_clauses(text: str) -> bool:
    """False when `_CLAUSE_BREAK` cannot match, so the text is one clause: no comma, 、 or semicolon,
    and no whitespace (in printable text the only whitespace is the ASCII space)."""
    return (
        not text.isprintable() or " " in text or "，" in text or "," in text or "、" in text
        or "；" in text or ";" in text
    )


def is_org_name(text: str) -> bool:
    """A short name ending like an organisation or a place (`武威市政协`, `秦州区政协`)."""
    s = text.strip()
    return visible_len(s) <= 12 and bool(ORG_SUFFIX.search(s))


def is_section_like(text: str) -> bool:
    """Could be a section label: a short run of hanzi with no punctuation that is not an organisation."""
    s = text.strip()
    return bool(_SECTION_LIKE.fullmatch(s)) and not is_org_name(s)


def has_section_word(text: str) -> bool:
    """Contains a word typical of section labels (专题, 要闻, 视点...)."""
    return any(w in text for w in SECTION_WORDS)


def is_section_name(text: str) -> bool:
    """Is a desk name papers print alone as a section's label (`SECTION_NAMES`: 港闻, 国际, 财经...),
    the whole label and nothing more."""
    return text.strip() in SECTION_NAMES


def is_bracketed_label(text: str) -> bool:
    """A whole line that is one column name (栏目) in brackets: `【要闻】`, `【基层协商】`, `〖理论〗`,
    `［专题］`. Papers print the column a story runs under so above its title, so the brackets say
    what a section word or a wider gap says of a bare label. The name inside must be one a bare label
    could be (`is_section_like`): an organisation (`【省政协办公厅】`) stays a kicker, as `武威市政协`
    does, and so does a long or punctuated phrase; an editor's note or sidebar label on its own line
    (`【编者按】`, `【相关链接】`) heads part of an article, not a column."""
    s = text.strip()
    if len(s) < 4 or _BRACKET_PAIRS.get(s[0]) != s[-1]:
        return False
    name = s[1:-1]
    return is_section_like(name) and not _NOTE_LABEL.search(name)


def _piece(block: Block, text: str, start: int, end: int, role: str, n: int) -> Block:
    """A sub-block of `block` covering `text[start:end]`, trimmed of surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    ident = block.id if n == 1 else f"{block.id}.{n}"
    if not _DIRECT_COPY:
        return replace(block, id=ident, text=text[start:end], start=start, end=end, role=role)
    b = block
    return Block(ident, text[start:end], start, end, role, b.hints, b.bbox, b.lines, b.page, b.zone)


def _split(block: Block, text: str, cuts: Sequence[tuple[int, str]]) -> list[Block]:
    """Split `block` at absolute offsets: `cuts` is [(offset where a piece starts, its role)]."""
    bounds = [c[0] for c in cuts] + [block.end]
    pieces: list[Block] = []
    for i, (start, role) in enumerate(cuts):
        if bounds[i + 1] > start and text[start : bounds[i + 1]].strip():
            pieces.append(_piece(block, text, start, bounds[i + 1], role, len(pieces) + 1))
    return pieces


def _kicker_title_split(block: Block, text: str, emphasised: Sequence[str]) -> list[Block] | None:
    """`秦州区政协 调研教师队伍建设情况` on one line: a kicker and a title, told apart by emphasis or
    by a short organisation name followed by a space. A date alone after the name is no title
    (`_date_alone`): `全市 2024年5月6日` stays one heading, as printed."""
    s = block.text
    for part in emphasised:
        part = part.strip()
        idx = s.rfind(part) if part else -1
        if idx > 0 and s[:idx].strip() and idx + len(part) >= len(s.rstrip()):
            cut = block.start + idx
            return _split(block, text, [(block.start, "heading"), (cut, "heading")])
    m = _INNER_SPACE.search(s.strip()) if " " in s or "\u3000" in s or "\t" in s else None
    if m:
        lead = s.strip()[: m.start()]
        rest = s.strip()[m.end() :]
        if is_org_name(lead) and visible_len(rest) >= 4 and _INNER_SPACE.search(rest) is None \
                and org_list_gaps(s) is None and not _date_alone(line_view(rest)):
            # (`获奖单位：兰州大学 西北师范大学` is one list, no kicker; `全市 2024年5月6日` one heading)
            cut = block.start + s.index(rest, len(lead))
            return _split(block, text, [(block.start, "heading"), (cut, "heading")])
    return None


_OFFSET = itemgetter(0)  # a cut's offset

#: The most characters other than whitespace a `_CREDIT` match can hold: `(` 1, an organisation of 9
#: (`_CREDIT_ORG`), `特约摄影师` 5, four names of 4 with three `、` between them 19, `/` 1, `摄影报道` 4,
#: `)` 1; the other forms hold less (`新华社发（…摄）` 38, `摄影：…` 38, `…供图` 16, `…资料图片` 15).
_CREDIT_SPAN = 40
#: Likewise for `_SIGNATURE`: `(` 1, a paper naming itself `人民日报` 4, `特约记者` 4, names 19, `)` 1.
_SIGNATURE_SPAN = 29
#: How far from its block's end a signature's spaces may stand: `_SIGNATURE_SPAN` visible characters
#: and the spaces between them (the spacing step asks only about space runs this close to the end).
SIGNATURE_REACH = 60


def _tail_start(text: str, span: int) -> int:
    """Where a search for a match anchored at the end of `text`, holding at most `span` characters
    other than whitespace, may start: a long block is then not tried from each of its characters.

    In printable text the ASCII space is the only whitespace, so a match spans at most `span` plus
    the text's spaces; otherwise the search starts at 0. (A search from a later position still sees
    the characters before it in a lookbehind, and `^` matches only at 0.)
    """
    if not text.isprintable():
        return 0
    return max(0, len(text) - span - text.count(" "))


def find_credit(text: str) -> regex.Match[str] | None:
    """The photo credit ending `text` (`新华社记者 张强 摄`, `摄影：王丽`, `资料图片`), if any, as the
    pattern reads it (`named_credit` also asks whether spaced names name people).

    Every credit holds 摄, 图, 社发 or 照片 (`_may_end_with_credit`) and starts within its last
    `_CREDIT_SPAN` visible characters, so most blocks are answered without a search, and a long one
    is not tried from each character.
    """
    tail = _tail_start(text, _CREDIT_SPAN)
    if not _may_end_with_credit(text[tail:]):  # (a 蓝图 earlier in a paragraph says nothing)
        return None
    return _CREDIT.search(text, tail)


def named_credit(text: str) -> regex.Match[str] | None:
    """`find_credit`, whose names set apart by spaces after a caption (group `spaced`) name people:
    `图为工人在检修设备 张强 李华 摄` gives `张强 李华 摄`, `图为工人在检修设备 现场 张强 摄` only
    `张强 摄`. The labels ask this, and the spacing step the same through `credit_span`."""
    m = find_credit(text)
    return m if m is None else _named_credit(text, m, len(text))


def _named_credit(text: str, m: regex.Match[str], endpos: int) -> regex.Match[str] | None:
    """`m`, a `_CREDIT` match in `text`, or when its spaced names do not all name people the next match
    after the first of them (which takes the last name only, as the caption's run before it is short)."""
    found: regex.Match[str] | None = m
    while found is not None and found.start("spaced") >= 0 and not _spaced_names_name_people(text, found):
        found = _CREDIT.search(text, found.start("spaced") + 1, endpos)
    if found is not None and found.start("padname") >= 0 and not opens_with_surname(found["padname"][0]):
        return None  # one hanzi and one more before 摄 name no one unless the first is a surname
    return found


def padded_credit_name(line: str) -> tuple[tuple[int, int], ...]:
    """The space padding a two-hanzi name to the width of three in the photo credit ending `line`
    (`_PADDED_CREDIT_NAME`: `新华社发 陈 欣 摄`, `（新华社记者 陈 欣 摄）`, `图③ …采茶。（陈 欣 摄）`), as
    offsets into `line`; none when the line ends with no such credit.

    The spacing step removes it as it removes a byline's padding (`新华社记者 王 丽 摄` ->
    `新华社记者 王丽 摄`) and keeps the credit's other gaps, the one before 摄 too (`新华社发 陈欣 摄`):
    read hanzi by hanzi, the credit was no credit, and every gap went (`（新华社发陈欣摄）`, a caption
    left in the text). A traditional line is read through its simplified view (`line_view`)."""
    view = line_view(line)
    m = named_credit(view)
    if m is None or m.start("padname") < 0:
        return ()
    return ((m.start("padname") + 1, m.end("padname") - 1),)


def _spaced_names_name_people(text: str, m: regex.Match[str]) -> bool:
    """Whether each of the spaced names of credit match `m` but its last opens with a surname and
    spells no dictionary words (`lexicon.spells_words`; a word tagged a person's name passes): no
    label says they are names, so both must hold (`游玩`, a word after a surname, and `现场` stay in the
    caption). Only the names are segmented: a word never crosses the spaces between them."""
    start, end = m.span("spaced")
    names = text[start:end]
    offset = 0
    for name in names.split()[:-1]:
        offset = names.index(name, offset)
        if not opens_with_surname(name) or spells_words(names, offset, offset + len(name)):
            return False
        offset += len(name)
    return True


#: What every form of `_CREDIT_FORMS` holds, one of them at least: 摄 (`张强 摄`, `摄影：王丽`), 图
#: (`图/王丽`, `视觉中国供图`, `资料图片`), 社发 (`新华社发`), 照片 (`本报资料照片`), or a closing 发
#: (`新华社记者 王丽 发`).


def _may_end_with_credit(text: str) -> bool:
    """Whether `text` holds what every form of `_CREDIT_FORMS` holds, 摄, 图, 社发 or 照片 (资料照片),
    or ends with 发 (`新华社记者 王丽 发`, `_SENT_BY`): most blocks hold none."""
    return (
        "摄" in text or "图" in text or "社发" in text or "照片" in text
        or text.rstrip().rstrip(")）").rstrip().endswith("发")
    )


#: The words of a photo's credit that an article's byline does not hold: `_may_end_with_credit`'s 摄, 图
#: (`图/王丽`, `供图`, `图片`, and a byline crediting pictures too, `文/图 王丽`), 社发 and 照片; an
#: agency's or a source's `发` at the end (`新华社记者 王丽 发`; not `发自北京`, where a reporter files
#: from), `提供` (`图片由受访者提供`), `视觉` (`人民视觉`, `视觉中国`), and the Latin names of picture
#: agencies (`CFP`, `东方IC`, `VCG`, `AFP`...). Read on the simplified view, so `攝`, `圖` count.
_PHOTO_CREDIT_WORD = regex.compile(
    r"摄|图|社发|照片|发\s*[)）]?\s*$|提供|视觉"
    r"|(?<![A-Za-z])(?:CFP|IC|VCG|AFP|AP|EPA|Getty|Reuters|Xinhua)(?![A-Za-z])",
    regex.IGNORECASE,
)


def is_photo_credit(text: str) -> bool:
    """Whether `text` (a block, a layout region typed credit) reads as a photo's credit rather than an
    article's byline: a credit as captions end with one (`named_credit`: `记者 李明 摄`, `摄影：王丽`,
    `新华社发`), or a photo credit's word anywhere in it (`_PHOTO_CREDIT_WORD`: `人民视觉`, `CFP`,
    `图片由受访者提供`, `文/图 记者 张强`). `本报记者 王丽`, `记者 王丽 发自北京` are none."""
    view = line_view(text)
    return named_credit(view) is not None or _PHOTO_CREDIT_WORD.search(view) is not None


#: How far from its block's end a credit's spaces may stand: `_CREDIT_SPAN` visible characters and the
#: spaces between them (the spacing step asks only about space runs this close to the end).
CREDIT_REACH = 80


def credit_span(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where the photo credit ending the block `text[start:end]` stands (`新华社记者 张强 摄`), from its
    first to its last visible character, as offsets into `text`; None when the block ends with none.

    The spacing step keeps the spaces between a credit's fields, as it keeps a spaced byline's
    (`本报记者 王丽、李华 摄 近日,…`), and the space setting it apart from a caption that does not end
    a sentence. Read like `spaced_byline`: the literals are simplified, so a block tail outside the
    simplified character set (`新華社記者 張強 攝`) is read through the simplified view of its block.
    """
    stop = len(text) if end is None else end
    lo = max(start, stop - CREDIT_REACH)
    if in_simplified_charset(text[lo:stop]):
        m = _CREDIT.search(text, lo, stop) if _may_end_with_credit(text[lo:stop]) else None
        m = m if m is None else _named_credit(text, m, stop)
        offset = 0
    else:
        view = simplified_view(text[start:stop])  # offset for offset
        m = _CREDIT.search(view, lo - start) if _may_end_with_credit(view[lo - start :]) else None
        m = m if m is None else _named_credit(view, m, len(view))
        offset = start
    if m is None:
        return None
    found = m.group()
    first = len(found) - len(found.lstrip())
    return offset + m.start() + first, offset + m.start() + len(found.rstrip())


def t2s_converter() -> opencc.OpenCC:
    """OpenCC's traditional-to-simplified converter, the process's one (`hanscript.opencc_converter`:
    a `--variants t2s` step uses the same)."""
    return opencc_converter("t2s")


def simplified_view(text: str) -> str:
    """`text` in simplified characters, one for one: what layout rules (written with simplified
    literals) read, so a traditional page is labelled like its simplified twin. Offsets into the
    view are offsets into `text`.

    Returns `text` itself (the same object) when OpenCC t2s changes nothing: the usual, simplified
    page, which callers tell apart by identity. OpenCC converts phrase by phrase (乾隆 stays, 乾燥
    becomes 干燥); its dictionaries map a phrase to one of the same length, but should a conversion
    ever change the length, the view is made character by character instead, so offsets still hold.
    """
    view = t2s_converter().convert(text)
    if view == text:
        return text
    if len(view) == len(text):
        return view
    return text.translate(_T2S_CHARS)


class _CharacterT2S(dict[int, str]):
    """`str.translate` table: each character's own t2s conversion when that is one character, else
    the character itself (computed once per character)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        converted = t2s_converter().convert(char)
        self[code] = value = converted if len(converted) == 1 else char
        return value


_T2S_CHARS = _CharacterT2S()


#: Everything but Han characters (what `script_tag` leaves out of its count).
_NOT_HAN = regex.compile(r"\P{Han}+")
_LETTER = regex.compile(r"\p{L}")
_NON_LATIN_LETTER = regex.compile(r"[\p{L}--\p{Latin}]", regex.V1)


def script_tag(text: str, *, may_be_traditional: bool = True) -> str:
    """The BCP 47 tag of the text, for `@xml:lang`: `zh-Hant` if its hanzi are mostly traditional,
    `zh-Hans` if it has hanzi otherwise; without any hanzi, `und-Latn` when all its letters are Latin
    (an English supplement or advertisement page: its language cannot be told, its script can) and
    `und` for other letters or none (a table of figures, an empty page).

    Decided on the output text, so it follows a `--variants` conversion: a character counts as
    traditional when OpenCC's t2s conversion changes it. `may_be_traditional=False` says the caller
    already knows (its `simplified_view` of the page was the page itself): no second conversion.
    """
    if _HAN.search(text) is None:
        return _tag_without_han(text)
    if not may_be_traditional:
        return "zh-Hans"
    han = _NOT_HAN.sub("", text)
    simplified = t2s_converter().convert(han)
    if simplified == han:  # the usual case: skip the per-character count
        return "zh-Hans"
    changed = sum(1 for a, b in zip(han, simplified, strict=False) if a != b)
    return "zh-Hant" if changed > 0.05 * len(han) else "zh-Hans"


def _tag_without_han(text: str) -> str:
    """`und-Latn` for a text whose letters are all Latin, else `und` (undetermined: no language can be
    told from the text)."""
    if _LETTER.search(text) is not None and _NON_LATIN_LETTER.search(text) is None:
        return "und-Latn"
    return "und"


class SpacedByline(NamedTuple):
    """A spaced byline opening a block (`spaced_byline`), as offsets into the text it was found in."""

    #: Where its last space run, the gap before the lead paragraph, starts.
    start: int
    #: Where that gap ends: the paragraph's text starts there.
    end: int
    #: The spaces padding a two-hanzi name to three (`通讯员 张 强`), which are no gaps between fields.
    padding: tuple[tuple[int, int], ...] = ()


def spaced_byline(text: str, start: int = 0, end: int | None = None) -> SpacedByline | None:
    """The gap between a byline written with spaces between its fields (`本报记者 王丽 通讯员 张强
    近日,…`) that opens the block `text[start:end]` and the lead paragraph after it: the byline's last
    space run, as offsets into `text`, with the spaces padding a name of the byline (`通讯员 张 强
    近日,…`: `_padded_match`) and a stray space inside its opening label (`通 讯员 张强 近日,…`:
    `label_stray_space`), which go. None when the block does not open with one.

    Shared by the labels, which cut the byline off the lead paragraph there, and the spacing step,
    which keeps the spaces up to the paragraph (they tell one name from the next field) but the
    padding. The literals are simplified; a block printed in traditional characters (`本報記者 王麗
    通訊員 張強 近日,…`) is read through the simplified view of its first characters, as the labels
    read the page's view, so both find the same byline on either page. A simplified block is never
    converted.
    """
    stop = len(text) if end is None else end
    if not _may_open_spaced_byline(text, start, stop):
        return None  # (most blocks: no stray label space is looked for either)
    if _SPACE_BEFORE_CLAUSE.match(text, start, min(stop, start + SPACED_BYLINE_REACH + 1)) is None:
        return None  # (a dateline and its bracketed reporter, a headline: neither reading finds one)
    found = _unsplit_spaced_byline(text, start, stop)
    split = _split_label_byline(text, start, stop)  # (most blocks hold no label a space broke)
    return split if split is not None and (found is None or split.end > found.end) else found


def glued_label_lead_gap(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the gap ends before the lead after a reporter label glued to hanzi (group `glued` of
    `_SPACED_BYLINE`) and its further fields, when they open the block `text[start:end]` and a lead
    opening as one follows the gap (`_lead_follows`: a time word or a date and its comma, or a
    dateline), whether or not the hanzi name the reporter: `本报记者王丽 近日，…`, `新华社记者王丽 近日，…`
    (bylines, `spaced_byline`), `记者关注 近日，…`, `记者走基层 近日，…`, `本报记者了解到 近日，…` (the
    paragraph's, `_glued_names_a_person`), and more hanzi than a name has, `记者王丽李华张强 近日，…`
    (`_GLUED_RUN_BEFORE_GAP`: names glued together, no byline either). None otherwise (`记者王丽
    表示，…`: no lead's opening after the gap).

    The spacing step keeps the spaces up to there where `spaced_byline` finds no byline: the labels
    may be wrong about such hanzi (a name that is also a word, a column's name), and a kept gap
    tells the byline from its lead again, where a lost one glued the name into the lead's first
    words for good. A traditional block is read through the simplified view of its first characters."""
    stop = len(text) if end is None else end
    if not _may_open_spaced_byline(text, start, stop):
        return None
    if _SPACE_BEFORE_CLAUSE.match(text, start, min(stop, start + SPACED_BYLINE_REACH + 1)) is None:
        return None  # (the gap comes before any comma, bracket or line break, as `spaced_byline`'s)
    window = text[start : min(stop, start + SPACED_BYLINE_REACH)]
    view = window if in_simplified_charset(window) else simplified_view(window)  # offset for offset
    m = _match_spaced(_SPACED_BYLINES, view)
    if m is None or (m.start("glued") < 0 and m.start("org") < 0):
        m = _GLUED_RUN_BEFORE_GAP.match(view)  # `记者王丽李华张强 近日，…`: more hanzi than a name's
    if m is None or not _lead_follows(view, m):
        return None
    return start + m.end("gap")


#: A line of a credit word and runs of two to eight hanzi set apart by spaces, nothing else: a
#: byline's shape (`图文 美丽乡村`, `文/图 兰州市`), whether or not the labels read it as one. A reporter
#: label's line of that shape is none: refused, it is a hard-wrapped sentence's first line
#: (`记者 会上 获悉` / `今年全市…`) or a column's heading (`记者 手记`), whose spaces are stray ones.
_SPACED_LABEL_LINE = regex.compile(
    rf"{_HSPACE}*(?:[{BYLINE_ORNAMENTS}]{_HSPACE}*)?{_CREDIT_WORD_LEAD}"
    rf"(?:{_HSPACE}+\p{{Han}}{{2,8}}(?:、\p{{Han}}{{2,8}})*)+"
    rf"{_HSPACE}*(?=\n|\Z)"
)


def spaced_label_line_end(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the first line of the block `text[start:end]` ends when it is a credit word and runs of
    hanzi set apart by spaces, nothing else (`_SPACED_LABEL_LINE`: `图文 美丽乡村` over its lead), as
    an offset into `text`; None otherwise.

    The spacing step keeps the gaps of such a line where the labels read no byline in it: a column's
    name after a credit word is printed apart from it. A reporter label's line is no such line: over
    more text of its block it is a hard-wrapped sentence's first line (`记者 会上 获悉` / `今年全市…`,
    `记者 从中` / `了解到，…`) or a column's heading (`记者 手记`), whose spaces go as stray ones do (as
    before b17a673). A traditional line is read through its simplified view."""
    stop = len(text) if end is None else end
    nl = text.find("\n", start, stop)
    line_end = stop if nl < 0 else nl
    if line_end - start > SPACED_BYLINE_REACH:
        return None
    line = text[start:line_end]
    view = line if in_simplified_charset(line) else simplified_view(line)  # offset for offset
    return line_end if _SPACED_LABEL_LINE.fullmatch(view) else None


#: A reporter label (`_REPORTER_LABEL`, or one naming its paper: `新华社记者`) glued to a run of hanzi
#: of any length, further fields if any (`_FIELD`) and the gap after them: `记者王丽李华张强 近日，…`,
#: `记者王国庆李华 近日，…`, names glued together that `_NAME` does not read (more than four hanzi).
#: `glued_label_lead_gap` keeps that gap before a lead, as it does a refused name's.
_GLUED_RUN_BEFORE_GAP = regex.compile(
    rf"{_HSPACE}*(?:[{BYLINE_ORNAMENTS}]{_HSPACE}*)?(?>(?:{_CREDIT_ORG})?{_REPORTER_ROLE}\p{{Han}}+)"
    rf"(?:{_HSPACE}+{_FIELD})*+(?P<gap>{_HSPACE}+)"
)


def _may_open_spaced_byline(text: str, start: int, stop: int) -> bool:
    """Whether the first character of `text[start:stop]` after its spaces may open a spaced byline:
    `_unsplit_spaced_byline`'s first test, hoisted. It also holds for `_split_label_byline`, which
    reads the block with stray label spaces removed: such a space lies after a label's first hanzi,
    so the glued text opens with the same spaces and character (a speed gate, no answer changes)."""
    i = start
    while i < stop and text[i] in " \t\u3000":
        i += 1
    if i == stop:
        return False
    first = text[i]
    if first in _SPACED_BYLINE_STARTS or (not is_simplified_char(first) and _HAN.match(first) is not None):
        return True
    return _may_open_with_org_label(text, i, stop)


#: How far into a block, after its spaces, a label naming its paper or agency ends at most
#: (group `org` of `_REPORTER_OR_GLUED` and its role): eight hanzi of a name, its 报, 社, 网 or 台 and
#: `全媒体记者`.
_ORG_LABEL_REACH = 15


def _may_open_with_org_label(text: str, i: int, stop: int) -> bool:
    """Whether the block whose first character is `text[i]` may open with a label naming its paper
    or agency (`新华社记者王丽 近日，…`, `兰州日报记者 王丽`, `甘肅日報記者`): a reporter's role
    (`_ORG_BYLINE_GATE`, in either script) within its reach. The paper's first hanzi may be any, so
    no set of start characters gates such a byline, but a hanzi opens it (a space other than those
    `_may_open_spaced_byline` skips opens none, as before); this necessary test spares most blocks
    the pattern."""
    if _HAN.match(text, i) is None:
        return False
    return _ORG_BYLINE_GATE.search(text, i, min(stop, i + _ORG_LABEL_REACH)) is not None


def _split_label_byline(text: str, start: int, stop: int) -> SpacedByline | None:
    """`spaced_byline` of a block whose labels hold a stray space (`通 讯员 张强 近日,…`, `本报记者 王丽
    通 讯员 张强 近日,…`), read without them (`label_stray_space`, `_SPLIT_FIELD_LABEL`): the byline's
    gap and padding in `text`, the stray spaces inside it among the padding, which go. None when the
    block holds no such label, or no byline once they are gone."""
    reach = min(stop, start + SPACED_BYLINE_REACH + 1)
    strays = _stray_label_spaces(text, start, reach)
    if not strays:
        return None
    window, shifts = text[start:reach], []  # shifts: (glued offset, spaces removed up to it)
    glued, at, removed = [], 0, 0
    for a, b in strays:
        glued.append(window[at : a - start])
        removed += b - a
        shifts.append((b - start - removed, removed))  # (`removed` counts this space already)
        at = b - start
    glued.append(window[at:])
    found = _unsplit_spaced_byline("".join(glued), 0, len(window) - removed)
    if found is None:
        return None

    def back(offset: int) -> int:
        return start + offset + max((r for g, r in shifts if offset >= g), default=0)

    kept = tuple(stray for stray in strays if stray[1] <= back(found.start))
    pads = tuple((back(x), back(y)) for x, y in found.padding)
    return SpacedByline(back(found.start), back(found.end), tuple(sorted(kept + pads)))


def _stray_label_spaces(text: str, start: int, reach: int) -> list[tuple[int, int]]:
    """The stray spaces inside the reporter labels of the first line of `text[start:reach]`, in
    order: the opening one (`label_stray_space`, or the one inside an opening dateline:
    `dateline_stray_space`) and those of further fields (`_SPLIT_FIELD_LABEL`)."""
    nl = text.find("\n", start, reach)
    stop = nl if nl >= 0 else reach
    dateline = dateline_stray_space(text, start, stop)
    if (
        dateline is None
        and _STRAY_IN_LABEL.search(text, start, stop) is None
        and in_simplified_charset(text[start:stop])
    ):
        return []  # (the cheap test, most lines: no space inside a label; the view is the line itself)
    opening = dateline if dateline is not None else label_stray_space(text, start, stop)
    strays = [] if opening is None else [opening]
    window = text[start:stop]
    after = strays[0][1] - start if strays else 0
    if not _LABEL_ENDS.intersection(window[after:]) or not _HSPACE_RUN.search(window, after):
        return strays  # (the cheap test: most lines hold no label a space could break)
    view = window if in_simplified_charset(window) else simplified_view(window)  # offset for offset
    further = _SPLIT_FIELD_LABEL.finditer(view, after)
    strays += [(start + m.start("stray"), start + m.end("stray")) for m in further]
    return strays


#: The hanzi a dateline ends with, in either script (`本报讯`, `新华社兰州电`, `本報訊`).
_DATELINE_LAST = frozenset("讯电訊電")
#: How far into its line a dateline a stray space broke ends at most: an indent, an ornament and the
#: longest dateline `_DATELINE_FORMULA` reads (a wire agency, a place and a date).
_SPLIT_DATELINE_REACH = 28
#: The start of a line as two runs of hanzi or digits with one space between them (group `stray`),
#: the second followed by a space: `本 报讯 记者…`, `本报兰 州讯 记者…`, after an indent and an
#: ornament. `dateline_stray_space` asks whether the two runs glued are a dateline.
_SPLIT_DATELINE = regex.compile(
    rf"{_HSPACE}*(?:[{BYLINE_ORNAMENTS}]{_HSPACE}*)?(?P<head>[\p{{Han}}\d]+)(?P<stray>{_HSPACE})"
    rf"(?P<tail>[\p{{Han}}\d]+)(?={_HSPACE})"
)
_DATELINE_WHOLE = regex.compile(_DATELINE_FORMULA)
#: A reporter label closing a run of hanzi (`本报全媒体记者`): the space after it is the label's gap.
_ENDS_WITH_LABEL = regex.compile(rf"{_REPORTER_LABEL}$")


def dateline_stray_space(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The stray space the OCR put inside the dateline opening the line `text[start:end]` (`本 报讯
    记者 王丽 近日,…`, `本报 讯`, `本报兰 州讯`), as offsets into `text`; None when the line opens with
    no dateline a space broke. The two runs of hanzi around the space, glued, must be a dateline
    (`_DATELINE_FORMULA`) and the first alone none: `本报讯 记者 王丽` holds the gap after a whole
    dateline, no stray space. A traditional dateline (`本 報訊`) is read through its simplified view.

    Such a space hid the dateline, so the byline after it was not read and the spacing step removed
    the gaps between dateline, byline and lead with it (`本报讯记者王丽近日,…`). `spaced_byline` reads
    the line without it; whether a byline follows is its to say."""
    stop = len(text) if end is None else end
    window = text[start : min(stop, start + _SPLIT_DATELINE_REACH)]
    if _DATELINE_LAST.isdisjoint(window):
        return None  # (the cheap test, most lines: no dateline's last hanzi near their start)
    view = window if in_simplified_charset(window) else simplified_view(window)  # offset for offset
    m = _SPLIT_DATELINE.match(view)
    if m is None or _DATELINE_WHOLE.fullmatch(m["head"]) is not None or _ENDS_WITH_LABEL.search(m["head"]):
        return None  # a whole dateline or reporter label before the space: the editor's gap
    if _DATELINE_WHOLE.fullmatch(m["head"] + m["tail"]) is None or view[m.end() :].lstrip()[:1] == "员":
        return None  # no dateline, or the 讯 of a label a space broke (`本报全媒体记者 通讯 员 张强`)
    glued = view[: m.start("stray")] + view[m.end("stray") :]
    if wire_in_word(glued, m.start("head"), m.end("tail") - len(m["stray"])):
        return None  # the verb 来电, 致电 (`本报 来电 记者…`, `本报来 电 记者…`), no 电 of a dateline
    return start + m.start("stray"), start + m.end("stray")


def _unsplit_spaced_byline(text: str, start: int, stop: int) -> SpacedByline | None:
    """`spaced_byline` of `text[start:stop]` as it is printed (no stray space inside its label)."""
    i = start
    while i < stop and text[i] in " \t\u3000":
        i += 1
    if i == stop:
        return None
    reach = min(stop, start + SPACED_BYLINE_REACH)
    if text[i] in _SPACED_BYLINE_STARTS or _may_open_with_org_label(text, i, reach):
        m = _match_spaced(_SPACED_BYLINES, text, start, reach)
        if m:
            return _spaced_byline_of(text, reach, m, 0)
        padded = _padded_lead_byline(text, start, reach)
        if padded is not None:
            return padded
    elif is_simplified_char(text[i]) or not _HAN.match(text[i]):
        # no character of GB 2312 but a start character reads as one in the view, and a traditional
        # byline opens with a hanzi (a dash, a quote or a digit opening a block is no byline)
        return None
    return _traditional_spaced_byline(text, start, reach)


def _traditional_spaced_byline(text: str, start: int, reach: int) -> SpacedByline | None:
    """`spaced_byline` of `text[start:reach]` read through its simplified view, when it is not in the
    simplified character set (the view of such text is the text itself, already tried)."""
    window = text[start:reach]
    if in_simplified_charset(window):
        return None
    view = simplified_view(window)  # offset for offset
    if view is window:
        return None
    m = _match_spaced(_SPACED_BYLINES, view)
    if m is not None:
        return _spaced_byline_of(view, len(view), m, start)
    padded = _padded_lead_byline(view, 0, len(view))
    if padded is None:
        return None
    pads = tuple((a + start, b + start) for a, b in padded.padding)
    return SpacedByline(padded.start + start, padded.end + start, pads)


def _spaced_byline_of(text: str, reach: int, m: regex.Match[str], shift: int) -> SpacedByline | None:
    """`spaced_byline` of the byline match `m` of `text` (looked for up to `reach`), its offsets moved
    by `shift` (where a view's window starts in the text); None when its first name names no one."""
    if not _names_someone(text, m):
        return None
    padded = _padded_match(text, reach, m)
    if padded is None:
        return SpacedByline(m.start("gap") + shift, m.end("gap") + shift)
    pads = tuple((a + shift, b + shift) for a, b in padded.spans("pad"))
    return SpacedByline(padded.start("gap") + shift, padded.end("gap") + shift, pads)


def _padded_lead_byline(text: str, start: int, reach: int) -> SpacedByline | None:
    """`spaced_byline` of a byline whose first name is padded (`本报记者 王 丽 近日,…`,
    `_PADDED_LEAD_BYLINE`), a second padded name after it or not (`本报记者 王 丽 李 华 近日,…`,
    `_PADDED_LEAD_BYLINE_NAMES`, tried first): its gap before the lead and its padding, which goes as
    a stray space does. Each padded name must name a person (`_pads_a_name`): `记者 节 日`, `记者 高 温
    天气下`, `本报记者 马 上 就到了` are words. When a second padded name is none (`王 丽 来 到 现场`),
    the byline ends after the first."""
    if not _PADDED_AT_START.match(text, start, reach):
        return None
    for pattern in (_PADDED_LEAD_BYLINE_NAMES, _PADDED_LEAD_BYLINE):
        m = pattern.match(text, start, reach)
        if m is not None and all(_pads_a_name(text, pad) for pad in m.spans("pad")):
            return SpacedByline(m.start("gap"), m.end("gap"), tuple(m.spans("pad")))
    return None


#: A lead's opening after a gap, right after a padded name (`_pads_a_name`) or a byline's fields
#: (`_lead_follows`: a name glued to its label): a time word or a date and its comma (`近日，`,
#: `10月12日，`, `2023年10月12日上午，`), or a dateline (`本报讯`, `新华社北京电`).
_LEAD_WORDS = (
    rf"(?:(?:(?:(?:\d{{4}}\s*年\s*)?\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*日(?:上午|下午|晚)?"
    rf"|{_TIME_WORDS})[,，]|{_DATELINE_FORMULA})"
)
_LEAD_AFTER_PAD = regex.compile(rf"{_HSPACE}+{_LEAD_WORDS}")
#: A lead's opening at the start of a line (`_LEAD_WORDS`): the line under a byline line.
_LEAD_LINE = regex.compile(rf"{_HSPACE}*{_LEAD_WORDS}")


def _pads_a_name(text: str, pad: tuple[int, int]) -> bool:
    """Whether the space run `text[pad[0]:pad[1]]` pads a two-hanzi name (the hanzi on either side of
    it): the first is a surname (`rules/names/surnames.txt`) and the two, glued, spell no dictionary
    word in their sentence (`lexicon.spells_words`: 高温 in `高 温 天气下`, 马上 in `马 上 就到了`).
    A surname alone is not enough (高, 马 are surnames), and `lexicon.names_a_person` answers yes for
    any surname after a space. A name that is also a word (`夏 天`, `江 山`) is one when a lead opens
    after it and a gap (`_LEAD_AFTER_PAD`: `本报记者 夏 天 近日，…`), not when a clause goes on
    (`记者 夏 天 里，…`, `记者 江 山 如此多娇`): there its spaces go."""
    a, b = pad
    if not opens_with_surname(text[a - 1]):
        return False
    glued = text[:a] + text[b:]
    return not spells_words(glued, a - 1, a + 1) or _LEAD_AFTER_PAD.match(text, b + 1) is not None


def _padded_match(text: str, reach: int, m: regex.Match[str]) -> regex.Match[str] | None:
    """The byline match of `text[m.start():reach]` reading a padded name after a further label as
    its field (`本报记者 王丽 通讯员 张 强 近日,…`, `_PADDED_SPACED_BYLINE`), when a label and such a
    name follow the start of `m`, the plain match, which gives the name to the paragraph (`张 强
    近日,…`, taking the label for a bare name, or `特约通讯员 张 强 近日,…`): the byline ends after the
    name, and a second run, once the padding is gone, finds the same byline. Each padded name must
    name a person (`_pads_a_name`); None otherwise, and the plain match stands."""
    if not _PADDED_AHEAD.search(text, m.start(), reach):
        return None
    padded = _match_spaced(_PADDED_SPACED_BYLINES, text, m.start(), reach)
    if padded is None or not padded.spans("pad"):
        return None
    if not all(_pads_a_name(text, pad) for pad in padded.spans("pad")):
        return None
    return padded


def bracketed_byline(text: str, start: int = 0, end: int | None = None) -> tuple[int, int, int] | None:
    """The bracketed reporter line opening the lead paragraph in the block `text[start:end]`
    (`（记者 王丽）近日，…`), as offsets into `text`: where its fields start and end inside the
    brackets, and where the closing bracket ends; None when the block opens with none.

    Shared by the labels, which cut the byline off the paragraph there, and the spacing step, which
    keeps the spaces between its fields (`（记者 王丽 李华）`: 王丽 from 李华). Read like `spaced_byline`:
    a block outside the simplified character set (`（記者 王麗）…`) is read through its simplified view.
    """
    stop = len(text) if end is None else end
    m = _bracketed_match(_BRACKETED_BYLINE_LEAD.match, text[start : min(stop, start + SPACED_BYLINE_REACH)])
    return None if m is None else (start + m.start("fields"), start + m.end("fields"), start + m.end())


class FiledByline(NamedTuple):
    """A byline of Taiwan's or Hong Kong's papers opening a block (`filed_byline`), as offsets into
    the text it was found in."""

    #: Where the byline ends.
    end: int
    #: Where the text after it starts, past the spaces or line break between them (the block's end
    #: when the byline is the whole block).
    lead: int
    #: The spaces between two names (`記者王麗 李華／台北報導`: 王麗 from 李華), which are text.
    name_gaps: tuple[tuple[int, int], ...]


def filed_byline(text: str, start: int = 0, end: int | None = None) -> FiledByline | None:
    """Taiwan's or Hong Kong's byline opening the block `text[start:end]`: `記者王麗／台北報導 市府…`,
    `王麗／台北報導 市府…` (`_FILED_BARE`), `本報記者王麗台北報道 市府…` (`_HK_BARE`), or in brackets,
    `〔記者王麗／台北報導〕市府…`, `（中央社記者王麗台北12日電）市府…`, `【本報訊】市府…`
    (`_FILED_BRACKETED`); None when the block opens otherwise.

    Shared by the labels, which cut the byline off the lead there, and the spacing step, which keeps
    the space between the byline and the lead (`記者王麗／台北報導 市府…` would read 報導市府 glued) and
    between two names. Read through the simplified view of a traditional block, as `spaced_byline` is."""
    stop = len(text) if end is None else end
    window = text[start : min(stop, start + SPACED_BYLINE_REACH)]
    first = window.lstrip()[:1]
    if not first or (first not in _FILED_STARTS and not _has_slash(window)):
        return None
    view = window if in_simplified_charset(window) else simplified_view(window)  # offset for offset
    m = _FILED_BRACKETED.match(view)
    if m is None and _REPORTED.search(view) is not None:  # every bare byline ends so
        m = _FILED_BARE.match(view) or _HK_BARE.match(view)
    if m is None:
        return None
    name_start, name_end = m.span("name")
    if name_start >= 0 and not _names_padded_person(view, name_start, name_end):
        return None  # `記者會／…`, `本報記者昨天…`: words, not a name
    byline_end = start + m.end()
    lead = byline_end
    while lead < stop and text[lead].isspace():
        lead += 1
    return FiledByline(byline_end, lead, tuple((start + a, start + b) for a, b in _name_gaps(view, m)))


def _has_slash(window: str) -> bool:
    """Whether a slash stands among the first characters of `window`, where a byline without a label
    has it (`王麗／台北報導`): the cheap test before the patterns."""
    head = window[:_FILED_SLASH_REACH]
    return "／" in head or "/" in head


def _name_gaps(view: str, m: regex.Match[str]) -> list[tuple[int, int]]:
    """The spaces of the byline match `m` of `view` that set two names apart (`王麗 李華`): the name
    after each must name a person, and the one before must be more than a compound surname the OCR
    cut off its given name (`歐陽 曉明` is one name). Other spaces inside a byline are the OCR's."""
    if "sep" not in m.re.groupindex:
        return []
    starts = [m.start("name")] + [a for a, _b in m.spans("more")]
    ends = [m.end("name")] + [b for _a, b in m.spans("more")]
    return [
        (a, b)
        for k, (a, b) in enumerate(m.spans("sep"))
        if view[a].isspace()
        and not _COMPOUND_SURNAME.fullmatch(view, starts[k], ends[k])
        and _names_padded_person(view, starts[k + 1], ends[k + 1])
    ]


def _names_padded_person(view: str, start: int, end: int) -> bool:
    """`names_a_person` for a name of a Taiwan byline, read without the space padding it (`王 麗`,
    `_FILED_NAME`): a padded word (`會 議`) spells the word still, as glued."""
    glued = _HSPACE_RUN.sub("", view[start:end])
    if len(glued) == end - start:
        return names_a_person(view, start, end)
    return names_a_person(view[:start] + glued + view[end:], start, start + len(glued))


#: The dateline opening a block (`_DATELINE_HEAD`), after an ornament some papers print before it
#: (`□本报兰州讯（记者 王丽）`, as before a byline: `BYLINE_ORNAMENTS`); group `dateline` without it.
_ORNAMENTED_DATELINE_HEAD = regex.compile(
    rf"\s*(?:[{BYLINE_ORNAMENTS}]{_HSPACE}*)?(?P<dateline>{_DATELINE_FORMULA})"
)


def dateline_bracketed_byline(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where the fields of a bracketed reporter line after the dateline opening the block
    `text[start:end]` stand inside its brackets (`本报讯（记者 李明 王芳）近日，…`,
    `新华社北京10月11日电（记者 张三 李四）`, also after an ornament: `□本报兰州讯（记者 王丽）`), as
    offsets into `text`; None when the block opens otherwise.

    For the spacing step, which keeps the spaces between those fields (李明 from 王芳) as it does for
    the same line without a dateline (`bracketed_byline`); the labels cut the whole dateline byline
    off the paragraph (`_BYLINE_LEAD`). The dateline is read like `spaced_byline`, through the
    simplified view of a traditional block (`本報蘭州訊（記者 李明 王芳）`).
    """
    stop = len(text) if end is None else end
    reach = min(stop, start + SPACED_BYLINE_REACH)
    window = text[start:reach]
    first = window.lstrip().lstrip(BYLINE_ORNAMENTS).lstrip()[:1]
    if not first or not _LEAD_BITS[first] & _BYLINE:
        return None  # every dateline formula opens with a hanzi, in either script
    view = window if in_simplified_charset(window) else simplified_view(window)  # offset for offset
    if "讯" not in view and "电" not in view:
        return None  # every dateline formula ends in 讯 or 电 (most blocks hold neither near their start)
    m = _ORNAMENTED_DATELINE_HEAD.match(view)
    if m is None or wire_in_word(view, m.start("dateline"), m.end()):
        return None
    after = start + m.end()
    close = min((i for i in (text.find("）", after, reach), text.find(")", after, reach)) if i >= 0),
                default=reach)
    if not any(c.isspace() for c in text[after:close]):
        return None  # no space between its fields to keep (本报酒泉讯（通讯员茹建荣）): no name check
    fields = bracketed_byline(text, after, stop) or bracketed_byline_line(text, after, stop)
    return None if fields is None else fields[:2]


def bracketed_byline_line(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where the fields of the block `text[start:end]` stand inside its brackets, as offsets into
    `text`, when the block is a bracketed reporter line and nothing else (`（本报记者 王丽、李华）`):
    the byline under a title, or an article's closing signature. None otherwise.

    For the spacing step, which keeps the spaces between its fields there as it does when the line
    opens the lead (`bracketed_byline`): the headline phrase-gap rule alone loses them in a block
    holding `、`. Read like `bracketed_byline`, through the simplified view of a traditional block.
    """
    stop = len(text) if end is None else end
    if stop - start > SPACED_BYLINE_REACH:
        return None
    m = _bracketed_match(_BRACKETED_BYLINE_LINE.fullmatch, text[start:stop])
    return None if m is None else (start + m.start("fields"), start + m.end("fields"))


def closing_signature_fields(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where the fields of the bracketed signature closing the block `text[start:end]` after its
    last sentence stand inside the brackets (`……落实。\n（记者 王丽）`, `……落实。（作者 王丽）`), as
    offsets into `text`; None when the block ends otherwise, or is that line alone
    (`bracketed_byline_line`).

    For the spacing step, which keeps the space between label and name there as it does for the
    same signature in a block of its own; the labels cut it off the paragraph as a signature
    (`_SIGNATURE`). Read like `bracketed_byline`, through the simplified view of a traditional line.
    """
    stop = len(text) if end is None else end
    opening = _closing_bracket(text, start, stop)
    if opening is None:
        return None
    m = _bracketed_match(_SIGNED_FIELDS.fullmatch, text[opening:stop])
    return None if m is None else (opening + m.start("fields"), opening + m.end("fields"))


#: Two to four bare names in brackets, set apart by spaces or 、 (`（王丽 李华）`), group `names` the
#: names inside the brackets: a signature without a label, whose names no label vouches for.
_BARE_SIGNED_NAMES = regex.compile(
    r"\s*[(（]\s*(?P<names>[\p{Han}·]{2,4}(?:\s*[、\s]\s*[\p{Han}·]{2,4}){1,3})\s*[)）]\s*"
)


def closing_bare_names(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where the names of a bare bracketed signature of two or more names closing the block
    `text[start:end]` after its last sentence stand inside the brackets (`……落实。（王丽 李华）`, on the
    paragraph's last line or the line under it), as offsets into `text`; None otherwise.

    The spacing step keeps the spaces between the names there, as it does for the labelled forms
    (`（记者 王丽 李华）`, `closing_signature_fields`), and the labels cut the line off as the signature
    (`_SIGNATURE`). With no label to say that names follow, each name must name a person: no other
    dictionary word (`_is_only_a_name`, jieba's person names), or a word opening with a surname beside
    such a name (`_all_bare_names`: `（江山 高峰）`); and the brackets must hold no continuation marker
    (`continuation.find_markers`): `（会议 现场）` and `（下转 第二版）` are words with a stray OCR space,
    which goes. Read through the simplified view of a traditional
    line, as `_bracketed_match` reads the labelled forms."""
    stop = len(text) if end is None else end
    opening = _closing_bracket(text, start, stop)
    if opening is None:
        return None
    window = text[opening:stop]
    if not in_simplified_charset(window):
        window = simplified_view(window)  # offset for offset
    m = _BARE_SIGNED_NAMES.fullmatch(window)
    if m is None or find_markers(window):  # `（下转 第二版）`: 下 and 第 open surnames too
        return None
    spans = [name.span() for name in _NAME_RUN.finditer(window, m.start("names"), m.end("names"))]
    if not _all_bare_names(window, spans):
        return None
    return opening + m.start("names"), opening + m.end("names")


#: A line listing people's names set apart by single spaces, after a label and its colon or not:
#: `获奖名单：王丽 李华 张强`, `一等奖：王丽 李华`, `王丽 李华 张强`. Names of 2-4 hanzi (a `·` of a
#: foreign or minority name counts as theirs); no sentence punctuation.
_NAME_LIST_LINE = regex.compile(
    r"[\t\p{Zs}]*(?:[^\s：:，。；！？,;!?]{1,12}[：:][\t\p{Zs}]*)?"
    r"(?P<names>[\p{Han}·]{2,4}(?: [\p{Han}·]{2,4})+)[\t\p{Zs}]*"
)


def name_list_names(line: str) -> tuple[int, int] | None:
    """Where the names of a line listing people stand (`获奖名单：王丽 李华 张强`, `王丽 李华`), as
    offsets into `line`; None otherwise.

    Lists of winners, delegates and candidates set each name apart by a space (an ideographic one,
    which the unicode step makes plain). The spacing step keeps those spaces: without them the
    names run together (`王丽李华张强`) and no reader can tell where one ends. Every name must name a
    person, as in a bare bracketed signature (`_all_bare_names`: one at least is only a name, the
    others that or a word opening with a surname), so words with a stray OCR space between them
    (`会议 现场`, `平安 和谐`) are no list. Read through the simplified view of a traditional line."""
    found = _name_list_match(line)
    if found is None:
        return None
    view, m = found
    if dateline_stray_space(view) is not None or _broken_dateline_alone(view, m):
        return None  # `本报兰 州讯 记者王丽`: a dateline a stray space broke (`州讯` is no name), its byline
    return m.span("names") if _names_all_bare(view, m) else None


#: A list of people's names after a label's colon inside a sentence (`出席会议的有：毛泽东 刘少奇 朱德。`,
#: `主席团成员：王丽 李华 张强，…`): names of 2-4 hanzi (a `·` counts as theirs) set apart by single
#: spaces or a line break (a list wrapped at the column's end, spaces before it too), the run ending
#: at a sentence or clause mark, a line break or the text's end.
_NAMES_AFTER_COLON = regex.compile(
    r"[：:][\t\p{Zs}]*(?P<names>[\p{Han}·]{2,4}(?:(?: |[\t\p{Zs}]*\n)[\p{Han}·]{2,4})+)"
    r"(?=[\t\p{Zs}]*(?:[。；，、！？;!?,\n]|\Z))"
)

#: A label announcing the people listed after its colon, ending the clause before the colon: who
#: attended or sat on the rostrum (`出席会议的有`, `参加会见的是`, `在主席台就座的有`), or a word
#: for a list of people or its members (`名单`, `成员`, `嘉宾`, `受访者`, `队员`, `联系人`, `采访对象`,
#: `获奖者`, `主席团`...), a note in brackets after it (`主席团成员（以姓氏笔划为序）`). A colon after
#: anything else (`他表示：`, `会议决定：`, `主办方：`, `途经：`) may open a sentence or words a stray OCR
#: space split.
_PEOPLE_LABEL = regex.compile(
    r"(?:(?:出席|列席|参加|参会|与会|到会|就座|在座)\p{Han}{0,12}的(?:有|是)"
    r"|(?:名单|成员|嘉宾|受访者|队员|球员|联系人|采访对象|获奖者|获得者|得主|候选人|主席团|委员|常委|评委)"
    r"(?:有|是|为|如下)?)"
    r"(?:[（(][^（）()]{1,16}[）)])?\Z"
)

#: How far before its colon a label announcing people is looked for (`_announces_people`).
_LABEL_REACH = 24

#: What ends the clause before a label (`_announces_people`).
_BEFORE_LABEL = regex.compile(r"[。；，、！？;!?,：:]")

#: The fewest names a list after a colon in running text holds (`names_in_sentence`): two hanzi runs
#: after a label may be a name and a word a stray space split (`嘉宾：王丽 周末好`).
_MIN_NAMES_AFTER_COLON = 3


@lru_cache(maxsize=1024)
def names_in_sentence(text: str) -> tuple[tuple[int, int], ...]:
    """Where the lists of people's names after a colon stand in `text`, a block of running text,
    as offsets into it (`出席会议的有：毛泽东 刘少奇 朱德 周恩来。`: the names, not the label; a list
    wrapped over lines, `…的有：毛泽东 刘少奇` / `朱德 周恩来。`, as one); none elsewhere.

    A list closed by a full stop is a sentence, so `name_list_names` (no sentence punctuation) does not
    read it; its spaces matter as much (glued, `毛泽东刘少奇朱德` cannot be told apart), and so does the
    line break inside it, which a wrap join must replace by a space. Only a list the layout and the
    words both show counts, as a stray OCR space after any colon is common (`他表示：王明 强调，…`,
    `会议决定：王明 任局长。`, `目标：高质量 高水平 高效率。`): a label announcing people ends the
    clause before the colon (`_PEOPLE_LABEL`: `出席会议的有`, `受访者`, `主席团成员`), the list holds
    `_MIN_NAMES_AFTER_COLON` names at least, one space at least between two of them (a line break
    alone sets none apart), and every name is one (`_names_after_colon_people`). Read through the
    simplified view of a traditional text. Asked by the spacing step and the wrap join of each block,
    so the answer is kept per text."""
    if " " not in text or ("：" not in text and ":" not in text):
        return ()  # (the cheap test most blocks fail)
    view = text if in_simplified_charset(text) else simplified_view(text)  # offset for offset
    return tuple(
        m.span("names") for m in _NAMES_AFTER_COLON.finditer(view)
        if _announces_people(view, m.start()) and _spaced_names(m.group("names"))
        and _names_after_colon_people(view, *m.span("names"))
    )


def _announces_people(text: str, colon: int) -> bool:
    """Whether the clause before the colon at `colon` ends with a label announcing people
    (`_PEOPLE_LABEL`: `出席会议的有`, `受访者`; wrapped over lines too, `出席会` / `议的有`)."""
    before = text[max(0, colon - _LABEL_REACH) : colon]
    breaks = [m.end() for m in _BEFORE_LABEL.finditer(before)]
    label = regex.sub(r"[\t\p{Zs}\n]", "", before[breaks[-1] if breaks else 0 :])
    return _PEOPLE_LABEL.search(label) is not None


def people_label_end(line: str) -> int | None:
    """Where the names of `line` start after a label announcing people and its colon
    (`主席团成员：彭 真 贺 龙`, `获奖者：王 丽`: just after the colon, `_PEOPLE_LABEL`), as an offset into
    `line`; None when no colon of it closes such a label (`主持人：`, `他说：`). The first such colon
    counts. Shared with the spacing step, which reads a list of names padded two by two after it even
    when its first name is glued to the colon."""
    if "：" not in line and ":" not in line:
        return None
    view = line if in_simplified_charset(line) else simplified_view(line)
    for m in regex.finditer(r"[：:]", view):
        if _announces_people(view, m.start()):
            return m.end()
    return None


def _spaced_names(names: str) -> bool:
    """Whether the names after a colon (`_NAMES_AFTER_COLON`) are `_MIN_NAMES_AFTER_COLON` at least,
    one space at least setting two of them apart (a line break alone, a wrap, sets none apart)."""
    runs = regex.split(r"[\t\p{Zs}]*\n|\x20", names)
    return len(runs) >= _MIN_NAMES_AFTER_COLON and len(runs) > names.count("\n") + 1


def _names_after_colon_people(view: str, start: int, end: int) -> bool:
    """Whether the names `view[start:end]` of a list after a people's label (`names_in_sentence`) are
    every one a person's: read so by the tagger (`lexicon.tags_a_person`; a `·` a foreign or minority
    name's) or a surname and a given name spelling no other word (`_surnamed_full_name`: 周恩来, not
    `任局长`, `成绩好`), and names where they stand (`_all_bare_names`: one at least only a name)."""
    spans = [name.span() for name in _NAME_RUN.finditer(view, start, end)]
    names = [view[s:e] for s, e in spans]
    if not all("·" in name or tags_a_person(name) or _surnamed_full_name(name) for name in names):
        return False
    return _all_bare_names(view, spans)


def _broken_dateline_alone(view: str, m: regex.Match[str]) -> bool:
    """Whether the two 'names' of the `_NAME_LIST_LINE` match `m` are a dateline a stray space broke,
    alone on its line over the lead (`本报兰 州讯`, `本报 兰州讯`), which `dateline_stray_space` does not
    read (it asks for the gap after the dateline): glued they are a dateline (`_DATELINE_WHOLE`), the
    first alone is none (`本报讯 记者` holds no stray space)."""
    runs = view[m.start("names") : m.end("names")].split(" ")
    return (
        len(runs) == 2
        and _DATELINE_WHOLE.fullmatch(runs[0]) is None
        and _DATELINE_WHOLE.fullmatch(runs[0] + runs[1]) is not None
    )


def _name_list_match(line: str) -> tuple[str, regex.Match[str]] | None:
    """The line's simplified view and its `_NAME_LIST_LINE` match, when it has the form of a line
    listing names (`name_list_names` then asks the dictionary whether they are people's)."""
    if " " not in line:
        return None
    view = line if in_simplified_charset(line) else simplified_view(line)  # offset for offset
    m = _NAME_LIST_LINE.fullmatch(view)
    return None if m is None else (view, m)


def _names_all_bare(view: str, m: regex.Match[str]) -> bool:
    """Whether the names of the `_NAME_LIST_LINE` match `m` of `view` all name people (`_all_bare_names`)."""
    names = _NAME_RUN.finditer(view, m.start("names"), m.end("names"))
    return _all_bare_names(view, [name.span() for name in names])


def _all_bare_names(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the tokens `text[s:e]` of a bare signature all name people. One at least must be only a
    name (`_is_only_a_name`: 王丽, 高峰, 海燕); beside it, a token that is also a word counts when it
    opens with a surname (`_is_surnamed_word`: 江山 in `（江山 高峰）`, 马力 in `（马力 王丽）`). Words
    alone stay words: `（会议 现场）` opens with no surname, `（平安 和谐）` and `（平安）` hold no name
    that is only a name."""
    only_names = [_is_only_a_name(text, s, e) for s, e in spans]
    return any(only_names) and all(
        only or _is_surnamed_word(text, s, e) for only, (s, e) in zip(only_names, spans, strict=True))


def _signs_with_names(signature: str) -> bool:
    """Whether a closing bracketed line (`_SIGNATURE`) signs the article: a label says names follow
    (`（记者 王丽）`, `（作者：王丽）`), or its bare tokens name people (`_all_bare_names`: `（王丽 李华）`,
    `（江山 高峰）`), not words (`（会议现场）`, `（会议 现场）`). Read through the simplified view of a
    traditional line."""
    if is_reporter_signature(signature):
        return True
    window = signature if in_simplified_charset(signature) else simplified_view(signature)
    return _all_bare_names(window, [name.span() for name in _NAME_RUN.finditer(window)])


def _all_proper_names(signature: str) -> bool:
    """Whether every bare token of a bracketed line is a word the dictionary tags a proper name
    (`_PROPER_NAME_TAGS`): an agency or a writer's name that is also a word, `（新华社）`, `（江山）`,
    which sign the article from a line of their own. Read through the simplified view."""
    window = signature if in_simplified_charset(signature) else simplified_view(signature)
    tags = word_tags()
    tokens = [m.group() for m in _NAME_RUN.finditer(window)]
    return bool(tokens) and all(tags.get(token, "").startswith(_PROPER_NAME_TAGS) for token in tokens)


#: jieba's tags of a proper name: a person's (`nr`, `nrfg`, `nrt`), a place's (`ns`), an
#: organisation's (`nt`) or another (`nz`).
_PROPER_NAME_TAGS = ("nr", "ns", "nt", "nz")


def _is_surnamed_word(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, a dictionary word, may still be a person's name: it opens with a
    surname (`lexicon.opens_with_surname`, 江山) and names a person where it stands
    (`lexicon.names_a_person`)."""
    return opens_with_surname(text[start:end]) and names_a_person(text, start, end)


def _closing_bracket(text: str, start: int, stop: int) -> int | None:
    """Where the opening bracket of a bracketed line closing the block `text[start:stop]` after the
    paragraph's last sentence stands (`……落实。（王丽 李华）`), or None when the block ends otherwise or
    is that line alone."""
    tail = text[max(start, stop - SIGNATURE_REACH) : stop].rstrip()
    if not tail.endswith((")", "）")):
        return None
    opening = max(text.rfind("(", start, stop), text.rfind("（", start, stop))
    if opening <= start or not text[start:opening].strip():
        return None
    before = text[start:opening]
    return opening if ends_sentence(before) or _ends_with_marker_line(before) else None


def _ends_with_marker_line(text: str) -> bool:
    """Whether `text` ends with a continuation marker filling its last line (`…会议。\n下转第3版\n`,
    `（下转第3版）`): the labels cut such a line out of its block, so what follows it reads as in a
    block of its own (a signature under it signs, `_label_by_text`)."""
    body = text.rstrip()
    line = body[body.rfind("\n") + 1 :]
    markers = find_markers(line) if line.strip() else []
    return len(markers) == 1 and markers[0].span == (len(line) - len(line.lstrip()), len(line))


#: The brackets a bracketed reporter line opens with (`_BRACKETED_REPORTER`, `_LENTICULAR_REPORTER`).
_REPORTER_BRACKETS = "(（【〔"


def _bracketed_match(
    match: Callable[[str], regex.Match[str] | None], window: str
) -> regex.Match[str] | None:
    """`match` (a bracketed reporter pattern's) on `window`, read through its simplified view when it
    is not in the simplified character set (offsets stay the window's); None when the window opens
    with no bracket, or when the hanzi after the label spell words, not a name (`（记者站供稿）`,
    `（通讯员 培训班）`: `lexicon.names_a_person`, as in `_glued_name`), or a column's title
    (`_names_a_column`: `【記者 自由談】`, `【記者 江湖再見】`)."""
    m = _bracketed_fields(match, window)
    if m is None or not names_a_person(m.string, *m.span("name")) or _names_a_column(m):
        return None
    return m


def _bracketed_fields(
    match: Callable[[str], regex.Match[str] | None], window: str
) -> regex.Match[str] | None:
    """`match` on `window` opening with a bracket (`_bracketed_match`), through its simplified view
    when the window is not in the simplified character set, whatever its hanzi after the label."""
    if window.lstrip()[:1] not in _REPORTER_BRACKETS:
        return None
    if not in_simplified_charset(window):
        window = simplified_view(window)  # offset for offset
    return match(window)


def _names_a_column(m: regex.Match[str]) -> bool:
    """Whether a bracketed reporter line's match `m` holds a column's title alone after its label
    (`_titles_a_column`: `【記者 自由談】`); a further field (`【本報記者 自由談 報道】`, a second name)
    says a reporter's name stands there."""
    return m.end("name") == m.end("fields") and _titles_a_column(m.group("name"))


def bracketed_column(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where the label and the column's title of a bracketed reporter line opening the block
    `text[start:end]` stand inside its brackets (`【記者 自由談】市府…`: `_names_a_column`), as offsets
    into `text`; None when the block opens otherwise. The line is the paragraph's text, not a byline,
    but the space between label and title is printed: the spacing step keeps it, as it keeps a
    bracketed byline's (`bracketed_byline`)."""
    stop = len(text) if end is None else end
    m = _bracketed_fields(_BRACKETED_BYLINE_LEAD.match, text[start : min(stop, start + SPACED_BYLINE_REACH)])
    if m is None or not _names_a_column(m):
        return None
    return start + m.start("fields"), start + m.end("fields")


def _titles_a_column(name: str) -> bool:
    """Whether the hanzi `name` after a bracketed reporter label (simplified) are a column's title
    rather than the reporter's name: a listed column (`lexicon.reporter_columns`: `【記者 時評】`), or
    hanzi of no name's shape (`_shaped_as_a_name`) that jieba splits into dictionary words, two or
    more, the first of two hanzi or more and not tagged a person's name (`【記者 自由談】`: 自由 / 谈,
    `今日談`, `江湖再見`: 江湖 / 再见, `周末時光`: 周末 / 时光). A name is one word (`麥嘉雯`, `伊力哈木`,
    `穆斯塔法`), opens with a hanzi the dictionary lacks or a word of one hanzi (`禤國雄`: 禤, `粘嫦鈺`:
    嫦钰 is no word, `阿不都拉`: 阿 / 不 / 都 / 拉), or a name jieba tags (`吉爾吉特`: 吉尔吉). A
    surname and a word (`【記者 江湖】`, as `江山` is a name and a word) stays a name unless the list
    holds it."""
    if name in reporter_columns():
        return True
    if is_listed_name(name) or _shaped_as_a_name(name):
        return False  # (`扎西次仁`: two listed given names)
    words = tagged_words(name)
    first, tag = words[0]
    return len(words) > 1 and len(first) > 1 and not tag.startswith(_PERSON_NAME_TAGS) \
        and all(in_dictionary(word) for word, _ in words)


def _shaped_as_a_name(name: str) -> bool:
    """Whether the hanzi `name` are a surname (single or compound) and a given name of one or two
    hanzi, or a married woman's two single surnames and her given name (`陳方安生`): `歐陽曉明`,
    `司徒美玲`, `東方觀察` read so, as `蔡英文` and `江山` do (a given name may be a word)."""
    single, compound = surnames()
    if name[:2] in compound or (len(name) == 4 and name[0] in single and name[1] in single):
        return len(name) - 2 in (1, 2)
    return name[:1] in single and len(name) - 1 in (1, 2)


def byline_fields(text: str, start: int = 0, end: int | None = None, *, alone: bool = False) -> bool:
    """Whether the block `text[start:end]` is a byline of fields only, on one line (`图/文 王丽`,
    `本报记者 王丽、李华`, `本报记者 王丽 文/图`): every space in it sets one field apart from the
    next, and the spacing step keeps them, as it keeps a spaced byline's up to its paragraph.

    The labels call such a block a byline too (`is_byline_block`). Read like `spaced_byline`: a block
    outside the simplified character set (`圖/文 王麗`, `本報記者 王麗 文/圖`) is read through its
    simplified view when it does not read as a byline as printed, whatever its first character: 本
    opens a byline in either script, and the literals after it are simplified.

    `alone` says that `text[start:end]` is a whole block, with no lead under it: a dateline that is
    the verb 来电 or 致电 (`wire_in_word`) then opens the byline too (`本报来电 记者 王丽` alone, whose
    reporter field names the reporter; `_names_someone`), where on a line over its lead, or before the
    lead on its line, it opens prose.
    """
    stop = len(text) if end is None else end
    if stop - start > SPACED_BYLINE_REACH:
        return False
    window = text[start:stop]
    if _holds_clause_mark(window):
        return False  # (a lead paragraph, a dateline's bracketed reporter: the cheap test first)
    first = window.lstrip()[:1]
    if not first:
        return False
    if first in _SPACED_BYLINE_STARTS:
        if _reads_as_fields_byline(window, alone=alone) or _credits_org_or_latin(window):
            return True
    elif is_simplified_char(first) or not _HAN.match(first):
        return False  # as in `spaced_byline`: only a traditional byline reads differently in the view
    if in_simplified_charset(window):
        return False  # (the view of such a block is the block, read above or opening with no byline)
    view = simplified_view(window)  # `本報記者 王麗 文/圖`, `圖/文 王麗`
    return view is not window and _reads_as_fields_byline(view, alone=alone)


#: A credit word, a label if any, and whom it credits when that is no hanzi name: an organisation
#: (group `org`: `文/图 编辑部`, `图/文 兰州市博物馆`, `_CREDITED_ORG_END`) or a Latin name (`文/图 Li Wei`,
#: `文/图 CFP`), to the line's end.
_CREDITED_OTHER = regex.compile(
    rf"\s*{_CREDIT_WORD_LEAD}{_HSPACE}*(?:{_CREDIT_LABEL}{_HSPACE}*)?"
    rf"(?:(?P<org>\p{{Han}}{{2,12}})|\p{{Latin}}+(?:[ .·\-]\p{{Latin}}+){{0,3}})\s*"
)


#: How the name of an organisation a credit word credits ends: a paper's or an agency's office, a
#: company, a bank, a bureau, a university, a museum... (`编辑部`, `新华社`, `中国银行`, `兰州大学`,
#: `兰州市博物馆`). Not a place's ending (市, 区, 村, 乡) nor a bare 中心 or 部, as `is_org_name` takes
#: them: a column heading after a credit word names a place (`图文 美丽乡村`, `图文 魅力城关区`, `文/图
#: 兰州市`), and read as a byline it lost its heading.
_CREDITED_ORG_END = regex.compile(
    r"(?:(?:编辑|新闻|宣传|采访|摄影|评论|记者|采编|组织|统战)部|社|日报|晚报|时报|周报|电视台|广播电台|新闻网"
    r"|(?:新闻|媒体|传媒|融媒体|宣传)中心|公司|集团|银行|局|厅|委员会|政府|政协|人大|党委|团委|纪委|法院"
    r"|检察院|医院|大学|学院|学校|研究院|研究所|科学院|协会|学会|商会|基金会|总工会|工会|妇联|文联|作协|科协"
    r"|馆|办公室|工作室|博物院)$"
)


def _credits_org_or_latin(window: str) -> bool:
    """Whether the line `window` is a credit word crediting an organisation (`文/图 编辑部`: hanzi
    ending as one does, `_CREDITED_ORG_END`, and opening with no verb, `_opens_with_a_verb`) or a
    Latin name (`文/图 Li Wei`), after a label or not: a byline of fields, whose gap the spacing step
    keeps (it was a heading, `文/图编辑部`, or lost its gap, `文/图Li Wei`). A phrase (`文/图 会议现场`)
    is none, nor a column heading naming a place (`图文 美丽乡村`, `文/图 兰州市`) or going somewhere
    (`图文 走进博物馆`)."""
    m = _CREDITED_OTHER.fullmatch(window)
    if m is None or m.start("org") < 0:
        return m is not None
    org = m["org"]
    return _CREDITED_ORG_END.search(org) is not None and not _opens_with_a_verb(org)


def _opens_with_a_verb(hanzi: str) -> bool:
    """Whether the first dictionary word of `hanzi` (`lexicon.first_word`) is a verb to jieba's tagger
    (`走进` of `走进博物馆`, `聚焦` of `聚焦兰州新区`): a column heading's, no organisation's name."""
    word = first_word(hanzi)
    return len(word) >= 2 and word_tags().get(word, "").startswith("v")


def _reads_as_fields_byline(window: str, *, alone: bool = False) -> bool:
    """`byline_fields` of `window` as given (a block, or its simplified view; `alone` as there): the
    pattern on it, then on it without a stray space inside its opening label or dateline."""
    m = _FIELDS_BYLINE.fullmatch(window)
    if m is None and (glued := _without_stray_label_space(window, 0, len(window))) is not None:
        window = glued  # `通 讯员 张强`: read without the stray space inside its label
        m = _FIELDS_BYLINE.fullmatch(window)
    if m is None and (unbroken := _without_dateline_stray_space(window)) is not None:
        window = unbroken  # `本 报讯 记者 王丽`: read without the stray space inside its dateline
        m = _FIELDS_BYLINE.fullmatch(window)
    return m is not None and _names_someone(window, m, alone=alone)


def _without_dateline_stray_space(window: str) -> str | None:
    """`window` without the stray space inside the dateline opening it (`本 报讯 记者 王丽`:
    `dateline_stray_space`), as `byline_fields` reads such a line (and so `byline_lines_end`, above
    the lead: `本 报讯 记者 王丽` / `近日,…`); None when it opens with no dateline a space broke."""
    stray = dateline_stray_space(window)
    return None if stray is None else window[: stray[0]] + window[stray[1] :]


def _holds_clause_mark(text: str) -> bool:
    """Whether `text` holds a full-width comma or full stop or an opening bracket, which no byline of
    fields only (`_FIELDS_BYLINE`) nor one naming its paper (`_ORG_BYLINE`) holds: their classes are
    hanzi, digits, spaces, `、`, `/`, `·`, colons and ornaments, read without a stray label space or
    through the simplified view (t2s changes hanzi only). A necessary condition that spares their
    patterns (and `byline_fields`' reading without a stray label space) a lead paragraph."""
    return "，" in text or "。" in text or "（" in text or "(" in text


def _names_someone(text: str, m: regex.Match[str], *, alone: bool = False) -> bool:
    """Whether the first name after the spaced reporter label opening a byline match `m` of `text`
    (group `first`), or after the label behind its dateline (group `dated`, spaced or glued: `本报讯
    记者王丽`), names a person (`lexicon.names_a_person`): `记者 王丽`, `记者 江山`, not `通讯员 培训班`,
    nor `本报讯 记者了解到 全市…`, a clause whose comma the OCR lost; False too when that dateline is
    the verb 来电 or 致电 (`本报来电 记者 王丽 近日，…`: `wire_in_word`, as `_BYLINE_LEAD` is read),
    unless the match is a block of fields `alone` (`byline_fields(alone=True)`). The first name
    after a credit word (group `credited`: `文/图 王丽`, `文/本报记者 王丽`) must name a person too:
    `文/图 新闻 发布会 现场` is a phrase. Only the match is segmented: a word never crosses the space
    after the name.

    A spaced first name after a preposition-surname that reads as a place or a body (`于秀场`,
    `向区委`, `从玉场`: `lexicon.opens_a_clause`) names the reporter when the layout says that a
    name stands there: the gap and a lead opening as one follow it (`_lead_follows`: `本报记者 于秀场
    今天，…`), or it ends a block of fields `alone` (`记者 于建部`). `记者 从县委 获悉，…` stays a
    clause, and so does a first name opening with a clause's word before no lead (`记者 从中 了解到，…`:
    `_opens_spaced_clause`)."""
    if "org" in m.re.groupindex and m.start("org") >= 0:
        if not _org_names_a_medium(m["org"]):
            return False  # `他告诉新华社记者王丽 近日，…`: a clause before the agency, no label of a byline
        if m.start("first") >= 0:
            return _org_field_names_someone(text, m)
    first_start, first_end = m.span("first")
    places = first_start < 0 or not (alone or _lead_follows(text, m))
    if first_start < 0:
        first_start, first_end = m.span("dated")
        if first_start >= 0 and not alone and wire_in_word(text, *m.span("wire")):
            return False  # `本报来电 记者 王丽 近日，…`: the verb 来电 (`wire_in_word`), no dateline
    if first_start < 0 and "glued" in m.re.groupindex and m.start("glued") >= 0:
        if not _lead_follows(text, m):
            return False  # `记者王丽 表示，…`, or a block of fields alone: a glued name needs its lead
        window = text[m.start() : m.end()]
        glued_start, glued_end = m.start("glued") - m.start(), m.end("glued") - m.start()
        return _glued_names_a_person(window, glued_start, glued_end) or _column_before_reporter(
            window, glued_start, glued_end
        )
    if first_start < 0:
        first_start, first_end = m.span("credited")
    if first_start < 0:
        return True
    window = text[m.start() : m.end()]
    start, end = first_start - m.start(), first_end - m.start()
    clause = not alone and _prose_after_first_field(text, m, first_end)
    if clause and _opens_spaced_clause(window, start, end):
        return False  # `记者 从中 了解到，…`: an adverb for the name, a stray space inside a sentence
    return names_a_person(window, start, end, places=places)


def _prose_after_first_field(text: str, m: regex.Match[str], first_end: int) -> bool:
    """Whether prose follows the first name (ending at `first_end`) of the spaced byline match `m`
    of `text` on its line, with no second field between (`_prose_after_spaced_name`), and no lead
    opening as one (`_lead_follows`): only there may the label and a clause's word for the name be
    a sentence's first words with stray spaces (`记者 从中 了解到，…`). A second field after that word
    (`本报记者 何必 李华 兰州新区…`, `本报记者 曾经 通讯员 张强 …`), a line of fields alone or one over its
    lead make a byline, whose gaps the spacing step keeps."""
    if "gap" not in m.re.groupindex or _lead_follows(text, m):
        return False
    return _prose_after_spaced_name(text, first_end)


#: jieba's tags of a dictionary word that, as all the hanzi spaced after a reporter label, is a
#: clause's word, never a name: an adverb, a preposition or a conjunction (从中, 于是, 何必). A verb
#: is not (周到, 张扬 are names: a surname opens them). Known limit: jieba tags some adverbs verbs
#: (向来, 历来, 素来), so `记者 向来 关注此事。` is still cut into the byline `记者 向来` and its prose.
_SPACED_CLAUSE_TAGS = ("d", "p", "c")


def _opens_spaced_clause(text: str, start: int, end: int) -> bool:
    """Whether the hanzi `text[start:end]` spaced after a reporter label are one dictionary word of
    a clause (`_SPACED_CLAUSE_TAGS`: 从中, 于是), a listed given name aside: with no lead's opening
    after their gap, the label and they are a sentence's first words with stray spaces
    (`记者 从中 了解到，…`), as after an agency's label (`_org_field_names_someone`). Only hanzi that
    spell dictionary words (`lexicon.spells_words`) ask the tagger, so a byline's name never loads it."""
    if stands_as_a_listed_name(text, start, end) or not spells_words(text, start, end):
        return False
    return word_tags().get(text[start:end], "").startswith(_SPACED_CLAUSE_TAGS)


def _org_field_names_someone(text: str, m: regex.Match[str]) -> bool:
    """Whether the name spaced after a label naming its paper or agency (groups `org` and `first` of
    `_REPORTER_OR_GLUED`: `新华社记者 王丽 近日，…`) names the reporter: only before the gap and a lead
    opening as one (`_lead_follows`), as a glued name must, since such a label opens prose as often
    (`新华社记者 从中 了解到，…`, `新华社记者 王丽 表示，…`: a stray space inside the sentence), and only
    hanzi that name a person as glued ones do (`_glued_names_a_person`: `新华社记者 走访了 近日，…` opens
    with a verb); a place or a body after a preposition-surname names one there, as after `本报记者`
    (`places=False`: `新华社记者 于秀场 近日，…`). Refused before a lead, the line keeps its gaps
    (`glued_label_lead_gap`)."""
    if not _lead_follows(text, m):
        return False
    window = text[m.start() : m.end()]
    start, end = m.start("first") - m.start(), m.end("first") - m.start()
    return _glued_names_a_person(window, start, end, places=False)


#: jieba's tags of a word that, in the hanzi before a reporter's role (group `org` of
#: `_REPORTER_OR_GLUED`), says a clause rather than a paper's or an agency's name: a preposition, a
#: conjunction, an adverb or a particle (`据新华社`, `和人民日报`, `也向新华社`), or a pronoun
#: (`他告诉新华社`, `这家报社`) but one opening with 每 (`每日经济新闻网`: `_ORG_NAME_PRONOUNS`). A verb
#: does not: `学习时报`, `求是杂志社`, `广播电视台` (广播 a verbal noun), `澎湃新闻网` open with one.
_ORG_CLAUSE_TAGS = ("p", "c", "d", "u")
#: The first hanzi of the pronouns a paper's name may hold (`每日经济新闻网`, `每周…报`).
_ORG_NAME_PRONOUNS = "每"


#: The words a paper calls itself by before a reporter's label: 本报, and 我报 (a pronoun to the
#: tagger, which `_ORG_CLAUSE_TAGS` would otherwise read as a clause: `我报记者王丽 近日，…`).
_OWN_PAPER = frozenset({"本报", "我报"})


def _org_names_a_medium(org: str) -> bool:
    """Whether the hanzi `org` before a reporter's role opening a byline (group `org` of
    `_REPORTER_OR_GLUED`, which ends in 报, 社, 网 or 台) name a paper, an agency, a site or a station
    (`新华社`, `人民日报`, `兰州日报`, `央视网`, `甘肃省广播电视台`, `学习时报`, `本报`) rather than end a
    clause with one (`他告诉新华社`, `据新华社`, `和人民日报`: `_ORG_CLAUSE_TAGS`). Refused, the line keeps
    its gap before a lead (`glued_label_lead_gap`). Known limit: a paper calling itself by a pronoun
    (`我报记者王丽`, 我报 tagged one) is read as 本报 is (`_OWN_PAPER`)."""
    if org in _OWN_PAPER:
        return True
    for word, tag in tagged_words(org):
        pronoun = tag.startswith("r") and not word.startswith(_ORG_NAME_PRONOUNS)
        if pronoun or tag.startswith(_ORG_CLAUSE_TAGS):
            return False
    return True


def _glued_names_a_person(text: str, start: int, end: int, *, places: bool = True) -> bool:
    """Whether the hanzi `text[start:end]` glued to the reporter label before them, with no space a
    name would have after a label, name a person (`本报记者王丽 近日，…`, `记者欧阳晓明 近日，…`) rather
    than a column or a clause that opens with a surname (`记者关注`, `记者时评`, `记者万里行`, `记者田间行`,
    `记者查看`, `记者曾经`, `记者于是`, `记者从中`): they must name one as a spaced name does
    (`lexicon.names_a_person`), be no listed column (`lexicon.reporter_columns`: 走基层, 时评, 田间行,
    nouns as given names are) and open with no word of a clause (`_opens_with_a_word`: 关注, 万里,
    于是). A noun or a place opening them does not say a clause (王国 of 王国庆, 黄河 of 黄河清; 高原,
    江山 whole). A listed given name (`记者扎西`, `lexicon.stands_as_a_listed_name`) names a person
    whatever the dictionary says. Nor may a verb of saying end them (`_ends_with_a_speech_verb`:
    `记者王丽说`). Refused, the line is the paragraph's and keeps its gap (`glued_label_lead_gap`).
    `places=False` as for `names_a_person`: a spaced name before its lead (`_org_field_names_someone`)."""
    name = text[start:end]
    if name in reporter_columns() or _ends_with_a_speech_verb(name) or _is_journey_column(name):
        return False
    if not names_a_person(text, start, end, places=places):
        return False
    return stands_as_a_listed_name(text, start, end) or not _opens_with_a_word(name)


#: The hanzi closing a reporter's journey column after a place (`记者江南行`, `记者黄河行`).
_JOURNEY = "行"


def _is_journey_column(name: str) -> bool:
    """Whether the hanzi `name` glued to a reporter label are a place and 行, a reporter's journey
    column (`江南行`, `陇原行`) as the listed ones are (`lexicon.reporter_columns`: 黄河行,
    长江行), not a name: the tagger reads the hanzi before 行 as one place name (`ns`). Refused, the
    line stays the paragraph's with its gap (when unsure a line keeps its text as printed)."""
    if len(name) < 3 or not name.endswith(_JOURNEY):
        return False
    words = tagged_words(name[: -len(_JOURNEY)])
    return len(words) == 1 and words[0][1].startswith("ns")


#: Verbs of saying that end a clause about the reporter when glued after a name (`记者王丽说`,
#: `新华社记者王丽表示`): no given name ends so.
_SPEECH_VERBS = ("说", "表示", "介绍", "认为", "指出", "强调", "透露", "坦言")


def _ends_with_a_speech_verb(name: str) -> bool:
    """Whether the hanzi `name` glued to a reporter label are a name of two hanzi at least and a verb
    of saying after it (`_SPEECH_VERBS`: 王丽说, 王丽表示), a clause (`新华社记者王丽说 今天，…`), not a
    name; a name of two hanzi (`记者李说`, were it one) is too short to hold one and a verb."""
    return any(name.endswith(verb) and len(name) - len(verb) >= 2 for verb in _SPEECH_VERBS)


#: A reporter field after a column glued to its label, past the column's gap: a label and a name,
#: spaced or glued (group `name`, the first name): `记者走基层 本报记者王丽`, `记者走基层 通讯员 李华`.
_FIELD_AFTER_COLUMN = regex.compile(
    rf"{_HSPACE}+(?>{_REPORTER_LABEL}(?P<space>{_HSPACE}*)(?P<name>{_NAME})(?:、{_NAME})*){_FIELD_END}"
)


def _column_before_reporter(text: str, start: int, end: int) -> bool:
    """Whether the hanzi `text[start:end]` glued to the reporter label before them are a listed column
    (`lexicon.reporter_columns`) and a reporter field naming a person follows them after their gap
    (`_FIELD_AFTER_COLUMN`): `记者走基层 本报记者王丽 近日，…`, `記者週記 本報記者 王麗`. The column ends
    at its gap, a kicker of the byline the fields after it make (`记者走基层 本报记者王丽`, as c7fad62
    printed it); refusing the line for its column lost the byline into the lead. No reporter field
    after the column (`记者走基层 近日，…`, `记者走基层 王丽 近日，…`), or one naming no one (`记者节到来`),
    leaves the line the paragraph's, its gap kept (`glued_label_lead_gap`)."""
    if text[start:end] not in reporter_columns():
        return False
    field = _FIELD_AFTER_COLUMN.match(text, end)
    if field is None:
        return False
    name_start, name_end = field.span("name")
    if field.start("space") == field.end("space"):  # glued to its label, as the column was
        return _glued_names_a_person(text, name_start, name_end)
    return names_a_person(text, name_start, name_end)


#: jieba's tags of a word that, opening the hanzi glued to a reporter label, makes them a clause or a
#: column's name rather than a name: a verb (`关注`, `查看`, `向来`), a preposition, a conjunction
#: (`于是`) or a numeral (`万里` of `万里行`). An adverb does when it is all the hanzi (`曾经`, `从中`,
#: `_opens_with_a_word`). A noun, a place or a person's name (`n`, `ns`, `nz`, `nr`) never does.
_GLUED_CLAUSE_TAGS = ("v", "p", "c", "m")


def _opens_with_a_word(name: str) -> bool:
    """Whether a dictionary word of two hanzi or more opens the hanzi `name` as a clause's or a
    column's first word (`_GLUED_CLAUSE_TAGS`: `关注`, `万里` of `万里行`, `于是`), or an adverb is all
    of them (`曾经`, `从中`), a compound surname aside (`欧阳` / `晓明` opens with no word). An adverb
    before one more hanzi opens a given name as often (马上飞, 常年青, 曾经纬), and a noun or a place
    before them too (王国庆, 黄河清, 黄金华, 王者荣): neither says a clause."""
    shortest = 3 if _COMPOUND_SURNAME.match(name) else 2
    for k in range(shortest, len(name) + 1):
        if not in_dictionary(name[:k]):
            continue  # (the plain dictionary first: a name opening with no word never loads the tagger)
        tag = word_tags().get(name[:k], "")
        if tag.startswith(_GLUED_CLAUSE_TAGS) or (k == len(name) and tag.startswith("d")):
            return True
    return False


def _lead_follows(text: str, m: regex.Match[str]) -> bool:
    """Whether the byline match `m` of `text` ends at the gap before a lead that opens as one: a time
    word or a date and its comma, or a dateline (`_LEAD_AFTER_PAD`: `本报记者王丽 近日，…`). A name
    glued to its label is read as a byline only so, where a stray space inside a sentence
    (`记者王丽 表示，…`) would cut it there. A byline closing with where and when its reporter filed
    (`_FILED_FIELD`: `中央社记者 王丽 台北12日电 台湾…`, `记者 王丽 台北报导立法会…`) says a lead follows
    whatever it opens with."""
    if "gap" not in m.re.groupindex:
        return False
    gap = m.start("gap")
    if _LEAD_AFTER_PAD.match(text, gap) is not None:
        return True
    return _FILED_CLOSE.search(text, m.start(), gap) is not None


#: A byline's last field, where and when its reporter filed (`_FILED_FIELD`), ending where searched.
_FILED_CLOSE = regex.compile(rf"{_HSPACE}{_FILED_FIELD}\Z")


def _match_spaced(
    patterns: tuple[regex.Pattern[str], regex.Pattern[str]],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
) -> regex.Match[str] | None:
    """The spaced byline match of `text[pos:endpos]` by the first of `patterns` (`_SPACED_BYLINES`),
    unless it ends at a place and 报导 glued to the lead (group `filed`) that `_filed_glued_to_lead`
    refuses: then the second's, which reads no such field, so the byline ends where it did before
    (`记者 王丽` of `记者 王丽 台北报导表示，…`, `报导` the paragraph's)."""
    stop = len(text) if endpos is None else endpos
    m = patterns[0].match(text, pos, stop)
    if m is None or m.start("filed") < 0 or _filed_glued_to_lead(m):
        return m
    return patterns[1].match(text, pos, stop)


#: jieba's tags of the word opening a lead glued to a byline's 报导 (`台北报导立法会…`): a noun or a
#: name (`n`, `nr`, `ns`, `nt`, `nz`: 市府, 中央政府, 高雄市), a time word (`t`: 近日, 后天), a place
#: word (`s`), an abbreviation (`j`: 立法会), a set phrase (`l`: 说明会), a numeral (`m`: 12, 一名) or
#: Latin letters. A verb, an adverb, a preposition, a conjunction or a particle after 报导 (表示,
#: 显示, 也, 在, 和, 过, 的) goes on a sentence about the report.
_LEAD_WORD_TAGS = ("n", "t", "s", "j", "l", "m", "eng")
#: How many characters of the lead after 报导 `_filed_glued_to_lead` segments with the place.
_FILED_CLAUSE_AFTER = 8
#: Words a lead glued to 报导 opens with before the noun they qualify (`有关当局今日宣布…`, `相关部门…`),
#: which jieba tags verbs (`vn`, `v`): before a noun they say whom the lead is about, no report's verb;
#: before a noun and 的 (`报导有关台风的消息…`) they say what a report is about.
_QUALIFYING_LEAD_WORDS = frozenset({"有关", "相关"})
#: jieba's tags of the noun such a word qualifies (`当局`, `部门`, `方面`, `人士`; `j`: an abbreviation).
_QUALIFIED_TAGS = ("n", "j")


def _filed_glued_to_lead(m: regex.Match[str]) -> bool:
    """Whether the place and 报导 (group `filed` and the two hanzi after it) closing the spaced byline
    match `m` end the byline though the lead is glued to them (`记者 陈大文 台北报导立法会…`): the place
    names one (`_names_a_place`: jieba tags it a place, the list of dateline places holds it, or it
    ends with a place's hanzi), and in jieba's segmentation of the place, 报导 and the lead's first
    characters, 报导 is a word of its own and the lead opens with a word of two characters or more
    (or a numeral) that a lead opens with (`_LEAD_WORD_TAGS`: 中央政府, 说明会, 后天, 的士, 近日), or
    with a word qualifying the noun after it (`_QUALIFYING_LEAD_WORDS`: 有关当局, 相关部门). Else
    the hanzi are a sentence's (`据外媒报导美国…`, `昨日报导市府…`, `跟踪报道这一事件`, `台北报导表示，…`,
    `高雄报导过…`, `台北报导时，…`, `台北报导中指出`), which stay the paragraph's. A place the
    dictionary and the list do not know is no place here: its byline ends at the names (the list
    holds Hong Kong's and Taiwan's districts jieba tags no place: `花莲`, `九龙`)."""
    place_start, place_end = m.span("filed")
    if not _names_a_place(m.string[place_start:place_end]):
        return False
    lead = m.end("gap")
    clause = m.string[place_start : lead + _FILED_CLAUSE_AFTER]
    at = 0
    words = iter(tagged_words(clause))
    for word, _tag in words:
        at += len(word)
        if at >= place_end - place_start:
            break
    if at != place_end - place_start or next(words, ("", ""))[0] != m.string[place_end:lead]:
        return False  # 报导 glued into a word (`报导出来`), or the place into 报导's
    word, tag = next(words, ("", ""))
    if word in _QUALIFYING_LEAD_WORDS:  # (`有关台风的消息`: about the typhoon, a report's topic)
        return next(words, ("", ""))[1].startswith(_QUALIFIED_TAGS) and next(words, ("", ""))[0] != "的"
    return tag.startswith(_LEAD_WORD_TAGS) and (len(word) > 1 or tag.startswith("m"))


def is_byline_block(text: str, *, alone: bool = False) -> bool:
    """Whether a whole block is a byline by its text: fields only (`byline_fields`), or a short
    unpunctuated block opening with a reporter label or a credit word (`本报记者 王丽 发自北京`,
    `作者：王丽`). A label glued to the text after it must be followed by a name (`记者王丽报道`), or
    the block is a sentence about the reporter (`记者摄下了车祸现场`, `记者从市交通局获悉`); the hanzi
    after a label and a space must not spell words (`通讯员 培训班`). `alone`: `text` is a whole block,
    not a line over its lead (`byline_fields`: `本报来电 记者 王丽` is then a byline)."""
    if byline_fields(text, alone=alone) or is_author_line(text):  # (`作者 王丽`: a space for the colon)
        return True
    if "\n" not in text.strip() and credit_name_padding(text):
        return True  # `文/图 记者 张 强`: a two-hanzi name padded to three after a credit word
    if not _BYLINE_BLOCK.match(text) or visible_len(text) > MAX_HEADING or ends_sentence(text):
        return False
    if _GLUED_LABEL.match(text):
        return _glued_name(text)
    spaced = _SPACED_NAME.match(text)
    if spaced is not None:
        start, end = spaced.span("name")
        if _prose_after_spaced_name(text, end) and _opens_spaced_clause(text, start, end):
            return False  # `记者 从中 了解到`: a clause's word for the name, prose after it
        return names_a_person(text, start, end)
    return _credit_names_someone(text)


#: A further field after a spaced name: a reporter's label and names, a photographer's field, a
#: credit word, where the reporter files from (`_FIELD_OTHERS` but bare names), or a bare name (group
#: `bare`, which must name a person: `_prose_after_spaced_name`).
_NEXT_FIELD = regex.compile(
    rf"{_HSPACE}+(?:(?>{_REPORTER_LABEL}{_HSPACE}*{_NAMES}|{_PHOTO_FIELD}|文[/／·]图|图[/／·]文|摄影|摄"
    rf"|{_SENT_FROM})|(?P<bare>{_NAME})){_FIELD_END}"
)


def _prose_after_spaced_name(text: str, end: int) -> bool:
    """Whether prose follows the first name after a reporter label and its space in `text` (ending at
    `end`, a `_SPACED_NAME` match) on its line: a gap and text that is no further field
    (`_NEXT_FIELD`): `记者 从中 了解到`, or fields of which a bare one is a word, no name
    (`_bare_field_is_a_word`: `记者 于是 马上 联系了他。`, `记者 于是 通讯员 张强 一起 来到 现场。`).
    Nothing after the name on its line (`记者 于是` over its lead), or fields naming people up to the
    line's end or to text that is no field (`本报记者 曾经 通讯员 张强`, `本报记者 何必 李华 兰州新区…`),
    makes the line a byline's, never a clause."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[end:line_end].strip() or not regex.match(_HSPACE, text[end : end + 1]):
        return False
    field = _NEXT_FIELD.match(text, end, line_end)
    if field is None:
        return True
    while field is not None:
        if field.start("bare") >= 0 and _bare_field_is_a_word(text, *field.span("bare")):
            return True
        field = _NEXT_FIELD.match(text, field.end(), line_end)
    return False


#: jieba's tags of a person's name (`nr`, `nrfg`, `nrt`): a bare field after a clause's word that the
#: dictionary tags otherwise is a word of the sentence (`_bare_field_is_a_word`).
_PERSON_NAME_TAGS = ("nr",)


def _bare_field_is_a_word(text: str, start: int, end: int) -> bool:
    """Whether the bare field `text[start:end]` after a clause's word for the first name (`记者 于是
    马上 …`) is a word of the sentence rather than a second name: it names no person
    (`lexicon.names_a_person`: `了解`), or it is one dictionary word tagged other than a person's
    name (an adverb `马上`, a verb `周到`, `来到`, a numeral `一起`, a place `黄山`, `高原`), a listed
    given name aside. Only hanzi that spell dictionary words ask the tagger (`李华`, `张强` do not)."""
    if not names_a_person(text, start, end):
        return True
    if stands_as_a_listed_name(text, start, end) or not spells_words(text, start, end):
        return False
    tag = word_tags().get(text[start:end])
    return tag is not None and not tag.startswith(_PERSON_NAME_TAGS)


def _credit_names_someone(text: str) -> bool:
    """Whether the hanzi after the credit word opening the short block `text`, and after the label
    after it if any (`_CREDIT_LABEL`: `文/图 王丽`, `撰文/王丽`, `文/本报记者 王丽`, `文/图 摄影记者
    王丽`), name a person as a reporter's name must (`lexicon.names_a_person`): a run of two to four
    hanzi (five after a compound surname), not a phrase (`文/图 发布会现场`, `文/会议现场`,
    `图文/活动现场`).

    True when the block opens with no credit word, or when no hanzi follows it (a Latin name:
    `文/图 Li Wei`, `特约撰稿 Wang Li`) or its label (`文/本报记者 Li Wei`), and before a name's middle
    dot (`文/图 阿卜杜·热合曼`). A label alone, with nothing after it, names no one (`文/图 记者`), nor
    does one hanzi (a name padded to three, `文/图 张 强`, is `credit_name_padding`'s)."""
    m = _CREDIT_FIRST_RUN.match(text)
    if m is None or text.startswith("·", m.end()):
        return True
    if m.start("name") < 0:
        rest = text[m.end() :].strip()
        return m.start("label") < 0 or (bool(rest) and _LATIN_LETTER.match(rest) is not None)
    start, end = m.span("name")
    longest = 5 if _COMPOUND_SURNAME.match(text, start) else 4
    return 2 <= end - start <= longest and names_a_person(text, start, end)


def credit_name_padding(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int], ...]:
    """The space padding a two-hanzi name to the width of three on the byline line opening
    `text[start:end]` that is a credit word, a label if any and that name (`_PADDED_CREDIT_LINE`:
    `文/图 张 强`, `文/图 记者 张 强`, `文/本报记者 张 强`), as offsets into `text`; none when the line is
    no such byline or the first hanzi is no surname. Nothing follows the two hanzi on their line, so
    they are read as a name even when they spell a word (`文/图 程 程`, `文/图 记者 高 温`), where a
    sentence may go on after a label (`记者 高 温 天气下`: `_pads_a_name`).

    Shared by the labels, for which such a line names someone (`_credit_names_someone`), and the
    spacing step, which keeps the line's other spaces, as a byline's, and removes the padding:
    `文/图 记者 张强`. A traditional line (`文/圖 本報記者 張 強`) is read through its simplified view."""
    stop = len(text) if end is None else end
    first = text[start:stop].lstrip()[:1]
    if first not in _PADDED_CREDIT_STARTS:
        return ()
    window = text[start:stop]
    view = window if in_simplified_charset(window) else simplified_view(window)  # offset for offset
    m = _PADDED_CREDIT_LINE.match(view)
    if m is None or not opens_with_surname(view[m.start("pad") - 1]):
        return ()
    return ((start + m.start("pad"), start + m.end("pad")),)


def org_byline(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the block `text` is a byline naming the paper or agency before the reporter's or
    commentator's label (`新华社记者 张三 李四`, `人民日报记者 王丽`, `本报评论员`, `本报特约评论员 张明`,
    `甘肃日报评论员`), on one line; its names, if any, must name people (`lexicon.names_a_person`; a
    name glued to the label must spell no dictionary words, `人民日报评论员文章`).

    Under a headline such a block is the byline, not the title (which would make the headline a
    kicker); the spacing step keeps its spaces (`新华社记者 张三、李四`), as a byline block's. Read like
    `byline_fields`: a block outside the simplified character set (`新華社記者 張三`) through its
    simplified view.
    """
    stop = len(text) if end is None else end
    if stop - start > SPACED_BYLINE_REACH:
        return False
    text = text[start:stop]
    if _holds_clause_mark(text) or _ORG_BYLINE_GATE.search(text) is None:
        return False
    if not _holds_org_byline_label(text):
        text = simplified_view(text)  # a traditional block (記者): its labels read in the view
        if not _holds_org_byline_label(text):
            return False
    if visible_len(text) > MAX_HEADING:
        return False
    m = _ORG_BYLINE.fullmatch(text)
    if m is None:
        return False
    name_start, name_end = m.span("name")
    if name_start < 0:
        return True
    if text[name_start - 1].isspace():
        return names_a_person(text, name_start, name_end)
    # glued to the label, a surname opening a word is no name here: `人民日报评论员文章`
    return not spells_words(text, name_start, name_end)


def _holds_org_byline_label(text: str) -> bool:
    """Whether `text` holds a label an `_ORG_BYLINE` needs: the cheap test before the pattern."""
    return any(label in text for label in _ORG_BYLINE_LABELS)


def _spaced_name_over_lead(window: str, line_start: int, nl: int) -> bool:
    """Whether the line `window[line_start:nl]` is a reporter label and a spaced name alone over a
    line opening as a lead (`_LEAD_LINE`): `记者 于建部` / `近日，…`. The layout says a name stands
    there, so hanzi a preposition-surname opens (于建部, read as a place or a body elsewhere) name the
    reporter (`places=False`), as in a block of fields alone (`_names_someone`)."""
    line = window[line_start:nl]
    m = _SPACED_NAME.match(line)
    if m is None or line[m.end() :].strip() or _LEAD_LINE.match(window, nl + 1) is None:
        return False
    return names_a_person(line, *m.span("name"), places=False)


def byline_lines_end(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the byline lines opening the block `text[start:end]` end (before the line break that
    follows them), as an offset into `text`, when the block's first line, or first few, is a byline
    of its own (`is_byline_block`: `本报记者 王丽 李华`) and a paragraph follows on the next line (a
    byline printed above the lead without a blank line). None otherwise, also when the whole block
    is bylines.

    A Taiwan or Hong Kong byline (`filed_byline`: `王麗／台北報導`) counts as such a line when it is the
    whole line; with the lead's first words after it on its line, the line is the lead's (None).

    Shared by the labels, which cut the byline off the paragraph there as they cut a byline block
    off by a blank line, the spacing step, which keeps the spaces of those lines (王丽 from 李华), and
    the line joins of coordinate input, which leave those lines on their own.
    """
    stop = len(text) if end is None else end
    window = text[start : min(stop, start + SPACED_BYLINE_REACH + 1)]
    first = window.lstrip()[:1]
    if not first or "\n" not in window:
        return None
    filed = filed_byline(text, start, stop)
    if filed is not None:
        # `王麗／台北報導` / `市府今天…`: a line of its own, perhaps with more byline lines under it; the
        # lead's first words after it on its line make the line the lead's (the labels cut it there)
        nl = _filed_line_end(text, filed, stop)
        if nl is None:
            return None
        more = byline_lines_end(text, nl + 1, stop)
        return nl if more is None else more
    if not _LEAD_BITS[first] & _BYLINE_BLK and first not in _SPACED_BYLINE_STARTS:  # 新华社…电 记者 王丽
        if is_simplified_char(first) or not _HAN.match(first) or in_simplified_charset(window):
            return None  # as in `spaced_byline`: only a traditional byline reads differently in the view
        window = simplified_view(window)  # offset for offset
    elif not in_simplified_charset(window):  # `本報記者 王麗`: 本 opens a byline in either script
        window = simplified_view(window)
    found = None
    line_start = 0
    while (nl := window.find("\n", line_start)) >= 0:
        line = window[line_start:nl]
        if not line.strip() or not (is_byline_block(line) or _spaced_name_over_lead(window, line_start, nl)):
            break
        found, line_start = start + nl, nl + 1
    if found is None or not text[found:stop].strip():
        return None
    if speaks_a_question(text[start:stop]):
        return None  # `记者` / `你如何看待…？`: an interview's speaker, no byline
    return found


#: A reporter's label alone, no name: in an interview, the speaker of the question under it.
_BARE_SPEAKER = regex.compile(r"[\t\p{Zs}]*(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[\t\p{Zs}]*\n")
#: The first sentence end of a text: its mark.
_FIRST_SENTENCE_END = regex.compile(r"[。！？!?]")


def speaks_a_question(text: str) -> bool:
    """Whether a block opens with a reporter's label alone on its line, with no name (`记者`,
    `本报记者`), over a question (the first sentence under it ends with a question mark: `你如何看待
    这次会议的召开和意义？`): an interview prints its speaker so, and a byline names its writer. The
    block is then one paragraph of the text, neither a byline over a lead (`byline_lines_end`) nor
    a heading. The question opens on the line under the label: a line of bare names there
    (`本报记者` / `王丽` / `城市如何更宜居？…`, `is_bare_names_line`) names the byline's writer."""
    m = _BARE_SPEAKER.match(text)
    if m is None:
        return False
    if is_bare_names_line(text[m.end():].split("\n", 1)[0]):
        return False
    end = _FIRST_SENTENCE_END.search(text, m.end())
    return end is not None and end.group() in "？?"


def _filed_line_end(text: str, filed: FiledByline, stop: int) -> int | None:
    """Where the line of the byline `filed` ends (its line break), when the byline is that whole line
    and a paragraph follows on the next; None when the lead opens on the byline's line or nothing
    follows it."""
    nl = text.find("\n", filed.end, filed.lead)
    if nl < 0 or filed.lead >= stop:
        return None
    return nl


#: How many lines a title over a byline in one block may take at most: a kicker, the title and a
#: subtitle (`_title_over_byline_pieces`).
MAX_TITLE_LINES = 3
#: How deep `_label_by_text` labels what follows a title or byline line of a block as a block of its
#: own: under a title, one byline line under another (`_bylines_under_filed`), and no deeper, so a
#: block of many lines is never labelled once per line.
MAX_NESTED = 2
#: The roles what follows a title line in its block opens with when the line is cut off as the title:
#: a byline, or a bracketed line of names alone (`（本报记者 王丽、李华）`), a signature by its text,
#: which under a title the assembly makes the byline, as it does a block of its own.
_UNDER_TITLE_ROLES = frozenset({"byline", "signature"})


#: The most names a bare byline line under a title holds (`王丽 李华`, `王丽、李华`).
_MAX_BARE_BYLINE_NAMES = 3
#: What sets two names of a bare byline apart: a space or 、.
_BARE_NAME_GAP = regex.compile(r"[\t\p{Zs}]*、[\t\p{Zs}]*|[\t\p{Zs}]+")


def is_bare_names_line(text: str) -> bool:
    """Whether a block is one line of bare names that `_title_over_byline_pieces` cuts off under a
    title as its byline (`张明`, `王丽 李华`; `_bare_names_line_end`)."""
    s = text.strip()
    return bool(s) and "\n" not in s and _bare_names_line_end(s, 0) is not None


def bare_names_line_end(text: str, start: int, stop: int) -> int | None:
    """Where the line of bare names opening at `start` ends (`_bare_names_line_end`), as an offset
    into `text`, reading the block up to `stop` (its end) as the labels read it. Shared with the
    spacing step, which keeps the gaps between those names where the labels cut them off as the
    byline under a title (`_bare_names_pieces`)."""
    end = _bare_names_line_end(text[start:stop], 0)
    return None if end is None else start + end


def _bare_names_line_end(text: str, start: int) -> int | None:
    """Where the line opening at `start` ends, when it holds the names of one to three people and
    nothing else (`张明`, `王丽 李华`), under the title lines of its block (`_bare_names_pieces`): the
    writer's name, as a poem or an essay prints it, with no label. Each name must name a person and
    spell no other word (`_is_only_a_name`), and jieba's tagger must read it as a name
    (`lexicon.tags_a_person`), so a title's second line of words (`部署秋冬工作`, `冬夜`) stays the
    title's. The lines after it, if any, must not read as a heading (a subtitle under a name that
    is the title); None otherwise. Read through the simplified view of a traditional line."""
    nl = text.find("\n", start)
    end = len(text) if nl < 0 else nl
    line = text[start:end]
    view = line if in_simplified_charset(line) else simplified_view(line)  # offset for offset
    names = [n for n in _BARE_NAME_GAP.split(view.strip()) if n]
    if not names or len(names) > _MAX_BARE_BYLINE_NAMES:
        return None
    for name in names:
        if not 2 <= len(name) <= 4 or not _HAN_ONLY.fullmatch(name):
            return None
        if not _is_only_a_name(name, 0, len(name)) or not tags_a_person(name):
            return None
    if nl >= 0 and text[nl:].strip() and is_heading_like(text[nl:]):
        return None
    return end


def title_over_byline(first: str) -> bool:
    """Whether the first line of a block is a title over a byline line: heading-like
    (`is_heading_like`), not opening with a date (`近日，…` opens a lead paragraph, however short) nor
    as a caption (`▲市府大楼`, `图为…`: the line under it is the photographer's) and no byline itself.

    Shared by the labels (`_title_over_byline_pieces`), which cut such a line off the byline under it,
    and the spacing step, which keeps the spaces of that byline as in a block of its own."""
    if not first.strip() or starts_with_date(first) or not is_heading_like(first):
        return False
    if opens_caption(first):
        return False
    return not is_byline_block(first) and not org_byline(first)


def title_line_ends(text: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where each of the first lines of `text[start:end]` ends while they may be a title over what
    follows (`title_over_byline`, at most `MAX_TITLE_LINES`, a line break after each): the places
    where the labels (`_title_over_byline_pieces`) and the spacing step (a title over a byline, bare
    names or a poem in one block) try to cut a block's title off, in the same order."""
    stop = len(text) if end is None else end
    line_end = start - 1
    for _ in range(MAX_TITLE_LINES):
        line_start = line_end + 1
        line_end = text.find("\n", line_start, stop)
        if line_end < 0 or not title_over_byline(text[line_start:line_end]):
            return
        yield line_end


def _title_over_byline_pieces(
    block: Block, text: str, emphasised: Callable[[Block], Sequence[str]] | None
) -> list[Block] | None:
    """The pieces of a block printing its title and the byline under it without a blank line between
    them, as flat text exports do: `市府宣布新政策` / `本报记者 王丽` / `近日，…`, `市府宣布新政策` /
    `本报讯 市府今天…`, `市府宣布新政策` / `記者王麗／台北報導 市府今天…`, or the byline alone
    (`市府宣布新政策` / `本报记者 王丽`). The title is the block's first line or first few
    (`MAX_TITLE_LINES`, each a `title_over_byline`) and one heading; what follows is labelled as a
    block of its own and must open with a byline (`_UNDER_TITLE_ROLES`), or the line under the title
    holds bare names alone, the writer's (`秋日登高` / `张明`: `_bare_names_pieces`); and the title
    lines so labelled must be headings only, so the page reads as printed in separate blocks.
    None otherwise: a title of two lines, a title over a subtitle or over a paragraph stay as they
    are. A line of byline fields or a dateline does not occur inside a title, so the cut is safe
    where both hold."""
    s = block.text
    for line_end in title_line_ends(s):
        rest = _piece(block, text, block.start + line_end + 1, block.end, "body", 1)
        if not rest.text:
            return None
        pieces = _label_by_text(rest, text, emphasised, nested=1)
        under = pieces if pieces[0].role in _UNDER_TITLE_ROLES else _bare_names_pieces(
            block, text, emphasised, line_end + 1
        )
        if under is None and verse_under_title(s[:line_end], rest.text):
            under = [_with_role(rest, "body")]  # `静夜思` / `床前明月光，疑是地上霜。` / …: the poem
        if under is None and all(verse_line_size(ln) is None for ln in s[:line_end].split("\n")):
            under = _verse_signed_pieces(block, text, line_end + 1)  # … / `李白`: the poem, its poet
        if under is None:
            continue
        title = _piece(block, text, block.start, block.start + line_end, "heading", 1)
        heads = _label_by_text(title, text, emphasised, nested=1)
        if any(p.role != "heading" for p in heads):
            return None  # a line the labels read otherwise alone: furniture, a caption, a note
        return _split(block, text, [(p.start, p.role) for p in (*heads, *under)])
    return None


#: The longest subhead a block of flat text prints over its prose with no blank line between
#: (`_subhead_over_prose_pieces`), in visible characters.
MAX_BLOCK_SUBHEAD = 12
#: How many columns (a hanzi is two) such a subhead's line stops short of the widest prose line under
#: it at least: four hanzi; and it takes half that line at most. A paragraph's first line fills the
#: column (`join.wrap`'s measure), or nearly (an indent, a word that did not fit).
_SUBHEAD_SHORT = 8
#: How many columns short of the widest line a wrapped line may stop: two hanzi (an indent, a word
#: that did not fit). `join.wrap` reads a hard wrap so, and a subhead's prose under it here.
WRAP_SLACK = 4
#: Any punctuation or symbol: a subhead over its prose in one block holds none (`抓好落实`).
_PUNCT_OR_SYMBOL = regex.compile(r"[\p{P}\p{S}]")
#: A clause or sentence mark: prose holds one.
_PROSE_MARK = regex.compile(r"[，。！？；,;!?]")


#: The discourse openers that, alone on a block's first line, open a sentence whose comma OCR lost
#: (`此外` / `会议要求…`): a closed list, since jieba tags many a subhead's last word an adverb too
#: (`并举` in `多措并举`, `从实` in `从严从实`).
_DISCOURSE_OPENERS = frozenset({
    "此外", "同时", "与此同时", "另外", "然而", "但是", "因此", "所以", "因而", "于是", "而且", "并且",
    "首先", "其次", "再次", "最后", "总之", "总而言之", "例如", "比如", "譬如", "据悉", "据了解",
    "另据了解", "据介绍", "据统计", "目前", "当前", "如今", "现在", "此前", "随后", "之后", "此后",
    "届时", "对此", "为此", "其中", "同样", "当然", "事实上", "实际上", "不过", "可见", "由此可见",
    "换言之", "也就是说", "一方面", "另一方面", "近日", "日前", "近年来", "会上", "会后",
})
#: Of `_DISCOURSE_OPENERS`, the adverbs that also open a sentence after its subject
#: (`市政府同时` / `要求…`, `有关部门对此` / `高度重视`); the others end a subhead too (`立足当前`,
#: `坚持到最后`), so only the whole line is an opener.
_OPENERS_AFTER_SUBJECT = frozenset({"同时", "对此", "为此", "随后", "届时", "因此"})
#: jieba's tags of an idiom or a set phrase (`严防死守`, `多管齐下`): a subhead, never an opener.
_IDIOM_TAGS = ("i", "l")
#: Four hanzi: an idiom's length (`多措并举`).
_FOUR_HANZI = regex.compile(r"\p{Han}{4}")
#: jieba's tags of a word that, alone on a block's first line, opens a sentence whose comma OCR lost:
#: a time word (`目前`, `近日`, `会上`) or a pronoun (`其次`, `为此`, `其中`).
_LONE_OPENER_TAGS = ("t", "r")
#: Speech and report verbs a sentence's opener ends with before its comma (`他说`, `市长强调`,
#: `数据显示`, `另据了解`, `记者从市教育局获悉`): the sentence goes on after them.
_REPORT_VERBS = frozenset(
    {"说", "表示", "强调", "指出", "获悉", "据悉", "了解", "显示", "如下", "认为", "称"}
)
#: A date with its day or year missing (`二〇二三年十月`, `2023年10月`, `10月12日`) or whole, in
#: Arabic or hanzi numerals: a date-led sentence's opener, no subhead.
_OPENER_DATE = regex.compile(
    rf"(?:(?:\d{{4}}|[一二][〇零○一二三四五六七八九]{{3}})年)?(?:(?:\d{{1,2}}|{_HANZI_MONTH})月)?"
    rf"(?:(?:\d{{1,2}}|{_HANZI_DAY})[日号])?"
)
#: A reporter's label opening a line, or the writer's (作者, 笔者): `记者从市教育局获悉`, `本报记者近日从…`,
#: `作者在现场`.
_OPENS_WITH_REPORTER = regex.compile(rf"(?:本报)?{_REPORTER_ROLE}|作者|笔者")
#: jieba's tags of the word after a reporter's label opening a sentence: a preposition, an adverb
#: or a time word (`记者从…`, `记者在…`, `本报记者近日…`). A noun makes a heading's noun phrase
#: (`通讯员培训班`, `记者手记`).
_AFTER_REPORTER_TAGS = ("p", "d", "t")


def _opens_a_sentence(line: str) -> bool:
    """Whether the short line `line` (no punctuation) is a sentence's opener whose comma OCR lost
    rather than a subhead: a discourse opener (`此外`, `目前`; `_DISCOURSE_OPENERS`), or, after its
    subject, one of `_OPENERS_AFTER_SUBJECT` (`市政府同时`); its last word a speech or
    report verb (`他说`, `王丽说`, `数据显示`, `报告全文如下`, `记者了解到`), or, alone, a time word or a
    pronoun (`目前`, `其次`); or it is a date (`二〇二三年十月`) or opens with a reporter's or the
    writer's label (`记者从市教育局获悉`, `作者在现场`). A subhead ends with a noun or a verb phrase
    (`抓好落实`, `坚持问题导向`)."""
    text = "".join(line.split())
    date = _OPENER_DATE.fullmatch(text)
    if date is not None and ("年" in text or "月" in text):
        return True
    words = [w for w in tagged_words(text) if w[0].strip()]
    if not words:
        return False
    label = _OPENS_WITH_REPORTER.match(text)
    if label is not None and _reporter_opens_a_sentence(words, label.end()):
        return True
    if text in _DISCOURSE_OPENERS or words[-1][0] in _OPENERS_AFTER_SUBJECT:
        return True
    if _is_idiom(text, words):
        return False
    word, tag = words[-1]
    if word == "到" and len(words) > 1:  # `记者了解到`: the verb before the complement
        word, tag = words[-2]
    if word in _REPORT_VERBS or word.endswith("如下"):
        return True
    return len(words) == 1 and tag.startswith(_LONE_OPENER_TAGS)


def _is_idiom(text: str, words: Sequence[tuple[str, str]]) -> bool:
    """Whether the line `text`, tagged `words`, is an idiom or a set phrase (`严防死守`, `多管齐下`:
    jieba tags it `i` or `l`) or four hanzi its dictionary holds as one word: a subhead's wording,
    never a sentence's opener."""
    if len(words) == 1 and words[0][1].startswith(_IDIOM_TAGS):
        return True
    return _FOUR_HANZI.fullmatch(text) is not None and text in word_tags()


def _reporter_opens_a_sentence(words: Sequence[tuple[str, str]], label_end: int) -> bool:
    """Whether the tagged `words` of a line, which opens with a reporter's label `label_end`
    characters long, go on as a sentence after the label (`记者从市教育局获悉`): the label is whole
    words and the word after it is a preposition, an adverb or a time word (`_AFTER_REPORTER_TAGS`),
    not a noun of a heading (`通讯员培训班`, `记者手记`) nor a longer word (`记者节特刊`); or the words
    after it are a verb and its complement 到 alone (`记者注意到`, `记者看到`: `_verb_reaching_to`)."""
    end = 0
    for k, (word, _tag) in enumerate(words):
        end += len(word)
        if end >= label_end:
            if end != label_end or k + 1 >= len(words):
                return False
            return words[k + 1][1].startswith(_AFTER_REPORTER_TAGS) or _verb_reaching_to(words[k + 1 :])
    return False


def _verb_reaching_to(words: Sequence[tuple[str, str]]) -> bool:
    """Whether the tagged `words` (after a reporter's label, to the line's end) are a verb ending with
    its complement 到 and nothing more (`看到`, `注意到`, `了解到`, `来到`): a clause broken where OCR lost
    the comma after it (`记者注意到` / `不少市民…`). A column's name after the label is a bare verb or
    noun (`记者观察`, `记者直击`, `记者手记`) or goes on past the verb (`记者看到的变化`)."""
    text = "".join(word for word, _tag in words)
    return len(text) >= 2 and text.endswith("到") and all(tag.startswith("v") for _word, tag in words)


def columns(line: str) -> int:
    """The columns `line` takes in a fixed-width export: two for a wide (East Asian) character
    (also `join.wrap`'s measure)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _names_a_writer(line: str) -> bool:
    """Whether a short line over prose is a bare name (`is_bare_names_line`: `王丽`, `张桂梅`, the
    writer's), which `_subhead_over_prose_pieces` leaves in the paragraph, rather than a phrase
    jieba's dictionary lists as one word tagged a person's name (`_phrase_tagged_a_name`: `展望未来`),
    a subhead as `多措并举` is."""
    return is_bare_names_line(line) and not _phrase_tagged_a_name(line.strip())


def _phrase_tagged_a_name(text: str) -> bool:
    """Whether `text` is four hanzi that jieba's dictionary lists as one word tagged a person's name
    (`nr`) although it is two words of that dictionary, neither tagged a name, that make a subhead's
    phrase (`_subhead_halves`), and opens with no compound surname: `展望未来` (展望 / 未来), a set
    phrase the dictionary mis-tags. A name is not so: `张桂梅` is no dictionary word, `欧阳晓明` opens
    with a compound surname, `马拉多纳` splits into words tagged names (马拉), `中村正雄` into a place
    and a noun, `路易十四` ends with a numeral, `居里夫人` with a title, and `高峰`, `王丽` are two
    hanzi; nor is a time opener (`凌晨时分`, `今年夏天`), which goes on into its sentence."""
    if _FOUR_HANZI.fullmatch(text) is None or text[:2] in surnames()[1]:
        return False
    tags = word_tags()
    if not tags.get(text, "").startswith(_PERSON_TAG):
        return False
    first, second = text[:2], text[2:]
    if not all(half in tags and not tags[half].startswith(_PERSON_TAG) for half in (first, second)):
        return False
    return _subhead_halves(first, tags[first], second, tags[second])


#: jieba's tag of a person's name, and the head of its variants (`nrfg`, `nrt`).
_PERSON_TAG = "nr"
#: jieba's tags of the first half of a subhead's four-hanzi phrase (`_subhead_halves`): a verb
#: (`展望`, `拉开`), an adverb (`严格`, `努力`), an adjective (`特立`, `干劲`, `安全`), a noun
#: (`思路`, `绿水`), a place or a proper noun (`海纳`, `龙马`, `扬帆`, `普天`: the dictionary's
#: tags of an idiom's halves), an abbreviation (`纪检`), a descriptive word, an idiom or a set
#: phrase. Not a time word or a locality (`凌晨`, `今年`: an opener), a pronoun (`某年`), a
#: numeral or a classifier (`居里`), a place word (`高中`), a preposition or a conjunction.
_FIRST_HALF_TAGS = frozenset({
    "v", "vn", "vd", "ad", "d", "a", "an", "b", "n", "ns", "nz", "nt", "j", "z", "l", "i",
})
#: ...and of its second half: the same kinds (`把关`, `序幕`, `清晰`, `青山`, `百川`, `中华`, `斐然`,
#: `十足`). Not a numeral (`十四`: `路易十四`), nor a time word but after a verb (`展望未来`):
#: `寒星冷月`, `杰出青年` are refused, the safe side, as a time word mostly opens a sentence.
_SECOND_HALF_TAGS = _FIRST_HALF_TAGS
#: The second halves of four-hanzi words jieba tags `nr` that name a person by a title, a rank or a
#: kin word (`居里夫人`, `光绪皇帝`, `银叶先生`, `王家嫂子`, `安西将军`): a name, no subhead.
_PERSON_TITLES = frozenset({
    "夫人", "太太", "先生", "女士", "小姐", "皇帝", "大帝", "太子", "公主", "大师", "禅师", "法师", "道人",
    "居士", "大人", "姐姐", "妹妹", "哥哥", "弟弟", "兄弟", "姊妹", "嫂子", "媳妇", "婆婆", "皇后", "将军",
    "学士", "亲王", "郡王", "国君", "教皇", "总理", "公子", "僧人", "宫女", "太监", "少爷", "圣母", "仙女",
    "县长", "市长", "省长",
})
#: Numeral hanzi: a time word after a verb holding one numbers a ruler (`查理一世`).
_NUMERAL_HANZI = frozenset("一二三四五六七八九十百千万两")
#: jieba's tags of a Japanese surname the dictionary reads as a place, a proper noun or an
#: adjective (`中村`, `青山`, `麻生`), and the last hanzi of a Japanese given name after one
#: (`正雄`, `太郎`, `素子`): `中村正雄`, `麻生太郎` are names (`_foreign_name_shape`).
_SURNAME_LIKE_TAGS = frozenset({"ns", "nz", "an"})
_GIVEN_NAME_ENDS = frozenset("郎雄夫男彦介助子")
#: Hanzi that spell foreign names in transliteration (`伊萨巴尔`, `基里巴斯`, `摩尔维亚`), and how
#: many of four make a word one (`_foreign_name_shape`).
_TRANSLITERATION_HANZI = frozenset(
    "尔斯巴德维亚萨伊帕西法科因基里克拉罗马诺莫卡吉多特奥埃瓦沃布普兹茨丹纳尼娜莎蒂丽妮利阿格林森顿逊伦加摩"
)
_MIN_TRANSLITERATED = 3


def _subhead_halves(first: str, first_tag: str, second: str, second_tag: str) -> bool:
    """Whether the halves of a four-hanzi word, with jieba's tags, make a subhead's phrase
    (`_phrase_tagged_a_name`): each of a phrase's kinds (`_FIRST_HALF_TAGS`, `_SECOND_HALF_TAGS`:
    `绿水青山`, `海纳百川`, `振兴中华`, `纪检监察`, `成绩斐然`, `干劲十足`), or a time word with no
    numeral after a verb (`展望未来`); the second no person's title (`_PERSON_TITLES`: `居里夫人`),
    the whole no foreign name's shape (`_foreign_name_shape`: `中村正雄`, `伊萨巴尔`)."""
    if first_tag not in _FIRST_HALF_TAGS or second in _PERSON_TITLES:
        return False
    if _foreign_name_shape(first, first_tag, second):
        return False
    if second_tag in _SECOND_HALF_TAGS:
        return True
    return first_tag == "v" and second_tag == "t" and not any(c in _NUMERAL_HANZI for c in second)


def _foreign_name_shape(first: str, first_tag: str, second: str) -> bool:
    """Whether a four-hanzi word's halves spell a foreign name: a Japanese surname the dictionary
    tags a place or a proper noun before a given name's ending (`中村正雄`, `麻生太郎`, `青山素子`:
    `_GIVEN_NAME_ENDS`), or three hanzi of four a transliteration's (`伊萨巴尔`, `加斯科因`:
    `_TRANSLITERATION_HANZI`)."""
    if first_tag in _SURNAME_LIKE_TAGS and second[-1] in _GIVEN_NAME_ENDS:
        return True
    return sum(c in _TRANSLITERATION_HANZI for c in first + second) >= _MIN_TRANSLITERATED


def _subhead_over_prose_pieces(
    block: Block, text: str, emphasised: Callable[[Block], Sequence[str]] | None
) -> list[Block] | None:
    """The pieces of a block of flat text printing a subhead over its prose with no blank line
    between (`抓好落实` / `会议要求各地抓好落实，确保取得实效。`): the subhead, a heading, then the
    prose labelled as a block of its own. The first line must hold no punctuation or symbol at all,
    open with no indent (`　　近日` opens a paragraph), be short (`MAX_BLOCK_SUBHEAD`) and read as a
    heading alone (`title_over_byline`: no date, caption or byline; `is_heading_like`: no list of
    names or verse), and stop well short of the lines under it (`_SUBHEAD_SHORT`, half their
    measure at most), which are prose wrapped at one measure: a clause mark among them, every line
    but the last filling the measure (`WRAP_SLACK`) or ending a sentence, no rows, names, verse
    (`is_set_line_by_line`) nor field gaps. A paragraph's first line fills its column
    (`会议要求各地抓好落` / `实，确保取得实效。`), so its wrap is never cut; nor is a list item
    (`1. 抓好落实`), a dateline, a bare name over text (`王丽`, the writer's) or an addressee whose
    colon OCR lost (`尊敬的各位来宾`: `is_salutation`). With no article open the line is the title
    of one, as the same heading in a block of its own is (`layout.assemble`). None otherwise."""
    s = block.text
    nl = s.find("\n")
    first = s[:nl]
    if not first or first[0].isspace() or visible_len(first) > MAX_BLOCK_SUBHEAD:
        return None  # (the cheap tests most blocks fail first)
    if _PUNCT_OR_SYMBOL.search(first) or opens_list_item(first) or is_date_line(first.strip()):
        return None
    under = s[nl + 1 :].rstrip()
    lines = under.split("\n")
    if not _PROSE_MARK.search(under) or any(_INNER_FIELD_GAP.search(ln) for ln in lines):
        return None
    measure = max(map(columns, lines))
    width = columns(first.rstrip())
    if width + _SUBHEAD_SHORT > measure or width * 2 > measure:
        return None  # (`市长今天上午会见了` / `本报记者王丽，介绍了新政策。`: no shorter than a wrap may be)
    if not all(columns(ln.rstrip()) + WRAP_SLACK >= measure or ends_sentence(ln) for ln in lines[:-1]):
        return None
    if not title_over_byline(first) or _names_a_writer(first) or is_salutation(f"{first.strip()}：") \
            or _opens_a_sentence(first) or is_set_line_by_line(under) or set_line_kind(under) is not None:
        return None
    rest = _piece(block, text, block.start + nl + 1, block.end, "body", 1)
    pieces = _label_by_text(rest, text, emphasised, nested=1)
    if pieces[0].role != "body":
        return None  # a byline, a caption, a second heading line: not a subhead over its prose
    title = _piece(block, text, block.start, block.start + nl, "heading", 1)
    heads = _label_by_text(title, text, emphasised, nested=1)
    if any(p.role != "heading" for p in heads):
        return None
    return _split(block, text, [(p.start, p.role) for p in (*heads, *pieces)])


def _labels_over_names_pieces(
    block: Block, text: str, emphasised: Callable[[Block], Sequence[str]] | None
) -> list[Block] | None:
    """The pieces of a block of flat text printing a heading over a list of names with no blank line
    between (`获奖名单` / `王丽 李华 张强 刘洋` / `赵敏 孙杰 周婷 吴刚`), or list labels each over its
    names (`一等奖` / `王丽 李华 张强` / `二等奖` / `刘洋 赵敏 孙杰`): each label line a heading (or, ending
    with its colon, `获奖名单：`, a paragraph), each run of names a paragraph, its lines kept, as the
    same lines printed in blocks of their own are. Whole, the block read as one heading of several
    lines: a new article's title holding the names. A label line is short (`MAX_BLOCK_SUBHEAD`),
    holds no punctuation or symbol but a colon at its end, is no name itself (`王丽` over names is
    one more name) and stands over a line listing people (`lists_people`, `lists_people_beside`);
    the block opens with one. A title over one line of up to three bare names is left to
    `_title_over_byline_pieces` (the writers). None otherwise."""
    lines = block.text.rstrip().split("\n")
    first = lines[0]
    if len(lines) < 2 or not (_is_list_label(first) or is_prize_grade(first)):
        return None  # (the cheap tests most blocks fail first)
    names = [_lists_names_in(lines, k) for k in range(len(lines))]
    if not names[-1] or any(
        not names[k] and not (names[k + 1] and _is_list_label(lines[k])) for k in range(len(lines) - 1)
    ):  # a line that is neither names nor a label over names, unless the labels show a list
        listed = labelled_list_lines(lines)  # `一等奖` / `王丽 李华` / `二等奖` / `高洁 江山`
        if listed is None:
            return None
        return _names_runs_labelled(block, text, emphasised, lines, listed, listed=True)
    if len(lines) == 2 and _bare_names_line_end(block.text, len(first) + 1) is not None:
        return None  # `秋日登高` / `王丽 李华 张强`: the writers under a title (`_bare_names_pieces`)
    return _names_runs_labelled(block, text, emphasised, lines, names)


#: The hint of a run of names the labels over it show to be a list (`labelled_list_lines`): set line
#: by line like a list of three names or more (`is_set_line_by_line`), it ends its paragraph where its
#: last line does, though alone its lines may read otherwise (`王丽 李华`, `市一中 市二中`).
LISTED_NAMES = "listed-names"
#: The fewest label lines a block read as a list by its labels (`labelled_list_lines`) holds: one
#: label over a line of two names is a title over its writers (`秋日登高` / `王丽 李华`).
_MIN_LIST_LABELS = 2
#: A line of two or more short names set apart by single spaces: people's (`王丽 李华`) or
#: organisations' (`市一中 市二中`), without a label.
_SPACED_NAMES_LINE = regex.compile(r"\p{Han}{2,12}(?: \p{Han}{2,12})+")
#: A school's short name, which `ORG_SUFFIX` does not end: `市一中`, `二小`, `实验中学`, `城关幼儿园`,
#: `北大附中` (an attached school).
_SCHOOL_NAME = regex.compile(r"\p{Han}*?(?:[一二三四五六七八九十]{1,3}[中小]|附[中小]|中学|小学|幼儿园)")
#: What else an organisation's name in a list ends with (`is_listed_org`), beyond `ORG_SUFFIX`: a
#: paper, a publisher, a news agency, a cooperative (`报社`, `出版社`, `新华社`, `合作社`), a paper or
#: a news site (`甘肃日报`, `每日甘肃网`), a library, a museum, a cultural centre (`图书馆`, `文化馆`,
#: `博物馆`), an office (`办公室`, `工作室`), a federation (`总会`, `联合会`, `红十字会`, `管委会`,
#: `残联`), a troupe or an orchestra (`剧团`, `乐团`, `艺术团`), a station (`电视台`, `电台`), a shop
#: (`书店`, `酒店`), a palace of culture (`少年宫`, `文化宫`), a park, a farm or a works, the party's
#: central committee (`中共中央`), its secretariat or a party school (`书记处`, `党校`). Only a list
#: reads them so: in `ORG_SUFFIX`, `社`, `馆` or `团` would make a kicker, an issuer or a salutation of
#: a column's name. Rooms (`会议室`) and events (`运动会`) end no such name.
_LIST_ORG_SUFFIX = regex.compile(
    r"(?:社|报|网|馆|办公室|工作室|研究室|实验室|编辑室|总会|联合会|促进会|联谊会|理事会|董事会|十字会|工会"
    r"|管委会|残联|青联|社联|台联|团|电视台|电台|气象台|天文台|书店|酒店|饭店|商店|药店|少年宫|文化宫"
    r"|公园|动物园|植物园|产业园|科技园|农场|林场|牧场|剧场|厂|办事处|管理处|书记处|党校|领导小组|工作组|中共中央"
    r"|党中央)$"
)


def is_listed_org(name: str) -> bool:
    """Whether a piece of a list after a label (`org_list_gaps`, `labelled_list_lines`) names an
    organisation or a place: one ending like `ORG_SUFFIX` (`is_org_name`) or like an organisation
    in a list only (`_LIST_ORG_SUFFIX`: `人民日报社`, `市图书馆`), a school's short name
    (`_SCHOOL_NAME`: `市一中`) or a listed two-hanzi organisation (`lexicon.short_organisations`:
    `央视`, `北大`)."""
    return (
        name in short_organisations()
        or is_org_name(name)
        or (visible_len(name) <= 12 and _LIST_ORG_SUFFIX.search(name) is not None)
        or _SCHOOL_NAME.fullmatch(name) is not None
    )


def labelled_list_lines(lines: Sequence[str]) -> list[bool] | None:
    """Which lines of a block list names, when its labels show the block is a list of names: the
    block opens with a list label (`_is_list_label`) and each label stands over one line or more of
    names, two labels at least (`一等奖` / `王丽 李华` / `二等奖` / `高洁 江山`, `先进个人` / `王丽 李华
    张强 刘洋` / `优秀集体` / `市一中 市二中`). A line of names there is one listing people
    (`lists_people`), two or more people set apart by spaces (each read as a person's name,
    `lexicon.tags_a_person`, or a surname and a given name, `_surname_and_given_name`: `高洁 江山`)
    or two or more organisations (`is_listed_org`: `市一中 市二中`, `人民日报社 市图书馆`). One line
    at least must list two names that are only people's (`_is_only_a_person`: `王丽 李华`), so
    slogans under labels (`富强 民主`) are no list. Such lines alone could be a headline's phrases;
    under the labels they keep their gaps and are each a paragraph. None otherwise."""
    if len(lines) < 2 * _MIN_LIST_LABELS or not (_is_list_label(lines[0]) or is_prize_grade(lines[0])):
        return None  # (the cheap test most blocks fail)
    listed: list[bool] = []
    label = lines[0]
    for line in lines:
        names = _names_under_label(line) or _award_names_under(label, line)
        if len(listed) == 1 and is_prize_grade(line):  # `获奖名单` over `一等奖`: the list's heading
            listed.append(False)
            label = line
        elif listed and not listed[-1]:  # under a label: names
            if not names:
                return None
            listed.append(True)
        elif listed and names:  # more names
            listed.append(True)
        elif _is_list_label(line) or is_prize_grade(line):  # (`一等奖（3名）` holds brackets)
            listed.append(False)
            label = line
        else:
            return None
    if not listed[-1] or listed.count(False) < _MIN_LIST_LABELS:
        return None
    grades = sum(1 for line, names in zip(lines, listed, strict=True) if not names and is_prize_grade(line))
    if grades < _MIN_GRADES and not any(
        _names_people_only(line) for line, names in zip(lines, listed, strict=True) if names
    ):  # prize grades show a list of winners (`一等奖` / `李华（市一中）`) as people's names do
        return None
    return listed


def _award_names_under(label: str, line: str) -> bool:
    """Whether `line` lists winners under the grade `label` in one block (`labelled_list_lines`):
    `_is_award_names_line`, though under an honour (`优秀教师`, not a grade ending with 奖) a line of
    one name only when it holds a gap, as a lone organisation there may be the next label
    (`优秀教师` / `王丽 李华` / `优秀学校` / `实验小学 东岗中学`)."""
    if not is_prize_grade(label) or not _is_award_names_line(line):
        return False
    return "奖" in label or "獎" in label or len(_award_tokens(simplified_text(line))) >= 2


def _names_under_label(line: str) -> bool:
    """Whether a line under a list label lists names (`labelled_list_lines`): people, or
    organisations set apart by spaces."""
    if lists_people(line):
        return True
    view = (line if in_simplified_charset(line) else simplified_view(line)).strip()
    if _SPACED_NAMES_LINE.fullmatch(view) is None:
        return False
    names = view.split(" ")
    if all(len(name) <= 4 and (tags_a_person(name) or _surname_and_given_name(name)) for name in names):
        return True
    return all(map(is_listed_org, names))

#: A grade of an award list (`_PRIZE_GRADE`, `_PRIZE_ENTRY`): a grade ending with 奖, its first
#: hanzi `一` printed as a dash by the OCR too (`—等奖`, left as printed), or an honour given to
#: people or bodies as awards are (`先进集体`, `先进单位`, `先进个人`, `优秀共产党员`); then the
#: count of winners if printed (`（3名）`).
_GRADE_CORE = (
    r"(?:(?:(?:[一二三四五六七八九十]{1,2}|—)等|特等|优秀|优胜|金|银|铜|鼓励|特别|提名|入围|新人|纪念|参与"
    r"|最佳\p{Han}{1,6}|\p{Han}{0,6}组织)奖"
    r"|(?:先进|优秀)(?:集体|单位|个人|工作者|党务工作者|共产党员|党员|团员|教师|班集体|志愿者|家庭))"
    r"(?:[（(][0-9一二三四五六七八九十百]{1,3}[名个人项件篇幅部组队家][）)])?"
)
#: A prize grade printed as a line of an award list (`一等奖`, `特等奖`, `优秀奖`, `金奖`, `最佳创意奖`,
#: `优秀组织奖`, `一等奖（3名）`, traditional `一等獎`, `—等奖`, `先进集体`), with its colon if any: a
#: grade of the list, as the names under it are, never a subhead. Read on the simplified view; the
#: whole line only, so a subhead naming a grade among words (`一等奖作品`) is no grade.
_PRIZE_GRADE = regex.compile(rf"[\t\p{{Zs}}]*{_GRADE_CORE}(?P<colon>[：:])?[\t\p{{Zs}}]*")
#: A grade and its names on one line (`一等奖：李华 张强`, `一等奖 李华（市一中）`): the grade as
#: `_PRIZE_GRADE` reads it, then a colon or a space, then the names (`_is_award_names_line`).
_PRIZE_ENTRY = regex.compile(
    rf"[\t\p{{Zs}}]*(?P<grade>{_GRADE_CORE})(?:[：:][\t\p{{Zs}}]*|[\t\p{{Zs}}]+)(?P<names>\S.*)"
)
#: One name of an award list's line: a person's or an organisation's, and the unit in brackets
#: after it if printed (`李华（市一中）`).
_AWARD_NAME = regex.compile(
    r"(?P<name>\p{Han}{2,12}(?:·\p{Han}{1,6})?)(?:[（(](?P<unit>[^（）()]{1,20})[）)])?"
)
#: The longest person's name an award list reads alone (`_is_award_name`), in hanzi.
_AWARD_PERSON = 4
#: The fewest grades a run of blocks must print to be read as an award list with no heading naming
#: the list over it (`_award_lists`): one grade alone over names may be a title over its writers.
_MIN_GRADES = 2
#: A heading naming the list of names under it, in its short forms only (`获奖名单`, `获奖名单如下`,
#: `获奖名单：`, `表彰名单`, `得奖名单`, `获奖名录`; traditional on the simplified view): one grade under
#: it suffices (`_award_lists`). A longer line (`第五届书法大赛获奖名单`) is a title, left as it is.
_LIST_HEADING = regex.compile(r"(?:获奖|表彰|得奖)(?:名单|名录)(?:如下)?[：:]?")


def simplified_text(line: str) -> str:
    """`line` stripped, read through its simplified view when it holds traditional characters: on a
    simplified page no OpenCC call (a page costs one conversion, `simplified_view`)."""
    s = line.strip()
    return s if in_simplified_charset(s) else simplified_view(s)


def is_prize_grade(line: str) -> bool:
    """Whether a line is a prize grade of an award list and nothing else (`一等奖`, `优秀奖`, `金奖`,
    `最佳创意奖`, `一等奖（3名）`, `一等獎`, `二等奖：`: `_PRIZE_GRADE`)."""
    return "\n" not in line.strip() and _PRIZE_GRADE.fullmatch(simplified_text(line)) is not None


def _is_award_name(token: str) -> bool:
    """Whether a token of a line under a prize grade names a winner: a person (at most
    `_AWARD_PERSON` hanzi, read as a person's name by the tagger or a surname and a given name) or an
    organisation (`is_listed_org`), with its unit in brackets if printed (`李华（市一中）`)."""
    m = _AWARD_NAME.fullmatch(token)
    if m is None:
        return False
    name = m.group("name")
    if "·" in name:
        return True  # a transcribed foreign or minority name (`阿依古丽·买买提`)
    if len(name) <= _AWARD_PERSON and (
        tags_a_person(name) or _surname_and_given_name(name) or _surnamed_full_name(name)
    ):
        return True
    return is_listed_org(name)


def _is_award_names_line(line: str) -> bool:
    """Whether a line lists winners and nothing else: names set apart by spaces or `、` (`李华 张强`,
    `李华、张强`, `李华（市一中） 张强（市二中）`, `市一中 市二中`), each `_is_award_name`, or a line
    the labels read as names (`_names_under_label`). Two names or more that are not all read so
    still list winners when each not read so is a name by its form (`_is_name_by_form`: `林美玲`,
    `黄家豪`, which the tagger reads as words, `扎西多吉`): the line of them is the evidence."""
    view = simplified_text(line)
    if not view or _PROSE_MARK.search(view):
        return False
    if _names_under_label(view):
        return True
    tokens = _award_tokens(view)
    read = [_is_award_name(t) for t in tokens]
    if all(read):
        return True
    return len(tokens) >= 2 and all(ok or _is_name_by_form(t) for ok, t in zip(read, tokens, strict=True))


def _is_name_by_form(token: str) -> bool:
    """Whether a token of a line of two names or more under a grade is a person's name by its form
    alone, which the tagger does not read as one (`_is_award_names_line`): three hanzi opening with
    a single surname or four with a compound one (`lexicon.surnames`: `林美玲`, `黄家豪`, `欧阳志明`),
    spelling no dictionary word whole and no organisation (`红星厂`); or one or two given names of the
    shipped list of names that open with no surname (`lexicon.given_names`: `扎西多吉`, `次仁卓玛`,
    `格桑`), with its unit in brackets if printed. A two-hanzi name with a surname is
    `_surname_and_given_name`'s already."""
    m = _AWARD_NAME.fullmatch(token)
    if m is None:
        return False
    name = m.group("name")
    if _listed_given_names(name):
        return True
    single, compound = surnames()
    surnamed = (len(name) == 3 and name[0] in single) or (len(name) == 4 and name[:2] in compound)
    return surnamed and not in_dictionary(name) and not is_listed_org(name)


def _listed_given_names(name: str) -> bool:
    """Whether `name` is one given name of `lexicon.given_names` or two of them run together
    (`扎西`, `扎西多吉`, `次仁卓玛`, `格桑央金`)."""
    listed = given_names()
    return name in listed or any(name[:k] in listed and name[k:] in listed for k in range(2, len(name) - 1))


#: Where a line of winners breaks into names: at a space or a `、`, or right after a unit's closing
#: bracket, whose space the punctuation step removes (`李华（市一中）张强（市二中）`).
_AWARD_GAP = regex.compile(r"[\t\p{Zs}]+|[\t\p{Zs}]*、[\t\p{Zs}]*|(?<=[）)])")


def _award_tokens(view: str) -> list[str]:
    """The names of a line of winners (`_is_award_names_line`), split at `_AWARD_GAP`."""
    return [t for t in _AWARD_GAP.split(view) if t]


def _award_block_kind(block: Block) -> str | None:
    """What a block is in an award list: `grade` (one line, `is_prize_grade`), `entry` (every line a
    grade and its names, `一等奖：李华 张强`), `names` (every line `_is_award_names_line`), or None."""
    if block.role not in _AWARD_ROLES:
        return None
    lines = [ln for ln in block.text.split("\n") if ln.strip()]
    if not lines:
        return None
    if len(lines) == 1 and is_prize_grade(lines[0]):
        return "grade"
    entries = [_PRIZE_ENTRY.fullmatch(simplified_text(ln)) for ln in lines]
    if all(m is not None and _is_award_names_line(m.group("names")) for m in entries):
        return "entry"
    if all(map(_is_award_names_line, lines)):
        return "names"
    return None


#: The roles a block of an award list may have been given alone: a heading (`一等奖`, `李华 张强`),
#: a paragraph (`刘洋 陈静 赵磊`), a byline (two names read as writers).
_AWARD_ROLES = frozenset({"heading", "body", "byline"})


#: What every grade's line holds, simplified or traditional (`_opens_with_grade`'s cheap test).
_GRADE_MARKS = ("奖", "獎", "先进", "先進", "优秀", "優秀")


def _opens_with_grade(block: Block) -> bool:
    """Whether a block's first line is a prize grade, alone or before names (regexes only: the cheap
    test `_award_lists` asks of every block)."""
    first = block.text.strip().split("\n", 1)[0]
    if not any(mark in first for mark in _GRADE_MARKS):
        return False
    view = simplified_text(first)
    return _PRIZE_GRADE.fullmatch(view) is not None or _PRIZE_ENTRY.fullmatch(view) is not None


def _award_run_end(blocks: Sequence[Block], kinds: Sequence[str | None], i: int) -> int:
    """Where a run of award-list blocks opening at `i` ends (exclusive): each grade over names, a line
    of names after a grade or names (`_more_names`), entries anywhere; a grade with no names under it
    ends the run before it."""
    j = i
    while j < len(kinds):
        kind = kinds[j]
        if kind == "entry" or (kind == "names" and j > i and _names_go_on(blocks, kinds, j)):
            j += 1
        elif kind == "grade" and j + 1 < len(kinds) and kinds[j + 1] == "names":
            j += 2
        else:
            break
    return j


def _names_go_on(blocks: Sequence[Block], kinds: Sequence[str | None], j: int) -> bool:
    """Whether the block of names `blocks[j]` goes on the run before it: under a grade, or under
    names or a grade-and-names entry (`一等奖：李华 张强`) when it still lists winners (`_more_names`)."""
    return kinds[j - 1] == "grade" or (kinds[j - 1] in ("names", "entry") and _more_names(blocks, kinds, j))


#: The roles of a block that shows the one before it is a title or subhead, not more winners: a
#: byline (`本报记者 张明`, `本报评论员`) or prose (a paragraph no award list reads).
_AFTER_A_TITLE = frozenset({"byline", "body"})


def _more_names(blocks: Sequence[Block], kinds: Sequence[str | None], j: int) -> bool:
    """Whether a block of names after a block of names (`kinds[j]`) still lists winners: not one token
    alone (`花絮`, `简讯`, `华夏`, `市教育局`: a short subhead, a title or a signature reads as a
    name), and not over a byline or prose (`华夏` / `本报记者 张明`: a new article's title)."""
    if len(_award_tokens(simplified_text(blocks[j].text))) < 2:
        return False
    nxt = j + 1
    return not (nxt < len(blocks) and kinds[nxt] is None and blocks[nxt].role in _AFTER_A_TITLE)


def _award_lists(out: list[Block]) -> list[Block]:
    """`out` with the blocks of each award list under an article read as the labelled lists of names
    are (`labelled_list_lines`, docs/architecture.md): each prize grade printed alone (`一等奖`) a
    subhead opening its subsection (with its colon, `一等奖：`, a paragraph, as any list label's),
    each line of winners under it a paragraph (hint `LISTED_NAMES`,
    so none runs on into the next), and a line holding a grade and its winners (`一等奖 李华（市一中）`)
    a paragraph too. Alone, a line of two names read as a heading (`李华 张强`: a second `head`), a
    line of names with units as a new article's title. A heading naming the list over the grades
    (`获奖名单`, `获奖名单如下`) becomes a paragraph of its own, as `获奖名单：` with its colon is, so it
    is no second head of the first grade's subsection (`_list_heading_over`). A run counts when it
    prints `_MIN_GRADES` grades, or one under such a heading. Any other block stays as it was."""
    if not any(map(_opens_with_grade, out)):
        return out  # (most pages; no name is read, so the tagger stays unloaded)
    kinds = [_award_block_kind(b) for b in out]
    i = 0
    while i < len(out):
        if kinds[i] not in ("grade", "entry"):
            i += 1
            continue
        end = _award_run_end(out, kinds, i)
        grades = sum(
            1 if kinds[k] == "grade" else out[k].text.strip().count("\n") + 1
            for k in range(i, end) if kinds[k] in ("grade", "entry")
        )
        headed = i > 0 and _list_heading_over(out[i - 1]) and _text_before(out, i - 1)
        if end > i and (grades >= _MIN_GRADES or headed):
            for k in range(i, end):
                if kinds[k] == "grade" and not out[k].text.rstrip().endswith(("：", ":")):
                    out[k] = _with_role(out[k], "heading")  # (`一等奖：`, a label's colon: a `p`)
                else:
                    out[k] = _with_role(out[k], "body")
                    out[k].hints = out[k].hints | {LISTED_NAMES}
            if headed and "grade" in kinds[i:end]:  # its grades are the subheads: the heading a `p`
                out[i - 1] = _with_role(out[i - 1], "body")
                out[i - 1].hints = out[i - 1].hints | {LISTED_NAMES}
        i = max(end, i + 1)
    return out


def _list_heading_over(block: Block) -> bool:
    """Whether a block is a heading naming the award list under it (`获奖名单`, `获奖名单如下`,
    `表彰名单`, `獲獎名單`; `_LIST_HEADING`), read as a heading or, with its colon, a paragraph. Only
    the short forms: a longer line (`第五届书法大赛获奖名单`) names its own article, a title."""
    return block.role in ("heading", "body") and _LIST_HEADING.fullmatch(simplified_text(block.text)) \
        is not None


def _text_before(blocks: Sequence[Block], k: int) -> bool:
    """Whether some block before `blocks[k]` is text, not furniture: the page's first text block is
    an article's title even when it names a list (`获奖名单` over `一等奖`), never a paragraph."""
    return any(b.role != "furniture" for b in blocks[:k])



#: The most hanzi a name of a line of organisations (`org_list_gaps`) holds: two names a stray space
#: broke and the spacing step glues again are one longer than a name alone can be (`is_listed_org`:
#: 12), as `全国政协` / `文化文史和学习委员会` (14) is, and a line normalised once must read as it did
#: (`_rejoined_name`); no glue makes a name longer (`_within_longest`).
_LONGEST_LIST_NAME = 24
#: The most hanzi a name a list reads alone holds (`is_listed_org`, `is_org_name`).
_LISTED_NAME = 12
#: A line listing organisations after a label and its colon (`org_list_gaps`): `优秀集体：市一中 市二中`.
_ORG_LIST_LINE = regex.compile(
    r"[\t\p{Zs}]*\p{Han}{2,12}[：:][\t\p{Zs}]*"
    rf"(?P<names>\p{{Han}}{{2,{_LONGEST_LIST_NAME}}}(?: \p{{Han}}{{2,{_LONGEST_LIST_NAME}}})+)[\t\p{{Zs}}]*"
)
#: The most hanzi a piece of such a line holds that is a name of its own there only when listed
#: (`lexicon.short_organisations`: `央视`, `北大`); any other such piece is a part of its neighbour's
#: name a stray space broke off (`_joined_short_pieces`: `党校`, `中央`).
_SHORT_PIECE = 2


def org_list_gaps(line: str) -> tuple[tuple[int, int], frozenset[int]] | None:
    """Where the names stand in a line listing organisations after a label and its colon, as
    offsets into `line`, and the offsets of the spaces in it that break one organisation's name
    (`_one_organisation`: `主办单位：甘肃省教育厅 兰州市 教育局`, the second). The names: two or more
    set apart by single spaces, nothing after them, each an organisation's, a place's or a school's
    short name (`is_listed_org`), a piece of two hanzi joined to its neighbour first
    (`_joined_short_pieces`: `中共兰州市委 党校 兰州大学`, `党史研究室 中央 文献研究室`). The spacing
    step keeps the other gaps, as it keeps a list of people's (`name_list_names`): glued, the names
    run together (`市一中市二中市三中`); the stray spaces it glues (`兰州市教育局`), and only those. A
    line that is one organisation once its stray spaces go (`主办单位：兰州市 教育局`, `市委 宣传部`) is
    no such list. None otherwise. Read through the simplified view of a traditional line."""
    if " " not in line or ("：" not in line and ":" not in line):
        return None  # (the cheap test most lines fail)
    view = line if in_simplified_charset(line) else simplified_view(line)  # offset for offset
    m = _ORG_LIST_LINE.fullmatch(view)
    if m is None:
        return None
    groups = _joined_short_pieces(m.group("names").split(" "))
    if groups is None:
        return None
    names = ["".join(group) for group in groups]
    if len(names) < 2 or not all(map(_list_name, names)):
        return None
    following: list[str | None] = [*names[2:], None]
    broken = [_one_name(a, b, c) for (a, b), c in zip(pairwise(groups), following, strict=True)]
    broken = _within_longest(names, broken)
    if all(broken):
        return None  # `兰州市 教育局`: one organisation a stray space broke, glued again
    return m.span("names"), frozenset(_stray_gaps(m.start("names"), groups, broken))


def _list_name(name: str) -> bool:
    """Whether a name of a line of organisations (`org_list_gaps`) is an organisation's: one a list
    reads so (`is_listed_org`), or one longer than such a name can be that is two a stray space broke
    glued again (`_rejoined_name`: `全国政协文化文史和学习委员会`)."""
    return (len(name) <= _LISTED_NAME and is_listed_org(name)) or _rejoined_name(name)


@cache
def _rejoined_name(name: str) -> bool:
    """Whether a name longer than a list reads alone (`is_listed_org`: 12 hanzi) is one the spacing
    step glues from two a stray space broke (`_one_organisation`): a name of the list, itself maybe
    so glued, over one it owns (`全国政协` / `文化文史和学习委员会`, `甘肃省应急管理厅` / `消防救援总队`).
    Such a name is what normalising a line once gives; read as no name, the line would be no list
    and a second run would glue every gap (`全国政协文化文史和学习委员会兰州大学`)."""
    if not _LISTED_NAME < len(name) <= _LONGEST_LIST_NAME:
        return False
    return any(
        len(name) - end <= _LISTED_NAME
        and is_listed_org(name[end:])
        and _list_name(name[:end])
        and _one_organisation(name[:end], name[end:])
        for end in range(_SHORT_PIECE, len(name) - _SHORT_PIECE + 1)
    )


def _within_longest(names: Sequence[str], broken: Sequence[bool]) -> list[bool]:
    """`broken`, the gaps between `names` the spacing step glues, less those that would glue a name
    longer than a list reads alone (`_LISTED_NAME`) that a second run would not read as glued again
    (`_rejoined_name`): longer than a line of organisations holds (`_LONGEST_LIST_NAME`: `新疆维吾尔
    自治区伊犁哈萨克自治州` / `察布查尔锡伯自治县`, 25), or glued by a chain the name whole does not
    show. That gap stays, so the line normalised once reads as it did. When in doubt, two: a kept
    stray space loses no text."""
    kept: list[bool] = []
    run = names[0]
    for name, glued in zip(names[1:], broken, strict=True):
        joined = run + name
        glued = glued and (len(joined) <= _LISTED_NAME or _rejoined_name(joined))
        kept.append(glued)
        run = joined if glued else name
    return kept


def _joined_short_pieces(pieces: Sequence[str]) -> list[list[str]] | None:
    """The pieces of a line of organisations (`org_list_gaps`) grouped into names: a piece of two
    hanzi (`_SHORT_PIECE`) is the part of a name a stray space broke off: the organ of the name
    before it, which owns it (`_one_organisation`: `中共兰州市委` / `党校`, `兰州市` / `人大`), or else
    a name of its own when listed (`lexicon.short_organisations`: `新华社 央视 人民网`), or else the
    opening of the name after it (`中央` / `文献研究室`) when the two are an organisation's name and
    the piece no person's nor an organ (`_opens_name`: `兰州大学 王丽 甘肃日报社`, `兰州市 团委
    妇联` are no such lists). None when a short piece is none of these (`兰州市 科协 妇联`: after
    `兰州市科协`, `妇联` is no organ of it and opens nothing): the line is no list, as before."""
    groups: list[list[str]] = []
    opening: str | None = None  # a short piece that opens the next name
    for k, piece in enumerate(pieces):
        if opening is not None:
            groups.append([opening, piece])
            opening = None
        elif len(piece) > _SHORT_PIECE:
            groups.append([piece])
        elif groups and _one_organisation("".join(groups[-1]), piece):
            groups[-1].append(piece)
        elif piece in short_organisations():
            if k + 1 < len(pieces) and _takes_short_piece(piece, pieces[k + 1]):
                opening = piece  # `兰大` / `一院`: the hospital's name
            else:
                groups.append([piece])
        elif k + 1 < len(pieces) and _opens_name(piece, pieces[k + 1]):
            opening = piece
        else:
            return None
    return groups


def _takes_short_piece(listed: str, after: str) -> bool:
    """Whether a listed two-hanzi organisation (`lexicon.short_organisations`: `兰大`, `北大`) opens
    the name of a body of its own whose short piece follows it (`一院`, `附中`): the piece is no
    listed organisation (`北大 清华`), no person's name, no place's name (`兰州`, `杭州`: it opens the
    next name, `北大 兰州 大学`), and the two together an organisation's (`is_listed_org`: `兰大一院`,
    `北大附中`). Else the piece, an orphan, would open the name after it (`北大 附中兰州大学`) or make
    the line no list (`兰大一院兰州大学`)."""
    return (
        len(after) <= _SHORT_PIECE
        and after not in short_organisations()
        and not tags_a_person(after)
        and not word_tags().get(after, "").startswith(_PLACE_TAG)
        and is_listed_org(listed + after)
    )


def _opens_name(short: str, after: str) -> bool:
    """Whether a short piece of a line of organisations opens the name after it: no person's name
    (`tags_a_person`) and no organ of its own (`团委`, `科协`: `is_listed_org`) unless a place's name
    (`兰州` / `大学`), the two together an organisation's (`中央` / `文献研究室`). A listed two-hanzi
    organisation (`央视`) is an organisation of its own, which opens no other."""
    if tags_a_person(short) or not is_listed_org(short + after):
        return False
    return not is_listed_org(short) or word_tags().get(short, "").startswith(_PLACE_TAG)


def _one_name(before: Sequence[str], after: Sequence[str], following: str | None) -> bool:
    """Whether two names of a line of organisations, each the pieces `_joined_short_pieces` grouped,
    are one organisation's a stray space broke (`_one_organisation`): whole (`全国人大` / `常委会`,
    `兰州市人大` / `办公厅`), or, when the name after is a name with its organ joined on, by its first
    piece and the organ after it: a chain of one name, place over place over organ (`兰州市` /
    `城关区` `团委`, as `兰州市 城关区` is one before `团委` joins it)."""
    name = "".join(before)
    if _one_organisation(name, "".join(after), following):
        return True
    return len(after) > 1 and len(after[0]) > _SHORT_PIECE and _one_organisation(name, after[0], after[1])


def _stray_gaps(start: int, groups: Sequence[Sequence[str]], broken: Sequence[bool]) -> list[int]:
    """The offsets of the stray spaces in a line of organisations whose names open at `start`: those
    inside a name (`_joined_short_pieces`) and those between two names that are one (`broken`)."""
    stray: list[int] = []
    gap = start
    for k, group in enumerate(groups):
        for piece in group[:-1]:
            gap += len(piece)
            stray.append(gap)
            gap += 1
        gap += len(group[-1])
        if k < len(broken) and broken[k]:
            stray.append(gap)
        gap += 1
    return stray


#: A place name's suffix and the level of the place (`_place_level`): a province, a city or
#: prefecture, a county or a district, a township or a street, a village or a community. Longest
#: first (`自治区` before `区`, `社区` before `区`).
_PLACE_LEVELS = (
    ("自治区", 1), ("省", 1), ("地区", 2), ("市", 2), ("州", 2), ("盟", 2), ("社区", 5), ("区", 3), ("县", 3),
    ("旗", 3), ("街道", 4), ("镇", 4), ("乡", 4), ("村", 5),
)
#: A government body's department named without its owner (`_bare_department_word`): `教育局`,
#: `宣传部`, `人民政府`, `卫健委`; `word` the department's kind.
_DEPARTMENT = regex.compile(r"(?P<stem>\p{Han}+?)(?P<word>政府|委员会|办公室|局|厅|部|委|办|署)")
#: The hanzi that end a place's name, which an owner named before a department holds (`城关区教育局`).
_PLACE_HANZI = frozenset("省市区县州盟旗镇乡村")
#: jieba's tag of a place's name (`兰州`, `七里河区`).
_PLACE_TAG = "ns"
#: The hanzi that end a whole place's name and no place name's stem (`兰州市区` is part of a city;
#: `兰州市`, `景德镇市`, `安乡县` end their stems with a place's hanzi).
_WHOLE_PLACE_HANZI = frozenset("省市区县")
#: The fewest hanzi a place name's stem holds (`兰州市`: 兰州; `新区` is no place's name).
_MIN_PLACE_STEM = 2
#: A party committee named with its place (`中共兰州市委`, `兰州大学党委`) or the party's central
#: committee (`中共中央`, `党中央`, as `_LIST_ORG_SUFFIX` names it), an owner of departments.
_PARTY_COMMITTEE = regex.compile(r"\p{Han}*(?:[省市区县州盟旗]委|党委)|中共中央|党中央")
#: A government: a place's (`甘肃省人民政府`) or the country's (`国务院`), an owner of departments.
_GOVERNMENT = regex.compile(r"\p{Han}*政府|(?:中华人民共和国)?国务院")
#: A people's congress or a political consultative conference, of a place or of the country
#: (`全国人大`, `兰州市人大`, `甘肃省政协`), an owner of a standing committee, an office and committees
#: (`_CONGRESS_ORGAN`, `_OWNED_DEPARTMENTS`: `全国人大 常委会`, `兰州市政协 文史委`).
_CONGRESS = regex.compile(r"\p{Han}*(?:人大|政协|人民代表大会|政治协商会议)")
#: The organs of a congress no department's word ends as its own: its standing committee, its
#: general office, its office (`全国人大 常委会`, `兰州市人大 办公厅`, `兰州市政协 办公室`).
_CONGRESS_ORGAN = regex.compile(r"常委会|常务委员会|办公厅|办公室")
#: The organs every organisation keeps, named by their kind alone, printed after their owner (`央视
#: 党委`, `兰州大学 团委`, `人民日报社 工会`): its party committee, its party group, its youth league
#: committee, its discipline committee, its trade union.
_OWN_ORGAN = regex.compile(r"党委|党组|团委|纪委|工会")
#: A unit named by its kind that a department keeps (`_keeps_unit`: `公安厅 交警总队`, `公安局
#: 交警支队`): a corps, a detachment, a brigade, a squadron.
_UNIT = regex.compile(r"\p{Han}{1,4}?(?:总队|支队|大队|中队)")
#: A department that keeps such units: public security, emergency management, fire and rescue
#: (`甘肃省公安厅`, `兰州市公安局`, `甘肃省应急管理厅`, `消防救援局`); not any bureau (`兰州市教育局
#: 消防支队` are two).
_UNIT_OWNER = regex.compile(r"\p{Han}*(?:公安|应急管理|消防救援|消防)(?:厅|局)")
#: A government's commissions, printed by a short name ending in `委` as a congress's committees are
#: (`文史委`), which no congress owns (`甘肃省政协 卫健委` are two).
_GOVERNMENT_COMMISSION = regex.compile(r"\p{Han}*(?:卫健委|卫计委|发改委|国资委|经信委|工信委|住建委|交委)")
#: A development zone or a new area named with its place (`兰州新区`, `兰州经济开发区`, `兰州国际港务区`),
#: which a committee runs with bureaus of its own (`兰州新区 教育局`) as a place's government does,
#: but no place's name (`_place_level`): no place over or under it is one name with it.
_ZONE = regex.compile(r"\p{Han}{2,}(?:新区|开发区|高新区|经济区|园区|试验区|示范区|保税区|港务区|自贸区)")
#: The departments' words each kind of owner (`_owner_kind`) names one of its own by: a place its
#: government (`城关区 人民政府`) and the government's bureaus (`兰州市 教育局`, `甘肃省 教育厅`), a
#: party committee its departments (`中共兰州市委 宣传部`), a government its bureaus (`甘肃省人民政府
#: 办公厅`). A ministry (`教育部`) is no place's or government's: `甘肃省人民政府 教育部` are two.
_OWNED_DEPARTMENTS = {
    "place": frozenset({"政府", "委员会", "办公室", "局", "厅", "委", "办", "署"}),
    "party": frozenset({"委员会", "办公室", "部", "委", "办"}),
    "government": frozenset({"委员会", "办公室", "局", "厅", "委", "办", "署"}),
    "congress": frozenset({"委员会", "办公室", "委", "办"}),
}
#: The organs of a party committee named by their kind alone that no department's word ends as the
#: party's own (`_OWNED_DEPARTMENTS`): its political bureau, its secretariat, its general office, its
#: bureaus and offices (`中共中央 政治局`, `中共中央 办公厅`, `中共兰州市委 老干部局`), its school.
_PARTY_ORGAN = regex.compile(r"政治局|书记处|办公厅|老干部局|机要局|保密局|政策研究室|党史研究室|党校")
#: Words naming a body of the whole country (`国家体育总局`, `中国科协`, `最高人民法院`), which no
#: place owns however it is printed after one.
_NATIONAL = regex.compile(r"国家|中国|中华|全国|中央|最高|国务院")
#: jieba's tags of the words of a body named by its kind alone (`_named_by_kind`): nouns (`体育中心`,
#: `科学技术协会`), verbal nouns and verbs (`实验小学`, `疾病预防控制中心`), set phrases (`控制中心`),
#: abbreviations (`科协`) and distinguishing words (`中级`); not a name (`nr`, `ns`, `nt`, `nz`).
_KIND_WORD_TAGS = frozenset({"n", "vn", "v", "l", "j", "b"})
#: Words jieba's dictionary tags a name or a time (`青少年`, `慈善`: a person's name; `老年`, `青年`: a
#: time; `红十字会`, `新华书店`, `联合会`: an organisation's) that a body named by its kind is named by
#: (`_kind_word`): the people it serves or gathers (`青少年活动中心`, `老年活动中心`, `残疾人联合会`),
#: or a body every place has one of, whose place's name before it is its own (`兰州市红十字会`,
#: `甘肃省新华书店`, as `兰州市总工会`). Not so a body of the country (`中国红十字会`, `_NATIONAL`).
_KIND_WORDS = frozenset({"青少年", "青年", "老年", "慈善", "联合会", "红十字会", "新华书店"})
#: The words of `_KIND_WORDS` naming the people a body serves or its cause (`青年`, `慈善`), which name a
#: body's kind only in the name of a body that gathers or serves them (`_SERVING_BODY`): a company or
#: a school may have one in a name of its own (`青年汽车集团`, `青年政治学院`).
_SERVED_WORDS = frozenset({"青少年", "青年", "老年", "慈善"})
#: What ends the name of a body gathering or serving people (`_SERVED_WORDS`): a centre, a
#: federation, an association, a foundation, a hall or a palace (`青少年活动中心`, `青年联合会`,
#: `慈善总会`, `青年志愿者协会`, `青少年科技馆`, `青少年宫`).
_SERVING_BODY = regex.compile(r"(?:中心|联合会|总会|协会|基金会|促进会|联谊会|之家|活动站|馆|宫)$")
#: An ordinal a body named by its kind opens with (`第一中学`, `第三十一中学`, `第一人民医院`).
_ORDINAL = regex.compile(r"第[〇零一二三四五六七八九十百两]+")
#: The organs of state jieba tags an organisation's name (`nt`) that are still named by their kind
#: alone: `人民法院`, `人民检察院`, `人民政府`, `人民代表大会`, `人大常委会`.
_KIND_ORGAN = regex.compile(r"\p{Han}*?(?:法院|检察院|政府|代表大会|常委会|委员会)")


#: What ends the name of an organisation that keeps bodies of its own, printed after it without an
#: owner (`_heads_kind_body`): a university, a college, an academy (`兰州大学`, `兰州交通大学`,
#: `甘肃中医药学院`, `中国科学院`, `甘肃省社会科学院`).
_AFFILIATE_OWNER = regex.compile(r"(?:大学|学院|科学院|研究院)$")
#: A body such an organisation keeps, named by its kind alone, which never stands alone in a list
#: (`_heads_kind_body`): a press, a library, an archive, a museum (`出版社`, `图书馆`, `档案馆`,
#: `博物馆`), an attached hospital or school (`附属医院`, `第一附属医院`, `附属中学`), a numbered
#: hospital (`第一医院`, `第二临床医院`). Not a bare hospital, school or bureau (`医院`, `中学`,
#: `气象局`), nor anything a common word qualifies (`科学出版社`, `读者杂志社`: a publisher's, a
#: magazine's own names).
_AFFILIATED_BODY = regex.compile(
    r"出版社|图书馆|档案馆|博物馆"
    r"|(?:第[〇零一二三四五六七八九十百两]+)?附属(?:第[〇零一二三四五六七八九十百两]+)?(?:医院|中学|小学|幼儿园|学校)"
    r"|第[〇零一二三四五六七八九十百两]+(?:临床)?医院"
)
#: The end of the name of a paper, a news site, a news agency, a magazine or a station (`甘肃日报`,
#: `兰州晚报`, `人民网`, `甘肃日报社`, `新华通讯社`, `读者杂志社`, `甘肃省广播电视台`): a complete name
#: wherever it stands in a list, never a body a place or an organisation before it owns
#: (`_named_by_kind`, `_heads_kind_body`: `兰州市 经济日报`, `新华社 人民网` are two).
_MEDIA_NAME = regex.compile(r"(?:报|网|报社|杂志|杂志社|通讯社|新闻社|电视台|电台)$")
#: A paper, a station or a magazine named by its kind alone (`电视台`, `广播电视台`, `日报社`), no name
#: of its own: a place before it owns it (`兰州市 电视台`, `甘肃省 广播电视台`), as any body of a kind.
_MEDIA_KIND = regex.compile(r"(?:广播)?(?:电视台|电台)|日报社|报社|杂志社")
#: A paper's or a station's newsroom, which no list names alone (`兰州晚报 编辑部`, `甘肃日报社 编辑部`).
_MEDIA_OFFICE = regex.compile(r"编辑部")


def _place_level(name: str) -> int | None:
    """The level of the place a piece of a list names and nothing else (`_PLACE_LEVELS`: `甘肃省` 1,
    `兰州市` 2, `城关区`, `榆中县` 3), None when it names no place alone (`兰州市教育局`, `兰州大学`)
    or its suffix follows no place's name (`_is_place_stem`: `华润万家超市`, `兰州经济开发区`)."""
    for suffix, level in _PLACE_LEVELS:
        if name.endswith(suffix):
            return level if _is_place_stem(name[: -len(suffix)], name) else None
    return None


def _opening_level(name: str) -> int | None:
    """The level of the place a piece opens with (`_PLACE_LEVELS`), read by its suffix alone after
    a stem of two hanzi or more, whatever the stem: `麦积区` 3, which jieba's dictionary does not
    know, as `城关区`; `七里河区人民检察院` 3, a district's body; `兰州市城关区` 2. None with no such
    opening (`兰州大学`)."""
    for end in range(_MIN_PLACE_STEM + 1, len(name) + 1):
        head = name[:end]
        for suffix, level in _PLACE_LEVELS:
            if head.endswith(suffix) and end - len(suffix) >= _MIN_PLACE_STEM:
                return level
    return None


def _is_place_stem(stem: str, name: str) -> bool:
    """Whether `stem`, `name` without its place suffix, is a place's name: two hanzi or more, not
    ending as a whole place does (`_WHOLE_PLACE_HANZI`: `兰州市区`), and jieba's dictionary tags
    the stem or the whole name a place (`兰州`, `天水市`). Not so `超市` (华润万家), `开发区`,
    `新区`, `港务区` after a place (`兰州港务`, `兰州新`: no dictionary word): shops and zones."""
    if len(stem) < _MIN_PLACE_STEM or stem[-1] in _WHOLE_PLACE_HANZI:
        return False
    tags = word_tags()
    return tags.get(stem, "").startswith(_PLACE_TAG) or tags.get(name, "").startswith(_PLACE_TAG)


def _bare_department_word(name: str) -> str | None:
    """The department's word (`局`, `部`, `政府`) of a piece of a list that is a government body's
    department named without its owner (`教育局`, `宣传部`, `人民政府`, `卫健委`): the words before
    the department's word name no place (`_PLACE_HANZI`: `城关区教育局` names its owner) and are no
    proper name to jieba's dictionary, nor a paper's or a station's name (`_named_medium`:
    `甘肃日报社编辑部` is the paper's newsroom, no department of a party committee before it). None for
    any other piece."""
    m = _DEPARTMENT.fullmatch(name)
    if m is None:
        return None
    stem = m.group("stem")
    if any(_named_medium(stem[:end]) for end in range(_MIN_PLACE_STEM, len(stem) + 1)):
        return None
    if any(c in _PLACE_HANZI for c in stem) or word_tags().get(stem, "").startswith(_PROPER_NAME_TAGS):
        return None
    return None if _NATIONAL.search(stem) else m.group("word")  # `国家统计局` is the country's


def _owner_kind(name: str) -> str | None:
    """What kind of owner of departments a piece of a list names (`_OWNED_DEPARTMENTS`): a place
    (`_place_level`: `兰州市`) or a zone (`_ZONE`: `兰州新区`, which owns what a place owns), a party
    committee (`中共兰州市委`, `中共中央`), a government (`甘肃省人民政府`, `国务院`) or a congress
    (`_CONGRESS`: `全国人大`, `兰州市政协`); None for any other organisation (`中国科协`, `全国妇联`,
    `兰州大学`), which owns no department printed after it."""
    if _place_level(name) is not None or _ZONE.fullmatch(name) is not None:
        return "place"
    if _PARTY_COMMITTEE.fullmatch(name) is not None:
        return "party"
    if _GOVERNMENT.fullmatch(name) is not None:
        return "government"
    return "congress" if _CONGRESS.fullmatch(name) is not None else None


def _one_organisation(before: str, after: str, following: str | None = None) -> bool:
    """Whether two pieces of a list after a label (`org_list_gaps`), one after the other, are one
    organisation's name a stray space broke: a place over a lower place (`兰州市 城关区`; `榆中县
    永登县` are two counties, `城关区 七里河区`, `兰州市 天水市` two places), a place, a party
    committee or a government over a department of its kind named without an owner (`兰州市 教育局`,
    `中共兰州市委 宣传部`, `城关区 人民政府`; `财政部 教育部`, `中国科协 教育部`, `甘肃省人民政府 教育部`
    are two), or a place over a body named by its kind alone (`_named_by_kind`: `兰州市 人民检察院`,
    `兰州市 第一中学`; `兰州市 兰州大学` are two), or a university over a body it keeps or a paper over
    its newsroom (`_heads_kind_body`: `兰州大学 出版社`, `兰州晚报 编辑部`; `兰州市教育局 体育局`, `新华社
    人民网` are two). When the piece `following` the pair is a part of
    the second's kind (`_parts_of_one_kind`: `天水市 秦州区 麦积区`, `兰州市 第一中学 第二中学`),
    the place heads two parts or more, each an item: two. When in doubt, two: a kept stray space
    loses no text."""
    level, after_level = _place_level(before), _place_level(after)
    if level is not None and after_level is not None:
        return after_level > level and not _parts_of_one_kind(after, following)
    owner = _owner_kind(before)
    if owner != "place" and _OWN_ORGAN.fullmatch(after) is not None:
        return True  # `央视 党委`: the organisation's own organ
    if owner is None:
        return _heads_kind_body(before, after, following)
    if _owns(before, after):
        return owner != "place" or not _parts_of_one_kind(after, following)
    return owner == "place" and _named_by_kind(after) and not _parts_of_one_kind(after, following)


def _heads_kind_body(before: str, after: str, following: str | None) -> bool:
    """Whether an organisation that keeps bodies of its own stands over one named by its kind alone,
    which never stands alone in a list: a university, a college or an academy (`_AFFILIATE_OWNER`:
    `兰州大学`, `中国科学院`) over its press, library, archive or museum or a hospital or a school
    attached to it (`_AFFILIATED_BODY`: `兰州大学 出版社`, `兰州大学 第一医院`, `兰州大学 附属医院`), or
    a paper, a magazine or a station over its newsroom (`_MEDIA_NAME`, `_MEDIA_OFFICE`: `兰州晚报
    编辑部`). Nothing else: a department, a school, a hospital, a bank or any other organisation,
    whatever its owner, is a complete name, and so is what follows it unless it is such a body
    (`兰州市教育局 体育局`, `兰州市第一中学 第二中学`, `兰州银行 工商银行`, `兰州大学 气象局`,
    `新华社 人民网`: two each), or a department over a unit it keeps (`_keeps_unit`: `公安厅 交警总队`),
    or a listed two-hanzi organisation (`lexicon.short_organisations`) over a body named by its kind
    alone (`_named_by_kind`: `央视 新闻中心`, `北大 出版社`). Not after a body named by its kind
    itself (`老年大学 图书馆`), nor when the piece `following` is another part of the body's kind
    (`_parts_of_one_kind`: `兰州大学 第一医院 第二医院`, `公安局 消防支队 特警支队`, each an item)."""
    if _keeps_unit(before, after) or _short_organisation_body(before, after):
        return not _parts_of_one_kind(after, following)
    if _MEDIA_NAME.search(before) is not None:
        return _MEDIA_OFFICE.fullmatch(after) is not None
    if _AFFILIATE_OWNER.search(before) is None or _AFFILIATED_BODY.fullmatch(after) is None:
        return False
    return not _named_by_kind(before) and not _parts_of_one_kind(after, following)


def _short_organisation_body(before: str, after: str) -> bool:
    """Whether a listed two-hanzi organisation (`lexicon.short_organisations`: `央视`, `北大`) stands
    over a body named by its kind alone (`_named_by_kind`: `新闻中心`, `出版社`), its own; not over
    another listed one (`清华 人大`: `人大` alone is read by its kind too)."""
    listed = short_organisations()
    return before in listed and after not in listed and _named_by_kind(after)


def _keeps_unit(before: str, after: str) -> bool:
    """Whether a department (`_UNIT_OWNER`: `公安厅`, `兰州市公安局`) stands over a unit named by its
    kind alone (`_UNIT`, `_named_by_kind`: `交警总队`, `消防支队`), which is its own: `甘肃省公安厅
    交警总队` is one body."""
    return (
        _UNIT_OWNER.fullmatch(before) is not None
        and _UNIT.fullmatch(after) is not None
        and _named_by_kind(after)
    )


def _owns(before: str, after: str) -> bool:
    """Whether a place, a party committee or a government (`_owner_kind`) stands over a department
    of its kind named without an owner (`_bare_department_word`, `_OWNED_DEPARTMENTS`): `兰州市
    教育局`, `中共兰州市委 宣传部`, `人民政府 教育局`, or a party committee over an organ of its own
    (`_PARTY_ORGAN`: `中共中央 政治局`); not `兰州市 教育部`, `中国科协 教育部`."""
    owner = _owner_kind(before)
    if owner == "party" and _PARTY_ORGAN.fullmatch(after) is not None:
        return True
    if owner == "congress":
        if _CONGRESS_ORGAN.fullmatch(after) is not None:
            return True
        if _GOVERNMENT_COMMISSION.fullmatch(after) is not None:
            return False  # `卫健委` is the government's
    word = _bare_department_word(after)
    return owner is not None and word is not None and word in _OWNED_DEPARTMENTS[owner]


def _parts_of_one_kind(part: str, following: str | None) -> bool:
    """Whether the piece `following` a place's part in a list (`_one_organisation`) is a part of
    the same kind: after a place, one opening with a place of the part's level (`_opening_level`,
    the stem unread, as a kept gap loses no text: `秦州区` / `麦积区`; `城关区` / `七里河区人民检察院`,
    so that normalising what this step gives keeps the gap it kept), after a department or a body
    named by its kind, another such (`_owned_part`: `教育局` / `体育局`, `第一中学` / `第二中学`) that
    is not the part's own (`_owns`: `人民政府` / `教育局` is one government's bureau)."""
    if following is None:
        return False
    level = _place_level(part)
    if level is not None:
        return _opening_level(following) == level
    return _owned_part(following) and not _owns(part, following) and not _keeps_unit(part, following)


def _owned_part(name: str) -> bool:
    """Whether a piece of a list is a place's part with no owner of its own: a department of a
    place's government named without one (`教育局`, `人民政府`) or a body named by its kind alone
    (`_named_by_kind`)."""
    word = _bare_department_word(name)
    return (word is not None and word in _OWNED_DEPARTMENTS["place"]) or _named_by_kind(name)


def _named_by_kind(name: str) -> bool:
    """Whether a piece of a list names a body by its kind alone, with no place and no proper name
    in it (`人民检察院`, `第一人民医院`, `总工会`, `科学技术协会`, `第一中学`, `体育中心`, `委员会`):
    every word of it, after an ordinal (`_ORDINAL`: `第一`), a common word (`_KIND_WORD_TAGS`), one
    of the few words the dictionary tags a name or a time that a body of a kind is named by
    (`_KIND_WORDS`, `_kind_word`: `兰州市 红十字会`, `青少年活动中心`), an organ of state
    (`_KIND_ORGAN`: `人民法院`) or a word it tags an organisation that is common words and a body's
    word (`_kind_compound`: `中医医院`). Such a body is never an item of a list on its
    own: the place before it is its owner. Not so a body with a name (`兰州大学`, `东岗中学`: jieba
    tags a name in it), of the country (`_NATIONAL`: `国家体育总局`, `最高人民法院`), a ministry
    (`教育部`, `交通运输部`: no place's), a paper, a site or a station with a name (`_MEDIA_NAME`:
    `经济日报`, `人民网`, each a complete name; not `电视台`, `_MEDIA_KIND`), nor a piece naming a
    place (`市一中`, `城关区教育局`)."""
    if name.endswith("部") or _NATIONAL.search(name) or any(c in _PLACE_HANZI for c in name):
        return False
    if _named_medium(name) or not is_listed_org(name):
        return False
    words = tagged_words(name)
    if _ORDINAL.fullmatch(words[0][0]) is not None:
        words = words[1:]
    return bool(words) and all(
        _kind_word(word, tag, name)
        or (tag == "nt" and (_KIND_ORGAN.fullmatch(word) is not None or _kind_compound(word)))
        for word, tag in words
    )


def _kind_word(word: str, tag: str | None, name: str) -> bool:
    """Whether a word of a body's name `name`, tagged `tag` by jieba, names the body's kind, not the
    body: a common word (`_KIND_WORD_TAGS`: `体育`, `中心`) or one of the words the dictionary tags a
    name or a time that a body of a kind is named by (`_KIND_WORDS`: `红十字会`; `青少年` in a body
    serving people, `_SERVED_WORDS`: `青少年活动中心`, not `青年汽车集团`)."""
    if tag in _KIND_WORD_TAGS:
        return True
    return word in _KIND_WORDS and (word not in _SERVED_WORDS or _SERVING_BODY.search(name) is not None)


def _named_medium(name: str) -> bool:
    """Whether a piece of a list names a paper, a site, an agency or a station by a name of its own
    (`_MEDIA_NAME`: `经济日报`, `兰州晚报`, `人民网`, `新华社`), a complete name, not by its kind alone
    (`_MEDIA_KIND`: `电视台`, `日报社`)."""
    return _MEDIA_NAME.search(name) is not None and _MEDIA_KIND.fullmatch(name) is None


def _kind_compound(word: str) -> bool:
    """Whether a word jieba tags an organisation's name (`nt`) is a body's kind all the same: cut
    from the left into the longest words of its dictionary, it is common words (`_KIND_WORD_TAGS`)
    and a body's word at its end, one hanzi or more (`中医` / `医院`, `公安` / `局`, `作家` / `协会`,
    `美术` / `馆`). A name's first word is no common one (`人民日报` / `社`, `新华` / `社`, `兰州` / `大学`):
    the longest cut keeps it whole."""
    tags = word_tags()
    pieces: list[str] = []
    rest = word
    while rest:
        end = next((k for k in range(len(rest), 0, -1) if rest[:k] != word and rest[:k] in tags), 1)
        pieces.append(rest[:end])
        rest = rest[end:]
    *head, body = pieces
    return bool(head) and is_listed_org(body) and all(_kind_word(p, tags.get(p), word) for p in head)


def _names_people_only(line: str) -> bool:
    """Whether a line of names holds two names at least that are only people's (`王丽 李华`)."""
    found = _name_list_match(line)
    if found is None:
        return False
    _view, m = found
    return sum(map(_is_only_a_person, m.group("names").split())) >= _MIN_ANCHOR_NAMES


def _lists_names_in(lines: Sequence[str], k: int) -> bool:
    """Whether line `k` of a block's `lines` lists people (`lists_people`), or does so as the other
    lines show (`lists_people_beside`: `二等奖：高洁 江山` under `一等奖：王丽 李华`) and is no list label."""
    line = lines[k]
    if lists_people(line):
        return True
    return not _is_list_label(line) and lists_people_beside(line, [*lines[:k], *lines[k + 1 :]]) is not None


def _is_list_label(line: str) -> bool:
    """Whether a line may be a heading or list label over names (`获奖名单`, `一等奖`, `获奖名单：`):
    short, no punctuation or symbol but a colon at its end, no indent, no date and no name."""
    s = line.rstrip()
    if not s or s[0].isspace() or visible_len(s) > MAX_BLOCK_SUBHEAD:
        return False
    return (
        not _PUNCT_OR_SYMBOL.search(s.removesuffix("：").removesuffix(":"))
        and not is_date_line(s) and not is_bare_names_line(s)
    )


#: The roles a label line over names may take alone: a heading (`获奖名单`), or ending with its colon
#: also a paragraph (`获奖名单：`, which announces what follows). By whether it ends with its colon.
_LABEL_ROLES: dict[bool, tuple[str, ...]] = {False: ("heading",), True: ("heading", "body")}


def _names_runs_labelled(
    block: Block,
    text: str,
    emphasised: Callable[[Block], Sequence[str]] | None,
    lines: Sequence[str],
    names: Sequence[bool],
    *,
    listed: bool = False,
) -> list[Block] | None:
    """`_labels_over_names_pieces`' pieces: each label line labelled alone (a heading, or a paragraph
    ending with its colon), each run of name lines labelled alone (a paragraph). None when a label
    line reads as anything else (a byline, furniture) or a run of names as no paragraph. With
    `listed` (the labels show the list: `labelled_list_lines`) each run of names is a paragraph
    whatever it reads as alone (`王丽 李华` alone is a byline's)."""
    spans: list[tuple[int, int, bool]] = []  # (start, end, names) of each label line and names run
    offset = block.start
    for ln, found in zip(lines, names, strict=True):
        end = offset + len(ln)
        if found and spans and spans[-1][2]:
            spans[-1] = (spans[-1][0], end, True)
        else:
            spans.append((offset, end, found))
        offset = end + 1
    cuts: list[tuple[int, str]] = []
    runs: set[int] = set()  # where the runs of names start (`listed`)
    for start, end, found in spans:
        piece = _piece(block, text, start, end, "body", 1)
        if found and listed:
            cuts.append((piece.start, "body"))
            runs.add(piece.start)
            continue
        labelled = _label_by_text(piece, text, emphasised, nested=1)
        wanted = ("body",) if found else _LABEL_ROLES[piece.text.endswith(("：", ":"))]
        if any(p.role not in wanted for p in labelled):
            return None
        cuts.extend((p.start, p.role) for p in labelled)
    pieces = _split(block, text, cuts)
    for p in pieces:
        if p.start in runs:
            p.hints = p.hints | {LISTED_NAMES}
    return pieces


def _verse_signed_pieces(block: Block, text: str, start: int) -> list[Block] | None:
    """The pieces of a block of flat text from `start` (an offset into its text: 0, or the line under
    its title lines) when a poem's verse runs to a last line of bare names alone, the poet's
    (`床前明月光，疑是地上霜。` / `举头望明月，低头思故乡。` / `李白`): the verse, a paragraph, then the
    name, the poem's signature, as `（李白）` under it is. The lines over the name must be regular verse
    (`set_line_kind`) and the name one line of one to three bare names (`is_bare_names_line`).
    None otherwise: a name under prose stays the paragraph's."""
    s = block.text.rstrip()
    nl = s.rfind("\n")
    if nl <= start or not is_bare_names_line(s[nl + 1 :]):
        return None
    kind = set_line_kind(s[start:nl])
    if kind is None or not kind.startswith("verse"):
        return None
    verse = _piece(block, text, block.start + start, block.start + nl, "body", 1)
    return [verse, _piece(block, text, block.start + nl + 1, block.end, "signature", 1)]


def verse_under_title(title: str, rest: str) -> bool:
    """Whether the lines under a block's title lines are a poem's verse (`set_line_kind`: one line or
    more of regular verse, `床前明月光，疑是地上霜。`) and none of the title lines is a line of verse
    (the first line of a stanza is no title over the others). Shared by the labels
    (`_title_over_byline_pieces`), which cut the title off the poem, and the spacing step, which keeps
    the title's phrase gaps and the poem's caesuras as they are read."""
    kind = set_line_kind(rest)
    if kind is None or not kind.startswith("verse"):
        return False
    return all(verse_line_size(line) is None for line in title.split("\n"))


def _bare_names_pieces(
    block: Block, text: str, emphasised: Callable[[Block], Sequence[str]] | None, start: int
) -> list[Block] | None:
    """The pieces of `block` from `start` (an offset into its text: the line under its title lines)
    when that line holds bare names alone (`_bare_names_line_end`: `秋日登高` / `张明`, a poem's or an
    essay's writer): the byline, then what follows labelled as a block of its own. None otherwise."""
    s = block.text
    end = _bare_names_line_end(s, start)
    if end is None:
        return None
    names = _piece(block, text, block.start + start, block.start + end, "byline", 1)
    if not s[end:].strip():
        return [names]
    rest = _piece(block, text, block.start + end + 1, block.end, "body", 1)
    return [names, *_label_by_text(rest, text, emphasised, nested=1)]


def _bylines_under_filed(
    block: Block,
    text: str,
    emphasised: Callable[[Block], Sequence[str]] | None,
    filed: FiledByline,
    nested: int,
) -> list[Block] | None:
    """The pieces of a block opening with Taiwan's or Hong Kong's byline on a line of its own when
    the lines under it open with another byline (`記者王麗／台北報導` / `通讯员 张强` / `市府今天…`): the
    first byline, then the rest labelled as a block of its own, as printed in separate blocks. None
    when the lead opens on the byline's line or the next line opens no byline (the lead), and when
    the block is itself what follows a title or byline line `MAX_NESTED` deep."""
    s = block.text
    if nested >= MAX_NESTED or filed.lead >= len(s) or "\n" not in s[filed.end : filed.lead]:
        return None
    rest = _piece(block, text, block.start + filed.lead, block.end, "body", 1)
    pieces = _label_by_text(rest, text, emphasised, nested=nested + 1)
    if pieces[0].role != "byline":
        return None
    return _split(block, text, [(block.start, "byline"), *((p.start, p.role) for p in pieces)])


def _glued_name(text: str) -> bool:
    """Whether the hanzi glued to the reporter label opening `text` name someone (`记者王丽报道`,
    `记者仝卫`, `记者江山`) rather than spell words (`通讯员培训班`, `记者节到来`, `记者站成立`,
    `通讯员大会召开`): the pattern only sees two to four hanzi, so a surname list and the dictionary
    tell a word from a name (`lexicon.names_a_person`). Asked of the few short blocks that open with
    a glued label."""
    m = _GLUED_NAME.match(text)
    if m is None:
        return False
    start, end = m.span("name")
    return not _word_across_label(text, m.start(), start, end) and _glued_names_a_person(text, start, end)


#: The reporter's role ending a label (`记者` of `本报记者`), where a word across the label opens.
_ROLE_AT_END = regex.compile(rf"{_REPORTER_ROLE}$")


def _word_across_label(text: str, label_start: int, name_start: int, name_end: int) -> bool:
    """Whether a dictionary word opening at the reporter's role of the label `text[label_start:
    name_start]` runs on into the hanzi glued to it (`lexicon.first_word`: 记者会 of `记者会上`, 记者站
    of `记者站成立`): a noun opening with the label, so the hanzi after it are no name and the block
    is a phrase, not a byline."""
    role = _ROLE_AT_END.search(text, label_start, name_start)
    return role is not None and len(first_word(text[role.start() : name_end])) > name_start - role.start()


def credits_agencies(text: str) -> bool:
    """Whether `text` is a bracketed line crediting news agencies and nothing else (`（路透社）`,
    `（路透社/法新社）`, `（美聯社／路透社）`: `_AGENCY_SIGNATURE`), read through its simplified view:
    the signature closing a wire story. Before, two agencies sharing the credit made a heading, an
    empty article of its own, and `（路透社）` alone a paragraph (路透社 is no proper name to the
    dictionary: `_all_proper_names`)."""
    return _AGENCY_SIGNATURE.fullmatch(line_view(text)) is not None


#: A dispatch's dateline in brackets on a line of its own (`（本报×月×日电）`, `（新华社3月9日电）`,
#: `（本报讯）`): `_DATELINE_FORMULA` and nothing else inside the brackets.
_BRACKETED_DATELINE = regex.compile(rf"\s*[(（]\s*(?:{_DATELINE_FORMULA})\s*[)）]\s*")


def is_bracketed_dateline(text: str) -> bool:
    """Whether a block is a dispatch's dateline alone in brackets (`（本报×月×日电）`,
    `（新华社北京3月9日电）`, `（本报讯）`), read through its simplified view. Papers of the 1980s print
    it under a short item's text, where it closes the item as a signature does (`layout.assemble`:
    over a lead it is the byline, as before)."""
    return _BRACKETED_DATELINE.fullmatch(line_view(text)) is not None


def is_reporter_signature(text: str) -> bool:
    """Whether a signature block (`_SIGNATURE`) names a reporter or author by label, `（记者 王丽）`,
    `（作者：王丽）`: set between
    an article's headings and its first paragraph, that is its byline (see `layout.assemble`); a
    bare name `（王丽）` is not told apart from other bracketed notes there, so it is left as it is."""
    return _REPORTER_SIGNATURE.match(text) is not None


#: A line naming the article's author by the label and names only: `作者：王丽`, `作者：王丽 李华`, with
#: a space for the colon, `作者 王丽` (the bare twin of the signature `（作者：王丽）`), or glued,
#: `作者王丽`. Group `gap` is what sets the label apart (empty when glued), `names` the names.
_AUTHOR_LINE_NAMES = regex.compile(rf"\s*作者(?P<gap>\s*[:：]\s*|\s*)(?P<names>{_CREDIT_NAMES})\s*")


#: A name of `_CREDIT_NAMES`, up to the space or 、 after it.
_NAME_RUN = regex.compile(r"[\p{Han}·]+")


def _author_line(text: str, start: int, stop: int, *, glued: bool = True) -> regex.Match[str] | None:
    """`_AUTHOR_LINE_NAMES` over `text[start:stop]`; without a colon its first name must name a person
    and be no other dictionary word (`作者 王丽`, `作者王丽`, not `作者 简介`, `作者简介`, `作者介绍`,
    `作者的话`, which head a note or a column), and glued it must not open as an author's note does
    (`作者系教授`: `_AUTHOR_NOTE_INNER`, the writer's post, not a name). `glued=False` refuses the
    glued form (`作者王丽`). A given name of the shipped list is a name though it is also a word
    (`作者 扎西`, `作者 宝音`: `lexicon.stands_as_a_listed_name`)."""
    m = _AUTHOR_LINE_NAMES.fullmatch(text, start, stop)
    if m is None or ":" in m.group("gap") or "：" in m.group("gap"):
        return m
    if not m.group("gap") and (not glued or _AUTHOR_NOTE_INNER.match(text, start, stop)):
        return None
    first = m.start("names")
    end = _NAME_RUN.match(text, first).end()  # type: ignore[union-attr]  # (names open with one)
    return m if stands_as_a_listed_name(text, first, end) or _is_only_a_name(text, first, end) else None


def _is_only_a_name(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` names a person (`lexicon.names_a_person`) and spells no dictionary
    words (`lexicon.spells_words`: a word tagged a person's name, 高峰, does not): `王丽`, `高峰`, not
    `简介` (简 opens surnames, 简介 is a noun), `会议`, `江山`, nor words run together (`平安和谐`,
    which no dictionary entry tags), nor hanzi opening a clause (`opens_a_clause`: `作者了解到` over
    the rest of its sentence). Asked where no label says that names follow.

    That is `names_a_person`'s second test, and what passes it passes `names_a_person` whichever test
    that asks, so only it is asked: one jieba segmentation, not up to three (`names_a_person`'s word
    reaching in from before, its spelling test, and this one again). The clause is asked about only
    when the hanzi open with a surname or hold a clause's cue (`lexicon.may_open_a_clause`: `了解到`,
    `在现场`), so a name the surname list lacks is a name, untagged: `作者 其其格`, `作者热合曼`, `作者
    才让` (the tagger reads 其其 a conjunction, 热合 a verb, 才 an adverb)."""
    if spells_words(text, start, end):
        return False
    name = text[start:end]
    return not (may_open_a_clause(name) and opens_a_clause(name))


# --- the closing lines of a notice, a letter, an obituary ------------------------------------------

#: The formula a letter or a notice is signed with after the signer's name: `张伟 李娜 敬启`,
#: `某某股份有限公司 董事会 谨启` (simplified: the rules read a traditional page's view).
_CLOSING_FORMULA = r"(?:敬启|谨启|敬上|谨上|拜上|敬白|谨白)"
#: Who signs a letter to the editor before their name, a space apart: `读者 刘建国`, `市民 王丽`.
_SIGNER_LABEL = r"(?:读者|市民|网友|村民|居民|家长)"
_SIGNER_NAMES = r"[\p{Han}·]{2,4}(?:[\t\p{Zs}、]+[\p{Han}·]{2,4}){0,3}"
#: A signer's line: a label and names (`读者 刘建国`), or fields ending with a formula
#: (`张伟 李娜 敬启`, `某某股份有限公司 董事会 谨启`); no punctuation but `、`.
_SIGNER_LINE = regex.compile(
    rf"[\t\p{{Zs}}]*(?:{_SIGNER_LABEL}[\t\p{{Zs}}]+(?P<names>{_SIGNER_NAMES})"
    rf"|[^\s，。；！？：,;!?:()（）]{{1,24}}(?:[\t\p{{Zs}}]+[^\s，。；！？：,;!?:()（）]{{1,24}}){{0,3}}"
    rf"[\t\p{{Zs}}]*{_CLOSING_FORMULA})[\t\p{{Zs}}]*"
)
#: What every `_SIGNER_LINE` holds: a signer's label, or the first character of a closing formula.
_SIGNER_GATE = regex.compile(rf"{_SIGNER_LABEL}|[敬谨拜]")
#: A date closing a notice or a letter on a line of its own (`2023年10月12日`, `二〇二三年十月十二日`).
_CLOSING_DATE = regex.compile(rf"[\t\p{{Zs}}]*{_WRITTEN_DATE}[\t\p{{Zs}}]*")
#: What an issuer's name ends with beyond `ORG_SUFFIX`: a company's board, an office, a family, a
#: congress's presidium (`…第五次会议主席团`).
_ISSUER_SUFFIX = regex.compile(r"(?:董事会|理事会|监事会|办公室|指挥部|领导小组|编辑部|家属|主席团)$")
#: The longest line of a closing block, in visible characters.
_MAX_CLOSING_LINE = 30
#: The first parts of a letter's complimentary close that are one by themselves: `此致`, a reply's
#: `此复`.
_LONE_OPENERS = ("此致", "此复")
#: The close with another verb, `谨致`, `顺致`, `即致`, `谨此`, which opens one only over `敬礼`
#: (`bare_close_opener`): alone it begins a sentence as often (`谨此` / `向全体医护人员致以崇高的敬意！`,
#: `顺致` / `节日的问候！`).
_WORDED_OPENERS = ("谨致", "顺致", "即致", "谨此")
#: The first part of a letter's complimentary close, before `敬礼` (`谨致` / `敬礼！`, `顺致 敬礼`).
COMPLIMENTARY_OPENERS = _LONE_OPENERS + _WORDED_OPENERS
_CLOSE_OPENER = "|".join(COMPLIMENTARY_OPENERS)
#: The openers that need `敬礼` after them, and a bare `致`.
_VERB_OPENERS = (*_WORDED_OPENERS, "致")
#: A letter's complimentary close on lines of its own: `此致` / `敬礼！`, `此致 敬礼！` on one line,
#: `谨致` / `敬礼！` and `谨致 敬礼` alike (never `谨致` alone), a bare `致` only on the line above
#: `敬礼` (`致` / `敬礼！`): `致 敬礼！` on one line is a sentence's end as often (`大会向全体劳动者` /
#: `致 敬礼！`), and alone `致` may be any word's first character (`致` / `全市人民的一封信`).
_COMPLIMENTARY_CLOSE = regex.compile(
    rf"\s*(?:(?:{'|'.join(_LONE_OPENERS)})(?:\s*敬礼[!！。]?)?|(?:{'|'.join(_WORDED_OPENERS)})\s*敬礼[!！。]?"
    r"|致[\t\p{Zs}]*\n\s*敬礼[!！。]?|敬礼[!！。]?)\s*"
)
#: A complimentary close printed on one line, its two parts set apart by a gap (group `gap`): `此致
#: 敬礼！`, `谨此 敬礼`. The gap is printed, as the line break between them is in `此致` / `敬礼！`. A
#: bare `致` opens none (`大会向全体劳动者` / `致 敬礼！`: a sentence's OCR space).
_ONE_LINE_CLOSE = regex.compile(
    rf"[\t\p{{Zs}}]*(?:{_CLOSE_OPENER})(?P<gap>[ \t\u3000]+)敬礼[!！。]?[\t\p{{Zs}}]*"
)


def signer_line(line: str) -> tuple[int, int] | None:
    """Where a signer's line stands in `line` (offsets), when it is one: a label and a person's names
    (`读者 刘建国`, `市民 王丽 李华`: `_all_bare_names`), or names or an organisation and the formula
    that signs a letter (`张伟 李娜 敬启`, `某某股份有限公司 董事會 謹啟`). The spaces between its
    fields are the signer's (the spacing step keeps them). Read through the simplified view."""
    if not line.strip():
        return None
    view = line if in_simplified_charset(line) else simplified_view(line)  # offset for offset
    if _SIGNER_GATE.search(view) is None:
        return None  # neither a signer's label nor a closing formula: most lines, cheaply
    m = _SIGNER_LINE.fullmatch(view)
    if m is None:
        return None
    if m.group("names") is not None:
        spans = [n.span() for n in _NAME_RUN.finditer(view, m.start("names"), m.end("names"))]
        if not _all_bare_names(view, spans):
            return None
    start = len(view) - len(view.lstrip())
    return start, len(view.rstrip())


def _is_issuer_line(line: str) -> bool:
    """Whether a line above a closing date names who issues the notice: an organisation
    (`兰州公交集团有限公司`, `张德明同志治丧委员会`, `甘肃省兰州市中级人民法院`), a signer's line
    (`signer_line`) or people's names (`王丽 李华`)."""
    if visible_len(line) > _MAX_CLOSING_LINE or _SENTENCE_PUNCT.search(line) or "：" in line:
        return False
    if signer_line(line) is not None:
        return True
    bare = _INNER_SPACE.sub("", line.strip())
    if ORG_SUFFIX.search(bare) or _ISSUER_SUFFIX.search(bare):
        return True
    office = _OFFICE_BEFORE_NAMES.match(line)
    start = office.end() if office is not None else 0  # `市长 吴国桢`: the mayor signs a notice
    spans = [n.span() for n in _NAME_RUN.finditer(line, start)]
    return (0 < len(spans) <= 4 and _all_bare_names(line, spans)
            and _NAME_RUN.sub("", line[start:]).strip(" 、\u3000") == "")


#: An office a notice's signer holds, printed before the name and a space (`市长 吴国桢`, `县长 王丽`,
#: `秘书长 李华`, `主席 张强`), as Republican-era notices are signed, and an order's signer
#: (`中华人民共和国主席 习近平`, `总理 李强`): `_is_issuer_line` reads the names.
_OFFICE_BEFORE_NAMES = regex.compile(
    r"[\t\p{Zs}]*\p{Han}{0,9}(?:长|主席|主任|书记|司令|总统|总理|经理)[\t\p{Zs}]+(?=\p{Han})"
)


def is_closing_block(text: str) -> bool:
    """Whether a block is the closing lines of a notice, a letter or an obituary: who issues or signs
    it, and the date under them (`兰州公交集团有限公司` / `2023年10月12日`, `读者 刘建国` /
    `2023年10月10日`), or a signer's line alone (`张伟 李娜 敬启`: `signer_line`). At most four
    short lines without sentence punctuation. A date alone is no closing (it is a date line). The
    assembly makes such a block the signature of the article above it, where it ends it."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not 1 <= len(lines) <= 4:
        return False
    if _CLOSING_DATE.fullmatch(lines[-1]):
        return len(lines) >= 2 and all(map(_is_issuer_line, lines[:-1]))
    one = lines[0]
    return len(lines) == 1 and visible_len(one) <= _MAX_CLOSING_LINE and signer_line(one) is not None


#: The year an essay's closing dateline opens with: four digits or four hanzi numerals (`1985年`,
#: `一九八五年`, `二○二三年`, with `〇`, `零` or the OCR's `○` for zero).
_ESSAY_YEAR = r"(?:\d{4}|[一二][〇零○一二三四五六七八九]{3})\s*年"
#: What may follow the year: a month (a day or a part of the month after it) or a season, a feast
#: or a solar term (`清明`, `立秋`).
_ESSAY_IN_YEAR = (
    rf"(?:(?:\d{{1,2}}|{_HANZI_MONTH})\s*月(?:\s*(?:\d{{1,2}}|{_HANZI_DAY})\s*日|[上中下]旬|初|底)?"
    r"|[初早仲暮晚深]?[春夏秋冬](?:天|日|季|夜|月)?|春节|春節|元旦|除夕|中秋|国庆|國慶|岁末|歲末|年末|年初"
    r"|清明|端午|重阳|重陽|元宵|七夕|立春|立夏|立秋|立冬|夏至|冬至)"
)
#: The verbs of writing an essay's closing line may name (`写于`, `改定于`, `一九八五年春草于北京`).
_WRITING_VERB = r"(?:写|寫|作|草|记|記|改|改定|修改|修訂|修订|完稿|定稿|初稿|脱稿|脫稿|写定|寫定)"
#: Where it was written, after `于` (`于北京`, `於蘭州寓所`): hanzi only.
_WRITTEN_AT = r"[于於]\s*(?P<place>\p{Han}{1,10})"
#: An essay's, a poem's or an instalment's closing dateline as the writer signs it off under the text
#: (`is_essay_dateline`); an optional pair of round brackets and a leading dash around it.
_ESSAY_DATELINE = regex.compile(
    r"[\t\p{Zs}]*(?:[—－-]{1,2}[\t\p{Zs}]*)?(?P<open>[(（])?[\t\p{Zs}]*(?:"
    rf"(?P<year>{_ESSAY_YEAR})[\t\p{{Zs}}]*(?P<when>{_ESSAY_IN_YEAR})?[\t\p{{Zs}}]*"
    rf"(?:(?P<verb>{_WRITING_VERB})?[\t\p{{Zs}}]*{_WRITTEN_AT}[\t\p{{Zs}}]*{_WRITING_VERB}?"
    r"|(?P<verb>写|寫|作|草|记|記)"
    r"|[\t\p{Zs}]+(?P<spaced>\p{Han}{2,6}))?"
    rf"|(?P<verb>{_WRITING_VERB})[于於][\t\p{{Zs}}]*(?P<year>{_ESSAY_YEAR})[\t\p{{Zs}}]*(?P<when>{_ESSAY_IN_YEAR})?"
    r"(?:[\t\p{Zs}]*[于於]?[\t\p{Zs}]*(?P<place>\p{Han}{2,10}))?"
    r")[\t\p{Zs}]*(?P<close>[)）])?[\t\p{Zs}]*",
)
#: The longest essay's closing dateline, in visible characters.
_MAX_ESSAY_DATELINE = 30


def is_essay_dateline(text: str, *, bare: bool = True) -> bool:
    """Whether a block is the closing dateline a writer signs an essay, a poem or an instalment off
    with, on its own line under the text: the year, then a month, a season or where it was written
    (`一九八五年春于北京`, `二○二三年十月二十日于兰州`, `1985年春`, `（1985年春）`, `2023年10月 兰州`,
    `2023年10月20日改定于兰州`, `写于一九八五年春`, `一九八五年春於北京`). A year alone (`1985年`, a
    chronicle's entry) is none, nor a date over words that are no place (`1949年10月1日 开国大典`, a
    title holding a date; `2023年10月20日 星期五`, a running head's date), nor a place that ends with a
    verb (`2023年于北京召开`), nor a noun phrase (`写于1976年的家书`, a title). With `bare` False a
    date or a season alone, with no place, verb of writing or brackets (`一九五六年五月`,
    `2023年10月20日`, `1985年春`), is none either: over a heading it may be a chronicle's entry date
    or a memoir's subhead. The assembly reads such a
    line under an article's text as its `closer`, never as the heading of what follows it
    (`layout.assemble`)."""
    s = text.strip()
    if not s or "\n" in s or visible_len(s) > _MAX_ESSAY_DATELINE or "年" not in s:
        return False
    m = _ESSAY_DATELINE.fullmatch(s)
    if m is None or bool(m["open"]) != bool(m["close"]):
        return False
    if m["spaced"] is not None:
        return m["when"] is not None and _spaced_place(simplified_text(m["spaced"]))
    if m["place"] is not None:
        if regex.match(r"[的之]", m["place"]):
            return False  # `写于1976年的家书`: a noun phrase, a title, never a closing line
        return not tagged_words(simplified_text(m["place"]))[-1][1].startswith("v")
    if m["verb"] is not None or m["open"] is not None:
        return True
    return m["when"] is not None and bare


def _spaced_place(name: str) -> bool:
    """Whether the words after a dateline's date and a space name the place it was written in
    (`2023年10月 兰州`): a place of two or three hanzi jieba or the list of dateline places knows, or
    one ending with a place's hanzi (`兰州市`). Four hanzi jieba tags a place may be a title's words
    (`1949年10月1日 开国大典`)."""
    if name in dateline_places() or (name[-1] in _PLACE_SUFFIXES and _plain_place(name)):
        return True
    return len(name) <= 3 and _known_place(name, word_tags().get(name))


def closing_date_start(text: str) -> int | None:
    """Where the date line closing a block of closing lines starts (`is_closing_block`: the issuer
    above it signs, the date does not), as an offset into `text`: 0 for a date alone (an article's
    closing date, `_closing_dates`: nobody signs); None when the block ends with no date line."""
    body = text.rstrip()
    nl = body.rfind("\n")
    last = body[nl + 1 :]
    if not _CLOSING_DATE.fullmatch(last) and not (nl < 0 and is_essay_dateline(last)):
        return None
    return nl + 1 if body[: max(nl, 0)].strip() else 0


def is_complimentary_close(text: str) -> bool:
    """Whether a block is a letter's complimentary close (`此致` / `敬礼！`): a part of the letter's
    end, above its signer, never a heading."""
    return _COMPLIMENTARY_CLOSE.fullmatch(text) is not None


def opens_complimentary_close(text: str) -> bool:
    """Whether a block is a complimentary close opening with its first line (`此致`, `此复`, `此致` /
    `敬礼！`): no sentence goes on into it, while `敬礼！` alone may end one split before it (`…向检阅台`
    / `敬礼！`), as it ends `此致` / `敬礼！`'s own close after `此致`, which ends a paragraph."""
    return is_complimentary_close(text) and text.lstrip().startswith(COMPLIMENTARY_OPENERS)


def close_line_gap(line: str) -> tuple[int, int] | None:
    """Where the gap between the two parts of a complimentary close printed on one line stands in
    `line` (`_ONE_LINE_CLOSE`: `此致 敬礼！`, `顺致　敬礼`), as offsets; None for any other line. The
    spacing step keeps that gap: glued, `此致敬礼！` loses what the page printed, as the line break of
    `此致` / `敬礼！` would. Read through the simplified view (`此致 敬禮！`)."""
    m = _ONE_LINE_CLOSE.fullmatch(line_view(line))
    return m.span("gap") if m is not None else None


def bare_close_opener(text: str, nxt: str) -> bool:
    """Whether block `text` is a close's first part that is one only over `敬礼` (`致`, `谨致`, `顺致`,
    `即致`, `谨此`: `_VERB_OPENERS`) and the block `nxt` ends the close (`敬礼！`, `敬禮`): so no sentence
    goes on into `敬礼！` from it. Over any other block (`谨此` / `向全体医护人员致以崇高的敬意！`) it is
    no close. Read through the simplified view."""
    return text.strip() in _VERB_OPENERS and _ends_close(nxt)


def _ends_close(text: str) -> bool:
    """Whether block `text` is the close's second part alone (`敬礼！`, `敬禮`), read through the
    simplified view."""
    view = line_view(text.strip())
    return view.startswith("敬礼") and is_complimentary_close(view)


def closes_with(text: str, nxt: str | None) -> bool:
    """Whether block `text` is a complimentary close or a part of one (`is_complimentary_close`), or
    a close's first part that is one only over `敬礼` with `nxt`, the block after it, ending the close
    (`谨此` / `敬礼！`: `bare_close_opener`)."""
    return is_complimentary_close(text) or (nxt is not None and bare_close_opener(text, nxt))


#: The widest line, in visible characters, of a block whose lines all end in a mark that is read as
#: set line by line: narrower than flat text's prose measure (`join._PROSE_MEASURE`, 36 columns).
_MAX_CLOSED_LINE = 17
#: How many lines such a block holds at least: two lines of a narrow column of running text end in
#: a comma and a full stop often enough; three or more each ending so are verse or a list.
_MIN_CLOSED_LINES = 3
#: The marks a line of verse or a list item ends with; `layout.join` reads a block whose lines all end
#: so as verse or one sentence a line.
LINE_END_MARKS = frozenset("，。、；：！？…,.;:!?\"'”’」』）)")


def _each_line_closes(lines: Sequence[str]) -> bool:
    """Whether `_MIN_CLOSED_LINES` lines or more, none wider than `_MAX_CLOSED_LINE` visible
    characters, each end in a mark (`霜叶红于二月花，` / `长风万里送归鸦。` / ...)."""
    ends = [ln.rstrip() for ln in lines]
    return (len(ends) >= _MIN_CLOSED_LINES
            and all(e and e[-1] in LINE_END_MARKS and visible_len(e) <= _MAX_CLOSED_LINE for e in ends))


def keeps_its_lines(text: str) -> bool:
    """Whether a block of two lines or more is set line by line by its text alone, so no line of it
    runs on into the next: rows, names, figures or verse (`is_set_line_by_line`), a notice's or a
    letter's closing lines (`is_closing_block`), a complimentary close (`此致` / `敬礼！`), or a list
    whose every line opens an item, under one line at most that announces it (`做法：` / `1. …` /
    `2. …`), or short lines that each end in a mark (`_each_line_closes`: verse, a list of
    sentences). Flat text keeps such a block's line breaks (no `join.wrap`, or the block is no body);
    the line joins of coordinate input (`geometry.line_join_changes`) ask this before joining a
    block's lines, whose boxes look like a column's when the lines are of one length. Read through
    the simplified view."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2:
        return False
    view = "\n".join(lines)
    if not in_simplified_charset(view):
        view = simplified_view(view)
    if is_complimentary_close(view) or is_closing_block(view) or is_set_line_by_line(view):
        return True
    if _each_line_closes(lines):
        return True
    items = lines[1:] if len(lines) > 2 and not opens_list_item(lines[0]) else lines
    return all(map(opens_list_item, items))
def _closing_dates(pieces: list[Block], text: str) -> list[Block]:
    """The dates closing a notice or a letter that the text cues took for page furniture (a date
    line, `is_furniture`): a date alone on its line (`2023年10月12日`, `二〇二三年十月十二日`; not
    `2023年10月12日 星期四`), read from its text alone (`_is_text_date_line`), under the article's
    text and with nothing after it on the page but furniture, a heading or an ornament line
    (`_closes_the_text`), so never at the page's top, where a running head prints the date.
    - Right under a paragraph ending a sentence (`…特此公告。` / `2023年10月12日`), or under the
      formula alone with no full stop (`特此公告`, `_ends_text`), it is the
      article's closing date: role `signature`, which the assembly gives the article above. Over a
      heading only when the paragraph closes a notice or a letter (`closes_a_notice`): a
      chronicle (大事记) sets each entry's date over its title, under the entry before.
    - Right under who issues the notice (`兰州公交集团有限公司`, `读者 刘建国`, `市长 吴国桢`:
      `_is_issuer_line`), a heading or a line read as text (`_names_the_issuer`) under the text
      (after a complimentary close, `此致` / `敬礼！`, or not), a blank line between them, it joins
      the issuer's block: one heading, as when the two are printed in one block, which the
      assembly reads as the article's closing lines (`is_closing_block`).
    - At a coordinate page's foot (hint `foot`) it is the page's date, furniture, unless the text
      above it is a notice's or a letter's (`_foot_date_closes`).
    `text` is the page text the pieces' offsets refer to."""
    out: list[Block] = []
    for k, piece in enumerate(pieces):
        if not (out and _is_text_date_line(piece) and _closes_the_text(pieces, k + 1)):
            out.append(piece)
            continue
        above = out[-1]
        if "foot" in piece.hints and not _foot_date_closes(out):
            out.append(piece)  # the page's date in its footer, under an article that is no notice
            continue
        if above.role == "body" and _ends_text(above.text) and _closes_here(pieces, k, out):
            out.append(_with_role(piece, "signature"))
        elif _is_signed_end(out) and _closes_here(pieces, k, out[:-1]):
            out[-1] = _joined(above, piece, text)  # `…特此公告。（记者 王丽）` / `2023年10月12日`
        elif _names_the_issuer(above) and _under_text(out, len(out) - 1):
            out[-1] = _with_role(_joined(above, piece, text), "heading")  # (`县长 王大同` read as text)
        elif _is_unknown_issuer(above) and _under_notice_end(out, len(out) - 1):
            signer = _with_role(_joined(above, piece, text), "heading")  # `兰州市博物馆` / date
            signer.hints = signer.hints | {UNKNOWN_ISSUER}
            out[-1] = signer
        else:
            out.append(piece)
    return out


#: The hint on a notice's closing lines whose issuer the closing rules do not know as one
#: (`is_closing_block`): `兰州市博物馆` / `2024年11月1日` right under `特此启事。` or the notice's
#: contact lines (`_unknown_issuer_blocks`, `_closing_dates`). The assembly reads the heading as the
#: notice's closer all the same.
UNKNOWN_ISSUER = "unknown-issuer"
#: How the name of an organisation the closing rules do not know ends (beyond `ORG_SUFFIX` and
#: `_ISSUER_SUFFIX`): a museum, library or theatre hall, a press, a school or kindergarten, a troupe,
#: a works, a shop or hotel, an association, a palace of culture (`兰州市博物馆`, `甘肃某某出版社`,
#: `兰州市第一中学`, `兰州某某大酒店`, `兰州市书法家联谊会`, `兰州市青少年宫`), hanzi and digits only.
#: A name ending `会` is an organisation's only as one (`_ORG_HUI`: `…协会`, `…委员会`, `…联谊会`), never
#: an event's (`新春音乐会`, `运动会`, `博览会`, `晚会`, `招聘会`, `展销会`).
_ORG_HUI = (
    r"(?:协|委员|联谊|商|学|研究|基金|联合|促进|总|工|理事|董事|监事|校友|同乡|宗亲|分|居委|村委|业委|"
    r"书画|诗词|楹联)会"
)
_UNKNOWN_ISSUER_NAME = regex.compile(
    r"[\p{Han}\d·]{1,28}(?:馆|社|中学|小学|附中|附小|幼儿园|团|厂|店|"
    + _ORG_HUI
    + r"|处|科|室|组|台|园|场|庭|行|宫|中心)"
)


def _is_unknown_issuer(block: Block) -> bool:
    """Whether a heading, or a short line read as text, is one line shaped as an organisation's
    name (`_UNKNOWN_ISSUER_NAME`: `兰州市博物馆`, `甘肃某某出版社`), no longer than a closing line,
    and names no notice (`通知`, `遗失声明`: the next notice's label). Asked only of the line right
    over a notice's closing date and under its formula or contact lines (`_under_notice_end`)."""
    s = block.text.strip()
    if block.role not in ("heading", "body") or not s or "\n" in s or visible_len(s) > _MAX_CLOSING_LINE:
        return False
    return _UNKNOWN_ISSUER_NAME.fullmatch(line_view(s)) is not None and not names_a_document(s) \
        and notice_label(s) is None


def _under_notice_end(pieces: Sequence[Block], k: int) -> bool:
    """Whether `pieces[k]` stands right under a notice's closing formula (a paragraph ending with
    it, `…特此启事。`, `特此公告。`: `closes_a_notice`), or right under its contact lines (hint
    `NOTICE_CONTACT`, or lines read from the text as contact fields: `_is_notice_contact`) under a
    paragraph ending a sentence: the end of a notice's text, where its issuer signs it."""
    j = k - 1
    while j >= 0 and pieces[j].role in ("body", "furniture") and _is_notice_contact(pieces[j]):
        j -= 1
    if j < 0 or pieces[j].role != "body":
        return False
    return closes_a_notice(pieces[j].text) or (j < k - 1 and _ends_text(pieces[j].text))


def _unknown_issuer_blocks(pieces: list[Block]) -> list[Block]:
    """Mark (hint `UNKNOWN_ISSUER`) a heading of two lines, an organisation's name the closing rules
    do not know as an issuer's (`_is_unknown_issuer`) over a date (`兰州市博物馆` / `2024年11月1日` in
    one block), right under a notice's formula or contact lines (`_under_notice_end`), with nothing
    after it on the page but furniture, a heading, an ornament line or the page's end: the notice's
    closing lines, which the assembly makes its closer, not a new article's title."""
    for k, piece in enumerate(pieces):
        lines = [ln for ln in piece.text.splitlines() if ln.strip()]
        if piece.role != "heading" or len(lines) != 2 or UNKNOWN_ISSUER in piece.hints \
                or is_closing_block(piece.text) or not _CLOSING_DATE.fullmatch(lines[1]):
            continue
        if _is_unknown_issuer(replace(piece, text=lines[0])) and _under_notice_end(pieces, k) \
                and _closes_the_text(pieces, k + 1):
            piece.hints = piece.hints | {UNKNOWN_ISSUER}
    return pieces


def _names_the_issuer(block: Block) -> bool:
    """Whether a heading, or a short line the text cues read as text (`县长 王大同`), names who
    issues a notice or signs a letter (`_is_issuer_block`: `兰州公交集团有限公司`, `市长 吴国桢`)."""
    return block.role in ("heading", "body") and _is_issuer_block(block.text)


def _closes_here(pieces: Sequence[Block], k: int, text: Sequence[Block]) -> bool:
    """Whether the date `pieces[k]` closes the text `text` ends with (a body piece, its last
    sentence ended): nothing but an ornament line or the page's end follows it (`_heads_nothing`),
    or the text ends a notice or a letter (`closes_a_notice`, `_ends_a_document`), so the heading
    after the date is the next article's, not the one the date heads."""
    return _heads_nothing(pieces, k + 1) or _closes_a_document(text)


def _closes_a_document(text: Sequence[Block]) -> bool:
    """Whether the text `text` ends with (a body piece) ends a notice or a letter: its last paragraph
    ends with the closing formula (`closes_a_notice`: `…特此公告。`, `此致敬礼！`) or the headings
    over it name such a document or its first paragraph greets its readers (`_ends_a_document`)."""
    return closes_a_notice(text[-1].text) or _ends_a_document(text)


def _foot_date_closes(out: Sequence[Block]) -> bool:
    """Whether a date alone at a coordinate page's foot (hint `foot`: below all other text) closes
    the text above it: only a notice's or a letter's (`_closes_a_document`), right above the date
    or above who signs or issues it (a signature, an issuer's line), or a letter's complimentary
    close above its signer (`此致` / `敬礼！` / `读者 刘建国`), the notice's contact lines between
    them or not (hint `NOTICE_CONTACT`). Under any other text the foot line is
    where the page prints its date, page furniture that dates the page. Flat text, with no such
    position, reads a date under any finished text as its closing date."""
    text = list(out)
    if len(text) > 1 and text[-1].role in ("signature", "heading"):
        text.pop()  # `…特此公告。` / `（记者 王丽）` or `兰州公交集团有限公司` / `2023年10月12日`
    if text[-1].role == "heading" and is_complimentary_close(text[-1].text):
        return True
    while len(text) > 1 and NOTICE_CONTACT in text[-1].hints:
        text.pop()  # `…特此公告。` / `咨询电话：…` / `兰州市第一幼儿园` / the date at the foot
    return text[-1].role == "body" and _closes_a_document(text)


def _is_signed_end(pieces: Sequence[Block]) -> bool:
    """Whether `pieces` end with a signature (`（记者 王丽）`, not a closing date) right under a body
    piece ending a sentence: an article's signed end, under which its date may stand
    (`特此公告。（记者 王丽）` / `2023年10月12日`); one signature an article, so the two are one."""
    if len(pieces) < 2 or pieces[-1].role != "signature" or _CLOSING_DATE.fullmatch(pieces[-1].text):
        return False
    return pieces[-2].role == "body" and _ends_text(pieces[-2].text)


def _is_text_date_line(block: Block) -> bool:
    """Whether a furniture block is a date alone on one line (`_CLOSING_DATE`), read from its text
    alone: no margin hint, no region label (a line the geometry or the file placed stays furniture)."""
    if block.role != "furniture" or "margin" in block.hints:
        return False
    if block.lines and region_label(block) is not None:
        return False
    return "\n" not in block.text.strip() and _CLOSING_DATE.fullmatch(block.text) is not None


def _closes_the_text(pieces: Sequence[Block], k: int) -> bool:
    """Whether nothing follows `pieces[k-1]` on the page but furniture, then a heading, an ornament
    line or the page's end: the date there closes the text above, it heads nothing."""
    nxt = next((p for p in pieces[k:] if p.role != "furniture"), None)
    return nxt is None or nxt.role in ("heading", SEPARATOR)


def _heads_nothing(pieces: Sequence[Block], k: int) -> bool:
    """Whether nothing follows `pieces[k-1]` on the page but furniture, then an ornament line or the
    page's end: no heading the block above could be the date of."""
    nxt = next((p for p in pieces[k:] if p.role != "furniture"), None)
    return nxt is None or nxt.role == SEPARATOR


#: The formula closing a notice's or a letter's text, its last sentence or clause: `特此公告。`,
#: `特此通知`, `特此声明！`, a complimentary close in the paragraph (`…。此致敬礼！`, `此致` / `敬礼！`).
_NOTICE_FORMULA = regex.compile(
    r"(?:^|[。！？；，!?;,\n])[\t\p{Zs}]*(?:特此\p{Han}{1,2}|此致\s*敬礼)[。！!]?\s*$"
)


def closes_a_notice(text: str) -> bool:
    """Whether a paragraph ends a notice or a letter (`_NOTICE_FORMULA`: `…特此公告。`, `此致敬礼！`),
    so a date under it closes it even over the next article's title. A story's sentence may end
    so too (`…，特此说明。`, `特此感谢！`): `closes_with_document_verb` tells a notice's own."""
    if "特此" not in text and "此致" not in text:
        return False  # (the cheap test, most paragraphs: no formula's words)
    return _NOTICE_FORMULA.search(text) is not None


#: The verbs naming the document a notice's formula closes (`特此公告`, `特此声明`, `特此证明`), a
#: closed list: a story's sentence may end `特此说明` / `特此感谢` / `特此提醒`, a notice's never
#: needs those to say what it is.
_DOCUMENT_VERBS = "公告|通告|通知|通报|公示|声明|申明|函告|告知|证明|批复|函复"
#: A paragraph's last sentence or clause that is a notice's formula with such a verb, or a
#: letter's complimentary close (`…。特此公告。`, `特此声明！`, `此致敬礼！`).
_DOCUMENT_FORMULA = regex.compile(
    rf"(?:^|[。！？；，!?;,\n])[\t\p{{Zs}}]*(?:特此(?:{_DOCUMENT_VERBS})|此致\s*敬礼)[。！!]?\s*$"
)


def closes_with_document_verb(text: str) -> bool:
    """Whether a paragraph ends with a notice's formula naming its document (`_DOCUMENT_FORMULA`:
    `…特此公告。`, `特此聲明`, `特此通知`) or a letter's close (`此致敬礼！`), read through the
    simplified view: such a text ends there whatever its title, so a heading under it heads the
    next article (`layout.assemble`). `特此说明。` or `特此感谢！` is none: a story's sentence."""
    if in_simplified_charset(text):  # no OpenCC call on most pages
        if "特此" not in text and "此致" not in text:
            return False  # (the cheap test, most paragraphs: no formula's words)
        view = text
    else:
        view = simplified_view(text)
    return _DOCUMENT_FORMULA.search(view) is not None


#: A title naming a notice, a statement or a letter (`通知`, `关于召开年度总结会议的通知`, `停水公告`,
#: `郑重声明`, `致全市市民的一封信`, `寻物启事`), its number in brackets after it or not
#: (`公告（第3号）`, `通告〔2023〕5号`). A letter only by a word naming one (`诚信`, `短信` are none).
_DOCUMENT_TITLE = regex.compile(
    r"(?:通知|公告|通告|声明|启事|公示|通报|告示|讣告|倡议书|告知书|"
    r"(?:一封|公开|感谢|致歉|道歉|慰问|表扬|邀请|推荐|贺|的)信)"
    r"(?:[(（〔\[][^()（）〔〕\[\]]{1,12}[)）〕\]])?(?:第?\d{1,4}号)?$"
)
#: The longest salutation a text may open with before its colon (`各单位：请于…`), in characters.
_SALUTATION_REACH = 25
#: The units of a document's numbered parts: an article, a chapter, a section, a part (`第一条`,
#: `第二章`, `第三节`, `第3部分`).
SECTION_UNITS = "条|章|节|部分"
#: The hanzi numerals of such a part's number (`第十二条`, `第〇章`); `_SECTION_NUMBER` takes 百 too.
ORDINAL_HANZI = "一二三四五六七八九十零〇"
#: What opens a numbered section of a document's text: an item number (`一、`, `（一）`, `1.`, `①`:
#: `_ENUMERATOR`) or an article's, chapter's or part's number (`第一条`, `第二章`, `第3部分`, and
#: `第一百条`, which `assemble._SECTION_NUMERAL` leaves out: `chinese_number` reads no hundreds).
_SECTION_NUMBER = regex.compile(
    rf"{_ENUMERATOR.pattern}|\s*第[{ORDINAL_HANZI}百\d]{{1,4}}(?:{SECTION_UNITS})"
)


def opens_numbered_section(text: str) -> bool:
    """Whether a heading opens with a section's number (`一、会议时间`, `（二）参会人员`, `1. 报名方式`,
    `第一条`, `第二章 总则`: `_SECTION_NUMBER`): a section of the text above it, never a title of its
    own."""
    return _SECTION_NUMBER.match(text) is not None


def names_a_document(text: str) -> bool:
    """Whether a heading names a notice, a statement or a letter (`_DOCUMENT_TITLE`: `通知`,
    `关于召开年度会议的通知`, `招标公告`, `拟任职干部公示`, `郑重声明`, `倡议书`), its spaces and line
    breaks left out."""
    return _DOCUMENT_TITLE.search(_INNER_SPACE.sub("", "".join(text.split()))) is not None


def opens_with_salutation(text: str) -> bool:
    """Whether a paragraph opens with a salutation and its colon (`各单位：请于…`, `编辑同志：` on its
    own line: `is_salutation`), within `_SALUTATION_REACH` characters."""
    s = text.lstrip()
    colon = s.find("：", 0, _SALUTATION_REACH)
    return colon > 0 and is_salutation(s[: colon + 1])


def _ends_a_document(pieces: Sequence[Block]) -> bool:
    """Whether the text `pieces` end with (a body piece, the date's place under it) is a notice's, a
    statement's or a letter's, so a date under it closes it even over the next article's title
    (`通知` / `各单位：…请相互转告。` / `2023年10月12日` / `关于停水的通知`): the headings above the
    text, past those of its numbered sections (`一、会议时间`, `（二）…`: `_document_heads`), name
    such a document (`heads_a_numbered_document`: a notice, an order, a government's decision), or
    the text under them opens with a salutation (`各单位：`, `编辑同志：`: `opens_with_salutation`, on
    its own line or not). Not in a chronicle, which sets each entry's date over its title
    (`_dated_entry`), whatever the entry names."""
    heads = _document_heads(pieces)
    if heads is None:
        return False
    first, k = heads
    if any(heads_a_numbered_document(t.text) for t in pieces[first : k + 1]):
        return True
    text = next((p.text for p in pieces[k + 1 :] if p.role == "body"), "")
    return opens_with_salutation(text)


def _document_heads(pieces: Sequence[Block]) -> tuple[int, int] | None:
    """The first and last index of the run of headings over the text `pieces` end with (body pieces,
    furniture among them), walking back past the runs of headings that each open with a section's
    number (`opens_numbered_section`: `一、会议时间` / `10月20日上午9时。` / `二、参会人员` / …): a
    notice's numbered sections stand under its title and salutation, which tell what it is. None
    when no heading stands over text there, or a run stands right under a date line (a chronicle's
    entry, `_dated_entry`)."""
    k = len(pieces) - 1
    while True:
        while k >= 0 and pieces[k].role in ("body", "furniture"):
            k -= 1
        if k < 0 or k + 1 >= len(pieces) or pieces[k].role != "heading":
            return None
        first = k
        while first > 0 and pieces[first - 1].role == "heading":
            first -= 1
        if _dated_entry(pieces, first):
            return None
        if not all(opens_numbered_section(p.text) for p in pieces[first : k + 1]):
            return first, k
        k = first - 1


def _dated_entry(pieces: Sequence[Block], first: int) -> bool:
    """Whether the headings from `pieces[first]` on stand right under a date line
    (`_is_text_date_line`): a chronicle's entry (`2023年10月2日` / `兰州马拉松开跑`). At the page's top
    such a date may be the running head's as well as the first entry's; either way the date under
    the entry's text may head the next entry, so it is left apart."""
    return first > 0 and _is_text_date_line(pieces[first - 1])


#: The formula closing a notice, a statement or a certificate set alone on its line, as notices
#: often print it with no full stop (`特此公告`, `特此通知`, `特此声明！`): 特此 and the verb naming
#: the document, nothing else. A heading opening with these words (`特此致谢`) is none.
_NOTICE_FORMULA_LINE = regex.compile(
    rf"\s*特此(?:{_DOCUMENT_VERBS}|说明)[。！!]?\s*"
)
#: The most characters such a line holds: 特此, a verb of two, a mark.
_MAX_FORMULA_LINE = 5


def is_notice_formula(text: str) -> bool:
    """Whether a block is the formula closing a notice alone (`_NOTICE_FORMULA_LINE`: `特此公告`),
    which is its last paragraph, never a heading, with or without a full stop. Read through the
    simplified view (`特此聲明`)."""
    s = text.strip()
    if not s.startswith("特此") or len(s) > _MAX_FORMULA_LINE:
        return False
    view = s if in_simplified_charset(s) else simplified_view(s)
    return _NOTICE_FORMULA_LINE.fullmatch(view) is not None


def _ends_text(text: str) -> bool:
    """Whether a paragraph ends where its block does: it ends a sentence, or it is a notice's closing
    formula alone, with no full stop (`特此公告`, `is_notice_formula`)."""
    return ends_sentence(text) or is_notice_formula(text)


def _is_issuer_block(text: str) -> bool:
    """Whether a heading names who issues a notice or signs a letter, on at most three lines
    (`兰州公交集团有限公司`, `中共兰州市委办公厅` / `兰州市人民政府办公厅`, `读者 刘建国`)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return 1 <= len(lines) <= 3 and all(map(_is_issuer_line, lines))


def _under_text(pieces: Sequence[Block], k: int) -> bool:
    """Whether `pieces[k]` stands right under a paragraph ending a sentence (`_ends_text`), a letter's
    complimentary close (`此致` / `敬礼！`) between them or not, or right under the last line of
    winners of an award list (hint `LISTED_NAMES`, `_award_lists`), which ends where its names do:
    the office signing the list and its date (`市文化局` / `2024年5月10日`) close it, a further line of
    winners does not."""
    j = k - 1
    while j >= 0 and pieces[j].role == "heading" and closes_with(pieces[j].text, pieces[j + 1].text):
        j -= 1
    while j >= 0 and pieces[j].role == "body" and NOTICE_CONTACT in pieces[j].hints:
        j -= 1  # `…特此公告。` / `联系电话：…` / the issuer: under the notice's text
    if (j >= 0 and pieces[j].role == "body" and LISTED_NAMES in pieces[j].hints and j == k - 1
            and LISTED_NAMES not in pieces[k].hints and not _names_under_label(pieces[k].text)):
        return True  # (a further line of winners is no signing office: `陈静 赵磊` / date)
    return j >= 0 and pieces[j].role == "body" and _ends_text(pieces[j].text)


def _joined(first: Block, second: Block, text: str) -> Block:
    """One block of `first` and `second` (the next block of the page) and the blank lines between
    them, with `first`'s id and role and the zones of both (`z6 z7`: the TEI element written from
    it points at each block it was read from, as a paragraph joined across blocks does): `text` is
    the page text their offsets refer to."""
    zones = [*zone_ids(first.zone), *(z for z in zone_ids(second.zone) if z not in zone_ids(first.zone))]
    return Block(
        first.id, text[first.start : second.end], first.start, second.end, first.role,
        first.hints | second.hints, union((first.bbox, second.bbox)), [*first.lines, *second.lines],
        first.page, " ".join(zones) or None,
    )


def heading_breaks(text: str) -> frozenset[int]:
    """The offsets of the line breaks of the block `text` that flat text keeps where it reads the
    block as headings (`label_block`): those inside no body piece, so a title's lines
    (`凝心聚力谋发展` / `砥砺奋进新征程`) and the break between a title and the byline under it
    (`秋日登高` / `张明`). The line joins of coordinate input (`geometry.line_join_changes`) ask this
    of a block opening in headline type, whose lines the boxes would otherwise join. Read through the
    simplified view."""
    view = text if in_simplified_charset(text) else simplified_view(text)
    pieces = label_block(Block(id="", text=view, start=0, end=len(view)), view)
    body = [(p.start, p.end) for p in pieces if p.role == "body"]
    return frozenset(
        i for i, c in enumerate(view) if c == "\n" and not any(a < i < b for a, b in body)
    )


def names_under_title(text: str) -> bool:
    """Whether the block `text`, the lines under a title line in larger type, opens with a line of
    bare names (`张明`, `王丽 李华`: `bare_names_line_end`), the writer's, which the labels cut off as
    the byline when it stands under the title in the title's block, as flat text prints it. The
    coordinate reader (`geometry.split_paragraphs`) keeps such a line in the title's block: in a
    block of its own it would read as the title, the title above it as a kicker."""
    return bare_names_line_end(text, 0, len(text)) is not None


#: An addressee's term ending a salutation: `编辑同志：`, `各位读者：`, `各部门：`, `同志们：`.
_ADDRESS_TERM = regex.compile(
    r"(?:同志|先生|女士|老师|同学|朋友|读者|家长|市民|网友|乡亲|们|单位|部门|编辑部|编辑|公民)$"
)
_ADDRESS_OPENING = regex.compile(r"(?:尊敬的|亲爱的)\p{Han}")
#: What a salutation holds none of: punctuation but `、`, or a verb of a lead's clause before a colon
#: (`特别提醒广大市民：`, `记者从市政府获悉：`, `毛主席教导我们：`, `他号召社员同志们：`), nor does it end
#: with a pronoun (`…告诉我们：`, `…对他们：`): those introduce words quoted, no letter's addressee.
_NOT_ADDRESSEE = regex.compile(
    r"[，。！？；,.!?;：:…“”‘’「」『』()（）]|提醒|要求|表示|指出|强调|获悉|了解|介绍|通知|公告|如下|认为|告诉|说"
    r"|教导|号召|指示|嘱咐|勉励|教育|(?:我|你|他|她|它|咱)们$"
)
#: The longest salutation, in visible characters before its colon.
_MAX_SALUTATION = 24


def is_salutation(text: str) -> bool:
    """Whether a block is the salutation a letter or a notice opens with, on its own line before the
    text: an addressee and a colon (`编辑同志：`, `甘肃某某建设工程有限公司：`, `各县区、各部门：`,
    `尊敬的读者：`). The addressee is an organisation (`ORG_SUFFIX`) or ends with a term of address
    (`_ADDRESS_TERM`) or opens with one (`尊敬的`, `亲爱的`), holds no punctuation but `、` nor a
    verb of a lead's clause (`_NOT_ADDRESSEE`: `记者从市政府获悉：`, `特别提醒广大市民：`) and is
    short. The assembly keeps it a paragraph of its own."""
    s = text.strip()
    if "\n" in s or not s.endswith(("：", ":")):
        return False
    name = _INNER_SPACE.sub("", s[:-1])
    if not name or visible_len(name) > _MAX_SALUTATION or _NOT_ADDRESSEE.search(name):
        return False
    if _ADDRESS_OPENING.match(name):
        return True
    return bool(ORG_SUFFIX.search(name) or _ISSUER_SUFFIX.search(name) or _ADDRESS_TERM.search(name))


#: The column labels a paper prints over a reader's letter (`读者来信`, `来信照登`, `群众来信`), read
#: through the simplified view (`讀者來信`). Only labels that head letters: an editor's note
#: (`编者按`) heads the paper's own words, and a desk's name (`要闻`) any article.
LETTER_LABELS: frozenset[str] = frozenset({
    "来信", "读者来信", "群众来信", "人民来信", "读者来信摘登", "读者来信选登", "来信摘登", "来信选登",
    "来信照登", "读者来信照登", "读者之声", "读者信箱", "读者来函", "来函照登", "读者投书",
})


#: The column labels a paper prints over its own commentary, each piece of it an article of its own
#: (`社论`, `短评`, `编辑部文章`, `今日谈`), read through the simplified view (`短評`, `社評`). Only
#: labels naming an opinion piece: `本报评论员` names its writer (a byline), `编者按` opens an
#: editor's note run in with its words, and `评论` alone is the page's name.
OPINION_LABELS: frozenset[str] = frozenset({
    "社论", "社评", "短评", "时评", "快评", "述评", "编辑部文章", "评论员文章", "本报评论员文章",
    "今日谈", "人民论坛", "人民时评", "新华时评", "国际论坛", "望海楼",
})


def _label_key(text: str) -> str:
    """A heading as the column-label lists (`OPINION_LABELS`, `LETTER_LABELS`, `REPLY_LABELS`,
    `AD_LABELS`) hold it: the whole line in the simplified view, its spaces and its brackets
    (`【短评】`) left out."""
    s = _INNER_SPACE.sub("", text.strip())
    if is_bracketed_label(s):
        s = s[1:-1]
    return simplified_text(s)


def is_opinion_label(text: str) -> bool:
    """Whether a heading is a column label over a commentary (`OPINION_LABELS`: `短评`, `【短评】`,
    `编辑部文章`, `社評`), the whole line, its brackets and spaces left out. Over a title it opens
    that piece, an article of its own (see `layout.assemble`), never a subhead of the piece above."""
    return _label_key(text) in OPINION_LABELS


def is_commentator_byline(text: str) -> bool:
    """Whether a byline names a commentator (`本报评论员`, `本报特约评论员 张明`, `本報評論員`): a
    paper prints it over the title of the piece as often as under it."""
    return "评论员" in simplified_text(text)


def is_letter_label(text: str) -> bool:
    """Whether a heading is a column label over a reader's letter (`LETTER_LABELS`: `读者来信`,
    `【读者来信】`, `讀者來信`), the whole line, its brackets and spaces left out. Over a salutation it
    opens the letter, an article of its own (see `layout.assemble`), never a subhead of the article
    printed above it."""
    return _label_key(text) in LETTER_LABELS


#: The labels a paper prints over its own answer to a reader's letter, under the letter and its
#: signer (`记者调查`, `回音壁`, `部门回复`), read through the simplified view. Over such a label a
#: reader's signer line (`甘肃兰州 读者 王建国`) signs the letter above, as over the next letter's
#: label: the paper's reply is no title a kicker stands over.
REPLY_LABELS: frozenset[str] = frozenset({
    "记者调查", "记者追踪", "记者追访", "记者回访", "记者核实", "回音壁", "回音", "部门回复", "部门回应",
    "有关部门回复", "官方回复", "回复", "答复", "编辑回复", "编辑部回复", "编者按", "编后", "编后语",
})


def is_reply_label(text: str) -> bool:
    """Whether a heading is the label of the paper's reply printed under a reader's letter
    (`REPLY_LABELS`: `记者调查`, `【回音壁】`, `記者調查`), the whole line, its brackets and spaces
    left out."""
    return _label_key(text) in REPLY_LABELS


#: The labels a classified-ads page prints over each ad (`旺铺转让`, `招聘`, `房屋出租`), the whole
#: line, read through the simplified view. Under another ad or a short notice such a label opens
#: the next ad (`layout.assemble._Builder.opens_ad`); under a news story it stays a subhead.
AD_LABELS: frozenset[str] = frozenset({
    "招聘", "求职", "旺铺转让", "店铺转让", "商铺转让", "转让", "房屋出租", "房屋出售", "房屋租售", "出租",
    "出售", "求租", "求购", "二手车转让", "二手车", "车辆转让", "招商", "加盟", "家政服务", "搬家服务",
    "培训", "招生", "征婚", "寻人", "寻物", "商务信息", "便民服务", "房产信息",
})


def is_ad_label(text: str) -> bool:
    """Whether a heading is a classified ad's label (`AD_LABELS`: `旺铺转让`, `【招聘】`, `房屋出租`),
    the whole line, its brackets and spaces left out."""
    return _label_key(text) in AD_LABELS


#: The labels a classified or notices page prints over each short notice (`遗失声明`, `启事`, `讣告`,
#: `更正`), the whole line, read through the simplified view (`啟事`, `聲明`, `訃告`): a closed list,
#: as a longer title naming a document (`关于停水的通知`) heads an article of its own already.
NOTICE_LABELS: frozenset[str] = frozenset({
    "讣告", "讣闻", "遗失声明", "遗失启事", "作废声明", "声明", "郑重声明", "严正声明", "致歉声明", "启事",
    "寻人启事", "寻物启事", "招领启事", "失物招领", "招聘启事", "招生启事", "征稿启事", "征婚启事",
    "迁址启事", "更名启事", "开业启事", "停业启事", "搬迁启事", "更正", "公告", "通告", "通知", "告示",
    "拍卖公告", "注销公告", "清算公告", "减资公告", "鸣谢", "致谢", "更正启事", "更正声明", "勘误", "致歉",
})
#: The notice labels that say only that a document follows (`声明`, `公告`): a story's subhead may
#: read so too (`声明` over the statement a report quotes), so only a notice above makes one a
#: notice's label (`opens_notice_after`); the others name what kind of notice it is. A statement's
#: kind (`郑重声明`, `严正声明`, `致歉声明`) and `鸣谢` are plain too: a report quotes them as often.
_PLAIN_NOTICE_LABELS = frozenset(
    {"声明", "启事", "公告", "通告", "通知", "告示", "致谢", "郑重声明", "严正声明", "致歉声明", "鸣谢",
     "致歉"}
)
#: The last clause of a short notice's text: `特此启事。`, `特此登报声明作废。`, `声明作废。`, `，作废。`
#: (a clause of its own: a story's `…自今年起作废。` is none), `此启`, `此布`, `谨此讣告`, a
#: lost-and-found notice's `必有重谢`.
_NOTICE_END = regex.compile(
    r"(?:特此(?:登报)?\p{Han}{1,4}|(?:登报)?声明(?:作废|无效)|(?<=[，,、；\s])作废|此启|此布|谨此\p{Han}{2}"
    r"|必有(?:重|酬)谢)"
    r"[。！!]?\s*$"
)
#: The longest text a short notice prints under its label, in visible characters.
_MAX_NOTICE_TEXT = 300


def notice_label(text: str) -> str | None:
    """The notice label a heading is (`NOTICE_LABELS`: `遗失声明`, `【启事】`, `啟事`, and a label cut
    off the text it ran into, `遗失声明：`: `_run_in_notice_labels`), in the simplified view, its
    brackets, colon and spaces left out; None for any other heading."""
    s = _INNER_SPACE.sub("", text.strip()).removesuffix("：")
    if is_bracketed_label(s):
        s = s[1:-1]
    s = simplified_text(s)
    return s if s in NOTICE_LABELS else None


def is_plain_notice_label(label: str) -> bool:
    """Whether a notice label (`notice_label`) says only that a document follows (`声明`, `公告`):
    it opens a notice of its own only under another notice, never under a news story."""
    return label in _PLAIN_NOTICE_LABELS


def ends_short_notice(text: str) -> bool:
    """Whether a paragraph ends with a short notice's formula (`_NOTICE_END`: `…特此启事。`,
    `…声明作废。`, `…此启。`), read through the simplified view (`聲明作廢`)."""
    view = text if in_simplified_charset(text) else simplified_view(text)
    return _NOTICE_END.search(view.rstrip()) is not None


def is_short_notice_text(texts: Sequence[str]) -> bool:
    """Whether the paragraphs under a notice label read as a short notice's text: at most
    `_MAX_NOTICE_TEXT` visible characters in all."""
    return 0 < sum(visible_len(t) for t in texts) <= _MAX_NOTICE_TEXT


#: A notice's label run into its text with a colon (`遗失声明：北京某某公司遗失…`), as a notices page
#: prints a second notice under the same label: the label, up to 6 hanzi, and the colon.
_RUN_IN_NOTICE_LABEL = regex.compile(r"\s*(\p{Han}{2,6})：")


def _run_in_notice_labels(out: list[Block], text: str) -> list[Block]:
    """`out` with each short notice printed as a paragraph opening with its label and a colon cut
    into its label, a heading (`遗失声明：`, its colon kept), and its text, so that it is an article
    of its own: a notice right under another short notice of the same label (a notice label's
    heading over paragraphs ending with a notice's formula: `_under_short_notice`,
    `遗失声明：北京某某公司遗失营业执照副本，…声明作废。`), or a paper's correction or apology run in
    between two articles (`_is_run_in_correction`: `更正：本报…一文中，“…”应为“…”。特此更正。`), whose
    heading is hinted `RUN_IN_NOTICE`; a story's paragraph under it (`_ends_article_run`) makes it
    the story's quote, a paragraph as printed. A paragraph opening so anywhere else (a news story's
    `声明：…`) stays whole, and so does one not ending with a notice's formula."""
    if not any(b.role == "body" and "：" in b.text[:9] for b in out):
        return out  # (most pages: no colon where a label's would stand)
    result: list[Block] = []
    for i, block in enumerate(out):
        m = _RUN_IN_NOTICE_LABEL.match(block.text) if block.role == "body" else None
        if m is not None and _is_run_in_correction(block.text, m, result) and _ends_article_run(out, i):
            head, body = _split(block, text, [(block.start, "heading"), (block.start + m.end(), "body")])
            result.extend((replace(head, hints=head.hints | {RUN_IN_NOTICE}), body))
            continue
        if m is None or notice_label(m.group(1)) is None or not ends_short_notice(block.text) \
                or not is_short_notice_text([block.text[m.end() :]]) \
                or _under_short_notice(result, len(result)) != notice_label(m.group(1)):
            result.append(block)
            continue
        result.extend(_split(block, text, [(block.start, "heading"), (block.start + m.end(), "body")]))
    return result


#: The hint of a notice's label cut off the paragraph it ran into between two articles
#: (`_run_in_notice_labels`: `更正：`, `啟事：`): the assembly opens a notice of its own there
#: (`assemble._Builder.opens_notice`), whatever article stands above it.
RUN_IN_NOTICE = "run-in-notice"
#: The labels a paper prints run into its own correction, apology or announcement between two
#: articles (`更正：…特此更正。`), read through the simplified view (`更正啟事`, `勘誤`, `啟事`),
#: each with the formula's verbs that close such a notice (`_RUN_IN_FORMULA`): a story quoting a
#: correction (`…要求该企业更正：…`) opens with other words, and a statement a report quotes
#: (`声明：…特此声明。`) is not in the list.
_RUN_IN_LABEL_VERBS: dict[str, str] = {
    "更正": "更正", "更正启事": "更正", "更正声明": "更正|声明", "勘误": "更正|勘误", "致歉": "致歉|道歉",
    "启事": "启事",
}
#: The formula a run-in correction ends with, its last clause (`…。特此更正。`, `，谨此致歉。`,
#: `特此更正并致歉。`): `特此` or `谨此` and the label's verb (group `verb`), an apology after it or not.
_RUN_IN_FORMULA = regex.compile(
    r"(?:^|[。！？；，!?;,])[\t\p{Zs}]*(?:特此|谨此)(?P<verb>\p{Han}{2})(?:并(?:致歉|道歉))?[。！!]?\s*$"
)


#: The roles of a block that opens or closes an article (a title, a byline, a signer or closer, a
#: separator, `SEPARATOR`, defined below): a run-in notice or a weather strip right above one
#: stands between two articles.
_ARTICLE_EDGE_ROLES = frozenset({"heading", "byline", "signature", "separator"})


def _next_text_block(out: Sequence[Block], i: int) -> Block | None:
    """The first block after `out[i]` that is no page furniture, None at the page's end."""
    return next((b for b in out[i + 1 :] if b.role != "furniture"), None)


def _ends_article_run(out: Sequence[Block], i: int) -> bool:
    """Whether the run-in notice `out[i]` stands where an article ends: the next block (furniture
    skipped) is a title, a byline, a signer or closer, a separator (`_ARTICLE_EDGE_ROLES`), another
    run-in notice, or nothing (the page's end). A story's paragraph under it (`…发布更正声明。` /
    `更正声明：…特此声明。` / `市场监管部门表示，…`) makes it a quote the story goes on from."""
    nxt = _next_text_block(out, i)
    if nxt is None or nxt.role in _ARTICLE_EDGE_ROLES:
        return True
    m = _RUN_IN_NOTICE_LABEL.match(nxt.text) if nxt.role == "body" else None
    return m is not None and _is_run_in_correction(nxt.text, m, ())


def _is_run_in_correction(block_text: str, m: regex.Match[str], above: Sequence[Block]) -> bool:
    """Whether a body block opening with a label and a colon (`m`, `_RUN_IN_NOTICE_LABEL`) is a
    paper's correction, apology or announcement run in between two articles: the label is one of
    `_RUN_IN_LABEL_VERBS` (`更正`, `更正启事`, `勘误`, `致歉`, `啟事`), its short text ends with the
    formula naming the label's verb (`_RUN_IN_FORMULA`: `…特此更正。`, `…谨此致歉。`), and it stands
    where an article ends (`above`: under a paragraph ending a sentence, a signature, furniture, or
    at the page's top). A story's paragraph opening `更正：` with no such formula stays its text."""
    label = simplified_text(m.group(1))
    verbs = _RUN_IN_LABEL_VERBS.get(label)
    rest = block_text[m.end() :]
    if verbs is None or not is_short_notice_text([rest]):
        return False
    view = rest if in_simplified_charset(rest) else simplified_view(rest)
    f = _RUN_IN_FORMULA.search(view.rstrip())
    if f is None or regex.fullmatch(verbs, f.group("verb")) is None:
        return False
    prev = next((b for b in reversed(above) if b.role != "furniture"), None)
    return prev is None or prev.role in _ABOVE_ARTICLE_TOP or (prev.role == "body" and _ends_text(prev.text))


def _under_short_notice(out: Sequence[Block], i: int) -> str | None:
    """The label of the short notice `out[i]` stands right under (one or two body blocks, furniture
    among them, ending with a notice's formula, `ends_short_notice`, short in all,
    `is_short_notice_text`, under a notice label's heading, `notice_label`: `遗失声明`), or None: a
    run-in label opens a notice of its own only under a notice of the same label."""
    texts: list[str] = []
    k = i - 1
    while k >= 0 and out[k].role in ("body", "furniture"):
        if out[k].role == "body":
            texts.append(out[k].text)
        k -= 1
    if k < 0 or out[k].role != "heading" or notice_label(out[k].text) is None or not 1 <= len(texts) <= 2:
        return None  # (a notice's text is one paragraph, its formula alone under it or not)
    return notice_label(out[k].text) if ends_short_notice(texts[0]) and is_short_notice_text(texts) else None


#: A weather strip's label (`天气预报`, `今日天气`, `天氣預報`), its colon after it or not.
_WEATHER_STRIP_LABEL = regex.compile(r"\s*(?:今日|今天|明日|明天)?(?:天气预报|天氣預報|天气|天氣)[：:]?\s*")
#: A forecast's row: a place, then its weather and a temperature, spaced or glued, the wind after
#: it or not (`北京 晴 3℃~-5℃ 西北风3-4级`, `北京晴3℃~-5℃`, `香港 多雲 22℃~17℃`), no sentence's marks
#: but the `；` or `，` between rows or fields.
_WEATHER_ROW = regex.compile(
    r"\p{Han}{2,8}[\t\p{Zs}]*\p{Han}{1,6}[\t\p{Zs}]*[+\-−]?\d[^。！？!?\n]*[℃°][^。！？!?\n]*"
)
#: The longest weather strip's line, in visible characters.
_MAX_WEATHER_LINE = 80


def _is_weather_line(line: str) -> bool:
    """Whether one line is a weather strip's: its label and colon, then forecast rows
    (`天气预报：北京 晴 3℃~-5℃ 西北风3-4级`, `今日天气：北京晴3℃~-5℃，西北风3-4级`)."""
    m = _WEATHER_STRIP_LABEL.match(line)
    if m is None or visible_len(line) > _MAX_WEATHER_LINE:
        return False
    if not line[: m.end()].rstrip().endswith(("：", ":")):
        return False  # (a label alone, `天气预报`, heads rows under it: `_weather_strips`)
    return _WEATHER_ROW.fullmatch(line[m.end() :].strip()) is not None


def is_weather_row(line: str) -> bool:
    """Whether one line is a forecast's row alone (`北京 晴 3℃~-5℃ 西北风3-4级`, `上海 多云 12℃~6℃`):
    rows in blocks of their own head no story (`assemble`'s listing rows)."""
    s = line.strip()
    return visible_len(s) <= _MAX_WEATHER_LINE and _WEATHER_ROW.fullmatch(s) is not None \
        and not regex.search(r"[，。；！？,;!?]", s)


def _weather_strips(out: list[Block]) -> list[Block]:
    """`out` with each weather strip printed between two articles (`_between_articles`: under an
    article's last sentence, over a title or the page's end) made page furniture: a line of its
    label, colon and rows (`_is_weather_line`), or its label alone (`天气预报`) over forecast rows
    in its block (`is_weather_row`). Read as headings, such lines were the next article's
    kickers (`天气预报：北京晴3℃~-5℃西北风3-4级` over `冬小麦播种基本结束`), a block of rows a `p` of the
    article above; the furniture is an `fw` where it stands, printed as it is. Rows in blocks of
    their own under the label are a listing (`assemble`'s listing rows); a strip inside a story
    (under `…据气象台预报：`, or a story's paragraph under it) is the story's text as printed, a
    strip with no text above it (a weather box alone) is left to those rules, and prose about the
    weather (`今天北京晴，最高气温3℃。`) opens with no label."""
    if not any("天气" in b.text[:8] or "天氣" in b.text[:8] for b in out):
        return out  # (most pages: no weather label)
    result = list(out)
    for i, b in enumerate(out):
        if b.role in ("heading", "body") and _is_weather_strip(b.text) and _between_articles(out, i):
            result[i] = _with_role(b, "furniture")
    return result


def _is_weather_strip(text: str) -> bool:
    """Whether a block is a weather strip: one line of its label, colon and rows
    (`_is_weather_line`), or its label alone (`天气预报`) over forecast rows (`is_weather_row`)."""
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    if len(lines) == 1:
        return _is_weather_line(lines[0])
    return len(lines) > 1 and _WEATHER_STRIP_LABEL.fullmatch(lines[0]) is not None \
        and all(map(is_weather_row, lines[1:]))


def _between_articles(out: Sequence[Block], i: int) -> bool:
    """Whether `out[i]` stands between two articles: the block above (furniture skipped) is an
    article's text ending a sentence (not a `：` announcing what follows, `据气象台预报：`), and the
    block below is a title, a byline, a signer, a separator (`_ARTICLE_EDGE_ROLES`) or nothing
    (the page's end). A story going on under it (`明天气温将继续下降。`) holds it as its own text."""
    prev = next((b for b in reversed(out[:i]) if b.role != "furniture"), None)
    if prev is None or prev.role != "body" or not ends_sentence(prev.text):
        return False
    nxt = _next_text_block(out, i)
    return nxt is None or nxt.role in _ARTICLE_EDGE_ROLES


#: The longest signer's line with no date under it (`红星公社第三生产队 张明`), in visible characters.
_MAX_SIGNER_LINE = 24


def is_letter_signer(text: str) -> bool:
    """Whether a block is the line a letter is signed with when no date follows it: a signer's line
    (`signer_line`: `读者 刘建国`, `张伟 敬启`), names alone (`张明`, `欧阳明华`, `王丽 李华`:
    `is_bare_names_line`), or an organisation then names (`红星公社第三生产队 张明`, `红旗大队 王秀英`).
    One short line without sentence punctuation. Stricter than `_is_issuer_line`, which reads a
    line above a date: with no date a short headline (`春耕忙`) must not read as a name."""
    s = text.strip()
    if not s or "\n" in s or visible_len(s) > _MAX_SIGNER_LINE or _SENTENCE_PUNCT.search(s) or "：" in s:
        return False
    if signer_line(s) is not None or is_bare_names_line(s):
        return True
    org, sep, names = s.rpartition(" ")
    org = _INNER_SPACE.sub("", org)
    return bool(sep) and bool(org) and ORG_SUFFIX.search(simplified_text(org)) is not None \
        and is_bare_names_line(names)


#: Who a reader says they are, ending the words before their name or standing for it: `工人`,
#: `教师`, `战士`, `社员`, `家长`, `读者` (`老工人`, `退休职工`, `小学生` end so too).
_READER_ROLE = (
    r"(?:工人|职工|社员|农民|牧民|渔民|战士|指战员|官兵|民兵|教师|老师|教员|学生|知识青年|知青|青年|干部"
    r"|读者|家长|医生|护士|司机|售货员|营业员|技术员|工程师|会计|军属|烈属|居民|村民|市民|网友|群众|妇女"
    r"|老人|党员|团员|少先队员|红卫兵|红小兵|贫下中农|服务员|乘客|旅客|顾客|消费者|患者|职员|学员)"
)
#: The hanzi a signer's words may hold besides hanzi: a unit's or a name's placeholder (`××厂`,
#: `解放军某部`), a figure (`3连`), a middle dot.
_SIGNER_WORD = r"[\p{Han}×Xx＊*·0-9０-９]"
#: A work unit a reader names before their role, beyond `ORG_SUFFIX`: `上海国棉十七厂`, `三车间`,
#: `解放军某部`, `红旗公社`, `第五中学`.
_READER_UNIT = regex.compile(
    r"(?:厂|矿|车间|工段|公社|大队|生产队|小队|连队|连|排|部队|某部|农场|林场|牧场|渔场|商店|门市部"
    r"|中学|小学|学校|幼儿园|卫生院|合作社|供销社|工地)$"
)
#: Words describing a reader, ending with their role (`工人`, `北京市第五中学教师`, `解放军某部战士`,
#: `本报读者`, `下乡知识青年`).
_READER_DESCRIPTION = regex.compile(rf"{_SIGNER_WORD}{{0,14}}{_READER_ROLE}")
#: Readers signing as a group or without a name: `全体社员`, `一位退休职工`, `一群小学生家长`, after
#: their unit if any (group `unit`: `红旗大队`, `××厂三车间`).
_READER_COLLECTIVE = regex.compile(
    rf"(?P<unit>{_SIGNER_WORD}{{0,12}}?)(?:全体|一位|一名|一个|一群|一批|几位|几名|部分)"
    rf"{_SIGNER_WORD}{{0,8}}?{_READER_ROLE}"
)


#: A role an expert signs an advice column or a reader's Q&A with before the name (`（律师 赵磊）`,
#: `（兰州大学第一医院主任医师 王丽）`): a profession's title ending the words before the name.
_SIGNER_ROLE = regex.compile(
    r"(?:律师|法官|检察官|(?:主任|主治)?(?:医师|医生)|教授|研究员|工程师|教师|专家|咨询师|营养师|药师|护士"
    r"|会计师|评论员|编辑)$"
)
#: A bracketed line of words, spaces inside, and nothing else: group `inner` inside the brackets.
_BRACKETED_WORDS = regex.compile(
    r"[\t\p{Zs}]*[(（][\t\p{Zs}]*(?P<inner>[\p{Han}\t\p{Zs}]{4,40}?)[\t\p{Zs}]*[)）][\t\p{Zs}]*"
)
#: The longest name such a signature ends with, in hanzi (a surname and a given name of two).
_SIGNER_NAME = 3


def names_signers_place(words: str) -> bool:
    """Whether the words before a signer's name in brackets name where the signer works or what the
    signer is (`甘肃正天合律师事务所`, `律师`, `兰州大学第一医院主任医师`): an organisation's ending
    (`ORG_SUFFIX`) or a profession's title (`_SIGNER_ROLE`). Read through the simplified view."""
    view = words if in_simplified_charset(words) else simplified_view(words)
    return ORG_SUFFIX.search(view) is not None or _SIGNER_ROLE.search(view) is not None


def org_signature_parts(text: str) -> tuple[str, str] | None:
    """The organisation or role and the name of a bracketed line that is a signature naming both
    (`（甘肃正天合律师事务所 赵磊）`, `（律师 赵磊）`, glued `（甘肃正天合律师事务所赵磊）`, padded
    `（律师 赵 磊）`), as (words, name) with the name's padding removed; None for any other line. The
    name is a surname and a given name of one or two hanzi the tagger reads as a person's
    (`lexicon.tags_a_person`), the words before it end as an organisation or a role does
    (`names_signers_place`): `（北京市律师协会）`, `（市委宣传部供稿）` name no one."""
    m = _BRACKETED_WORDS.fullmatch(text)
    if m is None:
        return None
    pieces = m.group("inner").split()
    if len(pieces) == 1:  # glued: the name is the last two or three hanzi
        splits = [(pieces[0][:-n], pieces[0][-n:]) for n in (2, _SIGNER_NAME)]
    elif len(pieces) == 2:
        splits = [(pieces[0], pieces[1])]
    elif len(pieces) == 3 and len(pieces[1]) == 1 and len(pieces[2]) <= 2:  # `律师 赵 磊`: padded
        splits = [(pieces[0], pieces[1] + pieces[2])]
    else:
        return None
    for words, name in splits:
        if len(words) < 2 or not 2 <= len(name) <= _SIGNER_NAME or not names_signers_place(words):
            continue
        view = name if in_simplified_charset(name) else simplified_view(name)
        if opens_with_surname(view) and tags_a_person(view):
            return words, name
    return None


def is_reader_signer(text: str) -> bool:
    """Whether a block is how a reader signs a letter to the paper, beyond `is_letter_signer`: who
    they are before their name (`上海国棉十七厂 工人 王秀英`, `北京市第五中学教师 李建华`, `解放军某部战士
    张小兵`, `下乡知识青年 张红`), a group or nobody named (`红旗大队全体社员`, `××厂三车间全体职工`,
    `一位退休职工`, `本报读者 一群小学生家长`), or a common name (`lexicon.is_common_name`: `刘海波`,
    `刘建国`, which the name reader lacks or the dictionary lists as a word). One short line of fields
    a space apart, no punctuation; read through the simplified view.

    Only a letter to the paper is signed so (`layout.assemble._signs_letter`): the words describing
    a reader end with a role (`工人`, `教师`, `社员`: `_READER_ROLE`), a unit (`厂`, `车间`, `大队`)
    or an organisation, and the field after them reads as a person's name (`_reads_as_a_name`: not
    `老工人 谈体会`); under anything else such a line over a title stays that title's kicker."""
    s = text.strip()
    if not s or "\n" in s or visible_len(s) > _MAX_SIGNER_LINE or _SENTENCE_PUNCT.search(s) or "：" in s:
        return False
    fields = simplified_text(s).split()
    if len(fields) > 4 or not all(map(_describes_a_reader, fields[:-1])):
        return False
    last = fields[-1]
    group = _READER_COLLECTIVE.fullmatch(last)
    if group is not None and (not group.group("unit") or _names_a_unit(group.group("unit"))):
        return True  # `红旗大队全体社员`, `一位退休职工`
    if len(fields) == 1:  # `刘海波`, `刘建国`; not a role word that opens with a surname (`红小兵`)
        return is_common_name(last) and regex.fullmatch(_READER_ROLE, last) is None
    return _reads_as_a_name(last)


def _reads_as_a_name(field: str) -> bool:
    """Whether the last field of a signer's line, after who the reader is, reads as a person's name
    (`roles.is_bare_names_line`: `王秀英`, `张小兵` through the common-name list: `lexicon.is_common_name`),
    not merely as words opening with a surname (`老工人 谈体会`, `知识青年 向前进`, `贫下中农 管学校`,
    `工人 农民 解放军`: a headline's or a slogan's words)."""
    if not (2 <= len(field) <= 4 and _HAN_ONLY.fullmatch(field) is not None):
        return False
    return is_bare_names_line(field) or is_common_name(field)


def _describes_a_reader(field: str) -> bool:
    """Whether one field of a signer's line says who the reader is, before their name: their role
    (`工人`, `北京市第五中学教师`, `本报读者`: `_READER_DESCRIPTION`), their unit (`上海国棉十七厂`,
    `红旗大队`: `_names_a_unit`) or where they live (`台北`, `甘肃兰州`: `_names_a_reader_place`)."""
    if _READER_DESCRIPTION.fullmatch(field) is not None or _names_a_unit(field):
        return True
    return _names_a_reader_place(field)  # `台北`, `香港`: where the reader lives


#: The most hanzi a place a reader names before their role or name may hold (`甘肃省兰州市`).
_MAX_READER_PLACE = 8


def _names_a_reader_place(field: str) -> bool:
    """Whether one field of a signer's line is only where the reader lives (`台北`, `香港`, `甘肃兰州`,
    `兰州市安宁区`): hanzi the tagger reads as place names only (`ns`), as a letter from Taipei or
    Hong Kong is signed (`台北 讀者 陳志明`). A name or a word the tagger reads otherwise
    (`高雄`, tagged a person's) is no place here."""
    if not 2 <= len(field) <= _MAX_READER_PLACE or _HAN_ONLY.fullmatch(field) is None:
        return False
    return all(tag == "ns" for _, tag in tagged_words(field))


def _names_a_unit(words: str) -> bool:
    """Whether the words name a work unit or an organisation (`上海国棉十七厂`, `××厂三车间`,
    `红星公社`, `兰州市委`): they end as one does (`_READER_UNIT`, `ORG_SUFFIX`) and are at least two
    hanzi and placeholders long, nothing but those."""
    return (
        regex.fullmatch(rf"{_SIGNER_WORD}{{2,16}}", words) is not None
        and (_READER_UNIT.search(words) is not None or ORG_SUFFIX.search(words) is not None)
    )


#: The label of the editors' words printed under a reader's letter: `编者按：`, `编者附言：`, `编后：`,
#: `【编者按】`, `編者按：` through the simplified view.
_EDITOR_NOTE_OPENING = regex.compile(
    r"\s*(?:[【\[〔［]\s*(?:编者按|编辑按|编者附言|编辑附言|编者注|编后语?)\s*[】\]〕］]"
    r"|(?:编者按|编辑按|编者附言|编辑附言|编者注|编后语?|编者的话)\s*[：:])"
)


def opens_editor_note(text: str) -> bool:
    """Whether a block opens with the label of an editor's note (`编者按：…`, `编者附言：…`, `编后：…`,
    `【编者按】…`: `_EDITOR_NOTE_OPENING`): the paper's words on a reader's letter, printed under its
    signer, never the signer's text nor a subsection the signer heads."""
    head = text.lstrip()[:12]
    view = head if in_simplified_charset(head) else simplified_view(head)
    return _EDITOR_NOTE_OPENING.match(view) is not None


def is_author_line(text: str) -> bool:
    """Whether a block is only an author's label and names (`作者：王丽`, `作者 王丽`, `作者王丽`): under
    the title it is the byline; after the article's text it signs the article, as `（作者：王丽）` does
    there (see `layout.assemble`)."""
    return "作者" in text and _author_line(text, 0, len(text)) is not None


#: A furniture field's label at a position (`责任编辑`, `邮编`), or the hanzi before a colon there
#: (group `label`: `投诉电话：`); see `opens_field`.
_FIELD_OPENING = regex.compile(
    rf"{_FIELD_LABELS}(?=\s*[:：]|\s|\d|$)|{_OTHER_FIELD}|(?P<label>\p{{Han}}{{2,6}})[:：]", regex.IGNORECASE
)
#: A Latin label ending where the search starts (`e-mail`, `Email`), then a space and a hanzi: see
#: `_latin_label_before_hanzi`.
_LATIN_LABEL_BEFORE_HANZI = regex.compile(r"(?<=[A-Za-z])[\t\p{Zs}]+\p{Han}")
#: A label before a colon ending with a field label (`投诉电话`, `订阅热线`).
_FIELD_LABEL_END = regex.compile(rf"{_FIELD_LABELS}$", regex.IGNORECASE)
#: jieba's tags of a number, a measure word and a time word: after a number they continue its phrase
#: (`30 万元：`, `2023 年底：`), whatever follows them.
_NUMBER_PHRASE_TAGS = frozenset({"m", "q", "t"})


def opens_field(text: str, pos: int) -> bool:
    """Whether a new field of a furniture or credit line opens at `text[pos]` (`…0935-2212345 责任编辑：李明`,
    `…741000 电话 …`): a field label of the contact and editor lines before a colon, a space, a digit
    or the end (`热线电话` goes on), or a label word before a colon.

    The spacing step asks it before removing the space between a number and the hanzi after it: that
    space goes when the hanzi are the number's unit (`5 个`, `30 万元`, `2023 年`) but sets a new field
    apart. A label before a colon must end with such a field label (`投诉电话：`) or be one dictionary
    word naming no number, measure or time, nor opening with one (`地址`, not `个方面`, `万元`, `年底`,
    `年度`), as jieba's dictionary tags it. A traditional label (`責任編輯：`) is read through the
    simplified view of the characters at `pos`, as the labels read the page (`_traditional_field_opening`)."""
    m = _FIELD_OPENING.match(text, pos)
    if m is None or m.group("label") is not None:  # `責任編輯：` passes as a word before a colon
        m = _traditional_field_opening(text, pos) or m
    if m is None:
        return False
    label = m.group("label")
    if label is None:
        return not _latin_label_before_hanzi(m)
    if _FIELD_LABEL_END.search(label):
        return True  # `投诉电话：`, `订阅热线：`
    tags = word_tags()
    tag = tags.get(label)
    if tag is None or tag in _NUMBER_PHRASE_TAGS:
        return False
    return tags.get(label[0]) not in _NUMBER_PHRASE_TAGS  # `年度：`


def _latin_label_before_hanzi(m: regex.Match[str]) -> bool:
    """Is the field label `m` matched a Latin word followed by a space and a hanzi (`e-mail 基层`)? Its
    field's value would be an address, never hanzi, and the spacing step removes a space between a
    Latin word and a hanzi in running text: the label read by that space would open no field on a
    second run (`基层 e-mail 基层` kept its first gap, then lost it), so it opens none on the first."""
    return _LATIN_LABEL_BEFORE_HANZI.match(m.string, m.end()) is not None


#: More characters than any `_FIELD_OPENING` match holds (a label of 6 hanzi and its colon), so the
#: end of a window this long is never taken for the end of the text.
_FIELD_WINDOW = 12


def _traditional_field_opening(text: str, pos: int) -> regex.Match[str] | None:
    """`_FIELD_OPENING` matched on the simplified view of the characters at `pos`, when they are not
    in the simplified character set (`新聞熱線`, `責任編輯`); None otherwise, or when the view opens
    no field either. The match's offsets are the window's."""
    window = text[pos : pos + _FIELD_WINDOW]
    if in_simplified_charset(window):
        return None  # what the view would read is the text itself, already tried
    view = simplified_view(window)  # offset for offset
    return None if view is window else _FIELD_OPENING.match(view)


def author_line_names(
    text: str, start: int = 0, end: int | None = None, *, glued: bool = True
) -> tuple[int, int] | None:
    """Where the names of the block `text[start:end]` stand when it is an author line
    (`is_author_line`: `作者：王丽 李华`, `作者王丽 李华`), as offsets into `text`; None otherwise, and
    for a glued line (`作者王丽`) when `glued` is False.

    The spacing step keeps the spaces between them (王丽 from 李华), as it keeps a reporter byline's
    (`本报记者 王丽 李华`, `（记者 王丽 李华）`); a space beside the colon is no field gap and goes, but
    a space standing for the colon (`作者 王丽`) is one: the span then starts at it."""
    stop = len(text) if end is None else end
    if stop - start > SPACED_BYLINE_REACH or "作者" not in text[start:stop]:
        return None
    m = _author_line(text, start, stop, glued=glued)
    if m is None:
        return None
    gap = m.group("gap")
    return (m.start("names") if ":" in gap or "：" in gap else m.start("gap")), m.end("names")


def closing_author_names(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where the names of an author line closing the block `text[start:end]` stand, on a line of
    its own under the paragraph's last sentence (`……落实。\n作者：王丽 李华`), as offsets into
    `text`; None otherwise. The line signs the article, as the same line as a block of its own does
    (`layout.assemble`); the spacing step keeps the spaces between the names. A glued line
    (`作者王丽`) signs only as a block of its own: inside the paragraph's block neither a colon, a
    space nor a blank line sets it apart from the text, so it stays the paragraph's last line."""
    stop = len(text) if end is None else end
    stop = start + len(text[start:stop].rstrip())  # a block's end may hold the newline after it
    line = text.rfind("\n", start, stop) + 1
    if line <= start or stop - line > SPACED_BYLINE_REACH or "作者" not in text[line:stop]:
        return None
    if not ends_sentence(text[start : line - 1]) and not _ends_with_marker_line(text[start : line - 1]):
        return None  # (under a marker line cut out of the block, `下转第3版`, it signs as well)
    return author_line_names(text, line, stop, glued=False)


def is_graphic(block: Block) -> bool:
    """Whether the block is an image the markdown export placed (hint `graphic`, see
    `markup.block_hints`): its text is the image's alt text and path, for a figure, not text."""
    return "graphic" in block.hints


def is_table(block: Block) -> bool:
    """Whether the block is a table of a markdown export (hint `table`, see `markup.block_hints`):
    never a heading, never joined into a paragraph."""
    return "table" in block.hints


#: The role of an ornament line set between articles or between the sections of one (`is_separator`).
SEPARATOR = "separator"
#: Marks papers print in a row as a section break (`＊＊＊`, `※※※`, `☆☆☆`, `◇◇◇`). Left out on
#: purpose: dashes (`———` may be a dash, 破折号; a markdown `---` becomes one), `□`/`■` (an
#: illegible or withheld character each), `○`/`〇` (a withheld name, a zero), `●`/`·` (bullets,
#: an ellipsis misread).
SEPARATOR_MARKS = "＊*※☆★◇◆△▲▽▼◎✱✲✳✻✽✦✧❖❋✿❀❁♦◈"
_SEPARATOR = regex.compile(rf"\s*(?:[{regex.escape(SEPARATOR_MARKS)}][ \t\u3000]*){{3,}}\s*")
#: What an ornament line's first visible character is (`_SEPARATOR` allows only spaces before it, and
#: every space it allows is one `str.lstrip` strips): a block opening otherwise is none.
_SEPARATOR_MARK_SET = frozenset(SEPARATOR_MARKS)


def is_separator(text: str) -> bool:
    """Whether a block is only an ornament line, three or more of `SEPARATOR_MARKS` on one line,
    spaced or not (`＊＊＊`, `* * *`, `☆☆☆`): a break between articles or between the sections of
    one, never a heading or a paragraph, and no paragraph runs on across it. The plain-text export
    writes `＊＊＊` between articles, so its own output reads back as it was written."""
    if text.lstrip()[:1] not in _SEPARATOR_MARK_SET:  # (every block is asked: most open with a hanzi)
        return False
    return _SEPARATOR.fullmatch(text) is not None


def label_block(
    block: Block, text: str, emphasised: Callable[[Block], Sequence[str]] | None = None, *,
    english_kicker: bool = False,
) -> list[Block]:
    """Label one block of `text` (the page text the block's offsets refer to); split it if it carries
    several things. Returns the pieces in reading order, each with its primitive role. `english_kicker`
    True cuts an English headline's line off the heading under it (`_english_kicker_split`): the
    block stands at an article's top (`label_blocks`)."""
    if is_graphic(block):
        return [_with_role(block, "graphic")]
    if is_table(block):
        return [_with_role(block, "table")]
    if is_separator(block.text):  # also in a region the file labels a heading: it heads nothing
        return [_with_role(block, SEPARATOR)]
    label = region_label(block) if block.lines else None
    if label is not None:
        return _label_as_marked(block, text, emphasised, label)
    return _label_by_text(block, text, emphasised, english_kicker=english_kicker)


def region_label(block: Block) -> str | None:
    """The region label every line of the block carries (`Line.label`, from the file: a PAGE-XML
    region type, an hOCR `ocr_pageno`...), else None: a paragraph that mixes labelled and unlabelled
    lines is left to the text cues."""
    first = block.lines[0].label
    if first is None:
        return None
    return first if all(ln.label == first for ln in block.lines) else None


#: What caption and drop-capital regions make of the text cues' pieces: a caption region's text is
#: caption (a credit at its end stays credit), a drop capital is never a heading (it is body, which
#: the assembly joins to the paragraph it opens, as that does not end a sentence).
_MARKED_PIECES: dict[str, dict[str, str]] = {
    "caption": {"body": "caption", "heading": "caption", "byline": "caption", "signature": "caption"},
    "drop-capital": {"heading": "body"},
}
#: TEI `note/@place` of a note region by its label: where the page prints it. `aside` (what the PAGE
#: reader gives marginalia, footnotes and endnotes alike today) says only that it is a note.
NOTE_PLACES: dict[str, str | None] = {
    "aside": None, "margin-note": "margin", "footnote": "foot", "endnote": "end",
}
#: The role of a whole region by its label: a note (marginal note, footnote, endnote) is kept apart
#: from the article's running text where it stands, so it is never a title and never joined into a
#: paragraph (a paragraph runs on across it), and the exports keep it as a note; a page number is
#: furniture (TEI `fw type="pageNum"`).
_WHOLE_REGION: dict[str, str] = {
    "furniture": "furniture", "page-number": "furniture", "credit": "credit",
    **{label: "note" for label in NOTE_PLACES},
}


def _label_as_marked(
    block: Block, text: str, emphasised: Callable[[Block], Sequence[str]] | None, label: str
) -> list[Block]:
    """Label a block whose region the file labelled (`region_label`): a person often set it, so it is
    stronger evidence than the text cues. Furniture (a page number too), credit and note regions
    are that whole (`_WHOLE_REGION`: a note region is role `note`); a heading region is a heading
    (a kicker and title on one line still split), whatever its length or type size; caption and
    drop-capital regions take the text cues' pieces and recast them (`_MARKED_PIECES`)."""
    whole = _WHOLE_REGION.get(label)
    if whole == "furniture" and label == "furniture":
        return _furniture_pieces(block, text)  # a footer region's fields typed one run each
    if whole is not None:
        return [_with_role(block, whole)]
    if label == "heading" and block.text.strip():
        split = _kicker_title_split(block, text, emphasised(block) if emphasised else ())
        return split or [_with_role(block, "heading")]
    recast = _MARKED_PIECES.get(label)
    pieces = _label_by_text(block, text, emphasised)
    if not recast:
        return pieces
    return [_with_role(p, recast[p.role]) if p.role in recast else p for p in pieces]


#: The characters every page credit note (`本版图片…`, `图片均由…`, `本版摄影：…`) or artist's
#: credit (`漫画 方成`, `插图 李滨声`) holds one of: a cheap test that spares most blocks the patterns.
_FIGURE_CREDIT_CHARS = frozenset("图圖照摄攝漫插繪绘题題")


def _figure_credit(block: Block, stripped: str) -> Block | None:
    """The block labelled as a credit line that is no photo caption's, when it is one
    (`figure_credits`): a page's credit note is a note (hint `PAGE_CREDIT`), kept where it stands and
    never an empty article's title; an artist's credit is a credit (hint `CARTOON` or `DRAWING`)
    that makes a figure of the picture it names, never a subsection's title. Else None."""
    if "\n" in stripped or len(stripped) > 60 or _FIGURE_CREDIT_CHARS.isdisjoint(stripped):
        return None
    view = line_view(stripped)
    if is_page_credit(view):
        return replace(block, role="note", hints=block.hints | {PAGE_CREDIT})
    kind = artist_credit_kind(view)
    if kind is not None:
        return replace(block, role="credit", hints=block.hints | {kind})
    return None


def _artist_captions(out: list[Block]) -> list[Block]:
    """`out` with the block right under an artist's credit (`漫画 方成`, hint `CARTOON` or
    `DRAWING`) made the picture's caption when it is one short line wholly in quotation marks
    (`“我们这里早就减负了！”`): the assembly then builds one figure of the credit and its caption.
    Before, the credit was a subsection's title over the caption as its paragraph.

    A quoted line over a byline is the next story's headline, no caption (`漫画 方成` /
    `“我们这里早就减负了”` / `本报记者 王丽`); a credit with no caption under it right over a byline
    stays the heading it was read as before (`漫画 方成` / `本报记者 王丽`: a headline's words)."""
    for i in range(len(out)):
        credit = out[i]
        if credit.role != "credit" or not ({CARTOON, DRAWING} & credit.hints):
            continue
        if _quoted_caption_at(out, i + 1):
            out[i + 1] = _with_role(out[i + 1], "caption")
        elif i + 1 < len(out) and out[i + 1].role == "heading" and _cartoon_title(out[i + 1].text) \
                and _quoted_caption_at(out, i + 2):
            out[i + 1] = _with_role(out[i + 1], "caption")  # `漫画 方成` / `减负` / `“…”`: its title too
            out[i + 2] = _with_role(out[i + 2], "caption")
        elif i + 1 < len(out) and out[i + 1].role == "byline":
            out[i] = replace(credit, role="heading", hints=credit.hints - {CARTOON, DRAWING})
    return out


def _quoted_caption_at(out: list[Block], i: int) -> bool:
    """Whether `out[i]` reads as a cartoon's caption: a body or heading line wholly in quotation
    marks (`“我们这里早就减负了！”`) with no byline right under it heading the text below (then it is
    that story's headline: `“…”` / `本报记者 王丽` / `今年…`). A byline over a heading is the next
    article's (`“…”` / `本报评论员` / `让基层减负落到实处`): the quoted line stays the caption."""
    if i >= len(out) or out[i].role not in ("body", "heading") or not is_quoted_caption(out[i].text):
        return False
    if i + 1 >= len(out) or out[i + 1].role != "byline":
        return True
    return i + 2 < len(out) and out[i + 2].role == "heading"


#: The most characters of a cartoon's title between its credit and its quoted caption (`减负`).
_CARTOON_TITLE_MAX = 12


def _cartoon_title(text: str) -> bool:
    """Whether a heading between a cartoon's credit and its quoted caption is the cartoon's title:
    one short line with no sentence mark (`减负`, `层层加码`)."""
    s = text.strip()
    return "\n" not in s and visible_len(s) <= _CARTOON_TITLE_MAX and not _SENTENCE_PUNCT.search(s)


def _reads_as_article_text(s: str) -> bool:
    """Whether a line the boxes set above or below all other text (hint `margin`) reads as an
    article's own, so its text decides its role and not its place: a sentence, or a clause of one
    (a comma or a full stop inside: the page's last line cut mid-sentence, `…一致认为要进一步加强`),
    who signs, reports or took the photo (a notice's signer `张伟 李娜 敬启`, `（本报记者 王丽 整理）`,
    a byline `本报记者 李明 整理`, a credit `新华社记者 范培珅 摄`: `is_closing_block`,
    `is_reporter_signature`, `is_byline_block`, `named_credit`). A running head or a footer with no
    cue of the paper's in its text stays furniture (`第4版`, `要闻`)."""
    if ends_sentence(s) or _SENTENCE_PUNCT.search(s):
        return True
    if is_closing_block(s) or is_reporter_signature(s) or is_byline_block(s):
        return True
    credit = named_credit(s)
    return credit is not None and not s[: credit.start()].strip()


def _label_by_text(
    block: Block, text: str, emphasised: Callable[[Block], Sequence[str]] | None, *, nested: int = 0,
    cut_subhead: bool = True, english_kicker: bool = False,
) -> list[Block]:
    """`label_block` from the block's text cues alone (see the module docstring). `nested` counts the
    title or byline lines cut off above the block (0 for a whole block): only a whole block's first
    lines may be a title over a byline (`_title_over_byline_pieces`). `cut_subhead` False cuts no
    subhead off its prose (`_subhead_over_prose_pieces`): the first line is the tail of the paragraph
    before (`_cut_a_paragraphs_tail`). `english_kicker` as `label_block`'s."""
    s = block.text
    stripped = s.strip()
    if not stripped:
        return [_with_role(block, "furniture")]
    markers = find_markers(s)
    if markers and len(markers) == 1 and markers[0].span == (len(s) - len(s.lstrip()), len(s.rstrip())):
        return [_with_role(block, "marker")]
    if is_furniture(s):
        return _furniture_pieces(block, text)
    if is_author_note(s):
        return [_with_role(block, "note")]
    set_apart = _figure_credit(block, stripped)  # `本版图片除署名外均由新华社提供`, `漫画 方成`
    if set_apart is not None:
        return [set_apart]
    # geometry: one small-type line above or below all other text is a running head or footer line
    if "margin" in block.hints and visible_len(s) <= MAX_FURNITURE and not _reads_as_article_text(s):
        return _furniture_pieces(block, text)

    # every credit ends so, and none starts before its last `_CREDIT_SPAN` visible characters
    credit = named_credit(s)
    if credit and not s[: credit.start()].strip():
        return [_with_role(block, "credit")]

    if not nested and "\n" in s and not block.lines and (
        over_names := _labels_over_names_pieces(block, text, emphasised)
    ):
        return over_names  # `获奖名单` / `王丽 李华 张强 刘洋` in one block
    if not nested and "\n" in s and (under_title := _title_over_byline_pieces(block, text, emphasised)):
        return under_title  # `全市召开会议` / `本报记者 王丽` / `近日，…` in one block
    if not nested and "\n" in s and not block.lines and (signed := _verse_signed_pieces(block, text, 0)):
        return signed  # `床前明月光，疑是地上霜。` / `举头望明月，低头思故乡。` / `李白` in one block
    if not nested and cut_subhead and "\n" in s and not block.lines and (
        over_prose := _subhead_over_prose_pieces(block, text, emphasised)
    ):
        return over_prose  # `抓好落实` / `会议要求各地抓好落实，确保取得实效。` in one block

    cuts: list[tuple[int, str]] = [(block.start, "body")]
    lead_role = "body"
    lead = _LEAD_BITS[stripped[0]]  # which lead patterns can match (see `_LEAD_CLASSES`)
    # Taiwan's byline first: `記者 王麗 李華／台北報導` read as a spaced byline would end at 王麗
    filed = filed_byline(s)
    spaced = spaced_byline(s) if filed is None else None
    m = _BYLINE_LEAD.match(s) if lead & _BYLINE and not spaced and not filed else None
    if m and (head := _DATELINE_HEAD.match(s)) and wire_in_word(s, head.start(), head.end()):
        m = None  # `新华社记者在国家电网公司…`: a sentence, no dateline
    if filed is not None:
        if filed.lead >= len(s):  # `【本報訊】`, `〔記者王麗／台北報導〕` alone: the byline under a title
            return [_with_role(block, "byline")]
        if (bylines := _bylines_under_filed(block, text, emphasised, filed, nested)) is not None:
            return bylines  # `記者王麗／台北報導` / `通讯员 张强` / `市府今天…`
        cuts = [(block.start, "byline"), (block.start + filed.lead, "body")]
    elif spaced:
        cuts = [(block.start, "byline"), (block.start + spaced[1], "body")]
    elif m and (line_end := _byline_line_end(s, m.end())) is not None:
        if not s[line_end:].strip():  # `本报北京10月9日电 记者 王丽 发自北京` alone: one byline
            return [_with_role(block, "byline")]
        cuts = [(block.start, "byline"), (block.start + line_end, "body")]
    elif m:
        cuts = [(block.start, "byline"), (block.start + m.end(), "body")]
    elif stripped[0] in _REPORTER_BRACKETS and (bracketed := bracketed_byline(s)):
        cuts = [(block.start, "byline"), (block.start + bracketed[2], "body")]
    elif (lead & _BYLINE_BLK and is_byline_block(s, alone=True)) or (lead & _HANZI and org_byline(s)):
        return [_with_role(block, "byline")]
    elif lead & _BYLINE_BLK and (head_end := byline_lines_end(s)) is not None:
        cuts = [(block.start, "byline"), (block.start + head_end, "body")]

    # A marker opening or closing a body block: `(上接第1版)会议指出……`, `……服务(下转第3版)`; a marker
    # on a line of its own inside it (`…各项` / `下转第3版` or `（下转第3版）` / `重点工作。`) is cut out
    # as one at its end is.
    rest = 0  # where the text after the last marker cut out of the block starts (0: none)
    closing = None  # where a marker closing the paragraph's last sentence starts (`_closing_marker`)
    for mk in markers:
        a, b = mk.span
        if a <= len(s) - len(s.lstrip()) or b >= len(s.rstrip()) or _alone_on_line(s, a, b):
            cuts.append((block.start + a, "marker"))
            if b < len(s.rstrip()):
                cuts.append((block.start + b, "body"))
                rest = b
            elif s[:a].strip() and ends_sentence(s[:a]) and _shares_last_line(block, a, b):
                closing = block.start + a  # (on a line of its own it may head the text under it)

    # Every signature ends with `)` or `）` and trailing space (which `str.rstrip` strips). Under a
    # marker cut out of the block it is read in the text after the marker, as in a block of its own.
    tail = s[rest:]
    sig = (
        _SIGNATURE.search(tail, _tail_start(tail, _SIGNATURE_SPAN)) if s.rstrip().endswith((")", "）"))
        else None
    )
    if sig is None and s.rstrip().endswith((")", "）")) and _contact_signed_by_reporter(tail):
        sig = _CLOSING_REPORTER_SIGNATURE.search(tail)  # `咨询电话0931-8612345（记者王芳）`: no sentence end
    if len(cuts) == 1 and not rest and stripped[0] in "(（" and org_signature_parts(s) is not None:
        return [_with_role(block, "signature")]  # `（甘肃正天合律师事务所 赵磊）`, as `（赵磊）` alone
    if (editor := _trailing_editor_credit(s)) is not None:
        cuts.append((block.start + editor, "furniture"))
    if tail.rstrip().endswith((")", "）")) and credits_agencies(tail):
        if not rest:
            return [_with_role(block, "signature")]  # `（路透社/法新社）`, alone under the article
        cuts.append((block.start + rest + len(tail) - len(tail.lstrip()), "signature"))
    elif credit:
        cuts.append((block.start + credit.start(), "credit"))
        lead_role = "caption"
    elif (
        sig and not _NOT_A_NAME.search(sig.group(0)) and not find_markers(sig.group(0))
        and not is_editor_credit(sig.group(0))
        and not _END_NOTE.match(sig.group(0))  # a source, `（据人民网）`, names no writer
    ):
        alone = not tail[: sig.start()].strip()
        if _signs_with_names(sig.group(0)) or (alone and _all_proper_names(sig.group(0))):
            if alone and not rest:
                return [_with_role(block, "signature")]  # (alone, it would be taken for a heading)
            cuts.append((block.start + rest + sig.start(), "signature"))
        elif alone and not rest:  # words in brackets (`（平安）`, `（会议现场）`): a paragraph, as `（完）`
            return [_with_role(block, "body")]
        # (else words closing the paragraph stay in it: `……落实。（会议现场）`)
    elif "作者" in s and (author := closing_author_names(s)) is not None:
        cuts.append((block.start + s.rfind("\n", 0, author[0]) + 1, "signature"))
    if lead & _CAPTION and not spaced and opens_caption(s):  # `▲本报记者 王丽 …` is a byline
        lead_role = "caption"
    if lead_role == "body" and not block.lines and "\n" in s:  # flat text: indented paragraphs
        cuts.extend((block.start + o, "body") for o in indented_paragraph_starts(s))

    if len(cuts) > 1:
        cuts.sort(key=_OFFSET)
    if lead_role == "caption":
        cuts = [(o, "caption" if r == "body" else r) for o, r in cuts]
    if rest and (under := _byline_under_marker(block, text, emphasised, rest)) is not None:
        cuts = [c for c in cuts if c[0] < block.start + rest] + under
    elif lead_role == "caption" and (under := _dispatch_under_caption(block, text, emphasised)) is not None:
        cuts = [c for c in cuts if c[0] < under[0][0]] + under
    english = None
    if english_kicker and len(cuts) == 1 and lead_role == "body":
        english = _english_kicker_split(block, text)
    if english is not None:
        return english  # `PM URGES UNITY AT NATIONAL RALLY` / `李光耀吁国人团结`
    if len(cuts) == 1:
        if lead_role == "body" and is_heading_like(s, block.hints) and not is_numbered_list(s) \
                and not speaks_a_question(s):
            split = _kicker_title_split(block, text, emphasised(block) if emphasised else ())
            return split or [_with_role(block, "heading")]
        return [_with_role(block, cuts[0][1])]
    pieces = _split(block, text, cuts)
    return pieces if closing is None else [_closing_marker(p, closing) for p in pieces]


def _shares_last_line(block: Block, start: int, end: int) -> bool:
    """Whether the marker `block.text[start:end]` closing the block stands on one line with the text
    before it (`…大廈。(續第四版)`), not on a line of its own: in flat text by the block's line breaks;
    on a coordinate page, whose block text runs its lines on, by its last line holding more hanzi
    than the marker (counted, as the normalised text's brackets and spaces may differ)."""
    if not block.lines:
        return not _alone_on_line(block.text, start, end)
    marker_hanzi = len(_HAN.findall(block.text, start, end))
    return len(_HAN.findall(block.lines[-1].text)) > marker_hanzi


def _closing_marker(piece: Block, closing: int) -> Block:
    """`piece`, hinted `CLOSING_MARKER` when it is the marker cut off the end of its paragraph's
    block at `closing`, on the line of the text's last sentence (`…大廈。(續第四版)`): a 续 marker
    there points on, "continued on page 4" (`continuation.block_markers`), not where the text came
    from, which a 续 marker at the head of a continuation says (`（續第一版）` over its text; on a
    line of its own under a sentence it may head the text of the next block, and is read so)."""
    if piece.role != "marker" or piece.start < closing:
        return piece
    return replace(piece, hints=piece.hints | {CLOSING_MARKER})


def _byline_under_marker(
    block: Block, text: str, emphasised: Callable[[Block], Sequence[str]] | None, rest: int
) -> list[tuple[int, str]] | None:
    """The cuts of the text after a marker cut out of `block` (from `rest` on, `_label_by_text`) when
    that text, labelled as a block of its own, opens with a byline: `…会议。` / `下转第3版` /
    `本报记者 王丽` reads as with a blank line after the marker (the byline of the next article, its
    spaces kept), not as a paragraph `本报记者王丽`. None otherwise: prose under the marker stays body."""
    tail = _piece(block, text, block.start + rest, block.end, "body", 1)
    if not tail.text:
        return None
    pieces = _label_by_text(tail, text, emphasised)
    if pieces[0].role != "byline":
        return None
    return [(p.start, p.role) for p in pieces]


def _dispatch_under_caption(
    block: Block, text: str, emphasised: Callable[[Block], Sequence[str]] | None
) -> list[tuple[int, str]] | None:
    """The cuts of a caption's block (`opens_caption`) from the first line under it that opens a
    dispatch with its dateline (`_DATELINE_HEAD`: `图为市民排队` / `北京12日电 视察组抵达。`) on: that text,
    labelled as a block of its own, opens with a byline, as with a blank line after the caption, where
    `dispatch_opens_in_caption` says the dateline opens a dispatch under the line above. The spacing
    step keeps the dateline's gap there (`_Layout.is_dateline_gap`); before, the dispatch was the
    caption's text, its gap kept inside the caption. None when no line so opens a dispatch."""
    s = block.text
    line_end = s.find("\n")
    while 0 <= line_end < len(s.rstrip()):
        line_start = line_end + 1
        previous = s[s.rfind("\n", 0, line_end) + 1 : line_end]
        head = _DATELINE_HEAD.match(s, line_start)
        if head is not None and dispatch_opens_in_caption(previous, s, line_start, head.end()):
            under = _byline_under_marker(block, text, emphasised, line_start)
            if under is not None:
                return under
        line_end = s.find("\n", line_start)
    return None


def dispatch_opens_in_caption(previous: str, text: str, start: int, end: int) -> bool:
    """Whether the dateline `text[start:end]` opening a line of a caption's block under the line
    `previous` opens a dispatch, not the caption's words: under a line that closes (`closes_line`:
    `图为市民排队`, `…（王明摄）`); never under a line cut before the source it names (`cut_before_source`:
    `图为：`, `图为根据`, `…“`), whose sentence goes on with it; else under a caption left open too
    (`图为市民排队，`, `…的`, `…在`, `…、`), as under `图为市民排队；`, when the dateline names its paper,
    an agency or a site (`dateline_names_source`: `本报讯`, `新华社北京电`, `本报记者王明北京电`): such
    a dateline never goes on a caption's sentence. A place's alone there stays the caption's words
    (`图为视察组在` / `北京12日电 视台参观。`, `…电 力供应紧张。`: 电力), its gap gone as the spacing step
    reads it (`_Layout._opens_dispatch`), a known limit for a true dispatch under an open caption. The
    spacing step keeps a named dateline's gap wherever the line above is not cut before a source."""
    if closes_line(previous):
        return True
    return not cut_before_source(previous) and dateline_names_source(text[start:end])


def after_marker_cut(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the text after the last marker `_label_by_text` cuts out of the block `text[start:end]`
    starts (a marker opening the block, or filling a line inside it: `…会议。` / `下转第3版` /
    `本报记者 王丽`), None when no text follows such a marker. The labels read that text as a block of
    its own (`_byline_under_marker`); the spacing step keeps a byline's spaces there as at a block's
    start."""
    stop = len(text) if end is None else end
    s = text[start:stop]
    rest = None
    for mk in find_markers(s):
        a, b = mk.span
        if (a <= len(s) - len(s.lstrip()) or _alone_on_line(s, a, b)) and b < len(s.rstrip()):
            rest = b
    return None if rest is None else start + rest


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` (a continuation marker) fills its line, spaces aside: a jump line
    (`下转第3版`) or a bracketed marker (`（下转第3版）`) printed on a line of its own inside a block
    is the article's marker, as one closing the block is, not words of the paragraph around it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end:] if line_end < 0 else text[end:line_end]
    return not text[line_start:start].strip() and not after.strip()


def _byline_line_end(text: str, lead_end: int) -> int | None:
    """Where the block's first line ends when a dateline formula (`本报北京10月9日电`, ending at
    `lead_end`) opens a line of byline fields only (`byline_fields`: `本报北京10月9日电 记者 王丽 发自北京`):
    the whole line is the byline, not the formula alone with the reporter's fields left to the lead
    paragraph on the next line. None when the formula ends its line or the line holds more."""
    nl = text.find("\n", lead_end)
    line_end = len(text.rstrip()) if nl < 0 else nl
    if _holds_sentence_mark(text, line_end):
        return None  # the lead on the formula's line (`本报讯 10月9日，…`): the common case, at once
    if not text[lead_end:line_end].strip() or not byline_fields(text, 0, line_end):
        return None
    return line_end


def _holds_sentence_mark(text: str, end: int) -> bool:
    """Whether `text[:end]` holds a full-width comma or full stop, which no line of byline fields
    does: no part of `_FIELDS_BYLINE` takes either (its classes are hanzi, digits, spaces, `/`, `:`,
    `·` and ornaments), and the simplified view `byline_fields` may read changes hanzi, never them.
    A necessary condition that spares the long pattern a lead paragraph's first line."""
    return text.find("，", 0, end) >= 0 or text.find("。", 0, end) >= 0


def label_blocks(
    blocks: Sequence[Block],
    text: str,
    emphasised: Callable[[Block], Sequence[str]] | None = None,
    *,
    paper: str | None = None,
) -> list[Block]:
    """Label every block (see `label_block`); the result may hold more blocks than the input.
    `paper`, the paper's name when the caller knows it, is a masthead line too (`is_masthead`).
    The page's running head (`running_head`) is furniture, as is a page header or masthead among
    the page's first furniture lines; a date closing the text above it is not (`_closing_dates`)."""
    out: list[Block] = []
    at_top = True  # only furniture so far: a page header may still come
    head = running_head(_unlabelled_texts(blocks), paper=paper)  # masthead, date, page lines
    for i, block in enumerate(blocks):
        if i < head:  # the running head; editors printed beside the date are a credit of their own
            out.extend(_furniture_pieces(block, text))
            continue
        if at_top and (
            _is_top_header(block, first=i == 0)
            or _is_top_masthead(blocks, i, out, text, emphasised, paper)
        ):
            out.append(_with_role(block, "furniture"))
            continue
        kicker = _english_kicker_block(blocks, i, out, text, emphasised)  # `PM URGES…` / `李光耀吁…`
        pieces = label_block(block, text, emphasised, english_kicker=kicker)
        if out and _cut_a_paragraphs_tail(out[-1], pieces):
            pieces = _label_by_text(block, text, emphasised, cut_subhead=False)
        at_top = at_top and all(p.role == "furniture" for p in pieces)
        out.extend(pieces)
    out = _english_kickers(out)  # `PM URGES UNITY…` over `李光耀吁国人团结`
    out = _contents_boxes(out)  # `导读` / `全市春耕备耕全面展开（第3版）` / …: its own unit, no kicker
    out = _award_lists(out)  # `一等奖` / `李华 张强` / `二等奖` / …: paragraphs, not a pile of headings
    out = _page_foot_headers(out)  # `…发展。` / `第一版 要闻`: the page's footer, no empty article
    out = _run_in_notice_labels(out, text)  # `遗失声明` / `…声明作废。` / `遗失声明：…声明作废。`
    out = interview_turns(out)  # `问：您对年轻科研人员有什么建议` / `答：…`: two turns, no subhead
    out = quote_attributions(out)  # `“搬得出…”` / `——皋兰县县长 刘志强`: the quote's, no subhead
    out = _notice_contact_lines(out)  # `…特此公告。` / `联系电话：…` / `兰州市中级人民法院` / date
    out = _document_numbers(out)  # `北京市第一中级人民法院公告` / `（2024）京01民初123号` / text
    out = _weather_strips(out)  # `天气预报：北京 晴 3℃~-5℃ 西北风3-4级`: furniture, never a kicker
    out = _free_verse_stanzas(out)  # `小时候` / `乡愁是一枚小小的邮票` / `我在这头` / `母亲在那头`
    out = _stanzas_after_stanzas(out)  # `父亲在田埂上站着` / `像一棵老树` / `守望着这片土地` under a poem
    out = _artist_captions(out)  # `漫画 方成` / `“我们这里早就减负了！”`: one cartoon, no subsection
    if _furniture_after_text(out):  # (most short pages hold no phone line nor closing date as furniture)
        out = _closing_dates(_address_sentences_in_text(_phone_lines_in_text(out)), text)
    return _unknown_issuer_blocks(out)  # `…特此启事。` / `兰州市博物馆` + date in one block


#: The label of a front page's contents box (`导读`, `今日导读`, `本期要目`, `目录`; 導讀 in a
#: traditional page's simplified view): a whole line, nothing else on it.
_CONTENTS_LABEL = regex.compile(r"^(?:今日|本期|本版|本报|今天)?(?:导读|導讀|要目|目录|目錄|导览|導覽)$")
#: A contents item: a headline closed by the page it is printed on, in brackets or not
#: (`全市春耕备耕全面展开（第3版）`, `股市周评 (第2版)`, `…  A4版`, `…  第4页`).
_CONTENTS_ITEM = regex.compile(
    r"^\S.{1,40}?\s*(?:[（(【〔［\[]\s*第?\s*[A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3}\s*[版页頁]\s*"
    r"[）)】〕］\]]|\s第?[A-Za-zＡ-Ｚ]?[0-9０-９]{1,3}[版页頁])$"
)


def _is_contents_items(text: str) -> bool:
    """Whether every line of `text` is a contents item (`_CONTENTS_ITEM`): a headline naming the page
    it is printed on, on one line or wrapped over two (`全市春耕备耕全面展开 今年计划完成粮食` /
    `播种面积156.8万亩（第3版）`: the first line names no page, the two together are one item)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    i = 0
    while i < len(lines):
        if _CONTENTS_ITEM.match(lines[i]):
            i += 1
        elif i + 1 < len(lines) and _CONTENTS_ITEM.match(lines[i] + lines[i + 1]):
            i += 2
        else:
            return False
    return bool(lines)


def _contents_boxes(out: list[Block]) -> list[Block]:
    """`out` with each front-page contents box read as a unit of its own: its label (`导读`, a whole
    line, `_CONTENTS_LABEL`) a heading, and the items under it (`全市春耕备耕全面展开（第3版）`, one a
    block or several a block, each line naming a page: `_is_contents_items`) body text that keeps its
    lines and ends its paragraph (`VERSE_LINES`), so they are the box's text, never the kickers of the
    story under the box, nor a paragraph broken off for want of a full stop. Two items at least: a
    label over one headline naming a page is left as the other rules read it."""
    for i, block in enumerate(out):
        if block.role not in ("heading", "section") or not _CONTENTS_LABEL.match(block.text.strip()):
            continue
        j = i + 1
        while j < len(out) and out[j].role in ("heading", "body") and _is_contents_items(out[j].text):
            j += 1
        items = out[i + 1 : j]
        if sum(len([ln for ln in b.text.split("\n") if ln.strip()]) for b in items) < 2:
            continue
        out[i] = _with_role(block, "heading")
        for k in range(i + 1, j):
            out[k] = _with_role(out[k], "body")
            out[k].hints = out[k].hints | {VERSE_LINES}
    return out


#: The hint on a block read as a stanza of free verse by the stanza before it (`_stanzas_after_stanzas`):
#: its line breaks stay (no `join.wrap`) and it ends its paragraph, as a stanza its text tells does.
VERSE_LINES = "verse-lines"
#: How many headings (a poem's title, its poet's name) may stand between two stanzas of free verse.
_HEADINGS_BETWEEN_STANZAS = 2


def _free_verse_stanzas(out: list[Block]) -> list[Block]:
    """`out` with each block of flat text that is a stanza of free verse by its text
    (`is_free_verse_stanza`) and by its place (`_verse_stands_here`) made body text, hint
    `VERSE_LINES`: its line breaks stay (no `join.wrap`) and it ends its paragraph. Before, such a
    block was a heading (a kicker, or a title over nothing) or a paragraph whose lines were joined.
    The test is asked here, with the blocks around in view, and not by `is_listing`, so a headline
    stack over its byline, its dateline or its lead stays the article's heads, and the line joins of a
    coordinate page (`keeps_its_lines`) read as they did."""
    for i, block in enumerate(out):
        if block.role not in ("heading", "body") or block.lines or block.bbox is not None:
            continue  # (a coordinate page: its boxes decide, as before)
        if is_free_verse_stanza(block.text) and _verse_stands_here(out, i):
            out[i] = _with_role(block, "body")
            out[i].hints = block.hints | {VERSE_LINES}
    return out


def _verse_stands_here(out: list[Block], i: int) -> bool:
    """Whether the stanza-shaped block `out[i]` stands where a poem's stanza does: not under a byline
    or a dateline, nor under a paragraph left unfinished (`本报讯　在毛主席革命路线指引下，` / a narrow
    column cut at its commas), unless that paragraph is a stanza itself; and not over what opens a
    story (`_opens_a_story`: a byline, a dateline, a lead), which a headline stack stands over
    (`聚焦两会` / `代表委员热议政府工作报告` / `凝心聚力谋发展` / `共绘蓝图开新局` / `本报记者 王丽`).
    A stanza whose last line ends with a comma and a paragraph of prose under it is a column of
    prose cut at its commas (`…，` / `农民群众积极性高涨，` / `一派繁忙景象。`): the two join, as
    before."""
    if i > 0:
        above = out[i - 1]
        if above.role == "byline":
            return False
        if above.role == "body" and VERSE_LINES not in above.hints and not _ends_a_paragraph(above.text):
            return False
    if i + 1 < len(out) and _opens_a_story(out[i + 1]):
        return False
    return not (out[i].text.rstrip()[-1] in _OPEN_END_CHARS and not _stanza_follows(out, i + 1))


def _ends_a_paragraph(text: str) -> bool:
    """Whether a paragraph above a stanza ended: a sentence's end, or a stanza's last line with no
    mark (the lines of free verse as `is_free_verse_stanza` reads them)."""
    return ends_sentence(text) or (text.rstrip()[-1] not in _OPEN_END_CHARS and is_free_verse_stanza(text))


def _opens_a_story(block: Block) -> bool:
    """Whether a block opens a news story under the block above it: a byline or a dateline (role
    `byline`), or a lead, body text whose first line is no line of free verse (`_is_free_verse_line`:
    longer, or with figures or Latin letters) and no bracketed note (`（作者单位：市第一中学）`)."""
    if block.role == "byline":
        return True
    if block.role != "body" or VERSE_LINES in block.hints:
        return False
    first = block.text.strip().split("\n", 1)[0].strip()
    return bool(first) and first[0] not in "（(【[〔" and not _is_free_verse_line(first)


def _stanza_follows(out: list[Block], k: int) -> bool:
    """Whether the block `out[k]` is more verse: two lines or more, each a line of free verse
    (`_is_free_verse_line`), as the next stanza of a poem is (`你还记得吗？` / `我们曾经的约定。`)."""
    if k >= len(out) or out[k].role not in ("heading", "body"):
        return False
    lines = [ln.strip() for ln in out[k].text.strip().split("\n")]
    return len(lines) >= 2 and all(map(_is_free_verse_line, lines))


def _stanzas_after_stanzas(out: list[Block]) -> list[Block]:
    """`out` with each heading shaped like a stanza of free verse but too plain to be read as one
    alone (`is_free_verse_stanza`: three lines with no mark at their ends, a kicker, a title and a
    subtitle as often; or lines of nearly one width, `月亮爬上了山岗` / `桂花落满了小路` / …) made body
    text, hint `VERSE_LINES`, when a stanza of free verse stands right above it, or above a poem's
    title and poet (`_HEADINGS_BETWEEN_STANZAS` headings at most): the next stanza of that poem, or
    the next poem on a literary page. Before, it was a heading (a kicker, or a title of nothing)."""
    for i, block in enumerate(out):
        if block.role != "heading" or not _loose_stanza(block.text):
            continue
        k = i - 1
        while k >= 0 and i - k <= _HEADINGS_BETWEEN_STANZAS and out[k].role in ("heading", "byline"):
            k -= 1
        if k >= 0 and VERSE_LINES in out[k].hints \
                and not (i + 1 < len(out) and _opens_a_story(out[i + 1])):
            out[i] = _with_role(block, "body")
            out[i].hints = out[i].hints | {VERSE_LINES}
    return out


def _loose_stanza(text: str) -> bool:
    """Whether a block has a stanza's shape alone (`is_free_verse_stanza`'s lines, three or more,
    no line but the last ending a sentence) without its evidence of breaks."""
    lines = [ln.strip() for ln in text.strip().split("\n")]
    return len(lines) >= _MIN_FREE_VERSE_LINES and all(map(_is_free_verse_line, lines)) \
        and not any(ln[-1] in "。！？" for ln in lines[:-1])


#: A headline in English as papers print one over a Chinese headline (`PM URGES UNITY AT NATIONAL
#: RALLY`): two words or more in capital letters, digits and a headline's marks between them (`'`,
#: `-`, `:`, `,`, `&`, `$`, `%`), no hanzi and no sentence end (a `!` or `?` may close it).
_ENGLISH_HEADLINE = regex.compile(
    r"\s*[A-Z0-9$][A-Z0-9'’$%&.,:-]*(?:[\t\p{Zs}]+[A-Z0-9$&][A-Z0-9'’$%&.,:-]*)+[!?]?\s*"
)
#: The longest English headline read so (`_ENGLISH_HEADLINE`), in characters.
_MAX_ENGLISH_HEADLINE = 80


def _english_kickers(out: list[Block]) -> list[Block]:
    """`out` with each body block that is a headline in English (`is_english_headline`: `PM URGES
    UNITY AT NATIONAL RALLY`) at an article's top (`_at_article_top`) over a Chinese heading that
    opens an article (`_opens_an_article`: `李光耀吁国人团结` over its byline or lead) relabelled a
    heading, the kicker of the article below: with no hanzi it was read as text, an article of its
    own whose only paragraph was incomplete. Anywhere else such a line stays as it was: closing an
    article (`THE END`, `WHO UNICEF WFP` under its last paragraph), over a subhead, a table's header
    (`STOCK PRICE CHANGE`) among headings; body text runs in small letters or ends a sentence."""
    for i, block in enumerate(out):
        if block.role == "body" and is_english_headline(block.text) and _at_article_top(out[:i]) \
                and _opens_an_article(out, i + 1):
            out[i] = _with_role(block, "heading")
    return out


#: The roles of what may stand right above an article's top: furniture (a masthead, a date line), a
#: continuation marker (`（下转第4版）`), the signature or separator closing the article before.
_ABOVE_ARTICLE_TOP = frozenset({"furniture", "marker", "signature", SEPARATOR, "graphic"})


def _at_article_top(above: Sequence[Block]) -> bool:
    """Whether what was labelled before (`above`) leaves the next block at an article's top: nothing,
    or furniture, a continuation marker, a signature, a separator (`_ABOVE_ARTICLE_TOP`) or an end
    note closing the article before (`（完）`: `_END_NOTE`). Under a paragraph, a heading or a byline the
    block is inside an article."""
    if not above:
        return True
    last = above[-1]
    return last.role in _ABOVE_ARTICLE_TOP or (last.role == "body" and _END_NOTE.match(last.text) is not None)


#: How many headings an article's title may run to under an English kicker (a title, a subtitle).
_TITLE_HEADINGS = 2


def _opens_an_article(out: Sequence[Block], i: int) -> bool:
    """Whether the blocks from `out[i]` are an article's Chinese title (one or two headings holding
    hanzi, `_TITLE_HEADINGS`) over its byline, dateline or lead paragraph; not a heading over other
    headings (a table's rows, `中国银行 3.50 +0.10`) nor one closing the page."""
    n = 0
    while i + n < len(out) and out[i + n].role == "heading" and n < _TITLE_HEADINGS:
        if _HAN.search(out[i + n].text) is None:
            return False
        n += 1
    return n > 0 and i + n < len(out) and out[i + n].role in ("byline", "body")


def _english_kicker_block(
    blocks: Sequence[Block], i: int, out: Sequence[Block], text: str,
    emphasised: Callable[[Block], Sequence[str]] | None,
) -> bool:
    """Whether block `i`, opening with a line that is an English headline (`is_english_headline`) over
    more lines, stands at an article's top (`_at_article_top`) over the article's byline, dateline or
    lead (the next block's first piece): `label_block` then cuts that line off as a kicker
    (`_english_kicker_split`: `PM URGES UNITY AT NATIONAL RALLY` / `李光耀吁国人团结`, as the txt output
    writes them). Inside an article such a block stays as it was (`NO PARKING` / `禁止停车`: a subhead)."""
    if not _opens_in_capitals(blocks[i].text):
        return False  # (most blocks: the cheap test before the copy and the headline's pattern)
    s = blocks[i].text.lstrip()
    nl = s.find("\n")
    if nl < 0 or not is_english_headline(s[:nl]) or not _at_article_top(out) or i + 1 >= len(blocks):
        return False
    return label_block(blocks[i + 1], text, emphasised)[0].role in ("byline", "body")


#: The characters an English headline opens with (`_ENGLISH_HEADLINE`'s first): the cheap test.
_ENGLISH_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789$")


def _opens_in_capitals(text: str) -> bool:
    """Whether `text`'s first character but spaces may open an English headline (`_ENGLISH_FIRST`):
    the cheap test that turns away the Chinese blocks before `is_english_headline` reads a line."""
    for c in text:
        if not c.isspace():
            return c in _ENGLISH_FIRST
    return False


def is_english_headline(text: str) -> bool:
    """Whether `text` reads as a headline in English (`_ENGLISH_HEADLINE`: `PM URGES UNITY AT NATIONAL
    RALLY`): capitals, four letters or more, no clause's or sentence's end (`WE MUST BE UNITED.`)."""
    if not _opens_in_capitals(text):
        return False  # (most lines: a hanzi opens them)
    s = text.strip()
    if not s or len(s) > _MAX_ENGLISH_HEADLINE or _ENGLISH_HEADLINE.fullmatch(s) is None:
        return False
    return s[-1] not in ".,:" and sum(c.isalpha() for c in s) >= 4  # (not `GDP 2.5%` alone)


def _english_kicker_split(block: Block, text: str) -> list[Block] | None:
    """`PM URGES UNITY AT NATIONAL RALLY` / `李光耀吁国人团结` in one block, as the txt output writes a
    kicker over its title: two headings, the English line (`is_english_headline`) and the heading
    under it (`is_heading_like`). Before, the block was one paragraph, its lines joined, so converting
    that output again lost the article's headings."""
    s = block.text
    first_end = s.find("\n", len(s) - len(s.lstrip()))
    if first_end < 0 or not is_english_headline(s[:first_end]) or not is_heading_like(s[first_end:]):
        return None
    return _split(block, text, [(block.start, "heading"), (block.start + first_end + 1, "heading")])


def _cut_a_paragraphs_tail(before: Block, pieces: Sequence[Block]) -> bool:
    """Whether a flat-text block's pieces open with a heading cut off its first line
    (`_subhead_over_prose_pieces`) right under a body block that runs on (`runs_on`): the block
    before ends mid-sentence, so the join step carries its sentence into this block, and the short
    first line is that paragraph's tail whose full stop OCR lost (`…部署今冬明春各项重点` / `工作` /
    `会议强调，…`), not a subhead. The block is then labelled with no such cut."""
    return (
        len(pieces) > 1 and pieces[0].role == "heading" and not pieces[0].lines
        and before.role == "body" and runs_on(before.text)
    )


def runs_on(text: str) -> bool:
    """Whether a body block's text runs on into the next block: it ends in no sentence end, and it is
    no list, rows, names or verse, no words in brackets, contact field nor notice formula, all of
    which end where their last line does (as `assemble.ends_paragraph` reads a paragraph's end),
    and its last line opens no list item."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    return not (
        ends_sentence(text) or is_numbered_list(text) or opens_list_item(last.strip())
        or is_set_line_by_line(text) or closes_with_bracketed_words(text) or ends_with_contact(text)
        or is_notice_formula(text)
    )


def _furniture_after_text(pieces: Sequence[Block]) -> bool:
    """Whether a furniture piece follows a piece of another role: only such a piece can be a phone
    line inside the text (`_phone_lines_in_text`, a body piece above it) or a date closing the text
    (`_closing_dates`, a body or heading piece above it). The cheap test before both."""
    text_seen = False
    for piece in pieces:
        if piece.role != "furniture":
            text_seen = True
        elif text_seen:
            return True
    return False


def _page_foot_headers(pieces: list[Block]) -> list[Block]:
    """`pieces` with the headings closing the page that are a page header (`第4版 要闻`, `第一版 要闻`,
    `_is_foot_page_header`) relabelled furniture, as `第4版` alone there is (`is_furniture`):
    papers print the page and its section at the foot as at the head, and read as a heading such a
    line was the title of an empty article, which took the closing date above it from the article
    it closes (`…发展。` / `1966年8月8日` / `第一版 要闻`). Only headings with nothing after them but
    furniture and under the article's text (the first piece above them that is no furniture is no
    heading): a table of contents' entries (`目录` / `第一版 要闻` / `第二版 国内`) stay headings."""
    k = len(pieces)
    heads: list[int] = []
    while k and (pieces[k - 1].role == "furniture" or _is_foot_page_header(pieces[k - 1])):
        k -= 1
        if pieces[k].role == "heading":
            heads.append(k)
    if not heads or not k or pieces[k - 1].role == "heading":
        return pieces
    for i in heads:
        pieces[i] = _with_role(pieces[i], "furniture")
    return pieces


def _is_foot_page_header(block: Block) -> bool:
    """Whether a heading is one line that is a page header (`page_header`: `第4版 要闻`, `A04 要闻`), its
    page in hanzi numerals too (`第一版 要闻`, `_digit_pages`); a region the file labelled keeps the
    role its label gives. A bare number beside a section word (`3 要闻`) is a header only in the
    page's running head (`page_header`'s `first`): the spacing step, which reads it there, has
    glued it elsewhere."""
    s = block.text.strip()
    if block.role != "heading" or not s or "\n" in s or (block.lines and region_label(block) is not None):
        return False
    return _states_page_header(line_view(s))


def _states_page_header(line: str, *, first: bool = False) -> bool:
    """Whether `line` is a page header (`page_header`, with `first` as it takes it), its page in hanzi
    numerals too (`_hanzi_page_header`): at the page's foot (`_is_foot_page_header`) and top
    (`_is_top_header`) alike."""
    return page_header(line, first=first) is not None or _hanzi_page_header(line)


def _hanzi_page_header(line: str) -> bool:
    """Whether `line` is a page header whose page is in hanzi numerals (`第一版 要闻`, `第十二版 国际`), as
    older papers print it: the page header patterns read digits (`_digit_pages`). The page stands
    alone there, with a date or the paper's name, or beside a desk's or a section's name
    (`_names_a_desk`): a book's or a document's edition names itself so before its part's title
    (`第二版 前言`, `第一版 说明`, `第三版 后记`), a heading of the text."""
    digits = _digit_pages(line)
    if digits == line:
        return False
    m = page_header(digits)
    return m is not None and (not m.group("name") or _names_a_desk(m.group("name")))


def _names_a_desk(name: str) -> bool:
    """Whether a page header's section `name` is a desk's (`国内`, `国际`: `SECTION_NAMES`), a page's news
    (`国内新闻`), a section's, whole or ending the name (`要闻`, `副刊`, `文艺副刊`: `SECTION_WORDS`), or
    a page's name running heads print (`文艺`, `广告`: `lexicon.running_head_names`; `画刊`:
    `is_page_name`)."""
    name = simplified_view(name.strip())
    return (is_section_name(name) or name.endswith(("新闻", *SECTION_WORDS)) or name in running_head_names()
            or is_page_name(name))


def _digit_pages(line: str) -> str:
    """`line` with each page in hanzi numerals written in digits (`第一版 要闻` gives `第1版 要闻`), for
    the page header patterns, which read digits: a yes-or-no view, no offsets kept."""
    if "版" not in line:
        return line
    return _WORDED_PAGE_NUMBER.sub(lambda m: f"第{chinese_number(m.group('n')) or 0}版", line)


#: A contact field ending a block: a phone, hotline, fax or contact person's label, its colon and one
#: value (`电话：0931-8612345`, `购票电话：0931-8650000 12328`, `联系人：王女士`), at the end.
_CONTACT_END = regex.compile(
    r"(?:联系人|联系电话|电话|手机|热线|传真)[:：]\s*[^\s，。；！？,;:：]{1,16}(?:\s+[\d\-－]{3,16})?\s*$"
)


def ends_with_contact(text: str) -> bool:
    """Whether a block ends with a contact field (`…电话：0931-8612345 联系人：王女士`, a classified ad;
    `购票电话：0931-8650000 12328` under a timetable): the item or notice ends there, and the next block
    is a new paragraph, not the rest of its sentence. So does a block that is one address sentence
    (`is_address_sentence`: `如有疑問，請電郵至info@hkpl.gov.hk`), a line of its own as the paper's
    contact line would be (up to `_CONTACT_HAN` hanzi): joined, the address would run into the next
    paragraph's words."""
    return _CONTACT_END.search(text) is not None or is_address_line(text)


def is_address_line(text: str) -> bool:
    """Whether a block is one address sentence short enough for a contact line (`is_address_sentence`,
    up to `_CONTACT_HAN` hanzi: `如有疑问，请发邮件至zx@lzcity.gov.cn`): the text cues read it as
    contact furniture, and `_address_sentences_in_text` makes it the article's paragraph. It
    closes its paragraph (`ends_with_contact`), and the assembly reads the article's structure as
    though it stood apart as the furniture did (`assemble`: the headline under it still opens the
    next news item)."""
    s = text.strip()
    return "\n" not in s and len(_HAN.findall(s)) <= _CONTACT_HAN and is_address_sentence(s)


#: A contact label opening a field after a phone number, its colon or not (`联系人`, `手机：`).
_CONTACT_AFTER_PHONE = regex.compile(r"联系人|联络人|联系电话|电话|手机|微信|地址|传真")


def phone_before_field(text: str, start: int, end: int) -> bool:
    """Whether the gap `text[start:end]` follows a phone number (`0931-8612345`, `13919123456`) and
    comes before a contact label or a field's label (`联系人`, `联系人：王女士`, `地址：`; `opens_field`):
    a classified ad's fields, which run together would read the number into the label
    (`0931-8612345联系人`). In a sentence too: the ad's fields follow its description
    (`…水电齐全。电话：0931-8612345 联系人：王女士`). A short number before a word is no phone
    (`请拨打12345 热线反映问题。`)."""
    if not text[start - 1 : start].isdigit():
        return False
    m = _PHONE.search(text, max(0, start - 16), start)
    if m is None or m.end() != start:
        return False
    return _CONTACT_AFTER_PHONE.match(text, end) is not None or opens_field(text, end)


#: The labels of the paper's own contact lines (`新闻热线：`, `报料电话：`, `本报地址：`, `广告热线：`): page
#: furniture wherever the page prints them.
_PAPER_CONTACT = regex.compile(r"(?:新闻|报料|爆料|本报|广告|发行|订阅|订报|编辑部|投稿|读者)")


def _phone_lines_in_text(pieces: list[Block]) -> list[Block]:
    """Make body again a phone line the text cues took for page furniture (`is_furniture`) where it
    stands inside an article's text, a body block right above it and right below it: a timetable's
    `购票电话：0931-8650000 12328` between the rows and the paragraph after them belongs to the article,
    as an event's booking line does. The paper's own contact lines (`新闻热线：…`: `_PAPER_CONTACT`),
    a line the geometry or the file placed (a margin line, a labelled region), and one at the page's
    top or bottom or between two articles stay furniture."""
    for k in range(1, len(pieces) - 1):
        piece = pieces[k]
        if (
            piece.role == "furniture"
            and pieces[k - 1].role == "body"
            and pieces[k + 1].role == "body"
            and _is_text_phone_line(piece)
        ):
            pieces[k] = _with_role(piece, "body")
    return pieces


#: The hint on a document's number line that `_document_numbers` made text: a paragraph of its own,
#: which no sentence runs on from.
DOCUMENT_NUMBER = "document-number"
_NUMBER_OPEN = r"[(（〔\[［【]"
_NUMBER_CLOSE = r"[)）〕\]］】]"
#: What may follow a document's number on its line: more numbers of the same series, `、` or a comma
#: apart (`（2024）京01民初123号、124号`, one notice for two cases), and a ruling's part (`…123号之一`).
_NUMBER_TAIL = (
    r"(?:[\t\p{Zs}]*[、，,][\t\p{Zs}]*第?\d{1,6}[\t\p{Zs}]*号)*"
    r"(?:之[\t\p{Zs}]*[一二三四五六七八九十\d]{1,3})?"
)
#: A document's or a case's number alone on its line, read through the simplified view: a court's
#: case number (`（2024）京01民初123号`, `(2023)甘0102执456号`, `…123号之一`, `…123号、124号`), a
#: document's (`京政发〔2024〕12号`, `〔2024〕第5号`), a notice's serial number (`第1号`, `2024年第3号`,
#: `（第1号）`), a Taiwan court's (`113年度诉字第123号`), an order's series and number
#: (`华总一义字第11300098765号`, `政字第十五号`).
_DOCUMENT_NUMBER = regex.compile(
    rf"[\t\p{{Zs}}]*{_NUMBER_OPEN}?(?:"
    rf"{_NUMBER_OPEN}[\t\p{{Zs}}]*\d{{4}}[\t\p{{Zs}}]*{_NUMBER_CLOSE}[\t\p{{Zs}}]*"
    r"\p{Han}{0,8}\d{0,4}\p{Han}{0,6}第?[\t\p{Zs}]*\d{1,6}[\t\p{Zs}]*号"
    rf"|\p{{Han}}{{1,8}}[\t\p{{Zs}}]*{_NUMBER_OPEN}\d{{4}}{_NUMBER_CLOSE}[\t\p{{Zs}}]*第?\d{{1,6}}[\t\p{{Zs}}]*号"
    r"|(?:\d{4}年)?第[\t\p{Zs}]*[\d一二三四五六七八九十百〇零]{1,6}[\t\p{Zs}]*号"
    r"|\d{2,3}年度\p{Han}{1,6}字第\d{1,6}号"
    r"|\p{Han}{1,6}字第[\d一二三四五六七八九十百〇零]{1,12}号"
    rf"){_NUMBER_TAIL}{_NUMBER_CLOSE}?[\t\p{{Zs}}]*"
)
#: A title naming an act published under its number, beyond a notice's (`names_a_document`): an
#: order (`中华人民共和国国务院令`, `中华人民共和国主席令`, `财政部令`, `甘肃省人民政府令`, `總統令`)
#: or a government's decision, reply or opinion (`甘肃省人民政府关于表彰全省劳动模范的决定`). Asked
#: only of the heading right over a number line (`_document_numbers`): `禁塑令` or `限购令` name no
#: issuer.
_NUMBERED_ACT = regex.compile(
    r"(?:国务院|政务院|主席|总统|部|委员会|总署|署|局|人民政府|银行|法院|检察院)令$"
    r"|关于\p{Han}.{0,60}的(?:决定|决议|命令|批复|意见|规定|办法)$"
)


def is_document_number(text: str) -> bool:
    """Whether a block is one line holding a document's or a case's number alone
    (`_DOCUMENT_NUMBER`: `（2024）京01民初123号`, `京政发〔2024〕12号`, `第1号`), read through the
    simplified view (`113年度訴字第123號`)."""
    s = text.strip()
    return bool(s) and "\n" not in s and _DOCUMENT_NUMBER.fullmatch(line_view(s)) is not None


def _document_numbers(pieces: list[Block]) -> list[Block]:
    """Make text (role `body`, hint `DOCUMENT_NUMBER`) a document's number printed on its own line
    under the heading naming the document (`heads_a_numbered_document`: `公告`,
    `北京市第一中级人民法院公告`, `兰州市人民政府通告`, `中华人民共和国国务院令`, `…关于…的决定`) and
    over its text: `北京市第一中级人民法院公告` / `（2024）京01民初123号` / `本院受理…`. The text cues
    read the number as a heading, the article's title, and the notice's label above it its kicker;
    the number is no title but the document's own reference, the first line of its text. A number
    line the cues read as text already (`兰州市公安局通告` / `〔2024〕1号` / `为保障…`) gets the hint
    too, so no sentence runs on from it into the text under it. A news headline holding such a
    number (`京01民初123号案宣判`) is no number alone, and a number line under any other heading, or
    over no text, stays as it was."""
    for k in range(1, len(pieces) - 1):
        piece = pieces[k]
        if piece.role in ("heading", "body") and pieces[k - 1].role == "heading" \
                and pieces[k + 1].role == "body" and is_document_number(piece.text) \
                and heads_a_numbered_document(pieces[k - 1].text) \
                and not (piece.lines and region_label(piece) is not None):
            number = _with_role(piece, "body")
            number.hints = number.hints | {DOCUMENT_NUMBER}
            pieces[k] = number
    return pieces


def heads_a_numbered_document(text: str) -> bool:
    """Whether a heading names a document published under a number printed on the line under it: a
    notice (`names_a_document`: `公告`, `兰州市公安局通告`), an order or a government's decision
    (`_NUMBERED_ACT`: `中华人民共和国主席令`, `甘肃省人民政府关于…的决定`), its spaces and line breaks
    left out, read through the simplified view (`國務院令`)."""
    if names_a_document(text):
        return True
    bare = _INNER_SPACE.sub("", "".join(text.split()))
    return _NUMBERED_ACT.search(line_view(bare)) is not None


#: The hint on a notice's contact line that `_notice_contact_lines` made text: the closing lines under
#: it still stand under the notice's text (`_under_text` looks past it).
NOTICE_CONTACT = "notice-contact"
#: A notice's contact line, read through the simplified view: a label ending with a phone, hotline,
#: fax, address, contact person or mailbox word (`联系电话`, `举报电话`, `咨询电话`, `地址`, `联系人`,
#: `邮编`), its colon and a value, one field or a few on one line, no sentence's end.
_NOTICE_CONTACT_LINE = regex.compile(
    r"[\t\p{Zs}]*(?:\p{Han}{0,4}(?:电话|热线|传真|地址|联系人|联络人|邮箱|信箱|邮编|网址)[\t\p{Zs}]*[:：]"
    r"[\t\p{Zs}]*[^\s。！？!?][^。！？!?\n]{0,60})+"
)


def _notice_contact_lines(pieces: list[Block]) -> list[Block]:
    """Make text (role `body`, hint `NOTICE_CONTACT`) a notice's contact lines printed between its
    text and its closing lines (`…特此公告。` / `联系电话：0931-8888888` / `兰州市中级人民法院` /
    `2024年11月1日`; `举报电话：…` under a 任前公示, `咨询电话：…`, `地址：…`, one line or a few): the
    text cues read such a line as page furniture or a heading, the issuer under it as the title of a
    new article, which took the notice's date as its furniture, and `-f txt` lost both. Only a run of
    one-line contact fields (`_is_notice_contact`) right under a paragraph ending its text
    (`_ends_text`) and right over the notice's closing lines (`_closing_lines_at`) is so read: the
    paper's own contact lines (`新闻热线：…`), a page's foot lines after its last article and a
    classified ad's fields (no issuer and date under them) stay as they were."""
    k = 1
    while k < len(pieces):
        j = k
        while j < len(pieces) and _is_notice_contact(pieces[j]):
            j += 1
        if j > k and pieces[k - 1].role == "body" and _ends_text(pieces[k - 1].text) \
                and _closing_lines_at(pieces, j):
            for i in range(k, j):
                piece = _with_role(pieces[i], "body")
                piece.hints = piece.hints | {NOTICE_CONTACT}
                pieces[i] = piece
        k = max(j, k + 1)
    return pieces


def _is_notice_contact(block: Block) -> bool:
    """Whether a block is one line of contact fields (`_NOTICE_CONTACT_LINE`: `联系电话：0931-8888888`,
    `举报电话：0931-12380`, `地址：兰州市城关区…`) not the paper's own (`_PAPER_CONTACT`: `新闻热线：…`),
    read from its text alone: no margin hint, no region label."""
    s = block.text.strip()
    if not s or "\n" in s or "margin" in block.hints or (block.lines and region_label(block) is not None):
        return False
    view = line_view(s)
    return _NOTICE_CONTACT_LINE.fullmatch(view) is not None and not _PAPER_CONTACT.search(view)


def _closing_lines_at(pieces: Sequence[Block], j: int) -> bool:
    """Whether `pieces[j:]` open with a notice's closing lines and head nothing: who issues it and its
    date in one heading (`is_closing_block`) or the issuer (`_names_the_issuer`) over a date line
    alone (`_is_text_date_line`), with nothing after them on the page but furniture, then a heading,
    an ornament line or the page's end (`_closes_the_text`). Under contact lines an organisation's
    name the closing rules do not know as an issuer's (`_is_unknown_issuer`: `兰州市第一中学`) over
    the date is one too."""
    if j >= len(pieces):
        return False
    first = pieces[j]
    if first.role == "heading" and is_closing_block(first.text):
        return _closes_the_text(pieces, j + 1)
    if j + 1 < len(pieces) and _names_the_issuer(first) and _is_text_date_line(pieces[j + 1]):
        return _closes_the_text(pieces, j + 2)
    if j + 1 < len(pieces) and _is_unknown_issuer(first) and _is_text_date_line(pieces[j + 1]):
        return _closes_the_text(pieces, j + 2)  # `兰州市博物馆` / date: an issuer not known as one
    lines = [ln for ln in first.text.splitlines() if ln.strip()]
    if first.role == "heading" and len(lines) == 2 and _CLOSING_DATE.fullmatch(lines[1]) \
            and _is_unknown_issuer(replace(first, text=lines[0])):
        return _closes_the_text(pieces, j + 1)  # the two in one block
    return False


def _is_text_phone_line(block: Block) -> bool:
    """Whether a furniture block is one line naming a phone number by a label not the paper's
    (`购票电话：…`, `咨询电话：…`), read from its text alone (no margin hint, no region label)."""
    s = block.text.strip()
    if "\n" in s or "margin" in block.hints or (block.lines and region_label(block) is not None):
        return False
    return _PHONE.search(s) is not None and furniture_type(s) == "contact" and not _PAPER_CONTACT.search(s)


def _address_sentences_in_text(pieces: list[Block]) -> list[Block]:
    """Make body again a sentence holding a URL or an e-mail address (`is_address_sentence`) that the
    text cues took for contact furniture where it stands in an article's text: a body block right
    above it (inside or right after the article's paragraphs), or its article's heading or byline
    right above it and a body block below it, furniture skipped (`詳情請瀏覽www.example.com.hk查詢,
    或電郵info@example.hk.` under the title). Read as furniture, `-f txt` dropped the sentence. A
    line the geometry or the file placed (a margin line, a labelled region) stays furniture, and so
    does one over the page's first article or under a heading with no text below it."""
    for k in range(1, len(pieces)):
        piece = pieces[k]
        if piece.role != "furniture" or not _is_text_address_sentence(piece):
            continue
        above = pieces[k - 1].role
        below = next((p.role for p in pieces[k + 1 :] if p.role != "furniture"), None)
        if above == "body" or (above in ("heading", "byline") and below == "body"):
            pieces[k] = _with_role(piece, "body")
    return pieces


def _is_text_address_sentence(block: Block) -> bool:
    """Whether a furniture block is one line that is an address sentence (`is_address_sentence`),
    read from its text alone (no margin hint, no region label)."""
    s = block.text.strip()
    if "\n" in s or "margin" in block.hints or (block.lines and region_label(block) is not None):
        return False
    return is_address_sentence(s)


#: A URL (its scheme or `www.` and the printable ASCII after it, the marks ending a sentence after
#: it trimmed off: `_address_span`) or an e-mail address.
_SENTENCE_ADDRESS = regex.compile(
    r"(?:https?://|www\.)[!-~]+|[A-Za-z0-9_.+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+", regex.IGNORECASE
)
#: What a URL's run does not end with: the punctuation of the sentence around it (`www.x.cn,或…`).
_URL_TAIL_MARKS = ".,;:!?)]'\""
#: A verb of asking, visiting or sending that a sentence sending its reader to an address holds
#: (`查询`, `登录`, `瀏覽`, `电邮`, `发至`), simplified and traditional; `联系` not before 人 (`联系人` is a
#: field's label), nor `电邮` before a space or a colon (`电邮 chan@abc.hk`, a field's label).
_ADDRESS_VERB = regex.compile(
    r"查询|查詢|咨询|諮詢|谘询|谘詢|询问|詢問|查阅|查閱|查看|了解|垂询|垂詢|洽询|洽詢|索取|报名|報名"
    r"|登录|登錄|登陆|登陸|登入|浏览|瀏覽|访问|訪問|点击|點擊|进入|進入|下载|下載|留言|参阅|參閱"
    r"|(?:电邮|電郵)(?![ \t\u3000:：])|发送|發送|发至|發至|寄至|寄往|寄到|邮寄|郵寄|发邮件|發郵件"
    r"|来信|來信|致函|提交|传送|傳送"
    r"|联系(?!人)|聯繫(?!人)|聯絡(?!人)|联络(?!人)"
)
#: A clause mark between a sentence's clauses (a URL's own ASCII commas are read off first).
_ADDRESS_CLAUSE_MARK = regex.compile(r"[，,；;]")
#: A colon outside the addresses: a field's label before it (`来信请寄：…`, `联络人：陈小姐`).
_ADDRESS_FIELD_COLON = regex.compile(r"[:：]")
#: How a promotional line opens: `欢迎` (`欢迎访问www.gsrb.com，了解更多`), or the address itself
#: (`www.gsrb.com，欢迎访问`).
_PROMO_OPENING = regex.compile(r"欢迎|歡迎|https?://|www\.", regex.IGNORECASE)
#: Words naming the paper, its own desks and what it offers its readers (`本报网站`, `投稿请发至…`,
#: `来稿`, `本版`, `新闻线索`, `读者信箱`, `电子版`, `更多精彩内容`, `下载APP`), `欢迎` anywhere in the
#: line (`读者朋友，欢迎登录…`), and an editor's label opening the line (`编辑 王丽，来信请发至…`,
#: `责任编辑`, `责编`): the paper's foot and promotional lines name them; an article's sentence
#: sending the reader on does not.
_PAPER_OWN = regex.compile(
    r"本报|本報|本刊|本社|本网|本網|本台|本站|本版|投稿|来稿|來稿|稿件|订阅|訂閱|订报|訂報"
    r"|欢迎|歡迎|新闻线索|新聞線索|报料|報料|爆料|读者信箱|讀者信箱|读者来函|讀者來函|电子版|電子版"
    r"|更多精彩|更多内容|更多內容|更多资讯|更多資訊|更多新闻|更多新聞|下载APP|下載APP"
    r"|^(?:责任)?编辑|^(?:責任)?編輯|^责编|^責編",
    regex.IGNORECASE,
)


def _address_span(m: regex.Match[str]) -> tuple[int, int]:
    """Where a `_SENTENCE_ADDRESS` match's address lies: a URL ends before the sentence's marks after it."""
    start, end = m.span()
    if m.group()[:1] in "hHwW":  # (a URL; an e-mail address ends at its last word)
        while end > start and m.string[end - 1] in _URL_TAIL_MARKS:
            end -= 1
    return start, end


def is_address_sentence(line: str) -> bool:
    """Whether a line holding a URL or an e-mail address (`_has_email_url`) is an article's sentence,
    not a contact line: a verb of asking, visiting or sending outside its addresses
    (`_ADDRESS_VERB`: `查询`, `瀏覽`, `电邮`, `发至`) and a clause mark outside them (`，`, `,`, `；`),
    or words after its last address and a sentence end (`请登录www.x.cn查询.`): `詳情請瀏覽
    www.example.com.hk查詢,或電郵info@example.hk.`, `如有疑問，請電郵至info@hkpl.gov.hk`. Lines of the
    paper's own (`_PAPER_OWN`: `欢迎访问本报网站www.gsrb.com`, `投稿请发至…，来稿请注明…`), a line
    opening with a contact label (`网址：…`, `联系人 王女士，电话…，邮箱…`: `_CONTACT_LEAD`,
    `_TYPED_FIELD`) or holding a colon outside its addresses (`来信请寄：dzlx@gsrb.com，邮编730030`,
    `联络人：陈小姐，电邮 chan@abc.hk`), a promotional line (`_PROMO_OPENING`: `欢迎访问www.gsrb.com，
    了解更多`, `www.gsrb.com，欢迎访问`) and an address alone or after a verb with no clause
    (`更多新闻请访问www.gsrb.com`) stay contact lines: a paper prints those at its foot and in its ads."""
    s = line.strip()
    view = line_view(s)  # (the labels read a traditional line through its simplified view: `電郵 …`)
    if not _has_email_url(s) or _PAPER_OWN.search(s) or _CONTACT_LEAD.match(view) or _TYPED_FIELD.match(view):
        return False
    if _PROMO_OPENING.match(s) or _ADDRESS_VERB.search(s) is None:
        return False
    pieces, last = [], 0
    for m in _SENTENCE_ADDRESS.finditer(s):
        start, end = _address_span(m)
        pieces.append(s[last:start])
        last = end
    if not pieces:
        return False
    words, tail = "".join(pieces), s[last:]
    if _ADDRESS_FIELD_COLON.search(words + tail):
        return False
    if _ADDRESS_CLAUSE_MARK.search(words + tail):
        return True
    body = tail.rstrip().rstrip(_CLOSERS)
    return _HAN.search(body) is not None and body[-1:] in ".!?。！？"


def _unlabelled_texts(blocks: Sequence[Block]) -> Iterable[str]:
    """The texts of the page's first blocks up to the first region the file labelled, which keeps
    the role its label gives (for `running_head`)."""
    for block in blocks:
        if block.lines and region_label(block) is not None:
            return
        yield block.text


def _is_top_header(block: Block, *, first: bool) -> bool:
    """Whether a block among the page's first furniture is its page header (`page_header`, its page
    in hanzi numerals too: `第一版 要闻`, `_hanzi_page_header`); a region the file labelled keeps the
    role its label gives."""
    if block.lines and region_label(block) is not None:
        return False
    return _states_page_header(block.text, first=first)


def _is_top_masthead(
    blocks: Sequence[Block],
    i: int,
    above: Sequence[Block],
    text: str,
    emphasised: Callable[[Block], Sequence[str]] | None,
    paper: str | None,
) -> bool:
    """Whether `blocks[i]`, among the page's first furniture (`above` holds only furniture), is the
    paper's masthead: a line naming the paper (`is_masthead`) with a date line or a page number line
    right above or right below it. The date or page beside it is what tells the running head from a
    headline that names a paper (`甘肃日报` over the first article, with no date near it, stays a
    title); a region the file labelled keeps the role its label gives."""
    block = blocks[i]
    if (block.lines and region_label(block) is not None) or not is_masthead(block.text, paper=paper):
        return False
    if above and _states_date_or_page(above[-1].text):
        return True
    if i + 1 >= len(blocks):
        return False
    below = blocks[i + 1]
    if _is_top_header(below, first=False):
        return True
    pieces = label_block(below, text, emphasised)
    return pieces[0].role == "furniture" and _states_date_or_page(pieces[0].text)


def _states_date_or_page(text: str) -> bool:
    """Whether a furniture line states the issue date or the page (`2023年10月12日 星期四`, `第4版`,
    `A04 要闻`, also with the page's editors after it: `A3 要闻 ● 责任编辑 王丽`): the lines a masthead
    stands beside."""
    if _prints_date_or_page(text) or page_header(text) is not None:
        return True
    head = _header_of(text)  # (`3 要闻 责任编辑 王丽`: the page header before the editors states the page)
    return head is not text and (_prints_date_or_page(head) or page_header(head) is not None)


def _prints_date_or_page(text: str) -> bool:
    """Whether a furniture line prints an issue date or a page number (`page_facts`), a date the
    calendar has not included: `2023年2月30日 星期四` is a misread date line, which fills no date but
    stands where the date does, so the masthead beside it is the masthead as over a valid date."""
    return _ISO_PARTS.search(text) is not None or _page_number(text) is not None


def states_running_head(line: str) -> bool:
    """Whether a line alone at a page's top states what a running head states: the issue date or
    the page (`2023年10月12日 星期四`, `第4版 要闻`, `3 要闻`: `_states_date_or_page`, `page_header`).
    The flat text's running head needs such a line (`running_head`); the boxes only say a line is
    above all other text, which a kicker (`诗歌`), a section label (`履职风采`) or a title set in body
    type is too. A date or page printed anywhere in the line counts, so a head line the engine
    garbled past the head line patterns (`第2版”要闻 2024年5月6日”星期一`) still does. So does the
    page number alone (`is_folio`: `- 4 -`, `A04`, `第4页`), which papers print in the head's corner.
    Not a title printing a date or page beside its words, which flat text reads as no head line
    (`_holds_title_words`: `2024年5月6日全市召开会议`, `全市召开会议 2024年5月6日`); a head printing
    the paper, the publisher, the weather or a weekday beside the date is one all the same
    (`新华每日电讯 2024年5月6日`, `2024年5月6日 星期一 天气 晴`). Nor a headline opening (or ending)
    on a date beside a few words that print none of a head's cues, nor one holding any word that is
    no head's piece nor a name heads print, whatever cue stands beside the date (`_dated_title`:
    `1949年10月1日 开国大典`, `开国大典 1949年10月1日 星期六`, `全市 2024年5月6日`,
    `2024年5月6日 星期一 第3版 学习贯彻二十大`), nor a source note or a line between a title's marks
    (`cites_or_titles`: `（原载《人民日报》2024年5月6日 第5版）`, `《1976年1月8日 星期四》`): its
    date is no issue date. Flat text reads each of these alike (`_dated_printed_head`,
    `running_head`)."""
    s = line.strip()
    if not s or visible_len(s) > MAX_FURNITURE:
        return False
    view = line_view(s)
    # `（原载《人民日报》2024年5月6日 第5版）`: the source's date, no issue date
    return not cites_or_titles(view) and _view_states_running_head(view)


def _view_states_running_head(view: str) -> bool:
    """`states_running_head` for a line's view (`line_view`) of a furniture line's length that is no
    source note nor a title between its marks (`cites_or_titles`, which `states_page_foot` asks
    first, once)."""
    if _glued_ban_headline(view):
        return False  # `第3版面设计大赛2024年5月6日`: a headline (版面设计), though it prints a date
    states = _states_date_or_page(view)
    if states and not is_head_line(view) and _dated_title(view):
        return False  # `2024年5月6日全市召开会议`: a title printing a date, as flat text reads it
    return states or page_header(view, first=True) is not None or is_folio(view)


#: A letter or digit of any script: what a line holds besides a date and marks.
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")


def _glued_ban_headline(line: str) -> bool:
    """Whether `line` reads as a page header whose section's name is glued into a word with 版
    (`_name_glued_into_word`: `第3版面设计大赛`, also with a date, `第3版面设计大赛2024年5月6日`): a
    headline, which states no page, and whose date makes no running head of it either."""
    if "版" not in line:
        return False
    m = _PAGE_HEADER.fullmatch(line)
    return m is not None and _name_glued_into_word(m)


#: A page number printed alone at a page's foot: one to three digits (group `n`), or a section page
#: (`A04`, group `letter`), between dashes or dots or none (`4`, `- 4 -`, `—4—`, `·4·`, `P4`). A number
#: alone on the page's last line is the folio; under running text it is no figure of the article (a
#: row of figures holds more). In brackets it is a list's number (`（4）`), not a folio.
_FOLIO = regex.compile(
    r"[\t\p{Zs}]*(?:[-－—–~～·・•][\t\p{Zs}]*)?(?:(?P<letter>[A-Z])[\t\p{Zs}]?)?(?P<n>\d{1,3})"
    r"(?:[\t\p{Zs}]*[-－—–~～·・•])?[\t\p{Zs}]*"
)
#: A page number stated with its word, which a line alone prints only as its page's number (group
#: `n`, and `of` a page count after it): `第4页`, `第 4 页`, `第4页 共8页`, `Page 4`, `Page 4 of 8`.
_WORDED_FOLIO = regex.compile(
    r"[\t\p{Zs}]*(?:"
    r"第[\t\p{Zs}]*(?P<n>\d{1,3})[\t\p{Zs}]*页"
    r"(?:[\t\p{Zs}]*[,，/／]?[\t\p{Zs}]*共[\t\p{Zs}]*(?P<of>\d{1,3})[\t\p{Zs}]*页)?"
    r"|(?i:page)[\t\p{Zs}]*(?P<n>\d{1,3})(?:[\t\p{Zs}]*(?:(?i:of)|[/／])[\t\p{Zs}]*(?P<of>\d{1,3}))?"
    r")[\t\p{Zs}]*"
)
#: A page and the page count, alone (`4/8`, `4 / 8`): the folio of a page at its foot, where the
#: boxes put it (a date or a score alone there is rare; in flat text it stays text).
_FOLIO_OF = regex.compile(r"[\t\p{Zs}]*(?P<n>\d{1,3})[\t\p{Zs}]*[/／][\t\p{Zs}]*(?P<of>\d{1,3})[\t\p{Zs}]*")


def is_folio(line: str) -> bool:
    """Whether a line at a page's foot is its page number alone: `4`, `- 4 -`, `·4·`, `A04`, `P4`
    (`_FOLIO`), `第4页`, `第 4 页`, `Page 4` (`is_worded_folio`), `4/8` (the page of a count, never
    past it: `9/8` is no folio). Not `（4）`, a list's number."""
    if _FOLIO.fullmatch(line) is not None or is_worded_folio(line):
        return True
    m = _FOLIO_OF.fullmatch(line)
    return m is not None and _counted_page(m)


def is_worded_folio(line: str) -> bool:
    """Whether a line is a page number stated with its word (`第4页`, `第 4 页`, `第4页 共8页`,
    `Page 4`, `Page 4 of 8`): the page's number wherever it stands, as `第4版` is a page line; flat
    text reads it as furniture too (`is_furniture`)."""
    m = _WORDED_FOLIO.fullmatch(line)
    return m is not None and _counted_page(m)


def _counted_page(m: regex.Match[str]) -> bool:
    """Whether a folio match's page is one (`第0页` is a misreading) within the count it gives, if
    any (`4/8`; `9/8` is no page of eight)."""
    n, of = int(m.group("n")), m.group("of")
    return n > 0 and (of is None or n <= int(of))


def folio_number(line: str) -> int | None:
    """The page number a folio line states (`is_folio`): `- 4 -`, `·4·`, `第4页`, `Page 4`, `4/8`
    and `P4` state 4; a section page (`A04`) states no page number (the letter names its section),
    nor does other text."""
    m = _FOLIO.fullmatch(line)
    if m is not None:
        letter = m.group("letter")
        return (int(m.group("n")) or None) if letter in (None, "P") else None
    for pattern in (_WORDED_FOLIO, _FOLIO_OF):
        m = pattern.fullmatch(line)
        if m is not None and _counted_page(m):
            return int(m.group("n"))
    return None


def states_page_foot(line: str) -> bool:
    """Whether a line alone at a page's foot says it is the page's footer: its page number
    (`is_folio`: `4`, `- 4 -`, `第4页`, `4/8`), a line of page furniture by its text as flat text reads it
    (`is_furniture`: an editor credit `责任编辑：王丽`, a phone, an e-mail, the imprint `邮发代号：53-1`,
    a date and page `2023年10月12日 星期四 第4版`), or a line stating the date or the page as a
    running head does (`states_running_head`: `第4版 要闻`). The boxes only say a line is below all
    other text, which the article's own last line is too: a title in body type, a signature
    `（记者 王丽）`, a continuation marker, the last words of a paragraph (`加强合作`), a row of
    figures (`8 7 9`); their text decides their role, as in flat text. A date alone
    (`2023年10月12日`) is left to the text too: under a notice it is its closing date, as flat text
    reads it (`_closing_dates`), else furniture by its text (`is_date_alone`)."""
    s = line.strip()
    if not s or visible_len(s) > MAX_FURNITURE:
        return False
    view = line_view(s)
    if _CLOSING_DATE.fullmatch(view) or cites_or_titles(view):
        return False
    return is_folio(view) or is_furniture(view) or _view_states_running_head(view)


def is_date_alone(line: str) -> bool:
    """Whether a line is a date alone (`2023年10月12日`, `二〇二三年十月十二日`: `_CLOSING_DATE`), which
    at a coordinate page's foot is the page's date unless it closes a notice or a letter above it
    (`_closing_dates` reads the hint `foot` so)."""
    return _CLOSING_DATE.fullmatch(line_view(line.strip())) is not None


def note_place(block: Block) -> str | None:
    """The TEI `note/@place` of a note block (`margin`, `foot`, `end`), from its region label;
    None when the label does not say."""
    label = region_label(block) if block.lines else None
    return NOTE_PLACES.get(label) if label is not None else None


def is_page_number(block: Block) -> bool:
    """Whether the file labelled the block's region a page number (hOCR `ocr_pageno`)."""
    return bool(block.lines) and region_label(block) == "page-number"


def furniture_type(text: str) -> str:
    """The TEI `fw/@type` for a furniture block by its text: `contact`, `credit` (editors) or
    `header` (a labelled page number is `pageNum`: `is_page_number`)."""
    s = text.strip()
    s = bracketed_inner(s) or s  # `（责任编辑：赵静）` is an editor credit as `责任编辑：赵静` is
    if _has_email_url(s) or (_may_hold_phone(s) and _PHONE.search(s)) or _CONTACT_LEAD.match(s):
        return "contact"
    if is_paper_desk_contact(s):
        return "contact"  # `本报编辑部 电话：55.6631`
    if _FURNITURE_LEAD.match(s):
        return "credit"
    return other_furniture_type(s) or "header"


#: A field of a furniture line opening at its start or after a space or a line break, typed by its
#: label (group `contact` or `credit`): a contact or editor label before a colon, a space or a digit
#: (`责任编辑：`, `邮编 730000`; `编辑部` is a word, no label), or a label of up to four more hanzi
#: ending with one before a colon (`通讯地址：`, `投诉电话：`).
_TYPED_FIELD = regex.compile(
    r"(?<!\S)(?:"
    rf"(?:(?P<contact>{_CONTACT_LABELS})|(?P<credit>{_EDITOR_LABELS}))(?=\s*[:：]|\s|\d)"
    rf"|{_OTHER_FIELD}"
    r"|\p{Han}{1,4}?(?:(?P<contact>电话|热线|传真|邮箱|网址|邮编|地址)|(?P<credit>编辑|责编|校对|主编))(?=\s*[:：])"
    r")",
    regex.IGNORECASE,
)


def furniture_runs(text: str) -> list[tuple[int, str]]:
    """Where each run of fields of one kind starts in the furniture block `text`, with its kind
    (`contact`, `credit` or `header`, as `furniture_type` names them), in order.

    Footers print several fields on one line (`新闻热线：0935-2212345 责任编辑：李明`); a reader counting
    the page's editors needs the credit typed as one, so the labels cut such a line into one block per
    run. A field opens at a label after a space or a line break (`_TYPED_FIELD`), which is where the
    printed line itself sets fields apart; a value holding a space (`通讯地址：兰州市 城关区`) goes on.
    Text before the first label is a run of its own only when it is furniture alone (a date line, an
    unlabelled phone number), else the first field's. A label with no value before the next one
    (`编辑 电话：…`) names that field. One run (every single-kind line) means: do not cut."""
    opens = [(m.start(), _field_kind(m)) for m in _TYPED_FIELD.finditer(text)]
    lead = len(text) - len(text.lstrip())
    if not opens or opens[0][0] > lead:
        before = text[lead : opens[0][0]] if opens else text
        if not opens or is_furniture(before) or _header_before_fields(before):
            opens.insert(0, (lead, furniture_type(before)))
        else:
            opens[0] = (lead, opens[0][1])
    runs: list[tuple[int, str]] = []
    for i, (start, kind) in enumerate(opens):
        end = opens[i + 1][0] if i + 1 < len(opens) else len(text)
        if i + 1 < len(opens) and _label_only(text[start:end]):
            continue  # `编辑 电话：…`: the label names the next field
        if runs and runs[-1][1] == kind:
            continue
        runs.append((start if runs else lead, kind))
    return runs


def _field_kind(m: regex.Match[str]) -> str:
    """The kind of a `_TYPED_FIELD` match, as `furniture_type` names it."""
    return next(kind for kind in _FIELD_KINDS if m.group(kind))


#: The groups of `_TYPED_FIELD`, each a field's kind.
_FIELD_KINDS = ("imprint", "promo", "contact", "credit")


def _header_before_fields(text: str) -> bool:
    """Whether the text before a furniture line's first field is a page header, with the mark that
    sets it apart from the field (`A3 要闻 ● `, before `责任编辑 王丽`): a run of its own."""
    return page_header(line_view(text.strip().rstrip(_FIELD_MARKS).strip()), first=True) is not None


#: A contact, editor, imprint or promotional label ending where a space follows (`责任编辑`, `美编`,
#: `定价`; group `other` the last two), opening its line or after a space: in a line of fields the
#: label's space stands for its colon (`责任编辑 王丽 电话：…`, `定价 2.00元 印刷：…`).
_LABEL_TAIL = regex.compile(
    rf"(?:{_FIELD_LABELS}|(?P<other>{_IMPRINT_LABELS}|{_PROMO_LABELS}))(?=[ \t\u3000])", regex.IGNORECASE
)
#: What follows an imprint or promotional label whose space stands for its colon (`_OTHER_FIELD`).
_SPACED_OTHER_VALUE = regex.compile(rf"[ \t\u3000]+{_SPACED_VALUE}")
#: A label opening a field: a contact or editor label before its colon, or a space and a value
#: (`美编 李华`); an imprint or promotional one as `_OTHER_FIELD` reads it (`印刷：`, `定价 2.00元`).
_SPACED_FIELD_LABEL = regex.compile(
    rf"(?:{_FIELD_LABELS})(?=[ \t\u3000]*[:：]|[ \t\u3000]+\S)|{_OTHER_FIELD}", regex.IGNORECASE
)
#: How far back a field label before a gap can start (the longest, `国内统一连续出版物号`, holds 10).
_LABEL_TAIL_REACH = 10


def field_label_before(text: str, pos: int) -> bool:
    """Whether a field's label ends at `text[pos]`, opening its line or after a space, its value after
    the gap there (`责任编辑` in `责任编辑 王丽 电话：…`, `定价` in `定价 2.00元`): the gap sets the label
    apart from its value, where a colon would. An imprint or promotional label needs a value of digits
    or Latin letters there (`_SPACED_VALUE`), as it does to open a field."""
    return _label_before(text, pos) is not None


def _label_before(text: str, pos: int) -> regex.Match[str] | None:
    """The `_LABEL_TAIL` match `field_label_before` finds ending at `text[pos]`, or None."""
    line_start = text.rfind("\n", 0, pos) + 1
    window_start = max(line_start, pos - _LABEL_TAIL_REACH)
    return next(
        (
            m
            for m in _LABEL_TAIL.finditer(text, window_start, pos + 1)
            if m.end() == pos
            and (m.start() == line_start or text[m.start() - 1].isspace())
            and (m.group("other") is None or _SPACED_OTHER_VALUE.match(text, pos) is not None)
        ),
        None,
    )


def spaced_value_before(text: str, pos: int) -> bool:
    """Whether the value of an imprint or promotional field ends at `text[pos]`, one token of digits or
    Latin letters (`_SPACED_VALUE`) after its label's colon or a space standing for it (`2.00元` in
    `定价 2.00元 甘肃日报社出版` and in `定价：2.00元 甘肃日报社出版`): a gap there sets the field apart from
    the next one, which is text. With a space for the colon the field reads so because a space ends its
    value: removing the gap would undo the field on a second run (`定价 2.00元甘肃…` is no field, and
    would lose its first space then)."""
    if text[pos - 1 : pos] not in _VALUE_TAIL:
        return False  # no value ends there (the cheap test: most gaps follow a hanzi)
    line_start = text.rfind("\n", 0, pos) + 1
    if _COLON_VALUE_END.search(text, max(line_start, pos - _COLON_VALUE_REACH), pos) is not None:
        return True
    gap = _LAST_GAP.search(text, line_start, pos)
    if gap is None or _SPACED_VALUE_WHOLE.fullmatch(text, gap.end(), pos) is None:
        return False
    label = _label_before(text, gap.start())
    return label is not None and label.group("other") is not None


#: The characters a value of `_SPACED_VALUE` can end with, in `_COLON_VALUE_END` too, whose
#: IGNORECASE lets `[A-Za-z]` match İ, ı, ſ and the Kelvin sign as well.
_VALUE_TAIL = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.．-－—/_元\u0130\u0131\u017f\u212a"
)
#: The last run of horizontal spaces before a position (searched backwards).
_LAST_GAP = regex.compile(r"(?r)[ \t\u3000]+")
#: A value of `_SPACED_VALUE` as a whole, its end given.
_SPACED_VALUE_WHOLE = regex.compile(_SPACED_VALUE.removesuffix(r"(?=\s|$)"))
#: An imprint or promotional label opening its line or after a space, its colon and a value of
#: `_SPACED_VALUE` ending where the search ends (`定价：2.00元`, `邮发代号：53-1`).
_COLON_VALUE_END = regex.compile(
    rf"(?<!\S)(?:{_IMPRINT_LABELS}|{_PROMO_LABELS})[ \t\u3000]*[:：][ \t\u3000]*"
    rf"{_SPACED_VALUE_WHOLE.pattern}\Z",
    regex.IGNORECASE,
)
#: How far before a gap such a field can start (a label of 10, its colon, a value of 20 and spaces).
_COLON_VALUE_REACH = 36


def _imprint_hanzi_labels() -> list[str]:
    """The imprint labels of hanzi only (`零售价`, `邮发代号`...), longest first: a stray space can
    fall between two of their hanzi (`ISSN` is no word a space breaks so)."""
    labels = [label for label in _IMPRINT_LABELS.split("|") if regex.fullmatch(r"\p{Han}+", label)]
    return sorted(labels, key=len, reverse=True)


#: An imprint label opening a field (at its line's start or after a space), one stray space the OCR
#: may have put between any two of its hanzi (group `label`), its colon or a spaced value after it:
#: `零 售价 1.50元`, `邮发代 号 53-1`, `国 内统 一连续出版物号 CN62-0001`. The labels are a closed list,
#: so such a label is still recognisable, as a reporter label is (`_SPLIT_LABEL`); a headline going on
#: after its number stays none (`定 价 2元的午餐`). Every stray space of a label is found at once:
#: read one at a time, the second was only seen once the first had gone, on a second run.
_SPLIT_IMPRINT_LABEL = regex.compile(
    r"(?<!\S)(?P<label>"
    + "|".join("[ \t\u3000]?".join(label) for label in _imprint_hanzi_labels())
    + rf"){_COLON_OR_SPACED_VALUE}"
)
#: The hanzi of those labels, either side of such a stray space (simplified: lines are read through
#: their view).
_IMPRINT_LABEL_CHARS = frozenset("".join(_imprint_hanzi_labels()))
#: How far before a stray space such a label starts at most (`国内统一连续出版物号` holds 10 hanzi, and
#: as many stray spaces as gaps between them).
_IMPRINT_LABEL_REACH = 2 * max(map(len, _imprint_hanzi_labels())) - 2

#: Any of those labels, stray spaces inside it or not, wherever it stands (`holds_imprint_label`).
_ANY_IMPRINT_LABEL = regex.compile(
    "|".join("[ \t\u3000]?".join(label) for label in _imprint_hanzi_labels())
)


def holds_imprint_label(line: str) -> bool:
    """Does `line` name a field of the paper's imprint (`零售价1.50元 甘肃日报 社出版 …`, `邮发代 号 53-1`),
    whole or split by stray spaces? The spacing step reads such a line by its field rules, never as a
    row of bare values whose every gap stays. A traditional line is read through its simplified view."""
    return _ANY_IMPRINT_LABEL.search(line_view(line)) is not None


def imprint_label_stray(text: str, start: int, end: int) -> bool:
    """Is the space run `text[start:end]` one stray space inside an imprint label that opens a field on
    a line without sentence punctuation (`零 售价 1.50元 甘肃日报社出版`, `邮发代 号 53-1`)? The spacing step
    removes it before it decides the line's other gaps, so the field keeps the space standing for its
    colon as the unbroken label does (`零售价 1.50元`), and a second run has nothing left to change. A
    traditional line (`零售 價 1.50元`) is read through its simplified view."""
    if end - start != 1 or start == 0 or end >= len(text):
        return False
    if not (_may_be_label_char(text[start - 1]) and _may_be_label_char(text[end])):
        return False  # (the cheap test, before the line is read: most gaps)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = line_view(text[line_start : line_end if line_end >= 0 else len(text)])
    a = start - line_start
    if line[a - 1] not in _IMPRINT_LABEL_CHARS or line[a + 1] not in _IMPRINT_LABEL_CHARS:
        return False  # (the cheap test, most gaps: no label's hanzi on both sides)
    if _SENTENCE_PUNCT.search(line):
        return False  # running text: `记者了解到，零 售价 1.50元。`
    for label_start in range(max(0, a - _IMPRINT_LABEL_REACH), a):
        m = _SPLIT_IMPRINT_LABEL.match(line, label_start)
        if m is not None and m.start("label") < a < m.end("label"):
            return True  # (the label's hanzi are no spaces: `a`, a space, is one of its stray ones)
    return False


def _may_be_label_char(char: str) -> bool:
    """Whether `char` may read as a hanzi of an imprint label: one of them, or a hanzi outside the
    simplified set, whose view may be one (`價`)."""
    return char in _IMPRINT_LABEL_CHARS or (not is_simplified_char(char) and _HAN.match(char) is not None)


def spaced_field_opens(text: str, pos: int) -> bool:
    """Whether a field's label opens a field at `text[pos]`, before its colon or a space and a value
    (`美编：李华`, `美编 李华`, `印刷：…`, `定价 2.00元`)."""
    return _SPACED_FIELD_LABEL.match(text, pos) is not None


def holds_fields(line: str) -> bool:
    """Whether a line holds two fields or more, each opening at a contact or editor label at its start
    or after a space (`_TYPED_FIELD`: `责任编辑 王丽 电话：0931-8456789`): a line of fields, not text."""
    fields = _TYPED_FIELD.finditer(line)
    return next(fields, None) is not None and next(fields, None) is not None


def _label_only(field: str) -> bool:
    """Whether a field is its label alone, with no value before the next field (`编辑 `)."""
    m = _TYPED_FIELD.match(field)
    return m is not None and not field[m.end() :].strip(" \t\n:：")


def _furniture_pieces(block: Block, text: str) -> list[Block]:
    """A furniture block as one piece per run of fields of one kind (`furniture_runs`), each role
    `furniture`: the TEI types each `fw` by its text, so `新闻热线：… 责任编辑：李明` gives a `contact`
    and a `credit`. The space between two runs lies between the pieces, as a byline's line break
    does between it and its lead: the text is not changed, only where one block ends."""
    s = block.text.strip()
    # fields are set apart by a space or a line break: a block with none inside is one run
    runs = furniture_runs(block.text) if visible_len(s) > 4 and _SPACES.search(s) else ()
    if len(runs) < 2:
        return [_with_role(block, "furniture")]
    return _split(block, text, [(block.start + start, "furniture") for start, _ in runs])


#: The marks papers print between a page header's fields (`新民晚报 | 2023年10月12日 | A5`, `要闻 / 3`,
#: `A3 要闻 ● 责任编辑 王丽`), with spaces around them or not.
_FIELD_MARKS = "|｜/／·•●■"
#: The page written with its word, set apart from what follows by a blank or a field mark (`第4版
#: 要闻`, `第2版|要闻`).
_PAGE_NUMBER = regex.compile(rf"(?:^|\s)第\s*(\d{{1,3}})\s*版(?:\s|$|[{_FIELD_MARKS}])")
#: A written issue date's year, month and day (`y`, `m`, `d`; `roc` a Minguo year): `2023年10月12日`,
#: `2023.10.12` (one kind of separator), `中華民國112年10月12日`, `二〇二三年十月十二日`.
_ISO_PARTS = regex.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"|(?<![\d.\-/])(?P<y>\d{4})(?P<sep>[.\-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.\-/])"
    r"|(?:中[华華])?民[国國]\s*(?P<roc>\d{1,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    rf"|(?:中[华華])?民[国國]\s*(?P<roc>{_ROC_HANZI_YEAR})\s*年\s*(?P<m>{_HANZI_MONTH})\s*月"
    rf"\s*(?P<d>{_HANZI_DAY})\s*日"
    r"|(?P<y>[一二][〇零○一二三四五六七八九]{3})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>[一二三四五六七八九十廿卅]{1,3})\s*日"
)
#: The Minguo calendar's first year, 1912, is its year 1.
_ROC_OFFSET = 1911


def page_facts(text: str) -> tuple[str | None, int | None]:
    """The issue date (ISO) and page number printed in a furniture line (`2023年10月12日 星期四`,
    `中華民國112年10月12日`, `二〇二三年十月十二日`, `第4版`), when there are."""
    m = _ISO_PARTS.search(text)
    date = _iso_date(m) if m else None
    return date, _page_number(text, furniture=True)


def _page_number(text: str, *, furniture: bool = False) -> int | None:
    """The page number a line prints (`第4版`, `A04 要闻`), if any. A quote the engine garbled between
    a head's pieces hides none (`_stray_marks_read_as_gaps`) in a line printing the date
    (`第2版”要闻 2024年5月6日”星期一`), or in a line already read as furniture (`furniture`:
    `page_facts`, `第4版“文化` in a page's running head); otherwise the quotes are a headline's
    (`“第2版”背后`, `第5版“要闻”`), which stating no page stays in the text. Lines without quotes
    are read once."""
    p = _PAGE_NUMBER.search(text)
    number = int(p.group(1)) if p else _header_number(text)
    if not number and _STRAY_QUOTES.search(text) is not None and (furniture or _ISO_PARTS.search(text)):
        number = _header_number(_stray_marks_read_as_gaps(text))
    if not number:
        number = _worded_page_number(text)
    return number or None  # pages count from 1: `第0版` is a misreading, not a page number


#: The page in hanzi numerals (`第一版`, `第十二版`), a word of its own (after no hanzi, or glued to
#: the weekday as `_PIECE_START` reads it: `星期二第一版`); group `n` the number.
_WORDED_PAGE_NUMBER = regex.compile(
    rf"(?:(?<!\p{{Han}})|(?<={_WEEKDAY_XINGQI}))第\s*(?P<n>{_HANZI_PAGE})\s*版"
    r"(?!\p{Han})"
)


def _worded_page_number(text: str) -> int:
    """The page a furniture line names in hanzi numerals (`第一版`; `第一張 第二版` is page 2), else 0.
    A sheet alone (`第二張`, `第2张`) names no page: a sheet holds several (sheet 2 is pages 5 to 8 of
    a paper folded so), so the head is read, its page unknown. Digits with 版 are `_PAGE_NUMBER`'s."""
    for m in _WORDED_PAGE_NUMBER.finditer(text):
        if value := chinese_number(m.group("n")) or 0:
            return value
    return 0


#: Quotes the engine reads into a head line between its pieces, where the page printed a gap
#: (`第2版”要闻 2024年5月6日”星期一`): no mark a page header prints (`_FIELD_MARKS` are).
_STRAY_QUOTES = regex.compile(r"[“”‘’\"'＂＇]")


def _stray_marks_read_as_gaps(text: str) -> str:
    """`text` with each quote read as a gap (`_STRAY_QUOTES`), for `_page_number` alone: the page is
    the number only when the whole line then reads as a page header (`第2版 要闻 2024年5月6日
    星期一`), so a headline quoting words after a page (`第2版“面孔”的故事`) names none; the text
    keeps its marks."""
    return _STRAY_QUOTES.sub(" ", text)


def _iso_date(m: regex.Match[str]) -> str | None:
    """The ISO date an `_ISO_PARTS` match states, its numbers in Arabic digits, hanzi numerals or of
    the Minguo calendar; None for a date the calendar has not (`2023年2月30日`, a misreading), as
    `--date` refuses one."""
    roc = m.group("roc")
    if roc:
        year = _date_number(roc)
        year = year + _ROC_OFFSET if year else None  # the Minguo calendar has no year 0
    else:
        year = _date_number(m.group("y"))
    month, day = _date_number(m.group("m")), _date_number(m.group("d"))
    if year is None or month is None or day is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _date_number(numeral: str) -> int | None:
    """A date's number in Arabic digits or hanzi numerals (`12`, `十二`, `二〇二三`, `○` for a zero),
    a Minguo year's hundreds included (`一百一十二`, `一百零二`), 廿 and 卅 for twenty and thirty
    (`廿一` 21, `卅` 30, `廿六` a Minguo year 26)."""
    if numeral.isdigit():
        return int(numeral)
    numeral = numeral.replace("廿", "二十").replace("卅", "三十")  # (`廿一` is 21, `卅` 30)
    hundreds, mark, rest = numeral.replace("○", "〇").partition("百")
    if not mark:
        return chinese_number(hundreds)
    head, tail = chinese_number(hundreds), chinese_number(rest.lstrip("零〇")) if rest else 0
    return None if head is None or tail is None else head * 100 + tail


#: A section page named in a furniture line, as `第3版` names a page: `A4版`, `第A4版`, `第A04版`.
_PAGE_LABEL = regex.compile(r"(?:^|\s)第?\s*([A-Z]\s*\d{1,3})\s*版(?:\s|$)")


def page_label_fact(text: str, *, whole_header: bool = False, first: bool = False) -> str | None:
    """The section page (`A4`, `A04` as printed) a furniture line names (`2023年10月12日 星期四 第A4版`),
    or, with `whole_header`, a page-top line that is a page header (`A04 要闻`, `page_header`, whose
    guards keep a headline such as `G20峰会开幕` from naming a page; with `first`, the line the
    labels made the page's running head, also `A4 港聞 2015年3月12日`, a section name that is no
    section word after an unpadded page, as `page_header(first=True)` reads it, when the line prints
    what a head prints beside the page, `_running_head_names_page`: `A4 明報 港聞 2015年3月12日`,
    `A12 星島日報 2015年3月12日`; `E3 游戏展开幕` may be a headline). Full-width
    letters and digits (`Ａ４版`) are for the caller to fold (NFKC), as the unicode step does."""
    if not whole_header:
        m = _PAGE_LABEL.search(text)
        return m.group(1) if m else None
    # its guards: `G20峰会开幕` is a headline, not section page G20; a field mark the running head left
    # before the page's editors (`A3 要闻 ●`, `credited_head_line`) is no part of the header
    # read as the labels read the page (`明報` as `明报`)
    line = line_view(text.strip().rstrip(_FIELD_MARKS).rstrip())
    header = page_header(line)
    if header is None and first:
        header = page_header(line, first=True)
        if header is not None and not _running_head_names_page(header):
            header = None  # (`E3 游戏展开幕`, `B2 轰炸机试飞`, `E3 游戏展 2024年6月11日`: a headline)
    # (a bare header, `3 要闻 2023年10月12日`, has no `lettered` group: its page is a number)
    raw = (header.groupdict().get("lettered") or header.group("page")) if header is not None else None
    return raw if raw is not None and raw[:1].isalpha() else None


def _running_head_names_page(header: regex.Match[str]) -> bool:
    """Whether a running head's page header whose section page stands without 版 and whose name is no
    section word (`page_header(first=True)`) names its page: besides the page it prints only what a
    head prints, a desk's name (`_desk_page_name`: `港聞`, `國際`, `國內新聞`), the paper's
    (`_heads_paper_name`: `明報`, `星島日報`, `聯合報`) and the issue date, two of them at least: a desk
    with the date or the paper (`A4 港聞 2015年3月12日`, `A4 明報 港聞`), the paper with the date
    (`A12 星島日報 2015年3月12日`). A headline's words with a date name no page (`E3 游戏展 2024年6月11日`,
    review RC2b), nor does a desk or a paper alone (`E3 游戏展开幕`, `A4 港聞`)."""
    extras = header.captures("extra")
    paper = "paper" in header.re.groupindex and header.group("paper") is not None
    if _desk_page_name(header):
        return paper or any(extras)
    dated = any(_HEADER_DATE_RE.fullmatch(extra) for extra in extras)
    return dated and _heads_paper_name(line_view((header.group("name") or "").strip()))


#: An issue date printed with dots, dashes or slashes, one kind in a date (`2023.10.12`, `2023-10-12`,
#: `2023/10/12`), as many papers print it in their page headers.
_NUMERIC_DATE = (
    r"(?<![\d.\-/])\d{4}(?:\.\d{1,2}\.\d{1,2}|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2})(?![\d.\-/])"
)
_HEADER_DATE = (
    rf"(?:{_WRITTEN_DATE}|{_NUMERIC_DATE})"
    rf"(?:\s*{_WEEKDAY})?"
    rf"|{_WEEKDAY_XINGQI}"
)
#: What opens a sentence citing a paper rather than a page header naming one: `本报` (this paper),
#: `详见本报第4版`, `转自人民日报第4版`, `据光明日报第3版报道`, anywhere in the name.
_PAPER_CITATION = r"(?:详见|请看|参见|参看|见|转自|转载自|原载|载于|据|(?:本|该|此|我)报)"
#: A paper's name in its page header: `人民日报`, `武威日报`, `北京晚报`, `中国青年报`.
_HEADER_PAPER = rf"(?:(?!{_PAPER_CITATION})\p{{Han}}){{1,8}}?报"
#: What a page is cited for in running text, never a section's name: `本报第4版刊登`.
_CITING_VERB = r"(?:刊登|刊发|刊载|报道|发表|转载)"
_HEADER_EXTRA = rf"(?:{_HEADER_DATE}|{_HEADER_PAPER})"
#: The page part of a header: `第3版`, `第A4版`, `04版`, `A4版`, or a section page without 版 (`A04`).
_HEADER_PAGE = (
    r"(?:第\s*(?P<page>[A-Z]?\s*\d{1,3})\s*版|(?P<page>[A-Z]?\s*\d{1,3})\s*版"
    r"|(?P<lettered>[A-Z]\s*\d{1,3})(?!\d))"
)
_SECTION_WORD_ALT = "|".join(sorted(SECTION_WORDS, key=len, reverse=True))
_FIELD_SEP = rf"\s*[{_FIELD_MARKS}]\s*"
#: The marks a running head prints between its parts or around its page number (`_FIELD_MARKS`, and
#: the folio's dashes and dots: `- 3 -`, `—3—`, `·3·`, `_FOLIO`): the spacing step keeps a gap of a
#: head's parts beside one (`新民晚报 ｜ 2023年10月12日`, `2024年5月6日 ·3·`), as printed, where a space
#: beside other Chinese punctuation goes (`第A4版 ：要闻`).
HEAD_MARKS = frozenset(_FIELD_MARKS + "-－—–~～・")
#: An issue date in full (year, month and day, a weekday after it or not) as OCR glues it to the
#: section's name before it (`第3版经济2024年5月6日`): the name ends where the date's digits open, and
#: a whole date closing a line of the page, its section and no more is no headline's words.
_GLUED_HEADER_DATE = (
    rf"(?:{_WRITTEN_DATE}|{_NUMERIC_DATE})(?:\s*{_WEEKDAY})?"
)
#: A page header line: the page and its section's name (`A04 要闻`, `第3版 要闻`, `第A4版：要闻`,
#: `04版 经济`), with the paper's name and the issue date before or after it, or not; the date after
#: the name may be glued to it, as OCR reads a line whose gaps it lost (`第3版经济2024年5月6日`).
_PAGE_HEADER = regex.compile(
    rf"\s*(?:(?P<extra>{_HEADER_EXTRA})(?:{_FIELD_SEP}|\s*))*(?P<part>{_HEADER_PAGE})\s*[:：{_FIELD_MARKS}]?\s*"
    rf"(?P<name>(?!{_CITING_VERB})\p{{Han}}{{2,6}})"
    rf"(?:(?:{_FIELD_SEP}|\s+)(?P<extra>{_HEADER_EXTRA})|(?P<extra>{_GLUED_HEADER_DATE}))*\s*"
)
#: A page header printing the paper's name between the page and the section's (`A4 明報 港聞
#: 2015年3月12日 星期四`, as Hong Kong papers print their heads): group `paper`, a paper's name only if
#: `_is_paper_name` says so, and the section a desk's or a section word (`_paper_named_header`).
_PAPER_NAMED_HEADER = regex.compile(
    rf"\s*(?:(?P<extra>{_HEADER_EXTRA})(?:{_FIELD_SEP}|\s*))*(?P<part>{_HEADER_PAGE})(?:{_FIELD_SEP}|\s+)"
    rf"(?P<paper>\p{{Han}}{{2,10}})(?:{_FIELD_SEP}|\s+)(?P<name>\p{{Han}}{{2,6}})"
    rf"(?:(?:{_FIELD_SEP}|\s+)(?P<extra>{_HEADER_EXTRA})|(?P<extra>{_GLUED_HEADER_DATE}))*\s*"
)
#: The page part of a header without a section name: the page with 版 (`第A1版`, `4版`).
_UNNAMED_PAGE = r"(?P<part>第\s*(?P<page>[A-Z]?\s*\d{1,3})\s*版|(?P<page>[A-Z]?\s*\d{1,3})\s*版)"
#: A page header without a section name: the paper's name or the issue date, and the page with 版
#: (`甘肃日报 2023年10月12日 星期四 第A1版`, `甘肃日报 第4版`); or the page first, then the whole issue
#: date, set apart or glued as OCR reads it (`第3版 2024年5月6日`, `第3版2024年5月6日 星期一`), the
#: paper's name or the date after it set apart by a space or a mark; 版 and the paper or date say it
#: is no headline (`第3版2024年5月6日出版` is one).
_UNNAMED_PAGE_HEADER = regex.compile(
    rf"\s*(?:(?:(?P<extra>{_HEADER_EXTRA})(?:{_FIELD_SEP}|\s*))+{_UNNAMED_PAGE}"
    rf"(?:(?:{_FIELD_SEP}|\s*)(?P<extra>{_HEADER_EXTRA}))*"
    rf"|{_UNNAMED_PAGE}(?:{_FIELD_SEP}|\s*)(?P<extra>{_GLUED_HEADER_DATE})"
    rf"(?:(?:{_FIELD_SEP}|\s+)(?P<extra>{_HEADER_EXTRA}))*)"
    # (no section page and no name: both groups empty)
    r"\s*(?P<lettered>)(?P<name>)"
)
#: A page header printing the section's name before the page (`港聞  A12  2024年12月3日 星期二`,
#: `要闻 A04`, `要闻 第3版 2024年5月6日`), as Hong Kong papers and some mainland ones print their heads:
#: the name a desk's or a section word (`_section_first_header` checks it), the page with 版 or a section
#: page, the paper's name and the issue date around them or not.
_SECTION_FIRST_HEADER = regex.compile(
    rf"\s*(?:(?P<extra>{_HEADER_EXTRA})(?:{_FIELD_SEP}|\s+))*(?P<name>\p{{Han}}{{2,6}})(?:{_FIELD_SEP}|\s+)"
    rf"(?P<part>{_HEADER_PAGE})"
    rf"(?:(?:{_FIELD_SEP}|\s+)(?P<extra>{_HEADER_EXTRA}))*\s*"
)
#: The page header of a page's running head (`running_head`) with a bare page number: the number and
#: a section word, either order (`3 要闻`, `要闻 3`), with the paper's name and the issue date around
#: them or not (`3 要闻 2023年10月12日`); `3个要点` and `3 人受伤` are no section's name.
_BARE_PAGE_HEADER = regex.compile(
    rf"\s*(?:(?P<extra>{_HEADER_EXTRA})(?:{_FIELD_SEP}|\s*))*"
    rf"(?:(?P<part>(?P<page>\d{{1,2}}))(?:{_FIELD_SEP}|\s*)(?P<name>{_SECTION_WORD_ALT})"
    rf"|(?P<name>{_SECTION_WORD_ALT})(?:{_FIELD_SEP}|\s*)(?P<part>(?P<page>\d{{1,2}}))(?!\d))"
    rf"(?:(?:{_FIELD_SEP}|\s+)(?P<extra>{_HEADER_EXTRA}))*\s*"
)
#: What every page header holds: the page number's digit (each of the three patterns above needs a
#: `\d`; the same class, so a full-width ３ counts as they count it).
_HEADER_DIGIT = regex.compile(r"\d")
#: A section page without 版 as `_HEADER_PAGE` reads it (`A04`, `A 4`): what `_PAGE_HEADER` needs when
#: the line holds no 版 (`_UNNAMED_PAGE_HEADER` always needs 版, `_BARE_PAGE_HEADER` a section word).
_SECTION_PAGE = regex.compile(r"[A-Z]\s*\d")


def _desk_page_name(header: regex.Match[str]) -> bool:
    """Whether the section a running head names after its lettered page is a desk's (`港聞`, `國際`:
    `SECTION_NAMES`) or a page's news (`国内新闻`, `本港新聞`): a headline's words, a date after them,
    are none (`E3 游戏展 2024年6月11日`, `B2 轰炸机 2024年5月6日`: review RC2b), nor is another word
    ending in 闻 (`醜聞`, `传闻`, `奇聞`, `見聞`: a scandal, a rumour, no desk)."""
    name = simplified_view((header.group("name") or "").strip())
    return is_section_name(name) or name.endswith("新闻")


def page_header(text: str, *, first: bool = False) -> regex.Match[str] | None:
    """The page header a line at the top of a page is (`A04 要闻`, `第3版 要闻`, `04版 经济`,
    `人民日报 2023年10月12日 第3版 要闻`, `甘肃日报 2023年10月12日 第A1版`): the page and its
    section, which papers print above every page. It is page furniture, never a kicker over the
    first article. A section page without 版 (`A04 要闻`) needs a section word or a zero-padded
    number, as `G20 峰会开幕` is a headline; a bare number beside a section word (`3 要闻`, `要闻 3`)
    only with `first`, a line the caller knows to stand in the page's running head (its first line,
    or `running_head`). A field mark closing the line (`A4 明報 港聞 ●`, left before the page's
    editors: `credited_head_line`) is no part of the header, as `page_label_fact` reads it. The
    match's group `page` holds the page number (`lettered` a section page without 版), `name` the
    section (missing when the header names none)."""
    text = _without_closing_mark(text)
    if visible_len(text) > MAX_FURNITURE or ends_sentence(text) or _HEADER_DIGIT.search(text) is None:
        return None  # (most first lines, headlines, hold no digit: three long patterns are not tried)
    # Each pattern is tried only where its page part can be (a date line, `2023年10月12日 星期四`, has none)
    names_page = "版" in text
    m = _PAGE_HEADER.fullmatch(text) if names_page or _SECTION_PAGE.search(text) else None
    if m is not None and (_name_glued_into_word(m) or _name_is_report_word(m)):
        m = None  # `第3版面设计大赛`: 版面, no section's name; `第3版 喜报`: a headline's word
    elif m is None and (names_page or _SECTION_PAGE.search(text)):
        m = _paper_named_header(text)
    if m is not None:
        lettered = m.group("lettered")
        if lettered is None or "0" in lettered[1:2] or has_section_word(m.group("name")):
            return m
        return m if first and _running_section_page(text, m) else None
    unnamed = _UNNAMED_PAGE_HEADER.fullmatch(text) if names_page else None
    if unnamed is not None:
        return unnamed
    if names_page or _SECTION_PAGE.search(text):
        m = _section_first_header(text)
        if m is not None:
            return m
    return _BARE_PAGE_HEADER.fullmatch(text) if first and has_section_word(text) else None


def _section_first_header(text: str) -> regex.Match[str] | None:
    """The page header `text` is when it prints the section's name before the page
    (`_SECTION_FIRST_HEADER`: `港聞  A12  2024年12月3日 星期二`, `要闻 A04`, `体育 第3版`): the name a
    desk's (`_desk_page_name`: `港聞`, `國際`, `本港新聞`) or one holding a section word (`要闻`, `专题`),
    and a desk's name beside a section page without 版 needs the issue date or the paper's name too
    (`港聞 A12` alone may be a kicker over a headline naming a page, as `A4 港聞` alone is no head,
    `_running_head_names_page`). A headline's words before a page (`游戏展 E3`, `峰会 A4 2024年5月6日`)
    name no section: no header. A page's name that is neither (`深度`, `调查`, `深度报道`: the shipped
    lists, `_listed_page_name`) names the page before a page written with 版 (`深度报道 第5版`).
    Tried only when the page-first patterns take no reading of the line."""
    m = _SECTION_FIRST_HEADER.fullmatch(text)
    if m is None:
        return None
    name = m.group("name")
    if has_section_word(name):
        return m
    if m.group("lettered") is None and _listed_page_name(name):
        return m
    if not _desk_page_name(m):
        return None
    return m if m.group("lettered") is None or any(m.captures("extra")) else None


def _listed_page_name(name: str) -> bool:
    """Whether a section's name printed before a page written with 版 (`深度报道 第5版`, `调查 第A5版`)
    is a page's name of the shipped lists (`lexicon.running_head_names`: `深度`, `健康`;
    `lexicon.running_head_paged_names`: `调查`, `深度报道`, `特别报道`, `新闻报道`), read through the
    simplified view. A headline hardly prints a page with 版 after a page's name and nothing more, so
    the line is the page's head, as `体育 第5版` is; a name the lists lack (`两会报道 第5版`) is not
    taken, as losing a headline is worse than reading a head as a kicker. The lists are data, so
    a page's name is added there, not here."""
    view = simplified_view(name.strip())
    return view in running_head_names() or view in running_head_paged_names()


def _without_closing_mark(text: str) -> str:
    """`text` without the field marks closing it and the blanks around them (`A3 要闻 ●`: `A3 要闻`),
    or as it is when nothing else is left (a line of marks)."""
    core = text.rstrip().rstrip(_FIELD_MARKS).rstrip()
    return core if core else text


def _paper_named_header(text: str) -> regex.Match[str] | None:
    """The page header `text` is when it prints the paper's name between the page and the section's
    (`_PAPER_NAMED_HEADER`: `A4 明報 港聞 2015年3月12日`, `第3版 人民日报 要闻`): the name a paper's
    holding 报 (`_heads_paper_name`; `A4 捷报 港闻`, `A4 财报 要闻` are none) and the section a desk's
    or a section word (`A4 明報 游戏展` is a headline's words). Tried only when `_PAGE_HEADER` takes
    no reading of the line, so a header it takes reads as before."""
    if "报" not in text and "報" not in text:
        return None  # (the papers' names it takes end in 报, or hold it: `人民日报海外版`)
    m = _PAPER_NAMED_HEADER.fullmatch(text)
    if m is None:
        return None
    paper = line_view(m.group("paper"))
    if not _heads_paper_name(paper) and not _dated_desk_beside_kind(m, paper):
        return None
    name = line_view(m.group("name"))
    return m if _desk_page_name(m) or has_section_word(name) or is_page_name(name) else None


def _dated_desk_beside_kind(m: regex.Match[str], paper: str) -> bool:
    """Whether a `_PAPER_NAMED_HEADER` match whose paper is a paper's kind alone (`晚報`, `日報`: no
    name before it, which `_heads_paper_name` refuses) is a head all the same: a desk's name after it
    (`_desk_page_name`: `港聞`, `娛聞`) and the issue date on the line (`A4 晚報 港聞 2015年3月12日`),
    which no headline prints beside a lettered page. Without the date (`A4 晚报 港闻`) or with a
    section word only (`A4 晚报 要闻`) the line stays a headline's words, as before."""
    if paper not in _PAPER_KIND_WORDS or not _desk_page_name(m):
        return False
    return any(_HEADER_DATE_RE.fullmatch(extra) for extra in m.captures("extra"))


#: An issue date as a page header prints it (`_HEADER_DATE`), to tell a header's date from its paper.
_HEADER_DATE_RE = regex.compile(_HEADER_DATE)


def _name_glued_into_word(m: regex.Match[str]) -> bool:
    """Whether the section's name of a `_PAGE_HEADER` match, glued to 版 with no space or mark, makes
    a word with it: jieba's best segmentation of 版 and the name opens with a longer word than 版
    (`第3版面设计大赛`: 版面设计, `第3版权保护周`, `第2版画展开幕`), so the line is a headline naming no
    page, while `第3版经济`, `第3版权威发布` (版 / 权威) read as a page and its section. A section word
    in the name (`第3版面综合`) or a page's name (`is_page_name`: `第8版画刊`, `第8版图表`,
    `第8版本地新闻`, `第8版本埠`) says it is a header all the same. A date on the line does not
    (`第3版面设计大赛2024年5月6日` is a headline, nor a running head: `states_running_head`), unless
    the name opens with a word of its own that the word with 版 would split
    (`第3版本升级2024年5月6日` is a headline)."""
    name = m.group("name")
    if not name or not m.group("part").endswith("版") or m.end("part") != m.start("name"):
        return False
    if has_section_word(name) or is_page_name(name):
        return False  # (asked first: jieba reads its dictionary once, on first use)
    if first_word("版" + name) == "版":
        return False
    dated = any(_HEADER_DATE_RE.fullmatch(extra) for extra in m.captures("extra"))
    return not dated or len(first_word(name)) < 2


#: Names of pages that are no section word (`SECTION_WORDS` is what a bare label needs to be a
#: section's): a pictorial, a chart or photo page, a journal, the local news (`本埠`), as a page head
#: prints them after the page (`第8版 画报`, glued `第8版画刊`). Several open with a character that
#: makes a word with 版 (版画, 版图, 版本), so glued they must be known to be read as the page's name.
_PAGE_NAMES = frozenset({"画刊", "画报", "画页", "图表", "图片", "图文", "学报", "本埠", "本地"})
#: A page's name ending in news (`本地新闻`, `本市新闻`, `国际新闻`): a place or a kind before 新闻.
_NEWS_PAGE_NAME = regex.compile(r"\p{Han}{1,4}新闻")


def is_page_name(name: str) -> bool:
    """Whether a page head's section name is a common page's name that is no section word
    (`_PAGE_NAMES`: `画报`, `学报`, `图表`, `本埠`; `_NEWS_PAGE_NAME`: `本地新闻`): a header's name,
    neither a report word (`喜报`) nor a headline glued into a word with 版 (`版画展开幕`)."""
    return name in _PAGE_NAMES or _NEWS_PAGE_NAME.fullmatch(name) is not None


def _name_is_report_word(m: regex.Match[str]) -> bool:
    """Whether the section's name of a `_PAGE_HEADER` match is a word ending in 报 that names news or
    a notice (`_REPORT_WORD_HEADS`: `喜报`, `捷报`, `简报`, `工作简报`), not a section: `第3版 喜报`
    names no page, as a headline's word follows the page. A paper's name (`大公报`, `文汇报`,
    `甘肃日报`) or a date on the line (`第3版 喜报 2024年5月6日`) says it is a header all the same."""
    name = m.group("name")
    if not name or not name.endswith("报") or len(name) < 2 or name[-2] not in _REPORT_WORD_HEADS:
        return False
    if len(name) > 2 and name[-2:] in _PAPER_ENDINGS:
        return False  # `大公报`, `文汇报`
    return not any(_HEADER_DATE_RE.fullmatch(extra) for extra in m.captures("extra"))


def _running_section_page(text: str, m: regex.Match[str]) -> bool:
    """Whether the section page without 版 of a running head's page header (`A5 国内新闻`, `A10 港闻`)
    reads as one though its section is no section word: a section letter A to E, set apart from the
    name by a space or a field mark, a page of one or two digits. `G20 峰会开幕` and `C919 大飞机` are
    headlines."""
    lettered, after = m.group("lettered").replace(" ", ""), m.end("part")
    if lettered[0] not in "ABCDE" or len(lettered) > 3 or after >= len(text):
        return False
    return text[after].isspace() or text[after] in _FIELD_MARKS


def _header_number(text: str) -> int:
    """The page number a page header without a section letter states (`第3版 要闻`, `04版 经济`,
    `3 要闻`), else 0."""
    m = page_header(text, first=True)
    page = m.group("page") if m is not None else None
    return int(page) if page is not None and page.isdigit() else 0


#: The kinds of paper a masthead names, the last word of its name (`甘肃日报`, `北京晚报`, `环球时报`,
#: `中国青年报`). A bare `…报` is not enough: `喜报`, `捷报`, `快报`, `公报`, `简报` end headlines
#: (`一份特殊的喜报` right under the date line).
_PAPER_KINDS = "日报|晚报|早报|晨报|时报|商报|周报|导报|法制报|青年报|都市报"
#: The kinds of `_PAPER_KINDS` as words.
_PAPER_KIND_WORDS = frozenset(_PAPER_KINDS.split("|"))
#: Words ending in 报 that a lettered page head prints in the paper's place but that name no paper
#: (`_heads_paper_name`): a company's or a period's report (`财报`, `季报`, `三季报`, `业绩报`), a
#: handwritten or pupils' paper (`手抄报`), and, whole, the interim report and books and papers (`中报`,
#: `书报`). `_PAPER_KINDS` alone (`日报`) is a kind with no name before it.
_HEAD_REPORT_ENDINGS = ("财报", "季报", "绩报", "抄报")
_HEAD_REPORT_WORDS = frozenset({"中报", "书报"})
#: A masthead line: the paper's name alone, two to eight hanzi before its kind, not opening as a
#: citation does (`本报`, `据…`). Simplified: the labels read the page's simplified view (`甘肅日報`).
_MASTHEAD = regex.compile(rf"\s*(?!{_PAPER_CITATION})\p{{Han}}{{2,8}}?(?:{_PAPER_KINDS})\s*")


#: A paper's name in Latin letters that a bilingual masthead prints beside its hanzi name: its English
#: name or its romanisation, one to five words, each capitalised or in capitals (`GANSU DAILY`,
#: `Lianhe Zaobao`, `Nanyang Siang Pau`, `Sin Chew Daily`, `PEOPLE'S DAILY`).
_LATIN_PAPER_NAME = r"[A-Z][A-Za-z'’.&-]*(?:[\t\p{Zs}]+[A-Z][A-Za-z'’.&-]*){0,4}"
#: A masthead line printing the paper's name in hanzi (group `name`) with its Latin name after or before
#: it, blanks between: `联合早报 Lianhe Zaobao`, `甘肃日报 GANSU DAILY`, `Lianhe Zaobao 联合早报`.
_BILINGUAL_NAME = regex.compile(
    rf"\s*(?:(?P<name>\S*\p{{Han}})[\t\p{{Zs}}]+{_LATIN_PAPER_NAME}"
    rf"|{_LATIN_PAPER_NAME}[\t\p{{Zs}}]+(?P<name>\p{{Han}}\S*))\s*"
)


#: A capital letter, which every Latin name of a bilingual masthead opens with (`_LATIN_PAPER_NAME`):
#: `is_masthead`'s cheap test before `_BILINGUAL_NAME`.
_CAPITAL = regex.compile(r"[A-Z]")


def is_masthead(text: str, *, paper: str | None = None) -> bool:
    """Whether a line is a paper's name printed alone at the top of a page (`甘肃日报`, `北京晚报`,
    `中国青年报`), or the `paper` the caller names (`参考消息`). Only a name: `甘肃日报创刊70周年` and
    `读者致甘肃日报的一封信` are headlines. Page furniture only with a date or page line beside it
    (`label_blocks`). A bilingual masthead prints the name in Latin letters beside it
    (`联合早报 Lianhe Zaobao`, `甘肃日报 GANSU DAILY`: `_BILINGUAL_NAME`); the hanzi name decides."""
    s = text.strip()
    if _CAPITAL.search(s) is not None and (bilingual := _BILINGUAL_NAME.fullmatch(s)) is not None:
        s = bilingual["name"]
    if paper is not None and s and s in (paper.strip(), simplified_view(paper.strip())):
        return True
    return _MASTHEAD.fullmatch(s) is not None


#: What every head line but the caller's own paper holds (`is_head_line`): a digit (the date, the page,
#: `\d` as the patterns read it, so a full-width ３ counts), the last character of a paper kind of
#: `_MASTHEAD` (报), 月 (the lunar date) or 周/期 (a weekday alone, `星期四`, `周四`, which
#: `is_date_line` takes). A necessary condition that spares a headline the five patterns.
_HEAD_LINE_CHAR = regex.compile(
    r"[\d月周期" + "".join(sorted({kind[-1] for kind in _PAPER_KINDS.split("|")})) + "]"
)


def is_head_line(line: str, *, paper: str | None = None) -> bool:
    """Whether a line may stand in a page's running head: the paper's masthead (`is_masthead`), a
    date line (`2023年10月12日 星期四`, `第4版`: `is_date_line`) or a page header, a bare page number
    beside a section word included (`A04 要闻`, `3 要闻`: `page_header`). Read through the simplified
    view, as the labels read the page."""
    s = line.strip()
    if not s or _holds_sentence_mark(s, len(s)) or visible_len(s) > MAX_FURNITURE or ends_sentence(s):
        return False  # (a paragraph's first line, at once: none of the three is a sentence)
    s = line_view(s)
    if _HEAD_LINE_CHAR.search(s) is None:  # most first lines, headlines: none of the five can match
        return paper is not None and is_masthead(s, paper=paper)
    return (
        is_masthead(s, paper=paper)
        or is_date_line(s)
        or page_header(s, first=True) is not None
        or dated_head_line(s, paper=paper) is not None
        or _LUNAR_LINE.fullmatch(s) is not None
        or credited_head_line(s) is not None
        or _ISSUE_LINE.fullmatch(s) is not None
    )


#: A year's cyclical name as a lunar calendar prints it beside the issue date (`甲辰年`, `甲辰龙年`).
_CYCLICAL_YEAR = r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥][鼠牛虎兔龙蛇马羊猴鸡狗猪]?年"
#: A lunar month and day (`三月廿八`, `闰二月初一`, `腊月三十`): alone, a date only after the issue
#: date (`_AFTER_DATE_PIECE`); before it a headline's words may open so (`正月十五 2024年2月24日`).
_LUNAR_DAY = (
    r"闰?[正一二三四五六七八九十冬腊]{1,2}月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|二十|三十)"
)
#: A lunar date printed beside the issue date (`农历八月廿八`, `农历癸卯年八月廿八`, `癸卯年八月廿八`,
#: spaced as some heads print it: `农历 三月廿八`, `甲辰年 三月廿八`): 农历 or the year's cyclical name
#: says it is a date, not a headline's words.
_LUNAR_DATE = (
    rf"(?:农历[\t\p{{Zs}}]*(?:{_CYCLICAL_YEAR}[\t\p{{Zs}}]*)?|{_CYCLICAL_YEAR}[\t\p{{Zs}}]*){_LUNAR_DAY}"
)
#: A line of the lunar date alone, under the date line (`农历癸卯年八月廿八`).
_LUNAR_LINE = regex.compile(rf"\s*{_LUNAR_DATE}\s*")
#: The 24 solar terms a lunar calendar prints after the lunar date (`农历三月廿八 立夏`). Alone they
#: are weather words or a headline's (`小雪 2024年11月22日 星期五`): a piece only after a lunar date.
_SOLAR_TERM = (
    r"(?:立春|雨水|惊蛰|春分|清明|谷雨|立夏|小满|芒种|夏至|小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降"
    r"|立冬|小雪|大雪|冬至|小寒|大寒)"
)
#: The lunar date with the solar term a head prints after it (`农历三月廿八 立夏`), as one piece.
_LUNAR_PIECE = rf"{_LUNAR_DATE}(?:[\t\p{{Zs}}]*{_SOLAR_TERM}(?!\p{{Han}}))?"
#: Where a head's piece printed in hanzi opens as a word of its own: after no hanzi, or right after
#: the weekday, which OCR glues to the piece after it (`星期一农历甲辰年`, `星期一第三版`). Read on a
#: line whose date is masked (`_mask_head_pieces`), a piece glued to the date opens one too
#: (`2024年5月6日第三版`).
_PIECE_START = rf"(?:(?<!\p{{Han}})|(?<={_WEEKDAY_XINGQI}))"
#: The lunar year as a word of its own beside the issue date, 农历 before it or not (`甲辰年`,
#: `甲辰龙年`, `农历甲辰年`); inside a title's words (`甲辰年春节联欢晚会`) it is none.
_LUNAR_YEAR = rf"{_PIECE_START}(?:农历)?{_CYCLICAL_YEAR}(?!\p{{Han}})"
#: The page in hanzi numerals as a word of its own (`第三版`, `第十二版`, `第三页`, also `三版` without
#: 第, as some heads print it), or the sheet (张) Republican-era papers number (`第二张`, `第一张 第二版`:
#: `SHEET_WORDS`); inside a title's words (`字典第三版`, `再三版`, `第二张照片`) it is none. Page zero
#: (`第〇版`) is a page: OCR reads a 6, 8 or 9 as 0.
_HANZI_PAGE = (
    rf"{_PIECE_START}(?:第[一二三四五六七八九十百〇零两]{{1,4}}[版页{SHEET_WORDS}]"
    r"|[一二三四五六七八九十百〇零两]{1,3}版)"
    r"(?!\p{Han})"
)
#: Today's page count, which a running head prints beside the date (`今日16版`, `本期共8版`), in
#: hanzi numerals as papers of the 1960s and 1970s print it (`今日六版`, `今日十二版`): how many pages
#: the issue has, not which page this is.
_PAGE_COUNT = r"(?:今日|本期)共?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版"
#: A running head's line of the issue's number (`第25687期`, `第25678号`, `总第12345期`), maybe with
#: the running total and today's page count beside it (`第25687期 今日16版`, `第8123期 总第25687期`),
#: nothing else: `is_head_line` takes it so a masthead, this line and the date line under it are one
#: running head (W15 finding 10: the three were the first article's kickers, the issue date lost).
#: A number of one or two digits alone is no paper's issue (`第3期`, a column's instalment); words
#: after the number make a headline (`第3期培训班开班`).
_ISSUE_NUMBER = r"(?:总\s*)?第\s*\d{1,6}\s*[号期](?!\p{Han})"
_ISSUE_LINE = regex.compile(
    rf"\s*(?:(?:总\s*)?第\s*\d{{3,6}}\s*[号期]|总\s*第\s*\d{{1,6}}\s*[号期]|{_ISSUE_NUMBER}(?=[\t\p{{Zs}}]*{_PAGE_COUNT}))"
    rf"(?:[\t\p{{Zs}}]*(?:{_ISSUE_NUMBER}|{_PAGE_COUNT}))*\s*"
)
#: The sheet in Arabic digits as a word of its own (`第2张`): a head's piece as `第2版` is.
_DIGIT_SHEET = rf"{_PIECE_START}第\s*\d{{1,3}}\s*[{SHEET_WORDS}](?!\p{{Han}})"


#: The weather a running head prints beside the date, as words of their own (`晴转多云`, `小雨`), not
#: inside a title's (`小雨中的环卫工人`): the sky, rain, snow, one turning into another.
_WEATHER_WORDS = (
    r"(?:晴|阴|多云|少云|阵雨|雷阵雨|小雨|中雨|大雨|暴雨|雨夹雪|阵雪|小雪|中雪|大雪|暴雪|雾|霾|扬沙|浮尘)"
)
#: The weather with or without its label (`天气 晴转多云`, `天气：多云转小雨`, `晴转多云`; glued to it as
#: the spacing step leaves `天气 晴`, `天气晴`, not `天气晴好`, a title's words), a stray space
#: around 转 inside it (`多云 转小雨`: one piece, so the line is a head and the space is decided as any
#: other); the temperature's digits are a piece of their own. A weather word alone, unlabelled and
#: turning into none (`晴`, `小雪`), is a head's only after the date (`_AFTER_DATE_PIECE`).
_WEATHER_TURNS = rf"{_WEATHER_WORDS}(?:\s*[转到]\s*{_WEATHER_WORDS})*"
_WEATHER = (
    rf"天气(?:预报)?(?:(?:\s*[:：]\s*|\s+)(?:{_WEATHER_TURNS})?|{_WEATHER_TURNS}(?!\p{{Han}}))"
    rf"|(?<!\p{{Han}}){_WEATHER_WORDS}(?:\s*[转到]\s*{_WEATHER_WORDS})+(?!\p{{Han}})"
)
#: The wind a forecast prints after the weather (`北风3级`, `东南风3-4级`, `偏北风 2～3级`).
_WIND = (
    r"(?<!\p{Han})偏?[东南西北]{1,2}风\s*\d{1,2}(?:\s*[-－~～至到]\s*\d{1,2})?\s*级"
    r"(?:\s*[转到]\s*\d{1,2}(?:\s*[-－~～至到]\s*\d{1,2})?\s*级)?"
)
#: The paper's publication data a masthead prints beside the date: the postal code (`邮发代号53-1`),
#: the price (`零售价1.5元`, `定价 1元`), the website after its label (`人民网网址 www.people.com.cn`),
#: the publisher or its owner (`甘肃日报社出版`, `上海报业集团主管主办`).
#: A publisher's name before 主办/出版 in a masthead: a run of its own (no hanzi before it) holding no
#: word of a clause (`由`, `和`…), so a headline naming who holds an event (`农民丰收节由农业农村部主办`,
#: `新书由人民出版社出版`) is no masthead's piece.
_PUBLISHER_RUN = r"(?<!\p{Han})(?:(?![由和与及的在为对向把被])\p{Han}){1,12}?"
_MASTHEAD_DATA = (
    r"邮发代号\s*[:：]?\s*\d{1,2}\s*[-－]\s*\d{1,4}"
    r"|(?:零售价|定价|售价)\s*[:：]?\s*\d{1,3}(?:\.\d{1,2})?\s*元"
    r"|(?<!\p{Han})\p{Han}{0,6}?网址\s*[:：]?\s*(?:https?://)?[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+(?:/\S*)?"
    rf"|{_PUBLISHER_RUN}社出版"
    rf"|{_PUBLISHER_RUN}(?:社|集团|委员会|委|局|厅|部|协会|中心)(?:主管主办|主管|主办|出版)(?!\p{{Han}})"
)
#: Pieces a head prints only after its date (group `after` of `_HEAD_PIECES`): a weather word alone
#: (`晴`, `小雨`), a lunar month and day without 农历 (`三月廿八`, a solar term after it: `三月廿八
#: 立夏`). Before the date they open a headline (`阴 2024年5月6日 星期一`, `小雪 2024年11月22日
#: 星期五`, `正月十五 2024年2月24日`), read as its words (`_mask_head_pieces`).
_AFTER_DATE_PIECE = (
    rf"(?<!\p{{Han}}){_WEATHER_WORDS}(?!\p{{Han}})"
    rf"|{_PIECE_START}{_LUNAR_DAY}(?:[\t\p{{Zs}}]*{_SOLAR_TERM})?(?!\p{{Han}})"
)
#: Papers named with a word that otherwise names a report or a column, 报道 (`两会报道`, `专题报道`,
#: a kicker or a title's word, no paper's kind: `_PERIODICAL`): `21世纪经济报道`. Read whole, its
#: digits with it, as a head's piece (`_HEAD_PIECES`) and a head's cue (`_HEAD_CUE`).
_REPORT_NAMED_PAPER = r"(?<![\p{Han}\d])(?:21\s*世纪经济报道)(?!\p{Han})"
#: The issue date in English a bilingual masthead prints beside the date in hanzi (`May 6, 2024`,
#: `Sept. 6 2024`, `6 May 2024`), as one piece (`_HEAD_PIECES`), its own blanks inside it.
_ENGLISH_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|May|June|July|January|February|March|April"
    r"|August|September|October|November|December"
)
_ENGLISH_DATE = (
    rf"(?<![A-Za-z])(?i:(?:{_ENGLISH_MONTH})\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}"
    rf"|\d{{1,2}}\s*(?:{_ENGLISH_MONTH}),?\s*\d{{4}})(?!\d)"
)
#: What a running head prints beside its date and page that `_holds_title_words` sets aside: the
#: paper's name ending in 报道 (`_REPORT_NAMED_PAPER`), the date, the weekday, the lunar date or year
#: (`农历甲辰年`, `农历 三月廿八`, `甲辰年 三月廿八`, with the solar term after it: `农历三月廿八 立夏`),
#: today's page count (`今日16版`, also glued to the date), the page (`第3版`, `A04`, `3`, `第三版`,
#: `三版`), the issue's number (`第25678号`, `总第12345期`) and serial number
#: (`国内统一连续出版物号 CN62-0001`, its suffix of Latin letters and digits only), the paper's
#: publication data (`_MASTHEAD_DATA`), the weather and the wind, the page's editors (from their
#: label to the line's end), and after the date only a weather word or lunar day alone (group
#: `after`: `_AFTER_DATE_PIECE`); each replaced by NUL characters so the offsets stay the line's.
_HEAD_PIECES = regex.compile(
    rf"{_REPORT_NAMED_PAPER}|{_ISO_PARTS.pattern}|{_ENGLISH_DATE}|{_WEEKDAY}|{_LUNAR_PIECE}"
    rf"|{_LUNAR_YEAR}|{_HANZI_PAGE}"
    rf"|{_PAGE_COUNT}|第?\s*[A-Za-z]?\s*\d{{1,3}}\s*[版页]"
    rf"|{_DIGIT_SHEET}"
    r"|(?:总\s*)?第\s*\d{1,6}\s*[号期](?!\p{Han})"
    r"|(?:国内统一(?:连续出版物号|刊号)|国际标准连续出版物号)\s*[:：]?\s*[A-Za-z]{0,4}\s*[\dA-Za-z]+"
    r"(?:[-－/][\dA-Za-z]+)?"
    rf"|{_MASTHEAD_DATA}|{_WIND}"
    r"|[A-Za-z]?\d+"
    rf"|{_WEATHER}|(?P<after>{_AFTER_DATE_PIECE})"
    rf"|(?:{_EDITOR_LABELS}).*"
)
#: Periodicals' kinds that end no `_PAPER_KINDS` name (`新华每日电讯`, `中国新闻周刊`): two to six
#: hanzi of name before the kind. Not 报道: `两会报道`, `专题报道` name a report or a column, a kicker
#: or a title (the paper so named is known by its name: `_REPORT_NAMED_PAPER`).
_PERIODICAL = regex.compile(
    rf"(?!{_PAPER_CITATION})\p{{Han}}{{2,6}}(?:电讯|周刊|月刊|旬刊|半月刊|画刊|文摘)"
)
#: An edition after a paper's name (`人民日报海外版`, `甘肃日报农村版`).
_EDITION = regex.compile(r"(?<=\p{Han}{2})\p{Han}{2}版$")
#: The most hanzi a running head prints beside its date and page that `_holds_title_words` knows no
#: kind of: a section's name (`文化周刊`, `民生`), the weather (`晴`). A title says more.
_HEAD_WORDS_MAX = 4


def _holds_title_words(masked: str, ends: set[int], cue: bool, paged: bool) -> bool:
    """Whether a top line printing the issue date or the page that flat text takes for no head line
    (`is_head_line`) holds words beside them that no running head prints, so it is a title or a
    sentence holding a date (`2024年5月6日全市召开会议`, `全市召开会议 2024年5月6日`), not the page's
    head, as flat text reads it. Beside the head's pieces (`_HEAD_PIECES`: the date, the page,
    `今日16版`, `甘肃日报社出版`, the weather) a head prints its section (`要闻`, `国内新闻`:
    `has_section_word`, `is_page_name`) and the paper's name (`_names_paper`: `甘肃日报`, `明报`,
    `新华每日电讯`, `人民日报海外版`), and little else: more than `_HEAD_WORDS_MAX` hanzi of other
    words, or words glued right after the date (`2024年5月6日大事记`), are a title's; the names heads
    print with the page or the weekday beside the date count for none (`_is_head_name`: `南方周末
    2024年5月6日 星期四 A5 深度`, `每日甘肃 … A2 今日关注`). A letter-spaced name is one word
    (`_name_runs`: `南 方 周 末`, `深 度`), not four or two words of one hanzi. A head line the
    engine garbled (`第2版”要闻 2024年5月6日”星期一`) prints none. A weekday beside the date
    licenses no other words (`2024年5月6日 星期一 全市召开会议` is a title, and a page's theme
    `学习贯彻二十大` beside it makes a heading too: `_dated_title`). `masked` is the line with its
    pieces masked (`_mask_head_pieces`), `ends` where its dates end, `cue` and `paged` its cues
    (`_page_or_weekday_cues`)."""
    other = 0
    for (start, _end), word in _name_runs(masked):
        if _is_head_word(word):
            continue  # a section, a page's name or the paper's (`甘肃日报`, `喜报` as `第3版 喜报` prints it)
        if start in ends:
            return True
        if not _is_head_name(word, cue=cue, paged=paged):
            other += len(word)  # (a listed name is no title's: `南方周末 … A5 深度`)
    return other > _HEAD_WORDS_MAX


def _is_head_word(word: str) -> bool:
    """Whether a run of hanzi beside a running head's date and page is a word heads print: the
    paper's name (`_names_paper`), a section's (`要闻`, `国内新闻`: `has_section_word`) or a page's
    (`is_page_name`)."""
    return _names_paper(word) or (len(word) <= 6 and (has_section_word(word) or is_page_name(word)))


def _names_paper(word: str) -> bool:
    """Whether a run of hanzi beside a running head's date may be the paper's name: a masthead's
    (`is_masthead`: `甘肃日报`, `中国青年报`), one ending in a bare 报 (`明报`, also `喜报`, which a page
    head prints after the page), another periodical's (`_PERIODICAL`: `新华每日电讯`, `中国新闻周刊`;
    `21世纪经济报道` is a head's piece of its own, `_REPORT_NAMED_PAPER`), each with an edition after
    it (`人民日报海外版`)."""
    name = _EDITION.sub("", word) if word.endswith("版") else word
    return (len(name) <= 6 and name.endswith("报")) or _is_paper_name(word)


def _is_paper_name(word: str) -> bool:
    """Whether a run of hanzi beside a date is a paper's name, as `_names_paper` reads it but for a
    bare word ending in 报 that is news or a notice (`喜报`, `捷报`: `names_bare_paper` refuses them):
    a masthead's (`甘肃日报`), a bare 报 paper's (`明报`), another periodical's (`新华每日电讯`), each
    with an edition after it (`人民日报海外版`). What tells a running head from a headline beside the
    date (`_prints_head_cue`)."""
    name = _EDITION.sub("", word) if word.endswith("版") else word
    return is_masthead(name) or names_bare_paper(name) or _PERIODICAL.fullmatch(name) is not None


def _heads_paper_name(word: str) -> bool:
    """Whether a run of hanzi a lettered page head prints beside its page names the paper
    (`A4 明報 港聞`, `A12 星島日報 2015年3月12日`), which makes the line a head naming its page: a
    paper's name as `_is_paper_name` reads it, but neither a paper's kind alone (`日报`, `晚报`: no
    name before it) nor a report's word (`_HEAD_REPORT_ENDINGS`, `_HEAD_REPORT_WORDS`: `财报`, `季报`,
    `中报`, `业绩报`, `书报`, `手抄报`), which a headline prints beside a desk or a date
    (`A4 财报 要闻`). Other readers of a running head's words keep `_is_paper_name`."""
    name = _EDITION.sub("", word) if word.endswith("版") else word
    if name in _PAPER_KINDS.split("|") or name in _HEAD_REPORT_WORDS or name.endswith(_HEAD_REPORT_ENDINGS):
        return False
    return _is_paper_name(word)


#: A date line with more on it than `is_date_line` takes, as papers print their page tops: the paper's
#: name before it (`甘肃日报 2023年10月12日 星期四`), the lunar date after the weekday
#: (`2023年10月12日 星期四 农历八月廿八`), the page's editors after it (`2023年10月12日 星期四
#: 责任编辑：王丽 版式：李华`). Groups: `paper` (a masthead only if `is_masthead` says so), `part` (each
#: of the date line's parts), `credits` (the editors' fields, from the first label to the end).
_DATED_HEAD = regex.compile(
    r"\s*(?:(?P<paper>\p{Han}{2,10})\s+)?"
    rf"(?P<part>{_WRITTEN_DATE}|{_NUMERIC_DATE})"
    rf"(?:\s*(?P<part>{_WEEKDAY}))?"
    rf"(?:\s*(?P<part>{_LUNAR_DATE}))?"
    r"(?:\s*(?P<part>(?:第\s*)?[A-Za-z]?\d{1,3}\s*版|(?<=\s)[A-Z]\d{1,3}(?!\d)))?"
    rf"(?:\s+(?P<credits>(?:{_EDITOR_LABELS})(?:\s*[:：]|\s)\s*\S+(?:\s+\S+)*))?\s*"
)


def dated_head_line(line: str, *, paper: str | None = None) -> regex.Match[str] | None:
    """The date line of a page's running head when it carries more than the date, weekday and page
    (`is_date_line`): the paper's name before it, the lunar date, the page's editors after it
    (`_DATED_HEAD`). Papers print these on one line at the top of a page; the match's groups give
    the line's parts, whose gaps the spacing step keeps (`header_part_gaps`). None for a plain date
    line, or a first word that is no masthead (`全市 2023年10月12日`)."""
    m = _DATED_HEAD.fullmatch(line)
    if m is None or is_date_line(line):
        return None
    name = m.group("paper")
    if name is not None and not (is_masthead(name, paper=paper) or names_bare_paper(name)):
        return None  # (a bare 报 name beside the date: `明报 2023年10月12日`)
    return m


#: A page header followed by the page's editors (`A3 要闻 ● 责任编辑 王丽`, `第3版 要闻 责任编辑：王丽
#: 美编：李华`): group `head` (the header, a page header only if `page_header` says so), `credits`
#: (the editors' fields, from the first label after a space or a field mark to the end).
_CREDITED_HEAD = regex.compile(
    rf"\s*(?P<head>\S.*?)(?:{_FIELD_SEP}|\s+)"
    rf"(?P<credits>(?:{_EDITOR_LABELS})(?:\s*[:：]|\s)\s*\S+(?:\s+\S+)*)\s*"
)


def credited_head_line(line: str) -> regex.Match[str] | None:
    """The page header of a page's running head when the page's editors follow it on its line
    (`_CREDITED_HEAD`), as `dated_head_line` takes them after a date line: the line is page
    furniture, its editors a credit of their own (`furniture_runs`), and the spacing step keeps the
    gaps between its parts (`header_part_gaps`). None when what comes before the editors is no page
    header (`page_header`, as in the running head)."""
    m = _CREDITED_HEAD.fullmatch(line)
    return m if m is not None and page_header(m.group("head"), first=True) is not None else None


def _header_of(line: str) -> str:
    """A head line without the editors printed after its page header (`credited_head_line`)."""
    m = credited_head_line(line)
    return m.group("head") if m is not None else line


def line_view(line: str) -> str:
    """A line as the labels read it (`simplified_view`): a line of the page's head, a line of fields
    the spacing step reads; a line in the simplified character set reads as it is, without asking
    OpenCC (most pages, and a conversion call per line would cost more than the tests it serves)."""
    return line if in_simplified_charset(line) else simplified_view(line)


def running_head(texts: Iterable[str], *, paper: str | None = None) -> int:
    """How many of a page's first blocks (`texts`, in reading order) are its running head: the
    leading blocks whose every line is a head line (`is_head_line`), when one of those lines states
    the issue date or the page. Papers print the masthead, the date and the page with its section
    (`甘肃日报` / `2023年10月12日 星期四` / `3 要闻`) above every page, in one block or several; the
    date or page is what tells them from a headline naming a paper (`甘肃日报` over the first
    article, with nothing else, is no running head: 0) or a body line opening with a number
    (`3 人受伤` is no head line). The labels make these blocks furniture and the spacing step keeps
    the gaps between their page headers' parts (`header_part_gaps`), so both read the same lines."""
    blocks: list[list[str]] = []  # each leading block's lines' kinds (`_head_line_kind`)
    for text in texts:
        kinds = [_known_head_line_kind(ln, paper) for ln in text.split("\n") if ln.strip()]
        known = [kind for kind in kinds if kind is not None]
        if not kinds or len(known) < len(kinds):
            break
        blocks.append(known)
    flat = [kind for line_kinds in blocks for kind in line_kinds]
    at, count, states = 0, 0, False
    for line_kinds in blocks:
        for kind in line_kinds:
            if kind == "paper" and not _bare_paper_placed(flat, at, line_kinds):
                return count if states else 0
            states = states or kind == "states"
            at += 1
        count += 1
    return count if states else 0


#: Each line's kind in a running head (`_head_line_kind`), by line and paper: a page's head is read
#: twice, by the spacing step on a page with a space run (`spacing._Layout.head_gaps`) and by the
#: labels on the final blocks (`label_blocks`), most often over the same lines; the second reading
#: looks the kinds up. Bounded: cleared when full.
_HEAD_KINDS: dict[tuple[str, str | None], str | None] = {}
_HEAD_KINDS_MAX = 1024
#: What `_HEAD_KINDS` gives for a line not read yet (no kind is empty; a kind may be None).
_UNREAD = ""


def _known_head_line_kind(line: str, paper: str | None) -> str | None:
    """`_head_line_kind`, read once per line and paper (`_HEAD_KINDS`): the answer depends on nothing
    else. A line too long for a head line (a paragraph's) is answered at once and not kept."""
    if len(line) > 2 * MAX_FURNITURE:
        return _head_line_kind(line, paper)
    key = (line, paper)
    known = _HEAD_KINDS.get(key, _UNREAD)  # (one lookup: another thread may clear the dict meanwhile)
    if known != _UNREAD:
        return known
    if len(_HEAD_KINDS) >= _HEAD_KINDS_MAX:
        _HEAD_KINDS.clear()
    kind = _HEAD_KINDS[key] = _head_line_kind(line, paper)
    return kind


def _bare_paper_placed(kinds: Sequence[str], at: int, block_kinds: Sequence[str]) -> bool:
    """Whether a paper's name ending in a bare 报 (line `at` of the running head's line kinds) stands
    where a masthead does: right above a line stating the date or page, or in one block with such a
    line. A block of its own under the date line is the first headline (`业绩快报`, `三季报`: words
    ending in 报 that no list can hold all of), so the name is read as the masthead only there."""
    return kinds[at + 1 : at + 2] == ["states"] or "states" in block_kinds


def _head_line_kind(line: str, paper: str | None) -> str | None:
    """What a line of a page's running head is: `states` (a head line stating the issue date or the
    page), `head` (another head line: `is_head_line`), `paper` (a paper's name ending in a bare 报,
    `names_bare_paper`, a masthead only beside a line that states), or None (no head line)."""
    view = line_view(line.strip())
    if cites_or_titles(view):
        return None  # (a source note, a title in its marks: the article's, as on a coordinate page)
    if is_head_line(line, paper=paper):
        return "states" if _states_date_or_page(view) else "head"
    if _dated_printed_head(line):
        return "states"
    return "paper" if names_bare_paper(view) else None


def _dated_printed_head(line: str) -> bool:
    """Whether a line no head line pattern takes (`is_head_line`) prints the issue date with what
    else running heads print beside it, as a coordinate page's top line reads it
    (`states_running_head`, `_holds_title_words`): a paper's name longer than the masthead
    patterns take (`人民日报海外版 2024年5月6日 星期一`, `新华每日电讯 2024年5月6日`), the publisher
    (`甘肃日报社出版`), the weather (`天气 晴转多云`), today's page count (`2024年5月6日今日8版`), the
    issue's number (`第25678号`). A date it needs: a page number alone beside words reads as a
    paragraph's opening (`3 人受伤`); a sentence (a comma, a full stop), a title holding a date
    (`2024年5月6日全市召开会议`, `全市两会特别报道 2024年5月6日`) are no head either, nor a line
    holding a word that names nothing heads print, whatever cue stands beside it (`全市 2024年5月6日
    星期一`, `2024年5月6日 星期一 第3版 学习贯彻二十大`; `健康 2024年5月6日 第5版` and
    `观点 2024年5月6日 星期一` are heads: `_unnamed_words`). And the date needs a head's cue beside it
    (`_prints_head_cue`), or nothing but marks the engine garbled (`”2024年5月6日”`, not a title's
    `《1976年1月8日》`): a date beside a few words of no head's kind opens a headline
    (`1949年10月1日 开国大典`, `2024年5月6日 兰州`, `2024年5月6日 小雨`), whose date is no issue date
    for the TEI header. A coordinate page's top line is read alike (`_dated_title`)."""
    s = line.strip()
    if not s or _holds_sentence_mark(s, len(s)) or visible_len(s) > MAX_FURNITURE or ends_sentence(s):
        return False
    view = line_view(s)
    if _ISO_PARTS.search(view) is None or _glued_ban_headline(view):
        return False
    return not _dated_title(view)


def _dated_title(view: str) -> bool:
    """Whether a top line printing the issue date or the page, which no head line pattern takes
    (`is_head_line`), is a title's (or a sentence's) rather than the page's running head: flat text
    (`_dated_printed_head`) and a coordinate page's top line (`states_running_head`) read it alike.
    A head it is only when every part of it is a head's piece (`_HEAD_PIECES`: the date, the
    weekday, the page, the lunar date, the weather, the editors) or a name heads print
    (`_unnamed_words`), since losing a headline (gone from the txt, its day taken for the issue
    date) is worse than reading a head as a heading. So a title it is when it holds words no head
    prints (`_holds_title_words`: `2024年5月6日全市召开会议`), any word that is no head's name
    beside the date, whatever cue stands there (`开国大典 1949年10月1日 星期六`,
    `习近平 2024年5月6日 星期一 抵达巴黎开始国事访问`, `峰会 2024年5月6日 A5`), or when it prints
    the date beside words but none of a head's cues (`_prints_head_cue`: `参考消息 2024年5月6日`; an
    English weekday of the date's day is one: `2024年5月6日 Monday`, `_same_day_english_weekday`).
    The date alone is a head's between marks the engine garbled (`”2024年5月6日”`), a title's
    between a title's marks (`《1976年1月8日》`: `_garbled_date_alone`). A line printing the page and
    no date is a title's only by its words (the page is the head's cue)."""
    undated, masked = _mask_head_pieces(view)
    cue, paged = _page_or_weekday_cues(view, undated)
    if _holds_title_words(masked, {m.end() for m in _ISO_PARTS.finditer(view)}, cue, paged):
        return True
    if undated == view:
        return False  # (a page printed with no date: the page is the head's cue)
    latin = _LATIN_RUN.search(view) is not None  # (English words are asked of a line holding a letter)
    days = _printed_days(view) if latin else set()
    if _unnamed_words(masked, cue, paged) or (latin and _latin_title_words(view, masked, days)):
        return True
    cued = _prints_head_cue(undated, masked) or (latin and _same_day_english_weekday(view, days))
    return not cued and not _garbled_date_alone(view, undated)


#: A token of a head line in Latin script: a run of characters that are neither hanzi nor blanks
#: (`Monday`, `PM2.5`, `No.25678`, `Email:news@abc.com`), read whole in the line, not once its digits
#: are masked (`P__._`): `_latin_title_words`.
_LATIN_TOKEN = regex.compile(r"[^\s\p{Han}\0]*[A-Za-z][^\s\p{Han}\0]*")
#: Marks around a Latin token that are no part of it (`(CHINA DAILY)`, `“Monday”`, `2024,`).
_TOKEN_MARKS = "\"'“”‘’()（）[]【】<>《》,，.。:：;；·|｜/／-—"
#: One short acronym in capitals, digits beside them or not, that a head prints as a section's name
#: or a reading beside its date (`NBA`, `IT`, `PM2.5`, `5G`): two to five letters and digits.
_LATIN_ACRONYM = regex.compile(r"(?=(?:[.&/-]?[A-Z\d]){2,5}$)[A-Z\d]*[A-Z][A-Z\d]*(?:[.&/-][A-Z\d]+)*")
#: An English weekday, as printed: capitalised, in capitals or in small letters (`Monday`, `MONDAY`,
#: `Mon.`, `Tues`), its day (Monday 0) by its first two letters (`_ENGLISH_WEEKDAYS`).
_ENGLISH_WEEKDAY = regex.compile(
    r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
_ENGLISH_WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")
#: The weekday in hanzi (`星期一`, `周日`: `_WEEKDAY`), its day (Monday 0) by its last character.
_HANZI_WEEKDAYS = "一二三四五六"
#: A folio's or a field's word with its value (`No.25678`, `No 25678`, `Vol.12`, `Tel:0931-1234567`,
#: `Email:news@abc.com`, `ISSN 1002-1234`, `CN 62-0001`, `Page 3 of 8`), read from the token's start
#: in the line: a separator (`.`, a colon) or blanks before a digit, an e-mail address or a website.
#: Without it the letters open a word (`Nothing`, `Office`, `Pageant`) or stand alone (`No`, `Tel`).
_FIELD_WORD = regex.compile(
    r"(?:No|Vol|Tel|Fax|Email|E-mail|ISSN|CN|Page|Of)(?:[.:：][\t\p{Zs}]*|[\t\p{Zs}]*)"
    r"(?=\d|[\w.+-]+@|(?i:www\.))[\w.@/:+-]*",
    regex.IGNORECASE,
)
#: An e-mail address or a website (`news@abc.com`, `www.abc.com`), which a masthead prints whole.
_ADDRESS = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?i:www\.)[\w-]+(?:\.[\w-]+)+(?:/\S*)?")


def _latin_title_words(view: str, masked: str, days: Set[int]) -> bool:
    """Whether a line printing the issue date holds Latin words no masthead prints, so it is a
    headline: losing a headline is worse than reading a head as a kicker. Each token is read whole in
    the line (`_LATIN_TOKEN`: `PM2.5`, `5G`), unless the head's pieces (`masked`:
    `_mask_head_pieces`) took all its letters (the section page `A5`, the serial number's `CN`, the
    website). A masthead prints a listed English name of a paper anywhere or of a page beside its
    hanzi name (`_listed_english_spans`: `CHINA DAILY`, `XINHUA DAILY TELEGRAPH`, `观点 OPINION`,
    `深度 In-depth`), or one short acronym and no other capitals, a weekday's name in capitals
    counted among them (`_LATIN_ACRONYM`: `NBA`, `PM2.5`, `5G`; `BLACK FRIDAY` is a headline's),
    an English weekday of a day the line prints (`days`, `_printed_days`: `2024年5月6日 星期一
    Monday`) or its date (`May 6, 2024`: `_other_english_date`), a folio's or a field's word with
    its value (`_FIELD_WORD`: `No.25678`, `Vol.12`, `Page 3`, `Tel:…`), an e-mail address or a
    website (`_ADDRESS`). Anything else is a
    title's: words in small letters or mixed case (`iPhone`, `Nothing`), capitals no list holds
    beside others (`HELLO WORLD`, `MADE IN CHINA`, `CYBER MONDAY`), a page's English name with no
    hanzi name beside it (`SPORTS`, `NEWS`, `BEIJING 2008`), a lone month or another day (`May`,
    `Sunday`, `Mar. 3`), a field word alone (`No`, `Tel`), a capitalised word unlisted or away from
    its hanzi name (`体育 Happy Birthday`, `体育 Welcome`)."""
    if _other_english_date(view):
        return True
    listed, unplaced = _listed_english_spans(view)
    tokens = [m for m in _LATIN_TOKEN.finditer(view) if _LATIN_RUN.search(masked, m.start(), m.end())]
    acronyms = weekdays = 0
    for m in tokens:
        if any(a <= m.start() and m.end() <= b for a, b in listed):
            continue
        word = m.group(0).strip(_TOKEN_MARKS) or m.group(0)
        if _ADDRESS.fullmatch(word) is not None or _field_word_at(view, m):
            continue
        if any(a < m.end() and m.start() < b for a, b in unplaced):
            return True  # a page's English name away from its hanzi name: `… SPORTS`, `BEIJING 2008`
        if _ENGLISH_WEEKDAY.fullmatch(word) is not None:
            if _english_weekday_day(word) not in days:
                return True
            weekdays += word.isupper()  # `MONDAY`, a head's alone, a day's name with `CYBER`
            continue
        if _LATIN_ACRONYM.fullmatch(word) is None:
            return True
        acronyms += 1
    capitals = acronyms + weekdays + len(listed)
    return acronyms > 0 and capitals > 1  # one acronym alone: `NBA`, not `HELLO WORLD`, `BLACK FRIDAY`


def _field_word_at(view: str, m: regex.Match[str]) -> bool:
    """Whether the Latin token `m` of `view` is a folio's or a field's word with its value, from the
    token's start on (`_FIELD_WORD`), as printed: capitalised, in capitals or in small letters."""
    field = _FIELD_WORD.match(view, m.start())
    if field is None:
        return False
    name = regex.match(r"[A-Za-z-]+", field.group(0))
    word = name.group(0) if name is not None else ""
    printed = word in (word.lower(), word.upper(), word.capitalize())
    return printed and field.end() >= m.start() + len(m.group(0).rstrip(_TOKEN_MARKS))


def _english_weekday_day(word: str) -> int:
    """The day (Monday 0) of an English weekday (`_ENGLISH_WEEKDAY`: `Monday`, `SUN`, `Thurs.`)."""
    return _ENGLISH_WEEKDAYS.index(word[:2].lower())


def _printed_days(view: str) -> set[int]:
    """The days of the week (Monday 0) a line prints in hanzi: its weekday's (`星期一`, `周日`) and
    its dates' (`2024年5月6日` is a Monday), so an English weekday of another day is no head's."""
    days = {
        _HANZI_WEEKDAYS.index(w.group(0)[-1]) if w.group(0)[-1] in _HANZI_WEEKDAYS else 6
        for w in regex.finditer(_WEEKDAY, view)
    }
    for m in _ISO_PARTS.finditer(view):
        iso = _iso_date(m)
        if iso:
            days.add(datetime.date.fromisoformat(iso).weekday())
    return days


#: The month of an English date by its first three letters (`_ENGLISH_DATE`: `May 6, 2024`).
_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _other_english_date(view: str) -> bool:
    """Whether a line prints an English date (`_ENGLISH_DATE`: `May 7, 2024`) that is none of its dates
    in hanzi (`2024年5月6日`): a masthead prints the issue date twice, the same day; another day
    beside it, or one the calendar has not, is a headline's."""
    dates = {_iso_date(m) for m in _ISO_PARTS.finditer(view)}
    return any(_english_date_iso(m.group(0)) not in dates for m in _ENGLISH_DATE_RE.finditer(view))


#: An English date alone (`_other_english_date`).
_ENGLISH_DATE_RE = regex.compile(_ENGLISH_DATE)


def _english_date_iso(text: str) -> str | None:
    """The ISO date an English date states (`May 6, 2024`, `6 May 2024`, `Sept. 6 2024`), None for a
    date the calendar has not."""
    month = regex.search(r"[A-Za-z]{3}", text)
    assert month is not None  # (every `_ENGLISH_DATE` names its month)
    day, year = sorted((int(n) for n in regex.findall(r"\d+", text)), key=lambda n: n > 31)
    try:
        return datetime.date(year, _ENGLISH_MONTHS.index(month.group(0).lower()) + 1, day).isoformat()
    except ValueError:
        return None


def _listed_english_spans(view: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the listed English names of papers and pages a line prints
    (`lexicon.running_head_english_names`), in capitals or capitalised, as a head prints them, and the
    spans of those no head's: a paper's name in capitals is a head's anywhere (`中国日报 2024年5月6日
    星期一 CHINA DAILY`: `lexicon.running_head_english_papers`), a page's name, and a paper's
    capitalised, only beside one of the hanzi names it renders (`体育 SPORTS`, `体育 Sports`, `深度
    In-depth`, `SPORTS 体育`); alone a page's name is a word headlines print too (`2024年5月6日 星期一
    SPORTS`, `… NEWS`, `BEIJING 2008`)."""
    listed: list[tuple[int, int]] = []
    unplaced: list[tuple[int, int]] = []
    for m in _english_names_pattern().finditer(view):
        printed = m.group(0)
        capitals = printed == printed.upper()
        if not capitals and not _capitalised(printed):
            continue  # (small letters: a website's `news`, a headline's)
        name = " ".join(printed.split()).upper()
        paper = capitals and name in running_head_english_papers()
        beside = _beside_hanzi_name(view, m.start(), m.end(), running_head_english_names()[name])
        (listed if paper or beside else unplaced).append(m.span())
    return listed, unplaced


def _beside_hanzi_name(view: str, start: int, end: int, names: Set[str]) -> bool:
    """Whether the hanzi right before `view[start:end]` end with one of `names`, or those right after it
    open with one, blanks between (`体育` in `A5 体育 SPORTS`, in `第5版体育 SPORTS`, in `SPORTS 体育`)."""
    before, after = _hanzi_before(view, start), _hanzi_after(view, end)
    return any(before.endswith(n) or after.startswith(n) for n in names)


def _capitalised(text: str) -> bool:
    """Whether each word of `text` opens with a capital and goes on in small letters (`Sports`,
    `In-depth`, `China Daily`)."""
    return all(w[0].isupper() and w[1:] == w[1:].lower() for w in text.split())


def _hanzi_before(view: str, at: int) -> str:
    """The run of hanzi ending right before `at` in `view`, blanks between (`体育` in `A5 体育 Sports`)."""
    m = _HAN_BEFORE.search(view, 0, at)
    return m.group(1) if m is not None else ""


#: A run of hanzi ending a text, blanks after it (`_hanzi_before`).
_HAN_BEFORE = regex.compile(r"(\p{Han}+)[\t\p{Zs}]*$")
#: A run of hanzi opening a text, blanks before it (`_hanzi_after`).
_HAN_AFTER = regex.compile(r"[\t\p{Zs}]*(\p{Han}+)")


def _hanzi_after(view: str, at: int) -> str:
    """The run of hanzi opening right after `at` in `view`, blanks between (`体育` in `SPORTS 体育`)."""
    m = _HAN_AFTER.match(view, at)
    return m.group(1) if m is not None else ""


@cache
def _english_names_pattern() -> regex.Pattern[str]:
    """The listed English names (`lexicon.running_head_english_names`) as one pattern, whole words,
    case set aside, longest first, blanks between their words (`_listed_english_spans`)."""
    names = sorted(running_head_english_names(), key=len, reverse=True)
    alternatives = "|".join(r"[\t\p{Zs}]+".join(regex.escape(w) for w in n.split()) for n in names)
    return regex.compile(rf"(?<![A-Za-z'-])(?i:{alternatives})(?![A-Za-z'-])")


def _listed_english_after(masked: str, end: int, word: str) -> bool:
    """Whether a listed English name that renders the hanzi `word` follows it (`end`), blanks between,
    in capitals or capitalised (`北京 BEIJING`, `体育 Sports`: `lexicon.running_head_english_names`)."""
    gap = _GAPS.match(masked, end)
    m = _english_names_pattern().match(masked, gap.end() if gap else end)
    if m is None:
        return False
    name = " ".join(m.group(0).split()).upper()
    printed = m.group(0) == m.group(0).upper() or _capitalised(m.group(0))
    return printed and word in running_head_english_names()[name]


#: A Latin letter: whether a head line holds one (`_dated_title`), whether a token of it keeps one once
#: its pieces are masked (`_latin_title_words`).
_LATIN_RUN = regex.compile(r"[A-Za-z]")


def _same_day_english_weekday(view: str, days: Set[int]) -> bool:
    """Whether a line prints an English weekday of a day its date or weekday is (`days`,
    `_printed_days`: `2024年5月6日 Monday`, a Monday), a head's cue as the weekday in hanzi is
    (`_dated_title`)."""
    return any(
        _ENGLISH_WEEKDAY.fullmatch(word := m.group(0).strip(_TOKEN_MARKS) or m.group(0)) is not None
        and _english_weekday_day(word) in days
        for m in _LATIN_TOKEN.finditer(view)
    )


def _mask_head_pieces(view: str) -> tuple[str, str]:
    """`view` with its dates masked, and with every head's piece masked too (`_HEAD_PIECES`), each by
    NUL characters so the offsets stay the line's. The pieces are read once the date is masked, so
    a piece glued to it is a word of its own (`2024年5月6日第三版`, `2024年5月6日农历甲辰年`). A piece
    heads print only after the date (group `after`: `晴`, `三月廿八`) stays a word before it, where
    it opens a headline (`阴 2024年5月6日 星期一`)."""
    undated = _ISO_PARTS.sub(_nul, view)
    date = _ISO_PARTS.search(view)
    opens = date.start() if date is not None else len(view)

    def mask(m: regex.Match[str]) -> str:
        return m.group(0) if m.start("after") >= 0 and m.start() < opens else _nul(m)

    return undated, _HEAD_PIECES.sub(mask, undated)


def _nul(m: regex.Match[str]) -> str:
    """A match's text as NUL characters, as many as it has (a mask keeping the line's offsets)."""
    return "\0" * len(m.group(0))


def _unnamed_words(masked: str, cue: bool, paged: bool) -> list[tuple[int, int]]:
    """The spans of the words of a line printing the issue date that name nothing a running head
    prints (`_is_head_name`, given the line's cues `cue` and `paged`: `_page_or_weekday_cues`), once
    its pieces are masked (`masked`). A head line prints none (`_dated_title`). With the page or the
    weekday beside the date, a name followed by its listed English name is a section's, bilingual as
    some papers print it (`2024年5月6日 星期一 A5 北京 BEIJING`: `_listed_english_after`); other
    capitals after a word tell nothing (`习近平 APEC`, `梅西 MESSI`, `欢迎 WELCOME`)."""
    return [
        span for span, word in _name_runs(masked)
        if not _is_head_name(word, cue=cue, paged=paged)
        and not (cue and _listed_english_after(masked, span[1], word))
    ]


#: Hanzi set apart one by one, as a letter-spaced head prints its name (`经 济`, `要 闻`): one word.
_LETTER_SPACED = regex.compile(r"(?<!\p{Han})\p{Han}(?:[\t\p{Zs}]+\p{Han}(?!\p{Han}))+")


def _name_runs(masked: str) -> list[tuple[tuple[int, int], str]]:
    """The words of a line whose head's pieces are masked (`masked`), each with its span: its runs of
    hanzi (`_HAN_ONLY`), hanzi set apart one by one read as one word without their spaces
    (`_LETTER_SPACED`: the letter-spaced `第 3 版 ”经 济 2024 年 5 月 6 日` names the page `经济`)."""
    spaced = [(m.span(), "".join(m.group(0).split())) for m in _LETTER_SPACED.finditer(masked)]
    inside = [span for span, _ in spaced]
    runs = [(m.span(), m.group(0)) for m in _HAN_ONLY.finditer(masked)
            if not any(a <= m.start() < b for a, b in inside)]
    return sorted(spaced + runs)


def _page_or_weekday_cues(view: str, undated: str) -> tuple[bool, bool]:
    """Whether a line that is no sentence prints the page or the weekday beside its date (`undated`:
    `view` with its date masked; `_PAGE_OR_WEEKDAY`), and whether it prints the page with its word
    (`_WORDED_PAGE`: `第5版`, `第三版`): the cues that let a listed name be a head's
    (`_is_head_name`)."""
    cue = _SENTENCE_PUNCT.search(view) is None and _PAGE_OR_WEEKDAY.search(undated) is not None
    return cue, cue and _WORDED_PAGE.search(undated) is not None


def _is_head_name(word: str, *, cue: bool, paged: bool) -> bool:
    """Whether a run of hanzi beside a running head's date names what heads print there: the paper
    (`_is_paper_name`: `甘肃日报`, `新华每日电讯`, `人民日报海外版`), a section or a page by its word
    (`要闻`, `国内新闻`: `has_section_word` in a name of at most `_HEAD_WORDS_MAX` hanzi,
    `is_page_name`; `国际`, `体育`: `_HEAD_SECTIONS`); with the page or the weekday beside the date
    (`cue`), a page or a periodical papers print (`lexicon.running_head_names`: `健康`, `观点`,
    `南方周末`); with the page stated with its word (`paged`: `第5版`, `第三版`, `5版`), a page's name
    a headline opens with as often, or a rarer page's (`lexicon.running_head_paged_names`: `聚焦`,
    `市场`, `大地`, `副中心`). Not an event, a place, a person or a notice whose day the line prints,
    nor a clause after the cue (`开国大典`, `杭州`, `习近平`, `停水通知`, `召开`): a weekday, a
    section page `A5` or the written page beside them is no evidence (`开国大典 1949年10月1日 星期六
    第5版`, `春节 2024年2月10日 第5版` are headlines), as losing a headline is worse than reading a
    head as a kicker. The lists are data (`rules/names/`), read once."""
    if _is_paper_name(word) or word in _HEAD_SECTIONS or is_page_name(word):
        return True
    if len(word) <= _HEAD_WORDS_MAX and has_section_word(word):
        return True
    if cue and word in running_head_names():
        return True
    return paged and word in running_head_paged_names()


def _date_alone(view: str) -> bool:
    """Whether a line prints the issue date and no letter or digit beside it, only marks around it
    (`2024年5月6日`, `”2024年5月6日”`, `《1976年1月8日》`): a date alone, which is no title of its own
    after a kicker's name (`全市 2024年5月6日` is one heading: `_kicker_title_split`)."""
    undated = _ISO_PARTS.sub("", view)
    return len(undated) < len(view) and _WORD_CHAR.search(undated) is None


def _garbled_date_alone(view: str, undated: str) -> bool:
    """Whether a line is the issue date alone (`_date_alone`; `undated` is `view` with its date
    masked) with at most marks the engine garbled around it (`”2024年5月6日”`, `2024年5月6日》`): the
    running head's, as the bare date line is (`is_date_line`). Between a pair of a title's marks
    (`《1976年1月8日》`, `“1949年10月1日”`, `（2024年5月6日）`: `_TITLE_MARK_PAIRS`) the date is a
    title's, as printed: a headline naming a day, whose date is no issue date."""
    if _WORD_CHAR.search(undated) is not None or undated == view:
        return False
    s = view.strip()
    inner = s[1:-1].strip()
    return not (len(s) > 2 and _TITLE_MARK_PAIRS.get(s[0]) == s[-1] and _ISO_PARTS.fullmatch(inner))


#: The marks a title prints around its words, opening mark to closing mark: a book's or a work's
#: title (`《》`, `〈〉`), a quotation (`“”`, `‘’`, `「」`, `『』`, `""`), brackets (`（）`, `()`). A date
#: alone between such a pair is a title's (`_garbled_date_alone`); between marks of no pair
#: (`”2024年5月6日”`), it is a head's the engine garbled.
_TITLE_MARK_PAIRS = {
    "《": "》", "〈": "〉", "“": "”", "‘": "’", "「": "」", "『": "』", '"': '"', "（": "）", "(": ")",
}
#: A note saying where a text was printed first or comes from, its label opening the line, in
#: brackets or not: `（原载《人民日报》2024年5月6日 第5版）`, `据《甘肃日报》2024年5月6日 第3版`,
#: `原载 2024年5月6日 第5版`, `（摘自《光明日报》…）`, `（来源：人民日报 …）`, `转载自…`.
_SOURCE_NOTE = regex.compile(
    r"\s*[(（【〔\[［]?\s*"
    r"(?:原载|原文载|原刊|摘自|摘编自|节选自|选自|转载自|转载|转自|(?:稿件)?来源|稿源|载于|刊于|据)"
)


def cites_or_titles(line: str) -> bool:
    """Whether a line (its simplified view: `line_view`) is a source note (`_SOURCE_NOTE`:
    `（原载《人民日报》2024年5月6日 第5版）`, `据《甘肃日报》2024年5月6日 第3版`) or a title between a
    title's marks around the whole line (`_TITLE_MARK_PAIRS`: `《1976年1月8日 星期四》`,
    `“1949年10月1日 星期六”`, `（2024年5月6日 星期一）`): the article's text wherever it stands, never
    the page's running head or footer, whatever date or page it prints (the source's, the title's day,
    no issue date). One predicate for flat text (`running_head`) and coordinate pages
    (`states_running_head`, `states_page_foot`)."""
    s = line.strip()
    if _SOURCE_NOTE.match(s) is not None:
        return True
    close, inner = _TITLE_MARK_PAIRS.get(s[:1]), s[1:-1]
    return close is not None and len(s) > 2 and s[-1] == close and s[0] not in inner and close not in inner


#: The page stated with its word (`第5版`, `第 A5 版`, `5版`, `第5页`, `第三版`, `三版`, the sheet:
#: `第2张`, `第二张`), for `_HEAD_CUE`, `_PAGE_OR_WEEKDAY` and `_WORDED_PAGE`; the weekday as a word of
#: its own.
_WORDED_PAGE_FORMS = (
    r"第\s*[A-Za-z]?\s*\d{1,3}\s*[版页]|(?<![A-Za-z\d])[A-Za-z]?\d{1,3}\s*版"
    rf"|{_HANZI_PAGE}|{_DIGIT_SHEET}"
)
_LONE_WEEKDAY = rf"(?<!\p{{Han}}){_WEEKDAY}(?!\p{{Han}})"


#: A temperature a running head prints after the weather (`8～19℃`, `-3℃`).
_TEMPERATURE = (
    r"[+\-−]?\d{1,2}\s*(?:℃|°C?)?\s*[~～\-－—至到/]\s*[+\-−]?\d{1,2}\s*(?:℃|°C?)"
    r"|[+\-−]?\d{1,2}\s*(?:℃|°C?)"
)
#: What only a running head prints beside the issue date, read once the date is set aside: the
#: weekday as a word of its own (`星期一`, `周一`), the page (`第3版`, `3版`, `A4`) or today's page
#: count (`今日8版`), the issue's number (`第25678号`, `总第12345期`), the publisher's statement
#: (`甘肃日报社出版`), the weather as a field of its own (labelled, `天气 晴转多云`, also glued
#: to its label as the spacing step leaves it, `天气晴`, or with the temperature, `晴转多云
#: 8～19℃`), an editor's field (`责任编辑：王丽`, `编辑 王丽`), a paper named with 报道
#: (`_REPORT_NAMED_PAPER`). A bare weather word (`小雨`) may be a title's whole word; the weather
#: turning (`晴转多云`) is a forecast's. So is the page in hanzi numerals as a word of its own
#: (`第三版`, `三版`), the lunar date or year (`农历四月廿八`, `甲辰年`, `甲辰龙年`, `农历甲辰年`).
#: Page zero too (`第0页`, `第〇版`): OCR reads a 6, 8 or 9 as 0,
#: and no headline prints a date and a page (though `第0页` alone is no folio: `_counted_page`).
_HEAD_CUE = regex.compile(
    rf"{_REPORT_NAMED_PAPER}|{_LONE_WEEKDAY}|{_WORDED_PAGE_FORMS}"
    rf"|{_PAGE_COUNT}|(?<!\p{{Han}})(?:总\s*)?第\s*\d{{1,6}}\s*[号期](?!\p{{Han}})"
    rf"|{_LUNAR_DATE}|{_LUNAR_YEAR}"
    rf"|(?<!\p{{Han}}){_WEATHER_WORDS}(?:[转到]{_WEATHER_WORDS})+(?!\p{{Han}})"
    r"|(?<![A-Za-z\d])[A-Z]\d{1,2}(?![A-Za-z\d\p{Han}])"
    r"|\p{Han}{1,12}社出版(?!\p{Han})"
    rf"|天气(?:预报)?(?:(?:\s*[:：]\s*|\s+){_WEATHER_WORDS}|{_WEATHER_TURNS}(?!\p{{Han}}))"
    rf"|(?<!\p{{Han}}){_WEATHER_WORDS}(?:[转到]{_WEATHER_WORDS})*\s*(?:{_TEMPERATURE})"
    rf"|(?:{_EDITOR_LABELS})(?:\s*[:：]|\s+\S)"
)


#: The page or the weekday as a word of its own beside the date (`_unnamed_words`): `第5版`,
#: `第 A5 版`, `5版`, `第5页`, `第三版`, a section page of the letters papers print (`A5`, `B12`; not
#: `G20`, a headline's word), `星期一`, `周一`. Read with the date masked.
_PAGE_OR_WEEKDAY = regex.compile(
    rf"{_LONE_WEEKDAY}|{_WORDED_PAGE_FORMS}|(?<![A-Za-z\d])[A-E]\d{{1,2}}(?![A-Za-z\d\p{{Han}}])"
)
#: The page stated with its word (`第5版`, `5版`, `第5页`, `第三版`, `三版`): the strongest of a head's
#: cues, where a weekday or a bare section page (`A5`, `B20`) a headline may print (`开国大典
#: 1949年10月1日 星期六`, `杭州 2016年9月4日 B20`). With it, a page's name a headline opens with as
#: often is a head's (`lexicon.running_head_paged_names`: `市场 2024年5月6日 第5版`); any other name
#: is not (`开国大典 1949年10月1日 第5版`, `春节 2024年2月10日 第5版`: `_is_head_name`). Read with the date
#: masked.
_WORDED_PAGE = regex.compile(_WORDED_PAGE_FORMS)


#: Pages' names a running head prints beside the date as a word of its own (`2024年5月6日 国际`,
#: `体育 2024年5月6日`), which are no `SECTION_WORDS` (a bare label there makes a section's, and these
#: are words of titles and kickers too): beside a date alone they name the page, not a headline's topic.
_HEAD_SECTIONS = frozenset({
    "国际", "国内", "体育", "经济", "文化", "社会", "财经", "城市", "农村", "时政", "民生", "教育",
    "科技", "法治", "政法", "军事", "娱乐", "环球", "地方", "省内", "本市", "县域", "三农",
})
#: A gap between a running head's pieces once the date is masked (`_edge_folio`): spaces or the date.
_PIECE_GAP = regex.compile(r"[\s\0]+")


def _edge_folio(undated: str) -> bool:
    """Whether a line whose date is masked (NUL characters) prints the page number alone at its
    start or its end, set apart from the rest: `2024年5月6日 03`, `3 2024年5月6日`, `2024年5月6日 - 3 -`,
    `2024年5月6日 ·3·`, `2024年5月6日 Page 3`, `2024年5月6日 4/16` (`is_folio`). Heads print the
    folio in a corner; a number inside a title's words (`2024年5月6日 3人受伤`) is none."""
    s = undated.strip()
    return any(is_folio(s[: m.start()]) or is_folio(s[m.end() :]) for m in _PIECE_GAP.finditer(s))


def _prints_head_cue(undated: str, masked: str) -> bool:
    """Whether a line printing the issue date prints beside it what tells a running head from a
    headline opening on a date (`1949年10月1日 开国大典`, `2024年5月6日 兰州`, `2024年5月6日 小雨`):
    a piece only heads print (`_HEAD_CUE`: the weekday, the page, the publisher, the weather as a
    field or turning, an editor's field, the lunar date or year), the page alone at the line's start
    or end (`_edge_folio`: `2024年5月6日 03`), or a word naming the paper (`_is_paper_name`:
    `新华每日电讯`, `人民日报海外版`) or a known section or page (`要闻`, `国内新闻`: `has_section_word`,
    `is_page_name`; `国际`, `体育` alone: `_HEAD_SECTIONS`). A date beside a few words of no such
    kind is a headline's, as a title prints it, and the date is no issue date. `undated` is the
    line with its date masked, `masked` with every head's piece masked (`_mask_head_pieces`)."""
    if _HEAD_CUE.search(undated) is not None or _edge_folio(undated):
        return True
    words = [run.group(0) for run in _HAN_ONLY.finditer(masked)]
    # a page's name heads a line it is the only word of beside the date (`2024年5月6日 国际`,
    # `体育 2024年5月6日`): one among a title's words (`2024年5月6日 文化 强省`) is the title's
    return any(
        _is_paper_name(word)
        or (word in _HEAD_SECTIONS and len(words) == 1)
        or (len(word) <= 6 and (has_section_word(word) or is_page_name(word)))
        for word in words
    )


#: Words ending in 报 that name no paper, by the character before 报: news of a success, a report, a
#: notice, a poster (`捷报`, `喜报`, `简报`, `通报`), also as the end of a longer name (`工作简报`,
#: `黑板报`), except the two that end papers' names (`_PAPER_ENDINGS`). No page's name: a page head
#: naming one (`第3版 喜报`) is a headline's word (`_name_is_report_word`).
_REPORT_WORD_HEADS = frozenset(
    "捷喜汇情简公通战海电警预举申回上年月"  # 捷报 喜报 汇报 ... 月报
    "板字墙谍线密急误填呈党小见登读看办剪播"  # 板报 字报 墙报 ... 播报
)
#: Periodicals' kinds ending in 报 (`画报`, `学报`): a page's name after the page (`第8版 画报`), and
#: alone no paper's name either (a name stands before them: `人民画报`), as `names_bare_paper` reads.
_PERIODICAL_KIND_HEADS = frozenset("画学")
#: Report words that end a paper's longer name: `大公报`, `文汇报` (alone, `公报` and `汇报` are words).
_PAPER_ENDINGS = frozenset({"公报", "汇报"})
#: A paper's name of two to four hanzi ending in a bare 报 (`明报`, `联合报`, `大公报`, `文汇报`,
#: `新京报`), not opening as a citation does (`本报`, `该报`).
_BARE_PAPER = regex.compile(rf"\s*(?!{_PAPER_CITATION})\p{{Han}}{{1,3}}报\s*")


def names_bare_paper(text: str) -> bool:
    """Whether a line may name a paper whose name ends in a bare 报 (`明报`, `联合报`, `大公报`), which
    `is_masthead` does not take: the form alone cannot tell `明报` from a headline `捷报`. The running
    head takes such a line as the masthead only next to (or on) a line stating the date or page.
    Words ending in 报 (`_REPORT_WORD_HEADS`: `捷报`, `工作简报`) are no name, but `公报` and `汇报` end
    `大公报` and `文汇报`; `快报` is a paper's kind with a name before it (`都市快报`, `现代快报`), the
    word alone a notice; `画报` and `学报` are kinds too (`人民画报`, `_PERIODICAL_KIND_HEADS`), alone
    a page's name. Simplified: read the view."""
    s = text.strip()
    if _BARE_PAPER.fullmatch(s) is None or s == "快报":
        return False
    head = s[-2]
    return (head not in _REPORT_WORD_HEADS and head not in _PERIODICAL_KIND_HEADS) or (
        len(s) > 2 and s[-2:] in _PAPER_ENDINGS
    )


def header_part_gaps(line: str) -> list[tuple[int, int]]:
    """The stretches of `line` between the parts of the page header it is (`page_header`): paper,
    date, page and section name (`3 要闻 2023年10月12日` holds two, around `要闻`); empty when the line
    is no page header. A header's fields are set apart as printed, as the fields of other furniture
    lines are (`3 要闻` is not `3要闻`); a space inside a part (`2023 年`) is not between parts. A
    head line printing the weather or the publisher beside the date is read by its pieces
    (`_printed_head_gaps`: `2024年5月6日 天气：多云转小雨`)."""
    view = line_view(line)
    m = page_header(view, first=True) or dated_head_line(view)
    if m is None:
        return _credited_head_gaps(view) or _printed_head_gaps(view)
    parts = sorted(
        piece
        for group in ("extra", "part", "name", "paper", "credits")
        if group in m.re.groupindex
        for span in m.spans(group)
        if span[1] > span[0]
        for piece in (_extra_pieces(view, span) if group == "extra" else [span])
    )
    return [(a[1], b[0]) for a, b in pairwise(parts) if b[0] > a[1]]


def _extra_pieces(view: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The pieces of a page header's `extra` group (`view[span]`), which may take the date and the
    weekday as one (`第2版|要闻 2024年5月6日 星期一`): each head's piece and each run between them
    (`_head_parts`), so the gap between the date and the weekday is a gap between the header's parts,
    kept as printed; a piece's own blanks (`2024 年`) stay inside it."""
    start = span[0]
    return [(start + a, start + b) for a, b, _ in _head_parts(view[span[0] : span[1]])]


#: A run of visible characters: a part of a printed head that is none of `_HEAD_PIECES` (the paper's
#: name, a section's, a page's theme).
_VISIBLE_RUN = regex.compile(r"\S+")


def _printed_head_gaps(view: str) -> list[tuple[int, int]]:
    """The gaps between the parts of a head line that prints the issue date beside what no page header
    pattern takes (`_dated_printed_head`): the weather (`2024年5月6日 天气：多云转小雨`), the publisher
    (`甘肃日报社出版`), today's page count, a long paper's name. The parts are `_HEAD_PIECES` (a
    piece's own blanks, `2024 年`, `天气 晴`, a stray space in the weather, `多云 转小雨`, or in the
    lunar date, `农历 三月廿八`, are inside it and decided as any other) and the runs of hanzi between
    them, which in such a line are names heads print (`_head_words`: `甘肃日报`, `要闻`, `城事`: a
    line holding other words is a title, `_dated_title`); a gap beside a run of other characters
    (Latin letters, digits no piece takes) is decided as any other. A run of marks between two parts
    (`HEAD_MARKS`: `新民晚报 · 2024年5月6日`, `2024年5月6日 ·3·`) is a head's part when the parts
    around it are, so both its gaps stay, as printed, or neither. Empty for a line that is no such head."""
    if not _dated_printed_head(view):
        return []
    parts = _through_marks(view, _head_parts(view))
    return [(a[1], b[0]) for a, b in pairwise(parts) if b[0] > a[1] and a[2] and b[2]]


def _through_marks(view: str, parts: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """`parts` (`_head_parts`), each run of `HEAD_MARKS` alone taking whether a head prints it from the
    nearest other parts on each side: printed when neither is a word heads do not print and one is
    a part they do (a mark at the line's start or end has one side)."""
    marks = [all(c in HEAD_MARKS for c in view[a:b]) for a, b, _ in parts]
    before, after = _nearest_word_flags(parts, marks), _nearest_word_flags(parts[::-1], marks[::-1])[::-1]
    return [
        (a, b, False not in (before[i], after[i]) and True in (before[i], after[i]) if marks[i] else printed)
        for i, (a, b, printed) in enumerate(parts)
    ]


def _nearest_word_flags(parts: Sequence[tuple[int, int, bool]], marks: Sequence[bool]) -> list[bool | None]:
    """For each of `parts`, whether a head prints the nearest part before it that is no run of marks
    (`marks`), None when there is none."""
    flags: list[bool | None] = []
    last: bool | None = None
    for part, mark in zip(parts, marks, strict=True):
        flags.append(last)
        if not mark:
            last = part[2]
    return flags


def _head_parts(view: str) -> list[tuple[int, int, bool]]:
    """The parts of a printed head line (`_printed_head_gaps`): each `_HEAD_PIECES` match and each run
    of visible characters between them, with whether a head prints it (a piece always; a run when
    it is hanzi only, `_head_words`: in a line `_dated_printed_head` takes, a name heads print)."""
    parts: list[tuple[int, int, bool]] = []  # (start, end, whether a head prints it)
    pos = 0
    for m in _HEAD_PIECES.finditer(view):
        parts += _head_words(view, pos, m.start())
        piece = m.group(0).rstrip()
        if piece:
            parts.append((m.start(), m.start() + len(piece), True))
        pos = m.end()
    parts += _head_words(view, pos, len(view))
    return parts


def _head_words(view: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The runs of visible characters of `view[start:end]` (between two `_HEAD_PIECES`), each with
    whether it is a word heads print: a run of hanzi, which in a line `_dated_printed_head` takes is
    a name heads print (`_dated_title` leaves none other: `城事`, `南方周末`, `甘肃日报`)."""
    return [(a, b, _HAN_ONLY.fullmatch(view, a, b) is not None or _latin_head_run(view[a:b]))
            for r in _VISIBLE_RUN.finditer(view, start, end) for a, b in _marked_name_parts(r)]


#: A name glued to the field marks beside it (`|要闻` in `第2版|要闻 2024年5月6日`).
_MARKED_NAME = regex.compile(rf"(?P<part>[{_FIELD_MARKS}]+)?(?P<part>\p{{Han}}+)(?P<part>[{_FIELD_MARKS}]+)?")


def _marked_name_parts(run: regex.Match[str]) -> list[tuple[int, int]]:
    """The parts of a run of visible characters between a printed head's pieces (`_head_words`): a
    name glued to field marks is its marks and its name (`|要闻`: `|`, `要闻`), so the name is one
    heads print and the marks are decided by the parts around them (`_through_marks`); any other
    run is one part."""
    m = _MARKED_NAME.fullmatch(run.string, run.start(), run.end())
    return m.spans("part") if m is not None else [run.span()]


def _latin_head_run(run: str) -> bool:
    """Whether a run of visible characters between a printed head's pieces is a Latin word: in a line
    `_dated_printed_head` takes, `_latin_title_words` left none but those mastheads print, so its gaps
    are a head's, kept as printed (`_head_words`). A run is one blank-separated piece of such a word,
    never asked alone: `CHINA` of `CHINA DAILY`, `No` of `No 25678` (its value set apart by a blank;
    a lone `No` makes the line a title's), `Monday`, `Tel:0931-1234567`, `Email:news@abc.com`."""
    return _LATIN_TOKEN.fullmatch(run) is not None


def _credited_head_gaps(view: str) -> list[tuple[int, int]]:
    """The gaps of a page header followed by the page's editors (`credited_head_line`): those between
    the header's parts, and the one (a space, or a field mark with its spaces: ` ● `) between the
    header and the editors."""
    m = credited_head_line(view)
    if m is None:
        return []
    start = m.start("head")
    gaps = [(start + a, start + b) for a, b in header_part_gaps(m.group("head"))]
    return [*gaps, (m.end("head"), m.start("credits"))]
