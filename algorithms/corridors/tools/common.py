"""Shared glue of the corridor tools: source ids, link layers and the metric grid check."""
import numpy as np
from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterMapLayer, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterVectorLayer)

from ... import grids
from ...base import raster_or_polygons, require_memory, tr
from ..costdistance import memory_bytes as cost_distance_bytes

GROUP, GROUP_ID = "Corridors", "corridors"
LINK_FIELDS_NEEDED = ("from_id", "to_id", "lcd")


def add_network_inputs(alg, links=True, resistance=True):
    """LINKS, SOURCES or SOURCE_POLYGONS with SOURCE_ID_FIELD, and RESISTANCE, named as
    every corridor tool names them (public API)."""
    if links:
        alg.addParameter(QgsProcessingParameterFeatureSource(
            "LINKS", "Least-cost links", [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
    # SOURCES lists rasters only in the dialog; polygons come in SOURCE_POLYGONS so that
    # SOURCE_ID_FIELD's parent is always a vector (see base.raster_or_polygons)
    alg.addParameter(QgsProcessingParameterMapLayer(
        "SOURCES", alg.tr("Sources: raster of source ids"), optional=True,
        types=[QgsProcessing.SourceType.TypeRaster]))
    alg.addParameter(QgsProcessingParameterVectorLayer(
        "SOURCE_POLYGONS", alg.tr("Sources: polygons (instead of the raster)"),
        [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
    alg.addParameter(QgsProcessingParameterField(
        "SOURCE_ID_FIELD", alg.tr("Source id field (polygons)"),
        parentLayerParameterName="SOURCE_POLYGONS",
        type=QgsProcessingParameterField.DataType.Numeric, optional=True))
    if resistance:
        alg.addParameter(QgsProcessingParameterRasterLayer("RESISTANCE", "Resistance surface"))


def network_inputs(alg, parameters, context, feedback, what, extra_bytes):
    """(resistance reader, cell size, links, source ids, resistance grid) of a tool working on
    the links, after refusing a grid whose estimate (cost distances of the linked sources plus
    extra_bytes) exceeds free memory."""
    ref = alg.raster_in(parameters, "RESISTANCE", context)
    cell = metric_cell_size(alg.parameterAsRasterLayer(parameters, "RESISTANCE", context), ref)
    links, _ = read_links(alg, parameters, context)
    n_src = len({s for a, b, _ in links for s in (a, b)})
    need = cost_distance_bytes(ref.height, ref.width, n_src) + extra_bytes
    # refused before the source grid is read (it alone is 8 bytes a cell)
    require_memory(need, alg.tr("%s for %d links on %d x %d cells need about {need:.1f} GB, but "
                          "only {free:.1f} GB are free; clip or coarsen the rasters.")
                   % (what, len(links), ref.height, ref.width))
    ids = source_ids(alg, parameters, context, ref, feedback)
    require_memory(need, alg.tr("%s for %d links on %d x %d cells need about {need:.1f} GB, but "
                          "only {free:.1f} GB are free; clip or coarsen the rasters.")
                   % (what, len(links), ref.height, ref.width))
    feedback.pushInfo(alg.tr("%d links between %d sources; memory estimate %.2f GB.")
                      % (len(links), n_src, need / 1e9))
    return ref, cell, links, ids, ref.read(0, ref.height, np.float64)


def id_features(source, field, crs, context, what):
    """(id, geometry in crs) of every feature; ids must be positive whole numbers."""
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    feats = [(f[field], f.geometry()) for f in source.getFeatures(request)]
    bad = [str(i) for i, _ in feats if i is None or float(i) <= 0 or float(i) % 1]
    if bad:
        raise QgsProcessingException(tr("%s ids must be positive whole numbers; '%s' has %s.")
                                     % (what, field, ", ".join(bad[:5])))
    return [(int(i), g) for i, g in feats]


def metric_cell_size(ref_layer, ref):
    """The cell size of a projected raster with square cells; an error names what to fix."""
    if ref_layer.crs().isGeographic():
        raise QgsProcessingException(tr("The resistance surface is in a geographic CRS (%s): "
                                        "reproject it so that distances are in metres.")
                                     % ref_layer.crs().authid())
    gt = ref.ds.GetGeoTransform()
    if abs(abs(gt[1]) - abs(gt[5])) > 1e-6 * abs(gt[1]):
        raise QgsProcessingException(tr("The resistance surface has rectangular cells (%g x "
                                        "%g); cost distance needs square cells: resample it.")
                                     % (abs(gt[1]), abs(gt[5])))
    return abs(gt[1])


def source_ids(alg, parameters, context, ref, feedback, name="SOURCES",
               field_name="SOURCE_ID_FIELD", resistance="RESISTANCE",
               name_polygons="SOURCE_POLYGONS"):
    """Source ids on the grid of ``ref`` (int64, 0 = none) from an id raster (aligned by
    nearest neighbour, with a warning) or polygons with an id field."""
    layer, is_raster = raster_or_polygons(alg, parameters, context, name, name_polygons)
    if is_raster:
        r = grids.RasterIn(layer.source(), 1, layer.name(), align_to=ref)
        if r.aligned:
            feedback.pushWarning(alg.tr("The sources are on another grid than the resistance "
                                        "surface; they were aligned by nearest neighbour."))
        a = r.read(0, r.height, np.float64)
        return np.where(np.isfinite(a), a, 0).astype(np.int64)
    field = alg.parameterAsString(parameters, field_name, context)
    if not field:
        raise QgsProcessingException(alg.tr(
            "The source polygons '{layer}' need their id field: set {field}.").format(
                layer=layer.name(), field=field_name))
    feats = id_features(layer, field, alg.parameterAsRasterLayer(
        parameters, resistance, context).crs(), context, "Source")
    return grids.burn_ids(ref, [(i, bytes(g.asWkb())) for i, g in feats])


def read_links(alg, parameters, context, name="LINKS", weight=None):
    """(from_id, to_id, value) per link, value from ``weight`` (default lcd), and the table.

    A layer without the fields is named with the fields it lacks and where they come from.
    """
    table = alg.table(parameters, name, context)
    wanted = list(LINK_FIELDS_NEEDED[:2]) + [weight or "lcd"]
    names = set(table.fields.names())
    missing = [f for f in wanted if f not in names]
    if missing:
        raise QgsProcessingException(
            alg.tr("%s '%s' lacks the field(s) %s that this tool needs (it has: %s). Use the LINKS "
                   "output of ecosecurity:leastcostcorridors, or add from_id, to_id and lcd.") % (
                name, table.name, ", ".join(missing), ", ".join(table.fields.names())))
    if not len(table):
        raise QgsProcessingException(alg.tr("%s '%s' has no links.") % (name, table.name))
    a, b, w = (table.numeric(f) for f in wanted)
    for col, values in ((wanted[0], a), (wanted[1], b)):
        bad = (values <= 0) | (values % 1 != 0)
        if bad.any():
            raise QgsProcessingException(alg.tr("Field '%s' of %s '%s' must hold source ids "
                                                "(positive whole numbers); row %d holds %g.") % (
                                             col, name, table.name, np.argmax(bad) + 1,
                                             values[np.argmax(bad)]))
    bad = w <= 0
    if bad.any():
        raise QgsProcessingException(alg.tr("Field '%s' of %s '%s' must be > 0; row %d holds %g.")
                                     % (
            wanted[2], name, table.name, np.argmax(bad) + 1, w[np.argmax(bad)]))
    return [(int(i), int(j), float(v)) for i, j, v in zip(a, b, w)], table


def polygons_by_value(values, ref):
    """{value: QgsGeometry (multipolygon)} of the non-zero cells of an integer grid."""
    out = {}
    for value, wkbs in grids.polygonize(values, ref).items():
        parts = []
        for wkb in wkbs:
            g = QgsGeometry()
            g.fromWkb(wkb)
            parts.append(g)
        g = QgsGeometry.collectGeometry(parts)
        g.convertToMultiType()
        out[value] = g
    return out
