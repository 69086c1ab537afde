"""ecosecurity:mspa through processing.run and qgis_process: the JRC engine's rasters pixel
for pixel, the class table and bad input."""
import re

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from conftest import REFERENCE, SAMPLE, cases_or_failure
from helpers import read_csv, read_raster, write_raster

FNF = str(SAMPLE / "corsica" / "fnf_2018.tif")
REFS = sorted((REFERENCE / "mspa").glob("corsica_mspa_*.tif"))


@pytest.mark.parametrize("ref", cases_or_failure(
    [pytest.param(r, id=r.stem) for r in REFS], REFERENCE / "mspa" / "corsica_mspa_*.tif"))
def test_tool_equals_the_jrc_engine(run, tmp_path, ref):
    ew, conn, trans, intext = map(int, re.search(r"ew(\d+)_c(\d)_t(\d)_i(\d)", ref.name).groups())
    res = run("mspa", {"INPUT": FNF, "FOREGROUND": "2", "MISSING": "0", "EDGE_WIDTH": ew,
                       "CONNECTIVITY": 0 if conn == 8 else 1, "TRANSITION": bool(trans),
                       "INTEXT": bool(intext), "OUTPUT": str(tmp_path / "m.tif"),
                       "OUTPUT_STATS": str(tmp_path / "s.csv")})
    ours, _ = read_raster(res["OUTPUT"])
    want, _ = read_raster(ref)
    assert (ours != want).sum() == 0
    stats = {int(r["class"]): r for r in read_csv(res["OUTPUT_STATS"])}
    values, counts = np.unique(want, return_counts=True)
    assert {v: int(stats[v]["pixels"]) for v in stats} == dict(zip(values.tolist(),
                                                                   counts.tolist()))
    assert float(stats[17]["area"]) == pytest.approx(int(stats[17]["pixels"]) * 100 * 100)
    fg = sum(int(r["pixels"]) for v, r in stats.items() if r["share"])
    assert float(stats[17]["share"]) == pytest.approx(100 * int(stats[17]["pixels"]) / fg)
    assert (tmp_path / "m.qml").exists()


@pytest.mark.parametrize("grid, message", [
    (np.ones((20, 20), np.uint8), "(?i)no foreground"),
    (np.full((20, 20), 2, np.uint8), "(?i)background")])
def test_bad_input(run, tmp_path, grid, message):
    path = write_raster(tmp_path / "g.tif", grid)
    with pytest.raises(QgsProcessingException, match=message):
        run("mspa", {"INPUT": path, "OUTPUT": str(tmp_path / "m.tif"),
                     "OUTPUT_STATS": str(tmp_path / "s.csv")})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.tif"]


@pytest.mark.qgis_process
def test_mspa_through_qgis_process(qgis_process, tmp_path):
    r = qgis_process("ecosecurity:mspa", {"INPUT": FNF, "EDGE_WIDTH": 1,
                                          "OUTPUT": tmp_path / "m.tif",
                                          "OUTPUT_STATS": tmp_path / "s.csv"})
    ours, _ = read_raster(r["results"]["OUTPUT"])
    want, _ = read_raster(REFERENCE / "mspa" / "corsica_mspa_ew1_c8_t1_i1.tif")
    assert (ours != want).sum() == 0
