"""ecosecurity:leastcostcorridors through processing.run: the ArcGIS convention, crossing
links, corridors, polygon sources and bad input."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conftest import read_layer
from helpers import read_raster, write_raster


def layout(tmp_path, wall=50.0):
    """Three sources; a wall with a gap between source 1 and the two on the right."""
    res = np.ones((40, 60), np.float32)
    res[:, 28:32] = wall
    res[18:22, 28:32] = 1.0
    src = np.zeros((40, 60), np.float32)
    src[5:10, 5:10], src[30:35, 50:55], src[5:10, 50:55] = 1, 2, 3
    return write_raster(tmp_path / "src.tif", src), write_raster(tmp_path / "res.tif", res)


def test_links_follow_the_arcgis_cost(run, tmp_path):
    src, res = layout(tmp_path)
    out = run("leastcostcorridors", {"SOURCES": src, "RESISTANCE": res, "WIDTH_CUTOFF": 200,
                                     "LINKS": str(tmp_path / "l.gpkg"),
                                     "CORRIDORS": str(tmp_path / "c.tif")})
    links = {(f["from_id"], f["to_id"]): f for f in read_layer(out["LINKS"])}
    # 2 -> 3: straight up column 50 from row 30 to row 9 on resistance 1, 10 m cells:
    # 21 orthogonal steps of 10 x (1 + 1)/2 = 210
    assert links[(2, 3)]["lcd"] == pytest.approx(210.0)
    assert links[(2, 3)]["euc_dist"] == pytest.approx(200.0)  # 20 empty cells between
    assert links[(2, 3)]["cwd_euc_ratio"] == pytest.approx(210.0 / 200.0)
    # 1 -> 3 must pass the gap; through the wall it would cost at least 4 x 10 x 50
    assert links[(1, 3)]["lcd"] < 1000
    corridors, nodata = read_raster(out["CORRIDORS"])
    assert corridors[20, 30] == pytest.approx(0.0, abs=1e-6)  # on the least-cost path
    assert (corridors[0, 28:32] == nodata).all()  # behind the wall, beyond the cutoff


def test_a_link_through_a_third_source_is_dropped(run, tmp_path):
    res = write_raster(tmp_path / "res.tif", np.ones((10, 40), np.float32))
    src = np.zeros((10, 40), np.float32)
    src[3:7, 1:4], src[0:10, 18:21], src[3:7, 36:39] = 1, 2, 3  # 2 is a wall between 1 and 3
    srcp = write_raster(tmp_path / "src.tif", src)
    params = {"SOURCES": srcp, "RESISTANCE": res, "ADJACENCY": 2, "LINKS": "TEMPORARY_OUTPUT",
              "CORRIDORS": str(tmp_path / "c.tif")}
    kept = {(f["from_id"], f["to_id"]) for f in read_layer_of(run("leastcostcorridors", params))}
    assert kept == {(1, 2), (2, 3)}
    kept = {(f["from_id"], f["to_id"]) for f in read_layer_of(run(
        "leastcostcorridors", dict(params, KEEP_CROSSING=True)))}
    assert kept == {(1, 2), (2, 3), (1, 3)}


def read_layer_of(result):
    layer = result["LINKS"]
    return [f.attributes() and dict(zip(layer.fields().names(), f.attributes()))
            for f in layer.getFeatures()]


def test_polygon_sources(run, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    res = write_raster(tmp_path / "res.tif", np.ones((20, 30), np.float32))
    polys = QgsVectorLayer("Polygon?crs=EPSG:32650&field=sid:integer", "patches", "memory")
    feats = []
    for sid, (x0, x1) in {4: (500010, 500050), 9: (500200, 500260)}.items():
        f = QgsFeature(polys.fields())
        f.setAttributes([sid])
        f.setGeometry(QgsGeometry.fromWkt("POLYGON((%d 3999900,%d 3999900,%d 3999850,%d 3999850,"
                                          "%d 3999900))" % (x0, x1, x1, x0, x0)))
        feats.append(f)
    polys.dataProvider().addFeatures(feats)
    out = run("leastcostcorridors", {"SOURCES": polys, "SOURCE_ID_FIELD": "sid",
                                     "RESISTANCE": res, "LINKS": "TEMPORARY_OUTPUT",
                                     "CORRIDORS": "TEMPORARY_OUTPUT"})
    links = read_layer_of(out)
    assert [(f["from_id"], f["to_id"]) for f in links] == [(4, 9)]
    # cells 1..4 and 20..25 of the same rows: 15 empty columns, 16 steps of 10
    assert links[0]["lcd"] == pytest.approx(160.0)


def test_bad_input(run, tmp_path, monkeypatch):
    src, _ = layout(tmp_path)
    bad = np.ones((40, 60), np.float32)
    bad[3, 4] = -2
    resp = write_raster(tmp_path / "bad.tif", bad)
    with pytest.raises(QgsProcessingException, match=r"(?i)resistance .*row 3.*col"):
        run("leastcostcorridors", {"SOURCES": src, "RESISTANCE": resp,
                                   "LINKS": str(tmp_path / "l.gpkg"),
                                   "CORRIDORS": str(tmp_path / "c.tif")})
    assert not (tmp_path / "l.gpkg").exists() and not (tmp_path / "c.tif").exists()
    one = np.zeros((40, 60), np.float32)
    one[5, 5] = 1
    with pytest.raises(QgsProcessingException, match="(?i)two sources"):
        run("leastcostcorridors", {"SOURCES": write_raster(tmp_path / "one.tif", one),
                                   "RESISTANCE": write_raster(tmp_path / "r.tif",
                                                              np.ones((40, 60), np.float32)),
                                   "LINKS": "TEMPORARY_OUTPUT", "CORRIDORS": "TEMPORARY_OUTPUT"})
    from ecosecurity.algorithms import grids
    monkeypatch.setattr(grids, "available_memory", lambda: 10)
    with pytest.raises(QgsProcessingException, match=r"need about [\d.]+ GB"):
        run("leastcostcorridors", {"SOURCES": src, "RESISTANCE": str(tmp_path / "res.tif"),
                                   "LINKS": "TEMPORARY_OUTPUT", "CORRIDORS": "TEMPORARY_OUTPUT"})


class InfoLines(QgsProcessingFeedback):
    """A feedback that keeps its info lines."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 (Qt's name)
        self.lines.append(text)
        super().pushInfo(text)


def test_same_links_and_corridors_without_scikit_image(run, tmp_path, monkeypatch):
    # without scikit-image cost distances run on scipy's Dijkstra: same values, and the log
    # says how to install the faster engine
    from ecosecurity.algorithms.corridors import costdistance as CD
    src, res = layout(tmp_path)
    outs, logs = [], []
    for hidden in (False, True):
        if hidden:
            monkeypatch.setattr(CD, "_MCP", [None])
        feedback = InfoLines()
        out = run("leastcostcorridors", {
            "SOURCES": src, "RESISTANCE": res, "WIDTH_CUTOFF": 200,
            "LINKS": str(tmp_path / f"l{hidden}.gpkg"),
            "CORRIDORS": str(tmp_path / f"c{hidden}.tif")}, feedback=feedback)
        links = {(f["from_id"], f["to_id"]): f["lcd"] for f in read_layer(out["LINKS"])}
        outs.append((links, read_raster(out["CORRIDORS"])[0]))
        logs.append(" ".join(feedback.lines))
    assert outs[0][0].keys() == outs[1][0].keys() and len(outs[0][0]) == 3
    for k, lcd in outs[0][0].items():
        assert outs[1][0][k] == pytest.approx(lcd, rel=1e-12)
    np.testing.assert_allclose(outs[1][1], outs[0][1], rtol=1e-6)
    assert "scikit-image" not in logs[0]
    assert "scikit-image" in logs[1] and "install" in logs[1]


def test_scikit_image_hint_per_platform():
    from ecosecurity.algorithms.corridors.tools.leastcost import skimage_hint
    assert "apt install python3-skimage" in skimage_hint("linux")
    assert "OSGeo4W Shell" in skimage_hint("win32")
    assert "pip install --user scikit-image" in skimage_hint("darwin")
