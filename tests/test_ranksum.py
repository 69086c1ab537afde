"""The sorting-network pair sum against the K^2 definition, with ties and any width."""
import itertools

import numpy as np
import pytest

from ecosecurity.algorithms.corridors import ranksum


def _brute(d):
    return sum(np.abs(d[:, p] - d[:, q]) for p, q in itertools.combinations(range(d.shape[1]), 2))


@pytest.mark.parametrize("k", [1, 2, 3, 5, 8, 17, 33, 70])
def test_pair_sum_equals_the_definition(k):
    rng = np.random.default_rng(k)
    d = rng.standard_normal((ranksum.BLOCK + 123, k))  # two blocks, the second partial
    d[::7, 0] = d[::7, -1]  # ties
    want = _brute(d) if k > 1 else np.zeros(d.shape[0])
    np.testing.assert_allclose(ranksum.pairwise_abs_sum(d), want, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("n", range(1, 20))
def test_network_sorts_every_input(n):
    rng = np.random.default_rng(n)
    v = rng.integers(0, 4, (200, n)).astype(float)  # many ties
    for a, b in ranksum.batcher_network(n):
        lo, hi = np.minimum(v[:, a], v[:, b]), np.maximum(v[:, a], v[:, b])
        v[:, a], v[:, b] = lo, hi
    assert (np.diff(v, axis=1) >= 0).all()


def test_no_rows():
    assert ranksum.pairwise_abs_sum(np.zeros((0, 5))).shape == (0,)


def test_no_columns_or_one():
    assert np.array_equal(ranksum.pairwise_abs_sum(np.ones((4, 0))), np.zeros(4))
    assert np.array_equal(ranksum.pairwise_abs_sum(np.ones((4, 1))), np.zeros(4))


@pytest.mark.parametrize("zeros", [0, 1, 2, 5])
def test_summed_edge_flows_with_zero_columns(zeros):
    """The summed current's per-edge sum over all pairs, zero Green columns (grounded
    terminals) included, against the definition."""
    from ecosecurity.algorithms.corridors import graph, network, parallel
    rng = np.random.default_rng(zeros)
    comp = network.Network(graph.conductance_grid(rng.uniform(1, 9, (30, 40)))).component(0)
    x = rng.standard_normal((comp.nodes.size, 5))
    x[:, :zeros] = 0.0
    flows = comp.flow_op @ x
    want = _brute(flows)
    got = parallel._summed_edge_flows(comp, x, None, True)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)


def test_input_is_left_as_it_was():
    d = np.asfortranarray(np.random.default_rng(0).standard_normal((50, 6)))  # d.T contiguous
    before = d.copy()
    ranksum.pairwise_abs_sum(d)
    assert np.array_equal(d, before)
