"""Award lists the name tagger does not read (v25, slice AWARD): grades over three-hanzi Hong Kong and
Taiwan names (`林美玲 张美玲 陈志明`), Tibetan names (`扎西多吉 次仁卓玛`), names set apart by `、`, the
OCR's `—等奖`, and honours over organisations (`先进集体` / `红星机械厂 城关镇中心小学`) read as a pile
of heads or a new article of kickers. Now each grade opens its own subsection over a `p` of its names,
as v24 made of lists the tagger reads, and the office signing the list with its date is the article's
closer. Neighbours (words that open with a surname's hanzi, verse, prose under an honour) stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from tei_parts import NS, article_outline, tei_root, text_of

LEAD = (
    "我市第五届青年书法大赛揭晓\n\n"
    "本报讯（记者 王明）11月20日，我市第五届青年书法大赛颁奖仪式在市文化馆举行。\n\n"
)
LEAD_T = (
    "本市第五屆青年書法大賽揭曉\n\n"
    "本報訊（記者 王明）11月20日，本市第五屆青年書法大賽頒獎儀式在市文化館舉行。\n\n"
)


def _tei(tmp_path: Path, text: str) -> str:
    """The TEI `convert` writes for a flat-text page."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "tei", "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _outlines(tmp_path: Path, text: str) -> list[list[tuple[str, str]]]:
    """Each article's outline (heads and paragraphs, subsections flattened)."""
    root = tei_root(_tei(tmp_path, text))
    return [article_outline(div) for div in root.iterfind(".//t:div[@type='article']", NS)]


def _subsections(lines: list[str]) -> list[tuple[str, str]]:
    """The outline of grades each over one line of winners."""
    return [x for grade, names in zip(lines[::2], lines[1::2], strict=True)
            for x in (("div", ""), ("head", grade), ("p", names))]


LISTS = [
    ["一等奖", "林美玲 张美玲 陈志明", "二等奖", "黄家豪 李嘉欣", "三等奖", "吴淑芬 郭伟强 曾志伟"],
    ["一等奖", "扎西多吉 次仁卓玛", "二等奖", "格桑央金 平措扎西 德吉卓嘎"],
    ["一等奖", "李华、张强", "二等奖", "刘洋、陈静、赵磊"],
    ["一等奖", "林美玲、张美玲", "二等奖", "黄家豪、李嘉欣"],
    ["—等奖", "李华 张强", "二等奖", "刘洋 陈静 赵磊"],
    ["先进单位", "红星机械厂 城关镇中心小学 市第一人民医院", "先进个人", "李华 张强 刘洋"],
    ["先进个人", "林美玲 陈志明 黄家豪", "优秀共产党员", "扎西多吉 次仁卓玛"],
]


@pytest.mark.parametrize("lines", LISTS)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])  # blocks of their own, one block
def test_each_grade_opens_its_subsection(tmp_path: Path, lines: list[str], gap: str) -> None:
    (art,) = _outlines(tmp_path, LEAD + "获奖名单" + gap + gap.join(lines) + "\n")
    assert art[2:] == [("p", "获奖名单"), *_subsections(lines)]


def test_collective_honours_without_heading(tmp_path: Path) -> None:
    lines = ["先进集体", "红星机械厂 城关镇中心小学", "先进个人", "李华 张强 刘洋"]
    (art,) = _outlines(tmp_path, LEAD + "\n\n".join(lines) + "\n")
    assert art[2:] == _subsections(lines)


def test_traditional_list_of_names_the_tagger_does_not_read(tmp_path: Path) -> None:
    lines = ["一等獎", "林美玲 張美玲 陳志明", "二等獎", "黃家豪、李嘉欣"]
    (art,) = _outlines(tmp_path, LEAD_T + "獲獎名單\n\n" + "\n\n".join(lines) + "\n")
    assert art[2:] == [("p", "獲獎名單"), *_subsections(lines)]


def test_names_keep_their_gaps(tmp_path: Path) -> None:
    """In one block the spacing step glued `林美玲张美玲陈志明` and the next grade onto them."""
    text = LEAD + "获奖名单\n\n一等奖\n林美玲 张美玲 陈志明\n二等奖\n黄家豪 李嘉欣\n"
    paragraphs = [text_of(p) for p in tei_root(_tei(tmp_path, text)).iterfind(".//t:body//t:p", NS)]
    assert "林美玲 张美玲 陈志明" in paragraphs
    assert "黄家豪 李嘉欣" in paragraphs


CLOSERS = [("市文化局", "2024年5月10日"), ("中共某某市委", "二〇二四年五月十日")]


@pytest.mark.parametrize(("office", "date"), CLOSERS)
def test_signing_office_and_date_close_the_list(tmp_path: Path, office: str, date: str) -> None:
    lines = ["获奖名单", "一等奖", "林美玲 张美玲", "二等奖", "李华 张强", office, date]
    text = LEAD + "\n\n".join(lines) + "\n"
    root = tei_root(_tei(tmp_path, text))
    (art,) = root.iterfind(".//t:div[@type='article']", NS)
    (closer,) = art.findall("t:closer", NS)
    assert office in text_of(closer) and date in text_of(closer)
    assert [text_of(h) for h in art.iter("{http://www.tei-c.org/ns/1.0}head")] == [
        "我市第五届青年书法大赛揭晓", "一等奖", "二等奖"]


#: A list whose winners run on over a second block and a date under it (review R25-AWARD n13, m06):
#: the further line of winners is no signing office (a first reading put `陈静 赵磊` in the closer).
WRAPPED_WINNERS = [
    (["获奖名单", "一等奖", "李华 张强 刘洋", "陈静 赵磊", "2024年12月3日"], "陈静 赵磊"),
    (["获奖名单", "一等奖", "李华 张强", "二等奖", "刘洋 陈静", "赵磊 孙丽", "2024年12月3日",
      "冬季长跑活动启动", "本报记者 刘军", "连日来，全市各中小学陆续开展冬季长跑活动。"], "赵磊 孙丽"),
]


@pytest.mark.parametrize(("lines", "winners"), WRAPPED_WINNERS)
def test_a_further_line_of_winners_is_no_signer(tmp_path: Path, lines: list[str], winners: str) -> None:
    root = tei_root(_tei(tmp_path, LEAD + "\n\n".join(lines) + "\n"))
    art = next(root.iterfind(".//t:div[@type='article']", NS))
    assert all(winners not in text_of(closer) for closer in art.iter("{http://www.tei-c.org/ns/1.0}closer"))
    assert winners in [text_of(p) for p in art.iter("{http://www.tei-c.org/ns/1.0}p")]


NEIGHBOURS = [
    # words opening with a surname's hanzi under grades: no names
    LEAD + "一等奖\n\n黄金周 林荫道\n\n二等奖\n\n高速路 白云山\n",
    # verse of three-hanzi phrases
    "山居\n\n黄山松 白杨树\n\n柳叶青 杨花白\n\n江水流 云飞扬\n",
    # an honour over prose is a subhead over its paragraph
    "他是群众的贴心人\n\n本报记者 张明\n\n优秀共产党员\n\n李华同志扎根基层二十年，带领群众脱贫致富。\n",
    # names with scores under grades: a table, not a list of winners
    LEAD + "一等奖\n\n李华 9分 张强 8分\n\n二等奖\n\n刘洋 7分 陈静 7分\n",
    # a dash before 等奖 in prose
    "比赛花絮\n\n本报讯 ——等奖项公布后，现场响起热烈掌声。\n",
]


@pytest.mark.parametrize("text", NEIGHBOURS)
def test_neighbours_read_no_list(tmp_path: Path, text: str) -> None:
    """No line of these pages becomes a list's paragraph under a grade's subsection."""
    root = tei_root(_tei(tmp_path, text))
    subsection_ps = [text_of(p) for p in root.iterfind(".//t:div[@type='subsection']/t:p", NS)]
    assert not any(" " in p and "，" not in p for p in subsection_ps), subsection_ps
