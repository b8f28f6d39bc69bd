"""Batch conversion on Dask: the dask.bag mapping and runs against a LocalCluster (in-process workers,
so the test is quick and leaves no process behind). Skipped when the `dask` extra is not installed."""

from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

from distributed import LocalCluster

from layoutfix import LayoutfixError, convert
from layoutfix.batch import BatchConfig, discover, run_batch
from layoutfix.cli import app
from layoutfix.distributed import convert_bag, pages_bag, run_dask

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "pages").glob("*.txt"))[:4]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for page in PAGES[:3]:
        shutil.copy(page, src / page.name)
    shutil.copy(PAGES[3], src / "sub" / PAGES[3].name)
    (src / "broken.txt").write_bytes(b"\xff\xfe\x00\x00bad")
    return src


def _outputs(out: Path) -> dict[str, str]:
    """The files a run wrote, its record of each output's figures left out (it holds their times)."""
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name != ".layoutfix-batch-pages.jsonl")
    return {str(p.relative_to(out)): p.read_text(encoding="utf-8") for p in files}


def test_convert_bag_maps_pages_to_results(archive: Path, tmp_path: Path) -> None:
    jobs = discover(archive, tmp_path / "out", "txt")
    bag = convert_bag(pages_bag(jobs, partition_size=2), BatchConfig(fmt="txt"))
    results = bag.compute(scheduler="synchronous")  # the same graph a cluster would run
    assert [r.source for r in results] == [str(j.source) for j in jobs]
    assert [r.status for r in results].count("failed") == 1
    for job in jobs:
        if job.source.name != "broken.txt":
            assert job.target.read_text(encoding="utf-8") == convert(job.source, fmt="txt").output


def test_local_cluster_run_matches_the_process_pool(archive: Path, tmp_path: Path) -> None:
    before = multiprocessing.active_children()
    report = run_dask(archive, tmp_path / "dask", BatchConfig(fmt="tei"), address="local", jobs=2,
                      cluster_options={"processes": False})
    local = run_batch(archive, tmp_path / "pool", BatchConfig(fmt="tei"), jobs=1)
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "pool")
    assert report.to_json()["edits_by_rule"] == local.to_json()["edits_by_rule"]
    assert (report.pages, report.converted, report.failed) == (5, 4, 1)
    assert multiprocessing.active_children() == before  # the cluster is closed


def test_cli_batch_on_a_scheduler_address(archive: Path, tmp_path: Path, runner) -> None:
    rep = tmp_path / "r.json"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        result = runner.invoke(app, ["batch", str(archive), str(tmp_path / "out"), "--format", "json",
                                     "--dask", cluster.scheduler_address, "--report", str(rep)])
    assert result.exit_code == 1, result.output  # broken.txt failed; the others were converted
    data = json.loads(rep.read_text(encoding="utf-8"))
    assert (data["converted"], data["failed"], data["jobs"]) == (4, 1, 2)
    assert (tmp_path / "out" / "sub" / f"{PAGES[3].stem}.json").is_file()


def test_unreachable_scheduler_is_an_error(archive: Path, tmp_path: Path) -> None:
    with pytest.raises(LayoutfixError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        run_dask(archive, tmp_path / "out", address="tcp://127.0.0.1:9", connect_timeout="1s")


def test_a_client_that_could_not_connect_is_gone_when_the_error_is_raised(archive: Path,
                                                                          tmp_path: Path) -> None:
    """A Client whose connection failed lived on in a reference cycle until some later garbage
    collection; its `__del__` then took Dask's event-loop lock, and when that collection fell inside
    the next LocalCluster's start (which holds the lock) the process hung for good (a CI run hung so in
    this file). It is collected before the error is raised."""
    import gc

    from distributed import Client

    for address in ("tcp://127.0.0.1:9", "nowhere"):
        gc.collect()  # what earlier tests left
        with pytest.raises(LayoutfixError):
            run_dask(archive, tmp_path / "out", address=address, connect_timeout="1s")
        assert [o for o in gc.get_objects() if isinstance(o, Client)] == []


def test_cli_malformed_scheduler_address_is_one_line_and_leaves_out_dir_alone(
        archive: Path, tmp_path: Path, runner) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(archive), str(out), "--dask", "nowhere"])
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()  # not a traceback
    assert line.startswith("layoutfix: error: cannot reach the Dask scheduler at nowhere: ")
    assert not out.exists() or not any(out.iterdir())  # no settings record of a run that never started


def test_local_cluster_writes_the_edit_logs_of_the_process_pool(archive: Path, tmp_path: Path) -> None:
    config = BatchConfig(fmt="txt", edits=True)
    run_dask(archive, tmp_path / "dask", config, address="local", jobs=2,
             cluster_options={"processes": False})
    run_batch(archive, tmp_path / "pool", config, jobs=1)
    logs = {k: v for k, v in _outputs(tmp_path / "dask").items() if k.endswith(".edits.jsonl")}
    assert len(logs) == 4 and logs == {
        k: v for k, v in _outputs(tmp_path / "pool").items() if k.endswith(".edits.jsonl")}


def test_a_local_cluster_whose_loop_does_not_start_is_tried_again(monkeypatch, archive: Path,
                                                                    tmp_path: Path) -> None:
    """Dask gives a LocalCluster's event loop 10 s to start, else a bare AssertionError: a loaded CI
    machine hit it once (distributed.utils.LoopRunner). The start is tried again; a second failure is
    one LayoutfixError line."""
    import distributed

    real, calls = distributed.LocalCluster, []

    def flaky(**options):
        calls.append(options)
        if len(calls) == 1:
            raise AssertionError
        return real(**options)

    monkeypatch.setattr(distributed, "LocalCluster", flaky)
    report = run_dask(archive, tmp_path / "out", BatchConfig(fmt="txt"), address="local", jobs=1,
                      cluster_options={"processes": False})
    assert len(calls) == 2 and report.converted > 0

    def broken(**options):
        raise AssertionError

    monkeypatch.setattr(distributed, "LocalCluster", broken)
    with pytest.raises(LayoutfixError, match=r"^cannot start a local Dask cluster: its event loop did not "
                                             r"start in time \(2 attempts\)$"):
        run_dask(archive, tmp_path / "again", BatchConfig(fmt="txt"), address="local", jobs=1)
