"""The TEI writer's per-page shortcuts against the plain way of writing the same thing."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from layoutfix.export import tei
from layoutfix.model import Document, Edit

_KINDS = ("typo", "variant", *tei.SILENT_KINDS)


def _plain_header(doc: Document, counts: Counter[str]) -> etree._Element:
    """The header written the plain way: every edit-count paragraph and `@xml:lang` set on a copy of
    the template, whatever the template already holds."""
    root = tei._new_root(doc, counts)
    root.set(tei._XML_LANG, doc.lang)
    decl = root[0][1][1]
    decl[0][0].text = tei._correction_text(counts["typo"], counts["variant"])
    for p, kind in zip(decl[1], tei.SILENT_KINDS, strict=True):
        p.text = f"{tei._KIND_DESCRIPTION[kind]}: {counts[kind]} edits."
    return root


@settings(max_examples=300, deadline=None)
@given(
    counts=st.dictionaries(st.sampled_from(_KINDS), st.integers(0, 3)),
    lang=st.sampled_from(("zh-Hans", "zh-Hant")),
    min_conf=st.none() | st.sampled_from((0.5, 0.95)),
    counted=st.booleans(),
)
def test_header_from_template_equals_every_paragraph_written(
    counts: dict[str, int], lang: str, min_conf: float | None, counted: bool
) -> None:
    edits = [
        Edit(i, i + 1, "a", "b", (f"{kind}.x",), kind)  # type: ignore[arg-type]
        for i, kind in enumerate(k for k, n in sorted(counts.items()) for _ in range(n))
    ]
    doc = Document([], [], edits, source="p.txt", lang=lang, min_conf=min_conf)
    tally = Counter(e.kind for e in edits)
    fast = tei._new_root(doc, tally if counted else None)
    assert etree.tostring(fast) == etree.tostring(_plain_header(doc, tally))
