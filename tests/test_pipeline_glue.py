"""The pipeline's shortcuts around its stages give what the plain ways give."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from layoutfix import pipeline
from layoutfix.layout import join
from layoutfix.model import Block
from layoutfix.tracked import Change, TrackedText

ROOT = Path(__file__).resolve().parents[1]


def _plain_is_path(source: str) -> bool:
    """`pipeline._is_path` as it was, always through `Path`; a folder's name is a path too (v12: a
    `str` naming a folder is refused as the `Path` is, not converted as a one-line page)."""
    if "\n" in source or len(source) >= 1024:
        return False
    if source == "-":
        return True
    path = Path(source)
    try:
        if path.is_file() or (source != "" and path.is_dir()):  # (Path("") is the current folder)
            return True
    except OSError:
        pass
    return source.isascii() and pipeline._SUFFIX.fullmatch(path.suffix) is not None


def _names(tmp: Path) -> list[str]:
    """File names of every shape: files, folders, links, redundant separators and dots, bad names."""
    (tmp / "dir").mkdir()
    (tmp / "dir" / "page.txt").write_text("x", encoding="utf-8")
    (tmp / "noext").write_text("x", encoding="utf-8")
    (tmp / "页面.txt").write_text("x", encoding="utf-8")
    (tmp / "link.txt").symlink_to(tmp / "dir" / "page.txt")
    (tmp / "broken.txt").symlink_to(tmp / "missing.txt")
    (tmp / "dirlink").symlink_to(tmp / "dir")
    names = ["", "-", ".", "..", "/", "//", "x", "x.txt", "missing.alto", "a\nb.txt", "a\0b.txt",
             "\udcff.txt", "x" * 1100 + ".txt", "一行文字", "半.txt"]
    for rel in ["dir", "dir/", "dir/.", "dir/page.txt", "dir/page.txt/", "dir/page.txt/.",
                "dir//page.txt", "dir/./page.txt", "dir/../dir/page.txt", "noext", "noext/",
                "页面.txt", "link.txt", "broken.txt", "dirlink", "dirlink/page.txt", "missing.txt"]:
        names += [str(tmp / rel), "//" + str(tmp / rel).lstrip("/")]
    # relative names, asked from inside `tmp` (and from elsewhere, where they name nothing)
    return [*names, "./noext", "dir/page.txt", "dir//page.txt", "./dir/./page.txt", "dir/page.txt/"]


def test_is_path_answers_as_the_path_way(tmp_path: Path) -> None:
    """The `os.path.isfile` shortcut says what `Path(...).is_file()` and the suffix test said, for
    names of files, folders, links, redundant separators and dots, and names that are no file name."""
    cwd = os.getcwd()
    names = _names(tmp_path)
    try:
        for where in (cwd, str(tmp_path)):
            os.chdir(where)
            for name in names:
                assert pipeline._is_path(name) == _plain_is_path(name), name
    finally:
        os.chdir(cwd)


def test_original_spans_with_mapped_offsets_equal_the_plain_mapping() -> None:
    """Offsets already mapped give the answers `to_original` gives, on random edited texts and
    random blocks (some edges mapped beforehand, some not)."""
    rng = random.Random(8)
    for _ in range(500):
        text = "".join(rng.choice("ab中文 ，\n") for _ in range(rng.randint(0, 30)))
        tracked = TrackedText(text)
        for step in range(rng.randint(0, 3)):
            points = sorted(rng.sample(range(len(tracked.text) + 1), k=min(len(tracked.text) + 1, 4)))
            changes = [Change(a, b, rng.choice(["", "X", "YZ"]), f"r{step}", "punct")
                       for a, b in zip(points[::2], points[1::2], strict=False) if a != b]
            tracked = tracked.apply(changes)
        n = len(tracked.text)
        blocks = []
        for i in range(rng.randint(0, 6)):
            s = rng.randint(0, n)
            blocks.append(Block(f"b{i}", "", s, rng.randint(s, n)))
        edges = [p for b in blocks for p in (b.start, b.end) if rng.random() < 0.6]
        mapped = {p: tracked.to_original(p) for p in edges}
        assert join.original_spans(blocks, tracked, mapped) == join.original_spans(blocks, tracked)


@pytest.mark.parametrize("page", sorted((ROOT / "tests" / "pages").glob("*.txt")), ids=lambda p: p.name)
def test_pages_without_markdown_label_as_with_the_emphasis_callback(page: Path) -> None:
    """On a page without a markdown marker the labeller is given no emphasis callback: it labels the
    blocks as with the callback (which finds no emphasis in any of them)."""
    from layoutfix.layout import roles
    from layoutfix.normalize import markup

    text = page.read_text(encoding="utf-8")
    doc = pipeline.build_document(text)
    blocks = [Block(b.id, b.text, b.start, b.end) for b in sorted(doc.pages[0].blocks, key=lambda b: b.start)]
    raw = {b.id: b.text for b in blocks}
    gated = pipeline._emphasis_of(raw, text)
    if markup.has_marker(text):
        assert gated is not None
        return
    assert gated is None
    assert all(markup.emphasised_parts(raw[b.id]) == [] for b in blocks)
    plain = roles.label_blocks(blocks, doc.text, lambda b: markup.emphasised_parts(raw.get(b.id, b.text)))
    assert repr(roles.label_blocks(blocks, doc.text, gated)) == repr(plain)


def test_the_shared_default_options_are_the_defaults() -> None:
    """A convert given no options normalises with the default options (one frozen instance)."""
    import dataclasses

    from layoutfix.normalize import NormalizeOptions

    assert NormalizeOptions() == pipeline._DEFAULT_OPTIONS
    with pytest.raises(dataclasses.FrozenInstanceError):
        pipeline._DEFAULT_OPTIONS.variants = "t2s"  # type: ignore[misc]
