"""The speed work of the nineteenth session (docs/performance.md) must not change an output. Each
changed function is compared with the code it had before (`_reference_*`, kept here as it was) on
generated inputs that reach every branch of it."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from layoutfix.export import tei
from layoutfix.issue import convert_issue
from layoutfix.model import Document
from layoutfix.normalize.steps import NormalizeOptions
from layoutfix.pipeline import convert

ROOT = Path(__file__).resolve().parents[1]

NS = tei.TEI_NS
STRUCTURAL = ["TEI", "teiHeader", "text", "body", "div", "figure", "table", "row", "bibl"]
INLINE = ["p", "head", "choice", "sic", "corr", "unclear", "cell", "title", "lb"]


# --- the code before the change ---------------------------------------------------------------------


def _reference_indent(el: etree._Element, level: int) -> None:
    """`tei._indent` as the eighteenth session wrote it (a call per child, two readings of each)."""
    if el.tag not in tei._STRUCTURAL or not len(el) or el.text is not None:
        return
    if any(child.tail is not None for child in el):
        return
    inner = "\n" + tei._INDENT * (level + 1)
    el.text = inner
    for child in el:
        _reference_indent(child, level + 1)
        child.tail = inner
    el[-1].tail = "\n" + tei._INDENT * level


def _reference_to_tei(doc: Document, line_zones: bool = False) -> str:
    """`tei.to_tei` before the header came indented from its template: the plain header, the whole
    tree walked by the indentation before."""
    kinds = Counter(map(tei._KIND, doc.edits))
    root = tei._new_root(doc, kinds)
    tei._fill_root(root, doc, line_zones, kinds)
    _reference_indent(root, 0)
    return tei._XML_DECLARATION + etree.tostring(root, encoding="unicode") + "\n"


# --- generated trees ---------------------------------------------------------------------------------


def _tree(rng: random.Random, depth: int = 0) -> etree._Element:
    """A random TEI-like tree: structural and text-bearing elements mixed at every level, some with
    text, some with text between their children (a tail), a comment now and then."""
    name = rng.choice(STRUCTURAL if rng.random() < 0.6 else INLINE)
    el = etree.Element(f"{{{NS}}}{name}")
    if rng.random() < 0.2:
        el.text = rng.choice(["会议", " ", "", "\n"])
    if depth < 4:
        for _ in range(rng.randrange(0, 5)):
            if rng.random() < 0.05:
                child = etree.Comment("注")
                el.append(child)
            else:
                child = _tree(rng, depth + 1)
                el.append(child)
            if rng.random() < 0.08:
                child.tail = rng.choice(["文字", " "])
    return el


def test_indent_writes_what_the_code_before_wrote_on_random_trees() -> None:
    rng = random.Random(19)
    for _ in range(3000):
        tree = _tree(rng)
        old, new = etree.fromstring(etree.tostring(tree)), etree.fromstring(etree.tostring(tree))
        _reference_indent(old, 0)
        tei._indent(new, 0)
        assert etree.tostring(new, encoding="unicode") == etree.tostring(old, encoding="unicode")


def test_indent_leaves_a_structure_with_text_between_its_children_as_it_is() -> None:
    body = etree.Element(f"{{{NS}}}body", nsmap={None: NS})
    div = etree.SubElement(body, f"{{{NS}}}div")
    etree.SubElement(div, f"{{{NS}}}p").text = "会议"
    etree.SubElement(div, f"{{{NS}}}p").tail = "文字"
    tei._indent(body, 0)
    assert etree.tostring(body, encoding="unicode") == (
        f'<body xmlns="{NS}">\n  <div><p>会议</p><p/>文字</div>\n</body>'
    )


def test_indent_walks_into_a_structure_under_a_structure_only() -> None:
    body = etree.Element(f"{{{NS}}}body", nsmap={None: NS})
    div = etree.SubElement(body, f"{{{NS}}}div")
    head = etree.SubElement(div, f"{{{NS}}}head")
    etree.SubElement(head, f"{{{NS}}}unclear").text = "机"
    etree.SubElement(head, f"{{{NS}}}unclear").text = "容"
    tei._indent(body, 0)
    assert etree.tostring(body, encoding="unicode") == (
        f'<body xmlns="{NS}">\n  <div>\n    <head><unclear>机</unclear><unclear>容</unclear></head>'
        "\n  </div>\n</body>"
    )


# --- the header indented from its template ------------------------------------------------------------

#: Option sets that reach every variable part of the header: the plain template, the settings
#: template (two different ones, in turn, so its cache is replaced), the low-confidence paragraph in
#: `correction` (`min_conf`), and a paper, date and page in `bibl`.
OPTION_SETS: list[dict[str, Any]] = [
    {},
    {"options": NormalizeOptions(variants="t2s", apply="low")},
    {"options": NormalizeOptions(apply="medium", apply_suggestions="medium"), "min_conf": 0.8},
    {},
    {"line_zones": True, "min_conf": 0.95, "paper": "某报", "date": "1999-01-02", "page": 3},
    {"options": NormalizeOptions(variants="t2s", apply="low")},
]
PAGES = [
    "tests/pages/headline-subtitle.txt", "tests/pages/profile-example.txt", "golden/typo-rules/input.txt",
    "tests/fixtures/ocr/p1.alto.xml", "tests/fixtures/ocr/p3.alto.xml", "golden/markdown-mineru/input.txt",
]


@pytest.mark.parametrize("page", PAGES)
def test_tei_writes_what_the_whole_tree_walk_wrote(page: str) -> None:
    for kw in OPTION_SETS:
        result = convert(ROOT / page, fmt="tei", **kw)
        assert result.output == _reference_to_tei(result.document, kw.get("line_zones", False)), kw


def test_issue_tei_writes_what_the_whole_tree_walk_wrote() -> None:
    issues = sorted(p for p in (ROOT / "tests" / "issues").iterdir() if p.is_dir())
    assert issues
    for issue in issues:
        result = convert_issue(sorted(p for p in issue.iterdir() if p.is_file()), fmt="tei")
        assert result.output == _reference_to_tei(result.document), issue.name


def test_low_confidence_paragraph_is_indented_as_the_others_in_correction() -> None:
    tei_text = convert(ROOT / "tests/fixtures/ocr/p3.alto.xml", fmt="tei", min_conf=0.9).output
    assert "Inline corrections:" in tei_text
    assert "\n          <p>Words the OCR engine read with a confidence below 0.9" in tei_text
    assert "words.</p>\n        </correction>\n" in tei_text
