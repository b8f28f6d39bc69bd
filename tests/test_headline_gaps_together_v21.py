"""A headline line's gaps are decided together: all kept or all removed, never some of each (v21).

A Hong Kong archive's flat page opened with the engine-spaced headline `銅鑼灣 商戶 盼 遊客 回流`,
which came out `銅鑼灣 商戶盼遊客 回流`: the spacing step decided each gap alone, so the two beside
the lone hanzi 盼 went (`space.cjk-cjk`) and the two between words of two hanzi or more stayed as
phrase gaps. That is neither the headline as printed nor the headline joined.

What the spacing docs promise for headlines (docs/architecture.md, `spacing` module docstring): a
phrase gap between words of two characters or more stays, single characters padded apart are
debris, and "a paper prints no phrase of one hanzi", so a line spaced word by word with a lone hanzi
among its pieces (`推进 城乡 基层 治理 现代 化`) loses every gap. The same now holds when its words are
longer than two hanzi: such a line loses every gap (`spacing._spaced_by_words`). A headline of phrases
with no lone hanzi keeps every gap, and lines of names, bylines and credits are decided as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from cli_pages import convert_txt, normalize_logged, normalized_twice, space_edits
from layoutfix.pipeline import convert

LEAD = "本報記者 李小明\n\n銅鑼灣一帶的商戶表示，內地旅客減少，生意大不如前。\n"
TEI = "{http://www.tei-c.org/ns/1.0}"

#: Headline lines spaced word by word with a lone hanzi among longer words: every gap goes.
JOINED = [
    ("銅鑼灣 商戶 盼 遊客 回流", "銅鑼灣商戶盼遊客回流"),
    ("铜锣湾 商户 盼 游客 回流", "铜锣湾商户盼游客回流"),
    ("粵港澳大灣區 建設 再 提速", "粵港澳大灣區建設再提速"),
    ("粤港澳大湾区 建设 再 提速", "粤港澳大湾区建设再提速"),
    ("新能源汽車 銷量 創 新高", "新能源汽車銷量創新高"),
    ("新能源汽车 销量 创 新高", "新能源汽车销量创新高"),
    ("市民 冒雨 赴 維多利亞公園", "市民冒雨赴維多利亞公園"),
    ("中共甘肃省委\n两会 观察 新", "中共甘肃省委\n两会观察新"),  # the title line under its kicker
]

#: Headline lines whose gaps all stay: phrases of two hanzi or more, no lone hanzi among them.
KEPT = [
    "銅鑼灣商戶 盼遊客回流",
    "铜锣湾商户 盼游客回流",
    "扎实推进 乡村振兴",
    "鄉村振興 共同富裕",
    "强基层 补短板 惠民生 促发展",
    "強基層 補短板 惠民生 促發展",
    "两会 特别报道",
]

#: Lines decided as before this change: single hanzi padded apart are debris (every gap goes), a
#: stray space splitting a word is mended first and the phrase gaps stay, a credit keeps its fields.
AS_BEFORE = [
    ("一 带 一 路", "一带一路"),
    ("一 帶 一 路", "一帶一路"),
    ("中 美 经贸", "中美经贸"),
    ("中 美 經貿", "中美經貿"),
    ("脱贫攻坚 乡村振 兴 共同富裕", "脱贫攻坚 乡村振兴 共同富裕"),
    ("脫貧攻堅 鄉村振 興 共同富裕", "脫貧攻堅 鄉村振興 共同富裕"),
    ("王小明 李 华 张建国", "王小明 李华 张建国"),
]


@pytest.mark.parametrize(("head", "joined"), JOINED)
def test_a_headline_spaced_word_by_word_loses_every_gap(tmp_path: Path, head: str, joined: str) -> None:
    out, edits = normalize_logged(tmp_path, f"{head}\n\n{LEAD}")
    assert out == f"{joined}\n\n{LEAD}"
    gaps = space_edits(edits)
    assert len(gaps) == head.count(" ")
    assert {e["rule"] for e in gaps} == {"space.cjk-cjk"}


@pytest.mark.parametrize("head", KEPT)
def test_a_headline_of_phrases_keeps_every_gap(tmp_path: Path, head: str) -> None:
    page = f"{head}\n\n{LEAD}"
    out, edits = normalize_logged(tmp_path, page)
    assert out == page
    assert space_edits(edits) == []


@pytest.mark.parametrize(("head", "fixed"), AS_BEFORE)
def test_padded_hanzi_split_words_and_names_read_as_before(tmp_path: Path, head: str, fixed: str) -> None:
    out, _edits = normalize_logged(tmp_path, f"{head}\n\n{LEAD}")
    assert out.split("\n")[0] == fixed


@pytest.mark.parametrize(("head", "joined"), JOINED[:2])
def test_convert_prints_the_title_whole_in_txt_and_tei(tmp_path: Path, head: str, joined: str) -> None:
    txt, edits = convert_txt(tmp_path, f"{head}\n\n{LEAD}")
    assert txt.startswith(f"{joined}\n")
    assert len([e for e in space_edits(edits) if e["block"] == "b1"]) == head.count(" ")
    tei, _edits = convert_txt(tmp_path, f"{head}\n\n{LEAD}", "tei")
    heads = [el.text for el in etree.fromstring(tei.encode()).iter(f"{TEI}head")]
    assert heads[0] == joined


@pytest.mark.parametrize("head", [h for h, _j in JOINED] + KEPT)
def test_a_second_run_keeps_what_the_first_wrote(tmp_path: Path, head: str) -> None:
    once, twice = normalized_twice(tmp_path, f"{head}\n\n{LEAD}")
    assert once == twice


def _alto_title(pieces: list[str]) -> bytes:
    """An ALTO page: a title line of `pieces` one em apart (as printed or as the engine cut them),
    over the lead."""
    em, x, strings = 40, 50, []
    for piece in pieces:
        width = em * len(piece)
        strings.append(f'<String CONTENT="{piece}" HPOS="{x}" VPOS="20" WIDTH="{width}" HEIGHT="{em}"/>')
        x += width + em
    line = "<SP/>".join(strings)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">'
        '<Layout><Page ID="p1" WIDTH="1000" HEIGHT="1400"><PrintSpace>'
        f'<TextBlock ID="t"><TextLine HPOS="50" VPOS="20" WIDTH="{x - em - 50}" HEIGHT="{em}">{line}'
        '</TextLine></TextBlock><TextBlock ID="b"><TextLine HPOS="50" VPOS="100" WIDTH="800" HEIGHT="26">'
        '<String CONTENT="銅鑼灣一帶的商戶表示，內地旅客減少，生意大不如前。" HPOS="50" VPOS="100"'
        ' WIDTH="800" HEIGHT="26"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>'
    ).encode()


def test_an_alto_title_spaced_word_by_word_reads_as_the_flat_one() -> None:
    """The box gaps of one em leave the gaps to the spacing step, which decides them together."""
    result = convert(_alto_title(["銅鑼灣", "商戶", "盼", "遊客", "回流"]), fmt="txt", input_format="alto")
    assert result.output.startswith("銅鑼灣商戶盼遊客回流\n")
    kept = convert(_alto_title(["銅鑼灣商戶", "盼遊客回流"]), fmt="txt", input_format="alto")
    assert kept.output.startswith("銅鑼灣商戶 盼遊客回流\n")
