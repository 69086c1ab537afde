"""Per-pair current and voltage maps from stored Green solutions, optionally over processes.

Summing |currents| over pairs cannot be linearised, so each pair's node currents are
computed from v = sum_k a_k x_k (vectorised over the graph) and folded into the sink. Pairs
are independent: with workers > 1 they are split over forked processes, each returning a
partial sink that is merged.
"""
import multiprocessing as mp

import numpy as np

_STATE = {}


def _pair_maps(net, basis, job, keys, sink):
    kind, i, j = job[:3]
    key = (int(keys[i]), int(keys[j]))
    if kind == "same":
        zero = np.zeros(net.shape)
        if sink.want_currents:
            sink.currents[key] = sink._null(zero, sink.null_currents)
        if sink.want_voltages:
            sink.voltages[key] = sink._null(zero, sink.null_voltages)
        return
    _, _, _, label, idx, coef, vp, shorted = job
    comp = net.component(label)
    v = basis.x[label][:, idx] @ coef - vp
    cur = vmap = None
    if sink.needs_currents:
        inj = np.zeros(v.size)
        np.add.at(inj, basis.local_terms[label][idx], coef)
        cur = comp.to_cells(comp.node_currents(v, inj, shorted), net.shape)
    if sink.want_voltages:
        vmap = comp.to_cells(v, net.shape)
    sink.add(key, cur, vmap)


def _worker(chunk):
    net, basis, jobs, keys, sink = (_STATE[k] for k in ("net", "basis", "jobs", "keys", "sink"))
    part = sink.__class__(sink.shape, sink.null_cells, cum=sink.want_cum,
                          maximum=sink.want_max, currents=sink.want_currents,
                          voltages=sink.want_voltages, null_currents=sink.null_currents,
                          null_voltages=sink.null_voltages, zero_cells=sink.zero_cells)
    for n in chunk:
        _pair_maps(net, basis, jobs[n], keys, part)
    return part


def run_pairs(net, basis, jobs, keys, sink, workers=1):
    """Fill sink with the maps of every job (pairs), serially or over forked workers."""
    for label in basis.x:  # build operators before forking so children share them
        net.component(label)
    if workers <= 1 or len(jobs) < 2 * workers or "fork" not in mp.get_all_start_methods():
        for job in jobs:
            _pair_maps(net, basis, job, keys, sink)
        return
    _STATE.update(net=net, basis=basis, jobs=jobs, keys=keys, sink=sink)
    try:
        chunks = [list(range(w, len(jobs), workers)) for w in range(workers)]
        with mp.get_context("fork").Pool(workers) as pool:
            for part in pool.map(_worker, chunks):
                sink.merge(part)
    finally:
        _STATE.clear()
