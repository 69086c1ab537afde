"""Restoration / protection key areas listed by administrative unit (ecosecurity:keyareas).

From a score raster (pinch-point current density or barrier improvement score), the values
are classed by natural breaks (exact Fisher-Jenks from ``classify.breaks``) and the top
class is taken as key areas, optionally only inside corridors. Each key area (8-connected
group of top-class cells) is cut by the administrative units into pieces, one per
(key area, unit) pair, with area and land-use composition; a table by unit gives the count
of key areas, their total area and main land-use types.

Key areas are split by unit so that tables by township add up: a key area crossing a
boundary counts once in each unit, and the unit areas sum to the key-area total. Cells in no
unit (ADMIN 0) form pieces of unit 0, listed by the tool as "outside".

Pure numpy/scipy; no QGIS or GDAL (the tool reads, rasterises and polygonises).

References: Fisher, W.D. (1958) On grouping for maximum homogeneity, JASA 53:789-798;
Jenks, G.F. (1967) The data model concept in statistical mapping, Int. Yearbook of
Cartography 7:186-190 (both via ``classify.breaks``). Use: Peng, J. et al. (2018)
Linking ecosystem services and circuit theory to identify ecological security patterns,
Sci. Total Environ. 644:781-790; the Liuzhi (Guizhou) ecological security pattern study,
which lists pinch points and barriers to restore by township.
"""
import numpy as np
from scipy import ndimage

from ..classify import breaks as B
from ..errors import EcoError
from ..shown import shown

EIGHT = np.ones((3, 3), dtype=bool)


class KeyAreaError(EcoError, ValueError):
    """Input that cannot give key areas; the message names the value to fix."""


def _same_shape(ref, name_ref, **grids):
    for name, grid in grids.items():
        if grid is not None and np.shape(grid) != np.shape(ref):
            raise KeyAreaError("{name} has shape {grid} but {name_ref} has shape {ref}; give grids "
                               "on the same rows and columns.",
                               name=name, grid=np.shape(grid), name_ref=name_ref,
                               ref=np.shape(ref))


def _integer_grid(values, name, cells):
    """Integer codes of a grid at the selected cells (or already gathered there: a 1-D
    array in the cells' row-major order); NaN or fractions are an error."""
    v = np.asarray(values)
    v = v if v.ndim == 1 else v[cells]
    if np.issubdtype(v.dtype, np.integer):
        return v.astype(np.int64)
    v = v.astype(float)
    bad = ~np.isfinite(v) | (v != np.round(v))
    if bad.any():
        raise KeyAreaError("{name} must hold integer codes, but {bad} key-area cells hold {value} "
                           "(e.g.); give nodata a code of its own.",
                           name=name, bad="%d" % int(bad.sum()), value=repr(float(v[bad][0])))
    return v.astype(np.int64)


def top_class(score, classes=4, within=None):
    """Cells of the highest natural-breaks class of a score raster.

    score: 2-D array, NaN (or inf) = nodata; breaks are computed over all finite values.
    classes: number of classes (>= 2). within: optional boolean grid (e.g. corridors);
    key-area cells are kept only where it is True.
    Returns (mask, edges, threshold): boolean mask of the top class (score > threshold,
    classes being (lower, upper] as breaks.py computes them), the k + 1 class edges, and
    threshold = edges[-2], the upper edge of the class below. More than 65,536 distinct
    values are classed over 65,536 equal-width bins, as the classification tool does.
    """
    score = np.asarray(score, dtype=float)
    if score.ndim != 2:
        raise KeyAreaError("SCORE must be a 2-D grid, got {score_ndim} dimension(s).",
                           score_ndim="%d" % score.ndim)
    _same_shape(score, "SCORE", within=within)
    edges, threshold = top_class_edges(lambda: [score], classes)
    with np.errstate(invalid="ignore"):
        mask = np.isfinite(score) & (score > threshold)
    if within is not None:
        mask &= np.asarray(within, dtype=bool)
    return mask, edges, threshold


def top_class_edges(blocks, classes=4):
    """(edges, threshold) of top_class from a score read block by block: blocks() returns
    an iterable of arrays (NaN = nodata); it is called a second time when there are more
    than 65,536 distinct values (then classed over equal-width bins)."""
    k = int(classes)
    if k < 2:
        raise KeyAreaError("CLASSES must be at least 2 (the top class is taken as key "
                           "areas), got {k}.", k="%d" % k)
    summary = B.RasterSummary()
    for block in blocks():
        summary.add(block)
    if summary.count == 0:
        raise KeyAreaError("SCORE has no finite values (all nodata).")
    if summary.exact and summary.items.size < k:
        raise KeyAreaError("SCORE has {size} distinct value(s) but CLASSES is {k}; lower CLASSES "
                           "to at most {size}.", size="%d" % summary.items.size, k="%d" % k)
    if summary.needs_histogram:
        for block in blocks():
            summary.add_to_histogram(block)
    try:
        edges, _ = summary.breaks(B.NATURAL_BREAKS, k)
    except B.BreaksError as exc:
        raise KeyAreaError(exc.template, **exc.values) from None
    return edges, float(edges[-2])


def key_pieces(mask, admin, landuse, cell_area_m2, landuse_names=None):
    """Key areas (8-connected groups of mask cells) cut by administrative units.

    admin: integer unit index per cell, 0 = outside every unit. landuse: integer land-use
    codes (nodata needs a code of its own, named in landuse_names if wanted). Either may be
    given as a grid or as its values at the mask cells only (1-D, row-major order), as a
    tool reading by blocks gathers them.
    cell_area_m2: area of one cell. landuse_names: {code: name}; unnamed codes show as the
    code. Returns a dict:
      key_id: int32 grid, key areas 1..n in raster order (first cell met), 0 elsewhere;
      piece:  int32 grid, pieces 1..m ordered by (key_id, admin), 0 elsewhere;
      n_keys: n;
      pieces: list of dicts {piece, key_id, admin, cells, area_ha, composition}, the
              composition a list of (code, name, area_ha, share) by area descending
              (ties by code), shares summing to 1.
    """
    mask = np.asarray(mask, dtype=bool)
    if mask.ndim != 2:
        raise KeyAreaError("The key-area mask must be a 2-D grid, got {mask_ndim} dimension(s).",
                           mask_ndim="%d" % mask.ndim)
    _same_shape(mask, "SCORE", **{n: g for n, g in (("ADMIN", admin), ("LANDUSE", landuse))
                                  if np.ndim(g) != 1})
    for name, g in (("ADMIN", admin), ("LANDUSE", landuse)):
        if np.ndim(g) == 1 and np.size(g) != np.count_nonzero(mask):
            raise KeyAreaError("{name} holds {size} values but the mask has {cells} key-area "
                               "cells.", name=name, size="%d" % np.size(g),
                               cells="%d" % np.count_nonzero(mask))
    area = float(cell_area_m2)
    if not (np.isfinite(area) and area > 0):
        raise KeyAreaError("The cell area must be a positive number of m2, got {cell_area_m2}.",
                           cell_area_m2=shown(cell_area_m2))
    names = {int(c): str(n) for c, n in (landuse_names or {}).items()}
    key_id, n_keys = ndimage.label(mask, structure=EIGHT, output=np.int32)
    piece = np.zeros(mask.shape, dtype=np.int32)
    out = {"key_id": key_id, "piece": piece, "n_keys": int(n_keys), "pieces": []}
    if n_keys == 0:
        return out
    keys = key_id[mask].astype(np.int64)
    units = _integer_grid(admin, "ADMIN", mask)
    if units.min() < 0:
        raise KeyAreaError("ADMIN must be 0 (outside) or a positive unit index, but holds "
                           "{units}; rasterise the units with indices 1..n.",
                           units="%d" % int(units.min()))
    lu = _integer_grid(landuse, "LANDUSE", mask)
    span = int(units.max()) + 1
    pair = keys * span + units
    pairs, pid = np.unique(pair, return_inverse=True)
    pid = pid.ravel()
    piece[mask] = pid + 1
    cells = np.bincount(pid)
    codes, lu_idx = np.unique(lu, return_inverse=True)
    combo, counts = np.unique(pid * codes.size + lu_idx.ravel(), return_counts=True)
    comp_piece, comp_code = combo // codes.size, codes[combo % codes.size]
    starts = np.searchsorted(comp_piece, np.arange(pairs.size + 1))
    ha = area / 1e4
    for p in range(pairs.size):
        c, n = comp_code[starts[p]:starts[p + 1]], counts[starts[p]:starts[p + 1]]
        order = np.lexsort((c, -n))
        comp = [(int(c[i]), names.get(int(c[i]), str(int(c[i]))), float(n[i] * ha),
                 float(n[i] / cells[p])) for i in order]
        out["pieces"].append({"piece": p + 1, "key_id": int(pairs[p] // span),
                              "admin": int(pairs[p] % span),
                              "cells": int(cells[p]), "area_ha": float(cells[p] * ha),
                              "composition": comp})
    return out


def admin_summary(pieces, n_main=3):
    """Key areas by administrative unit, from the piece records of key_pieces.

    Returns a list of dicts by ascending admin index: {admin, key_areas (distinct key
    areas touching the unit: one split by a boundary counts once in each), cells, area_ha,
    composition [(code, name, area_ha, share of the unit's key area)] by area descending,
    main_landuse: the top n_main as "forest 62.5%; grassland 25.0%"}.
    """
    units = {}
    for rec in pieces:
        u = units.setdefault(rec["admin"], {"keys": set(), "cells": 0, "area": 0.0,
                                            "comp": {}})
        u["keys"].add(rec["key_id"])
        u["cells"] += rec["cells"]
        u["area"] += rec["area_ha"]
        for code, name, a, _ in rec["composition"]:
            u["comp"][(code, name)] = u["comp"].get((code, name), 0.0) + a
    table = []
    for admin in sorted(units):
        u = units[admin]
        comp = sorted(u["comp"].items(), key=lambda kv: (-kv[1], kv[0][0]))
        comp = [(code, name, a, a / u["area"]) for (code, name), a in comp]
        main = "; ".join("%s %.1f%%" % (name, 100 * s) for _, name, _, s in comp[:n_main])
        table.append({"admin": admin, "key_areas": len(u["keys"]), "cells": u["cells"],
                      "area_ha": u["area"], "composition": comp, "main_landuse": main})
    return table


def piece_scores(score, piece, n_pieces):
    """(max, mean) of the score over each piece 1..n_pieces (vectorised by label)."""
    idx = np.arange(1, int(n_pieces) + 1)
    if idx.size == 0:
        return np.zeros(0), np.zeros(0)
    values = np.asarray(score, dtype=float)
    return (np.asarray(ndimage.maximum(values, piece, idx), dtype=float),
            np.asarray(ndimage.mean(values, piece, idx), dtype=float))
