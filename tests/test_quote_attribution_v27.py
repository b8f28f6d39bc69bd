"""A pull quote's attribution is a paragraph under the quote, not a subhead stacked on the next one.

What the user sees with `layoutfix convert -f tei`: `“搬得出，更要稳得住、能致富。”` / `——皋兰县县长
刘志强` / `二、难题与对策` gives the quote and its attribution as two whole `p` (no `part="I"`) and
`二、难题与对策` alone heading its subsection. Before (W16 finding 11) the attribution was a second
`head` of that subsection, stacked over `二、难题与对策`. A `——` subtitle under a title stays a
`head type="sub"`.
"""

from __future__ import annotations

import pytest

from cli_pages import convert_stdin
from tei_parts import article_outline, tei_root

TEI_NS = "{http://www.tei-c.org/ns/1.0}"
STORY = "滩区迁建三年追踪\n\n本报记者 张明\n\n搬迁后，县里建起了扶贫车间，吸纳当地群众就业1,860人。\n\n"


def _outline(page: str) -> tuple[list[tuple[str, str]], str]:
    """The first article's heads, paragraphs and subsection starts, and the TEI itself."""
    tei = convert_stdin(page, "-f", "tei")
    article = next(tei_root(tei).iter(f"{TEI_NS}div"))
    return article_outline(article), tei


@pytest.mark.parametrize(
    ("quote", "attribution", "subhead"),
    [
        ("“搬得出，更要稳得住、能致富。”", "——皋兰县县长 刘志强", "二、难题与对策"),
        ("“搬得出，更要稳得住、能致富。”", "——皋兰县县长 刘志强", "难题与对策"),
        ("“绿水青山就是金山银山。”", "——习近平", "生态优先"),
        ("「搬得出，更要穩得住、能致富。」", "——皋蘭縣縣長 劉志強", "二、難題與對策"),
    ],
)
def test_the_attribution_is_a_paragraph_under_its_quote(quote: str, attribution: str, subhead: str) -> None:
    """Quote, attribution, then the subsection the subhead alone heads."""
    outline, tei = _outline(f"{STORY}{quote}\n\n{attribution}\n\n{subhead}\n\n部分新村周边缺少产业。\n")
    start = outline.index(("p", quote))
    assert outline[start:] == [("p", quote), ("p", attribution), ("div", ""), ("head", subhead),
                               ("p", "部分新村周边缺少产业。")]
    assert '<p part="I"' not in tei


def test_a_quote_and_its_attribution_on_one_line_are_a_paragraph() -> None:
    """`“…。”——皋兰县县长 刘志强` on one line is the story's paragraph, not a subhead."""
    line = "“搬得出，更要稳得住、能致富。”——皋兰县县长 刘志强"
    outline, _tei = _outline(f"{STORY}{line}\n\n二、难题与对策\n\n部分新村周边缺少产业。\n")
    heads = [text for tag, text in outline if tag == "head"]
    assert heads == ["滩区迁建三年追踪", "二、难题与对策"]
    assert any(tag == "p" and text.startswith("“搬得出") for tag, text in outline)


@pytest.mark.parametrize(
    ("title", "subtitle", "byline"),
    [
        ("让每一粒种子都有好归宿", "——访省农科院研究员王建国", "本报记者 李明"),
        ("种业振兴", "——写在全省种业大会召开之际", "本报评论员"),
    ],
)
def test_a_dash_subtitle_under_a_title_stays_a_subtitle(title: str, subtitle: str, byline: str) -> None:
    """The `——` line under a title is its `head type="sub"`, as before."""
    tei = convert_stdin(f"{title}\n\n{subtitle}\n\n{byline}\n\n近日，记者专访了他。\n", "-f", "tei")
    assert f'<head type="sub">{subtitle}</head>' in tei
