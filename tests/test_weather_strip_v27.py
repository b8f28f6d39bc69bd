"""A weather strip between two articles is page furniture with its gaps kept (helper RUNIN, v27;
walk-through W15, finding 10).

Before, `天气预报：北京 晴 3℃~-5℃ 西北风3-4级` was the next article's kicker and lost its gaps
(`天气预报：北京晴3℃~-5℃西北风3-4级`); a label over rows in blocks of their own was a pile of kickers, a
strip in one block a `p` of the article above. Now the strip is an `fw` where it stands, printed as it
is; the next article keeps only its own title. Prose about the weather reads as before.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cli_pages import convert_stdin
from layoutfix.cli import app
from tei_parts import NS, all_paragraphs, body_fws, body_texts, own_heads, tei_root

LEAD = "农业农村部最新农情调度显示，全国秋粮已收获92.5%。"
NEWS = f"全国秋粮收获过九成\n\n本报北京11月24日电（记者 刘毅）{LEAD}"
NEXT = "冬小麦播种基本结束\n\n本报北京11月24日电（记者 郁静娴）全国冬小麦播种已基本结束。"
HK = "港府公布施政報告\n\n本報訊 行政長官昨日在立法會發表施政報告，提出多項惠民措施。"
HK_NEXT = "天文台發出寒冷天氣警告\n\n本報訊 天文台昨晚發出寒冷天氣警告，預料氣溫將降至10度。"


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def _heads(tei: str) -> list[list[str]]:
    return [own_heads(a) for a in tei_root(tei).iterfind(".//t:div[@type='article']", NS)]


@pytest.mark.parametrize(
    "strip",
    [
        "天气预报：北京 晴 3℃~-5℃ 西北风3-4级",
        "今日天气：北京 晴 3℃~-5℃ 西北风3-4级",
        "今日天气：北京晴3℃~-5℃，西北风3-4级",
        "天气预报：北京 晴 3℃~-5℃ 西北风3-4级；上海 多云 12℃~8℃；广州 阴转小雨 22℃~17℃",
        "天气预报\n北京 晴 3℃~-5℃ 西北风3-4级\n上海 多云 12℃~6℃\n广州 阴转小雨 22℃~17℃",
        "天气预报：\n兰州 晴 8～-3℃ 东风2级\n西宁 小雪 2～-9℃",
    ],
)
def test_a_weather_strip_is_furniture_as_printed(strip: str) -> None:
    tei = convert_stdin(_page(NEWS, strip, NEXT))
    assert [t for _, t in body_fws(tei)] == [strip]
    assert _heads(tei) == [["全国秋粮收获过九成"], ["冬小麦播种基本结束"]]
    assert all(strip not in p for p in all_paragraphs(tei_root(tei)))


def test_rows_in_blocks_of_their_own_are_no_kickers() -> None:
    """The label over rows in blocks of their own is a listing, its rows one `p` with their gaps, and
    the title under them is the next article's alone (before: five kickers over it)."""
    rows = ["北京 晴 3℃~-5℃ 西北风3-4级", "上海 多云 12℃~6℃"]
    tei = convert_stdin(_page(NEWS, "天气预报", *rows, NEXT))
    assert _heads(tei)[-1] == ["冬小麦播种基本结束"]
    assert "\n".join(rows) in all_paragraphs(tei_root(tei))


def test_a_weather_box_alone_is_a_listing_as_before() -> None:
    """With no article's text above it the strip is left to the listing rules: label and rows."""
    tei = convert_stdin(_page("天气预报\n北京 晴 3℃~-5℃ 西北风3-4级\n上海 多云 12℃~6℃"))
    assert body_fws(tei) == []


HK_STRIPS = ["今日天氣：香港 多雲 22℃~17℃", "天氣預報\n香港 多雲 22℃~17℃\n澳門 晴 23℃~18℃"]


@pytest.mark.parametrize("strip", HK_STRIPS)
def test_traditional_weather_strips(strip: str) -> None:
    tei = convert_stdin(_page(HK, strip, HK_NEXT))
    assert [t for _, t in body_fws(tei)] == [strip]
    assert _heads(tei)[-1] == ["天文台發出寒冷天氣警告"]


def test_the_walk_through_strip_keeps_its_gaps_in_json_and_normalize() -> None:
    """The OCR's `天气预报:…`: its colon made full-width, its gaps kept, in JSON's furniture of the
    article it stands in and in `normalize`'s text."""
    page = _page(NEWS, "天气预报:北京 晴 3℃~-5℃ 西北风3-4级", NEXT)
    got = json.loads(convert_stdin(page, "-f", "json"))
    assert [a["furniture"] for a in got["articles"]] == [["天气预报：北京 晴 3℃~-5℃ 西北风3-4级"], []]
    result = CliRunner().invoke(app, ["normalize", "-"], input=page)
    assert result.exit_code == 0
    assert "天气预报：北京 晴 3℃~-5℃ 西北风3-4级\n" in result.stdout


@pytest.mark.parametrize(
    "para",
    ["今天北京晴，最高气温3℃。", "北京今日晴，气温3℃至-5℃，市民出行注意保暖。"],
)
def test_prose_about_the_weather_stays_text(para: str) -> None:
    tei = convert_stdin(_page(NEWS, para, NEXT))
    assert body_fws(tei) == []
    assert para in all_paragraphs(tei_root(tei))


def test_a_stray_space_in_weather_prose_still_goes() -> None:
    tei = convert_stdin(_page("寒潮来袭", "本报讯 受冷空气影响，今 天全市晴，气温3℃~-5℃。"))
    assert body_texts(tei, "p") == ["受冷空气影响，今天全市晴，气温3℃~-5℃。"]


COLD = "寒潮来袭 我市气温骤降"
LANZHOU = "今日天气：兰州 小雪 -2℃~-12℃ 北风4级"


def _txt(page: str) -> str:
    return convert_stdin(page, "-f", "txt")


def test_a_forecast_a_sentence_announces_is_the_storys_text() -> None:
    """Under `…据气象台预报：` the strip is what the story announces (review case m23): no `fw`,
    every line kept, the story's next sentence a paragraph of its own (the first cut dropped the
    forecast from txt and glued `据气象台预报：明天气温将继续下降。`)."""
    page = _page(COLD, "本报讯（记者 王芳）受强冷空气影响，我市气温明显下降。据气象台预报：", LANZHOU,
                 "明天气温将继续下降。", NEXT)
    tei = convert_stdin(page)
    assert body_fws(tei) == []
    txt = _txt(page)
    assert "据气象台预报：\n\n" in txt
    assert f"\n{LANZHOU}\n" in txt
    assert "\n明天气温将继续下降。\n" in txt


def test_a_forecast_table_inside_a_story_is_its_text() -> None:
    """A label over rows after `各地今日天气如下：` (m05), the story going on under it: every row
    printed in txt, none an `fw`."""
    rows = ["兰州 小雪 -2℃~-12℃", "天水 阴 3℃~-5℃", "酒泉 晴 -1℃~-15℃"]
    page = _page(COLD, "本报讯（记者 王芳）受强冷空气影响，全省气温明显下降。各地今日天气如下：",
                 "\n".join(["天气预报", *rows]), "气象部门提醒市民注意防寒保暖。", NEXT)
    assert body_fws(convert_stdin(page)) == []
    txt = _txt(page)
    assert all(f"{row}\n" in txt for row in rows)
    assert "\n气象部门提醒市民注意防寒保暖。\n" in txt


@pytest.mark.parametrize(
    ("lead", "strip", "after"),
    [
        (  # a travel story's own table between its paragraphs (m19)
            "本报讯 冬季是到哈尔滨看冰雪的好时节。",
            "天气\n哈尔滨 晴 -15℃~-25℃\n长春 晴 -12℃~-22℃",
            "游客出行前应关注天气变化，备好防寒衣物。",
        ),
        (  # a weather story's strip between two of its paragraphs (m04)
            "本报讯（记者 王芳）受强冷空气影响，我市气温明显下降。",
            LANZHOU,
            "气象部门提醒市民注意防寒保暖，出行注意安全。",
        ),
    ],
)
def test_a_strip_between_a_storys_paragraphs_is_its_text(lead: str, strip: str, after: str) -> None:
    """With a story's paragraph under it the strip stands inside that story: no `fw`, txt prints it."""
    page = _page("冬季旅游指南", lead, strip, after, NEXT)
    assert body_fws(convert_stdin(page)) == []
    txt = _txt(page)
    assert all(f"{line}\n" in txt for line in strip.split("\n"))
    assert f"\n{after}\n" in txt
