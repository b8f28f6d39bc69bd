"""PHOTO mend (v28): a headline that looks like a cartoon's credit (`漫画 时评`, `红楼梦 插图`) stays
the headline over its byline; a cartoon at the page's top heads no article under it; a quoted
headline over a byline is no cartoon's caption. Through the CLI (flat text) and `layoutfix.convert`
(ALTO, hOCR)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

import layoutfix
from block_pages import page_bytes
from cli_pages import convert_page

NS = {"t": "http://www.tei-c.org/ns/1.0"}
STORY = "今年全国秋粮收获已过九成，粮食生产再获丰收。据农业农村部统计，全年粮食总产量预计超过1.4万亿斤。"
BYLINE = "本报记者 王丽"
TITLE = "莫让形式主义卷土重来"
OPINION = ["本报评论员", TITLE, "整治形式主义，关键在于真抓实干，不能以文件落实文件。"]


def _tei(tmp_path: Path, blocks: list[str]) -> etree._Element:
    page = "\n\n".join(blocks) + "\n"
    return etree.fromstring(convert_page(CliRunner(), tmp_path, page, "-f", "tei").encode())


def _articles(root: etree._Element) -> list[etree._Element]:
    return root.findall(".//t:div[@type='article']", NS)


def _heads(art: etree._Element) -> list[str]:
    """The article's own heads (not its subsections'), in order."""
    return ["".join(h.itertext()) for h in art.findall("t:head", NS)]


@pytest.mark.parametrize("headline", [
    "漫画 时评", "漫画 童趣", "漫画 江南", "漫画 华夏", "插画 童年", "红楼梦 插图", "金秋 漫画",
    "漫画 江山", "漫画 时光", "漫画 万象", "漫画 水浒", "漫画 黄河", "漫画 连环", "漫画 方寸",
    "漫画 王府井",
])
def test_headline_with_a_cartoon_word_over_a_byline_stays_the_title(
    tmp_path: Path, headline: str
) -> None:
    root = _tei(tmp_path, [headline, BYLINE, STORY])
    arts = _articles(root)
    assert len(arts) == 1
    assert _heads(arts[0]) == [headline]
    assert "".join(arts[0].find("t:byline", NS).itertext()) == BYLINE
    assert root.find(".//t:figure", NS) is None


@pytest.mark.parametrize("word", ["时评", "江南", "童趣", "黄河"])
def test_dictionary_word_is_no_artist_even_over_a_quoted_line(tmp_path: Path, word: str) -> None:
    """`漫画 江南` / `“…”` at an opinion piece's foot: no cartoon credit, as before."""
    root = _tei(tmp_path, [*OPINION, f"漫画 {word}", "“这份材料明天一早就要交！”"])
    assert root.find(".//t:figure", NS) is None


def test_real_artist_over_a_byline_stays_a_heading_as_before(tmp_path: Path) -> None:
    """A credit with no quoted caption right over a byline is read as main read it: a heading."""
    root = _tei(tmp_path, ["漫画 方成", BYLINE, STORY])
    assert root.find(".//t:figure", NS) is None
    assert _heads(_articles(root)[0]) == ["漫画 方成"]


@pytest.mark.parametrize("fmt", ["txt", "alto", "hocr"])
def test_cartoon_at_page_top_then_headline_gives_two_articles(tmp_path: Path, fmt: str) -> None:
    blocks = ["漫画 方成", "“这份材料明天一早就要交！”", TITLE, OPINION[2]]
    if fmt == "txt":
        root = _tei(tmp_path, blocks)
    else:
        out = layoutfix.convert(page_bytes([[b] for b in blocks], fmt), fmt="tei", input_format=fmt)
        root = etree.fromstring(out.output.encode())
    arts = _articles(root)
    assert len(arts) == 2
    fig = arts[0].find("t:figure[@type='cartoon']", NS)
    assert fig is not None
    assert "".join(fig.find("t:note", NS).itertext()) == "漫画 方成"
    assert _heads(arts[1]) == [TITLE]
    assert root.find(".//t:div[@type='subsection']", NS) is None


def test_quoted_headline_over_a_byline_is_the_next_storys_title(tmp_path: Path) -> None:
    quoted = "“我们这里早就减负了”"
    root = _tei(tmp_path, [*OPINION, "漫画 方成", quoted, BYLINE, STORY])
    arts = _articles(root)
    assert len(arts) == 2
    assert _heads(arts[1]) == [quoted]
    for fig in root.iterfind(".//t:figure", NS):  # the cartoon keeps its credit, not the headline
        assert quoted not in "".join(fig.itertext())


def test_quoted_caption_over_a_byline_over_a_title_stays_the_caption(tmp_path: Path) -> None:
    """`本报评论员` over a title is the next article's byline: the quoted line is the cartoon's."""
    root = _tei(tmp_path, ["漫画 方成", "“我们这里早就减负了！”", *OPINION])
    fig = root.find(".//t:figure[@type='cartoon']", NS)
    assert fig is not None
    assert "".join(fig.find("t:p", NS).itertext()) == "“我们这里早就减负了！”"
    second = _articles(root)[1]  # the opinion piece, read as before (its title a subsection's head)
    assert "".join(second.find("t:byline", NS).itertext()) == "本报评论员"
    assert TITLE in ["".join(h.itertext()) for h in second.iterfind(".//t:head", NS)]
