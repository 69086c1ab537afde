"""Benchmark of the Omniscape moving-window engine (not a test): windows per second.

A 1,000 x 1,000 landscape (lognormal resistance, smoothed so that it has structure;
sources = 1/R as Omniscape's source_from_resistance), radius 50, block size 5: 40,000
target windows of 7,845 cells. The batched engine (one symbolic analysis, every window's
numbers refactorised in stacks of BATCH windows) is timed on an evenly strided sample of
those windows (edge windows included in their share), with 1 and 2 worker threads; the
peer solves each window with one plain SuperLU factorisation, as Omniscape.jl does with a
direct solver, on a smaller sample of the same windows in the same run. Both compute the
cumulative current only; their maps on the peer's windows are compared. Then the rate for
radii 10, 25, 50 and 75 (1 worker).

Run:  .venv/bin/python benchmarks/bench_omniscape.py [--sample 1200] [--peer 24]
      [--size 1000] [--radii 10,25,50,75] [--repeats 3]
"""
import argparse
import os
import statistics
import time

import numpy as np


def _import():
    import _plugin
    _plugin.importable()
    from ecosecurity.algorithms.corridors import omniscape
    return omniscape


def _one_blas_thread():
    from ecosecurity.algorithms.corridors.blas_threads import single_blas_thread
    return single_blas_thread()


def landscape(n, seed=3):
    from scipy.ndimage import gaussian_filter
    rng = np.random.default_rng(seed)
    field = gaussian_filter(rng.normal(size=(n, n)), 6)
    return np.exp(2.5 * field / field.std())  # resistance about 0.01 .. 100


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
    """Median seconds of solving the job's targets (symbolic analysis done before)."""
    t0 = time.perf_counter()
    job.solvers()
    setup = time.perf_counter() - t0
    times, cpus, cum = [], [], None
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        with _one_blas_thread():  # as omniscape.run does
            if job.options.workers > 1:
                cum, _ = OM.run_threads(job)
            else:
                cum, _ = job.new_maps()
                for lo in range(0, job.n_targets, job.options.batch):
                    job.solve_range(lo, min(job.n_targets, lo + job.options.batch), cum, None)
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(times), setup, cum, statistics.median(cpus)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--radius", type=int, default=50)
    ap.add_argument("--block", type=int, default=5)
    ap.add_argument("--sample", type=int, default=1200)
    ap.add_argument("--peer", type=int, default=24)
    ap.add_argument("--radii", default="10,25,50,75")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    OM = _import()
    res = landscape(args.size)
    print("landscape %d x %d, radius %d, block %d; load average %.1f on %d cores"
          % (args.size, args.size, args.radius, args.block, os.getloadavg()[0],
             os.cpu_count()))
    rates = {}
    for workers in (1, 2):
        job, total = job_on_sample(OM, res, args.radius, args.block, args.sample, workers)
        sec, setup, _, cpu = timed(OM, job, args.repeats)
        rates[workers] = job.n_targets / sec
        print("batched, %d worker(s): %d of %d windows in %.2f s (median of %d): %.1f "
              "windows/s; %.1f ms of CPU a window; symbolic analysis %.2f s; full run "
              "about %.0f s" % (workers, job.n_targets, total, sec, args.repeats,
                                rates[workers], 1e3 * cpu / job.n_targets, setup,
                                total / rates[workers]))
    peer_job, _ = job_on_sample(OM, res, args.radius, args.block, args.peer, 1, "superlu")
    sec, _, peer_cum, cpu = timed(OM, peer_job, 1)
    peer_rate = peer_job.n_targets / sec
    check, _ = job_on_sample(OM, res, args.radius, args.block, args.peer, 1)
    cum = timed(OM, check, 1)[2]
    diff = np.abs(cum - peer_cum).max() / np.abs(peer_cum).max()
    print("peer (SuperLU per window): %d windows in %.2f s: %.2f windows/s, %.1f ms of CPU "
          "a window; batched is %.1fx (1 worker) and %.1fx (2 workers) faster; maps agree "
          "to %.1e (max |diff| / max)" % (peer_job.n_targets, sec, peer_rate,
                                          1e3 * cpu / peer_job.n_targets, rates[1] / peer_rate,
                                          rates[2] / peer_rate, diff))
    for radius in [int(r) for r in args.radii.split(",") if r]:
        n = max(40, int(args.sample * (50.0 / radius) ** 2 / 4))
        job, total = job_on_sample(OM, res, radius, args.block, n, 1)
        cells = job.solvers()[0].pattern.n
        sec, setup, _, cpu = timed(OM, job, 1)
        print("radius %3d (%5d cells a window): %.1f windows/s, %.1f ms of CPU a window "
              "(1 worker, %d windows)" % (radius, cells, job.n_targets / sec,
                                          1e3 * cpu / job.n_targets, job.n_targets))


if __name__ == "__main__":
    main()
