"""A real Dask cluster on loopback for the tests: one `dask scheduler` and workers, each a
subprocess of the test run (no nanny: a killed worker stays dead, as a lost machine).
Scheduler and workers import the plugin as `ecosecurity` and the tests' own pieces (the
scheduler unpickles the tasks too)."""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopbackCluster:
    """scheduler address in .address; workers in .workers (Popen); stop() ends them all."""

    def __init__(self, n_workers=2, threads=1, paths=None):
        """paths: folders the scheduler and workers import from (default: the plugin as
        `ecosecurity` and the tests)."""
        if paths is None:
            from conftest import PLUGINS, REPO
            paths = [PLUGINS, REPO / "tests"]
        self.address = "tcp://127.0.0.1:%d" % free_port()
        old = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
        self.env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(p) for p in paths] + old),
                        OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
        self.procs, self.workers = [], []
        self._start_scheduler()
        for _ in range(n_workers):
            self.add_worker(threads)
        self.wait_workers(n_workers)

    def _start(self, args, log=None):
        out = subprocess.DEVNULL if log is None else log
        return subprocess.Popen([sys.executable] + args, env=self.env, stdout=out,
                                stderr=subprocess.STDOUT if log is not None else out,
                                start_new_session=True)

    def _start_scheduler(self, attempts=3):
        """The scheduler on a free port. A port found free can be taken by another process
        before the scheduler binds it: then the scheduler exits and another port is tried.
        What it printed is kept for the error when it never listens."""
        for _ in range(attempts):
            port = int(self.address.rsplit(":", 1)[1])
            log = tempfile.TemporaryFile()
            proc = self._start(["-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                "--port", str(port), "--no-dashboard"], log)
            if self._wait_port(port, proc):
                self.procs.append(proc)
                log.close()  # the scheduler keeps its own descriptor
                return
            if proc.poll() is None:
                proc.kill()
            proc.wait(20)
            log.seek(0)
            printed = log.read().decode("utf-8", "replace")[-3000:]
            log.close()
            self.address = "tcp://127.0.0.1:%d" % free_port()
        raise RuntimeError("dask scheduler did not start on 127.0.0.1 (%d attempts); it "
                           "printed:\n%s" % (attempts, printed))

    def add_worker(self, threads=1):
        proc = self._start(["-m", "distributed.cli.dask_worker", self.address, "--nthreads",
                            str(threads), "--no-nanny", "--no-dashboard", "--memory-limit", "0",
                            "--host", "127.0.0.1"])
        self.procs.append(proc)
        self.workers.append(proc)
        return proc

    @staticmethod
    def _wait_port(port, proc, timeout=120):
        """True once the port listens; False when proc exits or the time is up."""
        end = time.monotonic() + timeout
        while time.monotonic() < end and proc.poll() is None:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    return True
            time.sleep(0.2)
        return False

    def wait_workers(self, n, timeout=90):
        from distributed import Client
        with Client(self.address, timeout=30, set_as_default=False) as client:
            client.wait_for_workers(n, timeout=timeout)

    def n_workers(self):
        from distributed import Client
        with Client(self.address, timeout=30, set_as_default=False) as client:
            return len(client.scheduler_info()["workers"])

    def kill(self, proc):
        """Kill a worker at once (SIGKILL: no goodbye to the scheduler)."""
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(30)

    def stop(self):
        """Workers killed (nothing of theirs is kept), then the scheduler stopped."""
        for proc in self.workers:
            self.kill(proc)
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(20)
