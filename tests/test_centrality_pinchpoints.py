"""Current-flow centrality against hand-solved networks; pinch points in a narrow neck."""
import numpy as np
import pytest

from ecosecurity.algorithms.corridors import centrality, circuit, pinchpoints


def test_path_network_by_hand():
    # A -1 ohm- B -2 ohm- C. Every pair sends 1 A along the only path:
    # AB carries pairs AB and AC (2 A), BC pairs AC and BC (2 A).
    # Node currents (branch sum + injection) / 2 summed over pairs:
    # A: AB (1 + 1)/2 + AC (1 + 1)/2 = 2; B: AB 1 + AC (1 + 1)/2 + BC 1 = 3; C: 2.
    flow, nodes, n_comp = centrality.current_flow([1, 2, 3], [(1, 2, 1.0), (2, 3, 2.0)])
    np.testing.assert_allclose(flow, [2.0, 2.0])
    assert nodes == pytest.approx({1: 2.0, 2: 3.0, 3: 2.0})
    assert n_comp == 1


def test_triangle_with_pendant_by_hand():
    # Triangle 1-2-3 of 1-ohm links, pendant 4 on 3 (1 ohm), isolated source 5.
    # Pair 1-2: 2/3 A direct, 1/3 A via 3 (1-3 and 3-2). Pair 1-3 likewise 2/3 on 1-3,
    # 1/3 on 1-2 and 2-3; pair 2-3: 2/3 on 2-3, 1/3 on 2-1 and 1-3. Pairs with 4 add the
    # same through the triangle plus 1 A on 3-4: pair 1-4 is pair 1-3 plus 1 A on 3-4.
    # Link 1-2: pairs 12 (2/3), 13 (1/3), 23 (1/3), 14 (1/3), 24 (1/3), 34 (0) = 2
    # Link 1-3: 12 (1/3), 13 (2/3), 23 (1/3), 14 (2/3), 24 (1/3), 34 (0) = 7/3; 2-3 alike
    # Link 3-4: pairs 14, 24, 34 = 3.
    links = [(1, 2, 1.0), (1, 3, 1.0), (2, 3, 1.0), (3, 4, 1.0)]
    flow, nodes, n_comp = centrality.current_flow([1, 2, 3, 4, 5], links)
    np.testing.assert_allclose(flow, [2.0, 7 / 3, 7 / 3, 3.0], rtol=1e-12)
    # node 3: branches 7/3 + 7/3 + 3 = 23/3, injections in 3 pairs: (23/3 + 3) / 2
    assert nodes[3] == pytest.approx((23 / 3 + 3) / 2)
    assert nodes[4] == pytest.approx((3 + 3) / 2)
    assert nodes[5] == 0.0 and n_comp == 2


def test_centrality_bad_links():
    with pytest.raises(centrality.CentralityError, match="source 9"):
        centrality.current_flow([1, 2], [(1, 9, 1.0)])
    with pytest.raises(centrality.CentralityError, match="must be > 0"):
        centrality.current_flow([1, 2], [(1, 2, 0.0)])


def _two_lobes():
    """Sources 1 (left) and 2 (right) joined by two wide lobes and a 2-cell neck."""
    res = np.full((21, 41), 50.0)
    res[3:18, 4:19] = 1.0      # left lobe
    res[3:18, 22:37] = 1.0     # right lobe
    res[9:11, 19:22] = 1.0     # neck
    ids = np.zeros(res.shape)
    ids[8:13, 1:4] = 1
    ids[8:13, 37:40] = 2
    res[ids > 0] = 1.0
    return ids, res


def test_pinch_point_at_the_narrow_neck():
    ids, res = _two_lobes()
    from ecosecurity.algorithms.corridors import costdistance as CD
    g = CD.CostGraph(res, 10.0)
    lcd = float(CD.cost_distance(g, ids == 1)[ids == 2].min())
    out = pinchpoints.pinch_points(ids, res, 10.0, [(1, 2, lcd)], cutoff=200.0)
    cur = out["current"]
    neck = np.nanmax(cur[9:11, 19:22])
    lobes = np.nanmax(np.r_[cur[3:18, 6:17].ravel(), cur[3:18, 24:35].ravel()])
    assert neck > 2 * lobes
    assert np.isnan(cur[0, 20])  # high-resistance cell far outside the corridor
    # the same pair solved directly on the clipped grid gives the same resistance
    keep = out["corridor"]
    focal = np.where(ids == 1, 1.0, 0.0) + np.where(ids == 2, 2.0, 0.0)
    focal[~keep] = 0
    direct = circuit.pairwise(np.where(keep, res, -9999.0), focal, nodata=-9999.0,
                              polygons=focal, focal_currents_to_zero=True)
    assert out["resistance"][(1, 2)] == pytest.approx(direct["resistances"][0, 1], rel=1e-9)
    np.testing.assert_allclose(cur[keep], direct["cum_current"][keep], rtol=1e-9)
    assert (cur[ids > 0] == 0).all()  # source cells carry no current, as Linkage Mapper


def test_all_pairs_sums_the_pairs():
    ids, res = _two_lobes()
    ids[1, 20] = 3  # a third source above the neck
    res[1:3, 20] = 1.0
    from ecosecurity.algorithms.corridors import costdistance as CD
    g = CD.CostGraph(res, 10.0)
    lcd = lambda a, b: float(CD.cost_distance(g, ids == a)[ids == b].min())  # noqa
    links = [(1, 2, lcd(1, 2)), (1, 3, lcd(1, 3))]
    adj = pinchpoints.pinch_points(ids, res, 10.0, links, cutoff=300.0)
    allp = pinchpoints.pinch_points(ids, res, 10.0, links, cutoff=300.0, all_pairs=True)
    assert set(allp["resistance"]) == {(1, 2), (1, 3), (2, 3)}
    assert all(v > 0 for v in allp["resistance"].values())
    on = allp["corridor"]
    # cumulative current of three pairs is at least each link's own map on shared cells
    assert np.nansum(allp["current"][on]) > np.nansum(adj["current"][on])


def test_pinch_point_bad_links():
    ids, res = _two_lobes()
    with pytest.raises(pinchpoints.PinchpointError, match="source 7"):
        pinchpoints.pinch_points(ids, res, 10.0, [(1, 7, 100.0)], cutoff=10.0)
    with pytest.raises(pinchpoints.PinchpointError, match="lcd"):
        pinchpoints.pinch_points(ids, res, 10.0, [(1, 2, -1.0)], cutoff=10.0)


def test_window_memory_counts_the_corridor_cells_not_the_grid():
    from ecosecurity.algorithms.corridors import memory
    # a 1,000 x 1,000 window holding a 50,000-cell corridor: grids of the window, circuit of
    # the corridor; far below the whole grid's estimate, above the window's grids alone
    whole = memory.estimate_memory(1000, 1000, 2) - memory.INTERPRETER_BYTES
    win = memory.window_memory(1000, 1000, 50_000, 2)
    assert 8 * 8 * 1_000_000 < win < whole / 4
    assert memory.window_memory(1000, 1000, 1_000_000, 2) == whole


def test_pinch_points_refuse_the_window_that_does_not_fit():
    ids, res = _two_lobes()
    from ecosecurity.algorithms.corridors import costdistance as CD
    g = CD.CostGraph(res, 10.0)
    lcd = float(CD.cost_distance(g, ids == 1)[ids == 2].min())
    free = {"bytes": 10 ** 12}
    out = pinchpoints.pinch_points(ids, res, 10.0, [(1, 2, lcd)], cutoff=200.0,
                                   free_memory=lambda: free["bytes"])
    keep = out["corridor"]
    rows, cols = np.flatnonzero(keep.any(axis=1)), np.flatnonzero(keep.any(axis=0))
    shape = (min(rows[-1] + 2, 21) - max(rows[0] - 1, 0),
             min(cols[-1] + 2, 41) - max(cols[0] - 1, 0))
    free["bytes"] = 1000
    with pytest.raises(pinchpoints.PinchpointError) as err:
        pinchpoints.pinch_points(ids, res, 10.0, [(1, 2, lcd)], cutoff=200.0,
                                 free_memory=lambda: free["bytes"])
    text = str(err.value)
    assert "link 1 (1-2), %d x %d cells with %d in the corridor" % (
        shape[0], shape[1], keep.sum()) in text
    assert text.startswith("Pinch points:") and "CWD_CUTOFF" in text
    assert err.value.template.startswith("{step}: the corridor window of link {link}")
    with pytest.raises(pinchpoints.PinchpointError, match="corridor network"):
        pinchpoints.pinch_points(ids, res, 10.0, [(1, 2, lcd)], cutoff=200.0, all_pairs=True,
                                 free_memory=lambda: free["bytes"])
    # two local worker processes solve two windows at once: room for one is not enough;
    # with a single link they solve one window, which fits
    need = out["largest_window"][4]
    free["bytes"] = int(1.5 * need)
    two_links = [(1, 2, lcd), (2, 1, lcd)]
    one = pinchpoints.pinch_points(ids, res, 10.0, two_links, cutoff=200.0,
                                   free_memory=lambda: free["bytes"])
    assert np.array_equal(np.isnan(one["current"]), np.isnan(out["current"]))
    single = pinchpoints.pinch_points(ids, res, 10.0, [(1, 2, lcd)], cutoff=200.0, workers=2,
                                      free_memory=lambda: free["bytes"])
    assert np.array_equal(single["current"], out["current"], equal_nan=True)
    with pytest.raises(pinchpoints.PinchpointError) as err:
        pinchpoints.pinch_points(ids, res, 10.0, two_links, cutoff=200.0, workers=2,
                                 free_memory=lambda: free["bytes"])
    assert "2 worker processes solve 2 such windows at once" in str(err.value)
    assert "Use fewer WORKERS" in str(err.value)
