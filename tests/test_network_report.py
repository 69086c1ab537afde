"""ecosecurity:networkreport: the Liuzhi-style tables (pure) and the HTML page with maps
drawn by QGIS."""
import base64
import re

import pytest

from conftest import read_layer
from test_project import network


def test_tables_by_level_and_key_areas():
    from ecosecurity.algorithms.corridors import report as R
    header, rows = R.source_table([3, 1, 2], [2e6, 5e6, 1e6], [0.5, 9.0, 1.5], [2, 1, 2])
    assert header == ["source", "area (km2)", "dPC", "level"]
    assert rows == [[1, 5.0, 9.0, 1], [2, 1.0, 1.5, 2], [3, 2.0, 0.5, 2]]
    header, rows = R.by_level([2, 1, 2], {"area (km2)": [2.0, 5.0, 1.0]},
                              share_of="area (km2)")
    assert rows == [[1, 1, 5.0, 0.625], [2, 2, 3.0, 0.375], ["all", 3, 8.0, 1.0]]
    header, rows = R.link_table([1, 2], [2, 3], [2000.0, 500.0], [900.0, 100.0],
                                [3.0, 7.5], [2, 1])
    assert header[-2:] == ["current (A)", "level"]
    assert rows == [[2, 3, 0.5, 100.0, 200.0, 7.5, 1], [1, 2, 2.0, 900.0, 450.0, 3.0, 2]]
    # key area 4 is cut in two by a unit boundary: it counts once, its area is whole
    header, rows = R.key_area_totals([("to protect", [4, 4, 9], [3.0, 2.0, 4.0],
                                       [120.0, 0.0, 30.0])])
    assert rows == [["to protect", 2, 9.0, 5.0, 0.15]]


def _images(page):
    from qgis.PyQt.QtGui import QImage
    out = []
    for data in re.findall(r"src='data:image/png;base64,([^']+)'", page):
        img = QImage()
        assert img.loadFromData(base64.b64decode(data), "PNG")
        out.append(img)
    return out


def test_report_page(run, tmp_path):
    p = network(run, tmp_path)
    html = str(tmp_path / "report.html")
    run("networkreport", {"SOURCE_POLYGONS": p["sources_c"], "LINKS": p["links_c"],
                          "RESISTANCE": p["resistance"], "CURRENT": p["current"],
                          "PINCH_POINTS": p["pinch"], "PROTECT_AREAS": p["key"],
                          "PROTECT_BY_UNIT": p["key_units"], "MAP_WIDTH": 400,
                          "TITLE": "Small network", "OUTPUT_HTML": html})
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    for heading in ("Sources by level", "Corridors by level", "Sources and resistance",
                    "Corridors and current", "Pinch points", "Key areas",
                    "Pinch points and barriers", "Key areas to protect by unit"):
        assert "<h2>%s</h2>" % heading in page
    assert "Barriers</h2>" not in page  # no barrier raster given: no barrier map
    assert "plotly" not in page
    # the map images: one per map given, 400 px wide, many colours (not a blank frame)
    images = _images(page)
    assert len(images) == 4
    for img in images:
        assert img.width() == 400 and img.height() > 100
        colours = {img.pixel(x, y) for x in range(0, 400, 4) for y in range(0, img.height(), 4)}
        assert len(colours) > 10
    # the corridor table: link 2-3 runs straight up 21 cells of resistance 1 (lcd 210,
    # path 210 m); its current is the centrality tool's
    links = {(f["from_id"], f["to_id"]): f for f in read_layer(p["links_c"])}
    row = re.search(r"<tr><td>2</td><td>3</td><td>([^<]+)</td><td>([^<]+)</td>"
                    r"<td>([^<]+)</td><td>([^<]+)</td><td>(\d+)</td></tr>", page)
    assert row is not None
    assert float(row.group(1)) == pytest.approx(0.21)
    assert float(row.group(2)) == pytest.approx(210.0)
    assert float(row.group(3)) == pytest.approx(1000.0)
    assert float(row.group(4)) == pytest.approx(links[(2, 3)]["current_flow"], rel=1e-5)
    assert int(row.group(5)) == links[(2, 3)]["level"]
    # the key-area totals add up the pieces the key-area tool wrote
    pieces = read_layer(p["key"])
    total = re.search(r"<td>to protect \(pinch points\)</td><td>(\d+)</td><td>([^<]+)</td>",
                      page)
    assert int(total.group(1)) == len({f["key_id"] for f in pieces})
    assert float(total.group(2)) == pytest.approx(sum(f["area_ha"] for f in pieces),
                                                  rel=1e-5)


def test_lengths_in_a_crs_without_authority_id():
    """A CRS read from a file may have no EPSG id and an ellipsoid QGIS cannot measure on:
    lengths and areas are planar metres (they were NaN)."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsGeometry,
                           QgsProcessingContext)
    from ecosecurity.algorithms.corridors.tools.networkreport import _Measure
    laea = QgsCoordinateReferenceSystem.fromProj(
        "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +units=m")
    assert laea.isValid() and not laea.isGeographic()
    m = _Measure(laea, QgsProcessingContext())
    assert m.measureLength(QgsGeometry.fromWkt("LINESTRING(0 0, 300 400)")) == 500.0
    assert m.measureArea(QgsGeometry.fromWkt("POLYGON((0 0, 100 0, 100 50, 0 50, 0 0))")) \
        == 5000.0
    wgs = _Measure(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProcessingContext())
    # one degree of longitude on the equator of the WGS84 ellipsoid: 111,319.49 m
    assert wgs.measureLength(QgsGeometry.fromWkt("LINESTRING(0 0, 1 0)")) == \
        pytest.approx(111319.49, abs=0.01)
