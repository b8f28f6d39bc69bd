"""Pages given in memory, after review (v19).

Before: a page given in memory under the name of a file a folder holds replaced that file's page
(the file's article lost, the memory page converted twice, no word); two pages in memory named
`a.txt` and `./a.txt` were refused as one name; a name of another type read `page name 3 is not a
str`, as if it were the third page's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layoutfix import InputError, convert_issue
from layoutfix.errors import InputTypeError

FRONT = "本报讯 甲文章第一段内容在此。\n"
BACK = "本报讯 乙文章内容在此处。\n"
MEMORY = "本报讯 丙文章来自内存。\n"


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A folder `iss` holding front.txt and back.txt, the working directory its parent."""
    (tmp_path / "iss").mkdir()
    (tmp_path / "iss" / "front.txt").write_text(FRONT, encoding="utf-8")
    (tmp_path / "iss" / "back.txt").write_text(BACK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return "iss"


@pytest.mark.parametrize("order", ["folder first", "memory first"])
@pytest.mark.parametrize("spelling", ["iss/front.txt", "./iss/front.txt"])
def test_a_page_in_memory_named_as_a_file_of_a_folder_is_refused(
    folder: str, order: str, spelling: str
) -> None:
    sources: list[object] = [folder, (spelling, MEMORY)]
    if order == "memory first":
        sources.reverse()
    with pytest.raises(InputError) as caught:
        convert_issue(sources, fmt="txt")
    message = str(caught.value)
    assert "\n" not in message and "given twice" in message
    assert f"{spelling!r}" in message and "in memory" in message and "the file iss/front.txt" in message


def test_a_page_in_memory_named_as_a_file_elsewhere_keeps_both_pages(folder: str) -> None:
    issue = convert_issue([folder, ("bucket/front.txt", MEMORY)], fmt="txt")
    for article in ("甲文章", "乙文章", "丙文章"):
        assert issue.output.count(article) == 1


def test_page_numbered_twice_says_which_page_is_in_memory(tmp_path: Path) -> None:
    (tmp_path / "p2.txt").write_text(FRONT, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        convert_issue([tmp_path / "p2.txt", ("bucket/p2.txt", MEMORY)])
    expected = f"given twice: {tmp_path / 'p2.txt'} and bucket/p2.txt (given in memory)"
    assert str(caught.value).endswith(expected)


def test_names_in_memory_are_compared_as_given() -> None:
    issue = convert_issue([("a.txt", FRONT), ("./a.txt", MEMORY)], fmt="txt")
    assert [page.source for page in issue.pages] == ["a.txt", "./a.txt"]
    assert "甲文章" in issue.output and "丙文章" in issue.output
    with pytest.raises(InputError, match="given twice"):
        convert_issue([("a.txt", FRONT), ("a.txt", MEMORY)])


@pytest.mark.parametrize("sources", [[("p1.txt", FRONT), (3, MEMORY)], {"p1.txt": FRONT, 3: MEMORY}])
def test_a_name_of_another_type_is_named_by_its_place(sources: object) -> None:
    with pytest.raises(InputTypeError) as caught:
        convert_issue(sources)  # type: ignore[arg-type]
    expected = "the page name of item 2 of the issue's sources is an int (3), not a str"
    assert str(caught.value).startswith(expected)


def test_an_item_of_another_type_is_named_by_its_place() -> None:
    with pytest.raises(InputTypeError) as caught:
        convert_issue([("p1.txt", FRONT), 3])  # type: ignore[list-item]
    assert str(caught.value).startswith("item 2 of the issue's sources is an int (3):")
