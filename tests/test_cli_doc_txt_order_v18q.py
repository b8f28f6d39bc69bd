"""docs/cli.md says in what order `convert -f txt` writes an article's pieces. It said "title
first", while the kicker line comes before the title (seed page: `秦州区政协` then
`调研教师队伍建设情况`). The order the doc names must be the order the export writes."""

from __future__ import annotations

import json
from pathlib import Path

import regex

from layoutfix import convert

CLI_DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"

#: The words the doc names each piece by, and the JSON field holding that piece's texts.
PIECES = {
    "section label": "section",
    "kicker": "kicker",
    "title": "titles",
    "subtitle": "subtitle",
    "byline": "byline",
    "paragraphs": "paragraphs",
    "caption": "captions",
    "credit": "credits",
    "signature": "signature",
}

#: One article holding every piece above.
PAGE = (
    "履职风采\n\n秦州区政协\n\n调研教师队伍建设情况\n\n——听取一线教师意见建议\n\n"
    "本报讯（记者 王丽）10月10日，秦州区政协主席带领部分委员就全区教师队伍建设情况进行专题调研。\n\n"
    "调研组先后深入玉泉中学，召开座谈会，听取相关工作情况介绍。\n\n"
    "图为调研组在玉泉中学调研。\n\n记者 马俊 摄\n\n（记者 王丽）\n"
)


def _txt_section() -> str:
    """The doc's section on the plain-text export."""
    doc = CLI_DOC.read_text(encoding="utf-8")
    m = regex.search(r"^### Plain text \(`-f txt`\)\n(.*?)^#", doc, flags=regex.S | regex.M)
    assert m is not None, "docs/cli.md has no section on the plain-text export"
    return m.group(1)


def _named_at(text: str, word: str) -> int:
    """Where `text` first names `word` as a word of its own (`title` is not in `subtitle`), or -1."""
    m = regex.search(rf"\b{word}\b", text)
    return -1 if m is None else m.start()


def _first_text(value: object) -> str:
    """The first text of a JSON field: a string, a list of strings or of paragraph objects."""
    first = value[0] if isinstance(value, list) else value
    return first["text"] if isinstance(first, dict) else str(first)


def test_the_doc_names_the_pieces_of_an_article_in_the_order_txt_writes_them() -> None:
    section = _txt_section()
    named = {word: _named_at(section, word) for word in PIECES}
    assert -1 not in named.values(), [w for w, at in named.items() if at < 0]
    doc_order = sorted(PIECES, key=named.__getitem__)

    (art,) = json.loads(convert(PAGE, fmt="json").output)["articles"]
    lines = convert(PAGE, fmt="txt").output.split("\n")
    texts = {word: _first_text(art[field]) for word, field in PIECES.items()}
    texts["section label"] = f"【{texts['section label']}】"
    txt_order = sorted(PIECES, key=lambda w: lines.index(texts[w]))
    assert doc_order == txt_order


def test_the_format_option_row_names_the_kicker_before_the_title() -> None:
    lines = CLI_DOC.read_text(encoding="utf-8").splitlines()
    row = next(line for line in lines if "`-f, --format FMT`" in line)
    m = regex.search(r"`txt` \(([^`]*)", row)
    assert m is not None
    kicker, title = _named_at(m.group(1), "kicker"), _named_at(m.group(1), "title")
    assert 0 <= kicker < title, m.group(1)
