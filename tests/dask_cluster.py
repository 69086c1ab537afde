"""A real Dask cluster on loopback for the tests: one `dask scheduler` and workers, each a
subprocess of the test run (no nanny: a killed worker stays dead, as a lost machine).
Scheduler and workers import the plugin as `ecosecurity` and the tests' own pieces (the
scheduler unpickles the tasks too)."""
import os
import signal
import socket
import subprocess
import sys
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
        port = int(self.address.rsplit(":", 1)[1])
        self.procs.append(self._start(["-m", "distributed.cli.dask_scheduler", "--host",
                                       "127.0.0.1", "--port", str(port), "--no-dashboard"]))
        self._wait_port(port)
        for _ in range(n_workers):
            self.add_worker(threads)
        self.wait_workers(n_workers)

    def _start(self, args):
        return subprocess.Popen([sys.executable] + args, env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)

    def add_worker(self, threads=1):
        proc = self._start(["-m", "distributed.cli.dask_worker", self.address, "--nthreads",
                            str(threads), "--no-nanny", "--no-dashboard", "--memory-limit", "0",
                            "--host", "127.0.0.1"])
        self.procs.append(proc)
        self.workers.append(proc)
        return proc

    def _wait_port(self, port, timeout=60):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    return
            time.sleep(0.2)
        raise RuntimeError("dask scheduler did not start on %d" % port)

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
