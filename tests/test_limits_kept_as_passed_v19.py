"""`layoutfix.limits(...)` sets only the limits it is given (v19).

It copied both limits as they stood at its entry: `with limits(max_blocks=5): set_limits(max_bytes=100)`
left the default 20 MB limit in force inside the block; `cli.main()` run inside `limits(max_bytes=50)`
with `--max-bytes 0` refused a 70-byte file, advising the `--max-bytes` it had been given; and
`layoutfix.warm_up()` under a small limit raised an `InputError` about its own sample page.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import layoutfix
from layoutfix import InputError, convert
from layoutfix.cli import main
from layoutfix.readers.limits import DEFAULT_MAX_BLOCKS, DEFAULT_MAX_BYTES, max_blocks, max_bytes, set_limits

#: A page of 150 bytes or so in UTF-8.
PAGE = "全省会议召开\n\n近日，全省会议在兰州召开。会议强调，要把各项工作做实做细，推动高质量发展。\n"


@pytest.fixture(autouse=True)
def default_limits() -> Iterator[None]:
    yield
    set_limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_BLOCKS)


def test_the_process_limit_set_inside_a_block_of_the_other_limit_holds() -> None:
    data = PAGE.encode("utf-8")
    with layoutfix.limits(max_blocks=5):
        layoutfix.set_limits(max_bytes=100)
        with pytest.raises(InputError, match="over the limit of 100 bytes"):
            convert(data)
        assert max_blocks() == 5
    assert max_bytes() == 100


def test_a_nested_block_keeps_the_outer_block_s_other_limit() -> None:
    with layoutfix.limits(max_bytes=100), layoutfix.limits(max_blocks=5):
        assert (max_bytes(), max_blocks()) == (100, 5)
        with pytest.raises(InputError, match="over the limit of 100 bytes"):
            convert(PAGE.encode("utf-8"))
    assert (max_bytes(), max_blocks()) == (DEFAULT_MAX_BYTES, DEFAULT_MAX_BLOCKS)


def test_the_command_s_max_bytes_holds_when_run_inside_a_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "p1.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "p1.xml"
    monkeypatch.setattr(sys, "argv", ["layoutfix", "convert", "--max-bytes", "0", str(page), "-o", str(out)])
    with layoutfix.limits(max_bytes=50):
        with pytest.raises(SystemExit) as ended:
            main()
        assert max_bytes() == 50  # the block's own limit, after the command
    assert ended.value.code in (0, None), capsys.readouterr().err
    assert "全省会议在兰州召开" in out.read_text(encoding="utf-8")


def test_warm_up_under_a_small_limit() -> None:
    with layoutfix.limits(max_bytes=150, max_blocks=1):
        layoutfix.warm_up()
        assert (max_bytes(), max_blocks()) == (150, 1)
