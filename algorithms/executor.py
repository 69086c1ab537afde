"""Independent pieces of work, run in order on this process, local processes or a Dask
cluster (pure: no QGIS).

One interface for every tool whose work splits into pieces (pairs, links, windows, blocks):

    with Pieces(shared, workers=2, scheduler="tcp://host:8786") as run:
        for result in run.imap(func, pieces):
            ...

func(shared, piece) must be a module-level function (pickled by reference) and the pieces
and shared data picklable. Results come back in the order of the pieces, so a caller that
folds them in that order gets the same result whichever way they ran. ``shared`` crosses
to each worker once (a spawned process's initializer; Dask: one broadcast scatter), not
once per piece; the pieces themselves are sent as they are submitted, at most ``window``
at a time, so a stream of blocks is never read whole into memory.

Failures: an error raised by func comes back as it is. A lost Dask worker's pieces are
rerun on the others (Dask's own rescheduling plus ``retries``); when a piece cannot be
finished (workers keep dying, none left, the scheduler is gone) ClusterError names the
scheduler, and the caller writes nothing (the tools' base removes their outputs on errors).
Dask (dask + distributed) is optional: imported only when a scheduler is given.
"""
import contextlib
import multiprocessing as mp
import os
import sys
import time
import uuid
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .errors import Cancelled, EcoError
from . import pyenv
from .pyenv import install_hint

# how long a run waits for a worker when the cluster has none (seconds)
NO_WORKER_GRACE = 30.0
# how often a wait on a Dask piece looks at cancel and at the cluster (seconds)
POLL = 0.5
# how many times Dask reruns a piece whose worker failed it (a lost worker's pieces are
# rescheduled besides that, up to distributed's allowed-failures)
RETRIES = 2

_SHARED = {}


class ClusterError(EcoError):
    """The pieces could not be run where they were sent (cluster or local processes)."""


def dask_client_class():
    """distributed.Client, or ClusterError telling how to install Dask into this Python."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(
            "A Dask scheduler was given, but Dask is not installed in the Python that runs "
            "QGIS. To install it, {how}; then restart QGIS. Or leave SCHEDULER empty to run "
            "on this computer.", how=install_hint('"dask[distributed]"')) from None
    return Client


# Each local process runs one piece at a time: its numeric libraries get one thread each
# (BLAS or OpenMP threads in every process would crowd the cores; a 2-core run of the
# moving-window tool was 2x slower with them)
ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@contextlib.contextmanager
def _one_thread_each():
    old = {k: os.environ.get(k) for k in ONE_THREAD}
    os.environ.update({k: "1" for k in ONE_THREAD})
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _nothing():
    return None


def _init_local(shared):
    _SHARED["shared"] = shared


def _call_local(func, piece):
    return func(_SHARED["shared"], piece)


class Pieces:
    """Where pieces run: scheduler (a Dask address) if given, else ``workers`` spawned
    local processes (1: this process). A context manager; leaving it cancels what is left
    and closes the processes or the cluster connection."""

    def __init__(self, shared=None, workers=1, scheduler="", window=None,
                 cancelled=None, progress=None):
        self.shared = shared
        self.workers = max(int(workers or 1), 1)
        self.scheduler = (scheduler or "").strip()
        self.window = window
        self.cancelled = cancelled
        self.progress = progress
        self._pool = self._client = self._remote = None
        self._futures = deque()

    # where ---------------------------------------------------------------------------
    @property
    def mode(self):
        if self.scheduler:
            return "dask"
        # worker_python: None when the interpreter this program names is not this Python
        # (qgis_process on Debian 12 names the first python3 on PATH): workers spawned
        # with it would die importing numpy and the pool would wait for them forever
        if self.workers > 1 and pyenv.worker_python() is not None:
            return "processes"
        return "serial"

    def __enter__(self):
        if self.mode == "dask":
            self._connect()
        elif self.mode == "processes":
            ctx = mp.get_context("spawn")  # never fork beside Qt's threads (parallel.py)
            exe = pyenv.worker_python()
            if exe != sys.executable:  # inside QGIS: the Python beside it, not QGIS
                ctx.set_executable(exe)
            if not getattr(sys, "argv", None):  # an embedding program may set none
                sys.argv = [""]
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx,
                                             initializer=_init_local,
                                             initargs=(self.shared,))
            with _one_thread_each():  # the processes start now, with these variables
                for fut in [self._pool.submit(_nothing) for _ in range(self.workers)]:
                    fut.result()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        for fut in self._futures:
            fut.cancel()
        self._futures.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._client is not None:
            try:
                self._client.close(timeout=10)
            except Exception:  # noqa: BLE001 - the run's own outcome matters, not this
                pass
            self._client = None

    @property
    def slots(self):
        """How many pieces run at once: worker threads of the cluster, else workers."""
        if self._client is not None:
            info = self._client.scheduler_info()["workers"]
            return max(1, sum(w.get("nthreads", 1) for w in info.values()))
        return self.workers if self.mode == "processes" else 1

    def _connect(self):
        Client = dask_client_class()
        try:
            self._client = Client(self.scheduler, timeout=10, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise ClusterError("Could not connect to the Dask scheduler at {scheduler}: "
                               "{reason}. Check the address (e.g. tcp://host:8786) and "
                               "that the scheduler runs, or leave SCHEDULER empty to run on "
                               "this computer.", scheduler=self.scheduler,
                               reason=str(err) or type(err).__name__) from None
        try:
            self._client.wait_for_workers(1, timeout=NO_WORKER_GRACE)
        except (OSError, TimeoutError):
            self._lost("the cluster has no workers")
        if self.shared is not None:
            # one copy per worker, sent once (a list: scatter would split a dict)
            self._remote = self._client.scatter([self.shared], broadcast=True,
                                                hash=False)[0]

    def _lost(self, reason):
        raise ClusterError("The run on the Dask cluster at {scheduler} failed: {reason}. "
                           "Nothing was written; check the workers and run again, or leave "
                           "SCHEDULER empty to run on this computer.",
                           scheduler=self.scheduler, reason=reason) from None

    # running -------------------------------------------------------------------------
    def imap(self, func, pieces, total=None):
        """func(shared, piece) for every piece, yielded in the order of the pieces.
        progress(done, total) is called after each; cancelled() -> True raises Cancelled."""
        if total is None and hasattr(pieces, "__len__"):
            total = len(pieces)
        done = 0
        for result in self._results(func, pieces):
            done += 1
            if self.progress is not None:
                self.progress(done, total)
            yield result

    def map(self, func, pieces):
        """The results of imap as a list."""
        return list(self.imap(func, pieces))

    def _check_cancel(self):
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def _results(self, func, pieces):
        mode = self.mode
        if mode == "serial":
            for piece in pieces:
                self._check_cancel()
                yield func(self.shared, piece)
            return
        window = self.window or 2 * self.slots + 2
        submit = self._submitter(func)
        for piece in pieces:
            self._check_cancel()
            self._futures.append(submit(piece))
            if len(self._futures) >= window:
                yield self._next()
        while self._futures:
            yield self._next()

    def _submitter(self, func):
        if self._pool is not None:
            return lambda piece: self._pool.submit(_call_local, func, piece)
        run = uuid.uuid4().hex[:12]
        count = iter(range(sys.maxsize))
        return lambda piece: self._client.submit(
            _call_remote, func, self._remote, piece, pure=False, retries=RETRIES,
            key="ecosecurity-%s-%d" % (run, next(count)))

    def _next(self):
        fut = self._futures[0]
        if self._pool is not None:
            while True:
                self._check_cancel()
                try:
                    result = fut.result(timeout=POLL)
                    break
                except TimeoutError:
                    continue
                except BrokenProcessPool:
                    raise ClusterError("A local worker process stopped unexpectedly (out "
                                       "of memory?). Nothing was written; try fewer "
                                       "workers.") from None
        else:
            result = self._wait_remote(fut)
        self._futures.popleft()
        return result

    def _wait_remote(self, fut):
        from distributed import TimeoutError as DaskTimeout
        idle_since = None
        while True:
            self._check_cancel()
            try:
                return fut.result(timeout=POLL)
            except (TimeoutError, DaskTimeout):
                pass
            except Exception as err:  # noqa: BLE001 - sorted below
                self._raise_remote(err)
            try:
                n = len(self._client.scheduler_info()["workers"])
            except Exception:  # noqa: BLE001 - a closed connection reads as no worker
                n = 0
            if n:
                idle_since = None
            elif idle_since is None:
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since > NO_WORKER_GRACE:
                self._lost("no worker is left")

    def _raise_remote(self, err):
        """Errors of the cluster become ClusterError; the pieces' own errors stay."""
        from distributed.client import FutureCancelledError
        from distributed.comm.core import CommClosedError
        from distributed.scheduler import KilledWorker
        if isinstance(err, KilledWorker):
            self._lost("workers died while running a piece (%s)" % err)
        if isinstance(err, (CommClosedError, FutureCancelledError, OSError)):
            self._lost("%s: %s" % (type(err).__name__, err))
        raise err


def _call_remote(func, shared, piece):
    return func(shared, piece)


def chunks(n, parts):
    """Indices 0..n-1 split into at most ``parts`` interleaved groups (a balanced share of
    cheap and dear pieces each)."""
    parts = max(1, min(int(parts), n))
    return [list(range(w, n, parts)) for w in range(parts)]
