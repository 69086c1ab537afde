"""Benchmark of the pieces on a Dask cluster (not a test): pieces per second with one and
two Dask workers (a scheduler and workers started here on loopback, one thread each),
against the same work in one process and on two local processes, in the same run.

Three representative tools:
- omniscape windows: a strided sample of the windows of a lognormal landscape, in pieces
  of several batches (omniscape_pieces.py); the peer is the one-process batch loop;
- circuitscape pairs: the per-pair maps of K focal points (maximum map: one sparse pass a
  pair), in pieces of interleaved pairs (parallel.py); the peer is workers=1;
- resistancesurface blocks: the tool's loop (strips of three factors and a correction
  read from GeoTIFF here, overlay.overlay_block as pieces, the result written here in
  order); strips of --overlay-strip-mib (the tool's 16 MiB would make one piece of a grid
  of a few 10^6 cells); the peer is the same loop in one process.
It also prints the per-piece figures the README's plan for 10^9 cells rests on: what is
sent once to each worker, what a piece sends back, seconds of work a piece.

Run:  .venv/bin/python benchmarks/bench_dask.py [--size 400] [--radius 20] [--sample 800]
      [--circuit-size 400] [--focal 16] [--overlay-size 2000] [--overlay-strip-mib 1]
      [--repeats 3] [--only omniscape,circuit,overlay]
"""
import argparse
import os
import pickle
import statistics
import sys
import time

import numpy as np

import _plugin


def landscape(n, seed=3):
    from scipy.ndimage import gaussian_filter
    rng = np.random.default_rng(seed)
    field = gaussian_filter(rng.normal(size=(n, n)), 6)
    return np.exp(2.5 * field / field.std())  # resistance about 0.01 .. 100


def omniscape_job(OM, res, radius, sample):
    o = OM.Options(radius=radius, block_size=3, source_from_resistance=True)
    _, cond, src = OM.prepare(res, None, o)
    job = OM.Job(cond, src, o)
    keep = np.arange(0, job.n_targets, max(1, job.n_targets // sample))[:sample]
    job.ys, job.xs, job.amps = job.ys[keep], job.xs[keep], job.amps[keep]
    return job


def median_time(fn, repeats):
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def bench_omniscape(OM, OP, args, where):
    from ecosecurity.algorithms.corridors.blas_threads import single_blas_thread
    res = landscape(args.size)
    job = omniscape_job(OM, res, args.radius, args.sample)
    n = job.n_targets

    def serial():
        with single_blas_thread():
            cum, _ = job.new_maps()
            for lo in range(0, n, job.options.batch):
                job.solve_range(lo, min(n, lo + job.options.batch), cum, None)
        return cum
    job.solvers()
    sec, ref = median_time(serial, args.repeats)
    print("omniscape, %d x %d, radius %d: %d windows of %d cells; job sent once a worker: "
          "%.1f MB pickled" % (args.size, args.size, args.radius, n,
                               job.solvers()[0].pattern.n, len(pickle.dumps(_shipped(job)))
                               / 1e6))
    print("  one process (batch loop):   %6.1f windows/s" % (n / sec))
    rates = {"serial": n / sec}
    for label, workers, scheduler in where:
        pieces = OP.PIECES_PER_SLOT * (workers if not scheduler else _slots(scheduler))
        sec, (cum, _) = median_time(lambda: OP.run_pieces(job, None, workers, scheduler),
                                    args.repeats)
        diff = np.abs(cum - ref).max() / np.abs(ref).max()
        rates[label] = n / sec
        print("  %-27s %6.1f windows/s, %5.2f pieces/s (%d pieces of %d windows); "
              "%.1fx one process; maps agree to %.1e" % (
                  label + ":", n / sec, pieces / sec, pieces, -(-n // pieces),
                  n / sec / rates["serial"], diff))
    for slots in (1, 2):
        print("  %d slot(s): a piece sends back %.2f MB (its windows' box, 8 bytes a cell; "
              "the whole padded map is %.2f MB)" % (slots, box_bytes(job, OP, slots) / 1e6,
                                                    job.new_maps()[0].nbytes / 1e6))
    print("  one window: %.1f ms of one core in one process" % (1e3 / rates["serial"]))
    for label, workers, scheduler in where:
        sec, _ = median_time(lambda: _start_and_stop(_shipped(job), workers, scheduler),
                             args.repeats)
        print("  %-27s %.2f s to start, send the job once a worker and stop (no piece)"
              % (label + ":", sec))
    return rates


def _start_and_stop(shared, workers, scheduler):
    from ecosecurity.algorithms.executor import Pieces
    with Pieces(shared, workers, scheduler) as run:  # Dask: connected and job sent
        if not scheduler:  # local processes start, and get the job, with a first piece
            run.map(_nothing, [0])


def _nothing(shared, piece):
    return None


def box_bytes(job, OP, slots):
    """Mean bytes a piece sends back (cumulative map only), as run_pieces cuts them."""
    n, batch = job.n_targets, job.options.batch
    per = -(-n // (OP.PIECES_PER_SLOT * slots * batch)) * batch
    side = 2 * job.R + 1
    sizes = [(np.ptp(job.ys[lo:lo + per]) + side) * (np.ptp(job.xs[lo:lo + per]) + side) * 8
             for lo in range(0, n, per)]
    return float(np.mean(sizes))


def _shipped(job):
    import copy
    out = copy.copy(job)
    out._solvers = None
    return out


def _slots(scheduler):
    from distributed import Client
    with Client(scheduler, timeout=30, set_as_default=False) as client:
        return sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())


def bench_circuit(CS, args, where):
    rng = np.random.default_rng(4)
    res = landscape(args.circuit_size, seed=5)
    pts = np.zeros(res.shape)
    pts.ravel()[rng.choice(res.size, args.focal, replace=False)] = np.arange(1, args.focal + 1)
    n = args.focal * (args.focal - 1) // 2

    def run(workers=1, scheduler=""):
        return CS.pairwise(res, pts, cum_map=True, max_map=True, workers=workers,
                           scheduler=scheduler)
    sec, ref = median_time(run, args.repeats)
    print("circuitscape, %d x %d, %d focal points: %d pairs (factorisation and %d solves "
          "in the calling process, pair maps as pieces)" % (res.shape + (args.focal, n,
                                                                          args.focal)))
    print("  one process:                %6.1f pairs/s" % (n / sec))
    for label, workers, scheduler in where:
        pieces = (workers if not scheduler else 2 * _slots(scheduler))
        sec, out = median_time(lambda: run(workers, scheduler), args.repeats)
        diff = max(np.abs(out[k] - ref[k]).max() / np.abs(ref[k]).max()
                   for k in ("cum_current", "max_current"))
        print("  %-27s %6.1f pairs/s, %5.2f pieces/s (%d pieces); maps agree to %.1e"
              % (label + ":", n / sec, pieces / sec, pieces, diff))


def overlay_rasters(folder, n, seed=7):
    """Three factor score rasters and a correction raster of n x n cells (GeoTIFF, as the
    tool reads them)."""
    from osgeo import gdal
    rng = np.random.default_rng(seed)
    paths = []
    for k, (lo, hi) in enumerate([(1, 5), (1, 5), (1, 9), (1.0, 1.5)]):
        path = os.path.join(folder, "layer%d.tif" % k)
        ds = gdal.GetDriverByName("GTiff").Create(path, n, n, 1, gdal.GDT_Float32,
                                                  ["TILED=YES"])
        ds.SetGeoTransform((500000.0, 30.0, 0, 4000000.0, 0, -30.0))
        ds.GetRasterBand(1).SetNoDataValue(-9999.0)
        ds.GetRasterBand(1).WriteArray(rng.uniform(lo, hi, (n, n)).astype(np.float32))
        ds = None
        paths.append(path)
    return paths[:3], paths[3:]


def bench_overlay(args, where):
    import tempfile
    from ecosecurity.algorithms import grids
    from ecosecurity.algorithms.executor import Pieces
    from ecosecurity.algorithms.resistance import overlay as OV
    n = args.overlay_size
    weights = np.array([0.5, 0.3, 0.2])
    with tempfile.TemporaryDirectory(prefix="bench-dask-") as folder:
        facs, fixes = overlay_rasters(folder, n)
        readers = [grids.RasterIn(p) for p in facs]
        fixers = [grids.RasterIn(p) for p in fixes]
        step = max(1, args.overlay_strip_mib * 2 ** 20 // (4 * n))
        pieces = -(-n // step)

        def strips():
            for r0 in range(0, n, step):
                rows = min(step, n - r0)
                yield (r0, [r.read(r0, rows, np.float32) for r in readers],
                       [c.read(r0, rows, np.float32) for c in fixers])

        def loop(workers=1, scheduler=""):
            out = grids.RasterOut(os.path.join(folder, "out.tif"), readers[0], np.float32,
                                  -9999.0)
            with Pieces(weights, workers, scheduler) as run:
                for r0, block, _, _, _ in run.imap(OV.overlay_block, strips()):
                    out.write(r0, block)
            out.ds.FlushCache()
            grid = out.read(0, n)
            out.close()
            return grid
        sec, ref = median_time(loop, args.repeats)
        print("resistancesurface, %d x %d cells (3 factors, 1 correction): %d pieces of %d "
              "rows (%.1f MB in, %.1f MB out a piece)" % (
                  n, n, pieces, step, 16 * step * n / 1e6, 4 * step * n / 1e6))
        print("  one process:                %6.2f pieces/s, %5.1f M cells/s"
              % (pieces / sec, n * n / sec / 1e6))
        for label, workers, scheduler in where:
            sec, got = median_time(lambda: loop(workers, scheduler), args.repeats)
            print("  %-27s %6.2f pieces/s, %5.1f M cells/s; identical: %s" % (
                label + ":", pieces / sec, n * n / sec / 1e6,
                bool(np.array_equal(got, ref, equal_nan=True))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=400)
    ap.add_argument("--radius", type=int, default=20)
    ap.add_argument("--sample", type=int, default=800)
    ap.add_argument("--circuit-size", type=int, default=400)
    ap.add_argument("--focal", type=int, default=16)
    ap.add_argument("--overlay-size", type=int, default=2000)
    ap.add_argument("--overlay-strip-mib", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--only", default="omniscape,circuit,overlay")
    args = ap.parse_args()
    only = set(args.only.split(","))
    plugins = _plugin.importable()
    sys.path.insert(0, str(_plugin.REPO / "tests"))
    from dask_cluster import LoopbackCluster
    from ecosecurity.algorithms.corridors import circuit as CS
    from ecosecurity.algorithms.corridors import omniscape as OM
    from ecosecurity.algorithms.corridors import omniscape_pieces as OP
    print("load average %.1f on %d cores" % (os.getloadavg()[0],
                                                               os.cpu_count()))
    one = LoopbackCluster(1, paths=[plugins])
    two = LoopbackCluster(2, paths=[plugins])
    try:
        where = [("2 local processes", 2, ""), ("Dask, 1 worker", 1, one.address),
                 ("Dask, 2 workers", 1, two.address)]
        if "omniscape" in only:
            bench_omniscape(OM, OP, args, where)
        if "circuit" in only:
            bench_circuit(CS, args, where)
        if "overlay" in only:
            bench_overlay(args, where)
    finally:
        one.stop()
        two.stop()


if __name__ == "__main__":
    main()
