"""The executor's three ways of running pieces give the same results in the same order; a
killed Dask worker's pieces are rerun on the other; a lost cluster fails with a message
naming the scheduler; missing Dask tells how to install it."""
import sys
import time

import numpy as np
import pytest

from ecosecurity.algorithms import executor
from ecosecurity.algorithms.errors import Cancelled
from ecosecurity.algorithms.executor import ClusterError, Pieces

from dask_cluster import LoopbackCluster


def weighted(shared, piece):
    """A piece's result from the shared data (sent once) and the piece."""
    k, delay = piece
    time.sleep(delay)
    return k, float(shared["w"] @ np.sin(np.arange(shared["w"].size) * (k + 1)))


def failing(shared, piece):
    raise executor.EcoError("piece {k} is bad", k=piece)


SHARED = {"w": np.linspace(0.0, 1.0, 1000)}
PIECES = [(k, 0.0) for k in range(40)]
SERIAL = [weighted(SHARED, p) for p in PIECES]


@pytest.fixture(scope="module")
def cluster():
    c = LoopbackCluster(2)
    yield c
    c.stop()


def test_local_processes_same_as_serial():
    seen = []
    with Pieces(SHARED, workers=2, progress=lambda d, t: seen.append((d, t))) as run:
        assert run.mode == "processes"
        got = run.map(weighted, PIECES)
    assert got == SERIAL  # same order, bit for bit
    assert seen[-1] == (40, 40) and len(seen) == 40


def test_generator_pieces_stream_in_order():
    with Pieces(SHARED, workers=2, window=3) as run:
        got = list(run.imap(weighted, iter(PIECES)))
    assert got == SERIAL


def test_dask_same_as_serial(cluster):
    with Pieces(SHARED, scheduler=cluster.address) as run:
        assert run.mode == "dask" and run.slots == 2
        got = run.map(weighted, PIECES)
    assert got == SERIAL


def test_piece_error_comes_back(cluster):
    with pytest.raises(executor.EcoError, match="piece 3 is bad"):
        with Pieces(None, scheduler=cluster.address) as run:
            run.map(failing, [3, 4])


def test_cancel_stops_the_run(cluster):
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3
    with pytest.raises(Cancelled):
        with Pieces(SHARED, scheduler=cluster.address, cancelled=cancelled) as run:
            run.map(weighted, [(k, 0.2) for k in range(20)])


def test_killed_worker_pieces_rerun_identically():
    c = LoopbackCluster(2)
    try:
        pieces = [(k, 0.25) for k in range(16)]
        killed = []

        def progress(done, total):
            if done == 2 and not killed:
                c.kill(c.workers[0])
                killed.append(done)
        with Pieces(SHARED, scheduler=c.address, progress=progress) as run:
            got = run.map(weighted, pieces)
        assert killed and c.n_workers() == 1
        assert got == [weighted(SHARED, p) for p in pieces]
    finally:
        c.stop()


def test_all_workers_lost_fails_naming_the_scheduler(monkeypatch):
    monkeypatch.setattr(executor, "NO_WORKER_GRACE", 3.0)
    c = LoopbackCluster(1)
    try:
        def progress(done, total):
            if done == 1:
                c.kill(c.workers[0])
        with pytest.raises(ClusterError, match="Dask cluster at %s failed" % c.address):
            with Pieces(SHARED, scheduler=c.address, progress=progress) as run:
                run.map(weighted, [(k, 0.2) for k in range(10)])
    finally:
        c.stop()


def test_unreachable_scheduler_named():
    from dask_cluster import free_port
    address = "tcp://127.0.0.1:%d" % free_port()
    with pytest.raises(ClusterError, match="Could not connect to the Dask scheduler at "
                       + address):
        with Pieces(SHARED, scheduler=address):
            pass


def test_missing_dask_tells_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import raises ImportError
    with pytest.raises(ClusterError) as err:
        with Pieces(SHARED, scheduler="tcp://127.0.0.1:8786"):
            pass
    text = str(err.value)
    assert "Dask is not installed" in text and 'dask[distributed]' in text
    assert "pip install" in text


def test_chunks_cover_every_index_once():
    parts = executor.chunks(10, 3)
    assert sorted(i for p in parts for i in p) == list(range(10))
    assert executor.chunks(2, 5) == [[0], [1]]


@pytest.mark.parametrize("kind", ["one_to_all", "all_to_one"])
def test_focal_node_maps_on_local_processes(kind):
    """Each focal node's map drawn in a spawned process: the same maps, node by node."""
    from ecosecurity.algorithms.corridors import circuit
    rng = np.random.default_rng(7)
    res = rng.lognormal(1.0, 1.0, (30, 40))
    pts = np.zeros(res.shape)
    pts.ravel()[rng.choice(res.size, 6, replace=False)] = np.arange(1, 7)
    run = getattr(circuit, kind)
    one = run(res, pts, cum_map=True, max_map=True, current_maps=True, workers=1)
    two = run(res, pts, cum_map=True, max_map=True, current_maps=True, workers=2)
    np.testing.assert_array_equal(two["resistances"], one["resistances"])
    for key in ("cum_current", "max_current"):
        np.testing.assert_allclose(two[key], one[key], rtol=1e-12, atol=0)
    assert sorted(two["current_maps"]) == sorted(one["current_maps"]) and len(one["current_maps"]) == 6
    for node, grid in one["current_maps"].items():
        np.testing.assert_array_equal(two["current_maps"][node], grid)
