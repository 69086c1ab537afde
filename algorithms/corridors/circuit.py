"""Circuit theory on rasters, reproducing Circuitscape (pure numpy/scipy; pyamg optional).

Modes (McRae et al. 2008, Ecology 89: 2712-2724; Circuitscape.jl, Anantharaman et al. 2020,
JuliaCon Proceedings 1(1): 58): ``pairwise`` (effective resistance and current between every
pair of focal nodes), ``one_to_all`` and ``all_to_one`` (in modes.py) and ``advanced``
(arbitrary sources and grounds, in modes.py). Graph conventions are in graph.py.

Efficiency: per connected component one factorisation (or AMG hierarchy) and one solve per
focal node k, x_k = L_g^{-1} e_k with one node g grounded. A pair (i, j) injecting +1 A at j
and taking it out at i has voltages v = x_j - x_i, so
    R_ij = Z_ii + Z_jj - 2 Z_ij,      Z = [x_k at the focal nodes],
and its branch currents w |v_a - v_b| follow from the stored solutions, pair by pair. Focal
regions (several cells with one id), which Circuitscape shorts only for the pair being
solved, get one solve per distinct node of the region and a small dense system per pair.

When the regions hold many more nodes than there are pairs (whole habitat patches as focal
regions), one solve per node costs more than one factorisation per pair, so each pair is
then solved on its own graph with its two regions shorted, as Circuitscape does: K(K-1)/2
factorisations, independent of the regions' size (``uses_pair_graphs``).

Voltage maps put 0 V at the first node of the pair and R at the second, as Circuitscape.
"""
import numpy as np

from . import graph, regions
from .focal import include_table, make_sink, prepare
from .graph import CircuitError  # noqa: F401  (public: raised for bad input)
from .network import GreenBasis, Network
from .solver import AUTO, SolveStats
from .memory import estimate_memory  # noqa: F401  (public)
from .modes import advanced, all_to_one, one_to_all  # noqa: F401  (public)
from .parallel import run_pairs


# a sparse factorisation of a 2-D grid Laplacian costs about this many solves with it
# (1,000 x 1,000 cells: 14 s against 0.25 s per solve)
SOLVES_PER_FACTORISATION = 50


def uses_pair_graphs(n_region_nodes, n_ids):
    """True when focal regions with this many graph nodes (over n_ids focal ids) are solved
    pair by pair on their own graphs rather than by one solve per node."""
    n_pairs = max(n_ids * (n_ids - 1) // 2, 1)
    return n_region_nodes > SOLVES_PER_FACTORISATION * n_pairs


def _pair_system(z, cols_p, cols_q):
    """Injections a on P u Q and potentials V_P, V_Q for 1 A from Q to P with each set
    short-circuited: Z a - V 1 = 0 on each set, sum a_P = -1, sum a_Q = +1."""
    idx = np.r_[cols_p, cols_q]
    m, mp = idx.size, len(cols_p)
    mat = np.zeros((m + 2, m + 2))
    mat[:m, :m] = z[np.ix_(idx, idx)]
    mat[:mp, m] = -1.0
    mat[mp:m, m + 1] = -1.0
    mat[m, :mp] = 1.0
    mat[m + 1, mp:m] = 1.0
    rhs = np.zeros(m + 2)
    rhs[m], rhs[m + 1] = -1.0, 1.0
    sol = np.linalg.solve(mat, rhs)
    return idx, sol[:m], sol[m], sol[m + 1]


def pairwise(habitat, points, *, is_resistance=True, nodata=None, polygons=None, mask=None,
             four_neighbors=False, avg_resistances=False, included_pairs=None,
             solver=AUTO, cum_map=True, max_map=False, current_maps=False,
             voltage_maps=False, null_currents_to_nodata=False,
             null_voltages_to_nodata=False, focal_currents_to_zero=False, workers=1,
             scheduler=""):
    """Effective resistance between every pair of focal nodes, and current maps.

    habitat: resistance (or conductance) raster; points: focal id raster or (n, 3) array of
    row, col, id (cells sharing an id form a focal region); polygons: short-circuit region
    ids; included_pairs: (ids, bool table) of pairs to solve (Circuitscape's include file;
    ids outside it are dropped; used when no focal regions, as Circuitscape).

    Returns dict: ids, resistances (K x K; -1 for pairs in different components or off the
    habitat, 0 on the diagonal), cum_current, max_current, current_maps / voltage_maps
    {(id_i, id_j): grid} as asked, stats {setups, solves}.
    """
    g, poly = prepare(habitat, is_resistance, nodata, mask, polygons)
    rows, cols, ids = graph.focal_cells(points, g.shape)
    has_regions = np.unique(ids).size != ids.size
    solve_pair = None
    if not has_regions:
        keep, linked = include_table(ids, included_pairs)
        rows, cols, ids = rows[keep], cols[keep], ids[keep]
        if linked is not None:  # a pair is solved if the table lists it either way round
            solve_pair = lambda a, b: linked(a, b) or linked(b, a)  # noqa: E731
    uniq, members = regions.region_cells(ids)
    stats = SolveStats()
    net = Network(g, poly, four_neighbors, avg_resistances)
    sink = make_sink(g, rows, cols, cum_map=cum_map, max_map=max_map,
                     current_maps=current_maps, voltage_maps=voltage_maps,
                     null_currents_to_nodata=null_currents_to_nodata,
                     null_voltages_to_nodata=null_voltages_to_nodata,
                     focal_currents_to_zero=focal_currents_to_zero)
    flat_nodes = net.node.ravel()
    terms, direct = [], []
    for which in members:
        group = regions.pair_group(poly, g.shape, rows, cols, which)
        cells = group if group.size else np.ravel_multi_index((rows[which[:1]], cols[which[:1]]),
                                                              g.shape)
        nodes = np.unique(flat_nodes[cells])
        nodes = nodes[nodes >= 0]
        # region cells off the habitat that would join the merged node, or a region spread
        # over several components, change the graph itself: solve those pairs on their own
        spill = nodes.size > 0 and ((flat_nodes[group] < 0).any()
                                    or np.unique(net.comp[nodes]).size > 1)
        terms.append(nodes)
        direct.append(bool(spill))
    if has_regions and uses_pair_graphs(sum(t.size for t in terms), len(terms)):
        direct = [True] * len(terms)
    basis = GreenBasis(net, np.concatenate([t for t, d in zip(terms, direct) if not d] + [[]]),
                       solver, stats)
    k = uniq.size
    res = -np.ones((k, k))
    jobs = []
    for i in range(k):
        for j in range(i + 1, k):
            if solve_pair is not None and not solve_pair(uniq[i], uniq[j]):
                continue
            tp, tq = terms[i], terms[j]
            if tp.size == 0 or tq.size == 0:
                continue
            if np.intersect1d(tp, tq).size:
                res[i, j] = res[j, i] = 0.0
                jobs.append(("same", i, j))
            elif direct[i] or direct[j]:
                jobs.append(("graph", i, j))
            elif net.comp[tp[0]] == net.comp[tq[0]]:
                label = net.comp[tp[0]]
                cp = [basis.column[int(t)][1] for t in tp]
                cq = [basis.column[int(t)][1] for t in tq]
                idx, a, vp, vq = _pair_system(basis.z[label], cp, cq)
                res[i, j] = res[j, i] = vq - vp
                loc = basis.local_terms[label]
                jobs.append(("basis", i, j, label, idx, a, vp, (loc[cp], loc[cq])))
    for job in jobs:
        if job[0] == "graph":
            _, i, j = job
            r = _pair_on_own_graph(g, poly, rows, cols, members[i], members[j], four_neighbors,
                                   avg_resistances, solver, stats, sink, (uniq[i], uniq[j]))
            res[i, j] = res[j, i] = r
    np.fill_diagonal(res, 0.0)
    wanted = [jb for jb in jobs if jb[0] != "graph"]
    if sink.needs_currents or sink.want_voltages:
        run_pairs(net, basis, wanted, uniq, sink, workers, scheduler)
    out = {"ids": uniq, "resistances": res, "stats": stats.as_dict()}
    out.update(sink.result())
    return out


def _pair_on_own_graph(g, poly, rows, cols, cells_p, cells_q, four_neighbors, avg_resistances,
                       solver, stats, sink, key):
    """Circuitscape's own route for a focal-region pair: build the pair's graph and solve."""
    new = regions.pair_polymap(poly, g.shape, rows, cols, cells_p, cells_q)
    net = Network(g, new, four_neighbors, avg_resistances)
    a = net.node[rows[cells_p[0]], cols[cells_p[0]]]
    b = net.node[rows[cells_q[0]], cols[cells_q[0]]]
    if a < 0 or b < 0 or net.comp[a] != net.comp[b]:
        return -1.0
    if a == b:
        return 0.0
    basis = GreenBasis(net, [a, b], solver, stats)
    label = net.comp[a]
    idx, coef, vp, vq = _pair_system(basis.z[label], [basis.column[int(a)][1]],
                                     [basis.column[int(b)][1]])
    if sink.needs_currents or sink.want_voltages:
        run_pairs(net, basis, [("basis", 0, 1, label, idx, coef, vp, ())], np.array(key), sink, 1)
    return vq - vp
