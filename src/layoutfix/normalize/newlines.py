"""Line endings: Windows `\\r\\n` and old Mac `\\r` become `\\n`, as recorded edits.

OCR exports made on Windows (ABBYY FineReader's TXT, vendors' batch tools, files saved by Notepad)
end their lines with `\\r\\n`, old Mac tools with a lone `\\r`. Every later normaliser, the labels and
the exporters know `\\n` as the only line break: a block separator, a headline's single line, a
paragraph's line, a quote pairing's block are all found by `\\n`. So this runs first and the rest of
the pipeline sees one kind of line break, instead of every pattern learning three (and every future
pattern having to remember them).

The change is an edit like any other (rule `unicode.newline`, kind `unicode`: a carriage return is a
control character): `\\r\\n` loses its `\\r`, a lone `\\r` becomes `\\n`. One edit per line ending
keeps each edit on one line, where a reviewer reads it, and the edit log still gives the CRLF
original back byte for byte (`layoutfix edits undo`). Text without `\\r` (nearly all of it) costs one
substring test.
"""

from __future__ import annotations

import re

from ..tracked import Change, TrackedText

RULE = "unicode.newline"
#: A carriage return and, when it ends a Windows line, the line feed after it.
_CR = re.compile(r"\r\n?")


def _unix_ending(ending: str) -> str:
    """What stands for the line ending `ending` (`\\r\\n` or `\\r`) once it is made `\\n`: the edit
    itself is the smallest one, the `\\r` deleted or replaced."""
    return "" if ending == "\r\n" else "\n"


def fix_line_endings(t: TrackedText) -> TrackedText:
    """Make every line ending of `t` a `\\n`: one `unicode.newline` edit per `\\r`, which a `\\r\\n`
    loses and a lone `\\r` has replaced by `\\n`."""
    text = t.text
    if "\r" not in text:
        return t
    return t.apply(
        Change(m.start(), m.start() + 1, _unix_ending(m.group()), RULE, "unicode") for m in _CR.finditer(text)
    )
