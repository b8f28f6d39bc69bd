"""A `pb[@type="resume"]` stands only where its page's text goes on.

In an issue, after an article that jumped to another page, `<pb type="resume"/>` says the page it
started on goes on. When that article was the page's last, the break stood right before the next
page's `<pb n="2" xml:id="p2"/>` (or at the end of the body): a page break with nothing on it, which
a consumer counting or splitting pages reads as an extra page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from layoutfix.issue import convert_issue

ISSUES = Path(__file__).resolve().parent / "issues"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _issue_tei(folder: Path) -> etree._Element:
    return etree.fromstring(convert_issue([folder], fmt="tei").output.encode("utf-8"))


def _page_starts(root: etree._Element) -> list[etree._Element]:
    """The page breaks that open a page of the issue (no `@type`)."""
    return [pb for pb in root.iter(f"{TEI}pb") if pb.get("type") is None]


@pytest.mark.parametrize("folder", sorted(ISSUES.iterdir()), ids=lambda p: p.name)
def test_every_resume_break_is_followed_by_its_page_text(folder: Path) -> None:
    root = _issue_tei(folder)
    for pb in root.iter(f"{TEI}pb"):
        if pb.get("type") != "resume":
            continue
        following = pb.xpath("following::*[1]")
        assert following, f"resume break of page {pb.get('n')} ends the body"
        nxt = following[0]
        assert not (nxt.tag == f"{TEI}pb" and nxt.get("type") is None), (
            f"resume break of page {pb.get('n')} right before page {nxt.get('n')}"
        )


def test_daily_issue_keeps_the_resume_break_between_articles_only() -> None:
    root = _issue_tei(ISSUES / "daily-a")
    resumes = [pb for pb in root.iter(f"{TEI}pb") if pb.get("type") == "resume"]
    # page 1's first article jumps and another follows it: its resume break stays
    first = resumes[0]
    assert first.get("n") == "1"
    after = first.getnext()
    assert after is not None and after.get(XML_ID) == "p1-a2"
    # page 1's last article jumps too: the next break is page 2's own, not a second resume
    p2 = next(pb for pb in _page_starts(root) if pb.get("n") == "2")
    assert p2.getprevious() is not None and p2.getprevious().tag == f"{TEI}div"
    assert [pb.get("n") for pb in _page_starts(root)] == ["1", "2", "3", "4"]
