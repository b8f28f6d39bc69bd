"""Tesseract's per-character spacing around numbers (v28, walk-through W17 findings 3 and 8).

Tesseract chi_sim writes one `ocrx_word` per character, the boxes touching, and a space between
every two. `space.box-gap` removed those spaces next to hanzi and between digits but not next to a
decimal point, a dash or a percent sign: `面积156 . 8万亩`, `提高5 %`, `电话0931 - 8612345`. A space
between a digit and such a mark of its number now goes too when the boxes touch (the gap is the
engine's, not printed). A real gap (as wide as a space), a mark with a letter after it (`A . B`,
`5 . Then`) keep their spaces.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

#: The type size of a body line (pixels) and a real gap between words (0.4 of it).
SIZE = 30
REAL_GAP = 12
HEAD = "全市春耕生产全面展开"


def _words(spec: str, per_char: bool) -> list[tuple[str, int]]:
    """(text, gap before it) of each word of `spec`: every character its own word (`per_char`) or
    the words split at spaces; `^` puts a real gap before the next word, otherwise boxes touch."""
    pieces = [c for c in spec if c != " "] if per_char else [t for t in spec.split(" ") if t]
    words: list[tuple[str, int]] = []
    gap = 0
    for piece in pieces:
        if piece == "^":
            gap = REAL_GAP
            continue
        words.append((piece, gap))
        gap = 0
    return words


def _width(text: str) -> int:
    """A word's box width: a hanzi or full-width mark is one em, a digit or Latin mark half."""
    return sum(SIZE if unicodedata.east_asian_width(c) in "WF" else SIZE // 2 for c in text)


def hocr_page(spec: str, per_char: bool = True) -> str:
    """A Tesseract hOCR page: a headline, then `spec` as one body line."""
    spans, x, y = [], 50, 150
    for k, (text, gap) in enumerate(_words(spec, per_char)):
        x += gap
        spans.append(f"<span class='ocrx_word' id='w{k}' title='bbox {x} {y} {x + _width(text)} "
                     f"{y + SIZE}; x_wconf 93'>{text}</span>")
        x += _width(text)
    return ("<?xml version='1.0' encoding='UTF-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><head>"
            "<meta name='ocr-system' content='tesseract 5.3.0'/></head><body>"
            "<div class='ocr_page' id='page_1' title='bbox 0 0 1000 1400'>"
            "<div class='ocr_carea' id='b0' title='bbox 100 40 600 106'><p class='ocr_par'>"
            "<span class='ocr_header' id='l0' title='bbox 100 40 600 106; x_size 66'>"
            f"<span class='ocrx_word' id='h0' title='bbox 100 40 600 106; x_wconf 93'>{HEAD}</span>"
            "</span></p></div>"
            f"<div class='ocr_carea' id='b1' title='bbox 50 {y} {x} {y + SIZE}'><p class='ocr_par'>"
            f"<span class='ocr_line' id='l1' title='bbox 50 {y} {x} {y + SIZE}; x_size {SIZE}'>"
            + " ".join(spans) + "</span></p></div></div></body></html>\n")


def alto_page(spec: str, per_char: bool = True) -> str:
    """An ALTO page: a headline, then `spec` as one body line (`SP` between the strings)."""
    parts, x, y = [], 50, 150
    for k, (text, gap) in enumerate(_words(spec, per_char)):
        if k:
            parts.append(f'<SP HPOS="{x}" VPOS="{y}" WIDTH="{gap}"/>')
        x += gap
        parts.append(f'<String HPOS="{x}" VPOS="{y}" WIDTH="{_width(text)}" HEIGHT="{SIZE}" '
                     f'WC="0.93" CONTENT="{text}"/>')
        x += _width(text)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">'
            "<Layout><Page ID=\"p1\" WIDTH=\"1000\" HEIGHT=\"1400\">"
            '<PrintSpace HPOS="0" VPOS="0" WIDTH="1000" HEIGHT="1400">'
            '<TextBlock ID="t0" HPOS="100" VPOS="40" WIDTH="500" HEIGHT="66">'
            '<TextLine HPOS="100" VPOS="40" WIDTH="500" HEIGHT="66">'
            f'<String HPOS="100" VPOS="40" WIDTH="500" HEIGHT="66" CONTENT="{HEAD}"/></TextLine></TextBlock>'
            f'<TextBlock ID="t1" HPOS="50" VPOS="{y}" WIDTH="{x - 50}" HEIGHT="{SIZE}">'
            f'<TextLine HPOS="50" VPOS="{y}" WIDTH="{x - 50}" HEIGHT="{SIZE}">' + "".join(parts)
            + "</TextLine></TextBlock></PrintSpace></Page></Layout></alto>\n")


def body_text(tmp_path: Path, page: str, suffix: str) -> str:
    """The plain text `layoutfix convert -f txt` gives for `page`, less the headline line."""
    source = tmp_path / f"page{suffix}"
    source.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(source), "-f", "txt"])
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines[0] == HEAD
    return "\n".join(lines[1:])


@pytest.mark.parametrize(("spec", "want"), [
    ("面积156.8万亩，", "面积156.8万亩，"),
    ("比去年增加1.2万亩。", "比去年增加1.2万亩。"),
    ("力争亩产提高5%，", "力争亩产提高5%，"),
    ("咨询电话0931-8612345。", "咨询电话0931-8612345。"),
    ("化肥3.6万吨，增长12.5%。", "化肥3.6万吨，增长12.5%。"),
])
def test_touching_boxes_close_a_number(tmp_path: Path, spec: str, want: str) -> None:
    """One word per character, boxes touching: the number's marks join its digits (hOCR, ALTO)."""
    assert body_text(tmp_path, hocr_page(spec), ".hocr") == want
    assert body_text(tmp_path, alto_page(spec), ".xml") == want


@pytest.mark.parametrize(("spec", "want"), [
    ("面积 156 . 8 万亩，", "面积156.8万亩，"),
    ("提高 5 % ，全年", "提高5%，全年"),
    ("电话 0931 - 8612345 。", "电话0931-8612345。"),
    ("Vol ^ 3 . 5 ^ GB", "Vol 3.5 GB"),
])
def test_touching_word_boxes_close_a_number(tmp_path: Path, spec: str, want: str) -> None:
    """Words of several characters, the mark a word of its own, boxes touching: the same."""
    assert body_text(tmp_path, hocr_page(spec, per_char=False), ".hocr") == want


@pytest.mark.parametrize(("spec", "per_char", "want"), [
    ("比分3^-^0，", True, "比分3 - 0，"),
    ("面积156^.^8万亩，", True, "面积156 . 8万亩，"),
    ("提高5^%，", True, "提高5 %，"),
    ("A . B", False, "A . B"),
    ("A . 5", False, "A . 5"),
    ("5 . B", False, "5 . B"),
    ("He ^ scored ^ 5 . ^ Then", False, "He scored 5 . Then"),
    ("2 ^ 3 ^ 4 ^ 5", False, "2 3 4 5"),
])
def test_real_gaps_and_letters_keep_their_spaces(tmp_path: Path, spec: str, per_char: bool,
                                                 want: str) -> None:
    """A gap as wide as a space is printed; a mark next to a letter is not a number's."""
    assert body_text(tmp_path, hocr_page(spec, per_char), ".hocr") == want


# Flat text: a line the OCR spaced character by character throughout (Tesseract's txt output).

TESS_LINE = ("今 年 全 市 计 划 完 成 粮 食 播 种 面 积 1 5 6 . 8 万 亩 ， 力 争 亩 产 提 高 5 % ， "
             "咨 询 电 话 0 9 3 1 - 8 6 1 2 3 4 5 。")


def normalized(page: str) -> str:
    """What `layoutfix normalize` prints for the flat page `page` (read from stdin)."""
    result = CliRunner().invoke(app, ["normalize", "-"], input=page)
    assert result.exit_code == 0, result.stderr
    return result.stdout.rstrip("\n")


@pytest.mark.parametrize(("line", "want"), [
    (TESS_LINE, "今年全市计划完成粮食播种面积156.8万亩，力争亩产提高5%，咨询电话0931-8612345。"),
    ("会 议 定 于 1 2 : 3 0 开 始 ， 地 点 在 3 楼 。", "会议定于12:30开始，地点在3楼。"),
    ("全 年 增 长 1 2 . 5 % ， 高 于 去 年 。", "全年增长12.5%，高于去年。"),
])
def test_line_spaced_throughout_closes_its_numbers(line: str, want: str) -> None:
    """Every hanzi and digit one space apart: the numbers close up with the hanzi."""
    assert normalized(line + "\n") == want


@pytest.mark.parametrize("line", [
    "600519 贵州茅台 1688.00 +1.25%",
    "1 2 3",
    "2 3 4 5",
    "开 奖 号 码 2 3 4 5 6 7",
    "播种面积156 . 8万亩，提高5 %，电话0931 - 8612345。",
    "今年共计 1 2 人参加，面积 1 5 6 . 8 万亩。",
])
def test_lines_not_spaced_throughout_keep_number_gaps(line: str) -> None:
    """A row of figures, a draw, a headline spaced without a sentence, or a line with pieces of
    several characters is no line spaced throughout: the spaces between its digits stay."""
    out = normalized(line + "\n")
    digits_spaced = [m for m in ("1 2", "2 3", "3 4", "6 . 8", "5 %", "1688.00 +1.25%") if m in line]
    assert all(m in out for m in digits_spaced), out


# A contact after an advertisement's last sentence: the gap between a phone number and a name.

@pytest.mark.parametrize(("line", "want"), [
    ("转让费面议。联系电话:13893112345 王先生", "转让费面议。联系电话：13893112345 王先生"),
    ("五险一金。联系人:王女士 13893112345", "五险一金。联系人：王女士 13893112345"),
    ("面议。联系人:李先生 13893112345 王女士 13993112345",
     "面议。联系人：李先生 13893112345 王女士 13993112345"),
    ("当天共 12 人获奖。电话:0931-8612345 王先生", "当天共12人获奖。电话：0931-8612345 王先生"),
])
def test_contact_after_the_last_sentence_keeps_its_field_gap(line: str, want: str) -> None:
    """The ad's sentences, then its contact: the name and the number stay two fields."""
    assert normalized(line + "\n") == want


@pytest.mark.parametrize(("line", "want"), [
    ("本报今年第 3 版刊登了共 12 人的名单。", "本报今年第3版刊登了共12人的名单。"),
    ("有意者请联系王女士 13893112345。", "有意者请联系王女士13893112345。"),
    ("面议。电话:13893112345 王先生，他说价格可谈。", "面议。电话：13893112345王先生，他说价格可谈。"),
    ("记者拨打电话 13893112345 王先生说情况属实。", "记者拨打电话13893112345王先生说情况属实。"),
])
def test_prose_gaps_beside_numbers_still_go(line: str, want: str) -> None:
    """In running text the OCR's gap between hanzi and a number goes as before."""
    assert normalized(line + "\n") == want


# Separate figures a single space keeps apart on a line spaced character by character (TESS mend).

@pytest.mark.parametrize(("line", "want"), [
    ("开 奖 号 码 ： 0 3 1 2 1 8 2 5 3 3 + 0 5 0 9", "开奖号码：0 3 1 2 1 8 2 5 3 3 + 0 5 0 9"),
    ("第 2 0 2 4 0 3 0 期 双 色 球 开 奖 ： 0 3 0 8 1 5 2 2 2 7 3 1 ， 蓝 球 0 9 。",
     "第2024030期双色球开奖：0 3 0 8 1 5 2 2 2 7 3 1，蓝球0 9。"),
    ("积 分 榜 ： 中 国 5 5 0 1 4 ， 日 本 5 4 1 1 2 。", "积分榜：中国5 5 0 1 4，日本5 4 1 1 2。"),
    ("收 盘 价 1 6 8 8 . 0 0 1 2 . 5 0 ， 成 交 活 跃 。", "收盘价1 6 8 8 . 0 0 1 2 . 5 0，成交活跃。"),
])
def test_draws_standings_and_prices_keep_their_digit_gaps(line: str, want: str) -> None:
    """A draw, a standings row or two prices: the digits are several figures, never one number."""
    assert normalized(line + "\n") == want


@pytest.mark.parametrize(("line", "want"), [
    ("比 分 为 3 - 0 ， 主 队 获 胜 。", "比分为3-0，主队获胜。"),
    ("比 赛 中 A 队 以 3 : 0 、 2 : 1 获 胜 。", "比赛中A队以3:0、2:1获胜。"),
    ("全 年 增 长 1 2 . 5 % ， 高 于 去 年 1 . 5 个 百 分 点 。", "全年增长12.5%，高于去年1.5个百分点。"),
])
def test_scores_and_single_decimals_still_close(line: str, want: str) -> None:
    """A score of single digits after its word, and a number with one decimal point, close up."""
    assert normalized(line + "\n") == want


def test_spaced_line_joins_are_medium_certainty(tmp_path: Path) -> None:
    """Reviewers see the number joins: the edit log gives `space.spaced-line` certainty medium."""
    page, log = tmp_path / "p.txt", tmp_path / "e.jsonl"
    page.write_text(TESS_LINE + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["normalize", str(page), "--edits", str(log)])
    assert result.exit_code == 0, result.stderr
    certs = {json.loads(line)["cert"] for line in log.read_text(encoding="utf-8").splitlines()
             if json.loads(line)["rule"] == "space.spaced-line"}
    assert certs == {"medium"}
