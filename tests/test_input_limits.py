"""Size limits (--max-bytes, --max-blocks), header strings from outside (--paper, --date, file names),
and vertical tab / form feed inside a line of a flat-text page."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from bench_cases import bench_limits
from conftest_tei import assert_valid, tei_schema  # noqa: F401
from layoutfix.cli import app
from layoutfix.errors import InputError
from layoutfix.pipeline import convert
from layoutfix.readers import limits
from layoutfix.readers.detect import read_input
from layoutfix.readers.text import read_page, read_text, split_blocks
from layoutfix.tracked import undo_edits

PAGE = "政协委员今天在北京召开会议，\n讨论了经济问题。\n\n本报记者 王明\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def default_limits():
    yield
    limits.set_limits(limits.DEFAULT_MAX_BYTES, limits.DEFAULT_MAX_BLOCKS)


def alto(n: int) -> bytes:
    blocks = "".join(
        f'<TextBlock ID="b{i}" HPOS="{100 + (i % 4) * 200}" VPOS="{(i // 4) * 50}" WIDTH="180" HEIGHT="40">'
        f'<TextLine HPOS="{100 + (i % 4) * 200}" VPOS="{(i // 4) * 50}" WIDTH="180" HEIGHT="40">'
        f'<String CONTENT="政协调研{i}" HPOS="{100 + (i % 4) * 200}" VPOS="{(i // 4) * 50}" WIDTH="180" '
        f'HEIGHT="40"/></TextLine></TextBlock>'
        for i in range(n)
    )
    return (f'<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page WIDTH="1000" '
            f'HEIGHT="30000"><PrintSpace>{blocks}</PrintSpace></Page></Layout></alto>').encode()


# --- --max-bytes ----------------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_from_its_size_without_reading_it(tmp_path: Path) -> None:
    # The time is bench/bench_limits.py's (`python bench/bench_limits.py pathological --only refused`);
    # that the 50 MB are never read shows here in the memory, which a busy machine does not change.
    big = bench_limits.sparse_file(tmp_path, 50)
    tracemalloc.start()
    with pytest.raises(InputError, match=r"big\.txt: file is 52,428,800 bytes \(50\.0 MB\), over the limit"):
        read_input(big)
    with pytest.raises(InputError, match="over the limit"):
        read_text(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 1024 * 1024  # the 50 MB were never read into memory


def test_cli_max_bytes_refuses_with_one_line_and_zero_lifts_it(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    size = page.stat().st_size
    for command in (["convert"], ["normalize"], ["review"]):
        refused = runner.invoke(app, [*command, str(page), "--max-bytes", str(size - 1)])
        assert refused.exit_code == 3, refused.output
        assert refused.stderr.splitlines() == [
            f"layoutfix: error: {page}: file is {size:,} bytes, over the limit of {size - 1:,} bytes; "
            "raise it with --max-bytes, in Python layoutfix.limits(max_bytes=N) (0 = no limit)"]
        assert runner.invoke(app, [*command, str(page), "--max-bytes", str(size)]).exit_code == 0
        assert runner.invoke(app, [*command, str(page), "--max-bytes", "0"]).exit_code == 0
    # the limit of one command does not stay for the next one in the same process
    runner.invoke(app, ["convert", str(page), "--max-bytes", "1"])
    assert runner.invoke(app, ["convert", str(page)]).exit_code == 0


def test_standard_input_is_cut_off_at_the_limit(runner: CliRunner) -> None:
    result = runner.invoke(app, ["normalize", "-", "--max-bytes", "10"], input=PAGE)
    assert result.exit_code == 3
    assert "<stdin>: input is over the limit of 10 bytes" in result.stderr
    assert runner.invoke(app, ["normalize", "-"], input=PAGE).exit_code == 0


def test_batch_records_a_page_over_the_limit_and_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "small.txt").write_text(PAGE, encoding="utf-8")
    (src / "large.txt").write_text(PAGE * 20, encoding="utf-8")
    result = runner.invoke(app, ["batch", str(src), str(out), "--jobs", "1", "--max-bytes", "1000"])
    assert result.exit_code == 1
    assert "large.txt: file is" in result.stderr
    assert (out / "small.tei.xml").exists() and not (out / "large.tei.xml").exists()


# --- --max-blocks ---------------------------------------------------------------------------------


def test_a_coordinate_page_over_the_block_limit_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "many.alto.xml"
    path.write_bytes(alto(40))
    refused = runner.invoke(app, ["convert", str(path), "--max-blocks", "39"])
    assert refused.exit_code == 3
    assert refused.stderr.splitlines() == [
        f"layoutfix: error: {path}: page has 40 text blocks, over the limit of 39; "
        "raise it with --max-blocks, in Python layoutfix.limits(max_blocks=N) (0 = no limit)"]
    ok = runner.invoke(app, ["convert", str(path), "--max-blocks", "40", "-f", "txt"])
    assert ok.exit_code == 0 and "政协调研39" in ok.stdout
    limits.set_limits(max_blocks=10)  # the library reads through the same check
    with pytest.raises(InputError, match="page has 40 text blocks"):
        convert(alto(40), input_format="alto")


# --- header strings -------------------------------------------------------------------------------


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--paper", "人民\x01日报", "--paper '人民\\x01日报': holds '\\x01'"),
    ("--paper", "人民日报\x1b[0m", "holds '\\x1b'"),
    ("--paper", "  ", "--paper: empty value"),
    ("--date", "2023-10-12\x00", "--date '2023-10-12\\x00': holds '\\x00'"),
    ("--date", "2023\udce9", "holds '\\udce9'"),  # a byte the terminal's encoding could not decode
])
def test_bad_paper_or_date_is_a_usage_error_in_one_line(
    runner: CliRunner, tmp_path: Path, option: str, value: str, message: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    for command in ("convert", "review"):
        result = runner.invoke(app, [command, str(page), option, value])
        assert result.exit_code == 2, result.output
        assert len(result.stderr.splitlines()) == 1 and message in result.stderr, result.stderr
    ok = runner.invoke(app, ["convert", str(page), "--paper", "人民日报", "--date", "2023-10"])
    assert ok.exit_code == 0


def test_any_file_name_gives_a_valid_header(tmp_path: Path, tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    name = "page\x01\x1b\udce9\ufffe.txt"  # controls, an undecodable byte (surrogateescape), a noncharacter
    # (a paper holding a control character is refused since v13: tests/test_api_v13.py)
    result = convert(PAGE.encode(), fmt="tei", paper="人民\ufffe日报", date="２０２３")
    root = assert_valid(tei_schema, result.output)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.findtext(".//t:sourceDesc/t:bibl/t:title", namespaces=ns) == "人民\\ufffe日报"
    date = root.find(".//t:sourceDesc/t:bibl/t:date", namespaces=ns)
    # full-width digits are read as ASCII (since v16), so the schema-valid header gets its xsd date
    assert date.text == "2023" and date.get("when") == "2023"
    from layoutfix.pipeline import build_document, render

    document = build_document(PAGE, source=name)
    root = assert_valid(tei_schema, render(document, "tei"))
    assert root.findtext(".//t:sourceDesc/t:bibl/t:idno", namespaces=ns) == "page\\x01\\x1b\\xe9\\ufffe.txt"


# --- vertical tab and form feed inside a line -----------------------------------------------------


@pytest.mark.parametrize("mark", ["\v", "\f"])
def test_vertical_tab_or_form_feed_inside_a_line_does_not_split_the_paragraph(mark: str) -> None:
    # Decision: inside a line they are stray controls (a word processor's manual line break or page
    # feed), removed as unicode.xml-illegal edits; the block and its paragraph stay whole. Only a line
    # holding nothing but whitespace (a form feed alone on a line) separates blocks, as a blank line.
    text = f"政协委员今天在北京召开会议，讨论了{mark}经济问题。\n\n本报记者 王明\n"
    assert len(split_blocks(text)) == len(read_page(text).blocks) == 2
    result = convert(text, fmt="txt")
    assert "讨论了经济问题。" in result.output
    unicode_edits = [(e.before, e.rule) for e in result.edits if e.kind == "unicode"]
    assert unicode_edits == [(mark, "unicode.xml-illegal")]
    assert undo_edits(result.document.text, result.edits) == result.document.original == text
    assert len(split_blocks(f"第一段\n{mark}\n第二段")) == 2
