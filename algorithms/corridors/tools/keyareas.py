"""ecosecurity:keyareas: key areas of a score raster listed by administrative unit."""
import numpy as np
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFields, QgsGeometry,
                       QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString, QgsWkbTypes)

from ...tools.compat import FieldType, GeometryType
from ... import grids
from ...base import (EcoAlgorithm, Progress, field_for, help_html, require_memory, to_attr,
                    tr)
from ...tools.styles import key_area_style
from .. import keyareas as KA
from .common import GROUP, GROUP_ID, polygons_by_value

# held at once: the key-area mask (1), key and piece labels (4 + 4), the unit grid (4),
# and polygonize's copies of the piece grid (4 + 4 + 1 + 1); the values of the key-area
# cells alone are gathered while the rasters are read by blocks
BYTES_PER_CELL = 24
NO_LANDUSE = -999999  # land-use code given to key-area cells on LANDUSE nodata
PIECE_FIELDS = [("key_id", FieldType.Int), ("admin", FieldType.String),
                ("area_ha", FieldType.Double), ("score_max", FieldType.Double),
                ("score_mean", FieldType.Double), ("main_landuse", FieldType.String),
                ("landuse", FieldType.String)]
SUMMARY_FIELDS = [("admin", FieldType.String), ("key_areas", FieldType.Int),
                  ("area_ha", FieldType.Double), ("share", FieldType.Double),
                  ("main_landuse", FieldType.String)]


def parse_names(text):
    """'10=Tree cover; 20=Shrubland' -> {10: 'Tree cover', 20: 'Shrubland'}."""
    names = {}
    for item in (text or "").replace("\n", ";").split(";"):
        if not item.strip():
            continue
        code, sep, name = item.partition("=")
        try:
            if not sep or not name.strip():
                raise ValueError
            names[int(float(code))] = name.strip()
        except ValueError:
            raise QgsProcessingException(
                tr("LANDUSE_NAMES item '%s' is not 'code=name' (e.g. '10=Tree cover; "
                   "20=Shrubland').") % item.strip()) from None
    return names


class KeyAreas(EcoAlgorithm):
    ID = "keyareas"
    TITLE = "Key areas by administrative unit"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "keyareas.svg"
    TAGS = "key areas,pinch points,barriers,restoration,township,village,land use,natural breaks"
    HELP = help_html(
        "Turns a score raster (pinch-point current, barrier improvement) into the list of "
        "key areas to protect or restore, by township or village, with their area and land "
        "use, as the restoration tables of ecological-security-pattern studies.",
        "Natural breaks (Fisher-Jenks) classify the finite SCORE values into CLASSES; cells "
        "of the top class (score > upper edge of the class below), optionally only inside "
        "CORRIDORS, form key areas (8-connected). Each key area is cut by the ADMIN units: "
        "one polygon per (key area, unit), area = cells x cell area, so a key area crossing a "
        "boundary counts once in each unit and the units' areas add up to the total.",
        [("SCORE", "Score raster (e.g. pinch points or barriers)."),
         ("CLASSES", "Natural-breaks classes (default 4); the top one is kept."),
         ("CORRIDORS", "Optional raster: keep only cells with data in it (the corridors)."),
         ("LANDUSE", "Optional land-use raster (integer codes)."),
         ("LANDUSE_NAMES", "Optional class names, 'code=name; code=name'."),
         ("ADMIN", "Optional administrative polygons (reprojected when in another CRS)."),
         ("ADMIN_FIELD", "Their name field.")],
        [("OUTPUT", "Key-area polygons: key_id, admin, area_ha, score_max, score_mean, "
          "main_landuse, landuse (composition)."),
         ("OUTPUT_SUMMARY", "By unit: key_areas, area_ha, share of all key area, "
          "main_landuse.")],
        ["Jenks, G. F. (1967). The data model concept in statistical mapping. International "
         "Yearbook of Cartography 7, 186-190.",
         "Peng, J. et al. (2018). Linking ecosystem services and circuit theory to identify "
         "ecological security patterns. Science of the Total Environment 644, 781-790."])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("SCORE", "Score raster"))
        self.addParameter(QgsProcessingParameterNumber(
            "CLASSES", "Natural-breaks classes", QgsProcessingParameterNumber.Type.Integer, 4,
            minValue=2, maxValue=20))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "CORRIDORS", "Only within corridors", optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "LANDUSE", "Land use", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "LANDUSE_NAMES", "Land-use names (code=name; ...)", optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ADMIN", "Administrative units", [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "ADMIN_FIELD", "Unit name field", parentLayerParameterName="ADMIN", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Key areas", QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SUMMARY", "Key areas by unit", QgsProcessing.SourceType.TypeVector))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 4)
        ref = self.raster_in(parameters, "SCORE", context)
        layer = self.parameterAsRasterLayer(parameters, "SCORE", context)
        if layer.crs().isGeographic():
            raise QgsProcessingException(self.tr("SCORE is in a geographic CRS (%s): reproject it "
                                                 "so that areas are in square metres.")
                                         % layer.crs().authid())
        names = parse_names(self.parameterAsString(parameters, "LANDUSE_NAMES", context))
        require_memory(BYTES_PER_CELL * ref.width * ref.height,
                       self.tr("Key areas of a %d x %d SCORE raster need about {need:.1f} GB, but "
                               "only {free:.1f} GB are free; clip it to the study area or coarsen "
                               "it.")
                       % (ref.height, ref.width))
        feedback.pushInfo(self.tr("Key areas of {rows} x {cols} cells; memory estimate "
                                  "{need:.2f} GB.").format(
            rows=ref.height, cols=ref.width, need=BYTES_PER_CELL * ref.width * ref.height / 1e9))
        try:
            edges, threshold = KA.top_class_edges(
                lambda: (b for _, b in ref.blocks()),
                self.parameterAsInt(parameters, "CLASSES", context))
        except KA.KeyAreaError as e:
            raise QgsProcessingException(self.tr("SCORE '%s': %s")
                                         % (layer.name(), e.message(self.tr))) from None
        progress.step(self.tr("Class edges: %s; key areas are cells above %.6g.") % (
            ", ".join("%.4g" % e for e in edges), threshold))
        corridors = self._aligned(parameters, "CORRIDORS", context, ref, feedback)
        has_landuse = parameters.get("LANDUSE") not in (None, "")
        landuse_in = self._aligned(parameters, "LANDUSE", context, ref, feedback)
        admin_band, unit_names = self._admin(parameters, context, ref, layer.crs(), feedback)
        # one pass by blocks: the key-area mask, and the score, land use and unit of its
        # cells only (row-major order, as key_pieces and piece_scores take them)
        mask = np.zeros((ref.height, ref.width), dtype=bool)
        score, landuse, admin = [], [], []
        for r0, block in ref.blocks():
            rows = block.shape[0]
            with np.errstate(invalid="ignore"):
                m = np.isfinite(block) & (block > threshold)
            if corridors is not None:
                m &= np.isfinite(corridors.read(r0, rows, np.float64))
            mask[r0:r0 + rows] = m
            score.append(block[m])
            if landuse_in is not None:
                landuse.append(landuse_in.read(r0, rows, np.float64)[m])
            admin.append(admin_band.ReadAsArray(0, r0, ref.width, rows)[m].astype(np.int64)
                         if admin_band is not None else np.zeros(int(m.sum()), np.int64))
        score, admin = np.concatenate(score), np.concatenate(admin)
        if has_landuse:
            lu = np.concatenate(landuse)
            if (~np.isfinite(lu)).any():
                names.setdefault(NO_LANDUSE, "no land-use data")
            landuse = np.where(np.isfinite(lu), lu, NO_LANDUSE)
        else:
            landuse = np.zeros(score.shape)
        gt = ref.ds.GetGeoTransform()
        try:
            res = KA.key_pieces(mask, admin, landuse, abs(gt[1] * gt[5]), names)
        except KA.KeyAreaError as e:
            raise QgsProcessingException(e.message(self.tr)) from None
        progress.step(self.tr("%d key area(s) in %d piece(s).")
                      % (res["n_keys"], len(res["pieces"])))
        smax, smean = KA.piece_scores(score, res["piece"][mask], len(res["pieces"]))
        shapes = polygons_by_value(res["piece"], ref)
        fields = QgsFields()
        for name, kind in PIECE_FIELDS:
            fields.append(field_for(name, kind))
        sink, dest = self.sink(parameters, "OUTPUT", context, fields,
                               QgsWkbTypes.Type.MultiPolygon, layer.crs(), key_area_style())
        feats = []
        for k, rec in enumerate(res["pieces"]):
            f = QgsFeature(fields)
            f.setGeometry(shapes.get(rec["piece"], QgsGeometry()))
            comp = rec["composition"]
            f.setAttributes([int(rec["key_id"]), unit_names.get(rec["admin"], "outside"),
                             float(rec["area_ha"]), to_attr(smax[k]), to_attr(smean[k]),
                             comp[0][1] if has_landuse and comp else None,
                             "; ".join("%s %.1f%%" % (n, 100 * s) for _, n, _, s in comp)
                             if has_landuse else None])
            feats.append(f)
        self.write_features(sink, feats)
        progress.step()
        total = sum(r["area_ha"] for r in res["pieces"]) or 1.0
        rows = KA.admin_summary(res["pieces"])
        out = {"OUTPUT": dest, "OUTPUT_SUMMARY": self.write_table(
            parameters, "OUTPUT_SUMMARY", context,
            [("admin", [unit_names.get(r["admin"], "outside") for r in rows], FieldType.String),
             ("key_areas", [r["key_areas"] for r in rows], FieldType.Int),
             ("area_ha", [r["area_ha"] for r in rows], FieldType.Double),
             ("share", [r["area_ha"] / total for r in rows], FieldType.Double),
             ("main_landuse", [r["main_landuse"] if has_landuse else None for r in rows],
              FieldType.String)])}
        progress.step()
        return out

    def _aligned(self, parameters, name, context, ref, feedback):
        """The optional raster on SCORE's grid, to read by blocks (None when not given)."""
        if parameters.get(name) in (None, ""):
            return None
        r = self.raster_in(parameters, name, context, align_to=ref)
        if r.aligned:
            feedback.pushWarning(self.tr("%s is on another grid than SCORE; it was aligned by "
                                         "nearest neighbour.") % name)
        return r

    def _admin(self, parameters, context, ref, crs, feedback):
        """Band of the unit index grid (0 = none; None without ADMIN) and {index: name}."""
        source = self.parameterAsSource(parameters, "ADMIN", context)
        if source is None:
            return None, {0: "all"}
        kind = QgsWkbTypes.geometryType(source.wkbType())
        if kind != GeometryType.Polygon:  # qgis_process does not check the type
            raise QgsProcessingException(self.tr(
                "ADMIN '%s' holds %s features; it must hold polygons (the administrative "
                "units that cut the key areas).") % (
                    source.sourceName(), QgsWkbTypes.geometryDisplayString(kind).lower()))
        field = self.parameterAsString(parameters, "ADMIN_FIELD", context)
        if not field:
            raise QgsProcessingException(self.tr("ADMIN is given: name its unit field in "
                                                 "ADMIN_FIELD."))
        if source.sourceCrs() != crs:
            feedback.pushWarning(self.tr("ADMIN is in %s and SCORE in %s: the units were "
                                         "reprojected.")
                                 % (source.sourceCrs().authid(), crs.authid()))
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        units, names = [], {}
        for k, f in enumerate(source.getFeatures(request), start=1):
            if f.geometry().isEmpty():
                continue
            value = f[field]
            names[k] = "NULL" if value is None else str(value)
            units.append((k, bytes(f.geometry().asWkb())))
        if not units:
            raise QgsProcessingException(self.tr("ADMIN has no polygon to list key areas by."))
        self._units = grids.burn_ids(ref, units, dataset=True)  # kept while read by blocks
        return self._units.GetRasterBand(1), names
