"""`make demo`: runs the bundled workflows headless with qgis_process on the sample data
and prints where the outputs are. Environment: QGIS_PLUGINPATH (a folder holding the plugin
as `ecosecurity`), QGIS_CUSTOM_CONFIG_PATH (a throw-away profile), DEMO_OUT (output folder).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.join(os.path.dirname(HERE), "models")
WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"
QGIS_PROCESS = "qgis_process.bin"  # Debian's qgis_process wrapper is broken on 3.22


def qgis_process(*args, ok_if=None):
    proc = subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True)
    if proc.returncode != 0 and not (ok_if and ok_if in proc.stdout + proc.stderr):
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit("qgis_process %s failed (exit %d)" % (" ".join(args[:3]),
                                                              proc.returncode))
    return proc.stdout


def run_model(name, params):
    args = ["--json", "run", os.path.join(MODELS, name + ".model3"), "--"]
    args += ["%s=%s" % (k, v) for k, v in params.items()]
    out = qgis_process(*args)
    return json.loads(out[out.index("{"):])["results"]


def coupling_demo(out):
    """48 US states x 17 years (plm's Produc): infrastructure vs economy."""
    results = run_model("coupling_coordination", {
        "indicators": os.path.join(HERE, "produc.csv"),
        "key_field": "state", "time_field": "year",
        "system1_positive": "hwy;water;util",
        "system2_positive": "gsp;emp;pc", "system2_negative": "unemp",
        "regions": WORLD_MAP + "|layername=states_provinces|subset=\"adm0_a3\" = 'USA'",
        "region_key": "name",
        "index1:weights_system1": os.path.join(out, "weights_infrastructure.csv"),
        "index2:weights_system2": os.path.join(out, "weights_economy.csv"),
        "coupling:coupling_table": os.path.join(out, "coupling_coordination.gpkg"),
        "map:graded_map": os.path.join(out, "graded_map.gpkg"),
    })
    return results


def dynamics_demo(out):
    """The coupling table of the first demo: density of D, unit roots, panel VAR of U1 and
    U2, forecasts of D to 1990."""
    names = {"density:density_peaks": "density_peaks.csv",
             "density:density_report": "density.html",
             "unitroot:unit_root_tests": "unit_root_tests.csv",
             "unitroot:unit_root_report": "unit_roots.html",
             "pvar:pvar_coefficients": "pvar_coefficients.csv",
             "pvar:pvar_lag_selection": "pvar_lag_selection.csv",
             "pvar:pvar_granger": "pvar_granger.csv", "pvar:pvar_irf": "pvar_irf.csv",
             "pvar:pvar_fevd": "pvar_fevd.csv", "pvar:pvar_report": "pvar.html",
             "forecast:forecasts": "forecasts.csv",
             "forecast:forecast_scores": "forecast_scores.csv",
             "forecast:forecast_report": "forecasts.html"}
    params = {"coupling": os.path.join(out, "coupling_coordination.gpkg"),
              "id_field": "state", "time_field": "year", "value_field": "D",
              "system_fields": "U1;U2", "target_year": 1990}
    params.update({k: os.path.join(out, v) for k, v in names.items()})
    return run_model("panel_dynamics", params)


def resistance_demo(out):
    """Corsica: the Liuzhi study's resistance surface on the land mosaic (stand-ins for the
    DEM, roads and mining areas; a real forest-loss correction; see corsica/SOURCE.md)."""
    sys.path.insert(0, HERE)
    import corsica_inputs
    inputs = corsica_inputs.make_all(os.path.join(out, "corsica_inputs"))
    return run_model("resistance_surface", {
        "landuse": inputs["landuse"], "landuse_scores": "0=nodata; 1=3; 2=1; 3=5",
        "dem": inputs["dem"], "roads": inputs["roads"],
        "mining_areas": inputs["mining_areas"], "corrections": inputs["corrections"],
        "resistance:resistance": os.path.join(out, "corsica_resistance.tif"),
    })


def sources_and_corridors_demo(out, resistance):
    """Corsica: forest (CORINE 2018) -> MSPA -> core patches -> sources; then least-cost
    corridors and circuit-theory current across the resistance surface of the demo."""
    corsica = os.path.join(HERE, "corsica")
    sources = run_model("ecological_sources", {
        "habitat": os.path.join(corsica, "fnf_2018.tif"), "foreground": "2", "edge_width": 1,
        "link_distance": 2000, "max_distance": 10000, "min_area": 5000000, "min_dpc": 1,
        "reference": resistance,
        "mspa:mspa": os.path.join(out, "corsica_mspa.tif"),
        "mspa:mspa_classes": os.path.join(out, "corsica_mspa_classes.csv"),
        "connectivity:patch_importance": os.path.join(out, "corsica_patches.gpkg"),
        "connectivity:connectivity_indices": os.path.join(out, "corsica_connectivity.csv"),
        "select:sources": os.path.join(out, "corsica_sources.gpkg"),
        "select:source_raster": os.path.join(out, "corsica_source_ids.tif")})
    corridors = run_model("corridors", {
        "sources": sources["select:source_raster"], "resistance": resistance,
        "corridor_width": 20000,
        "corridors:links": os.path.join(out, "corsica_links.gpkg"),
        "corridors:corridors": os.path.join(out, "corsica_corridors.tif"),
        "current:current": os.path.join(out, "corsica_current.tif"),
        "current:effective_resistances": os.path.join(out, "corsica_resistances.csv")})
    return dict(sources, **corridors)


def main():
    out = os.environ.get("DEMO_OUT") or os.path.join(os.getcwd(), "demo-output")
    os.makedirs(out, exist_ok=True)
    qgis_process("plugins", "enable", "ecosecurity", ok_if="already enabled")
    print("Coupling coordination of infrastructure and economy, 48 US states 1970-1986:")
    for key, path in sorted(coupling_demo(out).items()):
        print("  %-32s %s" % (key, path))
    print("Open graded_map.gpkg in QGIS: it is styled by the 1986 coordination grade "
          "(graded_map.qml beside it); the D_<year> fields hold every year.")
    print("\nPanel dynamics of D, U1 and U2 (density, unit roots, panel VAR, forecasts):")
    for key, path in sorted(dynamics_demo(out).items()):
        print("  %-32s %s" % (key, path))
    print("\nResistance surface of Corsica (land use 0.35, elevation 0.1, slope 0.1, roads "
          "0.25, mining areas 0.25, forest-loss correction):")
    resistance = resistance_demo(out)
    for key, path in sorted(resistance.items()):
        print("  %-32s %s" % (key, path))
    print("\nEcological sources of Corsica (forest MSPA cores, dPC) and corridors:")
    for key, path in sorted(sources_and_corridors_demo(
            out, resistance["resistance:resistance"]).items()):
        print("  %-32s %s" % (key, path))
    print("  stand-in inputs (synthetic DEM, approximate roads and mines) are in %s"
          % os.path.join(out, "corsica_inputs"))


if __name__ == "__main__":
    main()
