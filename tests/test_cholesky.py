"""The multifrontal Cholesky against scipy's sparse solver, on the grounded Laplacians the
circuit engine builds (holes, 4 and 8 neighbours, short-circuit regions), its dissection's
invariants, and the fall-back to SuperLU."""
import numpy as np
import pytest
import scipy.sparse as sp
import scipy.sparse.linalg as sla

from ecosecurity.algorithms.corridors import cholesky, dense, dissection, graph, network, solver


def _grounded(shape=(40, 50), seed=0, holes=0.0, four=False, regions=None):
    """Largest component's Laplacian less node 0, and its node coordinates."""
    rng = np.random.default_rng(seed)
    res = rng.lognormal(1.0, 1.0, shape)
    res[rng.random(shape) < holes] = np.nan
    g = graph.conductance_grid(res)
    net = network.Network(g, regions=regions, four_neighbors=four)
    comp = net.component(np.bincount(net.comp).argmax())
    keep = np.arange(comp.nodes.size) != 0
    return comp.lap[keep][:, keep].tocsr(), comp.coords()[keep]


def _check(a, xy, leaf=cholesky.LEAF, k=3):
    rhs = np.random.default_rng(1).standard_normal((a.shape[0], k))
    f = cholesky.MultifrontalCholesky(a, xy, leaf=leaf)
    x = f.solve(rhs)
    ref = sla.spsolve(a.tocsc(), rhs)
    np.testing.assert_allclose(x, ref, rtol=1e-9, atol=1e-9 * np.abs(ref).max())
    assert np.abs(a @ x - rhs).max() < 1e-9 * np.abs(rhs).max()
    return f


@pytest.mark.parametrize("shape,holes,four,leaf", [
    ((6, 7), 0.0, False, 4),       # tiny, several levels
    ((40, 50), 0.0, False, 16),
    ((40, 50), 0.0, True, 8),      # four neighbours
    ((60, 45), 0.3, False, 8),     # ragged domain: uneven fronts, padding
    ((80, 90), 0.1, True, 64),
])
def test_solves_like_scipy_on_grid_laplacians(shape, holes, four, leaf):
    a, xy = _grounded(shape, holes=holes, four=four)
    _check(a, xy, leaf=leaf)


def test_default_leaf_keeps_each_level_of_one_size():
    # 100 x 100 cells: boxes of the last depth hold about 64 nodes, so a fixed leaf of 64
    # cuts some and not others, and the merged level above mixes fronts of 72 to 121 nodes
    a, xy = _grounded((100, 100))
    leaf = cholesky.uniform_leaf(a.shape[0])
    assert leaf == 40 and cholesky.uniform_leaf(999_999) == 62 and cholesky.uniform_leaf(50) == 64
    spread = {}
    for size in (64, leaf):
        levels = dissection.dissect(a, xy, size)[0]
        s = np.diff(levels[-2].sep_ptr)
        spread[size] = s.max() / s.min()
    assert spread[64] > 1.6 and spread[leaf] < 1.2
    f = _check(a, xy, leaf=None)  # the default: the uniform leaf
    assert max(ch.linv.shape[1] for ch in f.chunks[:2]) <= 36


def test_short_circuit_regions_with_far_reaching_edges():
    shape = (50, 60)
    regions = np.zeros(shape)
    regions[5:45, 10:13] = 1      # a long thin region: one node touching two far sides
    regions[20:24, 30:50] = 2
    regions[0, :] = 3             # a whole edge row
    a, xy = _grounded(shape, regions=regions)
    _check(a, xy, leaf=8)


def test_unit_solves_equal_dense_right_hand_sides():
    a, xy = _grounded((30, 30), holes=0.1)
    f = cholesky.MultifrontalCholesky(a, xy, leaf=16)
    rows = np.array([0, 17, 400, a.shape[0] - 1])
    rhs = np.zeros((a.shape[0], rows.size))
    rhs[rows, np.arange(rows.size)] = 1.0
    np.testing.assert_allclose(f.solve_units(rows), f.solve(rhs), rtol=0, atol=1e-14)
    np.testing.assert_allclose(f.solve(rhs[:, 1]), f.solve(rhs)[:, 1], rtol=0, atol=1e-14)
    # unit columns go forward only through their fronts' paths to the root
    paths = f._paths(f.position[rows])
    assert 0 < paths.sum() < paths.size


def test_dissection_fronts_partition_and_separate():
    a, xy = _grounded((45, 40), holes=0.2)
    _assert_tree(a, xy, leaf=8)


def _random_regions(rng, shape):
    regions = np.zeros(shape)
    for r in range(int(rng.integers(1, 6))):
        y, x = rng.integers(0, shape[0]), rng.integers(0, shape[1])
        regions[y:y + rng.integers(1, 12), x:x + rng.integers(1, 3)] = r + 1
    return regions


def test_random_regions_and_holes_including_emptied_boxes(monkeypatch):
    """Short-circuit regions (far-reaching nodes) and holes: separators can take every node
    of a box, whose front is then dropped; the tree and the solves stay exact."""
    dropped = []
    prune = dissection._prune

    def counting(levels):
        out = prune(levels)
        dropped.append(sum(lv.count for lv in levels) - sum(lv.count for lv in out))
        return out

    monkeypatch.setattr(dissection, "_prune", counting)
    rng = np.random.default_rng(5)
    for seed in range(12):
        shape = (int(rng.integers(10, 40)), int(rng.integers(10, 40)))
        regions = _random_regions(rng, shape)
        holes, leaf = float(rng.choice([0.0, 0.1, 0.3])), int(rng.choice([2, 4, 8]))
        a, xy = _grounded(shape, seed=seed, holes=holes, regions=regions)
        if a.shape[0] < 5:
            continue
        _assert_tree(a, xy, leaf)
        _check(a, xy, leaf=leaf)
    assert sum(dropped) > 0  # the emptied-box path was taken


def test_nodes_too_sparse_in_their_box_fall_back_to_superlu(monkeypatch):
    monkeypatch.setattr(solver, "CHOLESKY_FROM", 0)
    a, xy = _grounded((20, 20))
    spread = xy * 40.0  # the same graph, its nodes 40 cells apart
    with pytest.raises(cholesky.UnsuitableGraph):
        cholesky.MultifrontalCholesky(a, spread)
    lu = solver.direct_factor(a, spread)
    assert not isinstance(lu, cholesky.MultifrontalCholesky)
    b = np.ones(a.shape[0])
    np.testing.assert_allclose(a @ lu.solve(b), b, atol=1e-9)


def _assert_tree(a, xy, leaf):
    n = a.shape[0]
    levels, node_front, depth, _ = dissection.dissect(a, xy, leaf=leaf)
    seen = np.concatenate([lv.sep for lv in levels])
    assert np.array_equal(np.sort(seen), np.arange(n))  # every node in exactly one front
    parent = np.full(depth.size, -1)
    for d, lv in enumerate(levels[1:], start=1):
        parent[lv.first:lv.first + lv.count] = levels[d - 1].first + lv.parent

    def ancestors(f):
        out = {f}
        while parent[f] >= 0:
            f = parent[f]
            out.add(f)
        return out

    # an edge never joins two fronts of which neither is the other's ancestor
    coo = sp.triu(a, 1).tocoo()
    fu, fv = node_front[coo.row], node_front[coo.col]
    for u, v in set(zip(fu.tolist(), fv.tolist())):
        assert u in ancestors(v) or v in ancestors(u)
    # every front has nodes in its subtree (emptied boxes are dropped)
    in_subtree = np.bincount(node_front, minlength=depth.size)
    for f in np.argsort(-depth, kind="stable"):
        if parent[f] >= 0:
            in_subtree[parent[f]] += in_subtree[f]
    assert (in_subtree > 0).all()
    # a boundary holds only later nodes (ancestors' fronts)
    for lv in levels:
        for t in range(lv.count):
            bnd = lv.bnd[lv.bnd_ptr[t]:lv.bnd_ptr[t + 1]]
            anc = ancestors(lv.first + t) - {lv.first + t}
            assert set(node_front[bnd].tolist()) <= anc


def test_coincident_coordinates_fall_back_to_superlu(monkeypatch):
    monkeypatch.setattr(solver, "CHOLESKY_FROM", 0)
    a, xy = _grounded((30, 30))
    flat_xy = np.zeros_like(xy)  # nothing to cut by: one huge leaf
    old = cholesky.MAX_FRONT
    try:
        cholesky.MAX_FRONT = 500
        with pytest.raises(cholesky.UnsuitableGraph):
            cholesky.MultifrontalCholesky(a, flat_xy)
        lu = solver.direct_factor(a, flat_xy)
    finally:
        cholesky.MAX_FRONT = old
    assert not isinstance(lu, cholesky.MultifrontalCholesky)
    b = np.ones(a.shape[0])
    np.testing.assert_allclose(a @ lu.solve(b), b, atol=1e-9)


def test_indefinite_matrix_is_refused_then_solved_by_superlu(monkeypatch):
    monkeypatch.setattr(solver, "CHOLESKY_FROM", 0)
    a, xy = _grounded((20, 20))
    a = a.tolil()
    a[5, 5] = -1.0
    a = a.tocsr()
    with pytest.raises(dense.NotPositiveDefinite):
        cholesky.MultifrontalCholesky(a, xy, leaf=8)
    lu = solver.direct_factor(a, xy)
    assert not isinstance(lu, cholesky.MultifrontalCholesky)
    b = np.ones(a.shape[0])
    np.testing.assert_allclose(a @ lu.solve(b), b, atol=1e-8)


def test_grounded_solver_uses_the_cholesky_with_coordinates(monkeypatch):
    monkeypatch.setattr(solver, "CHOLESKY_FROM", 0)
    g = graph.conductance_grid(np.random.default_rng(2).uniform(1, 5, (25, 25)))
    comp = network.Network(g).component(0)
    s = comp.get_solver(solver.DIRECT, solver.SolveStats())
    assert isinstance(s._lu, cholesky.MultifrontalCholesky)
    plain = solver.GroundedSolver(comp.lap, method=solver.DIRECT)  # no coordinates
    assert not isinstance(plain._lu, cholesky.MultifrontalCholesky)
    nodes = np.array([0, 3, 100, 624])
    np.testing.assert_allclose(s.green(nodes), plain.green(nodes), rtol=1e-9, atol=1e-12)


def test_small_systems_stay_with_superlu():
    g = graph.conductance_grid(np.ones((20, 20)))
    comp = network.Network(g).component(0)
    s = comp.get_solver(solver.DIRECT, solver.SolveStats())
    assert comp.nodes.size < solver.CHOLESKY_FROM
    assert not isinstance(s._lu, cholesky.MultifrontalCholesky)


def test_large_fronts_keep_the_factor_and_solve_triangular(monkeypatch):
    # fronts of at least TRSM_FROM nodes keep L itself; force it onto this small grid
    monkeypatch.setattr(cholesky, "TRSM_FROM", 40)  # the two top levels only
    a, xy = _grounded((60, 45), holes=0.2)
    f = _check(a, xy, leaf=16)
    assert any(ch.big for ch in f.chunks) and not all(ch.big for ch in f.chunks)
    rows = np.array([3, 500, a.shape[0] - 2])
    rhs = np.zeros((a.shape[0], rows.size))
    rhs[rows, np.arange(rows.size)] = 1.0
    np.testing.assert_allclose(f.solve_units(rows), sla.spsolve(a.tocsc(), rhs),
                               rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("contiguous", [True, False])
def test_lower_gram_update_in_place(contiguous):
    rng = np.random.default_rng(4)
    l = rng.standard_normal((3, 7, 5))
    whole = rng.standard_normal((3, 9, 9))
    c = whole[:, :7, :7].copy() if contiguous else whole[:, :7, :7]  # a view: not contiguous
    want = c - l @ l.transpose(0, 2, 1)
    dense.lower_gram_update(c, l)
    low = np.tril_indices(7)
    np.testing.assert_allclose(c[:, low[0], low[1]], want[:, low[0], low[1]], rtol=1e-13,
                               atol=1e-13)
