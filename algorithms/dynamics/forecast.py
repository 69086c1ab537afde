"""Forecasts of a panel value (e.g. the coordination degree D) per unit, with baselines
every user can run and an optional LSTM (forecast_lstm.py), scored on held-out periods
(pure numpy).

Baselines: last value y_(T+h) = y_T; linear trend per unit y = a_i + b_i t (OLS);
pooled AR(1) y_t = c + phi y_(t-1) + e (OLS over every unit's consecutive pairs, iterated
forward). Scores on the held-out periods: R2 = 1 - SSE/SST (SST about the held-out mean),
RMSE, MAE.
"""
import numpy as np

from ..errors import EcoError

LAST_VALUE, LINEAR_TREND, POOLED_AR1, LSTM = 0, 1, 2, 3
MODEL_NAMES = ["Last value", "Linear trend per unit", "Pooled AR(1)", "LSTM (PyTorch)"]


class ForecastError(EcoError, ValueError):
    """A panel that cannot be forecast as asked."""


class Panel:
    """A long table reshaped to units x periods (NaN where a unit has no value)."""

    def __init__(self, ids, times, values, name="value"):
        ids = np.asarray(ids, dtype=object)
        times = np.asarray(times, dtype=float)
        values = np.asarray(values, dtype=float)
        self.units, ui = np.unique(ids.astype(str), return_inverse=True)
        self.periods, ti = np.unique(times, return_inverse=True)
        if self.periods.size > 1 and not np.allclose(np.diff(self.periods),
                                                     self.periods[1] - self.periods[0]):
            raise ForecastError("The periods of {name} are not evenly spaced ({periods}); "
                                "forecasts need one step per period.", name=name,
                                periods=", ".join("%g" % p for p in self.periods))
        cell = ui * self.periods.size + ti
        dupes = np.flatnonzero(np.bincount(cell) > 1)
        if dupes.size:
            shown = ", ".join("%s at %g" % (self.units[c // self.periods.size],
                                            self.periods[c % self.periods.size])
                              for c in dupes[:5])
            raise ForecastError("{name} has more than one row for the same unit and period: "
                                "{shown}. Keep one row per unit and period.",
                                name=name, shown=shown)
        self.Y = np.full((self.units.size, self.periods.size), np.nan)
        self.Y[ui, ti] = values
        self.name = name
        self.step = self.periods[1] - self.periods[0] if self.periods.size > 1 else 1.0

    def gaps(self):
        """Units with missing periods inside their own span."""
        out = []
        for i, row in enumerate(self.Y):
            ok = np.flatnonzero(~np.isnan(row))
            if ok.size and ok.size != ok[-1] - ok[0] + 1:
                out.append(self.units[i])
        return out


def last_value(Y, horizon):
    """Each unit's last observed value, repeated."""
    idx = np.where(~np.isnan(Y), np.arange(Y.shape[1]), -1).max(axis=1)
    last = Y[np.arange(Y.shape[0]), idx]
    return np.repeat(last[:, None], horizon, axis=1)


def linear_trend(Y, horizon):
    """OLS line per unit on its observed periods, vectorised over units."""
    t = np.arange(Y.shape[1], dtype=float)
    ok = ~np.isnan(Y)
    n = ok.sum(axis=1)
    if (n < 2).any():
        raise ForecastError("A linear trend needs two observed periods per unit.")
    tm = np.where(ok, t, 0).sum(axis=1) / n
    ym = np.where(ok, Y, 0).sum(axis=1) / n
    dt = np.where(ok, t - tm[:, None], 0)
    slope = (dt * np.where(ok, Y - ym[:, None], 0)).sum(axis=1) / (dt ** 2).sum(axis=1)
    future = Y.shape[1] + np.arange(horizon)
    return ym[:, None] + slope[:, None] * (future[None, :] - tm[:, None])


def pooled_ar1(Y, horizon):
    """y_t = c + phi y_(t-1) fitted on every consecutive pair, iterated from the last value."""
    x, y = Y[:, :-1].ravel(), Y[:, 1:].ravel()
    ok = ~np.isnan(x) & ~np.isnan(y)
    if ok.sum() < 3:
        raise ForecastError("A pooled AR(1) needs at least three consecutive pairs.")
    X = np.column_stack([np.ones(ok.sum()), x[ok]])
    (c, phi), *_ = np.linalg.lstsq(X, y[ok], rcond=None)
    out = np.empty((Y.shape[0], horizon))
    prev = last_value(Y, 1)[:, 0]
    for h in range(horizon):  # a few steps ahead, each vectorised over units
        prev = c + phi * prev
        out[:, h] = prev
    return out


BASELINES = {LAST_VALUE: last_value, LINEAR_TREND: linear_trend, POOLED_AR1: pooled_ar1}


def scores(actual, predicted):
    """R2, RMSE, MAE over the cells where both are known."""
    ok = ~np.isnan(actual) & ~np.isnan(predicted)
    a, p = actual[ok], predicted[ok]
    if a.size == 0:
        return {"r2": np.nan, "rmse": np.nan, "mae": np.nan, "n": 0}
    sse = ((a - p) ** 2).sum()
    sst = ((a - a.mean()) ** 2).sum()
    return {"r2": 1.0 - sse / sst if sst > 0 else np.nan, "rmse": float(np.sqrt(sse / a.size)),
            "mae": float(np.abs(a - p).mean()), "n": int(a.size)}


def check_lengths(panel, test_periods, target, need=3):
    """The training span, the held-out span and the horizon to the target."""
    T = panel.periods.size
    if test_periods < 1:
        raise ForecastError("TEST_YEARS must be at least 1.")
    if T - test_periods < need:
        raise ForecastError("{name} has {n_periods} periods ({first}-{last}); holding out "
                            "{test_periods} leaves {n_fit} to fit, and the models need at least "
                            "{need}. Hold out fewer periods (at most {most}).",
                            name=panel.name, n_periods="%d" % T, first="%g" % panel.periods[0],
                            last="%g" % panel.periods[-1], test_periods="%d" % test_periods,
                            n_fit="%d" % (T - test_periods), need="%d" % need,
                            most="%d" % (T - need))
    horizon = int(round((target - panel.periods[-1]) / panel.step))
    if horizon < 1:
        raise ForecastError("TARGET_TIME {target} is not after the last period {last}.",
                            target="%g" % target, last="%g" % panel.periods[-1])
    return horizon
