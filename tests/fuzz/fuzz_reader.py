"""atheris fuzz target: one reader (format forced), then build_document and TEI, must raise only InputError.

Run (not part of pytest; see README.md), naming the reader first:
    python tests/fuzz/fuzz_reader.py alto -atheris_runs=20000 /tmp/fuzz-corpus tests/bad_inputs/files
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from layoutfix.errors import InputError
    from layoutfix.pipeline import build_document, render
    from layoutfix.readers.detect import read_input

READERS = ("text", "hocr", "alto", "pagexml", "ocrjson", "layoutjson")


def one_input(fmt: str, data: bytes) -> None:
    """Read `data` as `fmt` and convert it to TEI; only an InputError may come out."""
    try:
        found = read_input(data, fmt, name="fuzz")
    except InputError:
        return
    content = found.text if found.format == "text" else (found.pages[0] if found.pages else None)
    if content is None:
        return
    render(build_document(content), "tei")


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in READERS:
        sys.exit(f"usage: fuzz_reader.py {{{','.join(READERS)}}} [libFuzzer options] [corpus dirs]")
    fmt = sys.argv.pop(1)
    atheris.Setup(sys.argv, lambda data: one_input(fmt, data))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
