"""Panel unit-root tests (pure numpy/scipy), as R plm 2.6-2's purtest and Stata's
xtunitroot define them.

Null "every unit has a unit root": Im-Pesaran-Shin W_tbar, Levin-Lin-Chu t*,
Harris-Tzavalis, Fisher-type (Maddala-Wu P, Choi Z, L*, Pm) on ADF or Phillips-Perron
unit tests. Null "every unit is stationary": Hadri LM.

Use: panel = prepare_panel(ids, times, values, "inv"); ips_test(panel, "intercept", 1).
Each test returns a TestResult (statistic, p-value, verdict, per-unit details).
Deterministic terms `exo`: "none", "intercept" or "trend" (intercept and trend).
Lags `lags`: a number, one number per unit, or "AIC", "SIC" ("BIC"), "Hall" to select each
unit's lags up to `pmax` as plm does (default pmax: min(10, the most the shortest unit
allows)). Bad input raises UnitRootError (a ValueError) saying what to change.
"""
from dataclasses import asdict, dataclass, field

import numpy as np
from scipy import stats

from .unitroot_panel import Panel, demean_periods, difference_within_units, prepare_panel
from .unitroot_series import (N_DETERMINISTIC, UnitRootError, adf, check_exo,
                              mackinnon_pvalue, min_periods, ols, phillips_perron,
                              select_lags)
from .unitroot_tables import IPS_MOMENTS, IPS_T, LLC_ADJ, LLC_T
from ..errors import Phrase

__all__ = ["Panel", "TestResult", "UnitRootError", "prepare_panel", "difference_within_units",
           "demean_periods", "unit_lags", "ips_test", "llc_test", "fisher_test", "ht_test",
           "hadri_test", "ht_moments", "long_run_variance", "HADRI_MOMENTS"]

EXO_WORDS = {"none": Phrase("no deterministic terms"), "intercept": Phrase("an intercept"),
             "trend": Phrase("an intercept and a trend")}
NULL_UNIT_ROOT = Phrase("unit root (all units)")
NULL_STATIONARY = Phrase("stationarity (all units)")
HADRI_MOMENTS = {"intercept": (1.0 / 6.0, 1.0 / 45.0), "trend": (1.0 / 15.0, 11.0 / 6300.0)}


@dataclass
class TestResult:
    """One panel test: statistic, p-value, verdict at `alpha`, and details per unit.
    null, verdict and the warnings are Phrases (English as str; rendered(x, tr) translates)."""
    __test__ = False    # not a pytest class, despite its name
    test: str
    statistic: float
    pvalue: float
    null: str
    alpha: float
    verdict: str
    details: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)

    def as_dict(self):
        return asdict(self)


def _result(test, stat, pvalue, null, alpha, details, warnings):
    values = dict(null=null, level="%g%%" % (100 * alpha), p="%.4g" % pvalue)
    verdict = Phrase("reject {null} at {level} (p = {p})", **values) if pvalue < alpha else \
        Phrase("do not reject {null} at {level} (p = {p})", **values)
    return TestResult(test, float(stat), float(pvalue), null, alpha, verdict, details,
                      list(warnings))


def _regression_words(regression, p):
    if regression == "pp":
        return Phrase("a Phillips-Perron regression")
    if regression == "select":
        return Phrase("lag selection fitting up to pmax = {p} lags", p="%d" % p)
    return Phrase("an ADF regression with {p} lag(s)", p="%d" % p)


def _need_periods(panel, lags, exo, regression="adf"):
    for i, p in enumerate(lags):
        need = min_periods(p, exo)
        if panel.series[i].size < need:
            raise UnitRootError(
                "Unit {units} has {size} consecutive periods of {variable} ({describe_span}); "
                "{regression} and {exo_words} needs at least "
                "{need}. Use fewer lags, drop the unit or extend its series.",
                units=panel.units[i], size="%d" % panel.series[i].size, variable=panel.variable,
                describe_span=panel.describe_span(i),
                regression=_regression_words(regression, p),
                exo_words=EXO_WORDS[exo], need="%d" % need)


def unit_lags(panel, exo, lags, pmax=None, dfcor=False):
    """The ADF lag order of every unit: `lags` itself (a number or one per unit), or the
    order chosen per unit by AIC / SIC (BIC) / Hall up to pmax (see select_lags)."""
    check_exo(exo)
    n = len(panel.units)
    if isinstance(lags, str):
        longest_ok = (panel.lengths.min() - N_DETERMINISTIC[exo] - 3) // 2
        pmax = min(10, longest_ok) if pmax is None else int(pmax)
        if pmax < 0:
            pmax = 0
        _need_periods(panel, [pmax] * n, exo, "select")
        return [select_lags(y, exo, lags, pmax, dfcor, label="unit %s" % u)
                for y, u in zip(panel.series, panel.units)]
    out = [int(lags)] * n if np.ndim(lags) == 0 else [int(x) for x in lags]
    if len(out) != n:
        raise UnitRootError("Give one lag number for all units or one per unit ({n}); got {n_out}.",
                            n="%d" % n, n_out="%d" % len(out))
    if min(out) < 0:
        raise UnitRootError("Lags must be 0 or more; got {out}.", out="%d" % min(out))
    _need_periods(panel, out, exo)
    return out


def _adf_units(panel, exo, lags, pmax, dfcor=False, aux=False):
    lag_list = unit_lags(panel, exo, lags, pmax, dfcor)
    fits = [adf(y, p, exo, dfcor=dfcor, label="unit %s" % u, aux=aux)
            for y, p, u in zip(panel.series, lag_list, panel.units)]
    details = dict(units=list(panel.units), lags=lag_list,
                   periods=[int(f["T"]) for f in fits], obs=[int(f["n"]) for f in fits],
                   rho=[f["rho"] for f in fits], t=[f["t"] for f in fits],
                   gaps=dict(panel.gaps))
    return fits, details


def _interp(x, grid, values, warnings, what):
    """plm's selectT: exact node, linear interpolation between nodes, ends clamped."""
    if x < grid[0] or x > grid[-1]:
        edge = grid[0] if x < grid[0] else grid[-1]
        warnings.append(Phrase("{what}: {x} is outside the table ({lo}-{hi}); the value at "
                               "{edge} is used.", what=what, x="%g" % x, lo="%g" % grid[0],
                               hi="%g" % grid[-1], edge="%g" % edge))
    return np.interp(x, grid, values)


def ips_test(panel, exo="intercept", lags=1, pmax=None, dfcor=False, alpha=0.05):
    """Im, Pesaran and Shin (2003) W_tbar = sqrt(N) (tbar - mean E_i) / sqrt(mean V_i), with
    tbar the mean ADF t of the units and E_i, V_i from IPS Table 3 at lags p_i (at most 8)
    and T_i - p_i - 1, interpolated linearly in T (plm's ips.stat = "Wtbar").
    p = Phi(W_tbar); unbalanced panels are allowed."""
    if check_exo(exo) == "none":
        raise UnitRootError("The IPS test needs an intercept or an intercept and trend "
                            "(its moments are tabulated for those only).")
    fits, details = _adf_units(panel, exo, lags, pmax, dfcor)
    warnings, E, V = [], [], []
    mean_tab, var_tab = IPS_MOMENTS[exo]
    for f, u in zip(fits, panel.units):
        p = f["lags"]
        if p > 8:
            warnings.append(Phrase("Unit {unit}: IPS moments exist for up to 8 lags; those of 8 "
                                   "are used for its {p}.", unit=u, p="%d" % p))
            p = 8
        L = f["T"] - f["lags"] - 1
        what = Phrase("IPS moments of unit {unit} (T - p - 1)", unit=u)
        e = _interp(L, IPS_T, mean_tab[p], warnings, what)
        v = _interp(L, IPS_T, var_tab[p], [], what)
        if not (np.isfinite(e) and np.isfinite(v)):
            raise UnitRootError(
                "IPS Table 3 has no moments for {p} lags at T - p - 1 = {l} (unit {u}); use "
                "fewer lags or longer series.", p="%d" % p, l="%d" % L, u=u)
        E.append(float(e))
        V.append(float(v))
    tbar = float(np.mean(details["t"]))
    stat = np.sqrt(len(fits)) * (tbar - np.mean(E)) / np.sqrt(np.mean(V))
    details.update(tbar=tbar, E_t=E, Var_t=V)
    return _result("Im-Pesaran-Shin W_tbar", stat, stats.norm.cdf(stat),
                   NULL_UNIT_ROOT, alpha, details, warnings)


def _require_balanced(panel, test):
    if not panel.balanced:
        T = np.bincount(panel.lengths).argmax()
        odd = [str(u) for u, n in zip(panel.units, panel.lengths) if n != T][:8]
        raise UnitRootError(
            "The {test} test needs a balanced panel (the same consecutive periods for every "
            "unit); units {odd} differ from the usual {t} periods. Restrict the periods, drop "
            "those units, or use the IPS or Fisher tests.",
            test=test, odd=", ".join(odd), t="%d" % T)


def long_run_variance(y, exo, q=None):
    """LLC (2002) long-run variance of dy (demeaned / detrended as exo says), Bartlett
    kernel: (1/(T-1)) [sum dy^2 + 2 sum_{L=1..q} (1 - L/(q+1)) sum_t dy_t dy_{t-L}],
    q = round(3.21 T^(1/3)) by default (LLC p. 14, as plm), at most T - 2."""
    T = y.size
    q = int(np.round(3.21 * T ** (1.0 / 3.0))) if q is None else int(q)
    q = min(q, T - 2)
    dy = np.diff(y)
    if exo == "intercept":
        dy = dy - dy.mean()
    elif exo == "trend":
        dy = ols(np.column_stack([np.ones(T - 1), np.arange(1.0, T)]), dy)["resid"]
    ac = np.correlate(dy, dy, mode="full")[T - 2:T - 1 + q]     # lags 0..q
    w = 1.0 - np.arange(1, q + 1) / (q + 1.0)
    return float((ac[0] + 2.0 * np.sum(w * ac[1:])) / (T - 1)), q


def llc_test(panel, exo="intercept", lags=1, pmax=None, q=None, dfcor=False, alpha=0.05):
    """Levin, Lin and Chu (2002) adjusted t*:
    t* = (t_delta - N Tt S_N s^-2 se(delta) mu*) / sigma*, with Tt = T - mean(p) - 1, S_N
    the mean ratio of long-run to ADF standard deviations, delta and t_delta from the
    pooled regression of the normalised auxiliary residuals, s^2 = RSS / (N Tt), and mu*,
    sigma* from LLC Table 2 at T (plm's convention). p = Phi(t*); balanced panels only."""
    check_exo(exo)
    _require_balanced(panel, "Levin-Lin-Chu")
    fits, details = _adf_units(panel, exo, lags, pmax, dfcor, aux=True)
    warnings = []
    T = panel.series[0].size
    mu = _interp(T, LLC_T, LLC_ADJ[exo][0], warnings,
                 Phrase("LLC adjustment at T"))
    sd = _interp(T, LLC_T, LLC_ADJ[exo][1], [], "")
    sig_st = np.array([f["sigma"] for f in fits])
    lrv = [long_run_variance(y, exo, q) for y in panel.series]
    sig_lt = np.sqrt([v for v, _ in lrv])
    sbar = float(np.mean(sig_lt / sig_st))
    e = np.concatenate([f["resid_diff"] for f in fits])
    v = np.concatenate([f["resid_level"] for f in fits])
    pooled = ols(v[:, None], e, dfcor=dfcor)
    delta, se = float(pooled["coef"][0]), float(pooled["se"][0])
    N = len(fits)
    Tt = T - np.mean(details["lags"]) - 1
    s2 = pooled["rss"] / (N * Tt)
    stat = (delta / se - N * Tt * sbar / s2 * se * mu) / sd
    details.update(delta=delta, t_delta=delta / se, sbar=sbar, mu_star=float(mu),
                   sigma_star=float(sd), sigma2_short=[float(x) for x in sig_st ** 2],
                   sigma2_long=[float(x) for x in sig_lt ** 2], bandwidth=lrv[0][1])
    return _result("Levin-Lin-Chu t*", stat, stats.norm.cdf(stat),
                   NULL_UNIT_ROOT, alpha, details, warnings)


def fisher_test(panel, exo="intercept", lags=1, pmax=None, kind="ADF",
                pvalue_method="MacKinnon1996", nw_lags=None, dfcor=False, alpha=0.05):
    """Fisher-type combinations of the N unit p-values p_i (Maddala and Wu 1999; Choi 2001):
    P = -2 sum ln p_i ~ chi2(2N); Z = sum Phi^-1(p_i) / sqrt(N), p = Phi(Z);
    L* = sqrt(3(5N+4) / (pi^2 N (5N+2))) sum ln(p_i/(1-p_i)), p = t_{5N+4}(L*);
    Pm = sum(-2 ln p_i - 2) / (2 sqrt N), p = 1 - Phi(Pm).
    p_i are MacKinnon's p-values of the units' ADF t (kind="ADF", plm: MacKinnon 1996 when
    urca is installed) or Phillips-Perron Z_t (kind="PP", Newey-West lags nw_lags, default
    int(4 (T/100)^(2/9)) as Stata). Returns a dict "P", "Z", "L*", "Pm" of TestResults."""
    check_exo(exo)
    if kind == "ADF":
        fits, details = _adf_units(panel, exo, lags, pmax, dfcor)
    elif kind == "PP":
        _need_periods(panel, [0] * len(panel.units), exo, "pp")
        fits = [phillips_perron(y, exo, nw_lags, label="unit %s" % u)
                for y, u in zip(panel.series, panel.units)]
        details = dict(units=list(panel.units), nw_lags=[f["lags"] for f in fits],
                       periods=[f["T"] for f in fits], rho=[f["rho"] for f in fits],
                       t=[f["t"] for f in fits], gaps=dict(panel.gaps))
    else:
        raise UnitRootError("Fisher tests combine ADF or PP unit tests; got "
                            "{kind}.", kind=repr(kind))
    p = mackinnon_pvalue(np.array(details["t"]), exo, pvalue_method)
    details["pvalues"] = [float(x) for x in p]
    N = p.size
    warnings = []
    if np.any((p <= 0) | (p >= 1)):
        warnings.append(Phrase("Some unit p-values are 0 or 1; Z and L* are then infinite."))
    with np.errstate(divide="ignore"):
        P = -2.0 * np.sum(np.log(p))
        Z = np.sum(stats.norm.ppf(p)) / np.sqrt(N)
        L = np.sqrt(3.0 * (5 * N + 4) / (np.pi ** 2 * N * (5 * N + 2))) * np.sum(
            np.log(p / (1.0 - p)))
    Pm = np.sum(-2.0 * np.log(p) - 2.0) / (2.0 * np.sqrt(N))
    null = NULL_UNIT_ROOT
    name = "Fisher-%s " % kind
    return {
        "P": _result(name + "Maddala-Wu P (chi2, df %d)" % (2 * N), P,
                     stats.chi2.sf(P, 2 * N), null, alpha, details, warnings),
        "Z": _result(name + "Choi inverse normal Z", Z, stats.norm.cdf(Z), null, alpha,
                     details, warnings),
        "L*": _result(name + "Choi logit L* (t, df %d)" % (5 * N + 4), L,
                      stats.t.cdf(L, 5 * N + 4), null, alpha, details, warnings),
        "Pm": _result(name + "Choi modified Pm", Pm, stats.norm.sf(Pm), null, alpha,
                      details, warnings),
    }


def ht_moments(T, exo="intercept"):
    """Harris and Tzavalis (1999) mean bias B and variance C of rho for T regression
    periods: none B = 0, C = 2/(T(T-1)); intercept B = -3/(T+1),
    C = 3(17T^2 - 20T + 17) / (5(T-1)(T+1)^3); trend B = -15/(2(T+2)),
    C = 15(193T^2 - 728T + 1147) / (112 (T+2)^3 (T-2))."""
    T = float(T)
    if exo == "none":
        return 0.0, 2.0 / (T * (T - 1))
    if exo == "intercept":
        return -3.0 / (T + 1), 3 * (17 * T ** 2 - 20 * T + 17) / (5 * (T - 1) * (T + 1) ** 3)
    check_exo(exo)
    return (-15.0 / (2 * (T + 2)),
            15 * (193 * T ** 2 - 728 * T + 1147) / (112 * (T + 2) ** 3 * (T - 2)))


def ht_test(panel, exo="intercept", demean=False, alpha=0.05):
    """Harris and Tzavalis (1999): rho from the pooled (within) regression
    y_it = rho y_i,t-1 + d_it'b_i + e_it, T = periods - 1; z = sqrt(N)(rho - 1 - B)/sqrt(C)
    (B, C: ht_moments), p = Phi(z). Balanced panels; demean subtracts period means first
    (Stata's option demean)."""
    check_exo(exo)
    _require_balanced(panel, "Harris-Tzavalis")
    if demean:
        panel = demean_periods(panel)
    Y = np.vstack(panel.series)
    N, T = Y.shape[0], Y.shape[1] - 1
    need = {"none": 3, "intercept": 3, "trend": 4}[exo]
    if T + 1 < need:
        raise UnitRootError("The Harris-Tzavalis test with {exo_words} needs at least {need} "
                            "periods; {variable} has {t}.",
                            exo_words=EXO_WORDS[exo], need="%d" % need, variable=panel.variable,
                            t="%d" % (T + 1))
    y, ylag = Y[:, 1:], Y[:, :-1]
    if exo != "none":
        D = np.ones((T, 1)) if exo == "intercept" else np.column_stack(
            [np.ones(T), np.arange(1.0, T + 1)])
        M = np.eye(T) - D @ np.linalg.pinv(D)     # annihilator of the unit's terms
        y, ylag = y @ M, ylag @ M
    rho = float(np.sum(y * ylag) / np.sum(ylag * ylag))
    B, C = ht_moments(T, exo)
    stat = np.sqrt(N) * (rho - 1.0 - B) / np.sqrt(C)
    details = dict(units=list(panel.units), rho=rho, T=T, N=N, B=B, C=C, demean=demean)
    return _result("Harris-Tzavalis z", stat, stats.norm.cdf(stat),
                   NULL_UNIT_ROOT, alpha, details, [])


def hadri_test(panel, exo="intercept", heteroskedastic=True, dfcor=False, alpha=0.05):
    """Hadri (2000) LM: e_it residuals of y on the unit's terms, S_it = sum_{s<=t} e_is,
    LM_i = sum_t S_it^2 / (T^2 s_i^2), LM = mean LM_i (heteroskedastic=True, plm's default
    Hcons) or sum_i sum_t S_it^2 / (N T^2 s^2) with the pooled s^2;
    z = sqrt(N)(LM - xi)/zeta, xi, zeta^2 = 1/6, 1/45 (intercept) or 1/15, 11/6300 (trend);
    p = 1 - Phi(z). Null: every unit is stationary. Balanced panels."""
    if check_exo(exo) == "none":
        raise UnitRootError("Hadri's test needs an intercept or an intercept and trend.")
    _require_balanced(panel, "Hadri")
    Y = np.vstack(panel.series)
    N, T = Y.shape
    D = np.ones((T, 1)) if exo == "intercept" else np.column_stack(
        [np.ones(T), np.arange(1.0, T + 1)])
    E = Y - (Y @ np.linalg.pinv(D).T) @ D.T
    S2 = np.sum(np.cumsum(E, axis=1) ** 2, axis=1)
    denom = (T - D.shape[1]) if dfcor else T
    s2_i = np.sum(E ** 2, axis=1) / denom
    s2 = np.sum(E ** 2) / (N * denom)
    LM_i = S2 / T ** 2 / s2_i
    LM = float(np.mean(LM_i)) if heteroskedastic else float(np.mean(S2 / T ** 2) / s2)
    xi, zeta2 = HADRI_MOMENTS[exo]
    stat = np.sqrt(N) * (LM - xi) / np.sqrt(zeta2)
    details = dict(units=list(panel.units), LM=LM, LM_i=[float(x) for x in LM_i],
                   sigma2_i=[float(x) for x in s2_i],
                   heteroskedastic=heteroskedastic)
    name = "Hadri LM z" + (" (heteroskedasticity-consistent)" if heteroskedastic else "")
    return _result(name, stat, stats.norm.sf(stat), NULL_STATIONARY, alpha,
                   details, [])
