"""Benchmarks of the grading step (not run by CI; these machines are noisy).

1. Natural breaks on n values: ours against jenkspy (C) in the same run, median of 5.
2. classifyraster on a SIZE x SIZE float32 raster (default 5,000 x 5,000 = 25 M cells):
   natural breaks (three passes: distribution, histogram, classes) and a fixed table, against
   QGIS's native:reclassifybytable with the same table; seconds and peak memory of each run,
   every run in a process of its own, median of REPEAT.

Run: make bench  (or: ECOSECURITY_PLUGINS=build/plugins .venv/bin/python benchmarks/bench_grading.py)
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

import _plugin  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
_plugin.importable()
from ecosecurity.algorithms.classify import breaks as B  # noqa: E402

SIZE = int(os.environ.get("BENCH_SIZE", 5000))
REPEAT = int(os.environ.get("BENCH_REPEAT", 3))


def median_time(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_jenks():
    import jenkspy
    rng = np.random.default_rng(0)
    print("Natural breaks, 5 classes (median of 5 runs)")
    print("%8s %12s %12s %8s" % ("n", "ours s", "jenkspy s", "ratio"))
    for n in (372, 1000, 4096, 20000):
        v = rng.lognormal(size=n)
        ours = median_time(lambda: B.natural_breaks(v, 5))
        ref = median_time(lambda: jenkspy.jenks_breaks(v.tolist(), n_classes=5))
        assert np.array_equal(B.natural_breaks(v, 5), jenkspy.jenks_breaks(v.tolist(), 5))
        print("%8d %12.4f %12.4f %8.2f" % (n, ours, ref, ours / ref))


def run_tool(alg, params):
    out = subprocess.run([sys.executable, os.path.join(HERE, "_runner.py"), alg,
                          json.dumps(params)], capture_output=True, text=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if out.returncode:
        raise SystemExit(out.stdout + out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_raster():
    from osgeo import gdal
    tmp = tempfile.mkdtemp(prefix="ecosecurity-bench-")
    src = os.path.join(tmp, "values.tif")
    ds = gdal.GetDriverByName("GTiff").Create(src, SIZE, SIZE, 1, gdal.GDT_Float32,
                                              ["TILED=YES", "COMPRESS=DEFLATE"])
    ds.SetGeoTransform((0, 30, 0, SIZE * 30, 0, -30))
    rng = np.random.default_rng(1)
    for r0 in range(0, SIZE, 512):
        n = min(512, SIZE - r0)
        ds.GetRasterBand(1).WriteArray(rng.gamma(2.0, 10.0, (n, SIZE)).astype(np.float32), 0, r0)
    ds = None
    table = [0, 10, 1, 10, 20, 2, 20, 40, 3, 40, 80, 4, 80, 1e9, 5]
    runs = {
        "ecosecurity:classifyraster natural breaks": ("ecosecurity:classifyraster", {
            "INPUT": src, "METHOD": 0, "CLASSES": 5}),
        "ecosecurity:classifyraster fixed table": ("ecosecurity:classifyraster", {
            "INPUT": src, "METHOD": 3, "BREAKS": "0,10,20,40,80,1000000000"}),
        "native:reclassifybytable (peer)": ("native:reclassifybytable", {
            "INPUT_RASTER": src, "RASTER_BAND": 1, "TABLE": table, "RANGE_BOUNDARIES": 1,
            "DATA_TYPE": 0}),
    }
    print("\nclassifyraster on %d x %d = %.0f M cells (median of %d runs, one process each)"
          % (SIZE, SIZE, SIZE * SIZE / 1e6, REPEAT))
    print("%-44s %9s %12s %10s" % ("run", "seconds", "Mcells/s", "peak MB"))
    for label, (alg, params) in runs.items():
        results = []
        for i in range(REPEAT):
            p = dict(params, OUTPUT=os.path.join(tmp, "out%d.tif" % i))
            if alg.startswith("ecosecurity"):
                p["OUTPUT_BREAKS"] = os.path.join(tmp, "breaks%d.csv" % i)
            results.append(run_tool(alg, p))
        sec = statistics.median(r["seconds"] for r in results)
        peak = statistics.median(r["peak_mb"] for r in results)
        print("%-44s %9.2f %12.1f %10.0f" % (label, sec, SIZE * SIZE / sec / 1e6, peak))


if __name__ == "__main__":
    bench_jenks()
    bench_raster()
