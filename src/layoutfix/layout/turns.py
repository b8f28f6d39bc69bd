"""Interview turns: the lines of a question-and-answer piece, each a paragraph of one article.

An interview prints its turns as paragraphs opening with the speaker's label and a colon (`记者：`,
`问：`, `答：`, `读者问：`, `律师答：`, `王建国：`) or with the two speakers' markers (`□` the
question, `■` the answer). When the OCR drops a turn's closing `？` or `。`, the text cues alone read
the short turn as a subhead (`问：您对年轻科研人员有什么建议`) or, after `记者：`, as a byline that opens
a new article. `interview_turns` gives such a block back to the text as a paragraph when the turns
around it show it is one: the evidence is the label opening the line and a neighbouring turn that is
already a paragraph. A block with no turn beside it keeps its role, so a headline or subhead with a
colon (`代表：加快推进乡村振兴`) and a byline naming its writer (`记者：王明`) stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import replace

import regex

from ..lexicon import surnames
from ..model import Block

#: A speaker's label that only a turn opens with: the reporter (`记者：`, `本报记者：`), a question or
#: an answer with or without who asks or answers (`问：`, `读者问：`, `律师答：`), `Q:` / `A:`.
_ASKER_LABEL = regex.compile(
    r"[\t\p{Zs}]*(?P<label>(?:本报|本報)?(?:记者|記者)|\p{Han}{0,4}[问問答]|[QA])[\t\p{Zs}]*[:：]"
)
#: A person's or a role's label: two to four hanzi and a colon (`王建国：`, `主持人：`).
_NAME_LABEL = regex.compile(r"[\t\p{Zs}]*(?P<label>\p{Han}{2,4})[\t\p{Zs}]*[:：]")
#: The verbs of saying that end a story's sentence about a speaker, not a speaker's label:
#: `王建国说：“…”` reports what he said, and `王主任说：` is no turn of an interview.
_SAYING = regex.compile(r"(?:说|說|讲|講|称|稱|表示|介绍|介紹|认为|認為|指出|强调|強調|告诉记者|告訴記者)$")
#: The bare labels of a question or an answer, which only an interview's turn opens with; a longer
#: label ending in 问 or 答 (`一问：`, `代表问：`, `权威解答：`) may be a news story's subhead.
_BARE_ASKERS = frozenset({
    "问", "問", "答", "记者", "記者", "本报记者", "本報記者", "Q", "A", "主持人",
    "读者问", "讀者問", "网友问", "網友問", "记者问", "記者問", "律师答", "律師答", "专家答", "專家答",
    "医生答", "醫生答",
})
#: The two markers of an interview's speakers: `□` before a question, `■` before its answer.
_MARKERS = "□■"
#: The roles an interview's speakers print as their label, besides a person's name.
_SPEAKER_ROLES = frozenset({
    "主持人", "嘉宾", "专家", "网友", "读者", "律师", "医生", "市民", "群众", "代表", "委员",
    "主持", "記者", "嘉賓", "專家", "網友", "讀者", "律師", "醫生",
})
#: Labels of a box or a field that open a line with a colon but speak no turn: `编者按：`, `链接：`.
_NOT_SPEAKERS = frozenset({
    "编者按", "編者按", "编后", "編後", "链接", "鏈接", "相关链接", "相關鏈接", "背景", "背景资料",
    "背景資料", "记者手记", "記者手記", "延伸阅读", "延伸閱讀", "数据来源", "數據來源", "资料来源",
    "資料來源", "来源", "來源", "时间", "時間", "地点", "地點", "电话", "電話", "地址", "主办", "主辦",
    "承办", "承辦", "提示", "注意", "备注", "備註", "说明", "說明", "附件", "记者观察", "記者觀察",
})
#: A name alone after the reporter's label (`记者：王明`, `记者：王明 李华`): the writer, a byline.
_NAMES_ONLY = regex.compile(r"[\t\p{Zs}]*[\p{Han}·]{2,4}(?:[\t\p{Zs}、]+[\p{Han}·]{2,4}){0,3}[\t\p{Zs}]*")
#: The roles a misread turn may have been given by the text cues.
_MISREAD_ROLES = frozenset({"heading", "byline"})
#: The roles that sit between two turns without parting them (nothing of the article's text).
_PASSED_ROLES = frozenset({"furniture", "marker"})


def turn_kind(text: str) -> str | None:
    """How a block opens as an interview's turn: `asker` (`记者：`, `问：`, `读者问：`, `律师答：`),
    `speaker` (a person's name or a speaker's role and a colon: `王建国：`, `主持人：`), `□` or `■`
    (the speakers' markers), or None when it opens as no turn."""
    return _turn_opening(text)[0]


def _speaker_label(text: str) -> str | None:
    """The speaker's label a block opens with as a `speaker` turn (`王建国` of `王建国：…`), else None."""
    kind, label = _turn_opening(text)
    return label if kind == "speaker" else None


def _turn_opening(text: str) -> tuple[str | None, str | None]:
    """`turn_kind` of a block and, for an `asker` or `speaker` turn, its label."""
    s = text.lstrip()
    if not s:
        return None, None
    if s[0] in _MARKERS:
        return (s[0] if len(s) > 1 and not s[1].isspace() else None), None
    if (m := _ASKER_LABEL.match(s)) is not None and m.end() < len(s.rstrip()):
        return "asker", m.group("label")
    m = _NAME_LABEL.match(s)
    if m is None or m.end() >= len(s.rstrip()):
        return None, None
    label = m.group("label")
    if _SAYING.search(label) is not None:
        return None, None  # `王建国说：“…”`: a story's sentence, not a turn
    if label not in _NOT_SPEAKERS and (label in _SPEAKER_ROLES or _names_a_person(label)):
        return "speaker", label
    return None, None


def _names_a_person(label: str) -> bool:
    """Whether a label may be a person's name: a single surname and one to three hanzi (`王建国`,
    `苏炳添`), or a compound surname and one or two (`欧阳明`)."""
    single, compound = surnames()
    return (label[0] in single and len(label) <= 4) or (label[:2] in compound and len(label) >= 3)


def _writer_byline(block: Block) -> bool:
    """Whether a byline block names its writer after the reporter's label (`记者：王明`): a byline,
    whatever turns stand around it. Any other byline opening with a turn's label (`记者：当前种业发展
    面临哪些挑战`) may be a question whose mark the OCR dropped."""
    s = block.text.strip()
    m = _ASKER_LABEL.match(s)
    if m is None or m.group("label").lstrip("本報报") not in ("记者", "記者"):
        return True  # only the reporter's question is ever taken for a byline
    return _NAMES_ONLY.fullmatch(s, m.end()) is not None


def _pairs(kind: str, other: str) -> bool:
    """Whether a turn of kind `other` beside a misread block of kind `kind` shows both are turns of
    one interview: the other speaker's marker beside a marker (`□` beside `■`), any labelled turn
    beside a labelled one."""
    if kind in _MARKERS or other in _MARKERS:
        return kind in _MARKERS and other in _MARKERS and kind != other
    return True


def _neighbour(out: Sequence[Block], i: int, step: int) -> int | None:
    """The index of the nearest block before (`step` -1) or after (`step` 1) block `i` that holds
    the article's text (furniture and markers passed over), or None at the page's edge."""
    j = i + step
    while 0 <= j < len(out) and out[j].role in _PASSED_ROLES:
        j += step
    return j if 0 <= j < len(out) else None


def _bare_asker(text: str) -> bool:
    """Whether a block opens with a bare question's or answer's label (`问：`, `读者问：`, `记者：`,
    `Q:`), not a longer one a news subhead may print (`一问：`, `代表问：`, `权威解答：`)."""
    kind, label = _turn_opening(text)
    return kind == "asker" and label in _BARE_ASKERS


def _is_misread_turn(
    out: Sequence[Block],
    i: int,
    kinds: Sequence[str | None],
    speakers: Set[str] = frozenset(),
    askers: int = 0,
) -> bool:
    """Whether block `i`, labelled a heading or byline, is an interview's turn: it opens as one, a
    neighbouring block is a turn read as a paragraph, and no byline stands under it (a title over
    its byline, `问：房价还会涨吗` / `本报记者 王丽`, heads an article). A speaker's label
    (`王建国：`, `专家：`) must open another turn read as a paragraph (`speakers`: the speaker speaks
    again) or have turns on both sides: a news story's subhead `专家：要加强产业配套` over a quoted
    `王建国：…。`, or `王府井：老字号焕新` over `记者：…？`, stays a subhead. A longer asker's label
    (`权威解答：`, `一问：`) beside a speaker's turn needs two asker turns read as paragraphs on the
    page (`askers`): `权威解答：志愿怎么填` over `王处长：要合理拉开梯度。` is a news subhead."""
    block, kind = out[i], kinds[i]
    if kind is None or block.role not in _MISREAD_ROLES:
        return False
    if block.role == "byline" and _writer_byline(block):
        return False
    after = _neighbour(out, i, 1)
    if after is not None and out[after].role == "byline":
        return False
    turns = [
        other for j in (_neighbour(out, i, -1), after)
        if j is not None and out[j].role == "body" and (other := kinds[j]) is not None and _pairs(kind, other)
    ]
    if kind == "asker" and askers < 2 and not _bare_asker(block.text):
        turns = [other for other in turns if other != "speaker"]
    if kind == "speaker" and _speaker_label(block.text) not in speakers:
        return len(turns) == 2  # `王建国：…。` / `李华：我同意` / `张强：…。`: turns on both sides
    return bool(turns)


def interview_turns(out: list[Block]) -> list[Block]:
    """The labelled blocks with every interview turn the text cues took for a heading or byline
    (`_is_misread_turn`) given back to the text as a paragraph. A turn so mended is evidence for the
    next one, so a run of turns whose marks were all dropped reads back from one printed whole."""
    kinds = [turn_kind(b.text) if b.role in _MISREAD_ROLES or b.role == "body" else None for b in out]
    if sum(k is not None for k in kinds) < 2:
        return out  # most pages: no interview
    speakers = {label for b in out if b.role == "body" and (label := _speaker_label(b.text)) is not None}
    askers = sum(1 for b, k in zip(out, kinds, strict=True) if b.role == "body" and k == "asker")
    changed = True
    while changed:
        changed = False
        for i in range(len(out)):
            if _is_misread_turn(out, i, kinds, speakers, askers):
                out[i] = replace(out[i], role="body")
                changed = True
    return out
