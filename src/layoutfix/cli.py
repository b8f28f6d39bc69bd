"""The `layoutfix` command line: parse options, call the library, print. Nothing else lives here.

Every `LayoutfixError` raised by a command becomes one line on stderr (`layoutfix: error: ...`) and the
error's exit code; `--debug` adds the traceback. One function per command, so new commands (such as
`convert`) slot in beside the others and get the same error handling from `_Group`.
"""

from __future__ import annotations

import contextlib
import contextvars
import inspect
import itertools
import os
import re
import shlex
import signal
import stat
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import opencc
import typer
from rich.console import Console
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from . import __version__
from .atomic import write_output
from .editlog import (
    PageLog,
    read_edit_log,
    recorded_pages,
    run_page_log,
    select_log,
    write_document_edits,
    write_edits,
    write_issue_edits,
)
from .errors import EditLogError, InputError, LayoutfixError, NotAPageError, printable
from .gcpause import collector_paused
from .layout.geometry import DEFAULT_MIN_CONF
from .model import Block, Edit, Page
from .normalize import NormalizeOptions, normalize_text
from .normalize.steps import normalize_pages
from .readers.limits import (
    DEFAULT_MAX_BLOCKS,
    DEFAULT_MAX_BYTES,
    broken_link,
    command_limits,
    loop_on_the_way,
)
from .readers.text import read_page, read_text
from .tracked import apply_edits, undo_edits

if TYPE_CHECKING:  # the context a group is invoked with: typer's own copy of click's (no click import)
    from typer._click import Context as ClickContext
    from typer._click import HelpFormatter, Parameter

    from .normalize.ruletest import RuleCheckReport

EXIT_CODES = (
    "Exit codes: 0 success; 1 error (or failing rule tests); 2 usage error (bad command or option); "
    "3 input cannot be read (missing, binary, undecodable); 4 bad rule file; 5 edit log does not fit "
    "the text."
)

#: OpenCC configurations, by the name used with --variants (the config file name without `.json`).
VARIANTS: tuple[str, ...] = ("none", *sorted(name.removesuffix(".json") for name in opencc.CONFIGS))

#: The --variants choices as an enum (typer builds a checked choice from it).
Variants = StrEnum("Variants", {name.replace("-", "_"): name for name in VARIANTS})  # type: ignore[misc]
_NO_VARIANTS = Variants("none")


class Apply(StrEnum):
    """The --apply choices: the least certain rule level applied."""

    high = "high"
    medium = "medium"
    low = "low"


class Quotes(StrEnum):
    """The --quotes choices: the marks straight quotes become (`NormalizeOptions.quotes`)."""

    auto = "auto"
    corner = "corner"
    curly = "curly"


#: Names shown in the note when an input was not UTF-8.
_ENCODING_NAMES = {"gb18030": "GB18030", "big5": "Big5", "utf-16": "UTF-16"}

# No emoji codes: a file name or a page's text such as `98:100:95` is printed as it is, not as `98💯95`.
_stderr = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)
_stdout = Console(highlight=False, soft_wrap=True, emoji=False)


#: C0 control characters and DEL: a file name or option value holding one (a newline) would split
#: an error line in two.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _one_line(message: str) -> str:
    """`message` as one printable line: control characters shown as escapes (`\\n`, `\\x00`) and the
    bytes of a non-UTF-8 file name as `\\xNN`, so an error is always exactly one line of stderr."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], printable(message))


def _error(message: str) -> None:
    """Print one error line on stderr in the form every layoutfix error takes: `layoutfix: error: ...`."""
    _stderr.print(f"layoutfix: error: {_one_line(message)}", markup=False)


def _usage_message(exc: typer.TyperException) -> str:
    """Click's own message for a usage error (users search for its wording), after the subcommand it
    concerns and followed by where to read about it: `convert: No such option: --bogus (see
    'layoutfix convert --help')`."""
    ctx: ClickContext | None = getattr(exc, "ctx", None)
    message = exc.format_message()
    if ctx is None:
        return message
    command = ctx.command_path.partition(" ")[2]
    where = f"{command}: " if command else ""
    hint = (f" (see '{ctx.command_path} {ctx.help_option_names[0]}')"
            if ctx.command.get_help_option(ctx) is not None else "")
    return f"{where}{message}{hint}"


def _flags_without_type(params: Sequence[Parameter]) -> None:
    """Give each flag (`--help`, `--suggest`...) an empty metavar, so that its help row is the flag
    and its help. A flag takes no value, yet typer 0.29's rich help prints the type of its value
    beside it (`--help  <bool>  Show this message and exit.`) unless a metavar takes its place;
    earlier releases left the column empty themselves, and there a metavar changes nothing."""
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""


def _usage_pieces(command: TyperCommand, ctx: ClickContext) -> list[str]:
    """The usage line after the command's name: `[OPTIONS]` and each argument by the metavar it is
    declared with, which says itself whether the argument is optional or repeats (`PAGE...`,
    `[DIR]...`). Typer's own pieces change between releases: 0.28 wrapped a metavar in braces
    (`{PAGE...}`) and 0.29 adds an ellipsis to it as well (`{PAGE...}...`)."""
    pieces = [command.options_metavar] if command.options_metavar else []
    for param in command.get_params(ctx):
        if isinstance(param, TyperArgument) and param.metavar:
            pieces.append(param.metavar)
        else:
            pieces += param.get_usage_pieces(ctx)
    return pieces


class _NoTypeShown:
    """Stands in for an argument's click type while typer 0.26 or 0.28 formats its help row, which
    shows the type's name (0.26: `TEXT`, `DIRECTORY`) or its metavar, else its name in angle brackets
    (0.28: `<str>`, `<directory>`) between the argument and its help: empty, nothing shows."""

    name = ""

    def get_metavar(self, *args: Any, **kwargs: Any) -> str:
        return ""


def _no_type(ctx: ClickContext) -> None:
    """An argument's `display_type_rich` while typer 0.29 formats its help row: no type shown."""
    return None


@contextlib.contextmanager
def _arguments_without_type(params: Sequence[Parameter]) -> Iterator[None]:
    """While a help page is formatted, make each argument's row its name and help only. The name
    (`PAGE...`, `[DIR]...`) says what to give; typer shows a Python or click type beside it, a
    different one in each release (0.26 `TEXT`, 0.28 `<str>`, 0.29 `<list[str]>`), which says nothing
    to a user. The argument's own type, which converts and checks its value, is restored after."""
    touched: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for param in params:
        if isinstance(param, TyperArgument):
            own = vars(param)
            touched.append((own, {key: own[key] for key in ("type", "display_type_rich") if key in own}))
            own["display_type_rich"] = _no_type  # typer 0.29
            if "type" in own:  # typer 0.26 and 0.28
                own["type"] = _NoTypeShown()
    try:
        yield
    finally:
        for own, saved in touched:
            own.pop("display_type_rich", None)
            own.update(saved)


class _TypelessHelp:
    """Help that shows no type beside a command's flags and arguments, under every typer release
    (`_flags_without_type`, `_arguments_without_type`): mixed into commands and groups alike."""

    def format_help(self, ctx: ClickContext, formatter: HelpFormatter) -> None:
        params = self.get_params(ctx)  # type: ignore[attr-defined]
        _flags_without_type(params)
        with _arguments_without_type(params):
            super().format_help(ctx, formatter)  # type: ignore[misc]


class _Command(_TypelessHelp, TyperCommand):
    """A command whose help reads the same under every typer release (see `_usage_pieces` and
    `_TypelessHelp`)."""

    def collect_usage_pieces(self, ctx: ClickContext) -> list[str]:
        return _usage_pieces(self, ctx)


class _HelpGroup(_TypelessHelp, TyperGroup):
    """A command group whose help shows no type beside its flags and arguments (`_TypelessHelp`)."""


class _Group(_HelpGroup):
    """The root command group: every error a user can cause, in the library or on the command line,
    becomes one line on stderr and an exit code."""

    def main(  # type: ignore[override]  # the same parameters, passed on by name
        self, args: Sequence[str] | None = None, prog_name: str | None = None,
        complete_var: str | None = None, standalone_mode: bool = True, **extra: Any,
    ) -> Any:
        """Run the command line as Click does, except that a usage error (unknown option or command,
        missing argument, bad value, extra arguments) is one `layoutfix: error:` line and exit 2, not
        usage, hint and a rich box: scripts and cron jobs grep stderr for `layoutfix:`. Click's
        documented `standalone_mode=False` hands the errors to us instead of printing them."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.TyperException as exc:  # Click's ClickException: UsageError, BadParameter...
            if type(exc).__name__ == "NoArgsIsHelpError":  # a group run bare: its help, for a person
                _stdout.print(exc.format_message(), markup=False, end="")  # (rich printed it already)
            else:
                _error(_usage_message(exc))
            sys.exit(exc.exit_code)
        except typer.Abort:  # Click's answer to end-of-input at a prompt
            _error("aborted")
            sys.exit(1)
        # Without standalone mode Click returns the code of a `typer.Exit` (130 for Ctrl-C), else
        # what the command returned: None, as every command here returns nothing.
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: ClickContext) -> Any:
        try:
            return super().invoke(ctx)
        except LayoutfixError as exc:
            if ctx.params.get("debug"):
                _stderr.print(traceback.format_exc(), markup=False, end="")
            _error(str(exc))
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=_Group,
    name="layoutfix",
    help="Turn raw OCR output of Chinese newspaper pages into clean, ordered text with a lossless edit log.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
#: The EDITS argument of `edits apply|undo`.
_EDITS_HELP = ("The edit log (JSONL) written by --edits, or the review page's saved decisions; lines "
               "marked \"accept\": false are left out.")

edits_app = typer.Typer(
    cls=_HelpGroup,
    help="Use an edit log: rebuild the output from the original, or the original from the output.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
)
rules_app = typer.Typer(
    cls=_HelpGroup,
    help="Check rule files; learn rules from reviewed suggestions.", epilog=EXIT_CODES, no_args_is_help=True
)
app.add_typer(edits_app, name="edits")
app.add_typer(rules_app, name="rules")


def _version(value: bool) -> None:
    if value:
        _stdout.print(f"layoutfix {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="On an error, print the full traceback as well.")
    ] = False,
) -> None:
    """Turn raw OCR output of Chinese newspaper pages into clean text with a lossless edit log."""


def _read(path: str, encoding: str | None) -> str:
    """Read an input file and say on stderr when it was not UTF-8."""
    text, used = read_text(path, encoding)
    if used in _ENCODING_NAMES:
        _stderr.print(
            f"layoutfix: note: {'<stdin>' if path == '-' else path} decoded as {_ENCODING_NAMES[used]}",
            markup=False,
        )
    return text


#: The coordinate formats `detect_format` names, as a refusal names them.
_COORDINATE_FORMATS = {"hocr": "hOCR", "alto": "ALTO", "pagexml": "PAGE-XML", "ocrjson": "OCR JSON",
                       "layoutjson": "layout JSON (MinerU, PP-StructureV3)"}


def _read_flat(command: str, path: str, encoding: str | None, how: str) -> str:
    """Read a flat page for `normalize` or `suggest`, which clean it as text. An engine's coordinate
    file (hOCR, ALTO, PAGE-XML, OCR or layout JSON) is refused (InputError, exit 3): read as text, its
    markup would be corrected (attribute quotes made curly, so no XML is left) and looked up for
    typos. `how` says what reads it instead. Flat text that detection reads as text stays text."""
    from .readers.detect import detect_format, has_hocr_mark

    text = _read(path, encoding)
    data = text.encode("utf-8")
    fmt = detect_format(data, path)
    if fmt not in _COORDINATE_FORMATS or (fmt == "hocr" and not has_hocr_mark(data)):
        return text
    name = "<stdin>" if path == "-" else path
    if fmt in _JSON_FORMATS and (why := _unread_json(fmt, text, name)) is not None:
        raise InputError(f"{name}: is JSON, but no OCR output layoutfix reads ({why}): {command} reads "
                         "flat text, a plain-text OCR export")
    raise InputError(f"{name}: is {_COORDINATE_FORMATS[fmt]}, not flat text: {command} reads a flat OCR "
                     f"export; {how.format(page=path)}")


#: The formats of JSON files: detection names one by the file's opening and keys, its reader decides.
_JSON_FORMATS = ("ocrjson", "layoutjson")


def _unread_json(fmt: str, text: str, name: str) -> str | None:
    """Why the reader of JSON format `fmt` takes no page from `text` (its message, as `convert` gives
    it, without the file name), or None when it reads one. A file opening as JSON but of no OCR shape
    (a delivery's notes, `{}`) or broken is refused as such: sent to `convert`, it was refused there."""
    from .readers.detect import READERS

    try:
        READERS[fmt](text.encode("utf-8"), name)
    except NotAPageError as exc:
        return exc.reason
    except InputError as exc:
        return str(exc).removeprefix(f"{name}: ")
    return None


def _write(path: str, text: str) -> None:
    """Write UTF-8 text to `path` (`-` is stdout), exactly as given (no newline added), whole or not at
    all (see `layoutfix.atomic`)."""
    data = text.encode("utf-8")
    if path == "-":
        stream = sys.stdout.buffer
        stream.write(data)
        stream.flush()
        return
    try:
        write_output(Path(path), data)
    except OSError as exc:
        raise LayoutfixError(f"{path}: cannot write: {exc.strerror}") from None


_ENCODING_OPTION = typer.Option(
    "--encoding",
    metavar="ENC",
    help="Decode the input with this codec only (e.g. gb18030, big5, utf-16). Default: a BOM decides, "
    "else UTF-8, then GB18030, then Big5.",
)


def _as_file(path: Path) -> str:
    """An input file option's path as `_read` takes it, never standard input: typer makes `./-` (a file
    named `-`, which the option's `exists=True` found) `-`, which `_read` would take for stdin."""
    return os.path.join(os.curdir, "-") if str(path) == "-" else str(path)


def _file_not_folder(value: str | None) -> str | None:
    """The path of an output file option whose bare `-` is standard output (`-o`, `--edits`,
    `--report`), exactly as given. Such options take a `str`, not a `Path`: a `Path` makes `./-` (a
    file named `-` in the working folder) `-`, and the log went to standard output. A folder is a
    usage error (exit 2), as Click's `dir_okay=False` made it, found while the command line is parsed:
    before any work, not when the output is written after it. So is a path spelt as a folder
    (`new/`, `new/.`, empty), which `Path` would have made the file `new`."""
    if value is None or value == "-":
        return value
    if not value:
        raise typer.BadParameter("an empty path names no file.")
    if os.path.isdir(value):
        raise typer.BadParameter(f"file {value!r} is a directory.")
    if _names_folder(value):
        raise typer.BadParameter(f"file {value!r} names a folder, not a file.")
    missing = _missing_folder(value)
    if missing is not None:
        raise typer.BadParameter(f"file {value!r}: {missing} (nothing was written).")
    return value


def _missing_folder(path: str) -> str | None:
    """Why the folder an output file would be written in cannot hold it (missing, or a file), else
    None. Outputs are written after the work, into an existing folder only (`atomic.write_output`
    makes none), so `-o nodir/x.txt` converted the page and then failed with exit 1; the options
    check this while the command line is parsed instead, a usage error (exit 2) before any work. The
    folder is the one the writer uses, of the resolved path (`new/../out.txt` is `out.txt`)."""
    folder = os.path.dirname(path)
    try:
        resolved = Path(path).resolve()
    except (RuntimeError, OSError):  # a loop of symbolic links on the way (RuntimeError before 3.13)
        return _loop_on_the_way(path)
    if not folder or resolved.parent.is_dir():
        return None
    if os.path.exists(folder):
        return f"{folder!r} is not a folder"
    return _broken_link_on_the_way(folder) or f"no folder {folder!r}"


def _broken_link_on_the_way(folder: str) -> str | None:
    """The line naming the first broken symbolic link among `folder` and the folders on its way
    (`o/sub: broken symbolic link (to gone)`, `readers.limits.broken_link`), or None: where outputs go
    cannot be made through it, and `no folder 'o/sub'` hid why. One wording for `convert -o` and
    `batch OUT_DIR` (`_folder_in_the_way`)."""
    parts = Path(folder).parts
    for n in range(1, len(parts) + 1):
        step = os.path.join(*parts[:n])
        if os.path.islink(step) and not os.path.exists(step):
            with contextlib.suppress(OSError):
                return broken_link(step)
    return None


def _folder_in_the_way(folder: str) -> str | None:
    """Why outputs cannot go into `folder` (made if missing): a symbolic link on its way that leads
    round in a loop or to nothing, named as `convert -o` names it; None otherwise."""
    return loop_on_the_way(folder) or _broken_link_on_the_way(folder)


def _loop_on_the_way(path: str) -> str:
    """Why an output file cannot be written under a symbolic link that leads round in a loop (the
    link, or its folder): in the words `batch` uses for such a link (`o/sub: symbolic link loop (to
    sub)`), not a `RuntimeError` traceback from `Path.resolve`."""
    return loop_on_the_way(path) or "a symbolic link loop on its way"


def _folder_not_stream(value: str) -> str:
    """The path of an option that names a folder to write into (`batch OUT_DIR`, `golden add --dir`),
    exactly as given. A bare `-` is refused (exit 2, while the command line is parsed): it reads as
    standard output, which holds no folder, and made a folder named `-`; `./-` names that folder. So
    is an existing file, as Click's `file_okay=False` refused it. A `str`, not a `Path`: a `Path`
    makes `./-` `-`, and the two could not be told apart."""
    if value == "-":
        raise typer.BadParameter("- is standard output, which holds no folder; name a folder (./- for "
                                 "one named -).")
    if os.path.exists(value) and not os.path.isdir(value):
        raise typer.BadParameter(f"folder {value!r} is a file.")
    why = _folder_in_the_way(value)
    if why is not None:
        raise typer.BadParameter(f"folder {value!r}: {why} (nothing was written).")
    return value


def _in_folder(value: Path) -> Path:
    """`batch IN_DIR`: an existing folder, in the words of Click's `exists=True, file_okay=False`,
    except that one reached through a loop of symbolic links is named so (Click said `dir 'loop' does
    not exist`)."""
    why = loop_on_the_way(value)
    if why is not None:
        raise typer.BadParameter(f"dir {str(value)!r}: {why}.")
    if not value.exists():
        raise typer.BadParameter(f"dir {str(value)!r} does not exist.")
    if not value.is_dir():
        raise typer.BadParameter(f"dir {str(value)!r} is a file.")
    return value


class FolderName(str):
    """A folder named on the command line, spelt exactly as given (`./-` stays `./-`): the type of
    `batch OUT_DIR`. Not `Path`, which makes `./-` `-`: typer hands the string over unchanged
    (`_out_folder` types it). (The help shows no type beside an argument: `_arguments_without_type`.)"""


def _out_folder(value: str) -> FolderName:
    """`batch OUT_DIR`, checked as `_folder_not_stream` checks a folder to write into."""
    return FolderName(_folder_not_stream(value))


def _names_folder(path: str) -> bool:
    """Whether a path is spelt as a folder, existing or not: empty, or ending in a separator, `.` or
    `..` (`new/`, `new/.`). `Path` drops the trailing separator and `.`, so `-o new/` wrote a file
    named `new`."""
    return os.path.basename(path) in ("", os.curdir, os.pardir)


_OUTPUT_OPTION = typer.Option("-o", "--output", metavar="OUT", callback=_file_not_folder,
                              help="Where to write the result; - is stdout.")
_MAX_BYTES_OPTION = typer.Option(
    "--max-bytes", metavar="BYTES", min=0,
    help=f"Refuse an input file larger than this, from its size, before reading it (default "
    f"{DEFAULT_MAX_BYTES} = 20 MB; 0 = no limit).")
_MAX_BLOCKS_OPTION = typer.Option(
    "--max-blocks", metavar="N", min=0,
    help=f"Refuse a coordinate page with more text blocks than this (default {DEFAULT_MAX_BLOCKS}; "
    "0 = no limit).")
def _usage_error(message: str) -> NoReturn:
    """One line on stderr and exit code 2 (usage error)."""
    _error(message)
    raise typer.Exit(2)


#: A path option of a command as (how the user gave it: `-o`, `--edits`, the argument's metavar; the
#: path as given, None when not given).
NamedPath = tuple[str, str | Path | None]


def _same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file: the same path once resolved (`./p.txt`, `p.txt`,
    `sub/../p.txt`), or, when both exist, one file by `os.path.samefile` (a hard link, a symbolic
    link). A bare `-` given as a `str` (standard input or output) and what is neither a file nor a
    folder (`/dev/null`, `/dev/stdout` on a terminal or pipe, a FIFO) never count: two streams written
    there lose nothing. A `Path` `-` is the file named `-`: a `Path` option never reads or writes a
    stream, and Click makes its `./-` `-`."""
    if _is_stream(a) or _is_stream(b) or not (_file_or_new(a) and _file_or_new(b)):
        return False
    # A loop of symbolic links on the way (RuntimeError before Python 3.13) names no file to share;
    # reading or writing it says so in its own line, not with a traceback from here.
    with contextlib.suppress(RuntimeError, OSError):
        if Path(a).resolve() == Path(b).resolve():
            return True
    with contextlib.suppress(OSError):  # (one missing: no file it could share)
        return os.path.samefile(a, b)
    return False


def _is_stream(path: str | Path | None) -> bool:
    """Whether a path option's value is standard input or output: a bare `-` as given (a `str`)."""
    return isinstance(path, str) and path == "-"


def _file_or_new(path: str | Path) -> bool:
    """Whether `path` is a regular file or a folder, or does not exist yet (an output to be made)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True
    return stat.S_ISREG(mode) or stat.S_ISDIR(mode)


def _refuse_two_on_stdout(command: str, named: Sequence[NamedPath]) -> None:
    """Refuse, before any work, two output options given as `-` (`--edits -`, `--report -`, `--page-text
    -` with `-o -`, the default): their texts would be interleaved in one stream. Exit 2, one line
    naming them."""
    on_stdout = [option for option, path in named if _is_stream(path)]
    if len(on_stdout) < 2:
        return
    given = " and ".join(f"{option} -" for option in on_stdout)
    which = " or ".join(on_stdout) if len(on_stdout) == 2 else "all but one of them"
    _usage_error(f"{command}: {given} would {'both' if len(on_stdout) == 2 else 'all'} write to standard "
                 f"output; give {which} a file (nothing was written)")


def _refuse_same_files(command: str, named: Sequence[NamedPath]) -> None:
    """Refuse, before any work, a command line where two of its path options name one file: an output
    written over its own input (`convert p.txt -o p.txt` replaced the OCR original by TEI, with no edit
    log to rebuild it) or over another output (`-o out.txt --edits out.txt` wrote the log, then the
    text over it). Exit 2, one line naming both options; nothing is written. Paths of one option (the
    pages of an issue) are not compared with each other."""
    given = [(option, path) for option, path in named if path is not None]
    for i, (first, first_path) in enumerate(given):
        for second, second_path in given[i + 1:]:
            assert first_path is not None and second_path is not None
            if first != second and _same_file(first_path, second_path):
                _usage_error(f"{command}: {first} {first_path} and {second} {second_path} name the same "
                             "file; give each its own (nothing was written)")


def _input_paths(item: str) -> list[str]:
    """The files an input argument names (`_input_file`); a folder stands for itself and its page
    files, since an output written over one of them (`convert DIR/ -o DIR/p1.txt`) replaces a page."""
    from .readers.detect import page_names

    path = _input_file(item)
    if not os.path.isdir(path):
        return [path]
    try:
        names = page_names(os.listdir(path))
    except OSError:  # unreadable: the command says so when it reads it
        return [path]
    return [path, *(os.path.join(path, name) for name in names)]


def _input_file(item: str) -> str:
    """The file an input argument names: `FILE:3` and `FILE:A4` name FILE (unless a file of that
    name, colon and all, exists), as convert and review read them."""
    if Path(item).exists():
        return item
    found = _ISSUE_PAGE.match(item) or _ISSUE_LABEL.match(item)
    return found.group(1) if found else item


def _check_header_options(paper: str | None, date: str | None = None) -> None:
    """Refuse --paper / --date values the TEI header cannot hold, as usage errors: a paper name the
    library refuses (`pipeline.check_paper`, with its message), and in a date control characters
    (XML 1.0 cannot carry most of them, and none belongs in a date), bytes the terminal's encoding
    could not decode, or nothing. (A date of the wrong shape is refused by the pipeline.)"""
    from .pipeline import check_paper

    if paper is not None:
        try:
            check_paper(paper, "--paper")
        except InputError as exc:
            _usage_error(str(exc))
    if date is None:
        return
    bad = next((c for c in date if not c.isprintable() and c not in " \u3000"), None)
    if bad is not None:
        _usage_error(f"--date {date!r}: holds {bad!r}, which a date cannot hold")
    if not date.strip():
        _usage_error("--date: empty value")


def _set_limits(max_bytes: int | None, max_blocks: int | None = None) -> None:
    """The size limits of this command: the options given, else the defaults (never a previous
    command's values, when several run in one process, nor those of a `layoutfix.limits` block
    `main()` is called in)."""
    command_limits(DEFAULT_MAX_BYTES if max_bytes is None else max_bytes,
                   DEFAULT_MAX_BLOCKS if max_blocks is None else max_blocks)


def _options(
    variants: Any, apply: Apply, rules: Sequence[Path] | None, apply_suggestions: Apply | None,
    quotes: Quotes = Quotes.auto,
) -> NormalizeOptions:
    """The normalisation options the CLI's --variants/--apply/--rules/--apply-suggestions/--quotes
    choose."""
    return NormalizeOptions(
        variants=variants.value, apply=apply.value, rule_dirs=tuple(rules or ()),
        apply_suggestions=apply_suggestions.value if apply_suggestions else None, quotes=quotes.value,
    )


_PAPER_OPTION = typer.Option("--paper", metavar="NAME", help="Newspaper name.")
_DATE_OPTION = typer.Option("--date", metavar="YYYY-MM-DD", help="Issue date.")


#: The most digits a page number given on the command line may have.
_PAGE_DIGITS = 6


#: Signs a page number may be typed with, ASCII and full-width: no page number has one.
_SIGNS = "+-＋－"


def _page_or_label(value: str | None) -> str | None:
    """`--page N|A4` of `convert`, `review` and `edits apply|undo` without the blanks around it, once it
    names a page: a number from 1 in decimal digits (any script's, as Python reads them: `３` and `٣`
    are 3, as the label takes `Ａ４` and `A٣`), or a section label (a letter and a page number: `A4`,
    `a04`, `Ａ４`). Anything else, a sign included (`+3`, `-1`), is a usage error (exit 2) while the
    command line is parsed: one line, never a traceback."""
    return _checked_page(value, "give a page number (3) or a section label (A4)")


def _checked_page(value: str | None, hint: str) -> str | None:
    """`_page_or_label`, its errors ending in `hint`, what the command takes (`give a page number
    (3)`)."""
    if value is None:
        return None
    given, value = value, value.strip()
    if value[:1] in _SIGNS and len(value) > 1:
        raise typer.BadParameter(f"{given!r}: page numbers are written without a sign; {hint}.")
    if value.isdecimal():
        if len(value.lstrip("0")) > _PAGE_DIGITS:  # (int() of 4,301 digits and more raises)
            shown = value if len(value) <= 12 else f"{value[:12]}…"
            raise typer.BadParameter(f"{shown!r}: no paper has so many pages.")
        if int(value) < 1:
            raise typer.BadParameter(f"{given!r}: page numbers start at 1.")
        return value
    from .issue import page_label

    if page_label(value) is None:
        raise typer.BadParameter(f"{given!r}: {hint}.")
    return value


def _page_facts(value: str | None) -> tuple[int | None, str | None]:
    """The page number or the section label (`A4`) a checked `--page` value (`_page_or_label`) names."""
    if value is None:
        return None, None
    if value.isdecimal():
        return int(value), None
    return None, value  # (put in its one spelling, `A4` for `a04`, by `pipeline`)


_PAGE_OR_LABEL_OPTION = typer.Option(
    "--page", metavar="N|A4", callback=_page_or_label,
    help="Page number, or section label (A4) of a paper printed in sections (default: what the page's "
    "head prints: 第4版, A4 要聞).")
_VARIANTS_OPTION = typer.Option("--variants", help="OpenCC configuration for character variants.")
_QUOTES_OPTION = typer.Option(
    "--quotes", help="What straight quotes become: auto, as the page quotes (「」『』 on a page that prints "
    "corner quotes and no “”, else “”‘’; an issue decides once for all its pages); corner, 「」『』; "
    "curly, “”‘’. Printed quotation marks are never changed.")
_RULES_OPTION = typer.Option("--rules", metavar="DIR|FILE", exists=True,
                             help="An extra folder of *.toml rules, or one rule file (repeatable).")
_APPLY_OPTION = typer.Option("--apply", help="Least certain typo rules to apply.")
_SUGGEST_OPTION = typer.Option(
    "--suggest", help="Also list look-alike typos no rule fixed (on stderr), with score and certainty.")
_APPLY_SUGGESTIONS_OPTION = typer.Option(
    "--apply-suggestions", help="Apply look-alike suggestions at this certainty or better as typo edits "
    "(high is the documented safe level); the rest are listed with --suggest (review: shown for "
    "accept/reject).")


def _print_suggestion(s: Any, console: Console) -> None:
    console.print(f"{s.orig_start}\t{s.cert}\t{s.pair}\t{s.found}→{s.word}\t{s.score:.1f}\t…{s.context}…"
                  f"\t{s.why}", markup=False)


def _suggestions(tracked: Any, options: NormalizeOptions) -> tuple[list[Any], int]:
    """The look-alike suggestions left in a normalised text (those not applied), and how many of its
    edits applied one (`--apply-suggestions`)."""
    from .suggest import suggest

    found = suggest(tracked, rule_dirs=options.rule_dirs, include_default=options.default_rules)
    applied = sum(1 for e in tracked.edits if any(r.startswith("suggest.") for r in e.rules))
    return found, applied


def _list_suggestions(tracked: Any, options: NormalizeOptions) -> None:
    """List on stderr the look-alike suggestions left in a normalised text (those not applied)."""
    found, applied = _suggestions(tracked, options)
    for s in found:
        _print_suggestion(s, _stderr)
    _stderr.print(f"layoutfix: {len(found)} suggestions listed, {applied} applied", markup=False)


def _list_issue_suggestions(pages: Sequence[Any], options: NormalizeOptions) -> None:
    """List on stderr the suggestions of each page of an issue (`issue.IssuePage`) as `convert PAGE
    --suggest` lists them for that page alone, offsets into the page's own text (the file, or what
    `--page-text` writes), under a line naming the page, then one count line for the issue: one list
    with offsets into no text anyone has would send a reviewer to the wrong place."""
    listed = applied = 0
    for page in pages:
        found, used = _suggestions(normalize_text(page.original, options), options)
        if found:
            _stderr.print(f"layoutfix: page {page.label or page.number} ({printable(page.source)}):",
                          markup=False)
        for s in found:
            _print_suggestion(s, _stderr)
        listed += len(found)
        applied += used
    _stderr.print(f"layoutfix: {listed} suggestions listed, {applied} applied", markup=False)


@app.command(cls=_Command, epilog=EXIT_CODES)
def normalize(
    page: Annotated[str, typer.Argument(metavar="PAGE.txt", help="Flat OCR export, blocks separated by "
                                        "blank lines; - reads stdin.")],
    output: Annotated[str, _OUTPUT_OPTION] = "-",
    edits: Annotated[
        str | None,
        typer.Option("--edits", metavar="EDITS.jsonl", callback=_file_not_folder,
                     help="Also write the edit log: one JSON object per edit and line, with offsets into "
                     "the original text and the id of the block (b1, b2, ...) it falls in."),
    ] = None,
    variants: Annotated[
        Variants,
        typer.Option("--variants",
                     help="Convert character variants with this OpenCC configuration (t2s: traditional "
                     "to simplified, ...); none keeps them."),
    ] = _NO_VARIANTS,
    apply: Annotated[
        Apply,
        typer.Option("--apply",
                     help="Least certain typo rules to apply: high applies only high-certainty rules, "
                     "low applies all."),
    ] = Apply.high,
    rules: Annotated[
        list[Path] | None,
        typer.Option("--rules", metavar="DIR|FILE", exists=True,
                     help="An extra folder of *.toml rules, or one rule file, after the shipped ones "
                     "(repeatable; later ones override earlier rule ids)."),
    ] = None,
    encoding: Annotated[str | None, _ENCODING_OPTION] = None,
    suggest: Annotated[bool, _SUGGEST_OPTION] = False,
    apply_suggestions: Annotated[Apply | None, _APPLY_SUGGESTIONS_OPTION] = None,
    quotes: Annotated[Quotes, _QUOTES_OPTION] = Quotes.auto,
    max_bytes: Annotated[int | None, _MAX_BYTES_OPTION] = None,
) -> None:
    """Clean a flat-text OCR page: unicode, markup, punctuation, spacing and typo fixes.

    The block structure (blank lines) is kept. Every change is recorded; see --edits.
    """
    _refuse_same_files("normalize", [("PAGE.txt", page), ("-o", output), ("--edits", edits)])
    _refuse_two_on_stdout("normalize", [("-o", output), ("--edits", edits)])
    _set_limits(max_bytes)
    text = _read_flat("normalize", page, encoding, "layoutfix convert {page} -f txt gives its articles as "
                      "text, and convert {page} --page-text PAGE.txt its text in reading order")
    options = _options(variants, apply, rules, apply_suggestions, quotes)
    said: list[str] = []
    tracked, spans = normalize_pages(text, options, warn=said.append)
    if suggest:
        _list_suggestions(tracked, options)
    _write_with_log(output, tracked.text, edits, lambda log: write_edits(
        log, tracked.edits, _file_blocks(text, spans, page)))
    name = "<stdin>" if page == "-" else page
    for warning in [*_form_feed_warnings(text, spans, page), *(f"{name}: {line}" for line in said)]:
        _stderr.print(f"layoutfix: warning: {printable(warning)}", markup=False)


def _form_feed_warnings(text: str, spans: list[tuple[int, int]], page: str) -> list[str]:
    """What `normalize` says on stderr about the form feeds it removed where a page may have ended:
    each inside a sentence (`readers.text.stray_form_feed_warnings`), and the page breaks of a text
    it normalised whole (`normalize_pages`: a page holding only control characters)."""
    from .readers.text import FORM_FEED, split_pages, stray_form_feed_warnings

    if FORM_FEED not in text:
        return []
    warnings = stray_form_feed_warnings(text, page)
    if len(spans) == 1 and (count := len(split_pages(text))) > 1:
        name = "<stdin>" if page == "-" else page
        warnings.append(f"{name}: its {count} pages are normalised as one text, their page-break form "
                        "feeds removed: a page holding only control characters is blank once they are "
                        "removed")
    return warnings


def _file_blocks(text: str, spans: list[tuple[int, int]], source: str) -> list[Block]:
    """The blocks of a flat file, for the `block` of each line of `normalize --edits`: each page's
    (`spans`: the pages `normalize_pages` normalised one by one, or the whole file when it read the
    file whole) at its offsets in the file and numbered on through the file, so a page break never
    joins two pages' lines into one block, and a file normalised whole is numbered as one page."""
    blocks: list[Block] = []
    for start, end in spans:
        for block in read_page(text[start:end], source=source).blocks:
            blocks.append(replace(block, id=f"b{len(blocks) + 1}", start=block.start + start,
                                  end=block.end + start))
    return blocks


#: A file a command writes beside its output: (its path as the user gave it, a bare `-` standard
#: output; the function that writes it there, given that path).
Extra = tuple[str, Callable[[str], None]]


def _write_with_log(output: str, text: str, log: str | None, write_log: Callable[[str], None],
                    extra: Sequence[Extra] = ()) -> None:
    """Write an output, its edit log and any extra files (the page text, an issue's report), all or
    none: the log and the extras first (one that cannot be written leaves no output that nothing
    explains), and those written removed again if a later one or the output cannot be written. Paths
    are as the user wrote them: only a bare `-` is standard output (`./-` is a file), written last (a
    printed text cannot be taken back; `_refuse_two_on_stdout` left at most one stream)."""
    files = [*([(log, write_log)] if log is not None else []), *extra]
    written: list[str] = []
    try:
        for path, write in files:
            if not _is_stream(path):
                write(path)
                written.append(path)
        _write(output, text)
    except BaseException:  # (any failure, an unforeseen one or Ctrl-C too: all or none)
        for path in reversed(written):  # (a folder made for page texts after the texts in it)
            _remove(Path(path))
        raise
    for path, write in files:
        if _is_stream(path):
            write(path)


def _remove(path: Path) -> None:
    """Remove a file, or a folder made for this run's page texts (empty once its texts are gone)."""
    if path.is_dir():
        with contextlib.suppress(OSError):  # not empty after all: leave it and what it holds
            path.rmdir()
    else:
        path.unlink(missing_ok=True)


class InputFormat(StrEnum):
    """The `convert --from` choices."""

    txt = "txt"
    hocr = "hocr"
    alto = "alto"
    pagexml = "pagexml"
    ocrjson = "ocrjson"
    layoutjson = "layoutjson"


class OutputFormat(StrEnum):
    """The `convert --format` choices."""

    tei = "tei"
    txt = "txt"
    json = "json"


#: `--from` and `--min-conf` of convert and review (review takes the convert options that change the
#: result it shows).
_FROM_OPTION = typer.Option("--from", help="Read the input as this format instead of detecting it.")
_MIN_CONF_OPTION = typer.Option(
    "--min-conf", min=0.0, max=1.0, metavar="0..1",
    help="Flag words the OCR engine read with a lower confidence (coordinate inputs): <unclear> in TEI, "
    "listed in JSON; a note on stderr says how many.")


@app.command(cls=_Command, epilog=EXIT_CODES)
def convert(
    inputs: Annotated[list[str], typer.Argument(
        metavar="PAGE...", help="One OCR page: flat text (blocks separated by blank lines), hOCR, ALTO, "
        "PAGE-XML or RapidOCR/PaddleOCR JSON, detected from the content; - reads stdin. Several pages, "
        "or a directory of them, make one issue (FILE:N gives a file's page number, FILE:A4 its "
        "section label in a paper printed in sections).")],
    output: Annotated[str, _OUTPUT_OPTION] = "-",
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", "-f",
                     help="tei: TEI P5 XML; txt: the articles as plain text; json: the article structure."),
    ] = OutputFormat.tei,
    input_format: Annotated[InputFormat | None, _FROM_OPTION] = None,
    min_conf: Annotated[float, _MIN_CONF_OPTION] = DEFAULT_MIN_CONF,
    line_zones: Annotated[
        bool, typer.Option("--line-zones", help="TEI facsimile: a zone per OCR line as well as per block.")
    ] = False,
    paper: Annotated[str | None, _PAPER_OPTION] = None,
    date: Annotated[str | None, _DATE_OPTION] = None,
    number: Annotated[str | None, _PAGE_OR_LABEL_OPTION] = None,
    edits: Annotated[
        str | None,
        typer.Option("--edits", metavar="EDITS.jsonl", callback=_file_not_folder,
                     help="Also write the edit log (offsets into the original text, block ids). For an "
                     "issue: each page's edits, offsets into that page file, with its source and page."),
    ] = None,
    variants: Annotated[Variants, _VARIANTS_OPTION] = _NO_VARIANTS,
    apply: Annotated[Apply, _APPLY_OPTION] = Apply.high,
    rules: Annotated[list[Path] | None, _RULES_OPTION] = None,
    encoding: Annotated[str | None, _ENCODING_OPTION] = None,
    suggest: Annotated[bool, _SUGGEST_OPTION] = False,
    apply_suggestions: Annotated[Apply | None, _APPLY_SUGGESTIONS_OPTION] = None,
    quotes: Annotated[Quotes, _QUOTES_OPTION] = Quotes.auto,
    keep_parts: Annotated[bool, typer.Option(
        "--keep-parts", help="Issue: keep the parts of a jumping article apart, linked (prev/next).",
    )] = False,
    report: Annotated[str | None, typer.Option(
        "--report", metavar="REPORT.json", callback=_file_not_folder,
        help="Issue: write the pages and every jump between them, resolved or not, as JSON; - is stdout.")
    ] = None,
    max_bytes: Annotated[int | None, _MAX_BYTES_OPTION] = None,
    max_blocks: Annotated[int | None, _MAX_BLOCKS_OPTION] = None,
    page_text: Annotated[str | None, typer.Option(
        "--page-text", metavar="PAGE.txt|DIR",
        help="Also write the page text the edit log's offsets point into (for a coordinate input: the "
        "blocks in reading order, laid out as text), so `layoutfix edits apply|undo` work on it; - is "
        "stdout. For an issue: a folder (made if missing) that gets each page's text as <page file "
        "name>.txt.")] = None,
) -> None:
    """Turn an OCR page, or the pages of an issue, into articles: TEI P5 (default), plain text or JSON.

    Blocks are put in reading order (from their boxes, when the input has them), labelled (titles,
    kickers, bylines, furniture, continuation markers...), assembled into articles, and paragraphs
    split across blocks are joined. Every change is recorded; see --edits. For a coordinate input the
    edit log's offsets are into the page text: blocks in reading order joined by blank lines, each
    block's lines by newlines.
    """
    from .pipeline import build_document, from_stdin, render, warn_if_blank
    from .readers.detect import read_input

    _refuse_same_files("convert", [*(("PAGE", file) for item in inputs for file in _input_paths(item)),
                                   ("-o", output),
                                   ("--edits", edits), ("--page-text", page_text), ("--report", report)])
    _refuse_two_on_stdout("convert", [("-o", output), ("--edits", edits), ("--report", report),
                                      ("--page-text", page_text)])
    _check_header_options(paper, date)
    _set_limits(max_bytes, max_blocks)
    options = _options(variants, apply, rules, apply_suggestions, quotes)
    issue_kwargs: dict[str, Any] = {
        "paper": paper, "date": date, "encoding": encoding, "input_format": input_format,
        "min_conf": min_conf, "line_zones": line_zones, "options": options,
    }
    if len(inputs) > 1 or Path(inputs[0]).is_dir() or _names_issue_page(inputs[0]):
        issue = inputs[0] if len(inputs) == 1 and Path(inputs[0]).is_dir() else "the issue"
        _convert_issue(inputs, output, fmt.value, number, edits, keep_parts, report, page_text, issue_kwargs,
                       suggest, issue=issue)
        return
    page = inputs[0]
    found = read_input(page, input_format.value if input_format else None, encoding)
    page_count = len(found.contents())
    if page_count != 1:  # a file of several pages is an issue (flat text: pages set apart by form feeds)
        _one_file_issue("convert", page, page_count, number)
        _convert_issue(inputs, output, fmt.value, None, edits, keep_parts, report, page_text, issue_kwargs,
                       suggest, issue=page)
        return
    _refuse_issue_options(page, [("--keep-parts", keep_parts), ("--report", report is not None)])
    if page_text is not None and not _is_stream(page_text) and (os.path.isdir(page_text)
                                                                or _names_folder(page_text)):
        _usage_error(f"--page-text {page_text} names a folder; for one page, name a file")
    if page_text is not None and not _is_stream(page_text) and (missing := _missing_folder(page_text)):
        _usage_error(f"--page-text {page_text}: {missing} (nothing was written)")
    if found.format == "text":
        assert found.text is not None
        content: str | Page = found.text
        if found.encoding in _ENCODING_NAMES:
            where = "<stdin>" if page == "-" else page
            _stderr.print(f"layoutfix: note: {where} decoded as {_ENCODING_NAMES[found.encoding]}",
                          markup=False)
    else:  # standard input is recorded `-`, as flat text read from it is
        content = from_stdin(found.pages[0]) if page == "-" else found.pages[0]
    with collector_paused():  # as `pipeline.convert` does (see layoutfix.gcpause)
        page_number, label = _page_facts(number)
        document = build_document(
            content, source=page, page=page_number, paper=paper, date=date, options=options,
            min_conf=min_conf, label=label,
        )
        warn_if_blank(document, "<stdin>" if page == "-" else page)
        rendered = render(document, fmt.value, line_zones=line_zones)
    if suggest:
        _list_suggestions(normalize_text(document.original, options), options)
    _write_with_log(output, rendered, edits, lambda log: write_document_edits(log, document),
        [(page_text, partial(_write, text=document.original))] if page_text is not None else [])
    _print_reader_notes(document)


def _refuse_issue_options(page: str, given: Sequence[tuple[str, bool]]) -> None:
    """Refuse, before the page is converted, the options only an issue honours (`--keep-parts`: one
    page has no parts on other pages to keep apart; `--report`: its pages and the jumps between
    them) given with one page, which ignored them without a word: the report a script waited for was
    never written. Exit 2, one line naming them and how to make one page an issue (`FILE:N`)."""
    named = [option for option, on in given if on]
    if not named:
        return
    where = "<stdin>" if page == "-" else page
    _usage_error(f"convert: {' and '.join(named)} {'is' if len(named) == 1 else 'are'} for an issue "
                 f"(convert DIR/, several pages, or FILE:N for one page as an issue); {where} is one "
                 "page (nothing was written)")


def _review_issue_folder(
    folder: str, number: str | None, image: Path | None, settings: dict[str, Any]
) -> tuple[Any, list[Any], list[Any]]:
    """The issue a folder of pages makes, read as `convert DIR/` and `batch --issues --review` read it
    (a file that is no page left out, with a warning), so `review DIR/` shows the report batch writes.
    `--page` and `--image` are refused: the pages are numbered by their files, and one image cannot
    show the boxes of several pages."""
    from .issue import build_issue_pages

    if number is not None:
        _refuse_page_number("review", folder, number)
    if image is not None:
        _usage_error(f"review: --image {image}: {folder} is an issue folder, and one page image cannot "
                     "show the boxes of all its pages (nothing was written)")
    with collector_paused():  # as convert_issue builds it (see layoutfix.gcpause)
        return build_issue_pages([folder], pages=None, keep_parts=False, on_not_a_page=_warn_not_a_page,
                                 **settings)


def _print_reader_notes(document: Any) -> None:
    """Say on stderr what the readers read past (`Document.warnings`), and how many words the OCR
    engine read below `--min-conf` (none: nothing said)."""
    for warning in document.warnings:
        _stderr.print(f"layoutfix: warning: {printable(warning)}", markup=False)
    if document.low_confidence:
        _stderr.print(f"layoutfix: note: {len(document.low_confidence)} words read with a confidence "
                      f"below {document.min_conf:g} are flagged", markup=False)


_ISSUE_PAGE = re.compile(r"^(.+):(\d{1,3})$")
#: `FILE:A4`: the section label of a page file of an issue (full-width letters and digits too).
_ISSUE_LABEL = re.compile(r"^(.+):([A-Za-zＡ-Ｚａ-ｚ][0-9０-９]{1,3})$")


def _names_issue_page(item: str) -> bool:
    """Whether one input names a page of an issue by number or section label (`FILE:3`, `FILE:A4`),
    so that a single page given so is converted as a one-page issue with that number or label."""
    return bool(_ISSUE_PAGE.match(item) or _ISSUE_LABEL.match(item))


def _refuse_page_given_twice(command: str, item: str) -> NoReturn:
    """Refuse `--page` with a page named `FILE:3` or `FILE:A4`, which gives its number or label
    already (exit 2, "drop --page"). A missing FILE is said first, as it is without `--page` (exit
    3): dropping `--page` would only lead to that error."""
    (file,), _pages, _labels = _issue_files([item])
    if not Path(file).exists():
        from .readers.limits import missing_file

        raise InputError(missing_file(file))
    _usage_error(f"{command}: {item} gives the page's number or label; drop --page")


def _issue_files(inputs: list[str]) -> tuple[list[str], list[int | None], list[str | None]]:
    """The page files of `convert PAGE1 PAGE2 ...` with the page number (`FILE:3`) or section label
    (`FILE:A4`) given for each; a name that exists as a file is a file, colon and all. `FILE:0` is
    refused as `--page 0` is (exit 2): page numbers start at 1."""
    files: list[str] = []
    pages: list[int | None] = []
    labels: list[str | None] = []
    for item in inputs:
        number = _ISSUE_PAGE.match(item)
        label = _ISSUE_LABEL.match(item)
        given = None if Path(item).exists() else number or label
        if given is not None and given is number and int(number.group(2)) == 0:
            _usage_error(f"{item}: page numbers start at 1")  # as `--page 0` is refused
        files.append(given.group(1) if given is not None else item)
        pages.append(int(given.group(2)) if given is not None and given is number else None)
        labels.append(given.group(2) if given is not None and given is label else None)
    if any(p is not None for p in pages) and any(Path(f).is_dir() for f in files):
        raise InputError("FILE:N numbers single files, not directories")
    if any(label is not None for label in labels) and any(Path(f).is_dir() for f in files):
        raise InputError("FILE:A4 labels single files, not directories")
    return files, pages, labels


def _convert_issue(
    inputs: list[str], output: str, fmt: str, number: str | None, edits: str | None, keep_parts: bool,
    report: str | None, page_texts: str | None, kwargs: dict[str, Any], suggest: bool = False, *,
    issue: str,
) -> None:
    """`convert PAGE1 PAGE2 ...` / `convert DIR/`: one document for the issue; unresolved jumps on
    stderr, and with `suggest` each page's suggestions. The report is written with the output, all or
    none (`_write_with_log`). A `--page-text` named as a file gets a folder all the same, which a note
    naming `issue` (a file of several pages, an issue folder, `the issue`) says
    (`_note_page_text_folder`)."""
    import json

    from .issue import convert_issue, named_page_texts

    asked_a_file = _names_a_new_file(page_texts)  # read before the folder is made
    if _is_stream(page_texts):
        _usage_error("--page-text -: an issue's page texts go to a folder, not standard output; name the "
                     "folder (./- for one named -)")
    if page_texts is not None and os.path.exists(page_texts) and not os.path.isdir(page_texts):
        _usage_error(f"--page-text {page_texts}: for an issue, name a folder for the page texts")
    if number is not None and len(inputs) == 1 and not Path(inputs[0]).exists():  # FILE:3, FILE:A4
        _refuse_page_given_twice("convert", inputs[0])  # as review
    if number is not None:
        _refuse_page_number("convert", " ".join(inputs), number)
    files, pages, labels = _issue_files(inputs)
    fmt_in = kwargs.pop("input_format")
    result = convert_issue(
        files, fmt=fmt, pages=pages if any(p is not None for p in pages) else None, keep_parts=keep_parts,
        input_format=fmt_in.value if fmt_in else None,
        labels=labels if any(label is not None for label in labels) else None,
        on_not_a_page=_warn_not_a_page, **kwargs,
    )
    if suggest:
        _list_issue_suggestions(result.pages, kwargs["options"])
    extra: list[Extra] = []
    named = named_page_texts(result.pages) if page_texts is not None else []
    if page_texts is not None:
        if not os.path.isdir(page_texts):
            extra.append((page_texts, _make_folder))
        extra += [(os.path.join(page_texts, name), partial(_write, text=text)) for name, text in named]
    if report is not None:
        extra.append((report, partial(_write, text=json.dumps(result.report, ensure_ascii=False, indent=2)
                                      + "\n")))
    _write_with_log(output, result.output, edits, lambda log: write_issue_edits(log, result.pages), extra)
    _print_unresolved(result.unresolved)
    _print_reader_notes(result.document)
    if asked_a_file:
        _note_page_text_folder(issue, str(page_texts), [name for name, _text in named])


def _names_a_new_file(page_text: str | None) -> bool:
    """Whether an issue's `--page-text` names what reads as a file: no existing folder, not spelt as
    one (`texts/`). The issue's page texts still go into a folder of that name, and
    `_note_page_text_folder` says so."""
    return page_text is not None and not os.path.isdir(page_text) and not _names_folder(page_text)


def _note_page_text_folder(issue: str, folder: str, names: Sequence[str]) -> None:
    """Say on stderr that `--page-text` named like a file (`p.txt`) got a folder of that name: `issue`
    (a file of several pages, an issue folder, or `the issue` its page files make) holds the pages
    `names` were written for, and an issue's page texts go into a folder. Before, the folder was made
    without a word, where the user had asked for a file. The first and last names stand for the
    others when there are more than three."""
    shown = ", ".join(names) if len(names) <= 3 else f"{names[0]} … {names[-1]}"
    count = f"{len(names)} pages: wrote their texts" if len(names) != 1 else "1 page: wrote its text"
    _stderr.print(f"layoutfix: note: {printable(issue)} holds {count} into the folder "
                  f"{printable(folder)}/ ({printable(shown)})", markup=False)


def _print_unresolved(jumps: Sequence[Any]) -> None:
    """One stderr line for each jump of an issue (下转/接) matched to no page, with its marker: the
    archivist looks for the article's other part by hand."""
    for jump in jumps:
        if not jump.resolved:
            _stderr.print(f"layoutfix: unresolved jump: {jump.describe()} {jump.marker}", markup=False)


def _warn_not_a_page(exc: NotAPageError) -> None:
    """One warning line for a file of an issue folder that is no page (METS, metadata JSON, an
    index.html), which the issue leaves out; named on its own, such a file is an error."""
    _stderr.print(f"layoutfix: warning: {printable(exc.path)}: not a page, skipped: {exc.reason}",
                  markup=False)


def _one_file_issue(command: str, page: str, count: int, number: str | None) -> None:
    """Refuse what a file of several pages cannot be made an issue with, naming `command`: standard
    input (an issue is read from its files; exit 3) and `--page` (its pages are numbered by the file:
    an option that cannot work, a usage error)."""
    if page == "-":
        raise InputError(f"{command}: <stdin> holds {count} pages; a file of several pages is read as an "
                         "issue, from its file: save it and give the file")
    if number is not None:
        _usage_error(f"{command}: --page {number}: {page} holds {count} pages, numbered by the file; "
                     "--page numbers a file of one page (nothing was written)")


def _refuse_page_number(command: str, issue: str, number: str) -> None:
    """Refuse `--page N` with an issue (a folder, several pages): its pages are numbered by their
    files (`FILE:N` numbers one), so one number fits none of them. A usage error (exit 2), as every
    option that cannot work is, found before any page is converted."""
    _usage_error(f"{command}: --page {number}: {issue} is an issue, its pages numbered by their files; "
                 "--page numbers a single page (FILE:N numbers a page of an issue; nothing was written)")


def _make_folder(folder: str) -> None:
    """Make the --page-text folder of an issue (and its parents) if missing; it gets each page's text,
    the text the page's lines of the issue's edit log point into."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"--page-text {folder}: cannot make the folder: {exc.strerror}") from None


class SuggestFormat(StrEnum):
    """The `suggest --format` choices."""

    text = "text"
    jsonl = "jsonl"


@app.command("suggest", cls=_Command, epilog=EXIT_CODES)
def suggest_cmd(
    page: Annotated[str, typer.Argument(metavar="PAGE.txt", help="Flat OCR export; - reads stdin.")],
    output: Annotated[str, _OUTPUT_OPTION] = "-",
    fmt: Annotated[
        SuggestFormat,
        typer.Option("--format", "-f", help="text: one tab-separated line each; jsonl: one JSON object each "
                     "(offsets into the original; review it and feed it to `rules learn`)."),
    ] = SuggestFormat.text,
    min_cert: Annotated[
        Apply, typer.Option("--min-cert", help="Least certain suggestions listed.")
    ] = Apply.low,
    rules: Annotated[
        list[Path] | None,
        typer.Option("--rules", metavar="DIR|FILE", exists=True,
                     help="An extra rule folder (its lexicon/*.txt and confusion/*.txt count too), or "
                     "one rule file."),
    ] = None,
    gazetteer: Annotated[
        Path | None,
        typer.Option("--gazetteer", metavar="NAMES.txt", exists=True, dir_okay=False,
                     help="Names of places, organisations and people, one a line, matched with rapidfuzz."),
    ] = None,
    encoding: Annotated[str | None, _ENCODING_OPTION] = None,
    max_bytes: Annotated[int | None, _MAX_BYTES_OPTION] = None,
) -> None:
    """List look-alike typos that no rule fixed in a normalised page: position, certainty, pair, word,
    score, context and why. Nothing is changed; see normalize --apply-suggestions."""
    import json

    from .suggest import suggest

    _refuse_same_files("suggest", [("PAGE.txt", page), ("--gazetteer", gazetteer), ("-o", output)])
    _set_limits(max_bytes)
    text = _read_flat("suggest", page, encoding, "layoutfix convert {page} --suggest lists its suggestions")
    dirs = tuple(rules or ())
    said: list[str] = []
    tracked = normalize_text(text, NormalizeOptions(rule_dirs=dirs), warn=said.append)
    for line in said:  # as `convert` says them, naming the page by its file name
        _say_warning(f"{'<stdin>' if page == '-' else Path(page).name}: {line}")
    names: list[str] = []
    if gazetteer is not None:
        names = [ln.split()[0] for ln in _read(_as_file(gazetteer), None).splitlines() if ln.strip()]
    found = suggest(tracked, rule_dirs=dirs, gazetteer=names, min_cert=min_cert.value)
    if fmt is SuggestFormat.jsonl:
        _write(output, "".join(json.dumps(s.to_json(), ensure_ascii=False) + "\n" for s in found))
        return
    lines = [f"{s.orig_start}\t{s.cert}\t{s.pair}\t{s.found}→{s.word}\t{s.score:.1f}\t{s.context}\t{s.why}"
             for s in found]
    _write(output, "".join(line + "\n" for line in lines))


@rules_app.command("learn", cls=_Command, epilog=EXIT_CODES)
def rules_learn(
    reviewed: Annotated[Path, typer.Argument(metavar="EDITS_REVIEWED.jsonl", exists=True, dir_okay=False,
                                             help="Suggestions (suggest --format jsonl) after review; "
                                             "lines with \"accept\": false are skipped.")],
    output: Annotated[str, _OUTPUT_OPTION] = "-",
) -> None:
    """Turn accepted suggestions into typo rules (TOML), with the sentence as an example."""
    from .suggest.learn import learn, to_toml

    _refuse_same_files("rules learn", [("EDITS_REVIEWED.jsonl", reviewed), ("-o", output)])
    _write(output, to_toml(learn(reviewed)))


def _run_log(
    fn: Callable[[str, Sequence[Edit]], str], file: str, log: Path, output: str, encoding: str | None,
    page: str | None, source: str | None,
) -> None:
    """Read `file` and the edit log's records for it, run `fn` (apply or undo), write the result."""
    text = _read(file, encoding)
    logs = read_edit_log(log)
    if fn is apply_edits and any(lg.page is not None for lg in logs):
        _refuse_several_text_pages(file, text)
    _refuse_coordinate_file(file, text, undo=fn is not apply_edits)
    if page is not None and source is None and _page_without_edits(page, logs, file):
        page_log = PageLog(file, None)
    else:
        number = _log_page(page, logs, log, file, text)
        page_log = select_log(logs, log=str(log), file=file, source=source, page=number,
                              page_name=None if page is None else _page_named(page).removeprefix("page "))
    _write(output, run_page_log(fn, text, page_log, str(log)))
    issue_log = any(lg.page is not None for lg in logs) or (not logs and (page, source) != (None, None))
    if all(page_log is not lg for lg in logs) and issue_log:
        _note_no_lines(log, logs, _page_named(page) if page is not None else f"page file {source}")


def _page_named(value: str) -> str:
    """`page 3`, `page A4`: the page `--page` names (checked by `_page_or_label`), as messages name it."""
    from .issue import page_label

    return f"page {int(value)}" if value.isdecimal() else f"page {page_label(value)}"


def _note_no_lines(log: Path, logs: Sequence[PageLog], named: str) -> None:
    """Say that an issue's log has no lines for the page named (`page 3`, `page A3`, `page file X`), so
    the text was given back unchanged: what a page without edits gives, and what a page the log does
    not know would give, which the log cannot tell apart (it records no line for a page without
    edits). Never the input back silently as if it were the result: also for an issue's log with no
    lines at all (no page had edits), named as one by `--page`/`--source`."""
    listing = ", ".join(lg.describe() for lg in logs if lg.page is not None)
    has = f"the log has lines for {listing}" if listing else "the log has no lines: no page had edits"
    _note(f"{log}: no lines for {named}, so the text is given back unchanged, as for a page that had no "
          f"edits ({has})")


def _refuse_several_text_pages(file: str, text: str) -> None:
    """An original whose form feeds separate several pages (`readers.text.split_pages`) is not one
    page's text: an issue's edit log (its lines name their pages) has offsets into one page, so
    applying them to the whole file would give that page corrected with the others raw behind it.
    The page texts are what `convert --page-text` writes. (A log naming no page, as `normalize`
    writes for such a file, has offsets into the whole file and applies to it.)"""
    from .readers.text import FORM_FEED, split_pages

    if FORM_FEED in text and (count := len(split_pages(text))) > 1:
        raise EditLogError(f"{printable(file)}: holds {count} pages set apart by form feeds; an edit log's "
                           "offsets are into one page's text: apply it to the page's file that "
                           "`convert --page-text DIR` writes")


def _refuse_coordinate_file(file: str, text: str, *, undo: bool = False) -> None:
    """An engine's coordinate file (hOCR, ALTO, PAGE-XML, OCR or layout JSON) is not the text an edit
    log's offsets point into: `convert` lays each of its pages out as text first, and the log's
    offsets are into that page text, which `convert --page-text` writes. Applied (or undone) on the
    markup, the lines would not fit, or (for a page without edits, or an undo whose `after` happens
    to match) the markup would come back silently altered or as if it were the page's text; and
    `edits` cannot cut a file of several pages into its pages. `undo` names what to undo on instead:
    what `edits apply` gave for that page text. A file that detection takes for markup but no reader
    reads as pages is left to be applied as text, as before."""
    from .readers.detect import detect_format, has_hocr_mark, read_input

    data = text.encode("utf-8")
    fmt = detect_format(data, file)
    if fmt not in _COORDINATE_FORMATS or (fmt == "hocr" and not has_hocr_mark(data)):
        return
    name = "<stdin>" if file == "-" else printable(file)
    try:
        count = len(read_input(data, fmt, name=name).contents())
    except (LayoutfixError, ValueError):
        return
    what = _COORDINATE_FORMATS[fmt]
    given = "FILE" if file == "-" else name
    todo = "undo it on what `edits apply` gives for" if undo else "apply it to"
    if count > 1:
        base = "FILE" if file == "-" else Path(file).name
        raise EditLogError(f"{name}: is {what} holding {count} pages, which edits cannot cut apart; an edit "
                           f"log's offsets are into one page's laid-out text: {todo} the page's text "
                           f"that `convert {given} --page-text DIR` writes (DIR/{base}.pN.txt) and name "
                           "the page with --page N")
    raise EditLogError(f"{name}: is {what}, not the page's text; an edit log's offsets are into the page "
                       f"laid out as text: {todo} the text `convert {given} --page-text PAGE.txt` "
                       "writes")


def _page_without_edits(value: str, logs: Sequence[PageLog], file: str) -> bool:
    """Whether `--page A4` names a page of an issue's log that had no edits: the file being applied or
    undone states the label (`A04.txt`) and no page file of the log does, so the log has no lines for
    it, as `--page N` of a page without lines (the text comes back unchanged)."""
    from .issue import label_from_name, page_label

    label = None if value.isdecimal() else page_label(value)
    if label is None or file == "-" or label_from_name(file) != label:
        return False
    if not all(lg.page is not None for lg in logs) or _pages_named_for(label, logs):
        return False
    return not recorded_pages(logs, file) and _room_for_label(label, logs)


def _room_for_label(label: str, logs: Sequence[PageLog]) -> bool:
    """Whether a page labelled `label` can be a page of the issue that the log has no lines for: no
    recorded page has that label, the pages before and after it leave a number free (a page after
    them all may be a last page without edits), and no page whose label cannot be found may be it
    (`_unplaced_pages`). `convert` numbers a sectioned issue's pages in section order (A1 < A2 < B1),
    so a recorded page's label (`_recorded_labels`) places it. Otherwise the label is not one the log
    can place: a page renamed since `convert` (`scan_002.txt`, printing B3, now `B03.txt`) is named by
    its number."""
    labels = _recorded_labels(logs)
    if labels is None or any(lab == label for _, lab in labels) or _unplaced_pages(label, logs, labels):
        return False
    before, after = _neighbours(label, labels)
    return after is None or after - before > 1


def _recorded_labels(logs: Sequence[PageLog]) -> list[tuple[int, str | None]] | None:
    """Each recorded page's number and section label: the one its file name states, else the one the
    head of the file (still on disk) prints, else None. None as a whole when the labels found do not
    rise with the page numbers (not the section order `convert` numbers pages in: a label misread)."""
    from .issue import label_from_name, label_order

    found: list[tuple[int, str | None]] = []
    for lg in logs:
        if lg.page is None:
            return None
        label = None
        if lg.source and lg.file:  # (the head of the file as found from the log's folder)
            label = label_from_name(lg.source) or _file_head_label(lg.file)
        found.append((lg.page, label))
    known = sorted((number, label_order(lab)) for number, lab in found if lab is not None)
    return found if all(a[1] < b[1] for a, b in itertools.pairwise(known)) else None


def _neighbours(label: str, labels: Sequence[tuple[int, str | None]]) -> tuple[int, int | None]:
    """The numbers of the recorded pages whose labels come right before and after `label` in section
    order (0 and None when there are none)."""
    from .issue import label_order

    key = label_order(label)
    known = [(number, label_order(lab)) for number, lab in labels if lab is not None]
    before = max((n for n, k in known if k < key), default=0)
    after = min((n for n, k in known if k > key), default=None)
    return before, after


def _unplaced_pages(
    label: str, logs: Sequence[PageLog], labels: Sequence[tuple[int, str | None]]
) -> list[str]:
    """The recorded pages (`page 4 (mix/extra.txt)`) whose label neither their file name states nor
    their head prints, numbered where the page labelled `label` would stand: any of them may be it
    (its label given as `FILE:B2` at `convert`, or its file renamed since)."""
    before, after = _neighbours(label, labels)
    pages = {lg.page: lg for lg in logs}
    return [pages[n].describe() for n, lab in labels
            if lab is None and n > before and (after is None or n < after)]


def _file_head_label(source: str) -> str | None:
    """The section label the head of the page file `source` prints (`_head_label`), None when it
    prints none or cannot be read."""
    with contextlib.suppress(OSError, ValueError), open(source, encoding="utf-8", errors="replace") as f:
        return _head_label(f.read(_HEAD_CHARS))
    return None


def _pages_named_for(label: str, logs: Sequence[PageLog]) -> list[int]:
    """The numbers of the pages of an issue's log whose recorded file name states the section label
    (`A04.txt` for A4, as `convert` reads labels from names): the log records each page's number and
    file, not its label, so this is how `--page A4` finds its page."""
    from .issue import label_from_name

    return sorted({lg.page for lg in logs if lg.page is not None and lg.source is not None
                   and label_from_name(lg.source) == label})


def _log_page(value: str | None, logs: Sequence[PageLog], log: Path, file: str, text: str) -> int | None:
    """The page number `--page` of `edits apply|undo` names (checked by `_page_or_label`): a number, or
    the section label (`A4`) of an issue's page, the one page whose recorded file name states it
    (`_pages_named_for`). The log records no label, so a page labelled by the head it prints (or by
    `FILE:A4`) is named by its number: when the issue's pages print their labels (`_labelled_by_heads`:
    `text`, the page given, or a recorded page file) the error says so, and which page `file` is
    recorded as; otherwise it lists the log's pages, as before."""
    if value is None:
        return None
    if value.isdecimal():
        return int(value)
    from .issue import page_label

    label = page_label(value)
    assert label is not None  # (`_page_or_label` refused any other value)
    named = _pages_named_for(label, logs)
    if len(named) != 1:
        listing = ", ".join(lg.describe() for lg in logs if lg.page is not None) or "no page numbers"
        why = "no page file" if not named else f"{len(named)} page files"
        # A sectioned issue (a recorded page's label is found) with pages whose label is not: name them.
        labels = _recorded_labels(logs) if not named else None
        found = [lab for _, lab in labels or () if lab is not None]
        unplaced = _unplaced_pages(label, logs, labels) if labels is not None and found else []
        if unplaced and label not in found:
            raise EditLogError(f"{log}: {why} of this log named for page {label} ({listing}); "
                               f"{', '.join(unplaced)} states no section label, in its file name or its "
                               f"head, and may be page {label}: name the page with --page N or --source "
                               f"FILE{_recorded_as(file, logs)}")
        if not _labelled_by_heads(text, logs):
            raise EditLogError(f"{log}: {why} of this log named for page {label} ({listing}): "
                               "name the page with --page N")
        raise EditLogError(f"{log}: {why} of this log named for page {label} ({listing}; the log records "
                           "each page's number and file, not the label its head prints): name the page "
                           f"with --page N or --source FILE{_recorded_as(file, logs)}")
    return named[0]


#: How much of a page's text is read for its head (`_labelled_by_heads`): its first lines.
_HEAD_CHARS = 4096


def _labelled_by_heads(text: str, logs: Sequence[PageLog]) -> bool:
    """Whether an issue's pages print their section labels in their heads (`A4 港聞 2015年3月12日`,
    `2015年3月12日 第B2版`), which its edit log does not record: the page text given, or a page file the
    log records that is still on disk, opens with a line naming a section page (`_head_label`,
    `_file_head_label`). Only what an error message says turns on it."""
    if _head_label(text[:_HEAD_CHARS]) is not None:
        return True
    sources = dict.fromkeys(lg.file for lg in logs if lg.file)
    return any(_file_head_label(source) is not None for source in sources)


def _head_label(text: str) -> str | None:
    """The section label (`A4`) the first line of a page's text names as the page's head does
    (`roles.page_label_fact`: `A4 港聞 2015年3月12日`, `2015年3月12日 第A4版`; full-width folded)."""
    import unicodedata

    from .issue import page_label
    from .layout.roles import page_label_fact

    line = unicodedata.normalize("NFKC", next((ln for ln in text.splitlines() if ln.strip()), ""))
    raw = page_label_fact(line) or page_label_fact(line, whole_header=True, first=True)
    return page_label(raw) if raw is not None else None


def _recorded_as(file: str, logs: Sequence[PageLog]) -> str:
    """` (FILE is recorded as page N)` when the page file being applied or undone is recorded in an
    issue's log as one page (`select_log`'s match: the same path, file or file name), else empty."""
    pages = recorded_pages(logs, file) if file != "-" else []
    return f" ({printable(file)} is recorded as page {pages[0]})" if len(pages) == 1 else ""


_LOG_PAGE_OPTION = typer.Option(
    "--page", metavar="N|A4", callback=_page_or_label,
    help="An issue's edit log: use the records of page N, or of the page whose file name states the "
    "section label A4 (A04.txt; default: the page whose recorded source is this file, by path or file "
    "name).")
_LOG_SOURCE_OPTION = typer.Option(
    "--source", metavar="FILE", help="An issue's edit log: use the records of this page file (as "
    "recorded, the same file, or the same file name).")


@edits_app.command("apply", cls=_Command, epilog=EXIT_CODES)
def edits_apply(
    original: Annotated[str, typer.Argument(metavar="ORIGINAL", help="The original input; - reads stdin.")],
    log: Annotated[Path, typer.Argument(metavar="EDITS", help=_EDITS_HELP)],
    output: Annotated[str, _OUTPUT_OPTION] = "-",
    encoding: Annotated[str | None, _ENCODING_OPTION] = None,
    page: Annotated[str | None, _LOG_PAGE_OPTION] = None,
    source: Annotated[str | None, _LOG_SOURCE_OPTION] = None,
    max_bytes: Annotated[int | None, _MAX_BYTES_OPTION] = None,
) -> None:
    """Rebuild the normalised output from the original input and its edit log (for an issue's log, the
    records of this page)."""
    _refuse_same_files("edits apply", [("ORIGINAL", original), ("EDITS", log), ("-o", output)])
    _set_limits(max_bytes)
    _run_log(apply_edits, original, log, output, encoding, page, source)


@edits_app.command("undo", cls=_Command, epilog=EXIT_CODES)
def edits_undo(
    normalized: Annotated[str, typer.Argument(metavar="OUTPUT", help="The normalised text; - reads stdin.")],
    log: Annotated[Path, typer.Argument(metavar="EDITS", help=_EDITS_HELP)],
    output: Annotated[str, _OUTPUT_OPTION] = "-",
    encoding: Annotated[str | None, _ENCODING_OPTION] = None,
    page: Annotated[str | None, _LOG_PAGE_OPTION] = None,
    source: Annotated[str | None, _LOG_SOURCE_OPTION] = None,
    max_bytes: Annotated[int | None, _MAX_BYTES_OPTION] = None,
) -> None:
    """Rebuild the original input (as UTF-8 text) from the normalised output and its edit log (for an
    issue's log, the records of this page: --page/--source, or the page file of the same name)."""
    _refuse_same_files("edits undo", [("OUTPUT", normalized), ("EDITS", log), ("-o", output)])
    _set_limits(max_bytes)
    _run_log(undo_edits, normalized, log, output, encoding, page, source)


@rules_app.command("test", cls=_Command, epilog=EXIT_CODES)
def rules_test(
    dirs: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[DIR|FILE]...", exists=True,
                       help="Rule folders, or rule files, to test besides the shipped rules."),
    ] = None,
) -> None:
    """Run every rule's examples and keep lines through the whole normaliser; exit 1 on a failure."""
    from .normalize.ruletest import check_rules

    report = check_rules(list(dirs or ()))
    failures = list(report.failures)
    for f in failures:
        _stdout.print(f"FAIL {f.rule_id} ({f.file}): {f.problem}", markup=False)
        if f.text or f.expected or f.got:  # a failure of the rule as a whole is its one line
            _stdout.print(f"  text:     {f.text}", markup=False)
            _stdout.print(f"  expected: {f.expected}", markup=False)
            _stdout.print(f"  got:      {f.got}", markup=False)
    for rule_id, note in report.notes:  # no failure: what a rule does that its author may not expect
        _stdout.print(f"NOTE {rule_id}: {note}", markup=False)
    _stdout.print(
        f"{report.rules} rules{_rule_origins(report)}, {report.examples} examples, "
        f"{report.keeps} keep lines: "
        f"{len(failures)} failure{'s' if len(failures) != 1 else ''}",
        markup=False,
    )
    if failures:
        raise typer.Exit(1)


def _rule_origins(report: RuleCheckReport) -> str:
    """` (93 shipped + 12 from nested)`: where `rules test`'s rules came from, when a folder was
    given, so a folder whose rules were not read shows at once; empty for the shipped rules alone."""
    if all(name == "shipped" for name, _n in report.origins):
        return ""
    parts = [f"{n} shipped" if name == "shipped" else f"{n} from {name}" for name, n in report.origins]
    off = report.switched_off
    notes = [f"{off} shipped switched off"] if off else []
    notes += [f"{path} read once, though given twice" for path in report.read_once]
    return f" ({' + '.join(parts)}{''.join(f'; {note}' for note in notes)})"


golden_app = typer.Typer(
    cls=_HelpGroup,
    help="Golden-file regression: re-run stored cases (input + expected TEI) and show what changed.",
    epilog="Exit codes: 0 all cases match; 1 a case differs; 2 error (unreadable case, bad option).",
    no_args_is_help=True,
)
app.add_typer(golden_app, name="golden")

_GOLDEN_DIRS = typer.Argument(
    metavar="[DIR]...", help="Folders of cases (or single case folders). Default: ./golden.")
_GOLDEN_RULES = typer.Option(
    "--rules", metavar="DIR|FILE", exists=True,
    help="An extra folder of *.toml rules, or one rule file, used for every case (repeatable).")
_GOLDEN_CASE = typer.Option("--case", metavar="NAME", help="Only this case (repeatable).")
_GOLDEN_MAX_BYTES = typer.Option(
    "--max-bytes", metavar="BYTES", min=0,
    help=f"Refuse a larger input file, from its size (default {DEFAULT_MAX_BYTES} = 20 MB; 0 = no "
    "limit), for the cases whose options.toml sets no max_bytes (golden add --max-bytes keeps one).")
_GOLDEN_MAX_BLOCKS = typer.Option(
    "--max-blocks", metavar="N", min=0,
    help=f"Refuse a coordinate page with more text blocks (default {DEFAULT_MAX_BLOCKS}; 0 = no limit), "
    "for the cases whose options.toml sets no max_blocks.")
#: Where golden check and update look for cases when given no folder.
_DEFAULT_GOLDEN = Path("golden")
_GOLDEN_DIR_OPTION = typer.Option(
    "--dir", metavar="DIR",
    help="A folder of cases, the same as a DIR argument (repeatable), as golden add takes it.")


def _golden_dirs(dirs: list[Path] | None, dir_options: list[Path] | None, command: str) -> list[Path]:
    """The case folders a golden command was given, as DIR arguments or `--dir` options (the form
    `golden add` takes), not both; `./golden` when neither. Exit 2 when both are given: which the user
    meant cannot be told; and when neither is and there is no `./golden`, with a line saying that
    folder is the default (`golden: not a folder of golden cases` read as the command's name)."""
    if dirs and dir_options:
        _error("give the folders of cases as DIR arguments or with --dir, not both")
        raise typer.Exit(2)
    if not dirs and not dir_options and not _DEFAULT_GOLDEN.is_dir():
        _error(f"no folder ./{_DEFAULT_GOLDEN}, where {command} looks for cases when given none: name "
               f"your folder of cases (layoutfix {command} DIR, or --dir DIR)")
        raise typer.Exit(2)
    return dirs or dir_options or [_DEFAULT_GOLDEN]


def _golden_cases(dirs: list[Path], names: list[str] | None) -> list[Any]:
    """The cases in `dirs` (`find_cases`), after a note on each folder in them that is no case but
    holds cases deeper down, which are not run (none when `names` picks the cases: those were not
    asked for); exit 2 on an error."""
    from .golden import find_cases, folders_of_cases_below

    try:
        cases = find_cases(dirs, names or ())
    except LayoutfixError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    for folder, below in [] if names else folders_of_cases_below(dirs):
        shown = ", ".join(below[:3]) + (f" and {len(below) - 3} more" if len(below) > 3 else "")
        which = "the case below it" if len(below) == 1 else f"the {len(below)} cases below it"
        _note(f"{folder}: not a case, and {which} ({shown}) {'is' if len(below) == 1 else 'are'} not "
              f"run: a folder of cases is read one level deep; give {folder} as a folder of cases too")
    return cases


#: A golden report's lines: the text and its rich style (None: plain), styled on a terminal only.
_Lines = list[tuple[str, str | None]]


def _cases(count: int) -> str:
    """`1 case`, `2 cases`."""
    return f"{count} case" if count == 1 else f"{count} cases"


def _diff_lines(diff: str) -> _Lines:
    """A unified diff's lines, styled as `git diff` colours them (a `?` line, what changed in the line
    above, in yellow)."""
    return [(line, "green" if line.startswith("+") else "red" if line.startswith("-") else (
        "cyan" if line.startswith("@@") else "yellow" if line.startswith("? ") else None))
        for line in diff.splitlines()]


def _print_report(lines: _Lines, done: str = "") -> None:
    """Print a golden command's report on stdout: styled by rich on a terminal (with `NO_COLOR` set, no
    style at all, bold included; a case's text as it is: no markup, no emoji, so `98:100:95` is not
    `98💯95`), else as UTF-8 bytes, as `convert -f txt` writes its text, whatever
    the stream's encoding (`PYTHONIOENCODING=cp1252`, a Windows runner: rich raised on the first hanzi,
    and the report redirected for CI was empty). A stdout that cannot be written (`> /dev/full`, a
    closed pipe) is one error line and exit 2, never exit 1, which says a case differs; `done`, when
    given, is what the command did all the same (`update`: the cases it rewrote), said in that line."""
    try:
        if sys.stdout.isatty():
            plain = bool(os.environ.get("NO_COLOR"))
            for text, style in lines:
                _stdout.print(text, style=None if plain else style, markup=False, highlight=False)
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write("".join(f"{text}\n" for text, _ in lines).encode("utf-8"))
        sys.stdout.flush()
    except OSError as exc:
        _drop_stdout()
        _error(f"cannot write the report to standard output: {exc.strerror or exc}"
               + (f" (done all the same: {done})" if done else ""))
        raise typer.Exit(2) from None


def _drop_stdout() -> None:
    """Point stdout at the null device after a failed write, so that the interpreter's own flush at
    exit does not fail again (a second message, and exit 120) on what is still buffered."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


@golden_app.command("check", cls=_Command)
def golden_check(
    dirs: Annotated[list[Path] | None, _GOLDEN_DIRS] = None,
    dir_options: Annotated[list[Path] | None, _GOLDEN_DIR_OPTION] = None,
    case: Annotated[list[str] | None, _GOLDEN_CASE] = None,
    rules: Annotated[list[Path] | None, _GOLDEN_RULES] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a machine-readable JSON report.")] = False,
    max_bytes: Annotated[int | None, _GOLDEN_MAX_BYTES] = None,
    max_blocks: Annotated[int | None, _GOLDEN_MAX_BLOCKS] = None,
) -> None:
    """Re-run every case and show a unified diff (canonical XML, article text, edit log) for each that
    differs.

    Exit 0 when all match, 1 when any differs, 2 on error.
    """
    import json

    from .golden import check_case

    cases = _golden_cases(_golden_dirs(dirs, dir_options, "golden check"), case)
    _set_limits(max_bytes, max_blocks)
    _refuse_bad_rules(rules or [])
    results = [check_case(c, tuple(rules or ())) for c in cases]
    for r in results:  # what convert says of each case's input, under the case's name
        for warning in r.warnings:
            _say_case_warning(r.name, warning)
    # Said once per run, not per case: an old cases folder keeps working, its logs just go unchecked.
    # (A case that failed compared nothing: its error is what it reports, not a missing log.)
    compared = [c for c, r in zip(cases, results, strict=True) if r.status != "error"]
    without_log = [c.name for c in compared if not c.expected_edits.exists()]
    without_text = [c.name for c in compared if not c.expected_txt.exists()]
    if as_json:
        report = {
            "cases": len(results),
            "ok": sum(r.status == "ok" for r in results),
            "differ": sum(r.status == "differ" for r in results),
            "error": sum(r.status == "error" for r in results),
            "without_edit_log": without_log,
            "without_text": without_text,
            "results": [r.to_json() for r in results],
        }
        _print_report([(json.dumps(report, ensure_ascii=False, indent=2), None)])
        for c, r in zip(cases, results, strict=True):  # (a CI log shows stderr: say why it failed)
            _say_case_outcome(c, r)
    else:
        lines: _Lines = []
        for r in results:
            if r.status == "ok":
                continue
            lines.append((f"{r.status.upper()} {r.name}", "bold"))
            if r.error:
                lines.append((f"  {r.error}", None))
            lines += [(f"  note: {note}", None) for note in r.notes]
            lines += [*_diff_lines(r.tei_diff_marked), *_diff_lines(r.txt_diff_marked),
                      *_diff_lines(r.edits_diff_marked)]
        count = Counter(r.status for r in results)
        lines.append((f"{_cases(len(results))}: {count['ok']} match, {count['differ']} differ, "
                      f"{count['error']} error", None))
        _print_report(lines)
    _note_unchecked_files(compared, without_log, without_text, len(results))
    if any(r.status == "error" for r in results):
        raise typer.Exit(2)
    if any(r.status == "differ" for r in results):
        raise typer.Exit(1)


def _say_case_outcome(case: Any, result: Any) -> None:
    """One stderr line for a case that failed or differs (`golden check --json`, whose report is on
    stdout): `layoutfix: error: golden/spacing: missing expected.tei.xml`, `layoutfix: differ:
    golden/p01: expected.tei.xml, expected.txt`; nothing for a case that matches."""
    from .golden import EDITS_FILE, TEI_FILE, TXT_FILE

    if result.status == "error":
        error = str(result.error)
        _error(error if str(case.path) in error else f"{case.path}: {error}")
    elif result.status == "differ":
        files = [name for name, diff in ((TEI_FILE, result.tei_diff), (TXT_FILE, result.txt_diff),
                                         (EDITS_FILE, result.edits_diff)) if diff]
        line = f"{case.path}: {', '.join(files)}"
        _stderr.print(f"layoutfix: differ: {printable(line)}", markup=False)


def _note_unchecked_files(
    compared: Sequence[Any], without_log: Sequence[str], without_text: Sequence[str], total: int
) -> None:
    """Say on stderr, once per run, what `check` did not compare: the cases without an edit log or
    without `expected.txt` (a deleted or misnamed one passed without a word), and each file of a case
    whose name is like an expected file's but is none (`expected.text`, `Expected.txt`)."""
    from .golden import EDITS_FILE, EXPECTED_FILES, TXT_FILE, stray_files

    if without_log:
        _note(_without_note(EDITS_FILE, "edit log", len(without_log), total))
    if without_text:
        _note(_without_note(TXT_FILE, "article text", len(without_text), total))
    for c in compared:
        for name in stray_files(c):
            _note(f"{c.path / name}: not a file golden check reads (an expected file is named "
                  f"{', '.join(EXPECTED_FILES)}): rename it, or remove it")


def _note(line: str) -> None:
    """Say `line` on stderr as a note."""
    _stderr.print(f"layoutfix: note: {printable(line)}", markup=False)


def _without_note(file: str, what: str, count: int, total: int) -> str:
    """The note on the cases whose `file` (`what` it holds) is not compared: `the case has …` (not `1
    of 1 cases has`), `both cases have …`, `all 3 cases have …`, `1 of 3 cases has …`."""
    if total == 1:
        which = "the case has"
    elif count == total:
        which = "both cases have" if total == 2 else f"all {total} cases have"
    else:
        which = f"{count} of {total} cases {'has' if count == 1 else 'have'}"
    whose = f"its {what} is" if count == 1 else f"their {what}s are"
    return f"{which} no {file}, so {whose} not compared (`layoutfix golden update` writes it)"


@golden_app.command("update", cls=_Command)
def golden_update(
    dirs: Annotated[list[Path] | None, _GOLDEN_DIRS] = None,
    dir_options: Annotated[list[Path] | None, _GOLDEN_DIR_OPTION] = None,
    case: Annotated[list[str] | None, _GOLDEN_CASE] = None,
    rules: Annotated[list[Path] | None, _GOLDEN_RULES] = None,
    max_bytes: Annotated[int | None, _GOLDEN_MAX_BYTES] = None,
    max_blocks: Annotated[int | None, _GOLDEN_MAX_BLOCKS] = None,
    rules_changed: Annotated[bool, typer.Option(
        "--rules-changed",
        help="Your own rules changed on purpose (rules removed or renamed): update the cases whose "
        "recorded rule ids (own_rule_ids in options.toml) the --rules given do not all define, and "
        "record the ids they define.")] = False,
) -> None:
    """Rewrite expected files (TEI, text, edit log) from the current output, and write those a case lacks.
    Run `golden check` and read the diff first."""
    from .golden import unknown_rules, update_case

    cases = _golden_cases(_golden_dirs(dirs, dir_options, "golden update"), case)
    _set_limits(max_bytes, max_blocks)
    _refuse_bad_rules(rules or [])
    _refuse_unrunnable(cases)
    _refuse_dropping_own_rules(cases, rules or [])
    if not rules_changed:
        _refuse_other_own_rules(cases, rules or [])
    lines: _Lines = []
    done: dict[str, list[str]] = {"updated": [], "unchanged": []}  # case names, for the `done` text
    for c in cases:
        try:
            unknown = unknown_rules(c, tuple(rules or ()))
            written = update_case(c, tuple(rules or ()), warn=partial(_say_case_warning, c.name),
                                  record_rule_ids=rules_changed)
        except LayoutfixError as exc:
            _print_report(lines, done=_updated(done))  # (what was written before it: said first)
            _error(f"{c.name}: {exc}")
            raise typer.Exit(2) from None
        if unknown and written:
            _warn_rules_not_given(c.name, unknown)
        done["updated" if written else "unchanged"].append(c.name)
        lines.append((f"updated {c.name} ({', '.join(written)})" if written else f"unchanged {c.name}", None))
    # Printed once all are written: a report that cannot be written (`> /dev/full`) stopped the update
    # after the first case, and its error did not say which cases had been rewritten.
    _print_report(lines, done=_updated(done))


def _refuse_bad_rules(rules: Sequence[Path]) -> None:
    """Exit 2 with one line when the `--rules` given cannot be loaded (a malformed rule file): every
    case would fail on it alike, and it was said once per case."""
    from .normalize.typos import load_ruleset

    if not rules:
        return
    try:
        load_ruleset(tuple(rules))
    except LayoutfixError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None


def _refuse_unrunnable(cases: Sequence[Any]) -> None:
    """Exit 2, naming each, when a case cannot be run: a broken folder or a bad options.toml. Checked
    before any case is updated, so that an update writes nothing until every case can be run (a bad
    options.toml in a later case stopped it after the earlier ones were rewritten)."""
    problems = [str(c.problem) for c in cases if c.problem is not None]  # (each names its folder)
    for c in cases:
        if c.problem is None:
            try:
                c.options()
            except LayoutfixError as exc:
                problems.append(str(exc))  # (it names the options.toml)
    for problem in dict.fromkeys(problems):  # (two twin folders share one problem: said once)
        _error(problem)
    if problems:
        raise typer.Exit(2)


def _refuse_dropping_own_rules(cases: Sequence[Any], rules: Sequence[Path]) -> None:
    """Exit 2, naming each, when an update without `--rules` would rewrite a case made with rule
    folders of the project's own (`own_rules = true`, written by `golden add --rules`): its files
    would be made with the shipped rules alone and the project's corrections would go, under any rule
    id (a shipped id replaced or switched off included). Checked before any case is written; a case
    whose files the shipped rules leave as they are is not named (nothing of it would be lost)."""
    from .golden import OPTIONS_FILE, OWN_RULES_KEY, drops_own_rules

    refused = [(c, files) for c in cases if (files := drops_own_rules(c, tuple(rules)))]
    for c, files in refused:
        _error(f"{c.path}: made with rule folders of your own ({OWN_RULES_KEY} = true in its "
               f"{OPTIONS_FILE}); updating it without them would rewrite {', '.join(files)} with the "
               "shipped rules alone, dropping your rules' corrections: run golden update --rules "
               "YOUR-RULES/ (to re-make it with the shipped rules alone, remove "
               f"{OWN_RULES_KEY} from its {OPTIONS_FILE} first)")
    if refused:
        raise typer.Exit(2)


def _refuse_other_own_rules(cases: Sequence[Any], rules: Sequence[Path]) -> None:
    """Exit 2, naming each, when an update with `--rules` would rewrite a case made with another rule
    folder of the project's own: its options.toml records the rule ids its folders define
    (`own_rule_ids`, written by `golden add --rules`) and the `--rules` given do not define them all
    (`golden.other_own_rules`). That is a folder given by mistake, or rules removed or renamed on
    purpose; the update cannot tell, so `--rules-changed` says which. Rules edited or added in the
    same folder keep the ids, and are updated as ever. Checked before any case is written; a case
    the rules given leave as it is is not named."""
    from .golden import OPTIONS_FILE, OWN_RULE_IDS_KEY, other_own_rules

    refused = [(c, found) for c in cases if (found := other_own_rules(c, tuple(rules))) is not None]
    for c, (missing, files) in refused:
        _error(f"{c.path}: the --rules given do not define {', '.join(missing)}, which the case was made "
               f"with ({OWN_RULE_IDS_KEY} in its {OPTIONS_FILE}; updating it would rewrite "
               f"{', '.join(files)}): give the folder it was made with, or --rules-changed if those rules "
               "were removed or renamed on purpose")
    if refused:
        raise typer.Exit(2)


def _updated(done: dict[str, list[str]]) -> str:
    """What an update did, for an error that stops its report being read: `updated: a, b; unchanged: c`."""
    return "; ".join(f"{verb}: {', '.join(names)}" for verb, names in done.items() if names)


def _warn_rules_not_given(name: str, unknown: Sequence[str]) -> None:
    """Say that an update dropped the corrections of rules no folder given defines: a case made with
    `--rules` and updated without them loses them, and nothing else would say so."""
    ids = ", ".join(unknown)
    _stderr.print(f"layoutfix: warning: {_one_line(name)}: its expected files recorded edits by rule(s) "
                  f"{_one_line(ids)}, which no rule folder given defines: the files written no longer "
                  "have them; if they are your rules, run the update again with --rules YOUR-RULES/",
                  markup=False)


@golden_app.command("add", cls=_Command)
def golden_add(
    input_path: Annotated[
        Path, typer.Argument(
            metavar="INPUT", help="The input page (txt, hOCR, XML, JSON; a file of several pages is an "
            "issue, as convert reads it), or a folder of an issue's pages.")
    ],
    name: Annotated[str, typer.Option("--name", metavar="NAME", help="Case name (a folder name).")],
    root: Annotated[str, typer.Option("--dir", metavar="DIR", callback=_folder_not_stream,
                                      help="Folder of cases.")] = "golden",
    paper: Annotated[str | None, _PAPER_OPTION] = None,
    date: Annotated[str | None, _DATE_OPTION] = None,
    number: Annotated[str | None, _PAGE_OR_LABEL_OPTION] = None,
    encoding: Annotated[str | None, _ENCODING_OPTION] = None,
    input_format: Annotated[InputFormat | None, typer.Option(
        "--from", help="Read the input as this format instead of detecting it.")] = None,
    min_conf: Annotated[float | None, typer.Option(
        "--min-conf", min=0.0, max=1.0, metavar="0..1",
        help=f"Flag words the OCR engine read with a lower confidence (coordinate inputs; default "
        f"{DEFAULT_MIN_CONF}, as convert).")] = None,
    variants: Annotated[Variants | None, _VARIANTS_OPTION] = None,
    apply: Annotated[Apply | None, _APPLY_OPTION] = None,
    quotes: Annotated[Quotes | None, _QUOTES_OPTION] = None,
    rules: Annotated[list[Path] | None, typer.Option(
        "--rules", metavar="DIR|FILE", exists=True,
        help="An extra folder of *.toml rules, or one rule file, to make the expected files with "
        "(repeatable); not kept in "
        "the case: give the same --rules to golden check and update.")] = None,
    max_bytes: Annotated[int | None, typer.Option(
        "--max-bytes", metavar="BYTES", min=0,
        help=f"Refuse a larger input file, from its size, as convert does (default {DEFAULT_MAX_BYTES} "
        "= 20 MB; 0 = no limit); kept in the case's options.toml, so check and update read it "
        "alike.")] = None,
    max_blocks: Annotated[int | None, typer.Option(
        "--max-blocks", metavar="N", min=0,
        help=f"Refuse a coordinate page with more text blocks, as convert does (default "
        f"{DEFAULT_MAX_BLOCKS}; 0 = no limit); kept in the case's options.toml.")] = None,
) -> None:
    """Create a new case from an input page (or issue folder) and write its expected files (TEI, text,
    edit log) from the current output. The options given are kept in the case's options.toml, so
    `golden check` converts the page the same way; the rule folders are not (they are given at check
    time, for every case, as the project's rules live where it is checked out)."""
    from .golden import add_case

    if not name or "/" in name or name.startswith(".") or _CONTROL.search(name):
        _error(f"bad case name {name!r}")
        raise typer.Exit(2)
    _check_header_options(paper, date)
    options = {
        "paper": paper, "date": date, "page": _case_page(number), "encoding": encoding,
        "min_conf": min_conf, "from": input_format.value if input_format else None,
        "variants": variants.value if variants else None, "apply": apply.value if apply else None,
        "quotes": quotes.value if quotes else None, "max_bytes": max_bytes, "max_blocks": max_blocks,
    }
    _set_limits(None)  # (the case's own limits, when given, are applied while it is read)
    try:
        case_ = add_case(input_path, name, Path(root), options, tuple(rules or ()), warn=_say_warning)
    except LayoutfixError as exc:
        _error(str(exc))
        raise typer.Exit(2) from None
    _print_report([(f"added {case_.path} (read {case_.expected_tei.name} and {case_.expected_edits.name} "
                     f"before you commit them){_check_with_rules(rules or [])}", None)])


def _case_page(value: str | None) -> int | str | None:
    """What `golden add --page` keeps in the case's options.toml: the page number (`page = 3`, for
    `3`, `３`, `٣`), or the section label in its one spelling (`page = "A4"`, for `A4`, `a04`, `Ａ４`),
    as `convert --page` reads the value (`_page_or_label` checked it)."""
    from .issue import page_label

    number, label = _page_facts(value)
    return number if label is None else page_label(label)


def _say_warning(line: str) -> None:
    """Say `line` on stderr as `convert` says a warning of the page."""
    _stderr.print(f"layoutfix: warning: {printable(line)}", markup=False)


def _say_case_warning(case: str, line: str) -> None:
    """Say `line`, a warning of golden case `case`'s input, on stderr under the case's name."""
    _say_warning(f"{case}: {line}")


def _check_with_rules(rules: Sequence[Path]) -> str:
    """What `golden add --rules` says after the case it added: the command that checks it as it was
    made. A case does not keep its rule folders (they are given at check time, for every case), so a
    `golden check` without them reports the case as differing at once. Empty without `--rules`."""
    if not rules:
        return ""
    given = " ".join(f"--rules {shlex.quote(str(d))}" for d in rules)
    return f"; made with your rules: give `{given}` to golden check and update"


@app.command("review", cls=_Command, epilog=EXIT_CODES)
def review(
    page: Annotated[str, typer.Argument(metavar="INPUT", help="The OCR page (as convert; FILE:3 or FILE:A4 "
                                        "gives its page number or section label); - is stdin.")],
    output: Annotated[str, _OUTPUT_OPTION] = "-",
    image: Annotated[
        Path | None,
        typer.Option("--image", metavar="PAGE.png", exists=True, dir_okay=False,
                     help="The page image (PNG, JPEG, GIF, WebP, BMP or SVG; not TIFF or JPEG 2000, which "
                     "browsers do not show); embedded in the report with each block's box drawn on it."),
    ] = None,
    paper: Annotated[str | None, _PAPER_OPTION] = None,
    date: Annotated[str | None, _DATE_OPTION] = None,
    number: Annotated[str | None, _PAGE_OR_LABEL_OPTION] = None,
    input_format: Annotated[InputFormat | None, _FROM_OPTION] = None,
    min_conf: Annotated[float, _MIN_CONF_OPTION] = DEFAULT_MIN_CONF,
    variants: Annotated[Variants, _VARIANTS_OPTION] = _NO_VARIANTS,
    apply: Annotated[Apply, _APPLY_OPTION] = Apply.high,
    rules: Annotated[list[Path] | None, _RULES_OPTION] = None,
    apply_suggestions: Annotated[Apply | None, _APPLY_SUGGESTIONS_OPTION] = None,
    quotes: Annotated[Quotes, _QUOTES_OPTION] = Quotes.auto,
    encoding: Annotated[str | None, _ENCODING_OPTION] = None,
    max_bytes: Annotated[int | None, _MAX_BYTES_OPTION] = None,
    max_blocks: Annotated[int | None, _MAX_BLOCKS_OPTION] = None,
    edits: Annotated[
        str | None,
        typer.Option("--edits", metavar="EDITS.jsonl", callback=_file_not_folder,
                     help="Also write the edit log of this very run (as convert --edits writes it): change "
                     "N of the report is line N of the log."),
    ] = None,
) -> None:
    """Write a review report: one self-contained HTML page with every change and the article cut.

    The original text with each edit highlighted by kind (click for rule, certainty, reason), the
    articles as read, the block boxes on the page image (--image, coordinate inputs), and the
    suggestions not applied, with accept/reject controls saved as JSONL for `rules learn`.
    """
    from .export.html import image_mime, review_run, rule_reasons, to_html, unapplied_suggestions

    _refuse_same_files("review", [*(("INPUT", file) for file in _input_paths(page)), ("--image", image),
                                  ("-o", output), ("--edits", edits)])
    _refuse_two_on_stdout("review", [("-o", output), ("--edits", edits)])
    _check_header_options(paper, date)
    _set_limits(max_bytes, max_blocks)
    dirs = tuple(rules or ())
    options = _options(variants, apply, dirs, apply_suggestions, quotes)
    picture = None
    if image is not None:  # before the page is converted: a TIFF scan is refused at once
        try:
            picture = image.read_bytes()
        except OSError as exc:
            raise InputError(f"{image}: cannot read: {exc.strerror}") from None
        image_mime(picture, source=f"--image {image}")
    settings: dict[str, Any] = {
        "paper": paper, "date": date, "options": options, "encoding": encoding,
        "input_format": input_format.value if input_format else None, "min_conf": min_conf,
    }
    document, jumps, pages = _review_document(page, number, image, settings)
    run = review_run([pg.source for pg in pages] if pages is not None else [page])
    report = to_html(document, unapplied_suggestions(document, dirs), image=picture,
                     reasons=rule_reasons(dirs), jumps=jumps, run=run)
    _write_with_log(output, report, edits, partial(_write_review_log, document=document, pages=pages))
    _print_unresolved(jumps)
    _print_reader_notes(document)


def _write_review_log(path: str, document: Any, pages: Sequence[Any] | None) -> None:
    """Write the edit log of the run a review report shows, as `convert --edits` writes it: one page's
    log, or an issue's (`pages`: each page cut back out, offsets into its own file). Both list the
    edits in the order the report numbers them (by page, then offset), so change N is line N."""
    if pages is None:
        write_document_edits(path, document)
    else:
        write_issue_edits(path, pages)


def _review_document(
    page: str, number: str | None, image: Path | None, settings: dict[str, Any]
) -> tuple[Any, list[Any], list[Any] | None]:
    """The document `review` shows, the jumps of its issue (none for one page) and the issue's pages
    (`IssuePage`s, for its edit log; None for one page), read as `convert` reads its input: one page,
    the one-page issue `FILE:3`/`FILE:A4` names, or the issue a file of several pages makes.
    `settings` are the keyword arguments both `pipeline.convert` and `issue.build_issue_pages` take."""
    from .issue import build_issue_pages
    from .pipeline import SeveralPagesError
    from .pipeline import convert as convert_page

    if page != "-" and Path(page).is_dir():
        return _review_issue_folder(page, number, image, settings)
    if page != "-" and not Path(page).exists() and _names_issue_page(page):
        # `FILE:3` / `FILE:A4`, as convert takes them: the report shows that one-page issue
        if number is not None:
            _refuse_page_given_twice("review", page)
        files, pages, labels = _issue_files([page])
        return build_issue_pages(files, pages=pages, labels=labels, keep_parts=False, **settings)
    # A Path, not the str: pipeline.convert reads a str that names no file as the page's text itself,
    # which made a mistyped name or a folder a one-line page and a report of it (exit 0).
    try:
        page_number, label = _page_facts(number)
        return convert_page(page if page == "-" else Path(page), fmt="txt", page=page_number, label=label,
                            **settings).document, [], None
    except SeveralPagesError as exc:  # a file of several pages: its report shows the issue they make
        _one_file_issue("review", page, exc.count, number)
        if image is not None:
            _usage_error(f"review: --image {image}: {page} holds {exc.count} pages, and one page image "
                         "cannot show the boxes of them all (nothing was written)")
        return build_issue_pages([page], pages=None, keep_parts=False, **settings)


def _check_report_folder(report: Path) -> None:
    """Refuse a `--report` whose folder is not writable before the run, not after hours of converting
    (the report is the run's only full account); a missing folder is refused as the option is parsed
    (`_file_not_folder`)."""
    folder = report.parent
    if not os.access(folder, os.W_OK):
        _usage_error(f"--report {report}: the folder {folder} is not writable")


#: `--from` of `batch`: as `convert --from`, for every page of the run.
_BATCH_FROM_OPTION = typer.Option(
    "--from", help="Read every page as this format instead of detecting it (a flat-text page opening "
    "with <?xml ...?> is otherwise passed over as not a page: --from txt).")


@app.command("batch", cls=_Command, epilog=EXIT_CODES)
def batch_cmd(
    in_dir: Annotated[Path, typer.Argument(metavar="IN_DIR", callback=_in_folder,
                                           help="Folder of pages, searched recursively: flat text "
                                           "(*.txt, *.md, *.markdown) and hOCR, ALTO, PAGE-XML, OCR "
                                           "JSON (*.hocr, *.html, *.xhtml, *.xml, *.json; the format "
                                           "is detected).")],
    out_arg: Annotated[FolderName, typer.Argument(metavar="OUT_DIR", callback=_out_folder,
                                                  path_type=str, file_okay=False,
                                                  help="Where the outputs go, at the same relative "
                                                  "paths.")],
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", metavar="N", min=1,
                                             help="Worker processes (default: every core).")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format of every page.")
                   ] = OutputFormat.tei,
    input_format: Annotated[InputFormat | None, _BATCH_FROM_OPTION] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip pages whose outputs exist, are not older "
                                         "than the input and were made under the same settings (rules, "
                                         "options, version); outputs are written atomically.")] = False,
    report: Annotated[str | None, typer.Option("--report", metavar="R.json", callback=_file_not_folder,
                                               help="Also write the run's report as JSON.")] = None,
    # `\\[`: rich reads help text as markup and would drop `[dask]` as an unknown style tag.
    dask: Annotated[str | None, typer.Option("--dask", metavar="ADDRESS",
                                             help="Run on a Dask cluster (tcp://host:8786), or `local` "
                                             "for a local one; needs layoutfix\\[dask].")] = None,
    paper: Annotated[str | None, _PAPER_OPTION] = None,
    variants: Annotated[Variants, _VARIANTS_OPTION] = _NO_VARIANTS,
    apply: Annotated[Apply, _APPLY_OPTION] = Apply.high,
    rules: Annotated[list[Path] | None, _RULES_OPTION] = None,
    apply_suggestions: Annotated[Apply | None, _APPLY_SUGGESTIONS_OPTION] = None,
    quotes: Annotated[Quotes, _QUOTES_OPTION] = Quotes.auto,
    review: Annotated[bool, typer.Option("--review", help="Also write each page's review report "
                                         "(<name>.review.html, as `layoutfix review`) beside its output.")
                      ] = False,
    edits: Annotated[bool, typer.Option("--edits", help="Also write each page's edit log "
                                        "(<name>.edits.jsonl, as `convert --edits`; with --issues, as "
                                        "`convert DIR/ --edits`) beside its output, for `layoutfix edits "
                                        "apply|undo`.")] = False,
    page_text: Annotated[bool, typer.Option(
        "--page-text", help="Also write the text each edit log points into (<name>.page.txt; with "
        "--issues a folder <name>.pages/ with <page file name>.txt each), as `convert --page-text`: "
        "for a coordinate input the page laid out as text, which `layoutfix edits apply|undo` need.")
    ] = False,
    min_conf: Annotated[float | None, typer.Option(
        "--min-conf", metavar="0..1", min=0.0, max=1.0,
        help=f"Flag words of coordinate inputs below this engine confidence (default {DEFAULT_MIN_CONF}, as "
        "convert; counted as warnings).")] = None,
    issues: Annotated[bool, typer.Option(
        "--issues", help="Each folder holding page files is one issue: its pages become one document "
        "(as `convert DIR/`), written as FOLDER.tei.xml beside the folder's place in OUT_DIR.")] = False,
    max_bytes: Annotated[int | None, _MAX_BYTES_OPTION] = None,
    max_blocks: Annotated[int | None, _MAX_BLOCKS_OPTION] = None,
) -> None:
    """Convert every page under IN_DIR into OUT_DIR, in parallel, with a progress bar and a report.

    A page that cannot be converted is recorded (report and summary) and the run goes on; the exit
    code is then 1. The summary goes to stderr; a progress bar when stderr is a terminal, else log lines.
    """
    import json
    import time

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .batch import (
        FAILED_SHOWN,
        BatchConfig,
        PageResult,
        check_rules,
        failure_line,
        run_batch,
        run_file_named,
        same_folder,
    )

    out_dir = Path(out_arg)
    if same_folder(in_dir, out_dir):
        _usage_error(f"OUT_DIR {out_dir} is IN_DIR: the outputs would be read as pages next time (and "
                     "--format txt would replace them); give another folder")
    _check_header_options(paper)
    if report is not None and not _is_stream(report):
        _check_report_folder(Path(report))
    _set_limits(max_bytes, max_blocks)  # forked workers inherit them (a Dask cluster keeps its own)
    config = BatchConfig(
        fmt=fmt.value, paper=paper, resume=resume, min_conf=min_conf, review=review, edits=edits,
        page_text=page_text, issues=issues,
        options=_options(variants, apply, rules, apply_suggestions, quotes),
        input_format=input_format.value if input_format else None,
    )
    if report is not None and not _is_stream(report):  # the report over a page or an output: text lost
        clash = run_file_named(Path(report), in_dir, out_dir, config)
        if clash is not None:
            _refuse_same_files("batch", [("--report", report), clash])
    check_rules(config)  # a malformed rule file: exit 4 before any work, local or on Dask
    unit = "issues" if issues else "pages"
    # failed: pages (or issues); failures: those and the folders that could not be read (no pages);
    # total: -1 until the run has counted its pages
    state = {"total": -1, "done": 0, "failed": 0, "failures": 0, "converted": 0, "last": 0.0}
    started = time.perf_counter()
    progress = Progress(
        TextColumn("converting"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} " + ("issues" if issues else "pages") + "/s"), TimeRemainingColumn(),
        TextColumn("{task.fields[failed]} failed"), console=_stderr, transient=True,
    ) if _stderr.is_terminal else None
    task = None

    def on_start(total: int) -> None:
        state["total"] = total
        nonlocal task
        if progress is not None:
            progress.start()
            task = progress.add_task("batch", total=total, rate="0.0", failed=0)
        else:
            _stderr.print(f"layoutfix: batch: {total} {unit} in {in_dir}", markup=False)

    def on_result(result: PageResult) -> None:
        page = not result.unread_folder
        state["done"] += page
        state["failed"] += page and result.status == "failed"
        state["failures"] += result.status == "failed"
        state["converted"] += result.status == "ok"
        elapsed = time.perf_counter() - started
        rate = state["converted"] / elapsed if elapsed > 0 else 0.0
        if progress is not None and task is not None:
            progress.update(task, advance=int(page), rate=f"{rate:.1f}", failed=state["failed"])
            return
        if result.status == "failed":
            log_failure(result)
        if not page:
            return
        step = max(1, state["total"] // 20)
        if state["done"] % step == 0 or state["done"] == state["total"] or elapsed - state["last"] >= 10:
            state["last"] = elapsed
            pace = f"{rate:.1f} {unit}/s" if state["converted"] else "none converted yet"
            _stderr.print(f"layoutfix: batch: {state['done']}/{state['total']} {unit}, {state['failed']} "
                          f"failed, {pace}", markup=False)

    def log_failure(result: PageResult) -> None:
        """One FAILED line per failed page; with a report, which lists each, only the first
        `FAILED_SHOWN`, so a run where every page fails alike does not bury its log."""
        if report is not None and state["failures"] > FAILED_SHOWN:
            if state["failures"] == FAILED_SHOWN + 1:
                _stderr.print(f"layoutfix: batch: more than {FAILED_SHOWN} {unit} failed: the others are not "
                              f"named here; the summary counts them and {printable(str(report))} lists each",
                              markup=False)
            return
        line = failure_line(result.source, result.message or result.error or "unknown error")
        _stderr.print(f"layoutfix: batch: {line}", markup=False)

    def on_warning(message: str) -> None:
        _stderr.print(f"layoutfix: batch: warning: {message}", markup=False)

    try:
        if dask is not None:
            from .distributed import run_dask

            result = run_dask(in_dir, out_dir, config, address=dask, jobs=jobs, on_start=on_start,
                              on_result=on_result, on_warning=on_warning)
        else:
            result = run_batch(in_dir, out_dir, config, jobs=jobs, on_start=on_start, on_result=on_result,
                               on_warning=on_warning)
    except KeyboardInterrupt as exc:
        # Ctrl-C again would cut the line, the run is stopped already (and until the process ends)
        with _sigint_ignored(restore=not _PROCESS_ENDS.get()):
            if progress is not None:
                progress.stop()
            # Ctrl-C: say where the run stopped and how to go on (outputs are whole or not there).
            line = _interrupted_line(exc, int(state["done"]), int(state["total"]), unit)
            _stderr.print(f"layoutfix: batch: {line}", markup=False)
            _INTERRUPT_SAID.set(True)
        raise typer.Exit(130) from None
    finally:
        if progress is not None:
            progress.stop()
    if report is not None:
        _write(report, json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
    for line in result.summary():
        _stderr.print(f"layoutfix: batch: {line}", markup=False)
    if result.failures:
        raise typer.Exit(1)


#: True in the context `main` (the console script) runs the command line in: the process ends when the
#: command does. A command stopped by Ctrl-C then leaves SIGINT ignored (`_sigint_ignored`) until the
#: end, so a Ctrl-C again cannot fall between its own handling and `main`'s, where it escaped `main`
#: as a KeyboardInterrupt traceback (as Click handed back the exit code 130).
_PROCESS_ENDS: contextvars.ContextVar[bool] = contextvars.ContextVar("_PROCESS_ENDS", default=False)

#: True once a command stopped by Ctrl-C has said so in its own line (`batch`: how far it got). Any
#: other Ctrl-C inside a command ends it through typer as a bare exit code 130 (typer's `Exit(130)`),
#: which said nothing: `main` gives those the line `layoutfix: interrupted`.
_INTERRUPT_SAID: contextvars.ContextVar[bool] = contextvars.ContextVar("_INTERRUPT_SAID", default=False)


@contextlib.contextmanager
def _sigint_ignored(restore: bool = True) -> Iterator[None]:
    """SIGINT ignored for the time of the block, then handled as before unless not `restore` (in the
    main thread only: no other can set a handler)."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:
        yield
        return
    try:
        yield
    finally:
        if restore:
            signal.signal(signal.SIGINT, previous)


def _interrupted_line(exc: KeyboardInterrupt, done: int, total: int, unit: str) -> str:
    """The line of a batch stopped by Ctrl-C: how far it got and what it wrote. The pages done are the
    results received plus the outputs written whose results never came back (`BatchInterrupted`: a
    worker's chunk is returned whole, so a run stopped early may have written many outputs and
    received no result), so the user is not told that nothing was saved when much was. A run stopped
    before it counted its pages (`total` -1: a Dask cluster starting) says so, not `0 of 0 pages`."""
    from .batch import BatchInterrupted

    if total < 0:
        return f"interrupted while starting, before any of the {unit} was converted"
    written = ""
    if isinstance(exc, BatchInterrupted):
        done += exc.unreported
        written = f", {exc.written} output(s) written by this run"
    return (f"interrupted after {done} of {total} {unit}{written}; every output written is complete, "
            "and --resume goes on from there")


def _paragraphs(text: str) -> str:
    """Help text as paragraphs of one line each (blank lines between them kept), so the terminal's
    width decides where lines break. Typer's rich help keeps a docstring's own line breaks after its
    first paragraph and wraps each line again, which left `labelled (titles,` alone on a line of
    `convert --help` at 80 columns. A paragraph opening with `\b` keeps its lines, as in Click."""
    return "\n\n".join(
        paragraph if paragraph.startswith("\b") else " ".join(line.strip() for line in paragraph.splitlines())
        for paragraph in inspect.cleandoc(text).split("\n\n"))


def _reflow_help(*apps: typer.Typer) -> None:
    """Give every command of `apps` its docstring as help in paragraphs (`_paragraphs`): the help
    Typer shows is the command's `help`, else its docstring as written."""
    for typer_app in apps:
        for info in typer_app.registered_commands:
            text = info.help if isinstance(info.help, str) else inspect.getdoc(info.callback)
            if text:
                info.help = _paragraphs(text)


_reflow_help(app, edits_app, rules_app, golden_app)


def main() -> None:
    """Entry point of the `layoutfix` console script. After Ctrl-C (exit 130) SIGINT is ignored while
    the process ends: a second Ctrl-C then ended it by the signal instead (a shell's 130, but -2 to a
    parent process), or printed a traceback from the interpreter's shutdown. A Ctrl-C that falls outside
    Click's handling (as it hands back the exit code) is one line and exit 130, not a traceback; one
    inside a command that no handler of the command reported (typer's bare `Exit(130)`: `batch` stopped
    while it reads its options or warms up) gets that line too."""
    # (in a context of its own: a command's limits never outlive it in a caller's `limits` block)
    context = contextvars.copy_context()
    context.run(_PROCESS_ENDS.set, True)
    # (a command run in-process before, as by typer's CliRunner, may have set it in the caller's context)
    context.run(_INTERRUPT_SAID.set, False)
    try:
        context.run(app, prog_name="layoutfix")
    except SystemExit as exc:
        if exc.code == 130:
            _ignore_sigint()
            if not context.get(_INTERRUPT_SAID, False):
                _stderr.print("layoutfix: interrupted", markup=False)
        raise
    except KeyboardInterrupt:
        _ignore_sigint()
        _stderr.print("layoutfix: interrupted", markup=False)
        sys.exit(130)


def _ignore_sigint() -> None:
    """Ignore SIGINT from now on (the process is ending: see `main`)."""
    with contextlib.suppress(ValueError):  # (not the main thread)
        signal.signal(signal.SIGINT, signal.SIG_IGN)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())  # type: ignore[func-returns-value]  # (main exits through typer; None is exit 0)
