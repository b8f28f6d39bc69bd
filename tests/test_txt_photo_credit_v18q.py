"""A photo's credit in the plain-text export: TEI (`<note type="credit">`) and JSON (`credits`) keep
it apart from the caption, so the txt export writes it on a line of its own under the caption, not
glued to the caption's last sentence."""

from __future__ import annotations

import json

import pytest

from layoutfix import convert

TITLE = "秦州区政协\n\n调研教师队伍建设情况"

#: Pages holding a photo item: a caption and its credit in one block (the credit cut off its end,
#: as on the seed page), in two blocks, with a markdown image above them.
PHOTO_PAGES = [
    f"{TITLE}\n\n10月10日，调研组召开座谈会，听取意见建议。 通讯员 齐彦军 摄影报道\n",
    f"{TITLE}\n\n图为调研组在座谈会上听取意见建议。\n\n记者 王丽 摄\n",
    "# 调研教师队伍建设情况\n\n![](images/a1.jpg)\n\n图为座谈会现场。\n\n记者 王丽 摄\n",
]


def _json_figure_texts(page: str) -> tuple[list[str], list[str]]:
    """The caption and credit texts the JSON export gives for `page` (the single article's)."""
    (art,) = json.loads(convert(page, fmt="json").output)["articles"]
    return art["captions"], art["credits"]


@pytest.mark.parametrize("page", PHOTO_PAGES, ids=["one-block", "two-blocks", "markdown-image"])
def test_a_photo_credit_stands_on_its_own_line_under_its_caption(page: str) -> None:
    captions, credits = _json_figure_texts(page)
    assert len(captions) == 1 and len(credits) == 1  # the page is what this test is about
    lines = convert(page, fmt="txt").output.split("\n")
    assert captions[0] in lines and credits[0] in lines
    assert lines.index(credits[0]) == lines.index(captions[0]) + 1



#: A paragraph the OCR split around a photo item (its sentence goes on under the photo): the
#: assembly joins it across the photo, which the TEI keeps inside the `<p>`.
SPLIT_PAGES = [
    "调研教师队伍建设情况\n\n本报讯（记者 王丽）10月10日，秦州区政协主席带领部分委员就全区教师队伍\n\n"
    "图为调研组在玉泉中学调研。\n\n记者 马俊 摄\n\n建设情况进行专题调研。\n",
    "调研教师队伍建设情况\n\n本报讯（记者 王丽）10月10日，秦州区政协主席带领部分委员就全区教师队伍\n\n"
    "图为调研组在玉泉中学调研。\n\n建设情况进行专题调研。\n",
]


@pytest.mark.parametrize("page", SPLIT_PAGES, ids=["caption-and-credit", "caption"])
def test_a_photo_inside_a_split_paragraph_keeps_its_caption_and_credit_in_txt(page: str) -> None:
    captions, credits = _json_figure_texts(page)
    assert captions  # the photo is read as one
    (art,) = json.loads(convert(page, fmt="json").output)["articles"]
    paragraphs = [p["text"] for p in art["paragraphs"]]
    lines = convert(page, fmt="txt").output.split("\n")
    for text in [*paragraphs, *captions, *credits]:
        assert text in lines
    # the paragraph's sentence stays whole; the photo item follows it, its credit under its caption
    assert lines.index(captions[0]) > lines.index(paragraphs[-1])
    if credits:
        assert lines.index(credits[0]) == lines.index(captions[0]) + 1


_SPLIT_HEAD = (
    "调研教师队伍建设情况\n\n本报讯（记者 王丽）10月10日，秦州区政协主席带领部分委员就全区教师队伍\n\n"
)
_SPLIT_TAIL = "建设情况进行专题调研。\n"

#: Split paragraphs holding more than one photo item, or a credit printed above its caption: the
#: assembly takes at most one caption, then one credit, per photo (`assemble.takes_figure_text`).
SPLIT_ITEM_PAGES = [
    _SPLIT_HEAD
    + "图为调研组在玉泉中学调研。\n\n记者 马俊 摄\n\n图为座谈会现场。\n\n通讯员 齐彦军 摄\n\n"
    + _SPLIT_TAIL,
    _SPLIT_HEAD + "图为调研组在玉泉中学调研。\n\n记者 马俊 摄\n\n通讯员 齐彦军 摄\n\n" + _SPLIT_TAIL,
    _SPLIT_HEAD + "记者 马俊 摄\n\n图为座谈会现场。\n\n" + _SPLIT_TAIL,
    _SPLIT_HEAD + "图为调研组在玉泉中学调研。\n\n图为座谈会现场。\n\n" + _SPLIT_TAIL,
    *SPLIT_PAGES,
]


ITEM_IDS = ["two-photos", "two-credits", "credit-above-caption"]


def _json_figures(page: str) -> list[tuple[list[str], list[str]]]:
    """The captions and credits of each article the JSON export gives for `page`."""
    return [(a["captions"], a["credits"]) for a in json.loads(convert(page, fmt="json").output)["articles"]]


@pytest.mark.parametrize(
    "page",
    SPLIT_ITEM_PAGES,
    ids=[*ITEM_IDS, "two-captions", "caption-and-credit", "caption"],
)
def test_the_txt_of_a_split_paragraph_with_photos_reads_back_as_written(page: str) -> None:
    first = convert(page, fmt="txt").output
    assert convert(first, fmt="txt").output == first  # twice is once: no caption or credit merged
    assert _json_figures(first) == _json_figures(page)  # same articles, same captions and credits


@pytest.mark.parametrize("page", SPLIT_ITEM_PAGES[:3], ids=ITEM_IDS)
def test_each_photo_item_of_a_split_paragraph_is_a_chunk_of_its_own(page: str) -> None:
    ((captions, credits),) = _json_figures(page)
    chunks = convert(page, fmt="txt").output.rstrip("\n").split("\n\n")
    for caption in captions:  # a caption with the credit after it, if any, stands alone
        (chunk,) = [c for c in chunks if caption in c.split("\n")]
        assert all(line == caption or line in credits for line in chunk.split("\n"))
    for credit in credits:
        (chunk,) = [c for c in chunks if credit in c.split("\n")]
        assert chunk.split("\n").index(credit) == len(chunk.split("\n")) - 1  # nothing under a credit
