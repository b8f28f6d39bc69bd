"""Headlines opening with a contact word, and a short letter's close, in flat text (v22, F2).

- A headline opening with a contact label glued to words (`热线连着民心`, `电话会议部署春耕`) was page
  furniture (`fw type="contact"`): its article had no title and the plain text lost the headline.
  A contact line gives a number, an address, an e-mail or a site after its label; words that are no
  such value make a headline. The paper's contact lines stay furniture.
- A short reader's letter with no full stop (`编辑同志：` / `…希望有关部门尽快修好` / `此致` /
  `敬礼！`) became an empty article titled `敬礼！`, its last line and `此致` as kickers; printed in
  one block, its close was glued to the sentence (`…修好此致`).
"""

from __future__ import annotations

import json

import pytest

import layoutfix

LEAD = "本报讯 市区新建的一座大桥昨日正式通车。大桥全长八百米。"
ARTICLE = f"新桥通车\n\n{LEAD}\n\n"


def _json(page: str) -> dict:
    """The JSON `convert` writes for the flat page `page`."""
    return json.loads(layoutfix.convert(page.encode(), fmt="json").output)


def _txt(page: str) -> str:
    """The plain text `convert` writes for the flat page `page`."""
    return layoutfix.convert(page.encode(), fmt="txt").output


# --- A headline opening with a contact word was furniture, lost from the plain text.


def test_brief_page_keeps_both_headlines_in_txt() -> None:
    page = (
        "热线连着民心\n\n本报讯 市民服务热线开通以来，共受理来电十二万件。\n\n"
        "电话会议部署春耕\n\n本报讯 省政府昨日召开电话会议，部署春耕生产工作。\n"
    )
    data = _json(page)
    assert [a["titles"] for a in data["articles"]] == [["热线连着民心"], ["电话会议部署春耕"]]
    assert data["furniture"] == [] and all(a["furniture"] == [] for a in data["articles"])
    txt = _txt(page)
    assert "热线连着民心" in txt and "电话会议部署春耕" in txt
    tei = layoutfix.convert(page.encode(), fmt="tei").output
    assert 'type="contact"' not in tei


@pytest.mark.parametrize(
    "title",
    ["热线连着民心", "电话会议部署春耕", "传真机走进千家万户", "邮编里的城市变迁", "地址变更公告",
     "网址导航新规出台", "邮箱安全引关注", "电话号码改了", "热线 连着民心",
     # traditional script: no contact label of its own, a title before and after
     "熱線連著民心", "電話會議部署春耕"],
)
def test_headline_opening_with_contact_word_is_a_title(title: str) -> None:
    page = f"{title}\n\n{LEAD}\n"
    data = _json(page)
    assert data["furniture"] == []
    assert data["articles"][0]["titles"] == [title]
    assert data["articles"][0]["furniture"] == []
    assert "no-title" not in data["articles"][0]["flags"]
    assert title in _txt(page)


@pytest.mark.parametrize(
    "line",
    ["热线电话：12345", "电话：0931-8888888 传真：0931-8888889", "邮编：730000", "邮编730000",
     "地址：兰州市城关区南昌路1号", "地址 兰州市城关区南昌路1号", "E-mail：gsrb@163.com", "新闻热线 12345",
     "电话 0931-8888888", "热线：12345", "电话号码：0931-8888888", "热线号码 12345", "网址 www.gsrb.com",
     "联系电话：0931-8888888", "邮箱地址：gsrb@163.com", "热线"],
)
def test_contact_line_at_the_foot_stays_furniture(line: str) -> None:
    """Must-keep: the paper's contact lines under an article are its furniture, no title."""
    data = _json(ARTICLE + line + "\n")
    assert [a["titles"] for a in data["articles"]] == [["新桥通车"]]
    assert len(data["articles"][0]["furniture"]) == 1
    tei = layoutfix.convert((ARTICLE + line + "\n").encode(), fmt="tei").output
    assert '<fw type="contact">' in tei


def test_contact_line_with_hanzi_value_after_colon_stays_furniture() -> None:
    """A colon after the label is a field's, whatever words its value holds."""
    data = _json(ARTICLE + "地址：兰州市城关区\n")
    assert data["articles"][0]["furniture"] == ["地址：兰州市城关区"]
