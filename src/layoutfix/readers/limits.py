"""Size limits on one input file, checked before it is decoded or parsed.

Normalising and laying out a page keeps the page text, its tracked segments, the edit log and (for
coordinate files) the parsed tree in memory together, several times the file size: a 50 MB flat file
costs gigabytes (docs/robustness.md has the figures). An archive page is far smaller, so a file over
`max_bytes` is refused with one line naming it and its size, before its bytes are read. A coordinate
page with more than `max_blocks` text blocks is refused after parsing, before the layout work.

Each limit has a process-wide value (`set_limits`: the CLI sets it from `--max-bytes` /
`--max-blocks`; `batch` hands its workers the limits it runs with, whatever the start method) and
may be changed for one context alone (`limits`, a `contextvars` setting: one thread, or one asyncio
task, sees its own, so a golden case's limit or a caller's raised one never reaches a page another
thread converts meanwhile); 0 means no limit.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISREG, S_ISSOCK
from typing import BinaryIO

from ..errors import InputError

#: Default largest input file, in bytes (20 MB: a dense broadsheet page of flat text is under 100 KB,
#: its ALTO with word boxes a few MB).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Default largest number of text blocks on one coordinate page (an ALTO page has hundreds).
DEFAULT_MAX_BLOCKS = 10_000

#: The advice closing a refusal: the command line's option, and the call a Python caller makes.
RAISE_MAX_BYTES = "raise it with --max-bytes, in Python layoutfix.limits(max_bytes=N) (0 = no limit)"
RAISE_MAX_BLOCKS = "raise it with --max-blocks, in Python layoutfix.limits(max_blocks=N) (0 = no limit)"

_limits = {"max_bytes": DEFAULT_MAX_BYTES, "max_blocks": DEFAULT_MAX_BLOCKS}
#: The limits `limits(...)` set for the current context (thread or asyncio task), over `_limits`.
_context_limits: ContextVar[dict[str, int] | None] = ContextVar("layoutfix_limits", default=None)


def _checked(key: str, value: int) -> int:
    """`value` as a limit `key`, or ValueError: a whole number, 0 (no limit) or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{key} must be 0 (no limit) or a positive whole number, not {value!r}")
    return value


def set_limits(max_bytes: int | None = None, max_blocks: int | None = None) -> None:
    """Change the limits for the whole process (None keeps a limit as it is, 0 removes it): every
    thread's, except where `limits` set its own."""
    for key, value in (("max_bytes", max_bytes), ("max_blocks", max_blocks)):
        if value is not None:
            _limits[key] = _checked(key, value)


@contextlib.contextmanager
def limits(max_bytes: int | None = None, max_blocks: int | None = None) -> Iterator[None]:
    """The input size limits inside the `with` block, for this thread (or asyncio task) alone: None
    keeps a limit as it is, 0 removes it. Another thread converting meanwhile keeps its own; a thread
    this one starts, or a pool's worker thread, starts from the process's (`set_limits`).

    Only the limits given are the block's own (over those of a block around it): a limit not given
    stays the process's, so `set_limits` inside the block changes it there too."""
    own = dict(_context_limits.get() or {})
    for key, value in (("max_bytes", max_bytes), ("max_blocks", max_blocks)):
        if value is not None:
            own[key] = _checked(key, value)
    token = _context_limits.set(own)
    try:
        yield
    finally:
        _context_limits.reset(token)


def command_limits(max_bytes: int, max_blocks: int) -> None:
    """Set the limits of one command-line command: the process's (`set_limits`), and this context's
    own (a `limits` block `cli.main()` is called in from Python) dropped, so that the command's
    options, or the defaults, hold for its pages (`cli.main` runs each command in a context of its
    own, so the caller's block is whole again afterwards)."""
    set_limits(max_bytes=max_bytes, max_blocks=max_blocks)
    _context_limits.set(None)


def _current(key: str) -> int:
    """The limit `key` of this context: the one a `limits` block set, else the process's."""
    own = _context_limits.get()
    return own[key] if own is not None and key in own else _limits[key]


def max_bytes() -> int:
    """The largest input file, in bytes, for this context (0: no limit)."""
    return _current("max_bytes")


def max_blocks() -> int:
    """The most text blocks on one coordinate page, for this context (0: no limit)."""
    return _current("max_blocks")


def _size(n: int) -> str:
    return f"{n:,} bytes" + (f" ({n / 1024 / 1024:.1f} MB)" if n >= 1024 * 1024 else "")


def check_size(size: int, name: str) -> None:
    """InputError when `size` bytes are over the limit."""
    limit = max_bytes()
    if limit and size > limit:
        raise InputError(f"{name}: file is {_size(size)}, over the limit of {_size(limit)}; "
                         f"{RAISE_MAX_BYTES}")


def check_blocks(count: int, name: str) -> None:
    """InputError when a page has more than `max_blocks` text blocks."""
    limit = max_blocks()
    if limit and count > limit:
        raise InputError(f"{name}: page has {count:,} text blocks, over the limit of {limit:,}; "
                         f"{RAISE_MAX_BLOCKS}")


def missing_file(path: str | os.PathLike[str]) -> str:
    """Why `path` cannot be opened when the system says it does not exist: a broken symbolic link is
    named so, with its target, in the words `batch` and an issue folder use for it
    (`readers.detect.unreadable`), else `no such file`."""
    if os.path.islink(path):
        with contextlib.suppress(OSError):
            return broken_link(path)
    return f"{os.fspath(path)}: no such file"


def broken_link(path: str | os.PathLike[str]) -> str:
    """The line naming the symbolic link `path` that leads to no readable file, with its target:
    one wording for `convert`, `batch` and an issue folder. Raises OSError when it cannot be read."""
    return f"{os.fspath(path)}: broken symbolic link (to {os.readlink(path)})"


def is_link_loop(path: str | os.PathLike[str]) -> bool:
    """Whether `path` is a symbolic link that leads round in a loop (`sub -> sub`: following it fails
    with the system's `Too many levels of symbolic links`, ELOOP), not a broken one: the one test of
    `looping_link`, `detect.unreadable` and `atomic`'s folder in the way."""
    if not os.path.islink(path):
        return False
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def looping_link(path: str | os.PathLike[str]) -> str | None:
    """The first symbolic link on the way to `path` (its folders from the top down, then `path`
    itself) that leads round in a loop (`is_link_loop`), spelt as in `path`, or None; None too when a
    link before it leads nowhere (nothing beyond it is reached)."""
    parts = Path(path).parts
    for n in range(1, len(parts) + 1):
        step = os.path.join(*parts[:n])
        if is_link_loop(step):
            return step
        if os.path.islink(step) and not os.path.exists(step):
            return None  # a broken link: the walk ends here
    return None


def link_loop(link: str | os.PathLike[str]) -> str:
    """The words for the symbolic link `link` that leads round in a loop, with its target: one wording
    for `convert`, `batch` and an output path (`in/p.txt: symbolic link loop (to p.txt)`)."""
    try:
        target = f" (to {os.readlink(link)})"
    except OSError:
        target = ""
    return f"{os.fspath(link)}: symbolic link loop{target}"


def loop_on_the_way(path: str | os.PathLike[str]) -> str | None:
    """The words for the symbolic link on the way to `path` (or `path` itself) that leads round in a
    loop (`link_loop`: `in/sub: symbolic link loop (to sub)`), or None when there is none."""
    link = looping_link(path)
    return link_loop(link) if link is not None else None


def reading_through_loop(path: str | os.PathLike[str]) -> str | None:
    """The line refusing to read `path` when a symbolic link on its way (or `path` itself) leads round
    in a loop, as `convert` refuses such a page (`loop: symbolic link loop (to loop)`, `loop/x: cannot
    read: loop: symbolic link loop (to loop)`), or None when there is none."""
    link = looping_link(path)
    return _in_a_loop(os.fspath(path), link) if link is not None else None


def resolved(path: str | os.PathLike[str]) -> Path:
    """`Path(path).resolve()`, or an `InputError` naming the looping symbolic link on its way in the
    words `convert` uses (`loop: symbolic link loop (to loop)`): `Path.resolve` raises a bare
    `RuntimeError` for a loop (before Python 3.13; `OSError` ELOOP on some systems), a traceback when
    left to the command line."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError):
        why = loop_on_the_way(path)
        if why is None:
            raise
        raise InputError(why) from None


#: What a file that is no regular file is, for the line refusing it (`not_a_regular_file`).
_FILE_KINDS = ((S_ISFIFO, "a pipe"), (S_ISCHR, "a character device"), (S_ISBLK, "a block device"),
               (S_ISSOCK, "a socket"), (S_ISDIR, "a folder"))


def not_a_regular_file(path: str | os.PathLike[str]) -> str:
    """The line refusing `path`, which exists but is no regular file, saying what it is: `p.txt: a
    pipe, not a regular file`; a symbolic link to one is named so (`/dev/fd/63: symbolic link to a
    pipe, ...`: a shell's `<(...)`), never as broken, as its target exists."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return f"{os.fspath(path)}: not a regular file"
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "a special file")
    link = "symbolic link to " if os.path.islink(path) else ""
    return f"{os.fspath(path)}: {link}{kind}, not a regular file"


def read_limited(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    """The bytes of a file (`-` is standard input) and its name for messages, refusing a file over
    the limit from its size before reading it (standard input: after at most limit + 1 bytes)."""
    source = os.fspath(path)
    if source == "-":
        return _read_stream(sys.stdin.buffer, "<stdin>"), "<stdin>"
    # One open and one fstat on the open file (not is_file + stat + read_bytes, which stat the path
    # twice and open it again): a regular file is still measured before a byte of it is read.
    # Opening a directory raises IsADirectoryError, as read_bytes did.
    try:
        # As Path reads the name: `a.txt/` and `a.txt/.` name a.txt, `` names the current folder.
        # A name ending in a letter, digit, `_` or `-` means the same file to the system as to
        # Path (which only drops `.` components and doubled separators), so it is opened as it is.
        name = source if source[-1:].isalnum() or source[-1:] in ("_", "-") else Path(path)
        with open(name, "rb", buffering=0) as f:
            st = os.fstat(f.fileno())
            if S_ISREG(st.st_mode):
                check_size(st.st_size, source)
            data = f.read()
    except FileNotFoundError:
        raise InputError(missing_file(source)) from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a directory, not a file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP and (link := looping_link(source)) is not None:
            raise InputError(_in_a_loop(source, link)) from None
        raise InputError(f"{source}: cannot read: {exc.strerror}") from None
    check_size(len(data), source)  # a pipe or a file that grew
    return data, source


def _in_a_loop(source: str, link: str) -> str:
    """The line refusing the file `source`, reached through the looping symbolic link `link` (itself,
    or a folder on its way)."""
    said = link_loop(link)
    return said if link == source else f"{source}: cannot read: {said}"


def _read_stream(stream: BinaryIO, name: str) -> bytes:
    limit = max_bytes()
    if not limit:
        return stream.read()
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{name}: input is over the limit of {_size(limit)}; {RAISE_MAX_BYTES}")
    return data
