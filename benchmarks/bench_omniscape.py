"""Benchmark of the Omniscape moving-window engine (not a test): windows per second.

A 1,000 x 1,000 landscape (lognormal resistance, smoothed so that it has structure;
sources = 1/R as Omniscape's source_from_resistance), radius 50, block size 5: 40,000
target windows of 7,845 cells. Parts (cumulative current only, as a plain run):

- engine: the batched solver (one symbolic analysis, every window's numbers refactorised in
  stacks of BATCH windows) through ``omniscape.run_batches`` on an evenly strided sample of
  those windows (edge windows in their share), with 1 and 2 workers (spawned processes;
  their start-up is timed too);
- peer: each window of a smaller sample solved with one plain SuperLU factorisation, as
  Omniscape.jl does with a direct solver, in the same run; the two maps are compared;
- radii: the same at radius 25, 50 and 75, 1 and 2 workers;
- tool: ``ecosecurity:omniscape`` through processing.run in a fresh process (_runner.py)
  on a TOOL_SIZE x TOOL_SIZE corner of the landscape (every window has the same 7,845
  cells; only their number is smaller), WORKERS 1 and 2, reading and writing included.

Every figure is the median of --repeats runs, as wall-clock windows per second and as CPU
time per window (this process and its worker processes): the machine may be shared, and
the CPU time is what a free machine's wall time approaches.

Run:  .venv/bin/python benchmarks/bench_omniscape.py [--sample 960] [--peer 24]
      [--radii 25,50,75] [--repeats 3] [--tool-size 240] [--parts engine,peer,radii,tool]
      [--tool-workers 1,2]
"""
import argparse
import json
import os
import pathlib
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
RUNNER = HERE / "_runner.py"


def _import():
    import _plugin
    _plugin.importable()
    from ecosecurity.algorithms.corridors import omniscape
    return omniscape


def landscape(n, seed=3):
    from scipy.ndimage import gaussian_filter
    rng = np.random.default_rng(seed)
    field = gaussian_filter(rng.normal(size=(n, n)), 6)
    return np.exp(2.5 * field / field.std())  # resistance about 0.01 .. 100


def cpu_seconds():
    """CPU time of this process and of its finished (waited-for) child processes."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def job_on_sample(OM, res, radius, block, sample, workers=1, solver="batched"):
    """A Job whose targets are an evenly strided sample of the full run's targets."""
    o = OM.Options(radius=radius, block_size=block, source_from_resistance=True,
                   solver=solver, workers=workers)
    _, cond, src = OM.prepare(res, None, o)
    job = OM.Job(cond, src, o)
    total = job.n_targets
    step = max(1, total // sample)
    keep = np.arange(0, total, step)[:sample]
    job.ys, job.xs, job.amps = job.ys[keep], job.xs[keep], job.amps[keep]
    return job, total


def timed(OM, job, repeats):
    """Medians of wall seconds and CPU seconds of solving the job's targets as omniscape.run
    does (one BLAS thread; workers > 1: a pool of spawned processes, started each time)."""
    from ecosecurity.algorithms.corridors.blas_threads import single_blas_thread
    job.ready_to_ship()  # symbolic analysis before the clock (done once in a real run)
    walls, cpus, cum = [], [], None
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), cpu_seconds()
        with single_blas_thread():
            cum, _ = OM.run_batches(job)
        walls.append(time.perf_counter() - t0)
        cpus.append(cpu_seconds() - c0)
    return statistics.median(walls), statistics.median(cpus), cum


def engine(OM, res, args, radius, sample, repeats):
    out = {}
    for workers in (1, 2):
        job, total = job_on_sample(OM, res, radius, args.block, sample, workers)
        wall, cpu, _ = timed(OM, job, repeats)
        n = job.n_targets
        out[workers] = n / wall
        print("radius %d, %d worker(s): %d of %d windows (%d cells each) in %.1f s, median of "
              "%d: %.1f windows/s wall; %.1f ms CPU a window (%.0f windows/s per busy core); "
              "full run about %.0f s; load %.1f"
              % (radius, workers, n, total, job.solvers()[0].pattern.n, wall, repeats,
                 n / wall, 1e3 * cpu / n, n / cpu, total * wall / n, os.getloadavg()[0]),
              flush=True)
    print("  2 workers / 1 worker: %.2fx" % (out[2] / out[1]), flush=True)
    return out


def peer(OM, res, args):
    peer_job, _ = job_on_sample(OM, res, args.radius, args.block, args.peer, 1, "superlu")
    wall, cpu, peer_cum = timed(OM, peer_job, args.repeats)
    n = peer_job.n_targets
    check, _ = job_on_sample(OM, res, args.radius, args.block, args.peer, 1)
    bwall, bcpu, cum = timed(OM, check, args.repeats)
    diff = np.abs(cum - peer_cum).max() / np.abs(peer_cum).max()
    print("peer (one SuperLU factorisation per window), %d windows, median of %d: %.1f "
          "windows/s wall, %.1f ms CPU a window; batched on the same windows: %.1f windows/s, "
          "%.1f ms CPU a window (%.1fx less CPU); maps agree to %.1e (max |diff| / max)"
          % (n, args.repeats, n / wall, 1e3 * cpu / n, n / bwall, 1e3 * bcpu / n,
             cpu / bcpu, diff), flush=True)


def write_tif(path, grid):
    from osgeo import gdal, osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), grid.shape[1], grid.shape[0], 1,
                                              gdal.GDT_Float64)
    ds.SetGeoTransform((0.0, 100.0, 0.0, 100.0 * grid.shape[0], 0.0, -100.0))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(grid)
    ds = None


def tool(OM, res, args):
    """processing.run of ecosecurity:omniscape in a fresh process per run."""
    from ecosecurity.algorithms.corridors import omniscape_window as OW
    grid = res[:args.tool_size, :args.tool_size]
    n = OW.targets(1.0 / grid, OW.block_size_used(args.block))[0].size
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GDAL_PAM_ENABLED="NO")
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "resistance.tif"
        write_tif(path, grid)
        for workers in [int(w) for w in args.tool_workers.split(",")]:
            walls, cpus = [], []
            for k in range(args.repeats):
                params = {"RESISTANCE": str(path), "SOURCE_FROM_RESISTANCE": True,
                          "RADIUS": args.radius, "BLOCK_SIZE": args.block,
                          "WORKERS": workers,
                          "OUTPUT": str(pathlib.Path(folder) / ("cum_%d_%d.tif" % (workers, k)))}
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                cp = subprocess.run([sys.executable, str(RUNNER), "ecosecurity:omniscape",
                                     json.dumps(params)], check=True, capture_output=True,
                                    text=True, env=env)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                walls.append(json.loads(cp.stdout.strip().splitlines()[-1])["seconds"])
                cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            wall, cpu = statistics.median(walls), statistics.median(cpus)
            print("tool (processing.run), %d x %d, %d windows, WORKERS=%d: %.1f s, median of "
                  "%d (%s): %.1f windows/s wall; %.1f ms CPU a window (whole process, QGIS "
                  "start-up included); load %.1f"
                  % (args.tool_size, args.tool_size, n, workers, wall, args.repeats,
                     ", ".join("%.1f" % w for w in walls), n / wall, 1e3 * cpu / n,
                     os.getloadavg()[0]), flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--radius", type=int, default=50)
    ap.add_argument("--block", type=int, default=5)
    ap.add_argument("--sample", type=int, default=960)
    ap.add_argument("--peer", type=int, default=24)
    ap.add_argument("--radii", default="25,50,75")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--tool-size", type=int, default=240)
    ap.add_argument("--parts", default="engine,peer,radii,tool")
    ap.add_argument("--tool-workers", default="1,2", help="WORKERS values of the tool runs")
    args = ap.parse_args()
    parts = args.parts.split(",")
    OM = _import()
    res = landscape(args.size)
    print("landscape %d x %d, radius %d, block %d; load average %.1f on %d cores"
          % (args.size, args.size, args.radius, args.block, os.getloadavg()[0],
             os.cpu_count()), flush=True)
    if "engine" in parts:
        engine(OM, res, args, args.radius, args.sample, args.repeats)
    if "peer" in parts:
        peer(OM, res, args)
    if "radii" in parts:
        for radius in [int(r) for r in args.radii.split(",") if r]:
            if radius == args.radius and "engine" in parts:
                continue
            n = max(96, int(args.sample * (50.0 / radius) ** 2 / 2))
            engine(OM, res, args, radius, n, args.repeats)
    if "tool" in parts:
        tool(OM, res, args)


if __name__ == "__main__":
    main()
