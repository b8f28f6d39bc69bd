"""Articles assembled from small hand-written pages, one layout case each (tests/pages/*.txt)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from layoutfix.export.text import paragraph_text
from layoutfix.model import Article, Document
from layoutfix.pipeline import build_document

PAGES = Path(__file__).resolve().parent / "pages"


@cache
def page(name: str) -> Document:
    return build_document((PAGES / f"{name}.txt").read_text(encoding="utf-8"), source=name, page=2)


def squash(text: str) -> str:
    """Text without whitespace: whether the spacing normaliser keeps `记者 张华` apart is not what these
    tests are about."""
    return "".join(text.split())


def texts(blocks: list) -> list[str]:  # type: ignore[type-arg]
    return [squash(b.text) for b in blocks]


def paragraphs(doc: Document, art: Article) -> list[str]:
    return [paragraph_text(doc, p) for p in art.parts if p.kind == "p"]


def test_headline_with_subtitle() -> None:
    (art,) = page("headline-subtitle").articles
    assert texts(art.titles) == ["全省秋粮收获进度过七成"]
    assert texts(art.subtitles) == ["——农机化水平持续提升"]
    assert art.kicker == []
    assert texts(art.bylines) == ["本报兰州讯（记者王晓东）"]
    assert len(paragraphs(page("headline-subtitle"), art)) == 2


def test_kicker_title_and_subtitle() -> None:
    (art,) = page("kicker-title-subtitle").articles
    assert texts(art.kicker) == ["聚焦高质量发展"]
    assert texts(art.titles) == ["酒泉新能源装机突破两千万千瓦"]
    assert texts(art.subtitles) == ["——清洁能源产业集群加快形成"]


def test_page_that_starts_mid_article() -> None:
    doc = page("starts-mid-article")
    first, second = doc.articles
    assert first.titles == [] and "starts-mid-article" in first.flags
    assert paragraphs(doc, first)[0].startswith("工作机制")
    assert texts(second.titles) == ["张掖市举办非遗展演活动"]
    assert second.flags == []


def test_article_continued_to_another_page() -> None:
    doc = page("continued-to")
    first, second = doc.articles
    assert first.continued_to == "3" and first.continuation == "（下转第3版）"
    last = [p for p in first.parts if p.kind == "p"][-1]
    assert last.incomplete  # the sentence goes on on page 3
    assert "incomplete" not in first.flags  # ...which the marker explains
    assert second.continued_to == "A4"  # a marker at the end of a body block
    assert paragraphs(doc, second)[-1].endswith("限期整改")


def test_furniture_inside_a_split_paragraph_is_kept_in_place() -> None:
    doc = page("furniture-split")
    (art,) = doc.articles
    paras = [p for p in art.parts if p.kind == "p"]
    assert len(paras) == 2
    roles = [b.role for b in paras[0].blocks]
    assert roles == ["body", "furniture", "body"]
    assert "推动茶产业与文化旅游深度融合" in paragraph_text(doc, paras[0])
    assert paras[0].blocks[1].text == "新闻热线：0939-8212345"


def test_photo_item_with_kicker() -> None:
    doc = page("photo-item")
    photo, other = doc.articles
    assert texts(photo.kicker) == ["金秋时节"]
    assert texts(photo.titles) == ["张家川县苹果喜获丰收"]
    assert texts(photo.credits) == ["记者马俊摄"]
    assert photo.captions[0].text.startswith("10月9日")
    assert [p.kind for p in photo.parts] == ["figure"]
    assert texts(other.titles) == ["华池县召开乡村振兴推进会"]


def test_subheads_that_look_like_titles_stay_in_their_article() -> None:
    doc = page("subhead-title")
    (art,) = doc.articles
    heads = [texts(p.blocks) for p in art.parts if p.kind == "head"]
    assert heads == [["技能培训让群众有一技之长"], ["劳务输转让务工更有保障"]]
    assert all(b.role == "subhead" for p in art.parts if p.kind == "head" for b in p.blocks)


def test_two_articles_without_byline_in_a_row() -> None:
    doc = page("two-no-byline")
    titles = [texts(a.titles) for a in doc.articles]
    assert titles == [["甘南州启动草原防火专项行动"], ["定西市举办马铃薯产业博览会"]]
    assert all(a.bylines == [] and len(paragraphs(doc, a)) == 2 for a in doc.articles)


def test_section_label_groups_articles_until_a_wider_gap() -> None:
    doc = page("section-label")
    assert [a.section for a in doc.articles] == ["履职风采", "履职风采", None]
    assert doc.articles[0].section_head is not None
    assert doc.articles[0].kicker == []  # the label is not taken for a kicker


def test_signature_and_end_note() -> None:
    doc = page("signature")
    first, second = doc.articles
    assert first.signature is not None and squash(first.signature.text) == "（记者孙丽）"
    assert paragraphs(doc, first)[-1].endswith("支队相关负责人说。")
    assert second.signature is None  # （完） is an end note, not a name
    assert "incomplete" not in second.flags


def test_page_that_opens_with_a_continuation_marker() -> None:
    doc = page("continued-from-lead")
    first, second = doc.articles
    assert first.continued_from == "2" and first.titles == []
    assert paragraphs(doc, first)[0].startswith("各地要压实责任")
    assert first.continued_from is not None and second.continued_from is None


def test_unfinished_last_paragraph_is_kept_and_flagged() -> None:
    doc = page("incomplete-end")
    (art,) = doc.articles
    last = [p for p in art.parts if p.kind == "p"][-1]
    assert last.incomplete and "incomplete" in art.flags
    assert paragraph_text(doc, last).endswith("一致认为要进一步加强")  # nothing padded


def test_news_agency_byline() -> None:
    (art,) = page("xinhua-byline").articles
    assert texts(art.bylines) == ["新华社北京10月9日电（记者张华）"]


def test_word_split_across_a_block_break_is_corrected_after_the_join() -> None:
    doc = page("split-word-typo")
    (art,) = doc.articles
    (para,) = paragraphs(doc, art)
    assert "要推动政协协商和基层治理有机结合" in para
    kinds = {e.kind for e in doc.edits}
    assert {"join", "typo"} <= kinds


def test_quotation_split_across_blocks_is_one_paragraph() -> None:
    doc = page("quote-across-join")
    (art,) = doc.articles
    first = paragraphs(doc, art)[0]
    assert "讲述革命故事" in first and first.endswith("。”")
    assert first.count("“") == first.count("”") == 1


def test_page_header_furniture_and_standalone_byline() -> None:
    doc = page("standalone-byline")
    assert texts(doc.front) == ["2023年10月12日星期四", "第4版"]
    (art,) = doc.articles
    assert texts(art.bylines) == ["本报记者刘雪梅"]
    assert [b.text for p in art.parts if p.kind == "fw" for b in p.blocks] == ["责任编辑：王五"]


def test_markdown_heading_with_emphasised_title_and_bold_subhead() -> None:
    doc = page("markdown-kicker")
    (art,) = doc.articles
    assert texts(art.kicker) == ["东乡县"]
    assert texts(art.titles) == ["推进移民搬迁后续扶持"]
    assert [texts(p.blocks) for p in art.parts if p.kind == "head"] == [["积极探索稳岗就业"]]


def test_every_block_lands_in_exactly_one_place() -> None:
    for path in sorted(PAGES.glob("*.txt")):
        doc = page(path.stem)
        seen = list(doc.front)
        for art in doc.articles:
            seen += [*art.kicker, *art.titles, *art.subtitles, *art.bylines]
            seen += [b for p in art.parts for b in p.blocks if b.role not in ("caption", "credit")]
            seen += [*art.captions, *art.credits]
            seen += [art.signature] if art.signature else []
            seen += [art.section_head] if art.section_head else []
        ids = [b.id for b in seen]
        assert len(ids) == len(set(ids)), path.name
        assert sorted(ids) == sorted(b.id for b in doc.pages[0].blocks), path.name


def test_fragment_between_an_unfinished_paragraph_and_furniture_is_joined_not_a_subhead() -> None:
    doc = page("profile-example")
    first, second = doc.articles
    assert [p.kind for p in first.parts] == ["p"]
    assert [b.role for b in first.parts[0].blocks] == ["body", "body", "furniture", "body"]
    assert "和基层治理有机结合" in paragraph_text(doc, first.parts[0])
    assert (second.continued_from, second.continued_to) == ("1", "3")
    assert [p.kind for p in second.parts] == ["marker", "p", "marker"]


def test_page_number_and_date_come_from_the_page_header_unless_given() -> None:
    text = (PAGES / "standalone-byline.txt").read_text(encoding="utf-8")
    found = build_document(text)
    assert (found.date, found.page, found.articles[0].id) == ("2023-10-12", 4, "p4-a1")
    given = build_document(text, page=7, date="2020-01-01")
    assert (given.date, given.page, given.articles[0].id) == ("2020-01-01", 7, "p7-a1")


def test_a_signature_closes_its_article() -> None:
    text = "标题\n\n本报讯 10月9日，会议召开，要推动\n\n（张莉芳）\n\n另一段没有标题的正文。\n"
    doc = build_document(text)
    first, second = doc.articles
    assert first.signature is not None and first.signature.text == "（张莉芳）"
    assert [p.incomplete for p in first.parts] == [True]
    assert "no-title" in second.flags and paragraphs(doc, second) == ["另一段没有标题的正文。"]


def test_two_untitled_continuations_in_a_row_are_two_articles() -> None:
    """A `(上接第N版)` marker after body text starts a new fragment, even without a title."""
    from layoutfix.pipeline import convert

    page = (
        "(上接第1版)\n\n各地要压实责任,细化措施,确保冬季供暖平稳有序。\n\n"
        "(上接第3版)\n\n会议要求,要做好应急预案,及时回应群众诉求。\n"
    )
    articles = convert(page, fmt="txt").document.articles
    assert [a.continued_from for a in articles] == ["1", "3"]
