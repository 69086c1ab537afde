"""ecosecurity:panelvar: GMM estimation, lag choice, Granger tests, IRF and FEVD."""
import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber)

from ...tools.compat import FieldType, parameter_as_fields
from ...base import EcoAlgorithm, Progress, help_html
from ...errors import rendered
from .. import plots
from .. import pvar as PV
from .common import GROUP, GROUP_ID, field_param, html_param, panel_input, period_values, write_html


class PanelVAR(EcoAlgorithm):
    ID = "panelvar"
    TITLE = "Panel VAR (GMM), impulse responses and variance decomposition"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "panelvar.svg"
    TAGS = "panel VAR,PVAR,GMM,impulse response,IRF,FEVD,Granger,Arellano-Bover,pvar,panelvar"
    ADVANCED = ("MIN_INSTRUMENT_LAG", "MAX_INSTRUMENT_LAG", "COLLAPSE", "STEPS", "SEED")
    HELP = help_html(
        "Whether two (or more) systems drive each other over regions and years: a panel "
        "vector autoregression with fixed effects removed by forward orthogonal deviations "
        "or first differences, estimated equation by equation by GMM with lagged levels as "
        "instruments, as R's panelvar (pvargmm) and Stata's pvar do; panelvar's Dahlberg "
        "fit is reproduced digit for digit, in a fraction of its time. Also: Andrews-Lu "
        "lag selection, Granger Wald tests, stability, orthogonalised impulse responses "
        "with bootstrap bands (whole regions resampled) and variance decomposition.",
        "y_it = mu_i + A_1 y_i,t-1 + ... + A_p y_i,t-p + B x_it + e_it. GMM: Phi' = (S_ZX' W "
        "S_ZX)^-1 S_ZX' W S_ZY, one-step W = (sum_i Z_i' H Z_i)^-1, two-step W from the "
        "one-step moments with Windmeijer (2005) standard errors. Hansen J = g' W g. MMSC "
        "(as panelvar): BIC = J - (c - b) ln n, AIC = J - 2(c - b), HQIC = J - 2.1 (c - b) "
        "ln ln n. OIRF: Psi_h = Phi_h P, P the Cholesky factor of the residual covariance "
        "in VARIABLES order (h = 1 is the impact). FEVD: sum_(s<=h) Psi_s[j,k]^2 / MSE_h[j,j].",
        [("INPUT", "Panel table."), ("ID_FIELD", "Region field."),
         ("TIME_FIELD", "Period field."),
         ("VARIABLES", "Endogenous variables; their order is the Cholesky order."),
         ("EXOGENOUS", "Optional strictly exogenous variables."),
         ("LAGS", "VAR order p."), ("MAX_LAGS", "Lag-selection table for 1..MAX_LAGS."),
         ("TRANSFORM", "How the fixed effects are removed."),
         ("MIN_INSTRUMENT_LAG / MAX_INSTRUMENT_LAG", "Levels lagged this far instrument "
          "each equation (default 2..99)."),
         ("COLLAPSE", "One instrument column per lag (Roodman 2009) against instrument "
          "proliferation."),
         ("STEPS", "One-step or two-step GMM."), ("LOG", "Take logs first (values > 0)."),
         ("HORIZON", "Impulse-response and FEVD horizon."),
         ("BOOTSTRAP", "Bootstrap draws for the IRF bands (0 = none)."),
         ("SEED", "Random seed of the bootstrap.")],
        [("OUTPUT_COEFFICIENTS", "equation, regressor, coefficient, std_error, z, p."),
         ("OUTPUT_LAGS", "lags, J, df, p, MMSC-BIC, AIC, HQIC."),
         ("OUTPUT_GRANGER", "equation, excluded, chi2, df, p."),
         ("OUTPUT_IRF", "response, shock, h, irf, lower, upper (95 % bands)."),
         ("OUTPUT_FEVD", "variable, h, and the share of each shock."),
         ("HANSEN_J, HANSEN_P, MAX_MODULUS", "Numeric outputs; stable when MAX_MODULUS < 1."),
         ("OUTPUT_HTML", "Estimates, tests, the IRF grid and FEVD bars.")],
        ["Holtz-Eakin, D., Newey, W. and Rosen, H. S. (1988). Estimating vector "
         "autoregressions with panel data. Econometrica 56, 1371-1395.",
         "Arellano, M. and Bover, O. (1995). Journal of Econometrics 68, 29-51.",
         "Windmeijer, F. (2005). Journal of Econometrics 126, 25-51.",
         "Andrews, D. W. K. and Lu, B. (2001). Journal of Econometrics 101, 123-164.",
         "Sigmund, M. and Ferstl, R. (2021). Panel vector autoregression in R with the "
         "package panelvar. Quarterly Review of Economics and Finance 80, 693-720."])

    def initAlgorithm(self, config=None):
        panel_input(self)
        field_param(self, "ID_FIELD", "Region field")
        field_param(self, "TIME_FIELD", "Time field")
        field_param(self, "VARIABLES", "Variables (Cholesky order)", multiple=True)
        field_param(self, "EXOGENOUS", "Exogenous variables", optional=True, multiple=True)
        number = QgsProcessingParameterNumber.Type.Integer
        self.addParameter(QgsProcessingParameterNumber("LAGS", "Lags", number, 1, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_LAGS", "Lag selection up to", number, 3, minValue=1))
        self.addParameter(QgsProcessingParameterEnum(
            "TRANSFORM", "Fixed-effect transformation",
            options=["Forward orthogonal deviations", "First differences"], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_INSTRUMENT_LAG", "First instrument lag", number, 2, minValue=2))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_INSTRUMENT_LAG", "Last instrument lag", number, 99, minValue=2))
        self.addParameter(QgsProcessingParameterBoolean(
            "COLLAPSE", "Collapse instruments", defaultValue=False))
        self.addParameter(QgsProcessingParameterEnum(
            "STEPS", "GMM steps", options=["One-step", "Two-step"], defaultValue=1))
        self.addParameter(QgsProcessingParameterBoolean("LOG", "Take logs", defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            "HORIZON", "Horizon", number, 10, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "BOOTSTRAP", "Bootstrap draws", number, 200, minValue=0))
        self.addParameter(QgsProcessingParameterNumber("SEED", "Random seed", number, 1))
        for name, text in (("OUTPUT_COEFFICIENTS", "Coefficients"), ("OUTPUT_LAGS", "Lag "
                           "selection"), ("OUTPUT_GRANGER", "Granger causality"),
                           ("OUTPUT_IRF", "Impulse responses"), ("OUTPUT_FEVD",
                                                                 "Variance decomposition")):
            self.addParameter(QgsProcessingParameterFeatureSink(
                name, text, QgsProcessing.SourceType.TypeVector,
                optional=name != "OUTPUT_COEFFICIENTS"))
        html_param(self)
        self.addOutput(QgsProcessingOutputNumber("HANSEN_J", "Hansen J"))
        self.addOutput(QgsProcessingOutputNumber("HANSEN_P", "Hansen J p-value"))
        self.addOutput(QgsProcessingOutputNumber("MAX_MODULUS", "Largest companion modulus"))
        self.add_encoding_parameter()

    def compute(self, parameters, context, feedback):
        table = self.table(parameters, "INPUT", context, with_geometry=False)
        names = parameter_as_fields(self, parameters, "VARIABLES", context)
        if len(names) < 2:
            raise QgsProcessingException(self.tr("A panel VAR needs at least two VARIABLES; got "
                                                 "%d.")
                                         % len(names))
        exog = parameter_as_fields(self, parameters, "EXOGENOUS", context)
        ids = table.keys(self.parameterAsString(parameters, "ID_FIELD", context))
        times = period_values(table, self.parameterAsString(parameters, "TIME_FIELD", context))
        panel = PV.prepare_panel(
            np.array(ids, object), times, table.matrix(names), names,
            table.matrix(exog) if exog else None, exog or None,
            self.parameterAsBoolean(parameters, "LOG", context))
        if panel.gaps:
            feedback.pushWarning(self.tr("Unbalanced panel: %d region(s) miss periods, e.g. %s.")
                                 % (len(panel.gaps), ", ".join(
                                     "%s (%s)" % (g["unit"], ", ".join(map(str, g["missing"][:3])))
                                     for g in panel.gaps[:5])))
        options = dict(transform=self.parameterAsEnum(parameters, "TRANSFORM", context),
                       min_instrument_lag=self.parameterAsInt(parameters, "MIN_INSTRUMENT_LAG",
                                                              context),
                       max_instrument_lag=self.parameterAsInt(parameters, "MAX_INSTRUMENT_LAG",
                                                              context),
                       collapse=self.parameterAsBoolean(parameters, "COLLAPSE", context),
                       steps=self.parameterAsEnum(parameters, "STEPS", context))
        horizon = self.parameterAsInt(parameters, "HORIZON", context)
        draws = self.parameterAsInt(parameters, "BOOTSTRAP", context)
        progress = Progress(feedback, 4)

        res = PV.fit_pvar(panel, lags=self.parameterAsInt(parameters, "LAGS", context),
                          **options)
        for w in res.warnings:
            feedback.pushWarning(rendered(w, self.tr))
        stab = PV.stability(res)
        h = res.hansen
        feedback.pushInfo(self.tr("%d observations, %d regions, %d instruments per equation; "
                                  "Hansen J = %.4f (df %d, p = %.4f); companion moduli %s "
                                  "(%s).") % (
                              res.n_obs, res.n_units, res.n_instruments, h["statistic"],
                              h["df"], h["pvalue"], ", ".join("%.5f" % m
                                                             for m in stab["moduli"]),
                              self.tr("stable") if stab["stable"] else self.tr("NOT stable")))
        progress.step(self.tr("Fitted the panel VAR."))
        lags = PV.lag_selection(panel, self.parameterAsInt(parameters, "MAX_LAGS", context),
                                **options) if parameters.get("OUTPUT_LAGS") else None
        granger = PV.granger_wald(res)
        irf = PV.oirf(res, horizon)
        decomposition = PV.fevd(res, horizon)
        progress.step()
        bands = PV.bootstrap_oirf(res, horizon, draws, self.parameterAsInt(
            parameters, "SEED", context)) if draws > 0 else None
        if bands and bands["failed"]:
            feedback.pushWarning(self.tr("%d of %d bootstrap draws could not be estimated and were "
                                         "left out of the bands.") % (bands["failed"], draws))
        progress.step(self.tr("Impulse responses with %d bootstrap draws.") % draws
                      if draws else self.tr("Impulse responses."))
        out = self._write(parameters, context, res, lags, granger, irf, bands, decomposition)
        out.update({"HANSEN_J": h["statistic"], "HANSEN_P": h["pvalue"],
                    "MAX_MODULUS": float(stab["moduli"].max())})
        out["OUTPUT_HTML"] = write_html(self, parameters, context, self.tr("Panel VAR"),
                                        plots.pvar_parts(res, stab, PV.mmsc(res), lags, granger,
                                                         irf, bands, decomposition, self.tr))
        progress.step()
        return out

    def _write(self, parameters, context, res, lags, granger, irf, bands, decomposition):
        S, D, I = FieldType.String, FieldType.Double, FieldType.Int
        rows = res.table()
        out = {"OUTPUT_COEFFICIENTS": self.write_table(parameters, "OUTPUT_COEFFICIENTS",
                                                       context, [
            ("equation", [r["equation"] for r in rows], S),
            ("regressor", [r["regressor"] for r in rows], S)] + [
            (k, [r[k] for r in rows], D) for k in ("coefficient", "std_error", "z", "p")])}
        if lags is not None:
            out["OUTPUT_LAGS"] = self.write_table(parameters, "OUTPUT_LAGS", context, [
                (k, [r[k] for r in lags["rows"]], I if k in ("lags", "df") else D)
                for k in ("lags", "J", "df", "p", "bic", "aic", "hqic")])
        if parameters.get("OUTPUT_GRANGER"):
            out["OUTPUT_GRANGER"] = self.write_table(parameters, "OUTPUT_GRANGER", context, [
                ("equation", [r["equation"] for r in granger], S),
                ("excluded", [r["excluded"] for r in granger], S),
                ("chi2", [r["chi2"] for r in granger], D), ("df", [r["df"] for r in granger], I),
                ("p", [r["p"] for r in granger], D)])
        m, H = len(res.names), irf.shape[0]
        cells = [(h, j, k) for j in range(m) for k in range(m) for h in range(H)]
        if parameters.get("OUTPUT_IRF"):
            cols = [("response", [res.names[j] for _, j, _ in cells], S),
                    ("shock", [res.names[k] for _, _, k in cells], S),
                    ("h", [h + 1 for h, _, _ in cells], I),
                    ("irf", [irf[h, j, k] for h, j, k in cells], D)]
            if bands is not None:
                cols += [("lower", [bands["lower"][h, j, k] for h, j, k in cells], D),
                         ("upper", [bands["upper"][h, j, k] for h, j, k in cells], D)]
            out["OUTPUT_IRF"] = self.write_table(parameters, "OUTPUT_IRF", context, cols)
        if parameters.get("OUTPUT_FEVD"):
            fe = [(h, j) for j in range(m) for h in range(H)]
            out["OUTPUT_FEVD"] = self.write_table(parameters, "OUTPUT_FEVD", context, [
                ("variable", [res.names[j] for _, j in fe], S),
                ("h", [h + 1 for h, _ in fe], I)] + [
                (res.names[k], [decomposition[h, j, k] for h, j in fe], D) for k in range(m)])
        return out
