"""Bad or awkward input that used to slip through (issue 14's numbered findings), each
through the tool as a user would meet it."""
import os
import signal
import subprocess
import time

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from conftest import SAMPLE, read_layer
from helpers import read_raster, write_raster
from test_network_tools import Warnings


# -- 1. a factor covering part of the reference grid --------------------------------------

def test_partial_factor_without_nodata_is_nodata_outside_its_extent(run, tmp_path):
    """A factor with no nodata value that covers only rows 3-7 of the reference grid: the
    other rows are nodata in the result, not a score of 0 counted as valid."""
    full = write_raster(tmp_path / "full.tif", np.full((10, 10), 2.0, np.float32),
                        nodata=-9999)
    part = write_raster(tmp_path / "part.tif", np.full((5, 10), 4, np.uint8),
                        origin=(500000.0, 4000000.0 - 30))  # no nodata value, shifted
    res = run("resistancesurface", {"FACTORS": [full, part], "WEIGHTS": "0.5,0.5",
                                    "OUTPUT": str(tmp_path / "r.tif")})
    out, nodata = read_raster(res["OUTPUT"])
    valid = out != nodata
    assert valid[3:8].all() and not valid[:3].any() and not valid[8:].any()
    np.testing.assert_allclose(out[3:8], 3.0)  # 0.5 * 2 + 0.5 * 4


# -- 2. key areas: a corridor mask on another grid, ADMIN of points -----------------------

def _score(tmp_path):
    score = np.zeros((20, 20), np.float32)
    score[2:6, 2:6] = 9.0      # a block in the corridor half (rows < 10)
    score[14:18, 14:18] = 9.0  # a block outside it
    score[0, 0] = 1.0
    return write_raster(tmp_path / "score.tif", score, nodata=-9999)


def test_corridor_mask_on_another_grid_is_aligned(run, tmp_path):
    score = _score(tmp_path)
    corr = np.ones((5, 10), np.float32)  # 20 m cells over the top half only
    corridors = write_raster(tmp_path / "corr.tif", corr, cell=20.0)  # no nodata value
    with_mask = run("keyareas", {"SCORE": score, "CORRIDORS": corridors, "CLASSES": 2,
                                 "OUTPUT": str(tmp_path / "k.gpkg"),
                                 "OUTPUT_SUMMARY": str(tmp_path / "s.csv")})
    areas = [p["area_ha"] for p in read_layer(with_mask["OUTPUT"])]
    assert areas == [pytest.approx(16 * 100 / 1e4)]  # the block inside the corridors only
    without = run("keyareas", {"SCORE": score, "CLASSES": 2,
                               "OUTPUT": str(tmp_path / "k2.gpkg"),
                               "OUTPUT_SUMMARY": str(tmp_path / "s2.csv")})
    assert len(read_layer(without["OUTPUT"])) == 2


def test_admin_must_be_polygons(run, tmp_path):
    """A GeoPackage of points as ADMIN (qgis_process does not check the geometry type):
    refused, where every key area used to come out "outside"."""
    from osgeo import ogr, osr
    path = str(tmp_path / "towns.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("towns", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("town", ogr.OFTString))
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetField("town", "West")
    f.SetGeometry(ogr.CreateGeometryFromWkt("POINT (500050 3999950)"))
    layer.CreateFeature(f)
    ds = None
    with pytest.raises(QgsProcessingException, match=r"ADMIN .*point.* must hold polygons"):
        run("keyareas", {"SCORE": _score(tmp_path), "ADMIN": path, "ADMIN_FIELD": "town",
                         "CLASSES": 2,
                         "OUTPUT": str(tmp_path / "k.gpkg"),
                         "OUTPUT_SUMMARY": str(tmp_path / "s.csv")})
    assert not (tmp_path / "k.gpkg").exists()


# -- 3. a CSV that is not UTF-8 ----------------------------------------------------------

PROVINCES = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江"]


def _panel(path, encoding):
    rows = ["province,year,gdp,income"]
    for k, name in enumerate(PROVINCES):
        for year in (2020, 2021):
            rows.append("%s,%d,%g,%g" % (name, year, 10 + k + year % 2, 5 + 2 * k))
    path.write_bytes(("\n".join(rows) + "\n").encode(encoding))
    return str(path)


def test_a_gbk_csv_is_refused_by_name(run, tmp_path):
    """GBK bytes read as UTF-8 turned 8 provinces into 5 groups of U+FFFD names; now the
    file is refused, named, with the advice to re-save it as UTF-8."""
    gbk = _panel(tmp_path / "panel_gbk.csv", "gbk")
    params = {"POSITIVE_FIELDS": ["gdp", "income"], "GROUP_FIELD": "province",
              "OUTPUT": str(tmp_path / "u.gpkg"), "OUTPUT_WEIGHTS": str(tmp_path / "w.csv")}
    with pytest.raises(QgsProcessingException,
                       match=r"INPUT: the file .*panel_gbk\.csv is not UTF-8 text .* line 2 .*"
                             r"Re-save it as UTF-8"):
        run("compositeindex", dict(params, INPUT=gbk))
    assert not (tmp_path / "u.gpkg").exists()
    # the same table in UTF-8 runs, with one weight group per province
    res = run("compositeindex", dict(params, INPUT=_panel(tmp_path / "panel.csv", "utf-8")))
    groups = {r["province"] for r in read_layer(res["OUTPUT"])}
    assert groups == set(PROVINCES)


# -- 5. outputs over inputs, stale sidecar files ------------------------------------------

def test_output_may_not_overwrite_an_input(run, tmp_path):
    grid = np.arange(100, dtype=np.float32).reshape(10, 10)
    src = write_raster(tmp_path / "in.tif", grid, nodata=-9999)
    with pytest.raises(QgsProcessingException, match=r"OUTPUT would overwrite the input INPUT"):
        run("classifyraster", {"INPUT": src, "BAND": 1, "METHOD": 1, "CLASSES": 3,
                               "OUTPUT": src, "OUTPUT_BREAKS": str(tmp_path / "b.csv")})
    np.testing.assert_array_equal(read_raster(src)[0], grid)
    assert not (tmp_path / "b.csv").exists()


def test_an_old_aux_xml_beside_an_output_is_removed(run, tmp_path):
    """GDAL keeps statistics in <output>.aux.xml; one left by an earlier run would report
    the old statistics for the new raster."""
    src = write_raster(tmp_path / "in.tif", np.arange(100, dtype=np.float32).reshape(10, 10),
                       nodata=-9999)
    out = tmp_path / "cls.tif"
    stale = tmp_path / "cls.tif.aux.xml"
    stale.write_text('<PAMDataset><PAMRasterBand band="1"><Metadata><MDI key='
                     '"STATISTICS_MAXIMUM">10</MDI></Metadata></PAMRasterBand></PAMDataset>')
    run("classifyraster", {"INPUT": src, "BAND": 1, "METHOD": 1, "CLASSES": 3,
                           "OUTPUT": str(out), "OUTPUT_BREAKS": str(tmp_path / "b.csv")})
    assert out.exists() and not stale.exists()


# -- 7. output folders -------------------------------------------------------------------

def test_an_output_in_a_missing_folder_is_refused_before_the_work(run, tmp_path):
    res = np.ones((30, 30), np.float32)
    r_path = write_raster(tmp_path / "r.tif", res)
    focal = np.zeros((30, 30), np.float32)
    focal[1, 1], focal[28, 28] = 1, 2
    f_path = write_raster(tmp_path / "f.tif", focal)
    missing = tmp_path / "no" / "such"
    with pytest.raises(QgsProcessingException,
                       match=r"The folder of OUTPUT_RESISTANCES does not exist: .*no/such"):
        run("circuitscape", {"RESISTANCE": r_path, "FOCAL_RASTER": f_path,
                             "OUTPUT_CURRENT": str(tmp_path / "c.tif"),
                             "OUTPUT_RESISTANCES": str(missing / "r.csv")})
    assert not (tmp_path / "c.tif").exists() and not missing.exists()


def test_writable_tries_the_folder(tmp_path):
    from ecosecurity.algorithms.tools.guards import writable
    a_file = tmp_path / "f.txt"
    a_file.write_text("x")
    assert writable(str(tmp_path)) and os.listdir(tmp_path) == ["f.txt"]  # probe removed
    assert not writable(str(a_file))  # a "folder" that is a file
    assert not writable(str(tmp_path / "missing"))


@pytest.mark.qgis_process
def test_a_read_only_output_folder_is_refused_before_the_work():
    """A folder the user cannot write to, for real: as root (these tests' user in the CI
    container) mode bits do not stop a write, so qgis_process runs as user nobody
    (setpriv) on a folder owned by root (mode 755); as any other user the folder is made
    read-only (chmod 555). The same run into a writable folder succeeds, so the refusal
    is the folder's doing."""
    import shutil
    import tempfile
    from conftest import REPO
    base = tempfile.mkdtemp(prefix="ecosecurity-ro-")  # pytest's tmp_path is closed to others
    try:
        os.chmod(base, 0o755)
        for name, mode in (("plugins", 0o755), ("data", 0o755), ("ro", 0o755),
                           ("rw", 0o777), ("profile", 0o777)):
            os.mkdir(os.path.join(base, name))
            os.chmod(os.path.join(base, name), mode)
        os.symlink(str(REPO), os.path.join(base, "plugins", "ecosecurity"))
        factor = write_raster(os.path.join(base, "data", "f.tif"),
                              np.arange(12, dtype=np.float32).reshape(3, 4))
        os.chmod(factor, 0o644)
        if os.geteuid() == 0:
            assert shutil.which("setpriv"), "setpriv (util-linux) is needed to run as nobody"
            prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        else:
            os.chmod(os.path.join(base, "ro"), 0o555)
            prefix = []
        env = dict(os.environ, HOME=os.path.join(base, "profile"), QT_QPA_PLATFORM="offscreen",
                   GDAL_PAM_ENABLED="NO", QGIS_PLUGINPATH=os.path.join(base, "plugins"),
                   QGIS_CUSTOM_CONFIG_PATH=os.path.join(base, "profile"))
        exe = prefix + ["qgis_process.bin"]
        enable = subprocess.run(exe + ["plugins", "enable", "ecosecurity"], env=env,
                                capture_output=True, text=True, timeout=300)
        assert enable.returncode == 0, enable.stdout + enable.stderr

        def reclassify(folder):
            return subprocess.run(exe + ["run", "ecosecurity:reclassify", "--",
                                         "INPUT=" + factor, "METHOD=0", "TABLE=0,11=1",
                                         "OUTPUT=" + os.path.join(base, folder, "o.tif")],
                                  env=env, capture_output=True, text=True, timeout=300)
        ro = reclassify("ro")
        assert ro.returncode != 0
        assert "The folder of OUTPUT cannot be written: %s (read-only or without " \
            "permission)" % os.path.join(base, "ro") in ro.stdout + ro.stderr
        assert "Traceback" not in ro.stdout + ro.stderr
        assert os.listdir(os.path.join(base, "ro")) == []
        rw = reclassify("rw")
        assert rw.returncode == 0, rw.stdout[-2000:] + rw.stderr[-2000:]
        assert os.path.exists(os.path.join(base, "rw", "o.tif"))
    finally:
        shutil.rmtree(base)


# -- 6. SIGINT and SIGTERM ------------------------------------------------------------------

@pytest.mark.qgis_process
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_stops_the_run_and_leaves_nothing(qgis_process, tmp_path, sig):
    """qgis_process interrupted while it writes a raster: the run stops (SIGINT used to be
    ignored), the process ends with an error status and the output folder is left empty
    (SIGTERM used to leave a hidden .part.tif)."""
    grid = np.random.default_rng(1).random((3000, 3000), dtype=np.float32)
    src = write_raster(tmp_path / "in.tif", grid)
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen(
        [qgis_process.exe, "--json", "run", "ecosecurity:classifyraster", "--",
         "INPUT=%s" % src, "BAND=1", "METHOD=1", "CLASSES=5", "OUTPUT=%s" % (out / "c.tif"),
         "OUTPUT_BREAKS=%s" % (out / "b.csv")],
        env=qgis_process.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline and \
            not any(p.name.endswith(".part.tif") for p in out.iterdir()):
        time.sleep(0.005)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode != 0, stdout[-2000:]
    assert sorted(p.name for p in out.iterdir()) == []


# -- 4. memory refused before any big allocation -------------------------------------------

def _sparse_grid(path, size, cells):
    """A size x size Float32 GeoTIFF that takes a few kB on disk (sparse tiles) with a few
    non-zero cells."""
    from osgeo import gdal, osr
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Float32,
                                              ["TILED=YES", "SPARSE_OK=TRUE"])
    ds.SetGeoTransform((500000.0, 10.0, 0, 4000000.0, 0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    ds.SetProjection(srs.ExportToWkt())
    for (r, c), v in cells.items():
        ds.GetRasterBand(1).WriteArray(np.array([[v]], np.float32), c, r)
    ds = None
    return str(path)


@pytest.mark.parametrize("tool", ["circuitscape", "leastcostcorridors"])
def test_a_huge_grid_is_refused_before_it_is_read(run, tmp_path, monkeypatch, tool):
    """20,000 x 20,000 cells with 1 GB free: the refusal with the estimate comes before any
    grid is read whole (the focal or source raster used to be read first: 3.2 GB each)."""
    from ecosecurity.algorithms import grids
    monkeypatch.setattr(grids, "available_memory", lambda: 10 ** 9)
    big_reads = []
    original = grids.RasterIn.read

    def spy(self, row0, rows, dtype=np.float64):
        if rows * self.width > 10 ** 6:
            big_reads.append((self.name, rows, self.width))
            raise AssertionError("a whole grid was read before the memory check")
        return original(self, row0, rows, dtype)

    monkeypatch.setattr(grids.RasterIn, "read", spy)
    size = 20000
    res = _sparse_grid(tmp_path / "r.tif", size, {(0, 0): 1.0})
    ids = _sparse_grid(tmp_path / "ids.tif", size, {(5, 5): 1.0, (size - 5, size - 5): 2.0})
    params = ({"RESISTANCE": res, "FOCAL_RASTER": ids, "OUTPUT_CURRENT": str(tmp_path / "c.tif"),
               "OUTPUT_RESISTANCES": str(tmp_path / "r.csv")} if tool == "circuitscape" else
              {"RESISTANCE": res, "SOURCES": ids, "LINKS": str(tmp_path / "l.gpkg"),
               "CORRIDORS": str(tmp_path / "c.tif")})
    with pytest.raises(QgsProcessingException,
                       match=r"20000 x 20000 .*need.* about [\d.]+ GB .* only 1\.0 GB are free"):
        run(tool, params)
    assert big_reads == []


# -- 7. names a format cannot keep ---------------------------------------------------------

def test_shapefile_outputs_are_reported_as_written(run, tmp_path):
    """A 300-character index name into Shapefile outputs: the results name the files that
    exist (a table without geometry is a .dbf; 'w.dbf' becomes 'w.dbf.dbf') and a warning
    gives the field name the format kept."""
    log = Warnings()
    name = "x" * 300
    res = run("compositeindex", {"INPUT": str(SAMPLE / "produc.csv"),
                                 "POSITIVE_FIELDS": ["gsp", "emp"], "INDEX_FIELD": name,
                                 "OUTPUT": str(tmp_path / "u.shp"),
                                 "OUTPUT_WEIGHTS": str(tmp_path / "w.dbf")}, log)
    assert os.path.exists(res["OUTPUT"]) and os.path.exists(res["OUTPUT_WEIGHTS"])
    assert res["OUTPUT"].endswith("u.dbf")
    assert any("'%s' as 'xxxxxxxxxx'" % name in w for w in log.warnings), log.warnings
    rows = read_layer(res["OUTPUT"])
    assert len(rows) == 48 * 17 and "xxxxxxxxxx" in rows[0]


# -- 8. minor findings ---------------------------------------------------------------------

def test_area_field_naming_no_field_is_an_error(run, tmp_path):
    from test_select_sources_tool import patches
    with pytest.raises(QgsProcessingException,
                       match=r"AREA_FIELD '面积' is not a field of layer 'patches' \(its "
                             r"fields: name, area, dPC\)"):
        run("selectsources", {"PATCHES": patches(), "AREA_FIELD": "面积", "MIN_AREA": 0,
                              "MIN_DPC": 0, "OUTPUT": str(tmp_path / "s.gpkg")})
    assert not (tmp_path / "s.gpkg").exists()


def test_an_empty_file_is_named_empty(run, tmp_path):
    empty = tmp_path / "panel.csv"
    empty.write_bytes(b"")
    with pytest.raises(QgsProcessingException, match=r"INPUT: the file .*panel\.csv is empty"):
        run("compositeindex", {"INPUT": str(empty), "POSITIVE_FIELDS": ["a"],
                               "OUTPUT": str(tmp_path / "u.gpkg"),
                               "OUTPUT_WEIGHTS": str(tmp_path / "w.csv")})


def test_negative_and_infinite_resistances_are_warned_about(run, tmp_path):
    res = np.ones((10, 12), np.float32)
    res[4, 4], res[5, 6], res[6, 6] = -2.0, np.inf, np.inf
    focal = np.zeros((10, 12), np.float32)
    focal[1, 1], focal[8, 10] = 1, 2
    log = Warnings()
    run("circuitscape", {"RESISTANCE": write_raster(tmp_path / "r.tif", res),
                         "FOCAL_RASTER": write_raster(tmp_path / "f.tif", focal),
                         "OUTPUT_CURRENT": str(tmp_path / "c.tif"),
                         "OUTPUT_RESISTANCES": str(tmp_path / "r.csv")}, log)
    assert any("1 negative and 2 infinite cell value(s)" in w for w in log.warnings), \
        log.warnings
    current, nodata = read_raster(tmp_path / "c.tif")
    assert current[4, 4] in (0.0, nodata) and current[5, 6] in (0.0, nodata)


def _produc_1975_and_1976(tmp_path, extra=()):
    from helpers import read_csv, write_csv
    rows = [[r["state"], r["year"], r["unemp"]] for r in read_csv(SAMPLE / "produc.csv")
            if r["year"] in ("1975", "1976")]
    return write_csv(tmp_path / "panel.csv", ["state", "year", "unemp"], rows + list(extra))


def test_kerneldensity_refuses_a_repeated_region_year(run, tmp_path):
    """A region twice in one year (a pasted row, here Ohio 1976 with another value): with
    ID_FIELD it is refused naming the layer, region, year and rows; no output is left."""
    path = _produc_1975_and_1976(tmp_path, [["OHIO", "1976", "9.9"]])
    params = {"INPUT": path, "VALUE_FIELD": "unemp", "TIME_FIELD": "year",
              "OUTPUT": str(tmp_path / "c.csv"), "OUTPUT_PEAKS": str(tmp_path / "p.csv"),
              "OUTPUT_HTML": str(tmp_path / "kd.html")}
    # 96 rows of produc (48 states x 1975, 1976) then the pasted row: Ohio 1976 is row 66
    with pytest.raises(QgsProcessingException,
                       match=r"Layer 'panel' has 2 rows for region 'OHIO' in period 1976 "
                             r"\(rows 66 \(id \d+\), 97 \(id \d+\)\); 0 other region-period "
                             r"pair\(s\) repeat as well\..*remove or aggregate the repeated "
                             r"rows"):
        run("kerneldensity", dict(params, ID_FIELD="state"))
    assert sorted(os.listdir(tmp_path)) == ["panel.csv"]
    # without ID_FIELD (what the help says): the row is taken as one more region of 1976
    res = run("kerneldensity", params)
    from helpers import read_csv
    n = {p["year"]: int(p["n"]) for p in read_csv(res["OUTPUT_PEAKS"])}
    assert n == {"1975": 48, "1976": 49}


def test_kerneldensity_with_id_field_on_a_clean_panel_gives_the_same_curves(run, tmp_path):
    from helpers import read_csv
    path = _produc_1975_and_1976(tmp_path)
    out = {}
    for key, extra in (("plain", {}), ("checked", {"ID_FIELD": "state"})):
        res = run("kerneldensity", dict({"INPUT": path, "VALUE_FIELD": "unemp",
                                         "TIME_FIELD": "year",
                                         "OUTPUT": str(tmp_path / (key + ".csv")),
                                         "OUTPUT_PEAKS": "TEMPORARY_OUTPUT"}, **extra))
        out[key] = [(c["year"], c["x"], c["density"]) for c in read_csv(res["OUTPUT"])]
    assert len(out["plain"]) == 2 * 512 and out["checked"] == out["plain"]
