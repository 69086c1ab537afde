"""The shipped model through processing.run, the plugin's set-up and every tool's face."""
import configparser
import os

import numpy as np
import pytest

from conftest import REFERENCE, REPO, SAMPLE, WORLD_MAP, read_layer
from test_indicators import reference_composite

EXPECTED_TOOLS = {"compositeindex", "couplingcoordination", "classifyfield", "classifyraster",
                  "joingrades", "reclassify", "distanceto", "ahpweights", "resistancesurface",
                  "kerneldensity", "panelunitroot", "panelvar", "forecast", "circuitscape",
                  "leastcostcorridors", "centrality", "pinchpoints", "barriers", "keyareas",
                  "mspa", "patchconnectivity", "selectsources", "omniscape", "networkreport",
                  "couplingreport"}
EXPECTED_WORKFLOWS = {"coupling_coordination", "panel_dynamics", "ecological_sources",
                      "resistance_surface", "corridors", "ecological_security_network"}


def load_model(name):
    from qgis.core import QgsProcessingModelAlgorithm
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(REPO / "resources" / "models" / name))
    return model


def test_coupling_model_chain(run, tmp_path):
    model = load_model("coupling_coordination.model3")
    res = run(model, {
        "indicators": str(SAMPLE / "produc.csv"), "key_field": "state", "time_field": "year",
        "system1_positive": ["hwy", "water", "util"],
        "system2_positive": ["gsp", "emp", "pc"], "system2_negative": ["unemp"],
        "regions": WORLD_MAP + "|layername=states_provinces|subset=\"adm0_a3\" = 'USA'",
        "region_key": "name",
        "coupling:coupling_table": str(tmp_path / "cc.gpkg"),
        "map:graded_map": str(tmp_path / "map.gpkg"),
        "index1:weights_system1": str(tmp_path / "w1.csv"),
        "index2:weights_system2": str(tmp_path / "w2.csv")})
    table = read_layer(res["coupling:coupling_table"])
    X = np.array([[float(r[f]) for f in ("hwy", "water", "util", "gsp", "emp", "pc", "unemp")]
                  for r in table])
    U1, _ = reference_composite(X[:, :3].tolist(), [True] * 3)
    U2, _ = reference_composite(X[:, 3:].tolist(), [True, True, True, False])
    U1, U2 = np.array(U1), np.array(U2)
    C = 2 * np.sqrt(U1 * U2) / (U1 + U2)
    D = np.sqrt(C * (U1 + U2) / 2)
    np.testing.assert_allclose([r["D"] for r in table], D, rtol=1e-12)
    assert [r["D_LEVEL"] for r in table] == (np.floor(D * 10).astype(int) + 1).tolist()
    graded = read_layer(res["map:graded_map"])
    assert len(graded) == 48
    texas = next(f for f in graded if f["name"] == "Texas")
    rows = {r["year"]: r["D"] for r in table if r["state"] == "TEXAS"}
    assert texas["D_1986"] == pytest.approx(rows["1986"])


def test_resistance_model_on_corsica(run, tmp_path):
    """The Liuzhi model equals its steps run one by one and combined with numpy."""
    import sys
    from helpers import read_raster
    sys.path.insert(0, str(SAMPLE))
    import corsica_inputs
    inputs = corsica_inputs.make_all(str(tmp_path / "inputs"))
    table = "0=nodata; 1=3; 2=1; 3=5"
    res = run(load_model("resistance_surface.model3"), {
        "landuse": inputs["landuse"], "landuse_scores": table, "dem": inputs["dem"],
        "roads": inputs["roads"], "mining_areas": inputs["mining_areas"],
        "corrections": [inputs["corrections"]],
        "resistance:resistance": str(tmp_path / "resistance.tif")})
    got, nodata = read_raster(res["resistance:resistance"])

    def score(params, name):
        out = run("reclassify", dict(params, OUTPUT=str(tmp_path / (name + ".tif"))))["OUTPUT"]
        a, nd = read_raster(out)
        return np.where(a == nd, np.nan, a.astype(float))

    def distance(features, name):
        return run("distanceto", {"REFERENCE": inputs["landuse"], "FEATURES": features,
                                  "OUTPUT": str(tmp_path / (name + ".tif"))})["OUTPUT"]

    slope = run("gdal:slope", {"INPUT": inputs["dem"], "BAND": 1, "SCALE": 1.0,
                               "AS_PERCENT": False, "COMPUTE_EDGES": True,
                               "OUTPUT": str(tmp_path / "slope.tif")})["OUTPUT"]
    factors = [
        score({"INPUT": inputs["landuse"], "METHOD": 0, "TABLE": table}, "s_lu"),
        score({"INPUT": inputs["dem"], "METHOD": 1, "CLASSES": 5}, "s_dem"),
        score({"INPUT": slope, "METHOD": 1, "CLASSES": 5}, "s_slope"),
        score({"INPUT": distance(inputs["roads"], "d_roads"), "METHOD": 1, "CLASSES": 5,
               "ASCENDING": False}, "s_roads"),
        score({"INPUT": distance(inputs["mining_areas"], "d_mines"), "METHOD": 1,
               "CLASSES": 5, "ASCENDING": False}, "s_mines")]
    k, knd = read_raster(inputs["corrections"])
    weights = np.array([0.35, 0.1, 0.1, 0.25, 0.25]) / 1.05  # the study's weights sum to 1.05
    expected = sum(w * f for w, f in zip(weights, factors)) * \
        np.where(k == knd, np.nan, k)
    assert np.array_equal(np.isnan(expected), got == nodata)  # the sea is nodata
    ok = ~np.isnan(expected)
    np.testing.assert_allclose(got[ok], expected[ok], rtol=1e-6)
    assert 1.0 <= got[ok].min() and got[ok].max() <= 5 * 1.3 + 1e-6


def test_dynamics_model_chain(run, tmp_path):
    """coupling table -> density, unit roots, panel VAR, forecasts, wired as the model says."""
    from helpers import read_csv
    from test_coupling_tools import PRODUC_U
    from ecosecurity.algorithms.dynamics import forecast_lstm, pvar
    cc = run("couplingcoordination", {"INPUT": PRODUC_U(run, tmp_path),
                                      "SYSTEM_FIELDS": ["U1", "U2"],
                                      "OUTPUT": str(tmp_path / "cc.gpkg")})["OUTPUT"]
    outs = {k: str(tmp_path / (k.replace(":", "_") + ext)) for k, ext in (
        ("density:density_peaks", ".csv"), ("unitroot:unit_root_tests", ".csv"),
        ("pvar:pvar_coefficients", ".csv"), ("forecast:forecast_scores", ".csv"),
        ("pvar:pvar_report", ".html"))}
    res = run(load_model("panel_dynamics.model3"), dict({
        "coupling": cc, "id_field": "state", "time_field": "year", "value_field": "D",
        "system_fields": ["U1", "U2"], "target_year": 1990}, **outs))
    assert len(read_csv(res["density:density_peaks"])) == 17
    tests = read_csv(res["unitroot:unit_root_tests"])
    assert {(t["variable"], t["series"]) for t in tests} == {
        ("U1", "level"), ("U1", "first difference"), ("U2", "level"),
        ("U2", "first difference")}
    table = read_layer(cc)
    panel = pvar.prepare_panel(np.array([r["state"] for r in table], object),
                               np.array([int(r["year"]) for r in table]),
                               np.array([[r["U1"], r["U2"]] for r in table]), ["U1", "U2"])
    direct = pvar.fit_pvar(panel, lags=1, transform="fod", min_instrument_lag=2,
                           max_instrument_lag=4, collapse=True, steps="twostep")
    coef = read_csv(res["pvar:pvar_coefficients"])
    np.testing.assert_allclose([float(r["coefficient"]) for r in coef], direct.coef.ravel(),
                               rtol=1e-12)
    models = {"Last value", "Linear trend per unit", "Pooled AR(1)"}
    if forecast_lstm.available():  # where a CPU build of PyTorch exists (test_forecast says)
        models.add("LSTM (PyTorch)")
    assert {r["model"] for r in read_csv(res["forecast:forecast_scores"])} == models


def test_corridors_model_chain(run, tmp_path):
    """sources + resistance -> least-cost links and corridors -> pairwise current."""
    from helpers import read_csv, read_raster
    from test_leastcost_tool import layout
    src, res = layout(tmp_path)
    out = run(load_model("corridors.model3"), {
        "sources": src, "resistance": res, "corridor_width": 300,
        "corridors:links": str(tmp_path / "links.gpkg"),
        "corridors:corridors": str(tmp_path / "corridors.tif"),
        "current:current": str(tmp_path / "current.tif"),
        "current:effective_resistances": str(tmp_path / "r.csv")})
    links = {(f["from_id"], f["to_id"]): f["lcd"] for f in read_layer(out["corridors:links"])}
    assert links[(2, 3)] == pytest.approx(210.0)
    pairs = {(int(r["from_id"]), int(r["to_id"])): float(r["resistance"])
             for r in read_csv(out["current:effective_resistances"])}
    assert set(pairs) == {(1, 2), (1, 3), (2, 3)} and min(pairs.values()) > 0
    # current squeezes through the gap in the wall, not through the wall
    current, _ = read_raster(out["current:current"])
    assert current[20, 30] > 10 * current[2, 30]


def test_security_network_model_on_corsica(run, tmp_path):
    """The whole workflow on Corsica with its 5 units: every stage wired as the model says."""
    import sys
    from helpers import read_csv, read_raster
    from test_workflow_publish import check_network
    sys.path.insert(0, str(SAMPLE))
    import corsica_inputs
    inputs = corsica_inputs.make_all(str(tmp_path / "inputs"))
    corsica = SAMPLE / "corsica"
    names = ["resistance:resistance", "select:source_raster", "corridors:links",
             "corridors:corridors", "centrality:link_centrality", "pinchpoints:pinch_points",
             "barriers:barriers", "protect:protect_areas", "protect:protect_by_unit",
             "restore:restore_areas", "restore:restore_by_unit"]
    ext = {"gpkg": ("links", "centrality", "areas"), "csv": ("by_unit",)}
    params = {k: str(tmp_path / (k.split(":")[1] + (
        ".gpkg" if any(e in k for e in ext["gpkg"]) else
        ".csv" if "by_unit" in k else ".tif"))) for k in names}
    # the workflow as the toolbox runs it (ecosecurity:ecological_security_network)
    out = run("ecological_security_network", dict(params, **{
        # the layers and fields; every other input keeps the workflow's default (land-use
        # scores and names, MSPA, dispersal distances, corridor widths, barrier radii)
        # except the smallest source, 5 km2 as in `make demo`, to keep the run short
        "landuse": inputs["landuse"], "dem": inputs["dem"], "roads": inputs["roads"],
        "mining_areas": inputs["mining_areas"], "corrections": [inputs["corrections"]],
        "habitat": str(corsica / "fnf_2018.tif"), "min_area": 5e6,
        "admin": str(corsica / "admin.gpkg") + "|layername=gisco_adm_corsica",
        "admin_field": "ADM_ID",
        # and its project and report (test_workflow_publish.py), checked in the same run
        "OUTPUT_PROJECT": str(tmp_path / "net.qgz"), "OUTPUT_REPORT": str(tmp_path / "net.html")}))
    # outputs left temporary went into a folder beside the project
    assert out["mspa:mspa"] == str(tmp_path / "net_outputs" / "mspa.tif")
    check_network(out, str(tmp_path / "net.qgz"), str(tmp_path / "net.html"),
                  str(corsica / "admin.gpkg") + "|layername=gisco_adm_corsica")
    ids, _ = read_raster(out["select:source_raster"])
    links = read_layer(out["corridors:links"])
    assert links and {l["from_id"] for l in links} | {l["to_id"] for l in links} <= \
        set(np.unique(ids[ids > 0]).tolist())
    central = read_layer(out["centrality:link_centrality"])
    assert len(central) == len(links) and min(c["current_flow"] for c in central) > 0
    corr, corr_nd = read_raster(out["corridors:corridors"])
    pinch, pinch_nd = read_raster(out["pinchpoints:pinch_points"])
    # pinch-point corridors (width 10 km) lie inside the corridors (width 20 km)
    assert not ((pinch != pinch_nd) & (corr == corr_nd)).any()
    barriers, b_nd = read_raster(out["barriers:barriers"])
    assert (barriers[barriers != b_nd] > 0).all() and (barriers != b_nd).any()
    units = {"FR942A1", "FR942A4", "FR942B2", "FR942B3", "FR942B5"}
    for key in ("protect", "restore"):
        pieces = read_layer(out["%s:%s_areas" % (key, key)])
        summary = read_csv(out["%s:%s_by_unit" % (key, key)])
        assert pieces and {p["admin"] for p in pieces} <= units | {"outside"}
        assert sum(float(r["area_ha"]) for r in summary) == pytest.approx(
            sum(p["area_ha"] for p in pieces))
        assert sum(float(r["share"]) for r in summary) == pytest.approx(1.0)


def test_sources_model_chain(run, tmp_path):
    """habitat -> MSPA -> core patches and connectivity -> sources, wired as the model says."""
    from helpers import read_raster
    fnf = str(SAMPLE / "corsica" / "fnf_2018.tif")
    out = run(load_model("ecological_sources.model3"), {
        "habitat": fnf, "foreground": "2", "edge_width": 1, "link_distance": 2000,
        "max_distance": 10000, "min_area": 5e6, "min_dpc": 1, "reference": fnf,
        "mspa:mspa": str(tmp_path / "mspa.tif"),
        "connectivity:patch_importance": str(tmp_path / "patches.gpkg"),
        "select:sources": str(tmp_path / "sources.gpkg"),
        "select:source_raster": str(tmp_path / "source_ids.tif")})
    mspa, _ = read_raster(out["mspa:mspa"])
    want, _ = read_raster(REFERENCE / "mspa" / "corsica_mspa_ew1_c8_t1_i1.tif")
    assert (mspa != want).sum() == 0
    patches = read_layer(out["connectivity:patch_importance"])
    chosen = [p for p in patches if p["area"] >= 5e6 and p["dPC"] >= 1]
    sources = read_layer(out["select:sources"])
    assert sorted(s["patch_id"] for s in sources) == sorted(p["patch_id"] for p in chosen)
    assert sorted(s["source_id"] for s in sources) == list(range(1, len(sources) + 1))
    by_id = sorted(sources, key=lambda s: s["source_id"])
    assert [s["src_dPC"] for s in by_id] == sorted((s["src_dPC"] for s in sources),
                                                   reverse=True)
    ids, _ = read_raster(out["select:source_raster"])
    assert set(np.unique(ids)) == set(range(len(sources) + 1))
    # every source cell is an MSPA core cell
    assert np.isin(mspa[ids > 0], (17, 117)).all()


def test_metadata_and_layout():
    meta = configparser.ConfigParser()
    meta.read(REPO / "metadata.txt")
    general = meta["general"]
    assert general["hasProcessingProvider"] == "yes"
    assert general["qgisMinimumVersion"] == "3.22"
    assert (REPO / general["icon"]).exists()
    for name in ("__init__.py", "plugin.py", "LICENSE", "README.md", "Makefile", ".ci/run"):
        assert (REPO / name).exists(), name


def test_plugin_registers_and_unloads_its_provider():
    """The plugin's own life cycle, in a fresh QGIS so the session's provider stays."""
    import subprocess
    import sys
    from conftest import PLUGINS
    script = """
import sys
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
sys.path.insert(0, %r)
from ecosecurity import classFactory
registry = QgsApplication.processingRegistry()
plugin = classFactory(None)
plugin.initProcessing()
print(sorted(a.name() for a in registry.providerById("ecosecurity").algorithms()))
plugin.unload()
print(registry.providerById("ecosecurity") is None)
""" % str(PLUGINS)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
    lines = proc.stdout.strip().splitlines()
    assert lines[-2] == str(sorted(EXPECTED_TOOLS | EXPECTED_WORKFLOWS)), \
        proc.stdout + proc.stderr
    assert lines[-1] == "True"


@pytest.mark.parametrize("tool", sorted(EXPECTED_TOOLS))
def test_every_tool_has_help_icon_and_group(provider, tool):
    alg = provider.algorithm(tool)
    help_text = alg.shortHelpString()
    assert "<h3>Parameters</h3>" in help_text and "<h3>References</h3>" in help_text
    for p in alg.parameterDefinitions():  # every parameter is explained
        assert p.name() in help_text or p.name() in ("CLASS_FIELD", "LABEL_FIELD"), p.name()
    assert os.path.isfile(alg.svgIconPath())
    assert not alg.icon().isNull()
    assert alg.group() and alg.groupId()


def test_make_zip_installs_the_plugin(tmp_path):
    """`make zip` gives a zip whose single folder `ecosecurity` QGIS loads as a plugin."""
    import subprocess
    import zipfile
    build = subprocess.run(["make", "-s", "zip"], cwd=REPO, capture_output=True, text=True,
                           timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    with zipfile.ZipFile(REPO / "build" / "ecosecurity.zip") as z:
        names = z.namelist()
        assert {n.split("/")[0] for n in names} == {"ecosecurity"}
        assert "ecosecurity/metadata.txt" in names and not any("/tests/" in n for n in names)
        z.extractall(tmp_path / "plugins")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_PLUGINPATH=str(tmp_path / "plugins"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    subprocess.run(["qgis_process.bin", "plugins", "enable", "ecosecurity"], env=env,
                   capture_output=True, timeout=300, check=True)
    listing = subprocess.run(["qgis_process.bin", "list"], env=env, capture_output=True,
                             text=True, timeout=300).stdout
    for tool in EXPECTED_TOOLS | EXPECTED_WORKFLOWS:
        assert "ecosecurity:" + tool in listing
