"""Transformed equations and GMM-style instruments of the panel VAR (pure numpy/scipy),
laid out as R panelvar 0.5.x lays them out (Holtz-Eakin, Newey and Rosen 1988).

Equation rows: the transformed period t = p+1 .. T-1 (0-based, stored convention: the FOD
row t holds the deviation of period t-1; the FD row t holds y_t - y_{t-1}) with regressors
the same transformation of the p lags and of the exogenous variables. A row with any
missing piece is dropped (its instruments are zeroed, as panelvar does).

Instruments of row t: the levels y_{t-l} of every endogenous variable for l = Lmin ..
min(Lmax, t), one column per (row, lag, variable) or, collapsed, one per (lag, variable)
(Roodman 2009); missing levels count as 0. Each exogenous variable instruments itself
(its transformed value). Every unit has the same instrument layout, so the matrices are
built once as sparse triplets, vectorised over units.
"""
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .pvar_data import PanelVARError, TRANSFORMS, fmt, lag
from ..errors import Phrase
from ..shown import shown

TRANSFORM_WORDS = {"fod": Phrase("forward orthogonal deviations"),
                   "fd": Phrase("first differences")}


@dataclass
class Moments:
    """Per-unit moment blocks: zx[i] = Z_i' X_i (L x b), zy[i] = Z_i' Y_i (L x m), the
    stacked instrument matrix Z (N*S x L, sparse) and what the estimator reports."""
    lags: int
    transform: str
    y: np.ndarray        # (N, S, m) transformed dependent, 0 on dropped rows
    x: np.ndarray        # (N, S, b) transformed regressors, 0 on dropped rows
    valid: np.ndarray    # (N, S) rows used
    Z: object            # csr (N*S, L)
    HZ: object           # (I_N kron H) Z, H the transformation's error covariance
    zx: np.ndarray       # (N, L, b)
    zy: np.ndarray       # (N, L, m)
    regressors: list
    instruments: list    # a label per column of Z
    n_mmsc: int          # complete rows of panelvar's data frame (its n of MMSC)
    warnings: list

    @property
    def n_obs(self):
        return int(self.valid.sum())

    def lam(self, w=None):
        """Lambda = sum_i w_i Z_i' H Z_i (L x L), dense; w: unit weights (bootstrap)."""
        if w is None:
            return np.asarray((self.Z.T @ self.HZ).todense())
        wr = np.repeat(np.asarray(w, float), self.y.shape[1])
        return np.asarray((self.Z.T @ self.HZ.multiply(wr[:, None])).todense())


def check_options(panel, lags, lmin, lmax):
    """Integer options in range for this panel; raises PanelVARError saying what to use."""
    T = panel.periods.size
    span = "%s-%s" % (fmt(panel.periods[0]), fmt(panel.periods[-1]))
    for name, v in (("LAGS", lags), ("MIN_INSTRUMENT_LAG", lmin), ("MAX_INSTRUMENT_LAG", lmax)):
        if int(v) != v:
            raise PanelVARError("{name} must be a whole number; got {v}.", name=name, v=shown(v))
    if lags < 1:
        raise PanelVARError("LAGS must be at least 1; got {lags}.", lags="%d" % lags)
    if T < lags + 2:
        most = T - 2
        raise PanelVARError(
            "LAGS = {lags} needs at least {need} periods ({lags} for the lags, one lost to the "
            "transformation, one to estimate); the panel has {n_periods} ({span}). {advice}",
            lags="%d" % lags, need="%d" % (lags + 2), n_periods="%d" % T, span=span,
            advice=Phrase("Use at most {most} lag(s).", most="%d" % most) if most >= 1 else
            Phrase("A panel VAR needs at least 3 periods."))
    if lmin < 2:
        raise PanelVARError("MIN_INSTRUMENT_LAG must be at least 2 (a level lagged once is "
                            "correlated with the transformed error); got {lmin}.", lmin="%d" % lmin)
    if lmax < lmin:
        raise PanelVARError("MAX_INSTRUMENT_LAG ({lmax}) is below MIN_INSTRUMENT_LAG ({lmin}); "
                            "raise it.", lmax="%d" % lmax, lmin="%d" % lmin)
    if lmin > T - 1:
        raise PanelVARError("MIN_INSTRUMENT_LAG = {lmin} leaves no instrument: the panel has "
                            "{n_periods} periods ({span}), so lags of at most {most} exist. Lower "
                            "it.",
                            lmin="%d" % lmin, n_periods="%d" % T, span=span, most="%d" % (T - 1))


def instrument_layout(T, lags, lmin, lmax, m, collapse):
    """Triplets of the endogenous GMM instruments: row s (0..S-1), column c, source
    period t_src and variable v; plus the number of columns and their labels (lag, var,
    row period index or None when collapsed). Row s (period t = p+1+s) is instrumented by
    y_{t-l}, l = Lmin .. min(Lmax, t) (Holtz-Eakin, Newey and Rosen 1988); collapsed, the
    column depends on (l, v) only (Roodman 2009).

    Unlike panelvar 0.5.x, no all-zero column is added when Lmin > 2 with one lag and no
    collapse (panelvar's transition matrix keeps an empty 1 x 1 block there, which adds m
    to its J degrees of freedom and to c of its MMSC, leaving the coefficients unchanged).
    """
    rows, cols, src, var, labels = [], [], [], [], []
    top = min(lmax, T - 1)
    for s in range(T - lags - 1):
        t = lags + 1 + s
        lg = np.arange(lmin, min(lmax, t) + 1)
        if lg.size == 0:
            continue
        ll, vv = np.repeat(lg, m), np.tile(np.arange(m), lg.size)
        if collapse:
            c = (ll - lmin) * m + vv
        else:
            c = len(labels) + np.arange(ll.size)
            labels.extend((int(a), int(b), t) for a, b in zip(ll, vv))
        rows.append(np.full(ll.size, s))
        cols.append(c)
        src.append(t - ll)
        var.append(vv)
    if collapse:
        labels = [(int(a), b, None) for a in range(lmin, top + 1) for b in range(m)]
    cat = (lambda a: np.concatenate(a) if a else np.zeros(0, int))
    return cat(rows), cat(cols), cat(src), cat(var), len(labels), labels


def build_moments(panel, lags=1, transform="fod", lmin=2, lmax=99, collapse=False):
    """Transformed equations, instruments and per-unit moment blocks for one fit.

    Moment conditions E[Z_i' e*_i] = 0 with e*_i the transformed errors (Holtz-Eakin,
    Newey and Rosen 1988; Arellano and Bover 1995); per unit Z_i' X_i and Z_i' Y_i are
    formed once, so every later step (and every bootstrap draw) only sums L x b blocks.
    L = sum over rows t of m * #{l : Lmin <= l <= min(Lmax, t)} (not collapsed) or
    m * (min(Lmax, T-1) - Lmin + 1) (collapsed), plus one column per exogenous variable.
    """
    check_options(panel, lags, lmin, lmax)
    lags, lmin, lmax = int(lags), int(lmin), int(lmax)
    f = TRANSFORMS[transform]
    Y, X = panel.y, panel.exog
    N, T, m = Y.shape
    k = X.shape[2]
    S = T - lags - 1
    lagged = [lag(Y, l) for l in range(1, lags + 1)]
    ty, tx = f(Y), f(X)
    tl = np.concatenate([f(a) for a in lagged], axis=2)
    rows = slice(lags + 1, T)
    yy = ty[:, rows]
    xx = np.concatenate([tl[:, rows], tx[:, rows]], axis=2)
    valid = np.isfinite(yy).all(axis=2) & np.isfinite(xx).all(axis=2)
    yy = np.where(valid[:, :, None], yy, 0.0)
    xx = np.where(valid[:, :, None], xx, 0.0)
    b = m * lags + k

    # complete rows of panelvar's data frame: levels, lags and all transformed columns
    full = [Y, X, ty, tx, tl] + lagged
    n_mmsc = int(np.logical_and.reduce([np.isfinite(a).all(axis=2) for a in full]).sum())

    s_k, c_k, t_k, v_k, L_endo, labels = instrument_layout(T, lags, lmin, lmax, m, collapse)
    lev = np.nan_to_num(Y[:, t_k, v_k], nan=0.0)                   # (N, K)
    if k:
        s_x = np.repeat(np.arange(S), k)
        c_x = L_endo + np.tile(np.arange(k), S)
        val_x = np.nan_to_num(tx[:, rows][:, s_x, c_x - L_endo], nan=0.0)
        s_k, c_k = np.concatenate([s_k, s_x]), np.concatenate([c_k, c_x])
        lev = np.concatenate([lev, val_x], axis=1)
    L = L_endo + k
    names = panel.names
    labels = ["%s L%d%s" % (names[v], l, "" if t is None else " @%s" % fmt(panel.periods[t]))
              for l, v, t in labels] + ["%s (transformed)" % n for n in panel.exog_names]
    if L < b:
        raise PanelVARError(
            "Only {l} instrument(s) per equation for {b} regressor(s): the equations are not "
            "identified. Lower MIN_INSTRUMENT_LAG, raise MAX_INSTRUMENT_LAG, turn COLLAPSE "
            "off or use fewer lags.", l="%d" % L, b="%d" % b)
    vals = lev * valid[:, s_k]
    unit = np.repeat(np.arange(N), s_k.size)
    r_obs = unit * S + np.tile(s_k, N)
    c_ins = np.tile(c_k, N)
    Z = sparse.csr_matrix((vals.ravel(), (r_obs, c_ins)), shape=(N * S, L))
    A = sparse.csr_matrix((vals.ravel(), (unit * L + c_ins, r_obs)), shape=(N * L, N * S))
    zx = (A @ xx.reshape(N * S, b)).reshape(N, L, b)
    zy = (A @ yy.reshape(N * S, m)).reshape(N, L, m)
    HZ = Z if transform == "fod" else sparse.kron(sparse.identity(N), _fd_h(S)) @ Z
    regressors = ["L%d.%s" % (l, n) for l in range(1, lags + 1) for n in names]
    regressors += list(panel.exog_names)

    warnings = []
    used = valid.any(axis=1)
    need = (Phrase("{n} consecutive complete periods", n="%d" % (lags + 2))
            if transform == "fd" else
            Phrase("{n} consecutive complete periods and a later one", n="%d" % (lags + 1)))
    if not used.any():
        raise PanelVARError(
            "No unit has an estimable row: LAGS = {lags} with {transform_words} needs {need}, and "
            "no unit has them. Use fewer lags or fill the gaps.",
            lags="%d" % lags, transform_words=TRANSFORM_WORDS[transform], need=need)
    if not used.all():
        idle = [fmt(u) for u in panel.units[~used]]
        warnings.append(Phrase("{n} unit(s) contribute nothing (each row needs {need}): "
                               "{units}", n="%d" % len(idle), need=need,
                               units=", ".join(idle[:10]) + (" ..." if len(idle) > 10 else "")))
    if valid.sum() <= b:
        raise PanelVARError("Only {valid} usable rows for {b} regressors per equation; the panel "
                            "is too short for LAGS = {lags}.",
                            valid="%d" % valid.sum(), b="%d" % b, lags="%d" % lags)
    return Moments(lags, transform, yy, xx, valid, Z, HZ.tocsr(), zx, zy, regressors,
                   labels, n_mmsc, warnings)


def _fd_h(S):
    """Covariance of first-differenced iid errors over S rows: 2 on the diagonal, -1 beside
    it (panelvar's V V' for FD)."""
    return sparse.diags([-np.ones(S - 1), 2 * np.ones(S), -np.ones(S - 1)], [-1, 0, 1])
