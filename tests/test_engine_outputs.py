"""Files exactly as the OCR engines write them for a Chinese newspaper page, through `convert`.

Each fixture in tests/fixtures/engines/ is the shape one engine (and version, and option) writes,
byte for byte as its own serialiser lays it out: PaddleOCR 2.x `ocr()` results dumped with
`json.dumps`, PaddleOCR 3.x `save_to_json`, RapidOCR's `to_json()`, Tesseract 5 hOCR with
`-c hocr_char_boxes=1`, Transkribus PAGE-XML with a table, ABBYY FineReader ALTO in mm10, OCR-D
PAGE-XML with glyphs. An archivist converts them as they are: every character must come out, in
reading order, and a file that cannot be read must say so in one line with a non-zero exit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz
from typer.testing import CliRunner

from layoutfix.cli import app
from layoutfix.readers.hocr import read_hocr

ENGINES = Path(__file__).parent / "fixtures" / "engines"
#: The article every fixture of a whole page holds, as its paragraphs in reading order.
ARTICLE = ["全市春耕生产全面展开", "本报记者 王丽",
           "连日来，全市各地抢抓农时，组织农户整地施肥、播种育苗，田间地头一派繁忙景象。"]


def convert(runner: CliRunner, name: str, fmt: str = "txt") -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `layoutfix convert FIXTURE -f FMT`."""
    result = runner.invoke(app, ["convert", str(ENGINES / name), "-f", fmt])
    return result.exit_code, result.stdout, result.stderr


def paragraphs(txt: str) -> list[str]:
    """The paragraphs of a plain-text output, blank lines between them."""
    return [p.strip() for p in txt.split("\n\n") if p.strip()]


# -- PaddleOCR / RapidOCR JSON --------------------------------------------------------------------

def test_paddleocr2_pdf_with_a_blank_first_page_is_read_as_json(runner: CliRunner) -> None:
    """`ocr.ocr(pdf)` gives None for a page without text; a PDF whose first page is blank opens its
    list with it. The file was taken for flat text and its JSON became the article, exit 0."""
    code, out, err = convert(runner, "paddleocr2-pdf-blank-first-page.json")
    assert code == 0, err
    assert paragraphs(out) == ARTICLE
    assert "page 1 is blank" in err


@pytest.mark.parametrize("name", ["paddleocr2-blank-page.json", "rapidocr-to_json-blank-page.json"])
def test_a_blank_page_written_as_null_is_an_empty_page(runner: CliRunner, name: str) -> None:
    """PaddleOCR 2.x writes `[null]` for a page without text, RapidOCR's `to_json()` `null`: an
    empty page, as `[]` is, where the file's text (`[null]`, `null`) was the article."""
    code, out, err = convert(runner, name)
    assert code == 0, err
    assert out.strip() == ""
    code, out, err = convert(runner, name, "json")
    assert code == 0, err
    assert json.loads(out)["articles"] == []


def test_paddleocr3_save_to_json_reads_the_recognised_lines(runner: CliRunner) -> None:
    """`save_to_json` lists every detection in `dt_polys`, the ones read above the score threshold
    in `rec_polys`: the text comes from these."""
    code, out, err = convert(runner, "paddleocr3-save_to_json.json")
    assert code == 0, err
    assert paragraphs(out) == ARTICLE


def test_paddleocr3_page_with_nothing_above_the_threshold_is_blank(runner: CliRunner) -> None:
    """With every reading below `text_rec_score_thresh`, the `rec_*` lists are empty and `dt_polys`
    is not: the reader took the detections for the boxes and refused the file (`rec_texts,
    rec_scores and boxes differ in length`, exit 3)."""
    code, out, err = convert(runner, "paddleocr3-nothing-above-threshold.json")
    assert code == 0, err
    assert out.strip() == ""


def test_rapidocr1_result_saved_with_its_timings_is_read(runner: CliRunner) -> None:
    """RapidOCR 1.x returns `(result, elapse)`; `json.dump(engine(img), f)` writes the pair,
    `[[[box, text, score], …], [0.12, 0.03, 0.45]]`. It was refused with a cryptic `not OCR JSON: …
    found 0.1203`, exit 3. The lines are the first item; the timings are no page."""
    code, out, err = convert(runner, "rapidocr1-json_dump-result-and-elapse.json")
    assert code == 0, err
    assert paragraphs(out) == ARTICLE
    assert "blank" not in err


# -- Tesseract hOCR ------------------------------------------------------------------------------

def test_tesseract_char_boxes_add_no_spaces_inside_words(runner: CliRunner) -> None:
    """`-c hocr_char_boxes=1` puts each character of a word in an `ocrx_cinfo` span on a line of its
    own. That indentation was read as part of the word: `全       市春       耕…` in the title, the
    Latin word `GPS` spread to `G       P       S`."""
    code, out, err = convert(runner, "tesseract5-chi_sim-char-boxes.hocr")
    assert code == 0, err
    assert paragraphs(out) == [
        "全市春耕生产全面展开", "本报记者 王丽",
        "连日来，全市各地抢抓农时，组织农户用GPS导航播种，田间地头一派繁忙景象。"]
    code, out, err = convert(runner, "tesseract5-chi_sim-char-boxes.hocr", "json")
    assert code == 0, err
    assert json.loads(out)["articles"][0]["titles"] == ["全市春耕生产全面展开"]


@pytest.mark.parametrize("name", [
    "tesseract5-lstm_choice_mode1.hocr", "tesseract5-lstm_choice_mode1-char-boxes.hocr",
    "tesseract5-lstm_choice_mode2.hocr", "tesseract5-lstm_choice_mode2-char-boxes.hocr",
])
def test_tesseract_lstm_choices_are_not_read_as_text(runner: CliRunner, name: str) -> None:
    """`-c lstm_choice_mode=1` (per timestep, in `ocr_symbol` spans) and `=2` (per character, in an
    `ocrx_cinfo` group) write each character's alternative readings inside its word, with or without
    `hocr_char_boxes=1`. They were read as text: `全全仝市市巿…` for `全市…`. Only the chosen reading
    is text; every character of it stays."""
    code, out, err = convert(runner, name)
    assert code == 0, err
    assert paragraphs(out) == [
        "全市春耕生产全面展开", "本报记者 王丽",
        "连日来，全市各地抢抓农时，组织农户用GPS导航播种，田间地头一派繁忙景象。"]
    code, out, err = convert(runner, name, "json")
    assert code == 0, err
    assert json.loads(out)["articles"][0]["titles"] == ["全市春耕生产全面展开"]


#: The page of the rotation fixtures (tests/fixtures/engines/tesseract5-upright.hocr and the same page
#: scanned turned, `tesseract5-textangle*.hocr`), as its paragraphs in reading order.
TURNED = ["全市春耕生产全面展开", "本报记者王丽",
          "连日来，全市各地抢抓农时，组织农户整地施肥、播种育苗，田间地头一派繁忙景象。",
          "各地农技人员深入田间指导。"]
@pytest.mark.parametrize("name", [
    "tesseract5-upright.hocr",
    # turned 90 degrees clockwise, anticlockwise, upside down
    "tesseract5-textangle270.hocr", "tesseract5-textangle90.hocr", "tesseract5-textangle180.hocr",
])
def test_tesseract_page_scanned_turned_reads_in_order(runner: CliRunner, name: str) -> None:
    """Tesseract reads a page scanned turned (its orientation detection) and writes `textangle` on
    each line, the boxes in the scan's coordinates, the lines in reading order. The page must come out
    as the upright page does: turned 90 degrees anticlockwise (`textangle 90`) or upside down (`180`)
    it read its last block first, the title last as an article of its own."""
    code, out, err = convert(runner, name)
    assert code == 0, err
    assert paragraphs(out) == TURNED
    code, out, err = convert(runner, name, "json")
    assert code == 0, err
    assert [a["titles"] for a in json.loads(out)["articles"]] == [[TURNED[0]]]


def test_tesseract_block_set_sideways_among_upright_ones_reads_whole(runner: CliRunner) -> None:
    """A credit set sideways at the right edge of an upright page (read bottom to top: Tesseract
    marks its lines `textangle 90`, the boxes on the scan): its two lines were cut into two
    paragraphs (each line stood right of the one before it, which read as an indent) and the space
    between its Latin words was removed (`LiMing`: words one above the other overlap by the box-gap
    measure). It is read as one paragraph, its words spaced as set, where it stands on the page:
    right of the article, after it."""
    code, out, err = convert(runner, "tesseract5-sideways-block.hocr")
    assert code == 0, err
    assert paragraphs(out) == [*TURNED, "图为GPS导航播种机作业，农户Li Ming在调试。"]
    code, out, err = convert(runner, "tesseract5-sideways-block.hocr", "json")
    assert code == 0, err
    assert [a["titles"] for a in json.loads(out)["articles"]] == [[TURNED[0]]]


@pytest.mark.parametrize("angle", [0, 90, 180, 270])
def test_paddleocr3_page_turned_upright_by_its_preprocessor_reads_in_order(
    runner: CliRunner, tmp_path: Path, angle: int
) -> None:
    """PaddleOCR 3.x with `use_doc_orientation_classify` turns the scan upright first and gives the
    angle in `doc_preprocessor_res.angle`; its boxes are in the upright image's coordinates, so the
    page reads in order whatever the angle (the boxes are not the scan's when it is not 0)."""
    obj = json.loads((ENGINES / "paddleocr3-save_to_json.json").read_text(encoding="utf-8"))
    obj["doc_preprocessor_res"]["angle"] = angle
    page = tmp_path / "page.json"
    page.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["convert", str(page), "-f", "txt"])
    assert result.exit_code == 0, result.stderr
    assert paragraphs(result.stdout) == ARTICLE


#: What the vertical pages of `tools/make_vertical_fixtures.py` print: per fixture, its articles in
#: reading order (top tier first, right to left in a tier), each a title and its paragraphs.
VERTICAL_TRUTH: dict[str, list[dict[str, object]]] = json.loads(
    (ENGINES / "tesseract5-chi_tra_vert.truth.json").read_text(encoding="utf-8"))
#: How alike (rapidfuzz ratio) an output paragraph and the printed one must be: the engine misreads
#: a few characters (`糧食` as `欄食`, `指導` as `措導`) and drops a column holding only a `。`.
ALIKE = 75


def _articles_as_printed(out: str) -> list[tuple[str, str]]:
    """The articles of a JSON output as (title, text): the text is the byline (a dateline opening the
    first column, `本報訊`) and the paragraphs, as printed one after the other."""
    return [("".join(a["titles"]), "".join(a["byline"] + [p["text"] for p in a["paragraphs"]]))
            for a in json.loads(out)["articles"]]


@pytest.mark.parametrize("name", sorted(VERTICAL_TRUTH))
def test_tesseract_vertical_model_page_reads_in_printed_order(runner: CliRunner, name: str) -> None:
    """Tesseract's vertical models (`-l chi_tra_vert`, `--psm 5` for one block of columns, `--psm 3`
    for a page) write the columns' boxes as they stand on the page and no `textangle` (the block is
    not turned): the reader keeps them, the page is vertical, and each article comes out whole,
    its title first, then its columns right to left. Across articles the page reads as printed, top
    tier first, right to left in a tier: where the two tiers' articles met at one x (a 2x2 grid),
    the right-hand articles of both tiers were read before the left-hand ones (`秋收…`, `全市運動會…`,
    `新圖書館…`, `鋒面…`)."""
    page = read_hocr((ENGINES / name).read_bytes(), name)[0]
    assert not any(line.scan_bbox for block in page.blocks for line in block.lines)  # not turned
    code, out, err = convert(runner, name, "json")
    assert code == 0, err
    got = _articles_as_printed(out)
    printed = VERTICAL_TRUTH[name]
    assert len(got) == len(printed)
    titles = [str(want["title"]) for want in printed]
    # each title read is most like the printed title in its place (a title misread in two of its
    # seven characters, `生市運動會開莫`, is still far from every other one)
    assert [max(titles, key=lambda t: fuzz.ratio(title, t)) for title, _ in got] == titles
    for (_, text), want in zip(got, printed, strict=True):
        assert fuzz.ratio(text, "".join(want["paragraphs"])) >= ALIKE, (text, want["paragraphs"])


# -- PAGE-XML ------------------------------------------------------------------------------------

def test_transkribus_table_cells_and_line_order_are_read(runner: CliRunner) -> None:
    """Transkribus writes a table as `TableRegion/TableCell/TextLine` (no `TextRegion` in it): the
    cells' text was dropped without a word, exit 0. Its cells have no place in the `ReadingOrder`
    (the table has): they stand where the table does. And a region's lines follow their
    `readingOrder {index:N;}` where the file lists them otherwise (a line moved in the editor): the
    paragraph was read second line first."""
    code, out, err = convert(runner, "transkribus-table.page.xml")
    assert code == 0, err
    flat = out.replace(" ", "").replace("\n", "")
    want = [
        "全市春耕生产全面展开",
        "连日来，全市各地抢抓农时，组织农户整地施肥、播种育苗，田间地头一派繁忙景象。",
        "作物", "面积（万亩）", "小麦", "62.5", "（本报记者王丽）",
    ]
    positions = [flat.find(text) for text in want]
    assert -1 not in positions, (want, flat)
    assert positions == sorted(positions), flat


# -- Results printed from Python instead of saved ------------------------------------------------

@pytest.mark.parametrize(("name", "engine", "how"), [
    ("paddleocr3-printed.txt", "PaddleOCR 3.x", "save_to_json"),
    ("paddleocr2-printed.txt", "PaddleOCR 2.x or RapidOCR 1.x", "json.dump"),
    ("rapidocr1-printed.txt", "PaddleOCR 2.x or RapidOCR 1.x", "json.dump"),
])
@pytest.mark.parametrize("suffix", [".txt", ".json"])
def test_results_printed_from_python_are_refused_saying_how_to_save_them(
    runner: CliRunner, tmp_path: Path, name: str, engine: str, how: str, suffix: str
) -> None:
    """`print(result)` writes a Python repr (single quotes, tuples, `array([...])`), not JSON. PaddleOCR
    3's `{'res': {'input_path': …` and RapidOCR's `([[…]], [0.12, …])` were read as flat text and the
    junk became the article, exit 0; PaddleOCR 2.x's `[[[[…]], ('text', 0.99)]]` failed with only
    `malformed JSON`. Each is refused with one line naming it and how to save it, exit 3."""
    page = tmp_path / ("page" + suffix)
    page.write_bytes((ENGINES / name).read_bytes())
    result = runner.invoke(app, ["convert", str(page), "-f", "txt"])
    assert result.exit_code == 3, result.stdout
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "printed from Python" in lines[0] and engine in lines[0] and how in lines[0], lines[0]


@pytest.mark.parametrize("page", [
    "{'name': '张三', 'age': 30} 是一个Python字典。\n\n"
    "本报讯 记者王丽报道：编程课上，同学们学习了字典的写法。\n",
    "本报讯 记者王丽报道：程序员在屏幕上打印出结果\n"
    "{'res': {'input_path': 'a.png', 'rec_texts': ['你好']}}\n随后保存为文件。\n",
    "('张三', 30) 是一个元组，[[0, 0], '原点'] 是一个列表。\n\n本报讯 编程课上，同学们学习了元组。\n",
])
def test_a_text_page_about_code_is_still_a_text_page(runner: CliRunner, tmp_path: Path, page: str) -> None:
    """An article quoting a Python dict or list, even at its start, is no printed OCR result: only
    the opening of a repr of OCR results (its keys, a box followed by a quoted text) is refused."""
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(path), "-f", "txt"])
    assert result.exit_code == 0, result.stderr
    assert "本报讯" in result.stdout and "printed from Python" not in result.stderr
