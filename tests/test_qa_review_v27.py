"""News subheads beside reported speech stay subheads; a kicker over the next article stays its own.

What the user sees with `layoutfix convert -f tei`: a story's colon subheads (`王建国：要加强基础设施
建设`, `一问：钱从哪里来`, `代表问：…`, `权威解答：…`) over paragraphs of reported speech
(`王建国说：“…”`, `王处长：…。`) each head their subsection, as before the interview-turn reading;
a `——` kicker under a story's closing quotation heads the next article when a title and its byline
follow. The reading of interview turns was taking these subheads for turns (paragraphs) and the
kicker for the quotation's attribution.
"""

from __future__ import annotations

import pytest

from cli_pages import convert_stdin
from tei_parts import article_parts, sectioned_head

INTRO = "{title}\n\n本报记者 王丽\n\n{lead}\n\n"


def _articles(page: str) -> list[dict[str, list[str]]]:
    """The page's articles, subsection heads written `sub:…`, as read from `convert -f tei`."""
    return article_parts(convert_stdin(page, "-f", "tei"), sectioned_head)


@pytest.mark.parametrize(
    ("title", "lead", "pairs"),
    [
        ("两会代表委员热议乡村振兴", "全国两会期间，代表委员们围绕乡村振兴建言献策。",
         [("王建国：要加强基础设施建设", "王建国说：“路通了，产业才能进来。”"),
          ("李华：要留住人才", "李华说：“人才是乡村振兴的关键。”"),
          ("张强：发展特色产业", "张强说：“要因地制宜。”")]),
        ("垃圾分类三问", "我市垃圾分类工作全面推开，市民关心的问题不少。",
         [("一问：钱从哪里来", "王主任说：“资金由市财政统一安排。”"),
          ("二问：谁来监管", "李处长说：“城管部门负责日常监管。”")]),
        ("高考改革答疑", "今年我省高考改革有哪些变化？记者采访了省教育考试院。",
         [("权威解答：选考科目怎么选", "王处长：考生应结合兴趣和专业要求选择。"),
          ("权威解答：志愿怎么填", "王处长：要合理拉开梯度。")]),
        ("代表问政", "会场上，代表们的提问直指民生痛点。",
         [("代表问：学位为何还紧张", "张局长说：“今年将新建学校五所。”")]),
        ("港商談發展", "記者日前走訪多位港商。",
         [("陳志明：看好大灣區", "陳志明說：「機遇很多。」"),
          ("林美玲：人才是關鍵", "林美玲說：「要留住人才。」")]),
    ],
)
def test_colon_subheads_over_reported_speech_head_subsections(
    title: str, lead: str, pairs: list[tuple[str, str]]
) -> None:
    """Each colon subhead heads a subsection; the speech under it is its paragraph, as printed."""
    page = INTRO.format(title=title, lead=lead) + "\n\n".join(f"{h}\n\n{p}" for h, p in pairs) + "\n"
    articles = _articles(page)
    assert len(articles) == 1, articles
    assert articles[0]["heads"] == [f"title:{title}"] + [f"sub:{h}" for h, _ in pairs]
    assert articles[0]["paragraphs"] == [lead] + [p for _, p in pairs]


def test_a_kicker_under_a_closing_quotation_opens_the_next_article() -> None:
    """`——新春走基层` under `“我们一定会回来的。”` and over a title and byline is article 2's kicker."""
    page = ("老兵的心愿\n\n本报记者 王丽\n\n临别时，老人拉着记者的手说了一句话。\n\n“我们一定会回来的。”\n\n"
            "——新春走基层\n\n山村里的新变化\n\n本报记者 李华\n\n春节前夕，记者来到大山深处。\n")
    articles = _articles(page)
    assert [a["heads"] for a in articles] == [
        ["title:老兵的心愿"], ["kicker:——新春走基层", "title:山村里的新变化"]
    ]
    assert articles[0]["paragraphs"] == ["临别时，老人拉着记者的手说了一句话。", "“我们一定会回来的。”"]
    assert articles[1]["bylines"] == ["本报记者 李华"]


def test_a_quotation_attribution_over_a_subhead_stays_a_paragraph() -> None:
    """The attribution is still the quote's `p` when a subhead with no byline under it follows."""
    page = ("搬迁群众的新生活\n\n本报记者 王丽\n\n群众住进了新房。\n\n“搬得出，更要稳得住、能致富。”\n\n"
            "——皋兰县县长 刘志强\n\n二、难题与对策\n\n产业配套仍需加强。\n")
    articles = _articles(page)
    assert len(articles) == 1, articles
    assert "——皋兰县县长 刘志强" in articles[0]["paragraphs"]
    assert articles[0]["heads"] == ["title:搬迁群众的新生活", "sub:二、难题与对策"]


def test_interview_turns_with_bare_labels_still_read_as_paragraphs() -> None:
    """`问：` turns whose marks the OCR dropped, beside a speaker's turn, are still the interview's `p`."""
    turns = ["问：您对年轻科研人员有什么建议", "王建国：要耐得住寂寞。", "问：下一步有什么计划",
             "王建国：继续研究。"]
    page = INTRO.format(title="专访王建国", lead="近日，记者专访了王建国。") + "\n\n".join(turns) + "\n"
    articles = _articles(page)
    assert len(articles) == 1, articles
    assert articles[0]["paragraphs"][1:] == turns
