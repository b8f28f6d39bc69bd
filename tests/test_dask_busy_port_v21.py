"""`batch --dask local` while another Dask cluster runs on the machine (a second archive run, a
notebook's cluster): Dask's scheduler hosts its HTTP server on port 8787 by default and warned on
stderr, in four lines, that the port was in use. The run starts no dashboard, so the server takes a
free port and nothing is said."""

from __future__ import annotations

import contextlib
import shutil
import socket
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

from layoutfix.batch import BatchConfig
from layoutfix.distributed import run_dask

ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def _port_8787_taken() -> Iterator[None]:
    """Port 8787 listened on for the block (or taken already by someone else: just as good)."""
    holder = socket.socket()
    try:
        holder.bind(("", 8787))
        holder.listen()
    except OSError:
        pass
    try:
        yield
    finally:
        holder.close()


def test_a_local_run_beside_another_cluster_says_nothing_of_ports(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for page in sorted((ROOT / "tests" / "pages").glob("*.txt"))[:2]:
        shutil.copy(page, src / page.name)
    with _port_8787_taken(), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = run_dask(src, tmp_path / "out", BatchConfig(fmt="txt"), address="local", jobs=1,
                          cluster_options={"processes": False})
    assert report.converted == 2
    assert not [w for w in caught if "already in use" in str(w.message)]


def test_a_dashboard_asked_for_keeps_its_address(tmp_path: Path) -> None:
    """A caller asking for a dashboard (`cluster_options`) gets it where asked, not a random port."""
    from layoutfix.distributed import _local_options

    options = _local_options(2, {"dashboard_address": ":8790"})
    assert options["dashboard_address"] == ":8790"
    assert "dashboard_address" not in options.get("scheduler_kwargs", {})
    assert _local_options(2, None)["scheduler_kwargs"] == {"dashboard_address": ":0"}
