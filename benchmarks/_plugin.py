"""Makes the checkout importable as `ecosecurity` for the benchmark scripts, whatever its
folder is called (ECOSECURITY_PLUGINS may name a folder that already holds it)."""
import os
import pathlib
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parents[1]


def importable():
    plugins = os.environ.get("ECOSECURITY_PLUGINS")
    if not plugins or not (pathlib.Path(plugins) / "ecosecurity").exists():
        plugins = tempfile.mkdtemp(prefix="ecosecurity-bench-")
        (pathlib.Path(plugins) / "ecosecurity").symlink_to(REPO)
    os.environ["ECOSECURITY_PLUGINS"] = plugins  # child processes (_runner.py) too
    if plugins not in sys.path:
        sys.path.insert(0, plugins)
    return plugins
