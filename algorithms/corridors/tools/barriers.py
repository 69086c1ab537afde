"""ecosecurity:barriers: Linkage Mapper's Barrier Mapper on the least-cost links."""
import numpy as np
from qgis.core import (QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination)

from ...base import (SCHEDULER_HELP, WORKERS_HELP, EcoAlgorithm, Progress, help_html,
                     pseudocolor_style)
from ...grids import available_memory
from ...classify.palette import BARRIER_RAMP
from .. import barriers as BM
from .common import GROUP, GROUP_ID, add_network_inputs, network_inputs

# yellow to red: where restoration would shorten the corridors most
RADIUS_RAMP = ["#edf8fb", "#b3cde3", "#8c96c6", "#8856a7", "#810f7c"]


class Barriers(EcoAlgorithm):
    ID = "barriers"
    TITLE = "Barriers (restoration improvement score)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "barriers.svg"
    TAGS = "barrier,restoration,improvement score,Linkage Mapper,Barrier Mapper,corridor"
    ADVANCED = ("NEIGHBOURHOOD", "PERCENT_OF")
    HELP = help_html(
        "Finds the places where restoring a small area would shorten the least-cost "
        "corridors most, as Linkage Mapper's Barrier Mapper does: for each link and each "
        "cell, a circle of each radius is imagined restored and the saving in cost-weighted "
        "distance is scored per unit of restored length.",
        "For link (a, b) and a circle of radius R centred on a cell (cells whose centres lie "
        "within R), D = 2R and the restored cells cost 1 per map unit: improvement = LCD - "
        "(min CWD_a in the circle + min CWD_b in the circle + D); score = improvement / D; "
        "percent = 100 x improvement / LCD; values <= 0 are nodata. Links combine by "
        "maximum (or sum), radii by maximum; OUTPUT_RADIUS holds the radius of the best "
        "score.",
        [("LINKS", "Link lines with from_id, to_id, lcd (least-cost corridor tool)."),
         ("SOURCES", "Source ids as a raster; or give SOURCE_POLYGONS with "
          "SOURCE_ID_FIELD instead."),
         ("RESISTANCE", "Resistance surface the links were built on."),
         ("MIN_RADIUS", "Smallest radius, map units (at least one cell)."),
         ("MAX_RADIUS", "Largest radius, map units."),
         ("STEP", "Radius step, map units (0: MIN_RADIUS only)."),
         ("COMBINE", "Maximum over links (Linkage Mapper's default) or their sum."),
         ("NEIGHBOURHOOD", "The whole circle, or Linkage Mapper's ring: the cells beyond R - 1 map "
          "unit and within R (ArcGIS NbrAnnulus, as s6_barriers.py)."),
         ("PERCENT_OF", "Percent = 100 x improvement / LCD, or Linkage Mapper's 100 x score / "
          "LCD."),
         ("WORKERS", WORKERS_HELP),
         ("SCHEDULER", SCHEDULER_HELP)],
        [("OUTPUT", "Improvement score (cost-distance saved per map unit restored)."),
         ("OUTPUT_PERCENT", "Percent improvement of the link's LCD."),
         ("OUTPUT_RADIUS", "Radius that gave the best score (map units).")],
        ["McRae, B. H., Hall, S. A., Beier, P. and Theobald, D. M. (2012). Where to restore "
         "ecological connectivity? Detecting barriers and quantifying restoration benefits. "
         "PLoS ONE 7(12), e52604.",
         "McRae, B. H. (2012). Barrier Mapper, Linkage Mapper connectivity analysis software. "
         "The Nature Conservancy, Seattle."])

    def initAlgorithm(self, config=None):
        add_network_inputs(self)
        for name, text, value in (("MIN_RADIUS", "Minimum radius (map units)", 100.0),
                                  ("MAX_RADIUS", "Maximum radius (map units)", 500.0),
                                  ("STEP", "Radius step (map units)", 100.0)):
            self.addParameter(QgsProcessingParameterNumber(
                name, text, QgsProcessingParameterNumber.Type.Double, value, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum("COMBINE", "Combine links by", options=[
            "Maximum", "Sum"], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "NEIGHBOURHOOD", "Restored area", options=["Circle", "Ring (Linkage Mapper)"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "PERCENT_OF", "Percent of", options=["Improvement", "Score (Linkage Mapper)"],
            defaultValue=0))
        self.add_cluster_parameters()
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", "Improvement score"))
        self.addParameter(QgsProcessingParameterRasterDestination(
            "OUTPUT_PERCENT", "Percent improvement", optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            "OUTPUT_RADIUS", "Best radius", optional=True, createByDefault=True))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        try:
            radii = BM.radii_range(*(self.parameterAsDouble(parameters, p, context)
                                     for p in ("MIN_RADIUS", "MAX_RADIUS", "STEP")))
        except BM.BarrierError as e:
            raise QgsProcessingException(self.tr("MIN_RADIUS, MAX_RADIUS, STEP: %s.")
                                         % e.message(self.tr)) from None
        layer = self.parameterAsRasterLayer(parameters, "RESISTANCE", context)
        cells = layer.width() * layer.height() if layer is not None else 0
        # score, percent, radius and per-radius sums next to the cost distances
        ref, cell, links, ids, resistance = network_inputs(
            self, parameters, context, feedback, "Barriers", 8 * 8 * cells)
        progress.step(self.tr("%d links, radii %s (map units).") % (
            len(links), ", ".join("%g" % r for r in radii)))
        workers, scheduler = self.cluster(parameters, context, feedback)
        try:
            res = BM.barrier_map(
                ids, resistance, cell, links, radii,
                combine=BM.COMBINE[self.parameterAsEnum(parameters, "COMBINE", context)],
                neighbourhood=BM.NEIGHBOURHOODS[self.parameterAsEnum(parameters, "NEIGHBOURHOOD",
                                                                     context)],
                percent_of=BM.PERCENT_OF[self.parameterAsEnum(parameters, "PERCENT_OF", context)],
                progress=lambda f: feedback.setProgress(100 * (1 + f) / 3) or
                feedback.isCanceled(), free_memory=available_memory, workers=workers,
                scheduler=scheduler)
        except BM.CorridorError as e:
            raise QgsProcessingException(self.tr("%s (radii %s, cell size %g).") % (
                e.message(self.tr), ", ".join("%g" % r for r in radii), cell)) from None
        progress.step()
        out = {}
        for name, key, ramp, unit in (("OUTPUT", "score", BARRIER_RAMP, ""),
                                      ("OUTPUT_PERCENT", "percent", BARRIER_RAMP, "%"),
                                      ("OUTPUT_RADIUS", "radius", RADIUS_RAMP, "m")):
            if name != "OUTPUT" and parameters.get(name) in (None, ""):
                continue
            grid = res[key]
            w = self.raster_out(parameters, name, context, ref, np.float32, -9999.0)
            w.write_all(grid)
            finite = grid[np.isfinite(grid)]
            lo = float(finite.min()) if finite.size else 0.0
            hi = float(np.percentile(finite, 99)) if finite.size else 1.0
            out[name] = self.commit_raster(w, pseudocolor_style(lo if key == "radius" else 0.0,
                                                                hi, ramp, unit=unit))
        if not np.isfinite(res["score"]).any():
            feedback.pushWarning(self.tr("No circle of these radii improves any link: no barrier "
                                         "was found."))
        progress.step()
        return out
