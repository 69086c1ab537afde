"""Bootstrap bands of the orthogonalised impulse responses and the lag-selection table of
the panel VAR (pure numpy/scipy), as R panelvar 0.5.x's bootstrap_irf and
Andrews_Lu_MMSC.
"""
import numpy as np

from . import pvar_gmm as gmm
from .pvar_data import PanelVARError
from .pvar_fit import fit_pvar
from .pvar_post import mmsc, oirf
from ..shown import shown


def refit_weighted(result, w):
    """(coef, sigma) of the same model on a resample in which unit i appears w[i] times.
    Every sum of the estimator runs over units, so a resample is a reweighting of the
    per-unit moment blocks: no data are copied or rebuilt."""
    mom = result.moments
    first = gmm.onestep(mom, w)
    phi = first["Phi"] if result.steps == "onestep" else gmm.twostep(mom, first, w)["Phi"]
    return phi, gmm.residual_cov(mom, phi, w)


def bootstrap_oirf(result, horizon, draws=200, seed=None, level=0.95):
    """Percentile bands of the orthogonalised impulse responses from `draws` re-estimations
    on resamples of whole units drawn with replacement (panelvar's bootstrap_irf: units,
    not periods, are resampled so that each unit keeps its instruments). The same seed
    gives the same draws. Bands: quantiles (1 - level)/2 and (1 + level)/2 (R's type 7)
    over the draws that could be computed.

    Returns {lower, upper: (horizon, response, shock), draws: (draws, horizon, response,
    shock), units: (draws, N) indices of the units drawn, failed: count, level, seed}.
    Note: the period grid is the full sample's, so an unbalanced resample keeps the
    original period positions (panelvar rebuilds the grid from the resample)."""
    if not 0 < level < 1:
        raise PanelVARError("The confidence level must lie between 0 and 1; got {level}.",
                            level=shown(level))
    draws, horizon = int(draws), int(horizon)
    if draws < 1:
        raise PanelVARError("The number of bootstrap draws must be at least 1; got {draws}.",
                            draws="%d" % draws)
    rng = np.random.default_rng(seed)
    n_units = result.moments.y.shape[0]
    units = rng.integers(0, n_units, size=(draws, n_units))
    m = len(result.names)
    out = np.full((draws, horizon, m, m), np.nan)
    failed = 0
    for d in range(draws):
        w = np.bincount(units[d], minlength=n_units)
        try:
            phi, sigma = refit_weighted(result, w)
            out[d] = oirf(result, horizon, sigma=sigma, coef=phi)
        except (np.linalg.LinAlgError, PanelVARError, ValueError):
            failed += 1
    if failed == draws:
        raise PanelVARError("None of the {draws} bootstrap draws could be estimated; the panel "
                            "has too few units for resampling.", draws="%d" % draws)
    lo, hi = np.nanquantile(out, [(1 - level) / 2, (1 + level) / 2], axis=0)
    return {"lower": lo, "upper": hi, "draws": out, "units": units, "failed": failed,
            "level": level, "seed": seed}


def lag_selection(panel, max_lags, **options):
    """Fit lags 1 .. max_lags with the same options (those of fit_pvar) and tabulate
    Hansen's J and the Andrews and Lu (2001) MMSC-BIC, AIC and HQIC (see pvar_post.mmsc;
    smaller is better). Each order is estimated on the rows it can use, as separate
    panelvar fits are. Returns {rows: [{lags, J, df, p, bic, aic, hqic, n, c, b}], best:
    {bic, aic, hqic: lag order with the smallest value}}."""
    max_lags = int(max_lags)
    if max_lags < 1:
        raise PanelVARError("MAX_LAGS must be at least 1; got {max_lags}.",
                            max_lags="%d" % max_lags)
    T = panel.periods.size
    if T < max_lags + 2:
        raise PanelVARError(
            "MAX_LAGS = {max_lags} needs at least {need} periods; the panel has {n_periods}. Use "
            "MAX_LAGS of at most {most}.",
            max_lags="%d" % max_lags, need="%d" % (max_lags + 2), n_periods="%d" % T,
            most="%d" % max(T - 2, 0))
    rows = []
    for p in range(1, max_lags + 1):
        res = fit_pvar(panel, lags=p, **options)
        crit = mmsc(res)
        rows.append({"lags": p, "J": res.hansen["statistic"], "df": res.hansen["df"],
                     "p": res.hansen["pvalue"], "bic": crit["bic"], "aic": crit["aic"],
                     "hqic": crit["hqic"], "n": crit["n"], "c": crit["c"], "b": crit["b"]})
    best = {k: min(rows, key=lambda r: r[k])["lags"] for k in ("bic", "aic", "hqic")}
    return {"rows": rows, "best": best}
