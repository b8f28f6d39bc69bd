"""What the caches of rule files, lexicons and confusion tables are keyed on: each file's content;
and the digest of a whole rule set (`rules_digest`), which a batch's resume record and the TEI header
record.

A long-lived process (a notebook, a Dask worker, the review server, a batch) keeps loaded rules in
memory and must see a rule file edited while it runs. A key of modification time and size misses an
edit that keeps the size and lands within one tick of the file system's clock, or whose time is put
back (`os.utime`, `cp -p`, `rsync -a`, `touch -r`): pages were then converted with the old rules. The
content does not miss it. Hashing every file on every convert would cost a read of every rule file
per page, so the digest of a file is remembered with the `stat` it was read under and used again only
while that `stat` is unchanged (modification and change time, size, inode: an edit, even one whose
time was put back, gives a new change time, which no user can set) and the file was already older
than `TRUST_AFTER_NS` when it was read; a file read within that margin of its last change (an edit in
the same tick would keep its `stat`) is read again the next time, as git does for "racily clean"
files. The steady cost is therefore one `stat` per file, as before.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .normalize import NormalizeOptions

#: How much older than the moment it was read a file must be for its `stat` to vouch for its content:
#: more than a tick of any file system's clock (2 s on FAT) and a little clock skew of a network one.
TRUST_AFTER_NS = 3 * 10**9

#: path -> (stat signature, whether that signature vouches for the content, content digest).
_read: dict[str, tuple[tuple[int, int, int, int], bool, str]] = {}


def file_digest(path: str | os.PathLike[str]) -> str:
    """The SHA-256 (hex) of the file's bytes. Raises `OSError` when it cannot be read."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def content_key(path: str, st: os.stat_result | None = None) -> str:
    """The SHA-256 of `path`'s content, for a cache key: read again only when the file's `stat` (`st`,
    taken now when not given) changed since, or could not vouch for it (see the module docstring).
    Raises `OSError` when the file cannot be read."""
    st = os.stat(path) if st is None else st
    signature = (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)
    known = _read.get(path)
    if known is not None and known[0] == signature and known[1]:
        return known[2]
    now = time.time_ns()
    digest = file_digest(path)
    _read[path] = (signature, max(st.st_mtime_ns, st.st_ctime_ns) < now - TRUST_AFTER_NS, digest)
    return digest


def rule_text_digest(path: str | os.PathLike[str]) -> str:
    """The SHA-256 (hex) of a rule file, lexicon, confusion table or name list as its loader reads it:
    CRLF and CR line ends as LF (text mode reads them so) and a UTF-8 byte order mark at its start
    dropped (the loaders drop it, `read_text(encoding="utf-8-sig")`). A checkout whose git turns LF
    into CRLF (`core.autocrlf` on Windows), or a file re-saved by an editor that adds a BOM, loads the
    same rules, so it gets the same digest; any other byte changes it. For a file already in LF
    without a BOM this is `file_digest`, so the digests of such files are what they were. Raises
    `OSError` when the file cannot be read."""
    with open(path, "rb") as f:
        data = f.read()
    data = data.removeprefix(_UTF8_BOM).replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return hashlib.sha256(data).hexdigest()


#: A UTF-8 byte order mark, as a Windows editor writes it at a file's start.
_UTF8_BOM = b"\xef\xbb\xbf"


def _rule_folder_files(folder: Path, *, shipped: bool = False) -> list[Path]:
    """Every file of a rule folder layoutfix reads (rules, lexicons, confusion tables), in load order,
    and for the shipped folder its name lists too (`names/*.txt`: places, surnames, columns, which the
    layout reads from the shipped folder only); a rule file given instead of a folder is itself. The
    rule files are those the loader reads (`gansu.TOML` too). A missing folder has none (its pages
    fail)."""
    from .normalize.typos import _rule_files  # (here: typos imports this module)

    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        return []
    names = sorted((folder / "names").glob("*.txt")) if shipped else []
    return [*_rule_files(folder), *sorted((folder / "lexicon").glob("*.txt")),
            *sorted((folder / "confusion").glob("*.txt")), *names]


def rules_digest(options: NormalizeOptions) -> str:
    """A SHA-256 over the contents of every rule file, lexicon and confusion table the run loads (shipped
    ones first, with the shipped name lists, then each `--rules` folder in order), with each file's
    name in its folder: an edited, added, removed or reordered file changes it; moving a rule folder
    elsewhere does not, nor do its files' line ends or a byte order mark (`rule_text_digest`: a
    Windows checkout of the same rules records the same digest)."""
    from .normalize.typos import shipped_rules_dir  # (here: typos imports this module)

    folders = ([shipped_rules_dir()] if options.default_rules else []) + [Path(d) for d in options.rule_dirs]
    digest = hashlib.sha256()
    for index, folder in enumerate(folders):
        for path in _rule_folder_files(folder, shipped=options.default_rules and index == 0):
            try:
                content = rule_text_digest(path)
            except OSError as exc:  # the pages fail on it too; the record says it could not be read
                content = f"unreadable: {exc.strerror}"
            name = path.name if path == folder else path.relative_to(folder).as_posix()
            digest.update(f"{index}\0{name}\0{content}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


__all__ = ["TRUST_AFTER_NS", "content_key", "file_digest", "rule_text_digest", "rules_digest"]
