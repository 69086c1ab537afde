"""Cumulative current by the summed-flow route equals the sum of the per-pair maps, and
spawned workers give the same results as one process."""
import numpy as np
import pytest

from ecosecurity.algorithms.corridors import circuit


def _landscape(seed=3, shape=(30, 40), k=6):
    rng = np.random.default_rng(seed)
    res = rng.lognormal(1.0, 1.0, shape)
    res[rng.random(shape) < 0.05] = np.nan  # some nodata, still one main component
    pts = np.zeros(shape)
    cells = rng.choice(np.flatnonzero(np.isfinite(res)), size=k, replace=False)
    pts.ravel()[cells] = np.arange(1, k + 1)
    return np.nan_to_num(res, nan=-9999.0), pts


@pytest.mark.parametrize("include", [False, True])
@pytest.mark.parametrize("zero_focal", [False, True])
def test_cumulative_current_equals_sum_of_pair_maps(include, zero_focal):
    res, pts = _landscape()
    options = dict(nodata=-9999.0, focal_currents_to_zero=zero_focal)
    if include:  # a partial include table takes the dense-product route, not the sort
        table = np.ones((6, 6), dtype=bool)
        table[0, 3] = table[3, 0] = table[2, 5] = table[5, 2] = False
        options["included_pairs"] = (np.arange(1, 7), table)
    fast = circuit.pairwise(res, pts, cum_map=True, **options)
    slow = circuit.pairwise(res, pts, cum_map=True, current_maps=True, **options)
    expected = sum(slow["current_maps"].values())
    assert len(slow["current_maps"]) == (13 if include else 15)
    np.testing.assert_allclose(fast["cum_current"], expected, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(slow["cum_current"], expected, rtol=1e-10, atol=1e-12)
    np.testing.assert_array_equal(fast["resistances"], slow["resistances"])


def test_workers_give_the_same_maps_as_one_process():
    res, pts = _landscape(seed=5)
    one = circuit.pairwise(res, pts, nodata=-9999.0, cum_map=True, max_map=True,
                           current_maps=True, workers=1)
    two = circuit.pairwise(res, pts, nodata=-9999.0, cum_map=True, max_map=True,
                           current_maps=True, workers=2)
    np.testing.assert_allclose(two["cum_current"], one["cum_current"], rtol=1e-12)
    np.testing.assert_allclose(two["max_current"], one["max_current"], rtol=1e-12)
    assert two["current_maps"].keys() == one["current_maps"].keys()
    for key, grid in one["current_maps"].items():
        np.testing.assert_allclose(two["current_maps"][key], grid, rtol=1e-12)
    cum_only = circuit.pairwise(res, pts, nodata=-9999.0, cum_map=True, workers=2)
    np.testing.assert_allclose(cum_only["cum_current"], one["cum_current"], rtol=1e-10)


@pytest.mark.parametrize("maps", [False, True])
def test_large_focal_regions_solved_pair_by_pair(monkeypatch, maps):
    """Regions of many cells take one factorisation per pair; results equal the per-node
    route's (Circuitscape: each pair's two regions shorted, other regions plain habitat)."""
    res, _ = _landscape(seed=7, shape=(24, 30))
    regions = np.zeros(res.shape)
    regions[2:6, 2:7], regions[15:21, 20:27], regions[3:8, 22:28] = 1, 2, 3
    res[regions > 0] = 1.0
    options = dict(nodata=-9999.0, cum_map=True, max_map=maps, current_maps=maps,
                   voltage_maps=maps)
    monkeypatch.setattr(circuit, "SOLVES_PER_FACTORISATION", 10 ** 9)
    by_node = circuit.pairwise(res, regions, **options)
    monkeypatch.setattr(circuit, "SOLVES_PER_FACTORISATION", 0)
    by_pair = circuit.pairwise(res, regions, **options)
    assert by_pair["stats"]["setups"] == 3 and by_node["stats"]["setups"] == 1
    assert by_node["stats"]["solves"] > 60  # one per region cell
    np.testing.assert_allclose(by_pair["resistances"], by_node["resistances"], rtol=1e-9)
    keys = ["cum_current"] + (["max_current"] if maps else [])
    for key in keys:
        np.testing.assert_allclose(by_pair[key], by_node[key], rtol=1e-8, atol=1e-12)
    if maps:
        for pair, grid in by_node["current_maps"].items():
            np.testing.assert_allclose(by_pair["current_maps"][pair], grid, rtol=1e-8,
                                       atol=1e-12)
            np.testing.assert_allclose(by_pair["voltage_maps"][pair],
                                       by_node["voltage_maps"][pair], rtol=1e-8, atol=1e-10)
    monkeypatch.undo()
    assert circuit.uses_pair_graphs(1000, 17) is False  # 1,000 nodes, 136 pairs
    assert circuit.uses_pair_graphs(10 ** 6, 17) is True
