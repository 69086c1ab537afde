"""Per-pair current and voltage maps from stored Green solutions, optionally over processes.

A pair p's voltages are v_p = X a_p (X: the component's Green columns, a_p: the pair's
injections), its branch flows F_p = B X a_p and its node currents
0.5 (E |F_p| + |inj_p|), E summing an edge onto both end nodes. |.| cannot be linearised,
but when only the cumulative map is asked, sum_p E |F_p| = E sum_p |F_p|: B X (edges x K)
is one sparse product per block of edges, the sum over pairs a dense product (or a sort),
and E is applied once for the whole map. Maximum and per-pair maps keep one sparse pass
per pair.
Pairs are independent: with workers > 1 or a Dask scheduler they are split into pieces
(executor.py), each returning a partial sink that is merged in the pieces' order.
"""
import copy
from types import SimpleNamespace

import numpy as np

from ..executor import Pieces, chunks
from .. import pyenv
from .ranksum import pairwise_abs_sum

# working set of an edge block: small enough to stay in cache while its flows are sorted
# (128 MB blocks were 1.5x slower for 4M edges x 17 nodes)
BLOCK_BYTES = 4 * 2 ** 20


def _same(net, key, sink):
    zero = np.zeros(net.shape)
    if sink.want_currents:
        sink.currents[key] = sink._null(zero, sink.null_currents)
    if sink.want_voltages:
        sink.voltages[key] = sink._null(zero, sink.null_voltages)


def _edge_blocks(comp, width):
    """Row blocks of the flow operator, each a working set of about BLOCK_BYTES."""
    n_edges = comp.flow_op.shape[0]
    step = max(4096, BLOCK_BYTES // (8 * max(width, 1)))
    for lo in range(0, n_edges, step):
        yield comp.flow_op[lo:min(lo + step, n_edges)]


def _all_unit_pairs(jobs, n_terms):
    """True when the jobs are every pair of single-node terminals with 1 A each."""
    if len(jobs) != n_terms * (n_terms - 1) // 2:
        return False
    seen = {tuple(sorted(job[4])) for job in jobs if len(job[4]) == 2}
    return len(seen) == len(jobs) and all(np.allclose(np.abs(job[5]), 1.0) for job in jobs)


def _summed_edge_flows(comp, x, coef, all_pairs):
    """sum_p |F_p| per edge. For all pairs of unit terminals that is the sum over pairs of
    |d_i - d_j| of the edge's Green differences d (ranksum.py: a sort, not K^2 terms)."""
    k = x.shape[1]
    out = []
    for flows in _edge_blocks(comp, k + (0 if all_pairs else coef.shape[1])):
        d = flows @ x
        if all_pairs:
            out.append(pairwise_abs_sum(d))
        else:
            f = d @ coef
            out.append(np.abs(f, out=f).sum(axis=1))
    return np.concatenate(out)


def _label_pairs(net, basis, label, jobs, keys, sink):
    """Fold the maps of the pairs of one component into the sink."""
    comp = net.component(label)
    x = basis.x[label]
    loc = basis.local_terms[label]
    regions = any(len(s) > 1 for job in jobs for s in job[7])
    if sink.needs_currents and not (sink.want_max or sink.want_currents or regions):
        coef = np.zeros((x.shape[1], len(jobs)))
        inj = np.zeros(comp.nodes.size)  # sum over pairs of |injection| per node
        for p, job in enumerate(jobs):
            coef[job[4], p] = job[5]
            np.add.at(inj, loc[job[4]], np.abs(job[5]))
        total = _summed_edge_flows(comp, x, coef, _all_unit_pairs(jobs, x.shape[1]))
        sink.add_sum(comp.to_cells(0.5 * (comp.ends @ total + inj), net.shape), len(jobs))
        if sink.want_voltages:
            for job in jobs:
                sink.add(_key(job, keys), None, _voltages(net, comp, x, job))
        return
    # column-major: a pair reads its few columns, not every row of x (a 1M x 17 C-ordered
    # x made each pair's gather a pass over all 136 MB)
    xf = np.asfortranarray(x)
    for job in jobs:  # one sparse pass per pair: node currents of each pair are kept
        _, _, _, _, idx, coef, vp, shorted = job
        v = xf[:, idx] @ coef - vp
        cur = None
        if sink.needs_currents:
            inj = np.zeros(v.size)
            np.add.at(inj, loc[idx], coef)
            cur = comp.to_cells(comp.node_currents(v, inj, shorted), net.shape)
        vmap = comp.to_cells(v, net.shape) if sink.want_voltages else None
        sink.add(_key(job, keys), cur, vmap)


def _voltages(net, comp, x, job):
    return comp.to_cells(x[:, job[4]] @ job[5] - job[6], net.shape)


def _key(job, keys):
    return int(keys[job[1]]), int(keys[job[2]])


def _fold(net, basis, jobs, keys, sink):
    by_label = {}
    for job in jobs:
        if job[0] == "same":
            _same(net, _key(job, keys), sink)
        else:
            by_label.setdefault(job[3], []).append(job)
    for label, group in by_label.items():
        _label_pairs(net, basis, label, group, keys, sink)


def shipped_network(net, labels):
    """What the workers read of the network: its shape and the built components, without
    their factorisations (SuperLU objects cannot be pickled and workers solve nothing)."""
    comps = {}
    for label in labels:
        comps[label] = copy.copy(net.component(label))
        comps[label].solver = None
    return SimpleNamespace(shape=net.shape, component=comps.__getitem__)


def _piece(state, chunk):
    """One piece: the partial sink of the jobs numbered in chunk."""
    part = state["sink"].empty_like()
    _fold(state["net"], state["basis"], [state["jobs"][n] for n in chunk], state["keys"], part)
    return part


def run_pairs(net, basis, jobs, keys, sink, workers=1, scheduler=""):
    """Fill sink with the maps of every job (pairs): serially, over spawned local workers or
    on the Dask cluster at ``scheduler`` (executor.py); partial sinks merged in order."""
    for label in basis.x:  # operators built once here, sent to the workers ready to use
        net.component(label)
    if not scheduler and (workers <= 1 or len(jobs) < 2 * workers
                          or pyenv.worker_python() is None):
        _fold(net, basis, jobs, keys, sink)
        return
    state = dict(net=shipped_network(net, basis.x), jobs=jobs, keys=keys, sink=sink,
                 basis=SimpleNamespace(x=basis.x, local_terms=basis.local_terms))
    with Pieces(state, workers, scheduler) as run:
        # a cluster gets two pieces a worker thread: a lost worker costs less to redo
        parts = run.slots * (2 if scheduler else 1)
        for part in run.imap(_piece, chunks(len(jobs), parts)):
            sink.merge(part)
