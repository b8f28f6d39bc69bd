"""The review report in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

What an archivist does with it: open it (no console errors, no network), read the counts, click a change
to see its rule, filter, step through changes with the keyboard, accept or reject suggestions and save
the decisions for `layoutfix rules learn`. Skipped only when /usr/bin/chromium is not installed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.export.html import to_html, unapplied_suggestions
from layoutfix.pipeline import build_document, convert
from layoutfix.suggest.learn import learn

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed "
                                "(apt-get install chromium); the browser tests need /usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the [dev] extra")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def seed(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, list]:
    doc = convert(seed_path, fmt="txt").document
    found = unapplied_suggestions(doc)
    path = tmp_path_factory.mktemp("review") / "seed-page.review.html"
    path.write_text(to_html(doc, found), encoding="utf-8")
    return path, doc, found


class Opened:
    """A report open in a tab, with what the tab logged."""

    def __init__(self, browser: object, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        bad = ("error", "warning")
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in bad else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def text(self, selector: str) -> str:
        return self.page.inner_text(selector)

    def shown(self) -> int:
        return int(self.text("#shown").split()[0])

    def visible_marks(self) -> int:
        return self.page.locator("#original mark.ed:not(.off)").count()


@pytest.fixture
def opened(browser: object, seed: tuple[Path, object, list]) -> Iterator[Opened]:
    tab = Opened(browser, seed[0])
    yield tab
    tab.page.close()


def test_loads_without_console_errors_or_network(opened: Opened, seed: tuple) -> None:
    assert opened.errors == []
    assert all(url.startswith(("file:", "data:", "blob:")) for url in opened.requests), opened.requests
    assert opened.text("#shown") == f"{len(seed[1].edits)} of {len(seed[1].edits)} changes shown"


def test_counts_shown_match_the_edit_log(opened: Opened, seed: tuple, tmp_path: Path, runner: CliRunner,
                                         seed_path: Path) -> None:
    log_path = tmp_path / "edits.jsonl"
    result = runner.invoke(app, ["convert", str(seed_path), "-o", str(tmp_path / "out.xml"), "--edits",
                                 str(log_path)])
    assert result.exit_code == 0, result.stderr
    log = [json.loads(line) for line in log_path.read_text(encoding="utf-8").splitlines()]
    assert int(opened.text("[data-count=edits]")) == len(log)
    for kind, n in Counter(r["kind"] for r in log).items():
        assert int(opened.text(f"[data-count=kind-{kind}]")) == n
    assert opened.page.locator("#original mark.ed").count() == len(log)
    assert int(opened.text("header [data-count=articles]")) == opened.page.locator("article.art").count()


def test_clicking_a_change_shows_its_rule_certainty_and_reason(opened: Opened, seed: tuple) -> None:
    doc = seed[1]
    typos = [e for e in sorted(doc.edits, key=lambda e: (e.start, e.end)) if e.kind == "typo"]
    opened.page.locator("#original mark.k-typo").first.click()
    detail = opened.text("#detail")
    assert typos[0].rule in detail and "certainty high" in detail
    assert f"{typos[0].before} → {typos[0].after}" in detail
    assert "typo" in detail and len(detail) > len(typos[0].rule) + 40  # a reason is given
    # The same correction is outlined in the articles pane too.
    assert opened.page.locator("#articles mark.current").count() == 1
    # A punctuation change names its own rule.
    opened.page.locator("#original mark.k-punct").first.click()
    assert opened.text("#detail").startswith("punct.")


def test_filters_kind_certainty_and_article(opened: Opened, seed: tuple) -> None:
    doc = seed[1]
    kinds = Counter(e.kind for e in doc.edits)
    opened.page.select_option("#f-kind", "typo")
    assert opened.shown() == kinds["typo"] == opened.visible_marks()
    opened.page.select_option("#f-kind", "space")
    assert opened.shown() == kinds["space"] == opened.visible_marks()
    opened.page.select_option("#f-kind", "")
    opened.page.select_option("#f-cert", "low")
    assert opened.shown() == sum(e.cert == "low" for e in doc.edits) == opened.visible_marks()
    opened.page.select_option("#f-cert", "")
    art = doc.articles[1].id
    opened.page.select_option("#f-art", art)
    assert opened.page.locator("article.art:visible").count() == 1
    assert opened.page.locator(f"article.art[data-art={art}]").is_visible()
    in_art = opened.page.locator(f"#original mark.ed[data-art={art}]").count()
    assert 0 < in_art == opened.shown() == opened.visible_marks() < len(doc.edits)


def test_keyboard_steps_through_the_changes_that_pass_the_filter(opened: Opened, seed: tuple) -> None:
    doc = seed[1]
    edits = sorted(doc.edits, key=lambda e: (e.start, e.end))
    opened.page.keyboard.press("n")
    assert opened.text("#detail").startswith(edits[0].rule)
    opened.page.keyboard.press("j")
    assert opened.text("#detail").startswith(edits[1].rule)
    opened.page.keyboard.press("p")
    assert opened.text("#detail").startswith(edits[0].rule)
    opened.page.select_option("#f-kind", "typo")
    opened.page.locator("body").click(position={"x": 5, "y": 5})  # focus back on the page, off the select
    typos = [e for e in edits if e.kind == "typo"]
    seen = []
    for _ in typos:
        opened.page.keyboard.press("n")
        seen.append(opened.text("#detail").split(" ")[0])
        assert opened.page.locator("#original mark.current").count() == 1
    assert seen == [e.rule for e in typos]
    opened.page.keyboard.press("n")  # wraps round to the first
    assert opened.text("#detail").split(" ")[0] == typos[0].rule


def test_ocr_script_is_shown_as_text(browser: object, tmp_path: Path) -> None:
    hostile = ("会议<script>alert('owned')</script>召开\n\n"
               "本报讯 代表说\"</script><img src=x onerror=alert(2)>\"很好。")
    path = tmp_path / "hostile.html"
    path.write_text(to_html(build_document(hostile)), encoding="utf-8")
    tab = Opened(browser, path)
    try:
        assert tab.dialogs == [] and tab.errors == []
        assert "<script>alert('owned')</script>" in tab.text("#original")
        assert "<img src=x onerror=alert(2)>" in tab.text("#articles")
        assert tab.page.locator("img").count() == 0
        assert all(u.startswith(("file:", "data:")) for u in tab.requests), tab.requests
    finally:
        tab.page.close()


def test_accept_reject_saves_jsonl_that_rules_learn_accepts(
    opened: Opened, seed: tuple, tmp_path: Path, runner: CliRunner
) -> None:
    found = seed[2]
    assert len(found) >= 2, "the seed page has suggestions that were not applied"
    assert opened.page.locator("#save").is_disabled()
    opened.page.click("#sug-0 button[data-v=accept]")
    opened.page.click("#sug-1 button[data-v=reject]")
    assert opened.text("#sug-0 .state") == "accepted" and opened.text("#sug-1 .state") == "rejected"
    assert opened.text("#decided") == f"2 of {len(found)} decided"
    with opened.page.expect_download() as info:
        opened.page.click("#save")
    saved = tmp_path / "reviewed.jsonl"
    info.value.save_as(saved)
    assert info.value.suggested_filename == "seed-page.reviewed.jsonl"
    lines = [json.loads(x) for x in saved.read_text(encoding="utf-8").splitlines()]
    assert [(r["found"], r["word"], r["accept"]) for r in lines] == [
        (found[0].found, found[0].word, True), (found[1].found, found[1].word, False)]
    rules = learn(saved)
    assert [(r.find, r.replace) for r in rules] == [(found[0].found, found[0].word)]
    result = runner.invoke(app, ["rules", "learn", str(saved)])
    assert result.exit_code == 0, result.stderr
    assert f'find = "{found[0].found}"' in result.stdout and f'find = "{found[1].found}"' not in result.stdout


def test_page_boxes_link_to_the_original_blocks(browser: object, seed_path: Path, tmp_path: Path) -> None:
    from layoutfix.model import BBox

    doc = convert(seed_path, fmt="txt").document
    page = doc.pages[0]
    page.width, page.height = 800.0, 1600.0
    for i, b in enumerate(page.blocks):
        b.bbox = BBox(10.0, 10.0 + i * 20, 790.0, 26.0 + i * 20)
    path = tmp_path / "boxes.html"
    path.write_text(to_html(doc), encoding="utf-8")
    tab = Opened(browser, path)
    try:
        assert tab.errors == []
        assert tab.page.locator("#page g.box").count() == len(page.blocks)
        art = doc.articles[0].id
        tab.page.select_option("#f-art", art)
        dimmed = tab.page.locator("#page g.box.dim").count()
        mine = tab.page.locator(f"#page g.box[data-art={art}]").count()
        assert dimmed == len(page.blocks) - mine and mine > 0
    finally:
        tab.page.close()


def test_a_markdown_export_shows_its_tables_and_figures(browser: object, tmp_path: Path) -> None:
    """MinerU's page in the browser: tables drawn as tables, each image a box naming its path (nothing
    fetched), a hostile image path shown as text, and a table markup change explained when clicked."""
    source = Path(__file__).parent.parent / "golden" / "markdown-mineru" / "input.txt"
    page = source.read_text(encoding="utf-8") + '\n\n<img src="javascript:alert(3)">\n\n![]("><script>)\n'
    path = tmp_path / "mineru.review.html"
    path.write_text(to_html(build_document(page, source="input.txt")), encoding="utf-8")
    tab = Opened(browser, path)
    try:
        assert tab.errors == [] and tab.dialogs == []
        assert all(u.startswith(("file:", "data:")) for u in tab.requests), tab.requests
        assert tab.page.locator("#articles table").count() == 2
        exported = json.loads(convert(source, fmt="json").output)["articles"][0]
        cells = [c for row in exported["tables"][0]["rows"] for c in row]
        assert tab.page.locator("#articles table").first.inner_text().split() == cells
        paths = tab.page.locator("#articles figure code.path").all_inner_texts()
        assert paths == [g["url"] for g in exported["graphics"]] + ["javascript:alert(3)", '"><script>']
        assert tab.page.locator("#articles a, #articles img").count() == 0
        tab.page.locator('#original mark.k-markup[title^="markup.table"]').first.click()
        detail = tab.text("#detail")
        assert detail.startswith("markup.table") and "rows and cells" in detail
    finally:
        tab.page.close()
