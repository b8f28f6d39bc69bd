"""Spaces that OCR and typesetting put where Chinese text has none.

Chinese is set without spaces. In OCR output they come from justified lines (wide gaps between
characters read as spaces: 习近平总 书记), from padded two-character names (鞠 毅), from lines joined
with a space, and from the gap the engine sees around digits and Latin letters (总资金 37.64 亿元).

What goes (one edit per run of spaces, kind `space`):
- `space.cjk-cjk`: between two Han characters, unless it sets two fields of a line of fields apart
  (`本版编辑：王丽 美编：李华`: a field before it, a label and its colon after it), or stands for a
  label's colon on a line of two fields or more, or on an imprint or promotional line, with no
  sentence punctuation, after a field's label or before one (`责任编辑 王丽 电话：…`,
  `本版编辑：王丽 美编 李华`, `定价 2.00元 印刷：…`; `layout.roles.holds_fields`,
  `layout.roles.other_furniture_type`), or on a line without sentence punctuation whose field opens
  after a number, as `space.number-unit` below keeps the gap before its label (`邮发代号53-1 定价 2.00元`),
  or beside a publisher's statement on such a line, a field without a label
  (`甘肃日报社出版 电话：0931-8612345`, `印刷：甘肃日报印务中心 甘肃日报社出版`: `_publisher_gap`; before
  it when a labelled field follows it, `1.50元 甘肃日报社出版 电话：…`, also after a number or a Latin value);
  a traditional line through its simplified view; a Han character
  followed by variation selectors (`葛\U000E0100`, a chosen glyph) counts as that character;
- `space.cjk-punct`: beside full-width punctuation (，。、（）《》...), either side; beside the marks
  Chinese shares with Western text (“ ” ‘ ’ … — ·) only when the other side is Chinese;
- `space.number-unit`: between a number (or % ‰ ℃ °) and the Han character after it (37.64 亿元),
  unless a new field opens there on a line of fields (no sentence punctuation, as for a field gap
  below: `新闻热线：0935-2212345 责任编辑：李明`, `邮编 741000 电话 …`; `layout.roles.opens_field`): a
  label of the contact and editor lines, or a dictionary word before a colon that names no number,
  measure or time (`个方面：`, `万元：`, `年底：`, `年度：` go on with the number);
- `space.cjk-number`: between a Han character and a number after it (10月 10日, 总资金 37.64);
- `space.cjk-latin` (cert medium): between Han and a Latin word, either order. Mainland newspapers
  set 华为Mate手机 without spaces, so in running text the gap is OCR debris; medium because some
  house styles do put a space there;
- `space.line-end`: spaces before a line break or the end of the text;
- `space.line-start`: one stray space at the start of a continuation line inside a block.

What stays:
- spaces between Latin words, between numbers, and around URLs and e-mail addresses (they delimit
  the address);
- the phrase gap of a headline (`专题协商 让建言更精准`, kicker + title `秦州区政协 调研教师队伍...`),
  on every line of it (`强基层 补短板` / `惠民生 促发展`): a headline is a block of lines of at most 40
  visible characters with no sentence punctuation (，。；：？！、 or ASCII , ; : ? !), one line, or
  two or three the labels read as headings only (a title over two lines, a kicker over its title,
  a title over its subtitle; `layout.roles.is_headline_block`, so both read one block alike; a
  caption's sentence alone loses a stray space splitting one of its words beside a lone hanzi
  first, `图为市民在广场上 观 看演出`: `_glue_caption_gaps`); a gap
  of one or two spaces there between two words of 2+ characters is meaningful (a stray OCR space
  there stays too: nothing in the text tells `全省秋粮收获` / `进度 过半` from a kicker over a title
  set apart on purpose, `中共甘肃省委` / `两会 观察`); so are the title lines over a byline in their
  block, when they read as a headline alone
  (`全省秋粮收获过半 冬种有序推进` / `本报记者 王丽`: `_Layout.headline_span`); but not on a line the
  OCR engine spaced word by word (`推进 城乡 基层 治理 现代 化`: four pieces or more of one or two
  hanzi, one a single hanzi split off a word, no piece a person's name, and no byline's label, credit
  word or page number, `文 记者 江山 高洁`, `甘肃 日报 要闻 第 二 版`; `_engine_spaced`), whose gaps all go;
- the gap after a dateline at the start of a line (`本报定西讯 10月10日`, `新华社兰州10月9日电 记者`,
  `本报北京10月11日讯 记者`, `新华社北京电 国家统计局`, `中央社台北12日電 市府…`): a typesetting
  convention that the segmenter uses to find the dateline; also when a stray space broke that
  dateline (`本 报讯 近日,…`: `layout.roles.dateline_stray_space`), which goes;
- the space standing for the colon of an end note's source label, `（来源 人民网）` closing its line, as
  `（来源：人民网）` keeps its colon (`layout.roles.source_label_gap`; `（來源 人民網）` through its view);
- the gap between Taiwan's or Hong Kong's byline and the lead after it on its line
  (`記者王麗／台北報導 市府…`, `王麗／台北報導 市府…`, `本報記者王麗台北報道 市府…`;
  `layout.roles.filed_byline`), where the labels cut the byline off, also under a title line of the
  block (`layout.roles.title_over_byline`), and the space between two of its names
  (`記者王麗 李華／台北報導`); its other spaces go, a stray one inside its label, place or name too,
  the byline read through it (`記者王麗／台 北報導 市府…` -> `記者王麗／台北報導 市府…`);
- the gap before the weekday of a date line (`2023年10月12日 星期四`, in any block: `_weekday_gap`);
- the gaps between the parts of a page header in the page's running head (`3 要闻`, `要闻 3`,
  `甘肃日报 3 要闻`, and a head printing the weather or the publisher beside the date,
  `2024年5月6日 天气：多云转小雨`; `layout.roles.running_head`, `layout.roles.header_part_gaps`), as
  printed;
- the gaps of a byline written with spaces that opens a block, up to the lead paragraph after it
  (`本报记者 王丽 通讯员 张强 近日,…`, `本报讯 记者王丽 近日,…`; `layout.roles.spaced_byline`
  says what counts): they tell one name from the next field (王丽 from 通讯员), and the labels cut the
  byline off at its last gap (a name padded to three hanzi after a further label ends the byline
  and loses its padding: `通讯员 张 强 近日`; so does a reporter label standing alone after its fields,
  `本报记者 王丽 通讯员 他说近日`, unless a surname or a clause about the reporter follows it:
  `_bare_label_gap`); the gap before a lead opening with a time word or a
  date and its comma, or with a dateline, after a label glued to hanzi stays when they name no one
  too (`记者关注 近日,…`, `记者走基层 近日,…`, `记者王丽李华张强 近日,…`, `据新华社记者王丽 近日,…`:
  `layout.roles.glued_label_lead_gap`), as the labels may be wrong there and a gap kept is one lost
  for good otherwise; a block that is a byline of fields only (`图/文 王丽`,
  `本报记者 王丽、李华`, `本报记者 王丽 文/图`; `layout.roles.byline_fields`) keeps every gap too,
  where the phrase-gap rule would lose one beside a one-character field or in a block holding `、`;
  a bracketed reporter line
  opening the lead (`（记者 王丽 李华）近日,…`; `layout.roles.bracketed_byline`), after a dateline
  (`本报讯（记者 李明 王芳）近日,…`; `layout.roles.dateline_bracketed_byline`) or standing alone as
  a block (`（本报记者 王丽、李华）`; `layout.roles.bracketed_byline_line`) keeps the spaces between its
  fields inside the brackets (one beside a bracket goes), and so does a bracketed signature closing the
  paragraph's block after its last sentence (`……落实。` / `（记者 王丽）`, `（作者 王丽）`;
  `layout.roles.closing_signature_fields`), as it does in a block of its own, and the spaces between
  bare names there (`……落实。（王丽 李华）`; `layout.roles.closing_bare_names`: each a person's name
  and no other dictionary word, or a word opening with a surname beside such a name, `（江山 高峰）`;
  so `（会议 现场）` loses its stray space); so does a byline on a
  line of its own above the lead in the same block (`本报记者 王丽 李华` / `近日,…`;
  `layout.roles.byline_lines_end`), also under a title line of that block (`全市召开会议` /
  `本报记者 王丽 发自北京` / `近日,…`, or `本报记者 王丽` with the lead in the next block;
  `layout.roles.title_over_byline`, where the labels cut it), as does a line of bare names there
  (`秋日登高` / `王丽 李华`; `layout.roles.bare_names_line_end`), and a byline line under Taiwan's
  (`記者王麗／台北報導` / `通讯员 张强` / `市府今天…`).
  An author line as a block of its own (`作者：王丽 李华`, a byline under the title, a signature after
  the text; `layout.roles.author_line_names`) keeps the spaces between its names, not one beside the
  colon.
  The literals are simplified; on a page printed in traditional characters (`本報蘭州訊 10月10日`,
  `本報記者 王麗 通訊員 張強 近日,…`) the dateline and the byline are read through the simplified
  view of their line, as the labels read the page, so both keep their gaps there too. Text in the
  simplified character set (GB 2312) is never converted for this;
- the gaps of a photo credit ending a block (`新华社记者 张强 摄`, `通讯员 杨帆 摄`, `新华社发（李明 摄）`,
  `新华社记者 王丽 发`;
  `layout.roles.credit_span` says what counts), and the gap before it when the caption does not end
  with punctuation (`图为工人在检修设备 新华社记者 张强 摄`): a credit's fields are fields as a byline's
  are, and the labels find the credit by that gap. Spaces beside punctuation go as elsewhere
  (`。 记者 马俊 摄` -> `。记者 马俊 摄`). A traditional credit is read through its simplified view;
- indentation: leading spaces on the first line of a block, and 2+ spaces or a TAB opening a later
  line (paragraph indents, which the layout step may use);
- the gaps between the marks of an ornament line (`＊ ＊ ＊`, `☆ ☆ ☆`; `layout.roles.is_separator`),
  as printed: `＊` is full-width punctuation, but a gap beside it there is no OCR debris, and `☆`, `※`,
  `◇` (no punctuation) kept theirs already;
- the caesura of regular verse, a block of two lines or more each made of halves of one length, 4
  to 7 hanzi, with a space between them (`床前明月光 疑是地上霜` / `举头望明月 低头思故乡`; a title or
  attribution line holding no gap may stand beside them, and so may a line of bare names, the poets',
  which keeps its gaps too, and the title lines the labels cut off above it, `秋日登高 外一首` /
  `王丽 李华`: `_verse_lines`); the caesura may be doubled; title lines the labels cut off over a poem
  (`layout.roles.verse_under_title`) make every line under them verse, a single one too; a poem the
  OCR engine spaced word by word (`床前 明月 光 疑是 地上 霜` / `举头 望 明月 低头 思 故乡`) keeps the gap
  between the halves of each line and loses the others (`_engine_caesuras`);
- the spaces between the names of a line listing people, after a label and its colon or not
  (`获奖名单：王丽 李华 张强`, `王丽 李华 张强`; `layout.roles.name_list_names`: every name a person's,
  as in a bare signature, and no sentence punctuation; after a label, names that are words opening
  with a surname, `二等奖：高洁 江山`, under or over another line of the block listing people:
  `layout.roles.lists_people_beside`), which run together could not be told apart; the spaces
  between the names of a list after a colon in running text, closed by a full stop or a clause
  mark, on one line or wrapped over several (`出席会议的有：毛泽东 刘少奇 朱德 周恩来。`;
  `layout.roles.names_in_sentence`: after a label announcing people, three names of 2-4 hanzi at
  least, each a person's, so `他说：各级 领导 干部。` and `他表示：王明 强调，` lose their stray
  spaces); and the gaps of a
  line of names under list labels that show the list (`一等奖` / `王丽 李华` / `二等奖` / `高洁 江山`,
  `优秀集体` / `市一中 市二中`: `layout.roles.labelled_list_lines`, `_Layout.names_under_labels`);
  a two-character name padded to three (`王 丽`) is no such list and loses its padding as before;
  a list of names padded two by two (`毛泽东 林 彪 周恩来 朱 德 陈 云`, as papers of 1966-78 print
  them) loses the padding inside each name and keeps the gaps between them (`_padded_list_gaps`:
  `毛泽东 林彪 周恩来 朱德 陈云`, also after a colon in a sentence) where full-width names or a label
  announcing people show the list (`_padded_list_pieces`; `蓝 天 白 云 杨 柳 迎新春` is glued whole);
  a stray space splitting one hanzi off its word or name on such a line, or a headline's or a
  byline's, goes before the line's other gaps are decided (`_glue_split_pieces`: `王小明 李 华 张建国`
  -> `王小明 李华 张建国`, `脱贫攻坚 乡村振 兴 共同富裕` -> `脱贫攻坚 乡村振兴 共同富裕`,
  `通讯员 李 明 本报记者 王 丽` -> `通讯员 李明 本报记者 王丽`, `通讯员 王 小明` -> `通讯员 王小明`,
  `通讯员 高 远 本报记者 牛 锐` -> `通讯员 高远 本报记者 牛锐`, a name spelled hanzi by hanzi after a
  label, `记者 张 小 明` -> `记者 张小明`; a traditional line through its
  simplified view, `王小明 李 華 張建國` -> `王小明 李華 張建國`), where the lone hanzi made it read as
  running text;
- the gaps between the terms of a labelled line of keywords or tags (`关键词：乡村振兴 基层治理 数字化`,
  `标签：非遗 传承`; `_keyword_terms`), terms of two characters at least on both sides; a stray space
  splitting one hanzi off a term goes first, the first term's too (`关键词：乡村振 兴 基层治理` ->
  `关键词：乡村振兴 基层治理`: `_glue_split_pieces`);
- on a line without sentence punctuation, the space standing for a phone label's colon
  (`总机 0931-8612345`, `咨询电话 0931-8612345`) and the gap before such a field (`_phone_field_gap`),
  and on such a line holding a phone number a contact person's (`联系人 王女士`: `_contact_person_gap`);
  in running text it goes (`请拨打电话 12345 咨询。`);
- the gaps of a signer's line closing a letter or a notice (`读者 刘建国`, `张伟 李娜 敬启`,
  `某某股份有限公司 董事會 謹啟`; `layout.roles.signer_line`: a letter-writer's label and names, or
  fields ending with the formula 敬启/谨启/敬上...), also above the date on the next line;
- the gaps of a block of rows (`layout.roles.is_row_block`: two lines or more of fields set apart by
  spaces, a number, a time, a score or a title in 《》 among them, no sentence punctuation): a league
  table (`3. 山东泰山 30 18 7 5 55:28 61`), results (`上海海港 2:1 北京国安`), a listing
  (`19:00 新闻联播`), a timeline (`1949年10月1日 中华人民共和国成立`), whose fields run together without
  them; and a row alone in its block, or under a heading there, when the line shows it is one
  (`_lone_row_gaps`: `1 中国 5 5 0 14`, `8:00 朝闻天下`, `上海海港 2:0 山东泰山`; no quantity split by
  a stray space, `3 月 5 日`, unless a standings row's shape shows a name, `2 日本 5 4 1 12`:
  `_ranked_row`; no verb before its figure, `增长 5.2%`, no line after an open clause);
- the gap between a phone number and the contact's name on a line without sentence punctuation
  (`联系电话:13801234567 王先生`, `电话13801234567 王先生`, `联系人:刘女士 139 1001 2345`:
  `_phone_name_gap`);
- a headline's phrase gap beside a score or a percentage (`中国队3:1力克日本队 晋级四强`,
  `上证指数涨1.25% 收复3000点`: `_headline_figure_gap`);
- the gaps between the data fields of a line of fields (`layout.roles.data_field_gaps`: no sentence
  punctuation, at most 40 visible characters): two numbers with their units (`票价：80元 180元 280元`),
  not one date, time or amount (`2023年 10月 12日` goes on), a list of names each with a count in one
  unit (`射手榜：武磊 21球 泽卡 18球`), a measure before the next label (`1200米 勝出馬匹：`), chess moves;
- the gap between a phone number and a contact label after it, in a sentence's line too (a classified
  ad: `…水电齐全。电话：0931-8612345 联系人：王女士`; `layout.roles.phone_before_field`);
- the gap between two amounts of one unit, in a sentence's line too (`票价分别为80元 180元。`,
  `3公斤 5公斤`: `_between_amounts`), which run together read as one figure; amounts of two units go
  on as one (`2024年 5月`, `3亿 5000万元`) or lose the gap as other numbers do;
- the gap after a rate printed without its zero (`勝率.522 排名第一`: `punctuation.ends_bare_fraction`),
  whose stop the punctuation step read as a decimal point because the gap ends the digits' field;
- whitespace-only lines (removing their spaces could turn them into block separators or vice versa);
- a field gap: a TAB, or a run of two or more spaces (`本版编辑：赵静　　美编：王强`, whose ideographic
  spaces the unicode step has made plain ones), between two visible characters on a line without
  sentence punctuation (，。；！？ ; ! ? or a comma not between digits): a table row's cells
  (`地区生产总值<TAB>1200亿元<TAB>5.2%`), a credit line's fields. The run stays as it is, no edit (two
  TABs are an empty cell). OCR's stray spaces are single (165 of 165 runs between two hanzi in the
  sample pages); on a line of running text a gap separates no fields and goes as any other run.
Line breaks are never touched, so "\\n\\n" block separators and every line stay where they were.

What a block reads as (a headline, a paragraph, a byline...) may turn on a gap that goes, so a pass
that removes some gaps of a block decides its other gaps again on what it left, until nothing changes
(`fix_spacing`, `blocks_to_decide_again`): normalising twice gives what normalising once does.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import regex

from ..hanscript import in_simplified_charset, is_simplified_char
from ..layout.roles import (
    _AUTHOR_LABEL,  # the byline labels and credit words (private: reused, not copied) `_engine_spaced` reads
    _CREDIT_BY,
    _CREDIT_LABEL,
    _CREDIT_WORD_LEAD,
    _PHOTO_FIELD,
    _REPORTER_LABEL,  # a reporter's label alone ending a spaced byline (`_bare_label_gap`)
    _UNIT_GOES_ON,  # a quantity's units that go on in the next (`2024年 3月`: `_lone_row_gaps`)
    BYLINE_ORNAMENTS,
    CREDIT_REACH,
    DISPATCH_SOURCES,
    HEAD_MARKS,
    HEADLINE_MAX_CHARS,
    MAX_HEADING,
    MAX_KEYWORD,
    MAX_NESTED,
    MAX_ROW,
    MAX_TITLE_LINES,
    ORDINAL_HANZI,
    PLACEHOLDER_SIGNS,
    SEPARATOR_MARKS,
    SIGNATURE_REACH,
    SPACED_BYLINE_REACH,
    WEB_NEWS_DATELINE,
    _is_data_field,  # a row's data field, as `is_row_block` reads one (`_lone_row_gaps`)
    after_marker_cut,
    author_line_names,
    bare_names_line_end,
    bracketed_byline,
    bracketed_byline_line,
    bracketed_column,
    byline_fields,
    byline_lines_end,
    close_line_gap,
    closes_line,
    closing_author_names,
    closing_bare_names,
    closing_signature_fields,
    credit_name_padding,
    credit_span,
    cut_before_source,
    data_field_gaps,
    dateline_bracketed_byline,
    dateline_names_source,
    dateline_reach,
    dateline_stray_space,
    dispatch_dateline,
    field_label_before,
    filed_byline,
    glued_label_lead_gap,
    has_section_word,
    header_part_gaps,
    holds_fields,
    holds_imprint_label,
    imprint_label_stray,
    is_bare_names_line,
    is_date_line,
    is_headline_block,
    is_paper_desk_contact,
    is_photo_credit,
    is_row_block,
    is_separator,
    keyword_label_end,
    label_stray_space,
    labelled_list_lines,
    line_view,
    lists_people_beside,
    name_list_names,
    names_in_sentence,
    names_signers_place,
    opens_caption,
    opens_field,
    org_byline,
    org_list_gaps,
    other_furniture_type,
    padded_credit_name,
    people_label_end,
    phone_before_field,
    running_head,
    signer_line,
    simplified_view,
    source_label_gap,
    spaced_byline,
    spaced_field_opens,
    spaced_label_line_end,
    spaced_value_before,
    title_line_ends,
    verse_under_title,
    visible_len,
    wire_in_word,
)
from ..lexicon import (
    Segmentation,
    first_word,
    in_dictionary,
    last_word,
    opens_with_surname,
    surnames,
    tags_a_person,
    word_tags,
)
from ..model import Cert
from ..tracked import Change, TrackedText, moved_spans
from .context import (
    HSPACE_RE_CLASS,
    SHARED_PUNCT,
    Blocks,
    Spans,
    is_alpha,
    is_digit,
    is_han,
    is_strict_cjk_punct,
    lazy,
    links,
)
from .punctuation import ends_bare_fraction, known_blocks
from .thousands import thousands_gap_cert

_NEWLINE = regex.compile(r"\n")
#: A dateline at the start of a line, ending where its conventional gap begins: `本报定西讯`,
#: `新华社兰州10月9日电`, a dated 讯 (`本报北京10月11日讯`, as 经济日报 and 光明日报 print it), an
#: agency's or the paper's 电 without a date (`新华社北京电`) and the CNA's dated 电
#: (`中央社台北12日电`), the formulas the labels read as a dateline (`layout.roles._DATELINE_FORMULA`);
#: after an ornament some papers print before it (`□本报讯`, `■ 新华社北京10月9日电`: the byline's,
#: `layout.roles.BYLINE_ORNAMENTS`).
#: A month's or a day's figure in a dateline: digits, or the placeholder a reprint prints for it
#: (`新华社北京×月×日电`, `本报×月×日讯`: `layout.roles.PLACEHOLDER_SIGNS`).
_FIGURE = rf"(?:\d{{1,2}}|[{PLACEHOLDER_SIGNS}]{{1,2}})"
_DATELINE = regex.compile(
    rf"[\t\p{{Zs}}]*(?:[{BYLINE_ORNAMENTS}][\t\p{{Zs}}]*)?"
    rf"(?:\p{{Han}}{{1,12}}讯|\p{{Han}}{{2,12}}{_FIGURE}月{_FIGURE}日[讯电]"
    rf"|(?:本报|{DISPATCH_SOURCES})\p{{Han}}{{0,12}}(?:{_FIGURE}日)?电|{WEB_NEWS_DATELINE}"
    r"|中央社(?!会)[\p{Han}、]{0,16}\d{1,2}日专?电)"
)
#: The paper's or an agency's 讯 dateline with the date after it, as papers of the 1980s print it
#: (`本报讯×月×日`, `本报讯3月9日`, `本报讯 ×月×日`), ending where the gap before the lead begins.
_DATED_XUN = regex.compile(
    rf"[\t\p{{Zs}}]*(?:[{BYLINE_ORNAMENTS}][\t\p{{Zs}}]*)?(?:本报|{DISPATCH_SOURCES})\p{{Han}}{{0,12}}?讯"
    rf"[\t\p{{Zs}}]*{_FIGURE}月{_FIGURE}日"
)
#: The last character of every `_DATELINE` match (息 of a news site's `央视网消息`).
_DATELINE_ENDS = frozenset("讯电息")
#: The last characters of `_DATELINE_ENDS` both scripts write alike: a traditional page's dateline may
#: end with one too (`央視網消息`), read through its view.
_SHARED_DATELINE_ENDS = frozenset("息")
#: A line of regular verse set with a space between its halves (`床前明月光 疑是地上霜`): hemistichs
#: of 4 to 7 hanzi, no punctuation (`_verse_lines`). The caesura may be doubled (`远山含黛色  近水映秋光`),
#: as the labels read a stanza (`roles.is_verse_stanza`); a field gap's rule keeps such a run.
_VERSE_LINE = regex.compile(r"[\t\p{Zs}]*(\p{Han}{4,7})(?:[\t\p{Zs}]+(\p{Han}{4,7}))+[\t\p{Zs}]*")
#: A line of four pieces or more of one or two hanzi, each set apart by one space
#: (`推进 城乡 基层 治理 现代 化`): the shape of a line the OCR engine spaced word by word
#: (`_engine_spaced`).
_WORD_PIECES = regex.compile(r"[\t\p{Zs}]*\p{Han}{1,2}(?: \p{Han}{1,2}){3,}[\t\p{Zs}]*")
#: A byline's or credit's label, the whole of one piece or more of a spaced line read without their
#: gaps (the engine may split a label: `记 者`, `评 论员`): a reporter's, a commentator's, an editor's, a
#: photographer's (the labels' `roles._CREDIT_LABEL`: 记者, 本报记者, 通讯员, 实习生, 评论员, 编辑,
#: 摄影) or an author's (作者); never a label's hanzi inside a word (作者 in `工作 者`, 记者 in `记者 站`).
_BYLINE_LABEL = regex.compile(rf"{_CREDIT_LABEL}|{_AUTHOR_LABEL}")
#: The credit words opening a byline or a photo credit as the labels read them printed with their
#: slash before the next piece (`文 图 江山` as `文/图/江山`, `文 记者` as `文/记者`, `图 万里` as
#: `图/万里`: `roles._CREDIT_WORD_LEAD`, `roles._PHOTO_FIELD`).
_LEAD_CREDIT = regex.compile(rf"(?:{_CREDIT_WORD_LEAD})\p{{Han}}*|{_PHOTO_FIELD}")
#: A photo credit closed by its word after the last name (`万里 摄`: `roles._CREDIT_BY`).
_CLOSING_CREDIT = regex.compile(_CREDIT_BY)
#: A page's number stated with its word, closing a spaced line read without its gaps (`第二版`, `第3版`,
#: `第 二 版`): a page head's part (`甘肃 日报 要闻 第 二 版`) when a paper or a section stands before it.
_PAGE_WORD = regex.compile(rf"第[{ORDINAL_HANZI}\d]{{1,3}}[版页]")
#: A space run between two visible characters of a line.
_INNER_SPACE = regex.compile(r"\S[\t\p{Zs}]+\S")
#: How far from its line start a dateline gap may stand.
_DATELINE_REACH = 40
_NUMBER_END = frozenset("%‰℃°")
#: Punctuation that ends or splits a sentence; a line holding any of it is running text, not fields.
#: A comma between digits (1,200) is a thousands separator and does not count; 、 and ： do not count
#: either, as table cells (农、林、牧、渔业) and credit lines (本版编辑：赵静) hold them.
_SENTENCE_LINE = regex.compile(r"[，。；！？;!?]|(?<!\d),|,(?!\d)")
#: A variation selector (U+FE00-FE0F, U+E0100-E01EF) belongs to the character before it, so it is
#: part of that word.
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}\p{Variation_Selector}]")
#: The variation selectors ending the text before a position (read backwards): `葛\U000E0100` is
#: the hanzi 葛 in a chosen glyph, and a space after it is decided as after 葛.
_SELECTORS_BEFORE = regex.compile(r"(?r)\p{Variation_Selector}+")
#: A run of horizontal spaces (`context.HSPACE_RUN`), scanned with the standard `re`: the page scan
#: for space runs costs about half of `regex`'s.
_HSPACE_RUN = re.compile(HSPACE_RE_CLASS + "+")
#: How far from its block's start a byline's space may stand: a byline's reach, after the title lines
#: printed above it in the same block (`title_over_byline`).
_BYLINE_REACH = SPACED_BYLINE_REACH + MAX_TITLE_LINES * MAX_HEADING


@lru_cache(maxsize=4096)
def _is_word_char(ch: str) -> bool:
    """A letter, digit or ideograph (`_WORD_CHAR`), memoised: headline gaps test every character
    of the words beside them."""
    return _WORD_CHAR.match(ch) is not None


def _latin_hyphen(text: str, k: int) -> bool:
    """Is `text[k]` a hyphen between two Latin letters, inside one word (`E-mail`, `Wi-Fi`)? A headline's
    phrase gap beside such a word is one beside a word of its whole length."""
    return (
        text[k] == "-" and 0 < k < len(text) - 1
        and _is_ascii_letter(text[k - 1]) and _is_ascii_letter(text[k + 1])
    )


def _is_ascii_letter(ch: str) -> bool:
    """A Latin letter of ASCII (`a`-`z`, `A`-`Z`)."""
    return ch.isascii() and ch.isalpha()


_ORNAMENT_MARKS = frozenset(SEPARATOR_MARKS)


def _in_ornament_line(text: str, start: int, left: str, right: str) -> bool:
    """Is the space run at `start`, between `left` and `right`, a gap between two marks of an ornament
    line (`＊ ＊ ＊`, `roles.is_separator`)? Such gaps are kept as printed, for every mark: the
    full-width `＊` is CJK punctuation (`space.cjk-punct`) where `☆`, `※`, `◇` are not, so `＊ ＊ ＊`
    alone lost its spaces. The line reads back the same, so converting the output again changes
    nothing."""
    if left not in _ORNAMENT_MARKS or right not in _ORNAMENT_MARKS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return is_separator(text[line_start : line_end if line_end >= 0 else len(text)])


def _is_number_end(ch: str) -> bool:
    return is_digit(ch) or ch in _NUMBER_END


def _closing_signature(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The fields of the signature closing the block `text[start:end]` under its last sentence: a
    bracketed one (`（记者 王丽）`, or bare names of people, `（王丽 李华）`) or an author line
    (`作者：王丽 李华`)."""
    return (
        closing_signature_fields(text, start, end)
        or closing_bare_names(text, start, end)
        or closing_author_names(text, start, end)
    )


class _Layout:
    """Lines, blocks, headline blocks and links of one text, each found on first use, once per call
    (most space runs are decided by their two neighbours alone)."""

    def __init__(self, text: str, paper: str | None = None) -> None:
        self.text = text
        #: The page's paper when the caller names it (`--paper 参考消息`): a masthead line of the
        #: running head, as the labels read it.
        self.paper = paper
        self._headline: dict[int, bool] = {}
        #: Per block index: whether the title lines over its byline are a headline (`is_headline`).
        self._title_headline: dict[int, bool] = {}
        #: Per block index: where the title lines over its byline end (`title_end`), or None.
        self._title_end: dict[int, int | None] = {}
        #: Per block index: where the byline's spaces stand (from the block's start to the gap after
        #: the spaced byline that opens it, or to its end for a byline of fields only; the fields
        #: inside the brackets of a bracketed byline, after a dateline or not; the byline lines above
        #: the lead; the gaps of Taiwan's byline), none when it opens with no byline.
        self._byline: dict[int, tuple[tuple[int, int], ...]] = {}
        #: Per block index: the byline gaps under a marker the labels cut out of it (`in_byline`).
        self._marker_byline: dict[int, tuple[tuple[int, int], ...]] = {}
        #: Per block index: the photo credit that ends it, or None.
        self._credit: dict[int, tuple[int, int] | None] = {}
        #: Per block index: the fields of the bracketed signature closing its paragraph, or None.
        self._signature: dict[int, tuple[int, int] | None] = {}
        #: Per line start: the line's simplified view when it is outside the simplified character
        #: set, else None.
        self._views: dict[int, str | None] = {}
        #: Per block index: where the lines whose gaps are a poem's start, none when it is no block
        #: of regular verse (`_verse_lines`).
        self._verse: dict[int, frozenset[int]] = {}
        #: Per block index: where the caesuras of its engine-spaced poem stand (`_engine_caesuras`).
        self._engine_caesuras: dict[int, frozenset[int]] = {}
        #: Per line start: where the names of a line listing people stand, or None.
        self._name_list: dict[int, tuple[int, int] | None] = {}
        #: Per block index: where the lists of names after a colon in its running text stand
        #: (`roles.names_in_sentence`).
        self._names_after_colon: dict[int, tuple[tuple[int, int], ...]] = {}
        #: Per line start: where the spaces of a line listing organisations stand that break one
        #: organisation's name (`roles.org_list_gaps`: `甘肃省教育厅 兰州市 教育局`, the second).
        self._stray_in_list: dict[int, frozenset[int]] = {}
        #: Per block index: the starts of its lines listing names under its labels
        #: (`roles.labelled_list_lines`), none when its labels show no list.
        self._labelled_list: dict[int, frozenset[int]] = {}
        #: Per block index: whether it is a block of rows (`roles.is_row_block`).
        self._rows: dict[int, bool] = {}
        #: Per line start: where the gaps between its data fields start (`roles.data_field_gaps`).
        self._data_gaps: dict[int, frozenset[int]] = {}
        #: Per line start: whether the line holds sentence punctuation (`_SENTENCE_LINE`).
        self._sentence_line: dict[int, bool] = {}
        #: Per block index: whether it holds sentence punctuation (`_SENTENCE_LINE`).
        self._sentence_block: dict[int, bool] = {}
        #: Per line start: where the terms of a keyword line start (`_keyword_terms`), or None.
        self._keywords: dict[int, int | None] = {}
        #: Per line start: whether the OCR engine spaced the line word by word (`_engine_spaced`).
        self._engine_spaced: dict[int, bool] = {}
        #: Per line start: whether the OCR spaced the line character by character (`_char_spaced`).
        self._char_spaced: dict[int, bool] = {}
        #: Per line start: whether the line is in the simplified character set (`simplified_line`).
        self._simplified: dict[int, bool] = {}
        #: Per block index: where the lines under its title lines start (`_title_line_ends`).
        self._title_lines: dict[int, frozenset[int]] = {}

    @lazy
    def blocks(self) -> Blocks:
        # The punctuation step just before has often found them for this very text.
        found = known_blocks(self.text)
        return found if found is not None else Blocks(self.text)

    @lazy
    def holds_publisher(self) -> bool:
        """Does the text hold `社出版` (`_publisher_gap`'s token) anywhere? Most pages do not."""
        return "社出版" in self.text

    @lazy
    def line_starts(self) -> list[int]:
        return [0] + [m.end() for m in _NEWLINE.finditer(self.text)]

    @lazy
    def links(self) -> Spans:
        return links(self.text)

    @lazy
    def link_edges(self) -> tuple[frozenset[int], frozenset[int]]:
        """Where the links end and where they start (`links().ends_at` / `starts_at` as set lookups:
        every space run between a Han character and a word or number asks both)."""
        spans = list(self.links)
        return frozenset(e for _, e in spans), frozenset(s for s, _ in spans)

    @lazy
    def head_gaps(self) -> tuple[int, list[tuple[int, int]]]:
        """Where the page's running head ends (`roles.running_head`: masthead, date and page lines
        above the first article) and the gaps between the parts of its page headers
        (`roles.header_part_gaps`: `3 要闻`, `要闻 3`), as offsets into the text."""
        blocks = self.blocks
        texts = (self.text[a:b] for a, b in zip(blocks.starts, blocks.ends, strict=True))
        count = running_head(texts, paper=self.paper)
        if not count:
            return 0, []
        end = blocks.ends[count - 1]
        gaps = [
            (start + a, start + b)
            for start in self.line_starts
            if start < end
            for a, b in header_part_gaps(self.text[start : min(self.line_end(start), end)])
        ]
        return end, gaps

    def in_header_gap(self, start: int, end: int) -> bool:
        """Is the space run `text[start:end]` a gap between two parts of a page header in the page's
        running head (`3 要闻`: page and section, `要闻 2023年10月12日`: section and date)? Such a gap
        sets the header's fields apart as printed, as a credit line's fields are set apart."""
        head_end, gaps = self.head_gaps
        return start < head_end and any(a <= start and end <= b for a, b in gaps)

    def in_byline(self, start: int) -> bool:
        """Does the space run at `start` stand in a spaced byline that opens its block? Each block is
        asked once, and only when a space run lies within a byline's reach of its start."""
        blocks = self.blocks
        b = blocks.index(start)
        block_start = blocks.starts[b]
        if start - block_start <= _BYLINE_REACH and any(a <= start < e for a, e in self._block_byline(b)):
            return True
        return any(a <= start < e for a, e in self._byline_under_marker(b))

    def _byline_under_marker(self, b: int) -> tuple[tuple[int, int], ...]:
        """The byline gaps of the text after a marker the labels cut out of block `b`
        (`roles.after_marker_cut`: `…会议。` / `下转第3版` / `本报记者 王丽`), read as a block of its
        own (the labels read it so), found once per block; none when no byline opens that text."""
        if b not in self._marker_byline:
            block_start, block_end = self.blocks.starts[b], self.blocks.ends[b]
            rest = after_marker_cut(self.text, block_start, block_end)
            found = None
            if rest is not None:
                while rest < block_end and self.text[rest].isspace():
                    rest += 1
                found = self._byline_gaps(rest, block_end, 1)
            self._marker_byline[b] = found or ()
        return self._marker_byline[b]

    def _block_byline(self, b: int) -> tuple[tuple[int, int], ...]:
        """The byline gaps of block `b` (`in_byline`), found once per block with the end of the title
        lines the labels cut off above that byline (`title_end`)."""
        if b not in self._byline:  # its first lines only: `spaced_byline` never passes a line break
            block_start, block_end = self.blocks.starts[b], self.blocks.ends[b]
            found = self._byline_gaps(block_start, block_end)
            title_end = None
            if found is None and (glued := glued_label_lead_gap(self.text, block_start, block_end)):
                found = ((block_start, glued),)  # `记者关注 近日，…`: no byline, but its gap stays
            if found is None and (line_end := spaced_label_line_end(self.text, block_start, block_end)):
                found = ((block_start, line_end),)  # `记者 会上` / its lead: no byline, its gaps stay
            if found is None:
                under = self._gaps_under_title(block_start, block_end)
                if under is not None:
                    title_end, found = under
            if found is None:
                found = self._gaps_under_caption(block_start, block_end)
            self._byline[b] = found or ()
            self._title_end[b] = title_end
        return self._byline[b]

    def title_end(self, b: int) -> int | None:
        """Where the title lines over a byline in block `b` end (`全省秋粮收获过半 冬种有序推进` /
        `本报记者 王丽`: `_gaps_under_title`), None when the block opens with no such lines."""
        self._block_byline(b)
        return self._title_end[b]

    def _byline_gaps(self, start: int, end: int, nested: int = 0) -> tuple[tuple[int, int], ...] | None:
        """Where the byline opening `text[start:end]` (a block, or what follows a title or byline line
        of a block, `nested` deep) keeps its spaces: Taiwan's or Hong Kong's byline (`_filed_gaps`),
        a spaced byline up to its paragraph (`spaced_byline`), but the padding inside a name
        (`通讯员 张 强`, which goes as a stray space does), or another (`_byline_span`). None when it
        opens with no byline."""
        filed = self._filed_gaps(start, end, nested)
        if filed is not None:
            return filed
        spaced = spaced_byline(self.text, start, end)
        if spaced is not None:
            gaps = _split_at(start, spaced.end, spaced.padding)
            label_gap = _bare_label_gap(self.text, spaced.end, end)
            return gaps if label_gap is None else (*gaps, label_gap)
        found = self._byline_span(start, end)
        if found is None:
            return None
        holes = sorted([*_stray_label_spaces(self.text, *found), *credit_name_padding(self.text, *found)])
        return _split_at(*found, holes)

    def _filed_gaps(self, start: int, end: int, nested: int) -> tuple[tuple[int, int], ...] | None:
        """The gaps Taiwan's or Hong Kong's byline opening `text[start:end]` keeps (`filed_byline`):
        between two names (`記者王麗 李華／…`) and before the lead on its line (`…台北報導 市府…`), and
        on a line of its own, those of a byline under it (`記者王麗／台北報導` / `通讯员 张强`, as the
        labels cut it: `roles._bylines_under_filed`); its other spaces are the OCR's and go. None when
        it opens with no such byline."""
        filed = filed_byline(self.text, start, end)
        if filed is None:
            return None
        lead_gap = ((filed.end, filed.lead),) if _is_lead_gap(self.text, filed.end, filed.lead) else ()
        under: tuple[tuple[int, int], ...] | None = None
        if nested < MAX_NESTED and filed.lead < end and "\n" in self.text[filed.end : filed.lead]:
            under = self._byline_gaps(filed.lead, end, nested + 1)
        return filed.name_gaps + lead_gap + (under or ())

    def _gaps_under_title(
        self, block_start: int, block_end: int
    ) -> tuple[int, tuple[tuple[int, int], ...]] | None:
        """Where the title lines of the block end (`roles.title_over_byline`, at most
        `MAX_TITLE_LINES`) and the gaps the byline under them keeps, as in a block of its own:
        `全市召开会议` / `本报记者 王丽` / `近日,…`, `市府宣布新政策` / `記者王麗／台北報導 市府今天…`, where
        the labels cut the block into title, byline and paragraph; or no gaps when a poem's lines
        follow them (`roles.verse_under_title`: `秋日登高` / `远山含黛色 近水映秋光`), where the labels
        cut title and poem. None when no byline or verse follows such lines."""
        for line_end in title_line_ends(self.text, block_start, min(block_end, block_start + _BYLINE_REACH)):
            found = self._byline_gaps(line_end + 1, block_end, 1)
            if found is None:
                found = self._bare_names_gaps(line_end + 1, block_end)
            if found is None and verse_under_title(
                self.text[block_start:line_end], self.text[line_end + 1 : block_end]
            ):
                found = ()  # a poem under its title: its caesuras are `in_verse`'s (`_verse_lines`)
            if found is not None:
                return line_end, found
        return None

    def _gaps_under_caption(self, block_start: int, block_end: int) -> tuple[tuple[int, int], ...] | None:
        """The gaps a byline keeps on the line under a caption's first line (`roles.opens_caption`:
        `图为市民在图书馆阅读` / `记者 王丽 李华`), as under a title line: the gap between two names, which
        gluing runs into one (`记者王丽李华`). None when the block opens with no caption over a byline."""
        line_end = self.text.find("\n", block_start, block_end)
        if line_end < 0 or not opens_caption(self.text[block_start:line_end]):
            return None
        return self._byline_gaps(line_end + 1, block_end, 1)

    def _bare_names_gaps(self, start: int, block_end: int) -> tuple[tuple[int, int], ...] | None:
        """The gaps kept on a line of bare names opening at `start` under the title lines of its block
        (`秋日登高` / `王丽 李华`: `roles.bare_names_line_end`, where the labels cut it off as the
        byline), and those of a byline under it (`时代楷模` / `张桂梅` / `本报讯 …`); None when the
        line holds no bare names alone."""
        names_end = bare_names_line_end(self.text, start, block_end)
        if names_end is None:
            return None
        under = self._byline_gaps(names_end + 1, block_end, 1) if names_end < block_end else None
        return ((start, names_end), *(under or ()))

    def _byline_span(self, block_start: int, block_end: int) -> tuple[int, int] | None:
        """Where the byline opening the block keeps its spaces, when it is no spaced byline (those
        keep theirs up to the paragraph but a name's padding: `_byline_gaps`): the whole block
        when it is a byline of fields (`byline_fields`: `图/文 王丽`) or one naming its paper
        (`org_byline`: `新华社记者 张三、李四`), or between the fields inside its brackets
        (`bracketed_byline`: `（记者 王丽 李华）近日,…`, a space beside a bracket still goes), also
        after a dateline (`dateline_bracketed_byline`: `本报讯（记者 李明 王芳）`) and when that
        line is the whole block (`bracketed_byline_line`: `（本报记者 王丽、李华）` under a title),
        and in such brackets between a label and a column's title (`bracketed_column`: `【記者 自由談】`),
        the names of an author line (`author_line_names`: `作者：王丽 李华`, a space beside its
        colon still goes); None when the block opens with no byline. (Under a title line of the
        block: `_gaps_under_title`.)"""
        if byline_fields(self.text, block_start, block_end, alone=True) or org_byline(
            self.text, block_start, block_end
        ):
            return block_start, block_end
        bracketed = bracketed_byline(self.text, block_start, block_end)
        if bracketed is not None:
            return bracketed[:2]
        column = bracketed_column(self.text, block_start, block_end)
        if column is not None:  # `【記者 自由談】市府…`: no byline, but its gap is printed
            return column
        dated = dateline_bracketed_byline(self.text, block_start, block_end)
        if dated is not None:
            return dated
        lines_end = byline_lines_end(self.text, block_start, block_end)
        if lines_end is not None:
            return block_start, lines_end
        alone = bracketed_byline_line(self.text, block_start, block_end)
        if alone is not None:
            return alone
        if credit_name_padding(self.text, block_start, block_end):
            return block_start, block_end  # `文/图 记者 张 强`: its padding goes (`_byline_gaps`)
        return author_line_names(self.text, block_start, block_end)

    def in_credit(self, start: int, end: int) -> bool:
        """Is the space run `text[start:end]` a gap between the fields of the photo credit ending its
        block (`新华社记者 张强 摄`), or the gap setting that credit apart from its caption? Each block
        is asked once, and only when a space run lies within a credit's reach of its end."""
        found = self._block_tail(start, CREDIT_REACH, self._credit, credit_span)
        return found is not None and found[0] <= end and start < found[1]

    def in_signature(self, start: int) -> bool:
        """Does the space run at `start` stand between the label and names of a signature closing its
        block after the paragraph's last sentence (`……落实。\n（记者 王丽）`, `……落实。\n作者：王丽 李华`:
        `_closing_signature`)? Asked once per block, and only when a space run lies within a
        signature's reach of its end."""
        found = self._block_tail(start, SIGNATURE_REACH, self._signature, _closing_signature)
        return found is not None and found[0] <= start < found[1]

    def in_verse(self, start: int) -> bool:
        """Does the space run at `start` stand on a line of a poem of regular lines set with a space
        between their halves, or on the line of its poets' names (`_verse_lines`)? Each block is asked
        once."""
        b = self.blocks.index(start)
        if b not in self._verse:
            block_start = self.blocks.starts[b]
            found = _verse_lines(self.text[block_start : self.blocks.ends[b]])
            self._verse[b] = frozenset(block_start + o for o in found)
        return bool(self._verse[b]) and self.line_start(start) in self._verse[b]

    def engine_caesura(self, start: int) -> bool:
        """Is the space run at `start` the caesura of a line of a poem the OCR engine spaced word by
        word (`_engine_caesuras`)? Each block is asked once."""
        b = self.blocks.index(start)
        if b not in self._engine_caesuras:
            block_start = self.blocks.starts[b]
            found = _engine_caesuras(self.text[block_start : self.blocks.ends[b]])
            self._engine_caesuras[b] = frozenset(block_start + o for o in found)
        return start in self._engine_caesuras[b]

    def in_rows(self, start: int) -> bool:
        """Is the block holding `start` rows set with spaces between their fields (a league table,
        a listing: `roles.is_row_block`)? Each block is asked once."""
        b = self.blocks.index(start)
        if b not in self._rows:
            block_start, block_end = self.blocks.starts[b], self.blocks.ends[b]
            if self.sentence_line(start) and self.text.find("《", block_start, block_end) < 0:
                self._rows[b] = False  # a line of running text (a title's marks aside): no rows
            else:
                self._rows[b] = is_row_block(self.text[block_start:block_end])
        return self._rows[b]

    def in_data_gap(self, start: int) -> bool:
        """Does the space run at `start` set two data fields of a line of fields apart
        (`票价：80元 180元 280元`, `射手榜：武磊 21球 泽卡 18球`: `roles.data_field_gaps`)? Each line is
        asked once."""
        ls = self.line_start(start)
        if ls not in self._data_gaps:
            le = self.text.find("\n", start)
            line = self.text[ls : le if le >= 0 else len(self.text)]
            if self.sentence_line(start) and "《" not in line:
                self._data_gaps[ls] = frozenset()  # running text (a title's marks aside): no fields
            else:
                self._data_gaps[ls] = frozenset(ls + a for a, _ in data_field_gaps(line))
        return start in self._data_gaps[ls]

    def sentence_line(self, start: int) -> bool:
        """Does the line holding `start` hold sentence punctuation (`_in_sentence_line`)? Each line is
        asked once."""
        ls = self.line_start(start)
        found = self._sentence_line.get(ls)
        if found is None:
            found = self._sentence_line[ls] = _in_sentence_line(self.text, start)
        return found

    def in_sentence_block(self, start: int) -> bool:
        """Does the block holding `start` hold sentence punctuation (`_SENTENCE_LINE`: a paragraph,
        not a line of fields)? Each block is asked once."""
        b = self.blocks.index(start)
        found = self._sentence_block.get(b)
        if found is None:
            blocks = self.blocks
            found = _SENTENCE_LINE.search(self.text, blocks.starts[b], blocks.ends[b]) is not None
            self._sentence_block[b] = found
        return found

    def in_keyword_line(self, start: int, end: int) -> bool:
        """Does the space run `text[start:end]` set apart two terms of a labelled line of keywords or
        tags (`关键词：乡村振兴 基层治理 数字化`: `_keyword_terms`)? A term is two characters at least, as a
        headline's phrase is: a stray space splitting one off a word goes (`基层治 理`). Each line is
        asked once."""
        ls = self.line_start(start)
        if ls not in self._keywords:
            line = _line_at(self.text, ls, start)
            found = _keyword_terms(line)
            if found is None and (view := self.traditional_line(start)) is not None:
                found = _keyword_terms(view[1])  # `關鍵詞：鄉村振興 基層治理`
            self._keywords[ls] = None if found is None else ls + found
        terms_start = self._keywords[ls]
        if terms_start is None or start <= terms_start:
            return False
        before, after = self.word_lengths(start, end)
        return before >= 2 and after >= 2

    def in_name_list(self, start: int) -> bool:
        """Does the space run at `start` set apart two names of a line listing people
        (`获奖名单：王丽 李华 张强`: `layout.roles.name_list_names`) or organisations (`获奖单位：兰州大学
        西北师范大学`: `layout.roles.org_list_gaps`, not a space breaking one organisation's name,
        `兰州市 教育局`), or the fields of a signer's line closing a letter or a notice (`读者 刘建国`,
        `张伟 李娜 敬启`: `layout.roles.signer_line`), or two names of a list after a colon in a sentence
        (`出席会议的有：毛泽东 刘少奇 朱德。`: `in_names_after_colon`)? Each line is asked once."""
        ls = self.line_start(start)
        if ls not in self._name_list:
            le = self.text.find("\n", start)
            line = self.text[ls : le if le >= 0 else len(self.text)]
            stray: frozenset[int] = frozenset()
            if self.sentence_line(start) and in_simplified_charset(line):
                found = None  # (the line is its own view) neither a list nor a signer's line holds such marks
            else:
                found = (name_list_names(line) or signer_line(line) or self.names_beside_list(start, ls, line)
                         or self.names_under_labels(start, ls, line))
                if found is None and (orgs := org_list_gaps(line)) is not None:
                    found, stray = orgs
            self._name_list[ls] = None if found is None else (ls + found[0], ls + found[1])
            self._stray_in_list[ls] = frozenset(ls + gap for gap in stray)
        found = self._name_list[ls]
        if found is not None and found[0] < start < found[1] and start not in self._stray_in_list[ls]:
            return True
        return self.in_names_after_colon(start)

    def in_names_after_colon(self, start: int) -> bool:
        """Does the space run at `start` set apart two names of a list after a colon in its block's
        running text (`出席会议的有：毛泽东 刘少奇 朱德。`, also wrapped over lines:
        `layout.roles.names_in_sentence`)? Each block is asked once."""
        b = self.blocks.index(start)
        if b not in self._names_after_colon:
            block_start = self.blocks.starts[b]
            found = names_in_sentence(self.text[block_start : self.blocks.ends[b]])
            self._names_after_colon[b] = tuple((block_start + a, block_start + e) for a, e in found)
        return any(a < start < e for a, e in self._names_after_colon[b])

    def names_beside_list(self, start: int, line_start: int, line: str) -> tuple[int, int] | None:
        """The names of the line `line` (opening at `line_start`, holding `start`) when they list people
        only as another line of its block shows (`二等奖：高洁 江山` under `一等奖：王丽 李华`:
        `layout.roles.lists_people_beside`), as offsets into `line`; None otherwise."""
        if "：" not in line and ":" not in line:
            return None  # (such a line opens with a label and its colon)
        b = self.blocks.index(start)
        block_start = self.blocks.starts[b]
        others = self.text[block_start : line_start].split("\n")
        others += self.text[line_start + len(line) : self.blocks.ends[b]].split("\n")
        others = [o for o in others if o.strip()]
        return lists_people_beside(line, others) if others else None  # (a line alone shows none)

    def names_under_labels(self, start: int, line_start: int, line: str) -> tuple[int, int] | None:
        """The names of the line `line` (opening at `line_start`, holding `start`) when its block's
        labels show it lists names (`一等奖` / `王丽 李华` / `二等奖` / `高洁 江山`, `先进个人` / … /
        `优秀集体` / `市一中 市二中`: `layout.roles.labelled_list_lines`), as offsets into `line`;
        None otherwise."""
        b = self.blocks.index(start)
        if b not in self._labelled_list:
            block_start = self.blocks.starts[b]
            lines = self.text[block_start : self.blocks.ends[b]].rstrip().split("\n")
            listed = labelled_list_lines(lines) if len(lines) > 1 else None
            starts: list[int] = []
            offset = block_start
            for text_line, listing in zip(lines, listed or [], strict=False):
                if listing:
                    starts.append(offset)
                offset += len(text_line) + 1
            self._labelled_list[b] = frozenset(starts)
        if line_start not in self._labelled_list[b]:
            return None
        names = line.strip()
        first = line.index(names)
        return first, first + len(names)

    def _block_tail(
        self, start: int, reach: int, cache: dict[int, tuple[int, int] | None],
        find: Callable[[str, int, int], tuple[int, int] | None],
    ) -> tuple[int, int] | None:
        """What `find` gives for the block holding `start` (a span closing it: a credit, a
        signature), computed once per block; None when `start` lies further than `reach` from the
        block's end, where no such span reaches."""
        blocks = self.blocks
        b = blocks.index(start)
        block_end = blocks.ends[b]
        if block_end - start > reach:
            return None
        if b not in cache:
            cache[b] = find(self.text, blocks.starts[b], block_end)
        return cache[b]

    def line_start(self, pos: int) -> int:
        return self.line_starts[bisect_right(self.line_starts, pos) - 1]

    def line_end(self, pos: int) -> int:
        """Where the line holding `pos` ends (its line break, or the text's end), from the line starts
        found once, not by reading the rest of the line."""
        k = bisect_right(self.line_starts, pos)
        return self.line_starts[k] - 1 if k < len(self.line_starts) else len(self.text)

    def simplified_line(self, pos: int) -> bool:
        """Is the line holding `pos` in the simplified character set (`in_simplified_charset`)? Every
        piece of it then is, and reads as printed (`roles.line_view`). Each line is asked once."""
        start = self.line_start(pos)
        found = self._simplified.get(start)
        if found is None:
            found = self._simplified[start] = in_simplified_charset(self.text[start : self.line_end(pos)])
        return found

    def traditional_line(self, pos: int) -> tuple[int, str] | None:
        """The line holding `pos` as (its start, its simplified view, `roles.line_view`) when the view
        differs from the line (traditional characters); None for a line the labels read as printed.
        Each line is converted once."""
        start = self.line_start(pos)
        if start not in self._views:
            line = _line_at(self.text, start, pos)
            view = line_view(line)
            self._views[start] = None if view is line else view
        found = self._views[start]
        return None if found is None else (start, found)

    def is_headline(self, pos: int) -> bool:
        """Is `pos` in a headline (`headline_span`): its block is one (`roles.is_headline_block`:
        short lines without sentence punctuation, over two lines or three one the labels read as
        headings only), or `pos` is in the title lines over a byline in its block (`全省秋粮收获过半
        冬种有序推进` / `本报记者 王丽`), which read as a headline alone? Each block, and each block's
        title lines, is asked once."""
        return self.headline_span(pos) is not None

    def headline_span(self, pos: int) -> tuple[int, int] | None:
        """The headline holding `pos` (`is_headline`): its block, or the title lines over a byline in
        its block (`全省秋粮收获过半 冬种有序推进` / `本报记者 王丽`: `title_end`) when they read as a
        headline alone, as the labels cut them off as the title. None when `pos` is in no headline."""
        b = self.blocks.index(pos)
        block_start = self.blocks.starts[b]
        if b not in self._headline:
            self._headline[b] = is_headline_block(self.text[block_start : self.blocks.ends[b]])
        if self._headline[b]:
            return block_start, self.blocks.ends[b]
        if pos - block_start > _BYLINE_REACH:
            return None  # no title line: too far into its block
        if self.text.find("\n", pos, min(self.blocks.ends[b], block_start + _BYLINE_REACH)) < 0:
            return None  # (the cheap test, before the line's: title lines end at a break in reach)
        if self.sentence_line(pos):
            return None  # running text
        title_end = self.title_end(b)
        if title_end is None or pos >= title_end:
            return None
        if b not in self._title_headline:
            self._title_headline[b] = is_headline_block(self.text[block_start:title_end])
        return (block_start, title_end) if self._title_headline[b] else None

    def is_dateline_gap(self, start: int) -> bool:
        """Does the space run at `start` follow a dateline that opens its line?

        Only the 40 characters before the run are looked at (for the line start, a bounded
        `rfind`), so no list of every line start is built for this test.
        """
        last = self.text[start - 1 : start]
        if last == "日":
            return self._after_dated_xun(start)
        simplified = last in _DATELINE_ENDS
        if not simplified and is_simplified_char(last):
            return False  # every dateline ends in 讯, 电 or 息 (訊 or 電 on a traditional page)
        lo = start - _DATELINE_REACH - 1
        nl = self.text.rfind("\n", max(lo, 0), start)
        if nl < 0 and lo > 0:
            return False  # the line starts more than 40 characters before the run
        ls = nl + 1
        if start - ls > _DATELINE_REACH:
            return False
        reach = self._dateline_reach(start)
        found = simplified and _DATELINE.fullmatch(self.text, ls, start) is not None
        found = found and not wire_in_word(self.text[:reach], ls, start)
        if not found and (not simplified or last in _SHARED_DATELINE_ENDS):
            found = _is_traditional_dateline(self.text[ls:reach], start - ls)
        found = found or self._after_split_dateline(ls, start) or _dispatch_gap(self.text, ls, start)
        if not found or self._splits_label(ls, start):
            return False
        if dateline_names_source(self.text[ls:start]) and not self._cut_before(ls):
            return True
        return self._opens_dispatch(ls)

    def _cut_before(self, line_start: int) -> bool:
        """Does the line above `line_start`, in its block, end cut before a source's name, the sentence
        going on across the break (`据` / `新华社电 台湾…`, `来源：` / `人民网消息 据统计…`, `他说：“` /
        `又电 台湾…`: `roles.cut_before_source`, as the labels read it)? A named dateline there is the
        sentence's words (review RD1c). A noun ending in 据 cuts nothing (`图为证据` / `新华社北京电 …`)."""
        b = self.blocks.index(line_start)
        block_start = self.blocks.starts[b]
        if line_start <= block_start:
            return False
        previous = max(block_start, self.text.rfind("\n", block_start, line_start - 1) + 1)
        return cut_before_source(self.text[previous : line_start - 1])

    def _dateline_reach(self, start: int) -> int:
        """Where the text read after a dateline ending at `start` ends (`roles.dateline_reach`): its gap
        and the lead's first characters, as the labels read them, within its block."""
        return min(dateline_reach(self.text, start), self.blocks.ends[self.blocks.index(start)])

    def _after_dated_xun(self, start: int) -> bool:
        """Does the space run at `start` follow a 讯 dateline and the date printed after it, opening
        its line (`本报讯×月×日 天津港…`, `本报讯3月9日 …`: `_DATED_XUN`)? That gap is the dateline's, as
        after `本报×月×日讯`; before, it went and the date ran into the lead (`×月×日天津港`)."""
        ls = self.text.rfind("\n", max(start - _DATELINE_REACH - 1, 0), start) + 1
        if start - ls > _DATELINE_REACH or _DATED_XUN.fullmatch(self.text, ls, start) is None:
            return False
        return self._opens_dispatch(ls)

    def _opens_dispatch(self, line_start: int) -> bool:
        """May the line at `line_start` open a dispatch under a place's dateline naming no paper or
        agency (`roles.dateline_names_source`: those may open any line)? On its block's first line,
        under the block's title lines (`roles.title_line_ends`, which the labels cut off a byline under
        them) or after a line closing what it holds (`roles.closes_line`: `…部署工作。`, `（完）`, a caption
        not left open).
        Not inside a sentence (`据报道，` / `首尔7日电 影节开幕。`, `他说：“` / `金宝12日电 话联系了我。”`):
        the formula is the sentence's words, the space after it the OCR's, and it goes as any such."""
        b = self.blocks.index(line_start)
        block_start = self.blocks.starts[b]
        if not self.text[block_start:line_start].strip():
            return True
        previous = max(block_start, self.text.rfind("\n", block_start, line_start - 1) + 1)
        return closes_line(self.text[previous : line_start - 1]) or line_start in self._title_line_ends(b)

    def _title_line_ends(self, b: int) -> frozenset[int]:
        """Where the lines under the title lines of block `b` start (`roles.title_line_ends`), found
        once per block: a block of many dateline lines asks it for each."""
        found = self._title_lines.get(b)
        if found is None:
            start, end = self.blocks.starts[b], self.blocks.ends[b]
            found = self._title_lines[b] = frozenset(e + 1 for e in title_line_ends(self.text, start, end))
        return found

    def _after_split_dateline(self, line_start: int, start: int) -> bool:
        """Does the space run at `start` follow the dateline opening its line, read without the stray
        space the OCR put inside it (`本 报讯 近日,…`, `本报兰 州讯`, `新华 社兰州10月9日电`:
        `roles.dateline_stray_space`)? That space goes as any between two hanzi; the gap after the
        dateline stays, as after `本报讯`, whether a byline follows or the lead."""
        text = self.text
        stray = dateline_stray_space(text, line_start, min(len(text), start + 1))
        if stray is None or stray[1] >= start or _HSPACE_RUN.search(text, stray[1], start) is not None:
            return False  # no stray space, or not inside the run of hanzi ending at `start`
        line = text[line_start : stray[0]] + text[stray[1] : self._dateline_reach(start)]
        end = start - line_start - (stray[1] - stray[0])
        if text[start - 1] in _DATELINE_ENDS:
            return _DATELINE.fullmatch(line, 0, end) is not None and not wire_in_word(line, 0, end)
        return _is_traditional_dateline(line, end)

    def _splits_label(self, line_start: int, start: int) -> bool:
        """Is the space run at `start` a stray space inside the reporter label opening its line
        (`通讯 员 王丽`: `roles.label_stray_space`), which ends no dateline (`通讯`), but goes?"""
        if self.text[start - 1] not in "讯訊":
            return False
        stray = label_stray_space(self.text, line_start, min(len(self.text), start + 4))
        return stray is not None and stray[0] == start

    def engine_spaced(self, pos: int) -> bool:
        """Is the line holding `pos` one the OCR engine spaced word by word (`_engine_spaced`)? Each
        line is asked once."""
        ls = self.line_start(pos)
        found = self._engine_spaced.get(ls)
        if found is None:
            found = self._engine_spaced[ls] = _engine_spaced(_line_at(self.text, ls, pos))
        return found

    def char_spaced(self, pos: int) -> bool:
        """Is the line holding `pos` one the OCR spaced character by character (`_char_spaced`)?
        Each line is asked once."""
        ls = self.line_start(pos)
        found = self._char_spaced.get(ls)
        if found is None:
            found = self._char_spaced[ls] = _char_spaced(_line_at(self.text, ls, pos))
        return found

    def word_lengths(self, start: int, end: int) -> tuple[int, int]:
        """Lengths of the runs of letters/digits/ideographs on each side of the space run; a hyphen
        inside a Latin word is part of it (`E-mail`, `Wi-Fi`: six and five characters, not `E` alone)."""
        text = self.text
        i = start
        while i > 0 and (_is_word_char(text[i - 1]) or _latin_hyphen(text, i - 1)):
            i -= 1
        j = end
        while j < len(text) and (_is_word_char(text[j]) or _latin_hyphen(text, j)):
            j += 1
        return start - i, j - end


#: A caption's sentence lead opening its line, `图为` (a stray OCR space inside it too, `图 为`, as
#: `roles.opens_caption` reads it), and the hanzi after it up to the first gap.
_CAPTION_SENTENCE = regex.compile(r"图[\t\p{Zs}]?为(\p{Han}*)")
#: A second caption's lead opening a piece (`图为市民观看演出 图为游客拍照`): the gap before it stays.
_SECOND_CAPTION = regex.compile(r"图为")
#: A line that may open with a caption's lead (`_glue_caption_gaps`'s cheap test).
_CAPTION_LINE = regex.compile(r"^[\t\p{Zs}]*[图圖]", regex.MULTILINE)


def _caption_gaps(line: str) -> list[tuple[int, int]]:
    """The stray spaces of a caption's sentence alone on its line (`图为市民在广场上 观 看演出`), as
    offsets into `line`: a headline's test reads such a line as a title (short, no punctuation), so
    a space splitting one of its words stayed as a phrase gap (`图为市民在广场上 观看演出` once the
    lone `观` was glued to its word: `_glue_split_pieces`). Empty on a line that is no caption's
    sentence: it must open with `图为` and a piece of no single hanzi after it (`图为民 办实事` is a
    headline, 为民办实事), hold no sentence punctuation, end with no credit (`roles.credit_span`,
    whose gaps stay: `图为工人在检修设备 现场 张强 摄`) and be no line the OCR engine spaced word by
    word (`_engine_spaced`: `图为 马 拉松 比赛`, whose gaps all go). A traditional line is read through
    its simplified view.

    A single space between two hanzi goes where it splits a word beside a lone hanzi
    (`_caption_split_gap`: `观 看演出`), and the gap on the other side of a lone hanzi glued so (`观` in
    `广场上 观 看演出`) unless a photo's credit opens after that gap (`_opens_credit`: `…观看演出 人
    民视觉` is `…观看演出 人民视觉`, the credit set apart). Any
    other gap is left to the decisions that read the block whole, as before: a credit or a name
    without a credit word (`… 视觉中国`, `… 玛丽亚`), a second caption (`图为市民观看演出 图为游客拍照`),
    the phrases of a headline (`图为 杭州 西湖`), which nothing tells from a caption spaced word by
    word (`图为 市民 在广场上`, a known limit), and a gap after a hanzi ending a longer piece
    (`…上课中 国新网`, a credit; `图为市民在广场上观 看演出`, a known limit)."""
    if len(line) > _SPLIT_LINE_REACH or _SENTENCE_LINE.search(line):
        return []
    view = line_view(line)
    lead = _CAPTION_SENTENCE.match(view, len(view) - len(view.lstrip()))
    if lead is None or len(lead.group(1)) == 1 or credit_span(view) is not None or _engine_spaced(view):
        return []
    pieces = [m.span() for m in _PIECE.finditer(view)]
    hanzi_gaps = {k for k, (left, right) in enumerate(pairwise(pieces)) if _hanzi_gap(view, left, right)}
    glued = Segmentation("".join(view[a:b] for a, b in pieces))
    gone: set[int] = set()  # the numbers of the gaps that go, gap k being before pieces[k + 1]
    cut = 0
    for k, (left, right) in enumerate(pairwise(pieces)):
        cut += left[1] - left[0]
        if k in hanzi_gaps and _caption_split_gap(left, right, glued, cut):
            gone.add(k)
    lone = {k for k, (a, b) in enumerate(pieces) if b - a == 1}
    while True:  # a lone hanzi glued to its word on one side is glued on the other too
        more = {g for k in lone if {k - 1, k} & gone for g in (k - 1, k)
                if g in hanzi_gaps and g not in gone and not _opens_credit(view, pieces, g, gone)}
        if not more:
            return [(pieces[k][1], pieces[k + 1][0]) for k in sorted(gone)]
        gone |= more


def _opens_credit(line: str, pieces: Sequence[tuple[int, int]], g: int, gone: set[int]) -> bool:
    """Does a photo's credit open after the gap `g` of a caption's line (before `pieces[g + 1]`),
    read with the gaps `gone` removed (`_caption_gaps`): a credit spanning from there to the line's
    end (`roles.credit_span`: `于洋 摄` of `… 于 洋 摄`, `新华社发` of `… 新 华社发`), or a first field
    there holding a photo credit's word (`roles.is_photo_credit`: `人民视觉` of `… 人 民视觉`, `视觉中国`,
    `东方IC`)? Such a gap sets the credit apart and stays; a credit further on does not keep it
    (`图为村民在采摘 茶 叶 本报通讯员 供图`: 茶叶 is the caption's)."""
    parts: list[str] = []
    for j in range(g + 1, len(pieces)):
        parts.append(line[pieces[j][0] : pieces[j][1]])
        if j + 1 < len(pieces) and j not in gone:
            parts.append(line[pieces[j][1] : pieces[j + 1][0]])
    tail = "".join(parts)
    found = credit_span(tail)
    return (found is not None and found[0] == 0) or is_photo_credit(tail.split(maxsplit=1)[0])


def _hanzi_gap(line: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Is the gap between the pieces `left` and `right` of a caption's line one space between two
    hanzi, and no second caption after it (`_caption_gaps`)? A TAB sets cells apart."""
    gap = _single_space(line, left, right)
    if gap is None or line[gap[0]] == "\t" or _SECOND_CAPTION.match(line, right[0]):
        return False
    return is_han(line[left[1] - 1]) and is_han(line[right[0]])


def _caption_split_gap(left: tuple[int, int], right: tuple[int, int], glued: Segmentation, cut: int) -> bool:
    """Does the gap between the pieces `left` and `right` of a caption's line, one space between two
    hanzi (`_hanzi_gap`), split a word beside a lone hanzi (`_caption_gaps`): one of the two pieces
    is one hanzi and a word of the line's best dictionary segmentation with its gaps left out
    (`glued`, `cut` the gap's offset in it) runs from that hanzi across the gap (`观 看演出`: 观看)?
    A hanzi ending or opening a longer piece is no split: nothing tells it from a word of the caption
    before a credit (`…上课中 国新网`, 中国 across the gap) or a phrase's (`比赛中 国旗飘扬`); nor is a
    word of two hanzi or more on each side (`张三 李四`, two names, which 张三李四 is also)."""
    left_lone, right_lone = left[1] - left[0] == 1, right[1] - right[0] == 1
    for _w, s, e in glued.words_over(cut - 1, cut + 1):
        if s < cut < e and ((left_lone and s == cut - 1) or (right_lone and e == cut + 1)):
            return True
    return False


def _glue_caption_gaps(
    t: TrackedText, spans: Sequence[tuple[int, int]], paper: str | None
) -> tuple[TrackedText, Sequence[tuple[int, int]]]:
    """`t` without the stray spaces splitting a word of a caption's sentence alone in its block
    (`_caption_gaps`), which go unless `_decide` keeps them on another reading than a headline's,
    and `spans` moved to match. Removed first, as `_glue_split_pieces` removes its own, so the line's
    other gaps are decided on the words as printed."""
    text = t.text
    if "图" not in text and "圖" not in text:
        return t, spans  # (most pages: no line may open with a caption's lead)
    runs: list[re.Match[str]] = []
    blocks: Blocks | None = None
    for start, end in spans:
        for m in _CAPTION_LINE.finditer(text, start, end):
            blocks = blocks or Blocks(text)
            b_start, b_end = blocks.bounds(m.start())
            if "\n" in text[b_start:b_end].strip():
                continue  # a caption's line over others in its block: the labels read it
            ls = text.rfind("\n", 0, m.start()) + 1
            for a, b in _caption_gaps(text[ls : b_end].rstrip()):
                run = _HSPACE_RUN.match(text, ls + a, ls + b)
                if run is not None and start <= run.start() < end:
                    runs.append(run)
    return _without_strays(t, spans, runs, paper, phrase_gaps=False)


def _split_at(start: int, end: int, holes: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The span `start:end` without the spans `holes` (inside it, in order): a spaced byline's spaces
    but the padding of its names (`通讯员 张 强`), which goes as a stray space does."""
    spans, at = [], start
    for a, b in holes:
        spans.append((at, a))
        at = b
    spans.append((at, end))
    return tuple(spans)


def _stray_label_spaces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stray spaces inside the reporter labels or datelines opening the lines of the byline span
    `text[start:end]` (`通 讯员 张强`: `roles.label_stray_space`; `本 报讯 记者 王丽`:
    `roles.dateline_stray_space`), in order: they go, where the byline's
    other spaces stay. A span may open after its line's indent (`記者王麗／台北報導` / ` 通 讯员 张强`:
    the byline under a filed one starts at its first hanzi), so its first line is read from its start,
    as the label test reads a line past its indent."""
    line_starts = [start] if _opens_line(text, start) else []
    line_starts += [i + 1 for i in range(start, end) if text[i] == "\n"]
    found = []
    for line_start in line_starts:
        line_end = text.find("\n", line_start, end)
        line_stop = line_end if line_end >= 0 else end
        stray = dateline_stray_space(text, line_start, line_stop)
        stray = stray or label_stray_space(text, line_start, line_stop)
        if stray is not None:
            found.append(stray)
    return found


#: A reporter's label alone (`通讯员`, `特约通讯员`, `本报记者`), the space run after it on its line
#: (group `gap`) and the hanzi after that, up to a name's four (group `words`): a spaced byline's last
#: field and its lead (`_bare_label_gap`).
_BARE_LABEL_LEAD = regex.compile(rf"(?:{_REPORTER_LABEL})(?P<gap>[ \t\u3000]+)(?P<words>\p{{Han}}{{1,4}})")
#: How far past a byline's gap `_bare_label_gap` reads: the longest label (`本报特约通讯员`), a gap and
#: four hanzi.
_BARE_LABEL_REACH = 24


def _bare_label_gap(text: str, lead: int, end: int) -> tuple[int, int] | None:
    """The gap after a reporter's label standing alone as the last field of a spaced byline, before
    its lead (`本报记者 王丽 通讯员 他说近日，…`), when the lead the byline's labels found at `lead`
    opens with that label; None otherwise.

    The labels end such a byline before the bare label, which no name follows, and give the label to
    the lead, so its gap went as a stray space (`通讯员他说近日`), where `本报记者 王丽 近日，…` keeps the
    gap before its lead; and the same line with a stray space in the lead (`通讯员 他 说 近日`) read the
    label as a field, so its gap stayed or went by a stray space elsewhere. The gap stays, as between
    a name and the lead, only where the lead opens with its own subject, a pronoun (`通讯员 他说近日，…`,
    `_LEAD_OPENER`).
    Elsewhere the label is the lead's subject and the gap a stray space: a name glued into a sentence
    (`通讯员 张强说，…`, `通讯员 小李介绍，…`) or a clause about the reporter (`记者 从中了解到，…`,
    `记者 走访发现，…`, `记者 一行来到…`). A traditional line is read through its simplified view."""
    window = text[lead : min(end, lead + _BARE_LABEL_REACH)]
    view = line_view(window)  # offset for offset
    m = _BARE_LABEL_LEAD.match(view)
    if m is None:
        return None
    if _LEAD_OPENER.match(m["words"]) is None:
        return None
    return lead + m.start("gap"), lead + m.end("gap")


#: How a lead opens that a bare reporter's label before it does not take as its subject
#: (`_bare_label_gap`): a pronoun, the lead's own subject (a time may follow the label as its
#: subject's: `记者 近日从…获悉` is `记者近日从…`).
_LEAD_OPENER = regex.compile(r"[他她它我你]")


def _opens_line(text: str, pos: int) -> bool:
    """Whether only horizontal space stands between the start of its line and `pos`."""
    if pos == 0 or text[pos - 1] == "\n":
        return True
    if _HSPACE_RUN.fullmatch(text, pos - 1, pos) is None:
        return False  # (the cheap test: a character other than a space before `pos`)
    line_start = text.rfind("\n", 0, pos) + 1
    return _HSPACE_RUN.fullmatch(text, line_start, pos) is not None


def _is_lead_gap(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, between a byline and its lead, is a gap to keep: spaces on one line
    after a hanzi (`記者王麗／台北報導 市府…`). A space beside a bracket goes as anywhere
    (`〔記者王麗／台北報導〕 市府…`), and a line break is no space run."""
    return 0 < start < end and "\n" not in text[start:end] and is_han(text[start - 1])


def _dispatch_gap(text: str, line_start: int, start: int) -> bool:
    """Does the space run at `start` follow a wire service's dateline that `_DATELINE` does not read,
    its day in hanzi numerals or its agency not 新华社 (`中央社台北十日電 總統今日…`, `路透社倫敦十日電`),
    or another dispatch's (`又電 交通部…`): `roles.dispatch_dateline`, as the labels read it? Before,
    the gap went and the dateline was glued to the lead (`中央社台北十日電總統今日…`)."""
    return text[start - 1] in "电電讯訊" and dispatch_dateline(text, line_start, start)


def _is_traditional_dateline(line: str, end: int) -> bool:
    """Is `line[:end]` (the start of a line up to a space run) a dateline in traditional characters
    (`本報蘭州訊`, `新華社蘭州10月9日電`)? Read through its simplified view, as the labels read the page;
    `line` goes on past the run, for the word an undated 電 may open (`layout.roles.wire_in_word`)."""
    view = simplified_view(line)  # offset for offset
    return (
        view is not line and _DATELINE.fullmatch(view, 0, end) is not None and not wire_in_word(view, 0, end)
    )


def _verse_lines(block: str) -> tuple[int, ...]:
    """Where the lines of `block` whose gaps are a poem's start (offsets into `block`), when it is
    regular verse printed with a space between the halves of each line (`床前明月光 疑是地上霜` /
    `举头望明月 低头思故乡`): two lines or more, each of hemistichs of one length, 4 to 7 hanzi (四言,
    五言, 六言, 七言), the same on every line. Papers set classical poems so, without punctuation; the
    space is the poem's caesura, not OCR debris (a justified line's stray space falls anywhere, and
    on a line with punctuation). A single line is a headline's phrase gap already
    (`_Layout.is_headline`). Empty when the block is no verse.

    Other lines of the block (a title, `——李白《静夜思》`) must hold no gap of their own, but for a
    line of bare names, the poets' (`王丽 李华`: `roles.is_bare_names_line`; its gaps are kept too),
    and the title lines the labels cut off above such a line (`秋日登高 外一首` / `王丽 李华`:
    `_names_under_title_end`), whose gaps are decided as elsewhere.

    Title lines over the poem in its block (`roles.verse_under_title`: `远山含 黛色 近水映秋光` /
    `白云随雁去 红叶伴霜黄`, a first line a stray space broke), which the labels cut off as the title, make
    every line under them the poem's, a single one too: a headline's gap rule decides the title's
    gaps (`_Layout.headline_span`), and the caesuras under it stay, as they did when the stray space
    made the whole block a headline, so a second run keeps what the first kept."""
    title_end = _title_over_verse_end(block)
    if title_end is not None:
        return tuple(i + 1 for i, ch in enumerate(block) if ch == "\n" and i >= title_end)
    head_end = _names_under_title_end(block)
    lengths: set[int] = set()
    verses = 0
    kept: list[int] = []
    line_start = 0
    for line in block.split("\n"):
        start, line_start = line_start, line_start + len(line) + 1
        m = _VERSE_LINE.fullmatch(line)
        if m is None:
            if not _INNER_SPACE.search(line) or (head_end is not None and start < head_end):
                continue  # the poem's title or its attribution (`——李白《静夜思》`), or its writers
            if not is_bare_names_line(line):
                return ()  # a line with a gap of its own: prose or fields, not a poem's title
            kept.append(start)  # the poets' names closing the poem
            continue
        lengths.update(len(half) for half in m.captures(1) + m.captures(2))
        if len(lengths) > 1:
            return ()
        verses += 1
        kept.append(start)
    return tuple(kept) if verses >= 2 else ()


#: A line of hanzi pieces set apart by single spaces (a poem's line the engine spaced word by word,
#: `床前 明月 光 疑是 地上 霜`, or one keeping its caesura alone, `床前明月光 疑是地上霜`).
_SPACED_PIECES = regex.compile(r"[\t\p{Zs}]*\p{Han}+(?: \p{Han}+)+[\t\p{Zs}]*")
#: The hanzi of each half of a line of regular verse the engine spaced (five-character and seven-
#: character verse, 五言 and 七言: `_engine_caesuras`).
_ENGINE_VERSE_HALVES = frozenset((5, 7))


def _engine_caesuras(block: str) -> tuple[int, ...]:
    """Where the caesuras stand (offsets into `block`) of regular verse the OCR engine spaced word by
    word (`静夜思` / `床前 明月 光 疑是 地上 霜` / `举头 望 明月 低头 思 故乡`): two lines or more, each
    of pieces set apart by single spaces, one of them engine-spaced (`_engine_spaced`'s shape: pieces
    of one or two hanzi, one a single hanzi), each of 10 or 14 hanzi with a gap at its middle (halves
    of one length, 5 or 7 hanzi: the lines of regular verse, where a slogan's halves of 4 or 6 hanzi,
    `打造 一流 营商 环境 促 发展 快`, are no poem's), none that may list people (`_may_list_people`:
    `王 丽 李 华 张 强 赵 敏`), every other line without a gap (its title, its attribution). The
    middle gap is the poem's caesura and stays, the line's other gaps go, so the poem reads as
    `床前明月光 疑是地上霜`, which `_verse_lines` keeps on a second run. Empty for any other block."""
    caesuras: list[int] = []
    half: int | None = None
    engine = False
    line_start = 0
    for line in block.split("\n"):
        start, line_start = line_start, line_start + len(line) + 1
        if _INNER_SPACE.search(line) is None:
            continue  # the poem's title or its attribution
        if _SPACED_PIECES.fullmatch(line) is None:
            return ()
        lead = len(line) - len(line.lstrip())
        pieces = line.split()
        size, odd = divmod(sum(map(len, pieces)), 2)
        if half not in (None, size) or size not in _ENGINE_VERSE_HALVES or odd:
            return ()
        if _may_list_people(pieces):
            return ()  # a padded name list: `王 丽 李 华 张 强 赵 敏`
        half = size
        engine = engine or _engine_shape(line, pieces)
        offset, count = start + lead, 0
        for piece in pieces:
            offset, count = offset + len(piece), count + len(piece)
            if count == size:
                break
            offset += 1  # the single space after the piece
        if count != size:
            return ()  # no gap between the halves: no verse
        caesuras.append(offset)
    return tuple(caesuras) if engine and len(caesuras) >= 2 else ()


def _title_over_verse_end(block: str) -> int | None:
    """Where the title lines over the poem in `block` end (`roles.title_over_byline`, at most
    `MAX_TITLE_LINES`, and every line under them regular verse: `roles.verse_under_title`), as the
    labels cut them off; None when the block opens with no such lines."""
    if "\n" not in block:
        return None
    return next((e for e in title_line_ends(block) if verse_under_title(block[:e], block[e + 1 :])), None)


def _names_under_title_end(block: str) -> int | None:
    """Where the line of bare names under the title lines of `block` ends (`秋日登高` / `王丽 李华`):
    the title lines (`roles.title_over_byline`, `MAX_TITLE_LINES` at most) and the names
    (`roles.bare_names_line_end`) the labels cut off as title and byline, as `_Layout._gaps_under_title`
    reads them. None when the block opens with no such lines."""
    for line_end in title_line_ends(block):
        names_end = bare_names_line_end(block, line_end + 1, len(block))
        if names_end is not None:
            return names_end
    return None


def _engine_spaced(line: str) -> bool:
    """Is `line` a headline line the OCR engine spaced word by word (`推进 城乡 基层 治理 现代 化`,
    `市 政协 召开 专题 协商 会`), whose gaps between words of two hanzi are the engine's, not phrase
    gaps? It is four pieces or more of one or two hanzi set apart by single spaces (`_WORD_PIECES`),
    one of them a single hanzi: the engine split a word there (现代 化), where a paper prints no
    phrase of one hanzi. A line of two-hanzi words only (`进度 过半 冬种 有序`, `富强 民主 文明 和谐`)
    is not, nor one that may list people (a piece, or two single hanzi side by side as a padded name,
    `张 强`, that opens with a surname and jieba tags a person's name), nor one holding a byline's
    label, a credit word or a page's number (`_names_fields`: `文 记者 江山 高洁`, `甘肃 日报 要闻 第 二
    版`): their gaps may be printed."""
    pieces = line.split()
    if not _engine_shape(line, pieces) or _names_fields(line_view(line)):
        return False
    return not _may_list_people(pieces)


def _engine_shape(line: str, pieces: Sequence[str]) -> bool:
    """Is `line` (split into `pieces`) shaped as the engine spaces a line word by word: pieces of one
    or two hanzi set apart by single spaces (`_WORD_PIECES`), one of them a single hanzi?"""
    return _WORD_PIECES.fullmatch(line) is not None and min(map(len, pieces)) == 1


def _may_list_people(pieces: Sequence[str]) -> bool:
    """May `pieces` (of one or two hanzi) list people: does a piece of two hanzi, or two single hanzi
    side by side as a padded name (`张 强`), open with a surname and jieba tag it a person's name?"""
    padded = [a + b for a, b in pairwise(pieces) if len(a) == len(b) == 1]
    return any(
        opens_with_surname(name) and tags_a_person(name)
        for name in (*(piece for piece in pieces if len(piece) == 2), *padded)
    )


def _names_fields(line: str) -> bool:
    """Does `line` (spaced in pieces of one or two hanzi, read through its simplified view) hold what
    a byline, a photo credit or a page head is made of: two names or more (`_names_count`) after a
    byline's label of whole pieces (`_BYLINE_LABEL`: `文 记者 江山 高洁`, `记 者 罗兰 于洋`, `编辑 于 洋
    文静`), after a credit word opening the line or before one closing it (`_LEAD_CREDIT`,
    `_CLOSING_CREDIT`: `文 图 江山 高洁`, `图 万里 文静 方圆`, `沈阳 方圆 万里 摄`), or a page head
    (`_page_head`: `甘肃 日报 要闻 第 二 版`)? Such a line is no headline the engine spaced: its gaps
    set names or fields apart (jieba tags neither 江山 nor 高洁 a name), and gluing them runs two people
    into one. A label's hanzi inside a word (`向 新闻 工作 者 致敬`, `全省 记者 站 站长 会议 召开`) or
    a label before words (`评 论员 文章 引发 热议`) is none; nor is a label before one name
    (`本报 记者 刘 雪梅`), which glued is the byline `本报记者刘雪梅` the labels read."""
    pieces = line.split()
    lead = _lead_credit_words(pieces)
    close = 1 if _CLOSING_CREDIT.fullmatch(" ".join(pieces[-2:])) else 0
    fields = pieces[lead : len(pieces) - close]
    if (lead or close) and _names_count(fields) >= 2:
        return True
    labelled = any(
        _BYLINE_LABEL.fullmatch("".join(fields[:j])) is not None and _names_count(fields[j:]) >= 2
        for j in range(1, len(fields))
    )
    return labelled or _page_head(pieces)


def _lead_credit_words(pieces: Sequence[str]) -> int:
    """How many pieces of one hanzi open `pieces` as a byline's or a photo credit's credit words
    (`_LEAD_CREDIT`: `文 图 江山 高洁` 2, `文 记者 江山 高洁` 1, `图 万里 文静` 1, `图 说 甘肃` 0)."""
    for k in (2, 1):
        head = pieces[:k]
        if (
            len(pieces) > k and all(len(piece) == 1 for piece in head)
            and _LEAD_CREDIT.fullmatch("/".join((*head, pieces[k]))) is not None
        ):
            return k
    return 0


def _names_count(pieces: Sequence[str]) -> int:
    """How many people's names `pieces` make, each a piece opening with a surname (`江山 高洁`, `沈阳
    方圆`) or a surname of one hanzi padded apart from its given name (`刘 雪梅`, `于 洋`); 0 when one
    piece is none (`文章 引发 热议`, `站 站长`). The names need no tag from jieba (江山 is a word too)."""
    count = k = 0
    while k < len(pieces):
        if not opens_with_surname(pieces[k]):
            return 0
        if len(pieces[k]) == 1:  # a padded surname: its given name is the next piece
            if k + 1 == len(pieces):
                return 0
            k += 1
        count, k = count + 1, k + 1
    return count


def _page_head(pieces: Sequence[str]) -> bool:
    """Do `pieces` close on a page's number (`_PAGE_WORD`: `第 二 版`, `第二版`) after a paper's name
    (a piece ending in 报: `甘肃 日报 要闻 第 二 版`) or a section word (`要闻 第 二 版`): a page head?
    A headline stating a version or a page (`诊疗 方案 第 三 版 发布`, `翻开 新 时代 第一 页`) is none."""
    for j in range(1, len(pieces)):
        if _PAGE_WORD.fullmatch("".join(pieces[j:])) is not None:
            before = pieces[:j]
            return any(piece.endswith("报") for piece in before) or has_section_word("".join(before))
    return False


def _is_field_gap(run: str) -> bool:
    """Is this run of spaces one that separates fields (a TAB, or two or more spaces) rather than a
    stray space OCR read between two characters? The stray spaces of every sample page are single;
    a TAB, or a doubled ideographic space (which the unicode step has already made two plain
    spaces), is set on purpose between a table's cells or the fields of a credit line."""
    return len(run) >= 2 or "\t" in run


def _between_fields(text: str, start: int, end: int) -> bool:
    """Does the gap `text[start:end]` set two fields of a line of fields apart (`本版编辑：王丽 美编：李华`,
    `地址：兰州市 城关区 责任编辑：李明`)? A field with its colon ends before it on the line, a label and
    its colon open after it (`opens_field`), and the line has no sentence punctuation. A gap inside a
    value (`兰州市 城关区`) is OCR debris as anywhere else."""
    # A label's colon stands within 7 characters of the gap: two finds turn most gaps away before a match.
    if text.find("：", end, end + 7) < 0 and text.find(":", end, end + 7) < 0:
        return False
    if _LABEL_AND_COLON.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _FIELD_BEFORE.search(text, line_start, start) is not None
        and not _in_sentence_line(text, start)
        and opens_field(text, end)
    )


def _spaced_field_gap(text: str, start: int, end: int, layout: _Layout) -> bool:
    """Does the gap `text[start:end]` stand where a line of fields has a space for a label's colon
    (`责任编辑 王丽 电话：0931-8456789`, `本版编辑：王丽 美编 李华`, `定价 2.00元 印刷：…`): after a
    field's label, before one that opens the next field, or after the value such a space sets apart
    (`roles.spaced_value_before`: `定价 2.00元 甘肃日报社出版`)? Only on a line of two fields or more
    (`roles.holds_fields`) or a line of the paper's imprint or promotion (`roles.other_furniture_type`:
    `定价 2.00元` alone), in a block with no sentence punctuation: a paragraph's wrapped line naming an
    editor is running text (`normalize` keeps the paragraph's line breaks); or on a line with no
    sentence punctuation where a field opens after a number or a Latin value (`_field_after_value`:
    `邮发代号53-1 定价 2.00元`), whose gap before the label `_decide` keeps on such a line.
    `_between_fields` reads the lines whose labels all have colons. A line outside the simplified
    character set (`責任編輯 王麗 電話：…`, `定價 2.00元`) is read through its simplified view, as the
    labels read the page."""
    if layout.sentence_line(start) and layout.in_sentence_block(start):
        return False  # (most gaps: a paragraph's line, which neither reading below keeps a gap on)
    if _labels_gap(text, start, end):
        line = line_view(_line_at(text, layout.line_start(start), end))
    else:
        found = layout.traditional_line(start)
        if found is None:
            return False  # its view is the text, already read
        line_start, line = found
        if not _labels_gap(line, start - line_start, end - line_start):
            return False
    if holds_fields(line) or other_furniture_type(line) is not None or _holds_publisher(line) \
            or is_paper_desk_contact(line):  # `本报编辑部 电话：55.6631`
        return not layout.in_sentence_block(start)
    return _SENTENCE_LINE.search(line) is None and _field_after_value(line)


def _field_after_value(line: str) -> bool:
    """Does a field open on `line` after a number or a Latin value and a gap (`53-1 定价 2.00元`,
    `CN62-0001 定价 2.00元`)? `_decide` keeps that gap, the field's label opening there, on any line
    without sentence punctuation (`space.number-unit`, `space.cjk-latin`: `opens_field`); the field's
    own spaces stay with it, or the spacing step would glue `定价2.00元`, no field any more, and a
    second run would lose the gap before it too (`邮发代 号 53-1 定价 2.00元` gave `邮发代号53-1 定价2.00元`,
    then `邮发代号53-1定价2.00元`). Normalising once gives the final text."""
    return any(_value_then_label(line, *m.span()) for m in _HSPACE_RUN.finditer(line))


def _value_then_label(line: str, start: int, end: int) -> bool:
    """Is the gap `line[start:end]` one between a number or a Latin value and a field's label, which
    `_decide` keeps (`53-1 定价`, `0935-2212345 责任编辑`)?"""
    if not start or end >= len(line) or not is_han(line[end]):
        return False
    left = line[start - 1]
    return (_is_number_end(left) or is_alpha(left)) and opens_field(line, end)


def _labels_gap(text: str, start: int, end: int) -> bool:
    """Does a field's label end before the gap `text[start:end]`, open after it, or a value a space
    sets apart from its imprint label end before it? (`_spaced_field_gap` reads the line's fields.)"""
    return (
        field_label_before(text, start) or spaced_field_opens(text, end) or spaced_value_before(text, start)
    )


def _line_at(text: str, line_start: int, pos: int) -> str:
    """The line of `text` that starts at `line_start` and holds `pos`."""
    line_end = text.find("\n", pos)
    return text[line_start : line_end if line_end >= 0 else len(text)]


#: A field on the line before a gap: a hanzi label, its colon and a value (`美编：李华`).
_FIELD_BEFORE = regex.compile(r"\p{Han}[:：]\s*\S")
#: A field label and its colon opening right after a gap (`美编：`, `责任编辑：`).
_LABEL_AND_COLON = regex.compile(r"\p{Han}{1,6}[:：]")


#: The token of a line at a position: up to the next space, TAB or line break (`_publisher_gap`'s
#: tokens), read no further.
_TOKEN_AFTER = regex.compile(r"[^ \t\n]*")
#: The token of a line ending at a position, matched backwards from it: back to the last space, TAB or
#: ideographic space (`_phone_field_gap`'s label), read no further.
_TOKEN_BEFORE = regex.compile(r"[^ \t\u3000]*", flags=regex.REVERSE)


def _token_after(text: str, pos: int) -> str:
    """The token of the line opening at `pos` (`_TOKEN_AFTER`)."""
    m = _TOKEN_AFTER.match(text, pos)
    return m.group() if m is not None else ""  # (a pattern of `*` always matches)


def _token_start(text: str, line_start: int, pos: int) -> int:
    """Where the token of the line starting at `line_start` that ends at `pos` starts (`_TOKEN_BEFORE`)."""
    m = _TOKEN_BEFORE.match(text, line_start, pos)
    return m.start() if m is not None else pos  # (a pattern of `*` always matches)


#: A publisher's statement in the paper's imprint, a field of its own without a label: `甘肃日报社出版`.
_PUBLISHER = regex.compile(r"\p{Han}{1,12}社出版")


def _holds_publisher(line: str) -> bool:
    """Does `line` hold a publisher's statement as a token of its own (`甘肃日报社出版 定价 2.00元`)? Such
    a line is the paper's imprint, whose other fields keep the space standing for their colon."""
    return "社出版" in line and any(_PUBLISHER.fullmatch(token) for token in line.split())


def _publisher_gap(text: str, start: int, end: int, layout: _Layout) -> bool:
    """Does the gap `text[start:end]` set a publisher's statement (`_PUBLISHER`, a whole token of its
    line) apart from another field of an imprint line: `甘肃日报社出版 电话：0931-8612345`,
    `印刷：甘肃日报印务中心 甘肃日报社出版`? The line must hold no sentence punctuation, and the field on the
    other side open with a label (`roles.spaced_field_opens`), hold one with its colon, or the line be
    the paper's imprint (`roles.other_furniture_type`). A statement that opens a labelled field after
    it keeps the gap before it too, whatever stands there (`1.50元 甘肃日报社出版 电话：…` after a
    label a stray space broke, `零 售价`; `CN62-0001 甘肃日报社出版 电话：…`): the statement stays a
    whole token, so a second run keeps the gap after it as the first did. A traditional line is read
    through its view."""
    if not layout.holds_publisher or (
        text[start - 3 : start] != "社出版" and not _token_after(text, end).endswith("社出版")
    ):
        return False  # (the cheap tests, before the line is read: no publisher's token beside the gap)
    line_start = layout.line_start(start)
    line = _line_at(text, line_start, end)
    a, b = start - line_start, end - line_start
    left_start = max(line.rfind(" ", 0, a), line.rfind("\t", 0, a)) + 1
    right_end = min((i for i in (line.find(" ", b), line.find("\t", b)) if i >= 0), default=len(line))
    left, right = line[left_start:a], line[b:right_end]
    if not (left.endswith("社出版") or right.endswith("社出版")) or _SENTENCE_LINE.search(line):
        return False  # the cheap tests first: most gaps have no publisher beside them
    view = line_view(line)
    if _PUBLISHER.fullmatch(view, left_start, a) is not None:
        other_field = _opens_labelled_field(view, b)
    elif _PUBLISHER.fullmatch(view, b, right_end) is not None:
        after = _HSPACE_RUN.match(view, right_end)
        other_field = _FIELD_BEFORE.search(view, 0, a) is not None or (
            after is not None and after.end() < len(view) and _opens_labelled_field(view, after.end())
        )
    else:
        return False
    return other_field or other_furniture_type(view) is not None


def _opens_labelled_field(line: str, pos: int) -> bool:
    """Does a field open with its label at `pos` of `line`: a label and its colon (`电话：`), or one a
    space sets apart from its value (`roles.spaced_field_opens`: `定价 2.00元`)?"""
    return spaced_field_opens(line, pos) or _LABEL_AND_COLON.match(line, pos) is not None


def _keyword_terms(line: str) -> int | None:
    """Where the terms of `line` start when it is a labelled line of keywords or tags, its terms set
    apart by spaces (`关键词：乡村振兴 基层治理 数字化`, `标签：高洁 江山`): the label and its colon (or its
    brackets) open the line (`roles.keyword_label_end`), two terms or more of at most `MAX_KEYWORD`
    characters follow (the labels' bound for a keyword block, `roles.is_keyword_line`), and the line
    holds no sentence punctuation. Such a line is a list of fields, whose gaps an
    editor set; run together its terms could not be told apart. None otherwise: prose naming its
    keywords (`本次会议的关键词：乡村振兴，基层治理。`) loses its stray spaces as any sentence does."""
    end = keyword_label_end(line)
    if end is None or _SENTENCE_LINE.search(line) is not None:
        return None
    terms = line[end:].split()
    if len(terms) < 2 or any(len(term) > MAX_KEYWORD for term in terms):
        return None
    return end


#: A phone label (`电话`, `咨询电话`, `联系电话`, `总机`, `传真`, `服务热线`, `手机`, `联系方式`): at most
#: 8 hanzi.
_PHONE_LABEL = r"\p{Han}{0,4}(?:电话|总机|传真|热线|手机|座机|专线|联系方式)"
#: A phone number after a label's gap: an area code and a number (`0931-8612345`), a mobile number, a
#: local number or a service line of five digits (`12345`), ending there.
_PHONE_NUMBER = r"(?:(?:\d{3,4}[-－—])?\d{5,8}(?![\d.])|1[3-9]\d{9}(?!\d))"
_PHONE_LABEL_WHOLE = regex.compile(_PHONE_LABEL)
_PHONE_AFTER_LABEL = regex.compile(_PHONE_NUMBER)
#: A phone field whose space stands for its label's colon, opening at a gap: `咨询电话 0931-8612345`.
_PHONE_FIELD = regex.compile(rf"{_PHONE_LABEL}[ \t\u3000]+{_PHONE_NUMBER}")


#: The rules of a gap `_phone_field_gap` may keep: after a phone label (a hanzi, then a number), or
#: before one (after a hanzi, a number or a Latin value).
_PHONE_GAP_RULES = frozenset({"space.cjk-number", "space.cjk-cjk", "space.number-unit", "space.cjk-latin"})


def _phone_field_gap(text: str, start: int, end: int, layout: _Layout) -> bool:
    """Does the gap `text[start:end]` belong to a phone field whose space stands for its label's colon
    (`总机 0931-8612345`, `咨询电话 0931-8612345`, `_PHONE_FIELD`): that space, the label a token of its
    own (opening the line or after a space), or the gap before such a field (`地址：兰州市城关区 咨询电话
    0931-8612345`), which keeps the label a token, so a second run reads the field as the first did? A
    contact field, as `电话：0931-8612345` is, on a line without sentence punctuation (the caller asks);
    in a sentence (`请拨打电话 12345 咨询。`) the space goes, as between any hanzi and a number in running
    text. A traditional line is read through its view.

    Each test reads only what its pattern can match, not the rest of the line (a long line of spaced
    hanzi, `'中 ' * 25000`, read its rest again at each gap): the label's token back to the last
    space, and on a line in the simplified character set, its own view (`_Layout.simplified_line`),
    the field matched in place."""
    if is_digit(text[end]):
        if _PHONE_AFTER_LABEL.match(text, end) is None:
            return False
        token_start = _token_start(text, layout.line_start(start), start)
        return _PHONE_LABEL_WHOLE.fullmatch(line_view(text[token_start:start])) is not None
    line_end = layout.line_end(end)
    if layout.simplified_line(end):
        return _PHONE_FIELD.match(text, end, line_end) is not None
    return _PHONE_FIELD.match(line_view(text[end:line_end])) is not None


#: A contact person's label (`联系人`, `联络人`), a space standing for its colon, and the name or form
#: of address after it (`王女士`, `张先生`, `王丽`), a token of its own.
_CONTACT_PERSON_FIELD = regex.compile(r"(?:联系人|联络人)[ \t\u3000]+\p{Han}{2,5}(?!\S)")
#: The labels of `_CONTACT_PERSON_FIELD` in either script.
_CONTACT_PERSON_LABELS = frozenset({"联系人", "联络人", "聯繫人", "聯絡人", "聯系人"})
#: A phone number anywhere on a line, as `_PHONE_NUMBER` reads one (not inside a longer number).
_PHONE_ON_LINE = regex.compile(rf"(?<![\d.\-－—]){_PHONE_NUMBER}")


def _contact_person_gap(text: str, start: int, end: int, line_start: int) -> bool:
    """Does the gap `text[start:end]` belong to a contact person's field whose space stands for its
    label's colon (`联系人 王女士`, `_CONTACT_PERSON_FIELD`), on a line holding a phone number (a contact
    line, `咨询电话 0931-8612345 联系人 王女士`): that space, the label a token of its own, or the gap
    before such a field (`地址：兰州市城关区 联系人 王女士 电话：…`), which keeps the label a token, so a
    second run reads the field as the first did? The caller asks for a line without sentence
    punctuation, as for a phone field (`_phone_field_gap`). A traditional line is read through its view."""
    labels = _CONTACT_PERSON_LABELS
    if text[start - 3 : start] not in labels and text[end : end + 3] not in labels:
        return False  # (the cheap test: most gaps have no such label beside them)
    line = line_view(_line_at(text, line_start, end))
    a, b = start - line_start, end - line_start
    if _PHONE_ON_LINE.search(line) is None:
        return False
    token_start = max(line.rfind(" ", 0, a), line.rfind("\t", 0, a), line.rfind("\u3000", 0, a)) + 1
    if _CONTACT_PERSON_FIELD.match(line, token_start) is not None and token_start < a:
        return line[token_start:a] in ("联系人", "联络人")  # the label's own space
    return _CONTACT_PERSON_FIELD.match(line, b) is not None


def _close_gap(text: str, start: int, end: int, layout: _Layout) -> bool:
    """Is `text[start:end]` the gap between the two parts of a letter's complimentary close printed on
    one line (`roles.close_line_gap`: `此致 敬礼！`, `谨此 敬礼`)? It stands where `此致` / `敬礼！` has
    its line break, printed; a stray space inside a word (`此致敬 礼`) is none."""
    line_start = layout.line_start(start)
    gap = close_line_gap(text[line_start : layout.line_end(end)])
    return gap is not None and gap == (start - line_start, end - line_start)


def _weekday_gap(text: str, start: int, end: int) -> bool:
    """Is `text[start:end]` the gap between a date and its weekday on a date line (`roles.is_date_line`:
    `2023年10月12日 星期四`, also with `第4版`)? Papers print it, in any block (a masthead's too)."""
    if text[start - 1] != "日" or text[end] not in "星周":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return is_date_line(text[line_start : line_end if line_end >= 0 else len(text)])


def _in_sentence_line(text: str, pos: int) -> bool:
    """Does the line holding `pos` read as running text (it has sentence punctuation, `_SENTENCE_LINE`)?
    Fields (a table row, an editor's credit line) have none, so a field gap there is kept; inside a
    sentence there are no fields to separate, and the gap goes as any other space run."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return _SENTENCE_LINE.search(text, start, end if end >= 0 else len(text)) is not None


#: The rule closing the spaces inside a number on a line the OCR spaced character by character.
SPACED_LINE_RULE = "space.spaced-line"
#: A line the OCR spaced character by character: single characters one space apart, eight or more.
_CHAR_SPACED = regex.compile(r"\S(?: \S){7,}")
#: Hanzi a line spaced character by character holds at least (a row of figures holds few or none).
_CHAR_SPACED_MIN_HAN = 4
#: Marks between two digits of a number, whose spaces on such a line go (`1 5 6 . 8`, `0 9 3 1 - 8`).
_INNER_NUMBER_MARKS = frozenset(".-:/")
#: Marks closing a number, whose space on such a line goes (`5 %`).
_CLOSING_NUMBER_MARKS = frozenset("%％")
#: Chinese sentence punctuation: a line spaced character by character must hold one (a sentence, not
#: a row of figures or a headline set letter-spaced). No colon: a label and its colon head a draw or a
#: table row as often as a sentence (`开 奖 号 码 ： 0 3 1 2 …`).
_CHAR_SPACED_MARKS = frozenset("，。；？！、")
#: Words after which a spaced line's digits are several figures, not one number: draws, standings,
#: prices and scores, and a label's colon (`开 奖 ： 0 3 0 8 …`, `积 分 榜 ： 中 国 5 5 0 1 4`,
#: `收 盘 价 1 6 8 8 . 0 0 1 2 . 5 0`; a colon between digits, `3 : 0`, is a number's own).
_SEPARATE_FIGURES_WORDS = regex.compile(
    r"开奖|号码|中奖|彩票|福彩|体彩|双色球|大乐透|七乐彩|红球|蓝球|积分|榜|排名|比分|战绩|胜|负"
    r"|价|收盘|开盘|报收|指数|：|(?<![0-9]):")


def _char_spaced(line: str) -> bool:
    """Is `line` a sentence the OCR spaced character by character throughout (Tesseract's flat
    output: `今 年 … 面 积 1 5 6 . 8 万 亩 ， …`)? Every visible character stands alone, one space
    from the next, with four hanzi or more and a Chinese sentence mark. A row of figures
    (`600519 贵州茅台 1688.00`, `2 3 4 5`) or a padded name has pieces of several characters, or no
    sentence, and is no such line."""
    body = line.strip(" ")
    if _CHAR_SPACED.fullmatch(body) is None:
        return False
    chars = body[::2]
    return (sum(1 for c in chars if is_han(c)) >= _CHAR_SPACED_MIN_HAN
            and any(c in _CHAR_SPACED_MARKS for c in chars))


def _in_number(text: str, start: int, end: int) -> bool:
    """Does the one space `text[start:end]` of a line spaced character by character stand inside one
    number: between two digits, a digit and its closing mark (`5 %`), or a digit and a mark with a
    digit on its other side (`6 . 8`, `1 - 8`, `1 2 : 3 0`)? `电 话 : 0 9 3 1` keeps the space after its
    colon, which ends a label, not a number's part."""
    left, right = text[start - 1], text[end]
    if is_digit(left):
        if is_digit(right) or right in _CLOSING_NUMBER_MARKS:
            return True
        return right in _INNER_NUMBER_MARKS and text[end + 1 : end + 2] == " " \
            and is_digit(text[end + 2 : end + 3])
    return left in _INNER_NUMBER_MARKS and is_digit(right) and start >= 3 \
        and text[start - 2] == " " and is_digit(text[start - 3])


def _spaced_number_run(text: str, pos: int, line_start: int) -> tuple[int, int]:
    """The start and end of the number on a line spaced character by character that holds the
    space at `pos`: digits and number marks (`_INNER_NUMBER_MARKS`, `_CLOSING_NUMBER_MARKS`), each
    one space from the next (`1 6 8 8 . 0 0 1 2 . 5 0` is one run); the end is exclusive."""
    def part(c: str) -> bool:
        return is_digit(c) or c in _INNER_NUMBER_MARKS or c in _CLOSING_NUMBER_MARKS

    start = pos - 1
    while start - 2 >= line_start and text[start - 1] == " " and part(text[start - 2]):
        start -= 2
    end = pos + 2
    while end + 1 < len(text) and text[end] == " " and part(text[end + 1]):
        end += 2
    return start, end


def _spaced_number_joins(text: str, pos: int, line_start: int) -> bool:
    """May the spaces of the number holding the space at `pos` (a line spaced character by
    character) go? Not when the line before it names a draw, a table, a price or a score, or holds a
    label's colon: there the digits are several figures a single space keeps apart
    (`开 奖 ： 0 3 0 8 …`, `中 国 5 5 0 1 4`); only a score of single digits joins (`比 分 为 3 - 0`).
    A number with a `.` joins only when it holds exactly one, between digits:
    `1 6 8 8 . 0 0 1 2 . 5 0` is two prices, and joined would read `1688.0012.50`."""
    start, end = _spaced_number_run(text, pos, line_start)
    run = text[start:end:2]
    if _SEPARATE_FIGURES_WORDS.search(text[line_start:start].replace(" ", "")) is not None:
        # Only a score of single digits joins there (`比 分 为 3 - 0`): no two digits side by side.
        return not any(is_digit(a) and is_digit(b) for a, b in pairwise(run))
    dots = run.count(".")
    if dots == 0:
        return True
    at = run.index(".")
    return dots == 1 and 0 < at < len(run) - 1 and is_digit(run[at - 1]) and is_digit(run[at + 1])


def _between(left: str, right: str) -> tuple[str, Cert] | None:
    """The rule that removes a space between two visible characters, or None to keep it."""
    if is_strict_cjk_punct(left) or is_strict_cjk_punct(right):
        return "space.cjk-punct", "high"
    if (left in SHARED_PUNCT and is_han(right)) or (right in SHARED_PUNCT and is_han(left)):
        return "space.cjk-punct", "high"
    if is_han(left) and is_han(right):
        return "space.cjk-cjk", "high"
    if _is_number_end(left) and is_han(right):
        return "space.number-unit", "high"
    if is_han(left) and is_digit(right):
        return "space.cjk-number", "high"
    if (is_han(left) and is_alpha(right)) or (is_alpha(left) and is_han(right)):
        return "space.cjk-latin", "medium"
    return None


#: A number and its unit ending where the search ends (`80元`, `3 公斤`, `2023年`): the unit, at most
#: three hanzi right after the digits, is group `unit`.
_AMOUNT_BEFORE = regex.compile(r"\d[\t\p{Zs}]*(?P<unit>\p{Han}{1,3})\Z")
#: A number opening a quantity, up to where its unit starts (`180元`, `2 万元`).
_NUMBER_AHEAD = regex.compile(r"\d[\d.．,]*[\t\p{Zs}]*")
#: How far before a gap an amount's digits may stand (its unit and the spaces before it).
_AMOUNT_REACH = 8


def _between_amounts(text: str, start: int, end: int) -> bool:
    """Does the space run `text[start:end]` set two amounts of one unit apart (`80元 180元`,
    `3公斤 5公斤`, `2023年 2024年`)? Run together they read as one figure (`80元180元`). Amounts of
    two units go on as before, in a sentence too (`2024年 5月`, `3亿 5000万元`: one date or amount;
    `3人 5天`); a line of fields keeps those apart by `roles.data_field_gaps`."""
    before = _AMOUNT_BEFORE.search(text, max(0, start - _AMOUNT_REACH), start)
    if before is None:
        return False
    number = _NUMBER_AHEAD.match(text, end)
    return number is not None and text.startswith(before.group("unit"), number.end())


def _char_before(text: str, start: int) -> str:
    """The character before `start`; for a Han character in a chosen glyph (`葛` and its variation
    selectors), that Han character, so a space after it goes as after the plain one. The selectors
    themselves stay in the text."""
    left = text[start - 1] if start else ""
    if left and (selectors := _SELECTORS_BEFORE.match(text, 0, start)) is not None:
        base = text[selectors.start() - 1] if selectors.start() else ""
        if is_han(base):
            return base
    return left


def _decide(m: re.Match[str], layout: _Layout, *, phrase_gaps: bool = True) -> Change | None:
    """The edit removing the space run `m`, or None when it stays. `phrase_gaps`: False for a stray
    space inside an imprint label (`_glue_imprint_labels`), which splits one word and is no
    headline's phrase gap (`邮发 代号 53-1`)."""
    text = layout.text
    start, end = m.span()
    left = _char_before(text, start)
    right = text[end] if end < len(text) else ""
    if right in ("", "\n", "\r"):
        if left in ("", "\n", "\r"):
            return None  # a whitespace-only line
        return Change(start, end, "", "space.line-end", "space")
    if left in ("", "\n", "\r"):
        first_line = layout.blocks.starts[layout.blocks.index(start)] >= layout.line_start(start)
        if first_line or end - start >= 2 or "\t" in m.group():
            return None  # indentation (a TAB indents a paragraph in Word-saved and CMS text)
        return Change(start, end, "", "space.line-start", "space")
    if _is_field_gap(m.group()) and not layout.sentence_line(start):
        return None  # a gap between fields: a table row's cells, 本版编辑：赵静　　美编：王强
    if left == "," and (figure := thousands_gap_cert(text, start, end)) is not None:
        return Change(start, end, "", THOUSANDS_RULE, "space", figure)  # `1, 280万台` -> `1,280万台`
    verdict = _between(left, right)
    if verdict is None:
        if end - start == 1 and _in_number(text, start, end) and layout.char_spaced(start) \
                and _spaced_number_joins(text, start, layout.line_start(start)):
            return Change(start, end, "", SPACED_LINE_RULE, "space", "medium")  # `1 5 6 . 8 万 亩`
        return None
    rule, cert = verdict
    if rule == "space.cjk-punct" and _in_ornament_line(text, start, left, right):
        return None  # a gap between the marks of an ornament line: `＊ ＊ ＊`, as `☆ ☆ ☆`
    # Every test below only keeps a gap, so their order is the cheapest first: links, a dateline
    # and a headline's phrase gap (most gaps a page keeps) before the tests of fields, the block's
    # byline, credit and signature, then those of a line's or a block's rows and lists, the name
    # list's jieba calls last.
    if rule != "space.cjk-punct":
        link_ends, link_starts = layout.link_edges
        if start in link_ends or end in link_starts or layout.is_dateline_gap(start):
            return None
        if phrase_gaps and end - start <= 2 and layout.is_headline(start):
            before, after = layout.word_lengths(start, end)
            if before >= 2 and after >= 2 and not layout.engine_spaced(start):
                return None  # a headline's phrase gap
    if rule in ("space.number-unit", "space.cjk-latin") and opens_field(text, end) \
            and not layout.sentence_line(start):
        return None  # a number or a Latin value ending a field, the next label: `0935-2212345 责任编辑：`
    if rule == "space.number-unit" and phone_before_field(text, start, end):
        return None  # a phone number, then the next field of an ad: `0931-8612345 联系人：王女士`
    if rule in _PHONE_GAP_RULES and _contact_tail_gap(text, start, end, layout):
        return None  # an ad's contact after its last sentence: `…面议。联系电话:13893112345 王先生`
    if rule == "space.number-unit" and ends_bare_fraction(text, start):
        return None  # a fraction without its zero ends its field: `勝率.522 排名第一`
    if rule == "space.cjk-number" and _between_amounts(text, start, end):
        return None  # two amounts of one unit: `票价分别为80元 180元`
    if left == "源" and rule != "space.cjk-punct" and source_label_gap(text, start, end):
        return None  # a space for the colon of an end note's source label: `（来源 人民网）`
    if rule == "space.cjk-cjk" and _between_fields(text, start, end):
        return None  # a value ending a field, the next field's label after it: `王丽 美编：李华`
    if rule != "space.cjk-punct" and _spaced_field_gap(text, start, end, layout):
        return None  # a label's space for its colon, or before the next label: `责任编辑 王丽 电话：…`
    if rule != "space.cjk-punct" and _publisher_gap(text, start, end, layout):
        return None  # a publisher's statement, a field of the imprint: `甘肃日报社出版 电话：…`
    if rule in _PHONE_GAP_RULES and not layout.sentence_line(start) \
            and (_phone_field_gap(text, start, end, layout)
                 or _contact_person_gap(text, start, end, layout.line_start(start))):
        return None  # a phone or contact field on a contact line: `总机 0931-8612345`, `联系人 王女士`
    if rule == "space.cjk-cjk" and _weekday_gap(text, start, end):
        return None  # a date line's gap before its weekday: `2023年10月12日 星期四`
    if rule == "space.cjk-cjk" and right == "敬" and _close_gap(text, start, end, layout):
        return None  # a complimentary close printed on one line: `此致 敬礼！`
    if (rule != "space.cjk-punct" or left in HEAD_MARKS or right in HEAD_MARKS) \
            and layout.in_header_gap(start, end):
        return None  # a page header's parts in the running head: `3 要闻`, `要闻 3`, `2024年5月6日 ·3·`
    if layout.in_byline(start):
        return None  # a gap between a byline's fields
    if rule == "space.cjk-cjk" and _closer_gap(text, start, end):
        return None  # a byline's or credit's closing word after a label and a name: `新华社记者 王丽 电`
    if rule != "space.cjk-punct" and layout.in_credit(start, end):
        return None  # a gap between a credit's fields, or before the credit
    if rule != "space.cjk-punct" and layout.in_signature(start):
        return None  # a gap between a closing signature's label and names: `（记者 王丽）`
    if rule != "space.cjk-punct" and layout.in_keyword_line(start, end):
        return None  # a gap between two terms of a keyword line: `关键词：乡村振兴 基层治理`
    if layout.in_rows(start):
        return None  # a gap between the fields of a row: `3. 山东泰山 30 18`, `19:00 新闻联播`
    if rule != "space.cjk-punct" and _row_or_figure_gap(start, end, layout, phrase_gaps=phrase_gaps):
        return None  # a lone row's field gap, a phone's then a name's, a headline's by its score or %
    if layout.in_data_gap(start):
        return None  # a gap between two data fields of a line: `80元 180元`, `武磊 21球 泽卡 18球`
    if rule == "space.cjk-cjk" and end - start == 1 and layout.in_verse(start):
        return None  # the caesura of a line of verse: `床前明月光 疑是地上霜`
    if rule == "space.cjk-cjk" and end - start == 1 and layout.engine_caesura(start):
        return None  # the caesura of a poem's line the engine spaced: `床前 明月 光 疑是 地上 霜`
    if rule == "space.cjk-cjk" and layout.in_name_list(start):
        return None  # a gap between two names of a list: `获奖名单：王丽 李华 张强`
    return Change(start, end, "", rule, "space", cert)


def fix_spacing(
    t: TrackedText, within: Sequence[tuple[int, int]] | None = None, *, paper: str | None = None
) -> TrackedText:
    """Remove the spaces Chinese typesetting does not have; keep the ones that carry meaning.

    `within`: decide only the space runs inside these spans (whole blocks, in order), for a text
    whose other blocks were spaced already and have not changed since. `paper`: the page's paper
    when the caller names it (`--paper 参考消息`), a masthead in the running head whose page
    header's gaps stay, as `layout.roles.running_head` reads it for the labels.

    A pass decides every gap of a block on the block as it found it; the blocks where it removed
    some gaps and kept others are decided again on what it left (`blocks_to_decide_again`), up to
    `SETTLE_PASSES` passes in all, so a second run finds nothing more to remove."""
    spans: Sequence[tuple[int, int]] = [(0, len(t.text))] if within is None else within
    for _ in range(SETTLE_PASSES):
        glued, changes, movable = _spaced_once(t, spans, paper)
        if not changes:
            return glued
        t = glued.apply(changes)
        spans = blocks_to_decide_again(glued.text, t.text, changes, movable)
        if not spans:
            break
    return t


#: The gap OCR put after a thousands comma inside one amount (`thousands.thousands_gap_cert`).
THOUSANDS_RULE = "space.thousands"

#: How many passes `fix_spacing` makes at most: each after the first decides again the blocks whose
#: gaps the pass before removed some of (`blocks_to_decide_again`). On every sample input of the
#: repository one pass settles the page (the second removes nothing).
SETTLE_PASSES = 4


def _spaced_once(
    t: TrackedText, spans: Sequence[tuple[int, int]], paper: str | None
) -> tuple[TrackedText, list[Change], list[int]]:
    """One decision on every space run inside `spans`: `t` with the stray spaces of its imprint
    labels glued (`_glue_imprint_labels`), the changes removing the runs that go, at offsets of
    that text, not yet applied, and where the runs that stay but might go on another reading of
    their block start (`_may_go`)."""
    t, spans = _glue_imprint_labels(t, spans, paper)
    t, spans = _glue_caption_gaps(t, spans, paper)
    t, spans = _glue_split_pieces(t, spans, paper)
    text = t.text
    layout = _Layout(text, paper)
    changes: list[Change] = []
    movable: list[int] = []
    for start, end in spans:
        for m in _HSPACE_RUN.finditer(text, start, end):
            c = _decide(m, layout)
            if c is not None:
                changes.append(c)
            elif _may_go(text, m.start(), m.end()):
                movable.append(m.start())
    return t, changes, movable


def _may_go(text: str, start: int, end: int) -> bool:
    """Whether `_decide` may remove the space run `text[start:end]` on some reading of its block: a
    run between two visible characters that `_between` gives a rule. Any other stays on every
    reading (`_decide` keeps it before reading anything but its two neighbours: a run between two
    Latin words or two numbers, an indent, a whitespace-only line), so a block holding no other
    need not be decided again."""
    left = _char_before(text, start)
    right = text[end] if end < len(text) else ""
    if left in ("", "\n", "\r") or right in ("", "\n", "\r"):
        return False
    return _between(left, right) is not None


def blocks_to_decide_again(
    before: str, after: str, changes: Sequence[Change], movable: Sequence[int] | None = None
) -> list[tuple[int, int]]:
    """The (start, end) spans in `after` (`before` with `changes` made) of the blocks the changes fall
    in that still hold a gap between two visible characters there: the gaps the spacing step must
    decide again.

    A gap stays or goes by what its block reads as (a headline, a byline, rows, verse...), and a pass
    decides every gap of a block on the block as it found it. A space removed beside one gap may make
    the block read otherwise (`基层 基层` / `…（下转第3版）一一 一` is a heading with the stray space in
    `一一 一` and a paragraph without it), as may a typo rule's correction (`通讯员 其层`: a byline
    naming 其层, no name once it reads 基层); a second normalisation would decide the kept gap again.
    Neither changes a block separator (a rule never spans a blank line, a whitespace-only line keeps
    its spaces), so `after` has the blocks of `before`.

    `movable`: where in `before` the runs a spacing pass kept that might go start (`_may_go`), when
    the changes are that pass's: a block holding none of them is left out, as no reading of it
    removes a gap it kept (the spacing step's second pass then costs nothing on most pages)."""
    old = known_blocks(before) or Blocks(before)
    touched = {old.index(c.start) for c in changes}
    if movable is not None:
        touched &= {old.index(pos) for pos in movable}
        if not touched:
            return []
    blocks = Blocks(after)
    spans = [(blocks.starts[b], blocks.ends[b]) for b in sorted(touched)]
    return [(s, e) for s, e in spans if _INNER_SPACE.search(after, s, e)]


def _glue_imprint_labels(
    t: TrackedText, spans: Sequence[tuple[int, int]], paper: str | None
) -> tuple[TrackedText, Sequence[tuple[int, int]]]:
    """`t` without the stray spaces inside the imprint labels opening its fields (`零 售价 1.50元`:
    `roles.imprint_label_stray`), which go as they would anyway (`_decide`), and `spans` moved to
    match. Removed first, so the line's other gaps are decided on the label as printed: the space
    standing for its colon stays (`零售价 1.50元`), as it does beside an unbroken label, where deciding
    both at once lost it (`零售价1.50元`) and a second run could change the line again."""
    text = t.text
    runs = [m for start, end in spans for m in _HSPACE_RUN.finditer(text, start, end)
            if imprint_label_stray(text, *m.span())]
    return _without_strays(t, spans, runs, paper, phrase_gaps=False)


def _without_strays(
    t: TrackedText, spans: Sequence[tuple[int, int]], runs: Sequence[re.Match[str]], paper: str | None,
    *, phrase_gaps: bool = True, sure: Sequence[re.Match[str]] = (),
) -> tuple[TrackedText, Sequence[tuple[int, int]]]:
    """`t` without those of the space `runs` that `_decide` takes for stray, and without the `sure`
    ones, spaces between two hanzi that are stray whatever the block reads as (`_spelled_name_gaps`),
    and `spans` moved to match (`_glue_imprint_labels`, `_glue_split_pieces`: the spaces removed
    before the line's other gaps are decided)."""
    if not runs and not sure:
        return t, spans  # (most pages)
    layout = _Layout(t.text, paper)
    strays = [c for m in runs if (c := _decide(m, layout, phrase_gaps=phrase_gaps)) is not None]
    strays += [Change(m.start(), m.end(), "", "space.cjk-cjk", "space") for m in sure]
    if not strays:
        return t, spans
    strays.sort(key=lambda c: (c.start, c.end))
    return t.apply(strays), moved_spans(spans, strays)


#: The horizontal spaces of `HSPACE_RE_CLASS` without its brackets, to build `re` classes from.
_HSPACE_RE_CHARS = HSPACE_RE_CLASS[1:-1]
#: One character but a space or a line break standing alone between spaces or a line's edges (the
#: string's, a line break's, the scan's end); `_lone_hanzi` keeps the hanzi among them. The standard
#: `re` module with negated classes scans a page ~3x faster than `regex` testing `\p{Han}` with
#: lookarounds at every character, and most pages hold no such hanzi.
_LONE_CHAR = re.compile(rf"(?<![^{_HSPACE_RE_CHARS}\n])[^{_HSPACE_RE_CHARS}\n](?![^{_HSPACE_RE_CHARS}\n])")
#: A piece of a line: a run of anything but spaces.
_PIECE = regex.compile(r"[^\t\p{Zs}]+")
#: The longest line `_split_piece_gaps` reads, in characters: a headline's or a byline's, a list of
#: names.
_SPLIT_LINE_REACH = HEADLINE_MAX_CHARS


def _glue_split_pieces(
    t: TrackedText, spans: Sequence[tuple[int, int]], paper: str | None
) -> tuple[TrackedText, Sequence[tuple[int, int]]]:
    """`t` without the stray spaces that split one hanzi off its word or name on a short line without
    sentence punctuation (`乡村振 兴`, a padded name `李 华` in a list or after a reporter's label:
    `_split_piece_gaps`), which go as they would anyway (`_decide`), and `spans` moved to match.

    Removed first, so the line's other gaps are decided on the words and names as printed. Decided
    with them, the one hanzi made the line read as no headline, list or byline: each gap beside it
    was one beside a word of one hanzi (`脱贫攻坚 乡村振 兴 共同富裕` lost its phrase gap:
    `乡村振兴共同富裕`), and `李` and `华` name no one (`王小明 李 华 张建国` and
    `通讯员 李 明 本报记者 王 丽` were glued whole)."""
    text = t.text
    runs: list[re.Match[str]] = []
    sure: list[re.Match[str]] = []
    read: set[int] = set()
    for start, end in spans:
        for lone in _lone_hanzi(text, start, end):
            ls = text.rfind("\n", 0, lone) + 1
            if ls in read:
                continue
            read.add(ls)
            le = text.find("\n", lone)
            le = len(text) if le < 0 else le
            backed = _block_backs_padding(text, ls, le)
            for a, b, is_sure in _split_piece_gaps(text[ls:le], backed):
                run = _HSPACE_RUN.match(text, ls + a, ls + b)
                if run is not None and start <= run.start() < end:
                    (sure if is_sure else runs).append(run)
    return _without_strays(t, spans, runs, paper, sure=sure)


def _lone_hanzi(text: str, start: int, end: int) -> list[int]:
    """Where a hanzi stands alone between spaces or a line's edges in `text[start:end]` (`乡村振 兴`,
    `李 华`), in order: the cheap test before `_split_piece_gaps` reads a line of pieces. The
    characters before `start` and from `end` on count as for `regex`'s `finditer(text, start, end)`:
    the one before `start` is read, `end` ends a line."""
    return [m.start() for m in _LONE_CHAR.finditer(text, start, end) if is_han(m.group())]


class _PieceGap(NamedTuple):
    """A single space of a line splitting one hanzi off its word or name (`_split_piece_gaps`), as
    offsets into the line."""

    start: int
    end: int
    #: It goes whatever the block reads as: inside a three-hanzi name spelled hanzi by hanzi after a
    #: reporter's label (`记者 张 小 明`: `_spelled_name_gaps`), as the byline's readings take two of
    #: the three hanzi for a padded name and the third for the lead (`记者 张 小` / `明`); or the
    #: padding inside a name of a list of names padded two by two (`毛泽东 林 彪 周恩来 朱 德`:
    #: `_padded_list_gaps`), which may be as wide as a field gap (`林  彪`).
    sure: bool = False


def _split_piece_gaps(line: str, backed: Callable[[bool], bool] = lambda _names: False) -> list[_PieceGap]:
    """The single spaces of `line` splitting one hanzi off the word or name it belongs to, as offsets
    into `line`, in order; none on a line holding sentence punctuation (running text, whose gaps all
    go), longer than a headline or a byline, or one the OCR engine spaced word by word
    (`_engine_spaced`, whose gaps all go). A line outside the simplified character set is read
    through its simplified view (`roles.line_view`, offset for offset), as the labels read it:
    `脫貧攻堅 鄉村振 興 共同富裕`, `王小明 李 華 張建國` are split as their simplified twins are.

    - the padding of a name in the photo credit ending the line (`roles.padded_credit_name`:
      `图③ …采茶。（新华社发 陈 欣 摄）`), on a line of running text too;
    - the padding of every name of a list of names padded two by two (`_padded_list_gaps`:
      `毛泽东 林 彪 周恩来 朱 德 陈 云`, as papers of 1966-78 print names of two hanzi to the width of
      three), on a line of any length, its padding one space or two (`林  彪`), when the list shows
      the names it is padded to (`_padded_list_pieces`; `backed`: whether the line's block does);
    - a padded name (`_padded_name_gap`): two pieces of one hanzi side by side, a surname and its
      given name, after a reporter's label (`通讯员 李 明 本报记者 王 丽`) or on a line that lists
      people once they are glued (`王小明 李 华 张建国`, `layout.roles.name_list_names`,
      `_listed_with_people`: not `王府 井 大街`): a person's name is never one hanzi, so `李 华` is one
      name, not two; so is a surname apart from a given name of two hanzi in such a list
      (`王丽 王 小明 张强`) or after a reporter's label (`通讯员 王 小明`), and a name that is also a
      word between two labels (`通讯员 高 远 本报记者 牛锐`: 高远 is an adjective to jieba's tagger);
    - a three-hanzi name spelled hanzi by hanzi after a reporter's label (`_spelled_name_gaps`:
      `记者 张 小 明`), both its spaces;
    - a word's last or first hanzi split off (`_word_split_gap`: `乡村振 兴`, `乡村振兴 共 同富裕`): the
      piece it leaves ends or opens with a hanzi that is no word alone, and joined to it they spell a
      word (`振兴`), on that side only (`我们 要 坚持` has none: 要 is a word), and the gap on its other
      side stays only between two phrases (`_split_word_stands_apart`: not `春节 联 欢晚会`)."""
    credit = [_PieceGap(*gap, sure=True) for gap in padded_credit_name(line)]
    bracketed = [_PieceGap(*gap, sure=True) for gap in _bracketed_name_padding(line_view(line))
                 if gap not in {(c.start, c.end) for c in credit}]
    if _SENTENCE_LINE.search(line):
        sentence = (_PieceGap(*gap, sure=True) for gap in _padded_names_in_sentence(line_view(line)))
        return [*credit, *bracketed, *sentence]
    if credit:
        return credit  # `新华社发 陈 欣 摄`: the credit's padding, its other gaps kept (`in_credit`)
    line = line_view(line)
    listed = _padded_list_pieces(line, backed)
    padded = _padded_list_gaps(line, listed) if listed else ()
    if padded:
        return [_PieceGap(*gap, sure=True) for gap in padded]
    if len(line) > _SPLIT_LINE_REACH or _engine_spaced(line):
        return []
    pieces = _trim_keyword_label([m.span() for m in _PIECE.finditer(line)], keyword_label_end(line))
    found: list[_PieceGap] = list(bracketed)
    seen: set[tuple[int, int]] = {gap[:2] for gap in bracketed}
    for k, (a, b) in enumerate(pieces):
        if b - a != 1 or not is_han(line[a]):
            continue
        spelled = [_PieceGap(*gap, sure=True) for gap in _spelled_name_gaps(line, pieces, k)]
        gap = _padded_name_gap(line, pieces, k) or _word_split_gap(line, pieces, k)
        for each in (*spelled, *([] if gap is None else [_PieceGap(*gap)])):
            if each[:2] not in seen:
                seen.add(each[:2])
                found.append(each)
    return found


def _trim_keyword_label(pieces: list[tuple[int, int]], terms_start: int | None) -> list[tuple[int, int]]:
    """`pieces` with a keyword line's label and its colon or brackets cut off the piece holding its
    first term (`关键词：乡村振` -> `乡村振`; `terms_start`: where `roles.keyword_label_end` says the terms
    start, None on any other line), so that term reads as a word, as the terms after it do."""
    if terms_start is None:
        return pieces
    return [(terms_start, b) if a < terms_start < b else (a, b) for a, b in pieces]


def _single_space(line: str, left: tuple[int, int], right: tuple[int, int]) -> tuple[int, int] | None:
    """The gap between the pieces `left` and `right` of `line` when it is one space, else None."""
    return (left[1], right[0]) if right[0] - left[1] == 1 else None


def _is_hanzi_piece(line: str, piece: tuple[int, int]) -> bool:
    return all(is_han(ch) for ch in line[piece[0] : piece[1]])


#: The fewest names a line must list, once its padded names are glued, for `_padded_list_gaps` to read
#: its pieces of one hanzi two by two: two may be a name and a word, or two words (`高 温 天 气`).
_PADDED_LIST_MIN_NAMES = 3
#: The widest padding inside a name `_padded_list_gaps` removes, in spaces: one ideographic space (one
#: plain space once the unicode step has made it so), or two, as OCR may read it (`林  彪`).
_PADDING_MAX = 2
#: A run of pieces of 1-4 hanzi after a colon in a sentence's line, up to a sentence or clause mark or
#: the line's end (`出席会议的有：毛泽东 林 彪 周恩来 朱 德。`): where `_padded_names_in_sentence` looks
#: for a list of padded names.
_PIECES_AFTER_COLON = regex.compile(
    r"[：:][\t\p{Zs}]*(?P<names>\p{Han}{1,4}(?:[\t\p{Zs}]+\p{Han}{1,4})+)(?=[\t\p{Zs}]*(?:[。；，、！？;!?]|\Z))"
)


#: A line of the block listing names, some of three hanzi or four (`毛泽东 林 彪 周恩来`): the names
#: a list's two-hanzi ones are padded to the width of (`_block_backs_padding`).
_NAMES_LINE = regex.compile(r"[\t\p{Zs}]*\p{Han}{1,4}(?:[\t\p{Zs}]+\p{Han}{1,4})*[\t\p{Zs}]*")
#: A piece of three hanzi or four: a name as long as the padding makes a two-hanzi one.
_FULL_WIDTH_NAME = regex.compile(r"\p{Han}{3,4}")
#: The fewest full-width names (`_is_full_width_name`) a line must hold to show by itself that its
#: pieces of one hanzi are names padded to their width (`毛泽东 林 彪 周恩来`): one may be a word
#: opening with a surname the dictionary tags as a name (`黄山松`, `白云山`), two seldom are.
_FULL_WIDTH_NAMES_MIN = 2
#: The closing words a list of names may end with, a piece of their own (`… 朱 德 陈 云 等同志`).
_LIST_CLOSERS = frozenset({"等", "同志", "等同志"})
#: jieba's tags of a dictionary word of three hanzi that may still be a person's name: a person's
#: name (`nr`, `nrfg`, `nrt`), and a time word, as jieba tags `周恩来`.
_NAME_WORD_TAGS = ("nr", "t")


def _padded_list_pieces(line: str, backed: Callable[[bool], bool]) -> list[tuple[int, int]]:
    """The pieces of `line` that `_padded_list_gaps` reads as a list of names padded two by two, or
    none when nothing shows the list is one.

    Papers pad two-hanzi names to the width of the three-hanzi names beside them, so the padding is
    read only where such names stand (`_full_width_names`): two on the line (`毛泽东 林 彪 周恩来`),
    or one on it and two on another line of names of its block (`backed`, `_block_backs_padding`),
    every other piece of the line a padded pair. Or where a label announcing people opens the line
    (`主席团成员：彭 真 贺 龙 陈 毅`, `layout.roles.people_label_end`; the pieces are then those after its
    colon, the first cut off the label when the colon is glued to it) or stands over its block's
    lines of names. A line of one-hanzi pieces alone is far more often common words spaced hanzi by
    hanzi (`蓝 天 白 云 杨 柳`, `黎 明 钟 声 向 阳`), whose pairs the tagger reads as people's names too,
    and so is one beside a word opening with a surname (`金 秋 盛 夏 林 海 丰收年`): they are left to
    the readings that glue them whole, the lists `彭 真 贺 龙 陈 毅` and `毛泽东 周恩来 刘少奇` /
    `朱 德 陈 云 彭 真` with them (known limits)."""
    pieces = [m.span() for m in _PIECE.finditer(line)]
    label_end = people_label_end(line)
    if label_end is not None:
        return [(max(a, label_end), b) for a, b in pieces if b > label_end]
    full = _full_width_names(line, pieces)
    if full is None or not _padded_pairs(line, pieces):
        return []
    return pieces if full >= _FULL_WIDTH_NAMES_MIN or backed(full > 0) else []


def _full_width_names(line: str, pieces: Sequence[tuple[int, int]]) -> int | None:
    """How many pieces of `line` are full-width names (`_is_full_width_name`: `周恩来`), or None when
    a piece is neither that nor one hanzi (a padded name's half) nor, last, a list's closing word
    (`_LIST_CLOSERS`): a line with a word among its pieces (`迎新春`, `万里晴空`, `雷锋 王杰`, a
    two-hanzi name printed unpadded) lists no names padded to three."""
    full = 0
    for j, (a, b) in enumerate(pieces):
        piece = line[a:b]
        if b - a == 1 and is_han(piece):
            continue
        if j == len(pieces) - 1 and j > 0 and piece in _LIST_CLOSERS:
            continue
        if not _is_full_width_name(piece):
            return None
        full += 1
    return full


def _is_full_width_name(piece: str) -> bool:
    """Whether `piece` reads as a three-hanzi name a padded list pads its two-hanzi names to: a
    single surname and two hanzi, or a compound surname and one or two (`周恩来`, `乌兰夫`, `欧阳海`),
    that the dictionary lists as no common word (`丰收年`, `黄河水`, `北京市`: a person's name or a time
    word, as jieba tags `周恩来`, may be) and that opens with no dictionary word of two hanzi or more
    (`何处去`, `万千条`, `红旗厂`, `金秋节`)."""
    if not _FULL_WIDTH_NAME.fullmatch(piece) or not opens_with_surname(piece):
        return False
    _single, compound = surnames()
    if len(piece) == 4 and piece[:2] not in compound:
        return False
    if in_dictionary(piece):
        return word_tags().get(piece, "").startswith(_NAME_WORD_TAGS)
    return len(first_word(piece)) < 2 or piece[:2] in compound


def _block_backs_padding(text: str, ls: int, le: int) -> Callable[[bool], bool]:
    """Whether the block holding the line `text[ls:le]` shows it lists names padded two by two
    (`_padded_list_pieces`), asked only when the line does not: the lines of names above it follow a
    label announcing people and its colon (`出席会议的有：` / `朱 德 陈 云 林 彪`), or, when the line
    holds a full-width name itself (the callable's argument; a line spelled hanzi by hanzi is too
    often a headline or verse), another line of the block lists full-width names alone
    (`_lists_full_width_names`: `毛泽东 周恩来 刘少奇` / `朱 德 陈 云 邓小平`). A block is a run of lines
    without a blank one. A lazy answer: most lines never ask."""

    def backs(holds_a_full_width_name: bool) -> bool:
        lines, at = _block_lines(text, ls, le)
        named = [_NAMES_LINE.fullmatch(line) is not None for line in lines]
        if holds_a_full_width_name and any(
            named[i] and _lists_full_width_names(lines[i]) for i in range(len(lines)) if i != at
        ):
            return True
        above = at - 1
        while above >= 0 and named[above]:
            above -= 1
        label_end = None if above < 0 else people_label_end(lines[above])
        return label_end is not None and (not lines[above][label_end:].strip()
                                          or _NAMES_LINE.fullmatch(lines[above], label_end) is not None)

    return backs


def _block_lines(text: str, ls: int, le: int) -> tuple[list[str], int]:
    """The lines of the block holding the line `text[ls:le]` (the run of lines around it, up to a
    blank line or the text's edges), each in its simplified view (`roles.line_view`), and the line's
    index among them."""
    start = ls
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if not text[above : start - 1].strip():
            break
        start = above
    end = le
    while end < len(text):
        below = text.find("\n", end + 1)
        below = len(text) if below < 0 else below
        if not text[end + 1 : below].strip():
            break
        end = below
    return [line_view(line) for line in text[start:end].split("\n")], text.count("\n", start, ls)


def _lists_full_width_names(line: str) -> bool:
    """Whether `line` lists names the way a padded list does, so that a line of its block with one
    full-width name only may be read as one (`_block_backs_padding`): `_FULL_WIDTH_NAMES_MIN`
    full-width names at least (`_is_full_width_name`), every other piece a padded two-hanzi name
    (`_padded_pairs`). A line spelling a headline or verse hanzi by hanzi is never such a line, nor is
    one printing a two-hanzi name unpadded (`雷锋 王杰 欧阳海`) or words (`万里晴空 春光明媚`,
    `东方红 太阳升`)."""
    pieces = [m.span() for m in _PIECE.finditer(line)]
    full = _full_width_names(line, pieces)
    if full is None or full < _FULL_WIDTH_NAMES_MIN:
        return False
    return not _one_hanzi_runs(line, pieces) or bool(_padded_pairs(line, pieces))


def _padded_list_gaps(
    line: str, pieces: Sequence[tuple[int, int]],
    names_at: Callable[[str], Sequence[tuple[int, int]]] | None = None,
) -> tuple[tuple[int, int], ...]:
    """The padding inside each two-hanzi name of a line listing names padded to the width of three
    (`毛泽东 林 彪 周恩来 朱 德 陈 云`: 林彪, 朱德, 陈云), as offsets into `line`; empty otherwise.

    Papers of 1966-78 print lists of people with two-hanzi names padded by a space in the middle
    (`林　彪`). Read one pair at a time, the line was no list (`_padded_name_gap` glues one pair and
    asks whether the rest lists people, which the other padded pairs spoil), and every gap went:
    `毛泽东林彪周恩来朱德陈云`. Here all pairs of `pieces` (the line's, or the run of them
    `_padded_names_in_sentence` reads) are read at once, strictly:

    - the pieces of one hanzi stand in runs of even length, read two by two from the run's start (an
      odd run, `毛泽东 林 周恩来`, `朱 德 陈`, cannot be paired safely: the line is left as before);
    - each pair is a single surname of the list and one hanzi, set apart by at most `_PADDING_MAX`
      spaces and no TAB, that jieba's tagger reads as a person's name (`lexicon.tags_a_person`: 林彪,
      朱德, not 甘肃, 高温, 江苏) and that ends no word with the piece before it (`_word_across`);
    - glued, with one space between the pieces (so a list set apart by two spaces,
      `毛泽东  林 彪  周恩来`, counts too), the line lists people where the pieces stand (`names_at`,
      the lists of names it finds in a text; by default `layout.roles.name_list_names`, every name a
      person's), `_PADDED_LIST_MIN_NAMES` names at least.

    Two pieces of two hanzi or more are never glued: only the padding inside a name goes."""
    pairs = _padded_pairs(line, pieces)
    if not pairs:
        return ()
    tokens = [
        line[a:b] + line[pieces[pairs[j]][0]] if j in pairs else line[a:b]
        for j, (a, b) in enumerate(pieces) if j - 1 not in pairs  # (a given name is glued to its surname)
    ]
    names = " ".join(tokens)
    glued = line[: pieces[0][0]] + names + line[pieces[-1][1] :]
    first = min(pairs)  # (the pieces before the first pair are tokens of their own)
    first_pair = pieces[0][0] + len(" ".join(tokens[:first])) + (1 if first else 0)
    end = pieces[0][0] + len(names)
    lists = (names_at or _line_names)(glued)
    listed = next((span for span in lists if span[0] <= first_pair < end <= span[1]), None)
    if listed is None:
        return ()  # (the list may open after a label glued to its first name: `主席团成员：毛泽东`)
    if len(glued[listed[0] : listed[1]].split()) < _PADDED_LIST_MIN_NAMES:
        return ()
    for j, k in pairs.items():
        name = line[pieces[j][0]] + line[pieces[k][0]]
        if not tags_a_person(name):
            return ()
        if j > 0 and _is_hanzi_piece(line, before := pieces[j - 1]):
            previous = line[before[0] : before[1]]
            if _word_across(previous + name, len(previous)):
                return ()
    return tuple((pieces[j][1], pieces[k][0]) for j, k in pairs.items())


def _padded_pairs(line: str, pieces: Sequence[tuple[int, int]]) -> dict[int, int]:
    """The pieces of one hanzi of `line` read two by two as padded names (`_padded_list_gaps`), each
    surname's piece index to its given name's; empty when a run of them is odd, or a pair opens with
    no single surname or is padded by more than `_PADDING_MAX` spaces or a TAB. The cheap tests,
    before any dictionary is read."""
    runs = _one_hanzi_runs(line, pieces)
    if not runs or any(len(run) % 2 for run in runs):
        return {}
    single, _compound = surnames()
    pairs = {run[i]: run[i + 1] for run in runs for i in range(0, len(run), 2)}
    for j, k in pairs.items():
        padding = line[pieces[j][1] : pieces[k][0]]
        if len(padding) > _PADDING_MAX or "\t" in padding or line[pieces[j][0]] not in single:
            return {}
    return pairs


def _padded_names_in_sentence(line: str) -> tuple[tuple[int, int], ...]:
    """The padding inside the two-hanzi names of a list after a colon in a sentence's line
    (`出席会议的有：毛泽东 林 彪 周恩来 朱 德。`: 林彪, 朱德), as offsets into `line`, the list read as
    `_padded_list_gaps` reads a line of names and glued as `layout.roles.names_in_sentence` reads
    one: after a label announcing people, three names at least, each a person's."""
    found: list[tuple[int, int]] = []
    for m in _PIECES_AFTER_COLON.finditer(line):
        pieces = [piece.span() for piece in _PIECE.finditer(line, *m.span("names"))]
        found += _padded_list_gaps(line, pieces, names_in_sentence)
    return tuple(found)


def _line_names(line: str) -> tuple[tuple[int, int], ...]:
    """The names of `line` when it lists people (`layout.roles.name_list_names`), as one span or none."""
    listed = name_list_names(line)
    return () if listed is None else (listed,)


def _one_hanzi_runs(line: str, pieces: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The runs of consecutive pieces of `line` that are one hanzi each (`毛泽东 林 彪 周恩来 朱 德 陈 云`:
    [[1, 2], [4, 5, 6, 7]]), as lists of piece indexes, in order."""
    runs: list[list[int]] = []
    for j, (a, b) in enumerate(pieces):
        if b - a != 1 or not is_han(line[a]):
            continue
        if runs and runs[-1][-1] == j - 1:
            runs[-1].append(j)
        else:
            runs.append([j])
    return runs


#: A padded name closing a bracketed signature or byline after its label, organisation or role
#: (`（记者 孙 浩）`, `（甘肃正天合律师事务所 赵 磊）`), or before a closing word (`（本报记者 李 明 整理）`),
#: also among up to four names a space sets apart (`（本报记者 王 丽 李 华）`, `（记者 王丽 李 华）`):
#: group `words` before the names, `name` each name (a repeated group), `pad` the padding inside
#: each padded one.
_BRACKETED_PADDED_NAME = regex.compile(
    r"[(（][\t\p{Zs}]*(?P<words>\p{Han}{2,24})"
    r"(?:[\t\p{Zs}]+(?P<name>\p{Han}(?P<pad> )\p{Han}{1,2}(?!\p{Han})|\p{Han}{2,4})){1,4}"
    r"(?:[\t\p{Zs}]+(?:整理|采写|报道|報道|摄|攝))?[\t\p{Zs}]*[)）]"
)


def _bracketed_name_padding(line: str) -> list[tuple[int, int]]:
    """The padding inside a name closing the brackets of a byline or signature, after a reporter's
    or author's label (`（记者 孙 浩）`, `本报讯 (记者 孙 浩)11月2日晚，…`) or an organisation or role
    (`（甘肃正天合律师事务所 赵 磊）`, `roles.names_signers_place`), as offsets into `line`: a person's
    name is never one hanzi, so `孙 浩` is one name; the gap between the label and the name stays, as
    `本报记者 张 明` keeps it. The name opens with a surname and the tagger reads it as a person's.
    Among two names or more each padded one must so read (`（本报记者 王 丽 李 华）` loses both
    paddings, the gaps between the names staying: `王丽 李华`), or none of its padding goes."""
    found: list[tuple[int, int]] = []
    for m in _BRACKETED_PADDED_NAME.finditer(line):
        words = m.group("words")
        if not (_BYLINE_LABEL.fullmatch(words) or names_signers_place(words)):
            continue
        pads = m.spans("pad")
        padded = [(span, pad) for span in m.spans("name") for pad in pads if span[0] < pad[0] < span[1]]
        names = [line[a:b].replace(" ", "") for (a, b), _pad in padded]
        if padded and all(opens_with_surname(name) and tags_a_person(name) for name in names):
            found.extend(pad for _span, pad in padded)
    return found


def _padded_name_gap(line: str, pieces: Sequence[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """The space between the piece `k` of one hanzi, a surname, and the given name after it, when the
    two are a person's name padded apart (`_split_piece_gaps`); None otherwise. The surname follows
    no other piece of one hanzi (`王 丽 李` pads no name)."""
    if k + 1 >= len(pieces) or (k > 0 and pieces[k - 1][1] - pieces[k - 1][0] == 1):
        return None
    surname, given = pieces[k], pieces[k + 1]
    size = given[1] - given[0]
    gap = _single_space(line, surname, given)
    if gap is None or size > 2 or not _is_hanzi_piece(line, given):
        return None
    after = line[pieces[k + 2][0] : pieces[k + 2][1]] if k + 2 < len(pieces) else ""
    if len(after) == 1 and after not in _CREDIT_CLOSERS:
        return None  # three pieces of one hanzi in a row: no name padded apart (`王 丽 摄` pads one)
    name = line[surname[0] : given[1]].replace(" ", "")
    if not opens_with_surname(name):
        return None
    if _listed_with_people(line, pieces, k, gap, name):
        return gap  # `王小明 李 华 张建国`: glued, every piece names a person
    label = line[pieces[k - 1][0] : pieces[k - 1][1]] if k > 0 else ""
    if not _BYLINE_LABEL.fullmatch(label) or _word_across(label + name, len(label)):
        return None  # no label, or the surname ends a word with it (`摄影 师 王丽` is 摄影师王丽)
    if tags_a_person(name):
        return gap  # `通讯员 李 明`, `通讯员 王 小明`: a reporter's name padded or split
    if size == 1 and _BYLINE_LABEL.fullmatch(after):
        return gap  # `通讯员 高 远 本报记者 牛锐`: a name that is also a word, between two labels
    return None


#: The one-hanzi words closing a credit or a byline after its names (`新华社记者 王 丽 摄`, `… 王 丽 发`,
#: `本报记者 王 丽 文`, `记者 王 丽 图`, `… 绘`, `… 译`, `… 著`, `… 讯`, `… 报`, `… 电`): a third piece of
#: one hanzi there ends the credit, the two before it are a padded name, no name of three hanzi.
_CREDIT_CLOSERS = frozenset("摄发文图绘译著讯报电")
#: A byline's label and a name ending the text before a closing word's gap (`_closer_gap`): the label
#: opens its line or follows a space (`新华社记者 王丽`, `图为村民在采摘茶叶 记者 王丽`).
_LABELLED_NAME = regex.compile(rf"(?:^|(?<=[\t\p{{Zs}}]))(?:{_CREDIT_LABEL})[\t\p{{Zs}}]+(\p{{Han}}{{2,4}})$")


def _closer_gap(text: str, start: int, end: int) -> bool:
    """Is the space run `text[start:end]` the gap before a byline's or credit's closing word ending
    its line (`_CREDIT_CLOSERS`), after a label and a name opening with a surname: `新华社记者 王丽 电`,
    `图为村民在采摘茶叶 记者 王丽 文`? Such a gap stays. A byline opening its block keeps it already
    (`本报记者 王丽 电`: `spaced_byline`), but an agency's label opens none before a closing word (its
    spaced byline needs a lead after it, `新华社记者 王丽 近日，…`), nor does a label after a caption; read
    as a headline's, the gap beside one hanzi went (`新华社记者 王丽电`, `记者 王丽文`)."""
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if end >= le or text[end + 1 : le].strip():
        return False  # (most gaps: no one closing hanzi ends the line after them)
    ls = text.rfind("\n", 0, start) + 1
    view = line_view(text[ls:le])
    if view[end - ls] not in _CREDIT_CLOSERS:
        return False
    m = _LABELLED_NAME.search(view, 0, start - ls)
    return m is not None and opens_with_surname(m.group(1))


def _spelled_name_gaps(line: str, pieces: Sequence[tuple[int, int]], k: int) -> tuple[tuple[int, int], ...]:
    """The two spaces inside a three-hanzi name the OCR spaced hanzi by hanzi after a reporter's label
    (`记者 张 小 明`, `本报记者 张 小 明 通讯员 李华`), when `pieces[k]` opens it: exactly three pieces
    of one hanzi set apart by single spaces, the label before them, the last no credit's closing word
    (`王 丽 摄` is a padded name and its 摄: `_padded_name_gap`), and the three glued a person's name
    (`opens_with_surname`, `lexicon.tags_a_person`). Empty otherwise.

    Read one pair at a time, the three read as no padded name, so the byline was not found and its
    gaps went or stayed by chance (`记者 张小 明`, `本报记者 张小 明通讯员 李华`)."""
    if k == 0 or k + 2 >= len(pieces):
        return ()
    if not _BYLINE_LABEL.fullmatch(line[pieces[k - 1][0] : pieces[k - 1][1]]):
        return ()
    run = pieces[k : k + 3]
    if any(b - a != 1 or not is_han(line[a]) for a, b in run) or line[run[2][0]] in _CREDIT_CLOSERS:
        return ()
    if k + 3 < len(pieces) and pieces[k + 3][1] - pieces[k + 3][0] == 1:
        return ()  # four pieces of one hanzi or more: names padded apart (`王 丽 李 华`), not one
    first, second = _single_space(line, run[0], run[1]), _single_space(line, run[1], run[2])
    if first is None or second is None or "\t" in (line[first[0]], line[second[0]]):
        return ()  # (a TAB sets cells apart: `_decide` keeps it on a line of fields)
    name = "".join(line[a] for a, _ in run)
    if not opens_with_surname(name) or not tags_a_person(name):
        return ()
    label = line[pieces[k - 1][0] : pieces[k - 1][1]]
    if _word_across(label + name, len(label)):
        return ()  # the surname ends a word with the label (`摄影 师 王 丽`)
    return first, second


def _word_split_gap(line: str, pieces: Sequence[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """The space between the piece `k` of one hanzi and the piece of hanzi beside it whose word it
    completes (`乡村振 兴`: 振 is no word alone, 振兴 is; `_split_piece_gaps`), when it does so on one
    side only; None otherwise."""
    han = line[pieces[k][0]]
    sides: list[tuple[int, int]] = []
    if k > 0 and _is_hanzi_piece(line, left := pieces[k - 1]) and left[1] - left[0] >= 2:
        word = line[left[0] : left[1]]
        gap = _single_space(line, left, pieces[k])
        if gap is not None and len(last_word(word)) == 1 and len(last_word(word + han)) >= 2:
            sides.append(gap)
    if k + 1 < len(pieces) and _is_hanzi_piece(line, right := pieces[k + 1]) and right[1] - right[0] >= 2:
        word = line[right[0] : right[1]]
        gap = _single_space(line, pieces[k], right)
        if gap is not None and len(first_word(word)) == 1 and len(first_word(han + word)) >= 2:
            sides.append(gap)
    if len(sides) != 1 or not _split_word_stands_apart(line, pieces, k, sides[0]):
        return None
    return sides[0]


def _is_a_persons_name(piece: str) -> bool:
    """Whether the hanzi `piece` name a person standing alone: it opens with a surname and jieba's
    tagger reads it as a person's name (`lexicon.tags_a_person`: `王丽`, `张建国`; not `小镇`, whose
    小 is no surname, nor `黄金`, `钱塘`, which it tags as no name)."""
    return opens_with_surname(piece) and tags_a_person(piece)


def _word_across(text: str, cut: int) -> bool:
    """Whether a word of the best dictionary segmentation of `text` (jieba's dictionary alone) runs
    across the offset `cut`: `李家庄` across `李家|庄村`, `唐诗宋词` across `唐诗|宋词`."""
    return any(s < cut < e for _w, s, e in Segmentation(text).words_over(cut - 1, cut + 1))


def _listed_with_people(
    line: str, pieces: Sequence[tuple[int, int]], k: int, gap: tuple[int, int], name: str
) -> bool:
    """Whether the surname `pieces[k]` and the given name after it, `name` glued, stand in a list of
    people (`王小明 李 华 张建国`, `王丽 王 小明 张强`, `王 丽 李华`; `_padded_name_gap`).

    The line glued at `gap` must list names (`layout.roles.name_list_names`), which a headline's
    phrases also pass when they open with surnames (`王府 井大街`, `黄金 周出游`); so the padded name
    must be a person's too (`lexicon.tags_a_person`, as after a reporter's label), another piece
    of the list must name a person alone (`_is_a_persons_name`), and the surname must not end a
    word with the piece before it (`_word_across`: `李家 庄 村` is `李家庄村`, `唐诗 宋 词` is
    `唐诗宋词`). Otherwise the line is left to the decisions that read it whole."""
    glued = line[: gap[0]] + line[gap[1] :]
    listed = name_list_names(glued)
    surname = pieces[k]
    if listed is None or not listed[0] <= surname[0] < listed[1] or not tags_a_person(name):
        return False
    start, end = listed[0], listed[1] + (gap[1] - gap[0] if listed[1] > gap[0] else 0)  # in `line`
    others = [line[max(a, start) : min(b, end)] for j, (a, b) in enumerate(pieces) if j not in (k, k + 1)]
    if not any(_is_a_persons_name(other) for other in others if other):
        return False
    if k == 0 or pieces[k - 1][1] <= start:
        return True
    previous = line[max(pieces[k - 1][0], start) : pieces[k - 1][1]]
    return not all(map(is_han, previous)) or not _word_across(previous + name, len(previous))


#: The fewest hanzi of each phrase a headline's gap keeps apart when one of them held a word split
#: by a stray space: four, as the set phrases of slogans have (`乡村振兴 共同富裕`).
_SPLIT_PHRASE_MIN = 4


def _split_word_stands_apart(
    line: str, pieces: Sequence[tuple[int, int]], k: int, gap: tuple[int, int]
) -> bool:
    """Whether the word that the lone hanzi `pieces[k]` completes across `gap` (`_word_split_gap`)
    stands apart from the piece on the hanzi's other side, so that the gap there is a headline's
    phrase gap: both are phrases of four hanzi at least (`乡村振兴 共 同富裕`), the hanzi completes no
    word with that piece too (`lexicon.last_word`, `lexicon.first_word`), and no word runs across
    the two glued (`_word_across`). A line with nothing on the other side (`经济 社会发 展`) has no
    such gap to keep.

    Otherwise the gap there may be the stray one, inside a name or a verse (`春节 联 欢晚会` is
    `春节联欢晚会`; `万紫千红 总 是春`, `阿不都 热 合曼 艾力`, `农民 丰 收节`, `运河 文 化带`), and the
    line is left to the decisions that read it whole, as it was before this step."""
    to_right = gap[0] == pieces[k][1]
    other_k = k - 1 if to_right else k + 1
    if not 0 <= other_k < len(pieces):
        return True
    other = pieces[other_k]
    word = (pieces[k][0], pieces[k + 1][1]) if to_right else (pieces[k - 1][0], pieces[k][1])
    glued = line[word[0] : word[1]].replace(" ", "")
    phrase = line[other[0] : other[1]]
    han = line[pieces[k][0]]
    if not _is_hanzi_piece(line, other) or min(len(phrase), len(glued)) < _SPLIT_PHRASE_MIN:
        return False
    if to_right:
        return len(last_word(phrase + han)) < 2 and not _word_across(phrase + glued, len(phrase))
    return len(first_word(han + phrase)) < 2 and not _word_across(glued + phrase, len(glued))


# Rows standing alone, contact fields and headlines holding a figure (W14 findings 1, 2, 6): gaps
# the spacing rules removed although they set fields or phrases apart. Each test here only keeps a
# gap; `_decide` asks them after the tests of a block of rows.

#: A field of a line: a run of visible characters.
_FIELD_TOKEN = regex.compile(r"\S+")
#: A time of day as a listing's field (`19:00`, `8:00`): a programme's start.
_TIME_FIELD = regex.compile(r"\d{1,2}[:：][0-5]\d")
#: A score between two sides (`2:0`, `3：1`, `105:98`).
_SCORE_FIELD = regex.compile(r"\d{1,3}[:：]\d{1,3}")
#: A name field: hanzi only (a middle dot inside: `愛·回家`), two at least. A Latin word (`CPI`,
#: `NBA`) is no row's name: it opens headlines and sentences as often.
_NAME_FIELD = regex.compile(r"\p{Han}[\p{Han}·・]*\p{Han}")
#: A field of Latin letters only (`NBA`, `CPI`): no row's name, so no row of numbers and words.
_LATIN_WORD = regex.compile(r"\p{Latin}+")
#: A team's name beside a score: two to eight hanzi, no verb of a match inside (`国足 2:0 战胜泰国队`
#: is a headline, not a result) and no `以` ending it (`中国队以 3:1`).
_TEAM_FIELD = regex.compile(r"\p{Han}{2,8}")
_MATCH_VERB = regex.compile(r"战胜|戰勝|击败|擊敗|打败|打敗|力克|横扫|橫掃|战平|戰平|逼平|负于|負於|不敌|不敵"
                            r"|胜|勝|负|負|晋级|晉級|取得|获得|獲得|以$")
#: Longest programme name after its time in a listing (`新闻早班车`, `Pearl News`): a longer field
#: is a sentence's words (`8:00 记者来到市民中心看到`).
MAX_PROGRAMME = 8
#: A programme's name after its time: two hanzi or Latin letters at least, digits inside too
#: (`新闻30分`), opening with no digit.
_PROGRAMME_FIELD = regex.compile(r"(?=\D)\S*[\p{Han}\p{Latin}]\S*[\p{Han}\p{Latin}]\S*")
#: A bare number field (`5`, `3.2`, `7,523`).
_BARE_NUMBER = regex.compile(r"[+\-−]?\d[\d.,]*")
#: A quantity field ending in its unit (`2024年`, `80元`): the unit's last hanzi is group `unit`.
_UNIT_END = regex.compile(r"[+\-−]?\d[\d.,]*\p{Han}{0,2}(?P<unit>\p{Han})")
#: A quantity field opening with digits, then its unit's first hanzi (`3月` -> 月).
_UNIT_START = regex.compile(r"[+\-−]?\d[\d.,]*(?P<unit>\p{Han})")
#: A forecast's mark in a field (`8～19℃`, `-3℃~8℃`): a temperature or a range.
_RANGE_MARK = regex.compile(r"[℃°～~]")
#: The units and measure words a bare number goes on with in running text (`3 月`, `12 个`, `5 亿元`):
#: the first hanzi of the field after it. Such a gap is a stray space inside one quantity, and a line
#: holding one shows no row.
_UNIT_AFTER_NUMBER = frozenset(
    "年月日号时点分秒个万亿千百元角米里吨斤克亩人名次件项家所座台辆条种倍岁天周户位张本篇届期"
)


def _row_or_figure_gap(start: int, end: int, layout: _Layout, *, phrase_gaps: bool = True) -> bool:
    """Does the space run `text[start:end]` set apart fields or phrases the block tests of `_decide`
    do not see: the fields of a row standing alone in its block (`_lone_row_gap`), a phone number and
    a contact's name (`_phone_name_gap`), or a headline's phrase gap beside a score or a percentage
    (`_headline_figure_gap`)? Each only keeps a gap. None is asked in running text: a line with
    sentence punctuation, a line whose block goes on from a paragraph's clause (`_continues_clause`:
    a coordinate page sets each line of a paragraph apart where its boxes stand apart), or a gap
    between a verb and the figure it governs (`_verb_before_figure`: `增长 5.2%`, `降至 2.9%`)."""
    if _weather_strip_gap(start, layout):
        return True  # a forecast's row after its label: `天气预报：北京 晴 3℃~-5℃ 西北风3-4级`
    if layout.sentence_line(start) or _continues_clause(start, layout):
        return False  # running text: no fields, no headline
    if _verb_before_figure(start, end, layout.text):
        return False  # a verb and its figure are one phrase: `增长 5.2%` is `增长5.2%`
    if imprint_label_stray(layout.text, start, end):
        return False  # a stray space inside an imprint label: `邮发代 号 53-1`, `零 售价 1.50元`
    if _lone_row_gap(start, layout) or _header_row_gap(start, layout) or _phone_name_gap(start, end, layout):
        return True
    return phrase_gaps and _headline_figure_gap(start, end, layout)


#: The marks a paragraph's clause ends with when the sentence goes on (`，` `、` `；` `：`): a block
#: right after one is the rest of that sentence, not a row or a headline.
_CLAUSE_GOES_ON = frozenset("，、；：,;:")


def _continues_clause(start: int, layout: _Layout) -> bool:
    """Does the block holding `start` go on from a clause the block before it leaves open (its last
    visible character is `，`, `、`, `；` or `：`)? Then its line is a paragraph's line that the page
    set apart: a coordinate page makes a block of each line whose box stands apart
    (`今年以来，全市经济运行总体平稳，` / `19:30 比赛 正式 开始 双方 球员`), and its gaps are OCR's."""
    blocks = layout.blocks
    b = blocks.index(start)
    if b == 0:
        return False
    before = layout.text[blocks.starts[b - 1] : blocks.ends[b - 1]].rstrip()
    return bool(before) and before[-1] in _CLAUSE_GOES_ON


#: Verbs a figure follows in running text and headlines (`增长 5.2%`, `降至 2.9%`, `涨 1.25%`,
#: `达到 5726亿斤`), simplified and traditional: a field ending with one is no row's name, and the
#: gap after it before a number is a stray space.
_FIGURE_VERB = regex.compile(
    r"(?:增长|增長|增加|增至|下降|降至|降低|上涨|上漲|下跌|跌至|升至|回升|回落|减少|減少|达到|達到"
    r"|提高|提升|突破|超过|超過|收于|收於|录得|錄得|涨|漲|跌|升|降|增|减|減|达|達|超|逾|占|佔|为|為|至)$"
)
#: The longest verb `_FIGURE_VERB` lists, in characters.
_LONGEST_FIGURE_VERB = 2
#: A figure opening a field: a number, signed or not.
_FIGURE_START = regex.compile(r"[+\-−]?\d")


def _verb_before_figure(start: int, end: int, text: str) -> bool:
    """Is the space run `text[start:end]` between a word ending with a verb (`_FIGURE_VERB`) and a
    number (`增长 5.2%`, `降至 2.9%`, `涨 1.25%`)? No row, contact or headline sets those apart."""
    if _FIGURE_START.match(text, end) is None:
        return False
    # (the verb ends at `start`: read only as far back as the longest verb, not the page from its start)
    return _FIGURE_VERB.search(text, max(0, start - _LONGEST_FIGURE_VERB), start) is not None


def _lone_row_gap(start: int, layout: _Layout) -> bool:
    """Is the space run at `start` a gap between the fields of a line that reads as a row by itself
    (`_lone_row_gaps`), alone in its block or under a heading there (`_lone_row_line`)? Flat exports
    often set each row of a listing in a block of its own (`8:00 朝闻天下` / blank line /
    `12:00 新闻30分`), so `roles.is_row_block`, which needs two rows in a block, never sees them; a
    heading over one row (`积分榜` / `1 中国 5 5 0 14`) is no second row either. A block of more lines
    (a caption, a headline, a verse) is none: its lines are read together by the other rules."""
    if layout.in_sentence_block(start) or not _lone_row_line(start, layout):
        return False
    ls = layout.line_start(start)
    return start - ls in _lone_row_gaps(layout.text[ls : layout.line_end(start)])


#: A weather strip's label and its colon opening a line (`天气预报：`, `今日天气：`, `天氣預報：`), as a
#: page prints its forecast in one line between two articles.
_WEATHER_LABEL = regex.compile(
    r"[\t\p{Zs}]*(?:今日|今天|明日|明天)?(?:天气预报|天氣預報|天气|天氣)[：:][\t\p{Zs}]*"
)
#: The rows of a one-line weather strip are set apart by a semicolon (`北京 晴 3℃~-5℃；上海 多云 12℃~8℃`).
_WEATHER_ROWS = regex.compile(r"[^；;]+")


def _weather_strip_gap(start: int, layout: _Layout) -> bool:
    """Is the space run at `start` a gap between the fields of a forecast's row on a line opening
    with a weather strip's label (`_weather_strip_gaps`: `天气预报：北京 晴 3℃~-5℃ 西北风3-4级`)?"""
    ls = layout.line_start(start)
    if _WEATHER_LABEL.match(layout.text, ls) is None:
        return False  # (most lines: no weather label at their start)
    return start - ls in _weather_strip_gaps(layout.text[ls : layout.line_end(start)])


@lru_cache(maxsize=256)
def _weather_strip_gaps(line: str) -> frozenset[int]:
    """The field gaps (offsets in `line`) of the forecast rows a weather strip's label opens
    (`_WEATHER_LABEL`), each row, the rows set apart by `；`, read as a lone row is
    (`_lone_row_gaps`: a city, a weather word, a temperature range, the wind): `天气预报：北京 晴
    3℃~-5℃ 西北风3-4级；上海 多云 12℃~8℃`. The label's colon and semicolons make it no row for the
    row rules, so its gaps went (`北京晴3℃~-5℃西北风3-4级`). Empty for a line of anything else after
    the label, or a row holding no temperature (`天气：多云 转小雨`: its stray space still goes)."""
    m = _WEATHER_LABEL.match(line)
    if m is None:
        return frozenset()
    gaps: set[int] = set()
    for row in _WEATHER_ROWS.finditer(line, m.end()):
        if "℃" in row.group() or "°" in row.group():
            gaps |= {row.start() + k for k in _lone_row_gaps(row.group())}
    return frozenset(gaps)

def _header_row_gap(start: int, layout: _Layout) -> bool:
    """Is the space run at `start` a gap between the column labels of a table's header row standing
    in a block of its own over listing rows each in a block of their own (`名次 国家/地区 金 银 铜 总数`
    / blank / `1 中国 40 27 24 91`), as flat exports print a results table? With the rows in its block
    (`roles.is_row_block`) the header keeps its gaps; alone, its single-hanzi labels (`金 银 铜`) read
    as a spaced headline's and lost them (`国家/地区金银铜总数`). The block after it must open with a
    lone row (`is_lone_row`) of at least as many fields as the header has labels and at most
    `_MAX_UNLABELLED_FIELDS` more (a rank or a name column printed with no label), so a spaced
    headline (`春 风 吹 过`, labels of one hanzi only) or a line of words over prose keeps no gap."""
    if layout.in_sentence_block(start) or not _lone_row_line(start, layout):
        return False
    ls = layout.line_start(start)
    labels = _header_row_labels(layout.text[ls : layout.line_end(start)])
    if start - ls not in labels:
        return False
    blocks = layout.blocks
    b = blocks.index(start) + 1
    if b >= len(blocks.starts):
        return False
    first = layout.text[blocks.starts[b] : blocks.ends[b]].strip().split("\n", 1)[0]
    fields = len(_FIELD_TOKEN.findall(first))
    return is_lone_row(first) and len(labels) + 1 <= fields <= len(labels) + 1 + _MAX_UNLABELLED_FIELDS


#: How many more fields a listing row may have than its header row has labels: a rank and a name
#: column printed with no label over them (`场次 胜 负 积分` over `1 中国 5 5 0 14`).
_MAX_UNLABELLED_FIELDS = 2
#: The longest column label of a header row, in characters (`国家/地区`, `净胜球`).
_MAX_LABEL = 5
#: The runs of one-hanzi column labels a results table prints, read through the simplified forms
#: (`_SINGLE_SIMPLIFIED`): the medals (`金 银 铜`), games, wins, draws and losses (`胜 平 负`, `场 胜
#: 负`, `赢 输`), goals for and against (`进 失`), each run whole. A lone result word between two
#: words (`国足 胜 泰国`, `主场 胜 客场 负`), two medals (`中国队 金 银 双收`) or any other lone hanzi
#: (`会 议`, `中美 和 平 共处`) is a headline the engine spaced, and the line no header row.
_SINGLE_RUNS = regex.compile(r"场?(?:胜平负|胜和负|胜负)(?:进失)?|金银铜|赢输|进失")
#: The traditional forms of those labels.
_SINGLE_SIMPLIFIED = str.maketrans("銀銅勝負贏輸進場", "银铜胜负赢输进场")
#: A column label: hanzi, a slash or a middle dot between them (`国家/地区`), no digit.
_LABEL_FIELD = regex.compile(r"\p{Han}(?:[\p{Han}/／·・]*\p{Han})?")


@lru_cache(maxsize=1024)
def _header_row_labels(line: str) -> frozenset[int]:
    """The gaps (offsets in `line` where each space run starts) between the column labels of a line
    that may be a table's header row: three labels or more (`_LABEL_FIELD`, at most `_MAX_LABEL`
    characters each), one of a single hanzi at least, each run of them a table's (`_SINGLE_RUNS`:
    `金 银 铜`, `胜 平 负`; what makes the spacing step read the line as a spaced headline) and one of
    two or more (`名次`, `积分`: a headline spaced character by character, `春 风 吹 过`, has none).
    Empty otherwise."""
    tokens = list(_FIELD_TOKEN.finditer(line))
    fields = [t.group() for t in tokens]
    if len(fields) < 3 or not all(len(f) <= _MAX_LABEL and _LABEL_FIELD.fullmatch(f) for f in fields):
        return frozenset()
    runs = "".join(f if len(f) == 1 else " " for f in fields).translate(_SINGLE_SIMPLIFIED).split()
    if not runs or all(len(f) == 1 for f in fields) \
            or not all(_SINGLE_RUNS.fullmatch(run) for run in runs):
        return frozenset()  # (`全市 召开 会 议`, `国足 胜 泰国`: words the engine spaced, no labels)
    return frozenset(t.end() for t in tokens[:-1])


def _lone_row_line(start: int, layout: _Layout) -> bool:
    """Is the line holding `start` the only line of its block, or the second of two under a heading
    (a first line of words only, no digit, at most `MAX_HEADING` visible characters: `积分榜`)?"""
    b_start, b_end = layout.blocks.bounds(start)
    lines = layout.text[b_start:b_end].strip().split("\n")
    if len(lines) == 1:
        return True
    first_break = layout.text.find("\n", b_start + layout.text[b_start:b_end].index(lines[0]), b_end)
    if len(lines) != 2 or start < first_break:
        return False  # a block of three lines or more, or the heading's own gaps
    heading = lines[0].strip()
    return visible_len(heading) <= MAX_HEADING and not any(ch.isdigit() for ch in heading)


def is_lone_row(line: str) -> bool:
    """Whether one line reads as a listing row by itself (`_lone_row_gaps` finds its column gaps):
    `8:00 朝闻天下`, `161725 招商中证白酒 0.8912 -1.02%`, `上海海港 2:0 山东泰山`. The assembly asks it of
    blocks of one line each, as flat exports print a listing's rows (`assemble`'s listing rows): a
    headline holding a figure (`中国队3:1力克日本队 晋级四强`) is none."""
    return bool(_lone_row_gaps(line))


@lru_cache(maxsize=4096)
def _lone_row_gaps(line: str) -> frozenset[int]:
    """The gaps (offsets in `line` where each space run starts) that set a row's fields apart, when
    the line alone shows it is a row: no sentence punctuation, at most `MAX_ROW` visible characters,
    no quantity a stray space split (`_splits_quantity`: `3 月 5 日`, `12 个`), and
    - a row of fields mixing numbers and words (`_mixes_numbers_and_words`: `1 中国 5 5 0 14`,
      `161725 招商中证白酒 0.8912 -1.02%`, `北京 晴 -3℃~8℃ 北风3-4级`): every gap;
    - a time at the line's start, or two times, each before a programme (`8:00 朝闻天下`,
      `翡翠台 19:30 東張西望 20:00 愛·回家`): the gaps beside each such time;
    - a score between two names (`上海海港 2:0 山东泰山`): the gaps beside it.
    Empty otherwise: the gaps go or stay as other rules say."""
    body = line.strip()
    if not body or _SENTENCE_LINE.search(body) or visible_len(body) > MAX_ROW:
        return frozenset()
    if holds_imprint_label(body) or other_furniture_type(body) is not None or _holds_publisher(body):
        return frozenset()  # the paper's imprint: its fields are read as such (`_spaced_field_gap`)
    if _OPENING_LABEL.match(body) and not _PHONE_DIGITS.search(body):
        return frozenset()  # a label heading its words (`门票：成人 80元 120元`): the field rules read it
    tokens = list(_FIELD_TOKEN.finditer(line))
    fields = [t.group() for t in tokens]
    if len(fields) < 2 or _spaced_by_character(fields):
        return frozenset()
    if _splits_quantity(fields) and not _ranked_row(fields):
        return frozenset()  # `3 月 5 日`, `12 个`: running text; `2 日本 5 4 1 12` is a row
    if any(_FIGURE_VERB.search(a) and _FIGURE_START.match(b) for a, b in pairwise(fields)):
        return frozenset()  # a verb before its figure (`增长 5.2%`): a statement, not a row
    if _mixes_numbers_and_words(fields):
        keep = set(range(len(fields) - 1))
    else:
        keep = _time_gaps(fields) | _score_gaps(fields)
    return frozenset(tokens[i].end() for i in keep)


#: A label and its colon opening a line (`门票：`, `查詢電話：`): the words after it are its field's,
#: read by the field rules, unless a phone number shows a contact line (`_PHONE_DIGITS`).
_OPENING_LABEL = regex.compile(r"\p{Han}{1,6}[：:]")
#: A phone number: seven digits or more, a space or a hyphen between groups (`2345 6789`, `0931-1234567`).
_PHONE_DIGITS = regex.compile(r"\d(?:[ \-]?\d){6,}")


def _splits_quantity(fields: Sequence[str]) -> bool:
    """Does a stray space split a quantity between two fields: a bare number before its unit or
    measure word (`3 月`, `12 个`, `5 亿元`), or two parts of one date, time or amount (`2024年 3月`:
    `roles._UNIT_GOES_ON`)? Such a line is running text OCR spaced, not a row."""
    for left, right in pairwise(fields):
        if _BARE_NUMBER.fullmatch(left) and right[0] in _UNIT_AFTER_NUMBER:
            return True
        ends, opens = _UNIT_END.fullmatch(left), _UNIT_START.match(right)
        if ends is not None and opens is not None and (ends["unit"], opens["unit"]) in _UNIT_GOES_ON:
            return True
    return False


#: A rank opening a standings row (`2`, `12.`).
_RANK_FIELD = regex.compile(r"\d{1,3}\.?")
#: A row's name after its rank: two to eight hanzi (`日本`, `天津津门虎`).
_RANKED_NAME = regex.compile(r"\p{Han}{2,8}")
#: A standings row's figure: a number, a percentage, or two numbers (`55:28`, `14-3`).
#: A percentage of wins printed without its leading zero (`.583`) counts too.
_ROW_FIGURE = regex.compile(r"[+\-−]?\d[\d.,]*%?|\.\d{3}|\d{1,3}[:：/\-]\d{1,3}")
#: A name after the rank that goes on with the count's unit as one quantity, not a team or a person:
#: a unit's hanzi, then a limit (`3 万以上`, `6 岁以下`), a part of a month (`3 月上旬`), before or
#: after (`2 年前`, `3 天后`), a part of a day or its weather (`3 日夜间`, `12 日上午`, `5 日晴`), a
#: room, table or set meal for so many people (`3 人间`, `4 人桌`, `2 人套餐`), a pack's weight
#: (`5 斤装`), a deposit's term (`3 年期`), a shot's points (`3 分球`) or a time slot (`8 点档`).
_QUANTITY_NAME = regex.compile(
    r".以[上下内外]|.[上中下]旬|.[前后後]|日(?:白天|夜间|夜間|晴|阴|陰|雨|多云|多雲|上午|下午|中午|晚)"
    r"|人(?:间|間|桌|套餐|餐|份)|[斤克]装|[斤克]裝|年期|分球|点档|點檔"
)
#: Words opening with a unit's hanzi that are a quantity's unit or a time, not a name (`5 亿元`,
#: `3 分钟`, `12 月份`): after a bare number they stay a split quantity whatever follows.
_UNIT_WORDS = frozenset(
    {"亿元", "万元", "千元", "百元", "万人", "亿人", "万吨", "万亩", "万户", "万个", "万件", "千米",
     "千克", "月份", "月底", "月初", "月末", "月中", "月内", "月间", "年底", "年初", "年末", "年内",
     "年度", "年间", "年来", "年级", "日内", "日晚", "日电", "日讯", "日前", "日至", "时许", "时至",
     "小时", "分钟", "秒钟", "点钟", "周年", "周岁", "周内", "个月", "个人", "天内", "天后", "天前", "次日",
     "人次", "名次", "台次"}
)


def _ranked_row(fields: Sequence[str]) -> bool:
    """Is the line a standings row: a rank, a name, then two figures or more and nothing else
    (`2 日本 5 4 1 12`, `7 天津津门虎 30 12`, `1 元朗 8 6 2 20`)? Its shape is read before the unit
    reading of `_splits_quantity`: a name opening with a unit's hanzi (日 天 元 台 年 月…) after the
    rank is no quantity when only figures follow it. A name that is a unit word (`5 亿元 3 2`,
    `_UNIT_WORDS`) or opens with 号 (`1 号线 6:00 22:30`), a name the count's phrase goes on in
    (`3 月上旬 23.5 18.2`, `4 人桌 388 588`: `_QUANTITY_NAME`), a single hanzi (`2 日 晴`, `3 日 15时`)
    or a line with a word after the figures is none; so is a name of two hanzi with two figures only
    (`2 台车 5 6`, `1 名将 5 6` read as counts, as before)."""
    if len(fields) < 4 or not _RANK_FIELD.fullmatch(fields[0]):
        return False
    name = fields[1]
    if not _RANKED_NAME.fullmatch(name) or name[:2] in _UNIT_WORDS or name[0] == "号":
        return False  # a unit word, or a numbered thing (`2 号线`, `3 号楼`): one quantity
    if _QUANTITY_NAME.match(name):
        return False  # the count's phrase goes on (`3 月上旬`, `4 人桌`, `3 万以上`): one quantity
    if len(name) == 2 and len(fields) < 5:
        return False  # two hanzi and two figures (`2 台车 5 6`, `1 名将 5 6`): too little to tell
    return all(_ROW_FIGURE.fullmatch(f) for f in fields[2:])


def _spaced_by_character(fields: Sequence[str]) -> bool:
    """Did the engine space the line character by character (`今 年 CPI 上 涨 0.2%`, `广 东 105:98 辽
    宁`): two fields of a single hanzi or more? A row's fields are names and figures, not single
    hanzi (a weather row's one `晴` aside)."""
    return sum(len(f) == 1 and is_han(f) for f in fields) >= 2


def _mixes_numbers_and_words(fields: Sequence[str]) -> bool:
    """Is a line of three fields or more a row of numbers and words: a name (`_NAME_FIELD`), a data
    field no headline phrase is (`roles._is_data_field`), and a second field holding a digit, or a
    forecast's temperature beside two hanzi fields (`兰州 晴 8～19℃`)?"""
    if len(fields) < 3 or not any(_NAME_FIELD.fullmatch(f) for f in fields):
        return False
    if any(_LATIN_WORD.fullmatch(f) for f in fields):
        return False  # `NBA 湖人 120:115 勇士 詹姆斯 32分`: a Latin word opens headlines as often as rows
    numbered = [f for f in fields if any(ch.isdigit() for ch in f)]
    if not any(map(_is_data_field, numbered)):
        return False
    if len(numbered) >= 2:
        return True
    hanzi_fields = sum(all(is_han(ch) for ch in f) for f in fields)
    return hanzi_fields >= 2 and _RANGE_MARK.search(numbered[0]) is not None


def _time_gaps(fields: Sequence[str]) -> set[int]:
    """The gaps (by the index of the field before each) of a listing line of times and programmes:
    a time opening the line before one programme (`19:00 新闻联播`), or a channel then two times or
    more, each before its programme (`翡翠台 19:30 東張西望 20:00 愛·回家`). Nothing else may stand on
    the line: one time inside a line of words (`比赛 19:30 开始`) or before a sentence's words
    (`19:30 比赛 正式 开始`, `8:00 记者来到市民中心看到`) is none."""
    lead = 0 if _TIME_FIELD.fullmatch(fields[0]) else 1
    pairs = fields[lead:]
    if len(pairs) % 2 or (lead and len(pairs) < 4) or (lead and not _NAME_FIELD.fullmatch(fields[0])):
        return set()
    for time, programme in zip(pairs[::2], pairs[1::2], strict=True):
        if not _TIME_FIELD.fullmatch(time) or not _is_programme(programme):
            return set()
    return set(range(len(fields) - 1))


def _is_programme(field: str) -> bool:
    """Is `field` a programme's name after its time: `_PROGRAMME_FIELD`, at most `MAX_PROGRAMME`
    visible characters?"""
    return _PROGRAMME_FIELD.fullmatch(field) is not None and visible_len(field) <= MAX_PROGRAMME


def _score_gaps(fields: Sequence[str]) -> set[int]:
    """The gaps (by the index of the field before each) of a result row: a score between two teams'
    names ending the line (`上海海港 2:0 山东泰山`, `港隊 2:1 澳門隊`), after one round's field or
    none (`第3轮 上海申花 2:1 武汉三镇`). A team is `_TEAM_FIELD`s without a match's verb
    (`_MATCH_VERB`: `国足 2:0 战胜泰国队`, `港隊 以 2:1 擊敗 澳門隊` are a headline's or a sentence's).
    A score shaped as a time of day (`_is_time_shaped`: `比赛 19:30 开始`) is none."""
    score = _SCORE_FIELD.fullmatch(fields[-2]) if len(fields) in (3, 4) else None
    if score is None or _is_time_shaped(*regex.split(r"[:：]", score.group())):
        return set()  # no score, or a time (`比赛 19:30 开始`)
    if len(fields) == 4 and not any(ch.isdigit() for ch in fields[0]):
        return set()
    teams = (fields[-3], fields[-1])
    if not all(_TEAM_FIELD.fullmatch(t) and not _MATCH_VERB.search(t) for t in teams):
        return set()
    return set(range(len(fields) - 1))


#: A person named in a contact field: a surname and a form of address (`王先生`, `刘女士`), after a
#: label and its colon or not (`联系人:刘女士`).
_ADDRESSED_PERSON = regex.compile(r"(?:\p{Han}{1,5}[:：])?\p{Han}{1,2}(?:先生|女士|小姐)")
#: A phone label glued to its number, no colon between (`电话13801234567`, `查詢電話23456789`): the
#: words of `_PHONE_LABEL` and their traditional forms, after a word that names the line's purpose
#: (`联系`, `咨询`, `服务`, `查詢`) or none. A verb before it (`拨打手机`, `致电`) shows a sentence
#: telling of a call, whose stray spaces go.
_GLUED_PHONE_LABEL = (
    r"(?:联系|聯繫|联络|聯絡|咨询|諮詢|服务|服務|查询|查詢|办公|辦公|订票|訂票|订餐|訂餐|报名|報名"
    r"|投诉|投訴|举报|舉報|客服|售后|售後|值班|招生|招聘|预约|預約|预订|預訂|业务|業務|监督|監督)?"
    r"(?:电话|電話|总机|總機|传真|傳真|热线|熱線|手机|手機|座机|座機|专线|專線|联系方式|聯絡方式)"
)
#: A phone number glued to its label as a line's first field, the label's words only before it.
_GLUED_PHONE_FIELD = regex.compile(rf"{_GLUED_PHONE_LABEL}{_PHONE_NUMBER}")
#: A phone number a contact field ends with, after its label and colon, its label alone
#: (`电话13801234567`) or neither (`联系电话:13801234567`).
_PHONE_VALUE = regex.compile(rf"(?:\p{{Han}}{{1,8}}[:：]|{_GLUED_PHONE_LABEL})?{_PHONE_NUMBER}")
#: A phone number opening at a gap, a mobile number printed in groups too (`139 1001 2345`).
_PHONE_AHEAD = regex.compile(rf"{_PHONE_NUMBER}|1[3-9]\d[ -]\d{{4}}[ -]\d{{4}}(?!\d)")


def _phone_name_gap(start: int, end: int, layout: _Layout) -> bool:
    """Is the space run `text[start:end]` the boundary between a phone number and the contact's name
    on a line without sentence punctuation (`联系电话:13801234567 王先生`), or between that name and the
    number after it (`联系人:刘女士 139 1001 2345`)? Two fields of an advertisement's contact, which
    glued would read as one (`13801234567王先生`); `phone_before_field` keeps the gap before a contact's
    label alike. The name is a surname and a form of address (`_ADDRESSED_PERSON`)."""
    text = layout.text
    ls = layout.line_start(start)
    before = text[_token_start(text, ls, start) : start]
    after = _token_after(text, end)
    if _PHONE_VALUE.fullmatch(before) is not None:
        if _ADDRESSED_PERSON.fullmatch(after) is None:
            return False
        return _GLUED_PHONE_FIELD.fullmatch(before) is None or not _sentence_goes_on(end, layout)
    return _ADDRESSED_PERSON.fullmatch(before) is not None and _PHONE_AHEAD.match(text, end) is not None


#: Marks ending a sentence: a contact tail (`_contact_tail_gap`) opens after the last one before a gap.
_SENTENCE_ENDS = ("。", "！", "？", "；", "!", "?", ";")
#: A contact field's label and its colon opening a contact tail (`联系人:`, `联系电话：`, `电话:`).
_CONTACT_TAIL_LABEL = regex.compile(
    r"(?:联系人|联络人|联系电话|咨询电话|电话|手机|联系方式|聯繫人|聯絡人|聯繫電話|電話)[:：]")
#: Marks that go on with a sentence: a contact tail holds none (`电话:138… 王先生，他说…` is prose).
_TAIL_SENTENCE_MARKS = frozenset("，、；：？！,;?!")


def _contact_tail_gap(text: str, start: int, end: int, layout: _Layout) -> bool:
    """Is the space run `text[start:end]` the gap between a phone number and the contact's name (or
    the name and the number) in the contact that ends an advertisement after its last sentence
    (`…转让费面议。联系电话:13893112345 王先生`, `…五险一金。联系人:王女士 13893112345`)?
    `_phone_name_gap` keeps that gap on a line without sentence punctuation; here the line holds the
    ad's sentences first. The
    tail runs from after the last sentence end before the gap (or the line's start) to the line's end,
    opens with a contact label and its colon, and holds no more sentence punctuation (a full stop
    closing it aside). The name is a surname and a form of address (`_ADDRESSED_PERSON`), as there.
    In prose the gap goes as before (`请联系王女士 13893112345。`, `第 3 版`, `共 12 人`)."""
    ls = layout.line_start(start)
    head = max(ls, max(text.rfind(mark, ls, start) for mark in _SENTENCE_ENDS) + 1)
    if _CONTACT_TAIL_LABEL.match(text, head) is None:
        return False
    tail = text[head : layout.line_end(end)].rstrip().removesuffix("。").removesuffix(".")
    if any(c in _TAIL_SENTENCE_MARKS for c in tail.replace(":", "").replace("：", "")):
        return False
    before = text[max(head, _token_start(text, ls, start)) : start]
    if _PHONE_VALUE.fullmatch(before) is not None:
        return _ADDRESSED_PERSON.fullmatch(_token_after(text, end).rstrip("。.")) is not None
    return _ADDRESSED_PERSON.fullmatch(before) is not None and _PHONE_AHEAD.match(text, end) is not None


def _sentence_goes_on(pos: int, layout: _Layout) -> bool:
    """Does the line after the one holding `pos`, in the same block, go on with a sentence: it holds
    sentence punctuation and opens with no label and colon (`接听了电话，他说此事正在处理。`,
    `表示将尽快处理。`)? Then a phone number glued to its label on that line and the name after it are
    a sentence's words that the page broke (`工作人员` / `电话13801234567 王先生` / `表示将尽快处理。`),
    not an advertisement's contact field (`电话13801234567 王先生` / `地址：兰州市城关区`)."""
    text = layout.text
    end = layout.line_end(pos)
    blocks = layout.blocks
    if end >= blocks.ends[blocks.index(pos)]:
        return False  # the block's last line
    nxt = end + 1
    return layout.sentence_line(nxt) and _OPENING_LABEL.match(text, nxt) is None


#: The marks a number ends with that are no word character (`1.25%`, `8℃`): a headline's phrase may
#: end with one.
_FIGURE_MARKS = frozenset("%‰℃°")
#: Words that go on with the figure before them (`5% 以上`, `5% 的目标`, `8℃ 左右`): no new phrase of a
#: headline opens with one, so the gap before it is a stray space.
_GOES_ON_AFTER_FIGURE = ("以上", "以下", "以内", "以外", "左右", "上下", "之", "的", "多", "余", "至", "到")
#: A colon between two digits: a score's or a time's (`3:1`, `19:30`), no sentence's colon.
_FIGURE_COLON = regex.compile(r"(?<=\d)[:：](?=\d)")


def _headline_figure_gap(start: int, end: int, layout: _Layout) -> bool:
    """Is the space run `text[start:end]` a headline's phrase gap that the phrase-gap test of `_decide`
    misses for a figure: the block reads as a headline once a score's colon reads as 比
    (`中国队3:1力克日本队 晋级四强` as `中国队3比1力克日本队 晋级四强`, `_reads_as_score_headline`), or the
    phrase before the gap ends with a percentage or a temperature (`上证指数涨1.25% 收复3000点`), whose
    mark is no word character. Phrases of two characters at least on both sides, as there."""
    if end - start > 2 or layout.engine_spaced(start):
        return False
    text = layout.text
    marked = text[start - 1] in _FIGURE_MARKS
    blocks = layout.blocks
    b = blocks.index(start)
    block = text[blocks.starts[b] : blocks.ends[b]]
    if not _reads_as_score_headline(block) and not (marked and layout.is_headline(start)):
        return False
    if marked and text.startswith(_GOES_ON_AFTER_FIGURE, end):
        return False  # the figure's phrase goes on: `增长5% 以上`, `同比增长5% 的目标` (a stray space)
    i = start
    while i > 0 and (_is_word_char(text[i - 1]) or text[i - 1] in _FIGURE_MARKS):
        i -= 1
    return start - i >= 2 and layout.word_lengths(start, end)[1] >= 2


#: A score in a headline, glued to the words beside it (`中国队3:1力克日本队`): digits, a colon,
#: digits. A space beside it (`国足 2:0 战胜泰国队`) shows OCR's spacing, no headline's.
_GLUED_SCORE = regex.compile(r"(?<![\d\s])(?P<a>\d{1,3})[:：](?P<b>\d{1,3})(?![\d\s])")
_SPACED_SCORE = regex.compile(r"(?:(?<=\s)\d{1,3}[:：]\d{1,3}(?!\d))|(?:(?<!\d)\d{1,3}[:：]\d{1,3}(?=\s))")


def _is_time_shaped(hours: str, minutes: str) -> bool:
    """Could `hours:minutes` be a time of day (`19:30`, `8:00`)? Only a score's colon reads as 比."""
    return len(minutes) == 2 and int(hours) <= 24 and minutes[0] in "012345"


@lru_cache(maxsize=1024)
def _reads_as_score_headline(block: str) -> bool:
    """Is `block` a headline (`roles.is_headline_block`) when the colon of its scores reads as the
    比 a headline may print instead (`3:1` as `3比1`)? `roles.is_headline_block` reads an ASCII colon
    as sentence punctuation, so `中国队3:1力克日本队 晋级四强` lost the phrase gap `中国队3比1力克日本队
    晋级四强` keeps. Only a score glued to the words beside it reads so: never a time's colon
    (`比赛 19:30 开始`, `_is_time_shaped`), and no block where a space stands beside a score (`国足 2:0
    战胜泰国队`, `中国队以 3:1 战胜日本队 取得`: OCR's spaces, whose gaps all go)."""
    if (":" not in block and "：" not in block) or _SPACED_SCORE.search(block):
        return False
    read = _GLUED_SCORE.sub(
        lambda m: m.group() if _is_time_shaped(m["a"], m["b"]) else f"{m['a']}比{m['b']}", block
    )
    return read != block and is_headline_block(read)
