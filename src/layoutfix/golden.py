"""Golden-file regression: re-run stored cases and show exactly what changed.

A case is a folder `<case>/` holding `input.<txt|hocr|xml|json>` (flat text or a coordinate file, its
format detected from the content; a file of several pages is an issue, as `convert` reads it) or an
`input/` folder of an issue's pages, optional `options.toml` (the case's convert options; `from` forces
the input format), `expected.tei.xml`, optionally `expected.txt` and `expected.edits.jsonl` (the edit
log as `convert --edits` writes it). TEI is compared after C14N 2.0 canonicalisation with its
indentation dropped (whitespace between inline elements is text), so attribute order and indentation
never count, and without layoutfix's
own version in the header, so an upgrade shows only what it changed in the output; article text is
compared as a whole text (its final newline included), and the edit log edit by edit (each line's
fields, not its JSON spelling), because the log is what an archivist reviews and what rebuilds the
original: a change of rule id or certainty, or an edit that leaves the text as it was, shows nowhere else.
"""

from __future__ import annotations

import datetime
import difflib
import json
import os
import re
import shutil
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any, Literal

from lxml import etree

from .errors import InputError, LayoutfixError
from .export.tei import STRUCTURAL_ELEMENTS, indent_structure
from .model import CERT_LEVELS
from .normalize import NormalizeOptions
from .normalize.punctuation import QUOTE_STYLES
from .readers.detect import PAGE_SUFFIXES
from .readers.limits import (
    limits,
    loop_on_the_way,
    max_bytes,
    missing_file,
    not_a_regular_file,
    reading_through_loop,
    resolved,
)
from .readers.xmlsafe import XML_SPACE

#: What a case's `input.*` may be: a page file `convert` reads (see `readers.detect.PAGE_SUFFIXES`).
INPUT_SUFFIXES = PAGE_SUFFIXES
TEI_FILE = "expected.tei.xml"
TXT_FILE = "expected.txt"
EDITS_FILE = "expected.edits.jsonl"
OPTIONS_FILE = "options.toml"
#: The expected files a case may hold, as `check` reads them.
EXPECTED_FILES = (TEI_FILE, TXT_FILE, EDITS_FILE)

TEI_NS = "http://www.tei-c.org/ns/1.0"

#: Keys an options.toml may hold, mapped to what `convert` takes.
_CONVERT_KEYS = {"paper", "date", "page", "encoding", "from", "min_conf", "max_bytes", "max_blocks"}
_NORMALIZE_KEYS = {"variants", "apply", "quotes"}
#: A key of the case itself, which `convert` does not take: `own_rules = true`, written by `golden add
#: --rules`, says the case was made with rule folders of the project's own (never their paths).
OWN_RULES_KEY = "own_rules"
#: Beside it, the rule ids those folders define (`own_rule_ids`), so that `golden update --rules
#: OTHER/` can tell another folder (one lacking some of those ids) from the same rules edited on
#: purpose (the same ids, or more: `missing_own_rule_ids`).
OWN_RULE_IDS_KEY = "own_rule_ids"
_CASE_KEYS = {OWN_RULES_KEY, OWN_RULE_IDS_KEY}
#: The byte order mark an editor on Windows (or Notepad re-saving a file) writes at the start of a
#: UTF-8 file: dropped from every case file read as text (expected.txt, the edit log, options.toml).
_BOM = "\ufeff"

Status = Literal["ok", "differ", "error"]
#: Folders the API takes (of cases, of rules): several, or one (a str or Path alone is one folder).
Folders = Iterable[Path | str] | Path | str


@dataclass(frozen=True)
class GoldenCase:
    """One stored regression case."""

    name: str
    path: Path
    #: The input file, or `input/` folder; for a folder that cannot be run (see `problem`), the folder.
    input: Path
    #: Why the folder cannot be run as a case (no input `convert` reads, two inputs, a case name two
    #: folders use), or None: `check_case` reports it as the case's error, so one broken folder does not
    #: stop the other cases from running.
    problem: str | None = None

    @property
    def expected_tei(self) -> Path:
        return self.path / TEI_FILE

    @property
    def expected_txt(self) -> Path:
        return self.path / TXT_FILE

    @property
    def expected_edits(self) -> Path:
        return self.path / EDITS_FILE

    def options(self) -> dict[str, Any]:
        """The case's options.toml as a dict (empty when there is none)."""
        file = self.path / OPTIONS_FILE
        if not file.exists():
            return {}
        try:
            data = tomllib.loads(_read_case_file(file).removeprefix(_BOM))  # (as expected.txt's)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{file}: {exc}") from exc
        return checked_options(data, str(file))


def checked_options(options: dict[str, Any], where: str) -> dict[str, Any]:
    """A case's options as `convert` takes them; an InputError naming `where` (the options.toml, or
    the options given to `add_case`) and the key, with what it must be, for one it cannot take."""
    known = _CONVERT_KEYS | _NORMALIZE_KEYS | _CASE_KEYS
    unknown = sorted(set(options) - known)
    if unknown:
        hints = [f"{key} (did you mean {key.replace('-', '_')}?)"
                 if key.replace("-", "_") in known else key for key in unknown]
        raise InputError(f"{where}: unknown option(s) {', '.join(hints)}")
    return {key: _checked_option(where, key, value) for key, value in options.items()}


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_page(value: object) -> bool:
    """A page number from 1, or a section label as `convert --page` takes it (`"A4"`, `"a04"`)."""
    from .issue import page_label

    if isinstance(value, str):
        return page_label(value.strip()) is not None
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _is_confidence(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1


def _is_level(value: object) -> bool:
    return value in CERT_LEVELS


def _is_quote_style(value: object) -> bool:
    return value in QUOTE_STYLES


def _is_limit(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


def _is_rule_ids(value: object) -> bool:
    """A list of rule ids (lowercase dotted names), as `golden add --rules` writes `own_rule_ids`."""
    return isinstance(value, list) and all(
        isinstance(rid, str) and re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", rid) is not None for rid in value)


#: What each options.toml value must be (as `convert` takes it), and how to say so in an error.
_OPTION_CHECKS: dict[str, tuple[Callable[[object], bool], str]] = {
    "paper": (_is_text, "a string"),
    "date": (_is_text, 'a date (2023-10-12 or "2023-10-12")'),
    "page": (_is_page, 'a whole number from 1 (a page number) or a section label ("A4")'),
    "encoding": (_is_text, 'a codec name such as "gb18030"'),
    "from": (_is_text, 'a format name such as "hocr"'),
    "min_conf": (_is_confidence, "a number from 0 to 1"),
    "variants": (_is_text, 'an OpenCC configuration name such as "t2s"'),
    "apply": (_is_level, f"one of {', '.join(repr(level) for level in CERT_LEVELS)}"),
    "quotes": (_is_quote_style, f"one of {', '.join(repr(style) for style in QUOTE_STYLES)}"),
    "max_bytes": (_is_limit, "a whole number of bytes from 0 (0 = no limit)"),
    "max_blocks": (_is_limit, "a whole number from 0 (0 = no limit)"),
    "own_rules": (_is_bool, "true or false"),
    "own_rule_ids": (_is_rule_ids, 'a list of rule ids (["typo.ji-chu", "my.xie"]), as golden add '
                     "--rules writes it"),
}


def _checked_option(where: str, key: str, value: object) -> Any:
    """The option's value as `convert` takes it; an InputError naming `where` and key when it cannot be
    (a paper name or a date the TEI header cannot hold included, with the pipeline's reason).

    A TOML date (`date = 2023-10-12`, unquoted) is the issue date it spells.
    """
    from .pipeline import check_paper, checked_date

    if key == "date" and type(value) is datetime.date:
        return value.isoformat()
    accepts, expected = _OPTION_CHECKS[key]
    if not accepts(value):
        raise InputError(f"{where}: {key} must be {expected}, got {_toml_spelling(value)}")
    if key == "page" and isinstance(value, str):  # (a label in its one spelling: `a04` is A4)
        from .issue import page_label

        return page_label(value.strip())
    try:
        if key == "paper":
            check_paper(str(value), key)
        elif key == "date":
            checked_date(value)
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    return value


def _toml_spelling(value: object) -> str:
    """A refused value as options.toml spells it (`2023-10-12T10:00:00`, not Python's
    `datetime.datetime(2023, 10, 12, 10, 0)`)."""
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


@dataclass
class CaseResult:
    """What checking one case found."""

    name: str
    status: Status
    #: Strict unified diffs of the expected file's lines and the output's (`patch` applies them to the
    #: expected file), empty when they match.
    tei_diff: str = ""
    txt_diff: str = ""
    error: str | None = None
    missing: list[str] = field(default_factory=list)
    edits_diff: str = ""
    #: The same diffs as a person reads them: invisible characters shown, a `?` line after each changed
    #: line marking what changed in it (not a patch: see `_diff`).
    tei_diff_marked: str = ""
    txt_diff_marked: str = ""
    edits_diff_marked: str = ""
    #: What the conversion said of the page (`Document.warnings`, as `convert` prints them: typo rules
    #: that do not settle, what a reader read past); not part of the JSON report.
    warnings: tuple[str, ...] = ()
    #: Of a case that differs: that its TEI was made by another layoutfix version or with other rules
    #: than this run (`_provenance_notes`), which may be why.
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.name,
            "status": self.status,
            "tei_diff": self.tei_diff,
            "txt_diff": self.txt_diff,
            "edits_diff": self.edits_diff,
            "tei_diff_marked": self.tei_diff_marked,
            "txt_diff_marked": self.txt_diff_marked,
            "edits_diff_marked": self.edits_diff_marked,
            "error": self.error,
            "missing": self.missing,
            "notes": list(self.notes),
        }


def _case_input(folder: Path) -> Path | None:
    """The case's `input.<ext>` file, or its `input/` folder of pages (a whole issue)."""
    inputs = sorted(p for p in folder.glob("input.*") if p.suffix in INPUT_SUFFIXES)
    for page in inputs:
        if page.is_dir():  # (read as an issue, it made a one-page case compare a different output)
            raise InputError(f"{page}: a folder; a one-page case's input is a file (an issue's pages go "
                             "in input/)")
    if (folder / "input").is_dir():
        inputs.append(folder / "input")
    if len(inputs) > 1:
        raise InputError(f"{folder}: more than one input file ({', '.join(p.name for p in inputs)})")
    return inputs[0] if inputs else None


def _refuse_case_without_input(folder: Path) -> None:
    """A folder that looks like a case (expected files, an `input` of some kind) but has no input
    `convert` reads is an error: skipping it would let a check pass without running the case."""
    names = [p.name for p in _entries(folder) if p.name in (TEI_FILE, TXT_FILE, EDITS_FILE, OPTIONS_FILE)
             or p.name.startswith("input")]
    if names:
        suffixes = ", ".join(f"input{s}" for s in sorted(INPUT_SUFFIXES))
        raise InputError(f"{folder}: no input file ({suffixes} or input/) beside {', '.join(sorted(names))}")


def find_cases(dirs: Folders, only: Sequence[str] | str = ()) -> list[GoldenCase]:
    """Every case in `dirs` (each a case folder or a folder of cases; one path alone is taken as one
    folder, not iterated), sorted by name; `only` keeps the cases of those names (each once).

    A folder that looks like a case but cannot be run (no input `convert` reads, two inputs, a name
    another folder uses too) is returned as a case whose `problem` says why, not raised: the other
    cases still run, and the report names it. Raised (InputError): a `dirs` entry that is not a folder
    or holds no case at all, and a name in `only` that no case has.
    """
    folders_of: dict[str, list[GoldenCase]] = {}
    for root in _paths(dirs):
        found = [case for folder in _case_folders(root) if (case := _scan_case(folder)) is not None]
        if not found:  # a wrong path must not pass a check as "0 cases, all match"
            deeper = [str(folder) for folder, _cases in folders_of_cases_below(root)]
            hint = f"; cases are deeper down: give {', '.join(deeper)}" if deeper else ""
            raise InputError(f"{root}: no golden cases (no folder with an input file){hint}")
        for case in found:
            folders_of.setdefault(case.name, []).append(case)
    cases = _refuse_twins({name: _one_case(name, same) for name, same in folders_of.items()})
    names = [only] if isinstance(only, str) else list(dict.fromkeys(only))
    if names:
        missing = sorted(set(names) - set(cases))
        if missing:
            raise InputError(f"no such golden case: {', '.join(missing)}")
        return [cases[n] for n in sorted(names)]
    return [cases[n] for n in sorted(cases)]


def folders_of_cases_below(dirs: Folders) -> list[tuple[Path, list[str]]]:
    """The folders in `dirs` that are no case but hold cases deeper down (`golden/1950/own-date/`),
    each with those cases' paths relative to it, sorted: `find_cases` reads a folder of cases one level
    deep only, so such cases are not run, and the caller says so. A folder given in `dirs` itself is
    left out (its cases are run). Symbolic links are not followed below the folder's own level."""
    given = {resolved(root) for root in _paths(dirs) if root.is_dir()}
    below: list[tuple[Path, list[str]]] = []
    for root in _paths(dirs):
        if not root.is_dir() or _holds_input(root):
            continue
        for folder in _subfolders_or_none(root):
            if folder.name.startswith(".") or _holds_input(folder) or resolved(folder) in given:
                continue
            cases = _cases_below(folder, given)
            if cases:
                below.append((folder, cases))
    return below


def _subfolders_or_none(root: Path) -> list[Path]:
    """`_subfolders`, or none when `root` cannot be listed (`find_cases` reports that)."""
    try:
        return _subfolders(root)
    except InputError:
        return []


def _cases_below(folder: Path, given: set[Path]) -> list[str]:
    """The case folders anywhere below `folder`, relative to it (a case's own folders, its `input/`,
    and hidden folders are not searched; neither is a folder in `given`, whose cases are run)."""
    found: list[str] = []
    for top, subdirs, _files in os.walk(folder):
        here = Path(top)
        keep = []
        for name in sorted(subdirs):
            sub = here / name
            if name.startswith(".") or resolved(sub) in given:
                continue
            if _holds_input(sub):
                found.append(sub.relative_to(folder).as_posix())
            else:
                keep.append(name)
        subdirs[:] = keep
    return sorted(found)


def _paths(dirs: Folders) -> list[Path]:
    """`dirs` as a list of paths: a single str or Path is one folder (iterated, a str gave its letters:
    `find_cases("mycases")` said `m: not a folder of golden cases`)."""
    if isinstance(dirs, str | PathLike):
        return [Path(dirs)]
    return [Path(d) for d in dirs]


def _case_folders(root: Path) -> list[Path]:
    """The folders in `root` that may be cases: `root` itself when it holds an input, else its
    subfolders (hidden ones, `.cache` or `.git`, are not cases)."""
    if not root.is_dir():
        raise InputError(reading_through_loop(root) or _not_a_folder(root))
    if _holds_input(root):
        return [root]
    return [p for p in _subfolders(root) if not p.name.startswith(".")]


def _not_a_folder(root: Path) -> str:
    """Why `root`, no folder, holds no cases: it does not exist (a broken symbolic link named so, with
    its target), or it is a file."""
    if os.path.lexists(root) and not root.exists():
        return f"{missing_file(root)}, not a folder of golden cases"
    if not os.path.lexists(root):
        return f"{root}: no such folder"
    return f"{root}: not a folder of golden cases"


def _holds_input(folder: Path) -> bool:
    """Whether `folder` holds an input of a case (`input.<ext>` convert reads, or `input/`)."""
    return (folder / "input").is_dir() or any(p.suffix in INPUT_SUFFIXES for p in folder.glob("input.*"))


def _scan_case(folder: Path) -> GoldenCase | None:
    """The case in `folder`; a case with its `problem` when the folder looks like a case but cannot be
    run; None when it is no case (a folder of notes beside the cases)."""
    try:
        inp = _case_input(folder)
        if inp is None:
            _refuse_case_without_input(folder)
            return None
    except InputError as exc:
        return GoldenCase(folder.name, folder, folder, problem=str(exc))
    return GoldenCase(folder.name, folder, inp)


def stray_files(case: GoldenCase) -> list[str]:
    """The names in the case's folder that look like an expected file's but are none (`Expected.txt`,
    `expected.text`, `expected.txt.bak`: a name starting `expected`, in any case, other than
    `EXPECTED_FILES`), sorted: `check` reads none of them, so a misnamed file would be compared with
    nothing and pass without a word. Empty when the folder cannot be listed (`check` reports that)."""
    try:
        names = [p.name for p in _entries(case.path)]
    except InputError:
        return []
    return [n for n in names if n.casefold().startswith("expected") and n not in EXPECTED_FILES]


def _one_case(name: str, same: list[GoldenCase]) -> GoldenCase:
    """The case of `name`; when two folders (not the same one given twice) have that name, a case whose
    problem names them all: which of them the name means cannot be told, so neither is run."""
    unique = list({resolved(case.path): case for case in same}.values())
    if len(unique) == 1:
        return unique[0]
    where = ", ".join(str(case.path) for case in unique)
    return GoldenCase(name, unique[0].path, unique[0].path,
                      problem=f"case name {name!r} is used by {len(unique)} folders: {where}")


def _refuse_twins(cases: dict[str, GoldenCase]) -> dict[str, GoldenCase]:
    """`cases`, those whose folders have a twin beside them given a `problem` naming both: folders whose
    names differ only in letter case or Unicode normalisation (`B/` and `b/`, NFD and NFC `café/`),
    which Linux keeps apart but macOS and Windows make one folder (`_folded`), so a colleague's
    checkout would run one case, or a mix of both. As `golden add` refuses to make such a name, neither
    is run. A case with a problem of its own keeps it."""
    groups: dict[tuple[Path, str], list[GoldenCase]] = {}
    for case in cases.values():
        groups.setdefault((resolved(case.path.parent), _folded(case.path.name)), []).append(case)
    out = dict(cases)
    for twins in groups.values():
        if len(twins) < 2:
            continue
        problem = _twins_problem(sorted(twins, key=lambda case: str(case.path)))
        for case in twins:
            if case.problem is None:
                out[case.name] = GoldenCase(case.name, case.path, case.input, problem=problem)
    return out


def _twins_problem(twins: list[GoldenCase]) -> str:
    """The error of case folders whose names differ only in letter case or Unicode normalisation; a
    name's normal form is said when only that differs (the two names look alike)."""
    names = [case.path.name for case in twins]
    same_nfc = len({unicodedata.normalize("NFC", name) for name in names}) == 1
    shown = [f"{case.path} ({'NFC' if unicodedata.is_normalized('NFC', case.path.name) else 'not NFC'})"
             if same_nfc else str(case.path) for case in twins]
    why = "Unicode normalisation" if same_nfc else "letter case"
    return (f"case folders {', '.join(shown[:-1])} and {shown[-1]} differ only in {why}: one folder on "
            "macOS and Windows, so neither is run; rename one")


def _entries(folder: Path) -> list[Path]:
    """What `folder` holds, sorted; an InputError naming it when it cannot be listed."""
    try:
        return sorted(folder.iterdir())
    except OSError as exc:
        raise InputError(f"{folder}: cannot read: {exc.strerror}") from None


def _subfolders(root: Path) -> list[Path]:
    """The folders in `root`, sorted (files beside the cases, a README, are not cases)."""
    return [p for p in _entries(root) if p.is_dir()]


@dataclass(frozen=True)
class CaseOutput:
    """What `convert` makes of a case: the TEI, the articles as plain text, and the edit log as
    `convert --edits` writes it (JSONL; an issue's log names each page file relative to the case)."""

    tei: str
    txt: str
    edits: str
    #: `Document.warnings`: what `convert` says on stderr of the case's input.
    warnings: tuple[str, ...] = ()


def render_case(case: GoldenCase, rule_dirs: Folders = ()) -> tuple[str, str]:
    """Run the case's input through `convert` and return (TEI, plain text)."""
    output = render_outputs(case, rule_dirs)
    return output.tei, output.txt


def render_outputs(case: GoldenCase, rule_dirs: Folders = ()) -> CaseOutput:
    """Run the case's input through `convert`: its TEI, plain text and edit log."""
    if case.problem is not None:
        raise InputError(case.problem)
    opts = case.options()
    with _case_limits(opts):
        return _outputs(case, opts, rule_dirs)


@contextmanager
def _case_limits(options: dict[str, Any]) -> Iterator[None]:
    """The input size limits of a case while it is read: its `max_bytes` and `max_blocks` (kept by
    `golden add --max-bytes/--max-blocks`, as `convert` takes them), else the caller's own (the
    defaults, or `golden check --max-bytes`). For this thread alone (`readers.limits.limits`): a page
    another thread converts meanwhile keeps its limits."""
    with limits(max_bytes=options.get("max_bytes"), max_blocks=options.get("max_blocks")):
        yield


def _outputs(case: GoldenCase, opts: dict[str, Any], rule_dirs: Folders) -> CaseOutput:
    """`render_outputs` of a case whose options are `opts`, within its size limits."""
    from .editlog import dumps_document_edits
    from .pipeline import build_document, render  # imported here: the pipeline pulls in every stage
    from .readers.detect import read_input

    norm = NormalizeOptions(
        variants=str(opts.get("variants", "none")),
        apply=opts.get("apply", "high"),
        quotes=opts.get("quotes", "auto"),
        rule_dirs=tuple(_paths(rule_dirs)),
    )
    if case.input.is_dir():  # a whole issue: one page per file, jumps between pages resolved
        return _issue_outputs(case, opts, norm)
    # The input's format is detected from its content; `from` in options.toml forces one.
    found = read_input(case.input, opts.get("from"), opts.get("encoding"))
    page_count = len(found.contents())
    if page_count != 1:  # an issue, as `convert` makes it
        if opts.get("page") is not None:  # (as `convert FILE --page N` is refused)
            raise InputError(f"{case.input}: holds {page_count} pages, numbered by the file; --page "
                             "(page in options.toml) numbers a file of one page")
        return _issue_outputs(case, opts, norm)
    content = found.text if found.text is not None else found.pages[0]
    # The source is named by file name only, so expected files do not depend on where the case lives.
    page = opts.get("page")  # a page number, or a section label (`A4`), as `convert --page` takes it
    document = build_document(
        content, source=case.input.name, page=page if isinstance(page, int) else None,
        label=page if isinstance(page, str) else None, paper=opts.get("paper"),
        date=opts.get("date"), options=norm, min_conf=opts.get("min_conf"),
    )
    log = dumps_document_edits(document)
    return CaseOutput(render(document, "tei"), render(document, "txt"), log, tuple(document.warnings))


def _issue_outputs(case: GoldenCase, opts: dict[str, Any], norm: NormalizeOptions) -> CaseOutput:
    """The outputs of a case whose input is an issue: a folder of page files, or one file holding
    several pages; its page files are named relative to the case, so the expected files do not depend
    on where the case lives."""
    from .editlog import dumps_issue_edits
    from .issue import build_issue_pages  # (build_issue drops the pages' own logs, which the log needs)
    from .pipeline import render

    document, _jumps, pages = build_issue_pages(
        [case.input], paper=opts.get("paper"), date=opts.get("date"), pages=None, keep_parts=False,
        options=norm, encoding=opts.get("encoding"), input_format=opts.get("from"),
        min_conf=opts.get("min_conf"), relative_to=case.path,
    )
    return CaseOutput(render(document, "tei"), render(document, "txt"), dumps_issue_edits(pages),
                      tuple(document.warnings))


#: The fields of an edit-log line in the order `convert --edits` writes them (`Edit.to_json`, the
#: block, and in an issue's log the page file and number).
_LOG_FIELDS = ("start", "end", "before", "after", "rule", "rules", "kind", "cert", "block", "source", "page")


def edit_log_lines(jsonl: str, source: str) -> list[str]:
    """The edit log as `check` compares it: one line per edit, its fields in the order `convert
    --edits` writes them, spelled one way.

    Every field counts (offsets, text, rule ids, kind, certainty, block, page): nothing in the log
    depends on the run (no version, no date; an issue's page files are named relative to the case).
    Only the JSON spelling does not count (spacing, key order, escapes), nor blank lines, nor a
    UTF-8 byte order mark before the first line (the TEI's is ignored too).
    """
    lines = []
    # A byte order mark a tool re-saving the log writes (Notepad) is no part of the first edit.
    jsonl = jsonl.removeprefix(_BOM)
    # Not splitlines(): U+0085 and U+2028 stand unescaped inside a log line, as in the page.
    for number, line in enumerate(jsonl.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source} line {number}: not JSON: {exc.msg}") from None
        if not isinstance(record, dict):
            raise InputError(f"{source} line {number}: not an edit (a JSON object)")
        ordered = {key: record[key] for key in _LOG_FIELDS if key in record}
        ordered |= {key: record[key] for key in sorted(record) if key not in ordered}
        lines.append(json.dumps(ordered, ensure_ascii=False))
    return lines


def canonical_lines(xml: str, source: str) -> list[str]:
    """The XML in C14N 2.0 form, laid out as `convert` lays out TEI (each element of a structure on
    its line, an element holding text on one line), as `check` compares it.

    Only indentation is dropped: whitespace-only text of XML whitespace between the elements of a
    structure (`_drop_indentation`). Every other character of text counts, a space, U+3000 or U+00A0
    between two inline elements (`</choice> <choice>`) included. layoutfix's own version
    (`application/@version` in the TEI header) and the rule files' SHA-256
    (`desc[@type="rules-sha256"]`) are left out, so an upgrade or a rule edit alone makes no case
    differ: what it changed in the text or the log does.
    """
    try:
        canon = etree.canonicalize(xml_data=xml)
        root = etree.fromstring(canon.encode("utf-8"))
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{source}: not well-formed XML: {_xml_fault(exc)}") from exc
    _drop_indentation(root)
    for application in root.iter(f"{{{TEI_NS}}}application"):
        if application.get("ident") == "layoutfix" and "version" in application.attrib:
            del application.attrib["version"]
        for digest in application.iterfind(f"{{{TEI_NS}}}desc[@type='rules-sha256']"):
            application.remove(digest)  # a rule edit shows as the text it changes (as the version)
    # Not etree.indent: it replaces any text that str.strip() empties (U+3000, U+00A0 between two
    # inline elements) with indentation, and indents inside a `p` holding only elements.
    indent_structure(root)
    return etree.tostring(root, encoding="unicode").splitlines()


def _xml_fault(exc: etree.XMLSyntaxError) -> str:
    """lxml's message without the `(<string>, line 64)` it appends (the file is named before it): the
    message, with the line and column it names or else the error's own."""
    message = (exc.msg or str(exc)).strip()
    if exc.position and "line" not in message:
        line, column = exc.position
        message += f", line {line}, column {column}"
    return message


def _drop_indentation(element: etree._Element) -> None:
    """Remove the indentation `convert`'s pretty-printer writes, which never counts: text and tails of
    XML whitespace only (space, tab, CR, LF) inside a structural element (`STRUCTURAL_ELEMENTS`: the
    header's structure, `text`, `body`, `div`...) reached from the root through structural elements,
    as the pretty-printer walks them. Whitespace inside an element holding text (`p`, `head`, `choice`,
    a `table` inside a `p`) is text, and stays, as does a U+3000 or U+00A0 anywhere."""
    if element.tag not in STRUCTURAL_ELEMENTS:
        return
    if element.text is not None and not element.text.strip(XML_SPACE):
        element.text = None
    for child in element:
        if child.tail is not None and not child.tail.strip(XML_SPACE):
            child.tail = None
        _drop_indentation(child)


def _diff(expected: list[str], actual: list[str], name: str, keys: tuple[list[str], list[str]] | None = None,
          label: str = "", open_ends: tuple[bool, bool] = (False, False)) -> tuple[str, str]:
    """Two forms of the diff of the lines as given, each ending with a newline (both empty when the
    lines match), with the same hunks:

    - a strict unified diff of the real lines, which `patch` applies to the expected file (the
      `*_diff` fields of the report: a program reads them);
    - the reading form (the `*_diff_marked` fields, the text report): changed lines show what would
      look the same (`_visible`), and each changed line paired with its new form (by similarity, not
      position: `_pairs`) is followed by a `?` line marking what changed in it
      (`[…]在莫高[-窑-]{+窟+}数字[…]`), so a one-hanzi change in a long line is seen. Its `?` lines
      are not lines of either file, so it is not a patch.

    `keys`, when given, are what the lines are compared by (one per line), the lines themselves what
    is shown. `open_ends` says of each side whether its text has no final newline: its last line
    then differs from the same line ending in one, and is followed by `\\ No newline at end of file`,
    as `diff -u` writes it (`_text_lines`)."""
    old_keys, new_keys = keys if keys is not None else (expected, actual)
    old_keys, new_keys = _open_end_keys(old_keys, open_ends[0]), _open_end_keys(new_keys, open_ends[1])
    old_marks, new_marks = _end_marks(expected, actual, open_ends)
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    plain: list[str] = []
    marked: list[str] = []
    for group in matcher.get_grouped_opcodes(3):
        if not plain:
            head = [f"--- {name} (expected{label})", f"+++ {name} (actual{label})"]
            plain += head
            marked += head
        first, last = group[0], group[-1]
        hunk = f"@@ -{_hunk_range(first[1], last[2])} +{_hunk_range(first[3], last[4])} @@"
        plain.append(hunk)
        marked.append(hunk)
        for tag, i1, i2, j1, j2 in group:
            old_end = _NO_NEWLINE if open_ends[0] and i2 == len(expected) else None
            new_end = _NO_NEWLINE if open_ends[1] and j2 == len(actual) else None
            if tag == "equal":
                plain += _ended([f" {line}" for line in expected[i1:i2]], old_end)
                marked += _ended([f" {_visible(line)}" for line in expected[i1:i2]], old_end)
                continue
            plain += (_ended([f"-{line}" for line in expected[i1:i2]], old_end)
                      + _ended([f"+{line}" for line in actual[j1:j2]], new_end))
            marked += _marked_block(expected[i1:i2], actual[j1:j2], old_keys[i1:i2], new_keys[j1:j2],
                                    (old_marks[i1:i2], new_marks[j1:j2]), (old_end, new_end))
    return "".join(f"{line}\n" for line in plain), "".join(f"{line}\n" for line in marked)


#: What `diff -u` writes after the last line of a text that has no final newline.
_NO_NEWLINE = "\\ No newline at end of file"


def _ended(lines: list[str], end: str | None) -> list[str]:
    """`lines`, followed by `end` (`_NO_NEWLINE`) when given and there are lines."""
    return [*lines, end] if end is not None and lines else lines


def _open_end_keys(keys: list[str], open_end: bool) -> list[str]:
    """The keys of a text's lines, the last one set apart when the text has no final newline (a NUL
    no line of text holds), so it differs from the same line ending in one."""
    return [*keys[:-1], f"{keys[-1]}\0"] if open_end and keys else keys


def _end_marks(
    expected: list[str], actual: list[str], open_ends: tuple[bool, bool]
) -> tuple[list[str], list[str]]:
    """The lines as a `?` line compares them: themselves, but when one text ends in a newline and the
    other does not, each last line with its line feed (if any), so the `?` line marks it
    (`[…]作出贡献。{+\\u000a+}`)."""
    if open_ends[0] == open_ends[1]:
        return expected, actual

    def ended(lines: list[str], open_end: bool) -> list[str]:
        return [*lines[:-1], lines[-1] + ("" if open_end else "\n")] if lines else lines

    return ended(expected, open_ends[0]), ended(actual, open_ends[1])


def _hunk_range(start: int, stop: int) -> str:
    """A hunk's line range as `diff -u` writes it (`difflib`'s own formatting)."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start + 1 if length else start},{length}"


def _marked_block(old: list[str], new: list[str], old_keys: list[str], new_keys: list[str],
                  marks: tuple[list[str], list[str]] | None = None,
                  ends: tuple[str | None, str | None] = (None, None)) -> list[str]:
    """The reading form of one changed block: each old line paired with a new one (`_pairs`) as `-`,
    `+` and the `?` line of what changed in it (between the `marks` of the two lines, by default the
    lines); the lines around a pair, unpaired, as `-` then `+`. `ends`: the line that follows the
    block's last old (new) line, when it is the last of a text without a final newline."""
    old_marks, new_marks = marks if marks is not None else (old, new)

    def removed(k: int) -> list[str]:
        return [f"-{_visible(old[k])}", *([ends[0]] if ends[0] is not None and k == len(old) - 1 else [])]

    def added(k: int) -> list[str]:
        return [f"+{_visible(new[k])}", *([ends[1]] if ends[1] is not None and k == len(new) - 1 else [])]

    out: list[str] = []
    i = j = 0
    for pi, pj in [*_pairs(old_keys, new_keys), (len(old), len(new))]:
        out += [line for k in range(i, pi) for line in removed(k)]
        out += [line for k in range(j, pj) for line in added(k)]
        if pi < len(old):
            out += [*removed(pi), *added(pj), f"? {_marked(old_marks[pi], new_marks[pj])}"]
        i, j = pi + 1, pj + 1
    return out


#: How alike two lines must be (`SequenceMatcher.ratio`) to be shown as one line changed, `difflib.Differ`'s
#: own cutoff; and the largest block (old lines times new lines) searched for such pairs.
_PAIR_RATIO = 0.75
_PAIR_CELLS = 40_000


def _pairs(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    """The (old, new) line pairs of a changed block that are one line changed, in order: the most
    alike pair (ratio at least `_PAIR_RATIO`) first, then the same in the lines before it and after
    it, as `difflib.Differ` pairs lines. By position (`zip`), two paragraphs merged into one line
    paired the merged line with the first and the next paragraph's real edit with the one after it.
    A block larger than `_PAIR_CELLS` is not searched (its lines are shown unpaired)."""
    if len(old) * len(new) > _PAIR_CELLS:
        return []
    pairs: list[tuple[int, int]] = []
    todo = [(0, len(old), 0, len(new))]
    while todo:
        i1, i2, j1, j2 = todo.pop()
        best = _best_pair(old, new, i1, i2, j1, j2)
        if best is not None:
            pairs.append(best)
            todo += [(i1, best[0], j1, best[1]), (best[0] + 1, i2, best[1] + 1, j2)]
    return sorted(pairs)


def _best_pair(old: list[str], new: list[str], i1: int, i2: int, j1: int, j2: int) -> tuple[int, int] | None:
    """The most alike pair of `old[i1:i2]` and `new[j1:j2]`, if it is alike enough (`_PAIR_RATIO`)."""
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    best_ratio, best = _PAIR_RATIO, None
    for j in range(j1, j2):
        matcher.set_seq2(new[j])
        for i in range(i1, i2):
            matcher.set_seq1(old[i])
            if (matcher.real_quick_ratio() >= best_ratio and matcher.quick_ratio() >= best_ratio
                    and (ratio := matcher.ratio()) >= best_ratio and (best is None or ratio > best_ratio)):
                best_ratio, best = ratio, (i, j)
    return best


#: Characters a diff cannot show: format characters (U+200B), combining marks (a variation selector
#: U+E0100, an NFD accent), private-use, unassigned and surrogate code points.
_UNSEEN_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Co", "Cn", "Cs"})


def _visible(text: str) -> str:
    """`text` with what a diff cannot show made visible: a character of `_UNSEEN_CATEGORIES` or a space
    other than ASCII's (U+3000, a tab) as its escape (`\\u200b`, `\\U000e0100`), a trailing space as
    `␣`. What would read as one of these is escaped in turn: a backslash as `\\\\` (a six-character
    `\\u3000` in the text is not an ideographic space) and a `␣` in the text as `\\u2423`."""
    body = text.rstrip(" ")
    return "".join(_shown(c) for c in body) + "␣" * (len(text) - len(body))


def _shown(char: str) -> str:
    """One character as `_visible` shows it."""
    if char == "\\":
        return "\\\\"
    if char == "␣" or (char != " " and (char.isspace() or unicodedata.category(char) in _UNSEEN_CATEGORIES)):
        return _escape(char)
    return char


def _escape(char: str) -> str:
    """A character's code point as Python writes it: `\\u3000`, `\\U000e0100` beyond the BMP."""
    return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"


def _looks_alike(old: str, new: str) -> bool:
    """Whether two different pieces of text would look the same in a diff: the same after NFKC and as
    wide (a compatibility ideograph U+F900 and 豈 U+8C48, Kangxi ⼈ U+2F08 and 人, NFD and NFC). A
    full-width comma and an ASCII one are NFKC-equal but differ in width, so they are shown as text."""
    return (unicodedata.normalize("NFKC", old) == unicodedata.normalize("NFKC", new)
            and _width(old) == _width(new))


def _width(text: str) -> int:
    """How many terminal columns `text` takes: two for a wide character, none for a mark."""
    return sum(0 if unicodedata.category(c) in _UNSEEN_CATEGORIES else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


#: How much unchanged text a `?` line keeps on each side of a change.
_MARK_CONTEXT = 12
#: What stands for unchanged text a `?` line leaves out: not `…`, which Chinese text writes itself
#: (`……`), so a cut could not be told from the text.
_CUT = "[…]"


def _marked(old: str, new: str) -> str:
    """What changed from `old` to `new`, in wdiff's notation: `[-removed-]{+added+}`, with a little of
    the unchanged text around each change (longer stretches cut to `[…]`). Pieces that would look
    alike (`_looks_alike`) are shown as their code points: `[-\\uf900-]{+\\u8c48+}`."""
    opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    pieces = []
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            pieces.append(_kept(old[i1:i2], first=n == 0, last=n == len(opcodes) - 1))
            continue
        removed, added = old[i1:i2], new[j1:j2]
        show = _codes if removed and added and _looks_alike(removed, added) else _visible
        if removed:
            pieces.append(f"[-{show(removed)}-]")
        if added:
            pieces.append(f"{{+{show(added)}+}}")
    return "".join(pieces)


def _codes(text: str) -> str:
    """Every character of `text` as its code point."""
    return "".join(_escape(c) for c in text)


def _kept(text: str, first: bool, last: bool) -> str:
    """An unchanged stretch of a `?` line: the ends that touch a change, the rest cut to `[…]`."""
    n = _MARK_CONTEXT
    if first and len(text) > n:
        return _CUT + _visible(text[-n:])
    if last and len(text) > n:
        return _visible(text[:n]) + _CUT
    if len(text) > 2 * n + 1:
        return _visible(text[:n]) + _CUT + _visible(text[-n:])
    return _visible(text)


def _tei_diff(expected_xml: str, actual_xml: str, expected: list[str], actual: list[str]) -> tuple[str, str]:
    """The TEI diff (strict and reading form, as `_diff`), of the files' own lines (line numbers are
    the file's, inline elements stay on their line), compared line by line without what never counts
    (indentation, attribute order, layoutfix's version, the rules' SHA-256); when that finds nothing
    (the difference is in what the line comparison drops), of the canonical form `check` compares,
    which its header says (that diff does not apply to the file)."""
    old, new = _file_lines(expected_xml), _file_lines(actual_xml)
    keys = ([_line_key(line) for line in old], [_line_key(line) for line in new])
    shown = _diff(old, new, TEI_FILE, keys=keys)
    if shown[0]:
        return shown
    return _diff(expected, actual, TEI_FILE, label=", canonical form: not the file's lines")


def _file_lines(text: str) -> list[str]:
    """A file's lines as `patch` and an editor count them: split at line feeds only (not
    `str.splitlines`, which also splits at U+2028, U+0085 or a form feed in the text, so the diff's
    line numbers and lines were not the file's)."""
    lines = text.split("\n")
    return lines[:-1] if lines[-1] == "" else lines


def _expected_text(path: Path) -> str:
    """`expected.txt` as `check` compares it: its text as decoded (`_read_case_file`: CRLF line ends
    read as LF), without a byte order mark at its start, which is no part of the articles (an editor
    on Windows adds one; the edit log's is dropped alike). Every other character counts, the final
    newline and trailing blank lines included."""
    return _read_case_file(path).removeprefix(_BOM)


def _txt_diff(expected: str, actual: str) -> tuple[str, str]:
    """The diff of `expected.txt` (`_diff`) when its text is not the output's: line by line, and a
    last line without its final newline (or with one the output lacks) shown as `diff -u` shows it,
    `\\ No newline at end of file`; both empty when the texts are the same."""
    if expected == actual:
        return "", ""
    return _diff(_file_lines(expected), _file_lines(actual), TXT_FILE, open_ends=(
        _open_end(expected), _open_end(actual)))


def _open_end(text: str) -> bool:
    """Whether `text` has a last line without a final newline."""
    return bool(text) and not text.endswith("\n")


_TAG = re.compile(r"<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>")
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(\"[^\"]*\"|'[^']*')")


def _line_key(line: str) -> str:
    """A TEI line as the file diff compares it: without indentation, its tags' attributes in one order
    and quoted one way, without layoutfix's version; the rules' SHA-256 line is one key whatever it
    holds."""
    if 'type="rules-sha256"' in line:
        return "<desc type=rules-sha256>"

    def tag(match: re.Match[str]) -> str:
        attributes = sorted(f'{k}="{v[1:-1]}"' for k, v in _ATTRIBUTE.findall(match.group(2)))
        if match.group(1) == "application" and 'ident="layoutfix"' in attributes:
            attributes = [a for a in attributes if not a.startswith("version=")]
        return f"<{' '.join([match.group(1), *attributes])}{match.group(3)}>"

    return _TAG.sub(tag, line.strip())


#: How many times the input size limit (`max_bytes`) an expected file or options.toml may be: the
#: TEI of a page is a few times its text; a file beyond it is refused rather than read whole. Never
#: less than `_CASE_FILE_FLOOR`, so a small `--max-bytes` does not refuse a TEI of a small page.
_CASE_FILE_FACTOR = 16
_CASE_FILE_FLOOR = 64 * 1024 * 1024


def _case_file_bound() -> int:
    """The most bytes a case file is read to (0: no bound, when the input limit is 0)."""
    limit = max_bytes()
    return max(_CASE_FILE_FACTOR * limit, _CASE_FILE_FLOOR) if limit else 0


def _read_case_file(path: Path, errors: str = "strict") -> str:
    """A case file's text (an expected file, options.toml); an InputError naming it when it cannot be
    read (a folder, no permission), is no regular file (a FIFO would block the read, a link to
    /dev/zero never end it: refused before it is opened), is over `_case_file_bound` bytes, or,
    with strict `errors`, is not UTF-8."""
    try:
        if not path.is_dir() and path.exists() and not path.is_file():
            raise InputError(not_a_regular_file(path))
        bound = _case_file_bound()
        with path.open("rb") as f:
            data = f.read(bound + 1) if bound else f.read()
        if bound and len(data) > bound:
            raise InputError(f"{path}: over {bound:,} bytes, the most a case file may hold "
                             f"({_CASE_FILE_FACTOR} times the input limit, at least 64 MB; raise it "
                             "with --max-bytes, 0 = no limit): not read")
        # Line ends read as text mode reads them (`read_text` did): a CRLF checkout still matches.
        return data.decode("utf-8", errors=errors).replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def check_case(case: GoldenCase, rule_dirs: Folders = ()) -> CaseResult:
    """Compare a case's current output with its expected files (the edit log only when the case
    has one: cases made before logs were kept check as they did)."""
    if case.problem is not None:  # (a folder that cannot be run: its own error, the others still run)
        return CaseResult(case.name, "error", error=case.problem)
    try:
        case.options()  # a bad options.toml is the error to fix first, even before a missing file
    except LayoutfixError as exc:
        return CaseResult(case.name, "error", error=str(exc))
    missing = [f.name for f in (case.expected_tei,) if not f.exists()]
    if missing:
        return CaseResult(case.name, "error", error=f"{case.path}: missing {', '.join(missing)}",
                          missing=missing)
    try:
        out = render_outputs(case, rule_dirs)
        expected_xml = _read_case_file(case.expected_tei)
        expected = canonical_lines(expected_xml, str(case.expected_tei))
        actual = canonical_lines(out.tei, f"{case.name} output")
        tei = _tei_diff(expected_xml, out.tei, expected, actual) if expected != actual else ("", "")
        txt = edits = ("", "")
        if case.expected_txt.exists():
            txt = _txt_diff(_expected_text(case.expected_txt), out.txt)
        if case.expected_edits.exists():
            exp_log = edit_log_lines(_read_case_file(case.expected_edits), str(case.expected_edits))
            edits = _diff(exp_log, edit_log_lines(out.edits, f"{case.name} edit log"), EDITS_FILE)
    except LayoutfixError as exc:
        return CaseResult(case.name, "error", error=str(exc))
    status: Status = "differ" if tei[0] or txt[0] or edits[0] else "ok"
    notes = _provenance_notes(expected_xml, out.tei, rule_dirs) if status == "differ" else ()
    if status == "differ" and made_with_own_rules(case) and not _paths(rule_dirs):  # (surely, not maybe)
        notes = (f"made with rule folders of your own ({OWN_RULES_KEY} = true in its {OPTIONS_FILE}), "
                 "not given now: golden check --rules YOUR-RULES/",
                 *(note for note in notes if not note.startswith(f"{TEI_FILE} was made with other rules")))
    elif status == "differ" and (missing := missing_own_rule_ids(case, rule_dirs)):
        notes = (f"the --rules given do not define {', '.join(missing)}, which the case was made with "
                 f"({OWN_RULE_IDS_KEY} in its {OPTIONS_FILE}): give the folder it was made with, or "
                 "update with --rules-changed", *notes)
    return CaseResult(case.name, status, tei_diff=tei[0], txt_diff=txt[0], edits_diff=edits[0],
                      tei_diff_marked=tei[1], txt_diff_marked=txt[1], edits_diff_marked=edits[1],
                      warnings=out.warnings, notes=notes)


def _provenance_notes(expected_xml: str, actual_xml: str, rule_dirs: Folders) -> tuple[str, ...]:
    """What the TEI headers say of a case that differs: the layoutfix version and rules SHA-256 its
    expected TEI records, where they are not this run's (neither counts in the comparison, but either
    may be why the case differs); with a hint at `--rules` when the recorded rules are neither the
    shipped rules alone nor this run's (an earlier state of the shipped rules, or `golden add --rules`:
    the header cannot tell which)."""
    from .contentkey import rules_digest

    (old_version, old_rules), (new_version, new_rules) = _provenance(expected_xml), _provenance(actual_xml)
    notes = []
    if old_version and new_version and old_version != new_version:
        notes.append(f"{TEI_FILE} was made by layoutfix {old_version}; this is {new_version}")
    if old_rules and new_rules and old_rules != new_rules:
        note = (f"{TEI_FILE} was made with other rules (rules-sha256 {old_rules[:12]}…; this run's "
                f"{new_rules[:12]}…)")
        if old_rules == rules_digest(NormalizeOptions()):
            note += ": the shipped rules alone, without the --rules given now"
        else:
            which = ("neither the shipped rules alone nor with the --rules given" if _paths(rule_dirs)
                     else "not the shipped rules as they are now")
            note += (f": {which}: an earlier state of the shipped rules, or --rules folder(s) it was made "
                     "with (golden check --rules MINE/)")
        notes.append(note)
    return tuple(notes)


def _provenance(xml: str) -> tuple[str | None, str | None]:
    """The layoutfix version and rules SHA-256 a TEI header records (None for what it lacks, or when
    it is no XML)."""
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return None, None
    for application in root.iter(f"{{{TEI_NS}}}application"):
        if application.get("ident") == "layoutfix":
            digest = application.find(f"{{{TEI_NS}}}desc[@type='rules-sha256']")
            return application.get("version"), None if digest is None else digest.get("n")
    return None, None


def update_case(
    case: GoldenCase, rule_dirs: Folders = (), warn: Callable[[str], None] | None = None,
    *, record_rule_ids: bool = False,
) -> list[str]:
    """Rewrite the case's expected files from the current output; the names of the files written
    (empty, so false, when nothing changed).

    A file is rewritten only when `check_case` would report it (or it is missing: an update gives an
    old case its edit log), so an upgrade that changes nothing but layoutfix's version leaves every
    file as it is. Nothing is written when the run fails or its TEI is not well-formed, and each file
    is replaced whole (a temporary file and a rename), so an interrupted update leaves the old file or
    the new one, never half of one.

    `warn`: called with each line `convert` says on stderr of the case's input (`CaseOutput.warnings`).

    A case made with rule folders of its own records the rule ids of `rule_dirs` (`own_rule_ids` in
    its options.toml) when its files are rewritten with them, or, with `record_rule_ids` (`golden
    update --rules-changed`), whenever they are not the ids it records.
    """
    out = render_outputs(case, rule_dirs)
    if warn is not None:
        for line in out.warnings:
            warn(line)
    stale = _stale_files(case, out)
    if (stale or record_rule_ids) and (options := _options_recording(case, rule_dirs)) is not None:
        stale.append((case.path / OPTIONS_FILE, options))  # (written with them: all or none)
    _write_case_files(stale)
    return [path.name for path, _content in stale]


def own_rule_ids(rule_dirs: Folders) -> list[str]:
    """The rule ids the rule folders (or files) `rule_dirs` define, sorted, without the shipped
    rules: each rule's id, and each id a folder switches off (`enabled = false`). What a case made
    with them records as `own_rule_ids`: it names the rules, not where the folders are nor what
    their find/replace say, so a checkout elsewhere and a rule edited on purpose keep it. Raises
    `RuleError` for a malformed rule file (as the update itself would)."""
    from .normalize.typos import load_rule_file, rule_files

    ids: set[str] = set()
    for folder in _paths(rule_dirs):
        for path in rule_files(Path(folder)):
            ids.update(rule if isinstance(rule, str) else rule.id for rule in load_rule_file(path))
    return sorted(ids)


def missing_own_rule_ids(case: GoldenCase, rule_dirs: Folders = ()) -> list[str]:
    """The rule ids a case made with rule folders of its own records (`own_rule_ids`) that
    `rule_dirs` do not define, sorted: given those folders, the case is updated with another folder
    than it was made with (or rules of it were removed or renamed). Empty when no rule folder is
    given (`drops_own_rules` covers that), the case records no ids (one added before they were kept),
    or its options.toml or the rules cannot be read (the update reports that)."""
    if not _paths(rule_dirs) or not made_with_own_rules(case):
        return []
    try:
        recorded = case.options().get(OWN_RULE_IDS_KEY)
        if recorded is None:
            return []
        given = set(own_rule_ids(rule_dirs))
    except LayoutfixError:
        return []
    return sorted(rid for rid in set(recorded) if rid not in given)


def other_own_rules(case: GoldenCase, rule_dirs: Folders = ()) -> tuple[list[str], list[str]] | None:
    """Of a case made with rule folders of the project's own, updated with `rule_dirs` that lack
    some of the rule ids it records (`missing_own_rule_ids`): (those ids, the expected files the
    update would rewrite). None when none is missing, or the update would rewrite nothing (the
    rules given give what the files hold): an update that changes no file cannot lose the case's
    corrections. A case that cannot be rendered gives None here: its update reports the error."""
    if not (missing := missing_own_rule_ids(case, rule_dirs)):
        return None
    try:
        files = [path.name for path, _content in _stale_files(case, render_outputs(case, rule_dirs))]
    except LayoutfixError:
        return None
    return (missing, files) if files else None


def _options_recording(case: GoldenCase, rule_dirs: Folders) -> str | None:
    """The case's options.toml with `own_rule_ids` set to the ids `rule_dirs` define, when the case
    was made with rule folders of its own, they are given and it records other ids (or none: a case
    made before they were kept); None when there is nothing to change. Only that entry is touched
    (changed in place, or added at the end); the rest of the file stays as written."""
    if not _paths(rule_dirs) or not made_with_own_rules(case):
        return None
    given = own_rule_ids(rule_dirs)
    if case.options().get(OWN_RULE_IDS_KEY) == given:
        return None
    text = _read_case_file(case.path / OPTIONS_FILE)
    line = f"{OWN_RULE_IDS_KEY} = {_toml_value(given)}"
    pattern = re.compile(rf"^[ \t]*{OWN_RULE_IDS_KEY}[ \t]*=[ \t]*\[[^\]]*\][^\r\n]*", re.MULTILINE)
    if pattern.search(text):
        return pattern.sub(lambda _m: line, text, count=1)
    return f"{text}{'' if not text or text.endswith(chr(10)) else chr(10)}{line}\n"


def _stale_files(case: GoldenCase, out: CaseOutput) -> list[tuple[Path, str]]:
    """The expected files of `case` that `out` would rewrite (those `check_case` reports, or that are
    missing), each with its new content."""
    new_tei = canonical_lines(out.tei, f"{case.name} output")
    new_log = edit_log_lines(out.edits, f"{case.name} edit log")
    return [(path, content) for path, content, differs in (
        (case.expected_tei, out.tei, lambda old: _tei_lines_or_none(old, case) != new_tei),
        (case.expected_txt, out.txt, lambda old: old.removeprefix(_BOM) != out.txt),
        (case.expected_edits, out.edits, lambda old: _log_lines_or_none(old, case) != new_log),
    ) if not path.exists() or differs(_read_case_file(path, errors="replace"))]


def made_with_own_rules(case: GoldenCase) -> bool:
    """Whether the case records that it was made with rule folders of the project's own
    (`own_rules = true` in its options.toml, as `golden add --rules` writes it); False when its
    options.toml cannot be read (`check` reports that)."""
    try:
        return case.options().get(OWN_RULES_KEY) is True
    except LayoutfixError:
        return False


def drops_own_rules(case: GoldenCase, rule_dirs: Folders = ()) -> list[str]:
    """The expected files an update of `case` with `rule_dirs` would rewrite although the case was made
    with rule folders of the project's own (`made_with_own_rules`) and none is given: those files
    would lose the corrections of those rules (and gain those of shipped rules they switched off or
    replaced), whatever their ids. Empty when rule folders are given, the case records none, or the
    shipped rules alone give what the files hold (nothing would be dropped, so nothing is said). A
    case that cannot be rendered gives none here: its update reports the error."""
    if _paths(rule_dirs) or not made_with_own_rules(case):
        return []
    try:
        return [path.name for path, _content in _stale_files(case, render_outputs(case, rule_dirs))]
    except LayoutfixError:
        return []


def unknown_rules(case: GoldenCase, rule_dirs: Folders = ()) -> list[str]:
    """The rule ids the case's expected files record (the edit log's `rules`, the TEI's `corr/@type`)
    that neither layoutfix nor `rule_dirs` defines, sorted: those of a user rule folder the case was
    made with (`golden add --rules`) and that is not given now. `update_case` would drop their
    corrections from the files, so `golden update` says so. A file that cannot be read or parsed
    records nothing here (`check` reports it)."""
    from .export.html import RULE_WHY
    from .normalize.typos import load_ruleset

    recorded = _logged_rules(case) | _tei_rules(case)
    if not recorded:
        return []
    known = set(RULE_WHY) | {rule.id for rule in load_ruleset(tuple(_paths(rule_dirs))).rules}
    return sorted(rid for rid in recorded if rid not in known and not rid.startswith(_RUN_TIME_RULES))


#: Built-in rule ids made at run time: `variant.<OpenCC config>`, `suggest.<suspect>-<proposal>`.
_RUN_TIME_RULES = ("variant.", "suggest.")


def _logged_rules(case: GoldenCase) -> set[str]:
    """The rule ids of the case's expected edit log (none when it has none or it cannot be read)."""
    try:
        lines = edit_log_lines(_read_case_file(case.expected_edits), str(case.expected_edits))
    except InputError:
        return set()
    ids: set[str] = set()
    for line in lines:
        record = json.loads(line)
        rules = record.get("rules", [record.get("rule")])
        ids.update(rid for rid in (rules if isinstance(rules, list) else []) if isinstance(rid, str))
    return ids


def _tei_rules(case: GoldenCase) -> set[str]:
    """The rule ids of the inline corrections (`corr/@type`) of the case's expected TEI."""
    try:
        root = etree.fromstring(_read_case_file(case.expected_tei).encode("utf-8"))
    except (InputError, etree.XMLSyntaxError):
        return set()
    return {str(corr.get("type")) for corr in root.iter(f"{{{TEI_NS}}}corr") if corr.get("type")}


def _tei_lines_or_none(xml: str, case: GoldenCase) -> list[str] | None:
    """The expected TEI as `check` compares it; None when it is not well-formed (update replaces it)."""
    try:
        return canonical_lines(xml, str(case.expected_tei))
    except InputError:
        return None


def _log_lines_or_none(jsonl: str, case: GoldenCase) -> list[str] | None:
    """The expected edit log as `check` compares it; None when a line is not JSON (update replaces it)."""
    try:
        return edit_log_lines(jsonl, str(case.expected_edits))
    except InputError:
        return None


def add_case(
    input_path: Path, name: str, root: Path, options: dict[str, Any] | None = None,
    rule_dirs: Folders = (), warn: Callable[[str], None] | None = None,
) -> GoldenCase:
    """Create `root/name/` from an input page (or a folder of an issue's pages) and write its expected
    files, made with `rule_dirs` after the shipped rules, as `check_case(case, rule_dirs)` runs it.
    The rule folders are not written into the case: they are given at check time, for every case (a
    path kept in options.toml would depend on where the project is checked out). A date is kept in
    its ASCII form (`_stored_options`).

    An add that fails at any stage (copying the input, converting it, writing a file) leaves nothing
    behind: neither a half-made case that the next `add` or `check` trips over, nor a `root` it made.
    It never removes anything that was there before. An error about the case's copy of the input names
    the user's file instead, since the copy is gone by the time the error is read. `warn`: as
    `update_case`'s, with a line naming the case's copy of the input (`input.txt`, `input/0001.txt`)
    naming the user's file as given instead (`_naming_the_input`).
    """
    input_path = Path(input_path)
    # Checked before anything is made: an error names the options given, not a file of the case
    # (the options.toml it names would be gone by the time it is read).
    given = {k: v for k, v in (options or {}).items() if v is not None}
    if _paths(rule_dirs):  # (not their paths: see above; `golden update` without them refuses the case)
        given[OWN_RULES_KEY] = True
        given[OWN_RULE_IDS_KEY] = own_rule_ids(rule_dirs)  # (and with another folder, too)
    options = checked_options(_stored_options(given), "options")
    target = _case_input_name(input_path, options)
    folder = Path(root) / name
    _refuse_over_limit(input_path, options)
    if input_path.is_dir() and resolved(folder).is_relative_to(resolved(input_path)):
        raise InputError(f"{input_path}: the case {folder} would be inside the issue it copies")
    made = _make_case_folder(folder)
    try:
        _copy_input(input_path, folder / target)
        lines = [f"{k} = {_toml_value(v)}" for k, v in sorted(options.items())]
        if lines:
            _write_case_file(folder / OPTIONS_FILE, "\n".join(lines) + "\n")
        case = GoldenCase(name, folder, folder / target)
        update_case(case, rule_dirs, _naming_the_input(warn, target, input_path))
    except LayoutfixError as exc:
        _remove_made(folder, made)
        exc.args = (str(exc).replace(str(folder / target), str(input_path)),)
        raise
    except BaseException:
        _remove_made(folder, made)
        raise
    return case


def _naming_the_input(
    warn: Callable[[str], None] | None, target: str, input_path: Path
) -> Callable[[str], None] | None:
    """`warn`, with a warning line of the page named `target` in the case (the case's copy of the
    input, or a page of its copied issue: `input/0001.txt`) naming `input_path`, the file or folder
    the user gave `golden add`, instead: they never named the copy."""
    if warn is None:
        return None

    def said(line: str) -> None:
        name, sep, rest = line.partition(": ")
        if sep and (name == target or name.startswith(f"{target}/")):
            line = f"{input_path}{name[len(target):]}{sep}{rest}"
        warn(line)

    return said


def _refuse_over_limit(input_path: Path, options: dict[str, Any]) -> None:
    """An InputError, as `convert` gives it, when the input file is over the case's `max_bytes` (or
    the process's limit), from its size: before the case is made and the file copied into it."""
    from .readers.limits import check_size

    if input_path.is_file():
        with _case_limits(options):
            check_size(input_path.stat().st_size, str(input_path))


def _stored_options(options: dict[str, Any]) -> dict[str, Any]:
    """The options as the case keeps them: the date in the ASCII form the TEI header writes
    (`pipeline.checked_date`: `２０２１-０５-０６`, as a Chinese input method types it, is
    `2021-05-06`), so options.toml and the expected TEI spell it alike. A date that is none raises
    its `InputError` before any case folder is made."""
    from .pipeline import checked_date

    if options.get("date") is None:
        return options
    return {**options, "date": checked_date(options["date"])}


def _make_case_folder(folder: Path) -> Path:
    """Make the new case's folder, and its missing parents; the outermost folder it made (what undoes
    the add). An InputError when the name is taken or the folder cannot be made (a `--dir` that is a
    file)."""
    if folder.exists() or folder.is_symlink():
        kind = "case" if folder.is_dir() else "file"
        raise InputError(f"{folder}: a {kind} with this name exists already")
    if (twin := _same_name_elsewhere(folder)) is not None:
        raise InputError(f"{folder}: {twin} exists already, a name differing only in letter case or "
                         "Unicode normalisation (the same folder on macOS and Windows): choose another name")
    if folder.parent.exists() and not folder.parent.is_dir():
        raise InputError(f"{folder.parent}: not a folder of golden cases")
    outermost = folder
    while outermost.parent != outermost and not outermost.parent.exists():
        outermost = outermost.parent
    try:
        folder.mkdir(parents=True)
    except OSError as exc:  # a loop of symbolic links on the way is named, as convert names it
        why = loop_on_the_way(folder) or exc.strerror
        raise InputError(f"{folder}: cannot make the case folder: {why}") from None
    return outermost


def _same_name_elsewhere(folder: Path) -> Path | None:
    """What beside `folder` has a name that differs from its name only in letter case or Unicode
    normalisation (`B` for `b`, NFD `é` for NFC `é`), or None: one folder on a case- or
    normalisation-insensitive disk (macOS, Windows), so a case added as `b` beside `B` would be
    checked out on such a disk as one folder of both."""
    if not folder.parent.is_dir():
        return None
    key = _folded(folder.name)
    try:
        return next((p for p in _entries(folder.parent) if p.name != folder.name and _folded(p.name) == key),
                    None)
    except InputError:
        return None


def _folded(name: str) -> str:
    """A file name as a case- and normalisation-insensitive disk (APFS, HFS+, NTFS) compares it: simple
    case mapping (`str.lower`, so `straße` and `strasse` stay two names, as on those disks), after NFC."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).lower())


def _remove_made(folder: Path, outermost: Path) -> None:
    """Undo `_make_case_folder`: the case folder with what the add put in it, then each parent it made
    up to `outermost`, only while empty (so nothing that someone else put there meanwhile is lost)."""
    shutil.rmtree(folder, ignore_errors=True)
    if outermost == folder:
        return
    for parent in folder.parents:
        try:
            parent.rmdir()
        except OSError:
            return
        if parent == outermost:
            return


def _copy_input(source: Path, copy: Path) -> None:
    """Copy the input page (or issue folder) into the case; an InputError naming it on failure."""
    try:
        if source.is_dir():
            shutil.copytree(source, copy)
        else:
            shutil.copyfile(source, copy)
    except OSError as exc:  # (shutil.Error, a copytree's list of failures, has no strerror)
        raise InputError(f"{source}: cannot copy into the case: {exc.strerror or exc}") from None


def _write_case_file(path: Path, text: str) -> None:
    """Write one file of a case whole or not at all; a LayoutfixError naming it on failure."""
    _write_case_files([(path, text)])


def _write_case_files(files: Sequence[tuple[Path, str]]) -> None:
    """Write a case's files all or none, so a failed update leaves the case as it was, not with a new
    TEI beside an old edit log; a LayoutfixError naming the case folder on failure."""
    from .atomic import write_all_atomic

    if not files:
        return
    try:
        write_all_atomic([(path, text.encode("utf-8")) for path, text in files], make_parents=False)
    except OSError as exc:
        where = exc.filename or files[0][0].parent
        raise LayoutfixError(f"{where}: cannot write: {exc.strerror}") from None


def _case_input_name(input_path: Path, options: dict[str, Any]) -> str:
    """The name the input gets in a case folder: `input.<ext>` for a page, `input` for an issue."""
    if input_path.is_dir():
        if options.get("page") is not None:
            raise InputError(f"{input_path}: --page is for one page; an issue's pages are numbered by "
                             "their file names")
        return "input"
    if not input_path.is_file():
        raise InputError(reading_through_loop(input_path) or f"{input_path}: no such file or folder")
    suffix = input_path.suffix.lower()
    if suffix not in INPUT_SUFFIXES:
        raise InputError(f"{input_path}: unsupported input type {suffix!r}")
    return f"input{suffix}"


def _toml_value(value: object) -> str:
    """The value as options.toml holds it: a boolean, a number (`min_conf = 0.5`, not the string
    "0.5", which options.toml refuses) or a basic string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'
