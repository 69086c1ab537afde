"""Omniscape's pure numerics (algorithms/corridors/omniscape*.py) on cases checked by hand,
the batched window solver against one SuperLU factorisation per window, Omniscape.jl's
internal unit cases (targets, conditional matching), and the tool's plain run."""
import pathlib

import numpy as np
import pytest

from ecosecurity.algorithms.corridors import omniscape as OM
from ecosecurity.algorithms.corridors import omniscape_solver as S
from ecosecurity.algorithms.corridors import omniscape_window as OW
from helpers import read_raster, write_raster

DATA = pathlib.Path(__file__).resolve().parent / "data" / "omniscape"
A = 1 / np.sqrt(2.0)


def uniform(n=30, four=False, radius=1):
    ones = np.ones((n, n))
    return OM.run(ones, ones, OM.Options(radius=radius, four_neighbors=four,
                                          flow_potential=True))


def test_uniform_four_neighbours_normalised_is_one():
    """Radius 1, four neighbours, all ones: a target's window is the plus of 5 cells, each
    arm carrying 1/4 A straight into the ground; an interior cell takes 1 A as a target and
    1/4 A from each of its 4 neighbouring targets, in the circuit and in the flow potential
    alike (the box's corners touch two arms at equal voltage): 2 and 2, normalised 1."""
    out = uniform(four=True)
    inner = (slice(2, -2), slice(2, -2))
    assert np.allclose(out["cumulative"][inner], 2.0, rtol=1e-12)
    assert np.allclose(out["flow_potential"][inner], 2.0, rtol=1e-12)
    assert np.allclose(out["normalized"][inner], 1.0, rtol=1e-12)


def test_uniform_eight_neighbours_flow_potential_by_hand():
    """Radius 1, eight neighbours: the circuit is the plus (diagonals between arms carry
    nothing by symmetry), so the cumulative current is 2 again. The flow potential's window
    is Omniscape's whole 3 x 3 box: each corner (no source) takes c = 2 (Vs - Vc) from its
    two arms and passes it to the ground through 1/sqrt(2). Kirchhoff at a corner and an arm
    gives c = (a/2) / (2 + 3a), a = 1/sqrt(2), so an interior cell gets 2 + 4c and the
    normalised current is 2 / (2 + 4c) = 0.8536: below 1 even on a uniform landscape."""
    out = uniform()
    c = 0.5 * A / (2 + 3 * A)
    inner = (slice(2, -2), slice(2, -2))
    assert np.allclose(out["cumulative"][inner], 2.0, rtol=1e-12)
    assert np.allclose(out["flow_potential"][inner], 2 + 4 * c, rtol=1e-12)
    assert np.allclose(out["normalized"][inner], 2 / (2 + 4 * c), rtol=1e-12)


def test_uniform_larger_radius_normalised_near_one():
    """The box corners beyond the disc carry less and less of the flow potential as the
    radius grows: radius 8 is within 1 % of 1 away from the edges, for 4 and 8 neighbours."""
    for four in (True, False):
        out = uniform(n=40, four=four, radius=8)
        inner = out["normalized"][12:-12, 12:-12]
        assert np.all(np.abs(inner - 1.0) < 0.01)


def test_barrier_is_impeded():
    """A wall of resistance 1000 (21 cells long, three thick, no sources) in a uniform
    landscape: current goes round it, so the wall is impeded (normalised < 0.7), the flow
    squeezes past its ends (intensified, > 1.2) and cells well away from it stay diffuse
    (within 1 % of the uniform landscape's value, itself within 1 % of 1)."""
    n = 41
    res = np.ones((n, n))
    res[10:31, 19:22] = 1000.0
    src = np.where(res == 1, 1.0, 0.0)
    norm = OM.run(res, src, OM.Options(radius=8, flow_potential=True))["normalized"]
    assert np.all(norm[12:29, 19:22] < 0.7)
    assert norm[8, 20] > 1.2 and norm[32, 20] > 1.2
    assert np.all(np.abs(norm[12:29, 9:11] - 1.0) < 0.02)


@pytest.mark.parametrize("four", [False, True])
def test_batched_solver_matches_superlu(four):
    """Random conductances with nodata holes, cut-off islands and a window without ground:
    the batched multifrontal solves (a reusable factor, and the one-pass factorise-and-
    solve) equal one SuperLU factorisation per window."""
    rng = np.random.default_rng(4)
    pattern = OW.Pattern(7, True, four)
    g = rng.uniform(0.05, 20.0, (12, pattern.n))
    g[rng.random(g.shape) < 0.15] = np.nan
    ring = np.abs(np.hypot(pattern.rows - 7, pattern.cols - 7) - 4) < 0.8
    g[3, ring] = np.nan  # an island cut off from the ground: no current there
    g[4, pattern.ground] = np.nan  # no ground: no current at all
    src = rng.uniform(0, 1, g.shape)
    circuit = S.Circuit(pattern, g)
    factor = S.WindowFactor(pattern, leaf=8)
    ref = S.superlu_voltages(circuit, src)
    reusable = factor.voltages(factor.factor(circuit), circuit, src)
    assert np.abs(reusable - ref).max() <= 1e-11 * np.abs(ref).max()
    v = factor.voltages(None, circuit, src)  # factorise and solve in one pass
    assert np.abs(v - ref).max() <= 1e-11 * np.abs(ref).max()
    cur = circuit.currents(v)
    assert np.all(cur[4] == 0)
    outside = ~ring & (np.hypot(pattern.rows - 7, pattern.cols - 7) > 4)
    assert np.all(cur[3, outside] == 0)


@pytest.mark.parametrize("four", [False, True])
def test_kept_nodes_are_the_grounds_component(four):
    """Windows cut by the grid's edges skip the component search (their kept cells are one
    component by shape); a window with a nodata ring or a nodata column still gets it. In
    every case the kept nodes are exactly the ground's connected component, as scipy
    labels it on the window's own graph."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components
    rng = np.random.default_rng(7)
    R = 9
    pattern = OW.Pattern(R, True, four)
    rows, cols = pattern.rows - R, pattern.cols - R
    g = rng.uniform(0.1, 5.0, (6, pattern.n))
    g[0, rows < -3] = np.nan  # cut by the top edge
    g[1, (rows > 4) | (cols < -6)] = np.nan  # a corner
    g[2, np.abs(np.hypot(rows, cols) - 5) < 0.8] = np.nan  # an island ring
    g[3, cols == 4] = np.nan  # a wall: the cells beyond it are cut off
    g[4, (rows < -3) & (cols > 2)] = np.nan  # a notch: still one component
    g[5, (rows == 2) & (cols == 0)] = np.nan  # a gap in one row: searched, one component
    surely = S._surely_connected(pattern, g > 0)
    assert surely.tolist() == [True, True, False, False, True, False]
    circuit = S.Circuit(pattern, g)
    for k in range(g.shape[0]):
        ok = g[k] > 0
        live = ok[pattern.ea] & ok[pattern.eb]
        graph = csr_matrix((np.ones(live.sum()), (pattern.ea[live], pattern.eb[live])),
                           shape=(pattern.n, pattern.n))
        labels = connected_components(graph, directed=False)[1]
        expected = ok & (labels == labels[pattern.ground])
        assert np.array_equal(circuit.keep[k], expected), k
    assert circuit.keep[3].sum() < (g[3] > 0).sum()  # the wall did cut cells off


def test_targets_as_omniscape():
    """Omniscape.jl's runtests: block size 7 on source.asc gives floor(30/7)^2 targets and
    the first target's strength is the sum of its 7 x 7 block."""
    src, _ = read_raster(DATA / "input" / "source.asc")
    src = src.astype(np.float64)
    ys, xs, amps = OW.targets(src, 7)
    assert ys.size == (30 // 7) ** 2
    assert (ys[0], xs[0]) == (3, 3)
    assert amps[0] == pytest.approx(src[0:7, 0:7].sum(), rel=1e-12)


def test_conditional_match_as_omniscape():
    """Omniscape.jl's runtests case of source_target_match!: a 6 x 10 grid, target at
    row 4, column 5 (1-based), 'within' [-1, 1] of the future value there: no kept source
    lies outside that range, and every source inside it is kept."""
    pres = np.array([[1, 4, 3, 2, 7, 6, 9, 2, 3, 0], [4, 2, 6, 5, 3, 9, 4, 5, 3, 3],
                     [1, 1, 5, 2, 7, 7, 8, 8, 9, 1], [8, 7, 6, 5, 5, 5, 0, 0, 1, 1],
                     [3, 5, 4, 4, 4, 8, 5, 0, 1, 8], [1, 2, 8, 2, 1, 6, 5, 5, 8, 7]], float)
    fut = np.array([[2, 1, 3, 2, 7, 6, 7, 1, 3, 0], [4, 2, 4, 5, 3, 9, 4, 5, 5, 3],
                    [3, 8, 3, 2, 6, 3, 8, 5, 9, 1], [8, 7, 6, 5, 1, 5, 0, 0, 1, 1],
                    [3, 1, 4, 5, 4, 8, 5, 7, 1, 8], [5, 2, 3, 2, 1, 6, 4, 5, 3, 7]], float)
    land = OW.Landscape({"p": pres, "f": fut}, 9)
    box = OW.Pattern(9, False, False)
    y, x = np.array([3]), np.array([4])
    keep = OW.Conditions([("p", "f", "within", -1.0, 1.0)]).match(land, box, y, x, 0)[0]
    vals = land.gather("p", box, y, x)[0]
    target = fut[3, 4]
    on_grid = np.isfinite(vals)
    inside = (vals >= target - 1) & (vals <= target + 1)
    assert np.array_equal(keep[on_grid], inside[on_grid])
    assert keep[on_grid].sum() == ((pres >= target - 1) & (pres <= target + 1)).sum()


def _reference_inputs():
    res, _ = read_raster(DATA / "input" / "resistance.asc")
    src, _ = read_raster(DATA / "input" / "source.asc")
    res, src = res.astype(float), src.astype(float)
    res[res == -9999] = np.nan
    return res, src


def test_worker_processes_match_serial():
    res, src = _reference_inputs()
    o = OM.Options(radius=5, block_size=3, buffer=2, source_threshold=0.2,
                   flow_potential=True, batch=8)
    one = OM.run(res, src, o)
    o.workers = 2
    assert one["n_targets"] >= 4 * o.batch  # enough batches for the pool to be used
    two = OM.run(res, src, o)
    for key in ("cumulative", "flow_potential", "normalized"):
        assert np.allclose(one[key], two[key], rtol=1e-12, equal_nan=True)


def test_window_batches_sum_in_any_order():
    """The executor contract: window_batch(job, indices) gives partial sums that add up
    to the serial maps whatever the batches and their order."""
    res, src = _reference_inputs()
    o = OM.Options(radius=5, block_size=3, buffer=2, source_threshold=0.2,
                   flow_potential=True)
    _, cond, s = OM.prepare(res, src, o)
    job = OM.Job(cond, s, o)
    cum, fp = job.new_maps()
    job.solve_range(0, job.n_targets, cum, fp)
    rng = np.random.default_rng(1)
    order = rng.permutation(job.n_targets)
    cum2, fp2 = job.new_maps()
    for idx in np.array_split(order, 7)[::-1]:
        job.add(OM.window_batch(job, idx), cum2, fp2)
    assert np.abs(cum).max() > 0
    assert np.allclose(cum, cum2, rtol=1e-12, atol=1e-12 * np.abs(cum).max())
    assert np.allclose(fp, fp2, rtol=1e-12, atol=1e-12 * np.abs(fp).max())


def test_zero_resistance_refused():
    res = np.ones((12, 12))
    res[3, 3] = 0.0
    with pytest.raises(OM.OmniscapeError, match="0 or negative"):
        OM.run(res, np.ones((12, 12)), OM.Options(radius=3))


def test_progress_can_stop_the_run():
    calls = []

    def progress(done, total):
        calls.append(done)
        raise KeyboardInterrupt

    ones = np.ones((30, 30))
    with pytest.raises(KeyboardInterrupt):
        OM.run(ones, ones, OM.Options(radius=3, batch=16), progress=progress)
    assert calls == [16]


def test_tool_plain_run(run, tmp_path):
    """Only RESISTANCE, SOURCE, RADIUS and OUTPUT: Omniscape's defaults for the rest; the
    normalised map is written with its class style beside it when asked."""
    rng = np.random.default_rng(1)
    res = rng.uniform(1, 10, (25, 30)).astype(np.float32)
    res[5, 7] = -9999.0
    r = write_raster(tmp_path / "r.tif", res, nodata=-9999.0)
    s = write_raster(tmp_path / "s.tif", np.ones((25, 30), np.float32))
    out = run("omniscape", {"RESISTANCE": r, "SOURCE": s, "RADIUS": 4,
                            "OUTPUT": str(tmp_path / "cum.tif")})
    cum, nodata = read_raster(out["OUTPUT"])
    assert cum[5, 7] == nodata
    assert np.all(cum[cum != nodata] > 0)
    direct = OM.run(np.where(res == -9999, np.nan, res).astype(float),
                    np.ones((25, 30)), OM.Options(radius=4))["cumulative"]
    assert np.allclose(cum[cum != nodata], direct[np.isfinite(direct)], rtol=1e-6)
    out = run("omniscape", {"RESISTANCE": r, "SOURCE_FROM_RESISTANCE": True, "RADIUS": 4,
                            "OUTPUT": str(tmp_path / "cum2.tif"),
                            "OUTPUT_NORMALIZED": str(tmp_path / "norm.tif")})
    assert (tmp_path / "norm.qml").exists()
    norm, _ = read_raster(out["OUTPUT_NORMALIZED"])
    assert norm.shape == (25, 30)


def test_mode_as_statsbase():
    """StatsBase.mode counts in reading order and changes its answer only when a count
    exceeds the best so far: in 6 5 5 6 the 5 reaches two first and wins; in 5 6 6 5 the 6."""
    assert OW._mode(np.array([6.0, 5, 5, 6])) == 5
    assert OW._mode(np.array([5.0, 6, 6, 5])) == 6
    assert OW._mode(np.array([7.0, np.nan, 3, 3, 7, 1])) == 3
    assert np.isnan(OW._mode(np.array([np.nan, np.nan])))


@pytest.mark.parametrize("four", [False, True])
def test_correction_has_no_noise_blowup(four):
    """The artifact correction divides by block currents that are exactly 0 at the dead
    ends of a four-neighbour disc: rounding noise there must read 0 (correction 1), so the
    batched solver's correction equals the one from SuperLU's exact zeros."""
    batched = OM.correction(5, 2, 3, four, "batched")
    superlu = OM.correction(5, 2, 3, four, "superlu")
    assert np.allclose(batched, superlu, rtol=1e-9, atol=0)
    assert batched.max() < 20


def test_tool_refuses_missing_inputs(run, tmp_path):
    from qgis.core import QgsProcessingException
    r = write_raster(tmp_path / "r.tif", np.ones((12, 12), np.float32))
    with pytest.raises(QgsProcessingException, match="SOURCE"):
        run("omniscape", {"RESISTANCE": r, "RADIUS": 3, "OUTPUT": str(tmp_path / "a.tif")})
    with pytest.raises(QgsProcessingException, match="CONDITION1_FUTURE"):
        run("omniscape", {"RESISTANCE": r, "SOURCE": r, "RADIUS": 3, "CONDITION1": r,
                          "COMPARE_TO_FUTURE": 1, "OUTPUT": str(tmp_path / "b.tif")})
    zero = write_raster(tmp_path / "z.tif", np.zeros((12, 12), np.float32))
    with pytest.raises(QgsProcessingException, match="0 or negative"):
        run("omniscape", {"RESISTANCE": zero, "SOURCE": r, "RADIUS": 3,
                          "OUTPUT": str(tmp_path / "c.tif")})
    assert not (tmp_path / "c.tif").exists()


def test_foreign_interpreter_runs_serially(monkeypatch, tmp_path):
    """An embedding program may name another Python as sys.executable (qgis_process on
    Debian names the first python3 on PATH): it is refused before any worker is spawned,
    and the run goes on in this process with the same result (a pool of dying workers
    would wait forever)."""
    from ecosecurity.algorithms import pyenv
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\necho 3.0.0\n")
    fake.chmod(0o755)
    monkeypatch.setattr(pyenv, "python_executable", lambda: str(fake))
    pyenv._runs_this_python.cache_clear()
    try:
        assert pyenv.worker_python() is None
        res, src = _reference_inputs()
        o = OM.Options(radius=5, block_size=3, buffer=2, source_threshold=0.2, batch=8)
        one = OM.run(res, src, o)
        o.workers = 2
        two = OM.run(res, src, o)
        assert np.allclose(one["cumulative"], two["cumulative"], rtol=1e-12, equal_nan=True)
    finally:
        monkeypatch.undo()
        pyenv._runs_this_python.cache_clear()
    assert pyenv.worker_python() == pyenv.python_executable()  # this Python is its own
