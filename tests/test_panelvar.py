"""Panel VAR by GMM against R panelvar 0.5.6 and against a literal restatement of its
algorithm.

Figures marked EXPECTED are those of tests/data/panel/EXPECTED.md (panelvar
0.5.6 on dahlberg.csv: lags 1, FOD, levels lagged 2..99 of all three variables, not
collapsed, two-step). Coefficients are asserted to a relative 1e-6 (they are printed to 7-8
significant digits), other figures to half a unit of their last printed digit.

Paths the reference does not cover (gaps, first differences, collapse, several lags,
exogenous variables, one step) are checked against `_panelvar_oracle` below: a slow,
unit-by-unit restatement of panelvar's pvargmm written for these tests from its R source
(dense Q_i matrices built period by period, instrument selection by panelvar's transition
matrices, Kronecker-form GMM, Windmeijer derivative loop). No figure asserted here comes
from the code under test.
"""
import csv
import math

import numpy as np
import pytest
import scipy.linalg

from conftest import REFERENCE
from ecosecurity.algorithms.dynamics import pvar

PANEL = REFERENCE / "panel"
NAMES = ["expenditures", "revenues", "grants"]
REL = 1e-6

# EXPECTED (panelvar 0.5.6)
COEF2 = [[0.28461641, -0.04702070, -1.6746061],
         [0.25834785, 0.05878479, -2.2366639],
         [0.01666129, -0.04049592, 0.3203947]]
SE2_EXP = [0.06643, 0.06372, 0.28176]
COEF1_EXP = [0.28411789, -0.04383889, -1.6826231]


def half_unit(printed):
    """Half a unit of the last digit of a printed figure, e.g. '0.06643' -> 5e-6."""
    mant = printed.lower().split("e")
    digits = len(mant[0].split(".")[1]) if "." in mant[0] else 0
    exp = int(mant[1]) if len(mant) > 1 else 0
    return 0.5 * 10.0 ** (exp - digits)


def assert_printed(value, printed):
    assert abs(value - float(printed)) <= half_unit(printed) * (1 + 1e-9), (value, printed)


@pytest.fixture(scope="module")
def dahlberg():
    with open(PANEL / "dahlberg.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    ids = np.array([int(r["id"]) for r in rows])
    years = np.array([int(r["year"]) for r in rows])
    values = np.array([[float(r[k]) for k in NAMES] for r in rows])
    return ids, years, values


@pytest.fixture(scope="module")
def panel(dahlberg):
    return pvar.prepare_panel(*dahlberg, names=NAMES)


@pytest.fixture(scope="module")
def fit(panel):
    return pvar.fit_pvar(panel, lags=1, transform=0, min_instrument_lag=2,
                         max_instrument_lag=99, collapse=False, steps=1)


# ---------------------------------------------------------------- reference figures

def test_second_step_coefficients(fit):
    assert fit.names == NAMES
    assert fit.regressors == ["L1.expenditures", "L1.revenues", "L1.grants"]
    np.testing.assert_allclose(fit.coef, COEF2, rtol=REL)


def test_windmeijer_standard_errors(fit):
    for value, printed in zip(fit.se[0], ["0.06643", "0.06372", "0.28176"]):
        assert_printed(value, printed)
    np.testing.assert_allclose(fit.se[0], SE2_EXP, rtol=1e-4)


def test_one_step_coefficients(fit, panel):
    np.testing.assert_allclose(fit.coef_onestep[0], COEF1_EXP, rtol=REL)
    one = pvar.fit_pvar(panel, lags=1, transform="fod", steps="onestep")
    np.testing.assert_allclose(one.coef[0], COEF1_EXP, rtol=REL)


def test_one_step_fod_equals_one_step_fd(panel):
    """Arellano and Bover (1995): with the same nested instruments on a balanced panel the
    one-step FOD and FD estimators coincide."""
    fod = pvar.fit_pvar(panel, lags=1, transform=0, steps=0)
    fd = pvar.fit_pvar(panel, lags=1, transform=1, steps=0)
    np.testing.assert_allclose(fd.coef, fod.coef, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(fd.coef[0], COEF1_EXP, rtol=REL)


def test_hansen_j(fit):
    assert_printed(fit.hansen["statistic"], "263.0076")
    assert fit.hansen["df"] == 243
    assert_printed(fit.hansen["pvalue"], "0.1804")
    # 84 instruments per equation x 3 equations = 252 moment conditions
    assert fit.n_instruments * len(NAMES) == 252
    assert fit.n_obs == 1855 and fit.n_mmsc == 1855 and fit.n_units == 265


def test_mmsc(fit):
    crit = pvar.mmsc(fit)
    assert_printed(crit["bic"], "-1610.877")
    assert_printed(crit["aic"], "-234.992")
    assert_printed(crit["hqic"], "-792.370")


def test_lag_selection_first_row_is_the_reference(panel):
    table = pvar.lag_selection(panel, 2, transform=0, steps=1)
    first = table["rows"][0]
    assert first["lags"] == 1
    assert_printed(first["bic"], "-1610.877")
    assert_printed(first["aic"], "-234.992")
    assert_printed(first["hqic"], "-792.370")
    assert [r["lags"] for r in table["rows"]] == [1, 2]
    assert set(table["best"]) == {"bic", "aic", "hqic"}


def test_stability(fit):
    st = pvar.stability(fit)
    for value, printed in zip(st["moduli"], ["0.53707", "0.09036", "0.09036"]):
        assert_printed(value, printed)
    assert st["stable"]


def test_oirf(fit):
    irf = pvar.oirf(fit, 10)
    assert irf.shape == (10, 3, 3)
    for h, printed in enumerate(["1.629811e-3", "3.450912e-4", "1.090437e-4"]):
        assert_printed(irf[h, 0, 0], printed)


def test_fevd(fit):
    share = pvar.fevd(fit, 8)
    for value, printed in zip(share[7, 1], ["0.53712", "0.25484", "0.20804"]):
        assert_printed(value, printed)


def test_granger_single_restriction_is_the_squared_z(fit):
    """With one lag, excluding one variable is one restriction: chi2 = z^2 of that
    coefficient; checked on the EXPECTED coefficient and standard error."""
    rows = {(r["equation"], r["excluded"]): r for r in pvar.granger_wald(fit)}
    r = rows[("expenditures", "revenues")]
    z = COEF2[0][1] / SE2_EXP[1]
    assert r["df"] == 1
    assert r["chi2"] == pytest.approx(z * z, rel=2e-4)
    r = rows[("expenditures", "grants")]
    assert r["chi2"] == pytest.approx((COEF2[0][2] / SE2_EXP[2]) ** 2, rel=2e-4)
    assert rows[("revenues", "ALL")]["df"] == 2
    assert len(rows) == 9


# ---------------------------------------------------------------- properties

def test_fevd_rows_sum_to_one(fit):
    share = pvar.fevd(fit, 12)
    np.testing.assert_allclose(share.sum(axis=2), 1.0, atol=1e-12)
    assert (share >= 0).all()


def test_irf_impact_is_the_cholesky_factor(fit):
    impact = pvar.oirf(fit, 3)[0]
    np.testing.assert_allclose(impact, np.linalg.cholesky(fit.sigma), rtol=1e-12)
    np.testing.assert_allclose(impact @ impact.T, fit.sigma, rtol=1e-10)
    assert np.allclose(np.triu(impact, 1), 0)


def test_coefficient_table(fit):
    rows = fit.table()
    assert len(rows) == 9
    first = rows[0]
    assert (first["equation"], first["regressor"]) == ("expenditures", "L1.expenditures")
    assert first["coefficient"] == pytest.approx(COEF2[0][0], rel=REL)
    assert first["z"] == pytest.approx(COEF2[0][0] / SE2_EXP[0], rel=1e-4)
    assert 0 <= first["p"] < 1e-4


def test_bootstrap_repeatable_and_brackets_the_estimate(fit):
    a = pvar.bootstrap_oirf(fit, 6, draws=20, seed=7)
    b = pvar.bootstrap_oirf(fit, 6, draws=20, seed=7)
    c = pvar.bootstrap_oirf(fit, 6, draws=20, seed=8)
    np.testing.assert_array_equal(a["lower"], b["lower"])
    np.testing.assert_array_equal(a["upper"], b["upper"])
    np.testing.assert_array_equal(a["units"], b["units"])
    assert not np.array_equal(a["units"], c["units"])
    assert a["lower"].shape == a["upper"].shape == (6, 3, 3)
    assert (a["lower"] <= a["upper"]).all()
    # the EXPECTED impact response lies inside the 95% band
    assert a["lower"][0, 0, 0] < 1.629811e-3 < a["upper"][0, 0, 0]
    # whole units are resampled: every draw holds as many units as the panel
    assert a["units"].shape == (20, 265)


@pytest.mark.parametrize("transform,steps,lags", [(0, 1, 1), (1, 0, 2)])
def test_bootstrap_draw_equals_refit_on_the_resampled_units(panel, dahlberg, transform,
                                                            steps, lags):
    """A bootstrap draw reweights units; refitting on the physically resampled table (units
    renamed, as panelvar's bootstrap_irf does) must give the same responses."""
    ids, years, values = dahlberg
    fit = pvar.fit_pvar(panel, lags=lags, transform=transform, steps=steps)
    boot = pvar.bootstrap_oirf(fit, 4, draws=1, seed=3)
    units = fit.panel.units[boot["units"][0]]
    pick = [np.flatnonzero(ids == u) for u in units]
    new_ids = np.concatenate([np.full(len(p), k) for k, p in enumerate(pick)])
    rows = np.concatenate(pick)
    again = pvar.fit_pvar(pvar.prepare_panel(new_ids, years[rows], values[rows], NAMES),
                          lags=lags, transform=transform, steps=steps)
    np.testing.assert_allclose(boot["draws"][0], pvar.oirf(again, 4), rtol=1e-8)


def test_log_option_equals_logged_input(dahlberg):
    ids, years, values = dahlberg
    a = pvar.fit_pvar(pvar.prepare_panel(ids, years, values, NAMES, log=True), steps=0)
    b = pvar.fit_pvar(pvar.prepare_panel(ids, years, np.log(values), NAMES), steps=0)
    np.testing.assert_allclose(a.coef, b.coef, rtol=1e-12)


def test_forward_orthogonal_deviations_by_hand():
    x = np.array([[1.0, 2.0, np.nan, 4.0, 8.0]])
    out = pvar.forward_orthogonal(x[:, :, None])[0, :, 0]
    # stored one period later; a gap is skipped in the future mean and in the scale
    expect = [np.nan, math.sqrt(3 / 4) * (1 - (2 + 4 + 8) / 3),
              math.sqrt(2 / 3) * (2 - (4 + 8) / 2), np.nan, math.sqrt(1 / 2) * (4 - 8)]
    np.testing.assert_allclose(out, expect, rtol=1e-14)
    d = pvar.first_difference(x[:, :, None])[0, :, 0]
    np.testing.assert_allclose(d, [np.nan, 1.0, np.nan, np.nan, 4.0])


# ---------------------------------------------------------------- bad input

def _raises(match, fn, *args, **kw):
    with pytest.raises(pvar.PanelVARError, match=match) as info:
        fn(*args, **kw)
    assert isinstance(info.value, ValueError)
    return str(info.value)


def test_duplicate_rows_are_named(dahlberg):
    ids, years, values = dahlberg
    msg = _raises("Duplicate", pvar.prepare_panel, np.r_[ids, ids[3]], np.r_[years, years[3]],
                  np.vstack([values, values[3]]), NAMES)
    assert "unit %d in %d" % (ids[3], years[3]) in msg


def test_too_few_periods_says_how_many(dahlberg):
    ids, years, values = dahlberg
    keep = years <= 1981
    short = pvar.prepare_panel(ids[keep], years[keep], values[keep], NAMES)
    msg = _raises("at least 4 periods", pvar.fit_pvar, short, lags=2)
    assert "has 3" in msg and "at most 1 lag" in msg
    _raises("MAX_LAGS = 3 needs at least 5", pvar.lag_selection, short, 3)


def test_constant_series_is_named(dahlberg):
    ids, years, values = dahlberg
    v = values.copy()
    v[:, 2] = 0.25
    _raises("grants is constant", pvar.prepare_panel, ids, years, v, NAMES)
    v = values.copy()
    v[:, 1] = ids * 0.001                   # varies between units only
    _raises("revenues is constant within every unit", pvar.prepare_panel, ids, years, v,
            NAMES)


def test_non_positive_values_under_log_are_named(dahlberg):
    ids, years, values = dahlberg
    v = values.copy()
    v[10, 1] = -0.5
    msg = _raises("zero or negative", pvar.prepare_panel, ids, years, v, NAMES, log=True)
    assert "unit %d in %d (revenues)" % (ids[10], years[10]) in msg


def test_bad_options(panel):
    _raises("MAX_INSTRUMENT_LAG", pvar.fit_pvar, panel, max_instrument_lag=1)
    _raises("MIN_INSTRUMENT_LAG must be at least 2", pvar.fit_pvar, panel,
            min_instrument_lag=1)
    _raises("TRANSFORM", pvar.fit_pvar, panel, transform=2)
    _raises("STEPS", pvar.fit_pvar, panel, steps="threestep")
    _raises("not identified", pvar.fit_pvar, panel, lags=3, min_instrument_lag=2,
            max_instrument_lag=2, collapse=True)


def test_infinite_values_are_named(dahlberg):
    ids, years, values = dahlberg
    v = values.copy()
    v[7, 0] = np.inf
    _raises("Infinite values at unit %d in %d \\(expenditures\\)" % (ids[7], years[7]),
            pvar.prepare_panel, ids, years, v, NAMES)


# ---------------------------------------------------------------- unbalanced panels

@pytest.fixture(scope="module")
def holed(dahlberg):
    """The first 90 municipalities with rows removed and a value blanked."""
    ids, years, values = dahlberg
    units = np.unique(ids)[:90]
    keep = np.isin(ids, units)
    drop = ((ids == units[1]) & (years == 1983)) | ((ids == units[4]) & (years <= 1980)) | \
           ((ids == units[6]) & (years == 1987)) | ((ids == units[9]) & (years >= 1984))
    keep &= ~drop
    v = values[keep].copy()
    v[np.flatnonzero((ids[keep] == units[12]) & (years[keep] == 1982)), 1] = np.nan
    return ids[keep], years[keep], v, units


def test_gaps_are_reported(holed):
    ids, years, values, units = holed
    p = pvar.prepare_panel(ids, years, values, NAMES)
    gaps = {g["unit"]: g["missing"] for g in p.gaps}
    assert gaps == {units[1]: [1983], units[4]: [1979, 1980], units[6]: [1987],
                    units[9]: [1984, 1985, 1986, 1987], units[12]: [1982]}


CASES = [  # lags, transform, lmin, lmax, collapse, exogenous grants, steps
    (1, "fod", 2, 99, False, False, "twostep"),
    (2, "fod", 2, 4, False, True, "twostep"),
    (1, "fd", 2, 99, True, False, "twostep"),
    (2, "fd", 3, 5, False, False, "onestep"),
    (2, "fod", 3, 6, True, True, "onestep"),
]


@pytest.mark.parametrize("lags,transform,lmin,lmax,collapse,exog,steps", CASES)
def test_unbalanced_against_panelvar_restatement(holed, lags, transform, lmin, lmax,
                                                 collapse, exog, steps):
    ids, years, values, _ = holed
    y, x = (values[:, :2], values[:, 2:]) if exog else (values, None)
    names = NAMES[:2] if exog else NAMES
    p = pvar.prepare_panel(ids, years, y, names, exog=x,
                           exog_names=["grants"] if exog else None)
    res = pvar.fit_pvar(p, lags, transform, lmin, lmax, collapse, steps)
    ref = _panelvar_oracle(ids, years, y, x, lags, transform, lmin, lmax, collapse)
    np.testing.assert_allclose(res.coef_onestep, ref["coef1"], rtol=1e-8, atol=1e-12)
    key = "2" if steps == "twostep" else "1"
    np.testing.assert_allclose(res.coef, ref["coef" + key], rtol=1e-7, atol=1e-11)
    np.testing.assert_allclose(res.se, ref["se" + key], rtol=1e-6)
    assert res.hansen["statistic"] == pytest.approx(ref["J" + key], rel=1e-6)
    assert res.hansen["df"] == ref["df"]
    np.testing.assert_allclose(res.sigma, ref["sigma" + key], rtol=1e-7)
    assert res.n_obs == ref["n_obs"] and res.n_mmsc == ref["n_complete"]


# ------------------------------------ a literal restatement of panelvar's pvargmm (oracle)

def _helmert(x):
    y = np.full(len(x), np.nan)
    for t in range(len(x) - 1):
        fut = x[t + 1:][~np.isnan(x[t + 1:])]
        if fut.size:
            y[t + 1] = math.sqrt(fut.size / (fut.size + 1)) * (x[t] - fut.mean())
    return y


def _transition(T, p, lmin, lmax, m, collapse):
    """panelvar's Endo_Lmin_Lmax_transition_matrix (without its spare zero column when
    lmin > 2 and p = 1, a case these tests avoid)."""
    width = lmax - lmin + (2 if lmin > 2 else 1)
    blocks = []
    for i in range(1, T - 1):
        blk = np.eye(i)
        if i > width:
            blk = blk[:, :width]
        if lmin > 2:
            blk = blk[:, lmin - 2:]
        blocks.append(blk)
    blocks = blocks[p - 1:]
    if collapse:
        w = blocks[-1].shape[1]
        r = np.vstack([np.hstack([b, np.zeros((b.shape[0], w - b.shape[1]))]) for b in blocks])
    else:
        r = scipy.linalg.block_diag(*blocks)
    return np.kron(r, np.eye(m))


def _inv(mat, tol=1e-9):
    if np.min(np.abs(np.linalg.eigvals(mat))) < tol:
        return np.linalg.pinv(mat, rcond=math.sqrt(np.finfo(float).eps))
    return np.linalg.inv(mat)


def _panelvar_oracle(ids, times, Y, X, p, transform, lmin, lmax, collapse):
    units, periods = sorted(set(ids.tolist())), sorted(set(times.tolist()))
    T, m = len(periods), Y.shape[1]
    k = 0 if X is None else X.shape[1]
    at = {(u, t): r for r, (u, t) in enumerate(zip(ids.tolist(), times.tolist()))}
    tf = _helmert if transform == "fod" else (lambda c: np.r_[np.nan, np.diff(c)])
    S = T - p - 1
    R = _transition(T, p, lmin, lmax, m, collapse)
    if transform == "fod":
        M1 = np.zeros((T, T))
        for d in range(1, T + 1):
            M1[d - 1, d - 1] = math.sqrt(T - d) / math.sqrt(T + 1 - d)
            M1[d - 1, d:] = -1 / math.sqrt((T + 1 - d) * (T - d)) if d < T else 0
        V = M1[p - 1:T - 1][:S]
    else:
        V = np.zeros((S, S + 1))
        V[np.arange(S), np.arange(S)], V[np.arange(S), np.arange(S) + 1] = -1, 1
    units_data, n_complete = [], 0
    for u in units:
        lev = np.array([Y[at[u, t]] if (u, t) in at else [np.nan] * m for t in periods])
        ex = np.array([X[at[u, t]] if (u, t) in at else [np.nan] * k for t in periods]) \
            if k else np.zeros((T, 0))
        lagc = []
        for l in range(1, p + 1):
            for j in range(m):
                c = np.r_[[np.nan] * l, lev[:-l, j]]
                c[np.isnan(lev[:, j])] = np.nan
                lagc.append(c)
        frame = np.column_stack([lev, ex] + lagc)
        tr = np.column_stack([tf(frame[:, c]) for c in range(frame.shape[1])])
        n_complete += int(np.isfinite(np.hstack([frame, tr])).all(axis=1).sum())
        dw, dwm = tr[p + 1:, :m], np.hstack([tr[p + 1:, m + k:], tr[p + 1:, m:m + k]])
        q, blocks = [], []
        for z in range(1, S + 1):
            new = [lev[j] for j in range(p - 1, -1, -1)] if z == 1 else [lev[p + z - 2]]
            q = [v for row in new for v in row] + q
            blocks.append(list(q))
        qe = np.zeros((sum(len(b) for b in blocks), S))
        off = 0
        for z, b in enumerate(blocks):
            qe[off:off + len(b), z] = b
            off += len(b)
        qe[np.isnan(qe)] = 0
        Q = np.vstack([(qe.T @ R).T, np.nan_to_num(tr[p + 1:, m:m + k].T)])
        bad = np.isnan(np.hstack([dw, dwm])).any(axis=1)
        Q[:, bad] = 0
        units_data.append((Q, np.nan_to_num(dw), np.nan_to_num(dwm), ~bad))
    I = np.eye(m)
    szx = sum(Q @ xm for Q, _, xm, _ in units_data)
    szy = sum(Q @ yw for Q, yw, _, _ in units_data)
    lam = sum(Q @ V @ V.T @ Q.T for Q, _, _, _ in units_data)
    li = np.kron(np.linalg.pinv(lam, rcond=math.sqrt(np.finfo(float).eps)), I) \
        if np.min(np.abs(np.linalg.eigvals(lam))) < 1e-9 else np.linalg.inv(np.kron(lam, I))
    xk = np.kron(szx, I)
    yv = szy.T.flatten(order="F")
    b = szx.shape[1]
    phi1 = np.linalg.pinv(xk.T @ li @ xk) @ xk.T @ li @ yv
    Phi1 = phi1.reshape((m, b), order="F")
    g1 = [np.kron(Q, I) @ (yw - xm @ Phi1.T).T.flatten(order="F")
          for Q, yw, xm, _ in units_data]
    de = sum(np.outer(g, g) for g in g1)
    bread = np.linalg.inv(xk.T @ li @ xk)
    v1 = bread @ xk.T @ li @ de @ li @ xk @ bread
    di = _inv(de)
    A = np.linalg.pinv(xk.T @ di @ xk)
    Phi2 = (A @ xk.T @ di @ yv).reshape((m, b), order="F")
    g2 = sum(np.kron(Q, I) @ (yw - xm @ Phi2.T).T.flatten(order="F")
             for Q, yw, xm, _ in units_data)
    derivs = []
    for j in range(m * b):
        d = np.zeros_like(de)
        for (Q, _, xm, _), g in zip(units_data, g1):
            a = np.kron(Q @ xm, I)[:, j]
            d -= np.outer(a, g) + np.outer(g, a)
        derivs.append(d)
    DW = np.column_stack([-A @ xk.T @ di @ d @ di @ g2 for d in derivs])
    v2 = A + DW @ A + A @ DW.T + DW @ v1 @ DW.T

    def sigma(Phi):
        e = np.vstack([(yw - xm @ Phi.T)[ok] for _, yw, xm, ok in units_data])
        return e.T @ e / (e.shape[0] - b)

    n_moments = szx.shape[0] * m
    return {"coef1": Phi1, "coef2": Phi2,
            "se1": np.sqrt(np.diag(v1)).reshape((m, b), order="F"),
            "se2": np.sqrt(np.diag(v2)).reshape((m, b), order="F"),
            "J1": float(sum(g1) @ li @ sum(g1)), "J2": float(g2 @ di @ g2),
            "df": n_moments - m * b, "sigma1": sigma(Phi1), "sigma2": sigma(Phi2),
            "n_obs": int(sum(ok.sum() for *_, ok in units_data)), "n_complete": n_complete}
