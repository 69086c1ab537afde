"""The peer of bench_circuit_tool.py: pairwise Circuitscape as a plain scipy script.

What Circuitscape.jl's direct route does for single-cell focal nodes, written the simple way
and independent of the plugin's code: the 8-neighbour graph of a resistance raster (edge
conductance the mean of the two cells' conductances, diagonals divided by sqrt(2)), ONE
SuperLU factorisation of the Laplacian grounded at the first focal node, then for every pair
one solve, its effective resistance, and its node-current map
(sum of |branch currents| on both ends + |injection|) / 2, added to the cumulative map.
Writes the cumulative current (GeoTIFF, Float32) and the resistances (CSV) as the tool does.

Run:  python circuit_peer.py RESISTANCE.tif FOCAL.tif OUT_DIR [--ordering MMD_AT_PLUS_A]
Prints one JSON line: seconds from reading the inputs to written outputs, and the phases.
"""
import argparse
import json
import os
import time

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla
from osgeo import gdal


def grid_graph(res):
    """Edge lists (a, b, conductance) of the 8-neighbour graph of a resistance grid."""
    n_rows, n_cols = res.shape
    cond = 1.0 / res
    index = np.arange(res.size).reshape(res.shape)
    a, b, w = [], [], []
    for dr, dc, scale in ((0, 1, 1.0), (1, 0, 1.0), (1, 1, 2 ** -0.5), (1, -1, 2 ** -0.5)):
        r0, r1 = slice(0, n_rows - dr), slice(dr, n_rows)
        c0, c1 = (slice(0, n_cols - dc), slice(dc, n_cols)) if dc >= 0 else \
            (slice(-dc, n_cols), slice(0, n_cols + dc))
        a.append(index[r0, c0].ravel())
        b.append(index[r1, c1].ravel())
        w.append(scale * 0.5 * (cond[r0, c0] + cond[r1, c1]).ravel())
    return np.concatenate(a), np.concatenate(b), np.concatenate(w)


def run(res_path, focal_path, out_dir, ordering):
    t0 = time.perf_counter()
    ds = gdal.Open(res_path)
    res = ds.GetRasterBand(1).ReadAsArray().astype(np.float64)
    focal_ds = gdal.Open(focal_path)  # kept: a band outlives no dataset
    focal = focal_ds.GetRasterBand(1).ReadAsArray()
    cells = np.flatnonzero(focal > 0)
    ids = focal.ravel()[cells]
    cells, ids = cells[np.argsort(ids)], np.sort(ids)
    n = res.size
    a, b, w = grid_graph(res)
    lap = sp.csr_matrix((np.r_[-w, -w], (np.r_[a, b], np.r_[b, a])), shape=(n, n))
    lap = (lap + sp.diags(-np.asarray(lap.sum(axis=1)).ravel())).tocsc()
    ground = cells[0]
    keep = np.flatnonzero(np.arange(n) != ground)
    t1 = time.perf_counter()
    lu = sla.splu(lap[keep][:, keep], permc_spec=ordering, diag_pivot_thresh=0.0,
                  options={"SymmetricMode": True})
    t2 = time.perf_counter()
    # branch flows B v and their sum onto both end nodes, as sparse operators
    m = a.size
    flow = sp.csr_matrix((np.r_[w, -w], (np.r_[np.arange(m), np.arange(m)], np.r_[a, b])),
                         shape=(m, n))
    ends = abs(flow).T.tocsr()
    ends.data[:] = 1.0
    k = cells.size
    r = np.zeros((k, k))
    cum = np.zeros(n)
    v = np.zeros(n)
    for i in range(k):
        for j in range(i + 1, k):
            rhs = np.zeros(n)
            rhs[cells[j]], rhs[cells[i]] = 1.0, -1.0
            v[keep] = lu.solve(rhs[keep])
            v[ground] = 0.0
            r[i, j] = r[j, i] = v[cells[j]] - v[cells[i]]
            cum += 0.5 * (ends @ np.abs(flow @ v) + np.abs(rhs))
    t3 = time.perf_counter()
    os.makedirs(out_dir, exist_ok=True)
    drv = gdal.GetDriverByName("GTiff")
    out = drv.Create(os.path.join(out_dir, "cum_current.tif"), res.shape[1], res.shape[0], 1,
                     gdal.GDT_Float32)
    out.SetGeoTransform(ds.GetGeoTransform())
    out.SetProjection(ds.GetProjection())
    out.GetRasterBand(1).WriteArray(cum.reshape(res.shape).astype(np.float32))
    out = None
    with open(os.path.join(out_dir, "resistances.csv"), "w") as f:
        f.write("from_id,to_id,resistance\n")
        for i in range(k):
            for j in range(i + 1, k):
                f.write(f"{ids[i]},{ids[j]},{r[i, j]!r}\n")
    t4 = time.perf_counter()
    return {"seconds": t4 - t0, "graph": t1 - t0, "factor": t2 - t1, "pairs": t3 - t2,
            "write": t4 - t3, "pairs_solved": k * (k - 1) // 2}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("resistance")
    ap.add_argument("focal")
    ap.add_argument("out_dir")
    ap.add_argument("--ordering", default="MMD_AT_PLUS_A")
    a = ap.parse_args()
    print(json.dumps(run(a.resistance, a.focal, a.out_dir, a.ordering)))


if __name__ == "__main__":
    main()
