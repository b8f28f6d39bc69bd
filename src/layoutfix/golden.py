"""Golden-file regression: re-run stored cases and show exactly what changed.

A case is a folder `<case>/` holding `input.<txt|hocr|xml|json>` (flat text or a coordinate file, its
format detected from the content), optional `options.toml` (the case's convert options; `from` forces
the input format), `expected.tei.xml` and optionally `expected.txt`. TEI is compared after C14N 2.0
canonicalisation with insignificant whitespace stripped, so attribute order and indentation never count;
article text is compared line by line.
"""

from __future__ import annotations

import difflib
import shutil
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from lxml import etree

from .errors import InputError, LayoutfixError
from .normalize import NormalizeOptions
from .readers.detect import PAGE_SUFFIXES

#: What a case's `input.*` may be: a page file `convert` reads (see `readers.detect.PAGE_SUFFIXES`).
INPUT_SUFFIXES = PAGE_SUFFIXES
TEI_FILE = "expected.tei.xml"
TXT_FILE = "expected.txt"
OPTIONS_FILE = "options.toml"

#: Keys an options.toml may hold, mapped to what `convert` takes.
_CONVERT_KEYS = {"paper", "date", "page", "encoding", "from", "min_conf"}
_NORMALIZE_KEYS = {"variants", "apply"}

Status = Literal["ok", "differ", "error"]


@dataclass(frozen=True)
class GoldenCase:
    """One stored regression case."""

    name: str
    path: Path
    input: Path

    @property
    def expected_tei(self) -> Path:
        return self.path / TEI_FILE

    @property
    def expected_txt(self) -> Path:
        return self.path / TXT_FILE

    def options(self) -> dict[str, Any]:
        """The case's options.toml as a dict (empty when there is none)."""
        file = self.path / OPTIONS_FILE
        if not file.exists():
            return {}
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{file}: {exc}") from exc
        unknown = set(data) - _CONVERT_KEYS - _NORMALIZE_KEYS
        if unknown:
            raise InputError(f"{file}: unknown option(s) {', '.join(sorted(unknown))}")
        return data


@dataclass
class CaseResult:
    """What checking one case found."""

    name: str
    status: Status
    tei_diff: str = ""
    txt_diff: str = ""
    error: str | None = None
    missing: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.name,
            "status": self.status,
            "tei_diff": self.tei_diff,
            "txt_diff": self.txt_diff,
            "error": self.error,
            "missing": self.missing,
        }


def _case_input(folder: Path) -> Path | None:
    """The case's `input.<ext>` file, or its `input/` folder of pages (a whole issue)."""
    inputs = sorted(p for p in folder.glob("input.*") if p.suffix in INPUT_SUFFIXES)
    if (folder / "input").is_dir():
        inputs.append(folder / "input")
    if len(inputs) > 1:
        raise InputError(f"{folder}: more than one input file ({', '.join(p.name for p in inputs)})")
    return inputs[0] if inputs else None


def find_cases(dirs: Iterable[Path], only: Sequence[str] = ()) -> list[GoldenCase]:
    """Every case in `dirs` (each a case folder or a folder of cases), sorted by name."""
    cases: dict[str, GoldenCase] = {}
    for root in dirs:
        root = Path(root)
        if not root.is_dir():
            raise InputError(f"{root}: not a folder of golden cases")
        folders = [root] if _case_input(root) else sorted(p for p in root.iterdir() if p.is_dir())
        for folder in folders:
            inp = _case_input(folder)
            if inp is None:
                continue
            if folder.name in cases:
                raise InputError(f"{folder}: case name {folder.name!r} is used twice")
            cases[folder.name] = GoldenCase(folder.name, folder, inp)
    if only:
        missing = sorted(set(only) - set(cases))
        if missing:
            raise InputError(f"no such golden case: {', '.join(missing)}")
        return [cases[n] for n in sorted(only)]
    return [cases[n] for n in sorted(cases)]


def render_case(case: GoldenCase, rule_dirs: Sequence[Path] = ()) -> tuple[str, str]:
    """Run the case's input through `convert` and return (TEI, plain text)."""
    from .pipeline import build_document, render  # imported here: the pipeline pulls in every stage
    from .readers.detect import read_input

    opts = case.options()
    norm = NormalizeOptions(
        variants=str(opts.get("variants", "none")),
        apply=opts.get("apply", "high"),
        rule_dirs=tuple(Path(d) for d in rule_dirs),
    )
    if case.input.is_dir():  # a whole issue: one page per file, jumps between pages resolved
        from .issue import build_issue

        document, _jumps = build_issue(
            [case.input], paper=opts.get("paper"), date=opts.get("date"), options=norm,
            encoding=opts.get("encoding"), input_format=opts.get("from"), min_conf=opts.get("min_conf"),
            relative_to=case.path,
        )
        return render(document, "tei"), render(document, "txt")
    # The input's format is detected from its content; `from` in options.toml forces one.
    found = read_input(case.input, opts.get("from"), opts.get("encoding"))
    if found.format != "text" and len(found.pages) != 1:
        raise InputError(f"{case.input}: holds {len(found.pages)} pages; a golden case is one page")
    content = found.text if found.text is not None else found.pages[0]
    # The source is named by file name only, so expected files do not depend on where the case lives.
    document = build_document(
        content, source=case.input.name, page=opts.get("page"), paper=opts.get("paper"),
        date=opts.get("date"), options=norm, min_conf=opts.get("min_conf"),
    )
    return render(document, "tei"), render(document, "txt")


def canonical_lines(xml: str, source: str) -> list[str]:
    """The XML in C14N 2.0 form with whitespace-only text stripped, one element per line."""
    try:
        canon = etree.canonicalize(xml_data=xml, strip_text=True)
        root = etree.fromstring(canon.encode("utf-8"))
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{source}: not well-formed XML: {exc}") from exc
    etree.indent(root, space="  ")
    return etree.tostring(root, encoding="unicode").splitlines()


def _diff(expected: list[str], actual: list[str], name: str) -> str:
    return "\n".join(
        difflib.unified_diff(
            expected, actual, fromfile=f"{name} (expected)", tofile=f"{name} (actual)", lineterm=""
        )
    )


def check_case(case: GoldenCase, rule_dirs: Sequence[Path] = ()) -> CaseResult:
    """Compare a case's current output with its expected files."""
    missing = [f.name for f in (case.expected_tei,) if not f.exists()]
    if missing:
        return CaseResult(case.name, "error", error=f"{case.path}: missing {', '.join(missing)}",
                          missing=missing)
    try:
        tei, txt = render_case(case, rule_dirs)
        expected = canonical_lines(case.expected_tei.read_text(encoding="utf-8"), str(case.expected_tei))
        tei_diff = _diff(expected, canonical_lines(tei, f"{case.name} output"), TEI_FILE)
        txt_diff = ""
        if case.expected_txt.exists():
            exp_txt = case.expected_txt.read_text(encoding="utf-8").splitlines()
            txt_diff = _diff(exp_txt, txt.splitlines(), TXT_FILE)
    except LayoutfixError as exc:
        return CaseResult(case.name, "error", error=str(exc))
    status: Status = "differ" if tei_diff or txt_diff else "ok"
    return CaseResult(case.name, status, tei_diff=tei_diff, txt_diff=txt_diff)


def update_case(case: GoldenCase, rule_dirs: Sequence[Path] = ()) -> bool:
    """Rewrite the case's expected files from the current output; True when something changed."""
    tei, txt = render_case(case, rule_dirs)
    changed = False
    for path, content in ((case.expected_tei, tei), (case.expected_txt, txt)):
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != content:
            path.write_text(content, encoding="utf-8", newline="\n")
            changed = True
    return changed


def add_case(
    input_path: Path, name: str, root: Path, options: dict[str, Any] | None = None
) -> GoldenCase:
    """Create `root/name/` from an input file (and options) and write its expected files."""
    input_path = Path(input_path)
    if not input_path.is_file():
        raise InputError(f"{input_path}: no such file")
    suffix = input_path.suffix.lower()
    if suffix not in INPUT_SUFFIXES:
        raise InputError(f"{input_path}: unsupported input type {suffix!r}")
    folder = Path(root) / name
    if folder.exists():
        raise InputError(f"{folder}: a case with this name exists already")
    folder.mkdir(parents=True)
    shutil.copyfile(input_path, folder / f"input{suffix}")
    if options:
        lines = [f"{k} = {_toml_value(v)}" for k, v in sorted(options.items()) if v is not None]
        if lines:
            (folder / OPTIONS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    case = GoldenCase(name, folder, folder / f"input{suffix}")
    update_case(case)
    return case


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'
