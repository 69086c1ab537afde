"""Least-cost corridor numerics (no QGIS): ArcGIS cost distance, Linkage Mapper linkages."""
import math

import numpy as np
import pytest

from ecosecurity.algorithms.corridors import adjacency, costdistance, linkages
from ecosecurity.algorithms.corridors.costdistance import CorridorError

S2 = math.sqrt(2.0)


def _row_sources(shape=(7, 9), cols=(0, 4, 8), row=3):
    s = np.zeros(shape)
    for k, c in enumerate(cols, start=1):
        s[row, c] = k
    return s


def _by_pair(result):
    return {(l["from_id"], l["to_id"]): l for l in result["links"]}


# ---------------------------------------------------------------- cost distance

def test_arcgis_convention_hand_checked_3x3():
    r = np.array([[1.0, 2.0, 3.0],
                  [4.0, 5.0, 6.0],
                  [7.0, 8.0, 9.0]])
    g = costdistance.CostGraph(r, 10.0)
    src = np.zeros((3, 3), bool)
    src[0, 0] = True
    d = costdistance.cost_distance(g, src)
    # cell size 10; orthogonal move 10 (ra + rb)/2, diagonal 10 sqrt2 (ra + rb)/2
    expected = np.array([
        # (0,0) source 0; (0,1) 10*(1+2)/2 = 15; (0,2) 15 + 10*(2+3)/2 = 40
        [0.0, 15.0, 40.0],
        # (1,0) 10*(1+4)/2 = 25; (1,1) diagonal 10 sqrt2 (1+5)/2 = 30 sqrt2 = 42.43
        #   (beats 15 + 35 = 50); (1,2) from (0,1) diagonal 15 + 10 sqrt2 (2+6)/2 = 15 + 40 sqrt2
        #   = 71.57 (beats 40 + 45 = 85)
        [25.0, 30 * S2, 15 + 40 * S2],
        # (2,0) 25 + 10*(4+7)/2 = 80; (2,1) from (1,1) 30 sqrt2 + 10*(5+8)/2 = 107.43
        #   (beats 25 + 60 sqrt2 = 109.85); (2,2) from (1,1) diagonal 30 sqrt2 + 70 sqrt2
        #   = 100 sqrt2 = 141.42 (beats 71.57 + 75 = 146.57)
        [80.0, 30 * S2 + 65, 100 * S2],
    ])
    np.testing.assert_allclose(d, expected, rtol=0, atol=1e-9)


def test_uniform_grid_cwd_is_octile_distance():
    n, c = 21, 30.0
    g = costdistance.CostGraph(np.ones((n, n)), c)
    src = np.zeros((n, n), bool)
    src[10, 10] = True
    d = costdistance.cost_distance(g, src)
    rr, cc = np.mgrid[0:n, 0:n]
    dr, dc = np.abs(rr - 10), np.abs(cc - 10)
    # with resistance 1 every move costs its length: straight c, diagonal c sqrt2
    octile = c * (np.maximum(dr, dc) - np.minimum(dr, dc) + S2 * np.minimum(dr, dc))
    np.testing.assert_allclose(d, octile, atol=1e-9)


def _reference_cwd(r, c, src):
    """Bellman-Ford by whole-grid relaxation (independent of the graph code)."""
    nr, nc = r.shape
    d = np.where(src & np.isfinite(r), 0.0, np.inf)
    rp = np.pad(r, 1, constant_values=np.nan)
    while True:
        dp = np.pad(d, 1, constant_values=np.inf)
        new = d.copy()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr == dc == 0:
                    continue
                nb_d = dp[1 + dr:1 + dr + nr, 1 + dc:1 + dc + nc]
                nb_r = rp[1 + dr:1 + dr + nr, 1 + dc:1 + dc + nc]
                step = c * (S2 if dr and dc else 1.0) * (r + nb_r) / 2
                cand = np.where(np.isfinite(step), nb_d + step, np.inf)
                new = np.minimum(new, cand)
        new[~np.isfinite(r)] = np.inf
        if np.array_equal(new, d):
            return d
        d = new


def test_cost_distance_matches_brute_force_with_nodata():
    rng = np.random.default_rng(3)
    r = rng.lognormal(0.5, 1.0, (14, 17))
    r[rng.random(r.shape) < 0.15] = np.nan
    src = np.zeros(r.shape, bool)
    src[2:4, 3:5] = True
    r[2:4, 3:5] = 1.0
    g = costdistance.CostGraph(r, 2.5)
    d = costdistance.cost_distance(g, src)
    ref = _reference_cwd(r, 2.5, src)
    np.testing.assert_allclose(d, ref, rtol=1e-12)
    assert np.isinf(d[np.isnan(r)]).all()


def test_grid_larger_than_a_tile_matches_brute_force_and_back_links():
    # nodes are numbered in 64 x 64 tiles inside the graph; results must not depend on it
    rng = np.random.default_rng(11)
    r = rng.lognormal(0.0, 0.8, (150, 139))
    r[rng.random(r.shape) < 0.1] = np.nan
    ids = np.zeros(r.shape, int)
    ids[5:8, 5:8], ids[140:143, 120:124], ids[70, 100] = 1, 2, 3
    r[ids > 0] = 1.0
    g = costdistance.CostGraph(r, 1.0)
    d, pred = costdistance.cost_distance(g, ids == 1, predecessors=True)
    np.testing.assert_allclose(d, _reference_cwd(r, 1.0, ids == 1), rtol=1e-12)
    # every reached cell: CWD = CWD(back-link) + cost of that one move
    cells = np.flatnonzero((pred.ravel() >= 0))
    p = pred.ravel()[cells]
    (r0, c0), (r1, c1) = np.divmod(cells, 139), np.divmod(p, 139)
    assert (np.maximum(abs(r0 - r1), abs(c0 - c1)) == 1).all()
    step = np.where((r0 != r1) & (c0 != c1), S2, 1.0) * (r.ravel()[cells] + r.ravel()[p]) / 2
    np.testing.assert_allclose(d.ravel()[cells], d.ravel()[p] + step, rtol=1e-12)
    alloc, dmin = costdistance.cost_allocation(g, ids)
    per_source = np.stack([costdistance.cost_distance(g, ids == k) for k in (1, 2, 3)])
    np.testing.assert_allclose(dmin, per_source.min(axis=0), rtol=1e-12)
    reached = np.isfinite(dmin)
    picked = np.take_along_axis(per_source, (alloc - 1)[None].clip(0), 0)[0]
    np.testing.assert_allclose(picked[reached], dmin[reached], rtol=1e-12)
    assert (alloc[~reached] == 0).all()


def test_nodata_is_impassable_and_diagonal_gap_counts():
    r = np.ones((5, 5))
    r[:, 2] = np.nan          # a full wall: nothing beyond is reachable
    src = np.zeros((5, 5), bool)
    src[2, 0] = True
    g = costdistance.CostGraph(r, 1.0)
    d = costdistance.cost_distance(g, src)
    assert np.isinf(d[:, 2:]).all()
    r[4, 2] = 1.0             # open one cell at the bottom: the path must detour through it
    d = costdistance.cost_distance(costdistance.CostGraph(r, 1.0), src)
    # (2,0) -> (3,1) diag -> (4,2) diag -> (3,3) diag -> (2,4) diag: 4 sqrt2
    assert d[2, 4] == pytest.approx(4 * S2)


def test_cost_allocation_and_back_links():
    r = np.ones((5, 7))
    ids = np.zeros((5, 7), int)
    ids[2, 0], ids[2, 6] = 1, 2
    g = costdistance.CostGraph(r, 1.0)
    alloc, dist = costdistance.cost_allocation(g, ids)
    assert (alloc[:, :3] == 1).all() and (alloc[:, 4:] == 2).all()
    assert dist[2, 3] == pytest.approx(3.0)
    d, pred = costdistance.cost_distance(g, ids == 1, predecessors=True)
    path = costdistance.trace_path(pred, 2 * 7 + 6)
    assert tuple(path[0]) == (2, 6) and tuple(path[-1]) == (2, 0)
    assert costdistance.path_length(path, 1.0) == pytest.approx(6.0)


def test_memory_estimate_grows_with_grid_and_sources():
    small = costdistance.memory_bytes(100, 100)
    big = costdistance.memory_bytes(2000, 2000, n_sources=10)
    assert 0 < small < big
    assert 2000 * 2000 * 200 < big < 2000 * 2000 * 500
    # every linked source's CWD grid is kept: 8 bytes per cell each
    assert costdistance.memory_bytes(2000, 2000, 51) - costdistance.memory_bytes(2000, 2000, 50) \
        == 8 * 2000 * 2000


# ---------------------------------------------------------------- links

def test_link_crossing_a_third_source_is_dropped_or_kept():
    s = _row_sources()
    r = np.ones(s.shape)
    out = linkages.map_linkages(s, r, 1.0, adjacency_mode=adjacency.ALL_PAIRS)
    assert set(_by_pair(out)) == {(1, 2), (2, 3)}
    (drop,) = out["dropped"]
    assert (drop["from_id"], drop["to_id"], drop["reason"]) == (1, 3, "crosses_source")
    assert drop["crosses"] == (2,) and drop["lcd"] == pytest.approx(8.0)
    kept = linkages.map_linkages(s, r, 1.0, adjacency_mode=2, keep_crossing=True)
    links = _by_pair(kept)
    assert set(links) == {(1, 2), (2, 3), (1, 3)}
    assert links[(1, 3)]["crosses"] == (2,)


def test_cost_allocation_adjacency_three_sources():
    s = _row_sources()
    r = np.ones(s.shape)
    out = linkages.map_linkages(s, r, 1.0)  # default: cost-allocation adjacency
    assert set(_by_pair(out)) == {(1, 2), (2, 3)}
    assert out["dropped"] == []
    assert out["allocation"][3, 0] == 1 and out["allocation"][3, 4] == 2
    # source 2 inside a costly band: its cost zone shrinks to the band's middle, so the zones
    # of 1 and 3 meet above and below it (they do not by Euclidean allocation)
    r[:, 3:6] = 100.0
    g = costdistance.CostGraph(r, 1.0)
    ids, idv, _ = adjacency.source_grid(s, g.shape, g.valid)
    cost_pairs, alloc = adjacency.candidate_pairs(0, g, ids, idv)
    euc_pairs, _ = adjacency.candidate_pairs(1, g, ids, idv)
    assert {tuple(p) for p in cost_pairs} == {(1, 2), (1, 3), (2, 3)}
    assert {tuple(p) for p in euc_pairs} == {(1, 2), (2, 3)}
    assert alloc[0, 4] != 2


def test_corridor_normalisation_zero_on_path_and_truncated():
    s = np.zeros((9, 11))
    s[4, 0], s[4, 10] = 1, 2
    rng = np.random.default_rng(7)
    r = rng.uniform(1, 10, s.shape)
    out = linkages.map_linkages(s, r, 5.0, return_cwd=True)
    (link,) = out["links"]
    cor = out["corridors"]
    path = link["path_cells"]
    np.testing.assert_allclose(cor[path[:, 0], path[:, 1]], 0.0, atol=1e-9)
    assert tuple(path[0]) == (4, 0) and tuple(path[-1]) == (4, 10)
    # NLCC = CWD_1 + CWD_2 - LCD everywhere, >= 0
    expected = out["cwd"][1] + out["cwd"][2] - link["lcd"]
    np.testing.assert_allclose(cor, np.maximum(expected, 0), atol=1e-9)
    # LCD is symmetric: min of CWD_2 over source 1 too
    assert out["cwd"][2][4, 0] == pytest.approx(link["lcd"])
    cutoff = float(np.nanpercentile(cor, 30))
    cut = linkages.map_linkages(s, r, 5.0, width_cutoff=cutoff)["corridors"]
    assert np.isnan(cut[cor > cutoff]).all()
    np.testing.assert_allclose(cut[cor <= cutoff], cor[cor <= cutoff])


def test_ratios_path_length_and_coordinates():
    s = np.zeros((5, 7))
    s[2, 0], s[2, 4] = 1, 2
    r = np.full(s.shape, 2.0)
    out = linkages.map_linkages(s, r, 10.0, geotransform=(1000.0, 10.0, 0.0, 5000.0, 0.0, -10.0))
    (l,) = out["links"]
    # 4 orthogonal moves of 10 * (2 + 2) / 2 = 20: LCD 80; gap between the cells' edges 3
    # cells = 30 m; path through 5 cell centres = 40 m
    assert l["lcd"] == pytest.approx(80.0)
    assert l["euc_dist"] == pytest.approx(30.0)
    assert l["path_length"] == pytest.approx(40.0)
    assert l["cwd_euc_ratio"] == pytest.approx(80 / 30)
    assert l["cwd_path_ratio"] == pytest.approx(2.0)
    np.testing.assert_allclose(l["path_xy"][0], (1005.0, 4975.0))
    np.testing.assert_allclose(l["path_xy"][-1], (1045.0, 4975.0))


def test_diagonal_edge_distance_and_touching_sources():
    ids = np.zeros((6, 6), int)
    ids[0, 0], ids[3, 4], ids[5, 5] = 1, 2, 3
    d = adjacency.edge_distances(ids, np.array([1, 2, 3]), 2.0)
    # (0,0)-(3,4): gaps of 2 and 3 cells -> 2 * sqrt(4 + 9); (3,4)-(5,5): gap 1 row, 0 cols
    assert d[(1, 2)] == pytest.approx(2 * math.sqrt(13))
    assert d[(2, 3)] == pytest.approx(2.0)
    ids[4, 5] = 3  # now touching diagonally: distance 0, ratio NaN
    out = linkages.map_linkages(ids, np.ones(ids.shape), 2.0, adjacency_mode=2)
    l = _by_pair(out)[(2, 3)]
    assert l["euc_dist"] == 0.0 and math.isnan(l["cwd_euc_ratio"])


def test_nodata_barrier_detour_and_no_path():
    s = np.zeros((7, 9))
    s[3, 0], s[3, 8] = 1, 2
    r = np.ones(s.shape)
    r[:, 4] = np.nan
    out = linkages.map_linkages(s, r, 1.0, adjacency_mode=2)
    assert out["links"] == []
    assert out["dropped"][0]["reason"] == "no_path"
    assert np.isnan(out["corridors"]).all()
    r[0, 4] = 1.0  # a gap in the top row
    out = linkages.map_linkages(s, r, 1.0)
    (l,) = out["links"]
    rows = l["path_cells"][:, 0]
    assert (l["path_cells"][rows == 0, 1] == 4).any()  # goes through the gap
    # (3,0) -> (0,4): 3 diagonal + 1 straight; the same down to (3,8)
    assert l["lcd"] == pytest.approx(2 + 6 * S2)
    assert np.isnan(out["corridors"][1:, 4]).all()


def test_max_cost_and_nearest_neighbours():
    s = np.zeros((3, 13))
    s[1, 0], s[1, 3], s[1, 12] = 1, 2, 3
    r = np.ones(s.shape)
    full = linkages.map_linkages(s, r, 1.0)
    assert {k: v["lcd"] for k, v in _by_pair(full).items()} == {(1, 2): 3.0, (2, 3): 9.0}
    capped = linkages.map_linkages(s, r, 1.0, max_cost_distance=5.0, width_cutoff=2.0)
    assert set(_by_pair(capped)) == {(1, 2)}
    assert [(d["to_id"], d["reason"]) for d in capped["dropped"]] == [(3, "too_long")]
    capped = linkages.map_linkages(s, r, 1.0, max_cost_distance=5.0)
    assert capped["dropped"][0]["lcd"] == pytest.approx(9.0)
    # four sources on a line: with N = 1 each keeps its nearest; the 2-3 link (LCD 6) is
    # nobody's nearest (2's nearest is 1 at 2, 3's nearest is 4 at 1)
    s = np.zeros((3, 15))
    s[1, 0], s[1, 2], s[1, 8], s[1, 9] = 1, 2, 3, 4
    nn = linkages.map_linkages(s, np.ones(s.shape), 1.0, nearest_neighbours=1)
    assert set(_by_pair(nn)) == {(1, 2), (3, 4)}
    assert [(d["from_id"], d["to_id"], d["reason"]) for d in nn["dropped"]] == \
        [(2, 3, "not_nearest")]


def test_progress_can_cancel():
    s = _row_sources()
    with pytest.raises(costdistance.CorridorCancelled):
        linkages.map_linkages(s, np.ones(s.shape), 1.0, progress=lambda f: f > 0.5)


# ---------------------------------------------------------------- errors

def test_error_resistance_not_positive():
    s = _row_sources()
    r = np.ones(s.shape)
    r[2, 5] = 0.0
    with pytest.raises(CorridorError, match=r"resistance is 0 at row 2, column 5.*> 0"):
        linkages.map_linkages(s, r, 1.0)
    r[2, 5] = -3.0
    with pytest.raises(ValueError, match="-3"):
        linkages.map_linkages(s, r, 1.0)


def test_error_fewer_than_two_sources():
    s = np.zeros((5, 5))
    s[2, 2] = 4
    with pytest.raises(CorridorError, match=r"at least two sources, found 1 \(4\)"):
        linkages.map_linkages(s, np.ones((5, 5)), 1.0)


def test_error_source_only_on_nodata():
    s = _row_sources()
    r = np.ones(s.shape)
    r[3, 4] = np.nan  # source 2's only cell
    with pytest.raises(CorridorError, match=r"source id\(s\) 2 have no cell on valid resistance"):
        linkages.map_linkages(s, r, 1.0)
    # a source partly on nodata keeps its valid cells and reports the ignored ones
    s[2, 4] = 2
    out = linkages.map_linkages(s, r, 1.0)
    assert out["source_cells_on_nodata"] == 1


@pytest.mark.parametrize("kwargs, pattern", [
    ({"adjacency_mode": 5}, "ADJACENCY must be 0"),
    ({"max_cost_distance": -1}, "MAX_COST_DISTANCE must be >= 0"),
    ({"nearest_neighbours": 0}, "NEAREST_NEIGHBOURS"),
])
def test_error_bad_parameters(kwargs, pattern):
    s = _row_sources()
    with pytest.raises(CorridorError, match=pattern):
        linkages.map_linkages(s, np.ones(s.shape), 1.0, **kwargs)


def test_error_bad_source_grid():
    s = _row_sources()
    s[0, 0] = 1.5
    with pytest.raises(CorridorError, match="source id 1.5 at row 0, column 0"):
        linkages.map_linkages(s, np.ones(s.shape), 1.0)
    with pytest.raises(CorridorError, match="shape"):
        linkages.map_linkages(np.zeros((3, 3)), np.ones(s.shape), 1.0)
    with pytest.raises(CorridorError, match="cell size"):
        linkages.map_linkages(_row_sources(), np.ones(s.shape), 0)
