"""Write a file whole or not at all: a temporary file in the same folder, then a rename.

An interrupted or failing write (a killed worker, a full disk) must never leave a half-written output
that a later `--resume` or a reader takes for complete. The new file gets the permissions a plain
`open(path, "w")` would give it (the old file's, else 0666 less the umask), not the 0600 of a
temporary file: outputs in an archive's shared folders must stay readable by the group.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from .readers.limits import is_link_loop


@cache
def _new_file_mode() -> int:
    """0666 less this process's umask (read once: `os.umask` can only be read by setting it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, data: bytes, *, make_parents: bool = True,
                 before_rename: Callable[[Path], None] | None = None) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename (`OSError` on
    failure, with `path` untouched). `make_parents`: create missing folders first. `before_rename` is
    called with the complete temporary file just before it takes `path`'s name: what it records about
    the file (the batch's figures of an output) is then there before the file is, whenever the
    process is killed."""
    tmp = Path(_stage_named(path, data, make_parents))
    try:
        if before_rename is not None:
            before_rename(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_all_atomic(files: Sequence[tuple[Path, bytes]], *, make_parents: bool = True) -> None:
    """Write several files all or none (as far as a file system allows): every temporary file is
    written before the first rename, so a full disk or a bad folder leaves every old file as it was
    (`OSError`). Only a failing rename, after all data is on disk, can leave some files replaced."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            staged.append((_stage_named(path, data, make_parents), path))
        while staged:
            tmp, path = staged[0]
            os.replace(tmp, path)
            staged.pop(0)
    finally:
        for tmp, _path in staged:
            Path(tmp).unlink(missing_ok=True)


def _stage_named(path: Path, data: bytes, make_parents: bool) -> str:
    """`_stage`, its `OSError` naming the file meant, not its temporary file, or the file in the way
    of its folder (`make_folder`)."""
    if make_parents:
        make_folder(path.parent)
    try:
        return _stage(path, data)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc


def make_folder(folder: Path) -> None:
    """Create `folder` and its missing parents. A file standing where one of them goes raises an
    `OSError` naming that file (`out/sub: a file, not a folder`), not the output to be written in it
    with the system's `File exists`; a broken symbolic link or a loop of them there is named so, with
    its target."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if not isinstance(exc, FileExistsError | NotADirectoryError) and exc.errno != errno.ELOOP:
            raise
        in_way = next((p for p in (folder, *folder.parents) if os.path.lexists(p)), None)
        if in_way is None or in_way.is_dir():
            raise
        raise OSError(*_in_the_way(in_way), str(in_way)) from exc


def _in_the_way(path: Path) -> tuple[int, str]:
    """The error number and words for `path`, which exists and stands where a folder goes: a broken
    symbolic link, a loop of them (`sub -> sub`: ELOOP, not broken), or a file."""
    if path.is_symlink():
        target = os.readlink(path)
        if is_link_loop(path):
            return errno.ELOOP, f"symbolic link loop (to {target}; outputs go into a folder there)"
        if not os.path.exists(path):
            return errno.ENOENT, f"broken symbolic link (to {target}; outputs go into the folder it names)"
    return errno.ENOTDIR, "a file, not a folder (outputs go into it)"


def _stage(path: Path, data: bytes) -> str:
    """A temporary file beside `path` holding `data`, with the mode `path` has or would get (its
    folder is there: `_stage_named` makes it first when asked)."""
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = _new_file_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, mode)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_output(path: Path, data: bytes) -> None:
    """Write a file a user named (`-o OUT`, `--edits LOG`) whole or not at all. A special file (/dev/null,
    a FIFO) is written through, never replaced; a symbolic link keeps its link and its target is
    replaced; a missing folder is an error, not created. Raises `OSError`."""
    if path.exists() and not path.is_file():
        path.write_bytes(data)
    else:
        write_atomic(path.resolve(), data, make_parents=False)
