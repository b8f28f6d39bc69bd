"""A symbolic link that leads round in a loop (`sub -> sub`) is named so, in one line, never a traceback.

- `convert -o o/sub/x/y.txt` with `o/sub -> sub` ended in `RuntimeError: Symlink loop` from
  `Path.resolve` while the command line was parsed. Now it is a usage error (exit 2, as an output in
  a missing folder or under a file) naming the link: `o/sub: symbolic link loop (to sub)`.
- A page that is such a link was `FAILED in/p.txt: broken symbolic link (to p.txt)` in `batch` (its
  target is there: the link itself) and `in/p.txt: cannot read: Too many levels of symbolic links` in
  `convert`. Now both say `in/p.txt: symbolic link loop (to p.txt)`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.cli import app

PAGE = Path(__file__).resolve().parent / "pages" / "photo-item.txt"


@pytest.mark.parametrize("option", ["-o", "--edits"])
@pytest.mark.parametrize("under", ["sub/x/y.txt", "sub/y.txt", "sub"])
def test_an_output_through_a_link_loop_is_one_usage_line(tmp_path: Path, option: str, under: str) -> None:
    (tmp_path / "o").mkdir()
    link = tmp_path / "o" / "sub"
    link.symlink_to("sub")
    output = tmp_path / "o" / under
    result = CliRunner().invoke(app, ["convert", "-f", "txt", str(PAGE), option, str(output)])
    assert result.exit_code == 2, result.exception
    [line] = result.stderr.splitlines()
    assert line.startswith("layoutfix: error: convert: ")
    assert f"{link}: symbolic link loop (to sub) (nothing was written)" in line
    assert list((tmp_path / "o").iterdir()) == [link]


def _first_line_naming(stderr: str, name: str) -> str:
    """The first line naming `name` (batch names a failure as it fails and again in its summary)."""
    return next(x for x in stderr.splitlines() if name in x)


def test_convert_and_batch_name_a_looping_page_link_a_loop(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "p.txt").symlink_to("p.txt")
    runner = CliRunner()
    converted = runner.invoke(app, ["convert", str(src / "p.txt"), "-o", str(tmp_path / "o.xml")])
    assert converted.exit_code == 3
    [said] = converted.stderr.splitlines()
    assert said == f"layoutfix: error: {src / 'p.txt'}: symbolic link loop (to p.txt)"
    batch = runner.invoke(app, ["batch", str(src), str(tmp_path / "out"), "-j", "1"])
    assert batch.exit_code == 1
    failed = [x for x in batch.stderr.splitlines() if "FAILED" in x]
    assert failed and all(x == f"layoutfix: batch: FAILED {src / 'p.txt'}: symbolic link loop (to p.txt)"
                          for x in failed)


def test_a_page_under_a_looping_folder_names_the_loop(tmp_path: Path) -> None:
    (tmp_path / "sub").symlink_to("sub")
    page = tmp_path / "sub" / "p.txt"
    result = CliRunner().invoke(app, ["convert", str(page), "-o", str(tmp_path / "o.xml")])
    assert result.exit_code == 3
    [said] = result.stderr.splitlines()
    assert said == f"layoutfix: error: {page}: cannot read: {tmp_path / 'sub'}: symbolic link loop (to sub)"
