"""Gaussian kernel density of a value by period and group, and the shape of each curve
(pure numpy).

f(x) = 1/(n h) sum_i phi((x - x_i) / h). Bandwidths: Silverman's rule of thumb
h = 0.9 min(sd, IQR/1.349) n^(-1/5) (Silverman 1986, eq. 3.31; Stata's kdensity default;
R's bw.nrd0 writes 1.34), Scott's h = 1.06 min(sd, IQR/1.349) n^(-1/5), or a fixed h.
The curve is evaluated on GRID_POINTS points from min - 3h to max + 3h, as R's density().
"""
import numpy as np
from scipy.signal import find_peaks

from ..errors import EcoError
from ..shown import shown

SILVERMAN, SCOTT, FIXED = 0, 1, 2
BANDWIDTH_NAMES = ["Silverman 0.9 min(sd, IQR/1.349) n^-1/5", "Scott 1.06 min(sd, IQR/1.349) "
                   "n^-1/5", "Fixed value"]
GRID_POINTS = 512
# a local maximum counts as a peak when it rises this share of the main peak above the
# deeper of the two troughs beside it; smaller bumps are noise of the kernel sum
PEAK_PROMINENCE = 0.05


class DensityError(EcoError, ValueError):
    """Values that cannot give a density curve."""


def bandwidth(x, rule=SILVERMAN, fixed=None):
    x = np.asarray(x, dtype=float)
    if rule == FIXED:
        if not (fixed is not None and fixed > 0):
            raise DensityError("A fixed bandwidth must be a positive number; got {fixed}.",
                               fixed=shown(fixed))
        return float(fixed)
    if x.size < 2:
        raise DensityError("A rule-of-thumb bandwidth needs at least two values; got {x_size}.",
                           x_size="%d" % x.size)
    sd = x.std(ddof=1)
    q75, q25 = np.percentile(x, [75, 25])
    spread = min(sd, (q75 - q25) / 1.349) or sd  # IQR 0 (many ties): fall back to sd
    if spread == 0:
        raise DensityError("All {x_size} values are equal ({x_0}): a density has no width; use a "
                           "fixed bandwidth.", x_size="%d" % x.size, x_0="%g" % x[0])
    factor = {SILVERMAN: 0.9, SCOTT: 1.06}[rule]
    return float(factor * spread * x.size ** -0.2)


def kde(x, h, grid):
    """Density of x at the grid points, in chunks so memory stays ~ 4 M values."""
    x = np.asarray(x, dtype=float)
    out = np.empty(grid.size)
    step = max(1, 4_000_000 // max(1, x.size))
    norm = 1.0 / (x.size * h * np.sqrt(2 * np.pi))
    for a in range(0, grid.size, step):
        z = (grid[a:a + step, None] - x[None, :]) / h
        out[a:a + step] = np.exp(-0.5 * z * z).sum(axis=1) * norm
    return out


def peaks(f, prominence=PEAK_PROMINENCE):
    """Indices of the peaks of a curve, highest first (see PEAK_PROMINENCE)."""
    idx, _ = find_peaks(f, prominence=prominence * f.max())
    if idx.size == 0:
        return np.array([int(np.argmax(f))])
    return idx[np.argsort(-f[idx])]


def half_max_width(grid, f, i):
    """Full width at half maximum of the peak at index i (linear interpolation)."""
    half = f[i] / 2.0
    left = np.flatnonzero(f[:i] < half)
    right = np.flatnonzero(f[i:] < half)
    if left.size:
        a = left[-1]
        xl = np.interp(half, [f[a], f[a + 1]], [grid[a], grid[a + 1]])
    else:
        xl = grid[0]
    if right.size:
        b = i + right[0]
        xr = np.interp(half, [f[b], f[b - 1]], [grid[b], grid[b - 1]])
    else:
        xr = grid[-1]
    return float(xr - xl)


def require_one_row_per_region(regions, times, layer, rows=None):
    """Each (region, period) once: a repeated region-year would count twice in its period's
    curve. regions, times: one entry per row; rows: how to name each row in the message
    (default the 1-based row number). Raises DensityError naming the layer, the first repeated
    region and period, all of their rows, and how many other pairs repeat."""
    r = np.asarray([str(x) for x in regions], dtype=object)
    t = np.asarray(times)
    if r.size < 2:
        return
    _, ri = np.unique(r, return_inverse=True)
    _, ti = np.unique(t, return_inverse=True)
    key = ri.astype(np.int64) * (int(ti.max()) + 1) + ti
    order = np.argsort(key, kind="stable")
    repeated = np.flatnonzero(key[order][1:] == key[order][:-1])
    if repeated.size == 0:
        return
    first = order[repeated[0]]
    same = np.flatnonzero(key == key[first])
    names = rows if rows is not None else [str(i + 1) for i in range(r.size)]
    pairs = np.unique(key[order][1:][repeated]).size
    raise DensityError(
        "Layer '{layer}' has {n} rows for region '{region}' in period {period} (rows {rows}); "
        "{others} other region-period pair(s) repeat as well. Each region may appear once per "
        "period, or it counts twice in that period's curve: remove or aggregate the repeated "
        "rows, or check that ID_FIELD and TIME_FIELD are the region and the period.",
        layer=layer, n=same.size, region=r[first], period=t[first],
        rows=", ".join(names[i] for i in same[:10]) + (" ..." if same.size > 10 else ""),
        others=pairs - 1)


def curves(values, times, groups=None, rule=SILVERMAN, fixed=None, points=GRID_POINTS):
    """A curve per (group, time) on a grid shared by all, so curves compare.

    Returns dict with ``grid`` (points,), ``keys`` [(group, time)], ``density``
    (len(keys), points), ``summary``: one dict per key with n, bandwidth, peak_x,
    peak_density, n_peaks, fwhm, mean, sd.
    """
    v = np.asarray(values, dtype=float)
    t = np.asarray(times)
    g = np.full(v.size, "all", dtype=object) if groups is None else np.asarray(groups, object)
    keys = sorted({(gi, ti) for gi, ti in zip(g, t)}, key=lambda k: (str(k[0]), k[1]))
    cells = {}
    for key in keys:
        sel = (g == key[0]) & (t == key[1])
        x = v[sel]
        if x.size < 2 and rule != FIXED:
            raise DensityError("Group {key_0}, time {key_1} has {x_size} value(s); a density needs "
                               "at least two (or a fixed bandwidth).",
                               key_0=key[0], key_1=key[1], x_size="%d" % x.size)
        cells[key] = (x, bandwidth(x, rule, fixed))
    lo = min(x.min() - 3 * h for x, h in cells.values())
    hi = max(x.max() + 3 * h for x, h in cells.values())
    grid = np.linspace(lo, hi, points)
    dens = np.empty((len(keys), points))
    summary = []
    for k, key in enumerate(keys):
        x, h = cells[key]
        dens[k] = kde(x, h, grid)
        pk = peaks(dens[k])
        summary.append({"n": int(x.size), "bandwidth": h, "peak_x": float(grid[pk[0]]),
                        "peak_density": float(dens[k][pk[0]]), "n_peaks": int(pk.size),
                        "fwhm": half_max_width(grid, dens[k], pk[0]),
                        "mean": float(x.mean()),
                        "sd": float(x.std(ddof=1)) if x.size > 1 else 0.0})
    return {"grid": grid, "keys": keys, "density": dens, "summary": summary}
