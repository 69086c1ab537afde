"""classifyfield and classifyraster through processing.run."""
import os

import numpy as np
import pytest

from conftest import SAMPLE, read_layer
from helpers import read_csv, read_raster, write_raster
from test_breaks import produc_column

jenkspy = pytest.importorskip("jenkspy")


def test_classifyfield_natural_breaks_match_jenkspy(run, tmp_path):
    res = run("classifyfield", {
        "INPUT": str(SAMPLE / "produc.csv"), "FIELD": "gsp", "METHOD": 0, "CLASSES": 5,
        "LABELS": "Very low, Low, Medium, High, Very high",
        "OUTPUT": str(tmp_path / "c.gpkg"), "OUTPUT_BREAKS": str(tmp_path / "b.csv")})
    gsp = produc_column("gsp")
    expected = np.array(jenkspy.jenks_breaks(gsp.tolist(), n_classes=5))
    table = read_csv(res["OUTPUT_BREAKS"])
    np.testing.assert_array_equal([float(r["upper"]) for r in table], expected[1:])
    assert [r["label"] for r in table] == ["Very low", "Low", "Medium", "High", "Very high"]
    out = read_layer(res["OUTPUT"])
    cls = np.array([o["CLASS"] for o in out])
    np.testing.assert_array_equal(cls, np.searchsorted(expected[1:-1], gsp, side="left") + 1)
    assert [int(r["count"]) for r in table] == np.bincount(cls)[1:].tolist()
    assert out[int(np.argmax(gsp))]["CLASS_NAME"] == "Very high"
    assert os.path.exists(str(tmp_path / "c.qml"))


def test_classifyfield_fixed_safety_table(run, tmp_path):
    from helpers import write_csv
    path = write_csv(tmp_path / "s.csv", ["county", "ESI"],
                     [["a", 0.0], ["b", 0.2], ["c", 0.39], ["d", 0.6], ["e", 1.0], ["f", ""]])
    labels = "Unsafe, Relatively unsafe, Critical safety, Relatively safe, Ideal safety"
    res = run("classifyfield", {
        "INPUT": path, "FIELD": "ESI", "METHOD": 3, "BREAKS": "0,0.2,0.4,0.6,0.8,1",
        "LABELS": labels, "OUTPUT": str(tmp_path / "c.gpkg"),
        "OUTPUT_BREAKS": "TEMPORARY_OUTPUT"})
    out = read_layer(res["OUTPUT"])
    assert [o["CLASS"] for o in out] == [1, 2, 2, 4, 5, None]  # [0.2, 0.4) and 1.0 closed
    assert out[4]["CLASS_NAME"] == "Ideal safety"


def test_classifyraster_jenks_nodata_and_style(run, tmp_path):
    rng = np.random.default_rng(4)
    grid = np.round(rng.gamma(2.0, 10.0, size=(120, 90)), 0).astype(np.float32)
    grid[:5, :7] = -9999
    src = write_raster(tmp_path / "in.tif", grid, nodata=-9999)
    res = run("classifyraster", {"INPUT": src, "BAND": 1, "METHOD": 0, "CLASSES": 4,
                                 "OUTPUT": str(tmp_path / "cls.tif"),
                                 "OUTPUT_BREAKS": str(tmp_path / "b.csv")})
    valid = grid[grid != -9999].astype(float)
    expected = np.array(jenkspy.jenks_breaks(valid.tolist(), n_classes=4))
    table = read_csv(res["OUTPUT_BREAKS"])
    np.testing.assert_array_equal([float(r["upper"]) for r in table], expected[1:])
    cls, nodata = read_raster(res["OUTPUT"])
    assert nodata == 0 and (cls[:5, :7] == 0).all()
    want = np.searchsorted(expected[1:-1], grid, side="left") + 1
    np.testing.assert_array_equal(cls[grid != -9999], want[grid != -9999])
    assert [int(r["count"]) for r in table] == np.bincount(cls.ravel())[1:].tolist()
    qml = (tmp_path / "cls.qml").read_text()
    assert "paletted" in qml and 'label="Class 4"' in qml
    assert not [p for p in os.listdir(tmp_path) if ".part" in p]


def test_classifyraster_equal_interval_and_quantile(run, tmp_path):
    grid = np.arange(100, dtype=np.float32).reshape(10, 10)
    src = write_raster(tmp_path / "in.tif", grid)
    res = run("classifyraster", {"INPUT": src, "METHOD": 1, "CLASSES": 4,
                                 "OUTPUT": str(tmp_path / "e.tif"),
                                 "OUTPUT_BREAKS": "TEMPORARY_OUTPUT"})
    cls, _ = read_raster(res["OUTPUT"])
    # edges 0, 24.75, 49.5, 74.25, 99: (lower, upper] with the minimum in class 1
    assert cls.ravel()[[0, 24, 25, 49, 50, 74, 75, 99]].tolist() == [1, 1, 2, 2, 3, 3, 4, 4]
    res = run("classifyraster", {"INPUT": src, "METHOD": 2, "CLASSES": 5,
                                 "OUTPUT": str(tmp_path / "q.tif"),
                                 "OUTPUT_BREAKS": "TEMPORARY_OUTPUT"})
    cls, _ = read_raster(res["OUTPUT"])
    assert np.bincount(cls.ravel())[1:].tolist() == [20] * 5
