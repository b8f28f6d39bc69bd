"""A column of short news items (简讯): a lone headline over a paragraph after an item of one
paragraph starts the next article; real subheads stay subsections (assemble.opens_news_item)."""

from __future__ import annotations

import json

from lxml import etree

from cli_pages import convert_stdin

TEI = "{http://www.tei-c.org/ns/1.0}"


def articles_of(page: str) -> list[tuple[list[str], list[str]]]:
    """(titles, subheads) of each article of the JSON output for `page`."""
    doc = json.loads(convert_stdin(page, "-f", "json"))
    return [(a["titles"], a["subheads"]) for a in doc["articles"]]


def test_second_news_item_is_an_article_div_not_a_subsection() -> None:
    page = (
        "港府推出新措施\n\n本报讯 特区政府昨日公布新措施，协助中小企业。\n\n"
        "机场客运量回升\n\n机管局表示，上月客运量回升。\n"
    )
    root = etree.fromstring(convert_stdin(page).encode())
    divs = root.findall(f".//{TEI}body/{TEI}div")
    assert [d.get("type") for d in divs] == ["article", "article"]
    assert [d.findtext(f"{TEI}head") for d in divs] == ["港府推出新措施", "机场客运量回升"]
    assert root.find(f".//{TEI}div[@type='subsection']") is None


def test_column_of_three_items_without_bylines_after_the_first() -> None:
    page = (
        "港府推出新措施\n\n本报讯 特区政府昨日公布新措施，协助中小企业。\n\n"
        "机场客运量回升\n\n机管局表示，上月客运量回升。\n\n"
        "“双减”政策落地见效\n\n教育局表示，学生课业负担明显减轻。\n"
    )
    assert articles_of(page) == [
        (["港府推出新措施"], []), (["机场客运量回升"], []), (["“双减”政策落地见效"], []),
    ]


def test_subheads_of_two_phrases_stay_subsections() -> None:
    page = (
        "让群众在家门口享受优质医疗服务\n\n本报记者 王丽\n\n近年来，定西市持续推进县域医共体建设。\n\n"
        "强基层 补短板\n\n在安定区，乡镇卫生院全部完成标准化建设。\n\n"
        "建机制 提质量\n\n定西市建立了三级远程会诊体系。\n"
    )
    assert articles_of(page) == [(["让群众在家门口享受优质医疗服务"], ["强基层 补短板", "建机制 提质量"])]


def test_short_label_comma_and_numbered_subheads_stay_subsections() -> None:
    for head in ("票价不变", "创新工作，厚植服务群众新土壤", "一、坚持党的领导"):
        page = (
            "城区新增三条公交线路\n\n本报讯 城区新增三条公交线路，方便沿线居民出行。\n\n"
            f"{head}\n\n新线路票价仍为每人次1元。\n"
        )
        assert articles_of(page) == [(["城区新增三条公交线路"], [head])], head


def test_headline_shaped_subhead_after_two_paragraphs_stays_a_subsection() -> None:
    page = (
        "兰州新区打造西部陆港枢纽\n\n本报讯 近日，兰州新区召开陆港枢纽建设推进会议。\n\n"
        "会议强调，要加快推进物流园区建设。\n\n物流园区建设提速\n\n据了解，新区已建成国际物流中心一座。\n"
    )
    assert articles_of(page) == [(["兰州新区打造西部陆港枢纽"], ["物流园区建设提速"])]
