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
