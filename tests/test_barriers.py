"""Barrier Mapper numerics (no QGIS): hand-checked scores, disk minimum, combining, errors."""
import numpy as np
import pytest
from scipy import ndimage

from ecosecurity.algorithms.corridors import barriers, costdistance
from ecosecurity.algorithms.corridors.barriers import BarrierError
from ecosecurity.algorithms.corridors.costdistance import CorridorCancelled, CorridorError

C = 10.0  # cell size, map units


def _strip(third_source=False):
    """One row: source 1 at column 0, resistance 1 in columns 1-4, a wall of resistance 100 in
    columns 5-6, resistance 1 in columns 7-10, source 2 at column 11 (and, if asked, resistance
    1 in columns 12-13 and source 3 at column 14)."""
    n = 15 if third_source else 12
    res = np.ones((1, n))
    res[0, 5:7] = 100.0
    ids = np.zeros((1, n))
    ids[0, 0], ids[0, 11] = 1, 2
    if third_source:
        ids[0, 14] = 3
    return ids, res


# CWD from source 1 along the strip, one move = C (r_i + r_j) / 2:
#   columns 0-4: 0, 10, 20, 30, 40; column 5: 40 + 10 (1 + 100)/2 = 545;
#   column 6: 545 + 10 (100 + 100)/2 = 1545; column 7: 1545 + 505 = 2050; 8-11: 2060 ... 2090
CWD1 = np.array([0, 10, 20, 30, 40, 545, 1545, 2050, 2060, 2070, 2080, 2090], float)
LCD = 2090.0  # CWD1 at source 2; by symmetry CWD2[j] = CWD1[11 - j]


def test_strip_cost_distances_are_the_hand_values():
    ids, res = _strip()
    g = costdistance.CostGraph(res, C)
    np.testing.assert_allclose(costdistance.cost_distance(g, ids == 1)[0], CWD1, atol=1e-9)
    np.testing.assert_allclose(costdistance.cost_distance(g, ids == 2)[0], CWD1[::-1], atol=1e-9)


def test_hand_computed_scores_in_the_wall():
    ids, res = _strip()
    out = barriers.barrier_map(ids, res, C, [(1, 2, LCD)], [C])  # radius 1 cell
    # cell 5, radius 1 cell = 10 map units, D = 20; the circle holds columns 4, 5, 6
    #   min CWD1 = CWD1[4] = 40; min CWD2 = CWD2[6] = CWD1[5] = 545
    #   improvement = 2090 - (40 + 545 + 20) = 1485; score = 1485 / 20 = 74.25
    assert out["score"][0, 5] == pytest.approx(74.25, abs=1e-9)
    assert out["percent"][0, 5] == pytest.approx(100 * 1485 / 2090, abs=1e-9)
    assert out["score"][0, 6] == pytest.approx(74.25, abs=1e-9)  # symmetric
    out2 = barriers.barrier_map(ids, res, C, [(1, 2, LCD)], [2 * C])  # radius 2 cells
    # cell 5, radius 20, D = 40; columns 3-7: min CWD1 = 30, min CWD2 = CWD1[4] = 40
    #   improvement = 2090 - (30 + 40 + 40) = 1980; score = 1980 / 40 = 49.5
    assert out2["score"][0, 5] == pytest.approx(49.5, abs=1e-9)
    assert out2["percent"][0, 5] == pytest.approx(100 * 1980 / 2090, abs=1e-9)
    # cell 0 (source 1), radius 1: columns 0-1: min CWD1 0, min CWD2 = CWD1[10] = 2080
    #   improvement = 2090 - (0 + 2080 + 20) = -10 -> no improvement
    assert np.isnan(out["score"][0, 0])
    # link_scores gives the raw improvement
    imp = barriers.link_scores(CWD1[None], CWD1[::-1][None], LCD, 1, C)
    assert imp[0, 5] == pytest.approx(1485.0, abs=1e-9)


def test_best_radius_grid():
    ids, res = _strip()
    out = barriers.barrier_map(ids, res, C, [(1, 2, LCD)], [C, 2 * C])
    # cell 5: radius 10 gives 74.25 > 49.5 at radius 20
    assert out["score"][0, 5] == pytest.approx(74.25, abs=1e-9)
    assert out["radius"][0, 5] == C
    # cell 4, radius 10: columns 3-5, min CWD1 30, min CWD2 = CWD1[6] = 1545:
    #   2090 - (30 + 1545 + 20) = 495, score 24.75
    # radius 20: columns 2-6, min CWD1 20, min CWD2 = CWD1[5] = 545:
    #   2090 - (20 + 545 + 40) = 1485, score 37.125 -> best radius 20
    assert out["score"][0, 4] == pytest.approx(37.125, abs=1e-9)
    assert out["radius"][0, 4] == 2 * C
    assert out["radii"] == [C, 2 * C]
    assert np.array_equal(np.isnan(out["score"]), np.isnan(out["radius"]))


def test_sum_versus_max_over_links():
    ids, res = _strip(third_source=True)
    # link 1-3: LCD = 2090 + 10 + 10 + 10 = 2120; at cell 5, radius 10: min CWD3 over
    # columns 4-6 = CWD3[6] = 545 + 30 = 575, improvement = 2120 - (40 + 575 + 20) = 1485
    links = [(1, 2, LCD), (1, 3, 2120.0)]
    mx = barriers.barrier_map(ids, res, C, links, [C], combine="max")
    sm = barriers.barrier_map(ids, res, C, links, [C], combine="sum")
    assert mx["score"][0, 5] == pytest.approx(74.25, abs=1e-9)
    assert sm["score"][0, 5] == pytest.approx(2 * 74.25, abs=1e-9)
    assert mx["percent"][0, 5] == pytest.approx(100 * 1485 / 2090, abs=1e-9)
    assert sm["percent"][0, 5] == pytest.approx(100 * 1485 / 2090 + 100 * 1485 / 2120,
                                                abs=1e-9)
    # a repeated pair (either order) is counted once, as in Linkage Mapper
    again = barriers.barrier_map(ids, res, C, links + [(2, 1, LCD)], [C], combine="sum")
    np.testing.assert_array_equal(again["score"], sm["score"])


def test_percent_of_score_is_linkage_mappers_formula():
    ids, res = _strip()
    out = barriers.barrier_map(ids, res, C, [(1, 2, LCD)], [C], percent_of="score")
    assert out["percent"][0, 5] == pytest.approx(100 * 74.25 / 2090, abs=1e-9)


def _footprint(r, inner=None):
    y, x = np.mgrid[-r:r + 1, -r:r + 1]
    d2 = x * x + y * y
    fp = d2 <= r * r
    if inner is not None:
        fp &= d2 > inner * inner
    return fp


@pytest.mark.parametrize("r", [1, 2, 3, 5, 8])
def test_disk_minimum_equals_2d_minimum_filter(r):
    rng = np.random.default_rng(r)
    g = rng.random((37, 53)) * 100
    g[rng.random(g.shape) < 0.2] = np.nan
    g[5:12, 7:20] = np.nan  # a whole nodata block: inf where a circle holds no data
    ref = ndimage.minimum_filter(np.where(np.isnan(g), np.inf, g), footprint=_footprint(r),
                                 mode="constant", cval=np.inf)
    np.testing.assert_array_equal(barriers.disk_minimum(g, r), ref)


@pytest.mark.parametrize("r,inner", [(2, 1.0), (3, 2.9), (5, 4.0), (6, 5.5), (4, 0.0)])
def test_annulus_minimum_equals_2d_minimum_filter(r, inner):
    rng = np.random.default_rng(10 + r)
    g = rng.random((31, 29))
    g[rng.random(g.shape) < 0.1] = np.nan
    ref = ndimage.minimum_filter(np.where(np.isnan(g), np.inf, g),
                                 footprint=_footprint(r, inner), mode="constant", cval=np.inf)
    np.testing.assert_array_equal(barriers.disk_minimum(g, r, inner), ref)


def test_circle_offsets():
    dy, outer, inner = barriers.circle_offsets(2)
    assert dy.tolist() == [-2, -1, 0, 1, 2]
    assert outer.tolist() == [0, 1, 2, 1, 0]  # (1, 1) at sqrt 2 <= 2; (1, 2) at sqrt 5 > 2
    assert inner.tolist() == [-1] * 5


def _landscape(n=60, seed=3):
    rng = np.random.default_rng(seed)
    res = rng.lognormal(1.0, 1.0, (n, n))
    res[rng.random((n, n)) < 0.03] = np.nan
    ids = np.zeros((n, n))
    for k, (r, c) in enumerate([(5, 5), (8, 50), (50, 10), (45, 48)], start=1):
        ids[r - 1:r + 2, c - 1:c + 2] = k
        res[r - 1:r + 2, c - 1:c + 2] = 1.0
    return ids, res


def _brute(ids, res, cell, links, radii, combine):
    """The straightforward peer: whole-grid 2-D minimum filters per link and radius."""
    g = costdistance.CostGraph(res, cell)
    cwd = {s: costdistance.cost_distance(g, ids == s) for s in np.unique(ids[ids > 0])}
    best = np.full(ids.shape, np.nan)
    rad = np.full(ids.shape, np.nan)
    for rv in radii:
        k = int(round(rv / cell))
        fp = _footprint(k)
        per = []
        for a, b, lcd in links:
            ma = ndimage.minimum_filter(cwd[a], footprint=fp, mode="constant", cval=np.inf)
            mb = ndimage.minimum_filter(cwd[b], footprint=fp, mode="constant", cval=np.inf)
            imp = lcd - (ma + mb + 2 * rv)
            per.append(np.where(imp > 0, imp / (2 * rv), np.nan))
        per = np.array(per)
        if combine == "max":
            acc = np.fmax.reduce(per, axis=0)
        else:
            acc = np.nansum(per, axis=0)
            acc[acc <= 0] = np.nan
        up = acc > np.where(np.isnan(best), -np.inf, best)
        best[up], rad[up] = acc[up], rv
    return best, rad


def _lcds(ids, res, cell, pairs):
    g = costdistance.CostGraph(res, cell)
    out = []
    for a, b in pairs:
        d = costdistance.cost_distance(g, ids == a)
        out.append((a, b, float(d[ids == b].min())))
    return out


@pytest.mark.parametrize("combine", ["max", "sum"])
def test_windowed_map_equals_whole_grid_peer(combine):
    ids, res = _landscape()
    links = _lcds(ids, res, 30.0, [(1, 2), (1, 3), (2, 4), (3, 4), (1, 4)])
    radii = [30.0, 60.0, 90.0, 150.0]
    out = barriers.barrier_map(ids, res, 30.0, links, radii, combine=combine)
    best, rad = _brute(ids, res, 30.0, links, radii, combine)
    assert np.isfinite(best).sum() > 50  # the landscape has barriers worth mapping
    np.testing.assert_allclose(out["score"], best, rtol=1e-12, atol=1e-9, equal_nan=True)
    np.testing.assert_array_equal(out["radius"], rad)


def test_annulus_never_beats_circle():
    ids, res = _landscape()
    links = _lcds(ids, res, 1.0, [(1, 2), (3, 4)])
    circ = barriers.barrier_map(ids, res, 1.0, links, [3.0, 5.0])
    ring = barriers.barrier_map(ids, res, 1.0, links, [3.0, 5.0], neighbourhood="annulus")
    ok = np.isfinite(ring["score"])
    assert ok.any()
    # the ring is part of the circle: its minima are no smaller, its scores no larger
    assert np.all(ring["score"][ok] <= circ["score"][ok] + 1e-9)


def test_radii_range_follows_linkage_mapper():
    assert barriers.radii_range(30, 150, 60) == [30.0, 90.0, 150.0]
    assert barriers.radii_range(30, 100, 30) == [30.0, 60.0, 90.0]
    assert barriers.radii_range(30, 300, 0) == [30.0]
    with pytest.raises(BarrierError, match="must not exceed"):
        barriers.radii_range(90, 30, 30)


@pytest.mark.parametrize("radii,match", [
    ([15.0], "not a multiple of the cell size 10"),
    ([5.0], "smaller than one cell"),
    ([0.0], "smaller than one cell"),
    ([-10.0], "smaller than one cell"),
    ([float("nan")], "smaller than one cell"),
    ([10.0, 70.0], "radii that do not fit the grid"),
    (["abc"], "must be a number"),
    ([], "no radius"),
])
def test_bad_radii(radii, match):
    ids, res = _strip()
    with pytest.raises(BarrierError, match=match):
        barriers.barrier_map(ids, res, C, [(1, 2, LCD)], radii)


@pytest.mark.parametrize("links,match", [
    ([(1, 9, 100.0)], "source id 9 is not in the source grid"),
    ([(1, 2, 0.0)], "least-cost distance must be > 0"),
    ([(1, 2, -5.0)], "least-cost distance must be > 0"),
    ([(1, 2, float("inf"))], "least-cost distance must be > 0"),
    ([(2, 2, 10.0)], "to itself"),
    ([(1, 2)], "a link is"),
    ([], "no links"),
])
def test_bad_links(links, match):
    ids, res = _strip()
    with pytest.raises(BarrierError, match=match):
        barriers.barrier_map(ids, res, C, links, [C])


def test_bad_options_and_inputs():
    ids, res = _strip()
    for kw in ({"combine": "mean"}, {"neighbourhood": "square"}, {"percent_of": "lcd"}):
        with pytest.raises(BarrierError):
            barriers.barrier_map(ids, res, C, [(1, 2, LCD)], [C], **kw)
    with pytest.raises(BarrierError, match="shape"):
        barriers.barrier_map(ids[:, :5], res, C, [(1, 2, LCD)], [C])
    with pytest.raises(CorridorError, match="resistance"):
        barriers.barrier_map(ids, res * 0, C, [(1, 2, LCD)], [C])
    assert issubclass(BarrierError, ValueError)


def test_progress_and_cancel():
    ids, res = _strip()
    seen = []
    barriers.barrier_map(ids, res, C, [(1, 2, LCD)], [C, 2 * C],
                         progress=lambda f: seen.append(f) and False)
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)  # 2 CWDs + 2 radii x 1 link
    assert len(seen) == 4
    with pytest.raises(CorridorCancelled):
        barriers.barrier_map(ids, res, C, [(1, 2, LCD)], [C], progress=lambda f: True)


def test_no_improvement_anywhere_is_all_nan():
    ids, res = _strip()
    res[:] = 1.0  # no barrier: LCD 110, a circle can only cost more than it saves
    out = barriers.barrier_map(ids, res, C, [(1, 2, 110.0)], [C, 2 * C])
    assert np.isnan(out["score"]).all() and np.isnan(out["radius"]).all()


def test_barriers_refuse_the_window_that_does_not_fit():
    ids, res = _strip()
    ok = barriers.barrier_map(ids, res, C, [(1, 2, LCD)], [C], free_memory=lambda: 10 ** 12)
    plain = barriers.barrier_map(ids, res, C, [(1, 2, LCD)], [C])
    np.testing.assert_array_equal(ok["score"], plain["score"])
    with pytest.raises(barriers.BarrierError) as err:
        barriers.barrier_map(ids, res, C, [(1, 2, LCD)], [C], free_memory=lambda: 100)
    # radius 1 cell, D = 2C: CWD1 < LCD - D at columns 0-8, CWD2 at 3-11; each grown by one
    # cell and intersected: columns 2-9, grown once more for the minima: columns 1-10
    assert "link 1 (1-2) at radius %g, 1 x 10 cells, needs about 0.0 GB" % C in str(err.value)
