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
solved on the bounding box of its corridor only: one factorisation per link. Memory is
sized by that work: once the corridors are known the cost graph and the cost distances are
dropped, only each corridor's window is kept, and the largest window's solve
(memory.window_memory: the window's grids, the corridor's cells in the circuit) is checked
against the free memory before any solve starts.
"""
import numpy as np

from . import circuit, costdistance
from .memory import window_memory
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
    return solve_link(res, keep, ids, pair, solver)


def link_window(cwd_a, cwd_b, lcd, cutoff):
    """(window slices, corridor mask inside the window) of one link, or None when the two
    sources' cost distances never meet within the cut-off."""
    corr = (cwd_a + cwd_b - lcd) <= cutoff  # inf (unreached) compares False
    if not corr.any():
        return None
    win = _window(corr)
    return win, corr[win]


def solve_link(resistance, corridor, ids, pair, solver="auto"):
    """One link's work, on its window only (resistance, corridor mask and source ids cut to
    the window): (current in the window, effective resistance, -1 when not connected)."""
    cur, rs = _solve(resistance, corridor, ids, [pair], solver)
    return cur, rs[pair]


def check_windows(windows, free, solver="auto", step="Pinch points", workers=1):
    """Refuse, before any solve, the largest window whose solve does not fit in ``free``
    bytes (None: unknown, no check), or in its share of them when ``workers`` local
    processes solve that many windows at once. windows: [(link number, (a, b), slices,
    mask)], link number None for the window of the whole corridor network (all pairs).
    Returns the largest window's (link number, rows, cols, corridor cells, estimated
    bytes)."""
    if not windows:
        return None
    need, (n, (a, b), win, mask) = max(
        ((window_memory(m.shape[0], m.shape[1], int(m.sum()), 2, solver=solver), w)
         for w in windows for m in (w[3],)), key=lambda x: x[0])
    largest = (n, mask.shape[0], mask.shape[1], int(mask.sum()), int(need))
    if free is None or need * workers <= free:
        return largest
    if n is not None and workers > 1:
        raise PinchpointError(
            "{step}: the corridor window of link {link} ({a}-{b}), {rows} x {cols} cells "
            "with {cells} in the corridor, needs about {need} GB for its circuit solve; "
            "{workers} worker processes solve {workers} such windows at once, but only "
            "{free} GB are free. Use fewer WORKERS, narrow the corridors (a smaller "
            "CWD_CUTOFF), coarsen the rasters or free memory.", step=step, link=n, a=a,
            b=b, rows=mask.shape[0], cols=mask.shape[1], cells=int(mask.sum()),
            need="%.1f" % (need / 1e9), workers=workers, free="%.1f" % (free / 1e9))
    if n is None:
        raise PinchpointError(
            "{step}: the window of the corridor network, {rows} x {cols} cells with {cells} "
            "in the corridors, needs about {need} GB for each pair's circuit solve, but only "
            "{free} GB are free. Map the links one by one (ALL_PAIRS off), narrow the "
            "corridors (a smaller CWD_CUTOFF) or coarsen the rasters.", step=step,
            rows=mask.shape[0], cols=mask.shape[1], cells=int(mask.sum()),
            need="%.1f" % (need / 1e9), free="%.1f" % (free / 1e9))
    raise PinchpointError(
        "{step}: the corridor window of link {link} ({a}-{b}), {rows} x {cols} cells with "
        "{cells} in the corridor, needs about {need} GB for its circuit solve, but only "
        "{free} GB are free. Narrow the corridors (a smaller CWD_CUTOFF), coarsen the "
        "rasters or free memory.", step=step, link=n, a=a, b=b, rows=mask.shape[0],
        cols=mask.shape[1], cells=int(mask.sum()), need="%.1f" % (need / 1e9),
        free="%.1f" % (free / 1e9))


def pinch_points(ids_grid, resistance, cell_size, links, cutoff, all_pairs=False,
                 solver="auto", progress=None, free_memory=None, workers=1, scheduler=""):
    """Current through the corridors of the links.

    ids_grid: source ids (0 = none); resistance: NaN = nodata, else > 0; links: (a, b, LCD);
    cutoff: corridor width as normalised cost distance; all_pairs: solve every pair of
    sources on the corridor network instead of each link on its own corridor.
    Returns {"current": grid (NaN off the corridors), "resistance": {(a, b): effective
    resistance, -1 when not connected within the corridor}, "corridor": bool grid,
    "largest_window": (link number, rows, cols, corridor cells, estimated solve bytes)}.
    progress(fraction) -> True raises CorridorCancelled. free_memory() -> bytes free (or
    None): the largest corridor window is checked against it (against its share on W local
    processes, which solve W windows at once) before any solve. The links'
    windows are pieces run on ``workers`` local processes or the Dask cluster at
    ``scheduler`` (executor.py).
    """
    graph = costdistance.CostGraph(resistance, cell_size)
    shape = graph.shape
    ids = np.asarray(ids_grid)
    if ids.shape != shape:
        raise PinchpointError("source grid shape {ids_shape} differs from the resistance "
                              "{graph_shape}", ids_shape=ids.shape, graph_shape=shape)
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
    del graph  # the solves need the corridors only, not the whole grid's cost graph
    current = np.full(shape, np.nan)
    network = np.zeros(shape, dtype=bool)
    windows = []  # (link number, pair, window, corridor in it): windows only, no grids
    for n, (a, b, lcd) in enumerate(pairs, 1):
        w = link_window(cwd[a], cwd[b], lcd, cutoff)
        if w is None:
            windows.append((n, (a, b), (slice(0, 0), slice(0, 0)), np.zeros((0, 0), bool)))
            continue
        network[w[0]] |= w[1]
        windows.append((n, (a, b)) + w)
    del cwd
    rs = {}
    if all_pairs:
        win = _window(network) if network.any() else (slice(0, 0), slice(0, 0))
        largest = check_windows([(None, (0, 0), win, network[win])],
                                free_memory and free_memory(), solver)
        ends = sorted(limit)
        todo = [(ends[i], ends[j]) for i in range(len(ends)) for j in range(i + 1, len(ends))]
        cur, rs = _solve(r[win], network[win], ids[win], todo, solver)
        current[win] = np.where(network[win], cur, np.nan)
        tick.done = tick.steps - 1
        tick()
    else:
        todo = [w for w in windows if w[3].size]
        pieces_at = Pieces(solver, workers, scheduler)
        # W local processes solve up to W windows at once (as large as the largest, to be safe)
        local = min(pieces_at.workers, len(todo)) if pieces_at.mode == "processes" else 1
        largest = check_windows(windows, free_memory and free_memory(), solver,
                                workers=max(local, 1))
        rs = {pair: -1.0 for _, pair, _, _ in windows}  # -1: not connected within the cut-off
        tick.done += len(windows) - len(todo)
        pieces = ((r[win], on, ids[win], pair) for _, pair, win, on in todo)  # sliced as sent
        with pieces_at as run:
            done = run.imap(_link_piece, pieces, len(todo))
            for (_, pair, win, on), (cur, resistance_ab) in zip(todo, done):
                rs[pair] = resistance_ab
                sub = current[win]
                sub[on] = np.fmax(sub[on], cur[on])
                tick()
    return {"current": current, "resistance": rs, "corridor": network,
            "largest_window": largest}
