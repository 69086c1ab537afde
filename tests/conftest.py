"""Test set-up: the checkout importable as the package `ecosecurity`, Processing with the
EcoSecurity provider, and a qgis_process runner with a throw-away profile."""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample"
# reference outputs of the trusted programs, kept in the project (tests/data/README.md)
REFERENCE = REPO / "tests" / "data"
WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"

# QGIS caches raster statistics in .aux.xml files beside its inputs: not in the reference
os.environ["GDAL_PAM_ENABLED"] = "NO"

# the checkout may have any folder name; QGIS and the tests know it as `ecosecurity`
PLUGINS = pathlib.Path(tempfile.mkdtemp(prefix="ecosecurity-plugins-"))
(PLUGINS / "ecosecurity").symlink_to(REPO)
sys.path.insert(0, str(PLUGINS))


def pytest_configure(config):
    config.addinivalue_line("markers", "qgis_process: runs the qgis_process.bin command line")
    config.addinivalue_line("markers", "missing_reference(what): the reference data of a "
                            "parametrised test are absent; the test fails")


def cases_or_failure(cases, what):
    """Parameters that cannot vanish: with no reference case found, one case that fails
    (pytest would otherwise skip an empty parameter set without a failure)."""
    cases = list(cases)
    if cases:
        return cases
    return [pytest.param(None, id="missing-reference",
                         marks=pytest.mark.missing_reference(what))]


def pytest_runtest_call(item):
    marker = item.get_closest_marker("missing_reference")
    if marker is not None:
        pytest.fail("reference data missing: %s (tests/data/README.md)" % marker.args[0],
                    pytrace=False)


@pytest.fixture(scope="session")
def provider(qgis_processing):
    """The EcoSecurity provider registered with Processing; the reference keeps it alive."""
    from qgis.core import QgsApplication
    from ecosecurity.algorithms.provider import EcoSecurityProvider
    registry = QgsApplication.processingRegistry()
    prov = registry.providerById("ecosecurity")
    if prov is None:
        prov = EcoSecurityProvider()
        registry.addProvider(prov)
    yield prov


@pytest.fixture
def run(provider):
    """processing.run on an ecosecurity tool; returns the results dict."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def _run(name, params, feedback=None):
        from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
        alg = "ecosecurity:" + name if isinstance(name, str) and ":" not in name else name
        model = QgsApplication.processingRegistry().algorithmById(alg) \
            if isinstance(alg, str) else alg
        if isinstance(model, QgsProcessingModelAlgorithm):
            # a model (a workflow): outputs not named go to temporary files, except the
            # optional ones that are off by default (a workflow's project and report)
            params = dict(params)
            for d in model.destinationParameterDefinitions():
                if d.createByDefault():
                    params.setdefault(d.name(), "TEMPORARY_OUTPUT")
        context = QgsProcessingContext()
        return processing.run(alg, params, context=context,
                              feedback=feedback or QgsProcessingFeedback())
    return _run


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    """Run `qgis_process.bin --json run ALG --NAME=value ...`; returns the parsed JSON."""
    profile = tmp_path_factory.mktemp("qgis-profile")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(PLUGINS),
               QGIS_CUSTOM_CONFIG_PATH=str(profile))
    exe = "qgis_process.bin"
    enable = subprocess.run([exe, "plugins", "enable", "ecosecurity"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert enable.returncode == 0, enable.stdout + enable.stderr

    def _run(alg, params, expect_ok=True):
        args = [exe, "--json", "run", alg, "--"] + [
            "%s=%s" % (k, v) for k, values in params.items()
            for v in (values if isinstance(values, (list, tuple)) else [values])]
        proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
        if not expect_ok:
            assert proc.returncode != 0, proc.stdout
            return proc
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
        return json.loads(proc.stdout[proc.stdout.index("{"):])
    _run.exe, _run.env = exe, env  # for tests that drive the process themselves
    return _run


def read_layer(path, layer=None):
    """Rows of a vector output as a list of dicts (via OGR, independent of QGIS)."""
    from osgeo import ogr
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    return [f.items() for f in lyr]
