"""Long-format input of the panel VAR (pure numpy): checks, the balanced unit x period
grid, logs, lags and the two fixed-effect transformations, as R panelvar 0.5.x builds them.

Periods are the sorted distinct time values of the whole table (panelvar's convention):
two periods are consecutive when no other period of the table lies between them. A unit
missing a period, or holding a non-finite value, has a gap: the cell is missing, the gap is
reported, and lags and transformations treat it as panelvar does (a lag of a missing value
is missing, forward orthogonal deviations average only the future values present).
"""
from dataclasses import dataclass, field

import numpy as np

from ..errors import EcoError, Listing, Phrase
from ..shown import shown



class PanelVARError(EcoError, ValueError):
    """Bad input for the panel VAR; the message names the unit, period or variable at
    fault and says how to fix it."""


@dataclass
class PanelData:
    """A balanced grid of the panel: y[i, t, j] (units x periods x variables), NaN where
    a cell is missing; exog likewise (k = 0 columns when there are none)."""
    units: np.ndarray
    periods: np.ndarray
    names: list
    y: np.ndarray
    exog: np.ndarray
    exog_names: list
    logged: bool = False
    gaps: list = field(default_factory=list)    # [{"unit", "missing": [periods]}]
    n_rows: int = 0

    @property
    def shape(self):
        return self.y.shape


def fmt(x):
    """A unit or period label as the user wrote it (2001, not 2001.0)."""
    x = x.item() if hasattr(x, "item") else x
    return ("%d" % x) if isinstance(x, float) and x.is_integer() else str(x)


def _names(names, k, prefix):
    if names is None:
        return ["%s%d" % (prefix, j + 1) for j in range(k)]
    names = [str(n) for n in names]
    if len(names) != k:
        raise PanelVARError("{n_names} names were given for {k} {prefix} columns; give one name "
                            "per column.", n_names="%d" % len(names), k="%d" % k, prefix=prefix)
    if len(set(names)) != k:
        raise PanelVARError("Variable names must be distinct; got {names}.", names=", ".join(names))
    return names


def _as_2d(values, n, what):
    a = np.asarray(values, dtype=float)
    if a.ndim == 1:
        a = a[:, None]
    if a.ndim != 2 or a.shape[0] != n:
        raise PanelVARError("{what} must have one row per (id, time) row ({n}); got shape "
                            "{a_shape}.",
                            what=what, n="%d" % n, a_shape=a.shape)
    return a


def _where(units, periods, names, cells, limit=5):
    """'unit 114 in 1981 (revenues), ...' for the first `limit` cells (i, t, j)."""
    return Listing([Phrase("unit {unit} in {period} ({name})", unit=fmt(units[i]),
                           period=fmt(periods[t]), name=names[j]) for i, t, j in cells[:limit]],
                   limit, len(cells))


def prepare_panel(ids, times, values, names=None, exog=None, exog_names=None, log=False):
    """Check a long-format panel and lay it on the balanced unit x period grid.

    ids, times: one entry per row; values: (rows, m) endogenous variables, in Cholesky
    order; exog: optional (rows, k) strictly exogenous variables. With log=True the
    endogenous variables are replaced by their natural logs (all must be > 0).
    Raises PanelVARError for duplicate (id, time) rows, infinite values, non-positive
    values under log, and a variable that is constant over the panel or within every unit
    (the fixed-effect transformation would leave nothing of it).
    """
    ids, times = np.asarray(ids), np.asarray(times)
    if ids.ndim != 1 or times.ndim != 1 or ids.size != times.size:
        raise PanelVARError("ids and times must be 1-D and of equal length; got {ids_shape} and "
                            "{times_shape}.",
                            ids_shape=ids.shape, times_shape=times.shape)
    n = ids.size
    if n == 0:
        raise PanelVARError("The panel is empty: no (id, time) rows.")
    vals = _as_2d(values, n, "values")
    names = _names(names, vals.shape[1], "y")
    ex = np.zeros((n, 0)) if exog is None else _as_2d(exog, n, "exog")
    exog_names = _names(exog_names, ex.shape[1], "x")
    if set(names) & set(exog_names):
        raise PanelVARError("{name} is both an endogenous and an exogenous variable; list it "
                            "once.", name=sorted(set(names) & set(exog_names))[0])
    units, ui = np.unique(ids, return_inverse=True)
    periods, ti = np.unique(times, return_inverse=True)
    N, T = units.size, periods.size
    key = ui.astype(np.int64) * T + ti
    order = np.argsort(key, kind="stable")
    dup = np.flatnonzero(np.diff(key[order]) == 0)
    if dup.size:
        rows = order[dup[:5]]
        raise PanelVARError(
            "Duplicate (id, time) rows: {rows}. Each unit may appear once per period; remove "
            "or aggregate the repeated rows.",
            rows=", ".join(
                "unit %s in %s" % (fmt(ids[r]), fmt(times[r])) for r in rows))
    allv = np.hstack([vals, ex])
    alln = names + exog_names
    bad = np.argwhere(np.isinf(allv))
    if bad.size:
        cells = [(ui[r], ti[r], j) for r, j in bad]
        raise PanelVARError("Infinite values at {where}; replace them by valid numbers or leave "
                            "the cells empty (missing).",
                            where=_where(units, periods, alln, cells))
    if log:
        bad = np.argwhere(vals <= 0)
        if bad.size:
            cells = [(ui[r], ti[r], j) for r, j in bad]
            raise PanelVARError(
                "Logs were asked but {n_cells} value(s) are zero or negative: {where}. Turn LOG "
                "off, or shift or drop those values.",
                n_cells="%d" % len(cells),
                where=_where(units, periods, names, cells))
        vals = np.log(vals)
    y = np.full((N, T, vals.shape[1]), np.nan)
    y[ui, ti] = vals
    x = np.full((N, T, ex.shape[1]), np.nan)
    x[ui, ti] = ex
    _check_variation(np.concatenate([y, x], axis=2), alln)
    present = np.isfinite(y).all(axis=2) & np.isfinite(x).all(axis=2)
    gaps = [{"unit": units[i].item() if hasattr(units[i], "item") else units[i],
             "missing": [periods[t].item() for t in np.flatnonzero(~present[i])]}
            for i in np.flatnonzero(~present.all(axis=1))]
    return PanelData(units, periods, names, y, x, exog_names, bool(log), gaps, n)


def _check_variation(grid, names):
    for j, name in enumerate(names):
        v = grid[:, :, j]
        ok = np.isfinite(v)
        if not ok.any():
            raise PanelVARError("Variable {name} has no valid value.", name=name)
        lo, hi = np.nanmin(v), np.nanmax(v)
        if hi - lo <= 1e-12 * max(1.0, abs(hi)):
            raise PanelVARError("Variable {name} is constant ({hi}) over the whole panel; it "
                                "carries no information: drop it.", name=name, hi="%g" % hi)
        wmin = np.where(ok, v, np.inf).min(axis=1)
        wmax = np.where(ok, v, -np.inf).max(axis=1)
        spread = np.where(ok.sum(axis=1) >= 2, wmax - wmin, 0.0)
        if not (spread > 1e-12 * max(1.0, abs(hi))).any():
            raise PanelVARError("Variable {name} is constant within every unit; the fixed-effect "
                                "transformation removes it entirely: drop it.", name=name)


def lag(a, k):
    """a[i, t - k] at (i, t), NaN where t < k or where a[i, t] itself is missing (panelvar's
    panel_lag masks a lag by the current value, as xtabond2 does)."""
    out = np.full_like(a, np.nan)
    if k < a.shape[1]:
        out[:, k:] = a[:, :-k] if k else a
    out[np.isnan(a)] = np.nan
    return out


def first_difference(a):
    """First differences within units (Anderson and Hsiao 1981; Holtz-Eakin, Newey and
    Rosen 1988): out[i, t] = a[i, t] - a[i, t-1], NaN in the first period or next to a
    gap."""
    out = np.full_like(a, np.nan)
    out[:, 1:] = a[:, 1:] - a[:, :-1]
    return out


def forward_orthogonal(a):
    """Forward orthogonal deviations (Arellano and Bover 1995), stored one period later as
    panelvar (and xtabond2) store them: out[i, t+1] = sqrt(n / (n + 1)) (a[i, t] -
    mean of the n values a[i, t+1:] present). Missing when a[i, t] is missing or nothing
    follows it; the scale counts only the future values present (panelvar's helmert)."""
    ok = ~np.isnan(a)
    z = np.where(ok, a, 0.0)
    # suffix sums over u > t, for every t
    s = np.cumsum(z[:, ::-1], axis=1)[:, ::-1]
    c = np.cumsum(ok[:, ::-1], axis=1)[:, ::-1]
    fut_s = np.zeros_like(z)
    fut_c = np.zeros(a.shape, dtype=float)
    fut_s[:, :-1], fut_c[:, :-1] = s[:, 1:], c[:, 1:]
    with np.errstate(invalid="ignore", divide="ignore"):
        dev = np.sqrt(fut_c / (fut_c + 1.0)) * (a - fut_s / fut_c)
    dev[fut_c == 0] = np.nan
    out = np.full_like(a, np.nan)
    out[:, 1:] = dev[:, :-1]
    return out


TRANSFORMS = {"fod": forward_orthogonal, "fd": first_difference}


def transform_name(transform):
    """'fod' or 'fd' from the tool's TRANSFORM (0 = forward orthogonal deviations,
    1 = first differences) or from the name itself."""
    key = {0: "fod", 1: "fd", "fod": "fod", "fd": "fd"}.get(
        transform.lower() if isinstance(transform, str) else transform)
    if key is None:
        raise PanelVARError("TRANSFORM must be 0 (forward orthogonal deviations, 'fod') or 1 "
                            "(first differences, 'fd'); got {transform}.",
                            transform=shown(transform))
    return key
