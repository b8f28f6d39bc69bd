"""Every layoutfix error crosses a process boundary (v19): an ingest service converting pages in a
`ProcessPoolExecutor` or `multiprocessing.Pool` gets the error the worker raised, with its fields.

Before, `SeveralPagesError(name, count)` and `EditMismatchError(message, index)` could not be rebuilt
from their pickle (Python calls the class with the message alone): the executor broke
(`BrokenProcessPool`, failing the good pages submitted with it) and `Pool.map_async` waited forever.
"""

from __future__ import annotations

import importlib
import inspect
import multiprocessing
import pickle
import pkgutil
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import partial

import pytest

import layoutfix
from layoutfix import LayoutfixError, convert
from layoutfix.pipeline import SeveralPagesError

TWO_PAGES = "第一版\n\n本报讯 全省会议在兰州召开。\n\x0c第二版\n\n本报讯 会议强调加强基层建设。\n".encode()
ONE_PAGE = "全省会议召开\n\n近日，全省会议在兰州召开。\n".encode()


def _import_every_module() -> None:
    """Import each layoutfix module (one needing an extra that is not installed is passed over), so
    every error class defined anywhere is a subclass `LayoutfixError` knows."""
    for module in pkgutil.walk_packages(layoutfix.__path__, "layoutfix."):
        if module.name.startswith("layoutfix.rules"):
            continue
        try:
            importlib.import_module(module.name)
        except ImportError:
            continue


def _error_classes() -> list[type[LayoutfixError]]:
    """`LayoutfixError` and every subclass of it, found by walking the subclasses."""
    _import_every_module()
    found: list[type[LayoutfixError]] = []
    todo = [LayoutfixError]
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.append(cls)
            todo.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def _example(cls: type[LayoutfixError]) -> LayoutfixError:
    """An instance of `cls`, its constructor's arguments made up from their annotations."""
    own = next(c for c in cls.__mro__ if "__init__" in vars(c))
    if not issubclass(own, LayoutfixError):  # no constructor of layoutfix's own: the message
        return cls("scans/p3.txt: line 4: something is wrong")
    params = [p for p in list(inspect.signature(cls.__init__).parameters.values())[1:]
              if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty]
    args = [3 if str(p.annotation) == "int" else f"scans/{p.name}.txt" for p in params]
    return cls(*args)


ERRORS = _error_classes()


def test_the_walk_finds_the_errors_with_constructors_of_their_own() -> None:
    names = {cls.__name__ for cls in ERRORS}
    assert {"SeveralPagesError", "EditMismatchError", "NotAPageError", "PageImageError",
            "InputTypeError"} <= names


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: c.__name__)
def test_every_error_round_trips_through_pickle_with_its_fields(cls: type[LayoutfixError]) -> None:
    error = _example(cls)
    error.add_note("a note the caller added")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is cls
    assert str(back) == str(error) != ""
    assert back.args == error.args
    assert vars(back) == vars(error)
    assert back.exit_code == error.exit_code


def test_several_pages_error_keeps_its_name_and_count() -> None:
    with pytest.raises(SeveralPagesError) as caught:
        convert(TWO_PAGES)
    back = pickle.loads(pickle.dumps(caught.value))
    assert (back.name, back.count, str(back)) == ("-", 2, str(caught.value))


def test_edit_mismatch_error_keeps_its_index() -> None:
    from layoutfix import Edit, apply_edits
    from layoutfix.tracked import EditMismatchError

    with pytest.raises(EditMismatchError) as caught:
        apply_edits("另一页", [Edit(0, 1, "x", "y", ("r",), "typo", "high")])
    back = pickle.loads(pickle.dumps(caught.value))
    assert (back.index, str(back)) == (0, str(caught.value))


needs_fork = pytest.mark.skipif(sys.platform != "linux", reason="the fork start method (Linux)")


@needs_fork
def test_a_process_pool_gives_the_error_and_the_good_page_its_output() -> None:
    work = partial(convert, fmt="txt")
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        bad, good = pool.submit(work, TWO_PAGES), pool.submit(work, ONE_PAGE)
        with pytest.raises(SeveralPagesError, match="holds 2 pages") as caught:
            bad.result(timeout=120)
        assert caught.value.count == 2
        assert "全省会议在兰州召开" in good.result(timeout=120).output


@needs_fork
def test_a_multiprocessing_pool_gives_the_error_instead_of_waiting() -> None:
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pending = pool.map_async(partial(convert, fmt="txt"), [TWO_PAGES])
        with pytest.raises(SeveralPagesError, match="holds 2 pages"):
            pending.get(timeout=60)
