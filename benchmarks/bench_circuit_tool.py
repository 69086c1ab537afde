"""Benchmark of the circuitscape TOOL against Circuitscape's method (not a test).

Landscape as bench_circuit.py: n x n lognormal resistance (8 neighbours), K single-cell
focal nodes, written as GeoTIFFs. For each case, in the same run and with the same niceness,
environment and BLAS threads (BLAS_THREADS, default 1: both sides on one core):

- tool: `ecosecurity:circuitscape` (pairwise, cumulative current and resistances, default
  parameters) through processing.run in a fresh process (_runner.py). Two figures: the
  processing.run call (parameters to written outputs), and the whole process's wall time
  minus that of a fresh process running a trivial tool (ecosecurity:ahpweights on a 2 x 2
  matrix), i.e. with QGIS's and the plugin's start-up taken off. The ratios use the latter.
- peer: circuit_peer.py in a fresh process, a plain scipy script doing what Circuitscape
  does: one SuperLU factorisation of the grounded Laplacian, then per pair one solve and a
  node-current map, summed (time from reading the inputs to written outputs).

Medians of REPEATS; `uptime`'s 1-minute load is recorded beside each figure (the machine
is shared). The outputs of the two sides are compared (resistances, cumulative map).

Run:  nice -n 5 .venv/bin/python benchmarks/bench_circuit_tool.py [--repeats 3]
      [--cases 1000:17,400:12] [--profile 1000:17]   (the last: cProfile of one tool run)
"""
import argparse
import csv
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
RUNNER = HERE / "_runner.py"
PEER = HERE / "circuit_peer.py"


def landscape(n, k, seed=1):
    """bench_circuit.py's landscape: lognormal resistance, k focal cells with ids 1..k."""
    rng = np.random.default_rng(seed)
    res = rng.lognormal(1.0, 1.0, (n, n))
    pts = np.zeros((n, n), dtype=np.int32)
    cells = rng.choice(n * n, size=k, replace=False)
    pts.ravel()[cells] = np.arange(1, k + 1)
    return res, pts


def write_inputs(folder, n, k):
    from osgeo import gdal, osr
    res, pts = landscape(n, k)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    paths = []
    for name, grid, kind in (("resistance", res, gdal.GDT_Float64),
                             ("focal", pts, gdal.GDT_Int32)):
        path = os.path.join(folder, f"{name}_{n}.tif")
        ds = gdal.GetDriverByName("GTiff").Create(path, n, n, 1, kind)
        ds.SetGeoTransform((0.0, 30.0, 0.0, 30.0 * n, 0.0, -30.0))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(grid)
        ds = None
        paths.append(path)
    return paths


def _env(threads):
    env = dict(os.environ)
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = str(threads)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("GDAL_PAM_ENABLED", "NO")
    return env


def load():
    return os.getloadavg()[0]


def run_json(cmd, env):
    t0 = time.perf_counter()
    cp = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    return wall, json.loads(cp.stdout.strip().splitlines()[-1])


def tool_params(res_path, focal_path, out):
    return {"RESISTANCE": res_path, "FOCAL_RASTER": focal_path, "MODE": 0,
            "OUTPUT_CURRENT": os.path.join(out, "cum_current.tif"),
            "OUTPUT_RESISTANCES": os.path.join(out, "resistances.csv")}


def trivial(out, env):
    params = {"MATRIX": "1,3;1/3,1", "OUTPUT": os.path.join(out, "ahp.csv")}
    wall, _ = run_json([sys.executable, str(RUNNER), "ecosecurity:ahpweights",
                        json.dumps(params)], env)
    return wall


def read_outputs(folder):
    from osgeo import gdal
    ds = gdal.Open(os.path.join(folder, "cum_current.tif"))
    cum = ds.ReadAsArray().astype(np.float64)
    with open(os.path.join(folder, "resistances.csv")) as f:
        rows = {(int(r["from_id"]), int(r["to_id"])): float(r["resistance"])
                for r in csv.DictReader(f)}
    return cum, rows


def compare(tool_dir, peer_dir):
    c1, r1 = read_outputs(tool_dir)
    c2, r2 = read_outputs(peer_dir)
    assert r1.keys() == r2.keys(), "the two sides solved different pairs"
    dr = max(abs(r1[p] - r2[p]) / abs(r2[p]) for p in r2)
    dc = np.abs(c1 - c2).max() / np.abs(c2).max()
    return dr, dc


def case(n, k, repeats, work, env):
    res_path, focal_path = write_inputs(work, n, k)
    tool_dir, peer_dir = os.path.join(work, f"tool_{n}"), os.path.join(work, f"peer_{n}")
    os.makedirs(tool_dir, exist_ok=True)
    rows = {"tool": [], "tool_run": [], "startup": [], "peer": []}
    loads = {key: [] for key in rows}
    params = json.dumps(tool_params(res_path, focal_path, tool_dir))
    peer_phases = []
    for _ in range(repeats):  # interleaved, so a slow spell of the machine hits both
        loads["startup"].append(load())
        rows["startup"].append(trivial(work, env))
        loads["tool"].append(load())
        wall, out = run_json([sys.executable, str(RUNNER), "ecosecurity:circuitscape", params],
                             env)
        rows["tool"].append(wall)
        rows["tool_run"].append(out["seconds"])
        loads["tool_run"].append(loads["tool"][-1])
        loads["peer"].append(load())
        _, out = run_json([sys.executable, str(PEER), res_path, focal_path, peer_dir], env)
        rows["peer"].append(out["seconds"])
        peer_phases.append(out)
    startup = statistics.median(rows["startup"])
    through = statistics.median(w - startup for w in rows["tool"])
    run = statistics.median(rows["tool_run"])
    peer = statistics.median(rows["peer"])
    dr, dc = compare(tool_dir, peer_dir)
    print(f"{n} x {n} cells, {k} focal nodes, {k * (k - 1) // 2} pairs "
          f"(median of {repeats}; 1-min load at each start in brackets):")
    print(f"  QGIS + plugin start-up (trivial tool process) {startup:7.2f} s  "
          f"{_fmt(rows['startup'], loads['startup'])}")
    print(f"  tool process wall time                       "
          f"{statistics.median(rows['tool']):7.2f} s  {_fmt(rows['tool'], loads['tool'])}")
    print(f"  tool, start-up taken off                     {through:7.2f} s")
    print(f"  tool, processing.run call                    {run:7.2f} s  "
          f"{_fmt(rows['tool_run'], loads['tool_run'])}")
    print(f"  peer: SuperLU + per-pair solves and maps     {peer:7.2f} s  "
          f"{_fmt(rows['peer'], loads['peer'])}")
    last = peer_phases[-1]
    print(f"    peer phases (last run): graph {last['graph']:.2f}, factor {last['factor']:.2f}, "
          f"{last['pairs_solved']} solves and maps {last['pairs']:.2f}, write {last['write']:.2f}")
    print(f"  ratio peer / tool (start-up off) {peer / through:5.1f}x; "
          f"peer / processing.run {peer / run:5.1f}x")
    print(f"  agreement: max relative |R diff| {dr:.1e}, max |cum diff| / max cum {dc:.1e} "
          f"(the maps are Float32)")


def _fmt(values, loads):
    return "[" + ", ".join(f"{v:.2f} ({l:.1f})" for v, l in zip(values, loads)) + "]"


def _start_qgis():
    """QGIS, Processing and the plugin's provider in this process; returns what must stay
    alive and processing.run."""
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, HERE.as_posix())
    import _plugin
    sys.path.insert(0, _plugin.importable())
    from ecosecurity.algorithms.provider import EcoSecurityProvider
    provider = EcoSecurityProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    from qgis import processing
    return (app, provider), processing.run


def _tool_call(run, params):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    run("ecosecurity:circuitscape", params, context=QgsProcessingContext(),
        feedback=QgsProcessingFeedback())


def profile(n, k, work):
    """cProfile of one processing.run of the tool in this process (QGIS started here)."""
    import cProfile
    import pstats
    res_path, focal_path = write_inputs(work, n, k)
    keep, run = _start_qgis()
    params = tool_params(res_path, focal_path, work)
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    _tool_call(run, params)
    prof.disable()
    print(f"processing.run: {time.perf_counter() - t0:.2f} s (under cProfile)")
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(25)
    del keep


def overhead(n, k, repeats, work):
    """The tool's processing.run against the engine call of bench_circuit.py (circuit.pairwise
    on the arrays, cumulative map) on the same landscape, alternated in one process."""
    res_path, focal_path = write_inputs(work, n, k)
    keep, run = _start_qgis()
    from ecosecurity.algorithms.corridors import circuit
    res, pts = landscape(n, k)
    params = tool_params(res_path, focal_path, work)
    t_eng, t_tool, loads = [], [], []
    for _ in range(repeats):
        loads.append(load())
        t0 = time.perf_counter()
        circuit.pairwise(res, pts, cum_map=True)
        t1 = time.perf_counter()
        _tool_call(run, params)
        t_tool.append(time.perf_counter() - t1)
        t_eng.append(t1 - t0)
    eng, tool = statistics.median(t_eng), statistics.median(t_tool)
    print(f"{n} x {n}, {k} focal nodes, one process, median of {repeats} "
          f"(1-min load at each start {', '.join(f'{v:.1f}' for v in loads)}):")
    print(f"  engine call (circuit.pairwise)  {eng:6.2f} s  {[round(t, 2) for t in t_eng]}")
    print(f"  tool (processing.run)           {tool:6.2f} s  {[round(t, 2) for t in t_tool]}")
    print(f"  tool / engine                   {tool / eng:6.2f}")
    del keep


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--cases", default="1000:17,400:12")
    ap.add_argument("--threads", type=int, default=1, help="BLAS threads of both sides")
    ap.add_argument("--profile", help="n:k: profile one tool run instead")
    ap.add_argument("--overhead", help="n:k: the tool against the engine call instead")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-circuit-tool-") as work:
        if a.profile:
            profile(*map(int, a.profile.split(":")), work)
            return
        if a.overhead:
            overhead(*map(int, a.overhead.split(":")), a.repeats, work)
            return
        env = _env(a.threads)
        import _plugin
        env["ECOSECURITY_PLUGINS"] = _plugin.importable()
        print(f"niceness {os.nice(0)}, BLAS threads {a.threads}, tool WORKERS 1; "
              f"{os.cpu_count()} cores shared with other jobs")
        for spec in a.cases.split(","):
            n, k = map(int, spec.split(":"))
            case(n, k, a.repeats, work, env)


if __name__ == "__main__":
    main()
