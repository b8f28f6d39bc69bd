"""Simplified and traditional characters: the OpenCC converters, and a cheap test for simplified text.

Shared by the layout rules and the normalisers (it imports neither, so both can import it): one
converter per OpenCC config per process, whoever asks for it (the labels' simplified view and a
`--variants t2s` step both use t2s; the typo rules' traditional forms and `--variants s2t` both use
s2t), and the test that tells whether a piece of a page may be printed in traditional characters
before paying for a conversion.
"""

from __future__ import annotations

from functools import cache

import opencc


@cache
def opencc_converter(config: str) -> opencc.OpenCC:
    """The process's OpenCC converter for `config` (`t2s`, `s2t`, `tw2sp`...: a shipped config's stem).

    Built on first use: building one reads its dictionaries (s2t about 110 ms and 27 MB the first
    time in a process, t2s about 12 ms), and a second converter of the same config costs again.
    """
    return opencc.OpenCC(config)


def in_simplified_charset(text: str) -> bool:
    """Whether `text` is written in GB 2312, the simplified character set.

    Such text holds none of the characters OpenCC t2s changes but 16 (乾, 於, 後, 徵..., which it
    converts by phrase), so a rule written with simplified literals reads it as written: the quick
    answer for the usual, simplified page, where a conversion would change nothing. Any other text
    (traditional characters, or rare ones outside GB 2312) has to be converted to be sure.
    """
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


class _SimplifiedChars(dict[str, bool]):
    """`in_simplified_charset` of one character, asked of the codec once per character."""

    def __missing__(self, char: str) -> bool:
        self[char] = found = in_simplified_charset(char)
        return found


_SIMPLIFIED_CHARS = _SimplifiedChars()


def is_simplified_char(char: str) -> bool:
    """`in_simplified_charset(char)` for one character, remembered: the spacing step and the labels ask
    it of a character beside most space runs and at the start of every block, where the codec's
    own call would cost ten times the look-up."""
    return _SIMPLIFIED_CHARS[char]
