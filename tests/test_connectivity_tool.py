"""ecosecurity:patchconnectivity through processing.run: polygons with hand-known distances,
MSPA core patches, and bad input."""
import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from conftest import REFERENCE, read_layer
from ecosecurity.algorithms.sources import connectivity as CN


def squares(xs, size=100.0, crs="EPSG:32650", area_field=None):
    layer = QgsVectorLayer("Polygon?crs=%s&field=pid:integer&field=quality:double" % crs,
                           "patches", "memory")
    feats = []
    for k, x in enumerate(xs):
        f = QgsFeature(layer.fields())
        f.setAttributes([10 + k, 1.0 + k])
        f.setGeometry(QgsGeometry.fromWkt("POLYGON((%g 0,%g 0,%g %g,%g %g,%g 0))" % (
            x, x + size, x + size, size, x, size, x)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_stepping_stone_polygons(run, tmp_path):
    # squares of 100 m at x = 0, 300, 600: edge distances 200, 200 and 500
    res = run("patchconnectivity", {"PATCHES": squares([0, 300, 600]), "PATCH_ID_FIELD": "pid",
                                    "IIC_THRESHOLD": 250, "PC_DISTANCE": 200,
                                    "PC_PROBABILITY": 0.5, "OUTPUT": str(tmp_path / "p.gpkg"),
                                    "OUTPUT_SUMMARY": str(tmp_path / "s.csv")})
    rows = {f["pid"]: f for f in read_layer(res["OUTPUT"])}
    cols, _ = CN.patch_importance([10, 11, 12], [1e4, 1e4, 1e4], [10, 11, 10], [11, 12, 12],
                                  [200.0, 200.0, 500.0], 250, 200, 0.5)
    for k, pid in enumerate((10, 11, 12)):
        for c in CN.COLUMNS:
            assert rows[pid][c] == pytest.approx(cols[c][k], abs=1e-9)
    # the middle patch is a stepping stone: 10-12 is best joined through it
    assert rows[11]["dPC_connector"] > 0 and rows[11]["dIIC_connector"] > 0
    assert rows[10]["dPC_connector"] == 0
    assert rows[10]["quality"] == 1.0  # the patches keep their own fields


def test_attribute_field_and_centroid_distance(run, tmp_path):
    res = run("patchconnectivity", {"PATCHES": squares([0, 300]), "ATTRIBUTE": "quality",
                                    "DISTANCE": 1, "IIC_THRESHOLD": 301, "PC_DISTANCE": 300,
                                    "OUTPUT": "TEMPORARY_OUTPUT",
                                    "OUTPUT_SUMMARY": str(tmp_path / "s.csv")})
    got = {f["quality"]: f["dA"] for f in res["OUTPUT"].getFeatures()}
    assert got == {1.0: pytest.approx(100 / 3), 2.0: pytest.approx(200 / 3)}
    # centroid distance 300 <= 301: linked; PC p = 0.5 at 300 m
    summary = {r.split(",")[0]: r.split(",")[1] for r in
               (tmp_path / "s.csv").read_text().splitlines()[1:]}
    assert float(summary["PC_num"]) == pytest.approx(1 + 4 + 2 * 2 * 0.5)


def test_mspa_core_patches(run, tmp_path):
    ref = REFERENCE / "mspa" / "corsica_mspa_ew1_c8_t1_i1.tif"
    res = run("patchconnectivity", {"PATCHES": str(ref), "RASTER_KIND": 1,
                                    "IIC_THRESHOLD": 2000, "PC_DISTANCE": 2000,
                                    "MAX_DISTANCE": 10000, "OUTPUT": str(tmp_path / "p.gpkg"),
                                    "OUTPUT_SUMMARY": str(tmp_path / "s.csv")})
    from helpers import read_raster
    from scipy import ndimage
    mspa, _ = read_raster(ref)
    labels, n = ndimage.label(np.isin(mspa, (17, 117)), np.ones((3, 3)))
    rows = read_layer(res["OUTPUT"])
    assert len(rows) == n
    assert sum(r["area"] for r in rows) == pytest.approx(np.isin(mspa, (17, 117)).sum() * 1e4)
    assert sum(r["dA"] for r in rows) == pytest.approx(100.0)
    biggest = max(rows, key=lambda r: r["area"])
    assert biggest["dPC"] == max(r["dPC"] for r in rows)


def test_bad_input(run, tmp_path):
    out = {"OUTPUT": str(tmp_path / "p.gpkg"), "OUTPUT_SUMMARY": str(tmp_path / "s.csv")}
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run("patchconnectivity", dict(out, PATCHES=squares([0, 1], 0.5, "EPSG:4326")))
    with pytest.raises(QgsProcessingException, match="at least two patches"):
        run("patchconnectivity", dict(out, PATCHES=squares([0])))
    with pytest.raises(QgsProcessingException, match="IIC_THRESHOLD must be a distance > 0"):
        run("patchconnectivity", dict(out, PATCHES=squares([0, 300]), IIC_THRESHOLD=0))
    layer = squares([0, 300])
    layer.dataProvider().changeAttributeValues({1: {1: 0.0}})  # quality 0 for the first
    with pytest.raises(QgsProcessingException, match="(?i)attribute"):
        run("patchconnectivity", dict(out, PATCHES=layer, ATTRIBUTE="quality"))
    assert not (tmp_path / "p.gpkg").exists()
