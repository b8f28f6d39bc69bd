"""A feature page's charts and sidebars inside a story, read out of its subheads.

The assembly reads a run of heading lines inside an article as one subsection's heads. A feature
page prints other things in such runs: a chart's title (`2019—2023年全省粮食产量（万吨）`) with its
source note (`数据来源：国家统计局`) under it, and the label of a sidebar (`背景资料`, `相关链接`,
`延伸阅读`, `编后`) that opens a box of its own. Read as one run, they stacked as one subsection's
heads over the next text. `mend_parts` rereads an article's parts after the assembly:

- a chart title over its figures or its source note, and lines of figures over a source note, are
  a `figure` part (roles `chart-title`, `chart-data`, `chart-source`): the TEI `figure type="chart"` with
  its `head`, `p` and `note type="source"`, the JSON `charts`;
- a sidebar label opens a subsection of its own, the label its head (the bare `背景`, `链接`, also a
  plain subhead's word, only at the top of a run: `第二部分` / `背景` stays one stack); headings
  under a label that have no text under them (`延伸阅读` / `甘肃：…项目126个` / `编后`: a linked
  story's headline) are the sidebar's text, a `p` each.

No text changes: only the parts the blocks stand in and the blocks' roles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Block, Part

#: Labels that open a sidebar (a box set in the story: background, links, a reporter's notes, the
#: editor's words), simplified and traditional, the whole line, optionally in brackets.
SIDEBAR_LABELS = frozenset({
    "背景资料", "背景链接", "背景", "相关链接", "链接", "新闻链接", "知识链接", "资料链接", "延伸阅读",
    "相关阅读", "记者手记", "记者观察", "编后", "编后语", "编者按", "小贴士", "名词解释",
    "背景資料", "相關鏈接", "鏈接", "新聞鏈接", "知識鏈接", "延伸閱讀", "相關閱讀", "記者手記",
    "記者觀察", "編後", "編後語", "編者按", "小貼士", "名詞解釋",
})
_BRACKETS = "【】[]〔〕「」『』"
#: Bare labels that are also a plain subhead's word (`第二部分` / `背景` / text): they open a sidebar
#: only at the top of a run of heads, never under another head of the same run.
BARE_LABELS = frozenset({"背景", "链接", "鏈接"})
#: A source note: its label, a colon and the source (`数据来源：国家统计局`, `资料来源：…`, `来源：…`).
#: `出处：` is left out: it credits a quote or an epigraph (`出处：《论语·学而》`), never a chart.
_SOURCE = re.compile(r"(?:数据|資料|资料|數據|图表|圖表)?(?:来源|來源)\s*[：:]\s*\S.{0,38}")
#: A chart's explicit label (`图表：…`, `图1 …`, `表2：…`).
_CHART_LABEL = re.compile(
    r"(?:图表|圖表|附图|附表|附圖|图|圖|表)\s*[0-9０-９一二三四五六七八九十]*\s*[：:]\s*\S"
    r"|(?:图|圖|表)\s*[0-9０-９]+\s+\S"
)
#: A span of years (`2019—2023年`, `2022-2024`, `2019至2023年`).
_YEARS = re.compile(r"(?:1[89]|20)\d\d\s*年?\s*(?:—|－|-|–|~|～|至|到)+\s*(?:1[89]|20)\d\d")
#: A quantity's unit in brackets closing the line (`（万吨）`, `（单位：亿元）`, `（%）`).
_UNIT = re.compile(r"[（(](?:单位[：:])?[^（）()，。；]{1,8}[）)]$")
#: A line of a chart's figures: a short label and numbers, no sentence marks.
_DATA_LINE = re.compile(
    r"[^。，；！？：:,]{0,16}?\d[\d.,％%\s万亿千百十元吨人户个年月—\-]*[^。，；！？]{0,6}"
)


def _label(text: str) -> str:
    """The line without spaces, brackets or a closing colon: what a sidebar label is compared as."""
    return text.strip().strip(_BRACKETS).rstrip("：:").replace(" ", "").replace("\u3000", "")


def is_sidebar_label(b: Block) -> bool:
    """Whether a heading line is a sidebar's label alone (`背景资料`, `【相关链接】`, `编后：`)."""
    return _label(b.text) in SIDEBAR_LABELS


def is_source_note(text: str) -> bool:
    """Whether a line is a chart's or a table's source note (`数据来源：国家统计局`)."""
    s = text.strip()
    if s.endswith("。"):  # `数据来源：国家统计局。`
        s = s[:-1]
    return _SOURCE.fullmatch(s) is not None and not s.endswith(("！", "？"))


def is_chart_title(text: str) -> bool:
    """Whether a line reads as a chart's title by its form: a chart's label (`图表：…`), or a span of
    years and a unit in brackets (`2019—2023年全省粮食产量（万吨）`). The caller checks what is under
    it: a title is a chart's only over its figures or its source note."""
    s = text.strip()
    if len(s) > 40 or s.endswith(("。", "！", "？", "：", ":")):
        return False
    if _CHART_LABEL.match(s):
        return True
    return _YEARS.search(s) is not None and _UNIT.search(s) is not None


def is_data(part: Part) -> bool:
    """Whether a paragraph is a chart's figures: every line a short label and numbers."""
    if part.kind != "p":
        return False
    lines = [ln for b in part.blocks for ln in b.text.split("\n") if ln.strip()]
    return bool(lines) and all(len(ln) <= 30 and _DATA_LINE.fullmatch(ln.strip()) for ln in lines)


def _chart(blocks: Sequence[Block], roles: Sequence[str]) -> Part:
    """A chart's figure part of `blocks`, each given its role."""
    for b, role in zip(blocks, roles, strict=True):
        b.role = role
    return Part("figure", list(blocks))


def _open_chart(part: Part | None) -> bool:
    """Whether `part` is a chart with no source note yet (one printed under it joins it)."""
    if part is None or part.kind != "figure":
        return False
    roles = {b.role for b in part.blocks}
    return "chart-source" not in roles and any(r.startswith("chart-") for r in roles)


def _one_line(part: Part) -> bool:
    """Whether a paragraph is one block of one line (a title's or a source note's)."""
    return part.kind == "p" and len(part.blocks) == 1 and "\n" not in part.blocks[0].text.strip()


def _chart_under(part: Part | None) -> bool:
    """Whether `part`, under a line shaped as a chart's title, is the chart's: its figures or its
    source note (as text or as a heading)."""
    if part is None or not part.blocks:
        return False
    return is_data(part) or (part.kind in ("p", "head") and is_source_note(part.blocks[0].text))


def _source_of(out: list[Part], note: Block) -> bool:
    """Join a source note to the chart right above it, the last of `out`: a chart's title or its
    figures (figures read as text become the chart's). Whether it did: a source note with neither
    right above it (an agency's credit, a quote's attribution, a note under a prose sentence) is no
    chart's and stays the heading it was read as."""
    last = out[-1] if out else None
    if last is None:
        return False
    if _open_chart(last):  # `2019—2023年全省粮食产量（万吨）` [/ figures] / `数据来源：…`
        note.role = "chart-source"
        last.blocks.append(note)
        return True
    if is_data(last):  # `兰州 120.5万吨` / `天水 380.2万吨` / `数据来源：…`: a chart with no title
        out[-1] = _chart([*last.blocks, note], ["chart-data"] * len(last.blocks) + ["chart-source"])
        return True
    return False


def _read_charts(parts: Sequence[Part]) -> list[Part]:
    """The parts with chart titles, figures and source notes read out of the subheads."""
    out: list[Part] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        i += 1
        if part.kind != "head":
            last = out[-1] if out else None
            nxt_part = parts[i] if i < len(parts) else None
            if _one_line(part) and is_source_note(part.blocks[0].text) and _open_chart(last):
                last.blocks.append(_chart(part.blocks, ["chart-source"]).blocks[0])  # type: ignore[union-attr]
            elif is_data(part) and _open_chart(last) and {b.role for b in last.blocks} == {"chart-title"}:  # type: ignore[union-attr]
                last.blocks.extend(_chart(part.blocks, ["chart-data"] * len(part.blocks)).blocks)  # type: ignore[union-attr]
            elif _one_line(part) and is_chart_title(part.blocks[0].text) and _chart_under(nxt_part):
                out.append(_chart(part.blocks, ["chart-title"]))  # `图1 …` read as text over its figures
            else:
                out.append(part)
            continue
        heads: list[Block] = []
        blocks = part.blocks
        k = 0
        while k < len(blocks):
            b = blocks[k]
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            if not heads and is_source_note(b.text) and _source_of(out, b):
                k += 1
                continue
            if is_chart_title(b.text):
                if nxt is not None and is_source_note(nxt.text):  # title / source in one run
                    if heads:
                        out.append(Part("head", heads))
                        heads = []
                    out.append(_chart([b, nxt], ["chart-title", "chart-source"]))
                    k += 2
                    continue
                if nxt is None and i < len(parts) and _one_line(parts[i]) and _chart_under(parts[i]) \
                        and not is_data(parts[i]):  # title over its source note read as text
                    if heads:
                        out.append(Part("head", heads))
                        heads = []
                    out.append(_chart([b], ["chart-title"]))
                    k += 1
                    continue
                if nxt is None and i < len(parts) and is_data(parts[i]):  # title over its figures
                    if heads:
                        out.append(Part("head", heads))
                        heads = []
                    data = list(parts[i].blocks)
                    out.append(_chart([b, *data], ["chart-title"] + ["chart-data"] * len(data)))
                    i += 1
                    k += 1
                    continue
            heads.append(b)
            k += 1
        if heads:
            out.append(Part("head", heads))
    return out


def _read_sidebars(parts: Sequence[Part]) -> list[Part]:
    """The parts with each sidebar label opening a subsection of its own."""
    split: list[Part] = []
    for part in parts:
        if part.kind != "head":
            split.append(part)
            continue
        heads: list[Block] = []
        for b in part.blocks:
            if heads and is_sidebar_label(b) and _label(b.text) not in BARE_LABELS:
                split.append(Part("head", heads))
                heads = []
            heads.append(b)
        split.append(Part("head", heads))
    out: list[Part] = []
    for n, part in enumerate(split):
        nxt = split[n + 1] if n + 1 < len(split) else None
        if (part.kind == "head" and len(part.blocks) > 1 and is_sidebar_label(part.blocks[0])
                and (nxt is None or nxt.kind == "head")):
            out.append(Part("head", part.blocks[:1]))  # `延伸阅读` / `甘肃：…` / `编后`: its text
            for b in part.blocks[1:]:
                b.role = "body"
                out.append(Part("p", [b]))
            continue
        out.append(part)
    return out


def mend_parts(art: Article) -> None:
    """Read the article's charts and sidebars out of its runs of subheads (see the module doc)."""
    art.parts = _read_sidebars(_read_charts(art.parts))
