"""ecosecurity:patchconnectivity: Conefor's patch importances (dIIC, dPC and fractions)."""
import numpy as np
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsField, QgsFields, QgsGeometry,
                       QgsProcessing, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterField,
                       QgsProcessingParameterMapLayer, QgsProcessingParameterNumber,
                       QgsProcessingParameterVectorLayer,
                       QgsRectangle, QgsSpatialIndex, QgsWkbTypes)
from scipy import ndimage

from ...tools.compat import FieldType
from ... import grids
from ... import memory_check as MC
from ...base import EcoAlgorithm, Progress, help_html, raster_or_polygons, to_attr
from .. import connectivity as CN
from .common import GROUP, GROUP_ID

CORE = (17, 117)


class PatchConnectivity(EcoAlgorithm):
    ID = "patchconnectivity"
    TITLE = "Patch connectivity importance (dIIC, dPC)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "connectivity.svg"
    TAGS = "Conefor,IIC,PC,dPC,dIIC,connectivity,habitat patch,graph,stepping stone,MSPA core"
    ADVANCED = ("CONNECTIVITY", "LANDSCAPE_AREA")
    HELP = help_html(
        "The importance of each habitat patch for landscape connectivity as Conefor 2.6 "
        "computes it (its node importances are reproduced to 1e-5): the integral index of "
        "connectivity IIC and the probability of connectivity PC, and how much each drops "
        "when the patch is lost, split into intra, flux and connector (stepping-stone) "
        "fractions. Patches are polygons, a raster of patch labels, or an MSPA output whose "
        "core is cut into patches.",
        "IIC_num = sum_i sum_j a_i a_j / (1 + nl_ij), nl_ij links on the shortest path, a "
        "link where d_ij <= IIC_THRESHOLD. PC_num = sum_i sum_j a_i a_j p*_ij, p_ij = "
        "exp(-k d_ij), k = -ln(PC_PROBABILITY)/PC_DISTANCE, p* the best product over paths. "
        "dI_k = 100 (I - I_without_k)/I = dI_intra + dI_flux + dI_connector (Saura and Rubio "
        "2010); dA = 100 a_k / sum a; IIC, PC = I_num / A_L^2; EC = sqrt(I_num).",
        [("PATCHES", "A raster of patch labels (0 / nodata = none) or an MSPA output "
          "(RASTER_KIND); or give PATCH_POLYGONS instead."),
         ("PATCH_POLYGONS", "Patches as polygons, instead of the raster."),
         ("PATCH_ID_FIELD", "Id field of the polygons (default: the feature id)."),
         ("RASTER_KIND", "Patch labels, or an MSPA output whose core (17, 117) is labelled into "
          "patches with CONNECTIVITY."),
         ("CONNECTIVITY", "Patch cells connected to their eight or four neighbours."),
         ("ATTRIBUTE", "Numeric field of polygons to use as a_i (default: area)."),
         ("DISTANCE", "Distances between patch edges or between centroids."),
         ("IIC_THRESHOLD", "Link distance of IIC (map units)."),
         ("PC_DISTANCE / PC_PROBABILITY", "p = PC_PROBABILITY at PC_DISTANCE (default 0.5)."),
         ("MAX_DISTANCE", "Pairs farther apart are not linked directly, as Conefor's "
          "'notall' distance files (0 = every pair)."),
         ("LANDSCAPE_AREA", "A_L for IIC and PC themselves (0 = not given).")],
        [("OUTPUT", "The patches with their own fields and dA, dIIC, dIIC_intra, dIIC_flux, "
          "dIIC_connector, dPC, dPC_intra, dPC_flux, dPC_connector (percent)."),
         ("OUTPUT_SUMMARY", "IIC and PC (with A_L), their numerators, EC(IIC), EC(PC), k.")],
        ["Saura, S. and Torne, J. (2009). Conefor Sensinode 2.2. Environmental Modelling & "
         "Software 24, 135-139.",
         "Saura, S. and Pascual-Hortal, L. (2007). Landscape and Urban Planning 83, 91-103.",
         "Saura, S. and Rubio, L. (2010). Ecography 33, 523-537."])

    def initAlgorithm(self, config=None):
        # rasters in PATCHES, polygons in PATCH_POLYGONS: the field parameters' parent must
        # never hold a raster (QGIS's field widget crashes; see base.raster_or_polygons)
        self.addParameter(QgsProcessingParameterMapLayer(
            "PATCHES", self.tr("Patches: raster of patch labels or MSPA output"),
            types=[QgsProcessing.SourceType.TypeRaster], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "PATCH_POLYGONS", self.tr("Patches: polygons (instead of the raster)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "PATCH_ID_FIELD", self.tr("Patch id field (polygons)"),
            parentLayerParameterName="PATCH_POLYGONS",
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "RASTER_KIND", "Raster holds", options=["Patch labels", "MSPA output (core)"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "CONNECTIVITY", "Connectivity of patch cells", options=["Eight", "Four"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            "ATTRIBUTE", "Attribute (default: area)", parentLayerParameterName="PATCH_POLYGONS",
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "DISTANCE", "Distance", options=["Edge to edge", "Centroid to centroid"],
            defaultValue=0))
        number = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterNumber("IIC_THRESHOLD", "IIC link distance",
                                                       number, 1000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber("PC_DISTANCE", "PC distance", number,
                                                       1000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            "PC_PROBABILITY", "PC probability at that distance", number, 0.5, minValue=0.0,
            maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_DISTANCE", "Longest direct link (0 = all pairs)", number, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            "LANDSCAPE_AREA", "Landscape area A_L (0 = not given)", number, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Patch importance", QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SUMMARY", "Connectivity indices", QgsProcessing.SourceType.TypeVector))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 4)
        layer, is_raster = raster_or_polygons(self, parameters, context, "PATCHES",
                                              "PATCH_POLYGONS")
        if layer.crs().isGeographic():
            raise QgsProcessingException(
                self.tr("Layer '%s' is in a geographic CRS (%s): distances and areas would be in "
                        "degrees. Reproject it to a projected CRS first.") % (layer.name(),
                                                                    layer.crs().authid()))
        for name in ("IIC_THRESHOLD", "PC_DISTANCE"):
            if not self.parameterAsDouble(parameters, name, context) > 0:
                raise QgsProcessingException(self.tr("%s must be a distance > 0.") % name)
        if is_raster:
            fields, feats, ids, attrs = self._raster_patches(parameters, context, layer)
        else:
            fields, feats, ids, attrs = self._polygon_patches(parameters, context, layer)
        if len(ids) < 2:
            raise QgsProcessingException(self.tr("Connectivity needs at least two patches; '%s' "
                                                 "has %d.") % (layer.name(), len(ids)))
        progress.step(self.tr("%d patches.") % len(ids))
        max_d = self.parameterAsDouble(parameters, "MAX_DISTANCE", context) or None
        geoms = [f.geometry() for f in feats]
        if self.parameterAsEnum(parameters, "DISTANCE", context) == 1:
            i, j, d = _centroid_pairs(geoms, max_d)
        else:
            i, j, d = _edge_pairs(geoms, max_d, progress)
        progress.step(self.tr("%d patch pairs within reach.") % len(d))
        a_l = self.parameterAsDouble(parameters, "LANDSCAPE_AREA", context) or None
        cols, summary = CN.patch_importance(
            ids, attrs, np.asarray(ids)[i], np.asarray(ids)[j], d,
            self.parameterAsDouble(parameters, "IIC_THRESHOLD", context),
            self.parameterAsDouble(parameters, "PC_DISTANCE", context),
            self.parameterAsDouble(parameters, "PC_PROBABILITY", context), a_l, progress.set)
        progress.step()
        out_fields = QgsFields(fields)
        for c in CN.COLUMNS:
            out_fields.append(QgsField(c, FieldType.Double))
        sink, dest = self.sink(parameters, "OUTPUT", context, out_fields,
                               QgsWkbTypes.Type.MultiPolygon, layer.crs())
        out = []
        for k, f in enumerate(feats):
            g = QgsFeature(out_fields)
            g.setGeometry(f.geometry())
            g.setAttributes(f.attributes() + [to_attr(cols[c][k]) for c in CN.COLUMNS])
            out.append(g)
        self.write_features(sink, out)
        keys = ["IIC_num", "IIC", "EC_IIC", "PC_num", "PC", "EC_PC", "k"]
        dest_s = self.write_table(parameters, "OUTPUT_SUMMARY", context, [
            ("index", keys, FieldType.String),
            ("value", [summary.get(key) for key in keys], FieldType.Double)])
        progress.step(self.tr("IIC_num %.6g, PC_num %.6g, EC(PC) %.6g.") % (
            summary["IIC_num"], summary["PC_num"], summary["EC_PC"]))
        return {"OUTPUT": dest, "OUTPUT_SUMMARY": dest_s}

    def _polygon_patches(self, parameters, context, layer):
        field = self.parameterAsString(parameters, "PATCH_ID_FIELD", context)
        attr = self.parameterAsString(parameters, "ATTRIBUTE", context)
        feats = [f for f in layer.getFeatures(QgsFeatureRequest()) if f.hasGeometry()]
        ids = [int(f[field]) if field else int(f.id()) for f in feats]
        if len(set(ids)) != len(ids):
            raise QgsProcessingException(self.tr("Patch ids of '%s' repeat; give a unique "
                                                 "PATCH_ID_FIELD.") % layer.name())
        attrs = [float(f[attr]) if attr else f.geometry().area() for f in feats]
        return layer.fields(), feats, np.array(ids), np.array(attrs)

    def _raster_patches(self, parameters, context, layer):
        src = grids.RasterIn(layer.source(), 1, layer.name())
        MC.require_free(MC.whole_grid_bytes(src.height, src.width, MC.PATCH_LABELS_PER_CELL),
                        self.tr("Labelling and outlining the patches of the raster PATCHES"),
                        src.height, src.width)
        values = src.read(0, src.height, np.float64)
        eight = self.parameterAsEnum(parameters, "CONNECTIVITY", context) == 0
        if self.parameterAsEnum(parameters, "RASTER_KIND", context) == 1:
            core = np.isin(values, CORE)
            labels, _ = ndimage.label(core, np.ones((3, 3)) if eight else None)
        else:
            labels = np.where(np.isfinite(values), values, 0).astype(np.int64)
        if not (labels > 0).any():
            raise QgsProcessingException(self.tr("Raster '%s' holds no patch (no positive label or "
                                                 "MSPA core).") % src.name)
        gt = src.ds.GetGeoTransform()
        cell_area = abs(gt[1] * gt[5])
        ids, counts = np.unique(labels[labels > 0], return_counts=True)
        geoms = _polygonize(labels, src, eight)
        fields = QgsFields()
        fields.append(QgsField("patch_id", FieldType.Int))
        fields.append(QgsField("area", FieldType.Double))
        feats = []
        for pid, n in zip(ids, counts):
            f = QgsFeature(fields)
            f.setGeometry(geoms[int(pid)])
            f.setAttributes([int(pid), float(n * cell_area)])
            feats.append(f)
        return fields, feats, ids, counts * cell_area


def _polygonize(labels, src, eight):
    """{label: QgsGeometry} of the patches (grids.polygonize; parts of a label merged)."""
    out = {}
    for label, wkbs in grids.polygonize(labels, src, 8 if eight else 4).items():
        parts = []
        for wkb in wkbs:
            g = QgsGeometry()
            g.fromWkb(wkb)
            parts.append(g)
        out[label] = QgsGeometry.unaryUnion(parts) if len(parts) > 1 else parts[0]
    return out


def _centroid_pairs(geoms, max_d):
    xy = np.array([[g.centroid().asPoint().x(), g.centroid().asPoint().y()] for g in geoms])
    i, j = np.triu_indices(len(geoms), 1)
    d = np.hypot(*(xy[i] - xy[j]).T)
    keep = d <= max_d if max_d else np.ones(d.size, bool)
    return i[keep], j[keep], d[keep]


def _edge_pairs(geoms, max_d, progress):
    """Edge-to-edge distances of the pairs whose boxes lie within max_d (all without it)."""
    index = QgsSpatialIndex()
    for k, g in enumerate(geoms):
        index.addFeature(k, g.boundingBox())
    engines = []
    for g in geoms:
        e = QgsGeometry.createGeometryEngine(g.constGet())
        e.prepareGeometry()
        engines.append(e)
    out_i, out_j, out_d = [], [], []
    for a, g in enumerate(geoms):  # one query per patch; GEOS measures each pair
        progress.set(a / len(geoms))
        box = g.boundingBox()
        if max_d:
            box = QgsRectangle(box.xMinimum() - max_d, box.yMinimum() - max_d,
                               box.xMaximum() + max_d, box.yMaximum() + max_d)
            near = [b for b in index.intersects(box) if b > a]
        else:
            near = range(a + 1, len(geoms))
        for b in near:
            d = engines[a].distance(geoms[b].constGet())
            if not max_d or d <= max_d:
                out_i.append(a)
                out_j.append(b)
                out_d.append(d)
    return np.array(out_i, int), np.array(out_j, int), np.array(out_d, float)
