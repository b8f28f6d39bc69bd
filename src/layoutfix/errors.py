"""Exceptions raised by layoutfix.

Library code never prints or exits; it raises a `LayoutfixError` subclass whose message is one clear
line naming the file (and position where it helps). The CLI turns each into an exit code.
"""

from __future__ import annotations


class LayoutfixError(Exception):
    """Base class for every error layoutfix reports to a user."""

    exit_code: int = 1


class InputError(LayoutfixError):
    """The input cannot be read: missing, binary, undecodable, malformed."""

    exit_code = 3


class NotAPageError(InputError):
    """The file is readable but of no page format layoutfix reads: XML with another root (METS, ABBYY),
    JSON of no OCR or layout shape (a delivery's `metadata.json`), HTML without `ocr_page`. Named
    alone it is an error like any bad input; found in a folder of pages it is a file delivered beside
    them, which folder runs skip with a warning instead of failing on it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason

    def __reduce__(self) -> tuple[type[NotAPageError], tuple[str, str]]:
        """Pickle by the constructor's arguments, so the error crosses to and from worker processes."""
        return type(self), (self.path, self.reason)


class RuleError(LayoutfixError):
    """A rule file is malformed or a rule's own examples fail."""

    exit_code = 4


class EditLogError(LayoutfixError):
    """An edit log does not fit the text it is applied to."""

    exit_code = 5


def printable(text: str) -> str:
    """`text` with the bytes of a file name that is not UTF-8 (which Python keeps as lone surrogates,
    and no UTF-8 writer accepts) shown as `\\xNN`, as `ls -b` does: `bad\\xe9.txt`."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")
