"""Convert a folder of pages at archive scale: in parallel processes, resumable, one report.

`run_batch(in_dir, out_dir, config)` finds every page under `in_dir`, converts each with the public
`layoutfix.convert`, and writes the output under `out_dir` at the same relative path. Why it is built
this way:

- Pages are independent, so the work is a chunked map over worker processes (`ProcessPoolExecutor`);
  each worker loads the rules and jieba's dictionary once, in its initialiser, not once per page.
- One bad page never stops a run: its error is recorded in the report and the run goes on; the caller
  (the CLI) exits non-zero at the end when anything failed.
- Outputs are written to a temporary file in the target folder and renamed over the target
  (`os.replace` is atomic on one file system), so an interrupted run leaves complete files or none.
  `resume` therefore only has to skip outputs that exist and are newer than their input, and that were
  made under the settings of this run (see "Settings" below).
- The per-page result is a small picklable record (counts, not documents), so the parent's memory does
  not grow with the number of pages beyond one record each.

The same `convert_job` runs on a Dask cluster (see `layoutfix.distributed`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import multiprocessing
import os
import re
import signal
import threading
import time
import traceback
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, Literal

from .atomic import write_atomic
from .contentkey import rules_digest
from .errors import InputError, LayoutfixError, NotAPageError, printable
from .model import CERT_LEVELS
from .normalize import NormalizeOptions
from .readers.detect import PAGE_SUFFIXES, page_names, unreadable
from .readers.limits import limits, max_blocks, max_bytes, reading_through_loop, resolved, set_limits

#: Input files a batch picks up: the page files of `readers.detect` (flat text, hOCR, ALTO, PAGE-XML,
#: RapidOCR/PaddleOCR JSON), the same an issue folder is read for.
INPUT_SUFFIXES: tuple[str, ...] = PAGE_SUFFIXES
#: Output file suffix per format: the input's stem plus this.
OUTPUT_SUFFIXES: dict[str, str] = {"tei": ".tei.xml", "txt": ".txt", "json": ".json"}

#: A job's outcome: converted, skipped as up to date (`resume`), failed, or passed over as no page at
#: all (a METS, metadata JSON or index.html delivered beside the pages; with `issues`, a folder of
#: such files only), which is no failure.
Status = Literal["ok", "skipped", "failed", "not_a_page"]


@dataclass(frozen=True)
class BatchConfig:
    """What every page of a batch gets: output format, normalisation options, paper, resume, and the
    confidence below which words of a coordinate input are flagged (`convert(min_conf=)`)."""

    fmt: str = "tei"
    options: NormalizeOptions = field(default_factory=NormalizeOptions)
    paper: str | None = None
    resume: bool = False
    min_conf: float | None = None
    #: Each folder holding page files is one issue (`layoutfix.issue.convert_issue`), one output each.
    issues: bool = False
    #: Also write each page's review report (`<stem>.review.html`, see export/html.py) beside its output.
    review: bool = False
    #: Also write each page's edit log (`<stem>.edits.jsonl`, as `convert --edits`) beside its output,
    #: so every change of the batch can be reviewed and undone (`layoutfix edits apply|undo`).
    edits: bool = False
    #: Also write the text each page's edit log points into (`<stem>.page.txt`; for an issue a folder
    #: `<stem>.pages/` with `<page file name>.txt` per page), as `convert --page-text` does: for a
    #: coordinate input that is the page laid out as text, which `edits apply|undo` need.
    page_text: bool = False
    #: Read every page as this format (`txt`, `hocr`, `alto`, ...; `convert(input_format=)`, the CLI's
    #: `--from`) instead of detecting it: a flat-text page opening with `<?xml …?>` is no page otherwise.
    input_format: str | None = None
    #: Set by the run, not the caller: the time (ns, the output folder's clock) since which outputs are
    #: known to be made under this run's settings (`prepare_out_dir`); `resume` keeps no older output.
    settings_since_ns: int | None = None
    #: Set by the run, not the caller: the figures record (`OUT_DIR/FIGURES_FILE`) each page's figures
    #: are appended to by whichever process writes its output, before the output takes its name
    #: (`convert_job`), so a run killed at any moment leaves no output without them. None: none kept.
    figures_file: Path | None = None

    def __post_init__(self) -> None:
        """Refuse a paper name no header should carry (`pipeline.check_paper`) when the run is set up,
        as `convert` refuses it, not as a failure of every page after OUT_DIR was prepared."""
        if self.paper is not None:
            from .pipeline import check_paper

            check_paper(self.paper)


@dataclass(frozen=True, slots=True)
class Job:
    """One page to convert: where it is read from and where its output goes."""

    source: Path
    target: Path
    #: The run's input folder, for a page file: its outputs record the page by its path relative to
    #: it (`1950-01-01/p1.alto.xml`), as base names repeat across issue folders. None: by file name.
    in_dir: Path | None = None
    #: Why the job cannot be done at all, found by the walk (a folder it cannot list: `source` is the
    #: folder): the job fails with this message, in `convert`'s words, so no page is left out unsaid.
    error: str | None = None


@dataclass(slots=True)
class PageResult:
    """What one page contributed to a batch: its status and counts, never the document itself."""

    source: str
    target: str
    status: Status
    seconds: float = 0.0
    articles: int = 0
    edits_by_kind: dict[str, int] = field(default_factory=dict)
    edits_by_rule: dict[str, int] = field(default_factory=dict)
    suggestions: int = 0
    warnings: list[str] = field(default_factory=list)
    #: Edits per certainty (every level, zeros too); None: not known (figures an earlier layoutfix
    #: recorded for an up-to-date page, which did not count them).
    edits_by_cert: dict[str, int] | None = None
    #: A failed page's error, its class first (`InputError: scans/p3.txt: ...`), as the report keeps it.
    error: str | None = None
    #: A failed page's error in the words `convert` uses for the file (`scans/p3.txt: ...`, the line
    #: after `layoutfix: error: `), for the FAILED lines; None: the same as `error`.
    message: str | None = None
    #: The output's (modification time ns, size) as the worker left it (converted) or found it
    #: (skipped): ties the figures recorded for an output to that very file (see `PageFigures`).
    stamp: tuple[int, int] | None = None
    #: The stamp of the output whose figures the process that wrote it recorded
    #: (`BatchConfig.figures_file`); the batch records the page itself when this is not `stamp`.
    recorded_stamp: tuple[int, int] | None = None
    #: A folder the walk could not list (`Job.error`): a failure, but no page (or issue) of the run, so
    #: not counted in the report's `pages` (`BatchReport.unread_folders`).
    unread_folder: bool = False
    #: The files passed over as no page (source, reason): the job's own file ("not_a_page"), or the
    #: files of an issue folder beside its pages.
    not_pages: list[dict[str, str]] = field(default_factory=list)


@dataclass
class BatchReport:
    """Totals of a batch run, for the JSON report and the summary on stderr."""

    in_dir: str
    out_dir: str
    fmt: str
    jobs: int
    #: What one job is: "pages", or "issues" with `BatchConfig.issues`.
    unit: str = "pages"
    pages: int = 0
    converted: int = 0
    skipped: int = 0
    articles: int = 0
    edits_by_kind: Counter[str] = field(default_factory=Counter)
    edits_by_rule: Counter[str] = field(default_factory=Counter)
    suggestions: int = 0
    warnings: list[dict[str, str]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)
    #: Folders the walk could not list: in `failures`, but no pages, so neither in `pages` nor `failed`.
    unread_folders: int = 0
    #: Sources of up-to-date (skipped) pages whose figures were not recorded: left out of the totals.
    unrecorded: list[str] = field(default_factory=list)
    #: Jobs passed over as no page (status "not_a_page"), and every file so passed over (source,
    #: reason), also those of an issue folder whose pages were converted.
    not_a_page: int = 0
    not_pages: list[dict[str, str]] = field(default_factory=list)
    #: Outputs in OUT_DIR, of the run's format, that no input of this run maps to (`stale_outputs`):
    #: left by an input since removed or renamed, or by a page whose output name changed.
    stale_outputs: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: Edits per certainty, of the pages whose figures count them (see `PageResult.edits_by_cert`).
    edits_by_cert: Counter[str] = field(default_factory=Counter)
    #: The figures of each converted or up-to-date page counted (`page_entry`), so a reviewer can rank
    #: the pages by their uncertain edits rather than read the totals only.
    per_page: list[dict[str, Any]] = field(default_factory=list)
    #: The run's settings as `OUT_DIR/.layoutfix-batch.json` records them (`run_settings`: versions,
    #: options, rules SHA-256), with the `--rules` folders and files as given (`rules-given`).
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        """Failed pages (or issues): `failures` less the folders that could not be read."""
        return len(self.failures) - self.unread_folders

    @property
    def edits(self) -> int:
        return sum(self.edits_by_kind.values())

    @property
    def pages_per_second(self) -> float:
        return self.converted / self.seconds if self.seconds > 0 else 0.0

    def add(self, result: PageResult, recorded: PageResult | None = None) -> None:
        """Count one page's result. A skipped (up-to-date) page counts with the figures `recorded` when
        it was converted (its articles, edits, warnings), so the totals cover every page in OUT_DIR;
        without them it is listed in `unrecorded`. A folder that could not be read is a failure but
        no page (`unread_folders`)."""
        if result.unread_folder:
            self.unread_folders += 1
            self._add_failure(result)
            return
        self.pages += 1
        self.not_pages.extend(result.not_pages)
        if result.status == "not_a_page":
            self.not_a_page += 1
            return
        if result.status == "skipped":
            self.skipped += 1
            if recorded is None:
                self.unrecorded.append(result.source)
                return
            result = dataclasses.replace(recorded, source=result.source)
        elif result.status == "failed":
            self._add_failure(result)
            return
        else:
            self.converted += 1
        for w in result.warnings:
            self.warnings.append({"source": result.source, "warning": w})
        self.articles += result.articles
        self.edits_by_kind.update(result.edits_by_kind)
        self.edits_by_rule.update(result.edits_by_rule)
        self.edits_by_cert.update(result.edits_by_cert or {})
        self.suggestions += result.suggestions
        self.per_page.append(page_entry(result, "skipped" if recorded is not None else "converted"))

    def _add_failure(self, result: PageResult) -> None:
        error = result.error or "unknown error"
        self.failures.append({"source": result.source, "error": error, "message": result.message or error})

    def sorted_warnings(self) -> list[dict[str, str]]:
        """The warnings by source, then message: not the order in which pages happened to finish, so two
        runs over one corpus give reports that diff cleanly."""
        return sorted(self.warnings, key=lambda w: (w["source"], w["warning"]))

    def sorted_failures(self) -> list[dict[str, str]]:
        """The failures by source, then error (see `sorted_warnings`)."""
        return sorted(self.failures, key=lambda f: (f["source"], f["error"]))

    def sort(self) -> None:
        """Put `warnings`, `failures` and `unrecorded` themselves in order (done when a run ends)."""
        self.warnings, self.failures = self.sorted_warnings(), self.sorted_failures()
        self.unrecorded.sort()
        self.not_pages.sort(key=lambda n: (n["source"], n["reason"]))

    def to_json(self) -> dict[str, Any]:
        """The report as a JSON-ready dict (rules sorted by count, most frequent first). File names that
        are not UTF-8 are shown with `\\xNN` escapes, so the report can be written as UTF-8. Warnings and
        failures are sorted (see `sorted_warnings`)."""
        return {
            "in_dir": printable(self.in_dir),
            "out_dir": printable(self.out_dir),
            "format": self.fmt,
            "jobs": self.jobs,
            "unit": self.unit,
            "pages": self.pages,
            "converted": self.converted,
            "skipped": self.skipped,
            "failed": self.failed,
            "unread_folders": self.unread_folders,
            "articles": self.articles,
            "edits": self.edits,
            "edits_by_kind": dict(by_count(self.edits_by_kind)),
            "edits_by_rule": dict(by_count(self.edits_by_rule)),
            "suggestions": self.suggestions,
            "warnings": [{k: printable(v) for k, v in w.items()} for w in self.sorted_warnings()],
            "failures": [{k: printable(v) for k, v in f.items()} for f in self.sorted_failures()],
            "unrecorded": [printable(source) for source in sorted(self.unrecorded)],
            "not_a_page": self.not_a_page,
            "not_pages": [{k: printable(v) for k, v in n.items()}
                          for n in sorted(self.not_pages, key=lambda n: (n["source"], n["reason"]))],
            "stale_outputs": [printable(path) for path in sorted(self.stale_outputs)],
            "seconds": round(self.seconds, 3),
            "pages_per_second": round(self.pages_per_second, 2),
            "edits_by_cert": {cert: self.edits_by_cert[cert] for cert in CERT_LEVELS},
            "per_page": [{**entry, "source": printable(entry["source"])}
                         for entry in sorted(self.per_page, key=lambda e: e["source"])],
            "settings": self.settings,
        }

    def _time_line(self) -> str:
        """The run's time and rate; a run that converted nothing because every page was up to date says
        so, instead of a rate of 0.0 that reads as a stall."""
        if self.skipped and not self.converted and not self.failures:
            return f"time {self.seconds:.1f} s, all up to date ({self.skipped} {self.unit} skipped)"
        return (f"time {self.seconds:.1f} s, {self.pages_per_second:.1f} {self.unit}/s with {self.jobs} "
                "process(es)")

    def summary(self, top: int = 8) -> list[str]:
        """A one-screen summary: totals, the most frequent kinds and rules, the first failures (by source,
        then error)."""
        lines = [
            f"{self.unit} {self.pages}: {self.converted} converted, {self.skipped} skipped (up to date), "
            f"{self.failed} failed" + (f", {self.not_a_page} not a page" if self.not_a_page else "")
            + (f"; {self.unread_folders} folder(s) could not be read (FAILED below)" if self.unread_folders
               else ""),
            f"articles {self.articles}, edits {self.edits}, suggestions applied {self.suggestions}, "
            f"warnings {len(self.warnings)}" + (" (converted and up-to-date pages)" if self.skipped else ""),
            self._time_line(),
        ]
        if self.not_pages:
            lines.append(f"{len(self.not_pages)} file(s) passed over as not pages (METS, metadata, ...): "
                         "see the report's not_pages")
        if self.stale_outputs:
            lines.append(f"{len(self.stale_outputs)} output(s) in OUT_DIR made by no input of this run, left "
                         "in place: see the report's stale_outputs")
        if self.unrecorded:
            lines.append(f"{len(self.unrecorded)} up-to-date {self.unit} without recorded figures: not in "
                         "the totals (see the report's unrecorded)")
        if self.edits_by_kind:
            kinds = by_count(self.edits_by_kind)
            lines.append("edits by kind: " + ", ".join(f"{k} {n}" for k, n in kinds))
        if self.edits_by_rule:
            shown = by_count(self.edits_by_rule)[:top]
            more = len(self.edits_by_rule) - len(shown)
            lines.append("top rules: " + ", ".join(f"{r} {n}" for r, n in shown)
                         + (f" (+{more} more)" if more > 0 else ""))
        for f in self.sorted_failures()[:top]:
            lines.append(failure_line(f["source"], f["message"]))
        if len(self.failures) > top:
            lines.append(f"... and {len(self.failures) - top} more failures (see the report)")
        return lines


def page_entry(result: PageResult, status: str) -> dict[str, Any]:
    """One page's (or issue's) line of the report's `per_page`: its source, whether it was converted
    now or counted from the figures recorded when it was (`skipped`), its articles, edits, edits per
    certainty (None: not recorded) and per kind (most frequent first)."""
    by_cert = result.edits_by_cert
    return {
        "source": result.source,
        "status": status,
        "articles": result.articles,
        "edits": sum(result.edits_by_kind.values()),
        "by_cert": {cert: by_cert.get(cert, 0) for cert in CERT_LEVELS} if by_cert is not None else None,
        "by_kind": dict(by_count(Counter(result.edits_by_kind))),
    }


def new_report(in_dir: Path, out_dir: Path, config: BatchConfig, workers: int) -> BatchReport:
    """The empty report of a run (local or on Dask), with its settings (`BatchReport.settings`)."""
    unit = "issues" if config.issues else "pages"
    report = BatchReport(str(in_dir), str(out_dir), config.fmt, workers, unit)
    report.settings = {**run_settings(config),
                       "rules-given": [printable(str(d)) for d in config.options.rule_dirs]}
    return report


def failure_line(source: str, message: str) -> str:
    """A failed page as `batch` tells it on stderr: `FAILED` and the line `convert` gives for the file
    (`FAILED scans/p3.txt: looks like a binary file, ...`), its source named once: a message naming
    another file (a page of an issue folder) or none follows the source."""
    source, message = printable(source), printable(message)
    return f"FAILED {message}" if message.startswith(f"{source}: ") else f"FAILED {source}: {message}"


def by_count(counts: Counter[str]) -> list[tuple[str, int]]:
    """`counts` most frequent first, equal counts by name: `Counter.most_common` keeps ties in the order
    pages finished, so two runs over one corpus listed them differently."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def output_path(source: Path, in_dir: Path, out_dir: Path, fmt: str, *, full_name: bool = False) -> Path:
    """Where the output of `source` goes: the same relative folder under `out_dir`, the input's stem (or
    its full name, when two inputs of a folder share a stem) plus the format's suffix."""
    rel = source.relative_to(in_dir)
    return out_dir / rel.parent / ((source.name if full_name else source.stem) + OUTPUT_SUFFIXES[fmt])


def iter_jobs(
    in_dir: Path, out_dir: Path, fmt: str, *, issues: bool = False,
    warnings: list[dict[str, str]] | None = None, on_warning: Callable[[str], None] | None = None,
) -> Iterator[Job]:
    """Every input page under `in_dir`, one folder at a time (sorted; hidden files and folders and
    `out_dir` left out), so an archive of a million pages is walked without listing it in memory.

    `p1.txt` becomes `p1.tei.xml`; if a folder holds `p1.hocr` and `p1.xml`, they become
    `p1.hocr.tei.xml` and `p1.xml.tei.xml`, and a `p1.hocr.xml` beside them `p1.hocr.xml.tei.xml`: any
    page whose output by stem would be another's keeps its full name, so no output overwrites another.
    With `issues`, each folder holding page files is one job instead: `1953/05-12/` (its pages
    `p01.txt`, `p02.txt`, ...) becomes `1953/05-12.tei.xml`.

    A symbolic link to a folder outside `in_dir` is walked as a folder of `in_dir`; a link that leads
    back into `in_dir` or into `out_dir`, or to a folder walked already (a loop, or a second name for
    the same pages) is not followed, and appended to `warnings` (source, warning) and passed to
    `on_warning` as one line (`in/d/up: symbolic link to ..., walked already as in: not followed`) as the
    walk gets there.
    A page file that cannot be read (a broken link) is yielded like any other: its job fails.
    Raises `InputError` when `in_dir` is not a folder, is `out_dir`, or the format is unknown.
    """
    if fmt not in OUTPUT_SUFFIXES:
        raise InputError(f"unknown output format {fmt!r} (choose from {', '.join(OUTPUT_SUFFIXES)})")
    if not in_dir.is_dir():
        raise InputError(reading_through_loop(in_dir) or f"{in_dir}: not a folder")
    if same_folder(in_dir, out_dir):
        raise InputError(f"{out_dir}: OUT_DIR is IN_DIR; outputs would be read as pages (and txt outputs "
                         "would replace them): give another folder")
    return _walk(in_dir, out_dir, fmt, issues, warnings, on_warning)


def same_folder(in_dir: Path, out_dir: Path) -> bool:
    """Are the input and output folders one folder (a batch would write its outputs among its pages)?"""
    return resolved(in_dir) == resolved(out_dir)


def _nested_output(in_dir: Path, out_dir: Path) -> Path | None:
    """`out_dir` resolved when it lies inside `in_dir` (its outputs must not be read as pages), else
    None: an input folder inside the output folder is walked whole."""
    out_resolved, in_resolved = resolved(out_dir), resolved(in_dir)
    return out_resolved if out_resolved.is_relative_to(in_resolved) else None


#: What a page may write beside its output, in place of the output's format suffix (`review_path`,
#: `edits_path`, `page_text_path`): names are chosen against all of them, whichever a run asks for, so a
#: page's outputs keep their names from run to run.
BESIDE_SUFFIXES = (".review.html", ".edits.jsonl", ".page.txt")


def _full_names(names: Sequence[str], fmt: str) -> set[str]:
    """The names of a folder whose outputs must keep the full input name: each one whose output by stem,
    or a file written beside it, would be the same file as another page's (by stem or by full name), so
    no output is overwritten (`a.page.txt`'s text output is where `a.txt`'s page text goes)."""
    suffixes = (OUTPUT_SUFFIXES[fmt], *BESIDE_SUFFIXES)
    full: set[str] = set()
    while True:
        owners: defaultdict[str, set[str]] = defaultdict(set)
        for n in names:
            base = n if n in full else os.path.splitext(n)[0]
            for suffix in suffixes:
                owners[base + suffix].add(n)
        clash = {n for names_of in owners.values() if len(names_of) > 1 for n in names_of} - full
        if not clash:
            return full  # full names are unique in a folder, so this ends
        full |= clash


class _FolderGuard:
    """Which folders the walk enters: every real folder once; a symbolic link only to a folder outside
    both IN_DIR and OUT_DIR that was not walked yet (so no loop, no page converted twice, no output read
    as a page). Every folder not entered for that is one warning: in the report and, through
    `on_warning`, on stderr, as the walk's other warnings are."""

    def __init__(self, in_dir: Path, out_dir: Path, warnings: list[dict[str, str]] | None,
                 on_warning: Callable[[str], None] | None = None) -> None:
        self.in_root, self.out_root = resolved(in_dir), resolved(out_dir)
        self.walked: dict[Path, Path] = {self.in_root: in_dir}
        self.warnings = warnings
        self.on_warning = on_warning

    def _why_not(self, folder: Path, real: Path) -> str | None:
        link = folder.is_symlink()
        if real in self.walked:
            return f"{'symbolic link to ' if link else ''}{real}, walked already as {self.walked[real]}"
        if link and real.is_relative_to(self.in_root):
            return f"symbolic link to {real}, inside IN_DIR"
        if real.is_relative_to(self.out_root) and not real.is_relative_to(self.in_root):
            return f"{real} is inside OUT_DIR"  # reached through a link: our outputs are no pages
        return None

    def enter(self, folder: Path) -> bool:
        """Should the walk go into `folder` (a sub-folder the walk found)?"""
        real = resolved(folder)
        why = self._why_not(folder, real)
        if why is None:
            self.walked[real] = folder
            return True
        if self.warnings is not None:
            self.warnings.append({"source": str(folder), "warning": f"{why}: not followed"})
        if self.on_warning is not None:
            self.on_warning(printable(f"{folder}: {why}: not followed"))
        return False


def issue_output_path(folder: Path, in_dir: Path, out_dir: Path, fmt: str) -> Path:
    """Where the issue of `folder` goes with `--issues`: beside the folder's place in `out_dir`, named
    after the folder (IN_DIR itself after its real name: `scans/` gives `OUT_DIR/scans.tei.xml`)."""
    rel = folder.relative_to(in_dir)
    name = resolved(folder).name if rel == Path(".") else folder.name
    return out_dir / rel.parent / (name + OUTPUT_SUFFIXES[fmt])


class _IssueOutputs:
    """The outputs of the issues found so far, so that no two issues are written to one file.

    Folder names are unique within their parent, so only IN_DIR itself (named after its own name, one
    level up) can take the output of a folder: `scans/` holding pages and a folder `scans/scans/`
    holding pages would both become `OUT_DIR/scans.tei.xml`, the second overwriting the first. There
    is no name for either that a reader of OUT_DIR would expect, so it is an error before any page is
    converted (`count_pages` walks the tree first). One path per issue is kept, not one per page."""

    def __init__(self) -> None:
        self.sources: dict[Path, Path] = {}

    def claim(self, job: Job) -> Job:
        """`job`, once its output is known to be no other issue's; raises `InputError` otherwise."""
        first = self.sources.setdefault(job.target, job.source)
        if first != job.source:
            raise InputError(f"--issues: the issues {printable(str(first))} and {printable(str(job.source))} "
                             f"would both be written to {printable(str(job.target))}: move the pages of "
                             "one into a folder of another name")
        return job


#: Folders a file system or an operating system keeps at a disk's root, never pages of an archive:
#: a user other than root cannot list ext4's `lost+found`, so a batch over a mounted disk would fail
#: every run on it (`cannot read the folder`) if it were read.
SYSTEM_FOLDERS = frozenset({"lost+found", "System Volume Information", "$RECYCLE.BIN"})


def _walk(
    in_dir: Path, out_dir: Path, fmt: str, issues: bool = False,
    warnings: list[dict[str, str]] | None = None, on_warning: Callable[[str], None] | None = None,
) -> Iterator[Job]:
    nested_output = _nested_output(in_dir, out_dir)
    guard = _FolderGuard(in_dir, out_dir, warnings, on_warning)
    issues_seen = _IssueOutputs()
    unlisted: list[OSError] = []  # folders os.walk could not list, as it met them
    for folder, dirs, files in os.walk(in_dir, followlinks=True, onerror=unlisted.append):
        yield from _unlisted_jobs(unlisted, in_dir, out_dir, fmt, issues)
        here = Path(folder)
        if nested_output is not None and resolved(here).is_relative_to(nested_output):
            dirs.clear()  # an output folder inside the input folder: never read our own outputs
            continue
        dirs[:] = [d for d in sorted(dirs)
                   if not d.startswith(".") and d not in SYSTEM_FOLDERS and guard.enter(here / d)]
        names = page_names(files)
        if issues:
            if names:
                yield issues_seen.claim(Job(here, issue_output_path(here, in_dir, out_dir, fmt)))
            continue
        full = _full_names(names, fmt)
        for name in names:  # a name that is not a readable file too: its job fails (see `unreadable`)
            path = here / name
            yield Job(path, output_path(path, in_dir, out_dir, fmt, full_name=name in full), in_dir)
    yield from _unlisted_jobs(unlisted, in_dir, out_dir, fmt, issues)


def _unlisted_jobs(errors: list[OSError], in_dir: Path, out_dir: Path, fmt: str,
                   issues: bool) -> Iterator[Job]:
    """A failing job for each folder in `errors` (emptied) that the walk could not list (no permission,
    an I/O error): its pages, if any, cannot be converted, and a run must say so (exit 1, the report's
    failures) instead of leaving them out without a word."""
    while errors:
        exc = errors.pop(0)
        yield unlisted_folder_job(Path(exc.filename or in_dir), exc, in_dir, out_dir, fmt, issues)


def unlisted_folder_job(folder: Path, exc: OSError, in_dir: Path, out_dir: Path, fmt: str,
                        issues: bool = False) -> Job:
    """The failing job of a `folder` under `in_dir` that cannot be listed (`exc`), with the line
    `convert` gives for a file it cannot read (`in/locked: cannot read the folder: Permission denied`);
    its target is where the folder's outputs would go."""
    target = issue_output_path(folder, in_dir, out_dir, fmt) if issues else \
        out_dir / folder.relative_to(in_dir)
    why = exc.strerror or str(exc)
    return Job(folder, target, in_dir, error=f"{folder}: cannot read the folder: {why} (its pages, if any, "
                                             "are not converted)")


def discover(
    in_dir: Path, out_dir: Path, fmt: str, *, issues: bool = False,
    warnings: list[dict[str, str]] | None = None,
) -> list[Job]:
    """Every input page (or issue) under `in_dir`, as a list (see `iter_jobs`, which does not hold
    them all)."""
    return list(iter_jobs(in_dir, out_dir, fmt, issues=issues, warnings=warnings))


def count_pages(in_dir: Path, out_dir: Path, fmt: str, *, issues: bool = False) -> int:
    """How many pages (or issues) `iter_jobs` will yield (for the progress bar), without keeping them:
    not the folders it cannot list, which are failures but no pages (`PageResult.unread_folder`)."""
    return sum(1 for job in iter_jobs(in_dir, out_dir, fmt, issues=issues) if job.error is None)


def is_up_to_date(job: Job, also: Sequence[Path] = (), since_ns: int | None = None) -> bool:
    """Is the output there (complete, as every write is atomic) and no older than its input? So must be
    every file in `also` that the page writes beside it (`beside_paths`: review report, edit log). With
    `since_ns` (`BatchConfig.settings_since_ns`), an output older than that was made under other
    settings, and is not up to date either."""
    try:
        newest = job.source.stat().st_mtime_ns  # a folder's changes when a page is added or removed
        if job.source.is_dir():
            newest = max([newest, *(p.stat().st_mtime_ns for p in job.source.iterdir() if p.is_file())])
        if since_ns is not None:
            newest = max(newest, since_ns)
        return all(path.stat().st_mtime_ns >= newest for path in (job.target, *also))
    except OSError:
        return False


#: A temporary file `write_atomic` makes: `.NAME.` + the eight characters `tempfile.mkstemp` draws
#: (a-z, 0-9, _) + `.tmp`, where NAME is the file it stands in for.
_TEMP_FILE = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")


def _temp_files(folder: Path) -> dict[str, list[str]]:
    """The temporary files of `write_atomic` in `folder` (regular files only), by the name they stand in
    for; none when the folder is not there."""
    found: dict[str, list[str]] = {}
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                m = _TEMP_FILE.fullmatch(entry.name)
                if m and entry.is_file(follow_symlinks=False):
                    found.setdefault(m["name"], []).append(entry.name)
    except OSError:
        pass
    return found


def remove_stale_temp_files(jobs: Iterable[Job], config: BatchConfig) -> Iterator[Job]:
    """`jobs`, after removing the temporary files an earlier run left beside each job's files (a worker
    killed while writing): only those named for this job's output, review report or edit log, and only
    before the job is handed on, so no file this run is writing is touched. Each output folder is
    listed once for a run of jobs writing to it."""
    listed: Path | None = None
    stale: dict[str, list[str]] = {}
    for job in jobs:
        folder = job.target.parent
        if folder != listed:
            listed, stale = folder, _temp_files(folder)
        for path in (job.target, *beside_paths(job.target, config)):
            for name in stale.pop(path.name, []):
                (folder / name).unlink(missing_ok=True)
        yield job


# --------------------------------------------------------------------------------------------------
# Settings: what the outputs of OUT_DIR were made under
#
# One small file per output folder, not one per output: a million-page archive must not get a million
# more files, and one run has one set of settings. The file records the settings (`run_settings`) and
# its modification time says since when outputs are made under them: it is rewritten only when the
# settings change, so an output older than the file was made under other (or unknown) settings and
# `--resume` converts it again, while one newer than the file was made under the recorded ones. A run
# with new settings that is stopped half-way therefore resumes where it stopped, without ever keeping
# an output of the old settings. Times are compared on the output folder's own clock (the file's
# time as the file system gives it), never the computer's.

#: The file in OUT_DIR recording the settings its outputs were made under.
SETTINGS_FILE = ".layoutfix-batch.json"
#: How a changed setting is named in the warning of a resumed run.
SETTING_LABELS: dict[str, str] = {
    "layoutfix": "layoutfix version", "jieba": "jieba version", "opencc": "OpenCC version",
    "shipped-rules": "shipped rules on/off",
}


def _installed_version(distribution: str) -> str:
    """The installed version of a dependency whose data shapes outputs (jieba's dictionary, OpenCC's
    tables), or "unknown"."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown"


def run_settings(config: BatchConfig) -> dict[str, Any]:
    """Everything besides its input that an output of this run depends on: layoutfix's version and the
    data of its dependencies, the output format, `--from` and issue mode, the normalisation options, the rule
    files' contents (`rules_digest`, not their paths), `--paper` and `--min-conf`. Not the size limits
    (a page over one fails, it gets no other output) nor `--review`/`--edits`/`--page-text` (a missing
    file beside an output is found as it is)."""
    from . import __version__

    options = config.options
    return {
        "layoutfix": __version__,
        "jieba": _installed_version("jieba"),
        "opencc": _installed_version("OpenCC"),
        "format": config.fmt,
        "from": config.input_format,
        "issues": config.issues,
        "variants": options.variants,
        "apply": options.apply,
        "apply-suggestions": options.apply_suggestions,
        "quotes": options.quotes,
        "shipped-rules": options.default_rules,
        "rules": rules_digest(options),
        "paper": config.paper,
        "min-conf": config.min_conf,
    }


def changed_settings(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The names of the settings that differ between two records, in the record's order."""
    return [SETTING_LABELS.get(key, key) for key in new if old.get(key) != new[key]] + [
        SETTING_LABELS.get(key, key) for key in old if key not in new]


def _read_settings(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The settings recorded in `path` and, when there are none to trust, why (None: no file at all)."""
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None, None
    except (OSError, ValueError) as exc:
        return None, f"cannot read {SETTINGS_FILE} ({exc})"
    settings = data.get("settings") if isinstance(data, dict) else None
    if not isinstance(settings, dict):
        return None, f"{SETTINGS_FILE} holds no settings record"
    return settings, None


def _has_entries(folder: Path) -> bool:
    """Does `folder` exist and hold anything (outputs of an earlier run, perhaps)?"""
    try:
        with os.scandir(folder) as entries:
            return any(True for _ in entries)
    except OSError:
        return False


def _stamp_later(path: Path, before_ns: int, patience: float = 5.0) -> int:
    """Touch `path` until the file system gives it a time later than `before_ns` (at most one tick of
    its clock: a few ms, up to 2 s on FAT), and return that time. Every output written before is then
    strictly older than the file and every output written after is at least as new, even on a file
    system whose times are coarse."""
    deadline = time.monotonic() + patience
    while True:
        os.utime(path)
        now = path.stat().st_mtime_ns
        if now > before_ns or time.monotonic() > deadline:
            return max(now, before_ns + 1)
        time.sleep(0.001)


def record_settings(out_dir: Path, settings: dict[str, Any]) -> int:
    """Write `settings` to `OUT_DIR/.layoutfix-batch.json` (atomically) and return the time since which
    outputs are made under them. Raises `LayoutfixError` when the file cannot be written."""
    path = out_dir / SETTINGS_FILE
    record = {"about": "the settings the outputs in this folder were made under (layoutfix batch); "
                       "outputs older than this file were made under other settings",
              "settings": settings}
    try:
        write_atomic(path, (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        return _stamp_later(path, path.stat().st_mtime_ns)
    except OSError as exc:
        raise LayoutfixError(f"{path}: cannot write: {exc.strerror or exc}") from None


def settings_warning(out_dir: Path, config: BatchConfig) -> tuple[str | None, dict[str, Any] | None]:
    """Why the outputs in `out_dir` cannot be trusted to match this run's settings (None: they can),
    and the settings to record (None: the record is current)."""
    settings = run_settings(config)
    old, unreadable_why = _read_settings(out_dir / SETTINGS_FILE)
    if old is not None:
        changes = changed_settings(old, settings)
        if not changes:
            return None, None
        return f"settings changed since the last run: {', '.join(changes)}", settings
    if unreadable_why is not None:
        return unreadable_why, settings
    if _has_entries(out_dir):
        return (f"no record of the settings the outputs in {printable(str(out_dir))} were made under "
                "(made by a layoutfix older than that record, or by the Dask bag functions, which record "
                "none)"), settings
    return None, settings


def _recorded_since(out_dir: Path) -> int | None:
    """Since when the outputs in `out_dir` are made under the recorded settings: the record's time."""
    try:
        return (out_dir / SETTINGS_FILE).stat().st_mtime_ns
    except OSError:  # removed since it was read: the settings are recorded again
        return None


def prepare_out_dir(
    out_dir: Path, config: BatchConfig, warnings: list[dict[str, str]],
    on_warning: Callable[[str], None] | None = None,
) -> BatchConfig:
    """`config` with `settings_since_ns` set: the settings of this run recorded in OUT_DIR when they are
    new, so that `resume` keeps only outputs made under them. A resumed run whose outputs may have been
    made under other settings converts every page again and says so once: in `warnings` (the report)
    and through `on_warning`. Raises `LayoutfixError` when the record cannot be written."""
    why, settings = settings_warning(out_dir, config)
    since = _recorded_since(out_dir) if settings is None else None
    if since is None:
        since = record_settings(out_dir, settings or run_settings(config))
    if config.resume and why is not None:
        message = f"{why}; converting every page again"
        warnings.append({"source": str(out_dir / SETTINGS_FILE), "warning": message})
        if on_warning is not None:
            on_warning(message)
    return dataclasses.replace(config, settings_since_ns=since)


# --------------------------------------------------------------------------------------------------
# Figures: what each output in OUT_DIR counted when it was made, for the report of a resumed run
#
# A resumed run skips the pages that are up to date; its report must still count them, or an archivist
# reads fewer pages, articles and edits than OUT_DIR holds. Their figures come from a file in OUT_DIR
# (one line per output, appended by the process that writes the output before it takes its name, so
# an output is never there without its line, however the run is stopped: a worker's chunk may hold
# pages whose outputs are written long before the batch gets their results), not
# from an earlier --report (which may be missing, elsewhere, or of another run), and not from
# converting them again (what --resume saves). A line counts for an output only while the output's
# (modification time, size) is the one recorded with it: an output rewritten since by anything else
# is listed as unrecorded instead of counted with figures that may be wrong.

#: The file in OUT_DIR recording each output's figures (JSON lines).
FIGURES_FILE = ".layoutfix-batch-pages.jsonl"
#: The figures of a page that are recorded (`PageResult` fields).
_FIGURES = ("articles", "edits_by_kind", "edits_by_rule", "suggestions", "warnings", "stamp", "edits_by_cert")


class PageFigures:
    """The recorded figures of the outputs in OUT_DIR: read at the start of a resumed run, appended as
    pages are converted, and rewritten at the end with the outputs of this run only.

    An output may have several lines: two processes wrote it (a Dask task run twice, two batches into
    one OUT_DIR), each appending its line before its rename, and the last line appended need not be
    of the file renamed last. The line kept for an output is the one whose stamp is the file's on disk
    (else the last). A record that cannot be written raises `LayoutfixError` naming it."""

    def __init__(self, out_dir: Path, resume: bool) -> None:
        self.path, self.out_dir = out_dir / FIGURES_FILE, out_dir
        self.known = self._resolve(self._read()) if resume else {}
        self.kept: dict[str, dict[str, Any]] = {}
        # resumed: one line per output again, so runs interrupted again and again do not grow it;
        # else a new, empty record (its old lines are of outputs this run replaces)
        if self.known or not resume:
            self._write(self.known)
        self.start = self._position()

    def _position(self) -> tuple[int, int, int] | None:
        """(device, inode, size) of the record: where the lines appended by this run begin."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_dev, st.st_ino, st.st_size

    def _read(self, since: tuple[int, int, int] | None = None) -> dict[str, list[dict[str, Any]]]:
        """Every line recorded per output (from `since`, a `_position`, when the record is still that
        file); lines that do not parse (a run killed mid-line) are left."""
        lines: dict[str, list[dict[str, Any]]] = defaultdict(list)
        with contextlib.suppress(OSError), open(self.path, "rb") as f:
            st = os.fstat(f.fileno())
            if since is not None and (st.st_dev, st.st_ino) == since[:2]:
                f.seek(since[2])
            for raw in f:
                with contextlib.suppress(ValueError, TypeError, KeyError):
                    entry = json.loads(raw.decode("utf-8", errors="replace"))
                    lines[entry["target"]].append(entry)
        return lines

    def _resolve(self, lines: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
        """One line per output: the only one, else the one of the file on disk (else the last)."""
        resolved: dict[str, dict[str, Any]] = {}
        for key, entries in lines.items():
            if len({json.dumps(e, sort_keys=True) for e in entries}) > 1:
                stamp = _stamp(self.out_dir / key)
                on_disk = [e for e in entries if stamp is not None and e.get("stamp") == list(stamp)]
                entries = on_disk or entries
            resolved[key] = entries[-1]
        return resolved

    def recorded(self, result: PageResult) -> PageResult | None:
        """The figures recorded for the output of a skipped page, if they are of that very file."""
        entry = self.known.get(key := figures_key(self.out_dir, result))
        if entry is None or result.stamp is None or entry.get("stamp") != list(result.stamp):
            return None
        with contextlib.suppress(TypeError, ValueError):
            figures = PageResult(result.source, result.target, "ok", articles=int(entry["articles"]),
                                 edits_by_kind=dict(entry["edits_by_kind"]),
                                 edits_by_rule=dict(entry["edits_by_rule"]),
                                 suggestions=int(entry["suggestions"]), warnings=list(entry["warnings"]),
                                 edits_by_cert=_recorded_certs(entry))
            self.kept[key] = entry
            return figures
        return None

    def record(self, result: PageResult) -> None:
        """Keep the figures of a page converted now, and append them unless the process that wrote
        its output did (`PageResult.recorded_stamp`; Dask bag functions, a failed append)."""
        if result.status != "ok" or result.stamp is None:
            return
        entry = figures_entry(self.out_dir, result)
        self.kept[entry["target"]] = entry
        if result.recorded_stamp != result.stamp:
            try:
                append_figures(self.path, entry)
            except OSError as exc:
                raise self._unwritable(exc) from None

    def written(self) -> set[str]:
        """The outputs (paths in OUT_DIR) this run wrote and recorded: a line appended since the run
        began whose stamp is the output's on disk (a process stopped between its line and its rename
        wrote nothing)."""
        return {key for key, entries in self._read(self.start).items()
                if (stamp := _stamp(self.out_dir / key)) is not None
                and any(e.get("stamp") == list(stamp) for e in entries)}

    def close(self, complete: bool) -> None:
        """After a complete run rewrite the record with this run's outputs alone (no stale or repeated
        lines from earlier runs; of an output written twice, the line of the file on disk); a run
        stopped before keeps the lines appended."""
        if not complete:
            return
        appended = self._read(self.start)
        self._write(self._resolve({key: [*appended.get(key, []), entry] for key, entry in self.kept.items()}))

    def _write(self, entries: dict[str, dict[str, Any]]) -> None:
        """Replace the file with one line per output, sorted (whole or not at all)."""
        lines = "".join(json.dumps(e, sort_keys=True) + "\n" for _, e in sorted(entries.items()))
        try:
            write_atomic(self.path, lines.encode("utf-8"))
        except OSError as exc:
            raise self._unwritable(exc) from None

    def _unwritable(self, exc: OSError) -> LayoutfixError:
        """The error of a record that cannot be written, naming the record (not a temporary file)."""
        return LayoutfixError(f"{self.path}: cannot write: {exc.strerror or exc}")


def _recorded_certs(entry: dict[str, Any]) -> dict[str, int] | None:
    """The edits per certainty a figures line records; None for a line without them (written by a
    layoutfix that did not count them), which the report says as `null` rather than as zeros."""
    certs = entry.get("edits_by_cert")
    return None if certs is None else {str(cert): int(n) for cert, n in dict(certs).items()}


def figures_key(out_dir: Path, result: PageResult) -> str:
    """How the figures record names the output of `result`: its path relative to OUT_DIR."""
    return Path(result.target).relative_to(out_dir).as_posix()


def figures_entry(out_dir: Path, result: PageResult) -> dict[str, Any]:
    """The line the figures record keeps for the output of a converted page."""
    return {"target": figures_key(out_dir, result), **{k: getattr(result, k) for k in _FIGURES}}


def append_figures(path: Path, entry: dict[str, Any]) -> None:
    """Append one line to the figures record in one `write` to a file opened for appending: lines of
    several processes never interleave, and a line cut by a killed process is skipped on reading
    (`PageFigures._read`). Raises `OSError`."""
    line = (json.dumps(entry, sort_keys=True) + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def _record_written(page: PageResult, written: Path, config: BatchConfig) -> None:
    """Append the figures of `page` to the run's record (`BatchConfig.figures_file`) for its output
    `written`, complete but not yet under its name, and note the stamp recorded. An append that fails
    is left to the batch (`PageFigures.record`), whose own failure then stops the run as before."""
    if config.figures_file is None or (stamp := _stamp(written)) is None:
        return
    entry = figures_entry(config.figures_file.parent, dataclasses.replace(page, stamp=stamp))
    with contextlib.suppress(OSError):
        append_figures(config.figures_file, entry)
        page.recorded_stamp = stamp


def _stamp(path: Path) -> tuple[int, int] | None:
    """The (modification time ns, size) of an output, None when it is not there."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _error_text(exc: BaseException) -> str:
    """One line naming the error; the last frame too for an unexpected (non-layoutfix) error."""
    from .errors import LayoutfixError

    message = f"{type(exc).__name__}: {exc}"
    if not isinstance(exc, LayoutfixError):
        frames = traceback.extract_tb(exc.__traceback__)
        if frames:
            last = frames[-1]
            message += f" (at {Path(last.filename).name}:{last.lineno})"
    return message


def review_path(target: Path, fmt: str) -> Path:
    """Where a page's review report goes: its output's name with `.review.html` for the format suffix."""
    return target.with_name(target.name.removesuffix(OUTPUT_SUFFIXES[fmt]) + ".review.html")


def edits_path(target: Path, fmt: str) -> Path:
    """Where a page's edit log goes: its output's name with `.edits.jsonl` for the format suffix."""
    return target.with_name(target.name.removesuffix(OUTPUT_SUFFIXES[fmt]) + ".edits.jsonl")


def page_text_path(target: Path, fmt: str, issues: bool = False) -> Path:
    """Where a page's text goes (`.page.txt` for the format suffix), or an issue's page texts (a folder,
    `.pages`)."""
    return target.with_name(target.name.removesuffix(OUTPUT_SUFFIXES[fmt]) + (".pages" if issues else
                                                                              ".page.txt"))


def beside_paths(target: Path, config: BatchConfig) -> list[Path]:
    """The files a job writes beside its output (review report, edit log, page text), as `config` asks;
    a page is done only when its output and all of these are there and up to date."""
    paths = [review_path(target, config.fmt)] if config.review else []
    paths += [edits_path(target, config.fmt)] if config.edits else []
    if not config.page_text:
        return paths
    # A file of several pages is an issue of its own: its page texts are a folder, as an issue's.
    several = not config.issues and page_text_path(target, config.fmt, True).is_dir() and not \
        page_text_path(target, config.fmt).exists()
    return [*paths, page_text_path(target, config.fmt, config.issues or several)]


#: What a file of a run is, as `run_file_named` names it.
FileRole = Literal["PAGE", "output", "record"]


def _job_files(job: Job, config: BatchConfig) -> Iterator[tuple[FileRole, Path]]:
    """The files a job reads or writes: its page (an issue's page files), its output and the files
    written beside it (`beside_paths`)."""
    if job.source.is_dir():
        with contextlib.suppress(OSError):  # unreadable: its job fails, no page of it to replace
            yield from (("PAGE", job.source / name) for name in page_names(os.listdir(job.source)))
    else:
        yield "PAGE", job.source
    yield "output", job.target
    yield from (("output", path) for path in beside_paths(job.target, config))


def _names_file(path: Path, real: Path, identity: tuple[int, int] | None) -> bool:
    """Whether `path` is the file whose resolved path is `real`: by device and inode when that file
    exists (`identity`, so a hard or symbolic link counts), else by the resolved path (an output to be
    made)."""
    if identity is not None:
        try:
            found = os.stat(path)
        except OSError:
            return False
        return (found.st_dev, found.st_ino) == identity
    return path.name == real.name and resolved(path) == real


def run_file_named(
    path: Path, in_dir: Path, out_dir: Path, config: BatchConfig,
) -> tuple[FileRole, Path] | None:
    """The page, output or record of a run (`in_dir`, `out_dir`, `config`) that `path` names, if any, and
    what it is: a report written there would replace a page's text or an output (`batch IN OUT --report
    IN/a.txt`). Walks the run's pages once, as `count_pages` does."""
    real = resolved(path)
    try:
        found = os.stat(path)
        identity: tuple[int, int] | None = (found.st_dev, found.st_ino)
    except OSError:
        identity = None
    records: list[tuple[FileRole, Path]] = [("record", out_dir / SETTINGS_FILE),
                                            ("record", out_dir / FIGURES_FILE)]
    files = (f for job in iter_jobs(in_dir, out_dir, config.fmt, issues=config.issues)
             for f in _job_files(job, config))
    return next(((role, candidate) for role, candidate in chain(records, files)
                 if _names_file(candidate, real, identity)), None)


def _write_page_texts(job: Job, result: Any, config: BatchConfig, issue: bool) -> None:
    """The page text (or, for an `issue`, each page's text in its folder) that `_edit_log` points into."""
    from .issue import named_page_texts

    where = page_text_path(job.target, config.fmt, issue)
    if not issue:
        write_atomic(where, result.document.original.encode("utf-8"))
        return
    for name, text in named_page_texts(result.pages):
        write_atomic(where / name, text.encode("utf-8"))


def _edit_log(result: Any, issues: bool, where: Path) -> bytes:
    """The edit log `layoutfix convert PAGE --edits` (or, for an issue, `convert DIR/ --edits`) writes
    to `where` (an issue's page files are recorded relative to its folder)."""
    from .editlog import dumps_document_edits, dumps_issue_edits, log_folder

    if issues:
        return dumps_issue_edits(result.pages, log_folder(where)).encode("utf-8")
    return dumps_document_edits(result.document).encode("utf-8")


def _review(document: Any, config: BatchConfig, sources: Sequence[str | os.PathLike[str]],
            jumps: Sequence[Any] = ()) -> bytes:
    """The review report of a converted page or issue, as `layoutfix review` writes it: for an issue,
    its unresolved `jumps` listed with their markers; its header names the page files `sources` with
    their checksums (`export.html.review_run`)."""
    from .export.html import review_run, rule_reasons, to_html, unapplied_suggestions

    dirs = config.options.rule_dirs
    html = to_html(document, unapplied_suggestions(document, dirs), reasons=rule_reasons(dirs), jumps=jumps,
                   run=review_run(sources))
    return html.encode("utf-8")


def _check_readable(job: Job, issues: bool) -> None:
    """Raise `InputError` when the page (or a page of the issue folder) cannot be read: a page must not
    be left out of a batch, or of an issue, without a word."""
    pages = [job.source / name for name in page_names(os.listdir(job.source))] if issues else [job.source]
    for page in pages:
        if (why := unreadable(page)) is not None:
            raise InputError(why)


def _convert_file(
    source: Path, config: BatchConfig, not_pages: list[dict[str, str]], in_dir: Path | None = None,
) -> Any:
    """One page file converted (a `ConvertResult`), or an `IssueResult`: for an issue folder with
    `--issues`, and for a file holding several pages (a MinerU content list of a whole PDF), the issue
    they make (as `convert FILE` gives). The files of an issue folder that are no pages are left out
    and appended to `not_pages`. A page file is recorded in its outputs by its path relative to
    `in_dir` (the run's input folder)."""
    from .issue import convert_issue
    from .pipeline import SeveralPagesError, convert

    kwargs: dict[str, Any] = {"fmt": config.fmt, "paper": config.paper, "options": config.options,
                              "min_conf": config.min_conf, "input_format": config.input_format}
    if config.issues:
        return convert_issue([source], on_not_a_page=lambda exc: not_pages.append(_not_a_page(exc)),
                             **kwargs)
    try:
        return convert(source, relative_to=in_dir, **kwargs)
    except SeveralPagesError:
        return convert_issue([source], **kwargs)


def convert_job(job: Job, config: BatchConfig) -> PageResult:
    """Convert one page (or a file of several pages, as one issue) and write its output atomically;
    every error becomes a failed result."""
    from .issue import IssueResult

    source, target = str(job.source), str(job.target)
    if job.error is not None:
        return PageResult(source, target, "failed", error=f"InputError: {job.error}", message=job.error,
                          unread_folder=True)
    if config.resume and is_up_to_date(job, beside_paths(job.target, config), config.settings_since_ns):
        return PageResult(source, target, "skipped", stamp=_stamp(job.target))
    started = time.perf_counter()
    not_pages: list[dict[str, str]] = []
    result: Any  # a ConvertResult, or an IssueResult (--issues, a file of several pages)
    try:
        _check_readable(job, config.issues)
        result = _convert_file(job.source, config, not_pages, job.in_dir)
        as_issue = isinstance(result, IssueResult)
        page = _converted(source, target, result, as_issue, not_pages)
        _write_outputs(job, result, config, as_issue, lambda written: _record_written(page, written, config))
    except NotAPageError as exc:  # a file delivered beside the pages (or a folder of such files only)
        return PageResult(source, target, "not_a_page", time.perf_counter() - started, error=str(exc),
                          not_pages=not_pages or [_not_a_page(exc)])
    except Exception as exc:  # one bad page must not stop the run: record it and go on
        # a layoutfix error's message is the line `convert` gives (no class, which says nothing to a
        # user); an unexpected one's is its `error`, as `convert` prints a traceback for it
        message = str(exc) if isinstance(exc, LayoutfixError) else None
        return PageResult(source, target, "failed", time.perf_counter() - started, error=_error_text(exc),
                          message=message, not_pages=not_pages)
    page.seconds, page.stamp = time.perf_counter() - started, _stamp(job.target)
    return page


def _converted(source: str, target: str, result: Any, as_issue: bool,
               not_pages: list[dict[str, str]]) -> PageResult:
    """The figures of a converted page (or issue, `as_issue`): counted before its output is written,
    as they are recorded with it (`_record_written`)."""
    warnings: list[str] = []
    if as_issue and result.unresolved:
        warnings.append(f"{len(result.unresolved)} unresolved jump(s) between pages")
    by_kind: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    by_cert: Counter[str] = Counter()
    suggestions = 0
    for edit in result.edits:
        by_kind[edit.kind] += 1
        by_cert[edit.cert] += 1
        by_rule.update(edit.rules)
        suggestions += any(r.startswith("suggest.") for r in edit.rules)
    document = result.document
    if not document.articles and document.text.strip():
        warnings.append("no article found on the page")
    warnings.extend(document.warnings)  # what the reader read past (a confidence out of range)
    if document.low_confidence:
        warnings.append(f"{len(document.low_confidence)} words below confidence {document.min_conf}")
    return PageResult(
        source, target, "ok", articles=len(document.articles), edits_by_kind=dict(by_kind),
        edits_by_rule=dict(by_rule), suggestions=suggestions, warnings=warnings, not_pages=not_pages,
        edits_by_cert={cert: by_cert[cert] for cert in CERT_LEVELS},
    )


def _write_outputs(job: Job, result: Any, config: BatchConfig, as_issue: bool,
                   before_rename: Callable[[Path], None] | None = None) -> None:
    """Write a converted page's output and the files `config` asks for beside it; `before_rename` gets
    the output's complete temporary file (`write_atomic`). A file that cannot
    be written (a folder without write permission, a file in the way of a folder, a full disk) raises
    `LayoutfixError` with the line `convert` gives (`out/p1.tei.xml: cannot write: Permission
    denied`), not the bare `OSError` with its errno and source line."""
    try:
        write_atomic(job.target, result.output.encode("utf-8"), before_rename=before_rename)
        if config.review:
            jumps = result.unresolved if as_issue else ()
            sources = [pg.source for pg in result.pages] if as_issue else [job.source]
            review = _review(result.document, config, sources, jumps)
            write_atomic(review_path(job.target, config.fmt), review)
        if config.edits:
            log = edits_path(job.target, config.fmt)
            write_atomic(log, _edit_log(result, as_issue, log))
        if config.page_text:
            _write_page_texts(job, result, config, as_issue)
    except OSError as exc:
        raise LayoutfixError(f"{exc.filename or job.target}: cannot write: {exc.strerror or exc}") from None


def _not_a_page(exc: NotAPageError) -> dict[str, str]:
    """A file passed over as no page, as the report lists it."""
    return {"source": exc.path, "reason": exc.reason}


def convert_chunk(jobs: Sequence[Job], config: BatchConfig) -> list[PageResult]:
    """Convert a few pages in a row (one task for a worker: less pickling and scheduling per page)."""
    return [convert_job(job, config) for job in jobs]


#: The batch's stop flag in a pool worker (`_init_worker`): a shared byte the batch sets on Ctrl-C.
_stop_flag: Any = None


def _pool_chunk(jobs: Sequence[Job], config: BatchConfig) -> list[PageResult]:
    """`convert_chunk` in a pool worker, page by page until the batch asks its workers to stop
    (Ctrl-C in the batch, `_stop_pool`): the pages converted are returned, the others not started,
    so a worker ends its page and then returns at once instead of converting and writing up to 32
    more pages after the user stopped the run. Workers ignore SIGINT themselves (`_init_worker`)."""
    results: list[PageResult] = []
    for job in jobs:
        if _stop_flag is not None and _stop_flag.value:
            break
        results.append(convert_job(job, config))
    return results


#: The page `warm_up` converts, so that what a page's layout loads on first use is loaded: a running
#: head with a paper's English name, a traditional line (for its labels' OpenCC), a typo candidate
#: and a byline.
_WARM_UP_PAGE = ("中国日报 2024年5月6日 星期一 CHINA DAILY\n\n本报讯 预热文本，加载词典。\n\n"
                 "臺灣地區的經濟發展。\n\n实现政协协商和其层协商有效衔接。\n\n本报记者 王明\n")


def warm_up(options: NormalizeOptions | None = None) -> None:
    """Load once, now, what pages converted with `options` (None: the defaults) load on first use, so
    that a worker pays it at start-up (about 1.5 s) rather than on its first page: the rule files and
    their automaton, jieba's dictionary (with the rule folders' lexicons) and part-of-speech tags, the
    name lists, OpenCC, the suggester's tables if used. Raises what `convert` would raise for the
    options (a `RuleError` for a malformed rule file)."""
    from .lexicon import load_tables
    from .normalize import build_steps, typos
    from .pipeline import convert

    options = NormalizeOptions() if options is None else options
    build_steps(options)
    ruleset = typos.load_ruleset(options.rule_dirs, include_default=options.default_rules)
    ruleset.checker.tokens("预热文本加载词典")
    load_tables()
    with limits(max_bytes=0, max_blocks=0):  # (the caller's limits are for its pages, not this one)
        convert(_WARM_UP_PAGE.encode("utf-8"), options=options)  # (bytes: read, decoded, laid out, written)


def check_rules(config: BatchConfig) -> None:
    """Load what every page of the run would load from the rule folders (rule files and their
    lexicons; the confusion tables when suggestions are applied or reviewed), once, before any work.
    A malformed file would otherwise fail every page alike, after OUT_DIR was prepared. Raises
    `RuleError` naming the file, as `convert` does."""
    from .lexicon import read_lexicon
    from .normalize import typos
    from .suggest.confusion import load_confusion

    options = config.options
    ruleset = typos.load_ruleset(options.rule_dirs, include_default=options.default_rules)
    for path in ruleset.lexicon_files:
        read_lexicon(path)
    if config.review or options.apply_suggestions is not None:
        load_confusion(options.rule_dirs, options.default_rules)


def _exit_with_parent(parent: int, batch: int, interval: float = 0.5) -> None:
    """End this worker process once `parent` or the `batch` process is gone. A batch killed with
    SIGKILL or ended by SIGTERM cannot shut its pool down, and its idle workers would otherwise wait
    for work for good. The batch's own pid covers a worker whose batch died before it started: its
    parent is then already init, which never goes."""
    while os.getppid() == parent and _process_exists(batch):
        time.sleep(interval)
    os._exit(1)


def _process_exists(pid: int) -> bool:
    """Whether a process `pid` exists (POSIX signal 0; elsewhere `os.kill` would end it, so assume yes)."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def _init_worker(
    config: BatchConfig, batch: int, stop: Any = None, size_limits: tuple[int, int] | None = None
) -> None:
    """ProcessPoolExecutor initialiser: ignore SIGINT, keep the batch's `stop` flag (see `_pool_chunk`),
    take the batch's size limits, watch the parent and the batch (see `_exit_with_parent`) and warm the
    worker up; a failure in warming up surfaces per page later.

    `size_limits` (`max_bytes`, `max_blocks`) are those of the context that started the batch
    (`--max-bytes`, `layoutfix.limits`): a worker started under `forkserver` or `spawn` is a fresh
    interpreter, which had the defaults and converted every page the batch was told to refuse.

    SIGINT is ignored because Ctrl-C in a terminal reaches every process of the batch: a worker it
    stopped inside `result_queue.put` kept the queue's write lock, and the batch then waited for that
    queue for good (about one run in 15). Only the batch reacts to Ctrl-C, and tells its workers.

    The parent watched is the one this worker has when it starts: the batch under the `fork` and
    `spawn` start methods, the forkserver under `forkserver` (Python 3.14's default on Linux; it ends
    with the batch). Comparing with the batch's own pid would end every forkserver worker at once, so
    `batch` is watched for existing, not for being the parent."""
    global _stop_flag
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _stop_flag = stop
    if size_limits is not None:
        set_limits(max_bytes=size_limits[0], max_blocks=size_limits[1])
    threading.Thread(target=_exit_with_parent, args=(os.getppid(), batch), name="layoutfix-parent-watch",
                     daemon=True).start()
    with contextlib.suppress(Exception):  # the same error is raised, and recorded, by the first page
        warm_up(config.options)


def chunks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    """`jobs` in consecutive lists of at most `size`, taken from the iterable as they are needed."""
    it = iter(jobs)
    while part := list(islice(it, size)):
        yield part


def chunk_size(n_pages: int, workers: int) -> int:
    """Pages per task: large enough to amortise a task's overhead, small enough to balance the load
    (about eight tasks per worker, at most 32 pages each)."""
    return max(1, min(32, n_pages // max(1, workers * 8)))


ProgressCallback = Callable[[PageResult], None]


def _run_local(
    jobs: Iterable[Job], total: int, config: BatchConfig, workers: int
) -> Iterator[PageResult]:
    """Results as pages finish: in this process for one worker, else over a process pool.

    `jobs` is consumed lazily and at most `4 * workers` chunks are in flight, so memory does not grow
    with the number of pages. A worker that dies (killed, out of memory, a crash in a C extension)
    breaks the whole pool: the pages that were in flight are then retried one at a time in a pool of
    their own, so the page that kills a worker is found and recorded as failed, and the run goes on
    with a fresh pool.
    """
    if workers <= 1 or total <= 1:
        for job in jobs:
            yield convert_job(job, config)
        return
    parts = chunks(jobs, chunk_size(total, workers))
    unsent: deque[list[Job]] = deque()
    if multiprocessing.get_start_method() == "fork":
        # Forked workers inherit what the parent has loaded (jieba's dictionary, rules, OpenCC),
        # shared copy-on-write: load it once here instead of once per worker.
        with contextlib.suppress(Exception):
            warm_up(config.options)
    more = True
    while more or unsent:
        suspects: list[Job] = []
        with _stoppable_pool(workers, config) as pool:
            pending: dict[Future[list[PageResult]], list[Job]] = {}
            broken = False
            while True:
                while not broken and len(pending) < workers * 4:
                    part = unsent.popleft() if unsent else next(parts, None)
                    if part is None:
                        more = False
                        break
                    try:
                        pending[_submit(pool, _pool_chunk, part, config)] = part
                    except BrokenProcessPool:
                        unsent.appendleft(part)
                        broken = True
                if not pending:
                    break
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    part = pending.pop(future)
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        suspects.extend(part)
                        broken = True
                        continue
                    except Exception as exc:  # the chunk could not be sent or returned
                        yield from (_failed(job, _error_text(exc)) for job in part)
                        continue
                    yield from results
        yield from _isolate(suspects, config)


def _submit(pool: ProcessPoolExecutor, fn: Callable[..., Any], *args: Any) -> Future[Any]:
    """`pool.submit(fn, *args)`, with a Ctrl-C that falls meanwhile raised once it returns.

    Submitting may start the pool's worker processes, and Python runs its fork hooks (logging's
    `_releaseLock`, ...) in the parent as it forks: a `KeyboardInterrupt` raised inside one is
    printed as "Exception ignored … Traceback" and lost, so the run went on to the end (a Ctrl-C one
    second into `batch -j 2`, about one run in 15) or a second Ctrl-C printed a traceback. Outside the
    main thread, where no handler can be set, it is submitted as it is."""
    if threading.current_thread() is not threading.main_thread():
        return pool.submit(fn, *args)
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        return pool.submit(fn, *args)
    finally:
        signal.signal(signal.SIGINT, previous)
        if pressed:
            signal.raise_signal(signal.SIGINT)  # delivered again, to the handler it was meant for


@contextlib.contextmanager
def _stoppable_pool(workers: int, config: BatchConfig) -> Iterator[ProcessPoolExecutor]:
    """A pool of `workers` processes for the pages of `config`, stopped when the run stops early
    (Ctrl-C, or the results generator closed by `collect` on one) by `_stop_pool`, so nothing is
    written after the caller counts the outputs (a plain `with` would wait for every chunk queued,
    up to four per worker, converting and writing them all). At its normal end (no chunk left) the
    pool is shut down by `_shut_down`, which a Ctrl-C does not cut short either."""
    stop = multiprocessing.RawValue("b", 0)  # shared with the workers, no lock to be held by anyone
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(config, os.getpid(), stop, (max_bytes(), max_blocks()))) as pool:
        # (the `with` stays as a safety net: once `_shut_down` or `_stop_pool` ran, its own shutdown
        # has nothing to wait for)
        try:
            yield pool
        except BaseException:
            _stop_pool(pool, stop)
            raise
        if _shut_down(pool, cancel=False, on_ctrl_c=lambda: None):
            signal.raise_signal(signal.SIGINT)  # delivered again, to the handler it was meant for


def _stop_pool(pool: ProcessPoolExecutor, stop: Any) -> None:
    """Stop `pool` early: its workers are told to stop after the page each converts (`stop`, read by
    `_pool_chunk`), the chunks not started are cancelled and the workers waited for. A Ctrl-C again
    while waiting ends the workers at once: the pages they were converting are abandoned, and every
    output written is still whole (written atomically); the stop goes on as it was, and that Ctrl-C
    is the one being handled (not raised again)."""
    stop.value = 1
    _shut_down(pool, cancel=True, on_ctrl_c=lambda: _kill_workers(pool))


def _shut_down(pool: ProcessPoolExecutor, cancel: bool, on_ctrl_c: Callable[[], None]) -> bool:
    """`pool.shutdown(wait=True)` (the chunks not started cancelled with `cancel`) that returns only
    once the pool's manager thread has ended, however often Ctrl-C is pressed meanwhile: a Ctrl-C runs
    `on_ctrl_c` (in a signal handler, so it must take no lock) and the wait goes on. Returns whether
    Ctrl-C was pressed.

    Why not catch `KeyboardInterrupt` around the wait: before Python 3.13, a `Thread.join` cut short by
    it marks the thread as ended while it runs (CPython gh-90882), so the next `shutdown` returned at
    once and the batch exited while the manager thread was still closing the pool; the interpreter's
    exit hook then woke that thread through a pipe it was closing and printed "Exception ignored in:
    <module 'threading'> ... OSError: [Errno 9] Bad file descriptor" under the interrupt line (about
    one second Ctrl-C in 4 on a busy machine). Outside the main thread, where no handler can be set
    and no Ctrl-C is raised, and where SIGINT is ignored, it is a plain shutdown."""
    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) is signal.SIG_IGN):
        pool.shutdown(wait=True, cancel_futures=cancel)
        return False
    pressed: list[int] = []

    def on_sigint(signum: int, frame: Any) -> None:
        pressed.append(signum)
        on_ctrl_c()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        pool.shutdown(wait=True, cancel_futures=cancel)
    finally:
        signal.signal(signal.SIGINT, previous)
    return bool(pressed)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """End every worker process of `pool` now (SIGKILL). Run in a signal handler (`_stop_pool`), so it
    takes no lock: Python 3.14's `kill_workers` takes the pool's shutdown lock, which the interrupted
    main thread may hold; the pool's processes are read without it (a worker ended meanwhile is
    skipped). A pool without them (another Python) is left to the stop flag: its workers end after
    their page."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError):  # ended already, or closed
            process.kill()


def _failed(job: Job, error: str) -> PageResult:
    return PageResult(str(job.source), str(job.target), "failed", error=error)


def _isolate(jobs: Sequence[Job], config: BatchConfig) -> Iterator[PageResult]:
    """Convert `jobs` one by one in a one-worker pool; a page that kills the worker is failed."""
    remaining = deque(jobs)
    while remaining:
        with _stoppable_pool(1, config) as pool:
            while remaining:
                job = remaining.popleft()
                try:
                    yield from _submit(pool, _pool_chunk, [job], config).result()
                except BrokenProcessPool:
                    yield _failed(job, "the worker process died converting this page "
                                       "(killed, out of memory or a crash)")
                    break  # a fresh pool for the rest
                except Exception as exc:
                    yield _failed(job, _error_text(exc))


#: How many outputs made by no input are named on stderr, one line each (all are in the report).
STALE_SHOWN = 20

#: How many failed pages a run with a report names on stderr as they fail, one line each (all are in
#: the report); a run without a report names every one, as its log is then their only list.
FAILED_SHOWN = 20


def stale_outputs(in_dir: Path, out_dir: Path, fmt: str, targets: set[str]) -> list[str]:
    """The outputs in `out_dir` of format `fmt` that are none of this run's `targets` (sorted): left by an
    input removed or renamed since, or by a page whose output took its full name when a file of the same
    stem was delivered beside it (`a.txt` -> `a.txt.tei.xml`, so `a.tei.xml` is nobody's any more).

    Left out: hidden files and folders (the batch's records), the files a page writes beside its output
    (`BESIDE_SUFFIXES`: a txt run's `a.page.txt`), an issue's page-text folder `NAME.pages/` beside its
    output (the output alone is named), and `in_dir` when it lies inside `out_dir`. Files of another
    format are the user's."""
    suffix = OUTPUT_SUFFIXES[fmt]
    inputs = resolved(in_dir)
    found: list[str] = []
    for folder, dirs, files in os.walk(out_dir):
        here = Path(folder)
        dirs[:] = [d for d in dirs if not d.startswith(".") and resolved(here / d) != inputs
                   and not _page_text_folder(here / d, suffix, targets)]
        found += [str(here / name) for name in files
                  if name.endswith(suffix) and not name.startswith(".") and str(here / name) not in targets
                  and not name.endswith(BESIDE_SUFFIXES)]
    return sorted(found)


def _page_text_folder(folder: Path, suffix: str, targets: set[str]) -> bool:
    """Is `folder` the page texts of an issue (or a file of several pages) beside its output, a target
    or an output listed itself?"""
    if not folder.name.endswith(".pages"):
        return False
    output = folder.with_name(folder.name.removesuffix(".pages") + suffix)
    return str(output) in targets or output.is_file()


def _report_stale_outputs(report: BatchReport, targets: set[str],
                          on_warning: Callable[[str], None] | None) -> None:
    """Name the outputs no input of the run maps to (`stale_outputs`) in `report` and, the first
    `STALE_SHOWN` of them, through `on_warning`: never deleted, as they may be all an archivist has."""
    report.stale_outputs = stale_outputs(Path(report.in_dir), Path(report.out_dir), report.fmt, targets)
    if on_warning is None:
        return
    for path in report.stale_outputs[:STALE_SHOWN]:
        on_warning(f"{printable(path)}: made by no input of this run (its input was removed or renamed, or "
                   "its name changed when a file of the same stem came beside it): left in place")
    if len(report.stale_outputs) > STALE_SHOWN:
        on_warning(f"... and {len(report.stale_outputs) - STALE_SHOWN} more outputs made by no input "
                   "(see the report's stale_outputs)")


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C during a batch, with what the run wrote: `written` outputs (recorded with their figures
    and on disk), `unreported` of them for pages whose results never came back (a worker's chunk
    finished but not returned), so the interrupt line counts what was saved, not results received.
    Counted once the workers have stopped (see `collect`)."""

    def __init__(self, written: int, unreported: int) -> None:
        super().__init__(f"interrupted: {written} outputs written")
        self.written, self.unreported = written, unreported

    def __reduce__(self) -> tuple[type[BatchInterrupted], tuple[int, int]]:
        """Pickled with its two counts (the default would call `__init__` with the message alone)."""
        return type(self), (self.written, self.unreported)


def _close_source(results: Iterable[PageResult]) -> None:
    """Close a results generator stopped by Ctrl-C (`_run_local`, `run_dask`'s), which shuts its pool
    or cluster down: the chunks not started are cancelled and the running ones end. Counting the
    outputs before would miss those the workers were still writing (a run said 64 written, 224 were)."""
    close = getattr(results, "close", None)
    if callable(close):
        close()


def _despite_ctrl_c(count: Callable[[], set[str]]) -> set[str]:
    """`count()`, started again when a Ctrl-C stops it: the count of a stopped run is what its line
    says, however often the user presses Ctrl-C while it is made (it reads one small record)."""
    while True:
        with contextlib.suppress(KeyboardInterrupt):
            return count()


def collect(
    results: Iterable[PageResult], report: BatchReport, on_result: ProgressCallback | None = None,
    figures: PageFigures | None = None, on_warning: Callable[[str], None] | None = None,
) -> BatchReport:
    """Add every result to `report`, calling `on_result` after each, and `on_warning` once for each file
    passed over as no page; the time is measured here. With `figures`, each converted page's figures
    are recorded and a skipped page counts with its recorded ones (see `PageFigures`). After a complete
    run, the outputs in OUT_DIR that no result's target is are named (`stale_outputs`).

    On Ctrl-C (`KeyboardInterrupt`) `results` is closed first (a generator's `close`: the pool or
    cluster behind it is shut down, the chunks not started cancelled), then, with `figures`, the
    outputs this run wrote are counted and `BatchInterrupted` is raised with them."""
    started = time.perf_counter()
    complete = False
    targets: set[str] = set()
    try:
        for result in results:
            recorded = None
            if figures is not None:
                figures.record(result)
                recorded = figures.recorded(result) if result.status == "skipped" else None
            report.add(result, recorded)
            if on_warning is not None:
                for skipped in result.not_pages:
                    on_warning(f"{printable(skipped['source'])}: not a page, skipped: {skipped['reason']}")
            if result.status != "not_a_page":  # (right before `on_result`, whose caller counts the page
                targets.add(result.target)  # first: a target is reported or unreported, never both)
            if on_result is not None:
                on_result(result)
        complete = True
    except KeyboardInterrupt as exc:
        # first: the workers stop writing before the outputs are counted; a Ctrl-C again meanwhile
        # stops them at once (`_stop_pool`) and is this one, as is one while counting
        with contextlib.suppress(KeyboardInterrupt):
            _close_source(results)
        if figures is None:
            raise
        written = {str(figures.out_dir / key) for key in _despite_ctrl_c(figures.written)}
        raise BatchInterrupted(len(written), len(written - targets)) from exc
    finally:
        if figures is not None:
            figures.close(complete)
    _report_stale_outputs(report, targets, on_warning)
    report.seconds = time.perf_counter() - started
    report.sort()
    return report


def run_batch(
    in_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    config: BatchConfig | None = None,
    *,
    jobs: int | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: ProgressCallback | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> BatchReport:
    """Convert every page under `in_dir` into `out_dir` with `jobs` processes (default: all cores).

    `on_start(n)` is called with the number of pages found, `on_result(page_result)` after each page
    (in completion order), `on_warning(message)` once before any page when a resumed run converts every
    page again because the settings changed (`prepare_out_dir`; the message is in the report too), and
    once for every file passed over as no page (a METS, metadata JSON or index.html beside the pages:
    the report's `not_pages`; no failure), for every folder the walk does not follow (a symbolic-link
    loop; `iter_jobs`) and for the outputs no input made (`stale_outputs`).
    Failed pages are in `report.failures`; nothing is raised for them. Raises
    `InputError` when `in_dir` is not a folder or the output format is unknown, and `RuleError` for a
    malformed rule file (`check_rules`), before anything is written.
    """
    config = config or BatchConfig()
    src, dst = Path(in_dir), Path(out_dir)
    total = count_pages(src, dst, config.fmt, issues=config.issues)
    check_rules(config)
    workers = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    settings_warnings: list[dict[str, str]] = []
    config = prepare_out_dir(dst, config, settings_warnings, on_warning)
    if on_start is not None:
        on_start(total)
    report = new_report(src, dst, config, workers)
    report.warnings.extend(settings_warnings)
    found = iter_jobs(src, dst, config.fmt, issues=config.issues, warnings=report.warnings,
                      on_warning=on_warning)
    if config.resume:
        found = remove_stale_temp_files(found, config)
    figures = PageFigures(dst, config.resume)
    config = dataclasses.replace(config, figures_file=figures.path)
    return collect(_run_local(found, total, config, workers), report, on_result, figures, on_warning)


__all__ = [
    "FAILED_SHOWN",
    "FIGURES_FILE",
    "INPUT_SUFFIXES",
    "OUTPUT_SUFFIXES",
    "SETTINGS_FILE",
    "BatchConfig",
    "BatchInterrupted",
    "BatchReport",
    "Job",
    "PageFigures",
    "PageResult",
    "check_rules",
    "chunk_size",
    "convert_chunk",
    "convert_job",
    "count_pages",
    "discover",
    "edits_path",
    "is_up_to_date",
    "issue_output_path",
    "iter_jobs",
    "output_path",
    "page_names",
    "page_text_path",
    "prepare_out_dir",
    "remove_stale_temp_files",
    "run_batch",
    "stale_outputs",
    "warm_up",
    "write_atomic",
]
