"""Every tool, and the shipped model, headless through qgis_process.bin --json run."""

import numpy as np
import pytest

from conftest import REFERENCE, REPO, SAMPLE, WORLD_MAP, read_layer
from helpers import read_csv, read_raster, write_raster

pytestmark = pytest.mark.qgis_process
PRODUC = str(SAMPLE / "produc.csv")
US_STATES = WORLD_MAP + "|layername=states_provinces|subset=\"adm0_a3\" = 'USA'"




def test_coupling_chain(qgis_process, tmp_path):
    r1 = qgis_process("ecosecurity:compositeindex", {
        "INPUT": PRODUC, "POSITIVE_FIELDS": "hwy;water;util", "INDEX_FIELD": "U1",
        "OUTPUT": tmp_path / "u1.gpkg", "OUTPUT_WEIGHTS": tmp_path / "w1.csv"})
    assert r1["results"]["OUTPUT"] == str(tmp_path / "u1.gpkg")
    w = read_csv(tmp_path / "w1.csv")
    assert [r["indicator"] for r in w] == ["hwy", "water", "util"]
    assert sum(float(r["weight"]) for r in w) == pytest.approx(1.0)

    r2 = qgis_process("ecosecurity:compositeindex", {
        "INPUT": tmp_path / "u1.gpkg", "POSITIVE_FIELDS": "gsp;emp;pc",
        "NEGATIVE_FIELDS": "unemp", "INDEX_FIELD": "U2", "OUTPUT": tmp_path / "u2.gpkg",
        "OUTPUT_WEIGHTS": tmp_path / "w2.csv"})
    r3 = qgis_process("ecosecurity:couplingcoordination", {
        "INPUT": r2["results"]["OUTPUT"], "SYSTEM_FIELDS": "U1;U2", "MODEL": 1,
        "OUTPUT": tmp_path / "cc.gpkg"})
    rows = read_layer(r3["results"]["OUTPUT"])
    U = np.array([[r["U1"], r["U2"]] for r in rows])
    C = np.sqrt((1 - np.abs(U[:, 0] - U[:, 1])) * U.min(axis=1) / U.max(axis=1))
    np.testing.assert_allclose([r["C"] for r in rows], C, rtol=1e-12)
    assert (tmp_path / "cc.qml").exists()

    r4 = qgis_process("ecosecurity:joingrades", {
        "INPUT": tmp_path / "cc.gpkg", "TABLE_KEY": "state", "REGIONS": US_STATES,
        "REGION_KEY": "name", "TIME_FIELD": "year", "FIELDS": "D;D_LEVEL;D_GRADE",
        "OUTPUT": tmp_path / "map.gpkg"})
    assert len(read_layer(r4["results"]["OUTPUT"])) == 48
    assert 'attr="D_LEVEL_1986"' in (tmp_path / "map.qml").read_text()


def test_classify_tools(qgis_process, tmp_path):
    r = qgis_process("ecosecurity:classifyfield", {
        "INPUT": PRODUC, "FIELD": "unemp", "METHOD": 2, "CLASSES": 4,
        "OUTPUT": tmp_path / "c.gpkg", "OUTPUT_BREAKS": tmp_path / "b.csv"})
    counts = [int(x["count"]) for x in read_csv(r["results"]["OUTPUT_BREAKS"])]
    assert sum(counts) == 816 and len(counts) == 4
    grid = np.linspace(0, 1, 600, dtype=np.float32).reshape(20, 30)
    src = write_raster(tmp_path / "g.tif", grid)
    r = qgis_process("ecosecurity:classifyraster", {
        "INPUT": src, "METHOD": 3, "BREAKS": "0,0.2,0.4,0.6,0.8,1",
        "LABELS": "Unsafe,Relatively unsafe,Critical safety,Relatively safe,Ideal safety",
        "OUTPUT": tmp_path / "cls.tif", "OUTPUT_BREAKS": tmp_path / "cb.csv"})
    cls, _ = read_raster(r["results"]["OUTPUT"])
    np.testing.assert_array_equal(cls.ravel(), np.minimum(grid.ravel() // 0.2, 4) + 1)
    assert "Ideal safety" in (tmp_path / "cls.qml").read_text()


def test_bad_input_fails_cleanly(qgis_process, tmp_path):
    proc = qgis_process("ecosecurity:couplingcoordination", {
        "INPUT": PRODUC, "SYSTEM_FIELDS": "hwy;water", "OUTPUT": tmp_path / "cc.gpkg"},
        expect_ok=False)
    assert "outside [0, 1]" in proc.stdout + proc.stderr
    assert not (tmp_path / "cc.gpkg").exists()


def test_model_through_qgis_process(qgis_process, tmp_path):
    model = str(REPO / "resources" / "models" / "coupling_coordination.model3")
    r = qgis_process(model, {
        "indicators": PRODUC, "key_field": "state", "time_field": "year",
        "system1_positive": "hwy;water;util", "system2_positive": "gsp;emp;pc",
        "system2_negative": "unemp", "regions": US_STATES, "region_key": "name",
        "map:graded_map": tmp_path / "map.gpkg",
        "coupling:coupling_table": tmp_path / "cc.gpkg",
        "index1:weights_system1": tmp_path / "w1.csv",
        "index2:weights_system2": tmp_path / "w2.csv"})
    assert r["results"]["map:graded_map"] == str(tmp_path / "map.gpkg")
    graded = read_layer(tmp_path / "map.gpkg")
    assert len(graded) == 48
    assert all(1 <= f["D_LEVEL_1986"] <= 10 for f in graded)


def test_resistance_tools(qgis_process, tmp_path):
    lu = np.array([[1, 2, 3], [3, 2, 1]], dtype=np.uint8)
    src = write_raster(tmp_path / "lu.tif", lu)
    r = qgis_process("ecosecurity:reclassify", {
        "INPUT": src, "TABLE": "1=5;2=3;3=1", "OUTPUT": tmp_path / "s.tif"})
    np.testing.assert_array_equal(read_raster(r["results"]["OUTPUT"])[0], 7 - 2 * lu)
    r = qgis_process("ecosecurity:ahpweights", {
        "MATRIX": "1,3;1/3,1", "NAMES": "a,b", "OUTPUT": tmp_path / "w.csv"})
    assert r["results"]["CR"] == 0.0
    assert [x["weight"] for x in read_csv(tmp_path / "w.csv")] == ["0.75", "0.25"]
    r = qgis_process("ecosecurity:distanceto", {
        "REFERENCE": src, "SOURCE_RASTER": src, "SOURCE_VALUES": "3",
        "OUTPUT": tmp_path / "d.tif"})
    d = read_raster(r["results"]["OUTPUT"])[0]
    np.testing.assert_allclose(d, [[10.0, 10.0, 0.0], [0.0, 10.0, 10.0]])
    r = qgis_process("ecosecurity:resistancesurface", {
        "FACTORS": [tmp_path / "s.tif", tmp_path / "d.tif"], "WEIGHTS": "3,1",
        "RESCALE": "1,100", "OUTPUT": tmp_path / "r.tif"})
    raw = 0.75 * (7 - 2 * lu) + 0.25 * d
    np.testing.assert_allclose(read_raster(r["results"]["OUTPUT"])[0],
                               1 + 99 * (raw - raw.min()) / np.ptp(raw), rtol=1e-5)
    assert (tmp_path / "r.qml").exists()


def test_panel_tools(qgis_process, tmp_path):
    dahlberg = str(REFERENCE / "panel" / "dahlberg.csv")
    r = qgis_process("ecosecurity:panelvar", {
        "INPUT": dahlberg, "ID_FIELD": "id", "TIME_FIELD": "year",
        "VARIABLES": "expenditures;revenues;grants", "BOOTSTRAP": 0,
        "OUTPUT_COEFFICIENTS": tmp_path / "c.csv"})
    assert r["results"]["HANSEN_J"] == pytest.approx(263.0076, abs=5e-5)
    first = read_csv(tmp_path / "c.csv")[0]
    assert float(first["coefficient"]) == pytest.approx(0.28461641, rel=1e-6)
    r = qgis_process("ecosecurity:kerneldensity", {
        "INPUT": PRODUC, "VALUE_FIELD": "unemp", "TIME_FIELD": "year",
        "OUTPUT": tmp_path / "k.csv", "OUTPUT_PEAKS": tmp_path / "p.csv",
        "OUTPUT_HTML": tmp_path / "k.html"})
    assert len(read_csv(tmp_path / "p.csv")) == 17 and (tmp_path / "k.html").exists()
    r = qgis_process("ecosecurity:panelunitroot", {
        "INPUT": PRODUC, "ID_FIELD": "state", "TIME_FIELD": "year", "VARIABLES": "unemp",
        "TESTS": "0,3", "OUTPUT": tmp_path / "u.csv"})
    assert {x["test"] for x in read_csv(tmp_path / "u.csv")} >= {"Im-Pesaran-Shin W_tbar"}
    # QGIS's own Python may lack PyTorch: the LSTM is then skipped with a message
    r = qgis_process("ecosecurity:forecast", {
        "INPUT": PRODUC, "ID_FIELD": "state", "TIME_FIELD": "year", "VALUE_FIELD": "unemp",
        "TARGET_TIME": 1990, "MODELS": "0,1,2", "OUTPUT": tmp_path / "f.csv",
        "OUTPUT_SCORES": tmp_path / "s.csv"})
    assert [x["model"] for x in read_csv(tmp_path / "s.csv")] == [
        "Last value", "Linear trend per unit", "Pooled AR(1)"]


def test_source_tools(qgis_process, tmp_path):
    """mspa -> patchconnectivity -> selectsources on a small habitat map."""
    habitat = np.ones((40, 60), np.uint8)
    habitat[5:15, 5:20] = habitat[5:15, 35:55] = habitat[25:35, 10:30] = 2
    hab = write_raster(tmp_path / "habitat.tif", habitat, cell=100.0)
    r = qgis_process("ecosecurity:mspa", {"INPUT": hab, "FOREGROUND": "2", "EDGE_WIDTH": 1,
                                          "OUTPUT": str(tmp_path / "mspa.tif"),
                                          "OUTPUT_STATS": str(tmp_path / "mspa.csv")})
    r = qgis_process("ecosecurity:patchconnectivity", {
        "PATCHES": r["results"]["OUTPUT"], "RASTER_KIND": 1, "IIC_THRESHOLD": 2000,
        "PC_DISTANCE": 2000, "PC_PROBABILITY": 0.5, "OUTPUT": str(tmp_path / "p.gpkg"),
        "OUTPUT_SUMMARY": str(tmp_path / "s.csv")})
    patches = read_layer(r["results"]["OUTPUT"])
    assert len(patches) == 3 and all(p["dPC"] > 0 for p in patches)
    r = qgis_process("ecosecurity:selectsources", {
        "PATCHES": r["results"]["OUTPUT"], "MIN_AREA": 0, "MIN_DPC": 0, "REFERENCE": hab,
        "OUTPUT": str(tmp_path / "sources.gpkg"), "OUTPUT_RASTER": str(tmp_path / "ids.tif")})
    ids, _ = read_raster(r["results"]["OUTPUT_RASTER"])
    assert set(np.unique(ids)) == {0, 1, 2, 3}


def test_corridor_tools(qgis_process, tmp_path):
    """leastcostcorridors -> circuitscape, centrality, pinchpoints, barriers -> keyareas."""
    res = np.ones((40, 60), np.float32)
    res[:, 28:32] = 50.0
    res[18:22, 28:32] = 1.0
    src = np.zeros((40, 60), np.float32)
    src[5:10, 5:10], src[30:35, 50:55], src[5:10, 50:55] = 1, 2, 3
    srcp = write_raster(tmp_path / "src.tif", src)
    resp = write_raster(tmp_path / "res.tif", res)
    r = qgis_process("ecosecurity:leastcostcorridors", {
        "SOURCES": srcp, "RESISTANCE": resp, "WIDTH_CUTOFF": 300,
        "LINKS": str(tmp_path / "links.gpkg"), "CORRIDORS": str(tmp_path / "corr.tif")})
    links = r["results"]["LINKS"]
    corridors = r["results"]["CORRIDORS"]
    assert {(f["from_id"], f["to_id"]) for f in read_layer(links)} == {(1, 2), (1, 3), (2, 3)}
    r = qgis_process("ecosecurity:circuitscape", {
        "RESISTANCE": resp, "FOCAL_RASTER": srcp, "SHORT_CIRCUIT": srcp,
        "OUTPUT_CURRENT": str(tmp_path / "cur.tif"),
        "OUTPUT_RESISTANCES": str(tmp_path / "r.csv")})
    assert len(read_csv(r["results"]["OUTPUT_RESISTANCES"])) == 3
    r = qgis_process("ecosecurity:centrality", {
        "LINKS": links, "SOURCES": srcp, "OUTPUT": str(tmp_path / "c.gpkg"),
        "OUTPUT_SOURCES": str(tmp_path / "cs.gpkg")})
    flows = [f["current_flow"] for f in read_layer(r["results"]["OUTPUT"])]
    # three sources, three links: the flows over the pairs add up to at least 3 A
    assert len(flows) == 3 and sum(flows) >= 3 - 1e-9
    r = qgis_process("ecosecurity:pinchpoints", {
        "LINKS": links, "SOURCES": srcp, "RESISTANCE": resp, "CWD_CUTOFF": 300,
        "OUTPUT": str(tmp_path / "pp.tif")})
    pinch = r["results"]["OUTPUT"]
    pp, nodata = read_raster(pinch)
    assert pp[20, 30] > 0 and pp[0, 30] == nodata  # in the gap; behind the wall
    r = qgis_process("ecosecurity:barriers", {
        "LINKS": links, "SOURCES": srcp, "RESISTANCE": resp, "MIN_RADIUS": 10,
        "MAX_RADIUS": 30, "STEP": 10, "OUTPUT": str(tmp_path / "b.tif"),
        "OUTPUT_PERCENT": str(tmp_path / "bp.tif"), "OUTPUT_RADIUS": str(tmp_path / "br.tif")})
    b, nodata = read_raster(r["results"]["OUTPUT"])
    assert (b[:, 28:32][b[:, 28:32] != nodata] > 0).any()  # restoring the wall helps
    r = qgis_process("ecosecurity:keyareas", {
        "SCORE": pinch, "CLASSES": 3, "CORRIDORS": corridors,
        "OUTPUT": str(tmp_path / "k.gpkg"), "OUTPUT_SUMMARY": str(tmp_path / "k.csv")})
    summary = read_csv(r["results"]["OUTPUT_SUMMARY"])
    pieces = read_layer(r["results"]["OUTPUT"])
    assert sum(p["area_ha"] for p in pieces) == pytest.approx(float(summary[0]["area_ha"]))
    assert (tmp_path / "k.qml").exists() and (tmp_path / "pp.qml").exists()
