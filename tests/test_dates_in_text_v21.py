"""A date alone on its line strictly between two paragraphs of one article is the article's text: a
paragraph of its own in `convert -f txt`, a `<p>` in the TEI body, a paragraph in the JSON (it used
to vanish as page furniture). Everywhere else a date alone stays as it was (guards): the page's own
date, a date under a heading, a byline or a caption, over a heading, at the page's foot, the next
page's head, a notice's or a letter's date, a schedule's, a diary's or a forecast's dates, two dates
in a row, a date with its weekday."""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import etree

from cli_pages import convert_stdin
from conftest_tei import TEI

HEAD = "甘肃日报\n2024年11月20日 星期三 第4版\n\n"
T1 = "全市冬季供暖工作全面启动"
T2 = "兰州新区打造西部陆港枢纽"
L1 = "今年冬季供暖工作已经全面启动，各区县积极落实保障措施。"
L2 = "会议要求各部门加强协调，做好应急准备。"
L3 = "兰州新区近年来持续推进陆港建设，货运量稳步增长。"
#: Dates that are not the page's (the running head prints 2024-11-20).
D1 = "2024年11月21日"
D2 = "2024年11月22日"
LETTER = "致全市市民的一封信\n\n全市广大市民朋友们：\n\n冬季供暖期间，请注意用火用电安全。\n\n"


def _json(page: str, *args: str) -> dict[str, Any]:
    return json.loads(convert_stdin(page, "-f", "json", *args))


def _paragraphs(article: dict[str, Any]) -> list[str]:
    """The texts of an article's paragraphs, its sections' too, in order."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "text" in node and "incomplete" in node:
                out.append(node["text"])
            for key, value in node.items():
                if key != "furniture":
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(article)
    return out


def _tei_body_fw_and_p(page: str) -> tuple[list[str], list[str]]:
    """The texts of the TEI body's `<fw>` and `<p>` elements."""
    body = etree.fromstring(convert_stdin(page).encode()).find(f".//{TEI}body")
    assert body is not None
    fws = ["".join(e.itertext()) for e in body.iter(f"{TEI}fw")]
    ps = ["".join(e.itertext()) for e in body.iter(f"{TEI}p")]
    return fws, ps


#: (page, the paragraphs above and below the date, the date): a date between two paragraphs.
FIXED = [
    pytest.param(f"{HEAD}{T1}\n\n{L1}\n\n{D1}\n\n{L2}\n", L1, L2, D1, id="arabic-date"),
    pytest.param(f"{HEAD}{T1}\n\n{L1}\n\n二〇二四年十一月二十一日\n\n{L2}\n", L1, L2,
                 "二〇二四年十一月二十一日", id="hanzi-date"),
    pytest.param(f"{HEAD}{T1}\n\n{L1}\n\n民国卅七年三月十日\n\n{L2}\n", L1, L2, "民国卅七年三月十日",
                 id="minguo-date"),
    pytest.param(f"{HEAD}{T1}\n\n“今年冬季供暖工作已经全面启动。”\n\n{D1}\n\n{L2}\n",
                 "“今年冬季供暖工作已经全面启动。”", L2, D1, id="under-a-quote"),
    pytest.param(f"{HEAD}{T1}\n\n本报记者 张三\n\n{L1}\n\n{D1}\n\n{L2}\n\n{T2}\n\n{L3}\n", L1, L2, D1,
                 id="first-of-two-articles"),
]


@pytest.mark.parametrize(("page", "above", "below", "date"), FIXED)
def test_a_date_between_two_paragraphs_is_a_paragraph_of_its_own(
    page: str, above: str, below: str, date: str
) -> None:
    txt = convert_stdin(page, "-f", "txt")
    assert f"{above}\n\n{date}\n\n{below}" in txt  # kept, and run into neither paragraph
    data = _json(page)
    assert data["date"] == "2024-11-20"  # the page's date, as before
    first = data["articles"][0]
    assert first["titles"] == [T1]  # the date starts no article
    paragraphs = _paragraphs(first)
    assert paragraphs[paragraphs.index(above) : paragraphs.index(above) + 3] == [above, date, below]
    assert date not in first["furniture"]
    fws, ps = _tei_body_fw_and_p(page)
    assert date in ps and date not in fws


def test_two_dates_each_between_paragraphs_are_both_kept() -> None:
    page = f"{HEAD}{T1}\n\n{L1}\n\n{D1}\n\n{L2}\n\n{D2}\n\n{L3}\n"
    txt = convert_stdin(page, "-f", "txt")
    assert f"{L1}\n\n{D1}\n\n{L2}\n\n{D2}\n\n{L3}" in txt
    (article,) = _json(page)["articles"]
    assert article["furniture"] == []


def test_the_date_given_on_the_command_line_is_the_pages_own() -> None:
    """`--date` names the page's date too: a date between paragraphs stating it stays furniture,
    another one is text."""
    page = f"{HEAD}{T1}\n\n{L1}\n\n{D1}\n\n{L2}\n"
    assert f"{L1}\n\n{D1}\n\n{L2}" in convert_stdin(page, "-f", "txt", "--date", "2024-11-19")
    assert D1 not in convert_stdin(page, "-f", "txt", "--date", "2024-11-21")


def test_the_running_heads_date_stays_furniture_whatever_date_is_given() -> None:
    page = f"{HEAD}{T1}\n\n{L1}\n\n2024年11月20日\n\n{L2}\n"
    assert "2024年11月20日" not in convert_stdin(page, "-f", "txt", "--date", "2024-11-19")


# Guards: each stays as it was (these pass before the change and after it).

def _dropped(page: str, *dates: str) -> dict[str, Any]:
    """Check the dates are page furniture still (not in the txt, in the JSON furniture, TEI `<fw>`);
    the JSON."""
    txt = convert_stdin(page, "-f", "txt")
    data = _json(page)
    furniture = [f for a in data["articles"] for f in a["furniture"]]
    fws, ps = _tei_body_fw_and_p(page)
    for date in dates:
        assert date not in txt
        assert date in furniture
        assert date in fws and date not in ps
    return data


@pytest.mark.parametrize("date", ["2024年11月20日", "二〇二四年十一月二十日"])
def test_the_pages_own_date_between_paragraphs_stays_furniture(date: str) -> None:
    _dropped(f"{HEAD}{T1}\n\n{L1}\n\n{date}\n\n{L2}\n", date)


def test_a_date_between_paragraphs_on_a_page_with_no_running_head_is_its_date() -> None:
    """The date is the page's (JSON `date`) where no running head states one: it stays so."""
    data = _dropped(f"{T1}\n\n{L1}\n\n{D1}\n\n{L2}\n", D1)
    assert data["date"] == "2024-11-21"


def test_a_date_with_its_weekday_stays_furniture() -> None:
    _dropped(f"{HEAD}{T1}\n\n{L1}\n\n{D1} 星期四\n\n{L2}\n", f"{D1} 星期四")


def test_a_date_under_a_subhead_starts_no_article() -> None:
    data = _dropped(f"{HEAD}{T1}\n\n{L1}\n\n供暖工作会议召开\n\n{D1}\n\n{L2}\n", D1)
    assert [a["titles"] for a in data["articles"]] == [[T1], ["供暖工作会议召开"]]


def test_a_date_under_a_byline_stays_furniture() -> None:
    data = _dropped(f"{HEAD}{T1}\n\n本报记者 张三\n\n{D1}\n\n{L1}\n\n{L2}\n", D1)
    assert _paragraphs(data["articles"][0]) == [L1, L2]


def test_a_date_under_a_caption_stays_furniture() -> None:
    _dropped(f"{HEAD}{T1}\n\n{L1}\n\n图为调研组在玉泉中学调研。\n记者 马俊 摄\n\n{D1}\n\n{L2}\n", D1)


def test_two_dates_in_a_row_stay_furniture() -> None:
    _dropped(f"{HEAD}{T1}\n\n{L1}\n\n{D1}\n\n{D2}\n\n{L2}\n", D1, D2)


def test_a_diarys_dates_stay_alike() -> None:
    """The first entry's date stands under the title: the second, between two paragraphs, is left
    as the first is, so the diary does not read one entry dated and one not."""
    _dropped(f"{HEAD}抗疫日记\n\n{D1}\n\n今天是封控的第一天。\n\n{D2}\n\n今天社区送来了蔬菜。\n", D1, D2)


def test_a_schedules_dates_stay_as_they_were() -> None:
    page = (f"{HEAD}{T1}\n\n{L1}\n\n活动安排\n\n{D1}\n\n上午9时 开幕式\n下午2时 分组讨论\n\n{D2}\n\n"
            "上午9时 闭幕式\n")
    _dropped(page, D1, D2)


def test_a_forecasts_dates_stay_as_they_were() -> None:
    page = f"{HEAD}天气预报\n\n今天全市晴转多云。\n\n{D1}\n\n晴 -3℃～8℃\n\n{D2}\n\n多云 -5℃～6℃\n"
    _dropped(page, D1, D2)


def test_a_date_under_a_colon_stays_furniture() -> None:
    """A known limit: the sentence above does not end (`会议时间定为：`), so the date stays furniture."""
    _dropped(f"{HEAD}{T1}\n\n会议时间定为：\n\n{D1}\n\n会议地点为市政府。\n", D1)


def test_a_date_over_the_next_articles_title_stays_furniture() -> None:
    """The issue's date repeated over the second article: no paragraph, nor glued to its title."""
    data = _dropped(f"{HEAD}{T1}\n\n{L1}\n\n{L2}\n\n{D1}\n\n{T2}\n\n{L3}\n", D1)
    (article,) = data["articles"]  # (`T2` a subhead, as before)
    assert _paragraphs(article) == [L1, L2, L3]
    assert all(D1 not in head for head in [*article["titles"], *article["subheads"]])


@pytest.mark.parametrize("foot", ["— 4 —", "（本版责任编辑：张三）", "甘肃日报社出版"])
def test_a_date_at_the_pages_foot_stays_furniture(foot: str) -> None:
    data = _dropped(f"{HEAD}{T1}\n\n{L1}\n\n{L2}\n\n{D1}\n\n{foot}\n", D1)
    assert _paragraphs(data["articles"][0])[:2] == [L1, L2]


def test_the_next_pages_head_stays_out_of_the_article() -> None:
    data = _dropped(f"{HEAD}{T1}\n\n{L1}\n\n{L2}\n\n甘肃日报\n\n{D1}\n\n{T2}\n\n{L3}\n", D1)
    assert _paragraphs(data["articles"][0])[:2] == [L1, L2]


def test_a_notices_date_over_text_stays_furniture() -> None:
    notice = "关于调整公交线路的通告\n\n因道路施工，部分公交线路将临时调整。\n\n特此通告。"
    page = f"{HEAD}{notice}\n\n{D1}\n\n{L3}\n"
    _dropped(page, D1)


def test_a_letters_close_stays_in_the_letter() -> None:
    """`此致` / `敬礼！`, its signer and its date close the letter; the next article is apart."""
    page = f"{HEAD}{LETTER}此致\n敬礼！\n\n兰州市人民政府\n\n{D1}\n\n{T2}\n\n{L3}\n"
    letter, nxt = _json(page)["articles"]
    assert "此致\n敬礼！" in _paragraphs(letter)
    assert letter["signature"] == f"兰州市人民政府\n\n{D1}"
    assert nxt["titles"] == [T2]


def test_a_letters_date_under_its_close_stays_furniture() -> None:
    data = _dropped(f"{HEAD}{LETTER}此致\n敬礼！\n\n{D1}\n\n{L3}\n", D1)
    (letter,) = data["articles"]  # the close stays in the letter, no new article
    assert "此致\n敬礼！" in [*letter["subheads"], *_paragraphs(letter)]


def test_a_date_under_two_signers_stays_furniture() -> None:
    _dropped(f"{HEAD}{LETTER}市长 王建国 副市长 李明\n\n{D1}\n\n{L3}\n", D1)


def test_a_chronicles_entry_date_stays_furniture() -> None:
    page = (f"{HEAD}本市大事记\n\n2024年11月1日\n\n全市供暖启动\n\n{L1}\n\n{D1}\n\n兰州马拉松开跑\n\n"
            "三万名选手参加了比赛。\n")
    _dropped(page, "2024年11月1日", D1)
