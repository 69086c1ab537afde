"""The panel VAR fit (pure numpy/scipy): options, the GMM steps of pvar_gmm and the
result object. See pvar.py for the public overview.
"""
from dataclasses import dataclass, field

import numpy as np
from scipy import stats

from . import pvar_gmm as gmm
from .pvar_data import PanelData, PanelVARError, transform_name
from .pvar_moments import build_moments
from ..errors import Phrase
from ..shown import shown


@dataclass
class PVARResult:
    """A fitted panel VAR. coef, se: (m x b), rows the equations (in `names` order),
    columns the regressors (lag 1 of every variable, lag 2, ..., then the exogenous);
    cov: covariance of the coefficients, ordered equation by equation (j*b + k); sigma: the
    residual covariance; hansen: {statistic, df, pvalue}."""
    names: list
    regressors: list
    lags: int
    transform: str
    steps: str
    coef: np.ndarray
    se: np.ndarray
    cov: np.ndarray
    coef_onestep: np.ndarray
    se_onestep: np.ndarray
    sigma: np.ndarray
    hansen: dict
    n_obs: int
    n_units: int
    n_instruments: int       # instruments per equation (L); moment conditions = L m
    n_mmsc: int
    residuals: np.ndarray
    options: dict
    panel: PanelData = field(repr=False, default=None)
    moments: object = field(repr=False, default=None)
    warnings: list = field(default_factory=list)

    @property
    def z(self):
        return self.coef / self.se

    @property
    def pvalues(self):
        return 2 * stats.norm.sf(np.abs(self.z))

    def table(self):
        """Rows (equation, regressor, coefficient, std_error, z, p) for every coefficient."""
        z, p = self.z, self.pvalues
        return [{"equation": eq, "regressor": r, "coefficient": float(self.coef[j, k]),
                 "std_error": float(self.se[j, k]), "z": float(z[j, k]), "p": float(p[j, k])}
                for j, eq in enumerate(self.names) for k, r in enumerate(self.regressors)]


def steps_name(steps):
    """'onestep' or 'twostep' from the tool's STEPS (0 = one-step, 1 = two-step)."""
    key = {0: "onestep", 1: "twostep", "onestep": "onestep", "twostep": "twostep"}.get(
        steps.lower() if isinstance(steps, str) else steps)
    if key is None:
        raise PanelVARError("STEPS must be 0 (one-step, 'onestep') or 1 (two-step, "
                            "'twostep'); got {steps}.", steps=shown(steps))
    return key


def fit_pvar(panel, lags=1, transform="fod", min_instrument_lag=2, max_instrument_lag=99,
             collapse=False, steps="twostep"):
    """Estimate the panel VAR by GMM.

    panel: from prepare_panel. lags: p. transform: 0/'fod' forward orthogonal deviations,
    1/'fd' first differences. Instruments: levels lagged min_instrument_lag ..
    max_instrument_lag of every endogenous variable (relative to the transformed row, as
    panelvar and xtabond2 count them), collapsed to one column per lag if collapse.
    steps: 0/'onestep' (robust one-step errors) or 1/'twostep' (Windmeijer 2005 errors).
    Coefficients solve Phi' = (S_ZX' W S_ZX)^-1 S_ZX' W S_ZY with W = (sum Z_i' H Z_i)^-1
    (one step) or the inverse of the one-step moment covariance (two step); see pvar_gmm.
    """
    transform, steps = transform_name(transform), steps_name(steps)
    mom = build_moments(panel, lags, transform, min_instrument_lag, max_instrument_lag,
                        bool(collapse))
    m, b = len(panel.names), len(mom.regressors)
    first = gmm.onestep(mom)
    g1 = gmm.moments_by_unit(mom, first["Phi"])
    v1 = gmm.robust_onestep_cov(mom, first, g1)
    warnings = list(mom.warnings)
    if first["lambda_singular"]:
        warnings.append(Phrase("The one-step weighting matrix is singular; a generalised "
                               "inverse was used (as panelvar does)."))
    L = mom.zx.shape[1]
    df = L * m - b * m
    if steps == "onestep":
        Phi, v = first["Phi"], v1
        # panelvar's one-step J uses the one-step weighting, unscaled by any error variance
        hansen = gmm.hansen_j(g1.sum(axis=0), np.kron(first["lam_inv"], np.eye(m)), df)
    else:
        second = gmm.twostep(mom, first)
        Phi = second["Phi"]
        v = gmm.windmeijer_cov(mom, second, v1)
        hansen = gmm.hansen_j(second["g2"], second["d_inv"], df)
        if second["d_singular"]:
            warnings.append(Phrase("The two-step weighting matrix is near-singular (an "
                                   "eigenvalue below 1e-9): its generalised inverse was used, "
                                   "as panelvar does. Many instruments for few units also "
                                   "weaken Hansen's J."))
    # stacked (k*m + j) -> equation-major (j*b + k)
    perm = (np.arange(m)[:, None] + m * np.arange(b)[None, :]).ravel()
    cov = v[np.ix_(perm, perm)]
    se = np.sqrt(np.diag(v)).reshape(b, m).T
    se1 = np.sqrt(np.diag(v1)).reshape(b, m).T
    e = gmm.residuals(mom, Phi)
    sigma = gmm.residual_cov(mom, Phi)
    opts = {"lags": int(lags), "transform": transform, "min_instrument_lag":
            int(min_instrument_lag), "max_instrument_lag": int(max_instrument_lag),
            "collapse": bool(collapse), "steps": steps, "moment_conditions": L * m}
    return PVARResult(list(panel.names), mom.regressors, int(lags), transform, steps, Phi,
                      se, cov, first["Phi"], se1, sigma, hansen, mom.n_obs,
                      int(mom.valid.any(axis=1).sum()), L, mom.n_mmsc, e, opts, panel, mom,
                      warnings)

