"""Styles of the network outputs, shared by the source and corridor tools so the same kind
of layer looks the same whichever tool wrote it (colours in classify/palette.py)."""
import numpy as np
from qgis.core import (QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsGraduatedSymbolRenderer,
                       QgsLineSymbol, QgsRendererCategory, QgsRendererRange,
                       QgsSimpleLineSymbolLayer, QgsSingleSymbolRenderer, QgsVectorLayer)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..base import pseudocolor_style, tr
from .compat import GeometryType
from ..classify import breaks as B
from ..classify import palette as P

CURRENT_UNIT = "A"  # 1 A injected per pair, as Circuitscape's maps
NOISE = 1e-9  # relative to the largest current: below it, no current


def current_style(grid, exclude=None):
    """A current map (Circuitscape, pinch points): a quantile ramp over the cells that carry
    current, short-circuited focal cells (exclude) left out of the statistics so their
    large current does not flatten the rest; cells of 0 (off the graph) are not drawn.
    Currents below a billionth of the largest are rounding noise of the solve (a region
    behind a source carries none): they count as none in the statistics and take the
    lowest colour."""
    finite = np.isfinite(grid)
    top = float(grid[finite].max()) if finite.any() else 0.0
    valid = finite & (grid > NOISE * top)
    if exclude is not None:
        valid &= ~exclude
    stops = P.quantile_stops(grid[valid], P.CURRENT_PERCENTILES)
    if stops is None:
        return pseudocolor_style(0.0, 1.0, P.CURRENT_RAMP, unit=CURRENT_UNIT,
                                 zero_transparent=True)
    return pseudocolor_style(stops[0], stops[-1], P.CURRENT_RAMP, stops=stops,
                             unit=CURRENT_UNIT, zero_transparent=True)


def _categories(layer, field, n_levels, symbol_for):
    cats = [QgsRendererCategory(k + 1, symbol_for(k), tr("Level %d") % (k + 1))
            for k in range(max(n_levels, 1))]
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, cats))


def level_style(n_levels, field="level"):
    """Links (lines) or sources (polygons) by importance level, level 1 darkest; links
    also widest. The same function styles both, choosing by the layer's geometry."""
    def apply(layer):
        if not isinstance(layer, QgsVectorLayer):
            return
        if layer.geometryType() == GeometryType.Line:
            colours = P.levels(n_levels, P.LINK_LEVELS)
            widths = P.level_widths(n_levels)
            _categories(layer, field, n_levels,
                        lambda k: cased_line(colours[k], widths[k]))
        elif layer.geometryType() == GeometryType.Polygon:
            colours = P.levels(n_levels, P.SOURCE_LEVELS)
            _categories(layer, field, n_levels, lambda k: QgsFillSymbol.createSimple(
                {"color": colours[k], "outline_color": "#00250f", "outline_width": "0.3"}))
    return apply


def cased_line(colour, width):
    """A line of the given colour and width (mm) on a white casing 0.8 mm wider, so it reads
    over the dark and the pale parts of a current or corridor map alike."""
    symbol = QgsLineSymbol.createSimple({"color": "#ffffff", "width": str(width + 0.8),
                                         "width_unit": "MM", "capstyle": "round",
                                         "joinstyle": "round"})
    symbol.appendSymbolLayer(QgsSimpleLineSymbolLayer(QColor(colour), width))
    symbol.symbolLayer(1).setPenCapStyle(Qt.RoundCap)
    symbol.symbolLayer(1).setPenJoinStyle(Qt.RoundJoin)
    return symbol


def link_style(layer):
    """Least-cost links without levels: one blue line, above the corridor raster."""
    if isinstance(layer, QgsVectorLayer):
        layer.setRenderer(QgsSingleSymbolRenderer(cased_line(P.LINK_COLOUR, 0.7)))


def key_area_style(colour=P.RESTORE_COLOUR):
    """Key areas: a half-transparent fill with a strong outline, readable over any raster."""
    def apply(layer):
        if isinstance(layer, QgsVectorLayer):
            fill = "%d,%d,%d,150" % tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
            layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": fill, "outline_color": colour, "outline_width": "0.5"})))
    return apply


def outline_style(colour="#4d4d4d", width="0.4"):
    """Administrative units: outlines only, so the maps below stay readable."""
    def apply(layer):
        if isinstance(layer, QgsVectorLayer):
            layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"style": "no", "outline_color": colour, "outline_width": width})))
    return apply


def patch_style(field="dPC", n_classes=4):
    """Habitat patches by importance for connectivity: natural breaks of dPC, the greens of
    the sources (darkest = most important), thin outlines; one colour when the values do
    not split."""
    def apply(layer):
        if not isinstance(layer, QgsVectorLayer) or layer.fields().lookupField(field) < 0:
            return
        values = np.array([f[field] for f in layer.getFeatures()
                           if isinstance(f[field], (int, float))], float)
        k = min(n_classes, np.unique(values[np.isfinite(values)]).size)
        colours = P.levels(max(k, 1), P.SOURCE_LEVELS)[::-1]  # lowest class palest
        symbol = lambda c: QgsFillSymbol.createSimple(  # noqa: E731
            {"color": c, "outline_color": "#00250f", "outline_width": "0.15"})
        if k < 2:
            layer.setRenderer(QgsSingleSymbolRenderer(symbol(colours[-1])))
            return
        edges = B.natural_breaks(values, k)
        ranges = [QgsRendererRange(float(lo), float(hi), symbol(c), "%.3g - %.3g" % (lo, hi))
                  for lo, hi, c in zip(edges[:-1], edges[1:], colours)]
        layer.setRenderer(QgsGraduatedSymbolRenderer(field, ranges))
    return apply
