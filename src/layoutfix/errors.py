"""Exceptions raised by layoutfix.

Library code never prints or exits; it raises a `LayoutfixError` subclass whose message is one clear
line naming the file (and position where it helps). The CLI turns each into an exit code.
"""

from __future__ import annotations

from typing import Any


class LayoutfixError(Exception):
    """Base class for every error layoutfix reports to a user."""

    exit_code: int = 1

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the message and the fields, never by calling `__init__` again, so every subclass
        crosses to and from worker processes (`ProcessPoolExecutor`, `multiprocessing.Pool`, Dask) with
        its fields, whatever its constructor takes. Python's default rebuilds an exception by calling
        its class with `args` (the message alone), which fails for a constructor of other arguments
        (`SeveralPagesError(name, count)`): the pool then broke, failing the good pages with it, or
        waited forever for the result."""
        return _rebuilt, (type(self), self.args), self.__dict__ or None


class InputError(LayoutfixError):
    """The input cannot be read: missing, binary, undecodable, malformed."""

    exit_code = 3


class InputTypeError(InputError, TypeError):
    """An argument of a type the entry point does not take (`convert(None)`, `convert_issue(42)`): an
    `InputError` like any bad input, and a `TypeError`, which is what Python raises for such a slip,
    so either `except` catches it."""


class NotAPageError(InputError):
    """The file is readable but of no page format layoutfix reads: XML with another root (METS, ABBYY),
    JSON of no OCR or layout shape (a delivery's `metadata.json`), HTML without `ocr_page`. Named
    alone it is an error like any bad input; found in a folder of pages it is a file delivered beside
    them, which folder runs skip with a warning instead of failing on it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


class RuleError(LayoutfixError):
    """A rule file is malformed or a rule's own examples fail."""

    exit_code = 4


class EditLogError(LayoutfixError):
    """An edit log does not fit the text it is applied to."""

    exit_code = 5


def _rebuilt(cls: type[LayoutfixError], args: tuple[Any, ...]) -> LayoutfixError:
    """An error of class `cls` holding `args`, made without its `__init__` (see
    `LayoutfixError.__reduce__`); pickle then restores its fields."""
    return cls.__new__(cls, *args)


def printable(text: str) -> str:
    """`text` with the bytes of a file name that is not UTF-8 (which Python keeps as lone surrogates,
    and no UTF-8 writer accepts) shown as `\\xNN`, as `ls -b` does: `bad\\xe9.txt`."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")
