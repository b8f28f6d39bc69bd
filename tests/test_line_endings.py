"""A page with Windows (CRLF) or old Mac (CR) line endings converts exactly like the same page with LF.

OCR exports made on Windows end their lines with `\\r\\n`, old Mac tools with `\\r`. The normalisers
once knew only `\\n`: a CRLF page's headline lost its phrase gap (`专题协商 让建言更精准`), a byline
its spaces, and a quote pair was turned the wrong way (`“大问题”` -> `”大问题”`). Now the first
normalisation step makes every line ending `\\n`, as `unicode.newline` edits, so the output is the LF
page's and the edit log still gives the original back byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.model import Document
from layoutfix.pipeline import build_document, render
from layoutfix.tracked import apply_edits, undo_edits

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PAGES = [ROOT / "examples" / "seed-page.txt", *sorted((ROOT / "tests" / "pages").glob("*.txt"))]
#: The blocks of the sample pages (their lines as printed), the material random pages are built from.
SAMPLE_BLOCKS = sorted(
    {b.strip("\n") for p in SAMPLE_PAGES for b in p.read_text(encoding="utf-8").split("\n\n")} - {""}
)
SEED_BLOCKS = [b for b in SAMPLE_PAGES[0].read_text(encoding="utf-8").split("\n\n") if b]
#: The seed page's blocks around the three places a CRLF page once lost: a subhead's phrase gap, a
#: title's phrase gap and a pair of straight quotes (`"大问题"`, to be paired as “大问题”).
_QUOTED = next(i for i, b in enumerate(SEED_BLOCKS) if '"大问题"' in b)
SEED_TROUBLE = SEED_BLOCKS[SEED_BLOCKS.index("专题协商 让建言更精准") - 2 : _QUOTED + 1]
#: Between blocks: a blank line, a line of spaces, and a wider gap (two blank lines, which can end a
#: section).
GAPS = {"\r\n": ["\n\n", "\n  \n", "\n\n\n"], "\r": ["\n\n", "\n  \n", "\n\n\n"]}


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, str]:
    """(a page with LF line endings built from sample blocks, the line ending to give it instead)."""
    ending = draw(st.sampled_from(sorted(GAPS)))
    blocks = draw(st.lists(st.sampled_from(SAMPLE_BLOCKS), min_size=1, max_size=8))
    gaps = draw(st.lists(st.sampled_from(GAPS[ending]), min_size=len(blocks), max_size=len(blocks)))
    return "".join(b + g for b, g in zip(blocks, gaps, strict=True)), ending


def _outputs(doc: Document) -> dict[str, str]:
    """What a user reads of a document: the TEI body (the header counts edits, which differ), the
    plain text and the JSON."""
    tei = render(doc, "tei")
    return {"tei": tei[tei.index("<text>"):], "txt": render(doc, "txt"), "json": render(doc, "json")}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=pages())
@example(page=("\n\n".join(SEED_TROUBLE) + "\n", "\r\n"))
@example(page=("\n\n".join(SEED_TROUBLE) + "\n", "\r"))
def test_crlf_and_cr_pages_convert_like_the_lf_page(page: tuple[str, str]) -> None:
    lf_text, ending = page
    text = lf_text.replace("\n", ending)
    doc = build_document(text)
    assert _outputs(doc) == _outputs(build_document(lf_text))
    assert apply_edits(text, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == text


def test_a_cr_page_keeps_a_wider_gap() -> None:
    lf_text = (ROOT / "tests" / "pages" / "section-label.txt").read_text(encoding="utf-8")
    assert "\n\n\n" in lf_text  # the wider gap that ends the section 履职风采
    assert _outputs(build_document(lf_text.replace("\n", "\r"))) == _outputs(build_document(lf_text))


def _convert(runner: CliRunner, page: Path, fmt: str, *extra: str) -> str:
    result = runner.invoke(app, ["convert", str(page), "-f", fmt, *extra])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_cli_keeps_headline_gaps_and_quote_pairs_of_a_crlf_page(
    runner: CliRunner, tmp_path: Path, seed_text: str, ending: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(seed_text.replace("\n", ending).encode("utf-8"))
    txt = _convert(runner, page, "txt")
    assert "专题协商 让建言更精准" in txt
    assert "制度先行管长远 用心用情促成效" in txt
    assert "关切的“大问题”，" in txt
    assert "\r" not in txt
    tei = _convert(runner, page, "tei")
    assert "<head>专题协商 让建言更精准</head>" in tei
    assert "&#13;" not in tei
    subheads = [a["subheads"] for a in json.loads(_convert(runner, page, "json"))["articles"]]
    assert ["专题协商 让建言更精准"] in subheads


def test_cli_keeps_the_spaces_of_a_crlf_byline_line(runner: CliRunner, tmp_path: Path) -> None:
    lf_page, crlf_page = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    lf_page.write_bytes("标题\n\n通讯员 杨帆 摄\n".encode())
    crlf_page.write_bytes("标题\r\n\r\n通讯员 杨帆 摄\r\n".encode())
    assert _convert(runner, crlf_page, "txt") == _convert(runner, lf_page, "txt")
    assert "通讯员 杨帆" in _convert(runner, crlf_page, "txt")


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_cli_edit_log_of_a_crlf_page_gives_the_original_bytes_back(
    runner: CliRunner, tmp_path: Path, seed_text: str, ending: str
) -> None:
    page, edits, out, back = (tmp_path / n for n in ("page.txt", "edits.jsonl", "page.norm.txt", "back.txt"))
    original = seed_text.replace("\n", ending).encode("utf-8")
    page.write_bytes(original)
    _convert(runner, page, "txt", "--edits", str(edits))
    records = [json.loads(line) for line in edits.read_text(encoding="utf-8").splitlines()]
    newline_edits = [r for r in records if r["rule"] == "unicode.newline"]
    assert newline_edits and all(r["kind"] == "unicode" for r in newline_edits)
    result = runner.invoke(app, ["edits", "apply", str(page), str(edits), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert b"\r" not in out.read_bytes()
    result = runner.invoke(app, ["edits", "undo", str(out), str(edits), "-o", str(back)])
    assert result.exit_code == 0, result.stderr
    assert back.read_bytes() == original
