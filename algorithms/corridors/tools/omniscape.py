"""ecosecurity:omniscape: omnidirectional connectivity by moving windows (Omniscape)."""
import numpy as np
from qgis.core import (QgsColorRampShader, QgsProcessingException,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterMatrix,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsRasterLayer, QgsRasterShader,
                       QgsSingleBandPseudoColorRenderer)
from qgis.PyQt.QtGui import QColor

from ...base import (SCHEDULER_HELP, EcoAlgorithm, Progress, help_html, pseudocolor_style,
                    require_memory, tr)
from ...tools.compat import ParameterFlag
from .. import omniscape as OM
from .circuitscape import CURRENT_RAMP, Circuitscape
from .common import GROUP, GROUP_ID

COMPARISONS = ["within", "equal"]
FUTURE = ["none", "first", "second", "both"]
# normalised current in the four flow classes named by McRae et al. (2016, Conserving
# Nature's Stage); the bounds are this plugin's choice around 1 (no flow change), to be
# restyled in QGIS where a study uses others: upper bounds, labels and colours
FLOW_CLASSES = [(0.7, "Impeded (< 0.7)", "#a6611a"),
                (1.3, "Diffuse (0.7 - 1.3)", "#f5f5f5"),
                (1.7, "Intensified (1.3 - 1.7)", "#80cdc1"),
                (float("inf"), "Channelised (> 1.7)", "#018571")]


def flow_class_style(band=1):
    """A style function: the normalised current in the four flow classes."""
    def apply(layer):
        if not isinstance(layer, QgsRasterLayer):
            return
        ramp = QgsColorRampShader(0.0, 2.0)
        ramp.setColorRampType(QgsColorRampShader.Discrete)
        ramp.setColorRampItemList([QgsColorRampShader.ColorRampItem(v, QColor(c), tr(label))
                                   for v, label, c in FLOW_CLASSES])
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(ramp)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
        renderer.setClassificationMin(0.0)
        renderer.setClassificationMax(2.0)
        layer.setRenderer(renderer)
    return apply


class Omniscape(EcoAlgorithm):
    ID = "omniscape"
    TITLE = "Omnidirectional connectivity (Omniscape)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "circuitscape.svg"
    TAGS = ("omniscape,omnidirectional,moving window,circuit theory,current flow,"
            "flow potential,normalized current,connectivity")
    HELP = help_html(
        "Where movement flows across the whole landscape, without choosing sources first: "
        "McRae's moving-window circuit method as Omniscape.jl computes it (its test suite is "
        "reproduced). Every target block of BLOCK_SIZE x BLOCK_SIZE cells is the ground of "
        "one circuit on the disc of radius RADIUS + BUFFER cells around it, fed by the "
        "source strengths within RADIUS cells, scaled to the block's own total strength.",
        "Conductance g = 1/R; edges join 8 (or 4) neighbours with (g1 + g2)/2, diagonals "
        "divided by sqrt(2); the target cell is grounded; a cell's current is the larger of "
        "its in- and outflow. Cumulative current = sum over windows (times Omniscape's "
        "block-artifact correction when BLOCK_SIZE > 1); flow potential = the same with "
        "R = 1 everywhere; normalised current = cumulative / flow potential (0/0 = 0): "
        "< 1 where resistance impedes movement, > 1 where it channels it.",
        [("RESISTANCE", "Resistance raster (conductance with IS_CONDUCTANCE); values must "
          "be > 0, nodata cells are outside the circuit."),
         ("SOURCE", "Source strength raster; or SOURCE_FROM_RESISTANCE: 1/R (the "
          "conductance) where R <= R_CUTOFF, else 0."),
         ("RADIUS", "Window radius in cells (the distance in map units is RADIUS times the "
          "cell size, logged at the start of the run)."),
         ("BLOCK_SIZE", "Target block side in cells (odd; an even size is raised by 1). "
          "Larger blocks run about BLOCK_SIZE^2 times faster."),
         ("BUFFER", "Cells added around the source disc to the circuit (not sources)."),
         ("SOURCE_THRESHOLD", "Source strengths below it become 0."),
         ("CONNECT_FOUR", "Four neighbours instead of eight."),
         ("CORRECT_ARTIFACTS", "Omniscape's block-artifact correction (default on)."),
         ("MASK_NODATA", "Nodata of the resistance stays nodata in the outputs."),
         ("CONDITION1, CONDITION1_FUTURE, COMPARISON1, CONDITION1_LOWER, CONDITION1_UPPER; "
          "CONDITION2, CONDITION2_FUTURE, COMPARISON2, CONDITION2_LOWER, CONDITION2_UPPER",
          "Conditional connectivity: a source feeds a target only if its "
          "condition value minus the median of the target block's (future) values lies in "
          "[LOWER, UPPER] (0 within) or equals the block's most frequent value (1 equal)."),
         ("COMPARE_TO_FUTURE", "Which conditions use their future raster for the target: "
          "0 none, 1 first, 2 second, 3 both."),
         ("RECLASS_TABLE", "Optional rows 'from, to' applied to the resistance first; a 'to' "
          "of 'missing' (or empty) makes the cells nodata."),
         ("SINGLE_PRECISION", "Read the inputs in 32-bit (Omniscape's precision = single)."),
         ("WORKERS", "Processes solving batches of windows side by side (1: none started)."),
         ("SCHEDULER", SCHEDULER_HELP)],
        [("OUTPUT", "Cumulative current."),
         ("OUTPUT_FLOW_POTENTIAL", "Flow potential (optional)."),
         ("OUTPUT_NORMALIZED", "Normalised current (optional), drawn in McRae et al.'s four "
          "flow classes with bounds chosen here: impeded < 0.7, diffuse 0.7-1.3, "
          "intensified 1.3-1.7, channelised > 1.7.")],
        ["McRae, B. H., Popper, K., Jones, A., Schindel, M., Buttrick, S., Hall, K. R., "
         "Unnasch, R. S. and Platt, J. (2016). Conserving Nature's Stage: Mapping "
         "Omnidirectional Connectivity for Resilient Terrestrial Landscapes in the Pacific "
         "Northwest. The Nature Conservancy.",
         "Landau, V. A., Shah, V. B., Anantharaman, R. and Hall, K. R. (2021). Omniscape.jl: "
         "Software to compute omnidirectional landscape connectivity. Journal of Open Source "
         "Software 6(57), 2829."])

    def initAlgorithm(self, config=None):
        raster, num = QgsProcessingParameterRasterLayer, QgsProcessingParameterNumber
        adv = []
        self.addParameter(raster("RESISTANCE", self.tr("Resistance surface")))
        adv.append(QgsProcessingParameterBoolean(
            "IS_CONDUCTANCE", self.tr("The raster holds conductances"), defaultValue=False))
        self.addParameter(raster("SOURCE", self.tr("Source strengths"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "SOURCE_FROM_RESISTANCE", self.tr("Derive the sources from the resistance"),
            defaultValue=False))
        adv.append(num("R_CUTOFF", self.tr("Largest resistance that is a source (none: all)"),
                       num.Double, None, optional=True, minValue=0.0))
        self.addParameter(num("RADIUS", self.tr("Radius (cells)"), num.Integer, minValue=1))
        adv.append(num("BLOCK_SIZE", self.tr("Block size (cells)"), num.Integer, 1, minValue=1))
        adv.append(num("BUFFER", self.tr("Buffer (cells)"), num.Integer, 0, minValue=0))
        adv.append(num("SOURCE_THRESHOLD", self.tr("Source threshold"), num.Double, 0.0))
        adv.append(QgsProcessingParameterBoolean(
            "CONNECT_FOUR", self.tr("Four neighbours only"), defaultValue=False))
        adv.append(QgsProcessingParameterBoolean(
            "CORRECT_ARTIFACTS", self.tr("Correct block artifacts"), defaultValue=True))
        adv.append(QgsProcessingParameterBoolean(
            "MASK_NODATA", self.tr("Keep nodata as nodata"), defaultValue=True))
        for k in (1, 2):
            adv.append(raster("CONDITION%d" % k, self.tr("Condition %d") % k, optional=True))
            adv.append(raster("CONDITION%d_FUTURE" % k, self.tr("Condition %d (future)") % k,
                              optional=True))
            adv.append(QgsProcessingParameterEnum(
                "COMPARISON%d" % k, self.tr("Comparison %d") % k, options=COMPARISONS,
                defaultValue=0))
            adv.append(num("CONDITION%d_LOWER" % k, self.tr("Condition %d lower") % k,
                           num.Double, 0.0))
            adv.append(num("CONDITION%d_UPPER" % k, self.tr("Condition %d upper") % k,
                           num.Double, 0.0))
        adv.append(QgsProcessingParameterEnum(
            "COMPARE_TO_FUTURE", self.tr("Compare to future"), options=FUTURE, defaultValue=0))
        adv.append(QgsProcessingParameterMatrix(
            "RECLASS_TABLE", self.tr("Reclassification table"), numberRows=0,
            headers=["From", "To"], optional=True))
        adv.append(QgsProcessingParameterBoolean(
            "SINGLE_PRECISION", self.tr("Single precision"), defaultValue=False))
        adv.append(num("WORKERS", self.tr("Worker processes"), num.Integer, 1, minValue=1))
        for p in adv:
            p.setFlags(p.flags() | ParameterFlag.Advanced)
            self.addParameter(p)
        self.add_cluster_parameters(workers=False)
        dest = QgsProcessingParameterRasterDestination
        self.addParameter(dest("OUTPUT", self.tr("Cumulative current")))
        self.addParameter(dest("OUTPUT_FLOW_POTENTIAL", self.tr("Flow potential"), optional=True,
                               createByDefault=False))
        self.addParameter(dest("OUTPUT_NORMALIZED", self.tr("Normalised current"), optional=True,
                               createByDefault=False))

    def _wanted(self, parameters, name, context):
        value = parameters.get(name)
        return value not in (None, "") and bool(self.parameterAsOutputLayer(parameters, name,
                                                                              context))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        ref = self.raster_in(parameters, "RESISTANCE", context)
        want_fp = self._wanted(parameters, "OUTPUT_FLOW_POTENTIAL", context)
        want_norm = self._wanted(parameters, "OUTPUT_NORMALIZED", context)
        options, names = self._options(parameters, context, want_fp or want_norm)
        r, u, b = options.ints()
        cell = abs(ref.ds.GetGeoTransform()[1])
        feedback.pushInfo(self.tr("Radius %d cells (%.6g map units), buffer %d, block size %d.")
                          % (r, r * cell, u, b))
        need = OM.estimate_memory((ref.height, ref.width), options)
        require_memory(need, self.tr(
            "Omniscape needs about {need:.1f} GB here (grid %d x %d, radius %d, batches of %d "
            "windows on %d workers) but only {free:.1f} GB are free: use fewer workers, or "
            "coarsen or clip the rasters.") % (ref.height, ref.width, r + u, options.batch,
                                                options.workers))
        feedback.pushInfo(self.tr("Memory estimate: %.2f GB.") % (need / 1e9))
        resistance = ref.read(0, ref.height)
        source, conditions = self._inputs(parameters, context, ref, feedback, names)
        progress.step(self.tr("Read the %d x %d grid.") % (ref.height, ref.width))

        def on_batch(done, total):
            progress.set(done / max(total, 1))
        try:
            res = OM.run(resistance, source, options, self._reclass(parameters, context),
                         conditions, progress=on_batch)
        except OM.OmniscapeError as e:
            raise QgsProcessingException(e.message(self.tr)) from None
        feedback.pushInfo(self.tr("%d target blocks solved.") % res["n_targets"])
        progress.step()
        out = {"OUTPUT": self._raster(parameters, "OUTPUT", context, ref, res["cumulative"],
                                      None)}
        if want_fp:
            out["OUTPUT_FLOW_POTENTIAL"] = self._raster(
                parameters, "OUTPUT_FLOW_POTENTIAL", context, ref, res["flow_potential"], None)
        if want_norm:
            out["OUTPUT_NORMALIZED"] = self._raster(
                parameters, "OUTPUT_NORMALIZED", context, ref, res["normalized"],
                flow_class_style())
        return out

    def _options(self, parameters, context, flow_potential):
        """Options and the names of the rasters to read (nothing is read here, so that the
        memory check comes before any grid is allocated)."""
        num = lambda n: self.parameterAsDouble(parameters, n, context)  # noqa: E731
        given = lambda n: self.parameterAsRasterLayer(parameters, n, context) is not None  # noqa
        from_res = self.parameterAsBoolean(parameters, "SOURCE_FROM_RESISTANCE", context)
        if not from_res and not given("SOURCE"):
            raise QgsProcessingException(self.tr("Give SOURCE (source strengths) or set "
                                                 "SOURCE_FROM_RESISTANCE."))
        cutoff = parameters.get("R_CUTOFF")
        conds, names = [], []
        future = self.parameterAsEnum(parameters, "COMPARE_TO_FUTURE", context)
        for k in (1, 2):
            if not given("CONDITION%d" % k):
                continue
            fut = None
            if future in (k, 3):
                fut = "CONDITION%d_FUTURE" % k
                if not given(fut):
                    raise QgsProcessingException(self.tr(
                        "COMPARE_TO_FUTURE uses condition %d's future: give CONDITION%d_FUTURE.")
                        % (k, k))
            conds.append((COMPARISONS[self.parameterAsEnum(parameters, "COMPARISON%d" % k,
                                                            context)],
                          num("CONDITION%d_LOWER" % k), num("CONDITION%d_UPPER" % k)))
            names.append(("CONDITION%d" % k, fut))
        options = OM.Options(
            radius=self.parameterAsInt(parameters, "RADIUS", context),
            block_size=self.parameterAsInt(parameters, "BLOCK_SIZE", context),
            buffer=self.parameterAsInt(parameters, "BUFFER", context),
            source_threshold=num("SOURCE_THRESHOLD"),
            source_from_resistance=from_res,
            r_cutoff=np.inf if cutoff in (None, "") else num("R_CUTOFF"),
            is_conductance=self.parameterAsBoolean(parameters, "IS_CONDUCTANCE", context),
            four_neighbors=self.parameterAsBoolean(parameters, "CONNECT_FOUR", context),
            correct_artifacts=self.parameterAsBoolean(parameters, "CORRECT_ARTIFACTS",
                                                      context),
            mask_nodata=self.parameterAsBoolean(parameters, "MASK_NODATA", context),
            flow_potential=flow_potential,
            single_precision=self.parameterAsBoolean(parameters, "SINGLE_PRECISION", context),
            conditions=conds,
            workers=self.parameterAsInt(parameters, "WORKERS", context),
            scheduler=self.cluster(parameters, context)[1])
        try:
            options.ints()
        except OM.OmniscapeError as e:
            raise QgsProcessingException(e.message(self.tr)) from None
        return options, (None if from_res else "SOURCE", names)

    def _inputs(self, parameters, context, ref, feedback, names):
        """The source grid (or None) and (present, future) grids of the conditions."""
        source_name, cond_names = names
        read = lambda n: None if n is None else self._aligned(  # noqa: E731
            parameters, n, context, ref, feedback)
        return read(source_name), [(read(p), read(f)) for p, f in cond_names]

    def _reclass(self, parameters, context):
        if parameters.get("RECLASS_TABLE") in (None, "", []):
            return None
        cells = self.parameterAsMatrix(parameters, "RECLASS_TABLE", context)
        if not cells:
            return None
        if len(cells) % 2:
            raise QgsProcessingException(
                self.tr("RECLASS_TABLE needs rows of two values: from, to."))
        table = []
        for old, new in zip(cells[0::2], cells[1::2]):
            text = str(new).strip().strip('"').lower()
            try:
                table.append((float(old), np.nan if text in ("", "missing", "nodata", "nan")
                              else float(new)))
            except ValueError:
                raise QgsProcessingException(self.tr(
                    "RECLASS_TABLE: '%s, %s' is not a pair of numbers ('missing' makes "
                    "nodata).") % (old, new)) from None
        return table

    # the condition and source rasters are read as the circuit tool reads its extra rasters
    _aligned = Circuitscape._aligned

    def _raster(self, parameters, name, context, ref, grid, style):
        w = self.raster_out(parameters, name, context, ref, np.float32, -9999.0)
        w.write_all(grid)
        if style is None:
            finite = grid[np.isfinite(grid)]
            hi = float(np.percentile(finite[finite > 0], 99)) if (finite > 0).any() else 1.0
            style = pseudocolor_style(0.0, hi, CURRENT_RAMP)
        return self.commit_raster(w, style)
