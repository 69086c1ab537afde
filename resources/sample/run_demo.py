"""`make demo`: runs the bundled workflows headless with qgis_process on the sample data
and prints where the outputs are. Environment: QGIS_PLUGINPATH (a folder holding the plugin
as `ecosecurity`), QGIS_CUSTOM_CONFIG_PATH (a throw-away profile), DEMO_OUT (output folder).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"
QGIS_PROCESS = "qgis_process.bin"  # Debian's qgis_process wrapper is broken on 3.22


# the file of each output of the network workflow (demo_projects.py reads them too)
NETWORK_FILES = {"resistance:resistance": "corsica_resistance.tif",
                 "mspa:mspa": "corsica_mspa.tif",
                 "mspa:mspa_classes": "corsica_mspa_classes.csv",
                 "connectivity:patch_importance": "corsica_patches.gpkg",
                 "connectivity:connectivity_indices": "corsica_connectivity.csv",
                 "select:sources": "corsica_sources.gpkg",
                 "select:source_raster": "corsica_source_ids.tif",
                 "corridors:links": "corsica_links.gpkg",
                 "corridors:corridors": "corsica_corridors.tif",
                 "centrality:link_centrality": "corsica_link_centrality.gpkg",
                 "centrality:source_centrality": "corsica_source_centrality.gpkg",
                 "pinchpoints:pinch_points": "corsica_pinch_points.tif",
                 "barriers:barriers": "corsica_barriers.tif",
                 "barriers:barrier_percent": "corsica_barrier_percent.tif",
                 "barriers:barrier_radius": "corsica_barrier_radius.tif",
                 "protect:protect_areas": "corsica_protect_areas.gpkg",
                 "protect:protect_by_unit": "corsica_protect_by_unit.csv",
                 "restore:restore_areas": "corsica_restore_areas.gpkg",
                 "restore:restore_by_unit": "corsica_restore_by_unit.csv"}

COUPLING_FILES = {"index1:weights_system1": "weights_infrastructure.csv",
                  "index2:weights_system2": "weights_economy.csv",
                  "coupling:coupling_table": "coupling_coordination.gpkg",
                  "map:graded_map": "graded_map.gpkg"}


def qgis_process(*args, ok_if=None):
    proc = subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True)
    if proc.returncode != 0 and not (ok_if and ok_if in proc.stdout + proc.stderr):
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit("qgis_process %s failed (exit %d)" % (" ".join(args[:3]),
                                                              proc.returncode))
    return proc.stdout


def run_model(name, params):
    """A workflow, run by its tool id as the toolbox runs it (ecosecurity:<name>)."""
    args = ["--json", "run", "ecosecurity:" + name, "--"]
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
        **{k: os.path.join(out, v) for k, v in COUPLING_FILES.items()}})
    return results


def coupling_report(out):
    """ecosecurity:couplingreport on the coupling demo's outputs: the Chishui study's
    tables and the graded maps of 1970, 1978 and 1986."""
    path = os.path.join(out, "coupling_coordination.html")
    result = qgis_process(
        "--json", "run", "ecosecurity:couplingreport", "--",
        "INPUT=%s" % os.path.join(out, "coupling_coordination.gpkg"), "ID_FIELD=state",
        "TIME_FIELD=year", "WEIGHTS=%s" % os.path.join(out, "weights_infrastructure.csv"),
        "WEIGHTS=%s" % os.path.join(out, "weights_economy.csv"),
        "REGIONS=%s|layername=states_provinces|subset=\"adm0_a3\" = 'USA'" % WORLD_MAP,
        "REGION_KEY=name", "MAP_TIMES=1970;1978;1986",
        "TITLE=Coupling coordination of infrastructure and economy, 48 US states",
        "OUTPUT_HTML=%s" % path)
    return json.loads(result[result.index("{"):])["results"]["OUTPUT_HTML"]


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


def corsica_demo(out):
    """Corsica, the whole ecological security network: the Liuzhi study's resistance surface
    on the land mosaic (stand-ins for the DEM, roads and mining areas; a real forest-loss
    correction; see corsica/SOURCE.md), forest sources (CORINE 2018 -> MSPA -> dPC),
    least-cost corridors, centrality, pinch points, barriers and key areas by unit; then the
    Circuitscape current between the same sources."""
    sys.path.insert(0, HERE)
    import corsica_inputs
    corsica = os.path.join(HERE, "corsica")
    inputs = corsica_inputs.make_all(os.path.join(out, "corsica_inputs"))
    params = {"landuse": inputs["landuse"], "landuse_scores": "0=nodata; 1=3; 2=1; 3=5",
              "dem": inputs["dem"], "roads": inputs["roads"],
              "mining_areas": inputs["mining_areas"], "corrections": inputs["corrections"],
              "habitat": os.path.join(corsica, "fnf_2018.tif"), "foreground": "2",
              "edge_width": 1, "link_distance": 2000, "max_distance": 10000,
              "min_area": 5000000, "min_dpc": 1, "corridor_width": 20000,
              "pinch_width": 10000, "min_radius": 200, "max_radius": 600, "radius_step": 200,
              "admin": os.path.join(corsica, "admin.gpkg") + "|layername=gisco_adm_corsica",
              "admin_field": "ADM_ID",
              "landuse_names": "1=agriculture; 2=natural; 3=developed"}
    params.update({k: os.path.join(out, v) for k, v in NETWORK_FILES.items()})
    network = run_model("ecological_security_network", params)
    current = run_model("corridors", {
        "sources": network["select:source_raster"],
        "resistance": network["resistance:resistance"], "corridor_width": 20000,
        "corridors:links": "TEMPORARY_OUTPUT", "corridors:corridors": "TEMPORARY_OUTPUT",
        "current:current": os.path.join(out, "corsica_current.tif"),
        "current:effective_resistances": os.path.join(out, "corsica_resistances.csv")})
    network.update({k: v for k, v in current.items() if k.startswith("current:")})
    network.update(omniscape_demo(out, network["resistance:resistance"]))
    return network


def omniscape_demo(out, resistance):
    """Omnidirectional current of Corsica (Omniscape): every block of 9 x 9 cells (900 m)
    a target, sources 1/R everywhere on land, windows of 20 cells (2 km)."""
    args = ["--json", "run", "ecosecurity:omniscape", "--", "RESISTANCE=" + resistance,
            "SOURCE_FROM_RESISTANCE=true", "RADIUS=20", "BLOCK_SIZE=9", "WORKERS=2",
            "OUTPUT=" + os.path.join(out, "corsica_omniscape_current.tif"),
            "OUTPUT_FLOW_POTENTIAL=" + os.path.join(out, "corsica_omniscape_flow_potential.tif"),
            "OUTPUT_NORMALIZED=" + os.path.join(out, "corsica_omniscape_normalized.tif")]
    res = qgis_process(*args)
    res = json.loads(res[res.index("{"):])["results"]
    return {"omniscape:" + k.lower(): v for k, v in res.items()}


def main():
    out = os.environ.get("DEMO_OUT") or os.path.join(os.getcwd(), "demo-output")
    os.makedirs(out, exist_ok=True)
    qgis_process("plugins", "enable", "ecosecurity", ok_if="already enabled")
    print("Coupling coordination of infrastructure and economy, 48 US states 1970-1986:")
    for key, path in sorted(coupling_demo(out).items()):
        print("  %-32s %s" % (key, path))
    print("Open graded_map.gpkg in QGIS: it is styled by the 1986 coordination grade "
          "(graded_map.qml beside it); the D_<year> fields hold every year.")
    print("  report (weights, D by state and year with grades, graded maps): %s"
          % coupling_report(out))
    print("\nPanel dynamics of D, U1 and U2 (density, unit roots, panel VAR, forecasts):")
    for key, path in sorted(dynamics_demo(out).items()):
        print("  %-32s %s" % (key, path))
    print("\nEcological security network of Corsica (resistance of land use 0.35, elevation "
          "0.1, slope 0.1, roads 0.25, mining 0.25 and forest loss; forest MSPA sources; "
          "corridors, centrality, pinch points, barriers, key areas by unit; current; "
          "omnidirectional current):")
    for key, path in sorted(corsica_demo(out).items()):
        print("  %-36s %s" % (key, path))
    print("  Key areas to protect and restore by unit: corsica_protect_by_unit.csv and "
          "corsica_restore_by_unit.csv")
    print("  stand-in inputs (synthetic DEM, approximate roads and mines) are in %s"
          % os.path.join(out, "corsica_inputs"))
    print("  report (maps and the Liuzhi study's tables): %s" % network_report(out))
    print_projects(out)


def network_report(out):
    """ecosecurity:networkreport on the Corsica outputs: one HTML page with the maps QGIS
    draws and the tables of sources, corridors, pinch points, barriers and key areas."""
    files = {"SOURCE_POLYGONS": "corsica_sources.gpkg", "LINKS": "corsica_link_centrality.gpkg",
             "RESISTANCE": "corsica_resistance.tif", "CURRENT": "corsica_current.tif",
             "PINCH_POINTS": "corsica_pinch_points.tif", "BARRIERS": "corsica_barriers.tif",
             "PROTECT_AREAS": "corsica_protect_areas.gpkg",
             "RESTORE_AREAS": "corsica_restore_areas.gpkg",
             "PROTECT_BY_UNIT": "corsica_protect_by_unit.csv",
             "RESTORE_BY_UNIT": "corsica_restore_by_unit.csv",
             "OUTPUT_HTML": "corsica_network.html"}
    args = ["--json", "run", "ecosecurity:networkreport", "--"]
    args += ["%s=%s" % (k, os.path.join(out, v)) for k, v in files.items()]
    args += ["ADMIN=%s|layername=gisco_adm_corsica" % os.path.join(HERE, "corsica",
                                                                   "admin.gpkg"),
             "TITLE=Ecological security network of Corsica"]
    result = qgis_process(*args)
    return json.loads(result[result.index("{"):])["results"]["OUTPUT_HTML"]


def print_projects(out):
    """One QGIS project per workflow, every output styled, grouped and ordered."""
    sys.path.insert(0, HERE)
    import demo_projects
    print("\nQGIS projects (open one with a double-click, or QGIS > Project > Open):")
    for path, title in demo_projects.write_all(out):
        print("  %-66s %s" % (title, path))


if __name__ == "__main__":
    main()
