"""ecosecurity:leastcostcorridors: Linkage Mapper's "Build network and map linkages"."""
import os
import sys

import numpy as np
from qgis.core import (QgsFeature, QgsField, QgsFields, QgsGeometry,
                       QgsPointXY, QgsProcessing,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsWkbTypes)

from ...tools.compat import FieldType
from ...pyenv import install_hint
from ...base import EcoAlgorithm, Progress, help_html, pseudocolor_style, require_memory
from ...classify.palette import CORRIDOR_RAMP
from ...tools.styles import link_style
from .. import costdistance as CD
from .. import linkages as LK
from .common import GROUP, GROUP_ID, add_network_inputs, metric_cell_size, source_ids

LINK_FIELDS = [("from_id", FieldType.Int), ("to_id", FieldType.Int), ("lcd", FieldType.Double),
               ("euc_dist", FieldType.Double), ("path_length", FieldType.Double),
               ("cwd_euc_ratio", FieldType.Double), ("cwd_path_ratio", FieldType.Double)]


class LeastCostCorridors(EcoAlgorithm):
    ID = "leastcostcorridors"
    TITLE = "Least-cost corridors (build network and map linkages)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "leastcost.svg"
    TAGS = "least-cost path,corridor,cost distance,Linkage Mapper,network,linkage,LCP"
    ADVANCED = ("MAX_EUCLIDEAN", "MAX_COST_DISTANCE", "KEEP_CROSSING", "NEAREST_NEIGHBOURS")
    HELP = help_html(
        "Joins ecological sources across a resistance surface as Linkage Mapper's Build "
        "Network and Map Linkages does: candidate links between sources whose cost "
        "allocation zones touch (or Euclidean zones, or every pair within a distance), the "
        "least-cost path and cost-weighted distance of each, links dropped when their path "
        "crosses a third source or they are too long, and the normalised least-cost "
        "corridors truncated at a cost-distance width.",
        "Cost-weighted distance with the ArcGIS convention: a step between orthogonal "
        "neighbours costs cell size x (r_a + r_b)/2, a diagonal step sqrt(2) times that. "
        "LCD_AB = min over B's cells of CWD_A. Corridor NLCC(x) = min over links of "
        "CWD_A(x) + CWD_B(x) - LCD_AB (0 on the least-cost path), cells above WIDTH_CUTOFF "
        "left out. cwd_euc_ratio = LCD / edge-to-edge distance, cwd_path_ratio = LCD / path "
        "length.",
        [("SOURCES", "Source ids as a raster (0 or nodata = none); or give SOURCE_POLYGONS "
          "with SOURCE_ID_FIELD instead."), ("RESISTANCE", "Resistance surface (> 0; nodata impassable)."),
         ("ADJACENCY", "Which sources become candidate links: those whose cost-allocation zones "
          "touch (Linkage Mapper's default), whose Euclidean allocation zones touch, or "
          "every pair within MAX_EUCLIDEAN."),
         ("MAX_EUCLIDEAN", "Drop candidates farther apart, edge to edge (0 = no limit)."),
         ("MAX_COST_DISTANCE", "Drop links with a larger LCD (0 = no limit)."),
         ("KEEP_CROSSING", "Keep links whose path crosses a third source."),
         ("NEAREST_NEIGHBOURS", "Keep only each source's N nearest links (0 = all)."),
         ("WIDTH_CUTOFF", "Cost-distance width of the corridors (0 = untruncated).")],
        [("LINKS", "Least-cost paths as lines: from_id, to_id, lcd, euc_dist, path_length, "
          "cwd_euc_ratio, cwd_path_ratio."),
         ("CORRIDORS", "Normalised least-cost corridors (Float32)."),
         ("OUTPUT_COST_DISTANCES", "Optional folder: each source's cost-distance raster.")],
        ["McRae, B. H. and Kavanagh, D. M. (2011). Linkage Mapper Connectivity Analysis "
         "Software. The Nature Conservancy, Seattle.",
         "Adriaensen, F. et al. (2003). The application of 'least-cost' modelling as a "
         "functional landscape model. Landscape and Urban Planning 64, 233-247."])

    def initAlgorithm(self, config=None):
        add_network_inputs(self, links=False)
        self.addParameter(QgsProcessingParameterEnum("ADJACENCY", "Adjacency", options=[
            "Cost-allocation zones touch", "Euclidean allocation zones touch",
            "All pairs within MAX_EUCLIDEAN"], defaultValue=0))
        number = QgsProcessingParameterNumber.Type.Double
        for name, text in (("MAX_EUCLIDEAN", "Maximum edge-to-edge distance (0 = none)"),
                           ("MAX_COST_DISTANCE", "Maximum cost-weighted distance (0 = none)"),
                           ("WIDTH_CUTOFF", "Corridor width, cost distance (0 = none)")):
            self.addParameter(QgsProcessingParameterNumber(name, text, number, 0.0,
                                                           minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            "KEEP_CROSSING", "Keep links that cross a third source", defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            "NEAREST_NEIGHBOURS", "Nearest neighbours per source (0 = all)",
            QgsProcessingParameterNumber.Type.Integer, 0, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "LINKS", "Least-cost links", QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterRasterDestination("CORRIDORS", "Corridors"))
        self.addParameter(QgsProcessingParameterFolderDestination(
            "OUTPUT_COST_DISTANCES", "Cost-distance rasters", optional=True,
            createByDefault=False))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        ref = self.raster_in(parameters, "RESISTANCE", context)
        ref_layer = self.parameterAsRasterLayer(parameters, "RESISTANCE", context)
        cell = metric_cell_size(ref_layer, ref)
        gt = ref.ds.GetGeoTransform()
        # scikit-image's engine builds no graph, unless a cost limit sends runs to scipy
        limited = all(self.parameterAsDouble(parameters, name, context) > 0
                      for name in ("MAX_COST_DISTANCE", "WIDTH_CUTOFF"))
        graph = limited or not CD.mcp_available()
        # what two sources would need, refused before any grid is read
        require_memory(CD.memory_bytes(ref.height, ref.width, 2, graph), self.tr(
            "Least-cost corridors on %d x %d cells need about {need:.1f} GB at the least, but only "
            "{free:.1f} GB are free; coarsen or clip the rasters.") % (ref.height, ref.width))
        sources = source_ids(self, parameters, context, ref, feedback)
        folder = self.parameterAsString(parameters, "OUTPUT_COST_DISTANCES", context) \
            if parameters.get("OUTPUT_COST_DISTANCES") not in (None, "") else ""
        n_src = np.unique(sources[sources > 0]).size
        need = CD.memory_bytes(ref.height, ref.width, n_src, graph)
        require_memory(need, self.tr("Least-cost corridors for %d sources on %d x %d cells need "
                                     "about {need:.1f} GB, but only {free:.1f} GB are free; "
                                     "coarsen or clip the rasters.")
                       % (n_src, ref.height, ref.width))
        resistance = ref.read(0, ref.height, np.float64)
        progress.step(self.tr("%d sources on a %d x %d grid (about %.2f GB).") % (
            n_src, ref.height, ref.width, need / 1e9))
        if not CD.mcp_available():
            feedback.pushInfo(self.tr(
                "Cost distances run on scipy. With the Python package scikit-image they run "
                "about twice as fast, with the same values; to install it, {hint}.").format(
                    hint=skimage_hint()))
        value = lambda name: self.parameterAsDouble(parameters, name, context) or None  # noqa
        res = LK.map_linkages(
            sources, resistance, cell,
            adjacency_mode=self.parameterAsEnum(parameters, "ADJACENCY", context),
            max_euclidean=value("MAX_EUCLIDEAN"), max_cost_distance=value("MAX_COST_DISTANCE"),
            keep_crossing=self.parameterAsBoolean(parameters, "KEEP_CROSSING", context),
            nearest_neighbours=self.parameterAsInt(parameters, "NEAREST_NEIGHBOURS",
                                                   context) or None,
            width_cutoff=value("WIDTH_CUTOFF"), geotransform=gt, return_cwd=bool(folder),
            progress=lambda f: feedback.setProgress(100 * (1 + f) / 3) or
            feedback.isCanceled())
        if res["source_cells_on_nodata"]:
            feedback.pushWarning(self.tr("%d source cell(s) lie on nodata resistance and were left "
                                         "out.") % res["source_cells_on_nodata"])
        reasons = {LK.REASON_NO_PATH: self.tr("no path"), LK.REASON_TOO_LONG: self.tr("too long"),
                   LK.REASON_CROSSES: self.tr("crosses source"),
                   LK.REASON_NOT_NEAREST: self.tr("not nearest"),
                   LK.REASON_TOO_FAR: self.tr("too far euclidean")}
        for d in res["dropped"]:
            feedback.pushInfo(self.tr("Link %s-%s dropped: %s%s.") % (
                d["from_id"], d["to_id"], reasons[d["reason"]],
                self.tr(" (crosses %s)") % ", ".join(map(str, d["crosses"]))
                if d.get("crosses") else ""))
        if not res["links"]:
            feedback.pushWarning(self.tr("No link survived: every candidate was dropped (see the "
                                         "log)."))
        progress.step(self.tr("%d link(s) kept, %d dropped.")
                      % (len(res["links"]), len(res["dropped"])))
        out = {"LINKS": self._links(parameters, context, ref_layer, res["links"])}
        w = self.raster_out(parameters, "CORRIDORS", context, ref, np.float32, -9999.0)
        w.write_all(res["corridors"])
        finite = res["corridors"][np.isfinite(res["corridors"])]
        hi = float(np.percentile(finite, 95)) if finite.size else 1.0
        out["CORRIDORS"] = self.commit_raster(w, pseudocolor_style(
            0.0, hi, CORRIDOR_RAMP, unit="cost"))
        if folder:
            os.makedirs(folder, exist_ok=True)
            for sid, grid in res["cwd"].items():
                self.write_raster_file(os.path.join(folder, "cwd_%d.tif" % sid), ref, grid)
            out["OUTPUT_COST_DISTANCES"] = folder
        progress.step()
        return out

    def _links(self, parameters, context, ref_layer, links):
        fields = QgsFields()
        for name, kind in LINK_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.sink(parameters, "LINKS", context, fields,
                               QgsWkbTypes.Type.LineString, ref_layer.crs(), link_style)
        feats = []
        for link in links:
            f = QgsFeature(fields)
            xy = link["path_xy"]
            pts = [QgsPointXY(float(x), float(y)) for x, y in xy]
            if len(pts) == 1:  # touching sources: a zero-length line at the shared cell
                pts = pts * 2
            f.setGeometry(QgsGeometry.fromPolylineXY(pts))
            f.setAttributes([int(link["from_id"]), int(link["to_id"])] + [
                None if not np.isfinite(link[k]) else float(link[k])
                for k, _ in LINK_FIELDS[2:]])
            feats.append(f)
        self.write_features(sink, feats)
        return dest


def skimage_hint(platform=None):
    """How to add scikit-image to QGIS's Python. On Debian and Ubuntu the distribution's
    package, built for the system numpy: pip could pull a numpy that breaks GDAL and QGIS."""
    platform = platform or sys.platform
    hint = install_hint("scikit-image", platform)
    if platform.startswith("linux"):
        return "on Debian or Ubuntu run: sudo apt install python3-skimage; elsewhere " + hint
    return hint
