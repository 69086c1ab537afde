"""ecosecurity:pinchpoints: Linkage Mapper's Pinchpoint Mapper on the corridors."""
import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination)

from ...base import SCHEDULER_HELP, WORKERS_HELP, EcoAlgorithm, Progress, help_html
from ...grids import available_memory
from ...tools.compat import FieldType
from ...tools.styles import current_style
from .. import circuit as CS
from .. import pinchpoints as PP
from .common import GROUP, GROUP_ID, add_network_inputs, network_inputs


class PinchPoints(EcoAlgorithm):
    ID = "pinchpoints"
    TITLE = "Pinch points (current flow in corridors)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "pinchpoints.svg"
    TAGS = "pinch point,current density,Circuitscape,Linkage Mapper,Pinchpoint Mapper,corridor"
    HELP = help_html(
        "Finds where current concentrates inside the least-cost corridors, the narrow places "
        "to protect, as Linkage Mapper's Pinchpoint Mapper does: each link's corridor is cut "
        "out of the resistance surface and Circuitscape's pairwise solve runs between its "
        "two sources.",
        "Corridor of link (a, b): CWD_a + CWD_b - LCD_ab <= CWD_CUTOFF (cost-weighted distance, "
        "ArcGIS convention). On that clipped resistance the sources a and b are focal regions "
        "(each shorted to one node) and 1 A flows from a to b; node current = (sum of |branch "
        "currents| + |injected current|) / 2 with branch current g (v_i - v_j), g = mean "
        "conductance of the two cells (diagonals / sqrt 2). Adjacent-pair mode combines the "
        "links' maps by maximum; ALL_PAIRS solves every pair of sources on the union of the "
        "corridors and sums their maps (cumulative current).",
        [("LINKS", "Link lines with from_id, to_id, lcd (least-cost corridor tool)."),
         ("SOURCES", "Source ids as a raster; or give SOURCE_POLYGONS with "
          "SOURCE_ID_FIELD instead."),
         ("RESISTANCE", "Resistance surface the links were built on."),
         ("CWD_CUTOFF", "Corridor width as normalised cost-weighted distance (Linkage "
          "Mapper's default 10,000)."),
         ("ALL_PAIRS", "Solve all pairs over the whole corridor network (slower: one "
          "factorisation per pair)."),
         ("WORKERS", WORKERS_HELP),
         ("SCHEDULER", SCHEDULER_HELP)],
        [("OUTPUT", "Current density (A per cell; nodata off the corridors)."),
         ("OUTPUT_RESISTANCES", "Optional table: effective resistance of each solved pair "
          "within its corridor (-1: not connected).")],
        ["McRae, B. H. (2012). Pinchpoint Mapper, Linkage Mapper connectivity analysis "
         "software. The Nature Conservancy, Seattle.",
         "McRae, B. H., Dickson, B. G., Keitt, T. H. and Shah, V. B. (2008). Using circuit "
         "theory to model connectivity in ecology, evolution, and conservation. Ecology 89, "
         "2712-2724."])

    def initAlgorithm(self, config=None):
        add_network_inputs(self)
        self.addParameter(QgsProcessingParameterNumber(
            "CWD_CUTOFF", "Corridor width (normalised cost distance)",
            QgsProcessingParameterNumber.Type.Double, 10000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            "ALL_PAIRS", "All pairs over the corridor network", defaultValue=False))
        self.add_cluster_parameters()
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", "Pinch points"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_RESISTANCES", "Corridor effective resistances",
            QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        layer = self.parameterAsRasterLayer(parameters, "RESISTANCE", context)
        # beside the cost distances: the current grid, the resistance copy and the corridor
        # network (17 bytes a cell); each corridor window's solve is checked once the
        # windows are known (pinchpoints.check_windows), not sized as the whole grid
        cells = layer.height() * layer.width() if layer is not None else 0
        ref, cell, links, ids, resistance = network_inputs(
            self, parameters, context, feedback, "Pinch points", 17 * cells)
        progress.step()
        workers, scheduler = self.cluster(parameters, context, feedback)
        try:
            res = PP.pinch_points(
                ids, resistance, cell, links,
                self.parameterAsDouble(parameters, "CWD_CUTOFF", context),
                all_pairs=self.parameterAsBoolean(parameters, "ALL_PAIRS", context),
                progress=lambda f: feedback.setProgress(100 * (1 + f) / 3) or
                feedback.isCanceled(), free_memory=available_memory, workers=workers,
                scheduler=scheduler)
        except (PP.CorridorError, CS.CircuitError) as e:
            raise QgsProcessingException(e.message(self.tr)) from None
        big = res["largest_window"]
        if big is not None and big[0] is not None:
            feedback.pushInfo(self.tr(
                "Largest corridor window: link {link}, {rows} x {cols} cells with {cells} in "
                "the corridor; its solve estimate {need:.2f} GB.").format(
                    link=big[0], rows=big[1], cols=big[2], cells=big[3], need=big[4] / 1e9))
        cut = [k for k, v in res["resistance"].items() if v < 0]
        if cut:
            feedback.pushWarning(self.tr("Pair(s) %s are not connected within CWD_CUTOFF: widen "
                                         "the corridors.")
                                 % ", ".join("%d-%d" % k for k in cut[:10]))
        progress.step()
        cur = res["current"]
        w = self.raster_out(parameters, "OUTPUT", context, ref, np.float32, -9999.0)
        w.write_all(cur)
        # the sources (focal regions) carry no current of their own: nothing to exclude
        out = {"OUTPUT": self.commit_raster(w, current_style(cur))}
        if parameters.get("OUTPUT_RESISTANCES") not in (None, ""):
            keys = sorted(res["resistance"])
            out["OUTPUT_RESISTANCES"] = self.write_table(
                parameters, "OUTPUT_RESISTANCES", context,
                [("from_id", [a for a, _ in keys], FieldType.Int),
                 ("to_id", [b for _, b in keys], FieldType.Int),
                 ("resistance", [res["resistance"][k] for k in keys], FieldType.Double)])
        progress.step()
        return out
