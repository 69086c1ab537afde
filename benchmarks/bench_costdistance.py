"""Benchmark of cost distance against scikit-image's MCP_Geometric (not a test).

Grids: an n x n lognormal resistance (bench_leastcost.py's landscape: 2 % scattered nodata,
a 3 x 3 source) and the Corsica sample's resistance (`make demo` writes it; --corsica names
another) resampled (nearest cell) to about the same number of cells, with a 3 x 3 source at
the land cell nearest the island's centre. Each grid runs in a fresh process; inside it the
three sides take turns REPEATS times (interleaved, so a slow spell of the shared machine
hits all of them), each timed from the resistance array to the CWD grid:

- ours: costdistance.CostGraph + cost_distance, the default engine (MCP_Geometric when
  scikit-image is importable, for runs without a cost limit);
- scipy: the same with engine="scipy" (the CSR graph and scipy's Dijkstra: the engine
  without scikit-image, and the one for limited runs);
- peer: MCP_Geometric as a user runs it: nodata to inf, MCP_Geometric(cost, sampling=(c, c)),
  find_costs(source cells).
Also the multi-source case: CWD to the nearest of 8 sources (one run from all their cells)
on each side, and ours with the cost allocation too (cost_allocation: which source is
nearest; MCP_Geometric has no allocation, only back-links).
Medians of wall and own-CPU seconds; ratio = ours / peer; the largest relative difference
between ours (and scipy's) CWD and the peer's.

--tool: ecosecurity:leastcostcorridors through processing.run (_runner.py, a fresh process
per run) on an n x n GeoTIFF with 2 sources, with scikit-image importable and hidden.

Run:  nice .venv/bin/python benchmarks/bench_costdistance.py [--repeats 3]
      [--sizes 1000,2000] [--corsica path.tif] [--tool 1000]
"""
import argparse
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
REPO = HERE.parent
RUNNER = HERE / "_runner.py"
CELL = 30.0


def _import():
    sys.path.insert(0, HERE.as_posix())
    import _plugin
    _plugin.importable()
    from ecosecurity.algorithms.corridors import costdistance
    return costdistance


def landscape(n, k=8, seed=1):
    """bench_leastcost.py's landscape: resistance and source ids 1..k (3 x 3 blocks)."""
    rng = np.random.default_rng(seed)
    res = rng.lognormal(1.0, 1.0, (n, n))
    res[rng.random((n, n)) < 0.02] = np.nan
    ids = np.zeros((n, n), dtype=np.int32)
    for i, (r, c) in enumerate(rng.integers(2, n - 3, size=(k, 2)), start=1):
        ids[r - 1:r + 2, c - 1:c + 2] = i
        res[r - 1:r + 2, c - 1:c + 2] = 1.0
    return res, ids


def corsica(path, cells, k=8, seed=1):
    """The resistance raster resampled to about `cells` cells, and k 3 x 3 sources on land
    (source 1 at the land cell nearest the centre, the others at random land cells)."""
    from osgeo import gdal
    gdal.UseExceptions()
    src = gdal.Open(path)
    scale = (cells / (src.RasterXSize * src.RasterYSize)) ** 0.5
    w, h = round(src.RasterXSize * scale), round(src.RasterYSize * scale)
    ds = gdal.Warp("", src, format="MEM", width=w, height=h, resampleAlg="near")
    band = ds.GetRasterBand(1)
    res = band.ReadAsArray().astype(np.float64)
    if band.GetNoDataValue() is not None:
        res[res == band.GetNoDataValue()] = np.nan
    inner = np.zeros(res.shape, bool)
    inner[2:-3, 2:-3] = True
    land = np.argwhere(np.isfinite(res) & inner)
    centre = land[np.argmin(((land - np.array(res.shape) / 2) ** 2).sum(axis=1))]
    picks = [centre] + list(land[np.random.default_rng(seed).choice(len(land), k - 1)])
    ids = np.zeros(res.shape, dtype=np.int32)
    for i, (r, c) in enumerate(picks, start=1):
        ids[r - 1:r + 2, c - 1:c + 2] = i
        res[r - 1:r + 2, c - 1:c + 2] = np.nan_to_num(res[r - 1:r + 2, c - 1:c + 2], nan=1.0)
    return res, ids


def peer(res, starts, cell):
    """MCP_Geometric as its documentation shows: cost grid in, cumulative costs out."""
    from skimage.graph import MCP_Geometric
    cost = np.where(np.isfinite(res), res, np.inf)
    mcp = MCP_Geometric(cost, fully_connected=True, sampling=(cell, cell))
    cum, _ = mcp.find_costs(starts)
    return cum


def _timed(f):
    t, c = time.perf_counter(), time.process_time()
    out = f()
    return out, time.perf_counter() - t, time.process_time() - c


def _rel(a, b):
    ok = np.isfinite(b)
    assert (np.isfinite(a) == ok).all(), "the two sides reach different cells"
    return float(np.max(np.abs(a[ok] - b[ok]) / np.maximum(np.abs(b[ok]), 1e-300)))


def one_grid(kind, size, repeats, corsica_path):
    cd = _import()
    res, ids = landscape(size) if kind == "synthetic" else corsica(corsica_path, size * size)
    one = ids == 1
    starts_one, starts_all = np.argwhere(one), np.argwhere(ids > 0)
    sides = {
        "ours": lambda: cd.cost_distance(cd.CostGraph(res, CELL), one),
        "scipy": lambda: cd.cost_distance(cd.CostGraph(res, CELL, engine="scipy"), one),
        "peer": lambda: peer(res, starts_one, CELL),
        "ours_multi": lambda: cd.cost_distance(cd.CostGraph(res, CELL), ids > 0),
        "scipy_multi": lambda: cd.cost_distance(cd.CostGraph(res, CELL, engine="scipy"),
                                                ids > 0),
        "peer_multi": lambda: peer(res, starts_all, CELL),
        "ours_alloc": lambda: cd.cost_allocation(cd.CostGraph(res, CELL), ids)[1],
    }
    wall = {k: [] for k in sides}
    cpu = {k: [] for k in sides}
    last = {}
    for _ in range(repeats):
        for name, f in sides.items():
            last[name], w, c = _timed(f)
            wall[name].append(w)
            cpu[name].append(c)
    out = {"grid": kind, "shape": list(res.shape), "cells": int(res.size),
           "load": os.getloadavg()[0]}
    for name in sides:
        out[name + "_s"] = statistics.median(wall[name])
        out[name + "_cpu_s"] = statistics.median(cpu[name])
    for a in ("ours", "scipy"):
        out[a + "_rel_diff"] = _rel(last[a], last["peer"])
        out[a + "_multi_rel_diff"] = _rel(last[a + "_multi"], last["peer_multi"])
    out["ours_alloc_rel_diff"] = _rel(last["ours_alloc"], last["peer_multi"])
    return out


def report(o):
    print(f"{o['grid']} {o['shape'][0]} x {o['shape'][1]} = {o['cells'] / 1e6:.2f} M cells "
          f"(load {o['load']:.1f}): seconds wall / own CPU, medians")
    for case, suffix in (("one source", ""), ("8 sources ", "_multi")):
        ours, scipy_, mcp = (o[f"{s}{suffix}_s"] for s in ("ours", "scipy", "peer"))
        print(f"  {case}: ours {ours:6.2f} / {o[f'ours{suffix}_cpu_s']:6.2f}   "
              f"scipy {scipy_:6.2f} / {o[f'scipy{suffix}_cpu_s']:6.2f}   "
              f"MCP_Geometric {mcp:6.2f} / {o[f'peer{suffix}_cpu_s']:6.2f}   "
              f"ratio ours/MCP {ours / mcp:4.2f} (CPU "
              f"{o[f'ours{suffix}_cpu_s'] / o[f'peer{suffix}_cpu_s']:4.2f}), "
              f"scipy/MCP {scipy_ / mcp:4.2f}; max rel diff ours {o[f'ours{suffix}_rel_diff']:.1e}"
              f", scipy {o[f'scipy{suffix}_rel_diff']:.1e}")
    print(f"  8 sources with cost allocation: ours {o['ours_alloc_s']:6.2f} / "
          f"{o['ours_alloc_cpu_s']:6.2f} (CWD max rel diff {o['ours_alloc_rel_diff']:.1e})")


# ------------------------------------------------------------------ the tool

def write_inputs(folder, n):
    from osgeo import gdal, osr
    res, ids = landscape(n, k=2)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    paths = []
    for name, grid, kind in (("resistance", res, gdal.GDT_Float64),
                             ("sources", ids, gdal.GDT_Int32)):
        path = os.path.join(folder, f"{name}_{n}.tif")
        ds = gdal.GetDriverByName("GTiff").Create(path, n, n, 1, kind)
        ds.SetGeoTransform((0.0, CELL, 0.0, CELL * n, 0.0, -CELL))
        ds.SetProjection(srs.ExportToWkt())
        if name == "resistance":
            ds.GetRasterBand(1).SetNoDataValue(-9999.0)
            grid = np.where(np.isfinite(grid), grid, -9999.0)
        ds.GetRasterBand(1).WriteArray(grid)
        ds = None
        paths.append(path)
    return paths


# runs _runner.py with scikit-image unimportable (sys.modules entry None: ImportError)
HIDE = ("import runpy, sys; sys.modules['skimage'] = None; sys.argv = sys.argv[1:]; "
        "runpy.run_path(sys.argv[0], run_name='__main__')")


def tool(n, repeats):
    _import()
    plugins = os.environ["ECOSECURITY_PLUGINS"]
    env = dict(os.environ, ECOSECURITY_PLUGINS=plugins, QT_QPA_PLATFORM="offscreen",
               GDAL_PAM_ENABLED="NO")
    with tempfile.TemporaryDirectory(prefix="bench-cwd-") as work:
        res_path, src_path = write_inputs(work, n)
        times = {"skimage": [], "scipy": []}
        peaks = {"skimage": [], "scipy": []}
        for _ in range(repeats):
            for engine in times:
                out = os.path.join(work, engine)
                params = json.dumps({"SOURCES": src_path, "RESISTANCE": res_path,
                                     "LINKS": os.path.join(out + "_links.gpkg"),
                                     "CORRIDORS": os.path.join(out + "_corridors.tif"),
                                     "WIDTH_CUTOFF": 20000.0})
                pre = [sys.executable, str(RUNNER)] if engine == "skimage" else \
                    [sys.executable, "-c", HIDE, str(RUNNER)]
                cp = subprocess.run(pre + ["ecosecurity:leastcostcorridors", params],
                                    check=True, capture_output=True, text=True, env=env)
                r = json.loads(cp.stdout.strip().splitlines()[-1])
                times[engine].append(r["seconds"])
                peaks[engine].append(r["peak_mb"])
        from osgeo import gdal
        a, b = (gdal.Open(os.path.join(work, e + "_corridors.tif")).ReadAsArray()
                for e in times)
    same = bool(np.array_equal(np.isnan(a), np.isnan(b)))
    diff = float(np.nanmax(np.abs(a - b)))
    s, p = statistics.median(times["skimage"]), statistics.median(times["scipy"])
    print(f"tool leastcostcorridors, {n} x {n} cells, 2 sources (processing.run, median of "
          f"{repeats}): with scikit-image {s:.2f} s (peak {max(peaks['skimage']):.0f} MB), "
          f"without {p:.2f} s (peak {max(peaks['scipy']):.0f} MB), ratio {s / p:.2f}; "
          f"corridors same cells {same}, max |diff| {diff:.1e} (Float32)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--sizes", default="1000,2000")
    ap.add_argument("--corsica", default=str(REPO / "build" / "demo" / "corsica_resistance.tif"))
    ap.add_argument("--tool", default="1000", help="grid sizes for the tool run ('' = none)")
    ap.add_argument("--child", nargs=2, metavar=("KIND", "N"))
    a = ap.parse_args()
    if a.child:
        print(json.dumps(one_grid(a.child[0], int(a.child[1]), a.repeats, a.corsica)))
        return
    kinds = ["synthetic"]
    if os.path.exists(a.corsica):
        kinds.append("corsica")
    else:
        print(f"no Corsica resistance at {a.corsica} (`make demo` writes it): synthetic only")
    for n in (int(s) for s in a.sizes.split(",")):
        for kind in kinds:
            cp = subprocess.run([sys.executable, __file__, "--repeats", str(a.repeats),
                                 "--corsica", a.corsica, "--child", kind, str(n)],
                                capture_output=True, text=True, check=True)
            report(json.loads(cp.stdout.strip().splitlines()[-1]))
    for n in (int(s) for s in a.tool.split(",") if s):
        tool(n, a.repeats)


if __name__ == "__main__":
    main()
