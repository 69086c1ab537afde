"""Pinch points: current flow through least-cost corridors (pure numpy/scipy).

Linkage Mapper's Pinchpoint Mapper (McRae 2012; McRae et al. 2008, Ecology 89: 2712-2724):
for each link (a, b, LCD) the resistance is clipped to the link's corridor, the cells with
normalised cost distance CWD_a + CWD_b - LCD <= cutoff, and Circuitscape solves the pair in
pairwise mode with sources a and b as focal regions (each shorted into one node, 1 A from
a to b). The per-link current maps are combined by maximum ("adjacent pair" mode). In
"all pairs" mode the resistance is clipped to the whole corridor network (the union of the
corridors) and every pair of sources in it is solved on that network, the two sources of
the pair shorted as Circuitscape does for focal regions; the maps are summed (cumulative
current). As Linkage Mapper (set_focal_node_currents_to_zero = True, s5_pinchpoints.py),
the sources' own cells get 0: their injected 1 A would otherwise top every map.

Work is kept to the corridor: each source's CWD stops at the largest LCD + cutoff of its
links (a cell beyond cannot be in any of its corridors, CWD_b >= 0), and each link is
solved on the bounding box of its corridor only: one factorisation per link.
"""
import numpy as np

from . import circuit, costdistance
from .costdistance import CorridorCancelled, CorridorError  # noqa: F401  (public)
from ..executor import Pieces
from ..shown import shown


class PinchpointError(CorridorError):
    """Input that cannot make pinch points, naming the link or value at fault."""


def _check(ids, links, cutoff):
    if not (np.isfinite(cutoff) and cutoff >= 0):
        raise PinchpointError("the corridor cut-off must be a cost distance >= 0, "
                              "got {cutoff}", cutoff=shown(cutoff))
    present = set(np.unique(ids[ids > 0]).tolist())
    out = []
    for n, (a, b, lcd) in enumerate(links, 1):
        a, b = int(a), int(b)
        for s in (a, b):
            if s not in present:
                raise PinchpointError("link {n} ({a}-{b}) names source {s}, which has no "
                                      "cell in the source grid", n=n, a=a, b=b, s=s)
        if a == b:
            raise PinchpointError("link {n} joins source {a} to itself", n=n, a=a)
        if not (np.isfinite(lcd) and lcd > 0):
            raise PinchpointError("link {n} ({a}-{b}) has lcd {lcd}; it must be > 0 (use "
                                  "the LINKS of the least-cost corridor tool)",
                                  n=n, a=a, b=b, lcd=shown(lcd))
        out.append((a, b, float(lcd)))
    if not out:
        raise PinchpointError("there are no links to map")
    return out


def _window(mask, pad=1):
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    return (slice(max(rows[0] - pad, 0), rows[-1] + pad + 1),
            slice(max(cols[0] - pad, 0), cols[-1] + pad + 1))


def _solve(resistance, keep, ids, pairs, solver):
    """Cumulative current of the pairs on the resistance kept where ``keep`` (a window);
    each pair's two sources are shorted focal regions. Returns (current grid, {pair: R})."""
    res = np.where(keep, resistance, -9999.0)
    cur = np.zeros(res.shape)
    rs = {}
    for a, b in pairs:
        focal = np.where(ids == a, 1.0, 0.0) + np.where(ids == b, 2.0, 0.0)
        focal[~keep] = 0.0
        if not ((focal == 1).any() and (focal == 2).any()):
            rs[(a, b)] = -1.0
            continue
        out = circuit.pairwise(res, focal, nodata=-9999.0, polygons=focal, solver=solver,
                               cum_map=True, focal_currents_to_zero=True)
        rs[(a, b)] = float(out["resistances"][0, 1])
        cur += out["cum_current"]
    return cur, rs


def _link_piece(solver, piece):
    """One link's corridor window solved (a piece for executor.py)."""
    res, keep, ids, pair = piece
    return _solve(res, keep, ids, [pair], solver)


def pinch_points(ids_grid, resistance, cell_size, links, cutoff, all_pairs=False,
                 solver="auto", progress=None, workers=1, scheduler=""):
    """Current through the corridors of the links.

    ids_grid: source ids (0 = none); resistance: NaN = nodata, else > 0; links: (a, b, LCD);
    cutoff: corridor width as normalised cost distance; all_pairs: solve every pair of
    sources on the corridor network instead of each link on its own corridor.
    Returns {"current": grid (NaN off the corridors), "resistance": {(a, b): effective
    resistance, -1 when not connected within the corridor}, "corridor": bool grid}.
    progress(fraction) -> True raises CorridorCancelled. The links' windows are pieces run
    on ``workers`` local processes or the Dask cluster at ``scheduler`` (executor.py).
    """
    graph = costdistance.CostGraph(resistance, cell_size)
    ids = np.asarray(ids_grid)
    if ids.shape != graph.shape:
        raise PinchpointError("source grid shape {ids_shape} differs from the resistance "
                              "{graph_shape}", ids_shape=ids.shape, graph_shape=graph.shape)
    ids = np.where(np.isfinite(ids), ids, 0).astype(np.int64)
    cutoff = float(cutoff)
    pairs = _check(ids, links, cutoff)
    limit = {}
    for a, b, lcd in pairs:
        for s in (a, b):
            limit[s] = max(limit.get(s, 0.0), lcd + cutoff)
    tick = costdistance.StepTicker(len(limit) + len(pairs), progress)
    cwd = costdistance.source_distances(graph, ids, limit, tick)
    r = np.where(graph.valid, resistance, np.nan)
    current = np.full(graph.shape, np.nan)
    network = np.zeros(graph.shape, dtype=bool)
    rs = {}
    corridors = []
    for a, b, lcd in pairs:
        corr = (cwd[a] + cwd[b] - lcd) <= cutoff  # inf (unreached) compares False
        corridors.append(((a, b), corr))
        network |= corr
    if all_pairs:
        win = _window(network)
        ends = sorted(limit)
        todo = [(ends[i], ends[j]) for i in range(len(ends)) for j in range(i + 1, len(ends))]
        cur, rs = _solve(r[win], network[win], ids[win], todo, solver)
        current[win] = np.where(network[win], cur, np.nan)
        tick.done = tick.steps - 1
        tick()
    else:
        wins = [_window(corr) for _, corr in corridors]
        pieces = ((r[win], corr[win], ids[win], pair) for win, (pair, corr)
                  in zip(wins, corridors))  # sliced as sent: one window at a time in flight
        with Pieces(solver, workers, scheduler) as run:
            done = run.imap(_link_piece, pieces, len(wins))
            for win, (_, corr), (cur, got) in zip(wins, corridors, done):
                rs.update(got)
                sub = current[win]
                on = corr[win]
                sub[on] = np.fmax(sub[on], cur[on])
                tick()
    return {"current": current, "resistance": rs, "corridor": network}
