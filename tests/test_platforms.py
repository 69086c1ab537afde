"""What differs on Windows and macOS, run here by faking each platform's answer: the free
memory behind every memory check, and how parallel workers are started."""
import ctypes
import multiprocessing as mp
import subprocess
import sys
import types
import warnings

import numpy as np
import pytest

from ecosecurity.algorithms import executor, grids, pyenv
from ecosecurity.algorithms.shown import shown

GB = 2 ** 30

# vm_stat as macOS 14 prints it (Apple silicon: 16 KiB pages)
VM_STAT = """Mach Virtual Memory Statistics: (page size of 16384 bytes)
Pages free:                                3405.
Pages active:                            171420.
Pages inactive:                          167940.
Pages speculative:                         1537.
Pages throttled:                              0.
Pages wired down:                         94722.
Pages purgeable:                           4216.
"Translation faults":                 510281562.
Pages copy-on-write:                   18464591.
Pages stored in compressor:              485211.
Pages occupied by compressor:            170181.
"""


@pytest.fixture
def no_psutil(monkeypatch):
    monkeypatch.setitem(sys.modules, "psutil", None)  # import psutil -> ImportError


def test_psutil_is_asked_first_where_it_is_installed(monkeypatch):
    fake = types.SimpleNamespace(virtual_memory=lambda: types.SimpleNamespace(available=5 * GB))
    monkeypatch.setitem(sys.modules, "psutil", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(grids, "_windows_available", lambda: pytest.fail("OS call made"))
    assert grids.available_memory() == 5 * GB


def test_windows_reads_global_memory_status(monkeypatch, no_psutil):
    class Kernel32:
        def GlobalMemoryStatusEx(self, ref):  # noqa: N802 - the Windows API's name
            status = ref._obj
            assert status.dwLength == ctypes.sizeof(grids._MemoryStatusEx) == 64
            status.ullTotalPhys, status.ullAvailPhys = 16 * GB, 3 * GB + 123
            return 1

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=Kernel32()),
                        raising=False)
    assert grids.available_memory() == 3 * GB + 123


def test_windows_failure_means_unknown():
    failing = types.SimpleNamespace(GlobalMemoryStatusEx=lambda ref: 0)
    assert grids._windows_available(failing) is None


def test_macos_reads_vm_stat(monkeypatch, no_psutil):
    calls = []

    def run(args, **kwargs):
        calls.append(args)
        return subprocess.CompletedProcess(args, 0, stdout=VM_STAT)

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(subprocess, "run", run)
    assert grids.available_memory() == (3405 + 167940) * 16384
    assert calls == [["vm_stat"]]


def test_macos_without_vm_stat_is_unknown():
    def run(args, **kwargs):
        raise FileNotFoundError(args[0])
    assert grids._macos_available(run) is None


def test_linux_reads_mem_available(tmp_path, monkeypatch, no_psutil):
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:       24576000 kB\nMemFree:         1000000 kB\n"
                       "MemAvailable:   12345678 kB\nBuffers:          100000 kB\n")
    assert grids._posix_available(str(meminfo)) == 12345678 * 1024
    monkeypatch.setattr(sys, "platform", "linux")
    assert grids.available_memory() > 0  # the real /proc/meminfo of this machine


def test_every_platform_dispatches_to_its_reader(monkeypatch, no_psutil):
    for platform, reader, value in (("win32", "_windows_available", 1), ("darwin",
                                    "_macos_available", 2), ("linux", "_posix_available", 3),
                                    ("freebsd14", "_posix_available", 3)):
        monkeypatch.setattr(sys, "platform", platform)
        monkeypatch.setattr(grids, reader, lambda value=value: value)
        assert grids.available_memory() == value


def test_workers_are_spawned_not_forked():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Python 3.12+ warns when forking a threaded process
        with executor.Pieces({"probe": 41}, workers=2) as run:
            assert run.mode == "processes"
            started = run.map(_start_method_and_state, [0, 1])
    assert started == [("spawn", 41), ("spawn", 41)]


def _start_method_and_state(shared, _):
    return mp.get_start_method(), shared["probe"]


@pytest.mark.parametrize("layout, expected", [
    (["pythonw.exe", "python.exe"], "pythonw.exe"),      # OSGeo4W / standalone Windows
    (["python.exe"], "python.exe"),
    (["bin/python3.{minor}", "bin/python3"], "bin/python3.{minor}"),  # QGIS.app (macOS)
    (["bin/python3"], "bin/python3")])
def test_inside_qgis_workers_run_the_python_beside_it(tmp_path, monkeypatch, layout, expected):
    minor = sys.version_info[1]
    for name in layout:
        path = tmp_path / name.format(minor=minor)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "qgis-bin.exe"))
    monkeypatch.setattr(sys, "exec_prefix", str(tmp_path))
    assert pyenv.python_executable() == str(tmp_path / expected.format(minor=minor))


def test_outside_qgis_workers_run_this_python():
    assert pyenv.python_executable() == sys.executable


def test_macos_app_python_beside_the_qgis_program(tmp_path, monkeypatch):
    macos = tmp_path / "QGIS.app" / "Contents" / "MacOS"
    (macos / "bin").mkdir(parents=True)
    (macos / "bin" / "python3").write_text("")
    monkeypatch.setattr(sys, "executable", str(macos / "QGIS"))
    monkeypatch.setattr(sys, "exec_prefix", str(tmp_path / "QGIS.app" / "Contents" / "Frameworks"))
    assert pyenv.python_executable() == str(macos / "bin" / "python3")
    assert str(macos / "bin" / "python3") in pyenv.install_hint("pyamg", "darwin")


def test_without_a_python_beside_qgis_pairs_run_in_process(tmp_path, monkeypatch):
    """Spawning the QGIS program would open another QGIS: no workers then, same maps."""
    from ecosecurity.algorithms.corridors import circuit
    rng = np.random.default_rng(2)
    res = rng.lognormal(1.0, 1.0, (20, 25))
    pts = np.zeros(res.shape)
    pts.ravel()[rng.choice(res.size, 5, replace=False)] = np.arange(1, 6)
    one = circuit.pairwise(res, pts, cum_map=True, workers=1)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "qgis-bin.exe"))
    monkeypatch.setattr(sys, "exec_prefix", str(tmp_path))
    monkeypatch.setattr(executor, "ProcessPoolExecutor", lambda *a, **k: pytest.fail(
        "QGIS spawned"))
    two = circuit.pairwise(res, pts, cum_map=True, workers=2)
    np.testing.assert_array_equal(two["cum_current"], one["cum_current"])


@pytest.mark.parametrize("platform, expected", [
    ("win32", "OSGeo4W Shell (Start menu, in the QGIS folder) and run: "
              "python -m pip install pyamg"),
    ("darwin", "-m pip install --user pyamg"),
    ("linux", "python3 -m pip install --user pyamg (QGIS uses the system Python; where pip "
              "refuses with 'externally-managed-environment'")])
def test_install_hints_name_each_platforms_command(platform, expected):
    assert expected in pyenv.install_hint("pyamg", platform)


def test_messages_show_numbers_as_python_writes_them():
    assert shown(np.float64(0.5)) == "0.5"
    assert shown(np.int64(3)) == "3"
    assert shown((np.float32(0.25), "fod", [np.int8(1)])) == "(0.25, 'fod', [1])"
    assert shown(np.array(2.5)) == "2.5"
    assert shown("x") == "'x'"


def test_missing_pyamg_tells_how_to_install_it(run, tmp_path, monkeypatch):
    from qgis.core import QgsProcessingException
    from helpers import write_raster
    monkeypatch.setitem(sys.modules, "pyamg", None)  # import pyamg -> ImportError
    res = write_raster(tmp_path / "r.tif", np.ones((10, 12), np.float32), nodata=-9999)
    focal = np.zeros((10, 12), np.float32)
    focal[1, 1], focal[8, 10] = 1, 2
    f_path = write_raster(tmp_path / "f.tif", focal, nodata=0)
    with pytest.raises(QgsProcessingException) as err:
        run("circuitscape", {"RESISTANCE": res, "FOCAL_RASTER": f_path, "SOLVER": 2,
                             "OUTPUT_CURRENT": str(tmp_path / "c.tif"),
                             "OUTPUT_RESISTANCES": str(tmp_path / "r.csv")})
    assert "needs the Python package pyamg" in str(err.value)
    assert pyenv.install_hint("pyamg") in str(err.value)
