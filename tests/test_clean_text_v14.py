"""Correct text in, no edits out: passages as a well-edited mainland (or Hong Kong, Taiwan) paper
prints them go through `normalize` and `convert` unchanged, with an empty edit log.

Each case here is a form of correct text the audit of v14 found changed (a space an editor set,
text left out of an output); the audit's passages are in the final report of that session."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import convert_txt, normalize_logged
from layoutfix.normalize.steps import normalize_text


def edits_of(text: str) -> list[tuple[str, str, str]]:
    """The edits `normalize` makes on `text`: (before, after, rule)."""
    return [(e.before, e.after, e.rule) for e in normalize_text(text).edits]


# --- the gap after a dateline ------------------------------------------------------------------

DATELINES = [
    # a dated 讯 (经济日报, 光明日报: 本报北京10月11日讯)
    "本报兰州10月11日讯 记者从省统计局获悉，全省经济持续回升。",
    "本报北京10月11日讯 记者王丽从国家统计局获悉，9月份CPI同比持平。",
    "本报兰州10月11日讯 10月11日，全省召开秋冬季农业生产工作会议。",
    # an agency's 电 without a date
    "新华社北京电 国家统计局11日发布数据显示，9月份CPI同比持平。",
    # the same on a traditional page
    "本報北京10月11日訊 記者從國家統計局獲悉，9月份CPI同比持平。",
]


@pytest.mark.parametrize("text", DATELINES)
def test_the_gap_after_a_dateline_stays(text: str) -> None:
    assert edits_of(text) == []
    assert normalize_text(text).text == text


#: Sentences opening with the paper's or an agency's name whose 电 opens a word with the hanzi after
#: it (电网, 电信), a stray OCR space between: no dateline, so the space goes.
WIRE_LOOKALIKES = [
    ("新华社记者在国家电 网公司调研时了解到，今年以来电网投资持续增长。",
     "新华社记者在国家电网公司调研时了解到，今年以来电网投资持续增长。"),
    ("本报记者走进中国电 信营业厅，看到市民排队办理业务。",
     "本报记者走进中国电信营业厅，看到市民排队办理业务。"),
    ("新華社記者在國家電 網公司調研時了解到，電網投資持續增長。",
     "新華社記者在國家電網公司調研時了解到，電網投資持續增長。"),
]


@pytest.mark.parametrize(("text", "fixed"), WIRE_LOOKALIKES)
def test_a_sentence_whose_电_opens_a_word_is_no_dateline(text: str, fixed: str) -> None:
    assert normalize_text(text).text == fixed


def test_a_sentence_whose_电_opens_a_word_is_not_cut_as_a_byline(tmp_path: Path) -> None:
    text = "全省电网投资持续增长\n\n新华社记者在国家电网公司调研时了解到，今年以来电网投资持续增长。\n"
    out, _log = convert_txt(tmp_path, text)
    assert "新华社记者在国家电网公司调研时了解到" in out


def test_the_cli_keeps_a_dated_dateline_gap(tmp_path: Path) -> None:
    text = DATELINES[0] + "\n"
    out, log = normalize_logged(tmp_path, text)
    assert (out, log) == (text, [])
    out, log = convert_txt(tmp_path, text)
    assert log == []
    assert "记者从省统计局获悉，全省经济持续回升。" in out


@pytest.mark.parametrize(
    "text",
    ["他用手机充电 后来又出门了。", "今天全市停电 部分地区恢复。", "本报讯记者从省统计局获悉 全省经济回升。"],
)
def test_a_stray_space_after_no_dateline_still_goes(text: str) -> None:
    assert [rule for _, _, rule in edits_of(text)] == ["space.cjk-cjk"]


# --- names listed with spaces --------------------------------------------------------------------

NAME_LISTS = [
    "获奖名单：王丽 李华 张强 赵静",
    "一等奖：王丽 李华\n二等奖：张强 赵静 刘洋",
    "近日，省委决定授予以下同志荣誉称号。\n王丽 李华 张强 赵静",
    "會議代表：王麗 李華 張強",
]


@pytest.mark.parametrize("text", NAME_LISTS)
def test_the_spaces_between_listed_names_stay(text: str) -> None:
    """Run together (王丽李华张强) the names of a list cannot be told apart."""
    assert edits_of(text) == []


def test_the_cli_keeps_a_name_list(tmp_path: Path) -> None:
    text = "全省优秀共产党员名单\n\n近日，省委决定授予以下同志荣誉称号。\n\n一等奖：王丽 李华 张强\n"
    out, log = normalize_logged(tmp_path, text)
    assert (out, log) == (text, [])
    out, log = convert_txt(tmp_path, text)
    assert log == []
    assert "王丽 李华 张强" in out


@pytest.mark.parametrize(
    "text",
    [
        "近日，全市召开会议。\n会议 现场 气氛热烈",  # words, no names
        "近日，全市召开会议。\n平安 和谐 发展",
        "获奖名单：王丽 李华，张强 赵静",  # sentence punctuation: running text
    ],
)
def test_a_stray_space_between_words_still_goes(text: str) -> None:
    assert edits_of(text) != []
    assert all(rule == "space.cjk-cjk" for _, _, rule in edits_of(text))


# --- verse set with a space between the halves of its lines ----------------------------------------

VERSE = [
    "床前明月光 疑是地上霜\n举头望明月 低头思故乡",
    "静夜思\n床前明月光 疑是地上霜\n举头望明月 低头思故乡\n——李白",
    "人生得意须尽欢 莫使金樽空对月\n天生我材必有用 千金散尽还复来",
]


@pytest.mark.parametrize("text", VERSE)
def test_the_caesura_of_a_poem_stays(text: str) -> None:
    assert edits_of(text) == []


def test_the_cli_keeps_a_poem_in_an_article(tmp_path: Path) -> None:
    text = (
        "千年古诗今犹存\n\n近日，记者走访了李白故里。一位老人为记者吟诵了这首诗：\n\n"
        + VERSE[0] + "\n\n老人说，这首诗他从小就会背。\n"
    )
    out, log = normalize_logged(tmp_path, text)
    assert (out, log) == (text, [])
    out, log = convert_txt(tmp_path, text)
    assert log == []
    assert "床前明月光 疑是地上霜\n举头望明月 低头思故乡" in out


@pytest.mark.parametrize(
    "text",
    [
        # halves of different lengths: prose (four lines, as two or three the labels read as a
        # headline, whose phrase gaps stay: tests/test_gaps_v14.py)
        "全市召开会议 部署工作\n会议要求各地 抓好落实\n确保各项任务 落到实处\n推动全市经济 高质量发展",
        "近日，全市召开会议。\n床前明月光 疑是地上霜",  # one line under a sentence
        "明月几时 有把酒问青天\n不知天上宫阙 今夕是何年\n我欲乘风 归去又恐琼楼玉宇\n高处不胜寒 起舞弄清影",
    ],
)
def test_a_stray_space_in_prose_lines_still_goes(text: str) -> None:
    assert edits_of(text) != []


# --- a headline ending in a word whose last character may also be a particle -----------------------

LEAD = "近日，记者走访了多个村镇，当地群众热情接待了记者。"


@pytest.mark.parametrize(
    "headline", ["把握正确政治方向", "坚持问题导向", "人人平等", "大有可为", "初心永在", "青春与梦想同在"]
)
def test_a_headline_ending_in_a_whole_word_is_not_joined_to_the_lead(tmp_path: Path, headline: str) -> None:
    """方向 ends in 向, 平等 in 等, 永在 in 在: the headline stays a title, not the lead's first words."""
    text = f"{headline}\n\n{LEAD}\n"
    out, log = convert_txt(tmp_path, text)
    assert log == []
    assert out.startswith(f"{headline}\n\n{LEAD}")


@pytest.mark.parametrize("cut", ["全面推进乡村振兴的", "会议认为", "各地要切实加强对", "这项工作即将"])
def test_a_block_cut_after_a_particle_is_still_joined(tmp_path: Path, cut: str) -> None:
    out, log = convert_txt(tmp_path, f"{cut}\n\n{LEAD}\n")
    assert [line["rule"] for line in log] == ["layout.join-paragraph"]
    assert out.startswith(cut + LEAD)


# --- a sentence naming a site before the article's end note ----------------------------------------


def test_a_sentence_with_a_link_before_an_end_note_stays_in_the_article(tmp_path: Path) -> None:
    """It was read as a contact line (page furniture) and left out of the txt output."""
    last = "详情请登录www.gansu.gov.cn查询。（完）"
    text = f"全市召开会议\n\n近日，全市召开会议，部署相关工作。\n\n{last}\n"
    out, log = convert_txt(tmp_path, text)
    assert log == []
    assert last in out


def test_a_contact_line_before_an_end_note_is_still_furniture(tmp_path: Path) -> None:
    text = "全市召开会议\n\n近日，全市召开会议。\n\ne-mail:ab@163.com（完）\n"
    out, _ = convert_txt(tmp_path, text)
    assert "ab@163.com" not in out
