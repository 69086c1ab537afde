"""ecosecurity:selectsources through processing.run: thresholds, levels, ids, mandatory
areas and the id raster."""
import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

from conftest import read_layer
from helpers import read_raster, write_raster

# (x of a 100 m square, area, dPC)
PATCHES = [(0, 5e4, 40.0), (200, 2e4, 12.0), (400, 3e4, 0.5), (600, 500.0, 30.0),
           (800, 1e4, 11.0), (1000, 4e4, 2.0)]


def patches():
    layer = QgsVectorLayer("Polygon?crs=EPSG:32650&field=name:string&field=area:double&"
                           "field=dPC:double", "patches", "memory")
    feats = []
    for k, (x, area, dpc) in enumerate(PATCHES):
        f = QgsFeature(layer.fields())
        f.setAttributes(["p%d" % k, area, dpc])
        f.setGeometry(QgsGeometry.fromWkt("POLYGON((%d 0,%d 0,%d 100,%d 100,%d 0))"
                                          % (x, x + 100, x + 100, x, x)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_thresholds_levels_and_ids(run, tmp_path):
    res = run("selectsources", {"PATCHES": patches(), "MIN_AREA": 1000, "MIN_DPC": 1,
                                "LEVELS": 3, "OUTPUT": str(tmp_path / "s.gpkg")})
    rows = read_layer(res["OUTPUT"])
    # p2 (dPC 0.5) and p3 (area 500) drop out; ids follow decreasing dPC
    assert [(r["name"], r["source_id"]) for r in rows] == [
        ("p0", 1), ("p1", 2), ("p4", 3), ("p5", 4)]
    # natural breaks of 40, 12, 11, 2 into 3 classes: {2}, {11, 12}, {40}; level 1 highest
    assert [r["level"] for r in rows] == [1, 2, 2, 3]
    assert all(r["origin"] == "patch" for r in rows)


def test_mandatory_areas_and_raster(run, tmp_path):
    reserve = QgsVectorLayer("Polygon?crs=EPSG:32650", "reserve", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((50 0,350 0,350 100,50 100,50 0))"))
    reserve.dataProvider().addFeatures([f])
    grid = write_raster(tmp_path / "ref.tif", np.ones((12, 130), np.float32), cell=10.0,
                        origin=(0.0, 110.0))
    res = run("selectsources", {"PATCHES": patches(), "MIN_DPC": 20, "MANDATORY": reserve,
                                "REFERENCE": grid, "OUTPUT": str(tmp_path / "s.gpkg"),
                                "OUTPUT_RASTER": str(tmp_path / "ids.tif")})
    rows = read_layer(res["OUTPUT"])
    # p0 (40) and p3 (30) kept; the reserve minus p0 (x 100-350, 250 x 100 m) is added
    assert [(r["source_id"], r["origin"]) for r in rows] == [
        (1, "patch"), (2, "patch"), (3, "mandatory")]
    assert rows[2]["src_area"] == pytest.approx(250 * 100)
    ids, _ = read_raster(res["OUTPUT_RASTER"])
    assert (ids[2:11, 0:10] == 1).all() and (ids[2:11, 60:70] == 2).all()
    assert (ids[2:11, 10:35] == 3).all()
    assert (ids[0:1, :] == 0).all()


def test_nothing_selected(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="lower the thresholds"):
        run("selectsources", {"PATCHES": patches(), "MIN_DPC": 99,
                              "OUTPUT": str(tmp_path / "s.gpkg")})
    assert not (tmp_path / "s.gpkg").exists()
