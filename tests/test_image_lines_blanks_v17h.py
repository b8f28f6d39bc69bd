"""Blanks around an image's line, a second URL after a link split off one, alt text's blanks.

What the user sees (`normalize`, `convert`):
- An image line with blanks or an indent around it (`<p>![](其层治理) </p>`, `　　![](其层治理)`,
  `  <img src="其层,1.jpg">`) gives the path's line with no blank around it (`![](其层治理)`,
  `其层,1.jpg`), which a second run keeps. A development build kept the blanks, so the written line
  was no path's line: its `![](` marks went full-width (`！[]（其层治理）`) and a second run corrected
  the path (`！[]（基层治理）`); the JSON `graphics[].url` held the blanks and the marks.
"""

from __future__ import annotations

import json

import pytest

from layoutfix import convert
from url_pages import page as _page
from url_pages import twice_is_once as _twice_is_once

# --- blanks around an image's line ----------------------------------------------------------------

BLANKED_IMAGES = [
    ("<p>![](其层治理) </p>", "其层治理"),
    ("　　![](其层治理)", "其层治理"),
    ('  <img src="其层治理">', "其层治理"),
    ("<div> ![](其层治理)</div>", "其层治理"),
    ("\t![](其层治理)", "其层治理"),
    ("  ![](<其层 治理>)", "其层 治理"),
    ("　　![](图片/其层治理)", "图片/其层治理"),
    ("  ![](其层,1.jpg)", "其层,1.jpg"),
    ("  ![](<其层 治理.jpg>)", "其层 治理.jpg"),
]


@pytest.mark.parametrize(("line", "path"), BLANKED_IMAGES)
def test_an_image_line_with_blanks_around_keeps_its_path_twice(line: str, path: str) -> None:
    """The path stays as written on both runs, and its line holds the path (bare, between `<` and
    `>`, or as a markdown image with no alt text) with no blank and no full-width mark around it."""
    for page in (line, _page(line)):
        out = _twice_is_once(page)
        assert out.count("其层") == page.count("其层")
        assert {path, f"<{path}>", f"![]({path})", f"![](<{path}>)"} & set(out.split("\n"))
        assert "！[]" not in out and "（" not in out


@pytest.mark.parametrize(("line", "path"), BLANKED_IMAGES)
def test_convert_gives_the_bare_path_of_an_image_line_with_blanks(line: str, path: str) -> None:
    """JSON `graphics[].url` is the path as written: no blank, no markup around it."""
    article = json.loads(convert(_page(line), fmt="json").output)["articles"][0]
    assert [g["url"] for g in article["graphics"]] == [path]


# --- a URL after a link split off a URL -----------------------------------------------------------

SECOND_URLS = [
    (
        "详见www.gsrb.com/news[原文](http://b.cn)及www.gsrb.com/其层治理/1.html",
        "www.gsrb.com/其层治理/1.html",
    ),
    ("见http://a.cn/x[其层治理](http://b.cn)和http://c.cn/其层/1.html", "http://c.cn/其层/1.html"),
]


@pytest.mark.parametrize(("line", "url"), SECOND_URLS)
def test_a_url_after_a_link_split_off_a_url_keeps_its_path(line: str, url: str) -> None:
    """Before, the URL ended where the link's text began and what followed the link was text, so
    a second URL there was corrected (`www.gsrb.com/基层治理/1.html`). Now it is read again, kept."""
    for page in (line, _page(line)):
        out = _twice_is_once(page)
        assert url in out
