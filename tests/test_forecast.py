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
