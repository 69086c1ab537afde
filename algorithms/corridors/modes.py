"""One-to-all, all-to-one and advanced modes (pure numpy/scipy), as Circuitscape.jl
(src/raster/onetoall.jl, src/raster/advanced.jl).

One-to-all, for focal node i: strength s_i enters at i, every focal node the include table
pairs with i (its partners; all others without a table) is a ground at 0 V; R_i = v_i / s_i.
All-to-one: i is the ground and every other focal node is a source, partners with their
strength (1 A without a strength list) and non-partners with 1 A, as onetoall.jl
(`_strengths[idx, 2] .= 1`, `source_map` from `unique_point_map`); the "resistance" reported
is 0. (Per focal node, not per cell of a focal region.) A single-cell focal node with no
partner is not solved at all: R = -1 and no map (onetoall.jl `sum(point_map) == n`); a node
that is solved but carries no current gets zero maps. Both modes are solved from the Green
basis x_k of all focal nodes: with sources w on S and grounds on J, v = X_S w + X_J a + c
with Z_JJ a + c 1 = -Z_JS w and sum a = -sum w, so K focal nodes cost K solves. Focal
regions are merged into one node for all solves.

Advanced: sources and grounds from rasters; ground g_k (conductance, or 1/R) adds g_k to the
diagonal, an infinite ground (R = 0, or direct grounds) fixes v_k = 0. Conflicts (a node with
both) follow remove_src_or_gnd: keepall, rmvsrc, rmvgnd, rmvall; a source on an infinite
ground always loses the ground. A component is solved only if its sources and grounds both
sum to a non-zero value. One solve per component.
"""
from types import SimpleNamespace

import numpy as np
import scipy.sparse as sp

from . import graph, regions
from .focal import include_table, make_sink, prepare
from .graph import CircuitError
from ..executor import Pieces, chunks
from .network import GreenBasis, Network
from .parallel import shipped_network
from .solver import AUTO, SolveStats, solve_grounded_system

POLICIES = ("keepall", "rmvsrc", "rmvgnd", "rmvall")


def _dirichlet(z, src_cols, w, gnd_cols):
    """Ground injections a (on gnd_cols) and offset c for sources w on src_cols."""
    m = len(gnd_cols)
    mat = np.ones((m + 1, m + 1))
    mat[:m, :m] = z[np.ix_(gnd_cols, gnd_cols)]
    mat[m, m] = 0.0
    rhs = np.r_[-(z[np.ix_(gnd_cols, src_cols)] @ w), -w.sum()]
    sol = np.linalg.solve(mat, rhs)
    return sol[:m], sol[m]


def _focal_setup(habitat, points, is_resistance, nodata, polygons, mask, four_neighbors,
                 avg_resistances, included_pairs):
    g, poly = prepare(habitat, is_resistance, nodata, mask, polygons)
    rows, cols, ids = graph.focal_cells(points, g.shape)
    keep, linked = include_table(ids, included_pairs)
    rows, cols, ids = rows[keep], cols[keep], ids[keep]
    merged = regions.merged_polymap(poly, g.shape, rows, cols, ids)
    net = Network(g, merged, four_neighbors, avg_resistances)
    return g, net, rows, cols, ids, linked


def _one_all(kind, habitat, points, *, is_resistance=True, nodata=None, polygons=None,
             mask=None, four_neighbors=False, avg_resistances=False, included_pairs=None,
             strengths=None, solver=AUTO, cum_map=True, max_map=False, current_maps=False,
             voltage_maps=False, null_currents_to_nodata=False, null_voltages_to_nodata=False,
             focal_currents_to_zero=False, workers=1, scheduler=""):
    g, net, rows, cols, ids, linked = _focal_setup(
        habitat, points, is_resistance, nodata, polygons, mask, four_neighbors,
        avg_resistances, included_pairs)
    uniq, members = regions.region_cells(ids)
    strength = dict(strengths or {})
    stats = SolveStats()
    sink = make_sink(g, rows, cols, cum_map=cum_map, max_map=max_map, current_maps=current_maps,
                     voltage_maps=voltage_maps, null_currents_to_nodata=null_currents_to_nodata,
                     null_voltages_to_nodata=null_voltages_to_nodata,
                     focal_currents_to_zero=focal_currents_to_zero)
    cell_nodes = net.node[rows, cols]
    basis = GreenBasis(net, cell_nodes, solver, stats)
    result = -np.ones(uniq.size)
    # with workers or a cluster, each node's map is recorded here and drawn as a piece
    records = [] if (workers > 1 or scheduler) else None
    record = _record if records is None else lambda *a: records.append(a[2:7])
    for i, pid in enumerate(uniq):
        partners = [j for j in range(uniq.size) if j != i and
                    (linked is None or linked(pid, uniq[j]))]
        if not partners and members[i].size == 1:
            continue  # Circuitscape.jl returns before solving: R = -1 and no map at all
        if not _solve_one(kind, net, basis, cell_nodes, members, uniq, i, partners, strength,
                          result, sink, record):
            # a focal node that is solved but carries no current gets zero maps
            if records is not None:
                records.append((None, None, None, None, int(pid)))
                continue
            zero = np.zeros(net.shape) if sink.needs_currents else None
            sink.add(int(pid), zero, np.zeros(net.shape) if sink.want_voltages else None)
    if records and (sink.needs_currents or sink.want_voltages):
        node_maps(net, basis, records, sink, workers, scheduler)
    out = {"ids": uniq, "resistances": result, "stats": stats.as_dict()}
    out.update(sink.result())
    return out


def _solve_one(kind, net, basis, cell_nodes, members, uniq, i, partners, strength, result,
               sink, record=None):
    """One one-to-all / all-to-one solve from the Green basis; False if nothing to solve."""
    pid = uniq[i]
    src = cell_nodes[members[i][0]]
    if src < 0:
        return False
    label = net.comp[src]
    # one-to-all grounds the partners only; all-to-one feeds every other focal node
    others = partners if kind == "one_to_all" else [j for j in range(uniq.size) if j != i]
    # (point, node) pairs of those focal nodes in this component, each counted once
    pairs = np.unique(np.concatenate(
        [np.c_[np.full(members[j].size, j), cell_nodes[members[j]]] for j in others]
        + [np.zeros((0, 2), np.int64)]), axis=0)
    pairs = pairs[pairs[:, 1] >= 0]
    pairs = pairs[net.comp[pairs[:, 1]] == label]
    other_nodes = pairs[:, 1]
    if kind == "one_to_all":
        s = float(strength.get(int(pid), 1.0))
        gnd = np.setdiff1d(other_nodes, [src])
        if s == 0 or gnd.size == 0:
            return False
        src_nodes, w = np.array([src]), np.array([s])
    else:
        gnd = np.unique(cell_nodes[members[i]])
        gnd = gnd[(gnd >= 0)]
        gnd = gnd[net.comp[gnd] == label]
        # per focal node (not per cell): a partner its strength, a non-partner 1 A
        amps = np.ones(uniq.size)
        for j in partners:
            amps[j] = strength.get(int(uniq[j]), 1.0)
        keep = ~np.isin(other_nodes, gnd)  # a source on the ground node is dropped (rmvsrc)
        src_nodes, inv = np.unique(other_nodes[keep], return_inverse=True)
        w = np.bincount(inv.ravel(), weights=amps[pairs[keep, 0]], minlength=src_nodes.size)
        if w.sum() == 0 or gnd.size == 0:
            return False
    z = basis.z[label]
    sc = [basis.column[int(n)][1] for n in src_nodes]
    gc = [basis.column[int(n)][1] for n in gnd]
    a, c = _dirichlet(z, sc, w, gc)
    idx, coef = np.r_[sc, gc].astype(np.int64), np.r_[w, a]
    if kind == "one_to_all":
        r = (z[sc[0], idx] @ coef + c) / s
        result[i] = -1.0 if np.isclose(r, 0.0, rtol=0.0, atol=1e-12) else r
    else:
        result[i] = 0.0
    (record or _record)(net, basis, label, idx, coef, c, int(pid), sink)
    return True


def node_maps(net, basis, records, sink, workers=1, scheduler=""):
    """The maps of the focal nodes' records (label, idx, coef, offset, key; label None: a
    node with zero maps) as pieces on local processes or a Dask cluster (executor.py),
    partial sinks merged in order."""
    for label in basis.x:
        net.component(label)
    state = dict(net=shipped_network(net, basis.x), records=records, sink=sink,
                 basis=SimpleNamespace(x=basis.x, local_terms=basis.local_terms))
    with Pieces(state, workers, scheduler) as run:
        parts = run.slots * (2 if scheduler else 1)
        for part in run.imap(_node_piece, chunks(len(records), parts)):
            sink.merge(part)


def _node_piece(state, chunk):
    net, basis, part = state["net"], state["basis"], state["sink"].empty_like()
    for n in chunk:
        label, idx, coef, offset, key = state["records"][n]
        if label is None:
            zero = np.zeros(net.shape) if part.needs_currents else None
            part.add(key, zero, np.zeros(net.shape) if part.want_voltages else None)
        else:
            _record(net, basis, label, idx, coef, offset, key, part)
    return part


def _record(net, basis, label, idx, coef, offset, key, sink):
    if not (sink.needs_currents or sink.want_voltages):
        return
    comp = net.component(label)
    v = basis.x[label][:, idx] @ coef + offset
    cur = vmap = None
    if sink.needs_currents:
        inj = np.zeros(v.size)
        np.add.at(inj, basis.local_terms[label][idx], coef)
        cur = comp.to_cells(comp.node_currents(v, inj), net.shape)
    if sink.want_voltages:
        vmap = comp.to_cells(v, net.shape)
    sink.add(key, cur, vmap)


def one_to_all(habitat, points, **options):
    """R_i = v_i / s_i with source s_i at focal node i and its include-table partners
    grounded; -1 where i has no ground in its component. Options as ``pairwise`` plus
    strengths {id: amps}. Returns ids, resistances (vector), maps keyed by id, stats."""
    return _one_all("one_to_all", habitat, points, **options)


def all_to_one(habitat, points, **options):
    """Current from every other focal node into focal node i (ground): a partner's strength
    (strengths {id: amps}, default 1 A), 1 A from a non-partner. resistances: 0 where
    solved, -1 otherwise (Circuitscape). Maps keyed by id."""
    return _one_all("all_to_one", habitat, points, **options)


def _node_sums(net, grid, what):
    """Per-node sums of a source or ground raster (cells off the graph ignored)."""
    vals = np.asarray(grid, dtype=np.float64)
    if vals.shape != net.shape:
        raise CircuitError("{what} raster shape {vals_shape} differs from the habitat {net_shape}",
                           what=what, vals_shape=vals.shape, net_shape=net.shape)
    on = (net.node >= 0) & (vals != 0) & ~np.isnan(vals)
    out = np.zeros(net.n)
    np.add.at(out, net.node[on], vals[on])
    return out


def advanced(habitat, sources, grounds, *, is_resistance=True, nodata=None, polygons=None,
             mask=None, four_neighbors=False, avg_resistances=False,
             ground_is_resistance=True, direct_grounds=False, unit_currents=False,
             remove_src_or_gnd="keepall", solver=AUTO, null_currents_to_nodata=False,
             null_voltages_to_nodata=False):
    """Voltages and node currents for given current sources (A) and grounds.

    grounds: resistances to ground (or conductances); 0 resistance or direct_grounds means
    a perfect ground. Returns voltage_map, current_map (0 off solved components), stats.
    """
    if remove_src_or_gnd not in POLICIES:
        raise CircuitError("remove_src_or_gnd {remove_src_or_gnd!r} is not one of {policies}",
                           remove_src_or_gnd=remove_src_or_gnd, policies=POLICIES)
    g, poly = prepare(habitat, is_resistance, nodata, mask, polygons)
    net = Network(g, poly, four_neighbors, avg_resistances)
    src_grid = np.nan_to_num(np.asarray(sources, dtype=np.float64), nan=0.0)
    if unit_currents:
        src_grid = (src_grid != 0).astype(np.float64)
    gnd_raw = np.asarray(grounds, dtype=np.float64)
    gnd_grid = np.zeros_like(gnd_raw)
    have = ~np.isnan(gnd_raw)
    if ground_is_resistance:
        with np.errstate(divide="ignore"):
            gnd_grid[have] = 1.0 / gnd_raw[have]
    else:
        gnd_grid[have] = gnd_raw[have]
    if direct_grounds:
        gnd_grid = np.where(gnd_grid != 0, np.inf, 0.0)
    s, gr = _node_sums(net, src_grid, "source"), _node_sums(net, gnd_grid, "ground")
    both = (s != 0) & (gr != 0)
    if remove_src_or_gnd in ("rmvsrc", "rmvall"):
        s[both] = 0.0
    if remove_src_or_gnd in ("rmvgnd", "rmvall"):
        gr[both] = 0.0
    gr[np.isinf(gr) & (s > 0)] = 0.0
    finite = np.where(np.isinf(gr), 0.0, gr)
    stats = SolveStats()
    volt, curr = np.zeros(net.shape), np.zeros(net.shape)
    for label in np.unique(net.comp):
        nodes = np.flatnonzero(net.comp == label)
        if s[nodes].sum() == 0 or gr[nodes].sum() == 0:
            continue
        comp = net.component(label)
        fin = finite[comp.nodes]
        free = ~np.isinf(gr[comp.nodes])
        mat = (comp.lap + sp.diags(fin)).tocsr()[free][:, free]
        v = np.zeros(comp.nodes.size)
        v[free] = solve_grounded_system(mat, s[comp.nodes][free], solver, stats,
                                        comp.coords()[free])
        comp.to_cells(v, net.shape, volt)
        comp.to_cells(comp.node_currents_grounded(v, fin), net.shape, curr)
    null = g == 0
    if null_currents_to_nodata:
        curr[null] = np.nan
    if null_voltages_to_nodata:
        volt[null] = np.nan
    return {"voltage_map": volt, "current_map": curr, "stats": stats.as_dict()}
