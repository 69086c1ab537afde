"""Benchmark of the resistance overlay (not run by CI; these machines are noisy).

Builds 6 Byte factor rasters of SIZE x SIZE cells (default 10,000 x 10,000 = 10^8 cells,
tiled, DEFLATE) and a correction raster, then times ecosecurity:resistancesurface (weighted
sum x correction, Float32 out) against gdal_calc.py doing the same arithmetic, each pinned
to one core (taskset -c 0) in a process of its own; median of REPEAT runs, peak resident
memory of that process. Targets (issue 3): under 60 s, peak under 1.5 GB.

Run: make bench  (or ECOSECURITY_PLUGINS=build/plugins .venv/bin/python benchmarks/bench_resistance.py)
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
from osgeo import gdal

import _plugin  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
_plugin.importable()  # for _runner.py, through ECOSECURITY_PLUGINS
SIZE = int(os.environ.get("BENCH_SIZE", 10000))
REPEAT = int(os.environ.get("BENCH_REPEAT", 3))
WEIGHTS = [0.35, 0.1, 0.1, 0.15, 0.15, 0.15]
OPTS = ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=IF_SAFER"]


def make_inputs(folder):
    rng = np.random.default_rng(0)
    paths = []
    for i in range(len(WEIGHTS) + 1):
        path = os.path.join(folder, "factor%d.tif" % i if i < len(WEIGHTS) else "correction.tif")
        dtype = gdal.GDT_Byte if i < len(WEIGHTS) else gdal.GDT_Float32
        ds = gdal.GetDriverByName("GTiff").Create(path, SIZE, SIZE, 1, dtype, OPTS)
        ds.SetGeoTransform((0, 30, 0, SIZE * 30, 0, -30))
        ds.GetRasterBand(1).SetNoDataValue(0 if i < len(WEIGHTS) else -1)
        for r0 in range(0, SIZE, 1024):
            n = min(1024, SIZE - r0)
            # patchy scores 1-5, as reclassified factors are, not white noise
            coarse = rng.integers(1, 6, (n // 16 + 1, SIZE // 16 + 1)).astype(np.uint8)
            block = np.repeat(np.repeat(coarse, 16, 0), 16, 1)[:n, :SIZE]
            if i == len(WEIGHTS):
                block = np.where(block == 5, 1.3, 1.0).astype(np.float32)
            ds.GetRasterBand(1).WriteArray(block, 0, r0)
        ds = None
        paths.append(path)
    return paths[:-1], paths[-1]


def timed(cmd, env=None):
    """Seconds and peak memory (MB) of one command in a fresh child, pinned to core 0."""
    wrapper = ("import resource, subprocess, sys, time, json; t = time.perf_counter(); "
               "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
               "s = time.perf_counter() - t; "
               "print(json.dumps({'rc': r.returncode, 'seconds': s, 'out': r.stderr[-2000:], "
               "'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))")
    out = subprocess.run(["taskset", "-c", "0", sys.executable, "-c", wrapper] + cmd,
                         capture_output=True, text=True, env=env)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    if res["rc"]:
        raise SystemExit("failed: %s\n%s" % (" ".join(cmd), res["out"]))
    return res


def main():
    folder = tempfile.mkdtemp(prefix="ecosecurity-bench-res-")
    t0 = time.perf_counter()
    factors, correction = make_inputs(folder)
    print("Built 6 factors + 1 correction of %d x %d cells in %.0f s"
          % (SIZE, SIZE, time.perf_counter() - t0))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    runs = {"ecosecurity:resistancesurface": lambda i: [
                sys.executable, os.path.join(HERE, "_runner.py"), "ecosecurity:resistancesurface",
                json.dumps({"FACTORS": factors, "WEIGHTS": ",".join(map(str, WEIGHTS)),
                            "CORRECTIONS": [correction],
                            "OUTPUT": os.path.join(folder, "eco%d.tif" % i)})],
            "gdal_calc.py (peer)": lambda i: [
                shutil.which("gdal_calc.py"), "--quiet", "--type=Float32",
                "--NoDataValue=-9999", "--co=TILED=YES", "--co=COMPRESS=DEFLATE",
                "--co=ZLEVEL=1", "--co=BIGTIFF=IF_SAFER",
                "--outfile=" + os.path.join(folder, "calc%d.tif" % i)]
                + sum([["-" + c, p] for c, p in zip("ABCDEFG", factors + [correction])], [])
                + ["--calc=(" + "+".join("%g*%s" % (w, c) for w, c in zip(WEIGHTS, "ABCDEF"))
                   + ")*G"]}
    print("%-34s %9s %12s %10s" % ("run (1 core)", "seconds", "M cells/s", "peak MB"))
    for label, cmd in runs.items():
        results = [timed(cmd(i), env) for i in range(REPEAT)]
        sec = statistics.median(r["seconds"] for r in results)
        peak = statistics.median(r["peak_mb"] for r in results)
        print("%-34s %9.1f %12.2f %10.0f" % (label, sec, SIZE * SIZE / sec / 1e6, peak))
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
