"""ecosecurity:couplingreport: one HTML page with the coupling workflow's tables and graded
maps of chosen years."""
import numpy as np
from qgis.core import (QgsFeature, QgsField, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterString,
                       QgsVectorLayer, QgsWkbTypes)

from ...tools import maps
from ...base import EcoAlgorithm, Progress, help_html, tr
from ...classify import breaks as B
from ...tools.compat import FieldType, is_null
from ...classify.palette import ramp
from ...dynamics.plots import page, table_html
from .. import coordination as CC
from .. import join as J
from .. import report as R
from . import GROUP, GROUP_ID, grade_style


class CouplingReport(EcoAlgorithm):
    ID = "couplingreport"
    TITLE = "Coupling coordination report (tables and graded maps, HTML)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "coupling.svg"
    TAGS = "report,HTML,map,coupling coordination,grade,weights,table"
    HELP = help_html(
        "Writes one HTML page with the tables the Chishui study publishes and graded maps: "
        "the indicator weights of each system, the coordination degree D by region and year "
        "on the colour of its grade, by year the mean, range and number of regions in each "
        "grade, and maps of the grades of chosen years drawn by QGIS.",
        "Grades are LEVEL_FIELD when the table has it, else the ten-level table of D "
        "(0-0.1 extreme imbalance ... 0.9-1 high coordination).",
        [("INPUT", "Coupling table (ecosecurity:couplingcoordination OUTPUT)."),
         ("ID_FIELD / TIME_FIELD", "Region key and time (year) fields of INPUT."),
         ("VALUE_FIELD", "The degree to report (default D)."),
         ("LEVEL_FIELD / GRADE_FIELD", "Its grade number and label (default D_LEVEL, "
          "D_GRADE; computed on the ten-level table when absent)."),
         ("WEIGHTS", "Weight tables of the systems (ecosecurity:compositeindex "
          "OUTPUT_WEIGHTS), one table each."),
         ("REGIONS / REGION_KEY", "Region polygons and their key; keys match ignoring case, "
          "spaces, underscores, hyphens and dots. Regions without rows are not mapped."),
         ("MAP_TIMES", "Times to map, e.g. 2010;2015;2020 (default the first, middle and "
          "last)."),
         ("TITLE", "The page's title."),
         ("MAP_WIDTH", "Width of each map image in pixels.")],
        [("OUTPUT_HTML", "The report; the maps are PNG images inside the page.")],
        ["Chishui study: coupling coordination of ecological protection and economic "
         "development in the Chishui River basin, with entropy weights, D by county and year "
         "and graded maps."])
    ADVANCED = ("MAP_WIDTH", "VALUE_FIELD", "LEVEL_FIELD", "GRADE_FIELD")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", "Coupling table", [QgsProcessing.SourceType.TypeVector]))
        for name, text, default, optional in (
                ("ID_FIELD", "Region key", None, False),
                ("TIME_FIELD", "Time (year) field", None, False),
                ("VALUE_FIELD", "Coordination degree field (default D)", "D", True),
                ("LEVEL_FIELD", "Grade number field", "D_LEVEL", True),
                ("GRADE_FIELD", "Grade label field", "D_GRADE", True)):
            self.addParameter(QgsProcessingParameterField(
                name, text, default, parentLayerParameterName="INPUT", optional=optional))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "WEIGHTS", "Weight tables", QgsProcessing.SourceType.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "REGIONS", "Region polygons", [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "REGION_KEY", "Region key in the polygons", parentLayerParameterName="REGIONS",
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "MAP_TIMES", "Times to map (e.g. 2010;2015;2020)", optional=True))
        maps.add_report_parameters(self, "Coupling coordination", 700, "Coupling report")

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        table = self.table(parameters, "INPUT", context, with_geometry=False)
        field = lambda name: self.parameterAsString(parameters, name, context)  # noqa: E731
        regions = table.keys(field("ID_FIELD"))
        times = table.keys(field("TIME_FIELD"))
        value_name = field("VALUE_FIELD") or "D"
        values = table.numeric(value_name, allow_null=True)
        levels, labels = self._levels(table, field("LEVEL_FIELD"), field("GRADE_FIELD"),
                                      values)
        try:
            rows, cols, grid, lv = R.pivot(regions, times, values, levels)
        except R.ReportError as e:
            raise QgsProcessingException(self.tr("INPUT '%s': %s.")
                                         % (table.name, e.message(self.tr))) from None
        colours = ramp(len(labels))
        parts = self._weights(parameters, context)
        parts.append((self.tr("%s by year") % value_name,
                      table_html(*R.by_time(cols, grid, lv, len(labels), self.tr))))
        parts.append((self.tr("%s by region and year") % value_name,
                      R.grid_html(rows, cols, grid, lv, colours, labels, tr=self.tr)))
        progress.step()
        parts += self._maps(parameters, context, rows, cols, lv, labels, value_name)
        progress.step()
        path = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context)
        self.register_file(path)
        with open(path, "w", encoding="utf-8") as f:
            f.write(page(field("TITLE") or self.tr("Coupling coordination"), parts))
        progress.step()
        return {"OUTPUT_HTML": path}

    @staticmethod
    def _levels(table, level_field, grade_field, values):
        """(level per row, labels of levels 1..n): the table's own, else the ten levels (in
        the interface's language, also when the table holds them in English or translated)."""
        ten = [tr(label) for label in CC.TEN_LEVEL_LABELS]
        if level_field and table.fields.lookupField(level_field) >= 0:
            levels = [None if v is None else int(float(v)) for v in table.raw(level_field)]
            top = max([v for v in levels if v is not None] or [1])
            names = table.raw(grade_field) if grade_field and \
                table.fields.lookupField(grade_field) >= 0 else [None] * len(levels)
            found = {lv: str(n) for lv, n in zip(levels, names) if lv and n is not None}
            if top <= 10 and set(found.values()) <= set(CC.TEN_LEVEL_LABELS) | set(ten):
                return levels, ten
            return levels, [found.get(k, tr("Level %d") % k) for k in range(1, top + 1)]
        finite = np.isfinite(values)
        cls = np.zeros(values.size, np.int64)
        cls[finite] = B.assign_classes(values[finite], CC.TEN_LEVEL_BREAKS, "left")
        return [int(c) if c else None for c in cls], ten

    def _weights(self, parameters, context):
        parts = []
        for layer in self.parameterAsLayerList(parameters, "WEIGHTS", context):
            names = layer.fields().names()
            rows = [[_number(f[n]) for n in names] for f in layer.getFeatures()]
            parts.append((self.tr("Weights: %s") % layer.name(), table_html(names, rows)))
        return parts

    def _maps(self, parameters, context, rows, cols, lv, labels, value_name):
        regions = self.parameterAsVectorLayer(parameters, "REGIONS", context)
        if regions is None:
            return []
        key = self.parameterAsString(parameters, "REGION_KEY", context)
        if not key:
            raise QgsProcessingException(self.tr("REGIONS is given: name its key field in "
                                                 "REGION_KEY."))
        wanted = [t.strip() for t in self.parameterAsString(
            parameters, "MAP_TIMES", context).replace(",", ";").split(";") if t.strip()]
        try:
            picks = R.chosen_times(cols, wanted)
        except R.ReportError as e:
            raise QgsProcessingException(self.tr("MAP_TIMES: %s.") % e.message(self.tr)) from None
        row_of = {J.normalise_key(r, True): i for i, r in enumerate(rows)}
        width = self.parameterAsInt(parameters, "MAP_WIDTH", context)
        # regions without rows in the table are left out, so the map frames the regions
        # studied (not, say, every state of a country)
        feats, keys = [], []
        for f in regions.getFeatures():
            k = row_of.get(J.normalise_key(f[key], True))
            if k is not None:
                feats.append(f)
                keys.append(k)
        if not feats:
            raise QgsProcessingException(
                self.tr("No region of REGIONS matches the table by %s: check REGION_KEY.") % key)
        out = []
        for t in picks:
            j = cols.index(t)
            layer = _graded_layer(regions, feats, keys, lv[:, j], self.tr("%s grade, %s") % (
                value_name, t))
            grade_style("level", labels)(layer)
            image = maps.render([layer], width=width, margin=0.03)
            out.append((self.tr("%s grades, %s") % (value_name, t),
                        maps.figure_html(image, [layer], str(t), headings=False)))
        return out


def _graded_layer(regions, feats, keys, levels, name):
    """A memory copy of the region polygons with the level of one time (NULL: no data)."""
    layer = QgsVectorLayer(QgsWkbTypes.displayString(regions.wkbType()), name, "memory")
    fields = QgsFields()
    fields.append(QgsField("level", FieldType.Int))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    out = []
    for f, k in zip(feats, keys):
        g = QgsFeature(layer.fields())
        g.setGeometry(f.geometry())
        g.setAttributes([int(levels[k]) if levels[k] > 0 else None])
        out.append(g)
    layer.dataProvider().addFeatures(out)
    layer.setCrs(regions.crs())
    return layer


def _number(value):
    if is_null(value):
        return ""
    try:
        return float(value)
    except (TypeError, ValueError):
        return "" if value is None else value
