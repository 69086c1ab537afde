"""Kernel density and panel unit-root tools through processing.run, against R."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException
from scipy.integrate import trapezoid

from conftest import REFERENCE, SAMPLE
from helpers import read_csv, write_csv

PRODUC = str(SAMPLE / "produc.csv")
GRUNFELD = REFERENCE / "panel" / "grunfeld.csv"


def test_kernel_density_matches_r(run, tmp_path):
    rows = [r for r in read_csv(PRODUC) if r["year"] == "1975"]
    path = write_csv(tmp_path / "u75.csv", ["state", "year", "unemp"],
                     [[r["state"], r["year"], r["unemp"]] for r in rows])
    res = run("kerneldensity", {"INPUT": path, "VALUE_FIELD": "unemp", "TIME_FIELD": "year",
                                "OUTPUT": str(tmp_path / "c.csv"),
                                "OUTPUT_PEAKS": str(tmp_path / "p.csv"),
                                "OUTPUT_HTML": str(tmp_path / "kd.html")})
    peaks = read_csv(res["OUTPUT_PEAKS"])[0]
    # R 4.2: x <- Produc$unemp[Produc$year == 1975]; bw.nrd0(x) (sd < IQR/1.349 here)
    assert float(peaks["bandwidth"]) == pytest.approx(0.926865172518, rel=1e-10)
    curve = read_csv(res["OUTPUT"])
    x = np.array([float(c["x"]) for c in curve])
    f = np.array([float(c["density"]) for c in curve])
    # density(x, bw = bw.nrd0(x), n = 512, cut = 3): the same grid
    assert x.size == 512
    assert x[0] == pytest.approx(0.8194044824, abs=1e-9)
    assert x[-1] == pytest.approx(15.7805955176, abs=1e-9)
    # R's curve is binned and FFT-smoothed; its maximum 0.1693845852 at x = 9.0173173784
    assert float(peaks["peak_density"]) == pytest.approx(0.1693845852, rel=2e-3)
    assert float(peaks["peak_x"]) == pytest.approx(9.0173173784, abs=x[1] - x[0])
    # and the exact kernel sum at a grid point, by the textbook formula
    data = np.array([float(r["unemp"]) for r in rows])
    h = 0.926865172518
    k = 200
    direct = np.exp(-0.5 * ((x[k] - data) / h) ** 2).sum() / (data.size * h * np.sqrt(2 * np.pi))
    assert f[k] == pytest.approx(direct, rel=1e-9)
    # np.trapz is gone from numpy 2.4 and np.trapezoid absent before 2.0; scipy has both eras
    assert trapezoid(f, x) == pytest.approx(1.0, abs=1e-4)
    page = (tmp_path / "kd.html").read_text()
    assert "plotly" in page and "Density surface" in page


def test_kernel_density_groups_and_scott(run, tmp_path):
    res = run("kerneldensity", {"INPUT": PRODUC, "VALUE_FIELD": "unemp", "TIME_FIELD": "year",
                                "GROUP_FIELD": "region", "BANDWIDTH": 1,
                                "OUTPUT": "TEMPORARY_OUTPUT",
                                "OUTPUT_PEAKS": str(tmp_path / "p.csv")})
    peaks = read_csv(res["OUTPUT_PEAKS"])
    assert len(peaks) == 9 * 17  # 9 census regions x 17 years
    assert sum(int(p["n"]) for p in peaks) == 816
    # a bimodal sample has two peaks
    bi = write_csv(tmp_path / "bi.csv", ["v", "t"],
                   [[v, 1] for v in np.r_[np.linspace(0, 1, 40), np.linspace(4, 5, 40)]])
    res = run("kerneldensity", {"INPUT": bi, "VALUE_FIELD": "v", "TIME_FIELD": "t",
                                "OUTPUT": "TEMPORARY_OUTPUT",
                                "OUTPUT_PEAKS": str(tmp_path / "b.csv")})
    assert read_csv(res["OUTPUT_PEAKS"])[0]["n_peaks"] == "2"


def grunfeld_results(run, tmp_path, **params):
    res = run("panelunitroot", dict({
        "INPUT": str(GRUNFELD), "ID_FIELD": "firm", "TIME_FIELD": "year",
        "VARIABLES": ["inv"], "DETERMINISTIC": 1, "LAGS": 1,
        "OUTPUT": str(tmp_path / "ur.csv"), "OUTPUT_HTML": str(tmp_path / "ur.html")},
        **params))
    return {(r["series"], r["test"]): r for r in read_csv(res["OUTPUT"])}


def test_panel_unit_root_reproduces_plm(run, tmp_path):
    out = grunfeld_results(run, tmp_path)
    stat = {test: float(r["statistic"]) for (series, test), r in out.items()
            if series == "level"}
    # tests/data/panel/EXPECTED.md (R plm 2.6-2, purtest on Grunfeld inv, lags 1)
    assert stat["Im-Pesaran-Shin W_tbar"] == pytest.approx(2.326587, abs=5e-6)
    assert stat["Levin-Lin-Chu t*"] == pytest.approx(2.01540, abs=5e-5)
    assert stat["Hadri LM z (heteroskedasticity-consistent)"] == pytest.approx(24.2566, abs=5e-4)
    assert stat["Fisher-ADF Maddala-Wu P (chi2, df 20)"] == pytest.approx(17.2028, abs=5e-4)
    assert stat["Fisher-ADF Choi inverse normal Z"] == pytest.approx(2.40365, abs=5e-5)
    assert stat["Fisher-ADF Choi logit L* (t, df 54)"] == pytest.approx(3.45408, abs=5e-5)
    assert stat["Fisher-ADF Choi modified Pm"] == pytest.approx(-0.44228, abs=5e-5)
    assert any(series == "first difference" for series, _ in out)
    assert "Series of inv" in (tmp_path / "ur.html").read_text()


def test_panel_unit_root_bad_input(run, tmp_path):
    dup = write_csv(tmp_path / "dup.csv", ["id", "t", "x"],
                    [[1, 1, 0.5], [1, 2, 0.7], [1, 2, 0.9], [2, 1, 0.1], [2, 2, 0.3]])
    with pytest.raises(QgsProcessingException, match=r"(?i)duplicate|more than one"):
        run("panelunitroot", {"INPUT": dup, "ID_FIELD": "id", "TIME_FIELD": "t",
                              "VARIABLES": ["x"], "OUTPUT": str(tmp_path / "o.csv")})
    assert not (tmp_path / "o.csv").exists()
    const = write_csv(tmp_path / "c.csv", ["id", "t", "x"],
                      [[u, t, 1.0 if u == "a" else t * 0.5 + (t % 3)] for u in "abc"
                       for t in range(12)])
    with pytest.raises(QgsProcessingException, match="Unit a: x is constant"):
        run("panelunitroot", {"INPUT": const, "ID_FIELD": "id", "TIME_FIELD": "t",
                              "VARIABLES": ["x"], "OUTPUT": str(tmp_path / "o.csv")})
    short = write_csv(tmp_path / "s.csv", ["id", "t", "x"],
                      [[u, t, (t * 7 + ord(u)) % 5] for u in "ab" for t in range(5)])
    with pytest.raises(QgsProcessingException, match="needs at least"):
        run("panelunitroot", {"INPUT": short, "ID_FIELD": "id", "TIME_FIELD": "t",
                              "VARIABLES": ["x"], "LAGS": 3, "TESTS": [0],
                              "OUTPUT": str(tmp_path / "o.csv")})
