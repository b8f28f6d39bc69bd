"""A page given as any `os.PathLike` (not only `pathlib.Path`) is read and named by its path.

Found while type-checking: `convert` accepts `os.PathLike`, but the name of the source (the TEI
`<idno>`, the edit log's `source`, error messages) was `str(path)`, which for a PathLike that is not a
Path is its repr (`<Page object at 0x...>`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from layoutfix.errors import InputError
from layoutfix.pipeline import convert

_PAGES = Path(__file__).parent / "pages"


class PagePath:
    """A path-like object as other libraries define them: `__fspath__`, and a repr of its own."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return self.path


def test_a_pathlike_page_is_named_by_its_path() -> None:
    page = str(_PAGES / "signature.txt")
    result = convert(PagePath(page), fmt="json")
    assert result.document.source == Path(page).name  # (recorded by file name only, v12)
    assert result.output == convert(Path(page), fmt="json").output


def test_a_missing_pathlike_page_is_reported_by_its_path(tmp_path: Path) -> None:
    missing = os.path.join(tmp_path, "missing.txt")
    with pytest.raises(InputError) as err:
        convert(PagePath(missing))
    assert str(err.value) == f"{missing}: no such file"
