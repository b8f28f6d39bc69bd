"""What a downstream TEI/JSON consumer reads, checked against what docs/tei.md and docs/json.md promise.

An image a markdown export placed keeps its path as written (TEI `graphic/@url`, JSON
`graphics[].url`): the corrections made to the text around it (typo rules, variants, punctuation,
full-width letters) are no corrections of a file name, which they would point elsewhere.
"""

from __future__ import annotations

import json

import pytest
from lxml import etree

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401
from layoutfix import convert
from layoutfix.normalize.steps import NormalizeOptions

#: Image paths holding what the normalisers change in text, with the --variants that changes it: a
#: typo rule's find (其层) and a comma, full-width letters and digits, traditional characters made
#: simplified, simplified ones made traditional.
PATHS = [
    ("images/其层治理,1.jpg", "none"), ("imgs/ｘ１园区.png", "none"), ("图片/園區.jpg", "t2s"),
    ("images/物流园区.jpg", "s2t"),
]


def _page(line: str) -> str:
    return f"# 兰州新区打造西部陆港枢纽\n\n本报讯 近日，物流园区建设加快。\n\n{line}\n\n图为物流园区一角。\n"


@pytest.mark.parametrize(("path", "variants"), PATHS)
@pytest.mark.parametrize("form", ["![物流园区]({})", '<img src="{}">'])
def test_an_image_path_is_written_as_the_input_wrote_it(
    tei_schema: etree.RelaxNG, form: str, path: str, variants: str  # noqa: F811
) -> None:
    page = _page(form.format(path))
    options = NormalizeOptions(variants=variants)
    root = assert_valid(tei_schema, convert(page, options=options).output)
    assert [g.get("url") for g in root.iter(f"{TEI}graphic")] == [path]
    article = json.loads(convert(page, fmt="json", options=options).output)["articles"][0]
    assert [g["url"] for g in article["graphics"]] == [path]


def test_the_text_around_an_image_is_still_corrected() -> None:
    """Only the path is kept as written: the alt text and the caption get their corrections."""
    page = _page("![其层治理](images/其层治理.jpg)")
    root = etree.fromstring(convert(page).output.encode("utf-8"))
    fig_desc = root.find(f".//{TEI}figDesc")
    assert fig_desc is not None
    assert [c.text for c in fig_desc.iter(f"{TEI}corr")] == ["基层"]
    assert [g.get("url") for g in root.iter(f"{TEI}graphic")] == ["images/其层治理.jpg"]


@pytest.mark.parametrize(("line", "variants"), [
    ("![其层治理](images/其层治理.jpg)", "none"), ('<img src="图片/園區.jpg">', "t2s"),
])
def test_the_header_counts_the_corrections_the_body_marks(line: str, variants: str) -> None:
    """`editorialDecl/correction` counts the inline corrections: the `corr`s of the body, none for
    the edits inside an image path (which no `choice` can show)."""
    tei = convert(_page(line), options=NormalizeOptions(variants=variants)).output
    root = etree.fromstring(tei.encode("utf-8"))
    stated = root.find(f".//{TEI}correction/{TEI}p")
    assert stated is not None and stated.text is not None
    marked = [c.get("type", "").split(".")[0] for c in root.iter(f"{TEI}corr")]
    typo, variant = marked.count("typo"), marked.count("variant")
    assert f"Inline corrections: {typo} typo, {variant} variant." in stated.text
