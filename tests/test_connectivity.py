"""Patch connectivity importance (dA, dIIC, dPC and their fractions): against Conefor 2.6's
own output, by hand on a stepping stone, and against plain recomputation of every removal."""
import numpy as np
import pytest
from scipy.sparse.csgraph import csgraph_from_dense, dijkstra

from conftest import REFERENCE
from ecosecurity.algorithms.sources import connectivity as C

CONEFOR = REFERENCE / "conefor"
# Conefor's node_importances.txt header -> our column
HEADER = {"dA": "dA", "dIIC": "dIIC", "dIICintra": "dIIC_intra", "dIICflux": "dIIC_flux",
          "dIICconnector": "dIIC_connector", "dPC": "dPC", "dPCintra": "dPC_intra",
          "dPCflux": "dPC_flux", "dPCconnector": "dPC_connector"}


@pytest.fixture(scope="module")
def conefor():
    """Our run on Conefor's inputs (IIC: link at <= 100 km; PC: p = 0.5 at 25 km)."""
    nodes = np.loadtxt(CONEFOR / "nodes.txt")
    pairs = np.loadtxt(CONEFOR / "distances.txt")
    ref = np.genfromtxt(CONEFOR / "node_importances.txt", names=True)
    cols, summary = C.patch_importance(
        nodes[:, 0].astype(int), nodes[:, 1], pairs[:, 0].astype(int), pairs[:, 1].astype(int),
        pairs[:, 2], iic_threshold=100_000, pc_distance=25_000, pc_probability=0.5)
    assert np.array_equal(cols["id"], ref["Node"].astype(int))
    return cols, summary, ref, nodes, pairs


def _printed_half_unit(x):
    """Half a unit of Conefor's last printed digit: 7 significant digits, 7 decimals at most."""
    mag = np.floor(np.log10(np.maximum(np.abs(x), 1e-300)))
    return 0.5 * np.maximum(10.0 ** (mag - 6), 1e-7)


def test_every_node_importance_matches_conefor(conefor):
    cols, _, ref, _, _ = conefor
    for theirs, ours in HEADER.items():
        np.testing.assert_allclose(cols[ours], ref[theirs], rtol=0, atol=1e-5, err_msg=ours)


def test_differences_are_conefor_print_rounding(conefor):
    """What the 1e-5 above is made of.

    dA, dI, intra and flux differ from ours by half a unit of Conefor's last printed digit
    (it prints 7 significant digits, so values above 10 carry up to 5e-6 of rounding) plus
    at most 2.5e-7 of the value: Conefor's own arithmetic is that coarse (its dA, a plain
    ratio of areas, is off by up to 3.6e-7 relative, 6.8e-6 at dA = 29.23)."""
    cols, _, ref, _, _ = conefor
    for theirs in ("dA", "dIIC", "dIICintra", "dIICflux", "dPC", "dPCintra", "dPCflux"):
        diff = np.abs(cols[HEADER[theirs]] - ref[theirs])
        allowed = _printed_half_unit(ref[theirs]) + 2.5e-7 * np.abs(ref[theirs])
        assert np.all(diff <= allowed), theirs


def test_conefor_tiny_connector_values_are_its_own_noise(conefor):
    """Conefor prints 0.0000001 as dIICconnector for 34 patches. These are no stepping
    stones: without any of them every other pair keeps its number of links (checked here
    by plain breadth-first search), so the fraction is exactly 0, as we give. Conefor's 1e-7
    is noise of its own arithmetic: on these very patches its dIIC - intra - flux ranges
    from -8e-7 to 4e-7. In PC, Conefor's connector column sits 8.5e-7 to 1e-6 below the true
    value wherever that is positive, and so below its own dPC - intra - flux (floored at 0):
    genuinely tiny connectors, 3.5e-7 for patch 9, print as 0."""
    cols, _, ref, nodes, pairs = conefor
    ids = nodes[:, 0].astype(int)
    noise = np.flatnonzero(ref["dIICconnector"] == 1e-7)
    assert noise.size == 34
    assert np.all(cols["dIIC_connector"][noise] == 0.0)
    own_sum = ref["dIIC"] - ref["dIICintra"] - ref["dIICflux"]
    assert np.abs(own_sum[noise]).max() > 5e-7

    n = ids.size
    pos = {v: t for t, v in enumerate(ids)}
    i = np.array([pos[x] for x in pairs[:, 0].astype(int)])
    j = np.array([pos[x] for x in pairs[:, 1].astype(int)])
    link = np.zeros((n, n))
    near = pairs[:, 2] <= 100_000
    link[i[near], j[near]] = link[j[near], i[near]] = 1
    hops = dijkstra(link, unweighted=True, directed=False)
    for k in noise:
        keep = np.arange(n) != k
        without = dijkstra(link[np.ix_(keep, keep)], unweighted=True, directed=False)
        assert np.array_equal(without, hops[np.ix_(keep, keep)]), ids[k]

    real = (cols["dPC_connector"] > 1e-6) & (ref["dPCconnector"] < 0.1)  # 7 decimals shown
    offset = cols["dPC_connector"][real] - ref["dPCconnector"][real]
    assert real.sum() >= 15 and np.all((offset > 8e-7) & (offset < 1.0e-6))
    own_gap = (ref["dPC"] - ref["dPCintra"] - ref["dPCflux"] - ref["dPCconnector"])[real]
    assert np.all(own_gap > 7e-7)
    nine = np.flatnonzero(ids == 9)[0]
    assert ref["dPCconnector"][nine] == 0.0
    assert cols["dPC_connector"][nine] == pytest.approx(3.533e-7, rel=1e-3)
    # and plain recomputation of every removal agrees with ours to 1e-9, tiny values too
    plain = _plain_removal(nodes[:, 1], i, j, pairs[:, 2], 100_000, np.log(2) / 25_000)
    for name in ("dIIC_connector", "dPC_connector"):
        np.testing.assert_allclose(cols[name], plain[name], rtol=0, atol=1e-9)
    for theirs in ("dIICconnector", "dPCconnector"):
        diff = np.abs(cols[HEADER[theirs]] - ref[theirs])
        allowed = _printed_half_unit(ref[theirs]) + 2.5e-7 * np.abs(ref[theirs]) + 1e-6
        assert np.all(diff <= allowed), theirs


def test_fractions_sum_to_importance(conefor):
    cols = conefor[0]
    for index in ("dIIC", "dPC"):
        parts = sum(cols[index + "_" + p] for p in ("intra", "flux", "connector"))
        np.testing.assert_allclose(parts, cols[index], rtol=1e-12, atol=1e-12)
        assert np.all(cols[index + "_connector"] >= 0)


def test_summary_indices(conefor):
    cols, summary, _, nodes, pairs = conefor
    a = nodes[:, 1]
    assert summary["n_patches"] == 50 and summary["IIC"] is None and summary["PC"] is None
    assert summary["EC_PC"] == pytest.approx(np.sqrt(summary["PC_num"]))
    assert summary["EC_IIC"] == pytest.approx(np.sqrt(summary["IIC_num"]))
    # dIIC_intra = 100 a_k^2 / IIC_num gives the numerator back
    assert summary["IIC_num"] == pytest.approx(100 * a[0] ** 2 / cols["dIIC_intra"][0])
    area = 4 * a.sum()
    _, with_area = C.patch_importance(
        nodes[:, 0], a, pairs[:, 0], pairs[:, 1], pairs[:, 2], iic_threshold=100_000,
        pc_distance=25_000, pc_probability=0.5, landscape_area=area)
    assert with_area["PC"] == pytest.approx(summary["PC_num"] / area ** 2)
    assert with_area["IIC"] == pytest.approx(summary["IIC_num"] / area ** 2)
    assert 0 < with_area["PC"] <= 1


def test_stepping_stone_by_hand():
    """A - B - C in a row: B is the stepping stone between A and C.

    Edge-to-edge A-B 300 m, B-C 400 m, A-C 1000 m (B's own width lies between). IIC links at
    <= 500 m, so A-C is two links apart; PC with p = 0.5 at 1000 m takes A-C through B
    (0.5^0.7 > 0.5) and falls back on the direct 0.5 once B is gone."""
    a_A, a_B, a_C = 4.0, 1.0, 9.0
    cols, summary = C.patch_importance(["A", "B", "C"], [a_A, a_B, a_C], ["A", "B", "A"],
                                       ["B", "C", "C"], [300.0, 400.0, 1000.0],
                                       iic_threshold=500, pc_distance=1000,
                                       pc_probability=0.5)
    # IIC: nl(A,B) = nl(B,C) = 1, nl(A,C) = 2
    num = a_A**2 + a_B**2 + a_C**2 + 2 * (a_A * a_B / 2 + a_B * a_C / 2 + a_A * a_C / 3)
    assert num == 135.0 and summary["IIC_num"] == pytest.approx(num)
    assert cols["dIIC"][1] == pytest.approx(100 * (num - (a_A**2 + a_C**2)) / num)
    assert cols["dIIC_intra"][1] == pytest.approx(100 * a_B**2 / num)
    assert cols["dIIC_flux"][1] == pytest.approx(100 * 2 * a_B * (a_A / 2 + a_C / 2) / num)
    assert cols["dIIC_connector"][1] == pytest.approx(100 * 2 * a_A * a_C / 3 / num)
    assert cols["dIIC_connector"][1] == pytest.approx(100 * 24 / 135)
    assert cols["dIIC_connector"][0] == 0 and cols["dIIC_connector"][2] == 0
    assert cols["dIIC"][0] == pytest.approx(100 * (a_A**2 + 2 * a_A * (a_B / 2 + a_C / 3)) / num)
    # PC
    p_AB, p_BC, p_AC = 0.5 ** 0.3, 0.5 ** 0.4, 0.5
    best_AC = p_AB * p_BC
    num = a_A**2 + a_B**2 + a_C**2 + 2 * (a_A * a_B * p_AB + a_B * a_C * p_BC + a_A * a_C * best_AC)
    assert summary["PC_num"] == pytest.approx(num)
    without_B = a_A**2 + a_C**2 + 2 * a_A * a_C * p_AC
    assert cols["dPC"][1] == pytest.approx(100 * (num - without_B) / num)
    assert cols["dPC_intra"][1] == pytest.approx(100 * a_B**2 / num)
    assert cols["dPC_flux"][1] == pytest.approx(100 * 2 * a_B * (a_A * p_AB + a_C * p_BC) / num)
    assert cols["dPC_connector"][1] == pytest.approx(100 * 2 * a_A * a_C * (best_AC - p_AC) / num)
    assert cols["dPC_connector"][1] > 0 and cols["dPC_connector"][[0, 2]].tolist() == [0, 0]
    assert cols["dA"] == pytest.approx(100 * np.array([a_A, a_B, a_C]) / (a_A + a_B + a_C))


def test_stepping_stone_without_the_long_pair():
    """The same row with A-C not listed (Conefor's "notall"): without B, A and C part."""
    a = np.array([4.0, 1.0, 9.0])
    cols, summary = C.patch_importance([1, 2, 3], a, [1, 2], [2, 3], [300.0, 400.0],
                                       pc_distance=1000, pc_probability=0.5)
    best_AC = 0.5 ** 0.7
    assert cols["dPC_connector"][1] == pytest.approx(
        100 * 2 * a[0] * a[2] * best_AC / summary["PC_num"])
    assert "dIIC" not in cols and summary.get("IIC_num") is None


def test_isolated_patch_is_all_intra():
    cols, _ = C.patch_importance([1, 2, 3], [1.0, 2.0, 3.0], [1], [2], [10.0],
                                 iic_threshold=50, pc_distance=100, pc_probability=0.5)
    assert cols["dIIC_flux"][2] == 0 and cols["dIIC_connector"][2] == 0
    assert cols["dIIC"][2] == cols["dIIC_intra"][2] > 0
    assert cols["dPC"][2] == cols["dPC_intra"][2]


def _plain_removal(a, i, j, d, threshold, k_decay):
    """dI and fractions by recomputing every removal from scratch with scipy (no shortcuts)."""
    n = a.size
    out = {}
    for name in ("IIC", "PC"):
        w = np.full((n, n), np.inf)
        if name == "IIC":
            near = d <= threshold
            w[i[near], j[near]] = w[j[near], i[near]] = 1.0
            value = lambda h: 1.0 / (1.0 + h)   # noqa: E731 (1 / inf = 0)
        else:
            w[i, j] = w[j, i] = d
            value = lambda x: np.exp(-k_decay * x)   # noqa: E731

        def numerator(keep):
            g = csgraph_from_dense(w[np.ix_(keep, keep)], null_value=np.inf)
            c = value(dijkstra(g, directed=False))
            return a[keep] @ c @ a[keep], c

        full, c = numerator(np.ones(n, bool))
        d_i = np.array([100 * (full - numerator(np.arange(n) != q)[0]) / full for q in range(n)])
        intra = 100 * a * a / full
        flux = 100 * 2 * a * (c @ a - a) / full
        out.update({"d" + name: d_i, "d%s_intra" % name: intra, "d%s_flux" % name: flux,
                    "d%s_connector" % name: d_i - intra - flux})
    return out


@pytest.mark.parametrize("seed", range(16))
def test_matches_plain_recomputation(seed):
    """Random landscapes: ties (rounded distances), touching patches (d = 0), partial
    distance tables, isolated patches and components, dense and sparse IIC graphs."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 90))
    xy = rng.uniform(0, 100, (n, 2))
    r = rng.uniform(0, 4, n)
    dm = np.maximum(np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1)) - r[:, None] - r[None], 0)
    if seed % 2:
        dm = np.round(dm / 5) * 5
    i, j = np.triu_indices(n, 1)
    d = dm[i, j]
    listed = d <= (np.inf if seed % 3 == 0 else rng.uniform(15, 80))
    i, j, d = i[listed], j[listed], d[listed]
    a = rng.lognormal(0, 1, n)
    ids = rng.permutation(10 * n)[:n] + 1
    threshold = rng.uniform(5, 60)
    dist50, p = rng.uniform(5, 40), rng.uniform(0.05, 0.95)
    cols, _ = C.patch_importance(ids, a, ids[j], ids[i], d, iic_threshold=threshold,
                                 pc_distance=dist50, pc_probability=p)
    plain = _plain_removal(a, i, j, d, threshold, -np.log(p) / dist50)
    for name, expected in plain.items():
        np.testing.assert_allclose(cols[name], expected, rtol=0, atol=1e-11, err_msg=name)


def test_many_small_steps_in_threads_give_the_same(monkeypatch):
    """Work split into many chunks over several threads: exact, and the same every run."""
    from ecosecurity.algorithms.sources import node_removal
    monkeypatch.setattr(node_removal, "CHUNK", 150)
    rng = np.random.default_rng(21)
    n = 70
    xy = rng.uniform(0, 100, (n, 2))
    i, j = np.triu_indices(n, 1)
    d = np.sqrt(((xy[i] - xy[j]) ** 2).sum(-1))
    a = rng.uniform(1, 5, n)
    args = (np.arange(n), a, i, j, d)
    kw = dict(iic_threshold=20, pc_distance=15, pc_probability=0.5)
    first, _ = C.patch_importance(*args, **kw)
    second, _ = C.patch_importance(*args, **kw)
    plain = _plain_removal(a, i, j, d, 20, np.log(2) / 15)
    for name, expected in plain.items():
        np.testing.assert_allclose(first[name], expected, rtol=0, atol=1e-11, err_msg=name)
        assert np.array_equal(first[name], second[name])


def test_block_search_follows_paths_that_climb_the_trees():
    """Inside a block, a replacement path may run up the tree, against the depth-ordered
    sweeps; the rounds after them must carry it to the end. A chain 0-1-...-9 whose depth
    falls by one per step, seeded only at its deepest patch, needs all nine steps."""
    from ecosecurity.algorithms.sources import node_removal
    level = np.arange(9, -1, -1)
    u, v = np.arange(9), np.arange(1, 10)
    src, dst = np.r_[u, v], np.r_[v, u]
    o = np.lexsort((dst, level[dst]))
    best = np.full(10, np.inf)
    best[0] = 0.0
    spare = (np.zeros(0, int), np.zeros(0, int), np.zeros(0))
    out = node_removal._relax(best, src[o], dst[o], np.full(18, 1.5)[o], level, spare)
    np.testing.assert_array_equal(out, 1.5 * np.arange(10))
    # a spare link 0-9 (needed once the patch it bypasses is gone) shortcuts the chain
    spare = (np.array([0]), np.array([9]), np.array([2.0]))
    out = node_removal._relax(best, src[o], dst[o], np.full(18, 1.5)[o], level, spare)
    np.testing.assert_array_equal(out[[8, 9]], [3.5, 2.0])


def test_dense_hop_graph_matches_plain_recomputation():
    """More than 32 links per patch: hop counts by matrix products and bit sets."""
    rng = np.random.default_rng(11)
    n = 120
    xy = rng.uniform(0, 100, (n, 2))
    dm = np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1))
    i, j = np.triu_indices(n, 1)
    a = rng.uniform(1, 3, n)
    cols, _ = C.patch_importance(np.arange(n), a, i, j, dm[i, j], iic_threshold=45,
                                 pc_distance=30, pc_probability=0.4)
    plain = _plain_removal(a, i, j, dm[i, j], 45, -np.log(0.4) / 30)
    assert np.count_nonzero(dm[i, j] <= 45) > 16 * n
    for name, expected in plain.items():
        np.testing.assert_allclose(cols[name], expected, rtol=0, atol=1e-11, err_msg=name)


def test_progress_reaches_one_and_can_stop():
    rng = np.random.default_rng(5)
    n = 150
    xy = rng.uniform(0, 100, (n, 2))
    i, j = np.triu_indices(n, 1)
    d = np.sqrt(((xy[i] - xy[j]) ** 2).sum(-1))
    seen = []
    C.patch_importance(np.arange(n), np.ones(n), i, j, d, iic_threshold=15, pc_distance=10,
                       pc_probability=0.5, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)

    class Stop(Exception):
        pass

    def stop(fraction):
        if fraction > 0:
            raise Stop()
    with pytest.raises(Stop):
        C.patch_importance(np.arange(n), np.ones(n), i, j, d, pc_distance=10,
                           pc_probability=0.5, progress=stop)


@pytest.mark.parametrize("change, words", [
    (dict(attributes=[1.0, 0.0, 2.0]), ["patch 2", "0.0", "> 0"]),
    (dict(attributes=[1.0, -3.0, 2.0]), ["patch 2", "-3.0"]),
    (dict(attributes=[1.0, np.nan, 2.0]), ["patch 2", "nan"]),
    (dict(ids=[1, 1, 3]), ["unique", "1"]),
    (dict(ids=[1], attributes=[5.0], from_ids=[], to_ids=[], distances=[]),
     ["at least two patches", "1"]),
    (dict(to_ids=[2, 7]), ["7", "not among the patches"]),
    (dict(from_ids=[9, 2]), ["9", "not among the patches"]),
    (dict(distances=[100.0, -5.0]), ["(2, 3): -5.0", ">= 0"]),
    (dict(distances=[100.0, np.nan]), ["(2, 3): nan"]),
    (dict(from_ids=[1, 2, 2], to_ids=[2, 3, 1], distances=[100.0, 50.0, 120.0]),
     ["(1, 2): 100.0 and 120.0", "listed twice"]),
    (dict(iic_threshold=0), ["IIC_THRESHOLD", "0.0", "> 0"]),
    (dict(iic_threshold=-10), ["IIC_THRESHOLD", "-10"]),
    (dict(pc_distance=0), ["PC_DISTANCE", "0.0", "> 0"]),
    (dict(pc_probability=0), ["PC_PROBABILITY", "between 0 and 1", "0.0"]),
    (dict(pc_probability=1), ["PC_PROBABILITY", "1.0"]),
    (dict(pc_probability=1.5), ["PC_PROBABILITY", "1.5"]),
    (dict(pc_probability=None), ["PC_DISTANCE and PC_PROBABILITY", "None"]),
    (dict(landscape_area=1.0), ["LANDSCAPE_AREA", "same unit"]),
    (dict(iic_threshold=None, pc_distance=None, pc_probability=None), ["IIC", "PC"]),
])
def test_bad_input_names_the_fault(change, words):
    args = dict(ids=[1, 2, 3], attributes=[1.0, 2.0, 3.0], from_ids=[1, 2], to_ids=[2, 3],
                distances=[100.0, 50.0], iic_threshold=200, pc_distance=100,
                pc_probability=0.5)
    args.update(change)
    with pytest.raises(C.ConnectivityError) as err:
        C.patch_importance(**args)
    assert isinstance(err.value, ValueError)
    for word in words:
        assert word in str(err.value)


def test_decay_constant():
    assert C.decay_constant(25_000, 0.5) == pytest.approx(np.log(2) / 25_000)
    assert np.exp(-C.decay_constant(300, 0.1) * 300) == pytest.approx(0.1)
