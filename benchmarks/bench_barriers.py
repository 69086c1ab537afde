"""Benchmark of Barrier Mapper numerics (not a test).

An n x n lognormal resistance grid (cell size 30) with K blob sources and about L links
(each source to its nearest sources by centre distance; LCD from the cost distances), radii
1-5 cells. Times REPEATS runs of barrier.barrier_map (median; it computes each source's CWD
once, limited to its largest LCD) and, in the same process, a peer: the straightforward
version, a 2-D scipy.ndimage.minimum_filter with a disk footprint over the whole grid for
both sources of every link at every radius. The peer runs on PEER_LINKS links only and its
time is scaled to all links (linear in links), plus the unlimited CWD of every source it
needs (timed while computing the LCDs). The two maps are compared on the peer's links.
Last, disk_minimum against the 2-D filter on the whole grid at radii 1, 5 and 20 cells.
Target: the whole 1 M-cell run within 60 s.

Measured 2026-11-22 on the 2-core development machine (load ~1.5), 1,000 x 1,000, 20 sources,
30 links (LCD 5,065-14,862), radii 1-5 cells: barrier_map median 7.3-7.9 s (about 3.9 s the
20 limited CWDs, 1.7 s the 150 windowed link x radius scores); peer 2.0-3.7 s on 3 links ->
20-37 s for 30 links + 22 s unlimited CWDs = 44-59 s, ratio 6-7; maps identical. Whole-grid
disk minimum vs 2-D filter: r = 1 0.04 / 0.03 s, r = 5 0.09 / 0.19 s, r = 20 0.33 / 3.4 s.

Run:  .venv/bin/python benchmarks/bench_barriers.py [--n 1000] [--sources 20] [--links 30]
      [--repeats 3] [--peer-links 3]
"""
import argparse
import statistics
import time

import numpy as np
from scipy import ndimage

import _plugin

CELL = 30.0
RADII = [CELL * k for k in range(1, 6)]


def landscape(n, k, seed=7):
    rng = np.random.default_rng(seed)
    res = rng.lognormal(1.0, 1.0, (n, n))
    res[rng.random((n, n)) < 0.01] = np.nan  # scattered nodata
    ids = np.zeros((n, n))
    yy, xx = np.mgrid[-6:7, -6:7]
    blob = yy * yy + xx * xx <= 25  # disc of radius 5 cells
    centres = []
    while len(centres) < k:  # rejection sampling of ~20 centres, not a loop over cells
        c = rng.integers(10, n - 10, size=2)
        if all(np.hypot(*(c - o)) > n / 8 for o in centres):
            centres.append(c)
    for i, (r, c) in enumerate(centres, start=1):
        win = (slice(r - 6, r + 7), slice(c - 6, c + 7))
        ids[win][blob] = i
        res[win][blob] = 1.0
    return ids, res, np.array(centres)


def nearest_pairs(centres, n_links):
    d = np.hypot(*(centres[:, None, :] - centres[None, :, :]).transpose(2, 0, 1))
    np.fill_diagonal(d, np.inf)
    order = np.argsort(d, axis=1)
    pairs = []
    for rank in range(len(centres) - 1):  # each source's nearest, then second nearest, ...
        for a in range(len(centres)):
            p = tuple(sorted((a + 1, int(order[a, rank]) + 1)))
            if p not in pairs:
                pairs.append(p)
            if len(pairs) == n_links:
                return pairs
    return pairs


def linked_landscape(n, n_sources, n_links):
    """The landscape, every source's unlimited CWD (what a peer without limits computes),
    the nearest-neighbour links with their LCD, and the seconds the CWDs took."""
    from ecosecurity.algorithms.corridors import costdistance
    ids, res, centres = landscape(n, n_sources)
    pairs = nearest_pairs(centres, n_links)
    t = time.perf_counter()
    g = costdistance.CostGraph(res, CELL)
    cwd = {s: costdistance.cost_distance(g, ids == s) for s in range(1, n_sources + 1)}
    seconds = time.perf_counter() - t  # graph + unlimited CWD of every source
    links = [(p, q, float(cwd[p][ids == q].min())) for p, q in pairs]
    return ids, res, cwd, links, seconds


def peer(cwd, links, radii):
    """Whole-grid 2-D minimum filters, combined by maximum over links and radii."""
    best = None
    for rv in radii:
        k = int(round(rv / CELL))
        yy, xx = np.mgrid[-k:k + 1, -k:k + 1]
        fp = yy * yy + xx * xx <= k * k
        for a, b, lcd in links:
            ma = ndimage.minimum_filter(cwd[a], footprint=fp, mode="constant", cval=np.inf)
            mb = ndimage.minimum_filter(cwd[b], footprint=fp, mode="constant", cval=np.inf)
            imp = lcd - (ma + mb + 2 * rv)
            s = np.where(imp > 0, imp / (2 * rv), np.nan)
            best = s if best is None else np.fmax(best, s)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--sources", type=int, default=20)
    ap.add_argument("--links", type=int, default=30)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--peer-links", type=int, default=3)
    a = ap.parse_args()
    _plugin.importable()
    from ecosecurity.algorithms.corridors import barriers

    ids, res, cwd, links, peer_cwd_s = linked_landscape(a.n, a.sources, a.links)
    print(f"{a.n} x {a.n} cells, {a.sources} sources, {len(links)} links, radii "
          f"{[int(r) for r in RADII]} map units (1-5 cells); graph + {a.sources} unlimited "
          f"CWDs {peer_cwd_s:.1f} s", flush=True)

    times, cpu = [], []
    for _ in range(a.repeats):
        t, c = time.perf_counter(), time.process_time()
        out = barriers.barrier_map(ids, res, CELL, links, RADII)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        print(f"  barrier_map {times[-1]:.1f} s (cpu {cpu[-1]:.1f} s)", flush=True)
    ours = statistics.median(times)
    print(f"barrier_map median of {a.repeats}: {ours:.1f} s (cpu {statistics.median(cpu):.1f} s);"
          f" {np.isfinite(out['score']).sum()} cells improve; target < 60 s", flush=True)

    sub = links[:a.peer_links]
    t = time.perf_counter()
    ref = peer(cwd, sub, RADII)
    peer_filter_s = time.perf_counter() - t
    scaled = peer_filter_s * len(links) / len(sub) + peer_cwd_s
    mine = barriers.barrier_map(ids, res, CELL, sub, RADII)["score"]
    same = np.array_equal(np.isnan(mine), np.isnan(ref))
    diff = np.nanmax(np.abs(mine - ref)) if np.isfinite(ref).any() else 0.0
    print(f"peer (whole-grid 2-D minimum_filter): {peer_filter_s:.1f} s on {len(sub)} links -> "
          f"{peer_filter_s * len(links) / len(sub):.1f} s scaled to {len(links)} links, "
          f"+ {peer_cwd_s:.1f} s CWDs = {scaled:.1f} s", flush=True)
    print(f"ratio peer / barrier_map = {scaled / ours:.1f}; on the peer's {len(sub)} links the "
          f"maps agree: same cells {same}, max |difference| {diff:.2e}")

    # the disk minimum alone on the whole grid (no windows): row decomposition vs 2-D footprint
    grid = np.where(np.isfinite(cwd[1]), cwd[1], np.nan)
    for k in (1, 5, 20):
        yy, xx = np.mgrid[-k:k + 1, -k:k + 1]
        t = time.perf_counter()
        mine = barriers.disk_minimum(grid, k)
        t1 = time.perf_counter() - t
        t = time.perf_counter()
        ref = ndimage.minimum_filter(np.nan_to_num(grid, nan=np.inf), mode="constant",
                                     footprint=yy * yy + xx * xx <= k * k, cval=np.inf)
        t2 = time.perf_counter() - t
        print(f"  whole-grid disk minimum r = {k:2d} cells: disk_minimum {t1:.2f} s, 2-D "
              f"minimum_filter {t2:.2f} s (x{t2 / t1:.1f}), equal {np.array_equal(mine, ref)}")


if __name__ == "__main__":
    main()
