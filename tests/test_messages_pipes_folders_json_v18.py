"""Three error lines that named the wrong thing, in `convert` and `batch` alike.

- A symbolic link to a pipe (a shell's `<(cat p.txt)` is `/dev/fd/63`, a link to `pipe:[…]`) given
  as a page of an issue, or found in a folder, was called a `broken symbolic link (to pipe:[…])`.
  Now the line says it is a link to a pipe, not a regular file (and, for an issue, to save it first).
- A file standing where an output folder goes (`out/sub` a file, `in/sub/p.txt` a page) failed the
  page with `out/sub/p.tei.xml: cannot write: File exists`, naming an output that is not there. Now
  the line names the file in the way: `out/sub: cannot write: a file, not a folder (...)`.
- A malformed JSON page said its line twice (`line 1: malformed JSON: … line 1 column 16 (char
  15)`). Now once, with the column: `p.json: malformed JSON: …: line 1 column 16 (char 15)`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli_process import convert_pipes
from layoutfix.cli import app

PAGES = Path(__file__).resolve().parent / "pages"
PAGE = PAGES / "photo-item.txt"

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def _batch_line(tmp_path: Path, src: Path, out: Path) -> str:
    """The one FAILED line `batch` prints as its page fails (exit 1)."""
    result = CliRunner().invoke(app, ["batch", str(src), str(out), "-j", "1"])
    assert result.exit_code == 1, result.output
    return next(x for x in result.stderr.splitlines() if "FAILED" in x)


@needs_fifo
def test_convert_names_a_process_substitution_a_pipe(tmp_path: Path) -> None:
    """`layoutfix convert <(cat a.txt) <(cat b.txt)`: the shell passes /dev/fd/N, links to pipes."""
    if not Path("/dev/fd").is_dir():
        pytest.skip("no /dev/fd")
    fds, proc = convert_pipes([PAGES / "photo-item.txt", PAGES / "signature.txt"])
    assert proc.returncode == 3 and proc.stdout == ""
    [line] = proc.stderr.splitlines()
    assert "broken" not in line
    assert line.startswith(f"layoutfix: error: /dev/fd/{fds[0]}: ")
    # (B2: two pipes, the advice once in the plural; one pipe still says "save it to one first")
    assert "a pipe, not a regular file" in line and "save them to files first" in line


@needs_fifo
def test_a_link_to_a_fifo_is_not_called_broken(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(PAGE, src / "a.txt")
    os.mkfifo(tmp_path / "fifo")
    (src / "b.txt").symlink_to(tmp_path / "fifo")
    line = _batch_line(tmp_path, src, tmp_path / "out")
    assert line == f"layoutfix: batch: FAILED {src / 'b.txt'}: symbolic link to a pipe, not a regular file"
    result = CliRunner().invoke(app, ["convert", str(src / "a.txt"), str(src / "b.txt")])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"layoutfix: error: {src / 'b.txt'}: symbolic link to a pipe, not a "
                                    "regular file: the pages of an issue are read from files")


def test_a_file_in_the_way_of_an_output_folder_is_named(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "sub" / "deeper").mkdir(parents=True)
    shutil.copy(PAGE, src / "sub" / "deeper" / "p.txt")
    out.mkdir()
    (out / "sub").write_text("not a folder", encoding="utf-8")
    line = _batch_line(tmp_path, src, out)
    assert line.startswith(f"layoutfix: batch: FAILED {src / 'sub' / 'deeper' / 'p.txt'}: {out / 'sub'}: "
                           "cannot write: a file, not a folder")
    assert "File exists" not in line and "p.tei.xml" not in line
    assert (out / "sub").read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("command", ["convert", "batch"])
def test_malformed_json_names_its_line_once(tmp_path: Path, command: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    page = src / "p.json"
    page.write_text('{"rec_texts": [1,, 2]}', encoding="utf-8")
    if command == "batch":
        line = _batch_line(tmp_path, src, tmp_path / "out")
    else:
        result = CliRunner().invoke(app, ["convert", str(page)])
        assert result.exit_code == 3
        line = result.stderr.strip()
    assert line.endswith(f"{page}: malformed JSON: Expecting value: line 1 column 18 (char 17)"), line
    assert line.count("line 1") == 1
