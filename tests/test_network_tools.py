"""Centrality, pinch points, barriers and key areas through processing.run: hand-checked
numbers and bad input."""
import numpy as np
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException,
                       QgsProcessingFeedback, QgsVectorLayer)

from conftest import read_layer
from helpers import read_raster, write_raster

X0, Y0, CELL = 500000.0, 4000000.0, 10.0


def links_layer(rows, fields=("from_id", "to_id", "lcd")):
    """A memory line layer of links (from_id, to_id, lcd) with dummy geometry."""
    spec = "&".join("field=%s:%s" % (f, "double" if f == "lcd" else "integer") for f in fields)
    layer = QgsVectorLayer("LineString?crs=EPSG:32650&" + spec, "links", "memory")
    feats = []
    for k, row in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setAttributes(list(row))
        f.setGeometry(QgsGeometry.fromWkt("LINESTRING(%f %f, %f %f)" % (
            X0, Y0 - k * CELL, X0 + 50, Y0 - k * CELL)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def row_of_sources(tmp_path):
    """Sources 1, 2, 3 in a row on uniform resistance: cost zones make links 1-2 and 2-3."""
    res = np.ones((12, 50), np.float32)
    src = np.zeros((12, 50), np.float32)
    src[4:8, 1:4], src[4:8, 23:26], src[4:8, 46:49] = 1, 2, 3
    return write_raster(tmp_path / "src.tif", src), write_raster(tmp_path / "res.tif", res)


def test_centrality_of_a_chain_by_hand(run, tmp_path):
    src, res = row_of_sources(tmp_path)
    lc = run("leastcostcorridors", {"SOURCES": src, "RESISTANCE": res,
                                    "LINKS": str(tmp_path / "l.gpkg"),
                                    "CORRIDORS": "TEMPORARY_OUTPUT"})
    out = run("centrality", {"LINKS": lc["LINKS"], "SOURCES": src, "LEVELS": 2,
                             "OUTPUT": str(tmp_path / "c.gpkg"),
                             "OUTPUT_SOURCES": str(tmp_path / "s.gpkg")})
    links = {(f["from_id"], f["to_id"]): f for f in read_layer(out["OUTPUT"])}
    assert set(links) == {(1, 2), (2, 3)}
    # a chain: link 1-2 carries pairs 1-2 and 1-3 (1 A each), whatever the lcd
    assert links[(1, 2)]["current_flow"] == pytest.approx(2.0)
    assert links[(2, 3)]["current_flow"] == pytest.approx(2.0)
    nodes = {f["source_id"]: f for f in read_layer(out["OUTPUT_SOURCES"])}
    # source 2: branches 2 + 2, injected in 2 pairs: (4 + 2)/2; the ends (2 + 2)/2
    assert {k: v["current_flow"] for k, v in nodes.items()} == pytest.approx(
        {1: 2.0, 2: 3.0, 3: 2.0})
    assert nodes[2]["level"] == 1 and nodes[1]["level"] == 2
    from osgeo import ogr
    ds = ogr.Open(out["OUTPUT_SOURCES"])  # kept: its layer dies with it
    areas = {f["source_id"]: f.GetGeometryRef().GetArea() for f in ds.GetLayer(0)}
    assert areas == pytest.approx({k: 12 * CELL * CELL for k in (1, 2, 3)})  # 4 x 3 cells


def test_centrality_with_a_hand_solved_laplacian(run):
    # triangle of 1-ohm links plus a pendant: see test_centrality_pinchpoints for the sums
    layer = links_layer([(1, 2, 1.0), (1, 3, 1.0), (2, 3, 1.0), (3, 4, 1.0)])
    out = run("centrality", {"LINKS": layer, "OUTPUT": "TEMPORARY_OUTPUT",
                             "OUTPUT_SOURCES": "TEMPORARY_OUTPUT"})
    flows = [f["current_flow"] for f in out["OUTPUT"].getFeatures()]
    assert flows == pytest.approx([2.0, 7 / 3, 7 / 3, 3.0])
    levels = [f["level"] for f in out["OUTPUT"].getFeatures()]
    assert levels[3] == 1 and levels[0] == 3


def neck(tmp_path):
    res = np.full((21, 41), 50.0, np.float32)
    res[3:18, 4:19] = 1.0
    res[3:18, 22:37] = 1.0
    res[9:11, 19:22] = 1.0
    src = np.zeros(res.shape, np.float32)
    src[8:13, 1:4], src[8:13, 37:40] = 1, 2
    res[src > 0] = 1.0
    return write_raster(tmp_path / "src.tif", src), write_raster(tmp_path / "res.tif", res)


def test_pinch_point_in_the_neck(run, tmp_path):
    src, res = neck(tmp_path)
    lc = run("leastcostcorridors", {"SOURCES": src, "RESISTANCE": res,
                                    "LINKS": str(tmp_path / "l.gpkg"),
                                    "CORRIDORS": "TEMPORARY_OUTPUT"})
    out = run("pinchpoints", {"LINKS": lc["LINKS"], "SOURCES": src, "RESISTANCE": res,
                              "CWD_CUTOFF": 200, "OUTPUT": str(tmp_path / "pp.tif"),
                              "OUTPUT_RESISTANCES": str(tmp_path / "r.csv")})
    cur, nodata = read_raster(out["OUTPUT"])
    cur = np.where(cur == nodata, np.nan, cur)
    assert np.nanmax(cur[9:11, 19:22]) > 2 * np.nanmax(cur[3:18, 24:35])
    assert np.isnan(cur[0, 20])
    rows = read_layer(out["OUTPUT_RESISTANCES"])
    assert [(int(r["from_id"]), int(r["to_id"])) for r in rows] == [(1, 2)]
    # the neck: 3 columns x 2 rows of resistance 1 in series with two wide lobes
    assert 1.0 < float(rows[0]["resistance"]) < 10.0


def wall_strip(tmp_path):
    """One row: source A, 4 cells of 1, a wall of 100 two cells thick, 4 cells of 1, B."""
    res = np.ones((1, 12), np.float32)
    res[0, 5:7] = 100.0
    src = np.zeros((1, 12), np.float32)
    src[0, 0], src[0, 11] = 1, 2
    return write_raster(tmp_path / "src.tif", src), write_raster(tmp_path / "res.tif", res)


def test_barrier_score_of_a_wall_by_hand(run, tmp_path):
    src, res = wall_strip(tmp_path)
    # CWD from A: 0, 10, 20, 30, 40, 40 + 10 x 101/2 = 545, 1545, 2050, ..., 2090 = LCD
    out = run("barriers", {"LINKS": links_layer([(1, 2, 2090.0)]), "SOURCES": src,
                           "RESISTANCE": res, "MIN_RADIUS": 10, "MAX_RADIUS": 20, "STEP": 10,
                           "OUTPUT": str(tmp_path / "b.tif"),
                           "OUTPUT_PERCENT": str(tmp_path / "p.tif"),
                           "OUTPUT_RADIUS": str(tmp_path / "r.tif")})
    score = read_raster(out["OUTPUT"])[0][0]
    pct = read_raster(out["OUTPUT_PERCENT"])[0][0]
    radius = read_raster(out["OUTPUT_RADIUS"])[0][0]
    # first wall cell (col 5), R = 10: min CWD_A 40 (col 4), min CWD_B 545 (col 6, by
    # symmetry), D = 20: improvement 2090 - 605 = 1485, score 74.25; R = 20 gives
    # 2090 - (30 + 40 + 40) = 1980 over D = 40: 49.5, so R = 10 wins
    assert score[5] == pytest.approx(74.25, rel=1e-6)
    # percent takes its own maximum over radii (as Linkage Mapper): R = 20 saves 1980
    assert pct[5] == pytest.approx(100 * 1980 / 2090, rel=1e-6)
    assert radius[5] == pytest.approx(10.0)
    # col 4 (just before the wall): R = 20 reaches cols 2..6: 2090 - (20 + 545 + 40) over 40
    assert score[4] == pytest.approx(1485 / 40, rel=1e-6)
    assert radius[4] == pytest.approx(20.0)


def admin_layer(crs="EPSG:32650", shift=0.0):
    """Two units split at x = X0 + 200 (the middle of the 40-column grid)."""
    layer = QgsVectorLayer("Polygon?crs=%s&field=town:string" % crs, "towns", "memory")
    feats = []
    for name, (a, b) in {"West": (X0, X0 + 200), "East": (X0 + 200, X0 + 400)}.items():
        f = QgsFeature(layer.fields())
        f.setAttributes([name])
        f.setGeometry(QgsGeometry.fromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
            a, Y0, b, Y0, b, Y0 - 200, a, Y0 - 200, a, Y0)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def score_grid(tmp_path):
    """Four value groups; the top group (9) forms a block across the unit boundary and a
    block in the West; land use 1 (forest) and 2 (grass)."""
    rng = np.random.default_rng(0)
    score = rng.choice([1.0, 1.1, 4.0, 4.2, 6.0, 6.1], size=(20, 40)).astype(np.float32)
    score[2:6, 16:24] = 9.0   # 32 cells, 16 in each unit
    score[12:15, 3:6] = 9.2   # 9 cells in the West
    landuse = np.ones((20, 40), np.float32)
    landuse[:, 20:] = 2
    return (write_raster(tmp_path / "score.tif", score),
            write_raster(tmp_path / "lu.tif", landuse))


def test_key_areas_by_unit(run, tmp_path):
    score, lu = score_grid(tmp_path)
    out = run("keyareas", {"SCORE": score, "CLASSES": 4, "LANDUSE": lu,
                           "LANDUSE_NAMES": "1=forest; 2=grassland", "ADMIN": admin_layer(),
                           "ADMIN_FIELD": "town", "OUTPUT": str(tmp_path / "k.gpkg"),
                           "OUTPUT_SUMMARY": str(tmp_path / "s.csv")})
    pieces = read_layer(out["OUTPUT"])
    assert sum(p["area_ha"] for p in pieces) == pytest.approx(41 * 100 / 1e4)
    by_town = {r["town"] if "town" in r else r["admin"]: r for r in
               read_layer(out["OUTPUT_SUMMARY"])}
    assert int(by_town["West"]["key_areas"]) == 2  # the split block and the small one
    assert int(by_town["East"]["key_areas"]) == 1
    assert float(by_town["West"]["area_ha"]) == pytest.approx(25 * 100 / 1e4)
    assert float(by_town["East"]["area_ha"]) == pytest.approx(16 * 100 / 1e4)
    assert by_town["East"]["main_landuse"] == "grassland 100.0%"
    # the block across the boundary is one key area, cut into two pieces
    split = [p for p in pieces if p["key_id"] == pieces[0]["key_id"]]
    assert sorted(p["admin"] for p in split) == ["East", "West"]
    from osgeo import ogr
    ds = ogr.Open(out["OUTPUT"])
    area = sum(f.GetGeometryRef().GetArea() for f in ds.GetLayer(0))
    assert area == pytest.approx(41 * 100)


def test_key_areas_read_by_blocks_are_the_hand_figures(run, tmp_path, monkeypatch):
    """SCORE, LANDUSE and the units read one row at a time: the same key areas and areas as
    the hand-checked whole-grid figures of test_key_areas_by_unit."""
    from ecosecurity.algorithms import grids
    monkeypatch.setattr(grids, "BLOCK_BYTES", 1)  # every strip is one row
    score, lu = score_grid(tmp_path)
    out = run("keyareas", {"SCORE": score, "CLASSES": 4, "LANDUSE": lu,
                           "LANDUSE_NAMES": "1=forest; 2=grassland", "ADMIN": admin_layer(),
                           "ADMIN_FIELD": "town", "OUTPUT": str(tmp_path / "k.gpkg"),
                           "OUTPUT_SUMMARY": str(tmp_path / "s.csv")})
    pieces = read_layer(out["OUTPUT"])
    assert sum(p["area_ha"] for p in pieces) == pytest.approx(41 * 100 / 1e4)
    by_town = {r["admin"]: r for r in read_layer(out["OUTPUT_SUMMARY"])}
    assert (int(by_town["West"]["key_areas"]), int(by_town["East"]["key_areas"])) == (2, 1)
    assert float(by_town["East"]["area_ha"]) == pytest.approx(16 * 100 / 1e4)
    assert by_town["East"]["main_landuse"] == "grassland 100.0%"


def test_admin_in_another_crs_is_reprojected(run, tmp_path):
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                           QgsProject)
    score, lu = score_grid(tmp_path)
    utm = admin_layer()
    wgs = QgsVectorLayer("Polygon?crs=EPSG:4326&field=town:string", "towns", "memory")
    tr = QgsCoordinateTransform(utm.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                QgsProject.instance())
    feats = []
    for f in utm.getFeatures():
        g = QgsGeometry(f.geometry())
        g.transform(tr)
        nf = QgsFeature(wgs.fields())
        nf.setAttributes(f.attributes())
        nf.setGeometry(g)
        feats.append(nf)
    wgs.dataProvider().addFeatures(feats)
    feedback = Warnings()
    out = run("keyareas", {"SCORE": score, "ADMIN": wgs, "ADMIN_FIELD": "town",
                           "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"},
              feedback)
    assert any("reprojected" in w for w in feedback.warnings)
    counts = {f["admin"]: f["key_areas"] for f in out["OUTPUT_SUMMARY"].getFeatures()}
    assert counts == {"West": 2, "East": 1}


class Warnings(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)


def test_links_without_the_fields_are_named(run, tmp_path):
    src, res = wall_strip(tmp_path)
    bad = links_layer([(1, 2)], fields=("from_id", "to_id"))
    for tool, extra in (("pinchpoints", {}), ("barriers", {"MIN_RADIUS": 10,
                                                          "MAX_RADIUS": 10})):
        with pytest.raises(QgsProcessingException, match="lacks the field.*lcd"):
            run(tool, dict({"LINKS": bad, "SOURCES": src, "RESISTANCE": res,
                            "OUTPUT": str(tmp_path / (tool + ".tif"))}, **extra))
        assert not (tmp_path / (tool + ".tif")).exists()
    with pytest.raises(QgsProcessingException, match="lacks the field.*lcd"):
        run("centrality", {"LINKS": bad, "OUTPUT": "TEMPORARY_OUTPUT",
                           "OUTPUT_SOURCES": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="source 7"):
        run("pinchpoints", {"LINKS": links_layer([(1, 7, 100.0)]), "SOURCES": src,
                            "RESISTANCE": res, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_radii_that_do_not_fit_the_grid(run, tmp_path):
    src, res = wall_strip(tmp_path)
    base = {"LINKS": links_layer([(1, 2, 2090.0)]), "SOURCES": src, "RESISTANCE": res,
            "OUTPUT": str(tmp_path / "b.tif")}
    with pytest.raises(QgsProcessingException, match="radi"):
        run("barriers", dict(base, MIN_RADIUS=10, MAX_RADIUS=500, STEP=10))
    with pytest.raises(QgsProcessingException, match="radi"):
        run("barriers", dict(base, MIN_RADIUS=5, MAX_RADIUS=5))  # below one cell
    with pytest.raises(QgsProcessingException, match="MIN_RADIUS"):
        run("barriers", dict(base, MIN_RADIUS=30, MAX_RADIUS=10))
    assert not (tmp_path / "b.tif").exists()


def test_key_areas_bad_input(run, tmp_path):
    score, lu = score_grid(tmp_path)
    with pytest.raises(QgsProcessingException, match="LANDUSE_NAMES item 'forest'"):
        run("keyareas", {"SCORE": score, "LANDUSE": lu, "LANDUSE_NAMES": "forest",
                         "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})
    flat = write_raster(tmp_path / "flat.tif", np.ones((5, 5), np.float32))
    with pytest.raises(QgsProcessingException, match="CLASSES"):
        run("keyareas", {"SCORE": flat, "OUTPUT": "TEMPORARY_OUTPUT",
                         "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})


def test_barrier_options_of_linkage_mapper(run, tmp_path):
    src, res = wall_strip(tmp_path)
    base = {"LINKS": links_layer([(1, 2, 2090.0)]), "SOURCES": src, "RESISTANCE": res,
            "MIN_RADIUS": 10, "MAX_RADIUS": 20, "STEP": 10}
    out = run("barriers", dict(base, PERCENT_OF=1, NEIGHBOURHOOD=1,
                               OUTPUT=str(tmp_path / "b.tif"),
                               OUTPUT_PERCENT=str(tmp_path / "p.tif")))
    # LM's percent is 100 x score / LCD: the best score 74.25 (R = 10) at the wall
    pct = read_raster(out["OUTPUT_PERCENT"])[0][0]
    assert pct[5] == pytest.approx(100 * 74.25 / 2090, rel=1e-6)
    # in one row LM's ring (R - 1 < d <= R) holds the same rim cells as the circle
    score = read_raster(out["OUTPUT"])[0][0]
    assert score[5] == pytest.approx(74.25, rel=1e-6)
