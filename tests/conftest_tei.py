"""TEI helpers for the convert tests: the official TEI P5 schema, loaded once per session.

Test modules import the fixture (`from conftest_tei import tei_schema`) so pytest registers it there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from urllib.parse import unquote

import pytest
import regex
from lxml import etree

import layoutfix
from layoutfix.model import Edit

TESTS = Path(__file__).resolve().parent
SCHEMA = TESTS / "schema" / "tei_all.rng"
PAGES = TESTS / "pages"
TEI = "{http://www.tei-c.org/ns/1.0}"


@cache
def load_schema() -> etree.RelaxNG:
    """tei_all.rng (TEI P5 4.12.0), compiled once per process however many modules use the fixture."""
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


@pytest.fixture(scope="session")
def tei_schema() -> etree.RelaxNG:
    """The TEI P5 schema (see `load_schema`)."""
    return load_schema()


def parse(xml: str) -> etree._Element:
    return etree.fromstring(xml.encode("utf-8"))


def assert_valid(schema: etree.RelaxNG, xml: str) -> etree._Element:
    """Parse `xml`, fail with the schema's own messages if it is not valid TEI, return the root."""
    root = parse(xml)
    if not schema.validate(root):
        errors = "\n".join(f"line {e.line}: {e.message}" for e in schema.error_log)
        pytest.fail(f"TEI does not validate:\n{errors}")
    return root


def reading_text(root: etree._Element) -> str:
    """The text a reader of the TEI body sees: everything in <text>, corrections instead of <sic>."""
    text_el = root.find(f"{TEI}text")
    assert text_el is not None
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        if el.tag != f"{TEI}sic":
            out.append(el.text or "")
            for child in el:
                walk(child)
        out.append(el.tail or "" if el is not text_el else "")

    walk(text_el)
    return "".join(out)


def han(text: str) -> Counter[str]:
    """The multiset of CJK ideographs in `text`."""
    return Counter(regex.findall(r"\p{Han}", text))


def assert_every_hanzi_accounted_for(original: str, edits: Iterable[Edit], root: etree._Element) -> None:
    """Every CJK ideograph of `original` is in the TEI's reading text or an image's path
    (`graphic/@url`), or an edit says where it went (and every ideograph there came from the input
    or an edit)."""
    expected = han(original)
    for ed in edits:
        expected.subtract(han(ed.before))
        expected.update(han(ed.after))
    paths = "".join(unquote(g.get("url") or "") for g in root.iter(f"{TEI}graphic"))
    assert han(reading_text(root) + paths) == +expected


def figure_parts(block: str, title: str = "兰州新区打造西部陆港枢纽") -> tuple[list[str], list[str]]:
    """The caption (`<p>`) and credit (`<note type="credit">`) texts of the TEI figures of a flat page
    holding `block` under `title`."""
    from layoutfix import convert

    root = etree.fromstring(convert(f"{title}\n\n{block}\n").output.encode("utf-8"))
    ns = {"tei": TEI[1:-1]}
    captions: list[str] = []
    credits: list[str] = []
    for fig in root.iterfind(".//tei:body//tei:figure", ns):
        captions += ["".join(p.itertext()) for p in fig.iterfind("tei:p", ns)]
        credits += ["".join(n.itertext()) for n in fig.iterfind("tei:note[@type='credit']", ns)]
    return captions, credits


def article_parts(page: str) -> tuple[list[str], list[str], list[str]]:
    """The `<head>`, `<byline>` and `<p>` texts of the body of the TEI `convert` writes for `page`."""
    body = etree.fromstring(layoutfix.convert(page).output.encode("utf-8")).find(f".//{TEI}body")
    assert body is not None
    heads, bylines, paragraphs = (
        ["".join(e.itertext()) for e in body.iter(f"{TEI}{tag}")] for tag in ("head", "byline", "p")
    )
    return heads, bylines, paragraphs
