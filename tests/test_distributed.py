"""Every tool whose work splits into pieces gives the same maps on a Dask cluster (a
scheduler and two workers started here, on loopback) as in one process: circuitscape
(pairs), pinch points (links), barriers (links x radii), omniscape (windows), reclassify,
classifyraster and resistancesurface (blocks; these also on two local processes). A worker
killed in the middle: the run finishes with the same maps. No worker left: the run fails
naming the scheduler and writes nothing."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsSettings

from ecosecurity.algorithms import executor, grids
from ecosecurity.algorithms.base import SCHEDULER_KEY

from dask_cluster import LoopbackCluster
from helpers import read_raster, write_raster

RTOL = 1e-12  # the same maps up to the summation order of the pieces' partial maps


@pytest.fixture(scope="module")
def cluster():
    c = LoopbackCluster(2)
    yield c
    c.stop()


def values(path):
    grid, nodata = read_raster(path)
    grid = grid.astype(np.float64)
    if nodata is not None:
        grid[grid == nodata] = np.nan
    return grid


def assert_same(a, b):
    a, b = values(a), values(b)
    assert a.shape == b.shape
    np.testing.assert_array_equal(np.isnan(a), np.isnan(b))
    scale = np.nanmax(np.abs(a))
    assert scale > 0  # a map with something on it
    np.testing.assert_allclose(np.nan_to_num(b), np.nan_to_num(a), rtol=0, atol=RTOL * scale)


def landscape(tmp_path, shape=(40, 60), seed=3):
    """Lognormal resistance and six square sources spread over it."""
    rng = np.random.default_rng(seed)
    res = rng.lognormal(0.5, 0.8, shape).astype(np.float32)
    src = np.zeros(shape, np.float32)
    for k, (r, c) in enumerate([(4, 4), (4, 30), (4, 54), (33, 5), (33, 30), (33, 53)], 1):
        src[r:r + 3, c:c + 3] = k
        res[r:r + 3, c:c + 3] = 1.0
    return write_raster(tmp_path / "src.tif", src), write_raster(tmp_path / "res.tif", res)


@pytest.fixture(scope="module")
def network(tmp_path_factory, provider):
    from qgis import processing
    tmp = tmp_path_factory.mktemp("network")
    src, res = landscape(tmp)
    lc = processing.run("ecosecurity:leastcostcorridors", {
        "SOURCES": src, "RESISTANCE": res, "LINKS": str(tmp / "links.gpkg"),
        "CORRIDORS": "TEMPORARY_OUTPUT"})
    return src, res, lc["LINKS"]


@pytest.fixture
def modes(monkeypatch):
    """Where each run's pieces went (executor.Pieces.mode), as the runs enter them."""
    seen = []
    real = executor.Pieces.__enter__

    def spy(self):
        seen.append(self.mode)
        return real(self)
    monkeypatch.setattr(executor.Pieces, "__enter__", spy)
    return seen


def both(run, tmp_path, tool, params, cluster, modes, outputs=("OUTPUT",)):
    """The tool run in one process and on the cluster; their output paths. The cluster
    run must have sent its pieces there, the serial run nowhere."""
    got = []
    for name, extra in (("serial", {}), ("dask", {"SCHEDULER": cluster.address})):
        p = dict(params, **extra)
        for out in outputs:
            p[out] = str(tmp_path / ("%s_%s.tif" % (name, out.lower())))
        del modes[:]
        got.append(run(tool, p))
        if name == "dask":
            assert modes and set(modes) == {"dask"}
        else:  # one process: pieces in order here, or no pieces at all
            assert set(modes) <= {"serial"}
    return got


def test_circuitscape_pairs(run, tmp_path, cluster, modes):
    src, res = landscape(tmp_path)
    serial, dask = both(run, tmp_path, "circuitscape", {
        "RESISTANCE": res, "FOCAL_RASTER": src, "SHORT_CIRCUIT": src,
        "OUTPUT_RESISTANCES": "TEMPORARY_OUTPUT"}, cluster, modes,
        outputs=("OUTPUT_CURRENT", "OUTPUT_MAX_CURRENT"))
    for out in ("OUTPUT_CURRENT", "OUTPUT_MAX_CURRENT"):
        assert_same(serial[out], dask[out])


@pytest.mark.parametrize("mode", [1, 2])
def test_circuitscape_focal_nodes(run, tmp_path, cluster, modes, mode):
    """One-to-all and all-to-one: each focal node's map is a piece."""
    src, res = landscape(tmp_path)
    serial, dask = both(run, tmp_path, "circuitscape", {
        "RESISTANCE": res, "FOCAL_RASTER": src, "SHORT_CIRCUIT": src, "MODE": mode,
        "OUTPUT_RESISTANCES": "TEMPORARY_OUTPUT"}, cluster, modes,
        outputs=("OUTPUT_CURRENT", "OUTPUT_MAX_CURRENT"))
    for out in ("OUTPUT_CURRENT", "OUTPUT_MAX_CURRENT"):
        assert_same(serial[out], dask[out])


def test_pinch_points_links(run, tmp_path, cluster, modes, network):
    src, res, links = network
    from conftest import read_layer
    assert len(read_layer(links)) >= 5  # pieces to share out
    serial, dask = both(run, tmp_path, "pinchpoints", {
        "LINKS": links, "SOURCES": src, "RESISTANCE": res, "CWD_CUTOFF": 30}, cluster, modes)
    assert_same(serial["OUTPUT"], dask["OUTPUT"])


@pytest.mark.parametrize("combine", [0, 1])
def test_barriers_links_and_radii(run, tmp_path, cluster, modes, network, combine):
    src, res, links = network
    serial, dask = both(run, tmp_path, "barriers", {
        "LINKS": links, "SOURCES": src, "RESISTANCE": res, "MIN_RADIUS": 10,
        "MAX_RADIUS": 30, "STEP": 10, "COMBINE": combine}, cluster, modes,
        outputs=("OUTPUT", "OUTPUT_PERCENT", "OUTPUT_RADIUS"))
    for out in ("OUTPUT", "OUTPUT_PERCENT", "OUTPUT_RADIUS"):
        assert_same(serial[out], dask[out])


OMNISCAPE = {"SOURCE_FROM_RESISTANCE": True, "RADIUS": 6, "BLOCK_SIZE": 3}


def test_omniscape_windows(run, tmp_path, cluster, modes):
    _, res = landscape(tmp_path)
    serial, dask = both(run, tmp_path, "omniscape", dict(OMNISCAPE, RESISTANCE=res), cluster,
                        modes, outputs=("OUTPUT", "OUTPUT_FLOW_POTENTIAL", "OUTPUT_NORMALIZED"))
    for out in ("OUTPUT", "OUTPUT_FLOW_POTENTIAL", "OUTPUT_NORMALIZED"):
        assert_same(serial[out], dask[out])


def test_reclassify_blocks(run, tmp_path, cluster, modes, monkeypatch):
    monkeypatch.setattr(grids, "BLOCK_BYTES", 8 * 60 * 7)  # strips of 7 rows: 6 blocks
    rng = np.random.default_rng(5)
    factor = write_raster(tmp_path / "f.tif", rng.gamma(2.0, 100.0, (40, 60)).astype(np.float32))
    serial, dask = both(run, tmp_path, "reclassify", {"INPUT": factor, "METHOD": 1,
                                                      "CLASSES": 5}, cluster, modes)
    a, b = values(serial["OUTPUT"]), values(dask["OUTPUT"])
    assert len(np.unique(a)) == 5
    np.testing.assert_array_equal(a, b)


def on_processes(run, tmp_path, tool, params, modes, outputs=("OUTPUT",)):
    """The tool run with WORKERS=2: its pieces must have gone to two local processes."""
    p = dict(params, WORKERS=2)
    for out in outputs:
        p[out] = str(tmp_path / ("processes_%s.tif" % out.lower()))
    del modes[:]
    got = run(tool, p)
    assert modes == ["processes"]
    return got


def factors(tmp_path, shape=(40, 60), seed=11):
    """Three score rasters (one Byte 1-5 with nodata 255, two float) and a correction raster
    of 1.0-1.5 with holes of nodata."""
    rng = np.random.default_rng(seed)
    land = rng.integers(1, 6, shape).astype(np.uint8)
    land[3:6, 10:14] = 255
    slope = rng.gamma(2.0, 1.5, shape).astype(np.float32)
    roads = rng.uniform(1, 5, shape).astype(np.float32)
    roads[20:22, :] = -9999.0
    fix = rng.uniform(1.0, 1.5, shape).astype(np.float32)
    fix[30:33, 40:50] = -9999.0
    return ([write_raster(tmp_path / "land.tif", land, nodata=255),
             write_raster(tmp_path / "slope.tif", slope),
             write_raster(tmp_path / "roads.tif", roads, nodata=-9999.0)],
            [write_raster(tmp_path / "fix.tif", fix, nodata=-9999.0)])


def test_resistance_surface_blocks(run, tmp_path, cluster, modes, monkeypatch):
    monkeypatch.setattr(grids, "BLOCK_BYTES", 4 * 60 * 5)  # float32 strips of 5 rows: 8
    facs, fixes = factors(tmp_path)
    params = {"FACTORS": facs, "WEIGHTS": "0.5,0.3,0.2", "CORRECTIONS": fixes,
              "RESCALE": "1,100"}
    serial, dask = both(run, tmp_path, "resistancesurface", params, cluster, modes)
    local = on_processes(run, tmp_path, "resistancesurface", params, modes)
    a = values(serial["OUTPUT"])
    assert np.isnan(a).sum() == 12 + 2 * 60 + 30  # the holes of every input
    # the range of the rescale gathered over every block
    assert np.nanmin(a) == 1 and abs(np.nanmax(a) - 100) < 1e-4
    assert_same(serial["OUTPUT"], dask["OUTPUT"])
    assert_same(serial["OUTPUT"], local["OUTPUT"])


def test_classify_raster_blocks(run, tmp_path, cluster, modes, monkeypatch):
    monkeypatch.setattr(grids, "BLOCK_BYTES", 8 * 60 * 5)  # float64 strips of 5 rows: 8
    rng = np.random.default_rng(6)
    grid = rng.gamma(2.0, 100.0, (40, 60)).astype(np.float32)
    grid[10:13, 5:9] = -1.0
    params = {"INPUT": write_raster(tmp_path / "g.tif", grid, nodata=-1.0), "CLASSES": 5,
              "OUTPUT_BREAKS": "TEMPORARY_OUTPUT"}
    got = list(both(run, tmp_path, "classifyraster", params, cluster, modes))
    got.append(on_processes(run, tmp_path, "classifyraster", params, modes))
    a = values(got[0]["OUTPUT"])
    assert sorted(np.unique(a[~np.isnan(a)])) == [1, 2, 3, 4, 5]
    assert np.isnan(a).sum() == 12  # nodata: class 0
    def counts(result):  # the breaks table, a memory layer
        return [f["count"] for f in result["OUTPUT_BREAKS"].getFeatures()]
    assert sum(counts(got[0])) == 40 * 60 - 12
    for other in got[1:]:
        assert_same(got[0]["OUTPUT"], other["OUTPUT"])
        assert counts(other) == counts(got[0])


def test_provider_setting_is_the_default(run, tmp_path, cluster, modes):
    """SCHEDULER empty: the provider's setting sends the pieces to the cluster."""
    seen = modes
    _, res = landscape(tmp_path)
    settings = QgsSettings()
    settings.setValue(SCHEDULER_KEY, cluster.address)
    try:
        run("omniscape", dict(OMNISCAPE, RESISTANCE=res, OUTPUT=str(tmp_path / "o.tif")))
    finally:
        settings.remove(SCHEDULER_KEY)
    assert seen == ["dask"]
    run("omniscape", dict(OMNISCAPE, RESISTANCE=res, OUTPUT=str(tmp_path / "p.tif")))
    assert seen == ["dask"]  # setting removed: no executor at all (one process, in order)
    assert_same(str(tmp_path / "o.tif"), str(tmp_path / "p.tif"))


class KillOnProgress(QgsProcessingFeedback):
    """Kills a worker once the run's progress passes ``at`` percent."""

    def __init__(self, cluster, proc, at):
        super().__init__()
        self.cluster, self.proc, self.at, self.killed_at = cluster, proc, at, None

    def setProgress(self, value):  # noqa: N802 - QGIS's name
        if self.killed_at is None and value > self.at:
            self.cluster.kill(self.proc)
            self.killed_at = value
        super().setProgress(value)


def killed_mid_run(run, tmp_path, tool, params, before):
    """The tool run in one process, then on a cluster of its own whose first worker is
    killed at 40 % progress (which must come before ``before`` %, the end of the pieces):
    the same map."""
    serial = run(tool, dict(params, OUTPUT=str(tmp_path / "serial.tif")))
    c = LoopbackCluster(2)
    try:
        feedback = KillOnProgress(c, c.workers[0], 40)
        dask = run(tool, dict(params, SCHEDULER=c.address, OUTPUT=str(tmp_path / "dask.tif")),
                   feedback)
        assert feedback.killed_at is not None and feedback.killed_at < before
        assert c.n_workers() == 1
    finally:
        c.stop()
    assert_same(serial["OUTPUT"], dask["OUTPUT"])


def test_worker_killed_mid_run_finishes_the_same(run, tmp_path):
    _, res = landscape(tmp_path, (60, 90), seed=8)
    # the windows are step 2 of 3 (33 % to 67 %): killed after the first pieces are in
    killed_mid_run(run, tmp_path, "omniscape", dict(OMNISCAPE, RESISTANCE=res, BLOCK_SIZE=1),
                   66)


def test_resistance_worker_killed_mid_run_finishes_the_same(run, tmp_path, monkeypatch):
    """Blocks whose results wait on the killed worker are computed again elsewhere."""
    monkeypatch.setattr(grids, "BLOCK_BYTES", 4 * 300 * 2)  # strips of 2 rows: 100 pieces
    facs, fixes = factors(tmp_path, (200, 300), seed=12)
    # the progress is the share of strips read: killed with 60 of them still to come
    killed_mid_run(run, tmp_path, "resistancesurface",
                   {"FACTORS": facs, "WEIGHTS": "0.5,0.3,0.2", "CORRECTIONS": fixes}, 90)


def test_no_worker_left_fails_and_writes_nothing(run, tmp_path, monkeypatch):
    monkeypatch.setattr(executor, "NO_WORKER_GRACE", 3.0)
    _, res = landscape(tmp_path, (60, 90), seed=8)
    out = tmp_path / "lost.tif"
    c = LoopbackCluster(1)
    try:
        feedback = KillOnProgress(c, c.workers[0], 40)
        with pytest.raises(QgsProcessingException,
                           match="The run on the Dask cluster at %s failed" % c.address):
            run("omniscape", dict(OMNISCAPE, RESISTANCE=res, BLOCK_SIZE=1,
                                  SCHEDULER=c.address, OUTPUT=str(out)), feedback)
        assert feedback.killed_at is not None
    finally:
        c.stop()
    assert not out.exists()
    assert not [f for f in os.listdir(tmp_path) if f.startswith("lost")]


def test_missing_dask_is_explained(run, tmp_path, monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "distributed", None)  # import raises ImportError
    _, res = landscape(tmp_path)
    out = tmp_path / "none.tif"
    with pytest.raises(QgsProcessingException, match=r"Dask is not installed.*pip install "
                       r".*dask\[distributed\]"):
        run("omniscape", dict(OMNISCAPE, RESISTANCE=res, SCHEDULER="tcp://127.0.0.1:1",
                              OUTPUT=str(out)))
    assert not out.exists()
