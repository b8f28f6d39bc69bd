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
