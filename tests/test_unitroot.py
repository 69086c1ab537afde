"""Panel unit-root tests against R plm 2.6-2 (purtest) and by hand.

Figures marked EXPECTED are those of tests/data/panel/EXPECTED.md, asserted to a
relative 1e-5 of the printed value (and p-values to half a unit of their last printed
digit). Figures marked "plm" were produced for these tests by Debian's r-cran-plm 2.6-2
(with r-cran-urca 1.3-3, so p-values by MacKinnon 1996) from the same CSV, with the purtest
call quoted; they are asserted to a relative 1e-6. No figure here comes from the code under
test.
"""
import csv
import math
import pathlib

import numpy as np
import pytest

from conftest import REFERENCE
from ecosecurity.algorithms.dynamics import unitroot as UR
from ecosecurity.algorithms.dynamics import unitroot_series as US

PANEL = REFERENCE / "panel"
EXPECTED_REL = 1e-5
PLM_REL = 1e-6


@pytest.fixture(scope="module")
def grunfeld():
    with open(PANEL / "grunfeld.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    cols = {k: np.array([float(r[k]) for r in rows]) for k in rows[0]}
    cols["firm"] = cols["firm"].astype(int)
    cols["year"] = cols["year"].astype(int)
    return cols


@pytest.fixture(scope="module")
def inv(grunfeld):
    return UR.prepare_panel(grunfeld["firm"], grunfeld["year"], grunfeld["inv"], "inv")


@pytest.fixture(scope="module")
def inv_1943(grunfeld):
    m = grunfeld["year"] >= 1943
    return UR.prepare_panel(grunfeld["firm"][m], grunfeld["year"][m], grunfeld["inv"][m],
                            "inv")


def expected(value):
    return pytest.approx(value, rel=EXPECTED_REL)


def plm(value):
    return pytest.approx(value, rel=PLM_REL)


# ---- EXPECTED.md: inv, individual intercepts -------------------------------------------

def test_ips_lags1(inv):
    r = UR.ips_test(inv, "intercept", lags=1)
    assert r.statistic == expected(2.326587)
    assert r.pvalue == pytest.approx(0.990, abs=5e-4)
    assert r.verdict.startswith("do not reject unit root")
    assert r.details["lags"] == [1] * 10 and r.details["obs"] == [18] * 10
    # Table 3, p = 1, halfway between T = 15 and 20 at T - p - 1 = 18: by hand
    assert r.details["E_t"][0] == pytest.approx(-1.503 + 3 / 5 * (-1.516 + 1.503))
    assert r.details["Var_t"][0] == pytest.approx(1.011 + 3 / 5 * (0.915 - 1.011))


def test_fisher_adf_lags1(inv):
    f = UR.fisher_test(inv, "intercept", lags=1)
    assert f["P"].statistic == expected(17.2028)
    assert f["P"].pvalue == pytest.approx(0.640, abs=5e-4)
    assert f["Pm"].statistic == expected(-0.44228)
    assert f["Z"].statistic == expected(2.40365)
    assert f["L*"].statistic == expected(3.45408)
    # plm: purtest(inv ~ 1, test = "madwu", lags = 1), summary p.trho of firms 1, 2, 6
    p = f["P"].details["pvalues"]
    assert [p[0], p[1], p[5]] == [plm(0.999307310557), plm(0.0542105068834),
                                  plm(0.999988719716)]
    assert f["P"].details["t"][1] == plm(-2.8290431092026)


def test_llc_and_hadri_lags1(inv):
    r = UR.llc_test(inv, "intercept", lags=1)
    assert r.statistic == expected(2.01540)
    assert r.pvalue == plm(0.978068730305)
    assert any("outside the table" in w for w in r.warnings)   # T = 20 < 25, as plm warns
    h = UR.hadri_test(inv, "intercept")
    assert h.statistic == expected(24.2566)
    assert h.verdict.startswith("reject stationarity")
    # plm: purtest(inv ~ 1, test = "hadri", Hcons = FALSE)
    assert UR.hadri_test(inv, heteroskedastic=False).statistic == plm(23.6285297421)


def test_years_1943_1954_lags0(inv_1943):
    assert inv_1943.lengths.tolist() == [12] * 10
    assert UR.ips_test(inv_1943, "intercept", 0).statistic == expected(1.8817)
    f = UR.fisher_test(inv_1943, "intercept", 0)
    assert f["P"].statistic == expected(12.9380)
    assert f["Z"].statistic == expected(2.2252)


# ---- further plm figures -----------------------------------------------------------------

@pytest.mark.parametrize("var, test, exo, lags, pmax, stat, chosen", [
    # purtest(<var> ~ trend, test = "ips", lags = 2)
    ("inv", "ips", "trend", 2, None, -1.65558148448, None),
    # purtest(<var> ~ trend, test = "levinlin", lags = 2)
    ("value", "llc", "trend", 2, None, 2.39108056589, None),
    # purtest(<var> ~ 0, test = "levinlin", lags = 1) and lags = 0
    ("inv", "llc", "none", 1, None, 2.75579114343, None),
    ("capital", "llc", "none", 0, None, 15.704433135, None),
    # purtest(<var> ~ 1, test = "ips", lags = "AIC" / "SIC" / "Hall", pmax = 4)
    ("inv", "ips", "intercept", "AIC", 4, 3.07682014325, [0, 1, 4, 0, 1, 0, 0, 3, 0, 2]),
    ("inv", "ips", "intercept", "SIC", 4, 2.5801440864, [0, 1, 3, 0, 1, 0, 0, 1, 0, 0]),
    ("value", "ips", "intercept", "Hall", 4, -0.781297145839,
     [4, 0, 0, 0, 4, 2, 3, 0, 0, 1]),
    # purtest(<var> ~ trend, test = "levinlin", lags = "AIC", pmax = 3)
    ("inv", "llc", "trend", "AIC", 3, -2.45776607395, [0, 1, 2, 0, 0, 0, 0, 2, 0, 1]),
    # purtest(value ~ trend, test = "ips", lags = "SIC", pmax = 3)
    ("value", "ips", "trend", "SIC", 3, -2.51027567031, None),
    # purtest(<var> ~ 0 / ~ trend, test = "madwu", lags = 1)
    ("value", "madwu", "none", 1, None, 7.70435265397, None),
    ("inv", "madwu", "trend", 1, None, 78.8661574651, None),
    # purtest(<var> ~ trend, test = "hadri")
    ("capital", "hadri", "trend", None, None, 18.424984149, None),
])
def test_against_plm(grunfeld, var, test, exo, lags, pmax, stat, chosen):
    panel = UR.prepare_panel(grunfeld["firm"], grunfeld["year"], grunfeld[var], var)
    if test == "ips":
        r = UR.ips_test(panel, exo, lags, pmax)
    elif test == "llc":
        r = UR.llc_test(panel, exo, lags, pmax)
    elif test == "madwu":
        r = UR.fisher_test(panel, exo, lags, pmax)["P"]
    else:
        r = UR.hadri_test(panel, exo)
    assert r.statistic == plm(stat)
    if chosen is not None:
        assert r.details["lags"] == chosen


def test_dfcor_and_mackinnon1994(inv):
    # purtest(inv ~ 1, test = "ips", lags = 1, dfcor = TRUE)
    assert UR.ips_test(inv, "intercept", 1, dfcor=True).statistic == plm(2.55019041018)
    # purtest(inv ~ 1, test = "hadri", dfcor = TRUE, Hcons = FALSE)
    assert UR.hadri_test(inv, heteroskedastic=False, dfcor=True).statistic == plm(
        22.2703265597)
    # purtest(inv ~ 1, test = "logit", lags = 1, p.approx = "MacKinnon1994")
    f = UR.fisher_test(inv, "intercept", 1, pvalue_method="MacKinnon1994")
    assert f["L*"].statistic == plm(2.41866265175)


@pytest.mark.parametrize("exo, values", [
    # urca::punitroot(c(-6, -3.5, -2, -1, 0.5, 2.5), N = Inf, trend = "nc" / "c" / "ct")
    ("none", [4.63460023674e-09, 4.58172271411e-04, 4.36028066391e-02, 2.85249603632e-01,
              8.23466522967e-01, 9.97313019862e-01]),
    ("intercept", [1.19800773753e-07, 8.01489797329e-03, 2.87056393107e-01,
                   7.55517690969e-01, 9.86790911404e-01, 9.99987939700e-01]),
    ("trend", [1.16020837777e-06, 3.93044543606e-02, 6.00770936867e-01, 9.42510663828e-01,
               9.99330807364e-01, 9.99999966634e-01]),
])
def test_mackinnon1996_pvalues(exo, values):
    tau = [-6.0, -3.5, -2.0, -1.0, 0.5, 2.5]
    np.testing.assert_allclose(US.mackinnon1996_pvalue(tau, exo), values, rtol=1e-6)


def test_mackinnon1994_by_hand():
    # intercept, tau = -2 <= -1.61: Phi(2.1659 - 2 * 1.4412 + 4 * 0.038269)
    z = 2.1659 - 2 * 1.4412 + 4 * 0.038269
    phi = 0.5 * (1 + math.erf(z / math.sqrt(2)))
    assert US.mackinnon1994_pvalue(-2.0, "intercept") == pytest.approx(phi, rel=1e-12)
    # no constant, tau = 0 > -1.04: Phi(0.4797)
    phi = 0.5 * (1 + math.erf(0.4797 / math.sqrt(2)))
    assert US.mackinnon1994_pvalue(0.0, "none") == pytest.approx(phi, rel=1e-12)


# ---- Harris-Tzavalis -----------------------------------------------------------------------

def test_ht_constants_by_hand():
    # T = 19 regression periods (20 years)
    B, C = UR.ht_moments(19, "intercept")
    assert B == pytest.approx(-0.15) and C == pytest.approx(3 * 5774 / (5 * 18 * 8000))
    B, C = UR.ht_moments(19, "trend")
    assert B == pytest.approx(-15 / 42) and C == pytest.approx(854820 / 17632944)
    B, C = UR.ht_moments(19, "none")
    assert B == 0 and C == pytest.approx(2 / 342)


def test_ht_statistic_by_hand():
    y = np.array([[1.0, 2.0, 2.5, 4.0, 3.0], [5.0, 4.0, 4.5, 6.0, 7.5], [0.0, 1.0, 0.0, 2.0, 1.0]])
    ids = np.repeat([1, 2, 3], 5)
    years = np.tile(np.arange(2001, 2006), 3)
    panel = UR.prepare_panel(ids, years, y.ravel(), "y")
    # LSDV by hand: y_t on y_{t-1} and three unit dummies
    X = np.column_stack([y[:, :-1].ravel(), np.kron(np.eye(3), np.ones((4, 1)))])
    rho = np.linalg.lstsq(X, y[:, 1:].ravel(), rcond=None)[0][0]
    T = 4
    B, C = -3 / (T + 1), 3 * (17 * T ** 2 - 20 * T + 17) / (5 * (T - 1) * (T + 1) ** 3)
    r = UR.ht_test(panel, "intercept")
    assert r.details["rho"] == pytest.approx(rho, rel=1e-12)
    assert r.statistic == pytest.approx(np.sqrt(3) * (rho - 1 - B) / np.sqrt(C), rel=1e-12)
    assert 0 < r.pvalue < 1
    # no constant: rho = sum y_t y_{t-1} / sum y_{t-1}^2
    rho0 = np.sum(y[:, 1:] * y[:, :-1]) / np.sum(y[:, :-1] ** 2)
    r0 = UR.ht_test(panel, "none")
    assert r0.statistic == pytest.approx(np.sqrt(3) * (rho0 - 1) / np.sqrt(2 / 12), rel=1e-12)


# ---- Phillips-Perron ---------------------------------------------------------------------

def test_pp_without_kernel_lags_is_the_df_t(inv):
    y = inv.series[0]
    # OLS with intercept, s^2 = RSS / (n - 2): the Dickey-Fuller t of rho - 1
    X = np.column_stack([y[:-1], np.ones(y.size - 1)])
    b, rss = np.linalg.lstsq(X, y[1:], rcond=None)[:2]
    se = np.sqrt(rss[0] / (y.size - 3) * np.linalg.inv(X.T @ X)[0, 0])
    assert US.phillips_perron(y, "intercept", nw_lags=0)["t"] == pytest.approx(
        (b[0] - 1) / se, rel=1e-10)
    assert US.newey_west_lags(19) == 2     # int(4 (0.19)^(2/9)) = int(2.77)
    f = UR.fisher_test(inv, "intercept", kind="PP")
    assert set(f) == {"P", "Z", "L*", "Pm"}
    assert f["P"].details["nw_lags"] == [2] * 10
    assert all(0 < r.pvalue < 1 for r in f.values())


# ---- input checks, gaps, differences -------------------------------------------------------

def test_duplicate_rows_are_named(grunfeld):
    ids = np.append(grunfeld["firm"], 4)
    years = np.append(grunfeld["year"], 1940)
    values = np.append(grunfeld["inv"], 1.0)
    with pytest.raises(UR.UnitRootError, match=r"unit 4 at 1940.*one row per unit and period"):
        UR.prepare_panel(ids, years, values, "inv")
    with pytest.raises(ValueError, match="unit 4 at 1940"):
        UR.difference_within_units(ids, years, values)


def test_constant_series_is_named(grunfeld):
    v = grunfeld["inv"].copy()
    v[grunfeld["firm"] == 7] = 12.5
    with pytest.raises(UR.UnitRootError, match=r"Unit 7: inv is constant \(12.5\) over 1935-1954"):
        UR.prepare_panel(grunfeld["firm"], grunfeld["year"], v, "inv")


def test_too_few_periods_says_how_many(grunfeld):
    m = (grunfeld["firm"] != 3) | (grunfeld["year"] >= 1948)     # firm 3: 7 years
    panel = UR.prepare_panel(grunfeld["firm"][m], grunfeld["year"][m], grunfeld["inv"][m],
                             "inv")
    # 2 lags + intercept: 2 * 2 + 1 + 3 = 8 periods
    with pytest.raises(UR.UnitRootError,
                       match=r"Unit 3 has 7 consecutive periods of inv \(1948-1954\).*"
                             r"2 lag\(s\) and an intercept needs at least 8"):
        UR.ips_test(panel, "intercept", 2)
    # selection up to pmax = 5 lags: 2 * 5 + 1 + 3 = 14 periods
    with pytest.raises(UR.UnitRootError,
                       match=r"pmax = 5 lags and an intercept needs at least 14"):
        UR.fisher_test(panel, "intercept", "AIC", pmax=5)
    assert UR.ips_test(panel, "intercept", 1).details["periods"][2] == 7


def test_unbalanced_spans_and_balanced_only_tests(grunfeld):
    g = grunfeld
    m = ~(((g["firm"] == 2) & (g["year"] < 1938)) | ((g["firm"] == 5) & (g["year"] > 1949)))
    panel = UR.prepare_panel(g["firm"][m], g["year"][m], g["inv"][m], "inv")
    assert not panel.balanced and panel.gaps == {}
    # plm: purtest(inv ~ 1, test = "ips" / "madwu", lags = 1) on the same rows
    assert UR.ips_test(panel, "intercept", 1).statistic == plm(1.73207511833)
    assert UR.fisher_test(panel, "intercept", 1)["P"].statistic == plm(23.7597875253)
    # plm: purtest(inv ~ 1, test = "Pm", lags = "AIC", pmax = 3)
    assert UR.fisher_test(panel, "intercept", "AIC", 3)["Pm"].statistic == plm(
        -0.772082405146)
    for fn in (UR.llc_test, UR.hadri_test, UR.ht_test):
        with pytest.raises(UR.UnitRootError, match=r"balanced panel.*units 2, 5"):
            fn(panel)


def test_gap_uses_longest_consecutive_span(grunfeld):
    g = grunfeld
    m = ~((g["firm"] == 3) & (g["year"] == 1940))
    panel = UR.prepare_panel(g["firm"][m], g["year"][m], g["inv"][m], "inv")
    assert panel.gaps == {3: [1940]} and panel.dropped == {3: 5}
    assert panel.describe_span(2) == "1941-1954"
    # plm on firm 3 restricted to 1941-1954: purtest(inv ~ 1, test = "ips" / "madwu", lags = 1)
    r = UR.ips_test(panel, "intercept", 1)
    assert r.statistic == plm(2.13237840506)
    assert r.details["gaps"] == {3: [1940]}
    assert UR.fisher_test(panel, "intercept", 1)["P"].statistic == plm(18.6694773992)
    # a missing (nan) value is a gap too
    v = g["inv"].copy()
    v[(g["firm"] == 3) & (g["year"] == 1940)] = np.nan
    assert UR.prepare_panel(g["firm"], g["year"], v, "inv").gaps == {3: [1940]}


def test_difference_within_units_by_hand_and_against_plm(grunfeld):
    ids = np.array(["b", "a", "a", "a", "b", "a", "b"] + ["c"] * 5)
    years = np.array([2001, 2000, 2001, 2003, 2000, 2004, 2003] + list(range(2000, 2005)))
    vals = np.array([5.0, 1.0, 3.0, 4.0, 2.0, 10.0, 7.0, 0.0, 1.0, 0.0, 1.0, 0.0])
    i, t, d = UR.difference_within_units(ids, years, vals)
    # a: 2000->2001 = 2, 2003->2004 = 6 (2001->2003 skips 2002, which c has);
    # b: 2000->2001 = 3; c: 1, -1, 1, -1
    assert list(i) == ["a", "a", "b", "c", "c", "c", "c"]
    assert list(t) == [2001, 2004, 2001, 2001, 2002, 2003, 2004]
    np.testing.assert_allclose(d, [2.0, 6.0, 3.0, 1.0, -1.0, 1.0, -1.0])
    # without c no table row has 2002, so 2001 and 2003 are consecutive periods
    i, t, d = UR.difference_within_units(ids[:7], years[:7], vals[:7])
    assert list(t) == [2001, 2003, 2004, 2001, 2003]
    i, t, d = UR.difference_within_units(grunfeld["firm"], grunfeld["year"], grunfeld["inv"])
    panel = UR.prepare_panel(i, t, d, "d.inv")
    assert panel.lengths.tolist() == [19] * 10
    # plm on the within-firm differences: purtest(dinv ~ 1, test = ..., lags = 0)
    assert UR.ips_test(panel, "intercept", 0).statistic == plm(-9.34973994078)
    assert UR.llc_test(panel, "intercept", 0).statistic == plm(-10.0078235168)
    r = UR.fisher_test(panel, "intercept", 0)["Z"]
    assert r.statistic == plm(-10.3613342965)
    assert r.verdict.startswith("reject unit root (all units) at 5%")


def test_other_bad_input(inv):
    with pytest.raises(UR.UnitRootError, match="intercept or an intercept and trend"):
        UR.ips_test(inv, "none", 1)
    with pytest.raises(UR.UnitRootError, match="Deterministic terms must be one of"):
        UR.ips_test(inv, "drift", 1)
    with pytest.raises(UR.UnitRootError, match="one per unit"):
        UR.ips_test(inv, "intercept", [1, 2])
    with pytest.raises(UR.UnitRootError, match="AIC, SIC"):
        UR.ips_test(inv, "intercept", "MAIC", 2)
    with pytest.raises(UR.UnitRootError, match="at least 2 units"):
        UR.prepare_panel([1, 1, 1], [1, 2, 3], [1.0, 2.0, 4.0], "x")
    with pytest.raises(UR.UnitRootError, match="equal length"):
        UR.prepare_panel([1, 1], [1, 2, 3], [1.0, 2.0, 4.0], "x")


def test_pure_module_never_imports_qgis():
    folder = pathlib.Path(UR.__file__).parent
    for path in folder.glob("unitroot*.py"):
        text = path.read_text()
        assert "import qgis" not in text and "from qgis" not in text, path.name
