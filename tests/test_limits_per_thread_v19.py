"""Input size limits changed from Python hold for the caller's thread (or asyncio task) alone.

`golden.check_case` on a case that keeps `max_bytes = 2000` lowered the process's limit while the case
was read: a service converting pages in another thread meanwhile had its pages refused, `over the
limit of 2,000 bytes`. Now a case's limits, and those a caller sets with `layoutfix.limits(...)`, are
`contextvars` settings: other threads and tasks keep theirs; `set_limits` still sets the process's.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import layoutfix
from layoutfix import InputError, convert, golden
from layoutfix.readers.limits import DEFAULT_MAX_BLOCKS, DEFAULT_MAX_BYTES, set_limits

#: A page over 2,000 bytes (about 3,000 in UTF-8).
PAGE = ("政协委员今天在北京召开会议，讨论了经济问题。\n\n" * 40).encode("utf-8")
SMALL = "标题\n\n正文很短。\n"


@pytest.fixture(autouse=True)
def default_limits() -> Iterator[None]:
    yield
    set_limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_BLOCKS)


def test_a_golden_case_s_limit_does_not_refuse_another_thread_s_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "small.txt"
    source.write_text(SMALL, encoding="utf-8")
    case = golden.add_case(source, "small", tmp_path / "cases", {"max_bytes": 2000})
    inside, converted = threading.Event(), threading.Event()
    outputs = golden._outputs

    def held_open(*args: object) -> golden.CaseOutput:
        """The case's conversion, held open until the other thread has converted its page."""
        inside.set()
        assert converted.wait(60)
        return outputs(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(golden, "_outputs", held_open)
    with ThreadPoolExecutor(1) as pool:
        checked = pool.submit(golden.check_case, case)
        assert inside.wait(60)
        try:
            result = convert(PAGE, fmt="txt")  # while the case (max_bytes 2000) is being read
        finally:
            converted.set()
        assert checked.result().status == "ok"
    assert result.output.startswith("政协委员今天在北京召开会议")


def test_limits_in_one_thread_leave_another_thread_s_alone() -> None:
    lowered, done = threading.Event(), threading.Event()

    def low() -> str:
        with layoutfix.limits(max_bytes=2000):
            lowered.set()
            assert done.wait(60)
            with pytest.raises(InputError, match="over the limit of 2,000 bytes"):
                convert(PAGE)
        return convert(PAGE, fmt="txt").output  # the process's limit again

    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(low)
        assert lowered.wait(60)
        try:
            mine = convert(PAGE, fmt="txt").output
        finally:
            done.set()
        assert future.result() == mine


def test_limits_raise_the_limit_for_the_block_only() -> None:
    layoutfix.set_limits(max_bytes=2000)
    with pytest.raises(InputError, match="over the limit of 2,000 bytes"):
        convert(PAGE)
    with layoutfix.limits(max_bytes=0):
        assert convert(PAGE, fmt="txt").output
        with layoutfix.limits(max_blocks=5):  # None keeps the enclosing block's max_bytes
            assert convert(PAGE, fmt="txt").output
    with pytest.raises(InputError, match="over the limit of 2,000 bytes"):
        convert(PAGE)


def test_asyncio_tasks_keep_their_own_limits() -> None:
    async def one(limit: int) -> str:
        with layoutfix.limits(max_bytes=limit):
            await asyncio.sleep(0.01)  # the other task sets its limit meanwhile
            try:
                convert(PAGE)
            except InputError as exc:
                return str(exc)
            return "converted"

    async def both() -> list[str]:
        return list(await asyncio.gather(one(2000), one(0)))

    refused, converted = asyncio.run(both())
    assert "over the limit of 2,000 bytes" in refused and converted == "converted"


@pytest.mark.parametrize("bad", [-1, 1.5, "2000", True])
def test_a_limit_that_is_no_whole_number_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="max_bytes must be 0"), layoutfix.limits(max_bytes=bad):  # type: ignore[arg-type]
        pass
