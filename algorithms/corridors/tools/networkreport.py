"""ecosecurity:networkreport: one HTML page with the network's maps and tables."""
import os

import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsDistanceArea, QgsGeometry, QgsProcessing,
                       QgsProcessingException, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterRasterLayer, QgsProject, QgsUnitTypes)

from ...tools import maps, project
from ...base import EcoAlgorithm, Progress, help_html
from ...classify.palette import PROTECT_COLOUR, RESTORE_COLOUR
from ...tools.compat import empty_extent
from ...tools.styles import key_area_style, outline_style
from ...dynamics.plots import page, table_html
from .. import report as R
from .common import GROUP, GROUP_ID

RASTERS = [("RESISTANCE", "Resistance surface"), ("CURRENT", "Current (Circuitscape)"),
           ("PINCH_POINTS", "Pinch points"), ("BARRIERS", "Barriers")]
VECTORS = [("SOURCE_POLYGONS", "Sources", [QgsProcessing.SourceType.TypeVectorPolygon], False),
           ("LINKS", "Corridors (least-cost links)", [QgsProcessing.SourceType.TypeVectorLine], False),
           ("PROTECT_AREAS", "Key areas to protect", [QgsProcessing.SourceType.TypeVectorPolygon], True),
           ("RESTORE_AREAS", "Key areas to restore", [QgsProcessing.SourceType.TypeVectorPolygon], True),
           ("ADMIN", "Administrative units", [QgsProcessing.SourceType.TypeVectorPolygon], True)]
TABLES = [("PROTECT_BY_UNIT", "Key areas to protect by unit"),
          ("RESTORE_BY_UNIT", "Key areas to restore by unit")]
# the maps of the report: title, the layers drawn (top first), the layer that must be given
MAPS = [("Sources and resistance", ["SOURCE_POLYGONS", "ADMIN", "RESISTANCE"], "RESISTANCE"),
        ("Corridors and current", ["LINKS", "SOURCE_POLYGONS", "ADMIN", "CURRENT"], "CURRENT"),
        ("Pinch points", ["LINKS", "PROTECT_AREAS", "ADMIN", "PINCH_POINTS"], "PINCH_POINTS"),
        ("Barriers", ["LINKS", "RESTORE_AREAS", "ADMIN", "BARRIERS"], "BARRIERS"),
        ("Key areas", ["LINKS", "PROTECT_AREAS", "RESTORE_AREAS", "SOURCE_POLYGONS", "ADMIN"],
         "SOURCE_POLYGONS")]


class NetworkReport(EcoAlgorithm):
    ID = "networkreport"
    TITLE = "Network report (maps and tables, HTML)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "networkreport.svg"
    TAGS = "report,HTML,map,table,sources,corridors,pinch points,barriers,key areas"
    HELP = help_html(
        "Writes one HTML page that shows an ecological security network as the studies "
        "publish it: maps of the sources and resistance, the corridors with their current, "
        "the pinch points, the barriers and the key areas, drawn by QGIS with each layer's "
        "style (the .qml beside a file, else the layer's own), and the tables of the Liuzhi "
        "study: sources with area and level, corridors with length, cost distance, current "
        "and level, pinch points and barriers with number, area and corridor length, key "
        "areas by unit with land use.",
        "Lengths and areas are measured in the layers' CRS (in metres; on its ellipsoid "
        "when it is geographic) when their fields (path_length, src_area, area_ha) are "
        "missing. Corridor length in key areas = "
        "length of the links inside their polygons.",
        [("SOURCE_POLYGONS", "Sources (ecosecurity:selectsources or :centrality): source_id, "
          "src_area (m2), src_dPC and level when present."),
         ("LINKS", "Links (ecosecurity:centrality, or :leastcostcorridors): from_id, to_id, "
          "lcd, path_length, current_flow and level when present."),
         ("RESISTANCE / CURRENT / PINCH_POINTS / BARRIERS", "Rasters for the maps "
          "(optional; a map whose raster is missing is left out)."),
         ("PROTECT_AREAS / RESTORE_AREAS", "Key areas (ecosecurity:keyareas OUTPUT)."),
         ("PROTECT_BY_UNIT / RESTORE_BY_UNIT", "Key areas by unit (ecosecurity:keyareas "
          "OUTPUT_SUMMARY)."),
         ("ADMIN", "Administrative units drawn as outlines."),
         ("TITLE", "The page's title."),
         ("MAP_WIDTH", "Width of each map image in pixels.")],
        [("OUTPUT_HTML", "The report; the maps are PNG images inside the page, so it is one "
          "file that opens offline.")],
        ["Liuzhi study: construction of the ecological security pattern of Liuzhi Special "
         "District (Guizhou) with MSPA, circuit theory and key areas by township."])
    ADVANCED = ("MAP_WIDTH",)

    def initAlgorithm(self, config=None):
        for name, text, types, optional in VECTORS:
            self.addParameter(QgsProcessingParameterFeatureSource(name, text, types,
                                                                  optional=optional))
        for name, text in RASTERS:
            self.addParameter(QgsProcessingParameterRasterLayer(name, text, optional=True))
        for name, text in TABLES:
            self.addParameter(QgsProcessingParameterFeatureSource(
                name, text, [QgsProcessing.SourceType.TypeVector], optional=True))
        maps.add_report_parameters(self, "Ecological security network", 900, "Network report")

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, len(MAPS) + 2)
        layers = self._layers(parameters, context)
        crs = layers["SOURCE_POLYGONS"].crs()
        network, key_areas = self._tables(parameters, context, layers,
                                          _Measure(crs, context))
        progress.step(self.tr("Tables ready."))
        width = self.parameterAsInt(parameters, "MAP_WIDTH", context)
        extent = self._extent(layers, crs, context)
        figures = []
        for title, names, needed in MAPS:
            if layers.get(needed) is None:
                continue
            drawn = [layers[n] for n in names if layers.get(n) is not None]
            image = maps.render(drawn, extent, width, crs=crs)
            title = self.tr(title)
            figures.append((title, maps.figure_html(image, drawn, title)))
            progress.step(self.tr("Map drawn: %s.") % title)
        path = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context)
        title = self.parameterAsString(parameters, "TITLE", context) or \
            self.tr("Ecological security network")
        self.register_file(path)
        with open(path, "w", encoding="utf-8") as f:
            f.write(page(title, network + figures + key_areas))
        progress.step()
        return {"OUTPUT_HTML": path}

    # -- inputs ------------------------------------------------------------------------

    def _layers(self, parameters, context):
        """Every given layer, styled as its file's .qml says unless it is a layer of the
        open project (then as the user styled it)."""
        out = {}
        for name, text, *_ in VECTORS:
            out[name] = self._styled(self.parameterAsVectorLayer(parameters, name, context),
                                     self.tr(text))
        for name, text in RASTERS:
            out[name] = self._styled(self.parameterAsRasterLayer(parameters, name, context),
                                     self.tr(text))
        if out["ADMIN"] is not None and not os.path.exists(
                project.style_path(out["ADMIN"].source())):
            outline_style()(out["ADMIN"])
        # the key-area tool draws every kind red: protection green here
        for name, colour in (("PROTECT_AREAS", PROTECT_COLOUR), ("RESTORE_AREAS",
                                                                 RESTORE_COLOUR)):
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if out[name] is not None and QgsProject.instance().mapLayer(layer.id()) is None:
                key_area_style(colour)(out[name])
        return out

    @staticmethod
    def _styled(layer, title):
        if layer is None:
            return None
        copy = layer.clone()
        copy.setName(title)  # the legend's heading
        qml = project.style_path(layer.source())
        if QgsProject.instance().mapLayer(layer.id()) is None and os.path.exists(qml):
            copy.loadNamedStyle(qml)
        return copy

    @staticmethod
    def _extent(layers, crs, context):
        extent = empty_extent()
        for layer in layers.values():
            if layer is None:
                continue
            xf = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
            extent.combineExtentWith(xf.transformBoundingBox(layer.extent()))
        extent.scale(1.03)
        return extent

    # -- tables ------------------------------------------------------------------------

    def _tables(self, parameters, context, layers, da):
        """(network tables, key-area tables) as (heading, HTML) parts."""
        parts = []
        sources = self.table(parameters, "SOURCE_POLYGONS", context)
        ids = _field(sources, "source_id", range(1, len(sources) + 1))
        area = _field(sources, "src_area", [da.measureArea(f.geometry())
                                            for f in sources.features])
        dpc = _field(sources, "src_dPC", None)
        levels = _field(sources, "level", None)
        header, rows = R.source_table(ids, area, dpc, levels, self.tr)
        area_km2 = self.tr("area (km2)")
        summary = R.by_level(levels, {area_km2: np.asarray(area) * R.KM2},
                             share_of=area_km2, tr=self.tr)
        parts += [(self.tr("Sources by level"), table_html(*summary)),
                  (self.tr("Sources"), table_html(header, rows))]

        links = self.table(parameters, "LINKS", context)
        length = _field(links, "path_length", [da.measureLength(f.geometry())
                                               for f in links.features])
        lcd = _field(links, "lcd", None)
        if lcd is None:
            raise QgsProcessingException(
                self.tr("LINKS '%s' has no field lcd: give the links of "
                        "ecosecurity:leastcostcorridors or :centrality.") % links.name)
        current = _field(links, "current_flow", None)
        link_levels = _field(links, "level", None)
        header, rows = R.link_table(_field(links, "from_id", None),
                                    _field(links, "to_id", None), length, lcd, current,
                                    link_levels, self.tr)
        length_km = self.tr("length (km)")
        amounts = {length_km: np.asarray(length) * R.KM}
        parts += [(self.tr("Corridors by level"), table_html(*R.by_level(
                      link_levels, amounts, share_of=length_km, tr=self.tr))),
                  (self.tr("Corridors"), table_html(header, rows))]

        kinds = []
        union = QgsGeometry.unaryUnion([f.geometry() for f in links.features])
        for name, text in (("PROTECT_AREAS", self.tr("to protect (pinch points)")),
                           ("RESTORE_AREAS", self.tr("to restore (barriers)"))):
            if layers[name] is None:
                continue
            pieces = self.table(parameters, name, context)
            xf = QgsCoordinateTransform(links.source.sourceCrs(), pieces.source.sourceCrs(),
                                        context.transformContext())
            lines = QgsGeometry(union)
            lines.transform(xf)
            inside = [da.measureLength(f.geometry().intersection(lines))
                      for f in pieces.features]
            keys = _field(pieces, "key_id", range(len(pieces)))
            area_ha = _field(pieces, "area_ha", [da.measureArea(f.geometry()) / 1e4
                                                  for f in pieces.features])
            kinds.append((text, keys, area_ha, inside))
        key_parts = []
        if kinds:
            key_parts.append((self.tr("Pinch points and barriers"),
                              table_html(*R.key_area_totals(kinds, self.tr))))
        for name, text in TABLES:
            if parameters.get(name) in (None, ""):
                continue
            t = self.table(parameters, name, context, with_geometry=False)
            names = t.fields.names()
            rows = zip(*[t.raw(n) for n in names])
            key_parts.append((self.tr(text), table_html(names, [[_cell(v) for v in row]
                                                       for row in rows])))
        return parts, key_parts


class _Measure:
    """Lengths (m) and areas (m2) of geometries in a CRS: planar in a projected CRS (as the
    corridor tools measure on the grid; a CRS without an authority id, read from a file,
    has no usable ellipsoid), on the ellipsoid in a geographic one."""

    def __init__(self, crs, context):
        self.da = None
        if crs.isGeographic():
            self.da = QgsDistanceArea()
            self.da.setSourceCrs(crs, context.transformContext())
            self.da.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
        self.k = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceMeters)

    def measureLength(self, geom):  # noqa: N802 - QgsDistanceArea's names
        return self.da.measureLength(geom) if self.da else geom.length() * self.k

    def measureArea(self, geom):  # noqa: N802
        return self.da.measureArea(geom) if self.da else geom.area() * self.k * self.k


def _field(table, name, default):
    """A field's values (None when NULL), or default when the layer lacks the field."""
    if table.fields.lookupField(name) < 0:
        return None if default is None else list(default)
    return table.raw(name)


def _cell(value):
    if isinstance(value, float) or value is None:
        return value if value is not None else ""
    try:
        return float(value) if "." in str(value) else int(value)
    except (TypeError, ValueError):
        return value
