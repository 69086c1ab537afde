"""Benchmark of the circuit engine (not a test): pairwise resistances + cumulative current.

1. 1,000 x 1,000 random resistance grid (8 neighbours), 17 focal nodes: the K-solve engine
   (one factorisation, 17 solves) against per-pair solving in the same run (Circuitscape.jl's
   route: one factorisation, then one solve per pair, 136 solves, here on the plugin's own
   solver and operators), both also computing the cumulative current map. Medians of
   REPEATS runs. The tool against an independent plain scipy script with SuperLU, as
   Circuitscape's method, is bench_circuit_tool.py.
2. The direct solver alone on that grid's grounded Laplacian: the multifrontal Cholesky
   (factorisation with its phases, and 17 right-hand sides) against scipy's SuperLU with
   the minimum-degree ordering it used before, in the same run.
3. Time and peak memory (ru_maxrss of a fresh process) for 250k, 1M and 4M cells.

Run:  .venv/bin/python benchmarks/bench_circuit.py [--repeats 3] [--sizes 500,1000,2000]
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
    from ecosecurity.algorithms.corridors import circuit, graph, network, solver
    return circuit, graph, network, solver


def landscape(n, k=17, seed=1):
    rng = np.random.default_rng(seed)
    res = rng.lognormal(1.0, 1.0, (n, n))
    pts = np.zeros((n, n))
    cells = rng.choice(n * n, size=k, replace=False)
    pts.ravel()[cells] = np.arange(1, k + 1)
    return res, pts


def per_pair(res, pts):
    """Baseline: one factorisation, one solve per pair, current map per pair."""
    circuit, graph, network, solver = _import()
    g = graph.conductance_grid(res)
    net = network.Network(g)
    rows, cols, ids = graph.focal_cells(pts, g.shape)
    nodes = net.node[rows, cols]
    comp = net.component(net.comp[nodes[0]])
    loc = net.local[nodes]
    lin = solver.GroundedSolver(comp.lap, ground=loc[0])
    k = ids.size
    r = np.zeros((k, k))
    cum = np.zeros(g.shape)
    for i in range(k):
        for j in range(i + 1, k):
            b = np.zeros(comp.nodes.size)
            b[loc[j]], b[loc[i]] = 1.0, -1.0
            v = lin.solve(b)
            r[i, j] = r[j, i] = v[loc[j]] - v[loc[i]]
            inj = np.zeros(v.size)
            inj[loc[j]], inj[loc[i]] = 1.0, -1.0
            cum += comp.to_cells(comp.node_currents(v - v[loc[i]], inj), g.shape)
    return r, cum


def engine(res, pts, workers=1):
    circuit = _import()[0]
    out = circuit.pairwise(res, pts, cum_map=True, workers=workers)
    return out["resistances"], out["cum_current"]


def factor_compare(res, repeats=3):
    """Median factorisation and 17-column solve times: multifrontal Cholesky vs SuperLU."""
    import scipy.sparse.linalg as sla
    circuit, graph, network, solver = _import()
    from ecosecurity.algorithms.corridors import cholesky
    comp = network.Network(graph.conductance_grid(res)).component(0)
    keep = np.arange(comp.nodes.size) != 0
    a, xy = comp.lap[keep][:, keep].tocsr(), comp.coords()[keep]
    rhs = np.zeros((a.shape[0], 17))
    rhs[np.linspace(0, a.shape[0] - 1, 17).astype(int), np.arange(17)] = 1.0
    out = {}
    for name, build in (("multifrontal Cholesky", lambda: cholesky.MultifrontalCholesky(a, xy)),
                        ("SuperLU (MMD on A+A^T)", lambda: sla.splu(
                            a.tocsc(), permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0,
                            options={"SymmetricMode": True}))):
        t_f, t_s = [], []
        for _ in range(repeats):
            t0 = time.perf_counter()
            f = build()
            t1 = time.perf_counter()
            x = f.solve(rhs)
            t_s.append(time.perf_counter() - t1)
            t_f.append(t1 - t0)
        phases = getattr(f, "timings", {})
        out[name] = (statistics.median(t_f), statistics.median(t_s), x, dict(phases))
        del f
    return out


def timed(fn, *args, repeats=3):
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn(*args)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def _peak_bytes():
    """This process's peak resident memory: VmHWM (reset at exec, unlike ru_maxrss, which
    keeps the forking parent's peak)."""
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def child(n):
    """One engine run in this process; prints JSON with time and peak memory."""
    res, pts = landscape(n)
    t0 = time.perf_counter()
    engine(res, pts)
    dt = time.perf_counter() - t0
    peak = _peak_bytes()
    circuit = _import()[0]
    est = circuit.estimate_memory(n, n, 17)
    print(json.dumps({"cells": n * n, "seconds": dt, "peak_bytes": peak, "estimate": est}))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--sizes", default="500,1000,2000")
    ap.add_argument("--child", type=int)
    ap.add_argument("--skip-compare", action="store_true")
    a = ap.parse_args()
    if a.child:
        child(a.child)
        return
    if not a.skip_compare:
        res, pts = landscape(1000)
        t_eng, (r1, c1) = timed(engine, res, pts, repeats=a.repeats)
        t_pp, (r2, c2) = timed(per_pair, res, pts, repeats=a.repeats)
        print(f"1000 x 1000, 17 focal nodes, 136 pairs (median of {a.repeats}):")
        print(f"  K-solve engine   {t_eng:7.2f} s")
        print(f"  per-pair solves  {t_pp:7.2f} s   ratio {t_pp / t_eng:.1f}x")
        print(f"  max |R diff| {np.abs(r1 - r2).max():.2e}, "
              f"max |cum diff| {np.abs(c1 - c2).max():.2e}")
        fac = factor_compare(res, repeats=a.repeats)
        print("direct solver on the 1M-node grounded Laplacian (median):")
        for name, (t_f, t_s, _, phases) in fac.items():
            print(f"  {name:24s} factor {t_f:6.2f} s, 17 solves {t_s:5.2f} s")
            if phases:
                print("    last run's phases: " + ", ".join(
                    f"{k} {v:.2f}" for k, v in phases.items()))
        (x1, x2) = (v[2] for v in fac.values())
        print(f"  max |x diff| {np.abs(x1 - x2).max():.2e} (max |x| {np.abs(x2).max():.2e})")
    for n in (int(s) for s in a.sizes.split(",")):
        runs = []
        for _ in range(a.repeats if n <= 1000 else 1):
            cp = subprocess.run([sys.executable, str(HERE), "--child", str(n)], check=True,
                                capture_output=True, text=True)
            runs.append(json.loads(cp.stdout.strip().splitlines()[-1]))
        med = statistics.median(r["seconds"] for r in runs)
        peak = max(r["peak_bytes"] for r in runs)
        print(f"{n * n:>9,} cells: {med:7.2f} s, peak {peak / 2**30:5.2f} GiB "
              f"(estimate {runs[0]['estimate'] / 2**30:5.2f} GiB)")


if __name__ == "__main__":
    main()
