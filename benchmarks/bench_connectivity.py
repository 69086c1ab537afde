"""Benchmark of patch connectivity importance (dIIC, dPC and fractions; not run by CI).

A synthetic landscape: N disc patches (default 1,000) at random positions in a 200 km square,
none closer than 50 m edge to edge, areas lognormal (median 5 km2), and the edge-to-edge
distance of every pair (a complete table: the hardest case, since best paths then hop through
every patch in between). Two parameter sets, each run REPEAT times (default 3), median:

- regional: IIC links at <= 10 km, PC p = 0.5 at 5 km;
- Conefor reference: IIC links at <= 100 km (dense graph), PC p = 0.5 at 25 km.

Beside it, what recomputing everything for each removal (n all-pairs searches, which is what
Conefor does) would take: one all-pairs search of the same graphs, timed, times N.

Run: make bench  (or: .venv/bin/python benchmarks/bench_connectivity.py; BENCH_N, BENCH_REPEAT)
"""
import os
import resource
import statistics
import sys
import tempfile
import time

import numpy as np
from scipy.sparse.csgraph import dijkstra

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGINS = os.environ.setdefault("ECOSECURITY_PLUGINS", os.path.join(HERE, "..", "build", "plugins"))
if not os.path.isdir(os.path.join(PLUGINS, "ecosecurity")):
    PLUGINS = tempfile.mkdtemp(prefix="ecosecurity-plugins-")   # the checkout as `ecosecurity`
    os.symlink(os.path.dirname(HERE), os.path.join(PLUGINS, "ecosecurity"))
sys.path.insert(0, PLUGINS)
from ecosecurity.algorithms.sources import connectivity as C  # noqa: E402

N = int(os.environ.get("BENCH_N", 1000))
REPEAT = int(os.environ.get("BENCH_REPEAT", 3))
SETTINGS = [("regional (IIC 10 km, PC 0.5 at 5 km)", 10_000, 5_000),
            ("Conefor reference (IIC 100 km, PC 0.5 at 25 km)", 100_000, 25_000)]


def landscape(n, side=200_000.0, gap=50.0, seed=1):
    """Areas (m2) and the matrix of edge-to-edge distances (m) of n random disc patches."""
    rng = np.random.default_rng(seed)
    area = rng.lognormal(np.log(5e6), 1.0, n)
    radius = np.sqrt(area / np.pi)
    xy = np.empty((n, 2))
    placed = 0
    while placed < n:
        p = rng.uniform(0, side, 2)
        clear = np.hypot(*(xy[:placed] - p).T) - radius[:placed] - radius[placed] >= gap
        if clear.all():
            xy[placed] = p
            placed += 1
    centre = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    return area, centre - radius[:, None] - radius[None, :]


def timed(fn, repeat):
    wall, cpu = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def naive_estimate(area, dmat, threshold):
    """Seconds for one all-pairs search of the IIC and the PC graph, times n."""
    n = area.size
    i, j = np.triu_indices(n, 1)
    d = dmat[i, j]
    link = d <= threshold
    hop_graph = C._symmetric(n, i[link], j[link], np.ones(link.sum()))
    pc_graph, _ = C._pc_links(n, i, j, d)      # the reduced PC graph: favours the naive way
    one, _ = timed(lambda: (C.hop_paths(hop_graph),
                            dijkstra(pc_graph, directed=False, return_predecessors=True)), 3)
    return one * n


def main():
    area, dmat = landscape(N)
    i, j = np.triu_indices(N, 1)
    ids = np.arange(1, N + 1)
    print("Patch connectivity importance, %d patches, %d pairs, median of %d runs"
          % (N, i.size, REPEAT))
    print("%-50s %9s %9s %16s" % ("setting", "wall s", "cpu s", "n x all-pairs s"))
    for name, threshold, half in SETTINGS:
        def run():
            C.patch_importance(ids, area, ids[i], ids[j], dmat[i, j], iic_threshold=threshold,
                               pc_distance=half, pc_probability=0.5)
        wall, cpu = timed(run, REPEAT)
        naive = naive_estimate(area, dmat, threshold)
        print("%-50s %9.2f %9.2f %16.0f" % (name, wall, cpu, naive))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print("peak memory of this process: %.0f MB; %d processors" % (peak, os.cpu_count() or 1))


if __name__ == "__main__":
    main()
