"""Processing tools of the panel-dynamics workflow: kernel density, panel unit-root tests
and forecasts (the panel VAR has its own module)."""
import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QVariant

from ..base import EcoAlgorithm, Progress, help_html
from ..classify import breaks as B
from ..coupling import coordination as CC
from . import density as KD
from . import forecast as FC
from . import forecast_lstm as LSTM
from . import plots
from . import unitroot as UR

GROUP, GROUP_ID = "Panel dynamics", "dynamics"
HTML_FILTER = "HTML files (*.html)"


def _html_param(alg, name="OUTPUT_HTML", text="Report (HTML)"):
    alg.addParameter(QgsProcessingParameterFileDestination(
        name, text, HTML_FILTER, optional=True, createByDefault=True))


def _write_html(alg, parameters, context, title, parts, name="OUTPUT_HTML"):
    """Write the report if asked for; it is registered so a failed run removes it."""
    path = alg.parameterAsFileOutput(parameters, name, context)
    if not path:
        return None
    text = plots.page(title, parts)
    alg.register_file(path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def _input(alg, name="INPUT", text="Panel table (regions x years)"):
    alg.addParameter(QgsProcessingParameterFeatureSource(name, text, [QgsProcessing.TypeVector]))


def _field(alg, name, text, optional=False, multiple=False):
    alg.addParameter(QgsProcessingParameterField(name, text, parentLayerParameterName="INPUT",
                                                 optional=optional, allowMultiple=multiple))


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
         ("BANDWIDTH", "0 Silverman; 1 Scott; 2 fixed value BANDWIDTH_VALUE."),
         ("BANDWIDTH_VALUE", "The fixed bandwidth.")],
        [("OUTPUT", "Curves: group, time, x, density."),
         ("OUTPUT_PEAKS", "Per group and time: n, bandwidth, peak_x, peak_density, n_peaks, "
          "fwhm, mean, sd."),
         ("OUTPUT_HTML", "Curves per year and a 3-D surface over the years.")],
        ["Silverman, B. W. (1986). Density Estimation for Statistics and Data Analysis. "
         "Chapman and Hall, eq. 3.31.",
         "Scott, D. W. (1992). Multivariate Density Estimation. Wiley."])

    def initAlgorithm(self, config=None):
        _input(self)
        _field(self, "VALUE_FIELD", "Value field")
        _field(self, "TIME_FIELD", "Time field")
        _field(self, "GROUP_FIELD", "Group field", optional=True)
        self.addParameter(QgsProcessingParameterEnum(
            "BANDWIDTH", "Bandwidth", options=KD.BANDWIDTH_NAMES, defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "BANDWIDTH_VALUE", "Fixed bandwidth", QgsProcessingParameterNumber.Double,
            defaultValue=0.05, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Density curves", QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_PEAKS", "Peaks and spread", QgsProcessing.TypeVector))
        _html_param(self)

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        table = self.table(parameters, "INPUT", context, with_geometry=False)
        value_field = self.parameterAsString(parameters, "VALUE_FIELD", context)
        time_field = self.parameterAsString(parameters, "TIME_FIELD", context)
        group_field = self.parameterAsString(parameters, "GROUP_FIELD", context)
        values = table.numeric(value_field)
        times = _times(table, time_field)
        groups = table.keys(group_field) if group_field else None
        progress.step("Read %d rows of '%s'." % (len(table), table.name))
        res = KD.curves(values, times, groups,
                        self.parameterAsEnum(parameters, "BANDWIDTH", context),
                        self.parameterAsDouble(parameters, "BANDWIDTH_VALUE", context))
        progress.step()
        n = res["grid"].size
        group_name = group_field or "group"
        curves = self.write_table(parameters, "OUTPUT", context, [
            (group_name, [str(g) for g, _ in res["keys"] for _ in range(n)], QVariant.String),
            (time_field, [t for _, t in res["keys"] for _ in range(n)], QVariant.Double),
            ("x", list(np.tile(res["grid"], len(res["keys"]))), QVariant.Double),
            ("density", list(res["density"].ravel()), QVariant.Double)], progress)
        cols = [(group_name, [str(g) for g, _ in res["keys"]], QVariant.String),
                (time_field, [t for _, t in res["keys"]], QVariant.Double)]
        for key, kind in (("n", QVariant.Int), ("bandwidth", QVariant.Double),
                          ("peak_x", QVariant.Double), ("peak_density", QVariant.Double),
                          ("n_peaks", QVariant.Int), ("fwhm", QVariant.Double),
                          ("mean", QVariant.Double), ("sd", QVariant.Double)):
            cols.append((key, [s[key] for s in res["summary"]], kind))
        peaks = self.write_table(parameters, "OUTPUT_PEAKS", context, cols)
        html = _write_html(self, parameters, context,
                           "Kernel density of %s" % value_field,
                           plots.density_figures(res, value_field, time_field))
        progress.step()
        return {"OUTPUT": curves, "OUTPUT_PEAKS": peaks, "OUTPUT_HTML": html}


def _times(table, field):
    """Periods as numbers (years); whole numbers come back as int for tidy labels."""
    t = table.numeric(field)
    return t.astype(np.int64) if np.all(np.mod(t, 1) == 0) else t


TEST_NAMES = ["Im-Pesaran-Shin W-tbar", "Levin-Lin-Chu", "Harris-Tzavalis",
              "Fisher-ADF (P, Z, L*, Pm)", "Fisher-PP (P, Z, L*, Pm)", "Hadri"]
DETERMINISTIC = ["none", "intercept", "trend"]
LAG_METHODS = [None, "AIC", "SIC", "Hall"]


class PanelUnitRoot(EcoAlgorithm):
    ID = "panelunitroot"
    TITLE = "Panel unit-root tests"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "panelunitroot.svg"
    TAGS = "unit root,stationarity,IPS,LLC,Fisher,Hadri,Harris-Tzavalis,xtunitroot,purtest"
    HELP = help_html(
        "Panel unit-root tests of each variable (and its first differences), as R plm's "
        "purtest and Stata's xtunitroot compute them; the figures of plm 2.6-2 are "
        "reproduced. A unit with gaps is tested on its longest run of consecutive periods "
        "(reported in the log); LLC, Harris-Tzavalis and Hadri need a balanced panel and say "
        "so when it is not.",
        "Unit ADF: dy_t = rho y_(t-1) + sum_(j<=p) g_j dy_(t-j) + d_t + e_t, t_i = t of rho "
        "(scaled by sqrt(n/(n-k)) as plm). IPS: W = sqrt(N)(tbar - E[t])/sqrt(Var[t]) with "
        "IPS (2003) Table 3 moments. LLC: t* adjusted with LLC (2002) Table 2. Fisher: P = "
        "-2 sum ln p_i, Z = sum Phi^-1(p_i)/sqrt N, L*, Pm = sum(-2 ln p_i - 2)/(2 sqrt N), "
        "p_i MacKinnon (1996). HT: z = sqrt(N)(rho - 1 - B)/sqrt(C). Hadri: LM of the "
        "KPSS type (heteroskedasticity-consistent, as plm's default); null: all stationary.",
        [("INPUT", "Panel table."), ("ID_FIELD", "Region (unit) field."),
         ("TIME_FIELD", "Period field."), ("VARIABLES", "Variables to test."),
         ("TESTS", "Which tests (default all)."),
         ("DETERMINISTIC", "0 none; 1 intercept; 2 intercept and trend."),
         ("LAGS", "ADF lags (or the most lags a selection may choose)."),
         ("LAG_SELECTION", "0 fixed LAGS; 1 AIC; 2 SIC (BIC); 3 Hall's general-to-specific, "
          "per unit as plm."),
         ("DIFFERENCE", "Also test the first differences.")],
        [("OUTPUT", "variable, series, test, statistic, p_value, null, verdict."),
         ("OUTPUT_HTML", "The results and the series of every unit.")],
        ["Im, K. S., Pesaran, M. H. and Shin, Y. (2003). Testing for unit roots in "
         "heterogeneous panels. Journal of Econometrics 115, 53-74.",
         "Levin, A., Lin, C.-F. and Chu, C.-S. J. (2002). Unit root tests in panel data. "
         "Journal of Econometrics 108, 1-24.",
         "Maddala, G. S. and Wu, S. (1999); Choi, I. (2001). Unit root tests for panel data. "
         "Journal of International Money and Finance 20, 249-272.",
         "Harris, R. D. F. and Tzavalis, E. (1999). Journal of Econometrics 91, 201-226.",
         "Hadri, K. (2000). Testing for stationarity in heterogeneous panel data. "
         "Econometrics Journal 3, 148-161.",
         "Croissant, Y. and Millo, G. (2008). Panel data econometrics in R: the plm package. "
         "Journal of Statistical Software 27(2)."])

    def initAlgorithm(self, config=None):
        _input(self)
        _field(self, "ID_FIELD", "Unit (region) field")
        _field(self, "TIME_FIELD", "Time field")
        _field(self, "VARIABLES", "Variables", multiple=True)
        self.addParameter(QgsProcessingParameterEnum(
            "TESTS", "Tests", options=TEST_NAMES, allowMultiple=True,
            defaultValue=list(range(len(TEST_NAMES)))))
        self.addParameter(QgsProcessingParameterEnum(
            "DETERMINISTIC", "Deterministic terms", options=["None", "Intercept",
                                                             "Intercept and trend"],
            defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "LAGS", "Lags", QgsProcessingParameterNumber.Integer, defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "LAG_SELECTION", "Lag selection", options=["Fixed", "AIC", "SIC (BIC)", "Hall"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            "DIFFERENCE", "Also test first differences", defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Unit-root tests", QgsProcessing.TypeVector))
        _html_param(self)

    def compute(self, parameters, context, feedback):
        table = self.table(parameters, "INPUT", context, with_geometry=False)
        ids = table.keys(self.parameterAsString(parameters, "ID_FIELD", context))
        times = _times(table, self.parameterAsString(parameters, "TIME_FIELD", context))
        variables = self.parameterAsFields(parameters, "VARIABLES", context)
        if not variables:
            raise QgsProcessingException("Choose at least one variable in VARIABLES.")
        tests = self.parameterAsEnums(parameters, "TESTS", context) or \
            list(range(len(TEST_NAMES)))
        exo = DETERMINISTIC[self.parameterAsEnum(parameters, "DETERMINISTIC", context)]
        method = LAG_METHODS[self.parameterAsEnum(parameters, "LAG_SELECTION", context)]
        p = self.parameterAsInt(parameters, "LAGS", context)
        lags, pmax = (method, p) if method else (p, None)
        series = [("level", None)]
        if self.parameterAsBoolean(parameters, "DIFFERENCE", context):
            series.append(("first difference", "diff"))
        progress = Progress(feedback, len(variables) * len(series) + 1)

        rows, figures = [], []
        for var in variables:
            values = table.numeric(var)
            for label, kind in series:
                i, t, v = (ids, times, values) if kind is None else \
                    UR.difference_within_units(np.array(ids, object), times, values)
                panel = UR.prepare_panel(np.asarray(i, object), t, v, var)
                if panel.gaps and kind is None:
                    feedback.pushWarning("%s: %d unit(s) have gaps and are tested on their "
                                         "longest consecutive run: %s." % (
                                             var, len(panel.gaps), ", ".join(
                                                 str(u) for u in list(panel.gaps)[:10])))
                for res in self._run(panel, tests, exo, lags, pmax, feedback):
                    rows.append((var, label, res))
                if kind is None:
                    figures.append(("Series of %s" % var, plots.series_figure(
                        panel.units, panel.periods, panel.series, var)))
                progress.step("%s (%s): done." % (var, label))
        for var, label, res in rows:
            feedback.pushInfo("%s, %s, %s: %s" % (var, label, res.test, res.verdict))
        cols = [("variable", [r[0] for r in rows], QVariant.String),
                ("series", [r[1] for r in rows], QVariant.String),
                ("test", [r[2].test for r in rows], QVariant.String),
                ("statistic", [r[2].statistic for r in rows], QVariant.Double),
                ("p_value", [r[2].pvalue for r in rows], QVariant.Double),
                ("null", [r[2].null for r in rows], QVariant.String),
                ("verdict", [r[2].verdict for r in rows], QVariant.String)]
        dest = self.write_table(parameters, "OUTPUT", context, cols)
        header = ["variable", "series", "test", "statistic", "p-value", "verdict"]
        body = [(v, s, r.test, r.statistic, r.pvalue, r.verdict) for v, s, r in rows]
        html = _write_html(self, parameters, context, "Panel unit-root tests",
                           [("Results", plots.table_html(header, body))] + figures)
        progress.step()
        return {"OUTPUT": dest, "OUTPUT_HTML": html}

    @staticmethod
    def _run(panel, tests, exo, lags, pmax, feedback):
        """Each chosen test; one that cannot run on this panel is reported, not fatal."""
        calls = {0: lambda: [UR.ips_test(panel, exo, lags, pmax)],
                 1: lambda: [UR.llc_test(panel, exo, lags, pmax)],
                 2: lambda: [UR.ht_test(panel, exo)],
                 3: lambda: list(UR.fisher_test(panel, exo, lags, pmax, "ADF").values()),
                 4: lambda: list(UR.fisher_test(panel, exo, lags, pmax, "PP").values()),
                 5: lambda: [UR.hadri_test(panel, exo)]}
        out, failed = [], []
        for t in tests:
            try:
                out += calls[t]()
            except UR.UnitRootError as err:
                failed.append("%s: %s" % (TEST_NAMES[t], err))
                out.append(UR.TestResult(TEST_NAMES[t], float("nan"), float("nan"), "",
                                         0.05, "not run: %s" % err))
        if len(failed) == len(tests):  # nothing to report: the input is at fault
            raise UR.UnitRootError(" ".join(failed))
        for message in failed:
            feedback.pushWarning("%s not run on %s. %s" % (message.split(":")[0],
                                                           panel.variable, message))
        return out


class Forecast(EcoAlgorithm):
    ID = "forecast"
    TITLE = "Forecast panel values (LSTM and baselines)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "forecast.svg"
    TAGS = "forecast,prediction,LSTM,deep learning,trend,AR(1),coordination degree,2030"
    HELP = help_html(
        "Forecasts a value of every region (e.g. the coordination degree D) to a target "
        "year with an LSTM and with baselines every user can run, scores each model on the "
        "last TEST_YEARS periods held out (fitted on the periods before), then refits on "
        "every period and forecasts to TARGET_TIME, grading each forecast on the ten-level "
        "coordination table. So a user sees whether the LSTM earns its place. The LSTM "
        "needs PyTorch; without it the tool says how to install it and runs the others.",
        "Last value: y_(T+h) = y_T. Linear trend: y_it = a_i + b_i t by OLS per region. "
        "Pooled AR(1): y_t = c + phi y_(t-1), OLS over all regions, iterated. LSTM: one "
        "network over all regions' windows of WINDOW values (scaled to [0, 1]), trained by "
        "Adam for EPOCHS full-batch steps, forecasting recursively; seeded. Scores: "
        "R2 = 1 - SSE/SST, RMSE, MAE on the held-out periods.",
        [("INPUT", "Panel table."), ("ID_FIELD", "Region field."),
         ("TIME_FIELD", "Period field (evenly spaced)."), ("VALUE_FIELD", "Value to forecast."),
         ("TEST_YEARS", "Last periods held out for scoring (default 3)."),
         ("TARGET_TIME", "Period to forecast to, e.g. 2030."),
         ("MODELS", "0 last value; 1 linear trend; 2 pooled AR(1); 3 LSTM (default all)."),
         ("WINDOW", "LSTM input length (periods)."), ("EPOCHS", "LSTM training steps."),
         ("SEED", "Random seed of the LSTM.")],
        [("OUTPUT", "region, time, model, value, kind (observed, test forecast, forecast), "
          "D_LEVEL and D_GRADE of forecasts on the ten-level table."),
         ("OUTPUT_SCORES", "model, R2, RMSE, MAE, n on the held-out periods."),
         ("OUTPUT_HTML", "History and forecasts of every model, and the scores.")],
        ["Hochreiter, S. and Schmidhuber, J. (1997). Long short-term memory. Neural "
         "Computation 9, 1735-1780.",
         "Hyndman, R. J. and Athanasopoulos, G. (2021). Forecasting: principles and practice, "
         "3rd ed., OTexts (baselines and accuracy measures)."])

    def initAlgorithm(self, config=None):
        _input(self)
        _field(self, "ID_FIELD", "Region field")
        _field(self, "TIME_FIELD", "Time field")
        _field(self, "VALUE_FIELD", "Value field")
        self.addParameter(QgsProcessingParameterNumber(
            "TEST_YEARS", "Held-out periods", QgsProcessingParameterNumber.Integer,
            defaultValue=3, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "TARGET_TIME", "Forecast to (period)", QgsProcessingParameterNumber.Double,
            defaultValue=2030))
        self.addParameter(QgsProcessingParameterEnum(
            "MODELS", "Models", options=FC.MODEL_NAMES, allowMultiple=True,
            defaultValue=[0, 1, 2, 3]))
        self.addParameter(QgsProcessingParameterNumber(
            "WINDOW", "LSTM window", QgsProcessingParameterNumber.Integer, defaultValue=3,
            minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "EPOCHS", "LSTM epochs", QgsProcessingParameterNumber.Integer, defaultValue=400,
            minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", "Random seed", QgsProcessingParameterNumber.Integer, defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "History and forecasts", QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SCORES", "Model scores", QgsProcessing.TypeVector))
        _html_param(self)

    def compute(self, parameters, context, feedback):
        table = self.table(parameters, "INPUT", context, with_geometry=False)
        value_field = self.parameterAsString(parameters, "VALUE_FIELD", context)
        panel = FC.Panel(table.keys(self.parameterAsString(parameters, "ID_FIELD", context)),
                         table.numeric(self.parameterAsString(parameters, "TIME_FIELD",
                                                              context)),
                         table.numeric(value_field), value_field)
        if panel.gaps():
            feedback.pushWarning("Regions with missing periods (forecast from their last "
                                 "known value): %s." % ", ".join(panel.gaps()[:10]))
        test = self.parameterAsInt(parameters, "TEST_YEARS", context)
        horizon = FC.check_lengths(panel, test, self.parameterAsDouble(
            parameters, "TARGET_TIME", context))
        models = self.parameterAsEnums(parameters, "MODELS", context) or [0, 1, 2, 3]
        lstm = dict(window=self.parameterAsInt(parameters, "WINDOW", context),
                    epochs=self.parameterAsInt(parameters, "EPOCHS", context),
                    seed=self.parameterAsInt(parameters, "SEED", context))
        if FC.LSTM in models and not LSTM.available():
            feedback.pushWarning(LSTM.INSTALL_HINT)
            models = [m for m in models if m != FC.LSTM]
        if not models:
            raise QgsProcessingException("No model left to run (the LSTM needs PyTorch).")
        progress = Progress(feedback, 2 * len(models) + 1)

        train, held = panel.Y[:, :-test], panel.Y[:, -test:]
        results = {}
        for m in models:
            run = (lambda Y, h: LSTM.forecast(Y, h, **lstm)) if m == FC.LSTM else \
                FC.BASELINES[m]
            check = run(train, test)
            progress.step()
            results[m] = (check, run(panel.Y, horizon), FC.scores(held, check))
            progress.step("%s: R2 %.4f, RMSE %.4g, MAE %.4g on the last %d period(s)." % (
                FC.MODEL_NAMES[m], results[m][2]["r2"], results[m][2]["rmse"],
                results[m][2]["mae"], test))
        return self._write(parameters, context, panel, test, horizon, results, progress)

    def _write(self, parameters, context, panel, test, horizon, results, progress):
        units, periods = panel.units, panel.periods
        future = periods[-1] + panel.step * np.arange(1, horizon + 1)
        rows = [(u, t, "observed", "observed", v) for i, u in enumerate(units)
                for t, v in zip(periods, panel.Y[i]) if not np.isnan(v)]
        for m, (check, ahead, _) in results.items():
            name = FC.MODEL_NAMES[m]
            rows += [(u, t, name, "test forecast", v) for i, u in enumerate(units)
                     for t, v in zip(periods[-test:], check[i])]
            rows += [(u, t, name, "forecast", v) for i, u in enumerate(units)
                     for t, v in zip(future, ahead[i])]
        values = np.array([r[4] for r in rows])
        level = B.assign_classes(values, CC.TEN_LEVEL_BREAKS, "left")
        graded = np.array([r[3] != "observed" for r in rows])
        cols = [("region", [r[0] for r in rows], QVariant.String),
                ("time", [r[1] for r in rows], QVariant.Double),
                ("model", [r[2] for r in rows], QVariant.String),
                ("kind", [r[3] for r in rows], QVariant.String),
                ("value", list(values), QVariant.Double),
                ("D_LEVEL", [int(c) if c and g else None for c, g in zip(level, graded)],
                 QVariant.Int),
                ("D_GRADE", [CC.TEN_LEVEL_LABELS[c - 1] if c and g else None
                             for c, g in zip(level, graded)], QVariant.String)]
        dest = self.write_table(parameters, "OUTPUT", context, cols, progress)
        names = [FC.MODEL_NAMES[m] for m in results]
        sc = [results[m][2] for m in results]
        dest_s = self.write_table(parameters, "OUTPUT_SCORES", context, [
            ("model", names, QVariant.String), ("r2", [s["r2"] for s in sc], QVariant.Double),
            ("rmse", [s["rmse"] for s in sc], QVariant.Double),
            ("mae", [s["mae"] for s in sc], QVariant.Double),
            ("n", [s["n"] for s in sc], QVariant.Int)])
        figs = plots.forecast_figures(units, periods, panel.Y, future, test,
                                      {FC.MODEL_NAMES[m]: r for m, r in results.items()},
                                      panel.name)
        body = [(n, s["r2"], s["rmse"], s["mae"], s["n"]) for n, s in zip(names, sc)]
        html = _write_html(self, parameters, context, "Forecasts of %s" % panel.name,
                           [("Scores on the last %d period(s)" % test, plots.table_html(
                               ["model", "R2", "RMSE", "MAE", "n"], body))] + figs)
        progress.step()
        return {"OUTPUT": dest, "OUTPUT_SCORES": dest_s, "OUTPUT_HTML": html}
