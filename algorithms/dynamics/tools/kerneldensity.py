"""ecosecurity:kerneldensity: the distribution of a value by period and group."""
import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber)

from ...tools.compat import FieldType
from ...base import EcoAlgorithm, Progress, help_html
from ... import memory_check as MC
from .. import density as KD
from .. import plots
from .common import GROUP, GROUP_ID, field_param, html_param, panel_input, period_values, write_html


class KernelDensity(EcoAlgorithm):
    ID = "kerneldensity"
    TITLE = "Kernel density by period"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "kerneldensity.svg"
    TAGS = "kernel density,distribution dynamics,evolution,polarisation,coupling degree"
    HELP = help_html(
        "How the distribution of a value (e.g. the coordination degree D) moves over the "
        "years: a Gaussian kernel density per period (and per region group), with the main "
        "peak's location and height, the number of peaks (polarisation) and the width, on "
        "one value grid so the curves compare.",
        "f(x) = 1/(n h) sum_i phi((x - x_i)/h). Silverman: h = 0.9 min(sd, IQR/1.349) "
        "n^(-1/5) (Stata's default; R's bw.nrd0 writes IQR/1.34, so the two agree whenever "
        "sd is the smaller); Scott: 1.06 min(sd, IQR/1.349) n^(-1/5). The grid runs from "
        "min - 3h to max + 3h in 512 points, as R's density(). A peak is a local maximum "
        "rising 5 % of the main peak above the troughs beside it; width = full width at half "
        "maximum of the main peak.",
        [("INPUT", "Panel table."), ("VALUE_FIELD", "Value, e.g. D."),
         ("TIME_FIELD", "Period (year)."),
         ("GROUP_FIELD", "Optional region group (e.g. east, central, west, northeast)."),
         ("ID_FIELD", "Optional region (unit) field. With it, a region that appears more "
          "than once in a period is an error naming the rows. Without it, every row is taken "
          "as a different region's value for its period, and a repeated row cannot be told "
          "from another region: it counts twice."),
         ("BANDWIDTH", "Silverman's or Scott's rule of thumb, or the fixed BANDWIDTH_VALUE."),
         ("BANDWIDTH_VALUE", "The fixed bandwidth.")],
        [("OUTPUT", "Curves: group, time, x, density."),
         ("OUTPUT_PEAKS", "Per group and time: n, bandwidth, peak_x, peak_density, n_peaks, "
          "fwhm, mean, sd."),
         ("OUTPUT_HTML", "Curves per year and a 3-D surface over the years.")],
        ["Silverman, B. W. (1986). Density Estimation for Statistics and Data Analysis. "
         "Chapman and Hall, eq. 3.31.",
         "Scott, D. W. (1992). Multivariate Density Estimation. Wiley."])

    def initAlgorithm(self, config=None):
        panel_input(self)
        field_param(self, "VALUE_FIELD", "Value field")
        field_param(self, "TIME_FIELD", "Time field")
        field_param(self, "GROUP_FIELD", "Group field", optional=True)
        # added after the others: older scripts and models without it still run
        field_param(self, "ID_FIELD", "Region field (checks one row per region and period)",
                    optional=True)
        self.addParameter(QgsProcessingParameterEnum(
            "BANDWIDTH", "Bandwidth", options=KD.BANDWIDTH_NAMES, defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "BANDWIDTH_VALUE", "Fixed bandwidth", QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.05, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Density curves", QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_PEAKS", "Peaks and spread", QgsProcessing.SourceType.TypeVector))
        html_param(self)
        self.add_encoding_parameter()

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        table = self.table(parameters, "INPUT", context, with_geometry=False)
        value_field = self.parameterAsString(parameters, "VALUE_FIELD", context)
        time_field = self.parameterAsString(parameters, "TIME_FIELD", context)
        group_field = self.parameterAsString(parameters, "GROUP_FIELD", context)
        values = table.numeric(value_field)
        times = period_values(table, time_field)
        groups = table.keys(group_field) if group_field else None
        id_field = self.parameterAsString(parameters, "ID_FIELD", context)
        if id_field:
            KD.require_one_row_per_region(
                table.keys(id_field), times, table.name,
                ["%d (id %d)" % (i + 1, fid) for i, fid in enumerate(table.ids)])
        progress.step(self.tr("Read %d rows of '%s'.") % (len(table), table.name))
        # the curves table has GRID_POINTS rows per group and period, built in memory
        n_curves = len(set(zip(groups if groups is not None else [None] * len(times),
                               times.tolist())))
        rows = n_curves * KD.GRID_POINTS
        MC.require_free_rows(rows * MC.CURVE_ROW_BYTES, self.tr("Kernel density by period"),
                             rows)
        res = KD.curves(values, times, groups,
                        self.parameterAsEnum(parameters, "BANDWIDTH", context),
                        self.parameterAsDouble(parameters, "BANDWIDTH_VALUE", context))
        progress.step()
        n = res["grid"].size
        group_name = group_field or "group"
        curves = self.write_table(parameters, "OUTPUT", context, [
            (group_name, [str(g) for g, _ in res["keys"] for _ in range(n)], FieldType.String),
            (time_field, [t for _, t in res["keys"] for _ in range(n)], FieldType.Double),
            ("x", list(np.tile(res["grid"], len(res["keys"]))), FieldType.Double),
            ("density", list(res["density"].ravel()), FieldType.Double)], progress)
        cols = [(group_name, [str(g) for g, _ in res["keys"]], FieldType.String),
                (time_field, [t for _, t in res["keys"]], FieldType.Double)]
        for key, kind in (("n", FieldType.Int), ("bandwidth", FieldType.Double),
                          ("peak_x", FieldType.Double), ("peak_density", FieldType.Double),
                          ("n_peaks", FieldType.Int), ("fwhm", FieldType.Double),
                          ("mean", FieldType.Double), ("sd", FieldType.Double)):
            cols.append((key, [s[key] for s in res["summary"]], kind))
        peaks = self.write_table(parameters, "OUTPUT_PEAKS", context, cols)
        html = write_html(self, parameters, context,
                           self.tr("Kernel density of %s") % value_field,
                           plots.density_figures(res, value_field, time_field, self.tr))
        progress.step()
        return {"OUTPUT": curves, "OUTPUT_PEAKS": peaks, "OUTPUT_HTML": html}
