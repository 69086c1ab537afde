"""Basin scale: the whole ecological security network workflow on the Corsica sample
resampled to finer cells, time and peak memory per step (not a test).

The workflow is `ecosecurity:ecological_security_network` (the shipped network model, as
`make demo` runs it) with the demo's parameters. Its inputs (land-use mosaic, habitat map,
the stand-in DEM and forest-loss correction of resources/sample/corsica_inputs.py) are
resampled from 100 m to CELL metres (gdalwarp: nearest neighbour, bilinear for the DEM), so
the landscape keeps its structure and the cell count grows as (100 / CELL)^2. The cell sizes
divide 200 m because the barrier radii (200, 400, 600 m) must be whole numbers of cells.

Each size runs in a fresh process (this script with --one) that runs the workflow in
Processing and times every child step from the model's own messages ("Prepare algorithm:",
"OK. Execution took"): wall seconds, CPU seconds (getrusage, user + system) and the step's
peak resident memory (VmHWM of /proc/self/status, reset at the start of each step by
writing 5 to /proc/self/clear_refs). The whole run's peak is the largest of
its steps' (the reset also resets ru_maxrss). Results go to
benchmarks/results/basin.json and the plot to docs/basin_growth.png (matplotlib: Debian's
python3-matplotlib, a benchmark-only dependency; the plugin never imports it).

Run:  nice .venv/bin/python benchmarks/bench_basin.py [--cells 100 50 28.5714285714]
      [--out /tmp/basin] [--plot-only] [--add run.json ...]
(--one CELL runs one size and prints its JSON line; --add merges such lines.)
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SAMPLE = os.path.join(REPO, "resources", "sample")
RESULTS = os.path.join(HERE, "results", "basin.json")
PLOT = os.path.join(REPO, "docs", "basin_growth.png")
# 200 / k m: 200 m (0.45 M cells), 100 (1.8 M), 50 (7.2 M), 28.6 (22.1 M, basin size)
DEFAULT_CELLS = [200.0, 100.0, 50.0, 200.0 / 7]
PARAMS = {"landuse_scores": "0=nodata; 1=3; 2=1; 3=5", "foreground": "2", "edge_width": 1,
          "link_distance": 2000, "max_distance": 10000, "min_area": 5000000, "min_dpc": 1,
          "corridor_width": 20000, "pinch_width": 10000, "min_radius": 200,
          "max_radius": 600, "radius_step": 200, "admin_field": "ADM_ID",
          "landuse_names": "1=agriculture; 2=natural; 3=developed"}
OUTPUTS = ["resistance:resistance", "mspa:mspa", "mspa:mspa_classes",
           "connectivity:patch_importance", "connectivity:connectivity_indices",
           "select:sources", "select:source_raster", "corridors:links", "corridors:corridors",
           "centrality:link_centrality", "centrality:source_centrality",
           "pinchpoints:pinch_points", "barriers:barriers", "barriers:barrier_percent",
           "barriers:barrier_radius", "protect:protect_areas", "protect:protect_by_unit",
           "restore:restore_areas", "restore:restore_by_unit"]


def prepare(cell, folder):
    """The demo's inputs on CELL-metre cells in folder; returns the workflow parameters."""
    from osgeo import gdal
    gdal.UseExceptions()
    sys.path.insert(0, os.path.realpath(SAMPLE))
    import corsica_inputs
    base = os.path.join(folder, "inputs100")
    if not os.path.exists(os.path.join(base, "synthetic_dem.tif")):
        corsica_inputs.make_all(base)
    src = {"landuse": (os.path.join(SAMPLE, "corsica", "landmosaic_2018.tif"), "near"),
           "habitat": (os.path.join(SAMPLE, "corsica", "fnf_2018.tif"), "near"),
           "dem": (os.path.join(base, "synthetic_dem.tif"), "bilinear"),
           "corrections": (os.path.join(base, "forest_loss_correction.tif"), "near")}
    out = os.path.join(folder, "inputs_%gm" % round(cell, 3))
    os.makedirs(out, exist_ok=True)
    params = dict(PARAMS)
    for key, (path, method) in src.items():
        dest = os.path.join(out, key + ".tif")
        if not os.path.exists(dest):
            gdal.Warp(dest, path, xRes=cell, yRes=cell, resampleAlg=method,
                      creationOptions=["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"])
        params[key] = dest
    params["roads"] = os.path.join(base, "approximate_roads.gpkg")
    params["mining_areas"] = os.path.join(base, "approximate_mining_areas.gpkg")
    params["admin"] = os.path.join(SAMPLE, "corsica", "admin.gpkg") + \
        "|layername=gisco_adm_corsica"
    return params


def _hwm_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _reset_hwm():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def _cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _timed_qgis():
    """(processing, steps, feedback) in this process: QGIS and the plugin loaded, each
    EcoSecurity step timed into steps."""
    from qgis.core import QgsApplication, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, HERE)
    import _plugin
    _plugin.importable()
    from ecosecurity.algorithms.provider import EcoSecurityProvider
    provider = EcoSecurityProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    from qgis import processing

    steps, notes = [], []
    from ecosecurity.algorithms import base

    # every EcoSecurity step passes through EcoAlgorithm.processAlgorithm; the time between
    # them (QGIS's and GDAL's own steps: slope, proximity) is counted as "other steps"
    inner = base.EcoAlgorithm.processAlgorithm

    def timed(alg, parameters, context, feedback):
        _reset_hwm()
        start = _hwm_kb() * 1024 / 1e9  # resident before the step (QGIS, earlier layers)
        t, c = time.perf_counter(), _cpu()
        try:
            return inner(alg, parameters, context, feedback)
        finally:
            steps.append({"step": alg.name(), "seconds": time.perf_counter() - t,
                          "cpu_seconds": _cpu() - c, "peak_gb": _hwm_kb() * 1024 / 1e9,
                          "start_gb": start,
                          "estimates": notes[:]})
            del notes[:]
            sys.stderr.write("STEP " + json.dumps(steps[-1]) + "\n")  # partial runs count
            sys.stderr.flush()

    base.EcoAlgorithm.processAlgorithm = timed

    class StepFeedback(QgsProcessingFeedback):
        """Keeps the steps' memory estimates (their "memory estimate" lines)."""

        def pushInfo(self, info):  # noqa: N802
            if "estimate" in info:
                notes.append(info)
            super().pushInfo(info)

        def reportError(self, error, fatalError=False):  # noqa: N802
            notes.append("ERROR " + error)
            super().reportError(error, fatalError)

    StepFeedback.notes = notes
    _timed_qgis.keep = (app, provider)  # both must outlive the runs
    return processing, steps, StepFeedback()


def run_tools(cell, folder, tag=""):
    """This process: pinch points, barriers and key areas alone on the outputs of a
    workflow run of CELL (their estimates against their peaks); prints one JSON line."""
    params = prepare(cell, folder)
    out = os.path.join(folder, "out_%gm%s" % (round(cell, 3), tag))
    processing, steps, feedback = _timed_qgis()
    from qgis.core import QgsProcessingContext
    net = {"LINKS": os.path.join(out, "links.gpkg"),
           "SOURCES": os.path.join(out, "source_raster.tif"),
           "RESISTANCE": os.path.join(out, "resistance.tif")}
    runs = [("pinchpoints", dict(net, CWD_CUTOFF=PARAMS["pinch_width"],
                                 OUTPUT=os.path.join(out, "pp_alone.tif"))),
            ("barriers", dict(net, MIN_RADIUS=200, MAX_RADIUS=600, STEP=200,
                              OUTPUT=os.path.join(out, "b_alone.tif"))),
            ("keyareas", {"SCORE": os.path.join(out, "pinch_points.tif"),
                          "CORRIDORS": os.path.join(out, "corridors.tif"),
                          "LANDUSE": params["landuse"], "ADMIN": params["admin"],
                          "ADMIN_FIELD": "ADM_ID", "OUTPUT": "TEMPORARY_OUTPUT",
                          "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})]
    for alg, p in runs:
        processing.run("ecosecurity:" + alg, p, context=QgsProcessingContext(),
                       feedback=feedback)
    print(json.dumps({"cell": cell, "tools": steps}))
    sys.stdout.flush()
    os._exit(0)


def run_one(cell, folder, tag=""):
    """This process: the workflow on CELL-metre inputs; prints one JSON line."""
    params = prepare(cell, folder)
    out = os.path.join(folder, "out_%gm%s" % (round(cell, 3), tag))
    os.makedirs(out, exist_ok=True)
    for key in OUTPUTS:
        ext = ".csv" if key.endswith(("_classes", "_indices", "_by_unit")) else \
            ".tif" if key.split(":")[1] in ("resistance", "mspa", "source_raster", "corridors",
                                            "pinch_points", "barriers", "barrier_percent",
                                            "barrier_radius") else ".gpkg"
        params[key] = os.path.join(out, key.split(":")[1] + ext)
    from osgeo import gdal
    ds = gdal.Open(params["landuse"])
    shape = (ds.RasterYSize, ds.RasterXSize)
    ds = None
    processing, steps, feedback = _timed_qgis()
    from qgis.core import QgsProcessingContext
    t0, c0 = time.perf_counter(), _cpu()
    error = None
    _reset_hwm()
    try:
        processing.run("ecosecurity:ecological_security_network", params,
                       context=QgsProcessingContext(), feedback=feedback)
    except Exception as e:  # a refusal is a measured result too
        error = " ".join([str(e)] + [n for n in feedback.notes if n.startswith("ERROR")])
    seconds, cpu = time.perf_counter() - t0, _cpu() - c0
    steps.append({"step": "other steps", "seconds": seconds - sum(x["seconds"] for x in steps),
                  "cpu_seconds": cpu - sum(x["cpu_seconds"] for x in steps)})
    print(json.dumps({"cell": cell, "rows": shape[0], "cols": shape[1],
                      "cells": shape[0] * shape[1], "seconds": seconds, "cpu_seconds": cpu,
                      # clear_refs resets ru_maxrss too: the run's peak is its steps' largest
                      "peak_gb": max([s.get("peak_gb", 0) for s in steps] + [_hwm_kb() * 1024 / 1e9]),
                      "error": error, "steps": steps}))
    sys.stdout.flush()
    os._exit(0)  # QGIS's exit can crash after a run; the result is printed


def plot(results):
    try:
        import matplotlib
    except ImportError:  # benchmark-only dependency (Debian: python3-matplotlib)
        print("matplotlib is not installed: no plot (apt-get install python3-matplotlib)")
        return
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    runs = sorted(results, key=lambda r: r["cells"])
    names = []
    for r in runs:
        for s in r["steps"]:
            if s["step"] not in names:
                names.append(s["step"])
    # the heavy steps by name, the rest summed as "other steps"; CPU time (user + system)
    # is what the run itself costs, wall time is drawn for the whole workflow
    heavy = [n for n in names if n != "other steps" and max(
        s.get("cpu_seconds", 0) for r in runs for s in r["steps"] if s["step"] == n)
        > 0.05 * max(r["cpu_seconds"] for r in runs)]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.5))
    x = [r["cells"] for r in runs]
    ax1.plot(x, [r["cpu_seconds"] / 60 for r in runs], "k-o", label="whole workflow, CPU")
    ax1.plot(x, [r["seconds"] / 60 for r in runs], "k--", label="whole workflow, wall")
    for n in heavy:
        ax1.plot(x, [sum(s.get("cpu_seconds", 0) for s in r["steps"] if s["step"] == n) / 60
                     for r in runs], "-o", label=n + ", CPU", markersize=3)
        ax2.plot(x, [max([s.get("peak_gb", 0) for s in r["steps"] if s["step"] == n] or [0])
                     for r in runs], "-o", label=n, markersize=3)
    ax2.plot(x, [r["peak_gb"] for r in runs], "k-o", label="whole workflow")
    ax1.axhline(30, color="grey", ls=":")
    ax2.axhline(12, color="grey", ls=":")
    for ax, label in ((ax1, "minutes"), (ax2, "peak resident memory (GB)")):
        ax.set_xscale("log")
        ax.set_xlabel("grid cells")
        ax.set_ylabel(label)
        ax.grid(True, alpha=0.3)
    ax1.legend(fontsize=7)
    fig.suptitle("Ecological security network workflow, Corsica resampled (2 cores)")
    fig.tight_layout()
    os.makedirs(os.path.dirname(PLOT), exist_ok=True)
    fig.savefig(PLOT, dpi=110)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=float, nargs="*", default=DEFAULT_CELLS)
    ap.add_argument("--out", default="/tmp/ecosecurity-basin")
    ap.add_argument("--one", type=float)
    ap.add_argument("--tools", type=float, help="pinch points, barriers, key areas alone "
                    "on the outputs of the run of this cell size")
    ap.add_argument("--tag", default="", help="suffix of the output folder (runs side by side)")
    ap.add_argument("--plot-only", action="store_true")
    ap.add_argument("--add", nargs="*", default=[],
                    help="JSON lines of --one runs made by hand, merged into the results")
    a = ap.parse_args()
    if a.one:
        return run_one(a.one, a.out, a.tag)
    if a.tools:
        return run_tools(a.tools, a.out, a.tag)
    results = []
    if os.path.exists(RESULTS):
        with open(RESULTS) as f:
            results = json.load(f)
    for path in a.add:
        with open(path) as f:
            r = json.loads([ln for ln in f if ln.startswith("{")][-1])
        results = [x for x in results if abs(x["cell"] - r["cell"]) > 1e-6] + [r]
    if a.add:
        os.makedirs(os.path.dirname(RESULTS), exist_ok=True)
        with open(RESULTS, "w") as f:
            json.dump(sorted(results, key=lambda x: x["cells"]), f, indent=1)
    if not (a.plot_only or a.add):
        os.makedirs(a.out, exist_ok=True)
        for cell in a.cells:
            proc = subprocess.run([sys.executable, __file__, "--one", repr(cell), "--out",
                                   a.out, "--tag", a.tag], capture_output=True, text=True)
            lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
            if not lines:
                sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
                raise SystemExit("the run at %g m failed" % cell)
            r = json.loads(lines[-1])
            results = [x for x in results if abs(x["cell"] - cell) > 1e-6] + [r]
            os.makedirs(os.path.dirname(RESULTS), exist_ok=True)
            with open(RESULTS, "w") as f:
                json.dump(sorted(results, key=lambda x: x["cells"]), f, indent=1)
            print("%.3g m, %d cells: %.1f min wall, %.1f min CPU, peak %.2f GB%s" % (
                cell, r["cells"], r["seconds"] / 60, r["cpu_seconds"] / 60, r["peak_gb"],
                "; " + r["error"] if r["error"] else ""))
            for s in r["steps"]:
                print("   %-22s %8.1f s %8.1f s CPU %6.2f GB" % (
                    s["step"], s.get("seconds", 0), s.get("cpu_seconds", 0),
                    s.get("peak_gb", 0)))
            sys.stdout.flush()
    plot(results)


if __name__ == "__main__":
    main()
