"""Image paths naming no image file, lines between `<` and `>`, and links glued to a URL.

What the user sees (`normalize`, `convert`):
- A line of text between `<` and `>` (OCR writes the title marks 〈〉《》 so) is text: its typos are
  corrected (`<其层治理工作会议在兰州召开>` gives `<基层治理工作会议在兰州召开>`). A development build
  protected any such line of hanzi as an image's path and kept its typo.
- An image whose path names no image file keeps its path on the first run and the second
  (`![](图片/其层治理)`: a development build wrote `图片/其层治理`, which a second run corrected):
  `normalize` leaves it as a markdown image of its own line (`![](图片/其层治理)`), a form no line of
  text takes; TEI `graphic/@url` and JSON `graphics[].url` hold the bare path.
- A markdown link glued right after a URL is split off it only when its text holds hanzi:
  `…/x.html[PDF](http://…/x.pdf)` stays as written (a development build gave `…/x.htmlPDF`), and
  the text of a link split off a URL is the sentence's, corrected (`…/news/新闻[其层治理](…)`).
"""

from __future__ import annotations

import json
from urllib.parse import unquote

import pytest
from lxml import etree

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401
from layoutfix import convert
from layoutfix.normalize.steps import normalize_text
from layoutfix.tracked import undo_edits
from url_pages import page as _page
from url_pages import twice_is_once as _twice_is_once

# --- a line of text between `<` and `>` -----------------------------------------------------------

SENTENCES = [
    "<其层治理工作会议在兰州召开>",
    "<其层治理，成效明显。>",
    "<其层治理(上)>",
    "<其层治理ＡＢ>",
    "<其层治理,1>",
    "<其层治理?>",
    "<2024年5月1日其层治理>",
    "<2024/05/01其层治理>",
]


@pytest.mark.parametrize("line", SENTENCES)
def test_a_line_of_text_between_angle_brackets_is_corrected(line: str) -> None:
    """Before, a line of hanzi between `<` and `>` with no blank was protected as an image's path:
    `<其层治理工作会议在兰州召开>` kept its typo (and its marks: `(上)`, `ＡＢ`, `,1`). Now it is text:
    the typo rule corrects it, and a second run changes nothing."""
    for page in (line, _page(line)):
        out = _twice_is_once(page)
        assert "其层" not in out
        assert "基层治理" in out
        assert [e.rule for e in normalize_text(page).edits if e.before == "其层"] == ["typo.ji-ceng"]


def test_a_title_between_angle_brackets_is_corrected_in_the_tei() -> None:
    """Through `convert`, a title block OCR wrote between `<` and `>` gets its correction too: the
    text output reads it corrected, the TEI marks the correction in the head."""
    page = "<其层治理工作会议在兰州召开>\n\n本报讯 近日，全省基层治理工作会议在兰州召开。\n"
    text = convert(page, fmt="txt").output
    assert "其层" not in text
    assert "<基层治理工作会议在兰州召开>" in text
    head = etree.fromstring(convert(page).output.encode("utf-8")).find(f".//{TEI}head")
    assert head is not None
    assert [c.text for c in head.iter(f"{TEI}corr")] == ["基层"]


# --- an image whose path names no image file ------------------------------------------------------

#: (image line, its path): no image file's extension; a folder of hanzi, a hanzi name alone, a blank.
NO_FILE_IMAGES = [
    ("![](图片/其层治理)", "图片/其层治理"),
    ('<img src="图片/其层治理">', "图片/其层治理"),
    ("![照片](新闻图片/2024/其层治理)", "新闻图片/2024/其层治理"),
    ("![](其层/jpg)", "其层/jpg"),
    ("![](图images/其层)", "图images/其层"),
    ("![](<其层 治理>)", "其层 治理"),
    ('<img src="其层 治理">', "其层 治理"),
    ("![](其层治理)", "其层治理"),
    ("![](images/其层治理)", "images/其层治理"),
    ("![](2024/05/01其层治理)", "2024/05/01其层治理"),
]


@pytest.mark.parametrize(("line", "path"), NO_FILE_IMAGES)
def test_an_image_naming_no_file_keeps_its_path_twice(line: str, path: str) -> None:
    """Before, such a path was kept on the first run but written bare (`图片/其层治理`), and a second
    run read that line as text: `图片/基层治理`. Now it is written as a markdown image of its own
    line, which a second run keeps as it is."""
    for page in (line, _page(line)):
        out = _twice_is_once(page)
        assert path in out
        assert out.count("其层") == page.count("其层")  # the path's typo-like 其层 stays


@pytest.mark.parametrize(("line", "path"), NO_FILE_IMAGES)
def test_convert_gives_the_bare_path_of_an_image_naming_no_file(
    tei_schema: etree.RelaxNG, line: str, path: str  # noqa: F811
) -> None:
    """TEI `graphic/@url` and JSON `graphics[].url` hold the path as written, no markup around it."""
    page = _page(line)
    root = assert_valid(tei_schema, convert(page).output)
    assert [unquote(g.get("url") or "") for g in root.iter(f"{TEI}graphic")] == [path]
    article = json.loads(convert(page, fmt="json").output)["articles"][0]
    assert [g["url"] for g in article["graphics"]] == [path]


# --- a markdown link glued to a URL ---------------------------------------------------------------

GLUED_ASCII_LINKS = [
    "原文链接:http://www.gsrb.com/html/2024/x.html[PDF](http://www.gsrb.com/pdf/x.pdf)",
    "见www.gsrb.com/jc[1](http://www.gsrb.com/jc/1.html)。",
]


@pytest.mark.parametrize("line", GLUED_ASCII_LINKS)
def test_a_link_of_ascii_text_glued_to_a_url_stays_the_urls(line: str) -> None:
    """Before, the link was read off the URL and the URL changed: `…/x.html[PDF](…)` gave
    `…/x.htmlPDF`, `www.gsrb.com/jc[1](…)` gave `www.gsrb.com/jc1`. Now the brackets stay the URL's,
    as written, with no `markup.link` edit."""
    url = line[line.index("http") if "http" in line[:20] else line.index("www") :].rstrip("。")
    for page in (line, _page(line)):
        out = normalize_text(page)
        assert url in out.text
        assert [e for e in out.edits if e.rule == "markup.link"] == []
        _twice_is_once(page)


@pytest.mark.parametrize(
    ("line", "once"),
    [
        ("访问www.a.cn/news/新闻[其层治理](http://b.cn)了解详情", "访问www.a.cn/news/新闻基层治理了解详情"),
        ("见http://a.cn/wiki/专题[其层治理](http://b.cn)。", "见http://a.cn/wiki/专题基层治理。"),
    ],
)
def test_the_text_of_a_link_split_off_a_url_is_the_sentences(line: str, once: str) -> None:
    """Before, once the link's markup went its text was glued to the URL's hanzi segment and read
    as the URL's, its typo kept (`…/news/新闻其层治理了解详情`). Now the URL ends where the link
    began: the link text is corrected, undo gives the line back."""
    for page in (line, _page(line)):
        out = normalize_text(page)
        assert once in out.text
        assert undo_edits(out.text, out.edits) == page
        _twice_is_once(page)
