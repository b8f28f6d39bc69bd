"""A small archive of flat-text pages for the batch tests (imported as `conftest_tei` is)."""

from __future__ import annotations

import shutil
from pathlib import Path

PAGE = "2024年5月6日\n\n政协委员调研基层\n\n本报讯 委员们查看了{n}号测试文字，听取了意见建议。\n"


def small_archive(tmp_path: Path, pages: int = 2) -> Path:
    """`tmp_path/in` holding `p1.txt` ... `pN.txt`, each a short page that differs by its number."""
    src = tmp_path / "in"
    src.mkdir()
    for n in range(1, pages + 1):
        (src / f"p{n}.txt").write_text(PAGE.format(n=n), encoding="utf-8")
    return src


#: The sample pages of the tests, copied into the larger archives.
SAMPLES = Path(__file__).resolve().parent / "pages"


def sample_archive(tmp_path: Path, copies: int) -> Path:
    """`tmp_path/in` holding `copies` copies of every sample page (`c0-NAME.txt` ...): enough pages
    for chunks of several pages on two workers."""
    src = tmp_path / "in"
    src.mkdir()
    for k in range(copies):
        for page in sorted(SAMPLES.glob("*.txt")):
            shutil.copyfile(page, src / f"c{k}-{page.name}")
    return src


def heavy_archive(tmp_path: Path, pages: int = 4, repeat: int = 200) -> Path:
    """`pages` pages, each the sample pages `repeat` times: at 200, about 500 KB, and converting one
    takes seconds, so a stop that waits for the pages being converted (a process pool's, a Dask
    cluster's close) shows, and a second Ctrl-C falls inside it."""
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))) * repeat
    src = tmp_path / "in"
    src.mkdir()
    for k in range(pages):
        (src / f"h{k}.txt").write_text(body, encoding="utf-8")
    return src
