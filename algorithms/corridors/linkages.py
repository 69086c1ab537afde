"""Least-cost linkages and normalised corridors, as Linkage Mapper's "Build Network and Map
Linkages" (McRae and Kavanagh 2011, Linkage Mapper Connectivity Analysis Software, The
Nature Conservancy; steps s1-s5). Pure numpy/scipy.

1. candidate links: sources whose cost- or Euclidean-allocation zones touch, or all pairs
   within a distance (adjacency.py);
2. per source, one cost-distance run (costdistance.py); a link's least-cost distance is
   LCD_ab = min over b's cells of CWD_a, its path is traced back along the back-links from
   that cell (ArcGIS Cost Path, BEST_SINGLE);
3. links are dropped when LCD > MAX_COST_DISTANCE, when no path exists, and (unless kept)
   when the path runs through a cell of a third source (Linkage Mapper's intermediate core
   test: the path raster overlaps the other cores);
4. optionally only each source's N nearest links by LCD stay (a link stays when it is among
   the N nearest of either end, as Linkage Mapper step 4);
5. normalised least-cost corridor of a link: NLCC_ab = CWD_a + CWD_b - LCD_ab, 0 on the
   least-cost path; the corridor map is the minimum over links, cells above WIDTH_CUTOFF NaN.
Ratios as Linkage Mapper's link table: cwd_euc_ratio = LCD / edge-to-edge Euclidean
distance, cwd_path_ratio = LCD / least-cost path length (Adriaensen et al. 2003 for
least-cost modelling).
"""
import math

import numpy as np

from . import adjacency
from .costdistance import (CorridorCancelled, CorridorError, CostGraph, cells_to_xy,
                           path_length, trace_path)
from ..shown import shown

__all__ = ["map_linkages", "normalised_corridors", "nearest_neighbour_filter",
           "CorridorError", "CorridorCancelled"]

REASON_NO_PATH = "no_path"
REASON_TOO_LONG = "too_long"
REASON_CROSSES = "crosses_source"
REASON_NOT_NEAREST = "not_nearest"
REASON_TOO_FAR = "too_far_euclidean"


def _check_number(name, value, allow_zero=True):
    if value is None:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise CorridorError("{name} must be a number, got {value}",
                            name=name, value=shown(value)) from None
    if math.isnan(v) or v < 0 or (v == 0 and not allow_zero):
        raise CorridorError("{name} must be {bound}, got {value}; leave it empty for no limit",
                            name=name, bound='>= 0' if allow_zero else '> 0', value=shown(value))
    return v


def map_linkages(sources, resistance, cell_size, adjacency_mode=adjacency.COST_ALLOCATION,
                 max_euclidean=None, max_cost_distance=None, keep_crossing=False,
                 nearest_neighbours=None, width_cutoff=None, geotransform=None,
                 return_cwd=False, progress=None):
    """Least-cost links between sources and the normalised least-cost corridor map.

    sources: 2-D source ids (0/NaN = none); resistance: 2-D, NaN = impassable, else > 0;
    cell_size: map units per cell. adjacency_mode 0/1/2 (cost allocation, Euclidean
    allocation, all pairs); max_euclidean drops candidates whose edge-to-edge distance
    exceeds it (in every mode, as Linkage Mapper); max_cost_distance drops links with
    LCD > it; keep_crossing keeps links whose path crosses a third source; nearest_neighbours
    N keeps each source's N nearest links by LCD; width_cutoff truncates the corridors
    (cells with NLCC > it are NaN); geotransform (GDAL 6-tuple) adds map coordinates to the
    paths; return_cwd keeps each source's CWD grid; progress(fraction) -> True cancels.

    Formulas: CWD with the ArcGIS move cost c (r_a + r_b) / 2 (x sqrt 2 diagonal);
    LCD_ab = min_{x in b} CWD_a(x); NLCC(x) = min_links CWD_a(x) + CWD_b(x) - LCD_ab
    (McRae and Kavanagh 2011; Adriaensen et al. 2003).

    Returns a dict:
      links: list of dicts with from_id < to_id, lcd, euc_dist, path_length, cwd_euc_ratio
             (NaN when euc_dist is 0: touching sources), cwd_path_ratio, path_cells ((m, 2)
             row, col from from_id to to_id), path_xy ((m, 2) or None), crosses (ids of
             third sources on the path);
      dropped: list of dicts (from_id, to_id, reason, lcd, crosses), reason one of
             no_path, too_long, crosses_source, not_nearest, too_far_euclidean;
      corridors: float64 grid of NLCC, NaN off the corridors;
      allocation: the allocation grid of adjacency modes 0 and 1, else None;
      cwd: {id: CWD grid (NaN unreachable/nodata)} when return_cwd, else None;
      source_cells_on_nodata: source cells ignored because their resistance is nodata.
    """
    max_euclidean = _check_number("MAX_EUCLIDEAN", max_euclidean)
    max_cost = _check_number("MAX_COST_DISTANCE", max_cost_distance)
    cutoff = _check_number("WIDTH_CUTOFF", width_cutoff)
    if nearest_neighbours is not None:
        if int(nearest_neighbours) != nearest_neighbours or nearest_neighbours < 1:
            raise CorridorError("NEAREST_NEIGHBOURS must be a whole number >= 1, got "
                                "{nearest_neighbours}; leave it empty to keep all links",
                                nearest_neighbours=shown(nearest_neighbours))
        nearest_neighbours = int(nearest_neighbours)
    graph = CostGraph(resistance, cell_size)
    ids_grid, ids, on_nodata = adjacency.source_grid(sources, graph.shape, graph.valid)
    tick = _ticker(progress)
    tick(0.02)
    pairs, alloc = adjacency.candidate_pairs(adjacency_mode, graph, ids_grid, ids, max_euclidean)
    tick(0.1)
    dropped = []
    euc = adjacency.edge_distances(ids_grid, ids, graph.cell_size, pairs=pairs)
    if max_euclidean is not None:
        far = [p for p in map(tuple, pairs) if euc[p] > max_euclidean]
        dropped += [_drop(a, b, REASON_TOO_FAR) for a, b in far]
        pairs = np.array([p for p in map(tuple, pairs) if euc[p] <= max_euclidean],
                         dtype=np.int64).reshape(-1, 2)
    # a cell with CWD_a > max_cost + cutoff cannot have NLCC <= cutoff for a kept link
    # (CWD_b >= 0, LCD <= max_cost), so Dijkstra may stop there
    limit = max_cost + cutoff if (max_cost is not None and cutoff is not None) else None
    flat_ids = ids_grid.ravel()
    cwd, links = {}, []
    todo = np.unique(pairs)
    for k, a in enumerate(todo):
        a = int(a)
        dist, pred = graph.run(np.flatnonzero(flat_ids == a), limit=limit, predecessors=True)
        cwd[a] = dist.reshape(graph.shape)
        for b in pairs[pairs[:, 0] == a, 1]:
            link = _link(a, int(b), dist, pred, flat_ids, graph, max_cost, keep_crossing,
                         limited=limit is not None)
            (links if "path_cells" in link else dropped).append(link)
        tick(0.1 + 0.8 * (k + 1) / len(todo))
    for link in links:
        link["euc_dist"] = euc[(link["from_id"], link["to_id"])]
        link["path_length"] = path_length(link["path_cells"], graph.cell_size)
        link["cwd_euc_ratio"] = (link["lcd"] / link["euc_dist"] if link["euc_dist"] > 0
                                 else float("nan"))
        link["cwd_path_ratio"] = link["lcd"] / link["path_length"]
        link["path_xy"] = (cells_to_xy(link["path_cells"], geotransform)
                           if geotransform is not None else None)
    if nearest_neighbours is not None:
        links, gone = nearest_neighbour_filter(links, nearest_neighbours)
        dropped += [_drop(g["from_id"], g["to_id"], REASON_NOT_NEAREST, g["lcd"]) for g in gone]
    corridors = normalised_corridors(cwd, links, cutoff, graph.valid)
    tick(1.0)
    out_cwd = None
    if return_cwd:  # the grids are no longer needed here: convert in place, no copy
        for d in cwd.values():
            d[~np.isfinite(d)] = np.nan
        out_cwd = cwd
    return {"links": links, "dropped": dropped, "corridors": corridors, "allocation": alloc,
            "cwd": out_cwd, "source_cells_on_nodata": on_nodata}


def _drop(a, b, reason, lcd=float("nan"), crosses=()):
    return {"from_id": int(a), "to_id": int(b), "reason": reason, "lcd": float(lcd),
            "crosses": tuple(crosses)}


def _link(a, b, dist, pred, flat_ids, graph, max_cost, keep_crossing, limited=False):
    """One link a -> b from a's CWD and back-links, or a dropped-link record.

    With a Dijkstra limit, a target left unreached lies beyond max_cost: too long.
    """
    target = np.flatnonzero(flat_ids == b)
    best = target[np.argmin(dist[target])]
    lcd = float(dist[best])
    if not math.isfinite(lcd):
        return _drop(a, b, REASON_TOO_LONG if limited else REASON_NO_PATH)
    if max_cost is not None and lcd > max_cost:
        return _drop(a, b, REASON_TOO_LONG, lcd)
    cells = trace_path(pred.reshape(graph.shape), best)[::-1]  # from a to b
    on = flat_ids[cells[:, 0] * graph.shape[1] + cells[:, 1]]
    crosses = tuple(int(i) for i in np.unique(on[(on != 0) & (on != a) & (on != b)]))
    if crosses and not keep_crossing:
        return _drop(a, b, REASON_CROSSES, lcd, crosses)
    return {"from_id": a, "to_id": b, "lcd": lcd, "path_cells": cells, "crosses": crosses}


def nearest_neighbour_filter(links, n):
    """Keep a link when it is among the n lowest-LCD links of either of its sources.

    Returns (kept, removed); ties in LCD are broken by the other source's id.
    """
    by_source = {}
    for k, link in enumerate(links):
        for s, o in ((link["from_id"], link["to_id"]), (link["to_id"], link["from_id"])):
            by_source.setdefault(s, []).append((link["lcd"], o, k))
    keep = set()
    for entries in by_source.values():
        keep.update(k for _, _, k in sorted(entries)[:n])
    kept = [l for k, l in enumerate(links) if k in keep]
    removed = [l for k, l in enumerate(links) if k not in keep]
    return kept, removed


def normalised_corridors(cwd, links, width_cutoff=None, valid=None):
    """Mosaic of normalised least-cost corridors.

    NLCC(x) = min over links (a, b) of CWD_a(x) + CWD_b(x) - LCD_ab, clipped at 0 (float
    rounding), NaN where above width_cutoff, unreachable or nodata (McRae and Kavanagh 2011,
    Linkage Mapper step 5). Returns a float64 grid; all NaN when there are no links.
    """
    shape = next(iter(cwd.values())).shape if cwd else valid.shape
    out = np.full(shape, np.inf)
    for link in links:
        lcc = cwd[link["from_id"]] + cwd[link["to_id"]]
        lcc -= link["lcd"]
        np.minimum(out, lcc, out=out)
    np.maximum(out, 0.0, out=out)
    off = ~np.isfinite(out)
    if width_cutoff is not None:
        off |= out > width_cutoff
    if valid is not None:
        off |= ~valid
    out[off] = np.nan
    return out


def _ticker(progress):
    def tick(fraction):
        if progress is not None and progress(min(max(fraction, 0.0), 1.0)):
            raise CorridorCancelled("cancelled")
    return tick
