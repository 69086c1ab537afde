"""The JRC MSPA engine (GuidosToolbox's, inside pyguidos 2.6.3, GPL-3.0-or-later) as a test
oracle only: never imported by the plugin.

The wheel is downloaded into build/oracle/ when missing, unpacked, and only its compiled
module `_mspa` is loaded (the package's own Python needs numpy 2 and rasterio):

    .venv/bin/python -m pip download --no-deps pyguidos==2.6.3 -d build/oracle
"""
import importlib.machinery
import importlib.util
import pathlib
import subprocess
import sys
import zipfile

REPO = pathlib.Path(__file__).resolve().parents[1]
ORACLE_DIR = REPO / "build" / "oracle"
VERSION = "2.6.3"

_module = None


def _so_path():
    found = sorted((ORACLE_DIR / "wheel").glob("pyguidos/_mspa/_mspa*.so"))
    return found[0] if found else None


def download():
    """Download and unpack the pyguidos wheel into build/oracle; return the .so path."""
    so = _so_path()
    if so is not None:
        return so
    ORACLE_DIR.mkdir(parents=True, exist_ok=True)
    wheels = sorted(ORACLE_DIR.glob("pyguidos-%s-*.whl" % VERSION))
    if not wheels:
        python = REPO / ".venv" / "bin" / "python"
        subprocess.run([str(python if python.exists() else sys.executable), "-m", "pip",
                        "download", "--no-deps", "pyguidos==%s" % VERSION,
                        "-d", str(ORACLE_DIR)], check=True, capture_output=True, timeout=600)
        wheels = sorted(ORACLE_DIR.glob("pyguidos-%s-*.whl" % VERSION))
    with zipfile.ZipFile(wheels[0]) as zf:
        zf.extractall(ORACLE_DIR / "wheel")
    return _so_path()


def load():
    """The compiled `_mspa` module of pyguidos (downloaded on first use)."""
    global _module
    if _module is None:
        so = download()
        loader = importlib.machinery.ExtensionFileLoader("_mspa", str(so))
        spec = importlib.util.spec_from_file_location("_mspa", str(so), loader=loader)
        module = importlib.util.module_from_spec(spec)
        loader.exec_module(module)
        _module = module
    return _module


def oracle_mspa(array, edge_width=1, connectivity=8, transition=True, intext=True):
    """The engine's coded output for a 0 missing / 1 background / 2 foreground array,
    with its stray value 2 reset to 0 as GuidosToolbox does."""
    import numpy as np
    out, _ = load().mspa(np.ascontiguousarray(array, dtype=np.uint8), float(edge_width),
                         int(connectivity), int(bool(transition)), int(bool(intext)))
    out[out == 2] = 0
    return out


if __name__ == "__main__":      # set-up step: download and unpack, print the module path
    print(download())
