"""A date alone on a line of its own inside the article text is the article's text, never page
furniture: it is kept in `convert -f txt`, in the TEI body outside `<fw>` and in the JSON outside
`furniture` (it used to vanish from the plain text as a date line). The page's own date lines (the
running head under the masthead, a date with its weekday) stay furniture."""

from __future__ import annotations

import json
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from cli_pages import convert_stdin
from conftest_tei import TEI

HEAD = "人民日报\n2024年11月20日 星期三 第4版\n\n"
TITLE = "全市冬季供暖工作全面启动"
LEAD = "今年冬季供暖工作已经全面启动，各区县积极落实保障措施。"
MORE = "会议要求各部门加强协调，做好应急准备。"
_KEY = regex.compile(r"[\p{Han}\p{L}\p{N}]")


def _key(text: str) -> str:
    """The letters and digits of `text`: what must survive whatever the spacing and marks become."""
    return "".join(_KEY.findall(text))


def _tei_body_text(page: str) -> str:
    """The TEI body's text outside every `<fw>` (page furniture)."""
    root = etree.fromstring(convert_stdin(page).encode())
    body = root.find(f".//{TEI}body")
    assert body is not None
    for fw in body.iter(f"{TEI}fw"):
        fw.text = ""
    return "".join(body.itertext())


def _json_text(page: str) -> str:
    """The JSON article structure's strings, every `furniture` list left out."""
    def strip(o: Any) -> Any:
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items() if k != "furniture"}
        if isinstance(o, list):
            return [strip(v) for v in o]
        return o
    return json.dumps(strip(json.loads(convert_stdin(page, "-f", "json"))), ensure_ascii=False)


def _outputs(page: str) -> dict[str, str]:
    return {
        "txt": _key(convert_stdin(page, "-f", "txt")),
        "tei": _key(_tei_body_text(page)),
        "json": _key(_json_text(page)),
    }


#: Pages holding a date alone inside an article, and that date.
CASES = [
    pytest.param(  # a date printed under a subhead inside an article
        f"{HEAD}{TITLE}\n\n本报记者 张三\n\n{LEAD}\n\n供暖工作会议召开\n\n2024年11月20日\n\n{MORE}\n",
        "2024年11月20日", id="under-a-subhead"),
    pytest.param(  # a date on its line between two paragraphs
        f"{HEAD}{TITLE}\n\n{LEAD}\n\n二〇二四年十一月二十日\n\n{MORE}\n",
        "二〇二四年十一月二十日", id="between-paragraphs"),
    pytest.param(  # an open letter in mid-page, two officials signing it
        f"{HEAD}致全市市民的一封信\n\n全市广大市民朋友们：冬季供暖期间，请注意用火用电安全。\n\n"
        f"市长 王建国 副市长 李明\n\n2024年11月18日\n\n{MORE}\n",
        "2024年11月18日", id="two-officials-sign"),
    pytest.param(  # a Republican-era notice in traditional script, its signer and 卅
        f"{HEAD}{TITLE}\n\n該會昨日召開會議，討論明年度工作計劃。\n\n董事長 王大明 總經理 李小華\n\n"
        f"民国卅七年三月十日\n\n{MORE}\n",
        "民国卅七年三月十日", id="minguo-signer"),
    pytest.param(  # a chronicle: each entry's date over its title
        f"{HEAD}本市大事记\n\n国庆长假全市接待游客12万人次。\n\n中華民國三十六年五月廿一日\n\n"
        "兰州马拉松开跑\n\n三万名选手参加了比赛。\n",
        "中華民國三十六年五月廿一日", id="chronicle-entry"),
]


@pytest.mark.parametrize(("page", "date"), CASES)
def test_a_date_inside_the_text_is_kept_in_every_output(page: str, date: str) -> None:
    for fmt, text in _outputs(page).items():
        assert _key(date) in text, fmt


def test_a_date_between_paragraphs_stays_a_paragraph_of_its_own() -> None:
    page = f"{HEAD}{TITLE}\n\n{LEAD}\n\n2024年11月20日\n\n{MORE}\n"
    txt = convert_stdin(page, "-f", "txt")
    assert f"\n\n2024年11月20日\n\n{MORE}" in txt  # not run on into the next paragraph


def test_a_chronicle_date_heads_the_entry_under_it() -> None:
    page = (f"{HEAD}本市大事记\n\n国庆长假全市接待游客12万人次。\n\n2023年10月2日\n\n兰州马拉松开跑\n\n"
            "三万名选手参加了比赛。\n")
    txt = convert_stdin(page, "-f", "txt")
    assert "＊＊＊\n\n2023年10月2日\n兰州马拉松开跑" in txt  # still the next entry, dated


@pytest.mark.parametrize("line", ["2024年11月20日 星期三 第4版", "2024年11月20日"])
def test_the_running_heads_date_stays_furniture(line: str) -> None:
    page = f"人民日报\n{line}\n\n{TITLE}\n\n{LEAD}\n\n{MORE}\n"
    data = json.loads(convert_stdin(page, "-f", "json"))
    assert data["date"] == "2024-11-20"
    assert line in data["furniture"][0]
    assert "2024" not in convert_stdin(page, "-f", "txt")


def test_a_date_with_its_weekday_inside_the_text_stays_furniture() -> None:
    """The form a running head prints: page furniture wherever it stands (a known limit)."""
    page = f"{HEAD}{TITLE}\n\n{LEAD}\n\n2024年11月18日 星期一\n\n{MORE}\n"
    assert "星期一" not in convert_stdin(page, "-f", "txt")


#: Pieces of an article (a title first), which must all reach the outputs, and the page furniture.
_TITLES = ["全市冬季供暖工作全面启动", "秋收时节稻谷飘香", "港區籌建新碼頭"]
_BODY = [
    ["今年冬季供暖工作已经全面启动，各区县积极落实保障措施。"],
    ["該會昨日召開會議，討論明年度工作計劃，各委員均踴躍發言。"],
    ["本报记者 张三"],
    ["供暖工作会议召开"],
    ["此致", "敬礼！"],
    ["××市人民政府"],
    ["市长 王建国 副市长 李明"],
    ["董事長 王大明 總經理 李小華"],
    ["图为调研组在玉泉中学调研。", "记者 马俊 摄"],
]
_DATES = [
    "2024年11月20日", "二〇二四年十一月二十日", "中華民國三十六年五月廿一日", "民国卅七年三月十日",
    "1948年5月3日",
]
_FOOT = "责任编辑：李四 电话：010-12345678"


@st.composite
def _pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A page of articles built from pieces, a date alone between any two of them after the first
    paragraph; the lines that are no furniture by design."""
    blocks: list[list[str]] = []
    for _ in range(draw(st.integers(1, 3))):
        blocks.append([draw(st.sampled_from(_TITLES))])
        blocks.append([draw(st.sampled_from(_BODY[:2]))[0]])
        for piece in draw(st.lists(st.sampled_from(_BODY), max_size=4)):
            if draw(st.booleans()):
                blocks.append([draw(st.sampled_from(_DATES))])
            blocks.append(piece)
        blocks.append([draw(st.sampled_from(_BODY[:2]))[0]])
    page = HEAD + "\n\n".join("\n".join(b) for b in blocks) + f"\n\n{_FOOT}\n"
    return page, [line for b in blocks for line in b]


@settings(max_examples=25, deadline=None)
@given(_pages())
def test_every_line_of_article_text_reaches_every_output(case: tuple[str, list[str]]) -> None:
    page, lines = case
    outputs = _outputs(page)
    for fmt, text in outputs.items():
        for line in lines:
            assert all(_key(word) in text for word in line.split()), (fmt, line)


def test_a_date_line_inside_a_cut_sentence_stays_furniture() -> None:
    """A guard: a date line the OCR set inside a sentence (a column's foot) stays furniture, as before."""
    cut = "今年冬季供暖工作已经全面启动，各区县积极\n\n2024年11月20日\n\n落实保障措施。"
    page = f"{HEAD}{TITLE}\n\n{cut}\n\n{MORE}\n"
    txt = convert_stdin(page, "-f", "txt")
    assert "各区县积极" in txt and "落实保障措施。" in txt
    assert "2024年11月20日" not in txt  # not a paragraph cutting the sentence in two
