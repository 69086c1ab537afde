"""ecosecurity:forecast: LSTM and baseline forecasts scored on held-out periods."""
import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber)

from ...tools.compat import FieldType
from ...base import EcoAlgorithm, Progress, help_html
from ...classify import breaks as B
from ...coupling import coordination as CC
from .. import forecast as FC
from .. import forecast_lstm as LSTM
from .. import plots
from .common import GROUP, GROUP_ID, field_param, html_param, panel_input, write_html


class Forecast(EcoAlgorithm):
    ID = "forecast"
    TITLE = "Forecast panel values (LSTM and baselines)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "forecast.svg"
    TAGS = "forecast,prediction,LSTM,deep learning,trend,AR(1),coordination degree,2030"
    ADVANCED = ("WINDOW", "EPOCHS", "SEED")
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
         ("MODELS", "Models to fit and compare (default all); the LSTM needs PyTorch."),
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
        panel_input(self)
        field_param(self, "ID_FIELD", "Region field")
        field_param(self, "TIME_FIELD", "Time field")
        field_param(self, "VALUE_FIELD", "Value field")
        self.addParameter(QgsProcessingParameterNumber(
            "TEST_YEARS", "Held-out periods", QgsProcessingParameterNumber.Type.Integer,
            defaultValue=3, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "TARGET_TIME", "Forecast to (period)", QgsProcessingParameterNumber.Type.Double,
            defaultValue=2030))
        self.addParameter(QgsProcessingParameterEnum(
            "MODELS", "Models", options=FC.MODEL_NAMES, allowMultiple=True,
            defaultValue=[0, 1, 2, 3]))
        self.addParameter(QgsProcessingParameterNumber(
            "WINDOW", "LSTM window", QgsProcessingParameterNumber.Type.Integer, defaultValue=3,
            minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "EPOCHS", "LSTM epochs", QgsProcessingParameterNumber.Type.Integer, defaultValue=400,
            minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", "Random seed", QgsProcessingParameterNumber.Type.Integer, defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "History and forecasts", QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SCORES", "Model scores", QgsProcessing.SourceType.TypeVector))
        html_param(self)
        self.add_encoding_parameter()

    def compute(self, parameters, context, feedback):
        table = self.table(parameters, "INPUT", context, with_geometry=False)
        value_field = self.parameterAsString(parameters, "VALUE_FIELD", context)
        panel = FC.Panel(table.keys(self.parameterAsString(parameters, "ID_FIELD", context)),
                         table.numeric(self.parameterAsString(parameters, "TIME_FIELD",
                                                              context)),
                         table.numeric(value_field), value_field)
        if panel.gaps():
            feedback.pushWarning(self.tr("Regions with missing periods (forecast from their last "
                                         "known value): %s.") % ", ".join(panel.gaps()[:10]))
        test = self.parameterAsInt(parameters, "TEST_YEARS", context)
        horizon = FC.check_lengths(panel, test, self.parameterAsDouble(
            parameters, "TARGET_TIME", context))
        models = self.parameterAsEnums(parameters, "MODELS", context) or [0, 1, 2, 3]
        lstm = dict(window=self.parameterAsInt(parameters, "WINDOW", context),
                    epochs=self.parameterAsInt(parameters, "EPOCHS", context),
                    seed=self.parameterAsInt(parameters, "SEED", context))
        if FC.LSTM in models and not LSTM.available():
            feedback.pushWarning(LSTM.install_message(self.tr))
            models = [m for m in models if m != FC.LSTM]
        if not models:
            raise QgsProcessingException(self.tr("No model left to run (the LSTM needs PyTorch)."))
        progress = Progress(feedback, 2 * len(models) + 1)

        train, held = panel.Y[:, :-test], panel.Y[:, -test:]
        results = {}
        for m in models:
            run = (lambda Y, h: LSTM.forecast(Y, h, **lstm)) if m == FC.LSTM else \
                FC.BASELINES[m]
            check = run(train, test)
            progress.step()
            results[m] = (check, run(panel.Y, horizon), FC.scores(held, check))
            progress.step(self.tr("%s: R2 %.4f, RMSE %.4g, MAE %.4g on the last %d period(s).") % (
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
        cols = [("region", [r[0] for r in rows], FieldType.String),
                ("time", [r[1] for r in rows], FieldType.Double),
                ("model", [r[2] for r in rows], FieldType.String),
                ("kind", [r[3] for r in rows], FieldType.String),
                ("value", list(values), FieldType.Double),
                ("D_LEVEL", [int(c) if c and g else None for c, g in zip(level, graded)],
                 FieldType.Int),
                ("D_GRADE", [CC.TEN_LEVEL_LABELS[c - 1] if c and g else None
                             for c, g in zip(level, graded)], FieldType.String)]
        dest = self.write_table(parameters, "OUTPUT", context, cols, progress)
        names = [FC.MODEL_NAMES[m] for m in results]
        sc = [results[m][2] for m in results]
        dest_s = self.write_table(parameters, "OUTPUT_SCORES", context, [
            ("model", names, FieldType.String), ("r2", [s["r2"] for s in sc], FieldType.Double),
            ("rmse", [s["rmse"] for s in sc], FieldType.Double),
            ("mae", [s["mae"] for s in sc], FieldType.Double),
            ("n", [s["n"] for s in sc], FieldType.Int)])
        figs = plots.forecast_figures(units, periods, panel.Y, future, test,
                                      {FC.MODEL_NAMES[m]: r for m, r in results.items()},
                                      panel.name, tr=self.tr)
        body = [(n, s["r2"], s["rmse"], s["mae"], s["n"]) for n, s in zip(names, sc)]
        html = write_html(self, parameters, context, self.tr("Forecasts of %s") % panel.name,
                           [(self.tr("Scores on the last %d period(s)") % test, plots.table_html(
                               [self.tr("model"), "R2", "RMSE", "MAE", "n"], body))] + figs)
        progress.step()
        return {"OUTPUT": dest, "OUTPUT_SCORES": dest_s, "OUTPUT_HTML": html}
