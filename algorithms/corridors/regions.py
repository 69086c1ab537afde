"""Focal regions and short-circuit regions combined as Circuitscape.jl combines them.

Pairwise mode (src/raster/pairwise.jl ``create_new_polymap`` with two points): only the two
focal regions of the pair being solved are short-circuited; other focal regions stay
ordinary cells. A region of several cells outside any short-circuit region becomes one
node; a region that touches short-circuit regions merges those regions (its own cells
outside them stay separate, as in Circuitscape).

One-to-all and all-to-one (``create_new_polymap`` with a point map): every focal region is
merged once, for all solves, into the short-circuit map.
"""
import numpy as np


def region_cells(ids):
    """Index arrays of the cells of each unique id (ids sorted, as from graph.focal_cells)."""
    uniq, start = np.unique(ids, return_index=True)
    stops = np.r_[start[1:], ids.size]
    return uniq, [np.arange(a, b) for a, b in zip(start, stops)]


def pair_group(poly, shape, rows, cols, which):
    """Flat cells short-circuited together for one focal region in a pairwise solve
    (empty for a single-cell region, which needs no merging)."""
    if which.size == 1:
        return np.zeros(0, dtype=np.int64)
    r, c = rows[which], cols[which]
    if poly is None or not (poly[r, c] != 0).any():
        return np.unique(np.ravel_multi_index((r, c), shape))
    vals = np.unique(poly[r, c][poly[r, c] != 0])
    return np.flatnonzero(np.isin(poly, vals))


def pair_polymap(poly, shape, rows, cols, cells_p, cells_q):
    """The short-circuit map Circuitscape builds for the pair (p, q) (fresh ids k+1, k+2)."""
    if poly is None:
        new = np.zeros(shape, dtype=np.int64)
        new[rows[cells_p], cols[cells_p]] = 1
        new[rows[cells_q], cols[cells_q]] = 2
        return new
    new = poly.copy()
    k = int(poly.max(initial=0))
    for which in (cells_p, cells_q):
        if which.size == 1:
            continue
        r, c = rows[which], cols[which]
        on = poly[r, c] != 0
        if not on.any():
            new[r, c] = k + 1
        else:
            new[np.isin(poly, np.unique(poly[r, c][on]))] = k + 1
        k += 1
    return new


def merged_polymap(poly, shape, rows, cols, ids):
    """Short-circuit map with every focal region merged in (one-to-all, all-to-one).

    Without short-circuit regions the focal id map itself; with them and single-cell focal
    nodes, focal cells outside regions get id + k (k = largest region id); with focal
    regions, cells are visited in order: a cell outside regions gets k + id, a cell inside
    region v2 != id relabels every cell of v2 to id (Circuitscape's sequential rule).
    """
    point_map = np.zeros(shape, dtype=np.int64)
    point_map[rows, cols] = ids
    if poly is None:
        return point_map
    new = poly.copy()
    on_focal = point_map != 0
    if np.unique(ids).size == ids.size:
        k = int(poly.max(initial=0))
        sel = on_focal & (poly == 0)
        new[sel] = point_map[sel] + k
        return new
    k = max(int(poly.max(initial=0)), int(point_map.max(initial=0)))
    cc, rr = np.nonzero(on_focal.T)  # column-major, as Circuitscape.jl's findall
    outside = poly[rr, cc] == 0
    new[rr[outside], cc[outside]] = k + point_map[rr[outside], cc[outside]]
    # a relabel acts on whole value classes, so track the current value of each region id
    current = {int(v): int(v) for v in np.unique(poly[poly != 0])}
    for r, c in zip(rr[~outside], cc[~outside]):
        v1, v2 = int(point_map[r, c]), current[int(poly[r, c])]
        if v1 != v2:
            for key, val in current.items():
                if val == v2:
                    current[key] = v1
    inside = poly != 0
    keys = np.array(sorted(current))
    vals = np.array([current[k] for k in keys])
    new[inside] = vals[np.searchsorted(keys, poly[inside])]
    return new
