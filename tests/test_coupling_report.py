"""ecosecurity:couplingreport: the Chishui-style tables (pure) and graded maps drawn by QGIS."""
import base64
import re

import numpy as np
import pytest

from helpers import write_csv


def test_pivot_by_time_and_chosen_times():
    from ecosecurity.algorithms.coupling import report as R
    rows, cols, grid, lv = R.pivot(["b", "a", "a", "b", "c"],
                                   ["2001", "2000", "2001", "2000", "2001"],
                                   [0.55, 0.31, 0.42, 0.58, 0.95], [6, 4, 5, 6, 10])
    assert rows == ["a", "b", "c"] and cols == ["2000", "2001"]
    assert np.array_equal(lv, [[4, 5], [6, 6], [0, 10]])
    assert np.isnan(grid[2, 0]) and grid[1, 1] == 0.55
    header, table = R.by_time(cols, grid, lv, 10)
    assert header[:5] == ["time", "regions", "mean", "min", "max"]
    assert table[0][:5] == ["2000", 2, pytest.approx(0.445), 0.31, 0.58]
    assert table[1][:5] == ["2001", 3, pytest.approx((0.42 + 0.55 + 0.95) / 3), 0.42, 0.95]
    assert table[1][5:] == [0, 0, 0, 0, 1, 1, 0, 0, 0, 1]  # levels 5, 6 and 10
    with pytest.raises(ValueError, match="region a appears more than once in time 2000"):
        R.pivot(["a", "a"], ["2000", "2000"], [0.1, 0.2])
    years = [str(y) for y in range(2000, 2011)]
    assert R.chosen_times(years) == ["2000", "2005", "2010"]
    assert R.chosen_times(years, ["2010", "2003"]) == ["2010", "2003"]
    with pytest.raises(ValueError, match="no rows for time"):
        R.chosen_times(years, ["1999"])
    page = R.grid_html(rows, cols, grid, lv, ["#%02x0000" % k for k in range(10)],
                       ["L%d" % k for k in range(1, 11)])
    assert "<td style='background:#030000' title='L4'>0.310</td>" in page
    assert "<tr><th>c</th><td></td>" in page


def _polygons():
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    layer = QgsVectorLayer("Polygon?crs=EPSG:32650&field=name:string", "regions", "memory")
    feats = []
    for k, name in enumerate(["A", "b", "C "]):  # keys match loosely: case and spaces
        f = QgsFeature(layer.fields())
        f.setAttributes([name])
        f.setGeometry(QgsGeometry.fromWkt(
            "POLYGON((%d 0, %d 0, %d 1000, %d 1000, %d 0))" % (
                k * 1000, k * 1000 + 1000, k * 1000 + 1000, k * 1000, k * 1000)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_report_tables_and_graded_maps(run, tmp_path):
    from qgis.PyQt.QtGui import QImage
    from ecosecurity.algorithms.classify.palette import ramp
    from ecosecurity.algorithms.coupling.coordination import TEN_LEVEL_LABELS
    table = write_csv(tmp_path / "cc.csv", ["region", "year", "D"],
                      [["a", 2000, 0.31], ["b", 2000, 0.58], ["c", 2000, 0.05],
                       ["a", 2001, 0.42], ["b", 2001, 0.55], ["c", 2001, 0.95]])
    weights = write_csv(tmp_path / "w.csv", ["indicator", "weight"],
                        [["gdp", 0.625], ["income", 0.375]])
    html = tmp_path / "cc.html"
    run("couplingreport", {"INPUT": table, "ID_FIELD": "region", "TIME_FIELD": "year",
                           "WEIGHTS": [weights], "REGIONS": _polygons(), "REGION_KEY": "name",
                           "MAP_WIDTH": 300, "OUTPUT_HTML": str(html)})
    page = html.read_text(encoding="utf-8")
    colours = ramp(10)
    # no D_LEVEL in the table: graded on the ten-level table, 0.31 -> level 4
    assert "<td style='background:%s' title='%s'>0.310</td>" % (
        colours[3], TEN_LEVEL_LABELS[3]) in page
    assert "<td>gdp</td><td>0.625</td>" in page
    assert re.search(r"<td>2001</td><td>3</td><td>0\.64</td><td>0\.42</td><td>0\.95</td>",
                     page)
    maps = re.findall(r"<h2>D grades, (\d+)</h2>.*?src='data:image/png;base64,([^']+)'", page)
    assert [t for t, _ in maps] == ["2000", "2001"]  # two times: both mapped
    for year, data in maps:
        img = QImage()
        assert img.loadFromData(base64.b64decode(data), "PNG")
        assert img.width() == 300 and img.height() == 100
        levels = {"2000": (4, 6, 1), "2001": (5, 6, 10)}[year]
        for k, level in enumerate(levels):  # the middle of each region, in its grade colour
            assert img.pixelColor(50 + 100 * k, 50).name() == colours[level - 1]
