"""The garbage collector is paused while a page or an issue converts, and always comes back as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from layoutfix import pipeline
from layoutfix.errors import InputError
from layoutfix.gcpause import collector_paused
from layoutfix.issue import convert_issue
from layoutfix.pipeline import convert

HERE = Path(__file__).resolve().parent
PAGE = HERE / "pages" / "signature.txt"
ALTO = HERE / "fixtures" / "ocr" / "p1.alto.xml"


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    """Whatever a test does, the suite goes on with the collector as it found it."""
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def _seen_during(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record whether the collector is enabled each time a page is rendered."""
    seen: list[bool] = []
    render = pipeline.render

    def spy(*args: object, **kwargs: object) -> str:
        seen.append(gc.isenabled())
        return render(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "render", spy)
    return seen


def test_a_convert_runs_with_the_collector_paused_and_gives_it_back(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _seen_during(monkeypatch)
    gc.enable()
    convert(PAGE)
    assert seen == [False]
    assert gc.isenabled()


def test_an_issue_convert_pauses_it_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import layoutfix.issue as issue

    seen: list[bool] = []
    render = issue.render
    monkeypatch.setattr(issue, "render", lambda *a, **k: (seen.append(gc.isenabled()), render(*a, **k))[1])
    gc.enable()
    convert_issue(sorted((HERE / "issues" / "weekly-b").iterdir()))
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled() -> None:
    gc.disable()
    convert(ALTO)
    assert not gc.isenabled()


def test_a_failing_convert_gives_the_collector_back() -> None:
    gc.enable()
    with pytest.raises(InputError):
        convert(b"<alto><broken", input_format="alto")
    assert gc.isenabled()


def test_overlapping_converts_in_threads_share_one_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector stays off until the LAST of several concurrent converts ends (the first to end
    must not turn it back on under the other), and is on again afterwards."""
    gc.enable()
    both_inside = threading.Barrier(2, timeout=30)
    first_done = threading.Event()
    seen_by_second_after_first: list[bool] = []
    render = pipeline.render

    def slow_render(*args: object, **kwargs: object) -> str:
        both_inside.wait()
        if threading.current_thread().name == "second":
            first_done.wait(timeout=30)
            seen_by_second_after_first.append(gc.isenabled())
        return render(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "render", slow_render)

    def first() -> None:
        convert(PAGE)
        first_done.set()

    threads = [threading.Thread(target=first, name="first"),
               threading.Thread(target=lambda: convert(PAGE), name="second")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert seen_by_second_after_first == [False]
    assert gc.isenabled()


def test_nested_pauses_end_with_the_outer_one() -> None:
    gc.enable()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()



def test_build_document_alone_pauses_it_as_the_cli_calls_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    assemble = pipeline.assemble_mod.assemble

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return assemble(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline.assemble_mod, "assemble", spy)
    gc.enable()
    pipeline.build_document(PAGE.read_text(encoding="utf-8"))
    assert seen == [False]
    assert gc.isenabled()
