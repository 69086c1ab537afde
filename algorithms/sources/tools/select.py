"""ecosecurity:selectsources: important patches plus protected areas as ecological sources."""
import numpy as np
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsField, QgsFields, QgsGeometry,
                       QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString,
                       QgsWkbTypes)

from ...tools.compat import FieldType
from ... import grids
from ... import memory_check as MC
from ...base import EcoAlgorithm, Progress, help_html, paletted_style, tr
from ...classify import breaks as B
from ...classify.palette import RED_YELLOW_GREEN, ramp
from ...tools.styles import level_style
from .common import GROUP, GROUP_ID


class SelectSources(EcoAlgorithm):
    ID = "selectsources"
    TITLE = "Select ecological sources"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "sources.svg"
    TAGS = "ecological source,core area,dPC,ecological red line,nature reserve,selection"
    HELP = help_html(
        "Ecological sources as studies define them: the habitat patches large enough and "
        "important enough for connectivity (area >= MIN_AREA and dPC >= MIN_DPC, e.g. the "
        "output of patchconnectivity), plus the parts of mandatory areas (ecological red "
        "line, nature reserves) they do not cover yet. Every source gets an id and an "
        "importance level by natural breaks on dPC; a raster of source ids on a reference "
        "grid feeds the corridor tools.",
        "Kept: area_k >= MIN_AREA and dPC_k >= MIN_DPC. Levels: exact Fisher-Jenks breaks of "
        "the kept dPC into LEVELS classes, level 1 the highest. Mandatory parts: M minus the "
        "union of the kept patches, level 1. Ids: 1.. by decreasing dPC, then the mandatory "
        "parts.",
        [("PATCHES", "Patch polygons with area and dPC fields."),
         ("AREA_FIELD / DPC_FIELD", "Their names (default area and dPC; without an area "
          "field the polygon area is used)."),
         ("MIN_AREA", "Smallest area kept, map units squared."),
         ("MIN_DPC", "Smallest dPC kept (default 1)."),
         ("MANDATORY", "Optional protected areas that are sources whatever their dPC."),
         ("LEVELS", "Importance levels (default 3)."),
         ("REFERENCE", "Grid of OUTPUT_RASTER (e.g. the resistance surface).")],
        [("OUTPUT", "Sources: source_id, origin (patch or mandatory), area, dPC, level; the "
          "patch's own fields kept."),
         ("OUTPUT_RASTER", "Source ids on the REFERENCE grid (0 = none).")],
        ["Saura, S. and Pascual-Hortal, L. (2007). Landscape and Urban Planning 83, 91-103.",
         "Peng, J. et al. (2018). Linking ecosystem services and circuit theory to identify "
         "ecological security patterns. Science of the Total Environment 644, 781-790."])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PATCHES", "Patches with area and dPC", [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterString("AREA_FIELD", "Area field",
                                                       defaultValue="area"))
        self.addParameter(QgsProcessingParameterString("DPC_FIELD", "dPC field",
                                                       defaultValue="dPC"))
        number = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterNumber("MIN_AREA", "Minimum area", number, 0.0,
                                                       minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber("MIN_DPC", "Minimum dPC", number, 1.0,
                                                       minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "MANDATORY", "Mandatory areas (red line, reserves)",
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "LEVELS", "Importance levels", QgsProcessingParameterNumber.Type.Integer, 3,
            minValue=1, maxValue=10))
        self.addParameter(QgsProcessingParameterRasterLayer("REFERENCE", "Reference grid",
                                                            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Ecological sources", QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterRasterDestination(
            "OUTPUT_RASTER", "Source ids (raster)", optional=True, createByDefault=False))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        self._check_raster_memory(parameters, context)  # before any work
        table = self.table(parameters, "PATCHES", context)
        crs = table.source.sourceCrs()
        if crs.isGeographic():
            raise QgsProcessingException(self.tr("Layer '%s' is in a geographic CRS: reproject it "
                                                 "so that areas are in map units.") % table.name)
        dpc = table.numeric(self.parameterAsString(parameters, "DPC_FIELD", context))
        area_field = self.parameterAsString(parameters, "AREA_FIELD", context)
        if table.fields.lookupField(area_field) >= 0:
            area = table.numeric(area_field)
        elif area_field and area_field != "area":  # a name given on purpose must exist
            raise QgsProcessingException(self.tr(
                "AREA_FIELD '%s' is not a field of layer '%s' (its fields: %s). Name the area "
                "field, or give 'area' (or nothing) to use the polygon areas.")
                % (area_field, table.name, ", ".join(table.fields.names())))
        else:
            feedback.pushInfo(self.tr("No field '%s': the polygon areas are used.")
                              % (area_field or "area"))
            area = np.array([f.geometry().area() for f in table.features])
        keep = (area >= self.parameterAsDouble(parameters, "MIN_AREA", context)) & \
            (dpc >= self.parameterAsDouble(parameters, "MIN_DPC", context))
        order = np.flatnonzero(keep)[np.argsort(-dpc[keep], kind="stable")]
        levels = self._levels(dpc[order], self.parameterAsInt(parameters, "LEVELS", context),
                              feedback)
        progress.step(self.tr("%d of %d patches kept.") % (order.size, len(table)))
        mandatory = self._mandatory(parameters, context, crs,
                                    [table.features[k].geometry() for k in order])
        if order.size + len(mandatory) == 0:
            raise QgsProcessingException(self.tr("No patch passes MIN_AREA and MIN_DPC and there "
                                                 "are no mandatory areas: lower the thresholds."))
        fields = QgsFields(table.fields)
        for name, kind in (("source_id", FieldType.Int), ("origin", FieldType.String),
                           ("src_area", FieldType.Double), ("src_dPC", FieldType.Double),
                           ("level", FieldType.Int)):
            fields.append(QgsField(name, kind))
        n_levels = max(levels) if len(levels) else 1
        sink, dest = self.sink(parameters, "OUTPUT", context, fields,
                               QgsWkbTypes.Type.MultiPolygon, crs, level_style(n_levels))
        feats, burn = [], []
        empty = [None] * len(table.fields)
        for sid, (k, lvl) in enumerate(zip(order, levels), start=1):
            src = table.features[k]
            feats.append(_feature(fields, src.geometry(), src.attributes(),
                                  [sid, "patch", float(area[k]), float(dpc[k]), int(lvl)]))
            burn.append((sid, bytes(src.geometry().asWkb())))
        for sid, geom in enumerate(mandatory, start=order.size + 1):
            feats.append(_feature(fields, geom, empty, [sid, "mandatory", geom.area(), None, 1]))
            burn.append((sid, bytes(geom.asWkb())))
        self.write_features(sink, feats)
        progress.step(self.tr("%d sources (%d mandatory).") % (len(feats), len(mandatory)))
        out = {"OUTPUT": dest}
        if parameters.get("OUTPUT_RASTER") not in (None, ""):
            out["OUTPUT_RASTER"] = self._raster(parameters, context, burn)
        progress.step()
        return out

    @staticmethod
    def _levels(values, k, feedback):
        """Level 1 = the highest natural-breaks class of dPC."""
        levels, edges = B.importance_levels(values, k)
        if edges is not None:
            feedback.pushInfo(tr("dPC breaks of the levels: %s")
                              % ", ".join("%.4g" % e for e in edges))
        return levels

    def _mandatory(self, parameters, context, crs, kept):
        source = self.parameterAsSource(parameters, "MANDATORY", context)
        if source is None:
            return []
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        covered = QgsGeometry.unaryUnion(kept) if kept else None
        parts = []
        for f in source.getFeatures(request):
            g = f.geometry()
            if covered is not None:
                g = g.difference(covered)
            if not g.isEmpty() and g.area() > 0:
                parts.append(g)
        return parts

    def _check_raster_memory(self, parameters, context):
        """OUTPUT_RASTER burns the sources into a whole grid of the REFERENCE size."""
        if parameters.get("OUTPUT_RASTER") in (None, ""):
            return
        layer = self.parameterAsRasterLayer(parameters, "REFERENCE", context)
        if layer is None:
            return  # _raster names the missing REFERENCE
        rows, cols = layer.height(), layer.width()
        MC.require_free(MC.whole_grid_bytes(rows, cols, MC.BURN_IDS_PER_CELL),
                        self.tr("Burning the sources into the REFERENCE grid (OUTPUT_RASTER)"),
                        rows, cols)

    def _raster(self, parameters, context, burn):
        ref_layer = self.parameterAsRasterLayer(parameters, "REFERENCE", context)
        if ref_layer is None:
            raise QgsProcessingException(self.tr("OUTPUT_RASTER needs a REFERENCE grid (e.g. the "
                                                 "resistance surface)."))
        ref = grids.RasterIn(ref_layer.source(), 1, ref_layer.name())
        ids = grids.burn_ids(ref, burn)
        out = self.raster_out(parameters, "OUTPUT_RASTER", context, ref, np.int32, 0)
        out.write_all(ids)
        n = int(ids.max())
        colours = ramp(min(n, 10) or 1, RED_YELLOW_GREEN[::-1])
        return self.commit_raster(out, paletted_style(
            [(k, "Source %d" % k, colours[(k - 1) % len(colours)]) for k in range(1, n + 1)]))


def _feature(fields, geom, attrs, extra):
    f = QgsFeature(fields)
    f.setGeometry(geom)
    f.setAttributes(list(attrs) + extra)
    return f
