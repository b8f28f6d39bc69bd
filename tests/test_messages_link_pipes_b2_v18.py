"""Two error lines that said the wrong thing.

- A broken symbolic link where an output folder goes (`out/sub -> /nonexistent/dir`) failed the page
  with `out/sub: cannot write: a file, not a folder`: it is a broken symbolic link, named so.
- An issue given several pipes (`convert <(cat a.txt) <(cat b.txt)`) named the first only and said
  `save it to one first`, so the user met the next pipe after fixing the first. Now every pipe is
  named in one line and the advice is said once, in the plural.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_pages import failed_under_a_link
from cli_process import convert_pipes

PAGES = Path(__file__).resolve().parent / "pages"


def test_a_broken_link_where_an_output_folder_goes_is_named_so(tmp_path: Path) -> None:
    page, failed = failed_under_a_link(tmp_path, tmp_path / "nonexistent" / "dir")
    out = tmp_path / "out"
    assert failed and all(
        line == f"layoutfix: batch: FAILED {page}: {out / 'sub'}: cannot write: broken symbolic link "
                f"(to {tmp_path / 'nonexistent' / 'dir'}; outputs go into the folder it names)"
        for line in failed)


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="needs /dev/fd")
def test_several_pipes_as_an_issue_are_named_in_one_line_with_the_advice_once(tmp_path: Path) -> None:
    names = ("photo-item.txt", "signature.txt", "xinhua-byline.txt")
    fds, proc = convert_pipes([PAGES / name for name in names])
    assert proc.returncode == 3
    [line] = proc.stderr.splitlines()
    for fd in fds:
        assert f"/dev/fd/{fd}: symbolic link to a pipe, not a regular file" in line
    assert line.count("save") == 1 and line.endswith("(save them to files first)")
