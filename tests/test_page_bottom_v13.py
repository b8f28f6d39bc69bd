"""Page bottoms and the small items between articles, as real papers print them.

An audit of ~30 flat-text pages (mainland, Hong Kong, Taiwan) found footer lines whose fields a
space sets apart where a colon is missing lose those spaces: `责任编辑 王丽 电话：0931-8456789` became
`责任编辑王丽电话：0931-8456789`, one `contact` fw, and `本版编辑：王丽 美编 李华` became
`本版编辑：王丽美编李华`. A line of fields keeps them, and the editors and the phone are typed apart.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from cli_pages import convert_page

NS = {"t": "http://www.tei-c.org/ns/1.0"}
ARTICLE = "全市召开安全生产会议\n\n本报记者 王丽\n\n近日，全市召开安全生产工作会议，部署下一阶段工作。\n"

#: Footer lines with a space for a label's colon, and the `fw` (type, text) the TEI gives for them.
SPACED_FOOTERS = {
    "editor-spaced-then-phone": (
        "责任编辑 王丽 电话：0931-8456789",
        [("credit", "责任编辑 王丽"), ("contact", "电话：0931-8456789")],
    ),
    "editor-colon-then-spaced": ("本版编辑：王丽 美编 李华", [("credit", "本版编辑：王丽 美编 李华")]),
    "editors-then-fax": (
        "本版编辑 王丽 校对 张明 传真：0931-8456790",
        [("credit", "本版编辑 王丽 校对 张明"), ("contact", "传真：0931-8456790")],
    ),
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _convert(runner: CliRunner, tmp_path: Path, page: str, *args: str) -> str:
    return convert_page(runner, tmp_path, page, "-o", "-", *args)


def _fws(tei: str) -> list[tuple[str, str]]:
    root = etree.fromstring(tei.encode("utf-8"))
    return [(fw.get("type"), "".join(fw.itertext())) for fw in root.iterfind(".//t:body//t:fw", NS)]


@pytest.mark.parametrize("case", sorted(SPACED_FOOTERS))
def test_footer_fields_keep_their_spaces(runner: CliRunner, tmp_path: Path, case: str) -> None:
    footer, expected = SPACED_FOOTERS[case]
    assert _fws(_convert(runner, tmp_path, f"{ARTICLE}\n{footer}\n")) == expected


@pytest.mark.parametrize("case", sorted(SPACED_FOOTERS))
def test_footer_fields_have_no_space_edit(runner: CliRunner, tmp_path: Path, case: str) -> None:
    footer, _ = SPACED_FOOTERS[case]
    page = f"{ARTICLE}\n{footer}\n"
    log = tmp_path / "edits.jsonl"
    _convert(runner, tmp_path, page, "-f", "txt", "--edits", str(log))
    footer_start = page.index(footer)
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [e for e in edits if e["start"] >= footer_start] == []


def test_a_sentence_naming_an_editor_loses_its_stray_spaces(runner: CliRunner, tmp_path: Path) -> None:
    """Guard: running text is no line of fields; OCR's stray spaces there go as anywhere."""
    page = "全市召开安全生产会议\n\n近日，责任编辑 王丽 电话联系了作者，核实稿件。\n"
    out = _convert(runner, tmp_path, page, "-f", "txt")
    assert "责任编辑王丽电话联系了作者" in out


#: Lines under an article's last paragraph saying where the story came from, or that it ended.
END_NOTES = ["（据新华社电）", "（来源：人民网）", "（综合新华社、人民网）", "（据人民网）", "（完）"]
NEXT_ARTICLE = "秋收时节农事忙\n\n本报记者 李华\n\n10月10日，农民正在收割玉米。\n"
FIRST_ARTICLE = "全市召开会议\n\n近日，全市召开会议。会议强调要抓好落实。\n"


def _articles(runner: CliRunner, tmp_path: Path, page: str) -> list[dict]:
    return json.loads(_convert(runner, tmp_path, page, "-f", "json"))["articles"]


@pytest.mark.parametrize("note", END_NOTES)
def test_an_end_note_closes_the_article_above(runner: CliRunner, tmp_path: Path, note: str) -> None:
    """A source line under the last paragraph was the next article's kicker (`（据新华社电）`), or its
    signature (`（据人民网）`: four hanzi read as a name); `（完）` alone marked the article incomplete.
    Each is the last paragraph of the article above, which it closes."""
    first, second = _articles(runner, tmp_path, f"{FIRST_ARTICLE}\n{note}\n\n{NEXT_ARTICLE}")
    assert [p["text"] for p in first["paragraphs"]][-1] == note
    assert first["signature"] is None
    assert "incomplete" not in first["flags"]
    assert not any(p["incomplete"] for p in first["paragraphs"])
    assert second["kicker"] == [] and second["titles"] == ["秋收时节农事忙"]


def test_an_end_note_after_the_last_sentence_stays_in_its_paragraph(
    runner: CliRunner, tmp_path: Path
) -> None:
    """`……落实。（据新华社电）` in one block was the next article's kicker, paragraph and all."""
    page = "全市召开会议\n\n近日，全市召开会议。\n\n会议强调要抓好落实。（据新华社电）\n\n" + NEXT_ARTICLE
    first, second = _articles(runner, tmp_path, page)
    assert first["paragraphs"][-1]["text"] == "会议强调要抓好落实。（据新华社电）"
    assert second["kicker"] == []


@pytest.mark.parametrize("signature", ["（新华社）", "（王丽）"])
def test_a_bracketed_name_still_signs(runner: CliRunner, tmp_path: Path, signature: str) -> None:
    """Guard: a bracketed name (a writer, an agency) under the text is the article's signature."""
    first, _ = _articles(runner, tmp_path, f"{FIRST_ARTICLE}\n{signature}\n\n{NEXT_ARTICLE}")
    assert first["signature"] == signature


#: Editor lines with `责编`, short for 责任编辑, and the `fw` (type, text) the TEI gives for them.
SHORT_EDITOR_LINES = {
    "page-editor-fields": (
        "本版责编：王丽 版式：李华 校对：张明",
        [("credit", "本版责编：王丽 版式：李华 校对：张明")],
    ),
    "editor-alone": ("责编：王丽", [("credit", "责编：王丽")]),
    "editor-spaced-then-phone": (
        "责编 王丽 电话：0931-8456789",
        [("credit", "责编 王丽"), ("contact", "电话：0931-8456789")],
    ),
}


@pytest.mark.parametrize("case", sorted(SHORT_EDITOR_LINES))
def test_short_editor_label_is_page_furniture(runner: CliRunner, tmp_path: Path, case: str) -> None:
    """`本版责编：王丽 …` under the last article was the title of an article of its own."""
    line, expected = SHORT_EDITOR_LINES[case]
    tei = _convert(runner, tmp_path, f"{ARTICLE}\n{line}\n")
    assert _fws(tei) == expected
    heads = etree.fromstring(tei.encode("utf-8")).findall(".//t:body//t:head", NS)
    assert ["".join(h.itertext()) for h in heads] == ["全市召开安全生产会议"]


@pytest.mark.parametrize("title", ["责编谈创作体会", "责编的一天"])
def test_a_headline_opening_with_the_short_label_stays_a_headline(
    runner: CliRunner, tmp_path: Path, title: str
) -> None:
    """Guard: `责编` glued to more text, with no colon or space after it, is no label."""
    tei = _convert(runner, tmp_path, f"{title}\n\n近日，全市召开会议，部署下一阶段工作。\n")
    heads = etree.fromstring(tei.encode("utf-8")).findall(".//t:body//t:head", NS)
    assert ["".join(h.itertext()) for h in heads] == [title]
    assert _fws(tei) == []


def test_a_paragraph_line_naming_an_editor_loses_its_stray_spaces_in_normalize() -> None:
    """`normalize` keeps a paragraph's line breaks: a wrapped line without punctuation of its own, in a
    paragraph that has some, is running text, not a line of fields (this session's review of the
    footer-field commit: its spaces stayed, where `convert` removed them)."""
    from layoutfix.normalize.steps import normalize_text

    text = "近日，本报记者采访了该报的\n责任编辑 王丽 电话 联系了作者\n，他们表示感谢。\n"
    cleaned = "近日，本报记者采访了该报的\n责任编辑王丽电话联系了作者\n，他们表示感谢。\n"
    assert normalize_text(text).text == cleaned


@pytest.mark.parametrize(
    "line", ["E-mail 王丽 电话：1", "责任编辑 王丽 电话：0931-8456789", "本版编辑：王丽 美编 李华"]
)
def test_a_line_of_fields_normalises_once(line: str) -> None:
    from layoutfix.normalize.steps import normalize_text

    once = normalize_text(line).text
    assert normalize_text(once).text == once
