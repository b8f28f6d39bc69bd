"""A poet's bare name under a poem's verse (v15, helper X): `李白` in a block of its own after the
verse was taken for a heading, the kicker of the next article's title (or an empty article's title
at the page's end), and `李白` as the last line of the poem's block stayed a line of the verse's
paragraph. The name signs the poem, as `（李白）` does: JSON `signature`, TEI `closer/signed`. A
name under prose and words under verse stay as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from conftest_tei import TEI, assert_valid, tei_schema  # noqa: F401  (the fixture)
from layoutfix.pipeline import convert

_NEWS = "全市召开会议\n\n本报讯 近日，全市召开会议。\n\n"
_NEXT = "\n\n市区新增三条公交线路\n\n本报讯 近日，市区新增三条公交线路。"
_NIGHT = ("静夜思", "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。", "李白")
_BRIDGE = ("枫桥夜泊", "月落乌啼霜满天，江枫渔火对愁眠。\n姑苏城外寒山寺，夜半钟声到客船。", "张继")
_AUTUMN = ("秋夜", "远山含黛色 近水映秋光\n寒风吹瘦竹 冷月照孤窗", "王丽")
_TWO = ("秋日登高", "远山含黛色，近水映秋光。\n白云随雁去，红叶伴霜黄。", "王丽 李华")


def _articles(tmp_path: Path, text: str) -> list[dict[str, object]]:
    page = tmp_path / "p.txt"
    page.write_text(text, encoding="utf-8")
    data = json.loads(convert(page, fmt="json").output)
    return [{"kicker": a["kicker"], "titles": a["titles"], "signature": a["signature"],
             "paragraphs": [p["text"] for p in a["paragraphs"]]} for a in data["articles"]]


def _poem_then_next(arts: list[dict[str, object]], poem: tuple[str, str, str], *, after: bool) -> None:
    title, verse, name = poem
    if after:
        assert arts[0]["titles"] == ["全市召开会议"]
        arts = arts[1:]
    assert arts[0] == {"kicker": [], "titles": [title], "signature": name, "paragraphs": [verse]}
    assert [(a["kicker"], a["titles"]) for a in arts[1:]] == [([], ["市区新增三条公交线路"])]


@pytest.mark.parametrize("poem", [_NIGHT, _BRIDGE, _AUTUMN, _TWO])
@pytest.mark.parametrize("above", ["", _NEWS])
@pytest.mark.parametrize("name_gap", ["\n\n", "\n"])  # the name in a block of its own, or the poem's
def test_a_poets_name_under_the_verse_signs_the_poem(
    tmp_path: Path, poem: tuple[str, str, str], above: str, name_gap: str
) -> None:
    title, verse, name = poem
    arts = _articles(tmp_path, f"{above}{title}\n{verse}{name_gap}{name}{_NEXT}\n")
    _poem_then_next(arts, poem, after=bool(above))


@pytest.mark.parametrize("name_gap", ["\n\n", "\n"])
def test_a_poets_name_at_the_pages_end_signs_the_poem(tmp_path: Path, name_gap: str) -> None:
    title, verse, name = _NIGHT
    arts = _articles(tmp_path, f"{_NEWS}{title}\n\n{verse}{name_gap}{name}\n")
    assert [a["titles"] for a in arts] == [["全市召开会议"], [title]]
    assert arts[1]["signature"] == name
    assert arts[1]["paragraphs"] == [verse]


def test_a_poets_name_is_a_closer_in_valid_tei(tmp_path: Path, tei_schema: etree.RelaxNG) -> None:  # noqa: F811
    title, verse, name = _NIGHT
    page = tmp_path / "p.txt"
    page.write_text(f"{title}\n{verse}\n{name}{_NEXT}\n", encoding="utf-8")
    root = assert_valid(tei_schema, convert(page).output)
    poem = next(root.iter(f"{TEI}div"))
    assert [s.text for s in poem.iter(f"{TEI}signed")] == [name]
    assert [h.text for h in poem.iter(f"{TEI}head")] == [title]


@pytest.mark.parametrize(
    "page",
    [
        f"{_NEWS}王丽{_NEXT}\n",  # a name after prose, no verse above it
        f"{_NEWS}静夜思\n{_NIGHT[1]}\n唐诗选读{_NEXT}\n",  # words under the verse, no name
        "会议强调，要抓好落实。\n各地要认真贯彻会议精神。\n王丽\n",  # a name under prose lines
    ],
)
def test_a_name_or_words_not_under_verse_sign_nothing(tmp_path: Path, page: str) -> None:
    assert all(a["signature"] is None for a in _articles(tmp_path, page))


def _json(tmp_path: Path, text: str) -> list[dict[str, object]]:
    page = tmp_path / "p.txt"
    page.write_text(text, encoding="utf-8")
    return list(json.loads(convert(page, fmt="json").output)["articles"])


@pytest.mark.parametrize("poem", [_NIGHT, _BRIDGE, _AUTUMN, _TWO])
@pytest.mark.parametrize("above", ["", _NEWS])
def test_a_poems_title_over_its_poets_name_over_verse_starts_the_poems_article(
    tmp_path: Path, poem: tuple[str, str, str], above: str
) -> None:
    title, verse, name = poem
    arts = _json(tmp_path, f"{above}{title}\n\n{name}\n\n{verse}\n")
    if above:
        assert arts[0]["titles"] == ["全市召开会议"]
        assert arts[0]["subheads"] == []
    got = arts[-1]
    assert (got["kicker"], got["titles"], got["byline"], got["subheads"]) == ([], [title], [name], [])
    assert [p["text"] for p in got["paragraphs"]] == [verse]
    assert len(arts) == (2 if above else 1)


def test_a_title_and_name_over_prose_are_no_poems_heads(tmp_path: Path) -> None:
    """A short heading over a name over prose after an article is left as it was: no poem's byline."""
    arts = _json(tmp_path, f"{_NEWS}抓好落实\n\n王丽\n\n会议要求各地抓好落实，确保取得实效。\n")
    assert all(a["byline"] != ["王丽"] for a in arts)
