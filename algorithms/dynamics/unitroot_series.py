"""Unit-root regressions on one time series (pure numpy/scipy): the augmented Dickey-Fuller
regression, its lag selection, the Phillips-Perron Z_t statistic, and MacKinnon p-values.

Conventions follow R plm 2.6-2 (purtest's tsadf, lagsel, padf):
- ADF regression on the T values y_1..y_T with p lags:
      dy_t = rho y_{t-1} + sum_{j=1..p} g_j dy_{t-j} + d_t' b + e_t,   t = p+2..T,
  so n = T - p - 1 observations; d_t is nothing, 1, or (1, t) with t the position 1..T.
- dfcor=False (plm's default): sigma^2 = RSS / n, so the t statistic is the usual one times
  sqrt(n / (n - k)) (k = number of regressors).
"""
import numpy as np
from scipy import stats

from .unitroot_tables import MK94_LARGE, MK94_SMALL, MK94_STAR, MK96_PROBS, MK96_TABLES
from ..errors import EcoError

EXO = ("none", "intercept", "trend")
N_DETERMINISTIC = {"none": 0, "intercept": 1, "trend": 2}
LAG_METHODS = ("AIC", "SIC", "Hall")
_MK96_CNORM = np.round(stats.norm.ppf(MK96_PROBS), 8)   # the table's own 8-decimal quantiles


class UnitRootError(EcoError, ValueError):
    """Input that a panel unit-root test cannot use; the message says how to fix it."""


def check_exo(exo):
    if exo not in EXO:
        raise UnitRootError("Deterministic terms must be one of {choices}; got {exo}.",
                            choices=", ".join(EXO), exo=repr(exo))
    return exo


def min_periods(lags, exo):
    """Fewest values an ADF regression with `lags` lags needs: n = T - p - 1 observations
    must exceed its p + 1 + d regressors by at least one, so T >= 2p + d + 3."""
    return 2 * int(lags) + N_DETERMINISTIC[exo] + 3


def deterministic(exo, positions):
    """Columns of the deterministic terms at the given 1-based time positions."""
    positions = np.asarray(positions, dtype=float)
    if exo == "none":
        return np.empty((positions.size, 0))
    if exo == "intercept":
        return np.ones((positions.size, 1))
    return np.column_stack([np.ones(positions.size), positions])


def ols(X, y, dfcor=False, label="series"):
    """Least squares through QR: coefficients, their standard errors (sigma^2 = RSS/n, or
    RSS/(n-k) with dfcor), residuals, RSS, n and k. Collinear regressors raise UnitRootError."""
    n, k = X.shape
    if k == 0:
        return dict(coef=np.empty(0), se=np.empty(0), resid=y.copy(), rss=float(y @ y),
                    n=n, k=0, sigma=np.sqrt(y @ y / n))
    Q, R = np.linalg.qr(X)
    diag = np.abs(np.diag(R))
    norms = np.linalg.norm(X, axis=0)
    if np.any(diag <= 1e-10 * np.where(norms > 0, norms, 1.0)):
        raise UnitRootError(
            "The regression of {label} is singular (e.g. its differences are constant, or too "
            "few periods for the lags); drop it, use fewer lags or other deterministic "
            "terms.", label=label)
    coef = np.linalg.solve(R, Q.T @ y)
    resid = y - X @ coef
    rss = float(resid @ resid)
    sigma2 = rss / (n - k) if dfcor else rss / n
    rinv = np.linalg.solve(R, np.eye(k))
    se = np.sqrt(sigma2 * np.sum(rinv ** 2, axis=1))
    return dict(coef=coef, se=se, resid=resid, rss=rss, n=n, k=k, sigma=np.sqrt(sigma2))


def _adf_design(y, lags, exo, first=None):
    """Response dy_t and regressors (y_{t-1}, dy_{t-1..t-lags}, d_t) for t = first..T
    (1-based; default first = lags + 2, the first t with all lags available)."""
    T = y.size
    first = lags + 2 if first is None else first
    dy = np.diff(y)                        # dy[i] = y_{i+2} - y_{i+1}
    rows = np.arange(first - 2, T - 1)     # indices into dy of the used t
    cols = [y[rows]] + [dy[rows - j] for j in range(1, lags + 1)]
    X = np.column_stack(cols + [deterministic(exo, rows + 2)])
    return X, dy[rows]


def adf(y, lags, exo="intercept", dfcor=False, label="series", aux=False):
    """Augmented Dickey-Fuller regression (Dickey and Fuller 1979; Said and Dickey 1984):
    dy_t = rho y_{t-1} + sum_j g_j dy_{t-j} + d_t'b + e_t; t = rho / se(rho).

    Returns dict rho, se, t, sigma, T (values), n (observations), lags. With aux=True also
    the LLC auxiliary residuals (Levin, Lin and Chu 2002, step 1): dy_t and y_{t-1}, each
    regressed on (dy_{t-1..t-p}, d_t) and divided by sigma."""
    y = np.asarray(y, dtype=float)
    lags = int(lags)
    X, dy = _adf_design(y, lags, exo)
    fit = ols(X, dy, dfcor=dfcor, label=label)
    out = dict(rho=float(fit["coef"][0]), se=float(fit["se"][0]),
               t=float(fit["coef"][0] / fit["se"][0]), sigma=float(fit["sigma"]),
               T=y.size, n=fit["n"], lags=lags)
    if aux:
        Z = X[:, 1:]
        if Z.shape[1] == 0:
            e, v = dy, X[:, 0]
        else:
            e = ols(Z, dy, label=label)["resid"]
            v = ols(Z, X[:, 0], label=label)["resid"]
        out["resid_diff"] = e / out["sigma"]
        out["resid_level"] = v / out["sigma"]
    return out


def select_lags(y, exo="intercept", method="SIC", pmax=4, dfcor=False, label="series"):
    """ADF lag order by plm's lagsel with fixedT=TRUE: every candidate p = pmax..0 is fitted
    on the same observations t = pmax+2..T.
    AIC = ln(RSS/n) + 2k/n, SIC (BIC) = ln(RSS/n) + k ln(n)/n, the first minimum over
    p = pmax, pmax-1, .., 0 wins; Hall (1994) general-to-specific: drop the last lag while
    its |t| < 1.96."""
    y = np.asarray(y, dtype=float)
    method = {"AIC": "AIC", "SIC": "SIC", "BIC": "SIC", "HALL": "Hall"}.get(
        str(method).upper(), method)
    if method not in LAG_METHODS:
        raise UnitRootError("Lag selection must be a number of lags or one of AIC, SIC (BIC), "
                            "Hall; got {method}.", method=repr(method))
    pmax = int(pmax)
    if method == "Hall":
        for p in range(pmax, 0, -1):
            X, dy = _adf_design(y, p, exo, first=pmax + 2)
            fit = ols(X, dy, dfcor=dfcor, label=label)
            if abs(fit["coef"][p] / fit["se"][p]) >= 1.96:
                return p
        return 0
    crit = []
    for p in range(pmax, -1, -1):
        X, dy = _adf_design(y, p, exo, first=pmax + 2)
        fit = ols(X, dy, dfcor=dfcor, label=label)
        n, k = fit["n"], fit["k"]
        penalty = 2.0 * k / n if method == "AIC" else k * np.log(n) / n
        crit.append(np.log(fit["rss"] / n) + penalty)
    return pmax - int(np.argmin(crit))


def newey_west_lags(n):
    """Default Bartlett truncation of the Phillips-Perron test, Stata's pperron:
    int(4 (n/100)^(2/9))."""
    return int(4.0 * (n / 100.0) ** (2.0 / 9.0))


def phillips_perron(y, exo="intercept", nw_lags=None, label="series"):
    """Phillips-Perron (1988) Z_t as Stata's pperron computes it: regress
    y_t = rho y_{t-1} + d_t'b + u_t (t = 2..T, n = T-1), s^2 = RSS/(n-k), gamma_j =
    (1/n) sum u_t u_{t-j}, lambda^2 = gamma_0 + 2 sum_{j<=L} (1 - j/(L+1)) gamma_j,
    Z_t = sqrt(gamma_0/lambda^2) (rho-1)/se - (lambda^2-gamma_0) n se / (2 lambda s)."""
    y = np.asarray(y, dtype=float)
    n = y.size - 1
    L = newey_west_lags(n) if nw_lags is None else int(nw_lags)
    X = np.column_stack([y[:-1], deterministic(exo, np.arange(2, y.size + 1))])
    fit = ols(X, y[1:], dfcor=True, label=label)
    u = fit["resid"]
    gamma = np.array([u[j:] @ u[:n - j] for j in range(L + 1)]) / n
    lam2 = gamma[0] + 2.0 * np.sum((1.0 - np.arange(1, L + 1) / (L + 1.0)) * gamma[1:])
    se, s = fit["se"][0], fit["sigma"]
    z = (np.sqrt(gamma[0] / lam2) * (fit["coef"][0] - 1.0) / se
         - (lam2 - gamma[0]) * n * se / (2.0 * np.sqrt(lam2) * s))
    return dict(rho=float(fit["coef"][0]), t=float(z), T=y.size, n=n, lags=L)


def mackinnon1994_pvalue(tau, exo="intercept"):
    """Left-tail p-value of a Dickey-Fuller tau from MacKinnon (1994), Tables 3-4:
    p = Phi(c0 + c1 tau + c2 tau^2) for tau <= tau*, Phi(c0 + .. + c3 tau^3) above."""
    tau = np.asarray(tau, dtype=float)
    small = np.polyval(MK94_SMALL[exo][::-1], tau)
    large = np.polyval(MK94_LARGE[exo][::-1], tau)
    return stats.norm.cdf(np.where(tau <= MK94_STAR[exo], small, large))


def _gls_poly(x, y, omega_inv, degree):
    X = np.vander(x, degree + 1, increasing=True)
    A = np.linalg.inv(X.T @ omega_inv @ X)
    g = A @ (X.T @ omega_inv @ y)
    r = y - X @ g
    return g, A, float(r @ omega_inv @ r)


def _mk96_one(tau, exo, npts=9, precrt=2.0):
    q, w = MK96_TABLES[exo]
    m = q.size
    imin = int(np.argmin(np.abs(tau - q)))
    half = npts // 2
    if half <= imin < m - 1 - half:
        idx = np.arange(imin - half, imin + half + 1)
    elif imin < half:
        idx = np.arange(max(imin + 1 + half, 5))
    else:
        idx = m - 1 - np.arange(max(m - imin + half, 5))
    if imin >= m - 1 - half:   # MacKinnon: identity weights at the upper end
        omega = np.eye(idx.size)
    else:
        p = MK96_PROBS[idx]
        lo, hi = np.minimum.outer(p, p), np.maximum.outer(p, p)
        omega = np.outer(w[idx], w[idx]) * np.sqrt(lo * (1 - hi) / (hi * (1 - lo)))
    omega_inv = np.linalg.inv(omega)
    # the polynomial in (q - tau)/scale spans the same space as in q, is far better
    # conditioned, and its intercept is the fitted value at tau
    scale = max(np.ptp(q[idx]), 1e-12)
    x = (q[idx] - tau) / scale
    y = _MK96_CNORM[idx]
    g, A, ssrt = _gls_poly(x, y, omega_inv, 3)
    if abs(g[3]) / np.sqrt(ssrt / (idx.size - 4) * A[3, 3]) <= precrt:
        g, A, ssrt = _gls_poly(x, y, omega_inv, 2)
    pval = stats.norm.cdf(np.clip(g[0], -16.0, 16.0))
    if imin == 0:
        pval = min(pval, MK96_PROBS[0])
    elif imin == m - 1:
        pval = max(pval, MK96_PROBS[-1])
    return float(pval)


def mackinnon1996_pvalue(tau, exo="intercept"):
    """Asymptotic left-tail p-value of a Dickey-Fuller tau by MacKinnon's (1996) method, as
    urca::punitroot(tau, N = Inf) computes it (the p-value plm uses when urca is present):
    around the tabulated quantile q_i nearest tau, GLS-fit Phi^-1(p_i) on a cubic in q_i
    over 9 points (a quadratic when the cubic term's |t| <= 2), with covariance
    w_i w_j sqrt(p_i (1-p_j) / (p_j (1-p_i))) (p_i <= p_j), and evaluate it at tau."""
    tau = np.atleast_1d(np.asarray(tau, dtype=float))
    return np.array([_mk96_one(t, exo) for t in tau])


def mackinnon_pvalue(tau, exo="intercept", method="MacKinnon1996"):
    """p-values of Dickey-Fuller tau statistics (left tail) by MacKinnon 1996 or 1994."""
    if method == "MacKinnon1996":
        return mackinnon1996_pvalue(tau, exo)
    if method == "MacKinnon1994":
        return np.atleast_1d(mackinnon1994_pvalue(tau, exo))
    raise UnitRootError("p-value method must be MacKinnon1996 or MacKinnon1994; got {method}.",
                        method=repr(method))
