"""Forecast tool: baselines against exact series, the LSTM seeded and optional."""
import sys

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from helpers import read_csv, write_csv


def panel_csv(tmp_path, fn, years=range(2000, 2012), units="abcd", name="p.csv"):
    return write_csv(tmp_path / name, ["region", "year", "D"],
                     [[u, y, fn(k, y)] for k, u in enumerate(units) for y in years])


def run_forecast(run, path, tmp_path, **params):
    res = run("forecast", dict({"INPUT": path, "ID_FIELD": "region", "TIME_FIELD": "year",
                                "VALUE_FIELD": "D", "TEST_YEARS": 3, "TARGET_TIME": 2015,
                                "MODELS": [0, 1, 2], "OUTPUT": str(tmp_path / "f.csv"),
                                "OUTPUT_SCORES": str(tmp_path / "s.csv"),
                                "OUTPUT_HTML": str(tmp_path / "f.html")}, **params))
    scores = {r["model"]: r for r in read_csv(res["OUTPUT_SCORES"])}
    return read_csv(res["OUTPUT"]), scores


def test_linear_trend_is_exact_on_lines(run, tmp_path):
    path = panel_csv(tmp_path, lambda k, y: 0.2 + 0.05 * k + 0.02 * (y - 2000))
    rows, scores = run_forecast(run, path, tmp_path)
    assert float(scores["Linear trend per unit"]["rmse"]) == pytest.approx(0, abs=1e-12)
    assert float(scores["Linear trend per unit"]["r2"]) == pytest.approx(1.0)
    # last value misses by one step of the line per held-out year: 0.02, 0.04, 0.06
    assert float(scores["Last value"]["mae"]) == pytest.approx(0.04, abs=1e-12)
    d15 = [r for r in rows if r["model"] == "Linear trend per unit" and r["region"] == "b"
           and r["time"] == "2015"][0]
    assert float(d15["value"]) == pytest.approx(0.2 + 0.05 + 0.02 * 15)  # 0.55
    assert d15["D_GRADE"] == "Primary coordination" and d15["kind"] == "forecast"


def test_pooled_ar1_recovers_the_process(run, tmp_path):
    # y_t = 0.3 + 0.6 y_(t-1) from different starts: phi and c are exact
    def fn(k, y):
        v = 0.1 + 0.2 * k
        for _ in range(y - 2000):
            v = 0.3 + 0.6 * v
        return v
    path = panel_csv(tmp_path, fn)
    rows, scores = run_forecast(run, path, tmp_path)
    assert float(scores["Pooled AR(1)"]["rmse"]) == pytest.approx(0, abs=1e-12)
    ahead = [float(r["value"]) for r in rows if r["model"] == "Pooled AR(1)"
             and r["region"] == "a" and r["kind"] == "forecast"]
    assert ahead == pytest.approx([fn(0, y) for y in range(2012, 2016)], abs=1e-12)


def test_lstm_is_seeded_and_scored(run, tmp_path):
    # `make install` adds a CPU build of PyTorch where one exists for this Python, and never
    # PyPI's Linux torch (a CUDA build of several GB)
    pytest.importorskip("torch", reason="no CPU build of PyTorch (Makefile TORCH) was found "
                        "for Python %d.%d, so the LSTM cannot run here" % sys.version_info[:2])
    rng = np.random.default_rng(0)
    base = rng.random(6)
    path = panel_csv(tmp_path, lambda k, y: base[k] * 0.5 + 0.03 * (y - 2000) ** 0.8,
                     units="abcdef")
    params = dict(MODELS=[3], EPOCHS=60, WINDOW=3, SEED=7)
    first, scores = run_forecast(run, path, tmp_path, **params)
    second, _ = run_forecast(run, path, tmp_path, **params)
    assert [r["value"] for r in first] == [r["value"] for r in second]
    assert list(scores) == ["LSTM (PyTorch)"] and int(scores["LSTM (PyTorch)"]["n"]) == 18
    assert np.isfinite(float(scores["LSTM (PyTorch)"]["rmse"]))


def test_without_pytorch_the_others_run(run, tmp_path, monkeypatch):
    from ecosecurity.algorithms.dynamics import forecast_lstm
    monkeypatch.setattr(forecast_lstm, "available", lambda: False)

    class Log(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    log = Log()
    path = panel_csv(tmp_path, lambda k, y: 0.3 + 0.01 * k * (y - 2000))
    res = run("forecast", {"INPUT": path, "ID_FIELD": "region", "TIME_FIELD": "year",
                           "VALUE_FIELD": "D", "TARGET_TIME": 2013,
                           "OUTPUT": "TEMPORARY_OUTPUT",
                           "OUTPUT_SCORES": str(tmp_path / "s.csv")}, log)
    assert [r["model"] for r in read_csv(res["OUTPUT_SCORES"])] == [
        "Last value", "Linear trend per unit", "Pooled AR(1)"]
    assert any("needs PyTorch" in w and "pip install" in w for w in log.warnings)


def test_forecast_bad_input(run, tmp_path):
    short = panel_csv(tmp_path, lambda k, y: 0.5, years=range(2000, 2005), name="short.csv")
    with pytest.raises(QgsProcessingException,
                       match=r"has 5 periods \(2000-2004\); holding out 3 leaves 2 .*at most 2"):
        run_forecast(run, short, tmp_path, TEST_YEARS=3)
    path = panel_csv(tmp_path, lambda k, y: 0.5 + 0.01 * k)
    with pytest.raises(QgsProcessingException, match="TARGET_TIME 2005 is not after"):
        run_forecast(run, path, tmp_path, TARGET_TIME=2005)
    dup = write_csv(tmp_path / "d.csv", ["region", "year", "D"],
                    [["a", 2000, 0.1], ["a", 2000, 0.2]] +
                    [["a", y, 0.3] for y in range(2001, 2010)])
    with pytest.raises(QgsProcessingException, match="more than one row .* a at 2000"):
        run_forecast(run, dup, tmp_path)
    assert not (tmp_path / "f.csv").exists()


def test_forecast_report_shows_every_value_and_shares_plotly(run, tmp_path):
    """The page draws every observed value, each model's held-out predictions and its
    forecasts, with the held-out band under the lines; it loads plotly.js from its folder,
    where a second report reuses the same copy."""
    from ecosecurity.algorithms.dynamics import plots
    path = panel_csv(tmp_path, lambda k, y: 0.2 + 0.05 * k + 0.02 * (y - 2000))
    run_forecast(run, path, tmp_path)
    page = (tmp_path / "f.html").read_text()
    js = tmp_path / plots.PLOTLY_JS
    assert "<script src='plotly.js'" in page and js.stat().st_size > 1_000_000
    assert len(page) < 200_000  # plotly itself is not embedded
    assert page.count("Plotly.newPlot") == 1 + 4  # the mean and the 4 units
    before = js.stat().st_mtime_ns
    run("forecast", {"INPUT": path, "ID_FIELD": "region", "TIME_FIELD": "year",
                     "VALUE_FIELD": "D", "TEST_YEARS": 2, "TARGET_TIME": 2013, "MODELS": [0],
                     "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SCORES": "TEMPORARY_OUTPUT",
                     "OUTPUT_HTML": str(tmp_path / "g.html")})
    assert js.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.glob("*.js")) == [plots.PLOTLY_JS]


def test_forecast_figure_traces():
    from ecosecurity.algorithms.dynamics import plots
    periods = np.arange(2000, 2008)
    Y = np.array([[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
                  [0.3, 0.3, 0.4, 0.4, np.nan, 0.5, 0.6, 0.6]])
    check = np.array([[0.55, 0.72, 0.79], [0.52, 0.55, 0.66]])
    ahead = np.array([[0.9, 1.0], [0.7, 0.75]])
    figs = plots.forecast_figures(["a", "b"], periods, Y, np.array([2008, 2009]), 3,
                                  {"trend": (check, ahead, None)}, "D")
    assert [t for t, _ in figs] == ["Mean of all units", "a", "b"]
    mean = figs[0][1]
    observed, held, fore = mean.data
    assert list(observed.x) == list(range(2000, 2008))
    assert list(observed.y) == pytest.approx([0.2, 0.25, 0.35, 0.4, 0.5, 0.55, 0.65, 0.7])
    assert list(held.x) == [2005, 2006, 2007]
    assert list(held.y) == pytest.approx([0.535, 0.635, 0.725])
    assert list(fore.x) == [2008, 2009] and list(fore.y) == pytest.approx([0.8, 0.875])
    b = figs[2][1].data
    assert np.isnan(b[0].y[4]) and list(b[1].y) == pytest.approx([0.52, 0.55, 0.66])
    band = mean.layout.shapes[0]
    assert band.layer == "below" and (band.x0, band.x1) == (2004.5, 2007.5)
