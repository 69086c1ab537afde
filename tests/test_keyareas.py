"""Key areas by administrative unit (ecosecurity:keyareas numerical core), pure numpy."""
import numpy as np
import pytest

from ecosecurity.algorithms.corridors import keyareas as K

NAMES = {1: "forest", 2: "grassland", 3: "cropland"}


def test_top_class_hand_case():
    # four clearly separated value groups: the top class is exactly the 100s
    score = np.array([[1, 1.1, 10, 10.2, np.nan],
                      [50, 51, 100, 101, 100.5],
                      [1.2, 9.9, 50.5, 99.8, np.nan]])
    mask, edges, threshold = K.top_class(score, classes=4)
    np.testing.assert_array_equal(mask, np.isfinite(score) & (np.nan_to_num(score) >= 99))
    assert edges.size == 5 and edges[0] == 1 and edges[-1] == 101
    assert threshold == 51  # upper edge of the class below; the top class is > threshold
    within = np.zeros(score.shape, bool)
    within[1] = True
    mask2, edges2, _ = K.top_class(score, 4, within=within)
    np.testing.assert_array_equal(edges2, edges)  # breaks over the whole raster
    np.testing.assert_array_equal(mask2, mask & within)


def test_top_class_large_raster_uses_bins():
    rng = np.random.default_rng(0)
    score = np.concatenate([rng.uniform(0, 1, 150_000), rng.uniform(10, 11, 50_000)])
    mask, edges, threshold = K.top_class(score.reshape(400, 500), classes=2)
    assert 1 <= threshold < 10
    assert mask.sum() == 50_000


@pytest.mark.parametrize("kwargs, match", [
    (dict(score=np.array([[1.0, 1.0, 2.0, np.nan]]), classes=3), "2 distinct value"),
    (dict(score=np.arange(6.0).reshape(2, 3), classes=1), "CLASSES must be at least 2"),
    (dict(score=np.full((2, 2), np.nan), classes=2), "no finite values"),
    (dict(score=np.arange(6.0).reshape(2, 3), classes=2, within=np.ones((3, 2), bool)),
     "within has shape"),
    (dict(score=np.arange(6.0), classes=2), "2-D"),
])
def test_top_class_errors(kwargs, match):
    with pytest.raises(K.KeyAreaError, match=match):
        K.top_class(**kwargs)
    assert issubclass(K.KeyAreaError, ValueError)


def test_areas_add_up_to_top_class():
    rng = np.random.default_rng(1)
    score = rng.gamma(2.0, 1.0, (60, 80))
    admin = np.repeat(np.arange(4), 20)[None, :].repeat(60, 0)  # columns 0-19 outside
    landuse = rng.integers(1, 6, score.shape)
    mask, _, _ = K.top_class(score, 4)
    res = K.key_pieces(mask, admin, landuse, 900.0, NAMES)
    total = mask.sum() * 900.0 / 1e4
    assert sum(p["area_ha"] for p in res["pieces"]) == pytest.approx(total)
    assert (res["piece"] > 0).sum() == mask.sum() == (res["key_id"] > 0).sum()
    assert res["key_id"].dtype == np.int32 and res["piece"].dtype == np.int32
    assert res["key_id"].max() == res["n_keys"]
    for p in res["pieces"]:  # the grid and the records agree
        cells = res["piece"] == p["piece"]
        assert cells.sum() == p["cells"]
        assert set(np.unique(res["key_id"][cells])) == {p["key_id"]}
        assert set(np.unique(admin[cells])) == {p["admin"]}
        assert sum(c[3] for c in p["composition"]) == pytest.approx(1.0)
        assert sum(c[2] for c in p["composition"]) == pytest.approx(p["area_ha"])
        areas = [c[2] for c in p["composition"]]
        assert areas == sorted(areas, reverse=True)
    assert {p["admin"] for p in res["pieces"]} <= {0, 1, 2, 3}
    table = K.admin_summary(res["pieces"])
    assert sum(r["area_ha"] for r in table) == pytest.approx(total)
    for r in table:
        assert sum(c[3] for c in r["composition"]) == pytest.approx(1.0)


def test_split_key_area_counts_once_in_each_unit():
    mask = np.zeros((5, 6), bool)
    mask[1:3, 1:5] = True          # one key area of 8 cells across the boundary
    mask[4, 5] = True              # a second key area, alone in unit 2
    admin = np.array([[1, 1, 1, 2, 2, 2]] * 5)
    landuse = np.array([[1, 1, 1, 1, 2, 2]] * 5)
    res = K.key_pieces(mask, admin, landuse, 100.0, NAMES)  # 100 m2 = 0.01 ha
    assert res["n_keys"] == 2
    assert [(p["piece"], p["key_id"], p["admin"], p["cells"]) for p in res["pieces"]] == \
        [(1, 1, 1, 4), (2, 1, 2, 4), (3, 2, 2, 1)]
    table = {r["admin"]: r for r in K.admin_summary(res["pieces"])}
    assert table[1]["key_areas"] == 1 and table[2]["key_areas"] == 2
    assert table[1]["area_ha"] == pytest.approx(0.04)
    assert table[2]["area_ha"] == pytest.approx(0.05)
    assert table[1]["area_ha"] + table[2]["area_ha"] == pytest.approx(mask.sum() * 0.01)
    assert table[1]["main_landuse"] == "forest 100.0%"
    assert table[2]["main_landuse"] == "grassland 60.0%; forest 40.0%"


def test_key_ids_in_raster_order_and_outside_unit():
    mask = np.zeros((3, 4), bool)
    mask[0, 3] = mask[2, 0] = True
    admin = np.array([[1, 1, 0, 0]] * 3)
    res = K.key_pieces(mask, admin, np.ones((3, 4), int), 1e4)
    assert res["key_id"][0, 3] == 1 and res["key_id"][2, 0] == 2
    assert [(p["key_id"], p["admin"]) for p in res["pieces"]] == [(1, 0), (2, 1)]
    assert [r["admin"] for r in K.admin_summary(res["pieces"])] == [0, 1]


def test_eight_connectivity_joins_diagonal_cells():
    mask = np.eye(4, dtype=bool)
    mask[0, 3] = True  # isolated
    res = K.key_pieces(mask, np.ones((4, 4), int), np.ones((4, 4), int), 1.0)
    assert res["n_keys"] == 2
    assert set(res["key_id"][np.eye(4, dtype=bool)]) == {1}


def test_names_and_unnamed_codes():
    mask = np.ones((2, 4), bool)
    landuse = np.array([[1, 1, 1, 7], [1, 7, 3, 3]])
    res = K.key_pieces(mask, np.ones((2, 4), int), landuse, 1e4, {1: "forest", 3: "crop"})
    (p,) = res["pieces"]
    assert [(c[0], c[1]) for c in p["composition"]] == [(1, "forest"), (3, "crop"), (7, "7")]
    assert [c[3] for c in p["composition"]] == [0.5, 0.25, 0.25]
    (r,) = K.admin_summary(res["pieces"], n_main=2)
    assert r["main_landuse"] == "forest 50.0%; crop 25.0%"


def test_empty_mask():
    res = K.key_pieces(np.zeros((3, 3), bool), np.ones((3, 3)), np.ones((3, 3)), 1.0)
    assert res["n_keys"] == 0 and res["pieces"] == [] and not res["piece"].any()
    assert K.admin_summary(res["pieces"]) == []


@pytest.mark.parametrize("admin, landuse, area, match", [
    (np.ones((2, 3)), np.ones((3, 3)), 1.0, "ADMIN has shape"),
    (np.ones((3, 3)), np.ones((3, 4)), 1.0, "LANDUSE has shape"),
    (np.full((3, 3), -1), np.ones((3, 3)), 1.0, "ADMIN must be 0"),
    (np.ones((3, 3)), np.full((3, 3), np.nan), 1.0, "LANDUSE must hold integer"),
    (np.full((3, 3), 1.5), np.ones((3, 3)), 1.0, "ADMIN must hold integer"),
    (np.ones((3, 3)), np.ones((3, 3)), 0.0, "cell area"),
])
def test_key_pieces_errors(admin, landuse, area, match):
    with pytest.raises(K.KeyAreaError, match=match):
        K.key_pieces(np.ones((3, 3), bool), admin, landuse, area)


def test_blocks_and_gathered_values_give_the_whole_grid_result():
    """The tool reads by blocks: breaks from row strips (both the exact and the binned
    case), and unit / land use / score given at the key-area cells only, must equal the
    whole-grid call."""
    rng = np.random.default_rng(7)
    for score in (np.round(rng.gamma(2.0, 1.0, (60, 80)), 1),  # few distinct: exact
                  rng.gamma(2.0, 1.0, (300, 400))):           # 120,000 distinct: bins
        mask, edges, threshold = K.top_class(score, 4)
        strips = lambda: (score[r:r + 7] for r in range(0, score.shape[0], 7))  # noqa: E731
        e2, t2 = K.top_class_edges(strips, 4)
        np.testing.assert_array_equal(e2, edges)
        assert t2 == threshold
    admin = np.repeat(np.arange(4), 100)[None, :].repeat(300, 0)
    landuse = rng.integers(1, 6, score.shape)
    whole = K.key_pieces(mask, admin, landuse, 900.0, NAMES)
    gathered = K.key_pieces(mask, admin[mask], landuse[mask], 900.0, NAMES)
    assert gathered["pieces"] == whole["pieces"]
    np.testing.assert_array_equal(gathered["piece"], whole["piece"])
    n = len(whole["pieces"])
    for a, b in zip(K.piece_scores(score[mask], whole["piece"][mask], n),
                    K.piece_scores(score, whole["piece"], n)):
        np.testing.assert_allclose(a, b, rtol=1e-12)
    with pytest.raises(K.KeyAreaError, match="ADMIN holds 3 values"):
        K.key_pieces(mask, np.zeros(3, int), landuse[mask], 900.0)
