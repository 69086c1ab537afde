"""The Python that runs QGIS (pure; no QGIS): its interpreter, and how a user adds an
optional package (pyamg, PyTorch) to it on Windows, macOS and Linux.

Inside QGIS sys.executable is the QGIS program (qgis-bin.exe on Windows, QGIS.app's QGIS on
macOS), not a Python; the interpreter lies beside QGIS's Python library, in sys.exec_prefix.
"""
import functools
import os
import subprocess
import sys


def python_executable():
    """The interpreter of the running Python (a path), also when QGIS embeds it; None if
    none is found (then nothing may be started as a Python: it would start QGIS)."""
    exe = os.path.basename(sys.executable or "").lower()
    if exe.startswith("python"):
        return sys.executable
    version = "python%d.%d" % sys.version_info[:2]
    # Windows (OSGeo4W, standalone installer): pythonw.exe opens no console window;
    # macOS: QGIS.app keeps bin/python3 beside its QGIS program
    names = ("pythonw.exe", "python.exe", os.path.join("bin", version),
             os.path.join("bin", "python3"), os.path.join("bin", "python"))
    for folder in (sys.exec_prefix, os.path.dirname(sys.executable or "")):
        for name in names:
            path = os.path.join(folder, name)
            if folder and os.path.isfile(path):
                return path
    return None


def worker_python():
    """python_executable() if it is this very Python (same version string) and imports
    numpy on this process's sys.path, as a spawned worker would; None otherwise. Each
    interpreter is tried once per session (a fraction of a second).

    Why: a program that embeds Python may report another interpreter in sys.executable
    (qgis_process on Debian 12 reports the first python3 on PATH, here a pyenv build):
    workers spawned with it die importing numpy, and a multiprocessing pool then waits for
    them forever. Callers run serially when this is None.
    """
    exe = python_executable()
    return exe if exe is not None and _runs_this_python(exe) else None


@functools.lru_cache(maxsize=None)
def _runs_this_python(exe):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    try:
        out = subprocess.run([exe, "-c", "import sys, numpy; sys.stdout.write(sys.version)"],
                             capture_output=True, text=True, timeout=120, env=env)
    except (OSError, subprocess.SubprocessError):
        return False
    return out.returncode == 0 and out.stdout == sys.version


def _console_python():
    """The interpreter a user runs pip with (python.exe, not the windowless pythonw.exe)."""
    exe = python_executable() or ""
    if os.path.basename(exe).lower() == "pythonw.exe":
        exe = os.path.join(os.path.dirname(exe), "python.exe")
    return exe


# PyPI's Linux builds of PyTorch carry CUDA (several GB); its Windows and macOS builds and
# this index's Linux builds are CPU-only, which is all the LSTM needs
TORCH_LINUX = "torch --index-url https://download.pytorch.org/whl/cpu"


def install_hint(package, platform=None, linux=None):
    """How to install ``package`` (a pip requirement, e.g. 'pyamg') into the Python that
    runs QGIS on this platform (or ``platform``, a sys.platform value); ``linux``: the pip
    arguments to use on Linux instead."""
    platform = platform or sys.platform
    if platform == "win32":
        return ("open the OSGeo4W Shell (Start menu, in the QGIS folder) and run: "
                "python -m pip install %s" % package)
    if platform == "darwin":
        exe = _console_python()
        if ".app" not in exe:
            exe = "/Applications/QGIS.app/Contents/MacOS/bin/python3"
        return ("run in Terminal, with QGIS's own Python: \"%s\" -m pip install --user %s"
                % (exe, package))
    return ("run in a terminal: python3 -m pip install --user %s (QGIS uses the system "
            "Python; where pip refuses with 'externally-managed-environment', as on Debian 12 "
            "or Ubuntu 24.04, add --break-system-packages)" % (linux or package))
