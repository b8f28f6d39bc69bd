"""A symbolic link leading round in a loop (`ln -s loop loop`) where `batch` or `golden` take a folder
or a file is one line naming it as `convert` names it (`loop: symbolic link loop (to loop)`), not a
`RuntimeError: Symlink loop` traceback from `Path.resolve` (`batch in loop/out`, `golden add in --dir
loop`) or a line hiding it (`dir 'loop' does not exist`, `loop: not a folder of golden cases`).

And a broken symbolic link on the way to an output folder is named alike by `convert -o` and `batch
OUT_DIR` (`bl: broken symbolic link (to nowhere)`): `convert` said `no folder 'bl'`, `batch` went on to
fail writing its settings record (exit 1).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from layoutfix.batch import BatchConfig, run_batch
from layoutfix.cli import app
from layoutfix.errors import InputError
from layoutfix.golden import add_case, find_cases

PAGE = Path(__file__).resolve().parent / "pages" / "photo-item.txt"

#: Each command, its paths relative to the test's folder: `loop -> loop`, `in/` (one page), `g/` (one
#: case). `{t}` is the test's folder.
COMMANDS = [
    ["batch", "{t}/in", "{t}/loop/out"],
    ["batch", "{t}/in", "{t}/loop"],
    ["batch", "{t}/loop", "{t}/out"],
    ["batch", "{t}/loop/x", "{t}/out"],
    ["batch", "{t}/in", "{t}/out", "--report", "{t}/loop/r.json"],
    ["golden", "check", "{t}/loop"],
    ["golden", "check", "{t}/loop/x"],
    ["golden", "check", "--dir", "{t}/loop"],
    ["golden", "update", "{t}/loop"],
    ["golden", "add", "{t}/loop", "--name", "a", "--dir", "{t}/g"],
    ["golden", "add", "{t}/loop/x.txt", "--name", "a", "--dir", "{t}/g"],
    ["golden", "add", "{t}/in", "--name", "a", "--dir", "{t}/loop"],
    ["golden", "add", "{t}/in/p1.txt", "--name", "a", "--dir", "{t}/loop/x"],
]


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """`tmp_path` with `loop -> loop`, a folder of one page `in/`, and a folder of one case `g/`."""
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p1.txt").write_bytes(PAGE.read_bytes())
    add_case(tmp_path / "in" / "p1.txt", "c1", tmp_path / "g")
    return tmp_path


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c).replace("{t}/", ""))
def test_a_link_loop_is_one_line_naming_it(place: Path, command: list[str]) -> None:
    result = CliRunner().invoke(app, [arg.format(t=place) for arg in command])
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback
    assert result.exit_code == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("layoutfix: error: ")
    assert f"{place / 'loop'}: symbolic link loop (to loop)" in line
    assert not (place / "out").exists() and not (place / "g" / "a").exists()


def test_the_library_names_a_link_loop_too(place: Path) -> None:
    """`run_batch`, `find_cases` and `add_case` raise the `InputError` the command line prints."""
    said = f"{place / 'loop'}: symbolic link loop (to loop)"
    calls = [
        lambda: run_batch(place / "in", place / "loop" / "out", BatchConfig(), jobs=1),
        lambda: run_batch(place / "loop", place / "out", BatchConfig(), jobs=1),
        lambda: find_cases([place / "loop"]),
        lambda: add_case(place / "in", "a", place / "loop"),
        lambda: add_case(place / "in" / "p1.txt", "a", place / "loop"),
    ]
    for call in calls:
        with pytest.raises(InputError) as caught:
            call()
        assert said in str(caught.value)


@pytest.mark.parametrize("command", [
    ["convert", "{t}/in/p1.txt", "-o", "{t}/bl/x.xml"],
    ["convert", "{t}/in/p1.txt", "--edits", "{t}/bl/sub/e.jsonl"],
    ["batch", "{t}/in", "{t}/bl"],
    ["batch", "{t}/in", "{t}/bl/out"],
    ["golden", "add", "{t}/in/p1.txt", "--name", "a", "--dir", "{t}/bl"],
], ids=lambda c: " ".join(c).replace("{t}/", ""))
def test_a_broken_link_where_outputs_go_is_named_alike(place: Path, command: list[str]) -> None:
    (place / "bl").symlink_to("nowhere")
    result = CliRunner().invoke(app, [arg.format(t=place) for arg in command])
    assert result.exit_code == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert f": {place / 'bl'}: broken symbolic link (to nowhere) (nothing was written)." in line
    assert not (place / "nowhere").exists()
