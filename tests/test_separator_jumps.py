"""An ornament line (＊＊＊) printed after a jump marker (`(下转第3版)`) stands between the article
and the next on that page: merging the article's parts across the jump must neither put it inside
the merged article nor stop the paragraph cut at the jump from running on."""

from __future__ import annotations

import shutil
from pathlib import Path

from lxml import etree

from layoutfix.issue import convert_issue

DAILY = Path(__file__).parent / "issues" / "daily-a"
TEI = "{http://www.tei-c.org/ns/1.0}"


def _issue_with_ornaments(tmp_path: Path) -> Path:
    folder = tmp_path / "daily"
    shutil.copytree(DAILY, folder)
    page = folder / "gsrb_p01.txt"
    text = page.read_text(encoding="utf-8")
    assert text.count("(下转第3版)\n") == 2
    page.write_text(text.replace("(下转第3版)\n", "(下转第3版)\n\n＊＊＊\n"), encoding="utf-8")
    return folder


def test_an_ornament_after_a_jump_stays_between_articles(tmp_path: Path) -> None:
    plain = etree.fromstring(convert_issue([DAILY], fmt="tei").output.encode())
    root = etree.fromstring(convert_issue([_issue_with_ornaments(tmp_path)], fmt="tei").output.encode())
    first = root.find(f".//{TEI}div[@type='article']")
    assert first is not None
    assert first.findall(f".//{TEI}milestone") == []
    assert first.findall(f".//{TEI}p[@part='I']") == []
    # the merged article reads as it does without the ornaments
    plain_first = plain.find(f".//{TEI}div[@type='article']")
    assert plain_first is not None
    assert ["".join(p.itertext()) for p in first.iter(f"{TEI}p")] == [
        "".join(p.itertext()) for p in plain_first.iter(f"{TEI}p")]
    # each ornament is written once, outside the articles
    milestones = root.findall(f".//{TEI}milestone")
    assert [m.get("rend") for m in milestones] == ["＊＊＊", "＊＊＊"]
    assert all(m.getparent().tag == f"{TEI}body" for m in milestones)
    # back on page 1 after the jump, as without them: a `resume` page break before each
    for m in milestones:
        pb = m.getprevious()
        assert (pb.tag, pb.get("n"), pb.get("type")) == (f"{TEI}pb", "1", "resume")
