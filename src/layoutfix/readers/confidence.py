"""One file's OCR confidences: their scale (0..1 or percent) and the values no scale allows.

ALTO `WC` and PAGE-XML `@conf` are 0..1 by their specs, hOCR `x_wconf` 0..100, but producers write
percent where 0..1 is due, and a few write numbers outside both scales. Each reader keeps one
`Confidences` per file: a value read as percent makes the whole file percent (read by the ALTO and
PAGE readers), and a value below 0 or above 100 is left out (the word or line read without a
confidence) and reported in one warning line for the file (on its first page's `Page.warnings`), so
a word is never flagged, or hidden from the low-confidence list, by a number that is no confidence
(docs/readers.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Page, Word

#: Highest confidence on the percent scale (hOCR's own, and what some ALTO/PAGE producers write).
PERCENT_MAX = 100.0

#: The scales a 0..1 format's values may be written in, for the warning.
FRACTION_OR_PERCENT = "0 to 1, or 0 to 100 in a file of percent"


@dataclass(slots=True)
class Confidences:
    """What one file's confidences tell about their scale, and the ones no scale allows."""

    #: How the warning names the value (`String@WC`, `x_wconf`, `TextEquiv@conf`).
    attribute: str
    #: The scales the warning says the format allows.
    scales: str = FRACTION_OR_PERCENT
    #: A value above 1 (and at most 100) was seen: a 0..1 format's file is written in percent.
    percent: bool = False
    #: (source line, value) of each confidence ignored, in file order.
    bad: list[tuple[object, str]] = field(default_factory=list)

    def kept(self, value: float, line: object) -> float | None:
        """`value` when it is a confidence on either scale (noting a percent one), else None (noted
        with its source `line` for the warning)."""
        if 0.0 <= value <= PERCENT_MAX:
            self.percent = self.percent or value > 1.0
            return value
        self.bad.append((line, f"{value:g}"))
        return None

    def checked(self, words: list[Word], confs: list[float], line: object) -> list[float]:
        """`confs` (the known confidences of `words`, in order) without the values outside 0..100,
        whose words' confidence is set to None; a value above 1 makes the file's scale percent."""
        kept: list[float] = []
        for word in words:
            if word.conf is None:
                continue
            word.conf = self.kept(word.conf, line)
            if word.conf is not None:
                kept.append(word.conf)
        return kept

    def warn(self, pages: list[Page], name: str) -> None:
        """One warning line for the file's ignored confidences, if any, on its first page: a library
        call never prints; the CLI prints `Document.warnings` and `batch` counts them."""
        if self.bad and pages:
            line, raw = self.bad[0]
            more = f" ({len(self.bad)} in the file)" if len(self.bad) > 1 else ""
            pages[0].warnings.append(f"{name}: line {line}: {self.attribute} {raw!r:.40} is no "
                                     f"confidence ({self.scales}); ignored{more}")

    def settle(self, pages: list[Page], name: str) -> None:
        """The end of a 0..1 format's file: its warning, and its confidences as fractions when the
        file was written in percent."""
        self.warn(pages, name)
        if self.percent:
            as_fractions(pages)


def as_fractions(pages: list[Page]) -> None:
    """Divide every word's and line's confidence by 100 (a file whose confidences are percent)."""
    for page in pages:
        for block in page.blocks:
            for line in block.lines:
                if line.conf is not None:
                    line.conf /= PERCENT_MAX
                for word in line.words:
                    if word.conf is not None:
                        word.conf /= PERCENT_MAX
