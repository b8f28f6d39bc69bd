"""Data fields set apart by spaces keep their spaces, and the text around them stays text.

The v14 audit of correct pages (after 4473bad: blocks of two row lines or more keep their gaps) found
these still changed by `normalize` and `convert -f txt`: a single line of data fields (a price list, a
scorers' list, a race card) ran its numbers together, a block of one row line under a heading-like
line (a table of contents, a list of prizes) lost its gaps and was joined to the next block, a
phone line inside a timetable was dropped as the paper's contact furniture, and classified ads ran
into one paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import convert_txt
from layoutfix.normalize.steps import normalize_text

# --- 1. a single line of data fields -----------------------------------------------------------

FIELD_LINES = [
    # prices: run together, 80元180元280元 reads as other numbers
    "票价：80元 180元 280元",
    # a list of names, each with its number
    "射手榜：武磊 21球 泽卡 18球",
    # a race card (traditional): the race, its distance, the next field's label
    "第一場 1200米 勝出馬匹：金多寶",
]


@pytest.mark.parametrize("line", FIELD_LINES)
def test_a_line_of_data_fields_keeps_its_spaces(line: str) -> None:
    result = normalize_text(line)
    assert result.text == line
    assert result.edits == []


@pytest.mark.parametrize("line", FIELD_LINES)
def test_a_line_of_data_fields_keeps_its_spaces_in_an_article(tmp_path: Path, line: str) -> None:
    text = f"新年音乐会下月举行\n\n本报讯 新年音乐会将于12月31日在金城大剧院举行。\n{line}\n"
    out, log = convert_txt(tmp_path, text)
    assert line in out
    assert [e for e in log if e["kind"] == "space"] == []


#: Stray OCR spaces that still go: the number goes on a phrase, a date, a sentence.
STRAY_NUMBER_SPACES = [
    ("增长 5% 以上", "增长5%以上"),
    ("2023 年度：全市经济稳中有进", "2023年度：全市经济稳中有进"),
    ("日期：2023年 10月 12日", "日期：2023年10月12日"),
    ("开幕时间：9时 30分", "开幕时间：9时30分"),
    ("全年 GDP 增长 5.8%，高于预期。", "全年GDP增长5.8%，高于预期。"),
    ("本报武威讯 10月 10日，全市召开会议。", "本报武威讯 10月10日，全市召开会议。"),
]


@pytest.mark.parametrize(("text", "fixed"), STRAY_NUMBER_SPACES)
def test_a_stray_space_beside_a_number_still_goes(text: str, fixed: str) -> None:
    assert normalize_text(text).text == fixed


def test_chess_moves_keep_their_spaces() -> None:
    moves = "1.车二进三 将4进1\n2.马三进四 将4退1\n3.车二退一 士5进6"
    assert normalize_text(moves).edits == []


# --- 2. one row line under a heading-like line ---------------------------------------------------

def test_a_table_of_contents_keeps_its_entries(tmp_path: Path) -> None:
    first = "要闻 2版\n省政府常务会议研究部署秋冬季农业生产工作"
    second = "经济 3版\n全省前三季度地区生产总值同比增长6.1%"
    out, log = convert_txt(tmp_path, f"本期导读\n\n{first}\n\n{second}\n")
    assert f"{first}\n\n{second}" in out
    assert log == []


def test_a_list_of_prizes_keeps_its_fields(tmp_path: Path) -> None:
    first = "一等奖（3件）\n《黄河岸边的守望者》 甘肃日报 作者：王丽"
    second = "二等奖（8件）\n《乡村振兴看陇原》 天水日报 作者：陈晨"
    out, log = convert_txt(tmp_path, f"第三十届甘肃新闻奖获奖名单\n\n{first}\n\n{second}\n")
    assert f"{first}\n\n{second}" in out
    assert log == []


def test_a_two_line_headline_with_a_number_is_still_a_headline(tmp_path: Path) -> None:
    head = "前三季度 GDP 增长 5.2%\n经济持续恢复向好"
    lead = "本报讯 国家统计局今天发布数据，前三季度国内生产总值同比增长5.2%。"
    out, _log = convert_txt(tmp_path, f"{head}\n\n{lead}\n")
    assert "＊＊＊" not in out
    assert out.index("向好") < out.index("本报讯")


# --- 3. a phone line inside an article ---------------------------------------------------------

TIMETABLE = "兰州—天水 07:30 09:00 14:00\n兰州—定西 08:00 10:30 15:30"
PHONE = "购票电话：0931-8650000 12328"


def test_a_phone_line_inside_an_article_stays_text(tmp_path: Path) -> None:
    text = (f"春运班车时刻表\n\n兰州汽车东站发往各地班车时刻如下。\n\n{TIMETABLE}\n\n{PHONE}\n\n"
            "旅客可通过网络提前购票，车站将视客流加开班次。\n")
    out, log = convert_txt(tmp_path, text)
    assert f"{TIMETABLE}\n\n{PHONE}\n\n旅客可通过网络" in out
    assert log == []


def test_a_phone_line_between_the_lead_and_rows_stays_text(tmp_path: Path) -> None:
    text = f"春运班车时刻表\n\n兰州汽车东站发往各地班车时刻如下。\n\n{PHONE}\n\n{TIMETABLE}\n"
    out, _log = convert_txt(tmp_path, text)
    assert f"{PHONE}\n\n{TIMETABLE}" in out


def test_the_papers_phone_line_at_the_page_bottom_is_still_furniture(tmp_path: Path) -> None:
    text = "全市召开会议\n\n本报讯 全市召开秋冬季农业生产工作会议。\n\n新闻热线：0931-8123456\n"
    out, _log = convert_txt(tmp_path, text)
    assert "0931-8123456" not in out
    tei, _log = convert_txt(tmp_path, text, "tei")
    assert '<fw type="contact">新闻热线：0931-8123456</fw>' in tei


# --- 4. classified ads -------------------------------------------------------------------------

ADS = [
    "出租：城关区雁滩路商铺120平方米，临街，水电齐全。电话：0931-8612345 联系人：王女士",
    "出售：七里河区两室一厅住房，85平方米，精装修。电话：13919123456 联系人：李先生",
]


def test_classified_ads_stay_apart(tmp_path: Path) -> None:
    out, log = convert_txt(tmp_path, "分类广告\n\n" + "\n\n".join(ADS) + "\n")
    assert "\n\n".join(ADS) in out
    assert log == []


def test_a_phone_number_keeps_its_space_before_the_contact_label() -> None:
    text = "城关区雁滩路商铺出租，120平方米，临街\n0931-8612345 联系人"
    assert normalize_text(text).text == text


def test_a_number_before_a_word_in_a_sentence_still_loses_its_space() -> None:
    assert normalize_text("请拨打12345 热线反映问题。").text == "请拨打12345热线反映问题。"
