"""Benchmark of least-cost corridor numerics (not a test).

1. Cost distance from one source (a 3 x 3 block of cells) on an n x n lognormal resistance
   grid: graph build once, then REPEATS single-source runs (with back-links, as the linkage
   step uses them); medians. Target: 2,000 x 2,000 (4 M cells) within 5 s on one core.
2. A whole map_linkages run with 8 sources (cost-allocation adjacency, corridors).
Each size runs in a fresh process so its peak memory (ru_maxrss) is its own; the estimate of
costdistance.memory_bytes is printed beside it.

Run:  .venv/bin/python benchmarks/bench_leastcost.py [--repeats 3] [--sizes 500,1000,2000]
      [--what cwd,linkages]

Measured 2026-11-22 on the 2-core development machine while two other jobs kept it busy
(load 3); cpu = the process's own CPU time, the fairer figure on a shared machine:
  cells   graph build s   one-source CWD s (wall / cpu)   peak MB
  0.25 M      0.15             0.24 / 0.18                 100
  1 M         0.96             1.53 / 1.08                 237
  4 M         3.8              7.8  / 5.2                  790
  map_linkages, 8 sources, cost-allocation adjacency: 0.25 M 3.9 / 2.3 s, 1 M 15.0 / 9.7 s,
  4 M 81 / 55 s (peak 1,110 MB).
"""
import argparse
import json
import pathlib
import resource
import statistics
import subprocess
import sys
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve()


def _import():
    import _plugin
    _plugin.importable()
    from ecosecurity.algorithms.corridors import costdistance, linkages
    return costdistance, linkages


def landscape(n, k=8, seed=1):
    rng = np.random.default_rng(seed)
    res = rng.lognormal(1.0, 1.0, (n, n))
    res[rng.random((n, n)) < 0.02] = np.nan  # scattered nodata
    src = np.zeros((n, n))
    for i, (r, c) in enumerate(rng.integers(2, n - 3, size=(k, 2)), start=1):
        src[r - 1:r + 2, c - 1:c + 2] = i
        res[r - 1:r + 2, c - 1:c + 2] = 1.0
    return res, src


def one_size(n, repeats, what):
    costdistance, linkages = _import()
    res, src = landscape(n)
    out = {"n": n, "cells": n * n}
    if what == "cwd":
        t = time.perf_counter()
        g = costdistance.CostGraph(res, 30.0)
        out["build_s"] = time.perf_counter() - t
        times, cpu = [], []
        for _ in range(repeats):
            t, c = time.perf_counter(), time.process_time()
            costdistance.cost_distance(g, src == 1, predecessors=True)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        out["cwd_s_median"] = statistics.median(times)
        out["cwd_cpu_s_median"] = statistics.median(cpu)  # own CPU time: fair on a busy machine
        out["estimate_mb"] = costdistance.memory_bytes(n, n, n_sources=1) / 2 ** 20
    else:
        t, c = time.perf_counter(), time.process_time()
        r = linkages.map_linkages(src, res, 30.0, width_cutoff=20000.0)
        out["map_linkages_s"] = time.perf_counter() - t
        out["map_linkages_cpu_s"] = time.process_time() - c
        out["links"] = len(r["links"])
        out["estimate_mb"] = costdistance.memory_bytes(n, n, n_sources=8) / 2 ** 20
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--sizes", default="500,1000,2000")
    ap.add_argument("--what", default="cwd,linkages")
    ap.add_argument("--child", nargs=2, metavar=("N", "WHAT"))
    a = ap.parse_args()
    if a.child:
        print(json.dumps(one_size(int(a.child[0]), a.repeats, a.child[1])))
        return
    for what in a.what.split(","):
        for n in (int(s) for s in a.sizes.split(",")):
            proc = subprocess.run([sys.executable, str(HERE), "--repeats", str(a.repeats),
                                   "--child", str(n), what],
                                  capture_output=True, text=True, check=True)
            print(what, proc.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
