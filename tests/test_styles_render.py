"""The styles written beside the outputs, checked on the pixels QGIS draws from them."""
import numpy as np
import pytest

from helpers import write_raster

ROWS, COLS = 40, 60
BAND = slice(18, 22)  # the corridor rows


def _landscape(tmp_path):
    """A 40 x 60 landscape: a resistance-1 corridor between two large focal regions across a
    resistance-100 matrix; the top 5 rows are sea (nodata), off the circuit's graph."""
    res = np.full((ROWS, COLS), 100.0, np.float32)
    res[BAND, :] = 1.0
    res[:5, :] = -9999.0
    focal = np.zeros((ROWS, COLS), np.float32)
    focal[5:, :8], focal[5:, -8:] = 1, 2
    return (write_raster(tmp_path / "r.tif", res, nodata=-9999.0),
            write_raster(tmp_path / "f.tif", focal))


def _image(path):
    """The raster drawn from its .qml, one pixel per cell, on a transparent background."""
    from qgis.core import QgsRasterLayer
    from ecosecurity.algorithms.tools.maps import render
    layer = QgsRasterLayer(str(path), "current")
    assert layer.isValid()
    ok = layer.loadNamedStyle(str(path)[:-4] + ".qml")[1]
    assert ok
    img = render([layer], width=COLS, height=ROWS, background="transparent")
    assert (img.width(), img.height()) == (COLS, ROWS)
    return img


def _rgba(img, row, col):
    c = img.pixelColor(col, row)
    return np.array([c.red(), c.green(), c.blue(), c.alpha()], float)


@pytest.mark.parametrize("tool", ["circuitscape", "pinchpoints"])
def test_current_map_style_sets_the_corridor_apart(run, tmp_path, tool):
    """Corridor cells and matrix cells far from the sources come out in clearly different
    colours (more than half the RGB cube's diagonal apart; a linear 0-max stretch dominated by
    the focal regions draws both pale); cells with no current are not drawn."""
    r_path, f_path = _landscape(tmp_path)
    out = str(tmp_path / "current.tif")
    if tool == "circuitscape":
        run("circuitscape", {"RESISTANCE": r_path, "FOCAL_RASTER": f_path,
                             "OUTPUT_CURRENT": out, "OUTPUT_RESISTANCES": "TEMPORARY_OUTPUT"})
    else:
        lc = run("leastcostcorridors", {"SOURCES": f_path, "RESISTANCE": r_path,
                                        "LINKS": "TEMPORARY_OUTPUT",
                                        "CORRIDORS": "TEMPORARY_OUTPUT"})
        run("pinchpoints", {"SOURCES": f_path, "RESISTANCE": r_path, "LINKS": lc["LINKS"],
                            "CWD_CUTOFF": 1e6, "OUTPUT": out})
    img = _image(out)
    from helpers import read_raster
    current = read_raster(out)[0]
    cols = np.arange(15, 45)  # the middle, away from the focal regions
    corridor = np.array([_rgba(img, r, c) for r in (19, 20) for c in cols])
    matrix_rows = [r for r in range(5, ROWS) if r not in range(14, 26)
                   and np.all(current[r, cols] > 0)]
    assert matrix_rows, "the matrix carries current"
    matrix = np.array([_rgba(img, r, c) for r in matrix_rows for c in cols])
    assert corridor[:, 3].min() == 255 and matrix[:, 3].min() == 255
    gap = np.linalg.norm(corridor[:, :3].mean(0) - matrix[:, :3].mean(0))
    assert gap > 0.5 * 255 * np.sqrt(3)
    # every corridor pixel darker than every matrix pixel (magma: more current, darker)
    assert corridor[:, :3].sum(1).max() < matrix[:, :3].sum(1).min()
    zero = np.argwhere(current == 0)
    assert len(zero) > 0
    assert all(_rgba(img, r, c)[3] == 0 for r, c in zero[:: max(1, len(zero) // 50)])


def test_quantile_stops():
    from ecosecurity.algorithms.classify.palette import level_widths, levels, quantile_stops
    values = np.r_[np.arange(101.0), np.nan, np.inf]  # the p-th percentile of 0..100 is p
    assert quantile_stops(values, (2, 50, 75, 99.5)) == pytest.approx([2, 50, 75, 99.5])
    # a flat stretch repeats a value: the stops still increase, by a millionth of the span
    flat = quantile_stops(np.r_[np.zeros(90), np.arange(1.0, 11.0)], (2, 50, 75, 99))
    assert flat[:3] == pytest.approx([0, 1e-6 * flat[3], 2e-6 * flat[3]], abs=1e-12)
    assert np.all(np.diff(flat) > 0) and quantile_stops([np.nan], (2, 98)) is None
    assert levels(2, ["#000000", "#ffffff", "#ff0000"]) == ["#000000", "#ffffff"]
    assert levels(3, ["#000000", "#ffffff"]) == ["#000000", "#808080", "#ffffff"]
    assert level_widths(3, [1.6, 0.4]) == [1.6, 1.0, 0.4]


def test_current_style_ignores_rounding_noise_and_focal_cells(tmp_path):
    """Stops come from the cells with real current: neither the 1e-15 A of a region behind
    a source nor the large current of the focal cells moves them."""
    from qgis.core import QgsRasterLayer
    from ecosecurity.algorithms.tools.styles import current_style
    rng = np.random.default_rng(1)
    real = rng.uniform(0.01, 1.0, 1000)
    grid = np.r_[real, np.full(500, 1e-15), np.full(300, 50.0), np.zeros(200)]
    focal = np.r_[np.zeros(1500, bool), np.ones(300, bool), np.zeros(200, bool)]
    expected = np.percentile(real, [2, 50, 75, 90, 97, 99.5])
    layer = QgsRasterLayer(write_raster(tmp_path / "c.tif", grid.reshape(40, 50)
                                        .astype(np.float32)), "c")
    current_style(grid.reshape(40, 50), focal.reshape(40, 50))(layer)
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert [i.value for i in items] == pytest.approx(expected)
    assert items[0].label.endswith(" A")

