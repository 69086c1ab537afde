"""Moving-window geometry of Omniscape (pure numpy): targets, windows, sources, grounds.

Conventions of Omniscape.jl (Landau et al. 2021; src/utils.jl ``get_targets``,
``get_source``, ``get_ground``, ``get_conductance``, ``calc_correction``), here 0-based:

- block size b (an even b becomes b + 1), block radius h = (b - 1) / 2, radius r, buffer u,
  window radius R = r + u. Targets are the block centres (y, x) = (h + k b, h + l b) that
  keep the whole block inside the grid; a target's strength is the sum of the source
  strengths in its block, and targets of strength 0 are dropped.
- every window is drawn on a (2R+1)^2 box centred on its target. The conductance window
  is the disc of radius R (cells farther than R from the target are not in the circuit);
  the flow-potential window is the whole box with conductance 1. Cells outside the grid
  or without data carry no node.
- sources: the disc of radius r, nodata as 0, the block around the box centre zeroed,
  positive strengths scaled to sum to the target's strength, then (conditional
  connectivity) zeroed where the source's condition does not match the target's.
  Omniscape zeroes the block at the centre of the *clipped* window, so where the window
  is cut by the top or left edge of the grid the zeroed block is shifted by the cut; that
  is reproduced (``_zero_block``).
- the target cell is the ground (v = 0); a source there is dropped (Circuitscape's
  ``rmvsrc``).
"""
import numpy as np
import scipy.sparse as sp

from .graph import SQRT2


def block_size_used(block_size):
    """Omniscape's block size: an even size is raised by one."""
    b = int(round(block_size))
    if b < 1:
        raise ValueError("the block size must be at least 1")
    return b + 1 if b % 2 == 0 else b


def targets(source, block):
    """Target rows, columns and strengths (float64) of a source-strength grid (NaN = 0).

    Block sums come from a summed-area table; order is Omniscape's (column by column).
    """
    h = (block - 1) // 2
    s = np.nan_to_num(np.asarray(source, dtype=np.float64), nan=0.0)
    nrows, ncols = s.shape
    ys = np.arange(h, nrows - h, block)
    xs = np.arange(h, ncols - h, block)
    if ys.size == 0 or xs.size == 0:
        return (np.zeros(0, np.int64),) * 2 + (np.zeros(0),)
    sat = np.zeros((nrows + 1, ncols + 1))
    sat[1:, 1:] = s.cumsum(0).cumsum(1)
    yy, xx = np.meshgrid(ys, xs, indexing="xy")  # x outer, y inner (column-major)
    yy, xx = yy.ravel(), xx.ravel()
    y0, y1, x0, x1 = yy - h, yy + h + 1, xx - h, xx + h + 1
    strength = sat[y1, x1] - sat[y0, x1] - sat[y1, x0] + sat[y0, x0]
    # the summed-area table can leave a rounding residue where a block holds only zeros
    exact_zero = _block_all_zero(s, yy, xx, h)
    strength[exact_zero] = 0.0
    keep = strength > 0
    return yy[keep], xx[keep], strength[keep]


def _block_all_zero(s, ys, xs, h):
    nz = (s != 0).astype(np.int64)
    sat = np.zeros((s.shape[0] + 1, s.shape[1] + 1), np.int64)
    sat[1:, 1:] = nz.cumsum(0).cumsum(1)
    y0, y1, x0, x1 = ys - h, ys + h + 1, xs - h, xs + h + 1
    return (sat[y1, x1] - sat[y0, x1] - sat[y1, x0] + sat[y0, x0]) == 0


class Pattern:
    """The cells of a window shape on the (2R+1)^2 box and their 4- or 8-neighbour edges.

    cells: flat box indices (row-major) of the shape; ground: position of the box centre in
    cells; ea, eb: edge ends (positions in cells); diagonal: edge is diagonal.
    """

    def __init__(self, radius, disc, four_neighbors):
        self.R = R = int(radius)
        self.side = side = 2 * R + 1
        ii, jj = np.mgrid[0:side, 0:side]
        inside = np.ones((side, side), bool)
        if disc:
            inside = np.sqrt((ii - R) ** 2 + (jj - R) ** 2) <= R
        self.cells = np.flatnonzero(inside.ravel())
        self.rows, self.cols = self.cells // side, self.cells % side
        self.n = self.cells.size
        pos = np.full(side * side, -1, np.int64)
        pos[self.cells] = np.arange(self.n)
        self.ground = int(pos[R * side + R])
        grid = pos.reshape(side, side)
        ea, eb, dg = [], [], []
        offsets = [(0, 1, False), (1, 0, False)]
        if not four_neighbors:
            offsets += [(1, 1, True), (1, -1, True)]
        for di, dj, diag in offsets:
            ni, nj = self.rows + di, self.cols + dj
            ok = (ni >= 0) & (ni < side) & (nj >= 0) & (nj < side)
            other = np.full(self.n, -1, np.int64)
            other[ok] = grid[ni[ok], nj[ok]]
            ok = other >= 0
            ea.append(np.flatnonzero(ok))
            eb.append(other[ok])
            dg.append(np.full(int(ok.sum()), diag))
        self.ea, self.eb = np.concatenate(ea), np.concatenate(eb)
        self.diagonal = np.concatenate(dg)
        self.edge_scale = np.where(self.diagonal, 1.0 / SQRT2, 1.0)
        # node x edge incidence of each end, to sum edge values onto nodes
        e = np.arange(self.ea.size)
        self.ia = sp.csr_matrix((np.ones(e.size), (self.ea, e)), shape=(self.n, e.size))
        self.ib = sp.csr_matrix((np.ones(e.size), (self.eb, e)), shape=(self.n, e.size))
        self.incidence = (self.ia + self.ib).tocsr()  # both ends: sums edge weights per node


class Landscape:
    """Input grids padded by R with NaN, so that every window is a plain gather."""

    def __init__(self, grids, R):
        self.R = R
        first = next(iter(grids.values()))
        self.shape = first.shape
        self.padded = {k: np.pad(np.asarray(v, dtype=np.float64), R, constant_values=np.nan)
                       for k, v in grids.items() if v is not None}
        self.pad_cols = self.shape[1] + 2 * R

    def gather(self, name, pattern, ys, xs):
        """Values of grid ``name`` on the pattern's cells of each window: (W, n)."""
        base = ys * self.pad_cols + xs  # padded index of the box's top-left cell
        idx = base[:, None] + (pattern.rows * self.pad_cols + pattern.cols)[None, :]
        return self.padded[name].ravel()[idx]


def window_sources(land, pattern, ys, xs, strength, radius, block, conditions=None):
    """Source currents (W, n) on the pattern's cells, as Omniscape's ``get_source``."""
    R, h = pattern.R, (block - 1) // 2
    src = land.gather("source", pattern, ys, xs)
    far = (pattern.rows - R) ** 2 + (pattern.cols - R) ** 2 > radius ** 2
    src[:, far] = 0.0
    src[~np.isfinite(src)] = 0.0
    _zero_block(src, pattern, ys, xs, land.shape, R, h)
    total = np.where(src > 0, src, 0.0).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where(total > 0, strength / total, 0.0)
    src = np.where(src > 0, src * scale[:, None], src)
    if conditions is not None:
        src[~conditions.match(land, pattern, ys, xs, h)] = 0.0
    src[:, pattern.ground] = 0.0  # rmvsrc: the ground wins over a source
    return src


def _zero_block(src, pattern, ys, xs, shape, R, h):
    """Zero the target block where Omniscape does: the centre of the clipped window."""
    nrows, ncols = shape
    lo_y, lo_x = np.maximum(0, R - ys), np.maximum(0, R - xs)
    r0, c0 = R - h + lo_y, R - h + lo_x
    r1 = np.minimum(R + h, nrows - 1) + lo_y  # Omniscape clips with the grid's size
    c1 = np.minimum(R + h, ncols - 1) + lo_x
    pr, pc = pattern.rows[None, :], pattern.cols[None, :]
    inside = (pr >= r0[:, None]) & (pr <= r1[:, None]) & (pc >= c0[:, None]) & (pc <= c1[:, None])
    src[inside] = 0.0


def clip_shift(ys, xs, shape, R):
    """Per window (row, column) shift of the correction array: Omniscape aligns it to the
    clipped window's first cell where a window is cut on both sides of an axis."""
    nrows, ncols = shape
    lo_y, lo_x = np.maximum(0, R - ys), np.maximum(0, R - xs)
    both_y = (ys - R < 0) & (ys + R > nrows - 1)
    both_x = (xs - R < 0) & (xs + R > ncols - 1)
    return np.where(both_y, lo_y, 0), np.where(both_x, lo_x, 0)


class Conditions:
    """Conditional connectivity (Omniscape's ``source_target_match!``).

    Each condition: (present grid name, future grid name, comparison 'within' | 'equal',
    lower, upper). A source is kept when, for every condition, its present value minus the
    median of the target block's future values lies in [lower, upper] ('within'), or equals
    the block's most frequent future value ('equal'). A source without a present value is
    kept, as in Omniscape.
    """

    def __init__(self, items):
        self.items = list(items)

    def match(self, land, pattern, ys, xs, h):
        keep = np.ones((ys.size, pattern.n), bool)
        for present, future, comparison, lower, upper in self.items:
            val = land.gather(present, pattern, ys, xs)
            ref = _block_values(land, future, ys, xs, h)
            if comparison == "within":
                with np.errstate(all="ignore"):
                    target = np.array([np.median(r[np.isfinite(r)]) if np.isfinite(r).any()
                                       else np.nan for r in ref])
                    d = val - target[:, None]
                    bad = (d > upper) | (d < lower)
            elif comparison == "equal":
                target = np.array([_mode(r) for r in ref])
                bad = (val != target[:, None]) & np.isfinite(val)
            else:
                raise ValueError("comparison must be 'within' or 'equal', not %r" % comparison)
            keep &= ~bad
        return keep


def _block_values(land, name, ys, xs, h):
    """Values of the target block, column by column as Julia reads them: (W, b*b)."""
    R = land.R
    span = np.arange(-h, h + 1)
    di, dj = np.tile(span, span.size), np.repeat(span, span.size)  # rows vary fastest
    idx = (ys[:, None] + R + di[None, :]) * land.pad_cols + (xs[:, None] + R + dj[None, :])
    return land.padded[name].ravel()[idx]


def _mode(values):
    """The most frequent finite value as StatsBase.mode finds it: counting in reading order,
    the mode changes only when a count exceeds the best so far, so of tied values the one
    whose last counted occurrence comes first wins."""
    v = values[np.isfinite(values)]
    if v.size == 0:
        return np.nan
    uniq, inverse, counts = np.unique(v, return_inverse=True, return_counts=True)
    best = np.flatnonzero(counts == counts.max())
    last = np.array([np.flatnonzero(inverse == k)[-1] for k in best])
    return uniq[best[np.argmin(last)]]
