"""Cost distance on both engines against scikit-image's MCP_Geometric (no QGIS).

MCP_Geometric is the reference: the move cost length x (cost_a + cost_b) / 2 is the ArcGIS
link cost, and it runs its own Dijkstra on the grid (no graph). scikit-image is installed by
`make install` (requirements-test.txt), so these comparisons always run: a missing
scikit-image fails this module's import, it does not skip.
"""
import math

import numpy as np
import pytest
from skimage.graph import MCP_Geometric

from ecosecurity.algorithms.corridors import costdistance as CD

ENGINES = ("scipy", "skimage")
S2 = math.sqrt(2.0)


def _grid(shape, seed, holes=0.15):
    rng = np.random.default_rng(seed)
    r = rng.lognormal(0.5, 1.0, shape)
    r[rng.random(shape) < holes] = np.nan
    return r


def _mcp(r, cell, starts, fully_connected=True):
    cost = np.where(np.isfinite(r), r, np.inf)
    mcp = MCP_Geometric(cost, fully_connected=fully_connected, sampling=(cell, cell))
    return mcp.find_costs([tuple(p) for p in np.argwhere(starts)])[0]


def _same(d, ref):
    assert (np.isfinite(d) == np.isfinite(ref)).all()
    ok = np.isfinite(ref)
    np.testing.assert_allclose(d[ok], ref[ok], rtol=1e-12, atol=0)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("shape,cell,seed", [((23, 31), 1.0, 1), ((70, 45), 30.0, 2),
                                             ((150, 139), 2.5, 3)])
def test_single_source_equals_mcp_geometric_with_nodata_holes(engine, shape, cell, seed):
    r = _grid(shape, seed)
    src = np.zeros(shape, bool)
    src[shape[0] // 3, shape[1] // 4] = True
    r[src] = 1.0
    d = CD.cost_distance(CD.CostGraph(r, cell, engine=engine), src)
    ref = _mcp(r, cell, src)
    _same(d, ref)
    assert np.isinf(d[np.isnan(r)]).all() and np.isfinite(d).sum() > 0.5 * r.size


@pytest.mark.parametrize("engine", ENGINES)
def test_sources_on_the_border_and_in_a_corner_equal_mcp(engine):
    r = _grid((40, 33), 5, holes=0.1)
    src = np.zeros(r.shape, bool)
    src[0, 0] = src[39, 10:14] = src[5:9, 32] = True  # corner, bottom edge, right edge
    r[src] = 2.0
    _same(CD.cost_distance(CD.CostGraph(r, 10.0, engine=engine), src), _mcp(r, 10.0, src))


@pytest.mark.parametrize("engine", ENGINES)
def test_large_source_block_cells_are_zero_and_the_rest_equals_mcp(engine):
    # the skimage route leaves a source's interior out of MCP's start list; no change
    r = _grid((60, 60), 7, holes=0.05)
    src = np.zeros(r.shape, bool)
    src[10:30, 20:45] = True
    r[src] = 1.5
    d = CD.cost_distance(CD.CostGraph(r, 1.0, engine=engine), src)
    assert (d[src] == 0).all()
    _same(d, _mcp(r, 1.0, src))


def test_eight_neighbours_as_mcp_fully_connected_not_four():
    # the engine moves to 8 neighbours: MCP with fully_connected=True; its 4-neighbour run
    # (fully_connected=False) is longer wherever a diagonal helps
    r = _grid((30, 30), 11, holes=0.0)
    src = np.zeros(r.shape, bool)
    src[15, 15] = True
    d = CD.cost_distance(CD.CostGraph(r, 1.0), src)
    _same(d, _mcp(r, 1.0, src, fully_connected=True))
    four = _mcp(r, 1.0, src, fully_connected=False)
    assert (four >= d - 1e-9 * d).all() and (four > d * (1 + 1e-9)).mean() > 0.5


@pytest.mark.parametrize("engine", ENGINES)
def test_multi_source_allocation_and_cwd_equal_mcp(engine):
    r = _grid((80, 90), 13)
    ids = np.zeros(r.shape, int)
    ids[5:8, 5:8], ids[70:73, 80:84], ids[40, 45], ids[0, 89] = 1, 2, 3, 4
    r[ids > 0] = 1.0
    g = CD.CostGraph(r, 5.0, engine=engine)
    alloc, dmin = CD.cost_allocation(g, ids)
    _same(dmin, _mcp(r, 5.0, ids > 0))
    per_source = np.stack([_mcp(r, 5.0, ids == k) for k in (1, 2, 3, 4)])
    reached = np.isfinite(dmin)
    assert (alloc[~reached] == 0).all() and (alloc[reached] > 0).all()
    # each cell is allocated to a source whose own CWD is the minimum (ties either way)
    picked = np.take_along_axis(per_source, (alloc - 1).clip(0)[None], 0)[0]
    np.testing.assert_allclose(picked[reached], dmin[reached], rtol=1e-12)
    assert (alloc[ids > 0] == ids[ids > 0]).all()


@pytest.mark.parametrize("engine", ENGINES)
def test_back_links_are_one_move_each_and_reach_the_source(engine):
    r = _grid((50, 61), 17)
    src = np.zeros(r.shape, bool)
    src[20:23, 30:32] = True
    r[src] = 1.0
    d, pred = CD.cost_distance(CD.CostGraph(r, 2.0, engine=engine), src, predecessors=True)
    assert (pred[src] == CD.NO_PREDECESSOR).all()
    assert (pred[~np.isfinite(d)] == CD.NO_PREDECESSOR).all()
    cells = np.flatnonzero(pred.ravel() >= 0)
    assert cells.size == np.isfinite(d).sum() - src.sum()
    p = pred.ravel()[cells]
    (r0, c0), (r1, c1) = np.divmod(cells, 61), np.divmod(p, 61)
    assert (np.maximum(abs(r0 - r1), abs(c0 - c1)) == 1).all()
    step = 2.0 * np.where((r0 != r1) & (c0 != c1), S2, 1.0) * (r.ravel()[cells]
                                                               + r.ravel()[p]) / 2
    np.testing.assert_allclose(d.ravel()[cells], d.ravel()[p] + step, rtol=1e-12)
    far = int(np.nanargmax(np.where(np.isfinite(d), d, np.nan)))
    path = CD.trace_path(pred, far)
    assert src[tuple(path[-1])]


def test_both_engines_agree_and_a_limit_cuts_the_same_cells():
    r = _grid((120, 100), 19)
    src = np.zeros(r.shape, bool)
    src[60, 50] = True
    r[src] = 1.0
    a, b = (CD.CostGraph(r, 30.0, engine=e) for e in ENGINES)
    assert (a.engine, b.engine) == ENGINES
    da, db = CD.cost_distance(a, src), CD.cost_distance(b, src)
    _same(db, da)
    limit = float(np.nanmedian(np.where(np.isfinite(da), da, np.nan)))
    for g in (a, b):  # a limited run takes the scipy route on both graphs
        lim = CD.cost_distance(g, src, limit=limit)
        inside = da <= limit
        np.testing.assert_allclose(lim[inside], da[inside], rtol=1e-12)
        assert np.isinf(lim[da > limit]).all()


def test_whole_grid_as_source_and_auto_engine():
    r = np.full((4, 5), 3.0)
    g = CD.CostGraph(r, 1.0)
    assert g.engine == "skimage" and CD.mcp_available()  # scikit-image is installed here
    assert (CD.cost_distance(g, np.ones(r.shape, bool)) == 0).all()
    with pytest.raises(ValueError):
        CD.CostGraph(r, 1.0, engine="fast")


def test_memory_estimate_without_the_graph():
    # scikit-image's route builds no CSR graph: 55 instead of 100 + 80 bytes per cell
    with_graph = CD.memory_bytes(2000, 2000, 2)
    without = CD.memory_bytes(2000, 2000, 2, graph=False)
    assert with_graph - without == (100 + 80 - 55) * 2000 * 2000
    assert without == (55 + 28 + 16 + 40) * 2000 * 2000
