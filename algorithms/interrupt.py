"""SIGINT and SIGTERM stop a run like a cancel: the tool removes what it wrote, then the
signal takes its usual course (the process ends). Without this, qgis_process ignored
SIGINT and SIGTERM killed it mid-write, leaving a hidden '.<name>.<hash>.part' file.
Handlers can only be set from the main thread (qgis_process, scripts); a run in a QGIS
background task is cancelled from its dialog instead."""
import signal
import threading

from .errors import Cancelled

SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None))
                if s is not None)


class Interrupted(Cancelled):
    """The run was stopped by a signal (signum)."""

    def __init__(self, signum):
        super().__init__("stopped by signal %d" % signum)
        self.signum = signum


class stop_on_signals:
    """While active (main thread only), SIGINT and SIGTERM raise Interrupted."""

    def __enter__(self):
        self.old = {}
        if threading.current_thread() is threading.main_thread():
            for sig in SIGNALS:
                self.old[sig] = signal.getsignal(sig)
                signal.signal(sig, _raise)
        return self

    def __exit__(self, *exc):
        for sig, old in self.old.items():
            # a handler set outside Python (None) cannot be put back: the default stands in
            signal.signal(sig, old if old is not None else signal.SIG_DFL)
        return False


def _raise(signum, frame):
    raise Interrupted(signum)


def redeliver(err):
    """After the clean-up: give an Interrupted run's signal to its restored handler."""
    if isinstance(err, Interrupted):
        signal.raise_signal(err.signum)
