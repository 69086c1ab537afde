"""Processing tools that build a resistance surface: scored factors, distances, AHP
weights and the weighted, corrected overlay."""
import os

import numpy as np
from qgis.core import (QgsFeatureRequest, QgsProcessing,
                       QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterBand, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterNumber, QgsProcessingParameterRange,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString)

from ..tools.compat import FieldType
from .. import grids
from .. import memory_check as MC
from ..base import (SCHEDULER_HELP, WORKERS_HELP, EcoAlgorithm, Progress, help_html,
                    paletted_style, pseudocolor_style)
from ..executor import Pieces
from ..classify import breaks as B
from ..classify.palette import BLUES, RESISTANCE_RAMP, YELLOW_ORANGE_RED, ramp
from . import ahp as AHP
from . import overlay as OV
from . import reclass as RC

GROUP, GROUP_ID = "Resistance surface", "resistance"
# float64 strips alive at once in reclassify and distanceto: the block, the scores or
# distances, a mask, and RasterOut.write's copy and cast (see memory_check); 6 with a margin
STRIPS = 6
BYTE_NODATA, FLOAT_NODATA = 255, -9999.0


class Reclassify(EcoAlgorithm):
    ID = "reclassify"
    TITLE = "Reclassify factor to scores"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "reclassify.svg"
    TAGS = "score,reclass,resistance factor,land use,natural breaks,grade"
    ADVANCED = ("UNKNOWN_AS_NODATA",)
    HELP = help_html(
        "Scores a factor raster for a resistance surface, e.g. land-use classes 1-5 or "
        "elevation in five natural-breaks classes. Works block by block; nodata stays "
        "nodata.",
        "Table: score = s_r for the first row r with min_r <= x <= max_r. Computed methods: "
        "class c in 1..k by the shared breaks (natural breaks = exact Fisher-Jenks), "
        "score = c when ASCENDING, k + 1 - c otherwise.",
        [("INPUT", "Factor raster."), ("BAND", "Band (default 1)."),
         ("METHOD", "A table of values or ranges and their scores, a computed classification "
          "into CLASSES scores, or manual BREAKS."),
         ("CLASSES", "Number of classes of a computed method (default 5)."),
         ("TABLE", "'value=score' or 'min,max=score' rows separated by ';', e.g. "
          "'1=5; 2=1; 3=5' for land use or '0,800=1; 800,1500=3; 1500,9000=5'; "
          "'0=nodata' makes a value nodata (e.g. sea coded 0)."),
         ("BREAKS", "Manual breaks, ascending, e.g. '0,500,1000,2000,5000'."),
         ("ASCENDING", "High values get high scores (true), or low scores (false: e.g. "
          "distance to roads, where near means high resistance)."),
         ("UNKNOWN_AS_NODATA", "Values the table does not cover become nodata instead of "
          "an error that lists them."),
         ("WORKERS", WORKERS_HELP),
         ("SCHEDULER", SCHEDULER_HELP)],
        [("OUTPUT", "Score raster: Byte (nodata 255) when the scores are whole numbers "
          "0-254, otherwise Float32 (nodata -9999); styled yellow to red.")],
        ["Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill (scoring factors "
         "on a common 1-5 or 1-9 scale).",
         "Jenks, G. F. (1967). The data model concept in statistical mapping. International "
         "Yearbook of Cartography 7, 186-190."])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("INPUT", "Factor raster"))
        self.addParameter(QgsProcessingParameterBand(
            "BAND", "Band", defaultValue=1, parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "METHOD", "Method", options=RC.METHOD_NAMES, defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "CLASSES", "Number of classes", QgsProcessingParameterNumber.Type.Integer,
            defaultValue=5, minValue=2, maxValue=50))
        self.addParameter(QgsProcessingParameterString(
            "TABLE", "Table (value=score; min,max=score)", multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterString(
            "BREAKS", "Manual breaks (ascending)", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "ASCENDING", "High values get high scores", defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "UNKNOWN_AS_NODATA", "Values not in the table become nodata", defaultValue=False))
        self.add_cluster_parameters()
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", "Scores"))

    def compute(self, parameters, context, feedback):
        method = self.parameterAsEnum(parameters, "METHOD", context)
        k = self.parameterAsInt(parameters, "CLASSES", context)
        ascending = self.parameterAsBoolean(parameters, "ASCENDING", context)
        unknown_nodata = self.parameterAsBoolean(parameters, "UNKNOWN_AS_NODATA", context)
        raster = self.raster_in(parameters, "INPUT", context,
                                self.parameterAsInt(parameters, "BAND", context) or 1)
        workers, scheduler = self.cluster(parameters, context, feedback)
        # a piece: one float64 strip in, its float64 scores out; a worker's temporaries:
        # the class numbers or the table's masks
        strip = MC.strip_bytes(raster.height, raster.width)
        MC.require_free(MC.strip_tool_bytes(raster.height, raster.width, STRIPS)
                        + MC.pieces_bytes(Pieces(None, workers, scheduler).mode, workers,
                                          strip, strip, work=strip),
                        self.tr("Reclassify factor to scores"), raster.height, raster.width)
        progress = Progress(feedback, 2)
        table = edges = None
        if method == RC.TABLE:
            table = RC.parse_table(self.parameterAsString(parameters, "TABLE", context))
            scores = table[~np.isnan(table[:, 2]), 2]
        else:
            if method == RC.MANUAL:
                edges = B.parse_breaks(self.parameterAsString(parameters, "BREAKS", context))
                closed = "right"
            else:
                summary = B.RasterSummary()
                for _, block in raster.blocks(progress):
                    summary.add(block)
                if summary.count == 0:
                    raise QgsProcessingException(self.tr("Raster '%s' has no valid cells.")
                                                 % raster.name)
                if summary.needs_histogram:
                    for _, block in raster.blocks(progress):
                        summary.add_to_histogram(block)
                code = {RC.NATURAL_BREAKS: B.NATURAL_BREAKS, RC.EQUAL_INTERVAL: B.EQUAL_INTERVAL,
                        RC.QUANTILE: B.QUANTILE}[method]
                edges, closed = summary.breaks(code, k)
            feedback.pushInfo(self.tr("Breaks: %s") % ", ".join("%.6g" % e for e in edges))
            scores = np.arange(1, len(edges))
        progress.step()

        integer = np.all(np.mod(scores, 1) == 0) and scores.min() >= 0 and scores.max() <= 254
        dtype, nodata = (np.uint8, BYTE_NODATA) if integer else (np.float32, FLOAT_NODATA)
        out = self.raster_out(parameters, "OUTPUT", context, raster, dtype, nodata)
        how = (table, edges, None if table is not None else closed, ascending)
        with Pieces(how, workers, scheduler) as run:  # blocks read here, scored as pieces
            for r0, score, values in run.imap(RC.score_block, raster.blocks(progress)):
                if values is not None and not unknown_nodata:
                    raise QgsProcessingException(
                        self.tr("Raster '%s' has values the TABLE does not cover, e.g. %s (rows %d "
                                "onwards). Add rows for them, or set UNKNOWN_AS_NODATA.")
                        % (raster.name, ", ".join("%g" % v for v in values), r0 + 1))
                out.write(r0, score)
        distinct = np.unique(scores)
        if integer and distinct.size <= 20:
            colours = ramp(distinct.size, YELLOW_ORANGE_RED)
            style = paletted_style([(v, "%g" % v, c) for v, c in zip(distinct, colours)])
        else:
            style = pseudocolor_style(distinct.min(), distinct.max(), YELLOW_ORANGE_RED)
        path = self.commit_raster(out, style)
        progress.step()
        return {"OUTPUT": path}


class DistanceTo(EcoAlgorithm):
    ID = "distanceto"
    TITLE = "Distance to features or cells"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "distanceto.svg"
    TAGS = "proximity,distance,roads,rivers,mining,buffer,euclidean"
    ADVANCED = ("ALL_TOUCHED",)
    HELP = help_html(
        "Euclidean distance in map units from every cell of a reference grid to the nearest "
        "road, river or mining area (vector features), or to the nearest target cell of a "
        "raster, computed by GDAL's rasterize and proximity.",
        "d(x) = min over target cells t of |x - t| between cell centres, in CRS units; "
        "cells farther than MAX_DISTANCE get MAX_DISTANCE.",
        [("REFERENCE", "The grid of the result (extent, cell size, CRS); its nodata cells "
          "stay nodata. It must be in a projected CRS."),
         ("FEATURES", "Optional vector layer (reprojected to the grid's CRS)."),
         ("ALL_TOUCHED", "Burn every cell a feature touches (default; keeps thin roads "
          "continuous) or only cells whose centre it covers."),
         ("SOURCE_RASTER", "Optional raster whose target cells count too (aligned to the "
          "grid by nearest neighbour)."),
         ("SOURCE_VALUES", "Values of SOURCE_RASTER that are targets, e.g. '3' for "
          "developed land; empty = every non-zero cell."),
         ("MAX_DISTANCE", "Cap on the distance (0 = none).")],
        [("OUTPUT", "Float32 distance raster (nodata -9999), styled in blues.")],
        ["GDAL ComputeProximity (gdal_proximity), gdal.org."])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("REFERENCE", "Reference grid"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "FEATURES", "Features (roads, rivers, mining areas)",
            [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "ALL_TOUCHED", "Burn all cells the features touch", defaultValue=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "SOURCE_RASTER", "Target raster", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "SOURCE_VALUES", "Target values of the raster (comma separated)", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_DISTANCE", "Maximum distance (0 = none)", QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", "Distance"))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        ref_layer = self.parameterAsRasterLayer(parameters, "REFERENCE", context)
        ref = self.raster_in(parameters, "REFERENCE", context)
        if ref_layer.crs().isGeographic():
            raise QgsProcessingException(
                self.tr("Reference grid '%s' is in a geographic CRS (%s), so distances would be in "
                        "degrees; reproject it to a projected CRS first.") % (ref.name,
                                                                     ref_layer.crs().authid()))
        source = self.parameterAsSource(parameters, "FEATURES", context)
        has_raster = self.parameterAsRasterLayer(parameters, "SOURCE_RASTER", context)
        if source is None and has_raster is None:
            raise QgsProcessingException(self.tr("Give FEATURES, SOURCE_RASTER or both: there is "
                                                 "nothing to measure the distance to."))
        max_d = self.parameterAsDouble(parameters, "MAX_DISTANCE", context)
        # a target raster on another grid is read through a GDAL warp (its own buffer)
        MC.require_free(MC.strip_tool_bytes(ref.height, ref.width, STRIPS,
                                            warped=has_raster is not None),
                        self.tr("Distance to features or cells"), ref.height, ref.width)
        out = self.raster_out(parameters, "OUTPUT", context, ref, np.float32, FLOAT_NODATA)
        scratch = grids.temporary_path(out.path)
        try:
            targets = grids.scratch_like(ref, scratch)
            burnt = 0
            if source is not None:
                burnt += grids.rasterize(self._geometries(source, ref_layer, context),
                                         targets, self.parameterAsBoolean(
                                             parameters, "ALL_TOUCHED", context))
            if has_raster is not None:
                burnt += self._raster_targets(parameters, context, ref, targets, feedback)
            progress.step(self.tr("Marked the targets."))
            count = _count_nonzero(targets)
            if count == 0:
                raise QgsProcessingException(
                    self.tr("No target cell falls on the grid of '%s' (%d feature(s) burnt); check "
                            "that the features or target values overlap it.") % (ref.name, burnt))
            try:
                grids.proximity(targets, out, max_d or None, FLOAT_NODATA,
                                callback=progress.gdal_callback())
            except RuntimeError:
                progress.check()  # GDAL stopped because the user canceled
                raise
            targets = None
            progress.step(self.tr("Computed distances to %d target cells.") % count)
            hi = 0.0
            for r0, block in ref.blocks(progress, np.float32):
                d = out.read(r0, block.shape[0])
                if max_d:
                    d[np.isnan(d)] = max_d  # proximity leaves cells beyond MAXDIST empty
                d[np.isnan(block)] = np.nan
                hi = max(hi, float(np.nanmax(d)) if np.isfinite(d).any() else 0.0)
                out.write(r0, d)
        finally:
            targets = None
            if os.path.exists(scratch):
                os.remove(scratch)
        path = self.commit_raster(out, pseudocolor_style(0.0, hi, BLUES))
        progress.step()
        return {"OUTPUT": path}

    def _geometries(self, source, ref_layer, context):
        request = QgsFeatureRequest().setSubsetOfAttributes([])
        request.setDestinationCrs(ref_layer.crs(), context.transformContext())
        for f in source.getFeatures(request):
            g = f.geometry()
            if g is not None and not g.isEmpty():
                yield bytes(g.asWkb())

    def _raster_targets(self, parameters, context, ref, targets, feedback):
        layer = self.parameterAsRasterLayer(parameters, "SOURCE_RASTER", context)
        src = grids.RasterIn(layer.source(), 1, layer.name(), align_to=ref)
        if src.aligned:
            feedback.pushWarning(self.tr("'%s' is on another grid than '%s'; it was aligned by "
                                         "nearest neighbour.") % (src.name, ref.name))
        text = self.parameterAsString(parameters, "SOURCE_VALUES", context)
        values = B.parse_numbers(text, "SOURCE_VALUES") if text.strip() else None
        band = targets.GetRasterBand(1)
        n = 0
        for r0, block in src.blocks():
            hit = np.isin(block, values) if values is not None else \
                (block != 0) & ~np.isnan(block)
            old = band.ReadAsArray(0, r0, src.width, block.shape[0])
            band.WriteArray((old | hit).astype(np.uint8), 0, r0)
            n += int(hit.sum())
        return n


def _count_nonzero(ds):
    band = ds.GetRasterBand(1)
    band.FlushCache()
    rows = max(1, grids.BLOCK_BYTES // max(1, ds.RasterXSize))
    return sum(int(np.count_nonzero(band.ReadAsArray(0, r0, ds.RasterXSize,
                                                     min(rows, ds.RasterYSize - r0))))
               for r0 in range(0, ds.RasterYSize, rows))


class AHPWeights(EcoAlgorithm):
    ID = "ahpweights"
    TITLE = "AHP weights"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "ahp.svg"
    TAGS = "analytic hierarchy process,pairwise comparison,eigenvector,consistency ratio"
    HELP = help_html(
        "Weights of factors from a pairwise comparison matrix by the Analytic Hierarchy "
        "Process, with Saaty's consistency check. The table it writes feeds "
        "resistancesurface's WEIGHTS_TABLE.",
        "A w = lambda_max w (principal eigenvector, normalised to sum 1); CI = (lambda_max - "
        "n)/(n - 1); CR = CI / RI(n), RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, "
        "1.49, 1.51, 1.48, 1.56, 1.57, 1.59 for n = 1..15. CR < 0.10 is acceptable.",
        [("MATRIX", "Rows separated by ';' (or new lines), entries by ','; fractions such as "
          "'1/3' allowed. a_ij says how much more important factor i is than j (1 equal ... "
          "9 extreme); a_ji must be 1/a_ij."),
         ("NAMES", "Optional factor names, comma separated, in matrix order."),
         ("ALLOW_INCONSISTENT", "Accept CR >= 0.10 with a warning instead of an error.")],
        [("OUTPUT", "Table: factor, weight."), ("CR, CI, LAMBDA_MAX", "Numeric outputs, also "
          "in the log.")],
        ["Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill.",
         "Saaty, T. L. (1977). A scaling method for priorities in hierarchical structures. "
         "Journal of Mathematical Psychology 15, 234-281."])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            "MATRIX", "Pairwise comparison matrix", multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            "NAMES", "Factor names (comma separated)", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "ALLOW_INCONSISTENT", "Allow CR >= 0.10", defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "AHP weights", QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("CR", "Consistency ratio"))
        self.addOutput(QgsProcessingOutputNumber("CI", "Consistency index"))
        self.addOutput(QgsProcessingOutputNumber("LAMBDA_MAX", "Principal eigenvalue"))

    def compute(self, parameters, context, feedback):
        text = self.parameterAsString(parameters, "NAMES", context)
        names = [n.strip() for n in text.split(",")] if text.strip() else None
        res = AHP.ahp(self.parameterAsString(parameters, "MATRIX", context), names)
        n = res["matrix"].shape[0]
        names = names or ["factor_%d" % (i + 1) for i in range(n)]
        feedback.pushInfo(self.tr("lambda_max = %.6f, CI = %.6f, CR = %.6f") % (
            res["lambda_max"], res["ci"], res["cr"]))
        for name, w in zip(names, res["weights"]):
            feedback.pushInfo(self.tr("  %s: %.6f") % (name, w))
        if not res["consistent"]:
            i, j, given, implied = AHP.worst_judgement(res["matrix"], res["weights"])
            message = (self.tr("The comparisons are inconsistent: CR = %.4f >= 0.10. The "
                               "judgement that strays furthest is %s over %s: given %.3g, the "
                               "weights imply %.3g. Revise it, or set ALLOW_INCONSISTENT.")
                       % (res["cr"], names[i], names[j], given, implied))
            if not self.parameterAsBoolean(parameters, "ALLOW_INCONSISTENT", context):
                raise QgsProcessingException(message)
            feedback.pushWarning(message)
        dest = self.write_table(parameters, "OUTPUT", context, [
            ("factor", names, FieldType.String),
            ("weight", list(res["weights"]), FieldType.Double)])
        return {"OUTPUT": dest, "CR": res["cr"], "CI": res["ci"],
                "LAMBDA_MAX": res["lambda_max"]}


class ResistanceSurface(EcoAlgorithm):
    ID = "resistancesurface"
    TITLE = "Resistance surface (weighted overlay with corrections)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "resistance.svg"
    TAGS = "resistance,cost surface,weighted overlay,weighted sum,correction,degradation"
    ADVANCED = ("RESCALE",)
    HELP = help_html(
        "Combines factor scores into a resistance surface: the weighted sum of the factors, "
        "multiplied by correction coefficients (e.g. 1.0-1.5 for rock desertification, soil "
        "erosion or geological hazards), optionally rescaled to a range circuit and "
        "least-cost solvers handle well. Block by block: memory does not grow with the "
        "rasters.",
        "R = (sum_i w_i F_i) prod_j K_j with w normalised to sum 1; RESCALE [a, b]: "
        "R' = a + (b - a)(R - min R)/(max R - min R). Nodata in any factor or correction "
        "gives nodata.",
        [("FACTORS", "Score rasters (e.g. from reclassify); their order is the order of "
          "the weights."),
         ("WEIGHTS", "Weights as text, e.g. '0.35,0.1,0.1,0.25,0.25'; positive, normalised."),
         ("WEIGHTS_TABLE", "Or the table of ahpweights (fields factor, weight): matched to "
          "the factors by layer name when every name matches, otherwise by row order."),
         ("CORRECTIONS", "Optional rasters of multiplicative coefficients."),
         ("REFERENCE", "Grid to align to (default: the first factor). Rasters on another "
          "grid or CRS are resampled by nearest neighbour, with a warning naming them."),
         ("RESCALE", "Optional target range, e.g. 1,100."),
         ("WORKERS", WORKERS_HELP),
         ("SCHEDULER", SCHEDULER_HELP)],
        [("OUTPUT", "Float32 resistance (nodata -9999), styled yellow to red.")],
        ["Yu, K. (1999). Landscape ecological security patterns in biological conservation. "
         "Acta Ecologica Sinica 19(1), 8-15.",
         "Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill."])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "FACTORS", "Factor score rasters", QgsProcessing.SourceType.TypeRaster))
        self.addParameter(QgsProcessingParameterString(
            "WEIGHTS", "Weights (comma separated, in factor order)", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "WEIGHTS_TABLE", "Weights table (from ahpweights)",
            [QgsProcessing.SourceType.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "CORRECTIONS", "Correction coefficient rasters", QgsProcessing.SourceType.TypeRaster,
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "REFERENCE", "Reference grid (default: first factor)", optional=True))
        self.addParameter(QgsProcessingParameterRange(
            "RESCALE", "Rescale to range", QgsProcessingParameterNumber.Type.Double, optional=True))
        self.add_cluster_parameters()
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", "Resistance"))

    def compute(self, parameters, context, feedback):
        factors = self.parameterAsLayerList(parameters, "FACTORS", context)
        corrections = self.parameterAsLayerList(parameters, "CORRECTIONS", context) or []
        if not factors:
            raise QgsProcessingException(self.tr("FACTORS is empty: give at least one score "
                                                 "raster."))
        names = [f.name() for f in factors]
        raw = self._weights(parameters, context, names, feedback)
        weights = OV.normalise_weights(raw, names)
        if abs(raw.sum() - 1.0) > 1e-6:
            feedback.pushWarning(self.tr("The weights sum to %g; they were divided by %g so that "
                                         "they sum to 1.") % (raw.sum(), raw.sum()))
        ref_layer = self.parameterAsRasterLayer(parameters, "REFERENCE", context) or factors[0]
        ref = grids.RasterIn(ref_layer.source(), 1, ref_layer.name())
        readers = [grids.RasterIn(f.source(), 1, f.name(), align_to=ref) for f in factors]
        fixers = [grids.RasterIn(c.source(), 1, c.name(), align_to=ref) for c in corrections]
        moved = [r.name for r in readers + fixers if r.aligned]
        if moved:
            feedback.pushWarning(self.tr("Resampled to the grid of '%s' by nearest neighbour: %s.")
                                 % (ref.name, ", ".join(moved)))
        feedback.pushInfo(self.tr("Weights: %s") % ", ".join("%s %.4f" % (n, w)
                                                             for n, w in zip(names, weights)))
        rescale = self.parameterAsRange(parameters, "RESCALE", context) \
            if parameters.get("RESCALE") not in (None, "") else None
        if rescale is not None and not rescale[1] > rescale[0]:
            raise QgsProcessingException(self.tr("RESCALE must go from a lower to a higher value; "
                                                 "got %g,%g.") % tuple(rescale))
        progress = Progress(feedback, 2 if rescale is not None else 1)
        workers, scheduler = self.cluster(parameters, context, feedback)
        pieces = Pieces(weights, workers, scheduler)
        # one float32 strip per factor and correction, the sum, and RasterOut.write's copy
        # and cast; the aligned ones through a GDAL warp each; the strips of the pieces in
        # flight and what local workers hold (a worker's temporaries: w F and the mask)
        layers = len(readers) + len(fixers)
        strip = MC.strip_bytes(ref.height, ref.width, 4)
        MC.require_free(MC.strip_tool_bytes(ref.height, ref.width, layers + 3, 4,
                                            warped=len(moved))
                        + MC.pieces_bytes(pieces.mode, workers, layers * strip, strip,
                                          work=strip + strip // 4),
                        self.tr("Resistance surface (weighted overlay with corrections)"),
                        ref.height, ref.width)

        out = self.raster_out(parameters, "OUTPUT", context, ref, np.float32, FLOAT_NODATA)
        step = ref.rows_per_block(4)  # strips of 16 MiB per float32 raster
        lo, hi, valid = np.inf, -np.inf, 0
        with pieces as run:  # strips read here, combined as pieces, written in order
            for r0, block, b_lo, b_hi, b_valid in run.imap(
                    OV.overlay_block, self._strips(ref, readers, fixers, step, progress)):
                valid += b_valid
                lo, hi = min(lo, b_lo), max(hi, b_hi)
                out.write(r0, block)
        if valid == 0:
            raise QgsProcessingException(
                self.tr("The resistance surface is empty: no cell has a value in every factor and "
                        "correction (%s). Check their nodata and that they overlap.") % ", ".join(
                    r.name for r in readers + fixers))
        progress.step(self.tr("Resistance %g..%g over %d cells.") % (lo, hi, valid))
        if rescale is not None:
            for r0 in range(0, ref.height, step):
                progress.set(r0 / ref.height)
                n = min(step, ref.height - r0)
                out.write(r0, OV.rescale(out.read(r0, n), lo, hi, *rescale))
            lo, hi = rescale
            progress.step(self.tr("Rescaled to %g..%g.") % (lo, hi))
        # greys: the resistance is the base the sources, corridors and current are drawn on
        path = self.commit_raster(out, pseudocolor_style(lo, hi, RESISTANCE_RAMP,
                                                         unit="resistance"))
        return {"OUTPUT": path}

    @staticmethod
    def _strips(ref, readers, fixers, step, progress):
        """The pieces of the overlay: (first row, factor strips, correction strips)."""
        for r0 in range(0, ref.height, step):
            progress.set(r0 / ref.height)
            n = min(step, ref.height - r0)
            yield (r0, [r.read(r0, n, np.float32) for r in readers],
                   [c.read(r0, n, np.float32) for c in fixers])

    def _weights(self, parameters, context, names, feedback):
        text = self.parameterAsString(parameters, "WEIGHTS", context)
        table = self.parameterAsSource(parameters, "WEIGHTS_TABLE", context)
        if text.strip() and table is not None:
            raise QgsProcessingException(self.tr("Give WEIGHTS or WEIGHTS_TABLE, not both."))
        if text.strip():
            return OV.parse_weights(text)
        if table is None:
            raise QgsProcessingException(self.tr("Give the factor weights: WEIGHTS as text (e.g. "
                                                 "'0.35,0.1,0.1,0.25,0.25') or WEIGHTS_TABLE from "
                                                 "ahpweights."))
        t = self.table(parameters, "WEIGHTS_TABLE", context, with_geometry=False)
        w = t.numeric("weight")
        if t.fields.lookupField("factor") >= 0:
            by_name = dict(zip(t.keys("factor"), w))
            if set(by_name) >= set(names):
                return np.array([by_name[n] for n in names])
            feedback.pushWarning(self.tr("The weights table's factor names (%s) do not all match "
                                         "the factor layers (%s); weights are taken in row order.")
                                 % (", ".join(by_name), ", ".join(names)))
        return w
