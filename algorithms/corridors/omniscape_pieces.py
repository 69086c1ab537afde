"""Omniscape's windows as pieces on local processes or a Dask cluster (executor.py).

A piece is a run of consecutive targets (several batches). The targets are ordered column
by column, so a piece's windows cover a band of columns: the worker returns only the box
its windows cover of its current (and flow potential) maps, which the caller adds into the
whole maps in the pieces' order. The landscape (the Job, without its solvers) crosses to each worker once;
each worker sets up its solvers once and keeps them for all its pieces.
"""
import copy
import threading

from ..executor import Pieces
from .blas_threads import single_blas_thread

# pieces a worker thread gets: enough to balance uneven windows and to lose little with a
# lost worker, few enough that the bands sent back stay a small part of the run
PIECES_PER_SLOT = 4
_LOCK = threading.Lock()


def run_pieces(job, progress=None, workers=1, scheduler=""):
    """(cumulative, flow potential) padded maps of every target of job."""
    shipped = copy.copy(job)
    shipped._solvers = None  # solver objects are set up on each worker, not pickled
    n, batch = job.n_targets, job.options.batch
    cum, fp = job.new_maps()
    with Pieces(shipped, workers, scheduler) as run:
        per = -(-n // (PIECES_PER_SLOT * run.slots * batch)) * batch
        ranges = [(lo, min(n, lo + per)) for lo in range(0, n, per)]
        for (lo, hi), (box, c, f) in zip(ranges, run.imap(_box, ranges)):
            cum[box] += c
            if fp is not None:
                fp[box] += f
            if progress is not None:
                progress(hi, n)
    return cum, fp


def _box(job, piece):
    """Targets lo..hi-1 solved batch by batch; (box, its current, its flow potential)."""
    lo, hi = piece
    with _LOCK:  # worker threads share the job: its solvers are set up once
        solvers = job.solvers()
        if job.options.flow_potential:
            solvers[1].prime()
    cum, fp = job.new_maps()
    with single_blas_thread():  # as omniscape.run: a worker's BLAS threads only slow it
        for start in range(lo, hi, job.options.batch):
            job.solve_range(start, min(hi, start + job.options.batch), cum, fp)
    side = max(s.pattern.side for s in solvers if s is not None)
    ys, xs = job.ys[lo:hi], job.xs[lo:hi]
    box = (slice(int(ys.min()), int(ys.max()) + side), slice(int(xs.min()), int(xs.max()) + side))
    return box, cum[box].copy(), (fp[box].copy() if fp is not None else None)
