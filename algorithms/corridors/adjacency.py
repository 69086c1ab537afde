"""Which pairs of sources get a candidate link, and their edge-to-edge distances (pure).

Linkage Mapper step 1 (McRae and Kavanagh 2011, Linkage Mapper; s1_getAdjacencies.py and
lm_util.get_adj_using_shift_method): allocate every cell to its nearest source, by cost
(Cost Allocation) or by straight-line distance (Euclidean Allocation), then shift the
allocation grid by one cell right, up, up-left and up-right: two sources are adjacent when
their zones touch across any of those 8-neighbour shifts. The third mode links every pair
whose edge-to-edge distance is within a maximum.
"""
import numpy as np
from scipy import ndimage
from scipy.spatial import cKDTree

from .costdistance import CorridorError, cost_allocation
from ..errors import Phrase

COST_ALLOCATION, EUCLIDEAN_ALLOCATION, ALL_PAIRS = 0, 1, 2
# (row shift, col shift) of the four one-cell shifts covering all 8 neighbours
_SHIFTS = ((0, 1), (1, 0), (1, 1), (1, -1))


def source_grid(sources, shape, valid):
    """Validated source-id grid (int64, 0 = no source) and its sorted ids.

    Ids are positive integers; 0 or NaN mean no source. Source cells on nodata resistance are
    dropped (returned count); an id left with no cell, or fewer than two ids, is an error.
    Returns (ids grid, id array, number of source cells dropped on nodata).
    """
    s = np.array(sources, dtype=np.float64)
    if s.shape != tuple(shape):
        raise CorridorError("the source raster has shape {s_shape} but the resistance raster "
                            "{shape}; rasterise the sources on the resistance grid",
                            s_shape=s.shape, shape=tuple(shape))
    s[np.isnan(s)] = 0
    bad = (s < 0) | (s != np.round(s))
    if bad.any():
        r, c = np.argwhere(bad)[0]
        raise CorridorError("source id {s:g} at row {r}, column {c} is not a positive "
                            "integer; use ids 1, 2, ... and 0 or nodata outside the sources",
                            s=s[r, c], r=r, c=c)
    ids_grid = s.astype(np.int64)
    all_ids = np.unique(ids_grid[ids_grid > 0])
    on_nodata = (ids_grid > 0) & ~valid
    ids_grid[on_nodata] = 0
    kept = np.unique(ids_grid[ids_grid > 0])
    lost = np.setdiff1d(all_ids, kept)
    if lost.size:
        raise CorridorError(
            "source id(s) {lost} have no cell on valid "
            "resistance (all their cells are nodata); give those cells a resistance or remove "
            "the source", lost=', '.join(str(int(i)) for i in lost))
    if kept.size < 2:
        raise CorridorError("corridors need at least two sources, found {kept_size} ({kept}); "
                            "check the source layer and its id field",
                            kept_size=kept.size,
                            kept=', '.join(str(int(i)) for i in kept) or Phrase('none'))
    return ids_grid, kept, int(on_nodata.sum())


def euclidean_allocation(ids_grid):
    """Id of the nearest source cell by straight-line distance, for every cell."""
    _, (rr, cc) = ndimage.distance_transform_edt(ids_grid == 0, return_indices=True)
    return ids_grid[rr, cc]


def touching_pairs(alloc):
    """Sorted (a, b) pairs, a < b, of nonzero zones that touch through 8-neighbour shifts."""
    a = np.asarray(alloc)
    nr, nc = a.shape
    found = []
    for dr, dc in _SHIFTS:
        src = a[max(0, -dr):nr - max(0, dr), max(0, -dc):nc - max(0, dc)]
        dst = a[max(0, dr):nr + min(0, dr), max(0, dc):nc + min(0, dc)]
        hit = (src != dst) & (src > 0) & (dst > 0)
        if hit.any():
            found.append(np.column_stack((src[hit], dst[hit])))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(found), axis=1)
    return np.unique(pairs, axis=0)


def cost_allocation_pairs(graph, ids_grid):
    """Adjacent pairs by cost allocation zones; also returns the allocation grid."""
    alloc, _ = cost_allocation(graph, ids_grid)
    return touching_pairs(alloc), alloc


def _boundary_points(ids_grid, ids):
    """Cell (row, col) of each source's boundary cells (a 4-neighbour outside the source)."""
    g = np.pad(ids_grid, 1)
    core = g[1:-1, 1:-1]
    inner = ((g[:-2, 1:-1] == core) & (g[2:, 1:-1] == core)
             & (g[1:-1, :-2] == core) & (g[1:-1, 2:] == core))
    edge = (core > 0) & ~inner
    rows, cols = np.nonzero(edge)
    lab = core[rows, cols]
    order = np.argsort(lab, kind="stable")
    rows, cols, lab = rows[order], cols[order], lab[order]
    cuts = np.searchsorted(lab, ids)
    ends = np.searchsorted(lab, ids, side="right")
    return {int(i): np.column_stack((rows[a:b], cols[a:b])).astype(np.float64)
            for i, a, b in zip(ids, cuts, ends)}


def edge_distances(ids_grid, ids, cell_size, pairs=None, max_distance=None):
    """Edge-to-edge Euclidean distance (map units) between pairs of rasterised sources.

    For two cells whose centres differ by (dx, dy) cells, the gap between their squares is
        c * sqrt(max(0, |dx| - 1)^2 + max(0, |dy| - 1)^2),
    0 for touching cells; a pair's distance is the minimum over its boundary cells (the
    raster analogue of Linkage Mapper's polygon edge-to-edge distance). Only centre pairs
    within dc_min + 0.5 cells can beat the nearest centre pair, so only those are scored.
    pairs: (k, 2) ids (default every pair). Returns {(a, b): distance}, a < b; with
    max_distance, pairs farther apart are left out.
    """
    pts = _boundary_points(ids_grid, ids)
    trees = {i: cKDTree(p) for i, p in pts.items()}
    if pairs is None:
        ids = [int(i) for i in ids]
        pairs = [(a, b) for k, a in enumerate(ids) for b in ids[k + 1:]]
    out = {}
    for a, b in pairs:
        a, b = int(min(a, b)), int(max(a, b))
        dc, _ = trees[b].query(pts[a], k=1)
        near = float(dc.min())
        if max_distance is not None and (near - 1.5) * cell_size > max_distance:
            continue  # even the best square gap (centre - sqrt 2 cells) is too far
        sdm = trees[a].sparse_distance_matrix(trees[b], near + 0.5, output_type="ndarray")
        d = np.abs(pts[a][sdm["i"]] - pts[b][sdm["j"]])
        gap = np.maximum(d - 1.0, 0.0)
        dist = float(np.sqrt((gap ** 2).sum(axis=1)).min()) * cell_size
        if max_distance is None or dist <= max_distance:
            out[(a, b)] = dist
    return out


def candidate_pairs(mode, graph, ids_grid, ids, max_euclidean=None):
    """Candidate links for an ADJACENCY mode: (pairs array (k, 2), allocation grid or None).

    0: cost-allocation zones touch (Linkage Mapper's default); 1: Euclidean-allocation zones
    touch; 2: every pair with edge-to-edge distance <= max_euclidean (all pairs if None).
    """
    if mode == COST_ALLOCATION:
        return cost_allocation_pairs(graph, ids_grid)
    if mode == EUCLIDEAN_ALLOCATION:
        alloc = euclidean_allocation(ids_grid)
        return touching_pairs(alloc), alloc
    if mode == ALL_PAIRS:
        d = edge_distances(ids_grid, ids, graph.cell_size, max_distance=max_euclidean)
        pairs = np.array(sorted(d), dtype=np.int64).reshape(-1, 2)
        return pairs, None
    raise CorridorError("ADJACENCY must be 0 (cost allocation), 1 (Euclidean allocation) or "
                        "2 (all pairs within a distance), got {mode!r}", mode=mode)
