"""Benchmark of Pinchpoint Mapper numerics (not a test).

The landscape of bench_barriers.py: an n x n lognormal resistance grid (cell size 30, 1 %
scattered nodata) with K blob sources and L links (nearest sources by centre distance; LCD
from the unlimited cost distances). The corridor cut-off is CUTOFF_FRACTION of the median
LCD. Times REPEATS runs of pinchpoints.pinch_points (adjacent-pair mode; it computes each
source's CWD once, limited to its largest LCD + cut-off, and solves each link on its
corridor's bounding box), each in a fresh process that reads the inputs from a temporary
.npz file, so the peak memory printed (VmHWM, /proc/self/status) is the pinch-point run's
plus the loaded inputs (their resident size before the call is printed beside it).
In the parent process, a peer: the straightforward version, circuit.pairwise on the WHOLE
grid for every link, the resistance set to nodata outside the link's corridor (no window
cropping). The peer runs on PEER_LINKS links only and its time is scaled to all links
(linear in links), plus the graph and unlimited CWD of every source it needs for the
corridors (timed while computing the LCDs). Effective resistances and current maps are
compared on the peer's links. Target: the whole 1 M-cell run, 30 links, within 60 s.

Measured 2026-11-22 on the 2-core development machine (load ~0.5-2), 1,000 x 1,000, 20
sources, 30 links (LCD 5,066-14,863, median 9,241), cut-off 2,310 (25 %): corridor windows
mean 51,026 cells (5.1 % of the grid), corridors mean 33,169 cells; pinch_points median
17.9 s (16.5-21.9; separately about 0.7 s graph, 5.6 s the 20 limited CWDs, 13.3 s the 30
windowed solves), peak 515 MiB (72 MiB inputs); peer 2.0 s on 3 links -> 20.0 s for 30 +
22.5 s graph and unlimited CWDs = 42.6 s, ratio 2.4. The peer's solves alone (20.0 s) are
1.1 x the whole pinch_points run and 1.5 x its 13.3 s of windowed solves: nodata cells are
not in the circuit, so the masked whole grid solves a system of the corridor's size and the
window saves only the whole-grid passes; most of the gain is the limited CWDs. Results
identical.

Run:  .venv/bin/python benchmarks/bench_pinchpoints.py [--n 1000] [--sources 20]
      [--links 30] [--cutoff-fraction 0.25] [--repeats 3] [--peer-links 3]
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

import _plugin
from bench_barriers import CELL, linked_landscape

HERE = pathlib.Path(__file__).resolve()


def _status(key):
    """VmHWM / VmRSS of this process in bytes."""
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    return -1


def child(path):
    """One pinch_points run on the saved inputs; prints JSON with times and memory."""
    _plugin.importable()
    from ecosecurity.algorithms.corridors import pinchpoints
    d = np.load(path)
    ids, res, cutoff = d["ids"], d["res"], float(d["cutoff"])
    links = [(int(a), int(b), float(l)) for a, b, l in d["links"]]
    base = _status("VmRSS")
    t, c = time.perf_counter(), time.process_time()
    out = pinchpoints.pinch_points(ids, res, CELL, links, cutoff, all_pairs=False)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    print(json.dumps({"seconds": dt, "cpu": dc, "peak_bytes": _status("VmHWM"),
                      "base_bytes": base, "corridor_cells": int(out["corridor"].sum()),
                      "unconnected": sum(v < 0 for v in out["resistance"].values())}))


def peer(circuit, r, ids, corridors):
    """Whole-grid pairwise solves, resistance nodata outside each link's corridor; current
    maps combined by maximum over links, as pinch_points does."""
    cur = np.full(r.shape, np.nan)
    rs = {}
    for (a, b), corr in corridors:
        res = np.where(corr, r, -9999.0)
        focal = np.where(ids == a, 1.0, 0.0) + np.where(ids == b, 2.0, 0.0)
        focal[~corr] = 0.0
        out = circuit.pairwise(res, focal, nodata=-9999.0, polygons=focal, cum_map=True,
                               focal_currents_to_zero=True)  # as pinch_points (LM)
        rs[(a, b)] = float(out["resistances"][0, 1])
        cur[corr] = np.fmax(cur[corr], out["cum_current"][corr])
    return cur, rs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--sources", type=int, default=20)
    ap.add_argument("--links", type=int, default=30)
    ap.add_argument("--cutoff-fraction", type=float, default=0.25)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--peer-links", type=int, default=3)
    ap.add_argument("--child")
    a = ap.parse_args()
    if a.child:
        child(a.child)
        return
    _plugin.importable()
    from ecosecurity.algorithms.corridors import circuit, pinchpoints

    ids, res, cwd, links, peer_cwd_s = linked_landscape(a.n, a.sources, a.links)
    lcds = np.array([l for _, _, l in links])
    cutoff = a.cutoff_fraction * float(np.median(lcds))
    corridors = [((p, q), (cwd[p] + cwd[q] - l) <= cutoff) for p, q, l in links]
    wins = [pinchpoints._window(c) for _, c in corridors]
    win_cells = [(w[0].stop - w[0].start) * (w[1].stop - w[1].start) for w in wins]
    corr_cells = [int(c.sum()) for _, c in corridors]
    print(f"{a.n} x {a.n} cells, {a.sources} sources, {len(links)} links (LCD "
          f"{lcds.min():,.0f}-{lcds.max():,.0f}, median {np.median(lcds):,.0f}); cut-off "
          f"{cutoff:,.0f} ({a.cutoff_fraction:.0%} of the median LCD); graph + {a.sources} "
          f"unlimited CWDs {peer_cwd_s:.1f} s", flush=True)
    print(f"corridor window (bounding box + 1) mean {np.mean(win_cells):,.0f} cells "
          f"({np.mean(win_cells) / a.n ** 2:.1%} of the grid; min {min(win_cells):,}, max "
          f"{max(win_cells):,}); corridor itself mean {np.mean(corr_cells):,.0f} cells",
          flush=True)

    fd, path = tempfile.mkstemp(suffix=".npz", prefix="bench-pinch-")
    os.close(fd)
    try:
        np.savez(path, ids=ids, res=res, cutoff=cutoff, links=np.array(links))
        runs = []
        for _ in range(a.repeats):
            cp = subprocess.run([sys.executable, str(HERE), "--child", path], check=True,
                                capture_output=True, text=True)
            runs.append(json.loads(cp.stdout.strip().splitlines()[-1]))
            r = runs[-1]
            print(f"  pinch_points {r['seconds']:.1f} s (cpu {r['cpu']:.1f} s), peak "
                  f"{r['peak_bytes'] / 2**20:,.0f} MiB (inputs loaded {r['base_bytes'] / 2**20:,.0f}"
                  f" MiB)", flush=True)
    finally:
        os.unlink(path)
    ours = statistics.median(r["seconds"] for r in runs)
    ours_cpu = statistics.median(r["cpu"] for r in runs)
    peak = max(r["peak_bytes"] for r in runs)
    base = max(r["base_bytes"] for r in runs)
    print(f"pinch_points median of {a.repeats}: {ours:.1f} s (cpu {ours_cpu:.1f} s); "
          f"{runs[0]['corridor_cells']:,} corridor cells, {runs[0]['unconnected']} links "
          f"unconnected; target < 60 s", flush=True)

    sub = links[:a.peer_links]
    r = np.where(np.isfinite(res), res, np.nan)
    t = time.perf_counter()
    ref, ref_rs = peer(circuit, r, ids, corridors[:len(sub)])
    peer_s = time.perf_counter() - t
    scaled_solves = peer_s * len(links) / len(sub)
    scaled = scaled_solves + peer_cwd_s
    mine = pinchpoints.pinch_points(ids, res, CELL, sub, cutoff)
    same = np.array_equal(np.isnan(mine["current"]), np.isnan(ref))
    fin = np.isfinite(ref)
    diff = (float(np.max(np.abs(mine["current"][fin] - ref[fin])) / np.max(ref[fin]))
            if fin.any() and same else float("nan"))  # relative to the largest current
    rdiff = max(abs(mine["resistance"][k] - v) / v for k, v in ref_rs.items())
    print(f"peer (whole-grid circuit.pairwise, nodata outside the corridor): {peer_s:.1f} s on "
          f"{len(sub)} links -> {scaled_solves:.1f} s scaled to {len(links)} links, + "
          f"{peer_cwd_s:.1f} s graph + unlimited CWDs = {scaled:.1f} s", flush=True)
    print(f"ratio peer / pinch_points = {scaled / ours:.1f} (solves alone "
          f"{scaled_solves / ours:.1f}); on the peer's {len(sub)} links: same cells {same}, "
          f"max |current difference| / max current {diff:.1e}, max relative |R difference| "
          f"{rdiff:.1e}")
    print()
    print(f"  {'run':<44}{'seconds':>9}{'peak MiB':>10}")
    print(f"  {'pinch_points, ' + str(len(links)) + ' links (median of ' + str(a.repeats) + ')':<44}"
          f"{ours:9.1f}{peak / 2**20:10,.0f}  (inputs {base / 2**20:,.0f})")
    print(f"  {'peer, ' + str(len(sub)) + ' links measured':<44}{peer_s:9.1f}")
    print(f"  {'peer scaled to ' + str(len(links)) + ' links + CWDs':<44}{scaled:9.1f}")
    print(f"  {'ratio':<44}{scaled / ours:9.1f}")


if __name__ == "__main__":
    main()
