"""The panel VAR tool through processing.run and qgis_process, against R panelvar."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException

from conftest import REFERENCE
from helpers import read_csv, write_csv

DAHLBERG = str(REFERENCE / "panel" / "dahlberg.csv")
VARS = ["expenditures", "revenues", "grants"]


def dahlberg(tmp_path, **params):
    outputs = {k: str(tmp_path / (k.lower() + ".csv")) for k in (
        "OUTPUT_COEFFICIENTS", "OUTPUT_LAGS", "OUTPUT_GRANGER", "OUTPUT_IRF", "OUTPUT_FEVD")}
    return dict({"INPUT": DAHLBERG, "ID_FIELD": "id", "TIME_FIELD": "year",
                 "VARIABLES": VARS, "LAGS": 1, "MAX_LAGS": 2, "BOOTSTRAP": 20, "SEED": 3,
                 "OUTPUT_HTML": str(tmp_path / "pvar.html")}, **outputs, **params)


def test_panelvar_reproduces_panelvar_dahlberg(run, tmp_path):
    res = run("panelvar", dahlberg(tmp_path))
    coef = {(r["equation"], r["regressor"]): r for r in read_csv(res["OUTPUT_COEFFICIENTS"])}
    # tests/data/panel/EXPECTED.md: R panelvar 0.5.6, FOD, GMM lags 2..99, two-step
    expected = {"expenditures": [0.28461641, -0.04702070, -1.6746061],
                "revenues": [0.25834785, 0.05878479, -2.2366639],
                "grants": [0.01666129, -0.04049592, 0.3203947]}
    for eq, values in expected.items():
        got = [float(coef[(eq, "L1." + v)]["coefficient"]) for v in VARS]
        np.testing.assert_allclose(got, values, rtol=1e-6)
    se = [float(coef[("expenditures", "L1." + v)]["std_error"]) for v in VARS]
    np.testing.assert_allclose(se, [0.06643, 0.06372, 0.28176], atol=5e-6)
    assert res["HANSEN_J"] == pytest.approx(263.0076, abs=5e-5)
    assert res["HANSEN_P"] == pytest.approx(0.1804, abs=5e-5)
    assert res["MAX_MODULUS"] == pytest.approx(0.53707, abs=5e-6)
    lag1 = read_csv(res["OUTPUT_LAGS"])[0]
    assert float(lag1["bic"]) == pytest.approx(-1610.877, abs=5e-4)
    assert float(lag1["aic"]) == pytest.approx(-234.992, abs=5e-4)
    assert float(lag1["hqic"]) == pytest.approx(-792.370, abs=5e-4)
    irf = [r for r in read_csv(res["OUTPUT_IRF"])
           if r["response"] == "expenditures" and r["shock"] == "expenditures"]
    np.testing.assert_allclose([float(r["irf"]) for r in irf[:3]],
                               [1.629811e-3, 3.450912e-4, 1.090437e-4], rtol=5e-7)
    assert all(float(r["lower"]) <= float(r["irf"]) <= float(r["upper"]) for r in irf[:3])
    fevd = [r for r in read_csv(res["OUTPUT_FEVD"]) if r["variable"] == "revenues"][7]
    np.testing.assert_allclose([float(fevd[v]) for v in VARS], [0.53712, 0.25484, 0.20804],
                               atol=5e-6)
    rows = read_csv(res["OUTPUT_FEVD"])
    np.testing.assert_allclose([sum(float(r[v]) for v in VARS) for r in rows], 1.0, rtol=1e-12)
    granger = read_csv(res["OUTPUT_GRANGER"])
    assert {(g["equation"], g["excluded"]) for g in granger} >= {("revenues", "grants"),
                                                                  ("grants", "ALL")}
    page = (tmp_path / "pvar.html").read_text()
    assert "Orthogonalised impulse responses" in page and "variance decomposition" in page


def test_panelvar_bootstrap_is_repeatable(run, tmp_path):
    bands = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        res = run("panelvar", dahlberg(tmp_path / name, MAX_LAGS=1))
        bands.append([r["lower"] for r in read_csv(res["OUTPUT_IRF"])])
    assert bands[0] == bands[1]


def test_panelvar_bad_input(run, tmp_path):
    rows = [[u, y, 1.0 + 0.1 * y + u, 2.0 + (u * y) % 3] for u in range(4)
            for y in range(2000, 2004)]
    path = write_csv(tmp_path / "short.csv", ["id", "year", "a", "b"], rows)
    with pytest.raises(QgsProcessingException, match="needs"):
        run("panelvar", {"INPUT": path, "ID_FIELD": "id", "TIME_FIELD": "year",
                         "VARIABLES": ["a", "b"], "LAGS": 3,
                         "OUTPUT_COEFFICIENTS": str(tmp_path / "c.csv")})
    assert not (tmp_path / "c.csv").exists()
    neg = write_csv(tmp_path / "neg.csv", ["id", "year", "a", "b"],
                    [r[:2] + [r[2] - 201.5, r[3]] for r in rows])  # some a <= 0
    with pytest.raises(QgsProcessingException, match="(?i)log"):
        run("panelvar", {"INPUT": neg, "ID_FIELD": "id", "TIME_FIELD": "year",
                         "VARIABLES": ["a", "b"], "LOG": True,
                         "OUTPUT_COEFFICIENTS": str(tmp_path / "c.csv")})
    with pytest.raises(QgsProcessingException, match="at least two VARIABLES"):
        run("panelvar", {"INPUT": neg, "ID_FIELD": "id", "TIME_FIELD": "year",
                         "VARIABLES": ["a"], "OUTPUT_COEFFICIENTS": str(tmp_path / "c.csv")})
