"""A pull quote's attribution: the `——` line naming who said the quotation above it.

A feature story sets a quotation in a block of its own (`“搬得出，更要稳得住、能致富。”`) and under it
who said it, after a dash (`——皋兰县县长 刘志强`). The attribution is short and ends with no mark, so
the text cues read it as a heading, and the assembler stacks it with the next subhead
(`二、难题与对策`) as one subsection's heads. `quote_attributions` gives it back to the text: a
dash-led heading right under a paragraph that is a whole quotation is that quotation's attribution.
A dash-led line under a title (`让每一粒种子都有好归宿` / `——访省农科院研究员王建国`) is a subtitle and
stays one: a heading, not a quotation, stands above it.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..model import Block

#: A dash-led line: a dash (`——`, `—`, `――`, `－－`) then words, as a quotation's attribution prints.
_DASH_LED = regex.compile(r"[\t\p{Zs}]*(?:[—―]{1,2}|－－|--)[\t\p{Zs}]*\p{Han}")
#: A whole quotation: opening and closing quotation marks around the block's text, either width.
_WHOLE_QUOTE = regex.compile(r"[\t\p{Zs}]*[“「『‘\"][^\n]+[”」』’\"][\t\p{Zs}]*")
#: A quotation and its attribution on one line (`“搬得出，更要稳得住、能致富。”——皋兰县县长 刘志强`): the
#: quotation's own sentence mark before its closing quotation mark, then the dash.
_QUOTE_AND_ATTRIBUTION = regex.compile(
    r"[\t\p{Zs}]*[“「『][^\n”」』]+[。！？!?…][”」』][\t\p{Zs}]*(?:[—―]{1,2}|－－)[\t\p{Zs}]*\p{Han}[^\n]{0,30}"
)
#: The hint an attribution's block carries: a whole paragraph, though it ends with no sentence mark.
ATTRIBUTION = "attribution"
#: The roles that sit between a quotation and its attribution without parting them.
_PASSED_ROLES = frozenset({"furniture", "marker"})


def _quotation_above(out: list[Block], i: int) -> bool:
    """Whether the nearest block above block `i` holding the article's text (furniture and markers
    passed over) is a paragraph that is one whole quotation (`“搬得出，更要稳得住、能致富。”`)."""
    j = i - 1
    while j >= 0 and out[j].role in _PASSED_ROLES:
        j -= 1
    return j >= 0 and out[j].role == "body" and _WHOLE_QUOTE.fullmatch(out[j].text) is not None


def _opens_article_below(out: list[Block], i: int) -> bool:
    """Whether a heading with a byline under it follows block `i` (`山村里的新变化` / `本报记者 李华`):
    a new article starts there, and a dash-led line above it (`——新春走基层`) is its kicker, not
    the attribution of the quotation that ended the story before."""
    blocks = [j for j in range(i + 1, len(out)) if out[j].role not in _PASSED_ROLES][:2]
    return len(blocks) == 2 and out[blocks[0]].role == "heading" and out[blocks[1]].role == "byline"


def _is_attribution(out: list[Block], i: int) -> bool:
    """Whether heading block `i` is a quotation's attribution: a dash-led line under a whole quotation
    (`_quotation_above`), or the quotation and its attribution on one line under the text
    (`_QUOTE_AND_ATTRIBUTION`)."""
    text = out[i].text
    if "\n" in text.strip():
        return False
    if _DASH_LED.match(text):
        return _quotation_above(out, i) and not _opens_article_below(out, i)
    if _QUOTE_AND_ATTRIBUTION.fullmatch(text) is None:
        return False
    j = i - 1
    while j >= 0 and out[j].role in _PASSED_ROLES:
        j -= 1
    return j >= 0 and out[j].role == "body"


def quote_attributions(out: list[Block]) -> list[Block]:
    """The labelled blocks with every heading that is a quotation's attribution (`_is_attribution`:
    `——皋兰县县长 刘志强` under `“搬得出，更要稳得住、能致富。”`) made a paragraph, part of the text, not
    a subhead over the text that follows. It carries the hint `ATTRIBUTION`: a whole paragraph,
    though it ends with no sentence mark."""
    for i, block in enumerate(out):
        if block.role == "heading" and _is_attribution(out, i):
            out[i] = replace(block, role="body", hints=block.hints | {ATTRIBUTION})
    return out
