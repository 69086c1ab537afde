"""Benchmark of MSPA (not run by CI; these machines are noisy).

Ours (algorithms/sources/mspa.py, numpy/scipy) against the JRC engine of GuidosToolbox
(pyguidos 2.6.3's compiled module, see tests/mspa_oracle.py; downloaded into build/oracle
when missing) on Corsica (1900 x 950, reference/corsica/fnf_2018.tif) for a few parameter
sets: median of 5 runs each, both in this process, plus the peak memory our run allocates
(tracemalloc, which sees numpy's buffers) in bytes per input pixel. Targets: within 3x the
engine's time, under 25 bytes per pixel.

Run: make bench  (or: .venv/bin/python benchmarks/bench_mspa.py)
"""
import os
import pathlib
import statistics
import sys
import time
import tracemalloc

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent
import _plugin  # noqa: E402
_plugin.importable()
sys.path.insert(0, str(REPO / "tests"))
from ecosecurity.algorithms.sources import mspa  # noqa: E402
import mspa_oracle  # noqa: E402

CORSICA = REPO.parent / "shared" / "reference" / "corsica" / "fnf_2018.tif"
PARAMS = [(1, 8, True, True), (2, 8, True, True), (3, 4, False, False),
          (5, 8, True, True)]
REPEAT = int(os.environ.get("BENCH_REPEAT", 5))


def median_time(fn):
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def peak_bytes(fn):
    tracemalloc.start()
    tracemalloc.reset_peak()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main():
    from osgeo import gdal
    ds = gdal.Open(str(CORSICA))          # keep the dataset alive while reading
    a = ds.GetRasterBand(1).ReadAsArray()
    del ds
    print("MSPA on Corsica %d x %d, median of %d" % (a.shape[1], a.shape[0], REPEAT))
    print("| EW | conn | trans | intext | ours s | engine s | ratio | ours peak B/px "
          "| identical |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for ew, conn, trans, intext in PARAMS:
        ours = median_time(lambda: mspa.mspa(a, ew, conn, trans, intext))
        engine = median_time(lambda: mspa_oracle.oracle_mspa(a, ew, conn, trans, intext))
        peak = peak_bytes(lambda: mspa.mspa(a, ew, conn, trans, intext))
        same = np.array_equal(mspa.mspa(a, ew, conn, trans, intext),
                              mspa_oracle.oracle_mspa(a, ew, conn, trans, intext))
        print("| %d | %d | %d | %d | %.2f | %.2f | %.2f | %.1f | %s |" % (
            ew, conn, trans, intext, ours, engine, ours / engine, peak / a.size, same))


if __name__ == "__main__":
    main()
