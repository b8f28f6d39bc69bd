"""Pages printed in traditional characters are segmented like their simplified twins.

The layout rules are written with simplified literals (本报讯, 下转第3版, 电话); they read a simplified
view of the page (`roles.simplified_view`, OpenCC t2s character for character) while the document keeps
the page's own characters. Each sample page is converted to traditional with OpenCC s2t (and, the other
way in, with `--variants s2t`) and must give the same blocks, roles and articles as the page itself.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from layoutfix.issue import build_issue
from layoutfix.layout import roles
from layoutfix.model import Document
from layoutfix.normalize import NormalizeOptions
from layoutfix.pipeline import build_document
from layoutfix.tracked import apply_edits, undo_edits

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([
    *(ROOT / "tests/pages").glob("*.txt"),
    *(ROOT / "golden").glob("*/input.txt"),
    ROOT / "examples/seed-page.txt",
])
#: The issues printed in simplified characters (taipei-e is printed in traditional: it has no twin to make).
ISSUES = sorted(p for p in (ROOT / "tests/issues").iterdir() if p.is_dir() and p.name != "taipei-e")
_S2T = opencc.OpenCC("s2t")


def _page_id(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _traditional(text: str) -> str:
    converted = _S2T.convert(text)
    assert converted != text  # the page really changes script
    return converted


def _twins(text: str) -> tuple[str, str]:
    """(simplified, traditional) forms of a sample page, one of which is the page itself (one golden
    case is printed in traditional characters)."""
    simplified = roles.t2s_converter().convert(text)
    if simplified != text and _S2T.convert(text) == text:
        return simplified, text
    return text, _traditional(text)


def _layout(doc: Document) -> tuple[object, ...]:
    """What segmentation decided, without the characters: blocks and roles, articles, their title and
    byline blocks, continuation pages and flags."""
    blocks = [(b.id, b.role) for page in doc.pages for b in page.blocks]
    articles = [
        (
            [b.id for b in a.titles], [b.id for b in a.kicker], [b.id for b in a.bylines],
            a.signature.id if a.signature else None, a.continued_from, a.continued_to, sorted(a.flags),
            a.section is not None,
        )
        for a in doc.articles
    ]
    return len(doc.articles), blocks, articles, doc.page, doc.date


def _assert_own_characters(doc: Document, page_text: str) -> None:
    """The document keeps the page's characters: every block is its slice of the output, and the edit
    log rebuilds the output from the page and back."""
    assert doc.original == page_text
    assert apply_edits(doc.original, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == doc.original
    for page in doc.pages:
        for b in page.blocks:
            assert b.text == doc.text[b.start : b.end]
    for a in doc.articles:
        if a.continuation is not None:
            assert all(part in doc.text for part in a.continuation.split(" "))
        if a.section is not None:
            assert a.section in doc.text


@pytest.mark.parametrize("path", PAGES, ids=_page_id)
def test_traditional_page_is_segmented_like_its_simplified_twin(path: Path) -> None:
    text, trad = _twins(path.read_text(encoding="utf-8"))
    simplified, traditional = build_document(text), build_document(trad)
    assert _layout(traditional) == _layout(simplified)
    _assert_own_characters(traditional, trad)
    assert traditional.lang == "zh-Hant"


@pytest.mark.parametrize("path", PAGES, ids=_page_id)
def test_variants_s2t_page_is_segmented_like_the_page(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    plain = build_document(text)
    converted = build_document(text, options=NormalizeOptions(variants="s2t"))
    assert _layout(converted) == _layout(plain)
    _assert_own_characters(converted, text)
    assert converted.lang == "zh-Hant"


def _jumps(pages: list[Path]) -> list[str]:
    """Each jump of the issue: its status, parts, pages, whether its marker was read, score."""
    _doc, jumps = build_issue(pages)
    return sorted(
        str((
            j.status, j.source.id if j.source else None, j.target.id if j.target else None,
            j.from_page, j.to_page, bool(j.marker), j.candidates,
            None if j.score is None else round(j.score),
        ))
        for j in jumps
    )


@pytest.mark.parametrize("issue", ISSUES, ids=lambda p: p.name)
def test_traditional_issue_resolves_the_same_jumps(issue: Path, tmp_path: Path) -> None:
    pages = sorted(issue.glob("*.txt"))
    converted = []
    for page in pages:
        target = tmp_path / page.name
        target.write_text(_traditional(page.read_text(encoding="utf-8")), encoding="utf-8")
        converted.append(target)
    assert _jumps(converted) == _jumps(pages)


def test_opencc_t2s_keeps_the_length_of_every_han_character_and_phrase() -> None:
    """Offsets into the view are offsets into the page only if t2s maps every character and phrase to
    one of the same length (true of OpenCC's dictionaries; `simplified_view` falls back otherwise)."""
    han = "".join(map(chr, [*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000), *range(0xF900, 0xFB00)]))
    assert len(roles.t2s_converter().convert(han)) == len(han)
    phrases = "憑藉著名乾隆乾燥瞭解反覆沈默甦醒"  # entries of OpenCC's t2s phrase dictionary
    assert len(roles.simplified_view(phrases)) == len(phrases)


class _StretchingT2S:
    """A converter that writes 們 as two characters, like a dictionary entry changing the length."""

    def convert(self, text: str) -> str:
        return text.replace("們", "们们").replace("報", "报")


def test_a_length_changing_conversion_is_made_character_by_character(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(roles, "t2s_converter", _StretchingT2S)
    monkeypatch.setattr(roles, "_T2S_CHARS", roles._CharacterT2S())
    text = "本報訊 我們的記者"
    view = roles.simplified_view(text)
    assert len(view) == len(text)
    assert view == "本报訊 我們的記者"  # 報 converted; 們 (two characters) kept as it is


def test_simplified_page_is_converted_once(t2s_calls: list[int]) -> None:
    """The usual page costs one t2s conversion: the view, which also settles its language tag."""
    doc = build_document((ROOT / "examples/seed-page.txt").read_text(encoding="utf-8"))
    assert doc.lang == "zh-Hans"
    assert len(t2s_calls) == 1


def _tei_markup(doc: Document) -> list[tuple[str, ...]]:
    """The TEI elements and their typing attributes, in document order, without the characters."""
    from lxml import etree

    from layoutfix.pipeline import render

    root = etree.fromstring(render(doc).encode("utf-8"))
    body = root.find("{http://www.tei-c.org/ns/1.0}text")
    assert body is not None
    typing = ("type", "subtype", "target", "prev", "next")
    inline = ("choice", "sic", "corr", "unclear")  # corrections differ: the typo rules are simplified
    return [
        (etree.QName(el).localname, *(el.get(a) or "" for a in typing))
        for el in body.iter() if isinstance(el.tag, str) and etree.QName(el).localname not in inline
    ]


@pytest.mark.parametrize("path", PAGES, ids=_page_id)
def test_traditional_page_is_written_as_its_twin(path: Path) -> None:
    """The TEI writer types what the labels found: a traditional "to" marker (下轉第3版) was a note
    without its direction and target page, and an editors' line (責任編輯) a page header, not a credit."""
    simplified, traditional = _twins(path.read_text(encoding="utf-8"))
    assert _tei_markup(build_document(traditional)) == _tei_markup(build_document(simplified))
