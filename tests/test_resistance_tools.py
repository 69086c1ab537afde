"""The resistance-surface tools through processing.run, cell by cell against numpy."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from helpers import read_csv, read_raster, write_raster

jenkspy = pytest.importorskip("jenkspy")


@pytest.fixture
def landuse(tmp_path):
    lu = np.array([[1, 2, 3, 4], [4, 3, 2, 1], [0, 1, 1, 2]], dtype=np.uint8)
    return write_raster(tmp_path / "lu.tif", lu, nodata=0), lu


def test_reclassify_table_keeps_nodata(run, tmp_path, landuse):
    path, lu = landuse
    res = run("reclassify", {"INPUT": path, "METHOD": 0, "TABLE": "1=5; 2=3; 3,4=1",
                             "OUTPUT": str(tmp_path / "s.tif")})
    scores, nodata = read_raster(res["OUTPUT"])
    expected = np.select([lu == 1, lu == 2, (lu >= 3) & (lu <= 4)], [5, 3, 1], nodata)
    np.testing.assert_array_equal(scores, expected)
    assert nodata == 255 and scores[2, 0] == 255
    assert (tmp_path / "s.qml").exists()


def test_reclassify_unknown_categories(run, tmp_path, landuse):
    path, lu = landuse
    out = str(tmp_path / "s.tif")
    with pytest.raises(QgsProcessingException, match=r"does not cover, e.g. 3, 4"):
        run("reclassify", {"INPUT": path, "TABLE": "1=5; 2=3", "OUTPUT": out})
    assert os.listdir(tmp_path) == ["lu.tif"]
    res = run("reclassify", {"INPUT": path, "TABLE": "1=0.5; 2=3", "UNKNOWN_AS_NODATA": True,
                             "OUTPUT": out})
    scores, nodata = read_raster(res["OUTPUT"])
    assert nodata == -9999  # 0.5 is not a whole number: Float32
    np.testing.assert_array_equal(scores, np.select([lu == 1, lu == 2], [0.5, 3], -9999))


def test_reclassify_natural_breaks_both_directions(run, tmp_path):
    rng = np.random.default_rng(8)
    dem = np.round(rng.gamma(3.0, 300.0, (60, 50))).astype(np.float32)
    dem[0, :3] = -1
    path = write_raster(tmp_path / "dem.tif", dem, nodata=-1)
    edges = np.array(jenkspy.jenks_breaks(dem[dem >= 0].astype(float).tolist(), n_classes=5))
    cls = np.searchsorted(edges[1:-1], dem, side="left") + 1
    for ascending, expected in ((True, cls), (False, 6 - cls)):
        res = run("reclassify", {"INPUT": path, "METHOD": 1, "CLASSES": 5,
                                 "ASCENDING": ascending, "OUTPUT": str(tmp_path / "s.tif")})
        scores, nodata = read_raster(res["OUTPUT"])
        np.testing.assert_array_equal(scores[dem >= 0], expected[dem >= 0])
        assert (scores[0, :3] == nodata).all()


def test_reclassify_manual_breaks(run, tmp_path):
    grid = np.array([[0, 499, 500, 501, 2500]], dtype=np.float32)
    path = write_raster(tmp_path / "g.tif", grid)
    res = run("reclassify", {"INPUT": path, "METHOD": 4, "BREAKS": "0,500,1000,3000",
                             "OUTPUT": str(tmp_path / "s.tif")})
    assert read_raster(res["OUTPUT"])[0].tolist() == [[1, 1, 1, 2, 3]]


def test_distance_to_points_and_to_raster_cells(run, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    ref = np.zeros((30, 40), np.float32)
    ref[0, 0] = -1
    ref_path = write_raster(tmp_path / "ref.tif", ref, nodata=-1)  # 10 m cells, EPSG:32650
    pts = QgsVectorLayer("Point?crs=EPSG:32650", "mines", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500000 + 105, 4000000 - 55)))
    pts.dataProvider().addFeatures([f])
    res = run("distanceto", {"REFERENCE": ref_path, "FEATURES": pts,
                             "OUTPUT": str(tmp_path / "d.tif")})
    d, nodata = read_raster(res["OUTPUT"])
    rows, cols = np.mgrid[0:30, 0:40]
    expected = np.hypot((cols - 10) * 10.0, (rows - 5) * 10.0)  # to the centre of cell (5, 10)
    expected[0, 0] = nodata
    np.testing.assert_allclose(d, expected, rtol=1e-6)

    lu = np.ones((30, 40), np.uint8)
    lu[20:22, 30] = 3  # developed land
    lu_path = write_raster(tmp_path / "lu.tif", lu)
    res = run("distanceto", {"REFERENCE": ref_path, "SOURCE_RASTER": lu_path,
                             "SOURCE_VALUES": "3", "MAX_DISTANCE": 100,
                             "OUTPUT": str(tmp_path / "d2.tif")})
    d, _ = read_raster(res["OUTPUT"])
    near = np.minimum(np.hypot((cols - 30) * 10.0, (rows - 20) * 10.0),
                      np.hypot((cols - 30) * 10.0, (rows - 21) * 10.0))
    expected = np.minimum(near, 100.0)
    np.testing.assert_allclose(d[1:], expected[1:], rtol=1e-6)


def test_distance_refuses_a_geographic_grid(run, tmp_path):
    ref = write_raster(tmp_path / "geo.tif", np.zeros((5, 5), np.float32), cell=0.01,
                       origin=(100.0, 30.0), epsg=4326)
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run("distanceto", {"REFERENCE": ref, "SOURCE_RASTER": ref,
                           "OUTPUT": str(tmp_path / "d.tif")})
    assert not (tmp_path / "d.tif").exists()


def test_ahpweights_tool(run, tmp_path):
    res = run("ahpweights", {"MATRIX": "1,3,5; 1/3,1,3; 1/5,1/3,1",
                             "NAMES": "landuse, slope, roads",
                             "OUTPUT": str(tmp_path / "w.csv")})
    rows = read_csv(res["OUTPUT"])
    assert [r["factor"] for r in rows] == ["landuse", "slope", "roads"]
    # the textbook 3x3: weights 0.637, 0.258, 0.105, lambda_max 3.039, CI 0.019, CR 0.033
    np.testing.assert_allclose([float(r["weight"]) for r in rows], [0.6370, 0.2583, 0.1047],
                               atol=5e-4)
    assert res["LAMBDA_MAX"] == pytest.approx(3.039, abs=5e-4)
    assert res["CR"] == pytest.approx(0.033, abs=5e-4)
    with pytest.raises(QgsProcessingException,
                       match=r"inconsistent: CR = [\d.]+ >= 0.10. The judgement that strays "
                             r"furthest is factor_\d over factor_\d"):
        run("ahpweights", {"MATRIX": "1,9,1/9; 1/9,1,9; 9,1/9,1", "OUTPUT": "TEMPORARY_OUTPUT"})


def factors(tmp_path):
    rng = np.random.default_rng(3)
    f = [rng.integers(1, 6, (40, 50)).astype(np.float32) for _ in range(3)]
    f[1][5, 7] = -9999
    corr = np.where(rng.random((40, 50)) < 0.2, 1.3, 1.0).astype(np.float32)
    paths = [write_raster(tmp_path / ("f%d.tif" % i), a, nodata=-9999) for i, a in enumerate(f)]
    return f, corr, paths, write_raster(tmp_path / "k.tif", corr)


def test_weighted_corrected_sum_cell_by_cell(run, tmp_path):
    f, corr, paths, kpath = factors(tmp_path)
    res = run("resistancesurface", {"FACTORS": paths, "WEIGHTS": "0.5, 0.3, 0.2",
                                    "CORRECTIONS": [kpath], "OUTPUT": str(tmp_path / "r.tif")})
    r, nodata = read_raster(res["OUTPUT"])
    expected = (0.5 * f[0].astype(float) + 0.3 * f[1] + 0.2 * f[2]) * corr
    assert r[5, 7] == nodata  # nodata in one factor is nodata in the surface
    ok = np.ones_like(r, bool)
    ok[5, 7] = False
    np.testing.assert_allclose(r[ok], expected[ok], rtol=1e-6)
    assert (tmp_path / "r.qml").exists()

    res = run("resistancesurface", {"FACTORS": paths, "WEIGHTS": "5,3,2", "RESCALE": "1,100",
                                    "OUTPUT": str(tmp_path / "r2.tif")})
    r2, _ = read_raster(res["OUTPUT"])
    raw = 0.5 * f[0].astype(float) + 0.3 * f[1] + 0.2 * f[2]
    lo, hi = raw[ok].min(), raw[ok].max()
    np.testing.assert_allclose(r2[ok], 1 + 99 * (raw[ok] - lo) / (hi - lo), rtol=1e-5)


def test_weights_table_from_ahp_by_name(run, tmp_path):
    f, _, paths, _ = factors(tmp_path)
    table = run("ahpweights", {"MATRIX": "1,2,4; 1/2,1,2; 1/4,1/2,1", "NAMES": "f2,f1,f0",
                               "OUTPUT": str(tmp_path / "w.gpkg")})["OUTPUT"]
    res = run("resistancesurface", {"FACTORS": paths, "WEIGHTS_TABLE": table,
                                    "OUTPUT": str(tmp_path / "r.tif")})
    r, _ = read_raster(res["OUTPUT"])
    w = {"f2": 4 / 7, "f1": 2 / 7, "f0": 1 / 7}  # a consistent matrix: 4:2:1
    expected = w["f0"] * f[0].astype(float) + w["f1"] * f[1] + w["f2"] * f[2]
    np.testing.assert_allclose(r[10:], expected[10:], rtol=1e-6)


def test_factor_on_a_coarser_grid_is_aligned(run, tmp_path):
    fine = np.arange(40 * 60, dtype=np.float32).reshape(40, 60) % 5 + 1
    coarse = (np.arange(20 * 30, dtype=np.float32).reshape(20, 30) % 7) + 1
    a = write_raster(tmp_path / "fine.tif", fine, cell=10.0)
    b = write_raster(tmp_path / "coarse.tif", coarse, cell=20.0)
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    log = Log()
    res = run("resistancesurface", {"FACTORS": [a, b], "WEIGHTS": "0.6,0.4",
                                    "OUTPUT": str(tmp_path / "r.tif")}, log)
    r, _ = read_raster(res["OUTPUT"])
    nearest = np.repeat(np.repeat(coarse, 2, axis=0), 2, axis=1)  # 20 m cell -> 2 x 2
    np.testing.assert_allclose(r, 0.6 * fine + 0.4 * nearest, rtol=1e-6)
    assert any("coarse" in w and "nearest neighbour" in w for w in log.warnings)


@pytest.mark.parametrize("params, message", [
    ({"WEIGHTS": "0.5,0.5"}, "2 weights for 3 factors"),
    ({"WEIGHTS": "0.5,0,0.5"}, r"Weights must be positive; f1=0"),
    ({"WEIGHTS": "0.5,-1,0.5"}, r"f1=-1"),
    ({}, "Give the factor weights"),
    ({"WEIGHTS": "1,1,1", "RESCALE": "5,5"}, "RESCALE must go from a lower")])
def test_resistance_bad_input(run, tmp_path, params, message):
    _, _, paths, _ = factors(tmp_path)
    out = str(tmp_path / "r.tif")
    with pytest.raises(QgsProcessingException, match=message):
        run("resistancesurface", dict(params, FACTORS=paths, OUTPUT=out))
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".r") or p.startswith("r.")]


def test_empty_raster_is_an_error(run, tmp_path):
    empty = write_raster(tmp_path / "e.tif", np.full((6, 6), -9999, np.float32), nodata=-9999)
    full = write_raster(tmp_path / "g.tif", np.ones((6, 6), np.float32))
    out = str(tmp_path / "r.tif")
    with pytest.raises(QgsProcessingException, match="surface is empty"):
        run("resistancesurface", {"FACTORS": [full, empty], "WEIGHTS": "1,1", "OUTPUT": out})
    assert sorted(os.listdir(tmp_path)) == ["e.tif", "g.tif"]
