"""The TEI's pretty-printing never adds white space inside an element that holds text.

A consumer indexing the TEI reads a title as `''.join(head.itertext())` or XPath `normalize-space`.
lxml's pretty-printer indented every element that held no text of its own, so a `head` made only of
low-confidence `unclear` words, or of `choice`s, read `\\n          机\\n          容…` (and `机 容 …`
after normalize-space) while the JSON title read `机容…`; a `choice` in it had a line break and
spaces around its `sic` and `corr`. Only the structural elements (header, `text`, `body`, `div`,
figure and table frames) are indented now.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex
from lxml import etree

from layoutfix.normalize.steps import NormalizeOptions
from layoutfix.pipeline import convert, render

ROOT = Path(__file__).resolve().parents[1]
OCR = ROOT / "tests" / "fixtures" / "ocr"
TEI = "{http://www.tei-c.org/ns/1.0}"
#: Elements whose content is elements only (docs/tei.md): white space between their children is layout.
STRUCTURAL = frozenset(
    TEI + name for name in (
        "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "sourceDesc", "bibl",
        "encodingDesc", "appInfo", "application", "editorialDecl", "correction", "normalization",
        "segmentation", "facsimile", "surface", "text", "body", "div", "figure", "table", "row",
    )
)
#: A text node that is only a line break and indentation: what a pretty-printer adds.
INDENTATION = regex.compile(r"\s*\n[ \t]+")
#: The JSON field holding each kind of article heading.
HEAD_FIELDS = {None: "titles", "kicker": "kicker", "sub": "subtitle"}
#: A page whose title is two corrections with nothing between them (其层 -> 基层, 出合 -> 出台).
TWO_CHOICE_TITLE = "其层出合\n\n本报讯 近日，某地召开会议。会议指出，要推动工作。\n"


def _sample_inputs() -> Iterator[tuple[str, Path, dict[str, object]]]:
    """(name, path, convert options) for the repository's sample pages: flat pages, golden inputs and
    the OCR fixtures, these also with a threshold that marks most words `unclear`."""
    for path in sorted((ROOT / "tests" / "pages").glob("*.txt")):
        yield path.name, path, {}
        yield f"{path.name} s2t", path, {"options": NormalizeOptions(variants="s2t")}
    for path in sorted(p for p in (ROOT / "golden").glob("*/input.*") if p.is_file()):
        yield str(path.relative_to(ROOT)), path, {}
    for path in sorted(p for p in OCR.glob("p*.*") if "truth" not in p.name):
        yield path.name, path, {}
        yield f"{path.name} min-conf", path, {"min_conf": 0.99}


SAMPLES = list(_sample_inputs())


def _reading(el: etree._Element, reading: str) -> str:
    """The text of `el` with each `choice` read as its `reading` (`corr` or `sic`)."""
    skip = TEI + ("sic" if reading == "corr" else "corr")
    out = [el.text or ""]
    for child in el:
        if child.tag != skip:
            out.append(_reading(child, reading))
        out.append(child.tail or "")
    return "".join(out)


def _added_whitespace(root: etree._Element) -> list[str]:
    """Every text node inside a text-bearing element of `<text>` that is only a line break and
    indentation, named by the element holding it."""
    found = []
    for el in root.iter(f"{TEI}text"):
        for inner in el.iter():
            if inner.tag in STRUCTURAL or not isinstance(inner.tag, str):
                continue
            nodes = [inner.text] + [child.tail for child in inner]
            found += [
                f"{etree.QName(inner).localname}: {node!r}"
                for node in nodes if node is not None and INDENTATION.fullmatch(node)
            ]
    return found


def _check(tei: str, data: dict[str, object]) -> None:
    """No indentation inside text, and each article's headings and bylines read as the JSON's."""
    root = etree.fromstring(tei.encode("utf-8"))
    assert _added_whitespace(root) == []
    articles = data["articles"]
    assert isinstance(articles, list)
    divs = [d for d in root.iter(f"{TEI}div") if d.get("type") == "article"]
    assert len(divs) == len(articles)
    for div, art in zip(divs, articles, strict=True):
        for kind, field in HEAD_FIELDS.items():
            heads = [h for h in div.iterfind(f"{TEI}head") if h.get("type") == kind]
            assert [_reading(h, "corr") for h in heads] == art[field]
        assert [_reading(b, "corr") for b in div.iterfind(f"{TEI}byline")] == art["byline"]
        for choice in div.iter(f"{TEI}choice"):  # each reading rebuilds without added white space
            for reading in ("sic", "corr"):
                assert "\n" not in _reading(choice, reading)


@pytest.mark.parametrize(("name", "path", "kw"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_text_bearing_elements_hold_their_text_exactly(name: str, path: Path, kw: dict) -> None:
    result = convert(path, **kw)
    _check(result.output, json.loads(render(result.document, "json")))


def test_title_of_only_unclear_words_reads_as_the_json_title() -> None:
    result = convert(OCR / "p3.hocr")
    root = etree.fromstring(result.output.encode("utf-8"))
    head = next(root.iter(f"{TEI}head"))
    assert len(head) > 1 and not head.text  # the case: unclear words and nothing between them
    title = json.loads(render(result.document, "json"))["articles"][0]["titles"][0]
    assert "".join(head.itertext()) == title
    assert root.xpath("normalize-space(//t:head[1])", namespaces={"t": TEI[1:-1]}) == title


def test_title_of_two_corrections_keeps_both_readings_whole(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TWO_CHOICE_TITLE, encoding="utf-8")
    result = convert(page)
    root = etree.fromstring(result.output.encode("utf-8"))
    head = next(root.iter(f"{TEI}head"))
    assert [child.tag for child in head] == [f"{TEI}choice"] * 2
    assert _reading(head, "sic") == "其层出合"
    assert _reading(head, "corr") == "基层出台"
    _check(result.output, json.loads(render(result.document, "json")))


def test_structure_is_still_indented() -> None:
    tei = convert(ROOT / "tests" / "pages" / "profile-example.txt").output
    assert "\n  <teiHeader>\n    <fileDesc>\n" in tei
    assert "\n      <div type=\"article\" xml:id=\"a1\">\n        <head type=\"kicker\">" in tei
    assert tei.endswith("</TEI>\n")
