"""What a downstream TEI/JSON consumer reads, checked against what docs/tei.md and docs/json.md promise.

The examples the docs show are what the tool writes today. An image a markdown export placed keeps
its path as written (TEI `graphic/@url`, JSON `graphics[].url`): the corrections made to the text
around it (typo rules, variants, punctuation, full-width letters) are no corrections of a file name,
which they would point elsewhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from lxml import etree

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401
from layoutfix import convert
from layoutfix.editlog import dumps_document_edits
from layoutfix.normalize.steps import NormalizeOptions

ROOT = Path(__file__).resolve().parents[1]

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


def _doc_example(doc: str, lang: str, n: int) -> str:
    """The `n`th fenced example in `lang` of a docs/ page."""
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    return regex.findall(rf"```{lang}\n(.*?)```", text, flags=regex.S)[n]


def test_the_page_example_of_json_md_is_what_convert_writes() -> None:
    """docs/json.md shows the JSON of tests/pages/signature.txt, shortened to its first article and
    that article's first paragraph: those keys and values are what `convert -f json` writes."""
    example = json.loads(_doc_example("json.md", "json", 0))
    written = json.loads(convert(ROOT / "tests" / "pages" / "signature.txt", fmt="json").output)
    written["articles"] = written["articles"][:1]
    written["articles"][0]["paragraphs"] = written["articles"][0]["paragraphs"][:1]
    assert example == written


def test_the_edit_line_examples_are_lines_convert_writes() -> None:
    """The edit-line example of docs/json.md is a line of signature.txt's log, the one of
    docs/quickstart.md a line of the seed page's."""
    for doc, page in (("json.md", "tests/pages/signature.txt"), ("quickstart.md", "examples/seed-page.txt")):
        example = json.loads(_doc_example(doc, "json", 1 if doc == "json.md" else 0))
        log = [json.loads(ln) for ln in dumps_document_edits(convert(ROOT / page).document).split("\n") if ln]
        assert example in log, doc


def test_the_choice_of_rules_md_is_what_convert_writes() -> None:
    """docs/rules.md shows the TEI of a correction: the element convert writes for that rule."""
    rules_doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    shown = regex.search(r"`(<choice>.*?</choice>)`", rules_doc)
    assert shown is not None
    tei = convert(ROOT / "examples" / "seed-page.txt").output
    assert shown.group(1) in tei


def _reading(root: etree._Element, left_out: set[str]) -> str:
    """The text of the TEI's `<text>` without the elements named in `left_out` (`sic` or `corr`:
    one reading of each `choice`), whitespace removed (the layouts differ, the characters do not)."""
    skip = {f"{TEI}{tag}" for tag in left_out}
    text_el = root.find(f"{TEI}text")
    assert text_el is not None
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        if el.tag not in skip:
            out.append(el.text or "")
            for child in el:
                walk(child)
        out.append((el.tail or "") if el is not text_el else "")

    walk(text_el)
    return regex.sub(r"\s+", "", "".join(out))


def _readings_samples() -> list[object]:
    """Flat pages and a markdown export (a table, an image) made traditional with medium typo rules
    (a choice in every kind of element), and the seed page, each a `pytest.param` named after it."""
    traditional = NormalizeOptions(variants="s2t", apply="medium")
    pages = sorted((ROOT / "tests" / "pages").glob("*.txt"))
    samples = [pytest.param(p, traditional, id=p.name) for p in pages]
    mineru = ROOT / "golden" / "markdown-mineru" / "input.txt"
    samples.append(pytest.param(mineru, traditional, id="markdown-mineru"))
    samples.append(pytest.param(ROOT / "examples" / "seed-page.txt", NormalizeOptions(), id="seed-page"))
    return samples


@pytest.mark.parametrize(("page", "options"), _readings_samples())
def test_the_plain_text_is_the_corr_reading_of_the_tei(page: Path, options: NormalizeOptions) -> None:
    """docs/tei.md, "Reading the text": the plain text holds the characters of the TEI read with
    each `corr`, in order, without furniture and an image's alt text; a section label in 【】 and the
    `＊＊＊` line between articles are the plain text's own."""
    root = etree.fromstring(convert(page, options=options).output.encode("utf-8"))
    txt = convert(page, fmt="txt", options=options).output
    plain = regex.sub(r"【([^】]*)】", r"\1", regex.sub(r"\s+", "", txt).replace("＊＊＊", ""))
    assert _reading(root, {"sic", "fw", "figDesc"}) == plain


@pytest.mark.parametrize(("page", "options"), _readings_samples())
def test_each_choice_is_one_inline_edit_of_the_log(page: Path, options: NormalizeOptions) -> None:
    """docs/tei.md, "Reading the text": the `sic`/`corr` pairs are the log's typo and variant edits,
    one each (`before` without line breaks, `after`, `rule`, `cert`), so the sic reading is the
    corr reading with those edits undone."""
    result = convert(page, options=options)
    root = etree.fromstring(result.output.encode("utf-8"))
    shown = []
    for choice in root.iter(f"{TEI}choice"):
        sic, corr = choice.find(f"{TEI}sic"), choice.find(f"{TEI}corr")
        assert sic is not None and corr is not None
        shown.append(("".join(sic.itertext()), "".join(corr.itertext()), corr.get("type"), corr.get("cert")))
    logged = [(regex.sub(r"[\r\n]", "", e.before), e.after, "+".join(e.rules), e.cert)
              for e in result.edits if e.kind in ("typo", "variant")]
    assert shown and sorted(shown) == sorted(logged)


SECTION_PAGE = (
    "专题协商议政\n\n渭源县政协建言生态建设\n\n"
    "本报渭源讯 近日，渭源县政协召开专题协商会，围绕生态建设提出\n\n（下转第2版）\n\n"
    "临洮县政协助推产业发展\n\n本报临洮讯 近日，临洮县政协组织委员视察。\n"
)
#: The page the first article of SECTION_PAGE goes on on.
JUMP_PAGE = "生态建设\n\n（上接第1版）\n\n意见建议十余条。\n"


@pytest.mark.parametrize("pages", [1, 2])
@pytest.mark.parametrize("as_issue", [False, True])
def test_a_section_label_printed_once_heads_one_section_in_an_issue_too(
    tmp_path: Path, tei_schema: etree.RelaxNG, as_issue: bool, pages: int  # noqa: F811
) -> None:
    """docs/tei.md: `div[@type="section"]` + `head` is the label and the articles under it. In an
    issue (`convert PAGE:1`, several pages) each article got a section `div` of its own, the label
    written again over the second one: a `head` the page prints once, read twice. After an article
    that jumped, the page's `pb[@type="resume"]` stands in the section, before the next article."""
    from layoutfix.issue import convert_issue

    files = [tmp_path / "p1.txt", tmp_path / "p2.txt"][:pages]
    for path, text in zip(files, (SECTION_PAGE, JUMP_PAGE), strict=False):
        path.write_text(text, encoding="utf-8")
    if not as_issue and pages == 2:
        pytest.skip("two pages are an issue")
    tei = convert_issue(files).output if as_issue else convert(files[0]).output
    root = assert_valid(tei_schema, tei)
    sections = root.findall(f".//{TEI}div[@type='section']")
    assert len(sections) == 1
    heads = [h.text for h in sections[0].findall(f"{TEI}head")]
    articles = sections[0].findall(f"{TEI}div[@type='article']")
    assert heads == ["专题协商议政"] and len(articles) == 2
    assert _reading(root, {"sic"}).count("专题协商议政") == 1
    if pages == 2:
        resume = [c.get("type") for c in sections[0] if c.tag == f"{TEI}pb"]
        assert resume == ["resume"]
