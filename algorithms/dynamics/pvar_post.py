"""After the panel VAR fit (pure numpy/scipy): stability, Andrews-Lu model selection
criteria, Granger causality Wald tests, orthogonalised impulse responses and the forecast
error variance decomposition, with R panelvar 0.5.x's conventions.
"""
import numpy as np
from scipy import stats

from .pvar_data import PanelVARError
from ..shown import shown


def companion(coef, lags):
    """Companion matrix of y_t = A_1 y_t-1 + ... + A_p y_t-p: first block row
    [A_1 ... A_p] (the first m p columns of coef), identity blocks below."""
    coef = np.asarray(coef, float)
    m = coef.shape[0]
    top = coef[:, :m * lags]
    if lags == 1:
        return top.copy()
    low = np.hstack([np.eye(m * (lags - 1)), np.zeros((m * (lags - 1), m))])
    return np.vstack([top, low])


def stability(result):
    """Eigenvalues of the companion matrix, largest modulus first; the VAR is stable
    (invertible, stationary) when every modulus is below 1 (Luetkepohl 2005, 2.1.1;
    panelvar's stability()). Returns {eigenvalues, moduli, stable}."""
    ev = np.linalg.eigvals(companion(result.coef, result.lags))
    order = np.argsort(-np.abs(ev), kind="stable")
    ev = ev[order]
    mod = np.abs(ev)
    return {"eigenvalues": ev, "moduli": mod, "stable": bool((mod < 1).all())}


def mmsc(result, hq=2.1):
    """Andrews and Lu (2001) moment and model selection criteria as panelvar computes them:
    with J the Hansen statistic, c the moment conditions (instruments per equation times
    equations, the rows of panelvar's weighting matrix), b the regressors per equation and
    n the complete rows of the data:
        BIC = J - (c - b) ln n,  AIC = J - 2 (c - b),  HQIC = J - hq (c - b) ln ln n.
    (Andrews and Lu count all parameters; panelvar subtracts b, and so does this.)"""
    if hq < 2:
        raise PanelVARError("The Hannan-Quinn factor must be at least 2; got {hq}.", hq="%g" % hq)
    j = result.hansen["statistic"]
    c = result.n_instruments * len(result.names)
    b = len(result.regressors)
    n = result.n_mmsc
    return {"bic": j - (c - b) * np.log(n), "aic": j - 2.0 * (c - b),
            "hqic": j - hq * (c - b) * np.log(np.log(n)), "J": j, "c": c, "b": b, "n": n}


def granger_wald(result):
    """Granger causality Wald tests (Stata's pvargranger): for every equation, the lags of
    each other variable excluded, then all others together. W = r' (R V R')^-1 r with r
    the excluded coefficients and V their (Windmeijer or robust one-step) covariance;
    chi2 with df = number excluded. Returns rows {equation, excluded, chi2, df, p}."""
    m, b, p = len(result.names), len(result.regressors), result.lags
    rows = []
    for j, eq in enumerate(result.names):
        others = [v for v in range(m) if v != j]
        sets = [([v], result.names[v]) for v in others]
        if len(others) > 1:
            sets.append((others, "ALL"))
        for vs, label in sets:
            k = np.array([l * m + v for v in vs for l in range(p)])
            idx = j * b + k
            r = result.coef[j, k]
            v = result.cov[np.ix_(idx, idx)]
            w = float(r @ np.linalg.solve(v, r))
            rows.append({"equation": eq, "excluded": label, "chi2": w, "df": int(k.size),
                         "p": float(stats.chi2.sf(w, k.size))})
    return rows


def ma_coefficients(coef, lags, horizon):
    """MA matrices Phi_1 = I, Phi_h = J C^(h-1) J' (C the companion matrix, J = [I 0]),
    h = 1 .. horizon: array (horizon, m, m)."""
    c = companion(coef, lags)
    m = np.asarray(coef).shape[0]
    out = np.empty((horizon, m, m))
    power = np.eye(c.shape[0])
    for h in range(horizon):
        out[h] = power[:m, :m]
        power = power @ c
    return out


def oirf(result, horizon, sigma=None, coef=None):
    """Orthogonalised impulse responses (Luetkepohl 2005, 2.3.2): Psi_h = Phi_h P with P
    the lower Cholesky factor of the residual covariance (variable order = Cholesky order).
    h = 1 is the impact. Returns (horizon, response, shock)."""
    sigma = result.sigma if sigma is None else sigma
    coef = result.coef if coef is None else coef
    if int(horizon) < 1:
        raise PanelVARError("HORIZON must be at least 1; got {horizon}.", horizon=shown(horizon))
    try:
        chol = np.linalg.cholesky(sigma)
    except np.linalg.LinAlgError:
        raise PanelVARError("The residual covariance is not positive definite, so it has no "
                            "Cholesky factor: two variables move in lockstep; drop one.")
    return ma_coefficients(coef, result.lags, int(horizon)) @ chol


def fevd(result, horizon):
    """Forecast error variance decomposition from the orthogonalised responses
    (Luetkepohl 2005, 2.3.3; panelvar's fevd_orthogonal): share of shock k in the h-step
    forecast error variance of variable j, sum_{s<=h} Psi_s[j,k]^2 / MSE_h[j,j] with
    MSE_h = sum_{s<=h} Phi_s Sigma Phi_s'. Returns (horizon, variable, shock); rows sum to 1."""
    psi = oirf(result, horizon)
    num = np.cumsum(psi ** 2, axis=0)
    # the MSE from Phi and Sigma (not from psi) as panelvar does: rows then sum to 1 only
    # because P P' = Sigma, which the tests check
    phi = ma_coefficients(result.coef, result.lags, int(horizon))
    mse = np.cumsum(np.einsum("hij,jk,hlk->hil", phi, result.sigma, phi), axis=0)
    return num / np.diagonal(mse, axis1=1, axis2=2)[:, :, None]
