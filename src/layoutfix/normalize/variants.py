"""Optional variant / traditional-simplified conversion with OpenCC, recorded as edits.

OpenCC converts whole phrases (乾燥 -> 干燥, 軟體 -> 软件 with `tw2sp`), so a change is not always one
character. We convert one line at a time (offsets stay local, newlines and block separators are never
seen by OpenCC) and let `rapidfuzz` align each line before and after: every run of changed characters
becomes one `variant` edit named `variant.<config>`.

OpenCC is not idempotent for every config: simplified-to-traditional configs (`s2t`, `s2tw`, `s2hk`...)
sometimes convert their own output again, because the traditional text segments into different
phrases (征讨 -> 征討 -> 徵討). A normaliser must be stable when the pipeline runs it twice, so each line
is converted until it stops changing (OpenCC settles within three passes in our measurements). The
price: on such lines the result is the fixed point, which can be one conversion further than a single
OpenCC pass (徵討 where one pass gives 征討). `t2s` and the other *2s configs were stable in one pass.
"""

from __future__ import annotations

from collections.abc import Callable

import opencc
import regex
from rapidfuzz.distance import Levenshtein

from ..errors import LayoutfixError
from ..hanscript import opencc_converter
from ..tracked import Change, TrackedText

#: Upper bound on conversion passes per line (see the module docstring).
_MAX_PASSES = 5
_HAN = regex.compile(r"\p{Han}")


def available_configs() -> list[str]:
    """The OpenCC configs shipped with the installed `opencc` package, without `.json`."""
    return sorted(name.removesuffix(".json") for name in opencc.CONFIGS)


def _config_name(config: str) -> str:
    """`config` as a shipped config stem (`t2s`, `s2twp`...), or a `LayoutfixError`."""
    name = config.strip().lower().removesuffix(".json")
    valid = available_configs()
    if name not in valid:
        raise LayoutfixError(
            f"unknown OpenCC config {config!r}; valid configs are: {', '.join(valid)}"
        )
    return name


def _convert_stable(cc: opencc.OpenCC, line: str) -> str:
    """Convert `line` until OpenCC no longer changes it (at most `_MAX_PASSES` times)."""
    current = line
    for _ in range(_MAX_PASSES):
        converted = cc.convert(current)
        if converted == current:
            break
        current = converted
    return current


def _changed_runs(before: str, after: str) -> list[tuple[int, int, str]]:
    """Minimal (start, end, replacement) runs turning `before` into `after`, by Levenshtein alignment.

    Adjacent non-equal opcodes are merged, so a converted phrase is one run.
    """
    runs: list[tuple[int, int, str]] = []
    for op in Levenshtein.opcodes(before, after):
        if op.tag == "equal":
            continue
        replacement = after[op.dest_start : op.dest_end]
        if runs and runs[-1][1] == op.src_start:
            start, _end, text = runs[-1]
            runs[-1] = (start, op.src_end, text + replacement)
        else:
            runs.append((op.src_start, op.src_end, replacement))
    return runs


def convert_text(t: TrackedText, config: str) -> TrackedText:
    """Convert `t` with OpenCC config `config`, one line at a time, recording each changed run."""
    name = _config_name(config)
    cc = opencc_converter(name)
    rule = f"variant.{name}"
    changes: list[Change] = []
    offset = 0
    for line in t.text.split("\n"):
        if _HAN.search(line):
            converted = _convert_stable(cc, line)
            if converted != line:
                changes.extend(
                    Change(offset + start, offset + end, after, rule, "variant")
                    for start, end, after in _changed_runs(line, converted)
                )
        offset += len(line) + 1
    return t.apply(changes)


def converter(config: str) -> Callable[[TrackedText], TrackedText]:
    """A normaliser step converting with OpenCC config `config` (`t2s`, `s2t`, `tw2sp`...).

    The config is checked here, so a wrong name fails before any text is read.
    """
    name = _config_name(config)
    opencc_converter(name)  # built here, before any text is read

    def step(t: TrackedText) -> TrackedText:
        return convert_text(t, name)

    step.__name__ = f"variants_{name}"
    return step
