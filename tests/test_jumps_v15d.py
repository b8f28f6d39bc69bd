"""Jumps between the pages of an issue (v15, helper D): a `（转2）` dialling a telephone extension is
no jump marker; a page named by a Chinese numeral without 版 (`（转四）`, `（接一）`) is one; a part
whose last paragraph is closed (`…落实。（会议现场）`) is no evidence for a continuation that opens
mid-sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_pages import write_pages as _write_pages
from layoutfix.issue import convert_issue
from layoutfix.layout import jumps
from layoutfix.layout.continuation import find_markers
from layoutfix.model import Article, Block, Part
from layoutfix.pipeline import convert
from tei_parts import articles_by_id, paragraph_texts

_TITLE = "市民服务中心开通咨询热线"
_LEAD = "本报讯（记者 王丽）市民服务中心即日起开通咨询服务，市民办理业务可拨打"
_OTHER = "另一条新闻标题\n\n本报讯 今天全市天气晴朗，气温适宜。\n"


# --- a telephone extension: `电话（转2）` -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "服务电话（转2）",
        "咨询电话：（转2）",
        "联系电话 （转12）",
        "電話（轉3）",
        "总机 0931-8612345（转8001）",
        "总机 0931-8612345 （转2）",  # a space between the number and the extension
        "电话 8612345　（转2）",
        "總機：（轉2）",
        "分机（转5）",
        "Tel: （转2）",
        "服务电话（转二）",
    ],
)
def test_a_telephone_extension_is_no_marker(text: str) -> None:
    assert find_markers(text) == []


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("要进一步扩大开放合作（转2）", "2"),
        ("本报讯（转2）", "2"),
        ("成为今年暑期的旅游热线（转2）", "2"),  # a travel route, not a telephone
        ("欢迎拨打热线电话（下转第2版）", "2"),  # 版 names the page whatever stands before
        ("市民可拨打服务电话\n（转3）", "3"),  # on a line of its own
    ],
)
def test_a_marker_after_words_is_still_read(text: str, page: str) -> None:
    (found,) = find_markers(text)
    assert (found.direction, found.page) == ("to", page)


@pytest.mark.parametrize("extension", ["服务电话（转2）", "总机 0931-8612345 （转2）", "座机（转8）"])
def test_a_paragraph_closing_on_an_extension_keeps_it_and_jumps_nowhere(
    tmp_path: Path, extension: str
) -> None:
    page = _write_pages(tmp_path / "in", {"p.txt": f"{_TITLE}\n\n{_LEAD}{extension}\n\n{_OTHER}"}) / "p.txt"
    data = json.loads(convert(page, fmt="json").output)
    art = data["articles"][0]
    assert art["continuation"] == {"from_page": None, "to_page": None, "markers": []}
    kept = extension.replace(" ", "")  # the spacing step drops the space after 总机
    assert art["paragraphs"][-1]["text"].endswith(kept)
    (div, _other) = articles_by_id(convert(page).output).values()
    assert div.get("part") is None and paragraph_texts(div)[-1].endswith(kept)


def test_an_extension_does_not_pair_with_a_part_on_the_page_it_seems_to_name(tmp_path: Path) -> None:
    folder = _write_pages(tmp_path / "issue", {
        "p01.txt": f"{_TITLE}\n\n{_LEAD}服务电话（转2）\n",
        "p02.txt": "咨询热线\n\n（接1）\n\n开放合作的领域，推动物流企业集聚发展。\n",
    })
    result = convert_issue([folder])
    assert [(j.status, j.source, j.from_page) for j in result.jumps] == [("no-match", None, 1)]
    assert paragraph_texts(articles_by_id(result.output)["p1-a1"])[-1].endswith("服务电话（转2）")


# --- a page named by a Chinese numeral without 版: `（转四）` -----------------------------------------


@pytest.mark.parametrize(
    ("marker", "direction", "page"),
    [
        ("（转四）", "to", "4"),
        ("（轉四）", "to", "4"),
        ("（下转三）", "to", "3"),
        ("(下转 二)", "to", "2"),
        ("（转十二）", "to", "12"),
        ("（接一）", "from", "1"),
        ("（上接一）", "from", "1"),
        ("（續見三）", "to", "3"),
    ],
)
def test_a_chinese_numeral_page_without_its_unit_is_a_marker(marker: str, direction: str, page: str) -> None:
    (found,) = find_markers(f"要进一步扩大开放合作{marker}")
    assert (found.direction, found.page, found.text) == (direction, page, marker)


@pytest.mark.parametrize(
    "text",
    [
        "（转四次车）",
        "好运（转一转）",
        "（转一下）",
        "（接二连三）",
        "回忆录（续三）",  # an instalment
        "（见二）",  # a note
        "（转零）",
        "（转一百）",
        "（转十十）",
    ],
)
def test_words_with_a_chinese_numeral_in_brackets_are_no_marker(text: str) -> None:
    assert find_markers(text) == []


_CUT = "兰州新区打造西部陆港枢纽\n\n本报讯（记者 王丽）兰州新区11日举行陆港建设推进会，会议提出，要进一步扩大"
_GOES_ON = "开放合作的领域，推动物流企业集聚发展。"


@pytest.mark.parametrize(
    ("to_marker", "from_marker", "to_page"),
    [
        ("（转四）", "（接一）", 4),
        ("\n\n（下转四）", "（上接一）", 4),
        ("（轉四）", "（接1版）", 4),
        ("（转4）", "（接一）", 4),
        ("（转十二）", "（接一）", 12),
    ],
)
def test_an_issue_joins_a_jump_marked_by_a_chinese_numeral(
    tmp_path: Path, to_marker: str, from_marker: str, to_page: int
) -> None:
    folder = _write_pages(tmp_path / "issue", {
        "p01.txt": f"{_CUT}{to_marker}\n",
        f"p{to_page:02d}.txt": f"西部陆港枢纽\n\n{from_marker}\n\n{_GOES_ON}\n",
    })
    result = convert_issue([folder])
    assert [(j.status, j.from_page, j.to_page) for j in result.jumps] == [("resolved", 1, to_page)]
    (div,) = articles_by_id(result.output).values()
    assert paragraph_texts(div)[-1].startswith("兰州新区11日") and paragraph_texts(div)[-1].endswith(_GOES_ON)


def test_a_chinese_numeral_marker_opening_a_block_starts_a_continuation(tmp_path: Path) -> None:
    folder = _write_pages(tmp_path / "issue", {
        "p01.txt": f"{_CUT}（转二）\n",
        "p02.txt": f"西部陆港枢纽\n\n（接一）{_GOES_ON}\n",
    })
    data = json.loads(convert_issue([folder], fmt="json").output)
    (art,) = data["articles"]
    assert art["paragraphs"][-1]["text"].endswith("要进一步扩大" + _GOES_ON)
    assert art["paragraphs"][-1]["incomplete"] is False


def test_prose_with_a_numeral_in_brackets_closing_a_paragraph_stays_text(tmp_path: Path) -> None:
    text = "幸运转盘\n\n本报讯 游客们在景区排队试试好运（转一转）\n\n" + _OTHER
    page = _write_pages(tmp_path / "in", {"p.txt": text}) / "p.txt"
    art = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert art["continuation"]["to_page"] is None
    assert art["paragraphs"][-1]["text"].endswith("好运（转一转）")


# --- the break evidence reads a paragraph's end as the join does -----------------------------------

_SAFETY = "全市部署秋冬季安全生产工作\n\n本报讯（记者 王丽）市政府10日召开会议，部署秋冬季安全生产工作。"
_PORT = "兰州新区打造西部陆港枢纽\n\n本报讯（记者 李华）兰州新区11日举行陆港建设推进会，会议提出"
_OPENS_WITH_COMMA = "（接1版）\n\n，要进一步扩大开放合作的领域，推动物流企业集聚发展。\n"


@pytest.mark.parametrize(
    "closed",
    [
        "会议要求各地抓好落实。（会议现场）",  # words in brackets after the last sentence
        "他说：“要抓好落实。”（新华社）",
        "会议要求各地抓好落实。\n（平安）",
        "会议要求各地抓好落实。”",  # a closing quote after the full stop (ends a sentence already)
        "他说：“要抓好落实。”",
    ],
)
def test_a_closed_paragraph_before_a_jump_is_no_break_evidence(tmp_path: Path, closed: str) -> None:
    """Two parts jump from page 1 to page 2, one closed (`…落实。（会议现场）`), one cut mid-sentence;
    the continuation opens with a comma, so it goes on the cut one."""
    folder = _write_pages(tmp_path / "issue", {
        "p01.txt": f"{_SAFETY}{closed}\n\n（转2版）\n\n{_PORT}\n\n（转2版）\n",
        "p02.txt": _OPENS_WITH_COMMA,
    })
    result = convert_issue([folder])
    assert [(j.status, j.source.id if j.source else None, j.target.id if j.target else None)
            for j in result.jumps] == [("no-match", "p1-a1", None), ("resolved", "p1-a2", "p2-a1")]
    data = json.loads(convert_issue([folder], fmt="json").output)
    (port,) = [a for a in data["articles"] if a["id"] == "p1-a2"]
    assert port["paragraphs"][-1]["text"].endswith("会议提出" + _OPENS_WITH_COMMA.split("\n\n")[1].strip())


@pytest.mark.parametrize(
    ("tail", "score"),
    [
        ("会议要求各地抓好落实。（会议现场）", 0.0),
        ("他说：“要抓好落实。”（新华社）", 0.0),
        ("他说：“要抓好落实。”", 0.0),
        ("联系电话：0931-8612345 联系人：王女士", 0.0),
        ("会议提出", 100.0),
        ("会议要求（各地）", 100.0),  # brackets inside a cut sentence: still open
    ],
)
def test_break_score_reads_a_closed_paragraph_as_closed(tail: str, score: float) -> None:
    source = Article(id="s", parts=[Part("p", [Block("s0", tail, role="body")])])
    target = Article(id="t", parts=[Part("p", [Block("t0", "，要进一步扩大开放合作。", role="body")])])
    assert jumps.break_score(source, target) == score


# --- a front-page teaser: `（详见第3版）` points to a whole article --------------------------------

_TEASER_TITLE = "兰州新区打造西部陆港枢纽"
_TEASER = f"{_TEASER_TITLE}\n\n本报讯 兰州新区11日举行陆港建设推进会，提出进一步扩大开放合作。"
_FULL = (f"{_TEASER_TITLE}\n\n本报讯（记者 王丽）兰州新区11日举行陆港建设推进会。会议提出，要进一步扩大"
         "开放合作的领域，推动物流企业集聚发展。\n")
_WEATHER = "全市天气晴好\n\n本报讯 今天全市天气晴朗，气温适宜。\n"
_FARM = "春耕备耕有序推进\n\n本报讯 农业部门组织技术人员深入田间指导春耕。\n"


def _teaser_issue(tmp_path: Path, pages: dict[str, str]) -> tuple[dict[str, object], list[str]]:
    """Convert the pages as an issue: the teaser article's TEI attributes and the jumps' statuses."""
    folder = _write_pages(tmp_path / "issue", pages)
    result = convert_issue([folder])
    div = articles_by_id(result.output)["p1-a1"]
    notes = [n.get("type") for n in div.iter("{http://www.tei-c.org/ns/1.0}note")]
    attrs = {"part": div.get("part"), "next": div.get("next"), "notes": notes}
    return attrs, [j.status for j in result.jumps]


@pytest.mark.parametrize(
    ("marker", "full_page"),
    [
        ("（详见第3版）", "p03.txt"),
        ("（詳見第3版）", "p03.txt"),
        ("（详见3版）", "p03.txt"),
        ("（见第3版）", "p03.txt"),
        ("\n\n（详见第三版）", "p03.txt"),
        ("（详见下页）", "p02.txt"),
    ],
)
@pytest.mark.parametrize("full", [_FULL, _FARM + "\n" + _FULL, _FARM])  # the full story, or not there
def test_a_teaser_sending_to_a_page_where_nothing_continues_is_a_whole_article(
    tmp_path: Path, marker: str, full_page: str, full: str
) -> None:
    pages = {"p01.txt": f"{_TEASER}{marker}\n\n{_WEATHER}", full_page: full}
    attrs, statuses = _teaser_issue(tmp_path, pages)
    assert attrs == {"part": None, "next": None, "notes": ["continuation"]}  # the marker stays, as a note
    assert statuses == []


def test_a_teaser_keeps_its_marker_in_the_json(tmp_path: Path) -> None:
    folder = _write_pages(tmp_path / "issue", {"p01.txt": f"{_TEASER}（详见第3版）\n", "p03.txt": _FULL})
    data = json.loads(convert_issue([folder], fmt="json").output)
    teaser = data["articles"][0]
    assert teaser["continuation"] == {"from_page": None, "to_page": None, "markers": ["（详见第3版）"]}
    assert teaser["paragraphs"][-1]["text"].endswith("扩大开放合作。")


def test_a_teaser_beside_a_real_jump_to_the_same_page_leaves_it_resolved(tmp_path: Path) -> None:
    first = f"{_TEASER}（详见第3版）\n\n{_PORT}\n\n（转3版）\n"
    third = f"陆港建设推进会\n\n（接1版）\n\n，要进一步扩大开放合作的领域。\n\n{_FULL}"
    folder = _write_pages(tmp_path / "issue", {"p01.txt": first, "p03.txt": third})
    result = convert_issue([folder])
    assert [(j.status, j.source.id if j.source else None, j.target.id if j.target else None)
            for j in result.jumps] == [("resolved", "p1-a2", "p3-a1")]
    div = articles_by_id(result.output)["p1-a1"]
    assert div.get("part") is None


@pytest.mark.parametrize(
    ("first", "third", "status"),
    [
        # `（见第3版）` under a closed paragraph with a part on page 3 continuing from page 1: a jump
        (f"{_TEASER}（见第3版）\n", f"陆港枢纽\n\n（紧接第1版）会后，与会人员参观了编组站。\n\n{_FARM}",
         "resolved"),
        # a paragraph cut mid-sentence goes on, whatever the word: the missing part is reported
        (f"{_PORT}（详见第3版）\n", _FULL, "no-match"),
        # `转` says the text goes on
        (f"{_TEASER}（转3版）\n", _FULL, "no-match"),
    ],
)
def test_a_part_that_goes_on_stays_a_part(tmp_path: Path, first: str, third: str, status: str) -> None:
    folder = _write_pages(tmp_path / "issue", {"p01.txt": first, "p03.txt": third})
    result = convert_issue([folder], keep_parts=True)
    assert [j.status for j in result.jumps if j.source is not None] == [status]
    assert articles_by_id(result.output)["p1-a1"].get("part") == "I"


# --- a hotline's extension keyed by a Chinese numeral: `服务热线（转二）` ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "如有疑问请拨打服务热线（转二）",
        "咨询热线：（转三）",
        "政务服务专线 （轉五）",
        "市民热线（转十二）",
        "要进一步扩大开放合作（转二二）",  # a numeral read digit by digit names no page
        "要进一步扩大开放合作（转三三）",
    ],
)
def test_a_hotline_extension_or_a_digit_by_digit_numeral_is_no_marker(text: str) -> None:
    assert find_markers(text) == []


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("成为今年暑期的旅游热线（转2）", "2"),  # a digit after 热线: a travel route's page
        ("成为今年暑期的旅游热线（下转三）", "3"),  # a jump word says what it is
        ("成为今年暑期的旅游热线（上接二）", "2"),
        ("成为今年暑期的旅游热线（转三版）", "3"),
        ("要进一步扩大开放合作（转二十二）", "22"),
        ("要进一步扩大开放合作（转三十）", "30"),
    ],
)
def test_a_marker_after_a_hotline_with_a_jump_word_or_a_digit_is_still_read(text: str, page: str) -> None:
    (found,) = find_markers(text)
    assert found.page == page


@pytest.mark.parametrize("extension", ["服务热线（转二）", "服务专线：（转五）", "热线（转二二）"])
def test_a_paragraph_closing_on_a_hotline_extension_keeps_it(tmp_path: Path, extension: str) -> None:
    """Before, `…请拨打服务热线（转二）` lost `（转二）` to a jump to page 2 (JSON `to_page` "2")."""
    page = _write_pages(tmp_path / "in", {"p.txt": f"{_TITLE}\n\n{_LEAD}{extension}\n\n{_OTHER}"}) / "p.txt"
    art = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert art["continuation"] == {"from_page": None, "to_page": None, "markers": []}
    assert art["paragraphs"][-1]["text"].endswith(extension)
