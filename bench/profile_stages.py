"""Where convert's time goes: wall time per pipeline stage, averaged over repeated conversions.

Each stage function the pipeline calls is wrapped with a timer (no sampling, no profiler overhead on
the small functions inside), so the shares add up to about the total. Run:
`python bench/profile_stages.py [PAGE] [REPEAT]` (default: the seed page, 20 conversions); PAGE
`short` takes every flat-text sample page under 4 KB (the short pages of `bench_convert.py pages`)
in turn and prints the time per page, with one `jieba.lcut` pass over the same texts for reference.
For a call tree instead: `python -m pyinstrument -i 0.0005 bench/profile_stages.py PAGE`. `--cpu`
times with the thread's CPU clock (`time.thread_time`) instead of the wall clock, so the time this
process waits for a core on a loaded machine is left out.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import layoutfix.pipeline as pipeline
from layoutfix.normalize import steps

ROOT = Path(__file__).resolve().parents[1]
spent: defaultdict[str, float] = defaultdict(float)
#: The clock every time is read from (`--cpu`: the thread's CPU time).
clock: Callable[[], float] = time.perf_counter


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += clock() - t0

    return wrapper


def instrument() -> None:
    """Wrap the stages `pipeline.build_document` and `convert` call."""
    build = steps.build_steps

    def build_steps(options: Any, ruleset: Any = None, **kwargs: Any) -> list[tuple[str, Any]]:
        return [(name, timed(f"normalise: {name}", fn)) for name, fn in build(options, ruleset, **kwargs)]

    pipeline.build_steps = timed("build_steps", build_steps)
    pipeline.load_ruleset = timed("rule cache check (load_ruleset)", pipeline.load_ruleset)
    pipeline._load = timed("read input (and coordinate reader)", pipeline._load)
    pipeline.roles.label_blocks = timed("label blocks (layout/roles.py)", pipeline.roles.label_blocks)
    pipeline.assemble_mod.assemble = timed("assemble articles", pipeline.assemble_mod.assemble)
    pipeline.join.relocate = timed("join: relocate blocks", pipeline.join.relocate)
    pipeline.script_tag = timed("script tag (OpenCC t2s)", pipeline.script_tag)
    pipeline.join.original_spans = timed("join: spans and changes", pipeline.join.original_spans)
    pipeline.join.join_changes = timed("join: spans and changes", pipeline.join.join_changes)
    pipeline.render = timed("render (export)", pipeline.render)
    geometry = getattr(pipeline, "geometry", None)
    for name in ("page_text", "line_join_changes", "box_gap_changes"):
        if geometry is not None and hasattr(geometry, name):
            setattr(geometry, name, timed(f"geometry: {name}", getattr(geometry, name)))


def main() -> None:
    global clock
    argv = [a for a in sys.argv[1:] if a != "--cpu"]
    if len(argv) < len(sys.argv) - 1:
        clock = time.thread_time
    arg = argv[0] if argv else str(ROOT / "examples" / "seed-page.txt")
    repeat = int(argv[1]) if len(argv) > 1 else 20
    if arg == "short":
        sys.path.insert(0, str(ROOT / "bench"))
        from make_corpus import text_sources

        paths = [p for p in text_sources() if p.stat().st_size < 4096]
    else:
        paths = [Path(arg)]
    import jieba

    jieba.initialize()
    instrument()
    for path in paths:
        pipeline.convert(path)  # warm: rules, dictionaries
    spent.clear()
    t0 = clock()
    for _ in range(repeat):
        for path in paths:
            pipeline.convert(path)
    runs = repeat * len(paths)
    total = (clock() - t0) / runs
    name = paths[0].name if len(paths) == 1 else f"{len(paths)} short pages"
    print(f"{name}: {total * 1000:.3f} ms per convert ({runs} runs)")
    for stage, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {seconds / runs * 1000:6.3f} ms {seconds / runs / total * 100:4.0f}%  {stage}")
    rest = total - sum(spent.values()) / runs
    print(f"  {rest * 1000:6.3f} ms {rest / total * 100:4.0f}%  the rest (blocks, view, pipeline code)")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    t0 = clock()
    for _ in range(repeat):
        for text in texts:
            jieba.lcut(text)
    jieba_ms = (clock() - t0) / runs * 1000
    print(f"one jieba.lcut pass over the same texts: {jieba_ms:.3f} ms per page")


if __name__ == "__main__":
    main()
