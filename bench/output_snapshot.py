"""Output-identity guard for work that must not change what layoutfix writes (speed work, refactoring).

`python bench/output_snapshot.py write DIR` before the change, `python bench/output_snapshot.py check DIR`
after each step: converts every sample input in the repository (flat text, every coordinate format,
the test issues, the bad inputs and their error messages) under four option sets to TEI, txt and JSON
with the edit log, and writes (or compares) the results. `check` names every output that differs and
exits 1. About 10 s. Inputs are named relative to the repository root (which is made the working
directory), so a snapshot taken in one clone or worktree can be checked in another.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from layoutfix.errors import LayoutfixError
from layoutfix.issue import convert_issue
from layoutfix.model import Edit
from layoutfix.normalize.steps import NormalizeOptions
from layoutfix.pipeline import convert

ROOT = Path(__file__).resolve().parents[1]
inputs = [ROOT / "examples/seed-page.txt", ROOT / "bench/data/news.txt"]
inputs += sorted((ROOT / "tests/pages").glob("*.txt"))
inputs += sorted(p for p in (ROOT / "golden").glob("*/input.*") if p.is_file())
inputs += sorted((ROOT / "tests/fixtures/ocr").glob("p*.*"))
inputs += sorted((ROOT / "tests/fixtures/layoutjson").glob("*.json"))
inputs = [p.relative_to(ROOT) for p in inputs if "truth" not in p.name]
opts: dict[str, dict[str, Any]] = {
    "default": {},
    "variants": {"options": NormalizeOptions(variants="t2s", apply="low")},
    "suggest": {"options": NormalizeOptions(apply="medium", apply_suggestions="medium"), "min_conf": 0.8},
    "zones": {"line_zones": True, "min_conf": 0.95, "paper": "某报", "date": "1999-01-02", "page": 3},
}



def edits_json(edits: Sequence[Edit]) -> str:
    """The edit log as one JSON text."""
    return json.dumps([asdict(e) for e in edits], ensure_ascii=False, default=str)


def outputs() -> Iterator[tuple[str, str]]:
    """(name, output) for every input, option set and format."""
    for path in inputs:
        for oname, kw in opts.items():
            for fmt in ("tei", "txt", "json"):
                key = f"{path}|{oname}|{fmt}".replace("/", "__")
                try:
                    r = convert(path, fmt=fmt, **kw)
                    yield key, r.output + "\n--edits--\n" + edits_json(r.edits)
                except LayoutfixError as exc:
                    yield key, f"ERROR {type(exc).__name__}: {exc}"
    for issue in sorted(Path("tests/issues").iterdir()):
        pages = sorted(p for p in issue.iterdir() if p.is_file())
        for fmt in ("tei", "json"):
            key = f"issue__{issue.name}|{fmt}"
            try:
                r = convert_issue(pages, fmt=fmt)
                yield key, r.output + "\n--edits--\n" + edits_json(r.edits)
            except LayoutfixError as exc:
                yield key, f"ERROR {type(exc).__name__}: {exc}"
    for bad in sorted(Path("tests/bad_inputs/files").iterdir()):
        key = f"bad__{bad.name}"
        try:
            r = convert(bad)
            yield key, r.output
        except LayoutfixError as exc:
            yield key, f"ERROR {type(exc).__name__}: {exc}"
        except Exception as exc:  # a crash is an output to compare too
            yield key, f"CRASH {type(exc).__name__}: {exc}"


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "check"):
        sys.exit("usage: python bench/output_snapshot.py write|check DIR")
    mode, d = sys.argv[1], Path(sys.argv[2]).resolve()
    os.chdir(ROOT)
    d.mkdir(parents=True, exist_ok=True)
    bad = n = 0
    for key, text in outputs():
        n += 1
        f = d / (key + ".out")
        if mode == "write":
            f.write_text(text, encoding="utf-8")
        else:
            old = f.read_text(encoding="utf-8") if f.exists() else None
            if old != text:
                bad += 1
                print("DIFFERS:", key)
    print(f"{n} outputs, {bad} differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
