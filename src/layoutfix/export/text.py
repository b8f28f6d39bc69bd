"""Plain-text export: one article after another, title first, for reading and for diffing.

Each article is its heading group (section label in 【】, kickers, title, subtitle), byline, then
paragraphs separated by blank lines; subheads stand on their own line, captions follow their credit,
the signature comes last. Articles are separated by a line of `＊＊＊`. Furniture is left out: the
TEI keeps it; so are images a markdown export placed (their captions stay).
"""

from __future__ import annotations

from ..model import Article, Block, Document, Part

ARTICLE_SEPARATOR = "＊＊＊"


def continues_run(doc: Document, prev: Block, block: Block) -> bool:
    """Do two body blocks of a paragraph stand together in the text (joined by a `join` edit)?

    Blocks that were not joined in the text (something else stands between them) are rendered
    as separate runs, so whatever lies between them is never repeated.
    """
    return block.start <= prev.end or not doc.text[prev.end : block.start].strip(" ")


def paragraph_runs(doc: Document, part: Part) -> list[tuple[int, int]]:
    """The spans of the paragraph's body text in `doc.text`, without furniture or figures."""
    spans: list[tuple[int, int]] = []
    prev: Block | None = None
    for b in part.blocks:
        if b.role != "body":
            prev = None
            continue
        if prev is not None and spans and continues_run(doc, prev, b):
            spans[-1] = (spans[-1][0], max(spans[-1][1], b.end))
        else:
            spans.append((b.start, b.end))
        prev = b
    return spans


def paragraph_text(doc: Document, part: Part) -> str:
    """The text of a paragraph: its body blocks, without the furniture or figures inside it."""
    return "".join(doc.text[s:e] for s, e in paragraph_runs(doc, part))


def part_texts(doc: Document, part: Part) -> list[str]:
    """What a part contributes to the plain text, one entry per paragraph-like chunk."""
    if part.kind == "p":
        return [paragraph_text(doc, part)]
    if part.kind == "fw":
        return []
    # An image's alt text and path are no text of the page (the TEI and JSON keep them).
    return [" ".join(b.text for b in part.blocks if b.role != "graphic")]


def article_text(doc: Document, art: Article) -> str:
    """One article as plain text."""
    chunks: list[str] = []
    if art.section_head is not None:
        chunks.append(f"【{art.section_head.text}】")
    head = [*art.kicker, *art.titles, *art.subtitles]
    if head:
        chunks.append("\n".join(b.text for b in head))
    chunks.extend(b.text for b in art.bylines)
    for part in art.parts:
        chunks.extend(part_texts(doc, part))
    if art.signature is not None:
        chunks.append(art.signature.text)
    return "\n\n".join(c for c in chunks if c)


def to_txt(doc: Document) -> str:
    """The document as plain text, articles in reading order."""
    return f"\n\n{ARTICLE_SEPARATOR}\n\n".join(article_text(doc, a) for a in doc.articles) + "\n"
