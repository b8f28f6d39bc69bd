"""atheris fuzz target: the pagexml reader, then build_document and TEI, must raise only InputError.

Run (not part of pytest; see README.md):
    python tests/fuzz/fuzz_pagexml.py -atheris_runs=20000 /tmp/fuzz-corpus tests/bad_inputs/files
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from layoutfix.errors import InputError
    from layoutfix.pipeline import build_document, render
    from layoutfix.readers.detect import read_input


def test_one_input(data: bytes) -> None:
    try:
        found = read_input(data, "pagexml", name="fuzz")
    except InputError:
        return
    content = found.text if found.format == "text" else (found.pages[0] if found.pages else None)
    if content is None:
        return
    render(build_document(content), "tei")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
