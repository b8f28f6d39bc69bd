"""Reading a converted page back, for the tests of what a user finds in it: the TEI's articles (their
heads, bylines and paragraphs), its `fw` furniture and the JSON export's articles.
(Imported as `conftest_tei` is.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree
from typer.testing import CliRunner

from layoutfix.cli import app

TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

#: How a head is written in an article's parts (see `article_parts`).
HeadLabel = Callable[[etree._Element], str]


def tei_root(tei: str) -> etree._Element:
    """The TEI document's root element."""
    return etree.fromstring(tei.encode("utf-8"))


def text_of(el: etree._Element) -> str:
    """All the text inside `el`, its children's included."""
    return "".join(map(str, el.itertext()))


def body_fws(tei: str) -> list[tuple[str | None, str]]:
    """Each `fw` of the TEI's body: (type, text)."""
    return [(fw.get("type"), text_of(fw)) for fw in tei_root(tei).iterfind(".//t:body//t:fw", NS)]


def body_texts(tei: str, tag: str) -> list[str]:
    """The text of each element `tag` (a TEI name without prefix, `p`, `closer`) in the TEI's body."""
    return [text_of(el) for el in tei_root(tei).iterfind(f".//t:body//t:{tag}", NS)]


def own_heads(div: Any) -> list[str]:
    """The texts of an article's own `head`s (kicker and title), in order: not its subsections'."""
    return ["".join(h.itertext()) for h in div.findall(f"{TEI}head")]


def all_paragraphs(div: Any) -> list[str]:
    """The texts of an article's paragraphs, in its subsections too, in order."""
    return ["".join(p.itertext()) for p in div.iter(f"{TEI}p")]


def signed_texts(div: Any) -> list[str]:
    """The texts of an article's `closer/signed`."""
    return ["".join(s.itertext()) for c in div.findall(f"{TEI}closer") for s in c.findall(f"{TEI}signed")]


def article_outline(div: Any, tags: tuple[str, ...] = ("head", "p")) -> list[tuple[str, str]]:
    """(element, text) for the elements `tags` of an article, in order, subsections flattened, each
    subsection's start written as ("div", "")."""
    out: list[tuple[str, str]] = []
    for child in div:
        tag = child.tag.removeprefix(TEI)
        if tag == "div":
            out.append(("div", ""))
            out.extend(article_outline(child, tags))
        elif tag in tags:
            out.append((tag, "".join(child.itertext())))
    return out


def typed_head(head: etree._Element) -> str:
    """`type:text` for a head (`title` when it has no type)."""
    return f"{head.get('type') or 'title'}:{text_of(head)}"


def sectioned_head(head: etree._Element) -> str:
    """`sub:text` for a subsection's head, else as `typed_head`."""
    parent = head.getparent()
    if parent is not None and parent.get("type") == "subsection":
        return f"sub:{text_of(head)}"
    return typed_head(head)


def article_parts(
    tei: str, head: HeadLabel = typed_head, *, nested: bool = True
) -> list[dict[str, list[str]]]:
    """Each TEI article's heads (as `head` writes them), bylines and paragraphs, in order. `nested`
    reads those of its subsections too; without it only the article's own children count."""
    def of(div: etree._Element, tag: str) -> list[etree._Element]:
        return list(div.iter(f"{TEI}{tag}")) if nested else div.findall(f"{TEI}{tag}")

    return [
        {
            "heads": [head(h) for h in of(div, "head")],
            "bylines": [text_of(b) for b in of(div, "byline")],
            "paragraphs": [text_of(p) for p in of(div, "p")],
        }
        for div in tei_root(tei).iterfind(f".//{TEI}div[@type='article']")
    ]


def first_article_parts(tei: str) -> dict[str, list[str]]:
    """The heads (`typed_head`), bylines and paragraphs of the TEI's first article, its own children's
    only (not its subsections')."""
    articles = article_parts(tei, nested=False)
    assert articles, tei
    return articles[0]


def page_parts(tei: str) -> dict[str, list[str]]:
    """The heads (`typed_head`), bylines and paragraphs of every article of the TEI, in order, as one
    list each: the page's parts whichever article holds them."""
    parts: dict[str, list[str]] = {"heads": [], "bylines": [], "paragraphs": []}
    for article in article_parts(tei):
        for key, values in article.items():
            parts[key] += values
    return parts


def articles_by_id(tei: str) -> dict[str | None, etree._Element]:
    """The TEI's article divs by their `xml:id`."""
    return {d.get(XML_ID): d for d in tei_root(tei).iter(f"{TEI}div") if d.get("type") == "article"}


def paragraph_texts(div: etree._Element) -> list[str]:
    """The text of each paragraph in `div`, its subsections' included."""
    return [text_of(p) for p in div.iter(f"{TEI}p")]


def json_articles(doc: str) -> list[dict[str, Any]]:
    """The articles of a JSON export."""
    articles: list[dict[str, Any]] = json.loads(doc)["articles"]
    return articles


def json_paragraphs(article: dict[str, Any]) -> list[str]:
    """The text of each paragraph of a JSON export's article."""
    return [p["text"] for p in article["paragraphs"]]


def converted_articles(tmp_path: Path, text: str) -> list[etree._Element]:
    """The article `div`s of the TEI `convert` writes for the flat-text page `text`."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(page), "-f", "tei", "-o", "-"])
    assert result.exit_code == 0, result.output
    return list(tei_root(result.stdout).iterfind(".//t:div[@type='article']", NS))
