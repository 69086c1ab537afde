"""Barrier Mapper (Linkage Mapper): where would restoring a circle most shorten a corridor?

For a link between sources a and b with least-cost distance LCD, a circle of radius R (map
units) centred on a cell, restored to resistance 1 (cost 1 per map unit), is crossed for
D = 2R; with CWD_x the cost-weighted distance from source x (costdistance.py):

    improvement = LCD - (min CWD_a in the circle + min CWD_b in the circle + D)
    score = improvement / D        percent = 100 * improvement / LCD  (NaN where <= 0)

Per radius links combine by maximum (or sum); radii by maximum, `radius` holding the radius
of the best score (the smallest on ties). McRae B.H. 2012, Barrier Mapper (Linkage Mapper
toolkit); McRae, Hall, Beier, Theobald 2012, "Where to restore ecological connectivity?
Detecting barriers and quantifying restoration benefits", PLoS ONE 7(12): e52604.

Checked against Linkage Mapper step 6, toolbox/scripts/s6_barriers.py of
github.com/linkagescape/linkage-mapper (same logic in the stored versions since 0.7.6):
- The minima are FocalStatistics(CWD, NbrAnnulus(R - 1, R, "MAP"), "MINIMUM", "DATA"): a ring
  one map unit wide (cell centres beyond R - 1 and within R; nodata ignored), not the whole
  circle. Default here is the issue's circle (centres within R of the centre cell's centre,
  as NbrCircle); neighbourhood="annulus" gives LM's ring. They agree unless the circle holds
  a source cell or the thin ring misses rim cells: along back-links CWD falls strictly until
  it leaves the circle or meets the source, so its minimum over a circle lies on the rim.
- LM's percent is 100 * score / LCD ("benefit per unit restored"): percent_of="score".
- SUM: LM adds per-link scores over links (NaN and < 0 as 0), then takes the maximum over
  radii of the per-radius sums. Percent grids combine alike but apart from the scores.
- LM nulls only values < 0 (0 stays; SUM grids are 0 where nothing improves); here <= 0 is
  NaN as the issue asks. LM has no best-radius grid; needs cell size <= min radius <= max
  radius, step 0 meaning one radius (radii_range); processes a repeated core pair once;
  does not mask circles over cores or nodata (nor do we).
"""
import math

import numpy as np
from scipy.ndimage import minimum_filter1d

from . import costdistance
from .costdistance import CorridorCancelled, CorridorError  # noqa: F401  (public)
from ..executor import Pieces
from ..shown import shown

COMBINE = ("max", "sum")
NEIGHBOURHOODS = ("circle", "annulus")
PERCENT_OF = ("improvement", "score")


class BarrierError(CorridorError):
    """Input that cannot make a barrier map, naming the value at fault (a ValueError)."""


def radii_range(min_radius, max_radius, step):
    """Radii in map units from min_radius to max_radius by step; step 0 gives min_radius only."""
    lo, hi, st = float(min_radius), float(max_radius), float(step)
    if not (math.isfinite(lo + hi + st) and lo <= hi and st >= 0):
        raise BarrierError("radii from {min_radius} to {max_radius} by {step}: the minimum must "
                           "not exceed the maximum and the step must be >= 0",
                           min_radius=shown(min_radius), max_radius=shown(max_radius),
                           step=shown(step))
    n = int(math.floor((hi - lo) / st + 1e-9)) if st > 0 else 0
    return [lo + k * st for k in range(n + 1)]


def circle_offsets(radius_cells, inner_cells=None):
    """(dy, outer, inner) int arrays: row offset dy of the circle (cell centres within
    radius_cells of the centre cell's centre) holds the columns dx with inner < |dx| <= outer.
    inner is -1 (whole chord) unless inner_cells makes an annulus (centres > inner_cells)."""
    r = int(radius_cells)
    dy = np.arange(-r, r + 1)
    outer = np.floor(np.sqrt(r * r - dy * dy)).astype(int)  # exact for integer squares
    inner = np.full_like(outer, -1)
    if inner_cells is not None and inner_cells >= 0:
        q = float(inner_cells) ** 2 - dy * dy
        ok = q >= 0
        # 1e-9: a centre exactly on the inner circle is left out despite rounding
        inner[ok] = np.floor(np.sqrt(q[ok]) + 1e-9).astype(int)
    return dy, outer, inner


def disk_minimum(grid, radius_cells, inner_cells=None):
    """Minimum over the circle (or annulus) around every cell; NaN and cells off the grid
    count as +inf (so inf where the circle holds no data). One row segment per row offset: a
    1-D running minimum (minimum_filter1d, O(n) whatever its length) and a shifted
    np.minimum, O(n (2r + 1)) instead of O(n r^2) for a 2-D footprint."""
    g = np.array(grid, dtype=np.float64)
    g[np.isnan(g)] = np.inf
    r = int(radius_cells)
    nr, nc = g.shape
    pad = np.pad(g, r, constant_values=np.inf)
    out = np.full((nr, nc), np.inf)
    segments = {}  # (lo, hi) column range -> row offsets: rows +-dy share one 1-D pass
    for d, wo, wi in zip(*circle_offsets(r, inner_cells)):
        if wi < 0:
            segments.setdefault((-wo, wo), []).append(d)
        elif wi < wo:
            segments.setdefault((wi + 1, wo), []).append(d)
            segments.setdefault((-wo, -wi - 1), []).append(d)
    for (lo, hi), rows in segments.items():
        size = hi - lo + 1
        top, bottom = r + min(rows), r + max(rows) + nr
        f = minimum_filter1d(pad[top:bottom], size, axis=1, mode="constant", cval=np.inf)
        # minimum_filter1d's window at column k starts at k - size // 2: shift it to j + lo
        start = r + lo + size // 2
        h = f[:, start:start + nc]
        for d in rows:
            np.minimum(out, h[r + d - top:r + d - top + nr], out=out)
    return out


# bytes per cell of the grown window while its two circle minima are taken: the padded
# copy, the running minimum, the result and the float copy of each CWD (disk_minimum)
WINDOW_BYTES_PER_CELL = 48


def _link_window(cwd_a, cwd_b, lcd, radius_cells, cell_size, inner_cells=None, check=None):
    """(window slices, improvement in it) or None. improvement > 0 needs a cell with
    CWD_a < LCD - D within the radius, and one of b: the window is the intersection of the
    two sets' bounding boxes grown by the radius; the minima read it grown once more.
    check(rows, cols), when given, is called with the grown window's size before the
    minima are allocated (it may refuse)."""
    r = int(radius_cells)
    d = 2.0 * r * cell_size
    threshold = lcd - d
    nr, nc = cwd_a.shape
    box = [0, nr, 0, nc]
    for cwd in (cwd_a, cwd_b):
        m = cwd < threshold
        rows, cols = np.flatnonzero(m.any(axis=1)), np.flatnonzero(m.any(axis=0))
        if rows.size == 0:
            return None
        box = [max(box[0], rows[0] - r), min(box[1], rows[-1] + r + 1),
               max(box[2], cols[0] - r), min(box[3], cols[-1] + r + 1)]
    if box[0] >= box[1] or box[2] >= box[3]:
        return None
    r0, r1 = max(box[0] - r, 0), min(box[1] + r, nr)
    c0, c1 = max(box[2] - r, 0), min(box[3] + r, nc)
    crop = (slice(box[0] - r0, box[1] - r0), slice(box[2] - c0, box[3] - c0))
    if check is not None:
        check(r1 - r0, c1 - c0)
    min_a = disk_minimum(cwd_a[r0:r1, c0:c1], r, inner_cells)[crop]
    min_b = disk_minimum(cwd_b[r0:r1, c0:c1], r, inner_cells)[crop]
    imp = lcd - (min_a + min_b + d)
    imp[~(imp > 0)] = np.nan
    return (slice(box[0], box[1]), slice(box[2], box[3])), imp


def link_scores(cwd_a, cwd_b, lcd, radius_cells, cell_size, inner_cells=None):
    """Improvement grid of one link at one radius, NaN where <= 0 (score = it / D, D =
    2 radius_cells cell_size). cwd_a, cwd_b: the sources' CWD grids (inf/NaN unreached)."""
    a = np.asarray(cwd_a, dtype=np.float64)
    out = np.full(a.shape, np.nan)
    w = _link_window(a, np.asarray(cwd_b, dtype=np.float64), float(lcd), radius_cells,
                     float(cell_size), inner_cells)
    if w is not None:
        out[w[0]] = w[1]
    return out


def _radii_cells(radii, cell_size, shape):
    """Validated radii (map units) as sorted unique integer numbers of cells."""
    out = set()
    for v in np.atleast_1d(np.asarray(radii, dtype=object)).ravel():
        try:
            rv = float(v)
        except (TypeError, ValueError):
            raise BarrierError("a radius must be a number of map units, got {v}",
                               v=shown(v)) from None
        k = rv / cell_size
        if not (math.isfinite(rv) and k >= 1 - 1e-9):
            raise BarrierError("radius {v} is smaller than one cell ({cell_size:g} map units)",
                               v=shown(v), cell_size=cell_size)
        if abs(k - round(k)) > 1e-6:
            raise BarrierError("radius {v} is not a multiple of the cell size "
                               "{cell_size:g}", v=shown(v), cell_size=cell_size)
        k = int(round(k))
        if 2 * k + 1 > max(shape):  # the circle's diameter exceeds the grid's longer side
            raise BarrierError("radius {v} ({k} cells) is larger than the {rows} x "
                               "{cols} grid: radii that do not fit the grid",
                               v=shown(v), k=k, rows=shape[0], cols=shape[1])
        out.add(k)
    if not out:
        raise BarrierError("no radius given")
    return sorted(out)


def _check_links(links, ids):
    """Links as (a, b, lcd) with both ids present and lcd > 0; a repeated pair counts once."""
    present = set(np.unique(ids[ids > 0]).tolist())
    seen, out = set(), []
    for item in links:
        try:
            a, b, lcd = item
            a, b, lcd = int(a), int(b), float(lcd)
        except (TypeError, ValueError):
            raise BarrierError("a link is (source a, source b, least-cost distance), "
                               "got {item}", item=shown(item)) from None
        if a == b:
            raise BarrierError("link {a}-{b} joins source {a} to itself", a=a, b=b)
        for s in (a, b):
            if s not in present:
                raise BarrierError("link {a}-{b}: source id {s} is not in the source grid",
                                   a=a, b=b, s=s)
        if not (math.isfinite(lcd) and lcd > 0):
            raise BarrierError("link {a}-{b}: least-cost distance must be > 0, got {lcd}",
                               a=a, b=b, lcd=shown(lcd))
        if (min(a, b), max(a, b)) not in seen:
            seen.add((min(a, b), max(a, b)))
            out.append((a, b, lcd))
    if not out:
        raise BarrierError("no links to map barriers on")
    return out


def _window_check(free_memory, n, a, b, radius):
    """check(rows, cols) for _link_window: refuses a window whose minima do not fit in the
    memory free_memory() reports (None: no check)."""
    if free_memory is None:
        return None

    def check(rows, cols):
        free = free_memory()
        need = WINDOW_BYTES_PER_CELL * rows * cols
        if free is not None and need > free:
            raise BarrierError(
                "Barriers: the window of link {link} ({a}-{b}) at radius {radius}, {rows} x "
                "{cols} cells, needs about {need} GB for its circle minima, but only {free} "
                "GB are free. Use smaller radii, coarsen the rasters or free memory.",
                link=n, a=a, b=b, radius="%g" % radius, rows=rows, cols=cols,
                need="%.1f" % (need / 1e9), free="%.1f" % (free / 1e9))
    return check


def barrier_map(ids_grid, resistance, cell_size, links, radii, combine="max",
                neighbourhood="circle", percent_of="improvement", progress=None,
                free_memory=None, workers=1, scheduler=""):
    """Barrier Mapper over all links and radii.

    ids_grid: source ids (0 = none); resistance (NaN nodata); cell_size, radii in map units,
    radii multiples of the cell size (radii_range: LM's min/max/step); links: (source a,
    source b, LCD); combine "max" | "sum" over links; neighbourhood "circle" (issue) |
    "annulus" (LM); percent_of "improvement" (issue) | "score" (LM); progress(fraction) ->
    True raises CorridorCancelled; free_memory() -> bytes free (or None): each link's window
    is checked against it before its minima are allocated. Each source's CWD is computed
    once, limited to its links' largest LCD (a larger CWD cannot improve anything); the cost
    graph is dropped once they are known. The (radius, link) windows are pieces run on
    ``workers`` local processes or the Dask cluster at ``scheduler`` (executor.py), folded
    in order. Returns {"score", "percent",
    "radius"} grids (NaN where nothing improves; radius in map units) and "radii" used.
    """
    for name, value, allowed in (("combine", combine, COMBINE), ("percent_of", percent_of,
                                 PERCENT_OF), ("neighbourhood", neighbourhood, NEIGHBOURHOODS)):
        if value not in allowed:
            raise BarrierError("{name} must be one of {allowed}, got {value}",
                               name=name, allowed=allowed, value=shown(value))
    graph = costdistance.CostGraph(resistance, cell_size)  # validates resistance and cell size
    c, shape = graph.cell_size, graph.shape
    ids = np.asarray(ids_grid)
    if ids.shape != shape:
        raise BarrierError("source grid shape {ids_shape} differs from the resistance {shape}",
                           ids_shape=ids.shape, shape=shape)
    radii_c = _radii_cells(radii, c, shape)
    pairs = _check_links(links, ids)
    ends = {s for a, b, _ in pairs for s in (a, b)}
    limit = {s: max(lcd for a, b, lcd in pairs if s in (a, b)) for s in ends}
    tick = costdistance.StepTicker(len(limit) + len(radii_c) * len(pairs), progress)
    cwd = costdistance.source_distances(graph, ids, limit, tick)
    del graph  # the windows need the cost distances only
    best, best_pct, best_rad = (np.full(shape, np.nan) for _ in range(3))
    with Pieces(cwd, workers, scheduler) as run:  # each source's CWD sent once a worker
        # the memory a window may take, read once here: local processes share this
        # computer's; a cluster's workers check against this figure too (their own is not
        # known here), which errs on the safe side for a scheduler on a small machine
        free = free_memory() if free_memory is not None else None
        if free is not None and run.mode == "processes":
            free = free / run.workers
        windows = run.imap(_window_piece, [
            (a, b, lcd, k, c, k - 1.0 / c if neighbourhood == "annulus" else None, n, free)
            for k in radii_c for n, (a, b, lcd) in enumerate(pairs, 1)])  # inner: LM's R - 1
        for k in radii_c:
            _radius(k, c, pairs, windows, tick, combine, percent_of, shape,
                    best, best_pct, best_rad)
    return {"score": best, "percent": best_pct, "radius": best_rad,
            "radii": [k * c for k in radii_c]}


def _window_piece(cwd, piece):
    """One link at one radius (a piece for executor.py): its window and improvement; the
    window is refused before its minima are allocated when it needs more than ``free``."""
    a, b, lcd, k, c, inner, n, free = piece
    check = _window_check(None if free is None else (lambda: free), n, a, b, k * c)
    return _link_window(cwd[a], cwd[b], lcd, k, c, inner, check)


def _radius(k, c, pairs, windows, tick, combine, percent_of, shape, best, best_pct, best_rad):
    """Fold the links' windows at radius k (in the links' order) into the best maps."""
    d = 2.0 * k * c
    fill = np.nan if combine == "max" else 0.0
    acc, acc_pct = np.full(shape, fill), np.full(shape, fill)
    for (a, b, lcd), w in zip(pairs, windows):
        tick()
        if w is None:
            continue
        win, imp = w
        score = imp / d
        pct = 100.0 * (imp if percent_of == "improvement" else score) / lcd
        if combine == "max":
            acc[win] = np.fmax(acc[win], score)
            acc_pct[win] = np.fmax(acc_pct[win], pct)
        else:  # NaN (no improvement) adds 0, as LM's Con(IsNull) does
            acc[win] += np.nan_to_num(score)
            acc_pct[win] += np.nan_to_num(pct)
    if combine == "sum":
        acc[acc <= 0] = np.nan
        acc_pct[acc_pct <= 0] = np.nan
    better = acc > np.where(np.isnan(best), -np.inf, best)  # NaN compares False
    best[better] = acc[better]
    best_rad[better] = k * c
    best_pct[...] = np.fmax(best_pct, acc_pct)
