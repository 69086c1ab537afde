"""ecosecurity:panelunitroot: panel unit-root tests of levels and first differences."""
import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber)

from ...tools.compat import FieldType, parameter_as_fields
from ...base import EcoAlgorithm, Progress, help_html, tr
from ...errors import rendered
from .. import plots
from .. import unitroot as UR
from .common import GROUP, GROUP_ID, field_param, html_param, panel_input, period_values, write_html


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
         ("DETERMINISTIC", "Deterministic terms of each unit's test regression."),
         ("LAGS", "ADF lags (or the most lags a selection may choose)."),
         ("LAG_SELECTION", "Fixed LAGS, or chosen per unit up to LAGS by AIC, SIC (BIC) or Hall's "
          "general-to-specific rule, as plm does."),
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
        panel_input(self)
        field_param(self, "ID_FIELD", "Unit (region) field")
        field_param(self, "TIME_FIELD", "Time field")
        field_param(self, "VARIABLES", "Variables", multiple=True)
        self.addParameter(QgsProcessingParameterEnum(
            "TESTS", "Tests", options=TEST_NAMES, allowMultiple=True,
            defaultValue=list(range(len(TEST_NAMES)))))
        self.addParameter(QgsProcessingParameterEnum(
            "DETERMINISTIC", "Deterministic terms", options=["None", "Intercept",
                                                             "Intercept and trend"],
            defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "LAGS", "Lags", QgsProcessingParameterNumber.Type.Integer, defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "LAG_SELECTION", "Lag selection", options=["Fixed", "AIC", "SIC (BIC)", "Hall"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            "DIFFERENCE", "Also test first differences", defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Unit-root tests", QgsProcessing.SourceType.TypeVector))
        html_param(self)
        self.add_encoding_parameter()

    def compute(self, parameters, context, feedback):
        table = self.table(parameters, "INPUT", context, with_geometry=False)
        ids = table.keys(self.parameterAsString(parameters, "ID_FIELD", context))
        times = period_values(table, self.parameterAsString(parameters, "TIME_FIELD", context))
        variables = parameter_as_fields(self, parameters, "VARIABLES", context)
        if not variables:
            raise QgsProcessingException(self.tr("Choose at least one variable in VARIABLES."))
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
                    feedback.pushWarning(self.tr("%s: %d unit(s) have gaps and are tested on their "
                                                 "longest consecutive run: %s.") % (
                                             var, len(panel.gaps), ", ".join(
                                                 str(u) for u in list(panel.gaps)[:10])))
                results = self._run(panel, tests, exo, lags, pmax, feedback)
                # the Fisher statistics of one run share their warnings: each shown once
                for w in dict.fromkeys(w for res in results for w in res.warnings):
                    feedback.pushWarning(self.tr("%s (%s): %s") % (var, label,
                                                                   rendered(w, self.tr)))
                rows += [(var, label, res) for res in results]
                if kind is None:
                    figures.append((self.tr("Series of %s") % var, plots.series_figure(
                        panel.units, panel.periods, panel.series, var, self.tr)))
                progress.step(self.tr("%s (%s): done.") % (var, label))
        words = [(rendered(r.null, self.tr), rendered(r.verdict, self.tr)) for _, _, r in rows]
        for (var, label, res), (_, verdict) in zip(rows, words):
            feedback.pushInfo(self.tr("%s, %s, %s: %s") % (var, label, res.test, verdict))
        cols = [("variable", [r[0] for r in rows], FieldType.String),
                ("series", [r[1] for r in rows], FieldType.String),
                ("test", [r[2].test for r in rows], FieldType.String),
                ("statistic", [r[2].statistic for r in rows], FieldType.Double),
                ("p_value", [r[2].pvalue for r in rows], FieldType.Double),
                ("null", [w[0] for w in words], FieldType.String),
                ("verdict", [w[1] for w in words], FieldType.String)]
        dest = self.write_table(parameters, "OUTPUT", context, cols)
        header = [self.tr("variable"), self.tr("series"), self.tr("test"), self.tr("statistic"),
                  self.tr("p-value"), self.tr("verdict")]
        body = [(v, s, r.test, r.statistic, r.pvalue, w[1]) for (v, s, r), w in zip(rows, words)]
        html = write_html(self, parameters, context, self.tr("Panel unit-root tests"),
                           [(self.tr("Results"), plots.table_html(header, body))] + figures)
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
                failed.append((TEST_NAMES[t], "%s: %s" % (TEST_NAMES[t], err.message(tr))))
                out.append(UR.TestResult(TEST_NAMES[t], float("nan"), float("nan"), "",
                                         0.05, tr("not run: %s") % err.message(tr)))
        if len(failed) == len(tests):  # nothing to report: the input is at fault
            raise QgsProcessingException(" ".join(message for _, message in failed))
        for name, message in failed:
            feedback.pushWarning(tr("%s not run on %s. %s") % (name, panel.variable, message))
        return out
