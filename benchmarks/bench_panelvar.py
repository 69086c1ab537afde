"""Benchmark of the panel VAR (not run by CI; these machines are noisy).

On ../shared/reference/panel/dahlberg.csv (265 units x 9 years, 3 variables), the
reference model of EXPECTED.md (lags 1, FOD, levels lagged 2..99, two-step GMM with
Windmeijer errors): seconds of the fit (median of REPEAT) and of 200 bootstrap draws of
the orthogonalised responses to horizon 10 (median of BOOT_REPEAT). Targets: fit under 1 s,
200 draws under 30 s; R panelvar 0.5.6 needs about 14 s for the fit alone.

Run: make bench  (or: .venv/bin/python benchmarks/bench_panelvar.py)
"""
import csv
import os
import pathlib
import statistics
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent
DATA = REPO.parent / "shared" / "reference" / "panel" / "dahlberg.csv"
REPEAT = int(os.environ.get("BENCH_REPEAT", 7))
BOOT_REPEAT = int(os.environ.get("BENCH_BOOT_REPEAT", 3))
DRAWS = int(os.environ.get("BENCH_DRAWS", 200))


def _import_pvar():
    import _plugin
    _plugin.importable()
    from ecosecurity.algorithms.dynamics import pvar
    return pvar


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def main():
    pvar = _import_pvar()
    names = ["expenditures", "revenues", "grants"]
    with open(DATA, newline="") as f:
        rows = list(csv.DictReader(f))
    ids = np.array([int(r["id"]) for r in rows])
    years = np.array([int(r["year"]) for r in rows])
    values = np.array([[float(r[k]) for k in names] for r in rows])

    def fit():
        panel = pvar.prepare_panel(ids, years, values, names)
        return pvar.fit_pvar(panel, lags=1, transform=0, min_instrument_lag=2,
                             max_instrument_lag=99, collapse=False, steps=1)

    res = fit()
    t_fit, all_fit = median_time(fit, REPEAT)
    t_boot, all_boot = median_time(
        lambda: pvar.bootstrap_oirf(res, 10, draws=DRAWS, seed=1), BOOT_REPEAT)
    print("panel VAR on dahlberg.csv (265 x 9, 3 variables, 84 instruments per equation)")
    print("  fit (prepare + two-step GMM + Windmeijer): median %.3f s of %d  [%s]"
          % (t_fit, REPEAT, ", ".join("%.3f" % t for t in all_fit)))
    print("  bootstrap OIRF, %d draws, horizon 10:      median %.2f s of %d  [%s]"
          % (DRAWS, t_boot, BOOT_REPEAT, ", ".join("%.2f" % t for t in all_boot)))
    print("  per draw: %.1f ms; coefficient [0, 0] = %.8f (panelvar 0.28461641)"
          % (1000 * t_boot / DRAWS, res.coef[0, 0]))


if __name__ == "__main__":
    main()
