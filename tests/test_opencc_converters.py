"""One OpenCC converter per config per process, whichever step asks for it.

The labels' simplified view and a `--variants t2s` step both convert with t2s; the typo rules'
traditional forms and `--variants s2t` both with s2t. Each converter reads its dictionaries when it
is built, so a run builds each config once (`hanscript.opencc_converter`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest

from layoutfix import hanscript
from layoutfix.normalize import NormalizeOptions
from layoutfix.pipeline import build_document

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """The configs of the OpenCC converters built while the test runs, counted from a fresh process
    state (no converter built yet); the test's converters are dropped afterwards."""
    configs: Counter[str] = Counter()

    class Counting(opencc.OpenCC):
        def __init__(self, config: str = "t2s") -> None:
            configs[config] += 1
            super().__init__(config)

    monkeypatch.setattr(opencc, "OpenCC", Counting)
    hanscript.opencc_converter.cache_clear()
    yield configs
    hanscript.opencc_converter.cache_clear()


@pytest.mark.parametrize("variants", ["t2s", "s2t"])
def test_a_variants_run_builds_each_converter_once(variants: str, built: Counter[str]) -> None:
    text = (ROOT / "examples/seed-page.txt").read_text(encoding="utf-8")
    doc = build_document(text, options=NormalizeOptions(variants=variants))
    assert doc.lang == ("zh-Hans" if variants == "t2s" else "zh-Hant")
    # t2s for the labels' view, the variants config, and s2t for the typo rules' traditional forms
    # unless this process loaded the rules before: each built once at most.
    assert built["t2s"] == built[variants] == 1
    assert max(built.values()) == 1
