"""docs/api.md is what a program calling layoutfix works from, so it is checked against the code.

Every ```python block of the page runs, in order and in one namespace, in a fresh folder where the
repository's sample folders are reachable under their own names (as from a checkout's root); the
blocks assert the figures they show. Every signature the page lists must be the code's (names,
order, keyword-only parameters, defaults), and every name of `layoutfix.__all__` must be importable
and named on the page. A block opening with `# needs: dask` is skipped without the `dask` extra.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import layoutfix

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "api.md"
#: The repository folders the examples read, linked into the folder they run in.
SAMPLE_FOLDERS = ("examples", "tests", "golden")
#: Where an unqualified name of a signature block is looked up, in this order.
PUBLIC_MODULES = (
    "layoutfix", "layoutfix.pipeline", "layoutfix.editlog", "layoutfix.issue", "layoutfix.batch",
    "layoutfix.distributed", "layoutfix.export.html", "layoutfix.golden", "layoutfix.tracked",
)
_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.M | re.S)


def _blocks(language: str) -> list[tuple[int, str]]:
    """The page's fenced blocks in `language` ("" for unmarked ones), each with its first code line."""
    text = PAGE.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start(2)) + 1, m.group(2)) for m in _FENCE.finditer(text)
            if m.group(1) == language]


def _has_dask() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("dask", "distributed"))


def test_the_page_has_examples_and_signatures() -> None:
    assert len(_blocks("python")) >= 10
    assert len(_signatures()) >= 25


def test_every_python_block_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SAMPLE_FOLDERS:
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "api_md"}
    for line, code in _blocks("python"):
        if code.startswith("# needs: dask") and not _has_dask():
            continue
        # Padded so that a failure's traceback names the page's own line.
        exec(compile("\n" * (line - 1) + code, str(PAGE), "exec"), namespace)


def _split_params(text: str) -> list[str]:
    """`text` split at the commas outside brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _signatures() -> list[tuple[int, str, list[str]]]:
    """(line, name, parameters) of every `name(params) -> result` entry of the unmarked blocks."""
    found = []
    for first, code in _blocks(""):
        entries: list[tuple[int, str]] = []
        for n, raw in enumerate(code.splitlines(), start=first):
            if raw[:1].isspace() and entries:
                entries[-1] = (entries[-1][0], entries[-1][1] + " " + raw.strip())
            elif re.match(r"[\w.]+\(", raw):
                entries.append((n, raw.strip()))
        for n, entry in entries:
            name, rest = entry.split("(", 1)
            found.append((n, name, _split_params(rest[:_closing_paren(rest)])))
    return found


def _closing_paren(rest: str) -> int:
    """Where the parenthesis open before `rest` closes."""
    depth = 1
    for i, ch in enumerate(rest):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return i
    raise AssertionError(f"unclosed signature: {rest}")


def _resolve(name: str) -> Any:
    if name.startswith("layoutfix."):
        module, _, attr = name.rpartition(".")
        return getattr(importlib.import_module(module), attr)
    for module in PUBLIC_MODULES:
        mod = importlib.import_module(module)
        if hasattr(mod, name):
            return getattr(mod, name)
    raise AssertionError(f"{name} is in none of the public modules")


_NO_DEFAULT = object()


def _documented(param: str) -> tuple[str, object]:
    """(name, default) of one documented parameter (`name: type = default`, `name=default`, `name`)."""
    head, eq, default = param.partition("=")
    name = head.split(":")[0].strip()
    if not eq:
        return name, _NO_DEFAULT
    return name, ast.literal_eval(default.strip())


#: How a parameter's kind is named above (`*args` and `**kwargs` are not used in the API).
_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional-only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional-or-keyword",
    inspect.Parameter.KEYWORD_ONLY: "keyword-only",
    inspect.Parameter.VAR_POSITIONAL: "*args",
    inspect.Parameter.VAR_KEYWORD: "**kwargs",
}


@pytest.mark.parametrize("line, name, params", _signatures(), ids=[s[1] for s in _signatures()])
def test_each_signature_on_the_page_is_the_code(line: int, name: str, params: list[str]) -> None:
    actual = inspect.signature(_resolve(name))
    expected: list[tuple[str, object, str]] = []
    kinds = [param for param in params if param in ("/", "*")]
    kind = "positional-only" if "/" in kinds else "positional-or-keyword"
    for param in params:
        if param in ("/", "*"):  # the parameters before `/` are positional-only, those after `*` keyword-only
            kind = "positional-or-keyword" if param == "/" else "keyword-only"
            continue
        pname, default = _documented(param)
        expected.append((pname, default, kind))
    got = [(p.name, _NO_DEFAULT if p.default is p.empty else p.default, _KINDS[p.kind])
           for p in actual.parameters.values()]
    assert expected == got, f"docs/api.md:{line}: {name}{actual}"


def test_every_top_level_name_is_importable_and_on_the_page() -> None:
    page = PAGE.read_text(encoding="utf-8")
    for name in layoutfix.__all__:
        assert getattr(layoutfix, name) is not None
        assert f"`{name}`" in page or f" {name}(" in page, f"{name} is not described in docs/api.md"


def test_every_dotted_name_the_page_mentions_exists() -> None:
    page = PAGE.read_text(encoding="utf-8")
    for dotted in sorted(set(re.findall(r"`(layoutfix(?:\.\w+)+)", page))):
        try:
            importlib.import_module(dotted)
        except ModuleNotFoundError:
            module, _, attr = dotted.rpartition(".")
            assert hasattr(importlib.import_module(module), attr), f"{dotted} (docs/api.md) does not exist"


def test_the_lazy_entry_points_are_the_submodules_own() -> None:
    from layoutfix.batch import BatchConfig, BatchReport, run_batch
    from layoutfix.issue import IssueResult, convert_issue

    assert (layoutfix.convert_issue, layoutfix.IssueResult) == (convert_issue, IssueResult)
    assert (layoutfix.run_batch, layoutfix.BatchConfig, layoutfix.BatchReport) == (
        run_batch, BatchConfig, BatchReport)
    assert {"convert_issue", "run_batch"} <= set(dir(layoutfix))
    with pytest.raises(AttributeError, match="no_such_name"):
        layoutfix.no_such_name  # noqa: B018


def test_import_layoutfix_loads_no_batch_issue_jieba_or_dask() -> None:
    """The top-level exports must not make `import layoutfix` slower (docs/performance.md)."""
    code = ("import sys, layoutfix; print(' '.join(m for m in ('layoutfix.batch', 'layoutfix.issue', "
            "'layoutfix.distributed', 'jieba', 'dask', 'distributed', 'concurrent.futures', "
            "'multiprocessing') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          check=True)
    assert proc.stdout.strip() == ""
